//! The plan as compact Markdown, for pasting into a record system's note.
//! The same outline as the printable plan, without signature lines.

use super::clean::clean;
use super::outline::{outline, Block};
use crate::lang::Lang;
use crate::plan::Plan;
use std::fmt::Write;

/// One line of the person's text, kept as text for a record system that
/// renders Markdown (inline HTML included). It goes through `clean`; line
/// breaks become spaces, so a value cannot start a block of its own; and
/// what would become markup is escaped, readably:
/// - `<` and `>` as `&lt;` and `&gt;` (no tag, autolink or quote), and `&`
///   before a letter or `#` as `&amp;` (no character reference);
/// - `\`, `` ` ``, `*`, `_`, `~`, `[` and `]` with a backslash (no code,
///   emphasis, link or image);
/// - a leading `#`, `+`, `-` or `=`, and the `.` or `)` after a leading
///   number, with a backslash (no heading, list or rule where a value
///   starts a list item's text).
fn line(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len() + 8);
    for (n, word) in text.split_whitespace().enumerate() {
        let mut rest = word;
        if n == 0 {
            let digits = block_marker(word);
            out.push_str(digits);
            rest = &word[digits.len()..];
            if !digits.is_empty() || rest.starts_with(['#', '+', '-', '=']) {
                out.push('\\');
            }
        } else {
            out.push(' ');
        }
        for (i, c) in rest.char_indices() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' if rest[i + 1..]
                    .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '#') =>
                {
                    out.push_str("&amp;")
                }
                '\\' | '`' | '*' | '_' | '~' | '[' | ']' => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
    }
    out
}

/// The digits of a leading `1.` or `1)`, which would start a numbered list.
fn block_marker(word: &str) -> &str {
    let digits = word.len() - word.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match word.as_bytes().get(digits) {
        Some(b'.' | b')') if (1..10).contains(&digits) => &word[..digits],
        _ => "",
    }
}

fn fields_md(out: &mut String, fields: &[(&'static str, String)], indent: &str) {
    for (label, value) in fields {
        let _ = writeln!(out, "{indent}- {label}: {}", line(value));
    }
}

fn block_md(out: &mut String, block: &Block, indent: &str) {
    match block {
        Block::Fields(fields) => fields_md(out, fields, indent),
        Block::Text(label, text) => {
            let _ = writeln!(out, "{indent}- {label}: {}", line(text));
        }
        Block::List(label, items) => {
            let _ = writeln!(out, "{indent}- {label}:");
            for item in items {
                let _ = writeln!(out, "{indent}  - {}", line(item));
            }
        }
        Block::Table {
            caption,
            head,
            rows,
        } => {
            let mut inner = indent.to_owned();
            if let Some(caption) = caption {
                let _ = writeln!(out, "{indent}- {caption}:");
                inner.push_str("  ");
            }
            for row in rows {
                let cells: Vec<String> = row
                    .iter()
                    .enumerate()
                    .filter(|(_, cell)| !cell.trim().is_empty())
                    .map(|(i, cell)| match head.get(i) {
                        // The first column names the row; the others are labelled.
                        Some(h) if i > 0 => format!("{h}: {}", line(cell)),
                        _ => line(cell),
                    })
                    .collect();
                if !cells.is_empty() {
                    let _ = writeln!(out, "{inner}- {}", cells.join("; "));
                }
            }
        }
        Block::Item {
            title,
            fields,
            children,
        } => {
            let _ = writeln!(out, "{indent}- **{}**", line(title));
            let inner = format!("{indent}  ");
            fields_md(out, fields, &inner);
            for child in children {
                block_md(out, child, &inner);
            }
        }
        Block::Callout(heading, blocks) => {
            let _ = writeln!(out, "{indent}- **{heading}**");
            let inner = format!("{indent}  ");
            for b in blocks {
                block_md(out, b, &inner);
            }
        }
        Block::Note(text) => {
            let _ = writeln!(out, "{indent}- {text}");
        }
        Block::SignLines | Block::Chart(_) => {}
    }
}

/// The plan as Markdown: a title line, then every section that has content.
pub fn plain_text(plan: &Plan, lang: Lang) -> String {
    let w = lang.words();
    let pw = lang.print_words();
    let mut out = String::new();
    let _ = writeln!(out, "# {}", pw.document_title);
    if plan.synthetic.is_some() {
        let _ = writeln!(out, "\n**{}**\n", pw.synthetic);
    }
    let meta = [
        (w.preferred_name, line(&plan.person.preferred_name)),
        (w.plan_title, line(&plan.title)),
        (
            w.created,
            plan.created.map(|d| w.long_date(d)).unwrap_or_default(),
        ),
        (w.revision, plan.revision.to_string()),
        (w.plan_status, w.status(plan.status).to_owned()),
    ];
    for (label, value) in meta {
        if !value.is_empty() {
            let _ = writeln!(out, "{label}: {value}  ");
        }
    }
    for section in outline(plan, lang, false) {
        // Only the copy note: the section would say nothing else.
        let only_notes = section.blocks.iter().all(|b| matches!(b, Block::Note(_)));
        if section.blocks.is_empty() || (only_notes && section.heading == w.signatures) {
            continue;
        }
        let _ = write!(out, "\n## {}\n", section.heading);
        for block in &section.blocks {
            block_md(&mut out, block, "");
        }
    }
    let _ = write!(out, "\n{}\n", pw.part2_notice);
    if plan.synthetic.is_some() {
        let _ = writeln!(out, "\n**{}**", pw.synthetic);
    }
    out
}
