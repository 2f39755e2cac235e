//! Synthetic examples (teaching cases, demos) never age: opened on any day,
//! a case's dates keep the distance from that day they had from the day
//! they were written for, so its goals stay Time-bound and its next review
//! stays ahead (or, in a case that shows a late review, stays late).

use super::date::PlanDate;
use super::document::{Plan, Synthetic};
use std::rc::Rc;

/// Every date the plan holds, once each. A date added to the format is
/// added here; `tests/synthetic.rs` checks that shifting a plan with every
/// date set moves every date in its JSON.
pub fn dates_mut(plan: &mut Plan) -> Vec<&mut PlanDate> {
    let mut out: Vec<&mut PlanDate> = Vec::new();
    out.extend(plan.created.as_mut());
    out.extend(plan.effective_date.as_mut());
    out.extend(plan.target_date.as_mut());
    if let Some(Synthetic { dates_as_of }) = plan.synthetic.as_mut() {
        out.push(dates_as_of);
    }
    let substances = plan.assessment.substances.iter_mut();
    out.extend(substances.filter_map(|s| s.last_use.as_mut()));
    for goal in plan.goals.iter_mut() {
        let goal = Rc::make_mut(goal);
        out.extend(goal.due.as_mut());
        out.extend(goal.objectives.iter_mut().filter_map(|o| o.due.as_mut()));
    }
    out.extend(plan.components.iter_mut().filter_map(|c| c.start.as_mut()));
    out.extend(plan.review.next_review.as_mut());
    out.extend(plan.review.history.iter_mut().map(|e| &mut e.date));
    out.extend(plan.consent.signatures.iter_mut().map(|s| &mut s.date));
    out.extend(plan.measurements.iter_mut().map(|m| &mut m.date));
    out
}

/// Moves every date of the plan by `days`. A date that would leave the
/// calendar the plan can hold stays where it was.
pub fn shift_dates(plan: &mut Plan, days: i64) {
    if days == 0 {
        return;
    }
    for date in dates_mut(plan) {
        if let Some(moved) = date.add_days(days) {
            *date = moved;
        }
    }
}

/// A synthetic example as of `today`: its dates moved by the days since
/// its `dates_as_of` (which becomes today). Any other plan is left alone.
pub fn keep_current(plan: &mut Plan, today: PlanDate) {
    let Some(Synthetic { dates_as_of }) = plan.synthetic else {
        return;
    };
    shift_dates(
        plan,
        today.days_since_epoch() - dates_as_of.days_since_epoch(),
    );
}
