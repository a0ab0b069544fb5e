//! Match assembly, session 11: a role noun ("the visitors", "die Gäste",
//! "de thuisploeg", "los visitantes", "les hôtes", "i padroni di casa",
//! "os visitantes") is the side of that role in the fixture the text told
//! last before it, and no side where the text told no roles. Written as
//! fresh sentences (`fixtures/match_role_side_probes.txt`).

mod common;

#[test]
fn the_probe_passages_give_their_matches() {
    common::assert_probes(include_str!("fixtures/match_role_side_probes.txt"), 10);
}
