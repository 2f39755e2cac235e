//! The words of the plan itself: section headings, field labels and the
//! names of choices. The view, the printable plan and the text export all
//! use these, so a field is called the same thing everywhere.
//!
//! They are messages of locales/<tag>.ftl like any other: those the first
//! step shows are fields of `Messages` (above `## ON DEMAND`), the rest of
//! `Words` (below it), which reaches the first ones too. A choice list is a
//! `-list` message, one line per choice, in the order its type declares
//! them. Each accessor below reads its list as `[&str; X::COUNT]`, so a new
//! member without its line does not compile, and is a method of the struct
//! that holds the list, so a list on the wrong side does not compile either.

use super::{Messages, Words};
use crate::plan::edit::{AftercareField, AssessmentField, ClinicalField, RiskArea, TextList};
use crate::plan::{
    Achievement, ComponentCategory, ContributorRole, GoalLifecycle, PlanStatus, Priority,
    ProgressStatus, ReviewCadence, SignerRole, StageOfChange,
};
use strum::EnumCount;

/// `impl S { fn name(&self, v: Type) }`: the `list` entry of a choice, whose
/// length must be `Type::COUNT`.
macro_rules! choices {
    ($($words:ty { $($name:ident($type:ty) => $list:ident;)* })*) => {
        $(impl $words {
            $(pub fn $name(&self, v: $type) -> &'static str {
                let words: &[&'static str; <$type>::COUNT] = &self.$list;
                words[v as usize]
            })*
        })*
    };
}

choices! {
    // The first step's.
    Messages {
        role(ContributorRole) => roles;
        text_list(TextList) => text_lists;
    }
    Words {
        status(PlanStatus) => statuses;
        signer_role(SignerRole) => signer_roles;
        stage(StageOfChange) => stages;
        priority(Priority) => priorities;
        lifecycle(GoalLifecycle) => lifecycles;
        achievement(Achievement) => achievements;
        category(ComponentCategory) => categories;
        cadence(ReviewCadence) => cadences;
        risk_area(RiskArea) => risk_areas;
        assessment_field(AssessmentField) => assessment_fields;
        aftercare_field(AftercareField) => aftercare_fields;
        clinical_field(ClinicalField) => clinical_fields;
        progress_status(ProgressStatus) => progress_statuses;
    }
}

impl Words {
    /// The neutral wording of a 0-4 rating in the risk view.
    pub fn risk_rating(&self, rating: u8) -> &'static str {
        self.risk_scale
            .get(usize::from(rating))
            .copied()
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

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
