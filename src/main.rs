//! wasm entry: `wasm-bindgen` runs `main` once the module is instantiated.
//! Natively it is a no-op so `cargo build`/`cargo test` work on the host.

#[cfg(target_arch = "wasm32")]
fn main() {
    weiquan::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
