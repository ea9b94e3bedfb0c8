//! wasm entry: `wasm-bindgen` runs `main` once the module is instantiated.
//! It only installs the panic hook: the page's script then mounts the app
//! (`startPage` for the standalone and iframe pages, `mountWidget` for each
//! `<weiquan-guide>` element), so one instance can serve several widgets.
//! Natively it is a no-op so `cargo build`/`cargo test` work on the host.

#[cfg(target_arch = "wasm32")]
fn main() {
    weiquan::install_panic_hook();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
