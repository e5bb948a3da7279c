//! Links written by earlier versions and by hand keep opening the same figures. Each
//! fixture is a query string as a user, an instructor or an earlier build wrote it, with
//! figures it must give. Never edit a fixture to make it pass: add a new one.

use retention_calculator::model::retention::Metric;
use retention_calculator::model::winback::Advice;
use retention_calculator::state::value::ValueMetric;
use retention_calculator::state::{evaluate_sections, url, Scenario, SectionsEvaluation};

fn open(query: &str) -> (Scenario, SectionsEvaluation) {
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.replace('+', " ")))
        .collect();
    let scenario = url::decode(
        |key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()),
        &["en-US".to_string()],
    );
    let sections = evaluate_sections(&scenario);
    (scenario, sections)
}

fn near(actual: Result<f64, impl std::fmt::Debug>, expected: f64) {
    let a = actual.expect("computable");
    assert!(
        (a - expected).abs() < 1e-6 * expected.abs().max(1.0),
        "{a} != {expected}"
    );
}

#[test]
fn the_foundation_links() {
    // Issue 3: README example and the three "known" modes.
    let (_, e) =
        open("lang=zh-Hans&period=month&start_customers=1000&new_customers=150&end_customers=1030");
    near(e.retention.report.get(Metric::ChurnRate), 0.12);
    let (_, e) = open("start_customers=1000&lost_customers=120");
    near(e.retention.report.get(Metric::RetentionRate), 0.88);
    let (_, e) = open("known=start_new_lost&start_customers=1000&new_customers=150&lost_customers=120&period=year");
    near(e.retention.report.get(Metric::ChurnRate), 0.12);
}

#[test]
fn the_cost_and_value_links() {
    // Issue 5: spends, typed costs and the advanced parameters.
    let (_, e) = open("start_customers=1000&new_customers=150&end_customers=1030&acquisition_spend=45000&retention_spend=17600");
    near(
        e.cost
            .get(retention_calculator::model::cost::CostMetric::CostRatio),
        15.0,
    );
    let (s, _) = open("lang=zh-Hant&period=quarter&start_customers=1000&lost_customers=120&cac=300&crc=20&referral_share=60&wom_people_per_unhappy=25");
    assert!(s.cost_advanced);
    // Issue 8: projection and CLV keys.
    let (_, e) = open("margin_per_customer=80&discount_rate=1&horizon_periods=24");
    near(
        e.value.get(ValueMetric::ClvEndOfPeriod),
        80.0 * 0.88 / (1.01 - 0.88),
    );
    near(e.value.get(ValueMetric::CeilingCustomers), 1250.0);
}

#[test]
fn the_causes_winback_and_view_links() {
    // Issue 6.
    let (_, e) = open("cause_entry=count&cause.core_service=30&cause.staff=20&cause.price=18&cause.inconvenience=12&cause.failure_response=10&cause.competition=15&cause.ethics=5&cause.involuntary=10");
    near(e.causes.report.controllable_share, 110.0 / 120.0);
    near(e.causes.report.pareto_80_count, 6.0);
    let (s, _) =
        open("cause_name.c1=Billing&cause.c1=12&cause_name.c2=Moved&cause_uncontrollable.c2=1");
    assert_eq!(s.causes.custom.len(), 2);
    // Issue 7.
    let (_, e) = open("winback.pulled_away.important.count=50&winback.bought_away.ordinary.count=20&winback.pushed_deliberately.small.count=10");
    let total = e.winback.report.as_ref().expect("computable");
    near(total.roi, (22_680.0 - 5_800.0) / 5_800.0);
    assert_eq!(
        e.winback.segments[0].report.map(|r| r.advice),
        Some(Advice::GiveUp)
    );
    // Issue 9: view keys travel without changing any figure.
    let (s, e) = open(
        "embed=1&sections=winback&theme=dark&accent=1a7f5a&start_customers=1000&lost_customers=120",
    );
    assert!(s.view.embedded());
    near(e.retention.report.get(Metric::ChurnRate), 0.12);
}

#[test]
fn the_preset_and_practice_links() {
    use retention_calculator::model::exercise::{generate, ExerciseKind, Level, Quantity};
    // Issue 9: a preset by name, the link's own keys on top.
    let (s, e) = open("preset=car_dealer&lang=zh-Hans&start_customers=5000&end_customers=5100");
    assert_eq!(s.counts[0], "5000");
    let roi = e
        .winback
        .report
        .expect("computable")
        .roi
        .expect("computable");
    assert!((roi - 1.02).abs() < 0.005, "{roi}");
    // Issue 10: an instructor's link gives this very problem, now and after any change.
    let (s, _) = open("exercise=churn_rate&level=2&seed=42&lang=zh-Hant");
    let problem = s.exercise.exercise();
    assert_eq!(
        problem,
        generate(ExerciseKind::ChurnRate, Level::Medium, 42)
    );
    let given: Vec<(Quantity, f64)> = problem.givens.iter().map(|g| (g.name, g.value)).collect();
    assert_eq!(
        given,
        PINNED_CHURN_RATE_2_42.to_vec(),
        "the problem of exercise=churn_rate&level=2&seed=42 changed"
    );
}

/// The givens of `exercise=churn_rate&level=2&seed=42` when the practice mode shipped.
const PINNED_CHURN_RATE_2_42: [(retention_calculator::model::exercise::Quantity, f64); 3] = [
    (
        retention_calculator::model::exercise::Quantity::Start,
        1750.0,
    ),
    (retention_calculator::model::exercise::Quantity::New, 110.0),
    (retention_calculator::model::exercise::Quantity::End, 1670.0),
];
