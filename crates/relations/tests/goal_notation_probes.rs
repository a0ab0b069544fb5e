//! Goals, third round: generalisation probes written for the seven
//! languages — Spanish goal-list minutes ("m.23"), own goals told in words,
//! cautions that are no goals, the second half as "2º tempo". Every sentence
//! here is written for the test.

mod common;

use common::{goal, goals, run, scored};
use scoreline_core::GoalKind;

fn kinds(marked: &str) -> Vec<(String, GoalKind)> {
    goals(&run(marked))
        .into_iter()
        .map(|(s, _, _, k)| (s, k))
        .collect()
}

#[test]
fn two_ordinals_share_one_minute_word() {
    assert_eq!(
        scored("[[Brian Brobbey|PLAYER]] scored in the 20th and 70th minutes."),
        [goal("Brian Brobbey", 20), goal("Brian Brobbey", 70)]
    );
    assert_eq!(
        scored("[[Luuk de Jong|PLAYER]] scoorde in de 12de en 80ste minuut."),
        [goal("Luuk de Jong", 12), goal("Luuk de Jong", 80)]
    );
}

#[test]
fn a_spanish_goal_list_gives_minutes_as_m_dot() {
    assert_eq!(
        scored("Goles: 1-0, m.23: [[Lewandowski|PLAYER]]. 2-0, m.67: [[Raphinha|PLAYER]]. 2-1, m.90: [[Griezmann|PLAYER]]."),
        [goal("Lewandowski", 23), goal("Raphinha", 67), goal("Griezmann", 90)]
    );
    // Spaced, "m." is a unit (metres), not a minute.
    assert_eq!(
        scored("[[Vitor Roque|PLAYER]] mide 1,75 m. 23 goles en la temporada lleva el delantero."),
        []
    );
}

#[test]
fn an_own_goal_told_in_words_is_an_own_goal() {
    assert_eq!(
        kinds("Un gol en propia puerta de [[Dani Vivian|PLAYER]] en el minuto 12 adelantó al [[Villarreal|CLUB]]."),
        [("Dani Vivian".to_owned(), GoalKind::OwnGoal)]
    );
    assert_eq!(
        kinds("Un but contre son camp de [[Nicolas Pallois|PLAYER]] (23e) a permis à [[Monaco|CLUB]] de mener."),
        [("Nicolas Pallois".to_owned(), GoalKind::OwnGoal)]
    );
    assert_eq!(
        kinds(
            "Um autogolo de [[Otamendi|PLAYER]] aos 15 minutos deu vantagem ao [[Sporting|CLUB]]."
        ),
        [("Otamendi".to_owned(), GoalKind::OwnGoal)]
    );
}

#[test]
fn a_caution_at_a_minute_is_no_goal() {
    assert_eq!(
        scored("[[Nicolò Barella|PLAYER]] è stato ammonito al 40'."),
        []
    );
    assert_eq!(
        scored("[[Fermín López|PLAYER]] fue amonestado en el minuto 55."),
        []
    );
    assert_eq!(
        scored("[[Paulinho|PLAYER]] foi amarelado aos 40 minutos."),
        []
    );
}

#[test]
fn the_second_half_written_with_an_ordinal_sign_adds_45() {
    assert_eq!(
        scored("[[Flamengo|CLUB]] 2 x 0 [[Vasco|CLUB]]. Gols: [[Arrascaeta|PLAYER]] (23' do 1º tempo) e [[Bruno Henrique|PLAYER]] (40' do 2º tempo)."),
        [goal("Arrascaeta", 23), goal("Bruno Henrique", 85)]
    );
}

#[test]
fn a_brace_in_another_meeting_of_the_same_sides_is_counted_there() {
    // Today's goal, then the earlier meeting with its own score.
    assert_eq!(
        scored("[[Ajax|CLUB]] beat [[Feyenoord|CLUB]] 2-0 on Sunday, [[Brian Brobbey|PLAYER]] scoring in the 20th minute. In the reverse fixture [[Ajax|CLUB]] had beaten [[Feyenoord|CLUB]] 3-1 and [[Brian Brobbey|PLAYER]] scored twice."),
        [
            goal("Brian Brobbey", 20),
            ("Brian Brobbey".to_owned(), None, None),
            ("Brian Brobbey".to_owned(), None, None)
        ]
    );
    // The same result told again: the brace is the goals told already.
    assert_eq!(
        scored("[[Ajax|CLUB]] beat [[Feyenoord|CLUB]] 2-0, [[Brian Brobbey|PLAYER]] scoring in the 20th and 70th minutes. The 2-0 over [[Feyenoord|CLUB]] owed everything to [[Brian Brobbey|PLAYER]], who scored twice."),
        [goal("Brian Brobbey", 20), goal("Brian Brobbey", 70)]
    );
}

#[test]
fn the_goal_a_shot_goes_to_is_the_keepers_net_not_his_goal() {
    assert_eq!(
        scored("[[Arsenal|CLUB]] laid siege to [[David Raya|PLAYER]]'s goal early on, and a shot at [[Jordan Pickford|PLAYER]]'s goal went wide."),
        []
    );
    // A goal of the player's own still counts.
    assert_eq!(
        scored("[[Troy Parrott|PLAYER]]'s goal was not enough for [[AZ|CLUB]]."),
        [("Troy Parrott".to_owned(), None, None)]
    );
}

#[test]
fn a_player_coming_on_in_place_of_another_is_no_goal() {
    assert_eq!(
        scored(
            "Al 52' entra [[Piotr Zielinski|PLAYER]] al posto di [[Henrikh Mkhitaryan|PLAYER]]."
        ),
        []
    );
    assert_eq!(
        scored("Al 75' è subentrato [[Lorenzo Lucca|PLAYER]], poco dopo il gol di [[Keinan Davis|PLAYER]] al 71'."),
        [goal("Keinan Davis", 71)]
    );
}

#[test]
fn a_live_entry_whose_finish_makes_a_score_is_a_goal() {
    assert_eq!(
        scored("90'+4' [[Dusan Vlahovic|PLAYER]] insacca il 2-1 di testa."),
        [("Dusan Vlahovic".to_owned(), Some(90), Some(4))]
    );
    assert_eq!(
        scored("90' - [[Dusan Vlahovic|PLAYER]] insacca il 2-1 di testa."),
        [goal("Dusan Vlahovic", 90)]
    );
    // A finish with no score made is not told as a goal.
    assert_eq!(
        scored("90' - [[Dusan Vlahovic|PLAYER]] insacca, ma è fuorigioco."),
        []
    );
}

#[test]
fn a_strafstoss_is_a_penalty() {
    assert_eq!(
        kinds("Kurz vor der Pause (44.) verwandelte [[Andrej Kramarić|PLAYER]] einen Strafstoß."),
        [("Andrej Kramarić".to_owned(), GoalKind::Penalty)]
    );
}

#[test]
fn a_hat_trick_written_apart_is_three_goals() {
    let three = vec![("Erling Haaland".to_owned(), None, None); 3];
    assert_eq!(
        scored("[[Erling Haaland|PLAYER]] bagged a hat trick."),
        three
    );
    assert_eq!(
        scored("[[Erling Haaland|PLAYER]] scored a hat-trick."),
        three
    );
}

#[test]
fn a_penalty_lost_is_a_penalty_missed() {
    assert_eq!(
        scored("[[Memphis Depay|PLAYER]] perdeu um pênalti aos 20 minutos, mas se redimiu aos 34 do segundo tempo."),
        [goal("Memphis Depay", 79)]
    );
    // The side that lost is no miss.
    assert_eq!(
        scored("O [[Santos|CLUB]] perdeu, apesar do gol de [[Neymar|PLAYER]] aos 20 minutos."),
        [goal("Neymar", 20)]
    );
}

#[test]
fn an_ordinal_after_a_minute_word_is_a_minute() {
    assert_eq!(
        scored("[[Jude Bellingham|PLAYER]] had a goal disallowed in the 60th minute before [[Kylian Mbappé|PLAYER]] netted in the 75th."),
        [goal("Kylian Mbappé", 75)]
    );
    // Without a minute word before, an ordinal is no minute.
    assert_eq!(
        scored("[[Kylian Mbappé|PLAYER]] scored on his birthday, the 20th."),
        [("Kylian Mbappé".to_owned(), None, None)]
    );
}

#[test]
fn a_minute_first_list_with_half_marks_before_the_minutes() {
    assert_eq!(
        scored("Reti: pt 12' [[Ademola Lookman|PLAYER]]; st 10' [[Mateo Retegui|PLAYER]], 40' [[Charles De Ketelaere|PLAYER]]."),
        [
            goal("Ademola Lookman", 12),
            goal("Mateo Retegui", 55),
            goal("Charles De Ketelaere", 85)
        ]
    );
    // A name-first list keeps each minute with the name before it.
    assert_eq!(
        scored("Reti: [[Ademola Lookman|PLAYER]] 12', [[Mateo Retegui|PLAYER]] 55', [[Charles De Ketelaere|PLAYER]] 85'."),
        [
            goal("Ademola Lookman", 12),
            goal("Mateo Retegui", 55),
            goal("Charles De Ketelaere", 85)
        ]
    );
}

#[test]
fn the_kind_of_a_list_item_stops_at_its_semicolon() {
    assert_eq!(
        kinds("[[Girona|CLUB]] 2-1 [[Getafe|CLUB]]: goles de [[Miovski|PLAYER]] (m.12) y [[Stuani|PLAYER]] (m.75, de penalti); [[Mayoral|PLAYER]] (m.88) para el Getafe."),
        [
            ("Miovski".to_owned(), GoalKind::Regular),
            ("Stuani".to_owned(), GoalKind::Penalty),
            ("Mayoral".to_owned(), GoalKind::Regular)
        ]
    );
}

#[test]
fn a_list_headed_by_the_goals_with_counts_in_brackets() {
    let kane = ("Kane".to_owned(), None, None);
    let olise = ("Olise".to_owned(), None, None);
    assert_eq!(
        scored("Treffer: [[Kane|PLAYER]] (2), [[Olise|PLAYER]]."),
        [kane.clone(), kane.clone(), olise.clone()]
    );
    assert_eq!(
        scored("Gols: [[Pedro|PLAYER]] (2) e [[Arrascaeta|PLAYER]]."),
        vec![("Pedro".to_owned(), None, None); 2]
            .into_iter()
            .chain([("Arrascaeta".to_owned(), None, None)])
            .collect::<Vec<_>>()
    );
    // A season's tally is no match's goals.
    assert_eq!(
        scored("Tore: [[Kane|PLAYER]] (24), [[Guirassy|PLAYER]] (21)."),
        []
    );
    // A list with minutes keeps them.
    assert_eq!(
        scored("Tore: 1:0 [[Müller|PLAYER]] (12.), 2:0 [[Kane|PLAYER]] (45.+1)"),
        [goal("Müller", 12), ("Kane".to_owned(), Some(45), Some(1))]
    );
}

#[test]
fn a_count_of_goals_for_a_player_is_theirs() {
    assert_eq!(
        scored("Hat-trick for [[Erling Haaland|PLAYER]] as [[Manchester City|CLUB]] beat [[Ipswich|CLUB]] 3-0."),
        vec![("Erling Haaland".to_owned(), None, None); 3]
    );
    assert_eq!(
        scored("Doppelpack für [[Harry Kane|PLAYER]] beim 3:0 in [[Bochum|CLUB]]."),
        vec![("Harry Kane".to_owned(), None, None); 2]
    );
    // One goal "for" a player is not told as scored by them.
    assert_eq!(
        scored(
            "A penalty for [[Harry Kane|PLAYER]] after a foul by [[Kevin Schlotterbeck|PLAYER]]."
        ),
        []
    );
}

#[test]
fn the_agent_of_a_plain_made_whose_subject_is_the_goal_scored() {
    assert_eq!(
        scored("Het openingsdoelpunt werd in de 14de minuut gemaakt door [[Igor Paixão|PLAYER]]."),
        [goal("Igor Paixão", 14)]
    );
    assert_eq!(
        scored("El segundo gol fue hecho por [[Ayoze Pérez|PLAYER]] en el minuto 61."),
        [goal("Ayoze Pérez", 61)]
    );
    // A foul made by a player is no goal of theirs.
    assert_eq!(
        scored("De overtreding werd in de 30ste minuut gemaakt door [[Jorrel Hato|PLAYER]]."),
        []
    );
}
