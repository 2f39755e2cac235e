//! Relapse prevention: support contacts and crisis lines.

use super::*;

pub(super) fn add_contact(plan: &mut Plan, name: &str) -> Applied {
    let id = plan.allocate_id("k");
    plan.relapse_prevention.contacts.push(SupportContact {
        id: id.clone(),
        name: name.to_owned(),
        relation: String::new(),
        phone: String::new(),
    });
    Applied::created(id)
}

/// Also how a new plan gets the clinic's crisis lines (no edit: it is
/// made before the rest of the widget, which applies edits, is here).
pub fn add_crisis_line(plan: &mut Plan, name: &str, number: &str) -> Applied {
    let id = plan.allocate_id("x");
    plan.relapse_prevention.crisis_lines.push(CrisisLine {
        id: id.clone(),
        name: name.to_owned(),
        number: number.to_owned(),
    });
    Applied::created(id)
}
