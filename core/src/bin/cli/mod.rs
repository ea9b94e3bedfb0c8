//! Command-line arguments shared by the `route` and `document` tools
//! (included by each with `#[path]`; a folder, so Cargo does not take it for
//! a tool of its own).

use std::process::ExitCode;
use weiquan_core::Date;

/// One tool's name (prefix of its messages), usage line and help text.
pub struct Tool {
    pub name: &'static str,
    pub usage: &'static str,
    pub help: &'static str,
}

/// Reads `--today YYYY-MM-DD` (default: today in China), `-h`/`--help` and
/// the tool's own `flags` (the last one given wins). Returns the day and the
/// flag, or the exit code to stop with: 0 after the help, 64 for a bad
/// argument (the message says which).
pub fn parse(tool: &Tool, flags: &[&'static str]) -> Result<(Date, Option<&'static str>), ExitCode> {
    let mut today = Date::today_in_china();
    let mut flag = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--today" => match args.next().map(|s| Date::parse(&s)) {
                Some(Ok(d)) => today = d,
                Some(Err(e)) => {
                    eprintln!("{}: --today: {e}", tool.name);
                    return Err(ExitCode::from(64));
                }
                None => {
                    eprintln!("{}: --today needs a date\n{}", tool.name, tool.usage);
                    return Err(ExitCode::from(64));
                }
            },
            "-h" | "--help" => {
                println!("{}\n{}\nExit codes: 0 done; 2 the input is not valid (the message says where); 64 bad arguments.", tool.usage, tool.help);
                return Err(ExitCode::SUCCESS);
            }
            other => match flags.iter().find(|f| **f == other) {
                Some(f) => flag = Some(*f),
                None => {
                    eprintln!("{}: unknown argument {other:?}\n{}", tool.name, tool.usage);
                    return Err(ExitCode::from(64));
                }
            },
        }
    }
    Ok((today, flag))
}
