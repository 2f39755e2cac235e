use super::context::use_ui;
use super::edit_button::EditButton;
use crate::i18n::Text;
use crate::plan::Edit;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RowListProps {
    /// What the list holds ("Care team"): its legend.
    pub title: AttrValue,
    /// The edit that adds a row.
    pub add: Edit,
    pub on_edit: Callback<Edit>,
    /// Another class besides `pc-list`.
    #[prop_or_default]
    pub class: AttrValue,
    /// The rows: `Row`s keyed by item id.
    pub children: Children,
}

/// A list of rows the person can add to and remove from (care team,
/// people to call, substances...), each row its own fields.
#[function_component(RowList)]
pub fn row_list(props: &RowListProps) -> Html {
    let ui = use_ui();
    html! {
        <fieldset ~className={with_class("pc-list", &props.class)}>
            <legend>{props.title.clone()}</legend>
            <ul class="pc-rows">{props.children.clone()}</ul>
            <EditButton edit={props.add.clone()} label={ui.t(Text::Add)}
                aria_label={ui.lang.named(ui.t(Text::Add), &props.title)} on_edit={props.on_edit.clone()} />
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct RowProps {
    /// The item's id, for focus after it is added.
    pub id: AttrValue,
    /// The row's name for screen readers ("Care team 2"): see `Lang::numbered`.
    pub name: AttrValue,
    /// The edit that removes it.
    pub remove: Edit,
    pub on_edit: Callback<Edit>,
    /// Another class besides `pc-row pc-row-item`.
    #[prop_or_default]
    pub class: AttrValue,
    /// The row's fields.
    pub children: Children,
}

/// One row of a `RowList`: its fields, then a button that removes it.
#[function_component(Row)]
pub fn row(props: &RowProps) -> Html {
    let ui = use_ui();
    html! {
        <li ~className={with_class("pc-row pc-row-item", &props.class)} data-item-id={props.id.clone()}>
            {props.children.clone()}
            <EditButton edit={props.remove.clone()} label={ui.t(Text::Remove)}
                aria_label={ui.lang.named(ui.t(Text::Remove), &props.name)} quiet=true
                on_edit={props.on_edit.clone()} />
        </li>
    }
}

/// The classes `base` and `extra`, for the `className` property. Not a
/// `class={...}` attribute: for any but a literal, Yew builds a `Classes`
/// (an ordered hash set) at each render, and its code weighs about 2 KB
/// gzip in the first module.
fn with_class(base: &'static str, extra: &str) -> JsValue {
    if extra.is_empty() {
        JsValue::from_str(base)
    } else {
        JsValue::from_str(&format!("{base} {extra}"))
    }
}
