//! `document`: reads a situation and the summary form's details (JSON) on
//! standard input and prints the documents for each body the situation is
//! routed to.
//!
//!     cargo run -p weiquan-core --bin document -- [--today YYYY-MM-DD] [--json | --qr] < case.json
//!
//! Input: `{"situation": {…weiquan.situation/1…}, "details": {…}}` (see
//! docs/case-schema.md). Output: the documents as plain text; `--json` the
//! case as `weiquan.case/2`; `--qr` the QR payload (`WQ1…`).
//!
//! Exit codes: 0 printed; 2 the input is not valid (the message names the
//! JSON path, or each form field at fault); 64 bad command-line arguments.

use serde::Deserialize;
use std::io::Read;
use std::process::ExitCode;
use weiquan_core::details::{self, Details};
use weiquan_core::{documents, qr, route, Situation};

#[path = "cli/mod.rs"]
mod cli;

const TOOL: cli::Tool =
    cli::Tool { name: "document", usage: "usage: document [--today YYYY-MM-DD] [--json | --qr] < case.json", help: "Schema: docs/case-schema.md" };

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Input {
    situation: Situation,
    #[serde(default)]
    details: Details,
}

fn main() -> ExitCode {
    let (today, output) = match cli::parse(&TOOL, &["--json", "--qr"]) {
        Ok((today, flag)) => (today, flag.map_or("text", |f| f.trim_start_matches("--"))),
        Err(code) => return code,
    };
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("document: cannot read standard input: {e}");
        return ExitCode::from(2);
    }
    let mut input: Input = match weiquan_core::situation::read_object(&text) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("document: invalid input at {}: {}", e.field, e.detail);
            return ExitCode::from(2);
        }
    };
    let mut errors = input.situation.validate(today);
    for e in &mut errors {
        e.field = format!("situation.{}", e.field);
    }
    // The fields the summary form would show for this situation.
    let parts = documents::form_parts(&input.situation, &route(&input.situation, today));
    input.details.facts_text.settle_one_text(parts.papers);
    for mut e in details::validate(&input.details, parts, today) {
        e.field = format!("details.{}", e.field);
        errors.push(e);
    }
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("document: {} ({}): {}", e.field, e.key, e.detail);
        }
        return ExitCode::from(2);
    }
    let routing = route(&input.situation, today);
    let docs = documents::compose(&input.situation, &routing, &input.details, today);
    match output {
        "json" => println!("{}", documents::case_json(&input.situation, &routing, &input.details, &docs, today)),
        "qr" => match qr::for_case(&input.situation, &routing, &input.details, &docs, today) {
            Ok(code) => println!("{}", code.payload),
            Err(_) => {
                eprintln!("document: the case does not fit in a QR code");
                return ExitCode::from(2);
            }
        },
        _ => print!("{}", documents::to_text(&docs)),
    }
    ExitCode::SUCCESS
}
