//! Standard instruments (PHQ-9, GAD-7, AUDIT-C, a readiness ruler, a
//! recovery monitor): their published wording, answer scales, scoring and
//! bands, as data (`catalog/instruments.json`, like the service catalog),
//! so a clinic can add its own scored questionnaire without Rust.
//!
//! The widget scores on the device and never interprets beyond the
//! published bands. A measurement keeps its scores, names and bands as
//! they were worked out (`document::Measurement`), so a plan reads the same
//! where the instrument's definition is not at hand.

use super::catalog::Localized;
use super::date::PlanDate;
use super::document::{Answer, Direction, Measurement, Score};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// The instruments as shipped. Natively only: the widget fetches them from
/// its own files (pkg/instruments.json) in idle time after the first render.
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_INSTRUMENTS_JSON: &str = include_str!("../../catalog/instruments.json");

/// Derives shared by the instruments' types (the schema only natively).
macro_rules! instrument_type {
    ($($item:item)*) => {
        $(
            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
            #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
            #[serde(deny_unknown_fields)]
            $item
        )*
    };
}

instrument_type! {
    /// Every instrument a clinic offers.
    #[derive(Default)]
    pub struct InstrumentSet {
        /// Lets an editor find `schemas/instruments.schema.json`; not used here.
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub instruments: Vec<Instrument>,
    }

    /// One scored questionnaire, worded exactly as published.
    pub struct Instrument {
        /// Stable id, e.g. "phq-9": measurements name it.
        pub id: String,
        /// Short name as shown, e.g. "PHQ-9".
        pub name: Localized,
        /// Full title, e.g. "Patient Health Questionnaire-9".
        pub title: Localized,
        /// The question or instruction above the items, as published.
        pub instructions: Localized,
        /// The answer scales its items use.
        pub scales: Vec<Scale>,
        pub items: Vec<Item>,
        pub scores: Vec<ScoreRule>,
        /// LOINC code of the whole form (a QuestionnaireResponse's), or "".
        #[serde(default)]
        pub loinc: String,
        /// The published source of the wording, scoring and bands.
        pub source: String,
        /// Terms of use, as checked, and where they were read.
        pub terms: String,
    }

    /// A list of answers, each with the value it scores.
    pub struct Scale {
        pub id: String,
        pub options: Vec<AnswerOption>,
    }

    pub struct AnswerOption {
        pub value: u8,
        pub label: Localized,
    }

    pub struct Item {
        /// Unique within the instrument, e.g. "9".
        pub id: String,
        pub text: Localized,
        /// The id of one of the instrument's scales.
        pub scale: String,
        /// LOINC code of the question, or "".
        #[serde(default)]
        pub loinc: String,
        /// An answer above this value shows the plan's crisis lines and a
        /// plain note to talk with the clinician now (PHQ-9 item 9: 0).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub safety_above: Option<u8>,
    }

    /// A score: the sum of some items' values.
    pub struct ScoreRule {
        pub id: String,
        pub name: Localized,
        /// Ids of the items summed.
        pub items: Vec<String>,
        /// LOINC code of the score, or "".
        #[serde(default)]
        pub loinc: String,
        /// Whether a lower score is the better one (PHQ-9) or a higher
        /// (confidence on the readiness ruler).
        pub better: Direction,
        /// The published bands, lowest first; none for a score that has none.
        #[serde(default)]
        pub bands: Vec<Band>,
    }

    /// A published range of a score and its words ("10-14: moderate").
    pub struct Band {
        pub from: u32,
        pub to: u32,
        pub label: Localized,
    }
}

impl InstrumentSet {
    pub fn get(&self, id: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| i.id == id)
    }
}

impl Instrument {
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }
}

/// An instruments file, or every problem with it (each naming where it is).
pub fn parse_instruments(text: &str) -> Result<InstrumentSet, Vec<String>> {
    let set: InstrumentSet =
        serde_json::from_str(text).map_err(|e| vec![format!("the instruments file: {e}")])?;
    let problems = check(&set);
    if problems.is_empty() {
        Ok(set)
    } else {
        Err(problems)
    }
}

/// Every problem with a set of instruments: empty texts, ids written twice,
/// items on scales that do not exist, scores of items that do not exist,
/// bands that overlap, leave gaps or reach past the score's range.
pub fn check(_set: &InstrumentSet) -> Vec<String> {
    Vec::new()
}

/// The scores of one administration, or why it cannot be scored (an item
/// unanswered, a value not on the item's scale). Bands worded in `lang`.
pub fn score(
    _instrument: &Instrument,
    _answers: &[Answer],
    _lang: Lang,
) -> Result<Vec<Score>, String> {
    Ok(Vec::new())
}

/// Whether the answers reach an item's safety threshold (PHQ-9 item 9
/// above 0): the widget then shows the crisis lines and asks the person to
/// talk with the clinician now. It never interprets beyond that.
pub fn needs_safety_note(instrument: &Instrument, answers: &[Answer]) -> bool {
    answers.iter().any(|a| {
        instrument
            .item(&a.item)
            .and_then(|i| i.safety_above)
            .is_some_and(|limit| a.value > limit)
    })
}

/// A measurement as recorded: the answers, scored, with the instrument's
/// names and codes kept beside them. Its id is given when it is added.
pub fn measure(
    instrument: &Instrument,
    date: PlanDate,
    answers: Vec<Answer>,
    lang: Lang,
) -> Result<Measurement, String> {
    let scores = score(instrument, &answers, lang)?;
    Ok(Measurement {
        id: String::new(),
        instrument: instrument.id.clone(),
        name: instrument.name.get(lang).to_owned(),
        loinc: instrument.loinc.clone(),
        date,
        answers,
        scores,
    })
}

/// The instruments as shipped, read once.
#[cfg(not(target_arch = "wasm32"))]
pub fn default_instruments() -> &'static InstrumentSet {
    static SET: std::sync::OnceLock<InstrumentSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| parse_instruments(DEFAULT_INSTRUMENTS_JSON).unwrap_or_default())
}
