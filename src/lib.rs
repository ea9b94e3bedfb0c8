//! 维权导办 front end: Yew components and UI state over the `weiquan-core`
//! domain crate. Everything runs in the browser; nothing the user types
//! leaves the device.

pub mod components;
pub mod mode;
pub mod platform;
pub mod state;
pub mod storage;
pub mod text;

pub use components::{App, AppProps};
pub use mode::Mode;

/// Id of the element the app mounts into (see `index.html`).
pub const ROOT_ID: &str = "weiquan-app";

/// Mount the app into `root`, replacing its children (the loading state).
#[cfg(target_arch = "wasm32")]
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    let _ = root.remove_attribute("aria-busy");
    yew::Renderer::<App>::with_root(root).render()
}

/// Mount into `#weiquan-app`, creating it at the end of `<body>` if the
/// host page has none (e.g. when embedded in another site).
#[cfg(target_arch = "wasm32")]
pub fn start() -> yew::AppHandle<App> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("no document");
    let root = match document.get_element_by_id(ROOT_ID) {
        Some(el) => el,
        None => {
            let el = document.create_element("div").expect("create div");
            el.set_id(ROOT_ID);
            document
                .body()
                .expect("no body")
                .append_child(&el)
                .expect("append root");
            el
        }
    };
    mount(root)
}
