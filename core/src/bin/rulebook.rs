//! `rulebook`: prints the rule book for the bureau's legal staff, generated
//! from the compiled rules.
//!
//!     cargo run -p weiquan-core --bin rulebook -- [--lang zh|en] [--html]

use std::process::ExitCode;
use weiquan_core::{rulebook, Lang};

fn main() -> ExitCode {
    let mut lang = Lang::Zh;
    let mut html = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--html", next) => {
                html = true;
                if let Some(n) = next {
                    eprintln!("rulebook: unexpected argument {n:?}");
                    return ExitCode::from(64);
                }
            }
            ("--lang", Some(l)) if l == "zh" => lang = Lang::Zh,
            ("--lang", Some(l)) if l == "en" => lang = Lang::En,
            _ => {
                eprintln!("usage: rulebook [--lang zh|en] [--html]");
                return ExitCode::from(64);
            }
        }
    }
    print!("{}", if html { rulebook::html(lang) } else { rulebook::markdown(lang) });
    ExitCode::SUCCESS
}
