//! The host page's identity of the person, clinician and organization:
//! printed in the header and at the top of every page, carried into FHIR
//! (Patient.identifier/name/birthDate, a Practitioner as CarePlan.author,
//! an Organization). (It is no part of the plan document, so it cannot
//! reach the plan's JSON or a draft: tests/e2e/identity.test.mjs.) The Bundles are
//! written to target/fhir/ for tests/fhir/validate.py.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use plan_composer::export::fhir::{fhir_bundle_for, fhir_json_for, FhirOptions};
use plan_composer::export::identity::{Gender, Identifier, Identity};
use plan_composer::export::print::{printable_html, printable_html_for, PrintOptions};
use plan_composer::i18n::Lang;
use serde_json::Value;
use std::path::Path;
use support::{date, full_plan};

fn identity() -> Identity {
    Identity {
        record_number: Some(Identifier {
            system: "https://clinic.example/mrn".into(),
            value: "MRN-0042".into(),
        }),
        legal_name: "Jane Q. Example".into(),
        family_name: "Example".into(),
        given_name: "Jane Q.".into(),
        gender: Some(Gender::Female),
        birth_date: Some(date(1990, 4, 1)),
        clinician_name: "Alex Kim".into(),
        clinician_credentials: "LCSW".into(),
        clinician_identifier: Some(Identifier {
            system: "http://hl7.org/fhir/sid/us-npi".into(),
            value: "1245319599".into(),
        }),
        organization_name: "Example Clinic".into(),
        organization_identifier: Some(Identifier {
            system: "http://hl7.org/fhir/sid/us-npi".into(),
            value: "1234567893".into(),
        }),
        plan_identifier_system: "https://clinic.example/fhir/plan-composer".into(),
    }
}

fn practitioner_npi(bundle: &Value) -> &str {
    let id = &resource(bundle, "Practitioner")["identifier"][0];
    assert_eq!(id["system"], "http://hl7.org/fhir/sid/us-npi");
    id["value"].as_str().unwrap_or_default()
}

fn resource<'a>(bundle: &'a Value, kind: &str) -> &'a Value {
    bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == kind)
        .unwrap_or_else(|| panic!("a {kind}"))
}

#[test]
fn the_printout_names_the_person_on_every_page() {
    let plan = full_plan();
    let options = PrintOptions {
        lang: Lang::En,
        today: Some(date(2026, 3, 10)),
        ..PrintOptions::default()
    };
    let html = printable_html_for(&plan, &options, &identity());
    // At the top of every page (CSS margin boxes print on each page).
    assert!(html.contains(
        "@top-left { content: \"Jane Q. Example · Date of birth April 1, 1990 · Record number MRN-0042\""
    ));
    assert!(html.contains("@top-right { content: \"Example Clinic · Alex Kim, LCSW\""));
    // And in the header.
    for text in [
        "Legal name",
        "Jane Q. Example",
        "Date of birth",
        "Record number",
        "MRN-0042",
        "Clinician",
        "Alex Kim, LCSW",
    ] {
        assert!(html.contains(text), "{text} in the header");
    }
    assert!(
        html.contains("<p class=\"clinic\">Example Clinic</p>"),
        "the organization stands for a missing clinic name"
    );
    // Without identity, the name the person chose for the plan, and
    // nothing else of it.
    let plain = printable_html(&plan, &options);
    let chosen = format!("@top-left {{ content: \"{}\"", plan.person.preferred_name);
    assert!(
        !plan.person.preferred_name.is_empty() && plain.contains(&chosen),
        "{chosen}"
    );
    assert!(!plain.contains("Legal name") && !plain.contains("Record number"));
    let mut unnamed = plan.clone();
    unnamed.person.preferred_name.clear();
    assert!(!printable_html(&unnamed, &options).contains("@top-left"));
    // In Spanish too.
    let es = printable_html_for(
        &plan,
        &PrintOptions {
            lang: Lang::Es,
            ..options
        },
        &identity(),
    );
    assert!(
        es.contains("Fecha de nacimiento 1 de abril de 1990")
            && es.contains("Número de expediente MRN-0042")
    );
}

#[test]
fn identity_in_the_printout_is_escaped() {
    let hostile = Identity {
        legal_name: "</style><script>alert(1)</script>\"; }".into(),
        clinician_name: "<b>Kim</b>".into(),
        ..Identity::default()
    };
    let html = printable_html_for(&full_plan(), &PrintOptions::default(), &hostile);
    assert!(
        !html.contains("<script>") && !html.contains("</style><"),
        "no markup gets through"
    );
    assert!(!html.contains("<b>Kim"));
}

#[test]
fn fhir_carries_the_identity() {
    let plan = full_plan();
    let options = FhirOptions {
        lang: Lang::En,
        today: Some(date(2026, 3, 10)),
        ..FhirOptions::default()
    };
    let bundle = fhir_bundle_for(&plan, &options, &identity());
    let patient = resource(&bundle, "Patient");
    assert_eq!(
        patient["identifier"][0]["system"],
        "https://clinic.example/mrn"
    );
    assert_eq!(patient["identifier"][0]["value"], "MRN-0042");
    assert_eq!(patient["name"][0]["use"], "official");
    assert_eq!(patient["name"][0]["text"], "Jane Q. Example");
    assert_eq!(patient["name"][0]["family"], "Example");
    assert_eq!(patient["name"][0]["given"][0], "Jane Q.");
    assert_eq!(patient["gender"], "female");
    assert_eq!(patient["birthDate"], "1990-04-01");
    assert_eq!(
        patient["identifier"][1]["system"], "https://clinic.example/fhir/plan-composer",
        "the plan's own identifier follows the record number"
    );
    assert_eq!(practitioner_npi(&bundle), "1245319599");
    let practitioner = resource(&bundle, "Practitioner");
    assert_eq!(practitioner["name"][0]["text"], "Alex Kim");
    assert_eq!(practitioner["qualification"][0]["code"]["text"], "LCSW");
    let organization = resource(&bundle, "Organization");
    assert_eq!(organization["name"], "Example Clinic");
    assert_eq!(organization["identifier"][0]["value"], "1234567893");
    let care_plan = resource(&bundle, "CarePlan");
    let practitioner_url = format!("urn:uuid:{}", practitioner["id"].as_str().expect("id"));
    assert_eq!(care_plan["author"]["reference"], practitioner_url.as_str());
    assert_eq!(care_plan["author"]["display"], "Alex Kim");
    let organization_url = format!("urn:uuid:{}", organization["id"].as_str().expect("id"));
    assert_eq!(
        patient["managingOrganization"]["reference"],
        organization_url.as_str()
    );
    assert_eq!(
        resource(&bundle, "CareTeam")["managingOrganization"][0]["reference"],
        organization_url.as_str()
    );

    // For the validator: with the identity, and with a system that is not a URI.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fhir");
    std::fs::create_dir_all(&dir).expect("target/fhir can be made");
    std::fs::write(
        dir.join("identity.en.json"),
        fhir_json_for(&plan, &options, &identity()),
    )
    .expect("target/fhir is writable");
    let loose = Identity {
        record_number: Some(Identifier {
            system: "MRN".into(),
            value: " 77 ".into(),
        }),
        ..identity()
    };
    let bundle = fhir_bundle_for(&plan, &options, &loose);
    let id = &resource(&bundle, "Patient")["identifier"][0];
    assert_eq!(id["value"], "77");
    assert!(
        id.get("system").is_none(),
        "a system that is not a URI is left out"
    );
    std::fs::write(
        dir.join("identity-loose.en.json"),
        fhir_json_for(&plan, &options, &loose),
    )
    .expect("target/fhir is writable");
}
