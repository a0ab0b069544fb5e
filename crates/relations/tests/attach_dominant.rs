//! The piece's dominant player (a season profile, a portrait): found by
//! mentions and the headline, never in a report naming two players alike;
//! a pronoun or an epithet scoring at a minute is them, not the last player
//! named, and the committed attachment model does not overrule that.
//! Every sentence here is written for the test.

use scoreline_relations::attach::AttachModel;
use scoreline_relations::piece::dominant;
use scoreline_relations::EntitySpan;
use scoreline_text::Segmented;

mod common;

use common::{entity_spans, repo, run_with, unmark};

/// The dominant player's surname of a marked text.
fn dominant_of(marked: &str) -> Option<String> {
    let (text, spans) = unmark(marked);
    let seg = Segmented::new(&text);
    let entities: Vec<EntitySpan> = entity_spans(&seg, &spans)
        .into_iter()
        .filter(|e| e.label == scoreline_core::Label::Player)
        .collect();
    let refs: Vec<&EntitySpan> = entities.iter().collect();
    dominant(&seg, &refs).map(str::to_owned)
}

/// Profiles, one per language: (text, the player it is about). The
/// pronoun or epithet scores at a minute after another player was named.
const PROFILES: [(&str, &str); 7] = [
    (
        "[[Khadija Shaw|PLAYER]]: a season of goals\n\n[[Khadija Shaw|PLAYER]] has 19 goals this season. Against [[Aston Villa|CLUB]] in October [[Manchester City|CLUB]] won 3-0 after [[Rachel Daly|PLAYER]] missed a chance. She struck in the 6th minute. [[Shaw|PLAYER]] will start on Sunday.",
        "Shaw",
    ),
    (
        "[[Ermedin Demirović|PLAYER]], der Torjäger\n\n[[Ermedin Demirović|PLAYER]] hat in dieser Saison 15 Tore erzielt. Beim 3:0 des [[VfB Stuttgart|CLUB]] gegen [[Werder Bremen|CLUB]] sah [[Marvin Ducksch|PLAYER]] Gelb. Der Bosnier traf in der 6. Minute. [[Demirović|PLAYER]] bleibt gefährlich.",
        "Demirović",
    ),
    (
        "[[Ayase Ueda|PLAYER]], de topscorer\n\n[[Ayase Ueda|PLAYER]] staat op 15 doelpunten. Bij de 3-0 van [[Feyenoord|CLUB]] tegen [[FC Utrecht|CLUB]] kreeg [[Nick Viergever|PLAYER]] geel. De Japanner scoorde in de zesde minuut. [[Ueda|PLAYER]] is fit.",
        "Ueda",
    ),
    (
        "[[Ante Budimir|PLAYER]], el goleador\n\n[[Ante Budimir|PLAYER]] suma 15 goles esta temporada. En el 3-0 del [[Osasuna|CLUB]] ante el [[Getafe|CLUB]], [[Djené|PLAYER]] vio la amarilla. El croata marcó en el minuto 6. [[Budimir|PLAYER]] sigue en forma.",
        "Budimir",
    ),
    (
        "[[Arnaud Kalimuendo|PLAYER]], le buteur\n\n[[Arnaud Kalimuendo|PLAYER]] compte 15 buts cette saison. Lors du 3-0 du [[Stade Rennais|CLUB]] contre le [[FC Nantes|CLUB]], [[Nicolas Pallois|PLAYER]] a reçu un carton jaune. Le Français a marqué à la 6e minute. [[Kalimuendo|PLAYER]] est en forme.",
        "Kalimuendo",
    ),
    (
        "[[Mateo Retegui|PLAYER]], la stagione da bomber\n\n[[Mateo Retegui|PLAYER]] ha segnato 15 gol. Nel 3-0 dell'[[Atalanta|CLUB]] al [[Torino|CLUB]], [[Samuele Ricci|PLAYER]] è stato ammonito. L'italo-argentino ha segnato al 6'. [[Retegui|PLAYER]] è in forma.",
        "Retegui",
    ),
    (
        "[[Vangelis Pavlidis|PLAYER]], o goleador\n\n[[Vangelis Pavlidis|PLAYER]] soma 15 golos esta época. No 3-0 do [[Benfica|CLUB]] ao [[Estoril|CLUB]], [[Pedro Amaral|PLAYER]] viu o cartão amarelo. O grego marcou aos 6 minutos. [[Pavlidis|PLAYER]] está em forma.",
        "Pavlidis",
    ),
];

#[test]
fn a_profile_has_its_player_as_dominant() {
    for (text, who) in PROFILES {
        assert_eq!(dominant_of(text).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_report_naming_two_players_alike_has_none() {
    let alike = [
        "[[Harry Kane|PLAYER]] and [[Jamal Musiala|PLAYER]] shine\n\n[[Harry Kane|PLAYER]] scored, [[Jamal Musiala|PLAYER]] scored, [[Kane|PLAYER]] and [[Musiala|PLAYER]] celebrated.",
        "[[Ante Budimir|PLAYER]] marcó. [[Isco|PLAYER]] también marcó y [[Budimir|PLAYER]] celebró con [[Isco|PLAYER]].",
        // Named most, but neither in the headline nor twice the next.
        "Serie A\nSerata di gol a Bergamo.\n\n[[Mateo Retegui|PLAYER]] ha segnato, [[Ademola Lookman|PLAYER]] ha segnato, [[Retegui|PLAYER]] ha esultato, [[Lookman|PLAYER]] anche, [[Retegui|PLAYER]] ha salutato.",
    ];
    for text in alike {
        assert_eq!(dominant_of(text), None, "{text}");
    }
}

#[test]
fn the_committed_model_gives_an_epithets_goal_to_the_dominant_player() {
    let model = AttachModel::load(&repo().join("models")).map_err(|e| e.to_string());
    let Ok(model) = model else {
        panic!("no committed model: {model:?}");
    };
    let mut wrong = Vec::new();
    for (text, who) in PROFILES {
        let r = run_with(text, &model);
        let at_six: Vec<&str> = r
            .goals
            .iter()
            .filter(|g| g.minute == Some(6))
            .map(|g| g.scorer.as_str())
            .collect();
        if !(at_six.len() == 1 && at_six[0].ends_with(who)) {
            wrong.push(format!("{who}: {at_six:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}
