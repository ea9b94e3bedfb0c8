//! Properties of the compiled rules over every possible case, and of routing
//! over random situations and random input.

use proptest::prelude::*;
use weiquan_core::rules::*;
use weiquan_core::{route, Date, Situation};

/// Every combination of fact values, in order.
fn every_case() -> impl Iterator<Item = Case> {
    let sizes: Vec<usize> = FACTS.iter().map(|f| f.values.len()).collect();
    let total: usize = sizes.iter().product();
    (0..total).map(move |mut n| {
        let mut c = Case::default();
        for (i, f) in FACTS.iter().enumerate() {
            c.set(f.id, n % sizes[i]);
            n /= sizes[i];
        }
        c
    })
}

#[test]
fn every_possible_case_is_decided_by_a_routing_rule() {
    let mut count = 0usize;
    let mut fired = vec![false; RULES.len()];
    for c in every_case() {
        let r = decide(&c).unwrap_or_else(|| panic!("no rule decides {c:?}"));
        assert!(RULES[r].outcome.is_some(), "advice rule {} decided {c:?}", RULES[r].id);
        fired[r] = true;
        count += 1;
    }
    let expected: usize = FACTS.iter().map(|f| f.values.len()).product();
    assert_eq!(count, expected);
    // Every routing rule fires for some case (the build proved it symbolically;
    // this is the same fact found by brute force).
    for (i, r) in RULES.iter().enumerate() {
        if r.outcome.is_some() {
            assert!(fired[i], "rule {} never fired", r.id);
        }
    }
}

#[test]
fn every_chain_ends_within_the_declared_number_of_links() {
    for c in every_case().step_by(7) {
        let mut case = c;
        let mut links = 0;
        loop {
            let r = &RULES[decide(&case).unwrap()];
            links += 1;
            if r.then_assume.is_empty() {
                break;
            }
            for (f, v) in r.then_assume {
                case.set(*f, *v);
            }
            assert!(links <= 4, "chain too long for {c:?}");
        }
    }
}

/// Any date of 2015–2026, and often one of the two years before 2026-11-26,
/// where one- and two-year limits are near their end.
fn any_date() -> impl Strategy<Value = Option<Date>> {
    let ymd = |(y, m, d): (i32, u32, u32)| Date::from_ymd(y, m, d).unwrap();
    prop::option::of(prop_oneof![(2015i32..2027, 1u32..13, 1u32..29).prop_map(ymd), (2024i32..2026, 9u32..13, 1u32..29).prop_map(ymd),])
}

fn pick<T: FactValue + std::fmt::Debug>() -> impl Strategy<Value = T> {
    (0..T::ALL.len()).prop_map(|i| T::ALL[i])
}

prop_compose! {
    fn any_situation()(
        problems in prop::collection::vec(pick::<Problem>(), 1..6),
        want in pick::<Want>(), relationship in pick::<Relationship>(),
        employment in pick::<Employment>(), reporter in pick::<Reporter>(),
        employer_type in pick::<EmployerType>(), prior_decision in pick::<PriorDecision>(),
        injury_recognised in pick::<InjuryRecognised>(), impact in pick::<Impact>(),
        employer_fled in pick::<EmployerFled>(), dispatch in pick::<Dispatch>(),
        dates in (any_date(), any_date(), any_date(), any_date(), any_date()),
    ) -> Situation {
        let mut s = Situation::new(problems);
        s.want = want; s.relationship = relationship; s.employment = employment;
        s.reporter = reporter; s.employer_type = employer_type; s.prior_decision = prior_decision;
        s.injury_recognised = injury_recognised; s.impact = impact;
        s.employer_fled = employer_fled; s.dispatch = dispatch;
        s.dates.job_start = dates.0; s.dates.job_end = dates.1; s.dates.known = dates.2;
        s.dates.violation_end = dates.3; s.dates.injury = dates.4;
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn routing_is_total_deterministic_and_consistent(s in any_situation()) {
        let today = Date::parse("2026-11-26").unwrap();
        let r = route(&s, today);
        prop_assert_eq!(&r, &route(&s, today));
        let mut distinct = s.problems.clone();
        distinct.dedup();
        distinct.sort();
        distinct.dedup();
        prop_assert_eq!(r.problems.len(), distinct.len());
        for p in &r.problems {
            prop_assert!(!p.chain.is_empty(), "{:?} has no outcome", p.problem);
            for l in &p.chain {
                prop_assert!(!l.cites.is_empty());
                let st = &r.steps[l.step - 1];
                prop_assert_eq!(st.outcome, l.outcome);
                prop_assert!(st.problems.contains(&p.problem));
            }
        }
        for (i, st) in r.steps.iter().enumerate() {
            prop_assert_eq!(st.n, i + 1);
            for &a in &st.after {
                prop_assert!(a < st.n, "step {} depends on later step {}", st.n, a);
            }
        }
        // A step whose limit presses (near, or a short one whose day is not
        // known: the 15 days to sue an award), and what it waits for, come
        // before the rest.
        let mut first = vec![false; r.steps.len() + 1];
        for st in r.steps.iter().rev() {
            let near = r.detail(st.n).limits.iter().any(|(l, _)| l.presses());
            if near || first[st.n] {
                first[st.n] = true;
                for &a in &st.after {
                    first[a] = true;
                }
            }
        }
        let leading = first[1..].iter().take_while(|f| **f).count();
        prop_assert!(first[1..].iter().skip(leading).all(|f| !f), "pressing steps not first: {:?} in {:?}", first, r.steps);
        // JSON round trip of the input.
        prop_assert_eq!(Situation::from_json(&s.to_json()).unwrap(), s);
    }

    #[test]
    fn arbitrary_text_never_panics_the_parser(text in "\\PC{0,200}") {
        let _ = Situation::from_json(&text);
    }

    #[test]
    fn hand_typed_dates_never_panic_and_accepted_ones_round_trip(text in "[0-9０-９/.\\- ]{0,14}|\\PC{0,14}") {
        if let Ok(Some(d)) = weiquan_core::interview::parse_date(&text) {
            // Whatever form was accepted, it names the same day as its ISO form.
            prop_assert_eq!(weiquan_core::interview::parse_date(&d.to_string()), Ok(Some(d)));
        }
    }

    #[test]
    fn every_date_check_on_typed_answers_names_its_field(texts in proptest::collection::vec("\\PC{0,12}", 6)) {
        use weiquan_core::interview::{check, Answers, DateField, Question};
        let mut a = Answers::default();
        for (f, t) in DateField::ALL.iter().zip(&texts) {
            a.set_date(*f, t);
        }
        let today = weiquan_core::Date::parse("2026-11-26").unwrap();
        for e in check(&a, Question::Dates, today) {
            prop_assert!(e.field.starts_with("dates."), "{}", e.field);
        }
    }

    /// The wage note: any text in the field, any situation, no panic; a note
    /// only for a valid wage under a standard in force while the person
    /// worked (today's while still there; someone who has left gives a
    /// 12-month average, so no higher than any standard of those months),
    /// and never for a household or no employer.
    #[test]
    fn the_wage_note_questions_only_a_wage_under_a_standard_in_force(
        s in any_situation(), wage in "[0-9]{1,5}(\\.[0-9]{1,2})?|\\PC{0,12}"
    ) {
        use weiquan_core::{details::Details, documents, places};
        let today = Date::parse("2026-11-26").unwrap();
        let mut d = Details::default();
        d.set("claims.monthly_wage", wage.clone());
        if documents::wage_below_minimum(&s, &d, today).is_some() {
            let fen = weiquan_core::validate::amount_fen(&wage).unwrap();
            prop_assert!(!matches!(s.employer_type, EmployerType::HouseholdOrIndividual | EmployerType::SelfEmployed));
            let end = if s.employment == Employment::Left { s.dates.job_end.unwrap() } else { today };
            let mut day = if s.employment == Employment::Left { end.add_months(-12).add_days(1) } else { end };
            while day <= end {
                prop_assert!(fen < places::minimum_wage_on(day).unwrap().monthly_fen, "{} on {}", fen, day);
                day = day.add_days(5);
            }
        }
    }

    #[test]
    fn json_with_random_values_gives_a_named_error_not_a_panic(
        key in "[a-z_]{1,20}", value in "[a-z_0-9-]{0,12}"
    ) {
        let json = format!(r#"{{"schema":"weiquan.situation/1","problems":["other"],"{key}":"{value}"}}"#);
        if let Err(e) = Situation::from_json(&json) {
            prop_assert!(!e.field.is_empty());
            prop_assert!(!e.detail.is_empty());
        }
    }
}

mod interview_relevance {
    use super::*;
    use weiquan_core::interview::{self, Answers, Question};

    /// One problem's advice: its rule, notes and items.
    type Told = (&'static str, Vec<&'static str>, Vec<&'static str>);

    /// What the person is told, without dates: every rule, note and item.
    fn told(s: &Situation) -> Vec<Vec<Told>> {
        let today = Date::parse("2026-11-26").unwrap();
        route(s, today)
            .problems
            .iter()
            .map(|p| p.chain.iter().map(|l| (l.rule, l.advice.iter().map(|a| a.rule).collect(), l.bring.iter().map(|a| a.rule).collect())).collect())
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        /// A question that is not asked could not have changed the answer:
        /// for every fact the interview skips, every other value of it gives
        /// the same rules, notes and items.
        #[test]
        fn skipped_questions_never_change_what_the_person_is_told(
            problems in prop::collection::vec(0..Problem::ALL.len(), 1..4),
            picks in prop::collection::vec(0usize..4, FACTS.len()),
        ) {
            let mut a = Answers::default();
            for p in problems {
                if !a.problems.contains(&Problem::ALL[p]) {
                    a.problems.push(Problem::ALL[p]);
                }
            }
            for meta in FACTS.iter().skip(1) {
                a.set(meta.id, picks[meta.id as usize] % meta.values.len());
            }
            let asked = interview::questions(&a);
            let s = interview::situation(&a);
            let base = told(&s);
            for meta in FACTS.iter().skip(1) {
                if meta.derived_from_problems.is_some() || asked.contains(&Question::Fact(meta.id)) {
                    continue;
                }
                for v in 0..meta.values.len() {
                    let mut other = s.clone();
                    let mut case = other.case(other.problems[0]);
                    case.set(meta.id, v);
                    other.set_facts(&case);
                    prop_assert_eq!(&told(&other), &base, "skipped {} = {} changes the result; asked {:?}", meta.key, meta.values[v], asked);
                }
            }
        }
    }
}
