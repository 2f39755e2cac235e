use crate::plan::Edit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckFieldProps {
    pub checked: bool,
    pub label: AttrValue,
    pub id: AttrValue,
    /// The edit when ticked, and when unticked.
    pub on: Edit,
    pub off: Edit,
    pub on_edit: Callback<Edit>,
}

/// A labelled tick box that links or unlinks two items (or sets a yes/no).
#[function_component(CheckField)]
pub fn check_field(props: &CheckFieldProps) -> Html {
    let onchange = use_callback(
        (
            props.checked,
            props.on.clone(),
            props.off.clone(),
            props.on_edit.clone(),
        ),
        |_: Event, (checked, on, off, on_edit)| {
            on_edit.emit(if *checked { off.clone() } else { on.clone() })
        },
    );
    html! {
        <div class="pc-check">
            <input id={props.id.clone()} type="checkbox" checked={props.checked} {onchange} />
            <label for={props.id.clone()}>{props.label.clone()}</label>
        </div>
    }
}
