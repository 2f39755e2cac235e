use super::check_field::CheckField;
use super::context::use_ui;
use super::date_field::DateField;
use super::edit_button::EditButton;
use super::step_props::Choices;
use super::text_field::TextField;
use crate::composer::Action;
use crate::i18n::Text;
use crate::plan::gaps::ADD_SERVICE;
use crate::plan::target::{DateSlot, DateTarget, TextSlot, TextTarget};
use crate::plan::{Edit, Objective};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ObjectiveEditorProps {
    pub objective: Objective,
    /// "Goal 2, objective 1", for labels.
    pub name: AttrValue,
    /// The plan's components, which an objective can name as its interventions.
    pub components: Choices,
    /// The catalog's entries not in the plan yet, as (catalog id, name):
    /// one can be added and named here at once.
    pub addable: Choices,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// One step toward a goal: how it is measured, its target and date, and
/// the services that serve it (one from the catalog can be added here).
#[function_component(ObjectiveEditor)]
pub fn objective_editor(props: &ObjectiveEditorProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let o = &props.objective;
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    let labelled = |label: &str| format!("{label} ({})", props.name);
    // The catalog entry chosen to add, until it is added.
    let chosen = use_state(String::new);
    let select = use_node_ref();
    let on_choose = use_callback(chosen.setter(), |e: Event, chosen| {
        chosen.set(e.target_unchecked_into::<HtmlSelectElement>().value());
    });
    let on_add = use_callback(
        (
            (*chosen).clone(),
            chosen.setter(),
            select.clone(),
            ui.catalog.clone(),
            ui.lang,
            o.id.clone(),
            on_edit.clone(),
        ),
        |_: MouseEvent, (chosen, set_chosen, select, catalog, lang, objective, on_edit)| {
            match catalog.entry(chosen) {
                Some(entry) => {
                    on_edit.emit(entry.add_edit_for(*lang, objective));
                    set_chosen.set(String::new());
                }
                // Nothing chosen yet: the list is where to choose.
                None => {
                    if let Some(select) = select.cast::<HtmlSelectElement>() {
                        let _ = select.focus();
                    }
                }
            }
        },
    );
    let add_id = ui.dom_id(&o.id, ADD_SERVICE);
    html! {
        <li class="pc-objective" data-item-id={o.id.clone()}>
            <div class="pc-row">
                <TextField target={TextTarget::of(TextSlot::Objective, o.id.clone())} value={o.statement.clone()}
                    label={props.name.clone()} id={ui.dom_id(&o.id, "statement")} name="objective"
                    on_edit={on_edit.clone()} on_action={on_action.clone()} />
                <DateField target={DateTarget::of(DateSlot::ObjectiveDue, o.id.clone())} value={o.due}
                    label={labelled(w.due)} id={ui.dom_id(&o.id, "due")}
                    on_edit={on_edit.clone()} />
            </div>
            <div class="pc-row">
                <TextField target={TextTarget::of(TextSlot::ObjectiveMeasure, o.id.clone())} value={o.measure.clone()}
                    label={labelled(w.measure)} id={ui.dom_id(&o.id, "measure")} name="objective-measure"
                    on_edit={on_edit.clone()} on_action={on_action.clone()} />
                <TextField target={TextTarget::of(TextSlot::ObjectiveTarget, o.id.clone())} value={o.target.clone()}
                    label={labelled(w.target)} id={ui.dom_id(&o.id, "target")} name="objective-target"
                    on_edit={on_edit.clone()} on_action={on_action.clone()} />
            </div>
            <fieldset class="pc-checks">
                <legend>{w.interventions}</legend>
                if props.components.is_empty() {
                    <p class="pc-hint">{w.no_components_yet}</p>
                }
                { for props.components.iter().map(|(id, name)| {
                    let linked = o.interventions.contains(id);
                    html! {
                        <CheckField key={id.clone()} checked={linked} label={name.clone()}
                            id={ui.dom_id(&o.id, &format!("i-{id}"))}
                            on={Edit::LinkIntervention { objective: o.id.clone(), component: id.clone() }}
                            off={Edit::UnlinkIntervention { objective: o.id.clone(), component: id.clone() }}
                            on_edit={on_edit.clone()} />
                    }
                }) }
                if !props.addable.is_empty() {
                    <div class="pc-row pc-add-service">
                        <div class="pc-field pc-field-choice">
                            <label for={add_id.clone()}>{labelled(w.add_service_for_step)}</label>
                            <select id={add_id} class="pc-select" ref={select} onchange={on_choose}>
                                <option key="" value="" selected={chosen.is_empty()}>{w.choose_service}</option>
                                { for props.addable.iter().map(|(id, name)| html! {
                                    <option key={id.clone()} value={id.clone()} selected={*chosen == *id}>{name.clone()}</option>
                                }) }
                            </select>
                        </div>
                        <button type="button" class="pc-button" onclick={on_add}
                            aria-label={ui.lang.named(w.add_and_link, &props.name)}>{w.add_and_link}</button>
                    </div>
                }
            </fieldset>
            <div class="pc-actions">
                <EditButton edit={Edit::RemoveObjective { id: o.id.clone() }} label={ui.t(Text::Remove)}
                    aria_label={ui.lang.named(ui.t(Text::Remove), &props.name)} quiet=true
                    on_edit={on_edit.clone()} />
            </div>
        </li>
    }
}
