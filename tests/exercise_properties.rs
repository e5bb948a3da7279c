//! Practice problems over many seeds: the same seed gives the same problem; every problem
//! is solvable and in range, with clean givens; the answer typed the way a student types
//! it is correct, each common mistake typed that way gets its hint, and checking never
//! panics whatever is typed.

mod common;

use common::cases;
use proptest::prelude::*;
use retention_calculator::model::exercise::{
    check, generate, Checked, Exercise, ExerciseKind, Level, Unit,
};

/// `value` (base unit) as a student types it: percentages × 100, two decimals.
fn typed(exercise: &Exercise, value: f64) -> String {
    let shown = match exercise.answer_unit() {
        Unit::Percent => value * 100.0,
        _ => value,
    };
    format!("{shown:.2}")
}

/// True when `value × scale` is a whole number (up to rounding noise).
fn whole(value: f64, scale: f64) -> bool {
    let x = value * scale;
    (x - x.round()).abs() < 1e-6
}

fn sound(kind: ExerciseKind, seed: u64) -> Result<(), TestCaseError> {
    for level in Level::ALL {
        let e = generate(kind, level, seed);
        prop_assert_eq!(&e, &generate(kind, level, seed));
        prop_assert_eq!((e.kind, e.level, e.seed), (kind, level, seed));

        let (low, high) = kind.answer_range();
        prop_assert!(
            e.expected.is_finite() && (low..=high).contains(&e.expected),
            "{:?}",
            e
        );
        prop_assert!(e.tolerance > 0.0 && 20.0 * e.tolerance <= e.expected.abs());
        if level == Level::Easy && kind != ExerciseKind::ChurnConversion {
            let shown = if e.answer_unit() == Unit::Percent {
                100.0
            } else {
                1.0
            };
            prop_assert!(
                whole(e.expected, shown * 100.0),
                "at most two decimals: {:?}",
                e
            );
        }

        for given in &e.givens {
            let v = given.value;
            let clean = v.is_finite()
                && v >= 0.0
                && match given.name.unit() {
                    // Counts in tens; percentages with at most one decimal; whole money
                    // and periods.
                    Unit::Customers => whole(v / 10.0, 1.0),
                    Unit::Percent => v < 1.0 && whole(v, 1000.0),
                    Unit::Money | Unit::Periods | Unit::Times => whole(v, 1.0),
                };
            prop_assert!(clean, "{:?} in {:?}", given, e);
        }
        for step in &e.steps {
            prop_assert!(step.result.value.is_finite(), "{:?}", step);
            prop_assert!(step.inputs.iter().all(|g| g.value.is_finite()));
        }
        let last = e.steps.last().map(|s| s.result);
        prop_assert_eq!(last.map(|g| (g.name, g.value)), Some((e.asked, e.expected)));

        let answer = typed(&e, e.expected);
        prop_assert_eq!(
            check(&e, &answer),
            Checked::Correct { exact: true },
            "{} for {:?}",
            answer,
            e
        );
        for &(mistake, value) in &e.mistakes {
            let text = typed(&e, value);
            prop_assert!(
                matches!(check(&e, &text), Checked::Wrong { mistake: Some(_) }),
                "{:?} typed {} for {:?}",
                mistake,
                text,
                e
            );
        }
    }
    Ok(())
}

fn any_kind() -> impl Strategy<Value = ExerciseKind> {
    prop::sample::select(ExerciseKind::ALL.to_vec())
}

fn any_level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn retention_rate_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::RetentionRate, seed)?;
    }

    #[test]
    fn churn_rate_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::ChurnRate, seed)?;
    }

    #[test]
    fn churn_conversion_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::ChurnConversion, seed)?;
    }

    #[test]
    fn lifetime_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::Lifetime, seed)?;
    }

    #[test]
    fn cost_ratio_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::CostRatio, seed)?;
    }

    #[test]
    fn ceiling_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::Ceiling, seed)?;
    }

    #[test]
    fn clv_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::Clv, seed)?;
    }

    #[test]
    fn cause_share_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::CauseShare, seed)?;
    }

    #[test]
    fn winback_roi_problems_are_sound(seed in any::<u64>()) {
        sound(ExerciseKind::WinbackRoi, seed)?;
    }

    #[test]
    fn checking_never_panics(
        kind in any_kind(),
        level in any_level(),
        seed in any::<u64>(),
        text in prop_oneof![".{0,24}", "[-+0-9.,eE% ０-９．％]{0,16}"],
    ) {
        let e = generate(kind, level, seed);
        if let Checked::Correct { .. } = check(&e, &text) {
            // Anything accepted is a number near the answer.
            prop_assert!(!text.trim().is_empty());
        }
    }
}

#[test]
fn extreme_seeds() {
    for kind in ExerciseKind::ALL {
        for seed in [0, 1, u64::MAX / 2, u64::MAX - 1, u64::MAX] {
            sound(kind, seed).unwrap();
        }
    }
}
