//! Minutes told in words, as a small grammar in the seven languages: a
//! part of the hour after a preposition of time ("à la demi-heure" = 30,
//! "dès le quart d'heure" = 15), a count of minutes back from the break
//! (45 − N) or from the end of normal time (90 − N; of extra time, 120 − N),
//! and the same goal told in words and with a figure in one sentence (the
//! figure stays). Lengths of time ("pendant une demi-heure", "la première
//! demi-heure", "die letzten zehn Minuten vor Schluss") are no minutes.
//! Every sentence here is written for the test.

mod common;

use common::{goal, scored};

#[test]
fn a_part_of_the_hour_after_a_preposition_of_time_is_a_minute() {
    assert_eq!(
        scored("[[Mason Mount|PLAYER]] opened the scoring after half an hour with a low drive."),
        [goal("Mason Mount", 30)]
    );
    assert_eq!(
        scored("Nach einer Viertelstunde traf [[Deniz Undav|PLAYER]] per Kopf zur Führung."),
        [goal("Deniz Undav", 15)]
    );
    assert_eq!(
        scored("Na een half uur schoot [[Sem Steijn|PLAYER]] de 1-0 binnen."),
        [goal("Sem Steijn", 30)]
    );
    assert_eq!(
        scored("[[Iago Aspas|PLAYER]] marcó a la media hora de un disparo cruzado."),
        [goal("Iago Aspas", 30)]
    );
    assert_eq!(
        scored(
            "[[Wesley Saïd|PLAYER]] a ouvert le score dès le quart d'heure d'une frappe enroulée."
        ),
        [goal("Wesley Saïd", 15)]
    );
    assert_eq!(
        scored("Dopo mezz'ora [[Ademola Lookman|PLAYER]] ha segnato l'1-0 con un destro a giro."),
        [goal("Ademola Lookman", 30)]
    );
    assert_eq!(
        scored("[[Pedro Gonçalves|PLAYER]] marcou depois de meia hora de jogo, de cabeça."),
        [goal("Pedro Gonçalves", 30)]
    );
}

#[test]
fn a_part_of_the_hour_told_as_a_length_is_no_minute() {
    assert_eq!(
        scored("[[Mason Mount|PLAYER]] scored the winner, having held on for half an hour with ten men."),
        [("Mason Mount".to_owned(), None, None)]
    );
    assert!(
        scored("Pendant une demi-heure, [[Wesley Saïd|PLAYER]] a marqué deux fois.")
            .iter()
            .all(|g| g.1.is_none())
    );
    assert!(
        scored("Durante la primera media hora [[Iago Aspas|PLAYER]] marcó un gol.")
            .iter()
            .all(|g| g.1.is_none())
    );
}

#[test]
fn a_count_back_from_the_end_of_normal_time_is_ninety_minus_it() {
    assert_eq!(
        scored("[[Cole Palmer|PLAYER]] scored the winner five minutes from time."),
        [goal("Cole Palmer", 85)]
    );
    assert_eq!(
        scored("Zehn Minuten vor Schluss traf [[Jamal Musiala|PLAYER]] zum 2:1."),
        [goal("Jamal Musiala", 80)]
    );
    assert_eq!(
        scored("[[Tetê|PLAYER]] maakte er twintig minuten voor tijd 2-0 van."),
        [goal("Tetê", 70)]
    );
    assert_eq!(
        scored("[[Álvaro Morata|PLAYER]] marcó a cinco minutos del final el 2-1."),
        [goal("Álvaro Morata", 85)]
    );
    assert_eq!(
        scored("[[Ousmane Dembélé|PLAYER]] a marqué à dix minutes de la fin d'un tir croisé."),
        [goal("Ousmane Dembélé", 80)]
    );
    assert_eq!(
        scored("[[Romelu Lukaku|PLAYER]] ha segnato a tre minuti dalla fine il 2-1."),
        [goal("Romelu Lukaku", 87)]
    );
    assert_eq!(
        scored("[[Vangelis Pavlidis|PLAYER]] marcou a quatro minutos do fim o 2-1."),
        [goal("Vangelis Pavlidis", 86)]
    );
}

#[test]
fn a_count_back_from_the_break_is_forty_five_minus_it() {
    assert_eq!(
        scored("[[Yann Gboho|PLAYER]] a égalisé six minutes avant la pause d'une frappe sèche."),
        [goal("Yann Gboho", 39)]
    );
    assert_eq!(
        scored("[[Bukayo Saka|PLAYER]] equalised five minutes before the break."),
        [goal("Bukayo Saka", 40)]
    );
    assert_eq!(
        scored("Drei Minuten vor der Pause traf [[Florian Wirtz|PLAYER]] zum 1:1."),
        [goal("Florian Wirtz", 42)]
    );
    assert_eq!(
        scored("[[Brian Brobbey|PLAYER]] scoorde vijf minuten voor rust de gelijkmaker."),
        [goal("Brian Brobbey", 40)]
    );
}

#[test]
fn a_count_back_from_the_end_of_extra_time_is_a_hundred_and_twenty_minus_it() {
    assert_eq!(
        scored("[[Florian Niederlechner|PLAYER]] traf drei Minuten vor dem Ende der Verlängerung zum 2:2."),
        [goal("Florian Niederlechner", 117)]
    );
}

#[test]
fn the_same_goal_told_in_words_and_with_a_figure_keeps_the_figure() {
    assert_eq!(
        scored("Nach einer halben Stunde glich YB durch [[Joël Monteiro|PLAYER]] aus (31.), der einen Konter abschloss."),
        [goal("Joël Monteiro", 31)]
    );
    assert_eq!(
        scored("Zwei Minuten vor Schluss zirkelte [[Antonio Marchesano|PLAYER]] einen Freistoss über die Mauer – 2:2 (118.)."),
        [goal("Antonio Marchesano", 118)]
    );
    assert_eq!(
        scored("Five minutes from time [[Cole Palmer|PLAYER]] curled in the winner (86')."),
        [goal("Cole Palmer", 86)]
    );
}

#[test]
fn two_goals_of_one_sentence_keep_their_own_minutes() {
    assert_eq!(
        scored("[[Kerim Mrabti|PLAYER]] avait donné l'avance aux visiteurs à la demi-heure, [[Omri Gandelman|PLAYER]] a égalisé dix minutes après la reprise."),
        [goal("Kerim Mrabti", 30), goal("Omri Gandelman", 55)]
    );
    assert_eq!(
        scored("[[Fotis Ioannidis|PLAYER]] zette een penalty om (17.), [[Tetê|PLAYER]] maakte er twintig minuten voor tijd 2-0 van."),
        [goal("Fotis Ioannidis", 17), goal("Tetê", 70)]
    );
}

#[test]
fn nothing_is_counted_on_from_an_approximate_minute() {
    // "vier minuten later" after "na een half uur" is no exact 34th minute.
    let found = scored("Na een half uur spelen raakte [[Wieke Kaptein|PLAYER]] de lat, vier minuten later was het raak: [[Renate Jansen|PLAYER]] rondde af (34.).");
    assert!(found.contains(&goal("Renate Jansen", 34)), "{found:?}");
    assert!(!found.contains(&goal("Wieke Kaptein", 34)), "{found:?}");
}
