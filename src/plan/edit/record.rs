//! The plan as a record: reviews and signatures.

use super::*;

/// One step: the entry, the next revision, and the plan in use again.
pub(super) fn finish_review(
    plan: &mut Plan,
    date: PlanDate,
    reviewed_by: &str,
    changes: &[Change],
    reason: &str,
) -> Applied {
    plan.revision = plan.revision.saturating_add(1);
    plan.status = PlanStatus::Active;
    let notices = activate_proposed_goals(plan);
    let id = plan.allocate_id("r");
    plan.review.history.push(ReviewEntry {
        id: id.clone(),
        date,
        reviewed_by: reviewed_by.to_owned(),
        changes: changes.to_vec(),
        reason: reason.to_owned(),
        progress: std::mem::take(&mut plan.review.progress),
    });
    Applied {
        created: Some(id),
        notices,
    }
}

/// A plan put in use makes the goals it still proposes active: they were
/// agreed with it, and an active plan must not list them as proposed.
pub(super) fn activate_proposed_goals(plan: &mut Plan) -> Vec<Notice> {
    let mut count = 0;
    for goal in &mut plan.goals {
        if goal.lifecycle == GoalLifecycle::Proposed {
            Rc::make_mut(goal).lifecycle = GoalLifecycle::Active;
            count += 1;
        }
    }
    if count == 0 {
        Vec::new()
    } else {
        vec![Notice::ProposedGoalsActive { count }]
    }
}

/// A measurement goes in date order (after those of the same day), with
/// its scores within their range.
pub(super) fn add_measurement(
    plan: &mut Plan,
    measurement: &Measurement,
) -> Result<Applied, EditError> {
    if let Some(score) = measurement.scores.iter().find(|s| s.value > s.max) {
        return Err(EditError::OutOfRange {
            value: score.value,
            max: score.max,
        });
    }
    let id = plan.allocate_id("m");
    let at = plan
        .measurements
        .iter()
        .position(|m| m.date > measurement.date)
        .unwrap_or(plan.measurements.len());
    plan.measurements.insert(
        at,
        Measurement {
            id: id.clone(),
            ..measurement.clone()
        },
    );
    Ok(Applied::created(id))
}

/// Notes (or clears) a goal's or objective's progress in the review under way.
pub(super) fn set_progress(
    plan: &mut Plan,
    item: &str,
    progress: &Option<(ProgressStatus, String)>,
) -> Result<(), EditError> {
    let known = plan
        .goals
        .iter()
        .any(|g| g.id == item || g.objectives.iter().any(|o| o.id == item));
    if !known {
        return Err(not_found(ItemKind::Goal, item));
    }
    let noted = &mut plan.review.progress;
    let at = noted.iter().position(|p| p.item == item);
    match (progress, at) {
        (None, Some(at)) => {
            noted.remove(at);
        }
        (None, None) => {}
        (Some((status, note)), Some(at)) => {
            noted[at].status = *status;
            note.clone_into(&mut noted[at].note);
        }
        (Some((status, note)), None) => noted.push(Progress {
            item: item.to_owned(),
            status: *status,
            note: note.clone(),
        }),
    }
    Ok(())
}

/// A signature is of the revision the plan is at now.
pub(super) fn add_signature(
    plan: &mut Plan,
    name: &str,
    role: SignerRole,
    credentials: &str,
    date: PlanDate,
    time: &str,
) -> Applied {
    let id = plan.allocate_id("sig");
    let revision = plan.revision;
    plan.consent.signatures.push(Signature {
        id: id.clone(),
        name: name.to_owned(),
        role,
        credentials: credentials.to_owned(),
        date,
        time: time.trim().to_owned(),
        revision,
    });
    Applied::created(id)
}
