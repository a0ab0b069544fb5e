//! Score expressions, fourth round: a results line with its scorers in
//! brackets ("Coritiba 1 x 0 Goiás (Josué 54')") is a result, not an item
//! of a goal list; a score in words right after the side a win, loss or
//! draw was told against ("ha battuto il Genoa tre a uno"), and "by a goal
//! to nil", are results. Sentences are our own, in the seven languages.

use scoreline_relations::score::{find, ScoreKind};
use scoreline_text::Segmented;
use ScoreKind::{Other, Result};

/// Every score of `text` as (a, b, kind, running), in text order.
fn kinds(text: &str) -> Vec<(u32, u32, ScoreKind, bool)> {
    let seg = Segmented::new(text);
    find(&seg)
        .iter()
        .map(|s| (s.a, s.b, s.kind, s.running))
        .collect()
}

/// Results lines of two pairs, each with its scorers: a club before each
/// score makes each line a result.
#[test]
fn results_lines_with_scorers_are_results() {
    let cases = [
        "Other results:\nBlackpool 0-1 Reading (Knibbs 64)\nBolton 1-1 Wigan (McAtee 58; Taylor 90)",
        "Weitere Ergebnisse:\nAue 1:0 Ulm (Meyer 67.)\nEssen 1:1 Verl (Kaiser 12.; Lannert 80.)",
        "Overige uitslagen:\nVolendam 1-0 Emmen (De Wit 67)\nDordrecht 1-1 Almere (Kramer 12; Bakker 80)",
        "Resto de resultados:\nHuesca 1-0 Racing de Ferrol (Sielva 67')\nEibar 1-1 Tenerife (Bautista 12'; Enric Gallego 80')",
        "Les autres résultats :\nRodez 1-0 Annecy (Bosetti 64e)\nGrenoble 1-1 Amiens (Sanyang 12e ; Gomis 80e)",
        "Gli altri risultati:\nBari 1-0 Modena (Lasagna 67')\nPalermo 1-1 Pisa (Brunori 12'; Moreo 80')",
        "Outros resultados:\nCoritiba 1 x 0 Goiás (Josué 54')\nRemo 1 x 1 Paysandu (Pedro Rocha 12'; Nicolas 80')",
    ];
    for text in cases {
        let k = kinds(text);
        assert_eq!(k.len(), 2, "{text:?}: {k:?}");
        assert!(
            k.iter()
                .all(|&(_, _, kind, running)| kind == Result && !running),
            "{text:?}: {k:?}"
        );
    }
}

/// A goal list keeps its running scores: items opened by the score, or
/// the same pair repeated a goal apart, or a shout before the line.
#[test]
fn goal_lists_keep_their_running_scores() {
    let cases = [
        "Tore: 1:0 Kane (8.), 1:1 Guirassy (23.), 2:1 Musiala (90.+3)",
        "Goals\nLeeds 1-0 Sunderland (Piroe 14)\nLeeds 2-0 Sunderland (Gnonto 50)",
        "Key events\n34' GOAL! Crystal Palace 0-1 Arsenal (Eze 34')",
        "Gols: Palmeiras 1 x 0 – Flaco López, 34'; Palmeiras 2 x 0 – Vitor Roque, 70'",
        "Goles\nKane 38' – Inter 0-1 Bayern (Kane)\nLautaro 55' – Inter 1-1 Bayern (Lautaro)",
    ];
    for text in cases {
        let k = kinds(text);
        assert!(
            !k.is_empty()
                && k.iter()
                    .all(|&(_, _, kind, running)| kind == Other && running),
            "{text:?}: {k:?}"
        );
    }
}

/// The score in words after the side a verdict was told against.
#[test]
fn a_worded_score_after_the_beaten_side_is_a_result() {
    let cases = [
        ("Arsenal beat Spurs three-one at the Emirates.", 3, 1),
        (
            "West Brom beat Norwich City by a goal to nil at the Hawthorns.",
            1,
            0,
        ),
        ("Der FC Bayern schlug Mainz drei zu eins.", 3, 1),
        ("Ajax versloeg PSV drie tegen één.", 3, 1),
        ("El Betis venció al Celta dos a uno.", 2, 1),
        ("Lens a battu Lille deux à un.", 2, 1),
        ("Il Napoli ha battuto il Genoa tre a uno.", 3, 1),
        ("O Grêmio venceu o Inter dois a um.", 2, 1),
    ];
    for (text, a, b) in cases {
        let k = kinds(text);
        assert_eq!(k, [(a, b, Result, false)], "{text:?}");
    }
}

/// Without a verdict, "uno a uno" is one by one, and "a goal to" opens no
/// score.
#[test]
fn words_after_a_name_without_a_verdict_are_no_score() {
    let cases = [
        "Il tecnico ha salutato i giocatori del Genoa uno a uno.",
        "El técnico saludó a los jugadores del Celta uno a uno.",
        "Maja scored a goal to remember against Norwich.",
        "Der Trainer begrüßte die Spieler aus Mainz eins zu eins.",
    ];
    for text in cases {
        assert_eq!(kinds(text), [], "{text:?}");
    }
}

/// A goal list with the minute in brackets before the scorer ("0:1 (34.)
/// Adeniran") keeps its running scores; the result heading it, with its
/// half-time score in brackets, stays a result.
#[test]
fn a_goal_list_with_minutes_first_is_running() {
    let cases = [
        "Rapid – LASK 2:1 (0:1). Tore: 0:1 (34.) Adeniran, 1:1 (58.) Burgstaller, 2:1 (81./Elfmeter) Seidl",
        "Rapid - LASK 2-1 (0-1). Goals: 0-1 (34') Adeniran, 1-1 (58') Burgstaller, 2-1 (81') Seidl",
        "Rapid - LASK 2-1 (0-1). Doelpunten: 0-1 (34.) Adeniran, 1-1 (58.) Burgstaller, 2-1 (81.) Seidl",
        "Rapid - LASK 2-1 (0-1). Goles: 0-1 (34') Adeniran, 1-1 (58') Burgstaller, 2-1 (81') Seidl",
    ];
    for text in cases {
        let k = kinds(text);
        assert_eq!(k.first(), Some(&(2, 1, Result, false)), "{text:?}: {k:?}");
        assert!(
            k[2..]
                .iter()
                .all(|&(_, _, kind, running)| kind == Other && running),
            "{text:?}: {k:?}"
        );
    }
}
