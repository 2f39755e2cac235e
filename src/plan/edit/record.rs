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
    let id = plan.allocate_id("r");
    plan.review.history.push(ReviewEntry {
        id: id.clone(),
        date,
        reviewed_by: reviewed_by.to_owned(),
        changes: changes.to_vec(),
        reason: reason.to_owned(),
        progress: std::mem::take(&mut plan.review.progress),
    });
    Applied::created(id)
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
