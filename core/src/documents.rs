//! The pre-filled complaint summary: one document per body the routing sends
//! the person to, in Chinese as it is handed in, with an English reading aid.
//!
//! * inspection — 劳动保障监察投诉书 (举报书 for a third party): complainant,
//!   employer, facts, requests (劳动保障监察条例 第九条、第十一条);
//! * audit — 社会保险稽查举报（投诉）书: reporter (identity not to be
//!   disclosed, at the reporter's request), employer, what is wrong, clues;
//! * arbitration — 劳动人事争议仲裁申请书 with the contents of 劳动争议调解仲裁法
//!   第二十八条: applicant; each respondent; each claim with its amount and
//!   the working; facts and reasons; evidence and its source; witnesses; and
//!   one original plus one copy per respondent.
//!
//! Everything typed passes through [`details::clean`] first. Legal statements
//! carry their clause; `tests/documents.rs` checks every cited article exists
//! in core/law/.

use crate::date::Date;
use crate::deadlines::ORDERED_TO_PAY;
use crate::details::{self, clean, line, Details, DismissalRemedy, Employer, FormParts};
use crate::money::{self, Calculation, Cite, ContractEnd, Step, Value};
use crate::places;
use crate::routing::Routing;
use crate::rules::*;
use crate::situation::Situation;
use serde::Serialize;

pub const CASE_SCHEMA: &str = "weiquan.case/2";

const ARB: &str = money::ARBITRATION_LAW;
const LCL: &str = money::LCL;
const INSPECTION_REGS: &str = "劳动保障监察条例";
const SI_LAW: &str = "社会保险法";
const SI_COLLECTION: &str = "社会保险费征缴暂行条例";
const INJURY_REGS: &str = "工伤保险条例";
const CHILD_LABOUR_REGS: &str = "禁止使用童工规定";
const INTERPRETATION_1: &str = "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）";
const WAGE_CRIME: &str = "最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释";

const fn cite(source: &'static str, clause: &'static str) -> Cite {
    Cite { source, clause }
}

/// One of the hall's three bodies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    Inspection,
    Audit,
    Arbitration,
}

impl Body {
    pub fn key(self) -> &'static str {
        match self {
            Body::Inspection => "inspection",
            Body::Audit => "audit",
            Body::Arbitration => "arbitration",
        }
    }

    /// The hall's body an outcome goes to (a suspected crime is reported
    /// through inspection); `None` for a place outside the hall.
    pub fn of(o: Outcome) -> Option<Body> {
        match o {
            Outcome::Inspection | Outcome::PoliceViaInspection => Some(Body::Inspection),
            Outcome::Audit => Some(Body::Audit),
            Outcome::Arbitration => Some(Body::Arbitration),
            _ => None,
        }
    }
}

/// A label and its value (the value already cleaned; "" when not given).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Field {
    pub label: &'static str,
    pub label_en: &'static str,
    pub value: String,
}

/// A party: the person, or one respondent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Party {
    /// 申请人, 被申请人（一）, 投诉人, 举报人, 被投诉单位…
    pub role: String,
    pub role_en: String,
    pub fields: Vec<Field>,
}

/// One line of working: the text in Chinese and English, and its clause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Working {
    pub zh: String,
    pub en: String,
    pub cite: Cite,
}

/// Whether a money claim may get a final award (调解仲裁法 第四十七条第一项).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FinalAward {
    pub threshold_fen: i64,
    /// Not more than the threshold.
    pub under: bool,
}

/// A claim (arbitration), request (inspection) or matter reported (audit).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// Stable key: `unpaid_wages`, `double_wages`, `compensation`,
    /// `damages`, `overtime`, `reinstate`, `confirm_relationship`,
    /// `problem:<key>`, `other`.
    pub key: String,
    pub text: String,
    pub text_en: String,
    pub amount_fen: Option<i64>,
    pub working: Vec<Working>,
    /// Arbitration money claims only; `None` when no amount or no
    /// minimum-wage row for the day.
    pub final_award: Option<FinalAward>,
    /// Form fields (paths) still needed to compute the amount.
    pub missing: Vec<&'static str>,
    /// The clauses the claim itself rests on (printed after it).
    pub basis: Vec<Cite>,
    /// Every clause: the basis, each line of working, the final award.
    pub cites: Vec<Cite>,
}

/// A statement printed on the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub key: &'static str,
    pub zh: String,
    pub en: String,
    pub cites: Vec<Cite>,
}

/// How many papers to bring (调解仲裁法 第二十八条第一款: copies by the
/// number of respondents).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Copies {
    pub originals: u32,
    pub copies: u32,
    pub total: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Item {
    pub text: String,
    pub detail: String,
}

/// One document, as handed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    pub body: Body,
    pub title: &'static str,
    pub title_en: &'static str,
    pub parties: Vec<Party>,
    pub claims_heading: &'static str,
    pub claims_heading_en: &'static str,
    pub claims: Vec<Claim>,
    /// Claims the calculators worked out at ¥0 (for example double wages
    /// when the contract was signed within the first month, 实施条例
    /// 第六条): not printed, since nobody hands in a claim for nothing; the
    /// UI shows them with their working so the person sees why.
    pub nothing_owed: Vec<Claim>,
    pub facts_heading: &'static str,
    pub facts_heading_en: &'static str,
    /// Facts and reasons in Chinese: the person's edit, or composed.
    pub facts: String,
    /// English reading aid of the composed text (the document stays Chinese).
    pub facts_en: String,
    /// The person edited the Chinese text (the reading aid is of the composed one).
    pub facts_edited: bool,
    /// The Chinese text composed for this paper, edited or not (what an
    /// edit is compared with).
    #[serde(skip)]
    pub facts_composed: String,
    pub evidence_heading: &'static str,
    pub evidence_heading_en: &'static str,
    /// Evidence (item, source).
    pub evidence: Vec<Item>,
    /// Witnesses (name, address or phone).
    pub witnesses: Vec<Item>,
    pub notices: Vec<Notice>,
    pub copies: Option<Copies>,
    pub addressee: &'static str,
    pub addressee_en: &'static str,
    pub signer: &'static str,
    pub signer_en: &'static str,
    /// The clauses the document rests on.
    pub basis: Vec<Cite>,
}

// ───────────────────────────── formatting ─────────────────────────────

/// `123456789` fen → `1,234,567.89`.
pub fn yuan(fen: i64) -> String {
    let neg = fen < 0;
    let f = fen.unsigned_abs();
    let int = (f / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{}{grouped}.{:02}", if neg { "-" } else { "" }, f % 100)
}

pub fn date_zh(d: Date) -> String {
    let (y, m, dd) = d.ymd();
    format!("{y}年{m}月{dd}日")
}

fn halves(h: i64) -> String {
    if h % 2 == 0 {
        (h / 2).to_string()
    } else {
        format!("{}.5", h / 2)
    }
}

/// One step of a calculation in words (money.rs keys).
pub fn working_line(lang: Lang, step: &Step) -> String {
    let f = |n: &str| match step.arg(n) {
        Some(Value::Fen(v)) => yuan(v),
        Some(Value::Count(v)) | Some(Value::Percent(v)) => v.to_string(),
        Some(Value::HalfMonths(v)) => halves(v),
        Some(Value::Hundredths(v)) => format!("{}.{:02}", v / 100, v % 100),
        Some(Value::Date(d)) => match lang {
            Lang::Zh => date_zh(d),
            Lang::En => d.to_string(),
        },
        None => "?".into(),
    };
    // As the facts print them (36.5, not 36.50).
    let hours = |n: &str| match step.arg(n) {
        Some(Value::Hundredths(h)) => hours_text(h),
        _ => "?".into(),
    };
    let zh = lang == Lang::Zh;
    match step.key {
        "as_stated" => {
            if zh {
                format!("按本人填写的金额：{}元", f("amount_fen"))
            } else {
                format!("The amount you gave: ¥{}", f("amount_fen"))
            }
        }
        "unpaid_full_months" => {
            if zh {
                format!("月工资{}元 × {}个月 = {}元", f("monthly_fen"), f("months"), f("subtotal_fen"))
            } else {
                format!("Monthly wage ¥{} × {} = ¥{}", f("monthly_fen"), count_en(&f("months"), "month"), f("subtotal_fen"))
            }
        }
        "unpaid_part_month_days" => {
            if zh {
                format!("月工资{}元 ÷ {}天 × {}天 = {}元", f("monthly_fen"), f("paid_days_per_month"), f("days"), f("subtotal_fen"))
            } else {
                format!(
                    "Monthly wage ¥{} ÷ {} days × {} = ¥{}",
                    f("monthly_fen"),
                    f("paid_days_per_month"),
                    count_en(&f("days"), "day"),
                    f("subtotal_fen")
                )
            }
        }
        "total" => {
            if zh {
                format!("合计：{}元", f("amount_fen"))
            } else {
                format!("Total: ¥{}", f("amount_fen"))
            }
        }
        "rounded_once" => {
            if zh {
                format!("上面各项已四舍五入到分，相加为{}元；合计按未经四舍五入的数额计算，为{}元", f("lines_fen"), f("amount_fen"))
            } else {
                format!(
                    "The lines above are rounded to the fen and add up to ¥{}; the total is worked out before rounding: ¥{}",
                    f("lines_fen"),
                    f("amount_fen")
                )
            }
        }
        "double_wage_rule" => {
            if zh {
                format!("用工之日{}，月工资{}元；超过一个月不满一年未订立书面劳动合同的，每月支付二倍工资", f("job_start"), f("monthly_fen"))
            } else {
                format!("Work began {}, monthly wage ¥{}; with no written contract after one month and within a year, the employer owes one extra month's wage for each such month", f("job_start"), f("monthly_fen"))
            }
        }
        "double_wage_within_first_month" => {
            if zh {
                format!("二倍工资自{}起计算，此前已订立合同或离职，无二倍工资", f("owed_from"))
            } else {
                format!("Double wages run from {}; the period ended before that, so none is owed", f("owed_from"))
            }
        }
        "double_wage_period" => {
            if zh {
                format!("应支付二倍工资的期间：{}至{}", f("from"), f("to"))
            } else {
                format!("Period owed: {} to {}", f("from"), f("to"))
            }
        }
        "double_wage_capped_at_one_year" => {
            if zh {
                // The 11 months of practice (money::double_wage_period), not
                // a day named 满一年: counting a month as the module does
                // (满一个月 on its last day), 满一年 would be the day before
                // the anniversary, and a reader could count one day fewer.
                format!("用工满一年仍未订立书面劳动合同的，视为已订立无固定期限劳动合同，二倍工资最多计11个月，计至{}", f("to"))
            } else {
                format!("After a year of work still without a written contract, an open-ended contract is deemed concluded: double wages count for 11 months at most, to {}", f("to"))
            }
        }
        "double_wage_months" => {
            if zh {
                format!("{}个月 × {}元 = {}元", f("months"), f("monthly_fen"), f("subtotal_fen"))
            } else {
                format!("{} × ¥{} = ¥{}", count_en(&f("months"), "month"), f("monthly_fen"), f("subtotal_fen"))
            }
        }
        "double_wage_part_month" => {
            if zh {
                format!("{}天 ÷ 当月{}天 × {}元 = {}元", f("days"), f("days_in_that_month"), f("monthly_fen"), f("subtotal_fen"))
            } else {
                format!(
                    "{} ÷ {} days in that month × ¥{} = ¥{}",
                    count_en(&f("days"), "day"),
                    f("days_in_that_month"),
                    f("monthly_fen"),
                    f("subtotal_fen")
                )
            }
        }
        "double_wage_from_law" => {
            if zh {
                format!("用工之日{}在劳动合同法施行之前：未订立书面劳动合同的，应当自{}起一个月内订立，二倍工资自此计算", f("job_start"), f("from"))
            } else {
                format!("Work began {}, before the Labour Contract Law took effect: a written contract was due within a month of {}, so double wages are counted from then", f("job_start"), f("from"))
            }
        }
        "comp_service_from_law" => {
            if zh {
                format!("用工之日{}在劳动合同法施行之前：经济补偿年限自{}起计算；此前的年限，按当时有关规定应当支付经济补偿的，按当时规定执行，未计入本金额", f("job_start"), f("from"))
            } else {
                format!("Work began {}, before the Labour Contract Law took effect: compensation years count from {}; earlier years earn compensation only where the rules then in force gave it, under those rules, and are not in this amount", f("job_start"), f("from"))
            }
        }
        "comp_service_length" => {
            if zh {
                format!("工作年限{}年{}个月{}天，计{}个月工资", f("years"), f("months"), f("days"), f("months_of_pay"))
            } else {
                format!(
                    "Service: {}, {}, {} → {}",
                    count_en(&f("years"), "year"),
                    count_en(&f("months"), "month"),
                    count_en(&f("days"), "day"),
                    pay_en(&f("months_of_pay"))
                )
            }
        }
        "comp_base_raised_to_minimum" => {
            if zh {
                format!("月平均工资{}元低于当地最低工资标准{}元，按最低工资标准计算", f("monthly_avg_fen"), f("minimum_wage_fen"))
            } else {
                format!("Average wage ¥{} is below the minimum wage ¥{}; the minimum is used", f("monthly_avg_fen"), f("minimum_wage_fen"))
            }
        }
        "comp_base_capped" => {
            if zh {
                format!("月工资{}元高于上年度职工月平均工资{}元的三倍，按{}元计算", f("monthly_fen"), f("city_avg_monthly_fen"), f("cap_fen"))
            } else {
                format!("Wage ¥{} is above 3 × the city average ¥{}; ¥{} is used", f("monthly_fen"), f("city_avg_monthly_fen"), f("cap_fen"))
            }
        }
        "comp_cap_not_applied" => {
            if zh {
                "没有填本市上年度职工月平均工资，没有按上限计算：月工资高于它三倍的，按它的三倍、最多十二年计算，请到窗口核对".into()
            } else {
                "The city's average monthly wage for last year was not given, so no cap is applied: a wage above 3 times it counts as 3 times it, for at most twelve years; check at the window".into()
            }
        }
        "comp_years_capped" => {
            if zh {
                format!("支付经济补偿的年限最高不超过十二年：{}个月改按{}个月计", f("months_of_pay"), f("capped"))
            } else {
                format!("At most twelve years count: {} becomes {}", pay_en(&f("months_of_pay")), pay_en(&f("capped")))
            }
        }
        "comp_amount" => {
            if zh {
                format!("{}元 × {}个月 = {}元", f("base_fen"), f("months_of_pay"), f("amount_fen"))
            } else {
                format!("¥{} × {} = ¥{}", f("base_fen"), count_en(&f("months_of_pay"), "month"), f("amount_fen"))
            }
        }
        "damages_double" => {
            if zh {
                format!("经济补偿标准{}元 × 2 = {}元", f("compensation_fen"), f("amount_fen"))
            } else {
                format!("Compensation standard ¥{} × 2 = ¥{}", f("compensation_fen"), f("amount_fen"))
            }
        }
        "damages_instead_of_compensation" => {
            if zh {
                "支付赔偿金的，不再支付经济补偿".into()
            } else {
                "Damages replace (are not added to) economic compensation".into()
            }
        }
        "hourly_wage" => {
            if zh {
                format!("小时工资 = {}元 ÷ {}天 ÷ {}小时 ≈ {}元", f("monthly_fen"), f("paid_days_per_month"), f("hours_per_day"), f("hourly_fen"))
            } else {
                format!(
                    "Hourly wage = ¥{} ÷ {} days ÷ {} hours ≈ ¥{}",
                    f("monthly_fen"),
                    f("paid_days_per_month"),
                    f("hours_per_day"),
                    f("hourly_fen")
                )
            }
        }
        "overtime_extended" | "overtime_rest_day" | "overtime_holiday" => {
            let (zk, ek) = match step.key {
                "overtime_extended" => ("延长工作时间", "Weekday overtime"),
                "overtime_rest_day" => ("休息日加班", "Rest-day work"),
                _ => ("法定休假日加班", "Public-holiday work"),
            };
            if zh {
                format!("{zk}{}小时 × 小时工资 × {}% = {}元", hours("hours"), f("percent"), f("subtotal_fen"))
            } else {
                format!("{ek} {} h × hourly wage × {}% = ¥{}", hours("hours"), f("percent"), f("subtotal_fen"))
            }
        }
        other => other.to_string(),
    }
}

fn workings(c: &Calculation) -> Vec<Working> {
    c.steps.iter().map(|s| Working { zh: working_line(Lang::Zh, s), en: working_line(Lang::En, s), cite: s.cite }).collect()
}

fn push_cite(v: &mut Vec<Cite>, c: Cite) {
    if !v.contains(&c) {
        v.push(c);
    }
}

// ───────────────────────────── inputs ─────────────────────────────

/// The cleaned, parsed values the documents use. Invalid inputs count as
/// missing (the form shows their errors).
struct Inputs {
    today: Date,
    wage: Option<i64>,
    job_start: Option<Date>,
    job_end: Option<Date>,
    signed: Option<Date>,
    left: bool,
    /// Wages owed for (months, working days); `None` if the form refuses them.
    owed: Option<(i64, i64)>,
}

impl Inputs {
    fn new(s: &Situation, d: &Details, today: Date) -> Inputs {
        let date = |raw: &str, fallback: Option<Date>| match details::date_field(raw) {
            Ok(Some(x)) if x <= today => Some(x),
            Ok(None) => fallback,
            _ => None,
        };
        let c = &d.claims;
        let (job_start, job_end) = (date(&c.job_start, s.dates.job_start), date(&c.job_end, s.dates.job_end));
        Inputs {
            today,
            wage: details::amount_used(&c.monthly_wage),
            job_start,
            job_end,
            signed: date(&c.contract_signed, crate::deadlines::contract_signed(s)),
            left: s.employment == Employment::Left || !line(&c.job_end).is_empty(),
            owed: details::unpaid_period(c, job_start, job_end.unwrap_or(today)),
        }
    }

    /// Where the months without a contract stop (a "signing" after the
    /// last day worked is none: a review found the papers claiming double
    /// wages past leaving); `None`: left on a day not given.
    fn contract_end(&self) -> Option<ContractEnd> {
        ContractEnd::of(self.signed, self.left, self.job_end, self.today)
    }
}

/// A note under the monthly wage field when the wage typed is below the
/// monthly minimum wage in force (today's while still there): a slip of a
/// digit ("210" for "2100") would otherwise go onto the papers unseen, and a
/// true figure is a breach of its own (劳动法 第四十八条), unless the work is
/// part-time, paid by the hour (劳动合同法 第七十二条). Never an error: the
/// figure may be right. Someone who has left gives the average of their last
/// 12 months (the field says so): it is compared with the lowest standard in
/// force in those months, so a raise of the standard within them is not
/// taken for underpay. `None` when the wage is not a
/// valid amount, the table does not cover those days, or there is no
/// employer the labour law binds (a household, or no employer at all:
/// 解释（一）第二条).
/// What to say after a minimum wage figure: `unconfirmed` (its wording)
/// until the bureau confirms the row, and, once its last check is over a
/// year old, that it may have been raised since (the table ages silently).
fn wage_row_caveat(m: &places::MinimumWage, today: Date, unconfirmed: &str) -> (String, String) {
    let (mut zh, mut en) =
        if m.confirmed { (String::new(), String::new()) } else { (unconfirmed.to_string(), "; to be confirmed by the bureau".to_string()) };
    if let Some(checked) = m.as_of_date().filter(|_| m.may_be_stale(today)) {
        zh.push_str(&format!("；{}核对，之后可能已经调整，以窗口告知为准", date_zh(checked)));
        en.push_str(&format!("; checked on {checked}, it may have changed since: ask at the window"));
    }
    (zh, en)
}

pub fn wage_below_minimum(s: &Situation, d: &Details, today: Date) -> Option<Notice> {
    if matches!(s.employer_type, EmployerType::HouseholdOrIndividual | EmployerType::SelfEmployed) {
        return None;
    }
    let i = Inputs::new(s, d, today);
    let wage = i.wage.filter(|&w| w > 0)?;
    let m = if i.left { places::lowest_minimum_wage(i.job_end?.add_months(-12).add_days(1), i.job_end?)? } else { places::minimum_wage_on(today)? };
    if wage >= m.monthly_fen {
        return None;
    }
    let (check_zh, check_en) = wage_row_caveat(m, today, "，待人社局确认");
    // The problem's own label in each language, as the interview shows it.
    let label = |lang| crate::rules::text_or_key(lang, "fact.problem.below_minimum_wage");
    let (add_zh, add_en) = if s.problems.contains(&Problem::BelowMinimumWage) {
        (String::new(), String::new())
    } else {
        (format!("如果属实，可以在回答里加选“{}”。", label(Lang::Zh)), format!(" If it is right, you can add “{}” to your answers.", label(Lang::En)))
    };
    Some(Notice {
        key: "wage_below_minimum",
        zh: format!(
            "这个数额低于当地最低工资标准（每月{}元，{}起执行，{}{check_zh}）。请核对是否填错。全日制工作的工资不得低于这个标准（劳动法 第四十八条），按小时计酬的非全日制工作另有小时标准（劳动合同法 第七十二条）。{add_zh}",
            yuan(m.monthly_fen), m.from_date().map_or(m.from.to_string(), date_zh), m.source
        ),
        en: format!(
            "This is below the local minimum wage (¥{} a month from {}, {}{check_en}). Please check it for a slip. Full-time pay may not be lower (Labour Law, art. 48); part-time work paid by the hour has an hourly minimum instead (Labour Contract Law, art. 72).{add_en}",
            yuan(m.monthly_fen), m.from, m.source
        ),
        cites: vec![cite(money::LABOUR_LAW, "第四十八条"), cite(LCL, "第七十二条")],
    })
}

/// The job's dates typed on the form that are not the interview's: each
/// field's path and the interview's date (`None`: not given there). The
/// papers use the form's; the result's limits and steps were counted from
/// the interview's, so the form says so under the field (a leaving date
/// put right on the form had moved the paper's dates and not the last day
/// to apply). The start date only with a missing contract (the only limit
/// counted from it); the signing date with a missing contract (the
/// interview asks it then).
pub fn dates_unlike_interview(s: &Situation, d: &Details, today: Date) -> Vec<(&'static str, Option<Date>)> {
    let c = &d.claims;
    [
        ("claims.job_start", &c.job_start, s.dates.job_start, s.problems.contains(&Problem::NoContract)),
        ("claims.job_end", &c.job_end, s.dates.job_end, true),
        ("claims.contract_signed", &c.contract_signed, crate::deadlines::contract_signed(s), s.problems.contains(&Problem::NoContract)),
    ]
    .into_iter()
    .filter_map(|(path, raw, asked_date, asked)| match details::date_field(raw) {
        Ok(Some(x)) if asked && x <= today && Some(x) != asked_date => Some((path, asked_date)),
        _ => None,
    })
    .collect()
}

fn as_stated(amount: i64) -> Calculation {
    Calculation {
        amount_fen: amount,
        steps: vec![Step {
            key: "as_stated", args: vec![money::Arg { name: "amount_fen", value: Value::Fen(amount) }], cite: cite(LCL, "第三十条")
        }],
    }
}

/// How long the wages are owed, as the person gave it in the calculator
/// (whole months, then working days), in Chinese and English; `None` when
/// not given. The facts say it because Zhengzhou puts an employer two months
/// in arrears under focused inspection (郑州市劳动用工条例 第三十九条).
fn owed_for(i: &Inputs) -> Option<(String, String)> {
    let (months, days) = i.owed?;
    let m_en = if months == 1 { "1 month".to_string() } else { format!("{months} months") };
    let d_en = if days == 1 { "1 working day".to_string() } else { format!("{days} working days") };
    match (months > 0, days > 0) {
        (true, true) => Some((format!("{months}个月零{days}个工作日"), format!("{m_en} and {d_en}"))),
        (true, false) => Some((format!("{months}个月"), m_en)),
        (false, true) => Some((format!("{days}个工作日"), d_en)),
        (false, false) => None,
    }
}

/// The unpaid-wage calculation, or the fields it still needs.
fn unpaid(d: &Details, i: &Inputs) -> Result<Calculation, Vec<&'static str>> {
    if let Some(a) = details::amount_used(&d.claims.unpaid_amount) {
        return Ok(as_stated(a));
    }
    // What is still needed, read as "fill in all of these": the total alone,
    // or the calculator's wage beside the months (or days) owed. It had
    // asked for the total and the wage together, more than either way needs.
    // Nothing given: the total is all it needs (the days were listed as
    // needed, and the months under their "Or:" label, a review found).
    let Some((months, days)) = i.owed else {
        return Err(vec!["claims.unpaid_amount"]);
    };
    match i.wage {
        Some(w) if months + days > 0 => money::unpaid_wages(w, months, days).map_err(|_| vec!["claims.monthly_wage"]),
        None if months + days > 0 => Err(vec!["claims.monthly_wage"]),
        _ => Err(vec!["claims.unpaid_amount"]),
    }
}

fn double(i: &Inputs) -> Result<Calculation, Vec<&'static str>> {
    let mut missing = Vec::new();
    if i.wage.is_none() {
        missing.push("claims.monthly_wage");
    }
    if i.job_start.is_none() {
        missing.push("claims.job_start");
    }
    let (Some(w), Some(start)) = (i.wage, i.job_start) else { return Err(missing) };
    let Some(end) = i.contract_end() else { return Err(vec!["claims.job_end"]) };
    money::double_wages(start, end, w).map_err(|_| vec!["claims.contract_signed"])
}

/// `from_first_day`: damages (第八十七条) count service from the first day of
/// work (实施条例 第二十五条); economic compensation only from 2008-01-01 for
/// an earlier start ([`money::compensation_service`], 第九十七条第三款).
fn compensation_input(d: &Details, i: &Inputs, from_first_day: bool) -> Result<money::CompensationInput, Vec<&'static str>> {
    let mut missing = Vec::new();
    for (v, p) in [(i.wage.is_none(), "claims.monthly_wage"), (i.job_start.is_none(), "claims.job_start"), (i.job_end.is_none(), "claims.job_end")] {
        if v {
            missing.push(p);
        }
    }
    let (Some(w), Some(start), Some(end)) = (i.wage, i.job_start, i.job_end) else { return Err(missing) };
    let (service, pre_law_start) =
        if from_first_day { money::Service::between(start, end).map(|s| (s, None)) } else { money::compensation_service(start, end) }
            .ok_or_else(|| vec!["claims.job_end"])?;
    Ok(money::CompensationInput {
        service,
        pre_law_start,
        monthly_avg_fen: w,
        city_avg_monthly_fen: details::amount_used(&d.claims.city_avg_wage),
        minimum_wage_fen: places::minimum_wage_on(end).map(|m| m.monthly_fen),
    })
}

/// Economic compensation (第四十六条, 第四十七条), whichever way the job ended.
fn compensation(d: &Details, i: &Inputs) -> Result<Calculation, Vec<&'static str>> {
    compensation_input(d, i, false).and_then(|x| money::economic_compensation(&x).map_err(|_| vec!["claims.monthly_wage"]))
}

/// Damages for an unlawful dismissal (第八十七条).
fn damages(d: &Details, i: &Inputs) -> Result<Calculation, Vec<&'static str>> {
    compensation_input(d, i, true).and_then(|x| money::illegal_termination(&x).map_err(|_| vec!["claims.monthly_wage"]))
}

fn overtime(d: &Details, i: &Inputs) -> Result<Calculation, Vec<&'static str>> {
    let h = |s: &str| details::hours_hundredths(s).unwrap_or(0).min(details::MAX_HOURS * 100);
    let input = money::OvertimeInput {
        monthly_fen: i.wage.unwrap_or(0),
        extended_hundredths: h(&d.claims.overtime_weekday_hours),
        rest_day_hundredths: h(&d.claims.overtime_rest_day_hours),
        holiday_hundredths: h(&d.claims.overtime_holiday_hours),
    };
    let mut missing = Vec::new();
    if i.wage.is_none() {
        missing.push("claims.monthly_wage");
    }
    if input.extended_hundredths + input.rest_day_hundredths + input.holiday_hundredths == 0 {
        missing.push("claims.overtime_weekday_hours");
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    money::overtime(&input).map_err(|_| vec!["claims.monthly_wage"])
}

// ───────────────────────────── claims ─────────────────────────────

struct ClaimSpec {
    key: String,
    zh: String,
    en: String,
    calc: Option<Result<Calculation, Vec<&'static str>>>,
    cites: Vec<Cite>,
}

fn spec(key: &str, zh: &str, en: &str, calc: Option<Result<Calculation, Vec<&'static str>>>, cites: &[Cite]) -> ClaimSpec {
    ClaimSpec { key: key.into(), zh: zh.into(), en: en.into(), calc, cites: cites.to_vec() }
}

fn finish(spec: ClaimSpec, threshold: Option<i64>, flag: bool) -> Claim {
    let (amount, working, missing, mut cites) = match spec.calc {
        Some(Ok(c)) => {
            let mut cites = Vec::new();
            for s in &c.steps {
                push_cite(&mut cites, s.cite);
            }
            (Some(c.amount_fen), workings(&c), Vec::new(), cites)
        }
        Some(Err(m)) => (None, Vec::new(), m, Vec::new()),
        None => (None, Vec::new(), Vec::new(), Vec::new()),
    };
    for c in spec.cites.iter().rev() {
        if !cites.contains(c) {
            cites.insert(0, *c);
        }
    }
    let basis = spec.cites.clone();
    let (mut text, mut text_en) = (spec.zh, spec.en);
    match amount {
        // Nothing owed: the claim goes to `nothing_owed`, without an amount.
        Some(0) => {}
        Some(a) => {
            text.push_str(&format!("，共计人民币{}元", yuan(a)));
            text_en.push_str(&format!(": ¥{} in total", yuan(a)));
        }
        // A claim left as a line to write on has no amount to work out yet.
        None if !missing.is_empty() && !text.contains(NOT_GIVEN) => {
            text.push_str("（金额待核算）");
            text_en.push_str(" (amount to be worked out)");
        }
        None => {}
    }
    let final_award = match (flag, amount, threshold) {
        (true, Some(a), Some(t)) if a > 0 => {
            push_cite(&mut cites, money::FINAL_AWARD_CITE);
            Some(FinalAward { threshold_fen: t, under: money::under_final_award_threshold(a, t) })
        }
        _ => None,
    };
    Claim { key: spec.key, text, text_en, amount_fen: amount, working, final_award, missing, basis, cites }
}

fn problem_label(lang: Lang, p: Problem) -> String {
    text_or_key(lang, &format!("fact.problem.{}", p.key()))
}

fn other_claims(d: &Details) -> Vec<ClaimSpec> {
    d.claims
        .other
        .iter()
        .filter(|o| !line(&o.text).is_empty())
        .map(|o| {
            // "请求裁决被申请人…" typed in full is not printed twice.
            let typed = line(&o.text);
            let t = ["请求裁决被申请人", "请求被申请人", "请求裁决", "要求被申请人"]
                .iter()
                .find_map(|p| typed.strip_prefix(p))
                .map(|t| t.trim_start_matches(['：', ':', '，', ' ']))
                .filter(|t| !t.is_empty())
                .unwrap_or(&typed);
            // The person's own figure for a claim of their own: no working
            // line and no clause (劳动合同法 第三十条 is about wages, and a
            // deposit or a certificate may be asked for here).
            let calc = details::amount_used(&o.amount).map(|a| Ok(Calculation { amount_fen: a, steps: vec![] }));
            ClaimSpec {
                key: "other".into(), zh: format!("请求裁决被申请人{t}"), en: format!("That the respondent: {t}"), calc, cites: vec![]
            }
        })
        .collect()
}

/// The claims for the arbitration application's `problems`; the whole case
/// `s` tells the injury's kind: a child labourer's, or a worker's the
/// employer gave no social insurance or paid it short.
fn arbitration_claims(d: &Details, i: &Inputs, problems: &[Problem], confirm: bool, s: &Situation) -> Vec<ClaimSpec> {
    let child = s.injured_child();
    let uninsured = s.problems.contains(&Problem::NoSocialInsurance);
    let arrears = s.problems.contains(&Problem::SocialInsuranceArrears);
    let mut out = Vec::new();
    if confirm {
        out.push(spec(
            "confirm_relationship",
            "请求确认申请人与被申请人之间存在劳动关系",
            "That a labour relationship between the applicant and the respondent be confirmed",
            None,
            &[cite(ARB, "第二条")],
        ));
    }
    for &p in problems {
        let ended = job_ended(p, problems, d);
        let c = match p {
            // A dismissal's claim (damages, the contract continued, or the
            // compensation itself) takes the place of a separate claim for
            // economic compensation for the same end of the job:
            // 劳动合同法 第四十八条; 实施条例 第二十五条 (damages: "不再支付经济补偿").
            Problem::CompensationUnpaid if problems.contains(&Problem::Dismissed) => continue,
            Problem::WagesUnpaid => spec("unpaid_wages", "请求裁决被申请人支付拖欠的工资", "That the respondent pay the wages owed", Some(unpaid(d, i)), &[cite(LCL, "第三十条")]),
            Problem::NoContract => spec(
                "double_wages",
                "请求裁决被申请人支付未订立书面劳动合同期间的另一倍工资",
                "That the respondent pay the extra wage (the second half of “double wages”) for each month without a written contract",
                Some(double(i)),
                &[cite(LCL, "第八十二条")],
            ),
            Problem::OvertimeRest => spec("overtime", "请求裁决被申请人支付加班工资", "That the respondent pay overtime wages", Some(overtime(d, i)), &[cite(money::LABOUR_LAW, "第四十四条")]),
            Problem::CompensationUnpaid if ended.is_none() => spec(
                "compensation",
                "请求裁决被申请人支付解除（终止）劳动合同的经济补偿",
                "That the respondent pay economic compensation for the end of the contract",
                Some(compensation(d, i)),
                &[cite(LCL, "第四十六条"), cite(LCL, "第四十七条")],
            ),
            // The worker ended the contract because of the employer's breach
            // (第三十八条): economic compensation (第四十六条（一）), not damages
            // for an unlawful dismissal (第八十七条 needs the employer to end it).
            Problem::Dismissed | Problem::CompensationUnpaid if ended == Some(DismissalRemedy::QuitForCause) => spec(
                "compensation",
                "请求裁决被申请人支付申请人依法解除劳动合同的经济补偿",
                "That the respondent pay economic compensation for the contract the applicant ended because of the respondent's breach",
                Some(compensation(d, i)),
                &[cite(LCL, "第三十八条"), cite(LCL, "第四十六条"), cite(LCL, "第四十七条")],
            ),
            // Dismissed or laid off lawfully (第四十条, 第四十一条) without the
            // compensation 第四十六条（三）（四） gives: the compensation, once.
            Problem::Dismissed | Problem::CompensationUnpaid if ended == Some(DismissalRemedy::Compensation) => spec(
                "compensation",
                "请求裁决被申请人支付解除劳动合同的经济补偿",
                "That the respondent pay economic compensation for the contract it ended",
                Some(compensation(d, i)),
                &[cite(LCL, "第四十六条"), cite(LCL, "第四十七条")],
            ),
            Problem::Dismissed if d.claims.remedy() == Some(DismissalRemedy::Reinstate) => spec(
                "reinstate",
                "请求裁决被申请人继续履行劳动合同",
                "That the respondent continue the labour contract",
                None,
                &[cite(LCL, "第四十八条")],
            ),
            // Not chosen yet: no claim is made up (the form's check asks). A
            // paper printed as it is gets a line to write the claim on, with
            // the choices (a review found the form's instruction printed).
            Problem::Dismissed if d.claims.remedy().is_none() => spec(
                "problem:dismissed",
                &format!("请求裁决被申请人{NOT_GIVEN}（继续履行劳动合同，或者支付赔偿金、经济补偿）"),
                "That the respondent ________ (continue the labour contract, or pay damages or economic compensation)",
                Some(Err(vec!["claims.dismissal_remedy"])),
                &[],
            ),
            Problem::Dismissed => spec(
                "damages",
                "请求裁决被申请人支付违法解除劳动合同的赔偿金",
                "That the respondent pay damages for unlawful termination",
                Some(damages(d, i)),
                &[cite(LCL, "第四十八条"), cite(LCL, "第八十七条")],
            ),
            // A child labourer: the one-time compensation for using a child
            // (工伤保险条例 第六十六条), and the treatment's costs the employer
            // bears (禁止使用童工规定 第十条); not benefits as a worker.
            // The child's own application names no death (a usability
            // review); a near relative's may be for one.
            Problem::WorkInjury if child && s.reporter == Reporter::Worker => spec(
                "problem:work_injury",
                "请求裁决被申请人支付使用童工造成童工伤残的一次性赔偿，并负担治疗期间的全部医疗和生活费用（具体项目和金额待核算）",
                "That the respondent pay the one-time compensation for the disability of the child it employed, and all medical and living costs during treatment (items and amounts to be worked out)",
                None,
                &[cite(INJURY_REGS, "第六十六条"), cite(CHILD_LABOUR_REGS, "第十条")],
            ),
            Problem::WorkInjury if child => spec(
                "problem:work_injury",
                "请求裁决被申请人支付使用童工造成童工伤残（或死亡）的一次性赔偿，并负担治疗期间的全部医疗和生活费用（具体项目和金额待核算）",
                "That the respondent pay the one-time compensation for the disability (or death) of the child it employed, and all medical and living costs during treatment (items and amounts to be worked out)",
                None,
                &[cite(INJURY_REGS, "第六十六条"), cite(CHILD_LABOUR_REGS, "第十条")],
            ),
            // The items depend on the injury (and a disability grade), so
            // no amount; an employer that did not insure pays them itself.
            Problem::WorkInjury if uninsured => spec(
                "problem:work_injury",
                "请求裁决被申请人按照工伤保险待遇项目和标准支付工伤待遇（具体项目和金额待核算）",
                "That the respondent pay the work-injury benefits by the insurance's items and standards (items and amounts to be worked out)",
                None,
                &[cite(INJURY_REGS, "第六十二条"), cite(ARB, "第二条")],
            ),
            // Contributions short or stopped: whether the injury insurance was
            // in force is not known, and an employer that did not pay it
            // pays the benefits itself (社会保险法 第四十一条): what it owes,
            // by the insurance's items, without saying which.
            Problem::WorkInjury if arrears => spec(
                "problem:work_injury",
                "请求裁决被申请人按照工伤保险待遇项目和标准支付依法应由其承担的工伤待遇（具体项目和金额待核算）",
                "That the respondent pay the work-injury benefits it owes by the insurance's items and standards (items and amounts to be worked out)",
                None,
                &[cite(SI_LAW, "第三十九条"), cite(SI_LAW, "第四十一条"), cite(INJURY_REGS, "第六十二条"), cite(ARB, "第二条")],
            ),
            // Insured: the fund pays most items through the insurance
            // agency; the employer owes its own (社会保险法 第三十九条: the
            // wage while off work, 第三十三条; a grade 5–6 allowance when it
            // has no work to give, 第三十六条; the one-time employment grant
            // when the contract ends, 第三十六条、第三十七条: only for someone
            // who has left).
            Problem::WorkInjury if i.left => spec(
                "problem:work_injury",
                "请求裁决被申请人支付应由用人单位支付的工伤待遇（如停工留薪期工资、一次性伤残就业补助金，具体项目和金额待核算）",
                "That the respondent pay the work-injury benefits the employer owes (such as wages for the time off work and the one-time disability employment grant; items and amounts to be worked out)",
                None,
                &[cite(SI_LAW, "第三十九条"), cite(INJURY_REGS, "第三十三条"), cite(INJURY_REGS, "第三十六条"), cite(INJURY_REGS, "第三十七条"), cite(ARB, "第二条")],
            ),
            Problem::WorkInjury => spec(
                "problem:work_injury",
                "请求裁决被申请人支付应由用人单位支付的工伤待遇（如停工留薪期工资、伤残津贴，具体项目和金额待核算）",
                "That the respondent pay the work-injury benefits the employer owes (such as wages for the time off work and a disability allowance; items and amounts to be worked out)",
                None,
                &[cite(SI_LAW, "第三十九条"), cite(INJURY_REGS, "第三十三条"), cite(INJURY_REGS, "第三十六条"), cite(ARB, "第二条")],
            ),
            Problem::SocialInsuranceLoss => spec(
                "problem:social_insurance_loss",
                "请求裁决被申请人赔偿因未办理社会保险手续造成的损失",
                "That the respondent compensate the loss caused by never enrolling the applicant in social insurance",
                None,
                &[cite(INTERPRETATION_1, "第一条"), cite(ARB, "第二条")],
            ),
            Problem::ContractChange => spec(
                "problem:contract_change",
                "请求裁决被申请人按照劳动合同的约定履行义务，未经协商一致不得变更劳动合同的内容",
                "That the respondent perform the labour contract as agreed, and change it only by agreement",
                None,
                &[cite(LCL, "第二十九条"), cite(LCL, "第三十五条")],
            ),
            Problem::DocumentsOrDeposit => spec(
                "problem:documents_or_deposit",
                "请求裁决被申请人退还扣押的身份证等证件和收取的押金",
                "That the respondent return the identity papers it holds and the deposit it took",
                None,
                &[cite(LCL, "第八十四条")],
            ),
            // Paid below the minimum wage: the difference is pay owed (劳动法
            // 第四十八条; 劳动合同法 第八十五条 has the employer pay it). The
            // months are not asked, so no amount: the facts name both figures.
            Problem::BelowMinimumWage => spec(
                "minimum_wage_difference",
                "请求裁决被申请人补足低于当地最低工资标准的工资差额",
                "That the respondent pay the difference between the wages paid and the local minimum wage",
                None,
                &[cite(money::LABOUR_LAW, "第四十八条"), cite(LCL, "第八十五条")],
            ),
            Problem::FemaleMinorProtection => {
                let (who, who_en) = protected_as(d, true, i);
                spec(
                    "problem:female_minor_protection",
                    &format!("请求裁决被申请人依法给予申请人{who}特殊劳动保护的待遇"),
                    &format!("That the respondent give the applicant the special protection{who_en}"),
                    None,
                    &[cite(money::LABOUR_LAW, "第五十八条"), cite(ARB, "第二条")],
                )
            }
            other => ClaimSpec {
                key: format!("problem:{}", other.key()),
                zh: format!("请求依法裁决：{}", problem_label(Lang::Zh, other)),
                en: format!("That the commission decide: {}", problem_label(Lang::En, other)),
                calc: None,
                cites: vec![cite(ARB, "第二条")],
            },
        };
        out.push(c);
    }
    // A woman dismissed in pregnancy, childbirth or nursing: the clauses
    // that make it unlawful (劳动合同法 第四十二条(四), 女职工劳动保护特别规定
    // 第五条), beside the remedy.
    if problems.contains(&Problem::FemaleMinorProtection) && protected_as(d, true, i).0 == "女职工" {
        for c in out.iter_mut().filter(|c| c.key == "damages" || c.key == "reinstate") {
            c.cites.extend([cite(LCL, "第四十二条"), cite("女职工劳动保护特别规定", "第五条")]);
        }
    }
    out.extend(other_claims(d));
    out
}

fn inspection_requests(d: &Details, i: &Inputs, problems: &[Problem]) -> Vec<ClaimSpec> {
    problems
        .iter()
        .map(|&p| match p {
            Problem::WagesUnpaid => spec(
                "unpaid_wages",
                "请求责令用人单位限期支付拖欠的工资",
                "That the employer be ordered to pay the wages owed by a deadline",
                Some(unpaid(d, i)),
                &[cite(INSPECTION_REGS, "第二十六条")],
            ),
            Problem::BelowMinimumWage => spec(
                "problem:below_minimum_wage",
                "请求责令用人单位限期补足低于当地最低工资标准的差额",
                "That the employer be ordered to make up the shortfall below the local minimum wage",
                None,
                &[cite(INSPECTION_REGS, "第二十六条")],
            ),
            // At inspection only after its order to pay was ignored
            // (`extra_compensation_after_order`): the amount, worked out.
            Problem::CompensationUnpaid => spec(
                "compensation",
                "请求责令用人单位限期支付解除劳动合同的经济补偿",
                "That the employer be ordered to pay the economic compensation for ending the contract by a deadline",
                Some(compensation(d, i)),
                &[cite(INSPECTION_REGS, "第二十六条"), cite(LCL, "第四十七条")],
            ),
            // A contract can no longer be concluded with a worker who has
            // left, nor needs to be once signed late: the complaint asks for
            // the breach to be dealt with (a QA walk found a paper asking for
            // a contract its own facts said was signed).
            Problem::NoContract if i.left || matches!(i.contract_end(), Some(ContractEnd::Signed(_))) => spec(
                "problem:no_contract",
                "请求依法查处用人单位未与劳动者订立书面劳动合同的行为",
                "That the employer's failure to conclude a written labour contract be investigated and dealt with according to law",
                None,
                &[cite(LCL, "第十条"), cite(INSPECTION_REGS, "第二十四条")],
            ),
            Problem::NoContract => spec(
                "problem:no_contract",
                "请求责令用人单位依法与劳动者订立书面劳动合同",
                "That the employer be ordered to conclude a written labour contract",
                None,
                &[cite(LCL, "第十条"), cite(INSPECTION_REGS, "第二十四条")],
            ),
            Problem::OvertimeRest => spec(
                "overtime",
                "请求责令用人单位遵守工作时间和休息休假规定，并支付加班工资",
                "That the employer be ordered to respect working hours and rest, and to pay overtime",
                Some(overtime(d, i)),
                &[cite(INSPECTION_REGS, "第十一条"), cite(money::LABOUR_LAW, "第四十四条")],
            ),
            // The others in the words of 监察条例 第十一条's list, not the worker's.
            Problem::FemaleMinorProtection => spec(
                "problem:female_minor_protection",
                "请求责令用人单位遵守女职工和未成年工特殊劳动保护规定",
                "That the employer be ordered to respect the special protection of women workers and minors",
                None,
                &[cite(INSPECTION_REGS, "第十一条")],
            ),
            Problem::ChildLabour => spec(
                "problem:child_labour",
                "请求依法查处用人单位使用童工的行为",
                "That the employer's use of child labour be investigated",
                None,
                &[cite(INSPECTION_REGS, "第十一条")],
            ),
            Problem::DocumentsOrDeposit => spec(
                "problem:documents_or_deposit",
                "请求责令用人单位退还扣押的身份证等证件和收取的押金",
                "That the employer be ordered to return the identity papers it holds and the deposit it took",
                None,
                &[cite(LCL, "第八十四条")],
            ),
            Problem::NoSocialInsurance => spec(
                "problem:no_social_insurance",
                "请求责令用人单位依法参加社会保险、缴纳社会保险费",
                "That the employer be ordered to enrol in social insurance and pay contributions",
                None,
                &[cite(INSPECTION_REGS, "第十一条"), cite(SI_LAW, "第五十八条")],
            ),
            Problem::SocialInsuranceArrears => spec(
                "problem:social_insurance_arrears",
                "请求责令用人单位按时足额缴纳社会保险费",
                "That the employer be ordered to pay social insurance contributions on time and in full",
                None,
                &[cite(INSPECTION_REGS, "第十一条"), cite(SI_LAW, "第六十条")],
            ),
            other => ClaimSpec {
                key: format!("problem:{}", other.key()),
                zh: format!("请求依法查处：{}", problem_label(Lang::Zh, other)),
                en: format!("That labour-security inspection deal with: {}", problem_label(Lang::En, other)),
                calc: None,
                cites: vec![cite(INSPECTION_REGS, "第十一条")],
            },
        })
        .collect()
}

fn audit_matters(problems: &[Problem]) -> Vec<ClaimSpec> {
    problems
        .iter()
        .map(|&p| match p {
            Problem::NoSocialInsurance => spec(
                "problem:no_social_insurance",
                "用人单位未依法为职工办理社会保险登记、缴纳社会保险费，请求依法责令其限期改正",
                "The employer has not registered its workers for social insurance or paid contributions; please order it to correct this",
                None,
                &[cite(SI_LAW, "第五十八条"), cite(SI_LAW, "第六十条"), cite(SI_LAW, "第八十四条"), cite(SI_LAW, "第八十六条")],
            ),
            Problem::SocialInsuranceArrears => spec(
                "problem:social_insurance_arrears",
                "用人单位未按时足额缴纳社会保险费，请求依法责令其限期缴纳或者补足",
                "The employer has not paid contributions on time and in full; please order it to pay or make up the shortfall",
                None,
                &[cite(SI_LAW, "第六十条"), cite(SI_LAW, "第八十六条")],
            ),
            Problem::SocialInsuranceFraud => spec(
                "problem:social_insurance_fraud",
                "有骗取社会保险待遇的行为，请求依法查处",
                "Social-insurance benefits are being obtained by fraud; please investigate",
                None,
                &[cite(SI_LAW, "第八十八条")],
            ),
            other => ClaimSpec {
                key: format!("problem:{}", other.key()),
                zh: format!("请求依法查处：{}", problem_label(Lang::Zh, other)),
                en: format!("Please deal with: {}", problem_label(Lang::En, other)),
                calc: None,
                cites: vec![cite(SI_LAW, "第八十二条")],
            },
        })
        .collect()
}

// ───────────────────────────── facts and reasons ─────────────────────────────

fn or_unit(name: &str, zh: bool) -> String {
    if name.is_empty() {
        if zh { "用人单位" } else { "the employer" }.to_string()
    } else {
        name.to_string()
    }
}

/// The employer's breaches, among the problems, that let a worker end the
/// contract at once (劳动合同法 第三十八条（二）（三）); the article itself when
/// none of them was ticked.
/// How the job ended, as the claims, the facts and the notes read it: for a
/// dismissal, its remedy; for unpaid compensation without a dismissal, the
/// end chosen beside it (`FormParts::end_of_job`); else not said (beside a
/// dismissal, unpaid compensation is that dismissal's claim).
fn job_ended(p: Problem, problems: &[Problem], d: &Details) -> Option<DismissalRemedy> {
    match p {
        Problem::Dismissed => d.claims.remedy(),
        Problem::CompensationUnpaid if !problems.contains(&Problem::Dismissed) => d.claims.end_of_job(),
        _ => None,
    }
}

fn quit_grounds(problems: &[Problem]) -> (String, String) {
    let mut zh = Vec::new();
    let mut en = Vec::new();
    if problems.iter().any(|p| matches!(p, Problem::WagesUnpaid | Problem::BelowMinimumWage)) {
        zh.push("未及时足额支付劳动报酬");
        en.push("did not pay wages in full and on time");
    }
    if problems.iter().any(|p| matches!(p, Problem::NoSocialInsurance | Problem::SocialInsuranceArrears)) {
        zh.push("未依法缴纳社会保险费");
        en.push("did not pay social insurance as the law requires");
    }
    if zh.is_empty() {
        ("存在该条规定的情形".into(), "did what that article lists".into())
    } else {
        (zh.join("、"), en.join(" and "))
    }
}

/// The facts and reasons composed from the answers and the form: (Chinese,
/// English reading aid). First person for a worker, third for a reporter;
/// a near relative's application for an injured child says who applies.
pub fn composed_facts(s: &Situation, d: &Details, today: Date) -> (String, String) {
    let i = Inputs::new(s, d, today);
    let worker = s.reporter == Reporter::Worker;
    let dispatch = s.dispatch == Dispatch::Yes;
    let e0 = line(&d.employer(0).name);
    let e1 = line(&d.employer(1).name);
    let (emp_zh, emp_en) = if dispatch && !e1.is_empty() { (e1.clone(), e1.clone()) } else { (or_unit(&e0, true), or_unit(&e0, false)) };
    let name = line(&d.person.name);
    let occ = line(&d.person.occupation);
    let mut zh = String::new();
    let mut en = String::new();
    // Who is who.
    let (w, wm, wp) = if worker { ("本人", "me", "my") } else { ("劳动者", "the workers", "the workers'") };
    if worker {
        let who = if name.is_empty() { "本人".to_string() } else { format!("本人{name}") };
        let who_en = if name.is_empty() { "I".to_string() } else { format!("I, {name},") };
        let place = if dispatch && !e0.is_empty() && !e1.is_empty() {
            (format!("由{e0}派遣至{e1}工作"), format!("was sent by the dispatch agency {e0} to work at {e1}"))
        } else if dispatch && !e0.is_empty() {
            // The user unit not typed: the agency is not where the work is.
            (format!("由{e0}派遣至用工单位工作"), format!("was sent by the dispatch agency {e0} to work at a user unit"))
        } else {
            (format!("在{emp_zh}工作"), format!("worked at {emp_en}"))
        };
        match i.job_start {
            Some(st) => {
                zh.push_str(&format!("{who}于{}起{}", date_zh(st), place.0));
                en.push_str(&format!("{who_en} {} from {st}", place.1));
            }
            None => {
                zh.push_str(&format!("{who}{}", place.0));
                en.push_str(&format!("{who_en} {}", place.1));
            }
        }
        if !occ.is_empty() {
            zh.push_str(&format!("，从事{occ}工作"));
            en.push_str(&format!(" as {occ}"));
        }
        if let Some(wage) = i.wage {
            zh.push_str(&format!("，月工资{}元", yuan(wage)));
            en.push_str(&format!(", with a monthly wage of ¥{}", yuan(wage)));
        }
        zh.push('。');
        // "…Co., Ltd." ends its own sentence.
        if !en.ends_with('.') {
            en.push('.');
        }
        if i.left && !s.problems.contains(&Problem::Dismissed) {
            if let Some(end) = i.job_end {
                zh.push_str(&format!("本人已于{}离开该单位。", date_zh(end)));
                en.push_str(&format!(" I left on {end}."));
            }
        }
    } else if s.injured_child() {
        // A near relative's application for the injured child (工伤保险条例
        // 第六十六条 第二款): who is applying, not a report.
        zh.push_str("申请人系受伤童工的近亲属。");
        en.push_str("The applicant is a close relative of the injured child labourer.");
    } else {
        zh.push_str(&format!("本人反映{emp_zh}存在以下问题。"));
        en.push_str(&format!("I am reporting the following problems at {}.", emp_en.trim_end_matches('.')));
    }
    if s.relationship == Relationship::Denied {
        zh.push_str(&format!("单位不承认与{w}存在劳动关系。"));
        en.push_str(&format!(" The employer denies that it employs {wm}."));
    }
    let amount_of = |r: Result<Calculation, Vec<&'static str>>| r.ok().map(|c| c.amount_fen);
    // Who ended the contract, for a dismissal or for unpaid
    // compensation whose end was chosen.
    let ended_by = |ended: Option<DismissalRemedy>| -> (String, String) {
        let (on_zh, on_en) = match i.job_end {
            Some(end) => (format!("{}，", date_zh(end)), format!(" On {end} the")),
            None => (String::new(), " The".to_string()),
        };
        let who_en = if worker { "I consider" } else { "the workers consider" };
        if ended.is_none() {
            // Who ended it is not known yet: only that it ended.
            (format!("{on_zh}{w}与单位的劳动合同解除（终止）。"), format!("{on_en} contract between {wm} and the employer ended."))
        } else if ended == Some(DismissalRemedy::Compensation) {
            (
                format!("{on_zh}单位解除了与{w}的劳动合同，未依法支付经济补偿。"),
                format!("{on_en} employer ended {wp} contract and did not pay the economic compensation owed."),
            )
        } else {
            (
                format!("{on_zh}单位解除了与{w}的劳动合同，{w}认为单位违法解除。"),
                format!("{on_en} employer ended {wp} contract; {who_en} this unlawful."),
            )
        }
    };
    // An injured child's paper tells the child labour first: the claim
    // rests on it (rule child_injury_claim), whatever order it was chosen in.
    let mut order = s.problems.clone();
    if s.injured_child() {
        order.sort_by_key(|p| *p != Problem::ChildLabour);
    }
    for &p in &order {
        let ended = job_ended(p, &s.problems, d);
        let (a, b): (String, String) = match p {
            Problem::NoContract => match i.contract_end() {
                Some(ContractEnd::Signed(sd)) => (
                    format!("单位直到{}才与{w}订立书面劳动合同。", date_zh(sd)),
                    format!(" The employer signed a written contract with {wm} only on {sd}."),
                ),
                _ => (
                    format!("单位自用工之日起未与{w}订立书面劳动合同。"),
                    format!(" The employer has never signed a written labour contract with {wm}."),
                ),
            },
            Problem::WagesUnpaid => match (owed_for(&i), amount_of(unpaid(d, &i))) {
                (Some((pz, pe)), Some(a)) => (
                    format!("单位拖欠{w}{pz}的工资共计{}元，至今未支付。", yuan(a)),
                    format!(" The employer owes {wm} {pe} of wages, ¥{} in all, still unpaid.", yuan(a)),
                ),
                (Some((pz, pe)), None) => (
                    format!("单位拖欠{w}{pz}的工资，至今未支付。"),
                    format!(" The employer owes {wm} {pe} of wages, still unpaid."),
                ),
                (None, Some(a)) => (
                    format!("单位拖欠{w}工资共计{}元，至今未支付。", yuan(a)),
                    format!(" The employer owes {wm} ¥{} in wages, still unpaid.", yuan(a)),
                ),
                (None, None) => (format!("单位拖欠{w}工资，至今未支付。"), format!(" The employer owes {wm} wages, still unpaid.")),
            },
            // The standard in force while the work was done: today's while
            // still employed, the last day's for someone who has left (no
            // figure when that day is not known, or before the table starts).
            Problem::BelowMinimumWage => match (if i.left { i.job_end } else { Some(today) }).and_then(places::minimum_wage_on) {
                Some(m) => (
                    format!("单位支付的工资低于当地最低工资标准（每月{}元）。", yuan(m.monthly_fen)),
                    format!(" The employer pays less than the local minimum wage (¥{} a month).", yuan(m.monthly_fen)),
                ),
                None => ("单位支付的工资低于当地最低工资标准。".into(), " The employer pays less than the local minimum wage.".into()),
            },
            Problem::OvertimeRest => {
                let h = |s: &str| details::hours_hundredths(s).unwrap_or(0);
                let c = &d.claims;
                let parts_zh: Vec<String> = [
                    ("延长工作时间", h(&c.overtime_weekday_hours)),
                    ("休息日工作", h(&c.overtime_rest_day_hours)),
                    ("法定休假日工作", h(&c.overtime_holiday_hours)),
                ]
                .iter()
                .filter(|(_, m)| *m > 0)
                .map(|(k, m)| format!("{k}{}小时", hours_text(*m)))
                .collect();
                let parts_en: Vec<String> = [
                    ("weekday overtime", h(&c.overtime_weekday_hours)),
                    ("rest-day work", h(&c.overtime_rest_day_hours)),
                    ("public-holiday work", h(&c.overtime_holiday_hours)),
                ]
                .iter()
                .filter(|(_, m)| *m > 0)
                .map(|(k, m)| format!("{} h of {k}", hours_text(*m)))
                .collect();
                if parts_zh.is_empty() {
                    (format!("单位安排{w}加班，未依法支付加班工资或安排休息。"), format!(" The employer had {wm} work overtime without overtime pay or rest."))
                } else {
                    (
                        format!("单位安排{w}{}，未依法支付加班工资。", parts_zh.join("、")),
                        format!(" The employer had {wm} do {}, and did not pay the overtime wages the law requires.", and_list(&parts_en)),
                    )
                }
            }
            // Only what was answered: for a woman, the three periods her
            // problem names together (怀孕、产假、哺乳期间), never one of them.
            Problem::FemaleMinorProtection => match protected_as(d, worker, &i) {
                ("女职工", who_en) => (
                    format!("单位在{w}怀孕、生育或哺乳期间，未依法给予{w}女职工特殊劳动保护。"),
                    format!(" During {wp} pregnancy, childbirth or nursing, the employer did not give {wm} the special protection{who_en}."),
                ),
                (who, who_en) => (format!("单位未依法给予{w}{who}特殊劳动保护。"), format!(" The employer did not give {wm} the special protection{who_en}.")),
            },
            Problem::ChildLabour => ("单位使用未满十六周岁的未成年人做工。".into(), " The employer uses children under 16.".into()),
            Problem::DocumentsOrDeposit => (
                format!("单位扣押{w}的身份证等证件或向{w}收取押金。"),
                format!(" The employer keeps {wp} identity papers or took a deposit from {wm}."),
            ),
            Problem::NoSocialInsurance => (
                format!("单位未为{w}办理社会保险登记、缴纳社会保险费。"),
                format!(" The employer has not registered {wm} for social insurance or paid contributions."),
            ),
            Problem::SocialInsuranceArrears => (
                format!("单位未足额为{w}缴纳社会保险费（少缴、断缴或按低基数缴纳）。"),
                format!(" The employer has not paid {wp} social insurance in full (too little, with gaps, or on too low a base)."),
            ),
            Problem::SocialInsuranceLoss => (
                // 解释（一）第一条（五）: never enrolled, and the agency cannot
                // enrol now (what makes the loss a dispute for arbitration).
                format!("单位未为{w}办理社会保险手续，社会保险经办机构已不能补办，致使{w}无法享受相应的社会保险待遇，造成损失。"),
                format!(" The employer never enrolled {wm} in social insurance and the agency can no longer do it, so {} cannot receive the benefits owed, which has caused a loss.", if worker { "I" } else { "the workers" }),
            ),
            Problem::SocialInsuranceFraud => ("存在骗取社会保险待遇的行为。".into(), " Someone is obtaining social-insurance benefits by fraud.".into()),
            Problem::Dismissed | Problem::CompensationUnpaid if ended == Some(DismissalRemedy::QuitForCause) => {
                let (gz, ge) = quit_grounds(&s.problems);
                let (on_zh, on_en) = match i.job_end {
                    Some(end) => (format!("{}，", date_zh(end)), format!(" On {end},")),
                    None => (String::new(), String::new()),
                };
                // Chosen as unpaid compensation: that it is unpaid, too.
                let (unpaid_zh, unpaid_en) = if p == Problem::CompensationUnpaid {
                    ("，单位未依法支付经济补偿", " The employer has not paid the economic compensation owed.")
                } else {
                    ("", "")
                };
                (
                    format!("{on_zh}因单位{gz}，{w}依照《劳动合同法》第三十八条解除了劳动合同{unpaid_zh}。"),
                    format!("{on_en} {wm_cap} ended the contract under article 38 of the Labour Contract Law, because the employer {ge}.{unpaid_en}", wm_cap = if worker { "I" } else { "the workers" }),
                )
            }
            Problem::Dismissed => ended_by(ended),
            Problem::CompensationUnpaid if ended.is_some() => ended_by(ended),
            // Beside a dismissal whose remedy is chosen, its sentence says
            // it: compensation unpaid, or damages instead of it (实施条例
            // 第二十五条: 支付了赔偿金的，不再支付经济补偿).
            Problem::CompensationUnpaid if s.problems.contains(&Problem::Dismissed) && d.claims.remedy().is_some() => (String::new(), String::new()),
            Problem::CompensationUnpaid => (
                format!("劳动合同解除（终止）后，单位未依法向{w}支付经济补偿。"),
                format!(" After the contract ended, the employer did not pay {wm} economic compensation."),
            ),
            Problem::ContractChange => (
                format!("单位未与{w}协商一致，变更了工作岗位、工资等劳动合同内容。"),
                format!(" The employer changed {wp} job, pay or contract terms without agreement."),
            ),
            Problem::WorkInjury => {
                let when = s.dates.injury;
                // A child labourer's claim (rule child_injury_claim) does not
                // rest on a recognition.
                let child = s.injured_child();
                let rec = match s.injury_recognised {
                    InjuryRecognised::Yes if !child => ("，已被认定为工伤", ", recognised as a work injury"),
                    _ => ("", ""),
                };
                let (who, who_en) = match (worker, child) {
                    (true, _) => (w, "I was"),
                    (false, true) => ("童工", "The child was"),
                    (false, false) => (w, "The worker was"),
                };
                match when {
                    Some(day) => (
                        format!("{who}于{}在工作中受伤（或患职业病）{}。", date_zh(day), rec.0),
                        format!(" {who_en} injured at work (or fell ill with an occupational disease) on {day}{}.", rec.1),
                    ),
                    None => (
                        format!("{who}在工作中受伤（或患职业病）{}。", rec.0),
                        format!(" {who_en} injured at work (or fell ill with an occupational disease){}.", rec.1),
                    ),
                }
            }
            Problem::PensionAgency | Problem::Other => (String::new(), String::new()),
        };
        zh.push_str(&a);
        en.push_str(&b);
    }
    if s.prior_decision == PriorDecision::InspectionOrderUnpaid && s.problems.iter().any(|p| ORDERED_TO_PAY.contains(p)) {
        zh.push_str("劳动保障监察已责令单位限期支付，单位逾期仍未支付。");
        en.push_str(" Labour-security inspection ordered the employer to pay by a deadline, and it has not paid.");
    }
    if s.employer_fled == EmployerFled::Yes {
        zh.push_str("单位负责人已经失联。");
        en.push_str(" The employer's managers cannot be reached.");
    }
    zh.push_str("以上情况属实。");
    en.push_str(" The above is true.");
    (zh, en.trim().to_string())
}

/// "a", "a and b", "a, b and c".
fn and_list(parts: &[String]) -> String {
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => parts.join(""),
    }
}

/// "1 year", "0 years", "4 months" (a count printed by a working's field).
fn count_en(n: &str, unit: &str) -> String {
    if n == "1" {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// "1 month's pay", "1.5 months' pay".
fn pay_en(n: &str) -> String {
    if n == "1" {
        "1 month's pay".into()
    } else {
        format!("{n} months' pay")
    }
}

/// Hundredths of an hour as the person typed them, without trailing zeros
/// (36.5, not 36.50; 2, not 2.00).
fn hours_text(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let h = hundredths.unsigned_abs();
    match h % 100 {
        0 => format!("{sign}{}", h / 100),
        r if r % 10 == 0 => format!("{sign}{}.{}", h / 100, r / 10),
        r => format!("{sign}{}.{r:02}", h / 100),
    }
}

// ───────────────────────────── parties ─────────────────────────────

fn field(label: &'static str, label_en: &'static str, value: String) -> Field {
    Field { label, label_en, value }
}

/// Whether the person is a man: as chosen on the form, else from the ID
/// number; `None` when neither says.
pub(crate) fn is_male(p: &details::Person, id: Option<crate::validate::ResidentId>) -> Option<bool> {
    match line(&p.sex).as_str() {
        "male" => Some(true),
        "female" => Some(false),
        _ => id.map(|i| i.male),
    }
}

/// The form's birth date, else the ID number's. One the form refuses (after
/// today) is not used: never printed with an age of 0.
fn birth_date(p: &details::Person, id: Option<crate::validate::ResidentId>, today: Date) -> Option<Date> {
    details::date_field(&p.birth_date).ok().flatten().filter(|b| *b <= today).or(id.map(|i| i.birth))
}

/// Whose special protection a worker's case is about (劳动法 第五十八条):
/// a woman's, a minor's (the only one a man can have), or either when the
/// sex is not known (a third party's report, or nothing typed yet). A man
/// who was already 18 when the job began (the start not known: two years
/// before today, inspection's reach, 监察条例 第二十条) was never a minor
/// worker there: the protection is named without whose.
/// The English carries its own " owed to …".
fn protected_as(d: &Details, worker: bool, i: &Inputs) -> (&'static str, &'static str) {
    let id = crate::validate::resident_id(&d.person.id_number, i.today).ok();
    let adult_from_start = birth_date(&d.person, id, i.today).is_some_and(|b| b.add_years(18) <= i.job_start.unwrap_or(i.today.add_years(-2)));
    match worker.then(|| is_male(&d.person, id)).flatten() {
        Some(false) => ("女职工", " owed to a woman worker"),
        Some(true) if adult_from_start => ("", ""),
        Some(true) => ("未成年工", " owed to a minor worker"),
        None => ("女职工或未成年工", " owed to a woman or minor worker"),
    }
}

fn person_party(role: &str, role_en: &str, d: &Details, work_unit: Option<String>, today: Date) -> Party {
    let p = &d.person;
    let id = crate::validate::resident_id(&p.id_number, today).ok();
    let sex = is_male(p, id).map(|m| if m { "男" } else { "女" }).unwrap_or("").to_string();
    let birth_text = birth_date(p, id, today)
        .map(|b| {
            let (y, m, dd) = b.ymd();
            let (ty, tm, td) = today.ymd();
            let age = ty - y - i32::from((tm, td) < (m, dd));
            format!("{}（{}岁）", date_zh(b), age.max(0))
        })
        .unwrap_or_default();
    let mut fields = vec![
        field("姓名", "Name", line(&p.name)),
        field("性别", "Sex", sex),
        field("出生日期（年龄）", "Date of birth (age)", birth_text),
        field("公民身份号码", "Resident ID number", p.id_number_as_printed()),
        field("职业", "Occupation", line(&p.occupation)),
    ];
    if let Some(u) = work_unit {
        fields.push(field("工作单位", "Employer", u));
    }
    fields.push(field("住所（通讯地址）", "Address", line(&p.address)));
    fields.push(field("联系电话", "Phone", p.phone_as_printed()));
    Party { role: role.into(), role_en: role_en.into(), fields }
}

fn employer_party(role: String, role_en: String, e: &Employer) -> Party {
    Party {
        role,
        role_en,
        fields: vec![
            field("名称", "Registered name", line(&e.name)),
            field("住所", "Address", line(&e.address)),
            field("法定代表人（主要负责人）", "Legal representative (principal)", line(&e.legal_rep)),
            field("职务", "Title", line(&e.legal_rep_title)),
            field("统一社会信用代码", "Unified social credit code", e.credit_code_as_printed()),
        ],
    }
}

/// On a report by someone else: the workers it is about, as the reporter
/// gave them, so the office can tell whose rights are at stake. A relative
/// of an injured child names the child there (the same field as on the
/// application; a usability review found it under "names, phone or how
/// many").
fn workers_party(d: &Details, s: &Situation) -> Party {
    if s.injured_child() {
        return Party {
            role: REPORTED_CHILD_ROLE.into(),
            role_en: "The child concerned".into(),
            fields: vec![field("姓名、出生日期、与举报人的关系", "Name, date of birth, relation to the reporter", line(&d.workers))],
        };
    }
    Party {
        role: WORKERS_ROLE.into(),
        role_en: "Workers concerned".into(),
        fields: vec![field("姓名、电话或人数", "Names and phone, or how many", line(&d.workers))],
    }
}

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// 1 → "一", 11 → "十一", 20 → "二十", 99 → "九十九" (claims are numbered
/// past ten: ten typed claims beside the worked-out ones).
fn numeral(n: usize) -> String {
    let digit = |d: usize| NUMERALS[d - 1];
    match (n / 10, n % 10) {
        (0, 0) => "〇".into(),
        (0, u) => digit(u).into(),
        (t, u) => format!("{}十{}", if t == 1 { "" } else { digit(t) }, if u == 0 { "" } else { digit(u) }),
    }
}

/// The respondents: the employers filled in; with dispatch at least two
/// (the agency and the user unit, 调解仲裁法 第二十二条第二款); never fewer than one.
fn respondents(s: &Situation, d: &Details) -> Vec<(Employer, &'static str, &'static str)> {
    let dispatch = s.dispatch == Dispatch::Yes;
    let mut n = d.employers.iter().rposition(|e| !e.is_empty()).map_or(1, |i| i + 1).max(1);
    if dispatch {
        n = n.max(2);
    }
    (0..n)
        .map(|i| {
            let (zh, en) = match (dispatch, i) {
                (true, 0) => ("劳务派遣单位", "dispatch agency"),
                (true, 1) => ("用工单位", "user unit"),
                _ => ("", ""),
            };
            (d.employer(i), zh, en)
        })
        .collect()
}

// ───────────────────────────── composing ─────────────────────────────

/// The bodies the routing sends the person to, each with its problems, in
/// the order of the bodies (inspection, audit, arbitration), and whether
/// arbitration starts by confirming the labour relationship. A problem is
/// claimed in arbitration only at a link that does not wait for another
/// body (work-injury compensation waits for recognition), and not at a link
/// that only confirms the relationship.
pub fn bodies(routing: &Routing) -> Vec<(Body, Vec<Problem>, bool)> {
    let mut out: Vec<(Body, Vec<Problem>, bool)> = Vec::new();
    let step = |n: usize| routing.steps.iter().find(|x| x.n == n);
    for pr in &routing.problems {
        for link in &pr.chain {
            let Some(body) = Body::of(link.outcome) else { continue };
            let waits_elsewhere =
                step(link.step).is_some_and(|st| st.after.iter().any(|a| step(*a).is_some_and(|x| Body::of(x.outcome) != Some(body))));
            if body == Body::Arbitration && waits_elsewhere {
                continue;
            }
            let confirm = link.purpose == Some(Purpose::ConfirmRelationship);
            let i = match out.iter().position(|(b, _, _)| *b == body) {
                Some(i) => i,
                None => {
                    out.push((body, Vec::new(), false));
                    out.len() - 1
                }
            };
            let entry = &mut out[i];
            entry.2 |= confirm;
            if !confirm && !entry.1.contains(&pr.problem) {
                entry.1.push(pr.problem);
            }
        }
    }
    // Double wages the result tells the worker to claim by arbitration
    // (rule double_wages_by_arbitration, at the complaint to inspection):
    // claimed on the application the case has anyway (say, to confirm the
    // relationship), not left off it (a review found the result telling of
    // a claim the paper beside it did not make, and the form asking for the
    // wage it would need).
    if let Some(arb) = out.iter().position(|(b, _, _)| *b == Body::Arbitration) {
        for pr in &routing.problems {
            let told = pr.chain.iter().any(|l| l.advice.iter().any(|a| a.rule == "double_wages_by_arbitration"));
            if told && !out[arb].1.contains(&pr.problem) {
                out[arb].1.push(pr.problem);
            }
        }
    }
    crate::sort_small_by_key(&mut out, |(b, _, _)| *b);
    out
}

/// The parts of the summary form that apply to this case (the form shows
/// them; `details::validate` checks them).
pub fn form_parts(s: &Situation, routing: &Routing) -> FormParts {
    let papers = bodies(routing);
    let arbitration = papers.iter().any(|(b, _, _)| *b == Body::Arbitration);
    let workers = s.reporter == Reporter::ThirdParty;
    FormParts {
        workers,
        // The papers name the injured child wherever they name the workers
        // (`workers_party`, the application's child): one condition.
        child: workers && s.injured_child(),
        interview_dates: [s.dates.job_start, s.dates.job_end],
        papers: details::PAPERS.map(|k| papers.iter().any(|(b, _, _)| b.key() == k)),
        ..FormParts::for_case(&s.problems, arbitration)
    }
}

/// The claims for one body (also shown by the UI beside the form).
pub fn claims_for(body: Body, problems: &[Problem], confirm: bool, s: &Situation, d: &Details, today: Date) -> Vec<Claim> {
    let i = Inputs::new(s, d, today);
    let threshold = places::final_award_threshold_fen(today);
    match body {
        // A final award is only for pay, medical costs of an injury,
        // compensation or damages (调解仲裁法 第四十七条(一)): a claim of the
        // person's own is not said to be one. Beside a claim no award decides
        // finally (reinstatement, the relationship, a contract's change), the
        // award is treated as not final once either side sues (解释（一）
        // 第二十条): then no claim is said to be final. A claim over twelve
        // months of the minimum wage is such a claim too (解释（一）第十九条:
        // final when each item is at most that): it keeps its "over" label,
        // and the claims under it are not said to be possibly final.
        Body::Arbitration => {
            let claims = arbitration_claims(d, &i, problems, confirm, s);
            let mixed = claims.iter().any(|c| ["reinstate", "confirm_relationship", "problem:contract_change"].contains(&c.key.as_ref()));
            let over = |c: &ClaimSpec| match (&c.calc, threshold) {
                (Some(Ok(k)), Some(t)) => c.key != "other" && !k.under_final_award_threshold(t),
                _ => false,
            };
            let some_over = claims.iter().any(over);
            claims
                .into_iter()
                .map(|c| {
                    let flag = !mixed && c.key != "other" && (!some_over || over(&c));
                    finish(c, threshold, flag)
                })
                .collect()
        }
        Body::Inspection => {
            let mut specs = inspection_requests(d, &i, problems);
            // An order to pay that was ignored: the extra compensation on top
            // (监察条例 第二十六条, 劳动合同法 第八十五条).
            if s.prior_decision == PriorDecision::InspectionOrderUnpaid && problems.iter().any(|p| ORDERED_TO_PAY.contains(p)) {
                specs.push(spec(
                    "extra_compensation",
                    "请求责令用人单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金",
                    "That the employer be ordered to pay the worker additional damages of 50% to 100% of the amount owed",
                    None,
                    &[cite(INSPECTION_REGS, "第二十六条"), cite(LCL, "第八十五条")],
                ));
            }
            // A boss in hiding to avoid paying may be committing a crime
            // (拒不支付劳动报酬解释 第二条): the complaint asks for the
            // referral that inspection owes a suspected crime (监察条例
            // 第十八条), once an order to pay goes unpaid (解释 第四条,
            // which also covers an order posted where the boss cannot be found).
            // Pay only (解释 第一条: wages, overtime pay…), not compensation.
            if s.employer_fled == EmployerFled::Yes && problems.iter().any(|p| ORDERED_TO_PAY[..3].contains(p)) {
                specs.push(spec(
                    "police_referral",
                    "单位负责人逃匿，经责令支付仍不支付、涉嫌拒不支付劳动报酬罪的，请求依法移送公安机关",
                    "The employer's managers are in hiding: if the employer still does not pay once ordered to, and the crime of refusing to pay wages is suspected, that the case be passed to the police",
                    None,
                    &[cite(INSPECTION_REGS, "第十八条"), cite(WAGE_CRIME, "第二条"), cite(WAGE_CRIME, "第四条")],
                ));
            }
            specs.into_iter().map(|c| finish(c, threshold, false)).collect()
        }
        Body::Audit => audit_matters(problems).into_iter().map(|c| finish(c, threshold, false)).collect(),
    }
}

/// The facts and reasons composed for each paper: (body, Chinese, English),
/// of the paper's own problems. The arbitration application's copy goes to
/// the employer (调解仲裁法 第三十条): what was reported to inspection or
/// audit (child labour, fund fraud, each with the reporter kept secret,
/// 监察条例 第九条) is not on it. A paper only to confirm the relationship
/// tells the problems no other paper is about (say, the injury it is for).
pub fn facts_by_paper(s: &Situation, routing: &Routing, d: &Details, today: Date) -> Vec<(Body, String, String)> {
    papers(s, routing)
        .into_iter()
        .map(|(body, own)| {
            let (zh, en) = composed_facts(&own, d, today);
            (body, zh, en)
        })
        .collect()
}

/// Each paper with the situation as it tells it: only the paper's own
/// problems (see `facts_by_paper`).
pub fn papers(s: &Situation, routing: &Routing) -> Vec<(Body, Situation)> {
    let papers = bodies(routing);
    // A paper that asks to confirm the relationship also tells what it is
    // for: the problems no paper is about (say, the injury).
    let on_no_paper = |p: &Problem| !papers.iter().any(|(_, ps, _)| ps.contains(p));
    papers
        .iter()
        .map(|(body, problems, confirm)| {
            let mut own = s.clone();
            // In the interview's order, as the whole case tells them. An
            // injured child's claim rests on the child labour: its paper
            // tells that too (the employer knows whom it employed; who
            // reported it to inspection is not on it).
            let child_claim = |p: &Problem| *p == Problem::ChildLabour && problems.contains(&Problem::WorkInjury) && s.injured_child();
            own.problems.retain(|p| problems.contains(p) || (*confirm && on_no_paper(p)) || child_claim(p));
            (*body, own)
        })
        .collect()
}

/// One document per body the routing sends the person to.
pub fn compose(s: &Situation, routing: &Routing, d: &Details, today: Date) -> Vec<Document> {
    let composed = facts_by_paper(s, routing, d, today);
    let evidence: Vec<Item> = d
        .evidence
        .iter()
        .map(|e| Item { text: line(&e.item), detail: line(&e.source) })
        .filter(|e| !e.text.is_empty() || !e.detail.is_empty())
        .collect();
    let witnesses: Vec<Item> = d
        .witnesses
        .iter()
        .map(|w| Item { text: line(&w.name), detail: line(&w.contact) })
        .filter(|w| !w.text.is_empty() || !w.detail.is_empty())
        .collect();
    let resp = respondents(s, d);
    let work_unit = {
        let dispatch = s.dispatch == Dispatch::Yes;
        let u = if dispatch { line(&d.employer(1).name) } else { String::new() };
        if u.is_empty() {
            line(&d.employer(0).name)
        } else {
            u
        }
    };
    let report = s.reporter == Reporter::ThirdParty;
    bodies(routing)
        .into_iter()
        .zip(composed)
        .map(|((body, problems, confirm), (_, facts_composed, facts_en))| {
            let edited = d.facts_text.get(body.key()).map(|t| clean(t, true));
            let facts = edited.clone().unwrap_or_else(|| facts_composed.clone());
            let (claims, nothing_owed): (Vec<Claim>, Vec<Claim>) =
                claims_for(body, &problems, confirm, s, d, today).into_iter().partition(|c| c.amount_fen != Some(0));
            let mut notices = Vec::new();
            let mut basis = Vec::new();
            let doc = |title, title_en, parties, ch: (&'static str, &'static str), fh: (&'static str, &'static str), eh: (&'static str, &'static str), addressee: (&'static str, &'static str), signer: (&'static str, &'static str)| Document {
                body,
                title,
                title_en,
                parties,
                claims_heading: ch.0,
                claims_heading_en: ch.1,
                claims: claims.clone(),
                nothing_owed: nothing_owed.clone(),
                facts_heading: fh.0,
                facts_heading_en: fh.1,
                facts: facts.clone(),
                facts_en: facts_en.clone(),
                facts_edited: edited.is_some(),
                facts_composed: facts_composed.clone(),
                evidence_heading: eh.0,
                evidence_heading_en: eh.1,
                evidence: evidence.clone(),
                witnesses: Vec::new(),
                notices: Vec::new(),
                copies: None,
                addressee: addressee.0,
                addressee_en: addressee.1,
                signer: signer.0,
                signer_en: signer.1,
                basis: Vec::new(),
            };
            match body {
                Body::Arbitration => {
                    // Someone else applying (an injured child's near
                    // relative, rule child_injury_claim) does not work there.
                    let mut parties = vec![person_party("申请人", "Applicant", d, (!report).then(|| work_unit.clone()), today)];
                    let many = resp.len() > 1;
                    for (k, (e, zh, en)) in resp.iter().enumerate() {
                        let num = NUMERALS.get(k).copied().unwrap_or("");
                        let role = match (many, zh.is_empty()) {
                            (false, _) => "被申请人".to_string(),
                            (true, true) => format!("被申请人（{num}）"),
                            (true, false) => format!("被申请人（{num}，{zh}）"),
                        };
                        let role_en = match (many, en.is_empty()) {
                            (false, _) => "Respondent".to_string(),
                            (true, true) => format!("Respondent {}", k + 1),
                            (true, false) => format!("Respondent {} ({en})", k + 1),
                        };
                        parties.push(employer_party(role, role_en, e));
                    }
                    // A near relative claiming an injured child's
                    // compensation: the child, as the reporter named them.
                    // (A review found the child's block asking for "names, phone or
                    // how many", as a report's list of workers does.)
                    if report && problems.contains(&Problem::WorkInjury) && s.injured_child() {
                        parties.push(Party {
                            role: CHILD_ROLE.into(),
                            role_en: "The injured child".into(),
                            fields: vec![field("姓名、出生日期、与申请人的关系", "Name, date of birth, relation to the applicant", line(&d.workers))],
                        });
                    }
                    let n = resp.len() as u32;
                    let copies = Copies { originals: 1, copies: n, total: n + 1 };
                    notices.push(Notice {
                        key: "copies",
                        zh: format!("提交本申请书正本1份，并按被申请人人数提交副本{n}份，共{}份。", n + 1),
                        en: format!("Hand in 1 original plus 1 copy for each respondent: {} in all.", n + 1),
                        cites: vec![cite(ARB, "第二十八条")],
                    });
                    // Which commission is the worker's to find out (the
                    // hall tells them); the paper leaves its name to write.
                    notices.push(Notice {
                        key: "jurisdiction",
                        zh: "向劳动合同履行地或者用人单位所在地的劳动人事争议仲裁委员会申请；两地都申请的，由劳动合同履行地的管辖。请在“此致”下写上它的名称。".into(),
                        en: "Apply to the commission where the contract is performed or where the employer is based; if both are applied to, the one where it is performed hears it. Write its name under “To”.".into(),
                        cites: vec![cite(ARB, "第二十一条")],
                    });
                    // Dismissed lawfully for a reason of 第四十条 without 30
                    // days' written notice: a month's wage besides the
                    // compensation, which the form does not ask about.
                    let lawful_end = if problems.contains(&Problem::Dismissed) {
                        job_ended(Problem::Dismissed, &problems, d) == Some(DismissalRemedy::Compensation)
                    } else {
                        // Not when the worker quit for the employer's breach.
                        problems.contains(&Problem::CompensationUnpaid) && job_ended(Problem::CompensationUnpaid, &problems, d) != Some(DismissalRemedy::QuitForCause)
                    };
                    // A woman pregnant, on maternity leave or nursing may not
                    // be dismissed under 第四十条、第四十一条, and a contract
                    // running out then lasts until that ends (第四十二条、第四十五条):
                    // ended anyway, it is unlawful, and she is owed twice the
                    // compensation or her job back, not the compensation a
                    // lawful end gives (a legal review found her claim halved).
                    // Whose protection, worked out (from the ID number) only
                    // when the person chose the protection problem.
                    let protected = problems
                        .contains(&Problem::FemaleMinorProtection)
                        .then(|| protected_as(d, true, &Inputs::new(s, d, today)).0);
                    let may_be_woman = protected.is_some_and(|who| who.contains("女职工"));
                    if lawful_end && may_be_woman {
                        notices.push(Notice {
                            key: "protected_end",
                            zh: "女职工在孕期、产期、哺乳期的，单位不得以不能胜任、客观情况变化、裁员等为由解除劳动合同；合同期满的，要延续到哺乳期满才终止。单位这样解除或终止的，属于违法：您可以改为要求继续履行劳动合同，或者要求二倍的赔偿金，而不只是经济补偿。".into(),
                            en: "A woman who is pregnant, on maternity leave or nursing may not be dismissed for not being up to the job, changed circumstances, lay-offs or the like, and a contract that runs out then lasts until nursing ends. If the employer ended it so, that is unlawful: you can ask instead to keep the job, or for damages of twice the compensation, not only the compensation.".into(),
                            cites: vec![cite(LCL, "第四十二条"), cite(LCL, "第四十五条"), cite(LCL, "第四十八条"), cite(LCL, "第八十七条")],
                        });
                    }
                    // Not for a woman: under 第四十条 she could not be dismissed at all.
                    if lawful_end && protected != Some("女职工") {
                        notices.push(Notice {
                            key: "notice_pay",
                            zh: "单位依照劳动合同法第四十条解除劳动合同、没有提前三十日书面通知本人的，还应额外支付一个月工资（按上一个月的工资标准）；属于这种情况的，可以在其他请求中写上。".into(),
                            en: "If the employer ended the contract under article 40 of the Labour Contract Law without 30 days' written notice, it also owes one month's wage (at the previous month's rate); if so, add it as another claim.".into(),
                            cites: vec![cite(LCL, "第四十条"), cite(money::LCL_REGS, "第二十条")],
                        });
                    }
                    // Money the claims below cannot count (a legal review
                    // found a protected woman's claim and denied annual leave
                    // without a sum): the person writes it in as another claim.
                    if may_be_woman {
                        notices.push(Notice {
                            key: "protection_amounts",
                            zh: "要钱的，请在其他请求中写明项目和钱数，如孕期、产期、哺乳期被降低的工资差额；没有参加生育保险的，产假期间由单位按产假前工资的标准支付生育津贴。".into(),
                            en: "For money, write each item and sum as another claim, such as wages cut during pregnancy, maternity leave or nursing; without maternity insurance, the employer pays the maternity allowance at the wage before the leave.".into(),
                            cites: vec![cite("女职工劳动保护特别规定", "第五条"), cite("女职工劳动保护特别规定", "第八条")],
                        });
                    }
                    if problems.contains(&Problem::OvertimeRest) {
                        notices.push(Notice {
                            key: "annual_leave",
                            zh: "单位不让休带薪年休假的，应休未休的天数，单位要按日工资收入的300%支付年休假工资报酬；属于这种情况的，可以在其他请求中写上天数和钱数，怎么算请到窗口问清楚。".into(),
                            en: "If the employer did not let you take paid annual leave, it owes 300% of your daily wage for each day due and not taken; if so, add the days and the sum as another claim, and ask at the window how to count it.".into(),
                            cites: vec![cite("职工带薪年休假条例", "第五条")],
                        });
                    }
                    if s.dispatch == Dispatch::Yes {
                        notices.push(Notice {
                            key: "dispatch_co_parties",
                            zh: "劳务派遣单位和用工单位为共同当事人。".into(),
                            en: "The dispatch agency and the user unit are joint parties.".into(),
                            cites: vec![cite(ARB, "第二十二条")],
                        });
                    }
                    // Not sure: the checklist says bring 3 to be safe; the
                    // paper says why a second respondent would need one more.
                    if s.dispatch == Dispatch::NotSure {
                        notices.push(Notice {
                            key: "dispatch_not_sure",
                            zh: "如果是劳务派遣：劳务派遣单位和用工单位为共同当事人，两家都要写作被申请人，副本也按两家提交。".into(),
                            en: "If you were dispatched: the dispatch agency and the user unit are joint parties; name both as respondents and hand in a copy for each.".into(),
                            cites: vec![cite(ARB, "第二十二条"), cite(ARB, "第二十八条")],
                        });
                    }
                    if let (Some(m), Some(t)) = (places::minimum_wage_on(today), places::final_award_threshold_fen(today)) {
                        if claims.iter().any(|c| c.final_award.is_some()) {
                            // The figure with its source and date, and, until
                            // the bureau confirms the row, saying so.
                            let (check_zh, check_en) = wage_row_caveat(m, today, "；此标准待人社局确认");
                            notices.push(Notice {
                                key: "final_award",
                                zh: format!(
                                    "追索劳动报酬、工伤医疗费、经济补偿或者赔偿金，不超过当地月最低工资标准十二个月金额（{}元）的，仲裁裁决为终局裁决。（按{}月最低工资标准{}元计，{}，{}起执行{check_zh}。）",
                                    yuan(t), m.area_zh.split('（').next().unwrap_or(m.area_zh), yuan(m.monthly_fen), m.source, m.from_date().map_or(m.from.to_string(), date_zh)
                                ),
                                en: format!(
                                    "A claim for pay, work-injury medical costs, economic compensation or damages of at most 12 months of the local minimum wage (¥{}) gets a final award. (Minimum wage ¥{} a month in {}, {}, from {}{check_en}.)",
                                    yuan(t), yuan(m.monthly_fen), m.area_en.split(" (").next().unwrap_or(m.area_en), m.source, m.from
                                ),
                                cites: vec![money::FINAL_AWARD_CITE],
                            });
                        }
                    }
                    basis.extend([cite(ARB, "第二条"), cite(ARB, "第二十八条")]);
                    let mut dd = doc(
                        "劳动人事争议仲裁申请书",
                        "Application for labour dispute arbitration",
                        parties,
                        ("仲裁请求", "Claims"),
                        ("事实和理由", "Facts and reasons"),
                        ("证据和证据来源", "Evidence and its source"),
                        ("＿＿＿＿＿＿＿＿＿＿＿＿劳动人事争议仲裁委员会", "the ____________ labour dispute arbitration commission"),
                        ("申请人（签名）", "Applicant (signature)"),
                    );
                    dd.witnesses = witnesses.clone();
                    dd.copies = Some(copies);
                    dd.notices = notices;
                    dd.basis = basis;
                    dd
                }
                Body::Inspection => {
                    // A worker who reports only child labour reports a breach
                    // against others, not their own rights (监察条例 第九条:
                    // 举报): a report, with the reporter kept secret; the
                    // workers' line stays a third party's (the form asks it).
                    let report = report || problems.iter().all(|&p| p == Problem::ChildLabour);
                    let (title, title_en, role, role_en) = if report {
                        ("劳动保障监察举报书", "Labour-security inspection report", "举报人", "Reporter")
                    } else {
                        ("劳动保障监察投诉书", "Labour-security inspection complaint", "投诉人", "Complainant")
                    };
                    let mut parties = vec![person_party(role, role_en, d, (!report).then(|| work_unit.clone()), today)];
                    let unit = if report { "被举报单位" } else { "被投诉单位" };
                    let unit_en = if report { "Employer reported" } else { "Employer complained of" };
                    for (k, (e, zh, en)) in resp.iter().enumerate() {
                        let role = if resp.len() > 1 { format!("{unit}（{}{}{}）", NUMERALS.get(k).copied().unwrap_or(""), if zh.is_empty() { "" } else { "，" }, zh) } else { unit.to_string() };
                        let role_en = if resp.len() > 1 { format!("{unit_en} {}{}", k + 1, if en.is_empty() { String::new() } else { format!(" ({en})") }) } else { unit_en.to_string() };
                        parties.push(employer_party(role, role_en, e));
                    }
                    if s.reporter == Reporter::ThirdParty {
                        parties.push(workers_party(d, s));
                    }
                    if report {
                        notices.push(Notice {
                            key: "reporter_confidential",
                            zh: "劳动保障行政部门应当为举报人保密。".into(),
                            en: "The labour-security department must keep the reporter's identity confidential.".into(),
                            cites: vec![cite(INSPECTION_REGS, "第九条")],
                        });
                    } else if problems.contains(&Problem::ChildLabour) {
                        // A worker's own complaint with the child labour
                        // they report beside it: the result calls that part
                        // a report, kept secret; the paper says so too (a
                        // usability review found the secrecy gone).
                        notices.push(Notice {
                            key: "reported_matter_confidential",
                            zh: "其中使用童工一项属于举报，劳动保障行政部门应当为举报人保密。".into(),
                            en: "The child labour in it is reported as a breach: the labour-security department must keep the reporter's identity confidential.".into(),
                            cites: vec![cite(INSPECTION_REGS, "第九条")],
                        });
                    }
                    basis.extend([cite(INSPECTION_REGS, "第九条"), cite(INSPECTION_REGS, "第十一条")]);
                    let mut dd = doc(
                        title,
                        title_en,
                        parties,
                        (if report { "举报请求" } else { "投诉请求" }, "Requests"),
                        ("事实和理由", "Facts and reasons"),
                        ("证据材料", "Evidence"),
                        ("劳动保障行政部门（劳动保障监察机构）", "the labour-security department (inspection)"),
                        (if report { "举报人（签名）" } else { "投诉人（签名）" }, if report { "Reporter (signature)" } else { "Complainant (signature)" }),
                    );
                    dd.notices = notices;
                    dd.basis = basis;
                    dd
                }
                Body::Audit => {
                    // A worker who reports only fund fraud reports others'
                    // breach, as a third party does.
                    let report = report || problems.iter().all(|&p| p == Problem::SocialInsuranceFraud);
                    let (role, role_en) = if report { ("举报人", "Reporter") } else { ("举报（投诉）人", "Reporter (complainant)") };
                    let mut parties = vec![person_party(role, role_en, d, None, today)];
                    for (k, (e, zh, en)) in resp.iter().enumerate() {
                        let role = if resp.len() > 1 { format!("被举报单位（{}{}{}）", NUMERALS.get(k).copied().unwrap_or(""), if zh.is_empty() { "" } else { "，" }, zh) } else { "被举报单位".to_string() };
                        let role_en = if resp.len() > 1 { format!("Employer reported {}{}", k + 1, if en.is_empty() { String::new() } else { format!(" ({en})") }) } else { "Employer reported".to_string() };
                        parties.push(employer_party(role, role_en, e));
                    }
                    if s.reporter == Reporter::ThirdParty {
                        parties.push(workers_party(d, s));
                    }
                    // Someone reporting a breach against others may ask to stay
                    // unnamed; a worker asking for their own contributions cannot
                    // be helped without being named to the employer, and the
                    // collection rule's secrecy is promised to 举报人 (as the
                    // inspection paper promises it only to a reporter).
                    if report {
                        notices.push(Notice {
                            key: "identity_withheld_request",
                            zh: format!("{role}请求不向被举报单位透露其身份。"),
                            en: "The reporter asks that their identity not be disclosed to the employer.".into(),
                            cites: vec![],
                        });
                    }
                    if report && problems.iter().any(|p| matches!(p, Problem::NoSocialInsurance | Problem::SocialInsuranceArrears)) {
                        notices.push(Notice {
                            key: "collection_reporter_confidential",
                            zh: "对社会保险费征缴违法行为的举报，劳动保障行政部门或者税务机关应当为举报人保密。".into(),
                            en: "For reports of breaches in paying contributions, the labour-security department or the tax authority must keep the reporter's identity confidential.".into(),
                            cites: vec![cite(SI_COLLECTION, "第二十一条")],
                        });
                    }
                    basis.extend([cite(SI_LAW, "第八十二条")]);
                    let mut dd = doc(
                        "社会保险稽查举报（投诉）书",
                        "Social-insurance audit report (complaint)",
                        parties,
                        ("举报事项", "What is wrong"),
                        ("事实和理由", "Facts and reasons"),
                        ("线索和证据", "Clues and evidence"),
                        ("社会保险稽查部门", "the social-insurance audit office"),
                        (if report { "举报人（签名）" } else { "举报（投诉）人（签名）" }, if report { "Reporter (signature)" } else { "Reporter (complainant) (signature)" }),
                    );
                    dd.notices = notices;
                    dd.basis = basis;
                    dd
                }
            }
        })
        .collect()
}

// ───────────────────────────── outputs ─────────────────────────────

/// An empty field on paper: a line to write on by hand (a person who will
/// not type an ID number into the hall's shared kiosk writes it in).
const NOT_GIVEN: &str = "＿＿＿＿＿＿＿＿";

/// The party of a report who are the workers concerned (not an employer).
pub const WORKERS_ROLE: &str = "涉及的职工";
/// The injured child labourer on a near relative's application (the
/// `workers` field of the form).
pub const CHILD_ROLE: &str = "受伤的童工";
/// The same child on the relative's report to inspection.
pub const REPORTED_CHILD_ROLE: &str = "涉及的童工";

/// Whether a party after the person is an employer (not the workers or the
/// child the person names).
pub fn is_employer_party(p: &Party) -> bool {
    ![WORKERS_ROLE, CHILD_ROLE, REPORTED_CHILD_ROLE].contains(&p.role.as_str())
}

/// `《劳动合同法》第三十条、《劳动法》第五十条`.
/// "《劳动保障监察条例》第九条、第十一条": a law's name once for its clauses
/// in a row.
pub fn cite_list(cites: &[Cite]) -> String {
    let mut out = String::new();
    for (i, c) in cites.iter().enumerate() {
        if i > 0 {
            out.push('、');
        }
        if i == 0 || cites[i - 1].source != c.source {
            out.push_str(&format!("《{}》", c.source));
        }
        out.push_str(c.clause);
    }
    out
}

/// What a line of a document is (the UI gives each kind its look).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// The document's title.
    Title,
    /// A section or party heading ("申请人：", "仲裁请求：").
    Heading,
    /// Any other line.
    Text,
    /// The closing (此致, the addressee, the signature, the date): printed
    /// together, never split across pages.
    Closing,
}

/// One line of a document as printed: the text, a blank line before it or
/// not, and its indent (0–2 steps of two spaces).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Line {
    pub kind: LineKind,
    pub gap: bool,
    pub indent: u8,
    pub text: String,
}

impl Document {
    /// The document line by line: the one layout behind the screen, the
    /// print, the .txt download and the clipboard.
    pub fn lines(&self) -> Vec<Line> {
        let mut v = Vec::new();
        let mut push = |kind: LineKind, gap: bool, indent: u8, text: String| v.push(Line { kind, gap, indent, text });
        let or_not_given = |s: &str| if s.is_empty() { NOT_GIVEN.to_string() } else { s.to_string() };
        push(LineKind::Title, false, 0, self.title.to_string());
        for (k, p) in self.parties.iter().enumerate() {
            push(LineKind::Heading, k == 0, 0, format!("{}：", p.role));
            for f in &p.fields {
                push(LineKind::Text, false, 1, format!("{}：{}", f.label, or_not_given(&f.value)));
            }
        }
        push(LineKind::Heading, true, 0, format!("{}：", self.claims_heading));
        // Every claim worked out at nothing (`nothing_owed`) and none typed:
        // the gap is printed like an empty field, for the person or the
        // window to fill.
        if self.claims.is_empty() {
            push(LineKind::Text, false, 0, NOT_GIVEN.to_string());
        }
        for (k, c) in self.claims.iter().enumerate() {
            push(LineKind::Text, false, 0, format!("{}、{}。", numeral(k + 1), c.text));
            if !c.basis.is_empty() {
                push(LineKind::Text, false, 2, format!("依据：{}", cite_list(&c.basis)));
            }
            for w in &c.working {
                push(LineKind::Text, false, 2, format!("{}（《{}》{}）", w.zh, w.cite.source, w.cite.clause));
            }
            if let Some(f) = c.final_award {
                push(
                    LineKind::Text,
                    false,
                    2,
                    format!(
                        "{}当地月最低工资标准十二个月金额{}元（《劳动争议调解仲裁法》第四十七条第一项）{}。",
                        if f.under { "不超过" } else { "请求超过" },
                        yuan(f.threshold_fen),
                        // The amount the award fixes decides (解释（一）
                        // 第十九条), not the amount claimed.
                        if f.under { "，可能为终局裁决" } else { "，裁决确定的数额也超过的，不属于终局裁决" }
                    ),
                );
            }
        }
        push(LineKind::Heading, true, 0, format!("{}：", self.facts_heading));
        push(LineKind::Text, false, 0, self.facts.clone());
        push(LineKind::Heading, true, 0, format!("{}：", self.evidence_heading));
        if self.evidence.is_empty() {
            push(LineKind::Text, false, 1, NOT_GIVEN.into());
        }
        for (k, e) in self.evidence.iter().enumerate() {
            push(LineKind::Text, false, 1, format!("（{}）{}（来源：{}）", k + 1, e.text, or_not_given(&e.detail)));
        }
        if self.body == Body::Arbitration {
            push(LineKind::Heading, true, 0, "证人：".into());
            // Not "无": that would say there are none, and a worker whose
            // employer denies the job may find colleagues to name later.
            if self.witnesses.is_empty() {
                push(LineKind::Text, false, 1, NOT_GIVEN.into());
            }
            for (k, w) in self.witnesses.iter().enumerate() {
                push(LineKind::Text, false, 1, format!("（{}）{}（住所和联系方式：{}）", k + 1, w.text, or_not_given(&w.detail)));
            }
        }
        for (k, n) in self.notices.iter().enumerate() {
            let text = if n.cites.is_empty() { format!("※ {}", n.zh) } else { format!("※ {}（{}）", n.zh, cite_list(&n.cites)) };
            push(LineKind::Text, k == 0, 0, text);
        }
        if !self.basis.is_empty() {
            push(LineKind::Text, true, 0, format!("依据：{}", cite_list(&self.basis)));
        }
        // The closing, kept together on paper, with room to write by hand.
        push(LineKind::Closing, true, 0, "此致".into());
        push(LineKind::Closing, false, 0, self.addressee.to_string());
        push(LineKind::Closing, true, 0, format!("{}：＿＿＿＿＿＿＿＿", self.signer));
        push(LineKind::Closing, true, 0, "＿＿＿＿年＿＿月＿＿日".into());
        v
    }

    /// The document as plain text (the .txt download and the clipboard).
    pub fn to_text(&self) -> String {
        let mut t = String::new();
        for l in self.lines() {
            if l.gap {
                t.push('\n');
            }
            for _ in 0..l.indent {
                t.push_str("  ");
            }
            t.push_str(&l.text);
            t.push('\n');
        }
        t
    }
}

/// Every document as text, separated by a rule line.
pub fn to_text(docs: &[Document]) -> String {
    docs.iter().map(Document::to_text).collect::<Vec<_>>().join("\n──────────────────────────────\n\n")
}

/// `text` as a .txt file any Windows Notepad opens right (the papers are
/// often printed from a print shop's old PC): a UTF-8 byte-order mark and
/// CRLF line ends. The clipboard keeps the text as it is.
pub fn text_file(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 20 + 3);
    out.push('\u{FEFF}');
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        out.push_str(line.strip_suffix('\r').unwrap_or(line));
    }
    out
}

#[derive(Serialize)]
struct CaseJson<'a> {
    schema: &'static str,
    today: Date,
    situation: &'a Situation,
    routing: &'a Routing,
    details: Details,
    documents: &'a [Document],
}

/// The case for the hall's case system (schema `weiquan.case/2`, see
/// docs/case-schema.md). Every typed text is cleaned.
pub fn case_json(s: &Situation, routing: &Routing, d: &Details, docs: &[Document], today: Date) -> String {
    let c = CaseJson { schema: CASE_SCHEMA, today, situation: s, routing, details: details::cleaned(d), documents: docs };
    serde_json::to_string(&c).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn claims_are_numbered_past_ten() {
        let got: Vec<String> = [1, 9, 10, 11, 12, 19, 20, 21, 30, 99].into_iter().map(numeral).collect();
        assert_eq!(got, ["一", "九", "十", "十一", "十二", "十九", "二十", "二十一", "三十", "九十九"]);
    }

    #[test]
    fn a_text_file_has_a_bom_and_crlf_line_ends_only() {
        assert_eq!(text_file("甲\n\n乙\r\n丙\n"), "\u{FEFF}甲\r\n\r\n乙\r\n丙\r\n");
        assert_eq!(text_file(""), "\u{FEFF}");
    }

    #[test]
    fn hours_print_as_typed_without_trailing_zeros() {
        assert_eq!(hours_text(150), "1.5");
        assert_eq!(hours_text(102), "1.02");
        assert_eq!(hours_text(200), "2");
        assert_eq!(hours_text(3333), "33.33");
        assert_eq!(hours_text(1), "0.01");
        assert_eq!(hours_text(-250), "-2.5");
    }

    proptest! {
        #[test]
        fn hours_read_back_as_the_same_number(h in -(1i64 << 40)..(1i64 << 40)) {
            let back: f64 = hours_text(h).parse().unwrap();
            prop_assert_eq!((back * 100.0).round() as i64, h);
        }
    }
}
