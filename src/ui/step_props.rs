use crate::composer::Action;
use crate::plan::{Edit, Plan};
use std::rc::Rc;
use yew::prelude::*;

/// What every step view gets: the plan snapshot and the two ways to change it.
#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub plan: Rc<Plan>,
    pub on_edit: Callback<Edit>,
    pub on_action: Callback<Action>,
}

/// Items a field can point at, as (id, words shown) pairs, shared so that
/// unchanged lists compare equal cheaply.
pub type Choices = Rc<Vec<(String, String)>>;
