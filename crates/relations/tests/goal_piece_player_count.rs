//! A profile's counted goals told without their scorer, in the seven
//! languages: "la doppietta nel 3-0 all'Empoli" is two goals of the piece's
//! player in that match; the minutes told after the count are those goals'
//! minutes, not others. Traps: a count told of another player, of a card,
//! of goals conceded, in a sentence telling no score, and a piece with no
//! dominant player. Every sentence here is written for the test.

mod common;

use common::{placed, run, scorers};

/// (text, the piece's player, the match of the count): the player is
/// named in the headline and the body, another player once, and the count
/// sentence names no one.
const COUNTS: [(&str, &str, [&str; 2]); 7] = [
    (
        "[[Khadija Shaw|PLAYER]], the season so far\n\n[[Khadija Shaw|PLAYER]] leads the scoring charts. [[Lauren Hemp|PLAYER]] has been injured. Then a brace in [[Manchester City|CLUB]]'s 3-0 win over [[Aston Villa|CLUB]]. [[Shaw|PLAYER]] wants more.",
        "Khadija Shaw",
        ["Manchester City", "Aston Villa"],
    ),
    (
        "[[Ermedin Demirović|PLAYER]], der Torjäger\n\n[[Ermedin Demirović|PLAYER]] führt die Torjägerliste an. [[Deniz Undav|PLAYER]] fehlt verletzt. Beim 3:0 des [[VfB Stuttgart|CLUB]] gegen [[Werder Bremen|CLUB]] schnürte er einen Doppelpack. [[Demirović|PLAYER]] will mehr.",
        "Ermedin Demirović",
        ["", "Werder Bremen"],
    ),
    (
        "[[Ayase Ueda|PLAYER]], de topscorer\n\n[[Ayase Ueda|PLAYER]] staat bovenaan. [[Quinten Timber|PLAYER]] is geblesseerd. Bij de 3-0 van [[Feyenoord|CLUB]] tegen [[FC Utrecht|CLUB]] maakte hij een hattrick. [[Ueda|PLAYER]] wil meer.",
        "Ayase Ueda",
        ["", "FC Utrecht"],
    ),
    (
        "[[Ante Budimir|PLAYER]], el goleador\n\n[[Ante Budimir|PLAYER]] lidera la tabla de goleadores. [[Lucas Torró|PLAYER]] está lesionado. En el 3-0 del [[Osasuna|CLUB]] al [[Getafe|CLUB]] firmó un doblete. [[Budimir|PLAYER]] quiere más.",
        "Ante Budimir",
        ["", "Getafe"],
    ),
    (
        "[[Arnaud Kalimuendo|PLAYER]], le buteur\n\n[[Arnaud Kalimuendo|PLAYER]] domine le classement des buteurs. [[Ludovic Blas|PLAYER]] est blessé. Lors du 3-0 du [[Stade Rennais|CLUB]] contre le [[FC Nantes|CLUB]], il a signé un doublé. [[Kalimuendo|PLAYER]] en veut plus.",
        "Arnaud Kalimuendo",
        ["", "FC Nantes"],
    ),
    (
        "[[Mateo Retegui|PLAYER]], la stagione da bomber\n\n[[Mateo Retegui|PLAYER]] guida la classifica marcatori. [[Ademola Lookman|PLAYER]] è infortunato. E poi la doppietta nel 3-0 dell'[[Atalanta|CLUB]] all'[[Empoli|CLUB]]. [[Retegui|PLAYER]] vuole di più.",
        "Mateo Retegui",
        ["", "Empoli"],
    ),
    (
        "[[Vangelis Pavlidis|PLAYER]], o goleador\n\n[[Vangelis Pavlidis|PLAYER]] lidera a lista de marcadores. [[Orkun Kökçü|PLAYER]] está lesionado. No 3-0 do [[Benfica|CLUB]] ao [[Estoril|CLUB]], bisou e saiu ovacionado. [[Pavlidis|PLAYER]] quer mais.",
        "Vangelis Pavlidis",
        ["", "Estoril"],
    ),
];

#[test]
fn a_count_naming_no_scorer_in_a_profile_is_the_piece_players() {
    for (text, who, [_, opponent]) in COUNTS {
        let r = run(text);
        let theirs: Vec<(String, Option<[String; 2]>)> =
            placed(&r).into_iter().filter(|(s, _)| s == who).collect();
        let expected = if text.contains("hattrick") { 3 } else { 2 };
        assert_eq!(theirs.len(), expected, "{text}: {:?}", placed(&r));
        assert!(
            theirs
                .iter()
                .all(|(_, t)| t.as_ref().is_some_and(|t| t.iter().any(|x| x == opponent))),
            "{text}: {theirs:?}"
        );
    }
}

#[test]
fn the_minutes_told_after_a_count_are_its_goals() {
    let told = [
        ("[[Paulinho|PLAYER]], el goleador\n\n[[Paulinho|PLAYER]] suma once goles. [[Jesús Angulo|PLAYER]] está lesionado. La afición lo adora. El club está contento. El [[Toluca|CLUB]] goleó 5-1 al [[Puebla|CLUB]] con un triplete perfecto: de cabeza al 12', con la zurda al 40' y con la derecha a los 66 minutos. [[Paulinho|PLAYER]] quiere más.", "Paulinho", vec![12, 40, 66]),
        ("[[Mateo Retegui|PLAYER]], la stagione da bomber\n\n[[Mateo Retegui|PLAYER]] guida la classifica. [[Ademola Lookman|PLAYER]] è infortunato. I tifosi lo adorano. Il club è contento. Nel 3-0 dell'[[Atalanta|CLUB]] all'[[Empoli|CLUB]] è arrivata una doppietta, al 18' e al 35'. [[Retegui|PLAYER]] vuole di più.", "Mateo Retegui", vec![18, 35]),
    ];
    for (text, who, at) in told {
        let r = run(text);
        let mut minutes: Vec<u32> = r
            .goals
            .iter()
            .filter(|g| g.scorer == who)
            .filter_map(|g| g.minute)
            .collect();
        minutes.sort_unstable();
        assert_eq!(minutes, at, "{text}: {:?}", scorers(text));
        assert_eq!(r.goals.len(), at.len(), "{text}: {:?}", scorers(text));
    }
}

#[test]
fn a_count_of_another_player_a_card_a_goal_conceded_or_no_score_is_not_theirs() {
    let traps = [
        // Another player named with the count.
        "[[Mateo Retegui|PLAYER]], la stagione da bomber\n\n[[Mateo Retegui|PLAYER]] guida la classifica. [[Marco Brescianini|PLAYER]] è infortunato. Nel 3-0 all'[[Empoli|CLUB]] la doppietta di [[Ademola Lookman|PLAYER]] ha chiuso la partita. [[Retegui|PLAYER]] vuole di più.",
        // A description owns it.
        "[[Vangelis Pavlidis|PLAYER]], o goleador\n\n[[Vangelis Pavlidis|PLAYER]] lidera a lista. [[Orkun Kökçü|PLAYER]] está lesionado. O [[Benfica|CLUB]] venceu o [[Estoril|CLUB]] por 3-0 com um hat-trick do capitão. [[Pavlidis|PLAYER]] quer mais.",
        // A score told in words.
        "[[Mateo Retegui|PLAYER]], la stagione da bomber\n\n[[Mateo Retegui|PLAYER]] guida la classifica. [[Marco Brescianini|PLAYER]] è infortunato. Una settimana prima l'[[Atalanta|CLUB]] era uscita sconfitta per tre reti a zero dal campo della [[Juventus|CLUB]]. [[Retegui|PLAYER]] vuole di più.",
        // Two yellow cards.
        "[[Ante Budimir|PLAYER]], el goleador\n\n[[Ante Budimir|PLAYER]] lidera la tabla. [[Lucas Torró|PLAYER]] está lesionado. En el 0-0 ante el [[Getafe|CLUB]] vio dos veces la tarjeta amarilla. [[Budimir|PLAYER]] quiere más.",
        // Goals conceded.
        "[[Khadija Shaw|PLAYER]], the season so far\n\n[[Khadija Shaw|PLAYER]] leads the charts. [[Lauren Hemp|PLAYER]] has been injured. In the 2-3 defeat at [[Chelsea|CLUB]] the defence conceded twice from corners. [[Shaw|PLAYER]] wants more.",
        // No score told: which match is not said.
        "[[Ayase Ueda|PLAYER]], de topscorer\n\n[[Ayase Ueda|PLAYER]] staat bovenaan. [[Quinten Timber|PLAYER]] is geblesseerd. Tegen [[FC Utrecht|CLUB]] maakte hij een hattrick. [[Ueda|PLAYER]] wil meer.",
        // No piece player: two named alike.
        "[[Deniz Undav|PLAYER]] und [[Ermedin Demirović|PLAYER]]\n\n[[Deniz Undav|PLAYER]] und [[Ermedin Demirović|PLAYER]] sind in Form. Beim 3:0 gegen [[Werder Bremen|CLUB]] gab es einen Doppelpack. [[Undav|PLAYER]] und [[Demirović|PLAYER]] jubelten.",
    ];
    for text in traps {
        let r = run(text);
        let mine = r
            .goals
            .iter()
            .filter(|g| {
                [
                    "Mateo Retegui",
                    "Ante Budimir",
                    "Khadija Shaw",
                    "Ayase Ueda",
                    "Deniz Undav",
                    "Ermedin Demirović",
                    "Vangelis Pavlidis",
                ]
                .contains(&g.scorer.as_str())
            })
            .count();
        assert_eq!(mine, 0, "{text}: {:?}", placed(&r));
    }
}

/// Profiles under a rubric line, one per language: a count in a sentence
/// with the match's score, its minutes in the next sentence naming no one.
const NEXT_SENTENCE: [(&str, &str); 7] = [
    (
        "Profile\n[[Khadija Shaw|PLAYER]], the striker\n\n[[Khadija Shaw|PLAYER]] leads the charts. [[Lauren Hemp|PLAYER]] is injured. In [[Manchester City|CLUB]]'s 3-0 win over [[Aston Villa|CLUB]] came a hat-trick. The first after 8 minutes, the second in the 33rd minute, the third in the 75th minute. [[Shaw|PLAYER]] wants more.",
        "Khadija Shaw",
    ),
    (
        "Porträt\n[[Ermedin Demirović|PLAYER]], der Torjäger\n\n[[Ermedin Demirović|PLAYER]] führt die Liste an. [[Deniz Undav|PLAYER]] fehlt. Beim 3:0 des [[VfB Stuttgart|CLUB]] gegen [[Werder Bremen|CLUB]] gelang ein Dreierpack. Zuerst in der 8. Minute, dann in der 33. Minute und in der 75. Minute. [[Demirović|PLAYER]] will mehr.",
        "Ermedin Demirović",
    ),
    (
        "Portret\n[[Ayase Ueda|PLAYER]], de topscorer\n\n[[Ayase Ueda|PLAYER]] staat bovenaan. [[Quinten Timber|PLAYER]] is geblesseerd. Bij de 3-0 van [[Feyenoord|CLUB]] tegen [[FC Utrecht|CLUB]] volgde een hattrick. Eerst in de 8ste minuut, dan in de 33ste minuut en in de 75ste minuut. [[Ueda|PLAYER]] wil meer.",
        "Ayase Ueda",
    ),
    (
        "Perfil\n[[Ante Budimir|PLAYER]], el goleador\n\n[[Ante Budimir|PLAYER]] lidera la tabla. [[Lucas Torró|PLAYER]] está lesionado. En el 3-0 del [[Osasuna|CLUB]] al [[Getafe|CLUB]] llegó un triplete. Primero en el minuto 8, luego en el minuto 33 y en el minuto 75. [[Budimir|PLAYER]] quiere más.",
        "Ante Budimir",
    ),
    (
        "Portrait\n[[Lucas Stassin|PLAYER]], l'attaquant\n\n[[Lucas Stassin|PLAYER]] domine le classement. [[Zuriko Davitashvili|PLAYER]] est blessé. Lors du succès 3-0 de [[Saint-Étienne|CLUB]] contre le [[Red Star|CLUB]], il avait signé un triplé. Une reprise à la 8e minute, un penalty à la 33e minute, puis une tête à la 75e minute. [[Stassin|PLAYER]] en veut plus.",
        "Lucas Stassin",
    ),
    (
        "Profilo\n[[Mateo Retegui|PLAYER]], il bomber\n\n[[Mateo Retegui|PLAYER]] guida la classifica. [[Ademola Lookman|PLAYER]] è infortunato. Nel 3-0 dell'[[Atalanta|CLUB]] al [[Torino|CLUB]] è arrivata una tripletta. Prima all'8', poi al 33' e infine al 75'. [[Retegui|PLAYER]] vuole di più.",
        "Mateo Retegui",
    ),
    (
        "Perfil\n[[Vangelis Pavlidis|PLAYER]], o goleador\n\n[[Vangelis Pavlidis|PLAYER]] lidera a lista. [[Orkun Kökçü|PLAYER]] está lesionado. No 3-0 do [[Benfica|CLUB]] ao [[Estoril|CLUB]] chegou um hat-trick. Primeiro aos 8 minutos, depois aos 33 minutos e aos 75 minutos. [[Pavlidis|PLAYER]] quer mais.",
        "Vangelis Pavlidis",
    ),
];

#[test]
fn the_minutes_of_the_next_sentence_fill_a_count_under_a_rubric_line() {
    let mut wrong = Vec::new();
    for (text, who) in NEXT_SENTENCE {
        let r = run(text);
        let mut minutes: Vec<Option<u32>> = r
            .goals
            .iter()
            .filter(|g| g.scorer == who)
            .map(|g| g.minute)
            .collect();
        minutes.sort_unstable();
        if minutes != [Some(8), Some(33), Some(75)] || r.goals.len() != 3 {
            wrong.push(format!("{who}: {:?}", scorers(text)));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Profiles whose count sentence lists its minutes, naming no one, after
/// another player was named in the sentence before: the minutes are the
/// piece's player's, not the last one named.
const CLAIMED: [(&str, &str); 7] = [
    (
        "[[Khadija Shaw|PLAYER]], the striker\n\n[[Khadija Shaw|PLAYER]] has 19 goals, two more than [[Alessia Russo|PLAYER]]. The night to remember was the hat-trick against [[Aston Villa|CLUB]]: 3-0, three goals, in the 8th, the 33rd and the 75th minute. [[Shaw|PLAYER]] wants more.",
        "Khadija Shaw",
    ),
    (
        "[[Ermedin Demirović|PLAYER]], der Torjäger\n\n[[Ermedin Demirović|PLAYER]] hat 15 Tore, zwei mehr als [[Deniz Undav|PLAYER]]. Unvergessen bleibt der Dreierpack gegen [[Werder Bremen|CLUB]]: 3:0, drei Tore, in der 8., der 33. und der 75. Minute. [[Demirović|PLAYER]] will mehr.",
        "Ermedin Demirović",
    ),
    (
        "[[Ayase Ueda|PLAYER]], de topscorer\n\n[[Ayase Ueda|PLAYER]] heeft 15 goals, twee meer dan [[Luuk de Jong|PLAYER]]. Onvergetelijk blijft de hattrick tegen [[FC Utrecht|CLUB]]: 3-0, drie goals, in de 8ste, de 33ste en de 75ste minuut. [[Ueda|PLAYER]] wil meer.",
        "Ayase Ueda",
    ),
    (
        "[[Ante Budimir|PLAYER]], el goleador\n\n[[Ante Budimir|PLAYER]] suma 15 goles, dos más que [[Iago Aspas|PLAYER]]. Inolvidable fue el triplete ante el [[Getafe|CLUB]]: 3-0, tres goles, en el minuto 8, en el 33 y en el 75. [[Budimir|PLAYER]] quiere más.",
        "Ante Budimir",
    ),
    (
        "[[Lucas Stassin|PLAYER]], l'attaquant\n\n[[Lucas Stassin|PLAYER]] compte 15 buts, deux de plus que [[Mostafa Mohamed|PLAYER]]. Inoubliable, le triplé contre le [[Red Star|CLUB]] : 3-0, trois buts, à la 8e, à la 33e et à la 75e minute. [[Stassin|PLAYER]] en veut plus.",
        "Lucas Stassin",
    ),
    (
        "[[Mateo Retegui|PLAYER]], la stagione da bomber\n\n[[Mateo Retegui|PLAYER]] guida con 24 reti, cinque in più di [[Moise Kean|PLAYER]]. Il momento simbolo resta la tripletta al [[Verona|CLUB]]: 3-0, tre gol, all'8', al 33' e al 75'. [[Retegui|PLAYER]] vuole di più.",
        "Mateo Retegui",
    ),
    (
        "[[Vangelis Pavlidis|PLAYER]], o goleador\n\n[[Vangelis Pavlidis|PLAYER]] soma 15 golos, mais dois do que [[Viktor Gyökeres|PLAYER]]. Inesquecível foi o hat-trick ao [[Estoril|CLUB]]: 3-0, três golos, aos 8, aos 33 e aos 75 minutos. [[Pavlidis|PLAYER]] quer mais.",
        "Vangelis Pavlidis",
    ),
];

#[test]
fn the_minutes_of_a_count_after_another_player_named_are_the_piece_players() {
    let mut wrong = Vec::new();
    for (text, who) in CLAIMED {
        let r = run(text);
        let mine: Vec<Option<u32>> = r
            .goals
            .iter()
            .filter(|g| g.scorer == who)
            .map(|g| g.minute)
            .collect();
        if !(mine.len() == 3 && mine.iter().all(Option::is_some)) || r.goals.len() != 3 {
            wrong.push(format!("{who}: {:?}", scorers(text)));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
