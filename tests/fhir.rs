//! FHIR export: structure checked here; as a side effect every plan's
//! Bundle is written to target/fhir/ for tests/fhir/validate.py, which
//! scripts/test runs with the fhir.resources R4B models.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use plan_composer::export::fhir::{fhir_bundle, fhir_json, FhirOptions};
use plan_composer::i18n::Lang;
use plan_composer::plan::*;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use support::{date, full_plan, measured_plan, record_plan, references};

fn options() -> FhirOptions<'static> {
    FhirOptions {
        lang: Lang::En,
        today: Some(date(2026, 3, 10)),
        ..FhirOptions::default()
    }
}

fn resources(bundle: &Value) -> Vec<&Value> {
    bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .collect()
}

fn of_type<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    resources(bundle)
        .into_iter()
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

/// Paths of string values that are empty or only spaces.
fn blank_strings(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::String(s) if s.trim().is_empty() => out.push(path.to_owned()),
        Value::Object(map) => {
            for (key, inner) in map {
                blank_strings(inner, &format!("{path}.{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                blank_strings(inner, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn has_labels(meta: &Value) -> bool {
    let codes: Vec<(&str, &str)> = meta["security"]
        .as_array()
        .map(|labels| {
            labels
                .iter()
                .filter_map(|l| Some((l["system"].as_str()?, l["code"].as_str()?)))
                .collect()
        })
        .unwrap_or_default();
    let act = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    codes.contains(&(
        "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
        "R",
    )) && ["ETH", "42CFRPart2", "NORDSCLCD"]
        .iter()
        .all(|code| codes.contains(&(act, code)))
}

/// Checks shared by every plan: counts, references, labels, no empty strings.
fn assert_sound_bundle(plan: &Plan, bundle: &Value) {
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    assert!(has_labels(&bundle["meta"]));
    assert_eq!(of_type(bundle, "CarePlan").len(), 1);
    assert_eq!(of_type(bundle, "Patient").len(), 1);
    assert_eq!(of_type(bundle, "CareTeam").len(), 1);
    assert_eq!(of_type(bundle, "Goal").len(), plan.goals.len());
    // A Condition per need, and per diagnosis line the clinician wrote.
    let diagnoses = plan
        .assessment
        .diagnoses
        .lines()
        .filter(|l| !plan_composer::export::clean::clean(l).is_empty())
        .count();
    assert_eq!(
        of_type(bundle, "Condition").len(),
        plan.needs.len() + diagnoses
    );
    let full_urls: HashSet<&str> = bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["fullUrl"].as_str().expect("fullUrl"))
        .collect();
    assert_eq!(
        full_urls.len(),
        resources(bundle).len(),
        "fullUrls are unique"
    );
    for resource in resources(bundle) {
        assert!(has_labels(&resource["meta"]), "labels on {resource}");
        let id = resource["id"].as_str().expect("id");
        assert!(full_urls.contains(format!("urn:uuid:{id}").as_str()));
    }
    for resource in resources(bundle) {
        let mut refs = Vec::new();
        references(resource, &mut refs);
        let contained: HashSet<String> = resource["contained"]
            .as_array()
            .map(|c| {
                c.iter()
                    .map(|r| format!("#{}", r["id"].as_str().unwrap_or_default()))
                    .collect()
            })
            .unwrap_or_default();
        for r in refs {
            assert!(
                full_urls.contains(r.as_str()) || contained.contains(&r),
                "{r} resolves in the Bundle, or in the resource's contained"
            );
        }
    }
    let mut blank = Vec::new();
    blank_strings(bundle, "", &mut blank);
    assert!(blank.is_empty(), "FHIR forbids empty strings: {blank:?}");
}

#[test]
fn a_full_plan_becomes_a_bundle_whose_references_all_resolve() {
    let plan = full_plan();
    let bundle = fhir_bundle(&plan, &options());
    assert_sound_bundle(&plan, &bundle);

    let care_plan = of_type(&bundle, "CarePlan")[0];
    assert_eq!(care_plan["status"], "active");
    assert_eq!(care_plan["intent"], "plan");
    assert_eq!(care_plan["created"], "2026-03-02");
    assert_eq!(care_plan["period"]["start"], "2026-03-02");
    assert_eq!(care_plan["title"], "Spring plan");
    assert_eq!(care_plan["meta"]["versionId"], "1");
    assert_eq!(care_plan["author"]["display"], "Dr. Lee");
    assert_eq!(care_plan["contributor"].as_array().map(Vec::len), Some(3));
    assert_eq!(care_plan["goal"].as_array().map(Vec::len), Some(2));
    assert_eq!(care_plan["addresses"].as_array().map(Vec::len), Some(2));

    let activities = care_plan["activity"].as_array().expect("activities");
    assert_eq!(activities.len(), 2);
    let therapy = &activities[0]["detail"];
    assert_eq!(therapy["kind"], "ServiceRequest");
    assert_eq!(therapy["code"]["text"], "Cognitive behavioral therapy");
    // How often and from when, in one Timing.
    assert_eq!(therapy["scheduledTiming"]["code"]["text"], "Weekly");
    assert_eq!(
        therapy["scheduledTiming"]["repeat"]["boundsPeriod"]["start"],
        "2026-03-09"
    );
    assert_eq!(
        therapy["status"], "in-progress",
        "started 03-09, today 03-10"
    );
    assert_eq!(therapy["location"]["display"], "Outpatient clinic");
    assert_eq!(therapy["performer"][0]["display"], "Dr. Lee");
    let medication = &activities[1]["detail"];
    assert_eq!(medication["kind"], "MedicationRequest");
    assert_eq!(medication["status"], "unknown", "no start date");
    // Both serve the first goal, through its objective.
    let first_goal = &care_plan["goal"][0]["reference"];
    assert_eq!(&therapy["goal"][0]["reference"], first_goal);
    assert_eq!(&medication["goal"][0]["reference"], first_goal);
    for activity in activities {
        assert!(activity.get("reference").is_none(), "cpl-3: detail only");
    }

    let goals = of_type(&bundle, "Goal");
    let sleep = goals[0];
    assert_eq!(sleep["description"]["text"], "Sleep without drinking");
    assert_eq!(sleep["lifecycleStatus"], "active");
    assert_eq!(
        sleep["achievementStatus"]["coding"][0]["code"],
        "in-progress"
    );
    assert_eq!(sleep["priority"]["coding"][0]["code"], "high-priority");
    assert_eq!(
        sleep["target"][0]["measure"]["text"],
        "Nights without a drink"
    );
    assert_eq!(sleep["target"][0]["detailString"], "5 nights a week");
    assert_eq!(sleep["target"][0]["dueDate"], "2026-06-01");
    let patient_url = format!(
        "urn:uuid:{}",
        of_type(&bundle, "Patient")[0]["id"].as_str().expect("id")
    );
    assert_eq!(sleep["expressedBy"]["reference"], patient_url.as_str());
    // Each objective is a target of its own, with its due date.
    assert_eq!(
        sleep["target"][1]["measure"]["text"],
        "Learn two ways to wind down"
    );
    assert_eq!(sleep["target"][1]["dueDate"], "2026-04-01");
    assert!(sleep.get("note").is_none());
    // gol-1: the second goal has a target but no measure, so no detail.
    let saturdays = goals[1];
    assert_eq!(
        saturdays["target"],
        serde_json::json!([{ "measure": { "text": "Plan one outing a month" } }]),
        "only its objective is a target"
    );
    assert_eq!(saturdays["note"][0]["text"], "Every Saturday");

    let conditions = of_type(&bundle, "Condition");
    assert_eq!(conditions[0]["code"]["text"], "I drink to fall asleep");
    assert_eq!(
        conditions[0]["clinicalStatus"]["coding"][0]["code"],
        "active"
    );
    let patient = of_type(&bundle, "Patient")[0];
    assert_eq!(patient["name"][0]["text"], "Sam R.");
    let keys: HashSet<&str> = patient
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    // Besides what was entered: the widget's own stable identifier and
    // the language of the resource's words.
    let entered: HashSet<&str> = [
        "resourceType",
        "id",
        "meta",
        "language",
        "identifier",
        "name",
        "communication",
    ]
    .into();
    assert_eq!(keys, entered, "the Patient holds only what was entered");
    let team = of_type(&bundle, "CareTeam")[0];
    assert_eq!(team["participant"].as_array().map(Vec::len), Some(4));
}

#[test]
fn blank_and_hostile_text_still_makes_a_sound_bundle() {
    for plan in [blank_plan(), hostile_plan()] {
        let bundle = fhir_bundle(&plan, &options());
        assert_sound_bundle(&plan, &bundle);
        let text = fhir_json(&plan, &options());
        let back: Value = serde_json::from_str(&text).expect("the export is JSON");
        assert_eq!(back, bundle);
    }
    let bundle = fhir_bundle(&hostile_plan(), &options());
    assert_eq!(
        of_type(&bundle, "Goal")[0]["description"]["text"],
        "<script>alert(1)</script>"
    );
    let blank = fhir_bundle(&blank_plan(), &options());
    assert!(of_type(&blank, "Patient")[0].get("name").is_none());
    assert_eq!(of_type(&blank, "Goal")[0]["description"]["text"], "-");
}

#[test]
fn an_empty_plan_has_no_invented_data() {
    let plan = Plan::new("empty", None);
    let bundle = fhir_bundle(&plan, &FhirOptions::default());
    assert_sound_bundle(&plan, &bundle);
    let patient = of_type(&bundle, "Patient")[0];
    assert!(patient.get("name").is_none());
    let care_plan = of_type(&bundle, "CarePlan")[0];
    assert_eq!(care_plan["status"], "draft");
    for absent in [
        "created",
        "period",
        "author",
        "goal",
        "activity",
        "addresses",
    ] {
        assert!(care_plan.get(absent).is_none(), "{absent} left out");
    }
}

#[test]
fn the_export_is_the_same_every_time_and_ids_differ_between_plans() {
    let plan = full_plan();
    assert_eq!(fhir_json(&plan, &options()), fhir_json(&plan, &options()));
    let mut other = plan.clone();
    other.id = "another-plan".into();
    let ids = |p: &Plan| -> HashSet<String> {
        resources(&fhir_bundle(p, &options()))
            .iter()
            .map(|r| r["id"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert!(ids(&plan).is_disjoint(&ids(&other)));
    for id in ids(&plan) {
        let parts: Vec<usize> = id.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12], "{id} is a UUID");
    }
}

#[test]
fn plan_status_maps_to_care_plan_status() {
    let mut plan = full_plan();
    let cases = [
        (PlanStatus::Draft, "draft"),
        (PlanStatus::Active, "active"),
        (PlanStatus::UnderReview, "active"),
        (PlanStatus::Completed, "completed"),
    ];
    let mut seen = HashMap::new();
    for (status, expected) in cases {
        plan.status = status;
        let bundle = fhir_bundle(&plan, &options());
        let care_plan = of_type(&bundle, "CarePlan")[0].clone();
        assert_eq!(care_plan["status"], expected);
        seen.insert(
            expected,
            care_plan["activity"][0]["detail"]["status"].clone(),
        );
    }
    assert_eq!(seen["completed"], "completed");
    assert_eq!(seen["draft"], "not-started");
}

/// The full plan with every name and text blank or only spaces, as a
/// hand-edited file could have: FHIR forbids empty strings.
fn blank_plan() -> Plan {
    let mut plan = full_plan();
    plan.id = " ".into();
    plan.title = "  ".into();
    plan.person.preferred_name = " ".into();
    plan.person.language = String::new();
    for member in &mut plan.care_team {
        member.name = String::new();
        member.role = " ".into();
    }
    for who in &mut plan.contributors {
        who.name = String::new();
    }
    for need in &mut plan.needs {
        need.statement = " ".into();
    }
    for goal in plan.goals.iter_mut().map(Rc::make_mut) {
        goal.statement = String::new();
        goal.measure = " ".into();
        for objective in &mut goal.objectives {
            objective.statement = String::new();
        }
    }
    for component in &mut plan.components {
        component.name = String::new();
        component.catalog_id = " ".into();
        component.frequency = " ".into();
        component.setting = String::new();
        component.responsible = " ".into();
        component.details = String::new();
    }
    plan
}

/// Hostile and right-to-left text in the fields that reach FHIR.
fn hostile_plan() -> Plan {
    let mut plan = full_plan();
    let words = [
        "<script>alert(1)</script>",
        "\"}],\"x\":\"",
        "مرحبا שלום 😀",
        "&amp; \\ \u{0007}",
    ];
    plan.person.preferred_name = words[2].into();
    Rc::make_mut(&mut plan.goals[0]).statement = words[0].into();
    Rc::make_mut(&mut plan.goals[0]).measure = words[1].into();
    plan.needs[0].statement = words[3].into();
    plan.components[0].name = words[1].into();
    plan.care_team[0].name = words[2].into();
    plan
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fhir");
    std::fs::create_dir_all(&dir).expect("target/fhir can be made");
    dir
}

/// Writes a Bundle for the full plan, an empty plan and every sample, in
/// both languages, for the Python validator.
#[test]
fn writes_every_plan_as_fhir_for_the_validator() {
    let dir = out_dir();
    let mut plans = vec![
        ("full".to_owned(), full_plan()),
        ("empty".to_owned(), Plan::new("empty", None)),
        ("measured".to_owned(), measured_plan()),
    ];
    for (name, plan) in support::samples() {
        plans.push((format!("sample-{name}"), plan));
    }
    plans.push(("blanks".to_owned(), blank_plan()));
    plans.push(("hostile".to_owned(), hostile_plan()));
    plans.push(("controls".to_owned(), support::hostile_plan(CONTROLS)));
    plans.push((
        "only-controls".to_owned(),
        support::hostile_plan(ONLY_CONTROLS),
    ));
    // Only invisible space: a no-break space and a byte order mark.
    plans.push((
        "only-invisible".to_owned(),
        support::hostile_plan(" \u{a0}\u{feff} "),
    ));
    for (name, plan) in &plans {
        for lang in Lang::ALL.iter().copied() {
            let options = FhirOptions {
                lang,
                today: Some(date(2026, 3, 10)),
                ..FhirOptions::default()
            };
            assert_sound_bundle(plan, &fhir_bundle(plan, &options));
            let file = dir.join(format!("{name}.{}.json", lang.tag()));
            std::fs::write(&file, fhir_json(plan, &options)).expect("target/fhir is writable");
        }
    }
    assert!(plans.len() >= 2);
}

/// Typed text with control characters and padding around it.
const CONTROLS: &str = " \u{1b}[31m \u{0}Call\u{7} Maria\u{8}\t \u{1f}";
/// Typed text with nothing but control characters and white space.
const ONLY_CONTROLS: &str = " \u{1}\t\u{2}\n ";

/// Every string inside a JSON value, with its path.
fn strings(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((path, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                strings(item, format!("{path}.{key}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn fhir_strings_have_no_control_characters_or_padding_and_are_never_empty() {
    for typed in [CONTROLS, ONLY_CONTROLS] {
        let plan = support::hostile_plan(typed);
        let bundle = fhir_bundle(&plan, &options());
        assert_sound_bundle(&plan, &bundle);
        let mut found = Vec::new();
        strings(&bundle, String::new(), &mut found);
        for (path, s) in found {
            let stray = s.chars().any(|c| c < ' ' && !"\t\n\r".contains(c));
            assert!(!stray, "{path}: {s:?} has a control character");
            assert!(!s.is_empty(), "{path} is empty");
            assert_eq!(s.trim(), s, "{path} is padded");
        }
    }
    let bundle = fhir_bundle(&support::hostile_plan(CONTROLS), &options());
    let goal = of_type(&bundle, "Goal")[0];
    assert_eq!(goal["description"]["text"], "[31m Call Maria");
    assert_eq!(goal["target"][0]["measure"]["text"], "[31m Call Maria");
    let team = of_type(&bundle, "CareTeam")[0];
    assert_eq!(team["contained"][0]["name"][0]["text"], "[31m Call Maria");
    assert_eq!(
        team["contained"][0]["telecom"][0],
        serde_json::json!({ "system": "other", "value": "[31m Call Maria" })
    );
    // Nothing but control characters is left out like a blank value.
    let bundle = fhir_bundle(&support::hostile_plan(ONLY_CONTROLS), &options());
    assert!(of_type(&bundle, "Patient")[0].get("name").is_none());
    let goal = of_type(&bundle, "Goal")[0];
    assert_eq!(goal["description"]["text"], "-");
    assert!(goal.get("note").is_none() && goal.get("target").is_none());
    let ids = &of_type(&bundle, "CarePlan")[0]["identifier"];
    assert_eq!(
        ids.as_array().map(Vec::len),
        Some(1),
        "only the stable identifier: {ids}"
    );
}

#[test]
fn each_measurement_is_a_questionnaire_response_and_scored_observations_the_goal_points_at() {
    let plan = measured_plan();
    let bundle = fhir_bundle(&plan, &options());
    let responses = of_type(&bundle, "QuestionnaireResponse");
    assert_eq!(responses.len(), 2);
    for r in &responses {
        assert_eq!(r["status"], "completed");
        // R4: one Identifier, not a list.
        assert!(r["identifier"].is_object(), "{}", r["identifier"]);
        assert_eq!(r["item"].as_array().map(Vec::len), Some(9));
        assert!(r["item"][0]["answer"][0]["valueInteger"].is_u64());
    }
    assert_eq!(responses[0]["authored"], "2026-01-05");
    let observations = of_type(&bundle, "Observation");
    let values: Vec<&Value> = observations.iter().map(|o| &o["valueInteger"]).collect();
    assert_eq!(values, [14, 8]);
    for o in &observations {
        assert_eq!(o["status"], "final");
        assert_eq!(o["category"][0]["coding"][0]["code"], "survey");
        assert_eq!(o["code"]["coding"][0]["system"], "http://loinc.org");
        assert_eq!(o["code"]["coding"][0]["code"], "44261-6");
        assert_eq!(o["code"]["text"], "PHQ-9 Total score");
    }
    assert_eq!(
        observations[0]["interpretation"][0]["text"],
        "Moderate depression"
    );
    // Every reference resolves inside the Bundle.
    let urls: HashSet<String> = bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["fullUrl"].as_str().expect("fullUrl").to_owned())
        .collect();
    let derived = observations[0]["derivedFrom"][0]["reference"]
        .as_str()
        .expect("derivedFrom");
    assert!(urls.contains(derived));
    let response_url = format!("urn:uuid:{}", responses[0]["id"].as_str().expect("id"));
    assert_eq!(derived, response_url);
    // The goal measured by the PHQ-9: a "< 10" target of that score first,
    // and both Observations as its outcome.
    let goal = of_type(&bundle, "Goal")
        .into_iter()
        .find(|g| g["outcomeReference"].is_array())
        .expect("the measured goal");
    assert_eq!(goal["target"][0]["measure"]["coding"][0]["code"], "44261-6");
    assert_eq!(
        goal["target"][0]["detailQuantity"],
        serde_json::json!({ "value": 10, "comparator": "<" })
    );
    let outcomes: Vec<&str> = goal["outcomeReference"]
        .as_array()
        .expect("outcomes")
        .iter()
        .filter_map(|r| r["reference"].as_str())
        .collect();
    assert_eq!(outcomes.len(), 2);
    assert!(outcomes.iter().all(|r| urls.contains(*r)));
    let mut all = Vec::new();
    references(&bundle, &mut all);
    assert!(all
        .iter()
        .filter(|r| r.starts_with("urn:uuid:"))
        .all(|r| urls.contains(r)));
}

#[test]
fn a_transaction_files_measurements_by_their_identifiers() {
    let plan = measured_plan();
    let bundle = fhir_bundle(
        &plan,
        &FhirOptions {
            bundle: plan_composer::export::fhir::BundleKind::Transaction,
            ..options()
        },
    );
    for entry in bundle["entry"].as_array().expect("entries") {
        let kind = entry["resource"]["resourceType"].as_str().expect("type");
        if kind == "QuestionnaireResponse" || kind == "Observation" {
            let url = entry["request"]["url"].as_str().expect("url");
            assert_eq!(entry["request"]["method"], "PUT");
            assert!(
                url.starts_with(&format!(
                    "{kind}?identifier=urn%3Aietf%3Arfc%3A3986|urn:uuid:"
                )) || url.starts_with(&format!("{kind}?identifier=")),
                "{url}"
            );
            assert!(!url.ends_with('|'), "the identifier has a value: {url}");
        }
    }
}

/// An objective's measure is what its target tracks and its target the
/// detail (gol-1: never a detail without a measure); its words stay in a
/// note. What may get in the way is a note each.
#[test]
fn an_objectives_measure_and_target_and_a_goals_barriers_are_placed_as_r4_allows() {
    let bundle = fhir_bundle(&record_plan(), &options());
    let sleep = of_type(&bundle, "Goal")[0];
    assert_eq!(
        sleep["target"][1],
        serde_json::json!({
            "measure": { "text": "Skills shown in a session" },
            "detailString": "2 skills",
            "dueDate": "2026-04-01"
        })
    );
    assert_eq!(
        sleep["note"],
        serde_json::json!([
            { "text": "Objective: Learn two ways to wind down" },
            { "text": "What may get in the way: Night shifts" },
            { "text": "What may get in the way: Friends who drink on Fridays" }
        ])
    );
    // An objective with only a target: its words are the measure, so the
    // target still has one beside it.
    let mut plan = record_plan();
    plan.status = PlanStatus::Draft;
    let objective = plan.goals[0].objectives[0].id.clone();
    support::ok(
        &mut plan,
        target::TextTarget::of(target::TextSlot::ObjectiveMeasure, objective).edit(String::new()),
    );
    let bundle = fhir_bundle(&plan, &options());
    let sleep = of_type(&bundle, "Goal")[0];
    assert_eq!(
        sleep["target"][1]["measure"]["text"],
        "Learn two ways to wind down"
    );
    assert_eq!(sleep["target"][1]["detailString"], "2 skills");
    assert_eq!(
        sleep["note"].as_array().map(Vec::len),
        Some(2),
        "only the barriers"
    );
}
