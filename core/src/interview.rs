//! The interview as a pure state machine: which question comes next, what
//! going back or editing from the review does, and how the answers become a
//! [`Situation`]. The Yew screens only display it.
//!
//! Which questions are asked is **derived from the compiled rules**, not from
//! a second, hand-written copy of the routing logic: a fact is asked when some
//! rule that can still apply to the person (given their earlier answers)
//! tests it. The order of questions is a matter of conversation, not of law,
//! and is set by [`ORDER`].

use crate::date::{Date, DateError};
use crate::rules::*;
use crate::situation::{FieldError, Situation};
use crate::sorted::SortedMap;
use serde::{Deserialize, Serialize};

/// One screen of the interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Question {
    /// Choose the value of one fact (`problem` is a multiple choice).
    Fact(FactId),
    /// The dates that time limits run from (all optional).
    Dates,
}

/// The order questions are asked in: who is asking, what happened, then the
/// facts that decide between bodies, then dates.
pub const ORDER: [Question; 13] = [
    Question::Fact(FactId::Reporter),
    Question::Fact(FactId::Problem),
    Question::Fact(FactId::InjuredUnder16),
    Question::Fact(FactId::EmployerType),
    Question::Fact(FactId::PriorDecision),
    Question::Fact(FactId::Relationship),
    Question::Fact(FactId::InjuryRecognised),
    Question::Fact(FactId::EmployerFled),
    Question::Fact(FactId::Want),
    Question::Fact(FactId::Impact),
    Question::Fact(FactId::Dispatch),
    Question::Fact(FactId::Employment),
    Question::Dates,
];

/// Facts asked whatever the rules test, because the time limits need them
/// (deadlines.rs: unpaid pay and the end of employment).
const ALWAYS_ASKED: [FactId; 1] = [FactId::Employment];

/// The date fields, in the order shown, with the situation field they fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateField {
    JobStart,
    JobEnd,
    Known,
    ContractSigned,
    ViolationEnd,
    Injury,
    AwardReceived,
}

impl DateField {
    pub const ALL: [DateField; 7] = [
        DateField::JobStart,
        DateField::JobEnd,
        DateField::Known,
        DateField::ContractSigned,
        DateField::ViolationEnd,
        DateField::Injury,
        DateField::AwardReceived,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DateField::JobStart => "job_start",
            DateField::JobEnd => "job_end",
            DateField::Known => "known",
            DateField::ContractSigned => "contract_signed",
            DateField::ViolationEnd => "violation_end",
            DateField::Injury => "injury",
            DateField::AwardReceived => "award_received",
        }
    }

    /// The JSON path of the field in a situation, as validation names it.
    pub fn path(self) -> String {
        format!("dates.{}", self.key())
    }
}

/// Everything the person has answered, kept as typed (dates are the raw text
/// of the field, so an invalid date is never lost). Answers to questions that
/// later became irrelevant are kept too, but not used.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Answers {
    pub problems: Vec<Problem>,
    /// Fact key → value key (stable across versions and languages).
    pub facts: SortedMap<String, String>,
    pub dates: SortedMap<DateField, String>,
}

impl Answers {
    /// The chosen value index of a single-choice fact.
    pub fn value(&self, fact: FactId) -> Option<usize> {
        let v = self.facts.get(fact.key())?;
        fact.meta().values.iter().position(|x| x == v)
    }

    /// The person answers for someone else (`reporter = third_party`): the
    /// questions' "you" then means the worker concerned.
    pub fn for_someone_else(&self) -> bool {
        self.value(FactId::Reporter) == Some(Reporter::ThirdParty.index())
    }

    pub fn set(&mut self, fact: FactId, value: usize) {
        if let Some(v) = fact.meta().values.get(value) {
            self.facts.insert(fact.key().to_string(), v.to_string());
        }
    }

    pub fn toggle_problem(&mut self, p: Problem) {
        match self.problems.iter().position(|x| *x == p) {
            Some(i) => {
                self.problems.remove(i);
            }
            None => self.problems.push(p),
        }
    }

    pub fn set_date(&mut self, field: DateField, text: &str) {
        if text.trim().is_empty() {
            self.dates.remove(&field);
        } else {
            self.dates.insert(field, text.to_string());
        }
    }

    pub fn date_text(&self, field: DateField) -> &str {
        self.dates.get(&field).map(String::as_str).unwrap_or("")
    }

    pub fn is_answered(&self, q: Question) -> bool {
        match q {
            Question::Fact(FactId::Problem) => !self.problems.is_empty(),
            Question::Fact(f) => self.value(f).is_some(),
            // Dates are optional: the screen counts as answered once seen
            // (the UI records that by moving past it).
            Question::Dates => true,
        }
    }
}

/// The cases still possible: one value mask per fact (answered facts fixed,
/// the rest free).
type Cube = [u32; FACTS.len()];

fn all_of(fact: usize) -> u32 {
    (1u32 << FACTS[fact].values.len()) - 1
}

/// Whether the answer to `fact` can change what the person is told, given
/// the cases still possible. Uses the rules' effective regions (which
/// partition the fact space): if changing `fact` changes the deciding rule,
/// two regions touching the possible cases differ in `fact`, so a needed
/// question is never skipped. Chains are followed through `then_assume`.
fn matters(fact: FactId, possible: &Cube, depth: usize) -> bool {
    let f = fact as usize;
    let hits: Vec<(usize, Cube)> = REGIONS
        .iter()
        .filter_map(|(r, region)| {
            let mut c = [0u32; FACTS.len()];
            for i in 0..c.len() {
                c[i] = region[i] & possible[i];
                if c[i] == 0 {
                    return None;
                }
            }
            Some((*r, c))
        })
        .collect();
    for (i, (ra, ca)) in hits.iter().enumerate() {
        for (rb, cb) in &hits[i + 1..] {
            if ra != rb && ca[f] != cb[f] {
                return true;
            }
        }
    }
    // Notes (advice, checklist) that test the fact, for a step still possible.
    let collect_matters = RULES.iter().any(|r| {
        r.table().policy == HitPolicy::Collect
            && r.tests_fact(fact)
            && (0..FACTS.len()).all(|i| i == f || r.masks[i] & possible[i] != 0)
            && hits.iter().any(|(h, _)| RULES[*h].steps().any(|o| r.allows_outcome(o)))
    });
    if collect_matters {
        return true;
    }
    depth < MAX_LINKS
        && hits.iter().any(|(r, c)| {
            let rule = &RULES[*r];
            !rule.then_assume.is_empty() && {
                let mut next = *c;
                for &(af, v) in rule.then_assume {
                    next[af as usize] = 1 << v;
                }
                // The fact asked about stays free after the assumption unless assumed.
                if !rule.then_assume.iter().any(|(af, _)| *af == fact) {
                    next[f] = possible[f];
                }
                matters(fact, &next, depth + 1)
            }
        })
}

fn is_relevant(fact: FactId, possible: &Cube) -> bool {
    if fact == FactId::Problem || ALWAYS_ASKED.contains(&fact) {
        return true;
    }
    if fact.meta().derived_from_problems.is_some() {
        return false;
    }
    // A question that confirms a derived "yes" (`derived_only_if`): asked
    // while that fact is open (the problems would make it "yes") and it
    // matters. Its answer is the derived fact's value.
    if let Some(d) = FACTS.iter().find(|m| m.derived_only_if == Some(fact)) {
        let i = d.id as usize;
        return possible[i] == all_of(i) && matters(d.id, possible, 0);
    }
    matters(fact, possible, 0)
}

/// The cases still possible for one problem among `problems`: the problem
/// fixed, and each derived fact fixed where the other problems decide it
/// (as [`Situation::case`] derives it), free where it waits on routing.
/// Each problem is routed on its own case, so a fact is asked when it
/// matters for one of them: one cube for all the problems mixed one
/// problem's region with another's and asked what neither needs (an
/// injured child labourer's parent was asked about a recognition).
fn cube_for(problem: Problem, problems: &[Problem]) -> Cube {
    let mut c: Cube = [0; FACTS.len()];
    for (i, m) in c.iter_mut().enumerate() {
        *m = all_of(i);
    }
    c[FactId::Problem as usize] = 1 << problem.index();
    // A derived fact's values are "no" (0) and "yes" (1) (the rules
    // compiler refuses others), as `Situation::case` sets them.
    for meta in &FACTS {
        let Some(group) = meta.derived_from_problems else { continue };
        let f = meta.id as usize;
        c[f] = if !meta.derived_for_problems.is_empty() && !meta.derived_for_problems.contains(&problem) {
            1 << meta.default
        } else if !problems.iter().any(|&o| o != problem && group.contains(&o)) {
            1
        } else if meta.derived_when_routed_to.is_empty() && meta.derived_only_if.is_none() {
            1 << 1
        } else {
            // Waits on routing, or on the question that confirms it.
            all_of(f)
        };
    }
    c
}

/// Fixes `fact` to the answer `v` in a cube of possible cases, and the
/// derived fact the answer confirms where it was open (`derived_only_if`;
/// the rules compiler holds the values of both to [no, yes]).
fn narrow(c: &mut Cube, fact: FactId, v: usize) {
    c[fact as usize] = 1 << v;
    for d in FACTS.iter().filter(|m| m.derived_only_if == Some(fact)) {
        let i = d.id as usize;
        if c[i] == all_of(i) {
            c[i] = 1 << v;
        }
    }
}

/// The questions to ask, in order, given the answers so far. A question
/// stays in the list once relevant even after it is answered.
pub fn questions(a: &Answers) -> Vec<Question> {
    let mut any: Cube = [0; FACTS.len()];
    for (i, p) in any.iter_mut().enumerate() {
        *p = all_of(i);
    }
    // Until the problems are chosen, any case is possible.
    let mut cubes = vec![any];
    let mut out = Vec::new();
    for q in ORDER {
        match q {
            Question::Dates => out.push(q),
            Question::Fact(f) => {
                if cubes.iter().any(|c| is_relevant(f, c)) {
                    out.push(q);
                    if f == FactId::Problem {
                        if !a.problems.is_empty() {
                            cubes = a.problems.iter().map(|&p| cube_for(p, &a.problems)).collect();
                            // The answers asked before the problems (who is
                            // asking) hold in each problem's cube too: a
                            // worker was asked what only a third party's
                            // notes test (found adding such a note).
                            for &q in &out {
                                let Question::Fact(g) = q else { continue };
                                if let (false, Some(v)) = (g == FactId::Problem, a.value(g)) {
                                    cubes.iter_mut().for_each(|c| narrow(c, g, v));
                                }
                            }
                        }
                    } else if let Some(v) = a.value(f) {
                        cubes.iter_mut().for_each(|c| narrow(c, f, v));
                    }
                }
            }
        }
    }
    out
}

/// Whether `p` asks for the day the employer put it right (`violation_end`):
/// not an injury, a pension agency's act or "other", and not a missing
/// contract, which asks for its own day, the signing (`contract_signed`:
/// one shared day had read a signing as the day unpaid wages were paid).
pub fn asks_violation_end(p: Problem) -> bool {
    !matches!(p, Problem::WorkInjury | Problem::PensionAgency | Problem::Other | Problem::NoContract)
}

/// Whether the one "put right" date of answers or a situation written
/// before the signing had its own question (`contract_signed`) was the
/// signing's: a missing contract, and no other problem asking for that date.
pub fn put_right_day_was_the_signing(problems: &[Problem]) -> bool {
    problems.contains(&Problem::NoContract) && !problems.iter().any(|&p| asks_violation_end(p))
}

/// Which date fields the dates screen shows.
pub fn date_fields(a: &Answers) -> Vec<DateField> {
    let s = situation_unchecked(a);
    DateField::ALL
        .into_iter()
        .filter(|f| match f {
            DateField::JobStart | DateField::Known => true,
            DateField::JobEnd => s.employment == Employment::Left,
            DateField::ContractSigned => s.problems.contains(&Problem::NoContract),
            DateField::ViolationEnd => s.problems.iter().any(|&p| asks_violation_end(p)),
            DateField::Injury => s.problems.contains(&Problem::WorkInjury),
            DateField::AwardReceived => s.prior_decision == PriorDecision::ArbitrationAward,
        })
        .collect()
}

/// The question after `q`, or `None` when the review comes next.
pub fn next(a: &Answers, q: Question) -> Option<Question> {
    let qs = questions(a);
    let i = qs.iter().position(|x| *x == q)?;
    qs.get(i + 1).copied()
}

/// The question before `q`, or `None` at the first question.
pub fn prev(a: &Answers, q: Question) -> Option<Question> {
    let qs = questions(a);
    let i = qs.iter().position(|x| *x == q)?;
    i.checked_sub(1).map(|j| qs[j])
}

/// After changing `q` from the review: the next question that the change
/// made necessary (asked but not answered, or answered in a way the change
/// makes wrong: "still working" once a dismissal is added), or `None` to
/// return to the review.
pub fn next_unanswered_after(a: &Answers, q: Question, today: Date) -> Option<Question> {
    let qs = questions(a);
    let i = qs.iter().position(|x| *x == q).unwrap_or(0);
    // `check` also refuses a question not answered.
    qs[i + 1..].iter().copied().find(|x| !check(a, *x, today).is_empty())
}

/// Position of `q` among the questions (1-based) and how many there are now.
pub fn progress(a: &Answers, q: Question) -> (usize, usize) {
    let qs = questions(a);
    (qs.iter().position(|x| *x == q).map_or(1, |i| i + 1), qs.len())
}

/// Errors that stop the person leaving question `q` (each names its field).
pub fn check(a: &Answers, q: Question, today: Date) -> Vec<FieldError> {
    match q {
        Question::Fact(FactId::Problem) if a.problems.is_empty() => {
            vec![FieldError { field: "problems".into(), key: "problems_empty", detail: "choose at least one problem".into() }]
        }
        Question::Fact(f) if !a.is_answered(q) => vec![FieldError { field: f.key().into(), key: "choose_one", detail: "choose one answer".into() }],
        // A dismissal, or compensation not paid on leaving, is a job that
        // has ended: "still working" beside it made the papers say both, and
        // left the last day unasked (a review).
        Question::Fact(FactId::Employment)
            if situation(a).employment == Employment::Employed
                && a.problems.iter().any(|p| matches!(p, Problem::Dismissed | Problem::CompensationUnpaid)) =>
        {
            vec![FieldError { field: "employment".into(), key: "employed_after_leaving", detail: "the problems chosen say the job has ended".into() }]
        }
        // Every error that can be found at once, in the order of the fields:
        // dates that cannot be read, and the checks on the readable ones (the
        // situation holds only those).
        Question::Dates => {
            let checks = situation(a).validate(today);
            let shown = date_fields(a);
            let fields: Vec<String> = shown.iter().map(|f| f.path()).collect();
            let mut errors = Vec::new();
            for (f, path) in shown.into_iter().zip(&fields) {
                match parse_date(a.date_text(f)) {
                    Err(e) => errors.push(FieldError { field: path.clone(), key: e.key(), detail: e.to_string() }),
                    Ok(_) => errors.extend(checks.iter().filter(|e| e.field == *path).cloned()),
                }
            }
            // A date error on no field of this screen (none today) still stops it.
            errors.extend(checks.into_iter().filter(|e| e.field.starts_with("dates.") && !fields.contains(&e.field)));
            errors
        }
        _ => Vec::new(),
    }
}

/// A date as people type it: `2025-03-01`, `2025/3/1`, `2025.3.1`,
/// `2025年3月1日` (or `号`), and `20250301`, which is all a phone's number
/// pad can type (an iPhone's has no `-`); full-width digits and separators
/// from a Chinese keyboard count as their ASCII twins.
pub fn parse_date(text: &str) -> Result<Option<Date>, DateError> {
    let ascii: String = crate::validate::half_width(text)
        .trim()
        .chars()
        .map(|c| match c {
            '年' | '月' => '-',
            _ => c,
        })
        .collect();
    if ascii.is_empty() {
        return Ok(None);
    }
    let t = ascii.strip_suffix(['日', '号']).unwrap_or(&ascii).trim_end();
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        return Date::from_ymd(n(&t[..4]) as i32, n(&t[4..6]), n(&t[6..])).map(Some);
    }
    let parts: Vec<&str> = t.split(['-', '/', '.']).map(str::trim).collect();
    if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit())) {
        if parts[0].len() != 4 {
            return Err(DateError::Format);
        }
        return Date::from_ymd(n(parts[0]) as i32, n(parts[1]), n(parts[2])).map(Some);
    }
    Err(DateError::Format)
}

/// The situation the answers describe: asked and answered facts take their
/// answer, the rest their default; dates that do not parse are left out
/// (the dates screen does not let the person past them).
fn situation_unchecked(a: &Answers) -> Situation {
    let asked = questions_without_dates(a);
    let mut case = Case::default();
    for meta in &FACTS {
        if asked.contains(&Question::Fact(meta.id)) {
            if let Some(v) = a.value(meta.id) {
                case.set(meta.id, v);
            }
        }
    }
    let mut s = Situation::new(a.problems.clone());
    s.set_facts(&case);
    s
}

fn questions_without_dates(a: &Answers) -> Vec<Question> {
    questions(a).into_iter().filter(|q| *q != Question::Dates).collect()
}

/// The situation to route, with the dates that are shown and valid.
pub fn situation(a: &Answers) -> Situation {
    let mut s = situation_unchecked(a);
    let shown = date_fields(a);
    for f in shown {
        if let Ok(Some(d)) = parse_date(a.date_text(f)) {
            match f {
                DateField::JobStart => s.dates.job_start = Some(d),
                DateField::JobEnd => s.dates.job_end = Some(d),
                DateField::Known => s.dates.known = Some(d),
                DateField::ContractSigned => s.dates.contract_signed = Some(d),
                DateField::ViolationEnd => s.dates.violation_end = Some(d),
                DateField::Injury => s.dates.injury = Some(d),
                DateField::AwardReceived => s.dates.award_received = Some(d),
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-26").unwrap()
    }

    fn facts_asked(a: &Answers) -> Vec<&'static str> {
        questions(a)
            .into_iter()
            .filter_map(|q| match q {
                Question::Fact(f) => Some(f.key()),
                Question::Dates => None,
            })
            .collect()
    }

    fn answer(a: &mut Answers, fact: FactId, value: &str) {
        let i = fact.meta().values.iter().position(|v| *v == value).unwrap();
        a.set(fact, i);
    }

    #[test]
    fn injury_and_fled_boss_are_asked_only_when_they_matter() {
        let mut a = Answers { problems: vec![Problem::DocumentsOrDeposit], ..Default::default() };
        let asked = facts_asked(&a);
        assert!(!asked.contains(&"injury_recognised"), "{asked:?}");
        assert!(!asked.contains(&"employer_fled"), "{asked:?}");
        // Overtime pay is pay for the crime of refusing to pay (解释 第一条).
        a.problems = vec![Problem::OvertimeRest];
        assert!(facts_asked(&a).contains(&"employer_fled"));
        a.problems = vec![Problem::WorkInjury, Problem::WagesUnpaid];
        let asked = facts_asked(&a);
        assert!(asked.contains(&"injury_recognised") && asked.contains(&"employer_fled"), "{asked:?}");
    }

    #[test]
    fn each_problem_is_asked_about_on_its_own_case() {
        // An injured child labourer's claim (rule child_injury_claim) rests
        // on no recognition: one cube for both problems let the injury's
        // case take "not a child", and asked the parent about it.
        let mut child = Answers { problems: vec![Problem::WorkInjury, Problem::ChildLabour], ..Default::default() };
        // Whether the injured person was the child is asked first (a legal
        // review: an adult injured where children work was sent to the
        // child's claim, and never to recognition).
        assert!(facts_asked(&child).contains(&"injured_under_16"));
        let mut adult_beside_children = child.clone();
        answer(&mut adult_beside_children, FactId::InjuredUnder16, "no");
        assert!(facts_asked(&adult_beside_children).contains(&"injury_recognised"));
        answer(&mut child, FactId::InjuredUnder16, "yes");
        let asked = facts_asked(&child);
        assert!(!asked.contains(&"injury_recognised"), "{asked:?}");
        // The same injury without child labour still asks it, and not the
        // child's age…
        let adult = Answers { problems: vec![Problem::WorkInjury, Problem::WagesUnpaid], ..Default::default() };
        assert!(facts_asked(&adult).contains(&"injury_recognised"));
        assert!(!facts_asked(&adult).contains(&"injured_under_16"));
        assert!(!facts_asked(&Answers { problems: vec![Problem::ChildLabour], ..Default::default() }).contains(&"injured_under_16"));
        // …and what the child's case needs is still asked: a prior award
        // has its own rule (award_made_on_child_injury).
        assert!(asked.contains(&"prior_decision"), "{asked:?}");
        // Every question a problem asks alone is asked beside another.
        for &p in Problem::ALL {
            let alone = facts_asked(&Answers { problems: vec![p], ..Default::default() });
            for &q in Problem::ALL {
                if q == p || [p, q].contains(&Problem::ChildLabour) {
                    continue;
                }
                let both = facts_asked(&Answers { problems: vec![p, q], ..Default::default() });
                assert!(alone.iter().all(|f| both.contains(f)), "{p:?} asks {alone:?}, beside {q:?} only {both:?}");
            }
        }
    }

    #[test]
    fn a_household_employer_ends_the_questions_about_bodies() {
        let mut a = Answers::default();
        answer(&mut a, FactId::Reporter, "worker");
        a.problems = vec![Problem::WagesUnpaid];
        answer(&mut a, FactId::EmployerType, "household_or_individual");
        answer(&mut a, FactId::PriorDecision, "none");
        let asked = facts_asked(&a);
        // Every rule still alive routes to a civil dispute or only needs the
        // employer type: nothing about the three bodies is asked.
        for f in ["want", "relationship", "impact", "dispatch", "employer_fled"] {
            assert!(!asked.contains(&f), "{f} asked: {asked:?}");
        }
        assert!(asked.contains(&"employment"), "limits need it: {asked:?}");
    }

    #[test]
    fn want_is_asked_for_wages_but_not_for_child_labour_alone() {
        let mut a = Answers { problems: vec![Problem::ChildLabour], ..Default::default() };
        answer(&mut a, FactId::Reporter, "third_party");
        answer(&mut a, FactId::EmployerType, "organisation");
        answer(&mut a, FactId::PriorDecision, "none");
        assert!(!facts_asked(&a).contains(&"want"), "{:?}", facts_asked(&a));
        a.problems = vec![Problem::WagesUnpaid];
        answer(&mut a, FactId::Reporter, "worker");
        assert!(facts_asked(&a).contains(&"want"));
    }

    /// Fired, or not paid compensation on leaving, and "still working": the
    /// question says the job has ended instead of taking both (the papers
    /// said both, and the last day was never asked).
    #[test]
    fn still_working_after_a_dismissal_is_questioned() {
        let today = Date::parse("2026-11-26").unwrap();
        for p in [Problem::Dismissed, Problem::CompensationUnpaid] {
            let mut a = Answers { problems: vec![Problem::WagesUnpaid, p], ..Default::default() };
            answer(&mut a, FactId::Employment, "employed");
            let e = check(&a, Question::Fact(FactId::Employment), today);
            assert_eq!(e.iter().map(|e| (e.field.as_str(), e.key)).collect::<Vec<_>>(), [("employment", "employed_after_leaving")], "{p:?}");
            answer(&mut a, FactId::Employment, "left");
            assert!(check(&a, Question::Fact(FactId::Employment), today).is_empty());
        }
        let mut a = Answers { problems: vec![Problem::WagesUnpaid], ..Default::default() };
        answer(&mut a, FactId::Employment, "employed");
        assert!(check(&a, Question::Fact(FactId::Employment), today).is_empty());
        // A dismissal added from the review, every other question answered:
        // the employment question comes back, and its check with it.
        for (f, v) in [
            (FactId::Reporter, "worker"),
            (FactId::EmployerType, "organisation"),
            (FactId::PriorDecision, "none"),
            (FactId::Relationship, "acknowledged"),
        ] {
            answer(&mut a, f, v);
        }
        a.problems.push(Problem::Dismissed);
        let mut answered = a.clone();
        for q in questions(&a) {
            if let Question::Fact(f) = q {
                if f != FactId::Problem && f != FactId::Employment && !answered.is_answered(q) {
                    answered.set(f, 0);
                }
            }
        }
        assert_eq!(next_unanswered_after(&answered, Question::Fact(FactId::Problem), today), Some(Question::Fact(FactId::Employment)));
        // Once it says "left", back to the review.
        answer(&mut answered, FactId::Employment, "left");
        assert_eq!(next_unanswered_after(&answered, Question::Fact(FactId::Problem), today), None);
    }

    #[test]
    fn going_back_keeps_later_answers_and_review_edits_ask_only_what_depends() {
        let mut a = Answers::default();
        answer(&mut a, FactId::Reporter, "worker");
        a.problems = vec![Problem::Dismissed];
        answer(&mut a, FactId::EmployerType, "organisation");
        answer(&mut a, FactId::PriorDecision, "none");
        answer(&mut a, FactId::Relationship, "acknowledged");
        answer(&mut a, FactId::Employment, "left");
        // Back from relationship keeps the relationship answer.
        let q = Question::Fact(FactId::Relationship);
        assert_eq!(prev(&a, q), Some(Question::Fact(FactId::PriorDecision)));
        assert_eq!(a.value(FactId::Relationship), Some(0));
        // From the review, adding a work injury asks only the new question.
        a.problems.push(Problem::WorkInjury);
        let today = Date::parse("2026-11-26").unwrap();
        assert_eq!(next_unanswered_after(&a, Question::Fact(FactId::Problem), today), Some(Question::Fact(FactId::InjuryRecognised)));
        answer(&mut a, FactId::InjuryRecognised, "no");
        let after = next_unanswered_after(&a, Question::Fact(FactId::InjuryRecognised), today);
        assert!(
            after.is_none()
                || after == Some(Question::Fact(FactId::Dispatch))
                || after == Some(Question::Fact(FactId::Impact))
                || after == Some(Question::Fact(FactId::Want)),
            "{after:?}"
        );
    }

    #[test]
    fn unasked_answers_are_not_used() {
        let mut a = Answers { problems: vec![Problem::OvertimeRest], ..Default::default() };
        answer(&mut a, FactId::InjuryRecognised, "yes"); // answered earlier, no longer asked
        assert_eq!(situation(&a).injury_recognised, InjuryRecognised::default());
    }

    #[test]
    fn date_errors_name_the_field_and_keep_the_text() {
        let mut a = Answers { problems: vec![Problem::WorkInjury], ..Default::default() };
        a.set_date(DateField::Injury, "2026-02-30");
        a.set_date(DateField::Known, "2026/3/1");
        let e = check(&a, Question::Dates, today());
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].field.as_str(), e[0].key), ("dates.injury", "date_no_such_day"));
        assert_eq!(a.date_text(DateField::Injury), "2026-02-30");
        a.set_date(DateField::Injury, "2027-01-01");
        let e = check(&a, Question::Dates, today());
        assert_eq!((e[0].field.as_str(), e[0].key), ("dates.injury", "date_in_future"));
        a.set_date(DateField::Injury, "2026-03-01");
        assert!(check(&a, Question::Dates, today()).is_empty());
        assert_eq!(situation(&a).dates.known, Date::parse("2026-03-01").ok());
    }

    /// A missing contract asks for the signing day on its own; the shared
    /// "put right" day only when another problem asks for it.
    #[test]
    fn the_signing_day_is_its_own_field_checked_against_the_job() {
        let mut a = Answers { problems: vec![Problem::NoContract], ..Default::default() };
        answer(&mut a, FactId::Employment, "left");
        assert_eq!(date_fields(&a), [DateField::JobStart, DateField::JobEnd, DateField::Known, DateField::ContractSigned]);
        a.set_date(DateField::JobStart, "2025-03-01");
        a.set_date(DateField::JobEnd, "2025-08-31");
        a.set_date(DateField::ContractSigned, "2025-02-01");
        let keys = |a: &Answers| check(a, Question::Dates, today()).iter().map(|e| (e.field.clone(), e.key)).collect::<Vec<_>>();
        assert_eq!(keys(&a), [("dates.contract_signed".to_string(), "date_before_start")]);
        a.set_date(DateField::ContractSigned, "2025-09-01");
        assert_eq!(keys(&a), [("dates.contract_signed".to_string(), "signed_after_leaving")]);
        a.set_date(DateField::ContractSigned, "2025-08-31");
        assert!(keys(&a).is_empty());
        assert_eq!((situation(&a).dates.contract_signed, situation(&a).dates.violation_end), (Date::parse("2025-08-31").ok(), None));
        a.toggle_problem(Problem::WagesUnpaid);
        assert!(date_fields(&a).ends_with(&[DateField::ContractSigned, DateField::ViolationEnd]));
    }

    #[test]
    fn every_date_error_shows_at_once_in_the_order_of_the_fields() {
        let mut a = Answers { problems: vec![Problem::WagesUnpaid], ..Default::default() };
        answer(&mut a, FactId::Employment, "left");
        a.set_date(DateField::JobStart, "2025-03-01");
        a.set_date(DateField::JobEnd, "2024-01-01"); // before the start
        a.set_date(DateField::Known, "2026-13-01"); // cannot be read
        a.set_date(DateField::ViolationEnd, "2027-01-01"); // after today
        let order: Vec<String> = date_fields(&a).iter().map(|f| f.path()).collect();
        let e = check(&a, Question::Dates, today());
        let got: Vec<(&str, &str)> = e.iter().map(|e| (e.field.as_str(), e.key)).collect();
        let mut want = vec![("dates.job_end", "date_before_start"), ("dates.known", "date_no_such_day"), ("dates.violation_end", "date_in_future")];
        want.sort_by_key(|(f, _)| order.iter().position(|o| o == f));
        assert_eq!(got, want);
        // An unreadable date gets its own message only, never a second one.
        a.set_date(DateField::Known, "2027-02-30");
        let e = check(&a, Question::Dates, today());
        assert_eq!(e.iter().filter(|e| e.field == "dates.known").count(), 1);
    }

    #[test]
    fn a_question_must_be_answered_to_move_on() {
        let a = Answers::default();
        assert_eq!(check(&a, Question::Fact(FactId::Problem), today())[0].key, "problems_empty");
        assert_eq!(check(&a, Question::Fact(FactId::Want), today())[0].field, "want");
    }

    #[test]
    fn answers_round_trip_through_json_with_stable_keys() {
        let mut a = Answers { problems: vec![Problem::WagesUnpaid], ..Default::default() };
        answer(&mut a, FactId::Want, "money_or_decision");
        a.set_date(DateField::JobEnd, "2026-13-01");
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("\"want\":\"money_or_decision\"") && json.contains("\"job_end\":\"2026-13-01\""), "{json}");
        assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
    }

    #[test]
    fn parse_date_accepts_common_hand_typed_forms() {
        assert_eq!(parse_date("2025/3/1").unwrap(), Date::parse("2025-03-01").ok());
        assert_eq!(parse_date(" 2025.12.31 ").unwrap(), Date::parse("2025-12-31").ok());
        assert_eq!(parse_date("").unwrap(), None);
        assert_eq!(parse_date("25/3/1"), Err(DateError::Format));
        // What phones and Chinese keyboards type.
        assert_eq!(parse_date("20250301").unwrap(), Date::parse("2025-03-01").ok());
        assert_eq!(parse_date("2025年3月1日").unwrap(), Date::parse("2025-03-01").ok());
        assert_eq!(parse_date("2025年12月31号").unwrap(), Date::parse("2025-12-31").ok());
        assert_eq!(parse_date("2025 年 3 月 1 日").unwrap(), Date::parse("2025-03-01").ok());
        assert_eq!(parse_date("20250301 日").unwrap(), Date::parse("2025-03-01").ok());
        assert_eq!(parse_date("　２０２５－０３－０１　").unwrap(), Date::parse("2025-03-01").ok());
        assert_eq!(parse_date("20250230"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("1234567８"), Err(DateError::OutOfRange), "eight digits, the last full-width");
        for bad in ["2025031", "202503011", "2025年3月", "日", "2025-3-1日日", "2025年3月1日午"] {
            assert_eq!(parse_date(bad), Err(DateError::Format), "{bad}");
        }
        assert_eq!(parse_date("二〇二五年"), Err(DateError::Format));
    }
}
