//! Plan files written by version 1 of the format (copies of samples/*.json
//! as they were committed then, in tests/fixtures/v1/) open as version 2:
//! each signature gets a closed role and the revision it signed, and the
//! migrated plan passes every check.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::export::json::{export, import};
use plan_composer::plan::validate::check;
use plan_composer::plan::{Plan, SignerRole, SCHEMA_VERSION};
use serde_json::Value;
use std::path::PathBuf;

fn v1_files() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/v1 is there")
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
