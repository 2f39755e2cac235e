use super::context::use_ui;
use super::measures_panel::MeasuresPanel;
use super::progress_field::ProgressField;
use crate::composer::Action;
use crate::i18n::Text;
use crate::plan::Plan;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewPanelProps {
    /// What changed since the plan was opened, already worded.
    pub changes: Vec<String>,
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
                    });
                }
                _ => problem.set(true),
            }
        },
    );
    let id = |part: &str| ui.dom_id("review", part);
    html! {
        <section class="pc-review" aria-labelledby={id("heading")}>
            <h4 id={id("heading")}>{ui.t(Text::ReviewInProgress)}</h4>
            <p class="pc-hint">{ui.t(Text::ReviewInProgressHint)}</p>
            <h5>{w.review_changes}</h5>
            if props.changes.is_empty() {
                <p class="pc-muted">{ui.t(Text::NoChangesYet)}</p>
            } else {
                <ul class="pc-changes">
                    { for props.changes.iter().enumerate().map(|(i, c)| html! { <li key={i}>{c.clone()}</li> }) }
                </ul>
            }
            <section class="pc-review-progress" aria-labelledby={id("progress")}>
                <h5 id={id("progress")}>{w.progress}</h5>
                <p class="pc-hint">{w.progress_hint}</p>
                { for props.plan.goals.iter().enumerate().map(|(i, goal)| {
                    let name = format!("{}: {}", ui.lang.goal_number(i + 1), goal.statement);
                    let noted = |item: &str| props.plan.review.progress.iter().find(|p| p.item == item).cloned();
                    html! {
                        <div key={goal.id.clone()} class="pc-card">
                            <ProgressField item={goal.id.clone()} name={name} progress={noted(&goal.id)}
                                on_action={props.on_action.clone()} />
                            { for goal.objectives.iter().enumerate().map(|(j, o)| html! {
                                <ProgressField key={o.id.clone()} item={o.id.clone()}
                                    name={format!("{}: {}", ui.lang.objective_number(i + 1, j + 1), o.statement)}
                                    progress={noted(&o.id)} on_action={props.on_action.clone()} />
                            }) }
                        </div>
                    }
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
                <button type="submit" class="pc-button pc-button-primary">{ui.t(Text::FinishReview)}</button>
                <p class="pc-form-problem" role="alert">
                    if *problem { {ui.t(Text::ReviewNeedsReviewer)} }
                </p>
            </form>
        </section>
    }
}
