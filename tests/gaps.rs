//! The gap list: each kind of gap shows when it is there and goes away
//! when it is fixed, in plan order, and each names the step and field that
//! fix it.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::composer::Step;
use plan_composer::i18n::Lang;
use plan_composer::plan::edit::GoalField;
use plan_composer::plan::gaps::{self, template_blanks, FixAt, Gap};
use plan_composer::plan::{
    Comparator, Component, ComponentCategory, Goal, GoalLifecycle, Need, Objective, Plan, PlanDate,
    PlanStatus, ScoreTarget, Signature, SignerRole,
};
use std::collections::HashSet;
use std::rc::Rc;

fn date(y: u16, m: u8, d: u8) -> PlanDate {
    PlanDate::new(y, m, d).expect("a real date")
}

/// The day the tests run on, for the passed review date.
fn today() -> Option<PlanDate> {
    PlanDate::new(2026, 1, 20)
}

fn gaps(plan: &Plan) -> Vec<Gap> {
    gaps::gaps(plan, today())
}

fn need(id: &str) -> Need {
    Need {
        id: id.into(),
        statement: format!("Need {id}"),
        problem: String::new(),
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
        frequency: "Weekly".into(),
        setting: String::new(),
        responsible: "Dana Ortiz".into(),
        start: None,
    }
}

fn objective(id: &str, interventions: &[&str]) -> Objective {
    Objective {
        id: id.into(),
        statement: format!("Objective {id}"),
        measure: "Sessions signed in".into(),
        target: "4 of 4".into(),
        due: PlanDate::new(2026, 3, 1),
        interventions: interventions.iter().map(|s| (*s).to_owned()).collect(),
    }
}

fn goal(id: &str, addresses: &[&str], objectives: Vec<Objective>) -> Goal {
    let mut g = Goal::new(id, format!("Goal {id}"));
    g.measure = "Meetings signed in".into();
    g.target = "2 a week".into();
    g.due = PlanDate::new(2026, 4, 1);
    g.addresses = addresses.iter().map(|s| (*s).to_owned()).collect();
    g.objectives = objectives;
    g
}

fn signature(id: &str, role: SignerRole, revision: u32) -> Signature {
    Signature {
        id: id.into(),
        name: format!("Signer {id}"),
        role,
        credentials: String::new(),
        date: date(2026, 1, 5),
        time: String::new(),
        revision,
    }
}

/// A plan with no gaps: one need, one goal for it served by one component,
/// a review date to come, and the person's and a clinician's signatures.
fn whole_plan() -> Plan {
    let mut plan = Plan::new("plan-1", PlanDate::new(2026, 1, 5));
    plan.needs.push(need("n1"));
    plan.components.push(component("c1"));
    plan.goals
        .push(goal("g1", &["n1"], vec![objective("o1", &["c1"])]).into());
    plan.review.next_review = PlanDate::new(2026, 2, 5);
    plan.assessment.diagnoses = "F10.20 Alcohol use disorder, moderate".into();
    plan.assessment.level_of_care = "Outpatient".into();
    plan.consent.signatures = vec![
        signature("s1", SignerRole::Person, 1),
        signature("s2", SignerRole::Clinician, 1),
    ];
    plan
}

/// Every kind of gap once, for the tests of words and keys.
fn every_gap() -> Vec<Gap> {
    let goal = || "g1".to_owned();
    vec![
        Gap::NoDiagnosis,
        Gap::NoLevelOfCare,
        Gap::NoGoals,
        Gap::NeedWithoutGoal { need: "n1".into() },
        Gap::GoalWithoutNeed { goal: goal() },
        Gap::GoalWithoutMeasure { goal: goal() },
        Gap::GoalWithoutTarget { goal: goal() },
        Gap::GoalWithoutDue { goal: goal() },
        Gap::ScoreNotTakenYet { goal: goal() },
        Gap::TemplateBlanks {
            goal: goal(),
            field: GoalField::Statement,
            blanks: vec!["{date}".into()],
        },
        Gap::GoalWithoutObjective { goal: goal() },
        Gap::GoalWithoutIntervention { goal: goal() },
        Gap::ObjectiveWithoutMeasure {
            objective: "o1".into(),
        },
        Gap::ObjectiveWithoutDue {
            objective: "o1".into(),
        },
        Gap::ComponentWithoutFrequency {
            component: "c1".into(),
        },
        Gap::ComponentWithoutResponsible {
            component: "c1".into(),
        },
        Gap::ComponentServesNoGoal {
            component: "c1".into(),
        },
        Gap::NoReviewDate,
        Gap::ReviewDatePassed {
            date: date(2026, 1, 1),
        },
        Gap::Unsigned {
            role: SignerRole::Person,
            revision: 2,
            earlier: Some(1),
        },
        Gap::Unsigned {
            role: SignerRole::Clinician,
            revision: 1,
            earlier: None,
        },
    ]
}

#[test]
fn a_plan_that_hangs_together_has_no_gaps() {
    assert_eq!(gaps(&whole_plan()), []);
}

#[test]
fn an_empty_plan_lacks_goals_a_review_date_and_both_signatures() {
    let mut plan = Plan::new("p", None);
    // An empty plan set active must not say "Nothing is missing".
    plan.status = PlanStatus::Active;
    assert_eq!(
        gaps(&plan),
        [
            Gap::NoDiagnosis,
            Gap::NoLevelOfCare,
            Gap::NoGoals,
            Gap::NoReviewDate,
            Gap::Unsigned {
                role: SignerRole::Person,
                revision: 1,
                earlier: None
            },
            Gap::Unsigned {
                role: SignerRole::Clinician,
                revision: 1,
                earlier: None
            },
        ]
    );
}

#[test]
fn a_need_without_a_goal_is_a_gap_until_a_goal_addresses_it() {
    let mut plan = whole_plan();
    plan.needs.push(need("n2"));
    assert_eq!(gaps(&plan), [Gap::NeedWithoutGoal { need: "n2".into() }]);
    Rc::make_mut(&mut plan.goals[0]).addresses.push("n2".into());
    assert_eq!(gaps(&plan), []);
}

#[test]
fn a_goal_without_a_need_is_a_gap_and_a_broken_link_does_not_count() {
    let mut plan = whole_plan();
    plan.goals
        .push(goal("g2", &[], vec![objective("o2", &["c1"])]).into());
    assert_eq!(gaps(&plan), [Gap::GoalWithoutNeed { goal: "g2".into() }]);
    Rc::make_mut(&mut plan.goals[1]).addresses = vec!["gone".into()];
    assert_eq!(gaps(&plan), [Gap::GoalWithoutNeed { goal: "g2".into() }]);
    Rc::make_mut(&mut plan.goals[1]).addresses = vec!["n1".into()];
    assert_eq!(gaps(&plan), []);
}

#[test]
fn a_goal_without_objectives_is_a_gap() {
    let mut plan = whole_plan();
    plan.goals.push(goal("g2", &["n1"], Vec::new()).into());
    assert_eq!(
        gaps(&plan),
        [Gap::GoalWithoutObjective { goal: "g2".into() }]
    );
    Rc::make_mut(&mut plan.goals[1])
        .objectives
        .push(objective("o2", &["c1"]));
    assert_eq!(gaps(&plan), []);
}

#[test]
fn a_goal_whose_objectives_name_no_component_is_a_gap() {
    let mut plan = whole_plan();
    plan.goals.push(
        goal(
            "g2",
            &["n1"],
            vec![objective("o2", &[]), objective("o3", &["gone"])],
        )
        .into(),
    );
    assert_eq!(
        gaps(&plan),
        [Gap::GoalWithoutIntervention { goal: "g2".into() }]
    );
    // One objective naming a component in the plan is enough.
    Rc::make_mut(&mut plan.goals[1]).objectives[0]
        .interventions
        .push("c1".into());
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
    Rc::make_mut(&mut plan.goals[0])
        .objectives
        .push(objective("o2", &["c2"]));
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
    Rc::make_mut(&mut plan.goals[0]).lifecycle = GoalLifecycle::Cancelled;
    // The need and component it used to cover are open again, and it was
    // the only goal.
    assert_eq!(
        gaps(&plan),
        [
            Gap::NoGoals,
            Gap::NeedWithoutGoal { need: "n1".into() },
            Gap::ComponentServesNoGoal {
                component: "c1".into()
            },
        ]
    );
    // A cancelled goal with nothing linked lists no gaps of its own.
    let mut bare = whole_plan();
    bare.goals.push(goal("g2", &[], Vec::new()).into());
    Rc::make_mut(&mut bare.goals[1]).lifecycle = GoalLifecycle::Cancelled;
    assert_eq!(gaps(&bare), []);
    // A completed goal still counts.
    Rc::make_mut(&mut plan.goals[0]).lifecycle = GoalLifecycle::Completed;
    assert_eq!(gaps(&plan), []);
}

#[test]
fn gaps_come_in_plan_order() {
    let mut plan = whole_plan();
    plan.review.next_review = None;
    plan.needs = vec![need("n1"), need("n2"), need("n3")];
    plan.components = vec![component("c1"), component("c2"), component("c3")];
    plan.goals = vec![
        goal("g1", &[], Vec::new()).into(),
        goal("g2", &["n2"], vec![objective("o1", &["c2"])]).into(),
        goal("g3", &[], vec![objective("o2", &[])]).into(),
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

#[test]
fn a_goal_without_measure_target_or_due_date_is_a_gap_for_each() {
    let mut plan = whole_plan();
    Rc::make_mut(&mut plan.goals[0]).measure = " ".into();
    Rc::make_mut(&mut plan.goals[0]).target.clear();
    Rc::make_mut(&mut plan.goals[0]).due = None;
    let g1 = || "g1".to_owned();
    assert_eq!(
        gaps(&plan),
        [
            Gap::GoalWithoutMeasure { goal: g1() },
            Gap::GoalWithoutTarget { goal: g1() },
            Gap::GoalWithoutDue { goal: g1() },
        ]
    );
    Rc::make_mut(&mut plan.goals[0]).measure = "Days sober on the calendar".into();
    assert_eq!(gaps(&plan).len(), 2);
    Rc::make_mut(&mut plan.goals[0]).target = "30 days".into();
    Rc::make_mut(&mut plan.goals[0]).due = PlanDate::new(2026, 6, 1);
    assert_eq!(gaps(&plan), []);
}

#[test]
fn template_blanks_left_in_a_goal_are_a_gap_until_filled_in() {
    let mut plan = whole_plan();
    // The catalog's template, as the template picker puts it in a goal.
    Rc::make_mut(&mut plan.goals[0]).statement =
        "Go to {program} for methadone on {n} days each week until {date}".into();
    Rc::make_mut(&mut plan.goals[0]).target = "{n} days a week".into();
    assert_eq!(
        gaps(&plan),
        [
            Gap::TemplateBlanks {
                goal: "g1".into(),
                field: GoalField::Statement,
                blanks: vec!["{program}".into(), "{n}".into(), "{date}".into()],
            },
            Gap::TemplateBlanks {
                goal: "g1".into(),
                field: GoalField::Target,
                blanks: vec!["{n}".into()],
            },
        ]
    );
    Rc::make_mut(&mut plan.goals[0]).statement =
        "Go to Eastside OTP for methadone on 6 days each week until June 1".into();
    Rc::make_mut(&mut plan.goals[0]).target = "6 days a week".into();
    assert_eq!(gaps(&plan), []);
}

#[test]
fn only_braces_around_words_are_template_blanks() {
    assert_eq!(template_blanks("Walk {n} days, {n} times"), ["{n}"]);
    assert_eq!(
        template_blanks("Sí {persona de apoyo}"),
        ["{persona de apoyo}"]
    );
    assert!(template_blanks("Braces {} or { } are not blanks").is_empty());
    assert!(template_blanks("An open { brace and a } close").len() == 1);
    assert!(template_blanks("{unclosed").is_empty());
    assert_eq!(template_blanks("{{date}}"), ["{date}"]);
}

#[test]
fn an_objective_without_a_due_date_is_a_gap() {
    let mut plan = whole_plan();
    Rc::make_mut(&mut plan.goals[0]).objectives[0].due = None;
    assert_eq!(
        gaps(&plan),
        [Gap::ObjectiveWithoutDue {
            objective: "o1".into()
        }]
    );
    // A cancelled goal's objectives need no dates.
    Rc::make_mut(&mut plan.goals[0]).lifecycle = GoalLifecycle::Cancelled;
    assert!(!gaps(&plan).contains(&Gap::ObjectiveWithoutDue {
        objective: "o1".into()
    }));
}

/// CARF asks objectives to be measurable and time-specific: an objective
/// that does not say how it is measured is a gap, before its date's, and
/// blank space is no measure. Its target is the person's choice.
#[test]
fn an_objective_without_a_measure_is_a_gap_fixed_at_its_measure() {
    let mut plan = whole_plan();
    {
        let o = &mut Rc::make_mut(&mut plan.goals[0]).objectives[0];
        o.measure = " \n ".into();
        o.target.clear();
        o.due = None;
    }
    let gap = Gap::ObjectiveWithoutMeasure {
        objective: "o1".into(),
    };
    assert_eq!(
        gaps(&plan),
        [
            gap.clone(),
            Gap::ObjectiveWithoutDue {
                objective: "o1".into()
            }
        ]
    );
    assert_eq!(gap.key(), "objective-without-measure:o1");
    assert_eq!(gap.fix_at(&plan), FixAt::new(Step::Goals, "o1", "measure"));
    assert_eq!(
        Lang::En.gap(&plan, &gap),
        "Objective 1.1 (Objective o1): this objective does not say how it will be measured."
    );
    assert_eq!(
        Lang::En.gap_fix(&plan, &gap),
        "Add a measure to Objective 1.1"
    );
    assert_eq!(
        Lang::Es.gap_fix(&plan, &gap),
        "Agregar cómo se mide: Objetivo 1.1"
    );
    // A cancelled goal's objectives need no measure.
    Rc::make_mut(&mut plan.goals[0]).lifecycle = GoalLifecycle::Cancelled;
    assert!(!gaps(&plan).contains(&gap));
}

#[test]
fn a_service_without_frequency_or_responsible_person_is_a_gap_for_each() {
    let mut plan = whole_plan();
    plan.components[0].frequency.clear();
    plan.components[0].responsible = "  ".into();
    assert_eq!(
        gaps(&plan),
        [
            Gap::ComponentWithoutFrequency {
                component: "c1".into()
            },
            Gap::ComponentWithoutResponsible {
                component: "c1".into()
            },
        ]
    );
    plan.components[0].frequency = "Twice a week".into();
    plan.components[0].responsible = "Dr. Lee".into();
    assert_eq!(gaps(&plan), []);
}

#[test]
fn the_person_and_a_clinician_must_sign_the_current_revision() {
    let mut plan = whole_plan();
    plan.consent.signatures.remove(0);
    assert_eq!(
        gaps(&plan),
        [Gap::Unsigned {
            role: SignerRole::Person,
            revision: 1,
            earlier: None
        }]
    );
    // A guardian or a supervisor does not stand in for either.
    plan.consent
        .signatures
        .push(signature("s3", SignerRole::GuardianRepresentative, 1));
    plan.consent
        .signatures
        .push(signature("s4", SignerRole::Supervisor, 1));
    assert_eq!(gaps(&plan).len(), 1);
    plan.consent
        .signatures
        .push(signature("s5", SignerRole::Person, 1));
    assert_eq!(gaps(&plan), []);
}

#[test]
fn after_a_review_signatures_of_the_old_revision_are_asked_again() {
    let mut plan = whole_plan();
    plan.revision = 3;
    plan.consent
        .signatures
        .push(signature("s3", SignerRole::Person, 2));
    assert_eq!(
        gaps(&plan),
        [
            Gap::Unsigned {
                role: SignerRole::Person,
                revision: 3,
                earlier: Some(2)
            },
            Gap::Unsigned {
                role: SignerRole::Clinician,
                revision: 3,
                earlier: Some(1)
            },
        ]
    );
    let words = Lang::En.gap(&plan, &gaps(&plan)[0]);
    assert_eq!(
        words,
        "The person signed revision 2. Revision 3 needs a new signature."
    );
    // While the review is still going, nobody is asked to sign yet.
    plan.status = PlanStatus::UnderReview;
    assert_eq!(gaps(&plan), []);
}

#[test]
fn a_next_review_date_before_today_has_passed() {
    let mut plan = whole_plan();
    plan.review.next_review = PlanDate::new(2026, 1, 19);
    assert_eq!(
        gaps(&plan),
        [Gap::ReviewDatePassed {
            date: date(2026, 1, 19)
        }]
    );
    // Today itself is still in time, and without a clock nothing is known.
    plan.review.next_review = today();
    assert_eq!(gaps(&plan), []);
    plan.review.next_review = PlanDate::new(2020, 1, 1);
    assert_eq!(gaps::gaps(&plan, None), []);
}

#[test]
fn each_gap_is_fixed_at_the_field_that_fills_it() {
    let mut plan = whole_plan();
    plan.needs.push(need("n2"));
    let at = |step, item: &str, part: &str| FixAt {
        step,
        item: item.into(),
        part: part.into(),
    };
    let g1 = || "g1".to_owned();
    let cases = [
        (Gap::NoGoals, at(Step::Goals, "plan", "new-goal")),
        // A need is linked from the first goal's check box for it.
        (
            Gap::NeedWithoutGoal { need: "n2".into() },
            at(Step::Goals, "g1", "n-n2"),
        ),
        (
            Gap::GoalWithoutNeed { goal: g1() },
            at(Step::Goals, "g1", "n-n1"),
        ),
        (
            Gap::GoalWithoutMeasure { goal: g1() },
            at(Step::Goals, "g1", "measure"),
        ),
        (
            Gap::GoalWithoutTarget { goal: g1() },
            at(Step::Goals, "g1", "target"),
        ),
        (
            Gap::GoalWithoutDue { goal: g1() },
            at(Step::Goals, "g1", "due"),
        ),
        (
            Gap::TemplateBlanks {
                goal: g1(),
                field: GoalField::Measure,
                blanks: Vec::new(),
            },
            at(Step::Goals, "g1", "measure"),
        ),
        (
            Gap::GoalWithoutObjective { goal: g1() },
            at(Step::Goals, "g1", "add-objective"),
        ),
        (
            Gap::GoalWithoutIntervention { goal: g1() },
            at(Step::Goals, "o1", "i-c1"),
        ),
        (
            Gap::ObjectiveWithoutMeasure {
                objective: "o1".into(),
            },
            at(Step::Goals, "o1", "measure"),
        ),
        (
            Gap::ObjectiveWithoutDue {
                objective: "o1".into(),
            },
            at(Step::Goals, "o1", "due"),
        ),
        (
            Gap::ComponentWithoutFrequency {
                component: "c1".into(),
            },
            at(Step::Components, "c1", "frequency"),
        ),
        (
            Gap::ComponentWithoutResponsible {
                component: "c1".into(),
            },
            at(Step::Components, "c1", "responsible"),
        ),
        // A service is put to use by an objective naming it.
        (
            Gap::ComponentServesNoGoal {
                component: "c1".into(),
            },
            at(Step::Goals, "o1", "i-c1"),
        ),
        (Gap::NoReviewDate, at(Step::Aftercare, "review", "next")),
        (
            Gap::ReviewDatePassed {
                date: date(2026, 1, 1),
            },
            at(Step::Aftercare, "review", "next"),
        ),
        (
            Gap::Unsigned {
                role: SignerRole::Person,
                revision: 1,
                earlier: None,
            },
            at(Step::Finish, "signature", "name"),
        ),
    ];
    for (gap, fix) in cases {
        assert_eq!(gap.fix_at(&plan), fix, "{gap:?}");
    }
    // With no service in the plan yet, an objective adds one from the catalog.
    let mut bare = whole_plan();
    bare.components.clear();
    assert_eq!(
        Gap::GoalWithoutIntervention { goal: g1() }.fix_at(&bare),
        at(Step::Goals, "o1", "add-service")
    );
    // With no goal yet, a need is fixed by starting one.
    plan.goals.clear();
    assert_eq!(
        Gap::NeedWithoutGoal { need: "n2".into() }.fix_at(&plan),
        at(Step::Goals, "plan", "new-goal")
    );
}

#[test]
fn every_gap_has_its_own_key_words_and_a_button_that_says_what_it_fixes() {
    let mut plan = whole_plan();
    plan.goals.push(goal("g2", &[], Vec::new()).into());
    let all = every_gap();
    let keys: HashSet<String> = all.iter().map(Gap::key).collect();
    assert_eq!(keys.len(), all.len(), "keys are unique");
    for lang in Lang::ALL.iter().copied() {
        let buttons: HashSet<String> = all.iter().map(|g| lang.gap_fix(&plan, g)).collect();
        for gap in &all {
            assert!(!lang.gap(&plan, gap).is_empty(), "{lang:?} {gap:?}");
        }
        // Buttons differ except where one field fixes two gaps.
        assert!(buttons.len() >= all.len() - 1, "{lang:?}: {buttons:?}");
    }
    let en = |gap: &Gap| Lang::En.gap_fix(&plan, gap);
    assert_eq!(
        en(&Gap::GoalWithoutDue { goal: "g2".into() }),
        "Add a due date to Goal 2"
    );
    assert_eq!(
        en(&Gap::ObjectiveWithoutDue {
            objective: "o1".into()
        }),
        "Add a due date to Objective 1.1"
    );
    assert_eq!(
        en(&Gap::Unsigned {
            role: SignerRole::Person,
            revision: 1,
            earlier: None
        }),
        "Add the person's signature"
    );
    assert_eq!(
        Lang::Es.gap_fix(&plan, &Gap::GoalWithoutDue { goal: "g2".into() }),
        "Agregar la fecha límite: Meta 2"
    );
}

#[test]
fn a_goal_measured_by_a_score_needs_the_score_taken_not_a_measure_in_words() {
    let mut plan = whole_plan();
    {
        let g = std::rc::Rc::make_mut(&mut plan.goals[0]);
        g.measure.clear();
        g.target.clear();
        g.score_target = Some(ScoreTarget {
            instrument: "phq-9".into(),
            score: "total".into(),
            name: "PHQ-9 Total score".into(),
            comparator: Comparator::Below,
            value: 10,
        });
    }
    // No measure or target in words is asked for; the missing baseline is.
    assert_eq!(
        gaps(&plan),
        vec![Gap::ScoreNotTakenYet { goal: "g1".into() }]
    );
    assert_eq!(
        gaps(&plan)[0].fix_at(&plan),
        FixAt::new(Step::Assessment, "measures", "choose")
    );
    plan.measurements.push(plan_composer::plan::Measurement {
        id: "m1".into(),
        instrument: "phq-9".into(),
        name: "PHQ-9".into(),
        loinc: String::new(),
        date: date(2026, 1, 5),
        answers: Vec::new(),
        scores: vec![plan_composer::plan::Score {
            id: "total".into(),
            name: "Total score".into(),
            value: 14,
            max: 27,
            loinc: String::new(),
            better: plan_composer::plan::Direction::Lower,
            band: String::new(),
        }],
    });
    assert!(gaps(&plan).is_empty(), "{:?}", gaps(&plan));
    // The coach counts the score as the measure.
    let report = plan_composer::plan::smart::coach(&plan, &plan.goals[0], today(), &[]);
    let m = report.letter(plan_composer::plan::smart::SmartLetter::M);
    assert_eq!(
        m.reason,
        plan_composer::plan::smart::SmartReason::InstrumentScore
    );
}
