//! Benchmark of rule evaluation and of the build-time verification.
//! Run with `cargo bench -p weiquan-core` (release profile). It prints
//! figures; it asserts nothing about time (timings belong in a benchmark,
//! never in a test that a noisy machine could fail).

#[path = "../rules_compiler/mod.rs"]
#[allow(dead_code)]
mod rules_compiler;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use weiquan_core::rules::*;
use weiquan_core::{documents, qr, route, Date, Situation};

/// Runs `f` repeatedly for about `budget`, returns the median of 15 batches
/// as time per call.
fn measure(budget: Duration, mut f: impl FnMut()) -> Duration {
    let mut n = 1u32;
    loop {
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        if t.elapsed() > budget / 30 || n >= 1 << 24 {
            break;
        }
        n *= 2;
    }
    let mut samples: Vec<Duration> = (0..15)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed() / n
        })
        .collect();
    samples.sort();
    samples[7]
}

fn every_case() -> Vec<Case> {
    let sizes: Vec<usize> = FACTS.iter().map(|f| f.values.len()).collect();
    let total: usize = sizes.iter().product();
    (0..total)
        .map(|mut n| {
            let mut c = Case::default();
            for (i, f) in FACTS.iter().enumerate() {
                c.set(f.id, n % sizes[i]);
                n /= sizes[i];
            }
            c
        })
        .collect()
}

fn main() {
    let cases = every_case();
    let t = Instant::now();
    for c in &cases {
        black_box(decide(black_box(c)));
    }
    let per_case = t.elapsed() / cases.len() as u32;

    let today = Date::parse("2026-11-26").unwrap();
    let stories: Vec<Situation> = [
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid"]}"#,
        r#"{"schema":"weiquan.situation/1","problems":["wages_unpaid","no_social_insurance","dismissed"],"want":"money_or_decision","employment":"left","dates":{"job_end":"2026-03-01"}}"#,
        r#"{"schema":"weiquan.situation/1","problems":["work_injury"],"relationship":"denied","injury_recognised":"no","dates":{"injury":"2026-05-02"}}"#,
    ]
    .iter()
    .map(|j| Situation::from_json(j).unwrap())
    .collect();
    // Rule evaluation alone for a whole situation: every problem's chain and
    // every note table (advice, checklist, process) at each step, into one
    // reused buffer; no output structures, no limits.
    let mut scratch = Vec::with_capacity(64);
    let eval_times: Vec<Duration> = stories
        .iter()
        .map(|s| {
            measure(Duration::from_millis(300), || {
                scratch.clear();
                for &p in &s.problems {
                    walk(s.case(p), |rule, c| {
                        for o in rule.steps() {
                            for t in 0..TABLES.len() {
                                collect(t, c, o, &mut scratch);
                            }
                        }
                    });
                }
                black_box(&scratch);
            })
        })
        .collect();
    let route_times: Vec<Duration> = stories
        .iter()
        .map(|s| {
            measure(Duration::from_millis(300), || {
                black_box(route(black_box(s), today));
            })
        })
        .collect();

    let core = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (rules, law) = (core.join("src/rules"), core.join("law"));
    let verify = measure(Duration::from_secs(2), || {
        black_box(rules_compiler::compile(&rules, &law).expect("rules verify"));
    });

    println!("| measure | value |");
    println!("|---|---|");
    println!("| cases in the fact space | {} |", cases.len());
    println!("| decide() per case, whole space | {:.1} ns |", per_case.as_nanos() as f64);
    for (i, t) in eval_times.iter().enumerate() {
        println!(
            "| rule evaluation, story {} ({} problem(s)): chains + notes | {:.2} µs |",
            i + 1,
            stories[i].problems.len(),
            t.as_nanos() as f64 / 1000.0
        );
    }
    for (i, t) in route_times.iter().enumerate() {
        println!(
            "| route() story {} ({} problem(s)): evaluation + output + limits | {:.2} µs |",
            i + 1,
            stories[i].problems.len(),
            t.as_nanos() as f64 / 1000.0
        );
    }
    println!("| build-time verification + codegen (parse, law check, gaps/overlaps, tests) | {:.1} ms |", verify.as_secs_f64() * 1000.0);
    summary(today);
}

/// What the summary screen recomputes on each edit of its form, step by
/// step, for the sample case in docs/examples (the `document` tool's).
fn summary(today: Date) {
    #[derive(serde::Deserialize)]
    struct Input {
        situation: Situation,
        details: weiquan_core::details::Details,
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/examples/left-unpaid-wages.case.json");
    let input: Input = serde_json::from_str(&std::fs::read_to_string(path).expect("sample case")).expect("sample case parses");
    let (s, d) = (&input.situation, &input.details);
    let routing = route(s, today);
    let docs = documents::compose(s, &routing, d, today);
    let ms = |t: Duration| t.as_secs_f64() * 1000.0;
    let budget = Duration::from_millis(300);
    let compose = measure(budget, || {
        black_box(documents::compose(black_box(s), &routing, d, today));
    });
    let text = measure(budget, || {
        black_box(documents::to_text(black_box(&docs)));
    });
    let json = measure(budget, || {
        black_box(documents::case_json(black_box(s), &routing, d, &docs, today));
    });
    let case_qr = measure(budget, || {
        black_box(qr::for_case(black_box(s), &routing, d, &docs, today).ok());
    });
    let paper_qr = measure(budget, || {
        black_box(qr::encode(&qr::paper_case(black_box(s), &routing, d, &docs[0], today)).ok());
    });
    println!("| summary, sample case ({} paper(s)): documents::compose | {:.3} ms |", docs.len(), ms(compose));
    println!("| summary: documents::to_text (copy, download) | {:.3} ms |", ms(text));
    println!("| summary: documents::case_json (download) | {:.3} ms |", ms(json));
    println!("| summary: qr::for_case (the screen's code) | {:.3} ms |", ms(case_qr));
    println!("| summary: one paper's printed code (qr::paper_case + encode) | {:.3} ms |", ms(paper_qr));
}
