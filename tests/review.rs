//! Review entries come from the edits made during a review: the list of
//! changes names exactly what changed, and nothing when nothing did.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use plan_composer::plan::target::{
    ChoiceSlot, ChoiceTarget, DateSlot, DateTarget, NumberSlot, NumberTarget, TextSlot, TextTarget,
};

use plan_composer::i18n::Lang;
use plan_composer::plan::edit::{
    AftercareField, AssessmentField, ComponentField, ItemKind, PersonField, TextList,
};
use plan_composer::plan::review::{changes_between, Change, Field, Section};
use plan_composer::plan::*;
use support::{date, full_plan, ok};

/// The full plan (in use, so signed and read-only) opened for review.
fn under_review() -> Plan {
    let mut plan = full_plan();
    ok(&mut plan, Edit::SetStatus(PlanStatus::UnderReview));
    plan
}

fn goal_id(plan: &Plan, statement: &str) -> String {
    plan.goals
        .iter()
        .find(|g| g.statement == statement)
        .map(|g| g.id.clone())
        .expect("goal")
}

fn component_id(plan: &Plan, name: &str) -> String {
    plan.components
        .iter()
        .find(|c| c.name == name)
        .map(|c| c.id.clone())
        .expect("component")
}

#[test]
fn nothing_changed_means_no_changes() {
    let plan = full_plan();
    assert_eq!(changes_between(&plan, &plan), Vec::<Change>::new());
    // Review bookkeeping is not a change to report.
    let mut after = plan.clone();
    ok(&mut after, Edit::SetStatus(PlanStatus::UnderReview));
    after.revision += 1;
    after.next_id += 10;
    assert_eq!(changes_between(&plan, &after), Vec::<Change>::new());
}

#[test]
fn add_a_goal_change_a_due_date_remove_a_component_are_listed_exactly() {
    let before = under_review();
    let mut after = before.clone();
    ok(
        &mut after,
        Edit::AddGoal {
            statement: "Walk every morning".into(),
            template_id: None,
        },
    );
    let sleep = goal_id(&after, "Sleep without drinking");
    ok(
        &mut after,
        DateTarget::of(DateSlot::GoalDue, sleep).edit(Some(date(2026, 7, 1))),
    );
    let cbt = component_id(&after, "Cognitive behavioral therapy");
    ok(&mut after, Edit::RemoveComponent { id: cbt });

    let changes = changes_between(&before, &after);
    assert_eq!(
        changes,
        vec![
            Change::Changed {
                kind: ItemKind::Goal,
                name: "Sleep without drinking".into(),
                fields: vec![Field::Date(DateSlot::GoalDue)],
            },
            Change::Added {
                kind: ItemKind::Goal,
                name: "Walk every morning".into(),
                parent: None,
            },
            // The objective lost the removed service: that is a change too.
            Change::Changed {
                kind: ItemKind::Objective,
                name: "Learn two ways to wind down".into(),
                fields: vec![Field::Interventions],
            },
            Change::Removed {
                kind: ItemKind::Component,
                name: "Cognitive behavioral therapy".into(),
                parent: None,
            },
        ]
    );
    let english: Vec<String> = changes.iter().map(|c| Lang::En.change(c)).collect();
    assert_eq!(
        english,
        [
            "Changed the goal “Sleep without drinking”: due date",
            "Added the goal “Walk every morning”",
            "Changed the objective “Learn two ways to wind down”: services that help with this step",
            "Removed the service “Cognitive behavioral therapy”",
        ]
    );
    let spanish: Vec<String> = changes.iter().map(|c| Lang::Es.change(c)).collect();
    assert_eq!(
        spanish[0],
        "Se cambió la meta “Sleep without drinking”: fecha límite"
    );
    assert_eq!(spanish[1], "Se agregó la meta “Walk every morning”");
    assert_eq!(
        spanish[3],
        "Se quitó el servicio “Cognitive behavioral therapy”"
    );
}

#[test]
fn objectives_name_their_goal_and_a_removed_goal_takes_its_objectives_along() {
    let before = under_review();
    let mut after = before.clone();
    let saturdays = goal_id(&after, "Spend Saturdays with my kids");
    ok(
        &mut after,
        Edit::AddObjective {
            goal: saturdays.clone(),
            statement: "Ask my sister to babysit less".into(),
        },
    );
    let changes = changes_between(&before, &after);
    assert_eq!(
        Lang::En.change(&changes[0]),
        "Added the objective “Ask my sister to babysit less” to the goal “Spend Saturdays with my kids”"
    );
    ok(&mut after, Edit::RemoveGoal { id: saturdays });
    let changes = changes_between(&before, &after);
    assert_eq!(
        changes,
        vec![Change::Removed {
            kind: ItemKind::Goal,
            name: "Spend Saturdays with my kids".into(),
            parent: None,
        }]
    );
}

#[test]
fn sections_and_item_fields_report_which_fields_changed() {
    let before = under_review();
    let mut after = before.clone();
    ok(
        &mut after,
        TextTarget::from(TextSlot::Title).edit("Summer plan".into()),
    );
    ok(
        &mut after,
        TextTarget::from(TextSlot::Person(PersonField::Pronouns)).edit("she/her".into()),
    );
    ok(
        &mut after,
        Edit::AddTextItem {
            list: TextList::Strengths,
            text: "Patient".into(),
        },
    );
    ok(
        &mut after,
        TextTarget::from(TextSlot::Assessment(AssessmentField::Trauma))
            .edit("Car crash in 2019".into()),
    );
    ok(
        &mut after,
        NumberTarget::from(NumberSlot::ReadinessRuler).edit(Some(9)),
    );
    let medication = component_id(&after, "Naltrexone, as prescribed");
    for (field, value) in [
        (ComponentField::Frequency, "Daily"),
        (ComponentField::Responsible, "Dr. Ruiz"),
    ] {
        ok(
            &mut after,
            TextTarget::of(TextSlot::Component(field), medication.clone()).edit(value.into()),
        );
    }
    ok(
        &mut after,
        Edit::AddCrisisLine {
            name: "Local warmline".into(),
            number: "555-0123".into(),
        },
    );
    ok(
        &mut after,
        TextTarget::from(TextSlot::LapsePlan).edit("Call Maria first".into()),
    );
    ok(
        &mut after,
        TextTarget::from(TextSlot::Aftercare(AftercareField::ContinuedTherapy))
            .edit("Monthly check-ins".into()),
    );
    ok(
        &mut after,
        Edit::SetChoice {
            at: ChoiceTarget::from(ChoiceSlot::ReviewCadence),
            choice: Some(ReviewCadence::Monthly as usize),
        },
    );
    ok(&mut after, Edit::SetCopyGiven(false));

    let changes = changes_between(&before, &after);
    let english: Vec<String> = changes.iter().map(|c| Lang::En.change(c)).collect();
    assert_eq!(
        english,
        [
            "Changed the plan: plan title",
            "Changed the details about the person: pronouns, strengths",
            "Changed the assessment: trauma, readiness ruler (0 = not ready, 10 = very ready)",
            "Changed the service “Naltrexone, as prescribed”: how often, who is responsible",
            "Added the crisis line “Local warmline”",
            "Changed relapse prevention: what to do after a lapse",
            "Changed long-term support: continued therapy",
            "Changed the review schedule: how often we review the plan",
            "Changed signatures and copy: the person received a copy of this plan",
        ]
    );
    assert_eq!(
        changes[0],
        Change::SectionChanged {
            section: Section::Plan,
            fields: vec![Field::Text(TextSlot::Title)],
        }
    );
    for change in &changes {
        assert!(!Lang::Es.change(change).is_empty());
        assert_ne!(Lang::Es.change(change), Lang::En.change(change));
    }
}

#[test]
fn moving_a_goal_is_a_change_of_order() {
    let before = under_review();
    let mut after = before.clone();
    let saturdays = goal_id(&after, "Spend Saturdays with my kids");
    ok(
        &mut after,
        Edit::MoveGoal {
            id: saturdays,
            to: 0,
        },
    );
    let changes = changes_between(&before, &after);
    assert_eq!(
        changes,
        vec![Change::Reordered {
            kind: ItemKind::Goal
        }]
    );
    assert_eq!(
        Lang::En.change(&changes[0]),
        "Changed the order of the goals"
    );
    assert_eq!(
        Lang::Es.change(&changes[0]),
        "Se cambió el orden de las metas"
    );
}

#[test]
fn the_comparison_is_deterministic_and_reversible_in_kind() {
    let before = under_review();
    let mut after = before.clone();
    ok(
        &mut after,
        Edit::AddNeed {
            statement: "Find steady work".into(),
        },
    );
    assert_eq!(
        changes_between(&before, &after),
        changes_between(&before, &after)
    );
    assert_eq!(
        changes_between(&after, &before),
        vec![Change::Removed {
            kind: ItemKind::Need,
            name: "Find steady work".into(),
            parent: None,
        }]
    );
}

#[test]
fn finishing_a_review_records_the_changes_bumps_the_revision_and_activates() {
    let before = under_review();
    let mut plan = before.clone();
    ok(&mut plan, Edit::SetStatus(PlanStatus::UnderReview));
    let sleep = goal_id(&plan, "Sleep without drinking");
    ok(
        &mut plan,
        DateTarget::of(DateSlot::GoalDue, sleep).edit(Some(date(2026, 8, 1))),
    );
    let changes = changes_between(&before, &plan);
    let history_before = plan.review.history.len();
    let id = ok(
        &mut plan,
        Edit::FinishReview {
            date: date(2026, 4, 1),
            reviewed_by: "Dr. Lee".into(),
            changes: changes.clone(),
            reason: "Monthly review".into(),
        },
    );
    assert_eq!(plan.revision, before.revision + 1);
    assert_eq!(plan.status, PlanStatus::Active);
    assert_eq!(plan.review.history.len(), history_before + 1);
    let entry = plan.review.history.last().expect("an entry");
    assert_eq!(entry.id, id);
    assert_eq!(entry.date, date(2026, 4, 1));
    assert_eq!(entry.reviewed_by, "Dr. Lee");
    let worded: Vec<String> = entry.changes.iter().map(|c| Lang::En.change(c)).collect();
    assert_eq!(
        worded,
        ["Changed the goal “Sleep without drinking”: due date"]
    );
    assert_eq!(entry.reason, "Monthly review");
    assert!(plan_composer::plan::validate::check(&plan).is_empty());
}

#[test]
fn a_finished_review_reads_in_the_language_of_whoever_prints_it() {
    use plan_composer::export::text::plain_text;
    let before = under_review();
    let mut plan = before.clone();
    let sleep = goal_id(&plan, "Sleep without drinking");
    ok(
        &mut plan,
        DateTarget::of(DateSlot::GoalDue, sleep).edit(Some(date(2026, 8, 1))),
    );
    // Finished with the widget in Spanish: the entry keeps data, not words.
    let changes = changes_between(&before, &plan);
    ok(
        &mut plan,
        Edit::FinishReview {
            date: date(2026, 4, 1),
            reviewed_by: "Dra. Ruiz".into(),
            changes,
            reason: "Revisión mensual".into(),
        },
    );
    let english = plain_text(&plan, Lang::En);
    let spanish = plain_text(&plan, Lang::Es);
    assert!(
        english.contains("Changed the goal “Sleep without drinking”: due date"),
        "{english}"
    );
    assert!(
        spanish.contains("Se cambió la meta “Sleep without drinking”: fecha límite"),
        "{spanish}"
    );
}

/// A new field is one slot (target.rs), its word in each language and its
/// view: the review, the undo, the edit generator and the labels follow.
#[test]
fn the_plan_start_date_is_written_reviewed_printed_and_sent_as_the_care_plan_period() {
    use plan_composer::export::fhir::{fhir_bundle, FhirOptions};
    use plan_composer::export::print::{printable_html, PrintOptions};
    let before = under_review();
    let mut plan = before.clone();
    let start = DateTarget::from(DateSlot::PlanEffective);
    ok(&mut plan, start.edit(Some(date(2026, 4, 6))));
    assert_eq!(plan.effective_date, Some(date(2026, 4, 6)));
    let changes = changes_between(&before, &plan);
    assert_eq!(
        changes,
        vec![Change::SectionChanged {
            section: Section::Plan,
            fields: vec![Field::Date(DateSlot::PlanEffective)],
        }]
    );
    assert_eq!(
        Lang::En.change(&changes[0]),
        "Changed the plan: plan start date"
    );
    assert_eq!(
        Lang::Es.change(&changes[0]),
        "Se cambió el plan: fecha de inicio del plan"
    );
    let html = printable_html(&plan, &PrintOptions::default());
    assert!(html.contains("Plan start date") && html.contains("April 6, 2026"));
    let bundle = fhir_bundle(&plan, &FhirOptions::default());
    let care_plan = bundle["entry"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == "CarePlan")
        .cloned()
        .unwrap_or_default();
    assert_eq!(care_plan["period"]["start"], "2026-04-06");
    // The overall target date is the same kind of field, and ends the period.
    ok(
        &mut plan,
        DateTarget::from(DateSlot::PlanTarget).edit(Some(date(2026, 10, 5))),
    );
    let bundle = fhir_bundle(&plan, &FhirOptions::default());
    let period = bundle["entry"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == "CarePlan")
        .map(|r| r["period"].clone())
        .unwrap_or_default();
    assert_eq!(
        period,
        serde_json::json!({ "start": "2026-04-06", "end": "2026-10-05" })
    );
    assert!(printable_html(&plan, &PrintOptions::default()).contains("Plan target date"));
}

/// A need in clinical words beside the person's: one more slot, and the
/// review, the labels and the printout follow.
#[test]
fn a_needs_problem_statement_is_reviewed_and_printed_beside_the_persons_words() {
    use plan_composer::export::print::{printable_html, PrintOptions};
    let before = under_review();
    let mut plan = before.clone();
    let need = plan.needs[0].id.clone();
    let words = plan.needs[0].statement.clone();
    ok(
        &mut plan,
        TextTarget::of(TextSlot::NeedProblem, need)
            .edit("Alcohol use disorder affecting sleep and work".into()),
    );
    let changes = changes_between(&before, &plan);
    assert_eq!(
        Lang::En.change(&changes[0]),
        format!("Changed the need “{words}”: the same need in clinical words (problem statement)")
    );
    let html = printable_html(&plan, &PrintOptions::default());
    assert!(html.contains("Alcohol use disorder affecting sleep and work"));
    assert!(html.contains(&plan_composer::export::print::escape(&words)));
}

/// Discharge and transition criteria are one more aftercare area: the
/// variant, its place and its words. The step, the printout, the review
/// and the edit generator list the areas, so it appears in each.
#[test]
fn discharge_criteria_are_an_aftercare_area_everywhere_the_areas_are() {
    use plan_composer::export::text::plain_text;
    let before = under_review();
    let mut plan = before.clone();
    let criteria = TextTarget::from(TextSlot::Aftercare(AftercareField::DischargeCriteria));
    ok(
        &mut plan,
        criteria.edit("Six weeks without use and a sponsor; then weekly outpatient".into()),
    );
    assert_eq!(
        plan.aftercare.discharge_criteria,
        "Six weeks without use and a sponsor; then weekly outpatient"
    );
    let changes = changes_between(&before, &plan);
    assert_eq!(
        Lang::En.change(&changes[0]),
        "Changed long-term support: when this part of care is finished, and what comes next"
    );
    let text = plain_text(&plan, Lang::Es);
    assert!(text.contains("Cuándo termina esta parte de la atención, y qué sigue"));
    assert!(text.contains("Six weeks without use and a sponsor; then weekly outpatient"));
}

/// What a review changed in a goal's strengths and barriers, and in an
/// objective's measure and target, is named in every language.
#[test]
fn strengths_barriers_and_an_objectives_measure_show_in_the_review() {
    let before = under_review();
    let mut plan = before.clone();
    let goal = plan.goals[0].id.clone();
    let statement = plan.goals[0].statement.clone();
    let objective = plan.goals[0].objectives[0].id.clone();
    let strength = plan.person.strengths[0].id.clone();
    ok(
        &mut plan,
        Edit::LinkGoalStrength {
            goal: goal.clone(),
            strength,
        },
    );
    ok(
        &mut plan,
        Edit::AddBarrier {
            goal,
            text: "Night shifts".into(),
        },
    );
    ok(
        &mut plan,
        TextTarget::of(TextSlot::ObjectiveMeasure, objective.clone())
            .edit("Skills shown in a session".into()),
    );
    ok(
        &mut plan,
        TextTarget::of(TextSlot::ObjectiveTarget, objective).edit("2 skills".into()),
    );
    let changes = changes_between(&before, &plan);
    assert_eq!(
        changes[0],
        Change::Changed {
            kind: ItemKind::Goal,
            name: statement.clone(),
            fields: vec![Field::Strengths, Field::Barriers],
        }
    );
    assert_eq!(
        Lang::En.change(&changes[0]),
        format!("Changed the goal “{statement}”: strengths that help, what may get in the way")
    );
    assert_eq!(
        Lang::En.change(&changes[1]),
        "Changed the objective “Learn two ways to wind down”: how we will measure it, target"
    );
    for name in [
        "strengths",
        "barriers",
        "text.objective_measure",
        "text.objective_target",
    ] {
        assert!(Field::named(name).is_some(), "{name}");
    }
}
