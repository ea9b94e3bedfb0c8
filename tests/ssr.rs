//! Native: render the app with Yew's server-side renderer and check the
//! start screen. Runs under plain `cargo test` (no browser needed).
#![cfg(not(target_arch = "wasm32"))]

use weiquan::text::{t, Key, Lang};
use weiquan::App;
use yew::ServerRenderer;

async fn render_app() -> String {
    ServerRenderer::<App>::new().hydratable(false).render().await
}

/// Text between `<tag ...>` and `</tag>` for the first such element.
fn inner_of<'a>(html: &'a str, tag: &str) -> Option<&'a str> {
    let open = html.find(&format!("<{tag}"))?;
    let body_start = open + html[open..].find('>')? + 1;
    let end = body_start + html[body_start..].find(&format!("</{tag}>"))?;
    Some(html[body_start..end].trim())
}

#[tokio::test]
async fn start_screen_has_title_sentence_and_start_button() {
    let html = render_app().await;

    assert!(html.starts_with("<main"), "root is <main>: {html}");
    assert_eq!(inner_of(&html, "h1"), Some("维权导办"), "{html}");
    assert_eq!(
        inner_of(&html, "button"),
        Some(t(Lang::Zh, Key::Start)),
        "{html}"
    );
    assert_eq!(t(Lang::Zh, Key::Start), "开始");
    assert!(
        html.contains("回答几个简单问题，告诉您该去哪个窗口、带什么材料。"),
        "{html}"
    );
    assert!(html.contains(r#"type="button""#), "{html}");
    // Not yet on a question step.
    assert!(!html.contains("第1步"), "{html}");
}

#[tokio::test]
async fn markup_uses_no_inline_styles() {
    // The bundle must run under `style-src 'self'`.
    let html = render_app().await;
    assert!(!html.contains("style="), "{html}");
    assert!(!html.contains("<style"), "{html}");
}
