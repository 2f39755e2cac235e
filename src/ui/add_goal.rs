use super::context::use_ui;
use crate::plan::Edit;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddGoalProps {
    pub on_edit: Callback<Edit>,
}

/// A one-line form that starts a new goal from the person's words.
#[function_component(AddGoal)]
pub fn add_goal(props: &AddGoalProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let draft = use_state(String::new);
    let input = use_node_ref();
    let oninput = use_callback(draft.setter(), |e: InputEvent, draft| {
        draft.set(e.target_unchecked_into::<HtmlInputElement>().value());
    });
    let onsubmit = {
        let deps = (props.on_edit.clone(), draft.setter(), input.clone());
        let text = (*draft).clone();
        use_callback(
            (deps, text),
            |e: SubmitEvent, ((on_edit, draft, input), text)| {
                e.prevent_default();
                let statement = text.trim();
                if !statement.is_empty() {
                    on_edit.emit(Edit::AddGoal {
                        statement: statement.to_owned(),
                        template_id: None,
                    });
                    draft.set(String::new());
                }
                if let Some(field) = input.cast::<HtmlInputElement>() {
                    // Back to the field, ready for the next goal.
                    let _ = field.focus();
                }
            },
        )
    };
    let id = ui.dom_id("plan", "new-goal");
    html! {
        <form class="pc-add" {onsubmit}>
            <div class="pc-field">
                <label for={id.clone()}>{w.new_goal}</label>
                <input {id} ref={input} type="text" class="pc-input" value={(*draft).clone()}
                    placeholder={w.new_goal_hint} {oninput} autocomplete="off" />
            </div>
            <button type="submit" class="pc-button pc-button-primary">{w.add_goal}</button>
        </form>
    }
}
