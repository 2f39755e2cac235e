//! Plan files written by version 1 of the format (copies of samples/*.json
//! as they were committed then, in tests/fixtures/v1/) open as version 2:
//! each signature gets a closed role and the revision it signed, and the
//! migrated plan passes every check. Version 2 files (tests/fixtures/v2/,
//! the samples as they were before version 3) open with each review's
//! sentences kept as `note` changes.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::export::json::{export, import};
use plan_composer::i18n::Lang;
use plan_composer::plan::review::Change;
use plan_composer::plan::validate::check;
use plan_composer::plan::{Plan, SignerRole, SCHEMA_VERSION};
use serde_json::Value;
use std::path::PathBuf;

fn v1_files() -> Vec<(String, String)> {
    files_in("tests/fixtures/v1")
}

fn files_in(folder: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("the fixtures folder is there")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (
                name,
                std::fs::read_to_string(&p).expect("a fixture is readable"),
            )
        })
        .collect();
    files.sort();
    files
}

fn migrated(name: &str, text: &str) -> Plan {
    import(text).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

#[test]
fn the_fixtures_are_version_1_files_with_free_text_roles() {
    let files = v1_files();
    assert_eq!(files.len(), 3);
    for (name, text) in &files {
        let raw: Value = serde_json::from_str(text).expect("JSON");
        assert_eq!(raw["schema_version"], 1, "{name}");
        let signatures = raw["consent"]["signatures"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(!signatures.is_empty(), "{name}");
        assert!(
            signatures.iter().all(|s| s.get("revision").is_none()),
            "{name}"
        );
    }
}

#[test]
fn version_1_plans_open_migrated_and_sound() {
    for (name, text) in v1_files() {
        let plan = migrated(&name, &text);
        assert_eq!(plan.schema_version, SCHEMA_VERSION, "{name}");
        assert_eq!(check(&plan), [], "{name}");
        // Old signatures are taken to sign the revision the file was saved at.
        for s in &plan.consent.signatures {
            assert_eq!(s.revision, plan.revision, "{name}: {}", s.id);
        }
        // And they read back the same after saving in the new format.
        assert_eq!(import(&export(&plan)), Ok(plan.clone()), "{name}");
    }
}

#[test]
fn old_roles_become_the_closed_role_their_words_name() {
    let roles: Vec<(String, Vec<(SignerRole, String)>)> = v1_files()
        .into_iter()
        .map(|(name, text)| {
            let plan = migrated(&name, &text);
            let roles = plan
                .consent
                .signatures
                .iter()
                .map(|s| (s.role, s.credentials.clone()))
                .collect();
            (name, roles)
        })
        .collect();
    let person = || (SignerRole::Person, String::new());
    let clinician = |was: &str| (SignerRole::Clinician, was.to_owned());
    assert_eq!(
        roles,
        [
            (
                "alcohol-outpatient.en.json".to_owned(),
                vec![person(), clinician("Counselor")]
            ),
            (
                "opioids-otp.es.json".to_owned(),
                vec![person(), clinician("Consejera"), clinician("Médica")]
            ),
            (
                "stimulants-housing.en.json".to_owned(),
                vec![person(), clinician("Counselor")]
            ),
        ]
    );
}

#[test]
fn version_2_plans_open_with_their_review_sentences_kept_as_notes() {
    let v2 = files_in("tests/fixtures/v2");
    assert_eq!(v2.len(), 3);
    for (name, old) in &v2 {
        let raw: Value = serde_json::from_str(old).expect("JSON");
        assert_eq!(raw["schema_version"], 2, "{name}");
        let sentences: Vec<String> = raw["review"]["history"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|e| e["changes"].as_array().cloned().unwrap_or_default())
            .filter_map(|c| c.as_str().map(str::to_owned))
            .collect();
        assert!(!sentences.is_empty(), "{name} has review sentences");
        let plan = migrated(name, old);
        assert_eq!(plan.schema_version, SCHEMA_VERSION, "{name}");
        assert_eq!(check(&plan), [], "{name}");
        let notes: Vec<Change> = plan
            .review
            .history
            .iter()
            .flat_map(|e| e.changes.clone())
            .collect();
        let expected: Vec<Change> = sentences.into_iter().map(Change::Note).collect();
        assert_eq!(notes, expected, "{name}");
        // A note is shown as written, in any language.
        for lang in Lang::ALL.iter().copied() {
            for note in &notes {
                let Change::Note(text) = note else {
                    continue;
                };
                assert_eq!(&lang.change(note), text);
            }
        }
    }
}

#[test]
fn review_changes_are_data_worded_in_the_readers_language() {
    use plan_composer::plan::edit::ItemKind;
    use plan_composer::plan::review::Field;
    use plan_composer::plan::target::DateSlot;
    let change = Change::Changed {
        kind: ItemKind::Goal,
        name: "Sleep without drinking".into(),
        fields: vec![Field::Date(DateSlot::GoalDue)],
    };
    let json = serde_json::to_value(&change).expect("serialises");
    assert_eq!(
        json,
        serde_json::json!({ "changed": {
            "kind": "goal",
            "name": "Sleep without drinking",
            "fields": ["date.goal_due"]
        } })
    );
    assert_eq!(
        serde_json::from_value::<Change>(json).ok(),
        Some(change.clone())
    );
    // The same entry reads in English for one person, in Spanish for another.
    assert_eq!(
        Lang::En.change(&change),
        "Changed the goal “Sleep without drinking”: due date"
    );
    assert_eq!(
        Lang::Es.change(&change),
        "Se cambió la meta “Sleep without drinking”: fecha límite"
    );
}
