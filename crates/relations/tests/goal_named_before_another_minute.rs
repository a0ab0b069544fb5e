//! A scorer told without a minute before another scorer's goal with one
//! ("a brace from X and a header from Y in the 83rd minute") keeps their
//! own goals; a player told after that goal's scorer and before its minute
//! (the provider) gets none. Every sentence here is written for the test.

mod common;

use common::scored;

fn minute_less(marked: &str, player: &str) -> usize {
    scored(marked)
        .iter()
        .filter(|(s, m, _)| s == player && m.is_none())
        .count()
}

#[test]
fn a_brace_told_before_another_goal_with_its_minute_counts() {
    let cases = [
        ("Il [[Napoli|CLUB]] batte 3-1 il [[Genoa|CLUB]]: doppietta di [[David Neres|PLAYER]] e un gol di [[Noa Lang|PLAYER]] all'83'.", "David Neres"),
        ("El [[Cruz Azul|CLUB]] goleó 3-1 al [[Pachuca|CLUB]] con doblete de [[Gabriel Fernández|PLAYER]] y un gol de [[José Paradela|PLAYER]] al 78'.", "Gabriel Fernández"),
        ("[[Lausanne|CLUB]] a battu [[Servette|CLUB]] 3-1 grâce à un doublé de [[Alvyn Sanches|PLAYER]] et à un but de [[Kaly Sène|PLAYER]] à la 81e minute.", "Alvyn Sanches"),
        ("[[Leeds|CLUB]] beat [[Burnley|CLUB]] 3-0 thanks to a brace from [[Joel Piroe|PLAYER]] and a goal from [[Pascal Struijk|PLAYER]] in the 83rd minute.", "Joel Piroe"),
        ("[[Mainz|CLUB]] schlug [[Bochum|CLUB]] 3:1, nach einem Doppelpack von [[Jonathan Burkardt|PLAYER]] und einem Tor von [[Nadiem Amiri|PLAYER]] in der 70. Minute.", "Jonathan Burkardt"),
        ("[[AZ|CLUB]] won met 3-0 van [[Heracles|CLUB]], met twee treffers van [[Troy Parrott|PLAYER]] en een doelpunt van [[Sven Mijnans|PLAYER]] in de 67e minuut.", "Troy Parrott"),
        ("O [[Sporting|CLUB]] venceu o [[Farense|CLUB]] por 3-0, com um bis de [[Viktor Gyökeres|PLAYER]] e um golo de [[Francisco Trincão|PLAYER]] aos 81 minutos.", "Viktor Gyökeres"),
    ];
    let wrong: Vec<_> = cases
        .iter()
        .filter(|(text, player)| minute_less(text, player) != 2)
        .map(|(text, _)| (text, scored(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_provider_told_between_a_scorer_and_the_minute_scores_nothing() {
    let text = "[[Strasbourg|CLUB]] a battu [[Aberdeen|CLUB]] 2-1. Après l'ouverture du score d'[[Emanuel Emegha|PLAYER]], parfaitement lancé par [[Valentín Barco|PLAYER]] à la 19e minute, les Dons ont égalisé.";
    let found = scored(text);
    assert!(
        found.iter().all(|(s, _, _)| s != "Valentín Barco"),
        "{found:?}"
    );
}

#[test]
fn a_count_before_an_inflected_goal_noun_gives_that_many_goals() {
    let cases = [
        ("[[Mainz|CLUB]] schlug [[Bochum|CLUB]] 3:0, mit zwei Toren von [[Jonathan Burkardt|PLAYER]].", "Jonathan Burkardt"),
        ("[[Mainz|CLUB]] schlug [[Bochum|CLUB]] 3:0, mit zwei Treffern von [[Jonathan Burkardt|PLAYER]].", "Jonathan Burkardt"),
        ("[[AZ|CLUB]] won met 3-0 van [[Heracles|CLUB]], met twee treffers van [[Troy Parrott|PLAYER]].", "Troy Parrott"),
        ("[[AZ|CLUB]] won met 3-0 van [[Heracles|CLUB]]. [[Troy Parrott|PLAYER]] was met twee treffers de grote man.", "Troy Parrott"),
        ("[[Leeds|CLUB]] beat [[Burnley|CLUB]] 3-0 with two goals from [[Joel Piroe|PLAYER]].", "Joel Piroe"),
        ("El [[Sevilla|CLUB]] ganó 3-0 al [[Girona|CLUB]] con dos goles de [[Isaac Romero|PLAYER]].", "Isaac Romero"),
        ("[[Lens|CLUB]] a battu [[Nantes|CLUB]] 3-0 avec deux buts de [[Wesley Saïd|PLAYER]].", "Wesley Saïd"),
        ("Il [[Napoli|CLUB]] batte 3-0 il [[Genoa|CLUB]] con due gol di [[David Neres|PLAYER]].", "David Neres"),
        ("O [[Sporting|CLUB]] venceu o [[Farense|CLUB]] por 3-0, com dois golos de [[Viktor Gyökeres|PLAYER]].", "Viktor Gyökeres"),
    ];
    for (text, player) in cases {
        assert_eq!(minute_less(text, player), 2, "{text}");
    }
}
