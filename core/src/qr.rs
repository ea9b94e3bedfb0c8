//! The QR code the window staff scan: the structured case in a compact,
//! versioned line format, encoded with Nayuki's `qrcodegen` at error
//! correction level M.
//!
//! ## Payload `WQ1`
//!
//! UTF-8 text, one record per line (`\n`). The first line is `WQ1F` (full)
//! or `WQ1R` (reduced). Each further line is `K:` and fields separated by
//! `|`; inside a field `\` is written `\\`, `|` is `\|` and a newline `\n`.
//! Readers ignore lines with a key they do not know.
//!
//! | key | fields |
//! |---|---|
//! | `T` | date of the case (`YYYY-MM-DD`) |
//! | `P` | problem keys, comma-separated |
//! | `B` | body keys (`inspection`, `audit`, `arbitration`), comma-separated |
//! | `N` | person: name, sex (`M`/`F`/empty), birth date, ID number, phone, address, occupation |
//! | `E` | one respondent: name, address, legal representative, title, credit code |
//! | `C` | one claim: body key, claim key, amount in fen (or empty), final award (`1`/`0`/empty) |
//! | `V` | one piece of evidence: item, source |
//! | `W` | one witness: name, address or phone |
//! | `F` | facts and reasons (Chinese) |
//!
//! ## Capacity
//!
//! At most QR version [`MAX_VERSION`] (25: 117 × 117 modules, which a hall
//! scanner or phone reads from a code printed about 5 cm wide), level M:
//! [`MAX_BYTES`] bytes, about 330 Chinese characters. When the full payload
//! is larger, the widget encodes the **reduced** payload (`WQ1R`): identity,
//! respondents' names, legal representatives and credit codes, problems,
//! bodies and claims with amounts; no addresses, evidence, witnesses or
//! facts, and every typed text cut to [`REDUCED_FIELD_CHARS`] characters. The UI
//! then says the full text is on the printed page. If even that does not fit
//! (only with absurd input), there is no code ([`QrError::TooLarge`]).

use crate::date::Date;
use crate::details::{self, line, Details};
use crate::documents::{self, Document};
use crate::routing::Routing;
use crate::rules::FactValue;
use crate::situation::Situation;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use serde::Serialize;

pub const MAX_VERSION: u8 = 25;
/// Byte-mode capacity of version 25 at level M (checked by a test).
pub const MAX_BYTES: usize = 997;
pub const REDUCED_FIELD_CHARS: usize = 20;
/// Modules of white border on each side (the standard's quiet zone).
pub const QUIET_ZONE: usize = 4;

/// The structured case the code carries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct QrCase {
    pub reduced: bool,
    pub today: String,
    pub problems: Vec<String>,
    pub bodies: Vec<String>,
    /// name, sex (`M`/`F`/""), birth date, ID, phone, address, occupation
    pub person: Vec<String>,
    /// name, address, legal representative, title, credit code
    pub employers: Vec<Vec<String>>,
    /// body, key, amount in fen, final award flag
    pub claims: Vec<Vec<String>>,
    pub evidence: Vec<Vec<String>>,
    pub witnesses: Vec<Vec<String>>,
    pub facts: String,
    /// A report by someone else: the workers it is about (names, phones or
    /// how many); empty on a worker's own case.
    pub workers: String,
}

/// Builds the full case from what the documents show.
pub fn case_for(s: &Situation, routing: &Routing, d: &Details, docs: &[Document], today: Date) -> QrCase {
    let id = crate::validate::resident_id(&d.person.id_number, today).ok();
    let sex = match documents::is_male(&d.person, id) {
        Some(true) => "M",
        Some(false) => "F",
        None => "",
    };
    let birth = details::date_field(&d.person.birth_date).ok().flatten().or(id.map(|i| i.birth));
    let p = &d.person;
    let mut employers = Vec::new();
    if let Some(doc) = docs.first() {
        // The respondents as the documents list them (after the person).
        // A report's workers concerned are not an employer.
        for party in doc.parties.iter().skip(1).filter(|p| documents::is_employer_party(p)) {
            employers.push(party.fields.iter().map(|f| f.value.clone()).collect());
        }
    }
    let mut claims = Vec::new();
    for doc in docs {
        for c in &doc.claims {
            claims.push(vec![
                doc.body.key().to_string(),
                c.key.clone(),
                c.amount_fen.map(|a| a.to_string()).unwrap_or_default(),
                c.final_award.map(|f| if f.under { "1" } else { "0" }.to_string()).unwrap_or_default(),
            ]);
        }
    }
    // Each paper tells its own facts: the whole case's code carries them
    // all, each under its paper's title (a window reading it must not take
    // the complaint's facts for the application's).
    let facts = match docs {
        [one] => one.facts.clone(),
        _ => docs.iter().map(|doc| format!("【{}】\n{}", doc.title, doc.facts)).collect::<Vec<_>>().join("\n\n"),
    };
    QrCase {
        reduced: false,
        today: today.to_string(),
        problems: s.problems.iter().map(|p| p.key().to_string()).collect(),
        bodies: documents::bodies(routing).iter().map(|(b, _, _)| b.key().to_string()).collect(),
        person: vec![
            line(&p.name),
            sex.into(),
            birth.map(|b| b.to_string()).unwrap_or_default(),
            p.id_number_as_printed(),
            p.phone_as_printed(),
            line(&p.address),
            line(&p.occupation),
        ],
        employers,
        claims,
        evidence: docs.first().map(|doc| doc.evidence.iter().map(|e| vec![e.text.clone(), e.detail.clone()]).collect()).unwrap_or_default(),
        // Only a paper's witnesses: the form hides the field where no paper
        // names any, and what was typed there before stays on the device.
        witnesses: docs
            .iter()
            .find(|doc| !doc.witnesses.is_empty())
            .map(|doc| doc.witnesses.iter().map(|w| vec![w.text.clone(), w.detail.clone()]).collect())
            .unwrap_or_default(),
        facts,
        workers: if s.reporter == crate::rules::Reporter::ThirdParty { line(&d.workers) } else { String::new() },
    }
}

fn cut(s: &str) -> String {
    s.chars().take(REDUCED_FIELD_CHARS).collect()
}

impl QrCase {
    /// The reduced case: identity, respondents (no addresses), problems,
    /// bodies, claims; every typed text cut to [`REDUCED_FIELD_CHARS`]
    /// characters.
    pub fn reduced(&self) -> QrCase {
        let pick = |v: &[String], keep: &[usize]| -> Vec<String> {
            (0..v.len()).map(|i| if keep.contains(&i) { cut(&v[i]) } else { String::new() }).collect()
        };
        QrCase {
            reduced: true,
            // Keys, dates and amounts are short and kept whole.
            today: self.today.clone(),
            problems: self.problems.clone(),
            bodies: self.bodies.clone(),
            person: pick(&self.person, &[0, 1, 2, 3, 4]),
            employers: self.employers.iter().map(|e| pick(e, &[0, 2, 4])).collect(),
            claims: self.claims.clone(),
            evidence: Vec::new(),
            witnesses: Vec::new(),
            facts: String::new(),
            // Whom a report is about stays, as the person's identity does.
            workers: cut(&self.workers),
        }
    }
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '|' => o.push_str("\\|"),
            '\n' => o.push_str("\\n"),
            c if c.is_control() || details::is_bidi_control(c) => {}
            c => o.push(c),
        }
    }
    o
}

/// The `WQ1` payload of a case.
pub fn payload(c: &QrCase) -> String {
    let mut out = String::from(if c.reduced { "WQ1R" } else { "WQ1F" });
    let mut rec = |k: &str, fields: &[String]| {
        out.push('\n');
        out.push_str(k);
        out.push(':');
        out.push_str(&fields.iter().map(|f| esc(f)).collect::<Vec<_>>().join("|"));
    };
    rec("T", std::slice::from_ref(&c.today));
    rec("P", &[c.problems.join(",")]);
    rec("B", &[c.bodies.join(",")]);
    rec("N", &c.person);
    for e in &c.employers {
        rec("E", e);
    }
    for x in &c.claims {
        rec("C", x);
    }
    for x in &c.evidence {
        rec("V", x);
    }
    for x in &c.witnesses {
        rec("W", x);
    }
    if !c.workers.is_empty() {
        rec("K", std::slice::from_ref(&c.workers));
    }
    if !c.facts.is_empty() {
        rec("F", std::slice::from_ref(&c.facts));
    }
    out
}

/// Splits a record body on unescaped `|` and unescapes each field.
fn fields(s: &str) -> Result<Vec<String>, String> {
    let mut out = vec![String::new()];
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\') => out.last_mut().map(|f| f.push('\\')).unwrap_or(()),
                Some('|') => out.last_mut().map(|f| f.push('|')).unwrap_or(()),
                Some('n') => out.last_mut().map(|f| f.push('\n')).unwrap_or(()),
                other => return Err(format!("bad escape \\{}", other.map(String::from).unwrap_or_default())),
            },
            '|' => out.push(String::new()),
            c => out.last_mut().map(|f| f.push(c)).unwrap_or(()),
        }
    }
    Ok(out)
}

fn list(s: &str) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(',').map(str::to_string).collect()
    }
}

/// Reads a `WQ1` payload back. Errors name the line.
pub fn parse(text: &str) -> Result<QrCase, String> {
    let mut lines = text.split('\n');
    let mut c = QrCase::default();
    match lines.next() {
        Some("WQ1F") => c.reduced = false,
        Some("WQ1R") => c.reduced = true,
        other => return Err(format!("line 1: not a WQ1 payload: {:?}", other.unwrap_or(""))),
    }
    for (n, l) in lines.enumerate() {
        let Some((k, rest)) = l.split_once(':') else { return Err(format!("line {}: no key", n + 2)) };
        let f = fields(rest).map_err(|e| format!("line {}: {e}", n + 2))?;
        let one = || f.first().cloned().unwrap_or_default();
        match k {
            "T" => c.today = one(),
            "P" => c.problems = list(&one()),
            "B" => c.bodies = list(&one()),
            "N" => c.person = f,
            "E" => c.employers.push(f),
            "C" => c.claims.push(f),
            "V" => c.evidence.push(f),
            "W" => c.witnesses.push(f),
            "F" => c.facts = one(),
            "K" => c.workers = one(),
            _ => {}
        }
    }
    Ok(c)
}

/// An encoded code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub payload: String,
    pub reduced: bool,
    pub version: u8,
    /// Modules per side (without the quiet zone).
    pub size: usize,
    /// Row-major, `true` = dark.
    pub modules: Vec<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// Even the reduced payload is above [`MAX_BYTES`].
    TooLarge,
}

fn encode_text(text: &str) -> Option<QrCode> {
    let segs = [QrSegment::make_bytes(text.as_bytes())];
    QrCode::encode_segments_advanced(&segs, QrCodeEcc::Medium, Version::new(1), Version::new(MAX_VERSION), None, false).ok()
}

/// Encodes the case: full if it fits, else reduced, else [`QrError::TooLarge`].
pub fn encode(c: &QrCase) -> Result<Qr, QrError> {
    let full = payload(c);
    let (text, code) = match encode_text(&full) {
        Some(code) => (full, code),
        None => {
            let r = payload(&c.reduced());
            let code = encode_text(&r).ok_or(QrError::TooLarge)?;
            (r, code)
        }
    };
    let size = code.size().max(0) as usize;
    let mut modules = Vec::with_capacity(size * size);
    for y in 0..size {
        for x in 0..size {
            modules.push(code.get_module(x as i32, y as i32));
        }
    }
    Ok(Qr { reduced: text.starts_with("WQ1R"), payload: text, version: code.version().value(), size, modules })
}

impl Qr {
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// Side of the SVG in modules, quiet zone included.
    pub fn side(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// `0 0 side side`.
    pub fn view_box(&self) -> String {
        format!("0 0 {0} {0}", self.side())
    }

    /// One SVG path for every dark module: each horizontal run of dark
    /// modules is a rectangle `M x y h w v1 h -w z`, offset by the quiet zone.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.dark(x, y) {
                    let start = x;
                    while x < self.size && self.dark(x, y) {
                        x += 1;
                    }
                    let w = x - start;
                    d.push_str(&format!("M{} {}h{w}v1h-{w}z", start + QUIET_ZONE, y + QUIET_ZONE));
                } else {
                    x += 1;
                }
            }
        }
        d
    }
}

/// Everything at once: the case, then its code.
pub fn for_case(s: &Situation, routing: &Routing, d: &Details, docs: &[Document], today: Date) -> Result<Qr, QrError> {
    encode(&case_for(s, routing, d, docs, today))
}

/// The code printed on one paper: that paper's body, problems, claims and
/// facts only. The arbitration application's copy goes to the employer
/// (调解仲裁法 第三十条): a code of the whole case would carry what was
/// reported to inspection in confidence.
pub fn paper_case(s: &Situation, routing: &Routing, d: &Details, doc: &Document, today: Date) -> QrCase {
    let own = documents::papers(s, routing).into_iter().find(|(b, _)| *b == doc.body).map(|(_, own)| own).unwrap_or_else(|| s.clone());
    let mut case = case_for(&own, routing, d, std::slice::from_ref(doc), today);
    case.bodies = vec![doc.body.key().to_string()];
    case
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_constant_is_the_real_limit() {
        let fits = "a".repeat(MAX_BYTES);
        let code = encode_text(&fits).expect("MAX_BYTES fits");
        assert_eq!(code.version().value(), MAX_VERSION);
        assert!(encode_text(&"a".repeat(MAX_BYTES + 1)).is_none());
    }

    #[test]
    fn escapes_round_trip() {
        let c =
            QrCase { today: "2026-11-26".into(), person: vec!["a|b\\c\nd".into(), "M".into()], facts: "一\n二|三\\".into(), ..QrCase::default() };
        assert_eq!(parse(&payload(&c)).unwrap(), c);
        assert!(parse("XYZ").is_err());
        assert!(parse("WQ1F\nN:bad\\q").is_err());
    }
}
