use super::context::use_ui;
use crate::composer::Action;
use crate::plan::{Edit, Progress, ProgressStatus};
use strum::VariantArray;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressFieldProps {
    /// The goal's or objective's id.
    pub item: AttrValue,
    /// What it is, for the labels ("Goal 1: …").
    pub name: AttrValue,
    pub progress: Option<Progress>,
    pub on_action: Callback<Action>,
}

/// How a goal or objective is going, noted for the review under way: a
/// choice and a note (saved when the note is left, so undo is one step).
#[function_component(ProgressField)]
pub fn progress_field(props: &ProgressFieldProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let status = props.progress.as_ref().map(|p| p.status);
    let note = props
        .progress
        .as_ref()
        .map(|p| p.note.clone())
        .unwrap_or_default();
    let on_status = use_callback(
        (props.item.clone(), note.clone(), props.on_action.clone()),
        |e: Event, (item, note, on_action)| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let status = value
                .parse::<usize>()
                .ok()
                .and_then(|i| ProgressStatus::VARIANTS.get(i).copied());
            on_action.emit(Action::Edit(Edit::SetProgress {
                item: item.to_string(),
                progress: status.map(|s| (s, note.clone())),
            }));
        },
    );
    let on_note = use_callback(
        (props.item.clone(), status, props.on_action.clone()),
        |e: Event, (item, status, on_action)| {
            let note = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(status) = status {
                on_action.emit(Action::Edit(Edit::SetProgress {
                    item: item.to_string(),
                    progress: Some((*status, note.trim().to_owned())),
                }));
            }
        },
    );
    let id = |part: &str| ui.dom_id(&props.item, part);
    html! {
        <div class="pc-progress pc-row">
            <div class="pc-field pc-field-choice">
                <label for={id("progress")}>{ui.lang.named(w.progress, &props.name)}</label>
                <select id={id("progress")} class="pc-select" onchange={on_status}>
                    <option value="" selected={status.is_none()}>{w.progress_not_noted}</option>
                    { for ProgressStatus::VARIANTS.iter().enumerate().map(|(i, s)| html! {
                        <option key={i} value={i.to_string()} selected={status == Some(*s)}>{w.progress_status(*s)}</option>
                    }) }
                </select>
            </div>
            <div class="pc-field">
                <label for={id("progress-note")}>{ui.lang.named(w.progress_note, &props.name)}</label>
                <input id={id("progress-note")} class="pc-input" type="text" autocomplete="off"
                    value={note} disabled={status.is_none()} onchange={on_note} />
            </div>
        </div>
    }
}
