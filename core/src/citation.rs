//! How a clause is named to a reader. The rules cite the law in Chinese, as
//! `../shared/laws` prints it ("劳动合同法", "第八十二条"); an English reader
//! is given the law's English name and the article in figures ("Labour
//! Contract Law, art. 82"). The quoted words stay Chinese: `../shared/laws`
//! has no official translation.
//!
//! Display only: nothing decides on these words. A source or a clause this
//! module cannot put into English is shown as cited (the tests hold every
//! clause the screens show to an English name).

use crate::rules::Lang;

/// The English name of a source the rules cite, if it has one here.
pub fn title_en(source: &str) -> Option<&'static str> {
    Some(match source {
        "劳动法" => "Labour Law",
        "劳动合同法" => "Labour Contract Law",
        "劳动合同法实施条例" => "Labour Contract Law Implementing Regulations",
        "劳动争议调解仲裁法" => "Labour Dispute Mediation and Arbitration Law",
        "劳动保障监察条例" => "Labour Security Inspection Regulations",
        "河南省劳动保障监察条例" => "Henan Labour Security Inspection Regulations",
        "工伤保险条例" => "Work Injury Insurance Regulations",
        "河南省工伤保险条例" => "Henan Work Injury Insurance Regulations",
        "社会保险法" => "Social Insurance Law",
        "社会保险经办条例" => "Social Insurance Handling Regulations",
        "社会保险费征缴暂行条例" => "Interim Regulations on Collecting Social Insurance Contributions",
        "保障农民工工资支付条例" => "Regulations on Ensuring Migrant Workers' Wages",
        "工资支付暂行规定" => "Interim Provisions on Wage Payment",
        "女职工劳动保护特别规定" => "Special Provisions on Protecting Women Workers",
        "禁止使用童工规定" => "Provisions Prohibiting Child Labour",
        "职工带薪年休假条例" => "Regulations on Paid Annual Leave for Employees",
        "郑州市劳动用工条例" => "Zhengzhou Labour Employment Regulations",
        "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）" => {
            "Supreme People's Court interpretation (I) on labour disputes"
        }
        "最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释" => {
            "Supreme People's Court interpretation on the crime of refusing to pay wages"
        }
        "关于职工全年月平均工作时间和工资折算问题的通知" => "Notice on average monthly working time and wage conversion",
        "郑人社〔2016〕19号" => "Zhengzhou HRSS [2016] No. 19",
        _ => return None,
    })
}

/// A clause in English: "第八十二条" → "art. 82", "第四十七条第二款" →
/// "art. 47, para. 2", "第四十四条第三项" → "art. 44, item 3",
/// "第二十六条(三)" → "art. 26(3)"; a part of a notice ("二(三)") →
/// "II(3)". `None` for a form not listed here.
pub fn clause_en(clause: &str) -> Option<String> {
    let (head, item) = match clause.find(['(', '（']) {
        Some(i) => {
            let rest = clause[i..].trim_start_matches(['(', '（']);
            let inner = rest.strip_suffix([')', '）'])?;
            (&clause[..i], Some(numeral(inner)?))
        }
        None => (clause, None),
    };
    let item = item.map(|n| format!("({n})")).unwrap_or_default();
    let Some(rest) = head.strip_prefix('第') else {
        // The parts of a notice are numbered 一、二、三….
        return Some(format!("{}{item}", roman(numeral(head)?)?));
    };
    let (article, rest) = rest.split_once('条')?;
    let mut out = format!("art. {}{item}", numeral(article)?);
    if !rest.is_empty() {
        let rest = rest.strip_prefix('第')?;
        let (n, unit) = rest.split_at(rest.char_indices().last()?.0);
        let word = match unit {
            "款" => "para.",
            "项" => "item",
            _ => return None,
        };
        out.push_str(&format!(", {word} {}", numeral(n)?));
    }
    Some(out)
}

/// "劳动合同法 第八十二条", or in English "Labour Contract Law, art. 82"
/// (the Chinese words for what has no English name here).
pub fn words(lang: Lang, source: &str, clause: &str) -> String {
    match (lang, title_en(source), clause_en(clause)) {
        (Lang::En, Some(title), Some(clause)) => format!("{title}, {clause}"),
        _ => format!("{source} {clause}"),
    }
}

/// A Chinese numeral below a thousand ("八十二" → 82, "十" → 10).
fn numeral(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let (mut total, mut digit) = (0, None);
    // 零 only holds a place ("一百零三").
    for c in s.chars().filter(|&c| c != '零') {
        let d = "零一二三四五六七八九".chars().position(|z| z == c);
        match (d, c) {
            (Some(d), _) if digit.is_none() => digit = Some(d as u32),
            (None, '十' | '百') => {
                let unit = if c == '十' { 10 } else { 100 };
                total += digit.take().unwrap_or(1) * unit;
            }
            _ => return None,
        }
    }
    Some(total + digit.unwrap_or(0))
}

fn roman(n: u32) -> Option<&'static str> {
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].get(n.checked_sub(1)? as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RULES;

    #[test]
    fn numerals_and_clause_forms() {
        for (zh, n) in [("一", 1), ("十", 10), ("十五", 15), ("二十", 20), ("二十七", 27), ("九十七", 97), ("一百零三", 103)] {
            assert_eq!(numeral(zh), Some(n), "{zh}");
        }
        assert_eq!(numeral("二二"), None);
        assert_eq!(numeral(""), None);
        for (zh, en) in [
            ("第八十二条", "art. 82"),
            ("第四十七条第二款", "art. 47, para. 2"),
            ("第四十四条第三项", "art. 44, item 3"),
            ("第二十六条(三)", "art. 26(3)"),
            ("第一条（五）", "art. 1(5)"),
            ("二(三)", "II(3)"),
            ("一", "I"),
        ] {
            assert_eq!(clause_en(zh).as_deref(), Some(en), "{zh}");
        }
        for odd in ["第八十二", "第条", "附件", "第三条第二段", "二(三"] {
            assert_eq!(clause_en(odd), None, "{odd}");
        }
        assert_eq!(words(Lang::En, "劳动合同法", "第八十二条"), "Labour Contract Law, art. 82");
        assert_eq!(words(Lang::Zh, "劳动合同法", "第八十二条"), "劳动合同法 第八十二条");
        // Unknown: the Chinese, never a half-translated mix.
        assert_eq!(words(Lang::En, "某条例", "第一条"), "某条例 第一条");
    }

    /// Every clause the screens show (the rules' and the money workings')
    /// has English words, so a law added to the rules without its English
    /// name fails here.
    #[test]
    fn every_clause_shown_has_english_words() {
        for c in RULES.iter().flat_map(|r| r.cites) {
            assert!(title_en(c.source).is_some(), "no English name for {}", c.source);
            assert!(clause_en(c.clause).is_some(), "no English words for {} {}", c.source, c.clause);
        }
        use crate::money::*;
        for source in [LCL, LCL_REGS, LABOUR_LAW, ARBITRATION_LAW, WAGE_CONVERSION] {
            assert!(title_en(source).is_some(), "no English name for {source}");
        }
        // The workings cite inline (`cite(LCL, "第八十二条第一款")`): every
        // clause written so in money.rs, read from its source.
        let money = include_str!("money.rs");
        let clauses: Vec<&str> = money.split("cite(").skip(1).filter_map(|s| s.split_once(", \"")?.1.split_once('"').map(|c| c.0)).collect();
        assert!(clauses.len() > 20 && clauses.contains(&"第八十二条第一款"), "{clauses:?}");
        for clause in clauses {
            assert!(clause_en(clause).is_some(), "no English words for {clause}");
        }
    }
}
