use super::context::use_ui;
use crate::i18n::Text;
use crate::plan::catalog::default_catalog;
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
        ),
        |e: SubmitEvent, (id, lang, on_edit, chosen)| {
            e.prevent_default();
            if let Some(template) = default_catalog().template(id) {
                on_edit.emit(Edit::AddGoal {
                    statement: template.text.get(*lang).to_owned(),
                    template_id: Some(template.id.clone()),
                });
                chosen.set(String::new());
            }
        },
    );
    let catalog = default_catalog();
    let id = ui.dom_id("plan", "template");
    html! {
        <form class="pc-add" {onsubmit}>
            <div class="pc-field">
                <label for={id.clone()}>{ui.t(Text::StartFromTemplate)}</label>
                <select {id} class="pc-select pc-select-wide" {onchange}>
                    <option key="" value="" selected={chosen.is_empty()}>{ui.t(Text::ChooseTemplate)}</option>
                    { for catalog.templates.iter().map(|t| {
                        let component = catalog.entry(&t.component).map(|e| e.name.get(lang)).unwrap_or_default();
                        html! {
                            <option key={t.id.clone()} value={t.id.clone()} selected={*chosen == t.id}>
                                {format!("{component}: {}", t.text.get(lang))}
                            </option>
                        }
                    }) }
                </select>
            </div>
            <button type="submit" class="pc-button" disabled={chosen.is_empty()}>{ui.t(Text::UseTemplate)}</button>
        </form>
    }
}
