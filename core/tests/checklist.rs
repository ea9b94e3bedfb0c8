//! What to bring: the `checklist` table of routing.toml, seen through
//! `route()`. Each test routes a realistic situation (JSON, as the widget and
//! the `route` tool receive it) and checks the exact set of items on each
//! link. The expected sets were written from the clauses the items rest on,
//! named in the comments, not copied from the program's output.

use std::collections::BTreeSet;

use weiquan_core::routing::Link;
use weiquan_core::rules::{text, FactValue, Lang};
use weiquan_core::{route, Date, Outcome, Problem, Routing, Situation};

use Outcome::*;

fn today() -> Date {
    Date::parse("2026-11-26").unwrap()
}

fn routed(json: &str) -> Routing {
    let s = Situation::from_json(json).unwrap_or_else(|e| panic!("situation rejected: {e}\n{json}"));
    let errors = s.validate(today());
    assert!(errors.is_empty(), "invalid situation: {errors:?}\n{json}");
    route(&s, today())
}

/// The links of one problem, in chain order.
fn chain(r: &Routing, p: Problem) -> &[Link] {
    &r.problems.iter().find(|x| x.problem == p).unwrap_or_else(|| panic!("{p:?} not routed")).chain
}

/// The ids of the items to bring at one link.
fn bring(link: &Link) -> BTreeSet<&'static str> {
    link.bring.iter().map(|a| a.rule).collect()
}

fn set(ids: &[&'static str]) -> BTreeSet<&'static str> {
    ids.iter().copied().collect()
}

/// The one link of problem `p` with outcome `o`.
fn link(r: &Routing, p: Problem, o: Outcome) -> &Link {
    let found: Vec<&Link> = chain(r, p).iter().filter(|l| l.outcome == o).collect();
    assert_eq!(found.len(), 1, "{p:?} should reach {o:?} exactly once: {:?}", chain(r, p));
    found[0]
}

/// Everything to bring to step `n` (all links of all problems at that step).
fn bring_at_step(r: &Routing, n: usize) -> BTreeSet<&'static str> {
    r.problems.iter().flat_map(|p| p.chain.iter()).filter(|l| l.step == n).flat_map(bring).collect()
}

/// Items that only make sense in an arbitration application.
const ARBITRATION_ONLY: &[&str] = &[
    "id_card_arbitration",
    "employer_details_arbitration",
    "job_proof_arbitration",
    "wage_evidence_arbitration",
    "overtime_evidence",
    "termination_papers",
    "pay_for_compensation",
    "contract_change_papers",
    "injury_decision",
    "disability_assessment",
    "medical_bills",
    "cannot_back_pay_proof",
    "application_two_copies",
    "application_three_copies",
    "evidence_list",
    "power_of_attorney",
];

// ───────────────────────── inspection and audit ─────────────────────────

// A worker who still works there wants inspection to stop the wage arrears and
// the employer accepts she is its worker. 劳动保障监察条例 第九条 (her own
// complaint: ID), 第十三条 (jurisdiction by where the employer uses her
// labour: its exact name and address), 工资支付暂行规定 第六条 (pay slips).
// Nothing of an arbitration application, and no proof of the job: it is not
// disputed.
#[test]
fn inspection_wage_complaint_needs_no_arbitration_papers() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"stop_violation","relationship":"acknowledged"}"#);
    assert_eq!(r.steps.len(), 1);
    let l = link(&r, Problem::WagesUnpaid, Inspection);
    assert_eq!(bring(l), set(&["id_card_complaint", "employer_details_complaint", "wage_evidence_complaint"]));
    assert!(ARBITRATION_ONLY.iter().all(|id| !bring(l).contains(id)));
}

// Same worker, but she does not know whether the employer will accept she
// worked there: she brings what shows she did (劳动合同法 第七条: the
// relationship starts on the first day of work).
#[test]
fn proof_of_the_job_appears_when_the_relationship_is_uncertain() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"stop_violation","relationship":"not_sure"}"#);
    assert_eq!(
        bring(link(&r, Problem::WagesUnpaid, Inspection)),
        set(&["id_card_complaint", "employer_details_complaint", "job_proof_complaint", "wage_evidence_complaint"])
    );
}

// Eight months without a written contract: double wages run from the day
// after the first full month (劳动合同法实施条例 第六条), so the start date
// matters.
#[test]
fn no_contract_brings_proof_of_the_start_date() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["no_contract"],"want":"stop_violation","relationship":"acknowledged"}"#);
    assert_eq!(bring(link(&r, Problem::NoContract, Inspection)), set(&["id_card_complaint", "employer_details_complaint", "start_date_proof"]));
    // Claimed by arbitration, the extra wages are counted from the wage paid:
    // its proof too.
    let r = routed(
        r#"{"schema":"weiquan.situation/1","problems":["no_contract"],"want":"money_or_decision","relationship":"acknowledged","employment":"left"}"#,
    );
    let items = bring(link(&r, Problem::NoContract, Arbitration));
    assert!(items.contains("start_date_proof") && items.contains("wage_evidence_arbitration"), "{items:?}");
}

// Social insurance paid on a wage far below the real one, nothing else wrong:
// audit (seed 二(二)). The contribution record is free from the agency
// (经办条例 第三十二条; 社会保险法 第七十四条), and the real wage shows the
// shortfall (社会保险法 第十二条). Never enrolled at all: the record alone.
#[test]
fn social_insurance_complaints_bring_the_contribution_record() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["social_insurance_arrears"],"relationship":"acknowledged"}"#);
    assert_eq!(
        bring(link(&r, Problem::SocialInsuranceArrears, Audit)),
        set(&["id_card_complaint", "employer_details_complaint", "si_record", "real_wage_proof"])
    );
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["no_social_insurance"],"relationship":"acknowledged"}"#);
    assert_eq!(bring(link(&r, Problem::NoSocialInsurance, Audit)), set(&["id_card_complaint", "employer_details_complaint", "si_record"]));
}

// A neighbour reports a workshop's excessive overtime, and a worker reports
// child labour at his own factory: reports (第九条 para 1; 禁止使用童工规定
// 第五条), not complaints about one's own rights. They name the employer and
// bring the ID card the report names them with (the form asks for the ID
// number; the reporter is kept secret, 第九条 para 3). A report of pay owed
// (not of hours: overtime) brings the list of the workers and what each is owed, with whatever proof
// the reporter can get (it had brought nothing of the kind: a review of a
// report for 30 workers whose boss fled); not the worker's own pay slips. A
// report of fund fraud names whoever cheats, not necessarily an employer:
// only the ID card.
#[test]
fn reports_bring_the_employer_details_and_an_id_card() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"reporter":"third_party"}"#);
    assert_eq!(bring(link(&r, Problem::OvertimeRest, Inspection)), set(&["id_card_complaint", "employer_details_complaint"]));
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"reporter":"third_party","employer_fled":"yes"}"#);
    assert_eq!(
        bring(link(&r, Problem::WagesUnpaid, PoliceViaInspection)),
        set(&["id_card_complaint", "employer_details_complaint", "wage_evidence_report"])
    );
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["child_labour"],"relationship":"acknowledged"}"#);
    assert_eq!(bring(link(&r, Problem::ChildLabour, Inspection)), set(&["id_card_complaint", "employer_details_complaint"]));
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["social_insurance_fraud"],"reporter":"third_party"}"#);
    assert_eq!(bring(link(&r, Problem::SocialInsuranceFraud, Audit)), set(&["id_card_complaint"]));
}

// The boss of a construction crew disappeared owing wages: inspection, which
// passes it to the police. Proof of what is owed is the heart of it.
#[test]
fn fled_employer_case_brings_the_wage_evidence() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_fled":"yes","relationship":"acknowledged"}"#);
    assert_eq!(
        bring(link(&r, Problem::WagesUnpaid, PoliceViaInspection)),
        set(&["id_card_complaint", "employer_details_complaint", "wage_evidence_complaint"])
    );
}

// ───────────────────────────── arbitration ─────────────────────────────

// A warehouse worker was fired and the employer accepts he worked there; one
// respondent: application + 1 copy (调解仲裁法 第二十八条). Termination papers
// (劳动合同法 第五十条) and the last 12 months' pay (第四十七条).
#[test]
fn dismissal_without_dispatch_brings_two_copies() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"relationship":"acknowledged","employment":"left","dispatch":"no"}"#);
    assert_eq!(
        bring(link(&r, Problem::Dismissed, Arbitration)),
        set(&[
            "id_card_arbitration",
            "employer_details_arbitration",
            "termination_papers",
            "pay_for_compensation",
            "application_two_copies",
            "evidence_list",
            "power_of_attorney",
        ])
    );
}

// The same worker was sent by a dispatch agency: the agency and the user
// company are co-respondents (第二十二条), so 3 copies; unsure: 3 to be safe.
#[test]
fn dispatch_brings_three_copies_and_never_two() {
    for dispatch in ["yes", "not_sure"] {
        let r = routed(&format!(
            r#"{{"schema":"weiquan.situation/1","problems":["dismissed"],"relationship":"acknowledged","employment":"left","dispatch":"{dispatch}"}}"#
        ));
        let b = bring(link(&r, Problem::Dismissed, Arbitration));
        assert!(b.contains("application_three_copies"), "{dispatch}: {b:?}");
        assert!(!b.contains("application_two_copies"), "{dispatch}: {b:?}");
    }
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["dismissed"],"relationship":"acknowledged"}"#);
    let b = bring(link(&r, Problem::Dismissed, Arbitration));
    assert!(b.contains("application_two_copies") && !b.contains("application_three_copies"), "{b:?}");
}

// A cleaner whose employer says she "was never staff" claims unpaid wages:
// arbitration first confirms the relationship, then decides the claim, in one
// application (one step). The proof of the job belongs to the confirming part
// (调解仲裁法 第六条), the wage evidence to both.
#[test]
fn denied_relationship_adds_proof_of_the_job_to_the_confirming_link() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"money_or_decision","relationship":"denied"}"#);
    let c = chain(&r, Problem::WagesUnpaid);
    assert_eq!(c.len(), 2);
    let common = [
        "id_card_arbitration",
        "employer_details_arbitration",
        "wage_evidence_arbitration",
        "application_two_copies",
        "evidence_list",
        "power_of_attorney",
    ];
    let mut first = set(&common);
    first.insert("job_proof_arbitration");
    assert_eq!(c[0].rule, "confirm_relationship");
    assert_eq!(bring(&c[0]), first);
    assert_eq!(c[1].rule, "money_dispute");
    assert_eq!(bring(&c[1]), set(&common));
    assert_eq!(r.steps.len(), 1);
    assert_eq!(bring_at_step(&r, 1), first);

    // Accepted relationship: no proof of the job at all.
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"want":"money_or_decision","relationship":"acknowledged"}"#);
    assert_eq!(bring_at_step(&r, 1), set(&common));
}

// A cook claims two years of unpaid overtime: she must show the overtime
// happened (最高法解释（一）第四十二条), besides the pay records.
#[test]
fn overtime_claim_brings_proof_of_the_overtime() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"want":"money_or_decision","relationship":"acknowledged"}"#);
    assert_eq!(
        bring(link(&r, Problem::OvertimeRest, Arbitration)),
        set(&[
            "id_card_arbitration",
            "employer_details_arbitration",
            "wage_evidence_arbitration",
            "overtime_evidence",
            "application_two_copies",
            "evidence_list",
            "power_of_attorney",
        ])
    );
}

// Lost medical benefits because the employer never enrolled him, and the
// agency cannot back-register: the claim rests on that impossibility
// (最高法解释（一）第一条).
#[test]
fn lost_benefits_claim_brings_the_record_and_proof_it_cannot_be_fixed() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["social_insurance_loss"],"relationship":"acknowledged"}"#);
    assert_eq!(
        bring(link(&r, Problem::SocialInsuranceLoss, Arbitration)),
        set(&[
            "id_card_arbitration",
            "employer_details_arbitration",
            "si_record",
            "cannot_back_pay_proof",
            "application_two_copies",
            "evidence_list",
            "power_of_attorney",
        ])
    );
}

// Demoted with a pay cut: the contract and the change notice (劳动合同法
// 第三十五条: changes in writing).
#[test]
fn contract_change_brings_the_contract_and_the_notice() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["contract_change"],"relationship":"acknowledged"}"#);
    assert!(bring(link(&r, Problem::ContractChange, Arbitration)).contains("contract_change_papers"));
}

// ───────────────────────────── work injury ─────────────────────────────

// A scaffolder fell; the employer denies he worked there and never applied
// for recognition. Step 1 confirms the relationship (proof of the job), step 2
// is recognition (工伤保险条例 第十八条: form, proof of the relationship, the
// medical diagnosis), step 3 claims the benefits (the recognition decision,
// 第二十条; the disability assessment, 第二十一、二十五条; medical bills,
// 第三十条). No injury papers are asked for before the injury is recognised.
#[test]
fn injury_steps_each_bring_their_own_papers() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"relationship":"denied","injury_recognised":"no"}"#);
    let c = chain(&r, Problem::WorkInjury);
    let outs: Vec<Outcome> = c.iter().map(|l| l.outcome).collect();
    assert_eq!(outs, [Arbitration, InjuryRecognition, Arbitration]);
    let application = ["application_two_copies", "evidence_list", "power_of_attorney"];
    let mut confirm = set(&["id_card_arbitration", "employer_details_arbitration", "job_proof_arbitration"]);
    confirm.extend(application);
    assert_eq!(bring(&c[0]), confirm);
    assert_eq!(bring(&c[1]), set(&["id_card_injury", "employer_details_injury", "job_proof_injury", "injury_application_form", "medical_diagnosis"]));
    let mut claim = set(&["id_card_arbitration", "employer_details_arbitration", "injury_decision", "disability_assessment", "medical_bills"]);
    claim.extend(application);
    assert_eq!(bring(&c[2]), claim);
}

// Recognition always needs proof of the relationship (第十八条(二)), even when
// the employer accepts it; the compensation claim then does not.
#[test]
fn recognition_always_needs_proof_of_the_relationship() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"relationship":"acknowledged","injury_recognised":"no"}"#);
    assert!(bring(link(&r, Problem::WorkInjury, InjuryRecognition)).contains("job_proof_injury"));
    assert!(!bring(link(&r, Problem::WorkInjury, Arbitration)).contains("job_proof_arbitration"));
}

// A wife applies for recognition for her injured husband (第十七条: close
// relatives may): she also proves she is his relative. The compensation
// dispute is his alone (调解仲裁法 第二十二条): 12333, nothing to bring.
#[test]
fn relative_applying_for_recognition_brings_proof_of_kinship() {
    let r = routed(
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"reporter":"third_party","relationship":"acknowledged","injury_recognised":"no"}"#,
    );
    let c = chain(&r, Problem::WorkInjury);
    assert_eq!(c[0].outcome, InjuryRecognition);
    assert_eq!(
        bring(&c[0]),
        set(&["id_card_injury", "employer_details_injury", "job_proof_injury", "injury_application_form", "medical_diagnosis", "kinship_proof",])
    );
    assert_eq!(c[1].outcome, Consultation12333);
    assert!(c[1].bring.is_empty());
}

// ───────────────────────────── redirects ─────────────────────────────

// After an award: the award and proof of when it arrived (15 days from
// receipt, 调解仲裁法 第四十八、五十条). After an inspection decision: that
// decision. Against the pension agency: its decision (社会保险法 第八十三条).
#[test]
fn redirects_bring_the_decision_they_are_about() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"prior_decision":"arbitration_award"}"#);
    assert_eq!(bring(link(&r, Problem::WagesUnpaid, Court)), set(&["award_document"]));
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["overtime_rest"],"prior_decision":"inspection_decision"}"#);
    assert_eq!(bring(link(&r, Problem::OvertimeRest, AdminReview)), set(&["inspection_notice"]));
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["pension_agency"],"prior_decision":"inspection_decision"}"#);
    assert_eq!(bring(link(&r, Problem::PensionAgency, AdminReview)), set(&["agency_decision"]));
}

// A nanny's dispute with the family (a civil matter) and an unusual problem
// sent to 12333: the hall's checklists do not apply.
#[test]
fn outside_the_hall_nothing_is_listed() {
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"],"employer_type":"household_or_individual"}"#);
    assert!(link(&r, Problem::WagesUnpaid, CivilDispute).bring.is_empty());
    let r = routed(r#"{"schema":"weiquan.situation/1","problems":["other"]}"#);
    assert!(link(&r, Problem::Other, Consultation12333).bring.is_empty());
}

// ───────────────────────── across situations ─────────────────────────

// One person, two problems, two places: the inspection step and the
// arbitration step get different lists.
#[test]
fn one_person_gets_a_different_list_for_each_step() {
    let r = routed(
        r#"{"schema":"weiquan.situation/1","problems":["overtime_rest","dismissed"],"want":"stop_violation","relationship":"acknowledged","employment":"left"}"#,
    );
    let insp = bring(link(&r, Problem::OvertimeRest, Inspection));
    let arb = bring(link(&r, Problem::Dismissed, Arbitration));
    assert_eq!(insp, set(&["id_card_complaint", "employer_details_complaint", "wage_evidence_complaint"]));
    assert!(arb.contains("termination_papers") && arb.contains("application_two_copies"), "{arb:?}");
    assert!(insp.is_disjoint(&arb));
}

// Over every problem and many combinations of the other answers: arbitration
// papers only at arbitration, proof of the job only when it is uncertain or for
// recognition, every item has a text in both languages and rests on a clause.
#[test]
fn items_follow_the_step_and_the_facts_everywhere() {
    let problems: Vec<&str> = Problem::ALL.iter().map(|p| p.key()).collect();
    let mut seen = BTreeSet::new();
    for p in &problems {
        for relationship in ["acknowledged", "denied", "not_sure"] {
            for want in ["stop_violation", "money_or_decision", "not_sure"] {
                for reporter in ["worker", "third_party"] {
                    for dispatch in ["no", "yes"] {
                        for injury in ["yes", "no"] {
                            let r = routed(&format!(
                                r#"{{"schema":"weiquan.situation/1","problems":["{p}"],"relationship":"{relationship}","want":"{want}","reporter":"{reporter}","dispatch":"{dispatch}","injury_recognised":"{injury}"}}"#
                            ));
                            for l in r.problems.iter().flat_map(|x| x.chain.iter()) {
                                let b = bring(l);
                                if l.outcome != Arbitration {
                                    for id in ARBITRATION_ONLY {
                                        assert!(!b.contains(id), "{id} at {:?} for {p} {relationship}", l.outcome);
                                    }
                                }
                                let job = b.contains("job_proof_complaint") || b.contains("job_proof_arbitration");
                                if job {
                                    assert_ne!(relationship, "acknowledged", "{p}: {:?} {b:?}", l.outcome);
                                }
                                assert_eq!(b.contains("job_proof_injury"), l.outcome == InjuryRecognition);
                                if l.outcome == Arbitration {
                                    assert!(
                                        b.contains("application_two_copies") ^ b.contains("application_three_copies"),
                                        "exactly one number of copies: {b:?}"
                                    );
                                }
                                for a in &l.bring {
                                    assert!(!a.cites.is_empty(), "{} rests on no clause", a.rule);
                                    for lang in [Lang::Zh, Lang::En] {
                                        assert!(text(lang, a.text).is_some_and(|t| !t.is_empty()), "{} {lang:?}", a.text);
                                    }
                                    seen.insert(a.rule);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // These sweeps reach most items; the rest are covered by the stories above.
    assert!(seen.len() >= 25, "only {} items reached: {seen:?}", seen.len());
}
