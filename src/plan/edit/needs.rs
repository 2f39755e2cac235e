//! Needs and the assessment findings they come from.

use super::*;
use std::rc::Rc;

pub(super) fn add(plan: &mut Plan, statement: &str, findings: &[Finding]) -> Applied {
    let id = plan.allocate_id("n");
    let mut linked: Vec<Finding> = Vec::new();
    for finding in findings {
        if !linked.contains(finding) {
            linked.push(finding.clone());
        }
    }
    plan.needs.push(Need {
        id: id.clone(),
        statement: statement.to_owned(),
        problem: String::new(),
        findings: linked,
    });
    Applied::created(id)
}

pub(super) fn add_from_findings(
    plan: &mut Plan,
    statement: &str,
    findings: &[Finding],
) -> Result<Applied, EditError> {
    if let Some(missing) = findings.iter().find(|f| !finding_exists(plan, f)) {
        return Err(finding_not_found(missing));
    }
    Ok(add(plan, statement, findings))
}

pub(super) fn link_finding(
    plan: &mut Plan,
    need: &str,
    finding: &Finding,
) -> Result<(), EditError> {
    if !finding_exists(plan, finding) {
        return Err(finding_not_found(finding));
    }
    let need = by_id!(plan.needs, need, Need)?;
    if !need.findings.contains(finding) {
        need.findings.push(finding.clone());
    }
    Ok(())
}

/// Goals that addressed the need no longer do, and say so.
pub(super) fn remove(plan: &mut Plan, id: &str) -> Result<Applied, EditError> {
    let need = remove_id!(plan.needs, id, Need)?;
    let mut notices = Vec::new();
    // Only the goals that address it are copied.
    for goal in plan
        .goals
        .iter_mut()
        .filter(|g| g.addresses.iter().any(|n| n == id))
    {
        Rc::make_mut(goal).addresses.retain(|n| n != id);
        notices.push(Notice::GoalNoLongerAddressesNeed {
            goal: goal.statement.clone(),
            need: need.statement.clone(),
        });
    }
    Ok(Applied::with_notices(notices))
}

fn finding_exists(plan: &Plan, finding: &Finding) -> bool {
    match finding {
        Finding::Substance(id) => plan.assessment.substances.iter().any(|s| &s.id == id),
        Finding::Trigger(id) => plan.assessment.triggers.iter().any(|t| &t.id == id),
        _ => true,
    }
}

fn finding_not_found(finding: &Finding) -> EditError {
    let id = match finding {
        Finding::Substance(id) | Finding::Trigger(id) => id.as_str(),
        _ => "",
    };
    not_found(ItemKind::Finding, id)
}

/// Unlinks needs from a finding that no longer exists.
pub(super) fn drop_finding(plan: &mut Plan, finding: &Finding) -> Vec<Notice> {
    let mut notices = Vec::new();
    for need in &mut plan.needs {
        let before = need.findings.len();
        need.findings.retain(|f| f != finding);
        if need.findings.len() != before {
            notices.push(Notice::NeedLostFinding {
                need: need.statement.clone(),
            });
        }
    }
    notices
}
