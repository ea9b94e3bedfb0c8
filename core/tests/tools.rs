//! The command-line tools' shared arguments (src/bin/cli): `--today`,
//! `--help`, the tool's own flags and the exit codes, through `route` and
//! `document`; and `rulebook`'s, which follow the same conventions.

mod common;

use common::run_tool;

const SITUATION: &str = r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"]}"#;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn today_is_read_and_a_bad_or_missing_date_is_refused() {
    let route = env!("CARGO_BIN_EXE_route");
    let out = run_tool(route, SITUATION, &["--today", "2026-11-26"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains(r#""today": "2026-11-26""#));
    // A different day gives a different routing date: the flag is not ignored.
    let out = run_tool(route, SITUATION, &["--today", "2026-02-03"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains(r#""today": "2026-02-03""#));

    let out = run_tool(route, SITUATION, &["--today", "26/11/2026"]);
    assert_eq!(out.status.code(), Some(64));
    assert!(stderr(&out).starts_with("route: --today: "), "{}", stderr(&out));
    let out = run_tool(route, SITUATION, &["--today"]);
    assert_eq!(out.status.code(), Some(64));
    assert!(stderr(&out).contains("route: --today needs a date\nusage: route"), "{}", stderr(&out));
}

#[test]
fn help_prints_the_usage_and_unknown_arguments_are_refused() {
    for (exe, name, flag) in [(env!("CARGO_BIN_EXE_route"), "route", "--json"), (env!("CARGO_BIN_EXE_document"), "document", "--pdf")] {
        let out = run_tool(exe, "", &["--help"]);
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&out.stdout).starts_with(&format!("usage: {name} ")));
        assert!(String::from_utf8_lossy(&out.stdout).contains("Exit codes: 0 done; 2 the input is not valid"));
        // `--json` is document's own flag, not route's.
        let out = run_tool(exe, SITUATION, &[flag]);
        assert_eq!(out.status.code(), Some(64), "{name} {flag}");
        assert!(stderr(&out).starts_with(&format!("{name}: unknown argument \"{flag}\"\nusage: {name} ")), "{}", stderr(&out));
    }
}

#[test]
fn the_last_output_flag_wins() {
    let document = env!("CARGO_BIN_EXE_document");
    // Not a valid case: the flags are read before the input is.
    let out = run_tool(document, "{}", &["--qr", "--json", "--bogus"]);
    assert_eq!(out.status.code(), Some(64));
    let case = r#"{"situation":{"schema":"weiquan.situation/1","problems":["wages_unpaid"]},
        "details":{"person":{"name":"张三","id_number":"11010519491231002X","phone":"13800138000","address":"郑州市"},
                   "employers":[{"name":"某公司","address":"郑州市"}]}}"#;
    let json = run_tool(document, case, &["--today", "2026-11-26", "--qr", "--json"]);
    let qr = run_tool(document, case, &["--today", "2026-11-26", "--json", "--qr"]);
    if json.status.code() != Some(0) {
        panic!("{}", stderr(&json));
    }
    assert!(String::from_utf8_lossy(&json.stdout).contains(r#""schema":"weiquan.case/2""#));
    assert!(String::from_utf8_lossy(&qr.stdout).starts_with("WQ1"));
}

#[test]
fn the_rule_book_takes_its_arguments_in_any_order() {
    let rulebook = env!("CARGO_BIN_EXE_rulebook");
    let stdout = |args: &[&str]| {
        let out = run_tool(rulebook, "", args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // `--html` once took the next argument for a stray one.
    let page = stdout(&["--html", "--lang", "en"]);
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"), "{}", &page[..80]);
    assert!(page.contains("<h1><span lang=\"zh-CN\">维权导办</span> routing rule book</h1>"), "the Chinese name marked");
    assert_eq!(stdout(&["--lang", "en", "--html"]), page);
    assert!(stdout(&["--html"]).starts_with("<!doctype html>\n<html lang=\"zh-CN\">"));
    assert!(stdout(&["--lang", "en"]).contains("routing rule book"));
    assert!(stdout(&[]).contains("分流规则手册"));
    // The help is asked for, not a mistake.
    for help in ["--help", "-h"] {
        assert!(stdout(&["--html", help]).starts_with("usage: rulebook [--lang zh|en] [--html]\n"));
    }
    for (args, message) in [
        (&["--lang", "fr"][..], "rulebook: --lang: \"fr\" is not zh or en\nusage: rulebook "),
        (&["--html", "--lang"][..], "rulebook: --lang needs zh or en\nusage: rulebook "),
        (&["--pdf"][..], "rulebook: unknown argument \"--pdf\"\nusage: rulebook "),
    ] {
        let out = run_tool(rulebook, "", args);
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        assert!(stderr(&out).starts_with(message), "{}", stderr(&out));
    }
}
