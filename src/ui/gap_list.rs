use super::context::use_ui;
use crate::composer::Action;
use crate::plan::gaps::{gaps, FixAt};
use crate::plan::Plan;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GapListProps {
    pub plan: Rc<Plan>,
    pub on_action: Callback<Action>,
}

#[derive(Properties, PartialEq)]
struct GapLinkProps {
    fix: FixAt,
    label: AttrValue,
    on_action: Callback<Action>,
}

/// Opens the step where the gap is fixed and focuses the field that fixes it.
#[function_component(GapLink)]
fn gap_link(props: &GapLinkProps) -> Html {
    let onclick = use_callback(
        (props.fix.clone(), props.on_action.clone()),
        |_: MouseEvent, (fix, on_action)| on_action.emit(Action::Show(fix.clone())),
    );
    html! { <button type="button" class="pc-button pc-button-link" {onclick}>{props.label.clone()}</button> }
}

/// What the plan still lacks, each with a button that says what it fixes.
#[function_component(GapList)]
pub fn gap_list(props: &GapListProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let lang = ui.lang;
    let plan = &props.plan;
    let found = gaps(plan, ui.today);
    let heading = ui.dom_id("plan", "gaps");
    html! {
        <section class="pc-gaps" aria-labelledby={heading.clone()}>
            <h4 id={heading}>{w.gaps_heading}</h4>
            if found.is_empty() {
                <p class="pc-ok">{w.no_gaps}</p>
            } else {
                <ul class="pc-rows">
                    { for found.iter().map(|gap| {
                        let key = gap.key();
                        html! {
                            <li key={key.clone()} class="pc-gap" data-gap={key}>
                                <span>{lang.gap(plan, gap)}</span>
                                <GapLink fix={gap.fix_at(plan)} label={lang.gap_fix(plan, gap)}
                                    on_action={props.on_action.clone()} />
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
