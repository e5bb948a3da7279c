//! The waterfall chart: start → − lost → + new → end.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{draw_value_grid, nice_ticks, tick_label_width, ChartStyle};
use crate::i18n::format::count;
use crate::model::retention::{WaterfallRole, WaterfallStep};

/// Draws `steps` as a waterfall on `canvas`, with `labels[i]` under bar i. The canvas's
/// pixel size must already be set (CSS size × `style.scale`).
pub fn draw(
    canvas: HtmlCanvasElement,
    steps: &[WaterfallStep],
    labels: &[&str],
    style: &ChartStyle,
) -> Result<(), String> {
    if steps
        .iter()
        .any(|s| !s.from.is_finite() || !s.to.is_finite())
    {
        return Err("non-finite value".into());
    }
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&style.background).map_err(|e| e.to_string())?;
    if steps.is_empty() {
        return Ok(());
    }
    let (width, height) = root.dim_in_pixel();
    let px = |v: f64| (v * style.scale).round() as i32;
    let font = |size: f64| ("sans-serif", size * style.scale).into_font();

    let low = steps
        .iter()
        .flat_map(|s| [s.from, s.to])
        .fold(0.0, f64::min);
    let high = steps
        .iter()
        .flat_map(|s| [s.from, s.to])
        .fold(0.0, f64::max);
    let ticks = nice_ticks(low, high, 4);
    let (axis_low, axis_high) = match (ticks.first(), ticks.last()) {
        (Some(a), Some(b)) if b > a => (*a, *b),
        _ => (0.0, 1.0),
    };

    let left = px(8.0) + tick_label_width(&ticks, style.scale);
    let right = width as i32 - px(8.0);
    let top = px(24.0);
    let bottom = height as i32 - px(30.0);
    if right <= left || bottom <= top {
        return Ok(());
    }
    let y_of = |v: f64| {
        bottom - (((v - axis_low) / (axis_high - axis_low)) * (bottom - top) as f64) as i32
    };
    let draw_err = |e: DrawingAreaErrorKind<_>| e.to_string();

    draw_value_grid(&root, &ticks, (left, right), y_of, style)?;

    let slot = (right - left) as f64 / steps.len() as f64;
    let bar_width = (slot * 0.56).max(2.0);
    let value_style = font(13.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Center, VPos::Bottom));
    let label_style = font(13.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (i, step) in steps.iter().enumerate() {
        let centre = left as f64 + slot * (i as f64 + 0.5);
        let x0 = (centre - bar_width / 2.0) as i32;
        let x1 = (centre + bar_width / 2.0) as i32;
        let (y_from, y_to) = (y_of(step.from), y_of(step.to));
        let colour = match step.role {
            WaterfallRole::Lost => style.decrease,
            WaterfallRole::New => style.increase,
            _ => style.total,
        };
        root.draw(&Rectangle::new(
            [
                (x0, y_from.min(y_to)),
                (x1, y_from.max(y_to).max(y_from.min(y_to) + 1)),
            ],
            colour.filled(),
        ))
        .map_err(draw_err)?;
        let change = step.to - step.from;
        let value = match step.role {
            WaterfallRole::Lost => format!("\u{2212}{}", count(-change)),
            WaterfallRole::New => format!("+{}", count(change)),
            _ => count(step.to),
        };
        let value_y = y_from.min(y_to) - px(4.0);
        root.draw(&Text::new(
            value,
            (centre as i32, value_y),
            value_style.clone(),
        ))
        .map_err(draw_err)?;
        let label = labels.get(i).copied().unwrap_or("");
        root.draw(&Text::new(
            label.to_string(),
            (centre as i32, bottom + px(8.0)),
            label_style.clone(),
        ))
        .map_err(draw_err)?;
        // A thin connector from this bar's end to the next bar.
        if i + 1 < steps.len() {
            let next_x = (left as f64 + slot * (i as f64 + 1.5) - bar_width / 2.0) as i32;
            root.draw(&PathElement::new(
                vec![(x1, y_to), (next_x, y_to)],
                style.text.mix(0.4).stroke_width(px(1.0) as u32),
            ))
            .map_err(draw_err)?;
        }
    }
    root.draw(&PathElement::new(
        vec![(left, y_of(0.0)), (right, y_of(0.0))],
        style.text.mix(0.6).stroke_width(px(1.0) as u32),
    ))
    .map_err(draw_err)?;
    root.present().map_err(|e| e.to_string())
}
