//! The win-back charts: ROI by segment against the German study's range, and the
//! campaign's cost against its benefit by kind.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::pareto::fit_label;
use super::{draw_value_grid, nice_ticks, text_width, tick_label_width, ChartStyle};
use crate::i18n::format::percent;

/// One segment's bar: its name and ROI (a fraction: 3.725 for 372.5 %).
#[derive(Debug, Clone, PartialEq)]
pub struct RoiBar {
    pub label: String,
    pub roi: f64,
}

/// Draws one horizontal bar per segment with the band `band` (fractions) shaded and
/// labelled `band_label`.
pub fn draw_roi(
    canvas: HtmlCanvasElement,
    bars: &[RoiBar],
    band: (f64, f64),
    band_label: &str,
    style: &ChartStyle,
) -> Result<(), String> {
    if bars.iter().any(|b| !b.roi.is_finite()) {
        return Err("non-finite ROI".into());
    }
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&style.background).map_err(|e| e.to_string())?;
    if bars.is_empty() {
        return Ok(());
    }
    let (width, height) = root.dim_in_pixel();
    let px = |v: f64| (v * style.scale).round() as i32;
    let font = |size: f64| ("sans-serif", size * style.scale).into_font();
    let draw_err = |e: DrawingAreaErrorKind<_>| e.to_string();

    let low = bars.iter().map(|b| b.roi).fold(0.0, f64::min);
    let high = bars.iter().map(|b| b.roi).fold(band.1, f64::max);
    let ticks = nice_ticks(low, high, 4);
    let (axis_low, axis_high) = match (ticks.first(), ticks.last()) {
        (Some(a), Some(b)) if b > a => (*a, *b),
        _ => (0.0, 1.0),
    };
    let label_room = (f64::from(width) / style.scale * 0.32).clamp(60.0, 220.0);
    let left = px(8.0 + label_room);
    let right = width as i32 - px(30.0);
    let top = px(26.0);
    let bottom = height as i32 - px(24.0);
    if right - left < px(60.0) || bottom <= top {
        return Ok(());
    }
    let x_of = |v: f64| {
        left + (((v - axis_low) / (axis_high - axis_low)) * f64::from(right - left)) as i32
    };

    // The study's band, then the grid.
    root.draw(&Rectangle::new(
        [(x_of(band.0), top), (x_of(band.1), bottom)],
        style.increase.mix(0.15).filled(),
    ))
    .map_err(draw_err)?;
    root.draw(&Text::new(
        band_label.to_string(),
        (x_of((band.0 + band.1) / 2.0), px(6.0)),
        font(12.0)
            .color(&style.text)
            .pos(Pos::new(HPos::Center, VPos::Top)),
    ))
    .map_err(draw_err)?;
    let tick_style = font(12.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for t in &ticks {
        let x = x_of(*t);
        root.draw(&PathElement::new(
            vec![(x, top), (x, bottom)],
            style.grid.stroke_width(px(1.0) as u32),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            percent(*t),
            (x, bottom + px(4.0)),
            tick_style.clone(),
        ))
        .map_err(draw_err)?;
    }

    let slot = f64::from(bottom - top) / bars.len() as f64;
    let bar_height = (slot * 0.6).max(2.0);
    let label_style = font(12.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for (i, bar) in bars.iter().enumerate() {
        let centre = top as f64 + slot * (i as f64 + 0.5);
        let (y0, y1) = (
            (centre - bar_height / 2.0) as i32,
            (centre + bar_height / 2.0) as i32,
        );
        let (x0, x1) = (x_of(0.0), x_of(bar.roi));
        let colour = if bar.roi < 0.0 {
            style.decrease
        } else {
            style.total
        };
        root.draw(&Rectangle::new(
            [(x0.min(x1), y0), (x0.max(x1).max(x0.min(x1) + 1), y1)],
            colour.filled(),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            fit_label(&bar.label, i + 1, label_room - 8.0, 12.0),
            (left - px(6.0), centre as i32),
            label_style.clone(),
        ))
        .map_err(draw_err)?;
        let value = percent(bar.roi);
        let inside = x1 - x0 > px(text_width(&value, 11.0) + 10.0);
        let (anchor, x, colour) = if inside {
            (HPos::Right, x1 - px(4.0), style.background)
        } else if bar.roi < 0.0 {
            // Right of the zero line: left of the bar is the segment's name.
            (HPos::Left, x0 + px(4.0), style.text)
        } else {
            (HPos::Left, x1 + px(4.0), style.text)
        };
        root.draw(&Text::new(
            value,
            (x, centre as i32),
            font(11.0)
                .color(&colour)
                .pos(Pos::new(anchor, VPos::Center)),
        ))
        .map_err(draw_err)?;
    }
    root.draw(&PathElement::new(
        vec![(x_of(0.0), top), (x_of(0.0), bottom)],
        style.text.mix(0.6).stroke_width(px(1.0) as u32),
    ))
    .map_err(draw_err)?;
    root.present().map_err(|e| e.to_string())
}

/// The campaign's cost and its benefit by kind (money).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BenefitCost {
    pub cost: f64,
    /// Repurchase, avoided replacement, communication, information.
    pub kinds: [f64; 4],
}

/// Draws a cost bar beside a benefit bar stacked by kind. `labels`: cost, benefit, then
/// the four kinds.
pub fn draw_benefit_cost(
    canvas: HtmlCanvasElement,
    data: &BenefitCost,
    labels: &[&str; 6],
    style: &ChartStyle,
) -> Result<(), String> {
    if !data.cost.is_finite() || data.kinds.iter().any(|k| !k.is_finite() || *k < 0.0) {
        return Err("non-finite amount".into());
    }
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&style.background).map_err(|e| e.to_string())?;
    let (width, height) = root.dim_in_pixel();
    let px = |v: f64| (v * style.scale).round() as i32;
    let font = |size: f64| ("sans-serif", size * style.scale).into_font();
    let draw_err = |e: DrawingAreaErrorKind<_>| e.to_string();

    let benefit: f64 = data.kinds.iter().sum();
    let ticks = nice_ticks(0.0, data.cost.max(benefit), 4);
    let axis_high = ticks.last().copied().filter(|h| *h > 0.0).unwrap_or(1.0);
    let legend_width = labels[2..]
        .iter()
        .map(|l| text_width(l, 12.0))
        .fold(0.0, f64::max)
        + 24.0;
    let left = px(8.0) + tick_label_width(&ticks, style.scale);
    let right = width as i32 - px(legend_width.min(f64::from(width) / style.scale * 0.45) + 8.0);
    let top = px(14.0);
    let bottom = height as i32 - px(28.0);
    if right - left < px(80.0) || bottom <= top {
        return Ok(());
    }
    let y_of = |v: f64| bottom - ((v / axis_high) * f64::from(bottom - top)) as i32;
    draw_value_grid(&root, &ticks, (left, right), y_of, style)?;

    let colours = [
        style.total.mix(1.0),
        style.increase.mix(1.0),
        style.total.mix(0.5),
        style.increase.mix(0.5),
    ];
    let slot = f64::from(right - left) / 2.0;
    let bar_width = (slot * 0.5) as i32;
    let under = font(13.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (i, label) in labels[..2].iter().enumerate() {
        let centre = left + (slot * (i as f64 + 0.5)) as i32;
        root.draw(&Text::new(
            label.to_string(),
            (centre, bottom + px(6.0)),
            under.clone(),
        ))
        .map_err(draw_err)?;
    }
    let cost_centre = left + (slot * 0.5) as i32;
    root.draw(&Rectangle::new(
        [
            (cost_centre - bar_width / 2, y_of(data.cost).min(bottom - 1)),
            (cost_centre + bar_width / 2, bottom),
        ],
        style.decrease.filled(),
    ))
    .map_err(draw_err)?;
    let benefit_centre = left + (slot * 1.5) as i32;
    let mut base = 0.0;
    for (kind, colour) in data.kinds.iter().zip(colours) {
        if *kind > 0.0 {
            root.draw(&Rectangle::new(
                [
                    (benefit_centre - bar_width / 2, y_of(base + kind)),
                    (benefit_centre + bar_width / 2, y_of(base)),
                ],
                colour.filled(),
            ))
            .map_err(draw_err)?;
        }
        base += kind;
    }
    // Legend of the kinds, right of the bars.
    let legend = font(12.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (i, (label, colour)) in labels[2..].iter().zip(colours).enumerate() {
        let y = top + px(10.0 + 20.0 * i as f64);
        let x = right + px(10.0);
        root.draw(&Rectangle::new(
            [(x, y - px(5.0)), (x + px(10.0), y + px(5.0))],
            colour.filled(),
        ))
        .map_err(draw_err)?;
        let room = f64::from(width as i32 - x) / style.scale - 18.0;
        root.draw(&Text::new(
            fit_label(label, i + 1, room, 12.0),
            (x + px(14.0), y),
            legend.clone(),
        ))
        .map_err(draw_err)?;
    }
    root.present().map_err(|e| e.to_string())
}
