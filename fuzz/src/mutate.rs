//! Damage to a sound plan's JSON, drawn from the fuzzer's bytes: the kinds
//! of change that pass the JSON parser and reach the reader's type, link,
//! range and date checks (an id pointing at another item, a duplicated
//! item, a number past its range, a day that does not exist, a missing or
//! unknown field, a value of the wrong kind).

use arbitrary::{Result, Unstructured};
use serde_json::{Map, Number, Value};

/// Every place in the document, as a JSON pointer.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

/// Every string in the document: ids to point at, words to move around.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        _ => {}
    }
}

const NUMBERS: [i64; 14] = [
    0,
    1,
    4,
    5,
    10,
    11,
    120,
    121,
    255,
    256,
    -1,
    65535,
    65536,
    i64::MIN,
];
const DATES: [&str; 8] = [
    "2026-02-29",
    "2024-02-29",
    "2026-13-01",
    "2026-00-10",
    "0000-01-01",
    "2026-1-1",
    "9999-12-31",
    "2026-04-31",
];

fn new_value(u: &mut Unstructured<'_>, found: &[String]) -> Result<Value> {
    Ok(match u.int_in_range(0..=11)? {
        0 if !found.is_empty() => Value::String(u.choose(found)?.clone()),
        1 => Value::from(*u.choose(&NUMBERS)?),
        2 => Value::from(u.arbitrary::<i64>()?),
        3 => Number::from_f64(u.arbitrary::<f64>()?).map_or(Value::Null, Value::Number),
        4 => Value::String((*u.choose(&DATES)?).into()),
        5 => Value::Null,
        6 => Value::Bool(u.arbitrary()?),
        7 => Value::Array(Vec::new()),
        8 => Value::Object(Map::new()),
        9 => Value::from(u64::MAX),
        _ => Value::String(u.arbitrary::<&str>()?.into()),
    })
}

/// Applies up to `max` changes to `doc`.
pub fn damage(u: &mut Unstructured<'_>, doc: &mut Value, max: usize) -> Result<()> {
    let count = u.int_in_range(1..=max)?;
    for _ in 0..count {
        let mut places = Vec::new();
        pointers(doc, String::new(), &mut places);
        let mut found = Vec::new();
        strings(doc, &mut found);
        if places.is_empty() {
            return Ok(());
        }
        let place = u.choose(&places)?.clone();
        let (parent, last) = place.rsplit_once('/').unwrap_or(("", ""));
        let op = u.int_in_range(0..=5)?;
        let value = new_value(u, &found)?;
        match op {
            // Replace the value.
            0 | 1 => {
                if let Some(v) = doc.pointer_mut(&place) {
                    *v = value;
                }
            }
            // Remove it.
            2 => match doc.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                }
                _ => {}
            },
            // Duplicate it (the same id twice), or swap it with a neighbour.
            3 | 4 => {
                if let Some(Value::Array(items)) = doc.pointer_mut(parent) {
                    if let Ok(i) = last.parse::<usize>() {
                        if i < items.len() {
                            if op == 3 {
                                let copy = items[i].clone();
                                items.insert(i, copy);
                            } else if i + 1 < items.len() {
                                items.swap(i, i + 1);
                            }
                        }
                    }
                }
            }
            // An unknown field beside it.
            _ => {
                if let Some(Value::Object(map)) = doc.pointer_mut(parent) {
                    let key: &str = u.arbitrary()?;
                    map.insert(key.into(), value);
                }
            }
        }
    }
    Ok(())
}
