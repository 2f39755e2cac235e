use super::check_field::CheckField;
use super::context::use_ui;
use super::date_field::DateField;
use super::edit_button::EditButton;
use super::step_props::Choices;
use super::text_field::TextField;
use crate::composer::Action;
use crate::i18n::Text;
use crate::plan::target::{DateSlot, DateTarget, TextSlot, TextTarget};
use crate::plan::{Edit, Objective};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ObjectiveEditorProps {
    pub objective: Objective,
    /// "Goal 2, objective 1", for labels.
    pub name: AttrValue,
    /// The plan's components, which an objective can name as its interventions.
    pub components: Choices,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// One step toward a goal, its date, and the services that serve it.
#[function_component(ObjectiveEditor)]
pub fn objective_editor(props: &ObjectiveEditorProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let o = &props.objective;
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    html! {
        <li class="pc-objective" data-item-id={o.id.clone()}>
            <div class="pc-row">
                <TextField target={TextTarget::of(TextSlot::Objective, o.id.clone())} value={o.statement.clone()}
                    label={props.name.clone()} id={ui.dom_id(&o.id, "statement")} name="objective"
                    on_edit={on_edit.clone()} on_action={on_action.clone()} />
                <DateField target={DateTarget::of(DateSlot::ObjectiveDue, o.id.clone())} value={o.due}
                    label={format!("{} ({})", w.due, props.name)} id={ui.dom_id(&o.id, "due")}
                    on_edit={on_edit.clone()} />
            </div>
            <fieldset class="pc-checks">
                <legend>{w.interventions}</legend>
                if props.components.is_empty() {
                    <p class="pc-hint">{ui.t(Text::NoComponentsYet)}</p>
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
            </fieldset>
            <div class="pc-actions">
                <EditButton edit={Edit::RemoveObjective { id: o.id.clone() }} label={ui.t(Text::Remove)}
                    aria_label={ui.lang.named(ui.t(Text::Remove), &props.name)} quiet=true
                    on_edit={on_edit.clone()} />
            </div>
        </li>
    }
}
