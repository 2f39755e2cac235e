use super::{at_path, megabytes, Catalog, Text};
use crate::export::json::{Expected, Found, ImportError, ImportProblem};
use crate::plan::edit::ItemKind;
use crate::plan::gaps::Gap;
use crate::plan::smart::{SmartLetter, SmartReason, SmartStatus, SmartSuggestion};
use crate::plan::validate::{LinkTarget, ProblemKind};
use crate::plan::{EditError, Notice, SignerRole};

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

fn found_words(found: &Found) -> String {
    match found {
        Found::Text(text) => format!("the text {text}"),
        Found::Number(n) => format!("the number {n}"),
        Found::YesNo(true) => "true (yes)".into(),
        Found::YesNo(false) => "false (no)".into(),
        Found::Nothing => "nothing (null)".into(),
        Found::List => "a list".into(),
        Found::Object => "an object".into(),
        Found::Other(other) => other.clone(),
    }
}

fn expected_words(expected: &Expected) -> String {
    match expected {
        Expected::Text => "text".into(),
        Expected::WholeNumber => "a whole number".into(),
        Expected::TrueFalse => "true or false".into(),
        Expected::List => "a list".into(),
        Expected::Object => "an object with fields".into(),
        Expected::Other(other) => other.clone(),
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
            Text::Remove => "Remove",
            Text::Add => "Add",
            Text::NotAnswered => "Not answered",
            Text::UseRiskView => "Use the six-area view",
            Text::NeedsIntro => "What does the person need most right now? Write each need in their own words, and tick where it comes from in the assessment.",
            Text::SuggestedNeeds => "Suggested from the assessment",
            Text::SuggestedNeedsHint => "Nothing is added unless you choose it. Change the words after adding if they do not fit.",
            Text::AddThisNeed => "Add this need",
            Text::NoNeedsYet => "No needs yet.",
            Text::AddNeed => "Add a need",
            Text::SmartCheck => "SMART check",
            Text::SmartAllMet => "This goal is specific, measurable, achievable, relevant and time-bound.",
            Text::NoComponentsYet => "No services chosen yet. Choose them in the step “Services and supports”.",
            Text::NoNeedsToLink => "No needs yet. Add them in the step “Needs”.",
            Text::GoalStatusAndProgress => "Goal status and progress",
            Text::AddObjective => "Add an objective",
            Text::GoalsIntro => "Write each goal in the person's own words. The letters show how SMART it is as you type: Specific, Measurable, Achievable, Relevant, Time-bound.",
            Text::StartFromTemplate => "Or start from an example",
            Text::ChooseTemplate => "Choose an example goal",
            Text::UseTemplate => "Start from this example",
            Text::ServesNoGoalYet => "no goal yet — link it from a goal's objective",
            Text::ComponentsIntro => "Choose the services and supports that fit this person. Open a name to read why it helps. Medicines are always “as prescribed” by the prescriber.",
            Text::InThePlan => "In the plan",
            Text::AddToPlan => "Add to plan",
            Text::LapsePlanHint => "For example: Call my sponsor the same day, and go to a meeting. A lapse is a chance to learn, not a failure.",
            Text::Sign => "Add signature",
            Text::SignatureNeedsNameAndDate => "A signature needs a name and a whole date.",
            Text::GapsHeading => "Still to do",
            Text::NoGaps => "Nothing is missing: every need has a goal, every goal can be measured and has a service, a review date is set, and this revision is signed.",
            Text::SignedLocked => "This plan is signed and in use, so it cannot be changed here.",
            Text::SignedLockedHint => "To change it, start a review. What you change is listed, saved in the plan's review history, and the new revision is signed again.",
            Text::EarlierRevisionSignatures => "Signatures of an earlier revision signed the plan as it was then. This revision needs new signatures.",
            Text::Steps => "Steps of the plan",
            Text::Back => "Back",
            Text::Next => "Next",
            Text::DefaultCrisisLine => "988 Suicide & Crisis Lifeline (call or text)",
            Text::TakeThePlan => "Take the plan with you",
            Text::LargePrint => "Large print",
            Text::PaperSize => "Paper size",
            Text::PrintPlan => "Print or save as PDF",
            Text::DownloadPrintable => "Download printable plan (HTML)",
            Text::DownloadFhir => "Download FHIR (for record systems)",
            Text::CopyText => "Copy as text for a note",
            Text::Copied => "Copied. Paste it into the record system's note.",
            Text::CopyFailed => "This browser did not allow copying. Download the printable plan instead.",
            Text::PrintPreview => "Preview of the printable plan",
            Text::ReviewInProgress => "Review in progress",
            Text::ReviewInProgressHint => "This plan was opened for review. Changes are listed as you make them; finishing the review records them in the plan's history and starts a new revision.",
            Text::NoChangesYet => "No changes yet.",
            Text::FinishReview => "Finish review",
            Text::ReviewNeedsReviewer => "Write who reviewed the plan. The date is today's date on this device.",
            Text::OpenPlanFile => "Open a plan file",
            Text::StartReview => "Start a review of this plan",
            Text::StillThere => "Are you still there?",
            Text::StillHere => "I'm still here",
            Text::FinishedClearPlan => "I'm finished: clear my plan",
            Text::ClearDraft => "Clear saved draft",
            Text::DraftCleared => "The copy saved on this device was removed. Your next change will be saved again.",
            Text::CrashHeading => "Something went wrong",
            Text::CrashBody => "The plan is safe. Download it now, then restart. After the restart, open the file to go on.",
            Text::CrashBodyKiosk => "Please restart. Nothing from the last plan is kept on this device.",
            Text::CrashDownload => "Download the plan (JSON)",
            Text::CrashRestart => "Restart",
            Text::Language => "Language",
        }
    }

    fn import_error(&self, error: &ImportError) -> String {
        let message = match &error.problem {
            ImportProblem::TooLarge { bytes, limit } => format!(
                "the file is {} MB; plan files can be at most {} MB",
                megabytes(*bytes, '.'),
                megabytes(*limit, '.')
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
            ImportProblem::DuplicateKey => {
                "this field is written more than once in the same place, and only one can count; keep the right one and remove the others".into()
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
                format!("expected {}, found {}", expected_words(expected), found_words(found))
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
            EditError::Locked => {
                "This plan is signed and in use. Start a review to change it.".into()
            }
            EditError::ReviewInProgress => {
                "This plan is under review. Finish the review first; then the new revision can be signed.".into()
            }
            EditError::NoReviewInProgress => "There is no review in progress to finish.".into(),
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

    fn smart_reason(&self, reason: SmartReason) -> &'static str {
        match reason {
            SmartReason::ClearAction => "The goal says what will be done.",
            SmartReason::StatementEmpty => "The goal has no words yet.",
            SmartReason::StillTemplate => "The goal still has the example words from the template.",
            SmartReason::VagueWording => {
                "Words like \"get better\", \"try to\" or \"more\" do not yet say what will be done."
            }
            SmartReason::VagueThings => {
                "Words like \"stuff\" or \"things\" do not say exactly what."
            }
            SmartReason::TooBrief => "One word does not yet say what will be done.",
            SmartReason::MeasureAndTarget => "The goal has a way to measure it and a target.",
            SmartReason::TargetSet => "The goal has a target that can be counted.",
            SmartReason::NumberInText => "The goal has a number, so progress can be counted.",
            SmartReason::HowOftenInText => "The goal says how often, so progress can be counted.",
            SmartReason::MeasureNoTarget => "There is a way to measure it, but no target yet.",
            SmartReason::TargetNoNumber => "The target does not say how much or how often.",
            SmartReason::MoreOrLessNoNumber => {
                "\"More\" or \"less\" is hard to count without a number."
            }
            SmartReason::NoNumber => "There is no number or way to count progress yet.",
            SmartReason::ConfidenceHigh => "The person feels sure they can do this.",
            SmartReason::ConfidenceMiddle => "The person feels somewhat sure they can do this.",
            SmartReason::ConfidenceLow => "The person does not feel sure yet that this is doable.",
            SmartReason::NotRatedYet => {
                "The goal looks doable, but the person has not said how sure they feel."
            }
            SmartReason::NoConfidence => {
                "The person has not said yet how sure they feel about this goal."
            }
            SmartReason::LinkedToNeed => "The goal is linked to a need in the plan.",
            SmartReason::LinkBroken => "The goal points to a need that is no longer in the plan.",
            SmartReason::NotLinked => "The goal is not linked to a need yet.",
            SmartReason::NoNeedsYet => "The plan has no needs yet, so the goal cannot be linked to one.",
            SmartReason::DueDateSet => "The goal has a due date.",
            SmartReason::PastDue => "The due date has passed.",
            SmartReason::DeadlineInText => "The goal says by when, in its own words.",
            SmartReason::OnlyHowOften => {
                "The goal says how often, but not when progress will be checked."
            }
            SmartReason::NoTimeFrame => "The goal does not say when yet.",
        }
    }

    fn smart_suggestion(&self, suggestion: SmartSuggestion) -> &'static str {
        match suggestion {
            SmartSuggestion::KeepAsIs => "Nothing to change here.",
            SmartSuggestion::WriteGoal => {
                "Write the goal in the person's own words, for example: Go to 2 support meetings each week."
            }
            SmartSuggestion::FillInTemplate => {
                "Put the goal in the person's own words and fill in any blanks, like {n}."
            }
            SmartSuggestion::SayWhatToDo => {
                "Say what the person will do, for example: Call my sponsor when I feel like using."
            }
            SmartSuggestion::NameTheThing => {
                "Name the exact thing, for example: Stay away from the bar on Main Street."
            }
            SmartSuggestion::AddTarget => "Add a target, for example: 3 times a week.",
            SmartSuggestion::AddMeasure => {
                "Add how progress will be counted, for example: days without drinking, marked on a calendar."
            }
            SmartSuggestion::AddHowMuch => {
                "Say how much or how often, for example: 3 times a week instead of once."
            }
            SmartSuggestion::AskWhatWouldHelp => {
                "Ask what would make this easier, and adjust the goal until it feels doable."
            }
            SmartSuggestion::MakeSmaller => {
                "Try a smaller first step, for example: 1 meeting a week instead of 5."
            }
            SmartSuggestion::AskConfidence => {
                "Ask: from 0 to 10, how sure do you feel that you can do this?"
            }
            SmartSuggestion::LinkToNeed => "Choose the need this goal helps with.",
            SmartSuggestion::AddNeedFirst => {
                "Add the need this goal helps with, in the person's words, then link the goal to it."
            }
            SmartSuggestion::ChooseNewDate => {
                "Choose a new date, or mark the goal as reached if it is done."
            }
            SmartSuggestion::AddCheckDate => {
                "Add a date to check progress, for example: 30 days from today."
            }
            SmartSuggestion::AddDueDate => "Add a due date, for example: the end of next month.",
            SmartSuggestion::SetDueDateField => {
                "Also set the due date, so the plan can keep track of it."
            }
        }
    }

    fn smart_letter(&self, letter: SmartLetter) -> &'static str {
        match letter {
            SmartLetter::S => "Specific",
            SmartLetter::M => "Measurable",
            SmartLetter::A => "Achievable",
            SmartLetter::R => "Relevant",
            SmartLetter::T => "Time-bound",
        }
    }

    fn smart_status(&self, status: SmartStatus) -> &'static str {
        match status {
            SmartStatus::Met => "Met",
            SmartStatus::NeedsWork => "Needs work",
            SmartStatus::Missing => "Missing",
        }
    }

    fn idle_warning(&self, seconds: u32) -> String {
        format!("To keep your information private, this plan will be cleared in {seconds} seconds. Touch the button to keep working.")
    }

    fn step_of(&self, number: usize, total: usize) -> String {
        format!("Step {number} of {total}")
    }

    fn gap(&self, gap: &Gap, item: &str) -> String {
        match gap {
            Gap::NoGoals => "The plan has no goals yet.".into(),
            Gap::NeedWithoutGoal { .. } => format!("{item}: no goal works on this need yet."),
            Gap::GoalWithoutNeed { .. } => format!("{item}: this goal is not linked to a need."),
            Gap::GoalWithoutMeasure { .. } => {
                format!("{item}: it does not say how it will be measured.")
            }
            Gap::GoalWithoutTarget { .. } => format!("{item}: it has no target yet."),
            Gap::GoalWithoutDue { .. } => format!("{item}: it has no due date yet."),
            Gap::TemplateBlanks { blanks, .. } => format!(
                "{item}: blanks from the example are not filled in: {}.",
                blanks.join(", ")
            ),
            Gap::GoalWithoutObjective { .. } => format!("{item}: this goal has no objectives yet."),
            Gap::GoalWithoutIntervention { .. } => {
                format!("{item}: no service helps with this goal yet.")
            }
            Gap::ObjectiveWithoutDue { .. } => format!("{item}: this objective has no due date."),
            Gap::ComponentWithoutFrequency { .. } => {
                format!("{item}: it does not say how often.")
            }
            Gap::ComponentWithoutResponsible { .. } => {
                format!("{item}: no one is named as responsible for it.")
            }
            Gap::ComponentServesNoGoal { .. } => {
                format!("{item}: this service does not help with any goal yet.")
            }
            Gap::NoReviewDate => "No next review date is set.".into(),
            Gap::ReviewDatePassed { date } => format!("The next review date, {date}, has passed."),
            Gap::Unsigned {
                role,
                revision,
                earlier,
            } => {
                let who = match role {
                    SignerRole::Person => "The person",
                    _ => "A clinician",
                };
                match earlier {
                    None => format!("{who} has not signed this plan yet."),
                    Some(n) => format!(
                        "{who} signed revision {n}. Revision {revision} needs a new signature."
                    ),
                }
            }
        }
    }

    fn gap_fix(&self, gap: &Gap, item: &str) -> String {
        match gap {
            Gap::NoGoals => "Add the first goal".into(),
            Gap::NeedWithoutGoal { .. } => format!("Choose a goal for {item}"),
            Gap::GoalWithoutNeed { .. } => format!("Link {item} to a need"),
            Gap::GoalWithoutMeasure { .. } => format!("Add a measure to {item}"),
            Gap::GoalWithoutTarget { .. } => format!("Add a target to {item}"),
            Gap::GoalWithoutDue { .. } => format!("Add a due date to {item}"),
            Gap::TemplateBlanks { .. } => format!("Fill in the blanks in {item}"),
            Gap::GoalWithoutObjective { .. } => format!("Add an objective to {item}"),
            Gap::GoalWithoutIntervention { .. } => format!("Choose a service for {item}"),
            Gap::ObjectiveWithoutDue { .. } => format!("Add a due date to {item}"),
            Gap::ComponentWithoutFrequency { .. } => format!("Say how often: {item}"),
            Gap::ComponentWithoutResponsible { .. } => format!("Name who is responsible: {item}"),
            Gap::ComponentServesNoGoal { .. } => format!("Link {item} to a goal"),
            Gap::NoReviewDate => "Set the next review date".into(),
            Gap::ReviewDatePassed { .. } => "Set a new review date".into(),
            Gap::Unsigned { role, .. } => match role {
                SignerRole::Person => "Add the person's signature".into(),
                _ => "Add a clinician's signature".into(),
            },
        }
    }
}
