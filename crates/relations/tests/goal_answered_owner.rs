//! A verb of answering ("replied to", "cancelled out", "répondu à",
//! "respondió a", "risposto a", "respondeu a", "antwortete auf",
//! "antwoordde op") whose object is a goal owned by another player ("Simon
//! Murray's penalty", "au penalty d'Isi Palazón", "al gol di Lookman"):
//! both scored, the owner first. A missed penalty answered is no goal of
//! its owner. Every sentence here is written for the test.

mod common;

use common::scorers;

#[test]
fn the_owner_of_the_goal_answered_scored_too() {
    assert_eq!(
        scorers("[[Sam Dalby|PLAYER]] had cancelled out [[Oluwaseun Adewumi|PLAYER]]'s early opener that night."),
        ["Oluwaseun Adewumi", "Sam Dalby"]
    );
    assert_eq!(
        scorers("Celtic were held 1-1 at Dens Park, [[Daizen Maeda|PLAYER]] cancelling out [[Simon Murray|PLAYER]]'s penalty."),
        ["Simon Murray", "Daizen Maeda"]
    );
    assert_eq!(
        scorers("[[Teddy Okou|PLAYER]] avait répondu au penalty d'[[Isi Palazón|PLAYER]] avant la pause."),
        ["Isi Palazón", "Teddy Okou"]
    );
    assert_eq!(
        scorers(
            "[[Iago Aspas|PLAYER]] respondió al gol de [[Ante Budimir|PLAYER]] antes del descanso."
        ),
        ["Ante Budimir", "Iago Aspas"]
    );
    assert_eq!(
        scorers("[[Riccardo Orsolini|PLAYER]] ha risposto al gol di [[Ademola Lookman|PLAYER]] nella ripresa."),
        ["Ademola Lookman", "Riccardo Orsolini"]
    );
    assert_eq!(
        scorers("[[Pedro Gonçalves|PLAYER]] respondeu ao golo de [[Vangelis Pavlidis|PLAYER]] logo a seguir."),
        ["Vangelis Pavlidis", "Pedro Gonçalves"]
    );
    assert_eq!(
        scorers("[[Deniz Undav|PLAYER]] antwortete auf das Tor von [[Harry Kane|PLAYER]] noch vor der Pause."),
        ["Harry Kane", "Deniz Undav"]
    );
    assert_eq!(
        scorers("[[Sem Steijn|PLAYER]] antwoordde op het doelpunt van [[Luuk de Jong|PLAYER]] met een kopbal."),
        ["Luuk de Jong", "Sem Steijn"]
    );
}

#[test]
fn a_missed_penalty_answered_is_no_goal_of_its_owner() {
    assert!(!scorers(
        "[[Daizen Maeda|PLAYER]] cancelled out [[Simon Murray|PLAYER]]'s missed penalty with a header."
    )
    .contains(&"Simon Murray".to_owned()));
}
