//! Why customers leave (DOMAIN.md §3): the cause list and its values, the Pareto of the
//! causes, controllable churn, lost value, and what the texts recommend.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chart::{Chart, ChartData};
use super::choice_field::{keyed_choices, ChoiceField};
use super::number_input::NumberInput;
use super::result_figure::{Emphasis, ResultFigure};
use super::{use_section_contexts, ScenarioContext};
use crate::charts::pareto::ParetoBar;
use crate::i18n::format::{amount, count, percent};
use crate::i18n::{
    self, cause_advice, cause_name, cause_not_computable, fill, fill_citations, Lang,
};
use crate::model::causes::{CauseNotComputable, CauseOutcome, Entry, Taxonomy, MAX_CUSTOM_CAUSES};
use crate::state::causes::{CauseEvaluation, LostCustomerValue};
use crate::state::url::KEY_VALUE_PER_LOST_CUSTOMER;
use crate::state::{Action, Scenario};

/// Causes whose advice is about service quality: the five dimensions are listed with them.
const SERVICE_CAUSES: [&str; 4] = ["service", "staff", "failure_response", "core_service"];

/// The most top causes given advice.
const ADVICE_MAX: usize = 3;

/// One headline figure of the section.
fn figure(
    lang: Lang,
    name: &'static str,
    label: &'static str,
    outcome: CauseOutcome,
    show: impl Fn(f64) -> String,
    unit: &'static str,
    formula: Vec<String>,
) -> Html {
    let t = lang.texts();
    html! {
        <ResultFigure
            name={Some(AttrValue::from(name))}
            label={label}
            value={outcome.ok()}
            display={outcome.map(&show).unwrap_or_default()}
            unit={unit}
            reason={outcome.err().map(|r| cause_not_computable(lang, r))}
            not_computable={format!("{}{}", t.not_computable, t.colon)}
            formula={formula}
            formula_label={t.show_formula}
            emphasis={Emphasis::Headline}
        />
    }
}

/// A cell of the causes table holding a result (`data-result`, `data-value`).
fn result_cell(name: String, outcome: CauseOutcome, show: fn(f64) -> String) -> Html {
    let (value, text) = match outcome {
        Ok(v) => (v.to_string(), show(v)),
        Err(_) => (String::new(), "—".to_string()),
    };
    html! { <td><span data-result={name} data-value={value}>{ text }</span></td> }
}

/// The controls of one custom cause: its name, the uncontrollable mark, and moving and
/// removing it.
fn custom_controls(context: &ScenarioContext, index: usize, count_of: usize) -> Html {
    let scenario: &Scenario = context;
    let lang = scenario.lang;
    let c = &lang.texts().causes;
    let Some(cause) = scenario.causes.custom.get(index) else {
        return Html::default();
    };
    let key = format!("c{}", index + 1);
    let shown = cause_name(lang, &scenario.causes, &key);
    let n = (index + 1).to_string();
    let id = format!("field-cause_name-{key}");
    let dispatch = |action: fn(usize) -> Action| {
        let context = context.clone();
        Callback::from(move |_: MouseEvent| context.dispatch(action(index)))
    };
    let on_name = {
        let context = context.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            context.dispatch(Action::RenameCustomCause(index, input.value()));
        })
    };
    let on_mark = {
        let context = context.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            context.dispatch(Action::SetCustomUncontrollable(index, input.checked()));
        })
    };
    let named = |template: &str| fill(template, &[("name", &shown)]);
    html! {
        <div class="custom-cause-controls">
            <div class="field">
                <label for={id.clone()}>{ fill(c.name_label, &[("n", &n)]) }</label>
                <input
                    id={id}
                    type="text"
                    autocomplete="off"
                    data-field={format!("cause_name.{key}")}
                    value={cause.name.clone()}
                    oninput={on_name}
                />
            </div>
            <div class="cause-actions">
                <label class="checkbox-inline">
                    <input
                        type="checkbox"
                        data-field={format!("cause_uncontrollable.{key}")}
                        checked={cause.uncontrollable}
                        onchange={on_mark}
                    />
                    { c.uncontrollable }
                </label>
                <button type="button" data-action="move-up" aria-label={named(c.move_up)}
                    disabled={index == 0} onclick={dispatch(|i| Action::MoveCustomCause(i, i - 1))}>{ "↑" }</button>
                <button type="button" data-action="move-down" aria-label={named(c.move_down)}
                    disabled={index + 1 >= count_of} onclick={dispatch(|i| Action::MoveCustomCause(i, i + 1))}>{ "↓" }</button>
                <button type="button" data-action="remove" aria-label={named(c.remove)}
                    onclick={dispatch(Action::RemoveCustomCause)}>{ "×" }</button>
            </div>
        </div>
    }
}

/// The line under the causes: how the counts compare with L, or what the percentages
/// total.
fn total_line(lang: Lang, e: &CauseEvaluation) -> Option<(String, bool)> {
    let c = &lang.texts().causes;
    let r = &e.report;
    match e.entry {
        Entry::Percent => r.percent_total.map(|total| {
            let ok = (total - 100.0).abs() <= crate::model::causes::PERCENT_ROUNDING;
            let template = if ok { c.percent_ok } else { c.percent_off };
            (fill(template, &[("total", &percent(total / 100.0))]), ok)
        }),
        Entry::Count => {
            let total: f64 = match e.lost.zip(r.count_difference) {
                Some((lost, diff)) => lost + diff,
                None => return None,
            };
            let (lost, diff) = (e.lost?, r.count_difference?);
            let values = [
                ("total", count(total)),
                ("lost", count(lost)),
                ("n", count(diff.abs())),
            ];
            let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Some(if diff == 0.0 {
                (fill(c.counts_match, &pairs), true)
            } else if diff < 0.0 {
                (fill(c.counts_under, &pairs), false)
            } else {
                (fill(c.counts_over, &pairs), false)
            })
        }
    }
}

/// The churn-causes section.
#[function_component]
pub fn CausesSection() -> Html {
    let Some((context, sections)) = use_section_contexts() else {
        return Html::default();
    };
    let scenario: &Scenario = &context;
    let e = &sections.get().causes;
    let fields = &scenario.causes;
    let lang = scenario.lang;
    let t = lang.texts();
    let c = &t.causes;
    let r = &e.report;
    let name_of = |key: &str| cause_name(lang, fields, key);

    let taxonomy_choices = keyed_choices(&Taxonomy::ALL, Taxonomy::key, &c.taxonomy_names);
    let on_taxonomy = {
        let context = context.clone();
        Callback::from(move |v: String| {
            if let Some(x) = Taxonomy::from_key(&v) {
                context.dispatch(Action::SetCauseTaxonomy(x));
            }
        })
    };
    let entry_choices = keyed_choices(&[Entry::Count, Entry::Percent], Entry::key, &c.entry_names);
    let on_entry = {
        let context = context.clone();
        Callback::from(move |v: String| {
            if let Some(x) = Entry::from_key(&v) {
                context.dispatch(Action::SetCauseEntry(x));
            }
        })
    };
    let taxonomy_index = Taxonomy::ALL
        .iter()
        .position(|x| *x == fields.taxonomy)
        .unwrap_or(0);
    let custom = fields.taxonomy == Taxonomy::Custom;
    let unit = match e.entry {
        Entry::Count => t.customers_unit,
        Entry::Percent => t.cost.percent_unit,
    };

    let cause_inputs = e.rows.iter().enumerate().map(|(i, row)| {
        let name = name_of(&row.key);
        let typed = fields.value_text(&row.key).to_string();
        let messages: Vec<String> = row
            .error
            .iter()
            .map(|err| i18n::field_error(lang, &name, err, &typed))
            .collect();
        let hints: Vec<String> = row
            .hint
            .iter()
            .map(|h| i18n::rate_hint(lang, &name, h, &typed))
            .collect();
        let note = (!custom && row.uncontrollable).then(|| AttrValue::from(c.uncontrollable_note));
        let on_change = {
            let context = context.clone();
            let key = row.key.clone();
            Callback::from(move |text: String| {
                context.dispatch(Action::SetCause(key.clone(), text))
            })
        };
        let input = html! {
            <NumberInput
                name={format!("cause.{}", row.key)}
                label={name.clone()}
                unit={unit}
                value={typed.clone()}
                {note}
                {messages}
                {hints}
                {on_change}
            />
        };
        if custom {
            html! {
                <div class="custom-cause" key={row.key.clone()}>
                    { custom_controls(&context, i, e.rows.len()) }
                    { input }
                </div>
            }
        } else {
            html! { <div key={row.key.clone()}>{ input }</div> }
        }
    });
    let on_add = {
        let context = context.clone();
        Callback::from(move |_: MouseEvent| context.dispatch(Action::AddCustomCause))
    };
    let any_empty = e.rows.iter().any(|row| row.empty) && e.rows.iter().any(|row| !row.empty);

    let value_messages: Vec<String> = e
        .value_error
        .iter()
        .map(|err| i18n::field_error(lang, c.value_label, err, &fields.value_per_lost_customer))
        .collect();
    let value_note = match e.value {
        LostCustomerValue::Typed(_) => c.value_note.to_string(),
        LostCustomerValue::FromClv(v) => fill(c.value_from_clv, &[("value", &amount(v))]),
        LostCustomerValue::Unknown if e.value_error.is_some() => c.value_note.to_string(),
        LostCustomerValue::Unknown => c.value_missing.to_string(),
    };
    let on_value = {
        let context = context.clone();
        Callback::from(move |text: String| context.dispatch(Action::SetValuePerLostCustomer(text)))
    };

    // Results, largest cause first.
    let ranked: Vec<(usize, f64, f64)> = r
        .pareto_order
        .iter()
        .zip(&r.cumulative)
        .filter_map(|(i, cum)| r.shares.get(*i)?.ok().map(|s| (*i, s, *cum)))
        .collect();
    let top_n = r.pareto_80_count.ok().map_or(0, |n| n as usize);
    let top_names: Vec<String> = ranked
        .iter()
        .take(top_n)
        .map(|(i, _, _)| name_of(&e.rows[*i].key))
        .collect();
    let pareto_formula: Vec<String> = ranked
        .iter()
        .enumerate()
        .map(|(rank, (i, share, cum))| {
            let mark = if rank + 1 == top_n { " ≥ 80%" } else { "" };
            format!(
                "{}. {} {} → {}{}",
                rank + 1,
                name_of(&e.rows[*i].key),
                percent(*share),
                percent(*cum),
                mark
            )
        })
        .collect();
    let uncontrollable: Vec<String> = e
        .rows
        .iter()
        .zip(&r.shares)
        .filter(|(row, _)| row.uncontrollable)
        .filter_map(|(row, s)| {
            s.ok()
                .map(|s| format!("{} {}", name_of(&row.key), percent(s)))
        })
        .collect();
    let controllable_formula = match r.controllable_share {
        Ok(v) if uncontrollable.is_empty() => {
            vec![c.formula[2].to_string(), format!("1 − 0 = {}", percent(v))]
        }
        Ok(v) => vec![
            c.formula[2].to_string(),
            format!("1 − ({}) = {}", uncontrollable.join(" + "), percent(v)),
        ],
        Err(_) => Vec::new(),
    };
    let lost_formula = match (r.lost_value_total, e.value.amount()) {
        (Ok(total), Some(v)) => {
            let mut lines = vec![c.formula[3].to_string()];
            lines.extend(ranked.iter().filter_map(|(i, _, _)| {
                let customers = r.lost_customers.get(*i)?.ok()?;
                let value = r.lost_value.get(*i)?.ok()?;
                Some(format!(
                    "{}: {} × {} = {}",
                    name_of(&e.rows[*i].key),
                    count((customers * 100.0).round() / 100.0),
                    amount(v),
                    amount(value)
                ))
            }));
            lines.push(format!("Σ = {}", amount(total)));
            lines
        }
        _ => Vec::new(),
    };
    let sentences = {
        let mut out = Vec::new();
        if !top_names.is_empty() {
            out.push(fill(
                c.pareto_sentence,
                &[
                    ("n", &top_n.to_string()),
                    ("total", &e.rows.len().to_string()),
                    ("names", &top_names.join(c.list_separator)),
                ],
            ));
        }
        if let Ok(v) = r.controllable_share {
            out.push(fill(
                c.controllable_sentence,
                &[
                    ("controllable", &percent(v)),
                    ("uncontrollable", &percent(1.0 - v)),
                ],
            ));
        }
        out
    };
    let first_reason = r.shares.iter().find_map(|s| s.err());

    let table_rows = ranked.iter().enumerate().map(|(rank, (i, share, cum))| {
        let row = &e.rows[*i];
        let lost = r
            .lost_value
            .get(*i)
            .copied()
            .unwrap_or(Err(CauseNotComputable::NeedsValue));
        html! {
            <tr key={row.key.clone()}>
                <td>{ rank + 1 }</td>
                <th scope="row">{ name_of(&row.key) }</th>
                { result_cell(format!("cause_share.{}", row.key), Ok(*share), percent) }
                <td>{ percent(*cum) }</td>
                { result_cell(format!("lost_value.{}", row.key), lost, amount) }
                <td>{ if row.uncontrollable { c.no } else { c.yes } }</td>
            </tr>
        }
    });

    let chart = (!ranked.is_empty()).then(|| {
        let bars: Vec<ParetoBar> = ranked
            .iter()
            .map(|(i, share, cum)| ParetoBar {
                label: name_of(&e.rows[*i].key),
                share: *share,
                cumulative: *cum,
            })
            .collect();
        let summary: Vec<String> = bars
            .iter()
            .map(|b| format!("{} {}", b.label, percent(b.share)))
            .collect();
        let rows: Vec<Vec<AttrValue>> = bars
            .iter()
            .map(|b| vec![b.label.clone().into(), percent(b.share).into(), percent(b.cumulative).into()])
            .collect();
        html! {
            <Chart
                data={ChartData::Pareto {
                    bars,
                    labels: c.chart_labels.map(AttrValue::from),
                }}
                heading={c.chart_heading}
                summary={format!("{}: {}", c.chart_heading, summary.join("; "))}
                table_caption={t.chart_table_caption}
                columns={vec![c.table_columns[1].into(), c.table_columns[2].into(), c.table_columns[3].into()]}
                rows={Callback::from(move |()| rows.clone())}
            />
        }
    });

    let advised: Vec<&str> = ranked
        .iter()
        .take(top_n.clamp(1, ADVICE_MAX))
        .map(|(i, _, _)| e.rows[*i].key.as_str())
        .collect();
    let advice = advised.iter().map(|key| {
        let text = if custom {
            format!(
                "{}{}{}",
                name_of(key),
                t.colon,
                cause_advice(lang, "custom")
            )
        } else {
            cause_advice(lang, key)
        };
        html! { <li data-advice-for={key.to_string()}>{ text }</li> }
    });
    let service_top = !custom && advised.iter().any(|k| SERVICE_CAUSES.contains(k));

    html! {
        <section class="section" aria-labelledby="causes-heading" data-section="causes">
            <h2 id="causes-heading">{ c.heading }</h2>
            <p class="section-intro">{ c.intro }</p>
            <div class="calc-grid">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h3>{ t.inputs_heading }</h3>
                    <ChoiceField
                        name="cause_taxonomy"
                        label={c.taxonomy_label}
                        choices={taxonomy_choices}
                        selected={fields.taxonomy.key()}
                        placeholder={c.taxonomy_label}
                        on_change={on_taxonomy}
                    />
                    <p class="field-note">{ fill_citations(lang, c.taxonomy_notes[taxonomy_index]) }</p>
                    <ChoiceField
                        name="cause_entry"
                        label={c.entry_label}
                        choices={entry_choices}
                        selected={fields.entry.key()}
                        placeholder={c.entry_label}
                        on_change={on_entry}
                    />
                    <div class="cause-list">{ for cause_inputs }</div>
                    if custom {
                        if e.rows.is_empty() {
                            <p class="note">{ c.custom_empty }</p>
                        }
                        if e.rows.len() < MAX_CUSTOM_CAUSES {
                            <button type="button" class="add-cause" data-action="add-cause" onclick={on_add}>{ c.add }</button>
                        } else {
                            <p class="note">{ fill(c.add_limit, &[("max", &MAX_CUSTOM_CAUSES.to_string())]) }</p>
                        }
                    }
                    if any_empty {
                        <p class="note">{ c.empty_is_zero }</p>
                    }
                    if let Some((line, ok)) = total_line(lang, e) {
                        <p class={if ok { "note cause-total" } else { "note cause-total warning" }}
                           data-status="cause_total" aria-live="polite">{ line }</p>
                    }
                    <NumberInput
                        name={KEY_VALUE_PER_LOST_CUSTOMER}
                        label={c.value_label}
                        unit={c.value_unit}
                        value={fields.value_per_lost_customer.clone()}
                        note={Some(AttrValue::from(value_note))}
                        messages={value_messages}
                        on_change={on_value}
                    />
                </form>
                <div class="results">
                    <h3 class="visually-hidden">{ t.results_heading }</h3>
                    <div class="headline" role="group" aria-label={c.heading}>
                        { figure(lang, "pareto_80_count", c.result_labels[0], r.pareto_80_count, count, c.causes_word, pareto_formula) }
                        { figure(lang, "controllable_share", c.result_labels[1], r.controllable_share, percent, "", controllable_formula) }
                        { figure(lang, "lost_value_total", c.result_labels[2], r.lost_value_total, amount, "", lost_formula) }
                    </div>
                    { for sentences.iter().map(|s| html! { <p class="note course-note">{ s }</p> }) }
                    if let Some(reason) = first_reason {
                        <p class="figure-reason" data-reason-for="cause_share">
                            <strong>{ format!("{}{}", t.not_computable, t.colon) }</strong>
                            { cause_not_computable(lang, reason) }
                        </p>
                    }
                    if !ranked.is_empty() {
                        <div class="table-scroll" tabindex="0" role="region" aria-label={c.table_heading}>
                            <table class="cause-table" data-table="causes">
                                <caption>{ c.table_heading }</caption>
                                <thead>
                                    <tr>{ for c.table_columns.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr>
                                </thead>
                                <tbody>{ for table_rows }</tbody>
                            </table>
                        </div>
                    }
                    { for chart }
                    if !advised.is_empty() && !ranked.is_empty() {
                        <h3>{ c.advice_heading }</h3>
                        <ul class="advice">{ for advice }</ul>
                        if service_top {
                            <h4 class="subheading">{ fill_citations(lang, c.service_dimensions_heading) }</h4>
                            <ul class="dimensions">
                                { for c.service_dimensions.iter().map(|d| html! { <li>{ *d }</li> }) }
                            </ul>
                        }
                    }
                </div>
            </div>
        </section>
    }
}
