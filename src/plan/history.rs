//! Undo and redo over whole plans. Edits that retype one field in a row are
//! one step, so undo takes back a word or a sentence, not a letter.

use super::document::Plan;
use super::edit::{apply, Applied, Edit, EditError, EditRule};
use super::target::TextTarget;
use std::collections::VecDeque;
use std::rc::Rc;

/// How many steps back undo can go.
pub const UNDO_LIMIT: usize = 100;

/// Snapshots are shared (`Rc`), so copying a history to make the next state
/// copies pointers, not plans. Snapshots share their goals too
/// (`Plan::goals` holds `Rc<Goal>`): the next one is a shallow copy in
/// which the edit copies only the goal it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// Oldest first; a ring, so dropping the oldest step moves nothing.
    past: VecDeque<Rc<Plan>>,
    present: Rc<Plan>,
    future: Vec<Rc<Plan>>,
    /// The field the last edit retyped, while typing there continues.
    typing_in: Option<TextTarget>,
}

/// The undo policy: edits that only retype one text field are one step
/// while they continue, so undo does not go letter by letter.
fn typing_field(edit: &Edit) -> Option<TextTarget> {
    match edit {
        Edit::SetText { at, .. } => Some(at.clone()),
        _ => None,
    }
}

impl History {
    pub fn new(plan: Plan) -> Self {
        Self {
            past: VecDeque::new(),
            present: Rc::new(plan),
            future: Vec::new(),
            typing_in: None,
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.present
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Applies an edit as a new step (or as part of the typing step in progress).
    pub fn apply(&mut self, edit: &Edit) -> Result<Applied, EditError> {
        self.apply_with(edit, apply)
    }

    /// [`History::apply`] with the given rule for edits.
    pub fn apply_with(&mut self, edit: &Edit, rule: EditRule) -> Result<Applied, EditError> {
        let mut next = Plan::clone(&self.present);
        let applied = rule(&mut next, edit)?;
        // An edit that changes nothing is no step. Cheap: the goals it did
        // not touch are still the present's, and `Rc`'s `==` sees the same
        // pointer (its value is `Eq`) without reading the goal.
        if next == *self.present {
            return Ok(applied);
        }
        let next = Rc::new(next);
        let key = typing_field(edit);
        let same_field = key.is_some() && key == self.typing_in;
        if !same_field {
            self.push_step(next);
        } else {
            self.present = next;
        }
        self.future.clear();
        self.typing_in = key;
        Ok(applied)
    }

    /// Ends the typing step, e.g. when a field loses focus.
    pub fn seal(&mut self) {
        self.typing_in = None;
    }

    /// Replaces the whole plan (an import) as one undoable step.
    pub fn replace(&mut self, plan: Plan) {
        self.push_step(Rc::new(plan));
        self.future.clear();
        self.typing_in = None;
    }

    /// Makes `next` the present, keeping at most `UNDO_LIMIT` steps back.
    fn push_step(&mut self, next: Rc<Plan>) {
        self.past
            .push_back(std::mem::replace(&mut self.present, next));
        if self.past.len() > UNDO_LIMIT {
            self.past.pop_front();
        }
    }

    /// The current plan as a shared snapshot, cheap to hand to the view.
    pub fn shared_plan(&self) -> Rc<Plan> {
        Rc::clone(&self.present)
    }

    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.past.pop_back() else {
            return false;
        };
        self.future
            .push(std::mem::replace(&mut self.present, previous));
        self.typing_in = None;
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(next) = self.future.pop() else {
            return false;
        };
        self.past
            .push_back(std::mem::replace(&mut self.present, next));
        self.typing_in = None;
        true
    }
}
