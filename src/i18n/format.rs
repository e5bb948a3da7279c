//! Number formats for display. English, 简体中文 and 繁體中文 all group thousands with a
//! comma and use a decimal point and a "%" sign, so one small formatter serves all three;
//! it is ours rather than `Intl.NumberFormat` so that it is tested natively with the
//! model and costs only the code below.

/// The minus sign used for display (U+2212, which does not break from its number).
const MINUS: char = '\u{2212}';

/// Formats `value` with `decimals` places and thousands separators: 1234567.891 with 2
/// places is "1,234,567.89". Non-finite values (which the model never returns) show "—".
pub fn decimal(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = fixed(value.abs(), decimals);
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::with_capacity(text.len() + text.len() / 3 + 1);
    let is_zero = text.bytes().all(|b| b == b'0' || b == b'.');
    if value < 0.0 && !is_zero {
        grouped.push(MINUS);
    }
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if let Some(f) = frac_part {
        grouped.push('.');
        grouped.push_str(f);
    }
    grouped
}

/// `magnitude` (finite, ≥ 0) written with `decimals` places (at most 6), rounded half
/// away from zero: (2.345, 2) → "2.35"; no grouping.
///
/// Ours rather than `format!("{:.2}")`: the standard exact float formatting costs the
/// widget several KB of wasm for what whole-number arithmetic does here. Below 10^18 the
/// scaled value is held exactly in a `u64`; above, the 17 significant digits an `f64` has
/// are written and the rest of the integer part is zeros.
fn fixed(magnitude: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    let scale = [1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6][decimals];
    let scaled = (magnitude * scale).round();
    let mut digits = if scaled < 1e18 {
        (scaled as u64).to_string()
    } else {
        let mut zeros = 0;
        let mut leading = magnitude;
        while leading >= 1e17 {
            leading /= 10.0;
            zeros += 1;
        }
        let mut text = (leading.round() as u64).to_string();
        text.extend(std::iter::repeat_n('0', zeros + decimals));
        text
    };
    if decimals == 0 {
        return digits;
    }
    if digits.len() <= decimals {
        let pad = decimals + 1 - digits.len();
        digits.insert_str(0, &"0".repeat(pad));
    }
    digits.insert(digits.len() - decimals, '.');
    digits
}

/// A count of customers: whole numbers without decimals ("1,030"), anything else with
/// two ("12.50").
pub fn count(value: f64) -> String {
    if value.fract() == 0.0 {
        decimal(value, 0)
    } else {
        decimal(value, 2)
    }
}

/// A fraction shown as a percentage with two decimals, a trailing zero dropped:
/// 0.88 → "88.0%", 0.10434 → "10.43%", −0.8 → "−80.0%".
pub fn percent(fraction: f64) -> String {
    let mut text = decimal(fraction * 100.0, 2);
    if text.ends_with('0') && text.contains('.') {
        text.pop();
    }
    text.push('%');
    text
}

/// A plain quantity with up to two decimals, trailing zeros dropped: 8.3333 → "8.33",
/// 3.0 → "3".
pub fn quantity(value: f64) -> String {
    let text = decimal(value, 2);
    let trimmed = text.trim_end_matches('0').trim_end_matches('.');
    trimmed.to_string()
}

/// An amount of money, in whatever currency the user thinks in: whole amounts without
/// decimals ("36,000"), anything else with two ("17.50").
pub fn amount(value: f64) -> String {
    let cents = (value * 100.0).round() / 100.0;
    if cents.fract() == 0.0 {
        decimal(cents, 0)
    } else {
        decimal(cents, 2)
    }
}

/// A ratio with up to three decimals, trailing zeros dropped: 4.725 → "4.725", 15.0 →
/// "15" (the benefit–cost ratio, where the third decimal is the course's answer).
pub fn ratio(value: f64) -> String {
    let text = decimal(value, 3);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A multiple ("15×", "6.67×").
pub fn times(value: f64) -> String {
    format!("{}×", quantity(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_and_decimals() {
        assert_eq!(decimal(1234567.891, 2), "1,234,567.89");
        assert_eq!(decimal(999.0, 0), "999");
        assert_eq!(decimal(1000.0, 0), "1,000");
        assert_eq!(decimal(-1000.0, 0), "\u{2212}1,000");
        assert_eq!(decimal(-0.0001, 2), "0.00");
        assert_eq!(decimal(1e12, 0), "1,000,000,000,000");
        assert_eq!(decimal(f64::NAN, 2), "—");
    }

    #[test]
    fn fixed_places_round_half_away_from_zero() {
        assert_eq!(fixed(0.0, 2), "0.00");
        assert_eq!(fixed(0.004, 2), "0.00");
        assert_eq!(fixed(0.005, 3), "0.005");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(12.345678, 2), "12.35");
        assert_eq!(fixed(0.125, 2), "0.13");
        assert_eq!(fixed(1e17, 1), "100000000000000000.0");
        assert_eq!(fixed(1.5e20, 2), "150000000000000000000.00");
        assert_eq!(fixed(f64::MAX, 0).len(), 309);
        assert!(fixed(f64::MAX, 0).starts_with("179769313486231"));
    }

    #[test]
    fn counts() {
        assert_eq!(count(1030.0), "1,030");
        assert_eq!(count(12.5), "12.50");
    }

    #[test]
    fn percentages_match_the_worked_example() {
        assert_eq!(percent(0.88), "88.0%");
        assert_eq!(percent(0.12), "12.0%");
        assert_eq!(percent(120.0 / 1150.0), "10.43%");
        assert_eq!(percent(120.0 / 1015.0), "11.82%");
        assert_eq!(percent(0.03), "3.0%");
        assert_eq!(percent(-0.8), "\u{2212}80.0%");
        assert_eq!(percent(1.0), "100.0%");
    }

    #[test]
    fn quantities() {
        assert_eq!(quantity(100.0 / 12.0), "8.33");
        assert_eq!(quantity(3.0), "3");
        assert_eq!(quantity(2.5), "2.5");
        assert_eq!(quantity(1000.0), "1,000");
    }

    #[test]
    fn amounts_and_multiples() {
        assert_eq!(amount(36_000.0), "36,000");
        assert_eq!(amount(17.5), "17.50");
        assert_eq!(amount(19.999), "20");
        assert_eq!(amount(-33_600.0), "\u{2212}33,600");
        assert_eq!(times(15.0), "15×");
        assert_eq!(times(20.0 / 3.0), "6.67×");
    }

    #[test]
    fn ratio_keeps_three_decimals() {
        assert_eq!(super::ratio(4.725), "4.725");
        assert_eq!(super::ratio(15.0), "15");
        assert_eq!(super::ratio(1234.5), "1,234.5");
    }
}
