//! The answers a person chose to keep on their own phone, and how a save is
//! read back.
//!
//! A save is a JSON object tagged with a schema version,
//! `"schema": "weiquan.saved/1"`. Reading one never panics and never fails
//! the app: [`load`] returns either the save or why it was discarded, and the
//! UI tells the person in their language (keys `save_corrupt`,
//! `save_other_version`). Within a version, fields added later are optional
//! (they take their defaults), so an older save of the same version still
//! loads; and what a newer build of the same version may have added (a field,
//! a problem, a date, a language) is dropped, not fatal, so after a rollback
//! the person keeps everything this build knows; a different version is
//! discarded (no earlier version was ever shipped;
//! the day `weiquan.saved/2` exists, [`load`] is where `/1` is migrated).
//!
//! The JSON is written and read by hand ([`Saved::to_json`], [`load`] over
//! the small reader in [`crate::json`]), not by serde_json, to keep the wasm
//! bundle small. The serde derives stay for native tools and tests: a test
//! checks that the hand-written JSON is exactly serde_json's, and that
//! serde_json's output (even pretty-printed) loads back the same.
//!
//! Only the phone setting saves, and only with the person's consent; a kiosk
//! or an embedded widget never writes to storage (see the app's `mode.rs`).

use crate::sorted::SortedSet;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::details::{
    ClaimInputs, Details, Employer, Evidence, FactsTexts, OtherClaim, Person, Witness, CLAIM_FIELDS, EMPLOYER_FIELDS, PAPERS, PERSON_FIELDS,
};
use crate::interview::{Answers, DateField, Question, ORDER};
use crate::json::{self, write_str, Json};
use crate::rules::{FactValue, Lang, Problem};

/// A struct's field by name (`Person::field`…).
type Field<T> = for<'a, 'b> fn(&'a mut T, &'b str) -> Option<&'a mut String>;

/// The schema tag of the current save format.
pub const SCHEMA: &str = "weiquan.saved/1";

/// A save larger than this is not parsed (storage quotas are ~5 MB; a real
/// save is a few KB, even with long texts).
pub const MAX_BYTES: usize = 512 * 1024;

/// What is kept: the answers as typed, where the person was, their language,
/// and the checklist items they ticked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub schema: String,
    /// The day of the save (shown: "saved on …").
    pub saved_on: Date,
    #[serde(default)]
    pub lang: Lang,
    /// Where the person was: `start`, `review`, `result`, `summary`,
    /// `ask:dates` or `ask:<fact key>`. Unknown values resume at the review.
    #[serde(default)]
    pub screen: String,
    #[serde(default)]
    pub answers: Answers,
    #[serde(default)]
    pub ticked: SortedSet<String>,
    /// The summary's final form, as typed (name, ID number, employer…).
    #[serde(default)]
    pub details: Details,
}

impl Saved {
    pub fn new(saved_on: Date, lang: Lang) -> Saved {
        Saved {
            schema: SCHEMA.to_string(),
            saved_on,
            lang,
            screen: String::new(),
            answers: Answers::default(),
            ticked: SortedSet::new(),
            details: Details::default(),
        }
    }

    /// The save as JSON: byte for byte what `serde_json::to_string` gives
    /// for the derived `Serialize` (a test checks it), written by hand so
    /// that the wasm bundle carries no serde code for the save.
    pub fn to_json(&self) -> String {
        fn obj<T: Clone>(out: &mut String, names: &[&str], t: &T, field: Field<T>) {
            // `field` lends `&mut`: read from a copy.
            let mut t = t.clone();
            out.push('{');
            for (i, name) in names.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, name);
                out.push(':');
                write_str(out, field(&mut t, name).map(|s| s.as_str()).unwrap_or_default());
            }
        }
        fn list<T>(out: &mut String, key: &str, items: &[T], mut item: impl FnMut(&mut String, &T)) {
            write_str(out, key);
            out.push_str(":[");
            for (i, t) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                item(out, t);
            }
            out.push(']');
        }
        fn strings<'a>(out: &mut String, key: &str, items: impl Iterator<Item = &'a str>) {
            let items: Vec<&str> = items.collect();
            list(out, key, &items, |out, s| write_str(out, s));
        }
        fn map<'a>(out: &mut String, key: &str, items: impl Iterator<Item = (&'a str, &'a str)>) {
            write_str(out, key);
            out.push_str(":{");
            for (i, (k, v)) in items.enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write_str(out, v);
            }
            out.push('}');
        }
        let d = &self.details;
        let mut out = String::new();
        out.push_str("{\"schema\":");
        write_str(&mut out, &self.schema);
        out.push_str(",\"saved_on\":");
        write_str(&mut out, &self.saved_on.to_string());
        out.push_str(",\"lang\":");
        write_str(&mut out, self.lang.tag());
        out.push_str(",\"screen\":");
        write_str(&mut out, &self.screen);
        out.push_str(",\"answers\":{");
        strings(&mut out, "problems", self.answers.problems.iter().map(|p| p.key()));
        out.push(',');
        map(&mut out, "facts", self.answers.facts.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        out.push(',');
        map(&mut out, "dates", self.answers.dates.iter().map(|(k, v)| (k.key(), v.as_str())));
        out.push_str("},");
        strings(&mut out, "ticked", self.ticked.iter().map(String::as_str));
        out.push_str(",\"details\":{\"person\":");
        obj(&mut out, &PERSON_FIELDS, &d.person, Person::field);
        out.push_str("},");
        list(&mut out, "employers", &d.employers, |out, e| {
            obj(out, &EMPLOYER_FIELDS, e, Employer::field);
            out.push('}');
        });
        out.push_str(",\"claims\":");
        obj(&mut out, &CLAIM_FIELDS, &d.claims, ClaimInputs::field);
        out.push(',');
        list(&mut out, "other", &d.claims.other, |out, c| {
            obj(out, &["text", "amount"], c, OtherClaim::field);
            out.push('}');
        });
        out.push_str("},");
        list(&mut out, "evidence", &d.evidence, |out, e| {
            obj(out, &["item", "source"], e, Evidence::field);
            out.push('}');
        });
        out.push(',');
        list(&mut out, "witnesses", &d.witnesses, |out, w| {
            obj(out, &["name", "contact"], w, Witness::field);
            out.push('}');
        });
        // One text per paper, null where not edited; null when none is.
        out.push_str(",\"facts_text\":");
        if d.facts_text.edited().next().is_none() {
            out.push_str("null");
        } else {
            out.push('{');
            for (i, k) in PAPERS.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(&mut out, k);
                out.push(':');
                match d.facts_text.get(k) {
                    Some(t) => write_str(&mut out, t),
                    None => out.push_str("null"),
                }
            }
            out.push('}');
        }
        out.push_str(",\"workers\":");
        write_str(&mut out, &d.workers);
        out.push_str("}}");
        out
    }
}

/// Why a save was not used. It is deleted and the person told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Discarded {
    /// Not JSON, not a save, or fields of the wrong type.
    Corrupt(String),
    /// A save written by another version of the widget.
    OtherVersion(String),
}

impl Discarded {
    /// The message key the UI shows.
    pub fn key(&self) -> &'static str {
        match self {
            Discarded::Corrupt(_) => "save_corrupt",
            Discarded::OtherVersion(_) => "save_other_version",
        }
    }
}

/// Reads a save. Answers to facts this version does not know (or values it
/// does not know) are dropped rather than failing the whole save.
pub fn load(text: &str) -> Result<Saved, Discarded> {
    if text.len() > MAX_BYTES {
        return Err(Discarded::Corrupt(format!("{} bytes, more than {MAX_BYTES}", text.len())));
    }
    // A small hand-written reader (crate::json), not serde_json: see there.
    let members = match json::parse(text) {
        Ok(Json::Obj(members)) => members,
        Ok(v) => return Err(Discarded::Corrupt(format!("no schema tag: {} is not a save", v.kind()))),
        Err(e) => return Err(Discarded::Corrupt(format!("no schema tag: {e}"))),
    };
    let schema = match members.iter().find(|(k, _)| k == "schema") {
        Some((_, Json::Str(s))) => s.clone(),
        Some((_, v)) => return Err(Discarded::Corrupt(format!("no schema tag: schema is {}", v.kind()))),
        None => return Err(Discarded::Corrupt("no schema tag".into())),
    };
    match schema.as_str() {
        SCHEMA => {
            let mut saved = read_saved(members).map_err(Discarded::Corrupt)?;
            drop_unknown_facts(&mut saved.answers);
            Ok(saved)
        }
        s if s.starts_with("weiquan.saved/") => Err(Discarded::OtherVersion(s.to_string())),
        s => Err(Discarded::Corrupt(format!("not a save: schema {s:?}"))),
    }
}

fn members(v: Json, path: &str) -> Result<Vec<(String, Json)>, String> {
    match v {
        Json::Obj(m) => Ok(m),
        v => Err(format!("{path}: {} where an object belongs", v.kind())),
    }
}

fn items(v: Json, path: &str) -> Result<Vec<Json>, String> {
    match v {
        Json::Arr(a) => Ok(a),
        v => Err(format!("{path}: {} where an array belongs", v.kind())),
    }
}

fn string(v: Json, path: &str) -> Result<String, String> {
    match v {
        Json::Str(s) => Ok(s),
        v => Err(format!("{path}: {} where a string belongs", v.kind())),
    }
}

/// Fills a struct of strings through its `field` accessor; unknown names are
/// ignored (the form's structs take defaults and tolerate extra fields).
fn fields<T: Default>(v: Json, path: &str, field: Field<T>) -> Result<T, String> {
    let mut t = T::default();
    for (k, v) in members(v, path)? {
        if let Some(f) = field(&mut t, &k) {
            *f = string(v, &format!("{path}.{k}"))?;
        }
    }
    Ok(t)
}

fn list<T>(v: Json, path: &str, mut item: impl FnMut(Json, &str) -> Result<T, String>) -> Result<Vec<T>, String> {
    let mut out = Vec::new();
    for (i, v) in items(v, path)?.into_iter().enumerate() {
        out.push(item(v, &format!("{path}[{i}]"))?);
    }
    Ok(out)
}

fn read_details(v: Json) -> Result<Details, String> {
    let mut d = Details::default();
    for (k, v) in members(v, "details")? {
        match k.as_str() {
            "person" => d.person = fields(v, "details.person", Person::field)?,
            "employers" => d.employers = list(v, "details.employers", |v, p| fields(v, p, Employer::field))?,
            "claims" => {
                for (k, v) in members(v, "details.claims")? {
                    if k == "other" {
                        d.claims.other = list(v, "details.claims.other", |v, p| fields(v, p, OtherClaim::field))?;
                    } else if let Some(f) = d.claims.field(&k) {
                        *f = string(v, &format!("details.claims.{k}"))?;
                    }
                }
            }
            "evidence" => d.evidence = list(v, "details.evidence", |v, p| fields(v, p, Evidence::field))?,
            "witnesses" => d.witnesses = list(v, "details.witnesses", |v, p| fields(v, p, Witness::field))?,
            "workers" => d.workers = string(v, "details.workers")?,
            "facts_text" => {
                d.facts_text = match v {
                    Json::Null => FactsTexts::default(),
                    // One text for every paper (saved before they were one per paper).
                    Json::Str(t) => FactsTexts::all(Some(t)),
                    v => {
                        let mut f = FactsTexts::default();
                        for (k, v) in members(v, "details.facts_text")? {
                            if let Some(slot) = f.slot(&k) {
                                *slot = match v {
                                    Json::Null => None,
                                    v => Some(string(v, &format!("details.facts_text.{k}"))?),
                                };
                            }
                        }
                        f
                    }
                }
            }
            _ => {}
        }
    }
    // No more rows than the form lets anyone add (only an edited save has
    // more: 3,000 evidence rows took seconds to draw).
    use crate::details::{MAX_EMPLOYERS, MAX_EVIDENCE, MAX_OTHER_CLAIMS, MAX_WITNESSES};
    d.employers.truncate(MAX_EMPLOYERS);
    d.claims.other.truncate(MAX_OTHER_CLAIMS);
    d.evidence.truncate(MAX_EVIDENCE);
    d.witnesses.truncate(MAX_WITNESSES);
    Ok(d)
}

fn read_answers(v: Json) -> Result<Answers, String> {
    let mut a = Answers::default();
    for (k, v) in members(v, "answers")? {
        match k.as_str() {
            "problems" => {
                // A problem a newer build knows and this one does not is dropped.
                a.problems = list(v, "answers.problems", |v, p| string(v, p).map(|key| Problem::from_key(&key)))?.into_iter().flatten().collect()
            }
            "facts" => {
                a.facts.clear();
                for (k, v) in members(v, "answers.facts")? {
                    let value = string(v, &format!("answers.facts.{k}"))?;
                    a.facts.insert(k, value);
                }
            }
            "dates" => {
                a.dates.clear();
                for (k, v) in members(v, "answers.dates")? {
                    let value = string(v, &format!("answers.dates.{k}"))?;
                    if let Some(field) = DateField::ALL.into_iter().find(|f| f.key() == k) {
                        a.dates.insert(field, value);
                    }
                }
            }
            _ => {}
        }
    }
    // Saved before the signing had its own question: the one "put right"
    // date, asked then for a missing contract alone, was the signing's.
    if crate::interview::put_right_day_was_the_signing(&a.problems) && !a.dates.contains_key(&DateField::ContractSigned) {
        if let Some(text) = a.dates.remove(&DateField::ViolationEnd) {
            a.dates.insert(DateField::ContractSigned, text);
        }
    }
    Ok(a)
}

fn read_saved(members: Vec<(String, Json)>) -> Result<Saved, String> {
    let mut saved = Saved::new(Date::from_days_since_epoch(0), Lang::Zh);
    let mut saved_on = None;
    for (k, v) in members {
        match k.as_str() {
            "schema" => saved.schema = string(v, "schema")?,
            "saved_on" => {
                let text = string(v, "saved_on")?;
                saved_on = Some(Date::parse(&text).map_err(|e| format!("saved_on: {e}: {text:?}"))?);
            }
            "lang" => {
                let tag = string(v, "lang")?;
                saved.lang = Lang::ALL.into_iter().find(|l| l.tag() == tag).unwrap_or_default();
            }
            "screen" => saved.screen = string(v, "screen")?,
            "answers" => saved.answers = read_answers(v)?,
            "ticked" => {
                // Inserted one by one: collecting would sort, and the sort
                // is several KB of wasm code.
                saved.ticked.clear();
                for s in list(v, "ticked", string)? {
                    saved.ticked.insert(s);
                }
            }
            "details" => saved.details = read_details(v)?,
            _ => {}
        }
    }
    saved.saved_on = saved_on.ok_or("missing field \"saved_on\"")?;
    Ok(saved)
}

fn drop_unknown_facts(answers: &mut Answers) {
    answers.facts.retain(|key, value| {
        ORDER.iter().any(|q| match q {
            Question::Fact(f) => f.key() == key && f.meta().values.contains(&value.as_str()),
            Question::Dates => false,
        })
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::DateField;
    use crate::rules::{FactId, Problem};
    use proptest::prelude::*;

    fn sample() -> Saved {
        let mut s = Saved::new(Date::parse("2026-11-26").unwrap(), Lang::En);
        s.screen = "ask:dates".into();
        s.answers.toggle_problem(Problem::WagesUnpaid);
        s.answers.set(FactId::Reporter, 0);
        s.answers.set_date(DateField::Known, "2026-02-31");
        s.ticked.insert("id_card_arbitration".into());
        s.details.person.name = "张三 <b>".into();
        s.details.person.id_number = "41010219900315123".into(); // one digit short: kept as typed
        s
    }

    #[test]
    fn a_save_round_trips_with_invalid_typed_text_kept() {
        let s = sample();
        let back = load(&s.to_json()).unwrap();
        assert_eq!(back, s);
        assert_eq!(back.answers.date_text(DateField::Known), "2026-02-31");
    }

    /// An edited save with more rows than the form allows keeps the first
    /// ones (the form never writes more).
    #[test]
    fn rows_beyond_the_forms_limits_are_not_restored() {
        let rows = |n: usize, row: &str| vec![row; n].join(",");
        let text = format!(
            r#"{{"schema":"weiquan.saved/1","saved_on":"2026-01-02","details":{{"employers":[{}],"claims":{{"other":[{}]}},"evidence":[{}],"witnesses":[{}]}}}}"#,
            rows(9, r#"{"name":"甲"}"#),
            rows(40, r#"{"text":"t"}"#),
            rows(3000, r#"{"item":"i"}"#),
            rows(40, r#"{"name":"w"}"#)
        );
        let d = load(&text).unwrap().details;
        assert_eq!(
            (d.employers.len(), d.claims.other.len(), d.evidence.len(), d.witnesses.len()),
            (crate::details::MAX_EMPLOYERS, crate::details::MAX_OTHER_CLAIMS, crate::details::MAX_EVIDENCE, crate::details::MAX_WITNESSES)
        );
        assert_eq!(d.evidence[0].item, "i");
    }

    #[test]
    fn fields_missing_from_an_older_save_of_the_same_version_take_defaults() {
        let back = load(r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02"}"#).unwrap();
        assert_eq!(back.answers, Answers::default());
        assert_eq!((back.lang, back.screen.as_str()), (Lang::Zh, ""));
    }

    /// Saved before the signing had its own question: the "put right" date
    /// of a missing contract alone was the signing's, and is moved there
    /// (nothing typed is lost); with wages also owed it was theirs, and stays.
    #[test]
    fn an_older_saves_put_right_date_of_a_missing_contract_is_its_signing() {
        let older = |problems: &str| {
            let text = format!(
                r#"{{"schema":"weiquan.saved/1","saved_on":"2026-01-02","answers":{{"problems":[{problems}],"dates":{{"violation_end":"2025-6-1"}}}}}}"#
            );
            load(&text).expect("kept").answers
        };
        let alone = older(r#""no_contract""#);
        assert_eq!((alone.date_text(DateField::ContractSigned), alone.date_text(DateField::ViolationEnd)), ("2025-6-1", ""));
        let both = older(r#""no_contract","wages_unpaid""#);
        assert_eq!((both.date_text(DateField::ContractSigned), both.date_text(DateField::ViolationEnd)), ("", "2025-6-1"));
        let mut newer = Saved::new(Date::parse("2026-11-26").unwrap(), Lang::Zh);
        newer.answers.toggle_problem(Problem::NoContract);
        newer.answers.set_date(DateField::ContractSigned, "2025-06-01");
        assert_eq!(load(&newer.to_json()).unwrap(), newer);
    }

    /// A save written by a newer build of the same version (after a
    /// rollback): what this build does not know is dropped, the rest kept.
    #[test]
    fn what_a_newer_build_added_is_dropped_and_the_rest_kept() {
        let text = r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","lang":"ug","screen":"summary","later":{"x":[1]},
            "answers":{"problems":["flying","wages_unpaid"],"dates":{"someday":"1","job_start":"2025-03-01"},"extra":[]},
            "details":{"person":{"name":"张三"}}}"#;
        let s = load(text).expect("kept");
        assert_eq!(s.answers.problems, [Problem::WagesUnpaid]);
        assert_eq!(s.answers.date_text(DateField::JobStart), "2025-03-01");
        assert_eq!(s.answers.dates.len(), 1);
        assert_eq!((s.lang, s.screen.as_str()), (Lang::Zh, "summary"));
        assert_eq!(s.details.person.name, "张三");
    }

    #[test]
    fn unknown_facts_and_values_are_dropped_not_fatal() {
        let mut s = sample();
        s.answers.facts.insert("no_such_fact".into(), "yes".into());
        s.answers.facts.insert(FactId::Reporter.key().into(), "martian".into());
        s.answers.facts.insert(FactId::Employment.key().into(), FactId::Employment.meta().values[0].into());
        let back = load(&s.to_json()).unwrap();
        assert_eq!(back.answers.facts.len(), 1);
        assert_eq!(back.answers.value(FactId::Employment), Some(0));
    }

    #[test]
    fn corrupt_and_foreign_saves_are_discarded_with_a_reason() {
        let cases = [
            ("", "save_corrupt"),
            ("{", "save_corrupt"),
            ("[]", "save_corrupt"),
            ("null", "save_corrupt"),
            (r#"{"schema":7}"#, "save_corrupt"),
            (r#"{"schema":"other.app/1"}"#, "save_corrupt"),
            (r#"{"schema":"weiquan.saved/1"}"#, "save_corrupt"),
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-02-30"}"#, "save_corrupt"),
            (r#"{"schema":"weiquan.saved/0","answers":"old"}"#, "save_other_version"),
            (r#"{"schema":"weiquan.saved/2"}"#, "save_other_version"),
        ];
        for (text, key) in cases {
            assert_eq!(load(text).map(|_| ()).map_err(|d| d.key()), Err(key), "{text}");
        }
        let huge = format!(r#"{{"schema":"weiquan.saved/1","saved_on":"2026-01-02","screen":"{}"}}"#, "x".repeat(MAX_BYTES));
        assert_eq!(load(&huge).unwrap_err().key(), "save_corrupt");
    }

    /// A save with every kind of field filled, from arbitrary strings.
    fn filled(t: &[String]) -> Saved {
        let mut s = sample();
        s.lang = if t[0].len() % 2 == 0 { Lang::Zh } else { Lang::En };
        s.screen = t[0].clone();
        s.answers.problems = Problem::ALL.to_vec();
        for (i, f) in DateField::ALL.into_iter().enumerate() {
            s.answers.dates.insert(f, t[i % t.len()].clone());
        }
        s.ticked.extend(t.iter().cloned());
        let mut paths: Vec<String> = PERSON_FIELDS.iter().map(|f| format!("person.{f}")).collect();
        paths.extend(CLAIM_FIELDS.iter().map(|f| format!("claims.{f}")));
        paths.extend(EMPLOYER_FIELDS.iter().map(|f| format!("employers[1].{f}")));
        paths.extend(["claims.other[1].text", "claims.other[0].amount", "evidence[0].item", "evidence[1].source"].map(String::from));
        paths.extend(["witnesses[0].name", "witnesses[0].contact", "facts_text.inspection", "facts_text.arbitration", "workers"].map(String::from));
        for (i, p) in paths.iter().enumerate() {
            assert!(s.details.set(p, t[i % t.len()].clone()), "{p}");
        }
        s
    }

    #[test]
    fn the_hand_written_save_is_serde_json_byte_for_byte() {
        let mut s = sample();
        assert_eq!(s.to_json(), serde_json::to_string(&s).unwrap());
        s.details.facts_text.arbitration = Some("事实\n\"理由\"".into());
        assert_eq!(s.to_json(), serde_json::to_string(&s).unwrap());
        let s = filled(&["a\u{1}\\".into(), "".into(), "张三 \u{202e}".into()]);
        assert_eq!(s.to_json(), serde_json::to_string(&s).unwrap());
        assert_eq!(load(&s.to_json()).unwrap(), s);
    }

    #[test]
    fn a_save_written_by_serde_reads_the_same_and_bad_fields_are_named() {
        let s = filled(&["x".into(), "y".into()]);
        let pretty = serde_json::to_string_pretty(&s).unwrap();
        assert_eq!(load(&pretty).unwrap(), s);
        let bad = [
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","details":{"person":{"name":1}}}"#, "details.person.name"),
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","details":{"witnesses":[{"name":null}]}}"#, "details.witnesses[0].name"),
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","answers":{"dates":{"job_start":1}}}"#, "answers.dates.job_start"),
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","answers":{"problems":[1]}}"#, "answers.problems[0]"),
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","lang":2}"#, "lang"),
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","ticked":[1]}"#, "ticked[0]"),
        ];
        for (text, path) in bad {
            match load(text) {
                Err(Discarded::Corrupt(why)) => assert!(why.starts_with(path), "{text}: {why}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        // The form tolerates fields it does not know; a null edited text is "not edited".
        let ok = r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","details":{"person":{"nick":"z"},"facts_text":null,"later":{}}}"#;
        assert_eq!(load(ok).unwrap().details, Details::default());
        // One text, saved before the texts were one per paper: every paper's.
        let one = r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","details":{"facts_text":"事实"}}"#;
        assert_eq!(load(one).unwrap().details.facts_text, FactsTexts::all(Some("事实".into())));
        let bad = r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","details":{"facts_text":{"audit":1}}}"#;
        assert!(matches!(load(bad), Err(Discarded::Corrupt(why)) if why.starts_with("details.facts_text.audit")));
    }

    proptest! {
        // Whatever is in storage (arbitrary text, or a real save with bytes
        // changed), loading never panics: it is a save or a reason.
        #[test]
        fn loading_anything_never_panics(text in ".{0,400}") {
            let _ = load(&text);
        }

        #[test]
        fn any_save_round_trips_exactly(t in proptest::collection::vec("\\PC{0,12}|[\\x00-\\x1f\"\\\\]{0,4}", 1..5)) {
            let s = filled(&t);
            prop_assert_eq!(s.to_json(), serde_json::to_string(&s).unwrap());
            prop_assert_eq!(load(&s.to_json()).unwrap(), s);
        }

        #[test]
        fn a_mangled_save_never_panics(pos in 0usize..400, byte in any::<u8>()) {
            let mut bytes = sample().to_json().into_bytes();
            let i = pos % bytes.len();
            bytes[i] = byte;
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(s) = load(&text) {
                prop_assert_eq!(s.schema.as_str(), SCHEMA);
            }
        }
    }
}
