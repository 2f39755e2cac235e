use super::context::use_ui;
use crate::composer::Action;
use crate::i18n::Text;
use crate::plan::Edit;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TitleFieldProps {
    pub title: String,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// The plan's title, shown as its heading and edited in place.
#[function_component(TitleField)]
pub fn title_field(props: &TitleFieldProps) -> Html {
    let ui = use_ui();
    let oninput = use_callback(props.on_edit.clone(), |e: InputEvent, on_edit| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        on_edit.emit(Edit::SetTitle(value));
    });
    let onblur = use_callback(props.on_action.clone(), |_: FocusEvent, a| {
        a.emit(Action::EndTyping)
    });
    let id = ui.dom_id("plan", "title");
    let heading = if props.title.trim().is_empty() {
        ui.t(Text::Untitled).to_owned()
    } else {
        props.title.clone()
    };
    html! {
        <header class="pc-header">
            <h2 class="pc-title">{heading}</h2>
            <div class="pc-field">
                <label for={id.clone()}>{ui.t(Text::PlanTitle)}</label>
                <input id={id} type="text" class="pc-input" value={props.title.clone()}
                    placeholder={ui.t(Text::PlanTitleHint)} {oninput} {onblur} autocomplete="off" />
            </div>
        </header>
    }
}
