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
    /// "Sort out my money": a broad verb and a part of life, no action.
    BroadAim,
    /// "Never be anxious again": only a feeling, no action.
    OnlyAFeeling,
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
    /// Never (or always) having a feeling, craving or thought.
    InnerExperience,
    /// More meetings, sessions or visits a week than can be kept up.
    TooManyAWeek,
    /// Stopping a prescribed medicine with no prescriber in the goal.
    StopMedicineAlone,
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
    SayWhatToDoDrinking,
    SayWhatToDoUsing,
    SayWhatToDoSmoking,
    SayWhatToDoMoney,
    SayWhatToDoFamily,
    SayWhatToDoFeelings,
    NameTheThing,
    AddTarget,
    AddMeasure,
    AddMeasureDrinking,
    AddMeasureUsing,
    AddMeasureSmoking,
    AddMeasureMoney,
    AddMeasureFamily,
    AddMeasureFeelings,
    AddHowMuch,
    AskWhatWouldHelp,
    MakeSmaller,
    AskConfidence,
    AimForActions,
    ChooseKeepableNumber,
    PlanWithPrescriber,
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

/// What a goal is about, so that a suggestion's example fits it: a goal
/// about fentanyl is not offered "days without drinking".
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::VariantArray, strum::EnumCount,
)]
#[serde(rename_all = "snake_case")]
pub enum GoalArea {
    Alcohol,
    Drugs,
    Tobacco,
    Money,
    Family,
    Feelings,
}

impl GoalArea {
    pub const ALL: &'static [GoalArea] = <GoalArea as strum::VariantArray>::VARIANTS;

    fn say_what_to_do(area: Option<Self>) -> SmartSuggestion {
        match area {
            None => Sg::SayWhatToDo,
            Some(GoalArea::Alcohol) => Sg::SayWhatToDoDrinking,
            Some(GoalArea::Drugs) => Sg::SayWhatToDoUsing,
            Some(GoalArea::Tobacco) => Sg::SayWhatToDoSmoking,
            Some(GoalArea::Money) => Sg::SayWhatToDoMoney,
            Some(GoalArea::Family) => Sg::SayWhatToDoFamily,
            Some(GoalArea::Feelings) => Sg::SayWhatToDoFeelings,
        }
    }

    fn add_measure(area: Option<Self>) -> SmartSuggestion {
        match area {
            None => Sg::AddMeasure,
            Some(GoalArea::Alcohol) => Sg::AddMeasureDrinking,
            Some(GoalArea::Drugs) => Sg::AddMeasureUsing,
            Some(GoalArea::Tobacco) => Sg::AddMeasureSmoking,
            Some(GoalArea::Money) => Sg::AddMeasureMoney,
            Some(GoalArea::Family) => Sg::AddMeasureFamily,
            Some(GoalArea::Feelings) => Sg::AddMeasureFeelings,
        }
    }
}

/// What the goal is about: its own words first, then the needs it is
/// linked to; `None` when neither names a substance or a part of life
/// the examples speak to.
pub fn goal_area(plan: &Plan, goal: &Goal) -> Option<GoalArea> {
    let folded = fold(&goal.statement);
    let words: Vec<&str> = tokens(&folded).collect();
    area_in(plan, goal, &words)
}

fn area_in(plan: &Plan, goal: &Goal, words: &[&str]) -> Option<GoalArea> {
    area_of_words(words).or_else(|| {
        goal.addresses
            .iter()
            .filter_map(|id| plan.need(id))
            .find_map(|need| {
                let folded = fold(&need.statement);
                let words: Vec<&str> = tokens(&folded).collect();
                area_of_words(&words)
            })
    })
}

/// A substance before a part of life, else the first named. Smoking or
/// vaping is tobacco only when no other substance is named ("vaping cannabis").
fn area_of_words(words: &[&str]) -> Option<GoalArea> {
    let mut tobacco = false;
    let mut life = None;
    for w in words {
        if ALCOHOL.contains(w) {
            return Some(GoalArea::Alcohol);
        }
        if DRUGS.contains(w) {
            return Some(GoalArea::Drugs);
        }
        tobacco |= TOBACCO.contains(w);
        if life.is_none() {
            life = if MONEY.contains(w) {
                Some(GoalArea::Money)
            } else if FAMILY.contains(w) {
                Some(GoalArea::Family)
            } else if FEELINGS.contains(w) {
                Some(GoalArea::Feelings)
            } else {
                None
            };
        }
    }
    if tobacco {
        Some(GoalArea::Tobacco)
    } else {
        life
    }
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
    let reading = Reading::of(&words);
    // Only an unmet letter's example needs the area: found when asked.
    let area = || area_in(plan, goal, &words);
    let specific = specific(goal, &words, &text, &reading, templates, &area);
    let measurable = measurable(goal, &text, &area);
    let achievable = achievable(goal, &words, &reading, &specific, &measurable);
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
    reading: &Reading,
    templates: &[TemplateText<'_>],
    area: &dyn Fn() -> Option<GoalArea>,
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
    // "Sort out my money": the verb aims at a part of life; nothing else is done.
    if reading.broad && reading.concrete < 2 {
        let say = GoalArea::say_what_to_do(area());
        return LetterReport::new(NeedsWork, R::BroadAim, say);
    }
    // Words about when ("by the summer") or a part of life ("my money")
    // do not say what will be done, so they do not rescue "better" or "less".
    if reading.concrete < 2 && has_vague_wording(words) {
        let say = GoalArea::say_what_to_do(area());
        return LetterReport::new(NeedsWork, R::VagueWording, say);
    }
    if reading.feeling && reading.concrete == 0 {
        return LetterReport::new(NeedsWork, R::OnlyAFeeling, Sg::SayWhatToDoFeelings);
    }
    if words.len() < 2 && !text.number {
        let say = GoalArea::say_what_to_do(area());
        return LetterReport::new(NeedsWork, R::TooBrief, say);
    }
    LetterReport::met(R::ClearAction)
}

fn measurable(goal: &Goal, text: &TextFacts, area: &dyn Fn() -> Option<GoalArea>) -> LetterReport {
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
    LetterReport::new(Missing, R::NoNumber, GoalArea::add_measure(area()))
}

fn achievable(
    goal: &Goal,
    words: &[&str],
    reading: &Reading,
    specific: &LetterReport,
    measurable: &LetterReport,
) -> LetterReport {
    // What cannot be done, or not safely, comes before how sure the person feels.
    if stops_medicine_alone(words) {
        return LetterReport::new(NeedsWork, R::StopMedicineAlone, Sg::PlanWithPrescriber);
    }
    if reading.feeling && reading.never && reading.concrete == 0 {
        return LetterReport::new(NeedsWork, R::InnerExperience, Sg::AimForActions);
    }
    if too_many_a_week(goal, words) {
        return LetterReport::new(NeedsWork, R::TooManyAWeek, Sg::ChooseKeepableNumber);
    }
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

/// How much of the statement says what will be done.
struct Reading {
    /// Words that say what will be done: not small words, vague words,
    /// words about when, parts of life, substances, feelings, "never" or "stop".
    concrete: usize,
    /// A broad verb: "sort out", "take care of", "arreglar".
    broad: bool,
    /// A feeling, craving or thought: "anxious", "cravings".
    feeling: bool,
    /// "never", "always", "no more", "stop" or the like.
    never: bool,
}

impl Reading {
    fn of(words: &[&str]) -> Self {
        let mut covered = vec![false; words.len()];
        let broad = cover(words, BROAD_VERBS, &mut covered);
        let never =
            cover(words, NEVER_WORDS, &mut covered) | cover(words, STOP_VERBS, &mut covered);
        let concrete = words
            .iter()
            .zip(&covered)
            .filter(|(w, covered)| !**covered && is_content_word(w) && !is_aside(w))
            .count();
        Self {
            concrete,
            broad,
            feeling: words.iter().any(|w| FEELINGS.contains(w)),
            never,
        }
    }
}

/// Marks the words of every place a phrase of `phrases` occurs; whether any did.
fn cover(words: &[&str], phrases: &[&str], covered: &mut [bool]) -> bool {
    let mut found = false;
    for phrase in phrases {
        let len = phrase.split(' ').count();
        for at in 0..words.len() {
            if phrase_at(words, at, phrase) {
                found = true;
                for c in covered.iter_mut().skip(at).take(len) {
                    *c = true;
                }
            }
        }
    }
    found
}

/// A word about when, a part of life, a substance or a feeling: none of
/// them says what the person will do.
fn is_aside(word: &str) -> bool {
    [
        PERIODS,
        WEEKDAYS,
        MONTHS,
        FREQUENCY_WORDS,
        DURATION_PREPS,
        DEADLINE_PREPS,
        DEADLINE_ANCHORS,
        RELATIVE_DEADLINES,
        LIFE_AREAS,
        ALCOHOL,
        DRUGS,
        TOBACCO,
        MONEY,
        FAMILY,
        FEELINGS,
    ]
    .iter()
    .any(|list| list.contains(&word))
}

/// "Stop my methadone next week", "dejar los antidepresivos": a stop verb
/// with a prescribed medicine just after it, and no prescriber or slow
/// taper named anywhere in the goal.
fn stops_medicine_alone(words: &[&str]) -> bool {
    let stops = (0..words.len()).any(|at| {
        STOP_VERBS.iter().any(|verb| {
            let len = verb.split(' ').count();
            phrase_at(words, at, verb)
                && words
                    .iter()
                    .skip(at + len)
                    .take(4)
                    .any(|w| MEDICINES.contains(w))
        })
    });
    stops && !PRESCRIBER.iter().any(|p| has_phrase(words, p))
}

/// The most a week a person can keep up of things that take a place and
/// other people's time: two a day.
const MOST_A_WEEK: f64 = 14.0;

/// "30 meetings a week", "3 reuniones al dia": more meetings, sessions or
/// visits a week than can be kept up, in the statement or the target.
fn too_many_a_week(goal: &Goal, words: &[&str]) -> bool {
    let folded = fold(&goal.target);
    let target: Vec<&str> = tokens(&folded).collect();
    let events = |w: &&str| EVENTS.contains(w);
    if !(words.iter().any(events) || target.iter().any(events)) {
        return false;
    }
    [words, target.as_slice()]
        .iter()
        .any(|w| most_a_week(w).is_some_and(|n| n > MOST_A_WEEK))
}

/// The largest count a week the words state: "3 a day" is 21, "90 in 90
/// days" is 7. Only digits are read.
fn most_a_week(words: &[&str]) -> Option<f64> {
    let mut most: Option<f64> = None;
    for (i, w) in words.iter().enumerate() {
        let Ok(count) = w.parse::<u32>() else {
            continue;
        };
        let count = f64::from(count);
        // The first period within a few words that this count is "per".
        let rate = (i + 1..words.len().min(i + 7)).find_map(|j| {
            let weeks = period_in_weeks(words[j])?;
            let before = words[j - 1];
            if PER_WORDS.contains(&before) {
                return Some(count / weeks);
            }
            // "90 in 90 days"
            let span = if j >= 2 && j - 1 != i && DURATION_PREPS.contains(&words[j - 2]) {
                before.parse::<u32>().ok().filter(|n| *n > 0)
            } else {
                None
            };
            span.map(|n| count / (f64::from(n) * weeks))
        });
        if let Some(rate) = rate {
            most = Some(most.map_or(rate, |m| m.max(rate)));
        }
    }
    most
}

/// A period's length in weeks: a day is 1/7, a month 52/12 weeks.
fn period_in_weeks(word: &str) -> Option<f64> {
    if DAYS.contains(&word) {
        Some(1.0 / 7.0)
    } else if WEEKS.contains(&word) {
        Some(1.0)
    } else if MONTHS_LONG.contains(&word) {
        Some(52.0 / 12.0)
    } else {
        None
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

const BROAD_VERBS: &[&str] = all_words::COACH_BROAD_VERBS_WORDS;

const LIFE_AREAS: &[&str] = all_words::COACH_LIFE_AREAS_WORDS;

const FEELINGS: &[&str] = all_words::COACH_FEELINGS_WORDS;

const NEVER_WORDS: &[&str] = all_words::COACH_NEVER_WORDS;

const STOP_VERBS: &[&str] = all_words::COACH_STOP_VERBS_WORDS;

const MEDICINES: &[&str] = all_words::COACH_MEDICINES_WORDS;

const PRESCRIBER: &[&str] = all_words::COACH_PRESCRIBER_WORDS;

const EVENTS: &[&str] = all_words::COACH_EVENTS_WORDS;

const PER_WORDS: &[&str] = all_words::COACH_PER_WORDS;

const DAYS: &[&str] = all_words::COACH_DAY_WORDS;

const WEEKS: &[&str] = all_words::COACH_WEEK_WORDS;

const MONTHS_LONG: &[&str] = all_words::COACH_MONTH_WORDS;

const ALCOHOL: &[&str] = all_words::COACH_ALCOHOL_WORDS;

const DRUGS: &[&str] = all_words::COACH_DRUGS_WORDS;

const TOBACCO: &[&str] = all_words::COACH_TOBACCO_WORDS;

const MONEY: &[&str] = all_words::COACH_MONEY_WORDS;

const FAMILY: &[&str] = all_words::COACH_FAMILY_WORDS;

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
                R::BroadAim => 6,
                R::OnlyAFeeling => 7,
                R::InstrumentScore => 8,
                R::MeasureAndTarget => 9,
                R::TargetSet => 10,
                R::NumberInText => 11,
                R::HowOftenInText => 12,
                R::MeasureNoTarget => 13,
                R::TargetNoNumber => 14,
                R::MoreOrLessNoNumber => 15,
                R::NoNumber => 16,
                R::ConfidenceHigh => 17,
                R::ConfidenceMiddle => 18,
                R::ConfidenceLow => 19,
                R::NotRatedYet => 20,
                R::NoConfidence => 21,
                R::InnerExperience => 22,
                R::TooManyAWeek => 23,
                R::StopMedicineAlone => 24,
                R::LinkedToNeed => 25,
                R::LinkBroken => 26,
                R::NotLinked => 27,
                R::NoNeedsYet => 28,
                R::DueDateSet => 29,
                R::PastDue => 30,
                R::DeadlineInText => 31,
                R::OnlyHowOften => 32,
                R::NoTimeFrame => 33,
            }
        }
        fn suggestion_index(s: SmartSuggestion) -> usize {
            match s {
                Sg::KeepAsIs => 0,
                Sg::WriteGoal => 1,
                Sg::FillInTemplate => 2,
                Sg::SayWhatToDo => 3,
                Sg::SayWhatToDoDrinking => 4,
                Sg::SayWhatToDoUsing => 5,
                Sg::SayWhatToDoSmoking => 6,
                Sg::SayWhatToDoMoney => 7,
                Sg::SayWhatToDoFamily => 8,
                Sg::SayWhatToDoFeelings => 9,
                Sg::NameTheThing => 10,
                Sg::AddTarget => 11,
                Sg::AddMeasure => 12,
                Sg::AddMeasureDrinking => 13,
                Sg::AddMeasureUsing => 14,
                Sg::AddMeasureSmoking => 15,
                Sg::AddMeasureMoney => 16,
                Sg::AddMeasureFamily => 17,
                Sg::AddMeasureFeelings => 18,
                Sg::AddHowMuch => 19,
                Sg::AskWhatWouldHelp => 20,
                Sg::MakeSmaller => 21,
                Sg::AskConfidence => 22,
                Sg::AimForActions => 23,
                Sg::ChooseKeepableNumber => 24,
                Sg::PlanWithPrescriber => 25,
                Sg::LinkToNeed => 26,
                Sg::AddNeedFirst => 27,
                Sg::ChooseNewDate => 28,
                Sg::AddCheckDate => 29,
                Sg::AddDueDate => 30,
                Sg::SetDueDateField => 31,
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
