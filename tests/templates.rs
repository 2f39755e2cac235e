//! Goal templates whose blanks are fields: a clinic's catalog is refused
//! when a template's blank is malformed or unknown, naming its path.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::catalog::{
    parse_catalog, CatalogError, CatalogErrorKind, DEFAULT_CATALOG_JSON,
};
use plan_composer::plan::template::TemplateError;
use serde_json::{json, Value};

fn errors_with_template_text(lang: &str, text: &str) -> Vec<CatalogError> {
    let mut value: Value = serde_json::from_str(DEFAULT_CATALOG_JSON).expect("JSON");
    value["templates"][2]["text"][lang] = json!(text);
    let text = serde_json::to_string(&value).expect("serializes");
    parse_catalog(&text).expect_err("refused")
}

#[test]
fn a_template_with_a_malformed_or_unknown_blank_is_refused_by_its_path() {
    let cases = [
        (
            "en",
            "Stop or cut down my use of {subst by {date}",
            TemplateError::Unclosed {
                name: "subst by".into(),
            },
            "templates[2].text.en: the blank \"{subst by\" is not closed; end it with \"}\"",
        ),
        (
            "es",
            "Asistir a {} sesiones antes del {fecha}",
            TemplateError::Empty,
            "templates[2].text.es: a blank \"{}\" has no name; write which blank it is, such as \"{date}\"",
        ),
        (
            "en",
            "Attend n} sessions",
            TemplateError::StrayClose,
            "templates[2].text.en: a \"}\" has no \"{\" before it; remove it or open the blank",
        ),
        (
            "es",
            "Llamar a {nombre} antes del {fecha}",
            TemplateError::Unknown {
                name: "nombre".into(),
            },
            "templates[2].text.es: the blank \"{nombre}\" is not one the widget knows; use one of {n}, ",
        ),
    ];
    for (lang, text, problem, message) in cases {
        let errors = errors_with_template_text(lang, text);
        assert_eq!(
            errors,
            vec![CatalogError {
                path: format!("templates[2].text.{lang}"),
                kind: CatalogErrorKind::BadBlank { problem },
            }],
            "{text}"
        );
        assert!(errors[0].to_string().starts_with(message), "{}", errors[0]);
    }
}

#[test]
fn known_blanks_in_either_language_and_no_blanks_at_all_pass() {
    let mut value: Value = serde_json::from_str(DEFAULT_CATALOG_JSON).expect("JSON");
    value["templates"][2]["text"]["en"] = json!("Stop or cut down my use of {substance} by {date}");
    value["templates"][2]["text"]["es"] = json!("Dejar o reducir el uso de {sustancia}");
    value["templates"][3]["text"]["en"] = json!("Keep going to my meetings");
    let text = serde_json::to_string(&value).expect("serializes");
    assert!(parse_catalog(&text).is_ok());
}
