//! A match's goals shared out by count words without minutes, in the seven
//! languages: "X struck twice and Y once" (the verb and the count said once
//! for the first name, the second's count alone), "Y got the other" (the
//! goal the score leaves after the ones told), and goals owned by a goal
//! noun ("une réussite de X", "il sigillo di X"). Every sentence here is
//! written for the test.

mod common;

use common::scorers;

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn a_count_alone_after_a_second_name_shares_the_first_names_verb() {
    let cases = [
        "[[Leicester City|CLUB]] beat [[Sheffield Wednesday|CLUB]] 3-0: [[Jordan Ayew|PLAYER]] struck twice and [[Stephy Mavididi|PLAYER]] once.",
        "[[Bayern|CLUB]] gewann 3:0 gegen [[Bochum|CLUB]]: [[Harry Kane|PLAYER]] traf doppelt und [[Michael Olise|PLAYER]] einmal.",
        "[[PSV|CLUB]] won met 3-0 van [[Ajax|CLUB]]: [[Luuk de Jong|PLAYER]] scoorde twee keer en [[Ivan Perišić|PLAYER]] één keer.",
        "El [[Betis|CLUB]] ganó 3-0 al [[Getafe|CLUB]]: [[Ayoze Pérez|PLAYER]] marcó dos veces e [[Isco|PLAYER]] una vez.",
        "[[Lausanne|CLUB]] a battu [[Servette|CLUB]] 3-0 : [[Alvyn Sanches|PLAYER]] a marqué deux fois et [[Kaly Sène|PLAYER]] une fois.",
        "La [[Fiorentina|CLUB]] ha battuto il [[Lecce|CLUB]] 3-0: [[Moise Kean|PLAYER]] ha segnato due volte e [[Albert Gudmundsson|PLAYER]] una volta.",
        "O [[Benfica|CLUB]] venceu o [[Casa Pia|CLUB]] por 3-0: [[Vangelis Pavlidis|PLAYER]] marcou duas vezes e [[Ángel Di María|PLAYER]] uma vez.",
    ];
    let expected = [
        ["Jordan Ayew", "Jordan Ayew", "Stephy Mavididi"],
        ["Harry Kane", "Harry Kane", "Michael Olise"],
        ["Luuk de Jong", "Luuk de Jong", "Ivan Perišić"],
        ["Ayoze Pérez", "Ayoze Pérez", "Isco"],
        ["Alvyn Sanches", "Alvyn Sanches", "Kaly Sène"],
        ["Moise Kean", "Moise Kean", "Albert Gudmundsson"],
        ["Vangelis Pavlidis", "Vangelis Pavlidis", "Ángel Di María"],
    ];
    for (text, want) in cases.iter().zip(expected) {
        assert_eq!(scorers(text), owned(&want), "{text}");
    }
}

#[test]
fn a_count_told_before_its_score_after_another_match_is_told_once() {
    // The sentence's goals stand before its score, after another match's:
    // by position they fall in that one until linking, and are still told
    // once.
    assert_eq!(
        scorers("[[Birmingham City|CLUB]] and [[Southampton|CLUB]] shared a 1-1 draw. [[Jordan Ayew|PLAYER]] struck twice and [[Stephy Mavididi|PLAYER]] once as [[Leicester City|CLUB]] eased past [[Sheffield Wednesday|CLUB]] 3-0."),
        owned(&["Jordan Ayew", "Jordan Ayew", "Stephy Mavididi"])
    );
    assert_eq!(
        scorers("[[Lens|CLUB]] et [[Lille|CLUB]] ont fait 1-1. [[Wesley Saïd|PLAYER]] a marqué deux fois quand [[Rennes|CLUB]] a battu [[Nantes|CLUB]] 2-0."),
        owned(&["Wesley Saïd", "Wesley Saïd"])
    );
}

#[test]
fn the_other_goals_of_a_told_count_are_their_subjects() {
    let cases = [
        "[[Wycombe Wanderers|CLUB]] thrashed [[Bristol Rovers|CLUB]] 4-0, [[Richard Kone|PLAYER]] scoring a hat-trick and [[Fred Onyedinma|PLAYER]] getting the other.",
        "[[Newcastle|CLUB]] won 0-3 at [[Sunderland|CLUB]]: [[Dan Ballard|PLAYER]] put it into his own net, [[Alexander Isak|PLAYER]] scored the other two.",
        "[[Sparta|CLUB]] won met 3-0 van [[Excelsior|CLUB]]: [[Troy Parrott|PLAYER]] scoorde twee keer, [[Couhaib Driouech|PLAYER]] maakte de andere.",
        "El [[Sevilla|CLUB]] ganó 3-0 al [[Girona|CLUB]] con un doblete de [[Isaac Romero|PLAYER]]; [[Dodi Lukébakio|PLAYER]] firmó el otro.",
        "[[Lens|CLUB]] s'est imposé 3-0 face à [[Lille|CLUB]] grâce à un doublé de [[Wesley Saïd|PLAYER]], [[Florian Sotoca|PLAYER]] inscrivant l'autre.",
        "Il [[Como|CLUB]] ha battuto la [[Lazio|CLUB]] 3-0 con una doppietta di [[Nico Paz|PLAYER]], e [[Anastasios Douvikas|PLAYER]] ha firmato l'altro.",
        "O [[Sporting|CLUB]] venceu o [[Farense|CLUB]] por 3-0, com dois golos de [[Viktor Gyökeres|PLAYER]], e [[Francisco Trincão|PLAYER]] marcou o outro.",
    ];
    let expected: [&[&str]; 7] = [
        &[
            "Richard Kone",
            "Richard Kone",
            "Richard Kone",
            "Fred Onyedinma",
        ],
        &["Dan Ballard", "Alexander Isak", "Alexander Isak"],
        &["Troy Parrott", "Troy Parrott", "Couhaib Driouech"],
        &["Isaac Romero", "Isaac Romero", "Dodi Lukébakio"],
        &["Wesley Saïd", "Wesley Saïd", "Florian Sotoca"],
        &["Nico Paz", "Nico Paz", "Anastasios Douvikas"],
        &["Viktor Gyökeres", "Viktor Gyökeres", "Francisco Trincão"],
    ];
    let wrong: Vec<String> = cases
        .iter()
        .zip(expected)
        .filter_map(|(text, want)| {
            let mut got = scorers(text);
            got.sort();
            let mut want = owned(want);
            want.sort();
            (got != want).then(|| format!("{text}: {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_owner_of_a_goal_noun_scored_it() {
    let cases = [
        ("[[Celtic|CLUB]] won 1-0 at [[Rangers|CLUB]] thanks to a strike from [[Daizen Maeda|PLAYER]].", "Daizen Maeda"),
        ("[[Lausanne|CLUB]] s'était imposé 1-0 grâce à une réussite de [[Kaly Sène|PLAYER]].", "Kaly Sène"),
        ("[[Union|CLUB]] avait dominé [[Bruges|CLUB]] 1-0, avec une réalisation de [[Promise David|PLAYER]].", "Promise David"),
        ("Il [[Napoli|CLUB]] ha vinto 1-0 a [[Lecce|CLUB]], il sigillo di [[Frank Anguissa|PLAYER]] a inizio ripresa.", "Frank Anguissa"),
        ("Il [[Como|CLUB]] pareggiò 1-1 col [[Napoli|CLUB]] dopo il pareggio di [[Giacomo Raspadori|PLAYER]].", "Giacomo Raspadori"),
        ("El [[Málaga|CLUB]] ganó 1-0 al [[Huesca|CLUB]] con una diana de [[Óscar Sielva|PLAYER]].", "Óscar Sielva"),
        ("O [[Grêmio|CLUB]] venceu o [[Juventude|CLUB]] por 1-0, com um tento de [[Cristian Olivera|PLAYER]].", "Cristian Olivera"),
        ("[[Sevilla|CLUB]] won met 2-0 van [[Girona|CLUB]] door een dubbelslag van [[Isaac Romero|PLAYER]].", "Isaac Romero"),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(text, who)| !scorers(text).iter().any(|s| s == who))
        .map(|(text, _)| format!("{text}: {:?}", scorers(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_count_or_other_that_tells_no_goal_gives_none() {
    // "once" of an action that is no goal, "the other" of a place.
    assert_eq!(
        scorers("[[Leicester City|CLUB]] beat [[Sheffield Wednesday|CLUB]] 1-0: [[Jordan Ayew|PLAYER]] scored and [[Stephy Mavididi|PLAYER]] was booked once."),
        owned(&["Jordan Ayew"])
    );
    // A goal noun said of no scorer's goal.
    assert_eq!(
        scorers("[[Celtic|CLUB]] drew 0-0 with [[Rangers|CLUB]], and Maeda's strike partner [[Kyogo Furuhashi|PLAYER]] left at the break."),
        Vec::<String>::new()
    );
    assert_eq!(
        scorers("[[Lausanne|CLUB]] et [[Servette|CLUB]] ont fait 0-0, une réussite collective selon [[Kaly Sène|PLAYER]]."),
        Vec::<String>::new()
    );
    assert_eq!(
        scorers("[[Celtic|CLUB]] drew 0-0 with [[Rangers|CLUB]]; [[Daizen Maeda|PLAYER]] hit the other post late on."),
        Vec::<String>::new()
    );
    assert_eq!(
        scorers("Il [[Como|CLUB]] e la [[Lazio|CLUB]] hanno pareggiato 0-0; [[Nico Paz|PLAYER]] ha colpito l'altro palo."),
        Vec::<String>::new()
    );
}

#[test]
fn a_season_tally_in_the_next_clause_leaves_the_count() {
    assert_eq!(
        scorers("O [[Sporting|CLUB]] venceu o [[Farense|CLUB]] por 3-0. [[Viktor Gyökeres|PLAYER]] bisou e chegou aos 28 golos no campeonato."),
        owned(&["Viktor Gyökeres", "Viktor Gyökeres"])
    );
    // A tally in the verb's own clause is no goal of the match.
    assert_eq!(
        scorers("[[Mauro Icardi|PLAYER]], who scored 24 goals two seasons ago, is fit again."),
        Vec::<String>::new()
    );
}

#[test]
fn a_count_of_assists_is_no_count_of_goals() {
    let cases = [
        "O [[Real Madrid|CLUB]] goleou o [[Mónaco|CLUB]] por 6-1, noite em que [[Vinícius Júnior|PLAYER]] fez três assistências.",
        "[[Arsenal|CLUB]] beat [[Chelsea|CLUB]] 3-0, and [[Bukayo Saka|PLAYER]] made three assists.",
        "El [[Barcelona|CLUB]] ganó 3-0 y [[Lamine Yamal|PLAYER]] dio tres asistencias.",
        "Il [[Napoli|CLUB]] ha vinto 3-0 e [[Kevin De Bruyne|PLAYER]] ha fornito tre assist.",
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|t| !scorers(t).is_empty())
        .map(|t| format!("{t}: {:?}", scorers(t)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
