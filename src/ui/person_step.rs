use super::choice_field::ChoiceField;
use super::context::use_ui;
use super::date_field::DateField;
use super::row_list::{Row, RowList};
use super::step_props::StepProps;
use super::text_field::TextField;
use super::text_list::TextList;
use crate::plan::edit::{CareTeamField, PersonField, TextList as ListKind};
use crate::plan::target::{
    ChoiceSlot, ChoiceTarget, DateSlot, DateTarget, TextSlot, TextTarget, ROLES,
};
use crate::plan::{ContributorRole, Edit};
use yew::prelude::*;

/// Step 1: who the person is, what they are good at, how they like to work,
/// and who is making the plan with them.
#[function_component(PersonStep)]
pub fn person_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.messages();
    let plan = &props.plan;
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    let person = &plan.person;
    let text = |target: TextTarget, value: &str, label: &'static str, part: &str| {
        html! {
            <TextField {target} value={value.to_owned()} {label} id={ui.dom_id("person", part)}
                on_edit={on_edit.clone()} on_action={on_action.clone()} />
        }
    };
    let roles: Vec<&'static str> = ROLES.iter().map(|r| w.role(*r)).collect();
    html! {
        <>
            { text(TextTarget::from(TextSlot::Title), &plan.title, w.plan_title, "title") }
            <div class="pc-grid">
                <DateField target={DateTarget::from(DateSlot::PlanEffective)} value={plan.effective_date}
                    label={w.effective_date} id={ui.dom_id("plan", "effective")} on_edit={on_edit.clone()} />
                <DateField target={DateTarget::from(DateSlot::PlanTarget)} value={plan.target_date}
                    label={w.target_date} id={ui.dom_id("plan", "target")} on_edit={on_edit.clone()} />
            </div>
            <div class="pc-grid">
                { text(TextTarget::from(TextSlot::Person(PersonField::PreferredName)), &person.preferred_name, w.preferred_name, "name") }
                { text(TextTarget::from(TextSlot::Person(PersonField::Pronouns)), &person.pronouns, w.pronouns, "pronouns") }
                { text(TextTarget::from(TextSlot::Person(PersonField::Language)), &person.language, w.language, "language") }
                { text(TextTarget::from(TextSlot::Person(PersonField::CultureIdentity)), &person.culture_identity, w.culture_identity, "culture") }
            </div>
            <TextList list={ListKind::Strengths} items={person.strengths.clone()}
                on_edit={on_edit.clone()} on_action={on_action.clone()} />
            <TextList list={ListKind::Preferences} items={person.preferences.clone()}
                on_edit={on_edit.clone()} on_action={on_action.clone()} />

            <RowList title={w.contributors} add={Edit::AddContributor { name: String::new(), role: ContributorRole::Person }}
                on_edit={on_edit.clone()}>
                { for plan.contributors.iter().enumerate().map(|(i, c)| {
                    let n = i + 1;
                    html! {
                        <Row key={c.id.clone()} id={c.id.clone()} name={ui.lang.numbered(w.contributor_name, n)}
                            remove={Edit::RemoveContributor { id: c.id.clone() }} on_edit={on_edit.clone()}>
                            <TextField target={TextTarget::of(TextSlot::ContributorName, c.id.clone())}
                                value={c.name.clone()} label={ui.lang.numbered(w.contributor_name, n)}
                                id={ui.dom_id(&c.id, "name")}
                                on_edit={on_edit.clone()} on_action={on_action.clone()} />
                            <ChoiceField target={ChoiceTarget::of(ChoiceSlot::ContributorRole, c.id.clone())}
                                selected={Some(c.role as usize)} options={roles.clone()}
                                label={ui.lang.numbered(w.contributor_role, n)} id={ui.dom_id(&c.id, "role")}
                                on_edit={on_edit.clone()} />
                        </Row>
                    }
                }) }
            </RowList>

            <RowList title={w.care_team} add={Edit::AddCareTeamMember { name: String::new(), role: String::new() }}
                on_edit={on_edit.clone()}>
                { for plan.care_team.iter().enumerate().map(|(i, m)| {
                    let n = i + 1;
                    let field = |field: CareTeamField, value: &str, label: &'static str, part: &str| html! {
                        <TextField target={TextTarget::of(TextSlot::CareTeam(field), m.id.clone())}
                            value={value.to_owned()} label={ui.lang.numbered(label, n)}
                            id={ui.dom_id(&m.id, part)}
                            on_edit={on_edit.clone()} on_action={on_action.clone()} />
                    };
                    html! {
                        <Row key={m.id.clone()} id={m.id.clone()} name={ui.lang.numbered(w.care_team, n)}
                            remove={Edit::RemoveCareTeamMember { id: m.id.clone() }} on_edit={on_edit.clone()}>
                            { field(CareTeamField::Name, &m.name, w.member_name, "name") }
                            { field(CareTeamField::Role, &m.role, w.member_role, "role") }
                            { field(CareTeamField::Contact, &m.contact, w.member_contact, "contact") }
                        </Row>
                    }
                }) }
            </RowList>
        </>
    }
}
