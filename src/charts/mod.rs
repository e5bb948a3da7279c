//! Drawing computed series onto a canvas. Each function takes the figures the model
//! computed, the words to print and a canvas, and nothing else: no state, no model calls.

pub mod cost;
pub mod pareto;
pub mod projection;
pub mod qr;
pub mod tornado;
pub mod waterfall;
pub mod winback;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::RGBColor;
use plotters_canvas::CanvasBackend;

use crate::i18n::format::count;

/// The colours and scale of a chart, chosen by the component (light or dark theme,
/// device pixel ratio).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartStyle {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    /// Bars that are totals (start, end, retained).
    pub total: RGBColor,
    /// Bars that take customers away (lost).
    pub decrease: RGBColor,
    /// Bars that add customers (new).
    pub increase: RGBColor,
    /// Device pixels per CSS pixel: sizes are multiplied by it so text stays sharp.
    pub scale: f64,
}

impl ChartStyle {
    /// Colours for a light page.
    pub const LIGHT: ChartStyle = ChartStyle {
        background: RGBColor(255, 255, 255),
        text: RGBColor(40, 48, 60),
        grid: RGBColor(226, 230, 236),
        total: RGBColor(47, 94, 142),
        decrease: RGBColor(196, 78, 56),
        increase: RGBColor(46, 139, 87),
        scale: 1.0,
    };

    /// Colours for a dark page.
    pub const DARK: ChartStyle = ChartStyle {
        background: RGBColor(28, 32, 38),
        text: RGBColor(222, 228, 236),
        grid: RGBColor(60, 66, 76),
        total: RGBColor(110, 160, 214),
        decrease: RGBColor(236, 120, 96),
        increase: RGBColor(96, 196, 140),
        scale: 1.0,
    };
}

/// Room for the widest value-axis label (a count), in device pixels, with its margin.
pub fn tick_label_width(ticks: &[f64], scale: f64) -> i32 {
    let widest = ticks.iter().map(|t| count(*t)).max_by_key(|t| t.len());
    ((text_width(&widest.unwrap_or_default(), 12.0) + 10.0) * scale) as i32
}

/// Draws a horizontal grid line and its label (a count) at each tick, between `left`
/// and `right`; `y_of` maps a value to its device-pixel row.
pub fn draw_value_grid(
    root: &DrawingArea<CanvasBackend, Shift>,
    ticks: &[f64],
    (left, right): (i32, i32),
    y_of: impl Fn(f64) -> i32,
    style: &ChartStyle,
) -> Result<(), String> {
    let px = |v: f64| (v * style.scale).round() as i32;
    let label_style = ("sans-serif", 12.0 * style.scale)
        .into_font()
        .color(&style.text)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for tick in ticks {
        let y = y_of(*tick);
        root.draw(&PathElement::new(
            vec![(left, y), (right, y)],
            style.grid.stroke_width(px(1.0) as u32),
        ))
        .map_err(|e| e.to_string())?;
        root.draw(&Text::new(
            count(*tick),
            (left - px(6.0), y),
            label_style.clone(),
        ))
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// An estimate of the width of `text` at `size` px in CSS pixels: about 0.6 em for Latin
/// letters and digits, a full em for CJK and other wide characters. Used to place legend
/// entries without measuring text (which would need the canvas context).
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum::<f64>()
        * size
}

/// Ticks for an axis from `low` to `high`: a round step (1, 2 or 5 × 10ⁿ) giving about
/// `target` intervals. Returns the ticks, low to high, covering the range.
pub fn nice_ticks(low: f64, high: f64, target: usize) -> Vec<f64> {
    if !low.is_finite() || !high.is_finite() || target == 0 {
        return Vec::new();
    }
    let (low, high) = if high > low {
        (low, high)
    } else {
        (low, low + 1.0)
    };
    let raw = (high - low) / target as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let first = (low / step).floor() as i64;
    let last = (high / step).ceil() as i64;
    // At most a few dozen ticks whatever the input; never an unbounded loop.
    (first..=last.min(first + 50))
        .map(|i| i as f64 * step)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(text_width("ab", 10.0), 12.0);
        assert_eq!(text_width("客户", 10.0), 20.0);
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(0.0, 1030.0, 5), vec![0.0, 500.0, 1000.0, 1500.0]);
        assert_eq!(
            nice_ticks(0.0, 10.0, 5),
            vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
        );
        let t = nice_ticks(-30.0, 100.0, 5);
        assert!(t[0] <= -30.0 && *t.last().unwrap() >= 100.0);
        assert!(nice_ticks(0.0, 0.0, 5).len() >= 2);
        assert!(nice_ticks(0.0, 1e12, 5).len() <= 12);
        assert!(nice_ticks(0.0, f64::INFINITY, 5).is_empty());
    }
}
