//! `route`: reads one situation (JSON, schema weiquan.situation/1) on standard
//! input and prints its routing (JSON, schema weiquan.routing/1).
//!
//!     cargo run -p weiquan-core --bin route -- [--today YYYY-MM-DD] < situation.json
//!
//! Exit codes: 0 routed; 2 the input is not a valid situation (the message
//! names the field); 64 bad command-line arguments.

use std::io::Read;
use std::process::ExitCode;
use weiquan_core::{route, Situation};

#[path = "cli/mod.rs"]
mod cli;

const TOOL: cli::Tool =
    cli::Tool { name: "route", usage: "usage: route [--today YYYY-MM-DD] < situation.json", help: "Schema and examples: docs/situation-schema.md" };

fn main() -> ExitCode {
    let today = match cli::parse(&TOOL, &[]) {
        Ok((today, _)) => today,
        Err(code) => return code,
    };
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("route: cannot read standard input: {e}");
        return ExitCode::from(2);
    }
    let situation = match Situation::from_json(&input) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("route: invalid situation: {e}");
            return ExitCode::from(2);
        }
    };
    let errors = situation.validate(today);
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("route: invalid situation: {e}");
        }
        return ExitCode::from(2);
    }
    println!("{}", route(&situation, today).to_json());
    ExitCode::SUCCESS
}
