use super::context::use_ui;
use super::edit_button::EditButton;
use super::text_field::TextField;
use crate::composer::Action;
use crate::i18n::Text;
use crate::plan::edit::TextList as ListKind;
use crate::plan::target::TextTarget;
use crate::plan::{Edit, TextItem};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextListProps {
    pub list: ListKind,
    pub items: Vec<TextItem>,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// A list of short answers (strengths, triggers, ways to cope), one per row.
#[function_component(TextList)]
pub fn text_list(props: &TextListProps) -> Html {
    let ui = use_ui();
    let title = ui.lang.words().text_list(props.list);
    let heading = ui.dom_id(list_key(props.list), "heading");
    html! {
        <fieldset class="pc-list" aria-labelledby={heading.clone()}>
            <legend id={heading}>{title}</legend>
            <ul class="pc-rows">
                { for props.items.iter().enumerate().map(|(i, item)| {
                    let label = format!("{title} {}", i + 1);
                    html! {
                        <li key={item.id.clone()} class="pc-row pc-row-item" data-item-id={item.id.clone()}>
                            <TextField target={TextTarget::TextItem { list: props.list, id: item.id.clone() }}
                                value={item.text.clone()} label={label.clone()}
                                id={ui.dom_id(&item.id, "text")}
                                on_edit={props.on_edit.clone()} on_action={props.on_action.clone()} />
                            <EditButton edit={Edit::RemoveTextItem { list: props.list, id: item.id.clone() }}
                                label={ui.t(Text::Remove)} aria_label={format!("{}: {label}", ui.t(Text::Remove))}
                                quiet=true on_edit={props.on_edit.clone()} />
                        </li>
                    }
                }) }
            </ul>
            <EditButton edit={Edit::AddTextItem { list: props.list, text: String::new() }}
                label={ui.t(Text::Add)} aria_label={format!("{}: {title}", ui.t(Text::Add))}
                on_edit={props.on_edit.clone()} />
        </fieldset>
    }
}

fn list_key(list: ListKind) -> &'static str {
    match list {
        ListKind::Strengths => "strengths",
        ListKind::Preferences => "preferences",
        ListKind::AssessmentTriggers => "triggers",
        ListKind::ExternalTriggers => "external-triggers",
        ListKind::InternalTriggers => "internal-triggers",
        ListKind::WarningSigns => "warning-signs",
        ListKind::CopingStrategies => "coping",
    }
}
