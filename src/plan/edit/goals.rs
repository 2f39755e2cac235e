//! Goals, their objectives, and what they link to.

use super::*;
use std::rc::Rc;

pub(super) fn add(plan: &mut Plan, statement: &str, template_id: &Option<String>) -> Applied {
    let id = plan.allocate_id("g");
    let mut goal = Goal::new(id.clone(), statement);
    goal.template_id = template_id.clone();
    plan.goals.push(Rc::new(goal));
    Applied::created(id)
}

pub(super) fn set_expressed_by(
    plan: &mut Plan,
    id: &str,
    contributor: &Option<String>,
) -> Result<(), EditError> {
    if let Some(who) = contributor {
        if !plan.contributors.iter().any(|c| &c.id == who) {
            return Err(not_found(ItemKind::Contributor, who));
        }
    }
    by_id!(plan.goals, id, Goal)?.expressed_by = contributor.clone();
    Ok(())
}

pub(super) fn link_need(plan: &mut Plan, goal: &str, need: &str) -> Result<(), EditError> {
    if plan.need(need).is_none() {
        return Err(not_found(ItemKind::Need, need));
    }
    let goal = by_id!(plan.goals, goal, Goal)?;
    if !goal.addresses.iter().any(|n| n == need) {
        goal.addresses.push(need.to_owned());
    }
    Ok(())
}

pub(super) fn link_strength(plan: &mut Plan, goal: &str, strength: &str) -> Result<(), EditError> {
    if !plan.person.strengths.iter().any(|s| s.id == strength) {
        return Err(not_found(ItemKind::TextItem, strength));
    }
    let goal = by_id!(plan.goals, goal, Goal)?;
    if !goal.strengths.iter().any(|s| s == strength) {
        goal.strengths.push(strength.to_owned());
    }
    Ok(())
}

pub(super) fn add_barrier(plan: &mut Plan, goal: &str, text: &str) -> Result<Applied, EditError> {
    if plan.goal(goal).is_none() {
        return Err(not_found(ItemKind::Goal, goal));
    }
    let id = plan.allocate_id("b");
    by_id!(plan.goals, goal, Goal)?.barriers.push(TextItem {
        id: id.clone(),
        text: text.to_owned(),
    });
    Ok(Applied::created(id))
}

pub(super) fn remove_barrier(plan: &mut Plan, id: &str) -> Result<(), EditError> {
    let goal = plan
        .goals
        .iter_mut()
        .find(|g| g.barriers.iter().any(|b| b.id == id))
        .ok_or_else(|| not_found(ItemKind::Barrier, id))?;
    remove_id!(Rc::make_mut(goal).barriers, id, Barrier)?;
    Ok(())
}

pub(super) fn move_to(plan: &mut Plan, id: &str, to: usize) -> Result<(), EditError> {
    let len = plan.goals.len();
    if to >= len {
        return Err(EditError::PositionOutOfRange { to, len });
    }
    let goal = remove_id!(plan.goals, id, Goal)?;
    plan.goals.insert(to, goal);
    Ok(())
}

pub(super) fn add_objective(
    plan: &mut Plan,
    goal: &str,
    statement: &str,
) -> Result<Applied, EditError> {
    if plan.goal(goal).is_none() {
        return Err(not_found(ItemKind::Goal, goal));
    }
    let id = plan.allocate_id("o");
    by_id!(plan.goals, goal, Goal)?.objectives.push(Objective {
        id: id.clone(),
        statement: statement.to_owned(),
        measure: String::new(),
        target: String::new(),
        due: None,
        interventions: Vec::new(),
    });
    Ok(Applied::created(id))
}

pub(super) fn objective_mut<'p>(
    plan: &'p mut Plan,
    id: &str,
) -> Result<&'p mut Objective, EditError> {
    Rc::make_mut(goal_of_objective(plan, id)?)
        .objectives
        .iter_mut()
        .find(|o| o.id == id)
        .ok_or_else(|| not_found(ItemKind::Objective, id))
}

/// The goal that has the objective, still shared: the caller copies it
/// (`Rc::make_mut`) only to change it.
fn goal_of_objective<'p>(plan: &'p mut Plan, id: &str) -> Result<&'p mut Rc<Goal>, EditError> {
    plan.goals
        .iter_mut()
        .find(|g| g.objectives.iter().any(|o| o.id == id))
        .ok_or_else(|| not_found(ItemKind::Objective, id))
}

pub(super) fn link_intervention(
    plan: &mut Plan,
    objective: &str,
    component: &str,
) -> Result<(), EditError> {
    if plan.component(component).is_none() {
        return Err(not_found(ItemKind::Component, component));
    }
    let objective = objective_mut(plan, objective)?;
    if !objective.interventions.iter().any(|c| c == component) {
        objective.interventions.push(component.to_owned());
    }
    Ok(())
}

pub(super) fn remove_objective(plan: &mut Plan, id: &str) -> Result<(), EditError> {
    let goal = goal_of_objective(plan, id)?;
    remove_id!(Rc::make_mut(goal).objectives, id, Objective)?;
    Ok(())
}
