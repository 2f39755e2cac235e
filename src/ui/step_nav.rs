use super::context::use_ui;
use crate::composer::{Action, Step};
use crate::i18n::Text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub current: Step,
    pub on_action: Callback<Action>,
}

#[derive(Properties, PartialEq)]
struct StepButtonProps {
    step: Step,
    current: bool,
    on_action: Callback<Action>,
}

#[function_component(StepButton)]
fn step_button(props: &StepButtonProps) -> Html {
    let ui = use_ui();
    let onclick = use_callback(
        (props.step, props.on_action.clone()),
        |_: MouseEvent, (step, on_action)| on_action.emit(Action::GoTo(*step)),
    );
    let n = props.step.index() + 1;
    html! {
        <button type="button" class="pc-step-button" data-step={props.step.key()} {onclick}
            aria-current={props.current.then_some("step")}>
            <span class="pc-step-number" aria-hidden="true">{n}</span>
            <span class="pc-step-name">{step_name(&ui, props.step)}</span>
        </button>
    }
}

/// The name of a step in the person's language.
pub fn step_name(ui: &super::context::UiContext, step: Step) -> &'static str {
    let w = ui.lang.messages();
    match step {
        Step::Person => w.step_person,
        Step::Assessment => w.step_assessment,
        Step::Needs => w.step_needs,
        Step::Goals => w.step_goals,
        Step::Components => w.step_components,
        Step::Relapse => w.step_relapse,
        Step::Aftercare => w.step_aftercare,
        Step::Finish => w.step_finish,
    }
}

/// The guide's progress: every step by name, the current one marked, and
/// any step one press away.
#[function_component(StepNav)]
pub fn step_nav(props: &StepNavProps) -> Html {
    let ui = use_ui();
    let total = Step::ALL.len();
    let n = props.current.index() + 1;
    html! {
        <nav class="pc-steps" aria-label={ui.t(Text::Steps)}>
            <p class="pc-progress">
                {ui.lang.step_of(n, total)}
                <progress max={total.to_string()} value={n.to_string()} aria-hidden="true"></progress>
            </p>
            <ol>
                { for Step::ALL.iter().map(|step| html! {
                    <li key={step.key()}>
                        <StepButton step={*step} current={*step == props.current} on_action={props.on_action.clone()} />
                    </li>
                }) }
            </ol>
        </nav>
    }
}
