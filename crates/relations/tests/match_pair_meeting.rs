//! A result told with no club in its sentence, in a document about two
//! clubs, is a meeting of those two ("Im Hinspiel trennte man sich 2:2");
//! not in a document of many clubs, not as a state of a match told around
//! a minute, not when the sentence before is about a third club, and not
//! with a winner the text does not tell. Passages are our own, in the
//! seven languages.

mod common;

use common::{run, written};

/// A preview of two clubs (each named three times) and a sentence about
/// their earlier meeting that names neither; the pair as written.
fn previews() -> [(&'static str, &'static str, &'static str); 7] {
    [
        (
            "[[Brentford|CLUB]] host [[Fulham|CLUB]] on Saturday. [[Brentford|CLUB]] have won three in a row and [[Fulham|CLUB]] have lost twice. Both managers know the derby well, and [[Brentford|CLUB]] fans expect [[Fulham|CLUB]] to attack. Both coaches expect a tight game.",
            "A 2-2 draw in west London last season was full of chances.",
            "Brentford|Fulham",
        ),
        (
            "[[Magdeburg|CLUB]] empfängt am Sonntag [[Elversberg|CLUB]]. [[Magdeburg|CLUB]] ist seit fünf Spielen ungeschlagen, [[Elversberg|CLUB]] hat zweimal verloren. Für [[Magdeburg|CLUB]] und [[Elversberg|CLUB]] geht es um viel. Beide Trainer erwarten ein enges Spiel.",
            "Im vergangenen Oktober gab es ein 2:2.",
            "Elversberg|Magdeburg",
        ),
        (
            "[[Twente|CLUB]] ontvangt zondag [[Feyenoord|CLUB]]. [[Twente|CLUB]] won vier keer op rij, [[Feyenoord|CLUB]] verloor twee keer. Voor [[Twente|CLUB]] en [[Feyenoord|CLUB]] staat veel op het spel. Beide trainers verwachten een spannend duel.",
            "Vorig seizoen speelde men 2-2 gelijk.",
            "Feyenoord|Twente",
        ),
        (
            "El [[Levante|CLUB]] recibe al [[Racing|CLUB]] el domingo. El [[Levante|CLUB]] llega invicto y el [[Racing|CLUB]] con dudas. Entre [[Levante|CLUB]] y [[Racing|CLUB]] hay poca distancia. Ambos técnicos esperan un partido cerrado.",
            "La temporada pasada se firmó un 2-2 sin brillo.",
            "Levante|Racing",
        ),
        (
            "[[Strasbourg|CLUB]] reçoit [[Marseille|CLUB]] dimanche. [[Strasbourg|CLUB]] reste sur trois victoires, [[Marseille|CLUB]] sur deux défaites. Entre [[Strasbourg|CLUB]] et [[Marseille|CLUB]], l'écart est mince. Les deux entraîneurs attendent un match serré.",
            "En octobre, un nul 2-2 sans saveur.",
            "Marseille|Strasbourg",
        ),
        (
            "Il [[Sassuolo|CLUB]] ospita la [[Cremonese|CLUB]] domenica. Il [[Sassuolo|CLUB]] è in forma, la [[Cremonese|CLUB]] meno. Tra [[Sassuolo|CLUB]] e [[Cremonese|CLUB]] c'è un punto. Entrambi gli allenatori si aspettano una gara tirata.",
            "A settembre un pari per 2-2 senza emozioni.",
            "Cremonese|Sassuolo",
        ),
        (
            "O [[Grêmio|CLUB]] recebe o [[Juventude|CLUB]] no domingo. O [[Grêmio|CLUB]] vem de três vitórias, o [[Juventude|CLUB]] de duas derrotas. Entre [[Grêmio|CLUB]] e [[Juventude|CLUB]] há equilíbrio. Os dois técnicos esperam um jogo equilibrado.",
            "No primeiro turno, empate em 2 a 2.",
            "Grêmio|Juventude",
        ),
    ]
}

/// The texts that give a match `bad` picks out, with all they gave.
fn made_up(texts: impl Iterator<Item = String>, bad: impl Fn(&String) -> bool) -> Vec<String> {
    texts
        .filter_map(|text| {
            let got = written(&run(&text));
            got.iter().any(&bad).then(|| format!("{text}: {got:?}"))
        })
        .collect()
}

#[test]
fn a_meeting_told_without_clubs_in_a_preview_is_of_its_two_clubs() {
    let wrong: Vec<String> = previews()
        .iter()
        .filter_map(|(intro, meeting, pair)| {
            let got = written(&run(&format!("{intro} {meeting}")));
            (got != vec![format!("{pair} 2-2")]).then(|| format!("{meeting}: {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The same club-free sentence after a round-up passage of four clubs
/// named alike: no two clubs the document is about.
#[test]
fn a_document_of_many_clubs_recalls_no_meeting_of_two() {
    let intros = [
        "[[Brentford|CLUB]] beat [[Fulham|CLUB]] 1-0 and [[Everton|CLUB]] beat [[Burnley|CLUB]] 3-1. [[Brentford|CLUB]], [[Fulham|CLUB]], [[Everton|CLUB]] and [[Burnley|CLUB]] all play again on Tuesday. Both coaches expect a tight game.",
        "[[Magdeburg|CLUB]] schlug [[Elversberg|CLUB]] mit 1:0, [[Kiel|CLUB]] schlug [[Paderborn|CLUB]] mit 3:1. [[Magdeburg|CLUB]], [[Elversberg|CLUB]], [[Kiel|CLUB]] und [[Paderborn|CLUB]] spielen am Dienstag wieder. Beide Trainer erwarten ein enges Spiel.",
        "[[Twente|CLUB]] versloeg [[Feyenoord|CLUB]] met 1-0 en [[Ajax|CLUB]] versloeg [[PSV|CLUB]] met 3-1. [[Twente|CLUB]], [[Feyenoord|CLUB]], [[Ajax|CLUB]] en [[PSV|CLUB]] spelen dinsdag weer. Beide trainers verwachten een spannend duel.",
        "El [[Levante|CLUB]] venció al [[Racing|CLUB]] por 1-0 y el [[Eibar|CLUB]] venció al [[Elche|CLUB]] por 3-1. [[Levante|CLUB]], [[Racing|CLUB]], [[Eibar|CLUB]] y [[Elche|CLUB]] vuelven a jugar el martes. Ambos técnicos esperan un partido cerrado.",
        "[[Strasbourg|CLUB]] a battu [[Marseille|CLUB]] 1-0 et [[Lens|CLUB]] a battu [[Lille|CLUB]] 3-1. [[Strasbourg|CLUB]], [[Marseille|CLUB]], [[Lens|CLUB]] et [[Lille|CLUB]] rejouent mardi. Les deux entraîneurs attendent un match serré.",
        "Il [[Sassuolo|CLUB]] ha battuto la [[Cremonese|CLUB]] 1-0 e il [[Pisa|CLUB]] ha battuto il [[Como|CLUB]] 3-1. [[Sassuolo|CLUB]], [[Cremonese|CLUB]], [[Pisa|CLUB]] e [[Como|CLUB]] tornano in campo martedì. Entrambi gli allenatori si aspettano una gara tirata.",
        "O [[Grêmio|CLUB]] venceu o [[Juventude|CLUB]] por 1-0 e o [[Bahia|CLUB]] venceu o [[Vitória|CLUB]] por 3-1. [[Grêmio|CLUB]], [[Juventude|CLUB]], [[Bahia|CLUB]] e [[Vitória|CLUB]] voltam a jogar na terça. Os dois técnicos esperam um jogo equilibrado.",
    ];
    let texts = intros
        .iter()
        .zip(previews())
        .map(|(intro, (_, meeting, _))| format!("{intro} {meeting}"));
    let wrong = made_up(texts, |m| m.ends_with(" 2-2"));
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A club-free level score next to a minute is a state of a match told
/// around it ("after 90 minutes it stood 1-1"), not an earlier meeting.
#[test]
fn a_level_score_at_a_minute_is_no_meeting() {
    let states = [
        "After 90 minutes it was still 2-2, so extra time followed.",
        "Nach 90 Minuten gab es ein 2:2, es ging in die Verlängerung.",
        "Na 90 minuten stond het 2-2, er volgde een verlenging.",
        "Tras 90 minutos el marcador seguía 2-2 y llegó la prórroga.",
        "Après 90 minutes, il restait à 2-2 et il y avait la prolongation.",
        "Dopo 90 minuti era ancora 2-2 e si andò ai supplementari.",
        "Após 90 minutos estava 2-2 e houve prolongamento.",
    ];
    let texts = previews()
        .into_iter()
        .zip(states)
        .map(|((intro, _, _), state)| format!("{intro} {state}"));
    let wrong = made_up(texts, |m| m.ends_with(" 2-2"));
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A club-free score after a sentence about a third club is that club's
/// match, not one of the two the document is about.
#[test]
fn a_sentence_after_a_third_club_is_no_meeting_of_the_pair() {
    let third = [
        "Last month they met [[Everton|CLUB]] in the cup.",
        "Im Pokal ging es zuletzt gegen [[Kiel|CLUB]].",
        "In de beker ging het onlangs tegen [[Ajax|CLUB]].",
        "En la Copa se cruzaron con el [[Eibar|CLUB]].",
        "En Coupe, ils ont croisé [[Lens|CLUB]].",
        "In Coppa hanno incrociato il [[Pisa|CLUB]].",
        "Na Copa, cruzaram com o [[Bahia|CLUB]].",
    ];
    let texts = previews()
        .into_iter()
        .zip(third)
        .map(|((intro, meeting, _), other)| format!("{intro} {other} {meeting}"));
    // The pair's meeting: both named, each three times, in every intro.
    let pairs: Vec<&str> = previews().iter().map(|(_, _, pair)| *pair).collect();
    let wrong = made_up(texts, |m| pairs.iter().any(|p| *m == format!("{p} 2-2")));
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// With a winner and no ground of either club named, the text does not
/// tell which of the two won: no meeting is made up.
#[test]
fn a_decided_meeting_without_its_ground_is_not_guessed() {
    let decided = [
        "A 2-1 in the first leg settled nothing.",
        "Im Hinspiel gab es ein 2:1.",
        "In de heenwedstrijd viel een 2-1.",
        "En la ida hubo un 2-1.",
        "Au match aller, un 2-1 sans saveur.",
        "All'andata, a settembre, fu 2-1.",
        "No primeiro turno, um 2 a 1.",
    ];
    let texts = previews()
        .into_iter()
        .zip(decided)
        .map(|((intro, _, _), meeting)| format!("{intro} {meeting}"));
    let wrong = made_up(texts, |m| m.ends_with(" 2-1") || m.ends_with(" 1-2"));
    assert!(wrong.is_empty(), "{wrong:#?}");
}
