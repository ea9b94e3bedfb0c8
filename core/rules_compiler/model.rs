//! The rule file as written (serde) and as resolved (indices, bit masks).

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub schema: u32,
    pub fact: Vec<FactDef>,
    pub outcome: Vec<OutcomeDef>,
    pub table: Vec<TableDef>,
    pub limit: Vec<LimitDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactDef {
    pub key: String,
    pub values: Vec<String>,
    pub default: Option<String>,
    pub derived_from_problems: Option<Vec<String>>,
    #[serde(default)]
    pub derived_when_routed_to: Vec<String>,
    /// The problems whose cases get the derived value; others keep the
    /// default. Empty: every problem's.
    #[serde(default)]
    pub derived_for_problems: Vec<String>,
    /// An asked fact (values [no, yes]) that confirms the derived "yes":
    /// the derived fact is "yes" only when the problems say so and the
    /// person answers "yes" to this one, which is asked only then.
    pub derived_only_if: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeDef {
    pub key: String,
    pub kind: String,
    /// Whether a step to this outcome waits until the step before it in
    /// the chain is done (the default).
    #[serde(default = "yes")]
    pub waits_for_earlier_steps: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableDef {
    pub id: String,
    pub hit_policy: String,
    pub complete: bool,
    pub rule: Vec<RuleDef>,
}

#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn items(&self) -> Vec<&str> {
        match self {
            OneOrMany::One(s) => vec![s.as_str()],
            OneOrMany::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    #[serde(default)]
    pub when: BTreeMap<String, OneOrMany>,
    #[serde(default)]
    pub unless: BTreeMap<String, OneOrMany>,
    pub outcome: Option<String>,
    pub purpose: Option<String>,
    #[serde(default)]
    pub then: Vec<String>,
    #[serde(default)]
    pub then_assume: BTreeMap<String, String>,
    #[serde(default)]
    pub cite: Vec<CiteDef>,
    #[serde(default)]
    pub test: Vec<TestDef>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct CiteDef {
    pub source: String,
    pub clause: String,
    pub quote: String,
    /// Routing rules covering several problems: the problems this clause is
    /// the basis for (empty: all of the rule's). A link shows only its own.
    #[serde(default)]
    pub problems: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestDef {
    pub given: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitDef {
    pub id: String,
    pub outcomes: Vec<String>,
    #[serde(default)]
    pub months: u32,
    #[serde(default)]
    pub days: u32,
    pub from: String,
    #[serde(default)]
    pub unpaid_pay_problems: Vec<String>,
    #[serde(default)]
    pub continuing_problems: Vec<String>,
    #[serde(default)]
    pub double_wage_problems: Vec<String>,
    #[serde(default)]
    pub from_leaving_problems: Vec<String>,
    pub cite: Vec<CiteDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextFile {
    pub zh: BTreeMap<String, String>,
    pub en: BTreeMap<String, String>,
}

// ───────────────────────── resolved model ─────────────────────────

/// A set of values of one dimension, as a bit mask (at most 32 values).
pub type Mask = u32;

/// The mask holding every one of `n` values.
pub fn full_mask(n: usize) -> Mask {
    if n >= 32 {
        u32::MAX
    } else {
        (1u32 << n) - 1
    }
}

/// A hypercube of the fact space: one value set per dimension. Every rule
/// condition is a cube; sets of cases are unions of cubes.
pub type Cube = Vec<Mask>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HitPolicy {
    Unique,
    First,
    Collect,
}

pub struct Fact {
    pub key: String,
    pub values: Vec<String>,
    pub default: usize,
    pub derived_from_problems: Option<Vec<usize>>,
    /// Outcomes (indices) the other problem must be routed to, to count.
    pub derived_when_routed_to: Vec<usize>,
    /// Problems (indices) whose cases get the derived value; empty: all.
    pub derived_for_problems: Vec<usize>,
    /// The asked fact (index) whose "yes" the derived "yes" also needs.
    pub derived_only_if: Option<usize>,
}

impl Fact {
    pub fn all(&self) -> Mask {
        full_mask(self.values.len())
    }
}

pub struct Outcome {
    pub key: String,
    pub is_body: bool,
    pub waits_for_earlier_steps: bool,
}

pub struct Rule {
    pub id: String,
    pub table: usize,
    /// One mask per fact, then (advice tables only) one for the outcome.
    pub cube: Cube,
    /// Conditions as written, for the rule book: (dimension, values, negated).
    pub conditions: Vec<(usize, Vec<usize>, bool)>,
    pub outcome: Option<usize>,
    pub purpose: Option<String>,
    pub then: Vec<usize>,
    pub then_assume: Vec<(usize, usize)>,
    pub cites: Vec<CiteDef>,
    /// Test cases: (dimension, value) pairs as given.
    pub tests: Vec<Vec<(usize, usize)>>,
}

pub struct Table {
    pub id: String,
    pub policy: HitPolicy,
    pub complete: bool,
    pub rules: Vec<usize>,
}

pub struct Limit {
    pub id: String,
    pub outcomes: Vec<usize>,
    pub months: u32,
    pub days: u32,
    pub from: String,
    pub unpaid_pay_problems: Vec<usize>,
    pub continuing_problems: Vec<usize>,
    pub double_wage_problems: Vec<usize>,
    pub from_leaving_problems: Vec<usize>,
    pub cites: Vec<CiteDef>,
}

pub struct Model {
    pub facts: Vec<Fact>,
    pub outcomes: Vec<Outcome>,
    pub purposes: Vec<String>,
    pub tables: Vec<Table>,
    pub rules: Vec<Rule>,
    pub limits: Vec<Limit>,
    pub text: TextFile,
}

impl Model {
    /// Index of the pseudo-dimension `outcome` in advice cubes.
    pub fn outcome_dim(&self) -> usize {
        self.facts.len()
    }

    pub fn dim_name(&self, d: usize) -> &str {
        if d == self.outcome_dim() {
            "outcome"
        } else {
            &self.facts[d].key
        }
    }

    pub fn dim_values(&self, d: usize) -> Vec<&str> {
        if d == self.outcome_dim() {
            self.outcomes.iter().map(|o| o.key.as_str()).collect()
        } else {
            self.facts[d].values.iter().map(String::as_str).collect()
        }
    }

    pub fn universe(&self) -> Cube {
        self.facts.iter().map(Fact::all).collect()
    }

    pub fn routing_tables(&self) -> impl Iterator<Item = &Table> {
        self.tables.iter().filter(|t| t.policy != HitPolicy::Collect)
    }

    /// Says which cases a cube holds, naming only the constrained facts.
    pub fn describe(&self, cube: &[Mask]) -> String {
        let mut parts = Vec::new();
        for (d, &m) in cube.iter().enumerate() {
            let vals = self.dim_values(d);
            if m == full_mask(vals.len()) {
                continue;
            }
            let names: Vec<&str> = (0..vals.len()).filter(|i| m & (1 << i) != 0).map(|i| vals[i]).collect();
            if names.len() == 1 {
                parts.push(format!("{} = {}", self.dim_name(d), names[0]));
            } else {
                parts.push(format!("{} in [{}]", self.dim_name(d), names.join(", ")));
            }
        }
        if parts.is_empty() {
            "every case".to_string()
        } else {
            parts.join(", ")
        }
    }
}
