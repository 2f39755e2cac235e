use super::choice_field::ChoiceField;
use super::context::use_ui;
use super::edit_button::EditButton;
use super::step_props::StepProps;
use super::text_field::TextField;
use super::text_list::TextList;
use crate::i18n::Text;
use crate::plan::edit::{CareTeamField, PersonField, TextList as ListKind};
use crate::plan::target::{ChoiceTarget, TextTarget, ROLES};
use crate::plan::{ContributorRole, Edit};
use yew::prelude::*;

/// Step 1: who the person is, what they are good at, how they like to work,
/// and who is making the plan with them.
#[function_component(PersonStep)]
pub fn person_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
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
            { text(TextTarget::Title, &plan.title, w.plan_title, "title") }
            <div class="pc-grid">
                { text(TextTarget::Person(PersonField::PreferredName), &person.preferred_name, w.preferred_name, "name") }
                { text(TextTarget::Person(PersonField::Pronouns), &person.pronouns, w.pronouns, "pronouns") }
                { text(TextTarget::Person(PersonField::Language), &person.language, w.language, "language") }
                { text(TextTarget::Person(PersonField::CultureIdentity), &person.culture_identity, w.culture_identity, "culture") }
            </div>
            <TextList list={ListKind::Strengths} items={person.strengths.clone()}
                on_edit={on_edit.clone()} on_action={on_action.clone()} />
            <TextList list={ListKind::Preferences} items={person.preferences.clone()}
                on_edit={on_edit.clone()} on_action={on_action.clone()} />

            <fieldset class="pc-list">
                <legend>{w.contributors}</legend>
                <ul class="pc-rows">
                    { for plan.contributors.iter().enumerate().map(|(i, c)| {
                        let n = i + 1;
                        html! {
                            <li key={c.id.clone()} class="pc-row pc-row-item" data-item-id={c.id.clone()}>
                                <TextField target={TextTarget::ContributorName { id: c.id.clone() }}
                                    value={c.name.clone()} label={format!("{} {n}", w.contributor_name)}
                                    id={ui.dom_id(&c.id, "name")}
                                    on_edit={on_edit.clone()} on_action={on_action.clone()} />
                                <ChoiceField target={ChoiceTarget::ContributorRole { id: c.id.clone() }}
                                    selected={Some(c.role as usize)} options={roles.clone()}
                                    label={format!("{} {n}", w.contributor_role)} id={ui.dom_id(&c.id, "role")}
                                    on_edit={on_edit.clone()} />
                                <EditButton edit={Edit::RemoveContributor { id: c.id.clone() }}
                                    label={ui.t(Text::Remove)}
                                    aria_label={format!("{}: {} {n}", ui.t(Text::Remove), w.contributor_name)}
                                    quiet=true on_edit={on_edit.clone()} />
                            </li>
                        }
                    }) }
                </ul>
                <EditButton edit={Edit::AddContributor { name: String::new(), role: ContributorRole::Person }}
                    label={ui.t(Text::Add)} aria_label={format!("{}: {}", ui.t(Text::Add), w.contributors)}
                    on_edit={on_edit.clone()} />
            </fieldset>

            <fieldset class="pc-list">
                <legend>{w.care_team}</legend>
                <ul class="pc-rows">
                    { for plan.care_team.iter().enumerate().map(|(i, m)| {
                        let n = i + 1;
                        let field = |field: CareTeamField, value: &str, label: &'static str, part: &str| html! {
                            <TextField target={TextTarget::CareTeam { id: m.id.clone(), field }}
                                value={value.to_owned()} label={format!("{label} {n}")}
                                id={ui.dom_id(&m.id, part)}
                                on_edit={on_edit.clone()} on_action={on_action.clone()} />
                        };
                        html! {
                            <li key={m.id.clone()} class="pc-row pc-row-item" data-item-id={m.id.clone()}>
                                { field(CareTeamField::Name, &m.name, w.member_name, "name") }
                                { field(CareTeamField::Role, &m.role, w.member_role, "role") }
                                { field(CareTeamField::Contact, &m.contact, w.member_contact, "contact") }
                                <EditButton edit={Edit::RemoveCareTeamMember { id: m.id.clone() }}
                                    label={ui.t(Text::Remove)}
                                    aria_label={format!("{}: {} {n}", ui.t(Text::Remove), w.care_team)}
                                    quiet=true on_edit={on_edit.clone()} />
                            </li>
                        }
                    }) }
                </ul>
                <EditButton edit={Edit::AddCareTeamMember { name: String::new(), role: String::new() }}
                    label={ui.t(Text::Add)} aria_label={format!("{}: {}", ui.t(Text::Add), w.care_team)}
                    on_edit={on_edit.clone()} />
            </fieldset>
        </>
    }
}
