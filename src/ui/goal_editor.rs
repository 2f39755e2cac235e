use super::context::use_ui;
use crate::composer::Action;
use crate::i18n::Text;
use crate::plan::edit::GoalField;
use crate::plan::{Edit, Goal, PlanDate};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalEditorProps {
    pub goal: Goal,
    /// Position in the list, from 1.
    pub number: usize,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// Callback that sends the new text of one goal field.
#[hook]
fn use_goal_text(id: &str, field: GoalField, on_edit: &Callback<Edit>) -> Callback<InputEvent> {
    use_callback(
        (id.to_owned(), on_edit.clone()),
        move |e: InputEvent, (id, on_edit)| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            on_edit.emit(Edit::SetGoalText {
                id: id.clone(),
                field,
                value,
            });
        },
    )
}

/// One goal: the person's words, how it is measured, its target and due date.
#[function_component(GoalEditor)]
pub fn goal_editor(props: &GoalEditorProps) -> Html {
    let ui = use_ui();
    let goal = &props.goal;
    let on_statement = use_goal_text(&goal.id, GoalField::Statement, &props.on_edit);
    let on_measure = use_goal_text(&goal.id, GoalField::Measure, &props.on_edit);
    let on_target = use_goal_text(&goal.id, GoalField::Target, &props.on_edit);
    let on_due = use_callback(
        (goal.id.clone(), props.on_edit.clone()),
        |e: Event, (id, on_edit)| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            // An empty field clears the date; a partial one is left alone
            // until the browser reports a whole date.
            let due = match value.trim() {
                "" => None,
                text => match PlanDate::parse(text) {
                    Ok(date) => Some(date),
                    Err(_) => return,
                },
            };
            on_edit.emit(Edit::SetGoalDue {
                id: id.clone(),
                due,
            });
        },
    );
    let on_remove = use_callback(
        (goal.id.clone(), props.on_edit.clone()),
        |_: MouseEvent, (id, on_edit)| on_edit.emit(Edit::RemoveGoal { id: id.clone() }),
    );
    let on_blur = use_callback(props.on_action.clone(), |_: FocusEvent, a| {
        a.emit(Action::EndTyping)
    });

    let id = |part| ui.dom_id(&goal.id, part);
    let legend = ui.lang.goal_number(props.number);
    let due = goal.due.map(|d| d.to_string()).unwrap_or_default();
    html! {
        <li class="pc-goal" data-goal-id={goal.id.clone()}>
            <fieldset class="pc-card">
                <legend>{legend.clone()}</legend>
                <div class="pc-field">
                    <label for={id("statement")}>{ui.t(Text::GoalStatement)}</label>
                    <textarea id={id("statement")} class="pc-input" rows="2"
                        value={goal.statement.clone()} oninput={on_statement}
                        onblur={on_blur.clone()} />
                </div>
                <div class="pc-row">
                    <div class="pc-field">
                        <label for={id("measure")}>{ui.t(Text::GoalMeasure)}</label>
                        <input id={id("measure")} type="text" class="pc-input"
                            value={goal.measure.clone()} placeholder={ui.t(Text::GoalMeasureHint)}
                            oninput={on_measure} onblur={on_blur.clone()} autocomplete="off" />
                    </div>
                    <div class="pc-field">
                        <label for={id("target")}>{ui.t(Text::GoalTarget)}</label>
                        <input id={id("target")} type="text" class="pc-input"
                            value={goal.target.clone()} placeholder={ui.t(Text::GoalTargetHint)}
                            oninput={on_target} onblur={on_blur} autocomplete="off" />
                    </div>
                    <div class="pc-field pc-field-date">
                        <label for={id("due")}>{ui.t(Text::GoalDue)}</label>
                        <input id={id("due")} type="date" class="pc-input" value={due}
                            onchange={on_due} />
                    </div>
                </div>
                <div class="pc-actions">
                    <button type="button" class="pc-button pc-button-quiet" onclick={on_remove}
                        aria-label={format!("{}: {}", ui.t(Text::RemoveGoal), legend)}>
                        {ui.t(Text::RemoveGoal)}
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
