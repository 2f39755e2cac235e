use super::context::use_ui;
use super::row_list::{Row, RowList};
use super::text_field::TextField;
use crate::composer::Action;
use crate::plan::edit::TextList as ListKind;
use crate::plan::target::{TextSlot, TextTarget};
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
    let title = ui.lang.messages().text_list(props.list);
    html! {
        <RowList title={title} add={Edit::AddTextItem { list: props.list, text: String::new() }}
            on_edit={props.on_edit.clone()}>
            { for props.items.iter().enumerate().map(|(i, item)| {
                let label = ui.lang.numbered(title, i + 1);
                html! {
                    <Row key={item.id.clone()} id={item.id.clone()} name={label.clone()}
                        remove={Edit::RemoveTextItem { list: props.list, id: item.id.clone() }}
                        on_edit={props.on_edit.clone()}>
                        <TextField target={TextTarget::of(TextSlot::TextItem(props.list), item.id.clone())}
                            value={item.text.clone()} {label} id={ui.dom_id(&item.id, "text")}
                            on_edit={props.on_edit.clone()} on_action={props.on_action.clone()} />
                    </Row>
                }
            }) }
        </RowList>
    }
}
