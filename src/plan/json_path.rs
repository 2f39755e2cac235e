//! Where in a JSON text a reading error happened, as a path such as
//! `goals[2].due`. serde_json reports a line and column; walking the text up
//! to there tells which object keys and array positions lead to it. This
//! replaces a path-tracking wrapper around every deserializer, which cost a
//! tenth of the widget's code size.

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Index(usize),
    Key(String),
}

/// A container open at some point of the text, and where in it we are.
enum Open {
    /// An object, and the last key read in it (if any).
    Object(Option<String>),
    /// An array, and how many elements have started in it.
    Array(usize),
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
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
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
            b'{' => stack.push(Open::Object(None)),
            b'[' => stack.push(Open::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b'"' => {
                let (string, next) = read_string(text, i);
                if let Some(Open::Object(key)) = stack.last_mut() {
                    if matches!(previous, b'{' | b',') {
                        *key = Some(string);
                    }
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
        .into_iter()
        .filter_map(|open| match open {
            Open::Object(key) => key.map(Step::Key),
            Open::Array(0) => None,
            Open::Array(count) => Some(Step::Index(count - 1)),
        })
        .collect()
}

/// `goals[2].due`, from steps.
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
                text.push_str(key);
            }
        }
    }
    text
}

/// Reads the string starting at the quote at `start`; returns its text and
/// the offset after its closing quote (or the end of the text).
fn read_string(text: &str, start: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                let raw = &text[start..=i];
                let value = serde_json::from_str::<String>(raw)
                    .unwrap_or_else(|_| raw.trim_matches('"').to_owned());
                return (value, i + 1);
            }
            _ => i += 1,
        }
    }
    (
        text.get(start + 1..).unwrap_or_default().to_owned(),
        bytes.len(),
    )
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
}
