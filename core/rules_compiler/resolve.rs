//! From the TOML as written to the resolved model; every unknown name is an
//! error that says where it stands.

use super::model::*;
use std::collections::BTreeSet;
use std::path::Path;

/// Purposes a rule may name; the default one comes from the outcome.
pub const PURPOSES: [&str; 4] = ["complain", "report", "apply", "confirm_relationship"];

pub fn load(dir: &Path) -> Result<Model, Vec<String>> {
    let read = |name: &str| {
        let p = dir.join(name);
        std::fs::read_to_string(&p).map_err(|e| vec![format!("cannot read {}: {e}", p.display())])
    };
    let file: RuleFile = toml::from_str(&read("routing.toml")?).map_err(|e| vec![format!("routing.toml: {e}")])?;
    let text: TextFile = toml::from_str(&read("text.toml")?).map_err(|e| vec![format!("text.toml: {e}")])?;
    resolve(file, text)
}

pub fn resolve(file: RuleFile, text: TextFile) -> Result<Model, Vec<String>> {
    let mut errors = Vec::new();
    if file.schema != 1 {
        errors.push(format!("routing.toml: schema {} is not supported (expected 1)", file.schema));
    }

    // Facts.
    let mut facts = Vec::new();
    let problem_values: Vec<String> = file.fact.iter().find(|f| f.key == "problem").map(|f| f.values.clone()).unwrap_or_default();
    if problem_values.is_empty() {
        errors.push("routing.toml: a fact `problem` with values is required".into());
    }
    let mut seen = BTreeSet::new();
    for f in &file.fact {
        if !seen.insert(f.key.clone()) {
            errors.push(format!("fact `{}` is declared twice", f.key));
        }
        if f.values.is_empty() || f.values.len() > 32 {
            errors.push(format!("fact `{}` must have 1 to 32 values", f.key));
        }
        let mut vs = BTreeSet::new();
        for v in &f.values {
            if !vs.insert(v) {
                errors.push(format!("fact `{}` lists the value `{v}` twice", f.key));
            }
            if !is_snake(v) {
                errors.push(format!("fact `{}`: value `{v}` is not a snake_case key", f.key));
            }
        }
        let default = match &f.default {
            Some(d) => f.values.iter().position(|v| v == d).unwrap_or_else(|| {
                errors.push(format!("fact `{}`: default `{d}` is not one of its values", f.key));
                0
            }),
            None => 0,
        };
        let mut problems = |ps: &[String], what: &str| -> Vec<usize> {
            ps.iter()
                .filter_map(|p| {
                    let i = problem_values.iter().position(|v| v == p);
                    if i.is_none() {
                        errors.push(format!("fact `{}`: {what} unknown problem `{p}`", f.key));
                    }
                    i
                })
                .collect()
        };
        let derived = f.derived_from_problems.as_ref().map(|ps| problems(ps, "derived from"));
        let derived_for = problems(&f.derived_for_problems, "derived for");
        if derived.is_none() && !derived_for.is_empty() {
            errors.push(format!("fact `{}`: derived_for_problems without derived_from_problems", f.key));
        }
        if derived.is_some() && f.values != ["no", "yes"] {
            errors.push(format!("derived fact `{}` must have the values [no, yes]", f.key));
        }
        let routed_to = f
            .derived_when_routed_to
            .iter()
            .filter_map(|o| {
                let i = file.outcome.iter().position(|x| &x.key == o);
                if i.is_none() {
                    errors.push(format!("fact `{}`: derived_when_routed_to names unknown outcome `{o}`", f.key));
                }
                i
            })
            .collect();
        // The gate is an asked fact declared before this one, with the
        // values [no, yes] (its answer becomes the derived value); not with
        // derived_when_routed_to, whose free value would be taken for it.
        let only_if = f.derived_only_if.as_ref().and_then(|g| {
            let i = file.fact.iter().position(|x| &x.key == g);
            match i.map(|i| &file.fact[i]) {
                None => errors.push(format!("fact `{}`: derived_only_if names unknown fact `{g}`", f.key)),
                Some(gate) if gate.derived_from_problems.is_some() || gate.values != ["no", "yes"] || i >= Some(facts.len()) => errors
                    .push(format!("fact `{}`: derived_only_if `{g}` must be an asked fact declared before it, with the values [no, yes]", f.key)),
                Some(_) if derived.is_none() || !f.derived_when_routed_to.is_empty() => {
                    errors.push(format!("fact `{}`: derived_only_if needs derived_from_problems and no derived_when_routed_to", f.key))
                }
                Some(_) => {}
            }
            i
        });
        facts.push(Fact {
            key: f.key.clone(),
            values: f.values.clone(),
            default,
            derived_from_problems: derived,
            derived_when_routed_to: routed_to,
            derived_for_problems: derived_for,
            derived_only_if: only_if,
        });
    }
    if facts.first().map(|f| f.key.as_str()) != Some("problem") {
        errors.push("routing.toml: `problem` must be the first fact".into());
    }

    let outcomes: Vec<Outcome> = file
        .outcome
        .iter()
        .map(|o| {
            if o.kind != "body" && o.kind != "redirect" {
                errors.push(format!("outcome `{}`: kind must be body or redirect", o.key));
            }
            Outcome { key: o.key.clone(), is_body: o.kind == "body", waits_for_earlier_steps: o.waits_for_earlier_steps }
        })
        .collect();
    let outcome_index = |k: &str| outcomes.iter().position(|o| o.key == k);

    let mut model = Model {
        facts,
        outcomes: Vec::new(),
        purposes: PURPOSES.iter().map(|s| s.to_string()).collect(),
        tables: Vec::new(),
        rules: Vec::new(),
        limits: Vec::new(),
        text,
    };
    let dims = model.facts.len() + 1;

    let mut rule_ids = BTreeSet::new();
    for (ti, t) in file.table.iter().enumerate() {
        let policy = match t.hit_policy.as_str() {
            "unique" => HitPolicy::Unique,
            "first" => HitPolicy::First,
            "collect" => HitPolicy::Collect,
            other => {
                errors.push(format!("table `{}`: unknown hit policy `{other}`", t.id));
                HitPolicy::Unique
            }
        };
        let mut table = Table { id: t.id.clone(), policy, complete: t.complete, rules: Vec::new() };
        for r in &t.rule {
            let at = format!("rule `{}` (table `{}`)", r.id, t.id);
            if !rule_ids.insert(r.id.clone()) {
                errors.push(format!("{at}: the id is used twice"));
            }
            if !is_snake(&r.id) {
                errors.push(format!("{at}: the id is not a snake_case key"));
            }
            // Cube over facts + the outcome pseudo-dimension.
            let mut cube: Cube = model.facts.iter().map(Fact::all).collect();
            cube.push(full_mask(outcomes.len()));
            let mut conditions = Vec::new();
            for (negated, map) in [(false, &r.when), (true, &r.unless)] {
                for (fact, vals) in map {
                    let dim = if fact == "outcome" {
                        if policy != HitPolicy::Collect {
                            errors.push(format!("{at}: only advice (collect) rules may test `outcome`"));
                            continue;
                        }
                        dims - 1
                    } else if let Some(d) = model.facts.iter().position(|f| &f.key == fact) {
                        d
                    } else {
                        errors.push(format!("{at}: unknown fact `{fact}`"));
                        continue;
                    };
                    let names =
                        if dim == dims - 1 { outcomes.iter().map(|o| o.key.clone()).collect::<Vec<_>>() } else { model.facts[dim].values.clone() };
                    let mut mask = 0u32;
                    let mut idx = Vec::new();
                    for v in vals.items() {
                        match names.iter().position(|n| n == v) {
                            Some(i) => {
                                mask |= 1 << i;
                                idx.push(i);
                            }
                            None => errors.push(format!("{at}: `{fact}` has no value `{v}`")),
                        }
                    }
                    if negated {
                        cube[dim] &= !mask;
                    } else {
                        cube[dim] &= mask;
                    }
                    conditions.push((dim, idx, negated));
                }
            }
            let outcome = match (&r.outcome, policy) {
                (Some(_), HitPolicy::Collect) => {
                    errors.push(format!("{at}: advice rules give notes, not an outcome"));
                    None
                }
                (None, HitPolicy::Collect) => None,
                (None, _) => {
                    errors.push(format!("{at}: a routing rule needs an outcome"));
                    None
                }
                (Some(o), _) => {
                    let i = outcome_index(o);
                    if i.is_none() {
                        errors.push(format!("{at}: unknown outcome `{o}`"));
                    }
                    i
                }
            };
            if let Some(p) = &r.purpose {
                if !PURPOSES.contains(&p.as_str()) {
                    errors.push(format!("{at}: unknown purpose `{p}` (one of {PURPOSES:?})"));
                }
            }
            let then = r
                .then
                .iter()
                .filter_map(|o| {
                    let i = outcome_index(o);
                    if i.is_none() {
                        errors.push(format!("{at}: `then` names unknown outcome `{o}`"));
                    }
                    i
                })
                .collect();
            let mut then_assume = Vec::new();
            for (fact, v) in &r.then_assume {
                match model.facts.iter().position(|f| &f.key == fact) {
                    Some(d) => match model.facts[d].values.iter().position(|x| x == v) {
                        Some(i) => then_assume.push((d, i)),
                        None => errors.push(format!("{at}: then_assume: `{fact}` has no value `{v}`")),
                    },
                    None => errors.push(format!("{at}: then_assume: unknown fact `{fact}`")),
                }
            }
            let mut tests = Vec::new();
            for (n, tc) in r.test.iter().enumerate() {
                let mut given = Vec::new();
                for (fact, v) in &tc.given {
                    let (dim, names) = if fact == "outcome" {
                        (dims - 1, outcomes.iter().map(|o| o.key.clone()).collect::<Vec<_>>())
                    } else if let Some(d) = model.facts.iter().position(|f| &f.key == fact) {
                        (d, model.facts[d].values.clone())
                    } else {
                        errors.push(format!("{at}: test {}: unknown fact `{fact}`", n + 1));
                        continue;
                    };
                    match names.iter().position(|x| x == v) {
                        Some(i) => given.push((dim, i)),
                        None => errors.push(format!("{at}: test {}: `{fact}` has no value `{v}`", n + 1)),
                    }
                }
                if !given.iter().any(|(d, _)| *d == 0) {
                    errors.push(format!("{at}: test {} must give a `problem`", n + 1));
                }
                tests.push(given);
            }
            // A clause may be the basis for some of a routing rule's problems
            // only; every problem the rule covers still rests on one.
            let named: Vec<&CiteDef> = r.cite.iter().filter(|c| !c.problems.is_empty()).collect();
            if !named.is_empty() && policy == HitPolicy::Collect {
                errors.push(format!("{at}: only routing rules may name the problems of a clause"));
            }
            for c in &named {
                for p in &c.problems {
                    match problem_values.iter().position(|v| v == p) {
                        Some(i) if cube[0] & (1 << i) != 0 => {}
                        Some(_) => errors.push(format!("{at}: {} {}: `{p}` is not one of the rule's problems", c.source, c.clause)),
                        None => errors.push(format!("{at}: {} {}: unknown problem `{p}`", c.source, c.clause)),
                    }
                }
            }
            if !named.is_empty() {
                for (i, p) in problem_values.iter().enumerate() {
                    let covered = r.cite.iter().any(|c| c.problems.is_empty() || c.problems.contains(p));
                    if cube[0] & (1 << i) != 0 && !covered {
                        errors.push(format!("{at}: no clause is the basis for `{p}`"));
                    }
                }
            }
            model.rules.push(Rule {
                id: r.id.clone(),
                table: ti,
                cube,
                conditions,
                outcome,
                purpose: r.purpose.clone(),
                then,
                then_assume,
                cites: r.cite.clone(),
                tests,
            });
            table.rules.push(model.rules.len() - 1);
        }
        model.tables.push(table);
    }

    for l in &file.limit {
        let outs = l
            .outcomes
            .iter()
            .filter_map(|o| {
                let i = outcome_index(o);
                if i.is_none() {
                    errors.push(format!("limit `{}`: unknown outcome `{o}`", l.id));
                }
                i
            })
            .collect();
        let mut problems_of = |list: &[String]| -> Vec<usize> {
            list.iter()
                .filter_map(|p| {
                    let i = problem_values.iter().position(|v| v == p);
                    if i.is_none() {
                        errors.push(format!("limit `{}`: unknown problem `{p}`", l.id));
                    }
                    i
                })
                .collect()
        };
        let unpaid = problems_of(&l.unpaid_pay_problems);
        let continuing = problems_of(&l.continuing_problems);
        let double_wage = problems_of(&l.double_wage_problems);
        let from_leaving = problems_of(&l.from_leaving_problems);
        for (name, list) in [("double_wage_problems", &double_wage), ("from_leaving_problems", &from_leaving)] {
            if !list.is_empty() && l.from != "known" {
                errors.push(format!("limit `{}`: {name} needs `from = \"known\"`", l.id));
            }
        }
        if !["violation_end", "known", "injury", "award_received"].contains(&l.from.as_str()) {
            errors.push(format!("limit `{}`: `from` must be violation_end, known, injury or award_received", l.id));
        }
        if (l.months == 0) == (l.days == 0) {
            errors.push(format!("limit `{}`: give either `months` or `days`", l.id));
        }
        if l.cite.is_empty() {
            errors.push(format!("limit `{}` cites no clause", l.id));
        }
        if l.cite.iter().any(|c| !c.problems.is_empty()) {
            errors.push(format!("limit `{}`: its clauses cannot name problems", l.id));
        }
        model.limits.push(Limit {
            id: l.id.clone(),
            outcomes: outs,
            months: l.months,
            days: l.days,
            from: l.from.clone(),
            unpaid_pay_problems: unpaid,
            continuing_problems: continuing,
            double_wage_problems: double_wage,
            from_leaving_problems: from_leaving,
            cites: l.cite.clone(),
        });
    }
    model.outcomes = outcomes;

    if errors.is_empty() {
        Ok(model)
    } else {
        Err(errors)
    }
}

fn is_snake(s: &str) -> bool {
    !s.is_empty() && s.starts_with(|c: char| c.is_ascii_lowercase()) && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
