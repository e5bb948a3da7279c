fn main() {
    yew::Renderer::<retention_calculator::components::App>::new().render();
}
