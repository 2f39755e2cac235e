//! A goal template's blanks as fields: "Attend {n} CBT sessions by {date}"
//! is text and blanks, each blank one of a closed list (`Blank`) with a
//! name per catalog language (`{date}`, `{fecha}`) and a label in the
//! message catalog (i18n: `Lang::blank_label`). The view shows each blank as
//! a labelled input in the sentence and adds the goal with them filled in
//! (`fill`); a blank left empty stays as written, so the coach and the gaps
//! still flag it. `parse_catalog` refuses a template whose blank is unknown
//! or malformed.

use strum::{EnumCount, VariantArray};

/// What a template's blank asks for. Its names are what a template may
/// write between the braces, in any language of the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, VariantArray, EnumCount)]
pub enum Blank {
    /// `{n}`: how many.
    Count,
    Times,
    Date,
    Substance,
    Setting,
    Program,
    SupportPerson,
    Form,
    Prescriber,
    Who,
    Activity,
    MeetingType,
    CaseManager,
    Period,
    Need,
    Helper,
    Person,
    Home,
    Step,
    Provider,
}

/// What kind of input a blank takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlankInput {
    Text,
    /// A number, typed as text ("3", "two"); the view asks for the number pad.
    Number,
    /// A calendar date (`<input type=date>`), written in words in the goal.
    Date,
}

impl Blank {
    /// The names a template may give this blank, in every catalog language.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Blank::Count => &["n"],
            Blank::Times => &["times", "veces"],
            Blank::Date => &["date", "fecha"],
            Blank::Substance => &["substance", "sustancia"],
            Blank::Setting => &["setting", "lugar"],
            Blank::Program => &["program", "programa"],
            Blank::SupportPerson => &["support person", "persona de apoyo"],
            Blank::Form => &["form", "forma"],
            Blank::Prescriber => &["prescriber", "quien receta"],
            Blank::Who => &["who", "quién"],
            Blank::Activity => &["activity", "actividad"],
            Blank::MeetingType => &["meeting type", "tipo de reunión"],
            Blank::CaseManager => &["case manager", "quien lleva mi caso"],
            Blank::Period => &["period", "periodo"],
            Blank::Need => &["need", "necesidad"],
            Blank::Helper => &["helper", "quien ayuda"],
            Blank::Person => &["person", "persona"],
            Blank::Home => &["home", "hogar"],
            Blank::Step => &["step", "paso"],
            Blank::Provider => &["provider", "proveedor"],
        }
    }

    /// The blank a template's `{name}` stands for, if it is one.
    pub fn named(name: &str) -> Option<Blank> {
        Blank::VARIANTS
            .iter()
            .copied()
            .find(|b| b.names().contains(&name))
    }

    pub fn input(self) -> BlankInput {
        match self {
            Blank::Count | Blank::Times => BlankInput::Number,
            Blank::Date => BlankInput::Date,
            _ => BlankInput::Text,
        }
    }
}

/// A piece of a template: its own words, or a blank as written (`name` is
/// what stands between the braces).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    Text(&'a str),
    Blank { name: &'a str, blank: Blank },
}

/// Why a template's text cannot be read as text and blanks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    /// `{subst`: a blank that is never closed.
    Unclosed { name: String },
    /// `{}`: a blank with no name.
    Empty,
    /// A `}` with no `{` before it.
    StrayClose,
    /// `{name}` names no blank the widget knows.
    Unknown { name: String },
}

/// A template's text as text and blanks, in order.
pub fn parse(text: &str) -> Result<Vec<Part<'_>>, TemplateError> {
    let mut parts = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let Some(open) = rest.find(['{', '}']) else {
            parts.push(Part::Text(rest));
            break;
        };
        if rest[open..].starts_with('}') {
            return Err(TemplateError::StrayClose);
        }
        if open > 0 {
            parts.push(Part::Text(&rest[..open]));
        }
        let after = &rest[open + 1..];
        let Some(close) = after
            .find(['{', '}'])
            .filter(|&i| after[i..].starts_with('}'))
        else {
            let name = after.split(['{', '}']).next().unwrap_or_default();
            return Err(TemplateError::Unclosed {
                name: name.trim().to_owned(),
            });
        };
        let name = &after[..close];
        if name.trim().is_empty() {
            return Err(TemplateError::Empty);
        }
        let blank = Blank::named(name).ok_or_else(|| TemplateError::Unknown {
            name: name.to_owned(),
        })?;
        parts.push(Part::Blank { name, blank });
        rest = &after[close + 1..];
    }
    Ok(parts)
}

/// The blanks of a template in order, each once per place it appears.
pub fn blanks<'a>(parts: &'a [Part<'a>]) -> impl Iterator<Item = Blank> + 'a {
    parts.iter().filter_map(|p| match p {
        Part::Blank { blank, .. } => Some(*blank),
        Part::Text(_) => None,
    })
}

/// The template's words with the `i`th blank replaced by `values[i]`
/// (trimmed, on one line); a blank without a value stays as written
/// (`{date}`), for the person to fill in later and the coach to flag.
pub fn fill(parts: &[Part<'_>], values: &[String]) -> String {
    let mut out = String::new();
    let mut i = 0;
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Blank { name, .. } => {
                let value = values
                    .get(i)
                    .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
                    .unwrap_or_default();
                if value.is_empty() {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                } else {
                    out.push_str(&value);
                }
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::plan::catalog::default_catalog;
    use crate::plan::smart::{coach, SmartReason, SmartStatus};
    use crate::plan::Plan;
    use std::collections::HashSet;

    fn values(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_template_is_text_and_blanks() {
        let parts = parse("Attend {n} CBT sessions by {date}").unwrap();
        assert_eq!(
            parts,
            vec![
                Part::Text("Attend "),
                Part::Blank {
                    name: "n",
                    blank: Blank::Count
                },
                Part::Text(" CBT sessions by "),
                Part::Blank {
                    name: "date",
                    blank: Blank::Date
                },
            ]
        );
        assert_eq!(
            blanks(&parts).collect::<Vec<_>>(),
            [Blank::Count, Blank::Date]
        );
        assert_eq!(
            fill(&parts, &values(&["6", "March 1, 2027"])),
            "Attend 6 CBT sessions by March 1, 2027"
        );
    }

    #[test]
    fn spanish_names_with_spaces_and_accents_are_blanks_too() {
        let parts = parse(
            "Reunirme con {quien lleva mi caso} cada {periodo} para trabajar en {necesidad} hasta el {fecha}",
        )
        .unwrap();
        assert_eq!(
            blanks(&parts).collect::<Vec<_>>(),
            [Blank::CaseManager, Blank::Period, Blank::Need, Blank::Date]
        );
        let parts =
            parse("Tener {n} sesiones de terapia familiar con {quién} antes del {fecha}").unwrap();
        assert_eq!(
            fill(
                &parts,
                &values(&["4", "  mi  hermana ", "1 de marzo de 2027"])
            ),
            "Tener 4 sesiones de terapia familiar con mi hermana antes del 1 de marzo de 2027"
        );
    }

    #[test]
    fn a_template_without_blanks_is_its_own_text() {
        let parts = parse("Keep going to my meetings").unwrap();
        assert_eq!(parts, vec![Part::Text("Keep going to my meetings")]);
        assert_eq!(blanks(&parts).count(), 0);
        assert_eq!(fill(&parts, &[]), "Keep going to my meetings");
        assert_eq!(parse("").unwrap(), Vec::new());
        assert_eq!(
            parse("{date}").unwrap(),
            vec![Part::Blank {
                name: "date",
                blank: Blank::Date
            }]
        );
    }

    #[test]
    fn a_blank_left_empty_stays_as_written() {
        let parts = parse("Stop or cut down my use of {substance} by {date}").unwrap();
        assert_eq!(
            fill(&parts, &values(&["alcohol", " "])),
            "Stop or cut down my use of alcohol by {date}"
        );
        assert_eq!(
            fill(&parts, &values(&["alcohol"])),
            "Stop or cut down my use of alcohol by {date}"
        );
        assert_eq!(
            fill(&parts, &[]),
            "Stop or cut down my use of {substance} by {date}"
        );
    }

    #[test]
    fn malformed_and_unknown_blanks_are_refused() {
        assert_eq!(
            parse("Use {subst less"),
            Err(TemplateError::Unclosed {
                name: "subst less".into()
            })
        );
        assert_eq!(
            parse("Use {subst {n} times"),
            Err(TemplateError::Unclosed {
                name: "subst".into()
            })
        );
        assert_eq!(parse("Use {} less"), Err(TemplateError::Empty));
        assert_eq!(parse("Use { } less"), Err(TemplateError::Empty));
        assert_eq!(parse("Use n} less"), Err(TemplateError::StrayClose));
        assert_eq!(
            parse("Call {nombre} today"),
            Err(TemplateError::Unknown {
                name: "nombre".into()
            })
        );
        // Names are exact: no padding, no other case.
        assert!(parse("By { date }").is_err());
        assert!(parse("By {Date}").is_err());
    }

    #[test]
    fn every_name_is_one_blanks_only() {
        let mut seen = HashSet::new();
        for blank in Blank::VARIANTS {
            assert!(!blank.names().is_empty());
            for name in blank.names() {
                assert!(seen.insert(*name), "{name} twice");
                assert_eq!(Blank::named(name), Some(*blank));
            }
        }
    }

    #[test]
    fn every_built_in_template_reads_in_every_language() {
        let catalog = default_catalog();
        assert!(!catalog.templates.is_empty());
        for template in &catalog.templates {
            for lang in Lang::ALL.iter().copied() {
                let text = template.text.get(lang);
                let parts = parse(text).unwrap_or_else(|e| panic!("{}: {e:?}", template.id));
                // Left empty, the goal is the template word for word.
                assert_eq!(fill(&parts, &[]), text);
            }
        }
    }

    #[test]
    fn the_coach_flags_blanks_left_and_not_a_goal_filled_in() {
        let catalog = default_catalog();
        let template = catalog.template("cbt_sessions").expect("a CBT template");
        let texts = catalog.template_texts(Lang::En);
        let parts = parse(template.text.get(Lang::En)).unwrap();
        let report = |statement: String| {
            let plan = Plan::new("p", None);
            let mut goal = crate::plan::Goal::new("g1", statement);
            goal.template_id = Some(template.id.clone());
            coach(&plan, &goal, None, &texts)
        };
        let still = |r: &crate::plan::smart::SmartReport| {
            r.specific.status == SmartStatus::NeedsWork
                && r.specific.reason == SmartReason::StillTemplate
        };
        assert!(still(&report(fill(&parts, &[]))), "left as the template");
        assert!(
            still(&report(fill(&parts, &values(&["6"])))),
            "a blank left"
        );
        assert!(!still(&report(fill(
            &parts,
            &values(&["6", "March 1, 2027"])
        ))));
    }
}
