//! The message catalog. Every language implements every message: a missing
//! one is a compile error, not a blank on screen.

mod en;
mod es;
mod print_words;
mod review_words;
pub mod words;

pub use print_words::PrintWords;
pub use words::Words;

use crate::export::json::ImportError;
use crate::plan::gaps::Gap;
use crate::plan::smart::{SmartLetter, SmartReason, SmartStatus, SmartSuggestion};
use crate::plan::{EditError, Notice, Plan};

pub use crate::lang::Lang;

impl Lang {
    /// The label of a field in the `n`th row of a list ("Name 2"): one rule
    /// for every numbered row.
    pub fn numbered(self, label: &str, n: usize) -> String {
        format!("{label} {n}")
    }

    fn catalog(self) -> &'static dyn Catalog {
        match self {
            Lang::En => &en::English,
            Lang::Es => &es::Spanish,
        }
    }

    pub fn text(self, key: Text) -> &'static str {
        self.catalog().text(key)
    }

    pub fn import_error(self, error: &ImportError) -> String {
        self.catalog().import_error(error)
    }

    pub fn edit_error(self, error: &EditError) -> String {
        self.catalog().edit_error(error)
    }

    pub fn notice(self, notice: &Notice) -> String {
        self.catalog().notice(notice)
    }

    /// "Goal 3", for labels of numbered items.
    pub fn goal_number(self, number: usize) -> String {
        self.catalog().goal_number(number)
    }

    /// Why a SMART letter got its status, in plain words.
    pub fn smart_reason(self, reason: SmartReason) -> &'static str {
        self.catalog().smart_reason(reason)
    }

    /// One concrete next step for a SMART letter, in plain words.
    pub fn smart_suggestion(self, suggestion: SmartSuggestion) -> &'static str {
        self.catalog().smart_suggestion(suggestion)
    }

    /// The word a SMART letter stands for: "Specific".
    pub fn smart_letter(self, letter: SmartLetter) -> &'static str {
        self.catalog().smart_letter(letter)
    }

    /// The kiosk's warning before it clears the plan.
    pub fn idle_warning(self, seconds: u32) -> String {
        self.catalog().idle_warning(seconds)
    }

    /// "Step 3 of 8".
    pub fn step_of(self, number: usize, total: usize) -> String {
        self.catalog().step_of(number, total)
    }

    /// What a gap in the plan is, naming the item in the person's words.
    pub fn gap(self, plan: &Plan, gap: &Gap) -> String {
        let quoted = |text: &str, fallback: String| {
            let text = text.trim();
            if text.is_empty() {
                fallback
            } else {
                format!("{fallback} ({text})")
            }
        };
        let item = match gap {
            Gap::NeedWithoutGoal { need } => plan
                .needs
                .iter()
                .position(|n| &n.id == need)
                .map(|i| {
                    quoted(
                        &plan.needs[i].statement,
                        format!("{} {}", self.words().need, i + 1),
                    )
                })
                .unwrap_or_default(),
            Gap::GoalWithoutNeed { goal }
            | Gap::GoalWithoutObjective { goal }
            | Gap::GoalWithoutIntervention { goal } => plan
                .goals
                .iter()
                .position(|g| &g.id == goal)
                .map(|i| quoted(&plan.goals[i].statement, self.goal_number(i + 1)))
                .unwrap_or_default(),
            Gap::ComponentServesNoGoal { component } => plan
                .component(component)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            Gap::NoReviewDate => String::new(),
        };
        self.catalog().gap(gap, &item)
    }

    /// A SMART status for screen readers and labels: "Needs work".
    pub fn smart_status(self, status: SmartStatus) -> &'static str {
        self.catalog().smart_status(status)
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
    StartReviewHint,
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
    GapsHeading,
    NoGaps,
    FixThis,
    Steps,
    Back,
    Next,
}

/// One language's wording of every message.
trait Catalog {
    fn text(&self, key: Text) -> &'static str;
    fn import_error(&self, error: &ImportError) -> String;
    fn edit_error(&self, error: &EditError) -> String;
    fn notice(&self, notice: &Notice) -> String;
    fn goal_number(&self, number: usize) -> String;
    fn smart_reason(&self, reason: SmartReason) -> &'static str;
    fn smart_suggestion(&self, suggestion: SmartSuggestion) -> &'static str;
    fn smart_letter(&self, letter: SmartLetter) -> &'static str;
    fn smart_status(&self, status: SmartStatus) -> &'static str;
    fn step_of(&self, number: usize, total: usize) -> String;
    fn idle_warning(&self, seconds: u32) -> String;
    fn gap(&self, gap: &Gap, item: &str) -> String;
}

/// Bytes as megabytes with one decimal ("4.0"), in whole numbers: float
/// formatting would add about 17 KB to the widget for this one message.
fn megabytes(bytes: usize, decimal_mark: char) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}{decimal_mark}{}", tenths / 10, tenths % 10)
}

/// Prefixes a message with the path it is about, if any.
fn at_path(path: &str, message: String) -> String {
    if path.is_empty() {
        message
    } else {
        format!("{path}: {message}")
    }
}

#[cfg(test)]
mod tests {
    use super::megabytes;

    #[test]
    fn megabytes_round_to_one_decimal() {
        assert_eq!(megabytes(4 * 1_048_576, '.'), "4.0");
        assert_eq!(megabytes(4 * 1_048_576 + 1, ','), "4,0");
        assert_eq!(megabytes(5_347_737, '.'), "5.1");
        assert_eq!(megabytes(0, '.'), "0.0");
    }
}
