use super::context::use_ui;
use super::step_nav::step_name;
use crate::composer::{Action, Step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepFooterProps {
    pub current: Step,
    pub on_action: Callback<Action>,
}

/// Back and next, naming where they lead.
#[function_component(StepFooter)]
pub fn step_footer(props: &StepFooterProps) -> Html {
    let ui = use_ui();
    let back = props.current.previous();
    let next = props.current.next();
    let on_back = use_callback(
        (back, props.on_action.clone()),
        |_: MouseEvent, (back, a)| {
            if let Some(step) = back {
                a.emit(Action::GoTo(*step));
            }
        },
    );
    let on_next = use_callback(
        (next, props.on_action.clone()),
        |_: MouseEvent, (next, a)| {
            if let Some(step) = next {
                a.emit(Action::GoTo(*step));
            }
        },
    );
    html! {
        <div class="pc-step-footer">
            if let Some(step) = back {
                <button type="button" class="pc-button" data-nav="back" onclick={on_back}>
                    {ui.lang.messages().go_back(&step_name(&ui, step))}
                </button>
            }
            <span class="pc-spacer"></span>
            if let Some(step) = next {
                <button type="button" class="pc-button pc-button-primary" data-nav="next" onclick={on_next}>
                    {ui.lang.messages().go_next(&step_name(&ui, step))}
                </button>
            }
        </div>
    }
}
