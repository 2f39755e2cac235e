use super::context::use_ui;
use crate::composer::Action;
use crate::i18n::Text;
use crate::idle::{IdleState, IdleWatch};
use crate::plan::Plan;
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdleGuardProps {
    /// Quiet time before the warning, in seconds.
    pub limit_seconds: u32,
    /// Makes the empty plan the next person starts with.
    pub new_plan: Callback<(), Plan>,
    pub on_action: Callback<Action>,
}

/// For kiosks shared by strangers: after a quiet while, asks whether the
/// person is still there, then clears the plan so nothing lingers.
#[function_component(IdleGuard)]
pub fn idle_guard(props: &IdleGuardProps) -> Html {
    let ui = use_ui();
    let state = use_state(|| IdleState::InUse);
    let watch = use_mut_ref(|| {
        IdleWatch::new(f64::from(props.limit_seconds) * 1000.0, js_sys::Date::now())
    });
    {
        let (watch, state) = (watch.clone(), state.clone());
        let (new_plan, on_action) = (props.new_plan.clone(), props.on_action.clone());
        use_effect_with(props.limit_seconds, move |limit| {
            *watch.borrow_mut() = IdleWatch::new(f64::from(*limit) * 1000.0, js_sys::Date::now());
            let listeners: Vec<EventListener> = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    ["pointerdown", "keydown", "input", "wheel"]
                        .into_iter()
                        .map(|kind| {
                            let watch = watch.clone();
                            EventListener::new(&document, kind, move |_| {
                                watch.borrow_mut().activity(js_sys::Date::now())
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            let interval = Interval::new(1_000, move || {
                let now = js_sys::Date::now();
                let next = watch.borrow().state(now);
                if next == IdleState::Expired {
                    on_action.emit(Action::ClearForNextPerson(Box::new(new_plan.emit(()))));
                    watch.borrow_mut().activity(now);
                    state.set(IdleState::InUse);
                } else if *state != next {
                    state.set(next);
                }
            });
            move || {
                drop(interval);
                drop(listeners);
            }
        });
    }
    let still_here = use_callback(watch.clone(), |_: MouseEvent, watch| {
        watch.borrow_mut().activity(js_sys::Date::now())
    });
    let IdleState::Warning { seconds_left } = *state else {
        return html! {};
    };
    let heading = ui.dom_id("idle", "heading");
    html! {
        <div class="pc-idle" role="alertdialog" aria-modal="true" aria-labelledby={heading.clone()}>
            <div class="pc-idle-box">
                <h3 id={heading}>{ui.t(Text::StillThere)}</h3>
                <p>{ui.lang.idle_warning(seconds_left)}</p>
                <button type="button" class="pc-button pc-button-primary" onclick={still_here} autofocus=true>
                    {ui.t(Text::StillHere)}
                </button>
            </div>
        </div>
    }
}
