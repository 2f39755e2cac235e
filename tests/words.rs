//! The generated message catalog (locales/*.ftl through build.rs): plural
//! forms, placeholders in sentences, and every language wired to its file.

use plan_composer::i18n::Lang;
use plan_composer::lang::all_words;

#[test]
fn the_kiosk_counts_seconds_in_the_singular_and_the_plural() {
    let en = Lang::En.idle_warning(1);
    assert!(en.contains("cleared in 1 second. "), "{en}");
    assert!(Lang::En.idle_warning(30).contains("in 30 seconds. "));
    assert!(Lang::Es.idle_warning(1).contains("en 1 segundo. "));
    assert!(Lang::Es.idle_warning(30).contains("en 30 segundos. "));
}

#[test]
fn spanish_uses_its_cldr_many_form_for_whole_millions() {
    let m = Lang::Es.words();
    assert!(m.idle_warning(1_000_000).contains("1000000 de segundos"));
    assert!(m.idle_warning(2_000_001).contains("2000001 segundos"));
    assert!(m.idle_warning(0).contains("0 segundos"));
    // English has no "many": a million is "other".
    assert!(Lang::En
        .words()
        .idle_warning(1_000_000)
        .contains("1000000 seconds"));
}

#[test]
fn mount_errors_count_problems_without_parentheses() {
    let m = Lang::En.words();
    assert_eq!(
        m.mount_catalog(1),
        "plan-composer: catalogJson has 1 problem:"
    );
    assert_eq!(
        m.mount_catalog(3),
        "plan-composer: catalogJson has 3 problems:"
    );
    assert_eq!(
        Lang::Es.words().mount_catalog(1),
        "plan-composer: catalogJson tiene 1 problema:"
    );
}

#[test]
fn numbered_labels_and_steps_are_messages_with_placeholders() {
    assert_eq!(Lang::En.numbered("Name", 2), "Name 2");
    assert_eq!(Lang::En.step_of(3, 8), "Step 3 of 8");
    assert_eq!(Lang::Es.step_of(3, 8), "Paso 3 de 8");
    assert_eq!(Lang::Es.goal_number(2), "Meta 2");
}

#[test]
fn every_language_has_its_file_its_tag_and_its_name() {
    for &lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), lang, "{lang:?}");
        assert!(!lang.native_name().is_empty(), "{lang:?}");
        assert!(!lang.language_words().is_empty() || lang.tag() == "en-XA");
    }
    assert_eq!(Lang::from_tag("es-MX"), Lang::Es);
    assert_eq!(Lang::from_tag("fr"), Lang::En);
    assert_eq!(Lang::of_person("Español (México)"), Some(Lang::Es));
    assert_eq!(Lang::of_person("inglés"), Some(Lang::En));
    assert_eq!(Lang::of_person("fr-CA"), None);
}

#[test]
fn the_coach_matches_the_words_of_every_language_together() {
    // Each file lists its own words; the coach reads them all.
    assert!(all_words::COACH_NUMBER_WORDS.contains(&"twelve"));
    assert!(all_words::COACH_NUMBER_WORDS.contains(&"doce"));
    let en = Lang::En.coach_number_words();
    let es = Lang::Es.coach_number_words();
    assert!(en.contains(&"twelve") && !en.contains(&"doce"));
    assert!(es.contains(&"doce") && !es.contains(&"twelve"));
}

/// The pseudo-locale changes every letter of the widget's words, so
/// `--features pseudo-locale` builds show what is not from the catalog.
#[cfg(feature = "pseudo-locale")]
#[test]
fn the_pseudo_locale_leaves_no_plain_english_letters() {
    let m = Lang::Pseudo.messages();
    let print = &Lang::Pseudo.words().print;
    for text in [m.widget_name, m.step_person, print.document_title] {
        assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
    }
    assert!(!Lang::Pseudo
        .idle_warning(1)
        .chars()
        .any(|c| c.is_ascii_alphabetic()));
    assert_eq!(Lang::from_tag("en-XA"), Lang::Pseudo);
}
