//! Acquisition cost versus retention cost, and what churn really costs (DOMAIN.md §2).
//!
//! Reuses the period's counts (S, N, L) from the retention model: one scenario, not a
//! second set of inputs. Money is in the user's currency per period; the model does not
//! care which.

/// The published benchmarks for the cost ratio CAC / CRC, each with its source text
/// (DOMAIN.md, Sources). Editable defaults in the interface; never hidden constants.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RatioBenchmark {
    /// Lowest ratio the source gives (× CRC).
    pub low: f64,
    /// Highest ratio the source gives (× CRC); equal to `low` for a single figure.
    pub high: f64,
    /// Which seed text, 1 to 5 (DOMAIN.md, Sources).
    pub source_text: u8,
}

/// Getting a customer costs 5–10× keeping one (text 1); keeping costs 1/5 of getting
/// (texts 2 and 3); 1/6 (text 5).
pub const RATIO_BENCHMARKS: [RatioBenchmark; 4] = [
    RatioBenchmark {
        low: 5.0,
        high: 10.0,
        source_text: 1,
    },
    RatioBenchmark {
        low: 5.0,
        high: 5.0,
        source_text: 2,
    },
    RatioBenchmark {
        low: 5.0,
        high: 5.0,
        source_text: 3,
    },
    RatioBenchmark {
        low: 6.0,
        high: 6.0,
        source_text: 5,
    },
];

/// A field of the cost section, by its contract name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CostField {
    /// Money spent on acquiring customers in the period.
    AcquisitionSpend,
    /// Money spent on keeping customers in the period.
    RetentionSpend,
    /// CAC typed directly (money per new customer).
    Cac,
    /// CRC typed directly (money per retained customer).
    Crc,
    /// Share of new customers who come by referral (typed in percent).
    ReferralShare,
    /// Potential deals one satisfied customer brings, one of which closes.
    WomDealsPerSatisfied,
    /// People one dissatisfied customer sways.
    WomPeoplePerUnhappy,
}

impl CostField {
    /// Every field, in display order.
    pub const ALL: [CostField; 7] = [
        CostField::AcquisitionSpend,
        CostField::RetentionSpend,
        CostField::Cac,
        CostField::Crc,
        CostField::ReferralShare,
        CostField::WomDealsPerSatisfied,
        CostField::WomPeoplePerUnhappy,
    ];

    /// The contract name (`data-field`, URL key).
    pub fn key(self) -> &'static str {
        match self {
            CostField::AcquisitionSpend => "acquisition_spend",
            CostField::RetentionSpend => "retention_spend",
            CostField::Cac => "cac",
            CostField::Crc => "crc",
            CostField::ReferralShare => "referral_share",
            CostField::WomDealsPerSatisfied => "wom_deals_per_satisfied",
            CostField::WomPeoplePerUnhappy => "wom_people_per_unhappy",
        }
    }

    /// True for the advanced referral and word-of-mouth parameters.
    pub fn is_advanced(self) -> bool {
        matches!(
            self,
            CostField::ReferralShare
                | CostField::WomDealsPerSatisfied
                | CostField::WomPeoplePerUnhappy
        )
    }
}

/// A figure of the cost section, by its contract name (`data-result`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CostMetric {
    Cac,
    Crc,
    CostRatio,
    ReplacementCost,
    KeepCost,
    ChurnBurn,
    RefillSpend,
    RefillShare,
    BreakEvenRetentionSpend,
    ReferralsLost,
    ReferralsLostValue,
    WomCustomersLost,
    WomValue,
}

impl CostMetric {
    /// The contract name.
    pub fn key(self) -> &'static str {
        match self {
            CostMetric::Cac => "cac",
            CostMetric::Crc => "crc",
            CostMetric::CostRatio => "cost_ratio",
            CostMetric::ReplacementCost => "replacement_cost",
            CostMetric::KeepCost => "keep_cost",
            CostMetric::ChurnBurn => "churn_burn",
            CostMetric::RefillSpend => "refill_spend",
            CostMetric::RefillShare => "refill_share",
            CostMetric::BreakEvenRetentionSpend => "break_even_retention_spend",
            CostMetric::ReferralsLost => "referrals_lost",
            CostMetric::ReferralsLostValue => "referrals_lost_value",
            CostMetric::WomCustomersLost => "wom_customers_lost",
            CostMetric::WomValue => "wom_value",
        }
    }
}

/// The inputs of the cost section. Counts come from the retention model (valid and
/// consistent, else `None`); money is per period, in any one currency.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct CostInput {
    /// S, customers at the start of the period.
    pub start: Option<f64>,
    /// N, new customers in the period (`None` when the counts do not include it).
    pub new: Option<f64>,
    /// L, customers lost in the period.
    pub lost: Option<f64>,
    /// Acquisition spend in the period (money).
    pub acquisition_spend: Option<f64>,
    /// Retention spend in the period (money).
    pub retention_spend: Option<f64>,
    /// CAC typed directly (money per new customer).
    pub typed_cac: Option<f64>,
    /// CRC typed directly (money per retained customer).
    pub typed_crc: Option<f64>,
}

/// Where a cost per customer came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostSource {
    /// Spend divided by customers.
    Spend,
    /// Typed directly (used even when a spend is also given).
    Typed,
}

/// A cost per customer and where it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitCost {
    /// Money per customer.
    pub value: f64,
    pub source: CostSource,
}

/// Something worth telling the user beside one field ([`CostIssue::field`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CostIssue {
    /// A typed CAC differs from acquisition spend / N (`from_spend`) by more than 0.5 %;
    /// the typed value is used.
    CacDisagrees { from_spend: f64 },
    /// A typed CRC differs from retention spend / (S − L) (`from_spend`); the typed value
    /// is used.
    CrcDisagrees { from_spend: f64 },
    /// An acquisition spend with N = 0: it cannot be divided per new customer.
    SpendWithNoNewCustomers,
    /// An acquisition spend when the known figures do not include N.
    SpendWithNewUnknown,
    /// A retention spend with nobody retained (L = S).
    SpendWithNobodyRetained,
}

impl CostIssue {
    /// The field the message is shown beside.
    pub fn field(&self) -> CostField {
        match self {
            CostIssue::CacDisagrees { .. } => CostField::Cac,
            CostIssue::CrcDisagrees { .. } => CostField::Crc,
            CostIssue::SpendWithNoNewCustomers | CostIssue::SpendWithNewUnknown => {
                CostField::AcquisitionSpend
            }
            CostIssue::SpendWithNobodyRetained => CostField::RetentionSpend,
        }
    }
}

/// Why a cost figure cannot be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostNotComputable {
    /// The customer counts are missing or inconsistent (see the retention section).
    NeedsCounts,
    /// No acquisition spend and no CAC typed.
    NeedsCac,
    /// No retention spend and no CRC typed.
    NeedsCrc,
    /// N = 0: a cost per new customer is undefined.
    NoNewCustomers,
    /// N is not among the known counts: type CAC directly.
    NewCustomersUnknown,
    /// S − L = 0: a cost per retained customer is undefined.
    NobodyRetained,
    /// CRC = 0: the ratio CAC / CRC is undefined.
    FreeRetention,
    /// The share of the acquisition budget needs the acquisition spend (or N with CAC).
    NeedsAcquisitionBudget,
    /// The figures are too large to give a finite result.
    OutOfRange,
    /// A field this figure needs holds text that is not a usable value (see its message).
    InvalidField(CostField),
}

/// A cost figure, or why not.
pub type CostOutcome = Result<f64, CostNotComputable>;

/// Everything the cost section shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CostReport {
    /// CAC, money per new customer.
    pub cac: Result<UnitCost, CostNotComputable>,
    /// CRC, money per retained customer.
    pub crc: Result<UnitCost, CostNotComputable>,
    /// CAC / CRC (times).
    pub cost_ratio: CostOutcome,
    /// L × CAC: replacing this period's lost customers (money).
    pub replacement_cost: CostOutcome,
    /// L × CRC: what keeping them would have cost (money).
    pub keep_cost: CostOutcome,
    /// Replacement − keep: the money churn burns (negative when keeping costs more).
    pub churn_burn: CostOutcome,
    /// min(L, N) × CAC: acquisition spend that only refills the bucket (money).
    pub refill_spend: CostOutcome,
    /// Refill spend / acquisition spend (a fraction).
    pub refill_share: CostOutcome,
    /// The most the firm could spend per at-risk customer to keep them and still be
    /// cheaper than replacing them: CAC (money per customer).
    pub break_even_retention_spend: CostOutcome,
    /// Disagreements between typed costs and spends.
    pub issues: Vec<CostIssue>,
}

impl CostReport {
    /// The report with every "needs" reason replaced by `replace(reason)`: used to say
    /// "needs a valid acquisition spend" when the user typed one that could not be read.
    pub fn map_reasons(self, replace: impl Fn(CostNotComputable) -> CostNotComputable) -> Self {
        let unit = |r: Result<UnitCost, CostNotComputable>| r.map_err(&replace);
        let out = |r: CostOutcome| r.map_err(&replace);
        CostReport {
            cac: unit(self.cac),
            crc: unit(self.crc),
            cost_ratio: out(self.cost_ratio),
            replacement_cost: out(self.replacement_cost),
            keep_cost: out(self.keep_cost),
            churn_burn: out(self.churn_burn),
            refill_spend: out(self.refill_spend),
            refill_share: out(self.refill_share),
            break_even_retention_spend: out(self.break_even_retention_spend),
            issues: self.issues,
        }
    }
}

/// A usable amount: finite and not negative.
fn usable(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite() && *v >= 0.0)
}

/// The outcome when it is a finite number; nothing else leaves the model.
fn finite(outcome: CostOutcome) -> CostOutcome {
    outcome.and_then(|v| {
        if v.is_finite() {
            Ok(v)
        } else {
            Err(CostNotComputable::OutOfRange)
        }
    })
}

/// True when `a` and `b` differ by more than 0.5 % of the larger.
fn disagree(a: f64, b: f64) -> bool {
    (a - b).abs() > 0.005 * a.abs().max(b.abs())
}

/// A cost per customer: the typed value when there is one (with `disagreement` recorded
/// in `issues` if the spend says otherwise by more than 0.5 %), else the spend's.
fn choose(
    typed: Option<f64>,
    from_spend: CostOutcome,
    disagreement: impl Fn(f64) -> CostIssue,
    issues: &mut Vec<CostIssue>,
) -> Result<UnitCost, CostNotComputable> {
    match typed {
        Some(value) => {
            if let Ok(spent) = from_spend {
                if disagree(value, spent) {
                    issues.push(disagreement(spent));
                }
            }
            Ok(UnitCost {
                value,
                source: CostSource::Typed,
            })
        }
        None => from_spend.map(|value| UnitCost {
            value,
            source: CostSource::Spend,
        }),
    }
}

/// Computes the cost section from the counts and what the user typed.
pub fn analyse_costs(input: &CostInput) -> CostReport {
    use CostNotComputable::*;
    let (start, new, lost) = (usable(input.start), usable(input.new), usable(input.lost));
    let mut issues = Vec::new();

    let cac_from_spend = match (usable(input.acquisition_spend), new) {
        (Some(_), Some(0.0)) => Err(NoNewCustomers),
        (Some(spend), Some(n)) => finite(Ok(spend / n)),
        (Some(_), None) if start.is_some() && lost.is_some() => Err(NewCustomersUnknown),
        (Some(_), None) => Err(NeedsCounts),
        (None, _) => Err(NeedsCac),
    };
    match cac_from_spend {
        Err(NoNewCustomers) => issues.push(CostIssue::SpendWithNoNewCustomers),
        Err(NewCustomersUnknown) => issues.push(CostIssue::SpendWithNewUnknown),
        _ => {}
    }
    let cac = choose(
        usable(input.typed_cac),
        cac_from_spend,
        |from_spend| CostIssue::CacDisagrees { from_spend },
        &mut issues,
    );

    let retained = match (start, lost) {
        (Some(s), Some(l)) if l <= s => Ok(s - l),
        _ => Err(NeedsCounts),
    };
    let crc_from_spend = match (usable(input.retention_spend), retained) {
        (Some(_), Ok(0.0)) => Err(NobodyRetained),
        (Some(spend), Ok(r)) => finite(Ok(spend / r)),
        (Some(_), Err(e)) => Err(e),
        (None, _) => Err(NeedsCrc),
    };
    if crc_from_spend == Err(NobodyRetained) {
        issues.push(CostIssue::SpendWithNobodyRetained);
    }
    let crc = choose(
        usable(input.typed_crc),
        crc_from_spend,
        |from_spend| CostIssue::CrcDisagrees { from_spend },
        &mut issues,
    );

    let cac_v = cac.map(|c| c.value);
    let crc_v = crc.map(|c| c.value);
    let lost_v = lost.ok_or(NeedsCounts);
    let cost_ratio = match (cac_v, crc_v) {
        (Ok(_), Ok(0.0)) => Err(FreeRetention),
        (Ok(a), Ok(k)) => Ok(a / k),
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    let replacement_cost = lost_v.and_then(|l| cac_v.map(|a| l * a));
    let keep_cost = lost_v.and_then(|l| crc_v.map(|k| l * k));
    let churn_burn = replacement_cost.and_then(|r| keep_cost.map(|k| r - k));
    let refilled = lost_v.and_then(|l| new.map(|n| l.min(n)).ok_or(NewCustomersUnknown));
    let refill_spend = refilled.and_then(|count| cac_v.map(|a| count * a));
    let acquisition_budget = match (usable(input.acquisition_spend), new, cac_v) {
        (Some(spend), _, _) => Ok(spend),
        (None, Some(n), Ok(a)) => Ok(n * a),
        _ => Err(NeedsAcquisitionBudget),
    };
    let refill_share = match (refill_spend, acquisition_budget) {
        (Ok(_), Ok(0.0)) => Err(NeedsAcquisitionBudget),
        (Ok(r), Ok(budget)) => Ok((r / budget).min(1.0)),
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    CostReport {
        cac,
        crc,
        cost_ratio: finite(cost_ratio),
        replacement_cost: finite(replacement_cost),
        keep_cost: finite(keep_cost),
        churn_burn: finite(churn_burn),
        refill_spend: finite(refill_spend),
        refill_share: finite(refill_share),
        break_even_retention_spend: finite(cac_v),
        issues,
    }
}

/// Word of mouth and referrals (DOMAIN.md §2, advanced): what leaves with the lost
/// customers besides themselves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReferralInput {
    /// Share of new customers who come by recommendation of existing ones (a fraction;
    /// text 1: 0.6).
    pub referral_share: f64,
    /// Potential deals one satisfied customer brings, of which one closes (text 3: 8).
    pub deals_per_satisfied: f64,
    /// People one dissatisfied customer sways (text 3: 25).
    pub people_per_unhappy: f64,
}

/// The texts' defaults for [`ReferralInput`].
pub const REFERRAL_DEFAULTS: ReferralInput = ReferralInput {
    referral_share: 0.6,
    deals_per_satisfied: 8.0,
    people_per_unhappy: 25.0,
};

/// Referrals lost with the churned customers per period: each existing customer brings
/// `referral_share × N / S` new customers a period, so L customers take
/// `L × referral_share × N / S` with them. Needs S > 0 and N.
pub fn referrals_lost(start: f64, new: f64, lost: f64, referral: &ReferralInput) -> CostOutcome {
    let share = referral.referral_share;
    let valid = [start, new, lost]
        .iter()
        .all(|v| v.is_finite() && *v >= 0.0)
        && (0.0..=1.0).contains(&share);
    if !valid {
        return Err(CostNotComputable::NeedsCounts);
    }
    if start == 0.0 {
        return Err(CostNotComputable::NeedsCounts);
    }
    finite(Ok(lost * share * new / start))
}

/// Potential customers turned away by the lost customers' word of mouth, if they left
/// unhappy: each sways `people_per_unhappy` people, of whom one in `deals_per_satisfied`
/// would have become a customer (the texts' close rate of a recommendation).
pub fn word_of_mouth_customers_lost(lost: f64, referral: &ReferralInput) -> CostOutcome {
    let (people, deals) = (referral.people_per_unhappy, referral.deals_per_satisfied);
    if !(lost.is_finite() && people.is_finite() && deals.is_finite())
        || lost < 0.0
        || people < 0.0
        || deals < 1.0
    {
        return Err(CostNotComputable::NeedsCounts);
    }
    finite(Ok(lost * people / deals))
}

/// What leaves with the lost customers besides themselves (advanced section).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReferralReport {
    /// New customers a period that the lost customers would have referred.
    pub referrals_lost: CostOutcome,
    /// Their acquisition value: referrals lost × CAC (money per period).
    pub referrals_lost_value: CostOutcome,
    /// Potential customers turned away if the lost customers left unhappy.
    pub wom_customers_lost: CostOutcome,
    /// Their acquisition value: word-of-mouth customers lost × CAC (money).
    pub wom_value: CostOutcome,
}

/// Referrals and word of mouth for the counts S, N, L (each `None` when unknown or
/// invalid), the CAC as the cost report gave it, and the parameters (`Err` naming the
/// first field that could not be read).
pub fn analyse_referrals(
    (start, new, lost): (Option<f64>, Option<f64>, Option<f64>),
    cac: Result<f64, CostNotComputable>,
    referral: Result<ReferralInput, CostField>,
) -> ReferralReport {
    use CostNotComputable::*;
    let referral = referral.map_err(InvalidField);
    let referrals = match (start, new, lost, referral) {
        (_, _, _, Err(e)) => Err(e),
        (Some(s), Some(n), Some(l), Ok(r)) => referrals_lost(s, n, l, &r),
        (Some(_), None, Some(_), _) => Err(NewCustomersUnknown),
        _ => Err(NeedsCounts),
    };
    let wom = match (lost, referral) {
        (_, Err(e)) => Err(e),
        (Some(l), Ok(r)) => word_of_mouth_customers_lost(l, &r),
        (None, _) => Err(NeedsCounts),
    };
    let value = |customers: CostOutcome| finite(customers.and_then(|c| cac.map(|a| c * a)));
    ReferralReport {
        referrals_lost: referrals,
        referrals_lost_value: value(referrals),
        wom_customers_lost: wom,
        wom_value: value(wom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// DOMAIN.md §2: S = 1000, N = 150, E = 1030 (L = 120), acquisition spend 45,000,
    /// retention spend 17,600.
    fn worked_example() -> CostInput {
        CostInput {
            start: Some(1000.0),
            new: Some(150.0),
            lost: Some(120.0),
            acquisition_spend: Some(45_000.0),
            retention_spend: Some(17_600.0),
            typed_cac: None,
            typed_crc: None,
        }
    }

    #[test]
    fn the_worked_example_to_every_figure() {
        let r = analyse_costs(&worked_example());
        assert_eq!(
            r.cac,
            Ok(UnitCost {
                value: 300.0,
                source: CostSource::Spend
            })
        );
        assert_eq!(r.crc.map(|c| c.value), Ok(20.0));
        assert_eq!(r.cost_ratio, Ok(15.0));
        assert_eq!(r.replacement_cost, Ok(36_000.0));
        assert_eq!(r.keep_cost, Ok(2_400.0));
        assert_eq!(r.churn_burn, Ok(33_600.0));
        assert_eq!(r.refill_spend, Ok(36_000.0));
        assert_eq!(r.refill_share, Ok(0.8));
        assert_eq!(r.break_even_retention_spend, Ok(300.0));
        assert!(r.issues.is_empty());
        // Above every benchmark band.
        assert!(RATIO_BENCHMARKS.iter().all(|b| 15.0 > b.high));
    }

    #[test]
    fn typed_costs_win_and_disagreement_is_reported() {
        let mut i = worked_example();
        i.typed_cac = Some(250.0);
        let r = analyse_costs(&i);
        assert_eq!(
            r.cac,
            Ok(UnitCost {
                value: 250.0,
                source: CostSource::Typed
            })
        );
        assert_eq!(
            r.issues,
            vec![CostIssue::CacDisagrees { from_spend: 300.0 }]
        );
        i.typed_cac = Some(300.5);
        assert!(analyse_costs(&i).issues.is_empty(), "within 0.5 %");
        i.acquisition_spend = None;
        i.typed_crc = Some(20.0);
        let r = analyse_costs(&i);
        assert_eq!(r.crc.map(|c| c.source), Ok(CostSource::Typed));
        // Budget from N × typed CAC when no spend is given.
        assert_eq!(r.refill_share, Ok(0.8));
    }

    #[test]
    fn undefined_costs_say_why() {
        let mut i = worked_example();
        i.new = Some(0.0);
        let r = analyse_costs(&i);
        assert_eq!(r.cac, Err(CostNotComputable::NoNewCustomers));
        assert_eq!(r.issues, vec![CostIssue::SpendWithNoNewCustomers]);
        assert_eq!(r.issues[0].field(), CostField::AcquisitionSpend);
        let mut i = worked_example();
        i.lost = Some(1000.0);
        let r = analyse_costs(&i);
        assert_eq!(r.crc, Err(CostNotComputable::NobodyRetained));
        assert_eq!(r.issues, vec![CostIssue::SpendWithNobodyRetained]);
        let mut i = worked_example();
        i.retention_spend = Some(0.0);
        assert_eq!(
            analyse_costs(&i).cost_ratio,
            Err(CostNotComputable::FreeRetention)
        );
        let mut i = worked_example();
        i.new = None;
        let r = analyse_costs(&i);
        assert_eq!(r.cac, Err(CostNotComputable::NewCustomersUnknown));
        assert_eq!(r.issues, vec![CostIssue::SpendWithNewUnknown]);
        assert_eq!(r.keep_cost, Ok(2_400.0));
        let r = analyse_costs(&CostInput::default());
        assert_eq!(r.cac, Err(CostNotComputable::NeedsCac));
        assert_eq!(r.crc, Err(CostNotComputable::NeedsCrc));
    }

    #[test]
    fn keeping_dearer_than_replacing_burns_negative() {
        let mut i = worked_example();
        i.typed_crc = Some(400.0);
        let r = analyse_costs(&i);
        assert_eq!(r.churn_burn, Ok(120.0 * 300.0 - 120.0 * 400.0));
    }

    #[test]
    fn referrals_and_word_of_mouth_with_the_texts_defaults() {
        // 120 lost × 0.6 × 150 / 1000 = 10.8 referred customers a period.
        let r = referrals_lost(1000.0, 150.0, 120.0, &REFERRAL_DEFAULTS).unwrap();
        assert!((r - 10.8).abs() < 1e-9);
        // 120 × 25 / 8 = 375 potential customers turned away.
        assert_eq!(
            word_of_mouth_customers_lost(120.0, &REFERRAL_DEFAULTS),
            Ok(375.0)
        );
        assert!(referrals_lost(0.0, 150.0, 120.0, &REFERRAL_DEFAULTS).is_err());
        let bad = ReferralInput {
            deals_per_satisfied: 0.0,
            ..REFERRAL_DEFAULTS
        };
        assert!(word_of_mouth_customers_lost(120.0, &bad).is_err());
    }

    #[test]
    fn referral_report_values_lost_customers_at_the_cac() {
        let counts = (Some(1000.0), Some(150.0), Some(120.0));
        let r = analyse_referrals(counts, Ok(300.0), Ok(REFERRAL_DEFAULTS));
        assert!((r.referrals_lost.unwrap() - 10.8).abs() < 1e-9);
        assert!((r.referrals_lost_value.unwrap() - 3_240.0).abs() < 1e-6);
        assert_eq!(r.wom_customers_lost, Ok(375.0));
        assert_eq!(r.wom_value, Ok(112_500.0));
        let r = analyse_referrals(
            counts,
            Err(CostNotComputable::NeedsCac),
            Err(CostField::ReferralShare),
        );
        assert_eq!(
            r.referrals_lost,
            Err(CostNotComputable::InvalidField(CostField::ReferralShare))
        );
        let r = analyse_referrals(
            (Some(1000.0), None, Some(120.0)),
            Err(CostNotComputable::NeedsCac),
            Ok(REFERRAL_DEFAULTS),
        );
        assert_eq!(
            r.referrals_lost,
            Err(CostNotComputable::NewCustomersUnknown)
        );
        assert_eq!(r.wom_customers_lost, Ok(375.0));
        assert_eq!(r.wom_value, Err(CostNotComputable::NeedsCac));
    }
}
