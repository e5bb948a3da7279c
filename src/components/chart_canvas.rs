//! What every chart component needs from its canvas: the width it is laid out at, and
//! its pixel size and colours set before drawing.

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::charts::ChartStyle;
use crate::web;

/// The canvas's width in CSS pixels. Reading it forces a layout, so it is read only when
/// the chart appears and when the window is resized, never on every redraw.
fn measure(canvas_ref: &NodeRef) -> Option<i32> {
    canvas_ref
        .cast::<HtmlCanvasElement>()
        .map(|c| c.client_width().max(1))
}

/// The width of the canvas behind `canvas_ref` in CSS pixels: `None` until measured,
/// then updated on every window resize.
#[hook]
pub fn use_canvas_width(canvas_ref: &NodeRef) -> Option<i32> {
    let css_width = use_state(|| None::<i32>);
    {
        let css_width = css_width.clone();
        let canvas_ref = canvas_ref.clone();
        use_effect_with((), move |_| {
            // Measured a task later, not while the figures are first rendered: reading the
            // width forces the page's first layout, which would otherwise delay the
            // figures themselves. The chart follows them by a frame.
            let first_measure = {
                let css_width = css_width.clone();
                let canvas_ref = canvas_ref.clone();
                Timeout::new(0, move || css_width.set(measure(&canvas_ref)))
            };
            let listener = Closure::<dyn Fn()>::new(move || css_width.set(measure(&canvas_ref)));
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
            }
            move || {
                drop(first_measure);
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "resize",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    *css_width
}

/// Sets the canvas's pixel size for `css_width` × `css_height` at the device's pixel
/// ratio, and returns the chart style for the page's colour scheme at that ratio.
pub fn prepare(canvas: &HtmlCanvasElement, css_width: i32, css_height: f64) -> ChartStyle {
    let scale = web::device_pixel_ratio();
    canvas.set_width((f64::from(css_width) * scale) as u32);
    canvas.set_height((css_height * scale) as u32);
    ChartStyle {
        scale,
        ..if web::prefers_dark() {
            ChartStyle::DARK
        } else {
            ChartStyle::LIGHT
        }
    }
}

/// A drawing scheduled for the next animation frame; dropping it cancels the drawing.
pub struct PendingDraw {
    id: Option<i32>,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for PendingDraw {
    fn drop(&mut self) {
        if let (Some(id), Some(window)) = (self.id, web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
    }
}

/// Runs `draw` just before the next paint instead of at once. The charts below the first
/// section draw this way: an edit updates the figures without waiting for three more
/// canvases, and the user still sees every chart updated in the same frame. A newer
/// drawing replaces a pending one (the effect's clean-up drops it).
pub fn draw_next_frame(draw: impl FnOnce() + 'static) -> PendingDraw {
    let mut draw = Some(draw);
    let callback = Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = draw.take() {
            f();
        }
    });
    let id = web_sys::window().and_then(|w| {
        w.request_animation_frame(callback.as_ref().unchecked_ref())
            .ok()
    });
    PendingDraw {
        id,
        _callback: callback,
    }
}
