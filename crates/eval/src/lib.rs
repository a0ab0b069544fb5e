//! Scoring (spec §3).
