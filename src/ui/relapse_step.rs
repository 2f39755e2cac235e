use super::context::use_ui;
use super::edit_button::EditButton;
use super::row_list::{Row, RowList};
use super::step_props::StepProps;
use super::text_field::TextField;
use super::text_list::TextList;
use crate::plan::edit::{ContactField, CrisisLineField, TextList as ListKind};
use crate::plan::suggest::triggers_to_offer;
use crate::plan::target::{TextSlot, TextTarget};
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
    // Triggers the assessment found, offered so nobody types them twice.
    let offered = triggers_to_offer(&props.plan);
    let add = |list: ListKind, text: &str| Edit::AddTextItem {
        list,
        text: text.to_owned(),
    };
    html! {
        <>
            if !offered.is_empty() {
                <section class="pc-offer" aria-labelledby={ui.dom_id("relapse", "offered")}>
                    <h4 id={ui.dom_id("relapse", "offered")}>{w.triggers_from_assessment}</h4>
                    <ul class="pc-rows">
                        { for offered.iter().map(|t| html! {
                            <li key={t.id.clone()} class="pc-offered" data-item-id={t.id.clone()}>
                                <span>{t.text.clone()}</span>
                                <EditButton edit={add(ListKind::ExternalTriggers, &t.text)} label={w.add_as_outside_trigger}
                                    aria_label={format!("{}: {}", w.add_as_outside_trigger, t.text)} on_edit={on_edit.clone()} />
                                <EditButton edit={add(ListKind::InternalTriggers, &t.text)} label={w.add_as_inside_trigger}
                                    aria_label={format!("{}: {}", w.add_as_inside_trigger, t.text)} on_edit={on_edit.clone()} />
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <div class="pc-grid pc-grid-wide">
                { list(ListKind::ExternalTriggers, &rp.external_triggers) }
                { list(ListKind::InternalTriggers, &rp.internal_triggers) }
                { list(ListKind::WarningSigns, &rp.warning_signs) }
                { list(ListKind::CopingStrategies, &rp.coping_strategies) }
            </div>

            <RowList title={w.contacts} add={Edit::AddContact { name: String::new() }} on_edit={on_edit.clone()}>
                { for rp.contacts.iter().enumerate().map(|(i, c)| {
                    let n = i + 1;
                    let field = |field: ContactField, value: &str, label: &'static str, part: &'static str| html! {
                        <TextField target={TextTarget::of(TextSlot::Contact(field), c.id.clone())} value={value.to_owned()}
                            label={ui.lang.numbered(label, n)} id={ui.dom_id(&c.id, part)} name={part}
                            phone={field == ContactField::Phone}
                            on_edit={on_edit.clone()} on_action={on_action.clone()} />
                    };
                    html! {
                        <Row key={c.id.clone()} id={c.id.clone()} name={ui.lang.numbered(w.contacts, n)}
                            remove={Edit::RemoveContact { id: c.id.clone() }} on_edit={on_edit.clone()}>
                            { field(ContactField::Name, &c.name, w.contact_name, "name") }
                            { field(ContactField::Relation, &c.relation, w.relation, "relation") }
                            { field(ContactField::Phone, &c.phone, w.phone, "phone") }
                        </Row>
                    }
                }) }
            </RowList>

            <TextField target={TextTarget::from(TextSlot::LapsePlan)} value={rp.lapse_plan.clone()} label={w.lapse_plan}
                hint={AttrValue::from(w.lapse_plan_hint)}
                id={ui.dom_id("relapse", "lapse-plan")} multiline=true name="lapse_plan"
                on_edit={on_edit.clone()} on_action={on_action.clone()} />

            <RowList title={w.crisis_lines} class="pc-crisis"
                add={Edit::AddCrisisLine { name: String::new(), number: String::new() }} on_edit={on_edit.clone()}>
                { for rp.crisis_lines.iter().enumerate().map(|(i, c)| {
                    let n = i + 1;
                    html! {
                        <Row key={c.id.clone()} id={c.id.clone()} name={ui.lang.numbered(w.crisis_lines, n)}
                            remove={Edit::RemoveCrisisLine { id: c.id.clone() }} on_edit={on_edit.clone()}>
                            <TextField target={TextTarget::of(TextSlot::CrisisLine(CrisisLineField::Name), c.id.clone())}
                                value={c.name.clone()} label={ui.lang.numbered(w.crisis_line_name, n)}
                                id={ui.dom_id(&c.id, "name")} on_edit={on_edit.clone()} on_action={on_action.clone()} />
                            <TextField target={TextTarget::of(TextSlot::CrisisLine(CrisisLineField::Number), c.id.clone())}
                                value={c.number.clone()} label={ui.lang.numbered(w.crisis_line_number, n)}
                                id={ui.dom_id(&c.id, "number")} phone=true
                                on_edit={on_edit.clone()} on_action={on_action.clone()} />
                        </Row>
                    }
                }) }
            </RowList>
        </>
    }
}
