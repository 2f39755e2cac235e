use super::context::use_ui;
use crate::composer::Action;
use crate::i18n::Text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewPanelProps {
    /// What changed since the plan was opened, already worded.
    pub changes: Vec<String>,
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
