//! Why customers leave (DOMAIN.md §3): each cause's share of the lost customers, the
//! Pareto ranking and how many causes make up 80 %, controllable against uncontrollable
//! churn, and the value lost per cause.

/// The cause lists the texts give, or the user's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Taxonomy {
    /// Price / quality / service (text 1: 15 / 15 / 70 %).
    #[default]
    ThreeWay,
    /// The eight factors of text 4.
    EightFactors,
    /// The six lost-customer types of text 5 (also the win-back segments).
    LostTypes,
    /// Causes the user names.
    Custom,
}

impl Taxonomy {
    /// Every taxonomy, in display order.
    pub const ALL: [Taxonomy; 4] = [
        Taxonomy::ThreeWay,
        Taxonomy::EightFactors,
        Taxonomy::LostTypes,
        Taxonomy::Custom,
    ];

    /// The contract name (`cause_taxonomy`).
    pub fn key(self) -> &'static str {
        match self {
            Taxonomy::ThreeWay => "three_way",
            Taxonomy::EightFactors => "eight_factors",
            Taxonomy::LostTypes => "lost_types",
            Taxonomy::Custom => "custom",
        }
    }

    /// The taxonomy named `key`, if any.
    pub fn from_key(key: &str) -> Option<Taxonomy> {
        Taxonomy::ALL.into_iter().find(|t| t.key() == key.trim())
    }

    /// The fixed cause keys (`cause.<key>`); empty for the custom list (`c1`, `c2` …).
    pub fn cause_keys(self) -> &'static [&'static str] {
        match self {
            Taxonomy::ThreeWay => &["price", "quality", "service"],
            Taxonomy::EightFactors => &[
                "core_service",
                "staff",
                "price",
                "inconvenience",
                "failure_response",
                "competition",
                "ethics",
                "involuntary",
            ],
            Taxonomy::LostTypes => &[
                "pushed_deliberately",
                "pushed_unintentionally",
                "pulled_away",
                "bought_away",
                "left_unintentionally",
                "migrated",
            ],
            Taxonomy::Custom => &[],
        }
    }

    /// Text 1's split of the three-way taxonomy, as fractions (price, quality, service).
    pub const THREE_WAY_DEFAULT: [f64; 3] = [0.15, 0.15, 0.70];
}

/// True for the causes the texts call uncontrollable: involuntary churn (text 4) and
/// migrated customers (text 5). Custom causes are marked by the user.
pub fn uncontrollable_by_default(key: &str) -> bool {
    matches!(key, "involuntary" | "migrated")
}

/// The most custom causes a list may hold.
pub const MAX_CUSTOM_CAUSES: usize = 20;

/// How the causes are entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Entry {
    /// Numbers of lost customers (should add up to L).
    #[default]
    Count,
    /// Shares in percent (must total 100 % within rounding).
    Percent,
}

impl Entry {
    /// The contract name (`cause_entry`).
    pub fn key(self) -> &'static str {
        match self {
            Entry::Count => "count",
            Entry::Percent => "percent",
        }
    }

    /// The entry named `key`, if any.
    pub fn from_key(key: &str) -> Option<Entry> {
        [Entry::Count, Entry::Percent]
            .into_iter()
            .find(|e| e.key() == key.trim())
    }
}

/// How far a percentage total may be from 100 and still count as rounding (points).
pub const PERCENT_ROUNDING: f64 = 0.5;

/// One cause as the model needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cause {
    /// The contract key (`price`, `c3` …).
    pub key: String,
    /// The count of lost customers, or the percentage as a fraction (0.7 for 70 %), as
    /// `entry` says; `None` when not given or invalid.
    pub value: Option<f64>,
    /// True for churn the firm cannot prevent.
    pub uncontrollable: bool,
}

/// Everything the analysis needs.
#[derive(Debug, Clone, PartialEq)]
pub struct CauseInput {
    pub entry: Entry,
    pub causes: Vec<Cause>,
    /// L of the scenario, when known.
    pub lost: Option<f64>,
    /// Value of one lost customer (money), when known.
    pub value_per_lost_customer: Option<f64>,
}

/// Why a cause figure cannot be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CauseNotComputable {
    /// A cause's value is missing or invalid.
    NeedsValues,
    /// Every cause is zero: there is nothing to share out.
    NothingAssigned,
    /// The percentages do not total 100 % within rounding.
    PercentNotHundred,
    /// Lost value needs a value per lost customer.
    NeedsValue,
    /// Lost value from percentages needs L of the scenario.
    NeedsLost,
    /// The amounts are too large for a finite total.
    OutOfRange,
}

/// A figure, or why not.
pub type CauseOutcome = Result<f64, CauseNotComputable>;

/// The analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct CauseReport {
    /// Each cause's share of the total (a fraction), in input order.
    pub shares: Vec<CauseOutcome>,
    /// Counts: the sum of the counts minus L (positive: over-assigned; negative:
    /// unassigned); `None` when L or a count is unknown, or for percentages.
    pub count_difference: Option<f64>,
    /// Percentages: their total, in percent (100 when complete); `None` for counts.
    pub percent_total: Option<f64>,
    /// Indices of the causes, largest share first (ties in input order).
    pub pareto_order: Vec<usize>,
    /// The cumulative share after each cause of `pareto_order` (fractions).
    pub cumulative: Vec<f64>,
    /// How many causes, largest first, make up at least 80 % of the churn.
    pub pareto_80_count: CauseOutcome,
    /// The share of churn the firm could have prevented (a fraction).
    pub controllable_share: CauseOutcome,
    /// Lost customers per cause, in input order: the count typed, or the share × L.
    pub lost_customers: Vec<CauseOutcome>,
    /// Value lost per cause (money), in input order.
    pub lost_value: Vec<CauseOutcome>,
    /// The total value lost (money).
    pub lost_value_total: CauseOutcome,
}

/// Shares, Pareto, controllable share and lost value of `input`.
pub fn analyse_causes(input: &CauseInput) -> CauseReport {
    use CauseNotComputable::*;
    let values: Option<Vec<f64>> = input
        .causes
        .iter()
        .map(|c| c.value.filter(|v| v.is_finite() && *v >= 0.0))
        .collect();
    let empty = |e: CauseNotComputable| CauseReport {
        shares: vec![Err(e); input.causes.len()],
        count_difference: None,
        percent_total: None,
        pareto_order: Vec::new(),
        cumulative: Vec::new(),
        pareto_80_count: Err(e),
        controllable_share: Err(e),
        lost_customers: vec![Err(e); input.causes.len()],
        lost_value: vec![Err(e); input.causes.len()],
        lost_value_total: Err(e),
    };
    let Some(values) = values else {
        return empty(NeedsValues);
    };
    let total: f64 = values.iter().sum();
    let lost = input.lost.filter(|l| l.is_finite() && *l >= 0.0);
    let (count_difference, percent_total) = match input.entry {
        Entry::Count => (lost.map(|l| total - l), None),
        Entry::Percent => (None, Some(total * 100.0)),
    };
    if input.entry == Entry::Percent && (total * 100.0 - 100.0).abs() > PERCENT_ROUNDING {
        return CauseReport {
            percent_total,
            ..empty(PercentNotHundred)
        };
    }
    if total <= 0.0 || !total.is_finite() {
        return CauseReport {
            count_difference,
            percent_total,
            ..empty(NothingAssigned)
        };
    }
    let shares: Vec<f64> = values.iter().map(|v| v / total).collect();
    let mut pareto_order: Vec<usize> = (0..shares.len()).collect();
    // Stable sort: equal shares keep the input order.
    super::order::sort_small(&mut pareto_order, |a, b| shares[*a] > shares[*b]);
    let mut running = 0.0;
    let cumulative: Vec<f64> = pareto_order
        .iter()
        .map(|i| {
            running += shares[*i];
            running
        })
        .collect();
    // A tolerance for sums like 0.7 + 0.1 = 0.7999999999999999.
    let pareto_80_count = cumulative
        .iter()
        .position(|c| *c >= 0.8 - 1e-9)
        .map(|p| (p + 1) as f64)
        .ok_or(NothingAssigned);
    let controllable_share = Ok(input
        .causes
        .iter()
        .zip(&shares)
        .filter(|(c, _)| !c.uncontrollable)
        .map(|(_, s)| s)
        .sum::<f64>()
        .min(1.0));
    let per_customer = input
        .value_per_lost_customer
        .filter(|v| v.is_finite() && *v >= 0.0);
    let lost_customers: Vec<CauseOutcome> = values
        .iter()
        .zip(&shares)
        .map(|(v, s)| match input.entry {
            Entry::Count => Ok(*v),
            Entry::Percent => lost.map(|l| s * l).ok_or(NeedsLost),
        })
        .collect();
    let lost_value: Vec<CauseOutcome> = lost_customers
        .iter()
        .map(|customers| {
            let money = per_customer.ok_or(NeedsValue)?;
            let amount = (*customers)? * money;
            if amount.is_finite() {
                Ok(amount)
            } else {
                Err(OutOfRange)
            }
        })
        .collect();
    let lost_value_total = lost_value.iter().try_fold(0.0, |sum, v| v.map(|v| sum + v));
    CauseReport {
        shares: shares.into_iter().map(Ok).collect(),
        count_difference,
        percent_total,
        pareto_order,
        cumulative,
        pareto_80_count,
        controllable_share,
        lost_customers,
        lost_value,
        lost_value_total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(taxonomy: Taxonomy, values: &[f64], lost: f64) -> CauseInput {
        CauseInput {
            entry: Entry::Count,
            causes: taxonomy
                .cause_keys()
                .iter()
                .zip(values)
                .map(|(k, v)| Cause {
                    key: k.to_string(),
                    value: Some(*v),
                    uncontrollable: uncontrollable_by_default(k),
                })
                .collect(),
            lost: Some(lost),
            value_per_lost_customer: None,
        }
    }

    fn near(a: CauseOutcome, b: f64) {
        let a = a.unwrap();
        assert!((a - b).abs() < 1e-4, "{a} ≠ {b}");
    }

    #[test]
    fn three_way_example() {
        let r = analyse_causes(&counts(Taxonomy::ThreeWay, &[18.0, 18.0, 84.0], 120.0));
        near(r.shares[0], 0.15);
        near(r.shares[2], 0.70);
        assert_eq!(r.pareto_order, vec![2, 0, 1]);
        near(r.pareto_80_count, 2.0);
        assert_eq!(r.count_difference, Some(0.0));
        near(r.controllable_share, 1.0);
    }

    #[test]
    fn eight_factors_example() {
        let values = [30.0, 20.0, 18.0, 12.0, 10.0, 15.0, 5.0, 10.0];
        let mut input = counts(Taxonomy::EightFactors, &values, 120.0);
        input.value_per_lost_customer = Some(541.54);
        let r = analyse_causes(&input);
        near(r.controllable_share, 110.0 / 120.0);
        near(r.pareto_80_count, 6.0);
        near(r.lost_value[0], 30.0 * 541.54);
        near(r.lost_value_total, 120.0 * 541.54);
    }

    #[test]
    fn counts_that_do_not_add_up_and_percentages_that_do_not_total() {
        let r = analyse_causes(&counts(Taxonomy::ThreeWay, &[18.0, 18.0, 70.0], 120.0));
        assert_eq!(r.count_difference, Some(-14.0));
        // Shares are of the causes given.
        near(r.shares[2], 70.0 / 106.0);
        let percent = |values: [f64; 3]| CauseInput {
            entry: Entry::Percent,
            causes: ["price", "quality", "service"]
                .iter()
                .zip(values)
                .map(|(k, v)| Cause {
                    key: k.to_string(),
                    value: Some(v / 100.0),
                    uncontrollable: false,
                })
                .collect(),
            lost: Some(120.0),
            value_per_lost_customer: Some(100.0),
        };
        let r = analyse_causes(&percent([15.0, 14.2, 70.0]));
        assert_eq!(
            r.pareto_80_count,
            Err(CauseNotComputable::PercentNotHundred)
        );
        assert!((r.percent_total.unwrap() - 99.2).abs() < 1e-9);
        let r = analyse_causes(&percent([33.3, 33.3, 33.3]));
        near(r.shares[0], 1.0 / 3.0);
        near(r.lost_value[0], 4000.0);
    }

    #[test]
    fn nothing_or_missing() {
        let r = analyse_causes(&counts(Taxonomy::ThreeWay, &[0.0, 0.0, 0.0], 0.0));
        assert_eq!(r.pareto_80_count, Err(CauseNotComputable::NothingAssigned));
        let mut input = counts(Taxonomy::ThreeWay, &[1.0, 2.0, 3.0], 6.0);
        input.causes[1].value = None;
        assert_eq!(
            analyse_causes(&input).controllable_share,
            Err(CauseNotComputable::NeedsValues)
        );
        input.causes[1].value = Some(f64::NAN);
        assert_eq!(
            analyse_causes(&input).shares[0],
            Err(CauseNotComputable::NeedsValues)
        );
        assert_eq!(Taxonomy::from_key("lost_types"), Some(Taxonomy::LostTypes));
        assert_eq!(Taxonomy::LostTypes.cause_keys().len(), 6);
    }
}
