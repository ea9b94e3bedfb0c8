//! Stories: realistic accounts of Zhengzhou workers' problems, each routed
//! through the compiled rules from its situation JSON (`weiquan.situation/1`).
//!
//! The expectations were written from the policy (seed 郑人社〔2016〕19号,
//! sections cited as e.g. "seed 二(二)") and the law texts in core/law/, not
//! copied from the program's output. Each story's comment names the clause
//! that justifies the expected answer.

use weiquan_core::deadlines::{LimitState, LimitStatus};
use weiquan_core::routing::{Link, ProblemRouting};
use weiquan_core::rules::{Lang, Purpose};
use weiquan_core::situation::FieldError;
use weiquan_core::{route, Date, Outcome, Problem, Routing, Situation};

use LimitState::*;
use Outcome::*;
use Problem::*;

// ───────────────────────────── helpers ─────────────────────────────

fn day(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("bad test date {s:?}: {e}"))
}

/// Reads the situation JSON, checks it is valid on `today`, and routes it.
fn story(json: &str, today: &str) -> Routing {
    let today = day(today);
    let s = Situation::from_json(json).unwrap_or_else(|e| panic!("story JSON rejected: {e}\n{json}"));
    let errors = s.validate(today);
    assert!(errors.is_empty(), "story situation invalid: {errors:?}\n{json}");
    route(&s, today)
}

/// The error for a situation that must be rejected, by parsing or by validation.
fn rejected(json: &str, today: &str) -> Vec<FieldError> {
    match Situation::from_json(json) {
        Err(e) => vec![e],
        Ok(s) => s.validate(day(today)),
    }
}

/// The outcomes of the steps, in the order to take them.
fn outcomes(r: &Routing) -> Vec<Outcome> {
    r.steps.iter().map(|s| s.outcome).collect()
}

/// Checks every step: its outcome, the problems it serves, and the steps it waits for.
fn assert_steps(r: &Routing, expected: &[(Outcome, &[Problem], &[usize])]) {
    let got: Vec<(Outcome, Vec<Problem>, Vec<usize>)> = r.steps.iter().map(|s| (s.outcome, s.problems.clone(), s.after.clone())).collect();
    let want: Vec<(Outcome, Vec<Problem>, Vec<usize>)> = expected.iter().map(|(o, p, a)| (*o, p.to_vec(), a.to_vec())).collect();
    assert_eq!(got, want, "steps (outcome, problems, after)");
    for (i, s) in r.steps.iter().enumerate() {
        assert_eq!(s.n, i + 1, "steps are numbered in order");
    }
}

fn problem(r: &Routing, p: Problem) -> &ProblemRouting {
    r.problems.iter().find(|x| x.problem == p).unwrap_or_else(|| panic!("{p:?} not routed"))
}

/// The ids of the rules that decided each link of a problem's chain.
fn rules(r: &Routing, p: Problem) -> Vec<&'static str> {
    problem(r, p).chain.iter().map(|l| l.rule).collect()
}

/// The first link of a problem's chain that goes to `o`.
fn link(r: &Routing, p: Problem, o: Outcome) -> &Link {
    problem(r, p).chain.iter().find(|l| l.outcome == o).unwrap_or_else(|| panic!("{p:?} never goes to {o:?}"))
}

fn advice(r: &Routing, p: Problem, o: Outcome) -> Vec<&'static str> {
    link(r, p, o).advice.iter().map(|a| a.rule).collect()
}

fn assert_advice(r: &Routing, p: Problem, o: Outcome, rule: &str) {
    let a = advice(r, p, o);
    assert!(a.contains(&rule), "advice {rule} expected for {p:?} at {o:?}, got {a:?}");
}

fn assert_no_advice(r: &Routing, p: Problem, o: Outcome, rule: &str) {
    let a = advice(r, p, o);
    assert!(!a.contains(&rule), "advice {rule} not expected for {p:?} at {o:?}, got {a:?}");
}

/// The deciding link cites `clause` of `source`.
fn assert_cites(l: &Link, source: &str, clause: &str) {
    assert!(
        l.cites.iter().any(|c| c.source == source && c.clause == clause),
        "rule {} should cite {source} {clause}; cites {:?}",
        l.rule,
        l.cites.iter().map(|c| (c.source, c.clause)).collect::<Vec<_>>()
    );
}

fn limit<'a>(r: &'a Routing, p: Problem, id: &str) -> &'a LimitStatus {
    problem(r, p).limits.iter().find(|l| l.limit == id).unwrap_or_else(|| panic!("{p:?} has no limit {id}"))
}

/// State, last day and days left of a time limit.
fn assert_limit(r: &Routing, p: Problem, id: &str, state: LimitState, last_day: Option<&str>, days_left: Option<i32>) {
    let l = limit(r, p, id);
    assert_eq!((l.state, l.last_day, l.days_left), (state, last_day.map(day), days_left), "limit {id} of {p:?}");
}

const TODAY: &str = "2026-11-26";

// ─────────────── wages: on both the inspection and arbitration lists ───────────────

// 王师傅在工地干了8个月，老板拖欠3个月工资，现在人还在工地。想让监察部门责令老板发工资。
// Seed 二(三): 无故克扣或拖欠劳动者工资报酬 → 劳动保障监察; 监察条例 第二十六条 (责令支付).
// The arrears continue, so the 2-year bar of 监察条例 第二十条 has not started (第二款).
#[test]
fn wages_owed_still_employed_wants_enforcement_goes_to_inspection() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"stop_violation",
            "relationship":"acknowledged","dates":{"job_start":"2026-03-20","known":"2026-09-10"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[WagesUnpaid], &[])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Complain));
    assert_eq!(rules(&r, WagesUnpaid), ["enforcement"]);
    assert_cites(link(&r, WagesUnpaid, Inspection), "郑人社〔2016〕19号", "二(三)");
    assert_limit(&r, WagesUnpaid, "inspection_two_years", NotRunning, None, None);
    assert!(!r.urgent);
}

// 刘姐在超市上班，老板欠她两个月工资，她还在职，只想把钱要回来，请仲裁委员会裁决。
// Seed 二(三): 劳动报酬 disputes → 调解仲裁; 调解仲裁法 第二条、第二十七条第四款:
// unpaid pay during employment is not time-barred. The employer keeps the payroll (第六条).
#[test]
fn wages_owed_still_employed_wants_money_goes_to_arbitration_without_time_bar() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"money_or_decision",
            "relationship":"acknowledged","employment":"employed","dates":{"known":"2025-08-01"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[WagesUnpaid], &[])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Apply));
    assert_eq!(rules(&r, WagesUnpaid), ["money_dispute"]);
    assert_cites(link(&r, WagesUnpaid, Arbitration), "劳动争议调解仲裁法", "第二条");
    // Known more than a year ago, yet still employed: no bar (art. 27 para 4).
    assert_limit(&r, WagesUnpaid, "arbitration_one_year", NoLimitWhileEmployed, None, None);
    for a in ["employer_holds_evidence", "small_claim_final", "mediation_optional"] {
        assert_advice(&r, WagesUnpaid, Arbitration, a);
    }
}

// 小赵在饭店打工，工资被拖了一个多月，他不知道是该让人社部门查处还是申请仲裁。
// Seed 二(三) lists 拖欠工资 first among the violations inspection handles, and inspection
// can order the wages paid (监察条例 第二十六条): with no stated wish, enforcement first.
#[test]
fn wages_owed_not_sure_what_to_ask_is_treated_as_enforcement() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"not_sure"}"#, TODAY);
    assert_eq!(outcomes(&r), [Inspection]);
    assert_eq!(rules(&r, WagesUnpaid), ["enforcement"]);
    // "want" defaults to not_sure: the same answer when it is not asked.
    let r2 = story(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"]}"#, TODAY);
    assert_eq!(r2.steps, r.steps);
}

// 陈师傅2025年6月30日从装修公司辞职，走时还有半年工资没结（从2024年12月起就拖着）。
// 调解仲裁法 第二十七条第四款: after the job ends, claim within one year of the END of the
// employment (not of when the arrears began). 2026-06-30 is the last day itself.
const LEFT_WITH_WAGES_OWED: &str = r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],
    "want":"money_or_decision","relationship":"acknowledged","employment":"left",
    "dates":{"job_start":"2023-03-01","job_end":"2025-06-30","known":"2024-12-31"}}"#;

#[test]
fn left_job_wages_owed_on_the_last_day_of_the_year_is_still_in_time() {
    let r = story(LEFT_WITH_WAGES_OWED, "2026-06-30");
    assert_steps(&r, &[(Arbitration, &[WagesUnpaid], &[])]);
    assert_limit(&r, WagesUnpaid, "arbitration_one_year", Near, Some("2026-06-30"), Some(0));
    assert_eq!(limit(&r, WagesUnpaid, "arbitration_one_year").runs_from, Some(day("2025-06-30")));
}

// 同一个陈师傅，晚了一天（2026年7月1日）才来：调解仲裁法 第二十七条第四款 的一年已过
// (unless interrupted under 第二款, which the limit's text explains).
#[test]
fn left_job_wages_owed_the_day_after_the_year_is_passed() {
    let r = story(LEFT_WITH_WAGES_OWED, "2026-07-01");
    assert_eq!(outcomes(&r), [Arbitration]);
    assert_limit(&r, WagesUnpaid, "arbitration_one_year", Passed, Some("2026-06-30"), Some(-1));
}

// ─────────────── social insurance: alone, or with a labour-law breach ───────────────

// 小李在物流公司干了两年，公司一直没给他交社保，别的都正常。
// Seed 二(二) second rule: 诉求涉及社会保险违法行为的 → 社会保险稽查; 二(三) 不按规定缴纳社会保险费.
// If benefits are already lost, that loss is arbitrable (SPC 解释（一） 第一条).
#[test]
fn social_insurance_alone_goes_to_audit() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["no_social_insurance"],"relationship":"acknowledged"}"#, TODAY);
    assert_steps(&r, &[(Audit, &[NoSocialInsurance], &[])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Complain));
    assert_eq!(rules(&r, NoSocialInsurance), ["social_insurance_only"]);
    assert_cites(link(&r, NoSocialInsurance, Audit), "郑人社〔2016〕19号", "二(二)");
    assert_advice(&r, NoSocialInsurance, Audit, "lost_benefits_are_arbitrable");
    assert!(problem(&r, NoSocialInsurance).limits.is_empty(), "no time limit is declared for audit");
    // Paid too little is not 未为其办理社会保险手续: not said for arrears.
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["social_insurance_arrears"],"relationship":"acknowledged"}"#, TODAY);
    assert_no_advice(&r, SocialInsuranceArrears, Audit, "lost_benefits_are_arbitrable");
}

// 小孙进厂半年，厂里既没跟她签劳动合同，也没给她上社保。
// Seed 二(二) first rule: 既涉及社会保险违法行为，又涉及违反劳动保障法律 → 劳动保障监察, one
// complaint for both. Double wages for no contract need arbitration (劳动合同法 第八十二条).
#[test]
fn social_insurance_with_no_contract_goes_together_to_inspection() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["no_social_insurance","no_contract"],
            "relationship":"acknowledged"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[NoSocialInsurance, NoContract], &[])]);
    assert_eq!(rules(&r, NoSocialInsurance), ["social_insurance_with_labour_breach"]);
    assert_cites(link(&r, NoSocialInsurance, Inspection), "郑人社〔2016〕19号", "二(二)");
    assert_eq!(rules(&r, NoContract), ["enforcement"]);
    assert_advice(&r, NoContract, Inspection, "double_wages_by_arbitration");
}

// 老周被公司按最低基数交社保，实际工资高得多，同时公司还扣着他的身份证不还。
// Seed 二(二) first rule again: 扣押身份证 breaks 劳动合同法 第八十四条, so the under-declared
// social insurance goes with it to inspection, in the same step.
#[test]
fn social_insurance_arrears_with_id_card_kept_go_together_to_inspection() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["documents_or_deposit","social_insurance_arrears"],
            "want":"stop_violation","relationship":"acknowledged"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[DocumentsOrDeposit, SocialInsuranceArrears], &[])]);
    assert_eq!(rules(&r, SocialInsuranceArrears), ["social_insurance_with_labour_breach"]);
    assert_cites(link(&r, DocumentsOrDeposit, Inspection), "劳动合同法", "第八十四条");
}

// The same rule sends wages and a kept ID card to inspection, on different
// clauses: each problem's link carries the clauses it rests on, and the step
// shows both, in the rule's order. Wages alone never cite the ID-card clause.
#[test]
fn each_problem_rests_on_its_own_clauses_of_a_shared_rule() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","documents_or_deposit"],
            "want":"stop_violation","relationship":"acknowledged"}"#,
        TODAY,
    );
    let clauses = |cites: &[&weiquan_core::rules::Cite]| cites.iter().map(|c| c.clause).collect::<Vec<_>>();
    assert_eq!(clauses(&link(&r, WagesUnpaid, Inspection).cites), ["二(三)"]);
    assert_eq!(clauses(&link(&r, DocumentsOrDeposit, Inspection).cites), ["第八十四条"]);
    let step = r.steps.iter().find(|st| st.outcome == Inspection).unwrap().n;
    let d = r.detail(step);
    let (_, ps, cites) = &d.reasons[0];
    assert_eq!((ps.as_slice(), clauses(cites)), (&[WagesUnpaid, DocumentsOrDeposit][..], vec!["二(三)", "第八十四条"]));
}

// 老贺2023年6月底离开了饭店：饭店让他天天加班，也一直按最低基数给他交社保。
// Both go to inspection (seed 二(二): social insurance with a labour breach). The
// overtime ended with the job, so its 2-year bar (监察条例 第二十条) has passed;
// the contributions are still owed until paid, a continuing breach (第二十条
// 第二款: 自行为终了之日起计算), so their bar has not started.
#[test]
fn unpaid_contributions_stay_a_continuing_breach_after_leaving() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest","social_insurance_arrears"],
            "want":"stop_violation","relationship":"acknowledged","employment":"left",
            "dates":{"job_end":"2023-06-30"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[OvertimeRest, SocialInsuranceArrears], &[])]);
    assert_limit(&r, OvertimeRest, "inspection_two_years", Passed, Some("2025-06-30"), Some(-514));
    assert_limit(&r, SocialInsuranceArrears, "inspection_two_years", NotRunning, None, None);
}

// 小马离职后去办失业金，才发现公司从没给他交过失业保险，现在补不了，想让公司赔。
// SPC 解释（一） 第一条: 社会保险经办机构不能补办导致无法享受待遇 → a labour dispute → arbitration;
// seed 二(三) also lists 社会保险 disputes for arbitration.
#[test]
fn lost_social_insurance_benefits_are_claimed_by_arbitration() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["social_insurance_loss"],"relationship":"acknowledged",
            "employment":"left","dates":{"job_end":"2026-05-31","known":"2026-07-15"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[SocialInsuranceLoss], &[])]);
    assert_eq!(rules(&r, SocialInsuranceLoss), ["labour_dispute"]);
    assert_cites(link(&r, SocialInsuranceLoss, Arbitration), "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第一条");
    // 调解仲裁法 第二十七条第一款: one year from when he knew (2026-07-15).
    assert_limit(&r, SocialInsuranceLoss, "arbitration_one_year", Open, Some("2027-07-15"), Some(231));
}

// ─────────────── a denied labour relationship: confirm it first ───────────────

// 老郑在一家建材公司送货一年多，公司说他是“临时找的人”，不承认他是员工，还欠他工资。他想让监察部门查处。
// Seed 二(二) third rule: 确认劳动关系 → 调解仲裁 first (调解仲裁法 第二条(一)); once confirmed,
// the wages are a violation inspection enforces (seed 二(三)), so inspection waits for step 1.
#[test]
fn denied_relationship_wages_confirmed_by_arbitration_then_inspection() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"stop_violation",
            "relationship":"denied"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[WagesUnpaid], &[]), (Inspection, &[WagesUnpaid], &[1])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::ConfirmRelationship));
    assert_eq!(r.steps[1].purpose, Some(Purpose::Complain));
    assert_eq!(rules(&r, WagesUnpaid), ["confirm_relationship", "enforcement"]);
    assert_cites(link(&r, WagesUnpaid, Arbitration), "郑人社〔2016〕19号", "二(二)");
}

// 同样被否认劳动关系的老郑，这回只想要回工资：确认劳动关系和追索工资可以在同一份仲裁申请里提出
// (调解仲裁法 第二条(一)(六), 第二十八条: one application lists all claims).
#[test]
fn denied_relationship_wages_money_is_one_arbitration_application() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"money_or_decision",
            "relationship":"denied"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[WagesUnpaid], &[])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::ConfirmRelationship));
    assert_eq!(rules(&r, WagesUnpaid), ["confirm_relationship", "money_dispute"]);
    assert!(problem(&r, WagesUnpaid).chain.iter().all(|l| l.step == 1));
}

// 小冯在美容店干了一年，店里不承认雇过她，也从没交社保。
// Seed 二(二): confirm the relationship by arbitration first, then social insurance alone → audit.
#[test]
fn denied_relationship_social_insurance_confirmed_then_audit() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["no_social_insurance"],"relationship":"denied"}"#, TODAY);
    assert_steps(&r, &[(Arbitration, &[NoSocialInsurance], &[]), (Audit, &[NoSocialInsurance], &[1])]);
    assert_eq!(rules(&r, NoSocialInsurance), ["confirm_relationship", "social_insurance_only"]);
}

// ─────────────── work injury ───────────────

// 张师傅2026年3月10日在车间被机器轧伤手指，厂里一直不给报工伤，也不赔钱。
// 工伤保险条例 第十七条: the worker may apply for recognition within 1 year of the accident
// (last day 2027-03-10); 第五十四条: the compensation dispute then goes to arbitration.
// Seed 四(一): in injury compensation cases inspection/audit may help gather evidence.
#[test]
fn work_injury_not_recognised_goes_to_recognition_then_arbitration() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"injury_recognised":"no",
            "relationship":"acknowledged","dates":{"injury":"2026-03-10"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(InjuryRecognition, &[WorkInjury], &[]), (Arbitration, &[WorkInjury], &[1])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Apply));
    assert_eq!(rules(&r, WorkInjury), ["recognise_injury", "injury_compensation"]);
    assert_cites(link(&r, WorkInjury, InjuryRecognition), "工伤保险条例", "第十七条");
    assert_cites(link(&r, WorkInjury, Arbitration), "工伤保险条例", "第五十四条");
    assert_limit(&r, WorkInjury, "injury_recognition_one_year", Open, Some("2027-03-10"), Some(104));
    assert_advice(&r, WorkInjury, Arbitration, "help_with_evidence");
}

// 小韩的工伤认定书已经下来了，公司拒付停工留薪期工资和医疗费。
// 工伤保险条例 第五十四条 → arbitration; seed 四(一) evidence help; 调解仲裁法 第四十七条 (工伤医疗费
// up to 12 months' minimum wage is a final award).
#[test]
fn recognised_injury_compensation_goes_straight_to_arbitration() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"injury_recognised":"yes",
            "relationship":"acknowledged","dates":{"injury":"2025-10-02","known":"2026-06-01"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[WorkInjury], &[])]);
    assert_eq!(rules(&r, WorkInjury), ["injury_compensation"]);
    assert_advice(&r, WorkInjury, Arbitration, "help_with_evidence");
    assert_advice(&r, WorkInjury, Arbitration, "small_claim_final");
    assert_limit(&r, WorkInjury, "arbitration_one_year", Open, Some("2027-06-01"), Some(187));
}

// 老魏在一个小作坊摔断了腿，老板说他是“来帮忙的”，不承认劳动关系，更不肯报工伤。
// 工伤保险条例 第十八条 asks for proof of the labour relationship (a de facto one counts), so
// (seed 二(二)) arbitration confirms it; recognition is applied for at the same time, not after:
// its year counts from the injury (第十七条) and the decision waits for the conclusion it needs
// (第二十条), which the arbitration step says. Then the compensation claim (第五十四条), after both.
#[test]
fn denied_relationship_and_injury_confirm_and_apply_for_recognition_together_then_claim() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"injury_recognised":"no",
            "relationship":"denied","dates":{"injury":"2026-08-01"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[WorkInjury], &[]), (InjuryRecognition, &[WorkInjury], &[]), (Arbitration, &[WorkInjury], &[1, 2])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::ConfirmRelationship));
    assert_advice(&r, WorkInjury, Arbitration, "recognition_does_not_wait");
    // The arbitration year starts after recognition (its right arises with
    // it): it is the claim's, shown at step 3, not under the confirmation to
    // be taken first, where "starts after recognition" read as "no hurry"
    // (found in two reviews).
    let limits = |n: usize| r.detail(n).limits.iter().map(|(l, _)| l.limit).collect::<Vec<_>>();
    assert!(limits(1).is_empty(), "{:?}", limits(1));
    assert_eq!(limits(2), ["injury_recognition_one_year"]);
    assert_eq!(limits(3), ["arbitration_one_year"]);
    assert_limit(&r, WorkInjury, "arbitration_one_year", AfterRecognition, None, None);
    assert_eq!(r.steps[2].purpose, Some(Purpose::Apply));
    assert_eq!(rules(&r, WorkInjury), ["confirm_relationship", "recognise_injury", "injury_compensation"]);
    assert_limit(&r, WorkInjury, "injury_recognition_one_year", Open, Some("2027-08-01"), Some(248));
}

// 杨大姐的丈夫去年12月20日在工地受伤住院，单位不申请工伤认定，她来替丈夫问怎么办。
// 工伤保险条例 第十七条: 近亲属 may apply for recognition, within 1 year (last day 2026-12-20,
// 24 days left). The compensation claim that follows is the worker's own (调解仲裁法 第二十二条).
#[test]
fn wife_applies_for_husbands_injury_recognition_near_the_deadline() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"reporter":"third_party",
            "injury_recognised":"no","dates":{"injury":"2025-12-20"}}"#,
        TODAY,
    );
    assert_eq!(outcomes(&r), [InjuryRecognition, Consultation12333]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Apply));
    assert_eq!(r.steps[1].after, [1]);
    assert_eq!(rules(&r, WorkInjury), ["recognise_injury", "injury_claim_needs_worker"]);
    assert_advice(&r, WorkInjury, InjuryRecognition, "relatives_may_apply");
    assert_limit(&r, WorkInjury, "injury_recognition_one_year", Near, Some("2026-12-20"), Some(24));
}

// ─────────────── third parties ───────────────

// 邻居发现小区门口的饭馆里有个看着才十三四岁的孩子天天洗碗，想举报。
// 禁止使用童工规定 第五条: 任何单位或者个人发现使用童工的，均有权…举报; seed 二(三) 违法使用童工 →
// inspection; the reporter's identity is kept secret (监察条例 第九条).
#[test]
fn neighbour_reports_child_labour_to_inspection() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["child_labour"],"reporter":"third_party"}"#, TODAY);
    assert_steps(&r, &[(Inspection, &[ChildLabour], &[])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Report));
    assert_eq!(rules(&r, ChildLabour), ["child_labour"]);
    assert_cites(link(&r, ChildLabour, Inspection), "禁止使用童工规定", "第五条");
    assert_advice(&r, ChildLabour, Inspection, "reporter_kept_confidential");
}

// 有人知道某公司老板给从没上过班的亲戚挂名参保、还伪造材料多领工伤待遇，想匿名举报。
// Seed 二(三): 骗取社会保险基金的举报投诉案件 → 社会保险稽查; 社会保险法 第八十八条; anyone may
// report (社会保险法 第八十二条). 监察条例 第九条's promise to keep the reporter's identity
// confidential binds labour inspection; no clause in law/ makes the same promise for audit,
// so the widget must not promise it there.
#[test]
fn third_party_reports_social_insurance_fraud_to_audit() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["social_insurance_fraud"],"reporter":"third_party"}"#, TODAY);
    assert_steps(&r, &[(Audit, &[SocialInsuranceFraud], &[])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Report));
    assert_eq!(rules(&r, SocialInsuranceFraud), ["fund_fraud"]);
    assert_cites(link(&r, SocialInsuranceFraud, Audit), "社会保险法", "第八十八条");
    assert_no_advice(&r, SocialInsuranceFraud, Audit, "reporter_kept_confidential");
}

// 老吴的儿子（成年）被公司辞退了，老吴想替儿子去申请仲裁。
// 调解仲裁法 第二十二条: the parties are the worker and the employer; a parent cannot bring an
// adult son's dismissal dispute, so: consult 12333 / bring the worker.
#[test]
fn father_cannot_bring_his_sons_dismissal_dispute() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"reporter":"third_party","employment":"left"}"#, TODAY);
    assert_steps(&r, &[(Consultation12333, &[Dismissed], &[])]);
    assert_eq!(rules(&r, Dismissed), ["dispute_needs_worker"]);
    assert_cites(link(&r, Dismissed, Consultation12333), "劳动争议调解仲裁法", "第二十二条");
    // The son's year to apply runs all the same (第二十七条): the father is
    // told to tell him not to wait, though no last day is worked out for him.
    assert_cites(link(&r, Dismissed, Consultation12333), "劳动争议调解仲裁法", "第二十七条");
    let text = weiquan_core::rules::text(weiquan_core::rules::Lang::Zh, "rule.dispute_needs_worker").unwrap();
    assert!(text.contains("时效是1年"), "{text}");
}

// 一个电子厂的工人在网上匿名反映：厂里天天加班到夜里11点，没有休息日，还拖欠工资。
// 监察条例 第九条: anyone may report; seed 二(三): working time and wage arrears are inspection
// cases. Both problems go in one report.
#[test]
fn third_party_reports_overtime_and_arrears_in_one_report() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["overtime_rest","wages_unpaid"],"reporter":"third_party"}"#, TODAY);
    assert_steps(&r, &[(Inspection, &[OvertimeRest, WagesUnpaid], &[])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Report));
    assert_eq!(rules(&r, OvertimeRest), ["third_party_report"]);
    assert_cites(link(&r, OvertimeRest, Inspection), "劳动保障监察条例", "第九条");
}

// ─────────────── money claims: small claims, dispatch, dismissal ───────────────

// 小何在商场当导购干了一年零两个月，9月30日合同到期公司不续签，也不给经济补偿（约4000元）。
// 劳动合同法 第四十六条(五)、第四十七条 → a labour dispute (seed 二(三) 经济补偿) → arbitration;
// 调解仲裁法 第四十七条: ≤ 12 months' local minimum wage per item → final award.
#[test]
fn small_compensation_claim_is_arbitrated_with_a_final_award() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["compensation_unpaid"],"relationship":"acknowledged",
            "employment":"left","dates":{"job_start":"2025-07-15","job_end":"2026-09-30","known":"2026-09-30"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[CompensationUnpaid], &[])]);
    assert_eq!(rules(&r, CompensationUnpaid), ["labour_dispute"]);
    assert_advice(&r, CompensationUnpaid, Arbitration, "small_claim_final");
    let note = link(&r, CompensationUnpaid, Arbitration).advice.iter().find(|a| a.rule == "small_claim_final").unwrap();
    assert!(note.cites.iter().any(|c| c.source == "劳动争议调解仲裁法" && c.clause == "第四十七条"));
    assert_limit(&r, CompensationUnpaid, "arbitration_one_year", Open, Some("2027-09-30"), Some(308));
    // Compensation is owed only in the cases 第四十六条 lists: the note says so,
    // so that the application states how the contract ended.
    assert_advice(&r, CompensationUnpaid, Arbitration, "compensation_only_in_listed_cases");
    let note = link(&r, CompensationUnpaid, Arbitration).advice.iter().find(|a| a.rule == "compensation_only_in_listed_cases").unwrap();
    assert!(note.cites.iter().any(|c| c.source == "劳动合同法" && c.clause == "第四十六条"));
}

// 小罗是劳务派遣公司派到一家汽车厂的，厂里把他退回，派遣公司随即把他辞退。
// 调解仲裁法 第二十二条第二款: 劳务派遣单位和用工单位为共同当事人 — name both as respondents;
// dismissal → arbitration (seed 二(三)).
#[test]
fn dispatched_worker_dismissed_names_both_companies_in_arbitration() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"dispatch":"yes","relationship":"acknowledged",
            "employment":"left","dates":{"job_end":"2026-10-31","known":"2026-10-31"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[Dismissed], &[])]);
    assert_advice(&r, Dismissed, Arbitration, "dispatch_co_respondents");
    assert_advice(&r, Dismissed, Arbitration, "employer_holds_evidence");
    assert_limit(&r, Dismissed, "arbitration_one_year", Open, Some("2027-10-31"), Some(339));
}

// 小高今年1月15日被公司以“不服从安排”为由开除，现在想申请仲裁要赔偿金。
// 调解仲裁法 第二条(二)/(三) and 第二十七条第一款: one year from 2026-01-15 → last day 2027-01-15.
#[test]
fn dismissed_worker_has_a_year_from_the_dismissal() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"want":"money_or_decision",
            "relationship":"acknowledged","employment":"left",
            "dates":{"job_start":"2022-04-01","job_end":"2026-01-15","known":"2026-01-15"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[Dismissed], &[])]);
    assert_eq!(rules(&r, Dismissed), ["labour_dispute"]);
    assert_no_advice(&r, Dismissed, Arbitration, "dispatch_co_respondents");
    assert_limit(&r, Dismissed, "arbitration_one_year", Open, Some("2027-01-15"), Some(50));
}

// ─────────────── inspection time bar ───────────────

// 小袁2024年12月20日离开一家快递站，在那里每月加班一百多小时，没休息日。他想让监察部门查处。
// 监察条例 第二十条: the breach ended when he left; not pursued unless complained of within
// 2 years, i.e. by 2026-12-20 (24 days left).
#[test]
fn overtime_complaint_after_leaving_is_near_the_two_year_bar() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"want":"stop_violation",
            "employment":"left","dates":{"job_end":"2024-12-20"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[OvertimeRest], &[])]);
    assert_limit(&r, OvertimeRest, "inspection_two_years", Near, Some("2026-12-20"), Some(24));
    // The limit is the hours'; overtime pay still unpaid is a continuing
    // breach like any unpaid pay, which the step says beside it (a legal
    // review found only the hours' limit). Not while still employed.
    assert_advice(&r, OvertimeRest, Inspection, "overtime_pay_continuing");
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"want":"stop_violation"}"#, TODAY);
    assert_no_advice(&r, OvertimeRest, Inspection, "overtime_pay_continuing");
}

// 小白在厂里加了半年班，没拿到加班费，想申请仲裁要钱。
// The general rule that the employer must produce what it keeps (调解仲裁法
// 第六条) does not hold for overtime as such: the worker must first show
// that the employer holds the records (解释（一）第四十二条), which the list
// of things to bring says instead (a legal review found both shown).
#[test]
fn overtime_at_arbitration_is_not_told_the_employer_must_produce_the_records() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"want":"money_or_decision","relationship":"acknowledged","employment":"employed"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[OvertimeRest], &[])]);
    assert_no_advice(&r, OvertimeRest, Arbitration, "employer_holds_evidence");
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"money_or_decision","relationship":"acknowledged","employment":"employed"}"#,
        TODAY,
    );
    assert_advice(&r, WagesUnpaid, Arbitration, "employer_holds_evidence");
}

// 小史2023年离开了工厂，押金和身份证到现在还没还给他。
// Keeping them after the job ends is itself a breach (劳动合同法 第八十四条第三款),
// continuing until they are given back (监察条例 第二十条第二款): the 2 years
// have not started, unlike the overtime that ended with the job. Given back
// on a known day, they run from it.
#[test]
fn an_id_card_or_deposit_still_kept_after_leaving_is_a_continuing_breach() {
    let json = |dates: &str| {
        format!(
            r#"{{"schema":"weiquan.situation/1","problems":["documents_or_deposit","overtime_rest"],"want":"stop_violation","employment":"left","dates":{{{dates}}}}}"#
        )
    };
    let r = story(&json(r#""job_end":"2023-06-30""#), TODAY);
    assert_limit(&r, DocumentsOrDeposit, "inspection_two_years", NotRunning, None, None);
    assert_limit(&r, OvertimeRest, "inspection_two_years", Passed, Some("2025-06-30"), Some(-514));
    let r = story(&json(r#""job_end":"2023-06-30","violation_end":"2025-03-01""#), TODAY);
    assert_limit(&r, DocumentsOrDeposit, "inspection_two_years", Open, Some("2027-03-01"), Some(95));
}

// 小潘还在原单位，单位2024年1月31日前不给调休（之后改了），他现在才想投诉。
// 监察条例 第二十条: more than 2 years since the breach ended (2026-01-31) → no longer pursued.
#[test]
fn rest_breach_that_ended_more_than_two_years_ago_is_past_the_inspection_bar() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"want":"stop_violation",
            "dates":{"violation_end":"2024-01-31"}}"#,
        TODAY,
    );
    assert_eq!(outcomes(&r), [Inspection]);
    assert_limit(&r, OvertimeRest, "inspection_two_years", Passed, Some("2026-01-31"), Some(-299));
}

// ─────────────── outside the three bodies ───────────────

// 退休的秦师傅认为社保经办机构给他核定的养老金算少了。
// SPC 解释（一） 第二条(一): 劳动者请求社会保险经办机构发放社会保险金的纠纷 is not a labour dispute;
// 社会保险法 第八十三条 → 行政复议 or 行政诉讼.
#[test]
fn pension_dispute_with_the_agency_goes_to_administrative_review() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["pension_agency"],"employment":"left"}"#, TODAY);
    assert_steps(&r, &[(AdminReview, &[PensionAgency], &[])]);
    assert_eq!(r.steps[0].purpose, None);
    assert_eq!(rules(&r, PensionAgency), ["pension_agency"]);
    assert_cites(link(&r, PensionAgency, AdminReview), "社会保险法", "第八十三条");
}

// 老蒋自己接装修活儿，给一户人家装完厨房，对方一直拖着不给工钱。
// 劳动合同法 第二条: labour law covers 用人单位 and their workers; a self-employed man's
// customer owes him a contract price: a civil dispute.
#[test]
fn self_employed_renovator_unpaid_by_customer_is_a_civil_dispute() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_type":"self_employed",
            "want":"money_or_decision"}"#,
        TODAY,
    );
    assert_steps(&r, &[(CivilDispute, &[WagesUnpaid], &[])]);
    assert_eq!(rules(&r, WagesUnpaid), ["self_employed"]);
    assert_cites(link(&r, WagesUnpaid, CivilDispute), "劳动合同法", "第二条");
    // Someone who in fact works under an organisation's management (a platform
    // courier who thinks of himself as self-employed) is told that a labour
    // relationship may exist without a contract.
    assert_cites(link(&r, WagesUnpaid, CivilDispute), "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第一条");
}

// 小董在一家小饭馆干了两年多，一直没签劳动合同，上个月离职，想要回二倍工资。
// 实施条例 第七条: double wages at most to the day before one year of work; the
// year of 调解仲裁法 第二十七条 runs from when he knew: he is told to apply early,
// because the earliest months may already be time-barred.
#[test]
fn double_wages_for_a_long_uncontracted_job_come_with_a_warning_to_apply_early() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["no_contract"],"want":"money_or_decision",
            "relationship":"acknowledged","employment":"left","dates":{"job_start":"2024-09-01","job_end":"2026-10-31"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[NoContract], &[])]);
    assert_advice(&r, NoContract, Arbitration, "double_wages_time_limit");
    let note = link(&r, NoContract, Arbitration).advice.iter().find(|a| a.rule == "double_wages_time_limit").unwrap();
    assert!(note.cites.iter().any(|c| c.source == "劳动争议调解仲裁法" && c.clause == "第二十七条"));
}

// 田阿姨给一户人家当住家保姆，雇主拖了三个月工资，也没给她交社保。
// SPC 解释（一） 第二条(四): 家庭或者个人与家政服务人员之间的纠纷 is not a labour dispute → civil;
// both of her problems go the same way, in one step.
#[test]
fn nanny_hired_by_a_family_has_a_civil_dispute() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","no_social_insurance"],
            "employer_type":"household_or_individual","want":"money_or_decision"}"#,
        TODAY,
    );
    assert_steps(&r, &[(CivilDispute, &[WagesUnpaid, NoSocialInsurance], &[])]);
    assert_eq!(rules(&r, WagesUnpaid), ["household_employer"]);
    assert_eq!(rules(&r, NoSocialInsurance), ["household_employer"]);
    assert_cites(link(&r, WagesUnpaid, CivilDispute), "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第二条");
}

// 老李 was taken on by a gang boss (包工头) to lay bricks on a building site;
// three months' wages are owed. He is not a household's nanny or a
// craftsman's helper (SPC 解释（一） 第二条(四)(五)), so he answers "an
// organisation" (the option says so) and goes to inspection, which is told
// that the developer or main contractor pays when the work was let to an
// individual (保障农民工工资支付条例 第三十六条). Not at arbitration, where
// the note would be a claim about who the respondent is; nor for a nanny.
#[test]
fn a_site_worker_taken_on_by_a_gang_boss_is_told_the_main_contractor_pays() {
    let json = |want: &str| {
        format!(
            r#"{{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_type":"organisation","want":"{want}","dates":{{"job_start":"2026-05-01"}}}}"#
        )
    };
    let r = story(&json("stop_violation"), TODAY);
    assert_steps(&r, &[(Inspection, &[WagesUnpaid], &[])]);
    assert_advice(&r, WagesUnpaid, Inspection, "subcontracted_site_wages");
    let note = link(&r, WagesUnpaid, Inspection).advice.iter().find(|a| a.rule == "subcontracted_site_wages").unwrap();
    assert!(note.cites.iter().any(|c| c.source == "保障农民工工资支付条例" && c.clause == "第三十六条"));
    let r = story(&json("money_or_decision"), TODAY);
    assert_steps(&r, &[(Arbitration, &[WagesUnpaid], &[])]);
    assert_no_advice(&r, WagesUnpaid, Arbitration, "subcontracted_site_wages");
    let r = story(&json("stop_violation").replace("organisation", "household_or_individual"), TODAY);
    assert_eq!(outcomes(&r), [CivilDispute]);
    assert!(link(&r, WagesUnpaid, CivilDispute).advice.iter().all(|a| a.rule != "subcontracted_site_wages"));
}

// 孙师傅 was moved to the night shift and his pay cut by 800 yuan "after a
// talk" with his foreman, and has been paid that way for three months; now
// he wants the old pay back. A changed contract is a dispute for
// arbitration; the papers to bring say a change must be agreed and should be
// in writing (劳动合同法 第三十五条), but also that an agreed oral change
// carried out for more than a month usually stands (SPC 解释（一）
// 第四十三条): he is not told the cut is void for want of writing.
#[test]
fn a_pay_cut_agreed_by_word_of_mouth_is_not_said_to_be_void() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["contract_change"],"want":"money_or_decision","relationship":"acknowledged","dates":{"job_start":"2024-03-01","known":"2026-08-01"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[ContractChange], &[])]);
    let note = link(&r, ContractChange, Arbitration).bring.iter().find(|a| a.rule == "contract_change_papers").expect("in what to bring");
    assert!(note.cites.iter().any(|c| c.clause == "第四十三条"), "{:?}", note.cites);
    for lang in [weiquan_core::rules::Lang::Zh, weiquan_core::rules::Lang::En] {
        let text = weiquan_core::rules::text(lang, "rule.contract_change_papers").unwrap();
        assert!(text.contains("一个月") || text.contains("more than a month"), "{text}");
    }
}

// 一户人家雇了个14岁的女孩看孩子。童工 is forbidden whoever hires: 禁止使用童工规定 第五条 lets anyone
// report it to the labour department, so the household exception of SPC 解释（一） 第二条 does not apply.
#[test]
fn child_nanny_in_a_household_is_still_reported_to_inspection() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["child_labour"],"reporter":"third_party",
            "employer_type":"household_or_individual"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[ChildLabour], &[])]);
    assert_eq!(rules(&r, ChildLabour), ["child_labour"]);
}

// 小钟的加班费案子仲裁委已经裁决了，她觉得算少了。
// 调解仲裁法 第四十八条: the worker may sue within 15 days of receiving the award → court.
#[test]
fn arbitration_award_already_made_goes_to_court() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"prior_decision":"arbitration_award",
            "want":"money_or_decision","employment":"left"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Court, &[OvertimeRest], &[])]);
    assert_eq!(rules(&r, OvertimeRest), ["award_made"]);
    assert_cites(link(&r, OvertimeRest, Court), "劳动争议调解仲裁法", "第四十八条");
}

// 老周的单位不承认劳动关系，仲裁委裁决确认了劳动关系。他受伤还没认定工伤，单位也没给他交社保。
// An award decides disputes (调解仲裁法 第二条), not an injury's recognition
// (工伤保险条例 第十七条) or enrolment in social insurance (seed 二(三)):
// these keep their own routes, with the award in hand; no court step, and the
// benefits, once recognised, are a new dispute for arbitration (第五十四条).
#[test]
fn an_award_does_not_send_matters_it_cannot_have_decided_to_court() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury","no_social_insurance"],"relationship":"denied",
            "employment":"left","prior_decision":"arbitration_award","injury_recognised":"no",
            "dates":{"job_start":"2025-03-01","job_end":"2026-05-31","injury":"2026-04-10","award_received":"2026-11-10"}}"#,
        "2026-11-28",
    );
    assert_steps(&r, &[(Audit, &[NoSocialInsurance], &[]), (InjuryRecognition, &[WorkInjury], &[]), (Arbitration, &[WorkInjury], &[2])]);
    assert_eq!(rules(&r, WorkInjury), ["recognise_injury", "injury_compensation"]);
    assert_advice(&r, WorkInjury, InjuryRecognition, "award_in_hand");
    assert_advice(&r, WorkInjury, InjuryRecognition, "employer_pays_before_recognition");
    assert_advice(&r, NoSocialInsurance, Audit, "award_in_hand_elsewhere");
    assert_no_advice(&r, NoSocialInsurance, Audit, "award_in_hand");
    assert_limit(&r, WorkInjury, "injury_recognition_one_year", LimitState::Open, Some("2027-04-10"), Some(133));
    assert_limit(&r, WorkInjury, "arbitration_one_year", LimitState::AfterRecognition, None, None);
    // The award may have gone against the worker on the relationship: its
    // 15 days to sue are shown at each problem's first step (passed here).
    assert_limit(&r, WorkInjury, "court_fifteen_days", LimitState::Passed, Some("2026-11-25"), Some(-3));
    assert_limit(&r, NoSocialInsurance, "court_fifteen_days", LimitState::Passed, Some("2026-11-25"), Some(-3));
    let at = |p, o| problem(&r, p).limits_shown_at(problem(&r, p).first_step_to(o).unwrap(), o).filter(|l| l.limit == "court_fifteen_days").count();
    assert_eq!((at(WorkInjury, InjuryRecognition), at(WorkInjury, Arbitration), at(NoSocialInsurance, Audit)), (1, 0, 1));
    // An award on a recognised injury's benefits is for the court; so is one
    // on an injured child's compensation, which needs no recognition.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"prior_decision":"arbitration_award",
            "injury_recognised":"yes","dates":{"award_received":"2026-11-20"}}"#,
        "2026-11-28",
    );
    assert_eq!(rules(&r, WorkInjury), ["award_made_on_injury_benefits"]);
    for recognised in ["yes", "no"] {
        let r = story(
            &format!(
                r#"{{"schema":"weiquan.situation/1","problems":["work_injury","child_labour"],"injured_under_16":"yes","prior_decision":"arbitration_award",
                "injury_recognised":"{recognised}","dates":{{"award_received":"2026-11-20"}}}}"#
            ),
            "2026-11-28",
        );
        assert_eq!(rules(&r, WorkInjury), ["award_made_on_child_injury"], "{recognised}");
        assert_eq!(rules(&r, ChildLabour), ["child_labour"]);
    }
}

// 老冯欠薪又被辞退，离职快一年了：申请仲裁的最后一天在两步里都要提到。
// The pressing limits the result says first: each limit and day once, with
// both steps that show it.
#[test]
fn a_pressing_limit_shown_at_two_steps_is_listed_once_with_both() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","dismissed"],"want":"stop_violation","relationship":"acknowledged",
            "employment":"left","dates":{"job_start":"2024-01-01","job_end":"2025-12-10"}}"#,
        "2026-11-28",
    );
    let pressing: Vec<(Vec<usize>, &str, Option<i32>)> = r.pressing_limits().into_iter().map(|(at, l)| (at, l.limit, l.days_left)).collect();
    assert_eq!(pressing, [(vec![1, 2], "arbitration_one_year", Some(12))]);
    let calm = story(r#"{"schema":"weiquan.situation/1","problems":["dismissed"]}"#, "2026-11-28");
    assert!(calm.pressing_limits().is_empty());
}

// Not sure the employer counts her as its worker: a note says arbitration can
// confirm it, but not beside a report of fund fraud (which does not rest on
// her job) or a case already before arbitration (found in a legal review).
#[test]
fn the_relationship_note_is_not_given_for_a_fraud_report_or_a_case_before_arbitration() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["social_insurance_arrears","social_insurance_fraud"],"relationship":"not_sure"}"#,
        "2026-11-28",
    );
    assert_advice(&r, SocialInsuranceArrears, Audit, "relationship_may_need_confirming");
    assert_no_advice(&r, SocialInsuranceFraud, Audit, "relationship_may_need_confirming");
    for prior in ["arbitration_award", "dispute_pending"] {
        let r = story(
            &format!(r#"{{"schema":"weiquan.situation/1","problems":["no_social_insurance"],"relationship":"not_sure","prior_decision":"{prior}"}}"#),
            "2026-11-28",
        );
        assert!(r.problems.iter().flat_map(|p| &p.chain).all(|l| l.advice.iter().all(|a| a.rule != "relationship_may_need_confirming")), "{prior}");
    }
}

// 小秦在职，没签合同，工资也欠着；他填的“解决日期”是工资结清的那天。
// That date is not the contract's: inspection's 2 years for the missing
// contract have not started while he is still there without one (it had
// shown "passed" from the wages' date; found in a deadline review).
#[test]
fn a_missing_contracts_inspection_years_do_not_run_from_another_problems_put_right_date() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["no_contract","wages_unpaid"],"want":"stop_violation","relationship":"acknowledged",
            "dates":{"job_start":"2023-06-01","violation_end":"2024-06-01"}}"#,
        "2026-11-28",
    );
    assert_limit(&r, NoContract, "inspection_two_years", LimitState::NotRunning, None, None);
    // Alone, the date is the signing day: two years from it.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["no_contract"],"want":"stop_violation","relationship":"acknowledged",
            "dates":{"job_start":"2023-06-01","violation_end":"2024-06-01"}}"#,
        "2026-11-28",
    );
    assert_limit(&r, NoContract, "inspection_two_years", LimitState::Passed, Some("2026-06-01"), Some(-180));
}

// 小孔申请了工伤认定，社保局认定不是工伤。她不服。
// 工伤保险条例 第五十五条: review or litigation against the decision, not a
// second application (which the widget had told her to make).
#[test]
fn an_injury_decided_not_a_work_injury_goes_to_review_not_to_recognition_again() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"injury_recognised":"refused","dates":{"injury":"2026-04-10"}}"#,
        "2026-11-28",
    );
    assert_steps(&r, &[(AdminReview, &[WorkInjury], &[])]);
    assert_eq!(rules(&r, WorkInjury), ["recognition_refused"]);
    assert_cites(link(&r, WorkInjury, AdminReview), "工伤保险条例", "第五十五条");
    assert!(link(&r, WorkInjury, AdminReview).bring.iter().any(|b| b.rule == "injury_refusal_decision"));
}

// 小韦在餐馆天天加班，老板拖着加班费不给，现在关门跑了。
// Overtime pay is pay for the crime of refusing to pay (拒不支付劳动报酬解释
// 第一条): the boss who fled goes to inspection for the police, as for wages.
#[test]
fn a_boss_who_fled_owing_overtime_pay_goes_to_inspection_for_the_police() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"employer_fled":"yes","employment":"left","want":"money_or_decision"}"#,
        TODAY,
    );
    assert_steps(&r, &[(PoliceViaInspection, &[OvertimeRest], &[])]);
    assert_cites(link(&r, OvertimeRest, PoliceViaInspection), "最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释", "第一条");
}

// 小贾离职后申请了欠薪和解除合同的仲裁，还没开庭；单位也没给他交社保。
// 监察条例 第二十一条: a matter already before arbitration or a court is not
// taken by inspection; the person carries on there (a 12333 step saying so,
// no new application). Social insurance, which no award decides, still goes
// to audit; an injury not yet recognised still goes to recognition first.
#[test]
fn a_dispute_already_before_arbitration_is_followed_there_not_brought_again() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","dismissed","no_social_insurance"],"prior_decision":"dispute_pending",
            "employment":"left","want":"stop_violation","dates":{"job_end":"2026-03-01"}}"#,
        TODAY,
    );
    assert_eq!(rules(&r, WagesUnpaid), ["dispute_pending"]);
    assert_eq!(rules(&r, Dismissed), ["dispute_pending"]);
    assert_cites(link(&r, WagesUnpaid, Consultation12333), "劳动保障监察条例", "第二十一条");
    assert!(!outcomes(&r).contains(&Inspection) && !outcomes(&r).contains(&Arbitration), "{:?}", outcomes(&r));
    assert!(outcomes(&r).contains(&Audit));
    let r =
        story(r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"prior_decision":"dispute_pending","injury_recognised":"no"}"#, TODAY);
    assert_eq!(rules(&r, WorkInjury), ["recognise_injury", "injury_compensation"]);
    let r =
        story(r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"prior_decision":"dispute_pending","injury_recognised":"yes"}"#, TODAY);
    assert_eq!(rules(&r, WorkInjury), ["dispute_pending_on_injury_benefits"]);
    // The boss fled: the crime still needs inspection's order to pay
    // (解释 第四条), so inspection for the police, as with an award.
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"prior_decision":"dispute_pending","employer_fled":"yes"}"#, TODAY);
    assert_eq!(rules(&r, WagesUnpaid), ["dispute_pending_employer_fled"]);
    // The relationship is not confirmed by a new application meanwhile.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","no_social_insurance"],"prior_decision":"dispute_pending","relationship":"denied"}"#,
        TODAY,
    );
    assert!(!outcomes(&r).contains(&Arbitration), "{:?}", outcomes(&r));
    // Someone reporting for the worker a dispute the worker has brought:
    // nothing to apply for again (not dispute_needs_worker's "apply early").
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"prior_decision":"dispute_pending","reporter":"third_party"}"#, TODAY);
    assert_eq!(rules(&r, Dismissed), ["dispute_pending_reported"]);
    // In a serious case too (not "apply early").
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"prior_decision":"dispute_pending","reporter":"third_party","impact":"serious"}"#,
        TODAY,
    );
    assert_eq!(rules(&r, Dismissed), ["dispute_pending_reported"]);
    // A serious case is for inspection first (seed 五(二)); a third party's
    // report is of a breach, not the worker's claim.
    for extra in [r#""impact":"serious""#, r#""reporter":"third_party""#] {
        let r = story(&format!(r#"{{"schema":"weiquan.situation/1","problems":["no_contract"],"prior_decision":"dispute_pending",{extra}}}"#), TODAY);
        assert!(outcomes(&r).contains(&Inspection), "{extra}: {:?}", outcomes(&r));
    }
}

// A child under 16 injured at work, the employer denying the job: the
// child's compensation rests on the child labour (工伤保险条例 第六十六条),
// not on a labour relationship, so arbitration is not asked to confirm one.
#[test]
fn an_injured_child_labourer_is_not_sent_to_confirm_a_relationship() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["child_labour","work_injury"],"injured_under_16":"yes","relationship":"denied","injury_recognised":"no"}"#,
        TODAY,
    );
    assert!(!rules(&r, WorkInjury).contains(&"confirm_relationship"), "{:?}", rules(&r, WorkInjury));
    assert_advice(&r, WorkInjury, Arbitration, "child_injury_compensation");
    // Nor in a serious case.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["child_labour","work_injury"],"injured_under_16":"yes","relationship":"denied","injury_recognised":"no","impact":"serious"}"#,
        TODAY,
    );
    assert!(!rules(&r, WorkInjury).iter().any(|x| x.starts_with("confirm_relationship")), "{:?}", rules(&r, WorkInjury));
}

// 小吕的父亲在厂里摔伤了，厂里说他不是厂里的人。小吕来替父亲申请工伤认定。
// The recognition waits for a conclusion on the relationship (工伤保险条例
// 第二十条), which only the worker can ask arbitration for (调解仲裁法 第二十二条,
// 第二十四条; relatives after a death, 第二十五条): the relative is told so.
#[test]
fn a_relative_applying_for_recognition_is_told_the_worker_must_confirm_the_relationship() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"reporter":"third_party","injury_recognised":"no","relationship":"denied"}"#,
        TODAY,
    );
    assert_advice(&r, WorkInjury, InjuryRecognition, "relationship_denied_for_a_relative");
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"reporter":"third_party","injury_recognised":"no","relationship":"acknowledged"}"#,
        TODAY,
    );
    assert_no_advice(&r, WorkInjury, InjuryRecognition, "relationship_denied_for_a_relative");
}

// 15岁的小林在作坊干活被机器轧伤了手，老板不管。
// Child labour goes to inspection (禁止使用童工规定); the injured child is owed
// all treatment costs (第十条) and a one-time compensation no lower than the
// work-injury benefits, its amount disputed by arbitration (工伤保险条例
// 第六十六条). That rests on the child labour, not on a labour relationship:
// no work-injury recognition (its year, 第十七条, and its proof of a labour
// relationship, 第十八条(二), are a worker's), no "the relationship may need
// confirming", and a parent may bring it (the near relatives are parties,
// 第六十六条第二款), not "only the worker" (a legal review found the child
// sent through the adult's recognition and, reported by a parent, to 12333).
#[test]
fn an_injured_child_labourer_is_told_of_the_one_time_compensation() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["child_labour","work_injury"],"injured_under_16":"yes","injury_recognised":"no","relationship":"not_sure"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[ChildLabour], &[]), (Arbitration, &[WorkInjury], &[])]);
    assert_eq!(rules(&r, WorkInjury), ["child_injury_claim"]);
    assert_cites(link(&r, WorkInjury, Arbitration), "工伤保险条例", "第六十六条");
    assert_advice(&r, WorkInjury, Arbitration, "child_injury_compensation");
    assert_no_advice(&r, WorkInjury, Arbitration, "relationship_may_need_confirming");
    let bring: Vec<_> = link(&r, WorkInjury, Arbitration).bring.iter().map(|b| b.rule).collect();
    assert!(bring.contains(&"child_injury_papers") && !bring.contains(&"injury_decision"), "{bring:?}");
    assert!(problem(&r, WorkInjury).limits.iter().all(|l| l.limit != "injury_recognition_one_year"));
    assert_limit(&r, WorkInjury, "arbitration_one_year", Unknown, None, None);
    // The year runs from when the family knew the employer would not pay.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["child_labour","work_injury"],"injured_under_16":"yes","dates":{"injury":"2026-03-01","known":"2026-04-10"}}"#,
        TODAY,
    );
    assert_limit(&r, WorkInjury, "arbitration_one_year", Open, Some("2027-04-10"), Some(135));
    // An adult's injury: recognition first, the relationship note, no child's compensation.
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"injury_recognised":"no","relationship":"not_sure"}"#, TODAY);
    assert_eq!(rules(&r, WorkInjury)[0], "recognise_injury");
    assert_no_advice(&r, WorkInjury, InjuryRecognition, "child_injury_compensation");
    assert_advice(&r, WorkInjury, InjuryRecognition, "relationship_may_need_confirming");
    // An adult injured where children work (16 or older when injured): the
    // adult's recognition and its year, not the child's claim (a legal
    // review found the adult sent to the child's compensation). Without
    // the answer, as from an older save or a hand-written situation, the
    // injury is an adult's too: the question is asked whenever both are
    // reported (interview.rs).
    for age in [r#","injured_under_16":"no""#, ""] {
        let r = story(
            &format!(
                r#"{{"schema":"weiquan.situation/1","problems":["work_injury","child_labour"],"injury_recognised":"no","dates":{{"injury":"2026-03-01"}}{age}}}"#
            ),
            TODAY,
        );
        assert_eq!(rules(&r, WorkInjury)[0], "recognise_injury", "{age}");
        assert_no_advice(&r, WorkInjury, InjuryRecognition, "child_injury_compensation");
        assert!(problem(&r, WorkInjury).limits.iter().any(|l| l.limit == "injury_recognition_one_year"), "{age}");
        assert_eq!(rules(&r, ChildLabour), ["child_labour"]);
    }
    // An adult's own dismissal beside a report of child labour keeps its note
    // (a review of the change found it dropped for every problem).
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["child_labour","dismissed"],"relationship":"not_sure","employment":"left"}"#, TODAY);
    assert_advice(&r, Dismissed, Arbitration, "relationship_may_need_confirming");
    // A parent reports it: the same claim, theirs to bring; not told the
    // worker must confirm a relationship the compensation does not rest on,
    // nor that only the worker may claim.
    for recognised in ["no", "yes", "refused"] {
        let r = story(
            &format!(
                r#"{{"schema":"weiquan.situation/1","problems":["child_labour","work_injury"],"injured_under_16":"yes","reporter":"third_party","injury_recognised":"{recognised}","relationship":"denied"}}"#
            ),
            TODAY,
        );
        assert_eq!(rules(&r, WorkInjury), ["child_injury_claim"], "{recognised}");
        assert_advice(&r, WorkInjury, Arbitration, "child_injury_compensation");
        assert_no_advice(&r, WorkInjury, Arbitration, "relationship_denied_for_a_relative");
    }
}

// 小孟替已经离职的表哥举报工地欠薪。
// The report goes to inspection (监察条例 第九条); the worker's own year to
// claim by arbitration runs from leaving (调解仲裁法 第二十七条) and a report
// by another does not interrupt it: the reporter is asked to tell him.
#[test]
fn a_report_for_a_worker_who_left_passes_on_the_workers_year() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"reporter":"third_party","employment":"left"}"#, TODAY);
    assert_steps(&r, &[(Inspection, &[WagesUnpaid], &[])]);
    assert_advice(&r, WagesUnpaid, Inspection, "worker_year_after_leaving_third_party");
    assert_no_advice(&r, WagesUnpaid, Inspection, "arbitration_year_after_leaving");
    // Still employed: no year runs against unpaid pay (第二十七条第四款).
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"reporter":"third_party"}"#, TODAY);
    assert_no_advice(&r, WagesUnpaid, Inspection, "worker_year_after_leaving_third_party");
    assert_no_advice(&r, WagesUnpaid, Inspection, "third_party_money_needs_worker");
    // Wanting the money paid: told that arbitration is the worker's own to
    // ask for (a usability review found the wish passed over in silence);
    // once the worker has left, the year's note says it instead.
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"reporter":"third_party","want":"money_or_decision"}"#, TODAY);
    assert_steps(&r, &[(Inspection, &[WagesUnpaid], &[])]);
    assert_advice(&r, WagesUnpaid, Inspection, "third_party_money_needs_worker");
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"reporter":"third_party","want":"money_or_decision","employment":"left"}"#,
        TODAY,
    );
    assert_no_advice(&r, WagesUnpaid, Inspection, "third_party_money_needs_worker");
    assert_advice(&r, WagesUnpaid, Inspection, "worker_year_after_leaving_third_party");
}

// 小傅投诉欠薪，劳动保障监察已经下了责令支付的决定，老板却跑了。
// The crime's condition is met (拒不支付劳动报酬解释 第四条: an order of the
// labour department to pay, not paid in time): inspection, passing it to the
// police, whatever remedy was wanted; not a review of the decision (a review
// is for a decision the worker disputes).
#[test]
fn an_inspection_order_ignored_by_a_boss_who_fled_goes_to_the_police() {
    for want in ["stop_violation", "not_sure", "money_or_decision"] {
        let r = story(
            &format!(
                r#"{{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_fled":"yes","prior_decision":"inspection_decision",
                    "employment":"left","want":"{want}"}}"#
            ),
            "2026-11-28",
        );
        assert_steps(&r, &[(PoliceViaInspection, &[WagesUnpaid], &[])]);
        assert_cites(link(&r, WagesUnpaid, PoliceViaInspection), "最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释", "第四条");
        // The complaint behind the decision restarted the arbitration year on
        // a day not asked: no date computed from leaving (a review of the
        // change found "passed" shown here).
        assert_advice(&r, WagesUnpaid, PoliceViaInspection, "arbitration_year_after_decision");
        assert_no_advice(&r, WagesUnpaid, PoliceViaInspection, "arbitration_year_after_leaving");
        assert!(problem(&r, WagesUnpaid).limits.iter().all(|l| l.limit != "arbitration_one_year"), "{want}");
    }
    // A household employer: as without the flight (a civil dispute when
    // money is wanted), not the police.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_fled":"yes","prior_decision":"inspection_decision","employer_type":"household_or_individual","want":"money_or_decision"}"#,
        "2026-11-28",
    );
    assert_eq!(outcomes(&r), [CivilDispute]);
}

// 小伍投诉欠薪，劳动保障监察责令单位限期支付，期限过了单位还是没给；老板没跑。
// A decision in his favour that is being ignored is not reviewed: back to
// inspection, which orders 加付赔偿金 on top (监察条例 第二十六条, 劳动合同法
// 第八十五条), whatever remedy he wanted. The same for unpaid compensation
// (第二十六条(三)); a boss who fled: the police, as with any order; a
// household: as without the order.
#[test]
fn an_inspection_order_ignored_goes_back_to_inspection_for_extra_compensation() {
    for want in ["stop_violation", "not_sure", "money_or_decision"] {
        let r = story(
            &format!(
                r#"{{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"prior_decision":"inspection_order_unpaid",
                    "employment":"left","dates":{{"job_end":"2026-05-01"}},"want":"{want}"}}"#
            ),
            "2026-11-28",
        );
        assert_steps(&r, &[(Inspection, &[WagesUnpaid], &[])]);
        assert_eq!(rules(&r, WagesUnpaid), ["extra_compensation_after_order"], "{want}");
        assert_cites(link(&r, WagesUnpaid, Inspection), "劳动保障监察条例", "第二十六条");
        assert_cites(link(&r, WagesUnpaid, Inspection), "劳动合同法", "第八十五条");
        // The complaint behind the order restarted the arbitration year on a
        // day not asked: said, not dated from leaving.
        assert_advice(&r, WagesUnpaid, Inspection, "arbitration_year_after_decision");
        assert_no_advice(&r, WagesUnpaid, Inspection, "arbitration_year_after_leaving");
        assert!(problem(&r, WagesUnpaid).limits.iter().all(|l| l.limit != "arbitration_one_year"), "{want}");
        // The order, with its deadline, is in what to bring.
        assert!(link(&r, WagesUnpaid, Inspection).bring.iter().any(|b| b.rule == "inspection_order_document"), "{want}");
    }
    // Inspection ordered on it: its 2 years (for what was never complained
    // of, 监察条例 第二十条) are not counted, even from long ago.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"prior_decision":"inspection_order_unpaid","employment":"left",
            "dates":{"job_end":"2024-06-30","violation_end":"2024-06-30"}}"#,
        "2026-11-28",
    );
    assert!(problem(&r, WagesUnpaid).limits.is_empty(), "{:?}", problem(&r, WagesUnpaid).limits);
    // Compensation: the extra compensation too, with the arbitration year
    // said, even with a boss who fled (it is not pay for the crime, 解释
    // 第一条); no crime clause on its step.
    for fled in ["no", "yes"] {
        let r = story(
            &format!(
                r#"{{"schema":"weiquan.situation/1","problems":["compensation_unpaid"],"prior_decision":"inspection_order_unpaid","want":"money_or_decision",
                    "employer_fled":"{fled}","employment":"left","dates":{{"job_end":"2026-05-01"}}}}"#
            ),
            "2026-11-28",
        );
        assert_steps(&r, &[(Inspection, &[CompensationUnpaid], &[])]);
        assert_advice(&r, CompensationUnpaid, Inspection, "arbitration_year_after_decision");
        let l = link(&r, CompensationUnpaid, Inspection);
        let crime = "最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释";
        assert!(l.cites.iter().all(|c| c.source != crime) && l.bring.iter().flat_map(|b| b.cites).all(|c| c.source != crime), "{fled}");
    }
    // A relationship the employer denies: inspection has treated the worker
    // as its employee, so no confirmation by arbitration comes first.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","no_contract"],"prior_decision":"inspection_order_unpaid","relationship":"denied"}"#,
        "2026-11-28",
    );
    for p in [WagesUnpaid, NoContract] {
        assert!(!rules(&r, p).contains(&"confirm_relationship"), "{p:?}: {:?}", rules(&r, p));
    }
    assert_eq!(outcomes(&r), [Inspection]);
    // A denied relationship after an ignored order counts as acknowledged:
    // no confirmation first, and a claim at arbitration hears of the final
    // award (调解仲裁法 第四十七条) as any acknowledged worker's does.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"want":"money_or_decision","relationship":"denied","employment":"left",
            "prior_decision":"inspection_order_unpaid","dates":{"job_end":"2026-05-01"}}"#,
        "2026-11-28",
    );
    assert_eq!(outcomes(&r), [Arbitration]);
    assert_advice(&r, Dismissed, Arbitration, "small_claim_final");
    // A matter inspection never ordered on keeps its 2 years, though the
    // case had a decision (a review of the change found them hidden).
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","female_minor_protection"],"want":"money_or_decision","relationship":"acknowledged",
            "employment":"left","reporter":"third_party","prior_decision":"inspection_decision",
            "dates":{"job_end":"2024-06-01","violation_end":"2024-06-01","known":"2024-05-01"}}"#,
        "2026-11-28",
    );
    assert_limit(&r, FemaleMinorProtection, "inspection_two_years", LimitState::Passed, Some("2026-06-01"), Some(-180));
    // Someone reporting for others brings an ID card too: the report names
    // them with their ID number.
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"reporter":"third_party"}"#, "2026-11-28");
    assert!(link(&r, WagesUnpaid, Inspection).bring.iter().any(|b| b.rule == "id_card_complaint"));
    // Without a problem the order is about, the checklist asks for no order.
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["child_labour"],"prior_decision":"inspection_order_unpaid"}"#, "2026-11-28");
    assert!(r.problems.iter().flat_map(|p| &p.chain).all(|l| l.bring.iter().all(|b| b.rule != "inspection_order_document")));
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"prior_decision":"inspection_order_unpaid","employer_fled":"yes"}"#,
        "2026-11-28",
    );
    assert_steps(&r, &[(PoliceViaInspection, &[WagesUnpaid], &[])]);
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"prior_decision":"inspection_order_unpaid","employer_type":"household_or_individual","want":"money_or_decision"}"#,
        "2026-11-28",
    );
    assert_eq!(outcomes(&r), [CivilDispute]);
}

// 小葛在一户人家当保姆，发现雇主家给从没上过班的人挂名参保骗取待遇，想举报。
// Fraud on the fund is a report anyone may make (社会保险法 第八十二条), not a
// dispute with a household or a self-employed person (解释（一）第二条 is about
// disputes): audit, as for any other employer.
#[test]
fn fund_fraud_is_reported_to_audit_whoever_the_employer_is() {
    for employer in ["household_or_individual", "self_employed"] {
        let r = story(&format!(r#"{{"schema":"weiquan.situation/1","problems":["social_insurance_fraud"],"employer_type":"{employer}"}}"#), TODAY);
        assert_steps(&r, &[(Audit, &[SocialInsuranceFraud], &[])]);
        assert_eq!(rules(&r, SocialInsuranceFraud), ["fund_fraud"], "{employer}");
    }
}

// 小邓的欠薪仲裁委已经裁决了，老板却跑了。
// The crime of refusing to pay needs the labour department's order to pay
// (拒不支付劳动报酬解释 第四条), which an award is not: inspection, passing it to
// the police; the award's 15 days shown there; no arbitration year (claimed).
#[test]
fn wages_awarded_and_the_boss_fled_go_to_inspection_for_the_police() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_fled":"yes","prior_decision":"arbitration_award",
            "employment":"left","dates":{"award_received":"2026-11-20","job_end":"2026-06-30"}}"#,
        "2026-11-28",
    );
    assert_steps(&r, &[(PoliceViaInspection, &[WagesUnpaid], &[])]);
    assert_eq!(rules(&r, WagesUnpaid), ["award_unpaid_employer_fled"]);
    assert_cites(link(&r, WagesUnpaid, PoliceViaInspection), "最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释", "第四条");
    assert_limit(&r, WagesUnpaid, "court_fifteen_days", LimitState::Near, Some("2026-12-05"), Some(7));
    assert!(problem(&r, WagesUnpaid).limits.iter().all(|l| l.limit != "arbitration_one_year"), "the claim has been made");
    // Nor is the year after leaving said, for the worker or someone
    // reporting for them, with an award or a case pending.
    for (prior, reporter) in
        [("arbitration_award", "worker"), ("dispute_pending", "worker"), ("arbitration_award", "third_party"), ("dispute_pending", "third_party")]
    {
        let r = story(
            &format!(
                r#"{{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_fled":"yes","prior_decision":"{prior}","reporter":"{reporter}",
                    "employment":"left","dates":{{"job_end":"2026-06-30"}}}}"#
            ),
            "2026-11-28",
        );
        for rule in ["arbitration_year_after_leaving", "worker_year_after_leaving_third_party"] {
            assert_no_advice(&r, WagesUnpaid, PoliceViaInspection, rule);
        }
        assert!(problem(&r, WagesUnpaid).limits.iter().all(|l| l.limit != "arbitration_one_year"), "{prior} {reporter}");
    }
}

// 小严的加班费仲裁委裁决了，日子记不清；单位还欠着社保费。
// An award's 15 days (调解仲裁法 第四十八条) cannot be far off whenever it was
// received: the court step comes before the unhurried audit.
#[test]
fn an_award_of_unknown_date_puts_the_court_first() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest","social_insurance_arrears"],"want":"stop_violation",
            "prior_decision":"arbitration_award"}"#,
        "2026-11-28",
    );
    assert_eq!(outcomes(&r), [Court, Audit]);
    assert_limit(&r, OvertimeRest, "court_fifteen_days", LimitState::Unknown, None, None);
}

// 监察大队已经对小彭反映的超时加班作出了处理决定，小彭认为处理不当，不服这个决定。
// 河南省劳动保障监察条例 第二十六条 and seed 一 (行政执法 → 行政复议 → 行政诉讼): challenge the
// administrative decision by review or litigation.
#[test]
fn inspection_decision_already_made_goes_to_administrative_review() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"prior_decision":"inspection_decision"}"#, TODAY);
    assert_steps(&r, &[(AdminReview, &[OvertimeRest], &[])]);
    assert_eq!(rules(&r, OvertimeRest), ["inspection_decided"]);
    assert_cites(link(&r, OvertimeRest, AdminReview), "河南省劳动保障监察条例", "第二十六条");
}

// 小区物业公司的保洁说：她也不知道自己该问什么，跟公司好像说不清（不在问题清单里）。
// Seed 二(二): 根据当事人诉求和案件性质引导 — with no recognisable claim, ask 12333 first.
#[test]
fn unclassified_problem_is_sent_to_the_12333_hotline() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["other"]}"#, TODAY);
    assert_steps(&r, &[(Consultation12333, &[Other], &[])]);
    assert_eq!(rules(&r, Other), ["other_problem"]);
}

// ─────────────── urgent and serious cases ───────────────

// 包工头欠着二十几个农民工半年工资，过年前突然跑了，电话关机。
// SPC 拒不支付劳动报酬 解释 第二条(二) 逃跑、藏匿的; 保障农民工工资支付条例 第四十一条: inspection
// transfers suspected 拒不支付劳动报酬罪 to the police.
#[test]
fn employer_fled_with_unpaid_wages_goes_to_police_via_inspection() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_fled":"yes",
            "want":"money_or_decision","relationship":"acknowledged"}"#,
        TODAY,
    );
    assert_steps(&r, &[(PoliceViaInspection, &[WagesUnpaid], &[])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::Complain));
    assert_eq!(rules(&r, WagesUnpaid), ["employer_fled"]);
    assert_cites(link(&r, WagesUnpaid, PoliceViaInspection), "最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释", "第二条");
}

// 小工在一个“老板”手下干活，不清楚老板是公司还是个人，最近老板电话也打不通，工钱没结。
// SPC 解释（一） 第二条 (a household/individual employer is outside labour law: the window checks);
// 保障农民工工资支付条例 第四十一条 (if the boss did flee, inspection passes it to the police).
#[test]
fn unsure_who_the_employer_is_and_whether_he_fled_gets_both_warnings() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_type":"not_sure",
            "employer_fled":"not_sure","want":"stop_violation"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[WagesUnpaid], &[])]);
    assert_advice(&r, WagesUnpaid, Inspection, "check_employer_type");
    assert_advice(&r, WagesUnpaid, Inspection, "fled_employer_is_a_crime");
}

// 小李在郑州一家餐馆打工，已经三个月没发工资，人还在店里干，想让人社部门责令老板发工资。
// 郑州市劳动用工条例 第三十九条: 连续拖欠工资二个月以上或者累计拖欠达三个月以上的用人单位，
// 实施重点监察 — a Zhengzhou rule for inspection, so the note comes with the complaint only; the
// same arrears taken to arbitration for the money (seed 二(二)) do not get it.
#[test]
fn months_of_unpaid_wages_are_told_about_zhengzhous_focused_inspection() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"stop_violation",
            "relationship":"acknowledged","employment":"employed"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[WagesUnpaid], &[])]);
    assert_advice(&r, WagesUnpaid, Inspection, "long_arrears_focused_inspection");
    let note = link(&r, WagesUnpaid, Inspection).advice.iter().find(|a| a.rule == "long_arrears_focused_inspection").unwrap();
    assert!(note.cites.iter().any(|c| c.source == "郑州市劳动用工条例" && c.clause == "第三十九条"));

    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"money_or_decision",
            "relationship":"acknowledged","employment":"employed"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[WagesUnpaid], &[])]);
    assert!(!advice(&r, WagesUnpaid, Arbitration).contains(&"long_arrears_focused_inspection"));
}

// 某服装厂一百多名工人被拖欠三个月工资，已经上了本地新闻，工人们要求拿回工资。
// Seed 五(二): 经社会媒体曝光…由劳动保障监察机构…先行介入调查处理; the clear wage dispute then
// goes to arbitration, handled 快立、快审、快结.
#[test]
fn media_exposed_mass_wage_arrears_inspection_first_then_fast_arbitration() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"money_or_decision",
            "impact":"serious","relationship":"acknowledged"}"#,
        TODAY,
    );
    assert!(r.urgent);
    assert_steps(&r, &[(Inspection, &[WagesUnpaid], &[]), (Arbitration, &[WagesUnpaid], &[1])]);
    assert_eq!(rules(&r, WagesUnpaid), ["serious_violation_first", "serious_violation_first"]);
    assert_cites(link(&r, WagesUnpaid, Inspection), "郑人社〔2016〕19号", "五(二)");
    assert_advice(&r, WagesUnpaid, Inspection, "serious_enforcement_first");
    assert_advice(&r, WagesUnpaid, Arbitration, "serious_fast_arbitration");
    assert_limit(&r, WagesUnpaid, "inspection_two_years", NotRunning, None, None);
    assert_limit(&r, WagesUnpaid, "arbitration_one_year", NoLimitWhileEmployed, None, None);
}

// ─────────────── special protection ───────────────

// 小杜把身份证交给公司“保管”，想辞职时公司不还，她想让人社部门责令退还。
// 劳动合同法 第九条、第八十四条: 扣押劳动者居民身份证…由劳动行政部门责令限期退还 → inspection.
#[test]
fn id_card_kept_by_employer_goes_to_inspection() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["documents_or_deposit"],"want":"stop_violation",
            "relationship":"acknowledged"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[DocumentsOrDeposit], &[])]);
    assert_eq!(rules(&r, DocumentsOrDeposit), ["enforcement"]);
    assert_cites(link(&r, DocumentsOrDeposit, Inspection), "劳动合同法", "第八十四条");
}

// 小曹怀孕四个月，公司先给她降薪，接着以“岗位调整”为由把她辞退了。
// 女职工劳动保护特别规定 第五条、第十四条 and seed 二(三) (女职工特殊劳动保护 → inspection);
// the dismissal itself (劳动合同法 第四十二条、第八十七条) is a dispute for arbitration (seed 二(三)).
// Two independent steps: neither waits for the other.
#[test]
fn pregnant_worker_dismissed_goes_to_inspection_and_arbitration() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["female_minor_protection","dismissed"],
            "relationship":"acknowledged","employment":"left",
            "dates":{"job_start":"2024-02-01","job_end":"2026-11-02","known":"2026-11-02"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[FemaleMinorProtection], &[]), (Arbitration, &[Dismissed], &[])]);
    assert_eq!(rules(&r, FemaleMinorProtection), ["enforcement"]);
    assert_eq!(rules(&r, Dismissed), ["labour_dispute"]);
    // The breach ended when she left: 2 years from 2026-11-02 (监察条例 第二十条).
    assert_limit(&r, FemaleMinorProtection, "inspection_two_years", Open, Some("2028-11-02"), Some(707));
    assert_limit(&r, Dismissed, "arbitration_one_year", Open, Some("2027-11-02"), Some(341));
}

// ─────────────── several problems, several bodies ───────────────

// 老邱在一家机械厂：工资拖了两个月、天天加班没加班费、没交社保，上周又被无故辞退，连经济补偿都没有。
// 他想让人社部门查处。Seed 二(二) first rule: social insurance + labour-law breaches together →
// inspection (one step for three problems); dismissal and compensation are disputes → arbitration
// (seed 二(三)), in one application, not waiting for inspection.
#[test]
fn many_problems_share_an_inspection_step_and_an_arbitration_step() {
    let r = story(
        r#"{"schema":"weiquan.situation/1",
            "problems":["wages_unpaid","overtime_rest","no_social_insurance","dismissed","compensation_unpaid"],
            "want":"stop_violation","relationship":"acknowledged","employment":"left",
            "dates":{"job_start":"2023-05-01","job_end":"2026-11-19","known":"2026-11-19"}}"#,
        TODAY,
    );
    assert_steps(&r, &[(Inspection, &[WagesUnpaid, OvertimeRest, NoSocialInsurance], &[]), (Arbitration, &[Dismissed, CompensationUnpaid], &[])]);
    assert_eq!(rules(&r, NoSocialInsurance), ["social_insurance_with_labour_breach"]);
    assert_eq!(link(&r, Dismissed, Arbitration).step, 2);
    assert_eq!(link(&r, WagesUnpaid, Inspection).step, 1);
}

// 小施离职了：公司社保一直按最低基数少缴，被辞退也没给经济补偿；他还知道老板用假材料给亲戚骗领工伤待遇。
// Seed 二(二) second rule (social insurance only → audit; 被辞退 is a dispute, not an inspection
// matter); seed 二(三) (骗取社会保险基金 → audit); dismissal and compensation → arbitration.
// At audit his own arrears are a 投诉 and the fraud a 举报 (监察条例 第九条: anyone may 举报, only
// the harmed worker 投诉; 社会保险法 第八十二条 names both), so they are two audit matters, not one.
#[test]
fn social_insurance_with_only_disputes_goes_to_audit_beside_arbitration() {
    let r = story(
        r#"{"schema":"weiquan.situation/1",
            "problems":["social_insurance_arrears","social_insurance_fraud","dismissed","compensation_unpaid"],
            "relationship":"acknowledged","employment":"left","dates":{"job_end":"2026-10-10"}}"#,
        TODAY,
    );
    assert_steps(
        &r,
        &[(Audit, &[SocialInsuranceArrears], &[]), (Audit, &[SocialInsuranceFraud], &[]), (Arbitration, &[Dismissed, CompensationUnpaid], &[])],
    );
    assert_eq!(r.steps[0].purpose, Some(Purpose::Complain));
    assert_eq!(r.steps[1].purpose, Some(Purpose::Report));
    assert_eq!(rules(&r, SocialInsuranceArrears), ["social_insurance_only"]);
    assert_eq!(rules(&r, SocialInsuranceFraud), ["fund_fraud"]);
    // No "known" date: the year runs from the end of the job (调解仲裁法 第二十七条).
    assert_limit(&r, Dismissed, "arbitration_one_year", Open, Some("2027-10-10"), Some(318));
}

// 老白被公司否认劳动关系，还欠着工资、没交社保；他想让监察查处。
// Seed 二(二): confirm by arbitration first; then social insurance + wage arrears together →
// inspection. Both problems take the same two steps.
#[test]
fn denied_relationship_with_several_problems_shares_both_steps() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","no_social_insurance"],
            "want":"stop_violation","relationship":"denied"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Arbitration, &[WagesUnpaid, NoSocialInsurance], &[]), (Inspection, &[WagesUnpaid, NoSocialInsurance], &[1])]);
    assert_eq!(r.steps[0].purpose, Some(Purpose::ConfirmRelationship));
    assert_eq!(rules(&r, NoSocialInsurance), ["confirm_relationship", "social_insurance_with_labour_breach"]);
}

// ─────────────── invalid input ───────────────

// 窗口录入时JSON写坏了（少了右括号）: a syntax error, not a silent default.
#[test]
fn broken_json_is_a_syntax_error() {
    let e = rejected(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"]"#, TODAY);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].key, "json_syntax");
}

// 一个拼错的字段名（"emplyment"）必须被拒绝并点名，否则“已离职”会被悄悄当成“在职”，
// 把 调解仲裁法 第二十七条第四款 的一年期限算错。
#[test]
fn unknown_key_is_rejected_and_named() {
    let e = rejected(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"emplyment":"left"}"#, TODAY);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].key, "json_field");
    assert!(e[0].detail.contains("emplyment"), "{}", e[0]);
}

// An unknown problem value or an impossible date names its exact field.
#[test]
fn unknown_value_and_impossible_date_name_their_field() {
    let e = rejected(r#"{"schema":"weiquan.situation/1","problems":["dismissed","unpaid"]}"#, TODAY);
    assert_eq!(e[0].field, "problems[1]");
    let e = rejected(r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"employment":"left","dates":{"job_end":"2026-02-30"}}"#, TODAY);
    assert_eq!(e[0].field, "dates.job_end");
}

// 录入的受伤日期在“今天”之后：工伤保险条例 第十七条 的一年不能从未来算起 — the field is named.
#[test]
fn future_date_is_rejected_naming_the_field() {
    let e = rejected(r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"dates":{"injury":"2026-12-01"}}"#, TODAY);
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].field.as_str(), e[0].key), ("dates.injury", "date_in_future"));
    // The same date is accepted once it has come.
    assert!(rejected(r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"dates":{"injury":"2026-12-01"}}"#, "2026-12-01").is_empty());
}

// A last day of work while "employed", a wrong schema and an empty problem list are all reported.
#[test]
fn contradictory_situation_reports_every_field() {
    let e = rejected(r#"{"schema":"weiquan.situation/2","problems":[],"dates":{"job_end":"2026-01-01"}}"#, TODAY);
    let keys: Vec<(&str, &str)> = e.iter().map(|x| (x.field.as_str(), x.key)).collect();
    assert_eq!(keys, [("schema", "schema_unknown"), ("problems", "problems_empty"), ("dates.job_end", "job_end_while_employed")]);
}

// ─────────────── corrections after review of the first rule set ───────────────

// 几十名工人被拖欠工资，媒体已报道，老板却说这些人不是他雇的。
// Seed 五(二): 监察、稽查先行介入; inspection establishes the facts itself, the
// money dispute then goes to arbitration. (Not: confirm first, then inspection.)
#[test]
fn media_case_with_denied_relationship_goes_to_inspection_first() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"money_or_decision",
            "relationship":"denied","impact":"serious"}"#,
        TODAY,
    );
    assert_steps(&r, &[(Outcome::Inspection, &[Problem::WagesUnpaid], &[]), (Outcome::Arbitration, &[Problem::WagesUnpaid], &[1])]);
    assert!(r.urgent);
}

// 小李想通过仲裁要回工资，单位也没给他上社保。
// Seed 二(二): only when the person's claims *to the state* cover both a social
// insurance and a labour-law breach does inspection take both; a wage dispute
// sent to arbitration leaves social insurance alone → audit.
#[test]
fn wage_dispute_in_arbitration_leaves_social_insurance_to_audit() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","no_social_insurance"],"want":"money_or_decision"}"#, TODAY);
    assert_steps(&r, &[(Outcome::Audit, &[Problem::NoSocialInsurance], &[]), (Outcome::Arbitration, &[Problem::WagesUnpaid], &[])]);
    assert_eq!(rules(&r, Problem::NoSocialInsurance), ["social_insurance_only"]);
}

// 监察已对加班问题作出处理决定；小张同时被辞退，想要赔偿金。
// 监察条例 第二十一条 / 河南条例 第十五条(五): disputes go to arbitration whatever
// inspection decided; only the inspection matter goes to review.
#[test]
fn an_inspection_decision_does_not_close_arbitration_of_a_dismissal() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest","dismissed"],"prior_decision":"inspection_decision",
            "employment":"left","dates":{"job_end":"2026-10-01"}}"#,
        TODAY,
    );
    assert_eq!(rules(&r, Problem::OvertimeRest), ["inspection_decided"]);
    assert_eq!(rules(&r, Problem::Dismissed), ["labour_dispute"]);
    assert_eq!(outcomes(&r), [Outcome::Arbitration, Outcome::AdminReview]);
}

// 工人因工死亡，他的哥哥来问工伤待遇的争议。
// 调解仲裁法 第二十五条: 劳动者死亡的，由其近亲属或者代理人参加仲裁活动.
#[test]
fn a_relative_hears_that_close_relatives_may_arbitrate_if_the_worker_died() {
    let r = story(r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"reporter":"third_party","injury_recognised":"yes"}"#, TODAY);
    assert_eq!(outcomes(&r), [Outcome::Consultation12333]);
    assert_advice(&r, Problem::WorkInjury, Outcome::Consultation12333, "relatives_if_worker_died");
}

// 11月20日收到仲裁裁决书，不服。调解仲裁法 第四十八条: 收到之日起十五日内起诉 → 12月5日.
#[test]
fn award_received_leaves_fifteen_days_to_sue() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"prior_decision":"arbitration_award",
            "employment":"left","dates":{"job_end":"2026-06-30","award_received":"2026-11-20"}}"#,
        TODAY,
    );
    assert_eq!(outcomes(&r), [Outcome::Court]);
    assert_limit(&r, Problem::Dismissed, "court_fifteen_days", LimitState::Near, Some("2026-12-05"), Some(9));
}

// Left on 2025-12-20 with wages still owed, not sure what to ask for: sent to
// inspection, whose 2 years have not started (监察条例 第二十条: a continuing
// breach). But inspection tells the complainant to take a disputed amount to
// arbitration (第二十一条第二款), and that year ends on 2026-12-20, a year
// after leaving (调解仲裁法 第二十七条第四款), interrupted only by a
// complaint within it: the inspection step shows that last day and says why,
// so the worker does not wait. Still employed, no such limit is shown.
#[test]
fn a_worker_who_left_owed_wages_sees_the_arbitration_year_at_inspection() {
    let json = |employment: &str| {
        format!(
            r#"{{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"not_sure","employment":"{employment}",
            "dates":{{"job_start":"2024-03-01","job_end":"2025-12-20"}}}}"#
        )
    };
    let r = story(&json("left"), "2026-11-26");
    assert_eq!(outcomes(&r), [Inspection]);
    let d = r.detail(1);
    let states: Vec<(&str, LimitState, Option<Date>)> = d.limits.iter().map(|(l, _)| (l.limit, l.state, l.last_day)).collect();
    assert_eq!(states, [("inspection_two_years", NotRunning, None), ("arbitration_one_year", Near, Some(day("2026-12-20")))]);
    assert_advice(&r, WagesUnpaid, Inspection, "arbitration_year_after_leaving");
    assert_eq!(d.limits[1].0.days_left, Some(24));
    let r = story(&json("employed").replace(r#","job_end":"2025-12-20""#, ""), "2026-11-26");
    assert_eq!(r.detail(1).limits.iter().map(|(l, _)| l.limit).collect::<Vec<_>>(), ["inspection_two_years"]);
    assert_no_advice(&r, WagesUnpaid, Inspection, "arbitration_year_after_leaving");
}

// The same worker whose boss has fled: inspection passes the case to the
// police (拒不支付劳动报酬, 保障农民工工资支付条例 第四十一条), but the pay is
// still owed and a disputed amount still goes to arbitration, whose year
// after leaving is as close: the step shows its last day and why.
#[test]
fn a_worker_who_left_owed_wages_by_a_boss_who_fled_sees_the_arbitration_year_too() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_fled":"yes","employment":"left",
            "dates":{"job_end":"2025-12-01"}}"#,
        "2026-11-26",
    );
    assert_eq!(outcomes(&r), [Outcome::PoliceViaInspection]);
    let d = r.detail(1);
    let states: Vec<(&str, LimitState, Option<Date>)> = d.limits.iter().map(|(l, _)| (l.limit, l.state, l.last_day)).collect();
    assert_eq!(states, [("inspection_two_years", NotRunning, None), ("arbitration_one_year", Near, Some(day("2026-12-01")))]);
    assert_advice(&r, WagesUnpaid, Outcome::PoliceViaInspection, "arbitration_year_after_leaving");
}

// Left on 2025-12-01, wages still owed, inspection has already decided, not
// sure what to ask for: the step is a review of that decision, but the money
// goes to arbitration (监察条例 第二十一条第二款, 调解仲裁法 第二条), whose
// year runs from leaving (第二十七条第四款) and restarts from a complaint
// (第二款), which the interview does not date: the step says so, with no
// last day that could read "passed" to someone still in time.
#[test]
fn after_an_inspection_decision_a_worker_who_left_is_told_of_the_arbitration_year() {
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"prior_decision":"inspection_decision",
            "want":"not_sure","employment":"left","dates":{"job_end":"2025-12-01"}}"#,
        "2026-11-26",
    );
    assert_eq!(outcomes(&r), [Outcome::AdminReview]);
    assert!(r.detail(1).limits.is_empty());
    assert_advice(&r, WagesUnpaid, Outcome::AdminReview, "arbitration_year_after_decision");
    // Still employed: unpaid pay has no bar, and nothing is added.
    let r = story(
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"prior_decision":"inspection_decision",
            "want":"not_sure"}"#,
        "2026-11-26",
    );
    assert!(r.detail(1).limits.is_empty());
    assert_no_advice(&r, WagesUnpaid, Outcome::AdminReview, "arbitration_year_after_decision");
}

// 小赵 worked from 2025-03-01 to 2025-12-05 with no written contract and
// wants inspection to deal with it. The extra month's wage for each month
// without a contract (劳动合同法 第八十二条, 实施条例 第七条) is claimed by
// arbitration only (`double_wages_by_arbitration`), within a year
// (调解仲裁法 第二十七条) counted from the end of the months owed: here his
// last day of work, so the year ends on 2026-12-05, 9 days away. The
// inspection step shows that last day beside inspection's own 2 years (374
// days), and goes first. Still employed since 2024-11-01, the months owed
// ended on 2025-10-31 and their year on 2026-10-31: passed, not "the time
// limit has not started". A third party's report shows no such year.
#[test]
fn double_wages_taken_to_inspection_show_the_arbitration_year_at_inspection() {
    let json = |rest: &str| {
        format!(r#"{{"schema":"weiquan.situation/1","problems":["no_contract"],"want":"stop_violation","relationship":"acknowledged",{rest}}}"#)
    };
    let limits = |r: &Routing| -> Vec<(&str, LimitState, Option<Date>, Option<i32>)> {
        r.detail(1).limits.iter().map(|(l, _)| (l.limit, l.state, l.last_day, l.days_left)).collect()
    };
    let r = story(&json(r#""employment":"left","dates":{"job_start":"2025-03-01","job_end":"2025-12-05"}"#), TODAY);
    assert_eq!(outcomes(&r), [Inspection]);
    assert_advice(&r, NoContract, Inspection, "double_wages_by_arbitration");
    assert_eq!(
        limits(&r),
        [("inspection_two_years", Open, Some(day("2027-12-05")), Some(374)), ("arbitration_one_year", Near, Some(day("2026-12-05")), Some(9)),]
    );
    let r = story(&json(r#""dates":{"job_start":"2024-11-01"}"#), TODAY);
    assert_eq!(limits(&r), [("inspection_two_years", NotRunning, None, None), ("arbitration_one_year", Passed, Some(day("2026-10-31")), Some(-26))]);
    // With the warning that the earliest months may be barred sooner; and
    // the limit's own words do not tell this worker, still employed, that
    // pay is not time-barred while employed without saying double wages are
    // not such pay (a UX review found the two side by side).
    assert_advice(&r, NoContract, Inspection, "double_wages_time_limit");
    for (lang, words) in
        [(Lang::Zh, "没签合同的另一倍工资，稳妥起见请在1年内"), (Lang::En, "for the extra wage for months without a contract, apply within the year")]
    {
        assert!(weiquan_core::rules::text(lang, "limit.arbitration_one_year").unwrap().contains(words), "{lang:?}");
    }
    let r = story(&json(r#""reporter":"third_party","dates":{"job_start":"2024-11-01"}"#), TODAY);
    assert!(limits(&r).iter().all(|l| l.0 != "arbitration_one_year"), "{:?}", limits(&r));
    // A third party is not told "you may claim" double wages.
    assert_no_advice(&r, NoContract, Inspection, "double_wages_by_arbitration");
    assert_no_advice(&r, NoContract, Inspection, "double_wages_time_limit");
    // A contract signed on 2025-06-01 (the problem's "put right" date):
    // the months owed end the day before (实施条例 第六条), and their year on
    // 2026-05-31, whether or not the job has ended since (a legal review
    // found the year counted from the end of the job, "open, 92 days").
    for rest in [
        r#""dates":{"job_start":"2025-03-01","violation_end":"2025-06-01"}"#,
        r#""employment":"left","dates":{"job_start":"2025-03-01","job_end":"2026-10-31","violation_end":"2025-06-01"}"#,
    ] {
        let r = story(&json(rest), TODAY);
        assert_eq!(limits(&r)[1], ("arbitration_one_year", Passed, Some(day("2026-05-31")), Some(-179)), "{rest}");
    }
    // Left, with no last day nor signing date: the months owed are not known
    // ("no date"), not counted as if still there to the year's end.
    let r = story(&json(r#""employment":"left","dates":{"job_start":"2025-03-01"}"#), TODAY);
    assert_eq!(limits(&r)[1], ("arbitration_one_year", Unknown, None, None));
    // With wages also owed, the one "put right" date may be the day they were
    // paid, not a signing: the double wages' year ignores it (a review of
    // the change found "passed" for months still claimed on the papers).
    let both = |rest: &str| {
        format!(
            r#"{{"schema":"weiquan.situation/1","problems":["no_contract","wages_unpaid"],"want":"stop_violation","relationship":"acknowledged",{rest}}}"#
        )
    };
    let r = story(&both(r#""employment":"left","dates":{"job_start":"2025-06-01","job_end":"2026-10-31","violation_end":"2025-09-01"}"#), TODAY);
    let year = |r: &Routing, p| limit(r, p, "arbitration_one_year").clone();
    assert_eq!((year(&r, NoContract).state, year(&r, NoContract).last_day), (Open, Some(day("2027-05-31"))));
    // The signing has its own question: a contract signed on 2025-06-10,
    // the wages still unpaid. The months owed end the day before, and their
    // year on 2026-06-09; inspection's 2 years for the contract run from the
    // signing, and the wages' do not run (a calculation review found the
    // year open, and the wages' 2 years counted from the signing, when the
    // one shared date carried it).
    let r = story(&both(r#""dates":{"job_start":"2025-01-10","contract_signed":"2025-06-10"}"#), TODAY);
    assert_eq!((year(&r, NoContract).state, year(&r, NoContract).last_day), (Passed, Some(day("2026-06-09"))));
    let two = |r: &Routing, p| limit(r, p, "inspection_two_years").clone();
    assert_eq!((two(&r, NoContract).state, two(&r, NoContract).last_day), (Open, Some(day("2027-06-10"))));
    assert_eq!(two(&r, WagesUnpaid).state, NotRunning);
    // Left on a day not given, with an earlier "found out" date: still "no date".
    let r = story(&json(r#""employment":"left","dates":{"job_start":"2025-06-01","known":"2025-08-01"}"#), TODAY);
    assert_eq!(limits(&r)[1], ("arbitration_one_year", Unknown, None, None));
    // Begun less than a month ago and left since: nothing can be owed.
    let r = story(&json(r#""employment":"left","dates":{"job_start":"2026-11-10"}"#), TODAY);
    assert!(limits(&r).iter().all(|l| l.0 != "arbitration_one_year"), "{:?}", limits(&r));
    // Still there, in the first year: the months are still owed, not "no date".
    let r = story(&json(r#""dates":{"job_start":"2026-05-01"}"#), TODAY);
    assert_eq!(limits(&r)[1].0, "arbitration_one_year");
    assert_eq!(limits(&r)[1].1, Accruing);
    // Signed within the first month, still there: nothing owed, no year
    // (it had said "no date was given").
    let r = story(&json(r#""dates":{"job_start":"2025-01-31","violation_end":"2025-03-01"}"#), TODAY);
    assert!(limits(&r).iter().all(|l| l.0 != "arbitration_one_year"), "{:?}", limits(&r));
    // Left within the first month (劳动合同法 第十条第二款): no double wages
    // can be owed, so no year for them.
    let r = story(&json(r#""employment":"left","dates":{"job_start":"2026-05-01","job_end":"2026-05-20"}"#), TODAY);
    assert!(limits(&r).iter().all(|l| l.0 != "arbitration_one_year"), "{:?}", limits(&r));
}

// A neighbour reports the boss who fled owing a worker who has left: the
// arbitration year is the worker's, and a third party's report does not
// interrupt it (调解仲裁法 第二十七条: 当事人一方), so the reporter is not shown
// a last day or told that complaining restarts it.
#[test]
fn a_third_party_report_is_not_shown_the_workers_arbitration_year() {
    for fled in ["yes", "no"] {
        let r = story(
            &format!(
                r#"{{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"reporter":"third_party","employer_fled":"{fled}",
                "employment":"left","dates":{{"job_end":"2025-12-20"}}}}"#
            ),
            "2026-11-26",
        );
        let d = r.detail(1);
        assert!(d.limits.iter().all(|(l, _)| l.limit != "arbitration_one_year"), "{fled}: {:?}", d.limits);
        assert!(d.advice.iter().all(|a| a.rule != "arbitration_year_after_leaving"), "{fled}");
    }
}
