//! Minutes read from words: a part of the hour counted back from the end
//! ("een kwartier voor tijd" is the 75th), round tens as ordinals
//! ("zeventigste"), extra time named in the plural, and what is no minute
//! after a name or a minute word: a running score ("minuut 3-0") and a
//! player's count in a results line ("(Mühren 2; Van Mieghem, Komljenovic)").
//! Every line here is written for the test.

use scoreline_relations::minute;
use scoreline_text::Segmented;

fn minutes(text: &str) -> Vec<(u32, Option<u32>)> {
    let seg = Segmented::new(text);
    minute::find(&seg)
        .iter()
        .map(|m| (m.minute, m.stoppage))
        .collect()
}

#[test]
fn a_quarter_of_an_hour_from_the_end_is_the_seventy_fifth() {
    let lines = [
        "He scored a quarter of an hour from time.",
        "Er traf eine Viertelstunde vor Schluss.",
        "Hij tikte een kwartier voor tijd de gelijkmaker binnen.",
        "Marcó a un cuarto de hora del final.",
        "Il a marqué à un quart d'heure de la fin.",
        "Ha segnato a un quarto d'ora dalla fine.",
        "Marcou a um quarto de hora do fim.",
    ];
    for l in lines {
        assert_eq!(minutes(l), [(75, None)], "{l}");
    }
    // From the kick-off it is still the fifteenth.
    assert_eq!(
        minutes("Il a ouvert le score dès le quart d'heure."),
        [(15, None)]
    );
}

#[test]
fn round_tens_are_ordinals_in_every_language() {
    let lines = [
        ("Schouten maakte er in de zeventigste minuut 3-0 van.", 70),
        ("Er traf in der siebzigsten Minute.", 70),
        ("Il a marqué à la quarantième minute.", 40),
        ("Marcó en el sexagésimo minuto.", 60),
        ("Marcou ao septuagésimo minuto.", 70),
        ("Ha segnato al settantesimo minuto.", 70),
        ("Hij scoorde in de negentigste minuut.", 90),
    ];
    for (l, n) in lines {
        assert_eq!(minutes(l), [(n, None)], "{l}");
    }
}

#[test]
fn a_score_after_a_minute_word_is_no_minute() {
    assert_eq!(minutes("Na de minuut 3-0 viel er niets meer."), []);
    assert_eq!(minutes("Gol al minuto 67."), [(67, None)]);
}

#[test]
fn extra_time_in_the_plural_counts_back_from_its_end() {
    assert_eq!(
        minutes("Twee minuten voor het einde van de verlengingen ramde hij de bal in de kruising."),
        [(118, None)]
    );
}

#[test]
fn a_number_in_a_results_line_where_another_name_has_none_is_a_count() {
    assert_eq!(
        minutes("FC Volendam - ADO Den Haag 2-2 (Mühren 2; Van Mieghem, Komljenovic)"),
        []
    );
    assert_eq!(
        minutes("SC Cambuur - Telstar 3-1 (Hoedemakers 2, eigen doelpunt; Noslin)"),
        []
    );
    // Every name with its minutes: minutes, small or not.
    assert_eq!(
        minutes("Wolves 0 Forest 3 (Wood 3, 61, Hudson-Odoi 80)"),
        [(3, None), (61, None), (80, None)]
    );
}

#[test]
fn the_half_of_the_next_clause_is_not_the_minutes() {
    assert_eq!(
        minutes("Gil Dias abriu aos 39 minutos e, na segunda parte, Aderllan Santos desviou para a própria baliza, aos 77'."),
        [(39, None), (77, None)]
    );
    assert_eq!(
        minutes("Gil Dias abriu aos 39 minutos e na segunda parte o Rio Ave reagiu."),
        [(39, None)]
    );
    // The minute's own half still counts.
    assert_eq!(
        minutes("Marcou aos 33 minutos do segundo tempo."),
        [(78, None)]
    );
    assert_eq!(
        minutes("He scored 20 minutes into the second half."),
        [(65, None)]
    );
}
