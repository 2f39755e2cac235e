//! The instruments file read by hand from its JSON value, in the widget.
//! serde's derived readers for the seven instrument types measured 6.2 KB
//! gzip of the on-demand part; this walk over the `serde_json::Value` the
//! part already parses with costs a fraction of that. Natively the derived
//! reader stays (the schema, and `tests/instruments.rs` proves both read
//! every file alike, including the broken ones).
//!
//! It keeps serde's rules: unknown keys are refused, `loinc` and
//! `safety_above` and `bands` may be left out, everything else is required.

use super::catalog::Localized;
use super::document::Direction;
use super::instrument::*;
use serde_json::{Map, Value};

type Read<T> = Result<T, String>;

fn object<'a>(v: &'a Value, at: &str, keys: &[&str]) -> Read<&'a Map<String, Value>> {
    let map = v
        .as_object()
        .ok_or_else(|| format!("{at}: expected an object"))?;
    if let Some(unknown) = map.keys().find(|k| !keys.contains(&k.as_str())) {
        return Err(format!(
            "{at}: unknown field \"{unknown}\", expected one of {}",
            keys.join(", ")
        ));
    }
    Ok(map)
}

fn required<'a>(map: &'a Map<String, Value>, key: &str, at: &str) -> Read<&'a Value> {
    map.get(key)
        .ok_or_else(|| format!("{at}: missing field \"{key}\""))
}

fn text(v: &Value, at: &str) -> Read<String> {
    v.as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("{at}: expected a string"))
}

fn text_at(map: &Map<String, Value>, key: &str, at: &str) -> Read<String> {
    text(required(map, key, at)?, &format!("{at}.{key}"))
}

/// "" when left out.
fn optional_text(map: &Map<String, Value>, key: &str, at: &str) -> Read<String> {
    map.get(key)
        .map_or(Ok(String::new()), |v| text(v, &format!("{at}.{key}")))
}

fn number<T: TryFrom<u64>>(v: &Value, at: &str) -> Read<T> {
    v.as_u64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| format!("{at}: expected a whole number in range"))
}

/// The catalog's own reader for `Localized`.
fn localized(v: &Value, at: &str) -> Read<Localized> {
    super::read::read(v).map_err(|e| format!("{at}: {e}"))
}

fn list<T>(
    map: &Map<String, Value>,
    key: &str,
    at: &str,
    optional: bool,
    each: impl Fn(&Value, &str) -> Read<T>,
) -> Read<Vec<T>> {
    let here = if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    };
    let items = match map.get(key) {
        None if optional => return Ok(Vec::new()),
        None => return Err(format!("{at}: missing field \"{key}\"")),
        Some(v) => v
            .as_array()
            .ok_or_else(|| format!("{here}: expected a list"))?,
    };
    items
        .iter()
        .enumerate()
        .map(|(i, v)| each(v, &format!("{here}[{i}]")))
        .collect()
}

fn option(v: &Value, at: &str) -> Read<AnswerOption> {
    let m = object(v, at, &["value", "label"])?;
    Ok(AnswerOption {
        value: number(required(m, "value", at)?, &format!("{at}.value"))?,
        label: localized(required(m, "label", at)?, &format!("{at}.label"))?,
    })
}

fn scale(v: &Value, at: &str) -> Read<Scale> {
    let m = object(v, at, &["id", "options"])?;
    Ok(Scale {
        id: text_at(m, "id", at)?,
        options: list(m, "options", at, false, option)?,
    })
}

fn item(v: &Value, at: &str) -> Read<Item> {
    let m = object(v, at, &["id", "text", "scale", "loinc", "safety_above"])?;
    Ok(Item {
        id: text_at(m, "id", at)?,
        text: localized(required(m, "text", at)?, &format!("{at}.text"))?,
        scale: text_at(m, "scale", at)?,
        loinc: optional_text(m, "loinc", at)?,
        safety_above: match m.get("safety_above") {
            None | Some(Value::Null) => None,
            Some(v) => Some(number(v, &format!("{at}.safety_above"))?),
        },
    })
}

fn band(v: &Value, at: &str) -> Read<Band> {
    let m = object(v, at, &["from", "to", "label"])?;
    Ok(Band {
        from: number(required(m, "from", at)?, &format!("{at}.from"))?,
        to: number(required(m, "to", at)?, &format!("{at}.to"))?,
        label: localized(required(m, "label", at)?, &format!("{at}.label"))?,
    })
}

fn rule(v: &Value, at: &str) -> Read<ScoreRule> {
    let m = object(v, at, &["id", "name", "items", "loinc", "better", "bands"])?;
    let better = match required(m, "better", at)?.as_str() {
        Some("lower") => Direction::Lower,
        Some("higher") => Direction::Higher,
        _ => return Err(format!("{at}.better: expected \"lower\" or \"higher\"")),
    };
    Ok(ScoreRule {
        id: text_at(m, "id", at)?,
        name: localized(required(m, "name", at)?, &format!("{at}.name"))?,
        items: list(m, "items", at, false, text)?,
        loinc: optional_text(m, "loinc", at)?,
        better,
        bands: list(m, "bands", at, true, band)?,
    })
}

fn instrument(v: &Value, at: &str) -> Read<Instrument> {
    let keys = [
        "id",
        "name",
        "title",
        "instructions",
        "scales",
        "items",
        "scores",
        "loinc",
        "source",
        "terms",
    ];
    let m = object(v, at, &keys)?;
    let words = |key: &str| localized(required(m, key, at)?, &format!("{at}.{key}"));
    Ok(Instrument {
        id: text_at(m, "id", at)?,
        name: words("name")?,
        title: words("title")?,
        instructions: words("instructions")?,
        scales: list(m, "scales", at, false, scale)?,
        items: list(m, "items", at, false, item)?,
        scores: list(m, "scores", at, false, rule)?,
        loinc: optional_text(m, "loinc", at)?,
        source: optional_text(m, "source", at)?,
        terms: optional_text(m, "terms", at)?,
    })
}

/// The instruments file's value, read as `InstrumentSet`, or the first
/// problem, naming where it is.
pub fn read_set(v: &Value) -> Read<InstrumentSet> {
    let m = object(v, "the instruments file", &["$schema", "instruments"])?;
    Ok(InstrumentSet {
        schema: match m.get("$schema") {
            None | Some(Value::Null) => None,
            Some(v) => Some(text(v, "$schema")?),
        },
        instruments: list(m, "instruments", "", false, instrument)?,
    })
}
