//! `build.rs` makes `src/places.rs`'s statics from `src/config/places.toml`
//! and refuses a file that is wrong. Each test breaks a sample file in one
//! way and checks that the build would stop with a message naming the entry,
//! the field and its line. The sample is the real file as first written
//! (2026-11), without its comments: the bureau's edits of the real file
//! change no test here.

#[path = "../build.rs"]
#[allow(dead_code)]
mod build;

use build::places::compile;

fn real() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/config/places.toml")).unwrap()
}

const SAMPLE: &str = r#"schema = 1

[[place]]
key = "hall"
kind = "hall"
name_zh = "郑州市人力资源和社会保障综合执法维权服务大厅"
name_en = "Zhengzhou Human Resources and Social Security Comprehensive Enforcement and Rights Protection Service Hall"
address_zh = ""
address_en = ""
hours_zh = ""
hours_en = ""
phone = ""
transit_zh = ""
transit_en = ""
source_zh = "郑人社〔2016〕19号 二(一)"
source_en = "Zhengzhou HRSS [2016] No. 19, II(1)"
source_kind = "primary"
as_of = 2026-11-26
confirmed = false
note_zh = "大厅的地址、办公时间和电话待人社局确认。"
note_en = "The hall's address, opening hours and phone number are to be confirmed by the bureau."

[[place]]
key = "hotline_12333"
kind = "hotline"
name_zh = "12333 人力资源和社会保障服务热线"
name_en = "12333 human resources and social security hotline"
address_zh = ""
address_en = ""
hours_zh = ""
hours_en = ""
phone = "12333"
transit_zh = ""
transit_en = ""
source_zh = "本指南整理，尚未核对官方来源（待人社局确认）"
source_en = "compiled for this guide, not yet checked against an official source (to be confirmed by the bureau)"
source_kind = "secondary"
as_of = 2026-11-26
confirmed = false
note_zh = "全国统一的人社咨询电话；郑州的服务时间待人社局确认。"
note_en = "The national HR and social-security consultation number; its service hours in Zhengzhou are to be confirmed by the bureau."

[[minimum_wage]]
key = "henan_class_1_2022"
area_zh = "河南省一类地区（郑州市区等，名单见豫政〔2021〕33号附件，待人社局确认）"
area_en = "Henan class 1 areas (Zhengzhou urban districts and others, listed in the annex of 豫政〔2021〕33号; to be confirmed by the bureau)"
from = 2022-01-01
monthly_fen = 200000
hourly_fen = 1960
source = "豫政〔2021〕33号"
source_kind = "secondary"
as_of = 2026-11-28
confirmed = false
note_zh = "数额从转载的通知全文获得，未核对官方原文和附件的地区名单，待人社局确认。"
note_en = "Amounts seen in a reprint of the notice, not checked against the official text or its annex of areas; to be confirmed by the bureau."

[[minimum_wage]]
key = "henan_class_1_2024"
area_zh = "河南省一类地区（郑州市区及新郑、荥阳、新密、登封、中牟）"
area_en = "Henan class 1 areas (Zhengzhou urban districts, Xinzheng, Xingyang, Xinmi, Dengfeng, Zhongmu)"
from = 2024-01-01
monthly_fen = 210000
hourly_fen = 2060
source = "豫政〔2023〕43号"
source_kind = "secondary"
as_of = 2026-11-26
confirmed = false
note_zh = "数额从政府网站的转载页面获得，未核对豫政〔2023〕43号原文，待人社局确认。"
note_en = "Amounts seen on a secondary government page, not checked against the text of 豫政〔2023〕43号; to be confirmed by the bureau."
"#;

/// The sample with `old` (written once in it) replaced.
fn with(old: &str, new: &str) -> String {
    assert_eq!(SAMPLE.matches(old).count(), 1, "{old:?} is not written exactly once");
    SAMPLE.replace(old, new)
}

fn errors_of(text: &str) -> String {
    match compile(text) {
        Ok(_) => panic!("the broken file compiled"),
        Err(e) => e.join("\n"),
    }
}

/// "line N" of the first line of `text` that holds `needle`.
fn line(text: &str, needle: &str) -> String {
    format!("line {}", text.lines().position(|l| l.contains(needle)).expect("the needle") + 1)
}

#[test]
fn the_file_compiles_and_an_edit_of_it_is_what_the_statics_say() {
    for text in [real(), SAMPLE.to_string()] {
        let code = compile(&text).expect("places.toml compiles");
        assert!(code.contains("pub static PLACES: [Place; ") && code.contains("pub static MINIMUM_WAGES: [MinimumWage; "), "{code}");
    }
    // The hall's details filled in, in the file only: the statics carry them.
    let filled = with(
        "address_zh = \"\"\naddress_en = \"\"\nhours_zh = \"\"\nhours_en = \"\"\nphone = \"\"\ntransit_zh = \"\"\ntransit_en = \"\"\nsource_zh = \"郑人社",
        "address_zh = \"郑州市某区某路1号\"\naddress_en = \"1 Some Road\"\nhours_zh = \"周一至周五\"\nhours_en = \"Mon–Fri\"\nphone = \"0371-00000000\"\ntransit_zh = \"\"\ntransit_en = \"\"\nsource_zh = \"郑人社",
    );
    let code = compile(&filled).expect("filled in");
    for v in [r#"address_zh: Some("郑州市某区某路1号")"#, r#"hours_en: Some("Mon–Fri")"#, r#"phone: Some("0371-00000000")"#, "transit_zh: None"]
    {
        assert!(code.contains(v), "{v}: {code}");
    }
    assert!(compile(&filled.replacen("confirmed = false", "confirmed = true", 1)).is_ok());
}

#[test]
fn yuan_typed_as_fen_stops_the_build_naming_the_row() {
    let text = with("monthly_fen = 210000", "monthly_fen = 2300");
    let e = errors_of(&text);
    assert!(
        e.contains(&format!(
            "places.toml {}: minimum_wage `henan_class_1_2024`, monthly_fen: 2300 fen is ¥23.00 a month",
            line(&text, "monthly_fen = 2300")
        )),
        "{e}"
    );
    assert!(e.contains("amounts are in fen: fen = yuan × 100 (if ¥2300 a month was meant, write monthly_fen = 230000)"), "{e}");
    // Ten times too much, and an hourly figure in yuan.
    let e = errors_of(&with("monthly_fen = 210000", "monthly_fen = 2100000"));
    assert!(e.contains("monthly_fen: 2100000 fen is ¥21000.00 a month, not between ¥1000.00 and ¥10000.00"), "{e}");
    let e = errors_of(&with("hourly_fen = 2060", "hourly_fen = 20"));
    assert!(e.contains("minimum_wage `henan_class_1_2024`, hourly_fen: 20 fen is ¥0.20 an hour") && e.contains("write hourly_fen = 2000"), "{e}");
    // ¥4.00 an hour is out of range too: no suggestion to write it.
    let e = errors_of(&with("hourly_fen = 2060", "hourly_fen = 400"));
    assert!(e.contains("hourly_fen: 400 fen is ¥4.00 an hour") && !e.contains("was meant"), "{e}");
}

#[test]
fn monthly_and_hourly_figures_that_do_not_fit_together_are_refused() {
    // ¥2,100 a month and ¥60 an hour: 35 hours' pay a month.
    let e = errors_of(&with("hourly_fen = 2060", "hourly_fen = 6000"));
    assert!(e.contains("minimum_wage `henan_class_1_2024`, hourly_fen: the monthly amount (¥2100.00) is 35 times the hourly one (¥60.00)"), "{e}");
}

#[test]
fn a_minimum_wage_is_not_lowered_and_rows_are_in_order() {
    let e = errors_of(&with("monthly_fen = 210000", "monthly_fen = 190000"));
    assert!(
        e.contains("minimum_wage `henan_class_1_2024`, monthly_fen: 190000 is less than the 200000 of the row before (`henan_class_1_2022`)"),
        "{e}"
    );
    let text = with("from = 2024-01-01", "from = 2021-06-01");
    let e = errors_of(&text);
    assert!(e.contains(&format!("places.toml {}: minimum_wage `henan_class_1_2024`, from: rows are in order of `from`; this row's 2021-06-01 is not after `henan_class_1_2022`'s", line(&text, "2021-06-01"))), "{e}");
}

#[test]
fn impossible_and_timed_dates_are_refused_with_their_line() {
    // The TOML parser knows the calendar, and says where.
    let text = with("from = 2024-01-01", "from = 2023-02-29");
    let e = errors_of(&text);
    assert!(e.starts_with("places.toml: TOML parse error at line ") && e.contains(&line(&text, "2023-02-29")), "{e}");
    let text = with("as_of = 2026-11-28", "as_of = 2026-11-28T09:00:00");
    let e = errors_of(&text);
    assert!(
        e.contains(&format!(
            "places.toml {}: minimum_wage `henan_class_1_2022`, as_of: 2026-11-28T09:00:00 is not a plain date",
            line(&text, "T09:00")
        )),
        "{e}"
    );
    let e = errors_of(&with("from = 2024-01-01", "from = 1899-01-01"));
    assert!(e.contains("minimum_wage `henan_class_1_2024`, from: 1899-01-01: the year must be between 1900 and 2199"), "{e}");
}

#[test]
fn an_entry_not_confirmed_says_why_in_both_languages() {
    let text = with("note_en = \"The hall's address, opening hours and phone number are to be confirmed by the bureau.\"", "note_en = \"\"");
    let e = errors_of(&text);
    assert!(
        e.contains(&format!(
            "places.toml {}: place `hall`, note_en: an entry not confirmed says what is missing or uncertain, in both languages",
            line(&text, "note_en = \"\"")
        )),
        "{e}"
    );
    // A confirmed hall has its address, hours and phone.
    let e = errors_of(&with("as_of = 2026-11-26\nconfirmed = false\nnote_zh = \"大厅", "as_of = 2026-11-26\nconfirmed = true\nnote_zh = \"大厅"));
    for field in ["address_zh", "hours_zh", "phone"] {
        assert!(e.contains(&format!("place `hall`, {field}: a hall marked confirmed = true needs its {field}")), "{e}");
    }
}

#[test]
fn keys_fields_and_languages_are_checked() {
    let e = errors_of(&with("key = \"hotline_12333\"", "key = \"hall\""));
    assert!(e.contains("place `hall`, key: the key is used twice"), "{e}");
    let e = errors_of(&with("key = \"henan_class_1_2022\"", "key = \"Henan 2022\""));
    assert!(e.contains("minimum_wage `Henan 2022`, key: the key must be snake_case"), "{e}");
    let e = errors_of(&with("source = \"豫政〔2023〕43号\"", "source = \"\""));
    assert!(e.contains("minimum_wage `henan_class_1_2024`, source: source is empty; it is required"), "{e}");
    // A misspelt field is refused with its line, not ignored.
    let text = with("source_kind = \"primary\"", "source_kind = \"primary\"\nadress_zh = \"郑州市\"");
    let e = errors_of(&text);
    assert!(e.contains(&line(&text, "adress_zh")) && e.contains("unknown field `adress_zh`"), "{e}");
    let e = errors_of(&with("kind = \"hotline\"", "kind = \"hotlline\""));
    assert!(e.contains("place `hotline_12333`, kind: kind \"hotlline\" must be \"hall\" or \"hotline\""), "{e}");
    // An address in one language only would be known on one screen and
    // "to be confirmed" on the other.
    let e = errors_of(&with(
        "address_zh = \"\"\naddress_en = \"\"\nhours_zh = \"\"\nhours_en = \"\"\nphone = \"\"",
        "address_zh = \"郑州市\"\naddress_en = \"\"\nhours_zh = \"\"\nhours_en = \"\"\nphone = \"\"",
    ));
    assert!(e.contains("place `hall`, address_en: give address_zh and address_en both, or neither"), "{e}");
    // Every problem at once, not the first.
    let text = with("key = \"henan_class_1_2022\"", "key = \"hall\"").replace("from = 2024-01-01", "from = 2021-01-01");
    assert_eq!(errors_of(&text).lines().count(), 2, "{}", errors_of(&text));
    let e = errors_of(&with("monthly_fen = 210000\nhourly_fen = 2060", "monthly_fen = 2100\nhourly_fen = 20"));
    assert_eq!(e.lines().count(), 2, "one message a figure, not also \"lower than the row before\": {e}");
}
