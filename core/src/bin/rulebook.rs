//! `rulebook`: prints the rule book for the bureau's legal staff, generated
//! from the compiled rules.
//!
//!     cargo run -p weiquan-core --bin rulebook -- [--lang zh|en] [--html]
//!
//! The arguments in any order. Exit codes: 0 printed (or the help); 64 bad
//! command-line arguments (the message says which), as `route` and
//! `document` (src/bin/cli, which has no `--lang` and whose `--today` means
//! nothing here).

use std::process::ExitCode;
use weiquan_core::{rulebook, Lang};

const USAGE: &str = "usage: rulebook [--lang zh|en] [--html]";
const HELP: &str = "Prints the rule book: Markdown, or an HTML page with --html; in Chinese (default) or English.";

fn main() -> ExitCode {
    let mut lang = Lang::Zh;
    let mut html = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--html" => html = true,
            "--lang" => match args.next().as_deref() {
                Some("zh") => lang = Lang::Zh,
                Some("en") => lang = Lang::En,
                Some(other) => {
                    eprintln!("rulebook: --lang: {other:?} is not zh or en\n{USAGE}");
                    return ExitCode::from(64);
                }
                None => {
                    eprintln!("rulebook: --lang needs zh or en\n{USAGE}");
                    return ExitCode::from(64);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}\n{HELP}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("rulebook: unknown argument {other:?}\n{USAGE}");
                return ExitCode::from(64);
            }
        }
    }
    print!("{}", if html { rulebook::html(lang) } else { rulebook::markdown(lang) });
    ExitCode::SUCCESS
}
