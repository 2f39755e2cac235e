use super::context::use_ui;
use crate::i18n::Text;
use crate::plan::Edit;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TemplatePickerProps {
    pub on_edit: Callback<Edit>,
}

/// Starts a goal from a template of the catalog. The placeholders ({n},
/// {date}...) stay for the person to make the goal their own; the coach
/// flags a goal left exactly as its template.
#[function_component(TemplatePicker)]
pub fn template_picker(props: &TemplatePickerProps) -> Html {
    let ui = use_ui();
    let lang = ui.lang;
    let chosen = use_state(String::new);
    let onchange = use_callback(chosen.setter(), |e: Event, chosen| {
        chosen.set(e.target_unchecked_into::<HtmlSelectElement>().value());
    });
    let onsubmit = use_callback(
        (
            (*chosen).clone(),
            lang,
            props.on_edit.clone(),
            chosen.setter(),
            ui.catalog.clone(),
        ),
        |e: SubmitEvent, (id, lang, on_edit, chosen, catalog)| {
            e.prevent_default();
            if let Some(template) = catalog.template(id) {
                on_edit.emit(Edit::AddGoal {
                    statement: template.text.get(*lang).to_owned(),
                    template_id: Some(template.id.clone()),
                });
                chosen.set(String::new());
            }
        },
    );
    let catalog = &ui.catalog;
    let id = ui.dom_id("plan", "template");
    html! {
        <form class="pc-add" {onsubmit}>
            <div class="pc-field">
                <label for={id.clone()}>{ui.t(Text::StartFromTemplate)}</label>
                <select {id} class="pc-select pc-select-wide" {onchange}>
                    <option key="" value="" selected={chosen.is_empty()}>{ui.t(Text::ChooseTemplate)}</option>
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
            <button type="submit" class="pc-button" disabled={chosen.is_empty()}>{ui.t(Text::UseTemplate)}</button>
        </form>
    }
}
