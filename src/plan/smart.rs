//! SMART coaching: a pure, deterministic look at one goal (and the plan
//! around it) that says, for each of Specific, Measurable, Achievable,
//! Relevant and Time-bound, whether it is met, why, and one concrete next
//! step. Reasons and suggestions are codes; the message catalog (`crate::i18n`) words them.
//!
//! Structured fields come first (measure, target, due date, linked need,
//! confidence), the person's own words second. The text checks are simple
//! word lists over accent- and case-folded words, so every result can be
//! explained in one sentence, and the whole check is cheap enough to run on
//! every keystroke. Nothing here judges the person: only the wording of
//! the goal and the fields around it.

use super::date::PlanDate;
use super::document::{Achievement, Goal, GoalLifecycle, Plan};
use crate::lang::all_words;
use serde::Serialize;
use strum::EnumCount;
use SmartReason as R;
use SmartStatus::{Met, Missing, NeedsWork};
use SmartSuggestion as Sg;

/// How one letter of SMART stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SmartStatus {
    Met,
    NeedsWork,
    Missing,
}

impl SmartStatus {
    /// The word for the status in JSON and in the page: `met`,
    /// `needs_work` or `missing`.
    pub fn word(self) -> &'static str {
        match self {
            SmartStatus::Met => "met",
            SmartStatus::NeedsWork => "needs_work",
            SmartStatus::Missing => "missing",
        }
    }
}

/// The five letters, in order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::VariantArray, strum::EnumCount,
)]
pub enum SmartLetter {
    S,
    M,
    A,
    R,
    T,
}

impl SmartLetter {
    /// The letter itself: "S", "M", "A", "R" or "T".
    pub fn key(self) -> &'static str {
        match self {
            SmartLetter::S => "S",
            SmartLetter::M => "M",
            SmartLetter::A => "A",
            SmartLetter::R => "R",
            SmartLetter::T => "T",
        }
    }

    pub const ALL: &'static [SmartLetter] = <SmartLetter as strum::VariantArray>::VARIANTS;
}

/// Why a letter got its status.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::VariantArray, strum::EnumCount,
)]
#[serde(rename_all = "snake_case")]
pub enum SmartReason {
    // Specific
    ClearAction,
    StatementEmpty,
    StillTemplate,
    VagueWording,
    VagueThings,
    TooBrief,
    // Measurable
    /// Measured by a standard instrument's score, with a number to reach.
    InstrumentScore,
    MeasureAndTarget,
    TargetSet,
    NumberInText,
    HowOftenInText,
    MeasureNoTarget,
    TargetNoNumber,
    MoreOrLessNoNumber,
    NoNumber,
    // Achievable
    ConfidenceHigh,
    ConfidenceMiddle,
    ConfidenceLow,
    NotRatedYet,
    NoConfidence,
    // Relevant
    LinkedToNeed,
    LinkBroken,
    NotLinked,
    NoNeedsYet,
    // Time-bound
    DueDateSet,
    PastDue,
    DeadlineInText,
    OnlyHowOften,
    NoTimeFrame,
}

impl SmartReason {
    pub const ALL: &'static [SmartReason] = <SmartReason as strum::VariantArray>::VARIANTS;
}

/// One concrete next step for a letter.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::VariantArray, strum::EnumCount,
)]
#[serde(rename_all = "snake_case")]
pub enum SmartSuggestion {
    KeepAsIs,
    WriteGoal,
    FillInTemplate,
    SayWhatToDo,
    NameTheThing,
    AddTarget,
    AddMeasure,
    AddHowMuch,
    AskWhatWouldHelp,
    MakeSmaller,
    AskConfidence,
    LinkToNeed,
    AddNeedFirst,
    ChooseNewDate,
    AddCheckDate,
    AddDueDate,
    SetDueDateField,
}

impl SmartSuggestion {
    pub const ALL: &'static [SmartSuggestion] = <SmartSuggestion as strum::VariantArray>::VARIANTS;
}

/// The coach's word on one letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct LetterReport {
    pub status: SmartStatus,
    pub reason: SmartReason,
    pub suggestion: SmartSuggestion,
}

impl LetterReport {
    fn new(status: SmartStatus, reason: SmartReason, suggestion: SmartSuggestion) -> Self {
        Self {
            status,
            reason,
            suggestion,
        }
    }

    fn met(reason: SmartReason) -> Self {
        Self::new(SmartStatus::Met, reason, SmartSuggestion::KeepAsIs)
    }

    pub fn is_met(&self) -> bool {
        self.status == SmartStatus::Met
    }
}

/// The coach's word on all five letters. Serializes as
/// `{"S": {"status": "met", "reason": "...", "suggestion": "..."}, "M": ...}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct SmartReport {
    #[serde(rename = "S")]
    pub specific: LetterReport,
    #[serde(rename = "M")]
    pub measurable: LetterReport,
    #[serde(rename = "A")]
    pub achievable: LetterReport,
    #[serde(rename = "R")]
    pub relevant: LetterReport,
    #[serde(rename = "T")]
    pub time_bound: LetterReport,
}

impl SmartReport {
    pub fn letter(&self, letter: SmartLetter) -> &LetterReport {
        match letter {
            SmartLetter::S => &self.specific,
            SmartLetter::M => &self.measurable,
            SmartLetter::A => &self.achievable,
            SmartLetter::R => &self.relevant,
            SmartLetter::T => &self.time_bound,
        }
    }

    /// The five letters in S, M, A, R, T order.
    pub fn letters(&self) -> [(SmartLetter, &LetterReport); SmartLetter::COUNT] {
        // COUNT is the length of ALL (both derived), so every index is in it.
        std::array::from_fn(|i| {
            let l = SmartLetter::ALL[i];
            (l, self.letter(l))
        })
    }

    /// The first letter, in S, M, A, R, T order, that is not met: the one
    /// thing to work on next.
    pub fn first_unmet(&self) -> Option<(SmartLetter, &LetterReport)> {
        self.letters().into_iter().find(|(_, r)| !r.is_met())
    }

    /// How many of the five letters are met.
    pub fn met_count(&self) -> usize {
        self.letters().iter().filter(|(_, r)| r.is_met()).count()
    }

    pub fn all_met(&self) -> bool {
        self.met_count() == 5
    }
}

/// A goal template's text, to notice a goal still in its template's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateText<'a> {
    pub id: &'a str,
    pub text: &'a str,
}

/// Coaches the goal with id `goal_id`, if the plan has it.
pub fn coach_goal(
    plan: &Plan,
    goal_id: &str,
    today: Option<PlanDate>,
    templates: &[TemplateText<'_>],
) -> Option<SmartReport> {
    plan.goal(goal_id)
        .map(|goal| coach(plan, goal, today, templates))
}

/// Coaches one goal. `today` is used only to notice a due date that has
/// passed; `templates` only to notice a goal still in a template's words.
pub fn coach(
    plan: &Plan,
    goal: &Goal,
    today: Option<PlanDate>,
    templates: &[TemplateText<'_>],
) -> SmartReport {
    let folded = fold(&goal.statement);
    let words: Vec<&str> = tokens(&folded).collect();
    let text = TextFacts::of(&words, &goal.statement);
    let specific = specific(goal, &words, &text, templates);
    let measurable = measurable(goal, &text);
    let achievable = achievable(goal, &specific, &measurable);
    SmartReport {
        specific,
        measurable,
        achievable,
        relevant: relevant(plan, goal),
        time_bound: time_bound(goal, today, &text),
    }
}

fn specific(
    goal: &Goal,
    words: &[&str],
    text: &TextFacts,
    templates: &[TemplateText<'_>],
) -> LetterReport {
    if words.is_empty() {
        return LetterReport::new(Missing, R::StatementEmpty, Sg::WriteGoal);
    }
    if has_placeholder(&goal.statement) || is_template_text(goal, templates) {
        return LetterReport::new(NeedsWork, R::StillTemplate, Sg::FillInTemplate);
    }
    let vague_noun = words.iter().enumerate().any(|(i, w)| {
        // "algo de ejercicio" is "some exercise", not "something".
        VAGUE_NOUNS.contains(w) && !(*w == "algo" && words.get(i + 1) == Some(&"de"))
    });
    if vague_noun {
        return LetterReport::new(NeedsWork, R::VagueThings, Sg::NameTheThing);
    }
    let content = words.iter().filter(|w| is_content_word(w)).count();
    if content < 2 && has_vague_wording(words) {
        return LetterReport::new(NeedsWork, R::VagueWording, Sg::SayWhatToDo);
    }
    if words.len() < 2 && !text.number {
        return LetterReport::new(NeedsWork, R::TooBrief, Sg::SayWhatToDo);
    }
    LetterReport::met(R::ClearAction)
}

fn measurable(goal: &Goal, text: &TextFacts) -> LetterReport {
    if goal.score_target.is_some() {
        return LetterReport::met(R::InstrumentScore);
    }
    let has_measure = !goal.measure.trim().is_empty();
    if !goal.target.trim().is_empty() {
        let folded = fold(&goal.target);
        let target: Vec<&str> = tokens(&folded).collect();
        let facts = TextFacts::of(&target, &goal.target);
        let countable =
            facts.number || facts.how_often || target.iter().any(|w| COMPLETION_WORDS.contains(w));
        return match (countable, has_measure) {
            (true, true) => LetterReport::met(R::MeasureAndTarget),
            (true, false) => LetterReport::met(R::TargetSet),
            (false, _) => LetterReport::new(NeedsWork, R::TargetNoNumber, Sg::AddHowMuch),
        };
    }
    if text.number {
        return LetterReport::met(R::NumberInText);
    }
    if text.how_often {
        return LetterReport::met(R::HowOftenInText);
    }
    if has_measure {
        return LetterReport::new(NeedsWork, R::MeasureNoTarget, Sg::AddTarget);
    }
    if text.more_or_less {
        return LetterReport::new(Missing, R::MoreOrLessNoNumber, Sg::AddHowMuch);
    }
    LetterReport::new(Missing, R::NoNumber, Sg::AddMeasure)
}

fn achievable(goal: &Goal, specific: &LetterReport, measurable: &LetterReport) -> LetterReport {
    match goal.confidence {
        Some(c) if c >= 7 => LetterReport::met(R::ConfidenceHigh),
        Some(c) if c >= 4 => {
            LetterReport::new(NeedsWork, R::ConfidenceMiddle, Sg::AskWhatWouldHelp)
        }
        Some(_) => LetterReport::new(NeedsWork, R::ConfidenceLow, Sg::MakeSmaller),
        None if specific.is_met() && measurable.is_met() => {
            LetterReport::new(NeedsWork, R::NotRatedYet, Sg::AskConfidence)
        }
        None => LetterReport::new(Missing, R::NoConfidence, Sg::AskConfidence),
    }
}

fn relevant(plan: &Plan, goal: &Goal) -> LetterReport {
    if goal.addresses.iter().any(|id| plan.need(id).is_some()) {
        LetterReport::met(R::LinkedToNeed)
    } else if !goal.addresses.is_empty() {
        LetterReport::new(NeedsWork, R::LinkBroken, Sg::LinkToNeed)
    } else if plan.needs.is_empty() {
        LetterReport::new(Missing, R::NoNeedsYet, Sg::AddNeedFirst)
    } else {
        LetterReport::new(Missing, R::NotLinked, Sg::LinkToNeed)
    }
}

fn time_bound(goal: &Goal, today: Option<PlanDate>, text: &TextFacts) -> LetterReport {
    if let Some(due) = goal.due {
        let closed = matches!(
            goal.lifecycle,
            GoalLifecycle::Completed | GoalLifecycle::Cancelled
        ) || matches!(
            goal.achievement,
            Achievement::Achieved | Achievement::NotAchieved
        );
        return match today {
            Some(today) if due < today && !closed => {
                LetterReport::new(NeedsWork, R::PastDue, Sg::ChooseNewDate)
            }
            _ => LetterReport::met(R::DueDateSet),
        };
    }
    if text.deadline {
        return LetterReport::new(Met, R::DeadlineInText, Sg::SetDueDateField);
    }
    if text.how_often {
        return LetterReport::new(NeedsWork, R::OnlyHowOften, Sg::AddCheckDate);
    }
    LetterReport::new(Missing, R::NoTimeFrame, Sg::AddDueDate)
}

// ---------------------------------------------------------------------------
// Text: folding, words and the word lists.

/// Lowercases and drops accents (á → a, ñ → n, ü → u) and apostrophes, so
/// "Más", "mas" and "MÁS" read the same, and "don't" reads "dont".
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'á' | 'à' | 'ä' | 'â' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            '\'' | '’' | '‘' | 'ʼ' => continue,
            // Combining accents, if the text arrived decomposed.
            '\u{0300}'..='\u{036f}' => continue,
            other => other,
        };
        out.push(plain);
    }
    out
}

/// The words of folded text: runs of letters and digits.
fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// What the free text of a goal (or a target) says.
struct TextFacts {
    /// A number, in digits or words.
    number: bool,
    /// How often: "daily", "each week", "3 times a week", "los lunes".
    how_often: bool,
    /// By when: "by June", "within 30 days", "next month", "2026-06-01".
    deadline: bool,
    /// "more" or "less" (or "reduce") that a number would make countable.
    more_or_less: bool,
}

impl TextFacts {
    fn of(words: &[&str], raw: &str) -> Self {
        Self {
            number: words.iter().any(|w| is_number(w)),
            how_often: how_often(words),
            deadline: deadline(words) || has_slash_date(raw),
            more_or_less: words.iter().enumerate().any(|(i, w)| {
                COMPARATIVES.contains(w) && !(i > 0 && NEGATIONS.contains(&words[i - 1]))
            }),
        }
    }
}

fn is_number(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(&word)
}

fn is_digits(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit())
}

fn is_content_word(word: &str) -> bool {
    !(STOPWORDS.contains(&word) || VAGUE_WORDS.contains(&word) || is_number(word))
}

/// Whether `phrase` (words separated by single spaces) starts at `at`.
fn phrase_at(words: &[&str], at: usize, phrase: &str) -> bool {
    (at..)
        .zip(phrase.split(' '))
        .all(|(i, part)| words.get(i) == Some(&part))
}

fn has_phrase(words: &[&str], phrase: &str) -> bool {
    (0..words.len()).any(|i| phrase_at(words, i, phrase))
}

fn has_vague_wording(words: &[&str]) -> bool {
    VAGUE_PHRASES.iter().any(|p| has_phrase(words, p))
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| COMPARATIVES.contains(w) && !(i > 0 && NEGATIONS.contains(&words[i - 1])))
}

fn how_often(words: &[&str]) -> bool {
    if words.iter().any(|w| FREQUENCY_WORDS.contains(w)) {
        return true;
    }
    if FREQUENCY_PHRASES.iter().any(|p| has_phrase(words, p)) {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or_default();
        let after = words.get(i + 2).copied().unwrap_or_default();
        let before = if i > 0 { words[i - 1] } else { "" };
        match *w {
            // "every week", "each monday", "cada semana", "cada lunes"
            "every" | "each" | "cada" => PERIODS.contains(&next) || WEEKDAYS.contains(&next),
            // "todos los dias", "todas las noches"
            "todos" | "todas" => {
                matches!(next, "los" | "las")
                    && (PERIODS.contains(&after) || WEEKDAYS.contains(&after))
            }
            // "los lunes" (on Mondays)
            "los" => WEEKDAYS.contains(&next) && before != "todos",
            // "twice a week", "3 times a day", but not "in a week"
            "a" | "an" | "per" => PERIODS.contains(&next) && !DURATION_PREPS.contains(&before),
            // "a la semana", "al dia", "por semana"
            "la" => before == "a" && PERIODS.contains(&next),
            "al" | "por" => PERIODS.contains(&next),
            _ => false,
        }
    })
}

fn deadline(words: &[&str]) -> bool {
    if RELATIVE_DEADLINES.iter().any(|p| has_phrase(words, p)) {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        let window = &words[i + 1..words.len().min(i + 5)];
        // A year: 2026.
        if w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
        {
            return true;
        }
        // "by June", "on May 5", "1 de junio", "para junio", "en junio".
        if MONTHS.contains(w) && i > 0 {
            let before = words[i - 1];
            if MONTH_PREPS.contains(&before) || is_digits(before) {
                return true;
            }
        }
        // "by the end of", "before next week", "hasta el 30", "para el viernes".
        if DEADLINE_PREPS.contains(w)
            && window.iter().any(|a| {
                DEADLINE_ANCHORS.contains(a)
                    || MONTHS.contains(a)
                    || WEEKDAYS.contains(a)
                    || is_digits(a)
            })
        {
            return true;
        }
        // "within 30 days", "in a month", "for 90 days", "en un mes", "durante 2 semanas".
        if DURATION_PREPS.contains(w) {
            let mut counted = false;
            for a in window {
                if is_number(a) || AMOUNT_WORDS.contains(a) {
                    counted = true;
                } else if counted && PERIODS.contains(a) {
                    return true;
                } else if !matches!(*a, "the" | "next" | "los" | "las" | "proximos" | "proximas") {
                    break;
                }
            }
        }
        false
    })
}

/// "6/30" or "30/6/2026": a date written with slashes.
fn has_slash_date(raw: &str) -> bool {
    let b = raw.as_bytes();
    (1..b.len().saturating_sub(1))
        .any(|i| b[i] == b'/' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
}

/// "{n}", "[name]" or "___" left from a template.
fn has_placeholder(statement: &str) -> bool {
    let bracketed = |open: char, close: char| {
        statement
            .find(open)
            .is_some_and(|start| statement[start..].contains(close))
    };
    bracketed('{', '}') || bracketed('[', ']') || statement.contains("___")
}

/// Whether the statement is word for word a template's text: the goal's
/// own template if it names one, or any template given.
fn is_template_text(goal: &Goal, templates: &[TemplateText<'_>]) -> bool {
    let statement = fold(&goal.statement);
    let same = |t: &TemplateText<'_>| {
        let text = fold(t.text);
        tokens(&text).eq(tokens(&statement))
    };
    let own = goal
        .template_id
        .as_deref()
        .and_then(|id| templates.iter().find(|t| t.id == id));
    match own {
        Some(t) => same(t),
        None => templates.iter().any(same),
    }
}

const NUMBER_WORDS: &[&str] = all_words::COACH_NUMBER_WORDS;

const AMOUNT_WORDS: &[&str] = all_words::COACH_AMOUNT_WORDS;

const PERIODS: &[&str] = all_words::COACH_PERIODS_WORDS;

const WEEKDAYS: &[&str] = all_words::COACH_WEEKDAYS_WORDS;

const MONTHS: &[&str] = all_words::COACH_MONTHS_WORDS;

const FREQUENCY_WORDS: &[&str] = all_words::COACH_FREQUENCY_WORDS;

const FREQUENCY_PHRASES: &[&str] = all_words::COACH_FREQUENCY_PHRASES_WORDS;

const DURATION_PREPS: &[&str] = all_words::COACH_DURATION_PREPS_WORDS;

const DEADLINE_PREPS: &[&str] = all_words::COACH_DEADLINE_PREPS_WORDS;

const MONTH_PREPS: &[&str] = all_words::COACH_MONTH_PREPS_WORDS;

const DEADLINE_ANCHORS: &[&str] = all_words::COACH_DEADLINE_ANCHORS_WORDS;

const RELATIVE_DEADLINES: &[&str] = all_words::COACH_RELATIVE_DEADLINES_WORDS;

const VAGUE_PHRASES: &[&str] = all_words::COACH_VAGUE_PHRASES_WORDS;

const VAGUE_NOUNS: &[&str] = all_words::COACH_VAGUE_NOUNS_WORDS;

const COMPARATIVES: &[&str] = all_words::COACH_COMPARATIVES_WORDS;

const NEGATIONS: &[&str] = all_words::COACH_NEGATIONS_WORDS;

const VAGUE_WORDS: &[&str] = all_words::COACH_VAGUE_WORDS;

const STOPWORDS: &[&str] = all_words::COACH_STOPWORDS_WORDS;

const COMPLETION_WORDS: &[&str] = all_words::COACH_COMPLETION_WORDS;

#[cfg(test)]
mod tests {
    use super::*;

    /// `ALL` must list every variant: the exhaustive matches make a new
    /// variant a compile error here until it has a place in `ALL`.
    #[test]
    fn all_lists_every_variant_in_order() {
        fn reason_index(r: SmartReason) -> usize {
            match r {
                R::ClearAction => 0,
                R::StatementEmpty => 1,
                R::StillTemplate => 2,
                R::VagueWording => 3,
                R::VagueThings => 4,
                R::TooBrief => 5,
                R::InstrumentScore => 6,
                R::MeasureAndTarget => 7,
                R::TargetSet => 8,
                R::NumberInText => 9,
                R::HowOftenInText => 10,
                R::MeasureNoTarget => 11,
                R::TargetNoNumber => 12,
                R::MoreOrLessNoNumber => 13,
                R::NoNumber => 14,
                R::ConfidenceHigh => 15,
                R::ConfidenceMiddle => 16,
                R::ConfidenceLow => 17,
                R::NotRatedYet => 18,
                R::NoConfidence => 19,
                R::LinkedToNeed => 20,
                R::LinkBroken => 21,
                R::NotLinked => 22,
                R::NoNeedsYet => 23,
                R::DueDateSet => 24,
                R::PastDue => 25,
                R::DeadlineInText => 26,
                R::OnlyHowOften => 27,
                R::NoTimeFrame => 28,
            }
        }
        fn suggestion_index(s: SmartSuggestion) -> usize {
            match s {
                Sg::KeepAsIs => 0,
                Sg::WriteGoal => 1,
                Sg::FillInTemplate => 2,
                Sg::SayWhatToDo => 3,
                Sg::NameTheThing => 4,
                Sg::AddTarget => 5,
                Sg::AddMeasure => 6,
                Sg::AddHowMuch => 7,
                Sg::AskWhatWouldHelp => 8,
                Sg::MakeSmaller => 9,
                Sg::AskConfidence => 10,
                Sg::LinkToNeed => 11,
                Sg::AddNeedFirst => 12,
                Sg::ChooseNewDate => 13,
                Sg::AddCheckDate => 14,
                Sg::AddDueDate => 15,
                Sg::SetDueDateField => 16,
            }
        }
        for (i, r) in SmartReason::ALL.iter().enumerate() {
            assert_eq!(reason_index(*r), i, "{r:?}");
        }
        for (i, s) in SmartSuggestion::ALL.iter().enumerate() {
            assert_eq!(suggestion_index(*s), i, "{s:?}");
        }
    }

    #[test]
    fn folds_accents_case_and_apostrophes() {
        assert_eq!(
            fold("Más DÍAS, Niño, don't, I’ll"),
            "mas dias, nino, dont, ill"
        );
        assert_eq!(fold("man\u{0303}ana"), "manana");
        let folded = fold("  Ir a 2 reuniones; cada-semana! ");
        let words: Vec<&str> = tokens(&folded).collect();
        assert_eq!(words, ["ir", "a", "2", "reuniones", "cada", "semana"]);
    }

    #[test]
    fn finds_slash_dates_and_placeholders() {
        assert!(has_slash_date("by 6/30"));
        assert!(!has_slash_date("and/or"));
        assert!(!has_slash_date("/"));
        assert!(has_placeholder("Go to {n} meetings"));
        assert!(has_placeholder("Call [name]"));
        assert!(!has_placeholder("Call } then {"));
    }
}
