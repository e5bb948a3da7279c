//! The retention and churn calculator (DOMAIN.md §1): inputs, headline figures, the
//! waterfall, period conversions and the three denominators.

use yew::prelude::*;

use super::chart::{Chart, ChartData};
use super::choice_field::{keyed_choices, ChoiceField};
use super::formulas::{display, formula_lines, metric_label};
use super::number_input::NumberInput;
use super::result_figure::{Emphasis, ResultFigure};
use super::ScenarioContext;
use crate::i18n::format::count;
use crate::i18n::{self, count_label, fill, Lang};
use crate::model::period::Period;
use crate::model::retention::{
    waterfall, CountField, KnownFigures, Metric, WaterfallRole, WaterfallStep,
};
use crate::state::{evaluate, Action, Evaluation, PeriodChoice, Scenario};

/// The symbol of a count in formulas.
fn symbol(field: CountField) -> &'static str {
    match field {
        CountField::Start => "S",
        CountField::New => "N",
        CountField::End => "E",
        CountField::Lost => "L",
    }
}

/// A waterfall step's change as shown in the chart's words and table: "−120", "+150",
/// or nothing for the totals.
fn step_change(step: &WaterfallStep) -> String {
    match step.role {
        WaterfallRole::Lost => format!("\u{2212}{}", count(step.from - step.to)),
        WaterfallRole::New => format!("+{}", count(step.to - step.from)),
        _ => String::new(),
    }
}

/// Renders one metric as a figure, with its contract name unless `repeat` is set.
fn figure(
    scenario: &Scenario,
    evaluation: &Evaluation,
    metric: Metric,
    emphasis: Emphasis,
    label: Option<&'static str>,
    repeat: bool,
    note: Option<&'static str>,
) -> Html {
    let lang = scenario.lang;
    let t = lang.texts();
    let period = scenario.period.period();
    let outcome = evaluation.report.get(metric);
    let unit = match metric {
        Metric::Lost | Metric::Retained => t.customers_unit,
        Metric::AvgLifetime => i18n::lifetime_unit(lang, period),
        Metric::ChurnMonth | Metric::ChurnQuarter | Metric::ChurnYear => "",
        _ => i18n::per_period(lang, period),
    };
    html! {
        <ResultFigure
            name={(!repeat).then_some(metric.key())}
            label={label.unwrap_or_else(|| metric_label(lang, metric))}
            value={outcome.ok()}
            display={outcome.map(|v| display(metric, v)).unwrap_or_default()}
            unit={unit}
            reason={outcome.err().map(|r| i18n::not_computable(lang, r))}
            not_computable={format!("{}{}", t.not_computable, t.colon)}
            formula={formula_lines(lang, metric, &evaluation.report, scenario.known, period)}
            formula_label={t.show_formula}
            emphasis={emphasis}
            note={note.map(AttrValue::from)}
        />
    }
}

/// The messages to show beside a count field: its parse error, else the cross-field
/// problems reported there.
fn field_messages(
    lang: Lang,
    scenario: &Scenario,
    evaluation: &Evaluation,
    field: CountField,
) -> Vec<String> {
    if let Some(error) = evaluation.field_error(field) {
        return vec![i18n::field_error(
            lang,
            count_label(lang, field),
            error,
            scenario.count_text(field),
        )];
    }
    evaluation
        .report
        .issues_for(field)
        .map(|issue| i18n::issue(lang, field, issue))
        .collect()
}

/// The retention and churn section.
#[function_component]
pub fn RetentionSection() -> Html {
    let Some(context) = use_context::<ScenarioContext>() else {
        return Html::default();
    };
    let scenario: &Scenario = &context;
    let evaluation = use_memo(scenario.clone(), evaluate);
    let lang = scenario.lang;
    let t = lang.texts();

    let period_choices = keyed_choices(&Period::ALL, Period::key, &t.period_names);
    let (period_selected, period_error) = match &scenario.period {
        PeriodChoice::Known(p) => (p.key().to_string(), None),
        PeriodChoice::Unknown(text) => (
            String::new(),
            Some(fill(
                t.err_period_unknown,
                &[("text", &text.chars().take(24).collect::<String>())],
            )),
        ),
    };
    let on_period = {
        let context = context.clone();
        Callback::from(move |value: String| {
            if let Some(p) = Period::from_key(&value) {
                context.dispatch(Action::SetPeriod(p));
            }
        })
    };
    let known_choices = keyed_choices(&KnownFigures::ALL, KnownFigures::key, &t.known_options);
    let on_known = {
        let context = context.clone();
        Callback::from(move |value: String| {
            if let Some(k) = KnownFigures::from_key(&value) {
                context.dispatch(Action::SetKnown(k));
            }
        })
    };

    let count_inputs = scenario.known.inputs().iter().map(|&field| {
        let on_change = {
            let context = context.clone();
            Callback::from(move |text: String| context.dispatch(Action::SetCount(field, text)))
        };
        html! {
            <NumberInput
                key={field.key()}
                name={field.key()}
                label={count_label(lang, field)}
                symbol={Some(symbol(field))}
                unit={t.customers_unit}
                value={scenario.count_text(field).to_string()}
                messages={field_messages(lang, scenario, &evaluation, field)}
                {on_change}
            />
        }
    });

    let chart = waterfall(&evaluation.report).map(|steps| {
        let labels: Vec<AttrValue> = steps
            .iter()
            .map(|s| {
                let i = match s.role {
                    WaterfallRole::Start => 0,
                    WaterfallRole::Lost => 1,
                    WaterfallRole::New => 2,
                    WaterfallRole::End => 3,
                    WaterfallRole::Retained => 4,
                };
                AttrValue::from(t.chart_bars[i])
            })
            .collect();
        let rows: Vec<Vec<AttrValue>> = steps
            .iter()
            .zip(&labels)
            .map(|(s, l)| vec![l.clone(), step_change(s).into(), count(s.to).into()])
            .collect();
        let summary: Vec<String> = steps
            .iter()
            .zip(&labels)
            .map(|(s, l)| match step_change(s) {
                c if c.is_empty() => format!("{l} {}", count(s.to)),
                c => format!("{l} {c}"),
            })
            .collect();
        html! {
            <Chart
                data={ChartData::Waterfall { steps, labels }}
                heading={t.chart_heading}
                summary={format!("{}: {}", t.chart_heading, summary.join("; "))}
                table_caption={t.chart_table_caption}
                columns={vec![t.chart_step.into(), t.chart_change.into(), t.chart_total.into()]}
                rows={Callback::from(move |()| rows.clone())}
            />
        }
    });

    let fig = |metric, emphasis| figure(scenario, &evaluation, metric, emphasis, None, false, None);
    let denominator = |metric, label, repeat, note| {
        figure(
            scenario,
            &evaluation,
            metric,
            Emphasis::Normal,
            label,
            repeat,
            Some(note),
        )
    };
    html! {
        <section class="section" aria-labelledby="retention-heading" data-section="retention">
            <h2 id="retention-heading">{ t.section_retention }</h2>
            <p class="section-intro">{ t.section_retention_intro }</p>
            <div class="calc-grid">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h3>{ t.inputs_heading }</h3>
                    <ChoiceField
                        name="period"
                        label={t.period}
                        choices={period_choices}
                        selected={period_selected}
                        placeholder={t.period_choose}
                        error={period_error}
                        on_change={on_period}
                    />
                    <ChoiceField
                        name="known"
                        label={t.known}
                        choices={known_choices}
                        selected={scenario.known.key()}
                        placeholder={t.known}
                        on_change={on_known}
                    />
                    { for count_inputs }
                </form>
                <div class="results">
                    <h3 class="visually-hidden">{ t.results_heading }</h3>
                    <div class="headline" aria-label={t.headline_heading} role="group">
                        { fig(Metric::RetentionRate, Emphasis::Headline) }
                        { fig(Metric::ChurnRate, Emphasis::Headline) }
                        { fig(Metric::AvgLifetime, Emphasis::Headline) }
                        { fig(Metric::NetGrowth, Emphasis::Headline) }
                    </div>
                    <div class="figure-row pair" aria-label={t.details_heading} role="group">
                        { fig(Metric::Lost, Emphasis::Normal) }
                        { fig(Metric::Retained, Emphasis::Normal) }
                    </div>
                    { for chart }
                    <h3>{ t.conversions_heading }</h3>
                    <div class="figure-row compact">
                        { fig(Metric::ChurnMonth, Emphasis::Normal) }
                        { fig(Metric::ChurnQuarter, Emphasis::Normal) }
                        { fig(Metric::ChurnYear, Emphasis::Normal) }
                    </div>
                    <p class="note">{ t.conversions_note }</p>
                    <h3>{ t.denominators_heading }</h3>
                    <div class="figure-row denominators">
                        { denominator(Metric::ChurnRate, Some(t.metric_churn_start), true, t.denominator_start_note) }
                        { denominator(Metric::ChurnStartPlusNew, None, false, t.denominator_start_plus_new_note) }
                        { denominator(Metric::ChurnAverage, None, false, t.denominator_average_note) }
                    </div>
                    <p class="note course-note">{ t.denominators_course }</p>
                </div>
            </div>
        </section>
    }
}
