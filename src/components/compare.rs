//! Side by side: two scenarios (this one, a saved one, a preset), every figure of each
//! with the difference, and their leaky buckets overlaid on one chart.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::chart::{Chart, ChartData};
use super::cost_formulas::{cost_display, cost_metric_label};
use super::formulas::{display, metric_label};
use super::value_formulas::{value_display, value_metric_label, VALUE_METRICS};
use super::value_sections::period_name;
use super::ScenarioContext;
use crate::charts::projection::ProjectionSeries;
use crate::i18n::format::{amount, count, percent, quantity, ratio};
use crate::i18n::{fill, Lang};
use crate::model::cost::CostMetric;
use crate::model::retention::Metric;
use crate::model::winback::BreakEven;
use crate::state::presets::PRESETS;
use crate::state::storage::{decode, Loaded, Saved, STORAGE_KEY};
use crate::state::value::ValueMetric;
use crate::state::{evaluate_sections, with_improved_churn, Scenario, SectionsEvaluation};
use crate::web;

/// The cost figures compared (the four advanced ones only mean something while their
/// parameters are on, and are compared then too).
const COST_METRICS: [CostMetric; 13] = [
    CostMetric::Cac,
    CostMetric::Crc,
    CostMetric::CostRatio,
    CostMetric::ReplacementCost,
    CostMetric::KeepCost,
    CostMetric::ChurnBurn,
    CostMetric::RefillSpend,
    CostMetric::RefillShare,
    CostMetric::BreakEvenRetentionSpend,
    CostMetric::ReferralsLost,
    CostMetric::ReferralsLostValue,
    CostMetric::WomCustomersLost,
    CostMetric::WomValue,
];

/// How a compared figure is shown: as its section shows it, or in a plain format.
#[derive(Clone, Copy)]
pub(super) enum Format {
    Retention(Metric),
    Cost(CostMetric),
    Value(ValueMetric),
    Count,
    Percent,
    Amount,
    Quantity,
    Ratio,
}

impl Format {
    /// `value` as the page shows it.
    pub(super) fn show(self, lang: Lang, e: &SectionsEvaluation, value: f64) -> String {
        match self {
            Format::Retention(m) => display(m, value),
            Format::Cost(m) => cost_display(m, value),
            Format::Value(m) => value_display(lang, m, value, &e.value),
            Format::Count => count(value),
            Format::Percent => percent(value),
            Format::Amount => amount(value),
            Format::Quantity => quantity(value),
            Format::Ratio => ratio(value),
        }
    }

    /// True for a fraction shown as a percentage: its differences are in points.
    fn is_rate(self) -> bool {
        match self {
            Format::Retention(m) => {
                !matches!(m, Metric::Lost | Metric::Retained | Metric::AvgLifetime)
            }
            Format::Cost(m) => m == CostMetric::RefillShare,
            Format::Percent => true,
            _ => false,
        }
    }
}

/// One compared figure of one scenario: its contract name, label, value in base units
/// (`None`: not computable) and format.
pub(super) struct Figure {
    /// The section it belongs to, in page order (0 retention … 5 customer value).
    pub group: usize,
    pub name: &'static str,
    pub label: &'static str,
    pub value: Option<f64>,
    pub format: Format,
}

/// Every figure with a fixed contract name, in page order, for one scenario (per-cause
/// and per-segment figures differ between scenarios and are left to the sections).
pub(super) fn figures(lang: Lang, e: &SectionsEvaluation) -> Vec<Figure> {
    let t = lang.texts();
    let mut out = Vec::new();
    let mut group = 0;
    let mut push = |name, label, value: Option<f64>, format| {
        // The sections start at these figures.
        group = match name {
            "cac" => 1,
            "pareto_80_count" => 2,
            "winback_won" => 3,
            "ceiling_customers" => 4,
            "clv_simple" => 5,
            _ => group,
        };
        out.push(Figure {
            group,
            name,
            label,
            value,
            format,
        });
    };
    for m in Metric::ALL {
        push(
            m.key(),
            metric_label(lang, m),
            e.retention.report.get(m).ok(),
            Format::Retention(m),
        );
    }
    for m in COST_METRICS {
        push(
            m.key(),
            cost_metric_label(lang, m),
            e.cost.get(m).ok(),
            Format::Cost(m),
        );
    }
    let c = &t.causes;
    let r = &e.causes.report;
    push(
        "pareto_80_count",
        c.result_labels[0],
        r.pareto_80_count.ok(),
        Format::Count,
    );
    push(
        "controllable_share",
        c.result_labels[1],
        r.controllable_share.ok(),
        Format::Percent,
    );
    push(
        "lost_value_total",
        c.result_labels[2],
        r.lost_value_total.ok(),
        Format::Amount,
    );
    let k = &t.winback;
    let report = e.winback.report.as_ref().ok();
    let break_even = report.and_then(|r| match r.break_even {
        Ok(BreakEven::Rate(rate)) => Some(rate),
        _ => None,
    });
    push(
        "winback_won",
        k.result_labels[0],
        report.map(|r| r.won),
        Format::Quantity,
    );
    push(
        "winback_cost",
        k.result_labels[1],
        report.map(|r| r.cost),
        Format::Amount,
    );
    push(
        "winback_benefit",
        k.result_labels[2],
        report.and_then(|r| r.benefit.ok()),
        Format::Amount,
    );
    push(
        "winback_roi",
        k.result_labels[3],
        report.and_then(|r| r.roi.ok()),
        Format::Percent,
    );
    push(
        "winback_bc_ratio",
        k.result_labels[4],
        report.and_then(|r| r.bc_ratio.ok()),
        Format::Ratio,
    );
    push(
        "winback_break_even_rate",
        k.result_labels[5],
        break_even,
        Format::Percent,
    );
    for m in VALUE_METRICS {
        if m != ValueMetric::SensitivityTopDriver {
            push(
                m.key(),
                value_metric_label(lang, m),
                e.value.get(m).ok(),
                Format::Value(m),
            );
        }
    }
    out
}

/// The sections' names, in page order (the groups of [`figures`]).
pub(super) fn section_names(lang: Lang) -> [&'static str; 6] {
    let t = lang.texts();
    [
        t.section_retention,
        t.cost.heading,
        t.causes.heading,
        t.winback.heading,
        t.value.bucket_heading,
        t.value.value_heading,
    ]
}

/// B − A as shown (signed, in A's format; rates in percentage points) and in base units.
fn difference(lang: Lang, e: &SectionsEvaluation, a: &Figure, b: &Figure) -> (String, String) {
    let (Some(x), Some(y)) = (a.value, b.value) else {
        return ("—".to_string(), String::new());
    };
    let d = y - x;
    let magnitude = if a.format.is_rate() {
        let mut text = percent(d.abs());
        text.pop();
        format!("{text}{}", lang.texts().compare.points)
    } else {
        a.format.show(lang, e, d.abs())
    };
    // A difference too small to show is shown unsigned ("0.00").
    let shows_zero = !magnitude.chars().any(|c| c.is_ascii_digit() && c != '0');
    let sign = if shows_zero {
        ""
    } else if d > 0.0 {
        "+"
    } else {
        "\u{2212}"
    };
    (format!("{sign}{magnitude}"), d.to_string())
}

/// A choice of scenario: its `<option>` value and name.
fn choices(lang: Lang, saved: &[Saved], improved: Option<&str>) -> Vec<(String, String)> {
    let t = lang.texts();
    let mut out = vec![("current".to_string(), t.compare.current.to_string())];
    if let Some(rate) = improved {
        let name = fill(t.compare.improved, &[("rate", rate)]);
        out.push(("improved".to_string(), name));
    }
    out.extend(
        saved
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("saved.{i}"), s.name.clone())),
    );
    out.extend(
        PRESETS
            .iter()
            .zip(t.presets.items.iter())
            .map(|(p, [title, _])| (format!("preset.{}", p.key), title.to_string())),
    );
    out
}

/// The scenario a choice names (the current one when it names nothing that exists).
fn chosen(
    choice: &str,
    current: &Scenario,
    saved: &[Saved],
    improved: Option<&Scenario>,
) -> Scenario {
    if let Some(better) = improved.filter(|_| choice == "improved") {
        return better.clone();
    }
    let query = if let Some(i) = choice.strip_prefix("saved.") {
        i.parse::<usize>()
            .ok()
            .and_then(|i| saved.get(i))
            .map(|s| s.query.as_str())
    } else if let Some(key) = choice.strip_prefix("preset.") {
        crate::state::presets::find(key).map(|p| p.query)
    } else {
        None
    };
    match query {
        Some(q) => web::scenario_from_query(q, current),
        None => current.clone(),
    }
}

/// The saved scenarios in storage (none when storage is refused or not ours).
fn saved_scenarios() -> Vec<Saved> {
    match web::read_storage(STORAGE_KEY).map(|t| decode(t.as_deref())) {
        Ok(Loaded::Read { saved, .. }) => saved,
        _ => Vec::new(),
    }
}

/// The side-by-side panel, folded until opened; nothing is computed while it is closed.
#[function_component]
pub fn Compare() -> Html {
    let open = use_state(|| false);
    let sides = use_state(|| ("current".to_string(), "preset.worked_examples".to_string()));
    let Some(scenario) = use_context::<ScenarioContext>() else {
        return Html::default();
    };
    let lang = scenario.lang;
    let t = lang.texts();
    let k = &t.compare;
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    let body = (*open).then(|| {
        let saved = saved_scenarios();
        let current = evaluate_sections(&scenario);
        let improved = with_improved_churn(&scenario, &current);
        let improved_rate = current.value.improved_churn_rate.map(percent);
        let options = choices(lang, &saved, improved.as_ref().and(improved_rate.as_deref()));
        let select = |side: usize| {
            let sides = sides.clone();
            let current = if side == 0 { sides.0.clone() } else { sides.1.clone() };
            let onchange = Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                let mut next = (*sides).clone();
                if side == 0 {
                    next.0 = select.value();
                } else {
                    next.1 = select.value();
                }
                sides.set(next);
            });
            html! {
                <label class="compare-pick">
                    <span>{ k.sides[side] }</span>
                    <select data-field={if side == 0 { "compare_a" } else { "compare_b" }} {onchange}>
                        { for options.iter().map(|(value, name)| html! {
                            <option value={value.clone()} selected={*value == current}>{ name.clone() }</option>
                        }) }
                    </select>
                </label>
            }
        };
        let a = chosen(&sides.0, &scenario, &saved, improved.as_ref());
        let b = chosen(&sides.1, &scenario, &saved, improved.as_ref());
        let (ea, eb) = (evaluate_sections(&a), evaluate_sections(&b));
        let (fa, fb) = (figures(lang, &ea), figures(lang, &eb));
        let name_of = |choice: &str| {
            options.iter().find(|(v, _)| v == choice).map(|(_, n)| n.clone()).unwrap_or_default()
        };
        let (name_a, name_b) = (name_of(&sides.0), name_of(&sides.1));
        let group_names = section_names(lang);
        let period_warning = match (a.period.period(), b.period.period()) {
            (Some(pa), Some(pb)) if pa != pb => Some(fill(
                k.period_warning,
                &[("pa", period_name(lang, pa)), ("pb", period_name(lang, pb))],
            )),
            _ => None,
        };
        let shown = |f: &Figure, e: &SectionsEvaluation| {
            f.value.map_or_else(|| "—".to_string(), |v| f.format.show(lang, e, v))
        };
        let base = |f: &Figure| f.value.map(|v| v.to_string()).unwrap_or_default();
        let rows = fa
            .iter()
            .zip(fb.iter())
            .filter(|(x, y)| x.value.is_some() || y.value.is_some())
            .scan(usize::MAX, |last, (x, y)| {
                let heading = (*last != x.group).then(|| group_names[x.group]);
                *last = x.group;
                Some((heading, x, y))
            })
            .map(|(heading, x, y)| {
                let (diff, diff_value) = difference(lang, &ea, x, y);
                html! {
                    <>
                    if let Some(h) = heading {
                        <tr class="compare-group"><th colspan="4" scope="colgroup">{ h }</th></tr>
                    }
                    <tr data-compare={x.name}>
                        <th scope="row">{ x.label }</th>
                        <td data-side="a" data-value={base(x)}>{ shown(x, &ea) }</td>
                        <td data-side="b" data-value={base(y)}>{ shown(y, &eb) }</td>
                        <td data-side="difference" data-value={diff_value}>{ diff }</td>
                    </tr>
                    </>
                }
            });
        let overlay = (!ea.value.projection.customers.is_empty() && !eb.value.projection.customers.is_empty()).then(|| {
            let series = ProjectionSeries {
                customers: ea.value.projection.customers.clone(),
                improved: Some(eb.value.projection.customers.clone()),
                ceiling: None,
            };
            let table = series.clone();
            let summary = fill(k.chart_summary, &[
                ("a", &name_a),
                ("b", &name_b),
                ("ta", &(table.customers.len() - 1).to_string()),
                ("pa", &count(table.customers.last().copied().unwrap_or(0.0).round())),
                ("pb", &count(table.improved.as_ref().and_then(|i| i.last()).copied().unwrap_or(0.0).round())),
            ]);
            let rows = Callback::from(move |()| {
                let improved = table.improved.clone().unwrap_or_default();
                (0..table.customers.len().max(improved.len()))
                    .map(|i| {
                        let cell = |s: &[f64]| s.get(i).map(|v| count((v * 100.0).round() / 100.0)).unwrap_or_default();
                        vec![i.to_string().into(), cell(&table.customers).into(), cell(&improved).into()]
                    })
                    .collect()
            });
            html! {
                <Chart
                    data={ChartData::Compare { series, labels: [name_a.clone().into(), name_b.clone().into(), "".into(), t.value.chart_period.into()] }}
                    heading={k.chart_heading}
                    {summary}
                    table_caption={t.value.table_caption}
                    columns={vec![AttrValue::from(t.value.chart_period), name_a.clone().into(), name_b.clone().into()]}
                    {rows}
                />
            }
        });
        html! {
            <div class="compare-body">
                <p class="note">{ k.intro }</p>
                <div class="compare-picks">{ select(0) }{ select(1) }</div>
                if let Some(w) = period_warning {
                    <p class="note warning" data-status="compare-periods">{ w }</p>
                }
                <div class="table-scroll" tabindex="0" role="region" aria-label={k.heading}>
                    <table class="compare-table">
                        <thead>
                            <tr>
                                <th scope="col">{ k.columns[0] }</th>
                                <th scope="col">{ format!("A: {name_a}") }</th>
                                <th scope="col">{ format!("B: {name_b}") }</th>
                                <th scope="col">{ k.columns[1] }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                { for overlay }
            </div>
        }
    });
    html! {
        <details class="compare section" data-panel="compare" {ontoggle}>
            <summary><h2>{ k.heading }</h2></summary>
            { for body }
        </details>
    }
}
