//! Gaps: what a plan still lacks before it is complete, as a surveyor would
//! read it: no goals; a need no goal addresses; a goal without a measure,
//! target or due date, with template blanks left, or nothing that serves
//! it; an objective without a measure or a due date (CARF asks that
//! objectives be measurable and time-specific); a service without how often or
//! who is responsible, or that serves no goal; no next review date, or one
//! that has passed; no signature of the person or of a clinician for the
//! plan as it is now. The finish step lists them, each with a button that
//! goes to the field that fixes it.
//!
//! Cancelled goals are left out on both sides: they have no gaps of their
//! own, and they do not count as addressing a need or using a component.
//! Links to items that are not in the plan do not count either.

use super::date::PlanDate;
use super::document::{Goal, GoalLifecycle, Plan, PlanStatus, SignerRole};
use super::edit::{ClinicalField, GoalField};
use super::step::Step;
use std::collections::HashSet;

/// One gap, naming the item by its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Gap {
    /// The plan has no (live) goal at all.
    NoGoals,
    /// No (live) goal addresses this need.
    NeedWithoutGoal { need: String },
    /// The goal addresses no need in the plan.
    GoalWithoutNeed { goal: String },
    /// The goal does not say how it will be measured.
    GoalWithoutMeasure { goal: String },
    /// The goal has no target.
    GoalWithoutTarget { goal: String },
    /// The goal has no due date.
    GoalWithoutDue { goal: String },
    /// The goal is measured by an instrument's score, but no measurement
    /// of that score is in the plan: there is no starting point.
    ScoreNotTakenYet { goal: String },
    /// A field of the goal still holds blanks from its template, written
    /// in braces as the catalog writes them ("{date}").
    TemplateBlanks {
        goal: String,
        field: GoalField,
        blanks: Vec<String>,
    },
    /// The goal has no objectives (so nothing can serve it yet).
    GoalWithoutObjective { goal: String },
    /// The goal has objectives, but none names a component in the plan.
    GoalWithoutIntervention { goal: String },
    /// An objective of a live goal does not say how it will be measured.
    ObjectiveWithoutMeasure { objective: String },
    /// An objective of a live goal has no due date.
    ObjectiveWithoutDue { objective: String },
    /// The service does not say how often.
    ComponentWithoutFrequency { component: String },
    /// The service names no one responsible for it.
    ComponentWithoutResponsible { component: String },
    /// No objective of a live goal names this component.
    ComponentServesNoGoal { component: String },
    /// The clinician has recorded no diagnosis (surveyors look for one).
    NoDiagnosis,
    /// The clinician has recorded no level of care.
    NoLevelOfCare,
    /// The plan has no next review date.
    NoReviewDate,
    /// The next review date is before today.
    ReviewDatePassed { date: PlanDate },
    /// Nobody in this role has signed the plan's current `revision`;
    /// `earlier` is the latest older revision someone in it signed.
    Unsigned {
        role: SignerRole,
        revision: u32,
        earlier: Option<u32>,
    },
}

/// Where a gap is fixed: the step, and the field to focus there, named by
/// the item it belongs to and its part (the view's element id is made of
/// both, see `ui::context::UiContext::dom_id`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FixAt {
    pub step: Step,
    pub item: String,
    pub part: String,
}

impl FixAt {
    pub fn new(step: Step, item: &str, part: impl Into<String>) -> Self {
        Self {
            step,
            item: item.to_owned(),
            part: part.into(),
        }
    }
}

/// The roles whose signature a complete plan needs.
pub const REQUIRED_SIGNERS: [SignerRole; 2] = [SignerRole::Person, SignerRole::Clinician];

/// The element of the new-goal field, the review date and the signature
/// form, as (item, part).
const NEW_GOAL: (&str, &str) = ("plan", "new-goal");
const NEXT_REVIEW: (&str, &str) = ("review", "next");
const SIGNATURE_NAME: (&str, &str) = ("signature", "name");
/// The part of an objective's list of services to add from the catalog.
pub const ADD_SERVICE: &str = "add-service";

/// The part name of a goal's text field.
pub fn goal_part(field: GoalField) -> &'static str {
    match field {
        GoalField::Statement => "statement",
        GoalField::Measure => "measure",
        GoalField::Target => "target",
    }
}

impl Gap {
    /// The id of the item the gap is about, if it is about one.
    pub fn item_id(&self) -> Option<&str> {
        match self {
            Gap::NeedWithoutGoal { need } => Some(need),
            Gap::GoalWithoutNeed { goal }
            | Gap::GoalWithoutMeasure { goal }
            | Gap::GoalWithoutTarget { goal }
            | Gap::GoalWithoutDue { goal }
            | Gap::ScoreNotTakenYet { goal }
            | Gap::TemplateBlanks { goal, .. }
            | Gap::GoalWithoutObjective { goal }
            | Gap::GoalWithoutIntervention { goal } => Some(goal),
            Gap::ObjectiveWithoutMeasure { objective } | Gap::ObjectiveWithoutDue { objective } => {
                Some(objective)
            }
            Gap::ComponentWithoutFrequency { component }
            | Gap::ComponentWithoutResponsible { component }
            | Gap::ComponentServesNoGoal { component } => Some(component),
            Gap::NoGoals
            | Gap::NoDiagnosis
            | Gap::NoLevelOfCare
            | Gap::NoReviewDate
            | Gap::ReviewDatePassed { .. }
            | Gap::Unsigned { .. } => None,
        }
    }

    /// A key unique among the gaps of one plan, stable while the gap lasts
    /// (for keyed lists).
    pub fn key(&self) -> String {
        let kind = match self {
            Gap::NoGoals => "no-goals",
            Gap::NeedWithoutGoal { .. } => "need-without-goal",
            Gap::GoalWithoutNeed { .. } => "goal-without-need",
            Gap::GoalWithoutMeasure { .. } => "goal-without-measure",
            Gap::GoalWithoutTarget { .. } => "goal-without-target",
            Gap::GoalWithoutDue { .. } => "goal-without-due",
            Gap::ScoreNotTakenYet { .. } => "score-not-taken-yet",
            Gap::TemplateBlanks { field, .. } => match field {
                GoalField::Statement => "blanks-statement",
                GoalField::Measure => "blanks-measure",
                GoalField::Target => "blanks-target",
            },
            Gap::GoalWithoutObjective { .. } => "goal-without-objective",
            Gap::GoalWithoutIntervention { .. } => "goal-without-intervention",
            Gap::ObjectiveWithoutMeasure { .. } => "objective-without-measure",
            Gap::ObjectiveWithoutDue { .. } => "objective-without-due",
            Gap::ComponentWithoutFrequency { .. } => "component-without-frequency",
            Gap::ComponentWithoutResponsible { .. } => "component-without-responsible",
            Gap::ComponentServesNoGoal { .. } => "component-serves-no-goal",
            Gap::NoDiagnosis => "no-diagnosis",
            Gap::NoLevelOfCare => "no-level-of-care",
            Gap::NoReviewDate => "no-review-date",
            Gap::ReviewDatePassed { .. } => "review-date-passed",
            Gap::Unsigned { role, .. } => match role {
                SignerRole::Person => "unsigned-person",
                SignerRole::Clinician => "unsigned-clinician",
                SignerRole::GuardianRepresentative => "unsigned-guardian",
                SignerRole::Supervisor => "unsigned-supervisor",
            },
        };
        match self.item_id() {
            Some(id) => format!("{kind}:{id}"),
            None => kind.to_owned(),
        }
    }

    /// The step and the field where this gap is fixed.
    pub fn fix_at(&self, plan: &Plan) -> FixAt {
        let live = || plan.goals.iter().filter(|g| is_live(g));
        let goal_field = |goal: &str, part: &str| FixAt::new(Step::Goals, goal, part);
        let new_goal = || FixAt::new(Step::Goals, NEW_GOAL.0, NEW_GOAL.1);
        // The view's element id of a field of the clinician's record.
        let clinical =
            |f: ClinicalField| FixAt::new(Step::Assessment, "clinical", (f as usize).to_string());
        match self {
            Gap::NoGoals => new_goal(),
            // Link it from the first goal, or start one.
            Gap::NeedWithoutGoal { need } => match live().next() {
                Some(g) => goal_field(&g.id, &format!("n-{need}")),
                None => new_goal(),
            },
            Gap::GoalWithoutNeed { goal } => match plan.needs.first() {
                Some(n) => goal_field(goal, &format!("n-{}", n.id)),
                None => goal_field(goal, "statement"),
            },
            Gap::GoalWithoutMeasure { goal } => goal_field(goal, "measure"),
            Gap::GoalWithoutTarget { goal } => goal_field(goal, "target"),
            Gap::GoalWithoutDue { goal } => goal_field(goal, "due"),
            // Questionnaires are taken on the assessment step.
            Gap::ScoreNotTakenYet { .. } => FixAt::new(Step::Assessment, "measures", "choose"),
            Gap::TemplateBlanks { goal, field, .. } => goal_field(goal, goal_part(*field)),
            Gap::GoalWithoutObjective { goal } => goal_field(goal, "add-objective"),
            Gap::GoalWithoutIntervention { goal } => {
                let first = plan.goal(goal).and_then(|g| g.objectives.first());
                match (first, plan.components.first()) {
                    (Some(o), Some(c)) => goal_field(&o.id, &format!("i-{}", c.id)),
                    // No service in the plan yet: the objective adds one.
                    (Some(o), None) => goal_field(&o.id, ADD_SERVICE),
                    _ => goal_field(goal, "add-objective"),
                }
            }
            Gap::ObjectiveWithoutMeasure { objective } => goal_field(objective, "measure"),
            Gap::ObjectiveWithoutDue { objective } => goal_field(objective, "due"),
            Gap::ComponentWithoutFrequency { component } => {
                FixAt::new(Step::Components, component, "frequency")
            }
            Gap::ComponentWithoutResponsible { component } => {
                FixAt::new(Step::Components, component, "responsible")
            }
            // An objective names the services that serve it.
            Gap::ComponentServesNoGoal { component } => {
                match live().flat_map(|g| g.objectives.first()).next() {
                    Some(o) => goal_field(&o.id, &format!("i-{component}")),
                    None => match live().next() {
                        Some(g) => goal_field(&g.id, "add-objective"),
                        None => new_goal(),
                    },
                }
            }
            Gap::NoDiagnosis => clinical(ClinicalField::Diagnoses),
            Gap::NoLevelOfCare => clinical(ClinicalField::LevelOfCare),
            Gap::NoReviewDate | Gap::ReviewDatePassed { .. } => {
                FixAt::new(Step::Aftercare, NEXT_REVIEW.0, NEXT_REVIEW.1)
            }
            Gap::Unsigned { .. } => FixAt::new(Step::Finish, SIGNATURE_NAME.0, SIGNATURE_NAME.1),
        }
    }
}

fn nothing_written(text: &str) -> bool {
    text.trim().is_empty()
}

fn is_live(goal: &Goal) -> bool {
    goal.lifecycle != GoalLifecycle::Cancelled
}

/// The blanks a template left in `text`: each `{...}` with something in it,
/// braces included, in order and each once.
pub fn template_blanks(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(['}', '{']) else {
            break;
        };
        let inner = &after[..close];
        if after[close..].starts_with('}') && !inner.trim().is_empty() {
            let blank = format!("{{{inner}}}");
            if !out.contains(&blank) {
                out.push(blank);
            }
            rest = &after[close + 1..];
        } else {
            rest = &after[close..];
        }
    }
    out
}

/// Every gap, in plan order: goals at all, needs, then goals (each goal's
/// gaps together, then its objectives'), then components (each one's gaps
/// together), then the review date, then signatures. `today` tells a
/// review date that has passed; without it that is not checked.
pub fn gaps(plan: &Plan, today: Option<PlanDate>) -> Vec<Gap> {
    let live: Vec<&Goal> = plan
        .goals
        .iter()
        .map(|g| &**g)
        .filter(|g| is_live(g))
        .collect();
    let need_ids: HashSet<&str> = plan.needs.iter().map(|n| n.id.as_str()).collect();
    let component_ids: HashSet<&str> = plan.components.iter().map(|c| c.id.as_str()).collect();

    let addressed: HashSet<&str> = live
        .iter()
        .flat_map(|g| g.addresses.iter().map(String::as_str))
        .collect();
    let used: HashSet<&str> = live
        .iter()
        .flat_map(|g| &g.objectives)
        .flat_map(|o| o.interventions.iter().map(String::as_str))
        .collect();

    let mut out = Vec::new();
    // The clinician's record, which the assessment step holds.
    if nothing_written(&plan.assessment.diagnoses) {
        out.push(Gap::NoDiagnosis);
    }
    if nothing_written(&plan.assessment.level_of_care) {
        out.push(Gap::NoLevelOfCare);
    }
    if live.is_empty() {
        out.push(Gap::NoGoals);
    }
    for need in &plan.needs {
        if !addressed.contains(need.id.as_str()) {
            out.push(Gap::NeedWithoutGoal {
                need: need.id.clone(),
            });
        }
    }
    for goal in &live {
        let id = || goal.id.clone();
        if !goal.addresses.iter().any(|n| need_ids.contains(n.as_str())) {
            out.push(Gap::GoalWithoutNeed { goal: id() });
        }
        // A score target is the measure and the target at once.
        match &goal.score_target {
            Some(t) => {
                let taken = plan.measurements.iter().any(|m| {
                    m.instrument == t.instrument && m.scores.iter().any(|s| s.id == t.score)
                });
                if !taken {
                    out.push(Gap::ScoreNotTakenYet { goal: id() });
                }
            }
            None => {
                if goal.measure.trim().is_empty() {
                    out.push(Gap::GoalWithoutMeasure { goal: id() });
                }
                if goal.target.trim().is_empty() {
                    out.push(Gap::GoalWithoutTarget { goal: id() });
                }
            }
        }
        if goal.due.is_none() {
            out.push(Gap::GoalWithoutDue { goal: id() });
        }
        for (field, text) in [
            (GoalField::Statement, &goal.statement),
            (GoalField::Measure, &goal.measure),
            (GoalField::Target, &goal.target),
        ] {
            let blanks = template_blanks(text);
            if !blanks.is_empty() {
                out.push(Gap::TemplateBlanks {
                    goal: id(),
                    field,
                    blanks,
                });
            }
        }
        if goal.objectives.is_empty() {
            out.push(Gap::GoalWithoutObjective { goal: id() });
        } else if !goal
            .objectives
            .iter()
            .flat_map(|o| &o.interventions)
            .any(|c| component_ids.contains(c.as_str()))
        {
            out.push(Gap::GoalWithoutIntervention { goal: id() });
        }
        for objective in &goal.objectives {
            if nothing_written(&objective.measure) {
                out.push(Gap::ObjectiveWithoutMeasure {
                    objective: objective.id.clone(),
                });
            }
            if objective.due.is_none() {
                out.push(Gap::ObjectiveWithoutDue {
                    objective: objective.id.clone(),
                });
            }
        }
    }
    for component in &plan.components {
        let id = || component.id.clone();
        if component.frequency.trim().is_empty() {
            out.push(Gap::ComponentWithoutFrequency { component: id() });
        }
        if component.responsible.trim().is_empty() {
            out.push(Gap::ComponentWithoutResponsible { component: id() });
        }
        if !used.contains(component.id.as_str()) {
            out.push(Gap::ComponentServesNoGoal { component: id() });
        }
    }
    match (plan.review.next_review, today) {
        (None, _) => out.push(Gap::NoReviewDate),
        (Some(date), Some(today)) if date < today => out.push(Gap::ReviewDatePassed { date }),
        _ => {}
    }
    // Under review the plan is still changing: it is signed once the
    // review is finished, as a new revision.
    if plan.status != PlanStatus::UnderReview {
        for role in REQUIRED_SIGNERS {
            let signed = |current: bool| {
                plan.consent
                    .signatures
                    .iter()
                    .filter(move |s| s.role == role && (s.revision == plan.revision) == current)
            };
            if signed(true).next().is_none() {
                out.push(Gap::Unsigned {
                    role,
                    revision: plan.revision,
                    earlier: signed(false)
                        .map(|s| s.revision)
                        .filter(|r| *r < plan.revision)
                        .max(),
                });
            }
        }
    }
    out
}
