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
