use crate::plan::target::DateTarget;
use crate::plan::{Edit, PlanDate};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub target: DateTarget,
    pub value: Option<PlanDate>,
    pub label: AttrValue,
    pub id: AttrValue,
    pub on_edit: Callback<Edit>,
}

/// A labelled date picker for one date of the plan.
#[function_component(DateField)]
pub fn date_field(props: &DateFieldProps) -> Html {
    let onchange = use_callback(
        (props.target.clone(), props.on_edit.clone()),
        |e: Event, (target, on_edit)| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(edit) = target.edit_from_input(&text) {
                on_edit.emit(edit);
            }
        },
    );
    let value = props.value.map(|d| d.to_string()).unwrap_or_default();
    html! {
        <div class="pc-field pc-field-date">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <input id={props.id.clone()} type="date" class="pc-input" {value} {onchange} />
        </div>
    }
}
