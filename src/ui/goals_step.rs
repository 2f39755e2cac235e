use super::add_goal::AddGoal;
use super::context::use_ui;
use super::goal_editor::GoalEditor;
use super::step_props::{Choices, StepProps};
use super::template_picker::TemplatePicker;
use crate::i18n::Text;
use crate::plan::catalog::default_catalog;
use crate::plan::smart::coach;
use std::rc::Rc;
use yew::prelude::*;

/// Step 4: the person's goals, each coached toward SMART as it is typed.
#[function_component(GoalsStep)]
pub fn goals_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let plan = &props.plan;
    let lang = ui.lang;
    let untitled = |text: &str, fallback: String| {
        if text.trim().is_empty() {
            fallback
        } else {
            text.to_owned()
        }
    };
    // Lists to link to, rebuilt only when what they show changed.
    let needs: Choices = {
        let list: Vec<(String, String)> = plan
            .needs
            .iter()
            .enumerate()
            .map(|(i, n)| {
                (
                    n.id.clone(),
                    untitled(&n.statement, format!("{} {}", lang.words().need, i + 1)),
                )
            })
            .collect();
        use_memo(list, |list| list.clone())
    };
    let components: Choices = {
        let list: Vec<(String, String)> = plan
            .components
            .iter()
            .map(|c| (c.id.clone(), untitled(&c.name, c.catalog_id.clone())))
            .collect();
        use_memo(list, |list| list.clone())
    };
    let contributors: Choices = {
        let list: Vec<(String, String)> = plan
            .contributors
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    untitled(&c.name, lang.words().role(c.role).to_owned()),
                )
            })
            .collect();
        use_memo(list, |list| list.clone())
    };
    let catalog = default_catalog();
    let templates = catalog.template_texts(lang);
    html! {
        <>
            <p class="pc-hint">{ui.t(Text::GoalsIntro)}</p>
            if plan.goals.is_empty() {
                <p class="pc-empty">{ui.t(Text::NoGoalsYet)}</p>
            }
            <ol class="pc-goals">
                { for plan.goals.iter().enumerate().map(|(i, goal)| html! {
                    <GoalEditor key={goal.id.clone()} goal={goal.clone()} number={i + 1}
                        report={coach(plan, goal, ui.today, &templates)}
                        needs={Rc::clone(&needs)} components={Rc::clone(&components)}
                        contributors={Rc::clone(&contributors)}
                        on_edit={props.on_edit.clone()} on_action={props.on_action.clone()} />
                }) }
            </ol>
            <AddGoal on_edit={props.on_edit.clone()} />
            <TemplatePicker on_edit={props.on_edit.clone()} />
        </>
    }
}
