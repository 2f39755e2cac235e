//! The plan as FHIR R4: a Bundle holding a CarePlan (with a narrative of
//! the whole plan), one Goal per goal, one Condition per need, a CareTeam
//! and the Patient (see docs/ARCHITECTURE.md, "FHIR export", for why a
//! Bundle, and docs/US-CORE.md for how it meets US Core). A `collection`
//! to file or read; a `transaction` to post to a server's base, where
//! conditional requests on stable identifiers make a resend update in place.
//!
//! Built with `serde_json::Value` so no serialization structs land in the
//! wasm bundle. Pure: the date used for activity status comes in options.
//!
//! The person's text comes in through `text` (that is, `clean`): FHIR
//! strings hold no control characters, no white space around them, and
//! are never empty, so a blank value is left out like an absent one.

use super::clean::clean;
use super::identity::{is_identifier_system, Identifier, Identity};
use crate::lang::Lang;
use crate::plan::catalog::ComponentCatalog;
use crate::plan::edit::ClinicalField;
use crate::plan::*;
use serde_json::{json, Map, Value};

/// Which kind of Bundle to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BundleKind {
    /// A file of the plan's resources, to keep or hand to a reader.
    #[default]
    Collection,
    /// Requests for a FHIR server's base endpoint: conditional updates
    /// keyed on identifiers, so sending the same plan again updates it.
    Transaction,
}

/// What the export needs from outside the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FhirOptions<'a> {
    /// The language of the few fixed words (the plan category, roles)
    /// when the plan's person has none the widget speaks.
    pub lang: Lang,
    /// Today's date, from the host's clock; it decides whether a component
    /// that has a start date is "in progress" yet. None: not decided.
    pub today: Option<PlanDate>,
    /// This instant, from the host's clock, as FHIR writes it
    /// ("2026-03-10T14:05:00.000Z"): the Bundle's timestamp.
    pub now: Option<&'a str>,
    pub bundle: BundleKind,
    /// Where the standard codes of services and medicines come from.
    pub catalog: Option<&'a ComponentCatalog>,
}

const CONFIDENTIALITY: &str = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
/// Identifier system for a URI value (here the widget's own `urn:uuid:`).
const URI_SYSTEM: &str = "urn:ietf:rfc:3986";

/// Labels for a confidential substance use disorder record, as consent
/// engines read them: restricted, substance use information, covered by
/// 42 CFR Part 2, and not to be disclosed again without consent.
fn meta() -> Value {
    json!({ "security": [
        { "system": CONFIDENTIALITY, "code": "R", "display": "restricted" },
        { "system": ACT_CODE, "code": "ETH", "display": "substance abuse information sensitivity" },
        { "system": ACT_CODE, "code": "42CFRPart2", "display": "42 CFR Part2" },
        { "system": ACT_CODE, "code": "NORDSCLCD", "display": "no redisclosure without consent directive" },
    ]})
}

/// A FHIR instant, roughly checked: a host clock that gives something else
/// leaves the timestamp out rather than make the Bundle invalid.
fn instant(value: &str) -> Option<&str> {
    let b = value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let shaped = b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && (value.ends_with('Z') || value[19..].contains(['+', '-']));
    shaped.then_some(value)
}

/// A stable UUID for one item of one plan, so exporting twice gives the
/// same file and references resolve inside the Bundle (no randomness, no
/// clock). Two FNV-1a hashes, formatted as a version-8 UUID.
fn uuid(plan_id: &str, kind: &str, item_id: &str) -> String {
    let hash = |seed: u64| {
        let mut h = seed;
        for part in [plan_id, kind, item_id] {
            for b in part.bytes().chain([0xff]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        h
    };
    let hi = hash(0xcbf2_9ce4_8422_2325);
    let lo = hash(0x6c62_272e_07bb_0142);
    let hi = (hi & !0xf000) | 0x8000; // version 8
    let lo = (lo & !(0b11 << 62)) | (0b10 << 62); // RFC 4122 variant
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

struct Refs<'a> {
    plan: &'a Plan,
    /// The host's `Identifier.system` for the plan's resources, if usable.
    system: Option<String>,
}

impl Refs<'_> {
    fn id(&self, kind: &str, item: &str) -> String {
        uuid(&self.plan.id, kind, item)
    }
    /// The stable identifier of one item: under the host's system, or the
    /// item's own URN, which is unique everywhere.
    fn identifier(&self, kind: &str, item: &str) -> Identifier {
        let id = self.id(kind, item);
        match &self.system {
            Some(system) => Identifier {
                system: system.clone(),
                value: id,
            },
            None => Identifier {
                system: URI_SYSTEM.into(),
                value: format!("urn:uuid:{id}"),
            },
        }
    }
    fn reference(&self, kind: &str, item: &str) -> Value {
        json!({ "reference": format!("urn:uuid:{}", self.id(kind, item)) })
    }
    fn patient(&self) -> Value {
        self.reference("Patient", "")
    }
    /// A contributor: the Patient when it is the person, else their name.
    fn contributor(&self, id: &str) -> Option<Value> {
        let who = self.plan.contributors.iter().find(|c| c.id == id)?;
        self.contributor_ref(who)
    }
    /// None for someone other than the person who has no name: a
    /// Reference must say something.
    fn contributor_ref(&self, who: &Contributor) -> Option<Value> {
        if who.role == ContributorRole::Person {
            let mut patient = self.patient();
            put_text(&mut patient, "display", &who.name);
            Some(patient)
        } else {
            display(&who.name)
        }
    }
}

/// The person's text as a FHIR string, or None when nothing is left of it.
fn text(value: &str) -> Option<String> {
    Some(clean(value)).filter(|t| !t.is_empty())
}

/// Sets `key` to the text when there is any: FHIR forbids empty strings.
fn put_text(object: &mut Value, key: &str, value: &str) {
    if let Some(value) = text(value) {
        object[key] = json!(value);
    }
}

/// A Reference by name only, if there is a name.
fn display(name: &str) -> Option<Value> {
    text(name).map(|name| json!({ "display": name }))
}

fn concept(text: &str) -> Value {
    json!({ "text": text })
}

fn coded(system: &str, code: &str) -> Value {
    json!({ "coding": [{ "system": system, "code": code }] })
}

/// Words with the catalog's standard codes for a component, if any.
fn component_concept(name: &str, component: &Component, options: &FhirOptions) -> Value {
    let mut out = concept(name);
    let codes: Vec<Value> = options
        .catalog
        .and_then(|c| c.entry(&component.catalog_id))
        .map(|entry| {
            entry
                .codes
                .iter()
                .map(|c| json!({ "system": c.system, "code": c.code, "display": c.display }))
                .collect()
        })
        .unwrap_or_default();
    if !codes.is_empty() {
        out["coding"] = json!(codes);
    }
    out
}

/// A contact as FHIR ContactPoint: an email, a phone number, or other.
fn contact_point(contact: &str) -> Option<Value> {
    let value = text(contact)?;
    let phone_like = value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let system = if value.contains('@') && !value.contains(char::is_whitespace) {
        "email"
    } else if phone_like && value.chars().filter(char::is_ascii_digit).count() >= 3 {
        "phone"
    } else {
        "other"
    };
    Some(json!({ "system": system, "value": value }))
}

fn resource(kind: &str, id: String, lang: Lang) -> Value {
    let mut object = Map::new();
    object.insert("resourceType".into(), json!(kind));
    object.insert("id".into(), json!(id));
    object.insert("meta".into(), meta());
    object.insert("language".into(), json!(lang.tag()));
    Value::Object(object)
}

/// Puts the host's identifier of a resource (a record number, an NPI)
/// before the widget's own stable one: it is how a record system finds it.
fn known_by(out: &mut Value, host: Option<&Identifier>) {
    if let Some(id) = host.and_then(identifier) {
        out["identifier"] = json!([id, out["identifier"][0].take()]);
    }
}

/// A resource with its stable identifier first (before any the host gave).
fn identified(kind: &str, item: &str, refs: &Refs, lang: Lang) -> Value {
    let mut out = resource(kind, refs.id(kind, item), lang);
    let ids: Vec<Value> = identifier(&refs.identifier(kind, item))
        .into_iter()
        .collect();
    out["identifier"] = json!(ids);
    out
}

fn plan_status(status: PlanStatus) -> &'static str {
    match status {
        PlanStatus::Draft => "draft",
        // A plan under review stays in effect until the review is finished.
        PlanStatus::Active | PlanStatus::UnderReview => "active",
        PlanStatus::Completed => "completed",
    }
}

fn lifecycle(value: GoalLifecycle) -> &'static str {
    match value {
        GoalLifecycle::Proposed => "proposed",
        GoalLifecycle::Active => "active",
        GoalLifecycle::OnHold => "on-hold",
        GoalLifecycle::Completed => "completed",
        GoalLifecycle::Cancelled => "cancelled",
    }
}

fn achievement(value: Achievement) -> &'static str {
    match value {
        Achievement::InProgress => "in-progress",
        Achievement::Improving => "improving",
        Achievement::Worsening => "worsening",
        Achievement::NoChange => "no-change",
        Achievement::Achieved => "achieved",
        Achievement::NotAchieved => "not-achieved",
    }
}

fn priority(value: Priority) -> &'static str {
    match value {
        Priority::High => "high-priority",
        Priority::Medium => "medium-priority",
        Priority::Low => "low-priority",
    }
}

/// A FHIR Identifier, if it has a value (a system only when it is a URI).
fn identifier(id: &Identifier) -> Option<Value> {
    let value = text(&id.value)?;
    let mut out = json!({ "value": value });
    let system = clean(&id.system);
    if is_identifier_system(&system) {
        out["system"] = json!(system);
    }
    Some(out)
}

/// The BCP 47 tag of the person's language: as written when it is a tag
/// ("es-MX"), else the tag of a language the widget knows by name
/// ("Spanish", "Español"); None for anything else (the text is kept).
fn language_tag(language: &str) -> Option<String> {
    let given = clean(language);
    let mut parts = given.split('-');
    let primary = parts.next().unwrap_or_default();
    let tag_like = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if tag_like {
        return Some(given);
    }
    Lang::of_person(&given).map(|lang| lang.tag().to_owned())
}

fn patient(plan: &Plan, refs: &Refs, identity: &Identity, lang: Lang) -> Value {
    let mut patient = identified("Patient", "", refs, lang);
    known_by(&mut patient, identity.record_number.as_ref());
    let person = &plan.person;
    let mut names = Vec::new();
    let family = text(&identity.family_name);
    let given = text(&identity.given_name);
    if let Some(name) = text(&identity.printed_legal_name()) {
        let mut official = json!({ "use": "official", "text": name });
        if let Some(family) = family {
            official["family"] = json!(family);
        }
        if let Some(given) = given {
            official["given"] = json!([given]);
        }
        names.push(official);
    }
    if let Some(name) = text(&person.preferred_name) {
        names.push(json!({ "use": "usual", "text": name }));
    }
    if !names.is_empty() {
        patient["name"] = json!(names);
    }
    if let Some(gender) = identity.gender {
        patient["gender"] = json!(gender.code());
    }
    if let Some(birth) = identity.birth_date {
        patient["birthDate"] = json!(birth.to_string());
    }
    if let Some(language) = text(&person.language) {
        let mut concept = concept(&language);
        if let Some(tag) = language_tag(&language) {
            concept["coding"] = json!([{ "system": "urn:ietf:bcp:47", "code": tag }]);
        }
        patient["communication"] = json!([{ "language": concept, "preferred": true }]);
    }
    if text(&identity.organization_name).is_some() {
        patient["managingOrganization"] = refs.reference("Organization", "");
    }
    patient
}

/// The signed-in clinician, if the host named one.
fn practitioner(identity: &Identity, refs: &Refs, lang: Lang) -> Option<Value> {
    let name = text(&identity.clinician_name)?;
    let mut out = identified("Practitioner", "", refs, lang);
    known_by(&mut out, identity.clinician_identifier.as_ref());
    out["name"] = json!([{ "text": name }]);
    if let Some(credentials) = text(&identity.clinician_credentials) {
        out["qualification"] = json!([{ "code": concept(&credentials) }]);
    }
    Some(out)
}

/// The organization, if the host named one.
fn organization(identity: &Identity, refs: &Refs, lang: Lang) -> Option<Value> {
    let name = text(&identity.organization_name)?;
    let mut out = identified("Organization", "", refs, lang);
    out["active"] = json!(true);
    out["name"] = json!(name);
    known_by(&mut out, identity.organization_identifier.as_ref());
    Some(out)
}

/// An active Condition about the Patient, recorded when the plan was made
/// (US Core must-supports `recordedDate`), of one category.
fn active_condition(
    plan: &Plan,
    item: &str,
    verification: &str,
    category: Value,
    refs: &Refs,
    lang: Lang,
) -> Value {
    let mut out = identified("Condition", item, refs, lang);
    out["clinicalStatus"] = coded(
        "http://terminology.hl7.org/CodeSystem/condition-clinical",
        "active",
    );
    out["verificationStatus"] = coded(
        "http://terminology.hl7.org/CodeSystem/condition-ver-status",
        verification,
    );
    out["category"] = json!([category]);
    out["subject"] = refs.patient();
    if let Some(created) = plan.created {
        out["recordedDate"] = json!(created.to_string());
    }
    out
}

fn condition(plan: &Plan, need: &Need, refs: &Refs, lang: Lang) -> Value {
    // A need in the person's words, not a diagnosis: a health concern that
    // is active and, as a diagnosis, unconfirmed (con-3, con-4, con-5 hold).
    let category = coded(
        "http://hl7.org/fhir/us/core/CodeSystem/condition-category",
        "health-concern",
    );
    let mut condition = active_condition(plan, &need.id, "unconfirmed", category, refs, lang);
    // The clinical problem statement beside the person's words, when written.
    let words = match (text(&need.statement), text(&need.problem)) {
        (Some(statement), Some(problem)) => Some(format!("{statement} ({problem})")),
        (statement, problem) => statement.or(problem),
    };
    if let Some(words) = words {
        condition["code"] = concept(&words);
    }
    condition
}

/// One diagnosis line as the clinician wrote it: an ICD-10-CM code first
/// when the line starts with one ("F11.20 Opioid use disorder"), and words.
fn diagnosis_line(line: &str) -> (Option<&str>, &str) {
    let line = line.trim();
    let (first, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let first = first.trim_end_matches([':', ',']);
    let b = first.as_bytes();
    let icd = b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[0] != b'U'
        && b[1].is_ascii_digit()
        && b[2].is_ascii_alphanumeric()
        && match first.get(3..) {
            None | Some("") => true,
            Some(tail) => {
                tail.starts_with('.')
                    && (2..=5).contains(&tail.len())
                    && tail[1..]
                        .bytes()
                        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
            }
        };
    if icd {
        let words = rest.trim_start_matches([' ', '-', '–', ':']).trim();
        (Some(first), if words.is_empty() { first } else { words })
    } else {
        (None, line)
    }
}

/// The diagnoses the clinician recorded, a Condition each: on the problem
/// list, confirmed (the clinician made it; the widget never suggests one),
/// with the ICD-10-CM code when the line starts with one.
fn diagnoses(plan: &Plan, refs: &Refs, lang: Lang) -> Vec<Value> {
    diagnosis_lines(plan)
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let category = coded(
                "http://terminology.hl7.org/CodeSystem/condition-category",
                "problem-list-item",
            );
            let item = diagnosis_item(i);
            let mut out = active_condition(plan, &item, "confirmed", category, refs, lang);
            let (code, words) = diagnosis_line(line);
            let mut concept = concept(line);
            if let Some(code) = code {
                concept["coding"] =
                    json!([{ "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code }]);
                concept["text"] = json!(words);
            }
            out["code"] = concept;
            out
        })
        .collect()
}

/// The diagnosis lines the clinician wrote, blanks left out.
fn diagnosis_lines(plan: &Plan) -> Vec<String> {
    clean(&plan.assessment.diagnoses)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The item a diagnosis line is, for its stable id.
fn diagnosis_item(line: usize) -> String {
    format!("diagnosis-{line}")
}

fn goal(plan: &Plan, goal: &Goal, refs: &Refs, lang: Lang) -> Value {
    let mut out = identified("Goal", &goal.id, refs, lang);
    out["lifecycleStatus"] = json!(lifecycle(goal.lifecycle));
    out["achievementStatus"] = coded(
        "http://terminology.hl7.org/CodeSystem/goal-achievement",
        achievement(goal.achievement),
    );
    out["priority"] = coded(
        "http://terminology.hl7.org/CodeSystem/goal-priority",
        priority(goal.priority),
    );
    // description is required; a goal is never added without words, but
    // a hand-edited file might have none.
    let statement = text(&goal.statement).unwrap_or_else(|| "-".into());
    out["description"] = concept(&statement);
    out["subject"] = refs.patient();
    // The goal's own target first, then one per objective, each with its
    // due date (US Core asks for a target date or start date).
    let mut targets: Vec<Value> = Vec::new();
    let mut target = json!({});
    let measure = text(&goal.measure);
    let has_measure = measure.is_some();
    if let Some(measure) = measure {
        target["measure"] = concept(&measure);
        // gol-1: a target detail needs a measure.
        put_text(&mut target, "detailString", &goal.target);
    }
    if let Some(due) = goal.due {
        target["dueDate"] = json!(due.to_string());
    }
    if target.as_object().is_some_and(|t| !t.is_empty()) {
        targets.push(target);
    }
    // An objective's measure is what its target tracks (its statement
    // when it has none, which then stays in a note); its target is the
    // detail, which always has a measure beside it (gol-1).
    let w = lang.words();
    let mut notes: Vec<Value> = Vec::new();
    for objective in goal.objectives.iter() {
        let statement = text(&objective.statement);
        let Some(measure) = text(&objective.measure).or_else(|| statement.clone()) else {
            continue;
        };
        if let Some(statement) = statement.filter(|s| *s != measure) {
            notes.push(json!({ "text": format!("{}: {statement}", w.objective) }));
        }
        let mut target = json!({ "measure": concept(&measure) });
        put_text(&mut target, "detailString", &objective.target);
        if let Some(due) = objective.due {
            target["dueDate"] = json!(due.to_string());
        }
        targets.push(target);
    }
    if !targets.is_empty() {
        out["target"] = json!(targets);
    }
    let addresses: Vec<Value> = goal
        .addresses
        .iter()
        .filter(|id| plan.need(id).is_some())
        .map(|id| refs.reference("Condition", id))
        .collect();
    if !addresses.is_empty() {
        out["addresses"] = json!(addresses);
    }
    if let Some(who) = goal
        .expressed_by
        .as_deref()
        .and_then(|id| refs.contributor(id))
    {
        out["expressedBy"] = who;
    }
    // The goal's target without a measure, then what may get in the way.
    if let Some(target) = text(&goal.target).filter(|_| !has_measure) {
        notes.insert(0, json!({ "text": target }));
    }
    notes.extend(
        goal.barriers
            .iter()
            .filter_map(|b| text(&b.text))
            .map(|b| json!({ "text": format!("{}: {b}", w.barriers) })),
    );
    if !notes.is_empty() {
        out["note"] = json!(notes);
    }
    if let Some(score) = &goal.score_target {
        score_target(&mut out, plan, goal, score, refs);
    }
    out
}

const LOINC: &str = "http://loinc.org";

/// The measurements that have the score, oldest first.
fn measured<'a>(
    plan: &'a Plan,
    instrument: &'a str,
    score: &'a str,
) -> impl Iterator<Item = (&'a Measurement, &'a Score)> {
    plan.measurements
        .iter()
        .filter(move |m| m.instrument == instrument)
        .filter_map(move |m| m.scores.iter().find(|s| s.id == score).map(|s| (m, s)))
}

/// A score's code: LOINC when the instrument gives one, and its words.
fn score_code(m: &Measurement, s: &Score) -> Value {
    let words = format!("{} {}", clean(&m.name), clean(&s.name));
    let mut code = concept(words.trim());
    if let Some(loinc) = text(&s.loinc) {
        code["coding"] = json!([{ "system": LOINC, "code": loinc }]);
    }
    code
}

/// A goal measured by a score: a target of that score ("< 10") first, and
/// every Observation of it as the goal's outcome.
fn score_target(out: &mut Value, plan: &Plan, goal: &Goal, target: &ScoreTarget, refs: &Refs) {
    let taken: Vec<(&Measurement, &Score)> =
        measured(plan, &target.instrument, &target.score).collect();
    let measure = match taken.last() {
        Some((m, s)) => score_code(m, s),
        None => concept(&text(&target.name).unwrap_or_else(|| target.score.clone())),
    };
    let comparator = match target.comparator {
        Comparator::Below => "<",
        Comparator::AtLeast => ">=",
    };
    let mut detail = json!({
        "measure": measure,
        "detailQuantity": { "value": target.value, "comparator": comparator },
    });
    if let Some(due) = goal.due {
        detail["dueDate"] = json!(due.to_string());
    }
    let targets = out["target"].as_array().cloned().unwrap_or_default();
    out["target"] = json!(std::iter::once(detail).chain(targets).collect::<Vec<_>>());
    let outcomes: Vec<Value> = taken
        .iter()
        .map(|(m, s)| refs.reference("Observation", &observation_item(m, s)))
        .collect();
    if !outcomes.is_empty() {
        out["outcomeReference"] = json!(outcomes);
    }
}

fn observation_item(m: &Measurement, s: &Score) -> String {
    format!("{}-{}", m.id, s.id)
}

/// One time an instrument was taken: the answers as a QuestionnaireResponse,
/// and each score as an Observation (category survey, LOINC when the
/// instrument gives one) derived from it, with the published band as its
/// interpretation in words. Nothing is inferred beyond the band.
fn measurement(m: &Measurement, refs: &Refs, lang: Lang) -> Vec<Value> {
    let mut response = identified("QuestionnaireResponse", &m.id, refs, lang);
    // R4: QuestionnaireResponse.identifier is a single Identifier.
    response["identifier"] = response["identifier"][0].clone();
    response["status"] = json!("completed");
    response["subject"] = refs.patient();
    response["authored"] = json!(m.date.to_string());
    let items: Vec<Value> = m
        .answers
        .iter()
        .filter_map(|a| {
            let link = text(&a.item)?;
            Some(json!({ "linkId": link, "answer": [{ "valueInteger": a.value }] }))
        })
        .collect();
    if !items.is_empty() {
        response["item"] = json!(items);
    }
    let mut out = vec![response];
    for s in &m.scores {
        let mut obs = identified("Observation", &observation_item(m, s), refs, lang);
        obs["status"] = json!("final");
        obs["category"] = json!([{
            "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                "code": "survey",
                "display": "Survey",
            }],
        }]);
        obs["code"] = score_code(m, s);
        obs["subject"] = refs.patient();
        obs["effectiveDateTime"] = json!(m.date.to_string());
        obs["valueInteger"] = json!(s.value);
        if let Some(band) = text(&s.band) {
            obs["interpretation"] = json!([{ "text": band }]);
        }
        obs["derivedFrom"] = json!([refs.reference("QuestionnaireResponse", &m.id)]);
        out.push(obs);
    }
    out
}

fn activity(plan: &Plan, component: &Component, options: &FhirOptions, refs: &Refs) -> Value {
    let kind = match component.category {
        ComponentCategory::Medication => "MedicationRequest",
        _ => "ServiceRequest",
    };
    let status = match (plan.status, component.start, options.today) {
        (PlanStatus::Completed, _, _) => "completed",
        (PlanStatus::Draft, _, _) => "not-started",
        (_, Some(start), Some(today)) if start <= today => "in-progress",
        (_, Some(_), Some(_)) => "scheduled",
        _ => "unknown",
    };
    let mut detail = json!({ "kind": kind, "status": status });
    if let Some(name) = text(&component.name).or_else(|| text(&component.catalog_id)) {
        detail["code"] = component_concept(&name, component, options);
    }
    let goals: Vec<Value> = plan
        .goals_served_by(&component.id)
        .map(|g| refs.reference("Goal", &g.id))
        .collect();
    if !goals.is_empty() {
        detail["goal"] = json!(goals);
    }
    // How often, in words, and from when: one Timing holds both.
    let start = component.start.map(|d| json!({ "start": d.to_string() }));
    match (text(&component.frequency), start) {
        (Some(frequency), start) => {
            let mut timing = json!({ "code": concept(&frequency) });
            if let Some(start) = start {
                timing["repeat"] = json!({ "boundsPeriod": start });
            }
            detail["scheduledTiming"] = timing;
        }
        (None, Some(start)) => detail["scheduledPeriod"] = start,
        (None, None) => {}
    }
    if let Some(setting) = display(&component.setting) {
        detail["location"] = setting;
    }
    if let Some(responsible) = display(&component.responsible) {
        detail["performer"] = json!([responsible]);
    }
    put_text(&mut detail, "description", &component.details);
    json!({ "detail": detail })
}

fn care_team(plan: &Plan, refs: &Refs, lang: Lang) -> Value {
    let mut team = identified("CareTeam", "", refs, lang);
    team["status"] = json!("active");
    team["name"] = json!(lang.words().care_team);
    team["subject"] = refs.patient();
    let mut participants: Vec<Value> = Vec::new();
    // Members are held inside the team, with their phone or email: they
    // are the team's own record of them, not the server's practitioners.
    let mut members: Vec<Value> = Vec::new();
    for (i, member) in plan.care_team.iter().enumerate() {
        let mut participant = json!({});
        if let Some(role) = text(&member.role) {
            participant["role"] = json!([concept(&role)]);
        }
        let name = text(&member.name);
        let telecom = contact_point(&member.contact);
        if name.is_some() || telecom.is_some() {
            let id = format!("member{}", i + 1);
            let mut who = json!({ "resourceType": "Practitioner", "id": id });
            if let Some(name) = &name {
                who["name"] = json!([{ "text": name }]);
            }
            if let Some(telecom) = telecom {
                who["telecom"] = json!([telecom]);
            }
            members.push(who);
            participant["member"] = json!({ "reference": format!("#{id}") });
            if let Some(name) = name {
                participant["member"]["display"] = json!(name);
            }
        }
        // A participant is someone (US Core: member 1..1), so one with no
        // name and no contact is left out.
        if participant.get("member").is_some() {
            participants.push(participant);
        }
    }
    for who in &plan.contributors {
        if let Some(member) = refs.contributor_ref(who) {
            let role = concept(lang.words().role(who.role));
            participants.push(json!({ "role": [role], "member": member }));
        }
    }
    if !members.is_empty() {
        team["contained"] = json!(members);
    }
    if !participants.is_empty() {
        team["participant"] = json!(participants);
    }
    team
}

fn care_plan(
    plan: &Plan,
    options: &FhirOptions,
    refs: &Refs,
    identity: &Identity,
    lang: Lang,
) -> Value {
    let mut out = identified("CarePlan", "", refs, lang);
    out["meta"]["versionId"] = json!(plan.revision.to_string());
    // The whole plan in words, as printed: US Core asks for a narrative.
    out["text"] = json!({
        "status": "additional",
        "div": super::print::narrative(plan, lang),
    });
    if let (Some(id), Some(ids)) = (text(&plan.id), out["identifier"].as_array_mut()) {
        ids.push(json!({ "value": id }));
    }
    out["status"] = json!(plan_status(plan.status));
    out["intent"] = json!("plan");
    out["category"] = json!([{
        "coding": [{
            "system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
            "code": "assess-plan",
        }],
        "text": lang.print_words().plan_category,
    }]);
    put_text(&mut out, "title", &plan.title);
    out["subject"] = refs.patient();
    // The plan's period starts when it takes effect, or else when it was made.
    if let Some(start) = plan.effective_date.or(plan.created) {
        out["period"] = json!({ "start": start.to_string() });
    }
    if let Some(end) = plan.target_date {
        out["period"]["end"] = json!(end.to_string());
    }
    if let Some(created) = plan.created {
        out["created"] = json!(created.to_string());
    }
    let clinician = plan
        .contributors
        .iter()
        .find(|c| c.role == ContributorRole::Clinician);
    // The signed-in clinician the host named writes the plan; else the
    // plan's own clinician contributor.
    if let Some(name) = text(&identity.clinician_name) {
        let mut author = refs.reference("Practitioner", "");
        author["display"] = json!(name);
        out["author"] = author;
    } else if let Some(author) = clinician.and_then(|c| refs.contributor_ref(c)) {
        out["author"] = author;
    }
    let contributors: Vec<Value> = plan
        .contributors
        .iter()
        .filter_map(|c| refs.contributor_ref(c))
        .collect();
    if !contributors.is_empty() {
        out["contributor"] = json!(contributors);
    }
    // The level of care the clinician determined, and why, as written.
    let w = lang.words();
    let notes: Vec<Value> = [
        (ClinicalField::LevelOfCare, &plan.assessment.level_of_care),
        (
            ClinicalField::LevelOfCareRationale,
            &plan.assessment.level_of_care_rationale,
        ),
    ]
    .into_iter()
    .filter_map(|(field, value)| {
        let value = text(value)?;
        Some(json!({ "text": format!("{}: {value}", w.clinical_field(field)) }))
    })
    .collect();
    if !notes.is_empty() {
        out["note"] = json!(notes);
    }
    out["careTeam"] = json!([refs.reference("CareTeam", "")]);
    // The needs, then the clinician's diagnoses.
    let diagnosed = (0..diagnosis_lines(plan).len()).map(diagnosis_item);
    let addresses: Vec<Value> = plan
        .needs
        .iter()
        .map(|n| n.id.clone())
        .chain(diagnosed)
        .map(|id| refs.reference("Condition", &id))
        .collect();
    if !addresses.is_empty() {
        out["addresses"] = json!(addresses);
    }
    let activities: Vec<Value> = plan
        .components
        .iter()
        .map(|c| activity(plan, c, options, refs))
        .collect();
    if !activities.is_empty() {
        out["activity"] = json!(activities);
    }
    let goals: Vec<Value> = plan
        .goals
        .iter()
        .map(|g| refs.reference("Goal", &g.id))
        .collect();
    if !goals.is_empty() {
        out["goal"] = json!(goals);
    }
    out
}

/// The plan as a FHIR R4 Bundle, pretty-printed JSON.
pub fn fhir_json(plan: &Plan, options: &FhirOptions) -> String {
    fhir_json_for(plan, options, &Identity::default())
}

/// The same, with the host page's identity of the person (Patient
/// identifier, official name, birth date), the clinician (a Practitioner,
/// the CarePlan's author) and the organization.
pub fn fhir_json_for(plan: &Plan, options: &FhirOptions, identity: &Identity) -> String {
    // Serializing a Value cannot fail.
    serde_json::to_string_pretty(&fhir_bundle_for(plan, options, identity)).unwrap_or_default()
}

/// The Bundle as a JSON value, for callers that want to look inside.
pub fn fhir_bundle(plan: &Plan, options: &FhirOptions) -> Value {
    fhir_bundle_for(plan, options, &Identity::default())
}

/// A search parameter value as a URL query writes it: the characters that
/// would end or split the value are percent-encoded.
fn query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b':' | b'/' => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The request that files one resource: an update where the plan's own
/// identifier finds it, a create-if-absent for the people and places the
/// record system already knows (never overwriting its record of them).
fn request(resource: &Value) -> Value {
    let kind = resource["resourceType"].as_str().unwrap_or_default();
    // A list of identifiers, or one (QuestionnaireResponse).
    let ids = &resource["identifier"];
    let first = if ids.is_array() { &ids[0] } else { ids };
    let search = format!(
        "identifier={}|{}",
        query_value(first["system"].as_str().unwrap_or_default()),
        query_value(first["value"].as_str().unwrap_or_default())
    );
    match kind {
        "Patient" | "Practitioner" | "Organization" => {
            json!({ "method": "POST", "url": kind, "ifNoneExist": search })
        }
        _ => json!({ "method": "PUT", "url": format!("{kind}?{search}") }),
    }
}

/// The Bundle with the host's identity, as a JSON value.
pub fn fhir_bundle_for(plan: &Plan, options: &FhirOptions, identity: &Identity) -> Value {
    let system = clean(&identity.plan_identifier_system);
    let refs = Refs {
        plan,
        system: is_identifier_system(&system).then_some(system),
    };
    // The fixed words (and `Resource.language`) follow the plan's own
    // language, the person's, when the widget speaks it; else the page's.
    let lang = Lang::of_person(&plan.person.language).unwrap_or(options.lang);
    let mut resources = vec![
        care_plan(plan, options, &refs, identity, lang),
        patient(plan, &refs, identity, lang),
    ];
    resources.extend(practitioner(identity, &refs, lang));
    resources.extend(organization(identity, &refs, lang));
    let mut team = care_team(plan, &refs, lang);
    if text(&identity.organization_name).is_some() {
        team["managingOrganization"] = json!([refs.reference("Organization", "")]);
    }
    resources.push(team);
    resources.extend(plan.needs.iter().map(|n| condition(plan, n, &refs, lang)));
    resources.extend(diagnoses(plan, &refs, lang));
    resources.extend(plan.goals.iter().map(|g| goal(plan, g, &refs, lang)));
    resources.extend(
        plan.measurements
            .iter()
            .flat_map(|m| measurement(m, &refs, lang)),
    );
    let transaction = options.bundle == BundleKind::Transaction;
    let entries: Vec<Value> = resources
        .into_iter()
        .map(|resource| {
            let id = resource["id"].as_str().unwrap_or_default().to_owned();
            let mut entry = json!({ "fullUrl": format!("urn:uuid:{id}") });
            if transaction {
                entry["request"] = request(&resource);
            }
            entry["resource"] = resource;
            entry
        })
        .collect();
    let mut bundle = resource("Bundle", refs.id("Bundle", ""), lang);
    bundle["identifier"] = identifier(&refs.identifier("Bundle", "")).unwrap_or_default();
    bundle["type"] = json!(if transaction {
        "transaction"
    } else {
        "collection"
    });
    if let Some(now) = options.now.and_then(instant) {
        bundle["timestamp"] = json!(now);
    }
    bundle["entry"] = json!(entries);
    if plan.synthetic.is_some() {
        mark_synthetic(&mut bundle);
    }
    bundle
}

/// Tags the Bundle and every resource in it as test data (v3-ActReason
/// HTEST), so a record system never files a synthetic example as a person.
fn mark_synthetic(bundle: &mut Value) {
    let tag = json!([{
        "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
        "code": "HTEST",
        "display": "test health data",
    }]);
    bundle["meta"]["tag"] = tag.clone();
    if let Some(entries) = bundle["entry"].as_array_mut() {
        for entry in entries {
            entry["resource"]["meta"]["tag"] = tag.clone();
        }
    }
}
