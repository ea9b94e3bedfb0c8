//! The summary's final form: what the interview does not ask (who the person
//! is, the employer's registered details, the figures the money calculators
//! need, evidence and witnesses), kept exactly as typed.
//!
//! Every field is a raw `String` so that nothing typed is ever lost, even when
//! it does not validate; [`validate()`] reports each problem with the field's
//! path (`person.id_number`, `employers[1].credit_code`) and a stable key the
//! UI maps to a message. [`Details::get`] / [`Details::set`] address fields by
//! the same paths, so one generic UI action can edit any of them.
//!
//! [`clean`] strips what must never reach a document, a download or a QR code:
//! control characters and the invisible bidirectional-formatting characters.

use crate::date::Date;
use crate::interview::parse_date;
use crate::rules::Problem;
use crate::situation::FieldError;
use crate::validate;
use serde::{Deserialize, Serialize};

/// The person (complainant, reporter or applicant).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// `male`, `female` or empty (then taken from the ID number).
    pub sex: String,
    /// `YYYY-MM-DD` (also `2025/3/1`); empty: taken from the ID number.
    pub birth_date: String,
    pub id_number: String,
    pub phone: String,
    /// Address for service of documents (住所 / 通讯地址).
    pub address: String,
    /// 职业 (art. 28 of the arbitration law asks for it).
    pub occupation: String,
}

/// An employer (respondent). With labour dispatch there are two: the
/// dispatch agency and the unit where the person works (调解仲裁法 第二十二条).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Employer {
    /// The registered name (企业注册名称).
    pub name: String,
    pub address: String,
    /// Legal representative or principal (法定代表人或者主要负责人).
    pub legal_rep: String,
    /// Their title (职务).
    pub legal_rep_title: String,
    /// Unified social credit code, if known.
    pub credit_code: String,
}

/// A money claim the calculators cannot compute (typed text and amount).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OtherClaim {
    pub text: String,
    pub amount: String,
}

/// Inputs of the money calculators (core/src/money.rs), as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClaimInputs {
    /// Monthly wage in yuan (the normal wage; the average of the last 12
    /// months for compensation).
    pub monthly_wage: String,
    /// First day of work; empty: the date given in the interview.
    pub job_start: String,
    /// Last day of work; empty: the date given in the interview.
    pub job_end: String,
    /// Day a written contract was finally signed (no-contract claims).
    pub contract_signed: String,
    /// Unpaid wages: either the total owed…
    pub unpaid_amount: String,
    /// …or whole months and extra paid days unpaid (× the monthly wage).
    pub unpaid_months: String,
    pub unpaid_days: String,
    /// Unpaid overtime, hours by kind (150 % / 200 % / 300 %).
    pub overtime_weekday_hours: String,
    pub overtime_rest_day_hours: String,
    pub overtime_holiday_hours: String,
    /// The city's average monthly wage of the previous year (the cap of
    /// 劳动合同法 第四十七条第二款), if known.
    pub city_avg_wage: String,
    /// How the job ended and what is asked for: a [`DismissalRemedy`] key
    /// (empty: damages, the default).
    pub dismissal_remedy: String,
    pub other: Vec<OtherClaim>,
}

/// One piece of evidence (证据) and where it comes from (证据来源).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Evidence {
    pub item: String,
    pub source: String,
}

/// A witness: name and address or phone (证人姓名和住所).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Witness {
    pub name: String,
    pub contact: String,
}

/// Everything the final form holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Details {
    pub person: Person,
    /// Respondents in order; the first is the employer (or, with dispatch,
    /// the dispatch agency), the second the user unit.
    pub employers: Vec<Employer>,
    pub claims: ClaimInputs,
    pub evidence: Vec<Evidence>,
    pub witnesses: Vec<Witness>,
    /// The facts-and-reasons texts as the person edited them, one per
    /// paper (paths `facts_text.inspection`, `.audit`, `.arbitration`).
    pub facts_text: FactsTexts,
    /// A report by someone else (reporter `third_party`): the workers it is
    /// about, as the reporter knows them (names and phone, or how many), so
    /// the office can tell whose rights are at stake.
    pub workers: String,
}

/// The facts and reasons of each paper as the person edited them; `None` =
/// the text composed from the answers for that paper. One per paper: the
/// arbitration application's copy goes to the employer (调解仲裁法 第三十条),
/// so it must not carry what the worker reported to inspection in
/// confidence (监察条例 第九条), as one shared text did.
///
/// Read from JSON as an object by paper, or, as before, one string for
/// every paper.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "FactsInput")]
pub struct FactsTexts {
    pub inspection: Option<String>,
    pub audit: Option<String>,
    pub arbitration: Option<String>,
}

/// The papers' keys (`Body::key`), in the order of `FactsTexts`'s fields.
pub const PAPERS: [&str; 3] = ["inspection", "audit", "arbitration"];

impl FactsTexts {
    /// The same text for every paper (a save or case from before the texts
    /// were one per paper).
    pub fn all(text: Option<String>) -> FactsTexts {
        FactsTexts { inspection: text.clone(), audit: text.clone(), arbitration: text }
    }

    /// The edit of paper `key` (`None` for an unknown key too).
    pub fn get(&self, key: &str) -> Option<&String> {
        match key {
            "inspection" => self.inspection.as_ref(),
            "audit" => self.audit.as_ref(),
            "arbitration" => self.arbitration.as_ref(),
            _ => None,
        }
    }

    pub fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        match key {
            "inspection" => Some(&mut self.inspection),
            "audit" => Some(&mut self.audit),
            "arbitration" => Some(&mut self.arbitration),
            _ => None,
        }
    }

    /// The edits with their papers' keys.
    pub fn edited(&self) -> impl Iterator<Item = (&'static str, &String)> {
        PAPERS.into_iter().filter_map(|k| Some((k, self.get(k)?)))
    }

    /// A text read as every paper's (a save or case from before the texts
    /// were one per paper) was written from all the problems: on a case with
    /// several papers it is not the arbitration application's, whose copy is
    /// served on the employer (调解仲裁法 第三十条), so that paper keeps its
    /// own composed text. `papers`: the case's (`FormParts::papers`).
    pub fn settle_one_text(&mut self, papers: [bool; 3]) {
        let one = self.inspection.is_some() && self.inspection == self.audit && self.audit == self.arbitration;
        if one && papers[2] && papers.iter().filter(|&&p| p).count() > 1 {
            self.arbitration = None;
        }
    }

    fn map(&self, f: impl Fn(&str) -> String) -> FactsTexts {
        FactsTexts {
            inspection: self.inspection.as_deref().map(&f),
            audit: self.audit.as_deref().map(&f),
            arbitration: self.arbitration.as_deref().map(&f),
        }
    }
}

/// `null` when no paper's text is edited (as one text not edited was
/// written before: a save without edits still reads in an older build).
impl Serialize for FactsTexts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        if self.edited().next().is_none() {
            return s.serialize_none();
        }
        let mut m = s.serialize_struct("FactsTexts", 3)?;
        m.serialize_field("inspection", &self.inspection)?;
        m.serialize_field("audit", &self.audit)?;
        m.serialize_field("arbitration", &self.arbitration)?;
        m.end()
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FactsInput {
    One(Option<String>),
    Each(FactsEach),
}

/// A facts text by paper; a misspelt paper is named, not dropped.
#[derive(Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct FactsEach {
    inspection: Option<String>,
    audit: Option<String>,
    arbitration: Option<String>,
}

impl From<FactsInput> for FactsTexts {
    fn from(f: FactsInput) -> FactsTexts {
        match f {
            FactsInput::One(t) => FactsTexts::all(t),
            FactsInput::Each(FactsEach { inspection, audit, arbitration }) => FactsTexts { inspection, audit, arbitration },
        }
    }
}

/// Most respondents, evidence items, witnesses and other claims kept.
pub const MAX_EMPLOYERS: usize = 5;
pub const MAX_EVIDENCE: usize = 30;
pub const MAX_WITNESSES: usize = 10;
pub const MAX_OTHER_CLAIMS: usize = 10;

/// Longest text (in characters) each kind of field accepts without an error.
pub const MAX_NAME: usize = 50;
pub const MAX_ADDRESS: usize = 200;
pub const MAX_SHORT: usize = 40;
pub const MAX_ITEM: usize = 200;
pub const MAX_FACTS: usize = 8000;

/// Every single-field path of the form, in form order, for employers,
/// evidence, witnesses and other claims with index `i`.
pub const PERSON_FIELDS: [&str; 7] = ["name", "sex", "birth_date", "id_number", "phone", "address", "occupation"];
pub const EMPLOYER_FIELDS: [&str; 5] = ["name", "address", "legal_rep", "legal_rep_title", "credit_code"];
pub const CLAIM_FIELDS: [&str; 12] = [
    "monthly_wage",
    "job_start",
    "job_end",
    "contract_signed",
    "unpaid_amount",
    "unpaid_months",
    "unpaid_days",
    "overtime_weekday_hours",
    "overtime_rest_day_hours",
    "overtime_holiday_hours",
    "city_avg_wage",
    "dismissal_remedy",
];

/// `name[3]` → (`name`, 3).
fn indexed(seg: &str) -> Option<(&str, usize)> {
    let (name, rest) = seg.split_once('[')?;
    let idx = rest.strip_suffix(']')?.parse().ok()?;
    Some((name, idx))
}

/// The element `i` of `v`, padding the list with empty elements up to it,
/// if `i < max`.
fn slot<T: Default>(v: &mut Vec<T>, i: usize, max: usize) -> Option<&mut T> {
    if i >= max {
        return None;
    }
    while v.len() <= i {
        v.push(T::default());
    }
    v.get_mut(i)
}

impl Person {
    pub(crate) fn field(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "name" => &mut self.name,
            "sex" => &mut self.sex,
            "birth_date" => &mut self.birth_date,
            "id_number" => &mut self.id_number,
            "phone" => &mut self.phone,
            "address" => &mut self.address,
            "occupation" => &mut self.occupation,
            _ => return None,
        })
    }

    /// The ID number as the papers and the QR code carry it: one line,
    /// full-width characters as ASCII, upper case (`…002X`).
    pub fn id_number_as_printed(&self) -> String {
        code_as_printed(&self.id_number)
    }

    /// The phone as the papers and the QR code carry it
    /// ([`validate::phone`]'s form when it is valid), else the line as typed.
    pub fn phone_as_printed(&self) -> String {
        validate::phone(&self.phone).unwrap_or_else(|_| line(&self.phone))
    }
}

impl Employer {
    pub(crate) fn field(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "name" => &mut self.name,
            "address" => &mut self.address,
            "legal_rep" => &mut self.legal_rep,
            "legal_rep_title" => &mut self.legal_rep_title,
            "credit_code" => &mut self.credit_code,
            _ => return None,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == Employer::default()
    }

    /// The credit code as the papers carry it (ASCII, upper case).
    pub fn credit_code_as_printed(&self) -> String {
        code_as_printed(&self.credit_code)
    }
}

/// A code (ID number, credit code) as printed: ASCII, upper case, without
/// the spaces it may have been typed with (as it is checked).
fn code_as_printed(s: &str) -> String {
    validate::compact_code(&line(s)).to_ascii_uppercase()
}

/// How the job ended and what the worker asks for (`claims.dismissal_remedy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DismissalRemedy {
    /// Dismissed unlawfully: damages, twice the compensation (劳动合同法 第八十七条).
    Damages,
    /// Dismissed unlawfully: the contract continued (第四十八条).
    Reinstate,
    /// The worker ended the contract because of the employer's breach
    /// (第三十八条): economic compensation (第四十六条（一）).
    QuitForCause,
    /// Dismissed or laid off lawfully (e.g. 第四十条, 第四十一条) but not paid
    /// the economic compensation owed (第四十六条（三）（四）).
    Compensation,
}

impl DismissalRemedy {
    pub const ALL: [DismissalRemedy; 4] =
        [DismissalRemedy::Damages, DismissalRemedy::Reinstate, DismissalRemedy::Compensation, DismissalRemedy::QuitForCause];
    /// The ends of a job that owe economic compensation, the choice beside
    /// unpaid compensation alone.
    pub const ENDS: [DismissalRemedy; 2] = [DismissalRemedy::Compensation, DismissalRemedy::QuitForCause];

    pub fn key(self) -> &'static str {
        match self {
            DismissalRemedy::Damages => "damages",
            DismissalRemedy::Reinstate => "reinstate",
            DismissalRemedy::QuitForCause => "quit_for_cause",
            DismissalRemedy::Compensation => "compensation",
        }
    }

    /// The field as typed; `None` when nothing is chosen or the value names
    /// no remedy. There is no default: the problem "被辞退、开除或被逼辞职"
    /// covers a dismissal and a resignation, and a default would put a fact
    /// on the paper ("单位解除了…") that may be false.
    pub fn parse(raw: &str) -> Option<DismissalRemedy> {
        let raw = line(raw);
        DismissalRemedy::ALL.into_iter().find(|r| r.key() == raw)
    }
}

impl ClaimInputs {
    /// The remedy asked for; `None` until one is chosen (the papers say it is
    /// not filled in, and the form's check asks for it).
    pub fn remedy(&self) -> Option<DismissalRemedy> {
        DismissalRemedy::parse(&self.dismissal_remedy)
    }

    /// How the job ended, for unpaid compensation without a dismissal
    /// (`FormParts::end_of_job`): dismissed lawfully, or quit for the
    /// employer's breach; `None` when not said (or a dismissal's remedy is
    /// left from an earlier answer).
    pub fn end_of_job(&self) -> Option<DismissalRemedy> {
        self.remedy().filter(|r| DismissalRemedy::ENDS.contains(r))
    }

    pub(crate) fn field(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "monthly_wage" => &mut self.monthly_wage,
            "job_start" => &mut self.job_start,
            "job_end" => &mut self.job_end,
            "contract_signed" => &mut self.contract_signed,
            "unpaid_amount" => &mut self.unpaid_amount,
            "unpaid_months" => &mut self.unpaid_months,
            "unpaid_days" => &mut self.unpaid_days,
            "overtime_weekday_hours" => &mut self.overtime_weekday_hours,
            "overtime_rest_day_hours" => &mut self.overtime_rest_day_hours,
            "overtime_holiday_hours" => &mut self.overtime_holiday_hours,
            "city_avg_wage" => &mut self.city_avg_wage,
            "dismissal_remedy" => &mut self.dismissal_remedy,
            _ => return None,
        })
    }
}

/// Where a path points.
enum Loc<'a> {
    Facts(&'a str),
    Workers,
    Person(&'a str),
    Claim(&'a str),
    Other(usize, &'a str),
    Employer(usize, &'a str),
    Evidence(usize, &'a str),
    Witness(usize, &'a str),
}

fn locate(path: &str) -> Option<Loc<'_>> {
    if path == "workers" {
        return Some(Loc::Workers);
    }
    let (head, tail) = path.split_once('.')?;
    let loc = match head {
        "facts_text" if PAPERS.contains(&tail) => Loc::Facts(tail),
        "person" => Loc::Person(tail),
        "claims" => match tail.split_once('.') {
            Some((seg, name)) => match indexed(seg)? {
                ("other", i) if matches!(name, "text" | "amount") => Loc::Other(i, name),
                _ => return None,
            },
            None => Loc::Claim(tail),
        },
        _ => match indexed(head)? {
            ("employers", i) => Loc::Employer(i, tail),
            ("evidence", i) if matches!(tail, "item" | "source") => Loc::Evidence(i, tail),
            ("witnesses", i) if matches!(tail, "name" | "contact") => Loc::Witness(i, tail),
            _ => return None,
        },
    };
    let known = match loc {
        Loc::Person(f) => PERSON_FIELDS.contains(&f),
        Loc::Claim(f) => CLAIM_FIELDS.contains(&f),
        Loc::Employer(_, f) => EMPLOYER_FIELDS.contains(&f),
        _ => true,
    };
    known.then_some(loc)
}

impl OtherClaim {
    pub(crate) fn field(&mut self, name: &str) -> Option<&mut String> {
        match name {
            "text" => Some(&mut self.text),
            "amount" => Some(&mut self.amount),
            _ => None,
        }
    }
}

impl Evidence {
    pub(crate) fn field(&mut self, name: &str) -> Option<&mut String> {
        match name {
            "item" => Some(&mut self.item),
            "source" => Some(&mut self.source),
            _ => None,
        }
    }
}

impl Witness {
    pub(crate) fn field(&mut self, name: &str) -> Option<&mut String> {
        match name {
            "name" => Some(&mut self.name),
            "contact" => Some(&mut self.contact),
            _ => None,
        }
    }
}

impl Details {
    /// Sets the field at `path` (`person.name`, `employers[1].credit_code`,
    /// `claims.other[0].amount`, `evidence[2].source`, `witnesses[0].contact`,
    /// `facts_text.arbitration`, `workers`) to `value`, exactly as typed. An index at or past the
    /// list's end adds elements (empty ones before it), so "add a witness"
    /// is typing into `witnesses[n]`. Returns `false`, changing nothing, for
    /// an unknown path or an index at or above the list's maximum. Setting
    /// a `facts_text.…` is an edit even if equal to the composed text; see
    /// [`Details::reset_facts`].
    pub fn set(&mut self, path: &str, value: String) -> bool {
        let Some(loc) = locate(path) else { return false };
        let field = match loc {
            Loc::Facts(k) => self.facts_text.slot(k).map(|t| t.get_or_insert_with(String::new)),
            Loc::Workers => Some(&mut self.workers),
            Loc::Person(f) => self.person.field(f),
            Loc::Claim(f) => self.claims.field(f),
            Loc::Other(i, f) => slot(&mut self.claims.other, i, MAX_OTHER_CLAIMS).and_then(|c| c.field(f)),
            Loc::Employer(i, f) => slot(&mut self.employers, i, MAX_EMPLOYERS).and_then(|c| c.field(f)),
            Loc::Evidence(i, f) => slot(&mut self.evidence, i, MAX_EVIDENCE).and_then(|c| c.field(f)),
            Loc::Witness(i, f) => slot(&mut self.witnesses, i, MAX_WITNESSES).and_then(|c| c.field(f)),
        };
        match field {
            Some(f) => {
                *f = value;
                true
            }
            None => false,
        }
    }

    /// The text at `path` ("" for an unknown path or a missing element;
    /// a `facts_text.…` reads "" when not edited).
    pub fn get(&self, path: &str) -> String {
        fn read<T: Clone>(v: &[T], i: usize, f: impl FnOnce(&mut T) -> Option<&mut String>) -> String {
            v.get(i).cloned().as_mut().and_then(f).cloned().unwrap_or_default()
        }
        match locate(path) {
            None => String::new(),
            Some(Loc::Facts(k)) => self.facts_text.get(k).cloned().unwrap_or_default(),
            Some(Loc::Workers) => self.workers.clone(),
            Some(Loc::Person(f)) => self.person.clone().field(f).cloned().unwrap_or_default(),
            Some(Loc::Claim(f)) => self.claims.clone().field(f).cloned().unwrap_or_default(),
            Some(Loc::Other(i, f)) => read(&self.claims.other, i, |c| c.field(f)),
            Some(Loc::Employer(i, f)) => read(&self.employers, i, |c| c.field(f)),
            Some(Loc::Evidence(i, f)) => read(&self.evidence, i, |c| c.field(f)),
            Some(Loc::Witness(i, f)) => read(&self.witnesses, i, |c| c.field(f)),
        }
    }

    /// Removes element `i` of a list (`employers`, `evidence`, `witnesses`,
    /// `claims.other`). Returns whether something was removed.
    pub fn remove(&mut self, list: &str, i: usize) -> bool {
        fn rm<T>(v: &mut Vec<T>, i: usize) -> bool {
            (i < v.len()).then(|| v.remove(i)).is_some()
        }
        match list {
            "employers" => rm(&mut self.employers, i),
            "evidence" => rm(&mut self.evidence, i),
            "witnesses" => rm(&mut self.witnesses, i),
            "claims.other" => rm(&mut self.claims.other, i),
            _ => false,
        }
    }

    /// Forget the person's edit of paper `key`'s facts text (use the
    /// composed one).
    pub fn reset_facts(&mut self, key: &str) {
        if let Some(t) = self.facts_text.slot(key) {
            *t = None;
        }
    }

    /// Respondent `i`, empty when not filled in.
    pub fn employer(&self, i: usize) -> Employer {
        self.employers.get(i).cloned().unwrap_or_default()
    }
}

// ───────────────────────────── sanitising ─────────────────────────────

/// Bidirectional formatting characters: embeddings and overrides
/// (U+202A–U+202E), isolates (U+2066–U+2069) and the marks U+200E, U+200F,
/// U+061C. They are invisible and can make a printed line read differently
/// from what was stored, so they are removed. (Zero-width joiners stay:
/// emoji sequences need them.)
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The text as it may appear in a document, a download or a QR code:
/// control characters (C0, DEL, C1) and bidi controls removed; a tab becomes
/// a space; in a `multiline` field `\r\n` and `\r` become `\n` and newlines
/// stay, otherwise they become spaces. Leading and trailing whitespace is
/// trimmed. HTML is *not* escaped here: it is plain text to every output
/// (Yew escapes text nodes; .txt and JSON are not HTML).
pub fn clean(s: &str, multiline: bool) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let out: String = s
        .chars()
        .filter_map(|c| match c {
            // Pasted line and paragraph separators are line breaks too.
            '\n' | '\u{2028}' | '\u{2029}' if multiline => Some('\n'),
            '\n' | '\t' | '\u{2028}' | '\u{2029}' => Some(' '),
            c if c.is_control() || is_bidi_control(c) => None,
            c => Some(c),
        })
        .collect();
    out.trim().to_string()
}

/// [`clean`] for a one-line field.
pub fn line(s: &str) -> String {
    clean(s, false)
}

/// A copy with every text cleaned (what the JSON download carries).
pub fn cleaned(d: &Details) -> Details {
    let l = |s: &String| line(s);
    Details {
        person: Person {
            name: l(&d.person.name),
            sex: l(&d.person.sex),
            birth_date: l(&d.person.birth_date),
            id_number: l(&d.person.id_number),
            phone: l(&d.person.phone),
            address: l(&d.person.address),
            occupation: l(&d.person.occupation),
        },
        employers: d
            .employers
            .iter()
            .map(|e| Employer {
                name: l(&e.name),
                address: l(&e.address),
                legal_rep: l(&e.legal_rep),
                legal_rep_title: l(&e.legal_rep_title),
                credit_code: l(&e.credit_code),
            })
            .collect(),
        claims: ClaimInputs {
            monthly_wage: l(&d.claims.monthly_wage),
            job_start: l(&d.claims.job_start),
            job_end: l(&d.claims.job_end),
            contract_signed: l(&d.claims.contract_signed),
            unpaid_amount: l(&d.claims.unpaid_amount),
            unpaid_months: l(&d.claims.unpaid_months),
            unpaid_days: l(&d.claims.unpaid_days),
            overtime_weekday_hours: l(&d.claims.overtime_weekday_hours),
            overtime_rest_day_hours: l(&d.claims.overtime_rest_day_hours),
            overtime_holiday_hours: l(&d.claims.overtime_holiday_hours),
            city_avg_wage: l(&d.claims.city_avg_wage),
            dismissal_remedy: l(&d.claims.dismissal_remedy),
            other: d.claims.other.iter().map(|c| OtherClaim { text: l(&c.text), amount: l(&c.amount) }).collect(),
        },
        evidence: d.evidence.iter().map(|e| Evidence { item: l(&e.item), source: l(&e.source) }).collect(),
        witnesses: d.witnesses.iter().map(|w| Witness { name: l(&w.name), contact: l(&w.contact) }).collect(),
        facts_text: d.facts_text.map(|t| clean(t, true)),
        workers: l(&d.workers),
    }
}

// ───────────────────────────── parsing ─────────────────────────────

/// A date field: `Ok(None)` when empty.
pub fn date_field(s: &str) -> Result<Option<Date>, validate::Invalid> {
    parse_date(s).map_err(|e| validate::Invalid { key: e.key(), detail: e.to_string() })
}

/// Hours with at most two decimals (`7.5`), in hundredths of an hour, as
/// typed (minutes had cut 0.01 h to nothing and 33.33 h to 33.32). Empty: 0.
pub fn hours_hundredths(s: &str) -> Result<i64, validate::Invalid> {
    if s.trim().is_empty() {
        return Ok(0);
    }
    // The amount parser takes ¥ and 元; an amount of pay is not hours.
    if s.contains(['¥', '￥', '元', '$']) {
        return Err(validate::Invalid { key: "hours_format", detail: "a sum of money, not hours".into() });
    }
    validate::amount_fen(s).map_err(|e| validate::Invalid { key: hours_key(e.key), detail: e.detail })
}

fn hours_key(amount_key: &'static str) -> &'static str {
    match amount_key {
        "amount_negative" => "amount_negative",
        "amount_too_many_decimals" => "amount_too_many_decimals",
        "amount_too_large" => "hours_too_large",
        _ => "hours_format",
    }
}

/// Most hours of overtime accepted (ten years of 24-hour days).
pub const MAX_HOURS: i64 = 87_600;

/// The parts of the form that apply to a case: the UI shows only these, and
/// [`validate()`] checks only these, so a value left in a field the person
/// can no longer see (a problem unticked, arbitration no longer a step)
/// cannot block the form with an error nobody can reach. The values stay
/// in [`Details`] (nothing typed is lost) and come back with the part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormParts {
    /// The money section (monthly wage, start of the job).
    pub money: bool,
    pub job_end: bool,
    pub contract_signed: bool,
    /// Unpaid wages: amount, months, days.
    pub unpaid: bool,
    pub overtime: bool,
    pub city_avg_wage: bool,
    pub dismissal_remedy: bool,
    /// Unpaid compensation without a dismissal, at arbitration: how the job
    /// ended (optional; the same field, `DismissalRemedy::ENDS`), so that
    /// the facts and the claim say it (第三十八条 or a lawful dismissal).
    pub end_of_job: bool,
    /// Arbitration: further respondents, other claims, witnesses.
    pub arbitration: bool,
    /// A report by someone else: the workers it is about.
    pub workers: bool,
    /// …a near relative of an injured child labourer: the same field names
    /// the child on the report and the application
    /// (`documents::REPORTED_CHILD_ROLE`, `CHILD_ROLE`), so the form asks
    /// for the child.
    pub child: bool,
    /// The interview's start and end of the job, which the form's empty
    /// date fields default to (for checking the months owed against them).
    pub interview_dates: [Option<Date>; 2],
    /// The papers the case has (`PAPERS`' order): an edit of another's facts
    /// (kept from before an answer changed) is neither shown nor checked.
    pub papers: [bool; 3],
}

impl FormParts {
    /// Every part (the `document` tool's input may fill any field).
    pub const ALL: FormParts = FormParts {
        money: true,
        job_end: true,
        contract_signed: true,
        unpaid: true,
        overtime: true,
        city_avg_wage: true,
        dismissal_remedy: true,
        end_of_job: false,
        arbitration: true,
        workers: true,
        child: true,
        interview_dates: [None, None],
        papers: [true; 3],
    };

    /// The parts for the problems chosen, `arbitration` when the routing
    /// sends the person there (the claims that need each field are in
    /// documents.rs).
    pub fn for_case(problems: &[Problem], arbitration: bool) -> FormParts {
        let has = |p: Problem| problems.contains(&p);
        let ended = has(Problem::Dismissed) || has(Problem::CompensationUnpaid);
        FormParts {
            money: ended || has(Problem::WagesUnpaid) || has(Problem::NoContract) || has(Problem::OvertimeRest),
            job_end: ended || has(Problem::NoContract),
            contract_signed: has(Problem::NoContract),
            unpaid: has(Problem::WagesUnpaid),
            overtime: has(Problem::OvertimeRest),
            city_avg_wage: ended,
            dismissal_remedy: has(Problem::Dismissed) && arbitration,
            end_of_job: has(Problem::CompensationUnpaid) && !has(Problem::Dismissed) && arbitration,
            arbitration,
            workers: false,
            child: false,
            interview_dates: [None, None],
            papers: [true; 3],
        }
    }
}

/// A whole number (months, days; full-width digits too): `Ok(0)` when
/// empty. Key `count_format`.
pub fn count(s: &str) -> Result<i64, validate::Invalid> {
    let ascii = validate::half_width(s);
    let t = ascii.trim();
    if t.is_empty() {
        return Ok(0);
    }
    if t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().map_err(|_| validate::Invalid { key: "count_format", detail: t.into() });
    }
    Err(validate::Invalid { key: "count_format", detail: format!("not a whole number: {t:?}") })
}

/// Working days owed beside the whole months: fewer than a month's 21.75
/// paid days (劳社部发〔2008〕3号).
pub const MAX_PART_DAYS: i64 = 21;

/// `months` owed, and `days` working days after them, fit between the job's
/// `start` and `end` (or today): each month owed has begun by the end (a
/// month begun counts, as a worker owed for this month says so), and the
/// days are no more than the calendar days from the month after them.
pub fn months_fit(months: i64, days: i64, start: Date, end: Date) -> bool {
    let end = end.max(start);
    let months_ok = months <= 0 || start.add_months(months.min(12_000) as i32 - 1) <= end;
    let after = start.add_months(months.clamp(0, 12_000) as i32);
    months_ok && (days <= 0 || (after <= end && i64::from(after.days_until(end)) + 1 >= days))
}

/// How long the wages are owed (whole months, working days) as the papers
/// use it: `None` when a field fails the form's check (the form says why),
/// so that no amount or period is worked out from a rejected number.
pub fn unpaid_period(c: &ClaimInputs, start: Option<Date>, end: Date) -> Option<(i64, i64)> {
    let months = count(&c.unpaid_months).ok()?;
    let days = count(&c.unpaid_days).ok().filter(|&n| n <= MAX_PART_DAYS)?;
    start.is_none_or(|s| months_fit(months, days, s, end)).then_some((months, days))
}

/// An amount field: `Ok(None)` when empty.
pub fn amount(s: &str) -> Result<Option<i64>, validate::Invalid> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        validate::amount_fen(s).map(Some)
    }
}

/// An amount the papers may count with: readable and not 0. The form
/// refuses a 0 as a slip (`amount_zero`); until it is mended it counts as
/// not given (a review found "月工资0.00元" printed and a claim worked from
/// it while the field said it was refused).
pub fn amount_used(s: &str) -> Option<i64> {
    amount(s).ok().flatten().filter(|&a| a > 0)
}

// ───────────────────────────── validation ─────────────────────────────

fn too_long(errors: &mut Vec<FieldError>, path: &str, value: &str, max: usize) -> bool {
    let n = value.chars().count();
    if n > max {
        errors.push(FieldError { field: path.into(), key: "too_long", detail: format!("{n} characters; at most {max}") });
        true
    } else {
        false
    }
}

fn required(errors: &mut Vec<FieldError>, path: &str, value: &str) -> bool {
    if line(value).is_empty() {
        errors.push(FieldError { field: path.into(), key: "required", detail: "this field is required".into() });
        true
    } else {
        false
    }
}

/// The fields an empty form is refused for (`required`), whatever the
/// case: the form marks them as required (`aria-required`). Others are
/// required only once their row is begun (a second respondent, another
/// claim's amount).
pub const ALWAYS_REQUIRED: [&str; 6] =
    ["person.name", "person.id_number", "person.phone", "person.address", "employers[0].name", "employers[0].address"];

/// An error that only says a field or a choice was left blank: a paper
/// printed then has a line (or the choices) to fill in by hand.
pub fn left_blank(key: &str) -> bool {
    matches!(key, "required" | "choose_one")
}

/// The errors of values typed that their checks refuse (an ID's check
/// digit, a phone), without the blanks: what stops a print.
pub fn typed_errors(d: &Details, parts: FormParts, today: Date) -> Vec<FieldError> {
    let mut errors = validate(d, parts, today);
    errors.retain(|e| !left_blank(e.key));
    errors
}

/// Checks the form. Returns every error, each naming its field; never
/// changes the details. Required: the person's name, ID number, phone and
/// address, and the first employer's name and address (劳动争议调解仲裁法
/// 第二十八条 and the inspection complaint contents need them).
pub fn validate(d: &Details, parts: FormParts, today: Date) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let e = &mut errors;
    let p = &d.person;

    if !required(e, "person.name", &p.name) {
        too_long(e, "person.name", &p.name, MAX_NAME);
    }
    let id = if required(e, "person.id_number", &p.id_number) {
        None
    } else {
        match validate::resident_id(&p.id_number, today) {
            Ok(id) => Some(id),
            Err(err) => {
                e.push(err.into_field("person.id_number"));
                None
            }
        }
    };
    match line(&p.sex).as_str() {
        "" => {}
        "male" | "female" => {
            if let Some(id) = id {
                if id.male != (line(&p.sex) == "male") {
                    e.push(FieldError {
                        field: "person.sex".into(),
                        key: "id_sex_mismatch",
                        detail: "the ID number's 17th digit says otherwise".into(),
                    });
                }
            }
        }
        other => e.push(FieldError { field: "person.sex".into(), key: "choose_one", detail: format!("unknown sex {other:?}") }),
    }
    match date_field(&p.birth_date) {
        Err(err) => e.push(err.into_field("person.birth_date")),
        Ok(Some(b)) => {
            if let Err(err) = validate::not_in_future(b, today) {
                e.push(err.into_field("person.birth_date"));
            } else if let Some(id) = id {
                if let Err(err) = validate::check_birth_consistency(&id, b) {
                    e.push(err.into_field("person.birth_date"));
                }
            }
        }
        Ok(None) => {}
    }
    if !required(e, "person.phone", &p.phone) {
        if let Err(err) = validate::phone(&p.phone) {
            e.push(err.into_field("person.phone"));
        }
    }
    if !required(e, "person.address", &p.address) {
        too_long(e, "person.address", &p.address, MAX_ADDRESS);
    }
    too_long(e, "person.occupation", &p.occupation, MAX_SHORT);

    // Every employer typed stays on the form (a further one has its remove
    // button even when arbitration is no longer a step).
    let n = d.employers.len().max(1);
    for i in 0..n {
        let emp = d.employer(i);
        // A second respondent left entirely empty is not an error.
        if i > 0 && emp.is_empty() {
            continue;
        }
        let path = |f: &str| format!("employers[{i}].{f}");
        if !required(e, &path("name"), &emp.name) {
            too_long(e, &path("name"), &emp.name, MAX_ITEM);
        }
        if !required(e, &path("address"), &emp.address) {
            too_long(e, &path("address"), &emp.address, MAX_ADDRESS);
        }
        too_long(e, &path("legal_rep"), &emp.legal_rep, MAX_NAME);
        too_long(e, &path("legal_rep_title"), &emp.legal_rep_title, MAX_SHORT);
        if !line(&emp.credit_code).is_empty() {
            if let Err(err) = validate::credit_code(&emp.credit_code) {
                e.push(err.into_field(&path("credit_code")));
            }
        }
    }

    let c = &d.claims;
    let (money, unpaid) = (parts.money, parts.money && parts.unpaid);
    for (f, v) in [
        ("monthly_wage", &c.monthly_wage, money),
        ("unpaid_amount", &c.unpaid_amount, unpaid),
        ("city_avg_wage", &c.city_avg_wage, money && parts.city_avg_wage),
    ]
    .into_iter()
    .filter_map(|(f, v, shown)| shown.then_some((f, v)))
    {
        match amount(v) {
            Err(err) => e.push(err.into_field(&format!("claims.{f}"))),
            // A wage or an amount owed of 0 is a slip or "I don't know", and
            // would quietly take the claim off the papers.
            Ok(Some(0)) => e.push(FieldError { field: format!("claims.{f}"), key: "amount_zero", detail: "0".into() }),
            Ok(_) => {}
        }
    }
    let (mut unpaid_months, mut unpaid_days) = (0, 0);
    for (f, v) in [("unpaid_months", &c.unpaid_months), ("unpaid_days", &c.unpaid_days)].into_iter().filter(|_| unpaid) {
        match count(v) {
            Err(err) => e.push(err.into_field(&format!("claims.{f}"))),
            Ok(n) if f == "unpaid_months" => unpaid_months = n,
            Ok(n) if n > MAX_PART_DAYS => {
                e.push(FieldError { field: format!("claims.{f}"), key: "days_over_a_month", detail: format!("{n} > {MAX_PART_DAYS}") })
            }
            Ok(n) => unpaid_days = n,
        }
    }
    for (f, v) in [
        ("overtime_weekday_hours", &c.overtime_weekday_hours),
        ("overtime_rest_day_hours", &c.overtime_rest_day_hours),
        ("overtime_holiday_hours", &c.overtime_holiday_hours),
    ]
    .into_iter()
    .filter(|_| money && parts.overtime)
    {
        match hours_hundredths(v) {
            Err(err) => e.push(err.into_field(&format!("claims.{f}"))),
            Ok(h) if h > MAX_HOURS * 100 => {
                e.push(FieldError { field: format!("claims.{f}"), key: "hours_too_large", detail: format!("at most {MAX_HOURS} hours") })
            }
            Ok(_) => {}
        }
    }
    let mut dates = [None, None, None];
    for (k, (f, v, shown)) in [
        ("job_start", &c.job_start, money),
        ("job_end", &c.job_end, money && parts.job_end),
        ("contract_signed", &c.contract_signed, money && parts.contract_signed),
    ]
    .into_iter()
    .enumerate()
    {
        if !shown {
            continue;
        }
        match date_field(v) {
            Err(err) => e.push(err.into_field(&format!("claims.{f}"))),
            Ok(Some(x)) => match validate::not_in_future(x, today) {
                Err(err) => e.push(err.into_field(&format!("claims.{f}"))),
                Ok(()) => dates[k] = Some(x),
            },
            Ok(None) => {}
        }
    }
    // The job's dates as the papers take them: an empty form date is the
    // interview's.
    let (start, end) = (dates[0].or(parts.interview_dates[0]), dates[1].or(parts.interview_dates[1]));
    // In order: an end or a signing date typed before the start would print both.
    if let Some(start) = start {
        for (f, later) in [("job_end", dates[1]), ("contract_signed", dates[2])] {
            if let Some(l) = later {
                if let Err(err) = validate::dates_in_order(start, l) {
                    e.push(err.into_field(&format!("claims.{f}")));
                }
            }
        }
    }
    // And before the last day (the interview's too, which the papers take
    // even when the form does not show the field): a start typed after it,
    // or a contract signed after it (double wages for months not worked).
    if let Some(end) = end {
        for (f, d) in [("job_start", dates[0].filter(|_| dates[1].is_none())), ("contract_signed", dates[2])] {
            if d.is_some_and(|d| d > end) {
                e.push(FieldError { field: format!("claims.{f}"), key: "date_after_end", detail: format!("{f} is after {end}") });
            }
        }
    }
    // A job begun before the person was born (by the birth date typed, or
    // the ID number's): a slip in one of them. An input review found a start
    // in 1900 for a worker born in 1990 accepted, and 126 years of service
    // claimed.
    let birth = date_field(&p.birth_date).ok().flatten().or(id.map(|i| i.birth));
    if let (Some(start), Some(birth)) = (start, birth) {
        if start < birth {
            e.push(FieldError {
                field: "claims.job_start".into(),
                key: "date_before_birth",
                detail: format!("{start} is before the birth, {birth}"),
            });
        }
    }
    // More months owed than begun between the start and the end (or today).
    if let Some(start) = start {
        if !months_fit(unpaid_months, unpaid_days, start, end.unwrap_or(today)) {
            e.push(FieldError { field: "claims.unpaid_months".into(), key: "months_over_job", detail: format!("{unpaid_months} months") });
        }
    }
    if money && parts.dismissal_remedy && DismissalRemedy::parse(&c.dismissal_remedy).is_none() {
        e.push(FieldError {
            field: "claims.dismissal_remedy".into(),
            key: "choose_one",
            detail: format!("unknown remedy {:?}", line(&c.dismissal_remedy)),
        });
    }
    // Optional; a value it does not offer (a dismissal's remedy left from an
    // earlier answer) is asked about, not printed.
    if money && parts.end_of_job && !line(&c.dismissal_remedy).is_empty() && c.end_of_job().is_none() {
        e.push(FieldError {
            field: "claims.dismissal_remedy".into(),
            key: "choose_one",
            detail: format!("not an end of the job {:?}", line(&c.dismissal_remedy)),
        });
    }
    for (i, o) in c.other.iter().enumerate().filter(|_| parts.arbitration) {
        too_long(e, &format!("claims.other[{i}].text"), &o.text, MAX_ITEM);
        match amount(&o.amount) {
            Err(err) => e.push(err.into_field(&format!("claims.other[{i}].amount"))),
            // As for the wage: 0 would quietly take the claim off the papers
            // (a claim for no money is written with the amount left empty).
            Ok(Some(0)) => e.push(FieldError { field: format!("claims.other[{i}].amount"), key: "amount_zero", detail: "0".into() }),
            Ok(_) => {}
        }
        if line(&o.text).is_empty() && !line(&o.amount).is_empty() {
            required(e, &format!("claims.other[{i}].text"), &o.text);
        }
    }
    for (i, ev) in d.evidence.iter().enumerate() {
        too_long(e, &format!("evidence[{i}].item"), &ev.item, MAX_ITEM);
        too_long(e, &format!("evidence[{i}].source"), &ev.source, MAX_ITEM);
    }
    for (i, w) in d.witnesses.iter().enumerate().filter(|_| parts.arbitration) {
        too_long(e, &format!("witnesses[{i}].name"), &w.name, MAX_NAME);
        too_long(e, &format!("witnesses[{i}].contact"), &w.contact, MAX_ADDRESS);
    }
    // Edited: emptied, the papers' facts and reasons (调解仲裁法 第二十八条)
    // would be blank.
    for (key, t) in d.facts_text.edited().filter(|(k, _)| PAPERS.iter().zip(parts.papers).any(|(p, on)| p == k && on)) {
        let path = format!("facts_text.{key}");
        if !required(e, &path, t) {
            too_long(e, &path, t, MAX_FACTS);
        }
    }
    if parts.workers {
        too_long(e, "workers", &d.workers, MAX_ADDRESS);
    }
    // The error summary lists them as the form shows its fields.
    crate::sort_small_by_key(&mut errors, |e| form_order(&e.field));
    errors
}

/// Where a field path comes on the form: (section, row, field in the row).
fn form_order(path: &str) -> (usize, usize, usize) {
    let (head, field) = path.split_once('.').unwrap_or((path, ""));
    let (list, i) = indexed(head).unwrap_or((head, 0));
    let at = |fields: &[&str], f: &str| fields.iter().position(|x| *x == f).unwrap_or(fields.len());
    match list {
        "person" => (0, 0, at(&PERSON_FIELDS, field)),
        "employers" => (1, i, at(&EMPLOYER_FIELDS, field)),
        "workers" => (2, 0, 0),
        "claims" => match field.split_once('.').and_then(|(row, f)| Some((indexed(row)?, f))) {
            Some((("other", i), f)) => (4, i, at(&["text", "amount"], f)),
            _ => (3, 0, at(&CLAIM_FIELDS, field)),
        },
        "evidence" => (5, i, at(&["item", "source"], field)),
        "witnesses" => (6, i, at(&["name", "contact"], field)),
        _ => (7, 0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bad value in a field the form does not show for the case is not
    /// an error (nobody could reach it), and it is kept; the same value is
    /// an error once its part is shown again.
    /// The error summary follows the form: the birth date above the ID
    /// number, the job's dates above the months owed (a UX review found
    /// them the other way round).
    #[test]
    fn errors_come_in_the_order_of_the_form() {
        let today = Date::parse("2026-11-26").unwrap();
        let mut d = Details::default();
        for (k, v) in [
            ("person.id_number", "123"),
            ("person.birth_date", "2030-01-01"),
            ("claims.unpaid_months", "x"),
            ("claims.job_start", "2030-01-01"),
            ("evidence[1].item", &"长".repeat(MAX_ITEM + 1)),
            ("employers[1].credit_code", "x"),
        ] {
            assert!(d.set(k, v.into()), "{k}");
        }
        let fields: Vec<String> = validate(&d, FormParts::ALL, today).into_iter().map(|e| e.field).collect();
        let at = |f: &str| fields.iter().position(|x| x == f).unwrap_or_else(|| panic!("{f} in {fields:?}"));
        assert!(at("person.birth_date") < at("person.id_number"), "{fields:?}");
        assert!(at("person.address") < at("employers[0].name"), "{fields:?}");
        assert!(at("employers[0].address") < at("employers[1].credit_code"), "{fields:?}");
        assert!(at("claims.job_start") < at("claims.unpaid_months"), "{fields:?}");
        assert!(at("claims.unpaid_months") < at("evidence[1].item"), "{fields:?}");
    }

    #[test]
    fn only_the_parts_shown_are_checked_and_hidden_values_are_kept() {
        let today = Date::parse("2026-11-26").unwrap();
        let mut d = Details::default();
        for (k, v) in [
            ("claims.unpaid_amount", "3000-"),
            ("claims.overtime_weekday_hours", "lots"),
            ("claims.contract_signed", "2026-02-31"),
            ("claims.city_avg_wage", "x"),
            ("claims.dismissal_remedy", "revenge"),
            ("claims.other[0].amount", "y"),
            ("witnesses[0].name", &"长".repeat(MAX_NAME + 1)),
        ] {
            assert!(d.set(k, v.into()), "{k}");
        }
        let claim_errors = |parts: FormParts| -> Vec<String> {
            validate(&d, parts, today).into_iter().map(|e| e.field).filter(|f| !f.starts_with("person.") && !f.starts_with("employers[")).collect()
        };
        // Wages only, inspection: only the unpaid-wage fields are on the form.
        assert_eq!(claim_errors(FormParts::for_case(&[Problem::WagesUnpaid], false)), ["claims.unpaid_amount"]);
        // Social insurance only: no money section at all.
        assert!(claim_errors(FormParts::for_case(&[Problem::NoSocialInsurance], false)).is_empty());
        // Every part: every bad value, in the form's order.
        assert_eq!(
            claim_errors(FormParts::ALL),
            [
                "claims.contract_signed",
                "claims.unpaid_amount",
                "claims.overtime_weekday_hours",
                "claims.city_avg_wage",
                "claims.dismissal_remedy",
                "claims.other[0].text",
                "claims.other[0].amount",
                "witnesses[0].name",
            ]
        );
        let dismissed = FormParts::for_case(&[Problem::Dismissed, Problem::NoContract], true);
        assert!(dismissed.dismissal_remedy && dismissed.city_avg_wage && dismissed.contract_signed && !dismissed.unpaid && !dismissed.overtime);
        assert!(!FormParts::for_case(&[Problem::Dismissed], false).dismissal_remedy, "the remedy is an arbitration claim");
        assert_eq!(d.get("claims.unpaid_amount"), "3000-", "kept as typed");
    }

    /// Values that cannot be right for the wages owed get a message on
    /// their field instead of quietly changing the papers: a wage or amount
    /// of 0 (the claim would vanish), a part month of more than 21 days, and
    /// more months owed than begun since the start (typed, or else the
    /// interview's) up to the end or today.
    #[test]
    fn wages_owed_that_the_persons_own_figures_rule_out_are_errors() {
        let today = Date::parse("2026-11-27").unwrap();
        let errors = |pairs: &[(&str, &str)], interview: [Option<&str>; 2]| -> Vec<(String, &'static str)> {
            let mut d = Details::default();
            for (k, v) in pairs {
                assert!(d.set(k, (*v).into()), "{k}");
            }
            let parts = FormParts {
                interview_dates: interview.map(|x| x.map(|x| Date::parse(x).unwrap())),
                ..FormParts::for_case(&[Problem::WagesUnpaid], false)
            };
            validate(&d, parts, today).into_iter().filter(|e| e.field.starts_with("claims.")).map(|e| (e.field, e.key)).collect()
        };
        let wage = |v| errors(&[("claims.monthly_wage", v)], [None, None]);
        assert_eq!(wage("0"), [("claims.monthly_wage".to_string(), "amount_zero")]);
        assert_eq!(wage("０.00"), [("claims.monthly_wage".to_string(), "amount_zero")]);
        assert!(wage("0.01").is_empty() && wage("").is_empty());
        assert_eq!(errors(&[("claims.unpaid_amount", "0")], [None, None]), [("claims.unpaid_amount".to_string(), "amount_zero")]);
        assert_eq!(errors(&[("claims.unpaid_days", "22")], [None, None]), [("claims.unpaid_days".to_string(), "days_over_a_month")]);
        assert!(errors(&[("claims.unpaid_days", "21")], [None, None]).is_empty());
        // Started 2026-10-01: October and November have begun, not a third month.
        let months = |n: &str, start: &str, interview| errors(&[("claims.unpaid_months", n), ("claims.job_start", start)], interview);
        let over = [("claims.unpaid_months".to_string(), "months_over_job")];
        assert!(months("2", "2026-10-01", [None, None]).is_empty());
        assert_eq!(months("3", "2026-10-01", [None, None]), over);
        assert_eq!(months("12", "2026-10-01", [None, None]), over);
        // The form's start left empty: the interview's.
        assert_eq!(months("3", "", [Some("2026-10-01"), None]), over);
        assert!(months("3", "", [Some("2026-09-27"), None]).is_empty(), "a third month begins today");
        // Left on 2026-10-20: one month had begun.
        assert_eq!(months("2", "", [Some("2026-10-01"), Some("2026-10-20")]), over);
        assert!(months("1", "", [Some("2026-10-01"), Some("2026-10-20")]).is_empty());
        // No start anywhere: nothing to check against.
        assert!(months("999", "", [None, None]).is_empty());
        // A start after the interview's last day, though the form shows no
        // end field for unpaid wages: the papers would print both.
        let late = errors(&[("claims.job_start", "2026-10-25")], [Some("2026-10-01"), Some("2026-10-20")]);
        assert_eq!(late, [("claims.job_start".to_string(), "date_after_end")]);
        // Days after the months must fit in the calendar days left: 21 in a
        // job begun 3 days ago, or any after 2 months begun on 2026-10-01, do not.
        let days = |m: &str, n: &str, start: &str| {
            errors(&[("claims.unpaid_months", m), ("claims.unpaid_days", n), ("claims.job_start", start)], [None, None])
        };
        assert_eq!(days("", "21", "2026-11-25"), over);
        assert!(days("", "3", "2026-11-25").is_empty());
        assert_eq!(days("2", "1", "2026-10-01"), over);
        assert!(days("1", "21", "2026-10-01").is_empty());
    }

    /// What would print a wrong or empty paper is refused at its field: a
    /// form date out of order with the interview's, a facts text emptied,
    /// another claim of 0.
    #[test]
    fn dates_against_the_interviews_an_emptied_facts_text_and_a_claim_of_0_are_errors() {
        let today = Date::parse("2026-11-27").unwrap();
        let errors = |pairs: &[(&str, &str)], facts: Option<&str>| -> Vec<(String, &'static str)> {
            let mut d = Details::default();
            assert!(d.set("claims.dismissal_remedy", "damages".into()));
            for (k, v) in pairs {
                assert!(d.set(k, (*v).into()), "{k}");
            }
            d.facts_text.arbitration = facts.map(str::to_string);
            let interview = [Some(Date::parse("2024-01-15").unwrap()), Some(Date::parse("2025-06-30").unwrap())];
            let parts = FormParts { interview_dates: interview, ..FormParts::for_case(&[Problem::NoContract, Problem::Dismissed], true) };
            assert!(parts.job_end && parts.contract_signed);
            validate(&d, parts, today)
                .into_iter()
                .filter(|e| !e.field.starts_with("person.") && !e.field.starts_with("employers"))
                .map(|e| (e.field, e.key))
                .collect()
        };
        let one = |f: &str, k| vec![(f.to_string(), k)];
        assert_eq!(errors(&[("claims.job_end", "2023-06-01")], None), one("claims.job_end", "date_order"));
        assert_eq!(errors(&[("claims.contract_signed", "2023-06-01")], None), one("claims.contract_signed", "date_order"));
        assert_eq!(errors(&[("claims.job_start", "2025-12-01")], None), one("claims.job_start", "date_after_end"));
        assert!(errors(&[("claims.job_start", "2025-12-01"), ("claims.job_end", "2026-01-31")], None).is_empty(), "both typed, in order");
        assert!(errors(&[("claims.job_end", "2025-06-30"), ("claims.contract_signed", "2024-03-01")], None).is_empty());
        // Signed after the last day (typed or the interview's): double wages
        // would run past the job.
        assert_eq!(errors(&[("claims.contract_signed", "2025-12-01")], None), one("claims.contract_signed", "date_after_end"));
        assert_eq!(
            errors(&[("claims.job_end", "2025-03-31"), ("claims.contract_signed", "2025-04-01")], None),
            one("claims.contract_signed", "date_after_end")
        );
        for blank in ["", "  \n "] {
            assert_eq!(errors(&[], Some(blank)), one("facts_text.arbitration", "required"));
        }
        assert!(errors(&[], None).is_empty(), "not edited: the composed text");
        assert_eq!(
            errors(&[("claims.other[0].text", "出具离职证明"), ("claims.other[0].amount", "0")], None),
            one("claims.other[0].amount", "amount_zero")
        );
        assert!(errors(&[("claims.other[0].text", "出具离职证明")], None).is_empty(), "a claim without money leaves the amount empty");
    }

    #[test]
    fn set_and_get_by_path_append_only_at_the_end() {
        let mut d = Details::default();
        assert!(d.set("person.name", "张三".into()));
        assert!(d.set("employers[0].name", "甲公司".into()));
        assert!(d.set("employers[1].credit_code", "x".into()));
        assert!(d.set("employers[3].name", "padded".into()), "rows before it are added empty");
        assert_eq!(d.employers.len(), 4);
        assert!(d.employers[2].is_empty());
        d.employers.truncate(2);
        assert!(!d.set(&format!("employers[{MAX_EMPLOYERS}].name"), "x".into()), "past the maximum");
        assert!(!d.set("person.nmae", "typo".into()));
        assert!(!d.set("evidence[0].nope", "x".into()));
        assert!(d.evidence.is_empty(), "an unknown field never appends");
        assert!(d.set("claims.other[0].amount", "100".into()));
        assert!(d.set("facts_text.arbitration", "改过".into()));
        assert!(!d.set("facts_text", "x".into()) && !d.set("facts_text.court", "x".into()), "one per paper");
        assert_eq!(d.get("person.name"), "张三");
        assert_eq!(d.get("employers[1].credit_code"), "x");
        assert_eq!(d.get("witnesses[0].name"), "");
        assert_eq!(d.get("claims.other[0].amount"), "100");
        assert_eq!(d.facts_text.arbitration.as_deref(), Some("改过"));
        assert_eq!((d.get("facts_text.arbitration").as_str(), d.facts_text.inspection.as_ref()), ("改过", None));
        assert_eq!(d.employers.len(), 2);
        assert!(d.remove("employers", 0));
        assert_eq!(d.employer(0).credit_code, "x");
        assert!(!d.remove("employers", 5));
        for i in 0..MAX_WITNESSES {
            assert!(d.set(&format!("witnesses[{i}].name"), "w".into()));
        }
        assert!(!d.set(&format!("witnesses[{MAX_WITNESSES}].name"), "w".into()));
    }

    #[test]
    fn clean_strips_controls_and_bidi_keeps_text() {
        assert_eq!(line("  a\u{202E}b\u{2066}c\u{200F}d\u{0007}e\u{009B}f\tg\nh  "), "abcdef g h");
        assert_eq!(clean("一\r\n二\r三\n", true), "一\n二\n三");
        assert_eq!(clean("一\u{2028}二\u{2029}三", true), "一\n二\n三");
        assert_eq!(line("一\u{2028}二\u{2029}三"), "一 二 三");
        assert_eq!(line("<script>alert(1)</script>"), "<script>alert(1)</script>");
        assert_eq!(line("👩\u{200D}🔧"), "👩\u{200D}🔧");
    }

    #[test]
    fn serde_defaults_and_round_trip() {
        let d: Details = serde_json::from_str(r#"{"person":{"name":"x"}}"#).unwrap();
        assert_eq!(d.person.name, "x");
        let mut full = Details::default();
        full.set("witnesses[0].contact", "y".into());
        full.facts_text.audit = Some("z".into());
        let back: Details = serde_json::from_str(&serde_json::to_string(&full).unwrap()).unwrap();
        assert_eq!(back, full);
        // One text, as before the texts were one per paper: every paper's.
        let one: Details = serde_json::from_str(r#"{"facts_text":"事实"}"#).unwrap();
        assert_eq!(one.facts_text, FactsTexts::all(Some("事实".into())));
        let none: Details = serde_json::from_str(r#"{"facts_text":null}"#).unwrap();
        assert_eq!(none.facts_text, FactsTexts::default());
        // A misspelt key is refused, not dropped with what was typed under it.
        for typo in
            [r#"{"witness":[]}"#, r#"{"claims":{"monthly_wages":"5000"}}"#, r#"{"person":{"nmae":"x"}}"#, r#"{"facts_text":{"arbitraton":"x"}}"#]
        {
            assert!(serde_json::from_str::<Details>(typo).is_err(), "{typo}");
        }
    }

    #[test]
    fn hours_and_counts() {
        assert_eq!(hours_hundredths("7.5"), Ok(750));
        assert_eq!(hours_hundredths("33.33"), Ok(3333));
        assert_eq!(hours_hundredths("0.01"), Ok(1));
        assert_eq!(hours_hundredths(""), Ok(0));
        assert_eq!(hours_hundredths("abc").unwrap_err().key, "hours_format");
        // The overtime pay typed where its hours go: not 3000 hours.
        for money in ["3000元", "¥3000", "￥３０００", "$30"] {
            assert_eq!(hours_hundredths(money).unwrap_err().key, "hours_format", "{money}");
        }
        assert_eq!(hours_hundredths("-2").unwrap_err().key, "amount_negative");
        assert_eq!(count(" 3 "), Ok(3));
        assert_eq!(count("1.5").unwrap_err().key, "count_format");
        assert_eq!(count("-1").unwrap_err().key, "count_format");
    }
}
