//! Every check the build makes before any code is generated. Each error names
//! the rule and, for space checks, the facts of the cases concerned.

use super::cubes::{intersect, is_empty, subtract_all};
use super::law::{normalise, Library};
use super::model::*;
use std::collections::BTreeSet;

fn cite_errors(at: &str, cites: &[CiteDef], laws: &Library) -> Vec<String> {
    let mut errors = Vec::new();
    if cites.is_empty() {
        errors.push(format!("{at} cites no clause: every rule must rest on a clause of the seed or a law"));
    }
    for c in cites {
        if !laws.has_source(&c.source) {
            let known: Vec<&str> = laws.source_names().collect();
            errors.push(format!("{at}: unknown source `{}` (known: {})", c.source, known.join("、")));
            continue;
        }
        let Some(text) = laws.clause(&c.source, &c.clause) else {
            errors.push(format!("{at}: {} has no clause `{}`", c.source, c.clause));
            continue;
        };
        let q = normalise(&c.quote);
        if q.chars().count() < 4 {
            errors.push(format!("{at}: the quote from {} {} is too short to check", c.source, c.clause));
        } else if !text.contains(&q) {
            errors.push(format!("{at}: the quote «{}» does not stand word for word in {} {}", c.quote, c.source, c.clause));
        }
    }
    errors
}

pub fn citations(m: &Model, laws: &Library) -> Vec<String> {
    let mut errors = Vec::new();
    for r in &m.rules {
        errors.extend(cite_errors(&format!("rule `{}`", r.id), &r.cites, laws));
    }
    for l in &m.limits {
        errors.extend(cite_errors(&format!("limit `{}`", l.id), &l.cites, laws));
    }
    errors
}

/// Every key needs a text in both languages; no text may name a missing key.
pub fn required_text_keys(m: &Model) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for f in &m.facts {
        if f.derived_from_problems.is_none() {
            keys.insert(format!("fact.{}", f.key));
        }
        for v in &f.values {
            keys.insert(format!("fact.{}.{v}", f.key));
        }
    }
    for o in &m.outcomes {
        keys.insert(format!("outcome.{}", o.key));
    }
    for p in &m.purposes {
        keys.insert(format!("purpose.{p}"));
    }
    for t in &m.tables {
        keys.insert(format!("table.{}", t.id));
    }
    for r in &m.rules {
        keys.insert(format!("rule.{}", r.id));
    }
    for l in &m.limits {
        keys.insert(format!("limit.{}", l.id));
        // What may still help once the last day has passed: it differs by
        // limit (only the arbitration year can be interrupted or suspended).
        keys.insert(format!("limit.{}.passed", l.id));
        // Its name, heading its box: a step may show two limits, one open
        // and one passed, and each must say which it is.
        keys.insert(format!("limit.{}.title", l.id));
    }
    keys
}

pub fn texts(m: &Model) -> Vec<String> {
    let mut errors = Vec::new();
    let need = required_text_keys(m);
    for (lang, map) in [("zh", &m.text.zh), ("en", &m.text.en)] {
        for k in &need {
            match map.get(k) {
                None => errors.push(format!("text.toml [{lang}]: no text for `{k}`")),
                Some(t) if t.trim().is_empty() => errors.push(format!("text.toml [{lang}]: `{k}` is empty")),
                _ => {}
            }
        }
        for k in map.keys() {
            if !need.contains(k) {
                errors.push(format!("text.toml [{lang}]: `{k}` names no key of routing.toml"));
            }
        }
    }
    // An English text in Chinese characters is one a reader of English
    // cannot read (a Chinese text pasted into [en], or a law named in
    // Chinese): the English screens name laws in English (src/citation.rs)
    // and quote them in Chinese themselves. No [en] text needs Han, so none
    // is let through.
    for (k, t) in &m.text.en {
        let han: String = t.chars().filter(|c| ('\u{3400}'..='\u{9fff}').contains(c)).collect();
        if !han.is_empty() {
            errors.push(format!("text.toml [en]: `{k}` has Chinese characters ({han}); write it in English"));
        }
    }
    errors
}

pub fn structure(m: &Model) -> Vec<String> {
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    for t in &m.tables {
        if !ids.insert(&t.id) {
            errors.push(format!("table `{}` is declared twice", t.id));
        }
        if t.policy == HitPolicy::Collect && !t.id.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            errors.push(format!("collect table `{}`: the id names a Rust function, use snake_case", t.id));
        }
        if t.policy == HitPolicy::Collect && t.complete {
            errors.push(format!("table `{}`: a collect table cannot be complete", t.id));
        }
    }
    match m.routing_tables().last() {
        Some(t) if t.complete => {}
        _ => errors.push("the last routing table must be `complete = true`, so that every case gets an outcome".into()),
    }
    let mut assumed: Vec<(usize, usize, &str)> = Vec::new();
    for r in &m.rules {
        if r.tests.is_empty() {
            errors.push(format!("rule `{}` has no test case: add a [[table.rule.test]] beside it", r.id));
        }
        // The rule matches only where every fact has one of its values: one
        // assumed value outside them is enough to keep it from firing again.
        if !r.then_assume.is_empty() && r.then_assume.iter().all(|&(d, v)| r.cube[d] & (1 << v) != 0) {
            let assumed: Vec<String> = r.then_assume.iter().map(|&(d, v)| format!("{} = {}", m.facts[d].key, m.facts[d].values[v])).collect();
            errors.push(format!("rule `{}`: then_assume {} would let the rule fire again (loop)", r.id, assumed.join(", ")));
        }
        for &(d, v) in &r.then_assume {
            if let Some((_, _, other)) = assumed.iter().find(|(d2, v2, _)| *d2 == d && *v2 != v) {
                errors.push(format!("rules `{}` and `{other}` assume different values of `{}`", r.id, m.facts[d].key));
            }
            assumed.push((d, v, &r.id));
        }
    }
    if m.facts[0].derived_from_problems.is_some() {
        errors.push("`problem` cannot be derived".into());
    }
    // A derived fact that depends on where the other problems go must not be
    // tested by the rules that route those problems (no circular reasoning).
    for (d, f) in m.facts.iter().enumerate() {
        let (Some(group), false) = (&f.derived_from_problems, f.derived_when_routed_to.is_empty()) else {
            continue;
        };
        let group_mask: Mask = group.iter().fold(0, |acc, &p| acc | (1 << p));
        for r in m.rules.iter().filter(|r| m.tables[r.table].policy != HitPolicy::Collect) {
            if r.cube[0] & group_mask != 0 && r.cube[d] != f.all() {
                errors.push(format!("rule `{}` tests `{}`, which is derived from where the problems it routes are sent (circular)", r.id, f.key));
            }
        }
    }
    errors
}

fn fact_part(c: &[Mask], n: usize) -> Cube {
    c[..n].to_vec()
}

/// The effective region of every routing rule: the cases it decides, as
/// disjoint cubes (its cube minus everything decided before it). Together
/// they partition the fact space (the space checks prove it).
pub fn regions(m: &Model) -> Vec<(usize, Cube)> {
    let n = m.facts.len();
    let mut out = Vec::new();
    let mut decided: Vec<Cube> = Vec::new();
    for t in m.routing_tables() {
        let mut in_table: Vec<Cube> = Vec::new();
        for &r in &t.rules {
            let c = fact_part(&m.rules[r].cube, n);
            let mut cuts = decided.clone();
            if t.policy == HitPolicy::First {
                cuts.extend(in_table.iter().cloned());
            }
            out.extend(subtract_all(vec![c.clone()], &cuts).into_iter().map(|p| (r, p)));
            in_table.push(c);
        }
        decided.extend(in_table);
    }
    out
}

/// Gaps, overlaps and rules that can never fire, table by table.
pub fn space(m: &Model) -> Vec<String> {
    let n = m.facts.len();
    let mut errors = Vec::new();
    let mut decided: Vec<Cube> = Vec::new();
    let universe = m.universe();
    for t in m.routing_tables() {
        let cubes: Vec<(usize, Cube)> = t.rules.iter().map(|&r| (r, fact_part(&m.rules[r].cube, n))).collect();
        for (i, (r, c)) in cubes.iter().enumerate() {
            let rule = &m.rules[*r];
            if is_empty(c) {
                errors.push(format!("rule `{}` can never fire: its conditions contradict each other", rule.id));
                continue;
            }
            let mut cuts = decided.clone();
            if t.policy == HitPolicy::First {
                cuts.extend(cubes[..i].iter().map(|(_, c)| c.clone()));
            }
            if subtract_all(vec![c.clone()], &cuts).is_empty() {
                errors.push(format!(
                    "rule `{}` (table `{}`) can never fire: every case it covers ({}) is decided by an earlier rule",
                    rule.id,
                    t.id,
                    m.describe(c)
                ));
            }
        }
        if t.policy == HitPolicy::Unique {
            for i in 0..cubes.len() {
                for j in i + 1..cubes.len() {
                    let (a, b) = (&m.rules[cubes[i].0], &m.rules[cubes[j].0]);
                    if let Some(both) = intersect(&cubes[i].1, &cubes[j].1) {
                        let rest = subtract_all(vec![both], &decided);
                        if let Some(example) = rest.first() {
                            errors.push(format!(
                                "table `{}` is `unique` but rules `{}` and `{}` both match the cases where {}",
                                t.id,
                                a.id,
                                b.id,
                                m.describe(example)
                            ));
                        }
                    }
                }
            }
        }
        decided.extend(cubes.into_iter().map(|(_, c)| c));
        if t.complete {
            let gaps = subtract_all(vec![universe.clone()], &decided);
            for g in gaps.iter().take(5) {
                errors.push(format!("table `{}` is complete but no rule covers the cases where {}", t.id, m.describe(g)));
            }
            if gaps.len() > 5 {
                errors.push(format!("… and {} more uncovered groups of cases", gaps.len() - 5));
            }
        }
    }
    errors
}

// ───────────────────── reference interpreter ─────────────────────

fn matches(cube: &[Mask], case: &[usize]) -> bool {
    case.iter().enumerate().all(|(d, &v)| cube[d] & (1 << v) != 0)
}

/// The rule that decides a case (values per fact), tables in order.
pub fn decide(m: &Model, case: &[usize]) -> Option<usize> {
    m.routing_tables().flat_map(|t| t.rules.iter().copied()).find(|&r| matches(&m.rules[r].cube[..m.facts.len()], case))
}

/// The steps of one problem: (outcome, deciding rule, facts at that step).
pub fn chain(m: &Model, case: &[usize]) -> Vec<(usize, usize, Vec<usize>)> {
    let mut steps = Vec::new();
    let mut c = case.to_vec();
    for _ in 0..8 {
        let Some(r) = decide(m, &c) else { break };
        let rule = &m.rules[r];
        if let Some(o) = rule.outcome {
            steps.push((o, r, c.clone()));
        }
        for &o in &rule.then {
            steps.push((o, r, c.clone()));
        }
        if rule.then_assume.is_empty() {
            break;
        }
        for &(d, v) in &rule.then_assume {
            c[d] = v;
        }
    }
    steps
}

pub fn advice_matches(m: &Model, rule: usize, case: &[usize], outcome: usize) -> bool {
    let cube = &m.rules[rule].cube;
    matches(&cube[..m.facts.len()], case) && cube[m.outcome_dim()] & (1 << outcome) != 0
}

pub fn test_case(m: &Model, given: &[(usize, usize)]) -> (Vec<usize>, Option<usize>) {
    let mut case: Vec<usize> = m.facts.iter().map(|f| f.default).collect();
    let mut outcome = None;
    for &(d, v) in given {
        if d == m.outcome_dim() {
            outcome = Some(v);
        } else {
            case[d] = v;
        }
    }
    (case, outcome)
}

/// The cases written beside each rule must be decided by that rule (routing)
/// or reach it at a real step (advice).
pub fn tests(m: &Model) -> Vec<String> {
    let mut errors = Vec::new();
    for (ri, r) in m.rules.iter().enumerate() {
        let policy = m.tables[r.table].policy;
        for (n, given) in r.tests.iter().enumerate() {
            let (case, outcome) = test_case(m, given);
            let shown = m.describe(
                &given
                    .iter()
                    .fold(vec![u32::MAX; m.facts.len() + 1], |mut c, &(d, v)| {
                        c[d] = 1 << v;
                        c
                    })
                    .iter()
                    .enumerate()
                    .map(|(d, &mask)| if mask == u32::MAX { full_mask(m.dim_values(d).len()) } else { mask })
                    .collect::<Vec<_>>(),
            );
            if policy == HitPolicy::Collect {
                let Some(o) = outcome else {
                    errors.push(format!("rule `{}` test {}: advice tests must give the `outcome` of the step", r.id, n + 1));
                    continue;
                };
                let steps = chain(m, &case);
                let hit = steps.iter().any(|(so, _, facts)| *so == o && advice_matches(m, ri, facts, o));
                if !hit {
                    let got: Vec<&str> = steps.iter().map(|(so, _, _)| m.outcomes[*so].key.as_str()).collect();
                    errors.push(format!(
                        "rule `{}` test {} ({shown}): the case's steps are [{}], and the note does not apply to a `{}` step",
                        r.id,
                        n + 1,
                        got.join(" → "),
                        m.outcomes[o].key
                    ));
                }
            } else {
                if outcome.is_some() {
                    errors.push(format!("rule `{}` test {}: only advice tests give an `outcome`", r.id, n + 1));
                }
                match decide(m, &case) {
                    Some(got) if got == ri => {}
                    Some(got) => errors.push(format!("rule `{}` test {} ({shown}) is decided by rule `{}` instead", r.id, n + 1, m.rules[got].id)),
                    None => errors.push(format!("rule `{}` test {} ({shown}) is decided by no rule", r.id, n + 1)),
                }
            }
        }
    }
    errors
}
