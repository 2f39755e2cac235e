//! The plan as an outline of sections, labels and the person's text, in one
//! language. The printable plan (print.rs) and the text export (text.rs)
//! both render this outline, so they always hold the same content.
//!
//! The person's text enters here, through `clean` (no stray control
//! characters, no padding), so both renderers get it clean.
//!
//! Only filled-in fields make it into the outline; a section with nothing
//! in it is left empty, and each renderer shows "Not filled in." for it.

use super::chart::{Chart, Rows};
use super::clean::clean;
use crate::i18n::PrintWords;
use crate::i18n::Words;
use crate::lang::Lang;
use crate::plan::edit::{AftercareField, AssessmentField, ClinicalField, RiskArea, TextList};
use crate::plan::findings::row_words;
use crate::plan::target::{NumberSlot, TextSlot};
use crate::plan::*;
use strum::VariantArray;

/// One part of a section.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    /// Label and value pairs.
    Fields(Vec<(&'static str, String)>),
    /// A labelled paragraph of the person's text.
    Text(&'static str, String),
    /// A labelled list of short items.
    List(&'static str, Vec<String>),
    /// A table: optional caption, column heads, rows.
    Table {
        caption: Option<&'static str>,
        head: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
    /// A titled item (a need, a goal, an objective, a component) that is
    /// never split across pages.
    Item {
        title: String,
        fields: Vec<(&'static str, String)>,
        children: Vec<Block>,
    },
    /// A boxed group that must stand out (people and lines to call).
    Callout(&'static str, Vec<Block>),
    /// Fixed wording from the catalog.
    Note(&'static str),
    /// Blank lines for hand signatures.
    SignLines,
    /// A chart's SVG (chart.rs, its words escaped there): printed, left out
    /// of the text and the FHIR narrative, where the table beside it says
    /// the same.
    Chart(String),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Section {
    pub heading: &'static str,
    pub blocks: Vec<Block>,
}

/// Pairs whose value is not blank.
fn fields<const N: usize>(pairs: [(&'static str, String); N]) -> Vec<(&'static str, String)> {
    pairs
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect()
}

/// A date in full, in the reader's language ("December 7, 2026").
fn date(w: &Words, d: Option<PlanDate>) -> String {
    d.map(|d| w.long_date(d)).unwrap_or_default()
}

/// A date in a table or a chart, where space is short ("Dec 7, 2026").
fn short_date(w: &Words, d: Option<PlanDate>) -> String {
    d.map(|d| w.short_date(d)).unwrap_or_default()
}

fn number(n: Option<u8>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn texts(items: &[TextItem]) -> Vec<String> {
    items
        .iter()
        .map(|t| clean(&t.text))
        .filter(|t| !t.is_empty())
        .collect()
}

fn push_list(blocks: &mut Vec<Block>, w: &Words, plan: &Plan, list: TextList) {
    let items = texts(plan.text_list(list));
    if !items.is_empty() {
        blocks.push(Block::List(w.text_list(list), items));
    }
}

fn push_fields(blocks: &mut Vec<Block>, pairs: Vec<(&'static str, String)>) {
    if !pairs.is_empty() {
        blocks.push(Block::Fields(pairs));
    }
}

fn push_table(
    blocks: &mut Vec<Block>,
    caption: Option<&'static str>,
    head: Vec<&'static str>,
    rows: Vec<Vec<String>>,
) {
    if !rows.is_empty() {
        blocks.push(Block::Table {
            caption,
            head,
            rows,
        });
    }
}

fn join(parts: impl Iterator<Item = String>) -> String {
    parts
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// What a finding points at, in words: the substance, the trigger, or the
/// assessment area.
pub(crate) fn finding_label(plan: &Plan, w: &Words, finding: &Finding) -> String {
    let field = match finding {
        Finding::Substance(id) | Finding::Trigger(id) => {
            return clean(row_words(plan, finding).unwrap_or(id));
        }
        Finding::Readiness => return w.readiness.to_owned(),
        area => match area.area() {
            Some(field) => field,
            None => return String::new(),
        },
    };
    w.assessment_field(field).to_owned()
}

fn person(plan: &Plan, w: &Words) -> Section {
    let p = &plan.person;
    let mut blocks = Vec::new();
    push_fields(
        &mut blocks,
        fields([
            (w.preferred_name, clean(&p.preferred_name)),
            (w.pronouns, clean(&p.pronouns)),
            (w.language, clean(&p.language)),
            (w.culture_identity, clean(&p.culture_identity)),
        ]),
    );
    push_list(&mut blocks, w, plan, TextList::Strengths);
    push_list(&mut blocks, w, plan, TextList::Preferences);
    push_table(
        &mut blocks,
        Some(w.care_team),
        vec![w.member_name, w.member_role, w.member_contact],
        plan.care_team
            .iter()
            .map(|m| vec![clean(&m.name), clean(&m.role), clean(&m.contact)])
            .collect(),
    );
    push_table(
        &mut blocks,
        Some(w.contributors),
        vec![w.contributor_name, w.contributor_role],
        plan.contributors
            .iter()
            .map(|c| vec![clean(&c.name), w.role(c.role).to_owned()])
            .collect(),
    );
    Section {
        heading: w.step_person,
        blocks,
    }
}

fn assessment(plan: &Plan, w: &Words) -> Section {
    let a = &plan.assessment;
    let mut blocks = Vec::new();
    push_table(
        &mut blocks,
        Some(w.substances),
        vec![w.substance, w.pattern, w.route, w.age_of_onset, w.last_use],
        a.substances
            .iter()
            .map(|s| {
                vec![
                    clean(&s.substance),
                    clean(&s.pattern),
                    clean(&s.route),
                    number(s.age_of_onset),
                    short_date(w, s.last_use),
                ]
            })
            .collect(),
    );
    for field in AssessmentField::ALL.iter().copied() {
        let text = clean(plan.text_of(TextSlot::Assessment(field)));
        if !text.is_empty() {
            blocks.push(Block::Text(w.assessment_field(field), text));
        }
    }
    push_list(&mut blocks, w, plan, TextList::AssessmentTriggers);
    push_fields(
        &mut blocks,
        fields([
            (
                w.stage_of_change,
                a.readiness
                    .stage
                    .map(|s| w.stage(s).to_owned())
                    .unwrap_or_default(),
            ),
            (w.readiness_ruler, number(a.readiness.ruler)),
        ]),
    );
    // The clinician's record: diagnoses, level of care and why, as written.
    for field in ClinicalField::ALL.iter().copied() {
        let text = clean(plan.text_of(TextSlot::Clinical(field)));
        if !text.is_empty() {
            blocks.push(Block::Text(w.clinical_field(field), text));
        }
    }
    if a.risk_view.is_some() {
        let rows = RiskArea::ALL
            .iter()
            .copied()
            .filter_map(|area| {
                let rating = plan.number_of(NumberSlot::RiskRating(area))?;
                Some(vec![
                    w.risk_area(area).to_owned(),
                    w.risk_rating(rating).to_owned(),
                ])
            })
            .collect::<Vec<_>>();
        if !rows.is_empty() {
            push_table(&mut blocks, Some(w.risk_view), Vec::new(), rows);
            blocks.push(Block::Note(w.risk_view_note));
        }
    }
    Section {
        heading: w.step_assessment,
        blocks,
    }
}

fn needs(plan: &Plan, w: &Words) -> Section {
    let blocks = plan
        .needs
        .iter()
        .map(|need| Block::Item {
            title: clean(&need.statement),
            fields: fields([
                (w.need_problem, clean(&need.problem)),
                (
                    w.findings,
                    join(need.findings.iter().map(|f| finding_label(plan, w, f))),
                ),
            ]),
            children: Vec::new(),
        })
        .collect();
    Section {
        heading: w.step_needs,
        blocks,
    }
}

fn component_names(plan: &Plan, ids: &[String]) -> String {
    join(
        ids.iter()
            .filter_map(|id| plan.component(id))
            .map(|c| clean(&c.name)),
    )
}

fn goals(plan: &Plan, lang: Lang, w: &Words) -> Section {
    let blocks = plan
        .goals
        .iter()
        .enumerate()
        .map(|(i, goal)| {
            let expressed_by = goal
                .expressed_by
                .as_deref()
                .and_then(|id| plan.contributors.iter().find(|c| c.id == id))
                .map(|c| clean(&c.name))
                .unwrap_or_default();
            let addresses = join(
                goal.addresses
                    .iter()
                    .filter_map(|id| plan.need(id))
                    .map(|n| clean(&n.statement)),
            );
            let strengths = join(
                goal.strengths
                    .iter()
                    .filter_map(|id| plan.person.strengths.iter().find(|s| &s.id == id))
                    .map(|s| clean(&s.text)),
            );
            let objectives = goal
                .objectives
                .iter()
                .map(|o| Block::Item {
                    title: format!("{}: {}", w.objective, clean(&o.statement)),
                    fields: fields([
                        (w.measure, clean(&o.measure)),
                        (w.target, clean(&o.target)),
                        (w.due, date(w, o.due)),
                        (w.interventions, component_names(plan, &o.interventions)),
                    ]),
                    children: progress_blocks(&plan.review.history, w, &o.id, false),
                })
                .collect::<Vec<_>>();
            // The services with how often and who, beside the goal itself.
            let services: Vec<Vec<String>> = plan
                .services_for(goal)
                .map(|c| vec![clean(&c.name), clean(&c.frequency), clean(&c.responsible)])
                .collect();
            // What may get in the way, right under the goal's own fields.
            let mut children = Vec::new();
            let barriers = texts(&goal.barriers);
            if !barriers.is_empty() {
                children.push(Block::List(w.barriers, barriers));
            }
            children.extend(progress_blocks(&plan.review.history, w, &goal.id, true));
            children.extend(objectives);
            if !services.is_empty() {
                children.push(Block::Table {
                    caption: Some(w.services_for_goal),
                    head: vec![w.component_name, w.frequency, w.responsible],
                    rows: services,
                });
            }
            Block::Item {
                title: format!("{}: {}", lang.goal_number(i + 1), clean(&goal.statement)),
                fields: fields([
                    (w.measure, clean(&goal.measure)),
                    (w.target, clean(&goal.target)),
                    (
                        w.score_target,
                        goal.score_target
                            .as_ref()
                            .map(|t| score_target_words(lang, t))
                            .unwrap_or_default(),
                    ),
                    (w.due, date(w, goal.due)),
                    (w.priority, w.priority(goal.priority).to_owned()),
                    (w.lifecycle, w.lifecycle(goal.lifecycle).to_owned()),
                    (w.achievement, w.achievement(goal.achievement).to_owned()),
                    (w.confidence, number(goal.confidence)),
                    (w.expressed_by, expressed_by),
                    (w.addresses, addresses),
                    (w.strengths_that_help, strengths),
                ]),
                children,
            }
        })
        .collect();
    Section {
        heading: w.step_goals,
        blocks,
    }
}

fn components(plan: &Plan, w: &Words, pw: &PrintWords) -> Section {
    let blocks = plan
        .components
        .iter()
        .map(|c| Block::Item {
            title: clean(&c.name),
            fields: fields([
                (pw.category, w.category(c.category).to_owned()),
                (w.details, clean(&c.details)),
                (w.frequency, clean(&c.frequency)),
                (w.setting, clean(&c.setting)),
                (w.responsible, clean(&c.responsible)),
                (w.start, date(w, c.start)),
                (
                    w.serves_goals,
                    join(plan.goals_served_by(&c.id).map(|g| clean(&g.statement))),
                ),
            ]),
            children: Vec::new(),
        })
        .collect();
    Section {
        heading: w.step_components,
        blocks,
    }
}

/// The people and lines to call, as one boxed group (none if the plan
/// names nobody).
fn who_to_call(plan: &Plan, w: &Words, pw: &PrintWords) -> Option<Block> {
    let r = &plan.relapse_prevention;
    let mut call = Vec::new();
    push_table(
        &mut call,
        Some(w.contacts),
        vec![w.contact_name, w.relation, w.phone],
        r.contacts
            .iter()
            .map(|c| vec![clean(&c.name), clean(&c.relation), clean(&c.phone)])
            .collect(),
    );
    push_table(
        &mut call,
        Some(w.crisis_lines),
        vec![w.crisis_line_name, w.crisis_line_number],
        r.crisis_lines
            .iter()
            .map(|c| vec![clean(&c.name), clean(&c.number)])
            .collect(),
    );
    (!call.is_empty()).then_some(Block::Callout(pw.who_to_call, call))
}

/// The first page: the plan in the person's own words, what they will do,
/// what helps, who to call and when the plan is looked at again. Only what
/// the plan already says, in plain words; nothing is added or inferred.
pub(crate) fn my_plan(plan: &Plan, lang: Lang) -> Section {
    let (w, pw) = (lang.words(), lang.print_words());
    let mut blocks = Vec::new();
    let goals: Vec<String> = plan
        .goals
        .iter()
        .filter(|g| !matches!(g.lifecycle, GoalLifecycle::Cancelled))
        .map(|g| clean(&g.statement))
        .filter(|s| !s.is_empty())
        .collect();
    if !goals.is_empty() {
        blocks.push(Block::List(pw.my_goals, goals));
    }
    let services: Vec<String> = plan
        .components
        .iter()
        .map(|c| join([clean(&c.name), clean(&c.frequency), clean(&c.responsible)].into_iter()))
        .filter(|s| !s.is_empty())
        .collect();
    if !services.is_empty() {
        blocks.push(Block::List(pw.my_services, services));
    }
    let coping = texts(&plan.relapse_prevention.coping_strategies);
    if !coping.is_empty() {
        blocks.push(Block::List(pw.my_coping, coping));
    }
    blocks.extend(who_to_call(plan, w, pw));
    push_fields(
        &mut blocks,
        fields([(pw.my_next_review, date(w, plan.review.next_review))]),
    );
    Section {
        heading: pw.my_plan,
        blocks,
    }
}

fn relapse(plan: &Plan, w: &Words, pw: &PrintWords) -> Section {
    let r = &plan.relapse_prevention;
    let mut blocks = Vec::new();
    blocks.extend(who_to_call(plan, w, pw));
    for list in [
        TextList::ExternalTriggers,
        TextList::InternalTriggers,
        TextList::WarningSigns,
        TextList::CopingStrategies,
    ] {
        push_list(&mut blocks, w, plan, list);
    }
    let lapse_plan = clean(&r.lapse_plan);
    if !lapse_plan.is_empty() {
        blocks.push(Block::Text(w.lapse_plan, lapse_plan));
    }
    Section {
        heading: w.step_relapse,
        blocks,
    }
}

fn aftercare(plan: &Plan, w: &Words) -> Section {
    let blocks = AftercareField::ALL
        .iter()
        .copied()
        .filter_map(|field| {
            let text = clean(plan.text_of(TextSlot::Aftercare(field)));
            (!text.is_empty()).then(|| Block::Text(w.aftercare_field(field), text))
        })
        .collect();
    Section {
        heading: w.aftercare,
        blocks,
    }
}

fn review(plan: &Plan, lang: Lang, w: &Words, pw: &PrintWords) -> Section {
    let r = &plan.review;
    let mut blocks = vec![Block::Fields(fields([
        (w.cadence, w.cadence(r.cadence).to_owned()),
        (w.next_review, date(w, r.next_review)),
    ]))];
    push_table(
        &mut blocks,
        Some(w.review_history),
        vec![
            w.review_date,
            w.reviewed_by,
            w.review_changes,
            w.review_reason,
        ],
        r.history
            .iter()
            .map(|e| {
                let changes = if e.changes.is_empty() {
                    pw.no_changes.to_owned()
                } else {
                    // Worded in the language of this printout, whoever reviewed.
                    join(e.changes.iter().map(|c| clean(&lang.change(c))))
                };
                vec![
                    w.short_date(e.date),
                    clean(&e.reviewed_by),
                    changes,
                    clean(&e.reason),
                ]
            })
            .collect(),
    );
    Section {
        heading: w.review_schedule,
        blocks,
    }
}

fn signatures(plan: &Plan, lang: Lang, w: &Words, pw: &PrintWords, lines: bool) -> Section {
    let mut blocks = Vec::new();
    // What signing means, above the signatures: in the plan's language,
    // and in the person's own too when the widget speaks it.
    blocks.push(Block::Note(pw.attestation));
    if let Some(theirs) = Lang::of_person(&plan.person.language).filter(|l| *l != lang) {
        blocks.push(Block::Note(theirs.print_words().attestation));
    }
    let signatures = &plan.consent.signatures;
    // An example's signatures are part of the story, never a record.
    if plan.synthetic.is_some() && !signatures.is_empty() {
        blocks.push(Block::Note(pw.synthetic_signatures));
    }
    push_table(
        &mut blocks,
        None,
        vec![
            w.signature_name,
            w.signature_role,
            w.signature_credentials,
            w.signature_date,
            w.revision,
        ],
        signatures
            .iter()
            .map(|s| {
                let when = match s.time.trim() {
                    "" => w.short_date(s.date),
                    time => w.date_time(&w.short_date(s.date), &clean(time)),
                };
                vec![
                    clean(&s.name),
                    w.signer_role(s.role).to_owned(),
                    clean(&s.credentials),
                    when,
                    w.signed_revision(&s.revision),
                ]
            })
            .collect(),
    );
    if signatures.iter().any(|s| s.revision < plan.revision) {
        blocks.push(Block::Note(pw.earlier_revision));
    }
    if lines {
        blocks.push(Block::SignLines);
    }
    blocks.push(Block::Note(if plan.consent.copy_given_to_person {
        pw.copy_given
    } else {
        pw.copy_not_given
    }));
    Section {
        heading: w.signatures,
        blocks,
    }
}

/// Every section of the plan, in order. `sign_lines`: add blank lines for
/// hand signatures (paper only).
pub(crate) fn outline(plan: &Plan, lang: Lang, sign_lines: bool) -> Vec<Section> {
    let w = lang.words();
    let pw = lang.print_words();
    let mut sections = vec![
        person(plan, w),
        assessment(plan, w),
        needs(plan, w),
        goals(plan, lang, w),
        components(plan, w, pw),
        relapse(plan, w, pw),
        aftercare(plan, w),
    ];
    // Only a plan that uses instruments has the section.
    if !plan.measurements.is_empty() {
        sections.push(measures(plan, lang, w));
    }
    sections.push(review(plan, lang, w, pw));
    sections.push(signatures(plan, lang, w, pw, sign_lines));
    sections
}

/// A score target in words: "PHQ-9 Total score below 10".
pub(crate) fn score_target_words(lang: Lang, target: &ScoreTarget) -> String {
    let w = lang.words();
    let name = clean(&target.name);
    match target.comparator {
        Comparator::Below => w.score_below(&name, &target.value),
        Comparator::AtLeast => w.score_at_least(&name, &target.value),
    }
}

/// Each instrument score taken, in the order first taken: a chart and a
/// table of its values over time.
fn measures(plan: &Plan, lang: Lang, w: &Words) -> Section {
    let targets: Vec<&ScoreTarget> = plan
        .goals
        .iter()
        .filter_map(|g| g.score_target.as_ref())
        .collect();
    Section {
        heading: w.measures,
        blocks: measure_blocks(&plan.measurements, &targets, lang),
    }
}

/// One item per instrument score: its chart and its table.
pub(crate) fn measure_blocks(
    measurements: &[Measurement],
    targets: &[&ScoreTarget],
    lang: Lang,
) -> Vec<Block> {
    let w = lang.words();
    let mut kinds: Vec<(&str, &str)> = Vec::new();
    for m in measurements {
        for s in &m.scores {
            if !kinds.contains(&(m.instrument.as_str(), s.id.as_str())) {
                kinds.push((&m.instrument, &s.id));
            }
        }
    }
    kinds
        .into_iter()
        .map(|(instrument, score)| {
            let taken: Vec<(&Measurement, &Score)> = measurements
                .iter()
                .filter(|m| m.instrument == instrument)
                .filter_map(|m| m.scores.iter().find(|s| s.id == score).map(|s| (m, s)))
                .collect();
            let (first, first_score) = taken[0];
            let target = targets
                .iter()
                .find(|t| t.instrument == instrument && t.score == score);
            let chart = Chart {
                columns: taken.iter().map(|(m, _)| w.short_date(m.date)).collect(),
                rows: Rows::Scale {
                    max: first_score.max,
                },
                points: taken
                    .iter()
                    .map(|(_, s)| Some((s.value, s.value.to_string())))
                    .collect(),
                target: target.map(|t| (t.value, score_target_words(lang, t))),
            };
            let rows = taken
                .iter()
                .map(|(m, s)| {
                    vec![
                        w.short_date(m.date),
                        w.score_of(&s.max, &s.value),
                        clean(&s.band),
                    ]
                })
                .collect();
            Block::Item {
                title: format!("{} — {}", clean(&first.name), clean(&first_score.name)),
                fields: Vec::new(),
                children: vec![
                    Block::Chart(chart.svg()),
                    Block::Table {
                        caption: None,
                        head: vec![w.measure_date, w.measure_score, w.measure_band],
                        rows,
                    },
                ],
            }
        })
        .collect()
}

/// A goal's or objective's progress at each review that noted it: a table,
/// and for a goal a chart of the levels over time.
pub(crate) fn progress_blocks(
    history: &[ReviewEntry],
    w: &Words,
    item: &str,
    chart: bool,
) -> Vec<Block> {
    let noted: Vec<(&ReviewEntry, &Progress)> = history
        .iter()
        .filter_map(|e| e.progress.iter().find(|p| p.item == item).map(|p| (e, p)))
        .collect();
    if noted.is_empty() {
        return Vec::new();
    }
    let mut blocks = Vec::new();
    if chart {
        let levels = ProgressStatus::VARIANTS
            .iter()
            .map(|s| w.progress_status(*s).to_owned())
            .collect();
        blocks.push(Block::Chart(
            Chart {
                columns: noted.iter().map(|(e, _)| w.short_date(e.date)).collect(),
                rows: Rows::Named(levels),
                points: noted
                    .iter()
                    .map(|(_, p)| Some((p.status as u32, String::new())))
                    .collect(),
                target: None,
            }
            .svg(),
        ));
    }
    blocks.push(Block::Table {
        caption: Some(w.progress_at_reviews),
        head: vec![w.review_date, w.progress, w.progress_note],
        rows: noted
            .iter()
            .map(|(e, p)| {
                vec![
                    w.short_date(e.date),
                    w.progress_status(p.status).to_owned(),
                    clean(&p.note),
                ]
            })
            .collect(),
    });
    blocks
}
