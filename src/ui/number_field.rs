use crate::plan::target::NumberTarget;
use crate::plan::Edit;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Scales up to this size are picked from a list; larger numbers are typed.
const LIST_UP_TO: u8 = 10;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub target: NumberTarget,
    pub value: Option<u8>,
    pub label: AttrValue,
    pub id: AttrValue,
    /// Words for "not answered".
    pub unset: AttrValue,
    /// Optional words for each value of a short scale (e.g. "0 – no concern").
    #[prop_or_default]
    pub words: Option<[&'static str; 5]>,
    pub on_edit: Callback<Edit>,
}

/// A bounded number: a 0-10 ruler or a 0-4 rating as a list, an age typed.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let max = props.target.max();
    let onchange = use_callback(
        (props.target.clone(), props.on_edit.clone()),
        move |e: Event, (target, on_edit)| {
            let text = if max <= LIST_UP_TO {
                e.target_unchecked_into::<HtmlSelectElement>().value()
            } else {
                e.target_unchecked_into::<HtmlInputElement>().value()
            };
            if let Some(edit) = target.edit_from_input(&text) {
                on_edit.emit(edit);
            }
        },
    );
    let value = props.value.map(|v| v.to_string()).unwrap_or_default();
    let control = if max <= LIST_UP_TO {
        let option = |n: u8| {
            let words = props
                .words
                .and_then(|w| w.get(usize::from(n)).copied())
                .map(String::from)
                .unwrap_or_else(|| n.to_string());
            html! {
                <option key={n} value={n.to_string()} selected={props.value == Some(n)}>{words}</option>
            }
        };
        html! {
            <select id={props.id.clone()} class="pc-select" {onchange}>
                <option key="unset" value="" selected={props.value.is_none()}>{props.unset.clone()}</option>
                { for (0..=max).map(option) }
            </select>
        }
    } else {
        html! {
            <input id={props.id.clone()} class="pc-input pc-input-number" type="number"
                inputmode="numeric" min="0" max={max.to_string()} {value} {onchange} />
        }
    };
    html! {
        <div class="pc-field pc-field-number">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            {control}
        </div>
    }
}
