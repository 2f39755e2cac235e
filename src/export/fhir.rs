//! The plan as FHIR R4: a Bundle of type `collection` holding a CarePlan,
//! one Goal per goal, one Condition per need, a CareTeam and the Patient
//! (see docs/ARCHITECTURE.md, "FHIR export", for why a Bundle).
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
use crate::plan::*;
use serde_json::{json, Map, Value};

/// What the export needs from outside the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FhirOptions {
    /// The language of the few fixed words (the plan category).
    pub lang: Lang,
    /// Today's date, from the host's clock; it decides whether a component
    /// that has a start date is "in progress" yet. None: not decided.
    pub today: Option<PlanDate>,
}

const CONFIDENTIALITY: &str = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

/// Labels for a confidential substance use disorder record.
fn meta() -> Value {
    json!({ "security": [
        { "system": CONFIDENTIALITY, "code": "R", "display": "restricted" },
        { "system": ACT_CODE, "code": "42CFRPart2", "display": "42 CFR Part2" },
    ]})
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
}

impl Refs<'_> {
    fn id(&self, kind: &str, item: &str) -> String {
        uuid(&self.plan.id, kind, item)
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

fn resource(kind: &str, id: String) -> Value {
    let mut object = Map::new();
    object.insert("resourceType".into(), json!(kind));
    object.insert("id".into(), json!(id));
    object.insert("meta".into(), meta());
    Value::Object(object)
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

fn patient(plan: &Plan, refs: &Refs, identity: &Identity) -> Value {
    let mut patient = resource("Patient", refs.id("Patient", ""));
    if let Some(id) = identity.record_number.as_ref().and_then(identifier) {
        patient["identifier"] = json!([id]);
    }
    let person = &plan.person;
    let mut names = Vec::new();
    if let Some(name) = text(&identity.legal_name) {
        names.push(json!({ "use": "official", "text": name }));
    }
    if let Some(name) = text(&person.preferred_name) {
        names.push(json!({ "use": "usual", "text": name }));
    }
    if !names.is_empty() {
        patient["name"] = json!(names);
    }
    if let Some(birth) = identity.birth_date {
        patient["birthDate"] = json!(birth.to_string());
    }
    if let Some(language) = text(&person.language) {
        patient["communication"] = json!([{ "language": concept(&language), "preferred": true }]);
    }
    if text(&identity.organization_name).is_some() {
        patient["managingOrganization"] = refs.reference("Organization", "");
    }
    patient
}

/// The signed-in clinician, if the host named one.
fn practitioner(identity: &Identity, refs: &Refs) -> Option<Value> {
    let name = text(&identity.clinician_name)?;
    let mut out = resource("Practitioner", refs.id("Practitioner", ""));
    out["name"] = json!([{ "text": name }]);
    if let Some(credentials) = text(&identity.clinician_credentials) {
        out["qualification"] = json!([{ "code": concept(&credentials) }]);
    }
    Some(out)
}

/// The organization, if the host named one.
fn organization(identity: &Identity, refs: &Refs) -> Option<Value> {
    let name = text(&identity.organization_name)?;
    let mut out = resource("Organization", refs.id("Organization", ""));
    out["active"] = json!(true);
    out["name"] = json!(name);
    if let Some(id) = identity
        .organization_identifier
        .as_ref()
        .and_then(identifier)
    {
        out["identifier"] = json!([id]);
    }
    Some(out)
}

fn condition(need: &Need, refs: &Refs) -> Value {
    let mut condition = resource("Condition", refs.id("Condition", &need.id));
    // A need in the person's words, not a diagnosis: a health concern that
    // is active and, as a diagnosis, unconfirmed (con-3, con-4, con-5 hold).
    condition["clinicalStatus"] = coded(
        "http://terminology.hl7.org/CodeSystem/condition-clinical",
        "active",
    );
    condition["verificationStatus"] = coded(
        "http://terminology.hl7.org/CodeSystem/condition-ver-status",
        "unconfirmed",
    );
    condition["category"] = json!([coded(
        "http://hl7.org/fhir/us/core/CodeSystem/condition-category",
        "health-concern"
    )]);
    if let Some(statement) = text(&need.statement) {
        condition["code"] = concept(&statement);
    }
    condition["subject"] = refs.patient();
    condition
}

fn goal(plan: &Plan, goal: &Goal, refs: &Refs) -> Value {
    let mut out = resource("Goal", refs.id("Goal", &goal.id));
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
        out["target"] = json!([target]);
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
    let mut notes: Vec<Value> = Vec::new();
    if let Some(target) = text(&goal.target).filter(|_| !has_measure) {
        notes.push(json!({ "text": target }));
    }
    for objective in goal.objectives.iter() {
        let Some(statement) = text(&objective.statement) else {
            continue;
        };
        let note = match objective.due {
            Some(due) => format!("{statement} ({due})"),
            None => statement,
        };
        notes.push(json!({ "text": note }));
    }
    if !notes.is_empty() {
        out["note"] = json!(notes);
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
        detail["code"] = concept(&name);
    }
    let goals: Vec<Value> = plan
        .goals_served_by(&component.id)
        .map(|g| refs.reference("Goal", &g.id))
        .collect();
    if !goals.is_empty() {
        detail["goal"] = json!(goals);
    }
    put_text(&mut detail, "scheduledString", &component.frequency);
    if let Some(setting) = display(&component.setting) {
        detail["location"] = setting;
    }
    if let Some(responsible) = display(&component.responsible) {
        detail["performer"] = json!([responsible]);
    }
    let description = match (text(&component.details), component.start) {
        (Some(details), Some(start)) => format!("{details} ({start})"),
        (None, Some(start)) => start.to_string(),
        (details, None) => details.unwrap_or_default(),
    };
    put_text(&mut detail, "description", &description);
    json!({ "detail": detail })
}

fn care_team(plan: &Plan, options: &FhirOptions, refs: &Refs) -> Value {
    let mut team = resource("CareTeam", refs.id("CareTeam", ""));
    team["status"] = json!("active");
    team["name"] = json!(options.lang.words().care_team);
    team["subject"] = refs.patient();
    let mut participants: Vec<Value> = Vec::new();
    for member in &plan.care_team {
        let mut participant = json!({});
        if let Some(name) = display(&member.name) {
            participant["member"] = name;
        }
        if let Some(role) = text(&member.role) {
            participant["role"] = json!([concept(&role)]);
        }
        if participant.as_object().is_some_and(|p| !p.is_empty()) {
            participants.push(participant);
        }
    }
    for who in &plan.contributors {
        let mut participant = json!({ "role": [concept(options.lang.words().role(who.role))] });
        if let Some(member) = refs.contributor_ref(who) {
            participant["member"] = member;
        }
        participants.push(participant);
    }
    if !participants.is_empty() {
        team["participant"] = json!(participants);
    }
    let notes: Vec<Value> = plan
        .care_team
        .iter()
        .filter_map(|m| {
            let contact = text(&m.contact)?;
            let note = match text(&m.name) {
                Some(name) => format!("{name}: {contact}"),
                None => contact,
            };
            Some(json!({ "text": note }))
        })
        .collect();
    if !notes.is_empty() {
        team["note"] = json!(notes);
    }
    team
}

fn care_plan(plan: &Plan, options: &FhirOptions, refs: &Refs, identity: &Identity) -> Value {
    let mut out = resource("CarePlan", refs.id("CarePlan", ""));
    out["meta"]["versionId"] = json!(plan.revision.to_string());
    if let Some(id) = text(&plan.id) {
        out["identifier"] = json!([{ "value": id }]);
    }
    out["status"] = json!(plan_status(plan.status));
    out["intent"] = json!("plan");
    out["category"] = json!([{
        "coding": [{
            "system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
            "code": "assess-plan",
        }],
        "text": options.lang.print_words().plan_category,
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
    out["careTeam"] = json!([refs.reference("CareTeam", "")]);
    let addresses: Vec<Value> = plan
        .needs
        .iter()
        .map(|n| refs.reference("Condition", &n.id))
        .collect();
    if !addresses.is_empty() {
        out["addresses"] = json!(addresses);
    }
    let goals: Vec<Value> = plan
        .goals
        .iter()
        .map(|g| refs.reference("Goal", &g.id))
        .collect();
    if !goals.is_empty() {
        out["goal"] = json!(goals);
    }
    let activities: Vec<Value> = plan
        .components
        .iter()
        .map(|c| activity(plan, c, options, refs))
        .collect();
    if !activities.is_empty() {
        out["activity"] = json!(activities);
    }
    out
}

/// The plan as a FHIR R4 Bundle (type `collection`), pretty-printed JSON.
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

/// The Bundle with the host's identity, as a JSON value.
pub fn fhir_bundle_for(plan: &Plan, options: &FhirOptions, identity: &Identity) -> Value {
    let refs = Refs { plan };
    let mut resources = vec![
        care_plan(plan, options, &refs, identity),
        patient(plan, &refs, identity),
    ];
    resources.extend(practitioner(identity, &refs));
    resources.extend(organization(identity, &refs));
    let mut team = care_team(plan, options, &refs);
    if text(&identity.organization_name).is_some() {
        team["managingOrganization"] = json!([refs.reference("Organization", "")]);
    }
    resources.push(team);
    resources.extend(plan.needs.iter().map(|n| condition(n, &refs)));
    resources.extend(plan.goals.iter().map(|g| goal(plan, g, &refs)));
    let entries: Vec<Value> = resources
        .into_iter()
        .map(|resource| {
            let id = resource["id"].as_str().unwrap_or_default().to_owned();
            json!({ "fullUrl": format!("urn:uuid:{id}"), "resource": resource })
        })
        .collect();
    let mut bundle = resource("Bundle", refs.id("Bundle", ""));
    bundle["type"] = json!("collection");
    bundle["entry"] = json!(entries);
    bundle
}
