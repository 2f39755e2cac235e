//! The message catalog. The words live in locales/<tag>.ftl, one file per
//! language in Fluent syntax; build.rs turns them into `Messages` and
//! `Words` (a field per text, a method per message with placeholders, an
//! array per list), so a missing message or a placeholder that differs is a
//! build error, and nothing parses text at run time. This module only
//! chooses the message.
//!
//! `Messages` are the words above the `## ON DEMAND` line of each file, the
//! ones the first module uses (`Lang::messages()`, `Lang::text(Text)`);
//! `Words` the ones below it, which only the on-demand part uses
//! (`Lang::words()`, which reaches the `Messages` too). First-module code
//! never calls `Lang::words()`: in the release build the reference
//! language's `Words` then stay out of the first module (build.rs and
//! docs/ARCHITECTURE.md, "Words").

mod dates;
mod review_words;
mod slot_words;
mod template_words;
pub mod words;

use crate::export::json::{Expected, Found, ImportError, ImportProblem};
use crate::plan::edit::ItemKind;
use crate::plan::gaps::Gap;
use crate::plan::smart::{SmartLetter, SmartReason, SmartStatus, SmartSuggestion};
use crate::plan::validate::{LinkTarget, ProblemKind};
use crate::plan::{EditError, Notice, Plan, SignerRole};

pub use crate::lang::Lang;

#[macro_use]
mod generated {
    use super::Lang;
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}
pub use generated::{Messages, PrintWords, ReviewWords, Words};

/// Makes sure the words of `lang` are here. In the release build every
/// language but the reference one is a module of its own, fetched once
/// from the widget's own files; every other build has them all built in.
pub async fn load_words(lang: Lang) {
    #[cfg(feature = "split")]
    generated::split_words::load(lang).await;
    #[cfg(not(feature = "split"))]
    let _ = lang;
}

/// Are the words of `lang` here? (Always, but in the release build.)
pub fn has_words(lang: Lang) -> bool {
    #[cfg(feature = "split")]
    return lang == Lang::default() || generated::split_words::loaded(lang).is_some();
    #[cfg(not(feature = "split"))]
    {
        let _ = lang;
        true
    }
}

impl Lang {
    /// The label of a field in the `n`th row of a list ("Name 2"): one rule
    /// for every numbered row.
    pub fn numbered(self, label: &str, n: usize) -> String {
        self.messages().numbered(&label, &n)
    }

    /// An action or label and what it is about ("Remove: Name 1"): one rule
    /// for every such label.
    pub fn named(self, label: &str, item: &str) -> String {
        self.messages().named(&item, &label)
    }

    /// "Objective 2.1".
    pub fn objective_number(self, goal: usize, number: usize) -> String {
        self.words().objective_number(&goal, &number)
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        self.messages().language_name
    }

    /// Wording for the printable plan and the other exports.
    pub fn print_words(self) -> &'static PrintWords {
        &self.words().print
    }

    pub fn text(self, key: Text) -> &'static str {
        // A table per language, as constants (see `per_language!`).
        per_language!(self, M => {
            match key {
                Text::WidgetName => M.widget_name,
                Text::Untitled => M.untitled,
                Text::Undo => M.undo,
                Text::Redo => M.redo,
                Text::EditFailed => M.edit_failed,
                Text::ImportFailed => M.import_failed,
                Text::Remove => M.remove,
                Text::Add => M.add,
                Text::StepLoading => M.step_loading,
                Text::DraftOpening => M.draft_opening,
                Text::CatalogUnreadable => M.catalog_unreadable,
                Text::Steps => M.steps,
                Text::DefaultCrisisLine => M.default_crisis_line,
                Text::OpenPlanFile => M.open_plan_file,
                Text::FinishedClearPlan => M.finished_clear_plan,
                Text::ClearDraft => M.clear_draft,
                Text::DraftCleared => M.draft_cleared,
                Text::CrashHeading => M.crash_heading,
                Text::CrashBody => M.crash_body,
                Text::CrashBodyKiosk => M.crash_body_kiosk,
                Text::CrashDownload => M.crash_download,
                Text::CrashRestart => M.crash_restart,
                Text::Language => M.ui_language,
            }
        })
    }

    pub fn import_error(self, error: &ImportError) -> String {
        let m = self.words();
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
            EditError::ExampleReadOnly => m.edit_error_example_read_only.into(),
            EditError::AlreadyInPlan { name, .. } => m.edit_error_already_in_plan(name),
            EditError::ReviewInProgress => m.edit_error_review_in_progress.into(),
            EditError::NoReviewInProgress => m.edit_error_no_review_in_progress.into(),
            EditError::NotReady => m.edit_error_not_ready.into(),
        }
    }

    /// Notices are worded by the on-demand part (`OnDemand::notice`): each
    /// names a goal, need or objective, which only it can make or open.
    pub fn notice(self, notice: &Notice) -> String {
        let m = self.words();
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
            Notice::GoalLostStrength { goal, strength } => {
                m.notice_goal_lost_strength(goal, strength)
            }
            Notice::ProposedGoalsActive { count } => m.notice_proposed_goals_active(*count as u64),
        }
    }

    /// "Goal 3", for labels of numbered items.
    pub fn goal_number(self, number: usize) -> String {
        self.words().goal_number(&number)
    }

    /// Why a SMART letter got its status, in plain words.
    pub fn smart_reason(self, reason: SmartReason) -> &'static str {
        // A table per language, as constants (see `per_language!`).
        per_language!(self, words M => {
            match reason {
                SmartReason::ClearAction => M.smart_reason_clear_action,
                SmartReason::StatementEmpty => M.smart_reason_statement_empty,
                SmartReason::StillTemplate => M.smart_reason_still_template,
                SmartReason::VagueWording => M.smart_reason_vague_wording,
                SmartReason::VagueThings => M.smart_reason_vague_things,
                SmartReason::TooBrief => M.smart_reason_too_brief,
                SmartReason::BroadAim => M.smart_reason_broad_aim,
                SmartReason::OnlyAFeeling => M.smart_reason_only_a_feeling,
                SmartReason::MeasureAndTarget => M.smart_reason_measure_and_target,
                SmartReason::TargetSet => M.smart_reason_target_set,
                SmartReason::NumberInText => M.smart_reason_number_in_text,
                SmartReason::InstrumentScore => M.smart_reason_instrument_score,
                SmartReason::HowOftenInText => M.smart_reason_how_often_in_text,
                SmartReason::MeasureNoTarget => M.smart_reason_measure_no_target,
                SmartReason::TargetNoNumber => M.smart_reason_target_no_number,
                SmartReason::MoreOrLessNoNumber => M.smart_reason_more_or_less_no_number,
                SmartReason::NoNumber => M.smart_reason_no_number,
                SmartReason::ConfidenceHigh => M.smart_reason_confidence_high,
                SmartReason::ConfidenceMiddle => M.smart_reason_confidence_middle,
                SmartReason::ConfidenceLow => M.smart_reason_confidence_low,
                SmartReason::NotRatedYet => M.smart_reason_not_rated_yet,
                SmartReason::NoConfidence => M.smart_reason_no_confidence,
                SmartReason::InnerExperience => M.smart_reason_inner_experience,
                SmartReason::TooManyAWeek => M.smart_reason_too_many_a_week,
                SmartReason::StopMedicineAlone => M.smart_reason_stop_medicine_alone,
                SmartReason::LinkedToNeed => M.smart_reason_linked_to_need,
                SmartReason::LinkBroken => M.smart_reason_link_broken,
                SmartReason::NotLinked => M.smart_reason_not_linked,
                SmartReason::NoNeedsYet => M.smart_reason_no_needs_yet,
                SmartReason::DueDateSet => M.smart_reason_due_date_set,
                SmartReason::PastDue => M.smart_reason_past_due,
                SmartReason::DeadlineInText => M.smart_reason_deadline_in_text,
                SmartReason::OnlyHowOften => M.smart_reason_only_how_often,
                SmartReason::NoTimeFrame => M.smart_reason_no_time_frame,
            }
        })
    }

    /// One concrete next step for a SMART letter, in plain words.
    pub fn smart_suggestion(self, suggestion: SmartSuggestion) -> &'static str {
        // A table per language, as constants (see `per_language!`).
        per_language!(self, words M => {
            match suggestion {
                SmartSuggestion::KeepAsIs => M.smart_suggestion_keep_as_is,
                SmartSuggestion::WriteGoal => M.smart_suggestion_write_goal,
                SmartSuggestion::FillInTemplate => M.smart_suggestion_fill_in_template,
                SmartSuggestion::SayWhatToDo => M.smart_suggestion_say_what_to_do,
                SmartSuggestion::NameTheThing => M.smart_suggestion_name_the_thing,
                SmartSuggestion::AddTarget => M.smart_suggestion_add_target,
                SmartSuggestion::AddMeasure => M.smart_suggestion_add_measure,
                SmartSuggestion::AddHowMuch => M.smart_suggestion_add_how_much,
                SmartSuggestion::AskWhatWouldHelp => M.smart_suggestion_ask_what_would_help,
                SmartSuggestion::MakeSmaller => M.smart_suggestion_make_smaller,
                SmartSuggestion::AskConfidence => M.smart_suggestion_ask_confidence,
                SmartSuggestion::LinkToNeed => M.smart_suggestion_link_to_need,
                SmartSuggestion::AddNeedFirst => M.smart_suggestion_add_need_first,
                SmartSuggestion::ChooseNewDate => M.smart_suggestion_choose_new_date,
                SmartSuggestion::AddCheckDate => M.smart_suggestion_add_check_date,
                SmartSuggestion::AddDueDate => M.smart_suggestion_add_due_date,
                SmartSuggestion::SetDueDateField => M.smart_suggestion_set_due_date_field,
                SmartSuggestion::SayWhatToDoDrinking => M.smart_suggestion_say_what_to_do_drinking,
                SmartSuggestion::SayWhatToDoUsing => M.smart_suggestion_say_what_to_do_using,
                SmartSuggestion::SayWhatToDoSmoking => M.smart_suggestion_say_what_to_do_smoking,
                SmartSuggestion::SayWhatToDoMoney => M.smart_suggestion_say_what_to_do_money,
                SmartSuggestion::SayWhatToDoFamily => M.smart_suggestion_say_what_to_do_family,
                SmartSuggestion::SayWhatToDoFeelings => M.smart_suggestion_say_what_to_do_feelings,
                SmartSuggestion::AddMeasureDrinking => M.smart_suggestion_add_measure_drinking,
                SmartSuggestion::AddMeasureUsing => M.smart_suggestion_add_measure_using,
                SmartSuggestion::AddMeasureSmoking => M.smart_suggestion_add_measure_smoking,
                SmartSuggestion::AddMeasureMoney => M.smart_suggestion_add_measure_money,
                SmartSuggestion::AddMeasureFamily => M.smart_suggestion_add_measure_family,
                SmartSuggestion::AddMeasureFeelings => M.smart_suggestion_add_measure_feelings,
                SmartSuggestion::AimForActions => M.smart_suggestion_aim_for_actions,
                SmartSuggestion::ChooseKeepableNumber => M.smart_suggestion_choose_keepable_number,
                SmartSuggestion::PlanWithPrescriber => M.smart_suggestion_plan_with_prescriber,
            }
        })
    }

    /// The word a SMART letter stands for: "Specific".
    pub fn smart_letter(self, letter: SmartLetter) -> &'static str {
        // A table per language, as constants (see `per_language!`).
        per_language!(self, words M => {
            match letter {
                SmartLetter::S => M.smart_letter_s,
                SmartLetter::M => M.smart_letter_m,
                SmartLetter::A => M.smart_letter_a,
                SmartLetter::R => M.smart_letter_r,
                SmartLetter::T => M.smart_letter_t,
            }
        })
    }

    /// A SMART status for screen readers and labels: "Needs work".
    pub fn smart_status(self, status: SmartStatus) -> &'static str {
        // A table per language, as constants (see `per_language!`).
        per_language!(self, words M => {
            match status {
                SmartStatus::Met => M.smart_status_met,
                SmartStatus::NeedsWork => M.smart_status_needs_work,
                SmartStatus::Missing => M.smart_status_missing,
            }
        })
    }

    /// The kiosk's warning before it clears the plan (the part's words).
    pub fn idle_warning(self, seconds: u32) -> String {
        self.words().idle_warning(u64::from(seconds))
    }

    /// "Step 3 of 8".
    pub fn step_of(self, number: usize, total: usize) -> String {
        self.messages().step_of(&number, &total)
    }

    /// What a gap in the plan is, naming the item in the person's words.
    pub fn gap(self, plan: &Plan, gap: &Gap) -> String {
        let m = self.words();
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
            Gap::ScoreNotTakenYet { .. } => m.gap_score_not_taken_yet(item),
            Gap::GoalWithoutDue { .. } => m.gap_goal_without_due(item),
            Gap::TemplateBlanks { blanks, .. } => m.gap_template_blanks(&blanks.join(", "), item),
            Gap::GoalWithoutObjective { .. } => m.gap_goal_without_objective(item),
            Gap::GoalWithoutIntervention { .. } => m.gap_goal_without_intervention(item),
            Gap::ObjectiveWithoutMeasure { .. } => m.gap_objective_without_measure(item),
            Gap::ObjectiveWithoutDue { .. } => m.gap_objective_without_due(item),
            Gap::ComponentWithoutFrequency { .. } => m.gap_component_without_frequency(item),
            Gap::ComponentWithoutResponsible { .. } => m.gap_component_without_responsible(item),
            Gap::ComponentServesNoGoal { .. } => m.gap_component_serves_no_goal(item),
            Gap::NoDiagnosis => m.gap_no_diagnosis.into(),
            Gap::NoLevelOfCare => m.gap_no_level_of_care.into(),
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
        let m = self.words();
        let (short, _) = self.gap_item(plan, gap);
        let item = &short;
        match gap {
            Gap::NoGoals => m.gap_fix_no_goals.into(),
            Gap::NeedWithoutGoal { .. } => m.gap_fix_need_without_goal(item),
            Gap::GoalWithoutNeed { .. } => m.gap_fix_goal_without_need(item),
            Gap::GoalWithoutMeasure { .. } => m.gap_fix_goal_without_measure(item),
            Gap::GoalWithoutTarget { .. } => m.gap_fix_goal_without_target(item),
            Gap::ScoreNotTakenYet { .. } => m.gap_fix_score_not_taken_yet(item),
            Gap::GoalWithoutDue { .. } => m.gap_fix_goal_without_due(item),
            Gap::TemplateBlanks { .. } => m.gap_fix_template_blanks(item),
            Gap::GoalWithoutObjective { .. } => m.gap_fix_goal_without_objective(item),
            Gap::GoalWithoutIntervention { .. } => m.gap_fix_goal_without_intervention(item),
            Gap::ObjectiveWithoutMeasure { .. } => m.gap_fix_objective_without_measure(item),
            Gap::ObjectiveWithoutDue { .. } => m.gap_fix_objective_without_due(item),
            Gap::ComponentWithoutFrequency { .. } => m.gap_fix_component_without_frequency(item),
            Gap::ComponentWithoutResponsible { .. } => {
                m.gap_fix_component_without_responsible(item)
            }
            Gap::ComponentServesNoGoal { .. } => m.gap_fix_component_serves_no_goal(item),
            Gap::NoDiagnosis => m.gap_fix_no_diagnosis.into(),
            Gap::NoLevelOfCare => m.gap_fix_no_level_of_care.into(),
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
                    self.objective_number(g + 1, o + 1),
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
        ItemKind::Measurement => m.kind_measurement,
        ItemKind::Barrier => m.kind_barrier,
    }
}

fn link_target(m: &Words, target: LinkTarget) -> &'static str {
    match target {
        LinkTarget::Need => m.target_need,
        LinkTarget::Component => m.target_component,
        LinkTarget::Contributor => m.target_contributor,
        LinkTarget::Substance => m.target_substance,
        LinkTarget::Trigger => m.target_trigger,
        LinkTarget::Strength => m.target_strength,
    }
}

fn found_words(m: &Words, found: &Found) -> String {
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

fn expected_words(m: &Words, expected: &Expected) -> String {
    match expected {
        Expected::Text => m.expected_text.into(),
        Expected::WholeNumber => m.expected_whole_number.into(),
        Expected::TrueFalse => m.expected_true_false.into(),
        Expected::List => m.expected_array.into(),
        Expected::Object => m.expected_object.into(),
        Expected::Other(other) => other.clone(),
    }
}

/// Fixed texts of the first module (the shell and the first step); the
/// part reads its own as fields of `Lang::words()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Text {
    WidgetName,
    Untitled,
    Undo,
    Redo,
    EditFailed,
    ImportFailed,
    Language,
    FinishedClearPlan,
    ClearDraft,
    DraftCleared,
    CrashHeading,
    CrashBody,
    CrashBodyKiosk,
    CrashDownload,
    CrashRestart,
    OpenPlanFile,
    DefaultCrisisLine,
    Remove,
    Add,
    StepLoading,
    DraftOpening,
    CatalogUnreadable,
    Steps,
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
