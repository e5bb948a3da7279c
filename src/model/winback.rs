//! Winning lost customers back (DOMAIN.md §4, text 5): per segment of lost-customer type ×
//! value tier, the customers won back, the cost, the four benefits, ROI, the benefit–cost
//! ratio, the break-even success rate and what to do.

/// The six lost-customer types of text 5 (DOMAIN.md §3c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LostType {
    /// The firm chose to end the relationship: never won back.
    PushedDeliberately,
    /// The product or service fell short: the prime target.
    PushedUnintentionally,
    /// Pulled away by a better competitor offer: a target if valuable.
    PulledAway,
    /// Bought away by a competitor's special inducements: costly, rarely worth it.
    BoughtAway,
    /// Forced to end the relationship: a target.
    LeftUnintentionally,
    /// Bankrupt or moved away: not recoverable.
    Migrated,
}

impl LostType {
    /// Every type, in the texts' order.
    pub const ALL: [LostType; 6] = [
        LostType::PushedDeliberately,
        LostType::PushedUnintentionally,
        LostType::PulledAway,
        LostType::BoughtAway,
        LostType::LeftUnintentionally,
        LostType::Migrated,
    ];

    /// The contract name (also the cause key of the lost-types list).
    pub fn key(self) -> &'static str {
        match self {
            LostType::PushedDeliberately => "pushed_deliberately",
            LostType::PushedUnintentionally => "pushed_unintentionally",
            LostType::PulledAway => "pulled_away",
            LostType::BoughtAway => "bought_away",
            LostType::LeftUnintentionally => "left_unintentionally",
            LostType::Migrated => "migrated",
        }
    }

    /// The type named `key`, if any.
    pub fn from_key(key: &str) -> Option<LostType> {
        LostType::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The success rate a new segment of this type starts with (a fraction), and whether
    /// it is the texts' figure (text 2: talking to lost customers wins back about 30 %)
    /// rather than an assumption of ours scaled from it.
    pub fn default_success(self) -> (f64, bool) {
        match self {
            LostType::PushedUnintentionally
            | LostType::PulledAway
            | LostType::LeftUnintentionally => (0.30, true),
            LostType::BoughtAway => (0.15, false),
            LostType::PushedDeliberately | LostType::Migrated => (0.0, false),
        }
    }
}

/// The value tiers of text 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// Important-value customers: pursue hard.
    Important,
    /// Ordinary customers: case by case.
    Ordinary,
    /// Small customers: mostly give up.
    Small,
}

impl Tier {
    /// Every tier, most valuable first.
    pub const ALL: [Tier; 3] = [Tier::Important, Tier::Ordinary, Tier::Small];

    /// The contract name.
    pub fn key(self) -> &'static str {
        match self {
            Tier::Important => "important",
            Tier::Ordinary => "ordinary",
            Tier::Small => "small",
        }
    }

    /// The tier named `key`, if any.
    pub fn from_key(key: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// The German study's range of win-back ROI (text 5): 41 % (financial services) to
/// 102 % (automotive), as fractions.
pub const ROI_BENCHMARK: (f64, f64) = (0.41, 1.02);

/// One segment as the model needs it; money per customer, rates as fractions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SegmentInput {
    pub lost_type: LostType,
    pub tier: Tier,
    /// Lost customers in the segment.
    pub count: f64,
    /// The share won back (0–1).
    pub success_rate: f64,
    /// Contact cost per lost customer approached (staff, calls, overhead).
    pub contact_cost: f64,
    /// Offer cost per customer won back.
    pub offer_cost: f64,
}

/// What every segment shares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Economics {
    /// Margin per won-back customer per period (money).
    pub margin: f64,
    /// Expected periods of the restored relationship.
    pub periods: f64,
    /// Discount rate per period (fraction); 0 for none.
    pub discount: f64,
    /// What a substitute customer would cost to acquire (money); `None` when unknown.
    pub cac: Option<f64>,
    /// Customers each won-back customer no longer turns away by negative word of mouth
    /// (people swayed × their conversion rate); 0 when the communication benefit is off.
    pub word_of_mouth_per_won: f64,
    /// What the firm learns from the lost customers (money, for the whole campaign).
    pub information_benefit: f64,
}

impl Economics {
    /// The present value of one won-back customer's margin over the restored
    /// relationship: m × Σ_{t=1..T} 1 / (1 + d)^t (m × T without discounting).
    pub fn repurchase_per_won(&self) -> f64 {
        if self.discount == 0.0 {
            self.margin * self.periods
        } else {
            let whole = self.periods.floor();
            let annuity = (1.0 - (1.0 + self.discount).powf(-whole)) / self.discount;
            // A fractional last period counts in proportion, discounted as period ⌈T⌉.
            let part = (self.periods - whole) / (1.0 + self.discount).powf(whole + 1.0);
            self.margin * (annuity + part)
        }
    }

    /// Communication benefit per won-back customer: the customers no longer turned away,
    /// each worth one period's margin (DOMAIN.md §4: won back × swayed × conversion × m).
    pub fn communication_per_won(&self) -> f64 {
        self.word_of_mouth_per_won * self.margin
    }

    /// Benefit per won-back customer besides information: repurchase, avoided replacement
    /// (CAC; 0 when unknown), communication.
    fn per_won(&self) -> f64 {
        self.repurchase_per_won() + self.cac.unwrap_or(0.0) + self.communication_per_won()
    }
}

/// Why a win-back figure cannot be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WinbackNotComputable {
    /// Nothing is spent (no customers, or contact and offers free): ROI divides by zero.
    NoCost,
    /// A field that every figure needs could not be read.
    NeedsInputs,
    /// The avoided-replacement benefit needs a CAC.
    NeedsCac,
    /// The amounts are too large for a finite result.
    OutOfRange,
}

/// A figure, or why not.
pub type WinbackOutcome = Result<f64, WinbackNotComputable>;

/// The break-even success rate: a rate (fraction), or none because even winning every
/// customer back loses money.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BreakEven {
    Rate(f64),
    /// Even a 100 % success rate does not pay for the campaign.
    None,
}

/// What to do with a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    Pursue,
    CaseByCase,
    GiveUp,
}

impl Advice {
    /// The contract value of `winback_advice.<type>.<tier>`.
    pub fn key(self) -> &'static str {
        match self {
            Advice::Pursue => "pursue",
            Advice::CaseByCase => "case_by_case",
            Advice::GiveUp => "give_up",
        }
    }
}

/// Why the advice is what it is (each has a sentence in the interface).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdviceReason {
    /// Deliberately pushed away: the firm ended it (text 5).
    DeliberatelyPushed,
    /// Migrated: not recoverable (text 5).
    Migrated,
    /// The campaign loses money at this success rate.
    LosesMoney,
    /// Small customers: mostly give up (text 4).
    SmallTier,
    /// Small customers, but the return is above the study's range.
    SmallTierHighReturn,
    /// Bought away: costly and rarely worth it, even when the figures pay (text 5).
    BoughtAway,
    /// Important customers that pay back: pursue hard (text 4).
    ImportantPays,
    /// Ordinary customers with a return at least the study's lower bound.
    OrdinaryPaysWell,
    /// Ordinary customers with a thin return: case by case (text 4).
    OrdinaryThin,
    /// ROI not computable: nothing is spent, or a figure is missing.
    Unknown,
}

/// Everything computed for one segment (money for the whole segment).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SegmentReport {
    pub won: f64,
    pub cost: f64,
    pub repurchase: f64,
    pub replacement: WinbackOutcome,
    pub communication: f64,
    pub benefit: WinbackOutcome,
    pub roi: WinbackOutcome,
    pub bc_ratio: WinbackOutcome,
    pub break_even: Result<BreakEven, WinbackNotComputable>,
    pub advice: Advice,
    pub reason: AdviceReason,
    /// The offer costs more than one period's margin: it could teach loyal customers
    /// that leaving pays (text 5).
    pub offer_warning: bool,
}

/// The campaign: every segment and the totals (information benefit counted once, in the
/// totals).
#[derive(Debug, Clone, PartialEq)]
pub struct WinbackReport {
    pub segments: Vec<SegmentReport>,
    pub won: f64,
    pub cost: f64,
    pub repurchase: f64,
    pub replacement: WinbackOutcome,
    pub communication: f64,
    pub information: f64,
    pub benefit: WinbackOutcome,
    pub roi: WinbackOutcome,
    pub bc_ratio: WinbackOutcome,
    /// The one success rate, applied to every segment, at which the campaign breaks even.
    pub break_even: Result<BreakEven, WinbackNotComputable>,
}

fn finite(v: f64) -> WinbackOutcome {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(WinbackNotComputable::OutOfRange)
    }
}

/// The success rate s at which benefit = cost, for `count` customers: n c − info =
/// s n (V − o), V the benefit per won-back customer.
fn break_even(
    count: f64,
    contact: f64,
    offer: f64,
    per_won: f64,
    information: f64,
) -> Result<BreakEven, WinbackNotComputable> {
    let fixed = count * contact - information;
    let slope = count * (per_won - offer);
    if !fixed.is_finite() || !slope.is_finite() {
        return Err(WinbackNotComputable::OutOfRange);
    }
    if fixed <= 0.0 {
        return Ok(BreakEven::Rate(0.0));
    }
    if slope <= 0.0 {
        return Ok(BreakEven::None);
    }
    let rate = fixed / slope;
    Ok(if rate > 1.0 {
        BreakEven::None
    } else {
        BreakEven::Rate(rate)
    })
}

/// ROI and the benefit–cost ratio of `benefit` against `cost`.
fn returns(benefit: WinbackOutcome, cost: f64) -> (WinbackOutcome, WinbackOutcome) {
    match benefit {
        Err(e) => (Err(e), Err(e)),
        Ok(_) if cost <= 0.0 => (
            Err(WinbackNotComputable::NoCost),
            Err(WinbackNotComputable::NoCost),
        ),
        Ok(b) => (finite((b - cost) / cost), finite(b / cost)),
    }
}

/// The advice for a segment from its type, tier and ROI (DOMAIN.md §4's rules).
fn advise(s: &SegmentInput, roi: WinbackOutcome) -> (Advice, AdviceReason) {
    use AdviceReason::*;
    match (s.lost_type, roi) {
        (LostType::PushedDeliberately, _) => (Advice::GiveUp, DeliberatelyPushed),
        (LostType::Migrated, _) => (Advice::GiveUp, Migrated),
        (_, Err(_)) => (Advice::CaseByCase, Unknown),
        (_, Ok(r)) if r < 0.0 => (Advice::GiveUp, LosesMoney),
        (_, Ok(r)) if s.tier == Tier::Small => {
            if r >= ROI_BENCHMARK.1 {
                (Advice::CaseByCase, SmallTierHighReturn)
            } else {
                (Advice::GiveUp, SmallTier)
            }
        }
        (LostType::BoughtAway, _) => (Advice::CaseByCase, BoughtAway),
        (_, Ok(_)) if s.tier == Tier::Important => (Advice::Pursue, ImportantPays),
        (_, Ok(r)) if r >= ROI_BENCHMARK.0 => (Advice::Pursue, OrdinaryPaysWell),
        (_, Ok(_)) => (Advice::CaseByCase, OrdinaryThin),
    }
}

/// One segment's figures.
pub fn analyse_segment(s: &SegmentInput, e: &Economics) -> SegmentReport {
    let won = s.count * s.success_rate;
    let cost = s.count * s.contact_cost + won * s.offer_cost;
    let repurchase = won * e.repurchase_per_won();
    let replacement = e
        .cac
        .map(|cac| won * cac)
        .ok_or(WinbackNotComputable::NeedsCac);
    let communication = won * e.communication_per_won();
    let benefit = replacement.and_then(|r| finite(repurchase + r + communication));
    let (roi, bc_ratio) = returns(benefit, cost);
    let break_even = if e.cac.is_none() {
        Err(WinbackNotComputable::NeedsCac)
    } else {
        break_even(s.count, s.contact_cost, s.offer_cost, e.per_won(), 0.0)
    };
    let (advice, reason) = advise(s, roi);
    SegmentReport {
        won,
        cost,
        repurchase,
        replacement,
        communication,
        benefit,
        roi,
        bc_ratio,
        break_even,
        advice,
        reason,
        offer_warning: s.offer_cost > e.margin && won > 0.0,
    }
}

/// The whole campaign.
pub fn analyse_winback(segments: &[SegmentInput], e: &Economics) -> WinbackReport {
    let reports: Vec<SegmentReport> = segments.iter().map(|s| analyse_segment(s, e)).collect();
    let sum = |f: fn(&SegmentReport) -> f64| reports.iter().map(f).sum::<f64>();
    let (won, cost, repurchase, communication) = (
        sum(|r| r.won),
        sum(|r| r.cost),
        sum(|r| r.repurchase),
        sum(|r| r.communication),
    );
    let replacement = e
        .cac
        .map(|cac| won * cac)
        .ok_or(WinbackNotComputable::NeedsCac);
    let information = e.information_benefit;
    let benefit = replacement.and_then(|r| finite(repurchase + r + communication + information));
    let (roi, bc_ratio) = returns(benefit, cost);
    let count: f64 = segments.iter().map(|s| s.count).sum();
    let contact: f64 = segments.iter().map(|s| s.count * s.contact_cost).sum();
    let offers: f64 = segments.iter().map(|s| s.count * s.offer_cost).sum();
    let break_even = if e.cac.is_none() {
        Err(WinbackNotComputable::NeedsCac)
    } else if count <= 0.0 {
        Err(WinbackNotComputable::NoCost)
    } else {
        // Per customer on average: Σ n c / Σ n and Σ n o / Σ n.
        break_even(
            count,
            contact / count,
            offers / count,
            e.per_won(),
            information,
        )
    };
    WinbackReport {
        segments: reports,
        won,
        cost,
        repurchase,
        replacement,
        communication,
        information,
        benefit,
        roi,
        bc_ratio,
        break_even,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> (SegmentInput, Economics) {
        (
            SegmentInput {
                lost_type: LostType::PushedUnintentionally,
                tier: Tier::Important,
                count: 40.0,
                success_rate: 0.30,
                contact_cost: 50.0,
                offer_cost: 100.0,
            },
            Economics {
                margin: 80.0,
                periods: 12.0,
                discount: 0.0,
                cac: Some(300.0),
                word_of_mouth_per_won: 0.0,
                information_benefit: 0.0,
            },
        )
    }

    fn near(a: WinbackOutcome, b: f64) {
        let a = a.expect("computable");
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn domain_worked_example() {
        let (s, e) = example();
        let r = analyse_segment(&s, &e);
        near(Ok(r.won), 12.0);
        near(Ok(r.cost), 3_200.0);
        near(Ok(r.repurchase), 11_520.0);
        near(r.replacement, 3_600.0);
        near(r.benefit, 15_120.0);
        near(r.roi, 3.725);
        near(r.bc_ratio, 4.725);
        match r.break_even {
            Ok(BreakEven::Rate(rate)) => assert!((rate - 2_000.0 / 46_400.0).abs() < 1e-12),
            other => panic!("{other:?}"),
        }
        assert_eq!(r.advice, Advice::Pursue);
        assert!(r.offer_warning, "an offer of 100 against a margin of 80");
        // The campaign of that one segment has the same totals.
        let total = analyse_winback(&[s], &e);
        near(total.roi, 3.725);
        assert_eq!(total.break_even, r.break_even);
    }

    #[test]
    fn discounting_lowers_the_repurchase_benefit() {
        let (s, mut e) = example();
        e.discount = 0.01;
        // 80 × (1 − 1.01^−12) / 0.01 = 900.41 per won-back customer.
        assert!((e.repurchase_per_won() - 900.4061).abs() < 1e-3);
        let r = analyse_segment(&s, &e);
        assert!(r.repurchase < 11_520.0 && r.roi.unwrap() < 3.725);
        // Half a period more adds less than half a period's margin.
        e.periods = 12.5;
        assert!(e.repurchase_per_won() > 900.41 && e.repurchase_per_won() < 940.0);
    }

    #[test]
    fn zero_count_and_free_campaigns_have_no_roi() {
        let (mut s, e) = example();
        s.count = 0.0;
        let r = analyse_segment(&s, &e);
        assert_eq!(r.roi, Err(WinbackNotComputable::NoCost));
        assert_eq!(r.advice, Advice::CaseByCase);
        let (mut s, e) = example();
        s.contact_cost = 0.0;
        s.offer_cost = 0.0;
        let r = analyse_segment(&s, &e);
        assert_eq!(r.bc_ratio, Err(WinbackNotComputable::NoCost));
        assert_eq!(r.break_even, Ok(BreakEven::Rate(0.0)));
    }

    #[test]
    fn success_of_0_and_100_percent() {
        let (mut s, e) = example();
        s.success_rate = 0.0;
        let r = analyse_segment(&s, &e);
        near(r.roi, -1.0);
        assert_eq!(r.advice, Advice::GiveUp);
        assert_eq!(r.reason, AdviceReason::LosesMoney);
        s.success_rate = 1.0;
        let r = analyse_segment(&s, &e);
        near(Ok(r.won), 40.0);
        near(Ok(r.cost), 40.0 * 50.0 + 40.0 * 100.0);
    }

    #[test]
    fn no_break_even_when_even_everyone_back_loses_money() {
        let (mut s, e) = example();
        s.offer_cost = 2_000.0;
        let r = analyse_segment(&s, &e);
        assert_eq!(r.break_even, Ok(BreakEven::None));
        s.offer_cost = 100.0;
        s.contact_cost = 5_000.0;
        assert_eq!(analyse_segment(&s, &e).break_even, Ok(BreakEven::None));
    }

    #[test]
    fn the_rules_of_the_texts() {
        let (mut s, e) = example();
        s.lost_type = LostType::PushedDeliberately;
        assert_eq!(analyse_segment(&s, &e).advice, Advice::GiveUp);
        s.lost_type = LostType::Migrated;
        assert_eq!(analyse_segment(&s, &e).reason, AdviceReason::Migrated);
        s.lost_type = LostType::BoughtAway;
        assert_eq!(analyse_segment(&s, &e).advice, Advice::CaseByCase);
        s.lost_type = LostType::PulledAway;
        s.tier = Tier::Small;
        // ROI 372.5 % is above the study's range: case by case even for small customers.
        assert_eq!(
            analyse_segment(&s, &e).reason,
            AdviceReason::SmallTierHighReturn
        );
        s.success_rate = 0.06;
        let r = analyse_segment(&s, &e);
        assert!(r.roi.unwrap() > 0.0 && r.roi.unwrap() < 1.02);
        assert_eq!(r.advice, Advice::GiveUp);
        s.tier = Tier::Ordinary;
        assert_eq!(analyse_segment(&s, &e).reason, AdviceReason::OrdinaryThin);
    }

    #[test]
    fn information_and_communication_count_in_the_totals() {
        let (s, mut e) = example();
        e.information_benefit = 1_000.0;
        e.word_of_mouth_per_won = 25.0 / 8.0;
        let total = analyse_winback(&[s], &e);
        near(Ok(total.communication), 12.0 * 25.0 / 8.0 * 80.0);
        near(total.benefit, 15_120.0 + 3_000.0 + 1_000.0);
        // The segment itself leaves information out.
        near(total.segments[0].benefit, 15_120.0 + 3_000.0);
        let mut no_cac = e;
        no_cac.cac = None;
        assert_eq!(
            analyse_winback(&[s], &no_cac).roi,
            Err(WinbackNotComputable::NeedsCac)
        );
    }
}
