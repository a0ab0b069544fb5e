//! Match assembly, session 9: the two sides of one match are of one kind
//! (two clubs or two national teams); a side of the other kind is mended
//! to the document's team of the right kind. Written as fresh sentences
//! (`fixtures/match_one_kind_probes.txt`).

mod common;

#[test]
fn the_probe_passages_give_their_matches() {
    common::assert_probes(include_str!("fixtures/match_one_kind_probes.txt"), 5);
}

#[test]
fn every_club_file_is_compiled_in() {
    let dir = common::repo().join("models/refdata/clubs");
    let on_disk = std::fs::read_dir(&dir)
        .map(|d| d.filter(|f| f.is_ok()).count())
        .unwrap_or(0);
    assert_eq!(on_disk, scoreline_relations::club_files().len());
}
