//! Helpers shared by the integration tests (`mod common;`).

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs one of the crate's command-line tools (`exe`: an
/// `env!("CARGO_BIN_EXE_…")` path) with `args`, `input` on its standard input.
pub fn run_tool(exe: &str, input: &str, args: &[&str]) -> Output {
    let mut child = Command::new(exe).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // A tool that refuses its arguments may exit before reading stdin:
    // a broken pipe here is not the test's subject (its exit code is).
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}
