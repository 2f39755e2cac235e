use super::context::use_ui;
use crate::composer::{Action, Step, Teaching};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeachingPanelProps {
    pub step: Step,
    pub teaching: Teaching,
    pub on_action: Callback<Action>,
}

/// Educator mode, above every step of a synthetic case: says it is an
/// example to read, why this step matters (and what that rests on), and
/// offers the SMART view and an editable copy.
#[function_component(TeachingPanel)]
pub fn teaching_panel(props: &TeachingPanelProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let shown = props.teaching.smart_view;
    let on_smart = use_callback(
        (props.on_action.clone(), shown),
        |_: MouseEvent, (a, shown)| a.emit(Action::ShowSmartView(!*shown)),
    );
    let on_copy = use_callback(props.on_action.clone(), |_: MouseEvent, a| {
        a.emit(Action::MakeEditableCopy {
            id: crate::embed::new_plan_id(),
        })
    });
    let note = ui
        .teaching
        .as_ref()
        .and_then(|t| t.notes.for_step(props.step, ui.lang));
    html! {
        <section class="pc-teaching" role="note" aria-label={w.educator_banner}>
            <p class="pc-teaching-title"><strong>{w.educator_banner}</strong></p>
            <p class="pc-hint">{w.educator_hint}</p>
            if let Some(note) = note {
                <super::why_note::WhyNote why={note.why.to_owned()} basis={note.basis.to_owned()} />
            }
            <div class="pc-row">
                <button type="button" class="pc-button" aria-pressed={shown.to_string()} onclick={on_smart}>
                    {w.show_smart_view}
                </button>
                <button type="button" class="pc-button pc-button-primary" data-editable-copy="" onclick={on_copy}>
                    {w.make_editable_copy}
                </button>
            </div>
        </section>
    }
}
