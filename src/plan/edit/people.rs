//! Lists about the person: text items, the care team, contributors.

use super::*;
use std::rc::Rc;

pub(super) fn add_text_item(plan: &mut Plan, list: TextList, text: &str) -> Applied {
    let id = plan.allocate_id("t");
    plan.text_list_mut(list).push(TextItem {
        id: id.clone(),
        text: text.to_owned(),
    });
    Applied::created(id)
}

pub(super) fn remove_text_item(
    plan: &mut Plan,
    list: TextList,
    id: &str,
) -> Result<Applied, EditError> {
    remove_id!(*plan.text_list_mut(list), id, TextItem)?;
    let notices = match list {
        TextList::AssessmentTriggers => {
            super::needs::drop_finding(plan, &Finding::Trigger(id.to_owned()))
        }
        _ => Vec::new(),
    };
    Ok(Applied::with_notices(notices))
}

pub(super) fn add_care_team_member(plan: &mut Plan, name: &str, role: &str) -> Applied {
    let id = plan.allocate_id("ct");
    plan.care_team.push(CareTeamMember {
        id: id.clone(),
        name: name.to_owned(),
        role: role.to_owned(),
        contact: String::new(),
    });
    Applied::created(id)
}

pub(super) fn add_contributor(plan: &mut Plan, name: &str, role: ContributorRole) -> Applied {
    let id = plan.allocate_id("p");
    plan.contributors.push(Contributor {
        id: id.clone(),
        name: name.to_owned(),
        role,
    });
    Applied::created(id)
}

/// Goals the contributor expressed keep their words but lose the name.
pub(super) fn remove_contributor(plan: &mut Plan, id: &str) -> Result<Applied, EditError> {
    remove_id!(plan.contributors, id, Contributor)?;
    let mut notices = Vec::new();
    // Only the goals that name the contributor are copied.
    for goal in &mut plan.goals {
        if goal.expressed_by.as_deref() == Some(id) {
            Rc::make_mut(goal).expressed_by = None;
            notices.push(Notice::GoalLostContributor {
                goal: goal.statement.clone(),
            });
        }
    }
    Ok(Applied::with_notices(notices))
}
