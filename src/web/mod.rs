//! Browser glue the view and the host integration share: the widget's state
//! store and its events, drafts in the browser's storage, and files
//! (downloads, reading a chosen file, the clipboard). Imports neither `ui`
//! nor `embed`, so the layers go one way: web ← ui ← embed.

pub mod drafts;
pub mod files;
pub mod on_demand;
pub mod store;
