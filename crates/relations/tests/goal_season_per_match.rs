//! A season told match by match, in the seven languages: a player's goals
//! told without a minute are weighed against their goals of the same match
//! only (the match a sentence names, else the one told of last before it),
//! so a goal in another match told with its minute does not swallow them;
//! a retelling of one match's goals still adds none. Every sentence here is
//! written for the test.

mod common;

use common::{placed, run};

/// How many goals `scorer` has in the match of `a` and `b` (either order).
fn goals_in(marked: &str, scorer: &str, a: &str, b: &str) -> usize {
    placed(&run(marked))
        .into_iter()
        .filter(|(s, t)| {
            s == scorer
                && t.as_ref()
                    .is_some_and(|t| (t[0] == a && t[1] == b) || (t[0] == b && t[1] == a))
        })
        .count()
}

/// (text, scorer, the first match's teams, the second match's teams): the
/// scorer's count of the first match is told after its score, their goal
/// in the second with its minute.
const SEASONS: [(&str, &str, [&str; 2], [&str; 2]); 7] = [
    (
        "[[Arsenal|CLUB]] beat [[Chelsea|CLUB]] 3-0 in August. [[Bukayo Saka|PLAYER]] scored twice. In October [[Everton|CLUB]] lost 1-2 to [[Arsenal|CLUB]], [[Bukayo Saka|PLAYER]] scoring in the 88th minute.",
        "Bukayo Saka",
        ["Arsenal", "Chelsea"],
        ["Everton", "Arsenal"],
    ),
    (
        "Im August schlug der [[VfB Stuttgart|CLUB]] den [[SC Freiburg|CLUB]] mit 3:0. [[Deniz Undav|PLAYER]] traf doppelt. Im Oktober gewann der [[VfB Stuttgart|CLUB]] 2:1 gegen [[Werder Bremen|CLUB]], [[Deniz Undav|PLAYER]] traf in der 88. Minute.",
        "Deniz Undav",
        ["VfB Stuttgart", "SC Freiburg"],
        ["VfB Stuttgart", "Werder Bremen"],
    ),
    (
        "In augustus won [[Feyenoord|CLUB]] met 3-0 van [[FC Utrecht|CLUB]]. [[Ayase Ueda|PLAYER]] scoorde twee keer. In oktober won [[Feyenoord|CLUB]] met 2-1 van [[AZ|CLUB]], [[Ayase Ueda|PLAYER]] scoorde in de 88ste minuut.",
        "Ayase Ueda",
        ["Feyenoord", "FC Utrecht"],
        ["Feyenoord", "AZ"],
    ),
    (
        "En agosto, el [[Osasuna|CLUB]] ganó 3-0 al [[Getafe|CLUB]]. [[Ante Budimir|PLAYER]] marcó dos goles. En octubre, el [[Osasuna|CLUB]] venció 2-1 al [[Betis|CLUB]] y [[Ante Budimir|PLAYER]] marcó en el minuto 88.",
        "Ante Budimir",
        ["Osasuna", "Getafe"],
        ["Osasuna", "Betis"],
    ),
    (
        "En août, le [[Stade Rennais|CLUB]] a battu le [[FC Nantes|CLUB]] 3-0. [[Arnaud Kalimuendo|PLAYER]] a marqué deux fois. En octobre, le [[Stade Rennais|CLUB]] a gagné 2-1 contre [[Lille|CLUB]], [[Arnaud Kalimuendo|PLAYER]] a marqué à la 88e minute.",
        "Arnaud Kalimuendo",
        ["Stade Rennais", "FC Nantes"],
        ["Stade Rennais", "Lille"],
    ),
    (
        "Ad agosto l'[[Atalanta|CLUB]] ha battuto il [[Torino|CLUB]] 3-0. [[Mateo Retegui|PLAYER]] ha segnato una doppietta. A ottobre l'[[Atalanta|CLUB]] ha vinto 2-1 contro il [[Genoa|CLUB]], [[Mateo Retegui|PLAYER]] ha segnato all'88'.",
        "Mateo Retegui",
        ["Atalanta", "Torino"],
        ["Atalanta", "Genoa"],
    ),
    (
        "Em agosto, o [[Benfica|CLUB]] venceu o [[Estoril|CLUB]] por 3-0. [[Vangelis Pavlidis|PLAYER]] marcou dois golos. Em outubro, o [[Benfica|CLUB]] venceu o [[Braga|CLUB]] por 2-1 e [[Vangelis Pavlidis|PLAYER]] marcou aos 88 minutos.",
        "Vangelis Pavlidis",
        ["Benfica", "Estoril"],
        ["Benfica", "Braga"],
    ),
];

#[test]
fn a_count_after_one_matchs_score_is_not_swallowed_by_a_goal_in_another() {
    for (text, scorer, [a, b], [c, d]) in SEASONS {
        assert_eq!(goals_in(text, scorer, a, b), 2, "{text}");
        assert_eq!(goals_in(text, scorer, c, d), 1, "{text}");
    }
}

#[test]
fn a_match_retold_after_its_minutes_adds_no_goal() {
    let retold = [
        ("[[Arsenal|CLUB]] beat [[Chelsea|CLUB]] 2-0. [[Bukayo Saka|PLAYER]] scored in the 10th and in the 30th minute. The fans sang: [[Bukayo Saka|PLAYER]] scored twice.", "Bukayo Saka"),
        ("[[Atalanta|CLUB]] e [[Torino|CLUB]] 2-0. [[Mateo Retegui|PLAYER]] ha segnato al 10' e al 30'. Nel finale, la doppietta di [[Mateo Retegui|PLAYER]] è stata celebrata dai tifosi.", "Mateo Retegui"),
        ("O [[Benfica|CLUB]] venceu o [[Estoril|CLUB]] por 2-0. [[Vangelis Pavlidis|PLAYER]] marcou aos 10 e aos 30 minutos. No fim, [[Vangelis Pavlidis|PLAYER]] marcou dois golos e saiu aplaudido.", "Vangelis Pavlidis"),
    ];
    for (text, scorer) in retold {
        let r = run(text);
        assert_eq!(
            r.goals.iter().filter(|g| g.scorer == scorer).count(),
            2,
            "{text}: {:?}",
            placed(&r)
        );
    }
}
