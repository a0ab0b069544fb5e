//! Match assembly, session 11: a city named right after a score as where
//! it was played ("won 3-0 in Bilbao", "mit 1:3 in Wolfsburg verloren", "a
//! vencer por 0-2 em Braga") is the side met there, the one club of that
//! city the document names; with traps for a city of two named clubs and
//! a city before the score. Written as fresh sentences
//! (`fixtures/match_home_city_probes.txt`).

mod common;

#[test]
fn the_probe_passages_give_their_matches() {
    common::assert_probes(include_str!("fixtures/match_home_city_probes.txt"), 9);
}
