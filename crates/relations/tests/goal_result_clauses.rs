//! The clauses after a result's score in its sentence tell how it came
//! about: the players who open them are its scorers, one goal each, when
//! no other sentence names its goals and the score has room for them all,
//! in the seven languages. Traps: a name before the score (the result's
//! subject), a card or a miss in the clause, more names than the score
//! holds. Every sentence here is written for the test.

mod common;
mod goals_check;

use goals_check::check_scorers as check;

#[test]
fn the_players_opening_the_clauses_after_a_score_are_its_scorers() {
    check(&[
        ("[[Newcastle United|CLUB]] won 0-2 at [[Sunderland|CLUB]] last season: [[Dan Ballard|PLAYER]] turned a cross into his own net, [[Alexander Isak|PLAYER]] added the second.",
         &["Dan Ballard", "Alexander Isak"]),
        ("[[Werder Bremen|CLUB]] gewann zuletzt 2:1 gegen [[Mainz 05|CLUB]], [[Marvin Ducksch|PLAYER]] vor der Pause und [[Jens Stage|PLAYER]] spät in der Partie.",
         &["Marvin Ducksch", "Jens Stage"]),
        ("[[Ajax|CLUB]] won vorige maand met 2-0 van [[Heracles|CLUB]]: [[Brian Brobbey|PLAYER]] kopte raak, [[Kenneth Taylor|PLAYER]] besliste het duel.",
         &["Brian Brobbey", "Kenneth Taylor"]),
        ("El [[Sevilla|CLUB]] venció 2-0 al [[Girona|CLUB]] en casa, [[Isaac Romero|PLAYER]] antes del descanso y [[Dodi Lukébakio|PLAYER]] al final.",
         &["Isaac Romero", "Dodi Lukébakio"]),
        ("[[Lens|CLUB]] s'était imposé 2-0 face à [[Nantes|CLUB]] : [[Florian Sotoca|PLAYER]] a ouvert la marque, [[Wesley Saïd|PLAYER]] a conclu.",
         &["Florian Sotoca", "Wesley Saïd"]),
        ("Poi la caduta per 2-1 contro la [[Cremonese|CLUB]] del [[Genoa|CLUB]]: [[Jamie Vardy|PLAYER]] ha aperto le danze, [[Federico Bonazzoli|PLAYER]] ha raddoppiato.",
         &["Federico Bonazzoli", "Jamie Vardy"]),
        ("O [[Mirassol|CLUB]] bateu o [[Bahia|CLUB]] por 2 a 0 em casa, com [[Reinaldo|PLAYER]] de pênalti no primeiro tempo e [[Negueba|PLAYER]] nos acréscimos.",
         &["Reinaldo", "Negueba"]),
    ]);
}

#[test]
fn a_name_before_the_score_or_more_names_than_goals_score_nothing() {
    check(&[
        ("[[Bukayo Saka|PLAYER]] and [[Martin Ødegaard|PLAYER]] must shake off a 2-1 defeat by [[Bournemouth|CLUB]] for [[Arsenal|CLUB]].",
         &[]),
        ("[[Porto|CLUB]] empatou 1-1 com o [[Braga|CLUB]], [[Samu Aghehowa|PLAYER]] saiu lesionado e [[Rodrigo Mora|PLAYER]] entrou no intervalo.",
         &[]),
        ("[[Lyon|CLUB]] a battu [[Reims|CLUB]] 1-0, [[Alexandre Lacazette|PLAYER]] a été expulsé.",
         &[]),
        ("[[Roma|CLUB]] e [[Lazio|CLUB]] hanno pareggiato 1-1, [[Paulo Dybala|PLAYER]] e [[Mattia Zaccagni|PLAYER]] e [[Artem Dovbyk|PLAYER]] in campo dall'inizio.",
         &[]),
    ]);
}

#[test]
fn a_brace_named_with_the_results_instrument_counts_two() {
    check(&[
        ("O [[Benfica|CLUB]] venceu o [[Estrela da Amadora|CLUB]] por 3-0, com um bis de [[Vangelis Pavlidis|PLAYER]] e um golo de [[Georgiy Sudakov|PLAYER]].",
         &["Vangelis Pavlidis", "Vangelis Pavlidis", "Georgiy Sudakov"]),
        ("Il [[Napoli|CLUB]] ha battuto il [[Torino|CLUB]] 2-0 con una doppietta di [[Rasmus Højlund|PLAYER]].",
         &["Rasmus Højlund", "Rasmus Højlund"]),
        ("[[Lens|CLUB]] a battu [[Nantes|CLUB]] 2-0 grâce à un doublé de [[Florian Thauvin|PLAYER]].",
         &["Florian Thauvin", "Florian Thauvin"]),
        ("El [[Betis|CLUB]] ganó 2-0 al [[Getafe|CLUB]] con un doblete de [[Cucho Hernández|PLAYER]].",
         &["Cucho Hernández", "Cucho Hernández"]),
        ("[[Everton|CLUB]] beat [[Fulham|CLUB]] 2-0 thanks to a brace from [[Beto|PLAYER]].",
         &["Beto", "Beto"]),
        ("[[Freiburg|CLUB]] schlug [[Mainz 05|CLUB]] 2:0 dank eines Doppelpacks von [[Vincenzo Grifo|PLAYER]].",
         &["Vincenzo Grifo", "Vincenzo Grifo"]),
    ]);
}
