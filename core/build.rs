//! Compiles the routing rules (src/rules/*.toml) into Rust, after checking
//! them against the law texts (law/) and for gaps, overlaps, dead rules,
//! missing citations, missing tests and missing translations; and the local
//! facts (src/config/places.toml: the hall, 12333, the minimum wage) into
//! the statics of src/places.rs, after checking them. Any error stops the
//! build with a message naming the rule, or the entry and field, at fault.

#[path = "rules_compiler/mod.rs"]
mod rules_compiler;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let rules = root.join("src/rules");
    let law = root.join("law");
    let places_toml = root.join("src/config/places.toml");
    for p in [&rules, &law, &root.join("rules_compiler"), &places_toml] {
        println!("cargo::rerun-if-changed={}", p.display());
    }
    let places_text = std::fs::read_to_string(&places_toml).map_err(|e| vec![format!("cannot read {}: {e}", places_toml.display())]);
    // Both files are checked before the build stops, so that one run lists
    // every problem of each.
    let results = [
        ("The routing rules in core/src/rules/", "rules.rs", rules_compiler::compile(&rules, &law)),
        ("The local facts in core/src/config/places.toml", "places.rs", places_text.and_then(|t| places::compile(&t))),
    ];
    let mut failed = false;
    for (what, file, result) in results {
        match result {
            Ok(code) => std::fs::write(out.join(file), code).expect("write generated code"),
            Err(errors) => {
                failed = true;
                eprintln!("\n{what} have {} problem(s):\n", errors.len());
                for e in &errors {
                    eprintln!("  - {e}");
                }
                eprintln!();
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}

/// src/config/places.toml → the statics `PLACES` and `MINIMUM_WAGES` of
/// src/places.rs (its types, filled in). Also compiled by
/// tests/places_config.rs, which breaks the file in each way refused here.
pub mod places {
    use serde::Deserialize;
    use std::collections::BTreeSet;
    use std::fmt::Write;
    use toml::value::Datetime;

    // The file as written: every key required, none unknown.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        schema: u32,
        place: Vec<Place>,
        minimum_wage: Vec<Wage>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Place {
        key: String,
        kind: String,
        name_zh: String,
        name_en: String,
        address_zh: String,
        address_en: String,
        hours_zh: String,
        hours_en: String,
        phone: String,
        transit_zh: String,
        transit_en: String,
        source_zh: String,
        source_en: String,
        source_kind: String,
        as_of: Datetime,
        confirmed: bool,
        note_zh: String,
        note_en: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Wage {
        key: String,
        area_zh: String,
        area_en: String,
        from: Datetime,
        monthly_fen: i64,
        hourly_fen: i64,
        source: String,
        source_kind: String,
        as_of: Datetime,
        confirmed: bool,
        note_zh: String,
        note_en: String,
    }

    /// A monthly minimum wage in fen: ¥1,000 to ¥10,000 (Henan's was ¥2,100
    /// in 2024). A figure outside is a slip, most likely yuan typed as fen.
    const MONTHLY_FEN: std::ops::RangeInclusive<i64> = 100_000..=1_000_000;
    /// An hourly (part-time) minimum wage in fen: ¥5 to ¥60.
    const HOURLY_FEN: std::ops::RangeInclusive<i64> = 500..=6_000;
    /// Monthly ÷ hourly. Not the 174 hours of a month (21.75 days × 8): the
    /// hourly standard also carries the employer's pension and medical
    /// contributions and a coefficient for the insecurity of part-time work
    /// (最低工资规定, 附件), so it is higher; Henan's rows give about 102.
    /// Outside this range one of the two figures is wrong.
    const RATIO: std::ops::RangeInclusive<i64> = 70..=180;

    /// Where an entry's field is written, for the messages: the line of
    /// `field = …` inside the `index`-th `[[table]]`, or of its header.
    fn line_of(text: &str, table: &str, index: usize, field: &str) -> Option<usize> {
        let header = format!("[[{table}]]");
        let mut seen = 0;
        let mut start = None;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with('[') {
                if start.is_some() {
                    break;
                }
                if line.trim_end() == header {
                    seen += 1;
                    if seen == index + 1 {
                        start = Some(n + 1);
                    }
                }
            } else if start.is_some() && line.strip_prefix(field).is_some_and(|rest| rest.trim_start().starts_with('=')) {
                return Some(n + 1);
            }
        }
        start
    }

    /// Names an entry's field in a message, with its line:
    /// "places.toml line 93: minimum_wage `henan_class_1_2024`, monthly_fen".
    fn locate<'a>(text: &'a str, table: &'a str, index: usize, key: &'a str) -> impl Fn(&str) -> String + 'a {
        move |field| match line_of(text, table, index, field) {
            Some(n) => format!("places.toml line {n}: {table} `{key}`, {field}"),
            None => format!("places.toml: {table} `{key}`, {field}"),
        }
    }

    /// `¥2100.00` for 210000 fen.
    fn yuan(fen: i64) -> String {
        format!("¥{}.{:02}", fen / 100, fen % 100)
    }

    /// A plain date (no time, no offset) in the years `Date` reads
    /// (1900–2199), as `YYYY-MM-DD` (which sorts as the days do). The day
    /// itself is checked by the TOML parser: 2026-02-30 is refused with its
    /// line.
    fn day(d: &Datetime) -> Result<String, String> {
        match (d.date, d.time, d.offset) {
            (Some(date), None, None) if (1900..=2199).contains(&date.year) => Ok(format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)),
            (Some(_), None, None) => Err(format!("{d}: the year must be between 1900 and 2199")),
            _ => Err(format!("{d} is not a plain date (write it as YYYY-MM-DD, no time)")),
        }
    }

    fn lit(s: &str) -> String {
        format!("{s:?}")
    }

    /// "" (or only spaces) in the file is "unknown": `None`, never `Some("")`.
    fn opt(s: &str) -> String {
        if s.trim().is_empty() {
            "None".into()
        } else {
            format!("Some({})", lit(s))
        }
    }

    fn source_kind(s: &str) -> Option<&'static str> {
        match s {
            "primary" => Some("SourceKind::Primary"),
            "secondary" => Some("SourceKind::Secondary"),
            _ => None,
        }
    }

    /// The checks every entry shares: its key, its source kind, its date
    /// and the note an unconfirmed entry needs. Returns `as_of`.
    #[allow(clippy::too_many_arguments)]
    fn common(
        errors: &mut Vec<String>,
        at: &dyn Fn(&str) -> String,
        keys: &mut BTreeSet<String>,
        key: &str,
        kind: &str,
        as_of: &Datetime,
        confirmed: bool,
        notes: (&String, &String),
    ) -> String {
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            errors.push(format!("{}: the key must be snake_case (a–z, 0–9, _)", at("key")));
        }
        if !keys.insert(key.to_string()) {
            errors.push(format!("{}: the key is used twice (keys are unique over places and minimum wages)", at("key")));
        }
        if source_kind(kind).is_none() {
            errors.push(format!("{}: source_kind {kind:?} must be \"primary\" or \"secondary\"", at("source_kind")));
        }
        if !confirmed {
            for (field, note) in [("note_zh", notes.0), ("note_en", notes.1)] {
                if note.trim().is_empty() {
                    errors.push(format!(
                        "{}: an entry not confirmed says what is missing or uncertain, in both languages: {field} is empty",
                        at(field)
                    ));
                }
            }
        }
        day(as_of).unwrap_or_else(|e| {
            errors.push(format!("{}: {e}", at("as_of")));
            String::new()
        })
    }

    fn required(errors: &mut Vec<String>, at: &dyn Fn(&str) -> String, fields: &[(&str, &String)]) {
        for (field, value) in fields {
            if value.trim().is_empty() {
                errors.push(format!("{}: {field} is empty; it is required", at(field)));
            }
        }
    }

    /// The file's statics as Rust, or every problem found (all of them).
    pub fn compile(text: &str) -> Result<String, Vec<String>> {
        let file: File = toml::from_str(text).map_err(|e| vec![format!("places.toml: {e}")])?;
        let mut errors = Vec::new();
        if file.schema != 1 {
            errors.push(format!("places.toml: schema {} is not supported (expected 1)", file.schema));
        }
        let mut keys = BTreeSet::new();
        let mut out = String::from("// Generated by build.rs from src/config/places.toml. Do not edit.\n\n");

        writeln!(out, "pub static PLACES: [Place; {}] = [", file.place.len()).unwrap();
        for (i, p) in file.place.iter().enumerate() {
            let at = locate(text, "place", i, &p.key);
            let as_of = common(&mut errors, &at, &mut keys, &p.key, &p.source_kind, &p.as_of, p.confirmed, (&p.note_zh, &p.note_en));
            required(&mut errors, &at, &[("name_zh", &p.name_zh), ("name_en", &p.name_en), ("source_zh", &p.source_zh), ("source_en", &p.source_en)]);
            let kind = match p.kind.as_str() {
                "hall" => "PlaceKind::Hall",
                "hotline" => "PlaceKind::Hotline",
                other => {
                    errors.push(format!("{}: kind {other:?} must be \"hall\" or \"hotline\"", at("kind")));
                    ""
                }
            };
            // Each language shows its own: a value in one and not the other
            // would be known on one screen and "to be confirmed" on the other.
            for (zh, en, field) in
                [(&p.address_zh, &p.address_en, "address"), (&p.hours_zh, &p.hours_en, "hours"), (&p.transit_zh, &p.transit_en, "transit")]
            {
                if zh.trim().is_empty() != en.trim().is_empty() {
                    let missing = if zh.trim().is_empty() { "zh" } else { "en" };
                    errors
                        .push(format!("{}: give {field}_zh and {field}_en both, or neither (\"\" while unknown)", at(&format!("{field}_{missing}"))));
                }
            }
            if p.confirmed && kind == "PlaceKind::Hall" {
                for (field, value) in [("address_zh", &p.address_zh), ("hours_zh", &p.hours_zh), ("phone", &p.phone)] {
                    if value.trim().is_empty() {
                        errors.push(format!(
                            "{}: a hall marked confirmed = true needs its {field}; while it is unknown, keep confirmed = false with a note",
                            at(field)
                        ));
                    }
                }
            }
            writeln!(
                out,
                "    Place {{\n        key: {},\n        kind: {kind},\n        name_zh: {},\n        name_en: {},\n        address_zh: {},\n        address_en: {},\n        hours_zh: {},\n        hours_en: {},\n        phone: {},\n        transit_zh: {},\n        transit_en: {},\n        source_zh: {},\n        source_en: {},\n        source_kind: {},\n        as_of: {},\n        confirmed: {},\n        note_zh: {},\n        note_en: {},\n    }},",
                lit(&p.key), lit(&p.name_zh), lit(&p.name_en), opt(&p.address_zh), opt(&p.address_en), opt(&p.hours_zh), opt(&p.hours_en),
                opt(&p.phone), opt(&p.transit_zh), opt(&p.transit_en), lit(&p.source_zh), lit(&p.source_en),
                source_kind(&p.source_kind).unwrap_or(""), lit(&as_of), p.confirmed, opt(&p.note_zh), opt(&p.note_en),
            )
            .unwrap();
        }
        out.push_str("];\n\n");

        out.push_str("/// In order of `from`, amounts never falling (build.rs checks both).\n");
        writeln!(out, "pub static MINIMUM_WAGES: [MinimumWage; {}] = [", file.minimum_wage.len()).unwrap();
        let mut previous: Option<(&Wage, String)> = None;
        for (i, m) in file.minimum_wage.iter().enumerate() {
            let at = locate(text, "minimum_wage", i, &m.key);
            let as_of = common(&mut errors, &at, &mut keys, &m.key, &m.source_kind, &m.as_of, m.confirmed, (&m.note_zh, &m.note_en));
            required(&mut errors, &at, &[("area_zh", &m.area_zh), ("area_en", &m.area_en), ("source", &m.source)]);
            for (field, fen, range, per) in
                [("monthly_fen", m.monthly_fen, &MONTHLY_FEN, "a month"), ("hourly_fen", m.hourly_fen, &HOURLY_FEN, "an hour")]
            {
                if !range.contains(&fen) {
                    // Too small: most likely yuan typed where fen belong
                    // (said only when the yuan would be in range).
                    let meant = if fen < *range.start() && range.contains(&(fen * 100)) {
                        format!(" (if ¥{fen} {per} was meant, write {field} = {})", fen * 100)
                    } else {
                        String::new()
                    };
                    errors.push(format!(
                        "{}: {fen} fen is {} {per}, not between {} and {}; amounts are in fen: fen = yuan × 100{meant}",
                        at(field),
                        yuan(fen),
                        yuan(*range.start()),
                        yuan(*range.end()),
                    ));
                }
            }
            if HOURLY_FEN.contains(&m.hourly_fen) && MONTHLY_FEN.contains(&m.monthly_fen) && !RATIO.contains(&(m.monthly_fen / m.hourly_fen)) {
                errors.push(format!(
                    "{}: the monthly amount ({}) is {} times the hourly one ({}); expected {} to {} (Henan's rows: about 102): one of them is wrong",
                    at("hourly_fen"),
                    yuan(m.monthly_fen),
                    m.monthly_fen / m.hourly_fen,
                    yuan(m.hourly_fen),
                    RATIO.start(),
                    RATIO.end(),
                ));
            }
            let from = day(&m.from).unwrap_or_else(|e| {
                errors.push(format!("{}: {e}", at("from")));
                String::new()
            });
            if let Some((prev, prev_from)) = &previous {
                if !from.is_empty() && from <= *prev_from {
                    errors.push(format!("{}: rows are in order of `from`; this row's {from} is not after `{}`'s", at("from"), prev.key));
                } else {
                    // One area's standards: they are raised, never lowered.
                    for (field, now, before, range) in
                        [("monthly_fen", m.monthly_fen, prev.monthly_fen, &MONTHLY_FEN), ("hourly_fen", m.hourly_fen, prev.hourly_fen, &HOURLY_FEN)]
                    {
                        // A figure out of range has its message already.
                        if now < before && range.contains(&now) {
                            errors.push(format!("{}: {now} is less than the {before} of the row before (`{}`); a minimum wage is not lowered: check the figure, and that the rows are one area's", at(field), prev.key));
                        }
                    }
                }
            }
            if !from.is_empty() {
                previous = Some((m, from.clone()));
            }
            writeln!(
                out,
                "    MinimumWage {{\n        key: {},\n        area_zh: {},\n        area_en: {},\n        from: {},\n        monthly_fen: {},\n        hourly_fen: {},\n        source: {},\n        source_kind: {},\n        as_of: {},\n        confirmed: {},\n        note_zh: {},\n        note_en: {},\n    }},",
                lit(&m.key), lit(&m.area_zh), lit(&m.area_en), lit(&from), m.monthly_fen, m.hourly_fen,
                lit(&m.source), source_kind(&m.source_kind).unwrap_or(""), lit(&as_of), m.confirmed, opt(&m.note_zh), opt(&m.note_en),
            )
            .unwrap();
        }
        out.push_str("];\n");
        if file.minimum_wage.is_empty() {
            errors.push("places.toml: at least one [[minimum_wage]] row is needed (the final-award threshold rests on it)".into());
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }
}
