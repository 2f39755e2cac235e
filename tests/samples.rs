//! The synthetic sample plans in samples/: each imports with no problems,
//! fills every section, uses only ids of the default catalog, and hangs
//! together (no gaps, no need left to suggest, no goal left as a template).
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::export::json::{export, import};
use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::default_catalog;
use plan_composer::plan::gaps::gaps;
use plan_composer::plan::smart::{coach, SmartReason};
use plan_composer::plan::suggest::suggest_needs;
use plan_composer::plan::Plan;
use std::path::PathBuf;

/// Every well-made sample file, with its name and the language it is
/// written in (from the name: `*.es.json` is Spanish). The flawed case,
/// made to be found wanting, is checked in tests/synthetic.rs.
fn samples() -> Vec<(String, Lang, Plan)> {
    all_samples()
        .into_iter()
        .filter(|(name, _, _)| !name.starts_with("flawed"))
        .collect()
}

fn all_samples() -> Vec<(String, Lang, Plan)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("samples/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(&name)).expect("read a sample");
            let plan = import(&text).unwrap_or_else(|errors| {
                panic!(
                    "{name} does not import:\n{}",
                    errors
                        .iter()
                        .map(|e| Lang::En.import_error(e))
                        .collect::<Vec<_>>()
                        .join("\n")
                )
            });
            let lang = if name.ends_with(".es.json") {
                Lang::Es
            } else {
                Lang::En
            };
            (name, lang, plan)
        })
        .collect()
}

#[test]
fn there_are_samples_in_english_and_spanish() {
    let all = samples();
    assert!(all.len() >= 2, "{} samples", all.len());
    assert!(all.iter().any(|(_, lang, _)| *lang == Lang::En));
    let spanish: Vec<_> = all.iter().filter(|(_, l, _)| *l == Lang::Es).collect();
    assert!(!spanish.is_empty());
    for (name, _, plan) in spanish {
        assert_eq!(plan.person.language, "Español", "{name}");
        assert!(plan.title.contains("Muestra sintética"), "{name}");
    }
}

#[test]
fn every_sample_is_marked_synthetic() {
    for (name, _, plan) in all_samples() {
        assert!(plan.synthetic.is_some(), "{name} has \"synthetic\"");
        assert!(
            plan.title.starts_with("Synthetic sample — "),
            "{name}: {}",
            plan.title
        );
        assert!(plan.id.starts_with("sample-"), "{name}");
    }
}

#[test]
fn every_sample_survives_export_and_import() {
    for (name, _, plan) in all_samples() {
        let again = import(&export(&plan)).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(again, plan, "{name}");
    }
}

fn filled(name: &str, what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{name}: {what} is empty");
}

#[test]
fn every_sample_fills_every_section() {
    for (name, _, plan) in samples() {
        let n = name.as_str();
        let p = &plan.person;
        filled(n, "preferred name", &p.preferred_name);
        filled(n, "pronouns", &p.pronouns);
        filled(n, "language", &p.language);
        filled(n, "culture and identity", &p.culture_identity);
        assert!(!p.strengths.is_empty() && !p.preferences.is_empty(), "{n}");
        assert!(plan.created.is_some(), "{n}");

        assert!(!plan.care_team.is_empty(), "{n}: care team");
        for m in &plan.care_team {
            filled(n, "care team name", &m.name);
            filled(n, "care team role", &m.role);
            filled(n, "care team contact", &m.contact);
        }
        assert!(plan.contributors.len() >= 2, "{n}: contributors");

        let a = &plan.assessment;
        for (what, text) in [
            ("withdrawal risk", &a.withdrawal_risk),
            ("physical health", &a.physical_health),
            ("mental health", &a.mental_health),
            ("co-occurring conditions", &a.co_occurring_conditions),
            ("trauma", &a.trauma),
            ("family background", &a.family_background),
            ("social support", &a.social_support),
            ("living environment", &a.living_environment),
            ("work or school stress", &a.work_school_stress),
            ("spiritual needs", &a.spiritual_needs),
            ("past treatment", &a.past_treatment),
            ("current medications", &a.current_medications),
        ] {
            filled(n, what, text);
        }
        assert!(!a.substances.is_empty(), "{n}: substances");
        for s in &a.substances {
            filled(n, "substance", &s.substance);
            filled(n, "pattern", &s.pattern);
            filled(n, "route", &s.route);
            assert!(s.age_of_onset.is_some() && s.last_use.is_some(), "{n}");
        }
        assert!(
            a.readiness.stage.is_some() && a.readiness.ruler.is_some(),
            "{n}"
        );
        assert!(!a.triggers.is_empty(), "{n}: triggers");
        let risk = a.risk_view.as_ref().expect("a risk view");
        for rating in [
            risk.intoxication_withdrawal,
            risk.physical_health,
            risk.emotions_thinking,
            risk.readiness,
            risk.continued_use,
            risk.recovery_environment,
        ] {
            assert!(rating.is_some(), "{n}: every risk area is rated");
        }

        assert!(!plan.needs.is_empty(), "{n}: needs");
        for need in &plan.needs {
            assert!(
                !need.findings.is_empty(),
                "{n}: {} has no findings",
                need.id
            );
        }
        assert!(!plan.goals.is_empty(), "{n}: goals");
        for g in &plan.goals {
            filled(n, "goal measure", &g.measure);
            filled(n, "goal target", &g.target);
            assert!(g.due.is_some() && g.confidence.is_some(), "{n}: {}", g.id);
            assert!(g.expressed_by.is_some(), "{n}: {}", g.id);
            assert!(!g.addresses.is_empty(), "{n}: {}", g.id);
            assert!(!g.objectives.is_empty(), "{n}: {}", g.id);
            for o in &g.objectives {
                assert!(o.due.is_some(), "{n}: {}", o.id);
                assert!(!o.interventions.is_empty(), "{n}: {}", o.id);
            }
        }
        assert!(
            plan.goals.iter().any(|g| g.template_id.is_some()),
            "{n}: some goal starts from a template"
        );
        assert!(!plan.components.is_empty(), "{n}: components");
        for c in &plan.components {
            for (what, text) in [
                ("name", &c.name),
                ("details", &c.details),
                ("frequency", &c.frequency),
                ("setting", &c.setting),
                ("responsible", &c.responsible),
            ] {
                filled(n, &format!("{} {what}", c.id), text);
            }
            assert!(c.start.is_some(), "{n}: {}", c.id);
        }

        let r = &plan.relapse_prevention;
        for (what, list) in [
            ("external triggers", &r.external_triggers),
            ("internal triggers", &r.internal_triggers),
            ("warning signs", &r.warning_signs),
            ("coping strategies", &r.coping_strategies),
        ] {
            assert!(!list.is_empty(), "{n}: {what}");
        }
        assert!(!r.contacts.is_empty(), "{n}: contacts");
        for k in &r.contacts {
            filled(n, "contact relation", &k.relation);
            filled(n, "contact phone", &k.phone);
        }
        filled(n, "lapse plan", &r.lapse_plan);
        assert!(
            r.crisis_lines.iter().any(|l| l.number == "988"),
            "{n}: crisis line 988"
        );

        let af = &plan.aftercare;
        for (what, text) in [
            ("support groups", &af.support_groups),
            ("community programs", &af.community_programs),
            ("continued therapy", &af.continued_therapy),
            ("education", &af.education),
            ("family support", &af.family_support),
        ] {
            filled(n, what, text);
        }

        assert!(plan.review.next_review.is_some(), "{n}: next review");
        assert!(!plan.review.history.is_empty(), "{n}: review history");
        for entry in &plan.review.history {
            assert!(!entry.changes.is_empty(), "{n}: {}", entry.id);
            filled(n, "review reason", &entry.reason);
        }
        assert!(!plan.consent.signatures.is_empty(), "{n}: signatures");
        assert!(plan.consent.copy_given_to_person, "{n}: copy given");
    }
}

#[test]
fn samples_use_only_ids_of_the_default_catalog() {
    let catalog = default_catalog();
    for (name, lang, plan) in samples() {
        for g in &plan.goals {
            if let Some(id) = &g.template_id {
                assert!(catalog.template(id).is_some(), "{name}: template {id}");
            }
        }
        for c in &plan.components {
            let entry = catalog
                .entry(&c.catalog_id)
                .unwrap_or_else(|| panic!("{name}: catalog id {}", c.catalog_id));
            assert_eq!(entry.category, c.category, "{name}: {}", c.id);
            assert_eq!(entry.name.get(lang), c.name, "{name}: {}", c.id);
            // A fixed setting (methadone) is kept as the catalog words it.
            if let Some(fixed) = &entry.fixed_setting {
                assert_eq!(c.setting, fixed.get(lang), "{name}: {}", c.id);
            }
            if entry.category == plan_composer::plan::ComponentCategory::Medication {
                let as_prescribed = ["as prescribed", "según lo recetado"];
                let details = c.details.to_lowercase();
                assert!(
                    as_prescribed.iter().any(|w| details.contains(w)),
                    "{name}: {} details say as prescribed",
                    c.id
                );
            }
        }
    }
}

#[test]
fn samples_have_no_gaps_and_nothing_left_to_suggest() {
    for (name, lang, plan) in samples() {
        // As of the day of its last review.
        let today = plan.review.history.iter().map(|r| r.date).max();
        assert_eq!(gaps(&plan, today), [], "{name}");
        assert_eq!(suggest_needs(&plan, default_catalog(), lang), [], "{name}");
    }
}

#[test]
fn no_sample_goal_is_left_as_its_template() {
    for (name, lang, plan) in samples() {
        let texts = default_catalog().template_texts(lang);
        for g in &plan.goals {
            let report = coach(&plan, g, plan.created, &texts);
            assert_ne!(
                report.specific.reason,
                SmartReason::StillTemplate,
                "{name}: {}",
                g.id
            );
            assert!(report.specific.is_met(), "{name}: {} {report:?}", g.id);
        }
    }
}

/// CARF asks objectives to be measurable and time-specific: every
/// objective of a well-made sample says how it is measured, its target and
/// its date; and the goals' links to strengths point at the person's own.
#[test]
fn every_sample_objective_is_measured_with_a_target_and_a_date() {
    for (name, _, plan) in samples() {
        for o in plan.goals.iter().flat_map(|g| &g.objectives) {
            filled(&name, "objective measure", &o.measure);
            filled(&name, "objective target", &o.target);
            assert!(o.due.is_some(), "{name}: {}", o.id);
        }
        assert!(
            plan.goals.iter().any(|g| !g.strengths.is_empty()),
            "{name}: a goal names the strengths that help"
        );
        assert!(
            plan.goals.iter().any(|g| !g.barriers.is_empty()),
            "{name}: a goal says what may get in the way"
        );
    }
}
