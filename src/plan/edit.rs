//! Every change a person can make to a plan, and the one function that
//! applies it. The view never changes a plan any other way.

use super::date::PlanDate;
use super::document::*;
use std::rc::Rc;

/// Plain text fields about the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum PersonField {
    PreferredName,
    Pronouns,
    Language,
    CultureIdentity,
}

/// The lists of short text items in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum TextList {
    Strengths,
    Preferences,
    AssessmentTriggers,
    ExternalTriggers,
    InternalTriggers,
    WarningSigns,
    CopingStrategies,
}

/// Free-text areas of the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum AssessmentField {
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum SubstanceField {
    Substance,
    Pattern,
    Route,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum CareTeamField {
    Name,
    Role,
    Contact,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray, strum::EnumCount)]
pub enum GoalField {
    Statement,
    Measure,
    Target,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum ComponentField {
    Name,
    Details,
    Frequency,
    Setting,
    Responsible,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum ContactField {
    Name,
    Relation,
    Phone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum CrisisLineField {
    Name,
    Number,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum AftercareField {
    SupportGroups,
    CommunityPrograms,
    ContinuedTherapy,
    Education,
    FamilySupport,
}

/// The six areas of the optional risk view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray, strum::EnumCount)]
pub enum RiskArea {
    IntoxicationWithdrawal,
    PhysicalHealth,
    EmotionsThinking,
    Readiness,
    ContinuedUse,
    RecoveryEnvironment,
}

impl RiskArea {
    pub const ALL: &'static [RiskArea] = <RiskArea as strum::VariantArray>::VARIANTS;
}

impl AssessmentField {
    /// Every area, in the order of the assessment.
    pub const ALL: &'static [AssessmentField] = <AssessmentField as strum::VariantArray>::VARIANTS;
}

impl AssessmentField {
    /// The finding a need points at when it comes from this area.
    pub fn finding(self) -> Finding {
        match self {
            AssessmentField::WithdrawalRisk => Finding::WithdrawalRisk,
            AssessmentField::PhysicalHealth => Finding::PhysicalHealth,
            AssessmentField::MentalHealth => Finding::MentalHealth,
            AssessmentField::CoOccurringConditions => Finding::CoOccurringConditions,
            AssessmentField::Trauma => Finding::Trauma,
            AssessmentField::FamilyBackground => Finding::FamilyBackground,
            AssessmentField::SocialSupport => Finding::SocialSupport,
            AssessmentField::LivingEnvironment => Finding::LivingEnvironment,
            AssessmentField::WorkSchoolStress => Finding::WorkSchoolStress,
            AssessmentField::SpiritualNeeds => Finding::SpiritualNeeds,
            AssessmentField::PastTreatment => Finding::PastTreatment,
            AssessmentField::CurrentMedications => Finding::CurrentMedications,
        }
    }
}

impl Finding {
    /// The assessment area a finding is, if it is one (not a substance
    /// row, a trigger or readiness).
    pub fn area(&self) -> Option<AssessmentField> {
        AssessmentField::ALL
            .iter()
            .copied()
            .find(|f| f.finding() == *self)
    }
}

impl AftercareField {
    pub const ALL: &'static [AftercareField] = <AftercareField as strum::VariantArray>::VARIANTS;
}

impl Assessment {
    /// The text of one assessment area.
    pub fn text(&self, field: AssessmentField) -> &str {
        match field {
            AssessmentField::WithdrawalRisk => &self.withdrawal_risk,
            AssessmentField::PhysicalHealth => &self.physical_health,
            AssessmentField::MentalHealth => &self.mental_health,
            AssessmentField::CoOccurringConditions => &self.co_occurring_conditions,
            AssessmentField::Trauma => &self.trauma,
            AssessmentField::FamilyBackground => &self.family_background,
            AssessmentField::SocialSupport => &self.social_support,
            AssessmentField::LivingEnvironment => &self.living_environment,
            AssessmentField::WorkSchoolStress => &self.work_school_stress,
            AssessmentField::SpiritualNeeds => &self.spiritual_needs,
            AssessmentField::PastTreatment => &self.past_treatment,
            AssessmentField::CurrentMedications => &self.current_medications,
        }
    }
}

impl Aftercare {
    pub fn text(&self, field: AftercareField) -> &str {
        match field {
            AftercareField::SupportGroups => &self.support_groups,
            AftercareField::CommunityPrograms => &self.community_programs,
            AftercareField::ContinuedTherapy => &self.continued_therapy,
            AftercareField::Education => &self.education,
            AftercareField::FamilySupport => &self.family_support,
        }
    }
}

impl RiskView {
    pub fn rating(&self, area: RiskArea) -> Option<u8> {
        match area {
            RiskArea::IntoxicationWithdrawal => self.intoxication_withdrawal,
            RiskArea::PhysicalHealth => self.physical_health,
            RiskArea::EmotionsThinking => self.emotions_thinking,
            RiskArea::Readiness => self.readiness,
            RiskArea::ContinuedUse => self.continued_use,
            RiskArea::RecoveryEnvironment => self.recovery_environment,
        }
    }
}

/// Highest values of the bounded numbers in a plan.
pub const RULER_MAX: u8 = 10;
pub const RISK_MAX: u8 = 4;
pub const ONSET_MAX: u8 = 120;

/// One change a person can make to a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    SetTitle(String),
    SetStatus(PlanStatus),
    SetPersonText {
        field: PersonField,
        value: String,
    },
    AddTextItem {
        list: TextList,
        text: String,
    },
    SetTextItem {
        list: TextList,
        id: String,
        text: String,
    },
    RemoveTextItem {
        list: TextList,
        id: String,
    },

    AddCareTeamMember {
        name: String,
        role: String,
    },
    SetCareTeamMember {
        id: String,
        field: CareTeamField,
        value: String,
    },
    RemoveCareTeamMember {
        id: String,
    },
    AddContributor {
        name: String,
        role: ContributorRole,
    },
    SetContributorName {
        id: String,
        name: String,
    },
    SetContributorRole {
        id: String,
        role: ContributorRole,
    },
    RemoveContributor {
        id: String,
    },

    SetAssessmentText {
        field: AssessmentField,
        value: String,
    },
    AddSubstance {
        substance: String,
    },
    SetSubstanceText {
        id: String,
        field: SubstanceField,
        value: String,
    },
    SetSubstanceOnset {
        id: String,
        age: Option<u8>,
    },
    SetSubstanceLastUse {
        id: String,
        date: Option<PlanDate>,
    },
    RemoveSubstance {
        id: String,
    },
    SetReadinessStage(Option<StageOfChange>),
    SetReadinessRuler(Option<u8>),
    SetRiskViewEnabled(bool),
    SetRiskRating {
        area: RiskArea,
        rating: Option<u8>,
    },

    AddNeed {
        statement: String,
    },
    /// A need accepted from a suggestion, with the findings it comes from.
    AddNeedFromFindings {
        statement: String,
        findings: Vec<Finding>,
    },
    SetNeedStatement {
        id: String,
        statement: String,
    },
    LinkFinding {
        need: String,
        finding: Finding,
    },
    UnlinkFinding {
        need: String,
        finding: Finding,
    },
    RemoveNeed {
        id: String,
    },

    AddGoal {
        statement: String,
        template_id: Option<String>,
    },
    SetGoalText {
        id: String,
        field: GoalField,
        value: String,
    },
    SetGoalDue {
        id: String,
        due: Option<PlanDate>,
    },
    SetGoalPriority {
        id: String,
        priority: Priority,
    },
    SetGoalLifecycle {
        id: String,
        lifecycle: GoalLifecycle,
    },
    SetGoalAchievement {
        id: String,
        achievement: Achievement,
    },
    SetGoalConfidence {
        id: String,
        confidence: Option<u8>,
    },
    SetGoalExpressedBy {
        id: String,
        contributor: Option<String>,
    },
    LinkGoalNeed {
        goal: String,
        need: String,
    },
    UnlinkGoalNeed {
        goal: String,
        need: String,
    },
    MoveGoal {
        id: String,
        to: usize,
    },
    RemoveGoal {
        id: String,
    },

    AddObjective {
        goal: String,
        statement: String,
    },
    SetObjectiveStatement {
        id: String,
        statement: String,
    },
    SetObjectiveDue {
        id: String,
        due: Option<PlanDate>,
    },
    LinkIntervention {
        objective: String,
        component: String,
    },
    UnlinkIntervention {
        objective: String,
        component: String,
    },
    RemoveObjective {
        id: String,
    },

    AddComponent {
        catalog_id: String,
        category: ComponentCategory,
        name: String,
    },
    /// A component chosen from the catalog with the catalog's defaults
    /// (e.g. "As prescribed", or the only setting a medicine is given in).
    AddCatalogComponent {
        catalog_id: String,
        category: ComponentCategory,
        name: String,
        details: String,
        setting: String,
    },
    SetComponentText {
        id: String,
        field: ComponentField,
        value: String,
    },
    SetComponentStart {
        id: String,
        start: Option<PlanDate>,
    },
    RemoveComponent {
        id: String,
    },

    AddContact {
        name: String,
    },
    SetContactText {
        id: String,
        field: ContactField,
        value: String,
    },
    RemoveContact {
        id: String,
    },
    SetLapsePlan(String),
    AddCrisisLine {
        name: String,
        number: String,
    },
    SetCrisisLineText {
        id: String,
        field: CrisisLineField,
        value: String,
    },
    RemoveCrisisLine {
        id: String,
    },

    SetAftercareText {
        field: AftercareField,
        value: String,
    },

    SetReviewCadence(ReviewCadence),
    SetNextReview(Option<PlanDate>),
    /// Finishes a review as one step: records what changed (worded from
    /// `review::changes_between`), bumps the revision and makes the plan
    /// active again.
    FinishReview {
        date: PlanDate,
        reviewed_by: String,
        changes: Vec<String>,
        reason: String,
    },

    /// A typed signature of the plan as it is now: `apply` stamps it with
    /// the plan's revision. `time` is the time of day from the signer's
    /// clock ("14:05"), or empty.
    AddSignature {
        name: String,
        role: SignerRole,
        credentials: String,
        date: PlanDate,
        time: String,
    },
    RemoveSignature {
        id: String,
    },
    SetCopyGiven(bool),
}

/// The kinds of item an edit can point at, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    TextItem,
    CareTeamMember,
    Contributor,
    Substance,
    Need,
    Goal,
    Objective,
    Component,
    Contact,
    CrisisLine,
    Signature,
    Finding,
}

/// Why an edit could not be made. The plan is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    NotFound {
        kind: ItemKind,
        id: String,
    },
    OutOfRange {
        value: u32,
        max: u32,
    },
    RiskViewOff,
    PositionOutOfRange {
        to: usize,
        len: usize,
    },
    /// The plan is signed and in use (active or completed): only a review
    /// can change it.
    Locked,
    /// The plan is under review: it goes back into use, and can be signed
    /// again, only when the review is finished.
    ReviewInProgress,
    /// A review was to be finished, but none is in progress.
    NoReviewInProgress,
}

/// Something an edit did besides what was asked, that the person should
/// hear about (a link that had to be removed with the item it pointed at).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    GoalNoLongerAddressesNeed {
        goal: String,
        need: String,
    },
    ObjectiveLostIntervention {
        objective: String,
        component: String,
    },
    NeedLostFinding {
        need: String,
    },
    GoalLostContributor {
        goal: String,
    },
}

/// What a successful edit produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// The id given to an added item.
    pub created: Option<String>,
    pub notices: Vec<Notice>,
}

impl Applied {
    fn created(id: String) -> Self {
        Self {
            created: Some(id),
            notices: Vec::new(),
        }
    }
}

impl Edit {
    /// Edits that only retype one text field; consecutive ones to the same
    /// field are one step for undo, so undo does not go letter by letter.
    pub fn coalesce_key(&self) -> Option<Edit> {
        let blank = String::new;
        let key = match self {
            Edit::SetTitle(_) => Edit::SetTitle(blank()),
            Edit::SetPersonText { field, .. } => Edit::SetPersonText {
                field: *field,
                value: blank(),
            },
            Edit::SetTextItem { list, id, .. } => Edit::SetTextItem {
                list: *list,
                id: id.clone(),
                text: blank(),
            },
            Edit::SetCareTeamMember { id, field, .. } => Edit::SetCareTeamMember {
                id: id.clone(),
                field: *field,
                value: blank(),
            },
            Edit::SetContributorName { id, .. } => Edit::SetContributorName {
                id: id.clone(),
                name: blank(),
            },
            Edit::SetAssessmentText { field, .. } => Edit::SetAssessmentText {
                field: *field,
                value: blank(),
            },
            Edit::SetSubstanceText { id, field, .. } => Edit::SetSubstanceText {
                id: id.clone(),
                field: *field,
                value: blank(),
            },
            Edit::SetNeedStatement { id, .. } => Edit::SetNeedStatement {
                id: id.clone(),
                statement: blank(),
            },
            Edit::SetGoalText { id, field, .. } => Edit::SetGoalText {
                id: id.clone(),
                field: *field,
                value: blank(),
            },
            Edit::SetObjectiveStatement { id, .. } => Edit::SetObjectiveStatement {
                id: id.clone(),
                statement: blank(),
            },
            Edit::SetComponentText { id, field, .. } => Edit::SetComponentText {
                id: id.clone(),
                field: *field,
                value: blank(),
            },
            Edit::SetContactText { id, field, .. } => Edit::SetContactText {
                id: id.clone(),
                field: *field,
                value: blank(),
            },
            Edit::SetLapsePlan(_) => Edit::SetLapsePlan(blank()),
            Edit::SetCrisisLineText { id, field, .. } => Edit::SetCrisisLineText {
                id: id.clone(),
                field: *field,
                value: blank(),
            },
            Edit::SetAftercareText { field, .. } => Edit::SetAftercareText {
                field: *field,
                value: blank(),
            },
            _ => return None,
        };
        Some(key)
    }
}

fn not_found(kind: ItemKind, id: &str) -> EditError {
    EditError::NotFound {
        kind,
        id: id.to_owned(),
    }
}

fn check_max(value: Option<u8>, max: u8) -> Result<(), EditError> {
    match value {
        Some(v) if v > max => Err(EditError::OutOfRange {
            value: u32::from(v),
            max: u32::from(max),
        }),
        _ => Ok(()),
    }
}

/// Finds the item with `id` in a list of items that have ids.
fn find_mut<'a, T>(
    items: &'a mut [T],
    id: &str,
    kind: ItemKind,
    id_of: impl Fn(&T) -> &str,
) -> Result<&'a mut T, EditError> {
    items
        .iter_mut()
        .find(|item| id_of(item) == id)
        .ok_or_else(|| not_found(kind, id))
}

/// Removes the item with `id`, returning it.
fn remove_by_id<T>(
    items: &mut Vec<T>,
    id: &str,
    kind: ItemKind,
    id_of: impl Fn(&T) -> &str,
) -> Result<T, EditError> {
    let index = items
        .iter()
        .position(|item| id_of(item) == id)
        .ok_or_else(|| not_found(kind, id))?;
    Ok(items.remove(index))
}

macro_rules! by_id {
    // Goals are shared with other snapshots: copy the one found, only it.
    ($items:expr, $id:expr, Goal) => {
        find_mut(&mut $items, $id, ItemKind::Goal, |item| &item.id).map(Rc::make_mut)
    };
    ($items:expr, $id:expr, $kind:ident) => {
        find_mut(&mut $items, $id, ItemKind::$kind, |item| &item.id)
    };
}

macro_rules! remove_id {
    ($items:expr, $id:expr, $kind:ident) => {
        remove_by_id(&mut $items, $id, ItemKind::$kind, |item| &item.id)
    };
}

impl Plan {
    /// Gives a new item an id that no item in the plan has had.
    pub fn allocate_id(&mut self, prefix: &str) -> String {
        while self.next_id < u32::MAX {
            let candidate = format!("{prefix}{}", self.next_id);
            self.next_id += 1;
            if !self.id_in_use(&candidate) {
                return candidate;
            }
        }
        // Only a hand-edited file gets here (every number is spent): give
        // the first free id after the last number rather than loop forever.
        (0..=self.all_ids().count())
            .map(|n| format!("{prefix}{}-{n}", u32::MAX))
            .find(|candidate| !self.id_in_use(candidate))
            .unwrap_or_default()
    }

    /// Every id of every item in the plan.
    pub fn all_ids(&self) -> impl Iterator<Item = &str> {
        let person = &self.person;
        let assessment = &self.assessment;
        let relapse = &self.relapse_prevention;
        let text_items = [
            &person.strengths,
            &person.preferences,
            &assessment.triggers,
            &relapse.external_triggers,
            &relapse.internal_triggers,
            &relapse.warning_signs,
            &relapse.coping_strategies,
        ]
        .into_iter()
        .flatten()
        .map(|t| t.id.as_str());
        text_items
            .chain(self.care_team.iter().map(|m| m.id.as_str()))
            .chain(self.contributors.iter().map(|c| c.id.as_str()))
            .chain(assessment.substances.iter().map(|s| s.id.as_str()))
            .chain(self.needs.iter().map(|n| n.id.as_str()))
            .chain(self.goals.iter().map(|g| g.id.as_str()))
            .chain(
                self.goals
                    .iter()
                    .flat_map(|g| g.objectives.iter().map(|o| o.id.as_str())),
            )
            .chain(self.components.iter().map(|c| c.id.as_str()))
            .chain(relapse.contacts.iter().map(|c| c.id.as_str()))
            .chain(relapse.crisis_lines.iter().map(|c| c.id.as_str()))
            .chain(self.review.history.iter().map(|r| r.id.as_str()))
            .chain(self.consent.signatures.iter().map(|s| s.id.as_str()))
    }

    fn id_in_use(&self, id: &str) -> bool {
        self.all_ids().any(|existing| existing == id)
    }

    fn text_list_mut(&mut self, list: TextList) -> &mut Vec<TextItem> {
        match list {
            TextList::Strengths => &mut self.person.strengths,
            TextList::Preferences => &mut self.person.preferences,
            TextList::AssessmentTriggers => &mut self.assessment.triggers,
            TextList::ExternalTriggers => &mut self.relapse_prevention.external_triggers,
            TextList::InternalTriggers => &mut self.relapse_prevention.internal_triggers,
            TextList::WarningSigns => &mut self.relapse_prevention.warning_signs,
            TextList::CopingStrategies => &mut self.relapse_prevention.coping_strategies,
        }
    }

    pub fn text_list(&self, list: TextList) -> &[TextItem] {
        match list {
            TextList::Strengths => &self.person.strengths,
            TextList::Preferences => &self.person.preferences,
            TextList::AssessmentTriggers => &self.assessment.triggers,
            TextList::ExternalTriggers => &self.relapse_prevention.external_triggers,
            TextList::InternalTriggers => &self.relapse_prevention.internal_triggers,
            TextList::WarningSigns => &self.relapse_prevention.warning_signs,
            TextList::CopingStrategies => &self.relapse_prevention.coping_strategies,
        }
    }

    fn objective_mut(&mut self, id: &str) -> Result<&mut Objective, EditError> {
        let goal = self.goal_of_objective(id)?;
        Rc::make_mut(goal)
            .objectives
            .iter_mut()
            .find(|o| o.id == id)
            .ok_or_else(|| not_found(ItemKind::Objective, id))
    }

    /// The goal that has the objective, still shared: the caller copies it
    /// (`Rc::make_mut`) only to change it.
    fn goal_of_objective(&mut self, id: &str) -> Result<&mut Rc<Goal>, EditError> {
        self.goals
            .iter_mut()
            .find(|g| g.objectives.iter().any(|o| o.id == id))
            .ok_or_else(|| not_found(ItemKind::Objective, id))
    }

    fn finding_exists(&self, finding: &Finding) -> bool {
        match finding {
            Finding::Substance(id) => self.assessment.substances.iter().any(|s| &s.id == id),
            Finding::Trigger(id) => self.assessment.triggers.iter().any(|t| &t.id == id),
            _ => true,
        }
    }

    /// Unlinks needs from a finding that no longer exists.
    fn drop_finding(&mut self, finding: &Finding) -> Vec<Notice> {
        let mut notices = Vec::new();
        for need in &mut self.needs {
            let before = need.findings.len();
            need.findings.retain(|f| f != finding);
            if need.findings.len() != before {
                notices.push(Notice::NeedLostFinding {
                    need: need.statement.clone(),
                });
            }
        }
        notices
    }
}

fn set_text(slot: &mut String, value: &str) {
    value.clone_into(slot);
}

/// Whether `edit` may be made to the plan in its present status.
///
/// A plan in use (active or completed) is a signed record. It takes only
/// what makes sense on a signed record: a signature of the current
/// revision, "the person received a copy", a move between active and
/// completed, and the start of a review (status "under review"). Under
/// review anything may change except the status, which only finishing the
/// review sets (so what changed is always recorded), and nobody signs
/// until the new revision is finished.
pub fn permitted(status: PlanStatus, edit: &Edit) -> Result<(), EditError> {
    use PlanStatus::*;
    match (status, edit) {
        (Active | Completed, Edit::AddSignature { .. } | Edit::SetCopyGiven(_)) => Ok(()),
        (Active | Completed, Edit::SetStatus(Active | Completed | UnderReview)) => Ok(()),
        (Active | Completed, _) => Err(EditError::Locked),
        (UnderReview, Edit::SetStatus(UnderReview)) => Ok(()),
        (UnderReview, Edit::SetStatus(_) | Edit::AddSignature { .. }) => {
            Err(EditError::ReviewInProgress)
        }
        (Draft, Edit::FinishReview { .. }) => Err(EditError::NoReviewInProgress),
        _ => Ok(()),
    }
}

/// Applies one edit. On error the plan is exactly as it was.
pub fn apply(plan: &mut Plan, edit: &Edit) -> Result<Applied, EditError> {
    permitted(plan.status, edit)?;
    let done = Ok(Applied::default());
    match edit {
        Edit::SetTitle(title) => set_text(&mut plan.title, title),
        Edit::SetStatus(status) => plan.status = *status,
        Edit::SetPersonText { field, value } => {
            let person = &mut plan.person;
            let slot = match field {
                PersonField::PreferredName => &mut person.preferred_name,
                PersonField::Pronouns => &mut person.pronouns,
                PersonField::Language => &mut person.language,
                PersonField::CultureIdentity => &mut person.culture_identity,
            };
            set_text(slot, value);
        }
        Edit::AddTextItem { list, text } => {
            let id = plan.allocate_id("t");
            plan.text_list_mut(*list).push(TextItem {
                id: id.clone(),
                text: text.clone(),
            });
            return Ok(Applied::created(id));
        }
        Edit::SetTextItem { list, id, text } => set_text(
            &mut by_id!(*plan.text_list_mut(*list), id, TextItem)?.text,
            text,
        ),
        Edit::RemoveTextItem { list, id } => {
            remove_id!(*plan.text_list_mut(*list), id, TextItem)?;
            if *list == TextList::AssessmentTriggers {
                let notices = plan.drop_finding(&Finding::Trigger(id.clone()));
                return Ok(Applied {
                    created: None,
                    notices,
                });
            }
        }

        Edit::AddCareTeamMember { name, role } => {
            let id = plan.allocate_id("ct");
            plan.care_team.push(CareTeamMember {
                id: id.clone(),
                name: name.clone(),
                role: role.clone(),
                contact: String::new(),
            });
            return Ok(Applied::created(id));
        }
        Edit::SetCareTeamMember { id, field, value } => {
            let member = by_id!(plan.care_team, id, CareTeamMember)?;
            let slot = match field {
                CareTeamField::Name => &mut member.name,
                CareTeamField::Role => &mut member.role,
                CareTeamField::Contact => &mut member.contact,
            };
            set_text(slot, value);
        }
        Edit::RemoveCareTeamMember { id } => {
            remove_id!(plan.care_team, id, CareTeamMember)?;
        }
        Edit::AddContributor { name, role } => {
            let id = plan.allocate_id("p");
            plan.contributors.push(Contributor {
                id: id.clone(),
                name: name.clone(),
                role: *role,
            });
            return Ok(Applied::created(id));
        }
        Edit::SetContributorName { id, name } => {
            set_text(&mut by_id!(plan.contributors, id, Contributor)?.name, name)
        }
        Edit::SetContributorRole { id, role } => {
            by_id!(plan.contributors, id, Contributor)?.role = *role
        }
        Edit::RemoveContributor { id } => {
            remove_id!(plan.contributors, id, Contributor)?;
            let mut notices = Vec::new();
            for goal in &mut plan.goals {
                if goal.expressed_by.as_deref() == Some(id.as_str()) {
                    Rc::make_mut(goal).expressed_by = None;
                    notices.push(Notice::GoalLostContributor {
                        goal: goal.statement.clone(),
                    });
                }
            }
            return Ok(Applied {
                created: None,
                notices,
            });
        }

        Edit::SetAssessmentText { field, value } => {
            let a = &mut plan.assessment;
            let slot = match field {
                AssessmentField::WithdrawalRisk => &mut a.withdrawal_risk,
                AssessmentField::PhysicalHealth => &mut a.physical_health,
                AssessmentField::MentalHealth => &mut a.mental_health,
                AssessmentField::CoOccurringConditions => &mut a.co_occurring_conditions,
                AssessmentField::Trauma => &mut a.trauma,
                AssessmentField::FamilyBackground => &mut a.family_background,
                AssessmentField::SocialSupport => &mut a.social_support,
                AssessmentField::LivingEnvironment => &mut a.living_environment,
                AssessmentField::WorkSchoolStress => &mut a.work_school_stress,
                AssessmentField::SpiritualNeeds => &mut a.spiritual_needs,
                AssessmentField::PastTreatment => &mut a.past_treatment,
                AssessmentField::CurrentMedications => &mut a.current_medications,
            };
            set_text(slot, value);
        }
        Edit::AddSubstance { substance } => {
            let id = plan.allocate_id("s");
            plan.assessment.substances.push(SubstanceUse {
                id: id.clone(),
                substance: substance.clone(),
                pattern: String::new(),
                route: String::new(),
                age_of_onset: None,
                last_use: None,
            });
            return Ok(Applied::created(id));
        }
        Edit::SetSubstanceText { id, field, value } => {
            let row = by_id!(plan.assessment.substances, id, Substance)?;
            let slot = match field {
                SubstanceField::Substance => &mut row.substance,
                SubstanceField::Pattern => &mut row.pattern,
                SubstanceField::Route => &mut row.route,
            };
            set_text(slot, value);
        }
        Edit::SetSubstanceOnset { id, age } => {
            check_max(*age, ONSET_MAX)?;
            by_id!(plan.assessment.substances, id, Substance)?.age_of_onset = *age;
        }
        Edit::SetSubstanceLastUse { id, date } => {
            by_id!(plan.assessment.substances, id, Substance)?.last_use = *date;
        }
        Edit::RemoveSubstance { id } => {
            remove_id!(plan.assessment.substances, id, Substance)?;
            let notices = plan.drop_finding(&Finding::Substance(id.clone()));
            return Ok(Applied {
                created: None,
                notices,
            });
        }
        Edit::SetReadinessStage(stage) => plan.assessment.readiness.stage = *stage,
        Edit::SetReadinessRuler(value) => {
            check_max(*value, RULER_MAX)?;
            plan.assessment.readiness.ruler = *value;
        }
        Edit::SetRiskViewEnabled(on) => {
            let view = &mut plan.assessment.risk_view;
            match (on, view.is_some()) {
                (true, false) => *view = Some(RiskView::default()),
                (false, true) => *view = None,
                _ => {}
            }
        }
        Edit::SetRiskRating { area, rating } => {
            check_max(*rating, RISK_MAX)?;
            let view = plan
                .assessment
                .risk_view
                .as_mut()
                .ok_or(EditError::RiskViewOff)?;
            let slot = match area {
                RiskArea::IntoxicationWithdrawal => &mut view.intoxication_withdrawal,
                RiskArea::PhysicalHealth => &mut view.physical_health,
                RiskArea::EmotionsThinking => &mut view.emotions_thinking,
                RiskArea::Readiness => &mut view.readiness,
                RiskArea::ContinuedUse => &mut view.continued_use,
                RiskArea::RecoveryEnvironment => &mut view.recovery_environment,
            };
            *slot = *rating;
        }

        Edit::AddNeed { statement } => {
            let id = plan.allocate_id("n");
            plan.needs.push(Need {
                id: id.clone(),
                statement: statement.clone(),
                findings: Vec::new(),
            });
            return Ok(Applied::created(id));
        }
        Edit::AddNeedFromFindings {
            statement,
            findings,
        } => {
            if let Some(missing) = findings.iter().find(|f| !plan.finding_exists(f)) {
                let id = match missing {
                    Finding::Substance(id) | Finding::Trigger(id) => id.clone(),
                    _ => String::new(),
                };
                return Err(not_found(ItemKind::Finding, &id));
            }
            let id = plan.allocate_id("n");
            let mut linked: Vec<Finding> = Vec::new();
            for finding in findings {
                if !linked.contains(finding) {
                    linked.push(finding.clone());
                }
            }
            plan.needs.push(Need {
                id: id.clone(),
                statement: statement.clone(),
                findings: linked,
            });
            return Ok(Applied::created(id));
        }
        Edit::SetNeedStatement { id, statement } => {
            set_text(&mut by_id!(plan.needs, id, Need)?.statement, statement)
        }
        Edit::LinkFinding { need, finding } => {
            if !plan.finding_exists(finding) {
                let id = match finding {
                    Finding::Substance(id) | Finding::Trigger(id) => id.clone(),
                    _ => String::new(),
                };
                return Err(not_found(ItemKind::Finding, &id));
            }
            let need = by_id!(plan.needs, need, Need)?;
            if !need.findings.contains(finding) {
                need.findings.push(finding.clone());
            }
        }
        Edit::UnlinkFinding { need, finding } => {
            by_id!(plan.needs, need, Need)?
                .findings
                .retain(|f| f != finding);
        }
        Edit::RemoveNeed { id } => {
            let need = remove_id!(plan.needs, id, Need)?;
            let mut notices = Vec::new();
            // Only the goals that address it are copied.
            for goal in plan.goals.iter_mut().filter(|g| g.addresses.contains(id)) {
                Rc::make_mut(goal).addresses.retain(|n| n != id);
                notices.push(Notice::GoalNoLongerAddressesNeed {
                    goal: goal.statement.clone(),
                    need: need.statement.clone(),
                });
            }
            return Ok(Applied {
                created: None,
                notices,
            });
        }

        Edit::AddGoal {
            statement,
            template_id,
        } => {
            let id = plan.allocate_id("g");
            let mut goal = Goal::new(id.clone(), statement.clone());
            goal.template_id = template_id.clone();
            plan.goals.push(Rc::new(goal));
            return Ok(Applied::created(id));
        }
        Edit::SetGoalText { id, field, value } => {
            let goal = by_id!(plan.goals, id, Goal)?;
            let slot = match field {
                GoalField::Statement => &mut goal.statement,
                GoalField::Measure => &mut goal.measure,
                GoalField::Target => &mut goal.target,
            };
            set_text(slot, value);
        }
        Edit::SetGoalDue { id, due } => by_id!(plan.goals, id, Goal)?.due = *due,
        Edit::SetGoalPriority { id, priority } => {
            by_id!(plan.goals, id, Goal)?.priority = *priority
        }
        Edit::SetGoalLifecycle { id, lifecycle } => {
            by_id!(plan.goals, id, Goal)?.lifecycle = *lifecycle
        }
        Edit::SetGoalAchievement { id, achievement } => {
            by_id!(plan.goals, id, Goal)?.achievement = *achievement
        }
        Edit::SetGoalConfidence { id, confidence } => {
            check_max(*confidence, RULER_MAX)?;
            by_id!(plan.goals, id, Goal)?.confidence = *confidence;
        }
        Edit::SetGoalExpressedBy { id, contributor } => {
            if let Some(who) = contributor {
                if !plan.contributors.iter().any(|c| &c.id == who) {
                    return Err(not_found(ItemKind::Contributor, who));
                }
            }
            by_id!(plan.goals, id, Goal)?.expressed_by = contributor.clone();
        }
        Edit::LinkGoalNeed { goal, need } => {
            if plan.need(need).is_none() {
                return Err(not_found(ItemKind::Need, need));
            }
            let goal = by_id!(plan.goals, goal, Goal)?;
            if !goal.addresses.contains(need) {
                goal.addresses.push(need.clone());
            }
        }
        Edit::UnlinkGoalNeed { goal, need } => {
            by_id!(plan.goals, goal, Goal)?
                .addresses
                .retain(|n| n != need);
        }
        Edit::MoveGoal { id, to } => {
            let len = plan.goals.len();
            if *to >= len {
                return Err(EditError::PositionOutOfRange { to: *to, len });
            }
            let goal = remove_id!(plan.goals, id, Goal)?;
            plan.goals.insert(*to, goal);
        }
        Edit::RemoveGoal { id } => {
            remove_id!(plan.goals, id, Goal)?;
        }

        Edit::AddObjective { goal, statement } => {
            if plan.goal(goal).is_none() {
                return Err(not_found(ItemKind::Goal, goal));
            }
            let id = plan.allocate_id("o");
            by_id!(plan.goals, goal, Goal)?.objectives.push(Objective {
                id: id.clone(),
                statement: statement.clone(),
                due: None,
                interventions: Vec::new(),
            });
            return Ok(Applied::created(id));
        }
        Edit::SetObjectiveStatement { id, statement } => {
            set_text(&mut plan.objective_mut(id)?.statement, statement)
        }
        Edit::SetObjectiveDue { id, due } => plan.objective_mut(id)?.due = *due,
        Edit::LinkIntervention {
            objective,
            component,
        } => {
            if plan.component(component).is_none() {
                return Err(not_found(ItemKind::Component, component));
            }
            let objective = plan.objective_mut(objective)?;
            if !objective.interventions.contains(component) {
                objective.interventions.push(component.clone());
            }
        }
        Edit::UnlinkIntervention {
            objective,
            component,
        } => {
            plan.objective_mut(objective)?
                .interventions
                .retain(|c| c != component);
        }
        Edit::RemoveObjective { id } => {
            let goal = plan.goal_of_objective(id)?;
            remove_id!(Rc::make_mut(goal).objectives, id, Objective)?;
        }

        Edit::AddComponent {
            catalog_id,
            category,
            name,
        } => {
            let id = plan.allocate_id("c");
            plan.components.push(Component {
                id: id.clone(),
                catalog_id: catalog_id.clone(),
                category: *category,
                name: name.clone(),
                details: String::new(),
                frequency: String::new(),
                setting: String::new(),
                responsible: String::new(),
                start: None,
            });
            return Ok(Applied::created(id));
        }
        Edit::AddCatalogComponent {
            catalog_id,
            category,
            name,
            details,
            setting,
        } => {
            let id = plan.allocate_id("c");
            plan.components.push(Component {
                id: id.clone(),
                catalog_id: catalog_id.clone(),
                category: *category,
                name: name.clone(),
                details: details.clone(),
                frequency: String::new(),
                setting: setting.clone(),
                responsible: String::new(),
                start: None,
            });
            return Ok(Applied::created(id));
        }
        Edit::SetComponentText { id, field, value } => {
            let component = by_id!(plan.components, id, Component)?;
            let slot = match field {
                ComponentField::Name => &mut component.name,
                ComponentField::Details => &mut component.details,
                ComponentField::Frequency => &mut component.frequency,
                ComponentField::Setting => &mut component.setting,
                ComponentField::Responsible => &mut component.responsible,
            };
            set_text(slot, value);
        }
        Edit::SetComponentStart { id, start } => {
            by_id!(plan.components, id, Component)?.start = *start
        }
        Edit::RemoveComponent { id } => {
            let component = remove_id!(plan.components, id, Component)?;
            let mut notices = Vec::new();
            // Only the goals whose objectives use it are copied.
            let users = plan.goals.iter_mut().filter(|g| g.serves(id));
            for objective in users.flat_map(|g| Rc::make_mut(g).objectives.iter_mut()) {
                let before = objective.interventions.len();
                objective.interventions.retain(|c| c != id);
                if objective.interventions.len() != before {
                    notices.push(Notice::ObjectiveLostIntervention {
                        objective: objective.statement.clone(),
                        component: component.name.clone(),
                    });
                }
            }
            return Ok(Applied {
                created: None,
                notices,
            });
        }

        Edit::AddContact { name } => {
            let id = plan.allocate_id("k");
            plan.relapse_prevention.contacts.push(SupportContact {
                id: id.clone(),
                name: name.clone(),
                relation: String::new(),
                phone: String::new(),
            });
            return Ok(Applied::created(id));
        }
        Edit::SetContactText { id, field, value } => {
            let contact = by_id!(plan.relapse_prevention.contacts, id, Contact)?;
            let slot = match field {
                ContactField::Name => &mut contact.name,
                ContactField::Relation => &mut contact.relation,
                ContactField::Phone => &mut contact.phone,
            };
            set_text(slot, value);
        }
        Edit::RemoveContact { id } => {
            remove_id!(plan.relapse_prevention.contacts, id, Contact)?;
        }
        Edit::SetLapsePlan(text) => set_text(&mut plan.relapse_prevention.lapse_plan, text),
        Edit::AddCrisisLine { name, number } => {
            let id = plan.allocate_id("x");
            plan.relapse_prevention.crisis_lines.push(CrisisLine {
                id: id.clone(),
                name: name.clone(),
                number: number.clone(),
            });
            return Ok(Applied::created(id));
        }
        Edit::SetCrisisLineText { id, field, value } => {
            let line = by_id!(plan.relapse_prevention.crisis_lines, id, CrisisLine)?;
            let slot = match field {
                CrisisLineField::Name => &mut line.name,
                CrisisLineField::Number => &mut line.number,
            };
            set_text(slot, value);
        }
        Edit::RemoveCrisisLine { id } => {
            remove_id!(plan.relapse_prevention.crisis_lines, id, CrisisLine)?;
        }

        Edit::SetAftercareText { field, value } => {
            let a = &mut plan.aftercare;
            let slot = match field {
                AftercareField::SupportGroups => &mut a.support_groups,
                AftercareField::CommunityPrograms => &mut a.community_programs,
                AftercareField::ContinuedTherapy => &mut a.continued_therapy,
                AftercareField::Education => &mut a.education,
                AftercareField::FamilySupport => &mut a.family_support,
            };
            set_text(slot, value);
        }

        Edit::SetReviewCadence(cadence) => plan.review.cadence = *cadence,
        Edit::SetNextReview(date) => plan.review.next_review = *date,
        Edit::FinishReview {
            date,
            reviewed_by,
            changes,
            reason,
        } => {
            plan.revision = plan.revision.saturating_add(1);
            plan.status = PlanStatus::Active;
            let id = plan.allocate_id("r");
            plan.review.history.push(ReviewEntry {
                id: id.clone(),
                date: *date,
                reviewed_by: reviewed_by.clone(),
                changes: changes.clone(),
                reason: reason.clone(),
            });
            return Ok(Applied::created(id));
        }

        Edit::AddSignature {
            name,
            role,
            credentials,
            date,
            time,
        } => {
            let id = plan.allocate_id("sig");
            let revision = plan.revision;
            plan.consent.signatures.push(Signature {
                id: id.clone(),
                name: name.clone(),
                role: *role,
                credentials: credentials.clone(),
                date: *date,
                time: time.trim().to_owned(),
                revision,
            });
            return Ok(Applied::created(id));
        }
        Edit::RemoveSignature { id } => {
            remove_id!(plan.consent.signatures, id, Signature)?;
        }
        Edit::SetCopyGiven(given) => plan.consent.copy_given_to_person = *given,
    }
    done
}
