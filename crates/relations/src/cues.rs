//! Cue words in the seven languages (lower case, as tokens): what a score or
//! a minute is about.

/// Is `w` one of the words listed? Each list becomes a hash set the first
/// time it is asked: the stages ask per token, and a scan of a hundred
/// strings per token was a tenth of the time of a document.
macro_rules! cue_set {
    ($w:expr, [$($word:expr),* $(,)?]) => {{
        static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
            std::sync::OnceLock::new();
        SET.get_or_init(|| [$($word),*].into_iter().collect())
            .contains($w)
    }};
}

/// A half-time score is near.
pub fn halftime(w: &str) -> bool {
    cue_set!(
        w,
        [
            "halftime",
            "half-time",
            "interval",
            "break",
            "halbzeit",
            "pause",
            "halbzeitstand",
            "pausenstand",
            "rust",
            "ruststand",
            "descanso",
            "intervalo",
            "mi-temps",
            "pausa",
            "intervallo",
            "riposo",
            "ht",
        ]
    )
}

/// An aggregate or series score is near.
pub fn aggregate(w: &str) -> bool {
    cue_set!(
        w,
        [
            "aggregate",
            "agg",
            "gesamtscore",
            "gesamt",
            "insgesamt",
            "totaal",
            "opgeteld",
            "global",
            "globale",
            "agregado",
            "cumulé",
            "cumul",
            "complessivo",
            "aggregato",
            "series",
            "eliminatoria",
            "conjunto",
            "legs",
            "mãos",
            "manches",
            "somme",
        ]
    )
}

/// The score is a penalty shoot-out.
pub fn shootout(w: &str) -> bool {
    cue_set!(
        w,
        [
            "penalties",
            "pens",
            "shoot-out",
            "shootout",
            "i.e",
            "ie",
            "elfmeterschießen",
            "elfmeterschiessen",
            "penaltyserie",
            "strafschoppen",
            "strafschoppenserie",
            "penales",
            "penaltis",
            "penaltys",
            "tirs",
            "tab",
            "rigori",
            "pênaltis",
            "penáltis",
            "pênaltis",
            "penalidades",
            "penaltyreeks",
            "shoot",
        ]
    )
}

/// The subject won (the first team named has the higher score).
pub fn win(w: &str) -> bool {
    cue_set!(
        w,
        [
            "beat",
            "beats",
            "won",
            "win",
            "wins",
            "victory",
            "defeated",
            "thrashed",
            "edged",
            "besiegt",
            "besiegte",
            "gewinnt",
            "gewann",
            "schlägt",
            "schlug",
            "sieg",
            "siegte",
            "wint",
            "won",
            "versloeg",
            "verslaat",
            "zege",
            "overwinning",
            "venció",
            "vence",
            "ganó",
            "gana",
            "goleó",
            "derrotó",
            "victoria",
            "triunfo",
            "bat",
            "battu",
            "gagne",
            "s'impose",
            "impose",
            "victoire",
            "vince",
            "batte",
            "vittoria",
            "successo",
            "venceu",
            "derrotou",
            "goleou",
            "vitória",
            "ganhou",
            "bateu",
            "vinto",
            "vinti",
            "vinta",
            "ganaron",
            "vencieron",
            "venceram",
            "gagné",
            "remporté",
            "gewonnen",
            "beating",
            "triumphed",
            "swept",
            "thumped",
            "crushed",
            "hammered",
            "setzte",
            "setzten",
            "superó",
            "supera",
            "impuso",
            "travolge",
            "vencer",
            "bateram",
            "imposé",
            "emporte",
            "l'emporte",
            "thuiszege",
            "uitzege",
            "battono",
            "vincono",
            "superano",
            "travolgono",
            "umilia",
            "annienta",
            "stende",
            "piega",
            "eliminated",
            "ausgeschaltet",
            "schaltete",
            "uitgeschakeld",
            "schakelde",
            "eliminó",
            "eliminaron",
            "eliminou",
            "eliminara",
            "afastou",
            "afastado",
            "elimina",
            "eliminato",
            "éliminé",
            "élimine",
            "castiga",
            "golea",
            "doblega",
            "arrolla",
            "aplasta",
        ]
    )
}

/// The subject lost (the first team named has the lower score).
pub fn loss(w: &str) -> bool {
    cue_set!(
        w,
        [
            "lost",
            "loses",
            "lose",
            "defeat",
            "beaten",
            "verlor",
            "verliert",
            "niederlage",
            "pleite",
            "verloor",
            "verliest",
            "nederlaag",
            "perdió",
            "pierde",
            "derrota",
            "cayó",
            "perd",
            "perdu",
            "défaite",
            "s'incline",
            "incline",
            "perde",
            "perso",
            "sconfitta",
            "caiu",
            "perdeu",
            "fell",
            "slipped",
            "unterlag",
            "unterlagen",
            "unterliegt",
            "verloren",
            "perdieron",
            "perderam",
            "perderem",
            "incliné",
            "cade",
            "caído",
        ]
    )
}

/// The event at a minute is not a goal: cards, misses, saves, VAR, offside,
/// substitutions, injuries.
pub fn not_a_goal(w: &str) -> bool {
    cue_set!(
        w,
        [
            // cards
            "red",
            "yellow",
            "card",
            "sent",
            "dismissed",
            "rot",
            "gelb-rot",
            "gelbrot",
            "platzverweis",
            "rote",
            "gelbe",
            "karte",
            "tarjeta",
            "cartellino",
            "rood",
            "rode",
            "kaart",
            "roja",
            "expulsado",
            "expulsión",
            "rouge",
            "carton",
            "expulsé",
            "rosso",
            "espulso",
            "espulsione",
            "vermelho",
            "expulso",
            "cartão",
            // misses and saves
            "missed",
            "saved",
            "save",
            "post",
            "crossbar",
            "verschoss",
            "verschießt",
            "hielt",
            "pariert",
            "pfosten",
            "latte",
            "gemist",
            "miste",
            "redde",
            "stopte",
            "paal",
            "falló",
            "erró",
            "detuvo",
            "atajó",
            "paró",
            "poste",
            "larguero",
            "manqué",
            "rate",
            "raté",
            "arrêté",
            "arrête",
            "sbaglia",
            "sbagliato",
            "parato",
            "palo",
            "traversa",
            "errou",
            "defendeu",
            "desperdiçou",
            "trave",
            // disallowed
            "var",
            "disallowed",
            "offside",
            "ruled",
            "annulled",
            "aberkannt",
            "abseits",
            "afgekeurd",
            "buitenspel",
            "anulado",
            "anuló",
            "annulé",
            "hors-jeu",
            "annullato",
            "fuorigioco",
            "invalidado",
            // substitutions and injuries
            "replaced",
            "substituted",
            "injured",
            "injury",
            "eingewechselt",
            "ausgewechselt",
            "verletzt",
            "verletzung",
            "ingevallen",
            "gewisseld",
            "geblesseerd",
            "sustituido",
            "entró",
            "lesión",
            "lesionado",
            "remplacé",
            "blessé",
            "blessure",
            "sostituito",
            "entrato",
            "infortunio",
            "substituído",
            "entrou",
            "lesão",
            "lesionou",
            "substitution",
            "substituição",
            "sustitución",
            "sostituzione",
            "changement",
            "wissel",
            "cambio",
            "hamstring",
            "ligament",
            "expulsion",
            "expulsão",
            "espulsa",
            "exclu",
            "averti",
            "problema",
            "scheitert",
            "defesa",
        ]
    ) || INJURY_STEMS.iter().any(|stem| w.ends_with(stem))
}

/// Injuries are compounds in German and Dutch ("Oberschenkelverletzung",
/// "enkelblessure"): matched as word endings.
const INJURY_STEMS: [&str; 3] = ["verletzung", "blessure", "blessur"];

/// A penalty scored in play.
pub fn penalty(w: &str) -> bool {
    cue_set!(
        w,
        [
            "penalty",
            "pen",
            "spot",
            "elfmeter",
            "foulelfmeter",
            "handelfmeter",
            "strafschop",
            "penalti",
            "penal",
            "pénalty",
            "rigore",
            "pênalti",
            "penálti",
            "fe",
        ]
    )
}

/// An own goal.
pub fn own_goal(w: &str) -> bool {
    cue_set!(
        w,
        ["own", "og", "eigentor", "eigen", "autogol", "autogoal", "csc", "autorete", "aut",]
    )
}

/// A goal happened: verbs and nouns of scoring.
pub fn goal(w: &str) -> bool {
    cue_set!(
        w,
        [
            "scored",
            "scores",
            "score",
            "goal",
            "goals",
            "netted",
            "nets",
            "equaliser",
            "equalizer",
            "opener",
            "winner",
            "header",
            "headed",
            "strike",
            "finish",
            "tor",
            "tore",
            "traf",
            "trifft",
            "treffer",
            "ausgleich",
            "führung",
            "erhöhte",
            "köpft",
            "doelpunt",
            "scoorde",
            "scoort",
            "gelijkmaker",
            "maakte",
            "kopte",
            "gol",
            "goles",
            "marcó",
            "marca",
            "anotó",
            "empate",
            "remató",
            "but",
            "buts",
            "marque",
            "marqué",
            "égalisation",
            "ouvre",
            "inscrit",
            "reprise",
            "segna",
            "segnato",
            "rete",
            "reti",
            "pareggio",
            "firma",
            "golo",
            "golos",
            "marcou",
            "fez",
            "empatou",
            "abriu",
            "cabeceou",
            "doppietta",
            "doblete",
            "doppelpack",
            "brace",
            "hat-trick",
            "tripletta",
            "triplete",
        ]
    )
}

/// How many goals a word says a player scored without minutes: "brace" → 2.
pub fn multi_goal(w: &str) -> Option<usize> {
    match w {
        "brace" | "twice" | "doppelpack" | "doppelt" | "doblete" | "doppietta" | "doublé"
        | "doelpunten" | "dobradinha" | "bis" => Some(2),
        "hat-trick" | "hattrick" | "triplete" | "tripletta" | "triplé" | "três" | "dreierpack" => {
            Some(3)
        }
        _ => None,
    }
}

/// A verb that says its subject scored (the minute, if any, stated elsewhere
/// or not at all): "Vanaken y Tzolis adelantaron", "Beto struck twice".
pub fn scoring_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "scored",
            "scores",
            "netted",
            "nets",
            "equalised",
            "equalized",
            "converted",
            "traf",
            "trifft",
            "erzielte",
            "köpfte",
            "verwandelte",
            "markierte",
            "scoorde",
            "scoort",
            "kopte",
            "benutte",
            "marcó",
            "anotó",
            "firmó",
            "transformó",
            "igualó",
            "adelantó",
            "adelantaron",
            "amplió",
            "convirtió",
            "marqué",
            "inscrit",
            "égalisé",
            "transformé",
            "segnato",
            "segna",
            "realizzato",
            "pareggiato",
            "raddoppiato",
            "trasformato",
            "marcou",
            "empatou",
            "ampliou",
            "converteu",
            "igualou",
            "aumentou",
        ]
    )
}

/// A noun for a goal followed by its scorer: "un gol de", "a goal from".
pub fn goal_by(w: &str) -> bool {
    cue_set!(
        w,
        [
            "goal",
            "goals",
            "tor",
            "tore",
            "treffer",
            "doelpunt",
            "doelpunten",
            "gol",
            "goles",
            "gols",
            "tanto",
            "tantos",
            "but",
            "buts",
            "rete",
            "reti",
            "golo",
            "golos",
            "marcatori",
        ]
    )
}

/// The preposition between a goal noun and its scorer: "gol de", "Tor von".
pub fn by_preposition(w: &str) -> bool {
    cue_set!(
        w,
        ["de", "del", "do", "da", "di", "of", "from", "by", "von", "van", "du", "des", "d'",]
    )
}

/// A small number in words: "dos goles", "two goals", "zwei Tore".
pub fn number_word(w: &str) -> Option<usize> {
    match w {
        "two" | "zwei" | "twee" | "dos" | "deux" | "due" | "dois" | "duas" => Some(2),
        "three" | "drei" | "drie" | "tres" | "trois" | "tre" | "três" => Some(3),
        "four" | "vier" | "cuatro" | "quatre" | "quattro" | "quatro" => Some(4),
        _ => None,
    }
}

/// A noun that makes a score a result: "the 2-1 defeat", "il 3-1 finale".
pub fn result_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "defeat",
            "loss",
            "draw",
            "result",
            "scoreline",
            "niederlage",
            "remis",
            "ergebnis",
            "nederlaag",
            "gelijkspel",
            "uitslag",
            "derrota",
            "empate",
            "resultado",
            "défaite",
            "nul",
            "score",
            "sconfitta",
            "pareggio",
            "risultato",
            "finale",
            "final",
        ]
    )
}

/// An article or elided article before a name: "the", "l'", "den", "o".
pub fn article(w: &str) -> bool {
    cue_set!(
        w,
        [
            "the", "l'", "l’", "il", "lo", "la", "le", "les", "i", "gli", "el", "los", "las",
            "den", "dem", "der", "die", "des", "de", "het", "o", "a", "os", "as", "au", "aux",
        ]
    )
}

/// The word before a club that makes it the opponent or the host of the
/// side the wording is about: "against", "contro", "beim", "chez".
pub fn opponent_marker(w: &str) -> bool {
    cue_set!(
        w,
        [
            "against", "v", "vs", "versus", "over", "at", "gegen", "beim", "bei", "über", "tegen",
            "op", "bij", "contra", "ante", "frente", "contro", "face", "contre", "chez", "sobre",
            "com", "à", "ao", "con",
        ]
    )
}

/// The word before a club a score is told for: "für", "for", "pour".
pub fn for_marker(w: &str) -> bool {
    cue_set!(
        w,
        ["for", "to", "für", "voor", "para", "pour", "per", "pro"]
    )
}

/// A word joining a result noun to the side it belongs to: "of", "del".
pub fn genitive(w: &str) -> bool {
    cue_set!(
        w,
        [
            "of",
            "von",
            "van",
            "de",
            "del",
            "della",
            "dello",
            "dell'",
            "dei",
            "degli",
            "des",
            "du",
            "d'",
            "da",
            "do",
            "das",
            "dos",
            "di",
            "visitante",
            "esterna",
        ]
    )
}

/// The clause tells of an earlier meeting of the two sides: a first or
/// second leg, last season, a pluperfect ("had beaten", "hatte gewonnen").
pub fn earlier_meeting(w: &str) -> bool {
    cue_set!(
        w,
        [
            "leg",
            "legs",
            "reverse",
            "previous",
            "earlier",
            "ago",
            "had",
            "hinspiel",
            "rückspiel",
            "hinrunde",
            "rückrunde",
            "vorsaison",
            "damals",
            "zuletzt",
            "hatte",
            "hatten",
            "heenwedstrijd",
            "terugwedstrijd",
            "vorige",
            "vorig",
            "ida",
            "vuelta",
            "pasada",
            "anterior",
            "había",
            "habían",
            "aquella",
            "aller",
            "précédent",
            "précédente",
            "passée",
            "avait",
            "avaient",
            "andata",
            "scorsa",
            "precedente",
            "aveva",
            "avevano",
            "volta",
            "mão",
            "passada",
            "tinha",
            "tinham",
        ]
    )
}

/// A win verb whose object is the beaten side ("beat Wolves", "travolge il
/// Brasile"), unlike "won", "gewann", "siegte", after which a German or
/// Dutch subject may stand ("gewann Barça das Rückspiel").
pub fn transitive_win(w: &str) -> bool {
    cue_set!(
        w,
        [
            "beat",
            "beats",
            "beating",
            "defeated",
            "thrashed",
            "edged",
            "swept",
            "thumped",
            "crushed",
            "hammered",
            "besiegt",
            "besiegte",
            "schlägt",
            "schlug",
            "versloeg",
            "verslaat",
            "venció",
            "goleó",
            "derrotó",
            "superó",
            "bat",
            "battu",
            "batte",
            "battono",
            "travolge",
            "supera",
            "venceu",
            "derrotou",
            "goleou",
            "bateu",
            "bateram",
            "vence",
            "vencer",
            "umilia",
            "annienta",
            "stende",
            "piega",
            "travolgono",
            "superano",
            "castiga",
            "golea",
            "doblega",
            "arrolla",
            "aplasta",
            "venceram",
            "vencieron",
            "derrotaram",
            "golearam",
            "derrotaron",
            "golearon",
        ]
    )
}

/// An article that marks the object of a verb: German accusative "den",
/// Spanish personal "al".
pub fn object_article(w: &str) -> bool {
    cue_set!(w, ["den", "al"])
}

/// A past participle of a win verb: active after "have" ("heeft Feyenoord
/// verslagen", "ha battuto"), a defeat of its subject when passive ("werd
/// verslagen", "Battu 3-0 à l'aller, le Real").
pub fn win_participle(w: &str) -> bool {
    cue_set!(
        w,
        [
            "beaten",
            "verslagen",
            "geschlagen",
            "bezwungen",
            "battu",
            "battue",
            "battus",
            "battuto",
            "battuta",
            "battuti",
            "sconfitto",
            "sconfitta",
            "sconfitti",
            "travolto",
            "travolta",
            "travolti",
            "derrotado",
            "derrotada",
            "derrotados",
            "goleado",
            "vencido",
            "vencida",
            "batido",
            "batida",
        ]
    )
}

/// An auxiliary of the perfect: "have beaten", "hat besiegt", "ha battuto".
pub fn have_auxiliary(w: &str) -> bool {
    cue_set!(
        w,
        [
            "have", "has", "had", "hat", "haben", "hatte", "hatten", "heeft", "hebben", "had",
            "ha", "hanno", "aveva", "avevano", "avait", "avaient", "a", "ont", "había", "habían",
            "han", "tinha", "tinham", "tem", "têm", "havia",
        ]
    )
}

/// A leg of a tie: "first leg", "Hinspiel", "ida", "andata", "aller".
pub fn leg(w: &str) -> bool {
    cue_set!(
        w,
        [
            "leg",
            "reverse",
            "hinspiel",
            "rückspiel",
            "heenwedstrijd",
            "terugwedstrijd",
            "ida",
            "vuelta",
            "aller",
            "andata",
            "ritorno",
            "mão",
            "volta",
        ]
    )
}

/// "and" joining two clauses: "and", "und", "en", "y", "et", "e", "ed".
pub fn conjunction(w: &str) -> bool {
    cue_set!(w, ["and", "und", "en", "y", "et", "e", "ed"])
}
