use super::context::use_ui;
use crate::i18n::Text;
use yew::prelude::*;

/// With drafts on: removes the copy kept in the browser's storage. The
/// plan on screen stays, and the next change is saved again.
#[function_component(ClearDraft)]
pub fn clear_draft() -> Html {
    let ui = use_ui();
    let cleared = use_state(|| false);
    let onclick = use_callback(
        (ui.store.clone(), cleared.setter()),
        |_: MouseEvent, (store, cleared)| {
            if let Some(drafts) = store.as_ref().and_then(|b| b.drafts()) {
                drafts.clear();
                cleared.set(true);
            }
        },
    );
    html! {
        <>
            <button type="button" class="pc-button" {onclick}>{ui.t(Text::ClearDraft)}</button>
            <span class="pc-status" role="status" aria-live="polite">
                { if *cleared { ui.t(Text::DraftCleared) } else { "" } }
            </span>
        </>
    }
}
