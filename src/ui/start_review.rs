use super::context::use_ui;
use crate::composer::Action;
use crate::i18n::Text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartReviewProps {
    pub on_action: Callback<Action>,
}

/// Offered on a plan in use: starts a review, so that what changes is
/// recorded in the plan's review history.
#[function_component(StartReview)]
pub fn start_review(props: &StartReviewProps) -> Html {
    let ui = use_ui();
    let onclick = use_callback(props.on_action.clone(), |_: MouseEvent, a| {
        a.emit(Action::StartReview)
    });
    html! {
        <section class="pc-review pc-review-start">
            <p class="pc-hint">{ui.t(Text::StartReviewHint)}</p>
            <button type="button" class="pc-button pc-button-primary" {onclick}>{ui.t(Text::StartReview)}</button>
        </section>
    }
}
