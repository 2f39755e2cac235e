//! Educator mode's "why this matters" notes: one per step of the guide and
//! one per catalog entry, in every language, with the basis each rests on.
//! Data (`catalog/educator.json`), like the catalog, so a training program
//! can write its own; `parse_notes` checks a file and lists every problem.

use super::catalog::Localized;
use super::read::{format_structs, read_text};
use super::step::Step;
use crate::lang::Lang;
use std::collections::HashSet;

/// The notes as shipped. Natively only: the widget fetches them from its
/// own files (pkg/educator.json) when educator mode opens, so no other
/// session carries their bytes.
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_NOTES_JSON: &str = include_str!("../../catalog/educator.json");

/// Derives shared by the notes' types, and their reader (`format_structs!`).
macro_rules! notes_type {
    ($($types:tt)*) => {
        format_structs! { (Debug, Clone, PartialEq) $($types)* }
    };
}

notes_type! {
    /// Every note.
    #[derive(Default)]
    pub struct EducatorNotes {
        /// Lets an editor find a schema; not used here.
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub steps: Vec<StepNote>,
        pub components: Vec<ComponentNote>,
    }

    /// Why one step of the guide matters.
    pub struct StepNote {
        /// The step's key: "person", "assessment", … "finish".
        pub step: String,
        pub why: Localized,
        /// What the note rests on (a standard, a guide), or "".
        #[serde(default)]
        pub basis: String,
    }

    /// Why one part of a plan (a catalog entry) matters.
    pub struct ComponentNote {
        /// The catalog entry's id.
        pub id: String,
        pub why: Localized,
        #[serde(default)]
        pub basis: String,
    }
}

/// A note as shown: the words in one language and their basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Note<'a> {
    pub why: &'a str,
    pub basis: &'a str,
}

impl EducatorNotes {
    pub fn for_step(&self, step: Step, lang: Lang) -> Option<Note<'_>> {
        let note = self.steps.iter().find(|n| n.step == step.key())?;
        Some(Note {
            why: note.why.get(lang),
            basis: &note.basis,
        })
    }

    pub fn for_component(&self, catalog_id: &str, lang: Lang) -> Option<Note<'_>> {
        let note = self.components.iter().find(|n| n.id == catalog_id)?;
        Some(Note {
            why: note.why.get(lang),
            basis: &note.basis,
        })
    }
}

/// A notes file, or every problem with it (each naming where it is).
pub fn parse_notes(text: &str) -> Result<EducatorNotes, Vec<String>> {
    let notes: EducatorNotes = read_text(text).map_err(|e| vec![format!("the notes file: {e}")])?;
    let mut problems = Vec::new();
    let mut blank = |at: String, why: &Localized| {
        for lang in Lang::ALL.iter().copied() {
            if why.get(lang).trim().is_empty() {
                problems.push(format!("{at}.why: the text in \"{}\" is empty", lang.tag()));
            }
        }
    };
    for (i, note) in notes.steps.iter().enumerate() {
        blank(format!("steps[{i}]"), &note.why);
    }
    for (i, note) in notes.components.iter().enumerate() {
        blank(format!("components[{i}]"), &note.why);
    }
    let mut seen = HashSet::new();
    for (i, note) in notes.steps.iter().enumerate() {
        if Step::from_key(&note.step).is_none() {
            problems.push(format!(
                "steps[{i}].step: \"{}\" is not a step; use one of {}",
                note.step,
                Step::ALL
                    .iter()
                    .map(|s| s.key())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        } else if !seen.insert(note.step.as_str()) {
            problems.push(format!(
                "steps[{i}].step: \"{}\" has a note already",
                note.step
            ));
        }
    }
    let mut seen = HashSet::new();
    for (i, note) in notes.components.iter().enumerate() {
        if !seen.insert(note.id.as_str()) {
            problems.push(format!(
                "components[{i}].id: \"{}\" has a note already",
                note.id
            ));
        }
    }
    if problems.is_empty() {
        Ok(notes)
    } else {
        Err(problems)
    }
}

/// The notes as shipped, read once.
#[cfg(not(target_arch = "wasm32"))]
pub fn default_notes() -> &'static EducatorNotes {
    static NOTES: std::sync::OnceLock<EducatorNotes> = std::sync::OnceLock::new();
    NOTES.get_or_init(|| parse_notes(DEFAULT_NOTES_JSON).unwrap_or_default())
}
