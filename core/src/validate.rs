//! Validators for what a worker types: ID number, mobile, the employer's
//! unified social credit code, money amounts and dates.
//!
//! Every validator returns `Result<T, Invalid>`; `Invalid::key()` is a stable
//! key the UI maps to a message in either language, and `detail` is for
//! developers. None of them panics on any input (see the proptests below).

use crate::date::Date;
use crate::situation::FieldError;
use std::borrow::Cow;
use std::fmt;

/// `s` with full-width ASCII (U+FF01–U+FF5E: `１２３`, `Ｘ`, `，`, `．`) and
/// the ideographic space as their ASCII twins, and the ideographic full stop
/// `。` as `.` (a Chinese keyboard's `.` key types it: `3500。00`,
/// `2024。1。1`, an input review found refused). A Chinese input method
/// types these; every number, code and date field reads them as what the
/// person meant, and the papers print the ASCII form.
pub fn half_width(s: &str) -> Cow<'_, str> {
    let wide = |c: char| ('\u{FF01}'..='\u{FF5E}').contains(&c) || c == '\u{3000}' || c == '\u{3002}';
    if !s.chars().any(wide) {
        return Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{3002}' => '.',
            c if wide(c) => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// A rejected input: a stable key for the UI and a developer detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub key: &'static str,
    pub detail: String,
}

impl Invalid {
    fn new(key: &'static str, detail: impl Into<String>) -> Invalid {
        Invalid { key, detail: detail.into() }
    }

    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The same error, attached to a form field (a JSON path).
    pub fn into_field(self, field: &str) -> FieldError {
        FieldError { field: field.into(), key: self.key, detail: self.detail }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.detail)
    }
}

impl std::error::Error for Invalid {}

// ───────────────────────── resident ID (GB 11643-1999) ─────────────────────────

/// What an 18-digit citizen identity number tells us.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResidentId {
    pub birth: Date,
    pub male: bool,
}

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK: &[u8; 11] = b"10X98765432";

/// A code (ID number, credit code) as typed, read as ASCII ([`half_width`])
/// with the spaces and hyphens it is often grouped with taken out
/// ("410102 19900315 1230", "410102-19900315-1230" are the number), and a
/// multiplication sign, a slip for X on a phone's keyboard, read as X.
pub fn compact_code(s: &str) -> String {
    half_width(s).chars().filter(|&c| !c.is_whitespace() && c != '-').map(|c| if c == '×' { 'X' } else { c }).collect()
}

/// The check character (`0`-`9` or `X`) for the first 17 digits of an ID
/// number. `None` unless given exactly 17 ASCII digits.
pub fn resident_id_check_char(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = b.iter().zip(ID_WEIGHTS).map(|(&c, w)| u32::from(c - b'0') * w).sum();
    Some(char::from(ID_CHECK[(sum % 11) as usize]))
}

/// Validates an 18-character resident ID number (GB 11643-1999): 17 digits
/// and a check character `0`-`9`/`X` (`x` accepted), a real birth date at
/// positions 7–14 between 1900-01-01 and `today`, and the ISO 7064 MOD 11-2
/// checksum. Sex is digit 17: odd = male. Spaces and hyphens anywhere are
/// ignored (the number is often written in groups, 6-8-4: [`compact_code`]), full-width
/// characters read as ASCII ([`half_width`]).
///
/// Keys: `id_length`, `id_characters`, `id_birth_date`, `id_checksum`.
pub fn resident_id(s: &str, today: Date) -> Result<ResidentId, Invalid> {
    let s = compact_code(s);
    let s = s.as_str();
    let n = s.chars().count();
    if n != 18 {
        return Err(Invalid::new("id_length", format!("expected 18 characters, got {n}")));
    }
    // 18 chars, and (checked next) all ASCII, so byte indexing is safe below.
    let b = s.as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) || !(b[17].is_ascii_digit() || b[17] == b'X' || b[17] == b'x') {
        return Err(Invalid::new("id_characters", "expected 17 digits then a digit or X"));
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0'));
    let (y, m, d) = (num(6..10), num(10..12), num(12..14));
    let birth = Date::from_ymd(y as i32, m, d).map_err(|e| Invalid::new("id_birth_date", format!("birth date {y:04}{m:02}{d:02}: {e}")))?;
    if birth > today {
        return Err(Invalid::new("id_birth_date", format!("birth date {birth} is after today {today}")));
    }
    let expected = resident_id_check_char(&s[..17]).unwrap_or('?');
    let given = char::from(b[17].to_ascii_uppercase());
    if given != expected {
        return Err(Invalid::new("id_checksum", format!("check character {given} should be {expected}")));
    }
    let male = (b[16] - b'0') % 2 == 1;
    Ok(ResidentId { birth, male })
}

/// The birth date the worker typed must match the ID number.
/// Key: `id_birth_mismatch`.
pub fn check_birth_consistency(id: &ResidentId, stated_birth: Date) -> Result<(), Invalid> {
    if id.birth == stated_birth {
        Ok(())
    } else {
        Err(Invalid::new("id_birth_mismatch", format!("ID number says {}, form says {stated_birth}", id.birth)))
    }
}

// ───────────────────────────────── mobile ─────────────────────────────────

/// A mainland mobile number: 11 digits, `1` then `3`–`9`. Spaces and hyphens
/// are ignored, as is a leading `+86` or `86`; full-width characters read
/// as ASCII. Returns the 11 digits. Key: `mobile_format`.
pub fn mobile(s: &str) -> Result<String, Invalid> {
    let cleaned: String = half_width(s).trim().chars().filter(|c| *c != ' ' && *c != '-').collect();
    let digits = if let Some(rest) = cleaned.strip_prefix("+86") {
        rest
    } else if cleaned.len() == 13 && cleaned.starts_with("86") {
        &cleaned[2..]
    } else {
        cleaned.as_str()
    };
    let b = digits.as_bytes();
    if b.len() == 11 && b.iter().all(u8::is_ascii_digit) && b[0] == b'1' && (b'3'..=b'9').contains(&b[1]) {
        Ok(digits.to_string())
    } else {
        Err(Invalid::new("mobile_format", "expected 11 digits starting 13-19, optionally +86"))
    }
}

/// A number the person can be reached on, as the papers print it: a
/// mainland mobile ([`mobile`]: its 11 digits), a landline with its area
/// code (`0371-12345678`, typed with or without the hyphen, in brackets,
/// after `+86` or `0086`), or another country's number (`+852 9123 4567`,
/// `00852…`: `+` and its digits). The paper's line is 联系电话: an input
/// review found landlines refused. Key: `phone_format`.
pub fn phone(s: &str) -> Result<String, Invalid> {
    let cleaned: String = half_width(s).trim().chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')')).collect();
    let cleaned = match cleaned.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => cleaned,
    };
    if let Ok(m) = mobile(&cleaned) {
        return Ok(m);
    }
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let national = match cleaned.strip_prefix("+86") {
        Some(rest) if rest.starts_with('0') => rest.to_string(),
        Some(rest) => format!("0{rest}"),
        None if cleaned.starts_with('+') => {
            let rest = &cleaned[1..];
            return if digits(rest) && (7..=15).contains(&rest.len()) && !rest.starts_with('0') {
                Ok(cleaned)
            } else {
                Err(Invalid::new("phone_format", "expected + and 7 to 15 digits"))
            };
        }
        None => cleaned,
    };
    let b = national.as_bytes();
    // The area code: 0 then 1 or 2 and one digit (010, 020–029), or 0 and
    // three digits (0371); then 7 or 8 digits, not starting with 0.
    let area = if b.get(1).is_some_and(|c| matches!(c, b'1' | b'2')) { 3 } else { 4 };
    if digits(&national) && b[0] == b'0' && b.get(1).is_some_and(|c| *c != b'0') && (area + 7..=area + 8).contains(&b.len()) && b[area] != b'0' {
        Ok(format!("{}-{}", &national[..area], &national[area..]))
    } else {
        Err(Invalid::new("phone_format", "expected a mobile, a landline with its area code, or + and a country code"))
    }
}

// ──────────────────── unified social credit code (GB 32100-2015) ────────────────────

/// The 31 characters of GB 32100-2015 (no I, O, Z, S, V), in value order.
pub const CREDIT_CODE_ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

fn credit_value(c: u8) -> Option<u32> {
    CREDIT_CODE_ALPHABET.bytes().position(|a| a == c).map(|p| p as u32)
}

/// The check character for the first 17 characters of a credit code, or
/// `None` if they are not 17 characters of the alphabet (upper case).
pub fn credit_code_check_char(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (&c, w) in b.iter().zip(CREDIT_WEIGHTS) {
        sum += credit_value(c)? * w;
    }
    let check = (31 - sum % 31) % 31;
    CREDIT_CODE_ALPHABET.as_bytes().get(check as usize).map(|&c| char::from(c))
}

/// Validates a unified social credit code: 18 characters of
/// [`CREDIT_CODE_ALPHABET`] with the GB 32100-2015 check character. Input is
/// trimmed, read as ASCII ([`half_width`]) and its ASCII letters upper-cased.
/// Returns the normalised code.
/// Keys: `credit_code_length`, `credit_code_characters`, `credit_code_checksum`.
pub fn credit_code(s: &str) -> Result<String, Invalid> {
    let code = compact_code(s).to_ascii_uppercase();
    let n = code.chars().count();
    if n != 18 {
        return Err(Invalid::new("credit_code_length", format!("expected 18 characters, got {n}")));
    }
    if code.len() != 18 || !code.bytes().all(|c| credit_value(c).is_some()) {
        return Err(Invalid::new("credit_code_characters", "only 0-9 and A-Z without I, O, Z, S, V are allowed"));
    }
    let expected = credit_code_check_char(&code[..17]).unwrap_or('?');
    let given = char::from(code.as_bytes()[17]);
    if given != expected {
        return Err(Invalid::new("credit_code_checksum", format!("check character {given} should be {expected}")));
    }
    Ok(code)
}

// ───────────────────────────────── money ─────────────────────────────────

/// The largest amount accepted: ¥10,000,000,000.00 (10^12 fen).
pub const MAX_AMOUNT_FEN: i64 = 1_000_000_000_000;

/// Parses a yuan amount into fen: `1234`, `1,234.5`, `1234.56`, `￥1234`,
/// `¥1234`, `1234元`, and the same in full-width characters. Commas must
/// group thousands. At most two decimals.
/// Keys: `amount_format`, `amount_negative`, `amount_too_many_decimals`,
/// `amount_too_large`.
pub fn amount_fen(s: &str) -> Result<i64, Invalid> {
    let ascii = half_width(s);
    let mut t = ascii.trim();
    for prefix in ["￥", "¥"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest.trim_start();
        }
    }
    if let Some(rest) = t.strip_suffix('元') {
        t = rest.trim_end();
    }
    if let Some(rest) = t.strip_prefix('-') {
        if !rest.is_empty() && rest.bytes().all(|c| c.is_ascii_digit() || c == b'.' || c == b',') {
            return Err(Invalid::new("amount_negative", "amounts cannot be negative"));
        }
        return Err(Invalid::new("amount_format", format!("not an amount: {s:?}")));
    }
    let format_err = || Invalid::new("amount_format", format!("not an amount: {s:?}"));
    let (int_part, frac_part) = match t.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (t, None),
    };
    // Integer part: digits, or comma-grouped thousands (1-3 digits, then ,ddd).
    if int_part.is_empty() {
        return Err(format_err());
    }
    let groups: Vec<&str> = int_part.split(',').collect();
    if !groups.iter().all(|g| !g.is_empty() && g.bytes().all(|c| c.is_ascii_digit())) {
        return Err(format_err());
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(format_err());
    }
    let frac = match frac_part {
        None => "",
        Some(f) if !f.is_empty() && f.bytes().all(|c| c.is_ascii_digit()) => f,
        Some(_) => return Err(format_err()),
    };
    if frac.len() > 2 {
        return Err(Invalid::new("amount_too_many_decimals", "at most two decimals (fen)"));
    }
    let too_large = || Invalid::new("amount_too_large", format!("at most {MAX_AMOUNT_FEN} fen"));
    let mut yuan: i64 = 0;
    for g in &groups {
        for c in g.bytes() {
            yuan = yuan.checked_mul(10).and_then(|y| y.checked_add(i64::from(c - b'0'))).filter(|y| *y <= MAX_AMOUNT_FEN).ok_or_else(too_large)?;
        }
    }
    let mut fen_part = 0i64;
    for (i, c) in frac.bytes().enumerate() {
        fen_part += i64::from(c - b'0') * if i == 0 { 10 } else { 1 };
    }
    let total = yuan.checked_mul(100).and_then(|f| f.checked_add(fen_part)).ok_or_else(too_large)?;
    if total > MAX_AMOUNT_FEN {
        return Err(too_large());
    }
    Ok(total)
}

// ───────────────────────────────── dates ─────────────────────────────────

/// `earlier` must not be after `later` (equal is fine). Key: `date_order`.
pub fn dates_in_order(earlier: Date, later: Date) -> Result<(), Invalid> {
    if earlier <= later {
        Ok(())
    } else {
        Err(Invalid::new("date_order", format!("{earlier} is after {later}")))
    }
}

/// `d` must not be after `today`. Key: `date_in_future`.
pub fn not_in_future(d: Date, today: Date) -> Result<(), Invalid> {
    if d <= today {
        Ok(())
    } else {
        Err(Invalid::new("date_in_future", format!("{d} is after today {today}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn today() -> Date {
        d("2026-11-26")
    }

    /// Appends the check character computed independently of the code under
    /// test (straight from the GB 11643 formula).
    fn with_id_check(first17: &str) -> String {
        let w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        let sum: u32 = first17.chars().zip(w).map(|(c, w)| c.to_digit(10).unwrap() * w).sum();
        let check = "10X98765432".chars().nth((sum % 11) as usize).unwrap();
        format!("{first17}{check}")
    }

    fn with_credit_check(first17: &str) -> String {
        let alpha: Vec<char> = "0123456789ABCDEFGHJKLMNPQRTUWXY".chars().collect();
        let w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        let sum: usize = first17.chars().zip(w).map(|(c, w)| alpha.iter().position(|a| *a == c).unwrap() * w).sum();
        format!("{first17}{}", alpha[(31 - sum % 31) % 31])
    }

    fn key<T: std::fmt::Debug>(r: Result<T, Invalid>) -> &'static str {
        r.unwrap_err().key
    }

    #[test]
    fn id_known_published_example_validates() {
        // The standard's own worked example: 11010519491231002X (female, 1949-12-31).
        assert_eq!(with_id_check("11010519491231002"), "11010519491231002X");
        let id = resident_id("11010519491231002X", today()).unwrap();
        assert_eq!(id, ResidentId { birth: d("1949-12-31"), male: false });
        // Lower-case x and surrounding spaces are fine, and so are the
        // spaces of a number written in groups (6-8-4), full-width ones too.
        assert_eq!(resident_id(" 11010519491231002x ", today()).unwrap(), id);
        assert_eq!(resident_id("110105 19491231 002X", today()).unwrap(), id);
        assert_eq!(resident_id("110105\u{3000}19491231\u{3000}002X", today()).unwrap(), id);
        // Hyphens group it too (as in a phone number), and × is a phone
        // keyboard's slip for X.
        assert_eq!(resident_id("110105-19491231-002X", today()).unwrap(), id);
        assert_eq!(resident_id("110105－19491231－002×", today()).unwrap(), id);
        assert_eq!(key(resident_id("11010519491231002*", today())), "id_characters");
        assert_eq!(key(resident_id("110105 19491231 002", today())), "id_length");
    }

    #[test]
    fn id_computed_valid_numbers_validate_with_sex() {
        // 410102 = 郑州市中原区; sequence 123 (odd → male), 124 (even → female).
        let male = with_id_check("41010219900315123");
        let r = resident_id(&male, today()).unwrap();
        assert_eq!(r, ResidentId { birth: d("1990-03-15"), male: true });
        let female = with_id_check("41010220000229124");
        let r = resident_id(&female, today()).unwrap();
        assert_eq!(r, ResidentId { birth: d("2000-02-29"), male: false });
        assert_eq!(resident_id_check_char(&male[..17]), male.chars().last());
        // Born today is fine.
        let born_today = with_id_check("41010220261126001");
        assert!(resident_id(&born_today, today()).is_ok());
    }

    #[test]
    fn id_bad_inputs_have_stable_keys() {
        let t = today();
        assert_eq!(key(resident_id("", t)), "id_length");
        assert_eq!(key(resident_id("41010219900315123", t)), "id_length");
        assert_eq!(key(resident_id("4101021990031512345", t)), "id_length");
        assert_eq!(key(resident_id("41010219900315A23X", t)), "id_characters");
        assert_eq!(key(resident_id("41010219900315123Y", t)), "id_characters");
        assert_eq!(key(resident_id("41010219900315123中", t)), "id_characters");
        // Impossible, pre-1900 and future birth dates, each with a correct checksum.
        for first17 in ["41010219900230123", "41010219901301123", "41010218991231123", "41010220270101123"] {
            assert_eq!(key(resident_id(&with_id_check(first17), t)), "id_birth_date", "{first17}");
        }
        // Wrong check character: change it to every other possibility.
        let good = with_id_check("41010219900315123");
        for c in "0123456789X".chars().filter(|c| !good.ends_with(*c)) {
            let bad = format!("{}{c}", &good[..17]);
            assert_eq!(key(resident_id(&bad, t)), "id_checksum", "{bad}");
        }
        // A typo in the sequence digits is caught by the checksum.
        let typo = format!("{}9{}", &good[..15], &good[16..]);
        assert_eq!(key(resident_id(&typo, t)), "id_checksum");
    }

    #[test]
    fn birth_consistency() {
        let id = resident_id(&with_id_check("41010219900315123"), today()).unwrap();
        assert!(check_birth_consistency(&id, d("1990-03-15")).is_ok());
        assert_eq!(key(check_birth_consistency(&id, d("1990-03-16"))), "id_birth_mismatch");
    }

    #[test]
    fn mobiles() {
        for ok in ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "8613812345678", "+8619912345678"] {
            assert_eq!(mobile(ok).map(|m| m.len()), Ok(11), "{ok}");
        }
        assert_eq!(mobile("+86 138-1234-5678").unwrap(), "13812345678");
        for bad in ["", "12812345678", "1381234567", "138123456789", "23812345678", "0371-12345678", "+8713812345678", "1381234567a"] {
            assert_eq!(key(mobile(bad)), "mobile_format", "{bad}");
        }
    }

    #[test]
    fn phones_mobile_landline_or_abroad() {
        for (typed, printed) in [
            ("138 1234 5678", "13812345678"),
            ("0086 13812345678", "13812345678"),
            ("0371-12345678", "0371-12345678"),
            ("037112345678", "0371-12345678"),
            ("(0371)12345678", "0371-12345678"),
            ("（０３７１）６７８９０１２", "0371-6789012"),
            ("010-12345678", "010-12345678"),
            ("+86 371 1234 5678", "0371-12345678"),
            ("+86 0371 12345678", "0371-12345678"),
            ("+852 9123 4567", "+85291234567"),
            ("00852 91234567", "+85291234567"),
        ] {
            assert_eq!(phone(typed), Ok(printed.to_string()), "{typed}");
        }
        for bad in ["", "12345", "0371-123", "0371-01234567", "+86 12", "+0123456789", "+1234", "abc", "12812345678", "0371-123456789"] {
            assert_eq!(key(phone(bad)), "phone_format", "{bad}");
        }
    }

    #[test]
    fn credit_codes() {
        let code = with_credit_check("91410100MA3X5Y7Q0");
        assert_eq!(credit_code(&code).unwrap(), code);
        assert_eq!(credit_code(&format!("  {}  ", code.to_lowercase())).unwrap(), code);
        assert_eq!(credit_code_check_char(&code[..17]), code.chars().last());
        // Flip one character (keeping it in the alphabet) → checksum error.
        for i in 0..18 {
            let mut chars: Vec<char> = code.chars().collect();
            chars[i] = if chars[i] == '1' { '2' } else { '1' };
            let flipped: String = chars.into_iter().collect();
            assert_eq!(key(credit_code(&flipped)), "credit_code_checksum", "{flipped}");
        }
        assert_eq!(key(credit_code("91410100MA3X5Y7Q")), "credit_code_length");
        assert_eq!(key(credit_code("")), "credit_code_length");
        // A hyphen groups, as in an ID number: ignored.
        assert_eq!(credit_code(&format!("{}-{}", &code[..9], &code[9..])).unwrap(), code);
        for bad_char in ['I', 'O', 'Z', 'S', 'V', '*', '中'] {
            let s = format!("{}{bad_char}", &code[..17]);
            assert_eq!(key(credit_code(&s)), "credit_code_characters", "{s}");
        }
        // Only ASCII letters are upper-cased: 'ß' stays one character (it
        // would be "SS" under Unicode rules) and is named as a bad character.
        let s = format!("{}ß", &code[..17]);
        assert_eq!(key(credit_code(&s)), "credit_code_characters", "{s}");
    }

    #[test]
    fn amounts() {
        assert_eq!(amount_fen("1234"), Ok(123_400));
        assert_eq!(amount_fen("1,234.5"), Ok(123_450));
        assert_eq!(amount_fen("1234.56"), Ok(123_456));
        assert_eq!(amount_fen("￥1234"), Ok(123_400));
        assert_eq!(amount_fen("¥ 1,234,567.89"), Ok(123_456_789));
        assert_eq!(amount_fen("2100元"), Ok(210_000));
        assert_eq!(amount_fen("0"), Ok(0));
        assert_eq!(amount_fen("0.05"), Ok(5));
        assert_eq!(amount_fen("10000000000"), Ok(MAX_AMOUNT_FEN));
        assert_eq!(key(amount_fen("10000000000.01")), "amount_too_large");
        assert_eq!(key(amount_fen("99999999999999999999999999")), "amount_too_large");
        assert_eq!(key(amount_fen("-5")), "amount_negative");
        assert_eq!(key(amount_fen("1.234")), "amount_too_many_decimals");
        for bad in ["", "abc", "1.", ".5", "1..2", "12,34", "1,2345", ",123", "1 234", "1e5", "--5", "-", "五千", "1.2.3", "+5"] {
            assert_eq!(key(amount_fen(bad)), "amount_format", "{bad}");
        }
    }

    /// `s` as a Chinese input method in full-width mode types it.
    fn wide(s: &str) -> String {
        s.chars()
            .map(|c| {
                if c == ' ' {
                    '\u{3000}'
                } else if c.is_ascii_graphic() {
                    char::from_u32(c as u32 + 0xFEE0).unwrap()
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn full_width_input_reads_as_what_the_person_meant() {
        let t = today();
        assert_eq!(wide("11010519491231002X"), "１１０１０５１９４９１２３１００２Ｘ");
        assert_eq!(resident_id("１１０１０５１９４９１２３１００２Ｘ", t), resident_id("11010519491231002X", t));
        assert!(resident_id("１１０１０５１９４９１２３１００２ｘ", t).is_ok());
        assert_eq!(mobile("＋８６　１３８－１２３４－５６７８"), Ok("13812345678".into()));
        let code = with_credit_check("91410100MA3X5Y7Q0");
        assert_eq!(credit_code(&wide(&code.to_lowercase())), Ok(code));
        assert_eq!(amount_fen("６，０００．５"), Ok(600_050));
        assert_eq!(amount_fen("￥１２３元"), Ok(12_300));
        // A Chinese keyboard's "." is 。.
        assert_eq!(amount_fen("3500。00"), Ok(350_000));
        assert_eq!(crate::interview::parse_date("2024。1。1").unwrap(), Date::parse("2024-01-01").ok());
        // Still checked after the conversion.
        assert_eq!(key(amount_fen("－５")), "amount_negative");
        assert_eq!(key(resident_id("１１０１０５１９４９１２３１００２１", t)), "id_checksum");
        assert_eq!(half_width("郑州市　金水区"), "郑州市 金水区");
        assert!(matches!(half_width("13812345678"), Cow::Borrowed(_)));
    }

    #[test]
    fn date_checks() {
        assert!(dates_in_order(d("2025-01-01"), d("2025-01-01")).is_ok());
        assert_eq!(key(dates_in_order(d("2025-01-02"), d("2025-01-01"))), "date_order");
        assert!(not_in_future(today(), today()).is_ok());
        assert_eq!(key(not_in_future(d("2026-11-27"), today())), "date_in_future");
        let fe = not_in_future(d("2026-11-27"), today()).unwrap_err().into_field("dates.known");
        assert_eq!((fe.field.as_str(), fe.key), ("dates.known", "date_in_future"));
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn validators_never_panic(s in "\\PC{0,30}") {
            let _ = resident_id(&s, today());
            let _ = mobile(&s);
            let _ = phone(&s);
            let _ = credit_code(&s);
            let _ = amount_fen(&s);
            let _ = resident_id_check_char(&s);
            let _ = credit_code_check_char(&s);
        }

        #[test]
        fn full_width_and_ascii_inputs_get_the_same_answer(s in "[0-9Xx ,.\\-+¥元]{0,22}") {
            let w = wide(&s);
            prop_assert_eq!(resident_id(&w, today()), resident_id(&s, today()));
            prop_assert_eq!(mobile(&w), mobile(&s));
            prop_assert_eq!(phone(&w), phone(&s));
            prop_assert_eq!(credit_code(&w).map_err(|e| e.key), credit_code(&s).map_err(|e| e.key));
            prop_assert_eq!(amount_fen(&w).map_err(|e| e.key), amount_fen(&s).map_err(|e| e.key));
        }

        #[test]
        fn near_miss_inputs_never_panic(s in "[0-9Xx０-９ ,.\\-+¥￥元]{0,22}") {
            let _ = resident_id(&s, today());
            let _ = mobile(&s);
            let _ = amount_fen(&s);
        }

        #[test]
        fn every_computed_id_validates(seq in 0u32..1000, days in 0i32..40_000) {
            let birth = d("1910-01-01").add_days(days);
            prop_assume!(birth <= today());
            let (y, m, dd) = birth.ymd();
            let id = with_id_check(&format!("410102{y:04}{m:02}{dd:02}{seq:03}"));
            let r = resident_id(&id, today()).unwrap();
            prop_assert_eq!(r.birth, birth);
            prop_assert_eq!(r.male, seq % 2 == 1);
        }

        #[test]
        fn amounts_round_trip(fen in 0i64..=MAX_AMOUNT_FEN) {
            let s = format!("{}.{:02}", fen / 100, fen % 100);
            prop_assert_eq!(amount_fen(&s), Ok(fen));
        }

        #[test]
        fn every_computed_credit_code_validates(s in "[0-9ABCDEFGHJKLMNPQRTUWXY]{17}") {
            let code = with_credit_check(&s);
            prop_assert_eq!(credit_code(&code), Ok(code.clone()));
        }
    }
}
