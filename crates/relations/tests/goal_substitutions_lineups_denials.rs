//! Goals, fifth round: decision principles rather than wordings, each
//! probed in the seven languages — two players joined by a word of
//! replacement are a substitution whatever verb brings them on; a team's
//! line-up with its formation gives ratings, not minutes; a liveblog shout
//! denied ("Kein Tor!") is no goal. Every sentence here is written for the
//! test.

mod common;

use common::{goal, scored};

/// No goal found in any of `texts`.
fn none_scored(texts: &[&str]) {
    for text in texts {
        assert!(scored(text).is_empty(), "{text}: {:?}", scored(text));
    }
}

#[test]
fn two_players_joined_by_a_word_of_replacement_are_a_substitution() {
    none_scored(&[
        "The manager reacted and sent [[Jamie Vardy|PLAYER]] on for the tiring [[Patson Daka|PLAYER]] in the 64th minute.",
        "Der Trainer brachte in der 64. Minute [[Jonas Wind|PLAYER]] für den müden [[Tiago Tomás|PLAYER]].",
        "Slot gooide in de 64ste minuut [[Cody Gakpo|PLAYER]] in de strijd voor [[Luis Díaz|PLAYER]].",
        "El técnico movió el banquillo con [[Ferran Torres|PLAYER]] por [[Dani Olmo|PLAYER]] (64').",
        "L'entraîneur a lancé [[Bradley Barcola|PLAYER]] à la place d'un [[Ousmane Dembélé|PLAYER]] fatigué (64e).",
        "Al 64' il tecnico ha mandato in campo [[Matteo Politano|PLAYER]] al posto di [[David Neres|PLAYER]].",
        "O treinador mexeu aos 64 minutos, com [[Pedro Gonçalves|PLAYER]] no lugar de [[Trincão|PLAYER]].",
    ]);
}

#[test]
fn the_player_brought_on_who_then_scores_keeps_the_goal() {
    // The change's minute is no goal; the goal after it, in the same
    // sentence, is the substitute's.
    assert_eq!(
        scored("Der in der 60. Minute für [[Jonas Wind|PLAYER]] eingewechselte [[Mohamed Amoura|PLAYER]] köpfte zum 2:1 ein (77.)."),
        [goal("Mohamed Amoura", 77)]
    );
    assert_eq!(
        scored("[[Cody Gakpo|PLAYER]] kwam in de 60ste minuut in de ploeg voor [[Luis Díaz|PLAYER]] en scoorde in de 77ste minuut."),
        [goal("Cody Gakpo", 77)]
    );
    // The agent of a passive is not a replacement ("derrubado por").
    assert_eq!(
        scored("Aos 30 minutos, [[Rafael Leão|PLAYER]] foi derrubado na área por [[Pepe|PLAYER]] e converteu o penálti."),
        [goal("Rafael Leão", 30)]
    );
    // "for" after a cross names the finisher: no change there.
    assert_eq!(
        scored("[[Bukayo Saka|PLAYER]] crossed for [[Kai Havertz|PLAYER]] to head home (23')."),
        [goal("Kai Havertz", 23)]
    );
}

#[test]
fn a_free_kick_for_the_goalkeeper_is_not_a_change() {
    // More than a few words between the scorer and "pour"/"for": the
    // goalkeeper beaten, not a player replaced.
    assert_eq!(
        scored("[[Harry Wilson|PLAYER]] a enroulé un coup franc imparable pour [[Thibaut Courtois|PLAYER]] (12')."),
        [goal("Harry Wilson", 12)]
    );
}

#[test]
fn a_lineup_with_its_formation_gives_ratings_not_minutes() {
    none_scored(&[
        "ARSENAL (4-3-3): [[Raya|PLAYER]] 7; [[White|PLAYER]] 6, [[Saliba|PLAYER]] 7; [[Rice|PLAYER]] 8 (78' [[Jorginho|PLAYER]] 6).",
        "BAYERN (4-2-3-1): [[Neuer|PLAYER]] 3; [[Kimmich|PLAYER]] 2, [[Upamecano|PLAYER]] 3 (70. [[Kim|PLAYER]] 4).",
        "PSV (4-3-3): [[Benítez|PLAYER]] 6,5; [[Dest|PLAYER]] 7, [[Boscagli|PLAYER]] 6 (65' [[Flamingo|PLAYER]] 6).",
        "BETIS (4-2-3-1): [[Rui Silva|PLAYER]] 7; [[Sabaly|PLAYER]] 6, [[Bartra|PLAYER]] 5 (72' [[Llorente|PLAYER]] sc).",
        "LYON (4-3-3): [[Lopes|PLAYER]] 6; [[Tagliafico|PLAYER]] 5, [[Tolisso|PLAYER]] 7 (81e [[Matić|PLAYER]] nn).",
        "INTER (3-5-2): [[Sommer|PLAYER]] 6,5; [[Bastoni|PLAYER]] 7, [[Barella|PLAYER]] 7 (31' st [[Frattesi|PLAYER]] sv).",
        "BENFICA (4-2-3-1): [[Trubin|PLAYER]] 6; [[Otamendi|PLAYER]] 7, [[Aursnes|PLAYER]] 6 (75' [[Barreiro|PLAYER]] 5).",
    ]);
}

#[test]
fn a_goal_list_beside_a_formation_still_counts() {
    // The sentence tells of scoring: its minutes are goals.
    assert_eq!(
        scored("INTER (3-5-2): Reti: 12' [[Lautaro Martínez|PLAYER]], 1-0."),
        [goal("Lautaro Martínez", 12)]
    );
}

#[test]
fn a_denied_shout_in_a_liveblog_is_no_goal() {
    none_scored(&[
        "73' No goal! [[Bukayo Saka|PLAYER]] had put it in, but the flag is up.",
        "73' Kein Tor! [[Leroy Sané|PLAYER]] hatte eingeschoben, stand aber im Abseits.",
        "73' Geen goal! [[Brian Brobbey|PLAYER]] werkte de bal binnen, maar stond buitenspel.",
        "73' ¡No es gol! [[Vinícius Júnior|PLAYER]] la había empujado, pero estaba adelantado.",
        "73' Pas de but ! [[Kylian Mbappé|PLAYER]] avait poussé le ballon au fond, mais il était hors-jeu.",
        "73' Niente gol! [[Rafael Leão|PLAYER]] aveva insaccato, ma era in fuorigioco.",
        "73' Não é gol! [[Viktor Gyökeres|PLAYER]] empurrou para a rede, mas estava em impedimento.",
    ]);
    // The shout itself still tells of a goal.
    assert_eq!(
        scored("73' GOAL! [[Bukayo Saka|PLAYER]] curls it into the far corner."),
        [goal("Bukayo Saka", 73)]
    );
}

#[test]
fn the_name_after_the_scorers_verb_is_the_goalkeeper_beaten() {
    assert_eq!(
        scored("[[Bukayo Saka|PLAYER]] left [[Jordan Pickford|PLAYER]] rooted to the spot (31')."),
        [goal("Bukayo Saka", 31)]
    );
    assert_eq!(
        scored("[[Serhou Guirassy|PLAYER]] ließ [[Manuel Neuer|PLAYER]] in der 31. Minute keine Chance."),
        [goal("Serhou Guirassy", 31)]
    );
    assert_eq!(
        scored(
            "[[Brian Brobbey|PLAYER]] verraste [[Justin Bijlow|PLAYER]] met een lage bal (31.)."
        ),
        [goal("Brian Brobbey", 31)]
    );
    assert_eq!(
        scored("[[Iñaki Williams|PLAYER]] sorprendió a [[Jan Oblak|PLAYER]] con un disparo raso (31')."),
        [goal("Iñaki Williams", 31)]
    );
    assert_eq!(
        scored("[[Jonathan David|PLAYER]] a fusillé [[Brice Samba|PLAYER]] à bout portant (31e)."),
        [goal("Jonathan David", 31)]
    );
    assert_eq!(
        scored(
            "[[Ademola Lookman|PLAYER]] ha beffato [[Mike Maignan|PLAYER]] sul primo palo (31')."
        ),
        [goal("Ademola Lookman", 31)]
    );
    assert_eq!(
        scored(
            "[[Pedro|PLAYER]] deixou [[Weverton|PLAYER]] sem reação com um chute colocado (31')."
        ),
        [goal("Pedro", 31)]
    );
}

#[test]
fn the_name_after_a_verb_of_passing_is_the_finisher() {
    // The second name follows a verb of passing or a finish: not an object.
    assert_eq!(
        scored("[[Mohamed Salah|PLAYER]] found [[Cody Gakpo|PLAYER]] (31')."),
        [goal("Cody Gakpo", 31)]
    );
    assert_eq!(
        scored("[[Nicolò Barella|PLAYER]] pesca [[Lautaro Martínez|PLAYER]] che insacca (31')."),
        [goal("Lautaro Martínez", 31)]
    );
    assert_eq!(
        scored("[[Harry Kane|PLAYER]] traf nach Vorarbeit von [[Jamal Musiala|PLAYER]] (31.)."),
        [goal("Harry Kane", 31)]
    );
}

#[test]
fn the_one_a_ball_is_laid_on_for_finishes_it() {
    assert_eq!(
        scored("[[Bukayo Saka|PLAYER]] crossed for [[Kai Havertz|PLAYER]] (23')."),
        [goal("Kai Havertz", 23)]
    );
    assert_eq!(
        scored("[[Joshua Kimmich|PLAYER]] legte für [[Harry Kane|PLAYER]] auf (23.)."),
        [goal("Harry Kane", 23)]
    );
    assert_eq!(
        scored("Een voorzet voor [[Brian Brobbey|PLAYER]] van [[Steven Berghuis|PLAYER]] leverde de 1-0 op (23.)."),
        [goal("Brian Brobbey", 23)]
    );
    assert_eq!(
        scored("[[Lamine Yamal|PLAYER]] centró para [[Robert Lewandowski|PLAYER]] (23')."),
        [goal("Robert Lewandowski", 23)]
    );
    assert_eq!(
        scored("[[Achraf Hakimi|PLAYER]] a centré pour [[Ousmane Dembélé|PLAYER]] (23e)."),
        [goal("Ousmane Dembélé", 23)]
    );
    assert_eq!(
        scored("Assist di [[Federico Dimarco|PLAYER]] per [[Marcus Thuram|PLAYER]] (23')."),
        [goal("Marcus Thuram", 23)]
    );
    assert_eq!(
        scored("[[Arrascaeta|PLAYER]] cruzou para [[Pedro|PLAYER]] (23')."),
        [goal("Pedro", 23)]
    );
}

#[test]
fn a_passive_agent_before_the_scorer_is_no_change() {
    assert_eq!(
        scored("Aos 12 minutos do segundo tempo, [[Bruno Henrique|PLAYER]] foi derrubado na área por [[Murilo|PLAYER]] e [[Arrascaeta|PLAYER]] bateu no ângulo."),
        [goal("Arrascaeta", 57)]
    );
}

#[test]
fn the_player_fouled_is_not_the_scorer_of_the_penalty_another_takes() {
    let cases = [
        ("In the 61st minute [[Bukayo Saka|PLAYER]] was fouled in the box by [[Marc Cucurella|PLAYER]] and [[Martin Ødegaard|PLAYER]] converted the penalty.", "Martin Ødegaard"),
        ("In der 61. Minute wurde [[Jamal Musiala|PLAYER]] im Strafraum gefoult, und [[Harry Kane|PLAYER]] verwandelte den Elfmeter.", "Harry Kane"),
        ("In de 61ste minuut werd [[Noa Lang|PLAYER]] gevloerd door [[Bart Ramselaar|PLAYER]] en [[Luuk de Jong|PLAYER]] benutte de strafschop.", "Luuk de Jong"),
        ("En el minuto 61, [[Lamine Yamal|PLAYER]] fue derribado en el área por [[Fran García|PLAYER]] y [[Robert Lewandowski|PLAYER]] transformó el penalti.", "Robert Lewandowski"),
        ("À la 61e minute, [[Bradley Barcola|PLAYER]] était fauché dans la surface par [[Nayef Aguerd|PLAYER]] et [[Ousmane Dembélé|PLAYER]] transformait le penalty.", "Ousmane Dembélé"),
        ("Al 61' [[Rafael Leão|PLAYER]] è stato atterrato in area da [[Alessandro Bastoni|PLAYER]] e [[Christian Pulisic|PLAYER]] ha trasformato il rigore.", "Christian Pulisic"),
        ("Aos 61 minutos, [[Pedro|PLAYER]] foi derrubado por [[Gustavo Gómez|PLAYER]] dentro da área e [[Arrascaeta|PLAYER]] converteu o pênalti.", "Arrascaeta"),
    ];
    for (text, scorer) in cases {
        assert_eq!(scored(text), [goal(scorer, 61)], "{text}");
    }
}

#[test]
fn the_player_fouled_who_takes_the_penalty_himself_scores_it() {
    assert_eq!(
        scored("In blessuretijd werd [[Noa Lang|PLAYER]] in de zestien gevloerd door [[Bart Ramselaar|PLAYER]]. De aanvaller zette de strafschop zelf om (90.)."),
        [goal("Noa Lang", 90)]
    );
    assert_eq!(
        scored("Aos 30 minutos, [[Pedro Gonçalves|PLAYER]] foi derrubado por [[Bruno Varela|PLAYER]] e converteu o penálti."),
        [goal("Pedro Gonçalves", 30)]
    );
}

#[test]
fn a_semicolon_ends_the_clause_of_a_minute() {
    assert_eq!(
        scored("[[Gleison Bremer|PLAYER]] se lesionó y pidió el cambio en el minuto 13; en su lugar entró [[Federico Gatti|PLAYER]]."),
        []
    );
}

#[test]
fn who_fouls_in_the_perfect_is_not_the_one_fouled() {
    // "avait accroché Sinayoko": McKenzie fouled; Sinayoko, named after the
    // participle, took the penalty himself.
    assert_eq!(
        scored("Puis [[Mark McKenzie|PLAYER]] avait accroché [[Lassine Sinayoko|PLAYER]] dans la surface. Le Malien avait lui-même transformé la sentence (64e)."),
        [goal("Lassine Sinayoko", 64)]
    );
    assert_eq!(
        scored("Dann hatte [[Dayot Upamecano|PLAYER]] [[Serhou Guirassy|PLAYER]] im Strafraum gefoult. Der Stürmer verwandelte selbst (64.)."),
        [goal("Serhou Guirassy", 64)]
    );
}

#[test]
fn a_save_told_by_its_verb_is_no_goal() {
    none_scored(&[
        "[[Jordan Pickford|PLAYER]] tipped the penalty of [[Cole Palmer|PLAYER]] onto the post (51').",
        "[[Gregor Kobel|PLAYER]] tauchte ab und wehrte den Elfmeter von [[Harry Kane|PLAYER]] ab (51.).",
        "[[Justin Bijlow|PLAYER]] hield de strafschop van [[Luuk de Jong|PLAYER]] tegen en ontkende hem de goal (51.).",
        "En el 51, [[Jan Oblak|PLAYER]] le adivinó el penalti a [[Robert Lewandowski|PLAYER]].",
        "[[Brice Samba|PLAYER]] a sauvé les siens en repoussant un penalty de [[Jonathan David|PLAYER]] (51e).",
        "Al 51' [[Mike Maignan|PLAYER]] intuisce il rigore di [[Lautaro Martínez|PLAYER]] e lo respinge.",
        "Aos 51', [[Pedro|PLAYER]] cobrou o pênalti, defendido por [[Weverton|PLAYER]].",
    ]);
}

#[test]
fn the_final_stage_is_the_second_half() {
    assert_eq!(
        scored("[[Flaco López|PLAYER]] decidiu aos 31 minutos da etapa final."),
        [goal("Flaco López", 76)]
    );
    assert_eq!(
        scored("[[Kevin Serna|PLAYER]] fez o gol da vitória aos 33 da etapa complementar."),
        [goal("Kevin Serna", 78)]
    );
    assert_eq!(
        scored("[[Miguel Borja|PLAYER]] marcó a los 20 minutos del tiempo complementario."),
        [goal("Miguel Borja", 65)]
    );
}

#[test]
fn counts_and_time_added_are_no_minutes() {
    // A count of goals after "aos"; minutes added or to come.
    let text = "O Sporting venceu o Farense por 3-0. [[Viktor Gyökeres|PLAYER]] chegou aos 28 golos no campeonato.";
    assert!(
        scored(text).iter().all(|g| g.1.is_none()),
        "{text}: {:?}",
        scored(text)
    );
    none_scored(&[
        "The board showed six more minutes and [[Bukayo Saka|PLAYER]] curled one just wide.",
        "Der vierte Offizielle zeigte vier Minuten Nachspielzeit an, [[Harry Kane|PLAYER]] köpfte knapp vorbei.",
        "De vierde official gaf vier minuten extra speeltijd aan, [[Brian Brobbey|PLAYER]] kopte naast.",
        "2-2, y treinta minutos más para [[Robert Lewandowski|PLAYER]] y los suyos.",
        "2-2, et trente minutes de plus pour [[Kylian Mbappé|PLAYER]] et les siens.",
        "2-2, e trenta minuti in più per [[Lautaro Martínez|PLAYER]] e compagni.",
    ]);
}

#[test]
fn cards_and_players_leaving_are_no_goals() {
    none_scored(&[
        "Wolves were down to ten after [[Emmanuel Agbadou|PLAYER]]'s second booking in the 88th minute.",
        "Nach einem Foul sah [[Nico Schlotterbeck|PLAYER]] die Gelb-Rote Karte (88.).",
        "[[Fred|PLAYER]] kreeg in de 88ste minuut zijn tweede gele kaart.",
        "[[Lucas Martínez Quarta|PLAYER]] salió con una molestia muscular a los 30 minutos.",
        "Réduits à dix après l'exclusion de [[Francis Coquelin|PLAYER]] (72'), les Canaris ont tenu.",
        "Al 72' [[Alessandro Bastoni|PLAYER]] è stato espulso per doppia ammonizione.",
        "Aos 30 minutos do segundo tempo, [[Thiago Maia|PLAYER]] recebeu o segundo amarelo.",
    ]);
}

#[test]
fn the_goalie_beaten_is_not_the_scorer() {
    assert_eq!(
        scored("[[William Bøving|PLAYER]] fasste sich ein Herz, Goalie [[Janis Blaswich|PLAYER]] sah den Ball erst im Netz (38.)."),
        [goal("William Bøving", 38)]
    );
}

#[test]
fn leaving_the_field_is_no_goal() {
    none_scored(&[
        "[[Bukayo Saka|PLAYER]] limped and left the pitch in the 49th minute.",
        "Kurz nach der Pause musste [[Timo Hübers|PLAYER]] mit Problemen vom Feld (49.).",
        "[[Fred|PLAYER]] moest in de 49ste minuut het veld verlaten.",
        "[[Pedri|PLAYER]] abandonó el campo en el minuto 49.",
        "[[Achraf Hakimi|PLAYER]] a quitté le terrain à la 49e minute.",
        "Al 49' [[Nicolò Barella|PLAYER]] ha lasciato il campo.",
        "[[Pedro|PLAYER]] deixou o gramado aos 49 minutos.",
    ]);
    // A midfielder ("milieu du terrain") and a run over the field still
    // score.
    assert_eq!(
        scored("Le milieu du terrain [[Warren Zaïre-Emery|PLAYER]] a marqué à la 49e minute."),
        [goal("Warren Zaïre-Emery", 49)]
    );
    assert_eq!(
        scored("In de 59ste minuut schoof [[Jérémy Doku|PLAYER]] na een solo over de halve lengte van het veld de 1-3 binnen."),
        [goal("Jérémy Doku", 59)]
    );
}
