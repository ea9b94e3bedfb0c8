//! The answers a person chose to keep on their own phone, and how a save is
//! read back.
//!
//! A save is a JSON object tagged with a schema version,
//! `"schema": "weiquan.saved/1"`. Reading one never panics and never fails
//! the app: [`load`] returns either the save or why it was discarded, and the
//! UI tells the person in their language (keys `save_corrupt`,
//! `save_other_version`). Within a version, fields added later are optional
//! (`#[serde(default)]`), so an older save of the same version still loads;
//! a different version is discarded (no earlier version was ever shipped;
//! the day `weiquan.saved/2` exists, [`load`] is where `/1` is migrated).
//!
//! Only the phone setting saves, and only with the person's consent; a kiosk
//! or an embedded widget never writes to storage (see the app's `mode.rs`).

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::details::Details;
use crate::interview::{Answers, ORDER, Question};
use crate::rules::Lang;

/// The schema tag of the current save format.
pub const SCHEMA: &str = "weiquan.saved/1";

/// A save larger than this is not parsed (storage quotas are ~5 MB; a real
/// save is a few KB, even with long texts).
pub const MAX_BYTES: usize = 512 * 1024;

/// What is kept: the answers as typed, where the person was, their language,
/// and the checklist items they ticked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    pub ticked: BTreeSet<String>,
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
            ticked: BTreeSet::new(),
            details: Details::default(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
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
    // Typed reads only (no `serde_json::Value`): a generic JSON tree would
    // pull a float parser and more into the wasm bundle for nothing.
    #[derive(Deserialize)]
    struct Tag {
        schema: String,
    }
    let tag: Tag = serde_json::from_str(text).map_err(|e| Discarded::Corrupt(format!("no schema tag: {e}")))?;
    match tag.schema.as_str() {
        SCHEMA => {
            let mut saved: Saved = serde_json::from_str(text).map_err(|e| Discarded::Corrupt(e.to_string()))?;
            drop_unknown_facts(&mut saved.answers);
            Ok(saved)
        }
        s if s.starts_with("weiquan.saved/") => Err(Discarded::OtherVersion(s.to_string())),
        s => Err(Discarded::Corrupt(format!("not a save: schema {s:?}"))),
    }
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

    #[test]
    fn fields_missing_from_an_older_save_of_the_same_version_take_defaults() {
        let back = load(r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02"}"#).unwrap();
        assert_eq!(back.answers, Answers::default());
        assert_eq!((back.lang, back.screen.as_str()), (Lang::Zh, ""));
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
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","answers":{"problems":["flying"]}}"#, "save_corrupt"),
            (r#"{"schema":"weiquan.saved/1","saved_on":"2026-01-02","extra":1}"#, "save_corrupt"),
            (r#"{"schema":"weiquan.saved/0","answers":"old"}"#, "save_other_version"),
            (r#"{"schema":"weiquan.saved/2"}"#, "save_other_version"),
        ];
        for (text, key) in cases {
            assert_eq!(load(text).map(|_| ()).map_err(|d| d.key()), Err(key), "{text}");
        }
        let huge = format!(r#"{{"schema":"weiquan.saved/1","saved_on":"2026-01-02","screen":"{}"}}"#, "x".repeat(MAX_BYTES));
        assert_eq!(load(&huge).unwrap_err().key(), "save_corrupt");
    }

    proptest! {
        // Whatever is in storage (arbitrary text, or a real save with bytes
        // changed), loading never panics: it is a save or a reason.
        #[test]
        fn loading_anything_never_panics(text in ".{0,400}") {
            let _ = load(&text);
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
