//! A person's situation as the interview (or the `route` tool) records it,
//! with its JSON form (schema `weiquan.situation/1`) and its validation.

use crate::date::Date;
use crate::rules::*;
use serde::{Deserialize, Serialize};

pub const SITUATION_SCHEMA: &str = "weiquan.situation/1";

/// Dates that the time limits run from. All optional: a limit whose start is
/// unknown is reported as unknown, never guessed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    /// First day of work for this employer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_start: Option<Date>,
    /// Last day of work, if the person has left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_end: Option<Date>,
    /// When the person knew (or should have known) of the problem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known: Option<Date>,
    /// When the breach stopped, if it has (a continuing breach has not).
    /// For a missing contract alone it is read as the signing day when
    /// `contract_signed` is not given (situations written before that field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub violation_end: Option<Date>,
    /// The day a written contract was signed after all, if it was (the
    /// missing contract's own "put right" day: the double wages stop the
    /// day before, 实施条例 第六条).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_signed: Option<Date>,
    /// Day of the accident, or of the diagnosis of an occupational disease.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injury: Option<Date>,
    /// Day an arbitration award was received (the 15 days to sue run from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub award_received: Option<Date>,
}

/// Everything the rules need to know about one person. Facts not asked take
/// the default declared in routing.toml. Derived facts (such as
/// `with_labour_violation`) cannot be given: they follow from `problems`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// Must be `weiquan.situation/1`.
    pub schema: String,
    pub problems: Vec<Problem>,
    #[serde(default)]
    pub want: Want,
    #[serde(default)]
    pub relationship: Relationship,
    #[serde(default)]
    pub employment: Employment,
    #[serde(default)]
    pub reporter: Reporter,
    #[serde(default)]
    pub employer_type: EmployerType,
    #[serde(default)]
    pub prior_decision: PriorDecision,
    #[serde(default)]
    pub injury_recognised: InjuryRecognised,
    #[serde(default)]
    pub impact: Impact,
    #[serde(default)]
    pub employer_fled: EmployerFled,
    #[serde(default)]
    pub dispatch: Dispatch,
    /// Asked only with an injury and child labour both reported: was the
    /// injured person under 16 (`with_child_labour`'s `derived_only_if`)?
    #[serde(default)]
    pub injured_under_16: InjuredUnder16,
    #[serde(default)]
    pub dates: Dates,
}

/// A problem with a situation: the field (a JSON path) and a stable key for
/// the message; `detail` is for developers and the command-line tool.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub key: &'static str,
    pub detail: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.detail)
    }
}

/// Reads the whole of `text` as one JSON object of type `T`: the error
/// names the field at fault (`(document)` for the whole). Refused, as well
/// as what `T` refuses: a value that is not an object (serde would read a
/// struct from an array, its fields in order), and anything after the
/// object (a second object pasted after the first).
pub fn read_object<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, FieldError> {
    let whole = |key, detail: String| FieldError { field: "(document)".into(), key, detail };
    let start = text.trim_start();
    if !start.is_empty() && !start.starts_with('{') {
        return Err(whole("json_field", "expected a JSON object, {…}".into()));
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        FieldError {
            field: if path == "." { "(document)".into() } else { path },
            key: if inner.is_syntax() || inner.is_eof() { "json_syntax" } else { "json_field" },
            detail: inner.to_string(),
        }
    })?;
    de.end().map_err(|e| whole("json_syntax", format!("{e} (after the object: one object only)")))?;
    Ok(value)
}

impl Situation {
    pub fn new(problems: Vec<Problem>) -> Situation {
        Situation { schema: SITUATION_SCHEMA.into(), problems, ..Situation::default() }
    }

    /// Reads a situation from JSON; the error names the field at fault.
    pub fn from_json(json: &str) -> Result<Situation, FieldError> {
        read_object(json)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks what JSON types cannot: the schema, the problem list, and the
    /// dates (real, in order, not after `today`). Returns every error.
    pub fn validate(&self, today: Date) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut err = |field: &str, key: &'static str, detail: String| errors.push(FieldError { field: field.into(), key, detail });
        if self.schema != SITUATION_SCHEMA {
            err("schema", "schema_unknown", format!("expected {SITUATION_SCHEMA:?}, got {:?}", self.schema));
        }
        if self.problems.is_empty() {
            err("problems", "problems_empty", "choose at least one problem".into());
        }
        for (i, p) in self.problems.iter().enumerate() {
            if self.problems[..i].contains(p) {
                err(&format!("problems[{i}]"), "problem_repeated", format!("{} is listed twice", p.key()));
            }
        }
        let d = &self.dates;
        for (name, date) in [
            ("dates.job_start", d.job_start),
            ("dates.job_end", d.job_end),
            ("dates.known", d.known),
            ("dates.violation_end", d.violation_end),
            ("dates.contract_signed", d.contract_signed),
            ("dates.injury", d.injury),
            ("dates.award_received", d.award_received),
        ] {
            if let Some(x) = date {
                if x > today {
                    err(name, "date_in_future", format!("{x} is after today ({today})"));
                }
            }
        }
        if let (Some(a), Some(b)) = (d.job_start, d.job_end) {
            if b < a {
                err("dates.job_end", "date_before_start", format!("the job ends ({b}) before it starts ({a})"));
            }
        }
        if d.job_end.is_some() && self.employment == Employment::Employed {
            err("dates.job_end", "job_end_while_employed", "a last day of work is given but employment is \"employed\"".into());
        }
        if let (Some(a), Some(b)) = (d.job_start, d.violation_end) {
            if b < a {
                err("dates.violation_end", "date_before_start", format!("the breach ends ({b}) before the job starts ({a})"));
            }
        }
        if let (Some(a), Some(b)) = (d.job_start, d.contract_signed) {
            if b < a {
                err("dates.contract_signed", "date_before_start", format!("the contract is signed ({b}) before the job starts ({a})"));
            }
        }
        if let (Some(b), Some(e)) = (d.contract_signed, d.job_end) {
            if b > e {
                err("dates.contract_signed", "signed_after_leaving", format!("the contract is signed ({b}) after the last day of work ({e})"));
            }
        }
        errors
    }

    /// An injured child labourer's case: the injury's derived fact
    /// `with_child_labour`, on which the claim rests (rule
    /// child_injury_claim), not on a recognition. The deadlines and the
    /// papers ask it here, as the rules see it.
    pub fn injured_child(&self) -> bool {
        self.problems.contains(&Problem::WorkInjury) && self.case(Problem::WorkInjury).with_child_labour == WithChildLabour::Yes
    }

    /// The case the rules see for one problem of this situation. Derived
    /// facts are computed from the other problems (see routing.toml).
    pub fn case(&self, problem: Problem) -> Case {
        let mut c = self.base_case(problem);
        for meta in &FACTS {
            let Some(group) = meta.derived_from_problems else { continue };
            if !meta.derived_for_problems.is_empty() && !meta.derived_for_problems.contains(&problem) {
                continue;
            }
            // A derived "yes" that a question confirms (derived_only_if).
            let confirmed = meta.derived_only_if.is_none_or(|gate| c.get(gate) == 1);
            let yes = confirmed
                && self.problems.iter().any(|&other| {
                    other != problem
                        && group.contains(&other)
                        && (meta.derived_when_routed_to.is_empty() || {
                            // Anywhere along the other problem's chain (e.g. once
                            // arbitration has confirmed the relationship). The
                            // build checked that routing `other` does not itself
                            // test this fact, so this cannot loop.
                            let mut routed = false;
                            walk(self.base_case(other), |rule, _| routed |= rule.steps().any(|o| meta.derived_when_routed_to.contains(&o)));
                            routed
                        })
                });
            c.set(meta.id, usize::from(yes));
        }
        c
    }

    /// Takes every asked fact (all but `problem` and the derived ones) from
    /// `case`: the inverse of the case a situation gives.
    pub fn set_facts(&mut self, case: &Case) {
        self.want = case.want;
        self.relationship = case.relationship;
        self.employment = case.employment;
        self.reporter = case.reporter;
        self.employer_type = case.employer_type;
        self.prior_decision = case.prior_decision;
        self.injury_recognised = case.injury_recognised;
        self.impact = case.impact;
        self.employer_fled = case.employer_fled;
        self.dispatch = case.dispatch;
        self.injured_under_16 = case.injured_under_16;
    }

    /// The case with every derived fact at its default. After an
    /// inspection order to pay the worker that the employer ignored, the
    /// relationship counts as acknowledged whatever the employer now says:
    /// inspection treated the worker as its employee (监察条例 第二十六条),
    /// so no confirmation by arbitration comes first and the claims are
    /// routed (and told of a final award) as for an acknowledged worker.
    fn base_case(&self, problem: Problem) -> Case {
        let ordered = self.prior_decision == PriorDecision::InspectionOrderUnpaid;
        Case {
            problem,
            want: self.want,
            relationship: if ordered { Relationship::Acknowledged } else { self.relationship },
            employment: self.employment,
            reporter: self.reporter,
            employer_type: self.employer_type,
            prior_decision: self.prior_decision,
            injury_recognised: self.injury_recognised,
            impact: self.impact,
            employer_fled: self.employer_fled,
            dispatch: self.dispatch,
            injured_under_16: self.injured_under_16,
            ..Case::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-26").unwrap()
    }

    #[test]
    fn unknown_key_is_named_with_its_path() {
        let e = Situation::from_json(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"wnat":"x"}"#).unwrap_err();
        assert!(e.detail.contains("wnat"), "{e}");
        let e = Situation::from_json(r#"{"schema":"weiquan.situation/1","problems":["wages"]}"#).unwrap_err();
        assert_eq!(e.field, "problems[0]");
        assert!(e.detail.contains("wages"), "{e}");
        let e = Situation::from_json(r#"{"schema":"weiquan.situation/1","problems":[],"dates":{"known":"2025-02-30"}}"#).unwrap_err();
        assert_eq!(e.field, "dates.known");
        let e = Situation::from_json("{").unwrap_err();
        assert_eq!(e.key, "json_syntax");
    }

    /// One object, and nothing after it: a second pasted after the first,
    /// or an array (whose values serde would take as the fields in order),
    /// is refused, not half read.
    #[test]
    fn one_object_only() {
        let one = r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"]}"#;
        assert!(Situation::from_json(&format!(" {one}\n")).is_ok());
        let e = Situation::from_json(&format!("{one}\n{{\"x\":1}}")).unwrap_err();
        assert_eq!((e.field.as_str(), e.key), ("(document)", "json_syntax"));
        assert!(e.detail.contains("trailing characters"), "{e}");
        let e = Situation::from_json(r#"["weiquan.situation/1",["wages_unpaid"]]"#).unwrap_err();
        assert_eq!((e.field.as_str(), e.key), ("(document)", "json_field"));
        assert_eq!(Situation::from_json("").unwrap_err().key, "json_syntax");
    }

    #[test]
    fn derived_facts_cannot_be_supplied() {
        let e =
            Situation::from_json(r#"{"schema":"weiquan.situation/1","problems":["no_social_insurance"],"with_labour_violation":"yes"}"#).unwrap_err();
        assert!(e.detail.contains("with_labour_violation"), "{e}");
    }

    #[test]
    fn validation_reports_every_date_problem() {
        let mut s = Situation::new(vec![Problem::WagesUnpaid, Problem::WagesUnpaid]);
        s.dates.job_start = Some(Date::parse("2025-05-01").unwrap());
        s.dates.job_end = Some(Date::parse("2025-04-01").unwrap());
        s.dates.known = Some(Date::parse("2027-01-01").unwrap());
        let keys: Vec<&str> = s.validate(today()).iter().map(|e| e.key).collect();
        assert_eq!(keys, ["problem_repeated", "date_in_future", "date_before_start", "job_end_while_employed"]);
        assert!(Situation::new(vec![Problem::Dismissed]).validate(today()).is_empty());
    }

    #[test]
    fn labour_violation_is_derived_from_the_other_problems() {
        let alone = Situation::new(vec![Problem::NoSocialInsurance]);
        assert_eq!(alone.case(Problem::NoSocialInsurance).with_labour_violation, WithLabourViolation::No);
        let with = Situation::new(vec![Problem::NoSocialInsurance, Problem::NoContract]);
        assert_eq!(with.case(Problem::NoSocialInsurance).with_labour_violation, WithLabourViolation::Yes);
        // A wage claim sent to arbitration is a dispute, not an enforcement
        // claim: social insurance then stands alone (seed 二(二)).
        let mut money = Situation::new(vec![Problem::NoSocialInsurance, Problem::WagesUnpaid]);
        money.want = Want::MoneyOrDecision;
        assert_eq!(money.case(Problem::NoSocialInsurance).with_labour_violation, WithLabourViolation::No);
        money.want = Want::StopViolation;
        assert_eq!(money.case(Problem::NoSocialInsurance).with_labour_violation, WithLabourViolation::Yes);
    }

    #[test]
    fn json_round_trips() {
        let mut s = Situation::new(vec![Problem::WorkInjury]);
        s.dates.injury = Some(Date::parse("2026-01-05").unwrap());
        s.injury_recognised = InjuryRecognised::No;
        assert_eq!(Situation::from_json(&s.to_json()).unwrap(), s);
    }
}
