//! The minute a player came on at is a change's, not a goal's: the minute
//! closing a phrase of coming on ("entré à la 70e minute", "came on in the
//! 60th minute", "lançado do banco aos 70'", "subentrato al 55'", "in de
//! 60ste minuut van de bank", "in der 64. Minute eingewechselt", "entró en el
//! 58"). The goal the same player scores later in the clause keeps its own
//! minute. Every sentence here is written for the test.

mod common;

use common::{goal, scored};

#[test]
fn the_minute_of_coming_on_is_no_goal_and_the_later_goal_keeps_its_minute() {
    assert_eq!(
        scored("[[Beto|PLAYER]] came on in the 60th minute and scored in the 80th minute."),
        [goal("Beto", 80)]
    );
    assert_eq!(
        scored("Entré à la 70e minute, [[Joaquín Panichelli|PLAYER]] a égalisé à la 88e minute."),
        [goal("Joaquín Panichelli", 88)]
    );
    assert_eq!(
        scored(
            "[[João Carvalho|PLAYER]], lançado do banco aos 70', marcou o golo da vitória aos 89'."
        ),
        [goal("João Carvalho", 89)]
    );
    assert_eq!(
        scored("[[Nikola Krstić|PLAYER]], subentrato al 55', ha segnato il 2-1 al 78'."),
        [goal("Nikola Krstić", 78)]
    );
    assert_eq!(
        scored("[[Kasper Dolberg|PLAYER]] kwam in de 60ste minuut van de bank en scoorde in de 85ste minuut."),
        [goal("Kasper Dolberg", 85)]
    );
    assert_eq!(
        scored("Der in der 64. Minute eingewechselte [[Adriano Grimaldi|PLAYER]] traf in der 81. Minute zum 2:1."),
        [goal("Adriano Grimaldi", 81)]
    );
    assert_eq!(
        scored("[[Borja Iglesias|PLAYER]], que entró en el minuto 58, marcó de cabeza en el minuto 84."),
        [goal("Borja Iglesias", 84)]
    );
}

#[test]
fn a_player_who_came_on_and_only_missed_scores_nothing() {
    assert!(scored(
        "[[Sydney Schertenleib|PLAYER]], entrée à la 62e, a buté sur la gardienne finlandaise."
    )
    .is_empty());
}

#[test]
fn a_goal_off_the_bench_told_without_the_minute_of_coming_on_keeps_its_minute() {
    assert_eq!(
        scored("Off the bench, [[Beto|PLAYER]] scored in the 80th minute."),
        [goal("Beto", 80)]
    );
    assert_eq!(
        scored("[[Kasper Dolberg|PLAYER]] kwam van de bank en scoorde in de 85ste minuut."),
        [goal("Kasper Dolberg", 85)]
    );
}
