//! The examples in docs/examples/ are what the `route` tool prints, and the
//! sample cases are what the `document` tool accepts: the documentation
//! cannot drift from the code.

mod common;

use std::path::PathBuf;
use weiquan_core::{route, Date, Situation};

/// The files of docs/examples/ whose names end with `suffix`, and their names.
fn examples(suffix: &str) -> Vec<(PathBuf, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/examples");
    let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .map(|path| (path.clone(), path.file_name().unwrap().to_str().unwrap().to_string()))
        .filter(|(_, name)| name.ends_with(suffix))
        .collect();
    files.sort();
    files
}

#[test]
fn documented_examples_route_as_documented() {
    let today = Date::parse("2026-11-26").unwrap();
    let mut checked = 0;
    for (path, name) in examples(".json") {
        if name.ends_with(".routing.json") || name.ends_with(".case.json") {
            continue;
        }
        let situation = Situation::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(situation.validate(today).is_empty(), "{name} is invalid");
        let expected = std::fs::read_to_string(path.with_extension("routing.json")).unwrap();
        assert_eq!(route(&situation, today).to_json().trim(), expected.trim(), "{name}");
        checked += 1;
    }
    assert!(checked >= 2);
}

/// A sample case (`NAME.case.json`: the situation of `NAME.json` and the
/// final form's details, made up) is one the `document` tool prints the
/// papers for, as docs/case-schema.md tells a reader to try.
#[test]
fn documented_cases_make_papers() {
    let mut checked = 0;
    for (path, name) in examples(".case.json") {
        let text = std::fs::read_to_string(&path).unwrap();
        let out = common::run_tool(env!("CARGO_BIN_EXE_document"), &text, &["--today", "2026-11-26"]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains("此致"), "{name}: {stdout}");
        let case: serde_json::Value = serde_json::from_str(&text).unwrap();
        let situation = path.with_file_name(name.replace(".case.json", ".json"));
        let situation: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(situation).unwrap()).unwrap();
        assert_eq!(case["situation"], situation, "{name}: the situation of the example beside it");
        checked += 1;
    }
    assert!(checked >= 1);
}
