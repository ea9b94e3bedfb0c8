//! The complaint summary (issue 6): documents per body from fixed answers
//! (snapshots in tests/snapshots/, read against core/law/ and
//! /work/shared/domain.md), the claims wired to the calculators, the final
//! award flag, the form's validation, hostile text, the case JSON and the QR
//! code decoded back with an independent decoder (rqrr).
//!
//! Snapshots: a mismatch fails and prints the new text; run with
//! `UPDATE_SNAPSHOTS=1` to rewrite them, then read the diff.

mod common;

use common::run_tool;
use weiquan_core::details::{self, validate, Details, FormParts};
use weiquan_core::documents::{self, Body, Document};
use weiquan_core::money::Cite;
use weiquan_core::qr::{self, QrCase};
use weiquan_core::rules::*;
use weiquan_core::{route, Date, Situation};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn today() -> Date {
    d("2026-11-26")
}

/// Resident ID numbers and credit codes whose check characters were computed
/// with the GB 11643 / GB 32100 formulas (as in validate.rs's tests).
const ID: &str = "410102199003151230";
const ID_F: &str = "410105198507200045";
const CODE: &str = "91410100MA3X5ABC15";
const CODE2: &str = "91410105MA44RRN0X3";

fn person(d: &mut Details) {
    for (k, v) in [
        ("person.name", "张三"),
        ("person.sex", "male"),
        ("person.birth_date", "1990-03-15"),
        ("person.id_number", ID),
        ("person.phone", "138 1234 5678"),
        ("person.address", "郑州市中原区建设路1号"),
        ("person.occupation", "仓库管理员"),
        ("employers[0].name", "郑州某某物流有限公司"),
        ("employers[0].address", "郑州市金水区花园路2号"),
        ("employers[0].legal_rep", "王五"),
        ("employers[0].legal_rep_title", "总经理"),
        ("employers[0].credit_code", CODE),
        // Chosen as the person would: the form has no default for it.
        ("claims.dismissal_remedy", "damages"),
        ("evidence[0].item", "工资条和银行流水"),
        ("evidence[0].source", "本人持有"),
        ("evidence[1].item", "考勤记录"),
        ("evidence[1].source", "用人单位持有"),
    ] {
        assert!(d.set(k, v.into()), "{k}");
    }
}

fn situation(problems: &[Problem], f: impl FnOnce(&mut Situation)) -> Situation {
    let mut s = Situation::new(problems.to_vec());
    f(&mut s);
    assert!(s.validate(today()).is_empty(), "{:?}", s.validate(today()));
    s
}

fn docs(s: &Situation, det: &Details) -> Vec<Document> {
    documents::compose(s, &route(s, today()), det, today())
}

fn snapshot(name: &str, text: &str) {
    let path = format!("{}/tests/snapshots/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(format!("{}/tests/snapshots", env!("CARGO_MANIFEST_DIR"))).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing snapshot {path}; run with UPDATE_SNAPSHOTS=1"));
    assert!(want == text, "snapshot {name} differs; new text:\n{text}");
}

// ───────────────────────────── cases ─────────────────────────────

/// Left after 8½ months without a contract, two months unpaid, dismissed:
/// arbitration only (wants money).
fn arbitration_case() -> (Situation, Details) {
    let s = situation(&[Problem::WagesUnpaid, Problem::NoContract, Problem::Dismissed], |s| {
        s.want = Want::MoneyOrDecision;
        s.relationship = Relationship::Acknowledged;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2025-01-10"));
        s.dates.job_end = Some(d("2025-09-30"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "5,000".into());
    det.set("claims.unpaid_months", "2".into());
    det.set("witnesses[0].name", "李四".into());
    det.set("witnesses[0].contact", "郑州市二七区大学路8号".into());
    (s, det)
}

#[test]
fn arbitration_application_has_the_contents_of_article_28() {
    let (s, det) = arbitration_case();
    assert!(validate(&det, FormParts::ALL, today()).is_empty(), "{:?}", validate(&det, FormParts::ALL, today()));
    let docs = docs(&s, &det);
    assert_eq!(docs.len(), 1);
    let a = &docs[0];
    assert_eq!(a.body, Body::Arbitration);
    assert_eq!(a.title, "劳动人事争议仲裁申请书");
    // 第二十八条第二款(一): name, sex, age, occupation, work unit, address…
    let labels: Vec<&str> = a.parties[0].fields.iter().map(|f| f.label).collect();
    for l in ["姓名", "性别", "出生日期（年龄）", "职业", "工作单位", "住所（通讯地址）"] {
        assert!(labels.contains(&l), "{l} missing from {labels:?}");
    }
    assert!(a.parties[0].fields.iter().any(|f| f.value == "1990年3月15日（36岁）"));
    // …the employer's name, address, legal representative and title.
    let r: Vec<(&str, &str)> = a.parties[1].fields.iter().map(|f| (f.label, f.value.as_str())).collect();
    assert!(r.contains(&("法定代表人（主要负责人）", "王五")) && r.contains(&("职务", "总经理")), "{r:?}");
    // (二) claims with facts and reasons; (三) evidence with source, witnesses.
    assert_eq!(a.claims.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["unpaid_wages", "double_wages", "damages"]);
    assert_eq!(a.evidence[1].detail, "用人单位持有");
    assert_eq!(a.witnesses[0].text, "李四");
    // One respondent: one original + one copy.
    let c = a.copies.unwrap();
    assert_eq!((c.originals, c.copies, c.total), (1, 1, 2));
    snapshot("arbitration", &a.to_text());
}

#[test]
fn claims_are_the_calculators_results_with_their_working() {
    let (s, det) = arbitration_case();
    let a = &docs(&s, &det)[0];
    let by = |k: &str| a.claims.iter().find(|c| c.key == k).unwrap();
    // 2 months × ¥5,000.
    let w = by("unpaid_wages");
    assert_eq!(w.amount_fen, Some(1_000_000));
    assert_eq!(w.amount_fen.unwrap(), weiquan_core::money::unpaid_wages(500_000, 2, 0).unwrap().amount_fen);
    // No contract 2025-01-10 … left 2025-09-30: owed 02-10…09-30 = 7 months
    // + 21 days of a 30-day month = 35,000 + 3,500.
    let dw = by("double_wages");
    assert_eq!(dw.amount_fen, Some(3_850_000));
    assert!(dw.working.iter().any(|l| l.zh == "应支付二倍工资的期间：2025年2月10日至2025年9月30日"), "{:?}", dw.working);
    assert!(dw.working.iter().any(|l| l.cite.clause == "第六条第二款"));
    // 8 months 21 days of service = 1 month's pay; ×2 (第八十七条) = ¥10,000.
    let dm = by("damages");
    assert_eq!(dm.amount_fen, Some(1_000_000));
    assert!(dm.working.iter().any(|l| l.zh == "经济补偿标准5,000.00元 × 2 = 10,000.00元"));
    assert!(dm.working.iter().any(|l| l.en.starts_with("Compensation standard ¥5,000.00 × 2")));
    // The text carries the amount.
    assert!(w.text.ends_with("共计人民币10,000.00元"), "{}", w.text);
    // Over a year without a contract (2025-01-10 to 2026-09-30): capped at
    // the 11 months of practice, said as such, not as a day named 满一年
    // (a legal review counted 满一年 one day earlier than the anniversary).
    let mut longer = s.clone();
    longer.dates.job_end = Some(d("2026-09-30"));
    let a = &docs(&longer, &det)[0];
    let dw = a.claims.iter().find(|c| c.key == "double_wages").unwrap();
    assert_eq!(dw.amount_fen, Some(11 * 500_000));
    let cap = dw.working.iter().find(|l| l.zh.contains("视为已订立无固定期限劳动合同")).expect("the cap's line");
    assert_eq!(cap.zh, "用工满一年仍未订立书面劳动合同的，视为已订立无固定期限劳动合同，二倍工资最多计11个月，计至2026年1月9日");
    assert!(cap.en.contains("11 months at most, to 2026-01-09"), "{}", cap.en);
}

/// Dismissed and not given economic compensation: the dismissal's claim
/// (damages, or the contract continued) is the one claim for the end of the
/// job; claiming compensation beside it would ask twice (实施条例 第二十五条).
/// Four years and seven months at ¥6,000 a month, left on 2026-09-30, asking
/// `remedy` for the end of the job.
fn left_after_four_years(problems: &[Problem], remedy: &str) -> (Situation, Details) {
    let s = situation(problems, |s| {
        s.want = Want::MoneyOrDecision;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2022-03-01"));
        s.dates.job_end = Some(d("2026-09-30"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "6000".into());
    det.set("claims.dismissal_remedy", remedy.into());
    (s, det)
}

#[test]
fn a_dismissal_claims_damages_or_reinstatement_not_also_compensation() {
    let claims = |problems: &[Problem], remedy: &str| {
        let (s, det) = left_after_four_years(problems, remedy);
        let docs = docs(&s, &det);
        let a = docs.iter().find(|x| x.body == Body::Arbitration).expect("an application");
        a.claims.iter().map(|c| (c.key.clone(), c.amount_fen)).collect::<Vec<_>>()
    };
    let both = [Problem::Dismissed, Problem::CompensationUnpaid];
    // 4 years 7 months: 5 months' pay, ×2 for damages.
    assert_eq!(claims(&both, "damages"), [("damages".to_string(), Some(6_000_000))]);
    assert_eq!(claims(&both, "reinstate"), [("reinstate".to_string(), None)]);
    assert_eq!(claims(&[Problem::CompensationUnpaid], "damages"), [("compensation".to_string(), Some(3_000_000))]);
    // Dismissed or laid off lawfully, without compensation (第四十六条（三）（四）):
    // compensation once, not damages, and the facts do not call it unlawful.
    assert_eq!(claims(&both, "compensation"), [("compensation".to_string(), Some(3_000_000))]);
    let (s, det) = left_after_four_years(&[Problem::Dismissed], "compensation");
    assert!(validate(&det, FormParts::ALL, today()).is_empty());
    let (zh, en) = weiquan_core::documents::composed_facts(&s, &det, today());
    assert!(zh.contains("2026年9月30日，单位解除了与本人的劳动合同，未依法支付经济补偿。") && !zh.contains("违法"), "{zh}");
    assert!(en.contains("On 2026-09-30 the employer ended my contract and did not pay the economic compensation owed."), "{en}");
    // Lawfully, under 第四十条: the month's wage in lieu of notice is not
    // asked about, so the application says when it is owed (实施条例 第二十条).
    let notice_pay = |remedy: &str| {
        let (s, det) = left_after_four_years(&[Problem::Dismissed], remedy);
        let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).unwrap();
        a.notices.into_iter().find(|n| n.key == "notice_pay").map(|n| (n.zh, n.cites.iter().map(|c| c.clause).collect::<Vec<_>>()))
    };
    let (zh, clauses) = notice_pay("compensation").expect("the notice-pay notice");
    assert!(zh.contains("没有提前三十日书面通知本人的，还应额外支付一个月工资"), "{zh}");
    assert_eq!(clauses, ["第四十条", "第二十条"]);
    for remedy in ["damages", "reinstate", "quit_for_cause"] {
        assert_eq!(notice_pay(remedy), None, "{remedy}");
    }
    // Compensation unpaid without a dismissal ticked: the contract may have
    // been ended under 第四十条 too.
    let (s, det) = left_after_four_years(&[Problem::CompensationUnpaid], "");
    let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).unwrap();
    assert!(a.notices.iter().any(|n| n.key == "notice_pay"));
    // Dismissed unlawfully: the reading aid says the worker considers it so.
    let (s, det) = left_after_four_years(&[Problem::Dismissed], "damages");
    let (_, en) = weiquan_core::documents::composed_facts(&s, &det, today());
    assert!(en.contains("On 2026-09-30 the employer ended my contract; I consider this unlawful."), "{en}");
}

/// A number the form rejects is not worked into the papers (from a UX
/// review: 30 working days beside 2 months printed ¥16,896.55 and "2个月零30
/// 个工作日" while the field said at most 21). Months that do not fit the job
/// are rejected too. Only days owed: no "× 0个月 = 0.00元" line.
#[test]
fn a_rejected_period_gives_no_amount_and_no_period_on_the_papers() {
    let s = situation(&[Problem::WagesUnpaid], |s| {
        s.want = Want::MoneyOrDecision;
        s.dates.job_start = Some(d("2026-03-02"));
    });
    let claim = |months: &str, days: &str| {
        let mut det = Details::default();
        person(&mut det);
        det.set("claims.monthly_wage", "5000".into());
        det.set("claims.job_start", "2026-03-02".into());
        det.set("claims.unpaid_months", months.into());
        det.set("claims.unpaid_days", days.into());
        let rejected: Vec<String> = validate(&det, FormParts::ALL, today()).into_iter().map(|e| e.field).collect();
        let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).expect("an application");
        let c = a.claims.into_iter().find(|c| c.key == "unpaid_wages").expect("the wage claim");
        (rejected, c, a.facts)
    };
    // (The job: 2026-03-02 to today, 2026-11-26: 8 months and 25 days.)
    for (months, days, field) in
        [("2", "30", "claims.unpaid_days"), ("", "40", "claims.unpaid_days"), ("12", "", "claims.unpaid_months"), ("9", "5", "claims.unpaid_months")]
    {
        let (rejected, c, facts) = claim(months, days);
        assert_eq!(rejected, [field], "{months}/{days}");
        assert_eq!(c.amount_fen, None, "{months}/{days}: {}", c.text);
        assert!(!facts.contains("个工作日的工资") && !facts.contains("个月的工资"), "{months}/{days}: {facts}");
    }
    let (rejected, c, facts) = claim("2", "21");
    assert!(rejected.is_empty(), "{rejected:?}");
    assert!(c.amount_fen.is_some() && facts.contains("2个月零21个工作日"), "{facts}");
    let (_, c, _) = claim("", "10");
    assert!(c.working.iter().all(|w| !w.zh.contains("× 0个月")), "{:?}", c.working);
    assert_eq!(c.amount_fen, Some(229_885), "¥5,000 ÷ 21.75 × 10");
}

/// A birth date after today is refused by the form and not printed (a UX
/// review saw "2030年1月1日（0岁）"): the ID number's birth date stands in.
#[test]
fn a_future_birth_date_is_not_printed() {
    let (s, mut det) = arbitration_case();
    det.set("person.birth_date", "2030-01-01".into());
    assert!(validate(&det, FormParts::ALL, today()).iter().any(|e| e.field == "person.birth_date"));
    let a = docs(&s, &det).into_iter().next().expect("an application");
    let birth = a.parties[0].fields.iter().find(|f| f.label == "出生日期（年龄）").expect("the birth date line");
    assert_eq!(birth.value, "1990年3月15日（36岁）");
}

/// "被辞退、开除或被逼辞职" is a dismissal or a resignation: until the person
/// says which, the papers do not say the employer ended the contract (a
/// false fact for someone who resigned, 第三十八条) nor claim damages
/// (第八十七条 needs the employer to have ended it); they leave a line to
/// write the claim on, and the check asks for the choice.
#[test]
fn no_remedy_is_chosen_for_the_person() {
    let (s, mut det) = left_after_four_years(&[Problem::Dismissed, Problem::WagesUnpaid], "damages");
    det.set("claims.dismissal_remedy", String::new());
    let e = validate(&det, FormParts::ALL, today());
    assert_eq!(e.iter().map(|e| (e.field.as_str(), e.key)).collect::<Vec<_>>(), [("claims.dismissal_remedy", "choose_one")]);
    let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).expect("an application");
    let keys: Vec<&str> = a.claims.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["problem:dismissed", "unpaid_wages"]);
    // A line to write the claim on, with the choices: not the form's
    // instruction, which a printed paper cannot follow (a review).
    assert!(a.claims[0].text.starts_with("请求裁决被申请人＿＿＿＿") && a.claims[0].amount_fen.is_none(), "{}", a.claims[0].text);
    assert!(!a.claims[0].text.contains("表格"), "{}", a.claims[0].text);
    assert!(a.facts.contains("2026年9月30日，本人与单位的劳动合同解除（终止）。"), "{}", a.facts);
    assert!(a.facts_en.contains("On 2026-09-30 the contract between me and the employer ended."), "{}", a.facts_en);
    assert!(!a.facts.contains("单位解除了") && !a.facts.contains("违法"), "{}", a.facts);
}

/// Forced to resign by the employer's breach (劳动合同法 第三十八条): the worker
/// ended the contract, so the papers claim economic compensation (第四十六条（一）),
/// not damages for an unlawful dismissal (第八十七条), and never say the
/// employer ended it. The breach named is the one among the problems ticked.
#[test]
fn a_forced_resignation_claims_compensation_and_says_who_ended_the_contract() {
    use weiquan_core::documents::composed_facts;
    const QUIT_FOR_CAUSE: &str = "quit_for_cause";
    let case = |problems: &[Problem], remedy: &str| {
        let (s, det) = left_after_four_years(problems, remedy);
        assert!(validate(&det, FormParts::ALL, today()).is_empty(), "{remedy}");
        let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).expect("an application");
        (a, composed_facts(&s, &det, today()))
    };
    let (a, (zh, en)) = case(&[Problem::Dismissed, Problem::WagesUnpaid, Problem::CompensationUnpaid], QUIT_FOR_CAUSE);
    let comp = a.claims.iter().find(|c| c.key == "compensation").expect("a compensation claim");
    // 4 years 7 months: 5 months' pay, once (not ×2 as damages).
    assert_eq!(comp.amount_fen, Some(3_000_000));
    assert!(comp.cites.contains(&Cite { source: "劳动合同法", clause: "第三十八条" }), "{:?}", comp.cites);
    assert!(!a.claims.iter().any(|c| c.key == "damages" || c.cites.iter().any(|x| x.clause == "第八十七条")));
    assert_eq!(a.claims.iter().filter(|c| c.key == "compensation").count(), 1);
    assert!(zh.contains("2026年9月30日，因单位未及时足额支付劳动报酬，本人依照《劳动合同法》第三十八条解除了劳动合同。"), "{zh}");
    assert!(!zh.contains("单位解除了") && !zh.contains("违法解除"), "{zh}");
    assert!(en.contains("On 2026-09-30, I ended the contract under article 38 of the Labour Contract Law, because the employer did not pay wages in full and on time."), "{en}");
    // Social insurance unpaid as well: both breaches are named.
    let (_, (zh, _)) = case(&[Problem::Dismissed, Problem::WagesUnpaid, Problem::NoSocialInsurance], QUIT_FOR_CAUSE);
    assert!(zh.contains("因单位未及时足额支付劳动报酬、未依法缴纳社会保险费，本人依照"), "{zh}");
    // No such breach ticked: the article's own words, for the worker to complete.
    let (_, (zh, _)) = case(&[Problem::Dismissed], QUIT_FOR_CAUSE);
    assert!(zh.contains("因单位存在该条规定的情形，本人依照《劳动合同法》第三十八条解除了劳动合同。"), "{zh}");
    // Dismissed by the employer: damages, and the facts say the employer ended it.
    let (a, (zh, _)) = case(&[Problem::Dismissed], "damages");
    assert_eq!(a.claims[0].key, "damages");
    assert!(zh.contains("单位解除了与本人的劳动合同"), "{zh}");
}

/// Working since 2005, forced out on 2026-09-30 at ¥6,000: economic
/// compensation counts only the years from 2008-01-01 (劳动合同法 第九十七条
/// 第三款): 18 years 9 months → 19 months' pay, ¥114,000, not the 21 years
/// 7 months → 22 months of the whole job; the working says so, citing the
/// clause, in both languages. Damages for an unlawful dismissal count from
/// the first day (实施条例 第二十五条): 22 months × 2 = ¥264,000.
#[test]
fn compensation_for_a_job_begun_before_2008_counts_from_2008_and_says_why() {
    let claim = |remedy: &str, key: &str| {
        let (mut s, det) = left_after_four_years(&[Problem::Dismissed, Problem::WagesUnpaid], remedy);
        s.dates.job_start = Some(d("2005-03-01"));
        let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).expect("an application");
        a.claims.into_iter().find(|c| c.key == key).expect(key)
    };
    let comp = claim("quit_for_cause", "compensation");
    assert_eq!(comp.amount_fen, Some(11_400_000));
    let w = comp.working.iter().find(|w| w.cite.clause == "第九十七条第三款").expect("a working line citing 第九十七条第三款");
    assert!(w.zh.contains("2005年3月1日") && w.zh.contains("经济补偿年限自2008年1月1日起计算"), "{}", w.zh);
    assert!(w.en.contains("count from 2008-01-01"), "{}", w.en);
    assert!(law_article(w.cite.source, w.cite.clause).is_some_and(|t| t.contains("经济补偿年限自本法施行之日起计算")));
    let damages = claim("damages", "damages");
    assert_eq!(damages.amount_fen, Some(26_400_000));
    assert!(!damages.working.iter().any(|w| w.cite.clause.starts_with("第九十七条")));
}

/// Paid below the minimum wage: the facts name the standard in force while
/// the work was done, not today's, and no figure the table does not hold.
#[test]
fn the_minimum_wage_named_is_the_one_in_force_when_the_work_was_done() {
    use weiquan_core::documents::composed_facts;
    let facts = |employment: Employment, end: Option<&str>| {
        let s = situation(&[Problem::BelowMinimumWage], |s| {
            s.employment = employment;
            s.dates.job_end = end.map(d);
        });
        composed_facts(&s, &Details::default(), today()).0
    };
    let figure = "低于当地最低工资标准（每月2,100.00元）";
    assert!(facts(Employment::Employed, None).contains(figure), "{}", facts(Employment::Employed, None));
    assert!(facts(Employment::Left, Some("2025-06-30")).contains(figure));
    // Left in 2023: the standard of 2022 (豫政〔2021〕33号).
    assert!(facts(Employment::Left, Some("2023-06-30")).contains("低于当地最低工资标准（每月2,000.00元）"));
    // Left before the table's first standard (2022-01-01), or on a day not given: no figure.
    for end in [Some("2021-06-30"), None] {
        let f = facts(Employment::Left, end);
        assert!(f.contains("单位支付的工资低于当地最低工资标准。") && !f.contains("每月"), "{end:?}: {f}");
    }
}

#[test]
fn final_award_flag_is_twelve_months_of_minimum_wage_inclusive() {
    let (s, mut det) = arbitration_case();
    let t = weiquan_core::places::final_award_threshold_fen(today()).unwrap();
    assert_eq!(t, 12 * 210_000);
    // The other claims under the line (a wage of ¥2,000: double wages about
    // ¥15,000, damages about ¥4,000).
    det.set("claims.monthly_wage", "2,000".into());
    let flag = |det: &Details| docs(&s, det)[0].claims[0].final_award.unwrap();
    det.set("claims.unpaid_amount", "25200".into());
    assert_eq!((flag(&det).under, flag(&det).threshold_fen), (true, t));
    assert!(docs(&s, &det)[0].claims.iter().skip(1).all(|c| c.final_award.is_some_and(|f| f.under)));
    det.set("claims.unpaid_amount", "25200.01".into());
    assert!(!flag(&det).under);
    // Over the line as claimed: the amount the award fixes decides (解释（一）
    // 第十九条), so the paper does not say the award cannot be final (a
    // legal review).
    let text = docs(&s, &det)[0].to_text();
    assert!(text.contains("请求超过当地月最低工资标准十二个月金额25,200.00元"), "{text}");
    assert!(text.contains("裁决确定的数额也超过的，不属于终局裁决"), "{text}");
    assert!(docs(&s, &det)[0].claims[0].cites.contains(&Cite { source: "劳动争议调解仲裁法", clause: "第四十七条第一项" }));
    // A wage of ¥5,000: the double wages (¥38,500) are over the line, the
    // unpaid wages (¥25,200) and the damages (¥10,000) under. One award with
    // a claim over the line is not final once either side sues (解释（一）
    // 第十九条、第二十条), so those under it are not said to be possibly
    // final (a legal review found "可能为终局裁决" beside "超过").
    det.set("claims.monthly_wage", "5,000".into());
    det.set("claims.unpaid_amount", "25200".into());
    let flags: Vec<_> = docs(&s, &det)[0].claims.iter().map(|c| c.final_award.map(|f| f.under)).collect();
    assert_eq!(flags, [None, Some(false), None]);
}

// A claim of the person's own ("退还押金") carries their figure, but not the
// wage clause (劳动合同法 第三十条) nor a final-award label: 调解仲裁法
// 第四十七条(一) covers only pay, an injury's medical costs, compensation and
// damages (a legal review found both on a deposit's refund).
#[test]
fn a_claim_of_the_persons_own_has_no_wage_clause_and_no_final_award_label() {
    let (s, mut det) = arbitration_case();
    // Every claim under the final-award line (double wages about ¥15,000).
    det.set("claims.monthly_wage", "2,000".into());
    det.set("claims.other[0].text", "退还押金".into());
    det.set("claims.other[0].amount", "500".into());
    let a = &docs(&s, &det)[0];
    let own = a.claims.iter().find(|c| c.key == "other").expect("the claim of their own");
    assert_eq!(own.amount_fen, Some(50_000));
    assert!(own.text.contains("退还押金，共计人民币500.00元"), "{}", own.text);
    assert_eq!(own.final_award, None);
    assert!(own.cites.is_empty() && own.working.is_empty(), "{:?} {:?}", own.cites, own.working);
    assert!(a.claims[0].final_award.is_some(), "the wages keep theirs");
}

// Beside reinstatement, which no award decides finally, the award is treated
// as not final once either side sues (解释（一）第二十条): no claim is said
// to be final. With damages instead, the wages keep their label.
#[test]
fn beside_reinstatement_no_claim_is_said_to_be_final() {
    let (s, mut det) = arbitration_case();
    // Every claim under the final-award line (double wages about ¥15,000).
    det.set("claims.monthly_wage", "2,000".into());
    det.set("claims.dismissal_remedy", "reinstate".into());
    let a = &docs(&s, &det)[0];
    assert!(a.claims.iter().any(|c| c.key == "reinstate"));
    assert!(a.claims.iter().all(|c| c.final_award.is_none()), "{:?}", a.claims.iter().map(|c| (&c.key, c.final_award)).collect::<Vec<_>>());
    det.set("claims.dismissal_remedy", "damages".into());
    assert!(docs(&s, &det)[0].claims[0].final_award.is_some());
}

#[test]
fn missing_inputs_leave_the_claim_without_an_amount_and_name_the_fields() {
    let (s, mut det) = arbitration_case();
    det.set("claims.monthly_wage", "".into());
    det.set("claims.unpaid_months", "".into());
    let a = &docs(&s, &det)[0];
    assert_eq!(a.claims[0].amount_fen, None);
    assert!(a.claims[0].text.ends_with("（金额待核算）"));
    assert!(a.claims[0].final_award.is_none());
    // Each list is enough on its own: the total alone, or the wage and the
    // months (or days) owed.
    let unpaid_needs = |det: &Details| docs(&s, det)[0].claims.iter().find(|c| c.key == "unpaid_wages").unwrap().missing.clone();
    assert_eq!(unpaid_needs(&det), ["claims.unpaid_amount"]);
    det.set("claims.unpaid_months", "2".into());
    assert_eq!(unpaid_needs(&det), ["claims.monthly_wage"]);
    det.set("claims.monthly_wage", "5000".into());
    det.set("claims.unpaid_months", "".into());
    assert_eq!(unpaid_needs(&det), ["claims.unpaid_amount"]);
    det.set("claims.unpaid_days", "3".into());
    assert!(unpaid_needs(&det).is_empty());
    // Months not a whole number (the field says so itself): the total would
    // do; not "the months, the days" (the days are optional; a review).
    det.set("claims.unpaid_days", "".into());
    det.set("claims.unpaid_months", "3.5".into());
    assert_eq!(unpaid_needs(&det), ["claims.unpaid_amount"]);
}

/// Three weeks' work without a contract, wages unpaid: double wages start
/// only after the first month (实施条例 第六条), so that claim works out at
/// ¥0. Nobody hands in a claim for nothing: it is left off the paper, and
/// kept beside it (`nothing_owed`) with the working that says why.
#[test]
fn a_claim_worked_out_at_nothing_is_kept_off_the_paper_with_its_reason() {
    let s = situation(&[Problem::WagesUnpaid, Problem::NoContract], |s| {
        s.want = Want::MoneyOrDecision;
        s.relationship = Relationship::Acknowledged;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2026-03-02"));
        s.dates.job_end = Some(d("2026-03-20"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "4,000".into());
    det.set("claims.unpaid_days", "14".into());
    let docs = docs(&s, &det);
    let a = docs.iter().find(|d| d.body == Body::Arbitration).expect("an arbitration paper");
    assert_eq!(a.claims.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["unpaid_wages"]);
    assert_eq!(a.nothing_owed.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["double_wages"]);
    let dw = &a.nothing_owed[0];
    assert_eq!(dw.amount_fen, Some(0));
    assert!(!dw.text.contains("共计") && !dw.text_en.contains('¥'), "{} / {}", dw.text, dw.text_en);
    assert!(dw.final_award.is_none());
    assert!(dw.working.iter().any(|w| w.zh == "二倍工资自2026年4月2日起计算，此前已订立合同或离职，无二倍工资"), "{:?}", dw.working);
    let paper = a.to_text();
    assert!(!paper.contains("另一倍工资") && !paper.contains("共计人民币0.00元"), "{paper}");
    assert!(paper.contains("请求裁决被申请人支付拖欠的工资"), "{paper}");
    // Without the wages: no claim is left, and the gap is printed as one.
    let alone = situation(&[Problem::NoContract], |x| {
        x.want = s.want;
        x.relationship = s.relationship;
        x.employment = s.employment;
        x.dates = s.dates;
    });
    let only = documents::compose(&alone, &route(&alone, today()), &det, today());
    let a = only.iter().find(|d| d.body == Body::Arbitration).expect("an arbitration paper");
    assert!(a.claims.is_empty() && a.nothing_owed.len() == 1);
    assert!(a.to_text().contains("仲裁请求：\n＿＿＿＿＿＿＿＿\n"), "{}", a.to_text());
    // The same answers with a month's more work: the claim is on the paper.
    det.set("claims.job_end", "2026-05-20".into());
    let later = documents::compose(&s, &route(&s, today()), &det, today());
    let a = later.iter().find(|d| d.body == Body::Arbitration).unwrap();
    assert!(a.nothing_owed.is_empty());
    assert!(a.claims.iter().any(|c| c.key == "double_wages" && c.amount_fen > Some(0)), "{:?}", a.claims);
}

/// The day a contract was signed, as the interview gave it (its "put right"
/// date, with no other problem asking for one), stops the double wages on
/// the papers as it stops the limit on the result: the papers had counted to
/// the day before a year of work (55,000 yuan for 40,000; found in a
/// deadline review). The form's date, when typed, wins, and the form says
/// under it that the result counted from the interview's.
/// A "signing" day after the last day worked: double wages run to the last
/// day, as the time limit counts them, and the facts say no contract was
/// signed (a review found ¥28,548.39 claimed for months after leaving,
/// against ¥13,500.00).
#[test]
fn a_contract_signed_after_leaving_does_not_stretch_the_double_wages() {
    let s = situation(&[Problem::NoContract], |s| {
        s.want = Want::MoneyOrDecision;
        s.relationship = Relationship::Acknowledged;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2025-01-10"));
        s.dates.job_end = Some(d("2025-04-30"));
        s.dates.violation_end = Some(d("2025-08-01"));
    });
    assert!(s.validate(today()).is_empty());
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "5000".into());
    let all = docs(&s, &det);
    let a = all.iter().find(|d| d.body == Body::Arbitration).expect("an arbitration paper");
    let dw = a.claims.iter().find(|c| c.key == "double_wages").expect("double wages");
    assert_eq!(dw.amount_fen, Some(1_350_000), "{:?}", dw.working);
    assert!(dw.working.iter().any(|w| w.zh == "应支付二倍工资的期间：2025年2月10日至2025年4月30日"), "{:?}", dw.working);
    assert!(a.facts.contains("单位自用工之日起未与本人订立书面劳动合同"), "{}", a.facts);
    // The same when typed on the form.
    let mut s2 = s.clone();
    s2.dates.violation_end = None;
    det.set("claims.contract_signed", "2025-08-01".into());
    let all = docs(&s2, &det);
    let a = all.iter().find(|d| d.body == Body::Arbitration).unwrap();
    assert_eq!(a.claims.iter().find(|c| c.key == "double_wages").unwrap().amount_fen, Some(1_350_000));
}

#[test]
fn the_interviews_signing_date_stops_the_double_wages_and_a_different_form_date_is_noted() {
    let s = situation(&[Problem::NoContract], |s| {
        s.want = Want::MoneyOrDecision;
        s.relationship = Relationship::Acknowledged;
        s.dates.job_start = Some(d("2025-06-01"));
        s.dates.violation_end = Some(d("2026-03-01"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "5,000".into());
    let double = |det: &Details| {
        let docs = docs(&s, det);
        let a = docs.iter().find(|d| d.body == Body::Arbitration).expect("an arbitration paper");
        a.claims.iter().find(|c| c.key == "double_wages").expect("double wages").clone()
    };
    let dw = double(&det);
    assert_eq!(dw.amount_fen, Some(4_000_000), "{:?}", dw.working);
    assert!(dw.working.iter().any(|w| w.zh == "应支付二倍工资的期间：2025年7月1日至2026年2月28日"), "{:?}", dw.working);
    assert!(documents::dates_unlike_interview(&s, &det, today()).is_empty());
    // The same day typed on the form: nothing to say.
    det.set("claims.contract_signed", "20260301".into());
    assert!(documents::dates_unlike_interview(&s, &det, today()).is_empty());
    // Another day: the papers use it, and the form notes the interview's.
    det.set("claims.contract_signed", "2025-09-01".into());
    assert_eq!(double(&det).amount_fen, Some(1_000_000));
    det.set("claims.job_start", "2025-05-01".into());
    assert_eq!(
        documents::dates_unlike_interview(&s, &det, today()),
        [("claims.job_start", Some(d("2025-06-01"))), ("claims.contract_signed", Some(d("2026-03-01")))]
    );
    // A leaving date typed for someone the interview has still there.
    det.set("claims.job_end", "2026-10-31".into());
    assert_eq!(documents::dates_unlike_interview(&s, &det, today())[1], ("claims.job_end", None));
    // With wages also unpaid, the signing day is its own answer: the
    // papers count to it, and a form date unlike it is noted. (One shared
    // "put right" day had read a late signing as the wages paid.)
    let both = situation(&[Problem::NoContract, Problem::WagesUnpaid], |x| {
        x.want = s.want;
        x.relationship = s.relationship;
        x.dates.job_start = s.dates.job_start;
        x.dates.contract_signed = Some(d("2026-03-01"));
    });
    assert!(both.validate(today()).is_empty());
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "5,000".into());
    det.set("claims.unpaid_months", "1".into());
    let a = docs(&both, &det).into_iter().find(|d| d.body == Body::Arbitration).expect("an arbitration paper");
    assert_eq!(a.claims.iter().find(|c| c.key == "double_wages").unwrap().amount_fen, Some(4_000_000));
    det.set("claims.contract_signed", "2025-09-01".into());
    assert_eq!(documents::dates_unlike_interview(&both, &det, today()), [("claims.contract_signed", Some(d("2026-03-01")))]);
    // A situation written before the signing had its own field: the shared
    // day is the wages' as well, so not the contract's.
    let mut old = both.clone();
    old.dates.contract_signed = None;
    old.dates.violation_end = Some(d("2026-03-01"));
    assert_eq!(weiquan_core::deadlines::contract_signed(&old), None);
    let mut alone = s.clone();
    alone.dates.contract_signed = None;
    assert_eq!(weiquan_core::deadlines::contract_signed(&alone), Some(d("2026-03-01")), "the one problem's own day");
}

/// Unpaid compensation chosen without a dismissal (a worker who quit
/// because wages were late, 劳动合同法 第三十八条): the form asks, optionally,
/// how the job ended, and the facts, the claim and the notes follow it. The
/// paper had said only "解除（终止）" and printed the note on 第四十条's
/// notice pay, which is a dismissal's (found in a worker-eye review).
#[test]
fn unpaid_compensation_alone_says_how_the_job_ended_when_chosen() {
    let s = situation(&[Problem::WagesUnpaid, Problem::CompensationUnpaid], |s| {
        s.want = Want::MoneyOrDecision;
        s.relationship = Relationship::Acknowledged;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2023-03-01"));
        s.dates.job_end = Some(d("2026-06-30"));
    });
    let parts = documents::form_parts(&s, &route(&s, today()));
    assert!(parts.end_of_job && !parts.dismissal_remedy);
    assert!(!FormParts::for_case(&[Problem::CompensationUnpaid, Problem::Dismissed], true).end_of_job);
    assert!(!FormParts::for_case(&[Problem::CompensationUnpaid], false).end_of_job);
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "5000".into());
    det.set("claims.unpaid_months", "2".into());
    let paper = |det: &Details| docs(&s, det).into_iter().find(|d| d.body == Body::Arbitration).expect("an application");
    let notes = |a: &Document| a.notices.iter().map(|n| n.key).collect::<Vec<_>>();
    // Not said: as before, and the form does not insist.
    det.set("claims.dismissal_remedy", "".into());
    let a = paper(&det);
    assert!(a.facts.contains("劳动合同解除（终止）后，单位未依法向本人支付经济补偿。"), "{}", a.facts);
    assert!(notes(&a).contains(&"notice_pay"));
    assert!(validate(&det, parts, today()).is_empty(), "{:?}", validate(&det, parts, today()));
    // Quit for the employer's breach.
    det.set("claims.dismissal_remedy", "quit_for_cause".into());
    let a = paper(&det);
    assert!(
        a.facts.contains("2026年6月30日，因单位未及时足额支付劳动报酬，本人依照《劳动合同法》第三十八条解除了劳动合同，单位未依法支付经济补偿。"),
        "{}",
        a.facts
    );
    let c = a.claims.iter().find(|c| c.key == "compensation").expect("compensation");
    assert!(c.text.starts_with("请求裁决被申请人支付申请人依法解除劳动合同的经济补偿"), "{}", c.text);
    assert!(c.cites.contains(&Cite { source: "劳动合同法", clause: "第三十八条" }));
    assert!(!notes(&a).contains(&"notice_pay"), "{:?}", notes(&a));
    // Dismissed lawfully.
    det.set("claims.dismissal_remedy", "compensation".into());
    let a = paper(&det);
    assert!(a.facts.contains("2026年6月30日，单位解除了与本人的劳动合同，未依法支付经济补偿。"), "{}", a.facts);
    assert!(notes(&a).contains(&"notice_pay"));
    // A dismissal's remedy left from an earlier answer: asked about, not printed.
    det.set("claims.dismissal_remedy", "damages".into());
    assert!(paper(&det).facts.contains("劳动合同解除（终止）后"));
    assert_eq!(
        validate(&det, parts, today()).iter().map(|e| (e.field.as_str(), e.key)).collect::<Vec<_>>(),
        [("claims.dismissal_remedy", "choose_one")]
    );
}

/// A worker who reports only child labour, or only fund fraud, reports a
/// breach against others (监察条例 第九条: 举报): the paper is a report, and
/// the reporter is kept secret (inspection) or asks not to be named (audit).
/// It had been a complaint naming the worker, where the employer can
/// retaliate (found in a legal review). Beside their own wages: a complaint.
#[test]
fn a_worker_reporting_only_others_breach_hands_in_a_report() {
    let paper = |problems: &[Problem], body: Body| {
        let s = situation(problems, |s| {
            s.want = Want::StopViolation;
            s.relationship = Relationship::Acknowledged;
        });
        let mut det = Details::default();
        person(&mut det);
        docs(&s, &det).into_iter().find(|d| d.body == body).expect("a paper")
    };
    let child = paper(&[Problem::ChildLabour], Body::Inspection);
    assert_eq!(child.title, "劳动保障监察举报书");
    assert!(child.notices.iter().any(|n| n.key == "reporter_confidential"));
    assert!(child.to_text().contains("举报人"), "{}", child.to_text());
    assert!(!child.to_text().contains("涉及的职工"), "the workers' line is a third party's: {}", child.to_text());
    let own = paper(&[Problem::WagesUnpaid, Problem::ChildLabour], Body::Inspection);
    assert_eq!(own.title, "劳动保障监察投诉书");
    // The child labour beside the worker's own matter is still a report,
    // and the paper says it is kept secret, as the result does (a
    // usability review found the secrecy gone from the merged paper).
    assert!(own.notices.iter().any(|n| n.key == "reported_matter_confidential"), "{:?}", own.notices);
    assert!(own.to_text().contains("其中使用童工一项属于举报，劳动保障行政部门应当为举报人保密。"), "{}", own.to_text());
    assert!(paper(&[Problem::WagesUnpaid], Body::Inspection).notices.iter().all(|n| !n.key.contains("confidential")));
    let fraud = paper(&[Problem::SocialInsuranceFraud], Body::Audit);
    assert!(fraud.notices.iter().any(|n| n.key == "identity_withheld_request"), "{:?}", fraud.notices);
    assert!(fraud.to_text().contains("举报人（签名）"), "{}", fraud.to_text());
}

#[test]
fn dispatch_case_has_two_respondents_and_three_papers() {
    let s = situation(&[Problem::Dismissed], |s| {
        s.want = Want::MoneyOrDecision;
        s.employment = Employment::Left;
        s.dispatch = Dispatch::Yes;
        s.dates.job_start = Some(d("2020-01-01"));
        s.dates.job_end = Some(d("2023-07-31"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("employers[0].name", "河南某某人力资源服务有限公司".into());
    det.set("employers[1].name", "郑州某某电子有限公司".into());
    det.set("employers[1].address", "郑州市高新区科学大道9号".into());
    det.set("employers[1].credit_code", CODE2.into());
    det.set("claims.monthly_wage", "8000".into());
    assert!(validate(&det, FormParts::ALL, today()).is_empty(), "{:?}", validate(&det, FormParts::ALL, today()));
    let docs = docs(&s, &det);
    let a = docs.iter().find(|x| x.body == Body::Arbitration).unwrap();
    assert_eq!(a.parties.len(), 3);
    assert_eq!(a.parties[1].role, "被申请人（一，劳务派遣单位）");
    assert_eq!(a.parties[2].role, "被申请人（二，用工单位）");
    let c = a.copies.unwrap();
    assert_eq!((c.originals, c.copies, c.total), (1, 2, 3));
    assert!(a.notices.iter().any(|n| n.key == "dispatch_co_parties" && n.cites[0].clause == "第二十二条"));
    // 3 years 7 months at ¥8,000: 4 months × 2 = ¥64,000 (money.rs test).
    assert_eq!(a.claims[0].amount_fen, Some(6_400_000));
    // The work unit is the user unit.
    assert!(a.parties[0].fields.iter().any(|f| f.label == "工作单位" && f.value == "郑州某某电子有限公司"));
    snapshot("arbitration_dispatch", &a.to_text());
}

#[test]
fn dispatch_with_only_one_employer_typed_still_lists_two_respondents() {
    let s = situation(&[Problem::WagesUnpaid], |s| {
        s.want = Want::MoneyOrDecision;
        s.dispatch = Dispatch::Yes;
    });
    let mut det = Details::default();
    person(&mut det);
    let a = &docs(&s, &det)[0];
    assert_eq!(a.copies.unwrap().total, 3);
    assert!(a.parties[2].fields.iter().all(|f| f.value.is_empty()));
    assert!(a.to_text().contains("被申请人（二，用工单位）：\n  名称：＿＿＿＿＿＿＿＿"));
    // The agency is not called the workplace.
    assert!(a.facts.contains("由郑州某某物流有限公司派遣至用工单位工作"), "{}", a.facts);
    assert!(!a.facts.contains("在郑州某某物流有限公司工作"), "{}", a.facts);
}

/// Not sure whether dispatched: one respondent typed, so 1 + 1 papers, and
/// the paper says a dispatch would make two respondents and one copy more
/// (the checklist's "bring 3" is for that); sure either way, no such note.
#[test]
fn dispatch_not_sure_says_what_a_second_respondent_would_change() {
    let notice = |dispatch| {
        let s = situation(&[Problem::WagesUnpaid], |s| {
            s.want = Want::MoneyOrDecision;
            s.dispatch = dispatch;
        });
        let mut det = Details::default();
        person(&mut det);
        let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).unwrap();
        (a.copies.unwrap().total, a.notices.iter().find(|n| n.key == "dispatch_not_sure").map(|n| (n.zh.clone(), n.cites.len())))
    };
    let (total, note) = notice(Dispatch::NotSure);
    assert_eq!(total, 2);
    let (zh, cites) = note.expect("the note");
    assert!(zh.contains("两家都要写作被申请人") && cites == 2, "{zh}");
    assert_eq!(notice(Dispatch::No).1, None);
    assert_eq!(notice(Dispatch::Yes).1, None);
}

#[test]
fn inspection_complaint() {
    let s = situation(&[Problem::WagesUnpaid, Problem::NoContract], |s| {
        s.want = Want::StopViolation;
        s.dates.job_start = Some(d("2026-03-01"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.unpaid_amount", "8400".into());
    let docs = docs(&s, &det);
    assert_eq!(docs.iter().map(|x| x.body).collect::<Vec<_>>(), [Body::Inspection]);
    let i = &docs[0];
    assert_eq!(i.title, "劳动保障监察投诉书");
    assert_eq!(i.parties[0].role, "投诉人");
    assert_eq!(i.claims_heading, "投诉请求");
    assert_eq!(i.claims[0].amount_fen, Some(840_000));
    assert!(i.claims[0].final_award.is_none(), "no final-award flag outside arbitration");
    assert!(i.copies.is_none());
    // A complainant (not a reporter): no confidentiality promise is printed.
    assert!(i.notices.is_empty());
    assert!(i.basis.contains(&Cite { source: "劳动保障监察条例", clause: "第九条" }));
    snapshot("inspection", &i.to_text());
}

#[test]
fn audit_report_keeps_identity_as_a_request_and_cites_only_the_collection_rule() {
    let s = situation(&[Problem::SocialInsuranceArrears], |s| {
        s.reporter = Reporter::ThirdParty;
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("person.id_number", ID_F.into());
    det.set("person.sex", "female".into());
    det.set("person.birth_date", "1985-07-20".into());
    det.set("person.name", "赵六".into());
    assert!(validate(&det, FormParts::ALL, today()).is_empty(), "{:?}", validate(&det, FormParts::ALL, today()));
    let r = route(&s, today());
    let docs = documents::compose(&s, &r, &det, today());
    let a = docs.iter().find(|x| x.body == Body::Audit).expect("audit document");
    assert_eq!(a.title, "社会保险稽查举报（投诉）书");
    assert_eq!(a.parties[0].role, "举报人");
    let keys: Vec<&str> = a.notices.iter().map(|n| n.key).collect();
    assert_eq!(keys, ["identity_withheld_request", "collection_reporter_confidential"]);
    // The request carries no citation (it is the reporter's wish, not a promise of 社会保险法).
    assert!(a.notices[0].cites.is_empty());
    assert_eq!(a.notices[1].cites, [Cite { source: "社会保险费征缴暂行条例", clause: "第二十一条" }]);
    snapshot("audit", &a.to_text());
}

/// Overtime at ¥3,000, one hour of each kind: the lines add up to ¥112.06,
/// the total (rounded once) is ¥112.07, and the working says why in both
/// languages instead of leaving the paper to look wrong.
#[test]
fn overtime_working_explains_a_total_a_fen_off_its_lines() {
    let s = situation(&[Problem::OvertimeRest], |s| s.want = Want::MoneyOrDecision);
    let mut det = Details::default();
    for (k, v) in [
        ("claims.monthly_wage", "3000"),
        ("claims.overtime_weekday_hours", "1"),
        ("claims.overtime_rest_day_hours", "1"),
        ("claims.overtime_holiday_hours", "1"),
    ] {
        det.set(k, v.into());
    }
    let docs = docs(&s, &det);
    let c = docs.iter().flat_map(|d| &d.claims).find(|c| c.key == "overtime").expect("an overtime claim");
    assert_eq!(c.amount_fen, Some(11_207));
    let w = c.working.iter().find(|w| w.zh.contains("相加为112.06元")).expect("a rounding line");
    assert!(w.zh.contains("为112.07元") && w.en.contains("add up to ¥112.06") && w.en.contains("¥112.07"), "{} / {}", w.zh, w.en);
}

/// Paid below the minimum wage and asking arbitration: a claim for the
/// difference (劳动法 第四十八条), not "请求依法裁决：" with the interview's label.
#[test]
fn below_minimum_wage_claims_the_difference() {
    let s = situation(&[Problem::BelowMinimumWage], |s| s.want = Want::MoneyOrDecision);
    let docs = docs(&s, &Details::default());
    let a = docs.iter().find(|x| x.body == Body::Arbitration).expect("an application");
    assert_eq!(a.claims.len(), 1);
    assert_eq!(a.claims[0].text, "请求裁决被申请人补足低于当地最低工资标准的工资差额");
    assert!(a.claims[0].cites.contains(&Cite { source: "劳动法", clause: "第四十八条" }));
    for c in &a.claims[0].cites {
        assert!(law_article(c.source, c.clause).is_some(), "{c:?}");
    }
}

/// A monthly wage under the minimum wage in force is questioned under the
/// field (a slip of a digit would go onto the papers unseen), never refused:
/// part-time work may be paid less a month. The standard is the one in force
/// on the last day for someone who has left, today's for someone still there.
#[test]
fn a_wage_below_the_minimum_is_questioned_not_refused() {
    let note = |s: &Situation, wage: &str| {
        let mut det = Details::default();
        det.set("claims.monthly_wage", wage.into());
        documents::wage_below_minimum(s, &det, today())
    };
    let still_there = situation(&[Problem::WagesUnpaid], |_| {});
    // 2024 onwards: ¥2,100 a month (places.toml), equal is not below.
    let n = note(&still_there, "210").expect("a note for ¥210");
    assert!(n.zh.contains("每月2,100.00元，2024年1月1日起执行，豫政〔2023〕43号，待人社局确认"), "{}", n.zh);
    assert!(n.zh.contains("加选“工资低于最低工资标准”"), "{}", n.zh);
    assert!(n.en.contains("¥2,100.00 a month from 2024-01-01") && n.en.contains("“I am paid less than the minimum wage”"), "{}", n.en);
    for c in &n.cites {
        assert!(law_article(c.source, c.clause).is_some(), "{c:?}");
    }
    assert!(note(&still_there, "2099.99").is_some());
    assert_eq!(note(&still_there, "2100"), None);
    assert_eq!(note(&still_there, "8000"), None);
    // Not a valid amount, or empty: the form's own check speaks.
    assert_eq!(note(&still_there, "2l0"), None);
    assert_eq!(note(&still_there, ""), None);
    assert_eq!(note(&still_there, "0"), None);
    // The problem already chosen: no suggestion to add it.
    let chosen = situation(&[Problem::BelowMinimumWage, Problem::WagesUnpaid], |_| {});
    assert!(!note(&chosen, "1500").unwrap().zh.contains("加选"));
    // Left in 2023: that year's ¥2,000 applies, so ¥2,050 is not below it.
    let left = situation(&[Problem::WagesUnpaid], |s| {
        s.employment = Employment::Left;
        s.dates.job_end = Some(d("2023-06-30"));
    });
    assert_eq!(note(&left, "2050"), None);
    assert!(note(&left, "1999").unwrap().zh.contains("每月2,000.00元，2022年1月1日起执行"));
    // Left on 2024-03-31 paid exactly the minimum (¥2,000, then ¥2,100 from
    // January): the average of the last 12 months, ¥2,025, is no slip.
    let raised = situation(&[Problem::WagesUnpaid], |s| {
        s.employment = Employment::Left;
        s.dates.job_end = Some(d("2024-03-31"));
    });
    assert_eq!(note(&raised, "2025"), None);
    assert!(note(&raised, "1999").is_some());
    // A household or no employer: the labour law's standard does not bind it.
    for t in [EmployerType::HouseholdOrIndividual, EmployerType::SelfEmployed] {
        let s = situation(&[Problem::WagesUnpaid], |s| s.employer_type = t);
        assert_eq!(note(&s, "500"), None, "{t:?}");
    }
    // Left before the table starts, or on a day not given: no standard to compare.
    let early = situation(&[Problem::WagesUnpaid], |s| {
        s.employment = Employment::Left;
        s.dates.job_end = Some(d("2021-06-30"));
    });
    assert_eq!(note(&early, "100"), None);
    let unknown = situation(&[Problem::WagesUnpaid], |s| s.employment = Employment::Left);
    assert_eq!(note(&unknown, "100"), None);
}

/// An order to pay that was ignored: the complaint asks for the extra
/// compensation on top (监察条例 第二十六条, 劳动合同法 第八十五条) and its
/// facts say the deadline passed unpaid; without the order, neither.
#[test]
fn an_ignored_order_asks_for_the_extra_compensation() {
    for (prior, asked) in [(PriorDecision::InspectionOrderUnpaid, true), (PriorDecision::None, false)] {
        let s = situation(&[Problem::WagesUnpaid], |s| {
            s.prior_decision = prior;
            s.want = Want::StopViolation;
        });
        let mut det = Details::default();
        person(&mut det);
        let docs = docs(&s, &det);
        let ins = docs.iter().find(|x| x.body == Body::Inspection).expect("a complaint to inspection");
        let keys: Vec<&str> = ins.claims.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys.contains(&"extra_compensation"), asked, "{prior:?}: {keys:?}");
        assert_eq!(ins.facts.contains("劳动保障监察已责令单位限期支付，单位逾期仍未支付。"), asked, "{}", ins.facts);
        if let Some(c) = ins.claims.iter().find(|c| c.key == "extra_compensation") {
            assert_eq!(c.text, "请求责令用人单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金");
            for c in &c.cites {
                assert!(law_article(c.source, c.clause).is_some(), "{c:?}");
            }
        }
    }
    // Compensation at inspection (after its order was ignored): worked out.
    let s = situation(&[Problem::CompensationUnpaid], |s| {
        s.prior_decision = PriorDecision::InspectionOrderUnpaid;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2023-05-01"));
        s.dates.job_end = Some(d("2026-04-30"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "5000".into());
    let ins = docs(&s, &det).into_iter().find(|x| x.body == Body::Inspection).expect("inspection");
    let c = ins.claims.iter().find(|c| c.key == "compensation").expect("the compensation");
    // Three full years: three months' pay (劳动合同法 第四十七条).
    assert_eq!(c.amount_fen, Some(1_500_000));
    assert!(ins.claims.iter().any(|c| c.key == "extra_compensation"));
    // An order about nothing on the papers (double wages alone): not stated.
    let s = situation(&[Problem::NoContract], |s| s.prior_decision = PriorDecision::InspectionOrderUnpaid);
    let mut det = Details::default();
    person(&mut det);
    assert!(docs(&s, &det).iter().all(|x| !x.facts.contains("责令") && x.claims.iter().all(|c| c.key != "extra_compensation")));
}

/// The minimum wage table ages silently: once its latest row was last
/// checked over a year ago, the figures the papers and the wage note give
/// say it may have been raised since.
#[test]
fn an_old_minimum_wage_says_it_may_have_changed() {
    let last = weiquan_core::places::MINIMUM_WAGES.last().expect("a row");
    let checked = last.as_of_date().expect("its check date");
    let (s, mut det) = arbitration_case();
    det.set("claims.monthly_wage", "1000".into());
    for (today, stale) in [(checked.add_months(1), false), (checked.add_months(13), true)] {
        let r = route(&s, today);
        let a = documents::compose(&s, &r, &det, today).into_iter().find(|x| x.body == Body::Arbitration).expect("the application");
        let n = a.notices.iter().find(|n| n.key == "final_award").expect("the final award notice");
        assert_eq!(n.zh.contains("之后可能已经调整，以窗口告知为准"), stale, "{today}: {}", n.zh);
        assert_eq!(n.en.contains("it may have changed since"), stale, "{today}: {}", n.en);
        let mut employed = s.clone();
        employed.employment = Employment::Employed;
        employed.problems = vec![Problem::WagesUnpaid];
        let note = documents::wage_below_minimum(&employed, &det, today).expect("under the minimum");
        assert_eq!(note.zh.contains("可能已经调整"), stale, "{today}: {}", note.zh);
    }
}

/// An edit of a paper the case no longer has (an answer changed since) is
/// kept but not checked: its error could never be corrected, the box being
/// gone. The case's own papers' edits are.
#[test]
fn an_edit_of_a_paper_the_case_has_not_is_not_checked() {
    let (s, mut det) = arbitration_case();
    let r = route(&s, today());
    let parts = documents::form_parts(&s, &r);
    assert_eq!(parts.papers, [false, false, true]);
    det.set("facts_text.inspection", "".into());
    assert!(validate(&det, parts, today()).iter().all(|e| !e.field.starts_with("facts_text")));
    det.set("facts_text.arbitration", " ".into());
    let fields: Vec<String> = validate(&det, parts, today()).into_iter().map(|e| e.field).filter(|f| f.starts_with("facts_text")).collect();
    assert_eq!(fields, ["facts_text.arbitration"]);
}

/// An application that confirms the relationship and claims too still
/// tells what the relationship is for (the injury, on no paper of its own).
#[test]
fn an_application_confirming_the_relationship_tells_the_injury() {
    let s = situation(&[Problem::WorkInjury, Problem::WagesUnpaid], |s| {
        s.relationship = Relationship::Denied;
        s.want = Want::MoneyOrDecision;
        s.employment = Employment::Left;
        s.dates.injury = Some(d("2026-01-05"));
        s.dates.job_end = Some(d("2026-03-31"));
    });
    let mut det = Details::default();
    person(&mut det);
    let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).expect("the application");
    assert!(a.claims.iter().any(|c| c.key == "confirm_relationship") && a.claims.len() > 1, "{:?}", a.claims);
    assert!(a.facts.contains("在工作中受伤") && a.facts.contains("拖欠"), "{}", a.facts);
}

/// A claim of the person's own typed in full ("请求裁决被申请人…") is not
/// printed with the words twice.
#[test]
fn a_claim_typed_in_full_is_not_printed_with_its_opening_twice() {
    let (s, mut det) = arbitration_case();
    for (typed, printed) in [
        ("请求裁决被申请人出具离职证明", "请求裁决被申请人出具离职证明"),
        ("请求被申请人退还押金", "请求裁决被申请人退还押金"),
        ("请求裁决：出具离职证明", "请求裁决被申请人出具离职证明"),
        ("出具离职证明", "请求裁决被申请人出具离职证明"),
        // Only an opening that names the respondent or the award is dropped.
        ("请求仲裁委员会确认", "请求裁决被申请人请求仲裁委员会确认"),
    ] {
        det.set("claims.other[0].text", typed.into());
        let a = &docs(&s, &det)[0];
        let c = a.claims.iter().find(|c| c.key == "other").expect("the claim");
        assert_eq!(c.text, printed, "{typed}");
    }
}

/// Each paper tells only its own problems, in its facts and in its code.
/// The arbitration application's copy goes to the employer (调解仲裁法
/// 第三十条): child labour or fund fraud the worker reported, with the
/// reporter kept secret (监察条例 第九条), had been on it, since one facts
/// text and one code went on every paper.
#[test]
fn each_paper_tells_only_its_own_problems_so_a_report_stays_off_the_employers_copy() {
    for (reported, said, key) in
        [(Problem::ChildLabour, "未满十六周岁", "child_labour"), (Problem::SocialInsuranceFraud, "骗取社会保险", "social_insurance_fraud")]
    {
        let s = situation(&[reported, Problem::Dismissed], |s| {
            s.want = Want::MoneyOrDecision;
            s.employment = Employment::Left;
            s.dates.job_end = Some(d("2026-10-31"));
        });
        let mut det = Details::default();
        person(&mut det);
        let r = route(&s, today());
        let docs = documents::compose(&s, &r, &det, today());
        let report = docs.iter().find(|x| x.body != Body::Arbitration).expect("the report");
        let arb = docs.iter().find(|x| x.body == Body::Arbitration).expect("the application");
        assert!(report.facts.contains(said), "{}", report.facts);
        assert!(!arb.facts.contains(said) && arb.facts.contains("解除了与本人的劳动合同"), "{}", arb.facts);
        let code = qr::paper_case(&s, &r, &det, arb, today());
        assert_eq!((code.bodies.as_slice(), code.problems.as_slice()), (&["arbitration".to_string()][..], &["dismissed".to_string()][..]));
        assert!(code.claims.iter().all(|c| c[0] == "arbitration") && !code.facts.contains(said), "{code:?}");
        let own = qr::paper_case(&s, &r, &det, report, today());
        assert!(own.problems.contains(&key.to_string()) && own.facts.contains(said), "{own:?}");
        // The whole case's code (shown on the screen) has every paper's
        // facts, each under its title, not the first paper's as the case's.
        let whole = qr::case_for(&s, &r, &det, &docs, today());
        assert_eq!(whole.facts, format!("【{}】\n{}\n\n【{}】\n{}", docs[0].title, docs[0].facts, docs[1].title, docs[1].facts));
        // An edit is of one paper only.
        det.set(&format!("facts_text.{}", report.body.key()), "我举报的情况。".into());
        let docs = documents::compose(&s, &r, &det, today());
        assert!(docs.iter().all(|x| (x.facts == "我举报的情况。") == (x.body != Body::Arbitration)), "{docs:?}");
    }
}

/// A boss in hiding owing pay: the complaint asks for the referral to the
/// police a suspected crime gets (监察条例 第十八条, 拒不支付劳动报酬解释
/// 第二条、第四条); not when the boss can be reached, nor when nothing owed
/// is pay.
#[test]
fn a_boss_in_hiding_owing_pay_is_asked_to_be_referred_to_the_police() {
    for (problems, fled, asked) in [
        (&[Problem::WagesUnpaid][..], EmployerFled::Yes, true),
        (&[Problem::OvertimeRest][..], EmployerFled::Yes, true),
        (&[Problem::WagesUnpaid][..], EmployerFled::No, false),
        (&[Problem::WagesUnpaid][..], EmployerFled::NotSure, false),
        (&[Problem::DocumentsOrDeposit][..], EmployerFled::Yes, false),
        // Compensation is not pay (解释 第一条).
        (&[Problem::CompensationUnpaid][..], EmployerFled::Yes, false),
    ] {
        let s = situation(problems, |s| {
            s.employer_fled = fled;
            s.want = Want::StopViolation;
            // Compensation goes to inspection after an order it ignored.
            if problems == [Problem::CompensationUnpaid] {
                s.prior_decision = PriorDecision::InspectionOrderUnpaid;
                s.employment = Employment::Left;
            }
        });
        let mut det = Details::default();
        person(&mut det);
        let docs = docs(&s, &det);
        let ins = docs.iter().find(|x| x.body == Body::Inspection).expect("a complaint to inspection");
        let referral = ins.claims.iter().find(|c| c.key == "police_referral");
        assert_eq!(referral.is_some(), asked, "{problems:?} {fled:?}: {:?}", ins.claims);
        if let Some(c) = referral {
            assert!(c.text.contains("请求依法移送公安机关"), "{}", c.text);
            let clauses: Vec<(&str, &str)> = c.cites.iter().map(|c| (c.source, c.clause)).collect();
            assert!(clauses.contains(&("劳动保障监察条例", "第十八条")), "{clauses:?}");
            assert!(law_article("劳动保障监察条例", "第十八条").unwrap().contains("涉嫌犯罪的，应当依法移送司法机关"));
            assert!(law_article(c.cites[1].source, "第二条").unwrap().contains("逃跑、藏匿的"));
        }
    }
}

/// A woman dismissed while pregnant, after childbirth or nursing (the
/// periods her problem names): the facts say so, and the damages claim
/// cites what makes the dismissal unlawful. Beside a dismissal whose remedy
/// is chosen, "compensation unpaid" is not said a second time (nor beside
/// damages, which replace it: 实施条例 第二十五条).
#[test]
fn a_dismissal_in_pregnancy_says_so_and_compensation_is_said_once() {
    let s = situation(&[Problem::Dismissed, Problem::FemaleMinorProtection, Problem::CompensationUnpaid], |s| {
        s.want = Want::MoneyOrDecision;
        s.employment = Employment::Left;
    });
    for remedy in ["damages", "compensation"] {
        let mut det = Details::default();
        person(&mut det);
        det.set("person.sex", "female".into());
        det.set("person.id_number", ID_F.into());
        det.set("person.birth_date", "1985-07-20".into());
        det.set("claims.dismissal_remedy", remedy.into());
        let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).expect("an application");
        assert!(a.facts.contains("单位在本人怀孕、生育或哺乳期间，未依法给予本人女职工特殊劳动保护。"), "{}", a.facts);
        assert_eq!(a.facts.matches("经济补偿").count(), usize::from(remedy == "compensation"), "{remedy}: {}", a.facts);
        // Chosen as a lawful end with compensation: she is told such an end
        // is unlawful in those periods, and not that a 第四十条 dismissal
        // without notice owes a month's wage (a legal review found her
        // claim halved).
        let notes: Vec<_> = a.notices.iter().map(|n| n.key).collect();
        assert_eq!(notes.contains(&"protected_end"), remedy == "compensation", "{remedy}: {notes:?}");
        assert!(!notes.contains(&"notice_pay"), "{remedy}: {notes:?}");
        if remedy == "compensation" {
            let n = a.notices.iter().find(|n| n.key == "protected_end").unwrap();
            assert!(n.zh.contains("二倍的赔偿金") && n.zh.contains("继续履行"), "{}", n.zh);
            let clauses: Vec<_> = n.cites.iter().map(|c| c.clause).collect();
            assert_eq!(clauses, ["第四十二条", "第四十五条", "第四十八条", "第八十七条"]);
            // A man (a minor worker's protection): the notice-pay note, not this one.
            det.set("person.sex", "male".into());
            det.set("person.id_number", "".into());
            let a = docs(&s, &det).into_iter().find(|x| x.body == Body::Arbitration).unwrap();
            let notes: Vec<_> = a.notices.iter().map(|n| n.key).collect();
            assert!(notes.contains(&"notice_pay") && !notes.contains(&"protected_end"), "{notes:?}");
        }
        if remedy == "damages" {
            let c = a.claims.iter().find(|c| c.key == "damages").expect("damages");
            for (source, clause) in [("劳动合同法", "第四十二条"), ("女职工劳动保护特别规定", "第五条")] {
                assert!(c.cites.contains(&Cite { source, clause }), "{:?}", c.cites);
                assert!(law_article(source, clause).is_some());
            }
        }
    }
}

/// A worker asking for their own contributions (a 投诉, not a 举报): the
/// paper does not say they asked to stay unnamed (the employer must be told
/// whose contributions are owed), nor promise a reporter's secrecy.
#[test]
fn a_workers_own_audit_complaint_does_not_ask_to_stay_unnamed() {
    let s = situation(&[Problem::SocialInsuranceArrears], |s| s.want = Want::StopViolation);
    let mut det = Details::default();
    person(&mut det);
    let docs = docs(&s, &det);
    let a = docs.iter().find(|x| x.body == Body::Audit).expect("audit");
    assert_eq!(a.parties[0].role, "举报（投诉）人");
    assert!(a.notices.is_empty(), "{:?}", a.notices.iter().map(|n| n.key).collect::<Vec<_>>());
    assert!(!a.to_text().contains("透露其身份"));
}

#[test]
fn fund_fraud_report_has_no_collection_confidentiality_clause() {
    let s = situation(&[Problem::SocialInsuranceFraud], |s| s.reporter = Reporter::ThirdParty);
    let mut det = Details::default();
    person(&mut det);
    let docs = docs(&s, &det);
    let a = docs.iter().find(|x| x.body == Body::Audit).expect("audit");
    assert_eq!(a.notices.iter().map(|n| n.key).collect::<Vec<_>>(), ["identity_withheld_request"]);
}

#[test]
fn two_bodies_give_two_documents_in_order() {
    let s = situation(&[Problem::WagesUnpaid, Problem::Dismissed], |s| {
        s.want = Want::StopViolation;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2024-05-06"));
        s.dates.job_end = Some(d("2026-10-31"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "4500".into());
    det.set("claims.unpaid_months", "1".into());
    det.set("claims.unpaid_days", "10".into());
    let docs = docs(&s, &det);
    assert_eq!(docs.iter().map(|x| x.body).collect::<Vec<_>>(), [Body::Inspection, Body::Arbitration]);
    // Wages go to inspection (stop the breach), the dismissal to arbitration.
    assert_eq!(docs[0].claims[0].key, "unpaid_wages");
    // 4500 + 4500 ÷ 21.75 × 10 = 4500 + 2068.97 = 6568.97.
    assert_eq!(docs[0].claims[0].amount_fen, Some(656_897));
    assert_eq!(docs[1].claims.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["damages"]);
    snapshot("inspection_and_arbitration", &documents::to_text(&docs));
}

#[test]
fn denied_relationship_starts_with_a_confirmation_claim() {
    let s = situation(&[Problem::WagesUnpaid], |s| {
        s.relationship = Relationship::Denied;
        s.want = Want::MoneyOrDecision;
    });
    let mut det = Details::default();
    person(&mut det);
    let a = &docs(&s, &det)[0];
    assert_eq!(a.claims[0].key, "confirm_relationship");
    assert!(a.facts.contains("单位不承认与本人存在劳动关系"));
}

#[test]
fn injury_compensation_waits_for_recognition() {
    let s = situation(&[Problem::WorkInjury], |s| {
        s.relationship = Relationship::Denied;
        s.injury_recognised = InjuryRecognised::No;
    });
    let mut det = Details::default();
    person(&mut det);
    let a = &docs(&s, &det)[0];
    // Only the confirmation goes in now; compensation comes after recognition.
    assert_eq!(a.claims.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["confirm_relationship"]);
}

#[test]
fn the_person_can_edit_the_facts_and_the_reading_aid_says_so() {
    let (s, mut det) = arbitration_case();
    let (zh, en) = documents::composed_facts(&s, &det, today());
    assert!(zh.starts_with("本人张三于2025年1月10日起在郑州某某物流有限公司工作"), "{zh}");
    assert!(en.starts_with("I, 张三, worked at 郑州某某物流有限公司 from 2025-01-10 as 仓库管理员, with a monthly wage of ¥5,000.00."), "{en}");
    let a = &docs(&s, &det)[0];
    assert_eq!((a.facts.as_str(), a.facts_edited), (zh.as_str(), false));
    det.set("facts_text.arbitration", "我自己写的事实。\r\n第二段".into());
    let a = &docs(&s, &det)[0];
    assert_eq!((a.facts.as_str(), a.facts_edited), ("我自己写的事实。\n第二段", true));
    assert_eq!(a.facts_en, en, "the reading aid is of the composed text");
    det.reset_facts("arbitration");
    assert!(!docs(&s, &det)[0].facts_edited);
}

// Zhengzhou puts an employer two months in arrears under focused
// inspection (郑州市劳动用工条例 第三十九条): the facts say how long, as the
// calculator was given it.
#[test]
fn the_facts_say_how_long_wages_are_owed() {
    let s = situation(&[Problem::WagesUnpaid], |_| {});
    let facts = |fields: &[(&str, &str)]| {
        let mut det = Details::default();
        person(&mut det);
        for (k, v) in fields {
            assert!(det.set(k, (*v).into()));
        }
        documents::composed_facts(&s, &det, today())
    };
    let (zh, en) = facts(&[("claims.monthly_wage", "5000"), ("claims.unpaid_months", "３")]);
    assert!(zh.contains("单位拖欠本人3个月的工资共计15,000.00元，至今未支付。"), "{zh}");
    assert!(en.contains("The employer owes me 3 months of wages, ¥15,000.00 in all, still unpaid."), "{en}");
    let (zh, en) = facts(&[("claims.unpaid_months", "1"), ("claims.unpaid_days", "4")]);
    assert!(zh.contains("单位拖欠本人1个月零4个工作日的工资，至今未支付。"), "{zh}");
    assert!(en.contains("owes me 1 month and 4 working days of wages, still unpaid."), "{en}");
    let (zh, _) = facts(&[("claims.unpaid_days", "1")]);
    assert!(zh.contains("单位拖欠本人1个工作日的工资"), "{zh}");
    // A stated total without a period, or nothing: no period is made up.
    let (zh, en) = facts(&[("claims.unpaid_amount", "8000")]);
    assert!(zh.contains("单位拖欠本人工资共计8,000.00元，至今未支付。"), "{zh}");
    assert!(en.contains("owes me ¥8,000.00 in wages"), "{en}");
    let (zh, _) = facts(&[("claims.unpaid_months", "两")]);
    assert!(zh.contains("单位拖欠本人工资，至今未支付。"), "{zh}");
}

#[test]
fn third_party_facts_speak_of_the_workers() {
    let s = situation(&[Problem::ChildLabour, Problem::NoContract], |s| s.reporter = Reporter::ThirdParty);
    let mut det = Details::default();
    person(&mut det);
    let (zh, en) = documents::composed_facts(&s, &det, today());
    assert!(zh.starts_with("本人反映郑州某某物流有限公司存在以下问题。"), "{zh}");
    assert!(zh.contains("未与劳动者订立书面劳动合同"), "{zh}");
    assert!(!zh.contains("未与本人"), "{zh}");
    assert!(en.contains("the workers"), "{en}");
}

/// A report by someone else says whose rights are at stake, as the reporter
/// gave it (cleaned, one line); a worker's own complaint has no such party.
#[test]
fn a_report_by_someone_else_names_the_workers_it_is_about() {
    let mut det = Details::default();
    person(&mut det);
    assert!(det.set("workers", " 我弟弟李明，\u{202E}电话13800138000\n另有约20名工人 ".into()));
    let parts = |s: &Situation| documents::form_parts(s, &route(s, today()));
    for (problem, body) in [(Problem::WagesUnpaid, Body::Inspection), (Problem::SocialInsuranceArrears, Body::Audit)] {
        let s = situation(&[problem], |s| s.reporter = Reporter::ThirdParty);
        let reports = docs(&s, &det);
        assert_eq!(reports.iter().map(|d| d.body).collect::<Vec<_>>(), [body]);
        let d = &reports[0];
        let w = d.parties.iter().find(|p| p.role == "涉及的职工").unwrap_or_else(|| panic!("{body:?}: {:?}", d.parties));
        assert_eq!(w.fields[0].value, "我弟弟李明，电话13800138000 另有约20名工人");
        assert_eq!(d.parties.last(), Some(w), "after the employer");
        assert!(d.to_text().contains("涉及的职工：\n  姓名、电话或人数：我弟弟李明"), "{}", d.to_text());
        assert!(parts(&s).workers);
        // A worker's own complaint has no such party, and no such field.
        let own = situation(&[problem], |_| {});
        assert!(docs(&own, &det).iter().all(|d| d.parties.iter().all(|p| p.role != "涉及的职工")));
        assert!(!parts(&own).workers);
    }
    // The form checks its length only where it asks for it.
    det.set("workers", "人".repeat(details::MAX_ADDRESS + 1));
    let report = situation(&[Problem::WagesUnpaid], |s| s.reporter = Reporter::ThirdParty);
    assert!(validate(&det, parts(&report), today()).iter().any(|e| e.field == "workers" && e.key == "too_long"));
    let own = situation(&[Problem::WagesUnpaid], |_| {});
    assert!(validate(&det, parts(&own), today()).iter().all(|e| e.field != "workers"));
}

// ───────────────────────────── validation ─────────────────────────────

fn keys(det: &Details) -> Vec<(String, &'static str)> {
    validate(det, FormParts::ALL, today()).into_iter().map(|e| (e.field, e.key)).collect()
}

/// The form's empty start date is the interview's, for the months owed as
/// for the papers: the case's form parts carry the interview's dates.
#[test]
fn months_owed_are_checked_against_the_interviews_dates_when_the_form_has_none() {
    let s = situation(&[Problem::WagesUnpaid], |s| {
        s.dates.job_start = Some(d("2026-10-01"));
    });
    let parts = documents::form_parts(&s, &route(&s, today()));
    assert_eq!(parts.interview_dates, [Some(d("2026-10-01")), None]);
    let mut det = Details::default();
    det.set("claims.unpaid_months", "5".into());
    let months =
        |det: &Details| validate(det, parts, today()).into_iter().filter(|e| e.field == "claims.unpaid_months").map(|e| e.key).collect::<Vec<_>>();
    assert_eq!(months(&det), ["months_over_job"]);
    det.set("claims.unpaid_months", "2".into());
    assert!(months(&det).is_empty());
}

/// The English reading aid reads as English (from a review of it): whole
/// sentences with a subject, lists joined with "and", singular counts, and
/// an extra wage per month, not "doubled" wages.
#[test]
fn english_reading_aid_reads_as_english() {
    let s = situation(&[Problem::Dismissed, Problem::OvertimeRest, Problem::SocialInsuranceLoss, Problem::NoContract], |s| {
        s.want = Want::MoneyOrDecision;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2025-06-01"));
        s.dates.job_end = Some(d("2026-09-30"));
    });
    let mut det = Details::default();
    for (k, v) in [
        ("claims.monthly_wage", "6000"),
        ("claims.overtime_weekday_hours", "20"),
        ("claims.overtime_rest_day_hours", "8"),
        ("claims.overtime_holiday_hours", "1"),
        ("claims.dismissal_remedy", "damages"),
    ] {
        det.set(k, v.into());
    }
    let docs = docs(&s, &det);
    let a = docs.iter().find(|d| d.body == Body::Arbitration).expect("an application");
    assert!(
        a.facts_en
            .contains("The employer never enrolled me in social insurance and the agency can no longer do it, so I cannot receive the benefits owed"),
        "{}",
        a.facts_en
    );
    // The loss is a dispute for arbitration on those facts (解释（一）第一条（五）).
    assert!(a.facts.contains("单位未为本人办理社会保险手续，社会保险经办机构已不能补办"), "{}", a.facts);
    let loss = a.claims.iter().find(|c| c.key == "problem:social_insurance_loss").expect("the loss claim");
    let interpretation = Cite { source: "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", clause: "第一条" };
    assert!(loss.cites.contains(&interpretation) && law_article(interpretation.source, interpretation.clause).is_some(), "{:?}", loss.cites);
    assert!(
        a.facts_en.contains(
            "20 h of weekday overtime, 8 h of rest-day work and 1 h of public-holiday work, and did not pay the overtime wages the law requires."
        ),
        "{}",
        a.facts_en
    );
    let working: Vec<&str> = a.claims.iter().flat_map(|c| c.working.iter().map(|w| w.en.as_str())).collect();
    assert!(working.contains(&"Service: 1 year, 4 months, 0 days → 1.5 months' pay"), "{working:?}");
    assert!(working.iter().any(|w| w.ends_with("the employer owes one extra month's wage for each such month")), "{working:?}");
    let double = a.claims.iter().find(|c| c.key == "double_wages").expect("double wages");
    assert!(double.text_en.contains("extra wage") && !double.text_en.contains("fold"), "{}", double.text_en);
    assert!(a.notices.iter().any(|n| n.key == "copies" && n.en == "Hand in 1 original plus 1 copy for each respondent: 2 in all."));
}

/// One month is "1 month", not "1 months" (from the last review).
#[test]
fn english_working_counts_one_month_in_the_singular() {
    let s = situation(&[Problem::Dismissed, Problem::WagesUnpaid], |s| {
        s.want = Want::MoneyOrDecision;
        s.employment = Employment::Left;
        s.dates.job_start = Some(d("2025-11-01"));
        s.dates.job_end = Some(d("2026-09-30"));
    });
    let mut det = Details::default();
    det.set("claims.monthly_wage", "6000".into());
    det.set("claims.unpaid_months", "1".into());
    det.set("claims.unpaid_days", "1".into());
    det.set("claims.dismissal_remedy", "damages".into());
    let docs = docs(&s, &det);
    let a = docs.iter().find(|d| d.body == Body::Arbitration).expect("an application");
    let working: Vec<&str> = a.claims.iter().flat_map(|c| c.working.iter().map(|w| w.en.as_str())).collect();
    for line in ["Service: 0 years, 11 months, 0 days → 1 month's pay", "¥6,000.00 × 1 month = ¥6,000.00"] {
        assert!(working.contains(&line), "{line:?} in {working:?}");
    }
    assert!(working.iter().any(|w| w.starts_with("Monthly wage ¥6,000.00 × 1 month = ")), "{working:?}");
    assert!(working.iter().any(|w| w.contains(" days × 1 day = ")), "{working:?}");
    assert!(!working.iter().any(|w| w.contains(" 1 months") || w.contains(" 1 days")), "{working:?}");
}

#[test]
fn empty_form_names_every_required_field() {
    let k = keys(&Details::default());
    let fields: Vec<&str> = k.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        ["person.name", "person.id_number", "person.phone", "person.address", "employers[0].name", "employers[0].address", "claims.dismissal_remedy",]
    );
    // What the form marks as required (aria-required) is what it refuses
    // empty: these whatever the case, and how a dismissal's job ended when
    // the form asks it (tests/ssr.rs checks the marks); a choice, not a text.
    assert_eq!(fields[..6], weiquan_core::details::ALWAYS_REQUIRED);
    assert!(k[..6].iter().all(|(_, key)| *key == "required"));
    assert_eq!(k[6].1, "choose_one");
}

#[test]
fn bad_inputs_have_keys_beside_their_fields_and_nothing_is_cleared() {
    let mut det = Details::default();
    person(&mut det);
    let bad_id = "410102199003151231"; // check digit should be 0
    for (k, v) in [
        ("person.id_number", bad_id),
        ("person.phone", "12345"),
        ("employers[0].credit_code", "91410100MA3X5ABC16"),
        ("claims.monthly_wage", "5000.123"),
        ("claims.unpaid_amount", "-3"),
        ("claims.unpaid_months", "two"),
        ("claims.job_start", "2026-02-30"),
        ("claims.job_end", "2027-01-01"),
        ("claims.overtime_holiday_hours", "abc"),
        ("employers[1].legal_rep", "x"),
        ("witnesses[0].name", &"名".repeat(51)),
    ] {
        det.set(k, v.into());
    }
    let before = det.clone();
    let k = keys(&det);
    let want = [
        ("person.id_number", "id_checksum"),
        ("person.phone", "phone_format"),
        ("employers[0].credit_code", "credit_code_checksum"),
        ("employers[1].name", "required"),
        ("employers[1].address", "required"),
        ("claims.monthly_wage", "amount_too_many_decimals"),
        ("claims.unpaid_amount", "amount_negative"),
        ("claims.unpaid_months", "count_format"),
        ("claims.overtime_holiday_hours", "hours_format"),
        ("claims.job_start", "date_no_such_day"),
        ("claims.job_end", "date_in_future"),
        ("witnesses[0].name", "too_long"),
    ];
    for (f, key) in want {
        assert!(k.contains(&(f.to_string(), key)), "{f} {key} not in {k:?}");
    }
    assert_eq!(k.len(), want.len(), "{k:?}");
    assert_eq!(det, before, "validation never changes what was typed");
    assert_eq!(det.get("person.id_number"), bad_id);
}

#[test]
fn id_birth_and_sex_must_agree_with_the_form() {
    let mut det = Details::default();
    person(&mut det);
    det.set("person.birth_date", "1990-03-16".into());
    det.set("person.sex", "female".into());
    let k = keys(&det);
    assert!(k.contains(&("person.birth_date".into(), "id_birth_mismatch")), "{k:?}");
    assert!(k.contains(&("person.sex".into(), "id_sex_mismatch")), "{k:?}");
    // Left empty, both come from the ID number.
    det.set("person.birth_date", "".into());
    det.set("person.sex", "".into());
    assert!(keys(&det).is_empty());
    det.set("person.birth_date", "2030-01-01".into());
    assert!(keys(&det).contains(&("person.birth_date".into(), "date_in_future")));
    det.set("person.birth_date", "1990/3/15".into());
    assert!(keys(&det).is_empty(), "slashes are fine");
}

#[test]
fn good_inputs_in_other_forms_validate() {
    let mut det = Details::default();
    person(&mut det);
    for (k, v) in [
        ("person.phone", "+86 138-1234-5678"),
        ("person.id_number", " 11010519491231002x "),
        ("person.birth_date", ""),
        ("person.sex", ""),
        ("employers[0].credit_code", "91410100ma3x5abc15"),
        ("claims.monthly_wage", "¥5,000.50"),
        ("claims.unpaid_amount", "３０００"),
        ("claims.overtime_weekday_hours", "7.5"),
        ("claims.job_start", "2025/1/10"),
        ("claims.job_end", "2025.9.30"),
        ("claims.contract_signed", "2025-01-10"),
        ("claims.dismissal_remedy", "reinstate"),
    ] {
        det.set(k, v.into());
    }
    assert!(keys(&det).is_empty(), "{:?}", keys(&det));
    det.set("claims.contract_signed", "2025-01-09".into());
    assert_eq!(keys(&det), [("claims.contract_signed".to_string(), "date_order")]);
}

#[test]
fn a_form_typed_in_full_width_validates_and_prints_and_encodes_as_if_typed_in_ascii() {
    // A Chinese input method left in full-width mode: every number, code
    // and date below arrives as U+FF01–U+FF5E characters.
    let wide = |s: &str| -> String { s.chars().map(|c| if c.is_ascii_graphic() { char::from_u32(c as u32 + 0xFEE0).unwrap() } else { c }).collect() };
    let (s, mut ascii) = arbitration_case();
    for (k, v) in [("claims.job_start", "2025-01-10"), ("claims.overtime_weekday_hours", "7.5"), ("claims.unpaid_days", "3")] {
        ascii.set(k, v.into());
    }
    let mut typed = ascii.clone();
    for k in [
        "person.id_number",
        "person.phone",
        "person.birth_date",
        "employers[0].credit_code",
        "claims.monthly_wage",
        "claims.unpaid_months",
        "claims.unpaid_days",
        "claims.job_start",
        "claims.overtime_weekday_hours",
    ] {
        typed.set(k, wide(&ascii.get(k)));
    }
    assert_eq!(typed.get("person.id_number"), "４１０１０２１９９００３１５１２３０");
    assert!(validate(&typed, FormParts::ALL, today()).is_empty(), "{:?}", validate(&typed, FormParts::ALL, today()));
    let text = documents::to_text(&docs(&s, &typed));
    assert_eq!(text, documents::to_text(&docs(&s, &ascii)));
    assert!(text.contains(ID) && text.contains(CODE) && text.contains("13812345678"), "{text}");
    // The QR code for the window's system carries the same ASCII values.
    let r = route(&s, today());
    let qr_of = |det: &Details| qr::case_for(&s, &r, det, &docs(&s, det), today());
    assert_eq!(qr_of(&typed), qr_of(&ascii));
    assert_eq!(qr_of(&typed).person[3..5], [ID.to_string(), "13812345678".to_string()]);
    // What the person typed is kept as typed (the form shows it unchanged).
    assert_eq!(typed.get("claims.monthly_wage"), "５，０００");
}

#[test]
fn the_document_tool_rejects_bad_json_with_its_path() {
    let run = |input: &str, args: &[&str]| run_tool(env!("CARGO_BIN_EXE_document"), input, args);
    let out = run(
        r#"{"situation":{"schema":"weiquan.situation/1","problems":["wages_unpaid"]},"details":{"person":{"name":5}}}"#,
        &["--today", "2026-11-26"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("details.person.name"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = run(r#"{"situation":{"schema":"weiquan.situation/1","problems":["wages_unpaid"]}}"#, &["--today", "2026-11-26"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("details.person.id_number (required)"));
    let (s, det) = arbitration_case();
    let input = serde_json::json!({ "situation": s, "details": det }).to_string();
    let out = run(&input, &["--today", "2026-11-26"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), documents::to_text(&docs(&s, &det)));
    assert_eq!(run("{}", &["--bogus"]).status.code(), Some(64));
    // A misspelt key in the details, and a second object after the case,
    // are refused with where they are (they had been dropped unseen: the
    // papers printed 金额待核算 for the wage typed under the wrong key).
    let typo = input.replacen(r#""monthly_wage""#, r#""monthly_wages""#, 1);
    assert_ne!(typo, input);
    let out = run(&typo, &["--today", "2026-11-26"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("details.claims") && err.contains("monthly_wages"), "{err}");
    let out = run(&format!("{input}\n{{\"x\":1}}"), &["--today", "2026-11-26"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("trailing characters"), "{}", String::from_utf8_lossy(&out.stderr));
}

// ───────────────────────────── hostile text ─────────────────────────────

const SCRIPT: &str = "<script>alert(1)</script>";

fn hostile() -> (Situation, Details) {
    let (s, mut det) = arbitration_case();
    det.set("person.name", format!("{SCRIPT}\u{202E}evil\u{2066}x\u{0007}😀"));
    det.set("employers[0].name", "<img src=x onerror=alert(1)>公司\u{200F}".into());
    let long: String = "长".repeat(9_990) + "<b>\u{202D}\u{0000}\u{001B}[31m👩‍🔧";
    det.set("facts_text.arbitration", long);
    det.set("evidence[2].item", "\u{202E}cod.exe".into());
    (s, det)
}

fn assert_inert(text: &str) {
    for c in text.chars() {
        assert!(!(c.is_control() && c != '\n'), "control character U+{:04X}", c as u32);
        assert!(!details::is_bidi_control(c), "bidi control U+{:04X}", c as u32);
    }
}

#[test]
fn hostile_text_is_kept_as_literal_text_without_controls() {
    let (s, det) = hostile();
    let k = keys(&det);
    assert!(k.contains(&("facts_text.arbitration".into(), "too_long")), "{k:?}");
    assert!(k.contains(&("person.name".into(), "too_long")) || k.iter().all(|(f, _)| f != "person.name"));
    let docs = docs(&s, &det);
    let text = documents::to_text(&docs);
    assert_inert(&text);
    assert!(text.contains(&format!("姓名：{SCRIPT}evilx😀")), "the script tag stays literal text");
    assert!(text.contains("<img src=x onerror=alert(1)>公司"));
    assert!(text.contains("cod.exe"));
    assert!(text.contains("👩\u{200D}🔧"), "emoji sequences survive");
    assert_eq!(docs[0].facts.chars().filter(|c| *c == '长').count(), 9_990, "nothing typed is cut from the document");
    // The JSON download: valid, the same literal text, no controls.
    let json = documents::case_json(&s, &route(&s, today()), &det, &docs, today());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema"], "weiquan.case/2");
    assert_eq!(v["details"]["person"]["name"], format!("{SCRIPT}evilx😀"));
    assert_eq!(v["documents"][0]["parties"][0]["fields"][0]["value"], format!("{SCRIPT}evilx😀"));
    assert_inert(&serde_json::to_string(&v).unwrap().replace("\\n", ""));
    assert!(!json.contains('\u{202E}') && !json.contains("\\u0007") && !json.contains("\\u001b"));
}

#[test]
fn case_json_has_every_part() {
    let (s, det) = arbitration_case();
    let r = route(&s, today());
    let docs = documents::compose(&s, &r, &det, today());
    let v: serde_json::Value = serde_json::from_str(&documents::case_json(&s, &r, &det, &docs, today())).unwrap();
    assert_eq!(v["schema"], "weiquan.case/2");
    assert_eq!(v["today"], "2026-11-26");
    assert_eq!(v["situation"]["schema"], "weiquan.situation/1");
    assert_eq!(v["routing"]["schema"], "weiquan.routing/1");
    assert_eq!(v["details"]["claims"]["monthly_wage"], "5,000");
    assert_eq!(v["documents"][0]["body"], "arbitration");
    assert_eq!(v["documents"][0]["claims"][1]["amount_fen"], 3_850_000);
    assert_eq!(v["documents"][0]["copies"]["total"], 2);
    // The situation part reads back with the situation's own reader.
    let back = Situation::from_json(&v["situation"].to_string()).unwrap();
    assert_eq!(back, s);
    let back: Details = serde_json::from_value(v["details"].clone()).unwrap();
    assert_eq!(back.person.name, "张三");
}

// ───────────────────────────── QR ─────────────────────────────

/// Decodes a code's module matrix with rqrr, and separately from a rendered
/// bitmap (3 px per module, quiet zone) through rqrr's image detector.
fn decode(code: &qr::Qr) -> String {
    let grid = rqrr::SimpleGrid::from_func(code.size, |x, y| code.dark(x, y));
    let (_, direct) = rqrr::Grid::new(grid).decode().expect("matrix decodes");
    let scale = 3;
    let side = code.side() * scale;
    let mut img = rqrr::PreparedImage::prepare_from_bitmap(side, side, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        mx >= qr::QUIET_ZONE && my >= qr::QUIET_ZONE && code.dark(mx - qr::QUIET_ZONE, my - qr::QUIET_ZONE)
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code found in the image");
    let (_, from_image) = grids[0].decode().expect("image decodes");
    assert_eq!(direct, from_image);
    direct
}

#[test]
fn qr_round_trips_the_full_case() {
    let (s, det) = arbitration_case();
    let r = route(&s, today());
    let docs = documents::compose(&s, &r, &det, today());
    let case = qr::case_for(&s, &r, &det, &docs, today());
    let code = qr::encode(&case).unwrap();
    assert!(!code.reduced, "a normal case fits in full ({} bytes)", code.payload.len());
    assert!(code.version <= qr::MAX_VERSION);
    let text = decode(&code);
    assert_eq!(text, code.payload);
    let back = qr::parse(&text).unwrap();
    assert_eq!(back, case);
    assert_eq!(back.person[3], ID);
    assert_eq!(back.claims[1], ["arbitration", "double_wages", "3850000", "0"]);
    assert!(back.facts.starts_with("本人张三"));
    // The SVG path draws exactly the dark modules, in the quiet zone's frame.
    let path = code.svg_path();
    let drawn: usize = path.split('h').skip(1).step_by(2).map(|w| w.split('v').next().unwrap().parse::<usize>().unwrap()).sum();
    assert_eq!(drawn, code.modules.iter().filter(|m| **m).count());
    assert!(path.starts_with(&format!("M{} {}h", qr::QUIET_ZONE, qr::QUIET_ZONE)), "finder pattern at the corner");
    assert_eq!(code.view_box(), format!("0 0 {0} {0}", code.size + 8));
}

/// A report by someone else: the code carries the workers it is about (the
/// papers do), in full and, cut like every typed field, in the reduced
/// code; a worker's own case has no such line.
#[test]
fn qr_of_a_report_carries_the_workers_it_is_about() {
    let s = situation(&[Problem::WagesUnpaid], |s| s.reporter = Reporter::ThirdParty);
    let mut det = Details::default();
    person(&mut det);
    det.set("workers", "车间工人约30人，联系人赵六 13700000000".into());
    let r = route(&s, today());
    let docs = documents::compose(&s, &r, &det, today());
    let case = qr::case_for(&s, &r, &det, &docs, today());
    let code = qr::encode(&case).unwrap();
    assert!(code.payload.contains("\nK:车间工人约30人，联系人赵六 13700000000\n"), "{}", code.payload);
    // The workers are not an employer: one employer, the reported one (the
    // workers' line had been carried as a second employer too).
    assert_eq!(case.employers.len(), 1, "{:?}", case.employers);
    assert!(!case.employers.concat().iter().any(|f| f.contains("赵六")), "{:?}", case.employers);
    assert_eq!(qr::parse(&decode(&code)).unwrap().workers, "车间工人约30人，联系人赵六 13700000000");
    let reduced = qr::parse(&qr::payload(&case.reduced())).unwrap();
    assert_eq!(reduced.workers, "车间工人约30人，联系人赵六 13700000000".chars().take(qr::REDUCED_FIELD_CHARS).collect::<String>());
    // The same text left over on a worker's own case is not theirs to carry.
    let own = situation(&[Problem::WagesUnpaid], |_| {});
    let r = route(&own, today());
    let case = qr::case_for(&own, &r, &det, &documents::compose(&own, &r, &det, today()), today());
    assert!(case.workers.is_empty() && !qr::payload(&case).contains("\nK:"));
}

/// Witnesses are asked only for the arbitration paper. Typed there and left
/// behind when the answers no longer lead to arbitration (the same case
/// reported by someone else goes to inspection alone), they are on no
/// paper, and the code does not carry them either.
#[test]
fn qr_carries_witnesses_only_where_a_paper_names_them() {
    let mut det = Details::default();
    person(&mut det);
    assert!(det.set("witnesses[0].name", "王五".into()));
    assert!(det.set("witnesses[0].contact", "13700000000".into()));
    let carried = |s: &Situation| {
        let r = route(s, today());
        let docs = documents::compose(s, &r, &det, today());
        let on_papers = docs.iter().any(|d| !d.witnesses.is_empty());
        (on_papers, qr::case_for(s, &r, &det, &docs, today()).witnesses)
    };
    let (arbitration, _) = arbitration_case();
    assert_eq!(carried(&arbitration), (true, vec![vec!["王五".to_string(), "13700000000".to_string()]]));
    let report = Situation { reporter: Reporter::ThirdParty, ..arbitration };
    assert_eq!(carried(&report), (false, Vec::<Vec<String>>::new()));
}

#[test]
fn qr_above_capacity_carries_the_reduced_case() {
    let (s, det) = hostile();
    let r = route(&s, today());
    let docs = documents::compose(&s, &r, &det, today());
    let case = qr::case_for(&s, &r, &det, &docs, today());
    let code = qr::encode(&case).unwrap();
    assert!(code.reduced);
    assert!(code.payload.starts_with("WQ1R\n"));
    assert!(code.payload.len() <= qr::MAX_BYTES);
    let back = qr::parse(&decode(&code)).unwrap();
    assert_eq!(back, case.reduced());
    assert!(back.facts.is_empty() && back.evidence.is_empty() && back.witnesses.is_empty());
    assert_eq!(back.person[0], format!("{SCRIPT}evilx😀").chars().take(qr::REDUCED_FIELD_CHARS).collect::<String>());
    assert_eq!(back.claims.len(), 3);
    assert_inert(&code.payload);
    // The full payload kept the literal text too (and the 10 000 characters).
    let full = qr::payload(&case);
    assert!(full.len() > qr::MAX_BYTES && full.contains(SCRIPT));
    assert_eq!(qr::parse(&full).unwrap(), case);
}

#[test]
fn qr_with_hostile_but_short_text_round_trips_in_full() {
    let (s, mut det) = hostile();
    det.set("facts_text.arbitration", format!("{SCRIPT}\n第二行|竖线\\反斜杠 \u{202E}😀"));
    let r = route(&s, today());
    let docs = documents::compose(&s, &r, &det, today());
    let case = qr::case_for(&s, &r, &det, &docs, today());
    let code = qr::encode(&case).unwrap();
    assert!(!code.reduced);
    let back = qr::parse(&decode(&code)).unwrap();
    assert_eq!(back.facts, format!("{SCRIPT}\n第二行|竖线\\反斜杠 😀"));
    assert_eq!(back, case);
}

// ───────────────────────────── citations ─────────────────────────────

fn law_article(source: &str, clause: &str) -> Option<String> {
    let path = format!("{}/law/{source}.md", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).ok()?;
    // A numbered section of a notice ("二" → "## 二、…") or an article.
    if !clause.starts_with('第') {
        let start = text.lines().position(|l| l.starts_with(&format!("## {clause}、")))?;
        let mut out = String::new();
        for (k, l) in text.lines().enumerate().skip(start) {
            if k > start && l.starts_with("## ") {
                break;
            }
            out.push_str(l);
        }
        return Some(out);
    }
    let article = &clause[..clause.find('条')? + '条'.len_utf8()];
    let start = text.lines().position(|l| l.starts_with(&format!("{article} ")))?;
    let mut out = String::new();
    for (k, l) in text.lines().enumerate().skip(start) {
        if k > start && l.starts_with('第') && l.contains("条 ") {
            break;
        }
        out.push_str(l);
    }
    Some(out)
}

fn all_cites(docs: &[Document]) -> Vec<Cite> {
    let mut v = Vec::new();
    for doc in docs {
        v.extend(doc.basis.iter().copied());
        for n in &doc.notices {
            v.extend(n.cites.iter().copied());
        }
        for c in &doc.claims {
            v.extend(c.cites.iter().copied());
            v.extend(c.working.iter().map(|w| w.cite));
        }
    }
    v
}

/// Wages with the social-insurance and other breaches, to inspection: each
/// request is worded after 监察条例 第十一条's list (or the article that
/// orders the remedy), never "请求依法查处：单位没给上社保" in the worker's words.
fn inspection_breaches() -> Situation {
    situation(
        &[
            Problem::WagesUnpaid,
            Problem::NoSocialInsurance,
            Problem::SocialInsuranceArrears,
            Problem::FemaleMinorProtection,
            Problem::DocumentsOrDeposit,
            Problem::ChildLabour,
        ],
        |s| s.want = Want::StopViolation,
    )
}

#[test]
fn inspection_requests_are_in_the_words_of_the_regulations() {
    let s = inspection_breaches();
    let docs = docs(&s, &Details::default());
    let complaint = docs.iter().find(|d| d.body == Body::Inspection).expect("an inspection complaint");
    assert_eq!(complaint.claims.len(), s.problems.len(), "{:?}", complaint.claims.iter().map(|c| &c.key).collect::<Vec<_>>());
    for c in &complaint.claims {
        assert!(!c.text.contains("请求依法查处：") && !c.text_en.contains("deal with:"), "{} / {}", c.text, c.text_en);
    }
    let texts: Vec<&str> = complaint.claims.iter().map(|c| c.text.as_str()).collect();
    assert!(texts.contains(&"请求责令用人单位依法参加社会保险、缴纳社会保险费"), "{texts:?}");
    assert!(texts.contains(&"请求责令用人单位退还扣押的身份证等证件和收取的押金"), "{texts:?}");
}

/// No written contract: while the worker is still there, the complaint asks
/// inspection to order one concluded (劳动合同法 第十条); once they have
/// left, a contract can no longer be concluded and it asks for the breach to
/// be dealt with instead.
#[test]
fn the_no_contract_request_fits_whether_the_worker_is_still_there() {
    let request = |left: bool| {
        let s = situation(&[Problem::NoContract], |s| {
            s.want = Want::StopViolation;
            if left {
                s.employment = Employment::Left;
                s.dates.job_end = Some(today().add_days(-30));
            }
        });
        let docs = docs(&s, &Details::default());
        let complaint = docs.into_iter().find(|d| d.body == Body::Inspection).expect("an inspection complaint");
        let c = complaint.claims.into_iter().find(|c| c.key == "problem:no_contract").expect("the request");
        (c.text, c.text_en)
    };
    let (zh, en) = request(false);
    assert_eq!(zh, "请求责令用人单位依法与劳动者订立书面劳动合同");
    assert!(en.contains("conclude a written labour contract"), "{en}");
    let (zh, en) = request(true);
    assert_eq!(zh, "请求依法查处用人单位未与劳动者订立书面劳动合同的行为");
    assert!(!zh.contains("责令用人单位依法与劳动者订立") && en.contains("investigated and dealt with"), "{zh} / {en}");
}

/// The same in an arbitration application: no "请求依法裁决：" with the
/// interview's label for the problems that have a claim of their own.
#[test]
fn arbitration_claims_are_claims_not_the_interviews_labels() {
    let s = situation(&[Problem::ContractChange, Problem::DocumentsOrDeposit, Problem::FemaleMinorProtection], |s| s.want = Want::MoneyOrDecision);
    let docs = docs(&s, &Details::default());
    let a = docs.iter().find(|d| d.body == Body::Arbitration).expect("an application");
    assert_eq!(a.claims.len(), 3);
    for c in &a.claims {
        assert!(!c.text.contains("请求依法裁决：") && !c.text_en.contains("decide:"), "{} / {}", c.text, c.text_en);
    }
}

/// Special protection: the papers say whose (a woman's, a minor's, either
/// when the sex is not known) and never one period the worker did not name
/// (a woman's are the three her answer names together, 怀孕、产假、哺乳期间);
/// the claim rests on 劳动法 第五十八条.
#[test]
fn special_protection_names_whose_and_no_period_nobody_gave() {
    let s = situation(&[Problem::FemaleMinorProtection], |s| s.want = Want::MoneyOrDecision);
    let facts_and_claim = |det: &Details, s: &Situation| {
        let docs = docs(s, det);
        let a = docs.iter().find(|d| d.body == Body::Arbitration).expect("an application");
        let c = a.claims.iter().find(|c| c.key == "problem:female_minor_protection").expect("the claim");
        assert!(c.cites.iter().any(|x| x.source == "劳动法" && x.clause == "第五十八条"), "{:?}", c.cites);
        (a.facts.clone(), c.text.clone())
    };
    let mut woman = Details::default();
    woman.set("person.id_number", ID_F.into());
    let (facts, claim) = facts_and_claim(&woman, &s);
    assert!(facts.contains("单位在本人怀孕、生育或哺乳期间，未依法给予本人女职工特殊劳动保护。"), "{facts}");
    assert!(!facts.contains("孕期") && !facts.contains("产期"), "{facts}");
    assert!(claim.contains("申请人女职工特殊劳动保护"), "{claim}");
    // The form's choice wins over the ID number. A man born in 1985 was
    // never a minor worker in this job: the protection without whose (a
    // legal review found "未成年工" printed for a man of 41).
    woman.set("person.sex", "male".into());
    let (facts, claim) = facts_and_claim(&woman, &s);
    assert!(facts.contains("单位未依法给予本人特殊劳动保护。") && claim.contains("给予申请人特殊劳动保护"), "{facts} / {claim}");
    // Sixteen when the job began in 2025 (劳动法 第五十八条: 年满十六周岁未满十八周岁).
    let mut minor = Details::default();
    minor.set("person.sex", "male".into());
    minor.set("person.birth_date", "2009-03-01".into());
    let young = situation(&[Problem::FemaleMinorProtection], |s| {
        s.want = Want::MoneyOrDecision;
        s.dates.job_start = Some(d("2025-07-01"));
    });
    let (facts, claim) = facts_and_claim(&minor, &young);
    assert!(facts.contains("本人未成年工特殊劳动保护") && claim.contains("申请人未成年工"), "{facts} / {claim}");
    // Eighteen before the job began: not a minor worker there.
    minor.set("person.birth_date", "2007-03-01".into());
    let (facts, _) = facts_and_claim(&minor, &young);
    assert!(facts.contains("单位未依法给予本人特殊劳动保护。"), "{facts}");
    // No start date: 19 today, but 17 within inspection's two years.
    minor.set("person.birth_date", "2007-06-01".into());
    let (facts, _) = facts_and_claim(&minor, &s);
    assert!(facts.contains("本人未成年工特殊劳动保护"), "{facts}");
    let (facts, claim) = facts_and_claim(&Details::default(), &s);
    assert!(facts.contains("本人女职工或未成年工特殊劳动保护") && claim.contains("女职工或未成年工"), "{facts} / {claim}");
    for (facts, _) in [facts_and_claim(&woman, &s), facts_and_claim(&Details::default(), &s)] {
        assert!(!facts.contains("孕期") && !facts.contains("哺乳"), "{facts}");
    }
    // A third party's report: the worker's sex is not on the form.
    let reported = situation(&[Problem::FemaleMinorProtection], |s| s.reporter = Reporter::ThirdParty);
    let mut det = Details::default();
    det.set("person.id_number", ID_F.into());
    let (facts, _) = weiquan_core::documents::composed_facts(&reported, &det, today());
    assert!(facts.contains("劳动者女职工或未成年工特殊劳动保护"), "{facts}");
}

/// A work injury's claim: no amount (the items depend on the injury), said
/// so; insured, only what the employer pays (the fund pays the rest:
/// 社会保险法 第三十九条; 工伤保险条例 第三十三条, 第三十六条, and the
/// employment grant of 第三十七条 only once the contract has ended); without
/// insurance the employer pays the insurance's items itself (第六十二条);
/// with contributions short or stopped, what it owes, not which (社会保险法
/// 第四十一条: it had been cut to the employer's own items).
#[test]
fn work_injury_claim_says_its_items_are_to_be_worked_out_and_who_pays_without_insurance() {
    let claim_on = |problems: &[Problem], employment: Employment| {
        let s = situation(problems, |s| {
            s.want = Want::MoneyOrDecision;
            s.injury_recognised = InjuryRecognised::Yes;
            s.employment = employment;
        });
        let docs = docs(&s, &Details::default());
        let a = docs.iter().find(|d| d.body == Body::Arbitration).expect("an application");
        a.claims.iter().find(|c| c.key == "problem:work_injury").expect("the claim").clone()
    };
    let claim = |problems: &[Problem]| claim_on(problems, Employment::Left);
    let insured = claim(&[Problem::WorkInjury]);
    assert_eq!(insured.text, "请求裁决被申请人支付应由用人单位支付的工伤待遇（如停工留薪期工资、一次性伤残就业补助金，具体项目和金额待核算）");
    assert!(!insured.cites.iter().any(|c| c.clause == "第六十二条"));
    for clause in ["第三十三条", "第三十六条", "第三十七条"] {
        assert!(insured.cites.contains(&Cite { source: "工伤保险条例", clause }), "{:?}", insured.cites);
        assert!(law_article("工伤保险条例", clause).is_some());
    }
    assert!(insured.cites.contains(&Cite { source: "社会保险法", clause: "第三十九条" }));
    let still_there = claim_on(&[Problem::WorkInjury], Employment::Employed);
    assert!(!still_there.text.contains("就业补助金") && still_there.text.contains("伤残津贴"), "{}", still_there.text);
    let arrears = claim(&[Problem::WorkInjury, Problem::SocialInsuranceArrears]);
    assert!(arrears.text.contains("依法应由其承担的工伤待遇"), "{}", arrears.text);
    assert!(arrears.cites.contains(&Cite { source: "社会保险法", clause: "第四十一条" }), "{:?}", arrears.cites);
    for c in &arrears.cites {
        assert!(law_article(c.source, c.clause).is_some(), "{c:?}");
    }
    let uninsured = claim(&[Problem::WorkInjury, Problem::NoSocialInsurance]);
    assert!(uninsured.text.contains("按照工伤保险待遇项目和标准支付"), "{}", uninsured.text);
    assert!(uninsured.cites.iter().any(|c| c.source == "工伤保险条例" && c.clause == "第六十二条"), "{:?}", uninsured.cites);
}

/// Not registered for social insurance is also not paid: the audit report
/// cites the duty to pay and its enforcement beside registration's.
#[test]
fn audit_report_for_no_social_insurance_cites_paying_as_well_as_registering() {
    let s = situation(&[Problem::NoSocialInsurance], |s| s.want = Want::StopViolation);
    let docs = docs(&s, &Details::default());
    let audit = docs.iter().find(|d| d.body == Body::Audit).expect("an audit report");
    let c = audit.claims.iter().find(|c| c.key == "problem:no_social_insurance").expect("the claim");
    let clauses: Vec<&str> = c.cites.iter().filter(|x| x.source == "社会保险法").map(|x| x.clause).collect();
    assert_eq!(clauses, ["第五十八条", "第六十条", "第八十四条", "第八十六条"]);
}

#[test]
fn every_cited_article_exists_and_notices_say_what_it_says() {
    let cases: Vec<(Situation, Details)> = vec![
        arbitration_case(),
        (inspection_breaches(), Details::default()),
        (
            situation(&[Problem::ContractChange, Problem::DocumentsOrDeposit, Problem::FemaleMinorProtection], |s| s.want = Want::MoneyOrDecision),
            Details::default(),
        ),
        (
            situation(&[Problem::SocialInsuranceArrears, Problem::NoSocialInsurance, Problem::SocialInsuranceFraud], |s| {
                s.reporter = Reporter::ThirdParty
            }),
            Details::default(),
        ),
        (
            situation(&[Problem::WorkInjury, Problem::NoSocialInsurance, Problem::FemaleMinorProtection], |s| s.want = Want::MoneyOrDecision),
            Details::default(),
        ),
        (
            situation(&[Problem::WagesUnpaid, Problem::OvertimeRest, Problem::BelowMinimumWage, Problem::NoContract, Problem::ChildLabour], |s| {
                s.want = Want::StopViolation;
                s.reporter = Reporter::ThirdParty;
            }),
            Details::default(),
        ),
        (
            situation(&[Problem::CompensationUnpaid, Problem::OvertimeRest, Problem::SocialInsuranceLoss, Problem::ContractChange], |s| {
                s.want = Want::MoneyOrDecision;
                s.dispatch = Dispatch::Yes;
            }),
            Details::default(),
        ),
        (
            situation(&[Problem::Dismissed, Problem::FemaleMinorProtection], |s| {
                s.want = Want::MoneyOrDecision;
                s.employment = Employment::Left;
            }),
            {
                let mut det = Details::default();
                det.set("claims.dismissal_remedy", "compensation".into());
                det
            },
        ),
    ];
    let mut seen = 0;
    for (s, mut det) in cases {
        det.set("claims.monthly_wage", "6000".into());
        det.set("claims.overtime_weekday_hours", "10".into());
        det.set("claims.overtime_holiday_hours", "8".into());
        det.set("claims.job_start", "2022-01-01".into());
        det.set("claims.job_end", "2026-06-30".into());
        let docs = docs(&s, &det);
        for c in all_cites(&docs) {
            assert!(law_article(c.source, c.clause).is_some(), "《{}》{} not found in core/law/", c.source, c.clause);
            seen += 1;
        }
        for doc in &docs {
            for n in &doc.notices {
                let phrase = match n.key {
                    "copies" => "按照被申请人人数提交副本",
                    "jurisdiction" => "由劳动合同履行地的劳动争议仲裁委员会管辖",
                    "dispatch_co_parties" | "dispatch_not_sure" => "劳务派遣单位和用工单位为共同当事人",
                    "final_award" => "不超过当地月最低工资标准十二个月金额",
                    "notice_pay" => "提前三十日以书面形式通知劳动者本人或者额外支付劳动者一个月工资后",
                    "protected_end" => "女职工在孕期、产期、哺乳期的",
                    "protection_amounts" => "不得因女职工怀孕、生育、哺乳降低其工资",
                    "annual_leave" => "按照该职工日工资收入的300%支付年休假工资报酬",
                    "reporter_confidential" | "reported_matter_confidential" => "劳动保障行政部门应当为举报人保密",
                    "collection_reporter_confidential" => "为举报人保密",
                    "identity_withheld_request" => continue,
                    other => panic!("unknown notice {other}"),
                };
                let c = n.cites[0];
                assert!(law_article(c.source, c.clause).unwrap().contains(phrase), "{} {} lacks {phrase}", c.source, c.clause);
            }
        }
    }
    assert!(seen > 40, "{seen}");
    // 社会保险法 has no reporter-confidentiality clause: the audit paper must
    // not claim one from it.
    let si = std::fs::read_to_string(format!("{}/law/社会保险法.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(!si.contains("为举报人保密"));
}

#[test]
fn qr_case_of_an_empty_form_never_panics() {
    for problems in [vec![Problem::Other], vec![Problem::PensionAgency], vec![Problem::WorkInjury, Problem::Dismissed]] {
        let s = Situation::new(problems);
        let det = Details::default();
        let r = route(&s, today());
        let docs = documents::compose(&s, &r, &det, today());
        let _ = documents::to_text(&docs);
        let case = qr::case_for(&s, &r, &det, &docs, today());
        let code = qr::encode(&case).unwrap();
        assert_eq!(qr::parse(&code.payload).unwrap(), case);
    }
    let _: QrCase = QrCase::default();
}

/// An injured child labourer's compensation, claimed by a parent (rule
/// child_injury_claim): the claim is the one-time compensation and the
/// treatment's costs (工伤保险条例 第六十六条, 禁止使用童工规定 第十条), not
/// work-injury benefits; the applicant (the parent) has no work unit there;
/// the child is named as the parent gave them, and the facts say the child
/// was under 16. The report to inspection stays on its own paper.
#[test]
fn an_injured_childs_compensation_claimed_by_a_parent() {
    let s = situation(&[Problem::ChildLabour, Problem::WorkInjury], |s| {
        s.reporter = Reporter::ThirdParty;
        s.injured_under_16 = InjuredUnder16::Yes;
        s.dates.injury = Some(d("2026-08-01"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("workers", "林小林，15岁".into());
    let all = docs(&s, &det);
    assert_eq!(all.iter().map(|x| x.body).collect::<Vec<_>>(), [Body::Inspection, Body::Arbitration]);
    let a = &all[1];
    assert_eq!(a.claims.len(), 1);
    assert!(
        a.claims[0].text.contains("使用童工造成童工伤残（或死亡）的一次性赔偿") && !a.claims[0].text.contains("工伤待遇"),
        "{}",
        a.claims[0].text
    );
    assert!(a.claims[0].cites.contains(&Cite { source: "工伤保险条例", clause: "第六十六条" }));
    assert!(a.claims[0].cites.contains(&Cite { source: "禁止使用童工规定", clause: "第十条" }));
    let applicant = &a.parties[0];
    assert!(applicant.fields.iter().all(|f| f.label != "工作单位"), "{:?}", applicant.fields);
    let child = a.parties.iter().find(|p| p.role == documents::CHILD_ROLE).expect("the child");
    assert_eq!(child.fields[0].value, "林小林，15岁");
    // The child, not a head count of workers (a review).
    assert_eq!(child.fields[0].label, "姓名、出生日期、与申请人的关系");
    // The form asks for the child in the same field.
    let parts = documents::form_parts(&s, &route(&s, today()));
    assert!(parts.workers && parts.child, "{parts:?}");
    assert!(a.facts.starts_with("申请人系受伤童工的近亲属。单位使用未满十六周岁的未成年人做工。童工于2026年8月1日在工作中受伤"), "{}", a.facts);
    // Who applies, not a report's "本人反映" (a review); the report to
    // inspection keeps it.
    assert!(!a.facts.contains("本人反映"), "{}", a.facts);
    assert!(all[0].facts.starts_with("本人反映"), "{}", all[0].facts);
    // The report names the same child as a child, not as "names, phone or
    // how many" of workers (a usability review), and the window's code
    // takes no child for an employer.
    let named = all[0].parties.iter().find(|p| p.role == documents::REPORTED_CHILD_ROLE).expect("the child on the report");
    assert_eq!((named.fields[0].label, named.fields[0].value.as_str()), ("姓名、出生日期、与举报人的关系", "林小林，15岁"));
    assert!(all[0].parties.iter().all(|p| p.role != documents::WORKERS_ROLE));
    let case = qr::case_for(&s, &route(&s, today()), &det, &all, today());
    assert_eq!(case.employers.len(), 1, "{:?}", case.employers);
    // Chosen injury first, the paper still tells the child labour first.
    let mut injury_first = s.clone();
    injury_first.problems = vec![Problem::WorkInjury, Problem::ChildLabour];
    let a2 = docs(&injury_first, &det).into_iter().find(|x| x.body == Body::Arbitration).unwrap();
    assert_eq!(a2.facts, a.facts);
    assert!(!a.facts.contains("已被认定为工伤"));
    // The child's own application: they worked there.
    let mut own = s.clone();
    own.reporter = Reporter::Worker;
    let a = docs(&own, &det).into_iter().find(|x| x.body == Body::Arbitration).unwrap();
    assert!(a.parties[0].fields.iter().any(|f| f.label == "工作单位"));
    assert!(a.parties.iter().all(|p| p.role != documents::CHILD_ROLE));
    // The child's own claim names no death (a relative's may be for one).
    assert!(a.claims[0].text.contains("造成童工伤残的一次性赔偿") && !a.claims[0].text.contains("死亡"), "{}", a.claims[0].text);
    assert!(!documents::form_parts(&own, &route(&own, today())).child);
    // An adult injured where children work, the injury recognised: the
    // application (its copy goes to the employer) tells the adult's injury,
    // not the child labour reported to inspection with the reporter kept
    // secret (监察条例 第九条).
    let mut adult = own.clone();
    adult.injured_under_16 = InjuredUnder16::No;
    adult.injury_recognised = InjuryRecognised::Yes;
    let all = docs(&adult, &det);
    let a = all.iter().find(|x| x.body == Body::Arbitration).expect("the adult's application");
    assert!(!a.facts.contains("未满十六周岁") && !a.facts.contains("童工"), "{}", a.facts);
    assert!(a.parties.iter().all(|p| p.role != documents::CHILD_ROLE));
}

/// No contract and an injury, the employer denying the job, the worker not
/// sure what to ask for: the no-contract complaint goes to inspection, where
/// the result says double wages must be claimed by arbitration; the case
/// has an application anyway (to confirm the relationship), and it makes
/// that claim (a review found it left off, the form asking for the wage).
/// Without an application in the case, none is made up for it.
#[test]
fn double_wages_told_of_at_inspection_are_claimed_on_the_application_the_case_has() {
    let s = situation(&[Problem::NoContract, Problem::WorkInjury], |s| {
        s.relationship = Relationship::Denied;
        s.want = Want::NotSure;
        s.employment = Employment::Left;
        s.injury_recognised = InjuryRecognised::No;
        s.dates.job_start = Some(d("2026-03-01"));
        s.dates.job_end = Some(d("2026-10-15"));
        s.dates.injury = Some(d("2026-10-10"));
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "5000".into());
    let all = docs(&s, &det);
    let a = all.iter().find(|x| x.body == Body::Arbitration).expect("the application");
    let keys: Vec<&str> = a.claims.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["confirm_relationship", "double_wages"]);
    assert!(a.claims[1].amount_fen.is_some_and(|x| x > 0));
    assert!(all.iter().any(|x| x.body == Body::Inspection), "the complaint stays");
    // Only the complaint: no application is made for the double wages.
    let mut only = s.clone();
    only.problems = vec![Problem::NoContract];
    only.relationship = Relationship::Acknowledged;
    assert_eq!(docs(&only, &det).iter().map(|x| x.body).collect::<Vec<_>>(), [Body::Inspection]);
}

/// Overtime hours print and count as typed, to the hundredth (a calculation
/// review: counted in minutes, 33.33 h printed as 33.32 and 0.01 h vanished).
#[test]
fn overtime_hours_print_and_count_as_typed() {
    let s = situation(&[Problem::OvertimeRest], |s| {
        s.want = Want::MoneyOrDecision;
        s.relationship = Relationship::Acknowledged;
    });
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.monthly_wage", "5000".into());
    det.set("claims.overtime_weekday_hours", "33.33".into());
    det.set("claims.overtime_rest_day_hours", "0.01".into());
    det.set("claims.overtime_holiday_hours", "1.99".into());
    assert!(keys(&det).is_empty(), "{:?}", keys(&det));
    let all = docs(&s, &det);
    let a = all.iter().find(|d| d.body == Body::Arbitration).expect("an arbitration paper");
    let ot = a.claims.iter().find(|c| c.key == "overtime").expect("an overtime claim");
    assert_eq!(ot.amount_fen, Some(160_876), "{:?}", ot.working);
    let lines: Vec<&str> = ot.working.iter().map(|w| w.zh.as_str()).collect();
    assert!(lines.iter().any(|l| l.starts_with("延长工作时间33.33小时 × 小时工资 × 150%")), "{lines:?}");
    assert!(lines.iter().any(|l| l.starts_with("休息日加班0.01小时 × 小时工资 × 200% = 0.57元")), "{lines:?}");
    assert!(ot.working.iter().any(|w| w.en.starts_with("Public-holiday work 1.99 h")), "{:?}", ot.working);
    assert!(a.facts.contains("33.33小时") && a.facts.contains("0.01小时") && a.facts.contains("1.99小时"), "{}", a.facts);
}

/// A 0 the form refuses (`amount_zero`) is not counted with meanwhile (an
/// input review: "月工资0.00元" printed, and a claim worked from it).
#[test]
fn a_refused_zero_is_not_printed_or_counted() {
    let s = situation(&[Problem::BelowMinimumWage, Problem::Dismissed], |s| {
        s.want = Want::MoneyOrDecision;
        s.relationship = Relationship::Acknowledged;
        s.employment = Employment::Left;
    });
    let mut det = Details::default();
    person(&mut det);
    for (k, v) in [
        ("claims.monthly_wage", "0"),
        ("claims.city_avg_wage", "0.00"),
        ("claims.job_start", "2022-01-01"),
        ("claims.job_end", "2026-06-30"),
        ("claims.dismissal_remedy", "compensation"),
    ] {
        det.set(k, v.into());
    }
    assert!(keys(&det).contains(&("claims.monthly_wage".to_string(), "amount_zero")), "{:?}", keys(&det));
    let all = docs(&s, &det);
    let a = all.iter().find(|d| d.body == Body::Arbitration).expect("an arbitration paper");
    assert!(!a.facts.contains("工资0.00元"), "{}", a.facts);
    let comp = a.claims.iter().find(|c| c.key == "compensation").expect("compensation");
    assert_eq!(comp.amount_fen, None, "{:?}", comp.working);
    assert!(comp.missing.contains(&"claims.monthly_wage"), "{:?}", comp.missing);
    // Mended, it counts.
    det.set("claims.monthly_wage", "6000".into());
    det.set("claims.city_avg_wage", "".into());
    let all = docs(&s, &det);
    let a = all.iter().find(|d| d.body == Body::Arbitration).unwrap();
    assert!(a.claims.iter().find(|c| c.key == "compensation").unwrap().amount_fen.is_some());
}

/// A job begun before the person was born is refused at the start date,
/// by the birth date typed or the ID number's; a landline with its area
/// code is a phone the papers print (an input review found both the other
/// way round).
#[test]
fn a_start_before_birth_is_refused_and_a_landline_is_a_phone() {
    let mut det = Details::default();
    person(&mut det);
    det.set("claims.job_start", "1900-01-01".into());
    det.set("person.phone", "(0371)6789 0123".into());
    assert_eq!(keys(&det), [("claims.job_start".to_string(), "date_before_birth")]);
    assert_eq!(det.person.phone_as_printed(), "0371-67890123");
    // The ID number's birth, with no birth date typed.
    det.set("person.birth_date", "".into());
    assert_eq!(keys(&det), [("claims.job_start".to_string(), "date_before_birth")]);
    det.set("claims.job_start", "2008-03-01".into());
    assert!(keys(&det).is_empty(), "{:?}", keys(&det));
}

/// A contract signed late: the complaint asks for the breach to be dealt
/// with, not for a contract its own facts say was signed (a QA walk).
#[test]
fn a_complaint_about_a_contract_signed_late_asks_for_the_breach_to_be_dealt_with() {
    let complaint = |signed: Option<&str>| {
        let s = situation(&[Problem::NoContract], |s| {
            s.want = Want::StopViolation;
            s.relationship = Relationship::Acknowledged;
            s.dates.job_start = Some(d("2025-01-10"));
            s.dates.contract_signed = signed.map(d);
        });
        let mut det = Details::default();
        person(&mut det);
        let all = docs(&s, &det);
        let c = all.iter().find(|d| d.body == Body::Inspection).expect("an inspection complaint").clone();
        (c.claims.iter().find(|c| c.key == "problem:no_contract").expect("the contract's request").text.clone(), c.facts)
    };
    let (request, facts) = complaint(Some("2025-06-10"));
    assert!(facts.contains("单位直到2025年6月10日才与本人订立书面劳动合同"), "{facts}");
    assert!(request.starts_with("请求依法查处用人单位未与劳动者订立书面劳动合同的行为"), "{request}");
    let (request, _) = complaint(None);
    assert!(request.starts_with("请求责令用人单位依法与劳动者订立书面劳动合同"), "{request}");
}
