use super::{at_path, Catalog, Text};
use crate::export::json::{ImportError, ImportProblem};
use crate::plan::edit::ItemKind;
use crate::plan::validate::{LinkTarget, ProblemKind};
use crate::plan::{EditError, Notice};

pub struct English;

fn kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::TextItem => "list item",
        ItemKind::CareTeamMember => "care team member",
        ItemKind::Contributor => "contributor",
        ItemKind::Substance => "substance row",
        ItemKind::Need => "need",
        ItemKind::Goal => "goal",
        ItemKind::Objective => "objective",
        ItemKind::Component => "plan component",
        ItemKind::Contact => "contact",
        ItemKind::CrisisLine => "crisis line",
        ItemKind::Signature => "signature",
        ItemKind::Finding => "assessment finding",
    }
}

fn target(target: LinkTarget) -> &'static str {
    match target {
        LinkTarget::Need => "need",
        LinkTarget::Component => "plan component",
        LinkTarget::Contributor => "contributor",
        LinkTarget::Substance => "substance row",
        LinkTarget::Trigger => "trigger",
    }
}

impl Catalog for English {
    fn text(&self, key: Text) -> &'static str {
        match key {
            Text::WidgetName => "Treatment plan",
            Text::PlanTitle => "Plan title",
            Text::PlanTitleHint => "For example: Plan for J.R., autumn 2026",
            Text::Untitled => "Untitled plan",
            Text::Goals => "Goals",
            Text::NoGoalsYet => "No goals yet. Add the first one below.",
            Text::NewGoal => "New goal, in the person's own words",
            Text::NewGoalHint => "For example: Go to two support meetings each week",
            Text::AddGoal => "Add goal",
            Text::GoalStatement => "Goal, in the person's own words",
            Text::GoalMeasure => "How we will measure it",
            Text::GoalMeasureHint => "For example: meetings attended, from the sign-in sheet",
            Text::GoalTarget => "Target",
            Text::GoalTargetHint => "For example: 2 meetings a week",
            Text::GoalDue => "Due date",
            Text::RemoveGoal => "Remove goal",
            Text::Undo => "Undo",
            Text::Redo => "Redo",
            Text::PlanJson => "Plan data (JSON)",
            Text::DownloadJson => "Download JSON",
            Text::EditFailed => "That change could not be made",
            Text::ImportFailed => {
                "The plan file could not be opened. Your current plan is unchanged."
            }
            Text::Language => "Language",
        }
    }

    fn import_error(&self, error: &ImportError) -> String {
        let message = match &error.problem {
            ImportProblem::TooLarge { bytes, limit } => format!(
                "the file is {:.1} MB; plan files can be at most {:.1} MB",
                *bytes as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            ImportProblem::Empty => "the file is empty; choose a plan file saved from this tool".into(),
            ImportProblem::Syntax { line, column } => format!(
                "the file is not valid JSON (line {line}, column {column}); it may be damaged or not a plan file"
            ),
            ImportProblem::UnexpectedEnd => {
                "the file ends too early; it may have been cut off while saving".into()
            }
            ImportProblem::TooDeep => {
                "the file is nested too deeply to be a plan; check that it is a plan file".into()
            }
            ImportProblem::NotAnObject => "the file holds JSON, but not a plan".into(),
            ImportProblem::MissingVersion => {
                "schema_version is missing; is this a plan file from this tool?".into()
            }
            ImportProblem::VersionNotANumber => "schema_version must be a whole number".into(),
            ImportProblem::NewerVersion { found, supported } => format!(
                "this plan was saved by a newer version (format {found}); this version reads up to format {supported}. Open it with the newer version"
            ),
            ImportProblem::UnknownVersion { found } => {
                format!("format {found} is not a known plan format")
            }
            ImportProblem::WrongType { found, expected } => {
                format!("expected {expected}, found {found}")
            }
            ImportProblem::UnknownChoice { found, allowed } => format!(
                "'{found}' is not one of the choices; use one of: {}",
                allowed.join(", ")
            ),
            ImportProblem::MissingField { field } => format!("'{field}' is missing; add it"),
            ImportProblem::UnknownField { field } => {
                format!("'{field}' is not a field of a plan; check its spelling or remove it")
            }
            ImportProblem::NotADate { text } => {
                format!("'{text}' is not a date; use YYYY-MM-DD")
            }
            ImportProblem::TooLargeNumber { found } => {
                format!("{found} is outside the allowed range")
            }
            ImportProblem::Other { detail } => detail.clone(),
            ImportProblem::Unsound(ProblemKind::DuplicateId { id }) => {
                format!("the id '{id}' is used twice; each item needs its own id")
            }
            ImportProblem::Unsound(ProblemKind::EmptyId) => "the id is empty".into(),
            ImportProblem::Unsound(ProblemKind::MissingLink { target: t, id }) => format!(
                "points to the {} '{id}', which is not in the plan",
                target(*t)
            ),
            ImportProblem::Unsound(ProblemKind::OutOfRange { value, max }) => {
                format!("{value} is too high; use 0 to {max}")
            }
        };
        at_path(&error.path, message)
    }

    fn edit_error(&self, error: &EditError) -> String {
        match error {
            EditError::NotFound { kind: k, id } => {
                format!("The {} '{id}' is no longer in the plan.", kind(*k))
            }
            EditError::OutOfRange { value, max } => {
                format!("{value} is too high; use 0 to {max}.")
            }
            EditError::RiskViewOff => "Turn on the risk view before rating an area.".into(),
            EditError::PositionOutOfRange { to, len } => {
                format!("Position {} is past the end of the list of {len}.", to + 1)
            }
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::GoalNoLongerAddressesNeed { goal, need } => {
                format!("The goal \"{goal}\" no longer addresses the removed need \"{need}\".")
            }
            Notice::ObjectiveLostIntervention {
                objective,
                component,
            } => format!(
                "The objective \"{objective}\" is no longer served by the removed component \"{component}\"."
            ),
            Notice::NeedLostFinding { need } => {
                format!("The need \"{need}\" lost a link to a removed assessment finding.")
            }
            Notice::GoalLostContributor { goal } => {
                format!("The goal \"{goal}\" no longer names who said it.")
            }
        }
    }

    fn goal_number(&self, number: usize) -> String {
        format!("Goal {number}")
    }
}
