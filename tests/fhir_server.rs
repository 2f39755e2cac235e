//! What a US record system needs of the FHIR export beyond the R4
//! structure: a transaction Bundle that a server files the same way twice
//! (proved against a small model of a server's conditional logic, FHIR R4
//! §3.1.0.11.2 and §3.1.0.7.4), the narrative, standard codes, the
//! timestamp. The Bundles are written to target/fhir/ for the validators.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use plan_composer::export::fhir::{fhir_bundle_for, fhir_json_for, BundleKind, FhirOptions};
use plan_composer::export::identity::{Gender, Identifier, Identity};
use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::default_catalog;
use plan_composer::plan::Plan;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use support::{date, full_plan, references};

const NOW: &str = "2026-03-10T14:05:00.000Z";

fn options(bundle: BundleKind) -> FhirOptions<'static> {
    FhirOptions {
        lang: Lang::En,
        today: Some(date(2026, 3, 10)),
        now: Some(NOW),
        bundle,
        catalog: Some(default_catalog()),
    }
}

fn identity() -> Identity {
    Identity {
        record_number: Some(Identifier {
            system: "https://clinic.example/mrn".into(),
            value: "MRN 0042&1".into(),
        }),
        family_name: "Example".into(),
        given_name: "Jane".into(),
        gender: Some(Gender::Female),
        birth_date: Some(date(1990, 4, 1)),
        clinician_name: "Alex Kim".into(),
        plan_identifier_system: "https://clinic.example/fhir/plans".into(),
        ..Identity::default()
    }
}

/// A resource as a server holds it.
#[derive(Debug, Clone)]
struct Stored {
    version: u32,
    resource: Value,
}

/// A FHIR server's store, reduced to what conditional requests need: find
/// by identifier (`system|value`), create, update.
#[derive(Default)]
struct Server {
    resources: BTreeMap<(String, String), Stored>,
    next_id: u32,
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() + 1 {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("a %XX escape"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

impl Server {
    /// The ids of `kind` whose identifiers hold `identifier=system|value`.
    fn search(&self, kind: &str, query: &str) -> Vec<String> {
        let token = query
            .strip_prefix("identifier=")
            .expect("a search on identifier");
        // The raw query splits at the first unescaped `|`.
        let (system, value) = token.split_once('|').expect("system|value");
        let (system, value) = (percent_decode(system), percent_decode(value));
        self.resources
            .iter()
            .filter(|((k, _), stored)| {
                k == kind
                    && stored.resource["identifier"].as_array().is_some_and(|ids| {
                        ids.iter().any(|id| {
                            id["system"] == system.as_str() && id["value"] == value.as_str()
                        })
                    })
            })
            .map(|((_, id), _)| id.clone())
            .collect()
    }

    /// Processes a transaction: resolves each entry's conditional request,
    /// then rewrites `urn:uuid:` references to the ids given, then stores.
    /// Returns, per entry, "created", "updated" or "found".
    fn transaction(&mut self, bundle: &Value) -> Result<Vec<&'static str>, String> {
        if bundle["type"] != "transaction" {
            return Err("not a transaction".into());
        }
        let entries = bundle["entry"].as_array().ok_or("no entries")?;
        let mut assigned: HashMap<String, (String, String)> = HashMap::new();
        let mut outcome = Vec::new();
        let mut writes = Vec::new();
        for entry in entries {
            let resource = &entry["resource"];
            let kind = resource["resourceType"].as_str().ok_or("no resourceType")?;
            let request = &entry["request"];
            let method = request["method"].as_str().ok_or("no request.method")?;
            let url = request["url"].as_str().ok_or("no request.url")?;
            let (id, result) = match method {
                "PUT" => {
                    let (target, query) = url.split_once('?').ok_or("PUT needs a condition")?;
                    if target != kind {
                        return Err(format!("{url} is not for a {kind}"));
                    }
                    match self.search(kind, query).as_slice() {
                        [] => (self.new_id(), "created"),
                        [one] => (one.clone(), "updated"),
                        _ => return Err(format!("412: {url} matches more than one")),
                    }
                }
                "POST" => {
                    if url != kind {
                        return Err(format!("POST {url} is not for a {kind}"));
                    }
                    let query = request["ifNoneExist"]
                        .as_str()
                        .ok_or("POST without ifNoneExist")?;
                    match self.search(kind, query).as_slice() {
                        [] => (self.new_id(), "created"),
                        [one] => (one.clone(), "found"),
                        _ => return Err(format!("412: {query} matches more than one")),
                    }
                }
                other => return Err(format!("unexpected method {other}")),
            };
            let full_url = entry["fullUrl"].as_str().ok_or("no fullUrl")?;
            assigned.insert(full_url.to_owned(), (kind.to_owned(), id.clone()));
            outcome.push(result);
            writes.push((kind.to_owned(), id, result, resource.clone()));
        }
        for (kind, id, result, mut resource) in writes {
            rewrite_references(&mut resource, &assigned)?;
            resource["id"] = json!(id);
            let key = (kind, id);
            match result {
                "found" => {} // a conditional create leaves the record as it is
                _ => {
                    let version = self.resources.get(&key).map_or(1, |s| s.version + 1);
                    self.resources.insert(key, Stored { version, resource });
                }
            }
        }
        Ok(outcome)
    }

    fn new_id(&mut self) -> String {
        self.next_id += 1;
        format!("s{}", self.next_id)
    }

    fn of_kind(&self, kind: &str) -> Vec<&Stored> {
        self.resources
            .iter()
            .filter(|((k, _), _)| k == kind)
            .map(|(_, s)| s)
            .collect()
    }

    /// Every reference in the store points at a stored resource (or at a
    /// resource contained in the one that holds it).
    fn assert_references_resolve(&self) {
        for ((kind, id), stored) in &self.resources {
            let mut refs = Vec::new();
            references(&stored.resource, &mut refs);
            for r in refs {
                if r.starts_with('#') {
                    continue;
                }
                let (k, i) = r.split_once('/').expect("Type/id");
                assert!(
                    self.resources.contains_key(&(k.to_owned(), i.to_owned())),
                    "{kind}/{id} points at {r}, which the server does not hold"
                );
            }
        }
    }
}

fn rewrite_references(
    value: &mut Value,
    assigned: &HashMap<String, (String, String)>,
) -> Result<(), String> {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                if let ("reference", Value::String(r)) = (key.as_str(), &*inner) {
                    if r.starts_with("urn:uuid:") {
                        let (kind, id) = assigned
                            .get(r)
                            .ok_or_else(|| format!("{r} is in no entry of the transaction"))?;
                        *inner = json!(format!("{kind}/{id}"));
                    }
                } else {
                    rewrite_references(inner, assigned)?;
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite_references(item, assigned)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn goal_count(server: &Server) -> usize {
    server.of_kind("Goal").len()
}

#[test]
fn a_transaction_sent_twice_updates_in_place() {
    let mut plan = full_plan();
    let bundle = fhir_bundle_for(&plan, &options(BundleKind::Transaction), &identity());
    assert_eq!(bundle["type"], "transaction");
    assert_eq!(bundle["timestamp"], NOW);
    for entry in bundle["entry"].as_array().expect("entries") {
        let request = &entry["request"];
        let kind = entry["resource"]["resourceType"].as_str().expect("type");
        match kind {
            // Never overwrite the record system's own record of a person.
            "Patient" | "Practitioner" | "Organization" => {
                assert_eq!(request["method"], "POST", "{kind}");
                assert!(request["ifNoneExist"]
                    .as_str()
                    .expect("ifNoneExist")
                    .starts_with("identifier="));
            }
            _ => {
                assert_eq!(request["method"], "PUT", "{kind}");
                assert!(request["url"]
                    .as_str()
                    .expect("url")
                    .starts_with(&format!("{kind}?identifier=")));
            }
        }
    }
    let patient_search = bundle["entry"][1]["request"]["ifNoneExist"]
        .as_str()
        .expect("search");
    assert_eq!(
        patient_search, "identifier=https://clinic.example/mrn|MRN%200042%261",
        "the Patient is found by its record number, the value escaped"
    );

    let mut server = Server::default();
    let first = server
        .transaction(&bundle)
        .expect("the first send is filed");
    assert!(first.iter().all(|r| *r == "created"), "{first:?}");
    let held = server.resources.len();
    assert_eq!(held, bundle["entry"].as_array().map_or(0, Vec::len));
    server.assert_references_resolve();

    // The same plan again: nothing new, every plan resource a new version.
    let second = server
        .transaction(&bundle)
        .expect("the second send is filed");
    assert_eq!(server.resources.len(), held, "sent twice, filed once");
    for (result, entry) in second
        .iter()
        .zip(bundle["entry"].as_array().expect("entries"))
    {
        let kind = entry["resource"]["resourceType"].as_str().expect("type");
        let expected = if matches!(kind, "Patient" | "Practitioner") {
            "found"
        } else {
            "updated"
        };
        assert_eq!(*result, expected, "{kind}");
    }
    assert!(server.of_kind("CarePlan").iter().all(|s| s.version == 2));
    assert!(server.of_kind("Patient").iter().all(|s| s.version == 1));
    server.assert_references_resolve();

    // An edit, sent again, changes the goal where it is.
    // (The plan is active, so its goals are locked to edits: set directly.)
    std::rc::Rc::make_mut(&mut plan.goals[0]).statement =
        "Sleep through the night without a drink".into();
    let changed = fhir_bundle_for(&plan, &options(BundleKind::Transaction), &identity());
    server
        .transaction(&changed)
        .expect("the changed plan is filed");
    assert_eq!(server.resources.len(), held);
    assert_eq!(goal_count(&server), plan.goals.len());
    assert!(server.of_kind("Goal").iter().any(|s| {
        s.version == 3
            && s.resource["description"]["text"] == "Sleep through the night without a drink"
    }));

    // Another plan for the same person finds the same Patient.
    let mut other = full_plan();
    other.id = "plan-full-2".into();
    let other = fhir_bundle_for(&other, &options(BundleKind::Transaction), &identity());
    server.transaction(&other).expect("a second plan is filed");
    assert_eq!(
        server.of_kind("Patient").len(),
        1,
        "one person, one Patient"
    );
    assert_eq!(server.of_kind("CarePlan").len(), 2);
    server.assert_references_resolve();

    write(
        "transaction",
        &plan,
        &options(BundleKind::Transaction),
        &identity(),
    );
}

#[test]
fn without_the_host_system_the_own_urns_still_update_in_place() {
    let plan = full_plan();
    let bundle = fhir_bundle_for(
        &plan,
        &options(BundleKind::Transaction),
        &Identity::default(),
    );
    let care_plan = &bundle["entry"][0]["resource"];
    assert_eq!(care_plan["identifier"][0]["system"], "urn:ietf:rfc:3986");
    let value = care_plan["identifier"][0]["value"].as_str().expect("value");
    assert_eq!(
        value,
        format!("urn:uuid:{}", care_plan["id"].as_str().expect("id"))
    );
    let mut server = Server::default();
    server.transaction(&bundle).expect("filed");
    let held = server.resources.len();
    server.transaction(&bundle).expect("filed again");
    assert_eq!(server.resources.len(), held);
    // The model refuses what a server refuses: a condition matching twice.
    let mut twice = Server::default();
    twice.transaction(&bundle).expect("filed");
    let mut copy = bundle.clone();
    copy["entry"][0]["request"] =
        json!({ "method": "POST", "url": "CarePlan", "ifNoneExist": "identifier=urn:x|y" });
    twice
        .transaction(&copy)
        .expect("a second CarePlan with the same identifier");
    assert!(twice.transaction(&bundle).is_err(), "412 when two match");
    write(
        "transaction-bare",
        &plan,
        &options(BundleKind::Transaction),
        &Identity::default(),
    );
}

#[test]
fn a_collection_has_no_requests() {
    let bundle = fhir_bundle_for(&full_plan(), &options(BundleKind::Collection), &identity());
    assert_eq!(bundle["type"], "collection");
    assert!(bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .all(|e| e.get("request").is_none()));
    // A clock that gives something else is left out, not passed on.
    let odd = FhirOptions {
        now: Some("yesterday"),
        ..options(BundleKind::Collection)
    };
    assert!(fhir_bundle_for(&full_plan(), &odd, &identity())
        .get("timestamp")
        .is_none());
}

/// The tags of an XHTML fragment, in order: (name, closing, self-closing).
fn tags(div: &str) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    let mut rest = div;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("every tag ends") + start;
        let inner = &rest[start + 1..end];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        out.push((name, closing, inner.ends_with('/')));
        rest = &rest[end + 1..];
    }
    out
}

#[test]
fn the_narrative_is_the_whole_plan_as_safe_xhtml() {
    // FHIR narrative: only these elements (txt-1), balanced, and text.
    let allowed: HashSet<&str> = [
        "div", "p", "h1", "h2", "h3", "h4", "ul", "li", "dl", "dt", "dd", "table", "caption",
        "thead", "tbody", "tr", "th", "td", "span", "b", "i", "br",
    ]
    .into();
    let hostile = support::hostile_plan("<script>alert(1)</script> & <b onclick=x>");
    for plan in [full_plan(), hostile] {
        let bundle = fhir_bundle_for(&plan, &options(BundleKind::Collection), &identity());
        let care_plan = &bundle["entry"][0]["resource"];
        assert_eq!(care_plan["text"]["status"], "additional");
        let div = care_plan["text"]["div"].as_str().expect("a div");
        assert!(div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\""));
        let mut open = Vec::new();
        for (name, closing, self_closing) in tags(div) {
            assert!(
                allowed.contains(name.as_str()),
                "<{name}> is not allowed in a narrative"
            );
            if closing {
                assert_eq!(open.pop().as_deref(), Some(name.as_str()), "balanced");
            } else if !self_closing {
                open.push(name);
            }
        }
        assert!(open.is_empty(), "every element is closed: {open:?}");
        assert!(!div.contains("<script") && !div.contains("<b onclick"));
        for goal in &plan.goals {
            let statement = goal
                .statement
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                div.contains(&statement),
                "the goal is in the narrative: {statement}"
            );
        }
    }
}

#[test]
fn standard_codes_go_beside_the_words() {
    let plan = full_plan();
    let bundle = fhir_bundle_for(&plan, &options(BundleKind::Collection), &identity());
    let care_plan = &bundle["entry"][0]["resource"];
    let cbt = &care_plan["activity"][0]["detail"]["code"];
    assert_eq!(cbt["text"], "Cognitive behavioral therapy");
    assert_eq!(
        cbt["coding"][0],
        json!({ "system": "http://snomed.info/sct", "code": "228557008", "display": "Cognitive and behavioral therapy" })
    );
    let patient = &bundle["entry"][1]["resource"];
    assert_eq!(patient["communication"][0]["language"]["text"], "English");
    assert_eq!(
        patient["communication"][0]["language"]["coding"][0],
        json!({ "system": "urn:ietf:bcp:47", "code": "en" })
    );
    // Without a catalog, words only.
    let bare = FhirOptions {
        catalog: None,
        ..options(BundleKind::Collection)
    };
    let bundle = fhir_bundle_for(&plan, &bare, &identity());
    assert!(
        bundle["entry"][0]["resource"]["activity"][0]["detail"]["code"]
            .get("coding")
            .is_none()
    );
    // Every code in the built-in catalog is well formed (the catalog check
    // holds them to it) and names a known system.
    let systems = [
        "http://snomed.info/sct",
        "http://www.nlm.nih.gov/research/umls/rxnorm",
    ];
    let coded: Vec<_> = default_catalog()
        .entries
        .iter()
        .flat_map(|e| &e.codes)
        .collect();
    assert!(coded.len() >= 8);
    assert!(coded.iter().all(
        |c| systems.contains(&c.system.as_str()) && c.code.chars().all(|d| d.is_ascii_digit())
    ));
}

fn write(name: &str, plan: &Plan, options: &FhirOptions, identity: &Identity) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fhir");
    std::fs::create_dir_all(&dir).expect("target/fhir can be made");
    std::fs::write(
        dir.join(format!("{name}.en.json")),
        fhir_json_for(plan, options, identity),
    )
    .expect("target/fhir is writable");
}

#[test]
fn fixed_words_follow_the_plans_language_not_the_pages() {
    let (_, spanish) = support::samples()
        .into_iter()
        .find(|(name, _)| name.ends_with(".es"))
        .expect("a Spanish sample");
    assert_eq!(spanish.person.language, "Español");
    let english_page = options(BundleKind::Collection);
    let bundle = fhir_bundle_for(&spanish, &english_page, &Identity::default());
    let care_plan = &bundle["entry"][0]["resource"];
    assert_eq!(care_plan["language"], "es");
    assert_eq!(
        care_plan["category"][0]["text"],
        Lang::Es.print_words().plan_category
    );
    assert_ne!(
        Lang::Es.print_words().plan_category,
        Lang::En.print_words().plan_category
    );
    assert!(care_plan["text"]["div"]
        .as_str()
        .is_some_and(|d| d.contains("lang=\"es\"")));
}

#[test]
fn the_clinicians_record_goes_on_the_problem_list_and_in_the_plan() {
    let mut plan = full_plan();
    plan.assessment.diagnoses =
        "F11.20 Opioid use disorder, moderate\n\n  Major depressive disorder, recurrent \nZ59.0: Homelessness\nU07.1 not a code here\nADHD"
            .into();
    plan.assessment.level_of_care = "ASAM level 1, outpatient".into();
    plan.assessment.level_of_care_rationale =
        "Stable housing with family; no withdrawal risk.".into();
    let bundle = fhir_bundle_for(&plan, &options(BundleKind::Collection), &identity());
    let listed: Vec<&Value> = bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["category"][0]["coding"][0]["code"] == "problem-list-item")
        .collect();
    assert_eq!(listed.len(), 5, "one Condition per line written");
    let codes: Vec<(Value, Value)> = listed
        .iter()
        .map(|c| {
            (
                c["code"]["coding"][0]["code"].clone(),
                c["code"]["text"].clone(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            (json!("F11.20"), json!("Opioid use disorder, moderate")),
            (Value::Null, json!("Major depressive disorder, recurrent")),
            (json!("Z59.0"), json!("Homelessness")),
            (Value::Null, json!("U07.1 not a code here")),
            (Value::Null, json!("ADHD")),
        ]
    );
    assert!(listed
        .iter()
        .all(|c| c["verificationStatus"]["coding"][0]["code"] == "confirmed"));
    assert_eq!(
        listed[0]["code"]["coding"][0]["system"],
        "http://hl7.org/fhir/sid/icd-10-cm"
    );
    let care_plan = &bundle["entry"][0]["resource"];
    let addressed: Vec<&str> = care_plan["addresses"]
        .as_array()
        .expect("addresses")
        .iter()
        .filter_map(|a| a["reference"].as_str())
        .collect();
    for c in &listed {
        let url = format!("urn:uuid:{}", c["id"].as_str().expect("id"));
        assert!(
            addressed.contains(&url.as_str()),
            "the plan addresses {url}"
        );
    }
    assert_eq!(
        care_plan["note"],
        json!([
            { "text": "Level of care the clinician determined: ASAM level 1, outpatient" },
            { "text": "Why this level of care: Stable housing with family; no withdrawal risk." }
        ])
    );
    // Printed and in the narrative too.
    let narrative = care_plan["text"]["div"].as_str().expect("div");
    assert!(narrative.contains("F11.20 Opioid use disorder, moderate"));
    assert!(narrative.contains("ASAM level 1, outpatient"));
    write(
        "clinical-record",
        &plan,
        &options(BundleKind::Collection),
        &identity(),
    );
}
