//! The words of the plan itself: section headings, field labels and the
//! names of choices. The view, the printable plan and the text export all
//! use these, so a field is called the same thing everywhere.
//!
//! One `Words` value per language. Every field must be filled, and every
//! choice list has one entry per choice (each array's length is its type's
//! `EnumCount::COUNT`), so a missing word is a compile error.

use super::Lang;
use crate::plan::edit::{AftercareField, AssessmentField, RiskArea, TextList};
use crate::plan::{
    Achievement, ComponentCategory, ContributorRole, GoalLifecycle, PlanStatus, Priority,
    ReviewCadence, SignerRole, StageOfChange,
};
use strum::EnumCount;

/// Section headings and field labels of a plan, in one language.
#[derive(Debug)]
pub struct Words {
    // The steps of the guide, which are also the plan's sections.
    pub step_person: &'static str,
    pub step_assessment: &'static str,
    pub step_needs: &'static str,
    pub step_goals: &'static str,
    pub step_components: &'static str,
    pub step_relapse: &'static str,
    pub step_aftercare: &'static str,
    pub step_finish: &'static str,

    // The plan as a whole.
    pub plan_title: &'static str,
    pub plan_status: &'static str,
    pub revision: &'static str,
    pub created: &'static str,
    pub effective_date: &'static str,

    // About the person.
    pub preferred_name: &'static str,
    pub pronouns: &'static str,
    pub language: &'static str,
    pub culture_identity: &'static str,
    pub care_team: &'static str,
    pub member_name: &'static str,
    pub member_role: &'static str,
    pub member_contact: &'static str,
    pub contributors: &'static str,
    pub contributor_name: &'static str,
    pub contributor_role: &'static str,

    // Assessment.
    pub substances: &'static str,
    pub substance: &'static str,
    pub pattern: &'static str,
    pub route: &'static str,
    pub age_of_onset: &'static str,
    pub last_use: &'static str,
    pub readiness: &'static str,
    pub stage_of_change: &'static str,
    pub readiness_ruler: &'static str,
    pub risk_view: &'static str,
    pub risk_view_note: &'static str,
    pub risk_scale: [&'static str; 5],

    // Needs.
    pub need: &'static str,
    pub findings: &'static str,

    // Goals.
    pub goal: &'static str,
    pub measure: &'static str,
    pub target: &'static str,
    pub due: &'static str,
    pub priority: &'static str,
    pub lifecycle: &'static str,
    pub achievement: &'static str,
    pub confidence: &'static str,
    pub expressed_by: &'static str,
    pub addresses: &'static str,
    pub objectives: &'static str,
    pub objective: &'static str,
    pub interventions: &'static str,

    // Plan components.
    /// A service's name (the review calls a change there "wording").
    pub component_name: &'static str,
    pub details: &'static str,
    pub frequency: &'static str,
    pub setting: &'static str,
    pub responsible: &'static str,
    pub start: &'static str,
    pub serves_goals: &'static str,

    // Relapse prevention.
    pub contacts: &'static str,
    pub contact_name: &'static str,
    pub relation: &'static str,
    pub phone: &'static str,
    pub lapse_plan: &'static str,
    pub crisis_lines: &'static str,
    pub crisis_line_name: &'static str,
    pub crisis_line_number: &'static str,

    // Aftercare and review.
    pub aftercare: &'static str,
    pub review_schedule: &'static str,
    pub cadence: &'static str,
    pub next_review: &'static str,
    pub review_history: &'static str,
    pub review_date: &'static str,
    pub reviewed_by: &'static str,
    pub review_changes: &'static str,
    pub review_reason: &'static str,

    // Consent.
    pub signatures: &'static str,
    pub signature_name: &'static str,
    pub signature_role: &'static str,
    pub signature_date: &'static str,
    pub signature_time: &'static str,
    pub signature_credentials: &'static str,
    /// "Signed revision", before the revision's number.
    pub signed_revision: &'static str,
    pub copy_given: &'static str,

    // Choices, in the order the choice types declare them; each array is
    // as long as its type has members, so a new member cannot compile
    // without its words (strum's EnumCount).
    statuses: [&'static str; PlanStatus::COUNT],
    roles: [&'static str; ContributorRole::COUNT],
    signer_roles: [&'static str; SignerRole::COUNT],
    stages: [&'static str; StageOfChange::COUNT],
    priorities: [&'static str; Priority::COUNT],
    lifecycles: [&'static str; GoalLifecycle::COUNT],
    achievements: [&'static str; Achievement::COUNT],
    categories: [&'static str; ComponentCategory::COUNT],
    cadences: [&'static str; ReviewCadence::COUNT],
    risk_areas: [&'static str; RiskArea::COUNT],
    assessment_fields: [&'static str; AssessmentField::COUNT],
    aftercare_fields: [&'static str; AftercareField::COUNT],
    text_lists: [&'static str; TextList::COUNT],
}

impl Words {
    pub fn status(&self, v: PlanStatus) -> &'static str {
        self.statuses[v as usize]
    }
    pub fn role(&self, v: ContributorRole) -> &'static str {
        self.roles[v as usize]
    }
    pub fn signer_role(&self, v: SignerRole) -> &'static str {
        self.signer_roles[v as usize]
    }
    pub fn stage(&self, v: StageOfChange) -> &'static str {
        self.stages[v as usize]
    }
    pub fn priority(&self, v: Priority) -> &'static str {
        self.priorities[v as usize]
    }
    pub fn lifecycle(&self, v: GoalLifecycle) -> &'static str {
        self.lifecycles[v as usize]
    }
    pub fn achievement(&self, v: Achievement) -> &'static str {
        self.achievements[v as usize]
    }
    pub fn category(&self, v: ComponentCategory) -> &'static str {
        self.categories[v as usize]
    }
    pub fn cadence(&self, v: ReviewCadence) -> &'static str {
        self.cadences[v as usize]
    }
    pub fn risk_area(&self, v: RiskArea) -> &'static str {
        self.risk_areas[v as usize]
    }
    pub fn assessment_field(&self, v: AssessmentField) -> &'static str {
        self.assessment_fields[v as usize]
    }
    pub fn aftercare_field(&self, v: AftercareField) -> &'static str {
        self.aftercare_fields[v as usize]
    }
    pub fn text_list(&self, v: TextList) -> &'static str {
        self.text_lists[v as usize]
    }
    /// The neutral wording of a 0-4 rating in the risk view.
    pub fn risk_rating(&self, rating: u8) -> &'static str {
        self.risk_scale
            .get(usize::from(rating))
            .copied()
            .unwrap_or_default()
    }
}

impl Lang {
    /// The plan's words in this language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &ENGLISH,
            Lang::Es => &SPANISH,
        }
    }
}

static ENGLISH: Words = Words {
    step_person: "About the person",
    step_assessment: "Assessment",
    step_needs: "Needs",
    step_goals: "Goals",
    step_components: "Services and supports",
    step_relapse: "Relapse prevention",
    step_aftercare: "Aftercare and review",
    step_finish: "Review and finish",

    plan_title: "Plan title",
    plan_status: "Plan status",
    revision: "Revision",
    created: "Created",
    effective_date: "Plan start date",

    preferred_name: "Preferred name or initials",
    pronouns: "Pronouns",
    language: "Preferred language",
    culture_identity: "Culture and identity",
    care_team: "Care team",
    member_name: "Name",
    member_role: "Role",
    member_contact: "Contact",
    contributors: "Who is taking part",
    contributor_name: "Name",
    contributor_role: "Taking part as",

    substances: "Substance use history",
    substance: "Substance",
    pattern: "Pattern of use",
    route: "How it is used",
    age_of_onset: "Age at first use",
    last_use: "Last use",
    readiness: "Readiness to change",
    stage_of_change: "Stage of change",
    readiness_ruler: "Readiness ruler (0 = not ready, 10 = very ready)",
    risk_view: "Six-area view (optional)",
    risk_view_note: "0 means no concern and 4 means very high concern. This view helps the team talk; it does not decide a level of care.",
    risk_scale: ["0 – no concern", "1 – mild", "2 – moderate", "3 – high", "4 – very high"],

    need: "Need, in the person's words",
    findings: "Comes from",

    goal: "Goal, in the person's own words",
    measure: "How we will measure it",
    target: "Target",
    due: "Due date",
    priority: "Priority",
    lifecycle: "Goal status",
    achievement: "Progress",
    confidence: "How sure the person feels they can do it (0-10)",
    expressed_by: "In whose words",
    addresses: "Needs it works on",
    objectives: "Objectives (steps toward the goal)",
    objective: "Objective",
    interventions: "Services that help with this step",

    component_name: "Service",
    details: "Details",
    frequency: "How often",
    setting: "Where",
    responsible: "Who is responsible",
    start: "Start date",
    serves_goals: "Helps with goals",

    contacts: "People to call",
    contact_name: "Name",
    relation: "Relation",
    phone: "Phone",
    lapse_plan: "What to do after a lapse",
    crisis_lines: "Crisis lines",
    crisis_line_name: "Name",
    crisis_line_number: "Number",

    aftercare: "Long-term support",
    review_schedule: "Review schedule",
    cadence: "How often we review the plan",
    next_review: "Next review date",
    review_history: "Past reviews",
    review_date: "Date",
    reviewed_by: "Reviewed by",
    review_changes: "What changed",
    review_reason: "Why",

    signatures: "Signatures",
    signature_name: "Typed name",
    signature_role: "Role",
    signature_date: "Date",
    signature_time: "Time",
    signature_credentials: "Credentials or title",
    signed_revision: "Signed revision",
    copy_given: "The person received a copy of this plan",

    statuses: ["Draft", "Active", "Under review", "Completed"],
    roles: ["Person in recovery", "Clinician", "Family member", "Peer supporter", "Other"],
    signer_roles: ["Person in recovery", "Clinician", "Guardian or representative", "Supervisor"],
    stages: [
        "Not yet thinking about change",
        "Thinking about change",
        "Getting ready to change",
        "Making changes",
        "Keeping changes going",
    ],
    priorities: ["High", "Medium", "Low"],
    lifecycles: ["Proposed", "Active", "On hold", "Completed", "Cancelled"],
    achievements: [
        "In progress",
        "Improving",
        "Getting harder",
        "No change yet",
        "Achieved",
        "Not achieved",
    ],
    categories: [
        "Withdrawal management",
        "Medication for substance use disorder",
        "Evidence-based therapies",
        "Complementary therapies",
        "Support networks",
        "Relapse prevention",
        "Aftercare",
        "Monitoring and review",
    ],
    cadences: ["Every week", "Every two weeks", "Every month", "Every three months"],
    risk_areas: [
        "Intoxication and withdrawal",
        "Physical health",
        "Emotions and thinking",
        "Readiness to change",
        "Risk of continued use",
        "Recovery environment",
    ],
    assessment_fields: [
        "Withdrawal risk",
        "Physical health",
        "Mental health",
        "Co-occurring conditions",
        "Trauma",
        "Family background",
        "Social support",
        "Living situation",
        "Work or school stress",
        "Spiritual needs",
        "Past treatment",
        "Current medications",
    ],
    aftercare_fields: [
        "Support groups",
        "Community programs",
        "Continued therapy",
        "Learning resources",
        "Family support network",
    ],
    text_lists: [
        "Strengths",
        "Preferences (for example group or one-to-one, best times)",
        "Triggers",
        "Outside triggers (people, places, things)",
        "Inside triggers (feelings, thoughts)",
        "Early warning signs",
        "Ways to cope",
    ],
};

static SPANISH: Words = Words {
    step_person: "Sobre la persona",
    step_assessment: "Evaluación",
    step_needs: "Necesidades",
    step_goals: "Metas",
    step_components: "Servicios y apoyos",
    step_relapse: "Prevención de recaídas",
    step_aftercare: "Apoyo continuo y revisión",
    step_finish: "Revisar y terminar",

    plan_title: "Título del plan",
    plan_status: "Estado del plan",
    revision: "Revisión",
    created: "Creado",
    effective_date: "Fecha de inicio del plan",

    preferred_name: "Nombre preferido o iniciales",
    pronouns: "Pronombres",
    language: "Idioma preferido",
    culture_identity: "Cultura e identidad",
    care_team: "Equipo de atención",
    member_name: "Nombre",
    member_role: "Función",
    member_contact: "Contacto",
    contributors: "Quiénes participan",
    contributor_name: "Nombre",
    contributor_role: "Participa como",

    substances: "Historial de uso de sustancias",
    substance: "Sustancia",
    pattern: "Patrón de uso",
    route: "Forma de uso",
    age_of_onset: "Edad del primer uso",
    last_use: "Último uso",
    readiness: "Disposición para el cambio",
    stage_of_change: "Etapa de cambio",
    readiness_ruler: "Regla de disposición (0 = no está listo, 10 = muy listo)",
    risk_view: "Vista de seis áreas (opcional)",
    risk_view_note: "0 significa ninguna preocupación y 4 significa preocupación muy alta. Esta vista ayuda al equipo a conversar; no decide un nivel de atención.",
    risk_scale: ["0 – ninguna", "1 – leve", "2 – moderada", "3 – alta", "4 – muy alta"],

    need: "Necesidad, en palabras de la persona",
    findings: "Viene de",

    goal: "Meta, en palabras de la persona",
    measure: "Cómo la vamos a medir",
    target: "Objetivo numérico",
    due: "Fecha límite",
    priority: "Prioridad",
    lifecycle: "Estado de la meta",
    achievement: "Avance",
    confidence: "Qué tan segura se siente la persona de lograrlo (0-10)",
    expressed_by: "En palabras de quién",
    addresses: "Necesidades que atiende",
    objectives: "Objetivos (pasos hacia la meta)",
    objective: "Objetivo",
    interventions: "Servicios que ayudan con este paso",

    component_name: "Servicio",
    details: "Detalles",
    frequency: "Con qué frecuencia",
    setting: "Dónde",
    responsible: "Persona responsable",
    start: "Fecha de inicio",
    serves_goals: "Ayuda con las metas",

    contacts: "Personas a quienes llamar",
    contact_name: "Nombre",
    relation: "Relación",
    phone: "Teléfono",
    lapse_plan: "Qué hacer después de un desliz",
    crisis_lines: "Líneas de crisis",
    crisis_line_name: "Nombre",
    crisis_line_number: "Número",

    aftercare: "Apoyo a largo plazo",
    review_schedule: "Calendario de revisión",
    cadence: "Cada cuánto revisamos el plan",
    next_review: "Próxima revisión",
    review_history: "Revisiones anteriores",
    review_date: "Fecha",
    reviewed_by: "Revisado por",
    review_changes: "Qué cambió",
    review_reason: "Por qué",

    signatures: "Firmas",
    signature_name: "Nombre escrito",
    signature_role: "Función",
    signature_date: "Fecha",
    signature_time: "Hora",
    signature_credentials: "Credenciales o cargo",
    signed_revision: "Firmó la revisión",
    copy_given: "La persona recibió una copia de este plan",

    statuses: ["Borrador", "Activo", "En revisión", "Terminado"],
    signer_roles: [
        "Persona en recuperación",
        "Profesional clínico",
        "Tutor o representante",
        "Supervisor",
    ],
    roles: [
        "Persona en recuperación",
        "Profesional clínico",
        "Familiar",
        "Compañero de apoyo",
        "Otro",
    ],
    stages: [
        "Todavía no piensa en cambiar",
        "Piensa en cambiar",
        "Se prepara para cambiar",
        "Está haciendo cambios",
        "Mantiene los cambios",
    ],
    priorities: ["Alta", "Media", "Baja"],
    lifecycles: ["Propuesta", "Activa", "En pausa", "Terminada", "Cancelada"],
    achievements: [
        "En curso",
        "Mejorando",
        "Se está haciendo más difícil",
        "Sin cambios todavía",
        "Lograda",
        "No lograda",
    ],
    categories: [
        "Manejo de la abstinencia",
        "Medicamentos para el trastorno por uso de sustancias",
        "Terapias basadas en evidencia",
        "Terapias complementarias",
        "Redes de apoyo",
        "Prevención de recaídas",
        "Apoyo continuo",
        "Seguimiento y revisión",
    ],
    cadences: ["Cada semana", "Cada dos semanas", "Cada mes", "Cada tres meses"],
    risk_areas: [
        "Intoxicación y abstinencia",
        "Salud física",
        "Emociones y pensamiento",
        "Disposición para el cambio",
        "Riesgo de seguir usando",
        "Entorno de recuperación",
    ],
    assessment_fields: [
        "Riesgo de abstinencia",
        "Salud física",
        "Salud mental",
        "Condiciones concurrentes",
        "Trauma",
        "Historia familiar",
        "Apoyo social",
        "Situación de vivienda",
        "Estrés en el trabajo o la escuela",
        "Necesidades espirituales",
        "Tratamientos anteriores",
        "Medicamentos actuales",
    ],
    aftercare_fields: [
        "Grupos de apoyo",
        "Programas comunitarios",
        "Terapia continua",
        "Recursos para aprender",
        "Red de apoyo familiar",
    ],
    text_lists: [
        "Fortalezas",
        "Preferencias (por ejemplo en grupo o individual, mejores horarios)",
        "Detonantes",
        "Detonantes externos (personas, lugares, cosas)",
        "Detonantes internos (sentimientos, pensamientos)",
        "Señales tempranas de alerta",
        "Formas de afrontar",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_lists_follow_the_declared_order_of_their_choices() {
        let en = Lang::En.words();
        assert_eq!(
            en.stage(StageOfChange::Maintenance),
            "Keeping changes going"
        );
        assert_eq!(en.achievement(Achievement::NotAchieved), "Not achieved");
        assert_eq!(
            en.category(ComponentCategory::Monitoring),
            "Monitoring and review"
        );
        assert_eq!(
            en.assessment_field(AssessmentField::CurrentMedications),
            "Current medications"
        );
        assert_eq!(en.text_list(TextList::CopingStrategies), "Ways to cope");
        assert_eq!(
            en.risk_area(RiskArea::RecoveryEnvironment),
            "Recovery environment"
        );
        assert_eq!(
            Lang::Es.words().status(PlanStatus::UnderReview),
            "En revisión"
        );
        assert_eq!(
            Lang::Es.words().cadence(ReviewCadence::EveryThreeMonths),
            "Cada tres meses"
        );
    }

    #[test]
    fn risk_ratings_outside_the_scale_have_no_words() {
        assert_eq!(Lang::En.words().risk_rating(4), "4 – very high");
        assert_eq!(Lang::En.words().risk_rating(5), "");
    }
}
