//! Which field of a plan a form control writes to, and the named edit it
//! makes. The view's generic fields hold a target and a value; turning a
//! new value into an `Edit` is a pure rule, tested here.

use super::date::PlanDate;
use super::document::*;
use super::edit::*;

/// A text field of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextTarget {
    Title,
    Person(PersonField),
    TextItem { list: TextList, id: String },
    CareTeam { id: String, field: CareTeamField },
    ContributorName { id: String },
    Assessment(AssessmentField),
    Substance { id: String, field: SubstanceField },
    Need { id: String },
    Goal { id: String, field: GoalField },
    Objective { id: String },
    Component { id: String, field: ComponentField },
    Contact { id: String, field: ContactField },
    LapsePlan,
    CrisisLine { id: String, field: CrisisLineField },
    Aftercare(AftercareField),
}

impl TextTarget {
    pub fn edit(&self, value: String) -> Edit {
        match self.clone() {
            TextTarget::Title => Edit::SetTitle(value),
            TextTarget::Person(field) => Edit::SetPersonText { field, value },
            TextTarget::TextItem { list, id } => Edit::SetTextItem {
                list,
                id,
                text: value,
            },
            TextTarget::CareTeam { id, field } => Edit::SetCareTeamMember { id, field, value },
            TextTarget::ContributorName { id } => Edit::SetContributorName { id, name: value },
            TextTarget::Assessment(field) => Edit::SetAssessmentText { field, value },
            TextTarget::Substance { id, field } => Edit::SetSubstanceText { id, field, value },
            TextTarget::Need { id } => Edit::SetNeedStatement {
                id,
                statement: value,
            },
            TextTarget::Goal { id, field } => Edit::SetGoalText { id, field, value },
            TextTarget::Objective { id } => Edit::SetObjectiveStatement {
                id,
                statement: value,
            },
            TextTarget::Component { id, field } => Edit::SetComponentText { id, field, value },
            TextTarget::Contact { id, field } => Edit::SetContactText { id, field, value },
            TextTarget::LapsePlan => Edit::SetLapsePlan(value),
            TextTarget::CrisisLine { id, field } => Edit::SetCrisisLineText { id, field, value },
            TextTarget::Aftercare(field) => Edit::SetAftercareText { field, value },
        }
    }
}

/// A date field of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateTarget {
    SubstanceLastUse { id: String },
    GoalDue { id: String },
    ObjectiveDue { id: String },
    ComponentStart { id: String },
    NextReview,
}

impl DateTarget {
    pub fn edit(&self, date: Option<PlanDate>) -> Edit {
        match self.clone() {
            DateTarget::SubstanceLastUse { id } => Edit::SetSubstanceLastUse { id, date },
            DateTarget::GoalDue { id } => Edit::SetGoalDue { id, due: date },
            DateTarget::ObjectiveDue { id } => Edit::SetObjectiveDue { id, due: date },
            DateTarget::ComponentStart { id } => Edit::SetComponentStart { id, start: date },
            DateTarget::NextReview => Edit::SetNextReview(date),
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

/// A bounded number of the plan (a 0-10 ruler, a 0-4 rating, an age).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberTarget {
    SubstanceOnset { id: String },
    ReadinessRuler,
    RiskRating(RiskArea),
    GoalConfidence { id: String },
}

impl NumberTarget {
    /// The highest value the field takes.
    pub fn max(&self) -> u8 {
        match self {
            NumberTarget::SubstanceOnset { .. } => ONSET_MAX,
            NumberTarget::ReadinessRuler | NumberTarget::GoalConfidence { .. } => RULER_MAX,
            NumberTarget::RiskRating(_) => RISK_MAX,
        }
    }

    pub fn edit(&self, value: Option<u8>) -> Edit {
        match self.clone() {
            NumberTarget::SubstanceOnset { id } => Edit::SetSubstanceOnset { id, age: value },
            NumberTarget::ReadinessRuler => Edit::SetReadinessRuler(value),
            NumberTarget::RiskRating(area) => Edit::SetRiskRating {
                area,
                rating: value,
            },
            NumberTarget::GoalConfidence { id } => Edit::SetGoalConfidence {
                id,
                confidence: value,
            },
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

/// A closed choice of the plan, picked from a list by position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceTarget {
    Status,
    ContributorRole { id: String },
    Stage,
    GoalPriority { id: String },
    GoalLifecycle { id: String },
    GoalAchievement { id: String },
    ReviewCadence,
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

impl ChoiceTarget {
    /// How many choices there are; a stage can also be left unset.
    pub fn len(&self) -> usize {
        match self {
            ChoiceTarget::Status => STATUSES.len(),
            ChoiceTarget::ContributorRole { .. } => ROLES.len(),
            ChoiceTarget::Stage => STAGES.len(),
            ChoiceTarget::GoalPriority { .. } => PRIORITIES.len(),
            ChoiceTarget::GoalLifecycle { .. } => LIFECYCLES.len(),
            ChoiceTarget::GoalAchievement { .. } => ACHIEVEMENTS.len(),
            ChoiceTarget::ReviewCadence => CADENCES.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether "not set" is one of the choices.
    pub fn optional(&self) -> bool {
        matches!(self, ChoiceTarget::Stage)
    }

    /// The edit for the choice at `index`; `None` picks "not set" where
    /// that is allowed. An index out of range makes no edit.
    pub fn edit(&self, index: Option<usize>) -> Option<Edit> {
        let Some(i) = index else {
            return self.optional().then_some(Edit::SetReadinessStage(None));
        };
        Some(match self.clone() {
            ChoiceTarget::Status => Edit::SetStatus(*STATUSES.get(i)?),
            ChoiceTarget::ContributorRole { id } => Edit::SetContributorRole {
                id,
                role: *ROLES.get(i)?,
            },
            ChoiceTarget::Stage => Edit::SetReadinessStage(Some(*STAGES.get(i)?)),
            ChoiceTarget::GoalPriority { id } => Edit::SetGoalPriority {
                id,
                priority: *PRIORITIES.get(i)?,
            },
            ChoiceTarget::GoalLifecycle { id } => Edit::SetGoalLifecycle {
                id,
                lifecycle: *LIFECYCLES.get(i)?,
            },
            ChoiceTarget::GoalAchievement { id } => Edit::SetGoalAchievement {
                id,
                achievement: *ACHIEVEMENTS.get(i)?,
            },
            ChoiceTarget::ReviewCadence => Edit::SetReviewCadence(*CADENCES.get(i)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_targets_make_the_edit_for_their_field() {
        assert_eq!(
            TextTarget::Goal {
                id: "g1".into(),
                field: GoalField::Measure
            }
            .edit("sign-in sheet".into()),
            Edit::SetGoalText {
                id: "g1".into(),
                field: GoalField::Measure,
                value: "sign-in sheet".into()
            }
        );
        assert_eq!(
            TextTarget::LapsePlan.edit("Call my sponsor".into()),
            Edit::SetLapsePlan("Call my sponsor".into())
        );
    }

    #[test]
    fn dates_are_set_whole_cleared_when_empty_and_ignored_when_partial() {
        let target = DateTarget::GoalDue { id: "g1".into() };
        let date = PlanDate::parse("2026-12-31").ok();
        assert_eq!(
            target.edit_from_input("2026-12-31"),
            Some(Edit::SetGoalDue {
                id: "g1".into(),
                due: date
            })
        );
        assert_eq!(
            target.edit_from_input(" "),
            Some(Edit::SetGoalDue {
                id: "g1".into(),
                due: None
            })
        );
        assert_eq!(target.edit_from_input("2026-02-30"), None);
        assert_eq!(target.edit_from_input("2026-1"), None);
    }

    #[test]
    fn numbers_outside_their_scale_make_no_edit() {
        let risk = NumberTarget::RiskRating(RiskArea::PhysicalHealth);
        assert_eq!(
            risk.edit_from_input("4"),
            Some(Edit::SetRiskRating {
                area: RiskArea::PhysicalHealth,
                rating: Some(4)
            })
        );
        assert_eq!(risk.edit_from_input("5"), None);
        assert_eq!(risk.edit_from_input("-1"), None);
        assert_eq!(risk.edit_from_input("two"), None);
        assert_eq!(
            NumberTarget::ReadinessRuler.edit_from_input(""),
            Some(Edit::SetReadinessRuler(None))
        );
        assert_eq!(
            NumberTarget::ReadinessRuler.edit_from_input("10"),
            Some(Edit::SetReadinessRuler(Some(10)))
        );
    }

    #[test]
    fn choices_pick_by_position_and_only_a_stage_can_be_unset() {
        let lifecycle = ChoiceTarget::GoalLifecycle { id: "g1".into() };
        assert_eq!(
            lifecycle.edit(Some(2)),
            Some(Edit::SetGoalLifecycle {
                id: "g1".into(),
                lifecycle: GoalLifecycle::OnHold
            })
        );
        assert_eq!(lifecycle.edit(Some(5)), None);
        assert_eq!(lifecycle.edit(None), None);
        assert_eq!(
            ChoiceTarget::Stage.edit(None),
            Some(Edit::SetReadinessStage(None))
        );
        assert_eq!(
            ChoiceTarget::Stage.edit(Some(4)),
            Some(Edit::SetReadinessStage(Some(StageOfChange::Maintenance)))
        );
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
