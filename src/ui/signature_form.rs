use super::context::use_ui;
use crate::export::identity::Identity;
use crate::plan::target::SIGNER_ROLES;
use crate::plan::{Edit, PlanDate, SignerRole};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SignatureFormProps {
    /// The names offered for each role (the people the plan names).
    #[prop_or_default]
    pub signers: Rc<Vec<(SignerRole, Vec<String>)>>,
    pub on_edit: Callback<Edit>,
}

#[derive(Clone, PartialEq)]
struct Draft {
    name: String,
    role: SignerRole,
    credentials: String,
    date: String,
}

impl Draft {
    fn new(today: Option<PlanDate>) -> Self {
        Self {
            name: String::new(),
            role: SignerRole::Person,
            credentials: String::new(),
            date: today.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

impl Draft {
    /// The draft with `role` chosen: choosing the clinician fills the name
    /// and credentials the host page gave for the signed-in clinician where
    /// they are empty, and choosing another role takes back what was filled
    /// in that way and not changed.
    fn with_role(mut self, role: SignerRole, identity: &Identity) -> Self {
        let (name, credentials) = (&identity.clinician_name, &identity.clinician_credentials);
        if role == SignerRole::Clinician {
            if self.name.is_empty() {
                self.name.clone_from(name);
            }
            if self.credentials.is_empty() {
                self.credentials.clone_from(credentials);
            }
        } else if self.role == SignerRole::Clinician {
            if self.name == *name {
                self.name.clear();
            }
            if self.credentials == *credentials {
                self.credentials.clear();
            }
        }
        self.role = role;
        self
    }
}

/// The time of day on this device's clock, "14:05".
fn clock_time() -> String {
    let now = js_sys::Date::new_0();
    format!("{:02}:{:02}", now.get_hours(), now.get_minutes())
}

/// A typed signature: name, role, credentials and date (today unless
/// changed); the time comes from the clock, and the revision it signs is
/// stamped by the plan.
#[function_component(SignatureForm)]
pub fn signature_form(props: &SignatureFormProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let draft = use_state(|| Draft::new(ui.today));
    let problem = use_state(|| false);
    let on_name = use_callback(draft.clone(), |e: InputEvent, draft| {
        let mut next = (**draft).clone();
        next.name = e.target_unchecked_into::<HtmlInputElement>().value();
        draft.set(next);
    });
    let on_role = use_callback(
        (draft.clone(), ui.identity.clone()),
        |e: Event, (draft, identity)| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(role) = value
                .parse::<usize>()
                .ok()
                .and_then(|i| SIGNER_ROLES.get(i))
            {
                draft.set((**draft).clone().with_role(*role, identity));
            }
        },
    );
    let on_credentials = use_callback(draft.clone(), |e: InputEvent, draft| {
        let mut next = (**draft).clone();
        next.credentials = e.target_unchecked_into::<HtmlInputElement>().value();
        draft.set(next);
    });
    let on_date = use_callback(draft.clone(), |e: InputEvent, draft| {
        let mut next = (**draft).clone();
        next.date = e.target_unchecked_into::<HtmlInputElement>().value();
        draft.set(next);
    });
    let onsubmit = use_callback(
        (
            draft.clone(),
            problem.setter(),
            props.on_edit.clone(),
            ui.today,
        ),
        |e: SubmitEvent, (draft, problem, on_edit, today)| {
            e.prevent_default();
            let name = draft.name.trim();
            match PlanDate::parse(draft.date.trim()) {
                Ok(date) if !name.is_empty() => {
                    on_edit.emit(Edit::AddSignature {
                        name: name.to_owned(),
                        role: draft.role,
                        credentials: draft.credentials.trim().to_owned(),
                        date,
                        time: clock_time(),
                    });
                    problem.set(false);
                    draft.set(Draft::new(*today));
                }
                _ => problem.set(true),
            }
        },
    );
    let id = |part: &str| ui.dom_id("signature", part);
    html! {
        <form class="pc-add" {onsubmit} aria-describedby={id("problem")}>
            <div class="pc-field">
                <label for={id("name")}>{w.signature_name}</label>
                <input id={id("name")} class="pc-input" type="text" autocomplete="off"
                    list={id("names")} value={draft.name.clone()} oninput={on_name} />
                // The people the plan names, those in the chosen role first.
                <datalist id={id("names")}>
                    { for props.signers.iter().filter(|(r, _)| *r == draft.role).flat_map(|(_, names)| names)
                        .map(|n| html! { <option key={n.clone()} value={n.clone()} /> }) }
                </datalist>
            </div>
            <div class="pc-field pc-field-choice">
                <label for={id("role")}>{w.signature_role}</label>
                <select id={id("role")} class="pc-select" onchange={on_role}>
                    { for SIGNER_ROLES.iter().enumerate().map(|(i, role)| html! {
                        <option key={i} value={i.to_string()} selected={*role == draft.role}>
                            {w.signer_role(*role)}
                        </option>
                    }) }
                </select>
            </div>
            <div class="pc-field">
                <label for={id("credentials")}>{w.signature_credentials}</label>
                <input id={id("credentials")} class="pc-input" type="text" autocomplete="off"
                    value={draft.credentials.clone()} oninput={on_credentials} />
            </div>
            <div class="pc-field pc-field-date">
                <label for={id("date")}>{w.signature_date}</label>
                <input id={id("date")} class="pc-input" type="date" value={draft.date.clone()} oninput={on_date} />
            </div>
            <button type="submit" class="pc-button pc-button-primary">{w.sign}</button>
            <p id={id("problem")} class="pc-form-problem" role="alert">
                if *problem { {w.signature_needs_name_and_date} }
            </p>
        </form>
    }
}
