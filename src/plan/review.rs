//! What changed between two versions of a plan, for the review history.
//! A structural comparison of items by id, so the entries say what the
//! edits did ("added the goal ...", "changed the goal ...: due date")
//! instead of what someone remembered to type.
//!
//! Status, revision, the review history itself and the id counter are
//! left out: they are the review's own bookkeeping.

use super::document::*;
use super::edit::{AftercareField, AssessmentField, ItemKind, PersonField, TextList};

/// One field of an item or section that changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The item's main words: a goal's or need's statement, a name.
    Wording,
    Measure,
    Target,
    Due,
    Priority,
    Lifecycle,
    Achievement,
    Confidence,
    ExpressedBy,
    Addresses,
    Template,
    Interventions,
    Findings,
    Category,
    Details,
    Frequency,
    Setting,
    Responsible,
    Start,
    Role,
    Contact,
    Relation,
    Phone,
    Number,
    Pattern,
    Route,
    AgeOfOnset,
    LastUse,
    Title,
    Person(PersonField),
    List(TextList),
    Assessment(AssessmentField),
    ReadinessStage,
    ReadinessRuler,
    RiskView,
    LapsePlan,
    Aftercare(AftercareField),
    Cadence,
    NextReview,
    Signatures,
    CopyGiven,
}

/// A part of the plan that is not a list of named items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Plan,
    Person,
    Assessment,
    RelapsePrevention,
    Aftercare,
    ReviewSchedule,
    Consent,
}

/// One change, worded by `Lang::change`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `parent`: for an objective, the goal it belongs to.
    Added {
        kind: ItemKind,
        name: String,
        parent: Option<String>,
    },
    Removed {
        kind: ItemKind,
        name: String,
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
}

/// Compares two items field by field: `(field, before, after)` triples
/// are reduced to the fields that differ.
macro_rules! differing {
    ($a:expr, $b:expr; $($field:expr => $get:expr),* $(,)?) => {{
        let mut fields = Vec::new();
        $(
            if $get($a) != $get($b) {
                fields.push($field);
            }
        )*
        fields
    }};
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
    fields: impl Fn(&T, &T) -> Vec<Field>,
) {
    for new in after {
        match before.iter().find(|old| id(old) == id(new)) {
            None => out.push(Change::Added {
                kind,
                name: name(new),
                parent: None,
            }),
            Some(old) => {
                let changed = fields(old, new);
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

const PERSON_FIELDS: [PersonField; 4] = [
    PersonField::PreferredName,
    PersonField::Pronouns,
    PersonField::Language,
    PersonField::CultureIdentity,
];

fn person_text(p: &Person, field: PersonField) -> &str {
    match field {
        PersonField::PreferredName => &p.preferred_name,
        PersonField::Pronouns => &p.pronouns,
        PersonField::Language => &p.language,
        PersonField::CultureIdentity => &p.culture_identity,
    }
}

fn person(out: &mut Vec<Change>, a: &Plan, b: &Plan) {
    let mut fields: Vec<Field> = PERSON_FIELDS
        .into_iter()
        .filter(|f| person_text(&a.person, *f) != person_text(&b.person, *f))
        .map(Field::Person)
        .collect();
    for list in [TextList::Strengths, TextList::Preferences] {
        if texts(a.text_list(list)) != texts(b.text_list(list)) {
            fields.push(Field::List(list));
        }
    }
    section(out, Section::Person, fields);
    items(
        out,
        ItemKind::CareTeamMember,
        &a.care_team,
        &b.care_team,
        |m| &m.id,
        |m| m.name.clone(),
        |x, y| {
            differing!(x, y;
                Field::Wording => |m: &CareTeamMember| m.name.clone(),
                Field::Role => |m: &CareTeamMember| m.role.clone(),
                Field::Contact => |m: &CareTeamMember| m.contact.clone(),
            )
        },
    );
    items(
        out,
        ItemKind::Contributor,
        &a.contributors,
        &b.contributors,
        |c| &c.id,
        |c| c.name.clone(),
        |x, y| {
            differing!(x, y;
                Field::Wording => |c: &Contributor| c.name.clone(),
                Field::Role => |c: &Contributor| c.role,
            )
        },
    );
}

fn assessment(out: &mut Vec<Change>, a: &Plan, b: &Plan) {
    let (x, y) = (&a.assessment, &b.assessment);
    items(
        out,
        ItemKind::Substance,
        &x.substances,
        &y.substances,
        |s| &s.id,
        |s| s.substance.clone(),
        |x, y| {
            differing!(x, y;
                Field::Wording => |s: &SubstanceUse| s.substance.clone(),
                Field::Pattern => |s: &SubstanceUse| s.pattern.clone(),
                Field::Route => |s: &SubstanceUse| s.route.clone(),
                Field::AgeOfOnset => |s: &SubstanceUse| s.age_of_onset,
                Field::LastUse => |s: &SubstanceUse| s.last_use,
            )
        },
    );
    let mut fields: Vec<Field> = AssessmentField::ALL
        .iter()
        .copied()
        .filter(|f| x.text(*f) != y.text(*f))
        .map(Field::Assessment)
        .collect();
    if texts(&x.triggers) != texts(&y.triggers) {
        fields.push(Field::List(TextList::AssessmentTriggers));
    }
    if x.readiness.stage != y.readiness.stage {
        fields.push(Field::ReadinessStage);
    }
    if x.readiness.ruler != y.readiness.ruler {
        fields.push(Field::ReadinessRuler);
    }
    if x.risk_view != y.risk_view {
        fields.push(Field::RiskView);
    }
    section(out, Section::Assessment, fields);
}

fn needs(out: &mut Vec<Change>, a: &Plan, b: &Plan) {
    items(
        out,
        ItemKind::Need,
        &a.needs,
        &b.needs,
        |n| &n.id,
        |n| n.statement.clone(),
        |x, y| {
            differing!(x, y;
                Field::Wording => |n: &Need| n.statement.clone(),
                Field::Findings => |n: &Need| n.findings.clone(),
            )
        },
    );
}

fn goal_fields(x: &Goal, y: &Goal) -> Vec<Field> {
    differing!(x, y;
        Field::Wording => |g: &Goal| g.statement.clone(),
        Field::Measure => |g: &Goal| g.measure.clone(),
        Field::Target => |g: &Goal| g.target.clone(),
        Field::Due => |g: &Goal| g.due,
        Field::Priority => |g: &Goal| g.priority,
        Field::Lifecycle => |g: &Goal| g.lifecycle,
        Field::Achievement => |g: &Goal| g.achievement,
        Field::Confidence => |g: &Goal| g.confidence,
        Field::ExpressedBy => |g: &Goal| g.expressed_by.clone(),
        Field::Addresses => |g: &Goal| g.addresses.clone(),
        Field::Template => |g: &Goal| g.template_id.clone(),
    )
}

fn goals(out: &mut Vec<Change>, a: &Plan, b: &Plan) {
    items(
        out,
        ItemKind::Goal,
        &a.goals,
        &b.goals,
        |g| &g.id,
        |g| g.statement.clone(),
        |x, y| goal_fields(x, y),
    );
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
            |x, y| {
                differing!(x, y;
                    Field::Wording => |o: &Objective| o.statement.clone(),
                    Field::Due => |o: &Objective| o.due,
                    Field::Interventions => |o: &Objective| o.interventions.clone(),
                )
            },
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

fn components(out: &mut Vec<Change>, a: &Plan, b: &Plan) {
    items(
        out,
        ItemKind::Component,
        &a.components,
        &b.components,
        |c| &c.id,
        |c| c.name.clone(),
        |x, y| {
            differing!(x, y;
                Field::Wording => |c: &Component| c.name.clone(),
                Field::Category => |c: &Component| c.category,
                Field::Details => |c: &Component| c.details.clone(),
                Field::Frequency => |c: &Component| c.frequency.clone(),
                Field::Setting => |c: &Component| c.setting.clone(),
                Field::Responsible => |c: &Component| c.responsible.clone(),
                Field::Start => |c: &Component| c.start,
            )
        },
    );
}

fn relapse(out: &mut Vec<Change>, a: &Plan, b: &Plan) {
    let (x, y) = (&a.relapse_prevention, &b.relapse_prevention);
    items(
        out,
        ItemKind::Contact,
        &x.contacts,
        &y.contacts,
        |c| &c.id,
        |c| c.name.clone(),
        |x, y| {
            differing!(x, y;
                Field::Wording => |c: &SupportContact| c.name.clone(),
                Field::Relation => |c: &SupportContact| c.relation.clone(),
                Field::Phone => |c: &SupportContact| c.phone.clone(),
            )
        },
    );
    items(
        out,
        ItemKind::CrisisLine,
        &x.crisis_lines,
        &y.crisis_lines,
        |c| &c.id,
        |c| c.name.clone(),
        |x, y| {
            differing!(x, y;
                Field::Wording => |c: &CrisisLine| c.name.clone(),
                Field::Number => |c: &CrisisLine| c.number.clone(),
            )
        },
    );
    let mut fields: Vec<Field> = [
        TextList::ExternalTriggers,
        TextList::InternalTriggers,
        TextList::WarningSigns,
        TextList::CopingStrategies,
    ]
    .into_iter()
    .filter(|list| texts(a.text_list(*list)) != texts(b.text_list(*list)))
    .map(Field::List)
    .collect();
    if x.lapse_plan != y.lapse_plan {
        fields.push(Field::LapsePlan);
    }
    section(out, Section::RelapsePrevention, fields);
}

/// What changed from `before` to `after`, in plan order: the title, the
/// person, the assessment, needs, goals (with their objectives), plan
/// components, relapse prevention, aftercare, the review schedule and
/// consent. Empty when nothing a review reports changed.
pub fn changes_between(before: &Plan, after: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    if before.title != after.title {
        section(&mut out, Section::Plan, vec![Field::Title]);
    }
    person(&mut out, before, after);
    assessment(&mut out, before, after);
    needs(&mut out, before, after);
    goals(&mut out, before, after);
    components(&mut out, before, after);
    relapse(&mut out, before, after);
    let aftercare: Vec<Field> = AftercareField::ALL
        .iter()
        .copied()
        .filter(|f| before.aftercare.text(*f) != after.aftercare.text(*f))
        .map(Field::Aftercare)
        .collect();
    section(&mut out, Section::Aftercare, aftercare);
    let (x, y) = (&before.review, &after.review);
    let mut review = Vec::new();
    if x.cadence != y.cadence {
        review.push(Field::Cadence);
    }
    if x.next_review != y.next_review {
        review.push(Field::NextReview);
    }
    section(&mut out, Section::ReviewSchedule, review);
    let (x, y) = (&before.consent, &after.consent);
    let mut consent = Vec::new();
    if x.signatures != y.signatures {
        consent.push(Field::Signatures);
    }
    if x.copy_given_to_person != y.copy_given_to_person {
        consent.push(Field::CopyGiven);
    }
    section(&mut out, Section::Consent, consent);
    out
}
