//! The places of a plan that a form control writes: one value type per
//! kind of field (text, date, number, closed choice). A target is a slot
//! (which field) and, for a field of an item, the item's id. Each target
//! resolves itself to the value it reads and writes, so the edits, undo
//! coalescing, the review's comparison, the labels and the tests' edit
//! generator all come from these lists, and a new field is one new slot.

use super::date::PlanDate;
use super::document::*;
use super::edit::*;
use super::review::Section;
use strum::VariantArray;

/// `&` or `&mut` of a place: one description of where a field lives
/// serves both reading and writing.
macro_rules! place {
    (ref, $e:expr) => {
        &$e
    };
    (mut, $e:expr) => {
        &mut $e
    };
}

/// The item with `id` in a list of items that have ids.
macro_rules! item {
    (ref, $list:expr, $id:expr) => {
        $list.iter().find(|x| x.id == $id)
    };
    (mut, $list:expr, $id:expr) => {
        $list.iter_mut().find(|x| x.id == $id)
    };
}

macro_rules! objective {
    (ref, $plan:expr, $id:expr) => {
        $plan
            .goals
            .iter()
            .flat_map(|g| g.objectives.iter())
            .find(|o| o.id == $id)
    };
    // Only the goal that has the objective is copied (goals are shared
    // between snapshots).
    (mut, $plan:expr, $id:expr) => {
        $plan
            .goals
            .iter_mut()
            .find(|g| g.objectives.iter().any(|o| o.id == $id))
            .and_then(|g| {
                std::rc::Rc::make_mut(g)
                    .objectives
                    .iter_mut()
                    .find(|o| o.id == $id)
            })
    };
}

/// A goal's barrier; to write, only the goal that has it is copied.
macro_rules! barrier {
    (ref, $plan:expr, $id:expr) => {
        $plan
            .goals
            .iter()
            .flat_map(|g| g.barriers.iter())
            .find(|b| b.id == $id)
    };
    (mut, $plan:expr, $id:expr) => {
        $plan
            .goals
            .iter_mut()
            .find(|g| g.barriers.iter().any(|b| b.id == $id))
            .and_then(|g| {
                std::rc::Rc::make_mut(g)
                    .barriers
                    .iter_mut()
                    .find(|b| b.id == $id)
            })
    };
}

/// A goal; to write, copied out of the snapshots that share it, only it.
macro_rules! goal {
    (ref, $plan:expr, $id:expr) => {
        $plan.goal($id)
    };
    (mut, $plan:expr, $id:expr) => {
        $plan.goal_mut($id)
    };
}

macro_rules! text_list {
    (ref, $plan:expr, $list:expr) => {
        $plan.text_list($list)
    };
    (mut, $plan:expr, $list:expr) => {
        $plan.text_list_mut($list)
    };
}

macro_rules! risk_view {
    (ref, $plan:expr) => {
        $plan.assessment.risk_view.as_ref()
    };
    (mut, $plan:expr) => {
        $plan.assessment.risk_view.as_mut()
    };
}

/// Which text field: the section's own, or one of an item (then the
/// target's id names the item).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextSlot {
    Title,
    Person(PersonField),
    TextItem(TextList),
    CareTeam(CareTeamField),
    ContributorName,
    Assessment(AssessmentField),
    Substance(SubstanceField),
    Need,
    /// A need in clinical words (the problem statement).
    NeedProblem,
    Goal(GoalField),
    /// Something that may get in the way of a goal (its id names it).
    Barrier,
    Objective,
    /// How an objective is measured, and what counts as done.
    ObjectiveMeasure,
    ObjectiveTarget,
    Component(ComponentField),
    Contact(ContactField),
    LapsePlan,
    CrisisLine(CrisisLineField),
    Aftercare(AftercareField),
    Clinical(ClinicalField),
}

/// Which date field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum DateSlot {
    PlanEffective,
    PlanTarget,
    SubstanceLastUse,
    GoalDue,
    ObjectiveDue,
    ComponentStart,
    NextReview,
}

/// Which bounded number (a 0-10 ruler, a 0-4 rating, an age).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberSlot {
    SubstanceOnset,
    ReadinessRuler,
    RiskRating(RiskArea),
    GoalConfidence,
}

/// Which closed choice, picked from a list by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum ChoiceSlot {
    Status,
    ContributorRole,
    Stage,
    GoalPriority,
    GoalLifecycle,
    GoalAchievement,
    ReviewCadence,
}

/// A slot and, for a field of an item, the item's id (empty otherwise).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target<S> {
    pub slot: S,
    pub id: String,
}

pub type TextTarget = Target<TextSlot>;
pub type DateTarget = Target<DateSlot>;
pub type NumberTarget = Target<NumberSlot>;
pub type ChoiceTarget = Target<ChoiceSlot>;

impl<S> Target<S> {
    /// The field `slot` of the item `id`.
    pub fn of(slot: S, id: impl Into<String>) -> Self {
        Self {
            slot,
            id: id.into(),
        }
    }
}

/// A field of a section (no item): `TextSlot::Title.into()`.
impl<S> From<S> for Target<S> {
    fn from(slot: S) -> Self {
        Self::of(slot, String::new())
    }
}

/// Where a slot lives: in one item of a kind, or in a section of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Item(ItemKind),
    Section(Section),
}

impl TextSlot {
    /// Every text slot, in plan order.
    pub fn all() -> Vec<TextSlot> {
        let mut all = vec![TextSlot::Title];
        all.extend(PersonField::VARIANTS.iter().map(|f| TextSlot::Person(*f)));
        all.extend(TextList::VARIANTS.iter().map(|l| TextSlot::TextItem(*l)));
        all.extend(
            CareTeamField::VARIANTS
                .iter()
                .map(|f| TextSlot::CareTeam(*f)),
        );
        all.push(TextSlot::ContributorName);
        all.extend(
            AssessmentField::VARIANTS
                .iter()
                .map(|f| TextSlot::Assessment(*f)),
        );
        all.extend(
            SubstanceField::VARIANTS
                .iter()
                .map(|f| TextSlot::Substance(*f)),
        );
        all.extend([TextSlot::Need, TextSlot::NeedProblem]);
        all.extend(GoalField::VARIANTS.iter().map(|f| TextSlot::Goal(*f)));
        all.extend([
            TextSlot::Barrier,
            TextSlot::Objective,
            TextSlot::ObjectiveMeasure,
            TextSlot::ObjectiveTarget,
        ]);
        all.extend(
            ComponentField::VARIANTS
                .iter()
                .map(|f| TextSlot::Component(*f)),
        );
        all.extend(ContactField::VARIANTS.iter().map(|f| TextSlot::Contact(*f)));
        all.push(TextSlot::LapsePlan);
        all.extend(
            CrisisLineField::VARIANTS
                .iter()
                .map(|f| TextSlot::CrisisLine(*f)),
        );
        all.extend(
            AftercareField::VARIANTS
                .iter()
                .map(|f| TextSlot::Aftercare(*f)),
        );
        all.extend(
            ClinicalField::VARIANTS
                .iter()
                .map(|f| TextSlot::Clinical(*f)),
        );
        all
    }

    pub fn owner(self) -> Owner {
        use ItemKind as K;
        match self {
            TextSlot::Title => Owner::Section(Section::Plan),
            TextSlot::Person(_) => Owner::Section(Section::Person),
            TextSlot::TextItem(_) => Owner::Item(K::TextItem),
            TextSlot::CareTeam(_) => Owner::Item(K::CareTeamMember),
            TextSlot::ContributorName => Owner::Item(K::Contributor),
            TextSlot::Assessment(_) => Owner::Section(Section::Assessment),
            TextSlot::Substance(_) => Owner::Item(K::Substance),
            TextSlot::Need | TextSlot::NeedProblem => Owner::Item(K::Need),
            TextSlot::Goal(_) => Owner::Item(K::Goal),
            TextSlot::Barrier => Owner::Item(K::Barrier),
            TextSlot::Objective | TextSlot::ObjectiveMeasure | TextSlot::ObjectiveTarget => {
                Owner::Item(K::Objective)
            }
            TextSlot::Component(_) => Owner::Item(K::Component),
            TextSlot::Contact(_) => Owner::Item(K::Contact),
            TextSlot::LapsePlan => Owner::Section(Section::RelapsePrevention),
            TextSlot::CrisisLine(_) => Owner::Item(K::CrisisLine),
            TextSlot::Aftercare(_) => Owner::Section(Section::Aftercare),
            TextSlot::Clinical(_) => Owner::Section(Section::Assessment),
        }
    }

    /// Whether this is the item's own words (a goal's statement, a
    /// service's name): the review calls a change there "wording".
    pub fn names_item(self) -> bool {
        matches!(
            self,
            TextSlot::TextItem(_)
                | TextSlot::CareTeam(CareTeamField::Name)
                | TextSlot::ContributorName
                | TextSlot::Substance(SubstanceField::Substance)
                | TextSlot::Need
                | TextSlot::Goal(GoalField::Statement)
                | TextSlot::Barrier
                | TextSlot::Objective
                | TextSlot::Component(ComponentField::Name)
                | TextSlot::Contact(ContactField::Name)
                | TextSlot::CrisisLine(CrisisLineField::Name)
        )
    }
}

macro_rules! text_place {
    ($m:tt, $t:expr, $plan:expr) => {{
        let id = $t.id.as_str();
        match $t.slot {
            TextSlot::Title => Some(place!($m, $plan.title)),
            TextSlot::Person(f) => Some(match f {
                PersonField::PreferredName => place!($m, $plan.person.preferred_name),
                PersonField::Pronouns => place!($m, $plan.person.pronouns),
                PersonField::Language => place!($m, $plan.person.language),
                PersonField::CultureIdentity => place!($m, $plan.person.culture_identity),
            }),
            TextSlot::TextItem(list) => {
                item!($m, text_list!($m, $plan, list), id).map(|t| place!($m, t.text))
            }
            TextSlot::CareTeam(f) => item!($m, $plan.care_team, id).map(|x| match f {
                CareTeamField::Name => place!($m, x.name),
                CareTeamField::Role => place!($m, x.role),
                CareTeamField::Contact => place!($m, x.contact),
            }),
            TextSlot::ContributorName => {
                item!($m, $plan.contributors, id).map(|x| place!($m, x.name))
            }
            TextSlot::Assessment(f) => {
                let a = place!($m, $plan.assessment);
                Some(match f {
                    AssessmentField::WithdrawalRisk => place!($m, a.withdrawal_risk),
                    AssessmentField::PhysicalHealth => place!($m, a.physical_health),
                    AssessmentField::MentalHealth => place!($m, a.mental_health),
                    AssessmentField::CoOccurringConditions => {
                        place!($m, a.co_occurring_conditions)
                    }
                    AssessmentField::Trauma => place!($m, a.trauma),
                    AssessmentField::FamilyBackground => place!($m, a.family_background),
                    AssessmentField::SocialSupport => place!($m, a.social_support),
                    AssessmentField::LivingEnvironment => place!($m, a.living_environment),
                    AssessmentField::WorkSchoolStress => place!($m, a.work_school_stress),
                    AssessmentField::SpiritualNeeds => place!($m, a.spiritual_needs),
                    AssessmentField::PastTreatment => place!($m, a.past_treatment),
                    AssessmentField::CurrentMedications => place!($m, a.current_medications),
                })
            }
            TextSlot::Substance(f) => item!($m, $plan.assessment.substances, id).map(|x| match f {
                SubstanceField::Substance => place!($m, x.substance),
                SubstanceField::Pattern => place!($m, x.pattern),
                SubstanceField::Route => place!($m, x.route),
            }),
            TextSlot::Need => item!($m, $plan.needs, id).map(|x| place!($m, x.statement)),
            TextSlot::NeedProblem => item!($m, $plan.needs, id).map(|x| place!($m, x.problem)),
            TextSlot::Goal(f) => goal!($m, $plan, id).map(|x| match f {
                GoalField::Statement => place!($m, x.statement),
                GoalField::Measure => place!($m, x.measure),
                GoalField::Target => place!($m, x.target),
            }),
            TextSlot::Barrier => barrier!($m, $plan, id).map(|x| place!($m, x.text)),
            TextSlot::Objective => objective!($m, $plan, id).map(|x| place!($m, x.statement)),
            TextSlot::ObjectiveMeasure => objective!($m, $plan, id).map(|x| place!($m, x.measure)),
            TextSlot::ObjectiveTarget => objective!($m, $plan, id).map(|x| place!($m, x.target)),
            TextSlot::Component(f) => item!($m, $plan.components, id).map(|x| match f {
                ComponentField::Name => place!($m, x.name),
                ComponentField::Details => place!($m, x.details),
                ComponentField::Frequency => place!($m, x.frequency),
                ComponentField::Setting => place!($m, x.setting),
                ComponentField::Responsible => place!($m, x.responsible),
            }),
            TextSlot::Contact(f) => {
                item!($m, $plan.relapse_prevention.contacts, id).map(|x| match f {
                    ContactField::Name => place!($m, x.name),
                    ContactField::Relation => place!($m, x.relation),
                    ContactField::Phone => place!($m, x.phone),
                })
            }
            TextSlot::LapsePlan => Some(place!($m, $plan.relapse_prevention.lapse_plan)),
            TextSlot::CrisisLine(f) => {
                item!($m, $plan.relapse_prevention.crisis_lines, id).map(|x| match f {
                    CrisisLineField::Name => place!($m, x.name),
                    CrisisLineField::Number => place!($m, x.number),
                })
            }
            TextSlot::Aftercare(f) => {
                let a = place!($m, $plan.aftercare);
                Some(match f {
                    AftercareField::SupportGroups => place!($m, a.support_groups),
                    AftercareField::CommunityPrograms => place!($m, a.community_programs),
                    AftercareField::ContinuedTherapy => place!($m, a.continued_therapy),
                    AftercareField::Education => place!($m, a.education),
                    AftercareField::FamilySupport => place!($m, a.family_support),
                    AftercareField::DischargeCriteria => place!($m, a.discharge_criteria),
                })
            }
            TextSlot::Clinical(f) => {
                let a = place!($m, $plan.assessment);
                Some(match f {
                    ClinicalField::Diagnoses => place!($m, a.diagnoses),
                    ClinicalField::LevelOfCare => place!($m, a.level_of_care),
                    ClinicalField::LevelOfCareRationale => place!($m, a.level_of_care_rationale),
                })
            }
        }
    }};
}

/// Why a target found nothing to write: its item is gone.
fn missing(owner: Owner, id: &str) -> EditError {
    match owner {
        Owner::Item(kind) => EditError::NotFound {
            kind,
            id: id.to_owned(),
        },
        // Sections always exist; only the risk view can be absent.
        Owner::Section(_) => EditError::RiskViewOff,
    }
}

/// A target's `read` (the value there now, if its item exists) and
/// `slot_in` (the value to write, or why there is none), both from the
/// one description of its place.
macro_rules! reads_and_writes {
    ($target:ty, $value:ty, $place:ident) => {
        impl $target {
            pub fn read<'p>(&self, plan: &'p Plan) -> Option<&'p $value> {
                $place!(ref, self, plan)
            }

            pub fn slot_in<'p>(&self, plan: &'p mut Plan) -> Result<&'p mut $value, EditError> {
                $place!(mut, self, plan).ok_or_else(|| missing(self.slot.owner(), &self.id))
            }
        }
    };
}

reads_and_writes!(TextTarget, String, text_place);

impl TextTarget {
    pub fn edit(&self, value: String) -> Edit {
        Edit::SetText {
            at: self.clone(),
            value,
        }
    }
}

impl DateSlot {
    pub fn all() -> Vec<DateSlot> {
        DateSlot::VARIANTS.to_vec()
    }

    pub fn owner(self) -> Owner {
        match self {
            DateSlot::PlanEffective | DateSlot::PlanTarget => Owner::Section(Section::Plan),
            DateSlot::SubstanceLastUse => Owner::Item(ItemKind::Substance),
            DateSlot::GoalDue => Owner::Item(ItemKind::Goal),
            DateSlot::ObjectiveDue => Owner::Item(ItemKind::Objective),
            DateSlot::ComponentStart => Owner::Item(ItemKind::Component),
            DateSlot::NextReview => Owner::Section(Section::ReviewSchedule),
        }
    }
}

macro_rules! date_place {
    ($m:tt, $t:expr, $plan:expr) => {{
        let id = $t.id.as_str();
        match $t.slot {
            DateSlot::PlanEffective => Some(place!($m, $plan.effective_date)),
            DateSlot::PlanTarget => Some(place!($m, $plan.target_date)),
            DateSlot::SubstanceLastUse => {
                item!($m, $plan.assessment.substances, id).map(|x| place!($m, x.last_use))
            }
            DateSlot::GoalDue => goal!($m, $plan, id).map(|x| place!($m, x.due)),
            DateSlot::ObjectiveDue => objective!($m, $plan, id).map(|x| place!($m, x.due)),
            DateSlot::ComponentStart => {
                item!($m, $plan.components, id).map(|x| place!($m, x.start))
            }
            DateSlot::NextReview => Some(place!($m, $plan.review.next_review)),
        }
    }};
}

reads_and_writes!(DateTarget, Option<PlanDate>, date_place);

impl DateTarget {
    pub fn edit(&self, date: Option<PlanDate>) -> Edit {
        Edit::SetDate {
            at: self.clone(),
            date,
        }
    }

    /// The edit for what a date control reports: empty clears the date; a
    /// partial or impossible date makes no edit until it is whole.
    pub fn edit_from_input(&self, text: &str) -> Option<Edit> {
        match text.trim() {
            "" => Some(self.edit(None)),
            text => PlanDate::parse(text).ok().map(|d| self.edit(Some(d))),
        }
    }
}

impl NumberSlot {
    pub fn all() -> Vec<NumberSlot> {
        let mut all = vec![NumberSlot::SubstanceOnset, NumberSlot::ReadinessRuler];
        all.extend(RiskArea::ALL.iter().map(|a| NumberSlot::RiskRating(*a)));
        all.push(NumberSlot::GoalConfidence);
        all
    }

    pub fn owner(self) -> Owner {
        match self {
            NumberSlot::SubstanceOnset => Owner::Item(ItemKind::Substance),
            NumberSlot::ReadinessRuler | NumberSlot::RiskRating(_) => {
                Owner::Section(Section::Assessment)
            }
            NumberSlot::GoalConfidence => Owner::Item(ItemKind::Goal),
        }
    }

    /// The highest value the field takes.
    pub fn max(self) -> u8 {
        match self {
            NumberSlot::SubstanceOnset => ONSET_MAX,
            NumberSlot::ReadinessRuler | NumberSlot::GoalConfidence => RULER_MAX,
            NumberSlot::RiskRating(_) => RISK_MAX,
        }
    }
}

macro_rules! number_place {
    ($m:tt, $t:expr, $plan:expr) => {{
        let id = $t.id.as_str();
        match $t.slot {
            NumberSlot::SubstanceOnset => {
                item!($m, $plan.assessment.substances, id).map(|x| place!($m, x.age_of_onset))
            }
            NumberSlot::ReadinessRuler => Some(place!($m, $plan.assessment.readiness.ruler)),
            NumberSlot::RiskRating(area) => risk_view!($m, $plan).map(|v| match area {
                RiskArea::IntoxicationWithdrawal => place!($m, v.intoxication_withdrawal),
                RiskArea::PhysicalHealth => place!($m, v.physical_health),
                RiskArea::EmotionsThinking => place!($m, v.emotions_thinking),
                RiskArea::Readiness => place!($m, v.readiness),
                RiskArea::ContinuedUse => place!($m, v.continued_use),
                RiskArea::RecoveryEnvironment => place!($m, v.recovery_environment),
            }),
            NumberSlot::GoalConfidence => goal!($m, $plan, id).map(|x| place!($m, x.confidence)),
        }
    }};
}

reads_and_writes!(NumberTarget, Option<u8>, number_place);

impl NumberTarget {
    pub fn max(&self) -> u8 {
        self.slot.max()
    }

    pub fn edit(&self, value: Option<u8>) -> Edit {
        Edit::SetNumber {
            at: self.clone(),
            value,
        }
    }

    /// The edit for what a control reports: empty clears the value; text
    /// that is not a whole number in range makes no edit.
    pub fn edit_from_input(&self, text: &str) -> Option<Edit> {
        match text.trim() {
            "" => Some(self.edit(None)),
            text => text
                .parse::<u8>()
                .ok()
                .filter(|n| *n <= self.max())
                .map(|n| self.edit(Some(n))),
        }
    }
}

impl Plan {
    /// The text of a section's field, or of an assessment or aftercare
    /// area: read through its target, the one description of where it is.
    pub fn text_of(&self, slot: TextSlot) -> &str {
        TextTarget::from(slot).read(self).map_or("", String::as_str)
    }

    /// A section's number (the ruler, a risk rating), if given.
    pub fn number_of(&self, slot: NumberSlot) -> Option<u8> {
        NumberTarget::from(slot).read(self).copied().flatten()
    }
}

pub const STATUSES: &[PlanStatus] = <PlanStatus as strum::VariantArray>::VARIANTS;
pub const ROLES: &[ContributorRole] = <ContributorRole as strum::VariantArray>::VARIANTS;
pub const SIGNER_ROLES: &[SignerRole] = <SignerRole as strum::VariantArray>::VARIANTS;
pub const STAGES: &[StageOfChange] = <StageOfChange as strum::VariantArray>::VARIANTS;
pub const PRIORITIES: &[Priority] = <Priority as strum::VariantArray>::VARIANTS;
pub const LIFECYCLES: &[GoalLifecycle] = <GoalLifecycle as strum::VariantArray>::VARIANTS;
pub const ACHIEVEMENTS: &[Achievement] = <Achievement as strum::VariantArray>::VARIANTS;
pub const CADENCES: &[ReviewCadence] = <ReviewCadence as strum::VariantArray>::VARIANTS;
/// The categories, in declared order (kept with the catalog that names them).
pub const CATEGORIES: &[ComponentCategory] = super::catalog::ALL_CATEGORIES;

impl ChoiceSlot {
    pub fn all() -> Vec<ChoiceSlot> {
        ChoiceSlot::VARIANTS.to_vec()
    }

    pub fn owner(self) -> Owner {
        match self {
            ChoiceSlot::Status => Owner::Section(Section::Plan),
            ChoiceSlot::ContributorRole => Owner::Item(ItemKind::Contributor),
            ChoiceSlot::Stage => Owner::Section(Section::Assessment),
            ChoiceSlot::GoalPriority | ChoiceSlot::GoalLifecycle | ChoiceSlot::GoalAchievement => {
                Owner::Item(ItemKind::Goal)
            }
            ChoiceSlot::ReviewCadence => Owner::Section(Section::ReviewSchedule),
        }
    }

    /// How many choices there are; a stage can also be left unset.
    pub fn len(self) -> usize {
        match self {
            ChoiceSlot::Status => STATUSES.len(),
            ChoiceSlot::ContributorRole => ROLES.len(),
            ChoiceSlot::Stage => STAGES.len(),
            ChoiceSlot::GoalPriority => PRIORITIES.len(),
            ChoiceSlot::GoalLifecycle => LIFECYCLES.len(),
            ChoiceSlot::GoalAchievement => ACHIEVEMENTS.len(),
            ChoiceSlot::ReviewCadence => CADENCES.len(),
        }
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Whether "not set" is one of the choices.
    pub fn optional(self) -> bool {
        matches!(self, ChoiceSlot::Stage)
    }
}

/// Reads or writes a choice by its position in the choice's list.
fn choose<T: Copy + PartialEq>(list: &[T], slot: &mut T, index: usize) -> Option<()> {
    *slot = *list.get(index)?;
    Some(())
}

fn position<T: PartialEq>(list: &[T], value: &T) -> Option<usize> {
    list.iter().position(|v| v == value)
}

impl ChoiceTarget {
    pub fn len(&self) -> usize {
        self.slot.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slot.is_empty()
    }

    pub fn optional(&self) -> bool {
        self.slot.optional()
    }

    /// The edit for the choice at `index`; `None` picks "not set" where
    /// that is allowed. An index out of range makes no edit. The plan's
    /// status has its own edit: changing it is bound by the lock.
    pub fn edit(&self, index: Option<usize>) -> Option<Edit> {
        match (self.slot, index) {
            (ChoiceSlot::Status, Some(i)) => STATUSES.get(i).map(|s| Edit::SetStatus(*s)),
            (_, Some(i)) if i >= self.len() => None,
            (_, None) if !self.optional() => None,
            _ => Some(Edit::SetChoice {
                at: self.clone(),
                choice: index,
            }),
        }
    }

    /// The position of the choice made, if the item exists; `Some(None)`
    /// when an optional choice is not made.
    pub fn read(&self, plan: &Plan) -> Option<Option<usize>> {
        let id = self.id.as_str();
        Some(match self.slot {
            ChoiceSlot::Status => position(STATUSES, &plan.status),
            ChoiceSlot::ContributorRole => {
                position(ROLES, &item!(ref, plan.contributors, id)?.role)
            }
            ChoiceSlot::Stage => plan
                .assessment
                .readiness
                .stage
                .and_then(|s| position(STAGES, &s)),
            ChoiceSlot::GoalPriority => position(PRIORITIES, &goal!(ref, plan, id)?.priority),
            ChoiceSlot::GoalLifecycle => position(LIFECYCLES, &goal!(ref, plan, id)?.lifecycle),
            ChoiceSlot::GoalAchievement => {
                position(ACHIEVEMENTS, &goal!(ref, plan, id)?.achievement)
            }
            ChoiceSlot::ReviewCadence => position(CADENCES, &plan.review.cadence),
        })
    }

    /// Makes the choice at `index` (`None`: not set), or says why not.
    pub fn write(&self, plan: &mut Plan, index: Option<usize>) -> Result<(), EditError> {
        let id = self.id.as_str();
        let gone = || missing(self.slot.owner(), id);
        let out_of_range = || EditError::OutOfRange {
            value: index.map_or(u32::MAX, |i| u32::try_from(i).unwrap_or(u32::MAX)),
            max: u32::try_from(self.len().saturating_sub(1)).unwrap_or(u32::MAX),
        };
        let Some(i) = index else {
            return match self.slot {
                ChoiceSlot::Stage => {
                    plan.assessment.readiness.stage = None;
                    Ok(())
                }
                _ => Err(out_of_range()),
            };
        };
        let done = match self.slot {
            ChoiceSlot::Status => choose(STATUSES, &mut plan.status, i),
            ChoiceSlot::ContributorRole => {
                let who = item!(mut, plan.contributors, id).ok_or_else(gone)?;
                choose(ROLES, &mut who.role, i)
            }
            ChoiceSlot::Stage => STAGES
                .get(i)
                .map(|s| plan.assessment.readiness.stage = Some(*s)),
            ChoiceSlot::GoalPriority => {
                let goal = goal!(mut, plan, id).ok_or_else(gone)?;
                choose(PRIORITIES, &mut goal.priority, i)
            }
            ChoiceSlot::GoalLifecycle => {
                let goal = goal!(mut, plan, id).ok_or_else(gone)?;
                choose(LIFECYCLES, &mut goal.lifecycle, i)
            }
            ChoiceSlot::GoalAchievement => {
                let goal = goal!(mut, plan, id).ok_or_else(gone)?;
                choose(ACHIEVEMENTS, &mut goal.achievement, i)
            }
            ChoiceSlot::ReviewCadence => choose(CADENCES, &mut plan.review.cadence, i),
        };
        done.ok_or_else(out_of_range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_targets_make_the_edit_for_their_field() {
        let measure = TextTarget::of(TextSlot::Goal(GoalField::Measure), "g1");
        assert_eq!(
            measure.edit("sign-in sheet".into()),
            Edit::SetText {
                at: measure.clone(),
                value: "sign-in sheet".into()
            }
        );
        let mut plan = Plan::new("p", None);
        plan.goals.push(std::rc::Rc::new(Goal::new("g1", "Walk")));
        apply(&mut plan, &measure.edit("sign-in sheet".into())).ok();
        assert_eq!(plan.goals[0].measure, "sign-in sheet");
        assert_eq!(
            measure.read(&plan).map(String::as_str),
            Some("sign-in sheet")
        );
        let lapse = TextTarget::from(TextSlot::LapsePlan);
        apply(&mut plan, &lapse.edit("Call my sponsor".into())).ok();
        assert_eq!(plan.relapse_prevention.lapse_plan, "Call my sponsor");
        let gone = TextTarget::of(TextSlot::Goal(GoalField::Measure), "g9");
        assert_eq!(
            apply(&mut plan, &gone.edit("x".into())),
            Err(EditError::NotFound {
                kind: ItemKind::Goal,
                id: "g9".into()
            })
        );
    }

    #[test]
    fn dates_are_set_whole_cleared_when_empty_and_ignored_when_partial() {
        let target = DateTarget::of(DateSlot::GoalDue, "g1");
        let date = PlanDate::parse("2026-12-31").ok();
        assert_eq!(
            target.edit_from_input("2026-12-31"),
            Some(target.edit(date))
        );
        assert_eq!(target.edit_from_input(" "), Some(target.edit(None)));
        assert_eq!(target.edit_from_input("2026-02-30"), None);
        assert_eq!(target.edit_from_input("2026-1"), None);
    }

    #[test]
    fn numbers_outside_their_scale_make_no_edit() {
        let risk = NumberTarget::from(NumberSlot::RiskRating(RiskArea::PhysicalHealth));
        assert_eq!(risk.edit_from_input("4"), Some(risk.edit(Some(4))));
        assert_eq!(risk.edit_from_input("5"), None);
        assert_eq!(risk.edit_from_input("-1"), None);
        assert_eq!(risk.edit_from_input("two"), None);
        let ruler = NumberTarget::from(NumberSlot::ReadinessRuler);
        assert_eq!(ruler.edit_from_input(""), Some(ruler.edit(None)));
        assert_eq!(ruler.edit_from_input("10"), Some(ruler.edit(Some(10))));
    }

    #[test]
    fn choices_pick_by_position_and_only_a_stage_can_be_unset() {
        let lifecycle = ChoiceTarget::of(ChoiceSlot::GoalLifecycle, "g1");
        let mut plan = Plan::new("p", None);
        plan.goals.push(std::rc::Rc::new(Goal::new("g1", "Walk")));
        let edit = lifecycle.edit(Some(2)).expect("in range");
        apply(&mut plan, &edit).ok();
        assert_eq!(plan.goals[0].lifecycle, GoalLifecycle::OnHold);
        assert_eq!(lifecycle.read(&plan), Some(Some(2)));
        assert_eq!(lifecycle.edit(Some(5)), None);
        assert_eq!(lifecycle.edit(None), None);
        let stage = ChoiceTarget::from(ChoiceSlot::Stage);
        apply(&mut plan, &stage.edit(Some(4)).expect("in range")).ok();
        assert_eq!(
            plan.assessment.readiness.stage,
            Some(StageOfChange::Maintenance)
        );
        apply(&mut plan, &stage.edit(None).expect("optional")).ok();
        assert_eq!(plan.assessment.readiness.stage, None);
        assert_eq!(
            ChoiceTarget::from(ChoiceSlot::Status).edit(Some(1)),
            Some(Edit::SetStatus(PlanStatus::Active))
        );
    }

    #[test]
    fn each_slot_is_listed_once() {
        let text = TextSlot::all();
        for slot in &text {
            assert_eq!(text.iter().filter(|s| *s == slot).count(), 1, "{slot:?}");
        }
        let numbers = NumberSlot::all();
        for slot in &numbers {
            assert_eq!(numbers.iter().filter(|s| *s == slot).count(), 1);
        }
    }

    #[test]
    fn choice_lists_hold_each_choice_once_in_declared_order() {
        // The word lists in i18n::words index by declaration order too.
        for (i, v) in STAGES.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in ACHIEVEMENTS.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in CATEGORIES.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in LIFECYCLES.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in ROLES.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in PRIORITIES.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in CADENCES.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in STATUSES.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
        for (i, v) in SIGNER_ROLES.iter().enumerate() {
            assert_eq!(*v as usize, i);
        }
    }
}
