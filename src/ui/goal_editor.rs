use super::check_field::CheckField;
use super::choice_field::ChoiceField;
use super::context::use_ui;
use super::date_field::DateField;
use super::edit_button::EditButton;
use super::number_field::NumberField;
use super::objective_editor::ObjectiveEditor;
use super::row_list::{Row, RowList};
use super::score_target_field::ScoreTargetField;
use super::smart_feedback::SmartFeedback;
use super::step_props::Choices;
use super::text_field::TextField;
use crate::composer::Action;
use crate::export::print::progress_html;
use crate::plan::edit::GoalField;
use crate::plan::smart::SmartReport;
use crate::plan::target::{
    ChoiceSlot, ChoiceTarget, DateSlot, DateTarget, NumberSlot, NumberTarget, TextSlot, TextTarget,
    ACHIEVEMENTS, LIFECYCLES, PRIORITIES,
};
use crate::plan::{Edit, Goal, ReviewEntry};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalEditorProps {
    /// The plan's own goal: an edit of another goal leaves this one the same
    /// `Rc`, so comparing props is a pointer check.
    pub goal: Rc<Goal>,
    /// Position in the list, from 1.
    pub number: usize,
    /// The SMART coach's word on this goal.
    pub report: SmartReport,
    /// The plan's needs, the person's strengths, components and
    /// contributors, to link to.
    pub needs: Choices,
    pub strengths: Choices,
    pub components: Choices,
    /// Catalog entries not in the plan yet, which an objective can add.
    pub addable: Choices,
    /// Every service as "name · how often · who", for those serving this goal.
    pub services: Choices,
    pub contributors: Choices,
    /// The plan's past reviews, for this goal's progress over time.
    pub history: Rc<Vec<ReviewEntry>>,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// One goal: the person's words with live SMART feedback, how it is measured,
/// what need it meets, and its objectives with their services.
///
/// Its props compare equal unless this goal (or what it links to) changed,
/// so typing in one goal re-renders only that goal.
#[function_component(GoalEditor)]
pub fn goal_editor(props: &GoalEditorProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let goal = &props.goal;
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    // Counts renders in debug builds, so a test can prove the claim above.
    let renders = use_mut_ref(|| 0u32);
    *renders.borrow_mut() += 1;
    // Progress at past reviews, drawn as the printout draws it.
    let progress = use_memo(
        (Rc::clone(&props.history), goal.id.clone(), ui.lang),
        |(history, id, lang)| AttrValue::from(progress_html(history, id, *lang)),
    );
    let on_expressed_by = use_callback(
        (goal.id.clone(), on_edit.clone()),
        |e: Event, (id, on_edit)| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_edit.emit(Edit::SetGoalExpressedBy {
                id: id.clone(),
                contributor: (!value.is_empty()).then_some(value),
            });
        },
    );

    let id = |part: &str| ui.dom_id(&goal.id, part);
    let legend = ui.lang.goal_number(props.number);
    let text = |field: GoalField,
                value: &str,
                label: &'static str,
                hint: &'static str,
                part: &str| {
        html! {
            <TextField target={TextTarget::of(TextSlot::Goal(field), goal.id.clone())} value={value.to_owned()}
                label={label} hint={AttrValue::from(hint)} id={id(part)} name={match field {
                    GoalField::Statement => "statement", GoalField::Measure => "measure", GoalField::Target => "target" }}
                multiline={field == GoalField::Statement}
                on_edit={on_edit.clone()} on_action={on_action.clone()} />
        }
    };
    html! {
        <li class="pc-goal" data-goal-id={goal.id.clone()}
            data-renders={cfg!(debug_assertions).then(|| renders.borrow().to_string())}>
            <fieldset class="pc-card">
                <legend>{legend.clone()}</legend>
                { text(GoalField::Statement, &goal.statement, w.goal, w.new_goal_hint, "statement") }
                <SmartFeedback report={props.report} id={id("smart")} />
                <div class="pc-row">
                    { text(GoalField::Measure, &goal.measure, w.measure, w.goal_measure_hint, "measure") }
                    { text(GoalField::Target, &goal.target, w.target, w.goal_target_hint, "target") }
                    <DateField target={DateTarget::of(DateSlot::GoalDue, goal.id.clone())} value={goal.due}
                        label={w.due} id={id("due")} on_edit={on_edit.clone()} />
                </div>
                <ScoreTargetField goal={goal.id.clone()} target={goal.score_target.clone()}
                    name={legend.clone()} on_edit={on_edit.clone()} />
                if !progress.is_empty() {
                    <section class="pc-goal-progress" aria-label={ui.lang.named(w.progress_at_reviews, &legend)}>
                        {Html::from_html_unchecked((*progress).clone())}
                    </section>
                }
                <fieldset class="pc-checks">
                    <legend>{w.addresses}</legend>
                    if props.needs.is_empty() {
                        <p class="pc-hint">{w.no_needs_to_link}</p>
                    }
                    { for props.needs.iter().map(|(need, words)| {
                        let linked = goal.addresses.contains(need);
                        html! {
                            <CheckField key={need.clone()} checked={linked} label={words.clone()}
                                id={id(&format!("n-{need}"))}
                                on={Edit::LinkGoalNeed { goal: goal.id.clone(), need: need.clone() }}
                                off={Edit::UnlinkGoalNeed { goal: goal.id.clone(), need: need.clone() }}
                                on_edit={on_edit.clone()} />
                        }
                    }) }
                </fieldset>
                <fieldset class="pc-checks">
                    <legend>{w.strengths_that_help}</legend>
                    if props.strengths.is_empty() {
                        <p class="pc-hint">{w.no_strengths_to_link}</p>
                    }
                    { for props.strengths.iter().map(|(strength, words)| {
                        let linked = goal.strengths.contains(strength);
                        html! {
                            <CheckField key={strength.clone()} checked={linked} label={words.clone()}
                                id={id(&format!("s-{strength}"))}
                                on={Edit::LinkGoalStrength { goal: goal.id.clone(), strength: strength.clone() }}
                                off={Edit::UnlinkGoalStrength { goal: goal.id.clone(), strength: strength.clone() }}
                                on_edit={on_edit.clone()} />
                        }
                    }) }
                </fieldset>
                <RowList title={w.barriers} add={Edit::AddBarrier { goal: goal.id.clone(), text: String::new() }}
                    class="pc-barriers" on_edit={on_edit.clone()}>
                    { for goal.barriers.iter().enumerate().map(|(i, barrier)| {
                        let label = ui.lang.numbered(w.barriers, i + 1);
                        html! {
                            <Row key={barrier.id.clone()} id={barrier.id.clone()} name={label.clone()}
                                remove={Edit::RemoveBarrier { id: barrier.id.clone() }}
                                on_edit={on_edit.clone()}>
                                <TextField target={TextTarget::of(TextSlot::Barrier, barrier.id.clone())}
                                    value={barrier.text.clone()} {label} id={ui.dom_id(&barrier.id, "text")}
                                    name="barrier" on_edit={on_edit.clone()} on_action={on_action.clone()} />
                            </Row>
                        }
                    }) }
                </RowList>
                <div class="pc-row">
                    <NumberField target={NumberTarget::of(NumberSlot::GoalConfidence, goal.id.clone())} value={goal.confidence}
                        label={w.confidence} id={id("confidence")} unset={w.not_answered}
                        on_edit={on_edit.clone()} />
                    <ChoiceField target={ChoiceTarget::of(ChoiceSlot::GoalPriority, goal.id.clone())}
                        selected={Some(goal.priority as usize)}
                        options={PRIORITIES.iter().map(|p| w.priority(*p)).collect::<Vec<_>>()}
                        label={w.priority} id={id("priority")} on_edit={on_edit.clone()} />
                    <div class="pc-field pc-field-choice">
                        <label for={id("expressed-by")}>{w.expressed_by}</label>
                        <select id={id("expressed-by")} class="pc-select" onchange={on_expressed_by}>
                            <option key="" value="" selected={goal.expressed_by.is_none()}>{w.not_answered}</option>
                            { for props.contributors.iter().map(|(cid, name)| html! {
                                <option key={cid.clone()} value={cid.clone()}
                                    selected={goal.expressed_by.as_deref() == Some(cid.as_str())}>{name.clone()}</option>
                            }) }
                        </select>
                    </div>
                </div>
                <details class="pc-more">
                    <summary>{w.goal_status_and_progress}</summary>
                    <div class="pc-row">
                        <ChoiceField target={ChoiceTarget::of(ChoiceSlot::GoalLifecycle, goal.id.clone())}
                            selected={Some(goal.lifecycle as usize)}
                            options={LIFECYCLES.iter().map(|v| w.lifecycle(*v)).collect::<Vec<_>>()}
                            label={w.lifecycle} id={id("lifecycle")} on_edit={on_edit.clone()} />
                        <ChoiceField target={ChoiceTarget::of(ChoiceSlot::GoalAchievement, goal.id.clone())}
                            selected={Some(goal.achievement as usize)}
                            options={ACHIEVEMENTS.iter().map(|v| w.achievement(*v)).collect::<Vec<_>>()}
                            label={w.achievement} id={id("achievement")} on_edit={on_edit.clone()} />
                    </div>
                </details>
                <section class="pc-objectives" aria-label={ui.lang.named(w.objectives, &legend)}>
                    <h4>{w.objectives}</h4>
                    <ol class="pc-rows">
                        { for goal.objectives.iter().enumerate().map(|(i, o)| html! {
                            <ObjectiveEditor key={o.id.clone()} objective={o.clone()}
                                name={ui.lang.objective_number(props.number, i + 1)}
                                components={props.components.clone()}
                                addable={props.addable.clone()}
                                on_edit={on_edit.clone()} on_action={on_action.clone()} />
                        }) }
                    </ol>
                    <EditButton edit={Edit::AddObjective { goal: goal.id.clone(), statement: String::new() }}
                        label={w.add_objective} id={id("add-objective")}
                        aria_label={ui.lang.named(w.add_objective, &legend)}
                        on_edit={on_edit.clone()} />
                </section>
                // The services serving this goal, with how often and who.
                if props.services.iter().any(|(id, _)| goal.serves(id)) {
                    <section class="pc-goal-services" aria-label={ui.lang.named(w.services_for_goal, &legend)}>
                        <h4>{w.services_for_goal}</h4>
                        <ul>
                            { for props.services.iter().filter(|(id, _)| goal.serves(id)).map(|(id, shown)| html! {
                                <li key={id.clone()} data-component-id={id.clone()}>{shown.clone()}</li>
                            }) }
                        </ul>
                    </section>
                }
                <div class="pc-actions">
                    <EditButton edit={Edit::RemoveGoal { id: goal.id.clone() }} label={w.remove_goal}
                        aria_label={ui.lang.named(w.remove_goal, &legend)} quiet=true
                        on_edit={on_edit.clone()} />
                </div>
            </fieldset>
        </li>
    }
}
