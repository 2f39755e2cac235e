//! Substance rows and the optional risk view.

use super::*;

pub(super) fn add_substance(plan: &mut Plan, substance: &str) -> Applied {
    let id = plan.allocate_id("s");
    plan.assessment.substances.push(SubstanceUse {
        id: id.clone(),
        substance: substance.to_owned(),
        pattern: String::new(),
        route: String::new(),
        age_of_onset: None,
        last_use: None,
    });
    Applied::created(id)
}

/// Needs that came from the row lose that finding.
pub(super) fn remove_substance(plan: &mut Plan, id: &str) -> Result<Applied, EditError> {
    remove_id!(plan.assessment.substances, id, Substance)?;
    let notices = super::needs::drop_finding(plan, &Finding::Substance(id.to_owned()));
    Ok(Applied::with_notices(notices))
}

/// Turning the view on keeps ratings already made; off removes them.
pub(super) fn set_risk_view(plan: &mut Plan, on: bool) {
    let view = &mut plan.assessment.risk_view;
    match (on, view.is_some()) {
        (true, false) => *view = Some(RiskView::default()),
        (false, true) => *view = None,
        _ => {}
    }
}
