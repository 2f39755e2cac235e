//! Paths into a JSON document, such as `goals[2].due`, and what is found by
//! walking its text: the keys written twice in an object (a parsed value
//! keeps only the last), and where a syntax error happened (serde_json
//! reports a line and column; the keys and positions open there lead to
//! it). Reading errors get their paths from the reader (plan::read).

use serde_json::{Map, Value};

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Index(usize),
    Key(String),
}

/// A container open at some point of the text, and where in it we are.
enum Open {
    /// An object, the last key read in it (if any), and, when looking for
    /// keys written twice, every key read in it so far (in a JSON map: the
    /// widget has that map's code already; a set of its own would add to it).
    Object(Option<String>, Option<Map<String, Value>>),
    /// An array, and how many elements have started in it.
    Array(usize),
}

/// The longest quote of a file's value in a message, in characters.
pub const EXCERPT_CHARS: usize = 40;

/// The first `max` characters of `text`, and "…" if there was more: a
/// message quotes a value, it does not repeat a 100 KB string.
pub fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// The byte offset of a 1-based line and a column (bytes before the place
/// on that line), as serde_json counts them.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The path to the value being read at byte `offset` of `text`: the keys
/// and positions of the containers open there. A value that has just ended
/// (a string, a number, a closed object) still counts as where we are, as
/// does a key that has been read but whose value has not started.
pub fn path_at(text: &str, offset: usize) -> Vec<Step> {
    steps(&walk(text, offset, None))
}

/// The path of each key written a second (or later) time in its object,
/// at most `max` of them, in a text that is valid JSON. A reader keeps
/// only the last of them, so a file could say one thing and mean another.
pub fn duplicate_keys(text: &str, max: usize) -> Vec<Vec<Step>> {
    let mut found = Vec::new();
    if max > 0 {
        walk(
            text,
            text.len(),
            Some(&mut |open: &[Open]| {
                found.push(steps(open));
                found.len() < max
            }),
        );
    }
    found
}

/// Told the open containers at a key written again; false stops the walk.
type OnDuplicate<'a> = &'a mut dyn FnMut(&[Open]) -> bool;

/// Walks `text` up to byte `end` and returns the containers open there.
/// With `on_duplicate`, each object remembers its keys, and a key it has
/// already had calls `on_duplicate` (the walk stops when it says false).
fn walk(text: &str, end: usize, mut on_duplicate: Option<OnDuplicate>) -> Vec<Open> {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Open> = Vec::new();
    // The last byte outside white space: tells a key from a value, and the
    // start of an array element from the rest of it.
    let mut previous = 0u8;
    let mut i = 0;
    while i < end {
        let byte = bytes[i];
        if matches!(byte, b' ' | b'\n' | b'\r' | b'\t') {
            i += 1;
            continue;
        }
        let starts_value = matches!(
            byte,
            b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
        );
        if starts_value && matches!(previous, b'[' | b',') {
            if let Some(Open::Array(count)) = stack.last_mut() {
                *count += 1;
            }
        }
        match byte {
            b'{' => stack.push(Open::Object(None, on_duplicate.is_some().then(Map::new))),
            b'[' => stack.push(Open::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b'"' => {
                let next = string_end(bytes, i);
                let mut again = false;
                if let Some(Open::Object(key, seen)) = stack.last_mut() {
                    if matches!(previous, b'{' | b',') {
                        let name = decode(&text[i..next]);
                        if let Some(seen) = seen {
                            again = seen.insert(name.clone(), Value::Null).is_some();
                        }
                        *key = Some(name);
                    }
                }
                if again && !on_duplicate.as_mut().is_some_and(|f| f(&stack)) {
                    break;
                }
                previous = b'"';
                i = next;
                continue;
            }
            _ => {}
        }
        previous = byte;
        i += 1;
    }
    stack
}

/// The steps of the open containers.
fn steps(open: &[Open]) -> Vec<Step> {
    open.iter()
        .filter_map(|open| match open {
            Open::Object(key, _) => key.clone().map(Step::Key),
            Open::Array(0) => None,
            Open::Array(count) => Some(Step::Index(count - 1)),
        })
        .collect()
}

/// `goals[2].due`, from steps. A long key is quoted as an excerpt.
pub fn path_text(steps: &[Step]) -> String {
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Index(index) => {
                text.push('[');
                text.push_str(&index.to_string());
                text.push(']');
            }
            Step::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(&excerpt(key, EXCERPT_CHARS));
            }
        }
    }
    text
}

/// The offset after the closing quote of the string that starts at the
/// quote at `start` (or the end of the text).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The text of a string as written in the file, quotes included.
fn decode(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.trim_matches('"').to_owned();
    }
    serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.trim_matches('"').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, marker: &str) -> String {
        let offset = text.find(marker).map_or(text.len(), |i| i + marker.len());
        path_text(&path_at(text, offset))
    }

    #[test]
    fn keys_and_positions_lead_to_the_place() {
        let text = r#"{"goals":[{"id":"g1"},{"id":"g2","due":"2026-13-01"}],"x":1}"#;
        assert_eq!(at(text, r#""2026-13-01""#), "goals[1].due");
        assert_eq!(at(text, r#""g1""#), "goals[0].id");
        assert_eq!(at(text, r#""due""#), "goals[1].due", "a key just read");
        assert_eq!(
            at(text, r#""g2","due":"2026-13-01"}"#),
            "goals[1]",
            "an object just closed"
        );
        assert_eq!(at(text, r#""x":1"#), "x");
        assert_eq!(at(text, "{"), "");
    }

    #[test]
    fn scalars_and_nested_lists_count_as_elements() {
        let text = r#"{"a":[1,"two",[3,4],{"b":[true,null]}]}"#;
        assert_eq!(at(text, r#"[1"#), "a[0]");
        assert_eq!(at(text, r#""two""#), "a[1]");
        assert_eq!(at(text, "[3,4"), "a[2][1]");
        assert_eq!(at(text, "[true,null"), "a[3].b[1]");
        assert_eq!(at(text, "[3,4]"), "a[2]");
    }

    #[test]
    fn quotes_and_brackets_inside_strings_are_text() {
        let text = r#"{"a\"[{":{"k":"}]\\","z":"x"}}"#;
        assert_eq!(at(text, r#""x""#), r#"a"[{.z"#);
    }

    #[test]
    fn lines_and_columns_become_offsets() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset_of(text, 1, 0), 0);
        assert_eq!(offset_of(text, 3, 6), text.find("\"b\": ").unwrap_or(0) + 4);
        assert_eq!(offset_of(text, 99, 99), text.len());
    }

    #[test]
    fn reading_errors_point_at_their_place() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Item {
            n: u8,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Doc {
            items: Vec<Item>,
        }
        let cases = [
            (r#"{"items":[{"n":1},{"n":"x"}]}"#, "items[1].n"),
            (r#"{"items":[{"n":1},{"m":2}]}"#, "items[1].m"),
            (r#"{"items":[{"n":1},{}]}"#, "items[1]"),
            (r#"{"items":[{"n":1},7]}"#, "items[1]"),
            (r#"{"items":[{"n":300}]}"#, "items[0].n"),
            (r#"{"items":{"n":1}}"#, "items"),
        ];
        for (text, path) in cases {
            let error = serde_json::from_str::<Doc>(text).expect_err(text);
            let offset = offset_of(text, error.line(), error.column());
            assert_eq!(path_text(&path_at(text, offset)), path, "{text}: {error}");
        }
    }

    #[test]
    fn keys_written_twice_are_found_with_their_paths() {
        let dups = |text: &str| -> Vec<String> {
            duplicate_keys(text, 10)
                .iter()
                .map(|p| path_text(p))
                .collect()
        };
        assert_eq!(
            dups(r#"{"v":1,"a":{"x":1,"y":[{"k":1,"k":2}],"x":3},"v":99}"#),
            ["a.y[0].k", "a.x", "v"]
        );
        assert_eq!(
            dups(r#"{"a":1,"\u0061":2}"#),
            ["a"],
            "the same key, escaped"
        );
        assert_eq!(
            dups(r#"{"a":{"b":1},"c":{"b":1},"d":["a","a"]}"#),
            Vec::<String>::new()
        );
        assert_eq!(dups(r#"{"a\"":1,"a":2,"a\"":3}"#), ["a\""]);
        let many = format!("{{{}}}", vec![r#""k":0"#; 30].join(","));
        assert_eq!(duplicate_keys(&many, 5).len(), 5, "at most max");
        assert_eq!(duplicate_keys(&many, 0).len(), 0);
    }

    #[test]
    fn excerpts_are_cut_on_a_character_boundary() {
        assert_eq!(excerpt("short", 40), "short");
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("ñandú😀x", 6), "ñandú😀…");
        let long = "é".repeat(100_000);
        assert_eq!(
            excerpt(&long, EXCERPT_CHARS).chars().count(),
            EXCERPT_CHARS + 1
        );
        let path = path_text(&[Step::Key("k".repeat(1000)), Step::Index(2)]);
        assert_eq!(path, format!("{}…[2]", "k".repeat(EXCERPT_CHARS)));
    }
}
