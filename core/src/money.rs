//! Money calculators that show their working.
//!
//! Every amount is integer fen (1 yuan = 100 fen). Each calculator returns a
//! [`Calculation`]: the amount and the [`Step`]s that produced it. A step is a
//! stable key plus named numbers and dates, so the UI can render the working
//! in either language, and the provision it rests on ([`Cite`]).
//!
//! Conventions (each also stated where it is used):
//!
//! * **Rounding.** Arithmetic is exact (integer, `i128`) until the final
//!   amount, which is rounded half up to the fen once. Per-line amounts shown
//!   in steps are rounded the same way for display only.
//! * **Day and hour wage.** 月计薪天数 21.75, so day wage = monthly ÷ 21.75 and
//!   hourly wage = monthly ÷ 21.75 ÷ 8 = monthly ÷ 174 (劳社部发〔2008〕3号 二).
//! * **Month counting.** A period of months starting on day *D* ends on the
//!   day before day *D* of the final month, or the month's last day when it
//!   has no such day (`after_months`); the first day of employment
//!   (用工之日) counts as a day of employment.
//! * These are estimates for guidance. An arbitration commission may count
//!   part months or the one-year edge differently; the steps show exactly what
//!   was assumed.

use crate::date::Date;
use crate::validate::{Invalid, MAX_AMOUNT_FEN};
use serde::Serialize;

/// The provision a step rests on: the law's title and the clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Cite {
    pub source: &'static str,
    pub clause: &'static str,
}

const fn cite(source: &'static str, clause: &'static str) -> Cite {
    Cite { source, clause }
}

pub const LCL: &str = "劳动合同法";
pub const LCL_REGS: &str = "劳动合同法实施条例";
pub const LABOUR_LAW: &str = "劳动法";
pub const ARBITRATION_LAW: &str = "劳动争议调解仲裁法";
pub const WAGE_CONVERSION: &str = "关于职工全年月平均工作时间和工资折算问题的通知";

/// A number or date in a step. `Hundredths` carries values like 21.75 (2175)
/// and `HalfMonths` counts months of pay in halves (0.5 month = 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Value {
    Fen(i64),
    Count(i64),
    Percent(i64),
    Hundredths(i64),
    HalfMonths(i64),
    Date(Date),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Arg {
    pub name: &'static str,
    pub value: Value,
}

/// One line of working.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    pub key: &'static str,
    pub args: Vec<Arg>,
    pub cite: Cite,
}

impl Step {
    fn new(key: &'static str, cite: Cite, args: &[(&'static str, Value)]) -> Step {
        Step { key, cite, args: args.iter().map(|&(name, value)| Arg { name, value }).collect() }
    }

    /// The value of a named argument, if present.
    pub fn arg(&self, name: &str) -> Option<Value> {
        self.args.iter().find(|a| a.name == name).map(|a| a.value)
    }
}

/// An amount and how it was reached.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Calculation {
    pub amount_fen: i64,
    pub steps: Vec<Step>,
}

impl Calculation {
    /// See [`under_final_award_threshold`].
    pub fn under_final_award_threshold(&self, threshold_fen: i64) -> bool {
        under_final_award_threshold(self.amount_fen, threshold_fen)
    }

    pub fn step(&self, key: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.key == key)
    }
}

/// 调解仲裁法 第四十七条(一): a money claim "不超过当地月最低工资标准十二个月金额"
/// gets a final award; *not exceeding* means an amount equal to the threshold
/// (12 × monthly minimum wage, see `places::final_award_threshold_fen`) is
/// included.
pub fn under_final_award_threshold(amount_fen: i64, threshold_fen: i64) -> bool {
    amount_fen <= threshold_fen
}

/// The final-award provision, for a UI that shows the flag with its source.
pub const FINAL_AWARD_CITE: Cite = cite(ARBITRATION_LAW, "第四十七条第一项");

// ───────────────────────────── helpers ─────────────────────────────

/// Largest count of months, days, minutes or years accepted.
const MAX_COUNT: i64 = 10_000_000;

fn check_fen(name: &str, v: i64) -> Result<i128, Invalid> {
    if v < 0 {
        Err(Invalid { key: "money_negative_input", detail: format!("{name} is negative: {v}") })
    } else if v > MAX_AMOUNT_FEN {
        Err(Invalid { key: "amount_too_large", detail: format!("{name} above {MAX_AMOUNT_FEN} fen") })
    } else {
        Ok(i128::from(v))
    }
}

fn check_count(name: &str, v: i64) -> Result<i128, Invalid> {
    if v < 0 {
        Err(Invalid { key: "money_negative_input", detail: format!("{name} is negative: {v}") })
    } else if v > MAX_COUNT {
        Err(Invalid { key: "money_input_too_large", detail: format!("{name} above {MAX_COUNT}") })
    } else {
        Ok(i128::from(v))
    }
}

/// `num / den` rounded half up, for `num >= 0`, `den > 0`.
fn div_round_half_up(num: i128, den: i128) -> i128 {
    (2 * num + den) / (2 * den)
}

/// To fen, clamped (cannot trigger with checked inputs; avoids any panic).
fn fen(v: i128) -> i64 {
    i64::try_from(v.max(0)).unwrap_or(i64::MAX)
}

/// 21.75 paid days a month, in hundredths.
pub const PAID_DAYS_PER_MONTH_X100: i64 = 2175;
/// 21.75 × 8 = 174 paid hours a month.
pub const PAID_HOURS_PER_MONTH: i64 = 174;

// ───────────────────────────── unpaid wages ─────────────────────────────

/// Unpaid wages: `monthly_fen` × `months` plus `paid_days` part-month days.
///
/// Convention: `paid_days` are 计薪日 (days that are paid, i.e. not ordinary
/// rest days) of a month not owed in full; each is worth monthly ÷ 21.75
/// (折算通知 二: 日工资 = 月工资收入 ÷ 月计薪天数, 月计薪天数 = 21.75). The total
/// is exact until one final half-up rounding.
pub fn unpaid_wages(monthly_fen: i64, months: i64, paid_days: i64) -> Result<Calculation, Invalid> {
    let w = check_fen("monthly_fen", monthly_fen)?;
    let m = check_count("months", months)?;
    let d = check_count("paid_days", paid_days)?;
    let den = i128::from(PAID_DAYS_PER_MONTH_X100);
    let total = fen(div_round_half_up(w * (m * den + d * 100), den));
    let mut steps = Vec::new();
    // No "× 0 months = 0.00" line when only days are owed.
    if m > 0 || d == 0 {
        steps.push(Step::new(
            "unpaid_full_months",
            cite(LCL, "第三十条"),
            &[("monthly_fen", Value::Fen(monthly_fen)), ("months", Value::Count(months)), ("subtotal_fen", Value::Fen(fen(w * m)))],
        ));
    }
    if d > 0 {
        steps.push(Step::new(
            "unpaid_part_month_days",
            cite(WAGE_CONVERSION, "二"),
            &[
                ("monthly_fen", Value::Fen(monthly_fen)),
                ("paid_days_per_month", Value::Hundredths(PAID_DAYS_PER_MONTH_X100)),
                ("days", Value::Count(paid_days)),
                ("subtotal_fen", Value::Fen(fen(div_round_half_up(w * d * 100, den)))),
            ],
        ));
    }
    steps.push(Step::new("total", cite(LABOUR_LAW, "第五十条"), &[("amount_fen", Value::Fen(total))]));
    Ok(Calculation { amount_fen: total, steps })
}

// ───────────────────────── double wages (no written contract) ─────────────────────────

/// How the period without a written contract ended (or has not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "date", rename_all = "snake_case")]
pub enum ContractEnd {
    /// A written contract was signed (补订) on this day: owed to the day before.
    Signed(Date),
    /// Employment ended; this is the last day employed (inclusive).
    LeftJob(Date),
    /// Still working without a contract; counted up to and including today.
    StillUnsigned(Date),
}

impl ContractEnd {
    /// Where the months without a written contract stop: the day a contract
    /// was signed (实施条例 第六条, 至补订书面劳动合同的前一日) or the last day
    /// worked, whichever comes first (a "signing" after leaving was none
    /// while the job lasted: 第八十二条 pays a second wage for months of
    /// work); today while still there without one. `None` when the person
    /// has left and gave neither date: the months owed are not known, and
    /// counting to today would show more time than the law may give.
    pub fn of(signed: Option<Date>, left: bool, last_day: Option<Date>, today: Date) -> Option<ContractEnd> {
        match (signed, last_day.filter(|_| left)) {
            (Some(signed), Some(last)) if signed > last => Some(ContractEnd::LeftJob(last)),
            (Some(signed), _) => Some(ContractEnd::Signed(signed)),
            (None, Some(last)) => Some(ContractEnd::LeftJob(last)),
            (None, None) if left => None,
            (None, None) => Some(ContractEnd::StillUnsigned(today)),
        }
    }

    /// The first day *not* in the no-contract period.
    fn stop_exclusive(self) -> Date {
        match self {
            ContractEnd::Signed(d) => d,
            ContractEnd::LeftJob(d) | ContractEnd::StillUnsigned(d) => d.add_days(1),
        }
    }
}

/// The days for which the extra wage is owed, first and last inclusive, or
/// `None` when nothing is owed.
///
/// Convention (实施条例 第六条第二款、第七条): owed from 用工之日起满一个月的次日 =
/// `job_start + 1 month` (the start day is the first day of the first month,
/// so a job starting 01-10 completes a month on 02-09 and owing starts 02-10),
/// up to the day before signing, and at most to the day before the first
/// anniversary `job_start + 12 months` — the day on which 第七条 deems an
/// open-ended contract concluded (满一年的当日). The longest period is therefore
/// exactly 11 months, the figure used in practice.
pub fn double_wage_period(job_start: Date, end: ContractEnd) -> Option<(Date, Date)> {
    let from = after_months(job_start, 1);
    let cap = after_months(job_start, 12);
    let stop = end.stop_exclusive().min(cap);
    (stop > from).then(|| (from, stop.add_days(-1)))
}

/// The first day after a period of `n` months that starts on, and counts,
/// `start` (the module's month counting): day *D* of the final month, or,
/// when that month has no day *D*, the day after its last day. A job begun
/// on 01-31 completes its first month on 02-28 (02-29 in a leap year), so
/// the next day is 03-01, not 02-28 as [`Date::add_months`] would give.
fn after_months(start: Date, n: i32) -> Date {
    let d = start.add_months(n);
    if d.ymd().2 == start.ymd().2 {
        d
    } else {
        d.add_days(1)
    }
}

/// Whole calendar months counted on `anchor`'s day of the month, from
/// `anchor + first` months until `stop_exclusive`, then the leftover days and
/// the length of the month they fall in. Counting on the anchor (not on the
/// possibly clamped first day) keeps 01-31 + 2 months = 03-31, not 03-28.
fn months_and_days(anchor: Date, first: i32, stop_exclusive: Date) -> (i64, i64, i64) {
    let mut n = 0i32;
    while n < 2400 && after_months(anchor, first + n + 1) <= stop_exclusive {
        n += 1;
    }
    let at = after_months(anchor, first + n);
    let rest = i64::from(at.days_until(stop_exclusive).max(0));
    let span = i64::from(at.days_until(after_months(anchor, first + n + 1)).max(1));
    (i64::from(n), rest, span)
}

/// The extra one-fold wage owed for working without a written contract
/// (劳动合同法 第八十二条; 实施条例 第六条、第七条). `monthly_fen` is the monthly
/// wage; the worker was already paid the first fold, so the amount is one more
/// monthly wage per month of the period in [`double_wage_period`].
///
/// Convention for a part month: the leftover calendar days are paid as a
/// fraction of the calendar month they fall in (days ÷ that month's length),
/// because the dates alone do not tell which days were rest days; the 21.75
/// 计薪日 rule of the 折算通知 applies only to paid days, which
/// [`unpaid_wages`] takes directly. Rounded half up once at the end.
pub fn double_wages(job_start: Date, end: ContractEnd, monthly_fen: i64) -> Result<Calculation, Invalid> {
    let w = check_fen("monthly_fen", monthly_fen)?;
    let stop = end.stop_exclusive();
    if stop <= job_start {
        return Err(Invalid { key: "date_order", detail: format!("no-contract period ends ({stop}) before employment starts ({job_start})") });
    }
    let mut steps = vec![Step::new(
        "double_wage_rule",
        cite(LCL, "第八十二条第一款"),
        &[("job_start", Value::Date(job_start)), ("monthly_fen", Value::Fen(monthly_fen))],
    )];
    // Work begun before the law took effect without a written contract: the
    // contract was due within a month of 2008-01-01 (第九十七条第二款), so
    // the periods below run as if work had begun that day.
    let law = law_in_force();
    let job_start = if job_start < law {
        steps.push(Step::new(
            "double_wage_from_law",
            cite(LCL, "第九十七条第二款"),
            &[("job_start", Value::Date(job_start)), ("from", Value::Date(law))],
        ));
        if stop <= law {
            steps.push(Step::new("total", cite(LCL, "第八十二条第一款"), &[("amount_fen", Value::Fen(0))]));
            return Ok(Calculation { amount_fen: 0, steps });
        }
        law
    } else {
        job_start
    };
    let cap = after_months(job_start, 12);
    let Some((from, last)) = double_wage_period(job_start, end) else {
        steps.push(Step::new(
            "double_wage_within_first_month",
            cite(LCL_REGS, "第六条第二款"),
            &[("owed_from", Value::Date(after_months(job_start, 1)))],
        ));
        steps.push(Step::new("total", cite(LCL, "第八十二条第一款"), &[("amount_fen", Value::Fen(0))]));
        return Ok(Calculation { amount_fen: 0, steps });
    };
    steps.push(Step::new("double_wage_period", cite(LCL_REGS, "第六条第二款"), &[("from", Value::Date(from)), ("to", Value::Date(last))]));
    if stop > cap {
        steps.push(Step::new(
            "double_wage_capped_at_one_year",
            cite(LCL_REGS, "第七条"),
            &[("one_year", Value::Date(cap)), ("to", Value::Date(last))],
        ));
    }
    let (months, days, span) = months_and_days(job_start, 1, last.add_days(1));
    let (m, d, s) = (i128::from(months), i128::from(days), i128::from(span));
    let total = fen(div_round_half_up(w * (m * s + d), s));
    steps.push(Step::new(
        "double_wage_months",
        cite(LCL, "第八十二条第一款"),
        &[("months", Value::Count(months)), ("monthly_fen", Value::Fen(monthly_fen)), ("subtotal_fen", Value::Fen(fen(w * m)))],
    ));
    if days > 0 {
        steps.push(Step::new(
            "double_wage_part_month",
            cite(LCL, "第八十二条第一款"),
            &[
                ("days", Value::Count(days)),
                ("days_in_that_month", Value::Count(span)),
                ("monthly_fen", Value::Fen(monthly_fen)),
                ("subtotal_fen", Value::Fen(fen(div_round_half_up(w * d, s)))),
            ],
        ));
    }
    steps.push(Step::new("total", cite(LCL, "第八十二条第一款"), &[("amount_fen", Value::Fen(total))]));
    Ok(Calculation { amount_fen: total, steps })
}

// ───────────────────────── economic compensation ─────────────────────────

/// Length of service in whole years, then whole months, then days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Service {
    pub years: i64,
    pub months: i64,
    pub days: i64,
}

impl Service {
    /// Service from `job_start` (用工之日, 实施条例 第二十五条) to `last_day`
    /// employed, both inclusive: 2020-01-01 to 2023-07-31 is 3 years 7 months.
    /// `None` if `last_day` is before `job_start`.
    pub fn between(job_start: Date, last_day: Date) -> Option<Service> {
        if last_day < job_start {
            return None;
        }
        let stop = last_day.add_days(1);
        let mut years = 0i32;
        while years < 400 && after_months(job_start, 12 * (years + 1)) <= stop {
            years += 1;
        }
        let (months, days, _) = months_and_days(job_start, 12 * years, stop);
        Some(Service { years: i64::from(years), months, days })
    }

    /// Months of pay, in halves (第四十七条第一款): two per full year; a
    /// remainder of six months or more counts as a year (two); any shorter
    /// remainder — even a few days, as the text says 不满六个月 — is half a
    /// month (one). Months and days beyond their range are normalised.
    pub fn half_months(self) -> i64 {
        let months_total = self.years.saturating_mul(12).saturating_add(self.months);
        let (years, months) = (months_total / 12, months_total % 12);
        let rest = if months >= 6 {
            2
        } else if months > 0 || self.days > 0 {
            1
        } else {
            0
        };
        years.saturating_mul(2).saturating_add(rest)
    }
}

/// Inputs to the economic compensation calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CompensationInput {
    pub service: Service,
    /// Average monthly wage of the last 12 months before the contract ended
    /// (fewer if employed less; 第四十七条第三款, 实施条例 第二十七条).
    pub monthly_avg_fen: i64,
    /// The city's published average monthly wage of the previous year
    /// (上年度职工月平均工资), if known; enables the high-earner cap.
    pub city_avg_monthly_fen: Option<i64>,
    /// The local monthly minimum wage; a lower average is raised to it
    /// (实施条例 第二十七条).
    pub minimum_wage_fen: Option<i64>,
    /// The first day of work, when it was before the Labour Contract Law took
    /// effect and `service` counts from [`law_in_force`] instead
    /// ([`compensation_service`]); the working then says so.
    pub pre_law_start: Option<Date>,
}

/// The day the Labour Contract Law took effect (第九十八条): 2008-01-01.
pub fn law_in_force() -> Date {
    Date::from_ymd(2008, 1, 1).unwrap_or_else(|_| unreachable!("2008-01-01 is a date"))
}

/// Service that earns economic compensation (第四十六条, 第四十七条) from the
/// first day of work to the last, both inclusive: for a job begun before
/// 2008-01-01 only from that day (第九十七条第三款: earlier years earn
/// compensation only where the rules then in force gave it, and under those
/// rules, which this calculator does not apply). Returns the service and, when
/// it was shortened, the real first day (for [`CompensationInput::pre_law_start`]).
/// `None` if `last_day` is before `job_start`. Damages under 第八十七条 count
/// from the first day of work instead ([`Service::between`], 实施条例 第二十五条).
pub fn compensation_service(job_start: Date, last_day: Date) -> Option<(Service, Option<Date>)> {
    let law = law_in_force();
    if job_start < law && last_day >= job_start {
        let service = if last_day < law { Service::default() } else { Service::between(law, last_day)? };
        return Some((service, Some(job_start)));
    }
    Some((Service::between(job_start, last_day)?, None))
}

/// Economic compensation (劳动合同法 第四十七条).
///
/// Base = average monthly wage (raised to the minimum wage if lower). If the
/// base is *higher* than 3 × the city average (高于…三倍), the base becomes
/// 3 × the average and at most 12 years (24 half-months) count. Amount = base
/// × half-months ÷ 2, rounded half up to the fen.
pub fn economic_compensation(input: &CompensationInput) -> Result<Calculation, Invalid> {
    check_fen("monthly_avg_fen", input.monthly_avg_fen)?;
    check_count("service.years", input.service.years)?;
    check_count("service.months", input.service.months)?;
    check_count("service.days", input.service.days)?;
    if let Some(a) = input.city_avg_monthly_fen {
        check_fen("city_avg_monthly_fen", a)?;
    }
    if let Some(m) = input.minimum_wage_fen {
        check_fen("minimum_wage_fen", m)?;
    }
    let s = input.service;
    let mut steps = Vec::new();
    if let Some(start) = input.pre_law_start {
        steps.push(Step::new(
            "comp_service_from_law",
            cite(LCL, "第九十七条第三款"),
            &[("job_start", Value::Date(start)), ("from", Value::Date(law_in_force()))],
        ));
    }
    let mut halves = s.half_months();
    steps.push(Step::new(
        "comp_service_length",
        cite(LCL, "第四十七条第一款"),
        &[
            ("years", Value::Count(s.years)),
            ("months", Value::Count(s.months)),
            ("days", Value::Count(s.days)),
            ("months_of_pay", Value::HalfMonths(halves)),
        ],
    ));
    let mut base = input.monthly_avg_fen;
    if let Some(min) = input.minimum_wage_fen {
        if base < min {
            steps.push(Step::new(
                "comp_base_raised_to_minimum",
                cite(LCL_REGS, "第二十七条"),
                &[("monthly_avg_fen", Value::Fen(base)), ("minimum_wage_fen", Value::Fen(min))],
            ));
            base = min;
        }
    }
    if let Some(avg) = input.city_avg_monthly_fen {
        let cap = avg.saturating_mul(3);
        if base > cap {
            steps.push(Step::new(
                "comp_base_capped",
                cite(LCL, "第四十七条第二款"),
                &[("monthly_fen", Value::Fen(base)), ("city_avg_monthly_fen", Value::Fen(avg)), ("cap_fen", Value::Fen(cap))],
            ));
            base = cap;
            if halves > 24 {
                steps.push(Step::new(
                    "comp_years_capped",
                    cite(LCL, "第四十七条第二款"),
                    &[("months_of_pay", Value::HalfMonths(halves)), ("capped", Value::HalfMonths(24))],
                ));
                halves = 24;
            }
        }
    } else if input.minimum_wage_fen.is_none_or(|min| base > min.saturating_mul(3)) {
        // No city average given, so the cap of 第四十七条第二款 cannot be
        // applied, and it may apply (a calculation review found ¥900,000
        // claimed with no word of it). Not said for a wage at most 3 times
        // the minimum wage: a city's average wage is above its minimum, so
        // such a wage is under the cap whatever the average.
        steps.push(Step::new("comp_cap_not_applied", cite(LCL, "第四十七条第二款"), &[]));
    }
    let total = fen(div_round_half_up(i128::from(base) * i128::from(halves), 2));
    steps.push(Step::new(
        "comp_amount",
        cite(LCL, "第四十七条"),
        &[("base_fen", Value::Fen(base)), ("months_of_pay", Value::HalfMonths(halves)), ("amount_fen", Value::Fen(total))],
    ));
    Ok(Calculation { amount_fen: total, steps })
}

/// Damages for unlawful termination (劳动合同法 第八十七条): twice the economic
/// compensation standard, with service counted from 用工之日 (实施条例 第二十五条,
/// which also says it replaces, not adds to, economic compensation). Build
/// `input.service` with [`Service::between`] from the first day of work.
pub fn illegal_termination(input: &CompensationInput) -> Result<Calculation, Invalid> {
    let comp = economic_compensation(input)?;
    let total = comp.amount_fen.saturating_mul(2);
    let mut steps = comp.steps;
    steps.push(Step::new(
        "damages_double",
        cite(LCL, "第八十七条"),
        &[("compensation_fen", Value::Fen(comp.amount_fen)), ("multiplier", Value::Count(2)), ("amount_fen", Value::Fen(total))],
    ));
    steps.push(Step::new("damages_instead_of_compensation", cite(LCL_REGS, "第二十五条"), &[]));
    Ok(Calculation { amount_fen: total, steps })
}

// ───────────────────────────── overtime ─────────────────────────────

/// Overtime worked and not yet paid, in hundredths of an hour, by kind
/// (劳动法 第四十四条).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OvertimeInput {
    pub monthly_fen: i64,
    /// 延长工作时间 (weekday overtime): 150%.
    pub extended_hundredths: i64,
    /// 休息日 work without time off in lieu: 200%.
    pub rest_day_hundredths: i64,
    /// 法定休假日 work: 300%.
    pub holiday_hundredths: i64,
}

/// Overtime pay (劳动法 第四十四条). Hourly wage = monthly ÷ 21.75 ÷ 8 = monthly
/// ÷ 174 (折算通知 二). Each kind: hours × hourly × percent. The sum is
/// exact and rounded half up to the fen once at the end; the per-kind
/// subtotals in the steps are rounded for display.
pub fn overtime(input: &OvertimeInput) -> Result<Calculation, Invalid> {
    let w = check_fen("monthly_fen", input.monthly_fen)?;
    let kinds = [
        ("overtime_extended", input.extended_hundredths, 150, "第四十四条第一项"),
        ("overtime_rest_day", input.rest_day_hundredths, 200, "第四十四条第二项"),
        ("overtime_holiday", input.holiday_hundredths, 300, "第四十四条第三项"),
    ];
    let den: i128 = i128::from(PAID_HOURS_PER_MONTH) * 100 * 100;
    let mut steps = vec![Step::new(
        "hourly_wage",
        cite(WAGE_CONVERSION, "二"),
        &[
            ("monthly_fen", Value::Fen(input.monthly_fen)),
            ("paid_days_per_month", Value::Hundredths(PAID_DAYS_PER_MONTH_X100)),
            ("hours_per_day", Value::Count(8)),
            ("hourly_fen", Value::Fen(fen(div_round_half_up(w, i128::from(PAID_HOURS_PER_MONTH))))),
        ],
    )];
    let mut num: i128 = 0;
    let mut lines: i64 = 0;
    for (key, hundredths, percent, clause) in kinds {
        let h = check_count(key, hundredths)?;
        if h == 0 {
            continue;
        }
        let n = w * i128::from(percent) * h;
        num += n;
        let subtotal = fen(div_round_half_up(n, den));
        lines = lines.saturating_add(subtotal);
        steps.push(Step::new(
            key,
            cite(LABOUR_LAW, clause),
            &[("hours", Value::Hundredths(hundredths)), ("percent", Value::Percent(percent)), ("subtotal_fen", Value::Fen(subtotal))],
        ));
    }
    let total = fen(div_round_half_up(num, den));
    // Rounded once at the end (the module's convention), the total can be
    // a fen off the sum of the rounded lines: say so rather than let the
    // paper look wrong.
    if lines != total {
        steps.push(Step::new("rounded_once", cite(LABOUR_LAW, "第四十四条"), &[("lines_fen", Value::Fen(lines)), ("amount_fen", Value::Fen(total))]));
    }
    steps.push(Step::new("total", cite(LABOUR_LAW, "第四十四条"), &[("amount_fen", Value::Fen(total))]));
    Ok(Calculation { amount_fen: total, steps })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    const W: i64 = 500_000; // ¥5,000.00 a month

    // ── unpaid wages ──
    // Hand derivation: ¥5,000 × 2 months = ¥10,000. Five paid days at
    // ¥5,000 ÷ 21.75 = ¥229.885…/day = ¥1,149.425…; total ¥11,149.425… →
    // half up → ¥11,149.43 = 1,114,943 fen.
    #[test]
    fn unpaid_wages_months_and_days() {
        let c = unpaid_wages(W, 2, 5).unwrap();
        assert_eq!(c.amount_fen, 1_114_943);
        assert_eq!(c.step("unpaid_full_months").unwrap().arg("subtotal_fen"), Some(Value::Fen(1_000_000)));
        assert_eq!(c.step("unpaid_part_month_days").unwrap().arg("subtotal_fen"), Some(Value::Fen(114_943)));
        assert_eq!(c.step("unpaid_part_month_days").unwrap().cite.source, WAGE_CONVERSION);
    }

    // Minimum wage ¥2,100 × 3 months = ¥6,300 exactly; one day = 2100 ÷ 21.75
    // = ¥96.5517… → ¥96.55. Whole months only: no part-month step.
    #[test]
    fn unpaid_wages_whole_months_and_one_day() {
        let c = unpaid_wages(210_000, 3, 0).unwrap();
        assert_eq!(c.amount_fen, 630_000);
        assert!(c.step("unpaid_part_month_days").is_none());
        assert_eq!(unpaid_wages(210_000, 0, 1).unwrap().amount_fen, 9_655);
        // 21.75 paid days are exactly one month (the notice's definition).
        assert_eq!(unpaid_wages(W, 0, 0).unwrap().amount_fen, 0);
    }

    // ── double wages ──
    // Started 2025-01-10, never signed, left 2025-06-30 (last day worked).
    // 满一个月 = 2025-02-09, so owing starts 2025-02-10 (第六条第二款) and runs
    // to the last day employed, 2025-06-30. Whole months: 02-10…03-09,
    // 03-10…04-09, 04-10…05-09, 05-10…06-09 = 4. Left over: 06-10…06-30 = 21
    // days of the month 06-10…07-09 (30 days). Extra = 5000 × (4 + 21/30) =
    // 20,000 + 3,500 = ¥23,500.00.
    #[test]
    fn double_wages_left_after_five_months() {
        let c = double_wages(d("2025-01-10"), ContractEnd::LeftJob(d("2025-06-30")), W).unwrap();
        assert_eq!(c.amount_fen, 2_350_000);
        assert_eq!(double_wage_period(d("2025-01-10"), ContractEnd::LeftJob(d("2025-06-30"))), Some((d("2025-02-10"), d("2025-06-30"))));
        let part = c.step("double_wage_part_month").unwrap();
        assert_eq!(part.arg("days"), Some(Value::Count(21)));
        assert_eq!(part.arg("days_in_that_month"), Some(Value::Count(30)));
        assert_eq!(c.step("double_wage_months").unwrap().arg("months"), Some(Value::Count(4)));
        assert!(c.step("double_wage_capped_at_one_year").is_none());
    }

    // Exactly one month: started 2025-01-10 and left on 2025-02-09 (the month
    // is complete that day) or signed on 2025-02-10 (the 次日; owed only to
    // the day before signing = 02-09) → nothing owed. Signed on 02-11 → one
    // day, 02-10, of the month 02-10…03-09 (28 days): 5000 ÷ 28 = ¥178.571…
    // → ¥178.57.
    #[test]
    fn double_wages_exactly_one_month_owes_nothing() {
        let start = d("2025-01-10");
        for end in [ContractEnd::LeftJob(d("2025-02-09")), ContractEnd::Signed(d("2025-02-10")), ContractEnd::StillUnsigned(d("2025-01-20"))] {
            let c = double_wages(start, end, W).unwrap();
            assert_eq!(c.amount_fen, 0, "{end:?}");
            assert!(c.step("double_wage_within_first_month").is_some());
        }
        assert_eq!(double_wages(start, ContractEnd::Signed(d("2025-02-11")), W).unwrap().amount_fen, 17_857);
    }

    // Eleven months: started 2025-01-10, still unsigned on 2026-01-09 (the
    // last day before the anniversary 2026-01-10, 满一年的当日 per 第七条).
    // Owed 2025-02-10…2026-01-09 = 11 whole months = ¥55,000. Leaving on
    // 2025-12-09 after 11 months' employment gives 02-10…12-09 = 10 months.
    #[test]
    fn double_wages_eleven_months() {
        let start = d("2025-01-10");
        let c = double_wages(start, ContractEnd::StillUnsigned(d("2026-01-09")), W).unwrap();
        assert_eq!(c.amount_fen, 5_500_000);
        assert!(c.step("double_wage_part_month").is_none());
        assert_eq!(double_wages(start, ContractEnd::LeftJob(d("2025-12-09")), W).unwrap().amount_fen, 5_000_000);
        // Signing on 2025-12-10 is the same: owed to 12-09.
        assert_eq!(double_wages(start, ContractEnd::Signed(d("2025-12-10")), W).unwrap().amount_fen, 5_000_000);
    }

    // More than a year: started 2024-01-10, never signed, today 2026-11-26.
    // 第七条: owed only from 2024-02-10 to 满一年的前一日 2025-01-09 → 11 months
    // = ¥55,000 (after that an open-ended contract is deemed concluded).
    // Signing late (2025-03-01) changes nothing.
    #[test]
    fn double_wages_capped_at_eleven_months() {
        let start = d("2024-01-10");
        for end in [ContractEnd::StillUnsigned(d("2026-11-26")), ContractEnd::Signed(d("2025-03-01")), ContractEnd::LeftJob(d("2025-01-10"))] {
            let c = double_wages(start, end, W).unwrap();
            assert_eq!(c.amount_fen, 5_500_000, "{end:?}");
            assert!(c.step("double_wage_capped_at_one_year").is_some());
            assert_eq!(c.step("double_wage_capped_at_one_year").unwrap().cite.clause, "第七条");
        }
        // Leaving on the last day of the first year is not "capped" but is 11 months too.
        let c = double_wages(start, ContractEnd::LeftJob(d("2025-01-09")), W).unwrap();
        assert_eq!(c.amount_fen, 5_500_000);
        assert!(c.step("double_wage_capped_at_one_year").is_none());
    }

    // Month-end start (the module's month counting): a job begun 2025-01-31
    // completes its first month on 02-28 (February has no 31st), so owing
    // starts 03-01. Signed 2025-03-31 → owed 03-01…03-30 = exactly one month =
    // ¥5,000; signed 2025-04-03 → one month plus 03-31…04-02 = 3 days of the
    // month 03-31…04-30 (April has no 31st: 31 days): 5000 × (1 + 3/31) =
    // ¥5,483.87. Signed 2025-03-01 → nothing owed (it was 1 day, 02-28, when
    // the clamped 02-28 was taken as the first day after the month).
    #[test]
    fn double_wages_month_end_start() {
        let c = double_wages(d("2025-01-31"), ContractEnd::Signed(d("2025-03-31")), W).unwrap();
        assert_eq!(c.amount_fen, 500_000);
        assert_eq!(double_wage_period(d("2025-01-31"), ContractEnd::Signed(d("2025-03-31"))), Some((d("2025-03-01"), d("2025-03-30"))));
        let c = double_wages(d("2025-01-31"), ContractEnd::Signed(d("2025-04-03")), W).unwrap();
        assert_eq!(c.amount_fen, 548_387);
        let c = double_wages(d("2025-01-31"), ContractEnd::Signed(d("2025-03-01")), W).unwrap();
        assert_eq!(c.amount_fen, 0);
        assert_eq!(c.step("double_wage_within_first_month").unwrap().arg("owed_from"), Some(Value::Date(d("2025-03-01"))));
        // And a month-end start that runs past the year is still 11 months.
        let c = double_wages(d("2024-01-31"), ContractEnd::StillUnsigned(d("2026-01-01")), W).unwrap();
        assert_eq!(c.amount_fen, 5_500_000);
    }

    #[test]
    fn double_wages_rejects_end_before_start() {
        let e = double_wages(d("2025-01-10"), ContractEnd::Signed(d("2025-01-10")), W).unwrap_err();
        assert_eq!(e.key, "date_order");
        assert_eq!(double_wages(d("2025-01-10"), ContractEnd::LeftJob(d("2025-01-09")), W).unwrap_err().key, "date_order");
    }

    // ── economic compensation ──
    fn comp(start: &str, last: &str, avg: i64) -> Calculation {
        let service = Service::between(d(start), d(last)).unwrap();
        economic_compensation(&CompensationInput {
            service,
            monthly_avg_fen: avg,
            city_avg_monthly_fen: None,
            minimum_wage_fen: None,
            pre_law_start: None,
        })
        .unwrap()
    }

    // Service counting: 2020-01-01 to 2023-07-31 inclusive is 3 years
    // (to 2022-12-31) and 7 months (2023-01-01…07-31), 0 days.
    #[test]
    fn service_between() {
        assert_eq!(Service::between(d("2020-01-01"), d("2023-07-31")), Some(Service { years: 3, months: 7, days: 0 }));
        assert_eq!(Service::between(d("2025-01-01"), d("2025-06-30")), Some(Service { years: 0, months: 6, days: 0 }));
        assert_eq!(Service::between(d("2025-01-01"), d("2025-01-01")), Some(Service { years: 0, months: 0, days: 1 }));
        assert_eq!(Service::between(d("2025-01-02"), d("2025-01-01")), None);
        // Counted on the start day: 2024-01-31 to 2024-03-30 is 2 months.
        assert_eq!(Service::between(d("2024-01-31"), d("2024-03-30")), Some(Service { years: 0, months: 2, days: 0 }));
        // A month with no day D ends on its last day: from 2025-08-31 the
        // sixth month ends 2026-02-28, so to 02-27 is 5 months 28 days (half a
        // month's pay under 第四十七条, not a whole one), to 02-28 six months.
        assert_eq!(Service::between(d("2025-08-31"), d("2026-02-27")), Some(Service { years: 0, months: 5, days: 28 }));
        assert_eq!(Service::between(d("2025-08-31"), d("2026-02-28")), Some(Service { years: 0, months: 6, days: 0 }));
        assert_eq!(comp("2025-08-31", "2026-02-27", 500_000).amount_fen, 250_000);
        // A leap day: the first year from 2024-02-29 ends 2025-02-28.
        assert_eq!(Service::between(d("2024-02-29"), d("2025-02-28")), Some(Service { years: 1, months: 0, days: 0 }));
        assert_eq!(Service::between(d("2024-02-29"), d("2025-02-27")), Some(Service { years: 0, months: 11, days: 30 }));
    }

    // 第四十七条第一款, wage ¥8,000:
    // exactly 6 months (2025-01-01…06-30): 六个月以上不满一年的按一年 → 1 month = ¥8,000;
    // 5 months (…05-31): 不满六个月 → half = ¥4,000;
    // 3 years 7 months: 3 + 1 = 4 months = ¥32,000;
    // exactly 2 years: 2 months = ¥16,000; 2 years 3 days: 2.5 = ¥20,000.
    #[test]
    fn economic_compensation_service_rules() {
        let w = 800_000;
        assert_eq!(comp("2025-01-01", "2025-06-30", w).amount_fen, 800_000);
        assert_eq!(comp("2025-01-01", "2025-05-31", w).amount_fen, 400_000);
        assert_eq!(comp("2020-01-01", "2023-07-31", w).amount_fen, 3_200_000);
        assert_eq!(comp("2023-01-01", "2024-12-31", w).amount_fen, 1_600_000);
        assert_eq!(comp("2023-01-01", "2025-01-03", w).amount_fen, 2_000_000);
        let c = comp("2020-01-01", "2023-07-31", w);
        assert_eq!(c.step("comp_service_length").unwrap().arg("months_of_pay"), Some(Value::HalfMonths(8)));
        assert_eq!(c.step("comp_amount").unwrap().cite.source, LCL);
    }

    // Half a month of ¥3,333.33 = ¥1,666.665 → half up → ¥1,666.67.
    #[test]
    fn economic_compensation_rounds_half_up() {
        assert_eq!(comp("2025-01-01", "2025-03-31", 333_333).amount_fen, 166_667);
    }

    // High earner: city average ¥8,000 (input), cap 3 × 8,000 = ¥24,000;
    // wage ¥30,000 > ¥24,000 → base ¥24,000; 15 years (2010-01-01…2024-12-31)
    // → at most 12 years → 12 × 24,000 = ¥288,000.
    // At exactly 3× (not 高于) no cap: 15 × 24,000 = ¥360,000.
    // High earner with 5 years: base capped, years not: 5 × 24,000 = ¥120,000.
    #[test]
    fn economic_compensation_high_earner_cap() {
        let input = |avg, start: &str| CompensationInput {
            service: Service::between(d(start), d("2024-12-31")).unwrap(),
            monthly_avg_fen: avg,
            city_avg_monthly_fen: Some(800_000),
            minimum_wage_fen: None,
            pre_law_start: None,
        };
        let c = economic_compensation(&input(3_000_000, "2010-01-01")).unwrap();
        assert_eq!(c.amount_fen, 28_800_000);
        assert_eq!(c.step("comp_base_capped").unwrap().arg("cap_fen"), Some(Value::Fen(2_400_000)));
        assert_eq!(c.step("comp_years_capped").unwrap().arg("capped"), Some(Value::HalfMonths(24)));
        let c = economic_compensation(&input(2_400_000, "2010-01-01")).unwrap();
        assert_eq!(c.amount_fen, 36_000_000);
        assert!(c.step("comp_base_capped").is_none());
        let c = economic_compensation(&input(3_000_000, "2020-01-01")).unwrap();
        assert_eq!(c.amount_fen, 12_000_000);
        assert!(c.step("comp_years_capped").is_none());
    }

    // 实施条例 第二十七条: average ¥1,500 below the minimum ¥2,100 → base ¥2,100;
    // one year → ¥2,100.
    #[test]
    fn economic_compensation_minimum_wage_floor() {
        let c = economic_compensation(&CompensationInput {
            service: Service { years: 1, months: 0, days: 0 },
            monthly_avg_fen: 150_000,
            city_avg_monthly_fen: None,
            minimum_wage_fen: Some(210_000),
            pre_law_start: None,
        })
        .unwrap();
        assert_eq!(c.amount_fen, 210_000);
        assert!(c.step("comp_base_raised_to_minimum").is_some());
    }

    // 第八十七条: 2 × the 第四十七条 standard. 3 years 7 months at ¥8,000 →
    // compensation ¥32,000 → damages ¥64,000. High earner 15 years → 2 × 288,000.
    #[test]
    fn illegal_termination_doubles() {
        let input = CompensationInput {
            service: Service::between(d("2020-01-01"), d("2023-07-31")).unwrap(),
            monthly_avg_fen: 800_000,
            city_avg_monthly_fen: Some(800_000),
            minimum_wage_fen: Some(210_000),
            pre_law_start: None,
        };
        let c = illegal_termination(&input).unwrap();
        assert_eq!(c.amount_fen, 6_400_000);
        assert_eq!(c.step("damages_double").unwrap().cite.clause, "第八十七条");
        let high = CompensationInput { service: Service::between(d("2010-01-01"), d("2024-12-31")).unwrap(), monthly_avg_fen: 3_000_000, ..input };
        assert_eq!(illegal_termination(&high).unwrap().amount_fen, 57_600_000);
    }

    // 第九十七条第三款: work from 2005-03-01 to 2024-12-31 at ¥8,000 earns
    // compensation for the years from 2008-01-01 only: 17 years → ¥136,000
    // (not the 19 years 10 months → 20 months of the whole job), and the
    // working says why. Left before 2008: nothing under this law.
    // Damages (第八十七条) still count from the first day (实施条例 第二十五条):
    // 19 years 10 months → 20 months → 2 × ¥160,000.
    #[test]
    fn compensation_counts_from_2008_for_an_earlier_start() {
        let (service, pre) = compensation_service(d("2005-03-01"), d("2024-12-31")).unwrap();
        assert_eq!(service, Service { years: 17, months: 0, days: 0 });
        assert_eq!(pre, Some(d("2005-03-01")));
        let input = CompensationInput { service, monthly_avg_fen: 800_000, city_avg_monthly_fen: None, minimum_wage_fen: None, pre_law_start: pre };
        let c = economic_compensation(&input).unwrap();
        assert_eq!(c.amount_fen, 13_600_000);
        let step = c.step("comp_service_from_law").expect("the working says why the years are fewer");
        assert_eq!((step.cite.source, step.cite.clause), (LCL, "第九十七条第三款"));
        assert_eq!(step.arg("job_start"), Some(Value::Date(d("2005-03-01"))));
        assert_eq!(step.arg("from"), Some(Value::Date(d("2008-01-01"))));
        assert_eq!(compensation_service(d("2005-03-01"), d("2007-12-31")), Some((Service::default(), Some(d("2005-03-01")))));
        assert_eq!(compensation_service(d("2008-01-01"), d("2024-12-31")), Some((Service { years: 17, months: 0, days: 0 }, None)));
        assert_eq!(compensation_service(d("2005-03-01"), d("2005-02-28")), None);
        let damages = CompensationInput { service: Service::between(d("2005-03-01"), d("2024-12-31")).unwrap(), pre_law_start: None, ..input };
        assert_eq!(illegal_termination(&damages).unwrap().amount_fen, 32_000_000);
        assert!(comp("2010-01-01", "2024-12-31", 800_000).step("comp_service_from_law").is_none());
    }

    // 第九十七条第二款: no written contract since 2005-03-01, still none:
    // due within a month of 2008-01-01, so double wages run 2008-02-01 to
    // 2008-12-31 (11 months), not 2005-04-01 to 2006-02-28. Left before 2008:
    // none under 第八十二条.
    #[test]
    fn double_wages_count_from_2008_for_an_earlier_start() {
        let c = double_wages(d("2005-03-01"), ContractEnd::StillUnsigned(d("2026-11-26")), W).unwrap();
        let p = c.step("double_wage_period").unwrap();
        assert_eq!((p.arg("from"), p.arg("to")), (Some(Value::Date(d("2008-02-01"))), Some(Value::Date(d("2008-12-31")))));
        assert_eq!(c.amount_fen, 11 * W);
        assert_eq!(c.step("double_wage_from_law").unwrap().cite.clause, "第九十七条第二款");
        assert_eq!(c.step("double_wage_rule").unwrap().arg("job_start"), Some(Value::Date(d("2005-03-01"))));
        let before = double_wages(d("2005-03-01"), ContractEnd::LeftJob(d("2007-06-30")), W).unwrap();
        assert_eq!(before.amount_fen, 0);
        assert!(before.step("double_wage_from_law").is_some() && before.step("double_wage_period").is_none());
    }

    // ── overtime ──
    // Wage ¥5,000: hourly = 5000 ÷ 21.75 ÷ 8 = 5000 ÷ 174 = ¥28.7356…
    // 10 h weekday × 150% = 43,103.448… fen; 8 h rest day × 200% = 45,977.011…;
    // 8 h holiday × 300% = 68,965.517…; exact sum 158,045.977… → 158,046 fen.
    // Wage ¥3,000, one hour of each kind: 3000 ÷ 174 = 17.2413…/h; lines
    // 25.862… → 25.86, 34.482… → 34.48, 51.724… → 51.72 add up to 112.06;
    // the exact sum 112.068… rounds to 112.07, and a line says why.
    #[test]
    fn overtime_says_when_the_total_differs_from_the_rounded_lines() {
        let c =
            overtime(&OvertimeInput { monthly_fen: 300_000, extended_hundredths: 100, rest_day_hundredths: 100, holiday_hundredths: 100 }).unwrap();
        assert_eq!(c.amount_fen, 11_207);
        let r = c.step("rounded_once").expect("a rounding line");
        assert_eq!((r.arg("lines_fen"), r.arg("amount_fen")), (Some(Value::Fen(11_206)), Some(Value::Fen(11_207))));
        let exact = overtime(&OvertimeInput { monthly_fen: 174_000, extended_hundredths: 100, ..Default::default() }).unwrap();
        assert!(exact.step("rounded_once").is_none());
    }

    #[test]
    fn overtime_three_kinds() {
        let c = overtime(&OvertimeInput { monthly_fen: W, extended_hundredths: 1000, rest_day_hundredths: 800, holiday_hundredths: 800 }).unwrap();
        assert_eq!(c.amount_fen, 158_046);
        assert_eq!(c.step("hourly_wage").unwrap().arg("hourly_fen"), Some(Value::Fen(2_874)));
        assert_eq!(c.step("overtime_extended").unwrap().arg("subtotal_fen"), Some(Value::Fen(43_103)));
        assert_eq!(c.step("overtime_rest_day").unwrap().arg("subtotal_fen"), Some(Value::Fen(45_977)));
        assert_eq!(c.step("overtime_holiday").unwrap().arg("subtotal_fen"), Some(Value::Fen(68_966)));
        assert_eq!(c.step("overtime_holiday").unwrap().cite, cite(LABOUR_LAW, "第四十四条第三项"));
    }

    // Minimum wage ¥2,100, the 36-hour monthly limit (劳动法 第四十一条) all on
    // weekdays: 2100 ÷ 174 × 36 × 1.5 = ¥651.724… → ¥651.72.
    // Half-up edge: a "wage" of 174 fen is 1 fen/hour; 1 h × 150% = 1.5 → 2.
    #[test]
    fn overtime_minimum_wage_and_half_up() {
        let c = overtime(&OvertimeInput { monthly_fen: 210_000, extended_hundredths: 36 * 100, ..Default::default() }).unwrap();
        assert_eq!(c.amount_fen, 65_172);
        assert!(c.step("overtime_rest_day").is_none());
        let c = overtime(&OvertimeInput { monthly_fen: 174, extended_hundredths: 100, ..Default::default() }).unwrap();
        assert_eq!(c.amount_fen, 2);
        assert_eq!(overtime(&OvertimeInput { monthly_fen: W, ..Default::default() }).unwrap().amount_fen, 0);
    }

    // The high-earner cap (第四十七条第二款) needs the city average: without
    // it the working says the cap was not applied, unless the wage is at
    // most 3 × the minimum wage (under any city average above the minimum).
    #[test]
    fn compensation_says_when_the_cap_could_not_be_applied() {
        let input = |wage, city, min| CompensationInput {
            service: Service::between(d("2010-01-01"), d("2024-12-31")).unwrap(),
            monthly_avg_fen: wage,
            city_avg_monthly_fen: city,
            minimum_wage_fen: min,
            pre_law_start: None,
        };
        let noted = |i: &CompensationInput| economic_compensation(i).unwrap().step("comp_cap_not_applied").is_some();
        assert!(noted(&input(3_000_000, None, Some(210_000))));
        assert!(noted(&input(630_001, None, Some(210_000))));
        assert!(!noted(&input(630_000, None, Some(210_000))), "at most 3 × the minimum: under the cap");
        assert!(noted(&input(500_000, None, None)), "no minimum known: it may apply");
        let capped = economic_compensation(&input(3_000_000, Some(800_000), Some(210_000))).unwrap();
        assert!(capped.step("comp_cap_not_applied").is_none() && capped.step("comp_base_capped").is_some());
        assert_eq!(capped.amount_fen, 12 * 2_400_000);
        assert!(illegal_termination(&input(3_000_000, None, Some(210_000))).unwrap().step("comp_cap_not_applied").is_some());
    }

    // Hours as typed, to the hundredth (a calculation review: minutes had cut
    // 33.33 h to 33.32 and 0.01 h to nothing). ¥5,000: 5000/174 × (33.33 ×
    // 1.5 + 0.01 × 2 + 1.99 × 3) = 5000 × 55.985 / 174 = ¥1,608.764… → ¥1,608.76.
    #[test]
    fn overtime_counts_hundredths_of_an_hour() {
        let c = overtime(&OvertimeInput { monthly_fen: W, extended_hundredths: 3333, rest_day_hundredths: 1, holiday_hundredths: 199 }).unwrap();
        assert_eq!(c.amount_fen, 160_876);
        assert_eq!(c.step("overtime_rest_day").unwrap().arg("hours"), Some(Value::Hundredths(1)));
        assert_eq!(c.step("overtime_rest_day").unwrap().arg("subtotal_fen"), Some(Value::Fen(57)));
    }

    // 调解仲裁法 第四十七条(一): 不超过 12 × ¥2,100 = ¥25,200 → at the threshold
    // is a final award; one fen more is not.
    #[test]
    fn final_award_threshold_is_inclusive() {
        assert!(under_final_award_threshold(2_520_000, 2_520_000));
        assert!(!under_final_award_threshold(2_520_001, 2_520_000));
        assert!(comp("2025-01-01", "2025-06-30", 800_000).under_final_award_threshold(2_520_000));
        if let Some(t) = crate::places::final_award_threshold_fen(d("2025-06-30")) {
            assert!(under_final_award_threshold(t, t));
        }
    }

    #[test]
    fn negative_inputs_are_rejected_with_a_key() {
        assert_eq!(unpaid_wages(-1, 1, 0).unwrap_err().key, "money_negative_input");
        assert_eq!(unpaid_wages(1, -1, 0).unwrap_err().key, "money_negative_input");
        assert_eq!(
            overtime(&OvertimeInput { monthly_fen: 1, holiday_hundredths: -5, ..Default::default() }).unwrap_err().key,
            "money_negative_input"
        );
        assert_eq!(unpaid_wages(MAX_AMOUNT_FEN + 1, 1, 0).unwrap_err().key, "amount_too_large");
    }

    #[test]
    fn steps_serialize_to_json() {
        let c = double_wages(d("2025-01-10"), ContractEnd::LeftJob(d("2025-06-30")), W).unwrap();
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.contains("\"key\":\"double_wage_period\""), "{json}");
        assert!(json.contains("\"kind\":\"date\",\"value\":\"2025-02-10\""), "{json}");
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (-25_000i32..84_000).prop_map(Date::from_days_since_epoch)
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn calculators_never_panic_and_never_go_negative(
            w in any::<i64>(), a in any::<i64>(), b in any::<i64>(), c in any::<i64>(),
            start in any_date(), end in any_date(), kind in 0u8..3,
        ) {
            let end = match kind { 0 => ContractEnd::Signed(end), 1 => ContractEnd::LeftJob(end), _ => ContractEnd::StillUnsigned(end) };
            let service = Service { years: a, months: b, days: c };
            let results = [
                unpaid_wages(w, a, b),
                double_wages(start, end, w),
                economic_compensation(&CompensationInput { service, monthly_avg_fen: w, city_avg_monthly_fen: Some(b), minimum_wage_fen: Some(c), pre_law_start: None }),
                illegal_termination(&CompensationInput { service, monthly_avg_fen: w, city_avg_monthly_fen: None, minimum_wage_fen: None, pre_law_start: None }),
                overtime(&OvertimeInput { monthly_fen: w, extended_hundredths: a, rest_day_hundredths: b, holiday_hundredths: c }),
            ];
            for r in results.into_iter().flatten() {
                prop_assert!(r.amount_fen >= 0);
            }
        }

        #[test]
        fn non_negative_inputs_give_non_negative_amounts(
            w in 0i64..=MAX_AMOUNT_FEN, a in 0i64..200, b in 0i64..40, c in 0i64..400,
            start in any_date(), days in 0i32..2000,
            avg in proptest::option::of(0i64..=MAX_AMOUNT_FEN), min in proptest::option::of(0i64..=MAX_AMOUNT_FEN),
        ) {
            let end = start.add_days(days);
            prop_assert!(unpaid_wages(w, a, b).unwrap().amount_fen >= 0);
            let dw = double_wages(start, ContractEnd::LeftJob(end), w).unwrap();
            // Never more than 11 months of wages.
            prop_assert!(dw.amount_fen >= 0 && dw.amount_fen <= 11 * w);
            let service = Service::between(start, end).unwrap();
            let input = CompensationInput { service, monthly_avg_fen: w, city_avg_monthly_fen: avg, minimum_wage_fen: min, pre_law_start: None };
            let ec = economic_compensation(&input).unwrap();
            prop_assert!(ec.amount_fen >= 0);
            prop_assert_eq!(illegal_termination(&input).unwrap().amount_fen, 2 * ec.amount_fen);
            let ot = overtime(&OvertimeInput { monthly_fen: w, extended_hundredths: a * 100, rest_day_hundredths: b * 100, holiday_hundredths: c }).unwrap();
            prop_assert!(ot.amount_fen >= 0);
        }

        #[test]
        fn double_wages_grow_with_time(start in any_date(), days in 0i32..800) {
            let a = double_wages(start, ContractEnd::LeftJob(start.add_days(days)), W).unwrap().amount_fen;
            let b = double_wages(start, ContractEnd::LeftJob(start.add_days(days + 1)), W).unwrap().amount_fen;
            prop_assert!(a <= b);
        }
    }
}
