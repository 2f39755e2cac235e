use super::context::use_ui;
use crate::plan::CrisisLine;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SafetyNoteProps {
    pub lines: Rc<Vec<CrisisLine>>,
}

/// The plain note and the plan's crisis lines, when an answer asks for them.
#[function_component(SafetyNote)]
pub fn safety_note(props: &SafetyNoteProps) -> Html {
    let ui = use_ui();
    let m = ui.lang.words();
    html! {
        <div class="pc-safety" role="alert">
            <h5>{m.safety_heading}</h5>
            <p>{m.safety_body}</p>
            if props.lines.is_empty() {
                <p>{m.safety_no_lines}</p>
            } else {
                <ul>
                    { for props.lines.iter().map(|line| html! {
                        <li key={line.id.clone()}>{format!("{}: {}", line.name, line.number)}</li>
                    }) }
                </ul>
            }
        </div>
    }
}
