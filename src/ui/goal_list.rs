use super::add_goal::AddGoal;
use super::context::use_ui;
use super::goal_editor::GoalEditor;
use crate::composer::Action;
use crate::i18n::Text;
use crate::plan::{Edit, Goal};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalListProps {
    pub goals: Vec<Goal>,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// The plan's goals, each in its own editor, and the form to add one.
#[function_component(GoalList)]
pub fn goal_list(props: &GoalListProps) -> Html {
    let ui = use_ui();
    let heading_id = ui.dom_id("plan", "goals");
    html! {
        <section class="pc-section" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ui.t(Text::Goals)}</h3>
            if props.goals.is_empty() {
                <p class="pc-empty">{ui.t(Text::NoGoalsYet)}</p>
            }
            <ol class="pc-goals">
                { for props.goals.iter().enumerate().map(|(i, goal)| html! {
                    <GoalEditor key={goal.id.clone()} goal={goal.clone()} number={i + 1}
                        on_edit={props.on_edit.clone()} on_action={props.on_action.clone()} />
                }) }
            </ol>
            <AddGoal on_edit={props.on_edit.clone()} />
        </section>
    }
}
