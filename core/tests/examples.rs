//! The examples in docs/examples/ are what the `route` tool prints: the
//! documentation cannot drift from the code.

use weiquan_core::{route, Date, Situation};

#[test]
fn documented_examples_route_as_documented() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/examples");
    let today = Date::parse("2026-11-26").unwrap();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if !name.ends_with(".json") || name.ends_with(".routing.json") {
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
