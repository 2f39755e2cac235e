//! Bringing plan files written by older versions up to the current format.
//!
//! Each step turns version N into N+1 on the raw JSON, before it is read
//! into the Rust types, so old files never need old types kept around.

use super::document::SCHEMA_VERSION;
use serde_json::Value;

/// One step: the document at version `from`, rewritten as `from + 1`.
pub type Step = fn(&mut serde_json::Map<String, Value>);

/// Steps by the version they start from: `STEPS[0]` turns 1 into 2, and so
/// on. Version 1 is the first published format, so there are none yet; a
/// format change adds its step here and a test that reads a real old file.
const STEPS: &[Step] = &[];

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
