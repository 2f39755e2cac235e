//! The plan's own JSON format: export, and an import that either returns a
//! sound plan or every problem it found, each with its path.

use super::clean::without_control_escapes;
use crate::plan::json_path::{duplicate_keys, excerpt, path_text, Step, EXCERPT_CHARS};
use crate::plan::migrate::{migrate, VersionError};
use crate::plan::read::read;
use crate::plan::validate::{check, ProblemKind};
use crate::plan::{Plan, SCHEMA_VERSION};
use serde_json::Value;

/// Larger files are refused before they are read: a real plan is a few
/// hundred kilobytes at most, and a huge file would freeze a kiosk.
pub const MAX_IMPORT_BYTES: usize = 4 * 1024 * 1024;

/// At most this many problems are listed for one file.
const MAX_PROBLEMS: usize = 50;

/// The plan as pretty-printed JSON, without C0 control characters (other
/// than tab and line breaks) in its text; everything else is kept exactly.
pub fn export(plan: &Plan) -> String {
    // Serializing these types cannot fail: every map key is a string.
    without_control_escapes(serde_json::to_string_pretty(plan).unwrap_or_default())
}

/// One reason a file could not be opened, at a JSON path (empty for the
/// file as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub path: String,
    pub problem: ImportProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Empty,
    Syntax {
        line: usize,
        column: usize,
    },
    UnexpectedEnd,
    TooDeep,
    /// The key at the path is written more than once in its object.
    DuplicateKey,
    NotAnObject,
    MissingVersion,
    VersionNotANumber,
    NewerVersion {
        found: u64,
        supported: u32,
    },
    UnknownVersion {
        found: u64,
    },
    WrongType {
        found: Found,
        expected: Expected,
    },
    UnknownChoice {
        found: String,
        allowed: Vec<String>,
    },
    MissingField {
        field: String,
    },
    UnknownField {
        field: String,
    },
    NotADate {
        text: String,
    },
    TooLargeNumber {
        found: String,
    },
    /// A reading error not recognised above, as the reader put it.
    Other {
        detail: String,
    },
    /// The plan reads, but breaks a rule that every plan keeps.
    Unsound(ProblemKind),
}

/// What a file had where another kind of value belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Text, as written in the file (with its quotes).
    Text(String),
    Number(String),
    YesNo(bool),
    Nothing,
    List,
    Object,
    /// A kind the reader named that is not listed above, in its words.
    Other(String),
}

/// The kind of value a place in the plan takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Text,
    WholeNumber,
    TrueFalse,
    List,
    Object,
    /// A kind the reader named that is not listed above, in its words.
    Other(String),
}

fn whole_file(problem: ImportProblem) -> Vec<ImportError> {
    vec![ImportError {
        path: String::new(),
        problem,
    }]
}

/// Reads a plan file. On failure the caller's plan is untouched (it is never
/// passed in), and every problem found is returned.
pub fn import(text: &str) -> Result<Plan, Vec<ImportError>> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(whole_file(ImportProblem::TooLarge {
            bytes: text.len(),
            limit: MAX_IMPORT_BYTES,
        }));
    }
    if text.trim().is_empty() {
        return Err(whole_file(ImportProblem::Empty));
    }
    // Read the plan as the export would write it: without stray control
    // characters (see clean.rs). Otherwise an id of only such characters
    // passes the checks here and comes back empty from the next save (a
    // fuzzer found this), and two ids that differ only in them would merge.
    let cleaned = without_control_escapes(text.to_owned());
    let text = cleaned.as_str();
    let mut document: Value = serde_json::from_str(text).map_err(|e| whole_file(syntax(&e)))?;
    // Before anything reads the document: it keeps only the last of a
    // key written twice, so `"schema_version": 1, ..., "schema_version": 99`
    // would otherwise read as a newer format.
    let duplicates = duplicate_keys(text, MAX_PROBLEMS);
    if !duplicates.is_empty() {
        return Err(duplicates
            .iter()
            .map(|path| ImportError {
                path: path_text(path),
                problem: ImportProblem::DuplicateKey,
            })
            .collect());
    }
    migrate(&mut document).map_err(|e| {
        whole_file(match e {
            VersionError::NotAnObject => ImportProblem::NotAnObject,
            VersionError::Missing => ImportProblem::MissingVersion,
            VersionError::NotANumber => ImportProblem::VersionNotANumber,
            VersionError::Newer { found } => ImportProblem::NewerVersion {
                found,
                supported: SCHEMA_VERSION,
            },
            VersionError::Unknown { found } => ImportProblem::UnknownVersion { found },
        })
    })?;
    let plan = read_plan(document)?;
    let problems = check(&plan);
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(problems
            .into_iter()
            .take(MAX_PROBLEMS)
            .map(|p| ImportError {
                path: p.path,
                problem: ImportProblem::Unsound(short_kind(p.kind)),
            })
            .collect())
    }
}

/// A file's value as a message quotes it: at most `EXCERPT_CHARS` of it.
fn quote(text: &str) -> String {
    excerpt(text, EXCERPT_CHARS)
}

/// The reader's own words can hold a value of the file: a longer excerpt.
const DETAIL_CHARS: usize = 3 * EXCERPT_CHARS;

/// A rule broken, with the ids from the file it names quoted short.
fn short_kind(kind: ProblemKind) -> ProblemKind {
    match kind {
        ProblemKind::DuplicateId { id } => ProblemKind::DuplicateId { id: quote(&id) },
        ProblemKind::MissingLink { target, id } => ProblemKind::MissingLink {
            target,
            id: quote(&id),
        },
        other => other,
    }
}

fn syntax(error: &serde_json::Error) -> ImportProblem {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => ImportProblem::UnexpectedEnd,
        _ if error.to_string().starts_with("recursion limit exceeded") => ImportProblem::TooDeep,
        _ => ImportProblem::Syntax {
            line: error.line(),
            column: error.column(),
        },
    }
}

/// Reads the document into a plan. Reading stops at the first problem, so
/// after each one a stand-in of the right shape is put in its place (or an
/// unknown field is set aside) and reading is tried again, to list every
/// independent problem in one go. A problem with a stand-in is not the
/// file's, so it is not listed; it only picks a better stand-in.
fn read_plan(mut document: Value) -> Result<Plan, Vec<ImportError>> {
    let mut errors: Vec<ImportError> = Vec::new();
    let mut stood_in: Vec<StandIn> = Vec::new();
    for _ in 0..MAX_READS {
        let error = match read::<Plan>(&document) {
            Ok(plan) if errors.is_empty() => return Ok(plan),
            Ok(_) => return Err(errors),
            Err(error) => error,
        };
        let problem = describe(&error.message);
        let at = error.path;
        let mut target = at.clone();
        let missing = matches!(problem, ImportProblem::MissingField { .. });
        if let ImportProblem::MissingField { field } = &problem {
            target.push(Step::Key(field.clone()));
        }
        // Inside something we put in, or a field that a stand-in choice
        // made required (a finding's area that needs an id).
        let knock_on = stood_in.iter().any(|s| {
            target.starts_with(&s.place)
                || (missing && s.choice && s.place.split_last().map(|(_, p)| p) == Some(&at[..]))
        });
        if !knock_on {
            errors.push(ImportError {
                path: path_text(&at),
                problem: problem.clone(),
            });
            if errors.len() >= MAX_PROBLEMS {
                break;
            }
        }
        let index = match stood_in.iter().position(|s| s.place == target) {
            Some(index) => index,
            None => {
                stood_in.push(StandIn {
                    place: target.clone(),
                    tries: 0,
                    choice: false,
                });
                stood_in.len() - 1
            }
        };
        let entry = &mut stood_in[index];
        entry.tries += 1;
        entry.choice |= matches!(problem, ImportProblem::UnknownChoice { .. });
        if entry.tries > MAX_TRIES || put(&mut document, &target, stand_in(&problem)).is_none() {
            break;
        }
    }
    Err(errors)
}

/// A place where reading put a stand-in (or set a field aside).
struct StandIn {
    place: Vec<Step>,
    tries: u8,
    /// The stand-in is a choice in place of an unknown one.
    choice: bool,
}

/// Reading stops after this many tries, whatever the file holds.
const MAX_READS: usize = 4 * MAX_PROBLEMS;
/// Stand-ins tried at one place before reading gives up.
const MAX_TRIES: u8 = 4;

/// A value of the right shape to put where a problem was, so reading can
/// go on; `None` means the field is set aside instead.
fn stand_in(problem: &ImportProblem) -> Option<Value> {
    Some(match problem {
        ImportProblem::NotADate { .. } => Value::from("2000-01-01"),
        ImportProblem::TooLargeNumber { .. } => Value::from(0),
        ImportProblem::MissingField { .. } => Value::from(""),
        ImportProblem::UnknownChoice { allowed, .. } => Value::from(allowed.first()?.as_str()),
        ImportProblem::WrongType { expected, .. } => match expected {
            Expected::Text => Value::from(""),
            Expected::WholeNumber => Value::from(0),
            Expected::TrueFalse => Value::from(false),
            Expected::List => Value::Array(Vec::new()),
            Expected::Object => Value::Object(serde_json::Map::new()),
            Expected::Other(_) => return None,
        },
        _ => return None,
    })
}

/// Puts `value` at `place`, or removes the field there if `value` is `None`.
fn put(document: &mut Value, place: &[Step], value: Option<Value>) -> Option<()> {
    let (last, parents) = place.split_last()?;
    let mut node = document;
    for step in parents {
        node = match step {
            Step::Index(index) => node.get_mut(*index)?,
            Step::Key(key) => node.get_mut(key.as_str())?,
        };
    }
    match (last, value) {
        (Step::Key(key), Some(value)) => {
            node.as_object_mut()?.insert(key.clone(), value);
        }
        (Step::Key(key), None) => {
            node.as_object_mut()?.remove(key.as_str())?;
        }
        (Step::Index(index), Some(value)) => *node.get_mut(*index)? = value,
        (Step::Index(_), None) => return None,
    }
    Some(())
}

/// Turns the reader's message into a problem a person can act on.
fn describe(message: &str) -> ImportProblem {
    if let Some(text) = message
        .strip_prefix('\'')
        .and_then(|m| m.strip_suffix("' is not a date; use YYYY-MM-DD"))
    {
        return ImportProblem::NotADate { text: quote(text) };
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return ImportProblem::MissingField {
            field: quote(rest.trim_end_matches('`')),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or_default();
        return ImportProblem::UnknownField {
            field: quote(field),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let mut parts = rest.splitn(2, '`');
        let found = quote(parts.next().unwrap_or_default());
        let allowed = parts
            .next()
            .unwrap_or_default()
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        return ImportProblem::UnknownChoice { found, allowed };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return ImportProblem::WrongType {
                found: plain_found(found),
                expected: plain_expected(expected),
            };
        }
    }
    if let Some(rest) = message.strip_prefix("invalid value: integer `") {
        if let Some((found, _)) = rest.split_once('`') {
            return ImportProblem::TooLargeNumber {
                found: quote(found),
            };
        }
    }
    ImportProblem::Other {
        detail: excerpt(message, DETAIL_CHARS),
    }
}

/// The reader's "string \"x\"", "integer `5`", "map"... as a `Found`.
fn plain_found(found: &str) -> Found {
    let inner = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|rest| rest.trim_matches('`').to_owned())
    };
    if let Some(text) = found.strip_prefix("string ") {
        // Quoted by the reader; the excerpt keeps both quotes.
        let inner = text.strip_prefix('"').and_then(|t| t.strip_suffix('"'));
        return Found::Text(match inner {
            Some(inner) => format!("\"{}\"", quote(inner)),
            None => quote(text),
        });
    }
    if let Some(n) = inner("integer ").or_else(|| inner("floating point ")) {
        return Found::Number(quote(&n));
    }
    if let Some(b) = inner("boolean ") {
        return Found::YesNo(b == "true");
    }
    match found {
        "null" | "unit value" => Found::Nothing,
        "sequence" => Found::List,
        "map" => Found::Object,
        other => Found::Other(quote(other)),
    }
}

/// The reader's "u32", "a string", "struct Goal"... as an `Expected`.
fn plain_expected(expected: &str) -> Expected {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => Expected::WholeNumber,
        "a string" | "a borrowed string" => Expected::Text,
        "a boolean" => Expected::TrueFalse,
        "a sequence" => Expected::List,
        other if other.starts_with("struct ") => Expected::Object,
        other if other.starts_with("adjacently tagged enum") => Expected::Object,
        other => Expected::Other(other.to_owned()),
    }
}
