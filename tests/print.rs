//! The printable plan: a complete document, every section, the Part 2
//! notice, and every piece of the person's text escaped.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use plan_composer::export::print::{escape, printable_html, Paper, PrintOptions};
use plan_composer::i18n::Lang;
use plan_composer::plan::edit::AssessmentField;
use plan_composer::plan::*;
use support::{date, full_plan, hostile_plan, measured_plan, ok, record_plan, section_headings};

fn options(lang: Lang) -> PrintOptions {
    PrintOptions {
        clinic_name: "Riverside Recovery Clinic".into(),
        large_print: false,
        lang,
        paper: Paper::Letter,
        today: Some(date(2026, 3, 10)),
        summary_only: false,
    }
}

/// The text between `<body` and `</html>`: where user data can appear.
fn body(html: &str) -> &str {
    let start = html.find("<body").expect("a body");
    &html[start..]
}

#[test]
fn a_full_plan_prints_as_a_complete_document_with_every_section() {
    let plan = full_plan();
    for lang in Lang::ALL.iter().copied() {
        let html = printable_html(&plan, &options(lang));
        let w = lang.words();
        let pw = lang.print_words();
        assert!(html.starts_with("<!doctype html>"));
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.tag())));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.trim_end().ends_with("</html>"));
        for heading in section_headings(w) {
            assert!(
                html.contains(&format!("<h2>{}</h2>", escape(heading))),
                "{heading} in {lang:?}"
            );
        }
        for words in [
            "Riverside Recovery Clinic",
            "Sam R.",
            "Spring plan",
            &lang.long_date(date(2026, 3, 10)),
            "Good with my hands",
            "Dr. Lee",
            "555-0100",
            "Alcohol",
            "Daily, evenings",
            "Low mood in winter",
            "I drink to fall asleep",
            "Sleep without drinking",
            "Nights without a drink",
            "5 nights a week",
            &lang.long_date(date(2026, 6, 1)),
            "Learn two ways to wind down",
            "Cognitive behavioral therapy",
            "Naltrexone, as prescribed",
            "Outpatient clinic",
            "Maria (sponsor)",
            "555-0199",
            "988 Suicide &amp; Crisis Lifeline",
            "Call Maria, then go to a meeting the same day",
            "AA on Thursdays",
            "Finish GED",
            "First review",
            "Added the goal &quot;Sleep without drinking&quot;",
        ] {
            assert!(html.contains(words), "{words} in {lang:?}");
        }
        for word in [
            w.status(PlanStatus::Active),
            w.stage(StageOfChange::Preparation),
            w.priority(Priority::High),
            w.lifecycle(GoalLifecycle::Active),
            w.cadence(ReviewCadence::EveryTwoWeeks),
            w.role(ContributorRole::Family),
            w.category(ComponentCategory::Therapy),
            w.assessment_field(AssessmentField::MentalHealth),
            w.risk_view_note,
            pw.part2_notice,
            pw.copy_given,
            pw.sign_here,
            pw.who_to_call,
        ] {
            assert!(html.contains(&escape(word)), "{word} in {lang:?}");
        }
        assert!(html.contains("42 CFR"));
        // The goal's objective names the components that serve it.
        let objective = html.find("Learn two ways").expect("objective");
        let after = &html[objective..];
        assert!(after.find("Cognitive behavioral therapy") < after.find("</section>"));
        // Contacts and crisis lines sit in the boxed section.
        let boxed = html.find("class=\"box\"").expect("a boxed section");
        let end = boxed + html[boxed..].find("</div>").expect("box ends");
        assert!(html[boxed..end].contains("555-0199"));
        assert!(html[boxed..end].contains("988"));
        // No level of care, whatever the risk view says.
        assert!(!html.to_lowercase().contains("level of care recommended"));
    }
}

#[test]
fn the_page_has_print_css_and_nothing_from_outside() {
    let plan = full_plan();
    let letter = printable_html(&plan, &options(Lang::En));
    let a4 = printable_html(
        &plan,
        &PrintOptions {
            paper: Paper::A4,
            ..options(Lang::En)
        },
    );
    assert!(letter.contains("size: letter"));
    assert!(a4.contains("size: A4"));
    assert!(letter.contains("counter(page)"));
    assert!(letter.contains("\"Page \" counter(page) \" of \" counter(pages)"));
    let es = printable_html(&plan, &options(Lang::Es));
    assert!(es.contains("\"Página \" counter(page) \" de \" counter(pages)"));
    // Compact: a goal may run onto the next page; an objective, a chart and
    // a table row stay whole; column heads never split inside a word.
    assert!(!letter.contains(".item { break-inside: avoid"));
    assert!(letter.contains(".item .item { border-left-color: #ccc; break-inside: avoid"));
    assert!(letter.contains(".chart { break-inside: avoid"));
    assert!(letter.contains("th { overflow-wrap: normal; }"));
    for html in [&letter, &a4, &es] {
        let lower = html.to_lowercase();
        for outside in [
            "<script", "<link", "<img", "@import", "url(", "http://", "https://",
        ] {
            assert!(!lower.contains(outside), "{outside} in the document");
        }
    }
}

#[test]
fn large_print_has_a_bigger_base_font() {
    let plan = full_plan();
    let normal = printable_html(&plan, &options(Lang::En));
    let large = printable_html(
        &plan,
        &PrintOptions {
            large_print: true,
            ..options(Lang::En)
        },
    );
    assert!(!normal.contains("<body class=\"large\">"));
    assert!(large.contains("<body class=\"large\">"));
    assert!(large.contains("body.large { font-size: 16pt"));
}

const HOSTILE: [&str; 8] = [
    "<img src=x onerror=alert(1)>",
    "</style><script>alert(2)</script>",
    "\"><script>alert(3)</script>",
    "&amp; already escaped",
    "' onmouseover='alert(4)",
    "مرحبا بالعالم",
    "שלום עולם",
    "Feeling 😀🎉 👩🏽‍⚕️",
];

#[test]
fn every_user_field_is_escaped() {
    for s in HOSTILE {
        let plan = hostile_plan(s);
        let html = printable_html(
            &plan,
            &PrintOptions {
                clinic_name: s.into(),
                ..options(Lang::En)
            },
        );
        let lower = html.to_lowercase();
        for raw in ["<script", "<img", "</style><"] {
            assert!(!lower.contains(raw), "raw {raw} from {s:?}");
        }
        assert_eq!(
            lower.matches("</style>").count(),
            1,
            "only our own </style>"
        );
        assert_eq!(lower.matches("<style>").count(), 1);
        // The escaped text is there, once for each field it was typed in.
        let escaped = escape(s);
        let shown = body(&html).matches(escaped.as_str()).count();
        assert!(shown >= 30, "{s:?} shown {shown} times");
        // Every attribute value in the document is one of our own.
        for attribute in html.split(" class=\"").skip(1) {
            let value = attribute.split('"').next().unwrap_or_default();
            assert!(
                [
                    "large",
                    "clinic",
                    "person",
                    "meta",
                    "notice",
                    "part",
                    "part summary",
                    "item",
                    "label",
                    "text",
                    "box",
                    "empty",
                    "sign",
                    ""
                ]
                .contains(&value),
                "attribute value {value:?}"
            );
        }
    }
}

#[test]
fn escape_handles_every_special_character_and_leaves_the_rest() {
    assert_eq!(
        escape(r#"<a href="x">'&'</a>"#),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
    assert_eq!(escape("&amp;"), "&amp;amp;");
    assert_eq!(escape("שלום 😀 مرحبا"), "שלום 😀 مرحبا");
}

#[test]
fn an_empty_plan_says_not_filled_in_for_each_empty_section() {
    let plan = Plan::new("empty", None);
    for lang in Lang::ALL.iter().copied() {
        let html = printable_html(&plan, &options(lang));
        let not_filled = lang.print_words().not_filled_in;
        // Person, assessment, needs, goals, components, relapse, aftercare.
        assert_eq!(html.matches(not_filled).count(), 7, "{lang:?}");
        assert!(html.contains(lang.print_words().copy_not_given));
        assert!(html.contains(&escape(lang.print_words().part2_notice)));
        // Blank lines to sign by hand are there even with no typed signature.
        assert!(html.contains("class=\"sign\""));
    }
}

/// Writes the full plan's printout to target/print/ for a look (and for
/// the e2e PDF check to compare against, if it wants).
#[test]
fn writes_the_full_plan_printout() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/print");
    std::fs::create_dir_all(&dir).expect("target/print can be made");
    for lang in Lang::ALL.iter().copied() {
        for large_print in [false, true] {
            let html = printable_html(
                &full_plan(),
                &PrintOptions {
                    large_print,
                    ..options(lang)
                },
            );
            let name = format!(
                "full.{}{}.html",
                lang.tag(),
                if large_print { ".large" } else { "" }
            );
            std::fs::write(dir.join(name), &html).expect("target/print is writable");
            assert!(html.len() > 5000);
        }
    }
}

/// Each sample plan prints with its person, every goal, need and service,
/// and the notice; and the printouts land in target/print/ too.
#[test]
fn every_sample_prints_its_goals_needs_and_services() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/print");
    std::fs::create_dir_all(&dir).expect("target/print can be made");
    for (name, plan) in support::samples() {
        for lang in Lang::ALL.iter().copied() {
            let html = printable_html(&plan, &options(lang));
            let mut expected: Vec<&str> = vec![&plan.person.preferred_name];
            expected.extend(plan.goals.iter().map(|g| g.statement.as_str()));
            expected.extend(
                plan.goals
                    .iter()
                    .flat_map(|g| &g.objectives)
                    .map(|o| o.statement.as_str()),
            );
            expected.extend(plan.needs.iter().map(|n| n.statement.as_str()));
            expected.extend(plan.components.iter().map(|c| c.name.as_str()));
            expected.extend(
                plan.relapse_prevention
                    .crisis_lines
                    .iter()
                    .map(|c| c.number.as_str()),
            );
            for text in expected.into_iter().filter(|t| !t.trim().is_empty()) {
                assert!(html.contains(&escape(text)), "{name}: {text} in {lang:?}");
            }
            assert!(html.contains(&escape(lang.print_words().part2_notice)));
            std::fs::write(
                dir.join(format!("sample-{name}.{}.html", lang.tag())),
                &html,
            )
            .expect("target/print is writable");
        }
    }
}

#[test]
fn control_characters_and_padding_never_reach_the_printout() {
    let typed = " \u{1b}[31m \u{0}Call\u{7} Maria\u{8}\t \u{1f}";
    let html = printable_html(
        &hostile_plan(typed),
        &PrintOptions {
            clinic_name: "\u{7} Riverside\u{0} ".into(),
            ..options(Lang::En)
        },
    );
    let stray = html.chars().filter(|c| *c < ' ' && !"\t\n\r".contains(*c));
    assert_eq!(stray.count(), 0, "no control characters");
    assert!(html.contains("<p class=\"clinic\">Riverside</p>"));
    let shown = "[31m Call Maria";
    let times = body(&html).matches(shown).count();
    assert!(times >= 30, "{shown:?} shown {times} times");
    // Trimmed wherever it is shown: in a cell, a list, a paragraph, a title.
    // The person's name also heads every page, as a CSS string.
    let page_head = format!("@top-left {{ content: \"{shown}\"");
    assert!(html.contains(&page_head), "{page_head}");
    for (at, _) in html.match_indices(shown) {
        let before = &html[..at];
        let after = &html[at + shown.len()..];
        if before.ends_with("@top-left { content: \"") {
            continue;
        }
        assert!(
            before.ends_with(['>', ' ']),
            "{:?}",
            &before[before.len() - 12..]
        );
        assert!(
            !before.ends_with("  ") && !before.ends_with("> "),
            "padded before"
        );
        assert!(
            after.starts_with(['<', ';']),
            "padded after: {:?}",
            &after[..12]
        );
    }
}

/// The full plan after one review: its signature signed revision 1, and
/// the plan is now revision 2.
fn reviewed_plan() -> Plan {
    let mut plan = full_plan();
    ok(&mut plan, Edit::SetStatus(PlanStatus::UnderReview));
    ok(
        &mut plan,
        Edit::FinishReview {
            date: date(2026, 4, 1),
            reviewed_by: "Dr. Lee".into(),
            changes: vec![plan_composer::plan::review::Change::Note(
                "Changed the title".into(),
            )],
            reason: "Monthly review".into(),
        },
    );
    ok(
        &mut plan,
        Edit::AddSignature {
            name: "Dana Ortiz".into(),
            role: SignerRole::Clinician,
            credentials: "LCSW".into(),
            date: date(2026, 4, 1),
            time: "15:20".into(),
        },
    );
    plan
}

/// The printed signatures section, from its heading to the end.
fn signatures_part(html: &str, lang: Lang) -> &str {
    let heading = format!("<h2>{}</h2>", lang.words().signatures);
    let start = html.find(&heading).expect("a signatures section");
    &html[start..]
}

#[test]
fn signatures_print_with_role_credentials_time_and_the_revision_they_signed() {
    let html = printable_html(&reviewed_plan(), &options(Lang::En));
    let part = signatures_part(&html, Lang::En);
    // The attestation comes first, above every signature.
    let attest = part
        .find("I took part in making this plan and I agree with it.")
        .expect("the attestation line");
    let first_row = part
        .find("<td>Sam R.</td>")
        .expect("the person's signature");
    assert!(attest < first_row);
    assert!(part.contains(
        "<td>Sam R.</td><td>Person in recovery</td><td></td><td>Mar 2, 2026 10:30</td><td>Signed revision 1</td>"
    ));
    assert!(part.contains(
        "<td>Dana Ortiz</td><td>Clinician</td><td>LCSW</td><td>Apr 1, 2026 15:20</td><td>Signed revision 2</td>"
    ));
    assert!(part.contains(Lang::En.print_words().earlier_revision));
    // Labelled lines for signing by hand.
    let lines = &part[part.find("class=\"sign\"").expect("lines to sign")..];
    for role in [
        "Person in recovery",
        "Clinician",
        "Guardian or representative",
    ] {
        assert!(
            lines.contains(&format!("<td>{role}</td><td></td><td></td><td></td>")),
            "{role}"
        );
    }
}

#[test]
fn a_plan_whose_signatures_all_sign_this_revision_has_no_earlier_revision_note() {
    let html = printable_html(&full_plan(), &options(Lang::En));
    assert!(!html.contains(Lang::En.print_words().earlier_revision));
    assert!(html.contains("Signed revision 1"));
}

#[test]
fn the_attestation_is_also_in_the_persons_language() {
    let mut plan = full_plan();
    plan.person.language = "Español (México)".into();
    let html = printable_html(&plan, &options(Lang::En));
    let part = signatures_part(&html, Lang::En);
    let en = part.find(Lang::En.print_words().attestation);
    let es = part.find(Lang::Es.print_words().attestation);
    assert!(en.is_some() && es.is_some(), "both languages");
    // In Spanish, for a person who reads English, the same the other way.
    plan.person.language = "en-US".into();
    let html = printable_html(&plan, &options(Lang::Es));
    assert!(html.contains(Lang::En.print_words().attestation));
    assert!(html.contains(Lang::Es.print_words().attestation));
    // Only once when the plan is printed in the person's own language.
    let html = printable_html(&plan, &options(Lang::En));
    assert_eq!(html.matches(Lang::En.print_words().attestation).count(), 1);
    assert!(!html.contains(Lang::Es.print_words().attestation));
}

#[test]
fn each_goal_prints_with_the_services_that_serve_it() {
    let plan = full_plan();
    let goal = &plan.goals[0];
    let served: Vec<&str> = plan.services_for(goal).map(|c| c.name.as_str()).collect();
    assert!(!served.is_empty(), "the first goal has services");
    assert!(plan
        .components
        .iter()
        .filter(|c| !goal.serves(&c.id))
        .all(|c| !served.contains(&c.name.as_str())));
    let html = printable_html(&plan, &options(Lang::En));
    let goals = &html[html.find("<h2>Goals</h2>").expect("goals")
        ..html
            .find("<h2>Services and supports</h2>")
            .expect("services")];
    assert!(goals.contains("<caption>Services for this goal</caption>"));
    let first = plan.services_for(goal).next().expect("a service");
    let row = format!(
        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
        escape(&first.name),
        escape(&first.frequency),
        escape(&first.responsible)
    );
    assert!(goals.contains(&row), "{row} under the goal");
}

#[test]
fn measures_print_as_a_chart_and_a_table_and_progress_under_its_goal() {
    let plan = measured_plan();
    for lang in Lang::ALL.iter().copied() {
        let w = lang.words();
        let html = printable_html(&plan, &options(lang));
        let main = body(&html);
        assert!(main.contains(&format!("<h2>{}</h2>", escape(w.measures))));
        assert!(main.contains("PHQ-9 — Total score"));
        // The chart: a point per administration, the values beside them,
        // the target as a dashed line with its words.
        let section = &main[main.find("PHQ-9 — Total score").expect("the score")..];
        let chart_at = section.find("<svg class=\"pc-chart\"").expect("a chart");
        let main_section = section;
        let chart = &main_section
            [chart_at..chart_at + main_section[chart_at..].find("</svg>").expect("closed")];
        assert_eq!(chart.matches("<circle").count(), 2, "{chart}");
        assert!(chart.contains(">14</text>") && chart.contains(">8</text>"));
        assert!(chart.contains(&escape(&w.score_below(&"PHQ-9 Total score", &10))));
        // The table says the same in words.
        for cell in [
            w.score_of(&27, &14),
            w.score_of(&27, &8),
            "Moderate depression".to_owned(),
            "Mild depression".to_owned(),
            lang.short_date(date(2026, 1, 5)),
        ] {
            assert!(
                main.contains(&format!("<td>{}</td>", escape(&cell))),
                "{cell}"
            );
        }
        // The goal shows its score target and its progress at the review.
        assert!(main.contains(&escape(w.score_target)));
        assert!(main.contains(&escape(w.progress_at_reviews)));
        assert!(main.contains(&format!(
            "<td>{}</td>",
            escape(w.progress_status(ProgressStatus::SomeProgress))
        )));
        assert!(main.contains("Sleeping better most nights"));
        assert!(main.contains("Went to every session"));
        // Two charts: the score's and the goal's progress.
        assert_eq!(main.matches("<svg").count(), 2);
    }
}

#[test]
fn the_narrative_and_the_text_have_the_tables_without_the_charts() {
    let plan = measured_plan();
    let narrative = plan_composer::export::print::narrative(&plan, Lang::En);
    assert!(!narrative.contains("<svg"));
    assert!(narrative.contains("<td>14 of 27</td>"), "{narrative}");
    let text = plan_composer::export::text::plain_text(&plan, Lang::En);
    assert!(!text.contains("<svg"));
    assert!(text.contains("14 of 27") && text.contains("Sleeping better most nights"));
}

#[test]
fn the_first_page_is_the_persons_plan_in_plain_words_with_who_to_call() {
    let plan = full_plan();
    for lang in Lang::ALL.iter().copied() {
        let pw = lang.print_words();
        let html = printable_html(&plan, &options(lang));
        let main = &html[html.find("<main>").expect("main")..];
        // The summary is the first section, on a page of its own.
        let first = main.find("<section").expect("a section");
        assert!(main[first..].starts_with("<section class=\"part summary\">"));
        assert!(html.contains(".summary { break-after: page;"));
        let summary = &main[first..main.find("</section>").expect("closed")];
        assert!(summary.contains(&escape(pw.my_plan)));
        for goal in &plan.goals {
            assert!(
                summary.contains(&escape(goal.statement.trim())),
                "{}",
                goal.statement
            );
        }
        // Who to call, with every crisis line's number, on the first page.
        assert!(summary.contains(&escape(pw.who_to_call)));
        for line in &plan.relapse_prevention.crisis_lines {
            assert!(summary.contains(&escape(line.number.trim())));
        }
        if let Some(next) = plan.review.next_review {
            assert!(summary.contains(&lang.long_date(next)));
        }
        // Before the full plan's first section.
        assert!(
            first
                < main
                    .find(&escape(lang.words().step_person))
                    .unwrap_or(usize::MAX)
        );
    }
}

/// Under each goal, what a surveyor looks for beside it: the strengths
/// that help, what may get in the way, and each objective's measure and
/// target with its date.
#[test]
fn each_goal_prints_its_strengths_barriers_and_measured_objectives() {
    let plan = record_plan();
    for lang in Lang::ALL.iter().copied() {
        let w = lang.words();
        let html = printable_html(&plan, &options(lang));
        let start = html
            .find(&format!("<h2>{}</h2>", escape(w.step_goals)))
            .expect("goals");
        let end = html
            .find(&format!("<h2>{}</h2>", escape(w.step_components)))
            .expect("services");
        let goals = &html[start..end];
        let strengths = format!(
            "<dt>{}</dt><dd>Good with my hands</dd>",
            escape(w.strengths_that_help)
        );
        assert!(goals.contains(&strengths), "{lang:?}: {strengths}");
        let barriers = format!(
            "<p class=\"label\">{}</p><ul><li>Night shifts</li><li>Friends who drink on Fridays</li></ul>",
            escape(w.barriers)
        );
        let at = goals
            .find(&barriers)
            .unwrap_or_else(|| panic!("{lang:?}: {barriers}"));
        let objective = goals
            .find("Learn two ways to wind down")
            .expect("the objective");
        assert!(at < objective, "the barriers come right under the goal");
        let measured = format!(
            "<dt>{}</dt><dd>Skills shown in a session</dd><dt>{}</dt><dd>2 skills</dd><dt>{}</dt><dd>{}</dd>",
            escape(w.measure),
            escape(w.target),
            escape(w.due),
            escape(&lang.long_date(date(2026, 4, 1)))
        );
        assert!(
            goals[objective..].contains(&measured),
            "{lang:?}: {measured}"
        );
    }
    // Nothing of it prints while the plan says none of it.
    let html = printable_html(&full_plan(), &options(Lang::En));
    assert!(!html.contains("Strengths that help") && !html.contains("What may get in the way"));
}

/// Whether `text` holds a date written YYYY-MM-DD.
fn has_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

#[test]
fn dates_print_as_the_readers_language_writes_them_and_machines_keep_iso() {
    let plan = full_plan();
    for lang in Lang::ALL.iter().copied() {
        let html = printable_html(&plan, &options(lang));
        assert!(!has_iso_date(body(&html)), "no ISO date in {lang:?}");
        let text = plan_composer::export::text::plain_text(&plan, lang);
        assert!(!has_iso_date(&text), "no ISO date in the text, {lang:?}");
    }
    let en = printable_html(&plan, &options(Lang::En));
    let es = printable_html(&plan, &options(Lang::Es));
    // The goal's due date in full, a review's date short in its table.
    assert!(en.contains("June 1, 2026") && es.contains("1 de junio de 2026"));
    assert!(en.contains("<td>Mar 1, 2026</td>") && es.contains("<td>1 mar 2026</td>"));
    // The plan's own JSON keeps ISO, as FHIR does (tests/fhir.rs).
    assert!(plan_composer::export::json::export(&plan).contains("\"2026-06-01\""));
}

#[test]
fn the_summary_prints_on_its_own_with_the_header_and_the_notice() {
    let mut plan = full_plan();
    plan.synthetic = Some(Synthetic {
        dates_as_of: date(2026, 3, 1),
    });
    // One language here (the person's is tested below).
    plan.person.language.clear();
    for lang in Lang::ALL.iter().copied() {
        let (w, pw) = (lang.words(), lang.print_words());
        let html = printable_html(
            &plan,
            &PrintOptions {
                summary_only: true,
                ..options(lang)
            },
        );
        assert!(html.starts_with("<!doctype html>") && html.trim_end().ends_with("</html>"));
        // The header, the example's mark and the Part 2 notice, as the full
        // printout has them.
        for part in [
            "Riverside Recovery Clinic",
            pw.document_title,
            pw.synthetic,
            pw.part2_heading,
            pw.part2_notice,
        ] {
            assert!(html.contains(&escape(part)), "{part} in {lang:?}");
        }
        assert!(html.contains("@bottom-center"), "the mark on the page");
        // The summary and nothing of the full plan.
        let main = &html[html.find("<main>").expect("main")..];
        assert_eq!(main.matches("<section").count(), 1, "{main}");
        assert!(main.contains("<section class=\"part summary\">"));
        assert!(main.contains(&escape(pw.my_plan)));
        assert!(main.contains(&escape(pw.who_to_call)));
        for goal in &plan.goals {
            assert!(main.contains(&escape(goal.statement.trim())));
        }
        for heading in section_headings(w) {
            assert!(
                !main.contains(&format!("<h2>{}</h2>", escape(heading))),
                "{heading} in {lang:?}"
            );
        }
        assert!(!main.contains("class=\"sign\""), "no lines to sign");
        assert!(
            !main.contains("Learn two ways to wind down"),
            "no objectives"
        );
        // A page of its own that leaves no blank page after it.
        assert!(html.contains(".summary:last-child { break-after: auto;"));
    }
    // A plan that says nothing yet still gives its page, saying so.
    let empty = printable_html(
        &Plan::new("empty", None),
        &PrintOptions {
            summary_only: true,
            ..options(Lang::En)
        },
    );
    assert!(empty.contains("<section class=\"part summary\">"));
    assert!(empty.contains(Lang::En.print_words().not_filled_in));
}

#[test]
fn the_summary_is_also_printed_in_the_persons_language() {
    let mut plan = full_plan();
    plan.person.language = "Español".into();
    let es = Lang::Es.print_words();
    for summary_only in [false, true] {
        let html = printable_html(
            &plan,
            &PrintOptions {
                summary_only,
                ..options(Lang::En)
            },
        );
        let main = &html[html.find("<main>").expect("main")..];
        let first = main
            .find("<section class=\"part summary\">")
            .expect("the clinic's");
        let theirs = main
            .find("<section class=\"part summary\" lang=\"es\">")
            .expect("the person's");
        assert!(first < theirs, "the printout's language first");
        assert!(main[theirs..].contains(&escape(es.my_plan)));
        assert!(main[theirs..].contains(&escape(es.who_to_call)));
        assert!(main[theirs..].contains(&Lang::Es.long_date(date(2026, 3, 16))));
    }
    // Not twice when the person's language is the printout's, or one the
    // widget does not speak.
    for language in ["Spanish", "Tagalog"] {
        plan.person.language = language.into();
        let html = printable_html(&plan, &options(Lang::Es));
        assert_eq!(
            html.matches("class=\"part summary\"").count(),
            1,
            "{language}"
        );
    }
}
