//! `route`: reads one situation (JSON, schema weiquan.situation/1) on standard
//! input and prints its routing (JSON, schema weiquan.routing/1).
//!
//!     cargo run -p weiquan-core --bin route -- [--today YYYY-MM-DD] < situation.json
//!
//! Exit codes: 0 routed; 2 the input is not a valid situation (the message
//! names the field); 64 bad command-line arguments.

use std::io::Read;
use std::process::ExitCode;
use weiquan_core::{route, Date, Situation};

const USAGE: &str = "usage: route [--today YYYY-MM-DD] < situation.json";

fn main() -> ExitCode {
    let mut today = Date::today_in_china();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--today" => match args.next().map(|s| Date::parse(&s)) {
                Some(Ok(d)) => today = d,
                Some(Err(e)) => {
                    eprintln!("route: --today: {e}");
                    return ExitCode::from(64);
                }
                None => {
                    eprintln!("route: --today needs a date\n{USAGE}");
                    return ExitCode::from(64);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}\nSchema and examples: docs/situation-schema.md");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("route: unknown argument {other:?}\n{USAGE}");
                return ExitCode::from(64);
            }
        }
    }
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
