//! The plain note and the plan's crisis lines, shown when an answer asks
//! for them (plan::instrument::needs_safety_note). A view function, not a
//! component: it holds no state, and each component type costs bytes.

use crate::i18n::Words;
use crate::plan::CrisisLine;
use yew::prelude::*;

pub fn safety_note(m: &Words, lines: &[CrisisLine]) -> Html {
    html! {
        <div class="pc-safety" role="alert">
            <h5>{m.safety_heading}</h5>
            <p>{m.safety_body}</p>
            if lines.is_empty() {
                <p>{m.safety_no_lines}</p>
            } else {
                <ul>
                    { for lines.iter().map(|line| html! {
                        <li key={line.id.clone()}>{format!("{}: {}", line.name, line.number)}</li>
                    }) }
                </ul>
            }
        </div>
    }
}
