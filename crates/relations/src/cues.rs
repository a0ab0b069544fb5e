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
            "scheiterte",
            "defesa",
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
            "rig",
            "penalidade",
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
            "anulado",
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
                // nl
                "schoot",
                "maakte",
                "tekende",
                "zorgde",
                "kopt",
                "schiet",
                "maakt",
                // es
                "cabeceó",
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
                // pt
                "fez",
                "cabeceou",
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
        ]
    )
}
