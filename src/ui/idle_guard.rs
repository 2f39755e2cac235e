use super::context::use_ui;
use crate::idle::{IdleState, IdleWatch};
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdleGuardProps {
    /// Quiet time before the warning, in seconds.
    pub limit_seconds: u32,
    /// Time is up: clear everything for the next person.
    pub on_expired: Callback<()>,
    /// The warning shows (true) or is gone (false): the plan behind it is
    /// hidden and out of reach meanwhile.
    pub on_warning: Callback<bool>,
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
        let on_expired = props.on_expired.clone();
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
                    on_expired.emit(());
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
    let warning = matches!(*state, IdleState::Warning { .. });
    let button = use_node_ref();
    // The warning takes focus when it shows, and the plan behind it is
    // hidden from then until it is answered.
    {
        let (button, on_warning) = (button.clone(), props.on_warning.clone());
        use_effect_with(warning, move |warning| {
            on_warning.emit(*warning);
            if let Some(button) = button.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let still_here = use_callback(watch.clone(), |_: MouseEvent, watch| {
        watch.borrow_mut().activity(js_sys::Date::now())
    });
    // Its one button is the only place for focus: Tab stays on it.
    let keep_focus = use_callback(button.clone(), |e: KeyboardEvent, button| {
        if e.key() == "Tab" {
            e.prevent_default();
            if let Some(button) = button.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        }
    });
    let IdleState::Warning { seconds_left } = *state else {
        return html! {};
    };
    let w = ui.lang.words();
    let heading = ui.dom_id("idle", "heading");
    let text = ui.dom_id("idle", "text");
    html! {
        <div class="pc-idle" role="alertdialog" aria-modal="true" aria-labelledby={heading.clone()}
            aria-describedby={text.clone()} onkeydown={keep_focus}>
            <div class="pc-idle-box">
                <h3 id={heading}>{w.still_there}</h3>
                <p id={text}>{ui.lang.idle_warning(seconds_left)}</p>
                <button type="button" class="pc-button pc-button-primary" onclick={still_here} ref={button}>
                    {w.still_here}
                </button>
            </div>
        </div>
    }
}
