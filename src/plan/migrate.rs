//! Bringing plan files written by older versions up to the current format.
//!
//! Each step turns version N into N+1 on the raw JSON, before it is read
//! into the Rust types, so old files never need old types kept around.

use super::document::SCHEMA_VERSION;
use crate::lang::all_words;
use serde_json::Value;

/// One step: the document at version `from`, rewritten as `from + 1`.
pub type Step = fn(&mut serde_json::Map<String, Value>);

/// Steps by the version they start from: `STEPS[0]` turns 1 into 2, and so
/// on. A format change adds its step here and a test that reads a real old
/// file (tests/fixtures/v1/ holds the samples as version 1 wrote them).
const STEPS: &[Step] = &[v1_signatures, v2_changes_as_data];

const PERSON_WORDS: &[&str] = all_words::MIGRATE_PERSON_WORDS;
const GUARDIAN_WORDS: &[&str] = all_words::MIGRATE_GUARDIAN_WORDS;
const SUPERVISOR_WORDS: &[&str] = all_words::MIGRATE_SUPERVISOR_WORDS;

/// The closed role an old free-text role stands for, and whether the old
/// words say more than the role does (and so are kept as credentials).
fn role_of(old: &str) -> (&'static str, bool) {
    let lower = old.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(PERSON_WORDS) {
        ("person", false)
    } else if has(GUARDIAN_WORDS) {
        ("guardian_representative", false)
    } else if has(SUPERVISOR_WORDS) {
        ("supervisor", false)
    } else {
        let plain = matches!(words.as_slice(), [] | ["clinician"] | ["clínico"]);
        ("clinician", !plain)
    }
}

/// Version 2: a signature has a closed `role` (person, clinician,
/// guardian_representative, supervisor), `credentials`, a `time` and the
/// `revision` it signs. An old free-text role becomes the closed role its
/// words name; one that names none (a counselor, a doctor) becomes
/// clinician, with the old words kept as credentials. An old signature is
/// taken to sign the plan's revision as saved: version 1 did not say.
fn v1_signatures(doc: &mut serde_json::Map<String, Value>) {
    let revision = doc.get("revision").and_then(Value::as_u64).unwrap_or(1);
    let Some(signatures) = doc
        .get_mut("consent")
        .and_then(|c| c.get_mut("signatures"))
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    for signature in signatures.iter_mut().filter_map(Value::as_object_mut) {
        let old = match signature.get("role") {
            Some(Value::String(text)) => text.trim().to_owned(),
            _ => String::new(),
        };
        let (role, keep) = role_of(&old);
        signature.insert("role".into(), Value::from(role));
        if keep && !signature.contains_key("credentials") {
            signature.insert("credentials".into(), Value::from(old));
        }
        signature
            .entry("revision")
            .or_insert_with(|| Value::from(revision));
    }
}

/// Version 3: a review entry's changes are data (`review::Change`), worded
/// when shown in the reader's language. Version 2 kept sentences; each
/// becomes a `note` change that keeps its words as written.
fn v2_changes_as_data(doc: &mut serde_json::Map<String, Value>) {
    let Some(history) = doc
        .get_mut("review")
        .and_then(|r| r.get_mut("history"))
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    for entry in history.iter_mut().filter_map(Value::as_object_mut) {
        let Some(changes) = entry.get_mut("changes").and_then(Value::as_array_mut) else {
            continue;
        };
        for change in changes.iter_mut() {
            // Only sentences: anything else is left for the typed read to refuse.
            if let Value::String(text) = change {
                let text = std::mem::take(text);
                *change = serde_json::json!({ "note": text });
            }
        }
    }
}

// Every version below the current one must have a step.
const _: () = assert!(STEPS.len() as u32 + 1 == SCHEMA_VERSION);

/// Why a document cannot be brought up to the current format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionError {
    NotAnObject,
    Missing,
    NotANumber,
    /// Written by a newer build than this one.
    Newer {
        found: u64,
    },
    /// Below the first version there ever was.
    Unknown {
        found: u64,
    },
}

/// Reads `schema_version` and applies every step from there to the current
/// version. Returns the version the document started at.
pub fn migrate(document: &mut Value) -> Result<u32, VersionError> {
    migrate_with(document, STEPS)
}

fn migrate_with(document: &mut Value, steps: &[Step]) -> Result<u32, VersionError> {
    let current = steps.len() as u64 + 1;
    let object = document.as_object_mut().ok_or(VersionError::NotAnObject)?;
    let version = match object.get("schema_version") {
        None => return Err(VersionError::Missing),
        Some(v) => v.as_u64().ok_or(VersionError::NotANumber)?,
    };
    if version > current {
        return Err(VersionError::Newer { found: version });
    }
    if version == 0 {
        return Err(VersionError::Unknown { found: version });
    }
    for (from, step) in steps.iter().enumerate().skip(version as usize - 1) {
        step(object);
        object.insert("schema_version".into(), Value::from(from as u64 + 2));
    }
    // `version` is between 1 and `current`, which fits in u32.
    Ok(u32::try_from(version).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn current_documents_pass_unchanged() {
        let mut doc = json!({"schema_version": SCHEMA_VERSION, "id": "x"});
        let before = doc.clone();
        assert_eq!(migrate(&mut doc), Ok(SCHEMA_VERSION));
        assert_eq!(doc, before);
    }

    #[test]
    fn steps_run_in_order_from_the_document_version() {
        // A made-up history of two format changes, to prove the chain.
        fn rename_name_to_title(doc: &mut serde_json::Map<String, Value>) {
            if let Some(name) = doc.remove("name") {
                doc.insert("title".into(), name);
            }
        }
        fn add_status(doc: &mut serde_json::Map<String, Value>) {
            doc.insert("status".into(), json!("draft"));
        }
        let steps: &[Step] = &[rename_name_to_title, add_status];

        let mut v1 = json!({"schema_version": 1, "name": "Plan"});
        assert_eq!(migrate_with(&mut v1, steps), Ok(1));
        assert_eq!(
            v1,
            json!({"schema_version": 3, "title": "Plan", "status": "draft"})
        );

        let mut v2 = json!({"schema_version": 2, "name": "kept", "title": "T"});
        assert_eq!(migrate_with(&mut v2, steps), Ok(2));
        assert_eq!(
            v2,
            json!({"schema_version": 3, "name": "kept", "title": "T", "status": "draft"})
        );
    }

    #[test]
    fn version_1_signatures_get_a_closed_role_and_the_plans_revision() {
        let mut doc = json!({
            "schema_version": 1, "id": "x", "revision": 3,
            "consent": { "signatures": [
                { "id": "s1", "name": "J.", "role": "Person in recovery", "date": "2026-01-05" },
                { "id": "s2", "name": "M.", "role": "Persona en recuperación", "date": "2026-01-05" },
                { "id": "s3", "name": "D.", "role": "Counselor, LCSW", "date": "2026-01-05" },
                { "id": "s4", "name": "P.", "role": "Legal guardian", "date": "2026-01-05" },
                { "id": "s5", "name": "Q.", "role": "Clinical supervisor", "date": "2026-01-05" },
                { "id": "s6", "name": "R.", "role": "", "date": "2026-01-05" }
            ]}
        });
        assert_eq!(migrate(&mut doc), Ok(1));
        let signatures = doc["consent"]["signatures"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let roles: Vec<&str> = signatures
            .iter()
            .filter_map(|s| s["role"].as_str())
            .collect();
        assert_eq!(
            roles,
            [
                "person",
                "person",
                "clinician",
                "guardian_representative",
                "supervisor",
                "clinician"
            ]
        );
        assert_eq!(signatures[2]["credentials"], json!("Counselor, LCSW"));
        assert_eq!(signatures[0].get("credentials"), None);
        assert_eq!(signatures[5].get("credentials"), None);
        assert!(signatures.iter().all(|s| s["revision"] == json!(3)));
        assert_eq!(doc["schema_version"], json!(SCHEMA_VERSION));
    }

    #[test]
    fn refuses_versions_it_cannot_read() {
        let newer = SCHEMA_VERSION as u64 + 5;
        assert_eq!(
            migrate(&mut json!({"schema_version": newer})),
            Err(VersionError::Newer { found: newer })
        );
        assert_eq!(
            migrate(&mut json!({"schema_version": 0})),
            Err(VersionError::Unknown { found: 0 })
        );
        assert_eq!(migrate(&mut json!({})), Err(VersionError::Missing));
        assert_eq!(
            migrate(&mut json!({"schema_version": "1"})),
            Err(VersionError::NotANumber)
        );
        assert_eq!(migrate(&mut json!([1])), Err(VersionError::NotAnObject));
    }
}
