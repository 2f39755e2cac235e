//! The words of a goal template's blanks: the label over each input
//! (`template-blanks-list`, one line per `Blank` in its declared order, so
//! a new blank without its words does not compile) and what a filled-in
//! blank puts in the goal (a date in words, in the goal's language).

use super::{Lang, Words};
use crate::plan::template::{Blank, BlankInput};
use crate::plan::PlanDate;
use strum::EnumCount;

impl Words {
    /// "how many", "which date": what the blank asks for, in plain words.
    pub fn blank_label(&self, blank: Blank) -> &'static str {
        let words: &[&'static str; Blank::COUNT] = &self.template_blanks;
        words[blank as usize]
    }
}

impl Lang {
    pub fn blank_label(self, blank: Blank) -> &'static str {
        self.words().blank_label(blank)
    }

    /// What the goal says for a blank the person filled in as `raw` (a date
    /// input's value is `YYYY-MM-DD`): the date in words ("March 1, 2027"),
    /// or the text as typed. An unfinished date is no value: the blank stays.
    pub fn blank_value(self, blank: Blank, raw: &str) -> String {
        match blank.input() {
            BlankInput::Date => PlanDate::parse(raw.trim())
                .map(|d| self.long_date(d))
                .unwrap_or_default(),
            BlankInput::Text | BlankInput::Number => raw.trim().to_owned(),
        }
    }

    /// A template's words with its blanks filled in from what was typed in
    /// each, in order (`blank_value`); a blank left empty stays as written.
    /// A template that does not read (a catalog that passed its check
    /// always does) goes in as it is.
    pub fn filled_template(self, text: &str, typed: &[String]) -> String {
        let Ok(parts) = crate::plan::template::parse(text) else {
            return text.to_owned();
        };
        let filled: Vec<String> = crate::plan::template::blanks(&parts)
            .enumerate()
            .map(|(i, blank)| self.blank_value(blank, typed.get(i).map_or("", String::as_str)))
            .collect();
        crate::plan::template::fill(&parts, &filled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::template::{fill, parse};

    #[test]
    fn blanks_are_named_in_plain_words_in_each_language() {
        assert_eq!(Lang::En.blank_label(Blank::Count), "how many");
        assert_eq!(Lang::En.blank_label(Blank::Substance), "which substance");
        assert_eq!(Lang::Es.blank_label(Blank::Date), "qué fecha");
        assert_eq!(
            Lang::Es.blank_label(Blank::Provider),
            "qué médico o clínica"
        );
    }

    #[test]
    fn a_date_blank_is_written_in_words_in_the_goals_language() {
        assert_eq!(
            Lang::En.blank_value(Blank::Date, "2027-03-01"),
            "March 1, 2027"
        );
        assert_eq!(
            Lang::Es.blank_value(Blank::Date, "2027-03-01"),
            "1 de marzo de 2027"
        );
        assert_eq!(Lang::En.blank_value(Blank::Date, "2027-03"), "");
        assert_eq!(Lang::En.blank_value(Blank::Count, " 6 "), "6");
        let text = "Asistir a {n} sesiones de TCC antes del {fecha}";
        let parts = parse(text).unwrap();
        let values = [
            Lang::Es.blank_value(Blank::Count, "6"),
            Lang::Es.blank_value(Blank::Date, "2027-03-01"),
        ];
        assert_eq!(
            fill(&parts, &values),
            "Asistir a 6 sesiones de TCC antes del 1 de marzo de 2027"
        );
    }

    #[test]
    fn a_template_is_filled_from_what_was_typed_and_keeps_the_blanks_left_empty() {
        let text = "Asistir a {n} sesiones de TCC antes del {fecha}";
        let typed = ["6".to_owned(), "2027-03-01".to_owned()];
        assert_eq!(
            Lang::Es.filled_template(text, &typed),
            "Asistir a 6 sesiones de TCC antes del 1 de marzo de 2027"
        );
        assert_eq!(
            Lang::Es.filled_template(text, &typed[..1]),
            "Asistir a 6 sesiones de TCC antes del {fecha}"
        );
        assert_eq!(Lang::En.filled_template("Walk {n", &[]), "Walk {n");
    }
}
