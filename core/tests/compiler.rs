//! The rule compiler must refuse rules that are wrong. Each test breaks the
//! real rule file in one way and checks that the build would fail with a
//! message naming the rule and the facts concerned.

#[path = "../rules_compiler/mod.rs"]
#[allow(dead_code)]
mod rules_compiler;

use std::path::{Path, PathBuf};

fn core_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn real(name: &str) -> String {
    std::fs::read_to_string(core_dir().join("src/rules").join(name)).unwrap()
}

/// Compiles a variant of the rules from a scratch directory.
fn compile_with(routing: &str, text: &str) -> Result<String, Vec<String>> {
    let dir = std::env::temp_dir().join(format!("weiquan-rules-{}-{:?}", std::process::id(), std::thread::current().id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("routing.toml"), routing).unwrap();
    std::fs::write(dir.join("text.toml"), text).unwrap();
    let out = rules_compiler::compile(&dir, &core_dir().join("law"));
    let _ = std::fs::remove_dir_all(&dir);
    out
}

fn errors_of(routing: &str, text: &str) -> String {
    match compile_with(routing, text) {
        Ok(_) => panic!("the broken rules compiled"),
        Err(e) => e.join("\n"),
    }
}

/// The rule file without the rule `id` (its block up to the next rule or table).
fn without_rule(src: &str, id: &str) -> String {
    let marker = format!("[[table.rule]]\nid = \"{id}\"");
    let start = src.find(&marker).unwrap_or_else(|| panic!("no rule {id}"));
    let rest = &src[start + marker.len()..];
    let end = ["\n[[table.rule]]", "\n[[table]]", "\n[[limit]]"].iter().filter_map(|m| rest.find(m)).min().unwrap();
    format!("{}{}", &src[..start], &rest[end + 1..])
}

fn text_without_rule(src: &str, id: &str) -> String {
    src.lines().filter(|l| !l.starts_with(&format!("\"rule.{id}\""))).collect::<Vec<_>>().join("\n")
}

fn insert_before(src: &str, anchor: &str, block: &str) -> String {
    let i = src.find(anchor).unwrap_or_else(|| panic!("no anchor {anchor}"));
    format!("{}{}{}", &src[..i], block, &src[i..])
}

#[test]
fn the_real_rules_compile() {
    let code = compile_with(&real("routing.toml"), &real("text.toml")).expect("rules compile");
    assert!(code.contains("pub fn decide(c: &Case) -> Option<usize>"));
}

#[test]
fn a_gap_names_the_uncovered_facts() {
    let routing = without_rule(&real("routing.toml"), "labour_dispute");
    let text = text_without_rule(&real("text.toml"), "labour_dispute");
    let e = errors_of(&routing, &text);
    assert!(e.contains("table `route` is complete but no rule covers the cases where"), "{e}");
    // Every problem the removed rule decided is named in a gap (how the
    // cases group into lines depends on the other rules).
    let gaps: Vec<&str> = e.lines().filter(|l| l.contains("no rule covers")).collect();
    for p in ["social_insurance_loss", "dismissed", "compensation_unpaid", "contract_change"] {
        assert!(gaps.iter().any(|l| l.contains(p)), "{p}: {e}");
    }
    assert!(e.contains("reporter = worker"), "{e}");
}

#[test]
fn an_overlap_in_a_unique_table_names_both_rules() {
    let block = r#"[[table.rule]]
id = "child_labour_audit"
when = { problem = "child_labour", reporter = "third_party" }
outcome = "audit"
cite = [{ source = "禁止使用童工规定", clause = "第六条", quote = "用人单位使用童工的，由劳动保障行政部门按照每使用一名童工每月处5000元罚款的标准给予处罚" }]
[[table.rule.test]]
given = { problem = "child_labour", reporter = "third_party" }

"#;
    let routing = insert_before(&real("routing.toml"), "[[table.rule]]\nid = \"social_insurance_with_labour_breach\"", block);
    let text = real("text.toml").replace("[en]", "\"rule.child_labour_audit\" = \"x\"\n[en]") + "\n\"rule.child_labour_audit\" = \"x\"\n";
    let e = errors_of(&routing, &text);
    assert!(e.contains("rules `child_labour` and `child_labour_audit` both match the cases where problem = child_labour"), "{e}");
    assert!(e.contains("reporter = third_party"), "{e}");
}

#[test]
fn a_rule_hidden_by_earlier_rules_can_never_fire() {
    let block = r#"[[table.rule]]
id = "award_again"
when = { prior_decision = "arbitration_award", problem = "dismissed" }
outcome = "arbitration"
cite = [{ source = "劳动争议调解仲裁法", clause = "第五十条", quote = "可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼" }]
[[table.rule.test]]
given = { problem = "dismissed", prior_decision = "arbitration_award" }

"#;
    let routing = insert_before(&real("routing.toml"), "[[table.rule]]\nid = \"inspection_decided\"", block);
    let text = real("text.toml").replace("[en]", "\"rule.award_again\" = \"x\"\n[en]") + "\n\"rule.award_again\" = \"x\"\n";
    let e = errors_of(&routing, &text);
    assert!(e.contains("rule `award_again` (table `outside`) can never fire"), "{e}");
    assert!(e.contains("problem = dismissed, prior_decision = arbitration_award"), "{e}");
    // Its test case is decided by the earlier rule, and the build says so too.
    assert!(e.contains("rule `award_again` test 1"), "{e}");
}

#[test]
fn a_rule_that_could_fire_again_after_its_assumptions_is_refused() {
    // The real rule assumes the injury recognised (outside its `when`), the
    // award gone and the relationship settled: that compiles
    // (the_real_rules_compile). Without the first, every assumed value is
    // one the rule accepts, so it would match its own next step.
    let real_assume = "then_assume = { injury_recognised = \"yes\", prior_decision = \"none\", relationship = \"acknowledged\" }";
    assert!(real("routing.toml").contains(real_assume));
    let routing = real("routing.toml").replace(real_assume, "then_assume = { prior_decision = \"none\", relationship = \"acknowledged\" }");
    let e = errors_of(&routing, &real("text.toml"));
    assert!(
        e.contains("rule `recognise_injury`: then_assume prior_decision = none, relationship = acknowledged would let the rule fire again (loop)"),
        "{e}"
    );
}

#[test]
fn a_rule_without_a_citation_is_refused() {
    let src = real("routing.toml");
    let start = src.find("id = \"fund_fraud\"").unwrap();
    let cite_at = start + src[start..].find("cite = [").unwrap();
    let cite_end = cite_at + src[cite_at..].find("\n]\n").unwrap() + 3;
    let routing = format!("{}cite = []\n{}", &src[..cite_at], &src[cite_end..]);
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("rule `fund_fraud` cites no clause"), "{e}");
}

/// A clause can be the basis for some of a routing rule's problems only; it
/// must name problems of the rule, and every problem must keep a clause.
#[test]
fn the_problems_a_clause_is_the_basis_for_are_checked() {
    let src = real("routing.toml");
    let only_ids = r#"problems = ["documents_or_deposit"] },"#;
    assert!(src.contains(only_ids));
    let routing = src.replacen(only_ids, r#"problems = ["dismissed"] },"#, 1);
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("劳动合同法 第八十四条: `dismissed` is not one of the rule's problems"), "{e}");
    let routing = src.replacen(only_ids, r#"problems = ["no_such_problem"] },"#, 1);
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("unknown problem `no_such_problem`"), "{e}");
    // ID cards kept by the employer would rest on nothing.
    let routing = src.replacen(only_ids, r#"problems = ["wages_unpaid"] },"#, 1);
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("rule `enforcement`") && e.contains("no clause is the basis for `documents_or_deposit`"), "{e}");
    // Notes apply per step, not per problem.
    let note = r#"quote = "对连续拖欠劳动者工资二个月以上或者累计拖欠达三个月以上的用人单位，实施重点监察，并按照规定向社会公布" },"#;
    assert!(src.contains(note));
    let routing = src.replacen(note, &note.replace(" },", r#", problems = ["wages_unpaid"] },"#), 1);
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("only routing rules may name the problems of a clause"), "{e}");
}

#[test]
fn a_quote_not_in_the_cited_clause_is_refused() {
    let routing = real("routing.toml").replace("任何组织或者个人对违反劳动保障法律", "任何组织或者个人对违反劳动法律");
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("rule `third_party_report`: the quote «任何组织或者个人对违反劳动法律"), "{e}");
    assert!(e.contains("does not stand word for word in 劳动保障监察条例 第九条"), "{e}");
    let routing = real("routing.toml").replace("clause = \"第八十八条\"", "clause = \"第八百条\"");
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("rule `fund_fraud`: 社会保险法 has no clause `第八百条`"), "{e}");
}

#[test]
fn a_rule_without_a_test_case_is_refused() {
    let src = real("routing.toml");
    let start = src.find("id = \"injury_compensation\"").unwrap();
    let t = start + src[start..].find("[[table.rule.test]]").unwrap();
    let t_end = t + src[t..].find("\n\n").unwrap();
    let routing = format!("{}{}", &src[..t], &src[t_end..]);
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("rule `injury_compensation` has no test case"), "{e}");
}

#[test]
fn a_test_decided_by_another_rule_is_refused() {
    let routing = real("routing.toml").replace(
        "given = { problem = \"social_insurance_fraud\", reporter = \"third_party\" }",
        "given = { problem = \"child_labour\", reporter = \"third_party\" }",
    );
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("rule `fund_fraud` test 1 (problem = child_labour, reporter = third_party) is decided by rule `child_labour` instead"), "{e}");
}

#[test]
fn a_missing_translation_and_an_unknown_value_are_refused() {
    let text = real("text.toml").replace("\"outcome.audit\" = \"Social-insurance audit\"\n", "");
    let e = errors_of(&real("routing.toml"), &text);
    assert!(e.contains("text.toml [en]: no text for `outcome.audit`"), "{e}");
    let text = real("text.toml").replace("\"table.urgent\" = \"老板逃匿欠薪\"\n", "");
    let e = errors_of(&real("routing.toml"), &text);
    assert!(e.contains("text.toml [zh]: no text for `table.urgent`"), "{e}");
    let routing = real("routing.toml").replace("employer_fled = \"yes\" }\noutcome", "employer_fled = \"gone\" }\noutcome");
    let e = errors_of(&routing, &real("text.toml"));
    assert!(e.contains("rule `employer_fled` (table `urgent`): `employer_fled` has no value `gone`"), "{e}");
}

#[test]
fn an_english_text_with_chinese_characters_is_refused() {
    let english = "\"outcome.audit\" = \"Social-insurance audit\"";
    let text = real("text.toml");
    assert!(text.contains(english));
    let e = errors_of(&real("routing.toml"), &text.replace(english, "\"outcome.audit\" = \"Social-insurance audit (社会保险稽查)\""));
    assert!(e.contains("text.toml [en]: `outcome.audit` has Chinese characters (社会保险稽查); write it in English"), "{e}");
}

#[test]
fn law_texts_are_split_into_the_clauses_cited() {
    let lib = rules_compiler::law::Library::load(Path::new(&core_dir().join("law"))).unwrap();
    let a20 = lib.clause("劳动保障监察条例", "第二十条").unwrap();
    assert!(a20.starts_with("第二十条违反劳动保障法律"), "{a20}");
    assert!(!a20.contains("第二十一条"));
    let s22 = lib.clause("郑人社〔2016〕19号", "二(二)").unwrap();
    assert!(s22.starts_with("(二)建立诉前引导机制"), "{s22}");
    assert!(!s22.contains("(三)明确案件办理机构"));
    assert!(lib.clause("郑人社〔2016〕19号", "二").unwrap().contains("(三)明确案件办理机构"));
}

/// Double wages end a year into the job, which only a limit counted from
/// when the worker knew can use; and the problems named must exist.
#[test]
fn double_wage_problems_need_a_limit_counted_from_knowing_and_real_problems() {
    let src = real("routing.toml");
    let declared = "double_wage_problems = [\"no_contract\"]";
    assert!(src.contains(declared));
    let elsewhere = src
        .replace(declared, "")
        .replace("id = \"injury_recognition_one_year\"", "id = \"injury_recognition_one_year\"\ndouble_wage_problems = [\"no_contract\"]");
    let e = errors_of(&elsewhere, &real("text.toml"));
    assert!(e.contains("limit `injury_recognition_one_year`: double_wage_problems needs `from = \"known\"`"), "{e}");
    let unknown = src.replace(declared, "double_wage_problems = [\"no_contrat\"]");
    let e = errors_of(&unknown, &real("text.toml"));
    assert!(e.contains("limit `arbitration_one_year`: unknown problem `no_contrat`"), "{e}");
    // The same for the problems counted from leaving.
    let leaving =
        src.replace("id = \"injury_recognition_one_year\"", "id = \"injury_recognition_one_year\"\nfrom_leaving_problems = [\"dismissed\"]");
    let e = errors_of(&leaving, &real("text.toml"));
    assert!(e.contains("limit `injury_recognition_one_year`: from_leaving_problems needs `from = \"known\"`"), "{e}");
}

#[test]
fn a_fact_derived_for_problems_must_be_derived_and_name_known_problems() {
    let routing = real("routing.toml");
    let scoped = r#"derived_for_problems = ["work_injury"]"#;
    assert!(routing.contains(scoped));
    let e = errors_of(&routing.replace(scoped, r#"derived_for_problems = ["work_injuries"]"#), &real("text.toml"));
    assert!(e.contains("fact `with_child_labour`: derived for unknown problem `work_injuries`"), "{e}");
    let e = errors_of(&routing.replace("default = \"no\"\nderived_from_problems = [\"child_labour\"]\n", "default = \"no\"\n"), &real("text.toml"));
    assert!(e.contains("fact `with_child_labour`: derived_for_problems without derived_from_problems"), "{e}");
}

#[test]
fn a_derived_facts_confirming_question_is_an_asked_yes_no_fact_declared_before_it() {
    let routing = real("routing.toml");
    let gate = r#"derived_only_if = "injured_under_16""#;
    assert!(routing.contains(gate));
    let e = errors_of(&routing.replace(gate, r#"derived_only_if = "injured_under_sixteen""#), &real("text.toml"));
    assert!(e.contains("fact `with_child_labour`: derived_only_if names unknown fact `injured_under_sixteen`"), "{e}");
    // A gate that is itself derived, or has other values, is refused.
    let must = "fact `with_child_labour`: derived_only_if `";
    let e = errors_of(&routing.replace(gate, r#"derived_only_if = "with_labour_violation""#), &real("text.toml"));
    assert!(e.contains(&format!("{must}with_labour_violation` must be an asked fact declared before it")), "{e}");
    let e = errors_of(&routing.replace(gate, r#"derived_only_if = "dispatch""#), &real("text.toml"));
    assert!(e.contains(&format!("{must}dispatch` must be an asked fact declared before it")), "{e}");
    // Not on a fact that is not derived.
    let e = errors_of(
        &routing.replace(
            "default = \"no\"\nderived_from_problems = [\"child_labour\"]\nderived_for_problems = [\"work_injury\"]\n",
            "default = \"no\"\n",
        ),
        &real("text.toml"),
    );
    assert!(e.contains("fact `with_child_labour`: derived_only_if needs derived_from_problems"), "{e}");
}
