//! The text export: compact Markdown with every section that has content.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use plan_composer::export::text::plain_text;
use plan_composer::i18n::Lang;
use plan_composer::plan::*;
use support::full_plan;

#[test]
fn a_full_plan_has_every_section_and_its_content() {
    let plan = full_plan();
    for lang in Lang::ALL {
        let text = plain_text(&plan, lang);
        let w = lang.words();
        let headings = [
            w.step_person,
            w.step_assessment,
            w.step_needs,
            w.step_goals,
            w.step_components,
            w.step_relapse,
            w.aftercare,
            w.review_schedule,
            w.signatures,
        ];
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
                    "2026-06-01",
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
                    "2026-03-09",
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
                    "2026-03-16",
                    "2026-03-01",
                    "First review",
                ],
            ),
            (
                w.signatures,
                vec!["Sam R.", "2026-03-02", lang.print_words().copy_given],
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
        for lang in Lang::ALL {
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
