//! The player a scorer beat — the goalkeeper sent the wrong way, the
//! defender left behind — is never the goal's scorer, in the seven
//! languages, whether the verb is before their name or they are the
//! subject of its passive. Every sentence here is written for the test.

mod common;

use common::{run, run_with, scorers};
use scoreline_relations::attach::AttachModel;

/// The scorers the committed model gives, as the extractor runs.
fn modelled(text: &str) -> Vec<String> {
    let model = AttachModel::load(&common::repo().join("models")).ok();
    let relations = match &model {
        Some(m) => run_with(text, m),
        None => run(text),
    };
    relations.goals.into_iter().map(|g| g.scorer).collect()
}

const BEATEN: [(&str, &str); 7] = [
    ("El [[Ecuador|CLUB]] le ganó 1-0 a [[Paraguay|CLUB]]. El capitán tomó la pelota y, con un remate fuerte a la izquierda, engañó a [[Roberto Fernández|PLAYER]] (31').", "Roberto Fernández"),
    ("Le [[FC Sion|CLUB]] a battu [[Lugano|CLUB]] 1-0. Sur un centre de [[Numa Lavanchy|PLAYER]], le Français s'est élevé plus haut que tout le monde pour crucifier [[Amir Saipi|PLAYER]] (86').", "Amir Saipi"),
    ("La [[Juventus|CLUB]] ha battuto la [[Roma|CLUB]] 1-0. Al 35' st la capitana controlla in area e fulmina [[Camelia Ceasar|PLAYER]] sul primo palo.", "Camelia Ceasar"),
    ("[[Arsenal|CLUB]] beat [[Chelsea|CLUB]] 1-0. In the 67th minute the substitute cut inside and fired past [[Robert Sánchez|PLAYER]].", "Robert Sánchez"),
    ("[[Freiburg|CLUB]] gewann 1:0 gegen [[Mainz|CLUB]]. In der 54. Minute überwand der Kapitän [[Robin Zentner|PLAYER]] mit einem Flachschuss.", "Robin Zentner"),
    ("[[Feyenoord|CLUB]] won met 1-0 van [[Ajax|CLUB]]. In de 70ste minuut verschalkte de spits [[Remko Pasveer|PLAYER]] met een lob.", "Remko Pasveer"),
    ("O [[Benfica|CLUB]] venceu o [[Braga|CLUB]] por 1-0. Aos 23 minutos, o avançado enganou [[Lukáš Horníček|PLAYER]] com um remate rasteiro.", "Lukáš Horníček"),
];

#[test]
fn the_player_beaten_is_never_the_scorer() {
    let wrong: Vec<String> = BEATEN
        .iter()
        .filter(|(text, keeper)| {
            scorers(text)
                .iter()
                .chain(modelled(text).iter())
                .any(|s| s.starts_with(keeper))
        })
        .map(|(text, _)| format!("{text}: {:?} / {:?}", scorers(text), modelled(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_scorer_who_beat_them_keeps_the_goal() {
    assert_eq!(
        modelled("El [[América|CLUB]] ganó 1-0 a [[Chivas|CLUB]]. Al 12' [[Roberto Alvarado|PLAYER]] engañó a [[Luis Ángel Malagón|PLAYER]] con un tiro desde fuera del área."),
        ["Roberto Alvarado"]
    );
    // Inverted, the name right after the verb is its subject.
    assert_eq!(
        modelled("[[Feyenoord|CLUB]] won met 1-0 van [[Ajax|CLUB]]. In de 70ste minuut verschalkte [[Santiago Giménez|PLAYER]] [[Remko Pasveer|PLAYER]] met een lob."),
        ["Santiago Giménez"]
    );
    // The subject of the passive is beaten, not the scorer.
    assert!(!modelled("Il [[Napoli|CLUB]] ha vinto 1-0. Al 34' [[Alex Meret|PLAYER]] è stato battuto da un destro di [[Lautaro Martínez|PLAYER]].")
        .iter()
        .any(|s| s == "Alex Meret"));
}
