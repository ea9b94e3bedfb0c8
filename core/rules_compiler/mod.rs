//! The rule compiler: reads `src/rules/*.toml`, verifies them against the law
//! texts in `law/` and against themselves, and generates the Rust that
//! evaluates them. Run by `build.rs`; also compiled into the benchmark so the
//! verification can be timed.
//!
//! Verification is done on cubes (one value set per fact), not by
//! enumerating cases, so it is exact and fast whatever the size of the space.

pub mod cubes;
pub mod generate;
pub mod law;
pub mod model;
pub mod resolve;
pub mod verify;

use std::path::Path;

/// Everything the build needs, or every error found (all of them, not the first).
pub fn compile(rules_dir: &Path, law_dir: &Path) -> Result<String, Vec<String>> {
    let model = resolve::load(rules_dir)?;
    let laws = law::Library::load(law_dir).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    errors.extend(verify::citations(&model, &laws));
    errors.extend(verify::texts(&model));
    errors.extend(verify::structure(&model));
    if errors.is_empty() {
        // Space checks assume the structure is sound.
        errors.extend(verify::space(&model));
        errors.extend(verify::tests(&model));
    }
    if errors.is_empty() {
        Ok(generate::rust(&model))
    } else {
        Err(errors)
    }
}
