//! The languages the widget speaks: a leaf both the domain and the message
//! catalog use, so the domain never imports the catalog.

/// The languages the widget speaks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Hash, strum::VariantArray, strum::EnumCount,
)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: &'static [Lang] = <Lang as strum::VariantArray>::VARIANTS;

    /// The language for a BCP 47 tag such as `es-MX`; English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }
}
