//! Time limits: the last day to complain or apply, and the days left, from
//! the periods declared in routing.toml (`[[limit]]`) and the person's dates.
//!
//! Counting: a period of N months starting on day D ends on the day of the
//! final month that corresponds to D (or that month's last day when there is
//! none), so one year from 2025-03-10 ends on 2026-03-10. The widget shows
//! that day as the last day, says so, and warns from 30 days before.

use crate::date::Date;
use crate::money::{double_wage_period, ContractEnd};
use crate::rules::*;
use crate::situation::Situation;
use serde::Serialize;

/// Warn when this many days or fewer are left.
pub const NEAR_DAYS: i32 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitState {
    /// Running, more than [`NEAR_DAYS`] left.
    Open,
    /// Running, [`NEAR_DAYS`] or fewer left (0 = today is the last day).
    Near,
    /// The last day has passed (an interruption may still save it: see text).
    Passed,
    /// Not yet running: the breach continues.
    NotRunning,
    /// Double wages still adding up month by month (employed, no contract,
    /// within the first year): no single last day, and the earliest months
    /// may run out first (`rule.double_wages_time_limit` says why). It had
    /// read "not started" beside that advice.
    Accruing,
    /// Unpaid pay during employment: no time bar while the job lasts.
    NoLimitWhileEmployed,
    /// Injury benefits before the injury is recognised: benefits follow the
    /// recognition (河南省工伤保险条例 第三十四条), so no dispute over them,
    /// and no year, has begun.
    AfterRecognition,
    /// The date it runs from was not given.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LimitStatus {
    /// The `[[limit]]` id; its text key is `limit.<id>`.
    pub limit: &'static str,
    pub outcome: Outcome,
    pub state: LimitState,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runs_from: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_day: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_left: Option<i32>,
    pub cites: &'static [Cite],
}

impl LimitState {
    /// The snake_case key, as in the routing JSON.
    pub fn key(self) -> &'static str {
        match self {
            LimitState::Open => "open",
            LimitState::Near => "near",
            LimitState::Passed => "passed",
            LimitState::NotRunning => "not_running",
            LimitState::Accruing => "accruing",
            LimitState::NoLimitWhileEmployed => "no_limit_while_employed",
            LimitState::AfterRecognition => "after_recognition",
            LimitState::Unknown => "unknown",
        }
    }
}

impl LimitStatus {
    /// Whether its step should come first: near its last day, or with no
    /// date to count from but a period no longer than "near" (an award's
    /// 15 days: whenever it began, it cannot be far off).
    pub fn presses(&self) -> bool {
        match self.state {
            LimitState::Near => true,
            LimitState::Unknown => LIMITS.iter().any(|l| l.id == self.limit && l.months == 0 && l.days as i32 <= NEAR_DAYS),
            _ => false,
        }
    }

    pub fn text_key(&self) -> String {
        format!("limit.{}", self.limit)
    }

    /// Its name ("申请仲裁的期限"), heading its box.
    pub fn title_key(&self) -> String {
        format!("limit.{}.title", self.limit)
    }

    /// What may still help once the last day has passed (it differs by
    /// limit: only the arbitration year can be interrupted or suspended).
    pub fn passed_text_key(&self) -> String {
        format!("limit.{}.passed", self.limit)
    }
}

/// Whether double wages may be owed: not when the job began less than a
/// month before it ended, or before a contract was signed, or before today,
/// still there without one, as the first month may pass without a written
/// contract (劳动合同法 第十条第二款); unknown without those dates, so yes.
pub fn double_wages_may_be_owed(s: &Situation, today: Date) -> bool {
    match (s.dates.job_start, double_wages_end(s, today)) {
        (Some(start), Some(end)) => double_wage_period(start, end).is_some(),
        // Left on a day not given: not if the job began within a month of
        // today, as it ended sooner still.
        (Some(start), None) => double_wage_period(start, ContractEnd::StillUnsigned(today)).is_some(),
        _ => true,
    }
}

/// The day a written contract was signed, when the situation says it
/// (`dates.contract_signed`, the interview's own question). A situation
/// written before that field gave it as the one "put right" date, which is
/// the contract's only when no other problem asks for that date
/// (`interview::asks_violation_end`); with wages also owed, say, it may be
/// the day they were paid.
pub fn contract_signed(s: &Situation) -> Option<Date> {
    s.dates.contract_signed.or(s.dates.violation_end.filter(|_| crate::interview::put_right_day_was_the_signing(&s.problems)))
}

/// Where the months of double wages stop, from the interview's dates
/// ([`ContractEnd::of`], as the papers count them from the form's).
fn double_wages_end(s: &Situation, today: Date) -> Option<ContractEnd> {
    ContractEnd::of(contract_signed(s), s.employment == Employment::Left, s.dates.job_end, today)
}

/// The last day double wages are owed for, as the papers count the period
/// (`money::double_wage_period`): to the day before a year of work, or
/// before the contract was signed, or the last day worked if sooner, or
/// today while still there; `None` without those dates or when none are
/// owed.
fn double_wages_last_day(s: &Situation, today: Date) -> Option<Date> {
    double_wage_period(s.dates.job_start?, double_wages_end(s, today)?).map(|(_, last)| last)
}

/// What an inspection order to pay is about (监察条例 第二十六条): the
/// problems routing.toml's rule `extra_compensation_after_order` takes back
/// to inspection; the first three are pay, which `inspection_order_unpaid_
/// employer_fled` passes to the police when the boss fled.
pub const ORDERED_TO_PAY: [Problem; 4] = [Problem::WagesUnpaid, Problem::OvertimeRest, Problem::BelowMinimumWage, Problem::CompensationUnpaid];

/// Whether inspection has already ordered on `problem`: the step going back
/// to it (or to the police through it) follows that order, as the two rules
/// above decide (a test holds this equal to them).
pub fn inspection_ordered_on(s: &Situation, problem: Problem) -> bool {
    match s.prior_decision {
        PriorDecision::InspectionOrderUnpaid => ORDERED_TO_PAY.contains(&problem),
        PriorDecision::InspectionDecision => s.employer_fled == EmployerFled::Yes && ORDERED_TO_PAY[..3].contains(&problem),
        _ => false,
    }
}

/// The limit on going to `outcome` for `problem`, if one is declared.
pub fn limit_for(problem: Problem, outcome: Outcome, s: &Situation, today: Date) -> Option<LimitStatus> {
    let limit = LIMITS.iter().find(|l| l.outcomes.contains(&outcome))?;
    // Inspection's 2 years bar only what was neither discovered nor
    // complained of (监察条例 第二十条): a matter inspection has ordered on
    // was complained of in time. Other problems of the case keep them.
    if inspection_ordered_on(s, problem) && limit.outcomes.contains(&Outcome::Inspection) {
        return None;
    }
    let d = &s.dates;
    let left = s.employment == Employment::Left;
    let continuing = limit.continuing_problems.contains(&problem);
    let (state, from) = match limit.from {
        LimitFrom::ViolationEnd if continuing => match d.violation_end {
            Some(x) => (None, Some(x)),
            None => (Some(LimitState::NotRunning), None),
        },
        // The missing contract's own "put right" date is the signing date,
        // which the shared answer is only when no other problem asks for it.
        LimitFrom::ViolationEnd => {
            match (if problem == Problem::NoContract { contract_signed(s) } else { d.violation_end }).or(if left { d.job_end } else { None }) {
                Some(x) => (None, Some(x)),
                None if !left => (Some(LimitState::NotRunning), None),
                None => (Some(LimitState::Unknown), None),
            }
        }
        LimitFrom::Known if limit.unpaid_pay_problems.contains(&problem) => {
            if !left {
                (Some(LimitState::NoLimitWhileEmployed), None)
            } else {
                match d.job_end {
                    Some(x) => (None, Some(x)),
                    None => (Some(LimitState::Unknown), None),
                }
            }
        }
        // An injured child's compensation (rule child_injury_claim): no
        // recognition to wait for; the year runs from when the child or the
        // relatives knew the employer would not pay (the "found out" date).
        LimitFrom::Known if problem == Problem::WorkInjury && s.injured_child() => match d.known {
            Some(k) => (None, Some(k)),
            None => (Some(LimitState::Unknown), None),
        },
        // The benefits of an injury not yet recognised: the arbitration step
        // waits for recognition (rule recognise_injury), and the "found out"
        // date, asked once for all problems, cannot start a dispute that
        // recognition has not made possible yet.
        LimitFrom::Known if problem == Problem::WorkInjury && s.injury_recognised != InjuryRecognised::Yes => {
            (Some(LimitState::AfterRecognition), None)
        }
        // A recognised injury's benefits: from the "found out" date when it
        // is after the injury (the employer's refusal to pay). On or before
        // the injury day it is not the dispute's (the one date may be
        // another problem's, or the injury's own, and recognition came later,
        // 工伤保险条例 第十七条、第二十条): the year runs from a refusal after
        // recognition, as that state's text says, not from the injury (it had
        // shown "passed" a year after the injury day).
        LimitFrom::Known if problem == Problem::WorkInjury => match (d.known, d.injury) {
            (Some(k), Some(i)) if k <= i => (Some(LimitState::AfterRecognition), None),
            (Some(k), _) => (None, Some(k)),
            (None, _) => (Some(LimitState::Unknown), None),
        },
        LimitFrom::Known => {
            let ended = if left { d.job_end } else { None };
            // Double wages: the last month owed ends the day before a year of
            // work, or on the last day worked if sooner; the claim for it
            // arises then. Counted from that day once it has come: an earlier
            // "found out" date cannot bar months not yet owed, and a later one
            // would show more time than the law may give. Before it, as below.
            // (The period as the papers count it, `money::double_wage_period`;
            // still employed, only once its year is over: until then the
            // months are still running, as the rule double_wages_time_limit
            // says beside the limit, unless a "found out" date is given.)
            let double_wages = limit.double_wage_problems.contains(&problem);
            // No double wages can be owed by the dates given (a contract
            // signed, or the job ended, within the first month): no year to
            // meet for them, rather than "no date was given". (Still there
            // in the first month, unsigned: not started, below.)
            if double_wages && (left || contract_signed(s).is_some()) && !double_wages_may_be_owed(s, today) {
                return None;
            }
            let double_wages_last = double_wages.then(|| double_wages_last_day(s, today)).flatten();
            let signed = double_wages && contract_signed(s).is_some();
            let double_wages_end = double_wages_last.filter(|&last| ended.is_some() || signed || last < today);
            // Still employed with a start date, no contract signed and no
            // month's year over: the months are still owed (or, in the first
            // month, none yet).
            let still_owed_monthly = double_wages && !left && !signed && d.job_start.is_some() && double_wages_end.is_none();
            // A claim that arises on leaving (a dismissal, the compensation
            // due on it) is known that day: the "found out" date (the one
            // date the interview asks for all problems) may be another
            // problem's, earlier or later, and is not used for it. Double
            // wages without a start date: the earlier of the two, as the
            // months owed end by leaving and the person knew of them.
            let from_leaving = ended.filter(|_| limit.from_leaving_problems.contains(&problem)).map(|e| match d.known {
                Some(k) if double_wages => k.min(e),
                _ => e,
            });
            // Left on a day not given, with a start date and no signing: the
            // months owed are not known, and an earlier "found out" date
            // cannot bar months that may not have been owed yet.
            let months_unknown = double_wages && left && ended.is_none() && d.job_start.is_some() && !signed;
            match double_wages_end.or(from_leaving).or(d.known) {
                _ if months_unknown => (Some(LimitState::Unknown), None),
                Some(x) => (None, Some(x)),
                // In the first month nothing is owed yet (实施条例 第七条: from
                // the day after a month of work, as the papers count it): not
                // started.
                None if still_owed_monthly && double_wages_may_be_owed(s, today) => (Some(LimitState::Accruing), None),
                None if still_owed_monthly => (Some(LimitState::NotRunning), None),
                None => (Some(LimitState::Unknown), None),
            }
        }
        LimitFrom::Injury => match d.injury {
            Some(x) => (None, Some(x)),
            None => (Some(LimitState::Unknown), None),
        },
        LimitFrom::AwardReceived => match d.award_received {
            Some(x) => (None, Some(x)),
            None => (Some(LimitState::Unknown), None),
        },
    };
    let last_day = from.map(|x| x.add_months(limit.months as i32).add_days(limit.days as i32));
    let days_left = last_day.map(|l| today.days_until(l));
    let state = state.unwrap_or(match days_left {
        Some(n) if n < 0 => LimitState::Passed,
        Some(n) if n <= NEAR_DAYS => LimitState::Near,
        _ => LimitState::Open,
    });
    Some(LimitStatus { limit: limit.id, outcome, state, runs_from: from, last_day, days_left, cites: limit.cites })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `inspection_ordered_on` says what the rules decide: wherever a
    /// problem's chain reaches inspection (or the police through it), it is
    /// true exactly when the chain starts with one of the two rules that
    /// follow an order.
    #[test]
    fn inspection_ordered_on_matches_the_rules_that_follow_an_order() {
        let today = Date::parse("2026-11-28").unwrap();
        let mut checked = 0;
        for &prior in PriorDecision::ALL {
            for &fled in EmployerFled::ALL {
                for &employer in EmployerType::ALL {
                    for &reporter in Reporter::ALL {
                        for &p in Problem::ALL {
                            let mut s = Situation::new(vec![p]);
                            (s.prior_decision, s.employer_fled, s.employer_type, s.reporter) = (prior, fled, employer, reporter);
                            let r = crate::route(&s, today);
                            let chain = &r.problems[0].chain;
                            if !chain.iter().any(|l| matches!(l.outcome, Outcome::Inspection | Outcome::PoliceViaInspection)) {
                                continue;
                            }
                            let follows = ["extra_compensation_after_order", "inspection_order_unpaid_employer_fled"].contains(&chain[0].rule);
                            assert_eq!(inspection_ordered_on(&s, p), follows, "{s:?}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn left_on(end: &str, problems: Vec<Problem>) -> Situation {
        let mut s = Situation::new(problems);
        s.employment = Employment::Left;
        s.dates.job_end = Some(d(end));
        s
    }

    #[test]
    fn unpaid_wages_have_no_bar_while_employed_and_one_year_after_leaving() {
        let s = Situation::new(vec![Problem::WagesUnpaid]);
        let l = limit_for(Problem::WagesUnpaid, Outcome::Arbitration, &s, d("2026-11-26")).unwrap();
        assert_eq!(l.state, LimitState::NoLimitWhileEmployed);
        assert_eq!(l.last_day, None);

        let s = left_on("2025-12-26", vec![Problem::WagesUnpaid]);
        let l = limit_for(Problem::WagesUnpaid, Outcome::Arbitration, &s, d("2026-11-26")).unwrap();
        assert_eq!((l.last_day, l.days_left, l.state), (Some(d("2026-12-26")), Some(30), LimitState::Near));
    }

    #[test]
    fn the_last_day_is_still_open_and_the_day_after_is_passed() {
        let mut s = Situation::new(vec![Problem::Dismissed]);
        s.dates.known = Some(d("2025-11-26"));
        let on = limit_for(Problem::Dismissed, Outcome::Arbitration, &s, d("2026-11-26")).unwrap();
        assert_eq!((on.days_left, on.state), (Some(0), LimitState::Near));
        let after = limit_for(Problem::Dismissed, Outcome::Arbitration, &s, d("2026-11-27")).unwrap();
        assert_eq!((after.days_left, after.state), (Some(-1), LimitState::Passed));
        let early = limit_for(Problem::Dismissed, Outcome::Arbitration, &s, d("2026-10-26")).unwrap();
        assert_eq!((early.days_left, early.state), (Some(31), LimitState::Open));
    }

    #[test]
    fn double_wages_count_from_the_day_before_a_year_of_work_or_from_leaving_if_sooner() {
        let today = d("2026-11-26");
        let from = |s: &Situation| {
            let l = limit_for(Problem::NoContract, Outcome::Arbitration, s, today).unwrap();
            (l.runs_from, l.last_day, l.state)
        };
        // Left after 20 months: the last month owed ended 2026-02-28, not on leaving.
        let mut s = left_on("2026-10-31", vec![Problem::NoContract]);
        s.dates.job_start = Some(d("2025-03-01"));
        assert_eq!(from(&s), (Some(d("2026-02-28")), Some(d("2027-02-28")), LimitState::Open));
        // A "found out" date changes nothing: a later one would show more
        // time than the law may give, an earlier one cannot bar months not
        // yet owed.
        s.dates.known = Some(d("2026-06-01"));
        assert_eq!(from(&s).0, Some(d("2026-02-28")));
        s.dates.known = Some(d("2025-04-15"));
        assert_eq!(from(&s), (Some(d("2026-02-28")), Some(d("2027-02-28")), LimitState::Open));
        // Left before a year of work: from leaving.
        let mut s = left_on("2025-09-30", vec![Problem::NoContract]);
        s.dates.job_start = Some(d("2025-03-01"));
        assert_eq!(from(&s), (Some(d("2025-09-30")), Some(d("2026-09-30")), LimitState::Passed));
        // Still there after three years: the double wages' year has passed.
        let mut s = Situation::new(vec![Problem::NoContract]);
        s.dates.job_start = Some(d("2023-05-10"));
        assert_eq!(from(&s), (Some(d("2024-05-09")), Some(d("2025-05-09")), LimitState::Passed));
        // Still there, the year of double wages not over (it ends 2027-05-31):
        // not counted from a day to come (the months are still adding up, as
        // the result says; not "no date was given", nor "not started" beside
        // the advice that the earliest months may run out); from a "found
        // out" date if given.
        let mut s = Situation::new(vec![Problem::NoContract]);
        s.dates.job_start = Some(d("2026-06-01"));
        assert_eq!(from(&s).2, LimitState::Accruing);
        s.dates.known = Some(d("2026-07-15"));
        assert_eq!(from(&s).0, Some(d("2026-07-15")));
        // A job begun on 29 February: its year ends on 28 February, as the
        // papers count it (money::double_wage_period), not a day sooner.
        let mut s = left_on("2026-01-31", vec![Problem::NoContract]);
        s.dates.job_start = Some(d("2024-02-29"));
        assert_eq!(from(&s).0, Some(d("2025-02-28")));
        // Left, or signed, within the first month: no double wages, so no
        // year for them (the routing shows none either).
        let mut s = left_on("2026-10-20", vec![Problem::NoContract]);
        s.dates.job_start = Some(d("2026-10-01"));
        assert_eq!(limit_for(Problem::NoContract, Outcome::Arbitration, &s, today), None);
        let mut s = Situation::new(vec![Problem::NoContract]);
        s.dates.job_start = Some(d("2025-01-31"));
        s.dates.violation_end = Some(d("2025-03-01"));
        assert_eq!(limit_for(Problem::NoContract, Outcome::Arbitration, &s, today), None);
        // Without a start date, as before: leaving, or not known.
        let s = left_on("2026-10-31", vec![Problem::NoContract]);
        assert_eq!(from(&s).0, Some(d("2026-10-31")));
        assert_eq!(from(&Situation::new(vec![Problem::NoContract])).2, LimitState::Unknown);
        // No start date, a "found out" date before leaving: the earlier
        // (the months owed end by leaving, and were known), not leaving,
        // which would show more time than the law may give.
        let mut s = left_on("2026-10-10", vec![Problem::NoContract]);
        s.dates.known = Some(d("2025-03-01"));
        assert_eq!(from(&s), (Some(d("2025-03-01")), Some(d("2026-03-01")), LimitState::Passed));
        // A dismissal counts from leaving whatever the "found out" date
        // (another problem's, perhaps: one date is asked for all).
        let mut s = left_on("2026-10-31", vec![Problem::Dismissed]);
        s.dates.job_start = Some(d("2025-03-01"));
        s.dates.known = Some(d("2026-11-05"));
        let l = limit_for(Problem::Dismissed, Outcome::Arbitration, &s, today).unwrap();
        assert_eq!(l.runs_from, Some(d("2026-10-31")));
        // Still there in the first month: no double wages yet, and the
        // limit says it has not started, not "no date was given".
        let mut s = Situation::new(vec![Problem::NoContract]);
        s.dates.job_start = Some(d("2026-11-10"));
        assert_eq!(from(&s).2, LimitState::NotRunning);
    }

    /// Left, no "found out" date: a dismissal's year runs from leaving, the
    /// day of the wrong; a changed contract (known during the job: leaving
    /// would give too much time) or injury benefits or lost social-insurance
    /// benefits (often refused after it: leaving could read "passed" to
    /// someone in time) get no last day. With a date, all count from it.
    #[test]
    fn without_a_found_out_date_only_the_end_of_the_job_counts_from_leaving() {
        let today = d("2026-11-26");
        let s = left_on("2025-06-01", vec![Problem::Dismissed]);
        let status = |p: Problem, s: &Situation| {
            let l = limit_for(p, Outcome::Arbitration, s, today).unwrap();
            (l.runs_from, l.state)
        };
        assert_eq!(status(Problem::Dismissed, &s), (Some(d("2025-06-01")), LimitState::Passed));
        // A "found out" date before the dismissal (the interview asks one
        // date for all problems: here a changed contract's) cannot start its
        // year before it happened; a later one does start it.
        let mut both = left_on("2026-10-10", vec![Problem::Dismissed, Problem::ContractChange]);
        both.dates.known = Some(d("2025-03-01"));
        assert_eq!(status(Problem::Dismissed, &both), (Some(d("2026-10-10")), LimitState::Open));
        assert_eq!(status(Problem::ContractChange, &both), (Some(d("2025-03-01")), LimitState::Passed));
        // Nor a later one (perhaps about the final pay): the dismissal was
        // known when it happened, and a later day would show too much time.
        both.dates.known = Some(d("2026-11-01"));
        assert_eq!(status(Problem::Dismissed, &both).0, Some(d("2026-10-10")));
        assert_eq!(status(Problem::CompensationUnpaid, &s), (Some(d("2025-06-01")), LimitState::Passed));
        for p in [Problem::ContractChange, Problem::WorkInjury, Problem::SocialInsuranceLoss, Problem::DocumentsOrDeposit] {
            let mut s = left_on("2025-06-01", vec![p]);
            s.injury_recognised = InjuryRecognised::Yes;
            assert_eq!(status(p, &s), (None, LimitState::Unknown), "{p:?}");
            s.dates.known = Some(d("2026-02-01"));
            assert_eq!(status(p, &s), (Some(d("2026-02-01")), LimitState::Open), "{p:?}");
        }
    }

    #[test]
    fn inspection_runs_two_years_from_the_end_of_a_continuing_breach() {
        let s = Situation::new(vec![Problem::OvertimeRest]);
        let l = limit_for(Problem::OvertimeRest, Outcome::Inspection, &s, d("2026-11-26")).unwrap();
        assert_eq!(l.state, LimitState::NotRunning);
        let s = left_on("2024-12-01", vec![Problem::OvertimeRest]);
        let l = limit_for(Problem::OvertimeRest, Outcome::Inspection, &s, d("2026-11-26")).unwrap();
        assert_eq!((l.last_day, l.days_left), (Some(d("2026-12-01")), Some(5)));
        let mut s = Situation::new(vec![Problem::OvertimeRest]);
        s.dates.violation_end = Some(d("2023-01-10"));
        let l = limit_for(Problem::OvertimeRest, Outcome::Inspection, &s, d("2026-11-26")).unwrap();
        assert_eq!(l.state, LimitState::Passed);
    }

    #[test]
    fn injury_recognition_counts_from_the_injury_and_leap_days_clamp() {
        let mut s = Situation::new(vec![Problem::WorkInjury]);
        let l = limit_for(Problem::WorkInjury, Outcome::InjuryRecognition, &s, d("2026-11-26")).unwrap();
        assert_eq!(l.state, LimitState::Unknown);
        s.dates.injury = Some(d("2024-02-29"));
        let l = limit_for(Problem::WorkInjury, Outcome::InjuryRecognition, &s, d("2025-02-28")).unwrap();
        assert_eq!((l.last_day, l.days_left), (Some(d("2025-02-28")), Some(0)));
    }

    #[test]
    fn unpaid_wages_stay_a_continuing_breach_after_leaving() {
        let s = left_on("2024-01-01", vec![Problem::WagesUnpaid]);
        let l = limit_for(Problem::WagesUnpaid, Outcome::Inspection, &s, d("2026-11-26")).unwrap();
        assert_eq!(l.state, LimitState::NotRunning);
        let mut paid = s.clone();
        paid.dates.violation_end = Some(d("2025-01-01"));
        let l = limit_for(Problem::WagesUnpaid, Outcome::Inspection, &paid, d("2026-11-26")).unwrap();
        assert_eq!((l.last_day, l.state), (Some(d("2027-01-01")), LimitState::Open));
    }

    #[test]
    fn fifteen_days_to_sue_after_receiving_an_award() {
        let mut s = Situation::new(vec![Problem::Dismissed]);
        s.prior_decision = PriorDecision::ArbitrationAward;
        s.dates.award_received = Some(d("2026-11-20"));
        let l = limit_for(Problem::Dismissed, Outcome::Court, &s, d("2026-11-26")).unwrap();
        assert_eq!((l.last_day, l.days_left, l.state), (Some(d("2026-12-05")), Some(9), LimitState::Near));
    }

    /// Injury benefits: no year before recognition, whatever the "found out"
    /// date (asked once for all problems); after it, from a "found out" date
    /// after the injury, and not from one on or before it (another
    /// problem's, or the injury's own: the refusal to pay comes after the
    /// recognition).
    #[test]
    fn injury_benefits_year_waits_for_recognition_and_never_precedes_the_injury() {
        let today = d("2026-11-28");
        let mut s = Situation::new(vec![Problem::WagesUnpaid, Problem::WorkInjury]);
        s.dates.known = Some(d("2025-10-01"));
        s.dates.injury = Some(d("2026-01-20"));
        for r in [InjuryRecognised::No, InjuryRecognised::NotSure] {
            s.injury_recognised = r;
            let l = limit_for(Problem::WorkInjury, Outcome::Arbitration, &s, today).unwrap();
            assert_eq!((l.state, l.last_day), (LimitState::AfterRecognition, None), "{r:?}");
        }
        s.injury_recognised = InjuryRecognised::Yes;
        for known in ["2025-10-01", "2026-01-20"] {
            s.dates.known = Some(d(known));
            let l = limit_for(Problem::WorkInjury, Outcome::Arbitration, &s, today).unwrap();
            assert_eq!((l.runs_from, l.state), (None, LimitState::AfterRecognition), "{known}");
        }
        s.dates.known = Some(d("2026-03-01"));
        let l = limit_for(Problem::WorkInjury, Outcome::Arbitration, &s, today).unwrap();
        assert_eq!(l.runs_from, Some(d("2026-03-01")));
        // The other problems keep the "found out" date.
        s.dates.known = Some(d("2025-10-01"));
        let l = limit_for(Problem::ContractChange, Outcome::Arbitration, &s, today).unwrap();
        assert_eq!(l.runs_from, Some(d("2025-10-01")));
    }

    #[test]
    fn state_keys_are_the_json_names() {
        for st in [
            LimitState::Open,
            LimitState::Near,
            LimitState::Passed,
            LimitState::NotRunning,
            LimitState::Accruing,
            LimitState::NoLimitWhileEmployed,
            LimitState::AfterRecognition,
            LimitState::Unknown,
        ] {
            assert_eq!(serde_json::to_string(&st).unwrap(), format!("\"{}\"", st.key()));
        }
    }

    #[test]
    fn outcomes_without_a_declared_limit_have_none() {
        let s = Situation::new(vec![Problem::SocialInsuranceFraud]);
        assert!(limit_for(Problem::SocialInsuranceFraud, Outcome::Audit, &s, d("2026-11-26")).is_none());
    }
}
