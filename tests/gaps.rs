//! The gap list: each kind of gap shows when it is there and goes away
//! when it is fixed, in plan order.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::gaps::{gaps, Gap};
use plan_composer::plan::{
    Component, ComponentCategory, Goal, GoalLifecycle, Need, Objective, Plan, PlanDate,
};

fn need(id: &str) -> Need {
    Need {
        id: id.into(),
        statement: format!("Need {id}"),
        findings: Vec::new(),
    }
}

fn component(id: &str) -> Component {
    Component {
        id: id.into(),
        catalog_id: "cbt".into(),
        category: ComponentCategory::Therapy,
        name: "CBT".into(),
        details: String::new(),
        frequency: String::new(),
        setting: String::new(),
        responsible: String::new(),
        start: None,
    }
}

fn objective(id: &str, interventions: &[&str]) -> Objective {
    Objective {
        id: id.into(),
        statement: format!("Objective {id}"),
        due: None,
        interventions: interventions.iter().map(|s| (*s).to_owned()).collect(),
    }
}

fn goal(id: &str, addresses: &[&str], objectives: Vec<Objective>) -> Goal {
    let mut g = Goal::new(id, format!("Goal {id}"));
    g.addresses = addresses.iter().map(|s| (*s).to_owned()).collect();
    g.objectives = objectives;
    g
}

/// A plan with no gaps: one need, one goal for it served by one component,
/// and a review date.
fn whole_plan() -> Plan {
    let mut plan = Plan::new("plan-1", PlanDate::new(2026, 1, 5));
    plan.needs.push(need("n1"));
    plan.components.push(component("c1"));
    plan.goals
        .push(goal("g1", &["n1"], vec![objective("o1", &["c1"])]));
    plan.review.next_review = PlanDate::new(2026, 2, 5);
    plan
}

#[test]
fn a_plan_that_hangs_together_has_no_gaps() {
    assert_eq!(gaps(&whole_plan()), []);
}

#[test]
fn an_empty_plan_only_lacks_a_review_date() {
    let plan = Plan::new("p", None);
    assert_eq!(gaps(&plan), [Gap::NoReviewDate]);
}

#[test]
fn a_need_without_a_goal_is_a_gap_until_a_goal_addresses_it() {
    let mut plan = whole_plan();
    plan.needs.push(need("n2"));
    assert_eq!(gaps(&plan), [Gap::NeedWithoutGoal { need: "n2".into() }]);
    plan.goals[0].addresses.push("n2".into());
    assert_eq!(gaps(&plan), []);
}

#[test]
fn a_goal_without_a_need_is_a_gap_and_a_broken_link_does_not_count() {
    let mut plan = whole_plan();
    plan.goals
        .push(goal("g2", &[], vec![objective("o2", &["c1"])]));
    assert_eq!(gaps(&plan), [Gap::GoalWithoutNeed { goal: "g2".into() }]);
    plan.goals[1].addresses = vec!["gone".into()];
    assert_eq!(gaps(&plan), [Gap::GoalWithoutNeed { goal: "g2".into() }]);
    plan.goals[1].addresses = vec!["n1".into()];
    assert_eq!(gaps(&plan), []);
}

#[test]
fn a_goal_without_objectives_is_a_gap() {
    let mut plan = whole_plan();
    plan.goals.push(goal("g2", &["n1"], Vec::new()));
    assert_eq!(
        gaps(&plan),
        [Gap::GoalWithoutObjective { goal: "g2".into() }]
    );
    plan.goals[1].objectives.push(objective("o2", &["c1"]));
    assert_eq!(gaps(&plan), []);
}

#[test]
fn a_goal_whose_objectives_name_no_component_is_a_gap() {
    let mut plan = whole_plan();
    plan.goals.push(goal(
        "g2",
        &["n1"],
        vec![objective("o2", &[]), objective("o3", &["gone"])],
    ));
    assert_eq!(
        gaps(&plan),
        [Gap::GoalWithoutIntervention { goal: "g2".into() }]
    );
    // One objective naming a component in the plan is enough.
    plan.goals[1].objectives[0].interventions.push("c1".into());
    assert_eq!(gaps(&plan), []);
}

#[test]
fn a_component_serving_no_goal_is_a_gap() {
    let mut plan = whole_plan();
    plan.components.push(component("c2"));
    assert_eq!(
        gaps(&plan),
        [Gap::ComponentServesNoGoal {
            component: "c2".into()
        }]
    );
    plan.goals[0].objectives.push(objective("o2", &["c2"]));
    assert_eq!(gaps(&plan), []);
}

#[test]
fn no_review_date_is_a_gap() {
    let mut plan = whole_plan();
    plan.review.next_review = None;
    assert_eq!(gaps(&plan), [Gap::NoReviewDate]);
    assert_eq!(Gap::NoReviewDate.item_id(), None);
}

#[test]
fn a_cancelled_goal_has_no_gaps_and_covers_nothing() {
    let mut plan = whole_plan();
    plan.goals[0].lifecycle = GoalLifecycle::Cancelled;
    // The need and component it used to cover are open again.
    assert_eq!(
        gaps(&plan),
        [
            Gap::NeedWithoutGoal { need: "n1".into() },
            Gap::ComponentServesNoGoal {
                component: "c1".into()
            },
        ]
    );
    // A cancelled goal with nothing linked lists no gaps of its own.
    let mut bare = whole_plan();
    bare.goals.push(goal("g2", &[], Vec::new()));
    bare.goals[1].lifecycle = GoalLifecycle::Cancelled;
    assert_eq!(gaps(&bare), []);
    // A completed goal still counts.
    plan.goals[0].lifecycle = GoalLifecycle::Completed;
    assert_eq!(gaps(&plan), []);
}

#[test]
fn gaps_come_in_plan_order() {
    let mut plan = Plan::new("p", None);
    plan.needs = vec![need("n1"), need("n2"), need("n3")];
    plan.components = vec![component("c1"), component("c2"), component("c3")];
    plan.goals = vec![
        goal("g1", &[], Vec::new()),
        goal("g2", &["n2"], vec![objective("o1", &["c2"])]),
        goal("g3", &[], vec![objective("o2", &[])]),
    ];
    let found = gaps(&plan);
    assert_eq!(
        found,
        [
            Gap::NeedWithoutGoal { need: "n1".into() },
            Gap::NeedWithoutGoal { need: "n3".into() },
            Gap::GoalWithoutNeed { goal: "g1".into() },
            Gap::GoalWithoutObjective { goal: "g1".into() },
            Gap::GoalWithoutNeed { goal: "g3".into() },
            Gap::GoalWithoutIntervention { goal: "g3".into() },
            Gap::ComponentServesNoGoal {
                component: "c1".into()
            },
            Gap::ComponentServesNoGoal {
                component: "c3".into()
            },
            Gap::NoReviewDate,
        ]
    );
    let ids: Vec<Option<&str>> = found.iter().map(Gap::item_id).collect();
    assert_eq!(
        ids,
        [
            Some("n1"),
            Some("n3"),
            Some("g1"),
            Some("g1"),
            Some("g3"),
            Some("g3"),
            Some("c1"),
            Some("c3"),
            None
        ]
    );
    // Moving a goal moves its gaps.
    plan.goals.swap(0, 2);
    let moved = gaps(&plan);
    let order: Vec<Option<&str>> = moved.iter().map(Gap::item_id).collect();
    assert_eq!(
        order[2..6],
        [Some("g3"), Some("g3"), Some("g1"), Some("g1")]
    );
}
