//! Wording that only the outputs need (printable plan, text and FHIR
//! export): the Part 2 notice, signature lines, page numbers. Section
//! headings and field labels are shared with the view, in words.rs.
//!
//! One struct value per language: a missing word is a compile error.

use super::Lang;

#[derive(Debug)]
pub struct PrintWords {
    /// The document's title in the header.
    pub document_title: &'static str,
    /// Shown for a section that has nothing in it yet.
    pub not_filled_in: &'static str,
    pub printed_on: &'static str,
    /// Page numbers at the foot of each page: "Page 2 of 5".
    pub page: &'static str,
    pub page_of: &'static str,
    /// The 42 CFR Part 2 notice, heading and body.
    pub part2_heading: &'static str,
    pub part2_notice: &'static str,
    /// Column heads of the blank lines to sign by hand.
    pub sign_here: &'static str,
    pub printed_name: &'static str,
    /// What a signature says, printed above the signatures.
    pub attestation: &'static str,
    /// Under the signatures when some signed an earlier revision.
    pub earlier_revision: &'static str,
    pub copy_given: &'static str,
    pub copy_not_given: &'static str,
    /// The boxed group with people and lines to call.
    pub who_to_call: &'static str,
    /// The kind of service a plan component is.
    pub category: &'static str,
    /// A review that changed nothing.
    pub no_changes: &'static str,
    /// FHIR CarePlan.category text.
    pub plan_category: &'static str,
    /// The host page's identity of the person and clinician (header and
    /// the top of every page).
    pub legal_name: &'static str,
    pub birth_date: &'static str,
    pub record_number: &'static str,
    pub clinician: &'static str,
    pub organization: &'static str,
}

static ENGLISH: PrintWords = PrintWords {
    document_title: "Individualized Treatment Plan",
    not_filled_in: "Not filled in.",
    printed_on: "Printed on",
    page: "Page",
    page_of: "of",
    part2_heading: "Confidential: protected by federal law",
    part2_notice: "This plan is a substance use disorder record. Federal law (42 CFR Part 2) \
        protects it. It must not be shared again with anyone without the written consent \
        of the person it is about, unless the law allows it.",
    sign_here: "Signature",
    printed_name: "Printed name",
    attestation: "I took part in making this plan and I agree with it.",
    earlier_revision: "A signature of an earlier revision signed the plan as it was then. \
        This revision needs new signatures.",
    copy_given: "The person received a copy of this plan.",
    copy_not_given: "The person has not yet received a copy of this plan.",
    who_to_call: "Who to call",
    category: "Kind of service",
    no_changes: "No changes.",
    plan_category: "Treatment plan for substance use",
    legal_name: "Legal name",
    birth_date: "Date of birth",
    record_number: "Record number",
    clinician: "Clinician",
    organization: "Organization",
};

static SPANISH: PrintWords = PrintWords {
    document_title: "Plan de tratamiento individualizado",
    not_filled_in: "Sin completar.",
    printed_on: "Impreso el",
    page: "Página",
    page_of: "de",
    part2_heading: "Confidencial: protegido por la ley federal",
    part2_notice: "Este plan es un registro sobre un trastorno por uso de sustancias. La ley \
        federal (42 CFR Parte 2) lo protege. No se debe volver a compartir con nadie sin el \
        permiso por escrito de la persona, a menos que la ley lo permita.",
    sign_here: "Firma",
    printed_name: "Nombre en letra de molde",
    attestation: "Participé en la elaboración de este plan y estoy de acuerdo con él.",
    earlier_revision: "Una firma de una revisión anterior firmó el plan como estaba entonces. \
        Esta revisión necesita firmas nuevas.",
    copy_given: "La persona recibió una copia de este plan.",
    copy_not_given: "La persona todavía no ha recibido una copia de este plan.",
    who_to_call: "A quién llamar",
    category: "Tipo de servicio",
    no_changes: "Sin cambios.",
    plan_category: "Plan de tratamiento para el uso de sustancias",
    legal_name: "Nombre legal",
    birth_date: "Fecha de nacimiento",
    record_number: "Número de expediente",
    clinician: "Clínico",
    organization: "Organización",
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
