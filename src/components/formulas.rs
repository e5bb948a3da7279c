//! The formula of each figure, step by step with the user's own numbers, and the
//! figure's display text. Pure functions of the report: tested natively.

use crate::i18n::format::{count, percent, quantity};
use crate::i18n::{fill, lifetime_unit, Lang};
use crate::model::period::Period;
use crate::model::retention::{KnownFigures, Metric, RetentionReport};

/// The label of a metric in `lang`.
pub fn metric_label(lang: Lang, metric: Metric) -> &'static str {
    let t = lang.texts();
    match metric {
        Metric::Lost => t.metric_lost,
        Metric::Retained => t.metric_retained,
        Metric::RetentionRate => t.metric_retention_rate,
        Metric::ChurnRate => t.metric_churn_rate,
        Metric::AvgLifetime => t.metric_avg_lifetime,
        Metric::NetGrowth => t.metric_net_growth,
        Metric::ChurnMonth => t.metric_churn_converted[0],
        Metric::ChurnQuarter => t.metric_churn_converted[1],
        Metric::ChurnYear => t.metric_churn_converted[2],
        Metric::ChurnStartPlusNew => t.metric_churn_start_plus_new,
        Metric::ChurnAverage => t.metric_churn_average,
    }
}

/// How a value of `metric` is shown: counts with separators, rates as percentages,
/// the lifetime with two decimals.
pub fn display(metric: Metric, value: f64) -> String {
    match metric {
        Metric::Lost | Metric::Retained => count(value),
        Metric::AvgLifetime => quantity(value),
        _ => percent(value),
    }
}

/// The exponent k that converts a rate per `from` to a rate per `to`, as shown ("3",
/// "1/12").
fn exponent_text(from: Period, to: Period) -> String {
    let (f, t) = (from.months(), to.months());
    if t >= f {
        (t / f).to_string()
    } else {
        format!("1/{}", f / t)
    }
}

/// The formula of `metric` as lines: the words, then the symbols with the user's
/// numbers and the result. Only the words when the figure is not computable.
pub fn formula_lines(
    lang: Lang,
    metric: Metric,
    report: &RetentionReport,
    known: KnownFigures,
    period: Option<Period>,
) -> Vec<String> {
    let w = &lang.texts().formula_words;
    let (s, n, e, l) = (report.start, report.new, report.end, report.lost);
    let value = report.get(metric).ok();
    let shown = |v: f64| display(metric, v);
    let mut lines = Vec::new();
    match metric {
        Metric::Lost => {
            if known == KnownFigures::StartNewEnd {
                lines.push(w.lost.to_string());
                if let (Some(s), Some(n), Some(e), Some(v)) = (s, n, e, value) {
                    lines.push(format!(
                        "L = S + N − E = {} + {} − {} = {}",
                        count(s),
                        count(n),
                        count(e),
                        shown(v)
                    ));
                }
            } else {
                lines.push(w.lost_given.to_string());
                if let Some(v) = value {
                    lines.push(format!("L = {}", shown(v)));
                }
            }
        }
        Metric::Retained => {
            lines.push(w.retained.to_string());
            if let (Some(s), Some(l), Some(v)) = (s, l, value) {
                lines.push(format!(
                    "S − L = {} − {} = {}",
                    count(s),
                    count(l),
                    shown(v)
                ));
            }
        }
        Metric::RetentionRate => {
            lines.push(w.retention_rate.to_string());
            if let (Some(s), Some(l), Some(v)) = (s, l, value) {
                if let (Some(n), Some(e)) = (n, e) {
                    lines.push(format!(
                        "CRR = (E − N) / S = ({} − {}) / {} = {}",
                        count(e),
                        count(n),
                        count(s),
                        shown(v)
                    ));
                } else {
                    lines.push(format!(
                        "CRR = (S − L) / S = ({} − {}) / {} = {}",
                        count(s),
                        count(l),
                        count(s),
                        shown(v)
                    ));
                }
                lines.push("CRR = 1 − CR".to_string());
            }
        }
        Metric::ChurnRate => {
            lines.push(w.churn_rate.to_string());
            if let (Some(s), Some(l), Some(v)) = (s, l, value) {
                lines.push(format!(
                    "CR = L / S = {} / {} = {}",
                    count(l),
                    count(s),
                    shown(v)
                ));
            }
        }
        Metric::AvgLifetime => {
            lines.push(w.avg_lifetime.to_string());
            if let (Ok(cr), Some(v)) = (report.get(Metric::ChurnRate), value) {
                lines.push(format!(
                    "1 / CR = 1 / {} = {} {}",
                    percent(cr),
                    shown(v),
                    lifetime_unit(lang, period)
                ));
            }
        }
        Metric::NetGrowth => {
            if known == KnownFigures::StartNewLost {
                lines.push(w.end_derived.to_string());
                if let (Some(s), Some(n), Some(l), Some(e)) = (s, n, l, e) {
                    lines.push(format!(
                        "E = S + N − L = {} + {} − {} = {}",
                        count(s),
                        count(n),
                        count(l),
                        count(e)
                    ));
                }
            }
            lines.push(w.net_growth.to_string());
            if let (Some(s), Some(e), Some(v)) = (s, e, value) {
                lines.push(format!(
                    "(E − S) / S = ({} − {}) / {} = {}",
                    count(e),
                    count(s),
                    count(s),
                    shown(v)
                ));
            }
        }
        Metric::ChurnMonth | Metric::ChurnQuarter | Metric::ChurnYear => {
            let to = metric.converted_period().unwrap_or_default();
            let k = period.map_or_else(|| "k".to_string(), |from| exponent_text(from, to));
            lines.push(fill(w.conversion, &[("k", &k)]));
            if let (Ok(cr), Some(v)) = (report.get(Metric::ChurnRate), value) {
                lines.push(format!("1 − (1 − {})^{} = {}", percent(cr), k, shown(v)));
            }
        }
        Metric::ChurnStartPlusNew => {
            lines.push(w.churn_start_plus_new.to_string());
            if let (Some(s), Some(n), Some(l), Some(v)) = (s, n, l, value) {
                lines.push(format!(
                    "L / (S + N) = {} / ({} + {}) = {}",
                    count(l),
                    count(s),
                    count(n),
                    shown(v)
                ));
            }
        }
        Metric::ChurnAverage => {
            lines.push(w.churn_average.to_string());
            if let (Some(s), Some(e), Some(l), Some(v)) = (s, e, l, value) {
                lines.push(format!(
                    "L / ((S + E) / 2) = {} / (({} + {}) / 2) = {} / {} = {}",
                    count(l),
                    count(s),
                    count(e),
                    count(l),
                    quantity((s + e) / 2.0),
                    shown(v)
                ));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::retention::{analyse, RetentionInput};

    fn example(known: KnownFigures) -> RetentionReport {
        analyse(&RetentionInput {
            known,
            period: Some(Period::Month),
            start: Some(1000.0),
            new: Some(150.0),
            end: Some(1030.0),
            lost: Some(120.0),
        })
    }

    #[test]
    fn formulas_carry_the_users_numbers() {
        let r = example(KnownFigures::StartNewEnd);
        let lines = |m| {
            formula_lines(
                Lang::En,
                m,
                &r,
                KnownFigures::StartNewEnd,
                Some(Period::Month),
            )
        };
        assert!(
            lines(Metric::Lost).contains(&"L = S + N − E = 1,000 + 150 − 1,030 = 120".to_string())
        );
        assert!(lines(Metric::ChurnRate).contains(&"CR = L / S = 120 / 1,000 = 12.0%".to_string()));
        assert!(lines(Metric::RetentionRate)
            .contains(&"CRR = (E − N) / S = (1,030 − 150) / 1,000 = 88.0%".to_string()));
        assert!(
            lines(Metric::AvgLifetime).contains(&"1 / CR = 1 / 12.0% = 8.33 months".to_string())
        );
        assert!(lines(Metric::ChurnQuarter).contains(&"1 − (1 − 12.0%)^3 = 31.85%".to_string()));
        assert!(lines(Metric::ChurnAverage).contains(
            &"L / ((S + E) / 2) = 120 / ((1,000 + 1,030) / 2) = 120 / 1,015 = 11.82%".to_string()
        ));
        assert!(lines(Metric::ChurnStartPlusNew)
            .contains(&"L / (S + N) = 120 / (1,000 + 150) = 10.43%".to_string()));
    }

    #[test]
    fn conversion_to_a_shorter_period_shows_a_fractional_exponent() {
        let mut r = example(KnownFigures::StartLost);
        r = analyse(&RetentionInput {
            period: Some(Period::Year),
            ..RetentionInput {
                known: KnownFigures::StartLost,
                period: None,
                start: r.start,
                new: None,
                end: None,
                lost: Some(120.0),
            }
        });
        let lines = formula_lines(
            Lang::ZhHans,
            Metric::ChurnMonth,
            &r,
            KnownFigures::StartLost,
            Some(Period::Year),
        );
        assert!(lines[0].contains("k = 1/12"), "{lines:?}");
        assert!(lines[1].starts_with("1 − (1 − 12.0%)^1/12 = "), "{lines:?}");
    }

    #[test]
    fn not_computable_shows_only_the_words() {
        let r = analyse(&RetentionInput {
            known: KnownFigures::StartNewEnd,
            period: Some(Period::Month),
            start: Some(0.0),
            new: Some(10.0),
            end: Some(5.0),
            lost: None,
        });
        let lines = formula_lines(
            Lang::ZhHant,
            Metric::ChurnRate,
            &r,
            KnownFigures::StartNewEnd,
            Some(Period::Month),
        );
        assert_eq!(lines.len(), 1);
        assert!(lines[0].contains("客戶流失率"));
    }
}
