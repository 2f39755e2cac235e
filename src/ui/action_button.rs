use crate::composer::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActionButtonProps {
    /// The action a press sends (go to a step, show a field...).
    pub action: Action,
    /// Visible words.
    pub label: AttrValue,
    /// Full words for screen readers when the visible ones are short.
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

/// A button that sends one named action to the composer.
#[function_component(ActionButton)]
pub fn action_button(props: &ActionButtonProps) -> Html {
    let onclick = use_callback(
        (props.action.clone(), props.on_action.clone()),
        |_: MouseEvent, (action, on_action)| on_action.emit(action.clone()),
    );
    html! {
        <button type="button" class="pc-button" {onclick} aria-label={props.aria_label.clone()}>
            {props.label.clone()}
        </button>
    }
}
