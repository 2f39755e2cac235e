//! Synthetic cases and educator mode: dates that never age (every date of
//! the format moves), the cases themselves (well made, or flawed on
//! purpose), the "why this matters" notes, the read-only composer and the
//! "synthetic example" mark in every export.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use plan_composer::composer::{Action, Composer};
use plan_composer::export::fhir::{fhir_bundle, FhirOptions};
use plan_composer::export::print::{printable_html, PrintOptions};
use plan_composer::export::text::plain_text;
use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::default_catalog;
use plan_composer::plan::educator::{default_notes, parse_notes, DEFAULT_NOTES_JSON};
use plan_composer::plan::gaps::{gaps, Gap};
use plan_composer::plan::smart::{coach, SmartStatus};
use plan_composer::plan::step::Step;
use plan_composer::plan::synthetic::{dates_mut, keep_current, shift_dates};
use plan_composer::plan::*;
use serde_json::{json, Value};
use support::date;

#[test]
fn adding_days_walks_the_calendar() {
    let start = date(2023, 12, 25);
    for days in -800..800 {
        let moved = start.add_days(days).expect("in range");
        assert_eq!(moved.days_since_epoch(), start.days_since_epoch() + days);
    }
    assert_eq!(date(2024, 2, 28).add_days(1), Some(date(2024, 2, 29)));
    assert_eq!(date(2023, 2, 28).add_days(1), Some(date(2023, 3, 1)));
    assert_eq!(
        date(2999, 12, 31).add_days(1),
        None,
        "past what a plan holds"
    );
}

/// A plan with exactly one of every date the format has, read from JSON so
/// no constructor hides a field.
fn one_of_every_date() -> Plan {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/alcohol-outpatient.en.json"),
    )
    .expect("a sample");
    let mut v: Value = serde_json::from_str(&text).expect("JSON");
    let keep_one = |v: &mut Value| {
        if let Some(items) = v.as_array_mut() {
            items.truncate(1);
        }
    };
    keep_one(&mut v["assessment"]["substances"]);
    keep_one(&mut v["goals"]);
    keep_one(&mut v["goals"][0]["objectives"]);
    keep_one(&mut v["components"]);
    keep_one(&mut v["review"]["history"]);
    keep_one(&mut v["consent"]["signatures"]);
    v["created"] = json!("2026-01-05");
    v["effective_date"] = json!("2026-01-06");
    v["target_date"] = json!("2026-12-01");
    v["synthetic"] = json!({ "dates_as_of": "2026-03-10" });
    v["assessment"]["substances"][0]["last_use"] = json!("2026-01-01");
    v["goals"][0]["due"] = json!("2026-06-01");
    v["goals"][0]["objectives"][0]["due"] = json!("2026-04-01");
    v["components"][0]["start"] = json!("2026-01-08");
    v["review"]["next_review"] = json!("2026-04-10");
    v["measurements"] = json!([{
        "id": "m1", "instrument": "phq-9", "name": "PHQ-9", "date": "2026-01-07",
        "answers": [], "scores": []
    }]);
    serde_json::from_value(v).expect("a plan")
}

/// Every `PlanDate` the format can hold, counted in its JSON Schema.
fn dates_in_the_format() -> usize {
    let schema = serde_json::to_string(&schemars::schema_for!(Plan)).expect("schema");
    schema.matches("\"$ref\":\"#/$defs/PlanDate\"").count()
}

#[test]
fn shifting_moves_every_date_the_format_has() {
    let mut plan = one_of_every_date();
    assert_eq!(
        dates_mut(&mut plan).len(),
        dates_in_the_format(),
        "synthetic::dates_mut must visit every date field of the plan format"
    );
    let before = serde_json::to_value(&plan).expect("JSON");
    shift_dates(&mut plan, 30);
    let after = serde_json::to_value(&plan).expect("JSON");
    let mut moved = 0;
    compare(&before, &after, &mut moved);
    assert_eq!(moved, dates_in_the_format(), "each date moved by 30 days");
}

/// Every string that is a date moved by 30 days; nothing else changed.
fn compare(before: &Value, after: &Value, moved: &mut usize) {
    match (before, after) {
        (Value::String(a), Value::String(b)) => match PlanDate::parse(a) {
            Ok(d) => {
                assert_eq!(PlanDate::parse(b).ok(), d.add_days(30), "{a} → {b}");
                *moved += 1;
            }
            Err(_) => assert_eq!(a, b),
        },
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                compare(value, &b[key], moved);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (x, y) in a.iter().zip(b) {
                compare(x, y, moved);
            }
        }
        (a, b) => assert_eq!(a, b),
    }
}

#[test]
fn only_a_synthetic_plan_is_kept_current() {
    let mut plan = one_of_every_date();
    keep_current(&mut plan, date(2026, 3, 20));
    assert_eq!(plan.created, Some(date(2026, 1, 15)), "ten days on");
    assert_eq!(
        plan.synthetic.as_ref().map(|s| s.dates_as_of),
        Some(date(2026, 3, 20))
    );
    // Opened again the same day, nothing moves.
    let again = plan.clone();
    keep_current(&mut plan, date(2026, 3, 20));
    assert_eq!(plan, again);
    let mut real = one_of_every_date();
    real.synthetic = None;
    let untouched = real.clone();
    keep_current(&mut real, date(2030, 1, 1));
    assert_eq!(real, untouched, "a person's plan never moves");
}

fn cases() -> Vec<(String, Plan)> {
    support::samples()
}

fn flawed(name: &str) -> bool {
    name.starts_with("flawed")
}

#[test]
fn there_are_five_well_made_cases_and_a_flawed_one() {
    let cases = cases();
    let well_made: Vec<_> = cases.iter().filter(|(n, _)| !flawed(n)).collect();
    assert!(well_made.len() >= 5, "at least five: {}", well_made.len());
    let spanish = well_made.iter().filter(|(n, _)| n.ends_with(".es")).count();
    assert!(spanish >= 2, "at least two in Spanish");
    assert!(
        cases.iter().any(|(n, _)| flawed(n)),
        "a spot-the-problem case"
    );
    for (name, plan) in &cases {
        assert!(plan.synthetic.is_some(), "{name} is marked synthetic");
        let substances: Vec<_> = plan
            .assessment
            .substances
            .iter()
            .map(|s| s.substance.to_lowercase())
            .collect();
        assert!(!substances.is_empty(), "{name} names a substance");
    }
    // They differ: no two share their first substance and culture.
    let mut seen = std::collections::HashSet::new();
    for (name, plan) in &well_made {
        let key = (
            plan.assessment.substances[0].substance.to_lowercase(),
            plan.person.culture_identity.clone(),
        );
        assert!(seen.insert(key), "{name} repeats another case");
    }
}

/// Each case as it would be opened on `today`.
fn opened_on(plan: &Plan, today: PlanDate) -> Plan {
    let mut plan = plan.clone();
    keep_current(&mut plan, today);
    plan
}

fn run_day() -> PlanDate {
    // The real day of the test run, from the system clock.
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or_default();
    date(1970, 1, 1)
        .add_days(i64::try_from(days).unwrap_or_default())
        .expect("today is a date")
}

#[test]
fn well_made_cases_have_no_gap_and_stay_time_bound_today_and_a_year_on() {
    let templates_en = default_catalog().template_texts(Lang::En);
    let templates_es = default_catalog().template_texts(Lang::Es);
    let today = run_day();
    for day in [today, today.add_days(365).expect("a year on")] {
        for (name, case) in cases().iter().filter(|(n, _)| !flawed(n)) {
            let plan = opened_on(case, day);
            assert_eq!(gaps(&plan, Some(day)), Vec::<Gap>::new(), "{name} on {day}");
            let templates = if name.ends_with(".es") {
                &templates_es
            } else {
                &templates_en
            };
            for goal in &plan.goals {
                // A goal met or stopped has had its day.
                if matches!(
                    goal.lifecycle,
                    GoalLifecycle::Completed | GoalLifecycle::Cancelled
                ) {
                    continue;
                }
                let report = coach(&plan, goal, Some(day), templates);
                assert_eq!(
                    report.time_bound.status,
                    SmartStatus::Met,
                    "{name} on {day}: \"{}\" is Time-bound",
                    goal.statement
                );
            }
        }
    }
}

#[test]
fn the_flawed_case_shows_every_planted_flaw() {
    let (name, case) = cases()
        .into_iter()
        .find(|(n, _)| flawed(n))
        .expect("the flawed case");
    let templates = default_catalog().template_texts(Lang::En);
    let today = run_day();
    for day in [today, today.add_days(365).expect("a year on")] {
        let plan = opened_on(&case, day);
        let found = gaps(&plan, Some(day));
        let has = |f: &dyn Fn(&Gap) -> bool| found.iter().any(f);
        assert!(
            has(&|g| matches!(g, Gap::NeedWithoutGoal { .. })),
            "{name}: a need with no goal: {found:?}"
        );
        assert!(
            has(&|g| matches!(g, Gap::TemplateBlanks { .. })),
            "{name}: boilerplate left in"
        );
        assert!(
            has(&|g| matches!(g, Gap::ReviewDatePassed { .. })),
            "{name}: a late review, still late on {day}"
        );
        assert!(
            has(&|g| matches!(g, Gap::GoalWithoutMeasure { .. })),
            "{name}: a goal with no measure"
        );
        // The coach points at the vague goal.
        let vague = plan.goals.iter().any(|goal| {
            let report = coach(&plan, goal, Some(day), &templates);
            report.specific.status != SmartStatus::Met
                && report.measurable.status != SmartStatus::Met
        });
        assert!(vague, "{name}: the coach finds a vague goal");
    }
}

#[test]
fn every_step_and_every_catalog_entry_has_a_note_in_both_languages() {
    let notes = parse_notes(DEFAULT_NOTES_JSON).expect("the built-in notes are sound");
    assert_eq!(&notes, default_notes());
    for lang in [Lang::En, Lang::Es] {
        for step in Step::ALL {
            let note = notes
                .for_step(*step, lang)
                .unwrap_or_else(|| panic!("a note for {step:?}"));
            assert!(!note.why.trim().is_empty());
        }
        for entry in &default_catalog().entries {
            assert!(
                notes.for_component(&entry.id, lang).is_some(),
                "a note for {}",
                entry.id
            );
        }
    }
    let bad = r#"{"steps": [{"step": "nowhere", "why": {"en": "x", "es": ""}}, {"step": "goals", "why": {"en": "x", "es": "y"}}, {"step": "goals", "why": {"en": "x", "es": "y"}}], "components": []}"#;
    let problems = parse_notes(bad).expect_err("refused");
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].contains("steps[0].why") && problems[0].contains("\"es\""));
    assert!(problems
        .iter()
        .any(|p| p.contains("\"nowhere\" is not a step")));
    assert!(problems
        .iter()
        .any(|p| p.contains("\"goals\" has a note already")));
}

fn a_case() -> Plan {
    cases()
        .into_iter()
        .find(|(n, _)| !flawed(n))
        .map(|(_, p)| p)
        .expect("a case")
}

#[test]
fn a_case_is_read_only_until_copied() {
    let case = a_case();
    let mut composer = Composer::new(Plan::new("first", None), Lang::En);
    composer.act(Action::OpenCase(Box::new(case.clone())));
    assert!(composer.teaching.is_some());
    let goal = case.goals[0].id.clone();
    for action in [
        Action::Edit(Edit::RemoveGoal { id: goal.clone() }),
        Action::StartReview,
        Action::Undo,
    ] {
        composer.act(action);
        assert_eq!(composer.edit_error, Some(EditError::ExampleReadOnly));
        assert_eq!(composer.plan(), &case, "nothing changed");
    }
    composer.act(Action::ShowSmartView(true));
    assert_eq!(composer.teaching.map(|t| t.smart_view), Some(true));
    composer.act(Action::GoTo(Step::Goals));
    composer.act(Action::MakeEditableCopy {
        id: "copy-1".into(),
    });
    assert!(composer.teaching.is_none());
    assert_eq!(
        composer.step,
        Step::Goals,
        "the copy opens where the reader was"
    );
    let copy = composer.plan().clone();
    assert_eq!(copy.id, "copy-1");
    assert_eq!(copy.status, PlanStatus::Draft);
    assert!(
        copy.consent.signatures.is_empty(),
        "no example signature carries over"
    );
    assert!(copy.synthetic.is_some(), "still synthetic data");
    assert_eq!(copy.goals, case.goals);
    composer.act(Action::Edit(Edit::RemoveGoal { id: goal }));
    assert_eq!(composer.edit_error, None);
    assert_eq!(
        composer.plan().goals.len(),
        case.goals.len() - 1,
        "the copy can change"
    );
    // Opening a person's plan leaves educator mode.
    composer.act(Action::OpenCase(Box::new(case)));
    composer.act(Action::Open(Box::new(Plan::new("real", None))));
    assert!(composer.teaching.is_none());
}

#[test]
fn every_export_of_a_case_says_it_is_synthetic() {
    for lang in [Lang::En, Lang::Es] {
        let mark = lang.print_words().synthetic;
        let case = a_case();
        let options = PrintOptions {
            lang,
            ..PrintOptions::default()
        };
        let html = printable_html(&case, &options);
        assert!(
            html.contains(&format!("@bottom-center {{ content: \"{mark}\"")),
            "on every page"
        );
        assert!(html.contains(lang.print_words().synthetic_signatures));
        assert!(plain_text(&case, lang).starts_with(&format!(
            "# {}\n\n**{mark}**",
            lang.print_words().document_title
        )));
        let bundle = fhir_bundle(
            &case,
            &FhirOptions {
                lang,
                ..FhirOptions::default()
            },
        );
        let tagged = |meta: &Value| meta["tag"][0]["code"] == "HTEST";
        assert!(tagged(&bundle["meta"]));
        for entry in bundle["entry"].as_array().expect("entries") {
            assert!(
                tagged(&entry["resource"]["meta"]),
                "{}",
                entry["resource"]["resourceType"]
            );
        }
        let json = plan_composer::export::json::export(&case);
        assert!(json.contains("\"synthetic\""));
        // A person's plan carries none of it.
        let mut real = case.clone();
        real.synthetic = None;
        assert!(!printable_html(&real, &options).contains(mark));
        assert!(fhir_bundle(&real, &FhirOptions::default())["meta"]
            .get("tag")
            .is_none());
    }
}
