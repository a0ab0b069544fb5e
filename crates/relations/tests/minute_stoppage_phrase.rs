//! A minute of stoppage time is read from the minute's own phrase ("in
//! der fünften Minute der Nachspielzeit"), never over a clause's end ("in
//! the ninth minute and added a second"). Every sentence here is written
//! for the test.

#[test]
fn a_stoppage_word_in_the_next_clause_is_not_the_minutes() {
    // "added" belongs to the next clause ("and added a second"), not to
    // "the ninth minute" of stoppage time.
    let text = "The forward turned it in in the ninth minute and added a second from the spot on 34 minutes.";
    let seg = scoreline_text::Segmented::new(text);
    let found: Vec<(u32, Option<u32>)> = scoreline_relations::minute::find(&seg)
        .iter()
        .map(|m| (m.minute, m.stoppage))
        .collect();
    assert_eq!(found, [(9, None), (34, None)]);
    let text = "Er traf in der fünften Minute der Nachspielzeit.";
    let seg = scoreline_text::Segmented::new(text);
    let found: Vec<(u32, Option<u32>)> = scoreline_relations::minute::find(&seg)
        .iter()
        .map(|m| (m.minute, m.stoppage))
        .collect();
    assert_eq!(found, [(90, Some(5))]);
}
