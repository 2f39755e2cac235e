use super::context::{use_ui, Instruments};
use super::edit_button::EditButton;
use super::instrument_form::InstrumentForm;
use super::safety_note::safety_note;
use crate::composer::Action;
use crate::export::print::measures_html;
use crate::plan::instrument::needs_safety_note;
use crate::plan::{Edit, Measurement, Plan, ScoreTarget};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeasuresPanelProps {
    pub plan: Rc<Plan>,
    pub on_action: Callback<Action>,
}

/// Standard instruments: take one (scored on the device), and see every
/// result over time as the printout shows it (a chart and a table).
#[function_component(MeasuresPanel)]
pub fn measures_panel(props: &MeasuresPanelProps) -> Html {
    let ui = use_ui();
    let m = ui.lang.words();
    let chosen = use_state(|| None::<String>);
    let taking = use_state(|| None::<AttrValue>);
    // The last result asked for the crisis lines: they stay in view.
    let safety_after = use_state(|| false);
    let plan = &props.plan;
    let targets: Vec<ScoreTarget> = plan
        .goals
        .iter()
        .filter_map(|g| g.score_target.clone())
        .collect();
    let results = use_memo(
        (plan.measurements.clone(), targets, ui.lang),
        |(measurements, targets, lang)| {
            let targets: Vec<&ScoreTarget> = targets.iter().collect();
            AttrValue::from(measures_html(measurements, &targets, *lang))
        },
    );
    let crisis_lines = use_memo(plan.relapse_prevention.crisis_lines.clone(), |lines| {
        lines.clone()
    });
    let on_choose = use_callback(chosen.setter(), |e: Event, chosen| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        chosen.set((!value.is_empty()).then_some(value));
    });
    let first = match &ui.instruments {
        Instruments::Ready(set) => set.instruments.first().map(|i| i.id.clone()),
        _ => None,
    };
    let on_start = use_callback(
        ((*chosen).clone().or(first), taking.setter()),
        |_: MouseEvent, (chosen, taking)| {
            taking.set(chosen.clone().map(AttrValue::from));
        },
    );
    let on_record = use_callback(
        (
            props.on_action.clone(),
            taking.setter(),
            safety_after.setter(),
            ui.instruments.clone(),
        ),
        |measurement: Measurement, (on_action, taking, safety_after, instruments)| {
            let asks = match instruments {
                Instruments::Ready(set) => set
                    .get(&measurement.instrument)
                    .is_some_and(|i| needs_safety_note(i, &measurement.answers)),
                _ => false,
            };
            safety_after.set(asks);
            taking.set(None);
            on_action.emit(Action::Edit(Edit::AddMeasurement(measurement)));
        },
    );
    let on_cancel = use_callback(taking.setter(), |(), taking| taking.set(None));
    let on_edit = use_callback(props.on_action.clone(), |edit: Edit, on_action| {
        on_action.emit(Action::Edit(edit))
    });
    let id = |part: &str| ui.dom_id("measures", part);
    html! {
        <section class="pc-measures" aria-labelledby={id("heading")}>
            <h4 id={id("heading")}>{m.measures}</h4>
            <p class="pc-hint">{m.measures_hint}</p>
            if *safety_after {
                { safety_note(m, &crisis_lines) }
            }
            { match &ui.instruments {
                Instruments::Loading => html! { <p class="pc-muted">{m.measures_loading}</p> },
                Instruments::Failed => html! { <p class="pc-muted">{m.measures_unavailable}</p> },
                Instruments::Ready(set) => if let Some(instrument) = (*taking).clone() {
                    html! {
                        <InstrumentForm key={instrument.to_string()} instrument={instrument.clone()} crisis_lines={crisis_lines.clone()}
                            {on_record} {on_cancel} />
                    }
                } else {
                    html! {
                        <div class="pc-add">
                            <div class="pc-field pc-field-choice">
                                <label for={id("choose")}>{m.take_questionnaire}</label>
                                // The names are data with their own translations
                                // (catalog/instruments.json), not messages.
                                <select id={id("choose")} class="pc-select" onchange={on_choose} data-words="instruments">
                                    { for set.instruments.iter().map(|i| html! {
                                        <option key={i.id.clone()} value={i.id.clone()}
                                            selected={chosen.as_deref() == Some(i.id.as_str())}>
                                            {format!("{} — {}", i.name.get(ui.lang), i.title.get(ui.lang))}
                                        </option>
                                    }) }
                                </select>
                            </div>
                            <button type="button" class="pc-button" onclick={on_start}>{m.start_questionnaire}</button>
                        </div>
                    }
                },
            } }
            if plan.measurements.is_empty() {
                <p class="pc-muted">{m.no_measures_yet}</p>
            } else {
                <div class="pc-measure-results">{Html::from_html_unchecked((*results).clone())}</div>
                <ul class="pc-measure-list">
                    { for plan.measurements.iter().map(|x| {
                        let scores: Vec<String> = x.scores.iter()
                            .map(|s| format!("{} {}", s.name, m.score_of(&s.max, &s.value)))
                            .collect();
                        let words = m.measurement_taken(&x.date, &x.name, &scores.join(", "));
                        html! {
                            <li key={x.id.clone()}>
                                {words.clone()}
                                <EditButton edit={Edit::RemoveMeasurement { id: x.id.clone() }}
                                    label={m.remove_measurement}
                                    aria_label={ui.lang.named(m.remove_measurement, &words)} quiet=true
                                    on_edit={on_edit.clone()} />
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
