//! The printable plan: one complete HTML document with print CSS for Letter
//! and A4. No scripts and no outside resources, so it prints the same
//! offline, in a preview frame or saved to a file.
//!
//! Every piece of the person's text goes through `clean` (in the outline,
//! or here for the header) and then `escape`.

use super::clean::clean;
use super::identity::{join_nonempty, Identity};
use super::outline::{my_plan, outline, Block, Section};
use crate::lang::Lang;
use crate::plan::{Plan, PlanDate, SignerRole};
use std::fmt::Write;

/// Paper size for the printed pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    Letter,
    A4,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrintOptions {
    /// From the widget's configuration; left out when empty.
    pub clinic_name: String,
    /// A bigger base font for people who read better with it.
    pub large_print: bool,
    pub lang: Lang,
    pub paper: Paper,
    /// The date printed in the header, from the host's clock.
    pub today: Option<PlanDate>,
    /// Only the person's one-page summary ("My plan, in plain words"),
    /// with the header, the example mark and the notice the full printout
    /// has: a page the person can take home on its own.
    pub summary_only: bool,
}

/// Text made safe for HTML text and attribute values (quoted with ").
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A CSS string literal (only our own words go in, but quote them right).
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '<' | '>' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

const STYLE: &str = "
:root { font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #111; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem; }
body.large { font-size: 16pt; max-width: 60rem; }
@media print { body { max-width: none; padding: 0; } }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.3em; border-bottom: 1.5pt solid #333; padding-bottom: .1em; margin: 1.1em 0 .4em;
     break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.1em; margin: .8em 0 .3em; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 1em; margin: .6em 0 .2em; break-after: avoid; page-break-after: avoid; }
p, li, td, th, dd, dt, h1, h2, h3, h4 { unicode-bidi: plaintext; overflow-wrap: anywhere; }
.clinic { font-weight: 600; margin: 0; }
.person { font-size: 1.3em; font-weight: 600; margin: .2em 0; }
dl { display: grid; grid-template-columns: fit-content(40%) minmax(0, 1fr); gap: .15em 1em; margin: .3em 0; }
dt { font-weight: 600; }
dd { margin: 0; white-space: pre-wrap; }
.meta { font-size: .95em; }
/* Compact: a goal with all its objectives and services may run onto the
   next page (kept whole, they left half-empty pages); an objective, a
   chart, a table row and a boxed group stay whole, and headings stay with
   what follows them. */
.item { border-left: 3pt solid #999; padding: .1em 0 .1em .8em; margin: .5em 0; }
.item .item { border-left-color: #ccc; break-inside: avoid; page-break-inside: avoid; }
.item > h3 + dl, .item > h4 + dl { break-before: avoid; page-break-before: avoid; }
p, li, dd { orphans: 3; widows: 3; }
.chart { break-inside: avoid; page-break-inside: avoid; }
.chart svg { display: block; width: 100%; max-width: 27em; height: auto; margin: .3em 0; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em; }
caption { text-align: start; font-weight: 600; padding: .2em 0; }
th, td { border: .75pt solid #777; padding: .25em .4em; text-align: start; vertical-align: top;
         white-space: pre-wrap; }
th { background: #eee; }
/* Column heads are our own short words: never split inside one (Fech a). */
th { overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.text { white-space: pre-wrap; margin: .2em 0 .6em; }
.label { font-weight: 600; margin: .6em 0 0; }
.box { border: 2.5pt solid #000; padding: .3em .9em .6em; margin: .8em 0; break-inside: avoid;
       page-break-inside: avoid; }
.box h3 { margin-top: .3em; font-size: 1.2em; }
.box td { font-size: 1.1em; }
.notice { border: 1.5pt solid #000; padding: .2em .9em; margin: 1em 0; break-inside: avoid; }
.notice h2 { border: 0; font-size: 1.05em; margin: .4em 0 .2em; }
.empty { font-style: italic; color: #444; }
.synthetic { font-weight: 700; border: 2pt dashed #000; padding: .2em .6em; display: inline-block; }
.sign { break-inside: avoid; page-break-inside: avoid; }
.sign td { height: 2.6em; }
section.part { break-inside: auto; }
.summary { break-after: page; page-break-after: always; }
.summary:last-child { break-after: auto; page-break-after: auto; }
.summary li { font-size: 1.1em; }
";

fn page_css(options: &PrintOptions, identity: &Identity, plan: &Plan) -> String {
    let synthetic = plan.synthetic.is_some();
    let pw = options.lang.print_words();
    let size = match options.paper {
        Paper::Letter => "letter",
        Paper::A4 => "A4",
    };
    // Whose plan this is, at the top of every page, so a loose page is
    // never anonymous: legal name, date of birth, record number; the
    // organization and clinician on the right.
    let mut top = String::new();
    let person = person_line(identity, plan, options.lang);
    if !person.is_empty() {
        let _ = write!(
            top,
            "\n  @top-left {{ content: {}; font: 9pt sans-serif; }}",
            css_string(&person)
        );
    }
    let place = join_nonempty(&[&identity.organization_name, &identity.clinician()], " · ");
    if !place.is_empty() {
        let _ = write!(
            top,
            "\n  @top-right {{ content: {}; font: 9pt sans-serif; }}",
            css_string(&place)
        );
    }
    // A synthetic example says so on every page, at the foot, where the
    // boxes leave room (the top is full with the host's identity).
    if synthetic {
        let _ = write!(
            top,
            "\n  @bottom-center {{ content: {}; font: bold 9pt sans-serif; }}",
            css_string(pw.synthetic)
        );
    }
    // Margin boxes: Chromium 131+ prints them (checked with pdftotext).
    format!(
        "@page {{ size: {size}; margin: 16mm 15mm 18mm;{top}
  @bottom-left {{ content: {notice}; font: 8pt sans-serif; }}
  @bottom-right {{ content: {page} counter(page) {of} counter(pages); font: 9pt sans-serif; }} }}",
        notice = css_string(pw.part2_heading),
        page = css_string(&format!("{} ", pw.page)),
        of = css_string(&format!(" {} ", pw.page_of)),
    )
}

/// "Jane Q. Doe · Date of birth 1990-04-01 · Record number 12345".
fn person_line(identity: &Identity, plan: &Plan, lang: Lang) -> String {
    let pw = lang.print_words();
    // Without the host's legal name, the name the person chose for the plan.
    let mut name = identity.printed_legal_name();
    if name.is_empty() {
        name = clean(&plan.person.preferred_name);
    }
    let birth = identity
        .birth_date
        .map(|d| format!("{} {}", pw.birth_date, lang.long_date(d)))
        .unwrap_or_default();
    let record = identity
        .record_value()
        .map(|r| format!("{} {r}", pw.record_number))
        .unwrap_or_default();
    join_nonempty(&[&name, &birth, &record], " · ")
}

fn fields_html(out: &mut String, fields: &[(&'static str, String)]) {
    if fields.is_empty() {
        return;
    }
    out.push_str("<dl>");
    for (label, value) in fields {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
    }
    out.push_str("</dl>\n");
}

fn table_html(
    out: &mut String,
    caption: Option<&str>,
    head: &[&str],
    rows: &[Vec<String>],
    class: &str,
) {
    match class {
        "" => out.push_str("<table>"),
        class => {
            let _ = write!(out, "<table class=\"{class}\">");
        }
    }
    if let Some(caption) = caption {
        let _ = write!(out, "<caption>{}</caption>", escape(caption));
    }
    if !head.is_empty() {
        out.push_str("<thead><tr>");
        for h in head {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
        }
        out.push_str("</tr></thead>");
    }
    out.push_str("<tbody>");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", escape(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>\n");
}

/// `charts`: the printout draws them; the FHIR narrative (no SVG in its
/// XHTML) has the tables alone.
fn block_html(out: &mut String, block: &Block, depth: usize, lang: Lang, charts: bool) {
    match block {
        Block::Chart(svg) => {
            if charts {
                let _ = writeln!(out, "<div class=\"chart\">{svg}</div>");
            }
        }
        Block::Fields(fields) => fields_html(out, fields),
        Block::Text(label, text) => {
            let _ = writeln!(
                out,
                "<p class=\"label\">{}</p><p class=\"text\">{}</p>",
                escape(label),
                escape(text)
            );
        }
        Block::List(label, items) => {
            let _ = write!(out, "<p class=\"label\">{}</p><ul>", escape(label));
            for item in items {
                let _ = write!(out, "<li>{}</li>", escape(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Table {
            caption,
            head,
            rows,
        } => table_html(out, *caption, head, rows, ""),
        Block::Item {
            title,
            fields,
            children,
        } => {
            let h = if depth == 0 { "h3" } else { "h4" };
            // A div, not a section: FHIR narrative XHTML allows no section.
            let _ = write!(out, "<div class=\"item\"><{h}>{}</{h}>", escape(title));
            fields_html(out, fields);
            for child in children {
                block_html(out, child, depth + 1, lang, charts);
            }
            out.push_str("</div>\n");
        }
        Block::Callout(heading, blocks) => {
            let _ = write!(out, "<div class=\"box\"><h3>{}</h3>", escape(heading));
            for inner in blocks {
                block_html(out, inner, depth + 1, lang, charts);
            }
            out.push_str("</div>\n");
        }
        Block::Note(text) => {
            let _ = writeln!(out, "<p>{}</p>", escape(text));
        }
        Block::SignLines => {
            let pw = lang.print_words();
            let w = lang.words();
            // One labelled line for each who signs by hand.
            let rows: Vec<Vec<String>> = [
                SignerRole::Person,
                SignerRole::Clinician,
                SignerRole::GuardianRepresentative,
            ]
            .into_iter()
            .map(|role| {
                let mut row = vec![String::new(); 4];
                row[0] = w.signer_role(role).to_owned();
                row
            })
            .collect();
            table_html(
                out,
                None,
                &[
                    w.signature_role,
                    pw.printed_name,
                    pw.sign_here,
                    w.signature_date,
                ],
                &rows,
                "sign",
            );
        }
    }
}

/// One section in its container: `section` in the printout, `div` in the
/// FHIR narrative (whose XHTML has no `section`).
fn section_html(out: &mut String, section: &Section, lang: Lang, container: &str, class: &str) {
    let _ = writeln!(
        out,
        "<{container} class=\"{class}\"><h2>{}</h2>",
        escape(section.heading)
    );
    if section.blocks.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">{}</p>",
            escape(lang.print_words().not_filled_in)
        );
    }
    for block in &section.blocks {
        block_html(out, block, 0, lang, container == "section");
    }
    let _ = writeln!(out, "</{container}>");
}

/// The person's summary page, in `lang`, marked as such when it is not the
/// printout's language (`page`), so it is read and hyphenated in its own.
fn summary_html(out: &mut String, summary: &Section, lang: Lang, page: Lang) {
    if lang == page {
        out.push_str("<section class=\"part summary\">");
    } else {
        let _ = write!(
            out,
            "<section class=\"part summary\" lang=\"{}\">",
            lang.tag()
        );
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(summary.heading));
    if summary.blocks.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">{}</p>",
            escape(lang.print_words().not_filled_in)
        );
    }
    for block in &summary.blocks {
        block_html(out, block, 0, lang, true);
    }
    out.push_str("</section>\n");
}

/// Blocks as the printout draws them, charts and all, for the view: the
/// widget shows change over time with the same markup it prints.
fn blocks_html(blocks: &[Block], lang: Lang) -> String {
    let mut out = String::new();
    for block in blocks {
        block_html(&mut out, block, 1, lang, true);
    }
    out
}

/// Each instrument score's chart and table (the view's "Measures").
pub fn measures_html(
    measurements: &[crate::plan::Measurement],
    targets: &[&crate::plan::ScoreTarget],
    lang: Lang,
) -> String {
    blocks_html(
        &super::outline::measure_blocks(measurements, targets, lang),
        lang,
    )
}

/// A goal's progress at each review, as a chart and a table; "" if none.
pub fn progress_html(history: &[crate::plan::ReviewEntry], goal: &str, lang: Lang) -> String {
    blocks_html(
        &super::outline::progress_blocks(history, lang.words(), goal, true),
        lang,
    )
}

/// The plan as a FHIR narrative: the printout's outline (without signature
/// lines) as one XHTML `div`, using only the elements and attributes FHIR
/// allows (txt-1, txt-2). The person's text is escaped, so it stays text.
pub fn narrative(plan: &Plan, lang: Lang) -> String {
    let mut out = format!(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{tag}\" xml:lang=\"{tag}\">\n",
        tag = lang.tag()
    );
    let _ = writeln!(
        out,
        "<h1>{}</h1>",
        escape(lang.print_words().document_title)
    );
    if plan.synthetic.is_some() {
        let _ = writeln!(
            out,
            "<p><b>{}</b></p>",
            escape(lang.print_words().synthetic)
        );
    }
    for section in outline(plan, lang, false) {
        section_html(&mut out, &section, lang, "div", "part");
    }
    out.push_str("</div>");
    out
}

/// The plan as a complete, printable HTML document.
pub fn printable_html(plan: &Plan, options: &PrintOptions) -> String {
    printable_html_for(plan, options, &Identity::default())
}

/// The printable plan with the host page's identity of the person,
/// clinician and organization in the header and at the top of every page.
pub fn printable_html_for(plan: &Plan, options: &PrintOptions, identity: &Identity) -> String {
    let lang = options.lang;
    let w = lang.words();
    let pw = lang.print_words();
    let name = clean(&plan.person.preferred_name);
    let name = name.as_str();
    let mut out = String::with_capacity(16 * 1024);
    let what = if options.summary_only {
        format!("{} – {}", pw.document_title, pw.my_plan)
    } else {
        pw.document_title.to_owned()
    };
    let title = if name.is_empty() {
        what
    } else {
        format!("{what} – {name}")
    };
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}{}\n</style>\n</head>\n<body{}>\n<header>\n",
        lang.tag(),
        escape(&title),
        page_css(options, identity, plan),
        if options.large_print {
            " class=\"large\""
        } else {
            ""
        },
    );
    let mut clinic = clean(&options.clinic_name);
    if clinic.is_empty() {
        clinic = clean(&identity.organization_name);
    }
    if !clinic.is_empty() {
        let _ = writeln!(out, "<p class=\"clinic\">{}</p>", escape(&clinic));
    }
    let _ = writeln!(out, "<h1>{}</h1>", escape(pw.document_title));
    if plan.synthetic.is_some() {
        let _ = writeln!(out, "<p class=\"synthetic\">{}</p>", escape(pw.synthetic));
    }
    if !name.is_empty() {
        let _ = writeln!(out, "<p class=\"person\">{}</p>", escape(name));
    }
    let date = |d: Option<PlanDate>| d.map(|d| w.long_date(d)).unwrap_or_default();
    let record = identity.record_value().unwrap_or_default();
    let meta: Vec<(&'static str, String)> = [
        (pw.legal_name, identity.printed_legal_name()),
        (pw.birth_date, date(identity.birth_date)),
        (pw.record_number, record),
        (pw.clinician, identity.clinician()),
        (w.plan_title, clean(&plan.title)),
        (pw.printed_on, date(options.today)),
        (w.created, date(plan.created)),
        (w.effective_date, date(plan.effective_date)),
        (w.target_date, date(plan.target_date)),
        (w.revision, plan.revision.to_string()),
        (w.plan_status, w.status(plan.status).to_owned()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .collect();
    out.push_str("<div class=\"meta\">");
    fields_html(&mut out, &meta);
    out.push_str("</div>\n</header>\n");
    let _ = write!(
        out,
        "<aside class=\"notice\"><h2>{}</h2><p>{}</p></aside>\n<main>\n",
        escape(pw.part2_heading),
        escape(pw.part2_notice)
    );
    // The person's one-page summary first, on a page of its own (none for a
    // plan that says nothing yet, unless it is all that is printed), and
    // again in the person's own language when the widget speaks it and it
    // is not this printout's.
    let theirs = Lang::of_person(&plan.person.language).filter(|l| *l != lang);
    for in_lang in std::iter::once(lang).chain(theirs) {
        let summary = my_plan(plan, in_lang);
        if !summary.blocks.is_empty() || options.summary_only {
            summary_html(&mut out, &summary, in_lang, lang);
        }
    }
    if !options.summary_only {
        for section in outline(plan, lang, true) {
            section_html(&mut out, &section, lang, "section", "part");
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
