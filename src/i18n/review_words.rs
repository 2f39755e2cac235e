//! The wording of review entries: one line per change, in every language.
//! Field names come from the shared words (words.rs); the rest are the
//! `change-` messages of locales/<tag>.ftl (`ReviewWords`).

use super::words::Words;
use super::Lang;
use super::ReviewWords;
use crate::plan::edit::ItemKind;
use crate::plan::review::{Change, Field, Section};

fn kind_index(kind: ItemKind) -> usize {
    match kind {
        ItemKind::TextItem => 0,
        ItemKind::CareTeamMember => 1,
        ItemKind::Contributor => 2,
        ItemKind::Substance => 3,
        ItemKind::Need => 4,
        ItemKind::Goal => 5,
        ItemKind::Objective => 6,
        ItemKind::Component => 7,
        ItemKind::Contact => 8,
        ItemKind::CrisisLine => 9,
        ItemKind::Signature => 10,
        ItemKind::Finding => 11,
    }
}

fn section_index(section: Section) -> usize {
    match section {
        Section::Plan => 0,
        Section::Person => 1,
        Section::Assessment => 2,
        Section::RelapsePrevention => 3,
        Section::Aftercare => 4,
        Section::ReviewSchedule => 5,
        Section::Consent => 6,
    }
}

fn field_label(r: &ReviewWords, w: &Words, field: Field) -> &'static str {
    match field {
        Field::Wording => r.wording,
        Field::Measure => w.measure,
        Field::Target => w.target,
        Field::Due => w.due,
        Field::Priority => w.priority,
        Field::Lifecycle => w.lifecycle,
        Field::Achievement => w.achievement,
        Field::Confidence => w.confidence,
        Field::ExpressedBy => w.expressed_by,
        Field::Addresses => w.addresses,
        Field::Template => r.template,
        Field::Interventions => w.interventions,
        Field::Findings => w.findings,
        Field::Category => r.category,
        Field::Details => w.details,
        Field::Frequency => w.frequency,
        Field::Setting => w.setting,
        Field::Responsible => w.responsible,
        Field::Start => w.start,
        Field::Role => w.member_role,
        Field::Contact => w.member_contact,
        Field::Relation => w.relation,
        Field::Phone => w.phone,
        Field::Number => w.crisis_line_number,
        Field::Pattern => w.pattern,
        Field::Route => w.route,
        Field::AgeOfOnset => w.age_of_onset,
        Field::LastUse => w.last_use,
        Field::Title => w.plan_title,
        Field::Person(field) => match field {
            crate::plan::edit::PersonField::PreferredName => w.preferred_name,
            crate::plan::edit::PersonField::Pronouns => w.pronouns,
            crate::plan::edit::PersonField::Language => w.language,
            crate::plan::edit::PersonField::CultureIdentity => w.culture_identity,
        },
        Field::List(list) => w.text_list(list),
        Field::Assessment(field) => w.assessment_field(field),
        Field::ReadinessStage => w.stage_of_change,
        Field::ReadinessRuler => w.readiness_ruler,
        Field::RiskView => w.risk_view,
        Field::LapsePlan => w.lapse_plan,
        Field::Aftercare(field) => w.aftercare_field(field),
        Field::Cadence => w.cadence,
        Field::NextReview => w.next_review,
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
        &self.messages().review
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
                r.kinds[kind_index(*kind)],
                parent(goal, r.to_goal)
            ),
            Change::Removed {
                kind,
                name,
                parent: goal,
            } => format!(
                "{} {} “{name}”{}",
                r.removed,
                r.kinds[kind_index(*kind)],
                parent(goal, r.from_goal)
            ),
            Change::Changed {
                kind,
                name,
                fields: changed,
            } => format!(
                "{} {} “{name}”: {}",
                r.changed,
                r.kinds[kind_index(*kind)],
                fields(r, w, changed)
            ),
            Change::Reordered { kind } => {
                format!("{} {}", r.order_of, r.kinds_plural[kind_index(*kind)])
            }
            Change::SectionChanged {
                section,
                fields: changed,
            } => format!(
                "{} {}: {}",
                r.changed,
                r.sections[section_index(*section)],
                fields(r, w, changed)
            ),
        }
    }
}
