use super::context::use_ui;
use crate::composer::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartReviewProps {
    pub on_action: Callback<Action>,
}

/// Shown on every step of a plan in use, which is signed and read-only:
/// says so, and starts a review, so that what changes is recorded in the
/// plan's review history and the new revision is signed again.
#[function_component(StartReview)]
pub fn start_review(props: &StartReviewProps) -> Html {
    let w = use_ui().lang.words();
    let onclick = use_callback(props.on_action.clone(), |_: MouseEvent, a| {
        a.emit(Action::StartReview)
    });
    html! {
        <section class="pc-review pc-review-start pc-locked-notice" role="note">
            <p class="pc-locked-title"><strong>{w.signed_locked}</strong></p>
            <p class="pc-hint">{w.signed_locked_hint}</p>
            <button type="button" class="pc-button pc-button-primary" data-start-review="" {onclick}>
                {w.start_review}
            </button>
        </section>
    }
}
