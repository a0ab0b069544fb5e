//! A number that opens a line and is closed by a dot numbers the line (the
//! minute of a goal list, a rank): the line is not split after it, in any
//! language. A number closed by a dot inside a line still ends a sentence.

use scoreline_text::Segmented;

fn split(text: &str) -> Vec<&str> {
    Segmented::new(text)
        .sentences
        .iter()
        .map(|s| &text[s.start_byte as usize..s.end_byte as usize])
        .collect()
}

#[test]
fn a_goal_list_minute_opening_a_line_keeps_its_line_whole() {
    let lists = [
        // nl
        "Doelpunten:\n8. Parrott 1-0\n54. Til 2-0\n77. Hato 2-1",
        // de
        "Tore:\n12. Kane 1:0\n67. Wirtz 1:1\n90. Musiala 2:1",
        // en
        "Goals:\n8. Saka 1-0\n41. Watkins 1-1",
        // es
        "Goles:\n23. Lewandowski 1-0\n88. Griezmann 1-1",
        // fr
        "Buts :\n5. Mbappé 1-0\n70. David 1-1",
        // it
        "Marcatori:\n15. Lautaro 1-0\n62. Vlahovic 1-1",
        // pt
        "Golos:\n30. Gyökeres 1-0\n84. Pepê 1-1",
    ];
    for text in lists {
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(split(text), lines, "{text}");
    }
}

#[test]
fn a_numbered_first_line_of_a_text_stays_whole() {
    assert_eq!(split("8. Parrott 1-0"), ["8. Parrott 1-0"]);
}

#[test]
fn a_number_ending_a_sentence_inside_a_line_still_splits() {
    assert_eq!(
        split("PSV won 2-1 on matchday 8. Then the lead was four points."),
        [
            "PSV won 2-1 on matchday 8.",
            "Then the lead was four points."
        ]
    );
    assert_eq!(
        split("PSV won 2-1 on matchday 8. Then nothing.\n8. Parrott 1-0"),
        [
            "PSV won 2-1 on matchday 8.",
            "Then nothing.",
            "8. Parrott 1-0"
        ]
    );
    assert_eq!(
        split("PSV won met 2-1 in speelronde 30. Daarna niets."),
        ["PSV won met 2-1 in speelronde 30.", "Daarna niets."]
    );
}
