use super::clear_draft::ClearDraft;
use super::context::use_ui;
use super::open_file::OpenFile;
use crate::composer::Action;
use crate::i18n::{Lang, Text};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_action: Callback<Action>,
}

/// Undo, redo and the language choice.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let ui = use_ui();
    let undo = use_callback(props.on_action.clone(), |_: MouseEvent, a| {
        a.emit(Action::Undo)
    });
    let redo = use_callback(props.on_action.clone(), |_: MouseEvent, a| {
        a.emit(Action::Redo)
    });
    let language = use_callback(props.on_action.clone(), |e: Event, a| {
        let tag = e.target_unchecked_into::<HtmlSelectElement>().value();
        a.emit(Action::SetLang(Lang::from_tag(&tag)));
    });
    let lang_id = ui.dom_id("plan", "lang");
    html! {
        <div class="pc-toolbar" role="toolbar" aria-label={ui.t(Text::WidgetName)}>
            <button type="button" class="pc-button" onclick={undo} disabled={!props.can_undo}>
                {ui.t(Text::Undo)}
            </button>
            <button type="button" class="pc-button" onclick={redo} disabled={!props.can_redo}>
                {ui.t(Text::Redo)}
            </button>
            if !ui.kiosk {
                <OpenFile on_action={props.on_action.clone()} />
            }
            if ui.store.as_ref().is_some_and(|b| b.drafts().is_some()) {
                <ClearDraft />
            }
            <span class="pc-spacer"></span>
            <span class="pc-lang">
                <label for={lang_id.clone()}>{ui.t(Text::Language)}</label>
                <select id={lang_id} class="pc-select" onchange={language}>
                    { for Lang::ALL.iter().map(|lang| html! {
                        <option key={lang.tag()} value={lang.tag()} selected={*lang == ui.lang}>
                            {lang.native_name()}
                        </option>
                    }) }
                </select>
            </span>
        </div>
    }
}
