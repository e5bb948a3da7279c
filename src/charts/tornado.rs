//! The tornado chart: how far CLV moves when each input is moved down and up.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::ChartStyle;
use crate::i18n::format::amount;

/// One bar: the input's name, and CLV with it lowered and raised (money).
#[derive(Debug, Clone, PartialEq)]
pub struct TornadoBar {
    pub label: String,
    pub low: f64,
    pub high: f64,
}

/// Draws `bars` (largest spread first) around `base` (CLV with every input as typed).
pub fn draw(
    canvas: HtmlCanvasElement,
    base: f64,
    bars: &[TornadoBar],
    style: &ChartStyle,
) -> Result<(), String> {
    if !base.is_finite()
        || bars
            .iter()
            .any(|b| !b.low.is_finite() || !b.high.is_finite())
    {
        return Err("non-finite value".into());
    }
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&style.background).map_err(|e| e.to_string())?;
    if bars.is_empty() {
        return Ok(());
    }
    let (width, _) = root.dim_in_pixel();
    let px = |v: f64| (v * style.scale).round() as i32;
    let font = |size: f64| ("sans-serif", size * style.scale).into_font();
    let draw_err = |e: DrawingAreaErrorKind<_>| e.to_string();

    let low = bars.iter().map(|b| b.low.min(b.high)).fold(base, f64::min);
    let high = bars.iter().map(|b| b.low.max(b.high)).fold(base, f64::max);
    let span = (high - low).max(f64::MIN_POSITIVE);
    let left = px(8.0);
    let right = width as i32 - px(8.0);
    let (plot_left, plot_right) = (left + px(70.0), right - px(70.0));
    if plot_right - plot_left < px(40.0) {
        return Ok(());
    }
    let x_of = |v: f64| plot_left + (((v - low) / span) * f64::from(plot_right - plot_left)) as i32;
    let row = px(46.0);
    let label_style = font(13.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Left, VPos::Bottom));
    let value_style = |h| font(12.0).color(&style.text).pos(Pos::new(h, VPos::Center));
    for (i, bar) in bars.iter().enumerate() {
        let y0 = px(24.0) + row * i as i32;
        root.draw(&Text::new(
            bar.label.clone(),
            (left, y0 - px(3.0)),
            label_style.clone(),
        ))
        .map_err(draw_err)?;
        let (a, b) = (x_of(bar.low.min(bar.high)), x_of(bar.low.max(bar.high)));
        let base_x = x_of(base);
        // Below the base in the decrease colour, above it in the increase colour.
        if a < base_x {
            root.draw(&Rectangle::new(
                [(a, y0), (base_x, y0 + px(18.0))],
                style.decrease.filled(),
            ))
            .map_err(draw_err)?;
        }
        if b > base_x {
            root.draw(&Rectangle::new(
                [(base_x, y0), (b, y0 + px(18.0))],
                style.increase.filled(),
            ))
            .map_err(draw_err)?;
        }
        root.draw(&Text::new(
            amount(bar.low.min(bar.high)),
            (a - px(4.0), y0 + px(9.0)),
            value_style(HPos::Right),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            amount(bar.low.max(bar.high)),
            (b + px(4.0), y0 + px(9.0)),
            value_style(HPos::Left),
        ))
        .map_err(draw_err)?;
    }
    let base_x = x_of(base);
    root.draw(&PathElement::new(
        vec![
            (base_x, px(16.0)),
            (base_x, px(24.0) + row * bars.len() as i32 - px(20.0)),
        ],
        style.text.mix(0.7).stroke_width(px(1.0) as u32),
    ))
    .map_err(draw_err)?;
    root.present().map_err(|e| e.to_string())
}
