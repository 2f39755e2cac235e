//! The plan document: every section of an Individualized Treatment Plan.
//!
//! Field names here are the JSON format: renaming one is a format change
//! (bump `SCHEMA_VERSION` and add a migration step).

use super::date::PlanDate;
use super::read::{format_structs, read_choice, read_with_serde};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The version of the JSON format this build writes and reads.
pub const SCHEMA_VERSION: u32 = 3;

/// Derives shared by every document type, and its reader (`format_structs!`).
macro_rules! document_type {
    ($($types:tt)*) => {
        format_structs! { (Debug, Clone, PartialEq, Eq) $($types)* }
    };
}

/// Derives shared by the closed lists of choices (stored as snake_case
/// words), read by name (`read_choice!`).
macro_rules! choice_type {
    ($(
        $(#[$attr:meta])*
        pub enum $name:ident { $($body:tt)* }
    )*) => {
        $(
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
            #[derive(strum::VariantArray, strum::VariantNames, strum::EnumCount)]
            #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
            #[serde(rename_all = "snake_case")]
            #[strum(serialize_all = "snake_case")]
            $(#[$attr])*
            pub enum $name { $($body)* }

            read_choice!($name);
        )*
    };
}
pub(crate) use choice_type;

document_type! {
    /// What marks a synthetic example.
    pub struct Synthetic {
        /// The day its dates were written for.
        pub dates_as_of: PlanDate,
    }

    /// One person's plan.
    pub struct Plan {
        pub schema_version: u32,
        pub id: String,
        #[serde(default)]
        pub title: String,
        /// Set on a synthetic example (a teaching case, a demo): it is
        /// marked as such in every export, and its dates stay as near to
        /// the day it is opened as they were to `dates_as_of`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub synthetic: Option<Synthetic>,
        #[serde(default)]
        pub created: Option<PlanDate>,
        /// The day the plan takes effect, as agreed (not the day it was typed).
        #[serde(default)]
        pub effective_date: Option<PlanDate>,
        /// When the plan as a whole aims to be done, as agreed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub target_date: Option<PlanDate>,
        #[serde(default = "first_revision")]
        pub revision: u32,
        #[serde(default)]
        pub status: PlanStatus,
        /// The next number used to give a new item its id; never reused,
        /// so a removed item's id cannot come back meaning something else.
        #[serde(default = "first_revision")]
        pub next_id: u32,
        #[serde(default)]
        pub person: Person,
        #[serde(default)]
        pub care_team: Vec<CareTeamMember>,
        #[serde(default)]
        pub contributors: Vec<Contributor>,
        #[serde(default)]
        pub assessment: Assessment,
        #[serde(default)]
        pub needs: Vec<Need>,
        // Shared with the undo history's other snapshots and with the view:
        // an edit copies only the goal it changes (`Rc::make_mut`), so an
        // unchanged goal stays the same pointer from one snapshot to the
        // next. (Not a doc comment: that would change the JSON Schema.)
        #[serde(default)]
        pub goals: Vec<Rc<Goal>>,
        #[serde(default)]
        pub components: Vec<Component>,
        #[serde(default)]
        pub relapse_prevention: RelapsePrevention,
        #[serde(default)]
        pub aftercare: Aftercare,
        #[serde(default)]
        pub review: ReviewSchedule,
        /// Standard instruments taken (plan::instrument), oldest first.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub measurements: Vec<Measurement>,
        #[serde(default)]
        pub consent: Consent,
    }

    /// One time a standard instrument was taken, scored on the device. Its
    /// names, codes and bands are kept as they were worked out, so the plan
    /// reads the same where the instrument's definition is not at hand.
    pub struct Measurement {
        pub id: String,
        /// The instrument's id, e.g. "phq-9".
        pub instrument: String,
        /// Its short name as shown when taken, e.g. "PHQ-9".
        pub name: String,
        /// LOINC code of the form, or "".
        #[serde(default)]
        pub loinc: String,
        pub date: PlanDate,
        pub answers: Vec<Answer>,
        pub scores: Vec<Score>,
    }

    /// The value of one answered item.
    pub struct Answer {
        pub item: String,
        pub value: u8,
    }

    /// One score of a measurement.
    pub struct Score {
        /// The score's id in the instrument, e.g. "total".
        pub id: String,
        pub name: String,
        pub value: u32,
        /// The highest value the score can have.
        pub max: u32,
        /// LOINC code of the score, or "".
        #[serde(default)]
        pub loinc: String,
        pub better: Direction,
        /// The published band the value falls in, as worded then; "" when
        /// the score has no bands.
        #[serde(default)]
        pub band: String,
    }

    /// A goal measured by an instrument's score: "PHQ-9 total below 10".
    pub struct ScoreTarget {
        pub instrument: String,
        /// The score's id in the instrument.
        pub score: String,
        /// The score's name as shown when the target was set ("PHQ-9
        /// Total score"), kept like a measurement's.
        pub name: String,
        pub comparator: Comparator,
        pub value: u32,
    }

    /// How a goal or objective is going, as noted at a review.
    pub struct Progress {
        /// The goal's or objective's id.
        pub item: String,
        pub status: ProgressStatus,
        #[serde(default)]
        pub note: String,
    }

    /// A short piece of text in a list (a strength, a trigger, a coping
    /// strategy), with an id so it keeps its place while others change.
    pub struct TextItem {
        pub id: String,
        pub text: String,
    }

    #[derive(Default)]
    pub struct Person {
        /// Preferred name or initials: never more than the person chooses.
        #[serde(default)]
        pub preferred_name: String,
        #[serde(default)]
        pub pronouns: String,
        #[serde(default)]
        pub language: String,
        #[serde(default)]
        pub culture_identity: String,
        #[serde(default)]
        pub strengths: Vec<TextItem>,
        #[serde(default)]
        pub preferences: Vec<TextItem>,
    }

    pub struct CareTeamMember {
        pub id: String,
        pub name: String,
        pub role: String,
        #[serde(default)]
        pub contact: String,
    }

    /// Someone who took part in making the plan.
    pub struct Contributor {
        pub id: String,
        pub name: String,
        pub role: ContributorRole,
    }

    #[derive(Default)]
    pub struct Assessment {
        #[serde(default)]
        pub substances: Vec<SubstanceUse>,
        #[serde(default)]
        pub withdrawal_risk: String,
        #[serde(default)]
        pub physical_health: String,
        #[serde(default)]
        pub mental_health: String,
        #[serde(default)]
        pub co_occurring_conditions: String,
        #[serde(default)]
        pub trauma: String,
        #[serde(default)]
        pub family_background: String,
        #[serde(default)]
        pub social_support: String,
        #[serde(default)]
        pub living_environment: String,
        #[serde(default)]
        pub work_school_stress: String,
        #[serde(default)]
        pub spiritual_needs: String,
        #[serde(default)]
        pub past_treatment: String,
        #[serde(default)]
        pub current_medications: String,
        #[serde(default)]
        pub readiness: Readiness,
        /// Diagnoses as the clinician records them, one per line.
        #[serde(default, skip_serializing_if = "nothing_to_save")]
        pub diagnoses: String,
        /// The level of care the clinician determined, and why.
        #[serde(default, skip_serializing_if = "nothing_to_save")]
        pub level_of_care: String,
        #[serde(default, skip_serializing_if = "nothing_to_save")]
        pub level_of_care_rationale: String,
        #[serde(default)]
        pub triggers: Vec<TextItem>,
        /// Optional: a neutral six-area view, 0-4 each. It is never turned
        /// into a level of care.
        #[serde(default)]
        pub risk_view: Option<RiskView>,
    }

    /// One row of the substance use history.
    pub struct SubstanceUse {
        pub id: String,
        pub substance: String,
        #[serde(default)]
        pub pattern: String,
        #[serde(default)]
        pub route: String,
        #[serde(default)]
        pub age_of_onset: Option<u8>,
        #[serde(default)]
        pub last_use: Option<PlanDate>,
    }

    #[derive(Default)]
    pub struct Readiness {
        #[serde(default)]
        pub stage: Option<StageOfChange>,
        /// The person's own answer on a 0-10 readiness ruler.
        #[serde(default)]
        pub ruler: Option<u8>,
    }

    /// Six areas rated 0 (no concern) to 4 (very high concern).
    #[derive(Default)]
    pub struct RiskView {
        #[serde(default)]
        pub intoxication_withdrawal: Option<u8>,
        #[serde(default)]
        pub physical_health: Option<u8>,
        #[serde(default)]
        pub emotions_thinking: Option<u8>,
        #[serde(default)]
        pub readiness: Option<u8>,
        #[serde(default)]
        pub continued_use: Option<u8>,
        #[serde(default)]
        pub recovery_environment: Option<u8>,
    }

    /// A need, in the person's words, and the findings it comes from.
    pub struct Need {
        pub id: String,
        /// The need in the person's words.
        pub statement: String,
        // The same need as a clinician records it (the problem, or
        // behavioral definition), beside the person's words. Left out of
        // the file while empty.
        #[serde(default, skip_serializing_if = "nothing_to_save")]
        pub problem: String,
        #[serde(default)]
        pub findings: Vec<Finding>,
    }

    pub struct Goal {
        pub id: String,
        /// The goal in the person's own words.
        pub statement: String,
        #[serde(default)]
        pub measure: String,
        #[serde(default)]
        pub target: String,
        #[serde(default)]
        pub due: Option<PlanDate>,
        /// Ids of the needs this goal addresses.
        #[serde(default)]
        pub addresses: Vec<String>,
        #[serde(default)]
        pub priority: Priority,
        #[serde(default)]
        pub lifecycle: GoalLifecycle,
        #[serde(default)]
        pub achievement: Achievement,
        /// How sure the person feels they can reach it, 0-10.
        #[serde(default)]
        pub confidence: Option<u8>,
        /// Id of the contributor whose words these are.
        #[serde(default)]
        pub expressed_by: Option<String>,
        /// The template the goal was started from, if any.
        #[serde(default)]
        pub template_id: Option<String>,
        /// Set when the measure is an instrument's score.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub score_target: Option<ScoreTarget>,
        /// Ids of the person's strengths that help with this goal.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub strengths: Vec<String>,
        /// What may get in the way of this goal, in short texts.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub barriers: Vec<TextItem>,
        #[serde(default)]
        pub objectives: Vec<Objective>,
    }

    /// A step toward a goal, and the chosen components that serve it.
    pub struct Objective {
        pub id: String,
        pub statement: String,
        /// How the step is measured (e.g. "sessions attended, from the
        /// sign-in sheet"). Left out of the file while empty.
        #[serde(default, skip_serializing_if = "nothing_to_save")]
        pub measure: String,
        /// What counts as done (e.g. "8 of 8 sessions").
        #[serde(default, skip_serializing_if = "nothing_to_save")]
        pub target: String,
        #[serde(default)]
        pub due: Option<PlanDate>,
        /// Ids of the components (interventions) that serve this objective.
        #[serde(default)]
        pub interventions: Vec<String>,
    }

    /// A plan component chosen from the catalog.
    pub struct Component {
        pub id: String,
        pub catalog_id: String,
        pub category: ComponentCategory,
        pub name: String,
        /// Component-specific detail, e.g. which medication and its
        /// prescriber ("as prescribed"), or the withdrawal setting.
        #[serde(default)]
        pub details: String,
        #[serde(default)]
        pub frequency: String,
        #[serde(default)]
        pub setting: String,
        #[serde(default)]
        pub responsible: String,
        #[serde(default)]
        pub start: Option<PlanDate>,
    }

    #[derive(Default)]
    pub struct RelapsePrevention {
        #[serde(default)]
        pub external_triggers: Vec<TextItem>,
        #[serde(default)]
        pub internal_triggers: Vec<TextItem>,
        #[serde(default)]
        pub warning_signs: Vec<TextItem>,
        #[serde(default)]
        pub coping_strategies: Vec<TextItem>,
        #[serde(default)]
        pub contacts: Vec<SupportContact>,
        #[serde(default)]
        pub lapse_plan: String,
        #[serde(default)]
        pub crisis_lines: Vec<CrisisLine>,
    }

    /// Someone to call.
    pub struct SupportContact {
        pub id: String,
        pub name: String,
        #[serde(default)]
        pub relation: String,
        #[serde(default)]
        pub phone: String,
    }

    pub struct CrisisLine {
        pub id: String,
        pub name: String,
        pub number: String,
    }

    #[derive(Default)]
    pub struct Aftercare {
        #[serde(default)]
        pub support_groups: String,
        #[serde(default)]
        pub community_programs: String,
        #[serde(default)]
        pub continued_therapy: String,
        #[serde(default)]
        pub education: String,
        #[serde(default)]
        pub family_support: String,
        #[serde(default, skip_serializing_if = "nothing_to_save")]
        pub discharge_criteria: String,
    }

    #[derive(Default)]
    pub struct ReviewSchedule {
        #[serde(default)]
        pub cadence: ReviewCadence,
        #[serde(default)]
        pub next_review: Option<PlanDate>,
        #[serde(default)]
        pub history: Vec<ReviewEntry>,
        /// Progress noted in the review under way; the review's entry keeps
        /// it when the review is finished.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub progress: Vec<Progress>,
    }

    /// One past review of the plan, and what it changed.
    pub struct ReviewEntry {
        pub id: String,
        pub date: PlanDate,
        pub reviewed_by: String,
        /// What the review changed, as data (worded when shown).
        #[serde(default)]
        pub changes: Vec<super::review::Change>,
        #[serde(default)]
        pub reason: String,
        /// Progress of each goal and objective noted at this review.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub progress: Vec<Progress>,
    }

    #[derive(Default)]
    pub struct Consent {
        #[serde(default)]
        pub signatures: Vec<Signature>,
        #[serde(default)]
        pub copy_given_to_person: bool,
    }

    /// A typed signature, and the revision of the plan it signs.
    pub struct Signature {
        pub id: String,
        pub name: String,
        pub role: SignerRole,
        /// Credentials or title, e.g. "LCSW" or "Peer support specialist".
        #[serde(default)]
        pub credentials: String,
        pub date: PlanDate,
        /// The time of day it was signed, as the device's clock gave it
        /// ("14:05"); empty when not known.
        #[serde(default)]
        pub time: String,
        /// The plan's revision when this was signed. Set by `apply`, never
        /// by the signer: a later review makes it an earlier revision.
        pub revision: u32,
    }
}

choice_type! {
    #[derive(Default)]
    pub enum PlanStatus {
        #[default]
        Draft,
        Active,
        UnderReview,
        Completed,
    }

    pub enum ContributorRole {
        Person,
        Clinician,
        Family,
        Peer,
        Other,
    }

    /// In what role someone signs the plan.
    pub enum SignerRole {
        Person,
        Clinician,
        GuardianRepresentative,
        Supervisor,
    }

    pub enum StageOfChange {
        Precontemplation,
        Contemplation,
        Preparation,
        Action,
        Maintenance,
    }

    #[derive(Default)]
    pub enum Priority {
        High,
        #[default]
        Medium,
        Low,
    }

    /// Where a goal is in its life (FHIR Goal.lifecycleStatus codes).
    #[derive(Default)]
    pub enum GoalLifecycle {
        #[default]
        Proposed,
        Active,
        OnHold,
        Completed,
        Cancelled,
    }

    /// How the goal is going (FHIR Goal.achievementStatus codes).
    #[derive(Default)]
    pub enum Achievement {
        #[default]
        InProgress,
        Improving,
        Worsening,
        NoChange,
        Achieved,
        NotAchieved,
    }

    pub enum ComponentCategory {
        WithdrawalManagement,
        Medication,
        Therapy,
        Complementary,
        SupportNetwork,
        RelapsePrevention,
        Aftercare,
        Monitoring,
    }

    /// Which way a score is better.
    pub enum Direction {
        Lower,
        Higher,
    }

    /// How a goal's score is compared with its target.
    pub enum Comparator {
        Below,
        AtLeast,
    }

    /// Progress of a goal or objective at a review.
    pub enum ProgressStatus {
        NotStarted,
        SomeProgress,
        Met,
        Changed,
        Stopped,
    }

    #[derive(Default)]
    pub enum ReviewCadence {
        Weekly,
        EveryTwoWeeks,
        #[default]
        Monthly,
        EveryThreeMonths,
    }
}

/// An assessment finding that a need can point back to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "area", content = "id")]
pub enum Finding {
    /// A row of the substance use history, by its id.
    Substance(String),
    WithdrawalRisk,
    PhysicalHealth,
    MentalHealth,
    CoOccurringConditions,
    Trauma,
    FamilyBackground,
    SocialSupport,
    LivingEnvironment,
    WorkSchoolStress,
    SpiritualNeeds,
    PastTreatment,
    CurrentMedications,
    Readiness,
    /// A trigger, by its id.
    Trigger(String),
}

read_with_serde!(Finding);

/// Whether an optional text would be saved empty: the plan's JSON drops
/// C0 control characters other than tab, CR and LF (export::clean), so a
/// text of only those is left out like an empty one, or a plan read back
/// would save as other text.
fn nothing_to_save(text: &str) -> bool {
    text.chars()
        .all(|c| c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
}

fn first_revision() -> u32 {
    1
}

impl Plan {
    /// An empty plan, started on `created`.
    pub fn new(id: impl Into<String>, created: Option<PlanDate>) -> Self {
        // One body for every kind of `id`, not a copy per caller's type.
        Self::empty(id.into(), created)
    }

    fn empty(id: String, created: Option<PlanDate>) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            id,
            title: String::new(),
            synthetic: None,
            created,
            effective_date: None,
            target_date: None,
            revision: 1,
            status: PlanStatus::Draft,
            next_id: 1,
            person: Person::default(),
            care_team: Vec::new(),
            contributors: Vec::new(),
            assessment: Assessment::default(),
            needs: Vec::new(),
            goals: Vec::new(),
            components: Vec::new(),
            relapse_prevention: RelapsePrevention::default(),
            aftercare: Aftercare::default(),
            review: ReviewSchedule::default(),
            measurements: Vec::new(),
            consent: Consent::default(),
        }
    }

    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id).map(|g| &**g)
    }

    /// The goal with `id`, to change: copied first if another snapshot
    /// shares it, so the others keep it as it was.
    pub fn goal_mut(&mut self, id: &str) -> Option<&mut Goal> {
        self.goals.iter_mut().find(|g| g.id == id).map(Rc::make_mut)
    }

    pub fn need(&self, id: &str) -> Option<&Need> {
        self.needs.iter().find(|n| n.id == id)
    }

    pub fn component(&self, id: &str) -> Option<&Component> {
        self.components.iter().find(|c| c.id == id)
    }

    /// The goals a component serves, through the objectives that name it.
    /// The services that serve a goal (through its objectives), in plan
    /// order: shown and printed under the goal, so nobody cross-references.
    pub fn services_for<'a>(&'a self, goal: &'a Goal) -> impl Iterator<Item = &'a Component> {
        self.components.iter().filter(move |c| goal.serves(&c.id))
    }

    pub fn goals_served_by<'a>(&'a self, component_id: &'a str) -> impl Iterator<Item = &'a Goal> {
        self.goals
            .iter()
            .map(|g| &**g)
            .filter(move |g| g.serves(component_id))
    }
}

impl PlanStatus {
    /// A plan in use (active or completed) is a signed record: it changes
    /// only through a review.
    pub fn is_locked(self) -> bool {
        matches!(self, PlanStatus::Active | PlanStatus::Completed)
    }
}

impl Plan {
    /// Whether the plan is a signed record that only a review can change.
    pub fn is_locked(&self) -> bool {
        self.status.is_locked()
    }

    /// The signatures of the plan as it is now (its current revision).
    pub fn current_signatures(&self) -> impl Iterator<Item = &Signature> {
        self.consent
            .signatures
            .iter()
            .filter(move |s| s.revision == self.revision)
    }
}

impl Goal {
    /// Whether one of its objectives names the component.
    pub fn serves(&self, component_id: &str) -> bool {
        self.objectives
            .iter()
            .any(|o| o.interventions.iter().any(|i| i == component_id))
    }

    pub fn new(id: impl Into<String>, statement: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            statement: statement.into(),
            measure: String::new(),
            target: String::new(),
            due: None,
            addresses: Vec::new(),
            priority: Priority::default(),
            lifecycle: GoalLifecycle::default(),
            achievement: Achievement::default(),
            confidence: None,
            expressed_by: None,
            template_id: None,
            score_target: None,
            strengths: Vec::new(),
            barriers: Vec::new(),
            objectives: Vec::new(),
        }
    }
}
