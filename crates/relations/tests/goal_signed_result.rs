//! A result or a goal signed to its agent by a participle ("la rimonta
//! firmata da X", "a win sealed by X") names the scorers, in the seven
//! languages; a participle of a contract signs no goal. Every sentence
//! here is written for the test.

mod common;

use common::scorers;

#[test]
fn the_agents_of_a_signed_result_scored_it() {
    let cases: [(&str, &[&str]); 8] = [
        ("La [[Juventus|CLUB]] ha battuto la [[Fiorentina|CLUB]] 2-1, con la rimonta firmata da [[Dusan Vlahovic|PLAYER]] e [[Kenan Yildiz|PLAYER]].", &["Dusan Vlahovic", "Kenan Yildiz"]),
        ("Il [[Lecce|CLUB]] ha vinto 2-1 in casa della [[Fiorentina|CLUB]]: rimonta firmata da [[Nikola Štulić|PLAYER]] su rigore e da [[Lameck Banda|PLAYER]] nel finale.", &["Nikola Štulić", "Lameck Banda"]),
        ("Il [[Napoli|CLUB]] ha vinto 1-0 a [[Como|CLUB]], un successo deciso da un colpo di testa di [[Scott McTominay|PLAYER]].", &["Scott McTominay"]),
        ("El [[Betis|CLUB]] ganó 1-0 al [[Getafe|CLUB]], un triunfo firmado por [[Isco|PLAYER]].", &["Isco"]),
        ("O [[Benfica|CLUB]] venceu o [[Braga|CLUB]] por 1-0, vitória assinada por [[Vangelis Pavlidis|PLAYER]].", &["Vangelis Pavlidis"]),
        ("Le [[PSG|CLUB]] s'est imposé 1-0 contre [[Reims|CLUB]], un succès signé par [[Ousmane Dembélé|PLAYER]].", &["Ousmane Dembélé"]),
        ("[[Arsenal|CLUB]] beat [[Chelsea|CLUB]] 1-0, a victory sealed by [[Bukayo Saka|PLAYER]].", &["Bukayo Saka"]),
        ("[[PSV|CLUB]] won met 1-0 van [[Ajax|CLUB]], een zege beslist door [[Luuk de Jong|PLAYER]].", &["Luuk de Jong"]),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let got = scorers(text);
            (got != *want).then(|| format!("{text}: {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_signed_contract_or_a_plain_past_tense_list() {
    assert_eq!(
        scorers("Il [[Milan|CLUB]] ha vinto 2-0; il contratto firmato da [[Santiago Giménez|PLAYER]] scade nel 2029."),
        Vec::<String>::new()
    );
    assert_eq!(
        scorers("La [[Norvegia|CLUB]] vinse 3-0 contro l'[[Italia|CLUB]]. In quella partita segnarono [[Alexander Sørloth|PLAYER]], [[Antonio Nusa|PLAYER]] e [[Erling Haaland|PLAYER]]."),
        ["Alexander Sørloth", "Antonio Nusa", "Erling Haaland"]
    );
}
