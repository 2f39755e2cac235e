use super::context::use_ui;
use crate::export::json;
use crate::plan::Plan;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonPanelProps {
    pub plan: Rc<Plan>,
}

/// The plan's JSON, shown on request.
#[function_component(JsonPanel)]
pub fn json_panel(props: &JsonPanelProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let open = use_state(|| false);
    let ontoggle = use_callback(open.setter(), |e: Event, open| {
        let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
        open.set(details.open());
    });
    // Only serialise while the panel is open: not on every keystroke.
    let text = (*open).then(|| json::export(&props.plan));
    html! {
        <section class="pc-section pc-json">
            <details {ontoggle} open={*open}>
                <summary>{w.plan_json}</summary>
                if let Some(text) = text {
                    <pre class="pc-json-text" tabindex="0">{text}</pre>
                }
            </details>
        </section>
    }
}
