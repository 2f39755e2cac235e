//! The composer's state and the actions the view sends it. Pure: the Yew
//! reducer only forwards here, so every rule is tested natively.

use crate::export::json::{self, ImportError};
use crate::i18n::Lang;
use crate::plan::{Edit, EditError, History, Notice, Plan};

/// Everything the widget shows, apart from what is only on screen (focus,
/// open panels).
#[derive(Debug, Clone, PartialEq)]
pub struct Composer {
    pub history: History,
    pub lang: Lang,
    /// What the last edit did besides what was asked.
    pub notices: Vec<Notice>,
    /// Why the last edit could not be made.
    pub edit_error: Option<EditError>,
    /// Why the last file could not be opened.
    pub import_errors: Vec<ImportError>,
}

/// What a person can do in the composer.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Edit(Edit),
    Undo,
    Redo,
    /// Typing in a field ended (it lost focus).
    EndTyping,
    /// Open a plan file's text in place of the current plan.
    Import(String),
    /// Put a plan already read and checked in place of the current one.
    Open(Box<Plan>),
    SetLang(Lang),
    DismissMessages,
}

impl Composer {
    pub fn new(plan: Plan, lang: Lang) -> Self {
        Self {
            history: History::new(plan),
            lang,
            notices: Vec::new(),
            edit_error: None,
            import_errors: Vec::new(),
        }
    }

    pub fn plan(&self) -> &Plan {
        self.history.plan()
    }

    pub fn act(&mut self, action: Action) {
        match action {
            Action::Edit(edit) => {
                self.clear_messages();
                match self.history.apply(&edit) {
                    Ok(applied) => self.notices = applied.notices,
                    Err(error) => self.edit_error = Some(error),
                }
            }
            Action::Undo => {
                self.clear_messages();
                self.history.undo();
            }
            Action::Redo => {
                self.clear_messages();
                self.history.redo();
            }
            Action::EndTyping => self.history.seal(),
            Action::Import(text) => {
                self.clear_messages();
                match json::import(&text) {
                    Ok(plan) => self.history.replace(plan),
                    Err(errors) => self.import_errors = errors,
                }
            }
            Action::Open(plan) => {
                self.clear_messages();
                self.history.replace(*plan);
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::DismissMessages => self.clear_messages(),
        }
    }

    fn clear_messages(&mut self) {
        self.notices.clear();
        self.edit_error = None;
        self.import_errors.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_a_checked_plan_replaces_the_current_one_as_one_undo_step() {
        let mut composer = Composer::new(Plan::new("first", None), Lang::En);
        composer.act(Action::Edit(Edit::SetTitle("Kept".into())));
        let mut opened = Plan::new("second", None);
        opened.title = "Opened".into();
        composer.act(Action::Open(Box::new(opened.clone())));
        assert_eq!(composer.plan(), &opened);
        composer.act(Action::Undo);
        assert_eq!(composer.plan().title, "Kept");
        assert_eq!(composer.plan().id, "first");
    }
}
