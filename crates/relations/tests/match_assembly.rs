//! Match assembly on sentences with entities marked inline: which clubs a
//! score is between, which way round it goes, and when two scores of one
//! pair are one match.

mod common;

use common::run;
use scoreline_relations::Relations;

/// A match as (teams, score, penalties).
type Told = ([String; 2], Option<[u32; 2]>, Option<[u32; 2]>);

/// The matches as (teams, score, penalties), each turned so that its teams
/// are in alphabetical order: the order of teams carries no meaning.
fn found(r: &Relations) -> Vec<Told> {
    r.matches
        .iter()
        .map(|m| {
            let swap = m.teams[0] > m.teams[1];
            let turn = |p: Option<[u32; 2]>| p.map(|[a, b]| if swap { [b, a] } else { [a, b] });
            let mut teams = m.teams.clone();
            if swap {
                teams.swap(0, 1);
            }
            (teams, turn(m.score), turn(m.penalties))
        })
        .collect()
}

fn one(a: &str, b: &str, score: [u32; 2]) -> Told {
    let (teams, score) = if a <= b {
        ([a.to_owned(), b.to_owned()], score)
    } else {
        ([b.to_owned(), a.to_owned()], [score[1], score[0]])
    };
    (teams, Some(score), None)
}

#[test]
fn running_scores_of_a_live_blog_are_steps_of_its_one_match() {
    let r = run("Live: [[Leeds|CLUB]] 3-1 [[Sunderland|CLUB]]. 14 min: GOAL! [[Leeds|CLUB]] 1-0 [[Sunderland|CLUB]]. 40 min: GOAL! [[Leeds|CLUB]] 1-1 [[Sunderland|CLUB]]. 52 min: GOAL! [[Leeds|CLUB]] 2-1 [[Sunderland|CLUB]].");
    assert_eq!(found(&r), [one("Leeds", "Sunderland", [3, 1])]);
    assert_eq!(r.matches[0].anchors.len(), 4, "{:?}", r.matches);
    let r = run("[[Leipzig|CLUB]] schlägt [[Bremen|CLUB]] 3:1. 61., TOR für [[Leipzig|CLUB]]: 2:1 gegen [[Bremen|CLUB]]. 90., [[Leipzig|CLUB]] – [[Bremen|CLUB]] 3:1.");
    assert_eq!(found(&r), [one("Bremen", "Leipzig", [1, 3])]);
    let r = run("Final: [[Palmeiras|CLUB]] 3 x 1 [[Corinthians|CLUB]]. Gols: [[Palmeiras|CLUB]] 1 x 0 [[Corinthians|CLUB]] aos 34'; [[Palmeiras|CLUB]] 2 x 1 [[Corinthians|CLUB]] aos 60'.");
    assert_eq!(found(&r), [one("Corinthians", "Palmeiras", [1, 3])]);
}

#[test]
fn an_earlier_meeting_of_the_same_pair_stays_a_match_of_its_own() {
    let r = run("L'[[Ajax|CLUB]] ha battuto il [[Feyenoord|CLUB]] 2:1. Nella partita di andata tra [[Feyenoord|CLUB]] e [[Ajax|CLUB]] era finita 1-1.");
    assert_eq!(
        found(&r),
        [
            one("Ajax", "Feyenoord", [2, 1]),
            one("Ajax", "Feyenoord", [1, 1])
        ]
    );
    let r = run("El [[Chelsea|CLUB]] venció 2-0 al [[Manchester United|CLUB]]. El [[Manchester United|CLUB]] ya había caído ante el [[Chelsea|CLUB]] en la ida por 1-0.");
    assert_eq!(
        found(&r),
        [
            one("Chelsea", "Manchester United", [2, 0]),
            one("Chelsea", "Manchester United", [1, 0])
        ]
    );
    let r = run("[[Chelsea|CLUB]] lost 1-2 to [[Arsenal|CLUB]]. [[Arsenal|CLUB]] had also won the reverse fixture against [[Chelsea|CLUB]] 1-0.");
    assert_eq!(
        found(&r),
        [
            one("Arsenal", "Chelsea", [2, 1]),
            one("Arsenal", "Chelsea", [1, 0])
        ]
    );
}

#[test]
fn scores_that_cannot_lead_to_one_another_are_two_meetings() {
    let r = run("[[Benfica|CLUB]] venceu o [[Sporting|CLUB]] por 3-1. Na Supertaça, o [[Sporting|CLUB]] venceu o [[Benfica|CLUB]] por 2-1.");
    assert_eq!(
        found(&r),
        [
            one("Benfica", "Sporting", [3, 1]),
            one("Benfica", "Sporting", [1, 2])
        ]
    );
}

#[test]
fn a_level_score_told_before_a_larger_one_is_not_its_step() {
    // A draw after extra time and the shoot-out that followed: one match.
    let r = run("Na 1-1 na verlenging won [[Bielefeld|CLUB]] tegen [[Werder Bremen|CLUB]] in de strafschoppenserie met 4-3.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    assert_eq!(r.matches[0].score, Some([1, 1]));
    // Even when the shoot-out is taken for a result, the draw told first
    // is not folded into it.
    let r = run("[[Juventus|CLUB]] pareggia 1-1 con l'[[Empoli|CLUB]] e poi perde 2-4 dopo una lunga serie.");
    assert!(
        r.matches.iter().any(|m| m.score == Some([1, 1])),
        "{:?}",
        r.matches
    );
}

#[test]
fn a_shoot_out_joins_the_level_result_of_the_next_or_previous_sentence() {
    let r = run("Im Finale setzten sich die Basken gegen [[RCD Mallorca|CLUB]] und [[Athletic|CLUB]] mit 4:2 im Elfmeterschießen durch. Nach 120 Minuten stand es 1:1.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    assert_eq!(r.matches[0].score, Some([1, 1]));
    assert!(r.matches[0].penalties.is_some(), "{:?}", r.matches);
    let r = run("[[Hertha BSC|CLUB]] – [[Heidenheim|CLUB]] 2:2 n.V. Im Elfmeterschießen behielt die Alte Dame mit 5:4 i.E. die Nerven.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    assert_eq!(
        (r.matches[0].score, r.matches[0].penalties),
        (Some([2, 2]), Some([5, 4]))
    );
}

#[test]
fn each_score_of_a_results_line_takes_the_clubs_of_its_own_clause() {
    let r = run("Les résultats : [[Benfica|CLUB]] 2-3 [[Barcelone|CLUB]], [[Monaco|CLUB]] 1-0 [[Aston Villa|CLUB]], [[Leverkusen|CLUB]] 2-1 [[Atlético|CLUB]].");
    assert_eq!(
        found(&r),
        [
            one("Benfica", "Barcelone", [2, 3]),
            one("Monaco", "Aston Villa", [1, 0]),
            one("Leverkusen", "Atlético", [2, 1]),
        ]
    );
    let r = run("Eredivisie: [[PSV|CLUB]] 3-1 [[AZ|CLUB]] (2-0); [[Ajax|CLUB]] 2-2 [[Feyenoord|CLUB]] (1-1).");
    assert_eq!(
        found(&r),
        [one("PSV", "AZ", [3, 1]), one("Ajax", "Feyenoord", [2, 2])]
    );
    let r = run("Fiorentina–Como 0–2, [[Udinese|CLUB]]–[[Cagliari|CLUB]] 1–1, [[Parma|CLUB]]–[[Verona|CLUB]] 2–1.");
    assert_eq!(
        found(&r),
        [
            one("Udinese", "Cagliari", [1, 1]),
            one("Parma", "Verona", [2, 1])
        ]
    );
}

#[test]
fn a_club_named_far_on_in_another_clause_is_not_the_second_team() {
    let r = run("L'[[Italia|CLUB]] rinasce. Gli azzurri battono la [[Francia|CLUB]] per 3 a 1 nella prima giornata, a due mesi dall'eliminazione all'Europeo contro la [[Svizzera|CLUB]].");
    assert_eq!(
        found(&r),
        [one("Italia", "Francia", [3, 1])],
        "{:?}",
        r.matches
    );
}

#[test]
fn the_club_after_a_transitive_win_verb_is_the_beaten_side() {
    let r = run(
        "L'[[Argentina|CLUB]] festeggia. La squadra di Scaloni travolge il [[Brasile|CLUB]] 4-1.",
    );
    assert_eq!(found(&r), [one("Argentina", "Brasile", [4, 1])]);
    let r = run("Die Frauen des [[FC Barcelona|CLUB]] jubeln. Im Finale besiegte die Mannschaft von Giráldez den Rekordsieger [[Olympique Lyon|CLUB]] mit 2:0.");
    assert_eq!(found(&r), [one("FC Barcelona", "Olympique Lyon", [2, 0])]);
}

#[test]
fn a_club_after_an_intransitive_win_verb_is_its_subject() {
    // German and Dutch put the subject after the verb.
    let r = run("Im Halbfinale traf [[Barça|CLUB]] auf den [[FC Chelsea|CLUB]]. Im Rückspiel gewann [[Barça|CLUB]] an der Stamford Bridge mit 0:2.");
    assert_eq!(found(&r), [one("Barça", "FC Chelsea", [2, 0])]);
    let r = run("[[Arminia Bielefeld|CLUB]] speelde tegen [[Werder Bremen|CLUB]]. Na een zware avond won [[Werder Bremen|CLUB]] met 1-2.");
    assert_eq!(
        found(&r),
        [one("Arminia Bielefeld", "Werder Bremen", [1, 2])]
    );
}

#[test]
fn the_host_named_with_at_lost_to_the_implicit_subject_or_beat_it() {
    let r = run("Der [[FC Bayern München|CLUB]] hat verloren. Bei [[Aston Villa|CLUB]] unterlag die Mannschaft von Kompany mit 0:1.");
    assert_eq!(found(&r), [one("Aston Villa", "FC Bayern München", [1, 0])]);
    let r = run("Die Fußballerinnen des [[FC Bayern München|CLUB]] jubeln. Im AOK Stadion gewann der Meister beim [[VfL Wolfsburg|CLUB]] mit 3:2.");
    assert_eq!(
        found(&r),
        [one("FC Bayern München", "VfL Wolfsburg", [3, 2])]
    );
}

#[test]
fn a_score_told_for_a_club_is_its_lead() {
    let r = run("[[Leipzig|CLUB]] spielt gegen [[Werder Bremen|CLUB]]. Simons macht den Deckel drauf, 3:1 für [[Leipzig|CLUB]].");
    assert_eq!(found(&r), [one("Leipzig", "Werder Bremen", [3, 1])]);
    let r = run("[[Aston Villa|CLUB]] résiste au [[PSG|CLUB]]. Quel slalom de Kvaratskhelia ! 1-2 pour le [[PSG|CLUB]].");
    assert_eq!(found(&r), [one("PSG", "Aston Villa", [2, 1])]);
}

#[test]
fn a_possessive_club_is_not_a_side_of_the_score() {
    let r = run("[[PSV|CLUB]] cut [[Ajax|CLUB]]'s lead after beating [[AZ|CLUB]] 3-1.");
    assert_eq!(found(&r), [one("PSV", "AZ", [3, 1])]);
}

#[test]
fn a_passive_win_participle_is_a_defeat_of_its_subject() {
    let r = run("De weg naar de finale was lang voor [[Manchester United|CLUB]]. In de kwartfinale werd [[Olympique Lyon|CLUB]] na verlenging met 5-4 verslagen.");
    assert_eq!(
        found(&r),
        [one("Manchester United", "Olympique Lyon", [5, 4])]
    );
    // With "have" the participle is the subject's win.
    let r = run("L'[[Inter|CLUB]] è in testa. Il [[Napoli|CLUB]] ha battuto la [[Roma|CLUB]] 2-0.");
    assert_eq!(found(&r), [one("Napoli", "Roma", [2, 0])]);
    let r = run("Le [[Real Madrid|CLUB]] attend [[Arsenal|CLUB]]. Battu 3-0 à l'aller, le [[Real Madrid|CLUB]] doit signer un exploit.");
    assert_eq!(found(&r), [one("Arsenal", "Real Madrid", [3, 0])]);
}

#[test]
fn the_side_a_score_was_won_from_or_against_is_the_opponent() {
    let r = run("[[Curaçao|CLUB]] is dicht bij het WK. In een kolkend stadion won de ploeg van Advocaat met 3-2 van [[Trinidad en Tobago|CLUB]].");
    assert_eq!(found(&r), [one("Curaçao", "Trinidad en Tobago", [3, 2])]);
    let r = run("[[Colombia|CLUB]] está en la final. La selección de Lorenzo venció 1-0 al [[Uruguay|CLUB]] en Charlotte.");
    assert_eq!(found(&r), [one("Colombia", "Uruguay", [1, 0])]);
    let r = run(
        "A [[Portugal|CLUB]] venceu. Depois do 2-1 à [[Croácia|CLUB]], a equipa lidera o grupo.",
    );
    assert_eq!(found(&r), [one("Portugal", "Croácia", [2, 1])]);
}

#[test]
fn an_opponent_named_before_is_not_the_implicit_subject() {
    let r = run("El [[Borussia Dortmund|CLUB]] busca estabilidad. En la Champions su equipo perdió 4:0 contra el [[FC Barcelona|CLUB]], en la liga sin embargo ganó con 4:1 contra el [[Friburgo|CLUB]].");
    assert_eq!(
        found(&r),
        [
            one("Borussia Dortmund", "FC Barcelona", [0, 4]),
            one("Borussia Dortmund", "Friburgo", [4, 1])
        ]
    );
}

#[test]
fn a_half_time_score_in_brackets_does_not_end_the_clause() {
    let r = run("Vor 60.000 Zuschauern setzte sich die Mannschaft von Hoeneß mit 3:2 (1:1) gegen [[Eintracht Frankfurt|CLUB]] durch. Der [[VfB Stuttgart|CLUB]] jubelt.");
    assert_eq!(
        found(&r),
        [one("VfB Stuttgart", "Eintracht Frankfurt", [3, 2])]
    );
}

#[test]
fn a_club_in_an_aside_is_not_the_subject_of_the_verb_after_it() {
    let r = run("L'[[Argentina|CLUB]], già certa della qualificazione grazie al pareggio tra [[Bolivia|CLUB]] e [[Uruguay|CLUB]], travolge il [[Brasile|CLUB]] 4-1.");
    assert_eq!(found(&r), [one("Argentina", "Brasile", [4, 1])]);
    let r = run(
        "[[Arsenal|CLUB]], who had lost to [[Chelsea|CLUB]] in midweek, beat [[Spurs|CLUB]] 2-0.",
    );
    assert_eq!(found(&r), [one("Arsenal", "Spurs", [2, 0])]);
}

#[test]
fn a_club_already_in_a_match_goes_on_playing_its_opponent() {
    // A multi-match live blog: the update names one club only.
    let r = run("FINALI: [[Fiorentina|CLUB]]–[[Como|CLUB|como]] 0–2, [[Parma|CLUB]]–[[Verona|CLUB]] 2–1. 16:54 - GOL DEL [[COMO|CLUB|como]]! Contropiede di Diao: 0–2 al Franchi. 16:41 - Al Tardini il [[Parma|CLUB]] torna avanti: Man in diagonale, 2–1.");
    assert_eq!(
        found(&r),
        [
            one("Fiorentina", "Como", [0, 2]),
            one("Parma", "Verona", [2, 1])
        ],
        "{:?}",
        r.matches
    );
    // Told as an earlier meeting, it keeps the side of its own sentences.
    let r = run("Im Finale besiegte [[Barça|CLUB]] den [[Olympique Lyon|CLUB]] mit 2:0. Im Halbfinale hatte [[Barça|CLUB]] den [[FC Chelsea|CLUB]] ausgeschaltet. Nach einem 0:1 im Hinspiel gewann [[Barça|CLUB]] das Rückspiel mit 2:0.");
    assert!(
        r.matches
            .iter()
            .all(|m| m.score != Some([0, 1]) || m.teams.contains(&"FC Chelsea".to_owned())),
        "{:?}",
        r.matches
    );
}

#[test]
fn a_coach_s_what_if_in_quotes_is_not_a_result() {
    let r = run("El [[Chelsea|CLUB]] venció 2-0 al [[Manchester United|CLUB]]. Skinner lamentó: \"Con el 1-1 habría sido otro partido\".");
    assert_eq!(found(&r), [one("Chelsea", "Manchester United", [2, 0])]);
    let r = run("[[Inter|CLUB]] verlor gegen [[Juventus|CLUB]] 4:4. Inzaghi: „Bei einem 4:2 darf man dieses Spiel nicht mehr aus der Hand geben.“");
    assert_eq!(found(&r), [one("Inter", "Juventus", [4, 4])]);
}

#[test]
fn a_result_noun_whose_genitive_is_the_second_club_is_its_win() {
    let r = run("En la Serie A, el [[Nápoles|CLUB]] se llevó un baño en casa: victoria visitante del [[Atalanta|CLUB]] por 0-3.");
    assert_eq!(found(&r), [one("Nápoles", "Atalanta", [0, 3])]);
}

#[test]
fn a_fragment_of_a_club_name_is_not_a_side() {
    let r = run("[[Hamburger SV|CLUB]] – [[1.|CLUB]] [[FC Magdeburg|CLUB]] 2:1 (0:1)");
    assert_eq!(found(&r), [one("Hamburger SV", "FC Magdeburg", [2, 1])]);
}

#[test]
fn knocking_out_is_winning() {
    let r = run("Na meia-final, o [[Benfica|CLUB]] tinha afastado o [[Braga|CLUB]] por 3–0.");
    assert_eq!(found(&r), [one("Benfica", "Braga", [3, 0])]);
    let r = run(
        "O [[Internacional|CLUB]] eliminou o [[Juventude|CLUB]] depois de um empate por 1 a 1.",
    );
    assert_eq!(found(&r), [one("Internacional", "Juventude", [1, 1])]);
    let r = run("[[Athletic|CLUB]] eliminó a la [[Real Sociedad|CLUB]] con un 2-0 en San Mamés.");
    assert_eq!(found(&r), [one("Athletic", "Real Sociedad", [2, 0])]);
}

#[test]
fn two_clubs_after_a_score_are_its_sides_only_when_close() {
    let r = run("El [[Chelsea|CLUB]] sigue invicto. Las londinenses vencieron por 2 a 0 al [[Manchester United|CLUB]] ante más de 30.000 espectadores y aventajan en diez puntos al [[Arsenal|CLUB]].");
    assert_eq!(found(&r), [one("Chelsea", "Manchester United", [2, 0])]);
    let r = run("La lesión llegó en la victoria por 2-3 ante el [[RB Leipzig|CLUB]] en la Champions League, aquella en la que brilló la [[Juventus|CLUB]].");
    assert_eq!(found(&r), [one("Juventus", "RB Leipzig", [3, 2])]);
    let r = run("A 2-1 win for [[Everton|CLUB]] over [[Fulham|CLUB]] lifted the mood.");
    assert_eq!(found(&r), [one("Everton", "Fulham", [2, 1])]);
}

#[test]
fn a_headline_verb_tells_who_won_a_score_in_brackets() {
    let r = run("El [[PSG|CLUB]] castiga a un [[OM|CLUB]] con diez en el Vélodrome (0-3)");
    assert_eq!(found(&r), [one("PSG", "OM", [3, 0])]);
}

#[test]
fn a_guessed_order_of_a_known_result_is_that_result() {
    // One club named and no wording: 0-3 is the known 3-0 told home first.
    let r = run("El [[PSG|CLUB]] castiga al [[OM|CLUB]] (0-3). Desde entonces el [[PSG|CLUB]] controló un partido que terminó 0-3.");
    assert_eq!(found(&r), [one("PSG", "OM", [3, 0])]);
    // Not when told as an earlier meeting.
    let r = run("Las [[Rayadas|CLUB]] vencieron 2-1 a [[Tigres|CLUB]]. En la ida, las [[Tigres|CLUB]] se habían impuesto 2-1.");
    assert_eq!(found(&r).len(), 2, "{:?}", r.matches);
}

#[test]
fn a_leg_told_without_clubs_is_an_earlier_meeting_of_the_main_pair() {
    let r = run("L'[[Ajax|CLUB]] ha battuto il [[Feyenoord|CLUB]] 2:1. Nella partita di andata era finita 1-1.");
    assert_eq!(
        found(&r),
        [
            one("Ajax", "Feyenoord", [2, 1]),
            one("Ajax", "Feyenoord", [1, 1])
        ]
    );
    // A pluperfect alone is no leg: a disallowed goal in a live blog.
    let r = run("[[Benfica|CLUB]] – [[FC Porto|CLUB]] 1-1. 55' – Golo anulado! Galeno tinha feito o 1-2, mas o VAR deteta fora de jogo.");
    assert_eq!(found(&r), [one("Benfica", "FC Porto", [1, 1])]);
}

#[test]
fn clauses_of_one_implicit_subject_each_name_its_opponent() {
    let r = run("Un riscatto per l'[[Italia|CLUB]], che nel girone aveva battuto 1-0 il [[Belgio|CLUB]], pareggiato 1-1 con il [[Portogallo|CLUB]] e perso 1-3 contro la [[Spagna|CLUB]].");
    assert_eq!(
        found(&r),
        [
            one("Italia", "Belgio", [1, 0]),
            one("Italia", "Portogallo", [1, 1]),
            one("Italia", "Spagna", [1, 3])
        ]
    );
}

#[test]
fn the_club_after_a_score_after_a_win_verb_is_its_object() {
    let r = run(
        "O [[Benfica|CLUB]] brilhou na Luz. Os encarnados venceram por 2-1 o [[Sporting|CLUB]].",
    );
    assert_eq!(found(&r), [one("Benfica", "Sporting", [2, 1])]);
    let r = run("Il [[Liverpool|CLUB]] vola. Ad Anfield i campioni battono 2-0 il [[Manchester City|CLUB]].");
    assert_eq!(found(&r), [one("Liverpool", "Manchester City", [2, 0])]);
}

#[test]
fn then_in_a_report_is_no_earlier_meeting() {
    let r = run("[[PSV|CLUB]] won met 3-1 van [[Ajax|CLUB]]. Toen schoot De Jong voor [[PSV|CLUB]] tegen [[Ajax|CLUB]] de 2-1 binnen.");
    assert_eq!(found(&r), [one("PSV", "Ajax", [3, 1])]);
    let r = run("Le [[PSG|CLUB]] bat l'[[OM|CLUB]] 3-1. À la dernière minute, le [[PSG|CLUB]] menait 2-1 contre l'[[OM|CLUB]].");
    assert_eq!(found(&r), [one("PSG", "OM", [3, 1])]);
}

#[test]
fn a_shoot_out_after_a_second_leg_joins_it_in_its_sentence() {
    let r = run("C'est fini à Anfield ! Le [[PSG|CLUB]] s'impose 1-4 aux tirs au but face à [[Liverpool|CLUB]], après un score de 0-1 au terme de la prolongation.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    let (teams, score, penalties) = found(&r).remove(0);
    assert_eq!(teams, ["Liverpool".to_owned(), "PSG".to_owned()]);
    assert_eq!(penalties, Some([1, 4]));
    // The clause of the 0-1 names no club: which side scored is not told.
    assert!(matches!(score, Some([0, 1] | [1, 0])), "{score:?}");
}

#[test]
fn a_shoot_out_told_before_its_draw_does_not_join_the_result_before_it() {
    let r = run("The [[Red Bulls|CLUB]] swept [[Columbus Crew|CLUB]] 2-0 in the series, winning the second game 4-3 on penalties after a 1-1 draw.");
    assert!(
        r.matches
            .iter()
            .all(|m| m.penalties.is_none() || m.score == Some([1, 1])),
        "{:?}",
        r.matches
    );
}

#[test]
fn a_loss_noun_right_after_a_name_is_the_win_verb() {
    let r = run("La [[Roja|CLUB]] derrota 2-1 a [[Inglaterra|CLUB]] en Berlín.");
    assert_eq!(found(&r), [one("Roja", "Inglaterra", [2, 1])]);
    let r = run("Holders [[Spain|CLUB]] defeat [[England|CLUB]] 2-1 in the final.");
    assert_eq!(found(&r), [one("Spain", "England", [2, 1])]);
    // The noun after an article stays a defeat of the side it follows.
    let r = run("El [[Betis|CLUB]] sufrió la derrota 1-3 ante el [[Sevilla|CLUB]].");
    assert_eq!(found(&r), [one("Betis", "Sevilla", [1, 3])]);
}

#[test]
fn a_loss_told_of_another_subject_is_a_win_of_the_club_after_it() {
    let r = run("[[Deutschland|CLUB]] ist raus. In der Arena unterlag das Team von Julian Nagelsmann dem Mitfavoriten [[Spanien|CLUB]] mit 1:2.");
    assert_eq!(found(&r), [one("Spanien", "Deutschland", [2, 1])]);
    let r = run("Il [[Torino|CLUB]] è fuori. In casa ha perso la squadra di Vanoli, battuta dalla [[Lazio|CLUB]] per 1-3.");
    assert_eq!(found(&r), [one("Lazio", "Torino", [3, 1])]);
    // A loss told for the club itself stays its loss.
    let r = run(
        "[[Bremen|CLUB]] feiert. Eine bittere Pleite für [[Hertha|CLUB]], 1:3 im eigenen Stadion.",
    );
    assert_eq!(found(&r), [one("Hertha", "Bremen", [1, 3])]);
}

#[test]
fn a_side_beaten_by_a_club_named_after_the_score_played_that_club() {
    let r = run("I [[Reds|CLUB]] hanno nove punti sul [[Manchester City|CLUB]], battuto 2-1 dal [[Brighton|CLUB]].");
    assert_eq!(found(&r), [one("Brighton", "Manchester City", [2, 1])]);
    let r = run(
        "[[Ajax|CLUB]] staat nu boven [[PSV|CLUB]], dat met 3-0 werd verslagen door [[AZ|CLUB]].",
    );
    assert_eq!(found(&r), [one("AZ", "PSV", [3, 0])]);
}

#[test]
fn a_result_in_a_sentence_without_club_is_of_the_match_told_before() {
    let r = run("El [[Botafogo|CLUB]] goleó 5-0 al [[Peñarol|CLUB]] en la ida. En Montevideo perdió 3-1, pero pasó a la final.");
    assert_eq!(
        found(&r),
        [
            one("Botafogo", "Peñarol", [5, 0]),
            one("Botafogo", "Peñarol", [1, 3])
        ]
    );
    let r = run("[[Lyon|CLUB]] s'impose 2-0 face à [[Nantes|CLUB]]. Au match retour, les Gones ont perdu 1-2.");
    assert_eq!(
        found(&r),
        [one("Lyon", "Nantes", [2, 0]), one("Lyon", "Nantes", [1, 2])]
    );
    // Without wording a clubless score is no match.
    let r = run("[[Lyon|CLUB]] s'impose 2-0 face à [[Nantes|CLUB]]. Au retour, 1-2 au tableau.");
    assert_eq!(found(&r), [one("Lyon", "Nantes", [2, 0])]);
}

#[test]
fn a_live_blog_told_newest_first_ends_at_its_highest_running_score() {
    let r = run("90. Minute: Abpfiff. 88. Minute: Tor für [[Mainz|CLUB]], 2:1 gegen [[Augsburg|CLUB]]. 50. Minute: Tor für [[Augsburg|CLUB]], 1:1 gegen [[Mainz|CLUB]]. 12. Minute: Tor für [[Mainz|CLUB]], 1:0 gegen [[Augsburg|CLUB]].");
    assert_eq!(found(&r), [one("Mainz", "Augsburg", [2, 1])]);
    let r = run("12' GOAL! [[Leeds|CLUB]] 1-0 [[Hull|CLUB]]. 67' GOAL! [[Leeds|CLUB]] 2-0 [[Hull|CLUB]]. 80' GOAL! [[Leeds|CLUB]] 2-1 [[Hull|CLUB]].");
    assert_eq!(found(&r), [one("Hull", "Leeds", [1, 2])]);
}

#[test]
fn a_shoot_out_told_again_without_its_order_is_the_known_one() {
    let r = run("El [[Mallorca|CLUB]] eliminó al [[Rayo|CLUB]]: tras el 1-1, los bermellones ganaron por 5-4 en los penaltis. En la tanda falló Valentín, del [[Rayo|CLUB]], y Prats firmó el definitivo 5-4 desde los once metros.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    let r = run("Der [[1. FC Kaiserslautern|CLUB]] wirft [[Hertha|CLUB]] im Elfmeterschießen raus, 1:1 nach Verlängerung und 5:4 im Elfmeterschießen. Im Elfmeterschießen vergab Niederlechner für [[Hertha|CLUB]], Tomiak sicherte das 5:4.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
}

#[test]
fn a_leg_told_without_clubs_takes_its_order_from_its_verb() {
    let r = run("O [[Botafogo|CLUB]] goleou o [[Peñarol|CLUB]] por 5 a 0 na ida. Na volta, em Montevidéu, perdeu por 3 a 1.");
    assert_eq!(
        found(&r),
        [
            one("Botafogo", "Peñarol", [5, 0]),
            one("Botafogo", "Peñarol", [1, 3])
        ]
    );
    let r = run("[[Feyenoord|CLUB]] versloeg [[Celtic|CLUB]] met 2-0. In de terugwedstrijd in Glasgow verloor de ploeg met 1-2.");
    assert_eq!(
        found(&r),
        [
            one("Feyenoord", "Celtic", [2, 0]),
            one("Feyenoord", "Celtic", [1, 2])
        ]
    );
}

#[test]
fn a_relative_clause_after_the_second_club_is_its_own_match() {
    let r = run("I [[Rayados|CLUB]] restano a un punto dal [[Club América|CLUB]], che supera 2–0 il [[Cruz Azul|CLUB]].");
    assert_eq!(found(&r), [one("Club América", "Cruz Azul", [2, 0])]);
    let r = run("[[Leeds|CLUB]] stay a point behind [[Burnley|CLUB]], who beat [[Hull|CLUB]] 3-1 at Turf Moor.");
    assert_eq!(found(&r), [one("Burnley", "Hull", [3, 1])]);
    // Wording between the first two clubs keeps them the sides.
    let r = run("[[Leeds|CLUB]] beat [[Burnley|CLUB]], who won 3-1 last week, 2-0 at home.");
    assert!(
        found(&r).iter().all(|m| m.0 == ["Burnley", "Leeds"]),
        "{:?}",
        r.matches
    );
}

#[test]
fn the_agent_of_a_passive_defeat_is_the_winner() {
    let r = run("I [[Reds|CLUB]] hanno nove punti sul [[Manchester City|CLUB]]. Il City, battuto 2-1 dal [[Brighton|CLUB]], resta terzo.");
    assert_eq!(found(&r), [one("Brighton", "Manchester City", [2, 1])]);
    let r = run("[[Porto|CLUB]] lidera. O campeão, derrotado por 0-2 pelo [[Benfica|CLUB]], caiu para o terceiro lugar.");
    assert_eq!(found(&r), [one("Benfica", "Porto", [2, 0])]);
    // A fronted participle with its subject after it stays a defeat.
    let r = run("[[Lille|CLUB]] attend. Battu 3-0 à l'aller, le [[Real|CLUB]] doit réagir.");
    assert_eq!(found(&r), [one("Lille", "Real", [3, 0])]);
}

#[test]
fn a_loss_noun_after_the_score_outranks_a_win_verb_before_it() {
    let r =
        run("Für den [[FC Chelsea|CLUB]] setzte es eine 1:3-Niederlage beim [[FC Arsenal|CLUB]].");
    assert_eq!(found(&r), [one("FC Arsenal", "FC Chelsea", [3, 1])]);
    let r = run("De [[Leões|CLUB]] zegevierden met 1-3 in Lissabon bij [[Benfica|CLUB]].");
    assert_eq!(found(&r), [one("Leões", "Benfica", [3, 1])]);
}

#[test]
fn a_result_of_both_teams_is_of_the_two_clubs_named_most() {
    let r = run("[[Reims|CLUB]] reçoit le [[PSG|CLUB]] samedi. [[Reims|CLUB]] y croit. En janvier, les deux équipes s'étaient quittées sur un nul 1-1.");
    assert_eq!(found(&r), [one("PSG", "Reims", [1, 1])]);
    let r = run("[[Galo|CLUB]] e [[Botafogo|CLUB]] decidem o título. O [[Botafogo|CLUB]] chega embalado. No turno, as equipes empataram por 0 a 0.");
    assert_eq!(found(&r), [one("Botafogo", "Galo", [0, 0])]);
    // Teams of a club named in the sentence are that club's match.
    let r = run("[[Bayern|CLUB]] empfängt [[Leverkusen|CLUB]]. Beide Teams trafen sich zuletzt beim [[Hertha|CLUB]]-Turnier, 2:2.");
    assert!(
        found(&r).iter().all(|m| m.0 != ["Bayern", "Leverkusen"]),
        "{:?}",
        r.matches
    );
}
