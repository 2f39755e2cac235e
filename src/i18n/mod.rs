//! The message catalog. Every language implements every message: a missing
//! one is a compile error, not a blank on screen.

mod en;
mod es;
mod print_words;
mod review_words;
mod slot_words;
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
        let (short, text) = self.gap_item(plan, gap);
        let item = match text.trim() {
            "" => short,
            text => format!("{short} ({text})"),
        };
        self.catalog().gap(gap, &item)
    }

    /// The words of the button that goes to fix a gap: "Add a due date to
    /// goal 2".
    pub fn gap_fix(self, plan: &Plan, gap: &Gap) -> String {
        let (short, _) = self.gap_item(plan, gap);
        self.catalog().gap_fix(gap, &short)
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
                format!("{} {}", w.need, i + 1),
                plan.needs[i].statement.clone(),
            );
        }
        if let Some(i) = plan.goals.iter().position(|g| g.id == id) {
            return (self.goal_number(i + 1), plan.goals[i].statement.clone());
        }
        for (g, goal) in plan.goals.iter().enumerate() {
            if let Some(o) = goal.objectives.iter().position(|o| o.id == id) {
                return (
                    format!("{} {}.{}", w.objective, g + 1, o + 1),
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
        match first {
            "english" | "inglés" | "ingles" => Some(Lang::En),
            "spanish" | "español" | "espanol" | "castellano" => Some(Lang::Es),
            tag if tag.len() <= 12 && tag.split(['-', '_']).next().map(str::len) == Some(2) => {
                let lang = Lang::from_tag(tag);
                (lang.tag() == &tag[..2]).then_some(lang)
            }
            _ => None,
        }
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
    fn gap_fix(&self, gap: &Gap, item: &str) -> String;
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
