//! The leaky bucket over time (DOMAIN.md §5) and what a customer is worth (§6): the
//! projection with its ceiling and the improved-churn comparison; CLV in its forms,
//! against CAC, payback, sensitivity, and the texts' loyalty ladder and retention levers.

use yew::prelude::*;

use super::chart::{Chart, ChartData};
use super::choice_field::{keyed_choices, Choice, ChoiceField};
use super::number_input::NumberInput;
use super::result_figure::{Emphasis, ResultFigure};
use super::value_formulas::{
    driver_name, value_display, value_formula_lines, value_metric_label, value_unit,
};
use super::{use_section_contexts, ScenarioContext};
use crate::charts::projection::ProjectionSeries;
use crate::charts::tornado::TornadoBar;
use crate::i18n::format::{amount, count, percent, quantity};
use crate::i18n::{self, cite, fill, lifetime_unit, per_period, value_label, Lang};
use crate::model::period::Period;
use crate::state::value::{ValueEvaluation, ValueField, ValueMetric};
use crate::state::{Action, Scenario};

/// Renders one figure under its contract name.
fn figure(
    scenario: &Scenario,
    e: &ValueEvaluation,
    metric: ValueMetric,
    emphasis: Emphasis,
    note: Option<String>,
) -> Html {
    let lang = scenario.lang;
    let t = lang.texts();
    let outcome = e.get(metric);
    let data_key = match metric {
        ValueMetric::SensitivityTopDriver => e.top_driver.map(|d| AttrValue::from(d.key())),
        _ => None,
    };
    html! {
        <ResultFigure
            name={Some(metric.key())}
            label={value_metric_label(lang, metric)}
            value={outcome.ok()}
            display={outcome.map(|v| value_display(lang, metric, v, e)).unwrap_or_default()}
            unit={value_unit(lang, metric, scenario.period.period())}
            reason={outcome.err().map(|r| i18n::value_not_computable(lang, r))}
            not_computable={format!("{}{}", t.not_computable, t.colon)}
            formula={value_formula_lines(lang, metric, e)}
            formula_label={t.show_formula}
            emphasis={emphasis}
            note={note.map(AttrValue::from)}
            data_key={data_key}
        />
    }
}

/// One input field of these sections, with its messages, hint and note.
fn input(
    context: &ScenarioContext,
    e: &ValueEvaluation,
    field: ValueField,
    unit: String,
    note: String,
) -> Html {
    let scenario: &Scenario = context;
    let lang = scenario.lang;
    let typed = scenario.value_fields[field.index()].as_str();
    let label = value_label(lang, field);
    let messages: Vec<String> = e
        .field_error(field)
        .map(|error| vec![i18n::field_error(lang, label, error, typed)])
        .unwrap_or_default();
    let mut hints: Vec<String> = e
        .hint(field)
        .map(|h| vec![i18n::rate_hint(lang, label, h, typed)])
        .unwrap_or_default();
    if field == ValueField::DiscountRate {
        if let (Some((d, from)), Some(converted), Some(to)) = (
            e.discount_converted_from,
            e.discount,
            scenario.period.period(),
        ) {
            let v = &lang.texts().value;
            hints.push(fill(
                v.discount_converted,
                &[
                    ("typed", &percent(d)),
                    ("from", period_name(lang, from)),
                    ("converted", &percent(converted)),
                    ("to", period_name(lang, to)),
                ],
            ));
        }
    }
    let on_change = {
        let context = context.clone();
        Callback::from(move |text: String| context.dispatch(Action::SetValue(field, text)))
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
}

/// "month", "月" …: the period's name as in the period list, lower-cased in English.
pub fn period_name(lang: Lang, period: Period) -> &'static str {
    let t = lang.texts();
    let i = Period::ALL.iter().position(|p| *p == period).unwrap_or(0);
    match lang {
        Lang::En => ["month", "quarter", "year"][i],
        _ => t.period_names[i],
    }
}

/// The note under a field that falls back to the scenario's figure.
fn fallback_note(lang: Lang, typed: &str, scenario_value: Option<String>, own: &str) -> String {
    let v = &lang.texts().value;
    if !typed.trim().is_empty() {
        return own.to_string();
    }
    match scenario_value {
        Some(value) => fill(v.from_scenario, &[("value", &value)]),
        None => v.from_scenario_missing.to_string(),
    }
}

/// The projection section.
#[function_component]
pub fn BucketSection() -> Html {
    let Some((context, sections)) = use_section_contexts() else {
        return Html::default();
    };
    let scenario: &Scenario = &context;
    let evaluation = sections.get();
    let e = &evaluation.value;
    let lang = scenario.lang;
    let t = lang.texts();
    let v = &t.value;
    let period = scenario.period.period();
    let rate_unit = format!("% {}", per_period(lang, period));
    let note = |f: ValueField| v.field_notes[f.index()].to_string();
    let text = |f: ValueField| scenario.value_fields[f.index()].as_str();
    let scenario_new = evaluation.retention.report.new.map(count);
    let scenario_churn = evaluation
        .retention
        .report
        .get(crate::model::retention::Metric::ChurnRate)
        .ok()
        .map(percent);

    let fig = |metric, emphasis| figure(scenario, e, metric, emphasis, None);
    let chart = (!e.projection.customers.is_empty()).then(|| {
        let series = ProjectionSeries {
            customers: e.projection.customers.clone(),
            improved: e.improved.as_ref().map(|p| p.customers.clone()),
            ceiling: e.projection.ceiling.ok(),
        };
        let last = series.customers.len().saturating_sub(1);
        let at = |t: usize| count(series.customers.get(t).copied().unwrap_or(0.0).round());
        let summary = format!(
            "{}: {} 0: {}; {} {}: {}{}",
            v.chart_heading,
            v.chart_period,
            at(0),
            v.chart_period,
            last,
            at(last),
            series
                .ceiling
                .map(|c| format!("; {} {}", v.chart_ceiling, count(c.round())))
                .unwrap_or_default()
        );
        let revenue = e.revenue_per_customer;
        let mut columns = vec![v.table_columns[0].into(), v.table_columns[1].into()];
        if revenue.is_some() {
            columns.push(v.table_columns[2].into());
        }
        if series.improved.is_some() {
            columns.push(v.table_columns[3].into());
        }
        let table = series.clone();
        let two_places = |x: f64| count((x * 100.0).round() / 100.0);
        let rows = Callback::from(move |()| {
            table
                .customers
                .iter()
                .enumerate()
                .map(|(t, p)| {
                    let mut row: Vec<AttrValue> = vec![t.to_string().into(), two_places(*p).into()];
                    if let Some(r) = revenue {
                        row.push(amount(p * r).into());
                    }
                    if let Some(i) = &table.improved {
                        row.push(i.get(t).map(|v| two_places(*v)).unwrap_or_default().into());
                    }
                    row
                })
                .collect()
        });
        html! {
            <Chart
                data={ChartData::Projection {
                    series,
                    labels: [
                        v.chart_customers.into(),
                        v.chart_improved.into(),
                        v.chart_ceiling.into(),
                        v.chart_period.into(),
                    ],
                }}
                heading={v.chart_heading}
                {summary}
                table_caption={v.table_caption}
                {columns}
                {rows}
            />
        }
    });
    let funnel = fill(t.cost.funnel_text, &[("cite", &cite(lang, 3))]);
    let improvement = match (
        e.get(ValueMetric::CustomersAtHorizon),
        e.get(ValueMetric::ImprovedCustomersAtHorizon),
        e.churn_rate,
        e.improved_churn_rate,
        e.horizon,
    ) {
        (Ok(now), Ok(better), Some((cr, _)), Some(improved), Some(h)) => {
            let mut text = fill(
                v.improvement_sentence,
                &[
                    ("diff", &count((better - now).round())),
                    ("improved", &percent(improved)),
                    ("churn", &percent(cr)),
                    ("t", &h.to_string()),
                    ("unit", lifetime_unit(lang, period)),
                ],
            );
            if let (Ok(r0), Ok(r1)) = (
                e.get(ValueMetric::RevenueAtHorizon),
                e.get(ValueMetric::ImprovedRevenueAtHorizon),
            ) {
                text.push_str(&fill(
                    v.improvement_revenue,
                    &[("revenue", &amount(r1 - r0))],
                ));
            }
            Some(text)
        }
        _ => None,
    };
    html! {
        <section class="section" aria-labelledby="bucket-heading" data-section="bucket">
            <h2 id="bucket-heading">{ v.bucket_heading }</h2>
            <p class="section-intro">{ v.bucket_intro }</p>
            <div class="calc-grid">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h3>{ t.inputs_heading }</h3>
                    { input(&context, e, ValueField::HorizonPeriods, lifetime_unit(lang, period).to_string(), note(ValueField::HorizonPeriods)) }
                    { input(&context, e, ValueField::NewPerPeriod, t.customers_unit.to_string(),
                        fallback_note(lang, text(ValueField::NewPerPeriod), scenario_new, v.field_notes[ValueField::NewPerPeriod.index()])) }
                    { input(&context, e, ValueField::ChurnRate, rate_unit.clone(),
                        fallback_note(lang, text(ValueField::ChurnRate), scenario_churn, v.field_notes[ValueField::ChurnRate.index()])) }
                    { input(&context, e, ValueField::ReferralRate, rate_unit.clone(), note(ValueField::ReferralRate)) }
                    { input(&context, e, ValueField::RevenuePerCustomer, per_period(lang, period).to_string(), note(ValueField::RevenuePerCustomer)) }
                    { input(&context, e, ValueField::ImprovedChurnRate, rate_unit, note(ValueField::ImprovedChurnRate)) }
                </form>
                <div class="results">
                    <h3 class="visually-hidden">{ t.results_heading }</h3>
                    <div class="headline" role="group" aria-label={v.bucket_heading}>
                        { fig(ValueMetric::CeilingCustomers, Emphasis::Headline) }
                        { fig(ValueMetric::PeriodsTo90pct, Emphasis::Headline) }
                        { fig(ValueMetric::CustomersAtHorizon, Emphasis::Headline) }
                        { fig(ValueMetric::ImprovedCustomersAtHorizon, Emphasis::Headline) }
                    </div>
                    { for chart }
                    if let Some(text) = improvement {
                        <p class="note course-note" data-verdict="improvement">{ text }</p>
                    }
                    <div class="figure-row pair">
                        { fig(ValueMetric::RevenueAtHorizon, Emphasis::Normal) }
                        { fig(ValueMetric::ImprovedRevenueAtHorizon, Emphasis::Normal) }
                    </div>
                    <div class="figure-row">
                        { fig(ValueMetric::ImprovedCeilingCustomers, Emphasis::Normal) }
                    </div>
                    <p class="note course-note">{ funnel }</p>
                </div>
            </div>
        </section>
    }
}

/// The customer-value section.
#[function_component]
pub fn ValueSection() -> Html {
    let Some((context, sections)) = use_section_contexts() else {
        return Html::default();
    };
    let scenario: &Scenario = &context;
    let evaluation = sections.get();
    let e = &evaluation.value;
    let lang = scenario.lang;
    let t = lang.texts();
    let v = &t.value;
    let period = scenario.period.period();
    let note = |f: ValueField| v.field_notes[f.index()].to_string();
    let fig = |metric, emphasis| figure(scenario, e, metric, emphasis, None);

    let mut discount_choices = vec![Choice {
        value: "same",
        label: v.discount_period_same.into(),
    }];
    discount_choices.extend(keyed_choices(&Period::ALL, Period::key, &t.period_names));
    let on_discount_period = {
        let context = context.clone();
        Callback::from(move |value: String| {
            context.dispatch(Action::SetDiscountPeriod(Period::from_key(&value)))
        })
    };

    let rule_note = e.meets_clv_rule().map(|meets| {
        if meets {
            v.clv_rule_meets.to_string()
        } else {
            v.clv_rule_below.to_string()
        }
    });
    let lifetime = evaluation
        .retention
        .report
        .get(crate::model::retention::Metric::AvgLifetime)
        .ok();
    let payback_note = {
        let mut text = fill(v.payback_note, &[("cite", &cite(lang, 3))]);
        if let (Ok(p), Some(l)) = (e.get(ValueMetric::PaybackPeriods), lifetime) {
            if p > l {
                text.push(' ');
                text.push_str(&fill(
                    v.payback_after_lifetime,
                    &[(
                        "lifetime",
                        &format!("{} {}", quantity(l), lifetime_unit(lang, period)),
                    )],
                ));
            }
        }
        text
    };

    let mut swings: Vec<_> = e
        .swings
        .iter()
        .filter_map(|s| match s.clv {
            (Ok(low), Ok(high)) => Some((s, low, high)),
            _ => None,
        })
        .collect();
    crate::model::order::sort_small(&mut swings, |a, b| (a.2 - a.1).abs() > (b.2 - b.1).abs());
    let tornado = match (e.get(ValueMetric::ClvEndOfPeriod), swings.is_empty()) {
        (Ok(base), false) => {
            let bars: Vec<TornadoBar> = swings
                .iter()
                .map(|(s, low, high)| TornadoBar {
                    label: driver_name(lang, s.driver).to_string(),
                    low: *low,
                    high: *high,
                })
                .collect();
            let show =
                |o: Result<f64, _>, f: fn(f64) -> String| o.map(f).unwrap_or_else(|_| "—".into());
            let rows: Vec<Vec<AttrValue>> = e
                .swings
                .iter()
                .map(|s| {
                    vec![
                        driver_name(lang, s.driver).into(),
                        show(s.clv.0, amount).into(),
                        show(s.clv.1, amount).into(),
                        show(s.ceiling.0, |c| count(c.round())).into(),
                        show(s.ceiling.1, |c| count(c.round())).into(),
                    ]
                })
                .collect();
            let summary: Vec<String> = rows
                .iter()
                .map(|r| format!("{}: {} … {}", r[0], r[1], r[2]))
                .collect();
            html! {
                <Chart
                    data={ChartData::Tornado { base, bars }}
                    heading={v.tornado_clv}
                    summary={format!("{}: {}", v.tornado_clv, summary.join("; "))}
                    table_caption={t.chart_table_caption}
                    columns={v.tornado_columns.map(AttrValue::from).to_vec()}
                    rows={Callback::from(move |()| rows.clone())}
                />
            }
        }
        _ => Html::default(),
    };
    let top_sentence = match (e.top_driver, e.step) {
        (Some(driver), Some(step)) => {
            e.swings
                .iter()
                .find(|s| s.driver == driver)
                .and_then(|s| match s.clv {
                    (Ok(low), Ok(high)) => Some(fill(
                        v.top_driver_sentence,
                        &[
                            ("driver", driver_name(lang, driver)),
                            ("step", &percent(step)),
                            ("low", &amount(low.min(high))),
                            ("high", &amount(low.max(high))),
                        ],
                    )),
                    _ => None,
                })
        }
        _ => None,
    };
    let point_sentence = match (
        e.churn_rate,
        e.get(ValueMetric::RetentionPointValue),
        e.get(ValueMetric::CeilingCustomers),
        e.new_per_period,
        e.referral_rate,
    ) {
        (Some((cr, _)), Ok(value), Ok(c), Some((n, _)), Some(rho)) if cr - 0.01 > rho => {
            Some(fill(
                v.point_sentence,
                &[
                    ("r", &percent(1.0 - cr)),
                    ("r1", &percent(1.0 - cr + 0.01)),
                    ("value", &amount(value)),
                    ("c", &count(c.round())),
                    ("c1", &count((n / (cr - 0.01 - rho)).round())),
                ],
            ))
        }
        _ => None,
    };
    let discount_selected = scenario
        .discount_period
        .map_or("same", |p| p.key())
        .to_string();
    html! {
        <section class="section" aria-labelledby="value-heading" data-section="value">
            <h2 id="value-heading">{ v.value_heading }</h2>
            <p class="section-intro">{ v.value_intro }</p>
            <div class="calc-grid">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h3>{ t.inputs_heading }</h3>
                    { input(&context, e, ValueField::MarginPerCustomer, per_period(lang, period).to_string(), note(ValueField::MarginPerCustomer)) }
                    { input(&context, e, ValueField::DiscountRate, "%".to_string(), note(ValueField::DiscountRate)) }
                    <ChoiceField
                        name="discount_period"
                        label={v.discount_period_label}
                        choices={discount_choices}
                        selected={discount_selected}
                        placeholder={v.discount_period_same}
                        on_change={on_discount_period}
                    />
                    { input(&context, e, ValueField::ClvHorizonPeriods, lifetime_unit(lang, period).to_string(), note(ValueField::ClvHorizonPeriods)) }
                    { input(&context, e, ValueField::SensitivityStep, "%".to_string(), note(ValueField::SensitivityStep)) }
                </form>
                <div class="results">
                    <h3 class="visually-hidden">{ t.results_heading }</h3>
                    <div class="headline" role="group" aria-label={v.value_heading}>
                        { fig(ValueMetric::ClvEndOfPeriod, Emphasis::Headline) }
                        { fig(ValueMetric::ClvStartOfPeriod, Emphasis::Headline) }
                        { fig(ValueMetric::ClvSimple, Emphasis::Headline) }
                        { fig(ValueMetric::ClvFinite, Emphasis::Headline) }
                    </div>
                    <p class="note course-note">{ v.clv_course_note }</p>
                    <div class="figure-row pair">
                        { figure(scenario, e, ValueMetric::ClvToCac, Emphasis::Normal, rule_note) }
                        { figure(scenario, e, ValueMetric::PaybackPeriods, Emphasis::Normal, Some(payback_note)) }
                    </div>
                    <h3>{ v.tornado_heading }</h3>
                    <p class="note">{ v.tornado_intro }</p>
                    <div class="figure-row pair">
                        { fig(ValueMetric::SensitivityTopDriver, Emphasis::Normal) }
                        { fig(ValueMetric::RetentionPointValue, Emphasis::Normal) }
                    </div>
                    if let Some(text) = top_sentence {
                        <p class="note course-note" data-verdict="sensitivity">{ text }</p>
                    }
                    { tornado }
                    <div class="teaching">
                        <h3>{ v.teaching_heading }</h3>
                        if let Some(text) = point_sentence {
                            <p class="note course-note" data-verdict="retention_point">{ text }</p>
                        }
                        <h4 class="subheading">{ fill(v.ladder_heading, &[("cite", &cite(lang, 3))]) }</h4>
                        <ol>{ for v.ladder_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                        <h4 class="subheading">{ fill(v.levers_heading, &[("cite", &cite(lang, 2))]) }</h4>
                        <ul>{ for v.levers.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
                    </div>
                </div>
            </div>
        </section>
    }
}
