use super::context::use_ui;
use crate::composer::Action;
use crate::export::json::ImportError;
use crate::i18n::Text;
use crate::plan::{EditError, Notice};
use crate::web::on_demand;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessagesProps {
    pub notices: Vec<Notice>,
    pub edit_error: Option<EditError>,
    pub import_errors: Rc<[ImportError]>,
    pub on_action: Callback<Action>,
}

/// What the last action did besides what was asked, and why anything failed.
/// The live regions are always present so screen readers announce changes.
#[function_component(Messages)]
pub fn messages(props: &MessagesProps) -> Html {
    let ui = use_ui();
    let lang = ui.lang;
    html! {
        <div class="pc-messages">
            <div role="status" aria-live="polite" class="pc-notices">
                // Every notice names a goal, need or objective: the part is here.
                if let Some(part) = on_demand::loaded() {
                    { for props.notices.iter().enumerate().map(|(i, n)| html! { <p key={i}>{(part.notice)(lang, n)}</p> }) }
                }
            </div>
            <div role="alert" class="pc-errors">
                if let Some(error) = &props.edit_error {
                    <p><strong>{ui.t(Text::EditFailed)}{": "}</strong>{lang.edit_error(error)}</p>
                }
                // Only the on-demand part reads files, so only it words
                // their problems.
                if let (false, Some(part)) = (props.import_errors.is_empty(), on_demand::loaded()) {
                    <p><strong>{ui.t(Text::ImportFailed)}</strong></p>
                    <ul>
                        { for props.import_errors.iter().enumerate().map(|(i, e)| html! {
                            <li key={i}>{(part.import_error)(lang, e)}</li>
                        }) }
                    </ul>
                }
            </div>
        </div>
    }
}
