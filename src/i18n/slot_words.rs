//! The label of every field a target writes, from the shared words: the
//! review history names changed fields with these.

use super::Words;
use crate::plan::edit::TextList;
use crate::plan::edit::{
    CareTeamField, ComponentField, ContactField, CrisisLineField, GoalField, PersonField,
    SubstanceField,
};
use crate::plan::findings::row_words;
use crate::plan::target::{ChoiceSlot, DateSlot, NumberSlot, TextSlot};
use crate::plan::{Finding, Plan};

impl Words {
    /// How a finding is named to the person: the area, or the row's own
    /// words after what kind of row it is.
    pub fn finding(&self, plan: &Plan, finding: &Finding) -> String {
        let words = row_words(plan, finding).unwrap_or_default();
        match finding {
            Finding::Substance(_) => format!("{}: {words}", self.substance),
            Finding::Trigger(_) => {
                format!("{}: {words}", self.text_list(TextList::AssessmentTriggers))
            }
            Finding::Readiness => self.readiness.to_owned(),
            area => area
                .area()
                .map(|field| self.assessment_field(field).to_owned())
                .unwrap_or_default(),
        }
    }

    pub fn text_label(&self, slot: TextSlot) -> &'static str {
        match slot {
            TextSlot::Title => self.plan_title,
            TextSlot::Person(field) => match field {
                PersonField::PreferredName => self.preferred_name,
                PersonField::Pronouns => self.pronouns,
                PersonField::Language => self.language,
                PersonField::CultureIdentity => self.culture_identity,
            },
            TextSlot::TextItem(list) => self.text_list(list),
            TextSlot::CareTeam(field) => match field {
                CareTeamField::Name => self.member_name,
                CareTeamField::Role => self.member_role,
                CareTeamField::Contact => self.member_contact,
            },
            TextSlot::ContributorName => self.contributor_name,
            TextSlot::Assessment(field) => self.assessment_field(field),
            TextSlot::Substance(field) => match field {
                SubstanceField::Substance => self.substance,
                SubstanceField::Pattern => self.pattern,
                SubstanceField::Route => self.route,
            },
            TextSlot::Need => self.need,
            TextSlot::NeedProblem => self.need_problem,
            TextSlot::Goal(field) => match field {
                GoalField::Statement => self.goal,
                GoalField::Measure => self.measure,
                GoalField::Target => self.target,
            },
            TextSlot::Barrier => self.barriers,
            TextSlot::Objective => self.objective,
            TextSlot::ObjectiveMeasure => self.measure,
            TextSlot::ObjectiveTarget => self.target,
            TextSlot::Component(field) => match field {
                ComponentField::Name => self.component_name,
                ComponentField::Details => self.details,
                ComponentField::Frequency => self.frequency,
                ComponentField::Setting => self.setting,
                ComponentField::Responsible => self.responsible,
            },
            TextSlot::Contact(field) => match field {
                ContactField::Name => self.contact_name,
                ContactField::Relation => self.relation,
                ContactField::Phone => self.phone,
            },
            TextSlot::LapsePlan => self.lapse_plan,
            TextSlot::CrisisLine(field) => match field {
                CrisisLineField::Name => self.crisis_line_name,
                CrisisLineField::Number => self.crisis_line_number,
            },
            TextSlot::Aftercare(field) => self.aftercare_field(field),
            TextSlot::Clinical(field) => self.clinical_field(field),
        }
    }

    pub fn date_label(&self, slot: DateSlot) -> &'static str {
        match slot {
            DateSlot::PlanEffective => self.effective_date,
            DateSlot::PlanTarget => self.target_date,
            DateSlot::SubstanceLastUse => self.last_use,
            DateSlot::GoalDue | DateSlot::ObjectiveDue => self.due,
            DateSlot::ComponentStart => self.start,
            DateSlot::NextReview => self.next_review,
        }
    }

    pub fn number_label(&self, slot: NumberSlot) -> &'static str {
        match slot {
            NumberSlot::SubstanceOnset => self.age_of_onset,
            NumberSlot::ReadinessRuler => self.readiness_ruler,
            NumberSlot::RiskRating(area) => self.risk_area(area),
            NumberSlot::GoalConfidence => self.confidence,
        }
    }

    pub fn choice_label(&self, slot: ChoiceSlot) -> &'static str {
        match slot {
            ChoiceSlot::Status => self.plan_status,
            ChoiceSlot::ContributorRole => self.contributor_role,
            ChoiceSlot::Stage => self.stage_of_change,
            ChoiceSlot::GoalPriority => self.priority,
            ChoiceSlot::GoalLifecycle => self.lifecycle,
            ChoiceSlot::GoalAchievement => self.achievement,
            ChoiceSlot::ReviewCadence => self.cadence,
        }
    }
}
