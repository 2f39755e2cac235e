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
    let removed = remove_id!(*plan.text_list_mut(list), id, TextItem)?;
    let notices = match list {
        TextList::AssessmentTriggers => {
            super::needs::drop_finding(plan, &Finding::Trigger(id.to_owned()))
        }
        TextList::Strengths => unlink_strength(plan, &removed),
        _ => Vec::new(),
    };
    Ok(Applied::with_notices(notices))
}

/// Goals the removed strength helped no longer name it, and say so. Only
/// the goals that name it are copied.
fn unlink_strength(plan: &mut Plan, strength: &TextItem) -> Vec<Notice> {
    let id = strength.id.as_str();
    let mut notices = Vec::new();
    for goal in &mut plan.goals {
        if goal.strengths.iter().any(|s| s == id) {
            Rc::make_mut(goal).strengths.retain(|s| s != id);
            notices.push(Notice::GoalLostStrength {
                goal: goal.statement.clone(),
                strength: strength.text.clone(),
            });
        }
    }
    notices
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
