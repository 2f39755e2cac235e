//! Gaps: the places where a plan does not yet hang together (a need no
//! goal addresses, a goal nothing serves, a component that serves no goal,
//! no next review date). The review step lists them with links to fix them.
//!
//! Cancelled goals are left out on both sides: they have no gaps of their
//! own, and they do not count as addressing a need or using a component.
//! Links to items that are not in the plan do not count either.

use super::document::{Goal, GoalLifecycle, Plan};
use std::collections::HashSet;

/// One gap, naming the item by its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Gap {
    /// No (live) goal addresses this need.
    NeedWithoutGoal { need: String },
    /// The goal addresses no need in the plan.
    GoalWithoutNeed { goal: String },
    /// The goal has no objectives (so nothing can serve it yet).
    GoalWithoutObjective { goal: String },
    /// The goal has objectives, but none names a component in the plan.
    GoalWithoutIntervention { goal: String },
    /// No objective of a live goal names this component.
    ComponentServesNoGoal { component: String },
    /// The plan has no next review date.
    NoReviewDate,
}

impl Gap {
    /// The id of the item the gap is about, if it is about one.
    pub fn item_id(&self) -> Option<&str> {
        match self {
            Gap::NeedWithoutGoal { need } => Some(need),
            Gap::GoalWithoutNeed { goal }
            | Gap::GoalWithoutObjective { goal }
            | Gap::GoalWithoutIntervention { goal } => Some(goal),
            Gap::ComponentServesNoGoal { component } => Some(component),
            Gap::NoReviewDate => None,
        }
    }
}

fn is_live(goal: &Goal) -> bool {
    goal.lifecycle != GoalLifecycle::Cancelled
}

/// Every gap, in plan order: needs, then goals (each goal's gaps together),
/// then components, then the review date.
pub fn gaps(plan: &Plan) -> Vec<Gap> {
    let live: Vec<&Goal> = plan.goals.iter().filter(|g| is_live(g)).collect();
    let need_ids: HashSet<&str> = plan.needs.iter().map(|n| n.id.as_str()).collect();
    let component_ids: HashSet<&str> = plan.components.iter().map(|c| c.id.as_str()).collect();

    let addressed: HashSet<&str> = live
        .iter()
        .flat_map(|g| g.addresses.iter().map(String::as_str))
        .collect();
    let used: HashSet<&str> = live
        .iter()
        .flat_map(|g| &g.objectives)
        .flat_map(|o| o.interventions.iter().map(String::as_str))
        .collect();

    let mut out = Vec::new();
    for need in &plan.needs {
        if !addressed.contains(need.id.as_str()) {
            out.push(Gap::NeedWithoutGoal {
                need: need.id.clone(),
            });
        }
    }
    for goal in &live {
        if !goal.addresses.iter().any(|n| need_ids.contains(n.as_str())) {
            out.push(Gap::GoalWithoutNeed {
                goal: goal.id.clone(),
            });
        }
        if goal.objectives.is_empty() {
            out.push(Gap::GoalWithoutObjective {
                goal: goal.id.clone(),
            });
        } else if !goal
            .objectives
            .iter()
            .flat_map(|o| &o.interventions)
            .any(|c| component_ids.contains(c.as_str()))
        {
            out.push(Gap::GoalWithoutIntervention {
                goal: goal.id.clone(),
            });
        }
    }
    for component in &plan.components {
        if !used.contains(component.id.as_str()) {
            out.push(Gap::ComponentServesNoGoal {
                component: component.id.clone(),
            });
        }
    }
    if plan.review.next_review.is_none() {
        out.push(Gap::NoReviewDate);
    }
    out
}
