use super::context::use_ui;
use crate::i18n::Text;
use crate::plan::{Edit, PlanDate};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SignatureFormProps {
    pub on_edit: Callback<Edit>,
}

#[derive(Clone, PartialEq, Default)]
struct Draft {
    name: String,
    role: String,
    date: String,
}

/// A typed signature: name, role and date (today unless changed).
#[function_component(SignatureForm)]
pub fn signature_form(props: &SignatureFormProps) -> Html {
    let ui = use_ui();
    let today = ui.today.map(|d| d.to_string()).unwrap_or_default();
    let draft = use_state(move || Draft {
        date: today,
        ..Draft::default()
    });
    let problem = use_state(|| false);
    let on_name = use_callback(draft.clone(), |e: InputEvent, draft| {
        let mut next = (**draft).clone();
        next.name = e.target_unchecked_into::<HtmlInputElement>().value();
        draft.set(next);
    });
    let on_role = use_callback(draft.clone(), |e: InputEvent, draft| {
        let mut next = (**draft).clone();
        next.role = e.target_unchecked_into::<HtmlInputElement>().value();
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
                        role: draft.role.trim().to_owned(),
                        date,
                    });
                    problem.set(false);
                    draft.set(Draft {
                        date: today.map(|d| d.to_string()).unwrap_or_default(),
                        ..Draft::default()
                    });
                }
                _ => problem.set(true),
            }
        },
    );
    let id = |part: &str| ui.dom_id("signature", part);
    html! {
        <form class="pc-add" {onsubmit} aria-describedby={id("problem")}>
            <div class="pc-field">
                <label for={id("name")}>{ui.lang.words().signature_name}</label>
                <input id={id("name")} class="pc-input" type="text" autocomplete="off"
                    value={draft.name.clone()} oninput={on_name} />
            </div>
            <div class="pc-field">
                <label for={id("role")}>{ui.lang.words().signature_role}</label>
                <input id={id("role")} class="pc-input" type="text" autocomplete="off"
                    value={draft.role.clone()} oninput={on_role} />
            </div>
            <div class="pc-field pc-field-date">
                <label for={id("date")}>{ui.lang.words().signature_date}</label>
                <input id={id("date")} class="pc-input" type="date" value={draft.date.clone()} oninput={on_date} />
            </div>
            <button type="submit" class="pc-button pc-button-primary">{ui.t(Text::Sign)}</button>
            <p id={id("problem")} class="pc-form-problem" role="alert">
                if *problem { {ui.t(Text::SignatureNeedsNameAndDate)} }
            </p>
        </form>
    }
}
