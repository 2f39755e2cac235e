//! What changed between two versions of a plan, for the review history.
//! A structural comparison of items by id, so the entries say what the
//! edits did ("added the goal ...", "changed the goal ...: due date")
//! instead of what someone remembered to type.
//!
//! Status, revision, the review history itself and the id counter are
//! left out: they are the review's own bookkeeping.

use super::document::*;
use super::edit::{ItemKind, TextList};
use super::target::{
    ChoiceSlot, ChoiceTarget, DateSlot, DateTarget, NumberSlot, NumberTarget, Owner, TextSlot,
    TextTarget,
};
use serde::{Deserialize, Serialize};
use strum::VariantArray;

/// One field of an item or section that changed: a field a target writes
/// (target.rs), or a link or list the review compares as a whole. In the
/// plan format it is its name, e.g. `"date.goal_due"` (`Field::name`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Text(TextSlot),
    Date(DateSlot),
    Choice(ChoiceSlot),
    Number(NumberSlot),
    ExpressedBy,
    Addresses,
    Template,
    /// A goal's instrument score to reach.
    ScoreTarget,
    /// The person's strengths that help with a goal.
    Strengths,
    /// What may get in the way of a goal, compared as a list of texts.
    Barriers,
    Interventions,
    Findings,
    Category,
    /// The risk view as a whole: on or off, and its ratings.
    RiskView,
    List(TextList),
    Signatures,
    CopyGiven,
}

impl Field {
    /// Every field a review can name.
    pub fn all() -> Vec<Field> {
        let mut all: Vec<Field> = TextSlot::all().into_iter().map(Field::Text).collect();
        all.extend(DateSlot::all().into_iter().map(Field::Date));
        all.extend(ChoiceSlot::all().into_iter().map(Field::Choice));
        all.extend(NumberSlot::all().into_iter().map(Field::Number));
        all.extend([
            Field::ExpressedBy,
            Field::Addresses,
            Field::Template,
            Field::ScoreTarget,
            Field::Strengths,
            Field::Barriers,
            Field::Interventions,
            Field::Findings,
            Field::Category,
            Field::RiskView,
        ]);
        all.extend(TextList::VARIANTS.iter().map(|l| Field::List(*l)));
        all.extend([Field::Signatures, Field::CopyGiven]);
        all
    }

    /// The field's name in the plan format: its Rust name in snake case,
    /// one part per level (`Text(Goal(Measure))` is `"text.goal.measure"`).
    /// Derived, so a new slot names itself; written as one string, so the
    /// widget carries no deserializer per nested enum (about 20 KB).
    pub fn name(&self) -> String {
        let debug = format!("{self:?}");
        let mut name = String::with_capacity(debug.len() + 8);
        for c in debug.chars() {
            match c {
                '(' => name.push('.'),
                ')' => {}
                c if c.is_ascii_uppercase() => {
                    if !name.is_empty() && !name.ends_with('.') {
                        name.push('_');
                    }
                    name.push(c.to_ascii_lowercase());
                }
                c => name.push(c),
            }
        }
        name
    }

    /// The field a name stands for.
    pub fn named(name: &str) -> Option<Field> {
        Field::all().into_iter().find(|f| f.name() == name)
    }
}

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.name())
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Field::named(&name).ok_or_else(|| {
            serde::de::Error::custom(format!("'{name}' is not a field a review can name"))
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Field {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Field".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<String> = Field::all().iter().map(Field::name).collect();
        schemars::json_schema!({
            "type": "string",
            "enum": names,
            "description": "A field a review changed: a field of the plan (text., date., choice., number.) or a link or list"
        })
    }
}

/// A part of the plan that is not a list of named items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(strum::VariantArray, strum::EnumCount)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Plan,
    Person,
    Assessment,
    RelapsePrevention,
    Aftercare,
    ReviewSchedule,
    Consent,
}

/// One change, as the review history keeps it: data, worded by
/// `Lang::change` in the language of whoever reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
// Externally tagged (`{"changed": {...}}`): an internally tagged enum
// would bring serde's buffering deserializer, about 35 KB, into the widget.
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Change {
    /// `parent`: for an objective, the goal it belongs to.
    Added {
        kind: ItemKind,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent: Option<String>,
    },
    Removed {
        kind: ItemKind,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent: Option<String>,
    },
    Changed {
        kind: ItemKind,
        name: String,
        fields: Vec<Field>,
    },
    /// The same items, in another order.
    Reordered { kind: ItemKind },
    SectionChanged {
        section: Section,
        fields: Vec<Field>,
    },
    /// A change written out in words: how plans of format 2 and earlier
    /// recorded every change, kept as written.
    Note(String),
}

super::read::read_with_serde!(Change);

/// The fields of `slot`'s targets that differ between the two plans, for
/// the item `id` (empty for a section): each kind of field in plan order.
fn slot_fields(a: &Plan, b: &Plan, owner: Owner, id: &str) -> Vec<Field> {
    let mine = |o: Owner| o == owner;
    let mut fields = Vec::new();
    for slot in TextSlot::all() {
        // Text items are compared as whole lists (`Field::List`).
        if mine(slot.owner()) && !matches!(slot, TextSlot::TextItem(_)) {
            let at = TextTarget::of(slot, id);
            if at.read(a) != at.read(b) {
                fields.push(Field::Text(slot));
            }
        }
    }
    for slot in DateSlot::all() {
        let at = DateTarget::of(slot, id);
        if mine(slot.owner()) && at.read(a) != at.read(b) {
            fields.push(Field::Date(slot));
        }
    }
    for slot in ChoiceSlot::all() {
        // The status is the review's own bookkeeping.
        let at = ChoiceTarget::of(slot, id);
        if mine(slot.owner()) && slot != ChoiceSlot::Status && at.read(a) != at.read(b) {
            fields.push(Field::Choice(slot));
        }
    }
    for slot in NumberSlot::all() {
        // Risk ratings belong to the risk view, compared whole.
        let at = NumberTarget::of(slot, id);
        if mine(slot.owner())
            && !matches!(slot, NumberSlot::RiskRating(_))
            && at.read(a) != at.read(b)
        {
            fields.push(Field::Number(slot));
        }
    }
    fields
}

/// The fields of an item that changed: its slots, then its links.
fn item_fields(a: &Plan, b: &Plan, kind: ItemKind, id: &str) -> Vec<Field> {
    let mut fields = slot_fields(a, b, Owner::Item(kind), id);
    let mut link = |field: Field, differs: bool| {
        if differs {
            fields.push(field);
        }
    };
    match kind {
        ItemKind::Need => {
            let findings = |p: &Plan| p.need(id).map(|n| n.findings.clone());
            link(Field::Findings, findings(a) != findings(b));
        }
        ItemKind::Goal => {
            let (x, y) = (a.goal(id), b.goal(id));
            link(
                Field::ExpressedBy,
                x.map(|g| &g.expressed_by) != y.map(|g| &g.expressed_by),
            );
            link(
                Field::Addresses,
                x.map(|g| &g.addresses) != y.map(|g| &g.addresses),
            );
            link(
                Field::Template,
                x.map(|g| &g.template_id) != y.map(|g| &g.template_id),
            );
            link(
                Field::ScoreTarget,
                x.map(|g| &g.score_target) != y.map(|g| &g.score_target),
            );
            link(
                Field::Strengths,
                x.map(|g| &g.strengths) != y.map(|g| &g.strengths),
            );
            link(
                Field::Barriers,
                x.map(|g| texts(&g.barriers)) != y.map(|g| texts(&g.barriers)),
            );
        }
        ItemKind::Objective => {
            let links = |p: &Plan| {
                p.goals
                    .iter()
                    .flat_map(|g| &g.objectives)
                    .find(|o| o.id == id)
                    .map(|o| o.interventions.clone())
            };
            link(Field::Interventions, links(a) != links(b));
        }
        ItemKind::Component => {
            let category = |p: &Plan| p.component(id).map(|c| c.category);
            link(Field::Category, category(a) != category(b));
        }
        _ => {}
    }
    fields
}

/// Changes in a list of items with ids: added and changed in the new
/// order, then removed in the old order, then a new order if any.
fn items<T>(
    out: &mut Vec<Change>,
    kind: ItemKind,
    before: &[T],
    after: &[T],
    id: impl Fn(&T) -> &str,
    name: impl Fn(&T) -> String,
    fields: impl Fn(&str) -> Vec<Field>,
) {
    for new in after {
        match before.iter().find(|old| id(old) == id(new)) {
            None => out.push(Change::Added {
                kind,
                name: name(new),
                parent: None,
            }),
            Some(_) => {
                let changed = fields(id(new));
                if !changed.is_empty() {
                    out.push(Change::Changed {
                        kind,
                        name: name(new),
                        fields: changed,
                    });
                }
            }
        }
    }
    for old in before {
        if !after.iter().any(|new| id(new) == id(old)) {
            out.push(Change::Removed {
                kind,
                name: name(old),
                parent: None,
            });
        }
    }
    let kept_before: Vec<&str> = before
        .iter()
        .map(&id)
        .filter(|i| after.iter().any(|new| id(new) == *i))
        .collect();
    let kept_after: Vec<&str> = after
        .iter()
        .map(&id)
        .filter(|i| before.iter().any(|old| id(old) == *i))
        .collect();
    if kept_before != kept_after {
        out.push(Change::Reordered { kind });
    }
}

fn section(out: &mut Vec<Change>, section: Section, fields: Vec<Field>) {
    if !fields.is_empty() {
        out.push(Change::SectionChanged { section, fields });
    }
}

fn texts(items: &[TextItem]) -> Vec<&str> {
    items.iter().map(|t| t.text.as_str()).collect()
}

/// A section's changes: its slots, the text lists it holds, and `more`.
fn section_of(
    out: &mut Vec<Change>,
    a: &Plan,
    b: &Plan,
    which: Section,
    lists: &[TextList],
    more: &[(Field, bool)],
) {
    let mut fields = slot_fields(a, b, Owner::Section(which), "");
    fields.extend(
        lists
            .iter()
            .filter(|list| texts(a.text_list(**list)) != texts(b.text_list(**list)))
            .map(|list| Field::List(*list)),
    );
    fields.extend(more.iter().filter(|(_, differs)| *differs).map(|(f, _)| *f));
    section(out, which, fields);
}

/// Items of one kind, compared by id and by their fields.
macro_rules! compare_items {
    ($out:expr, $a:expr, $b:expr, $kind:ident, $list:ident $(.$rest:ident)*, $name:ident) => {
        items(
            $out,
            ItemKind::$kind,
            &$a.$list$(.$rest)*,
            &$b.$list$(.$rest)*,
            |x| &x.id,
            |x| x.$name.clone(),
            |id| item_fields($a, $b, ItemKind::$kind, id),
        )
    };
}

fn goals(out: &mut Vec<Change>, a: &Plan, b: &Plan) {
    compare_items!(out, a, b, Goal, goals, statement);
    // Objectives, goal by goal, right after the goal changes.
    let mut objectives = Vec::new();
    for goal in &b.goals {
        let old = a.goal(&goal.id).map_or(&[][..], |g| &g.objectives[..]);
        let mut changes = Vec::new();
        items(
            &mut changes,
            ItemKind::Objective,
            old,
            &goal.objectives,
            |o| &o.id,
            |o| o.statement.clone(),
            |id| item_fields(a, b, ItemKind::Objective, id),
        );
        objectives.extend(changes.into_iter().map(|c| with_parent(c, &goal.statement)));
    }
    // A removed goal's objectives go with it: the goal's removal says so.
    out.extend(objectives);
}

fn with_parent(change: Change, goal: &str) -> Change {
    match change {
        Change::Added { kind, name, .. } => Change::Added {
            kind,
            name,
            parent: Some(goal.to_owned()),
        },
        Change::Removed { kind, name, .. } => Change::Removed {
            kind,
            name,
            parent: Some(goal.to_owned()),
        },
        other => other,
    }
}

/// What changed from `before` to `after`, in plan order: the title, the
/// person, the assessment, needs, goals (with their objectives), plan
/// components, relapse prevention, aftercare, the review schedule and
/// consent. Empty when nothing a review reports changed.
pub fn changes_between(before: &Plan, after: &Plan) -> Vec<Change> {
    let (a, b) = (before, after);
    let out = &mut Vec::new();
    section_of(out, a, b, Section::Plan, &[], &[]);
    section_of(
        out,
        a,
        b,
        Section::Person,
        &[TextList::Strengths, TextList::Preferences],
        &[],
    );
    compare_items!(out, a, b, CareTeamMember, care_team, name);
    compare_items!(out, a, b, Contributor, contributors, name);
    compare_items!(out, a, b, Substance, assessment.substances, substance);
    let risk_view = a.assessment.risk_view != b.assessment.risk_view;
    section_of(
        out,
        a,
        b,
        Section::Assessment,
        &[TextList::AssessmentTriggers],
        &[(Field::RiskView, risk_view)],
    );
    compare_items!(out, a, b, Need, needs, statement);
    goals(out, a, b);
    compare_items!(out, a, b, Component, components, name);
    compare_items!(out, a, b, Contact, relapse_prevention.contacts, name);
    compare_items!(out, a, b, CrisisLine, relapse_prevention.crisis_lines, name);
    section_of(
        out,
        a,
        b,
        Section::RelapsePrevention,
        &[
            TextList::ExternalTriggers,
            TextList::InternalTriggers,
            TextList::WarningSigns,
            TextList::CopingStrategies,
        ],
        &[],
    );
    section_of(out, a, b, Section::Aftercare, &[], &[]);
    compare_items!(out, a, b, Measurement, measurements, name);
    section_of(out, a, b, Section::ReviewSchedule, &[], &[]);
    let (x, y) = (&a.consent, &b.consent);
    section_of(
        out,
        a,
        b,
        Section::Consent,
        &[],
        &[
            (Field::Signatures, x.signatures != y.signatures),
            (
                Field::CopyGiven,
                x.copy_given_to_person != y.copy_given_to_person,
            ),
        ],
    );
    std::mem::take(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_its_own_name_that_reads_back() {
        let all = Field::all();
        assert_eq!(Field::Date(DateSlot::GoalDue).name(), "date.goal_due");
        assert_eq!(
            Field::Text(TextSlot::Goal(crate::plan::edit::GoalField::Measure)).name(),
            "text.goal.measure"
        );
        assert_eq!(Field::CopyGiven.name(), "copy_given");
        for field in &all {
            assert_eq!(Field::named(&field.name()), Some(*field), "{field:?}");
        }
        let names: std::collections::HashSet<String> = all.iter().map(Field::name).collect();
        assert_eq!(names.len(), all.len(), "names are distinct");
        assert_eq!(Field::named("text.goal"), None);
    }

    #[test]
    fn every_kind_of_field_is_listed_so_it_reads_back() {
        // One arm per variant: a new kind of field does not compile here
        // until it is counted, and then fails until `all` lists it.
        fn kind(field: &Field) -> usize {
            match field {
                Field::Text(_) => 0,
                Field::Date(_) => 1,
                Field::Choice(_) => 2,
                Field::Number(_) => 3,
                Field::ExpressedBy => 4,
                Field::Addresses => 5,
                Field::Template => 6,
                Field::Interventions => 7,
                Field::Findings => 8,
                Field::Category => 9,
                Field::RiskView => 10,
                Field::List(_) => 11,
                Field::Signatures => 12,
                Field::CopyGiven => 13,
                Field::ScoreTarget => 14,
                Field::Strengths => 15,
                Field::Barriers => 16,
            }
        }
        let kinds: std::collections::HashSet<usize> = Field::all().iter().map(kind).collect();
        assert_eq!(kinds.len(), 17);
    }
}
