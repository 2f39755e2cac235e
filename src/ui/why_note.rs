use super::context::use_ui;
use crate::i18n::Text;
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
    html! {
        <div class="pc-why">
            <p><strong>{ui.t(Text::WhyThisMatters)}{": "}</strong>{props.why.clone()}</p>
            if !props.basis.trim().is_empty() {
                <p class="pc-basis">{ui.t(Text::BasedOn)}{": "}{props.basis.clone()}</p>
            }
        </div>
    }
}
