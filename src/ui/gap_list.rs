use super::context::use_ui;
use crate::composer::{Action, Step};
use crate::i18n::Text;
use crate::plan::gaps::{gaps, Gap};
use crate::plan::Plan;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GapListProps {
    pub plan: Rc<Plan>,
    pub on_action: Callback<Action>,
}

/// The step where a gap is fixed.
fn step_of(gap: &Gap) -> Step {
    match gap {
        Gap::NeedWithoutGoal { .. }
        | Gap::GoalWithoutNeed { .. }
        | Gap::GoalWithoutObjective { .. }
        | Gap::GoalWithoutIntervention { .. } => Step::Goals,
        Gap::ComponentServesNoGoal { .. } => Step::Components,
        Gap::NoReviewDate => Step::Aftercare,
    }
}

#[derive(Properties, PartialEq)]
struct GapLinkProps {
    step: Step,
    item: Option<String>,
    label: AttrValue,
    on_action: Callback<Action>,
}

#[function_component(GapLink)]
fn gap_link(props: &GapLinkProps) -> Html {
    let onclick = use_callback(
        (props.step, props.item.clone(), props.on_action.clone()),
        |_: MouseEvent, (step, item, on_action)| {
            on_action.emit(Action::Show {
                step: *step,
                item: item.clone(),
            })
        },
    );
    html! { <button type="button" class="pc-button pc-button-link" {onclick}>{props.label.clone()}</button> }
}

/// What does not hang together yet, each with a way to go and fix it.
#[function_component(GapList)]
pub fn gap_list(props: &GapListProps) -> Html {
    let ui = use_ui();
    let lang = ui.lang;
    let found = gaps(&props.plan);
    let heading = ui.dom_id("plan", "gaps");
    html! {
        <section class="pc-gaps" aria-labelledby={heading.clone()}>
            <h4 id={heading}>{ui.t(Text::GapsHeading)}</h4>
            if found.is_empty() {
                <p class="pc-ok">{ui.t(Text::NoGaps)}</p>
            } else {
                <ul class="pc-rows">
                    { for found.iter().map(|gap| {
                        let words = lang.gap(&props.plan, gap);
                        html! {
                            <li key={format!("{gap:?}")} class="pc-gap">
                                <span>{words.clone()}</span>
                                <GapLink step={step_of(gap)} item={gap.item_id().map(str::to_owned)}
                                    label={ui.t(Text::FixThis)} on_action={props.on_action.clone()} />
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
