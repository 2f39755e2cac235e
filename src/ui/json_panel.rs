use super::context::use_ui;
use crate::embed::files::download_text;
use crate::export::json;
use crate::i18n::Text;
use crate::plan::Plan;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonPanelProps {
    pub plan: Rc<Plan>,
}

/// The plan's JSON, shown on request and saved as a file on this device.
#[function_component(JsonPanel)]
pub fn json_panel(props: &JsonPanelProps) -> Html {
    let ui = use_ui();
    let open = use_state(|| false);
    let ontoggle = use_callback(open.setter(), |e: Event, open| {
        let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
        open.set(details.open());
    });
    let ondownload = use_callback(props.plan.clone(), |_: MouseEvent, plan| {
        let name = format!("{}.plan.json", plan.id);
        download_text(&name, "application/json", &json::export(plan));
    });
    // Only serialise while the panel is open: not on every keystroke.
    let text = (*open).then(|| json::export(&props.plan));
    html! {
        <section class="pc-section pc-json">
            <details {ontoggle} open={*open}>
                <summary>{ui.t(Text::PlanJson)}</summary>
                if let Some(text) = text {
                    <pre class="pc-json-text" tabindex="0">{text}</pre>
                }
            </details>
            <button type="button" class="pc-button" onclick={ondownload}>
                {ui.t(Text::DownloadJson)}
            </button>
        </section>
    }
}
