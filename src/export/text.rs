//! The plan as compact Markdown, for pasting into a record system's note.
//! The same outline as the printable plan, without signature lines.

use super::outline::{outline, Block};
use crate::i18n::Lang;
use crate::plan::Plan;
use std::fmt::Write;

/// One line of the person's text: line breaks become spaces so a value
/// cannot start a Markdown heading or list of its own.
fn line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
        Block::SignLines => {}
    }
}

/// The plan as Markdown: a title line, then every section that has content.
pub fn plain_text(plan: &Plan, lang: Lang) -> String {
    let w = lang.words();
    let pw = lang.print_words();
    let mut out = String::new();
    let _ = writeln!(out, "# {}", pw.document_title);
    let meta = [
        (w.preferred_name, line(&plan.person.preferred_name)),
        (w.plan_title, line(&plan.title)),
        (
            w.created,
            plan.created.map(|d| d.to_string()).unwrap_or_default(),
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
    out
}
