//! The message catalog. The words live in locales/<tag>.ftl, one file per
//! language in Fluent syntax; build.rs turns them into `Messages` (a field
//! per text, a method per message with placeholders, an array per list),
//! so a missing message or a placeholder that differs is a build error, and
//! nothing parses text at run time. This module only chooses the message.

mod review_words;
pub mod words;

pub use words::Words;

use crate::export::json::{Expected, Found, ImportError, ImportProblem};
use crate::plan::edit::ItemKind;
use crate::plan::gaps::Gap;
use crate::plan::smart::{SmartLetter, SmartReason, SmartStatus, SmartSuggestion};
use crate::plan::validate::{LinkTarget, ProblemKind};
use crate::plan::{EditError, Notice, Plan, SignerRole};

pub use crate::lang::Lang;

mod generated {
    use super::Lang;
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}
pub use generated::{Messages, PrintWords, ReviewWords};

impl Lang {
    /// The label of a field in the `n`th row of a list ("Name 2"): one rule
    /// for every numbered row.
    pub fn numbered(self, label: &str, n: usize) -> String {
        self.messages().numbered(&label, &n)
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        self.messages().language_name
    }

    /// Wording for the printable plan and the other exports.
    pub fn print_words(self) -> &'static PrintWords {
        &self.messages().print
    }

    pub fn text(self, key: Text) -> &'static str {
        let m = self.messages();
        match key {
            Text::WidgetName => m.widget_name,
            Text::PlanTitle => m.ui_plan_title,
            Text::PlanTitleHint => m.plan_title_hint,
            Text::Untitled => m.untitled,
            Text::Goals => m.goals,
            Text::NoGoalsYet => m.no_goals_yet,
            Text::NewGoal => m.new_goal,
            Text::NewGoalHint => m.new_goal_hint,
            Text::AddGoal => m.add_goal,
            Text::GoalStatement => m.goal_statement,
            Text::GoalMeasure => m.goal_measure,
            Text::GoalMeasureHint => m.goal_measure_hint,
            Text::GoalTarget => m.goal_target,
            Text::GoalTargetHint => m.goal_target_hint,
            Text::GoalDue => m.goal_due,
            Text::RemoveGoal => m.remove_goal,
            Text::Undo => m.undo,
            Text::Redo => m.redo,
            Text::PlanJson => m.plan_json,
            Text::DownloadJson => m.download_json,
            Text::EditFailed => m.edit_failed,
            Text::ImportFailed => m.import_failed,
            Text::Remove => m.remove,
            Text::Add => m.add,
            Text::NotAnswered => m.not_answered,
            Text::UseRiskView => m.use_risk_view,
            Text::NeedsIntro => m.needs_intro,
            Text::SuggestedNeeds => m.suggested_needs,
            Text::SuggestedNeedsHint => m.suggested_needs_hint,
            Text::AddThisNeed => m.add_this_need,
            Text::NoNeedsYet => m.no_needs_yet,
            Text::AddNeed => m.add_need,
            Text::SmartCheck => m.smart_check,
            Text::SmartAllMet => m.smart_all_met,
            Text::NoComponentsYet => m.no_components_yet,
            Text::NoNeedsToLink => m.no_needs_to_link,
            Text::GoalStatusAndProgress => m.goal_status_and_progress,
            Text::AddObjective => m.add_objective,
            Text::GoalsIntro => m.goals_intro,
            Text::StartFromTemplate => m.start_from_template,
            Text::ChooseTemplate => m.choose_template,
            Text::UseTemplate => m.use_template,
            Text::ServesNoGoalYet => m.serves_no_goal_yet,
            Text::ComponentsIntro => m.components_intro,
            Text::InThePlan => m.in_the_plan,
            Text::AddToPlan => m.add_to_plan,
            Text::LapsePlanHint => m.lapse_plan_hint,
            Text::Sign => m.sign,
            Text::SignatureNeedsNameAndDate => m.signature_needs_name_and_date,
            Text::GapsHeading => m.gaps_heading,
            Text::NoGaps => m.no_gaps,
            Text::SignedLocked => m.signed_locked,
            Text::SignedLockedHint => m.signed_locked_hint,
            Text::EarlierRevisionSignatures => m.earlier_revision_signatures,
            Text::Steps => m.steps,
            Text::Back => m.back,
            Text::Next => m.next,
            Text::DefaultCrisisLine => m.default_crisis_line,
            Text::TakeThePlan => m.take_the_plan,
            Text::LargePrint => m.large_print,
            Text::PaperSize => m.paper_size,
            Text::PrintPlan => m.print_plan,
            Text::DownloadPrintable => m.download_printable,
            Text::DownloadFhir => m.download_fhir,
            Text::CopyText => m.copy_text,
            Text::Copied => m.copied,
            Text::CopyFailed => m.copy_failed,
            Text::PrintPreview => m.print_preview,
            Text::ReviewInProgress => m.review_in_progress,
            Text::ReviewInProgressHint => m.review_in_progress_hint,
            Text::NoChangesYet => m.no_changes_yet,
            Text::FinishReview => m.finish_review,
            Text::ReviewNeedsReviewer => m.review_needs_reviewer,
            Text::OpenPlanFile => m.open_plan_file,
            Text::StartReview => m.start_review,
            Text::StillThere => m.still_there,
            Text::StillHere => m.still_here,
            Text::FinishedClearPlan => m.finished_clear_plan,
            Text::ClearDraft => m.clear_draft,
            Text::DraftCleared => m.draft_cleared,
            Text::CrashHeading => m.crash_heading,
            Text::CrashBody => m.crash_body,
            Text::CrashBodyKiosk => m.crash_body_kiosk,
            Text::CrashDownload => m.crash_download,
            Text::CrashRestart => m.crash_restart,
            Text::Language => m.ui_language,
        }
    }

    pub fn import_error(self, error: &ImportError) -> String {
        let m = self.messages();
        let mb = |bytes: usize| megabytes(bytes, m.decimal_mark);
        let message = match &error.problem {
            ImportProblem::TooLarge { bytes, limit } => {
                m.import_too_large(&mb(*limit), &mb(*bytes))
            }
            ImportProblem::Empty => m.import_empty.into(),
            ImportProblem::Syntax { line, column } => m.import_syntax(column, line),
            ImportProblem::UnexpectedEnd => m.import_unexpected_end.into(),
            ImportProblem::TooDeep => m.import_too_deep.into(),
            ImportProblem::DuplicateKey => m.import_duplicate_key.into(),
            ImportProblem::NotAnObject => m.import_not_an_object.into(),
            ImportProblem::MissingVersion => m.import_missing_version.into(),
            ImportProblem::VersionNotANumber => m.import_version_not_a_number.into(),
            ImportProblem::NewerVersion { found, supported } => {
                m.import_newer_version(found, supported)
            }
            ImportProblem::UnknownVersion { found } => m.import_unknown_version(found),
            ImportProblem::WrongType { found, expected } => {
                m.import_wrong_type(&expected_words(m, expected), &found_words(m, found))
            }
            ImportProblem::UnknownChoice { found, allowed } => {
                m.import_unknown_choice(&allowed.join(", "), found)
            }
            ImportProblem::MissingField { field } => m.import_missing_field(field),
            ImportProblem::UnknownField { field } => m.import_unknown_field(field),
            ImportProblem::NotADate { text } => m.import_not_a_date(text),
            ImportProblem::TooLargeNumber { found } => m.import_too_large_number(found),
            ImportProblem::Other { detail } => detail.clone(),
            ImportProblem::Unsound(ProblemKind::DuplicateId { id }) => m.import_duplicate_id(id),
            ImportProblem::Unsound(ProblemKind::EmptyId) => m.import_empty_id.into(),
            ImportProblem::Unsound(ProblemKind::MissingLink { target, id }) => {
                m.import_missing_link(id, &link_target(m, *target))
            }
            ImportProblem::Unsound(ProblemKind::OutOfRange { value, max }) => {
                m.import_out_of_range(max, value)
            }
        };
        if error.path.is_empty() {
            message
        } else {
            m.at_path(&message, &error.path)
        }
    }

    pub fn edit_error(self, error: &EditError) -> String {
        let m = self.messages();
        match error {
            EditError::NotFound { kind, id } => m.edit_error_not_found(id, &item_kind(m, *kind)),
            EditError::OutOfRange { value, max } => m.edit_error_out_of_range(max, value),
            EditError::RiskViewOff => m.edit_error_risk_view_off.into(),
            EditError::PositionOutOfRange { to, len } => {
                m.edit_error_position_out_of_range(len, &(to + 1))
            }
            EditError::Locked => m.edit_error_locked.into(),
            EditError::ReviewInProgress => m.edit_error_review_in_progress.into(),
            EditError::NoReviewInProgress => m.edit_error_no_review_in_progress.into(),
        }
    }

    pub fn notice(self, notice: &Notice) -> String {
        let m = self.messages();
        match notice {
            Notice::GoalNoLongerAddressesNeed { goal, need } => {
                m.notice_goal_no_longer_addresses_need(goal, need)
            }
            Notice::ObjectiveLostIntervention {
                objective,
                component,
            } => m.notice_objective_lost_intervention(component, objective),
            Notice::NeedLostFinding { need } => m.notice_need_lost_finding(need),
            Notice::GoalLostContributor { goal } => m.notice_goal_lost_contributor(goal),
        }
    }

    /// "Goal 3", for labels of numbered items.
    pub fn goal_number(self, number: usize) -> String {
        self.messages().goal_number(&number)
    }

    /// Why a SMART letter got its status, in plain words.
    pub fn smart_reason(self, reason: SmartReason) -> &'static str {
        let m = self.messages();
        match reason {
            SmartReason::ClearAction => m.smart_reason_clear_action,
            SmartReason::StatementEmpty => m.smart_reason_statement_empty,
            SmartReason::StillTemplate => m.smart_reason_still_template,
            SmartReason::VagueWording => m.smart_reason_vague_wording,
            SmartReason::VagueThings => m.smart_reason_vague_things,
            SmartReason::TooBrief => m.smart_reason_too_brief,
            SmartReason::MeasureAndTarget => m.smart_reason_measure_and_target,
            SmartReason::TargetSet => m.smart_reason_target_set,
            SmartReason::NumberInText => m.smart_reason_number_in_text,
            SmartReason::HowOftenInText => m.smart_reason_how_often_in_text,
            SmartReason::MeasureNoTarget => m.smart_reason_measure_no_target,
            SmartReason::TargetNoNumber => m.smart_reason_target_no_number,
            SmartReason::MoreOrLessNoNumber => m.smart_reason_more_or_less_no_number,
            SmartReason::NoNumber => m.smart_reason_no_number,
            SmartReason::ConfidenceHigh => m.smart_reason_confidence_high,
            SmartReason::ConfidenceMiddle => m.smart_reason_confidence_middle,
            SmartReason::ConfidenceLow => m.smart_reason_confidence_low,
            SmartReason::NotRatedYet => m.smart_reason_not_rated_yet,
            SmartReason::NoConfidence => m.smart_reason_no_confidence,
            SmartReason::LinkedToNeed => m.smart_reason_linked_to_need,
            SmartReason::LinkBroken => m.smart_reason_link_broken,
            SmartReason::NotLinked => m.smart_reason_not_linked,
            SmartReason::NoNeedsYet => m.smart_reason_no_needs_yet,
            SmartReason::DueDateSet => m.smart_reason_due_date_set,
            SmartReason::PastDue => m.smart_reason_past_due,
            SmartReason::DeadlineInText => m.smart_reason_deadline_in_text,
            SmartReason::OnlyHowOften => m.smart_reason_only_how_often,
            SmartReason::NoTimeFrame => m.smart_reason_no_time_frame,
        }
    }

    /// One concrete next step for a SMART letter, in plain words.
    pub fn smart_suggestion(self, suggestion: SmartSuggestion) -> &'static str {
        let m = self.messages();
        match suggestion {
            SmartSuggestion::KeepAsIs => m.smart_suggestion_keep_as_is,
            SmartSuggestion::WriteGoal => m.smart_suggestion_write_goal,
            SmartSuggestion::FillInTemplate => m.smart_suggestion_fill_in_template,
            SmartSuggestion::SayWhatToDo => m.smart_suggestion_say_what_to_do,
            SmartSuggestion::NameTheThing => m.smart_suggestion_name_the_thing,
            SmartSuggestion::AddTarget => m.smart_suggestion_add_target,
            SmartSuggestion::AddMeasure => m.smart_suggestion_add_measure,
            SmartSuggestion::AddHowMuch => m.smart_suggestion_add_how_much,
            SmartSuggestion::AskWhatWouldHelp => m.smart_suggestion_ask_what_would_help,
            SmartSuggestion::MakeSmaller => m.smart_suggestion_make_smaller,
            SmartSuggestion::AskConfidence => m.smart_suggestion_ask_confidence,
            SmartSuggestion::LinkToNeed => m.smart_suggestion_link_to_need,
            SmartSuggestion::AddNeedFirst => m.smart_suggestion_add_need_first,
            SmartSuggestion::ChooseNewDate => m.smart_suggestion_choose_new_date,
            SmartSuggestion::AddCheckDate => m.smart_suggestion_add_check_date,
            SmartSuggestion::AddDueDate => m.smart_suggestion_add_due_date,
            SmartSuggestion::SetDueDateField => m.smart_suggestion_set_due_date_field,
        }
    }

    /// The word a SMART letter stands for: "Specific".
    pub fn smart_letter(self, letter: SmartLetter) -> &'static str {
        let m = self.messages();
        match letter {
            SmartLetter::S => m.smart_letter_s,
            SmartLetter::M => m.smart_letter_m,
            SmartLetter::A => m.smart_letter_a,
            SmartLetter::R => m.smart_letter_r,
            SmartLetter::T => m.smart_letter_t,
        }
    }

    /// A SMART status for screen readers and labels: "Needs work".
    pub fn smart_status(self, status: SmartStatus) -> &'static str {
        let m = self.messages();
        match status {
            SmartStatus::Met => m.smart_status_met,
            SmartStatus::NeedsWork => m.smart_status_needs_work,
            SmartStatus::Missing => m.smart_status_missing,
        }
    }

    /// The kiosk's warning before it clears the plan.
    pub fn idle_warning(self, seconds: u32) -> String {
        self.messages().idle_warning(u64::from(seconds))
    }

    /// "Step 3 of 8".
    pub fn step_of(self, number: usize, total: usize) -> String {
        self.messages().step_of(&number, &total)
    }

    /// What a gap in the plan is, naming the item in the person's words.
    pub fn gap(self, plan: &Plan, gap: &Gap) -> String {
        let m = self.messages();
        let (short, text) = self.gap_item(plan, gap);
        let item = &match text.trim() {
            "" => short,
            text => m.gap_item_named(&short, &text),
        };
        match gap {
            Gap::NoGoals => m.gap_no_goals.into(),
            Gap::NeedWithoutGoal { .. } => m.gap_need_without_goal(item),
            Gap::GoalWithoutNeed { .. } => m.gap_goal_without_need(item),
            Gap::GoalWithoutMeasure { .. } => m.gap_goal_without_measure(item),
            Gap::GoalWithoutTarget { .. } => m.gap_goal_without_target(item),
            Gap::GoalWithoutDue { .. } => m.gap_goal_without_due(item),
            Gap::TemplateBlanks { blanks, .. } => m.gap_template_blanks(&blanks.join(", "), item),
            Gap::GoalWithoutObjective { .. } => m.gap_goal_without_objective(item),
            Gap::GoalWithoutIntervention { .. } => m.gap_goal_without_intervention(item),
            Gap::ObjectiveWithoutDue { .. } => m.gap_objective_without_due(item),
            Gap::ComponentWithoutFrequency { .. } => m.gap_component_without_frequency(item),
            Gap::ComponentWithoutResponsible { .. } => m.gap_component_without_responsible(item),
            Gap::ComponentServesNoGoal { .. } => m.gap_component_serves_no_goal(item),
            Gap::NoReviewDate => m.gap_no_review_date.into(),
            Gap::ReviewDatePassed { date } => m.gap_review_date_passed(date),
            Gap::Unsigned {
                role,
                revision,
                earlier,
            } => match (role, earlier) {
                (SignerRole::Person, None) => m.gap_unsigned_person.into(),
                (_, None) => m.gap_unsigned_clinician.into(),
                (SignerRole::Person, Some(n)) => m.gap_resign_person(n, revision),
                (_, Some(n)) => m.gap_resign_clinician(n, revision),
            },
        }
    }

    /// The words of the button that goes to fix a gap: "Add a due date to
    /// goal 2".
    pub fn gap_fix(self, plan: &Plan, gap: &Gap) -> String {
        let m = self.messages();
        let (short, _) = self.gap_item(plan, gap);
        let item = &short;
        match gap {
            Gap::NoGoals => m.gap_fix_no_goals.into(),
            Gap::NeedWithoutGoal { .. } => m.gap_fix_need_without_goal(item),
            Gap::GoalWithoutNeed { .. } => m.gap_fix_goal_without_need(item),
            Gap::GoalWithoutMeasure { .. } => m.gap_fix_goal_without_measure(item),
            Gap::GoalWithoutTarget { .. } => m.gap_fix_goal_without_target(item),
            Gap::GoalWithoutDue { .. } => m.gap_fix_goal_without_due(item),
            Gap::TemplateBlanks { .. } => m.gap_fix_template_blanks(item),
            Gap::GoalWithoutObjective { .. } => m.gap_fix_goal_without_objective(item),
            Gap::GoalWithoutIntervention { .. } => m.gap_fix_goal_without_intervention(item),
            Gap::ObjectiveWithoutDue { .. } => m.gap_fix_objective_without_due(item),
            Gap::ComponentWithoutFrequency { .. } => m.gap_fix_component_without_frequency(item),
            Gap::ComponentWithoutResponsible { .. } => {
                m.gap_fix_component_without_responsible(item)
            }
            Gap::ComponentServesNoGoal { .. } => m.gap_fix_component_serves_no_goal(item),
            Gap::NoReviewDate => m.gap_fix_no_review_date.into(),
            Gap::ReviewDatePassed { .. } => m.gap_fix_review_date_passed.into(),
            Gap::Unsigned { role, .. } => match role {
                SignerRole::Person => m.gap_fix_unsigned_person.into(),
                _ => m.gap_fix_unsigned_clinician.into(),
            },
        }
    }

    /// The item a gap is about: its short name ("Goal 2", "Objective 2.1",
    /// a service's name) and the person's words for it, if any.
    fn gap_item(self, plan: &Plan, gap: &Gap) -> (String, String) {
        let w = self.words();
        let Some(id) = gap.item_id() else {
            return Default::default();
        };
        if let Some(i) = plan.needs.iter().position(|n| n.id == id) {
            return (
                self.numbered(w.need, i + 1),
                plan.needs[i].statement.clone(),
            );
        }
        if let Some(i) = plan.goals.iter().position(|g| g.id == id) {
            return (self.goal_number(i + 1), plan.goals[i].statement.clone());
        }
        for (g, goal) in plan.goals.iter().enumerate() {
            if let Some(o) = goal.objectives.iter().position(|o| o.id == id) {
                return (
                    self.messages().objective_number(&(g + 1), &(o + 1)),
                    goal.objectives[o].statement.clone(),
                );
            }
        }
        plan.component(id)
            .map(|c| (c.name.clone(), String::new()))
            .unwrap_or_default()
    }

    /// The language a plan's `person.language` names, if the widget speaks
    /// it: a tag ("es-MX") or the language's name in English or in itself.
    pub fn of_person(language: &str) -> Option<Lang> {
        let lower = language.trim().to_lowercase();
        let first = lower.split([' ', ',', '(', '/']).next().unwrap_or_default();
        if let Some(lang) = Lang::ALL
            .iter()
            .find(|l| l.language_words().contains(&first))
        {
            return Some(*lang);
        }
        let primary = first.split(['-', '_']).next().unwrap_or_default();
        if first.len() <= 12 && primary.len() == 2 {
            let lang = Lang::from_tag(first);
            return (lang.tag() == primary).then_some(lang);
        }
        None
    }
}

fn item_kind(m: &Messages, kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::TextItem => m.kind_text_item,
        ItemKind::CareTeamMember => m.kind_care_team_member,
        ItemKind::Contributor => m.kind_contributor,
        ItemKind::Substance => m.kind_substance,
        ItemKind::Need => m.kind_need,
        ItemKind::Goal => m.kind_goal,
        ItemKind::Objective => m.kind_objective,
        ItemKind::Component => m.kind_component,
        ItemKind::Contact => m.kind_contact,
        ItemKind::CrisisLine => m.kind_crisis_line,
        ItemKind::Signature => m.kind_signature,
        ItemKind::Finding => m.kind_finding,
    }
}

fn link_target(m: &Messages, target: LinkTarget) -> &'static str {
    match target {
        LinkTarget::Need => m.target_need,
        LinkTarget::Component => m.target_component,
        LinkTarget::Contributor => m.target_contributor,
        LinkTarget::Substance => m.target_substance,
        LinkTarget::Trigger => m.target_trigger,
    }
}

fn found_words(m: &Messages, found: &Found) -> String {
    match found {
        Found::Text(text) => m.found_text(text),
        Found::Number(n) => m.found_number(n),
        Found::YesNo(true) => m.found_true.into(),
        Found::YesNo(false) => m.found_false.into(),
        Found::Nothing => m.found_nothing.into(),
        Found::List => m.found_array.into(),
        Found::Object => m.found_object.into(),
        Found::Other(other) => other.clone(),
    }
}

fn expected_words(m: &Messages, expected: &Expected) -> String {
    match expected {
        Expected::Text => m.expected_text.into(),
        Expected::WholeNumber => m.expected_whole_number.into(),
        Expected::TrueFalse => m.expected_true_false.into(),
        Expected::List => m.expected_array.into(),
        Expected::Object => m.expected_object.into(),
        Expected::Other(other) => other.clone(),
    }
}

/// Fixed user-facing strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Text {
    WidgetName,
    PlanTitle,
    PlanTitleHint,
    Untitled,
    Goals,
    NoGoalsYet,
    NewGoal,
    NewGoalHint,
    AddGoal,
    GoalStatement,
    GoalMeasure,
    GoalMeasureHint,
    GoalTarget,
    GoalTargetHint,
    GoalDue,
    RemoveGoal,
    Undo,
    Redo,
    PlanJson,
    DownloadJson,
    EditFailed,
    ImportFailed,
    Language,
    StillThere,
    StillHere,
    FinishedClearPlan,
    ClearDraft,
    DraftCleared,
    CrashHeading,
    CrashBody,
    CrashBodyKiosk,
    CrashDownload,
    CrashRestart,
    StartReview,
    TakeThePlan,
    LargePrint,
    PaperSize,
    PrintPlan,
    DownloadPrintable,
    DownloadFhir,
    CopyText,
    Copied,
    CopyFailed,
    PrintPreview,
    ReviewInProgress,
    ReviewInProgressHint,
    NoChangesYet,
    FinishReview,
    ReviewNeedsReviewer,
    OpenPlanFile,
    DefaultCrisisLine,
    Remove,
    Add,
    NotAnswered,
    UseRiskView,
    NeedsIntro,
    SuggestedNeeds,
    SuggestedNeedsHint,
    AddThisNeed,
    NoNeedsYet,
    AddNeed,
    SmartCheck,
    SmartAllMet,
    NoComponentsYet,
    NoNeedsToLink,
    GoalStatusAndProgress,
    AddObjective,
    GoalsIntro,
    StartFromTemplate,
    ChooseTemplate,
    UseTemplate,
    ServesNoGoalYet,
    ComponentsIntro,
    InThePlan,
    AddToPlan,
    LapsePlanHint,
    Sign,
    SignatureNeedsNameAndDate,
    SignedLocked,
    SignedLockedHint,
    EarlierRevisionSignatures,
    GapsHeading,
    NoGaps,
    Steps,
    Back,
    Next,
}

/// Bytes as megabytes with one decimal ("4.0"), in whole numbers: float
/// formatting would add about 17 KB to the widget for this one message.
fn megabytes(bytes: usize, decimal_mark: &str) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}{decimal_mark}{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::megabytes;

    #[test]
    fn megabytes_round_to_one_decimal() {
        assert_eq!(megabytes(4 * 1_048_576, "."), "4.0");
        assert_eq!(megabytes(4 * 1_048_576 + 1, ","), "4,0");
        assert_eq!(megabytes(5_347_737, "."), "5.1");
        assert_eq!(megabytes(0, "."), "0.0");
    }
}
