//! Plan components (services).

use super::*;
use std::rc::Rc;

pub(super) fn add(
    plan: &mut Plan,
    catalog_id: &str,
    category: ComponentCategory,
    name: &str,
    details: String,
    setting: String,
) -> Applied {
    let id = plan.allocate_id("c");
    plan.components.push(Component {
        id: id.clone(),
        catalog_id: catalog_id.to_owned(),
        category,
        name: name.to_owned(),
        details,
        frequency: String::new(),
        setting,
        responsible: String::new(),
        start: None,
    });
    Applied::created(id)
}

/// Refuses a catalog entry that is in the plan already: it is changed
/// where it is, never added twice.
pub(super) fn not_in_plan_yet(plan: &Plan, catalog_id: &str) -> Result<(), EditError> {
    match plan.components.iter().find(|c| c.catalog_id == catalog_id) {
        Some(there) => Err(EditError::AlreadyInPlan {
            id: there.id.clone(),
            name: there.name.clone(),
        }),
        None => Ok(()),
    }
}

/// A catalog entry added and named as a service of `objective` at once.
/// Refused, with nothing added, when the objective is gone or the entry is
/// in the plan already.
pub(super) fn add_for(
    plan: &mut Plan,
    objective: &str,
    catalog_id: &str,
    category: ComponentCategory,
    name: &str,
    details: String,
    setting: String,
) -> Result<Applied, EditError> {
    let exists = plan
        .goals
        .iter()
        .any(|g| g.objectives.iter().any(|o| o.id == objective));
    if !exists {
        return Err(not_found(ItemKind::Objective, objective));
    }
    not_in_plan_yet(plan, catalog_id)?;
    let applied = add(plan, catalog_id, category, name, details, setting);
    if let Some(id) = &applied.created {
        super::goals::link_intervention(plan, objective, id)?;
    }
    Ok(applied)
}

/// Objectives the service served lose it, and say so.
pub(super) fn remove(plan: &mut Plan, id: &str) -> Result<Applied, EditError> {
    let component = remove_id!(plan.components, id, Component)?;
    let mut notices = Vec::new();
    // Only the goals whose objectives use it are copied.
    let users = plan.goals.iter_mut().filter(|g| g.serves(id));
    for objective in users.flat_map(|g| Rc::make_mut(g).objectives.iter_mut()) {
        let before = objective.interventions.len();
        objective.interventions.retain(|c| c != id);
        if objective.interventions.len() != before {
            notices.push(Notice::ObjectiveLostIntervention {
                objective: objective.statement.clone(),
                component: component.name.clone(),
            });
        }
    }
    Ok(Applied::with_notices(notices))
}
