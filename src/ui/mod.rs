//! The view: Yew components that show the composer's state and send named
//! actions up. No plan rules live here.

mod action_button;
mod add_goal;
pub(crate) mod aftercare_step;
pub mod app;
pub(crate) mod assessment_step;
mod check_field;
mod choice_field;
mod clear_draft;
mod component_editor;
pub(crate) mod components_step;
mod context;
mod date_field;
mod edit_button;
mod export_panel;
pub(crate) mod finish_step;
mod gap_list;
mod goal_editor;
pub(crate) mod goals_step;
mod idle_guard;
mod json_panel;
mod messages;
pub(crate) mod needs_step;
mod number_field;
mod objective_editor;
mod open_file;
pub(crate) mod person_step;
pub(crate) mod relapse_step;
pub(crate) mod review_panel;
mod row_list;
mod signature_form;
mod smart_feedback;
mod start_review;
mod step_footer;
mod step_nav;
mod step_props;
pub(crate) mod teaching_panel;
mod template_picker;
mod text_field;
mod text_list;
mod toolbar;
mod why_note;

pub use app::{App, AppProps};
pub use context::UiContext;
