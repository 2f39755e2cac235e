//! Wording that only the outputs need (printable plan, text and FHIR
//! export): the Part 2 notice, signature lines, page numbers. Section
//! headings and field labels are shared with the view, in words.rs.
//!
//! One struct value per language: a missing word is a compile error.

use super::Lang;
use crate::plan::ContributorRole;

pub struct PrintWords {
    /// The document's title in the header.
    pub document_title: &'static str,
    /// Shown for a section that has nothing in it yet.
    pub not_filled_in: &'static str,
    pub revision: &'static str,
    pub status: &'static str,
    pub date: &'static str,
    pub printed_on: &'static str,
    /// Before the page number at the foot of each page ("Page 2").
    pub page: &'static str,
    /// The 42 CFR Part 2 notice, heading and body.
    pub part2_heading: &'static str,
    pub part2_notice: &'static str,
    pub signatures: &'static str,
    pub signed_by: &'static str,
    pub sign_here: &'static str,
    pub name: &'static str,
    pub role: &'static str,
    pub copy_given: &'static str,
    pub copy_not_given: &'static str,
    /// The boxed section with people and lines to call.
    pub who_to_call: &'static str,
    pub crisis_lines: &'static str,
    pub serves_goals: &'static str,
    pub changes: &'static str,
    pub reason: &'static str,
    pub reviewed_by: &'static str,
    pub no_changes: &'static str,
    /// FHIR CarePlan.category text and CareTeam.name.
    pub plan_category: &'static str,
    pub care_team: &'static str,
    pub roles: [&'static str; 5],
}

impl PrintWords {
    /// A contributor's role, for the FHIR CareTeam.
    pub fn contributor_role(&self, role: ContributorRole) -> &'static str {
        let index = match role {
            ContributorRole::Person => 0,
            ContributorRole::Clinician => 1,
            ContributorRole::Family => 2,
            ContributorRole::Peer => 3,
            ContributorRole::Other => 4,
        };
        self.roles[index]
    }
}

static ENGLISH: PrintWords = PrintWords {
    document_title: "Individualized Treatment Plan",
    not_filled_in: "Not filled in.",
    revision: "Revision",
    status: "Status",
    date: "Date",
    printed_on: "Printed on",
    page: "Page",
    part2_heading: "Confidential record",
    part2_notice: "This plan is a substance use disorder record. Federal law (42 CFR Part 2) \
        protects it. It must not be shared again with anyone without the written consent \
        of the person it is about, except as the law allows.",
    signatures: "Signatures",
    signed_by: "Signed by",
    sign_here: "Signature",
    name: "Name",
    role: "Role",
    copy_given: "The person received a copy of this plan.",
    copy_not_given: "The person has not yet received a copy of this plan.",
    who_to_call: "Who to call",
    crisis_lines: "Crisis lines",
    serves_goals: "Serves",
    changes: "What changed",
    reason: "Why",
    reviewed_by: "Reviewed by",
    no_changes: "No changes.",
    plan_category: "Treatment plan for substance use",
    care_team: "Care team",
    roles: ["The person", "Clinician", "Family", "Peer support", "Other"],
};

static SPANISH: PrintWords = PrintWords {
    document_title: "Plan de tratamiento individualizado",
    not_filled_in: "Sin completar.",
    revision: "Revisión",
    status: "Estado",
    date: "Fecha",
    printed_on: "Impreso el",
    page: "Página",
    part2_heading: "Registro confidencial",
    part2_notice: "Este plan es un registro sobre el trastorno por uso de sustancias. La ley \
        federal (42 CFR Parte 2) lo protege. No se debe volver a compartir con nadie sin el \
        permiso por escrito de la persona, salvo lo que permita la ley.",
    signatures: "Firmas",
    signed_by: "Firmado por",
    sign_here: "Firma",
    name: "Nombre",
    role: "Función",
    copy_given: "La persona recibió una copia de este plan.",
    copy_not_given: "La persona todavía no ha recibido una copia de este plan.",
    who_to_call: "A quién llamar",
    crisis_lines: "Líneas de crisis",
    serves_goals: "Sirve a",
    changes: "Qué cambió",
    reason: "Por qué",
    reviewed_by: "Revisado por",
    no_changes: "Sin cambios.",
    plan_category: "Plan de tratamiento para el uso de sustancias",
    care_team: "Equipo de atención",
    roles: ["La persona", "Profesional clínico", "Familia", "Apoyo de pares", "Otro"],
};

impl Lang {
    /// Wording for the printable plan and the other exports.
    pub fn print_words(self) -> &'static PrintWords {
        match self {
            Lang::En => &ENGLISH,
            Lang::Es => &SPANISH,
        }
    }
}
