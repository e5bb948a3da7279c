//! A minimal Yew + plotters-canvas page: one number in, one result out, one bar drawn.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::{HtmlCanvasElement, HtmlInputElement};
use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let value = use_state(|| 1000.0_f64);
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        use_effect_with(*value, move |v| {
            let backend = canvas
                .cast::<HtmlCanvasElement>()
                .and_then(CanvasBackend::with_canvas_object);
            if let Some(backend) = backend {
                let root = backend.into_drawing_area();
                let _ = root.fill(&WHITE);
                let width = (*v / 10.0).clamp(0.0, 280.0) as i32;
                let _ = root.draw(&Rectangle::new([(10, 10), (10 + width, 50)], BLUE.filled()));
                let _ = root.present();
            }
        });
    }
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<f64>() {
                value.set(v);
            }
        })
    };
    let result = *value / 10_000.0;
    html! {
        <main>
            <input data-field="start_customers" value={value.to_string()} {oninput} />
            <span data-result="churn_rate" data-value={result.to_string()}>{ result }</span>
            <canvas ref={canvas} width="300" height="60" />
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
