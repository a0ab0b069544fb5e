//! Results of one pair told under different dates are different meetings,
//! not steps of one match: a preview's head-to-head paragraphs ("Januari
//! 2024, KNVB Beker: …", "April 2025, Eredivisie: …"). Passages are our
//! own, in the seven languages.

mod common;

use common::{run, written};

/// Two paragraphs about the same pair, the second's score a possible step
/// of the first's (same winner, each side at most as many goals).
fn passages() -> [(&'static str, &'static str, &'static str); 7] {
    [
        (
            "April 2024, league. [[Willem II|CLUB]] beat [[RKC|CLUB]] 3-2 in a wild game.",
            "April 2025, league. [[Willem II|CLUB]] beat [[RKC|CLUB]] 2-1 at home.",
            "RKC|Willem II",
        ),
        (
            "April 2024, Bundesliga. [[Bochum|CLUB]] schlug [[Mainz|CLUB]] mit 3:2.",
            "April 2025, Bundesliga. [[Bochum|CLUB]] schlug [[Mainz|CLUB]] erneut mit 2:1.",
            "Bochum|Mainz",
        ),
        (
            "April 2024, Eredivisie. [[Willem II|CLUB]] versloeg [[RKC|CLUB]] met 3-2.",
            "April 2025, Eredivisie. [[Willem II|CLUB]] versloeg [[RKC|CLUB]] met 2-1.",
            "RKC|Willem II",
        ),
        (
            "Abril de 2024, LaLiga. El [[Betis|CLUB]] venció al [[Celta|CLUB]] por 3-2.",
            "Abril de 2025, LaLiga. El [[Betis|CLUB]] venció al [[Celta|CLUB]] por 2-1.",
            "Betis|Celta",
        ),
        (
            "Avril 2024, Ligue 1. [[Lens|CLUB]] a battu [[Lille|CLUB]] 3-2.",
            "Avril 2025, Ligue 1. [[Lens|CLUB]] a battu [[Lille|CLUB]] 2-1.",
            "Lens|Lille",
        ),
        (
            "Aprile 2024, Serie A. Il [[Torino|CLUB]] ha battuto il [[Genoa|CLUB]] 3-2.",
            "Aprile 2025, Serie A. Il [[Torino|CLUB]] ha battuto il [[Genoa|CLUB]] 2-1.",
            "Genoa|Torino",
        ),
        (
            "Abril de 2024, Brasileirão. O [[Grêmio|CLUB]] venceu o [[Inter|CLUB]] por 3-2.",
            "Abril de 2025, Brasileirão. O [[Grêmio|CLUB]] venceu o [[Inter|CLUB]] por 2-1.",
            "Grêmio|Inter",
        ),
    ]
}

/// The score of `pair` ("A|B", alphabetical) written for `first` as the
/// first-named club: "A|B 3-2" or "A|B 2-3".
fn line(pair: &str, first: &str, [x, y]: [u32; 2]) -> String {
    if pair.starts_with(first) {
        format!("{pair} {x}-{y}")
    } else {
        format!("{pair} {y}-{x}")
    }
}

/// The club named first in a passage: the winner of both its results.
fn winner(passage: &str) -> &str {
    passage
        .split("[[")
        .nth(1)
        .and_then(|s| s.split('|').next())
        .unwrap_or("")
}

/// Both results of a passage's pair as `written` gives them.
fn both(passage: &str, pair: &str) -> Vec<String> {
    let w = winner(passage);
    let mut out = vec![line(pair, w, [3, 2]), line(pair, w, [2, 1])];
    out.sort();
    out
}

#[test]
fn results_under_different_dates_are_two_meetings() {
    for (one, two, pair) in passages() {
        let text = format!("{one}\n\n{two}");
        assert_eq!(written(&run(&text)), both(one, pair), "{text}");
    }
}

/// Under one date, the later score is a step of the first: one match.
#[test]
fn results_under_one_date_fold_into_one() {
    for (one, two, pair) in passages() {
        let text = format!("{one}\n\n{}", two.replace("2025", "2024"));
        assert_eq!(
            written(&run(&text)),
            [line(pair, winner(one), [3, 2])],
            "{text}"
        );
    }
}

/// A result told under a date after the match of the day, told under
/// none, is another meeting ("Mai 2025: … gewann Sturm mit 2:0").
#[test]
fn a_dated_result_after_an_undated_one_is_another_meeting() {
    for (one, two, pair) in passages() {
        let undated = one.split_once(". ").map_or(one, |(_, rest)| rest);
        let text = format!("{undated}\n\n{two}");
        assert_eq!(written(&run(&text)), both(one, pair), "{text}");
    }
}

/// Level scores of the pair, the second told as a draw or an end, and
/// then not so: a draw told as one finished a match; a level score told
/// otherwise is a step of the result.
#[test]
fn a_level_score_told_as_a_draw_is_another_meeting() {
    let cases = [
        (
            "[[Lens|CLUB]] beat [[Lille|CLUB]] 2-1. [[Lens|CLUB]] and [[Lille|CLUB]] drew 1-1 at Bollaert.",
            "Lens|Lille 1-1",
        ),
        (
            "[[Bochum|CLUB]] schlug [[Mainz|CLUB]] 2:1. [[Bochum|CLUB]] und [[Mainz|CLUB]] trennten sich 1:1 in Bochum.",
            "Bochum|Mainz 1-1",
        ),
        (
            "[[Ajax|CLUB]] versloeg [[PSV|CLUB]] met 2-1. [[Ajax|CLUB]] en [[PSV|CLUB]] speelden 1-1 gelijk in Eindhoven.",
            "Ajax|PSV 1-1",
        ),
        (
            "El [[Betis|CLUB]] venció al [[Celta|CLUB]] por 2-1. El [[Betis|CLUB]] y el [[Celta|CLUB]] empataron 1-1 en Vigo.",
            "Betis|Celta 1-1",
        ),
        (
            "[[Reims|CLUB]] a battu [[Lorient|CLUB]] 2-1. [[Reims|CLUB]] et [[Lorient|CLUB]] ont fait match nul 1-1 à Delaune.",
            "Lorient|Reims 1-1",
        ),
        (
            "Il [[Torino|CLUB]] ha battuto il [[Genoa|CLUB]] 2-1. [[Torino|CLUB]] e [[Genoa|CLUB]] pareggiano 1-1 a Marassi.",
            "Genoa|Torino 1-1",
        ),
        (
            "O [[Grêmio|CLUB]] venceu o [[Inter|CLUB]] por 2-1. [[Grêmio|CLUB]] e [[Inter|CLUB]] empataram 1-1 no Beira-Rio.",
            "Grêmio|Inter 1-1",
        ),
    ];
    for (text, draw) in cases {
        let got = written(&run(text));
        assert!(got.iter().any(|m| m == draw), "{text}: {got:?}");
        assert_eq!(got.len(), 2, "{text}: {got:?}");
    }
}

/// A year told with "de" ("a Supercopa de 2024") dates its result; one
/// told as "since" ("seit 2007 im Amt") does not.
#[test]
fn a_year_dates_a_result_only_as_its_date() {
    let dated = "O [[Grêmio|CLUB]] venceu o [[Inter|CLUB]] por 3-2.\n\nO [[Grêmio|CLUB]] venceu o [[Inter|CLUB]] por 2-1 na Supercopa de 2024.";
    assert_eq!(
        written(&run(dated)),
        ["Grêmio|Inter 2-1", "Grêmio|Inter 3-2"],
        "{dated}"
    );
    let since = "[[Bochum|CLUB]] schlug [[Mainz|CLUB]] mit 3:2.\n\n[[Bochum|CLUB]] schlug [[Mainz|CLUB]] mit 2:1, sagte der Trainer, der seit 2007 im Amt ist.";
    assert_eq!(written(&run(since)), ["Bochum|Mainz 3-2"], "{since}");
}
