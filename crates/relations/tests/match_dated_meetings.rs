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

#[test]
fn results_under_different_dates_are_two_meetings() {
    for (one, two, pair) in passages() {
        let text = format!("{one}\n\n{two}");
        let winner = one
            .split("[[")
            .nth(1)
            .and_then(|s| s.split('|').next())
            .unwrap_or("");
        let mut expected = vec![line(pair, winner, [3, 2]), line(pair, winner, [2, 1])];
        expected.sort();
        assert_eq!(written(&run(&text)), expected, "{text}");
    }
}

/// Under one date, the later score is a step of the first: one match.
#[test]
fn results_under_one_date_fold_into_one() {
    for (one, two, pair) in passages() {
        let text = format!("{one}\n\n{}", two.replace("2025", "2024"));
        let winner = one
            .split("[[")
            .nth(1)
            .and_then(|s| s.split('|').next())
            .unwrap_or("");
        assert_eq!(written(&run(&text)), [line(pair, winner, [3, 2])], "{text}");
    }
}
