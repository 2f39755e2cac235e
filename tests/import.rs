//! Opening a plan file: bad input is refused with every problem named by
//! its path, in words a person can act on, and the current plan survives.
// Native only: the browser run is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::target::{TextSlot, TextTarget};

use plan_composer::composer::{open_file, Action, Composer};
use plan_composer::export::json::{
    export, import, Expected, Found, ImportError, ImportProblem, MAX_IMPORT_BYTES,
};
use plan_composer::i18n::Lang;
use plan_composer::plan::validate::{LinkTarget, ProblemKind};
use plan_composer::plan::{Edit, Plan, PlanDate, SCHEMA_VERSION};
use serde_json::{json, Value};
use std::rc::Rc;

/// A small plan that uses every kind of link, as a file would hold it.
fn sound_document() -> Value {
    json!({
        "schema_version": SCHEMA_VERSION,
        "id": "plan-1",
        "title": "Plan for J.R.",
        "created": "2026-01-05",
        "status": "draft",
        "next_id": 20,
        "contributors": [{ "id": "p1", "name": "J.R.", "role": "person" }],
        "assessment": {
            "substances": [{ "id": "s1", "substance": "alcohol", "last_use": "2026-01-01" }],
            "triggers": [{ "id": "t1", "text": "payday" }]
        },
        "needs": [
            {
                "id": "n1",
                "statement": "I drink when I feel alone",
                "findings": [{ "area": "substance", "id": "s1" }, { "area": "social_support" }]
            },
            { "id": "n2", "statement": "Money runs out", "findings": [{ "area": "trigger", "id": "t1" }] }
        ],
        "components": [
            { "id": "c1", "catalog_id": "cbt", "category": "therapy", "name": "CBT" }
        ],
        "goals": [
            {
                "id": "g1",
                "statement": "Go to two meetings a week",
                "due": "2026-03-01",
                "addresses": ["n1"],
                "expressed_by": "p1",
                "objectives": [
                    { "id": "o1", "statement": "Find a meeting near work", "interventions": ["c1"] }
                ]
            },
            { "id": "g2", "statement": "Keep money for rent", "addresses": ["n2"] },
            { "id": "g3", "statement": "Sleep better", "due": "2026-06-30" }
        ],
        "consent": {
            "signatures": [{ "id": "sig1", "name": "J.R.", "role": "person", "date": "2026-01-05", "revision": 1 }]
        }
    })
}

fn text(document: &Value) -> String {
    serde_json::to_string_pretty(document).expect("test documents serialize")
}

/// Imports a document that must fail, and returns its problems.
fn problems(document: &Value) -> Vec<ImportError> {
    problems_in_text(&text(document))
}

fn problems_in_text(text: &str) -> Vec<ImportError> {
    match import(text) {
        Ok(plan) => panic!("expected the import to fail, but it read {plan:?}"),
        Err(errors) => {
            assert!(
                !errors.is_empty(),
                "a failed import names at least one problem"
            );
            errors
        }
    }
}

/// The only problem of a file, with its path.
fn only_problem(document: &Value) -> ImportError {
    let mut errors = problems(document);
    assert_eq!(errors.len(), 1, "expected one problem, got {errors:?}");
    errors.remove(0)
}

fn at(path: &str, problem: ImportProblem) -> ImportError {
    ImportError {
        path: path.into(),
        problem,
    }
}

fn whole_file(problem: ImportProblem) -> ImportError {
    at("", problem)
}

#[test]
fn the_sound_fixture_imports_and_round_trips() {
    let plan = import(&text(&sound_document())).expect("the fixture is a sound plan");
    assert_eq!(plan.goals.len(), 3);
    assert_eq!(plan.goals[0].addresses, ["n1"]);
    assert_eq!(import(&export(&plan)), Ok(plan));
}

#[test]
fn a_saved_plan_loses_its_control_characters_and_keeps_the_rest_exactly() {
    let mut plan = import(&text(&sound_document())).expect("the fixture is a sound plan");
    plan.title = "  Plan\u{0} for\u{1b}[1m J.R.\u{8}\u{c}\t\r\n ".into();
    Rc::make_mut(&mut plan.goals[0]).statement = " padded, as typed ".into();
    plan.needs[0].statement = "back\\slash \\u0007 as text\u{7f}".into();
    let saved = export(&plan);
    let strings: Vec<String> = {
        let value: Value = serde_json::from_str(&saved).expect("the export is JSON");
        let mut all = Vec::new();
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                Value::String(s) => all.push(s),
                Value::Array(items) => stack.extend(items),
                Value::Object(fields) => stack.extend(fields.into_iter().map(|(_, v)| v)),
                _ => {}
            }
        }
        all
    };
    assert!(strings.iter().any(|s| s.contains("J.R.")));
    for s in &strings {
        assert!(
            !s.contains(|c: char| c < ' ' && !"\t\n\r".contains(c)),
            "{s:?}"
        );
    }
    let back = import(&saved).expect("the saved plan opens");
    assert_eq!(back.title, "  Plan for[1m J.R.\t\r\n ");
    assert_eq!(back.goals[0].statement, " padded, as typed ");
    assert_eq!(back.needs[0].statement, "back\\slash \\u0007 as text\u{7f}");
    let mut expected = plan.clone();
    expected.title = back.title.clone();
    assert_eq!(back, expected, "only the control characters are gone");
    assert_eq!(export(&back), saved);
}

#[test]
fn malformed_json_is_reported_with_its_line_and_column() {
    let error = only_problem_in_text("{\n  \"schema_version\": 1,\n  \"id\": \"x\",\n}");
    assert_eq!(
        error,
        whole_file(ImportProblem::Syntax { line: 4, column: 1 })
    );
    assert_eq!(
        Lang::En.import_error(&error),
        "the file is not valid JSON (line 4, column 1); it may be damaged or not a plan file"
    );
}

fn only_problem_in_text(text: &str) -> ImportError {
    let mut errors = problems_in_text(text);
    assert_eq!(errors.len(), 1, "expected one problem, got {errors:?}");
    errors.remove(0)
}

#[test]
fn a_file_cut_off_while_saving_is_reported_as_ending_early() {
    let whole = text(&sound_document());
    let cut = &whole[..whole.len() / 2];
    assert_eq!(
        only_problem_in_text(cut),
        whole_file(ImportProblem::UnexpectedEnd)
    );
}

#[test]
fn empty_or_blank_text_is_refused_as_empty() {
    for blank in ["", "   ", "\n\t\r\n"] {
        assert_eq!(
            only_problem_in_text(blank),
            whole_file(ImportProblem::Empty),
            "{blank:?}"
        );
    }
}

#[test]
fn json_that_is_not_an_object_is_not_a_plan() {
    for other in ["[1, 2]", "\"plan\"", "42", "null"] {
        assert_eq!(
            only_problem_in_text(other),
            whole_file(ImportProblem::NotAnObject),
            "{other}"
        );
    }
}

#[test]
fn a_wrong_type_names_the_field_what_was_found_and_what_was_expected() {
    let mut doc = sound_document();
    doc["goals"][0]["statement"] = json!(5);
    let error = only_problem(&doc);
    assert_eq!(
        error,
        at(
            "goals[0].statement",
            ImportProblem::WrongType {
                found: Found::Number("5".into()),
                expected: Expected::Text,
            }
        )
    );
    assert_eq!(
        Lang::En.import_error(&error),
        "goals[0].statement: expected text, found the number 5"
    );
    // Every word of the message is in the reader's language.
    assert_eq!(
        Lang::Es.import_error(&error),
        "goals[0].statement: se esperaba texto, pero se encontró el número 5"
    );
}

#[test]
fn a_newer_schema_version_asks_for_the_newer_version() {
    let mut doc = sound_document();
    doc["schema_version"] = json!(SCHEMA_VERSION + 1);
    let error = only_problem(&doc);
    assert_eq!(
        error,
        whole_file(ImportProblem::NewerVersion {
            found: u64::from(SCHEMA_VERSION + 1),
            supported: SCHEMA_VERSION,
        })
    );
    assert!(Lang::En.import_error(&error).contains("newer version"));
}

/// The text of a document with `extra` written into its outer object again.
fn with_again(document: &Value, extra: &str) -> String {
    let text = text(document);
    let end = text.rfind('}').expect("an object");
    format!("{},\n  {extra}\n}}", text[..end].trim_end())
}

#[test]
fn a_key_written_twice_is_a_duplicated_key_not_a_newer_version() {
    let file = with_again(&sound_document(), r#""schema_version": 99"#);
    let error = only_problem_in_text(&file);
    assert_eq!(error, at("schema_version", ImportProblem::DuplicateKey));
    let en = Lang::En.import_error(&error);
    assert!(
        en.starts_with("schema_version: this field is written more than once"),
        "{en}"
    );
    assert!(!en.contains("newer"), "{en}");
    let es = Lang::Es.import_error(&error);
    assert!(
        es.starts_with("schema_version: este campo está escrito más de una vez"),
        "{es}"
    );
    // Also when the last one would read as sound, and deep inside the plan.
    let mut doc = sound_document();
    doc["goals"][1]["statement"] = json!("Keep money for rent");
    let text = text(&doc).replacen(
        r#""statement": "Keep money for rent""#,
        r#""statement": "Pay the rent first", "statement": "Keep money for rent""#,
        1,
    );
    assert_eq!(
        problems_in_text(&text),
        [at("goals[1].statement", ImportProblem::DuplicateKey)]
    );
    assert_eq!(
        problems_in_text(&with_again(&sound_document(), r#""schema_version": 1"#)),
        [at("schema_version", ImportProblem::DuplicateKey)]
    );
}

#[test]
fn a_huge_bad_value_is_quoted_as_a_short_excerpt() {
    let huge = format!("ñ{}", "x".repeat(100_000));
    let cut = format!("ñ{}…", "x".repeat(39));
    type PutValue = fn(&mut Value, &str);
    let cases: [(PutValue, &str); 5] = [
        (|d, v| d["revision"] = json!(v), "revision"),
        (|d, v| d["goals"][0]["due"] = json!(v), "goals[0].due"),
        (|d, v| d["status"] = json!(v), "status"),
        (
            |d, v| d["goals"][1]["addresses"] = json!([v]),
            "goals[1].addresses[0]",
        ),
        (|d, v| d[v] = json!(1), ""),
    ];
    for (edit, path) in cases {
        let mut doc = sound_document();
        edit(&mut doc, &huge);
        for error in problems(&doc) {
            for lang in Lang::ALL.iter().copied() {
                let message = lang.import_error(&error);
                assert!(
                    message.chars().count() < 300,
                    "{path}: {} chars",
                    message.len()
                );
                assert!(message.contains(&cut), "{path}: {message}");
                assert!(!message.contains(&format!("{cut}x")), "{path}: {message}");
            }
            if !path.is_empty() {
                assert_eq!(error.path, path);
            }
        }
    }
}

#[test]
fn version_zero_and_non_numeric_versions_are_refused() {
    let mut doc = sound_document();
    doc["schema_version"] = json!(0);
    assert_eq!(
        only_problem(&doc),
        whole_file(ImportProblem::UnknownVersion { found: 0 })
    );
    doc["schema_version"] = json!("1");
    assert_eq!(
        only_problem(&doc),
        whole_file(ImportProblem::VersionNotANumber)
    );
}

#[test]
fn a_missing_schema_version_is_reported() {
    let mut doc = sound_document();
    doc.as_object_mut().unwrap().remove("schema_version");
    assert_eq!(
        only_problem(&doc),
        whole_file(ImportProblem::MissingVersion)
    );
}

#[test]
fn a_ten_megabyte_file_is_refused_before_it_is_read() {
    let mut doc = sound_document();
    doc["relapse_prevention"] = json!({ "lapse_plan": "x".repeat(10 * 1024 * 1024) });
    let big = text(&doc);
    let error = only_problem_in_text(&big);
    assert_eq!(
        error,
        whole_file(ImportProblem::TooLarge {
            bytes: big.len(),
            limit: MAX_IMPORT_BYTES,
        })
    );
    assert_eq!(
        Lang::En.import_error(&error),
        "the file is 10.0 MB; plan files can be at most 4.0 MB"
    );
}

#[test]
fn a_large_file_under_the_limit_still_opens() {
    let mut doc = sound_document();
    let lapse_plan = "Call my sponsor. ".repeat((MAX_IMPORT_BYTES - 64 * 1024) / 17);
    doc["relapse_prevention"] = json!({ "lapse_plan": lapse_plan });
    let plan = import(&text(&doc)).expect("a big but allowed plan opens");
    assert_eq!(plan.relapse_prevention.lapse_plan, lapse_plan);
}

#[test]
fn a_deeply_nested_document_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let text = format!(r#"{{"schema_version": 1, "id": "x", "title": {nested}}}"#);
    assert_eq!(
        only_problem_in_text(&text),
        whole_file(ImportProblem::TooDeep)
    );
    // Deep objects too, and deep nesting that is also cut off.
    let objects = format!(
        r#"{{"schema_version": 1, "id": "x", "title": {}"#,
        r#"{"a":"#.repeat(depth)
    );
    let error = only_problem_in_text(&objects);
    assert!(
        matches!(
            error.problem,
            ImportProblem::TooDeep | ImportProblem::UnexpectedEnd
        ),
        "{error:?}"
    );
}

#[test]
fn an_invalid_date_names_its_path_and_the_expected_form() {
    let mut doc = sound_document();
    doc["goals"][2]["due"] = json!("2026-13-01");
    let error = only_problem(&doc);
    assert_eq!(
        error,
        at(
            "goals[2].due",
            ImportProblem::NotADate {
                text: "2026-13-01".into()
            }
        )
    );
    assert_eq!(
        Lang::En.import_error(&error),
        "goals[2].due: '2026-13-01' is not a date; use YYYY-MM-DD"
    );
}

#[test]
fn an_unknown_choice_lists_the_allowed_ones() {
    let mut doc = sound_document();
    doc["status"] = json!("paused");
    let error = only_problem(&doc);
    assert_eq!(
        error,
        at(
            "status",
            ImportProblem::UnknownChoice {
                found: "paused".into(),
                allowed: ["draft", "active", "under_review", "completed"]
                    .map(String::from)
                    .to_vec(),
            }
        )
    );
    assert_eq!(
        Lang::En.import_error(&error),
        "status: 'paused' is not one of the choices; use one of: draft, active, under_review, completed"
    );
}

#[test]
fn an_unknown_finding_area_is_an_unknown_choice_at_its_path() {
    let mut doc = sound_document();
    doc["needs"][0]["findings"][1] = json!({ "area": "horoscope" });
    let error = only_problem(&doc);
    assert_eq!(error.path, "needs[0].findings[1].area");
    assert!(
        matches!(&error.problem, ImportProblem::UnknownChoice { found, allowed }
            if found == "horoscope" && allowed.iter().any(|a| a == "social_support")),
        "{error:?}"
    );
}

#[test]
fn a_misspelt_field_is_named_so_it_can_be_fixed() {
    let mut doc = sound_document();
    doc["goals"][1]["measrue"] = json!("meetings attended");
    let error = only_problem(&doc);
    assert_eq!(
        error,
        at(
            "goals[1].measrue",
            ImportProblem::UnknownField {
                field: "measrue".into()
            }
        )
    );
    assert_eq!(
        Lang::En.import_error(&error),
        "goals[1].measrue: 'measrue' is not a field of a plan; check its spelling or remove it"
    );
}

#[test]
fn a_number_too_large_for_its_field_is_reported() {
    let mut doc = sound_document();
    doc["goals"][0]["confidence"] = json!(300);
    assert_eq!(
        only_problem(&doc),
        at(
            "goals[0].confidence",
            ImportProblem::TooLargeNumber {
                found: "300".into()
            }
        )
    );
}

#[test]
fn independent_problems_are_all_reported_in_one_go() {
    let mut doc = sound_document();
    doc["goals"][0]["due"] = json!("2026-02-30");
    doc["goals"][2]["due"] = json!("2026-13-01");
    doc["titel"] = json!("typo");
    doc["needs"][1]["statement"] = json!(["a", "list"]);
    let mut found = problems(&doc);
    found.sort_by(|a, b| a.path.cmp(&b.path));
    assert_eq!(
        found,
        vec![
            at(
                "goals[0].due",
                ImportProblem::NotADate {
                    text: "2026-02-30".into()
                }
            ),
            at(
                "goals[2].due",
                ImportProblem::NotADate {
                    text: "2026-13-01".into()
                }
            ),
            at(
                "needs[1].statement",
                ImportProblem::WrongType {
                    found: Found::List,
                    expected: Expected::Text
                }
            ),
            at(
                "titel",
                ImportProblem::UnknownField {
                    field: "titel".into()
                }
            ),
        ]
    );
}

#[test]
fn a_problem_in_a_required_field_does_not_hide_later_problems() {
    // The signature's date is required: setting it aside must not stop
    // the reader from finding the goal's bad date after it.
    let mut doc = sound_document();
    doc["consent"]["signatures"][0]["date"] = json!("yesterday");
    doc["goals"][1]["due"] = json!("2026-04-31");
    doc["goals"][2]["statement"] = json!(true);
    let mut found = problems(&doc);
    found.sort_by(|a, b| a.path.cmp(&b.path));
    assert_eq!(
        found,
        vec![
            at(
                "consent.signatures[0].date",
                ImportProblem::NotADate {
                    text: "yesterday".into()
                }
            ),
            at(
                "goals[1].due",
                ImportProblem::NotADate {
                    text: "2026-04-31".into()
                }
            ),
            at(
                "goals[2].statement",
                ImportProblem::WrongType {
                    found: Found::YesNo(true),
                    expected: Expected::Text
                }
            ),
        ]
    );
}

#[test]
fn a_missing_required_field_is_reported_beside_other_problems() {
    let mut doc = sound_document();
    doc["goals"][1].as_object_mut().unwrap().remove("statement");
    doc["goals"][2]["due"] = json!("2026-13-01");
    let mut found = problems(&doc);
    found.sort_by(|a, b| a.path.cmp(&b.path));
    assert_eq!(
        found,
        vec![
            at(
                "goals[1]",
                ImportProblem::MissingField {
                    field: "statement".into()
                }
            ),
            at(
                "goals[2].due",
                ImportProblem::NotADate {
                    text: "2026-13-01".into()
                }
            ),
        ]
    );
}

#[test]
fn problems_in_required_choices_and_whole_items_do_not_hide_later_problems() {
    let mut doc = sound_document();
    doc["contributors"][0]["role"] = json!("boss");
    doc["components"][0]["category"] = json!(7);
    doc["goals"][0]["objectives"][0] = json!("find a meeting");
    doc["needs"][0]["findings"][1] = json!("trauma");
    doc["goals"][2]["due"] = json!("2026-13-01");
    let paths: Vec<String> = problems(&doc).into_iter().map(|e| e.path).collect();
    // In the order a saved plan writes its fields.
    assert_eq!(
        paths,
        [
            "contributors[0].role",
            "needs[0].findings[1]",
            "goals[0].objectives[0]",
            "goals[2].due",
            "components[0].category",
        ]
    );
}

#[test]
fn a_file_with_very_many_problems_lists_a_bounded_number() {
    let mut doc = sound_document();
    let goals: Vec<Value> = (0..80)
        .map(|i| json!({ "id": format!("g{i}"), "statement": "s", "due": "not a date" }))
        .collect();
    doc["goals"] = json!(goals);
    let found = problems(&doc);
    assert_eq!(found.len(), 50);
    assert_eq!(found[0].path, "goals[0].due");
    assert_eq!(found[49].path, "goals[49].due");
}

#[test]
fn broken_links_and_duplicate_ids_are_all_listed_with_their_paths() {
    let mut doc = sound_document();
    doc["needs"][1]["id"] = json!("n1");
    doc["goals"][1]["addresses"] = json!(["n2", "n9"]);
    doc["goals"][0]["objectives"][0]["interventions"] = json!(["c1", "c7"]);
    doc["goals"][2]["expressed_by"] = json!("p4");
    doc["needs"][0]["findings"][0] = json!({ "area": "substance", "id": "s5" });
    doc["assessment"]["readiness"] = json!({ "ruler": 11 });
    let found = problems(&doc);
    let missing = |target, id: &str| {
        ImportProblem::Unsound(ProblemKind::MissingLink {
            target,
            id: id.into(),
        })
    };
    assert_eq!(
        found,
        vec![
            at(
                "assessment.readiness.ruler",
                ImportProblem::Unsound(ProblemKind::OutOfRange { value: 11, max: 10 })
            ),
            at(
                "needs[0].findings[0].id",
                missing(LinkTarget::Substance, "s5")
            ),
            at(
                "needs[1].id",
                ImportProblem::Unsound(ProblemKind::DuplicateId { id: "n1".into() })
            ),
            at(
                "goals[0].objectives[0].interventions[1]",
                missing(LinkTarget::Component, "c7")
            ),
            at("goals[1].addresses[0]", missing(LinkTarget::Need, "n2")),
            at("goals[1].addresses[1]", missing(LinkTarget::Need, "n9")),
            at(
                "goals[2].expressed_by",
                missing(LinkTarget::Contributor, "p4")
            ),
        ]
    );
    assert_eq!(
        Lang::En.import_error(&found[2]),
        "needs[1].id: the id 'n1' is used twice; each item needs its own id"
    );
    assert_eq!(
        Lang::En.import_error(&found[3]),
        "goals[0].objectives[0].interventions[1]: points to the plan component 'c7', which is not in the plan"
    );
}

/// One file for every kind of problem the tests above provoke.
fn every_kind_of_bad_file() -> Vec<String> {
    let mut files = vec![
        String::new(),
        "{".into(),
        "{]".into(),
        "[]".into(),
        format!("{}{}", "[".repeat(500), "]".repeat(500)),
        "x".repeat(MAX_IMPORT_BYTES + 1),
    ];
    let mut edits: Vec<fn(&mut Value)> = vec![
        |d| d["schema_version"] = json!(99),
        |d| d["schema_version"] = json!(0),
        |d| d["schema_version"] = json!("one"),
        |d| {
            d.as_object_mut().unwrap().remove("schema_version");
        },
        |d| d["goals"][0]["statement"] = json!(5),
        |d| d["goals"][0]["confidence"] = json!(-3),
        |d| d["goals"][2]["due"] = json!("2026-13-01"),
        |d| d["status"] = json!("paused"),
        |d| d["titel"] = json!(""),
        |d| {
            d["goals"][0].as_object_mut().unwrap().remove("id");
        },
    ];
    edits.extend::<[fn(&mut Value); 5]>([
        |d| d["needs"][1]["id"] = json!("n1"),
        |d| d["needs"][1]["id"] = json!(""),
        |d| d["goals"][1]["addresses"] = json!(["n9"]),
        |d| d["goals"][0]["objectives"][0]["interventions"] = json!(["c7"]),
        |d| d["goals"][0]["confidence"] = json!(11),
    ]);
    files.push(with_again(&sound_document(), r#""schema_version": 99"#));
    for edit in edits {
        let mut doc = sound_document();
        edit(&mut doc);
        files.push(text(&doc));
    }
    files
}

#[test]
fn every_import_problem_reads_as_a_sentence_in_every_language() {
    for file in every_kind_of_bad_file() {
        for error in problems_in_text(&file) {
            assert!(
                !matches!(error.problem, ImportProblem::Other { .. }),
                "the reader's own wording leaked through: {error:?}"
            );
            let en = Lang::En.import_error(&error);
            let es = Lang::Es.import_error(&error);
            for message in [&en, &es] {
                assert!(
                    message.len() > error.path.len() + 10,
                    "too short: {message:?}"
                );
                assert!(message.starts_with(&error.path), "{message:?}");
            }
            assert_ne!(en, es, "not translated: {en}");
        }
    }
}

#[test]
fn an_invalid_date_reads_in_spanish_with_the_spanish_date_form() {
    let mut doc = sound_document();
    doc["goals"][2]["due"] = json!("2026-13-01");
    let error = only_problem(&doc);
    assert_eq!(
        Lang::Es.import_error(&error),
        "goals[2].due: '2026-13-01' no es una fecha; use AAAA-MM-DD"
    );
}

fn composer_with_work() -> Composer {
    let mut composer = Composer::new(Plan::new("current", PlanDate::new(2026, 2, 1)), Lang::En);
    composer.act(Action::Edit(
        TextTarget::from(TextSlot::Title).edit("My plan".into()),
    ));
    composer.act(Action::EndTyping);
    composer.act(Action::Edit(Edit::AddGoal {
        statement: "Walk every morning".into(),
        template_id: None,
    }));
    composer
}

#[test]
fn a_failed_import_leaves_the_current_plan_and_its_history_untouched() {
    let mut doc = sound_document();
    doc["goals"][2]["due"] = json!("2026-13-01");
    doc["status"] = json!("paused");
    for bad in [text(&doc), String::new(), "{".into()] {
        let mut composer = composer_with_work();
        let before = composer.history.clone();
        composer.act(open_file(&bad));
        assert_eq!(composer.history, before, "{bad}");
        assert_eq!(composer.plan().title, "My plan");
        assert!(!composer.import_errors.is_empty());
        // Undo still takes back the person's own last edit.
        composer.act(Action::Undo);
        assert!(composer.plan().goals.is_empty());
        assert_eq!(composer.plan().title, "My plan");
    }
}

#[test]
fn a_failed_import_lists_every_problem_until_dismissed() {
    let mut doc = sound_document();
    doc["goals"][0]["due"] = json!("2026-02-30");
    doc["goals"][2]["due"] = json!("2026-13-01");
    let mut composer = composer_with_work();
    composer.act(open_file(&text(&doc)));
    let paths: Vec<_> = composer
        .import_errors
        .iter()
        .map(|e| e.path.as_str())
        .collect();
    assert_eq!(paths, ["goals[0].due", "goals[2].due"]);
    composer.act(Action::DismissMessages);
    assert!(composer.import_errors.is_empty());
}

#[test]
fn a_successful_import_replaces_the_plan_as_one_undoable_step() {
    let mut composer = composer_with_work();
    let mine = composer.plan().clone();
    composer.act(open_file("{"));
    assert!(!composer.import_errors.is_empty());

    composer.act(open_file(&text(&sound_document())));
    assert!(composer.import_errors.is_empty(), "errors are cleared");
    assert_eq!(composer.plan().id, "plan-1");
    assert_eq!(composer.plan().goals.len(), 3);
    let imported = composer.plan().clone();

    composer.act(Action::Undo);
    assert_eq!(*composer.plan(), mine);
    composer.act(Action::Redo);
    assert_eq!(*composer.plan(), imported);
}

#[test]
fn editing_an_imported_plan_continues_its_id_numbering() {
    let mut composer = composer_with_work();
    composer.act(open_file(&text(&sound_document())));
    composer.act(Action::Edit(Edit::AddNeed {
        statement: "Somewhere quiet to live".into(),
    }));
    assert_eq!(composer.edit_error, None);
    let added = composer.plan().needs.last().unwrap();
    assert_eq!(added.id, "n20", "next_id in the file was 20");
}

// Found by the fuzzer (plan_mutated): an id of only a control character
// passed the checks, the next save left it out, and the saved file was then
// refused. The file is read as it would be saved, so it is refused at once.
#[test]
fn an_id_made_only_of_control_characters_is_an_empty_id() {
    let mut document = sound_document();
    document["components"][0]["id"] = json!("\u{1}");
    document["goals"][0]["objectives"][0]["interventions"][0] = json!("\u{1}");
    let errors = problems(&document);
    assert!(
        errors.iter().any(|e| e.path == "components[0].id"
            && e.problem == ImportProblem::Unsound(ProblemKind::EmptyId)),
        "{errors:?}"
    );

    // Ids that differ only in control characters are the same id.
    let mut document = sound_document();
    document["goals"][1]["id"] = json!("g1\u{7}");
    let errors = problems(&document);
    assert!(
        errors.iter().any(|e| matches!(
            e.problem,
            ImportProblem::Unsound(ProblemKind::DuplicateId { .. })
        )),
        "{errors:?}"
    );
}

// Found by the fuzzer (round_trip): an optional text left out of the file
// while empty (discharge criteria, a need's problem statement) held only a
// control character; the save dropped the character but kept the key, so
// the plan read back saved as other text. Such a text now counts as empty.
#[test]
fn an_optional_text_of_only_control_characters_saves_like_an_empty_one() {
    use plan_composer::plan::edit::AftercareField;
    let mut plan = Plan::new("p", PlanDate::new(2026, 1, 5));
    let need = plan_composer::plan::apply(
        &mut plan,
        &Edit::AddNeed {
            statement: "Sleep".into(),
        },
    )
    .ok()
    .and_then(|a| a.created)
    .unwrap_or_default();
    for (target, text) in [
        (
            TextTarget::from(TextSlot::Aftercare(AftercareField::DischargeCriteria)),
            "\u{1}",
        ),
        (TextTarget::of(TextSlot::NeedProblem, need), "\u{1f}\u{0}"),
    ] {
        assert!(plan_composer::plan::apply(&mut plan, &target.edit(text.into())).is_ok());
    }
    let saved = export(&plan);
    assert!(
        !saved.contains("discharge_criteria") && !saved.contains("problem"),
        "{saved}"
    );
    let back = import(&saved).expect("reads back");
    assert_eq!(export(&back), saved, "saves as the same text");
}

/// A choice is read by strum's name of each member (`read::choice`) and
/// written by serde's: the two name every member alike.
#[test]
fn every_choice_is_read_by_the_name_it_is_written_with() {
    use plan_composer::plan::catalog::FindingArea;
    use plan_composer::plan::*;
    use strum::{VariantArray, VariantNames};
    fn agree<T: VariantArray + VariantNames + serde::Serialize>() -> usize {
        let names = <T as VariantNames>::VARIANTS;
        let members = <T as VariantArray>::VARIANTS;
        assert_eq!(names.len(), members.len());
        for (member, name) in members.iter().zip(names) {
            assert_eq!(
                serde_json::to_value(member).ok(),
                Some(serde_json::json!(name))
            );
        }
        names.len()
    }
    let counted = [
        agree::<PlanStatus>(),
        agree::<ContributorRole>(),
        agree::<SignerRole>(),
        agree::<StageOfChange>(),
        agree::<Priority>(),
        agree::<GoalLifecycle>(),
        agree::<Achievement>(),
        agree::<ComponentCategory>(),
        agree::<Direction>(),
        agree::<Comparator>(),
        agree::<ProgressStatus>(),
        agree::<ReviewCadence>(),
        agree::<FindingArea>(),
    ];
    assert!(counted.iter().all(|n| *n > 1));
}
