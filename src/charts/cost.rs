//! The cost chart: replacing this period's lost customers against keeping them, and the
//! cost ratio against the course texts' benchmark band.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{nice_ticks, ChartStyle};
use crate::i18n::format::{amount, quantity, times};

/// The figures the chart draws, as the model computed them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostChartData {
    /// L × CAC (money).
    pub replacement: f64,
    /// L × CRC (money).
    pub keep: f64,
    /// CAC / CRC (times), when computable.
    pub ratio: Option<f64>,
    /// The benchmark band (times): lowest and highest figure of the texts.
    pub band: (f64, f64),
}

/// The words the chart prints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostChartLabels<'a> {
    pub replace: &'a str,
    pub keep: &'a str,
    pub ratio: &'a str,
    pub band: &'a str,
    pub yours: &'a str,
}

/// Draws `data` on `canvas`, whose pixel size must already be set.
pub fn draw(
    canvas: HtmlCanvasElement,
    data: &CostChartData,
    labels: &CostChartLabels,
    style: &ChartStyle,
) -> Result<(), String> {
    let finite = [data.replacement, data.keep, data.band.0, data.band.1]
        .into_iter()
        .chain(data.ratio)
        .all(|v| v.is_finite() && v >= 0.0);
    if !finite {
        return Err("value out of range".into());
    }
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&style.background).map_err(|e| e.to_string())?;
    let (width, _) = root.dim_in_pixel();
    let px = |v: f64| (v * style.scale).round() as i32;
    let font = |size: f64| ("sans-serif", size * style.scale).into_font();
    let draw_err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let left = px(8.0);
    let right = width as i32 - px(8.0);
    if right - left < px(120.0) {
        return Ok(());
    }

    // Two bars, each under its label, scaled to the larger; the value after the bar.
    let label_style = font(13.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Left, VPos::Bottom));
    let value_style = font(13.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let largest = data.replacement.max(data.keep);
    let bar_room = f64::from(right - left - px(96.0));
    let bars = [
        (labels.replace, data.replacement, style.decrease, 24.0),
        (labels.keep, data.keep, style.increase, 76.0),
    ];
    for (label, value, colour, top) in bars {
        let length = if largest > 0.0 {
            (value / largest * bar_room).max(1.0)
        } else {
            1.0
        };
        let (y0, y1) = (px(top), px(top + 22.0));
        root.draw(&Text::new(
            label.to_string(),
            (left, y0 - px(4.0)),
            label_style.clone(),
        ))
        .map_err(draw_err)?;
        root.draw(&Rectangle::new(
            [(left, y0), (left + length as i32, y1)],
            colour.filled(),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            amount(value),
            (left + length as i32 + px(6.0), (y0 + y1) / 2),
            value_style.clone(),
        ))
        .map_err(draw_err)?;
    }

    // The ratio on an axis from 0, with the texts' band shaded and the user's ratio marked.
    let axis_y = px(196.0);
    let high = data.ratio.unwrap_or(0.0).max(data.band.1) * 1.15;
    let ticks = nice_ticks(0.0, high, 5);
    let axis_high = ticks.last().copied().filter(|h| *h > 0.0).unwrap_or(1.0);
    // Room on the right for the last tick's label, centred on its tick.
    let axis_right = right - px(16.0);
    let x_of = |v: f64| left + ((v / axis_high) * f64::from(axis_right - left)) as i32;
    root.draw(&Text::new(
        labels.ratio.to_string(),
        (left, px(128.0)),
        label_style.clone(),
    ))
    .map_err(draw_err)?;
    root.draw(&Rectangle::new(
        [
            (x_of(data.band.0), axis_y - px(22.0)),
            (x_of(data.band.1).max(x_of(data.band.0) + 2), axis_y),
        ],
        style.total.mix(0.25).filled(),
    ))
    .map_err(draw_err)?;
    root.draw(&Text::new(
        labels.band.to_string(),
        (x_of(data.band.0), axis_y - px(25.0)),
        font(11.0)
            .color(&style.text)
            .pos(Pos::new(HPos::Left, VPos::Bottom)),
    ))
    .map_err(draw_err)?;
    root.draw(&PathElement::new(
        vec![(left, axis_y), (axis_right, axis_y)],
        style.text.mix(0.6).stroke_width(px(1.0) as u32),
    ))
    .map_err(draw_err)?;
    let tick_style = font(11.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for tick in &ticks {
        let x = x_of(*tick);
        root.draw(&PathElement::new(
            vec![(x, axis_y), (x, axis_y + px(4.0))],
            style.text.mix(0.6).stroke_width(px(1.0) as u32),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            format!("{}×", quantity(*tick)),
            (x, axis_y + px(6.0)),
            tick_style.clone(),
        ))
        .map_err(draw_err)?;
    }
    if let Some(ratio) = data.ratio {
        let x = x_of(ratio);
        root.draw(&PathElement::new(
            vec![(x, axis_y - px(54.0)), (x, axis_y)],
            style.decrease.stroke_width(px(3.0) as u32),
        ))
        .map_err(draw_err)?;
        // The label sits above the band's label, on the side of the marker with more room.
        let (anchor, offset) = if x > (left + axis_right) / 2 {
            (HPos::Right, -px(6.0))
        } else {
            (HPos::Left, px(6.0))
        };
        root.draw(&Text::new(
            format!("{} {}", labels.yours, times(ratio)),
            (x + offset, axis_y - px(38.0)),
            font(13.0)
                .color(&style.text)
                .pos(Pos::new(anchor, VPos::Bottom)),
        ))
        .map_err(draw_err)?;
    }
    root.present().map_err(|e| e.to_string())
}
