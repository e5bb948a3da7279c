//! The leaky bucket over time: customers period by period, the improved-churn line, and
//! the ceiling.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{draw_value_grid, nice_ticks, text_width, tick_label_width, ChartStyle};
use crate::i18n::format::{count, decimal};

/// The series the chart draws, as the model computed them (customers at the end of
/// periods 0 … T).
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectionSeries {
    pub customers: Vec<f64>,
    pub improved: Option<Vec<f64>>,
    pub ceiling: Option<f64>,
}

/// The words the chart prints: the two lines, the ceiling, the x axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProjectionLabels<'a> {
    pub customers: &'a str,
    pub improved: &'a str,
    pub ceiling: &'a str,
    pub period: &'a str,
}

/// Draws `series` on `canvas`, whose pixel size must already be set.
pub fn draw(
    canvas: HtmlCanvasElement,
    series: &ProjectionSeries,
    labels: &ProjectionLabels,
    style: &ChartStyle,
) -> Result<(), String> {
    let values = series
        .customers
        .iter()
        .chain(series.improved.iter().flatten())
        .chain(series.ceiling.iter());
    if values.clone().any(|v| !v.is_finite() || *v < 0.0) || series.customers.len() < 2 {
        return Err("nothing finite to draw".into());
    }
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&style.background).map_err(|e| e.to_string())?;
    let (width, height) = root.dim_in_pixel();
    let px = |v: f64| (v * style.scale).round() as i32;
    let font = |size: f64| ("sans-serif", size * style.scale).into_font();
    let draw_err = |e: DrawingAreaErrorKind<_>| e.to_string();

    let high = values.fold(0.0_f64, |a, b| a.max(*b));
    let ticks = nice_ticks(0.0, high, 4);
    let axis_high = ticks.last().copied().filter(|h| *h > 0.0).unwrap_or(1.0);
    let left = px(8.0) + tick_label_width(&ticks, style.scale);
    let right = width as i32 - px(12.0);
    let top = px(30.0);
    let bottom = height as i32 - px(30.0);
    if right - left < px(60.0) || bottom <= top {
        return Ok(());
    }
    let periods = (series.customers.len() - 1) as f64;
    let x_of = |t: f64| left + ((t / periods) * f64::from(right - left)) as i32;
    let y_of = |v: f64| bottom - ((v / axis_high) * f64::from(bottom - top)) as i32;

    draw_value_grid(&root, &ticks, (left, right), y_of, style)?;
    let x_ticks = nice_ticks(0.0, periods, 6);
    let x_style = font(12.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for t in x_ticks.iter().filter(|t| **t <= periods) {
        root.draw(&Text::new(
            decimal(*t, 0),
            (x_of(*t), bottom + px(6.0)),
            x_style.clone(),
        ))
        .map_err(draw_err)?;
    }
    root.draw(&Text::new(
        labels.period.to_string(),
        (right, bottom + px(6.0)),
        font(12.0)
            .color(&style.text)
            .pos(Pos::new(HPos::Right, VPos::Top)),
    ))
    .map_err(draw_err)?;

    if let Some(c) = series.ceiling {
        let y = y_of(c);
        root.draw(&PathElement::new(
            vec![(left, y), (right, y)],
            style.decrease.stroke_width(px(1.5) as u32),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            format!("{} {}", labels.ceiling, count(c.round())),
            (right, y - px(4.0)),
            font(12.0)
                .color(&style.text)
                .pos(Pos::new(HPos::Right, VPos::Bottom)),
        ))
        .map_err(draw_err)?;
    }
    let line = |points: &[f64]| -> Vec<(i32, i32)> {
        points
            .iter()
            .enumerate()
            .map(|(t, v)| (x_of(t as f64), y_of(*v)))
            .collect()
    };
    if let Some(improved) = &series.improved {
        root.draw(&PathElement::new(
            line(improved),
            style.increase.stroke_width(px(2.5) as u32),
        ))
        .map_err(draw_err)?;
    }
    root.draw(&PathElement::new(
        line(&series.customers),
        style.total.stroke_width(px(2.5) as u32),
    ))
    .map_err(draw_err)?;

    // Legend along the top.
    let legend_style = font(12.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let mut x = left;
    let mut entries = vec![(labels.customers, style.total)];
    if series.improved.is_some() {
        entries.push((labels.improved, style.increase));
    }
    for (label, colour) in entries {
        let y = px(14.0);
        root.draw(&Rectangle::new(
            [(x, y - px(2.0)), (x + px(16.0), y + px(2.0))],
            colour.filled(),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            label.to_string(),
            (x + px(22.0), y),
            legend_style.clone(),
        ))
        .map_err(draw_err)?;
        x += px(34.0 + text_width(label, 12.0));
    }
    root.present().map_err(|e| e.to_string())
}
