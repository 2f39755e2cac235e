//! The person's text as it goes into an export. Pasted text can carry C0
//! control characters (U+0000 to U+001F) that no one meant to type, and
//! FHIR servers, validators and many record systems refuse them; padding
//! around a value is never part of it. Every exporter takes user text
//! through `clean`, at the place where the text enters its output.
//!
//! The plan's own JSON is the exception (see docs/ARCHITECTURE.md, "Clean
//! exports"): it must give back the person's text exactly, white space
//! included, so it only loses the control characters, in one pass over
//! serde_json's output (`without_control_escapes`).

/// A C0 control character other than tab, line feed and carriage return.
pub fn is_stray_control(c: char) -> bool {
    c < ' ' && !matches!(c, '\t' | '\n' | '\r')
}

/// Padding: white space, and the zero-width no-break space (U+FEFF, a
/// byte order mark pasted along), which FHIR's string rule counts as space.
fn is_padding(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The text without stray control characters and without the white space
/// around it. Empty when nothing else was there.
pub fn clean(text: &str) -> String {
    if text.contains(is_stray_control) {
        text.replace(is_stray_control, "")
            .trim_matches(is_padding)
            .to_owned()
    } else {
        text.trim_matches(is_padding).to_owned()
    }
}

/// JSON written by serde_json, without the escapes it writes for stray
/// control characters (`\b`, `\f` and `\u0000` to `\u001f` other than
/// `\u0009`, `\u000a`, `\u000d`; tab, line feed and carriage return stay).
/// Removing a whole escape from a string leaves valid JSON. serde_json
/// writes every control character as an escape, never raw.
pub fn without_control_escapes(json: String) -> String {
    let bytes = json.as_bytes();
    if !bytes.contains(&b'\\') {
        return json;
    }
    let mut out = String::with_capacity(json.len());
    let mut kept = 0; // start of the text not yet copied
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        // Every backslash starts an escape of at least two bytes.
        let length = match bytes.get(i + 1) {
            Some(b'b' | b'f') => Some(2),
            // \u0000 to \u001f, except \u0009, \u000a and \u000d.
            Some(b'u') => match bytes.get(i + 2..i + 6) {
                Some([b'0', b'0', b'0', low])
                    if !matches!(low, b'9' | b'a' | b'A' | b'd' | b'D') =>
                {
                    low.is_ascii_hexdigit().then_some(6)
                }
                Some([b'0', b'0', b'1', low]) => low.is_ascii_hexdigit().then_some(6),
                _ => None,
            },
            _ => None,
        };
        match length {
            Some(length) => {
                out.push_str(&json[kept..i]);
                i += length;
                kept = i;
            }
            None => i += 2,
        }
    }
    if kept == 0 {
        return json;
    }
    out.push_str(json.get(kept..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_go_and_tab_and_line_breaks_stay() {
        assert_eq!(clean("  a\u{0}b\u{7}c\u{1b}[31m\u{1f}  "), "abc[31m");
        assert_eq!(clean("one\ttwo\r\nthree"), "one\ttwo\r\nthree");
        assert_eq!(clean("\u{1}  \u{2}"), "");
        assert_eq!(clean(" \u{a0}padded\u{3000} "), "padded");
        assert_eq!(
            clean("\u{7f} del and \u{85} stay"),
            "\u{7f} del and \u{85} stay"
        );
    }

    #[test]
    fn escapes_of_control_characters_are_dropped_from_json() {
        let text = "a\u{0}b\u{8}c\u{c}d\u{1f}\u{b}\u{1b}e\tf\ng\rh\\u0001 \\\u{1}";
        let json = serde_json::to_string(text).unwrap_or_default();
        assert!(json.contains("\\u0000") && json.contains("\\b"), "{json}");
        let cleaned = without_control_escapes(json);
        let back: String = serde_json::from_str(&cleaned).unwrap_or_default();
        assert_eq!(back, "abcde\tf\ng\rh\\u0001 \\");
        let plain = serde_json::to_string("nothing to do \\ here").unwrap_or_default();
        assert_eq!(without_control_escapes(plain.clone()), plain);
    }
}
