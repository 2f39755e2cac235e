use super::context::use_ui;
use super::measures_panel::MeasuresPanel;
use crate::composer::{Action, ReviewDiff};
use crate::plan::review::changes_between;
use crate::plan::{Edit, Plan, Progress, ProgressStatus};
use std::rc::Rc;
use strum::VariantArray;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewPanelProps {
    /// The plan as it was opened for review.
    pub baseline: Rc<Plan>,
    /// The plan under review: its goals' progress and its measures.
    pub plan: Rc<Plan>,
    pub on_action: Callback<Action>,
}

/// A review in progress: what changed so far (from the edits made, not
/// typed by hand), who reviewed, why, and the button that records it.
#[function_component(ReviewPanel)]
pub fn review_panel(props: &ReviewPanelProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let reviewer = use_state(String::new);
    let reason = use_state(String::new);
    let problem = use_state(|| false);
    // What changed since the plan was opened, worked out here (not in the
    // first step's module) and worded in the language on screen.
    let changes = use_memo(
        (props.baseline.clone(), props.plan.clone(), ui.lang),
        |(baseline, plan, lang)| {
            changes_between(baseline, plan)
                .iter()
                .map(|c| lang.change(c))
                .collect::<Vec<String>>()
        },
    );
    let on_reviewer = use_callback(reviewer.setter(), |e: InputEvent, s| {
        s.set(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_reason = use_callback(reason.setter(), |e: InputEvent, s| {
        s.set(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let onsubmit = use_callback(
        (
            (*reviewer).clone(),
            (*reason).clone(),
            ui.today,
            props.on_action.clone(),
            problem.setter(),
        ),
        |e: SubmitEvent, (reviewer, reason, today, on_action, problem)| {
            e.prevent_default();
            match today {
                Some(date) if !reviewer.trim().is_empty() => {
                    problem.set(false);
                    on_action.emit(Action::FinishReview {
                        date: *date,
                        reviewed_by: reviewer.trim().to_owned(),
                        reason: reason.trim().to_owned(),
                        changes: ReviewDiff(changes_between),
                    });
                }
                _ => problem.set(true),
            }
        },
    );
    // One handler for every goal's and objective's progress: the control
    // names its item, and the note is saved when it is left.
    let on_progress = use_callback(
        (props.plan.clone(), props.on_action.clone()),
        |e: Event, (plan, on_action)| {
            let target = e.target_unchecked_into::<Element>();
            let Some(item) = target.get_attribute("data-progress") else {
                return;
            };
            let noted = plan.review.progress.iter().find(|p| p.item == item);
            let progress = if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
                let status = select
                    .value()
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| ProgressStatus::VARIANTS.get(i).copied());
                status.map(|s| (s, noted.map(|p| p.note.clone()).unwrap_or_default()))
            } else if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
                noted.map(|p| (p.status, input.value().trim().to_owned()))
            } else {
                return;
            };
            on_action.emit(Action::Edit(Edit::SetProgress { item, progress }));
        },
    );
    let id = |part: &str| ui.dom_id("review", part);
    let progress_row = |item: &str, name: String| {
        let noted: Option<&Progress> = props.plan.review.progress.iter().find(|p| p.item == item);
        let status = noted.map(|p| p.status);
        let field = |part: &str| ui.dom_id(item, part);
        html! {
            <div key={item.to_owned()} class="pc-progress pc-row">
                <div class="pc-field pc-field-choice">
                    <label for={field("progress")}>{ui.lang.named(w.progress, &name)}</label>
                    <select id={field("progress")} class="pc-select" data-progress={item.to_owned()}>
                        <option value="" selected={status.is_none()}>{w.progress_not_noted}</option>
                        { for ProgressStatus::VARIANTS.iter().enumerate().map(|(i, s)| html! {
                            <option key={i} value={i.to_string()} selected={status == Some(*s)}>{w.progress_status(*s)}</option>
                        }) }
                    </select>
                </div>
                <div class="pc-field">
                    <label for={field("progress-note")}>{ui.lang.named(w.progress_note, &name)}</label>
                    <input id={field("progress-note")} class="pc-input" type="text" autocomplete="off"
                        data-progress={item.to_owned()} disabled={status.is_none()}
                        value={noted.map(|p| p.note.clone()).unwrap_or_default()} />
                </div>
            </div>
        }
    };
    html! {
        <section class="pc-review" aria-labelledby={id("heading")}>
            <h4 id={id("heading")}>{w.review_in_progress}</h4>
            <p class="pc-hint">{w.review_in_progress_hint}</p>
            <h5>{w.review_changes}</h5>
            if changes.is_empty() {
                <p class="pc-muted">{w.no_changes_yet}</p>
            } else {
                <ul class="pc-changes">
                    { for changes.iter().enumerate().map(|(i, c)| html! { <li key={i}>{c.clone()}</li> }) }
                </ul>
            }
            <section class="pc-review-progress" aria-labelledby={id("progress")} onchange={on_progress}>
                <h5 id={id("progress")}>{w.progress}</h5>
                <p class="pc-hint">{w.progress_hint}</p>
                { for props.plan.goals.iter().enumerate().map(|(i, goal)| html! {
                    <div key={goal.id.clone()} class="pc-card">
                        { progress_row(&goal.id, format!("{}: {}", ui.lang.goal_number(i + 1), goal.statement)) }
                        { for goal.objectives.iter().enumerate().map(|(j, o)| progress_row(
                            &o.id,
                            format!("{}: {}", ui.lang.objective_number(i + 1, j + 1), o.statement),
                        )) }
                    </div>
                }) }
            </section>
            <MeasuresPanel plan={props.plan.clone()} on_action={props.on_action.clone()} />
            <form class="pc-add" {onsubmit}>
                <div class="pc-field">
                    <label for={id("by")}>{w.reviewed_by}</label>
                    <input id={id("by")} class="pc-input" type="text" autocomplete="off"
                        value={(*reviewer).clone()} oninput={on_reviewer} />
                </div>
                <div class="pc-field">
                    <label for={id("reason")}>{w.review_reason}</label>
                    <input id={id("reason")} class="pc-input" type="text" autocomplete="off"
                        value={(*reason).clone()} oninput={on_reason} />
                </div>
                <button type="submit" class="pc-button pc-button-primary">{w.finish_review}</button>
                <p class="pc-form-problem" role="alert">
                    if *problem { {w.review_needs_reviewer} }
                </p>
            </form>
        </section>
    }
}
