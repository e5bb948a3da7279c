//! The projection chart on a canvas, with the period-by-period table beside it (rendered
//! only while open: up to 600 rows).

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_canvas::{draw_next_frame, prepare, use_canvas_width};
use crate::charts::projection::{self, ProjectionLabels, ProjectionSeries};
use crate::i18n::format::{amount, count};

/// Height of the chart in CSS pixels.
const HEIGHT_CSS_PX: f64 = 260.0;

#[derive(Properties, PartialEq)]
pub struct ProjectionChartProps {
    pub series: ProjectionSeries,
    /// Revenue per customer per period, for the table's revenue column.
    pub revenue_per_customer: Option<f64>,
    /// Customers, improved, ceiling, period.
    pub labels: [AttrValue; 4],
    pub heading: AttrValue,
    pub table_caption: AttrValue,
    /// Period, customers, revenue, improved customers.
    pub columns: [AttrValue; 4],
}

/// Draws the projection and redraws it when the series or the window size changes.
#[function_component]
pub fn ProjectionChart(props: &ProjectionChartProps) -> Html {
    let canvas_ref = use_node_ref();
    let css_width = use_canvas_width(&canvas_ref);
    let table_open = use_state(|| false);
    {
        let canvas_ref = canvas_ref.clone();
        let deps = (props.series.clone(), props.labels.clone(), css_width);
        use_effect_with(deps, move |(series, labels, width)| {
            let pending = match (canvas_ref.cast::<HtmlCanvasElement>(), *width) {
                (Some(canvas), Some(width)) => {
                    let (series, labels) = (series.clone(), labels.clone());
                    Some(draw_next_frame(move || {
                        let style = prepare(&canvas, width, HEIGHT_CSS_PX);
                        let words = ProjectionLabels {
                            customers: &labels[0],
                            improved: &labels[1],
                            ceiling: &labels[2],
                            period: &labels[3],
                        };
                        // A drawing failure leaves the canvas blank; the table has the data.
                        let _ = projection::draw(canvas, &series, &words, &style);
                    }))
                }
                _ => None,
            };
            move || drop(pending)
        });
    }
    let ontoggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            table_open.set(details.open());
        })
    };
    let s = &props.series;
    let last = s.customers.len().saturating_sub(1);
    let summary = format!(
        "{}: {} 0: {}; {} {}: {}{}",
        props.heading,
        props.labels[3],
        count(s.customers.first().copied().unwrap_or(0.0).round()),
        props.labels[3],
        last,
        count(s.customers.last().copied().unwrap_or(0.0).round()),
        s.ceiling
            .map(|c| format!("; {} {}", props.labels[2], count(c.round())))
            .unwrap_or_default()
    );
    let improved = s.improved.as_ref();
    html! {
        <figure class="chart">
            <figcaption>{ props.heading.clone() }</figcaption>
            <canvas
                ref={canvas_ref}
                class="chart-canvas chart-projection"
                role="img"
                aria-label={summary}
                data-chart="projection"
            />
            <details class="chart-data" {ontoggle} data-table="projection">
                <summary>{ props.table_caption.clone() }</summary>
                if *table_open {
                    <div class="table-scroll" tabindex="0" role="region" aria-label={props.table_caption.clone()}>
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{ props.columns[0].clone() }</th>
                                    <th scope="col">{ props.columns[1].clone() }</th>
                                    if props.revenue_per_customer.is_some() {
                                        <th scope="col">{ props.columns[2].clone() }</th>
                                    }
                                    if improved.is_some() {
                                        <th scope="col">{ props.columns[3].clone() }</th>
                                    }
                                </tr>
                            </thead>
                            <tbody>
                                { for s.customers.iter().enumerate().map(|(t, p)| html! {
                                    <tr>
                                        <th scope="row">{ t }</th>
                                        <td>{ count((p * 100.0).round() / 100.0) }</td>
                                        if let Some(r) = props.revenue_per_customer {
                                            <td>{ amount(p * r) }</td>
                                        }
                                        if let Some(i) = improved {
                                            <td>{ i.get(t).map(|v| count((v * 100.0).round() / 100.0)).unwrap_or_default() }</td>
                                        }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </figure>
    }
}
