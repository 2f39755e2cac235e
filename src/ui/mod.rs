//! The view: Yew components that show the composer's state and send named
//! actions up. No plan rules live here.

mod add_goal;
pub mod app;
mod context;
mod goal_editor;
mod goal_list;
mod json_panel;
mod messages;
mod title_field;
mod toolbar;

pub use app::{App, AppProps};
pub use context::UiContext;
