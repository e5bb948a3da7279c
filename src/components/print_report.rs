//! The printed report ("print / save as PDF"): the scenario's inputs, every figure, the
//! headline formulas with the user's numbers, the charts and the link back, compact enough
//! for two pages. Hidden on screen; in print it replaces the interactive sections.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::compare::{figures, section_names};
use super::cost_formulas::cost_formula_lines;
use super::formulas::{formula_lines, metric_label};
use super::value_formulas::{value_formula_lines, value_metric_label};
use super::winback_section::segment_name;
use super::ScenarioContext;
use crate::charts::qr::{qr_drawing, QrDrawing, QUIET_ZONE};
use crate::i18n::{cause_name, cost_label, count_label, value_label, Lang};
use crate::model::causes::Entry;
use crate::model::cost::{CostField, CostMetric};
use crate::model::period::Period;
use crate::model::retention::Metric;
use crate::state::value::{ValueField, ValueMetric};
use crate::state::winback::{SegmentField, WinbackField};
use crate::state::{evaluate_sections, Scenario, SectionsEvaluation};
use crate::web;

/// A label and what was typed, for the inputs' list.
fn typed(lang: Lang, label: &str, text: &str) -> Html {
    let colon = lang.texts().colon;
    html! { <li><span>{ label.to_string() }</span>{ colon }<strong>{ text.to_string() }</strong></li> }
}

/// Every input that holds something, section by section.
fn inputs(lang: Lang, scenario: &Scenario) -> Html {
    let t = lang.texts();
    let names = section_names(lang);
    let mut counts = vec![typed(
        lang,
        t.period,
        scenario
            .period
            .period()
            .and_then(|p| Period::ALL.iter().position(|x| *x == p))
            .map_or("—", |i| t.period_names[i]),
    )];
    counts.extend(
        scenario
            .counts_in_use()
            .into_iter()
            .map(|(f, text)| typed(lang, count_label(lang, f), text)),
    );
    let cost = CostField::ALL
        .into_iter()
        .filter(|f| scenario.cost_advanced || !f.is_advanced())
        .filter(|f| !scenario.cost_text(*f).trim().is_empty())
        .map(|f| typed(lang, cost_label(lang, f), scenario.cost_text(f)));
    let causes = &scenario.causes;
    let percent_sign = if causes.entry == Entry::Percent {
        "%"
    } else {
        ""
    };
    let cause_items = causes.keys().into_iter().map(|key| {
        let text = format!("{}{percent_sign}", causes.value_text(&key));
        typed(lang, &cause_name(lang, causes, &key), &text)
    });
    let w = &scenario.winback;
    let segments = w.segments.iter().map(|s| {
        let values: Vec<String> = SegmentField::ALL
            .into_iter()
            .zip(t.winback.segment_labels.iter())
            .map(|(f, label)| format!("{label} {}", s.text(f)))
            .collect();
        typed(
            lang,
            &segment_name(lang, s.lost_type, s.tier),
            &values.join(" · "),
        )
    });
    let shared = WinbackField::ALL
        .into_iter()
        .filter(|f| !w.shared[f.index()].trim().is_empty())
        .map(|f| {
            typed(
                lang,
                t.winback.shared_labels[f.index()],
                &w.shared[f.index()],
            )
        });
    let value = ValueField::ALL
        .into_iter()
        .filter(|f| !scenario.value_fields[f.index()].trim().is_empty())
        .map(|f| {
            typed(
                lang,
                value_label(lang, f),
                &scenario.value_fields[f.index()],
            )
        });
    html! {
        <div class="report-inputs">
            <div><h3>{ names[0] }</h3><ul>{ for counts }</ul></div>
            <div><h3>{ names[1] }</h3><ul>{ for cost }</ul></div>
            <div><h3>{ names[2] }</h3><ul>{ for cause_items }</ul></div>
            <div><h3>{ names[3] }</h3><ul>{ for segments }{ for shared }</ul></div>
            <div><h3>{ t.value.value_heading }</h3><ul>{ for value }</ul></div>
        </div>
    }
}

/// Every computable figure, grouped by section.
fn results(lang: Lang, e: &SectionsEvaluation) -> Html {
    let names = section_names(lang);
    let all = figures(lang, e);
    let groups = (0..names.len()).map(|g| {
        let items = all
            .iter()
            .filter(|f| f.group == g)
            .filter_map(|f| f.value.map(|v| (f, f.format.show(lang, e, v))))
            .map(|(f, shown)| {
                html! { <li data-report={f.name}><span>{ f.label }</span>{ " " }<strong>{ shown }</strong></li> }
            });
        html! { <div><h3>{ names[g] }</h3><ul>{ for items }</ul></div> }
    });
    html! { <div class="report-results">{ for groups }</div> }
}

/// The headline figures' formulas with the user's numbers.
fn formulas(lang: Lang, scenario: &Scenario, e: &SectionsEvaluation) -> Html {
    let period = scenario.period.period();
    let report = &e.retention.report;
    let blocks = [
        (
            metric_label(lang, Metric::ChurnRate).to_string(),
            formula_lines(lang, Metric::ChurnRate, report, scenario.known, period),
        ),
        (
            super::cost_formulas::cost_metric_label(lang, CostMetric::ChurnBurn).to_string(),
            cost_formula_lines(lang, CostMetric::ChurnBurn, &e.cost),
        ),
        (
            value_metric_label(lang, ValueMetric::CeilingCustomers).to_string(),
            value_formula_lines(lang, ValueMetric::CeilingCustomers, &e.value),
        ),
        (
            value_metric_label(lang, ValueMetric::ClvEndOfPeriod).to_string(),
            value_formula_lines(lang, ValueMetric::ClvEndOfPeriod, &e.value),
        ),
    ];
    let items = blocks.into_iter().map(|(label, lines)| {
        html! {
            <div>
                <h3>{ label }</h3>
                <ol>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ol>
            </div>
        }
    });
    html! { <div class="report-formulas">{ for items }</div> }
}

/// How long the scenario must stay unchanged before the report follows it (ms): the
/// report is for printing, so it is not rebuilt on every keystroke.
const REPORT_DELAY_MS: u32 = 400;

/// The report, hidden on screen and shown in print. It follows the scenario once typing
/// pauses, so printing (or Ctrl+P) a moment after the last keystroke prints what is on
/// screen, and typing pays nothing for it.
#[function_component]
pub fn PrintReport() -> Html {
    let snapshot = use_state(|| None::<Rc<(Scenario, SectionsEvaluation)>>);
    let context = use_context::<ScenarioContext>();
    {
        let snapshot = snapshot.clone();
        let scenario = context.as_ref().map(|c| (**c).clone());
        use_effect_with(scenario, move |scenario| {
            let scenario = scenario.clone();
            let pending = Timeout::new(REPORT_DELAY_MS, move || {
                if let Some(s) = scenario {
                    let evaluation = evaluate_sections(&s);
                    snapshot.set(Some(Rc::new((s, evaluation))));
                }
            });
            move || drop(pending)
        });
    }
    let Some(shown) = (*snapshot).clone() else {
        return html! { <div class="print-report" aria-hidden="true"><div class="print-charts"></div></div> };
    };
    let (scenario, evaluation) = (&shown.0, &shown.1);
    let lang = scenario.lang;
    let t = lang.texts();
    let p = &t.print;
    let link = web::link_for(scenario).unwrap_or_default();
    let qr = qr_drawing(&link).map(|QrDrawing { size, path }| {
        let side = size + 2 * QUIET_ZONE;
        html! {
            <svg class="report-qr" viewBox={format!("0 0 {side} {side}")} aria-hidden="true" shape-rendering="crispEdges">
                <rect width={side.to_string()} height={side.to_string()} fill="#ffffff" />
                <path d={path} fill="#000000" />
            </svg>
        }
    });
    html! {
        <div class="print-report" aria-hidden="true" data-report="print">
            <div class="report-link">
                { for qr }
                <p>{ p.reopen }<br /><span class="report-url">{ link }</span></p>
            </div>
            <h2>{ p.inputs }</h2>
            { inputs(lang, scenario) }
            <h2>{ p.results }</h2>
            { results(lang, evaluation) }
            <h2>{ p.formulas }</h2>
            { formulas(lang, scenario, evaluation) }
            <h2>{ p.charts }</h2>
            // Filled with pictures of the page's charts just before printing
            // (web::copy_charts_for_print): a canvas does not print at another size.
            <div class="print-charts"></div>
        </div>
    }
}
