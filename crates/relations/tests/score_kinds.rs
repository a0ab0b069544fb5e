//! Score expressions and their kinds, in the seven languages: every way a
//! result is told must be found, and the scores that are not results
//! (half-time, aggregate, running, live-blog, shoot-out kicks, times of day,
//! other sports) must not be taken for one. Sentences are our own.

mod common;

use common::run;
use scoreline_relations::score::{find, ScoreKind};
use scoreline_text::Segmented;
use ScoreKind::{Other, Result, Running, Shootout};

/// Every score of `text` as (a, b, kind), in text order.
fn kinds(text: &str) -> Vec<(u32, u32, ScoreKind)> {
    let seg = Segmented::new(text);
    find(&seg).iter().map(|s| (s.a, s.b, s.kind)).collect()
}

/// The kind of the one score `a`-`b` of `text` (panics if not exactly one).
fn kind_of(text: &str, a: u32, b: u32) -> ScoreKind {
    let found: Vec<ScoreKind> = kinds(text)
        .into_iter()
        .filter(|&(x, y, _)| (x, y) == (a, b))
        .map(|(_, _, k)| k)
        .collect();
    assert_eq!(found.len(), 1, "{a}-{b} in {text:?}: {:?}", kinds(text));
    found[0]
}

/// Asserts that the score `a`-`b` of each text is of `kind`.
fn each_is(cases: &[(&str, u32, u32)], kind: ScoreKind) {
    for &(text, a, b) in cases {
        assert_eq!(kind_of(text, a, b), kind, "{text}");
    }
}

#[test]
fn scores_told_in_words_are_found() {
    let cases: [(&str, u32, u32); 13] = [
        ("Gegen Palmeiras gewann Botafogo mit drei zu eins.", 3, 1),
        (
            "The Current beat the Thorns by four goals to two on Saturday.",
            4,
            2,
        ),
        ("Feyenoord a battu l'Ajax deux buts à un dimanche.", 2, 1),
        ("L'Atalanta supera il Milan per due reti a una.", 2, 1),
        ("O Flamengo venceu o Vasco por três gols a um.", 3, 1),
        (
            "Real Betis y Sevilla empataron a uno en el Villamarín.",
            1,
            1,
        ),
        ("Osasuna y Girona empataron a dos en El Sadar.", 2, 2),
        ("O clássico terminou com um empate a uma bola.", 1, 1),
        (
            "Le PSV et Feyenoord se sont quittés sur un nul deux partout.",
            2,
            2,
        ),
        ("Hibernian and Motherwell played out a goalless draw.", 0, 0),
        (
            "Mainz und Bochum trennten sich mit einem torlosen Remis.",
            0,
            0,
        ),
        (
            "Twente en Utrecht speelden een doelpuntloos gelijkspel.",
            0,
            0,
        ),
        ("Boca viene de empatar sin goles con Gimnasia.", 0, 0),
    ];
    for (text, a, b) in cases {
        assert_eq!(kinds(text), [(a, b, Result)], "{text}");
    }
    assert_eq!(
        kinds("Il derby finisce con un pareggio a reti bianche."),
        [(0, 0, Result)]
    );
    assert_eq!(
        kinds("Het duel eindigde in een brilstand."),
        [(0, 0, Result)]
    );
}

#[test]
fn number_words_that_are_no_score_are_not_taken() {
    // "one by one", a time, a goalless half.
    assert_eq!(kinds("Los jugadores salieron uno a uno del vestuario."), []);
    assert_eq!(
        kinds("Mené de deux buts à cinq minutes de la fin, le PSG a égalisé."),
        []
    );
    assert_eq!(kinds("After a goalless first half, the hosts pressed."), []);
    assert_eq!(kinds("He scored two to add to his tally."), []);
}

#[test]
fn digit_notations_and_glued_compounds_are_results() {
    assert_eq!(
        kind_of("Bayern feierte einen 4:2-Sieg gegen Mainz.", 4, 2),
        Result
    );
    assert_eq!(
        kind_of(
            "Nach dem 1:1-Remis in Bremen ist der Abstand gewachsen.",
            1,
            1
        ),
        Result
    );
    assert_eq!(kind_of("Arsenal won 2–1 at Villa Park.", 2, 1), Result);
    assert_eq!(kind_of("Lyon s'impose 3 à 1 face à Nantes.", 3, 1), Result);
    assert_eq!(kind_of("El Betis ganó por 3 a 0.", 3, 0), Result);
    assert_eq!(kind_of("Bayern siegt 3:2 (1:1) in Mainz.", 3, 2), Result);
    assert_eq!(kind_of("Es stand 2:2 n.V. in Berlin.", 2, 2), Result);
    // "am", "et" after a score are words, not clock times.
    assert_eq!(kind_of("Bayern gewann 2:1 am Samstag.", 2, 1), Result);
    assert_eq!(
        kind_of("Le PSG s'impose 3-1 et ira à Villa Park mardi.", 3, 1),
        Result
    );
    // A compound naming a lead is a running score.
    assert_eq!(
        kind_of("Die 2:1-Führung hielt nur zehn Minuten.", 2, 1),
        Running
    );
}

#[test]
fn shoot_outs_told_in_their_own_clause_are_shoot_outs() {
    assert_eq!(
        kinds("Nach 120 Minuten stand es 2:2 n.V., im Elfmeterschießen behielt die Alte Dame mit 5:4 die Nerven."),
        [(2, 2, Result), (5, 4, Shootout)]
    );
    assert_eq!(
        kinds("It was 1-1 after extra time, and Chelsea won the shoot-out 4-2."),
        [(1, 1, Result), (4, 2, Shootout)]
    );
    assert_eq!(
        kinds("El Chelsea se impuso por 4 a 2 en la tanda de penaltis."),
        [(4, 2, Shootout)]
    );
    assert_eq!(
        kinds("Il Bologna pareggia 1-1 e poi si impone 5-4 ai calci di rigore."),
        [(1, 1, Result), (5, 4, Shootout)]
    );
    assert_eq!(
        kinds("Na 1-1 na verlenging won Bielefeld in de strafschoppenreeks met 4-3."),
        [(1, 1, Result), (4, 3, Shootout)]
    );
    assert_eq!(
        kinds("Zweden verloor in een strafschoppenreeks: na 2-2 won Engeland met 3-2."),
        [(2, 2, Result), (3, 2, Shootout)]
    );
    assert_eq!(
        kinds("Stuttgart a gagné avec 5:4 dans le tir au but, après 2:2 n.V."),
        [(5, 4, Shootout), (2, 2, Result)]
    );
    assert_eq!(
        kinds("Os Leões venceram por 4-3 nos pênaltis."),
        [(4, 3, Shootout)]
    );
    assert_eq!(kinds("Sieg 4:3 i.E. gegen Tigres."), [(4, 3, Shootout)]);
    // A low shoot-out score needs a clear cue ("desempate por grandes
    // penalidades", "on penalties").
    assert_eq!(
        kinds("Depois de um 0-0, Cabo Verde perdeu por 1-2 no desempate por grandes penalidades."),
        [(0, 0, Result), (1, 2, Shootout)]
    );
    assert_eq!(
        kinds("South Africa went through 2-1 on penalties."),
        [(2, 1, Shootout)]
    );
}

#[test]
fn the_last_kick_of_a_shoot_out_told_in_the_sentences_before_is_its_score() {
    assert_eq!(
        kinds("En la tanda, Greif fue el héroe. Ninguno de los locales falló antes de que Prats firmara el definitivo 5-4."),
        [(5, 4, Shootout)]
    );
    assert_eq!(
        kinds("In de strafschoppenreeks scoorden alle vijf de schutters. De Nederlander schoot daarna rustig de 5-3 binnen."),
        [(5, 3, Shootout)]
    );
    // A score no shoot-out ends with, after one told of.
    assert_eq!(
        kinds("Se llevó el título en la tanda de penales. En la ida, las Amazonas ganaron 2-1."),
        [(2, 1, Result)]
    );
    // A new result after a shoot-out told of.
    assert_eq!(
        kinds("Liverpool went out on penalties in midweek. On Saturday they beat Brentford 3-1."),
        [(3, 1, Result)]
    );
    // The kicks before the last are running scores.
    assert_eq!(
        kinds("In the shoot-out Salah missed. Palmer made it 3-2."),
        [(3, 2, Running)]
    );
}

#[test]
fn draws_and_impossible_shoot_out_scores_next_to_a_shoot_out_stay_results() {
    // A draw never ends a shoot-out; 2-0 cannot either (the winner needs three).
    assert_eq!(
        kinds("They won the second game 4-3 on penalties after a 1-1 draw."),
        [(4, 3, Shootout), (1, 1, Result)]
    );
    assert_eq!(
        kind_of("Arsenal won 2-0 after Saka converted two penalties.", 2, 0),
        Result
    );
    // A cue belongs to the shoot-out it follows, not to the next result.
    assert_eq!(
        kinds("They won 4-3 on penalties after a 1-1 draw, and then beat Orlando City 1-0."),
        [(4, 3, Shootout), (1, 1, Result), (1, 0, Result)]
    );
    assert_eq!(
        kinds("Le PSG s'impose 1-4 aux tirs au but, après un score de 0-1 au terme de la prolongation."),
        [(1, 4, Shootout), (0, 1, Result)]
    );
    // Two penalties in play are no shoot-out.
    assert_eq!(
        kind_of("PSV won met 2-0 dankzij twee strafschoppen.", 2, 0),
        Result
    );
    assert_eq!(
        kind_of("South Africa won the shoot-out 2-1.", 2, 1),
        Shootout
    );
    // "calcio di rigore" is a penalty in play.
    assert_eq!(
        kind_of(
            "La Juve vince 3-1 con un calcio di rigore di Vlahović.",
            3,
            1
        ),
        Result
    );
}

#[test]
fn a_shoot_out_in_the_sentence_after_the_result_joins_its_match() {
    let r = run("[[Chelsea|CLUB]] and [[Newcastle|CLUB]] were level 1-1 after extra time. [[Chelsea|CLUB]] won the shoot-out 4-2.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    assert_eq!(r.matches[0].score, Some([1, 1]));
    assert_eq!(r.matches[0].penalties, Some([4, 2]));
    // Which side won the shoot-out is the alignment's business (matches.rs);
    // here: the shoot-out is one, and joins the 2:2.
    let r = run("[[Hertha|CLUB]] gegen [[Heidenheim|CLUB]]: Nach 120 Minuten stand es 2:2 n.V., im Elfmeterschießen behielt [[Hertha|CLUB]] mit 5:4 die Nerven.");
    assert_eq!(r.matches.len(), 1, "{:?}", r.matches);
    assert_eq!(r.matches[0].score, Some([2, 2]));
    let pens = r.matches[0].penalties.map(|[x, y]| (x.max(y), x.min(y)));
    assert_eq!(pens, Some((5, 4)), "{:?}", r.matches);
}

#[test]
fn running_scores_are_not_results() {
    let cases: [(&str, u32, u32); 10] = [
        ("Gorré maakte 3-1 na een counter.", 3, 1),
        (
            "Omar Marmoush ha marcado el 1:0 tras un pase de Ekitiké.",
            1,
            0,
        ),
        ("Florian Wirtz a fait le 1:0 à la 23e minute.", 1, 0),
        ("Jackson aproveitou o passe de Palmer para fazer 1-1.", 1, 1),
        ("Tien minuten later maakte Gorré er 3-1 van.", 3, 1),
        ("Tietz headed a cross from Pedersen to the 1:0.", 1, 0),
        (
            "Mancini lenkte den Ball zum zwischenzeitlichen 1:2 ins Netz.",
            1,
            2,
        ),
        ("Raphinha hatte Barça 3:2 in Führung gebracht.", 3, 2),
        ("Ndoye firma il 2-2 con un destro.", 2, 2),
        ("Bij de 3-0 gaf Messi de assist.", 3, 0),
    ];
    each_is(&cases, Running);
}

#[test]
fn earlier_and_final_scores_with_an_article_are_results() {
    let cases: [(&str, u32, u32); 8] = [
        ("Mit dem 3:0 gegen Bochum festigte Bayern Platz eins.", 3, 0),
        ("Après le 3-0 contre Lens, Lille monte au classement.", 3, 0),
        ("Dopo lo 0-1 dell'andata il PSG vola ad Anfield.", 0, 1),
        ("Mertens firmó el 3-1 definitivo de falta.", 3, 1),
        ("In een uitverkocht stadion werd het 2–2.", 2, 2),
        ("Osasuna y Girona no pasaron del 0-0 en El Sadar.", 0, 0),
        ("O Galo segurou o 0 a 0 no Monumental.", 0, 0),
        ("Arsenal celebrated the 2-1 win over Chelsea.", 2, 1),
    ];
    each_is(&cases, Result);
}

#[test]
fn live_blog_scores_are_running_but_the_final_one_is_a_result() {
    let blog = "GOAL! Leeds 1-0 Sunderland. Piroe finishes. GOAL! Leeds 1-1 Sunderland. Isidor heads in. Full time: Leeds 3-1 Sunderland.";
    assert_eq!(
        kinds(blog),
        [(1, 0, Running), (1, 1, Running), (3, 1, Result)]
    );
    let blog = "2e – BUT à Lisbonne ! Benfica 1-0 Barcelone. 64e – BUT ! Benfica 2-1 Barcelone. 23h02 – C'est fini partout ! Les résultats : Benfica 2-3 Barcelone, Monaco 1-0 Aston Villa.";
    assert_eq!(
        kinds(blog),
        [
            (1, 0, Running),
            (2, 1, Running),
            (2, 3, Result),
            (1, 0, Result)
        ]
    );
    // The header of a goal list in a live blog is a result.
    let blog = "16:54 - GOL DEL COMO! Diao, 0–2. 16:30 - GOL DEL PARMA! Man, 2–1. Parma–Verona 2–1: 1–0 Bonny (8'), 1–1 Circati (39'), 2–1 Man (77')";
    assert_eq!(
        kinds(blog)[2..],
        [(2, 1, Result), (1, 0, Other), (1, 1, Other), (2, 1, Other)]
    );
    let blog = "Minuto 89. Gol de Alemania. 1-1. Minuto 51. ¡GOOOL DE ESPAÑA! 1-0.";
    assert_eq!(kinds(blog), [(1, 1, Running), (1, 0, Running)]);
    assert_eq!(
        kind_of("Dumfries ziet zijn schot binnengaan. 1–1!", 1, 1),
        Running
    );
    assert_eq!(
        kind_of("The goal is ruled out for offside. Still 1-0.", 1, 0),
        Running
    );
    assert_eq!(kind_of("35' 0-1 Samet Akaydın", 0, 1), Running);
    assert_eq!(
        kind_of("De Ketelaere segna dal dischetto: 1-1.", 1, 1),
        Running
    );
    // A shoot-out's kicks in a live blog are not the result.
    let blog = "TAB : Dembélé ne tremble pas. 1-3. TAB : Núñez manque ! 1-2.";
    assert!(
        kinds(blog).iter().all(|&(_, _, k)| k == Running),
        "{:?}",
        kinds(blog)
    );
}

#[test]
fn goal_lists_give_running_scores() {
    let list = "Golos: 1-0, Pavlidis (23'); 1-1, Samu (41'); 2-1, Di María (67').";
    assert!(
        kinds(list).iter().all(|&(_, _, k)| k == Other),
        "{:?}",
        kinds(list)
    );
    let list = "Gols: 1 x 0 – Flaco López, 34'; 2 x 0 – André Ramalho, 44'.";
    assert!(
        kinds(list).iter().all(|&(_, _, k)| k == Other),
        "{:?}",
        kinds(list)
    );
}

#[test]
fn half_time_scores_are_not_results() {
    let cases: [(&str, u32, u32); 6] = [
        ("Mit 1:2 ging es in die Kabine.", 1, 2),
        ("À la pause, les Lionesses étaient menées 2-0.", 2, 0),
        ("Se llegó al medio tiempo con 1-1.", 1, 1),
        ("Descanso. 0-0 en Stuttgart.", 0, 0),
        ("Met 1-1 gingen de teams naar de kleedkamer.", 1, 1),
        ("Os Reds estavam 1-0 para cima no intervalo.", 1, 0),
    ];
    each_is(&cases, Other);
    assert_eq!(
        kinds("Eredivisie: PSV 3-1 AZ (2-0); Ajax 2-2 Feyenoord (1-1)."),
        [(3, 1, Result), (2, 0, Other), (2, 2, Result), (1, 1, Other)]
    );
    assert_eq!(
        kinds("Ganaron 1:1 n.V. (1:0, 1:1) y 5:4 i.E. en Kaiserslautern."),
        [
            (1, 1, Result),
            (1, 0, Other),
            (1, 1, Other),
            (5, 4, Shootout)
        ]
    );
    assert_eq!(
        kinds("Halbzeitstand: Leipzig 1:1 Bremen, Dortmund 1:1 Gladbach."),
        [(1, 1, Other), (1, 1, Other)]
    );
}

#[test]
fn a_half_time_cue_belongs_to_the_score_nearer_it() {
    assert_eq!(
        kinds("Die Nachbarn trennten sich 2:2, nachdem das Team von Julian Nagelsmann zur Pause noch mit 2:1 geführt hatte."),
        [(2, 2, Result), (2, 1, Other)]
    );
    // A win or a draw in the sentence makes a far cue about the match, not
    // the score.
    assert_eq!(
        kinds("Bayern beat Mainz 3-1 after trailing at the break."),
        [(3, 1, Result)]
    );
    assert_eq!(
        kinds("Bayern drew 1-1 at home to Mainz, who had been leading comfortably at the break."),
        [(1, 1, Result)]
    );
}

#[test]
fn aggregate_and_series_scores_are_not_results() {
    assert_eq!(
        kinds("Im Rückspiel reichte ein 2:2, das Gesamtergebnis lautete 4:2."),
        [(2, 2, Result), (4, 2, Other)]
    );
    assert_eq!(
        kind_of(
            "Over twee wedstrijden werd het zo 4-3 voor de Belgen.",
            4,
            3
        ),
        Other
    );
    assert_eq!(
        kind_of("Rayadas igualó la final 3-3 en el marcador global.", 3, 3),
        Other
    );
    assert_eq!(
        kind_of(
            "0-1 sur le match, 1-1 sur l'ensemble des deux rencontres.",
            1,
            1
        ),
        Other
    );
    assert_eq!(
        kind_of(
            "Columbus swept the Crew 2-0 in their first-round series.",
            2,
            0
        ),
        Other
    );
    // "el conjunto de X" is a team, not the aggregate.
    assert_eq!(
        kind_of(
            "El conjunto de Pochettino empató 1-1 con el Newcastle.",
            1,
            1
        ),
        Result
    );
}

#[test]
fn times_of_day_and_taken_back_goals_are_not_results() {
    assert_eq!(
        kinds("15:12 - Passa il Cagliari con Piccoli."),
        [(15, 12, Other)]
    );
    assert_eq!(kinds("16:08 – Subito Parma."), [(16, 8, Other)]);
    assert_eq!(kinds("Anpfiff um 20:15 Uhr."), [(20, 15, Other)]);
    assert_eq!(
        kind_of(
            "Ein vermeintliches 4:2 durch Lautaro nahm der VAR zurück.",
            4,
            2
        ),
        Other
    );
}

#[test]
fn other_sports_scores_are_not_results() {
    assert_eq!(
        kind_of(
            "More sport: Dodgers beat Padres 5-2 as Ohtani homered again.",
            5,
            2
        ),
        Other
    );
    assert_eq!(
        kind_of(
            "The Yankees won 4-2 with two runs in the ninth inning.",
            4,
            2
        ),
        Other
    );
}

#[test]
fn more_ways_of_telling_a_result_are_found() {
    assert_eq!(kinds("Arsenal ran out 2-nil winners."), [(2, 0, Result)]);
    assert_eq!(kinds("Bayern gewann 3 zu 1 in Mainz."), [(3, 1, Result)]);
    assert_eq!(
        kinds("Lyon l'a emporté sur le score de 2 buts à 1."),
        [(2, 1, Result)]
    );
    assert_eq!(kinds("The match ended goalless."), [(0, 0, Result)]);
    assert_eq!(
        kinds("Die beiden Teams trennten sich torlos."),
        [(0, 0, Result)]
    );
    assert_eq!(
        kinds("Nantes et Rennes se sont séparés sur un score vierge."),
        [(0, 0, Result)]
    );
    assert_eq!(
        kinds("Torino e Genoa chiudono con un pareggio senza reti."),
        [(0, 0, Result)]
    );
    assert_eq!(
        kinds("Racing e Independiente igualaron sin goles."),
        [(0, 0, Result)]
    );
    assert_eq!(
        kinds("Osasuna y Girona empataron dos a dos en El Sadar."),
        [(2, 2, Result)]
    );
    // A player "torlos" is no draw.
    assert_eq!(kinds("Harry Kane blieb erneut torlos."), []);
}

#[test]
fn more_shoot_out_notations_are_shoot_outs() {
    let cases: [(&str, u32, u32); 7] = [
        ("Bayern siegte 5:3 n.E. in Kiel.", 5, 3),
        ("Ajax won met 4-2 n.s. van PSV.", 4, 2),
        ("La Roma passa 5-4 d.c.r. a Bergamo.", 5, 4),
        ("Rangers won 4-2 on spot kicks.", 4, 2),
        ("Twente won na penalty's met 5-4.", 5, 4),
        ("O Vasco venceu por 4 a 3 na marca do pênalti.", 4, 3),
        ("Il Napoli vince la lotteria 5-4.", 5, 4),
    ];
    each_is(&cases, Shootout);
}

#[test]
fn standings_points_and_goal_tallies_are_not_results() {
    assert_eq!(
        kind_of("Mainz holte mit dem 2:0 gegen Bochum 3:0 Punkte.", 3, 0),
        Other
    );
    assert_eq!(
        kind_of(
            "Bayern hat ein Torverhältnis von 12:5 nach fünf Spielen.",
            12,
            5
        ),
        Other
    );
    assert_eq!(
        kind_of("PSV staat bovenaan met een doelsaldo van 18-4.", 18, 4),
        Other
    );
    assert_eq!(
        kind_of("They have a goal difference of 12-5 this season.", 12, 5),
        Other
    );
    // A record win is still a win.
    assert_eq!(kind_of("Bayern won by a record 8-0.", 8, 0), Result);
}

#[test]
fn tennis_sets_and_first_half_phrases_are_not_football_results() {
    assert_eq!(
        kinds("Also today: Alcaraz beat Sinner 6-4, 7-6 in Madrid."),
        [(6, 4, Other), (7, 6, Other)]
    );
    assert_eq!(
        kinds("Na een doelpuntloze eerste helft won Ajax met 2-0."),
        [(2, 0, Result)]
    );
    assert_eq!(
        kind_of("Kane scored in the first half as Bayern won 2-1.", 2, 1),
        Result
    );
    assert_eq!(
        kind_of("Il primo tempo si chiude sull'1-1 a Bergamo.", 1, 1),
        Other
    );
    assert_eq!(
        kind_of("It was 1-1 at the end of the first half.", 1, 1),
        Other
    );
    assert_eq!(
        kind_of("All'intervallo nel doppio confronto era 3-3.", 3, 3),
        Other
    );
}

#[test]
fn fees_time_spans_and_dates_are_not_results() {
    assert_eq!(
        kind_of("Newcastle bieten angeblich 5-10 Millionen mehr.", 5, 10),
        Other
    );
    assert_eq!(
        kind_of("The fee could rise by €5-10 on top of the base.", 5, 10),
        Other
    );
    assert_eq!(
        kind_of(
            "Musiala fehlt den Bayern vier bis sechs Wochen, wohl 4-6 Wochen.",
            4,
            6
        ),
        Other
    );
    assert_eq!(
        kind_of(
            "Hij tekende een contract voor 3-4 jaar bij Feyenoord.",
            3,
            4
        ),
        Other
    );
    assert_eq!(
        kind_of("El torneo se juega del 12-14 junio en Madrid.", 12, 14),
        Other
    );
    // A half-time abbreviation in brackets.
    assert_eq!(
        kinds("Bayern – Mainz 3:2 (HZ 1:1)"),
        [(3, 2, Result), (1, 1, Other)]
    );
}

#[test]
fn an_aggregate_cue_further_back_counts_without_a_win() {
    assert_eq!(
        kind_of(
            "No placar agregado, as equipes ficaram empatadas em 2 a 2.",
            2,
            2
        ),
        Other
    );
    assert_eq!(
        kind_of(
            "Bayern, who went out on aggregate last season, beat Mainz 2-1.",
            2,
            1
        ),
        Result
    );
}

#[test]
fn a_results_line_with_half_time_scores_keeps_its_results() {
    // The bracketed half-time score is no goal before the next result.
    let k = kinds("FC Porto 1-3 Benfica (0-2); Sporting CP 2-0 SC Braga (1-0).");
    assert_eq!(
        k,
        [(1, 3, Result), (0, 2, Other), (2, 0, Result), (1, 0, Other)]
    );
    let k = kinds("Ergebnisse: Mainz 0:1 Union Berlin (0:0), Bochum 1:0 VfL Wolfsburg (1:0).");
    assert_eq!(
        k,
        [(0, 1, Result), (0, 0, Other), (1, 0, Result), (1, 0, Other)]
    );
    // A goal list still runs: "1:0 Kane (8.)".
    let k = kinds("Tore: 1:0 Kane (8.), 2:0 Musiala (40.).");
    assert!(k.iter().all(|&(_, _, kind)| kind == Other), "{k:?}");
}

#[test]
fn a_ground_named_after_another_sport_keeps_its_score() {
    each_is(
        &[
            ("Dundee won 3-1 at Rugby Park on Saturday.", 3, 1),
            ("Kilmarnock gewann im Rugby Park mit 2:0.", 2, 0),
            ("Le Kilmarnock s'impose 2-1 à Rugby Park.", 2, 1),
        ],
        Result,
    );
    // The sport itself is still another sport.
    assert_eq!(kinds("Rugby: Toulouse bat Clermont 19-13."), []);
}

#[test]
fn half_time_told_as_al_intermedio_is_no_result() {
    each_is(
        &[
            ("Al intermedio el Betis ganaba 1-0 gracias a Isco.", 1, 0),
            ("En el intermedio, Osasuna perdía 0-2 en casa.", 0, 2),
        ],
        Other,
    );
    // "intermedio" alone is "intermediate": a result stays one.
    assert_eq!(
        kind_of("El Betis ganó 2-0 en un partido de nivel intermedio.", 2, 0),
        Result
    );
}

#[test]
fn a_score_being_lost_or_won_for_a_while_is_running() {
    each_is(
        &[
            ("O Sporting esteve a perder por 4-2 antes de empatar.", 4, 2),
            ("El Sevilla ha estado a perder por 4-2 en casa.", 4, 2),
            ("El Valencia iba ganando 2-0 hasta el minuto 80.", 2, 0),
            ("O Grêmio estava vencendo por 1-0 quando choveu.", 1, 0),
        ],
        Running,
    );
    // Ending up winning is the result.
    assert_eq!(
        kind_of("O Grêmio acabou vencendo por 2-1 no Sul.", 2, 1),
        Result
    );
}

#[test]
fn worded_scores_opening_a_sentence_are_found() {
    // Capitalised, or starting outside ASCII: the quick look at a word's own
    // text must let these through.
    each_is(
        &[
            ("Bremen gewann mit Drei zu Eins gegen Mainz.", 3, 1),
            ("Três gols a um: o Grêmio venceu o Inter no Sul.", 3, 1),
            ("Empataron a dos Osasuna y Girona en El Sadar.", 2, 2),
        ],
        Result,
    );
    assert_eq!(
        kinds("Goalless draw at Anfield: Liverpool and Everton share the points."),
        [(0, 0, Result)]
    );
}

#[test]
fn a_series_won_against_a_team_is_no_match_result() {
    each_is(
        &[
            (
                "In de eerste ronde werd de serie tegen titelverdediger Columbus Crew met 2-0 gewonnen.",
                2,
                0,
            ),
            ("The Red Bulls won the series against Columbus Crew 2-0 in October.", 2, 0),
        ],
        Other,
    );
    assert_eq!(
        kind_of(
            "Boca ganó la serie ante Cruzeiro por 3-2 en los penales.",
            3,
            2
        ),
        Shootout
    );
    // "Serie A" is a league, and a series named after the score is a match.
    each_is(
        &[
            (
                "La Juventus ha vinto in Serie A contro il Milan 2-0 sabato.",
                2,
                0,
            ),
            (
                "Ajax won tegen PSV met 2-0 in de eerste wedstrijd van de serie.",
                2,
                0,
            ),
        ],
        Result,
    );
}

#[test]
fn a_shoot_out_with_its_score_does_not_claim_the_next_sentence() {
    let k = kinds(
        "Il Bologna pareggia 2-2 e poi si impone 5-4 ai calci di rigore. Una rivincita per i rossoblù, travolti 3-0 dalla Lazio in campionato.",
    );
    assert_eq!(k, [(2, 2, Result), (5, 4, Shootout), (3, 0, Result)]);
    let k = kinds(
        "Chelsea won the shoot-out 4-2. In the league in August, Chelsea were beaten 3-0 at home.",
    );
    assert_eq!(k, [(4, 2, Shootout), (3, 0, Result)]);
    // A shoot-out told without its score still gives it to the next one.
    let k = kinds("En la tanda, Greif fue el héroe. Prats firmó el definitivo 5-4.");
    assert_eq!(k, [(5, 4, Shootout)]);
}
