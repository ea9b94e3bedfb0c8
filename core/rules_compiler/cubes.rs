//! Set algebra on hypercubes of the fact space.

use super::model::{Cube, Mask};

pub fn is_empty(c: &[Mask]) -> bool {
    c.contains(&0)
}

pub fn intersect(a: &[Mask], b: &[Mask]) -> Option<Cube> {
    let c: Cube = a.iter().zip(b).map(|(x, y)| x & y).collect();
    if is_empty(&c) {
        None
    } else {
        Some(c)
    }
}

/// `a \ b` as disjoint cubes.
pub fn subtract(a: &[Mask], b: &[Mask]) -> Vec<Cube> {
    if intersect(a, b).is_none() {
        return vec![a.to_vec()];
    }
    let mut out = Vec::new();
    let mut rest = a.to_vec();
    for d in 0..a.len() {
        let outside = rest[d] & !b[d];
        if outside != 0 {
            let mut piece = rest.clone();
            piece[d] = outside;
            out.push(piece);
        }
        rest[d] &= b[d];
    }
    out
}

/// `pieces \ (union of cuts)`, as disjoint cubes.
pub fn subtract_all(pieces: Vec<Cube>, cuts: &[Cube]) -> Vec<Cube> {
    let mut pieces = pieces;
    for cut in cuts {
        if pieces.is_empty() {
            break;
        }
        pieces = pieces.iter().flat_map(|p| subtract(p, cut)).collect();
    }
    pieces
}

/// Number of cases in a cube.
#[cfg(test)]
pub fn size(c: &[Mask]) -> u64 {
    c.iter().map(|m| u64::from(m.count_ones())).product()
}

#[cfg(test)]
mod tests {
    // Unused where this file is compiled into the `route` bench: its harness
    // drops #[test] functions.
    #[allow(unused_imports)]
    use super::*;

    #[test]
    fn subtraction_is_exact() {
        let a = vec![0b111, 0b11];
        let b = vec![0b010, 0b01];
        let rest = subtract(&a, &b);
        assert_eq!(rest.iter().map(|c| size(c)).sum::<u64>(), 6 - 1);
        for p in &rest {
            assert!(intersect(p, &b).is_none());
        }
        assert!(subtract_all(vec![a.clone()], std::slice::from_ref(&a)).is_empty());
    }
}
