//! Named edits keep every link in a plan pointing at something, refuse what
//! they cannot do without changing anything, and undo in sensible steps.
// Native only: the browser run is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::target::{NumberSlot, NumberTarget, TextSlot, TextTarget};

use plan_composer::composer::{Action, Composer};
use plan_composer::i18n::Lang;
use plan_composer::plan::edit::{
    GoalField, ItemKind, RiskArea, TextList, ONSET_MAX, RISK_MAX, RULER_MAX,
};
use plan_composer::plan::history::UNDO_LIMIT;
use plan_composer::plan::review::Change;
use plan_composer::plan::validate::check;
use plan_composer::plan::{
    apply, ComponentCategory, ContributorRole, Edit, EditError, Finding, History, Notice, Plan,
    PlanDate,
};
use std::rc::Rc;

fn empty_plan() -> Plan {
    Plan::new("plan-1", PlanDate::new(2026, 1, 5))
}

/// Applies an edit that must succeed, returning the id it created (if any).
fn ok(plan: &mut Plan, edit: Edit) -> Option<String> {
    let applied = apply(plan, &edit).unwrap_or_else(|e| panic!("{edit:?} failed: {e:?}"));
    applied.created
}

/// Applies an edit that must add an item, returning the new id.
fn add(plan: &mut Plan, edit: Edit) -> String {
    ok(plan, edit).expect("an add edit returns the new id")
}

fn goal(statement: &str) -> Edit {
    Edit::AddGoal {
        statement: statement.into(),
        template_id: None,
    }
}

fn need(statement: &str) -> Edit {
    Edit::AddNeed {
        statement: statement.into(),
    }
}

fn component(name: &str) -> Edit {
    Edit::AddComponent {
        catalog_id: "cbt".into(),
        category: ComponentCategory::Therapy,
        name: name.into(),
    }
}

/// Applies an edit that must fail, and checks the plan did not change.
fn refused(plan: &mut Plan, edit: Edit) -> EditError {
    let before = plan.clone();
    let error = apply(plan, &edit).expect_err("the edit should be refused");
    assert_eq!(*plan, before, "a refused {edit:?} changed the plan");
    error
}

fn assert_sound(plan: &Plan) {
    assert_eq!(check(plan), vec![], "the plan breaks a rule");
}

fn assert_notices_read_in_every_language(notices: &[Notice]) {
    for notice in notices {
        for lang in Lang::ALL.iter().copied() {
            assert!(lang.notice(notice).len() > 20, "{lang:?} {notice:?}");
        }
        assert_ne!(Lang::En.notice(notice), Lang::Es.notice(notice));
    }
}

#[test]
fn removing_a_need_unlinks_the_goals_that_addressed_it_and_says_so() {
    let mut plan = empty_plan();
    let lonely = add(&mut plan, need("I drink when I feel alone"));
    let money = add(&mut plan, need("Money runs out"));
    let meetings = add(&mut plan, goal("Go to two meetings a week"));
    let budget = add(&mut plan, goal("Keep money for rent"));
    let sleep = add(&mut plan, goal("Sleep better"));
    for (g, n) in [
        (&meetings, &lonely),
        (&meetings, &money),
        (&budget, &lonely),
    ] {
        ok(
            &mut plan,
            Edit::LinkGoalNeed {
                goal: g.clone(),
                need: n.clone(),
            },
        );
    }

    let applied = apply(&mut plan, &Edit::RemoveNeed { id: lonely.clone() }).unwrap();

    assert_eq!(
        applied.notices,
        vec![
            Notice::GoalNoLongerAddressesNeed {
                goal: "Go to two meetings a week".into(),
                need: "I drink when I feel alone".into(),
            },
            Notice::GoalNoLongerAddressesNeed {
                goal: "Keep money for rent".into(),
                need: "I drink when I feel alone".into(),
            },
        ]
    );
    assert_eq!(plan.goal(&meetings).unwrap().addresses, [money]);
    assert!(plan.goal(&budget).unwrap().addresses.is_empty());
    assert!(plan.goal(&sleep).unwrap().addresses.is_empty());
    assert!(plan.need(&lonely).is_none());
    assert_sound(&plan);
    assert_notices_read_in_every_language(&applied.notices);
}

#[test]
fn removing_a_component_unlinks_the_objectives_it_served_and_says_so() {
    let mut plan = empty_plan();
    let cbt = add(&mut plan, component("CBT"));
    let group = add(&mut plan, component("Peer group"));
    let g = add(&mut plan, goal("Stay sober through the holidays"));
    let objective = add(
        &mut plan,
        Edit::AddObjective {
            goal: g.clone(),
            statement: "Plan each holiday".into(),
        },
    );
    for c in [&cbt, &group] {
        ok(
            &mut plan,
            Edit::LinkIntervention {
                objective: objective.clone(),
                component: c.clone(),
            },
        );
    }

    let applied = apply(&mut plan, &Edit::RemoveComponent { id: cbt.clone() }).unwrap();

    assert_eq!(
        applied.notices,
        vec![Notice::ObjectiveLostIntervention {
            objective: "Plan each holiday".into(),
            component: "CBT".into(),
        }]
    );
    assert_eq!(plan.goals[0].objectives[0].interventions, [group]);
    assert_sound(&plan);
    assert_notices_read_in_every_language(&applied.notices);
}

#[test]
fn removing_a_substance_row_or_assessment_trigger_unlinks_the_findings() {
    let mut plan = empty_plan();
    let alcohol = add(
        &mut plan,
        Edit::AddSubstance {
            substance: "alcohol".into(),
        },
    );
    let payday = add(
        &mut plan,
        Edit::AddTextItem {
            list: TextList::AssessmentTriggers,
            text: "payday".into(),
        },
    );
    let n = add(&mut plan, need("Drinking on payday"));
    for finding in [
        Finding::Substance(alcohol.clone()),
        Finding::Trigger(payday.clone()),
        Finding::SocialSupport,
    ] {
        ok(
            &mut plan,
            Edit::LinkFinding {
                need: n.clone(),
                finding,
            },
        );
    }

    let applied = apply(&mut plan, &Edit::RemoveSubstance { id: alcohol }).unwrap();
    assert_eq!(
        applied.notices,
        vec![Notice::NeedLostFinding {
            need: "Drinking on payday".into()
        }]
    );
    assert_eq!(
        plan.need(&n).unwrap().findings,
        [Finding::Trigger(payday.clone()), Finding::SocialSupport]
    );

    let applied = apply(
        &mut plan,
        &Edit::RemoveTextItem {
            list: TextList::AssessmentTriggers,
            id: payday,
        },
    )
    .unwrap();
    assert_eq!(applied.notices.len(), 1);
    assert_eq!(plan.need(&n).unwrap().findings, [Finding::SocialSupport]);
    assert_sound(&plan);
    assert_notices_read_in_every_language(&applied.notices);
}

#[test]
fn a_trigger_from_another_list_cannot_be_a_finding() {
    let mut plan = empty_plan();
    let n = add(&mut plan, need("Stress at work"));
    let outside = add(
        &mut plan,
        Edit::AddTextItem {
            list: TextList::ExternalTriggers,
            text: "the bar near work".into(),
        },
    );
    let error = refused(
        &mut plan,
        Edit::LinkFinding {
            need: n,
            finding: Finding::Trigger(outside.clone()),
        },
    );
    assert_eq!(
        error,
        EditError::NotFound {
            kind: ItemKind::Finding,
            id: outside
        }
    );
}

#[test]
fn removing_a_contributor_clears_the_goals_they_expressed() {
    let mut plan = empty_plan();
    let person = add(
        &mut plan,
        Edit::AddContributor {
            name: "J.R.".into(),
            role: ContributorRole::Person,
        },
    );
    let sister = add(
        &mut plan,
        Edit::AddContributor {
            name: "Ana".into(),
            role: ContributorRole::Family,
        },
    );
    let mine = add(&mut plan, goal("Walk every morning"));
    let hers = add(&mut plan, goal("Come to Sunday dinner"));
    for (g, who) in [(&mine, &person), (&hers, &sister)] {
        ok(
            &mut plan,
            Edit::SetGoalExpressedBy {
                id: g.clone(),
                contributor: Some(who.clone()),
            },
        );
    }

    let applied = apply(&mut plan, &Edit::RemoveContributor { id: sister }).unwrap();

    assert_eq!(
        applied.notices,
        vec![Notice::GoalLostContributor {
            goal: "Come to Sunday dinner".into()
        }]
    );
    assert_eq!(plan.goal(&hers).unwrap().expressed_by, None);
    assert_eq!(plan.goal(&mine).unwrap().expressed_by, Some(person));
    assert_sound(&plan);
    assert_notices_read_in_every_language(&applied.notices);
}

#[test]
fn linking_to_an_item_that_is_not_there_is_refused_and_changes_nothing() {
    let mut plan = empty_plan();
    let g = add(&mut plan, goal("Walk every morning"));
    let n = add(&mut plan, need("Feel stronger"));
    let c = add(&mut plan, component("Walking group"));
    let o = add(
        &mut plan,
        Edit::AddObjective {
            goal: g.clone(),
            statement: "Buy shoes".into(),
        },
    );
    let missing = |kind, id: &str| EditError::NotFound {
        kind,
        id: id.into(),
    };
    let cases = [
        (
            Edit::LinkGoalNeed {
                goal: g.clone(),
                need: "n404".into(),
            },
            missing(ItemKind::Need, "n404"),
        ),
        (
            Edit::LinkGoalNeed {
                goal: "g404".into(),
                need: n.clone(),
            },
            missing(ItemKind::Goal, "g404"),
        ),
        (
            Edit::LinkIntervention {
                objective: o.clone(),
                component: "c404".into(),
            },
            missing(ItemKind::Component, "c404"),
        ),
        (
            Edit::LinkIntervention {
                objective: "o404".into(),
                component: c.clone(),
            },
            missing(ItemKind::Objective, "o404"),
        ),
        (
            Edit::SetGoalExpressedBy {
                id: g.clone(),
                contributor: Some("p404".into()),
            },
            missing(ItemKind::Contributor, "p404"),
        ),
        (
            Edit::LinkFinding {
                need: n.clone(),
                finding: Finding::Substance("s404".into()),
            },
            missing(ItemKind::Finding, "s404"),
        ),
        (
            Edit::LinkFinding {
                need: "n404".into(),
                finding: Finding::Trauma,
            },
            missing(ItemKind::Need, "n404"),
        ),
        (
            Edit::AddObjective {
                goal: "g404".into(),
                statement: "orphan".into(),
            },
            missing(ItemKind::Goal, "g404"),
        ),
        // An id of the wrong kind is not found either.
        (
            Edit::LinkGoalNeed {
                goal: g.clone(),
                need: c.clone(),
            },
            missing(ItemKind::Need, &c),
        ),
        (
            Edit::RemoveGoal { id: n.clone() },
            missing(ItemKind::Goal, &n),
        ),
    ];
    for (edit, expected) in cases {
        assert_eq!(refused(&mut plan, edit), expected);
        for lang in Lang::ALL.iter().copied() {
            assert!(!lang.edit_error(&expected).is_empty());
        }
    }
    // A refused add does not spend an id either.
    assert_eq!(add(&mut plan, goal("Next")), "g5");
}

#[test]
fn out_of_range_numbers_are_refused_and_change_nothing() {
    let mut plan = empty_plan();
    let g = add(&mut plan, goal("Walk every morning"));
    let s = add(
        &mut plan,
        Edit::AddSubstance {
            substance: "alcohol".into(),
        },
    );
    ok(&mut plan, Edit::SetRiskViewEnabled(true));
    let too_high = |value: u8, max: u8| EditError::OutOfRange {
        value: value.into(),
        max: max.into(),
    };
    let cases = [
        (
            NumberTarget::from(NumberSlot::ReadinessRuler).edit(Some(11)),
            too_high(11, RULER_MAX),
        ),
        (
            NumberTarget::of(NumberSlot::GoalConfidence, g.clone()).edit(Some(11)),
            too_high(11, RULER_MAX),
        ),
        (
            NumberTarget::of(NumberSlot::SubstanceOnset, s.clone()).edit(Some(ONSET_MAX + 1)),
            too_high(ONSET_MAX + 1, ONSET_MAX),
        ),
        (
            NumberTarget::of(NumberSlot::GoalConfidence, g.clone()).edit(Some(u8::MAX)),
            too_high(u8::MAX, RULER_MAX),
        ),
    ];
    for (edit, expected) in cases {
        assert_eq!(refused(&mut plan, edit), expected);
    }
    for area in RiskArea::ALL.iter().copied() {
        let edit = NumberTarget::from(NumberSlot::RiskRating(area)).edit(Some(5));
        assert_eq!(refused(&mut plan, edit), too_high(5, RISK_MAX));
    }
    let message = Lang::En.edit_error(&too_high(11, RULER_MAX));
    assert_eq!(message, "11 is too high; use 0 to 10.");
}

#[test]
fn the_highest_allowed_numbers_are_accepted() {
    let mut plan = empty_plan();
    let g = add(&mut plan, goal("Walk every morning"));
    let s = add(
        &mut plan,
        Edit::AddSubstance {
            substance: "alcohol".into(),
        },
    );
    ok(&mut plan, Edit::SetRiskViewEnabled(true));
    ok(
        &mut plan,
        NumberTarget::from(NumberSlot::ReadinessRuler).edit(Some(RULER_MAX)),
    );
    ok(
        &mut plan,
        NumberTarget::of(NumberSlot::GoalConfidence, g).edit(Some(RULER_MAX)),
    );
    ok(
        &mut plan,
        NumberTarget::of(NumberSlot::SubstanceOnset, s).edit(Some(ONSET_MAX)),
    );
    ok(
        &mut plan,
        NumberTarget::from(NumberSlot::RiskRating(RiskArea::ContinuedUse)).edit(Some(RISK_MAX)),
    );
    assert_eq!(plan.assessment.readiness.ruler, Some(10));
    assert_eq!(plan.goals[0].confidence, Some(10));
    assert_eq!(plan.assessment.substances[0].age_of_onset, Some(120));
    assert_eq!(
        plan.assessment.risk_view.as_ref().unwrap().continued_use,
        Some(4)
    );
    assert_sound(&plan);
}

#[test]
fn a_risk_rating_needs_the_risk_view_turned_on() {
    let mut plan = empty_plan();
    let rate = NumberTarget::from(NumberSlot::RiskRating(RiskArea::Readiness)).edit(Some(2));
    assert_eq!(refused(&mut plan, rate.clone()), EditError::RiskViewOff);
    ok(&mut plan, Edit::SetRiskViewEnabled(true));
    ok(&mut plan, rate);
    // Turning it off drops the ratings; turning it on again starts afresh.
    ok(&mut plan, Edit::SetRiskViewEnabled(false));
    assert_eq!(plan.assessment.risk_view, None);
    ok(&mut plan, Edit::SetRiskViewEnabled(true));
    assert_eq!(plan.assessment.risk_view.as_ref().unwrap().readiness, None);
}

#[test]
fn a_removed_items_id_is_never_given_out_again() {
    let mut plan = empty_plan();
    let first = add(&mut plan, goal("First"));
    ok(&mut plan, Edit::RemoveGoal { id: first.clone() });
    let second = add(&mut plan, goal("Second"));
    assert_ne!(first, second);

    let mut seen = vec![first, second];
    for round in 0..20 {
        let id = add(&mut plan, need(&format!("need {round}")));
        assert!(!seen.contains(&id), "{id} was given out twice");
        seen.push(id.clone());
        ok(&mut plan, Edit::RemoveNeed { id });
    }
}

#[test]
fn new_ids_skip_ids_already_in_an_imported_plan() {
    // A hand-edited file may hold ids ahead of its next_id.
    let mut plan = empty_plan();
    add(&mut plan, goal("One"));
    Rc::make_mut(&mut plan.goals[0]).id = "g2".into();
    plan.next_id = 1;
    assert_eq!(add(&mut plan, goal("Two")), "g1");
    assert_eq!(add(&mut plan, goal("Three")), "g3");
    assert_sound(&plan);
}

#[test]
fn ids_keep_coming_when_the_counter_is_used_up() {
    // A hand-edited file can set next_id to the largest number there is;
    // adding items must still give unique ids, not loop or repeat.
    let mut plan = empty_plan();
    plan.next_id = u32::MAX - 1;
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(add(&mut plan, goal(&format!("goal {n}"))));
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert_sound(&plan);
}

#[test]
fn a_goal_moves_to_the_position_asked_for() {
    let mut plan = empty_plan();
    let ids: Vec<String> = ["a", "b", "c", "d"]
        .into_iter()
        .map(|s| add(&mut plan, goal(s)))
        .collect();
    let order =
        |plan: &Plan| -> String { plan.goals.iter().map(|g| g.statement.as_str()).collect() };

    ok(
        &mut plan,
        Edit::MoveGoal {
            id: ids[3].clone(),
            to: 0,
        },
    );
    assert_eq!(order(&plan), "dabc");
    ok(
        &mut plan,
        Edit::MoveGoal {
            id: ids[3].clone(),
            to: 3,
        },
    );
    assert_eq!(order(&plan), "abcd");
    ok(
        &mut plan,
        Edit::MoveGoal {
            id: ids[0].clone(),
            to: 2,
        },
    );
    assert_eq!(order(&plan), "bcad");
    // Moving to where it already is changes nothing.
    let before = plan.clone();
    ok(
        &mut plan,
        Edit::MoveGoal {
            id: ids[0].clone(),
            to: 2,
        },
    );
    assert_eq!(plan, before);

    assert_eq!(
        refused(
            &mut plan,
            Edit::MoveGoal {
                id: ids[0].clone(),
                to: 4
            }
        ),
        EditError::PositionOutOfRange { to: 4, len: 4 }
    );
    assert_eq!(
        refused(
            &mut plan,
            Edit::MoveGoal {
                id: "g404".into(),
                to: 0
            }
        ),
        EditError::NotFound {
            kind: ItemKind::Goal,
            id: "g404".into()
        }
    );
    let message = Lang::En.edit_error(&EditError::PositionOutOfRange { to: 4, len: 4 });
    assert_eq!(message, "Position 5 is past the end of the list of 4.");
}

#[test]
fn goals_served_by_a_component_are_found_through_their_objectives() {
    let mut plan = empty_plan();
    let cbt = add(&mut plan, component("CBT"));
    let group = add(&mut plan, component("Peer group"));
    let unused = add(&mut plan, component("Yoga"));
    let mut goals = Vec::new();
    for name in ["Drink less", "Sleep better", "Make friends"] {
        goals.push(add(&mut plan, goal(name)));
    }
    let link = |plan: &mut Plan, g: &str, components: &[&String]| {
        let o = add(
            plan,
            Edit::AddObjective {
                goal: g.into(),
                statement: "step".into(),
            },
        );
        for c in components {
            ok(
                plan,
                Edit::LinkIntervention {
                    objective: o.clone(),
                    component: (*c).clone(),
                },
            );
        }
    };
    link(&mut plan, &goals[0], &[&cbt]);
    link(&mut plan, &goals[0], &[&cbt, &group]);
    link(&mut plan, &goals[1], &[&cbt]);
    link(&mut plan, &goals[2], &[&group]);

    let served = |plan: &Plan, c: &str| -> Vec<String> {
        plan.goals_served_by(c)
            .map(|g| g.statement.clone())
            .collect()
    };
    assert_eq!(served(&plan, &cbt), ["Drink less", "Sleep better"]);
    assert_eq!(served(&plan, &group), ["Drink less", "Make friends"]);
    assert!(served(&plan, &unused).is_empty());
    assert!(served(&plan, "c404").is_empty());

    ok(&mut plan, Edit::RemoveComponent { id: group.clone() });
    assert!(served(&plan, &group).is_empty());
}

// ---- undo and redo ----

fn typed(id: &str, text: &str) -> Edit {
    TextTarget::of(TextSlot::Goal(GoalField::Statement), id).edit(text.into())
}

/// A history with one goal whose statement is empty.
fn history_with_goal() -> (History, String) {
    let mut history = History::new(empty_plan());
    let id = history.apply(&goal("")).unwrap().created.unwrap();
    (history, id)
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let (mut history, g) = history_with_goal();
    for end in 1..="Walk".len() {
        history.apply(&typed(&g, &"Walk"[..end])).unwrap();
    }
    assert_eq!(history.plan().goals[0].statement, "Walk");
    assert!(history.undo());
    assert_eq!(history.plan().goals[0].statement, "");
    assert!(history.undo(), "the goal's creation is the step before");
    assert!(history.plan().goals.is_empty());
    assert!(!history.undo());
}

#[test]
fn typing_in_another_field_starts_a_new_step() {
    let (mut history, g) = history_with_goal();
    history.apply(&typed(&g, "Walk")).unwrap();
    history
        .apply(&TextTarget::of(TextSlot::Goal(GoalField::Measure), g.clone()).edit("days".into()))
        .unwrap();
    history.apply(&typed(&g, "Walk daily")).unwrap();
    assert!(history.undo());
    assert_eq!(history.plan().goals[0].statement, "Walk");
    assert_eq!(history.plan().goals[0].measure, "days");
    assert!(history.undo());
    assert_eq!(history.plan().goals[0].measure, "");
    assert!(history.undo());
    assert_eq!(history.plan().goals[0].statement, "");
}

#[test]
fn leaving_a_field_ends_its_typing_step() {
    let (mut history, g) = history_with_goal();
    history.apply(&typed(&g, "Walk")).unwrap();
    history.seal();
    history.apply(&typed(&g, "Walk daily")).unwrap();
    assert!(history.undo());
    assert_eq!(history.plan().goals[0].statement, "Walk");

    // The composer seals on EndTyping.
    let mut composer = Composer::new(empty_plan(), Lang::En);
    composer.act(Action::Edit(
        TextTarget::from(TextSlot::Title).edit("My".into()),
    ));
    composer.act(Action::Edit(
        TextTarget::from(TextSlot::Title).edit("My plan".into()),
    ));
    composer.act(Action::EndTyping);
    composer.act(Action::Edit(
        TextTarget::from(TextSlot::Title).edit("My plan 2".into()),
    ));
    composer.act(Action::Undo);
    assert_eq!(composer.plan().title, "My plan");
    composer.act(Action::Undo);
    assert_eq!(composer.plan().title, "");
}

#[test]
fn redo_brings_back_what_undo_took_away() {
    let (mut history, g) = history_with_goal();
    history.apply(&typed(&g, "Walk")).unwrap();
    let typed_plan = history.plan().clone();
    assert!(!history.can_redo());
    assert!(history.undo());
    assert!(history.undo());
    assert!(history.can_redo());
    assert!(history.redo());
    assert_eq!(history.plan().goals[0].statement, "");
    assert!(history.redo());
    assert_eq!(*history.plan(), typed_plan);
    assert!(!history.redo());
}

#[test]
fn a_new_edit_after_undo_clears_redo() {
    let (mut history, g) = history_with_goal();
    history.apply(&typed(&g, "Walk")).unwrap();
    history.undo();
    assert!(history.can_redo());
    history
        .apply(&TextTarget::from(TextSlot::Title).edit("Mine".into()))
        .unwrap();
    assert!(!history.can_redo());
    assert!(!history.redo());
    assert_eq!(history.plan().title, "Mine");
    assert_eq!(history.plan().goals[0].statement, "");
}

#[test]
fn edits_that_fail_or_change_nothing_add_no_step_and_keep_redo() {
    let (mut history, g) = history_with_goal();
    history.apply(&typed(&g, "Walk")).unwrap();
    history.undo();
    let before = history.clone();
    assert!(history
        .apply(&Edit::RemoveGoal { id: "g404".into() })
        .is_err());
    assert!(history.apply(&typed(&g, "")).is_ok(), "same text again");
    assert_eq!(history, before);
}

#[test]
fn undo_goes_back_at_most_the_undo_limit() {
    let mut history = History::new(empty_plan());
    for n in 0..UNDO_LIMIT + 20 {
        history.apply(&need(&format!("need {n}"))).unwrap();
    }
    let mut undone = 0;
    while history.undo() {
        undone += 1;
    }
    assert_eq!(undone, UNDO_LIMIT);
    // The oldest steps were dropped, the newest kept.
    assert_eq!(history.plan().needs.len(), 20);
    while history.redo() {}
    assert_eq!(history.plan().needs.len(), UNDO_LIMIT + 20);
}

#[test]
fn imports_count_toward_the_undo_limit_too() {
    let mut history = History::new(empty_plan());
    for n in 0..UNDO_LIMIT + 5 {
        let mut plan = empty_plan();
        plan.title = format!("import {n}");
        history.replace(plan);
    }
    let mut undone = 0;
    while history.undo() {
        undone += 1;
    }
    assert_eq!(undone, UNDO_LIMIT);
    assert_eq!(history.plan().title, "import 4");
}

#[test]
fn the_composer_reports_notices_and_errors_until_the_next_action() {
    let mut composer = Composer::new(empty_plan(), Lang::Es);
    composer.act(Action::Edit(need("Dormir mejor")));
    let n = composer.plan().needs[0].id.clone();
    composer.act(Action::Edit(goal("Dormir ocho horas")));
    let g = composer.plan().goals[0].id.clone();
    composer.act(Action::Edit(Edit::LinkGoalNeed {
        goal: g,
        need: n.clone(),
    }));
    composer.act(Action::Edit(Edit::RemoveNeed { id: n }));
    assert_eq!(composer.notices.len(), 1);
    assert!(composer
        .lang
        .notice(&composer.notices[0])
        .contains("Dormir ocho horas"));

    composer.act(Action::Edit(
        NumberTarget::from(NumberSlot::ReadinessRuler).edit(Some(11)),
    ));
    assert!(composer.notices.is_empty());
    assert_eq!(
        composer.edit_error,
        Some(EditError::OutOfRange { value: 11, max: 10 })
    );
    assert_eq!(composer.plan().assessment.readiness.ruler, None);

    composer.act(Action::Undo);
    assert_eq!(composer.edit_error, None);
    assert_eq!(composer.plan().needs.len(), 1, "undo brought the need back");
    assert_eq!(composer.plan().goals[0].addresses.len(), 1, "and its link");
}

#[test]
fn a_suggested_need_is_added_with_its_findings_in_one_edit() {
    let mut plan = empty_plan();
    let row = add(
        &mut plan,
        Edit::AddSubstance {
            substance: "Alcohol".into(),
        },
    );
    let id = add(
        &mut plan,
        Edit::AddNeedFromFindings {
            statement: "Stop drinking".into(),
            findings: vec![
                Finding::Substance(row.clone()),
                Finding::MentalHealth,
                Finding::MentalHealth,
            ],
        },
    );
    let need = plan.need(&id).expect("the need was added");
    assert_eq!(need.statement, "Stop drinking");
    assert_eq!(
        need.findings,
        vec![Finding::Substance(row), Finding::MentalHealth],
        "each finding is linked once"
    );
    assert!(check(&plan).is_empty());

    let error = refused(
        &mut plan,
        Edit::AddNeedFromFindings {
            statement: "Ghost".into(),
            findings: vec![Finding::Trigger("t404".into())],
        },
    );
    assert_eq!(
        error,
        EditError::NotFound {
            kind: ItemKind::Finding,
            id: "t404".into()
        }
    );
}

#[test]
fn a_catalog_component_keeps_the_catalogs_defaults() {
    let mut plan = empty_plan();
    let id = add(
        &mut plan,
        Edit::AddCatalogComponent {
            catalog_id: "methadone".into(),
            category: ComponentCategory::Medication,
            name: "Methadone".into(),
            details: "As prescribed".into(),
            setting: "Opioid treatment program".into(),
        },
    );
    let component = plan.component(&id).expect("the component was added");
    assert_eq!(component.details, "As prescribed");
    assert_eq!(component.setting, "Opioid treatment program");
    assert_eq!(component.catalog_id, "methadone");
    assert_eq!(component.frequency, "");
    // Never twice: the second is refused, naming the one in the plan.
    let before = plan.clone();
    let again = apply(
        &mut plan,
        &Edit::AddCatalogComponent {
            catalog_id: "methadone".into(),
            category: ComponentCategory::Medication,
            name: "Methadone".into(),
            details: String::new(),
            setting: String::new(),
        },
    );
    assert_eq!(
        again.err(),
        Some(EditError::AlreadyInPlan {
            id: id.clone(),
            name: "Methadone".into()
        })
    );
    assert_eq!(plan, before, "nothing added");
    assert_eq!(
        Lang::En.edit_error(&EditError::AlreadyInPlan {
            id,
            name: "Methadone".into()
        }),
        "Methadone is already in the plan. Change it where it is, under its kind of service."
    );
}

#[test]
fn finishing_a_review_is_one_step_that_undo_takes_back_whole() {
    let mut plan = empty_plan();
    plan.status = plan_composer::plan::PlanStatus::UnderReview;
    let mut history = History::new(plan);
    let before = history.plan().clone();
    let finish = Edit::FinishReview {
        date: PlanDate::new(2026, 2, 1).unwrap(),
        reviewed_by: "Dr. Lee".into(),
        changes: vec![Change::Note("Added the goal “Walk”".into())],
        reason: String::new(),
    };
    history.apply(&finish).unwrap();
    assert_eq!(history.plan().revision, before.revision + 1);
    assert_eq!(
        history.plan().status,
        plan_composer::plan::PlanStatus::Active
    );
    assert_eq!(history.plan().review.history.len(), 1);
    assert_sound(history.plan());
    assert!(history.undo());
    assert_eq!(history.plan(), &before);
}

// ---- goals shared between snapshots ----

/// Whether each goal of `after` is the very `Rc` of the same goal in `before`.
fn kept_pointers(before: &Plan, after: &Plan) -> Vec<bool> {
    after
        .goals
        .iter()
        .map(|g| before.goals.iter().any(|old| Rc::ptr_eq(old, g)))
        .collect()
}

/// A history whose plan has three goals; the first and last address a need
/// and have an objective served by a component, and were expressed by a
/// contributor. Returns the history and the ids (goals, need, component,
/// contributor).
fn history_with_three_goals() -> (History, [String; 3], String, String, String) {
    let mut plan = empty_plan();
    let need = add(&mut plan, need("Sleep"));
    let component = add(&mut plan, component("CBT-I"));
    let who = add(
        &mut plan,
        Edit::AddContributor {
            name: "J.R.".into(),
            role: ContributorRole::Person,
        },
    );
    let goals = ["Sleep seven hours", "Walk daily", "No screens after ten"]
        .map(|statement| add(&mut plan, goal(statement)));
    for g in [&goals[0], &goals[2]] {
        let objective = add(
            &mut plan,
            Edit::AddObjective {
                goal: g.clone(),
                statement: "Keep a sleep diary".into(),
            },
        );
        for edit in [
            Edit::LinkGoalNeed {
                goal: g.clone(),
                need: need.clone(),
            },
            Edit::LinkIntervention {
                objective,
                component: component.clone(),
            },
            Edit::SetGoalExpressedBy {
                id: g.clone(),
                contributor: Some(who.clone()),
            },
        ] {
            ok(&mut plan, edit);
        }
    }
    (History::new(plan), goals, need, component, who)
}

#[test]
fn an_edit_copies_only_the_goal_it_changes() {
    let (mut history, goals, ..) = history_with_three_goals();
    let before = history.shared_plan();
    history.apply(&typed(&goals[1], "Walk every day")).unwrap();
    let after = history.shared_plan();
    assert_eq!(kept_pointers(&before, &after), [true, false, true]);
    // The snapshot before is as it was, for undo.
    assert_eq!(before.goals[1].statement, "Walk daily");
    assert_eq!(after.goals[1].statement, "Walk every day");
    history.undo();
    assert!(Rc::ptr_eq(&history.shared_plan(), &before));
}

#[test]
fn objective_edits_copy_only_the_goal_that_has_the_objective() {
    let (mut history, goals, ..) = history_with_three_goals();
    let before = history.shared_plan();
    let objective = before.goals[2].objectives[0].id.clone();
    history
        .apply(
            &TextTarget::of(TextSlot::Objective, objective.clone())
                .edit("Lights out at ten".into()),
        )
        .unwrap();
    assert_eq!(
        kept_pointers(&before, &history.shared_plan()),
        [true, true, false]
    );
    let before = history.shared_plan();
    history
        .apply(&Edit::RemoveObjective { id: objective })
        .unwrap();
    assert_eq!(
        kept_pointers(&before, &history.shared_plan()),
        [true, true, false]
    );
    assert_eq!(history.plan().goal(&goals[2]).unwrap().objectives, []);
}

#[test]
fn removing_what_goals_link_to_copies_only_the_goals_that_link_to_it() {
    let (history, _, need, component, who) = history_with_three_goals();
    for edit in [
        Edit::RemoveNeed { id: need },
        Edit::RemoveComponent { id: component },
        Edit::RemoveContributor { id: who },
    ] {
        let mut history = history.clone();
        let before = history.shared_plan();
        let applied = history.apply(&edit).unwrap();
        assert_eq!(applied.notices.len(), 2, "{edit:?}");
        assert_eq!(
            kept_pointers(&before, &history.shared_plan()),
            [false, true, false],
            "{edit:?}"
        );
        assert_sound(history.plan());
    }
}

#[test]
fn retyping_a_goal_as_it_was_adds_no_step() {
    let (mut history, goals, ..) = history_with_three_goals();
    history.apply(&typed(&goals[1], "Walk daily")).unwrap();
    assert!(
        !history.can_undo(),
        "the goal was copied but did not change"
    );
}

#[test]
fn a_service_added_from_an_objective_is_named_there_in_one_undo_step() {
    use plan_composer::plan::catalog::default_catalog;
    let mut history = History::new(empty_plan());
    let g = history
        .apply(&goal("Sleep without drinking"))
        .unwrap()
        .created
        .unwrap();
    let o = history
        .apply(&Edit::AddObjective {
            goal: g.clone(),
            statement: "Learn two ways to wind down".into(),
        })
        .unwrap()
        .created
        .unwrap();
    let before = history.plan().clone();
    // The catalog's own edit, with its defaults, as the objective sends it.
    let entry = default_catalog()
        .entry("naltrexone")
        .expect("in the catalog");
    let edit = entry.add_edit_for(Lang::En, &o);
    let c = history
        .apply(&edit)
        .unwrap()
        .created
        .expect("the new service");
    let plan = history.plan();
    let added = plan.component(&c).expect("added");
    assert_eq!(added.catalog_id, "naltrexone");
    assert_eq!(
        (added.details.clone(), added.category),
        (
            entry
                .default_details
                .as_ref()
                .map(|d| d.en.clone())
                .unwrap_or_default(),
            entry.category
        )
    );
    assert_eq!(
        plan.goals[0].objectives[0].interventions,
        std::slice::from_ref(&c)
    );
    assert_sound(plan);
    // One step: undo takes back the service and its link together.
    assert!(history.undo());
    assert_eq!(*history.plan(), before);
    assert!(history.redo());

    // Never twice, and never for an objective that is not there: refused,
    // nothing added.
    let mut plan = history.plan().clone();
    assert_eq!(
        refused(&mut plan, edit),
        EditError::AlreadyInPlan {
            id: c,
            name: entry.name.en.clone()
        }
    );
    let other = default_catalog().entry("cbt").expect("in the catalog");
    assert_eq!(
        refused(&mut plan, other.add_edit_for(Lang::En, "o-gone")),
        EditError::NotFound {
            kind: ItemKind::Objective,
            id: "o-gone".into()
        }
    );
}

#[test]
fn a_goal_links_the_strengths_that_help_and_loses_a_removed_one_with_a_notice() {
    let mut plan = empty_plan();
    let strong = add(
        &mut plan,
        Edit::AddTextItem {
            list: TextList::Strengths,
            text: "Close to my sister".into(),
        },
    );
    let calm = add(
        &mut plan,
        Edit::AddTextItem {
            list: TextList::Strengths,
            text: "Calm in a crisis".into(),
        },
    );
    let coping = add(
        &mut plan,
        Edit::AddTextItem {
            list: TextList::CopingStrategies,
            text: "Walk".into(),
        },
    );
    let walk = add(&mut plan, goal("Walk every morning"));
    let dinner = add(&mut plan, goal("Come to Sunday dinner"));
    for (g, s) in [(&walk, &calm), (&dinner, &strong), (&dinner, &calm)] {
        ok(
            &mut plan,
            Edit::LinkGoalStrength {
                goal: g.clone(),
                strength: s.clone(),
            },
        );
    }
    // Twice is once.
    ok(
        &mut plan,
        Edit::LinkGoalStrength {
            goal: dinner.clone(),
            strength: strong.clone(),
        },
    );
    assert_eq!(
        plan.goal(&dinner).unwrap().strengths,
        [strong.clone(), calm.clone()]
    );
    // Only a strength: not an item of another list, nor one that is gone.
    for other in [coping, "t-gone".to_owned()] {
        assert_eq!(
            refused(
                &mut plan,
                Edit::LinkGoalStrength {
                    goal: walk.clone(),
                    strength: other.clone(),
                }
            ),
            EditError::NotFound {
                kind: ItemKind::TextItem,
                id: other
            }
        );
    }
    ok(
        &mut plan,
        Edit::UnlinkGoalStrength {
            goal: dinner.clone(),
            strength: strong.clone(),
        },
    );
    assert_eq!(
        plan.goal(&dinner).unwrap().strengths,
        std::slice::from_ref(&calm)
    );

    let applied = apply(
        &mut plan,
        &Edit::RemoveTextItem {
            list: TextList::Strengths,
            id: calm,
        },
    )
    .unwrap();
    assert_eq!(
        applied.notices,
        vec![
            Notice::GoalLostStrength {
                goal: "Walk every morning".into(),
                strength: "Calm in a crisis".into(),
            },
            Notice::GoalLostStrength {
                goal: "Come to Sunday dinner".into(),
                strength: "Calm in a crisis".into(),
            },
        ]
    );
    assert!(plan.goals.iter().all(|g| g.strengths.is_empty()));
    assert_sound(&plan);
    assert_notices_read_in_every_language(&applied.notices);
}

#[test]
fn barriers_are_added_written_and_removed_under_their_goal_only() {
    let mut plan = empty_plan();
    let walk = add(&mut plan, goal("Walk every morning"));
    let dinner = add(&mut plan, goal("Come to Sunday dinner"));
    let rain = add(
        &mut plan,
        Edit::AddBarrier {
            goal: walk.clone(),
            text: String::new(),
        },
    );
    let shifts = add(
        &mut plan,
        Edit::AddBarrier {
            goal: walk.clone(),
            text: "Night shifts".into(),
        },
    );
    ok(
        &mut plan,
        TextTarget::of(TextSlot::Barrier, rain.clone()).edit("Rainy days".into()),
    );
    let texts = |p: &Plan, g: &str| -> Vec<String> {
        p.goal(g)
            .map(|g| g.barriers.iter().map(|b| b.text.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(texts(&plan, &walk), ["Rainy days", "Night shifts"]);
    assert!(texts(&plan, &dinner).is_empty());
    assert!(
        plan.all_ids().any(|id| id == shifts),
        "a barrier has an id of its own"
    );
    assert_sound(&plan);

    ok(&mut plan, Edit::RemoveBarrier { id: rain.clone() });
    assert_eq!(texts(&plan, &walk), ["Night shifts"]);
    for edit in [
        Edit::RemoveBarrier { id: rain.clone() },
        TextTarget::of(TextSlot::Barrier, rain.clone()).edit("x".into()),
    ] {
        assert_eq!(
            refused(&mut plan, edit),
            EditError::NotFound {
                kind: ItemKind::Barrier,
                id: rain.clone()
            }
        );
    }
    assert_eq!(
        refused(
            &mut plan,
            Edit::AddBarrier {
                goal: "g-gone".into(),
                text: "x".into()
            }
        ),
        EditError::NotFound {
            kind: ItemKind::Goal,
            id: "g-gone".into()
        }
    );
    // A barrier removed with its goal leaves nothing behind.
    ok(&mut plan, Edit::RemoveGoal { id: walk });
    assert!(!plan.all_ids().any(|id| id == shifts));
    assert_sound(&plan);
}

#[test]
fn an_objectives_measure_and_target_are_fields_of_their_own() {
    let mut plan = empty_plan();
    let g = add(&mut plan, goal("Sleep without drinking"));
    let o = add(
        &mut plan,
        Edit::AddObjective {
            goal: g,
            statement: "Go to every group".into(),
        },
    );
    ok(
        &mut plan,
        TextTarget::of(TextSlot::ObjectiveMeasure, o.clone())
            .edit("Sessions signed in, from the sheet".into()),
    );
    ok(
        &mut plan,
        TextTarget::of(TextSlot::ObjectiveTarget, o.clone()).edit("8 of 8".into()),
    );
    let objective = &plan.goals[0].objectives[0];
    assert_eq!(
        (
            objective.statement.as_str(),
            objective.measure.as_str(),
            objective.target.as_str()
        ),
        (
            "Go to every group",
            "Sessions signed in, from the sheet",
            "8 of 8"
        )
    );
    // Left out of the file while empty, so older plans read and save alike.
    let json = plan_composer::export::json::export(&empty_objective_plan());
    let saved: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let objective = &saved["goals"][0]["objectives"][0];
    assert_eq!(objective["statement"], "Buy shoes");
    assert!(objective.get("measure").is_none() && objective.get("target").is_none());
    let goal = &saved["goals"][0];
    assert!(goal.get("strengths").is_none() && goal.get("barriers").is_none());
}

fn empty_objective_plan() -> Plan {
    let mut plan = empty_plan();
    let g = add(&mut plan, goal("Walk"));
    add(
        &mut plan,
        Edit::AddObjective {
            goal: g,
            statement: "Buy shoes".into(),
        },
    );
    plan
}

/// Before the rest of the widget is here, the first module applies step 1's
/// edits with `apply_first_step`; a later step's edit waits for `apply`.
#[test]
fn step_ones_edits_apply_before_the_rest_of_the_widget_and_others_wait() {
    use plan_composer::plan::apply_first_step;
    let mut plan = empty_plan();
    let title = TextTarget::from(TextSlot::Title).edit("My plan".into());
    apply_first_step(&mut plan, &title).expect("a step 1 field");
    assert_eq!(plan.title, "My plan");
    let strength = Edit::AddTextItem {
        list: TextList::Strengths,
        text: "Patient".into(),
    };
    let created = apply_first_step(&mut plan, &strength).expect("a step 1 list");
    assert!(created.created.is_some());
    let contributor = Edit::AddContributor {
        name: "R.T.".into(),
        role: ContributorRole::Person,
    };
    apply_first_step(&mut plan, &contributor).expect("a step 1 row");
    let before = plan.clone();
    assert_eq!(
        apply_first_step(&mut plan, &goal("Walk daily")),
        Err(EditError::NotReady)
    );
    assert_eq!(plan, before, "a refused edit changes nothing");
    for lang in Lang::ALL.iter().copied() {
        assert!(!lang.edit_error(&EditError::NotReady).is_empty());
    }
    ok(&mut plan, goal("Walk daily"));
    assert_eq!(plan.goals.len(), 1);
}
