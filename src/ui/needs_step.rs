use super::check_field::CheckField;
use super::context::use_ui;
use super::edit_button::EditButton;
use super::step_props::StepProps;
use super::text_field::TextField;
use crate::i18n::Text;
use crate::plan::findings::available_findings;
use crate::plan::suggest::suggest_needs;
use crate::plan::target::{TextSlot, TextTarget};
use crate::plan::Edit;
use yew::prelude::*;

/// Step 3: the needs the assessment reveals, each tied to where it came from.
#[function_component(NeedsStep)]
pub fn needs_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let plan = &props.plan;
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    let findings = available_findings(plan);
    let suggestions = suggest_needs(plan, &ui.catalog, ui.lang);
    html! {
        <>
            <p class="pc-hint">{w.needs_intro}</p>
            if !suggestions.is_empty() {
                <section class="pc-suggestions" aria-labelledby={ui.dom_id("needs", "suggested")}>
                    <h4 id={ui.dom_id("needs", "suggested")}>{w.suggested_needs}</h4>
                    <p class="pc-hint">{w.suggested_needs_hint}</p>
                    <ul class="pc-rows">
                        { for suggestions.iter().map(|s| {
                            let from: Vec<String> = s.findings.iter().map(|f| w.finding(plan, f)).collect();
                            html! {
                                <li key={s.key.clone()} class="pc-suggestion" data-rule={s.rule.clone()}>
                                    <span><strong>{s.statement.clone()}</strong>
                                        <span class="pc-muted">{format!(" ({}: {})", w.findings, from.join("; "))}</span></span>
                                    <EditButton edit={Edit::AddNeedFromFindings { statement: s.statement.clone(), findings: s.findings.clone() }}
                                        label={w.add_this_need}
                                        aria_label={ui.lang.named(w.add_this_need, &s.statement)}
                                        on_edit={on_edit.clone()} />
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if plan.needs.is_empty() {
                <p class="pc-empty">{w.no_needs_yet}</p>
            }
            <ol class="pc-cards">
                { for plan.needs.iter().enumerate().map(|(i, need)| {
                    let n = i + 1;
                    html! {
                        <li key={need.id.clone()} class="pc-card pc-need" data-item-id={need.id.clone()}>
                            <TextField target={TextTarget::of(TextSlot::Need, need.id.clone())} value={need.statement.clone()}
                                label={ui.lang.numbered(w.need, n)} id={ui.dom_id(&need.id, "statement")} multiline=true
                                on_edit={on_edit.clone()} on_action={on_action.clone()} />
                            <TextField target={TextTarget::of(TextSlot::NeedProblem, need.id.clone())} value={need.problem.clone()}
                                label={w.need_problem} id={ui.dom_id(&need.id, "problem")} multiline=true name="problem"
                                on_edit={on_edit.clone()} on_action={on_action.clone()} />
                            if !findings.is_empty() {
                                <fieldset class="pc-checks">
                                    <legend>{w.findings}</legend>
                                    { for findings.iter().map(|f| {
                                        let key = f.key();
                                        html! {
                                            <CheckField key={key.clone()} checked={need.findings.contains(f)}
                                                label={w.finding(plan, f)} id={ui.dom_id(&need.id, &format!("f-{key}"))}
                                                on={Edit::LinkFinding { need: need.id.clone(), finding: f.clone() }}
                                                off={Edit::UnlinkFinding { need: need.id.clone(), finding: f.clone() }}
                                                on_edit={on_edit.clone()} />
                                        }
                                    }) }
                                </fieldset>
                            }
                            <div class="pc-actions">
                                <EditButton edit={Edit::RemoveNeed { id: need.id.clone() }} label={ui.t(Text::Remove)}
                                    aria_label={ui.lang.named(ui.t(Text::Remove), &ui.lang.numbered(w.need, n))} quiet=true
                                    on_edit={on_edit.clone()} />
                            </div>
                        </li>
                    }
                }) }
            </ol>
            <EditButton edit={Edit::AddNeed { statement: String::new() }} label={w.add_need}
                on_edit={on_edit.clone()} />
        </>
    }
}
