use crate::plan::Edit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditButtonProps {
    /// The edit a press makes (add a row, remove an item...).
    pub edit: Edit,
    /// Visible words.
    pub label: AttrValue,
    /// Full words for screen readers when the visible ones are short
    /// ("Remove" → "Remove: Goal 2").
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    #[prop_or_default]
    pub quiet: bool,
    /// The element id, for a button a gap's link focuses.
    #[prop_or_default]
    pub id: Option<AttrValue>,
    pub on_edit: Callback<Edit>,
}

/// A button that makes one named edit.
#[function_component(EditButton)]
pub fn edit_button(props: &EditButtonProps) -> Html {
    let onclick = use_callback(
        (props.edit.clone(), props.on_edit.clone()),
        |_: MouseEvent, (edit, on_edit)| on_edit.emit(edit.clone()),
    );
    let class = if props.quiet {
        "pc-button pc-button-quiet"
    } else {
        "pc-button"
    };
    html! {
        <button type="button" id={props.id.clone()} ~className={class} {onclick} aria-label={props.aria_label.clone()}>
            {props.label.clone()}
        </button>
    }
}
