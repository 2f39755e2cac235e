//! Drafts in the browser's own storage, only when the host turns them on
//! (never in a kiosk). What is stored is exactly the plan's JSON, as
//! `planJson()` returns it, under one key; while a review is in progress a
//! second key holds the plan as it was when the review began.

use crate::composer::Composer;
use crate::export::json::ImportError;
use crate::plan::Plan;
use web_sys::Storage;

/// Which of the browser's stores keeps the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftStore {
    /// `localStorage`: kept on this device until cleared.
    Local,
    /// `sessionStorage`: kept until this tab is closed.
    Session,
}

#[derive(Debug, Clone)]
pub struct Drafts {
    storage: Storage,
    key: String,
}

/// A draft found in storage, not yet checked.
pub struct SavedDraft {
    pub plan: Result<Plan, Vec<ImportError>>,
    pub review_baseline: Option<Plan>,
}

impl Drafts {
    /// The store the host asked for, or an error a developer can act on.
    pub fn open(store: DraftStore, key: String) -> Result<Self, String> {
        let window = web_sys::window().ok_or("no window")?;
        let storage = match store {
            DraftStore::Local => window.local_storage(),
            DraftStore::Session => window.session_storage(),
        };
        match storage {
            Ok(Some(storage)) => Ok(Self { storage, key }),
            _ => Err("this browser does not allow the widget to use its storage here".into()),
        }
    }

    fn review_key(&self) -> String {
        format!("{}:review-start", self.key)
    }

    /// Replaces the stored draft with the state on screen, written with
    /// `write` (the on-demand part's plan writer). Storage that is full or
    /// refused loses only the draft, never the plan on screen.
    pub fn save(&self, composer: &Composer, write: fn(&Plan) -> String) {
        let _ = self.storage.set_item(&self.key, &write(composer.plan()));
        match &composer.review_baseline {
            Some(before) => {
                let _ = self.storage.set_item(&self.review_key(), &write(before));
            }
            None => {
                let _ = self.storage.remove_item(&self.review_key());
            }
        }
    }

    /// Is a draft stored?
    pub fn has_draft(&self) -> bool {
        matches!(self.storage.get_item(&self.key), Ok(Some(_)))
    }

    /// The stored draft, if there is one, read with `read` (the on-demand
    /// part's plan reader).
    pub fn load(&self, read: fn(&str) -> Result<Plan, Vec<ImportError>>) -> Option<SavedDraft> {
        let text = self.storage.get_item(&self.key).ok()??;
        let review_baseline = self
            .storage
            .get_item(&self.review_key())
            .ok()
            .flatten()
            .and_then(|text| read(&text).ok());
        Some(SavedDraft {
            plan: read(&text),
            review_baseline,
        })
    }

    /// Keeps a draft this build cannot read under another key, so that
    /// saving the new plan does not overwrite it.
    pub fn set_aside(&self) {
        if let Ok(Some(text)) = self.storage.get_item(&self.key) {
            let _ = self
                .storage
                .set_item(&format!("{}:unreadable", self.key), &text);
        }
    }

    /// Removes everything this widget stored.
    pub fn clear(&self) {
        let _ = self.storage.remove_item(&self.key);
        let _ = self.storage.remove_item(&self.review_key());
        let _ = self
            .storage
            .remove_item(&format!("{}:unreadable", self.key));
    }
}
