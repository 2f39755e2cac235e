//! The wording of review entries: one line per change, in English and
//! Spanish. Field names come from the shared words (words.rs).

use super::words::Words;
use super::Lang;
use crate::plan::edit::ItemKind;
use crate::plan::review::{Change, Field, Section};
use strum::EnumCount;

/// The words a change line is made of, in one language.
struct ReviewWords {
    added: &'static str,
    removed: &'static str,
    changed: &'static str,
    /// "to the goal" / "from the goal", before an objective's goal.
    to_goal: &'static str,
    from_goal: &'static str,
    order_of: &'static str,
    wording: &'static str,
    template: &'static str,
    category: &'static str,
    /// Each kind of item with its article: "the goal".
    kinds: [&'static str; ItemKind::COUNT],
    /// The same, plural, for "the order of the goals".
    kinds_plural: [&'static str; ItemKind::COUNT],
    sections: [&'static str; Section::COUNT],
}

static ENGLISH: ReviewWords = ReviewWords {
    added: "Added",
    removed: "Removed",
    changed: "Changed",
    to_goal: "to the goal",
    from_goal: "from the goal",
    order_of: "Changed the order of",
    wording: "wording",
    template: "starting template",
    category: "kind of service",
    kinds: [
        "the list item",
        "the care team member",
        "the person taking part",
        "the substance",
        "the need",
        "the goal",
        "the objective",
        "the service",
        "the contact",
        "the crisis line",
        "the signature",
        "the finding",
    ],
    kinds_plural: [
        "the list items",
        "the care team",
        "the people taking part",
        "the substances",
        "the needs",
        "the goals",
        "the objectives",
        "the services",
        "the contacts",
        "the crisis lines",
        "the signatures",
        "the findings",
    ],
    sections: [
        "the plan",
        "the details about the person",
        "the assessment",
        "relapse prevention",
        "long-term support",
        "the review schedule",
        "signatures and copy",
    ],
};

static SPANISH: ReviewWords = ReviewWords {
    added: "Se agregó",
    removed: "Se quitó",
    changed: "Se cambió",
    to_goal: "a la meta",
    from_goal: "de la meta",
    order_of: "Se cambió el orden de",
    wording: "redacción",
    template: "plantilla de inicio",
    category: "tipo de servicio",
    kinds: [
        "el elemento",
        "el integrante del equipo de atención",
        "la persona que participa",
        "la sustancia",
        "la necesidad",
        "la meta",
        "el objetivo",
        "el servicio",
        "el contacto",
        "la línea de crisis",
        "la firma",
        "el hallazgo",
    ],
    kinds_plural: [
        "los elementos",
        "el equipo de atención",
        "las personas que participan",
        "las sustancias",
        "las necesidades",
        "las metas",
        "los objetivos",
        "los servicios",
        "los contactos",
        "las líneas de crisis",
        "las firmas",
        "los hallazgos",
    ],
    sections: [
        "el plan",
        "los datos de la persona",
        "la evaluación",
        "la prevención de recaídas",
        "el apoyo a largo plazo",
        "el calendario de revisión",
        "las firmas y la copia",
    ],
};

fn kind_index(kind: ItemKind) -> usize {
    kind as usize
}

fn section_index(section: Section) -> usize {
    section as usize
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
        match self {
            Lang::En => &ENGLISH,
            Lang::Es => &SPANISH,
        }
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
            Change::Note { text } => text.clone(),
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
