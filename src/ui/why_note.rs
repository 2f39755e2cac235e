use super::context::use_ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhyNoteProps {
    pub why: AttrValue,
    /// What the note rests on; nothing is shown when empty.
    pub basis: AttrValue,
}

/// Educator mode's "why this matters" for a step or a part of the plan.
#[function_component(WhyNote)]
pub fn why_note(props: &WhyNoteProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    html! {
        <div class="pc-why">
            <p><strong>{w.why_this_matters}{": "}</strong>{props.why.clone()}</p>
            if !props.basis.trim().is_empty() {
                <p class="pc-basis">{w.based_on}{": "}{props.basis.clone()}</p>
            }
        </div>
    }
}
