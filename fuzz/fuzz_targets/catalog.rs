//! A clinic's catalog (mount option `catalogJson`): `plan::catalog::parse_catalog`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::parse_catalog;
use plan_composer::plan::ComponentCategory;

const CATEGORIES: [ComponentCategory; 8] = [
    ComponentCategory::WithdrawalManagement,
    ComponentCategory::Medication,
    ComponentCategory::Therapy,
    ComponentCategory::Complementary,
    ComponentCategory::SupportNetwork,
    ComponentCategory::RelapsePrevention,
    ComponentCategory::Aftercare,
    ComponentCategory::Monitoring,
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return; // a JS string is always valid UTF-16, so UTF-8 here
    };
    match parse_catalog(text) {
        Ok(catalog) => {
            // What the widget does with an accepted catalog must not panic.
            for lang in Lang::ALL.iter().copied() {
                for t in catalog.template_texts(lang) {
                    assert!(catalog.template(t.id).is_some());
                }
                for category in CATEGORIES.iter().copied() {
                    let _ = catalog.category(category).map(|c| c.name.get(lang).len());
                    for entry in catalog.entries_in(category) {
                        assert!(catalog.entry(&entry.id).is_some());
                        let _ = entry.name.get(lang);
                    }
                }
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "refused with no reason");
            for e in &errors {
                assert!(!e.to_string().trim().is_empty(), "an empty message: {e:?}");
            }
        }
    }
});
