//! The published JSON Schema of the plan format is generated from the Rust
//! types, and the committed copy must match what the types say today.
//!
//! After changing a document type, regenerate it with
//! `UPDATE_SCHEMAS=1 cargo test --test schema` and commit the result.
// Native only: the browser run is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::Plan;
use serde_json::Value;
use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas/plan.schema.json")
}

/// The schema exactly as it is committed: pretty JSON and a final newline.
fn generated_text() -> String {
    let schema = schemars::schema_for!(Plan);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

fn generated() -> Value {
    serde_json::from_str(&generated_text()).expect("the generated schema reads back")
}

#[test]
fn committed_plan_schema_matches_the_rust_types() {
    let path = committed_path();
    let fresh = generated_text();
    if std::env::var("UPDATE_SCHEMAS").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().expect("schemas/ has a parent"))
            .expect("create schemas/");
        std::fs::write(&path, &fresh).expect("write the schema");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\nGenerate it with: UPDATE_SCHEMAS=1 cargo test --test schema",
            path.display()
        )
    });
    // Compare line by line so the failure shows where they part.
    if committed != fresh {
        let first_difference = committed
            .lines()
            .zip(fresh.lines())
            .enumerate()
            .find(|(_, (old, new))| old != new)
            .map(|(i, (old, new))| {
                format!(
                    "first difference at line {}:\n  committed: {old}\n  generated: {new}",
                    i + 1
                )
            })
            .unwrap_or_else(|| "the files differ in length or the final newline".into());
        panic!(
            "{} is out of date with the Rust types ({first_difference}).\n\
             If the format change is intended, run: UPDATE_SCHEMAS=1 cargo test --test schema\n\
             (and bump SCHEMA_VERSION with a migration step if old files read differently).",
            path.display()
        );
    }
}

#[test]
fn plan_schema_names_its_dialect_and_title() {
    let schema = generated();
    let dialect = schema["$schema"].as_str().expect("$schema is a string");
    assert!(
        dialect.starts_with("https://json-schema.org/"),
        "unexpected dialect {dialect}"
    );
    assert_eq!(schema["title"], "Plan");
    assert_eq!(schema["type"], "object");
}

#[test]
fn plan_schema_requires_schema_version_and_id() {
    let schema = generated();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .expect("the plan lists its required properties")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(required.contains(&"schema_version"), "{required:?}");
    assert!(required.contains(&"id"), "{required:?}");
    // Fields with a default may be left out of a file.
    assert!(!required.contains(&"goals"), "{required:?}");
    assert!(!required.contains(&"title"), "{required:?}");
}

#[test]
fn plan_schema_refuses_unknown_fields_and_describes_dates() {
    let schema = generated();
    // `deny_unknown_fields` on the Rust types shows up in the schema, so an
    // editor that validates against it flags a misspelt field too.
    assert_eq!(schema["additionalProperties"], false);
    let goal = &schema["$defs"]["Goal"];
    assert_eq!(goal["additionalProperties"], false);
    let date = &schema["$defs"]["PlanDate"];
    assert_eq!(date["type"], "string");
    assert_eq!(date["format"], "date");
}
