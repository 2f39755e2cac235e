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
#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;
use serde::Serialize;

/// The instruments as shipped. Natively only: the widget fetches them from
/// its own files (pkg/instruments.json) in idle time after the first render.
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_INSTRUMENTS_JSON: &str = include_str!("../../catalog/instruments.json");

/// Derives shared by the instruments' types (the schema only natively).
macro_rules! instrument_type {
    ($($item:item)*) => {
        $(
            // Read by hand (instrument_read.rs): serde's reader only natively,
            // where tests compare the two.
            #[derive(Debug, Clone, PartialEq, Serialize)]
            #[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, schemars::JsonSchema))]
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
        /// The published source of the wording, scoring and bands. Required
        /// of the shipped file (tests/instruments.rs); the widget's copy
        /// leaves it out, as it never shows it.
        #[serde(default)]
        pub source: String,
        /// Terms of use, as checked, and where they were read.
        #[serde(default)]
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
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| vec![format!("the instruments file: {e}")])?;
    let set = super::instrument_read::read_set(&value).map_err(|e| vec![e])?;
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
pub fn check(set: &InstrumentSet) -> Vec<String> {
    let mut problems = Vec::new();
    let mut blank = |at: String, text: &Localized| {
        for lang in Lang::ALL.iter().copied() {
            if text.get(lang).trim().is_empty() {
                problems.push(format!("{at}: the text in \"{}\" is empty", lang.tag()));
            }
        }
    };
    for (i, ins) in set.instruments.iter().enumerate() {
        let at = format!("instruments[{i}]");
        blank(format!("{at}.name"), &ins.name);
        blank(format!("{at}.title"), &ins.title);
        blank(format!("{at}.instructions"), &ins.instructions);
        for (j, scale) in ins.scales.iter().enumerate() {
            for (k, o) in scale.options.iter().enumerate() {
                blank(format!("{at}.scales[{j}].options[{k}].label"), &o.label);
            }
        }
        for (j, item) in ins.items.iter().enumerate() {
            blank(format!("{at}.items[{j}].text"), &item.text);
        }
        for (j, rule) in ins.scores.iter().enumerate() {
            blank(format!("{at}.scores[{j}].name"), &rule.name);
            for (k, band) in rule.bands.iter().enumerate() {
                blank(format!("{at}.scores[{j}].bands[{k}].label"), &band.label);
            }
        }
    }
    for (i, ins) in set.instruments.iter().enumerate() {
        let at = format!("instruments[{i}]");
        if set.instruments[..i].iter().any(|o| o.id == ins.id) {
            problems.push(format!("{at}.id: \"{}\" is written twice", ins.id));
        }
        for (j, scale) in ins.scales.iter().enumerate() {
            let here = format!("{at}.scales[{j}]");
            if ins.scales[..j].iter().any(|o| o.id == scale.id) {
                problems.push(format!("{here}.id: \"{}\" is written twice", scale.id));
            }
            if scale.options.is_empty() {
                problems.push(format!("{here}.options: a scale needs at least one answer"));
            }
            for (k, o) in scale.options.iter().enumerate() {
                if scale.options[..k].iter().any(|p| p.value == o.value) {
                    problems.push(format!(
                        "{here}.options[{k}].value: {} is written twice",
                        o.value
                    ));
                }
            }
        }
        for (j, item) in ins.items.iter().enumerate() {
            let here = format!("{at}.items[{j}]");
            if ins.items[..j].iter().any(|o| o.id == item.id) {
                problems.push(format!("{here}.id: \"{}\" is written twice", item.id));
            }
            match ins.scale(&item.scale) {
                None => problems.push(format!(
                    "{here}.scale: \"{}\" is not a scale of \"{}\"",
                    item.scale, ins.id
                )),
                Some(scale) => {
                    let top = scale.options.iter().map(|o| o.value).max().unwrap_or(0);
                    if item.safety_above.is_some_and(|limit| limit >= top) {
                        problems.push(format!(
                            "{here}.safety_above: no answer is above it (the highest is {top})"
                        ));
                    }
                }
            }
        }
        if ins.scores.is_empty() {
            problems.push(format!(
                "{at}.scores: an instrument needs at least one score"
            ));
        }
        for (j, rule) in ins.scores.iter().enumerate() {
            let here = format!("{at}.scores[{j}]");
            if ins.scores[..j].iter().any(|o| o.id == rule.id) {
                problems.push(format!("{here}.id: \"{}\" is written twice", rule.id));
            }
            for (k, id) in rule.items.iter().enumerate() {
                if ins.item(id).is_none() {
                    problems.push(format!(
                        "{here}.items[{k}]: \"{id}\" is not an item of \"{}\"",
                        ins.id
                    ));
                } else if rule.items[..k].contains(id) {
                    problems.push(format!("{here}.items[{k}]: \"{id}\" is counted twice"));
                }
            }
            let (low, high) = range(ins, rule);
            let mut next = low;
            for (k, band) in rule.bands.iter().enumerate() {
                let at_band = format!("{here}.bands[{k}]");
                if band.from > band.to {
                    problems.push(format!("{at_band}: it starts after it ends"));
                } else if band.from != next {
                    problems.push(format!(
                        "{at_band}.from: {} leaves a gap or overlaps; the band should start at {next}",
                        band.from
                    ));
                }
                next = band.to.saturating_add(1);
            }
            if let Some(last) = rule.bands.last() {
                if last.to != high {
                    problems.push(format!(
                        "{here}.bands: they end at {}, but the score goes from {low} to {high}",
                        last.to
                    ));
                }
            }
        }
    }
    problems
}

/// The lowest and highest value a score can have: the sums of its items'
/// lowest and highest answers.
pub fn range(instrument: &Instrument, rule: &ScoreRule) -> (u32, u32) {
    rule.items
        .iter()
        .filter_map(|id| instrument.item(id))
        .filter_map(|item| instrument.scale(&item.scale))
        .fold((0, 0), |(low, high), scale| {
            let values = scale.options.iter().map(|o| u32::from(o.value));
            (
                low + values.clone().min().unwrap_or(0),
                high + values.max().unwrap_or(0),
            )
        })
}

/// The scores of one administration, or why it cannot be scored (an item
/// unanswered, a value not on the item's scale). Bands worded in `lang`.
pub fn score(
    instrument: &Instrument,
    answers: &[Answer],
    lang: Lang,
) -> Result<Vec<Score>, String> {
    let name = instrument.name.get(lang);
    for (n, item) in instrument.items.iter().enumerate() {
        let Some(answer) = answers.iter().find(|a| a.item == item.id) else {
            return Err(format!("{name}: question {} has no answer.", n + 1));
        };
        let on_scale = instrument
            .scale(&item.scale)
            .is_some_and(|s| s.options.iter().any(|o| o.value == answer.value));
        if !on_scale {
            return Err(format!(
                "{name}: {} is not an answer to question {}.",
                answer.value,
                n + 1
            ));
        }
    }
    Ok(instrument
        .scores
        .iter()
        .map(|rule| {
            let value: u32 = rule
                .items
                .iter()
                .filter_map(|id| answers.iter().find(|a| &a.item == id))
                .map(|a| u32::from(a.value))
                .sum();
            Score {
                id: rule.id.clone(),
                name: rule.name.get(lang).to_owned(),
                value,
                max: range(instrument, rule).1,
                loinc: rule.loinc.clone(),
                better: rule.better,
                band: band_of(rule, value, lang).to_owned(),
            }
        })
        .collect())
}

/// The words of the published band `value` falls in, or "".
pub fn band_of(rule: &ScoreRule, value: u32, lang: Lang) -> &str {
    rule.bands
        .iter()
        .find(|b| (b.from..=b.to).contains(&value))
        .map_or("", |b| b.label.get(lang))
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
