//! Build step (`scripts/build.sh`): renders the app's first two screens — the
//! start screen and the first question, Chinese, phone — with Yew's
//! server-side renderer, from the same components and reducer the browser
//! runs. `scripts/bundle.mjs` puts them into `index.html` as templates, and
//! `loader.js` shows them while the wasm downloads (`src/early.rs`).
//!
//!     cargo run --example prerender -- <out-dir>   # writes start.html, q1.html
//!
//! An example, not a binary: it needs Yew's `ssr` feature, which only the
//! native dev-dependencies enable (the wasm bundle never contains it).

use std::path::PathBuf;

use weiquan::components::AppProps;
use weiquan::App;
use yew::LocalServerRenderer;

async fn render(early: Option<&str>) -> String {
    // index.html is the app's own document: a <main>, as the mounted app's.
    LocalServerRenderer::<App>::with_props(AppProps { early: early.map(str::to_string), own_document: true, ..AppProps::default() })
        .hydratable(false)
        .render()
        .await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: prerender <out-dir>"));
    std::fs::create_dir_all(&out).expect("create the output directory");
    // As on a phone whose browser lets the widget save: the save box shows.
    weiquan::storage::render_as_if_available(true);
    for (name, early) in [("start.html", None), ("q1.html", Some("start"))] {
        let html = without_dialogs(render(early).await);
        std::fs::write(out.join(name), html).expect("write the prerendered screen");
    }
}

/// The screens without their closed dialogs ("clear my data?"): nothing in
/// the static shell opens one (loader.js handles its buttons until the app
/// mounts and replaces it), and each cost index.html bytes.
fn without_dialogs(mut html: String) -> String {
    while let Some(start) = html.find("<dialog") {
        let end = html[start..].find("</dialog>").expect("a closed <dialog>") + start + "</dialog>".len();
        html.replace_range(start..end, "");
    }
    html
}
