//! The rule book for the bureau's legal staff, generated from the same
//! compiled rule data the widget runs: every rule as a readable row
//! (conditions in words, outcome, clause and quote, plain reason).

use crate::rules::*;

/// A value's words: `fact.<fact>.<value>` or `outcome.<value>`.
fn value_words(lang: Lang, fact: &str, value: &str) -> String {
    if fact == "outcome" {
        text_or_key(lang, &format!("outcome.{value}"))
    } else {
        text_or_key(lang, &format!("fact.{fact}.{value}"))
    }
}

/// A fact's words. Facts that are asked have their question in text.toml;
/// derived ones (never asked, so no question there) are named here, each
/// of them: a test holds the book to no raw `fact.` key.
fn fact_words(lang: Lang, fact: &str) -> String {
    match (fact, lang) {
        ("outcome", Lang::Zh) => "这一步去的地方".into(),
        ("outcome", Lang::En) => "the place of this step".into(),
        ("with_labour_violation", Lang::Zh) => "同一人是否还反映了违反劳动法的问题".into(),
        ("with_labour_violation", Lang::En) => "whether the same person also reports a labour-law breach".into(),
        ("with_child_labour", Lang::Zh) => "受伤的是否童工（同时反映了使用童工，且受伤时不满16周岁）".into(),
        ("with_child_labour", Lang::En) => {
            "whether the injured person is a child labourer (child labour reported too, and under 16 when injured)".into()
        }
        _ => text_or_key(lang, &format!("fact.{fact}")),
    }
}

/// The conditions of a rule in words, one per line.
pub fn conditions_in_words(rule: &Rule, lang: Lang) -> Vec<String> {
    if rule.conditions.is_empty() {
        return vec![match lang {
            Lang::Zh => "任何情况".into(),
            Lang::En => "any case".into(),
        }];
    }
    rule.conditions
        .iter()
        .map(|c| {
            let (is, is_not, or, [open, close]) = match lang {
                Lang::Zh => ("是", "不是", "或", ["「", "」"]),
                Lang::En => ("is", "is not", " or ", ["“", "”"]),
            };
            let vals: Vec<String> = c.values.iter().map(|v| format!("{open}{}{close}", value_words(lang, c.fact, v))).collect();
            format!("{} {} {}", fact_words(lang, c.fact), if c.negated { is_not } else { is }, vals.join(or))
        })
        .collect()
}

fn policy_words(p: HitPolicy, lang: Lang) -> &'static str {
    match (p, lang) {
        (HitPolicy::Unique, Lang::Zh) => "唯一命中（规则之间不得重叠）",
        (HitPolicy::First, Lang::Zh) => "按顺序，第一条命中的规则生效",
        (HitPolicy::Collect, Lang::Zh) => "全部命中的规则都适用（提示）",
        (HitPolicy::Unique, Lang::En) => "unique (rules may not overlap)",
        (HitPolicy::First, Lang::En) => "first (the first matching rule in order wins)",
        (HitPolicy::Collect, Lang::En) => "collect (every matching rule applies: notes)",
    }
}

fn outcome_words(rule: &Rule, lang: Lang) -> String {
    let mut parts: Vec<String> = rule.outcome.iter().chain(rule.then).map(|o| text_or_key(lang, &format!("outcome.{}", o.key()))).collect();
    for (f, v) in rule.then_assume {
        let meta = f.meta();
        parts.push(match lang {
            Lang::Zh => format!("之后按「{}」继续", value_words(lang, meta.key, meta.values[*v])),
            Lang::En => format!("then continue as “{}”", value_words(lang, meta.key, meta.values[*v])),
        });
    }
    if parts.is_empty() {
        return match lang {
            Lang::Zh => "（提示）".into(),
            Lang::En => "(note)".into(),
        };
    }
    parts.join(" → ")
}

pub fn markdown(lang: Lang) -> String {
    let mut o = String::new();
    let (title, intro) = match lang {
        Lang::Zh => ("维权导办 分流规则手册", "本手册由 core/src/rules/routing.toml 自动生成，与组件实际运行的规则完全一致。表格按顺序查找：第一张有规则命中的表决定去向。"),
        Lang::En => ("维权导办 routing rule book", "Generated from core/src/rules/routing.toml: the very rules the widget runs. Tables are consulted in order; the first table with a matching rule decides."),
    };
    o.push_str(&format!("# {title}\n\n{intro}\n\n"));
    for (ti, t) in TABLES.iter().enumerate() {
        o.push_str(&format!("## {}. `{}` — {}\n\n", ti + 1, t.id, t.title(lang)));
        o.push_str(&format!(
            "{}{}\n\n",
            policy_words(t.policy, lang),
            if t.complete {
                if lang == Lang::Zh {
                    "；覆盖所有情况"
                } else {
                    "; covers every case"
                }
            } else {
                ""
            }
        ));
        for &r in t.rules {
            let rule = &RULES[r];
            o.push_str(&format!("### `{}`\n\n", rule.id));
            let (when, goes, why, basis) = match lang {
                Lang::Zh => ("条件", "去向", "理由", "依据"),
                Lang::En => ("When", "Goes to", "Why", "Basis"),
            };
            o.push_str(&format!("- **{when}**: {}\n", conditions_in_words(rule, lang).join(list_sep(lang))));
            o.push_str(&format!("- **{goes}**: {}\n", outcome_words(rule, lang)));
            o.push_str(&format!("- **{why}**: {}\n", text_or_key(lang, &format!("rule.{}", rule.id))));
            for c in rule.cites {
                o.push_str(&format!("- **{basis}**: {}{} —「{}」\n", cite_words(c, lang), scope(c, lang), c.quote));
            }
            o.push('\n');
        }
    }
    // The time limits the result counts, with the clauses they rest on.
    let [heading, _, period_w, applies_w, what_w, basis_w] = limit_words(lang);
    o.push_str(&format!("## {heading}\n\n"));
    for l in &LIMITS {
        o.push_str(&format!("### `{}` — {}\n\n", l.id, text_or_key(lang, &format!("limit.{}.title", l.id))));
        o.push_str(&format!("- **{period_w}**: {}\n", period_words(l, lang)));
        o.push_str(&format!("- **{applies_w}**: {}\n", limit_outcomes(l, lang)));
        o.push_str(&format!("- **{what_w}**: {}\n", text_or_key(lang, &format!("limit.{}", l.id))));
        for c in l.cites {
            o.push_str(&format!("- **{basis_w}**: {} —「{}」\n", cite_words(c, lang), c.quote));
        }
        o.push('\n');
    }
    o
}

/// The time limits' heading and their columns: the limit, its period, what
/// it applies to, what it is, its basis.
fn limit_words(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Zh => ["期限", "期限", "期间", "适用于", "说明", "依据"],
        Lang::En => ["Time limits", "Limit", "Period", "Applies to", "What it is", "Basis"],
    }
}

/// Between the items of a list in the book's language.
fn list_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    }
}

/// "1年" / "1 year", "15天" / "15 days".
fn period_words(l: &Limit, lang: Lang) -> String {
    let (n, unit_zh, unit_en) = match (l.months, l.days) {
        (m, 0) if m % 12 == 0 => (m / 12, "年", "year"),
        (m, 0) => (m, "个月", "month"),
        (_, d) => (d, "天", "day"),
    };
    match lang {
        Lang::Zh => format!("{n}{unit_zh}"),
        Lang::En => format!("{n} {unit_en}{}", if n == 1 { "" } else { "s" }),
    }
}

fn limit_outcomes(l: &Limit, lang: Lang) -> String {
    let names: Vec<String> = l.outcomes.iter().map(|o| text_or_key(lang, &format!("outcome.{}", o.key()))).collect();
    names.join(list_sep(lang))
}

/// "劳动合同法 第八十二条"; in English "Labour Contract Law, art. 82
/// (劳动合同法 第八十二条)", the Chinese for the quote beside it.
fn cite_words(c: &Cite, lang: Lang) -> String {
    let zh = format!("{} {}", c.source, c.clause);
    match lang {
        Lang::Zh => zh,
        Lang::En => format!("{} ({zh})", crate::citation::words(lang, c.source, c.clause)),
    }
}

/// `cite_words` for the page: the Chinese citation after the English name
/// marked as Chinese.
fn cite_html(c: &Cite, lang: Lang) -> String {
    let zh = esc(&format!("{} {}", c.source, c.clause));
    match lang {
        Lang::Zh => zh,
        Lang::En => format!("{} (<span lang=\"zh-CN\">{zh}</span>)", esc(&crate::citation::words(lang, c.source, c.clause))),
    }
}

/// Which of the rule's problems a clause is the basis for, when not all.
fn scope(c: &Cite, lang: Lang) -> String {
    if c.problems.is_empty() {
        return String::new();
    }
    let names: Vec<String> = c.problems.iter().map(|p| text_or_key(lang, &format!("fact.problem.{}", p.key()))).collect();
    match lang {
        Lang::Zh => format!("（用于：{}）", names.join(list_sep(lang))),
        Lang::En => format!(" (for: {})", names.join(list_sep(lang))),
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A standalone page (no script, no inline style) for the bundle.
pub fn html(lang: Lang) -> String {
    // The heading marks the Chinese name in the English page, so a screen
    // reader reads it in Chinese (a <title> cannot hold markup).
    let (html_lang, title, heading, cols) = match lang {
        Lang::Zh => ("zh-CN", "维权导办 分流规则手册", "维权导办 分流规则手册", ["规则", "条件", "去向", "理由", "依据"]),
        Lang::En => (
            "en",
            "维权导办 routing rule book",
            "<span lang=\"zh-CN\">维权导办</span> routing rule book",
            ["Rule", "When", "Goes to", "Why", "Basis"],
        ),
    };
    let mut o = format!(
        "<!doctype html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n</head>\n<body>\n<main>\n<h1>{heading}</h1>\n"
    );
    for (ti, t) in TABLES.iter().enumerate() {
        o.push_str(&format!(
            "<section>\n<h2>{}. {} <code>{}</code></h2>\n<p>{}</p>\n<table>\n<thead><tr>",
            ti + 1,
            esc(t.title(lang)),
            esc(t.id),
            esc(policy_words(t.policy, lang))
        ));
        for c in cols {
            o.push_str(&format!("<th scope=\"col\">{c}</th>"));
        }
        o.push_str("</tr></thead>\n<tbody>\n");
        for &r in t.rules {
            let rule = &RULES[r];
            let conds: Vec<String> = conditions_in_words(rule, lang).iter().map(|c| esc(c)).collect();
            let cites: Vec<String> = rule
                .cites
                .iter()
                .map(|c| format!("{}{}<br><q lang=\"zh-CN\">{}</q>", cite_html(c, lang), esc(&scope(c, lang)), esc(c.quote)))
                .collect();
            o.push_str(&format!(
                "<tr><th scope=\"row\"><code>{}</code></th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(rule.id),
                conds.join("<br>"),
                esc(&outcome_words(rule, lang)),
                esc(&text_or_key(lang, &format!("rule.{}", rule.id))),
                cites.join("<br>")
            ));
        }
        o.push_str("</tbody>\n</table>\n</section>\n");
    }
    let [heading, cols @ ..] = limit_words(lang);
    o.push_str(&format!("<section>\n<h2>{heading}</h2>\n<table>\n<thead><tr>"));
    for c in cols {
        o.push_str(&format!("<th scope=\"col\">{c}</th>"));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for l in &LIMITS {
        let cites: Vec<String> = l.cites.iter().map(|c| format!("{}<br><q lang=\"zh-CN\">{}</q>", cite_html(c, lang), esc(c.quote))).collect();
        o.push_str(&format!(
            "<tr><th scope=\"row\"><code>{}</code><br>{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            esc(l.id),
            esc(&text_or_key(lang, &format!("limit.{}.title", l.id))),
            esc(&period_words(l, lang)),
            esc(&limit_outcomes(l, lang)),
            esc(&text_or_key(lang, &format!("limit.{}", l.id))),
            cites.join("<br>")
        ));
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_and_clause_is_in_the_book() {
        let md = markdown(Lang::Zh);
        let page = html(Lang::En);
        for r in &RULES {
            assert!(md.contains(&format!("`{}`", r.id)), "{} missing", r.id);
            assert!(page.contains(&format!("<code>{}</code>", r.id)), "{} missing", r.id);
            for c in r.cites {
                assert!(md.contains(c.quote), "quote of {} missing", r.id);
            }
        }
    }

    /// The time limits are in the book with their clauses: 监察条例
    /// 第二十条's two years and 调解仲裁法 第二十七条's year had been nowhere in it.
    #[test]
    fn every_time_limit_and_its_clause_is_in_the_book() {
        for lang in [Lang::Zh, Lang::En] {
            let (md, page) = (markdown(lang), html(lang));
            for l in &LIMITS {
                assert!(md.contains(&format!("### `{}` — ", l.id)) && page.contains(&format!("<code>{}</code>", l.id)), "{}", l.id);
                assert!(!md.contains(&format!("limit.{}", l.id)), "{} has its words", l.id);
                for c in l.cites {
                    assert!(md.contains(c.quote) && page.contains(&esc(c.quote)), "{} {}", l.id, c.clause);
                }
            }
        }
        let md = markdown(Lang::Zh);
        assert!(md.contains("劳动保障监察条例 第二十条") && md.contains("劳动争议调解仲裁法 第二十七条"), "{md}");
        assert!(markdown(Lang::En).contains("- **Period**: 1 year"));
    }

    #[test]
    fn conditions_read_as_words_not_keys() {
        let rule = RULES.iter().find(|r| r.id == "household_employer").unwrap();
        let words = conditions_in_words(rule, Lang::Zh).join("；");
        assert!(words.contains("家庭（在家里当保姆"), "{words}");
        assert!(words.contains("不是 「单位使用不满16岁的童工」"), "{words}");
        assert!(!words.contains("household_or_individual"), "{words}");
    }

    /// The English book quotes and separates with English punctuation
    /// (it had 「」 and ； from the Chinese); the Chinese quotes only the
    /// clauses' Chinese words.
    #[test]
    fn english_conditions_use_english_punctuation() {
        let rule = RULES.iter().find(|r| r.id == "household_employer").unwrap();
        let words = conditions_in_words(rule, Lang::En).join("; ");
        assert!(words.contains("is not “The employer uses children under 16”"), "{words}");
        let md = markdown(Lang::En);
        for line in md.lines().filter(|l| l.starts_with("- **When**")) {
            assert!(!line.contains(['「', '」', '；']), "{line}");
        }
        assert!(md.contains("”; "), "conditions joined with a semicolon");
    }

    /// A fact named by its key ("fact.with_child_labour 是 …") is a fact
    /// the book has no words for: every fact a rule tests, derived ones too.
    #[test]
    fn the_book_names_every_fact_in_words_not_keys() {
        for lang in [Lang::Zh, Lang::En] {
            for book in [markdown(lang), html(lang)] {
                assert!(!book.contains("fact."), "{}", book.split("fact.").nth(1).unwrap_or("").chars().take(40).collect::<String>());
            }
            for f in FACTS.iter().filter(|f| f.derived_from_problems.is_some()) {
                assert!(!fact_words(lang, f.key).starts_with("fact."), "{}", f.key);
            }
        }
    }

    #[test]
    fn the_chinese_book_titles_its_tables_in_chinese() {
        // Titles were once English in both books.
        let md = markdown(Lang::Zh);
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ") && l.contains('`')).collect();
        assert_eq!(headings.len(), TABLES.len());
        for h in &headings {
            // "## 1. `outside` — 大厅三个机构不处理的事项": no Latin letter after the id.
            let title = h.rsplit("` — ").next().unwrap();
            assert!(!title.chars().any(|c| c.is_ascii_alphabetic()), "{h}");
        }
        assert!(md.contains("## 2. `urgent` — 老板逃匿欠薪"), "{md}");
        assert!(html(Lang::En).contains("Wages owed by an employer who has fled or hidden"));
    }

    #[test]
    fn the_page_has_no_script_or_inline_style() {
        let page = html(Lang::Zh);
        assert!(!page.contains("<script") && !page.contains("style="));
        assert!(page.starts_with("<!doctype html>\n<html lang=\"zh-CN\">"));
    }
}
