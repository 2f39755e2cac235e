//! The component catalog: the shipped file reads and holds what the plan
//! needs, lookups work, templates are caught by the SMART coach, and a
//! broken catalog is refused with every problem named by its path.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::{
    default_catalog, parse_catalog, CatalogError, CatalogErrorKind, ComponentCatalog, Localized,
    ALL_CATEGORIES, DEFAULT_CATALOG_JSON,
};
use plan_composer::plan::smart::{coach, SmartReason, SmartStatus};
use plan_composer::plan::{ComponentCategory, Goal, Need, Plan, PlanDate};
use serde_json::{json, Value};

fn default_value() -> Value {
    serde_json::from_str(DEFAULT_CATALOG_JSON).expect("the shipped catalog is JSON")
}

/// Parses a changed copy of the shipped catalog, which must fail.
fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<CatalogError> {
    let mut value = default_value();
    change(&mut value);
    let text = serde_json::to_string(&value).expect("test catalogs serialize");
    match parse_catalog(&text) {
        Ok(_) => panic!("expected the changed catalog to be refused"),
        Err(errors) => {
            assert!(!errors.is_empty(), "a refusal names at least one problem");
            errors
        }
    }
}

fn entry_index(value: &Value, id: &str) -> usize {
    value["entries"]
        .as_array()
        .expect("entries is a list")
        .iter()
        .position(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("no entry {id}"))
}

/// Every text of the catalog in one language, for wording checks.
fn all_texts(catalog: &ComponentCatalog, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for c in &catalog.categories {
        out.push(c.name.get(lang).to_owned());
        out.push(c.intro.get(lang).to_owned());
    }
    for e in &catalog.entries {
        out.push(e.name.get(lang).to_owned());
        out.push(e.explanation.get(lang).to_owned());
        for t in [&e.details_label, &e.default_details, &e.fixed_setting]
            .into_iter()
            .flatten()
        {
            out.push(t.get(lang).to_owned());
        }
        out.extend(e.setting_options.iter().map(|s| s.get(lang).to_owned()));
    }
    out.extend(
        catalog
            .templates
            .iter()
            .map(|t| t.text.get(lang).to_owned()),
    );
    out.extend(
        catalog
            .need_rules
            .iter()
            .map(|r| r.statement.get(lang).to_owned()),
    );
    out
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

// ---------------------------------------------------------------------------
// The shipped catalog.

#[test]
fn the_shipped_catalog_reads_and_passes_every_check() {
    let parsed = parse_catalog(DEFAULT_CATALOG_JSON);
    let catalog = match parsed {
        Ok(c) => c,
        Err(errors) => panic!(
            "the shipped catalog has problems:\n{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    // default_catalog() is the same catalog, not the empty fallback.
    assert_eq!(default_catalog(), &catalog);
    assert!(default_catalog().entries.len() >= 30);
}

#[test]
fn every_category_is_described_and_has_entries_in_plan_order() {
    let catalog = default_catalog();
    let described: Vec<ComponentCategory> = catalog.categories.iter().map(|c| c.category).collect();
    assert_eq!(described, ALL_CATEGORIES.to_vec());
    for category in ALL_CATEGORIES.iter().copied() {
        assert!(
            catalog.entries_in(category).next().is_some(),
            "{category:?} has no entries"
        );
        let info = catalog.category(category).expect("described");
        assert!(!info.intro.en.is_empty() && !info.intro.es.is_empty());
    }
}

#[test]
fn the_catalog_holds_the_components_the_issue_lists() {
    let catalog = default_catalog();
    let expected: &[(ComponentCategory, &[&str])] = &[
        (
            ComponentCategory::WithdrawalManagement,
            &["withdrawal_management"],
        ),
        (
            ComponentCategory::Medication,
            &[
                "buprenorphine",
                "methadone",
                "naltrexone",
                "acamprosate",
                "disulfiram",
                "nicotine_replacement",
            ],
        ),
        (
            ComponentCategory::Therapy,
            &[
                "cbt",
                "motivational_interviewing",
                "trauma_informed_care",
                "contingency_management",
                "group_therapy",
                "family_therapy",
            ],
        ),
        (
            ComponentCategory::Complementary,
            &[
                "yoga",
                "meditation",
                "art_therapy",
                "exercise",
                "music_therapy",
            ],
        ),
        (
            ComponentCategory::SupportNetwork,
            &[
                "family_involvement",
                "aa",
                "na",
                "smart_recovery",
                "peer_mentor",
                "community_support",
            ],
        ),
        (
            ComponentCategory::RelapsePrevention,
            &["relapse_prevention_skills", "lapse_response_plan"],
        ),
        (
            ComponentCategory::Aftercare,
            &[
                "continuing_care",
                "recovery_housing",
                "alumni_support_group",
            ],
        ),
        (
            ComponentCategory::Monitoring,
            &["plan_review", "check_ins", "self_monitoring"],
        ),
    ];
    for (category, ids) in expected {
        for id in *ids {
            let entry = catalog
                .entry(id)
                .unwrap_or_else(|| panic!("missing entry {id}"));
            assert_eq!(entry.category, *category, "{id}");
        }
    }
}

#[test]
fn withdrawal_management_offers_its_settings() {
    let entry = default_catalog()
        .entry("withdrawal_management")
        .expect("entry");
    let settings: Vec<&str> = entry
        .setting_options
        .iter()
        .map(|s| s.get(Lang::En))
        .collect();
    assert_eq!(settings.len(), 3, "{settings:?}");
    assert!(settings.iter().any(|s| s.contains("outpatient")));
    assert!(settings.iter().any(|s| s.contains("Residential")));
    assert!(settings.iter().any(|s| s.contains("Hospital")));
    assert!(entry.fixed_setting.is_none());
}

#[test]
fn methadone_is_only_through_an_opioid_treatment_program() {
    let methadone = default_catalog().entry("methadone").expect("entry");
    let fixed = methadone.fixed_setting.as_ref().expect("a fixed setting");
    assert!(
        fixed.en.contains("opioid treatment program"),
        "{}",
        fixed.en
    );
    assert!(
        fixed.es.contains("programa de tratamiento de opioides"),
        "{}",
        fixed.es
    );
    assert!(methadone.setting_options.is_empty());
    // No other medicine is tied to one setting.
    for entry in default_catalog().entries_in(ComponentCategory::Medication) {
        if entry.id != "methadone" {
            assert!(entry.fixed_setting.is_none(), "{}", entry.id);
        }
    }
}

#[test]
fn medicines_are_as_prescribed_and_never_a_dose() {
    let catalog = default_catalog();
    for entry in catalog.entries_in(ComponentCategory::Medication) {
        let details = entry.default_details.as_ref().expect("default details");
        assert_eq!(details.en, "As prescribed", "{}", entry.id);
        assert_eq!(details.es, "Según lo recetado", "{}", entry.id);
        let label = entry.details_label.as_ref().expect("a details label");
        assert!(
            label.en.contains("prescribes") || label.en.contains("program"),
            "{}: {}",
            entry.id,
            label.en
        );
    }
    for lang in Lang::ALL.iter().copied() {
        for text in all_texts(catalog, lang) {
            let w = words(&text);
            for unit in ["mg", "mcg", "ml", "milligrams", "miligramos"] {
                assert!(!w.iter().any(|x| x == unit), "a dose in: {text}");
            }
        }
    }
}

#[test]
fn the_words_are_person_first() {
    let banned = [
        "addict", "addicts", "abuser", "abusers", "abuse", "clean", "dirty", "junkie", "drunk",
        "adicto", "adictos", "abusador", "limpio", "sucio",
    ];
    for lang in Lang::ALL.iter().copied() {
        for text in all_texts(default_catalog(), lang) {
            for word in words(&text) {
                assert!(!banned.contains(&word.as_str()), "{word:?} in: {text}");
            }
        }
    }
}

#[test]
fn every_entry_explains_itself_briefly_in_both_languages() {
    for entry in &default_catalog().entries {
        for lang in Lang::ALL.iter().copied() {
            let text = entry.explanation.get(lang);
            let count = words(text).len();
            // One short paragraph: enough to say why, short enough to read.
            assert!(
                (15..=75).contains(&count),
                "{} ({lang:?}): {count} words",
                entry.id
            );
            assert!(!text.contains('\n'), "{}: one paragraph", entry.id);
        }
        assert_ne!(entry.explanation.en, entry.explanation.es, "{}", entry.id);
    }
}

#[test]
fn every_entry_has_a_goal_template_and_templates_point_at_their_entry() {
    let catalog = default_catalog();
    for entry in &catalog.entries {
        let templates: Vec<_> = catalog.templates_for(&entry.id).collect();
        assert!(!templates.is_empty(), "{} has no template", entry.id);
        assert!(templates.iter().all(|t| t.component == entry.id));
    }
    let cbt: Vec<&str> = catalog
        .templates_for("cbt")
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(cbt, ["cbt_sessions", "cbt_skill_practice"]);
    assert_eq!(catalog.templates_for("no_such_entry").count(), 0);
}

#[test]
fn the_meeting_template_reads_as_the_issue_says() {
    let template = default_catalog()
        .template("meetings_weekly")
        .expect("template");
    assert_eq!(
        template.text.en,
        "Attend {n} {meeting type} meetings each week until {date}"
    );
    assert!(template.text.es.contains("{tipo de reunión}"));
}

#[test]
fn lookups_find_what_is_there_and_nothing_else() {
    let catalog = default_catalog();
    assert_eq!(
        catalog.entry("cbt").map(|e| e.name.get(Lang::En)),
        Some("Cognitive behavioral therapy (CBT)")
    );
    assert_eq!(
        catalog.entry("cbt").map(|e| e.name.get(Lang::Es)),
        Some("Terapia cognitivo-conductual (TCC)")
    );
    assert!(catalog.entry("CBT").is_none());
    assert!(catalog.entry("").is_none());
    let medication: Vec<&str> = catalog
        .entries_in(ComponentCategory::Medication)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(medication[..2], ["buprenorphine", "methadone"]);
    assert!(catalog
        .entries_in(ComponentCategory::Medication)
        .all(|e| e.category == ComponentCategory::Medication));
}

#[test]
fn localized_text_picks_the_language() {
    let text = Localized::new("Hello", "Hola");
    assert_eq!(text.get(Lang::En), "Hello");
    assert_eq!(text.get(Lang::Es), "Hola");
    assert_eq!(text.get(Lang::from_tag("es-MX")), "Hola");
}

#[test]
fn template_texts_are_in_the_language_asked_for() {
    let catalog = default_catalog();
    for lang in Lang::ALL.iter().copied() {
        let texts = catalog.template_texts(lang);
        assert_eq!(texts.len(), catalog.templates.len());
        for (t, template) in texts.iter().zip(&catalog.templates) {
            assert_eq!(t.id, template.id);
            assert_eq!(t.text, template.text.get(lang));
        }
    }
    let en = catalog.template_texts(Lang::En);
    let es = catalog.template_texts(Lang::Es);
    assert_ne!(en[0].text, es[0].text);
}

// ---------------------------------------------------------------------------
// Templates and the SMART coach.

/// A plan with one need and one goal started from `template` in `lang`, as
/// the view starts it: the template's words and its id.
fn plan_with_template_goal(template: &str, lang: Lang) -> (Plan, Goal) {
    let t = default_catalog().template(template).expect("template");
    let mut plan = Plan::new("p", PlanDate::new(2026, 1, 5));
    plan.needs.push(Need {
        id: "n1".into(),
        statement: "Stay sober".into(),
        problem: String::new(),
        findings: Vec::new(),
    });
    let mut goal = Goal::new("g1", t.text.get(lang));
    goal.template_id = Some(t.id.clone());
    goal.addresses = vec!["n1".into()];
    goal.measure = "Days".into();
    goal.target = "30".into();
    goal.due = PlanDate::new(2026, 6, 1);
    goal.confidence = Some(8);
    plan.goals.push(goal.clone().into());
    (plan, goal)
}

#[test]
fn a_goal_left_as_its_template_is_flagged_in_both_languages() {
    let catalog = default_catalog();
    let today = PlanDate::new(2026, 1, 5);
    for lang in Lang::ALL.iter().copied() {
        let texts = catalog.template_texts(lang);
        for template in &catalog.templates {
            let (plan, goal) = plan_with_template_goal(&template.id, lang);
            let report = coach(&plan, &goal, today, &texts);
            assert_eq!(
                report.specific.reason,
                SmartReason::StillTemplate,
                "{} ({lang:?})",
                template.id
            );
            assert_eq!(report.specific.status, SmartStatus::NeedsWork);
            // Without the template id (e.g. pasted), it is still noticed.
            let mut pasted = goal.clone();
            pasted.template_id = None;
            let report = coach(&plan, &pasted, today, &texts);
            assert_eq!(report.specific.reason, SmartReason::StillTemplate);
        }
    }
}

#[test]
fn a_filled_in_template_is_not_flagged() {
    let today = PlanDate::new(2026, 1, 5);
    let filled = [
        (
            Lang::En,
            "meetings_weekly",
            "Attend 3 SMART Recovery meetings each week until June 1",
        ),
        (
            Lang::Es,
            "meetings_weekly",
            "Asistir a 3 reuniones de AA cada semana hasta el 1 de junio",
        ),
        (
            Lang::En,
            "buprenorphine_daily",
            "Take buprenorphine as prescribed every day until June 30",
        ),
    ];
    for (lang, template, text) in filled {
        let (mut plan, mut goal) = plan_with_template_goal(template, lang);
        goal.statement = text.into();
        plan.goals[0] = goal.clone().into();
        let texts = default_catalog().template_texts(lang);
        let report = coach(&plan, &goal, today, &texts);
        assert_eq!(
            report.specific.reason,
            SmartReason::ClearAction,
            "{text}: {report:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// A broken catalog: each kind of problem, with its path.

fn only(errors: &[CatalogError]) -> &CatalogError {
    assert_eq!(errors.len(), 1, "{errors:?}");
    &errors[0]
}

#[test]
fn text_that_is_not_json_is_a_format_problem() {
    for text in ["", "{", "not json", "[]", "{\"categories\": 3}"] {
        let errors = parse_catalog(text).expect_err(text);
        assert!(
            matches!(only(&errors).kind, CatalogErrorKind::Format { .. }),
            "{text}: {errors:?}"
        );
    }
    let errors = parse_catalog(&format!("{DEFAULT_CATALOG_JSON} 7")).expect_err("trailing");
    assert!(matches!(
        only(&errors).kind,
        CatalogErrorKind::Format { .. }
    ));
}

#[test]
fn the_wrong_shape_is_named_by_its_path() {
    let errors = errors_after(|v| v["entries"][2]["name"]["en"] = json!(5));
    let error = only(&errors);
    assert_eq!(error.path, "entries[2].name.en");
    assert!(matches!(error.kind, CatalogErrorKind::Format { .. }));
    assert!(
        error.to_string().starts_with("entries[2].name.en: "),
        "{error}"
    );

    let errors = errors_after(|v| v["entries"][0]["category"] = json!("surgery"));
    assert_eq!(only(&errors).path, "entries[0].category");

    // A misspelt field is caught, not silently ignored.
    let errors = errors_after(|v| v["entries"][1]["explaination"] = json!({"en": "x", "es": "y"}));
    let error = only(&errors);
    assert!(error.to_string().contains("explaination"), "{error}");

    let errors = errors_after(|v| {
        v["categories"][0]
            .as_object_mut()
            .expect("object")
            .remove("intro");
    });
    let error = only(&errors);
    assert_eq!(error.path, "categories[0]");
    assert!(error.to_string().contains("intro"), "{error}");
}

#[test]
fn empty_and_duplicate_ids_are_refused() {
    let errors = errors_after(|v| v["entries"][3]["id"] = json!(" "));
    assert!(errors.contains(&CatalogError {
        path: "entries[3].id".into(),
        kind: CatalogErrorKind::EmptyId,
    }));

    let errors = errors_after(|v| v["entries"][4]["id"] = json!("buprenorphine"));
    assert!(
        errors.contains(&CatalogError {
            path: "entries[4].id".into(),
            kind: CatalogErrorKind::DuplicateId {
                id: "buprenorphine".into()
            },
        }),
        "{errors:?}"
    );

    let errors = errors_after(|v| v["templates"][1]["id"] = v["templates"][0]["id"].clone());
    assert_eq!(
        only(&errors),
        &CatalogError {
            path: "templates[1].id".into(),
            kind: CatalogErrorKind::DuplicateId {
                id: "withdrawal_complete".into()
            },
        }
    );

    let errors = errors_after(|v| v["need_rules"][2]["id"] = v["need_rules"][1]["id"].clone());
    assert_eq!(only(&errors).path, "need_rules[2].id");
}

#[test]
fn a_template_for_a_missing_entry_is_refused() {
    let errors = errors_after(|v| v["templates"][5]["component"] = json!("surgery"));
    let error = only(&errors);
    assert_eq!(
        error,
        &CatalogError {
            path: "templates[5].component".into(),
            kind: CatalogErrorKind::UnknownEntry {
                id: "surgery".into()
            },
        }
    );
    assert!(error.to_string().contains("\"surgery\""), "{error}");
}

#[test]
fn blank_text_in_either_language_is_refused() {
    let errors = errors_after(|v| {
        v["entries"][0]["explanation"]["es"] = json!("");
        v["categories"][1]["intro"]["en"] = json!("   ");
        v["templates"][0]["text"]["es"] = json!("");
        v["need_rules"][0]["statement"]["en"] = json!("");
    });
    let paths: Vec<(&str, CatalogErrorKind)> = errors
        .iter()
        .map(|e| (e.path.as_str(), e.kind.clone()))
        .collect();
    assert_eq!(
        paths,
        [
            (
                "categories[1].intro.en",
                CatalogErrorKind::EmptyText { lang: Lang::En }
            ),
            (
                "entries[0].explanation.es",
                CatalogErrorKind::EmptyText { lang: Lang::Es }
            ),
            (
                "templates[0].text.es",
                CatalogErrorKind::EmptyText { lang: Lang::Es }
            ),
            (
                "need_rules[0].statement.en",
                CatalogErrorKind::EmptyText { lang: Lang::En }
            ),
        ]
    );
    let idx = entry_index(&default_value(), "methadone");
    let errors = errors_after(|v| v["entries"][idx]["fixed_setting"]["es"] = json!(""));
    assert_eq!(
        only(&errors).path,
        format!("entries[{idx}].fixed_setting.es")
    );
}

#[test]
fn categories_must_each_be_described_once_and_have_entries() {
    let errors = errors_after(|v| {
        v["categories"]
            .as_array_mut()
            .expect("list")
            .retain(|c| c["category"] != "monitoring");
    });
    assert_eq!(
        only(&errors).kind,
        CatalogErrorKind::MissingCategory {
            category: ComponentCategory::Monitoring
        }
    );
    assert!(only(&errors).to_string().contains("\"monitoring\""));

    let errors = errors_after(|v| {
        let first = v["categories"][0].clone();
        v["categories"].as_array_mut().expect("list").push(first);
    });
    assert_eq!(
        only(&errors),
        &CatalogError {
            path: "categories[8].category".into(),
            kind: CatalogErrorKind::DuplicateCategory {
                category: ComponentCategory::WithdrawalManagement
            },
        }
    );

    let errors = errors_after(|v| {
        v["entries"]
            .as_array_mut()
            .expect("list")
            .retain(|e| e["category"] != "complementary");
        v["templates"].as_array_mut().expect("list").retain(|t| {
            ![
                "yoga",
                "meditation",
                "art_therapy",
                "exercise",
                "music_therapy",
            ]
            .contains(&t["component"].as_str().unwrap_or_default())
        });
    });
    assert_eq!(
        only(&errors).kind,
        CatalogErrorKind::EmptyCategory {
            category: ComponentCategory::Complementary
        }
    );
}

#[test]
fn an_entry_cannot_both_fix_and_offer_settings() {
    let idx = entry_index(&default_value(), "methadone");
    let errors = errors_after(|v| {
        v["entries"][idx]["setting_options"] = json!([{ "en": "Home", "es": "Casa" }]);
    });
    assert_eq!(
        only(&errors),
        &CatalogError {
            path: format!("entries[{idx}]"),
            kind: CatalogErrorKind::SettingConflict,
        }
    );
}

#[test]
fn need_rules_are_checked() {
    let errors = errors_after(|v| v["need_rules"][1]["when"] = json!([]));
    assert_eq!(
        only(&errors),
        &CatalogError {
            path: "need_rules[1].when".into(),
            kind: CatalogErrorKind::RuleWithoutFindings,
        }
    );

    let errors = errors_after(|v| v["need_rules"][0]["when"] = json!(["substance", "trauma"]));
    assert_eq!(only(&errors).kind, CatalogErrorKind::SubstanceNotAlone);

    let errors = errors_after(|v| {
        v["need_rules"][1]["statement"]["es"] = json!("Dejar {substance} con seguridad");
    });
    assert_eq!(
        only(&errors),
        &CatalogError {
            path: "need_rules[1].statement.es".into(),
            kind: CatalogErrorKind::SubstancePlaceholderUnused,
        }
    );

    let errors = errors_after(|v| v["need_rules"][1]["when"] = json!(["feelings"]));
    assert!(matches!(
        only(&errors).kind,
        CatalogErrorKind::Format { .. }
    ));
}

#[test]
fn every_problem_is_listed_at_once_and_reads_as_path_and_reason() {
    let errors = errors_after(|v| {
        v["entries"][3]["explanation"]["en"] = json!("");
        v["templates"][0]["component"] = json!("nothing");
        v["need_rules"][0]["when"] = json!([]);
    });
    assert_eq!(errors.len(), 3, "{errors:?}");
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        shown[0].starts_with("entries[3].explanation.en: the text in \"en\" is empty"),
        "{shown:?}"
    );
    assert!(
        shown[1].starts_with("templates[0].component: "),
        "{shown:?}"
    );
    assert!(shown[2].starts_with("need_rules[0].when: "), "{shown:?}");
}

#[test]
fn a_smaller_catalog_of_its_own_reads() {
    // A clinic may ship its own, shorter catalog: one entry per category.
    let mut value = default_value();
    let mut kept = std::collections::HashSet::new();
    value["entries"]
        .as_array_mut()
        .expect("list")
        .retain(|e| kept.insert(e["category"].as_str().unwrap_or_default().to_owned()));
    let ids: Vec<String> = value["entries"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|e| e["id"].as_str().map(str::to_owned))
        .collect();
    value["templates"]
        .as_array_mut()
        .expect("list")
        .retain(|t| ids.iter().any(|id| t["component"] == id.as_str()));
    let object = value.as_object_mut().expect("object");
    object.remove("need_rules");
    object.remove("$schema");
    let text = serde_json::to_string(&value).expect("serialize");
    let catalog = parse_catalog(&text).expect("a smaller catalog reads");
    assert_eq!(catalog.entries.len(), 8);
    assert!(catalog.need_rules.is_empty());
    assert!(catalog.schema.is_none());
}

#[test]
fn every_shipped_template_has_a_blank_to_fill_in() {
    // A blank ("{n}", "{date}") is what flags a template goal even when the
    // person has switched language since starting it, because the coach
    // then compares against the other language's words.
    for template in &default_catalog().templates {
        for lang in Lang::ALL.iter().copied() {
            let text = template.text.get(lang);
            let open = text.find('{');
            let close = text.rfind('}');
            assert!(
                matches!((open, close), (Some(o), Some(c)) if o < c),
                "{} ({lang:?}) has no blank: {text}",
                template.id
            );
        }
    }
}

#[test]
fn a_template_goal_is_flagged_after_switching_language() {
    let (plan, goal) = plan_with_template_goal("cbt_sessions", Lang::En);
    let spanish = default_catalog().template_texts(Lang::Es);
    let report = coach(&plan, &goal, PlanDate::new(2026, 1, 5), &spanish);
    assert_eq!(report.specific.reason, SmartReason::StillTemplate);
}

#[test]
fn the_catalog_the_widget_carries_is_the_file_without_its_indentation() {
    let file = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/components.json"),
    )
    .expect("the catalog file");
    let carried = plan_composer::plan::catalog::DEFAULT_CATALOG_JSON;
    assert!(carried.len() < file.len() && !carried.contains("\n  "));
    let read = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("JSON");
    assert_eq!(read(carried), read(&file));
}
