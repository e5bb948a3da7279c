//! Practise (teaching mode): a generated problem on one calculator, the student's answer
//! checked within a stated tolerance, a hint for a common mistake, then the worked steps
//! with the problem's numbers. The problem lives in the link (`exercise`, `level`,
//! `seed`), so one link gives a whole class the same problem.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::guided_examples::GuidedExamples;
use super::ScenarioContext;
use crate::i18n::format::{amount, count, percent, quantity};
use crate::i18n::{field_error, fill, Lang};
use crate::model::exercise::{
    check, generate, Checked, ExerciseKind, Formula, Given, Level, Mistake, Quantity, Step, Unit,
};
use crate::model::period::Period;
use crate::state::exercise::{ExerciseFields, ExerciseProblem, KEY_ANSWER};
use crate::state::Action;
use crate::web;

/// A value as the problem shows it: percentages for rates, money, counts.
fn shown(unit: Unit, value: f64) -> String {
    match unit {
        Unit::Percent => percent(value),
        Unit::Money => amount(value),
        Unit::Customers => count(value),
        Unit::Periods | Unit::Times => quantity(value),
    }
}

/// `text` with its first letter capitalised, for the start of a list item (the names
/// are written to sit inside sentences; Chinese is unchanged).
fn capitalized(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_ascii_lowercase() => {
            first.to_ascii_uppercase().to_string() + chars.as_str()
        }
        _ => text,
    }
}

fn period_index(p: Period) -> usize {
    Period::ALL.iter().position(|x| *x == p).unwrap_or(0)
}

/// The name of a quantity in `lang`, in the course's terms.
fn quantity_name(lang: Lang, q: Quantity) -> String {
    let t = &lang.texts().exercise;
    use Quantity::*;
    let index = match q {
        ChurnOver(p) => return fill(t.churn_over, &[("period", t.periods[period_index(p)])]),
        RetentionOver(p) => {
            return fill(t.retention_over, &[("period", t.periods[period_index(p)])])
        }
        Start => 0,
        New => 1,
        End => 2,
        Lost => 3,
        Retained => 4,
        RetentionRate => 5,
        ChurnRate => 6,
        Lifetime => 7,
        AcquisitionSpend => 8,
        RetentionSpend => 9,
        Cac => 10,
        Crc => 11,
        CostRatio => 12,
        NewPerPeriod => 13,
        ReferralRate => 14,
        NetLossRate => 15,
        Ceiling => 16,
        Margin => 17,
        DiscountRate => 18,
        ClvDenominator => 19,
        Clv => 20,
        SegmentCount => 21,
        SuccessRate => 22,
        ContactCost => 23,
        OfferCost => 24,
        RelationshipPeriods => 25,
        WonBack => 26,
        WinbackCost => 27,
        RepurchasePerWon => 28,
        Repurchase => 29,
        AvoidedReplacement => 30,
        Benefit => 31,
        Roi => 32,
        PriceLeavers => 33,
        QualityLeavers => 34,
        ServiceLeavers => 35,
        MovedAway => 36,
        ServiceShare => 37,
        ControllableShare => 38,
    };
    t.quantities[index].to_string()
}

/// The formula of a step in symbols (the same in every language), with `{0}` … for its
/// inputs in order.
fn formula_template(formula: Formula) -> &'static str {
    match formula {
        Formula::Lost => "L = S + N − E = {0} + {1} − {2}",
        Formula::KeptFromEnd => "E − N = {0} − {1}",
        Formula::Retained => "S − L = {0} − {1}",
        Formula::RetentionRate => "CRR = (E − N) ÷ S = {0} ÷ {1}",
        Formula::ChurnRate => "CR = L ÷ S = {0} ÷ {1}",
        Formula::Survival => "1 − CR = 1 − {0}",
        Formula::Compound => "(1 − CR)^k = {0}^{k}",
        Formula::ChurnFromSurvival => "1 − {0}",
        Formula::Lifetime => "1 ÷ CR = 1 ÷ {0}",
        Formula::Cac => "CAC = {0} ÷ {1}",
        Formula::Crc => "CRC = {0} ÷ {1}",
        Formula::CostRatio => "CAC ÷ CRC = {0} ÷ {1}",
        Formula::NetLossRate => "CR − ρ = {0} − {1}",
        Formula::Ceiling => "{0} ÷ {1}",
        Formula::ClvDenominator => "1 + d − r = 1 + {0} − {1}",
        Formula::Clv => "m × r ÷ (1 + d − r) = {0} × {1} ÷ {2}",
        Formula::WonBack => "{0} × {1}",
        Formula::WinbackCost => "{0} × {1} + {2} × {3}",
        Formula::RepurchasePerWon => "m × T = {0} × {1}",
        Formula::DiscountedRepurchasePerWon => {
            "m × (1 − (1 + d)^−T) ÷ d = {0} × (1 − (1 + {2})^−{1}) ÷ {2}"
        }
        Formula::Repurchase => "{0} × {1}",
        Formula::AvoidedReplacement => "{0} × {1}",
        Formula::Benefit => "{0} + {1}",
        Formula::Roi => "(B − C) ÷ C = ({0} − {1}) ÷ {1}",
        // The inputs joined with " + " (three or four causes): see `step_line`.
        Formula::CauseTotal => "L = {sum}",
        Formula::CauseShare => "{0} ÷ {1}",
        Formula::ControllableShare => "1 − {0} ÷ {1}",
    }
}

/// One step as a line: "churn rate (CR): CR = L ÷ S = 120 ÷ 1,000 = 12.0%".
fn step_line(lang: Lang, step: &Step) -> String {
    let mut values: Vec<(String, String)> = step
        .inputs
        .iter()
        .enumerate()
        .map(|(i, g)| (i.to_string(), shown(g.name.unit(), g.value)))
        .collect();
    let sum: Vec<&str> = values.iter().map(|(_, v)| v.as_str()).collect();
    let sum = sum.join(" + ");
    values.push(("sum".to_string(), sum));
    // The exponent of a conversion: the new period over the old, in months.
    if let (Some(Quantity::RetentionOver(from)), Quantity::RetentionOver(to)) =
        (step.inputs.first().map(|g| g.name), step.result.name)
    {
        let (f, t) = (from.months(), to.months());
        let k = if t >= f {
            (t / f).to_string()
        } else {
            format!("(1/{})", f / t)
        };
        values.push(("k".to_string(), k));
    }
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    format!(
        "{}{}{} = {}",
        capitalized(quantity_name(lang, step.result.name)),
        lang.texts().colon,
        fill(formula_template(step.formula), &pairs),
        shown(step.result.name.unit(), step.result.value)
    )
}

fn unit_index(unit: Unit) -> usize {
    match unit {
        Unit::Percent => 0,
        Unit::Money => 1,
        Unit::Periods => 2,
        Unit::Customers => 3,
        Unit::Times => 4,
    }
}

fn mistake_index(m: Mistake) -> usize {
    use Mistake::*;
    match m {
        FractionForPercent => 0,
        PercentForFraction => 1,
        MultipliedNotCompounded => 2,
        DividedNotCompounded => 3,
        StartPlusNewDenominator => 4,
        AverageDenominator => 5,
        RetentionForChurn => 6,
        ChurnForRetention => 7,
        ForgotNewCustomers => 8,
        SimpleClv => 9,
        InvertedRatio => 10,
        IgnoredReferrals => 11,
        BenefitCostRatio => 12,
        ComplementShare => 13,
    }
}

/// A choice list of the exercise's keys.
fn picker(
    name: &'static str,
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    selected: &'static str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="exercise-pick">
            <span>{ label }</span>
            <select data-field={name} {onchange}>
                { for options.into_iter().map(|(value, text)| html! {
                    <option {value} selected={value == selected}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

/// The practice section.
#[function_component]
pub fn ExerciseSection() -> Html {
    // The fields as they were when "Check" was pressed: the verdict shows while they hold.
    let checked_for = use_state(|| None::<ExerciseFields>);
    let Some(scenario) = use_context::<ScenarioContext>() else {
        return Html::default();
    };
    let lang = scenario.lang;
    let t = &lang.texts().exercise;
    let fields = scenario.exercise.clone();
    let hidden = scenario.view.answers_hidden();
    let (kind, level) = (fields.kind(), fields.level());
    // Drawing a problem can take a few hundred tries: only when the problem changes.
    let exercise = use_memo((kind, level, fields.seed()), |(k, l, s)| {
        generate(*k, *l, *s)
    });

    let choose = move |next_kind: Option<ExerciseKind>, next_level: Option<Level>, seed: u64| {
        Action::SetExercise {
            kind: next_kind.unwrap_or(kind).key().to_string(),
            level: next_level.unwrap_or(level).key().to_string(),
            seed: seed.to_string(),
        }
    };
    let on_kind = {
        let (scenario, seed) = (scenario.clone(), fields.seed());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let chosen = ExerciseKind::from_key(&select.value());
            scenario.dispatch(choose(chosen, None, seed));
        })
    };
    let on_level = {
        let (scenario, seed) = (scenario.clone(), fields.seed());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let chosen = Level::from_key(&select.value());
            scenario.dispatch(choose(None, chosen, seed));
        })
    };
    let on_new = {
        let scenario = scenario.clone();
        Callback::from(move |_: MouseEvent| {
            scenario.dispatch(choose(None, None, web::random_seed()))
        })
    };
    let on_answer = {
        let scenario = scenario.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            scenario.dispatch(Action::SetExerciseAnswer(input.value()));
        })
    };
    let on_check = {
        let (checked_for, fields) = (checked_for.clone(), fields.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            checked_for.set(Some(fields.clone()));
        })
    };

    let problems = fields.problems().into_iter().map(|p| {
        let (key, text) = match p {
            ExerciseProblem::Kind(v) => ("exercise", fill(t.not_a_problem, &[("value", &v)])),
            ExerciseProblem::Seed(v) => (
                "seed",
                fill(
                    t.bad_seed,
                    &[("value", &v), ("seed", &fields.seed().to_string())],
                ),
            ),
            ExerciseProblem::Level(v) => ("level", fill(t.bad_level, &[("value", &v)])),
        };
        html! { <p class="view-problem" data-error-for={key}>{ text }</p> }
    });
    let kinds: Vec<(&'static str, &'static str)> = ExerciseKind::ALL
        .iter()
        .zip(t.kinds.iter())
        .map(|(k, name)| (k.key(), *name))
        .collect();
    let levels: Vec<(&'static str, &'static str)> = Level::ALL
        .iter()
        .zip(t.levels.iter())
        .map(|(l, name)| (l.key(), *name))
        .collect();
    let givens = exercise.givens.iter().map(|Given { name, value }| {
        html! {
            <li>{ capitalized(quantity_name(lang, *name)) }{ lang.texts().colon }<strong>{ shown(name.unit(), *value) }</strong></li>
        }
    });
    let unit = exercise.answer_unit();
    let tolerance = if unit == Unit::Percent {
        // In percentage points: "±0.05 pts", not "±0.05%" (which could be relative).
        let mut text = percent(exercise.tolerance);
        text.pop();
        format!("{text}{}", lang.texts().compare.points)
    } else {
        shown(unit, exercise.tolerance)
    };
    let verdict = (checked_for.as_ref() == Some(&fields)).then(|| {
        let expected = shown(unit, exercise.expected);
        let (correct, message, class, hint) = match check(&exercise, &fields.answer) {
            Checked::Correct { exact: true } => ("1", t.correct.to_string(), "ok", None),
            Checked::Correct { exact: false } => {
                let text = if hidden {
                    t.correct.to_string()
                } else {
                    fill(t.correct_close, &[("expected", &expected)])
                };
                ("1", text, "ok", None)
            }
            Checked::Wrong { mistake } => (
                "0",
                t.wrong.to_string(),
                "warning",
                mistake.map(|m| t.mistakes[mistake_index(m)]),
            ),
            Checked::Unreadable(error) => (
                "",
                field_error(lang, t.answer, &error, &fields.answer),
                "warning",
                None,
            ),
        };
        let unreadable = correct.is_empty();
        html! {
            <div class="exercise-verdict" aria-live="polite">
                <p class={classes!("exercise-result", class)} data-result="exercise_correct" data-value={correct}>
                    if unreadable {
                        <span data-error-for={KEY_ANSWER}>{ message }</span>
                    } else {
                        { message }
                    }
                </p>
                if let Some(h) = hint {
                    <p class="note" data-hint-for={KEY_ANSWER}>{ h }</p>
                }
                // The worked answer follows an attempt: not an empty or unreadable one.
                if !hidden && !unreadable {
                    <p>{ t.expected }{ lang.texts().colon }
                        <strong data-result="exercise_expected" data-value={exercise.expected.to_string()}>{ expected }</strong>
                    </p>
                    <h4>{ t.steps }</h4>
                    <ol class="exercise-steps">
                        { for exercise.steps.iter().map(|s| html! { <li>{ step_line(lang, s) }</li> }) }
                    </ol>
                }
            </div>
        }
    });
    html! {
        <section class="section exercise-section" aria-labelledby="exercise-heading" data-section="exercises">
            <h2 id="exercise-heading">{ t.heading }</h2>
            <p class="section-intro">{ t.intro }</p>
            { for problems }
            if hidden {
                <p class="note" data-status="answers-hidden">{ t.hidden }</p>
            }
            <div class="exercise-picks">
                { picker("exercise", t.kind_label, kinds, kind.key(), on_kind) }
                { picker("level", t.level_label, levels, level.key(), on_level) }
                <button type="button" class="share-button" data-action="new-exercise" onclick={on_new}>{ t.new_problem }</button>
            </div>
            <div class="exercise-problem" data-exercise={kind.key()} data-seed={fields.seed().to_string()}>
                <h3>{ fill(t.problem_number, &[("seed", &fields.seed().to_string())]) }</h3>
                <p>{ t.given }{ lang.texts().colon }</p>
                <ul class="exercise-givens">{ for givens }</ul>
                <p class="exercise-question">{ fill(t.question, &[("asked", &quantity_name(lang, exercise.asked))]) }</p>
                <p class="note">{ t.unit_hints[unit_index(unit)] }{ " " }{ fill(t.tolerance, &[("tolerance", &tolerance)]) }</p>
                <form class="exercise-answer" onsubmit={on_check}>
                    <label for="exercise-answer">{ t.answer }</label>
                    <input id="exercise-answer" type="text" inputmode="decimal" autocomplete="off"
                        data-field={KEY_ANSWER} value={fields.answer.clone()} oninput={on_answer} />
                    <button type="submit" class="share-button" data-action="check-exercise">{ t.check }</button>
                </form>
                { for verdict }
            </div>
            <GuidedExamples />
        </section>
    }
}
