//! Goal → match placement, continued: goals told in one list of scorers
//! share their match, whatever club the reference data now gives one of
//! the scorers.

mod common;

use common::{placed, run, teams};

#[test]
fn scorers_told_in_one_list_share_their_match() {
    // Tah has since moved to Bayern: the reference data's club would place
    // his goal in the Bayern match told of first.
    let r = run("In der Bundesliga trennten sich [[Bayern|CLUB|bayern]] und [[Leverkusen|CLUB|leverkusen]] Ende September 1:1.\n\n\
         [[Leverkusen|CLUB|leverkusen]] gewann am Samstag mit 2:1 beim [[FC St. Pauli|CLUB|st-pauli]]. \
         Dort trafen [[Patrik Schick|PLAYER|leverkusen]] und [[Jonathan Tah|PLAYER|bayern]].");
    let p = placed(&r);
    let at_st_pauli = teams("Leverkusen", "FC St. Pauli");
    assert!(
        p.iter()
            .filter(|(s, _)| s == "Patrik Schick" || s == "Jonathan Tah")
            .all(|(_, m)| *m == at_st_pauli),
        "{p:?}"
    );
    assert_eq!(p.len(), 2, "{p:?}");
}
