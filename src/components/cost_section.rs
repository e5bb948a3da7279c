//! The cost of churn (DOMAIN.md §2): spends or costs per customer, the cost ratio against
//! the texts' benchmarks, what replacing the lost customers costs against keeping them,
//! the funnel principle, and (advanced) referrals and word of mouth.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chart::{Chart, ChartData};
use super::cost_formulas::{cost_display, cost_formula_lines, cost_metric_label, cost_unit};
use super::number_input::NumberInput;
use super::result_figure::{Emphasis, ResultFigure};
use super::use_section_contexts;
use crate::charts::cost::CostChartData;
use crate::i18n::format::{amount, count, percent, quantity, times};
use crate::i18n::{self, cite, cost_issue, cost_label, fill, Lang};
use crate::model::cost::{CostField, CostMetric, CostSource, RATIO_BENCHMARKS};
use crate::state::{Action, CostEvaluation, Scenario};

/// Renders one cost figure under its contract name, with an optional note.
fn figure(
    scenario: &Scenario,
    cost: &CostEvaluation,
    metric: CostMetric,
    emphasis: Emphasis,
    note: Option<String>,
) -> Html {
    let lang = scenario.lang;
    let t = lang.texts();
    let outcome = cost.get(metric);
    html! {
        <ResultFigure
            name={Some(metric.key())}
            label={cost_metric_label(lang, metric)}
            value={outcome.ok()}
            display={outcome.map(|v| cost_display(metric, v)).unwrap_or_default()}
            unit={cost_unit(lang, metric, scenario.period.period())}
            reason={outcome.err().map(|r| i18n::cost_not_computable(lang, r))}
            not_computable={format!("{}{}", t.not_computable, t.colon)}
            formula={cost_formula_lines(lang, metric, cost)}
            formula_label={t.show_formula}
            emphasis={emphasis}
            note={note.map(AttrValue::from)}
        />
    }
}

/// Where CAC or CRC came from, in words, when it was computed.
fn source_note(lang: Lang, metric: CostMetric, cost: &CostEvaluation) -> Option<String> {
    let c = &lang.texts().cost;
    let (unit, spend_value) = match metric {
        CostMetric::Cac => (cost.report.cac.ok()?, spent_cac(cost)),
        _ => (cost.report.crc.ok()?, spent_crc(cost)),
    };
    Some(match (unit.source, spend_value) {
        (CostSource::Spend, _) => c.source_spend.to_string(),
        (CostSource::Typed, Some(v)) => fill(c.source_typed_over_spend, &[("value", &amount(v))]),
        (CostSource::Typed, None) => c.source_typed.to_string(),
    })
}

/// Acquisition spend ÷ N, when both are known and N > 0.
fn spent_cac(cost: &CostEvaluation) -> Option<f64> {
    let (spend, n) = (cost.spends.0?, cost.counts.1?);
    (n > 0.0).then(|| spend / n).filter(|v| v.is_finite())
}

/// Retention spend ÷ (S − L), when all are known and somebody was retained.
fn spent_crc(cost: &CostEvaluation) -> Option<f64> {
    let (spend, s, l) = (cost.spends.1?, cost.counts.0?, cost.counts.2?);
    (s > l).then(|| spend / (s - l)).filter(|v| v.is_finite())
}

/// The sentence placing the ratio against the texts' band.
fn ratio_verdict(lang: Lang, ratio: f64) -> String {
    let c = &lang.texts().cost;
    let (low, high) = benchmark_band();
    let template = if ratio > high {
        c.ratio_above
    } else if ratio < low {
        c.ratio_below
    } else {
        c.ratio_within
    };
    fill(template, &[("ratio", &times(ratio))])
}

/// The lowest and highest ratio any text gives (5× and 10×).
fn benchmark_band() -> (f64, f64) {
    RATIO_BENCHMARKS
        .iter()
        .fold((f64::INFINITY, 0.0), |(low, high), b| {
            (low.min(b.low), high.max(b.high))
        })
}

/// The section.
#[function_component]
pub fn CostSection() -> Html {
    let Some((context, sections)) = use_section_contexts() else {
        return Html::default();
    };
    let scenario: &Scenario = &context;
    let evaluation = sections.get();
    let cost = &evaluation.cost;
    let lang = scenario.lang;
    let t = lang.texts();
    let c = &t.cost;
    let period = scenario.period.period();

    let input = |field: CostField| {
        let on_change = {
            let context = context.clone();
            Callback::from(move |text: String| context.dispatch(Action::SetCost(field, text)))
        };
        let typed = scenario.cost_text(field);
        let label = cost_label(lang, field);
        let messages: Vec<String> = match cost.field_error(field) {
            Some(error) => vec![i18n::field_error(lang, label, error, typed)],
            None => cost
                .report
                .issues
                .iter()
                .filter(|issue| issue.field() == field)
                .map(|issue| cost_issue(lang, issue, typed))
                .collect(),
        };
        let hints: Vec<String> = match (field, &cost.referral_hint) {
            (CostField::ReferralShare, Some(hint)) => {
                vec![i18n::rate_hint(lang, label, hint, typed)]
            }
            _ => Vec::new(),
        };
        let index = CostField::ALL.iter().position(|f| *f == field).unwrap_or(0);
        let source = match field {
            CostField::ReferralShare => Some(1),
            CostField::WomDealsPerSatisfied | CostField::WomPeoplePerUnhappy => Some(3),
            _ => None,
        };
        let note = match source {
            Some(n) => fill(c.field_notes[index], &[("cite", &cite(lang, n))]),
            None => c.field_notes[index].to_string(),
        };
        let unit = match field {
            CostField::AcquisitionSpend | CostField::RetentionSpend => {
                i18n::per_period(lang, period)
            }
            CostField::Cac => c.per_new_customer,
            CostField::Crc => c.per_retained_customer,
            CostField::ReferralShare => c.percent_unit,
            CostField::WomDealsPerSatisfied => c.deals_unit,
            CostField::WomPeoplePerUnhappy => c.people_unit,
        };
        html! {
            <NumberInput
                key={field.key()}
                name={field.key()}
                label={label}
                unit={unit}
                value={typed.to_string()}
                note={Some(AttrValue::from(note))}
                messages={messages}
                hints={hints}
                {on_change}
            />
        }
    };

    let on_advanced = {
        let context = context.clone();
        Callback::from(move |e: Event| {
            let checkbox: HtmlInputElement = e.target_unchecked_into();
            context.dispatch(Action::SetCostAdvanced(checkbox.checked()));
        })
    };

    let counts_line = match cost.counts {
        (Some(s), n, Some(l)) => fill(
            c.counts_used,
            &[
                ("s", &count(s)),
                ("n", &n.map_or_else(|| "—".to_string(), count)),
                ("l", &count(l)),
            ],
        ),
        _ => c.counts_missing.to_string(),
    };

    let fig = |metric, emphasis| figure(scenario, cost, metric, emphasis, None);
    let ratio = cost.get(CostMetric::CostRatio).ok();
    let burn_note = cost
        .get(CostMetric::ChurnBurn)
        .ok()
        .filter(|b| *b < 0.0)
        .map(|_| c.burn_negative_note.to_string());

    let chart = match (
        cost.get(CostMetric::ReplacementCost),
        cost.get(CostMetric::KeepCost),
    ) {
        (Ok(replacement), Ok(keep)) => {
            let mut rows = vec![
                vec![c.chart_replace.into(), amount(replacement).into()],
                vec![c.chart_keep.into(), amount(keep).into()],
            ];
            if let Some(r) = ratio {
                rows.push(vec![c.chart_ratio.into(), times(r).into()]);
            }
            let (low, high) = benchmark_band();
            rows.push(vec![
                c.chart_band.into(),
                format!("{}–{}", times(low), times(high)).into(),
            ]);
            let summary: Vec<String> = rows.iter().map(|r| format!("{} {}", r[0], r[1])).collect();
            html! {
                <Chart
                    data={ChartData::Cost {
                        data: CostChartData { replacement, keep, ratio, band: (low, high) },
                        labels: [
                            c.chart_replace.into(),
                            c.chart_keep.into(),
                            c.chart_ratio.into(),
                            c.chart_band.into(),
                            c.chart_yours.into(),
                        ],
                    }}
                    heading={c.chart_heading}
                    summary={format!("{}: {}", c.chart_heading, summary.join("; "))}
                    table_caption={c.chart_table_caption}
                    columns={vec![c.chart_item.into(), c.chart_value.into()]}
                    rows={Callback::from(move |()| rows.clone())}
                />
            }
        }
        _ => Html::default(),
    };

    let funnel_yours = match (
        cost.counts,
        cost.get(CostMetric::RefillSpend),
        cost.get(CostMetric::RefillShare),
    ) {
        ((_, Some(n), Some(l)), Ok(refill), Ok(share)) if n > 0.0 => Some(fill(
            c.funnel_yours,
            &[
                ("refilled", &count(l.min(n))),
                ("new", &count(n)),
                ("refill", &amount(refill)),
                ("share", &percent(share)),
            ],
        )),
        _ => None,
    };

    let benchmarks = RATIO_BENCHMARKS.iter().map(|b| {
        let (low, high, source) = (quantity(b.low), quantity(b.high), cite(lang, b.source_text));
        let text = if b.low == b.high {
            fill(c.benchmark_single, &[("low", &low), ("cite", &source)])
        } else {
            fill(
                c.benchmark_band,
                &[("low", &low), ("high", &high), ("cite", &source)],
            )
        };
        html! { <li>{ text }</li> }
    });

    html! {
        <section class="section" aria-labelledby="cost-heading" data-section="cost">
            <h2 id="cost-heading">{ c.heading }</h2>
            <p class="section-intro">{ c.intro }</p>
            <div class="calc-grid">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h3>{ t.inputs_heading }</h3>
                    <p class="note counts-used">{ counts_line }</p>
                    { input(CostField::AcquisitionSpend) }
                    { input(CostField::RetentionSpend) }
                    <h4 class="subheading">{ c.or_type_directly }</h4>
                    { input(CostField::Cac) }
                    { input(CostField::Crc) }
                    <div class="field checkbox-field">
                        <label>
                            <input
                                type="checkbox"
                                data-field="cost_advanced"
                                checked={scenario.cost_advanced}
                                onchange={on_advanced}
                            />
                            { c.advanced_toggle }
                        </label>
                    </div>
                    if scenario.cost_advanced {
                        <p class="note">{ c.advanced_note }</p>
                        { input(CostField::ReferralShare) }
                        { input(CostField::WomDealsPerSatisfied) }
                        { input(CostField::WomPeoplePerUnhappy) }
                    }
                </form>
                <div class="results">
                    <h3 class="visually-hidden">{ t.results_heading }</h3>
                    <div class="headline" role="group" aria-label={c.heading}>
                        { figure(scenario, cost, CostMetric::Cac, Emphasis::Headline, source_note(lang, CostMetric::Cac, cost)) }
                        { figure(scenario, cost, CostMetric::Crc, Emphasis::Headline, source_note(lang, CostMetric::Crc, cost)) }
                        { fig(CostMetric::CostRatio, Emphasis::Headline) }
                        { figure(scenario, cost, CostMetric::ChurnBurn, Emphasis::Headline, burn_note) }
                    </div>
                    if let Some(r) = ratio {
                        <p class="note course-note" data-verdict="cost_ratio">{ ratio_verdict(lang, r) }</p>
                    }
                    <div class="figure-row pair">
                        { fig(CostMetric::ReplacementCost, Emphasis::Normal) }
                        { fig(CostMetric::KeepCost, Emphasis::Normal) }
                    </div>
                    { chart }
                    <h3>{ c.funnel_heading }</h3>
                    <p class="note">{ fill(c.funnel_text, &[("cite", &cite(lang, 3))]) }</p>
                    if let Some(text) = funnel_yours {
                        <p class="note course-note" data-verdict="refill">{ text }</p>
                    }
                    <div class="figure-row pair">
                        { fig(CostMetric::RefillSpend, Emphasis::Normal) }
                        { fig(CostMetric::RefillShare, Emphasis::Normal) }
                    </div>
                    <div class="figure-row">
                        { figure(scenario, cost, CostMetric::BreakEvenRetentionSpend, Emphasis::Normal, Some(c.break_even_note.to_string())) }
                    </div>
                    <h3>{ c.benchmarks_heading }</h3>
                    <ul class="benchmarks">{ for benchmarks }</ul>
                    if scenario.cost_advanced {
                        <h3>{ c.advanced_toggle }</h3>
                        <div class="figure-row pair">
                            { fig(CostMetric::ReferralsLost, Emphasis::Normal) }
                            { fig(CostMetric::ReferralsLostValue, Emphasis::Normal) }
                        </div>
                        <div class="figure-row pair">
                            { figure(scenario, cost, CostMetric::WomCustomersLost, Emphasis::Normal, Some(c.wom_note.to_string())) }
                            { fig(CostMetric::WomValue, Emphasis::Normal) }
                        </div>
                    }
                </div>
            </div>
        </section>
    }
}
