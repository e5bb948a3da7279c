//! The Pareto chart of churn causes: each cause's share as a bar, largest first, the
//! cumulative share as a line, and the 80 % line.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{text_width, ChartStyle};
use crate::i18n::format::percent;

/// One cause: its name, its share of the lost customers and the cumulative share up to
/// and including it (fractions, 0–1).
#[derive(Debug, Clone, PartialEq)]
pub struct ParetoBar {
    pub label: String,
    pub share: f64,
    pub cumulative: f64,
}

/// The words the chart prints: the two series and the 80 % line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParetoLabels<'a> {
    pub share: &'a str,
    pub cumulative: &'a str,
    pub marker: &'a str,
}

/// `label` cut to fit `room` CSS pixels at `size` px, with an ellipsis when cut; the
/// rank number alone when not even one character and the ellipsis fit.
pub fn fit_label(label: &str, rank: usize, room: f64, size: f64) -> String {
    if text_width(label, size) <= room {
        return label.to_string();
    }
    let mut out = String::new();
    for c in label.chars() {
        let mut next = out.clone();
        next.push(c);
        if text_width(&next, size) + size > room {
            break;
        }
        out = next;
    }
    if out.is_empty() {
        rank.to_string()
    } else {
        out + "…"
    }
}

/// Draws `bars` (largest share first) on `canvas`, whose pixel size must already be set.
pub fn draw(
    canvas: HtmlCanvasElement,
    bars: &[ParetoBar],
    labels: &ParetoLabels,
    style: &ChartStyle,
) -> Result<(), String> {
    if bars
        .iter()
        .any(|b| !(0.0..=1.0 + 1e-9).contains(&b.share) || !b.cumulative.is_finite())
    {
        return Err("share out of range".into());
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

    let left = px(8.0 + text_width("100%", 12.0) + 10.0);
    let right = width as i32 - px(12.0);
    let top = px(30.0);
    let bottom = height as i32 - px(30.0);
    if right - left < px(60.0) || bottom <= top {
        return Ok(());
    }
    let y_of = |v: f64| bottom - (v.clamp(0.0, 1.0) * f64::from(bottom - top)) as i32;

    // Grid and labels every 20 %, on one axis for both series (both are shares).
    let tick_style = font(12.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for i in 0..=5 {
        let v = f64::from(i) * 0.2;
        let y = y_of(v);
        root.draw(&PathElement::new(
            vec![(left, y), (right, y)],
            style.grid.stroke_width(px(1.0) as u32),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            format!("{}%", i * 20),
            (left - px(6.0), y),
            tick_style.clone(),
        ))
        .map_err(draw_err)?;
    }

    let slot = f64::from(right - left) / bars.len() as f64;
    let bar_width = (slot * 0.6).max(2.0);
    let label_size = 12.0;
    let label_style = font(label_size)
        .color(&style.text)
        .pos(Pos::new(HPos::Center, VPos::Top));
    let value_style = font(11.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Center, VPos::Bottom));
    let show_values = slot / style.scale >= text_width("100.0%", 11.0);
    let mut points = Vec::with_capacity(bars.len());
    for (i, bar) in bars.iter().enumerate() {
        let centre = left as f64 + slot * (i as f64 + 0.5);
        let x0 = (centre - bar_width / 2.0) as i32;
        let x1 = (centre + bar_width / 2.0) as i32;
        let y = y_of(bar.share);
        root.draw(&Rectangle::new(
            [(x0, y.min(bottom - 1)), (x1, bottom)],
            style.total.filled(),
        ))
        .map_err(draw_err)?;
        if show_values {
            root.draw(&Text::new(
                percent(bar.share),
                (centre as i32, y - px(3.0)),
                value_style.clone(),
            ))
            .map_err(draw_err)?;
        }
        let room = slot / style.scale - 4.0;
        root.draw(&Text::new(
            fit_label(&bar.label, i + 1, room, label_size),
            (centre as i32, bottom + px(8.0)),
            label_style.clone(),
        ))
        .map_err(draw_err)?;
        points.push((centre as i32, y_of(bar.cumulative)));
    }

    // The 80 % line, then the cumulative line with a dot per cause.
    let marker_y = y_of(0.8);
    root.draw(&PathElement::new(
        vec![(left, marker_y), (right, marker_y)],
        style.decrease.stroke_width(px(1.5) as u32),
    ))
    .map_err(draw_err)?;
    root.draw(&Text::new(
        labels.marker.to_string(),
        (right, marker_y - px(4.0)),
        font(12.0)
            .color(&style.text)
            .pos(Pos::new(HPos::Right, VPos::Bottom)),
    ))
    .map_err(draw_err)?;
    root.draw(&PathElement::new(
        points.clone(),
        style.increase.stroke_width(px(2.0) as u32),
    ))
    .map_err(draw_err)?;
    for p in points {
        root.draw(&Circle::new(p, px(3.0), style.increase.filled()))
            .map_err(draw_err)?;
    }

    // Legend along the top.
    let legend_style = font(12.0)
        .color(&style.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let mut x = left;
    for (label, colour) in [
        (labels.share, style.total),
        (labels.cumulative, style.increase),
    ] {
        let y = px(14.0);
        root.draw(&Rectangle::new(
            [(x, y - px(4.0)), (x + px(12.0), y + px(4.0))],
            colour.filled(),
        ))
        .map_err(draw_err)?;
        root.draw(&Text::new(
            label.to_string(),
            (x + px(18.0), y),
            legend_style.clone(),
        ))
        .map_err(draw_err)?;
        x += px(30.0 + text_width(label, 12.0));
    }
    root.present().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::fit_label;

    #[test]
    fn labels_are_cut_to_their_room() {
        assert_eq!(fit_label("Price", 1, 100.0, 10.0), "Price");
        // 0.6 em per Latin letter: "Pri" (18) + ellipsis room (10) fits 30.
        assert_eq!(fit_label("Price rises", 1, 30.0, 10.0), "Pri…");
        // A CJK character is a full em.
        assert_eq!(fit_label("服务质量差", 2, 30.0, 10.0), "服务…");
        assert_eq!(fit_label("服务质量差", 3, 5.0, 10.0), "3");
    }
}
