//! Winning lost customers back (DOMAIN.md §4): segments of lost-customer type × value
//! tier, the shared economics, ROI and break-even per segment and in total, advice, and
//! text 5's four steps as the outline.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chart::{Chart, ChartData};
use super::choice_field::{keyed_choices, ChoiceField};
use super::number_input::NumberInput;
use super::result_figure::{Emphasis, ResultFigure};
use super::{use_section_contexts, ScenarioContext};
use crate::charts::winback::{BenefitCost, RoiBar};
use crate::i18n::format::{amount, count, percent, quantity, ratio};
use crate::i18n::{self, fill, fill_citations, Lang};
use crate::model::winback::{
    AdviceReason, BreakEven, LostType, SegmentInput, SegmentReport, Tier, WinbackNotComputable,
    WinbackOutcome, ROI_BENCHMARK,
};
use crate::state::winback::{
    segment_field_name, MarginSource, SegmentField, WinbackEvaluation, WinbackField,
};
use crate::state::{Action, Scenario};

/// "Unintentionally pushed away, important-value customers".
pub fn segment_name(lang: Lang, lost_type: LostType, tier: Tier) -> String {
    let t = lang.texts();
    let type_index = LostType::ALL
        .iter()
        .position(|x| *x == lost_type)
        .unwrap_or(0);
    let tier_index = Tier::ALL.iter().position(|x| *x == tier).unwrap_or(0);
    fill(
        t.winback.segment_name,
        &[
            ("type", t.causes.lost_types[type_index]),
            ("tier", t.winback.tier_names[tier_index]),
        ],
    )
}

fn not_computable(lang: Lang, reason: WinbackNotComputable) -> String {
    let nc = &lang.texts().winback.nc;
    nc[match reason {
        WinbackNotComputable::NoCost => 0,
        WinbackNotComputable::NeedsInputs => 1,
        WinbackNotComputable::NeedsCac => 2,
        WinbackNotComputable::OutOfRange => 3,
    }]
    .to_string()
}

fn reason_text(lang: Lang, reason: AdviceReason) -> String {
    let i = match reason {
        AdviceReason::DeliberatelyPushed => 0,
        AdviceReason::Migrated => 1,
        AdviceReason::LosesMoney => 2,
        AdviceReason::SmallTier => 3,
        AdviceReason::SmallTierHighReturn => 4,
        AdviceReason::BoughtAway => 5,
        AdviceReason::ImportantPays => 6,
        AdviceReason::OrdinaryPaysWell => 7,
        AdviceReason::OrdinaryThin => 8,
        AdviceReason::Unknown => 9,
    };
    fill_citations(lang, lang.texts().winback.advice_reasons[i])
}

/// A headline figure of the campaign.
#[allow(clippy::too_many_arguments)]
fn figure(
    lang: Lang,
    name: &'static str,
    label: &'static str,
    outcome: WinbackOutcome,
    show: fn(f64) -> String,
    unit: &'static str,
    formula: Vec<String>,
    not_computable_prefix: Option<AttrValue>,
) -> Html {
    let t = lang.texts();
    html! {
        <ResultFigure
            name={Some(AttrValue::from(name))}
            label={label}
            value={outcome.ok()}
            display={outcome.map(show).unwrap_or_default()}
            unit={unit}
            reason={outcome.err().map(|r| not_computable(lang, r))}
            not_computable={not_computable_prefix.unwrap_or_else(|| format!("{}{}", t.not_computable, t.colon).into())}
            formula={formula}
            formula_label={t.show_formula}
            emphasis={Emphasis::Headline}
        />
    }
}

/// A table cell holding a result (`data-result`, `data-value`).
fn result_cell(name: String, value: Option<String>, text: String) -> Html {
    html! {
        <td><span data-result={name} data-value={value.unwrap_or_default()}>{ text }</span></td>
    }
}

/// The inputs of one segment.
fn segment_inputs(context: &ScenarioContext, e: &WinbackEvaluation, index: usize) -> Html {
    let scenario: &Scenario = context;
    let lang = scenario.lang;
    let t = lang.texts();
    let k = &t.winback;
    let Some(s) = scenario.winback.segments.get(index) else {
        return Html::default();
    };
    let (lost_type, tier) = (s.lost_type, s.tier);
    let name = segment_name(lang, lost_type, tier);
    let evaluation = e.segments.get(index);
    let success_note = match (lost_type, lost_type.default_success().1) {
        (_, true) => k.success_notes[0],
        (LostType::BoughtAway, _) => k.success_notes[1],
        (LostType::PushedDeliberately, _) => k.success_notes[2],
        _ => k.success_notes[3],
    };
    let fields = SegmentField::ALL.map(|field| {
        let typed = s.text(field).to_string();
        let label = k.segment_labels[field.index()];
        let messages: Vec<String> = evaluation
            .into_iter()
            .flat_map(|x| x.errors.iter())
            .filter(|(f, _)| *f == field)
            .map(|(_, err)| i18n::field_error(lang, label, err, &typed))
            .collect();
        let hints: Vec<String> = evaluation
            .and_then(|x| x.hint.as_ref())
            .filter(|_| field == SegmentField::SuccessRate)
            .map(|h| vec![i18n::rate_hint(lang, label, h, &typed)])
            .unwrap_or_default();
        let note = match field {
            SegmentField::SuccessRate => Some(fill_citations(lang, success_note)),
            SegmentField::OfferCost => Some(fill_citations(lang, k.cost_note)),
            _ => None,
        };
        let unit = match field {
            SegmentField::Count => t.customers_unit,
            _ => k.segment_units[field.index()],
        };
        let on_change = {
            let context = context.clone();
            Callback::from(move |text: String| {
                context.dispatch(Action::SetSegment(lost_type, tier, field, text))
            })
        };
        html! {
            <NumberInput
                name={segment_field_name(lost_type, tier, field)}
                {label}
                {unit}
                value={typed}
                note={note.map(AttrValue::from)}
                {messages}
                {hints}
                {on_change}
            />
        }
    });
    let on_remove = {
        let context = context.clone();
        Callback::from(move |_: MouseEvent| {
            context.dispatch(Action::RemoveSegment(lost_type, tier))
        })
    };
    let key = format!("{}.{}", lost_type.key(), tier.key());
    html! {
        <fieldset class="segment" key={key.clone()} data-segment={key}>
            <legend>{ name.clone() }</legend>
            { for fields }
            <button type="button" class="remove-segment" data-action="remove-segment"
                aria-label={fill(k.remove, &[("name", &name)])} onclick={on_remove}>{ "×" }</button>
        </fieldset>
    }
}

/// A checkbox bound to a scenario switch.
fn switch(name: &'static str, label: String, checked: bool, on: Callback<bool>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on.emit(input.checked());
    });
    html! {
        <div class="field checkbox-field">
            <label>
                <input type="checkbox" data-field={name} {checked} {onchange} />
                { label }
            </label>
        </div>
    }
}

/// "40 × 30% = 12"-style lines for one segment's figures.
fn segment_lines(lang: Lang, name: &str, i: &SegmentInput, r: &SegmentReport) -> [String; 2] {
    let _ = lang;
    [
        format!(
            "{name}: {} × {} = {}",
            count(i.count),
            percent(i.success_rate),
            quantity(r.won)
        ),
        format!(
            "{name}: {} × {} + {} × {} = {}",
            count(i.count),
            amount(i.contact_cost),
            quantity(r.won),
            amount(i.offer_cost),
            amount(r.cost)
        ),
    ]
}

/// The win-back section.
#[function_component]
pub fn WinbackSection() -> Html {
    let add_type = use_state(|| LostType::PulledAway);
    let add_tier = use_state(|| Tier::Ordinary);
    let Some((context, sections)) = use_section_contexts() else {
        return Html::default();
    };
    let scenario: &Scenario = &context;
    let e = &sections.get().winback;
    let w = &scenario.winback;
    let lang = scenario.lang;
    let t = lang.texts();
    let k = &t.winback;

    // Adding a segment.
    let type_choices = keyed_choices(&LostType::ALL, LostType::key, &t.causes.lost_types);
    let tier_choices = keyed_choices(&Tier::ALL, Tier::key, &k.tier_names);
    let on_type = {
        let add_type = add_type.clone();
        Callback::from(move |v: String| {
            if let Some(x) = LostType::from_key(&v) {
                add_type.set(x);
            }
        })
    };
    let on_tier = {
        let add_tier = add_tier.clone();
        Callback::from(move |v: String| {
            if let Some(x) = Tier::from_key(&v) {
                add_tier.set(x);
            }
        })
    };
    let already = w.position(*add_type, *add_tier).is_some();
    let on_add = {
        let context = context.clone();
        let (lost_type, tier) = (*add_type, *add_tier);
        Callback::from(move |_: MouseEvent| context.dispatch(Action::AddSegment(lost_type, tier)))
    };

    // Shared economics.
    let shared_input = |field: WinbackField, note: String| {
        let typed = w.shared[field.index()].clone();
        let label = k.shared_labels[field.index()];
        let messages: Vec<String> = e
            .field_errors
            .iter()
            .filter(|(f, _)| *f == field)
            .map(|(_, err)| i18n::field_error(lang, label, err, &typed))
            .collect();
        let on_change = {
            let context = context.clone();
            Callback::from(move |text: String| context.dispatch(Action::SetWinback(field, text)))
        };
        html! {
            <NumberInput
                name={field.key()}
                {label}
                unit={k.shared_units[field.index()]}
                value={typed}
                note={Some(AttrValue::from(note))}
                {messages}
                {on_change}
            />
        }
    };
    let margin_note = match e.margin {
        Some((m, MarginSource::FromValue)) => fill(k.margin_from_value, &[("value", &amount(m))]),
        Some((_, MarginSource::Typed)) => String::new(),
        None if w.shared[WinbackField::Margin.index()].trim().is_empty() => k.margin_missing.into(),
        None => String::new(),
    };
    let discount_label = match (w.discount, e.discount) {
        (true, None) => k.discount_missing.to_string(),
        (_, rate) => fill(
            k.discount_toggle,
            &[(
                "rate",
                &rate
                    .or(sections.get().value.discount)
                    .map(percent)
                    .unwrap_or_else(|| "—".into()),
            )],
        ),
    };
    let on_discount = {
        let context = context.clone();
        Callback::from(move |on: bool| context.dispatch(Action::SetWinbackDiscount(on)))
    };
    let communication_label = fill_citations(
        lang,
        &fill(
            k.communication_toggle,
            &[
                (
                    "people",
                    scenario.cost_text(crate::model::cost::CostField::WomPeoplePerUnhappy),
                ),
                (
                    "deals",
                    scenario.cost_text(crate::model::cost::CostField::WomDealsPerSatisfied),
                ),
            ],
        ),
    );
    let on_communication = {
        let context = context.clone();
        Callback::from(move |on: bool| context.dispatch(Action::SetWinbackCommunication(on)))
    };
    let cac_line = match e.cac {
        Some(cac) => fill(k.cac_known, &[("cac", &amount(cac))]),
        None => k.cac_missing.to_string(),
    };

    // Results.
    let report = e.report.as_ref();
    let total = |pick: fn(&crate::model::winback::WinbackReport) -> WinbackOutcome| {
        report.map_err(|r| *r).and_then(pick)
    };
    let valid: Vec<(String, &SegmentInput, &SegmentReport, LostType, Tier)> = e
        .segments
        .iter()
        .filter_map(|s| {
            Some((
                segment_name(lang, s.lost_type, s.tier),
                s.input.as_ref()?,
                s.report.as_ref()?,
                s.lost_type,
                s.tier,
            ))
        })
        .collect();
    let won_formula: Vec<String> = std::iter::once(k.formula[0].to_string())
        .chain(
            valid
                .iter()
                .map(|(n, i, r, ..)| segment_lines(lang, n, i, r)[0].clone()),
        )
        .collect();
    let cost_formula: Vec<String> = std::iter::once(k.formula[1].to_string())
        .chain(
            valid
                .iter()
                .map(|(n, i, r, ..)| segment_lines(lang, n, i, r)[1].clone()),
        )
        .collect();
    let (benefit_formula, roi_formula, ratio_formula, break_even_formula) =
        match (report, e.economics) {
            (Ok(r), Some(econ)) => {
                let benefit = r.benefit.unwrap_or(0.0);
                let replacement = r.replacement.unwrap_or(0.0);
                let per_won = econ.repurchase_per_won()
                    + econ.cac.unwrap_or(0.0)
                    + econ.communication_per_won();
                let customers: f64 = valid.iter().map(|(_, i, ..)| i.count).sum();
                let contact: f64 = valid
                    .iter()
                    .map(|(_, i, ..)| i.count * i.contact_cost)
                    .sum();
                let offers: f64 = valid.iter().map(|(_, i, ..)| i.count * i.offer_cost).sum();
                let repurchase_line = if econ.discount == 0.0 {
                    format!(
                        "{}: {} × {} × {} = {}",
                        k.benefit_kinds[0],
                        quantity(r.won),
                        amount(econ.margin),
                        quantity(econ.periods),
                        amount(r.repurchase)
                    )
                } else {
                    format!(
                        "{}: {} × {} = {}",
                        k.benefit_kinds[0],
                        quantity(r.won),
                        amount(econ.repurchase_per_won()),
                        amount(r.repurchase)
                    )
                };
                (
                    vec![
                        k.formula[2].to_string(),
                        repurchase_line,
                        k.formula[3].to_string(),
                        format!(
                            "{} + {} + {} + {} = {}",
                            amount(r.repurchase),
                            amount(replacement),
                            amount(r.communication),
                            amount(r.information),
                            amount(benefit)
                        ),
                    ],
                    vec![
                        k.formula[4].to_string(),
                        format!(
                            "({} − {}) ÷ {} = {}",
                            amount(benefit),
                            amount(r.cost),
                            amount(r.cost),
                            r.roi.map(percent).unwrap_or_else(|_| "—".into())
                        ),
                    ],
                    vec![
                        k.formula[5].to_string(),
                        format!(
                            "{} ÷ {} = {}",
                            amount(benefit),
                            amount(r.cost),
                            r.bc_ratio.map(ratio).unwrap_or_else(|_| "—".into())
                        ),
                    ],
                    if customers > 0.0 {
                        vec![
                            k.formula[6].to_string(),
                            format!(
                                "({} − {}) ÷ ({} × ({} − {})) = {}",
                                amount(contact),
                                amount(r.information),
                                count(customers),
                                amount(per_won),
                                amount(offers / customers),
                                match r.break_even {
                                    Ok(BreakEven::Rate(rate)) => percent(rate),
                                    _ => k.break_even_none.to_string(),
                                }
                            ),
                        ]
                    } else {
                        Vec::new()
                    },
                )
            }
            _ => Default::default(),
        };
    let break_even = match report.map(|r| r.break_even) {
        Ok(Ok(BreakEven::Rate(rate))) => Ok(rate),
        Ok(Ok(BreakEven::None)) => Err(None),
        Ok(Err(reason)) | Err(&reason) => Err(Some(reason)),
    };
    let break_even_figure = match break_even {
        Err(None) => html! {
            <ResultFigure
                name={Some(AttrValue::from("winback_break_even_rate"))}
                label={k.result_labels[5]}
                value={None::<f64>}
                display=""
                reason={Some(k.break_even_none.to_string())}
                not_computable=""
                formula={break_even_formula.clone()}
                formula_label={t.show_formula}
                emphasis={Emphasis::Headline}
                data_key={Some(AttrValue::from("none"))}
            />
        },
        other => figure(
            lang,
            "winback_break_even_rate",
            k.result_labels[5],
            other.map_err(|r| r.unwrap_or(WinbackNotComputable::NeedsInputs)),
            percent,
            "",
            break_even_formula.clone(),
            None,
        ),
    };
    let benchmark = total(|r| r.roi).ok().map(|roi| {
        fill_citations(
            lang,
            &fill(
                k.benchmark_sentence,
                &[
                    ("low", &percent(ROI_BENCHMARK.0)),
                    ("high", &percent(ROI_BENCHMARK.1)),
                    ("roi", &percent(roi)),
                ],
            ),
        )
    });

    let rows = e.segments.iter().map(|s| {
        let key = format!("{}.{}", s.lost_type.key(), s.tier.key());
        let name = segment_name(lang, s.lost_type, s.tier);
        let r = s.report.as_ref();
        let show = |o: Option<WinbackOutcome>, f: fn(f64) -> String| match o {
            Some(Ok(v)) => (Some(v.to_string()), f(v)),
            _ => (None, "—".to_string()),
        };
        let (roi_value, roi_text) = show(r.map(|r| r.roi), percent);
        let (be_value, be_text) = match r.map(|r| r.break_even) {
            Some(Ok(BreakEven::Rate(rate))) => (Some(rate.to_string()), percent(rate)),
            Some(Ok(BreakEven::None)) => (None, k.break_even_none.to_string()),
            _ => (None, "—".to_string()),
        };
        let advice = r.map(|r| r.advice);
        let advice_text = advice
            .map(|a| k.advice_names[a as usize].to_string())
            .unwrap_or_else(|| "—".into());
        html! {
            <tr key={key.clone()}>
                <th scope="row">{ name }</th>
                <td>{ r.map(|r| quantity(r.won)).unwrap_or_else(|| "—".into()) }</td>
                <td>{ r.map(|r| amount(r.cost)).unwrap_or_else(|| "—".into()) }</td>
                <td>{ r.and_then(|r| r.benefit.ok()).map(amount).unwrap_or_else(|| "—".into()) }</td>
                { result_cell(format!("winback_roi.{key}"), roi_value, roi_text) }
                { result_cell(format!("winback_break_even_rate.{key}"), be_value, be_text) }
                { result_cell(format!("winback_advice.{key}"), advice.map(|a| a.key().to_string()), advice_text) }
            </tr>
        }
    });
    let advice_lines = valid.iter().map(|(name, _, r, lost_type, tier)| {
        let key = format!("{}.{}", lost_type.key(), tier.key());
        html! {
            <li data-advice-for={key}>
                <strong>{ format!("{name}{}{}", t.colon, k.advice_names[r.advice as usize]) }</strong>
                { format!(" — {}", reason_text(lang, r.reason)) }
                if r.offer_warning {
                    <span class="offer-warning">{ format!(" {}", fill_citations(lang, k.offer_warning)) }</span>
                }
            </li>
        }
    });

    let roi_bars: Vec<RoiBar> = valid
        .iter()
        .filter_map(|(name, _, r, ..)| {
            r.roi.ok().map(|roi| RoiBar {
                label: name.clone(),
                roi,
            })
        })
        .collect();
    let roi_chart = (!roi_bars.is_empty()).then(|| {
        let summary: Vec<String> = roi_bars
            .iter()
            .map(|b| format!("{} {}", b.label, percent(b.roi)))
            .collect();
        let rows: Vec<Vec<AttrValue>> = roi_bars
            .iter()
            .map(|b| vec![b.label.clone().into(), percent(b.roi).into()])
            .collect();
        html! {
            <Chart
                data={ChartData::WinbackRoi { bars: roi_bars.clone(), band_label: k.benchmark_band.into() }}
                heading={k.chart_roi_heading}
                summary={format!("{}: {}", k.chart_roi_heading, summary.join("; "))}
                table_caption={t.chart_table_caption}
                columns={vec![k.table_columns[0].into(), k.table_columns[4].into()]}
                rows={Callback::from(move |()| rows.clone())}
            />
        }
    });
    let benefit_chart = match report {
        Ok(r) if r.benefit.is_ok() => {
            let data = BenefitCost {
                cost: r.cost,
                kinds: [
                    r.repurchase,
                    r.replacement.unwrap_or(0.0),
                    r.communication,
                    r.information,
                ],
            };
            let mut labels = vec![k.cost_word, k.benefit_word];
            labels.extend(k.benefit_kinds);
            let rows: Vec<Vec<AttrValue>> = std::iter::once((k.cost_word, data.cost))
                .chain(k.benefit_kinds.iter().copied().zip(data.kinds))
                .map(|(l, v)| vec![l.into(), amount(v).into()])
                .collect();
            let summary: Vec<String> = rows.iter().map(|r| format!("{} {}", r[0], r[1])).collect();
            html! {
                <Chart
                    data={ChartData::BenefitCost {
                        data,
                        labels: [
                            k.cost_word.into(), k.benefit_word.into(),
                            k.benefit_kinds[0].into(), k.benefit_kinds[1].into(),
                            k.benefit_kinds[2].into(), k.benefit_kinds[3].into(),
                        ],
                    }}
                    heading={k.chart_benefit_heading}
                    summary={format!("{}: {}", k.chart_benefit_heading, summary.join("; "))}
                    table_caption={t.chart_table_caption}
                    columns={vec![k.table_columns[0].into(), k.table_columns[2].into()]}
                    rows={Callback::from(move |()| rows.clone())}
                />
            }
        }
        _ => Html::default(),
    };

    html! {
        <section class="section" aria-labelledby="winback-heading" data-section="winback">
            <h2 id="winback-heading">{ k.heading }</h2>
            <p class="section-intro">{ k.intro }</p>
            <div class="teaching process">
                <h3>{ fill_citations(lang, k.process_heading) }</h3>
                <ol>{ for k.process.iter().map(|p| html! { <li>{ *p }</li> }) }</ol>
            </div>
            <div class="calc-grid">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h3>{ t.inputs_heading }</h3>
                    if w.segments.is_empty() {
                        <p class="note">{ k.no_segments }</p>
                    }
                    { for (0..w.segments.len()).map(|i| segment_inputs(&context, e, i)) }
                    <h4 class="subheading">{ k.add_heading }</h4>
                    <ChoiceField name="winback_add_type" label={k.add_type} choices={type_choices}
                        selected={add_type.key()} placeholder={k.add_type} on_change={on_type} />
                    <ChoiceField name="winback_add_tier" label={k.add_tier} choices={tier_choices}
                        selected={add_tier.key()} placeholder={k.add_tier} on_change={on_tier} />
                    if already {
                        <p class="note">{ k.already_there }</p>
                    } else {
                        <button type="button" class="add-cause" data-action="add-segment" onclick={on_add}>{ k.add_button }</button>
                    }
                    <h4 class="subheading">{ k.shared_heading }</h4>
                    { shared_input(WinbackField::Margin, margin_note) }
                    { shared_input(WinbackField::Periods, k.periods_note.to_string()) }
                    { shared_input(WinbackField::InformationBenefit, k.information_note.to_string()) }
                    { switch("winback_discount", discount_label, w.discount, on_discount) }
                    { switch("winback_communication", communication_label, w.communication, on_communication) }
                    <p class="note" data-status="winback_cac">{ cac_line }</p>
                </form>
                <div class="results">
                    <h3 class="visually-hidden">{ t.results_heading }</h3>
                    <div class="headline" role="group" aria-label={k.heading}>
                        { figure(lang, "winback_roi", k.result_labels[3], total(|r| r.roi), percent, "", roi_formula, None) }
                        { figure(lang, "winback_bc_ratio", k.result_labels[4], total(|r| r.bc_ratio), ratio, k.times_word, ratio_formula, None) }
                        { break_even_figure }
                    </div>
                    if let Some(text) = benchmark {
                        <p class="note course-note" data-verdict="winback_roi">{ text }</p>
                    }
                    <div class="figure-row">
                        { figure(lang, "winback_won", k.result_labels[0], total(|r| Ok(r.won)), quantity, k.customers_word, won_formula, None) }
                        { figure(lang, "winback_cost", k.result_labels[1], total(|r| Ok(r.cost)), amount, "", cost_formula, None) }
                        { figure(lang, "winback_benefit", k.result_labels[2], total(|r| r.benefit), amount, "", benefit_formula, None) }
                    </div>
                    if !e.segments.is_empty() {
                        <div class="table-scroll" tabindex="0" role="region" aria-label={k.table_heading}>
                            <table class="cause-table" data-table="winback">
                                <caption>{ k.table_heading }</caption>
                                <thead>
                                    <tr>{ for k.table_columns.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr>
                                </thead>
                                <tbody>{ for rows }</tbody>
                            </table>
                        </div>
                        <ul class="advice">{ for advice_lines }</ul>
                    }
                    { for roi_chart }
                    { benefit_chart }
                </div>
            </div>
        </section>
    }
}
