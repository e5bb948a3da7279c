//! Practice problems for the teaching mode: for each calculator, a generated problem with
//! clean, realistic numbers at three levels, the answer expected, the tolerance an answer
//! is accepted within, the worked steps with those numbers, and a specific hint for the
//! common mistakes (DOMAIN.md §1, §2, §4–§6).
//!
//! The expected answers come from the same model functions the calculator uses, so an
//! exercise and the calculator can never disagree.
//!
//! A problem is a pure function of (kind, level, seed): the generator draws whole numbers
//! from a splitmix64 stream seeded by the three (no floating-point randomness), so a link
//! such as `exercise=churn_rate&level=2&seed=42` gives every student the same problem on
//! any machine. Nothing here is worded: the interface words the enums.

use super::causes::{analyse_causes, Cause, CauseInput, Entry};
use super::clv::ClvInput;
use super::cost::{analyse_costs, CostInput};
use super::input::{normalize, parse_number, FieldError};
use super::period::{convert_churn_rate, Period};
use super::projection::{project, ProjectionInput};
use super::retention::{analyse, KnownFigures, Metric, RetentionInput, RetentionReport};
use super::winback::{analyse_segment, Economics, LostType, SegmentInput, Tier};

/// Which calculator a problem practises, and so what it asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExerciseKind {
    /// Retention rate CRR = (E − N) / S from S, N, E (a percentage per period).
    RetentionRate,
    /// Churn rate CR = L / S with L = S + N − E, from S, N, E (a percentage per period).
    ChurnRate,
    /// A churn rate converted to another period by compounding, 1 − (1 − CR)^k (a
    /// percentage per the new period). Levels 1–2 go to a longer period, level 3 back.
    ChurnConversion,
    /// Average customer lifetime 1 / CR (periods); level 3 starts from S, N, E.
    Lifetime,
    /// Cost ratio CAC / CRC from the spends and counts (times).
    CostRatio,
    /// The leaky bucket's ceiling, new per period / CR; at level 3 with referrals,
    /// new / (CR − ρ) (customers).
    Ceiling,
    /// CLV = m r / (1 + d − r), end of period (money); no discounting at level 1.
    Clv,
    /// Win-back ROI of one segment, (benefit − cost) / cost (a percentage); discounted
    /// repurchase at level 3.
    WinbackRoi,
    /// A cause's share of churn from counts of lost customers by cause (a percentage);
    /// at level 3 the controllable share, with customers who moved away (DOMAIN.md §3).
    CauseShare,
}

impl ExerciseKind {
    /// Every kind, in the calculator's order.
    pub const ALL: [ExerciseKind; 9] = [
        ExerciseKind::RetentionRate,
        ExerciseKind::ChurnRate,
        ExerciseKind::ChurnConversion,
        ExerciseKind::Lifetime,
        ExerciseKind::CostRatio,
        ExerciseKind::Ceiling,
        ExerciseKind::Clv,
        ExerciseKind::WinbackRoi,
        ExerciseKind::CauseShare,
    ];

    /// The value of `exercise=` in the URL.
    pub fn key(self) -> &'static str {
        match self {
            ExerciseKind::RetentionRate => "retention_rate",
            ExerciseKind::ChurnRate => "churn_rate",
            ExerciseKind::ChurnConversion => "churn_conversion",
            ExerciseKind::Lifetime => "lifetime",
            ExerciseKind::CostRatio => "cost_ratio",
            ExerciseKind::Ceiling => "ceiling",
            ExerciseKind::Clv => "clv",
            ExerciseKind::WinbackRoi => "winback_roi",
            ExerciseKind::CauseShare => "cause_share",
        }
    }

    /// The kind named by `key`, ignoring case and surrounding spaces; `None` if unknown.
    pub fn from_key(key: &str) -> Option<ExerciseKind> {
        let key = key.trim();
        Self::ALL
            .into_iter()
            .find(|k| k.key().eq_ignore_ascii_case(key))
    }

    /// The range every generated answer lies in, in the answer's base unit (a fraction
    /// for percentages): rates strictly between 0 and 1, lifetimes of 1–200 periods,
    /// cost ratios of 1–40×, ceilings and CLVs finite, ROI from −90 % to +1000 %. Every
    /// answer is also at least 20 tolerances away from zero (ROI at least 1 % from
    /// break-even).
    pub fn answer_range(self) -> (f64, f64) {
        match self {
            ExerciseKind::RetentionRate => (0.5, 0.995),
            ExerciseKind::ChurnRate => (0.01, 0.5),
            ExerciseKind::ChurnConversion => (0.01, 0.995),
            ExerciseKind::Lifetime => (1.0, 200.0),
            ExerciseKind::CostRatio => (1.0, 40.0),
            ExerciseKind::Ceiling | ExerciseKind::Clv => (10.0, 1e6),
            ExerciseKind::WinbackRoi => (-0.9, 10.0),
            ExerciseKind::CauseShare => (0.02, 0.98),
        }
    }
}

/// How hard a problem is. Keys "1", "2", "3" (`level=2` in the URL); level 1 by default.
/// Level 1: round numbers and answers of at most two decimals; level 2: less round
/// numbers (one-decimal percentages, odd counts); level 3: more steps (a conversion back
/// to a shorter period, lifetime from counts, CLV and win-back with discounting, the
/// ceiling with referrals, the cost ratio from the end count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Level {
    #[default]
    Easy,
    Medium,
    Hard,
}

impl Level {
    /// Every level, easiest first.
    pub const ALL: [Level; 3] = [Level::Easy, Level::Medium, Level::Hard];

    /// The value of `level=` in the URL: "1", "2" or "3".
    pub fn key(self) -> &'static str {
        match self {
            Level::Easy => "1",
            Level::Medium => "2",
            Level::Hard => "3",
        }
    }

    /// The level named by `key` (surrounding spaces ignored); `None` if unknown.
    pub fn from_key(key: &str) -> Option<Level> {
        Self::ALL.into_iter().find(|l| l.key() == key.trim())
    }
}

/// How a number is shown and typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Stored as a fraction (0.12), shown and typed as a percentage ("12" or "12%").
    Percent,
    /// An amount of money, in any one currency.
    Money,
    /// A number of periods.
    Periods,
    /// A number of customers.
    Customers,
    /// A ratio ("15×").
    Times,
}

/// What a number in a problem stands for. Rates are fractions per period, money is per
/// customer unless it is a spend or a segment total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantity {
    /// S, customers at the start of the period.
    Start,
    /// N, new customers during the period.
    New,
    /// E, customers at the end of the period.
    End,
    /// L, customers lost during the period.
    Lost,
    /// Customers kept from the start (S − L = E − N).
    Retained,
    /// CRR, retention rate per period.
    RetentionRate,
    /// CR, churn rate per period.
    ChurnRate,
    /// A churn rate per the period named.
    ChurnOver(Period),
    /// The share of customers staying over the period named (1 − churn over it).
    RetentionOver(Period),
    /// Average customer lifetime, periods.
    Lifetime,
    /// Money spent on acquisition in the period.
    AcquisitionSpend,
    /// Money spent on retention in the period.
    RetentionSpend,
    /// CAC, money per new customer.
    Cac,
    /// CRC, money per retained customer.
    Crc,
    /// CAC / CRC, times.
    CostRatio,
    /// New customers won each period (leaky bucket).
    NewPerPeriod,
    /// ρ, new customers each existing customer brings per period by referral.
    ReferralRate,
    /// CR − ρ, the net share of the base lost per period.
    NetLossRate,
    /// The steady state the customer base cannot grow past, customers.
    Ceiling,
    /// m, margin per customer per period (money).
    Margin,
    /// d, discount rate per period.
    DiscountRate,
    /// 1 + d − r, the CLV denominator (shown as a percentage).
    ClvDenominator,
    /// CLV, end-of-period form (money).
    Clv,
    /// Lost customers in the win-back segment.
    SegmentCount,
    /// Share of the segment won back.
    SuccessRate,
    /// Contact cost per lost customer approached (money).
    ContactCost,
    /// Offer cost per customer won back (money).
    OfferCost,
    /// Expected periods of the restored relationship.
    RelationshipPeriods,
    /// Customers won back.
    WonBack,
    /// Campaign cost for the segment (money).
    WinbackCost,
    /// Margin one won-back customer brings over the restored relationship (money).
    RepurchasePerWon,
    /// Repurchase benefit for the segment (money).
    Repurchase,
    /// Avoided replacement: won back × CAC (money).
    AvoidedReplacement,
    /// Total benefit (money).
    Benefit,
    /// Return on investment, (benefit − cost) / cost.
    Roi,
    /// Lost customers who left over price, product quality, service (text 1's causes).
    PriceLeavers,
    QualityLeavers,
    ServiceLeavers,
    /// Lost customers who moved away: uncontrollable churn.
    MovedAway,
    /// Service's share of churn (a percentage).
    ServiceShare,
    /// The controllable share of churn, 1 − uncontrollable ÷ L (a percentage).
    ControllableShare,
}

impl Quantity {
    /// How the quantity is shown and typed.
    pub fn unit(self) -> Unit {
        use Quantity::*;
        match self {
            Start | New | End | Lost | Retained | NewPerPeriod | Ceiling | SegmentCount
            | WonBack | PriceLeavers | QualityLeavers | ServiceLeavers | MovedAway => {
                Unit::Customers
            }
            RetentionRate | ChurnRate | ChurnOver(_) | RetentionOver(_) | ReferralRate
            | NetLossRate | DiscountRate | ClvDenominator | SuccessRate | Roi | ServiceShare
            | ControllableShare => Unit::Percent,
            Lifetime | RelationshipPeriods => Unit::Periods,
            CostRatio => Unit::Times,
            AcquisitionSpend | RetentionSpend | Cac | Crc | Margin | Clv | ContactCost
            | OfferCost | WinbackCost | RepurchasePerWon | Repurchase | AvoidedReplacement
            | Benefit => Unit::Money,
        }
    }
}

/// A named number: a given of the problem, or an input or the result of a step. The
/// value is in the base unit (a fraction for percentages).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Given {
    pub name: Quantity,
    pub value: f64,
}

/// The formula a step applies; its inputs come in the order listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Formula {
    /// L = S + N − E; inputs S, N, E.
    Lost,
    /// Kept = E − N; inputs E, N.
    KeptFromEnd,
    /// Retained = S − L; inputs S, L.
    Retained,
    /// CRR = kept / S; inputs kept, S.
    RetentionRate,
    /// CR = L / S; inputs L, S.
    ChurnRate,
    /// Staying = 1 − churn, over one period; input the churn rate.
    Survival,
    /// Staying over the new period = staying^(to months / from months); input the share
    /// staying over the old period (both periods are in the quantities' names).
    Compound,
    /// Churn = 1 − staying, over the new period; input the share staying.
    ChurnFromSurvival,
    /// Lifetime = 1 / CR; input CR.
    Lifetime,
    /// CAC = acquisition spend / N; inputs spend, N.
    Cac,
    /// CRC = retention spend / retained; inputs spend, retained.
    Crc,
    /// Ratio = CAC / CRC; inputs CAC, CRC.
    CostRatio,
    /// Net loss = CR − ρ; inputs CR, ρ.
    NetLossRate,
    /// Ceiling = new per period / rate; inputs new per period, the rate (CR, or CR − ρ).
    Ceiling,
    /// 1 + d − r; inputs d, r.
    ClvDenominator,
    /// CLV = m × r / (1 + d − r); inputs m, r, the denominator.
    Clv,
    /// Won back = count × success rate; inputs count, rate.
    WonBack,
    /// Cost = count × contact cost + won back × offer cost; inputs in that order.
    WinbackCost,
    /// Per won-back customer = m × T; inputs m, T.
    RepurchasePerWon,
    /// Per won-back customer = m × (1 − (1 + d)^−T) / d; inputs m, T, d.
    DiscountedRepurchasePerWon,
    /// Repurchase = won back × per won-back customer; inputs in that order.
    Repurchase,
    /// Avoided replacement = won back × CAC; inputs in that order.
    AvoidedReplacement,
    /// Benefit = repurchase + avoided replacement; inputs in that order.
    Benefit,
    /// ROI = (benefit − cost) / cost; inputs benefit, cost.
    Roi,
    /// L = the causes' counts added up; inputs each count.
    CauseTotal,
    /// Share = the cause's count ÷ L; inputs count, L.
    CauseShare,
    /// Controllable share = 1 − uncontrollable ÷ L; inputs the uncontrollable count, L.
    ControllableShare,
}

/// One step of the worked solution, with the problem's numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub formula: Formula,
    pub inputs: Vec<Given>,
    pub result: Given,
}

/// A common mistake an answer matches, so the interface can give a specific hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mistake {
    /// A percentage was asked and the fraction was typed (0.12 for 12 %).
    FractionForPercent,
    /// A percentage was used as a plain number in a formula (1 / 12 for 1 / 12 %), so
    /// the answer is a hundredth of the right one.
    PercentForFraction,
    /// Converted to a longer period by multiplying (monthly × 12) instead of compounding.
    MultipliedNotCompounded,
    /// Converted to a shorter period by dividing (yearly ÷ 12) instead of compounding.
    DividedNotCompounded,
    /// Divided by S + N instead of S, the course's denominator.
    StartPlusNewDenominator,
    /// Divided by the average (S + E) / 2 instead of S.
    AverageDenominator,
    /// Gave the retention rate (1 − CR) where the churn rate was asked.
    RetentionForChurn,
    /// Gave the churn rate (1 − CRR) where the retention rate was asked.
    ChurnForRetention,
    /// Retention as E / S: the new customers were not taken out of the end count.
    ForgotNewCustomers,
    /// The undiscounted simple form m / CR instead of m r / (1 + d − r).
    SimpleClv,
    /// CRC / CAC instead of CAC / CRC.
    InvertedRatio,
    /// The ceiling as new / CR, leaving out the referrals (new / (CR − ρ)).
    IgnoredReferrals,
    /// The benefit–cost ratio instead of ROI (which is that ratio − 1).
    BenefitCostRatio,
    /// The other part's share: the rest of churn instead of the cause asked, or the
    /// uncontrollable share instead of the controllable one.
    ComplementShare,
}

/// A practice problem with its answer, tolerance, worked steps and the answers the
/// common mistakes give.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    pub kind: ExerciseKind,
    pub level: Level,
    pub seed: u64,
    /// The numbers the problem states, in display order.
    pub givens: Vec<Given>,
    /// What is asked; its unit is the answer's ([`Exercise::answer_unit`]).
    pub asked: Quantity,
    /// The answer, in the base unit (a fraction for percentages).
    pub expected: f64,
    /// An answer within this much of `expected` (absolute, base unit) is correct: the
    /// larger of 0.1 % of the answer and a floor of 0.05 percentage point for
    /// percentages, 0.05 for periods and ratios, 0.5 for money and customers — so an
    /// answer rounded to one decimal (to whole money or customers) is accepted.
    pub tolerance: f64,
    /// The worked solution; the last step's result is the answer.
    pub steps: Vec<Step>,
    /// The answer each common mistake gives (base unit). [`Mistake::FractionForPercent`]
    /// is not listed: it is checked for every percentage answer.
    pub mistakes: Vec<(Mistake, f64)>,
}

impl Exercise {
    /// How the answer is typed.
    pub fn answer_unit(&self) -> Unit {
        self.asked.unit()
    }

    fn new(
        kind: ExerciseKind,
        givens: Vec<Given>,
        steps: Vec<Step>,
        mut mistakes: Vec<(Mistake, f64)>,
    ) -> Exercise {
        let answer = steps.last().map_or(
            Given {
                name: Quantity::Roi,
                value: f64::NAN,
            },
            |s| s.result,
        );
        mistakes.retain(|(_, v)| v.is_finite());
        Exercise {
            kind,
            level: Level::Easy,
            seed: 0,
            givens,
            asked: answer.name,
            expected: answer.value,
            tolerance: tolerance(answer.name.unit(), answer.value),
            steps,
            mistakes,
        }
    }

    /// In range and clear of zero, finite, every mistake told apart from the answer,
    /// and at level 1 an answer of at most two decimals (conversions excepted:
    /// compounding rarely ends).
    fn is_sound(&self) -> bool {
        let (low, high) = self.kind.answer_range();
        let (e, unit) = (self.expected, self.answer_unit());
        let shown = e * factor(unit) * 100.0;
        let short = self.level != Level::Easy
            || self.kind == ExerciseKind::ChurnConversion
            || (shown - shown.round()).abs() < 1e-6;
        (low..=high).contains(&e)
            && e.abs() >= 20.0 * self.tolerance
            && short
            && self.givens.iter().all(|g| g.value.is_finite())
            && self
                .mistakes
                .iter()
                .all(|&(_, v)| (v - e).abs() > self.tolerance + tolerance(unit, v))
    }
}

/// The tolerance for an answer of `value` in `unit` (see [`Exercise::tolerance`]).
fn tolerance(unit: Unit, value: f64) -> f64 {
    let floor: f64 = match unit {
        Unit::Percent => 0.0005,
        Unit::Periods | Unit::Times => 0.05,
        Unit::Money | Unit::Customers => 0.5,
    };
    floor.max(0.001 * value.abs())
}

/// Base unit to the number typed: 100 for percentages.
fn factor(unit: Unit) -> f64 {
    if unit == Unit::Percent {
        100.0
    } else {
        1.0
    }
}

/// What a typed answer is.
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
    /// Within the tolerance; `exact` when it also agrees with the answer to two decimals
    /// as typed (8.33 for 8.333…, 31.85 for 31.8528 %).
    Correct { exact: bool },
    /// Outside the tolerance; `mistake` names the common mistake it matches, if any.
    Wrong { mistake: Option<Mistake> },
    /// Not a number that can be checked (empty, not a number, a decimal comma, a percent
    /// sign on a non-percentage answer).
    Unreadable(FieldError),
}

/// Checks what a student typed against the exercise. A percentage answer may be typed
/// with or without "%"; full-width digits and thousands separators are read as in the
/// calculator's fields.
pub fn check(exercise: &Exercise, typed: &str) -> Checked {
    let unit = exercise.answer_unit();
    let cleaned = normalize(typed);
    let (text, percent_sign) = match cleaned.strip_suffix('%') {
        Some(rest) => (rest, true),
        None => (cleaned.as_str(), false),
    };
    if percent_sign && unit != Unit::Percent {
        return Checked::Unreadable(if unit == Unit::Customers {
            FieldError::PercentInCountField
        } else {
            FieldError::PercentInAmountField
        });
    }
    let raw = match parse_number(text) {
        Ok(v) => v,
        Err(e) => return Checked::Unreadable(e),
    };
    let (expected, f) = (exercise.expected, factor(unit));
    let value = raw / f;
    if (value - expected).abs() <= exercise.tolerance {
        let exact = (raw - expected * f).abs() <= 0.005 + 1e-9 * raw.abs().max(1.0);
        return Checked::Correct { exact };
    }
    let near = |x: f64, target: f64| (x - target).abs() <= tolerance(unit, target);
    let matching = |x: f64| {
        exercise
            .mistakes
            .iter()
            .find(|&&(_, v)| near(x, v))
            .map(|&(m, _)| m)
    };
    // A percentage typed as a fraction: the answer itself, or a mistake, typed that way.
    let mistake = matching(value).or_else(|| match unit {
        Unit::Percent if near(raw, expected) => Some(Mistake::FractionForPercent),
        Unit::Percent => matching(raw),
        _ => None,
    });
    Checked::Wrong { mistake }
}

/// The problem for `kind` and `level` that `seed` names: the same on every machine.
/// Never panics; every seed gives a sound problem (in [`ExerciseKind::answer_range`],
/// every mistake distinguishable from the answer).
pub fn generate(kind: ExerciseKind, level: Level, seed: u64) -> Exercise {
    let mut exercise = drawn(kind, level, seed).unwrap_or_else(|| worked_example(kind));
    exercise.level = level;
    exercise.seed = seed;
    exercise
}

/// Up to 256 draws from the seed's stream (at most about five on average, for level 1
/// win-back); the first sound one. The stream is salted with the kind's and level's
/// positions, so reordering those enums changes every link's problem.
fn drawn(kind: ExerciseKind, level: Level, seed: u64) -> Option<Exercise> {
    let salt = (kind as u64 * 3 + level as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03);
    let mut rng = Rng(seed ^ salt);
    (0..256)
        .map(|_| {
            let mut e = draw(kind, level, &mut rng);
            e.level = level;
            e
        })
        .find(Exercise::is_sound)
}

/// splitmix64 (Steele, Lea and Flood 2014): a 64-bit counter scrambled by two
/// multiply–xorshift rounds. Integers only, so identical on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number from `low` to `high`, both included.
    fn int(&mut self, low: u32, high: u32) -> u32 {
        low + (self.next() % (u64::from(high.saturating_sub(low)) + 1)) as u32
    }

    /// `step` × a whole number from `low` to `high` (exact for whole steps).
    fn times(&mut self, low: u32, high: u32, step: f64) -> f64 {
        f64::from(self.int(low, high)) * step
    }

    /// A whole number from `low` to `high` divided by `per` (100 for whole percentages,
    /// 1000 for one decimal): the nearest double to the decimal, as if typed.
    fn over(&mut self, low: u32, high: u32, per: f64) -> f64 {
        f64::from(self.int(low, high)) / per
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Churn rates (per mille) whose inverse ends within two decimals: lifetimes 50, 25,
/// 20, 12.5, 10, 8, 6.25, 5, 4, 2.5 periods.
const CLEAN_CHURN: [u32; 10] = [20, 40, 50, 80, 100, 125, 160, 200, 250, 400];

/// S, N, E in multiples of 10 with churn of 2–30 % (level 1: S in thousands, whole
/// percentages, 5–25 % net growth), 3–35 % (level 2) or 1–45 % (level 3).
fn draw_counts(rng: &mut Rng, level: Level) -> (f64, f64, f64) {
    let up = |x: u32, p: u32| (x * p).div_ceil(100);
    let down = |x: u32, p: u32| x * p / 100;
    // In tens of customers.
    let (s, l, n) = match level {
        Level::Easy => {
            let k = rng.int(1, 5);
            let l = k * rng.int(2, 30);
            (100 * k, l, l + k * rng.int(5, 25))
        }
        Level::Medium => {
            let s = 5 * rng.int(8, 100);
            (
                s,
                rng.int(up(s, 3), down(s, 35)),
                rng.int(up(s, 5), down(s, 50)),
            )
        }
        Level::Hard => {
            let s = rng.int(20, 1000);
            (
                s,
                rng.int(up(s, 1), down(s, 45)),
                rng.int(up(s, 3), down(s, 80)),
            )
        }
    };
    let (s, l, n) = (
        f64::from(s) * 10.0,
        f64::from(l) * 10.0,
        f64::from(n) * 10.0,
    );
    (s, n, s + n - l)
}

fn draw(kind: ExerciseKind, level: Level, rng: &mut Rng) -> Exercise {
    use ExerciseKind as K;
    let (easy, hard) = (level == Level::Easy, level == Level::Hard);
    match kind {
        K::RetentionRate => {
            let (s, n, e) = draw_counts(rng, level);
            retention_rate(s, n, e)
        }
        K::ChurnRate => {
            let (s, n, e) = draw_counts(rng, level);
            churn_rate(s, n, e)
        }
        K::ChurnConversion => {
            use Period::*;
            // Per-mille ranges of the given rate.
            let (from, to, low, high) = if hard {
                rng.pick(&[
                    (Year, Month, 100, 700),
                    (Year, Quarter, 100, 700),
                    (Quarter, Month, 50, 400),
                ])
            } else {
                rng.pick(&[
                    (Month, Quarter, 20, 150),
                    (Month, Year, 10, 100),
                    (Quarter, Year, 50, 250),
                ])
            };
            let rate = if easy {
                rng.over(low / 10, high / 10, 100.0)
            } else {
                rng.over(low, high, 1000.0)
            };
            churn_conversion(rate, from, to)
        }
        K::Lifetime => match level {
            Level::Easy => lifetime(f64::from(rng.pick(&CLEAN_CHURN)) / 1000.0),
            Level::Medium => lifetime(rng.over(2, 40, 100.0)),
            Level::Hard => {
                let (s, n, e) = draw_counts(rng, Level::Medium);
                lifetime_from_counts(s, n, e)
            }
        },
        K::CostRatio => {
            let (s, n, e) = draw_counts(rng, level);
            let kept = e - n;
            let (acquisition, retention) = match level {
                Level::Easy => {
                    let crc = rng.pick(&[10.0, 20.0, 25.0, 40.0, 50.0]);
                    (crc * rng.times(3, 15, 1.0) * n, crc * kept)
                }
                Level::Medium => (rng.times(10, 160, 5.0) * n, rng.times(5, 100, 1.0) * kept),
                // Spends in whole hundreds: CAC and CRC come out with decimals.
                Level::Hard => (
                    (rng.times(50, 800, 1.0) * n / 100.0).round() * 100.0,
                    (rng.times(5, 100, 1.0) * kept / 100.0).round() * 100.0,
                ),
            };
            cost_ratio(acquisition, retention, s, n, e, hard)
        }
        K::Ceiling => match level {
            Level::Easy => ceiling(
                rng.times(3, 25, 20.0),
                f64::from(rng.pick(&CLEAN_CHURN)) / 1000.0,
                0.0,
            ),
            Level::Medium => ceiling(rng.times(5, 60, 10.0), rng.over(2, 30, 100.0), 0.0),
            Level::Hard => {
                let churn = rng.int(50, 300);
                let referral = rng.int(5, churn - 20);
                ceiling(
                    rng.times(5, 60, 10.0),
                    f64::from(churn) / 1000.0,
                    f64::from(referral) / 1000.0,
                )
            }
        },
        K::Clv => match level {
            Level::Easy => clv(
                rng.times(2, 20, 10.0),
                f64::from(rng.pick(&[500, 600, 750, 800, 875, 900, 950])) / 1000.0,
                0.0,
            ),
            Level::Medium => clv(
                rng.times(4, 60, 5.0),
                rng.over(60, 95, 100.0),
                rng.over(1, 5, 100.0),
            ),
            Level::Hard => clv(
                rng.times(15, 400, 1.0),
                rng.over(600, 970, 1000.0),
                rng.over(5, 30, 1000.0),
            ),
        },
        K::CauseShare => match level {
            // A total that divides 10,000 (in tens): the share ends within two decimals.
            Level::Easy => {
                let total = rng.pick(&[20, 25, 40, 50, 80, 100]);
                let service = rng.int(2, total - 4);
                let price = rng.int(1, total - service - 1);
                cause_share(
                    price * 10,
                    (total - service - price) * 10,
                    service * 10,
                    None,
                )
            }
            Level::Medium => cause_share(
                rng.int(1, 60) * 10,
                rng.int(1, 60) * 10,
                rng.int(2, 120) * 10,
                None,
            ),
            Level::Hard => cause_share(
                rng.int(1, 60) * 10,
                rng.int(1, 60) * 10,
                rng.int(2, 120) * 10,
                Some(rng.int(1, 40) * 10),
            ),
        },
        K::WinbackRoi => {
            // Counts in twenties and success rates in fives of percent: whole customers won.
            let winback = if easy {
                Winback {
                    count: rng.times(1, 10, 20.0),
                    success: f64::from(rng.pick(&[10, 20, 25, 30, 40, 50])) / 100.0,
                    contact: rng.times(1, 10, 10.0),
                    offer: rng.times(0, 20, 10.0),
                    margin: rng.times(2, 12, 10.0),
                    periods: rng.pick(&[6.0, 12.0]),
                    cac: rng.times(2, 10, 50.0),
                    discount: 0.0,
                }
            } else {
                Winback {
                    count: rng.times(1, 15, 20.0),
                    success: f64::from(rng.int(1, 10) * 5) / 100.0,
                    contact: rng.times(1, 30, 5.0),
                    offer: rng.times(0, 40, 5.0),
                    margin: rng.times(4, 60, 5.0),
                    periods: rng.times(3, 36, 1.0),
                    cac: rng.times(5, 80, 10.0),
                    discount: if hard { rng.over(5, 20, 1000.0) } else { 0.0 },
                }
            };
            winback_roi(&winback)
        }
    }
}

/// The problem for `kind` built from DOMAIN.md's worked examples (level 1 numbers where
/// the worked example's answer does not end within two decimals); used only if no draw
/// is sound, which the tests show does not happen.
fn worked_example(kind: ExerciseKind) -> Exercise {
    match kind {
        ExerciseKind::RetentionRate => retention_rate(1000.0, 150.0, 1030.0),
        ExerciseKind::ChurnRate => churn_rate(1000.0, 150.0, 1030.0),
        ExerciseKind::ChurnConversion => churn_conversion(0.12, Period::Month, Period::Quarter),
        ExerciseKind::Lifetime => lifetime(0.125),
        ExerciseKind::CostRatio => cost_ratio(45_000.0, 17_600.0, 1000.0, 150.0, 1030.0, false),
        ExerciseKind::Ceiling => ceiling(150.0, 0.12, 0.0),
        ExerciseKind::Clv => clv(80.0, 0.8, 0.0),
        ExerciseKind::WinbackRoi => winback_roi(&WORKED_WINBACK),
        // DOMAIN.md §3a's split on 120 lost customers: 18 / 18 / 84.
        ExerciseKind::CauseShare => cause_share(18, 18, 84, None),
    }
}

/// Lost customers by cause (price, quality, service, and at level 3 moved away): the
/// service share, or with `moved` the controllable share, through the calculator's own
/// cause analysis.
fn cause_share(price: u32, quality: u32, service: u32, moved: Option<u32>) -> Exercise {
    let counts: Vec<(Quantity, f64, bool)> = [
        (Quantity::PriceLeavers, price, false),
        (Quantity::QualityLeavers, quality, false),
        (Quantity::ServiceLeavers, service, false),
    ]
    .into_iter()
    .chain(moved.map(|m| (Quantity::MovedAway, m, true)))
    .map(|(q, v, u)| (q, f64::from(v), u))
    .collect();
    let lost: f64 = counts.iter().map(|(_, v, _)| v).sum();
    let report = analyse_causes(&CauseInput {
        entry: Entry::Count,
        causes: counts
            .iter()
            .map(|(q, v, u)| Cause {
                key: format!("{q:?}"),
                value: Some(*v),
                uncontrollable: *u,
            })
            .collect(),
        lost: Some(lost),
        value_per_lost_customer: None,
    });
    let givens: Vec<Given> = counts.iter().map(|(q, v, _)| g(*q, *v)).collect();
    let total = step(Formula::CauseTotal, &givens, g(Quantity::Lost, lost));
    let (last, answer) = match moved {
        None => {
            let share = report
                .shares
                .get(2)
                .copied()
                .and_then(Result::ok)
                .unwrap_or(f64::NAN);
            let answer = g(Quantity::ServiceShare, share);
            (
                step(Formula::CauseShare, &[givens[2], total.result], answer),
                answer,
            )
        }
        Some(_) => {
            let share = report.controllable_share.unwrap_or(f64::NAN);
            let answer = g(Quantity::ControllableShare, share);
            (
                step(
                    Formula::ControllableShare,
                    &[givens[3], total.result],
                    answer,
                ),
                answer,
            )
        }
    };
    Exercise::new(
        ExerciseKind::CauseShare,
        givens,
        vec![total, last],
        vec![(Mistake::ComplementShare, 1.0 - answer.value)],
    )
}

fn g(name: Quantity, value: f64) -> Given {
    Given { name, value }
}

fn step(formula: Formula, inputs: &[Given], result: Given) -> Step {
    Step {
        formula,
        inputs: inputs.to_vec(),
        result,
    }
}

/// The retention model's report on S, N, E, the counts as givens, and the step to L.
fn counts(s: f64, n: f64, e: f64) -> (RetentionReport, [Given; 3], Step) {
    let report = analyse(&RetentionInput {
        known: KnownFigures::StartNewEnd,
        period: None,
        start: Some(s),
        new: Some(n),
        end: Some(e),
        lost: None,
    });
    let givens = [
        g(Quantity::Start, s),
        g(Quantity::New, n),
        g(Quantity::End, e),
    ];
    let lost = g(Quantity::Lost, report.get(Metric::Lost).unwrap_or(f64::NAN));
    (report, givens, step(Formula::Lost, &givens, lost))
}

fn metric(report: &RetentionReport, metric: Metric) -> f64 {
    report.get(metric).unwrap_or(f64::NAN)
}

fn retention_rate(s: f64, n: f64, e: f64) -> Exercise {
    let (report, givens, _) = counts(s, n, e);
    let [start, new, end] = givens;
    let kept = g(Quantity::Retained, e - n);
    let crr = metric(&report, Metric::RetentionRate);
    Exercise::new(
        ExerciseKind::RetentionRate,
        givens.to_vec(),
        vec![
            step(Formula::KeptFromEnd, &[end, new], kept),
            step(
                Formula::RetentionRate,
                &[kept, start],
                g(Quantity::RetentionRate, crr),
            ),
        ],
        vec![
            (Mistake::ChurnForRetention, 1.0 - crr),
            (Mistake::ForgotNewCustomers, e / s),
        ],
    )
}

fn churn_rate(s: f64, n: f64, e: f64) -> Exercise {
    let (report, givens, lost_step) = counts(s, n, e);
    let cr = metric(&report, Metric::ChurnRate);
    let churn = step(
        Formula::ChurnRate,
        &[lost_step.result, givens[0]],
        g(Quantity::ChurnRate, cr),
    );
    Exercise::new(
        ExerciseKind::ChurnRate,
        givens.to_vec(),
        vec![lost_step, churn],
        vec![
            (Mistake::RetentionForChurn, 1.0 - cr),
            (
                Mistake::StartPlusNewDenominator,
                metric(&report, Metric::ChurnStartPlusNew),
            ),
            (
                Mistake::AverageDenominator,
                metric(&report, Metric::ChurnAverage),
            ),
        ],
    )
}

fn churn_conversion(rate: f64, from: Period, to: Period) -> Exercise {
    let converted = convert_churn_rate(rate, from, to);
    let given = g(Quantity::ChurnOver(from), rate);
    let staying = g(Quantity::RetentionOver(from), 1.0 - rate);
    let staying_to = g(Quantity::RetentionOver(to), 1.0 - converted);
    let k = f64::from(to.months()) / f64::from(from.months());
    let linear = if k > 1.0 {
        Mistake::MultipliedNotCompounded
    } else {
        Mistake::DividedNotCompounded
    };
    Exercise::new(
        ExerciseKind::ChurnConversion,
        vec![given],
        vec![
            step(Formula::Survival, &[given], staying),
            step(Formula::Compound, &[staying], staying_to),
            step(
                Formula::ChurnFromSurvival,
                &[staying_to],
                g(Quantity::ChurnOver(to), converted),
            ),
        ],
        vec![
            (linear, rate * k),
            (Mistake::RetentionForChurn, 1.0 - converted),
        ],
    )
}

fn lifetime(cr: f64) -> Exercise {
    let rate = g(Quantity::ChurnRate, cr);
    let periods = 1.0 / cr;
    Exercise::new(
        ExerciseKind::Lifetime,
        vec![rate],
        vec![step(
            Formula::Lifetime,
            &[rate],
            g(Quantity::Lifetime, periods),
        )],
        vec![(Mistake::PercentForFraction, periods / 100.0)],
    )
}

fn lifetime_from_counts(s: f64, n: f64, e: f64) -> Exercise {
    let (report, givens, lost_step) = counts(s, n, e);
    let lost = lost_step.result;
    let rate = g(Quantity::ChurnRate, metric(&report, Metric::ChurnRate));
    let periods = metric(&report, Metric::AvgLifetime);
    Exercise::new(
        ExerciseKind::Lifetime,
        givens.to_vec(),
        vec![
            lost_step,
            step(Formula::ChurnRate, &[lost, givens[0]], rate),
            step(Formula::Lifetime, &[rate], g(Quantity::Lifetime, periods)),
        ],
        vec![
            (Mistake::PercentForFraction, periods / 100.0),
            (
                Mistake::StartPlusNewDenominator,
                1.0 / metric(&report, Metric::ChurnStartPlusNew),
            ),
        ],
    )
}

/// The cost ratio from the spends and S, N, E; `from_end` states E rather than L, adding
/// the step L = S + N − E.
fn cost_ratio(
    acquisition: f64,
    retention: f64,
    s: f64,
    n: f64,
    e: f64,
    from_end: bool,
) -> Exercise {
    let (report, counts_given, lost_step) = counts(s, n, e);
    let l = metric(&report, Metric::Lost);
    let costs = analyse_costs(&CostInput {
        start: Some(s),
        new: Some(n),
        lost: Some(l),
        acquisition_spend: Some(acquisition),
        retention_spend: Some(retention),
        typed_cac: None,
        typed_crc: None,
    });
    let [start, new, _] = counts_given;
    let lost = lost_step.result;
    let spend_a = g(Quantity::AcquisitionSpend, acquisition);
    let spend_r = g(Quantity::RetentionSpend, retention);
    let cac = g(Quantity::Cac, costs.cac.map_or(f64::NAN, |c| c.value));
    let crc = g(Quantity::Crc, costs.crc.map_or(f64::NAN, |c| c.value));
    let kept = g(Quantity::Retained, s - l);
    let ratio = costs.cost_ratio.unwrap_or(f64::NAN);
    let mut givens = vec![spend_a, spend_r];
    let mut steps = Vec::with_capacity(5);
    if from_end {
        givens.extend(counts_given);
        steps.push(lost_step);
    } else {
        givens.extend([start, new, lost]);
    }
    steps.extend([
        step(Formula::Cac, &[spend_a, new], cac),
        step(Formula::Retained, &[start, lost], kept),
        step(Formula::Crc, &[spend_r, kept], crc),
        step(
            Formula::CostRatio,
            &[cac, crc],
            g(Quantity::CostRatio, ratio),
        ),
    ]);
    Exercise::new(
        ExerciseKind::CostRatio,
        givens,
        steps,
        vec![(Mistake::InvertedRatio, 1.0 / ratio)],
    )
}

/// The ceiling new / (CR − ρ); no referral step when ρ = 0.
fn ceiling(new: f64, cr: f64, referral: f64) -> Exercise {
    let value = project(&ProjectionInput {
        start: 0.0,
        new_per_period: new,
        churn_rate: cr,
        referral_rate: referral,
        horizon: 1,
    })
    .ceiling
    .unwrap_or(f64::NAN);
    let (new, churn) = (g(Quantity::NewPerPeriod, new), g(Quantity::ChurnRate, cr));
    let result = g(Quantity::Ceiling, value);
    let mut mistakes = vec![(Mistake::PercentForFraction, value / 100.0)];
    let (givens, steps) = if referral > 0.0 {
        let rho = g(Quantity::ReferralRate, referral);
        let net = g(Quantity::NetLossRate, cr - referral);
        mistakes.push((Mistake::IgnoredReferrals, new.value / cr));
        (
            vec![new, churn, rho],
            vec![
                step(Formula::NetLossRate, &[churn, rho], net),
                step(Formula::Ceiling, &[new, net], result),
            ],
        )
    } else {
        (
            vec![new, churn],
            vec![step(Formula::Ceiling, &[new, churn], result)],
        )
    };
    Exercise::new(ExerciseKind::Ceiling, givens, steps, mistakes)
}

fn clv(m: f64, r: f64, d: f64) -> Exercise {
    let input = ClvInput {
        margin: m,
        retention: r,
        discount: d,
    };
    let (margin, retention, discount) = (
        g(Quantity::Margin, m),
        g(Quantity::RetentionRate, r),
        g(Quantity::DiscountRate, d),
    );
    let denominator = g(Quantity::ClvDenominator, 1.0 + d - r);
    Exercise::new(
        ExerciseKind::Clv,
        vec![margin, retention, discount],
        vec![
            step(Formula::ClvDenominator, &[discount, retention], denominator),
            step(
                Formula::Clv,
                &[margin, retention, denominator],
                g(Quantity::Clv, input.end_of_period().unwrap_or(f64::NAN)),
            ),
        ],
        vec![(Mistake::SimpleClv, input.simple().unwrap_or(f64::NAN))],
    )
}

/// One win-back segment (DOMAIN.md §4); money per customer, rates as fractions.
struct Winback {
    count: f64,
    success: f64,
    contact: f64,
    offer: f64,
    margin: f64,
    periods: f64,
    cac: f64,
    discount: f64,
}

/// DOMAIN.md §4's worked example: ROI 372.5 %.
const WORKED_WINBACK: Winback = Winback {
    count: 40.0,
    success: 0.3,
    contact: 50.0,
    offer: 100.0,
    margin: 80.0,
    periods: 12.0,
    cac: 300.0,
    discount: 0.0,
};

fn winback_roi(w: &Winback) -> Exercise {
    let economics = Economics {
        margin: w.margin,
        periods: w.periods,
        discount: w.discount,
        cac: Some(w.cac),
        word_of_mouth_per_won: 0.0,
        information_benefit: 0.0,
    };
    let report = analyse_segment(
        &SegmentInput {
            lost_type: LostType::PushedUnintentionally,
            tier: Tier::Important,
            count: w.count,
            success_rate: w.success,
            contact_cost: w.contact,
            offer_cost: w.offer,
        },
        &economics,
    );
    use Quantity as Q;
    let count = g(Q::SegmentCount, w.count);
    let success = g(Q::SuccessRate, w.success);
    let contact = g(Q::ContactCost, w.contact);
    let offer = g(Q::OfferCost, w.offer);
    let margin = g(Q::Margin, w.margin);
    let periods = g(Q::RelationshipPeriods, w.periods);
    let cac = g(Q::Cac, w.cac);
    let discount = g(Q::DiscountRate, w.discount);
    let won = g(Q::WonBack, report.won);
    let cost = g(Q::WinbackCost, report.cost);
    let per_won = g(Q::RepurchasePerWon, economics.repurchase_per_won());
    let repurchase = g(Q::Repurchase, report.repurchase);
    let replacement = g(
        Q::AvoidedReplacement,
        report.replacement.unwrap_or(f64::NAN),
    );
    let benefit = g(Q::Benefit, report.benefit.unwrap_or(f64::NAN));
    let mut givens = vec![count, success, contact, offer, margin, periods, cac];
    let per_won_step = if w.discount > 0.0 {
        givens.push(discount);
        step(
            Formula::DiscountedRepurchasePerWon,
            &[margin, periods, discount],
            per_won,
        )
    } else {
        step(Formula::RepurchasePerWon, &[margin, periods], per_won)
    };
    Exercise::new(
        ExerciseKind::WinbackRoi,
        givens,
        vec![
            step(Formula::WonBack, &[count, success], won),
            step(Formula::WinbackCost, &[count, contact, won, offer], cost),
            per_won_step,
            step(Formula::Repurchase, &[won, per_won], repurchase),
            step(Formula::AvoidedReplacement, &[won, cac], replacement),
            step(Formula::Benefit, &[repurchase, replacement], benefit),
            step(
                Formula::Roi,
                &[benefit, cost],
                g(Q::Roi, report.roi.unwrap_or(f64::NAN)),
            ),
        ],
        vec![(
            Mistake::BenefitCostRatio,
            report.bc_ratio.unwrap_or(f64::NAN),
        )],
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn cause_share_on_text_1s_split_and_with_movers() {
        // DOMAIN.md §3a: 18 / 18 / 84 of 120 lost is 15 / 15 / 70 %.
        let e = cause_share(18, 18, 84, None);
        assert!((e.expected - 0.7).abs() < 1e-12);
        assert_eq!(check(&e, "70"), Checked::Correct { exact: true });
        assert_eq!(
            check(&e, "30"),
            Checked::Wrong {
                mistake: Some(Mistake::ComplementShare)
            }
        );
        assert_eq!(
            check(&e, "0.7"),
            Checked::Wrong {
                mistake: Some(Mistake::FractionForPercent)
            }
        );
        // 200 lost, 30 of them moved away: 85 % could have been prevented.
        let c = cause_share(40, 30, 100, Some(30));
        assert_eq!(c.steps[0].result.value, 200.0);
        assert!((c.expected - 0.85).abs() < 1e-12);
        assert_eq!(c.asked, Quantity::ControllableShare);
    }

    use super::*;

    const EXACT: Checked = Checked::Correct { exact: true };
    const CLOSE: Checked = Checked::Correct { exact: false };
    const WRONG: Checked = Checked::Wrong { mistake: None };

    fn hint(mistake: Mistake) -> Checked {
        Checked::Wrong {
            mistake: Some(mistake),
        }
    }

    fn unreadable(error: FieldError) -> Checked {
        Checked::Unreadable(error)
    }

    fn assert_checks(exercise: &Exercise, cases: &[(&str, Checked)]) {
        for (typed, expected) in cases {
            assert_eq!(&check(exercise, typed), expected, "{typed:?}");
        }
    }

    /// The steps' formulas and results, rounded to 4 decimals.
    fn steps(exercise: &Exercise) -> Vec<(Formula, f64)> {
        let round = |v: f64| (v * 1e4).round() / 1e4;
        exercise
            .steps
            .iter()
            .map(|s| (s.formula, round(s.result.value)))
            .collect()
    }

    /// DOMAIN.md §1: S = 1000, N = 150, E = 1030.
    #[test]
    fn retention_rate_worked_example() {
        let e = retention_rate(1000.0, 150.0, 1030.0);
        assert_eq!(
            (e.asked, e.answer_unit()),
            (Quantity::RetentionRate, Unit::Percent)
        );
        assert!((e.expected - 0.88).abs() < 1e-12);
        assert!((e.tolerance - 0.00088).abs() < 1e-12);
        assert_eq!(
            steps(&e),
            [
                (Formula::KeptFromEnd, 880.0),
                (Formula::RetentionRate, 0.88)
            ]
        );
        assert_checks(
            &e,
            &[
                ("88", EXACT),
                ("88%", EXACT),
                (" ８８％ ", EXACT),
                ("88.0", EXACT),
                ("88.08", CLOSE),
                ("88.2", WRONG),
                ("12", hint(Mistake::ChurnForRetention)),
                ("103", hint(Mistake::ForgotNewCustomers)),
                ("0.88", hint(Mistake::FractionForPercent)),
                ("0.12", hint(Mistake::ChurnForRetention)),
                ("", unreadable(FieldError::Required)),
                ("abc", unreadable(FieldError::NotANumber)),
                ("NaN", unreadable(FieldError::NotANumber)),
                (
                    "88,5",
                    unreadable(FieldError::DecimalComma {
                        suggestion: "88.5".into(),
                    }),
                ),
            ],
        );
    }

    #[test]
    fn churn_rate_worked_example() {
        let e = churn_rate(1000.0, 150.0, 1030.0);
        assert_eq!(
            steps(&e),
            [(Formula::Lost, 120.0), (Formula::ChurnRate, 0.12)]
        );
        assert_eq!(e.steps[0].inputs, e.givens);
        assert_checks(
            &e,
            &[
                ("12", EXACT),
                ("１２", EXACT),
                ("12.04", CLOSE),
                ("12.1", WRONG),
                ("0.12", hint(Mistake::FractionForPercent)),
                ("10.43", hint(Mistake::StartPlusNewDenominator)),
                ("11.82", hint(Mistake::AverageDenominator)),
                ("88", hint(Mistake::RetentionForChurn)),
                ("0.1043", hint(Mistake::StartPlusNewDenominator)),
                ("-12", WRONG),
                ("1e400", unreadable(FieldError::TooLarge { max: f64::MAX })),
                ("%", unreadable(FieldError::Required)),
            ],
        );
    }

    #[test]
    fn churn_conversion_compounds_both_ways() {
        // 12 % a month is 31.85 % a quarter and 78.43 % a year (DOMAIN.md §1).
        let e = churn_conversion(0.12, Period::Month, Period::Quarter);
        assert_eq!(e.asked, Quantity::ChurnOver(Period::Quarter));
        assert_eq!(
            steps(&e),
            [
                (Formula::Survival, 0.88),
                (Formula::Compound, 0.6815),
                (Formula::ChurnFromSurvival, 0.3185)
            ]
        );
        assert_checks(
            &e,
            &[
                ("31.85", EXACT),
                ("31.9", CLOSE),
                ("32", WRONG),
                ("36", hint(Mistake::MultipliedNotCompounded)),
                ("68.15", hint(Mistake::RetentionForChurn)),
                ("0.3185", hint(Mistake::FractionForPercent)),
            ],
        );
        let e = churn_conversion(0.12, Period::Month, Period::Year);
        assert_checks(
            &e,
            &[
                ("78.43", EXACT),
                ("144", hint(Mistake::MultipliedNotCompounded)),
            ],
        );
        // 46 % a year is 5 % a month, not 3.8 %.
        let e = churn_conversion(0.46, Period::Year, Period::Month);
        assert_checks(
            &e,
            &[
                ("5.01", EXACT),
                ("5", CLOSE),
                ("3.83", hint(Mistake::DividedNotCompounded)),
                ("0.0383", hint(Mistake::DividedNotCompounded)),
            ],
        );
    }

    #[test]
    fn lifetime_from_a_rate_and_from_counts() {
        let e = lifetime(0.12);
        assert_eq!(
            (e.asked, e.answer_unit()),
            (Quantity::Lifetime, Unit::Periods)
        );
        assert_checks(
            &e,
            &[
                ("8.33", EXACT),
                ("8.3", CLOSE),
                ("8.4", WRONG),
                ("0.08", hint(Mistake::PercentForFraction)),
                ("8.33%", unreadable(FieldError::PercentInAmountField)),
            ],
        );
        let e = lifetime_from_counts(1000.0, 150.0, 1030.0);
        assert_eq!(
            steps(&e),
            [
                (Formula::Lost, 120.0),
                (Formula::ChurnRate, 0.12),
                (Formula::Lifetime, 8.3333)
            ]
        );
        assert_checks(
            &e,
            &[
                ("8.33", EXACT),
                ("9.58", hint(Mistake::StartPlusNewDenominator)),
            ],
        );
    }

    /// DOMAIN.md §2: CAC 300, CRC 17,600 / 880 = 20, ratio 15.
    #[test]
    fn cost_ratio_worked_example() {
        let e = cost_ratio(45_000.0, 17_600.0, 1000.0, 150.0, 1030.0, false);
        assert_eq!(e.givens.len(), 5);
        assert!(e
            .givens
            .iter()
            .any(|g| g.name == Quantity::Lost && g.value == 120.0));
        assert_eq!(
            steps(&e),
            [
                (Formula::Cac, 300.0),
                (Formula::Retained, 880.0),
                (Formula::Crc, 20.0),
                (Formula::CostRatio, 15.0)
            ]
        );
        assert_checks(
            &e,
            &[
                ("15", EXACT),
                ("15.04", CLOSE),
                ("15.1", WRONG),
                ("0.07", hint(Mistake::InvertedRatio)),
                ("15×", unreadable(FieldError::NotANumber)),
            ],
        );
        let e = cost_ratio(45_000.0, 17_600.0, 1000.0, 150.0, 1030.0, true);
        assert!(e.givens.iter().any(|g| g.name == Quantity::End));
        assert_eq!(e.steps.len(), 5);
        assert_eq!(e.expected, 15.0);
    }

    /// DOMAIN.md §5: 150 new a period at 12 % churn: ceiling 1250.
    #[test]
    fn ceiling_worked_example_and_referrals() {
        let e = ceiling(150.0, 0.12, 0.0);
        assert_eq!(steps(&e), [(Formula::Ceiling, 1250.0)]);
        assert_checks(
            &e,
            &[
                ("1250", EXACT),
                ("1,250", EXACT),
                ("１２５０", EXACT),
                ("1251", CLOSE),
                ("1260", WRONG),
                ("12.5", hint(Mistake::PercentForFraction)),
                ("1250%", unreadable(FieldError::PercentInCountField)),
            ],
        );
        let e = ceiling(150.0, 0.12, 0.02);
        assert_eq!(
            steps(&e),
            [(Formula::NetLossRate, 0.1), (Formula::Ceiling, 1500.0)]
        );
        assert_checks(
            &e,
            &[("1500", EXACT), ("1250", hint(Mistake::IgnoredReferrals))],
        );
    }

    /// DOMAIN.md §6: m = 80, r = 0.88, d = 0.01: 541.54 (simple form 666.67).
    #[test]
    fn clv_worked_example() {
        let e = clv(80.0, 0.88, 0.01);
        assert_eq!(
            steps(&e),
            [(Formula::ClvDenominator, 0.13), (Formula::Clv, 541.5385)]
        );
        assert_checks(
            &e,
            &[
                ("541.54", EXACT),
                ("541.2", CLOSE),
                ("540", WRONG),
                ("666.67", hint(Mistake::SimpleClv)),
                ("541.54%", unreadable(FieldError::PercentInAmountField)),
            ],
        );
        let e = clv(80.0, 0.8, 0.0);
        assert_checks(&e, &[("320", EXACT), ("400", hint(Mistake::SimpleClv))]);
    }

    /// DOMAIN.md §4: 12 won back, cost 3,200, benefit 15,120, ROI 372.5 %.
    #[test]
    fn winback_worked_example() {
        let e = winback_roi(&WORKED_WINBACK);
        assert_eq!(
            steps(&e),
            [
                (Formula::WonBack, 12.0),
                (Formula::WinbackCost, 3200.0),
                (Formula::RepurchasePerWon, 960.0),
                (Formula::Repurchase, 11_520.0),
                (Formula::AvoidedReplacement, 3600.0),
                (Formula::Benefit, 15_120.0),
                (Formula::Roi, 3.725)
            ]
        );
        assert_checks(
            &e,
            &[
                ("372.5", EXACT),
                ("372.5%", EXACT),
                ("372.3", CLOSE),
                ("370", WRONG),
                ("472.5", hint(Mistake::BenefitCostRatio)),
                ("4.725", hint(Mistake::BenefitCostRatio)),
                ("3.725", hint(Mistake::FractionForPercent)),
            ],
        );
        let e = winback_roi(&Winback {
            discount: 0.01,
            ..WORKED_WINBACK
        });
        assert_eq!(e.steps[2].formula, Formula::DiscountedRepurchasePerWon);
        // 80 × (1 − 1.01^−12) / 0.01 = 900.41 per won-back customer.
        assert!((e.steps[2].result.value - 900.41).abs() < 0.005);
        assert!(e.givens.iter().any(|g| g.name == Quantity::DiscountRate));
    }

    #[test]
    fn keys_round_trip() {
        for kind in ExerciseKind::ALL {
            assert_eq!(ExerciseKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(
            ExerciseKind::from_key(" Churn_RATE "),
            Some(ExerciseKind::ChurnRate)
        );
        assert_eq!(ExerciseKind::from_key("churn"), None);
        for level in Level::ALL {
            assert_eq!(Level::from_key(level.key()), Some(level));
        }
        assert_eq!(Level::from_key(" 2 "), Some(Level::Medium));
        assert_eq!(Level::from_key("4"), None);
        assert_eq!(Level::default(), Level::Easy);
    }

    #[test]
    fn the_worked_examples_are_sound_fallbacks() {
        for kind in ExerciseKind::ALL {
            for level in Level::ALL {
                let mut e = worked_example(kind);
                e.level = level;
                assert!(e.is_sound(), "{kind:?} {level:?}");
            }
        }
    }

    #[test]
    fn draws_are_sound_without_the_fallback() {
        for kind in ExerciseKind::ALL {
            for level in Level::ALL {
                for seed in (0..300).chain([u64::MAX - 1, u64::MAX]) {
                    assert!(
                        drawn(kind, level, seed).is_some(),
                        "{kind:?} {level:?} {seed}"
                    );
                }
            }
        }
    }

    #[test]
    fn seeds_give_varied_problems() {
        for kind in ExerciseKind::ALL {
            for level in Level::ALL {
                let mut seen: Vec<Vec<Given>> = Vec::new();
                for seed in 0..100 {
                    let givens = generate(kind, level, seed).givens;
                    if !seen.contains(&givens) {
                        seen.push(givens);
                    }
                }
                assert!(seen.len() >= 9, "{kind:?} {level:?}: {}", seen.len());
            }
        }
    }

    /// A link shared with a class keeps naming the same problem: changing the generator,
    /// its ranges or the order of the kinds and levels (they salt the seed) fails here.
    #[test]
    fn a_seed_names_the_same_problem_from_release_to_release() {
        let values = |kind| {
            let e = generate(kind, Level::Medium, 42);
            (
                e.givens.iter().map(|g| g.value).collect::<Vec<_>>(),
                e.expected,
            )
        };
        let (givens, expected) = values(ExerciseKind::ChurnRate);
        assert_eq!(givens, [1750.0, 110.0, 1670.0]);
        assert!((expected - 190.0 / 1750.0).abs() < 1e-15);
        let (givens, _) = values(ExerciseKind::WinbackRoi);
        assert_eq!(givens, [220.0, 0.5, 105.0, 70.0, 125.0, 16.0, 270.0]);
    }

    #[test]
    fn the_generator_is_splitmix64() {
        // The reference implementation's first outputs for seed 1234567.
        let mut rng = Rng(1_234_567);
        assert_eq!(
            [rng.next(), rng.next(), rng.next()],
            [
                6457827717110365317,
                3203168211198807973,
                9817491932198370423
            ]
        );
    }
}
