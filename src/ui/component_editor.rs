use super::context::use_ui;
use super::date_field::DateField;
use super::edit_button::EditButton;
use super::text_field::TextField;
use super::why_note::WhyNote;
use crate::composer::Action;
use crate::i18n::Text;
use crate::plan::edit::ComponentField;
use crate::plan::target::{DateSlot, DateTarget, TextSlot, TextTarget};
use crate::plan::{Component, Edit};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComponentEditorProps {
    pub component: Component,
    /// What the catalog asks for in "details", if it says.
    #[prop_or_default]
    pub details_label: Option<AttrValue>,
    /// The only setting this component is given in, if the catalog fixes one.
    #[prop_or_default]
    pub fixed_setting: Option<AttrValue>,
    /// Settings the catalog offers, e.g. where withdrawal care happens.
    #[prop_or_default]
    pub setting_options: Vec<AttrValue>,
    /// The goals this component serves (through their objectives).
    pub serves: Vec<String>,
    /// The people the plan names, offered for "who is responsible".
    #[prop_or_default]
    pub people: Vec<AttrValue>,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// A chosen service or support: how often, where, who, from when, and the
/// goals it serves.
#[function_component(ComponentEditor)]
pub fn component_editor(props: &ComponentEditorProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let c = &props.component;
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    let field = |field: ComponentField, value: &str, label: AttrValue, part: &'static str| {
        html! {
            <TextField target={TextTarget::of(TextSlot::Component(field), c.id.clone())} value={value.to_owned()}
                label={label} id={ui.dom_id(&c.id, part)} name={part}
                on_edit={on_edit.clone()} on_action={on_action.clone()} />
        }
    };
    let label = |words: &'static str| AttrValue::from(format!("{words} ({})", c.name));
    let details_label = props
        .details_label
        .clone()
        .map(|l| AttrValue::from(format!("{l} ({})", c.name)))
        .unwrap_or_else(|| label(w.details));
    // Educator mode: why this part of a plan matters.
    let why = ui
        .teaching
        .as_ref()
        .and_then(|t| t.notes.for_component(&c.catalog_id, ui.lang));
    html! {
        <div class="pc-card pc-component" data-item-id={c.id.clone()} data-catalog-id={c.catalog_id.clone()}>
            <h5>{c.name.clone()}</h5>
            if let Some(note) = why {
                <WhyNote why={note.why.to_owned()} basis={note.basis.to_owned()} />
            }
            <div class="pc-grid">
                { field(ComponentField::Details, &c.details, details_label, "details") }
                { field(ComponentField::Frequency, &c.frequency, label(w.frequency), "frequency") }
                if let Some(fixed) = &props.fixed_setting {
                    <div class="pc-field">
                        <span class="pc-label">{w.setting}</span>
                        <p class="pc-fixed" data-field="setting">{fixed.clone()}</p>
                    </div>
                } else {
                    <TextField target={TextTarget::of(TextSlot::Component(ComponentField::Setting), c.id.clone())}
                        value={c.setting.clone()} label={label(w.setting)} id={ui.dom_id(&c.id, "setting")}
                        name="setting" suggestions={props.setting_options.clone()}
                        on_edit={on_edit.clone()} on_action={on_action.clone()} />
                }
                <TextField target={TextTarget::of(TextSlot::Component(ComponentField::Responsible), c.id.clone())}
                    value={c.responsible.clone()} label={label(w.responsible)} id={ui.dom_id(&c.id, "responsible")}
                    name="responsible" suggestions={props.people.clone()}
                    on_edit={on_edit.clone()} on_action={on_action.clone()} />
                <DateField target={DateTarget::of(DateSlot::ComponentStart, c.id.clone())} value={c.start}
                    label={label(w.start)} id={ui.dom_id(&c.id, "start")} on_edit={on_edit.clone()} />
            </div>
            <p class="pc-serves">
                <strong>{format!("{}: ", w.serves_goals)}</strong>
                if props.serves.is_empty() {
                    <span class="pc-muted">{w.serves_no_goal_yet}</span>
                } else {
                    {props.serves.join("; ")}
                }
            </p>
            <div class="pc-actions">
                <EditButton edit={Edit::RemoveComponent { id: c.id.clone() }} label={ui.t(Text::Remove)}
                    aria_label={ui.lang.named(ui.t(Text::Remove), &c.name)} quiet=true on_edit={on_edit.clone()} />
            </div>
        </div>
    }
}
