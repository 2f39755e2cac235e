use super::context::UiContext;
use super::goal_list::GoalList;
use super::json_panel::JsonPanel;
use super::messages::Messages;
use super::title_field::TitleField;
use super::toolbar::Toolbar;
use crate::composer::{Action, Composer};
use crate::embed::bridge::Bridge;
use crate::i18n::{Lang, Text};
use crate::plan::{Edit, Plan};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Composer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Plans inside are shared snapshots, so this copy is shallow.
        let mut next = Rc::unwrap_or_clone(self);
        next.act(action);
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The plan to start from.
    pub plan: Rc<Plan>,
    pub lang: Lang,
    /// Unique prefix for element ids.
    pub prefix: Rc<str>,
    /// Link to the host page's API; absent in component tests.
    #[prop_or_default]
    pub bridge: Option<Bridge>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let (plan, lang) = (props.plan.clone(), props.lang);
        use_reducer(move || Composer::new(Plan::clone(&plan), lang))
    };
    let dispatcher = state.dispatcher();

    // The host page hears of every change and can send actions in.
    {
        let bridge = props.bridge.clone();
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            if let Some(bridge) = &bridge {
                bridge.connect(Callback::from(move |a| dispatcher.dispatch(a)));
            }
        });
    }
    {
        let bridge = props.bridge.clone();
        use_effect_with(
            (state.history.shared_plan(), state.lang),
            move |(plan, lang)| {
                if let Some(bridge) = &bridge {
                    bridge.publish(plan.clone(), *lang);
                }
            },
        );
    }

    let on_action = use_callback(dispatcher.clone(), |action: Action, d| d.dispatch(action));
    let on_edit = use_callback(dispatcher, |edit: Edit, d| d.dispatch(Action::Edit(edit)));

    let ui = UiContext {
        lang: state.lang,
        prefix: props.prefix.clone(),
    };
    let plan = state.history.shared_plan();
    html! {
        <ContextProvider<UiContext> context={ui.clone()}>
            <section class="pc-root" lang={state.lang.tag()}
                aria-label={ui.t(Text::WidgetName)}>
                <Toolbar can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                    on_action={on_action.clone()} />
                <Messages notices={state.notices.clone()} edit_error={state.edit_error.clone()}
                    import_errors={state.import_errors.clone()} on_action={on_action.clone()} />
                <TitleField title={plan.title.clone()} on_edit={on_edit.clone()}
                    on_action={on_action.clone()} />
                <GoalList goals={plan.goals.clone()} on_edit={on_edit} on_action={on_action} />
                <JsonPanel plan={plan} />
            </section>
        </ContextProvider<UiContext>>
    }
}
