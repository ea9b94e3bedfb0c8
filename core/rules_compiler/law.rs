//! The law texts in `law/`, split into clauses, so that a citation can be
//! checked: the clause must exist and the quote must stand in it word for word.

use std::collections::BTreeMap;
use std::path::Path;

pub struct Library {
    /// source name → clause name → clause text (normalised).
    sources: BTreeMap<String, BTreeMap<String, String>>,
}

/// Whitespace is dropped and full-width brackets and punctuation folded to
/// their ASCII forms (the seed uses ASCII commas, the laws full-width ones), so
/// that a quote is not rejected for the typography of the file it comes from.
pub fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '，' => ',',
            '；' => ';',
            '：' => ':',
            c => c,
        })
        .collect()
}

const SEED: &str = "郑人社〔2016〕19号";

impl Library {
    pub fn load(dir: &Path) -> Result<Library, String> {
        let mut sources = BTreeMap::new();
        let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read the law texts in {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let clauses = if name == SEED { seed_sections(&text) } else { articles(&text) };
            sources.insert(name, clauses);
        }
        Ok(Library { sources })
    }

    pub fn has_source(&self, source: &str) -> bool {
        self.sources.contains_key(source)
    }

    pub fn clause(&self, source: &str, clause: &str) -> Option<&str> {
        self.sources.get(source)?.get(clause).map(String::as_str)
    }

    pub fn source_names(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().map(String::as_str)
    }
}

fn is_cn_numeral(c: char) -> bool {
    "一二三四五六七八九十百零".contains(c)
}

/// `第N条 …` starts an article; it runs until the next article or heading.
fn articles(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        let t = line.trim_start();
        let article = t.strip_prefix('第').and_then(|rest| {
            let end = rest.find('条')?;
            let num = &rest[..end];
            (!num.is_empty() && num.chars().all(is_cn_numeral)).then(|| format!("第{num}条"))
        });
        if let Some(name) = article {
            if let Some((n, body)) = current.take() {
                out.entry(n).or_insert(body);
            }
            current = Some((name, normalise(t)));
        } else if t.starts_with('#') {
            if let Some((n, body)) = current.take() {
                out.entry(n).or_insert(body);
            }
        } else if let Some((_, body)) = current.as_mut() {
            body.push_str(&normalise(t));
        }
    }
    if let Some((n, body)) = current {
        out.entry(n).or_insert(body);
    }
    out
}

/// The seed's sections: `一、…` and their sub-sections `(一)…`, named `一`
/// and `一(一)`. A section's text includes its sub-sections.
fn seed_sections(text: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut section: Option<String> = None;
    let mut sub: Option<String> = None;
    for line in text.lines() {
        let t = normalise(line);
        if let Some(pos) = t.find('、') {
            let head = &t[..pos];
            if !head.is_empty() && head.chars().all(is_cn_numeral) {
                section = Some(head.to_string());
                sub = None;
            }
        }
        if let Some(rest) = t.strip_prefix('(') {
            if let Some(end) = rest.find(')') {
                let head = &rest[..end];
                if !head.is_empty() && head.chars().all(is_cn_numeral) {
                    if let Some(s) = &section {
                        sub = Some(format!("{s}({head})"));
                    }
                }
            }
        }
        if let Some(s) = &section {
            out.entry(s.clone()).or_default().push_str(&t);
        }
        if let Some(s) = &sub {
            out.entry(s.clone()).or_default().push_str(&t);
        }
    }
    out
}
