//! In-browser tests (headless Chromium via wasm-bindgen-test-runner and
//! chromedriver). Native `cargo test` skips this file.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element with a loading state inside, like index.html's.
fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    root.set_attribute("aria-busy", "true").unwrap();
    root.set_inner_html("<p>正在加载…</p>");
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Let Yew's scheduler run (renders and effects are deferred).
async fn settle() {
    gloo::timers::future::TimeoutFuture::new(0).await;
    gloo::timers::future::TimeoutFuture::new(0).await;
}

fn text_of(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .map(|s| s.trim().to_string())
}

#[wasm_bindgen_test]
async fn start_then_step_one_has_focus() {
    let root = fresh_root();
    let handle = weiquan::mount(root.clone());
    settle().await;

    assert_eq!(text_of(&root, "main h1").as_deref(), Some("维权导办"));
    assert!(!root.inner_html().contains("正在加载"), "loading state replaced");
    assert!(!root.has_attribute("aria-busy"));
    assert!(root.query_selector("h2").unwrap().is_none());

    let button: HtmlButtonElement = root
        .query_selector("main button")
        .unwrap()
        .expect("start button")
        .dyn_into()
        .unwrap();
    assert_eq!(button.text_content().unwrap().trim(), "开始");
    button.click();
    settle().await;

    let h2 = root.query_selector("h2").unwrap().expect("step heading");
    assert_eq!(h2.text_content().unwrap().trim(), "第1步");
    let active = document().active_element().expect("something has focus");
    assert!(active.is_same_node(Some(&h2)), "step-1 heading has focus");

    handle.destroy();
    root.remove();
}
