//! Counts and micro precision / recall / F1.

use serde::Serialize;
use std::ops::AddAssign;

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// From the sizes of both sides and how many were matched one to one.
    pub fn from_matching(predicted: usize, gold: usize, matched: usize) -> Self {
        Counts {
            tp: matched,
            fp: predicted - matched,
            fn_: gold - matched,
        }
    }

    /// Precision, recall and F1. An empty side is vacuously perfect (no
    /// prediction: precision 1; nothing to find: recall 1), so that a document
    /// without goals scored against itself gives 1.0, and a run that predicts
    /// nothing where something was due still gets F1 0.
    pub fn score(self) -> Score {
        let ratio = |num: usize, den: usize| {
            if den == 0 {
                1.0
            } else {
                num as f64 / den as f64
            }
        };
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Score {
            p,
            r,
            f1,
            tp: self.tp,
            fp: self.fp,
            fn_: self.fn_,
        }
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// The figures reported for one metric.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Score {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn micro_figures() {
        let s = Counts {
            tp: 3,
            fp: 1,
            fn_: 2,
        }
        .score();
        assert_eq!((s.p, s.r), (0.75, 0.6));
        assert!((s.f1 - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
    }

    #[test]
    fn empty_sides() {
        assert_eq!(Counts::default().score().f1, 1.0);
        let none_predicted = Counts {
            tp: 0,
            fp: 0,
            fn_: 4,
        }
        .score();
        assert_eq!(
            (none_predicted.p, none_predicted.r, none_predicted.f1),
            (1.0, 0.0, 0.0)
        );
        let all_wrong = Counts {
            tp: 0,
            fp: 2,
            fn_: 0,
        }
        .score();
        assert_eq!((all_wrong.p, all_wrong.r, all_wrong.f1), (0.0, 1.0, 0.0));
    }
}
