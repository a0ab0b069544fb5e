//! Cue words in the seven languages (lower case, as tokens): what a score or
//! a minute is about.

/// Is `w` one of the words listed? Each list becomes a hash set the first
/// time it is asked: the stages ask per token, and a scan of a hundred
/// strings per token was a tenth of the time of a document.
macro_rules! cue_set {
    ($w:expr, [$($word:expr),* $(,)?]) => {{
        const WORDS: &[&str] = &[$($word),*];
        const FILTER: crate::cues::set::Prefilter = crate::cues::set::Prefilter::of(WORDS);
        static SET: std::sync::OnceLock<crate::cues::set::CueSet> = std::sync::OnceLock::new();
        let w: &str = $w;
        FILTER.may_hold(w) && SET.get_or_init(|| crate::cues::set::CueSet::new(WORDS)).contains(w)
    }};
}

pub(crate) mod set;

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
            "intervalli",
            "intervalos",
            "pauze",
            "rust:",
            "entretiempo",
            "halbzeitpause",
            "hz",
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
            "gesamtergebnis",
            "gesamtstand",
            "ensemble",
            "tweeluik",
            "summe",
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
            "strafschoppenreeks",
            "strafschoppen",
            "elfmetern",
            // Swiss and Austrian German: "im Penaltyschiessen"
            "penaltyschiessen",
            "penaltyschießen",
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
            "zegevierde",
            "zegevierden",
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
            "imposer",
            "s'imposer",
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
            "corrigé",
            "corrige",
            "steso",
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
            "impusieron",
            "impuesto",
            "imponen",
            "imposée",
            "imposés",
            "imposées",
            "victorieux",
            "victorieuse",
            "victorieuses",
            // "Reims a sorti Cannes 2-1"; comebacks ("rimontato") told
            // with a score ended level or won
            "sorti",
            "rimontato",
            "rimontano",
            "ribaltato",
            "renversé",
            // plurals: "Sie gewannen 2:0", "Ze wonnen met 3-1"
            "gewannen",
            "siegten",
            "wonnen",
            "versloegen",
            "ganharam",
            "vinsero",
            "batterono",
            // gerunds of a clause of its own after a comma: "…, battant
            // Nantes 2-0", "…, vencendo o Arouca por 2-0"
            "winning",
            "battant",
            "gagnant",
            "battendo",
            "vincendo",
            "superando",
            "venciendo",
            "ganando",
            "derrotando",
            "vencendo",
            "ganhando",
            // infinitives and present forms: "foi ganhar ao Nacional"
            "edges",
            "siegt",
            "ganar",
            "ganha",
            "ganhar",
            "vincere",
            "impone",
            "impongono",
            "imporsi",
            "battre",
            "battere",
            "bater",
            "derrotar",
            "golear",
        ]
    ) || knocked_out_or_came_back(w)
        || beat_inflection(w)
        || win_inflection(w)
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
            "inclinés",
            "inclinée",
            "inclinées",
            "incliner",
            "s'incliner",
            "cade",
            "caído",
            // infinitives and gerunds: "tras perder la ida (1-0)"
            "perder",
            "perdre",
            "perdere",
            "verlieren",
            "verliezen",
            "losing",
            "perdiendo",
            "perdendo",
            "perdant",
            // Dutch "onderuitgaan": "ging met 3-0 onderuit tegen Ajax"
            "onderuit",
            "onderuitging",
            "onderuitgingen",
            "onderuitgegaan",
            // "tras caer 2-0 ante el Mirandés", "è caduto 2-0"
            "caer",
            "caduto",
            "caduta",
            "caduti",
        ]
    ) || loss_inflection(w)
}

/// The event at a minute is not a goal: cards, misses, saves, VAR, offside,
/// substitutions, injuries.
pub fn not_a_goal(w: &str) -> bool {
    disallowed(w)
        || cue_set!(
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
                "weggestuurd",
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
                // cautions told by a verb or noun: "è stato ammonito al 40'",
                // "fue amonestado en el 55", "wurde in der 30. verwarnt"
                "ammonito",
                "ammonita",
                "ammonizione",
                "amonestado",
                "amonestación",
                "verwarnt",
                "verwarnung",
                "cautioned",
                "avertissement",
                "amarelado",
                "advertido",
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
                "ataja",
                "respinge",
                "respinto",
                // "permitiu a defesa de X": let the goalkeeper save it
                "permitiu",
                "falla",
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
                // disallowed (the rest: `disallowed`)
                "ruled",
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
                "lesión",
                "lesionado",
                "remplacé",
                "blessé",
                "blessure",
                "sostituito",
                "infortunio",
                "substituído",
                "entrou",
                // "entra Zielinski al posto di Mkhitaryan", "subentrato a"
                "posto",
                "subentrato",
                "subentra",
                "lesão",
                "lesionou",
                "substitution",
                "substituição",
                "sustitución",
                "sostituzione",
                "changement",
                // a player replacing another, by its verb in every language
                // ("die in de 66ste minuut Retegui verving")
                "verving",
                "vervangt",
                "ersetzte",
                "ersetzt",
                "replaces",
                "reemplazó",
                "reemplaza",
                "sustituyó",
                "remplace",
                "sostituisce",
                "substituiu",
                "substitui",
                // the bar and the post where a language lacked them ("op de
                // lat", "sur le poteau", "no travessão")
                "lat",
                "poteau",
                "travessão",
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
                "scheiterte",
                "stopped",
                "parierte",
                "parade",
                "cédé",
                "cède",
                "expulsions",
                "dores",
                "limped",
                "limping",
                "handled",
                "geblesseerde",
                "crociato",
                "uscito",
                "dolorante",
                "affaticamento",
                "molestias",
                "retirar",
                "trage",
                "civière",
                "barella",
                "maca",
                "camilla",
                "brancard",
                "défendu",
                "sfiora",
                "rozó",
                "frôle",
                "wide",
                "vorbei",
                "naast",
                "falhou",
                "vergab",
                "fallisce",
                "wasted",
                "amarilla",
                "amarela",
                "giallo",
                "jaune",
                "booked",
                "salvado",
                "percuté",
                "évacué",
                // saves: "repoussé par Bułka", "gekeerd door Rui Silva", "si
                // fa ipnotizzare da Giuliani"
                "repoussé",
                "repoussée",
                "repousse",
                "détourné",
                "détournée",
                "détourne",
                "gekeerd",
                "keerde",
                "keert",
                "ipnotizza",
                "ipnotizzare",
                "ipnotizzato",
                "ipnotizzata",
                // leaving the pitch: "céder sa place", "si accascia", "moet
                // inrukken", "com queixas musculares"
                "céder",
                "accascia",
                "inrukken",
                "queixas",
                "cheville",
                "tobillo",
                "caviglia",
                "ankle",
                "knöchel",
                "tornozelo",
            ]
        )
        || INJURY_STEMS.iter().any(|stem| w.ends_with(stem))
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
            "rig",
            "penalidade",
            "strafstoß",
            "strafstoss",
            "elfer",
        ]
    )
}

/// An own goal.
pub fn own_goal(w: &str) -> bool {
    cue_set!(
        w,
        [
            "own",
            "og",
            "eigentor",
            "eigen",
            "autogol",
            "autogoal",
            "csc",
            "autorete",
            "aut",
            "autogolo",
            "eigendoelpunt",
        ]
    )
}

/// An own goal told in words, glued without spaces as [`crate::goals`]'
/// `kind_of` reads them: "en propia puerta", "contre son camp", "nella
/// propria porta", "na própria baliza".
pub const OWN_GOAL_PHRASES: &[&str] = &[
    "propiapuerta",
    "propiameta",
    "propiaportería",
    "contresoncamp",
    "contresonproprecamp",
    "propriaporta",
    "própriabaliza",
    "própriameta",
    "própriorede",
    "própriasredes",
];

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
            "erzielt",
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
            // goals told without a minute, in past and present tenses
            "levelled",
            "leveled",
            "equalises",
            "equalizes",
            "replied",
            "sealed",
            "bagged",
            "getroffen",
            "trafen",
            "ausgeglichen",
            "erhöhte",
            "verkürzte",
            "erfolgreich",
            "scoorden",
            "gescoord",
            "trof",
            "marcaron",
            "anotaron",
            "marcado",
            "anotado",
            "descontó",
            "empató",
            "convirtieron",
            "réduit",
            "segnano",
            "accorciato",
            "marcaram",
            "diminuiu",
            // Italian past tenses and the slang "timbrare" (to clock in)
            "segnò",
            "segnarono",
            "timbrato",
            "timbra",
            "timbrò",
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
            // inflected forms of the nouns above: "mit zwei Toren", "mit
            // zwei Treffern", "met twee treffers"
            "toren",
            "treffern",
            "treffers",
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

/// A definite article of a plural, before a plural goal noun: "os golos",
/// "die Tore", "the goals", "les buts", "i gol", "los goles", "de
/// doelpunten".
pub fn plural_article(w: &str) -> bool {
    cue_set!(
        w,
        ["the", "die", "de", "los", "las", "les", "i", "gli", "os", "as", "le"]
    )
}

/// A verb that gives a goal to another, said of its provider: "set up the
/// winner", "laid on the equaliser", "bereitete den Siegtreffer vor",
/// "servì l'assist per il raddoppio", "sirvió el gol", "assistiu".
pub fn provider_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "set",
            "sets",
            "laid",
            "lays",
            "teed",
            "provided",
            "provides",
            "created",
            "assisted",
            "bereitete",
            "bereitet",
            "legte",
            "leitete",
            "gaf",
            "bereidde",
            "servì",
            "serve",
            "servito",
            "propiziato",
            "sirvió",
            "asistió",
            "preparó",
            "servit",
            "offert",
            "délivré",
            "assistiu",
            "serviu",
            "cruzou",
        ]
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

/// An article joined to a preposition before a plural noun ("dei
/// partenopei", "aos vilacondenses"); `article` holds the plain ones.
pub fn article_contraction(w: &str) -> bool {
    cue_set!(
        w,
        [
            "dei", "degli", "ai", "agli", "dai", "dagli", "sui", "sugli", "nei", "negli", "coi",
            "dos", "aos", "pelos", "nos", "das", "às", "del", "al",
        ]
    )
}

/// A demonstrative before a plural noun ("ces Brestois", "these
/// Geordies", "diese Kölner", "questi partenopei").
pub fn demonstrative_plural(w: &str) -> bool {
    cue_set!(
        w,
        [
            "these", "those", "diese", "jene", "deze", "die", "ces", "estos", "esos", "aquellos",
            "questi", "quei", "quegli", "estes", "esses", "aqueles",
        ]
    )
}

/// "same" between a demonstrative and its noun ("ces mêmes Brestois",
/// "estos mismos guipuzcoanos").
pub fn same_word(w: &str) -> bool {
    cue_set!(
        w,
        ["same", "selben", "gleichen", "zelfde", "mêmes", "mismos", "stessi", "mesmos",]
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
            // "il 2-1 sul Monza", "victoire sur Lyon": over the beaten side
            "sul", "sulla", "sullo", "sull'", "sur",
        ]
    )
}

/// A preposition of place before a club, standing for its ground: "in
/// Gladbach", "a Udine", "en Vigo", "em Braga", "à Lens".
pub fn venue_marker(w: &str) -> bool {
    cue_set!(
        w,
        ["in", "at", "a", "en", "em", "à", "au", "bij", "te", "im"]
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
            "heenmatch",
            "heenduel",
            "scorso",
            "pasado",
            "passado",
            "geleden",
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
            "corrigé",
            "corrige",
            "steso",
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
            "eliminated",
            "eliminó",
            "eliminaron",
            "eliminou",
            "eliminaram",
            "eliminara",
            "elimina",
            "élimine",
            "sorti",
            "afastou",
            "afastara",
            "schaltete",
            "schakelde",
            // infinitives and present forms: "para bater o Benfica"
            "edges",
            "battre",
            "battere",
            "bater",
            "derrotar",
            "golear",
        ]
    ) || knocked_out_or_came_back(w)
        || beat_inflection(w)
}

/// The other persons, tenses and gerunds of the verbs of beating a side
/// that `transitive_win` lists in one form: a plural subject ("De
/// Rotterdammers versloegen FC Volendam", "Die Monegassen bezwangen
/// Rennes"), a gerund clause ("battendo 2-1 il Cagliari", "vencendo o
/// Arouca"). The beaten side is the object, as with the listed forms.
pub fn beat_inflection(w: &str) -> bool {
    cue_set!(
        w,
        [
            "defeats",
            "defeating",
            "overcame",
            "outclassed",
            "routed",
            "trounced",
            "thrashing",
            "edging",
            "sweeping",
            "downed",
            "humbled",
            "besiegten",
            "besiegen",
            "schlugen",
            "bezwang",
            "bezwangen",
            "bezwingt",
            "bezwingen",
            "deklassierte",
            "deklassierten",
            "verslaan",
            "versloegen",
            "klopte",
            "klopten",
            "overklaste",
            "overklasten",
            "vencen",
            "vencía",
            "venciendo",
            "derrotan",
            "derrotando",
            "superaron",
            "superan",
            "superando",
            "golean",
            "goleando",
            "battent",
            "battait",
            "battirent",
            "battant",
            "domine",
            "dominent",
            "écrase",
            "écrasent",
            "battendo",
            "batterono",
            "sconfigge",
            "sconfiggono",
            "sconfisse",
            "piegano",
            "vencendo",
            "batendo",
            "bate",
            "batem",
            "derrotam",
            "vencem",
            "superou",
            "goleia",
        ]
    )
}

/// The other persons and tenses of the verbs of losing that `loss` lists
/// in one form: a plural or pluperfect subject ("o Estoril perdera por
/// 3-0 com o Sporting", "les Vaudois avaient cédé 3-2", "i granata
/// cadono 2-0").
pub fn loss_inflection(w: &str) -> bool {
    cue_set!(
        w,
        [
            "succumbed",
            "verlieren",
            "unterlegen",
            "perdía",
            "perdían",
            "pierden",
            "cae",
            "caen",
            "cayeron",
            "cedió",
            "perdent",
            "s'inclinent",
            "inclinent",
            "cède",
            "cèdent",
            "cédé",
            "sombré",
            "perdono",
            "perse",
            "persero",
            "cadono",
            "cadde",
            "caduti",
            "perdera",
            "perderá",
            // the participle after "have": "tinha perdido em Famalicão"
            "perdido",
            "perdida",
            "perdia",
            "perdem",
            "cai",
            "caem",
            "caíram",
        ]
    )
}

/// The other persons and tenses of the intransitive verbs of winning that
/// `win` lists in one form: "les Lyonnais s'imposent 2-1", "i viola vinse
/// 3-1", "os leões ganham por 2-0".
pub fn win_inflection(w: &str) -> bool {
    cue_set!(
        w,
        [
            "triumphs",
            "siegen",
            "winnen",
            "ganan",
            "s'imposent",
            "imposent",
            "l'emportent",
            "emportent",
            "gagnent",
            "vinse",
            "vincevano",
            "ganham",
            "ganhara",
            "vencera",
        ]
    )
}

/// A win told as knocking the other side out or coming back against it,
/// with the beaten side as object: "knocked out Burnley", "remontó a
/// Francia", "rimonta il Milan", "renverse Lille".
pub fn knocked_out_or_came_back(w: &str) -> bool {
    cue_set!(
        w,
        [
            "knocked",
            "dumped",
            "ousted",
            "remontó",
            "remonta",
            "remontaron",
            "remontou",
            "remontaram",
            "rimonta",
            "ribalta",
            "renverse",
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
            // "werd AC Milan met 1-0 geklopt", "avait dominé le Kosovo 4-0"
            "geklopt",
            "superato",
            "superata",
            "superati",
            "dominé",
            "dominée",
            "dominés",
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

/// An auxiliary of the passive: "werd met 4-0 aan de kant gezet door",
/// "was thrashed 4-0 by", "a été humilié par" ("été" via `been`).
pub fn passive_auxiliary(w: &str) -> bool {
    been(w)
        || cue_set!(
            w,
            [
                "werd", "werden", "wurde", "wurden", "was", "were", "fue", "fueron", "foi",
                "foram", "venne", "vennero",
            ]
        )
}

/// An auxiliary that makes only passives ("werd … aan de kant gezet",
/// "wurde … besiegt", "venne travolto"), unlike "was" or "foi", which are
/// also "be" and "went".
pub fn becoming_passive(w: &str) -> bool {
    cue_set!(w, ["werd", "werden", "wurde", "wurden", "venne", "vennero"])
}

/// The participle of "be" that makes a perfect passive: "has been
/// beaten", "a été battu", "ha sido derrotado", "è stato battuto".
pub fn been(w: &str) -> bool {
    cue_set!(
        w,
        ["been", "été", "sido", "stato", "stata", "stati", "state", "geworden", "worden"]
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

/// The first leg of a tie, in one word: "Hinspiel", "andata", "ida".
pub fn first_leg(w: &str) -> bool {
    cue_set!(
        w,
        [
            "hinspiel",
            "hinspiels",
            "heenwedstrijd",
            "heenduel",
            "ida",
            "aller",
            "andata",
            "dell'andata",
            "heenmatch",
        ]
    )
}

/// The second leg of a tie, in one word: "Rückspiel", "ritorno", "vuelta".
pub fn second_leg(w: &str) -> bool {
    cue_set!(
        w,
        [
            "rückspiel",
            "rückspiels",
            "terugwedstrijd",
            "returnduel",
            "returnwedstrijd",
            "vuelta",
            "retour",
            "ritorno",
            "volta",
        ]
    )
}

/// A leg word that is also an everyday one ("dar la vuelta", "de volta",
/// "au retour de blessure"): a leg only as a match's ("match retour",
/// "partido de vuelta") or as a time told ("En la ida, …", "La vuelta
/// empezó …").
pub fn leg_ambiguous(w: &str) -> bool {
    cue_set!(w, ["ida", "vuelta", "volta", "aller", "retour", "ritorno"])
}

/// "in" before the article of a leg told as a time: "en la ida", "na
/// volta", "à l'aller".
pub fn leg_preposition(w: &str) -> bool {
    cue_set!(
        w,
        ["en", "em", "in", "à", "a", "na", "dans", "nella", "nel"]
    )
}

/// "in the" as one word before a leg told as a time: "al ritorno", "au
/// retour", "na volta".
pub fn leg_contraction(w: &str) -> bool {
    cue_set!(w, ["al", "au", "na", "nel"])
}

/// "of" between a match and its leg: "partido de vuelta", "gara di
/// ritorno", "jogo da volta".
pub fn leg_of(w: &str) -> bool {
    cue_set!(w, ["de", "di", "da", "do", "del", "della", "d'"])
}

/// The word before "leg" / "mão" that makes it the first leg: "first leg",
/// "primeira mão".
pub fn first_leg_ordinal(w: &str) -> bool {
    cue_set!(w, ["first", "opening", "primeira"])
}

/// The word before "leg" / "mão" that makes it the second leg: "second
/// leg", "return leg", "segunda mão".
pub fn second_leg_ordinal(w: &str) -> bool {
    cue_set!(w, ["second", "return", "reverse", "segunda"])
}

/// "and" joining two clauses: "and", "und", "en", "y", "et", "e", "ed".
pub fn conjunction(w: &str) -> bool {
    cue_set!(w, ["and", "und", "en", "y", "et", "e", "ed"])
}

// Cues of the score kinds (score.rs).

/// A dressing-room word: a score with it, and no win or loss in its
/// sentence, is the half-time score ("Mit 1:2 ging es in die Kabine").
pub fn dressing_room(w: &str) -> bool {
    cue_set!(
        w,
        [
            "kabine",
            "kabinen",
            "kleedkamer",
            "kleedkamers",
            "vestiaire",
            "vestiaires",
            "caseta",
            "vestuario",
            "vestuarios",
            "spogliatoi",
            "spogliatoio",
            "balneário",
            "balneários",
            "vestiário",
            "vestiários",
            "tunnel",
        ]
    )
}

/// The last word of "over two legs" in the seven languages ("over twee
/// wedstrijden", "in zwei Spielen", "en dos partidos").
pub fn aggregate_phrase_end(w: &str) -> bool {
    cue_set!(
        w,
        [
            "wedstrijden",
            "duels",
            "legs",
            "matches",
            "spielen",
            "partidos",
            "matchs",
            "partite",
            "jogos",
            "rencontres",
            "confrontos",
            "gare",
        ]
    )
}

/// A goal taken back just before its score: "das vermeintliche 2:0", "un
/// presunto 2-1".
pub fn disallowed_score(w: &str) -> bool {
    cue_set!(
        w,
        [
            "vermeintliche",
            "vermeintliches",
            "vermeintlichen",
            "vermeintlich",
            "presunto",
            "supposed",
            "would-be",
            "zogenaamde",
            "prétendu",
            "suposto",
        ]
    )
}

/// A verb of scoring right before a running score: "fazer 1-1", "maakte
/// 3-1", "machte das 2:0".
pub fn running_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "fazer",
            "maakte",
            "maakt",
            "machte",
            "erhöhte",
            "stellte",
            "puso",
            "pone",
            "firmó",
            "firma",
            "firmaba",
            "fait",
            "fatto",
            "porte",
            "portò",
            "porta",
            "ampliou",
            "ampliò",
            "amplió",
            "raddoppia",
            "celebra",
            "festeja",
            "comemora",
            "zwischenzeitlichen",
            "zwischenzeitliche",
            "zwischenzeitliches",
            "zorgde",
            "zorgt",
            "sorgte",
            "sorgt",
        ]
    )
}

/// "Still 1-0", "Toujours 2-1", "Seguimos 1-1": the score has not changed.
pub fn still(w: &str) -> bool {
    cue_set!(
        w,
        [
            "still",
            "toujours",
            "seguimos",
            "sigue",
            "ainda",
            "continua",
            "weiterhin",
            "steeds",
            "ancora",
        ]
    )
}

/// An article (or a preposition with one) before a score told as it
/// changes: "zum 2:1", "el 1:0", "le 2:1", "il 3-1", "o 2-0", "het 1-1".
pub fn running_article(w: &str) -> bool {
    cue_set!(
        w,
        [
            "zum", "zur", "das", "dem", "einem", "diesem", "the", "het", "de", "el", "al", "del",
            "le", "au", "du", "l'", "il", "lo", "sull'", "dell'", "nell'", "all'", "o", "ao", "do",
            "no",
        ]
    )
}

/// "After" before an earlier match's score: "dopo il 4-0", "after the 1-1",
/// "nach dem 3:0".
pub fn after(w: &str) -> bool {
    cue_set!(
        w,
        [
            "after", "since", "nach", "seit", "na", "sinds", "después", "tras", "desde", "après",
            "depuis", "dopo", "depois", "após", "from",
        ]
    )
}

/// A verb that tells how a match ended: "werd het 2-2", "endete das 1:1".
pub fn ended(w: &str) -> bool {
    cue_set!(
        w,
        [
            "werd", "eindigde", "endete", "ended", "finished", "terminó", "acabó", "finì",
            "terminou", "acabou", "terminé", "termina", "finit", "finisce", "stand", "lautete",
            "bleef", "blieb", "pasaron", "pasó", "segurou", "fixando", "fixou", "remained", "hieß",
            "finita", "finito",
        ]
    )
}

/// A verb that a match is over, not how it stands ("ended", "endete",
/// "terminó", "finì", "finit"): unlike "stand" or "blieb", never a state told
/// while it lasts.
pub fn match_over(w: &str) -> bool {
    cue_set!(
        w,
        [
            "ended", "finished", "endete", "eindigde", "terminó", "acabó", "finì", "finita",
            "finito", "terminou", "acabou", "terminé", "termina", "finit", "lautete", "finisce",
            "endet", "eindigt", "termine",
        ]
    )
}

/// A noun naming a score as the state of a match, not its result:
/// "tussenstand", "Zwischenstand", "parziale", "parcial", "provisoire".
pub fn interim_score(w: &str) -> bool {
    cue_set!(
        w,
        [
            "tussenstand",
            "zwischenstand",
            "zwischenergebnis",
            "parziale",
            "parcial",
            "provisoire",
            "interim",
        ]
    )
}

/// An adverb that tells a score as a passing state of the match, later
/// changed: "zwischenzeitlich 2:1", "intussen 1-1", "momentaneamente 0-1",
/// "provisoirement 1-0".
pub fn passing_state(w: &str) -> bool {
    cue_set!(
        w,
        [
            "zwischenzeitlich",
            "zwischendurch",
            "intussen",
            "tussentijds",
            "momentaneamente",
            "momentáneamente",
            "provisoirement",
            "temporairement",
            "temporaneamente",
            "provisoriamente",
            "meanwhile",
        ]
    )
}

/// A verb telling a lead or a deficit while it lasted, before a score:
/// "led 2-1", "führte 2:1", "leidde met 2-1", "menait 2-1", "conduceva
/// 2-1", "lideraba 1-0". A state, not a result. The imperfect of winning
/// or losing is not one: it also tells a result ("Bolivia le ganaba 1-0 a
/// Brasil").
pub fn state_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "led",
            "leading",
            "trailed",
            "trailing",
            "führte",
            "führten",
            "leidde",
            "leidden",
            "menait",
            "menaient",
            "conduceva",
            "conducevano",
            "lideraba",
            "liderava",
        ]
    )
}

/// A word right after a score that makes it a lead or a deficit while it
/// lasted: "2-0 up", "two down".
pub fn up_or_down(w: &str) -> bool {
    cue_set!(w, ["up", "down"])
}

/// The end of the match named as the moment of a score: "am Ende 3:1",
/// "at the end", "aan het eind", "à la fin", "alla fine", "al final", "no
/// fim".
pub fn the_end(w: &str) -> bool {
    cue_set!(
        w,
        ["ende", "end", "eind", "einde", "fin", "fine", "fim", "final", "finale"]
    )
}

/// A preposition naming the opponent of a score told as a match, beside
/// [`against`]: "the 2-0 over Chelsea", "das 0:3 beim SC Paderborn", "lo
/// 0-4 sulla Juventus", "le 3-0 chez les Verts".
pub fn meeting_opponent(w: &str) -> bool {
    cue_set!(
        w,
        ["over", "beim", "bei", "sul", "sulla", "sullo", "sull'", "sur", "chez"]
    )
}

/// The final score is told: "Full-time: Leeds 3-1 Sunderland", "Endstand",
/// "C'est terminé ! Le PSG s'impose 3-1".
pub fn final_score(w: &str) -> bool {
    cue_set!(
        w,
        [
            "full-time",
            "fulltime",
            "ft",
            "endstand",
            "endergebnis",
            "eindstand",
            "eindstand:",
            "uitslag",
            "final",
            "finale",
            "finali",
            "terminé",
            "terminée",
            "fim",
            "encerrado",
            "finished",
            "finishes",
            "fini",
            "finito",
            "terminado",
            "abpfiff",
            "schlusspfiff",
            "einde",
            "results",
            "résultats",
            "ergebnisse",
            "uitslagen",
            "resultados",
            "risultati",
        ]
    )
}

/// A word right after a score that makes it the final one of a match, or
/// one of an earlier match: "el 3-1 definitivo", "o 1 a 0 sofrido", "il 4-0
/// rifilato al Cagliari".
pub fn result_after(w: &str) -> bool {
    cue_set!(
        w,
        [
            "definitivo",
            "definitiva",
            "définitif",
            "finale",
            "final",
            "endstand",
            "sofrido",
            "sofrida",
            "sufrido",
            "subito",
            "rifilato",
            "incassato",
            "encaissé",
            "dell'andata",
            "andata",
            "ritorno",
            "hinspiel",
            "heenwedstrijd",
        ]
    )
}

/// A lead told after a score, which makes it a running one: "3:2 in
/// Führung", "1-0 voorsprong", "2-1 ahead".
pub fn lead(w: &str) -> bool {
    cue_set!(
        w,
        [
            "führung",
            "voorsprong",
            "ahead",
            "lead",
            "ventaja",
            "avantage",
            "vantaggio",
            "vantagem",
            "vorne",
        ]
    )
}

/// A word of another sport next to its score ("Dodgers beat Padres 5-2 as
/// Ohtani homered", "the Chiefs won 27-20 after a late touchdown"): the
/// sentence-level list in `scoreline-text` misses these.
pub fn other_sport(w: &str) -> bool {
    cue_set!(
        w,
        [
            "homered",
            "homer",
            "homers",
            "inning",
            "innings",
            "wicket",
            "wickets",
            "touchdown",
            "touchdowns",
            "quarterback",
            "tie-break",
            "eurolega",
            "euroleague",
            "euroliga",
            "ncaa",
        ]
    )
}

/// The name of another sport, as the label a teaser opens with ("Volley,
/// l'Italia batte la Polonia 3-1", "Vóley: Alianza Lima vence 3-1", "Basket
/// – Les Spirou s'inclinent 78-85"). Only as a label: "volley" is also a
/// shot, "Rugby Park" a ground.
pub fn sport_label(w: &str) -> bool {
    cue_set!(
        w,
        [
            "volley",
            "vóley",
            "voley",
            "volleyball",
            "volley-ball",
            "volleybal",
            "pallavolo",
            "voleibol",
            "vôlei",
            "basket",
            "basketball",
            "basket-ball",
            "basketbal",
            "baloncesto",
            "pallacanestro",
            "basquete",
            "basquetebol",
            "handball",
            "handbal",
            "balonmano",
            "pallamano",
            "andebol",
            "handebol",
            "tennis",
            "tenis",
            "ténis",
            "hockey",
            "eishockey",
            "ijshockey",
            "hóquei",
            "rugby",
            "cricket",
            "nba",
            "nfl",
            "nhl",
            "mlb",
            "waterpolo",
            "pallanuoto",
        ]
    )
}

/// Points, not goals, right after a score: "mit 3:0 Punkten" (German for a
/// win's points), "9-3 pts".
pub fn points(w: &str) -> bool {
    cue_set!(
        w,
        ["punkten", "punkte", "points", "pts", "punten", "puntos", "punti", "pontos", "pnt",]
    )
}

/// A goal difference or tally of a table before its figures: "ein
/// Torverhältnis von 12:5", "doelsaldo", "saldo de goles".
pub fn goal_difference(w: &str) -> bool {
    cue_set!(
        w,
        [
            "torverhältnis",
            "tordifferenz",
            "doelsaldo",
            "doelpuntensaldo",
            "saldo",
            "différence",
            "differenza",
            "diferencia",
        ]
    )
}

/// A unit right after two numbers that makes them no score: money ("€5-10
/// million"), spans of time ("a 2-3 year deal", "out for 4-6 weeks"),
/// dates ("2-3 March").
pub fn not_goals_unit(w: &str) -> bool {
    cue_set!(
        w,
        [
            // money
            "million",
            "millions",
            "millionen",
            "mio",
            "miljoen",
            "millones",
            "millón",
            "milioni",
            "milhões",
            "mln",
            "bn",
            "billion",
            "euro",
            "euros",
            "dollars",
            "pounds",
            // time spans
            "year",
            "years",
            "jahre",
            "jahren",
            "jaar",
            "años",
            "ans",
            "anni",
            "anos",
            "week",
            "weeks",
            "wochen",
            "weken",
            "semanas",
            "semaines",
            "settimane",
            "month",
            "months",
            "monate",
            "monaten",
            "maanden",
            "meses",
            "mois",
            "mesi",
            "days",
            "tage",
            "dagen",
            "días",
            "jours",
            "giorni",
            "dias",
            "hours",
            "stunden",
            "uur",
            // months
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "januar",
            "februar",
            "märz",
            "mai",
            "juni",
            "juli",
            "oktober",
            "dezember",
            "januari",
            "februari",
            "maart",
            "mei",
            "augustus",
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
            "janvier",
            "février",
            "mars",
            "avril",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
            "gennaio",
            "febbraio",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "settembre",
            "ottobre",
            "dicembre",
            "janeiro",
            "fevereiro",
            "março",
            "maio",
            "junho",
            "julho",
            "setembro",
            "outubro",
            "dezembro",
        ]
    )
}

/// A draw told by a verb: "drew 1-1", "trennten sich", "empató".
pub fn drew(w: &str) -> bool {
    cue_set!(
        w,
        [
            "drew",
            "draw",
            "drawn",
            "trennten",
            "trennen",
            "remis",
            "unentschieden",
            "speelden",
            "gelijk",
            "empató",
            "empataron",
            "empate",
            "empatou",
            "empataram",
            "pareggia",
            "pareggiano",
            "pareggio",
            "pareggiato",
            "nul",
            "partagé",
            "partagent",
        ]
    )
}

/// "against": the club named after it is the side a goal was scored on.
pub fn against(w: &str) -> bool {
    cue_set!(
        w,
        [
            "against", "vs", "v", "gegen", "tegen", "contra", "ante", "frente", "contre", "face",
            "contro", "sobre",
        ]
    )
}

/// A relative pronoun after "X,": X is the subject of what follows ("Danny
/// Welbeck, who levelled", "Undav, der traf", "Lerma, que cabeceó").
pub fn relative(w: &str) -> bool {
    cue_set!(
        w,
        ["who", "der", "die", "que", "qui", "che", "dat", "wie", "quien", "il", "lequel",]
    )
}

/// The word before a player that makes them an object, not the scorer: a
/// preposition ("a pass from X", "Vorarbeit von X", "hors de portée de X",
/// "fouled by X") or a verb taking the goalkeeper or the receiver ("beat X",
/// "trompe X", "batte X", "found X").
pub fn object_marker(w: &str) -> bool {
    cue_set!(
        w,
        [
            // en
            "of",
            "from",
            "for",
            "to",
            "past",
            "under",
            "over",
            "beyond",
            "around",
            "inside",
            "at",
            "with",
            "against",
            "on",
            "off",
            "behind",
            "beat",
            "beating",
            "beats",
            "rounded",
            "rounding",
            "found",
            "finds",
            "fouled",
            "tripped",
            "clipped",
            "felled",
            "outmuscled",
            "than",
            "after",
            "between",
            // de
            "von",
            "nachdem",
            "zwischen",
            "vom",
            "für",
            "gegen",
            "mit",
            "auf",
            "an",
            "bei",
            "zu",
            "über",
            "unter",
            "überwand",
            "umkurvte",
            "bediente",
            "bezwang",
            "tunnelte",
            // nl
            "van",
            "voor",
            "tegen",
            "met",
            "op",
            "aan",
            "langs",
            "bij",
            "naar",
            "tussen",
            "passeerde",
            "omspeelde",
            "vond",
            // es
            "de",
            "del",
            "a",
            "al",
            "ante",
            "para",
            "contra",
            "sobre",
            "tras",
            "entre",
            "bate",
            "batió",
            "superó",
            "sorprendió",
            "habilitó",
            "encontró",
            "dribló",
            // fr
            "du",
            "des",
            "à",
            "au",
            "aux",
            "pour",
            "après",
            "avec",
            "sur",
            "devant",
            "face",
            "trompe",
            // the goalkeeper sent the wrong way
            "spiazza",
            "engaña",
            "wrong-footed",
            "verlud",
            "trompé",
            "bat",
            "battu",
            "surprend",
            "contournant",
            "contourne",
            "dribble",
            "trouve",
            "servi",
            "lancé",
            "d'",
            // it
            "di",
            "della",
            "dello",
            "dei",
            "alla",
            "per",
            "tra",
            "dopo",
            "dal",
            "dalla",
            "su",
            "batte",
            "supera",
            "salta",
            "trova",
            "serve",
            "anticipa",
            "scavalca",
            "dribbla",
            "beffa",
            // pt
            "do",
            "dos",
            "das",
            "ao",
            "após",
            "depois",
            "bateu",
            "venceu",
            "driblou",
            "encontrou",
            "achou",
        ]
    )
}

/// A noun for the ball given to the scorer: after "X's" the player gave it
/// ("Olivia Moultrie's through ball", "Chris Rigg's pass").
pub fn assist(w: &str) -> bool {
    cue_set!(
        w,
        [
            "pass",
            "through",
            "cross",
            "corner",
            "free-kick",
            "ball",
            "delivery",
            "assist",
            "lay-off",
            "cut-back",
            "cutback",
            "flick",
            "header",
            "shot",
            "effort",
            "error",
            "mistake",
            "challenge",
            "tackle",
            "foul",
            "handball",
            "clearance",
            "penalti",
            "penalty",
            "spot-kick",
            "save",
            // the pass in the other languages
            "voorzet",
            "hoekschop",
            "steekpass",
            "vorlage",
            "flanke",
            "ecke",
            "hereingabe",
            "passe",
            "centre",
            "centro",
            "cruce",
            "pase",
            "passaggio",
            "traversone",
            "cruzamento",
            "escanteio",
            "córner",
            "assistência",
            "asistencia",
        ]
    )
}

/// A noun for a goal whose "of/de/von" names its scorer ("the opener from
/// X", "l'ouverture du score de X", "un autogol de X").
pub fn goal_of(w: &str) -> bool {
    goal_by(w)
        || multi_goal(w).is_some()
        || cue_set!(
            w,
            [
                "opener",
                "equaliser",
                "equalizer",
                "winner",
                "consolation",
                "autogol",
                "eigentor",
                "score",
                "égalisation",
                "gelijkmaker",
                "ausgleich",
                "anschlusstreffer",
                "siegtreffer",
                "führungstreffer",
                "ehrentreffer",
                "golazo",
                "autorete",
                "vantaggio",
                "raddoppio",
                "vantagem",
                "ventaja",
                "triplé",
                "doublé",
                "hat-trick",
                "golaço",
            ]
        )
}

/// "thanks to X": the scorer follows ("grâce à Mason Greenwood").
pub fn thanks_to(w: &str) -> bool {
    cue_set!(
        w,
        ["thanks", "grâce", "gracias", "graças", "grazie", "dankzij", "dank", "merci",]
    )
}

/// The goal was taken back: said anywhere after it in the sentence ("Al 78'
/// Yildiz trova il 2-1, ma il VAR annulla per fuorigioco").
pub fn disallowed(w: &str) -> bool {
    cue_set!(
        w,
        [
            "var",
            "disallowed",
            "offside",
            "annulled",
            "aberkannt",
            "abseits",
            "afgekeurd",
            "buitenspel",
            "anulado",
            "anuló",
            "anula",
            "annulé",
            "annule",
            "hors-jeu",
            "annullato",
            "annulla",
            "fuorigioco",
            "invalidado",
            "anulou",
            "impedimento",
        ]
    )
}

/// A verb of finishing a move, said of the scorer right after their name
/// ("Samu Omorodion cabeceou", "Salah trasforma", "Arrascaeta bateu"): a
/// sign of who scored among the players of a clause, not a goal by itself.
pub fn finish_verb(w: &str) -> bool {
    scoring_verb(w)
        || cue_set!(
            w,
            [
                // en
                "levelled",
                "leveled",
                "headed",
                "fired",
                "slotted",
                "curled",
                "struck",
                "doubled",
                "tapped",
                "volleyed",
                "drilled",
                "lashed",
                "rifled",
                "poked",
                "nodded",
                "smashed",
                "steered",
                "bundled",
                "finished",
                "pulled",
                // de
                "schob",
                "staubte",
                "vollendete",
                "glich",
                "erhöhte",
                "verkürzte",
                "schoss",
                "drückte",
                "netzte",
                "köpft",
                "trifft",
                "traf",
                // the goalkeeper beaten: "batte Alisson", "beat Rossi"
                "beat",
                "beats",
                "überwand",
                "tikte",
                "tikt",
                "ingekopt",
                // nl
                "schoot",
                "maakte",
                "tekende",
                "zorgde",
                "kopt",
                "schiet",
                "maakt",
                "schoof",
                // es
                "cabeceó",
                "abrió",
                "empujó",
                "definió",
                "remató",
                "empató",
                "batió",
                "culminó",
                "selló",
                "metió",
                "cabecea",
                "define",
                "empuja",
                "marca",
                // fr
                "marque",
                "reprend",
                "ouvre",
                "égalise",
                "double",
                "fusille",
                "conclut",
                "transforme",
                "trompe",
                "marqué",
                "ouvert",
                "repris",
                "placé",
                "catapulte",
                "bat",
                // it
                "firma",
                "fa",
                "insacca",
                "pareggia",
                "raddoppia",
                "trasforma",
                "realizza",
                "accorcia",
                "sblocca",
                "infila",
                "chiude",
                "cala",
                "trova",
                "batte",
                // pt
                "fez",
                "cabeceou",
                "bate",
                "finalizado",
                "finalizada",
                "cabecear",
                "rematou",
                "bateu",
                "finalizou",
                "abriu",
                "balançou",
                "desviou",
                "diminuiu",
                "completou",
                "faz",
                "cabeceia",
                "marca",
                "empata",
                "added",
                "restored",
                "extended",
                "made",
                "sealed",
                "wrapped",
                "replied",
            ]
        )
}

/// A kick of a penalty shoot-out, not a goal: "la dernière tentative",
/// "i rigoristi"; "decisive" with a penalty word ("the decisive penalty",
/// "den entscheidenden Strafstoß") is checked with [`decisive`].
pub fn shootout_kick(w: &str) -> bool {
    cue_set!(
        w,
        [
            "tentative",
            "tentativo",
            "rigoristi",
            "lanzadores",
            "cobradores",
            "elfmeterschützen",
        ]
    )
}

/// "decisive", said of a shoot-out's last kick when a penalty word is near.
pub fn decisive(w: &str) -> bool {
    cue_set!(
        w,
        [
            "entscheidenden",
            "entscheidende",
            "décisif",
            "decisivo",
            "decisive",
            "beslissende",
            "decisiva",
        ]
    )
}

/// "times" after a count: "three times", "drei Mal", "tres veces".
pub fn times(w: &str) -> bool {
    cue_set!(
        w,
        ["times", "mal", "keer", "veces", "fois", "volte", "vezes"]
    )
}

/// A goalkeeper named by their post: "the goalkeeper X", "le gardien X",
/// "PSG-Torhüter X" — beaten, not scoring.
pub fn goalkeeper(w: &str) -> bool {
    cue_set!(
        w,
        [
            "goalkeeper",
            "keeper",
            "torhüter",
            "torwart",
            "keeperin",
            "torhüterin",
            "doelman",
            "portero",
            "portera",
            "arquero",
            "guardameta",
            "gardien",
            "gardienne",
            "portiere",
            "goleiro",
            "goleira",
            "guarda-redes",
            "goalie",
            "schlussmann",
        ]
    )
}

/// Into one's own net: "contra a própria rede", "into his own net", "en
/// propia puerta", "ins eigene Tor".
pub fn own_net(w: &str) -> bool {
    own_goal(w)
        || cue_set!(
            w,
            ["própria", "propia", "propre", "propria", "eigenes", "eigene", "eigenen",]
        )
}

/// A verb that scores together with the noun after it (see
/// [`scoring_phrase_noun`]): "opened the scoring", "a ouvert le score",
/// "abrió el marcador", "pulled one back", "zette Curaçao op voorsprong".
pub fn scoring_phrase_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "opened",
            "opens",
            "broke",
            "breaks",
            "gave",
            "gives",
            "restored",
            "restores",
            "extended",
            "pulled",
            "pull",
            "halved",
            "ouvert",
            "ouvre",
            "ouvrait",
            "redonné",
            "donné",
            "doublé",
            "double",
            "réduit",
            "corse",
            "corsé",
            "scelle",
            "scellent",
            "scellé",
            "complété",
            "abrió",
            "abre",
            "amplió",
            "dado",
            "dio",
            "aumentó",
            "recortó",
            "cerró",
            "completó",
            "completed",
            "completou",
            "clôturé",
            "clôture",
            "bepaalde",
            "bepaalt",
            "wrapped",
            "abriu",
            "ampliou",
            "deu",
            "aperto",
            "apre",
            "sblocca",
            "sbloccato",
            "chiude",
            "opende",
            "opent",
            "zette",
            "zet",
            "gezet",
            "maakte",
            "maakt",
            "bracht",
            "brachte",
            "gebracht",
            "besorgte",
            "gezorgd",
            "zorgde",
            "ajoutant",
            "ajouté",
            "added",
            "adding",
        ]
    )
}

/// The noun of a scoring phrase: the lead, the scoring, the deadlock, the
/// advantage, the equaliser ("maakte gelijk"), one back.
pub fn scoring_phrase_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "lead",
            "advantage",
            "scoring",
            "deadlock",
            "one",
            "marcador",
            "placar",
            "ventaja",
            "avantage",
            "l'avantage",
            "mise",
            "écart",
            "l'écart",
            "addition",
            "l'addition",
            "marque",
            "score",
            "vantaggio",
            "marcature",
            "voorsprong",
            "führung",
            "vantagem",
            "gelijk",
            "ausgleich",
            "cuenta",
            "conti",
            "quatrième",
            "troisième",
            "fourth",
            "third",
            "second",
            "goals",
            "treffer",
            "eer",
            "victoire",
            "succès",
            "goleada",
            "fiesta",
            "festa",
            "eindstand",
        ]
    )
}

/// A loss noun that is also the present of a win verb ("la derrota" /
/// "La Roja derrota 2-1 a Inglaterra", "a defeat" / "Spain defeat England").
pub fn loss_noun_or_win_verb(w: &str) -> bool {
    cue_set!(w, ["derrota", "defeat"])
}

/// A relative pronoun opening a clause about the name before it: "who",
/// "che", "que", "qui", "die", "dat".
pub fn relative_pronoun(w: &str) -> bool {
    cue_set!(
        w,
        ["who", "which", "che", "cui", "que", "qui", "die", "der", "dat", "welche", "welcher"]
    )
}

/// The word before the agent of a passive: "beaten by", "battuto dal".
pub fn agent_marker(w: &str) -> bool {
    cue_set!(
        w,
        [
            "by", "von", "door", "por", "par", "dal", "dalla", "dallo", "dai", "dagli", "pelo",
            "pela", "pelos", "pelas",
        ]
    )
}

/// A noun for the sides of a match, as in "both teams", "les deux
/// équipes", "as equipes" (after a word for two or an article).
pub fn sides_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "teams",
            "sides",
            "mannschaften",
            "ploegen",
            "équipes",
            "equipos",
            "squadre",
            "equipes",
            "clubes",
            "clubs",
        ]
    )
}

/// A word before a sides noun that makes it the two of the match: "both",
/// "beiden", "deux", "ambos", "due", "duas".
pub fn both(w: &str) -> bool {
    cue_set!(
        w,
        [
            "both", "two", "beide", "beiden", "twee", "deux", "ambos", "dos", "due", "duas",
            "dois", "as", "os", "les", "los",
        ]
    )
}

/// A meeting of two rivals of one city or region: the derby or clásico a
/// preview or report is about ("das letzte Derby", "el último clásico",
/// "het Nordderby", "nel Superclásico"). Compounds end in the word
/// ("Nordderby", "Revierderby").
pub fn derby(w: &str) -> bool {
    w.ends_with("derby")
        || w.ends_with("derbi")
        || cue_set!(
            w,
            [
                "derbys",
                "derbies",
                "derbis",
                "dérbi",
                "clásico",
                "clasico",
                "superclásico",
                "superclasico",
                "klassieker",
                "classique",
                "classico",
                "clássico",
                "superclássico",
            ]
        )
}

/// Articles and determiners between a preposition and a name ("für den
/// angeschlagenen Julián Álvarez", "for the limping Joelinton").
pub fn determiner(w: &str) -> bool {
    cue_set!(
        w,
        [
            "the", "a", "an", "his", "her", "their", "der", "die", "das", "den", "dem", "des",
            "ein", "einem", "einen", "einer", "seinem", "seinen", "ihrem", "het", "een", "zijn",
            "haar", "el", "la", "los", "las", "un", "una", "su", "le", "les", "l'", "une", "son",
            "sa", "il", "lo", "gli", "uno", "suo", "sua", "o", "os", "um", "uma", "seu",
        ]
    )
}

/// A verb of fouling, said of the player who fouls ("Raíllo derribó a De
/// Tomás", "Reyes stende Cowell"): that player is not the scorer.
pub fn foul_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "tripped",
            "felled",
            "upended",
            "foulte",
            "fällte",
            "stende",
            "atterra",
            "travolge",
            "abbatte",
            "derribó",
            "derriba",
            "arrolló",
            "zancadilleó",
            "derrubou",
            "derruba",
            "rasteirou",
            "fauche",
            "bouscule",
            "accroche",
            "vloerde",
            "tackelde",
        ]
    )
}

/// "el propio delantero", "o próprio sueco", "converted it himself": the
/// player named last before, the one fouled, took the penalty.
pub fn self_reference(w: &str) -> bool {
    cue_set!(
        w,
        [
            "propio",
            "próprio",
            "himself",
            "herself",
            "selbst",
            "stesso",
            "stessa",
            "lui-même",
            "elle-même",
            "zelf",
        ]
    )
}

/// The woodwork the ball went in off: "via de binnenkant van de paal", "in
/// off the post", "vom Innenpfosten".
pub fn in_off(w: &str) -> bool {
    cue_set!(
        w,
        [
            "via",
            "binnenkant",
            "inside",
            "underside",
            "innenseite",
            "interno",
            "dentro",
            "intérieur"
        ]
    )
}

/// A negation before a verb: "has not scored", "no marcó", "n'a pas
/// marqué", "non ha segnato" — no goal; before a miss, the miss did not
/// happen ("non sbaglia", "não falhou", "ne manque pas").
pub fn negation(w: &str) -> bool {
    cue_set!(
        w,
        [
            "not", "never", "nicht", "nie", "niet", "nooit", "no", "nunca", "pas", "jamais", "non",
            "mai", "não", "nem", "n't", "ne",
        ]
    )
}

/// "without": a win or loss after it did not happen ("sem perder",
/// "ohne zu verlieren", "sans perdre").
pub fn without(w: &str) -> bool {
    cue_set!(
        w,
        ["without", "ohne", "zonder", "sin", "sans", "senza", "sem"]
    )
}

/// "saved a point", "rettete einen Punkt": a draw rescued, not a save.
pub fn point(w: &str) -> bool {
    cue_set!(
        w,
        [
            "point", "points", "punkt", "punt", "punto", "ponto", "draw", "eer", "honneur",
            "honour", "honor", "ehre", "onore", "honra",
        ]
    )
}

/// A chance, not a goal: "River had a golden chance to level ten minutes
/// after the restart", "eine Großchance", "la ocasión".
pub fn chance(w: &str) -> bool {
    cue_set!(
        w,
        [
            "chance",
            "chances",
            "opportunity",
            "großchance",
            "gelegenheit",
            "kans",
            "kansen",
            "ocasión",
            "oportunidad",
            "occasion",
            "occasione",
            "opportunità",
            "oportunidade",
        ]
    )
}

/// The ball, as what a goalkeeper parried before the goal ("un ballon
/// repoussé par Chevalier", "a ball parried by"): a rebound, not a save.
pub fn ball(w: &str) -> bool {
    cue_set!(
        w,
        ["ball", "ballon", "balle", "balón", "pallone", "bola", "bal", "rebound", "rebond"]
    )
}

/// A personal pronoun that can be the subject of a scoring verb ("he
/// scored", "er traf", "ele marcou"); not the Italian article "il".
pub fn subject_pronoun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "he", "she", "er", "sie", "hij", "zij", "elle", "lui", "lei", "ele", "ela", "él",
            "ella"
        ]
    )
}

/// The break between the halves or the restart after it: "dopo la pausa",
/// "nach der Pause", "après la reprise", "na rust".
pub fn restart(w: &str) -> bool {
    cue_set!(
        w,
        [
            "pausa",
            "pause",
            "break",
            "interval",
            "half-time",
            "rust",
            "descanso",
            "intervallo",
            "intervalo",
            "reprise",
            "ripresa",
            "restart",
            "reanudación",
            "reatamento",
            "seitenwechsel",
            "wiederanpfiff",
            "wiederbeginn",
        ]
    )
}

/// A shot whose "of/de/di" names the one who took it ("piattone di
/// Giuliano Simeone", "un disparo cruzado de Dimarco", "a header from X").
pub fn shot_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "shot",
            "strike",
            "header",
            "volley",
            "finish",
            "piattone",
            "tiro",
            "colpo",
            "destro",
            "sinistro",
            "diagonale",
            "conclusione",
            "rasoiata",
            "disparo",
            "remate",
            "cabezazo",
            "zurdazo",
            "derechazo",
            "chute",
            "cabeçada",
            "frappe",
            "tête",
            "reprise",
            "schuss",
            "kopfball",
            "schot",
            "kopbal",
            "inzet",
        ]
    )
}

/// The lead or the goal a sentence tells of, with no scorer named ("went
/// ahead in the 23rd minute", "nam in de 12de minuut de leiding", "The
/// A deficit told with its score: "from a 2-0 deficit", "nach 0:2-Rückstand",
/// "een 0-2 achterstand", "un 0-2 de desventaja"; a state, not a result.
pub fn deficit(w: &str) -> bool {
    cue_set!(
        w,
        [
            "deficit",
            "down",
            "rückstand",
            "achterstand",
            "desventaja",
            "svantaggio",
            "desvantagem",
            "retard",
        ]
    )
}

/// A subject pronoun that stands for a team: "They won three-nil", "Sie
/// gewannen 2:0", "Ils se sont imposés".
pub fn team_pronoun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "they", "we", "sie", "wir", "ze", "zij", "wij", "ils", "elles", "nous", "ellos",
            "ellas", "nosotros", "loro", "noi", "eles", "elas", "nós",
        ]
    )
}

/// The month a word names (1-12), in the seven languages; English "may"
/// and "march" are left out, being verbs as often.
pub fn month(w: &str) -> Option<u8> {
    match w {
        "january" | "januar" | "januari" | "janvier" | "enero" | "gennaio" | "janeiro"
        | "jänner" => Some(1),
        "february" | "februar" | "februari" | "février" | "febrero" | "febbraio" | "fevereiro" => {
            Some(2)
        }
        "märz" | "maart" | "mars" | "marzo" | "março" => Some(3),
        "april" | "avril" | "abril" | "aprile" => Some(4),
        "mai" | "mei" | "mayo" | "maggio" | "maio" => Some(5),
        "june" | "juni" | "juin" | "junio" | "giugno" | "junho" => Some(6),
        "july" | "juli" | "juillet" | "julio" | "luglio" | "julho" => Some(7),
        "august" | "augustus" | "août" | "agosto" => Some(8),
        "september" | "septembre" | "septiembre" | "settembre" | "setembro" => Some(9),
        "october" | "oktober" | "octobre" | "octubre" | "ottobre" | "outubro" => Some(10),
        "november" | "novembre" | "noviembre" | "novembro" => Some(11),
        "december" | "dezember" | "décembre" | "diciembre" | "dicembre" | "dezembro" => Some(12),
        _ => None,
    }
}

/// An indefinite article: "a 2-0 deficit", "un 0-2", "een 0-2".
pub fn indefinite(w: &str) -> bool {
    cue_set!(
        w,
        ["a", "an", "un", "una", "um", "uma", "une", "uno", "een", "ein", "einen", "einem"]
    )
}

/// A comeback verb before the deficit it overturned ("remontó un 0-2",
/// "ha ribaltato lo 0-2", "overturned a 2-0", "a renversé un 0-2").
pub fn overturned(w: &str) -> bool {
    cue_set!(
        w,
        [
            "overturned",
            "overturn",
            "overturning",
            "remontó",
            "remontar",
            "remontaron",
            "remontando",
            "remontou",
            "remontaram",
            "rimontato",
            "rimontare",
            "rimonta",
            "ribaltato",
            "ribaltare",
            "ribalta",
            "renversé",
            "renverser",
            "renverse",
            "remonté",
            "remonter",
            "drehte",
            "drehten",
            "gedreht",
            "draaide",
            "draaiden",
            "recuperou",
            "recuperó",
        ]
    )
}

/// breakthrough came seven minutes into the second half").
pub fn lead_taken(w: &str) -> bool {
    lead(w)
        || cue_set!(
            w,
            [
                "leiding",
                "front",
                "breakthrough",
                "opener",
                "führungstreffer",
                "placar",
                "marcador",
                "score",
                "gol",
                "golo",
                "goal",
                "but",
                "tor",
                "doelpunt",
                "treffer",
            ]
        )
}

/// A verb that gives the ball to the player after it, who then scores
/// ("Mac Allister found Enzo Fernández", "Pina trova Pajor", "bediente
/// Gakpo"); the goalkeeper's verbs ("beat") are not of them.
pub fn receiver_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "found",
            "finds",
            "trouve",
            "trouvé",
            "trova",
            "encontró",
            "encuentra",
            "encontrou",
            "vond",
            "fand",
            "bediente",
            "servi",
            "sert",
            "serve",
            "habilitó",
            "assisted",
        ]
    )
}

// Goals told without a minute (`unanchored.rs`).

/// The classes of a word of minute-less goals ([`unanchored_class`]).
pub mod class {
    pub const VERB: u32 = 1 << 0;
    pub const DECIDE: u32 = 1 << 1;
    pub const SCORERS: u32 = 1 << 2;
    pub const SCORER: u32 = 1 << 3;
    pub const INFINITIVE: u32 = 1 << 4;
    pub const OWN_GOAL_NOUN: u32 = 1 << 5;
    pub const GERUND: u32 = 1 << 6;
    pub const REPLY: u32 = 1 << 7;
    pub const KICK_FAILED: u32 = 1 << 8;
    pub const SHOOTOUT_CONTEXT: u32 = 1 << 9;
    pub const CREDIT: u32 = 1 << 10;
}

/// Every class of minute-less goals `w` belongs to, in one lookup: each
/// token of a sentence with a player is asked of a dozen lists, and one hash
/// instead of a dozen was most of the stage's cost.
pub fn unanchored_class(w: &str) -> u32 {
    static MAP: std::sync::OnceLock<set::CueMap<u32>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (c, words) in [
            (class::VERB, VERB_WORDS),
            (class::DECIDE, DECIDE_WORDS),
            (class::SCORERS, SCORERS_WORDS),
            (class::SCORER, SCORER_WORDS),
            (class::INFINITIVE, INFINITIVE_WORDS),
            (class::OWN_GOAL_NOUN, OWN_GOAL_NOUN_WORDS),
            (class::GERUND, GERUND_WORDS),
            (class::REPLY, REPLY_WORDS),
            (class::KICK_FAILED, KICK_FAILED_WORDS),
            (class::SHOOTOUT_CONTEXT, SHOOTOUT_CONTEXT_WORDS),
            (class::CREDIT, CREDIT_WORDS),
        ] {
            for w in words {
                *map.entry(*w).or_insert(0) |= c;
            }
        }
        set::CueMap::new(map)
    })
    .get(w)
    .unwrap_or(0)
}

/// Verbs of a minute-less goal the general list lacks: replies, pulled-back
/// goals, reflexive "went ahead" ("adiantaram-se por X").
pub fn unanchored_verb(w: &str) -> bool {
    unanchored_class(w) & class::VERB != 0
}

const VERB_WORDS: &[&str] = &[
    "risponde",
    "risposto",
    "respondió",
    "respondeu",
    "répond",
    "répondu",
    "descontou",
    "adiantaram",
    "adiantou",
    "struck",
    "bisou",
];

/// A verb that counts goals by itself: "Dovbyk bisou" (scored twice).
pub fn multi_goal_verb(w: &str) -> Option<usize> {
    match w {
        "bisou" | "bisa" => Some(2),
        _ => None,
    }
}

/// "each" after a list of scorers: "X und Y trafen jeweils doppelt" gives
/// the count to every one of them.
pub fn each(w: &str) -> bool {
    cue_set!(
        w,
        ["each", "jeweils", "je", "elk", "allebei", "cada", "chacun", "ciascuno", "entrambi"]
    )
}

/// A preposition of direction before "X's goal": the goal is the net X
/// keeps ("laid siege to Hugo Souza's goal", "a shot at Raya's goal").
pub fn toward_net(w: &str) -> bool {
    cue_set!(
        w,
        ["to", "at", "on", "towards", "toward", "into", "in", "past", "over", "wide"]
    )
}

/// A verb of deciding, said of a match by its scorer: "El Kaabi heeft de
/// topper beslist", "Enner Valencia decidiu o clássico".
pub fn decide_verb(w: &str) -> bool {
    unanchored_class(w) & class::DECIDE != 0
}

const DECIDE_WORDS: &[&str] = &[
    "decided",
    "decides",
    "settled",
    "settles",
    "entschied",
    "entscheidet",
    "beslist",
    "besliste",
    "beslecht",
    "decidió",
    "decide",
    "décidé",
    "décide",
    "deciso",
    "decidiu",
];

/// A match, as the object of a deciding verb.
pub fn match_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "match",
            "game",
            "tie",
            "derby",
            "final",
            "spiel",
            "partie",
            "duell",
            "wedstrijd",
            "topper",
            "kraker",
            "klassieker",
            "duel",
            "partido",
            "encuentro",
            "clásico",
            "derbi",
            "duelo",
            "rencontre",
            "classique",
            "partita",
            "sfida",
            "classico",
            "jogo",
            "clássico",
            "dérbi",
            "confronto",
        ]
    )
}

/// The objects that make a phrase saying a goal with a verb the general
/// lists lack (empty for any other verb): the honour saved, the score made
/// up, the difference made, the account closed, hope given back, the game
/// turned ("a sauvé l'honneur", "maquillaron el resultado", "ont fait la
/// différence", "fechou a conta", "a redonné espoir", "ont renversé la
/// situation").
pub fn phrase_objects(verb: &str) -> &'static [&'static str] {
    match verb {
        "sauvé" | "sauve" | "salvato" | "salva" | "salvou" | "salvó" | "salvaron" => {
            &["honneur", "onore", "honra", "honor"]
        }
        "maquilló" | "maquillaron" => &["resultado", "marcador"],
        "fait" | "fatto" | "hizo" | "hicieron" | "fez" | "fizeram" | "made" | "maakte"
        | "maakten" => &[
            "différence",
            "differenza",
            "diferencia",
            "diferença",
            "difference",
            "verschil",
        ],
        "fechou" | "fecharam" | "fecha" => &["conta", "contas"],
        "put" | "puts" => &["ahead"],
        "redonné" | "redonne" | "redonnait" => &["espoir"],
        "renversé" | "renverse" | "renversent" => &["situation", "vapeur", "tendance"],
        _ => &[],
    }
}

/// A noun for the scorers of a match, named as a list: "X, Y und Z hießen
/// die Torschützen", "Scorers: X, Y". Plural only: "the league's top
/// scorer X" is a record, not a goal.
pub fn scorers_noun(w: &str) -> bool {
    unanchored_class(w) & class::SCORERS != 0
}

const SCORERS_WORDS: &[&str] = &[
    "scorers",
    "goalscorers",
    "torschützen",
    "torschützinnen",
    "doelpuntenmakers",
    "goleadores",
    "goleadoras",
    "buteurs",
    "buteuses",
    "marcatori",
    "marcatrici",
    "marcadores",
];

/// A plain participle of "made", whose agent scored when its subject is
/// a goal: "gemaakt door", "fait par", "hecho por", "feito por", "fatto
/// da".
pub fn made_participle(w: &str) -> bool {
    cue_set!(
        w,
        ["made", "gemaakt", "fait", "hecho", "feito", "fatto", "gescoord"]
    )
}

/// A Dutch or German compound ending in a goal noun: "openingsdoelpunt",
/// "Führungstreffer", "Anschlusstreffer".
pub fn goal_compound(w: &str) -> bool {
    w.len() > 8 && (w.ends_with("doelpunt") || w.ends_with("treffer") || w.ends_with("treffers"))
}

/// "for" between a count of goals and its scorer: "Hat-trick for
/// Haaland", "Doppelpack für Kane", "doblete para Budimir".
pub fn count_for(w: &str) -> bool {
    cue_set!(w, ["for", "für", "voor", "para", "pour", "per"])
}

/// The goals as the head of a list of their scorers ("Tore: Kane (2),
/// Olise", "Goals: Saka, Havertz", "Buts : Dembélé").
pub fn goal_list_head(w: &str) -> bool {
    cue_set!(
        w,
        [
            "goals",
            "tore",
            "treffer",
            "doelpunten",
            "goles",
            "buts",
            "reti",
            "gol",
            "gols",
            "golos",
        ]
    )
}

/// A word standing for a goal already named in the sentence, before its
/// scorer: "dos goles de Havertz y otros de Füllkrug", "além de um de Igor
/// Jesus", "e uno di X".
pub fn goal_pronoun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "another", "one", "einer", "eins", "een", "eentje", "otro", "otros", "uno", "un",
            "autre", "autres", "altro", "altri", "um", "outro", "outros",
        ]
    )
}

/// A noun for the goal that comes after the scorer's possessive: "Troy
/// Parrott's consolation", "Olga Carmona's strike", "Shankland's double".
pub fn possessed_goal(w: &str) -> Option<usize> {
    match w {
        "double" | "brace" => Some(2),
        "strike" | "finish" | "tap-in" => Some(1),
        _ if goal_of(w) => Some(multi_goal(w).unwrap_or(1)),
        _ => None,
    }
}

/// An own goal as the noun before its player: "un autogolo di X",
/// "un'autorete di X", "an own goal by X" (see [`own_goal`]).
pub fn own_goal_noun(w: &str) -> bool {
    unanchored_class(w) & class::OWN_GOAL_NOUN != 0
}

const OWN_GOAL_NOUN_WORDS: &[&str] = &["autogol", "autogolo", "autorete", "eigentor", "csc"];

/// A verb between a goal noun and the scorer after it, German word order:
/// "den fünften Treffer steuerte Pablo Torre bei", "das Tor gelang X".
pub fn credit_verb(w: &str) -> bool {
    scoring_verb(w) || cue_set!(w, ["steuerte", "gelang", "besorgte", "erzielte", "maakte"])
}

/// "but", opening a clause that may take back what the one before said.
pub fn adversative(w: &str) -> bool {
    cue_set!(
        w,
        ["but", "aber", "doch", "maar", "pero", "mais", "ma", "però", "mas", "however"]
    )
}

/// A kick that failed: a miss, a save, the woodwork. Said anywhere in a
/// sentence without minutes, it tells a shoot-out or a chance, and the
/// scorers listed with it are takers ("X, Y and Z scored, while W had her
/// effort saved"). Cards and injuries (see [`not_a_goal`]) stay in their
/// clause.
pub fn kick_failed(w: &str) -> bool {
    unanchored_class(w) & class::KICK_FAILED != 0
}

const KICK_FAILED_WORDS: &[&str] = &[
    "missed",
    "saved",
    "save",
    "post",
    "crossbar",
    "bar",
    "verschoss",
    "verschießt",
    "hielt",
    "pariert",
    "parierte",
    "pfosten",
    "latte",
    "scheiterte",
    "gemist",
    "miste",
    "redde",
    "stopte",
    "paal",
    "lat",
    "falló",
    "fallaron",
    "erró",
    "detuvo",
    "atajó",
    "paró",
    "adivinó",
    "poste",
    "larguero",
    "travesaño",
    "manqué",
    "raté",
    "arrêté",
    "arrête",
    "sbaglia",
    "sbagliato",
    "parato",
    "respinge",
    "ipnotizza",
    "palo",
    "traversa",
    "falhou",
    "errou",
    "defendeu",
    "desperdiçou",
    "trave",
    "travessão",
];

/// Words of a penalty shoot-out beside those that name it (see
/// [`shootout`]): "En la tanda", "el último lanzamiento", "la lotteria".
pub fn shootout_context(w: &str) -> bool {
    unanchored_class(w) & class::SHOOTOUT_CONTEXT != 0
}

const SHOOTOUT_CONTEXT_WORDS: &[&str] = &[
    "tanda",
    "lanzamiento",
    "lanzamientos",
    "lotteria",
    "cobranças",
    "cobrança",
    "spot-kicks",
    "kicks",
    "penaltyschießen",
];

/// Words that may stand between a goal noun and the preposition naming its
/// scorer: the own goal said in words ("un but contre son camp de X", "un
/// gol en propia puerta de X") and the half it came in ("Reti nella ripresa
/// di X"). A pass or a cross between ("Treffer nach Vorarbeit von X") names
/// its provider.
pub fn goal_noun_filler(w: &str) -> bool {
    own_net(w)
        || cue_set!(
            w,
            [
                "contre", "son", "camp", "en", "contra", "puerta", "baliza", "porta", "rede",
                "own", "nella", "nel", "ripresa", "recupero", "finale", "primo", "secondo",
                "tempo", "in", "im", "na", "no", "segunda", "segundo", "primera", "primeira",
                "parte", "tiempo", "metà", "half", "second", "first", "late",
            ]
        )
}

/// A verb whose object is the player beaten on the way to a goal — the
/// goalkeeper or the defender left behind ("engañó a Roberto Fernández",
/// "pour crucifier Saipi", "en trompant Mvogo", "fulmina Ceasar",
/// "überwand Baumann", "verschalkte Pasveer", "fired past Raya"): never the
/// scorer. Every tense and the participles, in the seven languages.
pub fn beats_player(w: &str) -> bool {
    cue_set!(
        w,
        [
            // en
            "beat",
            "beats",
            "beating",
            "beaten",
            "rounded",
            "rounding",
            "past",
            "lobbed",
            "lobbing",
            "nutmegged",
            // de
            "überwand",
            "überwindet",
            "überwunden",
            "bezwang",
            "bezwingt",
            "bezwungen",
            "überlistete",
            "überlistet",
            "tunnelte",
            "umkurvte",
            // nl
            "passeerde",
            "passeert",
            "verschalkte",
            "verschalkt",
            "klopte",
            "omspeelde",
            "omspeelt",
            "lobde",
            // es
            "engaña",
            "engañó",
            "engañando",
            "batió",
            "batiendo",
            "batido",
            "sorprendió",
            "fusila",
            "fusiló",
            "fusilando",
            "venció",
            "venciendo",
            "superó",
            "superando",
            "eludió",
            "eludiendo",
            // fr
            "trompe",
            "trompé",
            "trompant",
            "tromper",
            "crucifie",
            "crucifié",
            "crucifiant",
            "crucifier",
            "bat",
            "battu",
            "battant",
            "battre",
            "surprend",
            "surprenant",
            "fusille",
            "fusillé",
            "fusillant",
            "lobe",
            "lobé",
            "lobant",
            // it
            "batte",
            "battuto",
            "battendo",
            "fulmina",
            "fulminato",
            "fulminando",
            "sorprende",
            "sorpreso",
            "spiazza",
            "spiazzato",
            "spiazzando",
            "supera",
            "superato",
            "superando",
            "trafigge",
            "trafitto",
            "beffa",
            "beffato",
            "scavalca",
            "scavalcato",
            "infila",
            "infilato",
            // pt
            "bate",
            "bateu",
            "batendo",
            "engana",
            "enganou",
            "enganando",
            "fuzila",
            "fuzilou",
            "fuzilando",
            "surpreende",
            "surpreendeu",
            "venceu",
            "vencendo",
            "encobre",
            "encobriu",
        ]
    )
}

/// A participle that signs a result or a goal to its agent: "la rimonta
/// firmata da X", "un triunfo firmado por X", "vitória assinada por X", "un
/// succès signé par X", "a win sealed by X", "een zege beslist door X",
/// "ein Sieg, besiegelt durch X".
pub fn signed_participle(w: &str) -> bool {
    cue_set!(
        w,
        [
            "firmato",
            "firmata",
            "firmati",
            "firmate",
            "siglato",
            "siglata",
            "deciso",
            "decisa",
            "firmado",
            "firmada",
            "decidido",
            "decidida",
            "sellado",
            "sellada",
            "assinado",
            "assinada",
            "signé",
            "signée",
            "décidé",
            "décidée",
            "scellé",
            "scellée",
            "sealed",
            "decided",
            "settled",
            "clinched",
            "beslist",
            "beslecht",
            "besiegelt",
            "entschieden",
        ]
    )
}

/// A noun for a result or a turn of it, which a participle signs to its
/// scorer: "la rimonta firmata da X", "a victory sealed by X", "o empate
/// assinado por X".
pub fn signed_result_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "win",
            "victory",
            "comeback",
            "draw",
            "lead",
            "sieg",
            "erfolg",
            "führung",
            "ausgleich",
            "zege",
            "overwinning",
            "voorsprong",
            "victoria",
            "triunfo",
            "remontada",
            "empate",
            "ventaja",
            "victoire",
            "succès",
            "égalisation",
            "vittoria",
            "successo",
            "rimonta",
            "pareggio",
            "pari",
            "vantaggio",
            "vitória",
            "virada",
            "vantagem",
            "igualdade",
        ]
    )
}

/// A noun for the passes that made goals, counted: "three assists", "três
/// assistências", "tres asistencias", "tre assist", "drei Vorlagen",
/// "trois passes décisives". A count before it counts no goal.
pub fn assists_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "assists",
            "assist",
            "assistências",
            "assistencias",
            "asistencias",
            "assistenze",
            "vorlagen",
            "torvorlagen",
            "assistenties",
            "passes",
            "passaggi",
        ]
    )
}

/// A noun for one goal, named by its scorer after "de"/"di"/"from", that the
/// general goal nouns lack: "une réussite de X", "des réalisations de X",
/// "il sigillo di X", "il pareggio di X", "una diana de X", "um tento de
/// X", "a strike from X". Read only by the minute-less goals, so the trained
/// attachment's features stay as they were.
pub fn owned_goal_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "strike",
            "strikes",
            "réussite",
            "réussites",
            "réalisation",
            "réalisations",
            "sigillo",
            "sigilli",
            "pareggio",
            "diana",
            "dianas",
            "tento",
            "tentos",
        ]
    )
}

/// A count of goals as one noun that the general count words lack:
/// "een dubbelslag van X" (two).
pub fn owned_multi_goal(w: &str) -> Option<usize> {
    match w {
        "dubbelslag" | "doppelschlag" => Some(2),
        _ => None,
    }
}

/// "other" before a count or closing a noun phrase: "scored the other
/// two", "maakte de andere", "firmó el otro" — the goals of the match not
/// yet told.
pub fn other_goals(w: &str) -> bool {
    cue_set!(
        w,
        [
            "other", "others", "andere", "anderen", "otro", "otros", "otra", "otras", "autre",
            "autres", "altro", "altri", "altra", "outro", "outros", "outra",
        ]
    )
}

/// A noun for the occasions a player scored on, after a count ("à deux
/// reprises", "en ambas ocasiones", "in both legs").
pub fn occasions(w: &str) -> bool {
    cue_set!(
        w,
        [
            "reprises",
            "occasions",
            "ocasiones",
            "occasioni",
            "ocasiões",
            "gelegenheden",
            "legs",
            "halves",
            "keren",
        ]
    )
}

/// "both", before a noun of occasions: two goals.
pub fn both_of(w: &str) -> bool {
    cue_set!(
        w,
        ["both", "ambas", "ambos", "entrambe", "entrambi", "beide", "beiden"]
    )
}

/// A count of goals in the plural, shared by every player of its list:
/// "con dobletes de Igor Jesus y Luiz Henrique" (two each).
pub fn multi_goal_plural(w: &str) -> Option<usize> {
    match w {
        "dobletes" | "doppiette" | "braces" | "doublés" | "doppelpacks" | "dobradinhas" => Some(2),
        "tripletes" | "triplette" | "triplés" => Some(3),
        _ => None,
    }
}

/// A verb of replying: "a Cucho Hernández risponde Orellano", "ayant
/// répondu à l'ouverture du score": the one replied to scored too.
pub fn reply_verb(w: &str) -> bool {
    unanchored_class(w) & class::REPLY != 0
}

const REPLY_WORDS: &[&str] = &[
    "replied",
    "replies",
    "risponde",
    "risposto",
    "répond",
    "répondu",
    "respondió",
    "responde",
    "respondeu",
    "antwortete",
    "antwoordde",
];

/// The scorer as an apposition right after the name: "Romelu Lukaku,
/// buteur la semaine passée", "Harry Kane, Torschütze zum 1:0". Singular:
/// the plural lists scorers (see [`scorers_noun`]).
pub fn scorer_noun(w: &str) -> bool {
    unanchored_class(w) & class::SCORER != 0
}

const SCORER_WORDS: &[&str] = &[
    "buteur",
    "buteuse",
    "torschütze",
    "torschützin",
    "marcatore",
    "goleador",
    "goleadora",
    "scorer",
    "doelpuntenmaker",
    "marcador",
];

/// An infinitive of scoring after "a" that says a goal by itself: "volvió
/// a marcar", "è tornato a segnare", "foi Pedro a marcar".
pub fn scoring_infinitive(w: &str) -> bool {
    unanchored_class(w) & class::INFINITIVE != 0
}

const INFINITIVE_WORDS: &[&str] = &["marcar", "segnare", "anotar", "marquer"];

/// A verb of doing again, before "a" and a scoring infinitive.
pub fn again_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "volvió",
            "vuelve",
            "volvieron",
            "voltou",
            "volta",
            "voltaram",
            "tornato",
            "tornata",
            "torna",
            "tornano",
        ]
    )
}

/// "after", "nach", "après", "dopo", "después", "tras", "depois", "após",
/// "na": the word that opens the clause of an earlier goal.
pub fn earlier_after(w: &str) -> bool {
    cue_set!(
        w,
        ["after", "nach", "nachdem", "na", "después", "tras", "après", "dopo", "depois", "após"]
    )
}

/// A form of scoring that follows "after" without a subject of its own:
/// "after scoring", "après avoir marqué", "dopo aver segnato", "después de
/// marcar", "nachdem er getroffen hatte", "na te hebben gescoord".
pub fn scoring_form(w: &str) -> bool {
    cue_set!(
        w,
        [
            "scoring",
            "netting",
            "marquer",
            "marqué",
            "segnare",
            "segnato",
            "marcar",
            "marcado",
            "anotar",
            "anotado",
            "marcou",
            "getroffen",
            "gescoord",
            "scoren",
        ]
    )
}

/// A possessive before a goal noun: "his goal", "son but", "il suo gol",
/// "su gol", "o seu golo", "seinem Tor", "zijn doelpunt".
pub fn possessive(w: &str) -> bool {
    cue_set!(
        w,
        [
            "his", "her", "son", "sa", "ses", "suo", "sua", "suoi", "su", "sus", "seu", "seus",
            "seinem", "seinen", "seiner", "ihrem", "ihren", "zijn", "haar",
        ]
    )
}

/// A modal verb: what it says of a scoring phrase may be, not was ("can
/// decide a game", "kann ein Spiel entscheiden", "peut faire la
/// différence").
pub fn modal(w: &str) -> bool {
    cue_set!(
        w,
        [
            "can", "could", "may", "might", "will", "would", "kann", "könnte", "kan", "kon",
            "peut", "pourrait", "puede", "podría", "può", "potrebbe", "pode", "poderia",
        ]
    )
}

/// A verb of succeeding or ending up, before an infinitive: "managed to",
/// "a réussi à", "a fini par", "logró", "consiguió", "acabó por", "è
/// riuscito a", "conseguiu", "wist", "schaffte es".
pub fn success_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "managed",
            "manages",
            "succeeded",
            "réussi",
            "réussit",
            "fini",
            "finit",
            "logró",
            "logra",
            "consiguió",
            "consigue",
            "acabó",
            "terminó",
            "riuscito",
            "riuscita",
            "riuscì",
            "riesce",
            "conseguiu",
            "consegue",
            "acabou",
            "wist",
            "weet",
            "schaffte",
            "vermochte",
        ]
    )
}

/// An infinitive of scoring after a verb of success: "equalise",
/// "égaliser", "empatar", "pareggiare", "treffen", "scoren".
pub fn success_infinitive(w: &str) -> bool {
    cue_set!(
        w,
        [
            "score",
            "equalise",
            "equalize",
            "marquer",
            "égaliser",
            "scorer",
            "marcar",
            "empatar",
            "igualar",
            "anotar",
            "segnare",
            "pareggiare",
            "scoren",
            "treffen",
            "ausgleichen",
        ]
    )
}

/// A noun for the authorship of a goal, before its scorer: "porta la
/// firma di X", "fue obra de X", "est l'œuvre de X", "tem a assinatura de
/// X", "was the work of X".
pub fn signature_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "firma",
            "signature",
            "assinatura",
            "obra",
            "œuvre",
            "oeuvre",
            "work",
            "handtekening"
        ]
    )
}

/// A verb or adjective of completing a count of goals: "completed his
/// hat-trick", "machte seinen Dreierpack perfekt", "cerró su triplete",
/// "a parachevé son triplé", "ha chiuso la tripletta", "fechou o
/// hat-trick", "maakte zijn hattrick compleet".
pub fn completion(w: &str) -> bool {
    cue_set!(
        w,
        [
            "completed",
            "completes",
            "completing",
            "complete",
            "sealed",
            "seals",
            "sealing",
            "rounded",
            "vollendete",
            "vollendet",
            "komplettierte",
            "komplettiert",
            "perfekt",
            "komplett",
            "voltooide",
            "voltooit",
            "compleet",
            "completeerde",
            "completó",
            "completa",
            "completar",
            "completado",
            "cerró",
            "cierra",
            "redondeó",
            "complété",
            "complète",
            "compléter",
            "parachevé",
            "parachève",
            "achevé",
            "bouclé",
            "completato",
            "completare",
            "completo",
            "chiuso",
            "chiude",
            "completou",
            "fechou",
            "fecha",
            "selou",
        ]
    )
}

/// A noun for the account a goal is credited to: "ging auf das Konto von
/// X", "op naam van X".
pub fn credit_noun(w: &str) -> bool {
    unanchored_class(w) & class::CREDIT != 0
}

const CREDIT_WORDS: &[&str] = &["konto", "naam", "cuenta", "conta", "compte"];

/// A gerund of finishing, said of the scorer after a comma ("Sean Nealis
/// heading the winner late on"); see [`finish_verb`] for the past forms.
pub fn finish_gerund(w: &str) -> bool {
    unanchored_class(w) & class::GERUND != 0
}

const GERUND_WORDS: &[&str] = &[
    "heading",
    "firing",
    "curling",
    "slotting",
    "scoring",
    "volleying",
    "poking",
    "nodding",
];

/// An ordinal goal of a match: "curled in a fourth", "a inscrit le
/// troisième".
pub fn ordinal_goal(w: &str) -> bool {
    cue_set!(
        w,
        [
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "deuxième",
            "troisième",
            "quatrième"
        ]
    )
}

/// A word that places a goal in another match than the one reported: the
/// first leg, the week before, back then ("der schon in der Vorwoche
/// getroffen hatte", "dell'andata", "in midweek", "Damals hatte Banda
/// getroffen"); with [`week_word`] and [`last_word`], "last
/// week", "la semaine passée", "vorige week".
pub fn other_match_time(w: &str) -> bool {
    cue_set!(
        w,
        [
            "vorwoche",
            "midweek",
            "hinspiel",
            "heenwedstrijd",
            "andata",
            "vorsaison",
            "heenduel",
            "damals",
            "destijds",
        ]
    )
}

/// A week or weekend, before or after [`last_word`].
pub fn week_word(w: &str) -> bool {
    cue_set!(
        w,
        [
            "week",
            "weekend",
            "week-end",
            "woche",
            "semaine",
            "semana",
            "settimana",
            "wochenende"
        ]
    )
}

/// "last", "passée", "scorsa": said of a week.
pub fn last_word(w: &str) -> bool {
    cue_set!(
        w,
        [
            "last",
            "vorige",
            "afgelopen",
            "letzte",
            "letzten",
            "vergangenen",
            "passée",
            "dernière",
            "dernier",
            "pasada",
            "passada",
            "scorsa",
            "passato",
        ]
    )
}

/// A noun for the side a coach leads: "Hürzeler's team", "de ploeg van",
/// "la squadra del tecnico", "les hommes de".
pub fn side_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "side",
            "team",
            "men",
            "squad",
            "mannschaft",
            "elf",
            "truppe",
            "auswahl",
            "ploeg",
            "elftal",
            "equipo",
            "conjunto",
            "équipe",
            "hommes",
            "troupe",
            "protégés",
            "squadra",
            "formazione",
            "uomini",
            "equipa",
            "equipe",
            "time",
            "comandados",
        ]
    )
}

/// An article or pronoun that stands for a coach's side before a genitive
/// and the coach: "los de Martín Anselmi", "os de Abel Ferreira", "quelli
/// di Conte", "ceux de Haise".
pub fn side_pronoun(w: &str) -> bool {
    cue_set!(
        w,
        ["los", "las", "os", "quelli", "quelle", "ceux", "celles"]
    )
}

/// A participle of leading a side, before its agent and the coach: "los
/// dirigidos por Nicolás Larcamón", "allenati da Conte", "entraînés par
/// Haise", "treinados por Abel Ferreira", "coached by", "trainiert von".
pub fn led(w: &str) -> bool {
    cue_set!(
        w,
        [
            "dirigidos",
            "dirigidas",
            "comandados",
            "comandadas",
            "orientados",
            "orientadas",
            "treinados",
            "treinadas",
            "entrenados",
            "entrenadas",
            "allenati",
            "allenate",
            "guidati",
            "guidate",
            "entraînés",
            "entraînées",
            "coached",
            "managed",
            "trainiert",
            "getraind",
        ]
    )
}

/// The agent preposition after [`led`]: "por", "pelo", "da", "par", "by",
/// "von", "door".
pub fn led_by(w: &str) -> bool {
    cue_set!(
        w,
        ["por", "pelo", "pela", "da", "dal", "dallo", "par", "by", "von", "door"]
    )
}

/// A title before a coach's name: "van trainer Sandro Schwarz", "del
/// tecnico Luis Enrique", "do selecionador Roberto Martínez".
pub fn coach_title(w: &str) -> bool {
    cue_set!(
        w,
        [
            "coach",
            "manager",
            "boss",
            "head",
            "trainer",
            "bundestrainer",
            "cheftrainer",
            "bondscoach",
            "hoofdtrainer",
            "entrenador",
            "técnico",
            "míster",
            "seleccionador",
            "entraîneur",
            "sélectionneur",
            "tecnico",
            "allenatore",
            "ct",
            "mister",
            "treinador",
            "selecionador",
        ]
    )
}

/// A participle after a score that tells the side it is told of lost it:
/// "o 1 a 0 sofrido", "l'1-0 subito", "el 0-2 encajado".
pub fn suffered(w: &str) -> bool {
    cue_set!(
        w,
        [
            "suffered",
            "conceded",
            "erlittene",
            "erlittenen",
            "sofrido",
            "sofrida",
            "subito",
            "subita",
            "subie",
            "subi",
            "sufrido",
            "sufrida",
            "encajado",
            "incassato",
        ]
    )
}

/// "With", which joins a club to its opponent ("empatou com a Espanha") or
/// a player to his club ("Com o Fulham jogou ele").
pub fn with(w: &str) -> bool {
    cue_set!(w, ["with", "mit", "met", "con", "com", "avec"])
}

/// A noun that calls a club the side another played: "was Real Madrid de
/// tegenstander", "el rival será el Real Madrid".
pub fn opponent_noun(w: &str) -> bool {
    cue_set!(
        w,
        [
            "opponent",
            "opponents",
            "gegner",
            "tegenstander",
            "tegenstanders",
            "rival",
            "adversario",
            "adversaire",
            "avversario",
            "avversaria",
            "adversário",
            "adversária",
        ]
    )
}

/// A form of "to be" joining a club to what it is called: "was", "war",
/// "fue", "était", "era", "foi".
pub fn copula(w: &str) -> bool {
    cue_set!(
        w,
        [
            "is", "was", "will", "be", "ist", "war", "wird", "sein", "is", "was", "wordt", "zal",
            "zijn", "es", "fue", "será", "era", "est", "était", "sera", "fut", "è", "fu", "sarà",
            "é", "foi", "será",
        ]
    )
}

/// A word opening a clause of another event: "before", "while", "bevor",
/// "mentre", "enquanto".
pub fn subordinator(w: &str) -> bool {
    cue_set!(
        w,
        [
            "before",
            "while",
            "whereas",
            "bevor",
            "während",
            "wohingegen",
            "voordat",
            "terwijl",
            "mientras",
            "tandis",
            "alors",
            "mentre",
            "enquanto",
        ]
    )
}

/// A noun before "of" and the side something was won from: "por encima
/// del Peñarol", "a costa del Betis", "ai danni del Milan", "aux dépens de
/// Lyon", "à custa do Porto", "ten koste van Ajax".
pub fn at_expense(w: &str) -> bool {
    cue_set!(
        w,
        [
            "encima", "costa", "danni", "dépens", "depens", "custa", "cima", "koste", "kosten",
            "expense"
        ]
    )
}

/// The penalty spot and the head a goal is scored from or with: "dal
/// dischetto", "vanaf de stip", "from the spot", "de cabeza", "di testa",
/// "mit dem Kopf" — words of a finish that no card, change or rating has.
pub fn finish_part(w: &str) -> bool {
    cue_set!(
        w,
        [
            "spot",
            "stip",
            "dischetto",
            "elfmeterpunkt",
            "punkt",
            "marca",
            "cal",
            "head",
            "kopf",
            "hoofd",
            "cabeza",
            "cabeça",
            "testa",
            "tête",
            "zurda",
            "bisou",
            "bisa",
            "bisó",
            "netz",
            "net",
            "red",
            "rede",
            "redes",
            "rete",
            "filets",
            "filet",
            "netten",
            // a goal list's head: "Scorers: Álvarez 18"
            "scorers",
            "scorer",
            "torschützen",
            "torschütze",
            "goleadores",
            "goleador",
            "buteurs",
            "buteur",
            "doelpuntenmakers",
            "marcatore",
            "artilheiros",
            "marcadores",
            // "porta avanti i Bleus": puts ahead
            "avanti",
            "ahead",
            "voorsprong",
            "vantaggio",
            "ventaja",
            "vantagem",
            "avantage",
        ]
    )
}

/// A verb laying the ball on for another player, who is named after "for"
/// ("crossed for", "legte für … auf", "centró para", "a centré pour").
pub fn set_up_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "crossed",
            "squared",
            "laid",
            "teed",
            "flankte",
            "legte",
            "auflegte",
            "centró",
            "centrou",
            "cruzou",
            "centré",
            "centra",
            "crossa",
            "crossò",
            "servì",
            "servito",
            "assistito",
        ]
    )
}

/// A passive of fouling or a fall, whose subject is the player fouled:
/// "was fouled", "wurde gefoult", "werd gevloerd", "foi derrubado", "fue
/// derribado", "était fauché", "è stato atterrato", "cayó en el área".
pub fn fouled_participle(w: &str) -> bool {
    cue_set!(
        w,
        [
            "fouled",
            "tripped",
            "felled",
            "upended",
            "gefoult",
            "umgerissen",
            "gelegt",
            "gevloerd",
            "neergehaald",
            "onderuitgehaald",
            "derribado",
            "derribada",
            "cayó",
            "derrubado",
            "derrubada",
            "caiu",
            "fauché",
            "fauchée",
            "bousculé",
            "bousculée",
            "accroché",
            "accrochée",
            "atterrato",
            "atterrata",
            "steso",
            "stesa",
            "abbattuto",
            "abbattuta",
        ]
    )
}

/// A goalkeeper's save told by its verb: "wehrte den Elfer ab", "repoussant
/// un penalty", "le adivinó el penalti", "defendido por", "tips it over".
pub fn save_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "wehrte",
            "abgewehrt",
            "entschärfte",
            "repoussant",
            "repoussait",
            "neutralise",
            "neutralisé",
            "adivinó",
            "adivina",
            "adivinhou",
            "defendido",
            "defendida",
            "intuisce",
            "intuito",
            "tips",
            "tipped",
            "denied",
            "denies",
            "tegengehouden",
            "ontkende",
        ]
    )
}

/// Cards, dismissals and players leaving the pitch, in words the lists
/// above lack: "l'exclusion de X (72')", "recebeu o segundo amarelo", "a
/// second booking", "was withdrawn", "con una molestia muscular".
pub fn card_or_exit(w: &str) -> bool {
    cue_set!(
        w,
        [
            "exclusion",
            "exclusions",
            "amarelo",
            "amarillo",
            "booking",
            "bookings",
            "dismissal",
            "sending-off",
            "withdrawn",
            "molestia",
            "muscular",
            "coxa",
            // plural cards: "deux cartons jaunes, à la 33e et à la 75e"
            "cartons",
            "jaunes",
            "tarjetas",
            "amarillas",
            "cartellini",
            "gialli",
            "cartões",
            "amarelos",
            "kaarten",
            "karten",
        ]
    )
}

/// The field of play: "Feld", "veld", "pitch", "terrain", "campo".
pub fn field(w: &str) -> bool {
    cue_set!(
        w,
        ["feld", "platz", "veld", "pitch", "field", "terrain", "campo", "gramado", "cancha"]
    )
}

/// A verb of leaving: "verließ den Platz", "left the pitch", "abandonó el
/// campo", "ha lasciato il campo", "deixou o gramado", "a quitté le terrain".
pub fn leave_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "verließ",
            "verlässt",
            "verliet",
            "verlaat",
            "left",
            "leaves",
            "leaving",
            "abandonó",
            "abandona",
            "dejó",
            "lasciato",
            "lascia",
            "deixou",
            "deixa",
            "quitté",
            "quitte",
            "sorti",
            "sortie",
            "verlaten",
            "verlassen",
        ]
    )
}

// Cues of a goal's kind (kind.rs).

/// Penalty words beside [`penalty`]: the spot told as a place the ball
/// is kicked from ("dal dischetto", "vanaf de stip", "Foulpenalty").
pub fn penalty_spot_word(w: &str) -> bool {
    cue_set!(
        w,
        [
            "dischetto",
            "stip",
            "strafschopstip",
            "elfmeterpunkt",
            "foulpenalty",
            "handpenalty",
            "penaltystip",
            "penálty",
            "grande-penalidade",
        ]
    )
}

/// A penalty told as a phrase, glued without spaces: "vom Punkt", "desde
/// los once metros", "vanaf elf meter", "s.p.", "g.p.", "(str.)".
pub const PENALTY_PHRASES: &[&str] = &[
    "vompunkt",
    "desdelosoncemetros",
    "desdeloncemetros",
    "desdelosdocepasos",
    "desdelosoncepasos",
    "desdeelpuntopenal",
    "desdeelpuntodepenal",
    "vanafelfmeter",
    "vanopelfmeter",
    "dosonzemetros",
    "s.p.",
    "g.p.",
    "(str.)",
    "(str)",
    "(rig.)",
    "(pen)",
];

/// An own goal told in words beside [`OWN_GOAL_PHRASES`], glued: "ins
/// eigene Netz", "su propio arco", "contra a própria rede", "dans son
/// propre but", "marcou contra", "(contra)".
pub const OWN_GOAL_PHRASES_MORE: &[&str] = &[
    "eigenetor",
    "eigenenetz",
    "eigenentor",
    "eigenetorhüter",
    "propioarco",
    "propiaarco",
    "propiavalla",
    "propiameta",
    "própriarede",
    "propriarete",
    "proprebut",
    "propresfilets",
    "marcoucontra",
    "(contra)",
    "golencontra",
    "golenpropia",
    "tantoencontra",
    "ownnet",
    "ownnet.",
];

/// A penalty's scoring predicate: its goal is the penalty's ("converted",
/// "verwandelte", "transformó", "trasformato", "convertiu", "benutte",
/// "transforme", "verzilverde").
pub fn penalty_scoring(w: &str) -> bool {
    cue_set!(
        w,
        [
            "converted",
            "converts",
            "convert",
            "converting",
            "verwandelte",
            "verwandelt",
            "verwandelten",
            "transformó",
            "transforma",
            "transformado",
            "transformar",
            "convirtió",
            "convierte",
            "trasforma",
            "trasformato",
            "trasformò",
            "trasformando",
            "trasformare",
            "convertiu",
            "converteu",
            "converte",
            "converter",
            "convertendo",
            "convertido",
            "convertida",
            "conversão",
            "benutte",
            "benutten",
            "benut",
            "verzilverde",
            "verzilvert",
            "transforme",
            "transformé",
            "transformée",
            "transformait",
            "transformer",
            "transformant",
        ]
    )
}

/// A word after a penalty word that makes it a place: "penalty area".
pub fn penalty_place(w: &str) -> bool {
    cue_set!(
        w,
        [
            "area",
            "box",
            "areas",
            "strafraum",
            "gebied",
            "zone",
            "raum"
        ]
    )
}

/// A penalty won, awarded, conceded, missed or saved: its clause scores
/// nothing ("won a penalty", "Elfmeter verschossen", "falló un penalti",
/// "si procura il rigore", "obtenu par", "sofreu o pênalti").
pub fn penalty_not_scored(w: &str) -> bool {
    penalty_failed(w)
        || cue_set!(
            w,
            [
                "won",
                "wins",
                "earned",
                "earns",
                "conceded",
                "concedes",
                "awarded",
                "herausgeholt",
                "holte",
                "verursacht",
                "verursachte",
                "provocó",
                "provoca",
                "cometió",
                "cometido",
                "señaló",
                "pitó",
                "procura",
                "procurato",
                "procurata",
                "procurò",
                "concesso",
                "concede",
                "assegnato",
                "fischiato",
                "obtenu",
                "obtient",
                "obtenait",
                "provoqué",
                "concédé",
                "accordé",
                "sifflé",
                "sofreu",
                "sofrido",
                "cavou",
                "cometeu",
                "versierde",
                "versierd",
                "veroorzaakte",
                "kreeg",
                "kregen",
                "krijgt",
                "bekam",
                "erhielt",
                "gaf",
                "gegeven",
            ]
        )
}

/// A penalty missed or saved (see [`penalty_not_scored`]).
pub fn penalty_failed(w: &str) -> bool {
    cue_set!(
        w,
        [
            "missed",
            "misses",
            "saved",
            "saves",
            "verschoss",
            "verschossen",
            "vergab",
            "parierte",
            "pariert",
            "gehalten",
            "hielt",
            "falló",
            "fallado",
            "erró",
            "errado",
            "detuvo",
            "atajó",
            "atajado",
            "paró",
            "sbaglia",
            "sbagliato",
            "sbagliò",
            "parato",
            "parò",
            "neutralizzato",
            "fallito",
            "respinto",
            "manqué",
            "raté",
            "arrêté",
            "arrête",
            "repoussé",
            "desperdiçou",
            "desperdiçado",
            "falhado",
            "falhou",
            "defendeu",
            "defendido",
            "permitiu",
            "miste",
            "gemist",
            "stopte",
            "gestopt",
            "gekeerd",
            "keerde",
            "larguero",
            "post",
            "palo",
            "traversa",
            "crossbar",
            "latte",
            "pfosten",
            "errore",
            "over",
            "wide",
            "vorbei",
            "naast",
            "fuori",
        ]
    )
}

/// A foul's place in the penalty area, glued from its first word: "in the
/// box", "im Strafraum", "in de zestien", "dentro del área", "in area",
/// "dans la surface", "na área".
pub fn in_the_box(glued: &str) -> bool {
    const BOX: &[&str] = &[
        "inthebox",
        "inthearea",
        "imstrafraum",
        "imsechzehner",
        "indezestien",
        "inhetstrafschopgebied",
        "inde16",
        "enelárea",
        "dentrodelárea",
        "enelarea",
        "inarea",
        "inareadirigore",
        "dentrol'area",
        "danslasurface",
        "danslerectangle",
        "naárea",
        "dentrodaárea",
        "nagrandeárea",
    ];
    BOX.iter().any(|b| glued.starts_with(b))
}

/// A word linking a goal's clause to the one before in time: "Dessers
/// converting from the spot before Gassama scored twice".
pub fn clause_link(w: &str) -> bool {
    cue_set!(
        w,
        ["before", "bevor", "ehe", "antes", "avant", "prima", "voordat", "alvorens"]
    )
}

/// An ordinal naming another goal of the same scorer: "el segundo de
/// penalti", "the second from the spot".
pub fn goal_ordinal(w: &str) -> bool {
    cue_set!(
        w,
        [
            "second",
            "third",
            "zweite",
            "zweiten",
            "dritte",
            "dritten",
            "tweede",
            "derde",
            "segundo",
            "tercero",
            "terceiro",
            "secondo",
            "terzo",
            "deuxième",
            "troisième",
        ]
    )
}

/// A French word before "but" (goal): "son propre but", "le premier but",
/// "un but"; English "but" follows none of them.
pub fn goal_determiner_fr(w: &str) -> bool {
    cue_set!(
        w,
        [
            "propre",
            "son",
            "le",
            "un",
            "du",
            "au",
            "premier",
            "deuxième",
            "troisième",
            "ce",
            "beau",
            "joli",
            "quel",
            "second",
            "dernier",
            "mon",
            "leur",
            "d'un",
            "l'unique",
        ]
    )
}

/// A noun for the side playing at home, after a determiner: "the hosts",
/// "die Gastgeber", "de thuisploeg", "los locales", "les hôtes", "gli
/// ospitanti", "os anfitriões"; "padroni di casa", "donos da casa" are
/// read from their first word with `home_of`.
pub fn home_role(w: &str) -> bool {
    cue_set!(
        w,
        [
            "hosts",
            "gastgeber",
            "gastgeberinnen",
            "hausherren",
            "hausherrinnen",
            "thuisploeg",
            "gastheren",
            "locales",
            "anfitriones",
            "hôtes",
            "locaux",
            "ospitanti",
            "anfitriões",
            "mandantes",
        ]
    )
}

/// A noun for the visiting side, after a determiner: "the visitors", "die
/// Gäste", "de bezoekers", "los visitantes", "les visiteurs", "gli
/// ospiti", "os forasteiros".
pub fn away_role(w: &str) -> bool {
    cue_set!(
        w,
        [
            "visitors",
            "gäste",
            "gästen",
            "gästinnen",
            "bezoekers",
            "visitantes",
            "visiteurs",
            "ospiti",
            "forasteiros",
        ]
    )
}

/// The head of a role phrase ending in "of the house": "padroni di casa",
/// "donos da casa", "equipa da casa", "dueños de casa".
pub fn home_of(w: &str) -> bool {
    cue_set!(
        w,
        ["padroni", "padrone", "donos", "dono", "equipa", "equipe", "dueños", "time"]
    )
}

/// A verb telling that its subject plays the object at home: "Arsenal
/// host Chelsea", "der SC Freiburg empfängt Mainz", "PSV ontvangt Ajax",
/// "el Betis recibe al Sevilla", "Lens reçoit Nice", "il Napoli ospita il
/// Genoa", "o Benfica recebe o Porto".
pub fn host_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "host",
            "hosts",
            "hosted",
            "hosting",
            "welcome",
            "welcomes",
            "welcomed",
            "empfängt",
            "empfing",
            "empfangen",
            "ontvangt",
            "ontving",
            "ontvangen",
            "recibe",
            "recibió",
            "recibirá",
            "recibía",
            "reçoit",
            "recevait",
            "recevra",
            "accueille",
            "accueillait",
            "accueillera",
            "ospita",
            "ospitava",
            "ospiterà",
            "riceve",
            "recebe",
            "recebeu",
            "receberá",
            "recebia",
        ]
    )
}

/// A verb telling that its subject plays the object away: "Chelsea visit
/// Arsenal", "Mainz gastiert beim SC Freiburg", "el Sevilla visita al
/// Betis", "il Genoa fa visita al Napoli", "o Porto visita o Benfica".
pub fn visit_verb(w: &str) -> bool {
    cue_set!(
        w,
        [
            "visit",
            "visits",
            "visited",
            "gastiert",
            "gastierte",
            "visita",
            "visitó",
            "visitará",
            "visitaba",
            "visitou",
            "visitava",
        ]
    )
}

/// A mark joining the two sides of a fixture, home side first: "Arsenal –
/// Chelsea", "Arsenal v Chelsea", "Flamengo x Palmeiras".
pub fn fixture_mark(w: &str) -> bool {
    cue_set!(w, ["-", "–", "—", "v", "vs", "x", "×"])
}

/// A preposition placing a club in a table against another: "drei Zähler
/// vor Servette", "two points behind Arsenal", "à deux longueurs
/// derrière Troyes", "dietro la Juve", "atrás do Flamengo".
pub fn standing_preposition(w: &str) -> bool {
    cue_set!(
        w,
        [
            "behind",
            "above",
            "below",
            "vor",
            "hinter",
            "achter",
            "boven",
            "onder",
            "detrás",
            "delante",
            "devant",
            "derrière",
            "dietro",
            "davanti",
            "sopra",
            "sotto",
            "atrás",
        ]
    )
}

/// A word before a club a player came from or once played for: "signed
/// from Napoli", "the former Napoli striker", "Osimhen, ex Napoli",
/// "beim ehemaligen Klub". Not Italian "dal", German "vom", Dutch "van":
/// they name the agent of a passive as often ("battuta dalla Lazio").
pub fn origin_word(w: &str) -> bool {
    cue_set!(
        w,
        [
            "from",
            "former",
            "ex",
            "ex-",
            "ehemaligen",
            "ehemalige",
            "voormalig",
            "voormalige",
            "antiguo",
            "ancien",
            "ancienne",
            "antigo",
        ]
    )
}
