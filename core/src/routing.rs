//! From a situation to a routing: for each problem, the chain of places to go
//! and the rule (with its clause) behind each; the steps in the order to take
//! them; the notes that apply; and the time limits. JSON schema
//! `weiquan.routing/1` (see docs/schema.md).

use crate::date::Date;
use crate::deadlines::{limit_for, LimitState, LimitStatus};
use crate::rules::*;
use crate::situation::Situation;
use serde::Serialize;

pub const ROUTING_SCHEMA: &str = "weiquan.routing/1";

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    /// The rule that decided it, and its table.
    pub rule: &'static str,
    pub table: &'static str,
    /// Text key of the plain reason: `rule.<id>`.
    pub reason: &'static str,
    /// The clauses the rule rests on for this problem.
    pub cites: Vec<&'static Cite>,
    /// Number of the [`Step`] this link belongs to (1-based).
    pub step: usize,
    /// Advice rules that apply at this link.
    pub advice: Vec<Advice>,
    /// What to bring for this link: rules of the `checklist` table.
    pub bring: Vec<Advice>,
    /// What happens next there, with its time limits: the `process` table.
    pub next: Vec<Advice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Advice {
    pub rule: &'static str,
    /// Text key: `rule.<id>`.
    pub text: &'static str,
    pub cites: &'static [Cite],
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProblemRouting {
    pub problem: Problem,
    pub chain: Vec<Link>,
    /// The limits of the chain's outcomes, and for pay owed to someone who
    /// has left and is sent to inspection only, the arbitration year too.
    pub limits: Vec<LimitStatus>,
}

/// Whether the arbitration year runs from the end of the job for this
/// problem (unpaid pay, 调解仲裁法 第二十七条第四款: routing.toml's
/// `unpaid_pay_problems`).
fn arbitration_limit_counts_from_leaving(problem: Problem) -> bool {
    LIMITS.iter().any(|l| l.outcomes.contains(&Outcome::Arbitration) && l.unpaid_pay_problems.contains(&problem))
}

/// Double wages owed for `problem` (no written contract), whose arbitration
/// year `limit_for` counts from the end of the months owed.
fn double_wages_claimed_by_arbitration(problem: Problem) -> bool {
    LIMITS.iter().any(|l| l.outcomes.contains(&Outcome::Arbitration) && l.double_wage_problems.contains(&problem))
}

/// Inspection, or inspection passing the case on to the police (an employer
/// who fled): either way the pay is still owed and the hall's inspection
/// window takes it ([`crate::documents::Body::of`], the one mapping).
fn inspects(outcome: Outcome) -> bool {
    crate::documents::Body::of(outcome) == Some(crate::documents::Body::Inspection)
}

impl ProblemRouting {
    /// The step of the first link of the chain that goes to `outcome`.
    pub fn first_step_to(&self, outcome: Outcome) -> Option<usize> {
        self.chain.iter().find(|l| l.outcome == outcome).map(|l| l.step)
    }

    /// The time limits shown at this problem's step to `outcome`: that
    /// outcome's own and, at inspection (or inspection passing the case to
    /// the police) or the chain's first step, a limit of an outcome the
    /// chain does not go on to (the arbitration year after leaving, an
    /// award's 15 days, see [`route`]).
    pub fn limits_at(&self, outcome: Outcome) -> impl Iterator<Item = &LimitStatus> {
        // A limit for a step the chain does not take (the arbitration year
        // at inspection, an award's 15 days): at inspection, or at the
        // chain's first step.
        let first = self.chain.first().map(|l| l.outcome);
        self.limits.iter().filter(move |lim| {
            lim.outcome == outcome || ((inspects(outcome) || first == Some(outcome)) && !self.chain.iter().any(|l| l.outcome == lim.outcome))
        })
    }

    /// The time limits the result shows for this problem at `step` (which
    /// goes to `outcome`): [`Self::limits_at`], at the problem's first step
    /// to that outcome only. A later visit there (the injury claim after
    /// the arbitration that confirmed the relationship) is a claim whose
    /// year has not started; the first is the one to hurry. The order of the
    /// steps asks the same of a "near" limit. Except a year that starts
    /// only after the injury is recognised: it is the injury claim's, at the
    /// last step to that outcome (under a confirmation of the relationship
    /// before the recognition it read as "no hurry" for the step to take
    /// first).
    pub fn limits_shown_at(&self, step: usize, outcome: Outcome) -> impl Iterator<Item = &LimitStatus> {
        let first = self.first_step_to(outcome) == Some(step);
        let last = self.chain.iter().rev().find(|l| l.outcome == outcome).map(|l| l.step) == Some(step);
        self.limits_at(outcome).filter(move |l| if l.state == LimitState::AfterRecognition { last } else { first })
    }
}

/// One visit: a body or redirect, for one or more problems.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    pub n: usize,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    pub problems: Vec<Problem>,
    /// Steps that must be finished first.
    pub after: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Routing {
    pub schema: &'static str,
    pub today: Date,
    pub problems: Vec<ProblemRouting>,
    pub steps: Vec<Step>,
    /// Seed 五(二): inspection and audit step in first.
    pub urgent: bool,
}

fn purpose_of(rule: &Rule, outcome: Outcome, reporter: Reporter, first: bool) -> Option<Purpose> {
    if first {
        if let Some(p) = rule.purpose {
            return Some(p);
        }
    }
    match outcome {
        Outcome::Inspection | Outcome::Audit | Outcome::PoliceViaInspection => Some(match reporter {
            Reporter::ThirdParty => Purpose::Report,
            Reporter::Worker => Purpose::Complain,
        }),
        Outcome::Arbitration | Outcome::InjuryRecognition => Some(Purpose::Apply),
        _ => None,
    }
}

/// The links of one problem before steps are numbered.
fn chain(case: Case) -> Vec<(Outcome, Option<Purpose>, &'static Rule, Case)> {
    let mut out = Vec::new();
    walk(case, |rule, c| {
        for (i, o) in rule.steps().enumerate() {
            out.push((o, purpose_of(rule, o, c.reporter, i == 0), rule, *c));
        }
    });
    out
}

/// Routes every problem of a situation. `today` is supplied by the caller so
/// that tests can fix it. Call [`Situation::validate`] first for user input;
/// `route` itself accepts anything and never panics.
pub fn route(s: &Situation, today: Date) -> Routing {
    let mut problems = Vec::new();
    // A step is identified by the path of (outcome, purpose) that leads to it:
    // two problems share a step only when they got there the same way.
    let mut paths: Vec<Vec<(Outcome, Option<Purpose>)>> = Vec::new();
    let mut steps: Vec<Step> = Vec::new();
    let (advice_table, checklist_table, process_table) = (table_index("advice"), table_index("checklist"), table_index("process"));
    let mut scratch: Vec<usize> = Vec::new();
    for &problem in &s.problems {
        if problems.iter().any(|p: &ProblemRouting| p.problem == problem) {
            continue;
        }
        let links = chain(s.case(problem));
        let mut path: Vec<(Outcome, Option<Purpose>)> = Vec::new();
        let mut prev_step: Option<usize> = None;
        // The steps the next one waits for: the step before it and any that
        // a step which does not wait (injury recognition) passed over.
        let mut waits_on: Vec<usize> = Vec::new();
        let mut out_links = Vec::new();
        for (outcome, purpose, rule, case) in links {
            // Confirming the relationship and the claim that follows go in one
            // arbitration application: consecutive links to the same body share a step.
            let same_as_prev = path.last().is_some_and(|(o, _)| *o == outcome);
            let step = if let (true, Some(p)) = (same_as_prev, prev_step) {
                p
            } else {
                path.push((outcome, purpose));
                match paths.iter().position(|q| *q == path) {
                    Some(i) => {
                        if !steps[i].problems.contains(&problem) {
                            steps[i].problems.push(problem);
                        }
                        i
                    }
                    None => {
                        paths.push(path.clone());
                        steps.push(Step {
                            n: 0,
                            outcome,
                            purpose,
                            problems: vec![problem],
                            after: if outcome.waits_for_earlier_steps() { waits_on.clone() } else { Vec::new() },
                        });
                        steps.len() - 1
                    }
                }
            };
            let mut notes = |table: Option<usize>| -> Vec<Advice> {
                scratch.clear();
                if let Some(t) = table {
                    collect(t, &case, outcome, &mut scratch);
                }
                scratch.iter().map(|&i| Advice { rule: RULES[i].id, text: RULES[i].text_key, cites: RULES[i].cites }).collect()
            };
            let (advice, bring, next) = (notes(advice_table), notes(checklist_table), notes(process_table));
            out_links.push(Link {
                outcome,
                purpose,
                rule: rule.id,
                table: rule.table().id,
                reason: rule.text_key,
                cites: rule.cites.iter().filter(|c| c.is_basis_for(problem)).collect(),
                step,
                advice,
                bring,
                next,
            });
            prev_step = Some(step);
            if outcome.waits_for_earlier_steps() {
                waits_on = vec![step];
            } else if !waits_on.contains(&step) {
                waits_on.push(step);
            }
        }
        let mut limits: Vec<LimitStatus> = Vec::new();
        for l in &out_links {
            if limits.iter().any(|x| x.outcome == l.outcome) {
                continue;
            }
            if let Some(st) = limit_for(problem, l.outcome, s, today) {
                limits.push(st);
            }
        }
        // Pay still owed to a worker who has left, taken to inspection (which
        // may pass an employer who fled to the police) but not to
        // arbitration: inspection tells the complainant to take what is in
        // dispute to arbitration (监察条例 第二十一条第二款), whose year runs
        // from leaving (调解仲裁法 第二十七条第四款) and is interrupted only
        // by a claim made within it. Its last day is shown at the inspection
        // step ([`ProblemRouting::limits_at`]) with the
        // `arbitration_year_after_leaving` note, or the person, reading that
        // inspection's 2 years have not started, could wait past it. Not for
        // a third party's report (the year is the worker's, and a report
        // does not interrupt it), and not after inspection has decided (the
        // complaint that led to the decision may have restarted the year on
        // a day not asked: the `arbitration_year_after_decision` note says so
        // instead of a date).
        // Double wages for months without a written contract, taken to
        // inspection: the extra wages are claimed by arbitration only
        // (`double_wages_by_arbitration`), and their year runs from the end of
        // the months owed (劳动合同法实施条例 第七条, 调解仲裁法 第二十七条),
        // employed or not: the same limit the arbitration step would show.
        let goes = |o| out_links.iter().any(|l: &Link| l.outcome == o);
        let claimed_by_arbitration = (s.employment == Employment::Left && arbitration_limit_counts_from_leaving(problem))
            || (double_wages_claimed_by_arbitration(problem) && crate::deadlines::double_wages_may_be_owed(s, today));
        // (Not once arbitration has made an award, or a case is before it
        // or a court: the claim has been made; nor after inspection's
        // decision or order: the complaint restarted the year on a day not
        // asked, arbitration_year_after_decision.)
        let shown_at_inspection = claimed_by_arbitration
            && !matches!(
                s.prior_decision,
                PriorDecision::ArbitrationAward
                    | PriorDecision::DisputePending
                    | PriorDecision::InspectionDecision
                    | PriorDecision::InspectionOrderUnpaid
            )
            && s.reporter == Reporter::Worker
            && out_links.iter().any(|l| inspects(l.outcome))
            && !goes(Outcome::Arbitration);
        if shown_at_inspection {
            limits.extend(limit_for(problem, Outcome::Arbitration, s, today));
        }
        problems.push(ProblemRouting { problem, chain: out_links, limits });
    }
    // An award exists but no step goes to court: every problem is one the
    // award cannot have decided (`award_made`). If it went against the
    // worker (on the relationship, say), the 15 days to sue (调解仲裁法
    // 第四十八条, 第五十条) are still theirs: shown at each problem's first
    // step, which the order then puts first while they press.
    let to_court = problems.iter().any(|p| p.chain.iter().any(|l| l.outcome == Outcome::Court));
    if s.prior_decision == PriorDecision::ArbitrationAward && s.reporter == Reporter::Worker && !to_court {
        for p in &mut problems {
            p.limits.extend(limit_for(p.problem, Outcome::Court, s, today));
        }
    }

    // Order: a step whose time limit is about to run out (a limit it shows,
    // `limits_shown_at`, as the result does; and the steps it waits for)
    // first, so that the person does not lose it doing an unhurried step
    // before it; then a step comes after the steps it depends
    // on; among the rest, the order of outcomes in routing.toml (inspection,
    // inspection passing a crime to the police, audit, arbitration, …).
    // The longest run of steps before step `i` (a step waits only for
    // steps created before it, so this ends).
    fn depth(i: usize, steps: &[Step]) -> usize {
        steps[i].after.iter().map(|&p| 1 + depth(p, steps)).max().unwrap_or(0)
    }
    let mut pressing = vec![false; steps.len()];
    for (i, st) in steps.iter().enumerate() {
        let near = problems.iter().any(|p| p.limits_shown_at(i, st.outcome).any(|l| l.presses()));
        if near {
            let mut todo = vec![i];
            while let Some(j) = todo.pop() {
                pressing[j] = true;
                todo.extend(steps[j].after.iter().copied().filter(|&a| !pressing[a]));
            }
        }
    }
    let mut order: Vec<usize> = (0..steps.len()).collect();
    crate::sort_small_by_key(&mut order, |&i| (!pressing[i], depth(i, &steps), steps[i].outcome, i));
    let mut number = vec![0; steps.len()];
    for (pos, &i) in order.iter().enumerate() {
        number[i] = pos + 1;
    }
    let mut ordered: Vec<Step> = order.iter().map(|&i| steps[i].clone()).collect();
    for st in &mut ordered {
        st.after = st.after.iter().map(|&a| number[a]).collect();
        crate::sort_small_by_key(&mut st.after, |&a| a);
    }
    for (pos, st) in ordered.iter_mut().enumerate() {
        st.n = pos + 1;
    }
    for p in &mut problems {
        for l in &mut p.chain {
            l.step = number[l.step];
        }
    }
    Routing { schema: ROUTING_SCHEMA, today, problems, steps: ordered, urgent: s.impact == Impact::Serious }
}

fn table_index(id: &str) -> Option<usize> {
    TABLES.iter().position(|t| t.id == id)
}

/// What the result shows for one step, merged over the problems that share
/// it: each reason, note, time limit, next step and thing to bring once, in
/// the order first met. Problems taken the same way share their notes; the
/// result used to repeat them once per problem.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepDetail<'a> {
    /// The distinct reasons (by rule), each with the problems it sends here
    /// and the clauses it rests on for them.
    pub reasons: Vec<(&'a Link, Vec<Problem>, Vec<&'static Cite>)>,
    pub advice: Vec<&'a Advice>,
    /// The time limits of this step's outcome, each with the problems it is
    /// for (equal ones once).
    pub limits: Vec<(&'a LimitStatus, Vec<Problem>)>,
    pub next: Vec<&'a Advice>,
    pub bring: Vec<&'a Advice>,
}

/// Appends the items not yet in `into` (same rule).
fn merge<'a>(into: &mut Vec<&'a Advice>, items: &'a [Advice]) {
    for a in items {
        if !into.iter().any(|x| x.rule == a.rule) {
            into.push(a);
        }
    }
}

impl Routing {
    /// The limits that press (`LimitStatus::presses`, what puts a step
    /// first), in step order, each limit and last day once with every step
    /// that shows it (`ProblemRouting::limits_shown_at`): the result says
    /// them before the steps.
    pub fn pressing_limits(&self) -> Vec<(Vec<usize>, &LimitStatus)> {
        let mut out: Vec<(Vec<usize>, &LimitStatus)> = Vec::new();
        for step in &self.steps {
            for pr in &self.problems {
                for l in pr.chain.iter().filter(|l| l.step == step.n) {
                    for lim in pr.limits_shown_at(l.step, l.outcome).filter(|x| x.presses()) {
                        match out.iter_mut().find(|(_, u)| u.limit == lim.limit && u.last_day == lim.last_day) {
                            Some((at, _)) if !at.contains(&step.n) => at.push(step.n),
                            Some(_) => {}
                            None => out.push((vec![step.n], lim)),
                        }
                    }
                }
            }
        }
        out
    }

    /// The merged detail of step `n` (empty for a step that does not exist).
    pub fn detail(&self, n: usize) -> StepDetail<'_> {
        let mut d = StepDetail::default();
        for pr in &self.problems {
            for l in pr.chain.iter().filter(|l| l.step == n) {
                match d.reasons.iter_mut().find(|(x, _, _)| x.rule == l.rule) {
                    Some((_, ps, _)) => ps.push(pr.problem),
                    None => d.reasons.push((l, vec![pr.problem], Vec::new())),
                }
                merge(&mut d.advice, &l.advice);
                merge(&mut d.next, &l.next);
                merge(&mut d.bring, &l.bring);
                for lim in pr.limits_shown_at(l.step, l.outcome) {
                    match d.limits.iter_mut().find(|(x, _)| *x == lim) {
                        Some((_, ps)) if !ps.contains(&pr.problem) => ps.push(pr.problem),
                        Some(_) => {}
                        None => d.limits.push((lim, vec![pr.problem])),
                    }
                }
            }
        }
        // Each reason's clauses: those of its rule that are a basis for any
        // of its problems, in the order the rule gives them.
        for (l, ps, cites) in &mut d.reasons {
            let all = RULES.iter().find(|r| r.id == l.rule).map_or(&[][..], |r| r.cites);
            *cites = all.iter().filter(|c| ps.iter().any(|&p| c.is_basis_for(p))).collect();
        }
        d
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Whether a step goes to one of the hall's windows: the three bodies
    /// sit there (郑人社〔2016〕19号 二(一)), as `documents::Body::of` maps
    /// them. A case sent only elsewhere (12333, a court, injury
    /// recognition…) is not told to go to the hall.
    pub fn at_hall(&self) -> bool {
        self.steps.iter().any(|st| crate::documents::Body::of(st.outcome).is_some())
    }

    /// The distinct outcomes, in step order.
    pub fn outcomes(&self) -> Vec<Outcome> {
        let mut v: Vec<Outcome> = Vec::new();
        for st in &self.steps {
            if !v.contains(&st.outcome) {
                v.push(st.outcome);
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadlines::LimitState;

    fn today() -> Date {
        Date::parse("2026-11-26").unwrap()
    }

    /// The recognition's application does not wait for the confirmation
    /// (its year counts from the injury, 工伤保险条例 第十七条; the decision
    /// waits instead, 第二十条); the claim waits for both.
    #[test]
    fn denied_relationship_with_injury_confirms_and_applies_for_recognition_together_then_claims() {
        let mut s = Situation::new(vec![Problem::WorkInjury]);
        s.relationship = Relationship::Denied;
        s.injury_recognised = InjuryRecognised::No;
        let r = route(&s, today());
        let outs: Vec<Outcome> = r.steps.iter().map(|st| st.outcome).collect();
        assert_eq!(outs, [Outcome::Arbitration, Outcome::InjuryRecognition, Outcome::Arbitration]);
        assert_eq!(r.steps[0].purpose, Some(Purpose::ConfirmRelationship));
        assert_eq!(r.steps[1].after, [] as [usize; 0]);
        assert_eq!(r.steps[2].after, [1, 2]);
        assert!(r.detail(1).advice.iter().any(|a| a.rule == "recognition_does_not_wait"));
        let rules: Vec<&str> = r.problems[0].chain.iter().map(|l| l.rule).collect();
        assert_eq!(rules, ["confirm_relationship", "recognise_injury", "injury_compensation"]);
    }

    /// Confirming the relationship claims no money: the final-award note
    /// (调解仲裁法 第四十七条) belongs to the claim, not to the confirmation.
    #[test]
    fn the_final_award_note_is_for_the_claim_not_the_confirmation() {
        let final_note = |r: &Routing, n: usize| r.detail(n).advice.iter().any(|a| a.rule == "small_claim_final");
        let mut s = Situation::new(vec![Problem::WorkInjury]);
        s.relationship = Relationship::Denied;
        s.injury_recognised = InjuryRecognised::No;
        let r = route(&s, today());
        assert!(!final_note(&r, 1) && final_note(&r, 3));
        // Confirmation and wage claim in one application: the note is there.
        let mut s = Situation::new(vec![Problem::WagesUnpaid]);
        s.relationship = Relationship::Denied;
        s.want = Want::MoneyOrDecision;
        assert!(final_note(&route(&s, today()), 1));
    }

    #[test]
    fn confirming_and_claiming_wages_share_one_arbitration_step() {
        let mut s = Situation::new(vec![Problem::WagesUnpaid]);
        s.relationship = Relationship::Denied;
        s.want = Want::MoneyOrDecision;
        let r = route(&s, today());
        assert_eq!(r.steps.len(), 1);
        assert_eq!(r.problems[0].chain.len(), 2);
        assert!(r.problems[0].chain.iter().all(|l| l.step == 1));
    }

    #[test]
    fn problems_taken_the_same_way_share_a_step() {
        let mut s = Situation::new(vec![Problem::WagesUnpaid, Problem::OvertimeRest, Problem::Dismissed]);
        s.want = Want::StopViolation;
        let r = route(&s, today());
        assert_eq!(r.steps.len(), 2);
        assert_eq!(r.steps[0].outcome, Outcome::Inspection);
        assert_eq!(r.steps[0].problems, [Problem::WagesUnpaid, Problem::OvertimeRest]);
        assert_eq!(r.steps[1].outcome, Outcome::Arbitration);
        assert!(r.steps[1].after.is_empty());
    }

    /// What happens next at inspection: the order to pay, and the extra
    /// 50%–100% if it is not paid, only where money is owed to workers (a
    /// review found it under a child-labour 举报 step).
    #[test]
    fn only_money_owed_gets_inspections_order_to_pay() {
        let next = |problems: Vec<Problem>, f: &dyn Fn(&mut Situation)| {
            let mut s = Situation::new(problems);
            s.want = Want::StopViolation;
            f(&mut s);
            let r = route(&s, today());
            assert_eq!(r.steps[0].outcome, Outcome::Inspection, "{s:?}");
            r.detail(1).next.iter().map(|a| a.rule).collect::<Vec<_>>()
        };
        assert_eq!(next(vec![Problem::WagesUnpaid], &|_| ()), ["process_inspection", "process_inspection_pay_order"]);
        assert_eq!(next(vec![Problem::ChildLabour], &|s| s.reporter = Reporter::ThirdParty), ["process_inspection"]);
        assert_eq!(next(vec![Problem::ChildLabour], &|_| ()), ["process_inspection"]);
        // A worker's missing contract, stopped: nothing to pay at inspection.
        assert_eq!(next(vec![Problem::NoContract], &|_| ()), ["process_inspection"]);
        // Merged once for a step with both kinds.
        assert_eq!(next(vec![Problem::NoContract, Problem::OvertimeRest], &|_| ()), ["process_inspection", "process_inspection_pay_order"]);
    }

    #[test]
    fn only_a_step_at_one_of_the_halls_windows_sends_the_person_to_the_hall() {
        let at_hall = |problems: Vec<Problem>, f: &dyn Fn(&mut Situation)| {
            let mut s = Situation::new(problems);
            f(&mut s);
            route(&s, today()).at_hall()
        };
        assert!(at_hall(vec![Problem::WagesUnpaid], &|_| ()));
        // Household employer: a civil dispute, not the hall.
        assert!(!at_hall(vec![Problem::WagesUnpaid], &|s| s.employer_type = EmployerType::HouseholdOrIndividual));
        // A third party's report of a dismissal: 12333 first.
        assert!(!at_hall(vec![Problem::Dismissed], &|s| s.reporter = Reporter::ThirdParty));
        // Injury not yet recognised: recognition elsewhere, then arbitration at the hall.
        assert!(at_hall(vec![Problem::WorkInjury], &|s| s.injury_recognised = InjuryRecognised::No));
        // A boss who fled with the wages: inspection, which passes it to the police.
        let mut s = Situation::new(vec![Problem::WagesUnpaid]);
        s.employer_fled = EmployerFled::Yes;
        let r = route(&s, today());
        assert_eq!(r.outcomes(), [Outcome::PoliceViaInspection]);
        assert!(r.at_hall());
    }

    #[test]
    fn a_boss_who_fled_is_reported_before_anything_else_is_done() {
        // Wages owed by a boss in hiding, and no contract, money wanted:
        // inspection (to the police) and arbitration have no dependency, and
        // the urgent one comes first.
        let mut s = Situation::new(vec![Problem::NoContract, Problem::WagesUnpaid]);
        s.want = Want::MoneyOrDecision;
        s.employer_fled = EmployerFled::Yes;
        let r = route(&s, today());
        assert_eq!(r.outcomes(), [Outcome::PoliceViaInspection, Outcome::Arbitration]);
        assert!(r.steps.iter().all(|st| st.after.is_empty()));
    }

    #[test]
    fn a_step_whose_limit_is_about_to_run_out_comes_first() {
        // Dismissed, and a pregnant worker's protection breached, left on
        // 2025-12-01: arbitration's year ends on 2026-12-01, five days after
        // today; inspection's two years are far off. Arbitration, normally
        // after inspection, comes first.
        let mut s = Situation::new(vec![Problem::FemaleMinorProtection, Problem::Dismissed]);
        s.employment = Employment::Left;
        s.dates.job_end = Some(Date::parse("2025-12-01").unwrap());
        s.dates.known = Some(Date::parse("2025-12-01").unwrap());
        let r = route(&s, today());
        assert_eq!(r.outcomes(), [Outcome::Arbitration, Outcome::Inspection]);
        assert!(r.steps.iter().all(|st| st.after.is_empty()));
        let limit = |o| r.problems.iter().flat_map(|p| &p.limits).find(|l| l.outcome == o).unwrap().state;
        assert_eq!((limit(Outcome::Arbitration), limit(Outcome::Inspection)), (LimitState::Near, LimitState::Open));
        // A month more and nothing presses: the usual order.
        s.dates.job_end = Some(Date::parse("2026-01-15").unwrap());
        s.dates.known = Some(Date::parse("2026-01-15").unwrap());
        assert_eq!(route(&s, today()).outcomes(), [Outcome::Inspection, Outcome::Arbitration]);
        // Overtime pay owed instead: inspection shows the same near
        // arbitration year (a complaint there interrupts it), so both press
        // and the usual order stands.
        s.problems = vec![Problem::OvertimeRest, Problem::Dismissed];
        s.dates.job_end = Some(Date::parse("2025-12-01").unwrap());
        s.dates.known = Some(Date::parse("2025-12-01").unwrap());
        let r = route(&s, today());
        assert_eq!(r.outcomes(), [Outcome::Inspection, Outcome::Arbitration]);
        assert!(r.detail(1).limits.iter().any(|(l, _)| l.outcome == Outcome::Arbitration && l.state == LimitState::Near));
    }

    #[test]
    fn the_arbitration_year_shown_at_the_police_step_puts_it_first_when_near() {
        // Left on 2025-12-01, owed wages by a boss who fled, and a female
        // worker's protection: inspection, and inspection passing the wages
        // to the police. The police step shows the arbitration year after
        // leaving (five days left), so it comes first, as the limit it shows
        // is what presses (found by tests/properties.rs).
        let mut s = Situation::new(vec![Problem::FemaleMinorProtection, Problem::WagesUnpaid]);
        s.employment = Employment::Left;
        s.employer_fled = EmployerFled::Yes;
        s.dates.job_end = Some(Date::parse("2025-12-01").unwrap());
        let r = route(&s, today());
        assert_eq!(r.outcomes(), [Outcome::PoliceViaInspection, Outcome::Inspection]);
        let shown = r.detail(1).limits;
        assert!(shown.iter().any(|(l, _)| l.outcome == Outcome::Arbitration && l.state == LimitState::Near), "{shown:?}");
        s.dates.job_end = Some(Date::parse("2026-01-15").unwrap());
        assert_eq!(route(&s, today()).outcomes(), [Outcome::Inspection, Outcome::PoliceViaInspection]);
    }

    #[test]
    fn a_pressing_step_leads_and_what_waits_for_it_stays_behind_it() {
        // An injury not yet recognised, its year ending in 14 days, and no
        // contract: recognition (normally after inspection) leads; the
        // compensation claim still waits for it.
        let mut s = Situation::new(vec![Problem::WorkInjury, Problem::NoContract]);
        s.relationship = Relationship::Acknowledged;
        s.injury_recognised = InjuryRecognised::No;
        s.dates.injury = Some(Date::parse("2025-12-10").unwrap());
        let r = route(&s, today());
        assert_eq!(r.outcomes(), [Outcome::InjuryRecognition, Outcome::Inspection, Outcome::Arbitration]);
        assert_eq!(r.steps[2].after, [1]);
    }

    #[test]
    fn a_steps_detail_says_each_reason_note_and_limit_once() {
        let mut s = Situation::new(vec![Problem::WagesUnpaid, Problem::Dismissed, Problem::CompensationUnpaid]);
        s.want = Want::MoneyOrDecision;
        s.employment = Employment::Left;
        s.dates.job_end = Some(Date::parse("2026-09-30").unwrap());
        let r = route(&s, today());
        assert_eq!(r.steps.len(), 1);
        let d = r.detail(1);
        // Wages and the end of the job are two reasons; the two about the end share one.
        let reasons: Vec<(&str, &[Problem])> = d.reasons.iter().map(|(l, ps, _)| (l.rule, ps.as_slice())).collect();
        assert_eq!(reasons.len(), 2, "{reasons:?}");
        assert_eq!(reasons[0].1, [Problem::WagesUnpaid]);
        assert_eq!(reasons[1].1, [Problem::Dismissed, Problem::CompensationUnpaid]);
        // Every note of every link is there, once.
        let links: Vec<&Link> = r.problems.iter().flat_map(|p| &p.chain).collect();
        for a in links.iter().flat_map(|l| l.advice.iter().chain(&l.next).chain(&l.bring)) {
            let n = [&d.advice, &d.next, &d.bring].iter().map(|v| v.iter().filter(|x| x.rule == a.rule).count()).sum::<usize>();
            assert_eq!(n, 1, "{} shown {n} times", a.rule);
        }
        assert!(d.advice.len() < links.iter().map(|l| l.advice.len()).sum::<usize>(), "the problems share notes");
        // The one arbitration limit, from the same last day, once, for all three.
        assert_eq!(d.limits.len(), 1, "{:?}", d.limits);
        assert_eq!(d.limits[0].1, [Problem::WagesUnpaid, Problem::Dismissed, Problem::CompensationUnpaid]);
        assert_eq!(r.detail(2), StepDetail::default());
    }

    #[test]
    fn repeated_problems_are_routed_once() {
        let s = Situation::new(vec![Problem::Other, Problem::Other]);
        assert_eq!(route(&s, today()).problems.len(), 1);
    }
}
