//! A goal's liveblog entry tells the move in the order it was played: the
//! player who crossed or ran is named first, the one who finished is the
//! last subject joined by "and" in that sentence ("Maxi Araújo cruza e Luis
//! Suárez encosta"). A name in a later sentence of the entry (the one who
//! fouled, the keeper) is no finisher, nor a name "and" joins as an object.
//! The Portuguese shout is read however long it is ("GOLOOOO!"). Every text
//! here is written for the test.

mod common;

use common::{goal, scored};

#[test]
fn the_last_subject_joined_by_and_in_the_move_finished_it() {
    assert_eq!(
        scored("12' – GOAL! [[Bukayo Saka|PLAYER]] races down the right and [[Kai Havertz|PLAYER]] sweeps it home. 1-0!"),
        [goal("Kai Havertz", 12)]
    );
    assert_eq!(
        scored("33' – TOR! [[Joshua Kimmich|PLAYER]] flankt von rechts und [[Harry Kane|PLAYER]] köpft ein. 1:0!"),
        [goal("Harry Kane", 33)]
    );
    assert_eq!(
        scored("51' – GOAL! [[Quinten Timber|PLAYER]] steekt door en [[Santiago Giménez|PLAYER]] schuift de bal binnen. 1-0!"),
        [goal("Santiago Giménez", 51)]
    );
    assert_eq!(
        scored("64' – ¡GOL! [[Lamine Yamal|PLAYER]] desborda por la derecha y [[Robert Lewandowski|PLAYER]] remata a la red. 0-1."),
        [goal("Robert Lewandowski", 64)]
    );
    assert_eq!(
        scored("70' – BUT ! [[Ousmane Dembélé|PLAYER]] déborde à gauche et [[Bradley Barcola|PLAYER]] pousse le ballon au fond. 2-0 !"),
        [goal("Bradley Barcola", 70)]
    );
    assert_eq!(
        scored("90'+3' - GOOOL! [[Kenan Yıldız|PLAYER]] scappa a sinistra, palla al centro e [[Lois Openda|PLAYER]] di piatto anticipa tutti. 3-2!"),
        [("Lois Openda".to_owned(), Some(90), Some(3))]
    );
    assert_eq!(
        scored("12' – GOLO DO SPORTING! [[Maxi Araújo|PLAYER]] cruza rasteiro e [[Luis Suárez|PLAYER]] encosta ao segundo poste. 1-0!"),
        [goal("Luis Suárez", 12)]
    );
}

#[test]
fn a_name_in_a_later_sentence_or_joined_as_an_object_is_no_finisher() {
    assert_eq!(
        scored("55' GOAL! [[Dries Mertens|PLAYER]] from the spot. [[Çağlar Söyüncü|PLAYER]] had pulled the shirt and [[Jamie Vardy|PLAYER]] protested."),
        [goal("Dries Mertens", 55)]
    );
    assert_eq!(
        scored("84' – GOLO! [[Geny Catamo|PLAYER]] recebe de [[Morten Hjulmand|PLAYER]], tira [[Arrey-Mbi|PLAYER]] do caminho e atira cruzado. 2-1!"),
        [goal("Geny Catamo", 84)]
    );
    assert_eq!(
        scored("40' – TOR! [[Serhou Guirassy|PLAYER]] überwindet [[Manuel Neuer|PLAYER]] und [[Dayot Upamecano|PLAYER]]. 1:1!"),
        [goal("Serhou Guirassy", 40)]
    );
}

#[test]
fn the_portuguese_shout_is_read_however_long() {
    assert_eq!(
        scored("84' – GOLOOOO! [[Geny Catamo|PLAYER]] atira cruzado para o 2-1."),
        [goal("Geny Catamo", 84)]
    );
}

#[test]
fn a_card_or_a_save_in_an_entry_with_and_stays_no_goal() {
    assert!(scored(
        "23' – Cartão amarelo para [[Vítor Carvalho|PLAYER]], e [[Trincão|PLAYER]] fica no chão."
    )
    .is_empty());
    assert!(scored(
        "38' – Que defesa! [[Rui Silva|PLAYER]] voa e [[Zalazar|PLAYER]] leva as mãos à cabeça."
    )
    .is_empty());
}
