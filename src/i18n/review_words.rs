//! The wording of review entries: one line per change, in every language.
//! Field names come from the shared words (words.rs); the rest are the
//! `change-` messages of locales/<tag>.ftl (`ReviewWords`).

use super::Lang;
use super::ReviewWords;
use super::Words;
use crate::plan::edit::ItemKind;
use crate::plan::review::{Change, Field, Section};
use strum::EnumCount;

/// A kind's words in a `-kinds-list` message (one line per kind, in
/// declared order): the list's type is as long as `ItemKind` has members,
/// so a new kind without its words does not compile.
fn kind_words(list: &[&'static str; ItemKind::COUNT], kind: ItemKind) -> &'static str {
    list[kind as usize]
}

fn section_words(list: &[&'static str; Section::COUNT], section: Section) -> &'static str {
    list[section as usize]
}

fn field_label(r: &ReviewWords, w: &Words, field: Field) -> &'static str {
    match field {
        Field::Text(slot) if slot.names_item() => r.wording,
        Field::Text(slot) => w.text_label(slot),
        Field::Date(slot) => w.date_label(slot),
        Field::Choice(slot) => w.choice_label(slot),
        Field::Number(slot) => w.number_label(slot),
        Field::ExpressedBy => w.expressed_by,
        Field::Addresses => w.addresses,
        Field::Template => r.template,
        Field::Interventions => w.interventions,
        Field::Findings => w.findings,
        Field::Category => r.category,
        Field::ScoreTarget => r.score_target,
        Field::Strengths => w.strengths_that_help,
        Field::Barriers => w.barriers,
        Field::RiskView => w.risk_view,
        Field::List(list) => w.text_list(list),
        Field::Signatures => w.signatures,
        Field::CopyGiven => w.copy_given,
    }
}

/// A label in the middle of a sentence: first letter in lower case.
fn mid_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn fields(r: &ReviewWords, w: &Words, fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| mid_sentence(field_label(r, w, *f)))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Lang {
    fn review_words(self) -> &'static ReviewWords {
        &self.words().review
    }

    /// One change as a line of the review history, e.g.
    /// `Changed the goal “Sleep without drinking”: due date`.
    pub fn change(self, change: &Change) -> String {
        let r = self.review_words();
        let w = self.words();
        let parent = |goal: &Option<String>, joiner: &str| match goal {
            Some(goal) => format!(" {joiner} “{goal}”"),
            None => String::new(),
        };
        match change {
            Change::Added {
                kind,
                name,
                parent: goal,
            } => format!(
                "{} {} “{name}”{}",
                r.added,
                kind_words(&r.kinds, *kind),
                parent(goal, r.to_goal)
            ),
            Change::Removed {
                kind,
                name,
                parent: goal,
            } => format!(
                "{} {} “{name}”{}",
                r.removed,
                kind_words(&r.kinds, *kind),
                parent(goal, r.from_goal)
            ),
            Change::Changed {
                kind,
                name,
                fields: changed,
            } => format!(
                "{} {} “{name}”: {}",
                r.changed,
                kind_words(&r.kinds, *kind),
                fields(r, w, changed)
            ),
            Change::Reordered { kind } => {
                format!("{} {}", r.order_of, kind_words(&r.kinds_plural, *kind))
            }
            Change::Note(text) => text.clone(),
            Change::SectionChanged {
                section,
                fields: changed,
            } => format!(
                "{} {}: {}",
                r.changed,
                section_words(&r.sections, *section),
                fields(r, w, changed)
            ),
        }
    }
}
