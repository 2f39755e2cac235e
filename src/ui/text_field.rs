use crate::composer::Action;
use crate::plan::target::TextTarget;
use crate::plan::Edit;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub target: TextTarget,
    pub value: AttrValue,
    pub label: AttrValue,
    /// The element id (unique on the page).
    pub id: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A text area for longer answers instead of one line.
    #[prop_or_default]
    pub multiline: bool,
    /// A phone number: the right keyboard on touch screens.
    #[prop_or_default]
    pub phone: bool,
    /// Common answers offered while typing (any text is still allowed).
    #[prop_or_default]
    pub suggestions: Vec<AttrValue>,
    /// Names the field for tests and host pages (`data-field`).
    #[prop_or("text")]
    pub name: &'static str,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// A labelled text box that writes one field of the plan as the person types.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let multiline = props.multiline;
    let oninput = use_callback(
        (props.target.clone(), props.on_edit.clone()),
        move |e: InputEvent, (target, on_edit)| {
            let Some(element) = e.target() else { return };
            let value = if multiline {
                element.unchecked_into::<HtmlTextAreaElement>().value()
            } else {
                element.unchecked_into::<HtmlInputElement>().value()
            };
            on_edit.emit(target.edit(value));
        },
    );
    // Typing in one field is one undo step; leaving the field ends it.
    let onblur = use_callback(props.on_action.clone(), |_: FocusEvent, a| {
        a.emit(Action::EndTyping)
    });
    let hint = props.hint.clone();
    let list_id = (!props.suggestions.is_empty()).then(|| format!("{}-list", props.id));
    html! {
        <div class="pc-field">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            if multiline {
                <textarea id={props.id.clone()} class="pc-input" rows="3" data-field={props.name}
                    value={props.value.clone()} placeholder={hint} {oninput} {onblur} />
            } else {
                <input id={props.id.clone()} class="pc-input" data-field={props.name}
                    type={if props.phone { "tel" } else { "text" }}
                    autocomplete="off" value={props.value.clone()} placeholder={hint}
                    list={list_id.clone()} {oninput} {onblur} />
                if let Some(list_id) = list_id {
                    <datalist id={list_id}>
                        { for props.suggestions.iter().map(|s| html! { <option key={s.to_string()} value={s.clone()} /> }) }
                    </datalist>
                }
            }
        </div>
    }
}
