use super::context::use_ui;
use crate::plan::template::{self, BlankInput, Part};
use crate::plan::Edit;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TemplatePickerProps {
    pub on_edit: Callback<Edit>,
}

/// Starts a goal from a template of the catalog. The chosen template's
/// sentence shows each blank ({n}, {date}...) as a labelled input in its
/// place; "Use this goal" (or Enter) adds the goal with them filled in
/// (`template::fill`). A blank left empty stays in the goal as written, and
/// the coach flags it.
#[function_component(TemplatePicker)]
pub fn template_picker(props: &TemplatePickerProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let lang = ui.lang;
    let chosen = use_state(String::new);
    // What is typed in each blank, in order (a date input's value as ISO).
    let values = use_state(Vec::<String>::new);
    let onchange = use_callback(
        (chosen.setter(), values.setter()),
        |e: Event, (chosen, values)| {
            chosen.set(e.target_unchecked_into::<HtmlSelectElement>().value());
            values.set(Vec::new());
        },
    );
    let onsubmit = use_callback(
        (
            (*chosen).clone(),
            (*values).clone(),
            lang,
            props.on_edit.clone(),
            (chosen.setter(), values.setter()),
            ui.catalog.clone(),
        ),
        |e: SubmitEvent, (id, typed, lang, on_edit, (chosen, values), catalog)| {
            e.prevent_default();
            if let Some(t) = catalog.template(id) {
                on_edit.emit(Edit::AddGoal {
                    statement: lang.filled_template(t.text.get(*lang), typed),
                    template_id: Some(t.id.clone()),
                });
                chosen.set(String::new());
                values.set(Vec::new());
            }
        },
    );
    let catalog = &ui.catalog;
    let id = ui.dom_id("plan", "template");
    let hint_id = ui.dom_id("plan", "template-hint");
    // One handler for every blank: the input says which it is.
    let oninput = use_callback(values.clone(), |e: InputEvent, values| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let Some(i) = input
            .get_attribute("data-blank")
            .and_then(|i| i.parse::<usize>().ok())
        else {
            return;
        };
        let mut next = (**values).clone();
        if next.len() <= i {
            next.resize(i + 1, String::new());
        }
        next[i] = input.value();
        values.set(next);
    });
    let sentence = catalog
        .template(&chosen)
        .and_then(|t| template::parse(t.text.get(lang)).ok().map(|p| (t, p)))
        .map(|(t, parts)| {
            let mut n = 0;
            let pieces = parts.iter().enumerate().map(|(at, part)| match part {
                Part::Text(text) => html! { <span key={format!("t{at}")}>{*text}</span> },
                Part::Blank { blank, .. } => {
                    let i = n;
                    n += 1;
                    let input_id = ui.dom_id("plan", &format!("template-blank-{i}"));
                    let value = values.get(i).cloned().unwrap_or_default();
                    let (kind, mode) = match blank.input() {
                        BlankInput::Date => ("date", None),
                        BlankInput::Number => ("text", Some("numeric")),
                        BlankInput::Text => ("text", None),
                    };
                    html! {
                        <span key={format!("b{at}")} class="pc-blank">
                            <label for={input_id.clone()} class="pc-blank-label">{lang.blank_label(*blank)}</label>
                            <input id={input_id} type={kind} inputmode={mode} class="pc-input pc-blank-input"
                                aria-describedby={hint_id.clone()} data-blank={i.to_string()} {value}
                                oninput={oninput.clone()} />
                        </span>
                    }
                }
            });
            html! {
                <div class="pc-template-fill" key={t.id.clone()}>
                    <p id={hint_id.clone()} class="pc-hint">{lang.words().template_fill_hint}</p>
                    <p class="pc-template-sentence">{ for pieces }</p>
                </div>
            }
        });
    html! {
        <form class="pc-add pc-template" {onsubmit}>
            <div class="pc-field">
                <label for={id.clone()}>{w.start_from_template}</label>
                <select {id} class="pc-select pc-select-wide" {onchange}>
                    <option key="" value="" selected={chosen.is_empty()}>{w.choose_template}</option>
                    { for catalog.entries.iter().filter(|e| catalog.templates_for(&e.id).next().is_some()).map(|entry| html! {
                        <optgroup key={entry.id.clone()} label={entry.name.get(lang).to_owned()}>
                            { for catalog.templates_for(&entry.id).map(|t| html! {
                                <option key={t.id.clone()} value={t.id.clone()} selected={*chosen == t.id}>
                                    {t.text.get(lang)}
                                </option>
                            }) }
                        </optgroup>
                    }) }
                </select>
            </div>
            { sentence.unwrap_or_default() }
            <button type="submit" class="pc-button" disabled={chosen.is_empty()}>{w.use_template}</button>
        </form>
    }
}
