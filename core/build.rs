//! Compiles the routing rules (src/rules/*.toml) into Rust, after checking
//! them against the law texts (law/) and for gaps, overlaps, dead rules,
//! missing citations, missing tests and missing translations. Any error
//! stops the build with a message naming the rule and the facts.

#[path = "rules_compiler/mod.rs"]
mod rules_compiler;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let rules = root.join("src/rules");
    let law = root.join("law");
    for p in [&rules, &law, &root.join("rules_compiler")] {
        println!("cargo::rerun-if-changed={}", p.display());
    }
    match rules_compiler::compile(&rules, &law) {
        Ok(code) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("rules.rs");
            std::fs::write(&out, code).expect("write generated rules");
        }
        Err(errors) => {
            eprintln!("\nThe routing rules in core/src/rules/ have {} problem(s):\n", errors.len());
            for e in &errors {
                eprintln!("  - {e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}
