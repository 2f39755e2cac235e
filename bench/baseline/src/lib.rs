//! A minimal Yew app: one component with a button and a counter.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <div class="baseline">
            <button type="button" {onclick}>{"Add one"}</button>
            <p>{*count}</p>
        </div>
    }
}

/// Mounts the counter inside `root`.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    yew::Renderer::<Counter>::with_root(root).render();
}
