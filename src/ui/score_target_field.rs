use super::context::{use_ui, Instruments};
use crate::plan::{Comparator, Direction, Edit, ScoreTarget};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreTargetFieldProps {
    pub goal: AttrValue,
    pub target: Option<ScoreTarget>,
    /// "Goal 1", for the labels.
    pub name: AttrValue,
    pub on_edit: Callback<Edit>,
}

/// A goal measured by an instrument's score ("PHQ-9 Total score below
/// 10"): which score and the number, as the team agrees; compared the way
/// the score is better (below for PHQ-9, at least for confidence).
#[function_component(ScoreTargetField)]
pub fn score_target_field(props: &ScoreTargetFieldProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let Instruments::Ready(set) = &ui.instruments else {
        return html! {};
    };
    // Every score of every instrument, as "instrument/score".
    let scores: Vec<(String, String, ScoreTarget)> = set
        .instruments
        .iter()
        .flat_map(|i| {
            i.scores.iter().map(move |s| {
                let name = format!("{} {}", i.name.get(ui.lang), s.name.get(ui.lang));
                let max: u32 = s
                    .items
                    .iter()
                    .filter_map(|id| i.item(id))
                    .filter_map(|item| i.scale(&item.scale))
                    .filter_map(|scale| scale.options.iter().map(|o| u32::from(o.value)).max())
                    .sum();
                // Only a start: the team sets the number.
                let (comparator, value) = match s.better {
                    Direction::Lower => (
                        Comparator::Below,
                        s.bands.get(1).map_or(max / 2, |b| b.from),
                    ),
                    Direction::Higher => (Comparator::AtLeast, max.div_ceil(2)),
                };
                (
                    format!("{}/{}", i.id, s.id),
                    name.clone(),
                    ScoreTarget {
                        instrument: i.id.clone(),
                        score: s.id.clone(),
                        name,
                        comparator,
                        value,
                    },
                )
            })
        })
        .collect();
    let key = props
        .target
        .as_ref()
        .map(|t| format!("{}/{}", t.instrument, t.score));
    let choices: Vec<(String, ScoreTarget)> = scores
        .iter()
        .map(|(k, _, t)| (k.clone(), t.clone()))
        .collect();
    let on_score = use_callback(
        (props.goal.clone(), choices, props.on_edit.clone()),
        |e: Event, (goal, choices, on_edit)| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let target = choices
                .iter()
                .find(|(k, _)| *k == value)
                .map(|(_, t)| t.clone());
            on_edit.emit(Edit::SetScoreTarget {
                goal: goal.to_string(),
                target,
            });
        },
    );
    let deps = (
        props.goal.clone(),
        props.target.clone(),
        props.on_edit.clone(),
    );
    let on_value = use_callback(deps, |e: Event, (goal, target, on_edit)| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        if let (Some(mut target), Ok(n)) = (target.clone(), value.trim().parse()) {
            target.value = n;
            on_edit.emit(Edit::SetScoreTarget {
                goal: goal.to_string(),
                target: Some(target),
            });
        }
    });
    let id = |part: &str| ui.dom_id(&props.goal, part);
    html! {
        <div class="pc-row pc-score-target">
            <div class="pc-field pc-field-choice">
                <label for={id("score")}>{ui.lang.named(w.score_target, &props.name)}</label>
                <select id={id("score")} class="pc-select" onchange={on_score}>
                    <option value="" selected={key.is_none()}>{w.score_target_none}</option>
                    { for scores.iter().map(|(k, name, _)| html! {
                        <option key={k.clone()} value={k.clone()} selected={key.as_deref() == Some(k.as_str())}>{name.clone()}</option>
                    }) }
                </select>
            </div>
            if let Some(target) = &props.target {
                <div class="pc-field">
                    // Compared the way the score is better: below for
                    // PHQ-9, at least for confidence.
                    <label for={id("score-value")}>{match target.comparator {
                        Comparator::Below => w.score_target_below,
                        Comparator::AtLeast => w.score_target_at_least,
                    }}</label>
                    <input id={id("score-value")} class="pc-input" type="number" min="0" inputmode="numeric"
                        value={target.value.to_string()} onchange={on_value} />
                </div>
            }
        </div>
    }
}
