//! The published JSON Schemas (the plan format and the component catalog)
//! are generated from the Rust types, and the committed copies must match
//! what the types say today.
//!
//! After changing a document type, regenerate it with
//! `UPDATE_SCHEMAS=1 cargo test --test schema` and commit the result.
// Native only: the browser run is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::catalog::{ComponentCatalog, DEFAULT_CATALOG_JSON};
use plan_composer::plan::Plan;
use serde_json::Value;
use std::path::PathBuf;

fn schema_path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(file)
}

/// A schema exactly as it is committed: pretty JSON and a final newline.
fn schema_text(schema: &schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

fn generated_text() -> String {
    schema_text(&schemars::schema_for!(Plan))
}

fn generated() -> Value {
    serde_json::from_str(&generated_text()).expect("the generated schema reads back")
}

fn generated_catalog() -> Value {
    serde_json::from_str(&schema_text(&schemars::schema_for!(ComponentCatalog)))
        .expect("the generated catalog schema reads back")
}

/// Fails when the committed file differs from `fresh`, or rewrites it when
/// `UPDATE_SCHEMAS=1`.
fn check_committed(file: &str, fresh: &str, what: &str) {
    let path = schema_path(file);
    if std::env::var("UPDATE_SCHEMAS").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().expect("schemas/ has a parent"))
            .expect("create schemas/");
        std::fs::write(&path, fresh).expect("write the schema");
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
             If the change is intended, run: UPDATE_SCHEMAS=1 cargo test --test schema\n\
             {what}",
            path.display()
        );
    }
}

#[test]
fn committed_plan_schema_matches_the_rust_types() {
    check_committed(
        "plan.schema.json",
        &generated_text(),
        "(and bump SCHEMA_VERSION with a migration step if old files read differently).",
    );
}

#[test]
fn committed_catalog_schema_matches_the_rust_types() {
    check_committed(
        "catalog.schema.json",
        &schema_text(&schemars::schema_for!(ComponentCatalog)),
        "(and check that catalog/components.json still reads).",
    );
}

#[test]
fn committed_educator_notes_schema_matches_the_rust_types() {
    check_committed(
        "educator.schema.json",
        &schema_text(&schemars::schema_for!(
            plan_composer::plan::educator::EducatorNotes
        )),
        "(and check that catalog/educator.json still reads).",
    );
}

#[test]
fn committed_instruments_schema_matches_the_rust_types() {
    check_committed(
        "instruments.schema.json",
        &schema_text(&schemars::schema_for!(
            plan_composer::plan::instrument::InstrumentSet
        )),
        "(and check that catalog/instruments.json still reads).",
    );
}

#[test]
fn catalog_schema_describes_the_catalog_file() {
    let schema = generated_catalog();
    assert_eq!(schema["title"], "ComponentCatalog");
    assert_eq!(schema["additionalProperties"], false);
    let required: Vec<&str> = schema["required"]
        .as_array()
        .expect("the catalog lists its required properties")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(required, ["categories", "entries"]);
    let localized = &schema["$defs"]["Localized"];
    assert_eq!(localized["additionalProperties"], false);
    assert_eq!(localized["required"], serde_json::json!(["en", "es"]));
    // The category words are the plan format's own.
    let categories = schema["$defs"]["ComponentCategory"]["enum"]
        .as_array()
        .expect("categories are a closed list");
    assert!(categories.contains(&Value::from("withdrawal_management")));
    // Every top-level key of the shipped catalog is one the schema allows.
    let shipped: Value = serde_json::from_str(DEFAULT_CATALOG_JSON).expect("shipped catalog");
    for key in shipped.as_object().expect("object").keys() {
        assert!(
            schema["properties"].get(key).is_some(),
            "{key} is not in the schema"
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
