//! The text export: compact Markdown with every section that has content.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use plan_composer::export::text::plain_text;
use plan_composer::i18n::Lang;
use plan_composer::plan::*;
use support::{date, full_plan, record_plan, section_headings};

#[test]
fn a_full_plan_has_every_section_and_its_content() {
    let plan = full_plan();
    for lang in Lang::ALL.iter().copied() {
        let text = plain_text(&plan, lang);
        let w = lang.words();
        // Dates as the reader's language writes them: in full, or short in
        // a table.
        let due = lang.long_date(date(2026, 6, 1));
        let start = lang.long_date(date(2026, 3, 9));
        let next_review = lang.long_date(date(2026, 3, 16));
        let reviewed = lang.short_date(date(2026, 3, 1));
        let signed = lang.short_date(date(2026, 3, 2));
        let headings = section_headings(w);
        let mut last = 0;
        for heading in headings {
            let at = text
                .find(&format!("\n## {heading}\n"))
                .unwrap_or_else(|| panic!("{heading} in {lang:?}:\n{text}"));
            assert!(at > last, "{heading} in order");
            last = at;
        }
        // Each section's content sits under its own heading.
        let section = |heading: &str| -> &str {
            let start = text.find(&format!("## {heading}\n")).expect("heading");
            let rest = &text[start + heading.len() + 4..];
            &rest[..rest.find("\n## ").unwrap_or(rest.len())]
        };
        let expect = [
            (
                w.step_person,
                vec![
                    "Sam R.",
                    "they/them",
                    "Good with my hands",
                    "Dr. Lee",
                    "555-0100",
                    "Ana",
                ],
            ),
            (
                w.step_assessment,
                vec![
                    "Alcohol",
                    "Daily, evenings",
                    "17",
                    "Low mood in winter",
                    "Payday",
                    w.stage(StageOfChange::Preparation),
                    "7",
                ],
            ),
            (
                w.step_needs,
                vec![
                    "I drink to fall asleep",
                    "I want my weekends back",
                    "Alcohol; Payday",
                ],
            ),
            (
                w.step_goals,
                vec![
                    "Sleep without drinking",
                    "Nights without a drink",
                    "5 nights a week",
                    &due,
                    "Learn two ways to wind down",
                    "Cognitive behavioral therapy; Naltrexone, as prescribed",
                    "Spend Saturdays with my kids",
                ],
            ),
            (
                w.step_components,
                vec![
                    "Cognitive behavioral therapy",
                    "Weekly",
                    "Outpatient clinic",
                    &start,
                    "Group on Tuesdays",
                ],
            ),
            (
                w.step_relapse,
                vec![
                    "Maria (sponsor)",
                    "555-0199",
                    "988",
                    "Old friends at the bar",
                    "Feeling lonely",
                    "Skipping meals",
                    "Call my sponsor",
                    "Call Maria, then go to a meeting",
                ],
            ),
            (w.aftercare, vec!["AA on Thursdays", "Finish GED"]),
            (
                w.review_schedule,
                vec![
                    w.cadence(ReviewCadence::EveryTwoWeeks),
                    &next_review,
                    &reviewed,
                    "First review",
                ],
            ),
            (
                w.signatures,
                vec!["Sam R.", &signed, lang.print_words().copy_given],
            ),
        ];
        for (heading, contents) in expect {
            for content in contents {
                assert!(
                    section(heading).contains(content),
                    "{content} under {heading} in {lang:?}:\n{}",
                    section(heading)
                );
            }
        }
        assert!(text.starts_with(&format!("# {}", lang.print_words().document_title)));
        assert!(text.contains(lang.print_words().part2_notice));
        assert!(!text.contains('<'), "Markdown, not HTML");
    }
}

#[test]
fn empty_sections_are_left_out() {
    let plan = Plan::new("empty", None);
    let text = plain_text(&plan, Lang::En);
    let w = Lang::En.words();
    for heading in [
        w.step_person,
        w.step_needs,
        w.step_goals,
        w.step_relapse,
        w.signatures,
    ] {
        assert!(
            !text.contains(&format!("## {heading}")),
            "{heading}:\n{text}"
        );
    }
    // The review cadence always has a value, so that section stays.
    assert!(text.contains(&format!("## {}", w.review_schedule)));
}

#[test]
fn line_breaks_in_the_persons_text_cannot_start_new_markdown_blocks() {
    let mut plan = full_plan();
    plan.relapse_prevention.lapse_plan = "First line\n## Not a heading\n- not an item".into();
    let text = plain_text(&plan, Lang::En);
    assert!(text.contains("First line ## Not a heading - not an item"));
    assert!(!text.contains("\n## Not a heading"));
}

#[test]
fn every_sample_has_its_goals_and_needs_in_the_text() {
    for (name, plan) in support::samples() {
        for lang in Lang::ALL.iter().copied() {
            let text = plain_text(&plan, lang);
            let statements = plan
                .goals
                .iter()
                .map(|g| &g.statement)
                .chain(plan.needs.iter().map(|n| &n.statement));
            for statement in statements.filter(|s| !s.trim().is_empty()) {
                let one_line = statement.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(text.contains(&one_line), "{name}: {one_line} in {lang:?}");
            }
        }
    }
}

/// The Markdown as a CommonMark + GFM reader sees it: the shape (every
/// block and inline element, raw HTML and links with their targets) and
/// the text a reader is shown.
fn read_markdown(markdown: &str) -> (Vec<String>, String) {
    use pulldown_cmark::{Event, Options, Parser};
    let mut shape = Vec::new();
    let mut shown = String::new();
    // Every extension, but no typographer's quotes and dashes: they change
    // how text is shown, not what it is.
    let options = Options::all() - Options::ENABLE_SMART_PUNCTUATION;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(text) => shown.push_str(&text),
            Event::SoftBreak | Event::HardBreak => shown.push(' '),
            other => shape.push(format!("{other:?}")),
        }
    }
    (shape, shown)
}

/// Text that Markdown, or the HTML it allows, would turn into markup.
const MARKUP: [&str; 16] = [
    "[click me](javascript:alert(1))",
    "![x](http://tracker.example/p.png)",
    "<http://evil.example> and <a@b.example>",
    "<script>alert(1)</script><b onclick=x>bold</b>",
    "# Not a heading",
    "> not a quote",
    "- not a list",
    "+ not a list either",
    "1. not numbered",
    "2) nor this",
    "`code` and ```fence",
    "**strong** _em_ ~~struck~~",
    "[ref] and [ref]: http://evil.example",
    "---",
    "\\[escaped\\](javascript:x) &lt;b&gt; &#60;i&#62;",
    "| a | b |",
];

#[test]
fn the_persons_text_makes_no_markup_in_the_markdown() {
    let (plain_shape, _) = read_markdown(&plain_text(&support::hostile_plan("words"), Lang::En));
    assert!(
        plain_shape.iter().any(|e| e.contains("Heading")),
        "the reader sees our own structure"
    );
    for s in MARKUP {
        let text = plain_text(&support::hostile_plan(s), Lang::En);
        let (shape, shown) = read_markdown(&text);
        // The same elements as a plan with plain words in the same places:
        // no link, image, HTML, heading, list, quote, code or emphasis of its own.
        assert_eq!(shape, plain_shape, "{s:?} made markup:\n{text}");
        // And a reader is shown what was typed, in every field.
        let shown_times = shown.matches(s).count();
        assert!(
            shown_times >= 30,
            "{s:?} shown {shown_times} times:\n{shown}"
        );
    }
}

#[test]
fn the_text_has_no_control_characters_and_no_padding() {
    let typed = "\u{1b}[31m \u{0}Call\u{7} Maria\u{8}\t \u{1f}";
    let text = plain_text(&support::hostile_plan(typed), Lang::En);
    assert!(!text.contains(plan_composer::export::clean::is_stray_control));
    let shown = "[31m Call Maria";
    let escaped = "\\[31m Call Maria";
    let times = text.matches(escaped).count();
    assert!(times >= 30, "{shown:?} {times} times:\n{text}");
    for (at, _) in text.match_indices(escaped) {
        let after = &text[at + escaped.len()..];
        assert!(
            after.starts_with(['\n', ';', '*']) || after.starts_with("  \n"),
            "padding kept after {shown:?}: {:?}",
            &after[..after.len().min(10)]
        );
    }
}

#[test]
fn a_goal_lists_its_strengths_barriers_and_each_objectives_measure_and_target() {
    let text = plain_text(&record_plan(), Lang::En);
    for line in [
        "- Strengths that help: Good with my hands",
        "- What may get in the way:",
        "  - Night shifts",
        "  - Friends who drink on Fridays",
        "- How we will measure it: Skills shown in a session",
        "- Target: 2 skills",
    ] {
        let found = text.lines().any(|l| l.trim_start() == line.trim_start());
        assert!(found, "{line} in:\n{text}");
    }
}
