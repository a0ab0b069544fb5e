//! Match assembly, third set: written from fresh news-style sentences in
//! the seven languages rather than from corpus documents, so that each rule
//! is a general one: perfect passives, earlier defeats told before the
//! subject they belong to.

mod common;

use common::run;
use scoreline_relations::Relations;

type Told = ([String; 2], Option<[u32; 2]>);

/// The matches as (teams, score) with the teams in alphabetical order: the
/// order of teams carries no meaning.
fn found(r: &Relations) -> Vec<Told> {
    r.matches
        .iter()
        .map(|m| {
            let swap = m.teams[0] > m.teams[1];
            let mut teams = m.teams.clone();
            if swap {
                teams.swap(0, 1);
            }
            (
                teams,
                m.score.map(|[a, b]| if swap { [b, a] } else { [a, b] }),
            )
        })
        .collect()
}

fn one(a: &str, b: &str, [x, y]: [u32; 2]) -> Told {
    if a <= b {
        ([a.to_owned(), b.to_owned()], Some([x, y]))
    } else {
        ([b.to_owned(), a.to_owned()], Some([y, x]))
    }
}

#[test]
fn a_perfect_passive_is_a_defeat_of_its_subject() {
    let r = run("[[Strasbourg|CLUB]] a été battu 2-0 par [[Reims|CLUB]] samedi soir.");
    assert_eq!(found(&r), [one("Reims", "Strasbourg", [2, 0])]);
    let r = run("[[Everton|CLUB]] have been beaten 3-1 by [[Wolves|CLUB]] at Goodison.");
    assert_eq!(found(&r), [one("Wolves", "Everton", [3, 1])]);
    let r = run("El [[Valencia|CLUB]] ha sido derrotado 0-2 por el [[Girona|CLUB]].");
    assert_eq!(found(&r), [one("Girona", "Valencia", [2, 0])]);
    // The active perfect is still a win.
    let r = run("[[Reims|CLUB]] a battu [[Strasbourg|CLUB]] 2-0 samedi soir.");
    assert_eq!(found(&r), [one("Reims", "Strasbourg", [2, 0])]);
}

#[test]
fn a_result_told_at_a_place_before_the_subject_is_the_subjects() {
    let r = run("Nach der 1:4-Niederlage in [[Gladbach|CLUB]] gewann [[Bochum|CLUB]] gegen [[Heidenheim|CLUB]] mit 2:0.");
    assert_eq!(
        found(&r),
        [
            one("Gladbach", "Bochum", [4, 1]),
            one("Bochum", "Heidenheim", [2, 0])
        ]
    );
    let r = run("Dopo il 2-0 subito a [[Udine|CLUB]], il [[Monza|CLUB]] ha vinto 1-0 contro l'[[Empoli|CLUB]].");
    assert_eq!(
        found(&r),
        [
            one("Udine", "Monza", [2, 0]),
            one("Monza", "Empoli", [1, 0])
        ]
    );
    // The wording before the score counts for the subject too.
    let r = run("Tras la derrota por 2-0 ante el [[Alavés|CLUB]], el [[Espanyol|CLUB]] ganó 1-0 al [[Cádiz|CLUB]].");
    assert_eq!(
        found(&r),
        [
            one("Alavés", "Espanyol", [2, 0]),
            one("Espanyol", "Cádiz", [1, 0])
        ]
    );
    // A score told for the club named after it stays that club's.
    let r = run("Ein 2:1-Sieg für [[Freiburg|CLUB]] über [[Mainz|CLUB]] am Samstag.");
    assert_eq!(found(&r), [one("Freiburg", "Mainz", [2, 1])]);
}

#[test]
fn the_opponent_of_an_earlier_result_in_the_sentence_is_no_side_of_the_next() {
    let r = run("Na de 2-1 nederlaag tegen [[PEC Zwolle|CLUB]] vorige week won [[Heracles|CLUB]] nu met 3-0 van [[RKC|CLUB]].");
    assert_eq!(
        found(&r),
        [
            one("PEC Zwolle", "Heracles", [2, 1]),
            one("Heracles", "RKC", [3, 0])
        ]
    );
    let r = run("[[Liverpool|CLUB]] bounced back from last week's 2-0 defeat at [[Everton|CLUB]] by beating [[Brighton|CLUB]] 4-1.");
    assert_eq!(
        found(&r),
        [
            one("Everton", "Liverpool", [2, 0]),
            one("Liverpool", "Brighton", [4, 1])
        ]
    );
}
