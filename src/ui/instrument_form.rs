use super::context::{use_ui, Instruments};
use super::safety_note::safety_note;
use crate::plan::instrument::{self, Instrument};
use crate::plan::{Answer, CrisisLine, Measurement};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InstrumentFormProps {
    /// The instrument's id in the instruments in use.
    pub instrument: AttrValue,
    /// The plan's crisis lines, shown when an answer asks for them.
    pub crisis_lines: Rc<Vec<CrisisLine>>,
    pub on_record: Callback<Measurement>,
    pub on_cancel: Callback<()>,
}

/// One instrument, worded as published: each item a group of radio
/// buttons. Scoring and the safety rule are plan::instrument's.
#[function_component(InstrumentForm)]
pub fn instrument_form(props: &InstrumentFormProps) -> Html {
    let ui = use_ui();
    let m = ui.lang.words();
    let answers = use_state(Vec::<Answer>::new);
    let problem = use_state(|| None::<String>);
    let found: Option<Rc<Instrument>> = match &ui.instruments {
        Instruments::Ready(set) => set.get(&props.instrument).cloned().map(Rc::new),
        _ => None,
    };
    // One handler for every radio button: the input names its item.
    let onchange = use_callback(answers.clone(), |e: Event, answers| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let (Some(item), Ok(value)) = (input.get_attribute("data-item"), input.value().parse())
        else {
            return;
        };
        let mut next: Vec<Answer> = (**answers).clone();
        next.retain(|a| a.item != item);
        next.push(Answer { item, value });
        answers.set(next);
    });
    let onsubmit = use_callback(
        (
            answers.clone(),
            found.clone(),
            ui.today,
            ui.lang,
            props.on_record.clone(),
            problem.clone(),
        ),
        |e: SubmitEvent, (answers, found, today, lang, on_record, problem)| {
            e.prevent_default();
            let (Some(instrument), Some(today)) = (found.as_deref(), today) else {
                return;
            };
            // In the instrument's order, whatever order they were answered in.
            let ordered: Vec<Answer> = instrument
                .items
                .iter()
                .filter_map(|i| answers.iter().find(|a| a.item == i.id).cloned())
                .collect();
            match instrument::measure(instrument, *today, ordered, *lang) {
                Ok(measurement) => {
                    problem.set(None);
                    on_record.emit(measurement);
                }
                Err(message) => problem.set(Some(message)),
            }
        },
    );
    let on_cancel = use_callback(props.on_cancel.clone(), |_: MouseEvent, cancel| {
        cancel.emit(())
    });
    let Some(instrument) = found else {
        return html! {};
    };
    let safety = instrument::needs_safety_note(&instrument, &answers);
    let id = |part: &str| ui.dom_id(&instrument.id, part);
    html! {
        <form class="pc-instrument" onchange={onchange} {onsubmit} aria-labelledby={id("title")}>
            <h5 id={id("title")}>{instrument.title.get(ui.lang)}</h5>
            <p>{instrument.instructions.get(ui.lang)}</p>
            <ol class="pc-instrument-items">
                { for instrument.items.iter().enumerate().map(|(n, item)| {
                    let chosen = answers.iter().find(|a| a.item == item.id).map(|a| a.value);
                    let options = instrument.scale(&item.scale).map(|s| s.options.as_slice()).unwrap_or_default();
                    html! {
                        <li key={item.id.clone()}>
                            <fieldset class="pc-instrument-item">
                                // The number in the legend, so a screen reader and
                                // the "question 9 has no answer" message agree.
                                <legend>{format!("{}. {}", n + 1, item.text.get(ui.lang))}</legend>
                                { for options.iter().map(|o| {
                                    let input_id = id(&format!("{}-{}", item.id, o.value));
                                    html! {
                                        <label key={o.value} for={input_id.clone()} class="pc-radio">
                                            <input type="radio" id={input_id} name={id(&item.id)}
                                                data-item={item.id.clone()} value={o.value.to_string()}
                                                checked={chosen == Some(o.value)} />
                                            {o.label.get(ui.lang)}
                                        </label>
                                    }
                                }) }
                            </fieldset>
                        </li>
                    }
                }) }
            </ol>
            if safety {
                { safety_note(m, &props.crisis_lines) }
            }
            <p class="pc-form-problem" role="alert">
                if let Some(problem) = &*problem { {format!("{} {problem}", m.answer_every_item)} }
            </p>
            <div class="pc-actions">
                <button type="submit" class="pc-button pc-button-primary">{m.record_answers}</button>
                <button type="button" class="pc-button" onclick={on_cancel}>{m.cancel_questionnaire}</button>
            </div>
        </form>
    }
}
