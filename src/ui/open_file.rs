use super::context::use_ui;
use crate::composer::Action;
use crate::i18n::Text;
use crate::web::on_demand::open_chosen_file;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpenFileProps {
    pub on_action: Callback<Action>,
}

/// Opens a plan file from this device. A file that cannot be used leaves
/// the current plan as it is and lists every problem found.
#[function_component(OpenFile)]
pub fn open_file(props: &OpenFileProps) -> Html {
    let ui = use_ui();
    let onchange = use_callback(props.on_action.clone(), |e: Event, on_action| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Let the same file be chosen again after fixing it.
        input.set_value("");
        open_chosen_file(file, on_action.clone());
    });
    let id = ui.dom_id("plan", "open-file");
    html! {
        <span class="pc-open">
            <input id={id.clone()} type="file" class="pc-visually-hidden" accept=".json,application/json" {onchange} />
            <label for={id} class="pc-button">{ui.t(Text::OpenPlanFile)}</label>
        </span>
    }
}
