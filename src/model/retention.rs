//! Retention and churn over one period (DOMAIN.md §1).
//!
//! S = customers at the start, N = new customers acquired during the period,
//! E = customers at the end, L = customers lost, with L = S + N − E.
//! The user knows (S, N, E), (S, L) or (S, N, L), or all four (which must agree).

use super::period::{convert_churn_rate, Period};

/// Which of the four counts the user supplies; the others are derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum KnownFigures {
    /// Start, new and end counts; lost is derived.
    #[default]
    StartNewEnd,
    /// Start and lost counts; new and end are unknown.
    StartLost,
    /// Start, new and lost counts; end is derived.
    StartNewLost,
    /// All four counts, checked against each other.
    All,
}

impl KnownFigures {
    /// Every mode, in the order the interface offers them.
    pub const ALL: [KnownFigures; 4] = [
        KnownFigures::StartNewEnd,
        KnownFigures::StartLost,
        KnownFigures::StartNewLost,
        KnownFigures::All,
    ];

    /// The value used in `data-field="known"` and in the URL.
    pub fn key(self) -> &'static str {
        match self {
            KnownFigures::StartNewEnd => "start_new_end",
            KnownFigures::StartLost => "start_lost",
            KnownFigures::StartNewLost => "start_new_lost",
            KnownFigures::All => "all",
        }
    }

    /// The mode named by `key`, if any.
    pub fn from_key(key: &str) -> Option<KnownFigures> {
        KnownFigures::ALL
            .into_iter()
            .find(|k| k.key() == key.trim())
    }

    /// The count fields the user types in this mode, in display order.
    pub fn inputs(self) -> &'static [CountField] {
        use CountField::*;
        match self {
            KnownFigures::StartNewEnd => &[Start, New, End],
            KnownFigures::StartLost => &[Start, Lost],
            KnownFigures::StartNewLost => &[Start, New, Lost],
            KnownFigures::All => &[Start, New, End, Lost],
        }
    }

    /// The mode a set of supplied counts implies (used to read links): the keys a link
    /// sets choose the mode. `has(field)` tells whether the link sets that field.
    pub fn implied_by(has: impl Fn(CountField) -> bool) -> KnownFigures {
        match (
            has(CountField::New),
            has(CountField::End),
            has(CountField::Lost),
        ) {
            (_, _, false) => KnownFigures::StartNewEnd,
            (_, true, true) => KnownFigures::All,
            (true, false, true) => KnownFigures::StartNewLost,
            (false, false, true) => KnownFigures::StartLost,
        }
    }
}

/// The four customer counts of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountField {
    /// S: customers at the start of the period.
    Start,
    /// N: new customers acquired during the period.
    New,
    /// E: customers at the end of the period.
    End,
    /// L: customers lost during the period.
    Lost,
}

impl CountField {
    /// All four, in the order S, N, E, L.
    pub const ALL: [CountField; 4] = [
        CountField::Start,
        CountField::New,
        CountField::End,
        CountField::Lost,
    ];

    /// The contract name: `data-field` and URL key.
    pub fn key(self) -> &'static str {
        match self {
            CountField::Start => "start_customers",
            CountField::New => "new_customers",
            CountField::End => "end_customers",
            CountField::Lost => "lost_customers",
        }
    }
}

/// Validated counts as the user supplied them: `None` where a field is not used in the
/// mode, or was empty or invalid (its own parse error is shown beside it).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RetentionInput {
    /// Which counts are supplied.
    pub known: KnownFigures,
    /// The period the counts cover; `None` when the period given is not recognised.
    pub period: Option<Period>,
    /// S, customers at the start.
    pub start: Option<f64>,
    /// N, new customers during the period.
    pub new: Option<f64>,
    /// E, customers at the end.
    pub end: Option<f64>,
    /// L, customers lost during the period.
    pub lost: Option<f64>,
}

/// A problem that involves more than one count, reported beside the field named.
#[derive(Debug, Clone, PartialEq)]
pub enum CrossFieldIssue {
    /// S = 0: a rate of nothing is undefined.
    StartIsZero,
    /// E > S + N: the lost count would be negative. `start_plus_new` is S + N.
    EndAboveStartPlusNew { start_plus_new: f64 },
    /// L > S + N: more customers lost than were ever served.
    LostAboveStartPlusNew { start_plus_new: f64 },
    /// L > S with no new customers known.
    LostAboveStart { start: f64 },
    /// L > S (some new customers left in the same period): start-based rates would
    /// exceed 100 %, so only the rate over S + N is given. `lost` is L.
    LostExceedsStart { lost: f64, start: f64 },
    /// All four counts given and L ≠ S + N − E. `expected` is S + N − E.
    LostDisagrees { expected: f64 },
}

/// One figure computed by this section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Metric {
    /// L, customers lost (a count).
    Lost,
    /// S − L, customers kept from the start (a count).
    Retained,
    /// CRR = (E − N) / S, a fraction per period.
    RetentionRate,
    /// CR = L / S, a fraction per period.
    ChurnRate,
    /// 1 / CR, in periods.
    AvgLifetime,
    /// (E − S) / S, a fraction per period (may be negative or above 1).
    NetGrowth,
    /// CR converted to a month, compounded (a fraction).
    ChurnMonth,
    /// CR converted to a quarter, compounded (a fraction).
    ChurnQuarter,
    /// CR converted to a year, compounded (a fraction).
    ChurnYear,
    /// L / (S + N), a fraction per period.
    ChurnStartPlusNew,
    /// L / ((S + E) / 2), a fraction per period.
    ChurnAverage,
}

impl Metric {
    /// Every metric, in display order.
    pub const ALL: [Metric; 11] = [
        Metric::Lost,
        Metric::Retained,
        Metric::RetentionRate,
        Metric::ChurnRate,
        Metric::AvgLifetime,
        Metric::NetGrowth,
        Metric::ChurnMonth,
        Metric::ChurnQuarter,
        Metric::ChurnYear,
        Metric::ChurnStartPlusNew,
        Metric::ChurnAverage,
    ];

    /// The contract name: `data-result`.
    pub fn key(self) -> &'static str {
        match self {
            Metric::Lost => "lost_customers",
            Metric::Retained => "retained_customers",
            Metric::RetentionRate => "retention_rate",
            Metric::ChurnRate => "churn_rate",
            Metric::AvgLifetime => "avg_lifetime_periods",
            Metric::NetGrowth => "net_growth_rate",
            Metric::ChurnMonth => "churn_rate_month",
            Metric::ChurnQuarter => "churn_rate_quarter",
            Metric::ChurnYear => "churn_rate_year",
            Metric::ChurnStartPlusNew => "churn_rate_start_plus_new",
            Metric::ChurnAverage => "churn_rate_average",
        }
    }

    /// True for metrics that are fractions bounded to [0, 1].
    pub fn is_bounded_rate(self) -> bool {
        !matches!(
            self,
            Metric::Lost | Metric::Retained | Metric::AvgLifetime | Metric::NetGrowth
        )
    }

    /// For the three period conversions, the period converted to.
    pub fn converted_period(self) -> Option<Period> {
        match self {
            Metric::ChurnMonth => Some(Period::Month),
            Metric::ChurnQuarter => Some(Period::Quarter),
            Metric::ChurnYear => Some(Period::Year),
            _ => None,
        }
    }
}

/// Why a figure is not computable; shown in place of the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotComputable {
    /// A count it needs is missing or invalid.
    NeedsValid(CountField),
    /// It needs a count the chosen mode does not supply.
    NotSupplied(CountField),
    /// S = 0.
    StartIsZero,
    /// The counts contradict each other.
    Inconsistent,
    /// L > S: a start-based rate would exceed 100 %.
    LostExceedsStart,
    /// No churn: the average lifetime is unbounded.
    NoChurn,
    /// The rate over the average base exceeds 100 %: that denominator breaks down when
    /// the base changes this fast.
    AverageBaseBreaks,
    /// The period is not recognised, so it cannot be converted.
    PeriodUnknown,
}

/// A figure, or why it cannot be given.
pub type Outcome = Result<f64, NotComputable>;

/// Everything the section shows: the counts used (given or derived), cross-field
/// issues by field, and each metric's outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionReport {
    /// S, when valid.
    pub start: Option<f64>,
    /// N, when given and valid.
    pub new: Option<f64>,
    /// E, given or derived (S + N − L), when valid.
    pub end: Option<f64>,
    /// L, given or derived (S + N − E), when valid and consistent.
    pub lost: Option<f64>,
    /// Problems involving several counts, each reported beside one field.
    pub issues: Vec<(CountField, CrossFieldIssue)>,
    outcomes: Vec<(Metric, Outcome)>,
}

impl RetentionReport {
    /// The outcome for `metric`.
    pub fn get(&self, metric: Metric) -> Outcome {
        self.outcomes
            .iter()
            .find(|(m, _)| *m == metric)
            .map(|(_, o)| *o)
            .unwrap_or(Err(NotComputable::Inconsistent))
    }

    /// Cross-field issues reported beside `field`.
    pub fn issues_for(&self, field: CountField) -> impl Iterator<Item = &CrossFieldIssue> {
        self.issues
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, i)| i)
    }
}

/// A usable count: finite and not negative (the parser guarantees more; the model does
/// not rely on it).
fn usable(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite() && *v >= 0.0)
}

/// Computes every figure of the section from what the user supplied.
pub fn analyse(input: &RetentionInput) -> RetentionReport {
    use CountField::*;
    let known = input.known;
    let uses = |f: CountField| known.inputs().contains(&f);
    let start = usable(input.start);
    let new = if uses(New) { usable(input.new) } else { None };
    let given_end = if uses(End) { usable(input.end) } else { None };
    let given_lost = if uses(Lost) { usable(input.lost) } else { None };

    let mut issues = Vec::new();
    // Lost and end, given or derived; `None` when missing or contradictory.
    let (lost, end) = match known {
        KnownFigures::StartNewEnd | KnownFigures::All => match (start, new, given_end) {
            (Some(s), Some(n), Some(e)) if e > s + n => {
                issues.push((
                    End,
                    CrossFieldIssue::EndAboveStartPlusNew {
                        start_plus_new: s + n,
                    },
                ));
                (None, Some(e))
            }
            (Some(s), Some(n), Some(e)) => {
                let derived = s + n - e;
                match given_lost {
                    Some(l) if known == KnownFigures::All && l != derived => {
                        issues.push((Lost, CrossFieldIssue::LostDisagrees { expected: derived }));
                        (None, Some(e))
                    }
                    _ if known == KnownFigures::All && given_lost.is_none() => (None, Some(e)),
                    _ => (Some(derived), Some(e)),
                }
            }
            _ => (None, given_end),
        },
        KnownFigures::StartNewLost => match (start, new, given_lost) {
            (Some(s), Some(n), Some(l)) if l > s + n => {
                issues.push((
                    Lost,
                    CrossFieldIssue::LostAboveStartPlusNew {
                        start_plus_new: s + n,
                    },
                ));
                (None, None)
            }
            (Some(s), Some(n), Some(l)) => (Some(l), Some(s + n - l)),
            _ => (given_lost, None),
        },
        KnownFigures::StartLost => match (start, given_lost) {
            (Some(s), Some(l)) if l > s => {
                issues.push((Lost, CrossFieldIssue::LostAboveStart { start: s }));
                (None, None)
            }
            _ => (given_lost, None),
        },
    };
    let consistent = issues.is_empty();

    if start == Some(0.0) {
        issues.push((Start, CrossFieldIssue::StartIsZero));
    }
    if let (Some(s), Some(l)) = (start, lost) {
        if s > 0.0 && l > s {
            let field = if known == KnownFigures::StartNewEnd {
                End
            } else {
                Lost
            };
            issues.push((
                field,
                CrossFieldIssue::LostExceedsStart { lost: l, start: s },
            ));
        }
    }

    // Every figure needs all of the mode's counts, valid and consistent.
    let supplied = |f: CountField| match f {
        Start => start,
        New => new,
        End => given_end,
        Lost => given_lost,
    };
    let complete = || -> Result<(), NotComputable> {
        match known.inputs().iter().find(|f| supplied(**f).is_none()) {
            Some(f) => Err(NotComputable::NeedsValid(*f)),
            None if !consistent => Err(NotComputable::Inconsistent),
            None => Ok(()),
        }
    };
    let s_val = || -> Outcome {
        complete()?;
        start.ok_or(NotComputable::Inconsistent)
    };
    let l_val = || -> Outcome {
        complete()?;
        lost.ok_or(NotComputable::Inconsistent)
    };
    let n_val = || -> Outcome {
        complete()?;
        new.ok_or(NotComputable::NotSupplied(New))
    };
    let e_val = || -> Outcome {
        complete()?;
        end.ok_or(NotComputable::NotSupplied(End))
    };
    // A start-based rate L / S: needs S > 0 and L ≤ S.
    let churn = (|| -> Outcome {
        let s = s_val()?;
        let l = l_val()?;
        if s == 0.0 {
            Err(NotComputable::StartIsZero)
        } else if l > s {
            Err(NotComputable::LostExceedsStart)
        } else {
            Ok(l / s)
        }
    })();
    let period_conversion = |to: Period| -> Outcome {
        let rate = churn?;
        let from = input.period.ok_or(NotComputable::PeriodUnknown)?;
        Ok(convert_churn_rate(rate, from, to))
    };

    let mut outcomes = Vec::with_capacity(Metric::ALL.len());
    for metric in Metric::ALL {
        let outcome = match metric {
            Metric::Lost => l_val(),
            Metric::Retained => (|| {
                let s = s_val()?;
                let l = l_val()?;
                if l > s {
                    Err(NotComputable::LostExceedsStart)
                } else {
                    Ok(s - l)
                }
            })(),
            Metric::ChurnRate => churn,
            Metric::RetentionRate => churn.map(|cr| 1.0 - cr),
            Metric::AvgLifetime => match churn {
                Ok(cr) if cr > 0.0 => Ok(1.0 / cr),
                Ok(_) => Err(NotComputable::NoChurn),
                Err(e) => Err(e),
            },
            Metric::NetGrowth => (|| {
                let s = s_val()?;
                let e = e_val()?;
                if s == 0.0 {
                    Err(NotComputable::StartIsZero)
                } else {
                    Ok((e - s) / s)
                }
            })(),
            Metric::ChurnMonth | Metric::ChurnQuarter | Metric::ChurnYear => {
                period_conversion(metric.converted_period().unwrap_or_default())
            }
            Metric::ChurnStartPlusNew => (|| {
                let s = s_val()?;
                let n = n_val()?;
                let l = l_val()?;
                if s + n == 0.0 {
                    Err(NotComputable::StartIsZero)
                } else {
                    Ok(l / (s + n))
                }
            })(),
            Metric::ChurnAverage => (|| {
                let s = s_val()?;
                let e = e_val()?;
                let l = l_val()?;
                let average = (s + e) / 2.0;
                if average == 0.0 {
                    Err(NotComputable::StartIsZero)
                } else if l > average {
                    Err(NotComputable::AverageBaseBreaks)
                } else {
                    Ok(l / average)
                }
            })(),
        };
        outcomes.push((metric, outcome.and_then(finite)));
    }

    RetentionReport {
        start,
        new,
        end: if consistent { end } else { None },
        lost: if consistent { lost } else { None },
        issues,
        outcomes,
    }
}

/// What a bar of the waterfall chart stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaterfallRole {
    /// S, a total.
    Start,
    /// −L, a decrease.
    Lost,
    /// +N, an increase.
    New,
    /// E, a total.
    End,
    /// S − L, a total (when new and end customers are not known).
    Retained,
}

/// One bar of the waterfall: it spans `from` to `to` customers; totals start at 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WaterfallStep {
    pub role: WaterfallRole,
    /// Where the bar starts, in customers.
    pub from: f64,
    /// Where the bar ends, in customers.
    pub to: f64,
}

/// The waterfall start → − lost → + new → end (or start → − lost → retained when new
/// customers are not known); `None` when the counts are not all valid and consistent.
pub fn waterfall(report: &RetentionReport) -> Option<Vec<WaterfallStep>> {
    let lost = report.get(Metric::Lost).ok()?;
    let start = report.start?;
    let retained = start - lost;
    let step = |role, from, to| WaterfallStep { role, from, to };
    match (report.new, report.end) {
        (Some(new), Some(end)) => Some(vec![
            step(WaterfallRole::Start, 0.0, start),
            step(WaterfallRole::Lost, start, retained),
            step(WaterfallRole::New, retained, retained + new),
            step(WaterfallRole::End, 0.0, end),
        ]),
        _ if retained >= 0.0 => Some(vec![
            step(WaterfallRole::Start, 0.0, start),
            step(WaterfallRole::Lost, start, retained),
            step(WaterfallRole::Retained, 0.0, retained),
        ]),
        _ => None,
    }
}

/// The last guard: nothing that is not a finite number leaves the model.
fn finite(value: f64) -> Outcome {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(NotComputable::Inconsistent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(known: KnownFigures, s: f64, n: f64, e: f64, l: f64) -> RetentionInput {
        RetentionInput {
            known,
            period: Some(Period::Month),
            start: Some(s),
            new: Some(n),
            end: Some(e),
            lost: Some(l),
        }
    }

    fn close(outcome: Outcome, expected: f64, tolerance: f64) {
        let value = outcome.expect("computable");
        assert!(
            (value - expected).abs() <= tolerance,
            "{value} != {expected}"
        );
    }

    /// DOMAIN.md §1: S = 1000, N = 150, E = 1030.
    #[test]
    fn worked_example_start_new_end() {
        let r = analyse(&input(
            KnownFigures::StartNewEnd,
            1000.0,
            150.0,
            1030.0,
            0.0,
        ));
        assert!(r.issues.is_empty());
        assert_eq!(r.get(Metric::Lost), Ok(120.0));
        assert_eq!(r.get(Metric::Retained), Ok(880.0));
        close(r.get(Metric::RetentionRate), 0.88, 1e-12);
        close(r.get(Metric::ChurnRate), 0.12, 1e-12);
        close(r.get(Metric::AvgLifetime), 8.3333, 1e-4);
        close(r.get(Metric::NetGrowth), 0.03, 1e-12);
        close(r.get(Metric::ChurnStartPlusNew), 0.1043, 1e-4);
        close(r.get(Metric::ChurnAverage), 0.1182, 1e-4);
        close(r.get(Metric::ChurnMonth), 0.12, 1e-12);
        close(r.get(Metric::ChurnQuarter), 0.3185, 1e-4);
        close(r.get(Metric::ChurnYear), 0.7843, 1e-4);
    }

    #[test]
    fn the_same_period_in_the_other_two_modes() {
        let a = analyse(&input(
            KnownFigures::StartNewLost,
            1000.0,
            150.0,
            0.0,
            120.0,
        ));
        assert_eq!(a.end, Some(1030.0));
        close(a.get(Metric::ChurnRate), 0.12, 1e-12);
        close(a.get(Metric::NetGrowth), 0.03, 1e-12);
        close(a.get(Metric::ChurnAverage), 0.1182, 1e-4);

        let b = analyse(&input(KnownFigures::StartLost, 1000.0, 0.0, 0.0, 120.0));
        close(b.get(Metric::ChurnRate), 0.12, 1e-12);
        close(b.get(Metric::RetentionRate), 0.88, 1e-12);
        assert_eq!(b.get(Metric::Retained), Ok(880.0));
        assert_eq!(
            b.get(Metric::NetGrowth),
            Err(NotComputable::NotSupplied(CountField::End))
        );
        assert_eq!(
            b.get(Metric::ChurnStartPlusNew),
            Err(NotComputable::NotSupplied(CountField::New))
        );

        let all = analyse(&input(KnownFigures::All, 1000.0, 150.0, 1030.0, 120.0));
        assert!(all.issues.is_empty());
        close(all.get(Metric::ChurnRate), 0.12, 1e-12);
    }

    #[test]
    fn a_quarterly_period_converts_both_ways() {
        let mut i = input(KnownFigures::StartLost, 1000.0, 0.0, 0.0, 120.0);
        i.period = Some(Period::Quarter);
        let r = analyse(&i);
        close(r.get(Metric::ChurnQuarter), 0.12, 1e-12);
        close(
            r.get(Metric::ChurnMonth),
            1.0 - 0.88f64.powf(1.0 / 3.0),
            1e-12,
        );
        close(r.get(Metric::ChurnYear), 1.0 - 0.88f64.powi(4), 1e-12);
        i.period = None;
        assert_eq!(
            analyse(&i).get(Metric::ChurnYear),
            Err(NotComputable::PeriodUnknown)
        );
        close(analyse(&i).get(Metric::ChurnRate), 0.12, 1e-12);
    }

    #[test]
    fn start_of_zero_makes_rates_undefined() {
        let r = analyse(&input(KnownFigures::StartNewEnd, 0.0, 100.0, 80.0, 0.0));
        assert!(r
            .issues_for(CountField::Start)
            .any(|i| *i == CrossFieldIssue::StartIsZero));
        assert_eq!(r.get(Metric::ChurnRate), Err(NotComputable::StartIsZero));
        assert_eq!(
            r.get(Metric::RetentionRate),
            Err(NotComputable::StartIsZero)
        );
        assert_eq!(r.get(Metric::NetGrowth), Err(NotComputable::StartIsZero));
        assert_eq!(r.get(Metric::Lost), Ok(20.0));
        // A new business still has a churn rate over everyone it served.
        close(r.get(Metric::ChurnStartPlusNew), 0.2, 1e-12);
    }

    #[test]
    fn end_above_start_plus_new() {
        let r = analyse(&input(
            KnownFigures::StartNewEnd,
            1000.0,
            150.0,
            1200.0,
            0.0,
        ));
        assert_eq!(
            r.issues,
            vec![(
                CountField::End,
                CrossFieldIssue::EndAboveStartPlusNew {
                    start_plus_new: 1150.0
                }
            )]
        );
        for m in Metric::ALL {
            assert_eq!(r.get(m), Err(NotComputable::Inconsistent), "{m:?}");
        }
    }

    #[test]
    fn lost_above_what_was_served() {
        let r = analyse(&input(
            KnownFigures::StartNewLost,
            1000.0,
            150.0,
            0.0,
            1200.0,
        ));
        assert_eq!(
            r.issues,
            vec![(
                CountField::Lost,
                CrossFieldIssue::LostAboveStartPlusNew {
                    start_plus_new: 1150.0
                }
            )]
        );
        assert_eq!(r.get(Metric::ChurnRate), Err(NotComputable::Inconsistent));

        let r = analyse(&input(KnownFigures::StartLost, 100.0, 0.0, 0.0, 120.0));
        assert_eq!(
            r.issues,
            vec![(
                CountField::Lost,
                CrossFieldIssue::LostAboveStart { start: 100.0 }
            )]
        );
    }

    #[test]
    fn new_customers_lost_in_the_same_period() {
        // E < N: 130 lost from a start of 100 — start-based rates would exceed 100 %.
        let r = analyse(&input(KnownFigures::StartNewEnd, 100.0, 50.0, 20.0, 0.0));
        assert_eq!(
            r.issues,
            vec![(
                CountField::End,
                CrossFieldIssue::LostExceedsStart {
                    lost: 130.0,
                    start: 100.0
                }
            )]
        );
        assert_eq!(r.get(Metric::Lost), Ok(130.0));
        assert_eq!(
            r.get(Metric::ChurnRate),
            Err(NotComputable::LostExceedsStart)
        );
        assert_eq!(
            r.get(Metric::Retained),
            Err(NotComputable::LostExceedsStart)
        );
        close(r.get(Metric::ChurnStartPlusNew), 130.0 / 150.0, 1e-12);
        close(r.get(Metric::NetGrowth), -0.8, 1e-12);
    }

    #[test]
    fn four_counts_that_disagree() {
        let r = analyse(&input(KnownFigures::All, 1000.0, 150.0, 1030.0, 100.0));
        assert_eq!(
            r.issues,
            vec![(
                CountField::Lost,
                CrossFieldIssue::LostDisagrees { expected: 120.0 }
            )]
        );
        assert_eq!(r.get(Metric::ChurnRate), Err(NotComputable::Inconsistent));
    }

    #[test]
    fn no_churn_means_unbounded_lifetime() {
        let r = analyse(&input(KnownFigures::StartLost, 500.0, 0.0, 0.0, 0.0));
        assert_eq!(r.get(Metric::ChurnRate), Ok(0.0));
        assert_eq!(r.get(Metric::AvgLifetime), Err(NotComputable::NoChurn));
    }

    #[test]
    fn average_base_breaks_when_the_base_shrinks_fast() {
        // S = 100, N = 0, E = 10: L = 90 over an average base of 55.
        let r = analyse(&input(KnownFigures::StartNewEnd, 100.0, 0.0, 10.0, 0.0));
        close(r.get(Metric::ChurnRate), 0.9, 1e-12);
        assert_eq!(
            r.get(Metric::ChurnAverage),
            Err(NotComputable::AverageBaseBreaks)
        );
    }

    #[test]
    fn a_missing_count_is_named() {
        let mut i = input(KnownFigures::StartNewEnd, 1000.0, 150.0, 1030.0, 0.0);
        i.new = None;
        let r = analyse(&i);
        assert!(r.issues.is_empty());
        assert_eq!(
            r.get(Metric::ChurnRate),
            Err(NotComputable::NeedsValid(CountField::New))
        );
        i.start = None;
        assert_eq!(
            analyse(&i).get(Metric::Lost),
            Err(NotComputable::NeedsValid(CountField::Start))
        );
    }

    #[test]
    fn counts_outside_the_mode_are_ignored() {
        // In (S, L) mode a stale end count must not matter.
        let r = analyse(&input(KnownFigures::StartLost, 1000.0, 5.0, 99999.0, 120.0));
        assert!(r.issues.is_empty());
        close(r.get(Metric::ChurnRate), 0.12, 1e-12);
    }

    #[test]
    fn waterfall_steps() {
        let r = analyse(&input(
            KnownFigures::StartNewEnd,
            1000.0,
            150.0,
            1030.0,
            0.0,
        ));
        let steps = waterfall(&r).unwrap();
        let spans: Vec<(f64, f64)> = steps.iter().map(|s| (s.from, s.to)).collect();
        assert_eq!(
            spans,
            vec![
                (0.0, 1000.0),
                (1000.0, 880.0),
                (880.0, 1030.0),
                (0.0, 1030.0)
            ]
        );
        let r = analyse(&input(KnownFigures::StartLost, 1000.0, 0.0, 0.0, 120.0));
        let roles: Vec<WaterfallRole> = waterfall(&r).unwrap().iter().map(|s| s.role).collect();
        assert_eq!(
            roles,
            vec![
                WaterfallRole::Start,
                WaterfallRole::Lost,
                WaterfallRole::Retained
            ]
        );
        let bad = analyse(&input(
            KnownFigures::StartNewEnd,
            1000.0,
            150.0,
            2000.0,
            0.0,
        ));
        assert_eq!(waterfall(&bad), None);
    }

    #[test]
    fn links_choose_the_mode_by_their_keys() {
        use CountField::*;
        let implied = |keys: &[CountField]| KnownFigures::implied_by(|f| keys.contains(&f));
        assert_eq!(implied(&[Start, New, End]), KnownFigures::StartNewEnd);
        assert_eq!(implied(&[Start, Lost]), KnownFigures::StartLost);
        assert_eq!(implied(&[Start, New, Lost]), KnownFigures::StartNewLost);
        assert_eq!(implied(&[Start, New, End, Lost]), KnownFigures::All);
        assert_eq!(implied(&[Start]), KnownFigures::StartNewEnd);
    }
}
