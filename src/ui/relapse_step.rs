use super::context::use_ui;
use super::edit_button::EditButton;
use super::step_props::StepProps;
use super::text_field::TextField;
use super::text_list::TextList;
use crate::i18n::Text;
use crate::plan::edit::{ContactField, CrisisLineField, TextList as ListKind};
use crate::plan::target::TextTarget;
use crate::plan::Edit;
use yew::prelude::*;

/// Step 6: what sets off use, the early signs, what helps, who to call,
/// and what to do after a lapse.
#[function_component(RelapseStep)]
pub fn relapse_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let rp = &props.plan.relapse_prevention;
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    let list = |kind: ListKind, items: &Vec<crate::plan::TextItem>| {
        html! {
            <TextList list={kind} items={items.clone()} on_edit={on_edit.clone()} on_action={on_action.clone()} />
        }
    };
    html! {
        <>
            <div class="pc-grid pc-grid-wide">
                { list(ListKind::ExternalTriggers, &rp.external_triggers) }
                { list(ListKind::InternalTriggers, &rp.internal_triggers) }
                { list(ListKind::WarningSigns, &rp.warning_signs) }
                { list(ListKind::CopingStrategies, &rp.coping_strategies) }
            </div>

            <fieldset class="pc-list">
                <legend>{w.contacts}</legend>
                <ul class="pc-rows">
                    { for rp.contacts.iter().enumerate().map(|(i, c)| {
                        let n = i + 1;
                        let field = |field: ContactField, value: &str, label: &'static str, part: &'static str| html! {
                            <TextField target={TextTarget::Contact { id: c.id.clone(), field }} value={value.to_owned()}
                                label={format!("{label} ({n})")} id={ui.dom_id(&c.id, part)} name={part}
                                phone={field == ContactField::Phone}
                                on_edit={on_edit.clone()} on_action={on_action.clone()} />
                        };
                        html! {
                            <li key={c.id.clone()} class="pc-row pc-row-item" data-item-id={c.id.clone()}>
                                { field(ContactField::Name, &c.name, w.contact_name, "name") }
                                { field(ContactField::Relation, &c.relation, w.relation, "relation") }
                                { field(ContactField::Phone, &c.phone, w.phone, "phone") }
                                <EditButton edit={Edit::RemoveContact { id: c.id.clone() }} label={ui.t(Text::Remove)}
                                    aria_label={format!("{}: {} ({n})", ui.t(Text::Remove), w.contacts)} quiet=true
                                    on_edit={on_edit.clone()} />
                            </li>
                        }
                    }) }
                </ul>
                <EditButton edit={Edit::AddContact { name: String::new() }} label={ui.t(Text::Add)}
                    aria_label={format!("{}: {}", ui.t(Text::Add), w.contacts)} on_edit={on_edit.clone()} />
            </fieldset>

            <TextField target={TextTarget::LapsePlan} value={rp.lapse_plan.clone()} label={w.lapse_plan}
                hint={AttrValue::from(ui.t(Text::LapsePlanHint))}
                id={ui.dom_id("relapse", "lapse-plan")} multiline=true name="lapse_plan"
                on_edit={on_edit.clone()} on_action={on_action.clone()} />

            <fieldset class="pc-list pc-crisis">
                <legend>{w.crisis_lines}</legend>
                <ul class="pc-rows">
                    { for rp.crisis_lines.iter().enumerate().map(|(i, c)| {
                        let n = i + 1;
                        html! {
                            <li key={c.id.clone()} class="pc-row pc-row-item" data-item-id={c.id.clone()}>
                                <TextField target={TextTarget::CrisisLine { id: c.id.clone(), field: CrisisLineField::Name }}
                                    value={c.name.clone()} label={format!("{} ({n})", w.crisis_line_name)}
                                    id={ui.dom_id(&c.id, "name")} on_edit={on_edit.clone()} on_action={on_action.clone()} />
                                <TextField target={TextTarget::CrisisLine { id: c.id.clone(), field: CrisisLineField::Number }}
                                    value={c.number.clone()} label={format!("{} ({n})", w.crisis_line_number)}
                                    id={ui.dom_id(&c.id, "number")} phone=true
                                    on_edit={on_edit.clone()} on_action={on_action.clone()} />
                                <EditButton edit={Edit::RemoveCrisisLine { id: c.id.clone() }} label={ui.t(Text::Remove)}
                                    aria_label={format!("{}: {} ({n})", ui.t(Text::Remove), w.crisis_lines)} quiet=true
                                    on_edit={on_edit.clone()} />
                            </li>
                        }
                    }) }
                </ul>
                <EditButton edit={Edit::AddCrisisLine { name: String::new(), number: String::new() }}
                    label={ui.t(Text::Add)} aria_label={format!("{}: {}", ui.t(Text::Add), w.crisis_lines)}
                    on_edit={on_edit.clone()} />
            </fieldset>
        </>
    }
}
