//! Who the plan is for and who writes it, as the host page knows them: the
//! person's record number, legal name and date of birth, the signed-in
//! clinician, the organization. Given with each mount, never part of the
//! plan document (so never in its JSON, a draft or undo): it is printed on
//! every page of the printable plan, fills the FHIR Patient, author and
//! Organization, and prefills the clinician's signature. Pure.

use super::clean::clean;
use crate::plan::PlanDate;

/// A record number (or any identifier) and the system that issues it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Identifier {
    /// An absolute URI naming the issuer's numbering (FHIR
    /// `Identifier.system`), e.g. "https://clinic.example/mrn"; may be empty.
    pub system: String,
    pub value: String,
}

/// FHIR's administrative gender, as the record system holds it (US Core
/// Patient needs one). Never asked of the person by the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Other,
    Unknown,
}

impl Gender {
    /// The FHIR code, which is also how a host writes it.
    pub fn code(self) -> &'static str {
        match self {
            Gender::Male => "male",
            Gender::Female => "female",
            Gender::Other => "other",
            Gender::Unknown => "unknown",
        }
    }

    pub fn from_code(code: &str) -> Option<Gender> {
        [Gender::Male, Gender::Female, Gender::Other, Gender::Unknown]
            .into_iter()
            .find(|g| g.code() == code)
    }
}

/// What the host page knows of the people and the place; every part may
/// be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Identity {
    pub record_number: Option<Identifier>,
    pub legal_name: String,
    /// The legal name in parts, for a record system that matches on them
    /// (FHIR `HumanName.family` and `given`).
    pub family_name: String,
    pub given_name: String,
    pub gender: Option<Gender>,
    pub birth_date: Option<PlanDate>,
    pub clinician_name: String,
    pub clinician_credentials: String,
    /// The clinician's number, e.g. an NPI.
    pub clinician_identifier: Option<Identifier>,
    pub organization_name: String,
    pub organization_identifier: Option<Identifier>,
    /// The URI under which the host numbers the resources of a plan in a
    /// FHIR server (`Identifier.system`), so a plan sent twice updates
    /// itself. Empty: the widget's own stable URNs.
    pub plan_identifier_system: String,
}

impl Identity {
    /// Nothing given at all.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The record number's value as printed, if there is one.
    pub fn record_value(&self) -> Option<String> {
        self.record_number
            .as_ref()
            .map(|r| clean(&r.value))
            .filter(|v| !v.is_empty())
    }

    /// The legal name as printed: as given whole, or else from its parts.
    pub fn printed_legal_name(&self) -> String {
        match clean(&self.legal_name) {
            name if name.is_empty() => join_nonempty(&[&self.given_name, &self.family_name], " "),
            name => name,
        }
    }

    /// The clinician as printed: "Dr. Alex Kim, MD".
    pub fn clinician(&self) -> String {
        join_nonempty(&[&self.clinician_name, &self.clinician_credentials], ", ")
    }
}

/// The parts that have text after cleaning, joined by `separator`.
pub fn join_nonempty(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .map(|p| clean(p))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

/// Whether `system` can be a FHIR `Identifier.system`: an absolute URI
/// (a URL or a URN), with no spaces.
pub fn is_identifier_system(system: &str) -> bool {
    crate::plan::catalog::is_absolute_uri(system)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_printed_parts() {
        assert!(Identity::default().is_empty());
        let identity = Identity {
            clinician_name: " Alex Kim ".into(),
            clinician_credentials: "MD".into(),
            record_number: Some(Identifier {
                system: String::new(),
                value: "  ".into(),
            }),
            ..Identity::default()
        };
        assert!(!identity.is_empty());
        assert_eq!(identity.clinician(), "Alex Kim, MD");
        assert_eq!(
            identity.record_value(),
            None,
            "a blank record number is none"
        );
    }

    #[test]
    fn identifier_systems() {
        assert!(is_identifier_system("https://clinic.example/mrn"));
        assert!(is_identifier_system("urn:oid:2.16.840.1.113883.19.5"));
        assert!(!is_identifier_system("MRN"));
        assert!(!is_identifier_system("https://clinic example/mrn"));
        assert!(!is_identifier_system("urn:"));
    }
}
