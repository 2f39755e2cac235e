//! The languages the widget speaks: a leaf both the domain and the message
//! catalog use, so the domain never imports the catalog.
//!
//! A language is a file, locales/<tag>.ftl, and a variant here named after
//! the tag (`pt-BR` → `PtBr`): build.rs ties the two together, and either
//! one without the other does not compile.

/// The languages the widget speaks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Hash, strum::VariantArray, strum::EnumCount,
)]
pub enum Lang {
    #[default]
    En,
    Es,
    /// Accented English ("en-XA") made from en.ftl, for tests only.
    #[cfg(feature = "pseudo-locale")]
    Pseudo,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Lang {
    pub const ALL: &'static [Lang] = <Lang as strum::VariantArray>::VARIANTS;

    /// The language for a BCP 47 tag such as `es-MX` (the whole tag first,
    /// then its first part); English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let same = |a: &str, b: &str| a.replace('_', "-").eq_ignore_ascii_case(b);
        Lang::ALL
            .iter()
            .find(|l| same(tag, l.tag()))
            .or_else(|| Lang::ALL.iter().find(|l| same(primary, l.tag())))
            .copied()
            .unwrap_or_default()
    }
}
