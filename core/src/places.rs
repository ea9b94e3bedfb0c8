//! Local places and figures (the hall, the 12333 hotline, the minimum wage),
//! kept as dated configuration data with their source.
//!
//! The editable source is `src/config/places.toml`. This module holds the
//! same data as plain Rust statics, so nothing is parsed at run time (in the
//! browser or anywhere else); a native test parses the TOML and fails unless
//! the statics below say exactly the same thing.
//!
//! Unknown values are `None`, never a guess: the hall's address, hours and
//! phone were not found in public sources and wait for the bureau.

use crate::date::Date;
use serde::Serialize;

/// How a value was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Read in the official text itself.
    Primary,
    /// Seen only on a secondary page or in a brief.
    Secondary,
}

impl SourceKind {
    pub fn key(self) -> &'static str {
        match self {
            SourceKind::Primary => "primary",
            SourceKind::Secondary => "secondary",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// Where a person goes in person.
    Hall,
    /// A telephone line for consultation.
    Hotline,
}

impl PlaceKind {
    pub fn key(self) -> &'static str {
        match self {
            PlaceKind::Hall => "hall",
            PlaceKind::Hotline => "hotline",
        }
    }
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    pub key: &'static str,
    pub kind: PlaceKind,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub address_zh: Option<&'static str>,
    pub address_en: Option<&'static str>,
    pub hours_zh: Option<&'static str>,
    pub hours_en: Option<&'static str>,
    pub phone: Option<&'static str>,
    pub transit_zh: Option<&'static str>,
    pub transit_en: Option<&'static str>,
    /// Where the values come from, in each language (a document number may
    /// read the same in both).
    pub source_zh: &'static str,
    pub source_en: &'static str,
    pub source_kind: SourceKind,
    /// `YYYY-MM-DD`: when the entry was written or last checked.
    pub as_of: &'static str,
    /// Every value confirmed by the bureau or the primary text.
    pub confirmed: bool,
    /// What is missing or uncertain (`None` when nothing is).
    pub note_zh: Option<&'static str>,
    pub note_en: Option<&'static str>,
}

/// One row of the minimum wage table: applies from `from` until the `from`
/// of the next row.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct MinimumWage {
    pub key: &'static str,
    pub area_zh: &'static str,
    pub area_en: &'static str,
    /// `YYYY-MM-DD`: the first day the amounts apply.
    pub from: &'static str,
    /// Monthly minimum wage in fen (1 yuan = 100 fen).
    pub monthly_fen: i64,
    /// Hourly minimum wage (part-time work) in fen.
    pub hourly_fen: i64,
    pub source: &'static str,
    pub source_kind: SourceKind,
    /// `YYYY-MM-DD`: when the entry was written or last checked.
    pub as_of: &'static str,
    pub confirmed: bool,
    pub note_zh: Option<&'static str>,
    pub note_en: Option<&'static str>,
}

impl Place {
    pub fn as_of_date(&self) -> Option<Date> {
        Date::parse(self.as_of).ok()
    }
}

impl MinimumWage {
    /// The first day the row applies (the test proves every row's date parses).
    pub fn from_date(&self) -> Option<Date> {
        Date::parse(self.from).ok()
    }

    pub fn as_of_date(&self) -> Option<Date> {
        Date::parse(self.as_of).ok()
    }
}

// ───────────── the data: keep identical to src/config/places.toml ─────────────

pub static PLACES: [Place; 2] = [
    Place {
        key: "hall",
        kind: PlaceKind::Hall,
        name_zh: "郑州市人力资源和社会保障综合执法维权服务大厅",
        name_en: "Zhengzhou Human Resources and Social Security Comprehensive Enforcement and Rights Protection Service Hall",
        address_zh: None,
        address_en: None,
        hours_zh: None,
        hours_en: None,
        phone: None,
        transit_zh: None,
        transit_en: None,
        source_zh: "郑人社〔2016〕19号 二(一)",
        source_en: "Zhengzhou HRSS [2016] No. 19, II(1)",
        source_kind: SourceKind::Primary,
        as_of: "2026-11-26",
        confirmed: false,
        note_zh: Some("大厅的地址、办公时间和电话待人社局确认。"),
        note_en: Some("The hall's address, opening hours and phone number are to be confirmed by the bureau."),
    },
    Place {
        key: "hotline_12333",
        kind: PlaceKind::Hotline,
        name_zh: "12333 人力资源和社会保障服务热线",
        name_en: "12333 human resources and social security hotline",
        address_zh: None,
        address_en: None,
        hours_zh: None,
        hours_en: None,
        phone: Some("12333"),
        transit_zh: None,
        transit_en: None,
        source_zh: "本指南整理，尚未核对官方来源（待人社局确认）",
        source_en: "compiled for this guide, not yet checked against an official source (to be confirmed by the bureau)",
        source_kind: SourceKind::Secondary,
        as_of: "2026-11-26",
        confirmed: false,
        note_zh: Some("全国统一的人社咨询电话；郑州的服务时间待人社局确认。"),
        note_en: Some("The national HR and social-security consultation number; its service hours in Zhengzhou are to be confirmed by the bureau."),
    },
];

/// In order of `from` (the test checks it).
pub static MINIMUM_WAGES: [MinimumWage; 2] = [
    MinimumWage {
        key: "henan_class_1_2022",
        area_zh: "河南省一类地区（郑州市区等，名单见豫政〔2021〕33号附件，待人社局确认）",
        area_en: "Henan class 1 areas (Zhengzhou urban districts and others, listed in the annex of 豫政〔2021〕33号; to be confirmed by the bureau)",
        from: "2022-01-01",
        monthly_fen: 200000,
        hourly_fen: 1960,
        source: "豫政〔2021〕33号",
        source_kind: SourceKind::Secondary,
        as_of: "2026-11-28",
        confirmed: false,
        note_zh: Some("数额从转载的通知全文获得，未核对官方原文和附件的地区名单，待人社局确认。"),
        note_en: Some("Amounts seen in a reprint of the notice, not checked against the official text or its annex of areas; to be confirmed by the bureau."),
    },
    MinimumWage {
    key: "henan_class_1_2024",
    area_zh: "河南省一类地区（郑州市区及新郑、荥阳、新密、登封、中牟）",
    area_en: "Henan class 1 areas (Zhengzhou urban districts, Xinzheng, Xingyang, Xinmi, Dengfeng, Zhongmu)",
    from: "2024-01-01",
    monthly_fen: 210000,
    hourly_fen: 2060,
    source: "豫政〔2023〕43号",
    source_kind: SourceKind::Secondary,
    as_of: "2026-11-26",
    confirmed: false,
    note_zh: Some("数额从政府网站的转载页面获得，未核对豫政〔2023〕43号原文，待人社局确认。"),
    note_en: Some("Amounts seen on a secondary government page, not checked against the text of 豫政〔2023〕43号; to be confirmed by the bureau."),
    },
];

// ───────────────────────────── look-ups ─────────────────────────────

/// A place by its key (`hall`, `hotline_12333`).
pub fn place(key: &str) -> Option<&'static Place> {
    PLACES.iter().find(|p| p.key == key)
}

/// The minimum wage row in force on `date`: the latest row whose `from` is not
/// after it. `None` before the first row (the table does not go back further).
pub fn minimum_wage_on(date: Date) -> Option<&'static MinimumWage> {
    MINIMUM_WAGES
        .iter()
        .filter_map(|m| m.from_date().map(|from| (from, m)))
        .filter(|(from, _)| *from <= date)
        .max_by_key(|(from, _)| *from)
        .map(|(_, m)| m)
}

/// The lowest monthly standard in force on any day from `from` to `to`:
/// `None` when the table does not reach back to `from`.
pub fn lowest_minimum_wage(from: Date, to: Date) -> Option<&'static MinimumWage> {
    let first = minimum_wage_on(from)?;
    MINIMUM_WAGES
        .iter()
        .filter(|m| m.from_date().is_some_and(|f| f > from && f <= to))
        .chain([first])
        .min_by_key(|m| m.monthly_fen)
}

/// 调解仲裁法 第四十七条(一): a claim for pay, work-injury medical costs,
/// economic compensation or damages of at most twelve months of the local
/// monthly minimum wage gets a final award. The threshold in fen on `date`,
/// or `None` when the table has no row for that day.
pub fn final_award_threshold_fen(date: Date) -> Option<i64> {
    minimum_wage_on(date).map(|m| 12 * m.monthly_fen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    const TOML_TEXT: &str = include_str!("config/places.toml");

    // The file as written: every key required, none unknown.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        schema: u32,
        place: Vec<TomlPlace>,
        minimum_wage: Vec<TomlWage>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct TomlPlace {
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
        as_of: toml::value::Datetime,
        confirmed: bool,
        note_zh: String,
        note_en: String,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct TomlWage {
        key: String,
        area_zh: String,
        area_en: String,
        from: toml::value::Datetime,
        monthly_fen: i64,
        hourly_fen: i64,
        source: String,
        source_kind: String,
        as_of: toml::value::Datetime,
        confirmed: bool,
        note_zh: String,
        note_en: String,
    }

    fn file() -> File {
        toml::from_str(TOML_TEXT).unwrap_or_else(|e| panic!("src/config/places.toml: {e}"))
    }

    /// "" in the TOML is "unknown"; the statics say `None`, never `Some("")`.
    fn opt(s: Option<&str>) -> String {
        assert_ne!(s, Some(""), "an unknown value is None, not Some(\"\")");
        s.unwrap_or_default().to_string()
    }

    /// A TOML date, checked to be a plain local date (no time, no offset).
    fn day(d: &toml::value::Datetime) -> String {
        assert!(d.date.is_some() && d.time.is_none() && d.offset.is_none(), "{d} is not a plain date");
        d.to_string()
    }

    fn mirror_place(p: &Place) -> TomlPlace {
        TomlPlace {
            key: p.key.into(),
            kind: p.kind.key().into(),
            name_zh: p.name_zh.into(),
            name_en: p.name_en.into(),
            address_zh: opt(p.address_zh),
            address_en: opt(p.address_en),
            hours_zh: opt(p.hours_zh),
            hours_en: opt(p.hours_en),
            phone: opt(p.phone),
            transit_zh: opt(p.transit_zh),
            transit_en: opt(p.transit_en),
            source_zh: p.source_zh.into(),
            source_en: p.source_en.into(),
            source_kind: p.source_kind.key().into(),
            as_of: p.as_of.parse().unwrap_or_else(|e| panic!("{}: as_of {}: {e}", p.key, p.as_of)),
            confirmed: p.confirmed,
            note_zh: opt(p.note_zh),
            note_en: opt(p.note_en),
        }
    }

    fn mirror_wage(m: &MinimumWage) -> TomlWage {
        TomlWage {
            key: m.key.into(),
            area_zh: m.area_zh.into(),
            area_en: m.area_en.into(),
            from: m.from.parse().unwrap_or_else(|e| panic!("{}: from {}: {e}", m.key, m.from)),
            monthly_fen: m.monthly_fen,
            hourly_fen: m.hourly_fen,
            source: m.source.into(),
            source_kind: m.source_kind.key().into(),
            as_of: m.as_of.parse().unwrap_or_else(|e| panic!("{}: as_of {}: {e}", m.key, m.as_of)),
            confirmed: m.confirmed,
            note_zh: opt(m.note_zh),
            note_en: opt(m.note_en),
        }
    }

    #[test]
    fn the_statics_say_exactly_what_places_toml_says() {
        let f = file();
        assert_eq!(f.schema, 1);
        let places: Vec<TomlPlace> = PLACES.iter().map(mirror_place).collect();
        assert_eq!(places, f.place, "PLACES in places.rs differs from [[place]] in config/places.toml");
        let wages: Vec<TomlWage> = MINIMUM_WAGES.iter().map(mirror_wage).collect();
        assert_eq!(wages, f.minimum_wage, "MINIMUM_WAGES differs from [[minimum_wage]] in config/places.toml");
    }

    #[test]
    fn every_date_is_a_real_day_and_rows_are_in_order() {
        for p in &PLACES {
            assert!(p.as_of_date().is_some(), "{}: as_of {}", p.key, p.as_of);
        }
        let f = file();
        for (m, t) in MINIMUM_WAGES.iter().zip(&f.minimum_wage) {
            assert!(m.from_date().is_some() && m.as_of_date().is_some(), "{}", m.key);
            assert_eq!(m.from, day(&t.from));
            assert_eq!(m.as_of, day(&t.as_of));
        }
        for p in &f.place {
            day(&p.as_of);
        }
        for w in MINIMUM_WAGES.windows(2) {
            assert!(w[0].from_date() < w[1].from_date(), "{} before {}", w[0].key, w[1].key);
        }
    }

    #[test]
    fn keys_are_unique_and_nothing_unknown_is_filled_in() {
        let mut keys: Vec<&str> = PLACES.iter().map(|p| p.key).chain(MINIMUM_WAGES.iter().map(|m| m.key)).collect();
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n, "duplicate key");
        // An entry that is not confirmed says why, in both languages.
        for p in &PLACES {
            if !p.confirmed {
                assert!(p.note_zh.is_some() && p.note_en.is_some(), "{} needs a note", p.key);
            }
        }
        for m in &MINIMUM_WAGES {
            if !m.confirmed {
                assert!(m.note_zh.is_some() && m.note_en.is_some(), "{} needs a note", m.key);
            }
        }
        // The hall's address, hours and phone were not found: they stay empty
        // until the bureau confirms them.
        let hall = place("hall").unwrap();
        assert!(!hall.confirmed);
        assert_eq!((hall.address_zh, hall.hours_zh, hall.phone), (None, None, None));
        assert!(hall.note_zh.unwrap().contains("待人社局确认"));
        assert!(hall.note_en.unwrap().contains("to be confirmed by the bureau"));
        assert_eq!(place("hotline_12333").and_then(|p| p.phone), Some("12333"));
        assert_eq!(place("nowhere"), None);
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn minimum_wage_applies_from_its_effective_date() {
        assert_eq!(minimum_wage_on(d("2021-12-31")), None, "the table does not go back before 2022");
        let before = minimum_wage_on(d("2023-12-31")).unwrap();
        assert_eq!((before.monthly_fen, before.hourly_fen, before.source), (200000, 1960, "豫政〔2021〕33号"));
        assert_eq!(minimum_wage_on(d("2022-01-01")).map(|m| m.key), Some("henan_class_1_2022"));
        let on = minimum_wage_on(d("2024-01-01")).unwrap();
        assert_eq!((on.monthly_fen, on.hourly_fen), (210000, 2060));
        assert_eq!(on.source, "豫政〔2023〕43号");
        assert_eq!(on.source_kind, SourceKind::Secondary);
        assert!(!on.confirmed);
        assert_eq!(minimum_wage_on(d("2026-11-26")).map(|m| m.key), Some("henan_class_1_2024"));
    }

    // 调解仲裁法 第四十七条: 12 × ¥2100 = ¥25200.
    #[test]
    fn final_award_threshold_is_twelve_monthly_minimum_wages() {
        assert_eq!(final_award_threshold_fen(d("2021-12-31")), None);
        assert_eq!(final_award_threshold_fen(d("2023-12-31")), Some(2_400_000));
        assert_eq!(final_award_threshold_fen(d("2024-01-01")), Some(2_520_000));
        assert_eq!(final_award_threshold_fen(d("2026-11-26")), Some(2_520_000));
    }
}
