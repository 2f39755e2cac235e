use super::add_goal::AddGoal;
use super::context::{use_ui, CatalogRef};
use super::goal_editor::GoalEditor;
use super::step_props::{Choices, StepProps};
use super::template_picker::TemplatePicker;
use crate::i18n::Lang;
use crate::plan::edit::TextList;
use crate::plan::smart::{coach, SmartReport};
use crate::plan::target::CATEGORIES;
use crate::plan::{Goal, PlanDate};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// The SMART reports of the goals as last shown, by goal pointer. The plan
/// shares an unchanged goal between snapshots (`Rc<Goal>`), so a keystroke
/// in one goal makes a new pointer for that goal only, and only it is
/// coached again. The coach also reads which needs exist and the
/// language's templates and today's date: a change there coaches every goal.
#[derive(Default)]
struct ReportMemo {
    need_ids: Vec<String>,
    lang: Option<Lang>,
    catalog: Option<CatalogRef>,
    /// "Time-bound" reads the date: a new day coaches every goal again.
    today: Option<PlanDate>,
    /// Keyed by `Rc::as_ptr`. The entry holds the `Rc`, so while it lives
    /// no other goal can be given that address.
    reports: HashMap<*const Goal, (Rc<Goal>, SmartReport)>,
}

/// Step 4: the person's goals, each coached toward SMART as it is typed.
#[function_component(GoalsStep)]
pub fn goals_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let plan = &props.plan;
    let lang = ui.lang;
    let untitled = |text: &str, fallback: String| {
        if text.trim().is_empty() {
            fallback
        } else {
            text.to_owned()
        }
    };
    // Lists to link to, rebuilt only when what they show changed.
    let needs: Choices = {
        let list: Vec<(String, String)> = plan
            .needs
            .iter()
            .enumerate()
            .map(|(i, n)| {
                (
                    n.id.clone(),
                    untitled(&n.statement, lang.numbered(lang.words().need, i + 1)),
                )
            })
            .collect();
        use_memo(list, |list| list.clone())
    };
    let strengths: Choices = {
        let list: Vec<(String, String)> = plan
            .person
            .strengths
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let title = lang.words().text_list(TextList::Strengths);
                (s.id.clone(), untitled(&s.text, lang.numbered(title, i + 1)))
            })
            .collect();
        use_memo(list, |list| list.clone())
    };
    // The catalog's entries not in the plan yet, by category: an
    // objective can add one and name it at once.
    let addable: Choices = {
        let list: Vec<(String, String)> = CATEGORIES
            .iter()
            .flat_map(|c| ui.catalog.entries_in(*c))
            .filter(|e| !plan.components.iter().any(|c| c.catalog_id == e.id))
            .map(|e| (e.id.clone(), e.name.get(lang).to_owned()))
            .collect();
        use_memo(list, |list| list.clone())
    };
    let components: Choices = {
        let list: Vec<(String, String)> = plan
            .components
            .iter()
            .map(|c| (c.id.clone(), untitled(&c.name, c.catalog_id.clone())))
            .collect();
        use_memo(list, |list| list.clone())
    };
    // Each service as shown under the goals it serves: name, how often, who.
    let services: Choices = {
        let list: Vec<(String, String)> = plan
            .components
            .iter()
            .map(|c| {
                let parts = [c.name.trim(), c.frequency.trim(), c.responsible.trim()];
                let shown: Vec<&str> = parts.into_iter().filter(|p| !p.is_empty()).collect();
                (c.id.clone(), shown.join(" · "))
            })
            .collect();
        use_memo(list, |list| list.clone())
    };
    let contributors: Choices = {
        let list: Vec<(String, String)> = plan
            .contributors
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    untitled(&c.name, lang.words().role(c.role).to_owned()),
                )
            })
            .collect();
        use_memo(list, |list| list.clone())
    };
    // Past reviews, for each goal's progress over time (the same Rc while
    // they are unchanged).
    let history = use_memo(plan.review.history.clone(), |history| history.clone());
    let memo = use_mut_ref(ReportMemo::default);
    let reports: Vec<SmartReport> = {
        let mut memo = memo.borrow_mut();
        let need_ids: Vec<String> = plan.needs.iter().map(|n| n.id.clone()).collect();
        if memo.need_ids != need_ids
            || memo.lang != Some(lang)
            || memo.catalog.as_ref() != Some(&ui.catalog)
            || memo.today != ui.today
        {
            memo.reports.clear();
            memo.need_ids = need_ids;
            memo.lang = Some(lang);
            memo.catalog = Some(ui.catalog.clone());
            memo.today = ui.today;
        }
        let mut templates = None;
        let mut kept = HashMap::with_capacity(plan.goals.len());
        let reports = plan
            .goals
            .iter()
            .map(|goal| {
                let report = match memo.reports.remove(&Rc::as_ptr(goal)) {
                    Some((_, report)) => report,
                    None => {
                        let templates =
                            templates.get_or_insert_with(|| ui.catalog.template_texts(lang));
                        coach(plan, goal, ui.today, templates)
                    }
                };
                kept.insert(Rc::as_ptr(goal), (Rc::clone(goal), report));
                report
            })
            .collect();
        memo.reports = kept;
        reports
    };
    html! {
        <>
            <p class="pc-hint">{w.goals_intro}</p>
            if plan.goals.is_empty() {
                <p class="pc-empty">{w.no_goals_yet}</p>
            }
            <ol class="pc-goals">
                { for plan.goals.iter().zip(reports).enumerate().map(|(i, (goal, report))| html! {
                    <GoalEditor key={goal.id.clone()} goal={Rc::clone(goal)} number={i + 1}
                        report={report}
                        needs={Rc::clone(&needs)} strengths={Rc::clone(&strengths)}
                        components={Rc::clone(&components)} addable={Rc::clone(&addable)}
                        services={Rc::clone(&services)}
                        contributors={Rc::clone(&contributors)}
                        history={Rc::clone(&history)}
                        on_edit={props.on_edit.clone()} on_action={props.on_action.clone()} />
                }) }
            </ol>
            <AddGoal on_edit={props.on_edit.clone()} />
            <TemplatePicker on_edit={props.on_edit.clone()} />
        </>
    }
}
