//! A goal's kind comes from its own item: its clause, or its entry in a
//! list of goals. A neighbour's "(pen.)" is not its cue; a penalty won,
//! missed or saved makes nothing a penalty; a penalty's scoring predicate
//! does; a shoot-out or the penalty area is no penalty in play; own goals
//! and spot kicks are told in phrases in all seven languages. Every
//! sentence here is written for the test.

mod common;

use scoreline_core::GoalKind::{self, OwnGoal, Penalty, Regular};

/// A marked text and the (scorer, minute, kind) expected of its goals.
type Case<'a> = (&'a str, &'a [(&'a str, u32, GoalKind)]);

/// Asserts that each (scorer, minute) expected is found with its kind.
fn check(cases: &[Case<'_>]) {
    for (marked, expected) in cases {
        let found = common::goals(&common::run(marked));
        for &(scorer, minute, kind) in *expected {
            let got = found
                .iter()
                .find(|g| g.0 == scorer && g.1 == Some(minute))
                .map(|g| g.3);
            assert_eq!(
                got,
                Some(kind),
                "{scorer} {minute}' in {marked:?}: {found:?}"
            );
        }
    }
}

#[test]
fn a_cue_in_a_list_belongs_to_its_own_item() {
    check(&[
        ("Scorers – [[Leicester|CLUB]]: [[Vardy|PLAYER]] 38 pen, [[Mavididi|PLAYER]] 90+3.",
         &[("Vardy", 38, Penalty), ("Mavididi", 90, Regular)]),
        ("Tore: 1:0 [[Harry Kane|PLAYER]] (12., Foulelfmeter), 2:0 [[Jamal Musiala|PLAYER]] (30.)",
         &[("Harry Kane", 12, Penalty), ("Jamal Musiala", 30, Regular)]),
        ("Doelpunten: 12' [[Zeqiri|PLAYER]] 1-0, 53' [[Janssen|PLAYER]] (str.) 1-1, 80' [[Balikwisha|PLAYER]] 1-2.",
         &[("Janssen", 53, Penalty), ("Balikwisha", 80, Regular)]),
        ("Goles: [[Ante Budimir|PLAYER]] (53', de penalti), [[Moi Gómez|PLAYER]] (60').",
         &[("Ante Budimir", 53, Penalty), ("Moi Gómez", 60, Regular)]),
        ("Buts : [[Emegha|PLAYER]] (19e), [[Enciso|PLAYER]] (58e, sp), [[Godo|PLAYER]] (84e) pour Strasbourg.",
         &[("Emegha", 19, Regular), ("Enciso", 58, Penalty), ("Godo", 84, Regular)]),
        ("Reti: 12' rig. [[Calhanoglu|PLAYER]], 33' [[Thuram|PLAYER]].",
         &[("Calhanoglu", 12, Penalty), ("Thuram", 33, Regular)]),
        ("Marcadores: [[Clayton|PLAYER]] (27', 103' g.p.), [[Pablo|PLAYER]] (64').",
         &[("Clayton", 27, Regular), ("Clayton", 103, Penalty), ("Pablo", 64, Regular)]),
    ]);
}

#[test]
fn a_penalty_missed_or_saved_in_the_clause_makes_no_penalty() {
    check(&[
        ("[[Vinícius Júnior|PLAYER]] scored in the 12th minute to make up for a penalty he had sent wide.",
         &[("Vinícius Júnior", 12, Regular)]),
        ("[[Serhou Guirassy|PLAYER]] traf in der 40. Minute, nachdem er zuvor einen Elfmeter verschossen hatte.",
         &[("Serhou Guirassy", 40, Regular)]),
        ("[[Santiago Giménez|PLAYER]] scoorde in de 70ste minuut, nadat hij eerder een strafschop had gemist.",
         &[("Santiago Giménez", 70, Regular)]),
        ("[[Antoine Griezmann|PLAYER]] marcó en el minuto 55 tras haber fallado un penalti en la primera parte.",
         &[("Antoine Griezmann", 55, Regular)]),
        ("[[Jonathan David|PLAYER]] a marqué à la 70e minute pour se racheter d'un penalty raté.",
         &[("Jonathan David", 70, Regular)]),
        ("[[Lautaro Martínez|PLAYER]] ha segnato al 60' e si è fatto perdonare il rigore sbagliato.",
         &[("Lautaro Martínez", 60, Regular)]),
        ("[[Pedro|PLAYER]] marcou aos 80 minutos, depois de ter desperdiçado um pênalti.",
         &[("Pedro", 80, Regular)]),
    ]);
}

#[test]
fn a_penalty_won_by_one_player_is_scored_by_who_converts_it() {
    check(&[
        ("A penalty was won by [[Bukayo Saka|PLAYER]] and converted by [[Martin Ødegaard|PLAYER]] in the 65th minute.",
         &[("Martin Ødegaard", 65, Penalty)]),
        ("Der Elfmeter, herausgeholt von [[Leroy Sané|PLAYER]], wurde von [[Harry Kane|PLAYER]] verwandelt (23.).",
         &[("Harry Kane", 23, Penalty)]),
        ("De strafschop, versierd door [[Noa Lang|PLAYER]], werd benut door [[Luuk de Jong|PLAYER]] in de 20ste minuut.",
         &[("Luuk de Jong", 20, Penalty)]),
        ("El penalti, provocado por [[Nico Williams|PLAYER]], lo transformó [[Oihan Sancet|PLAYER]] en el minuto 40.",
         &[("Oihan Sancet", 40, Penalty)]),
        ("Il a fallu un penalty, obtenu par [[Jérémy Doku|PLAYER]] et transformé par [[Kevin De Bruyne|PLAYER]] (32e).",
         &[("Kevin De Bruyne", 32, Penalty)]),
        ("[[Rafael Leão|PLAYER]] si è procurato il rigore e [[Christian Pulisic|PLAYER]] lo ha trasformato al 50'.",
         &[("Christian Pulisic", 50, Penalty)]),
        ("O pênalti sofrido por [[Pedro|PLAYER]] foi convertido por [[Giorgian de Arrascaeta|PLAYER]] aos 30 minutos.",
         &[("Giorgian de Arrascaeta", 30, Penalty)]),
    ]);
}

#[test]
fn a_penalty_awarded_just_before_is_the_next_goal_unless_saved() {
    check(&[
        ("[[Toni Payne|PLAYER]] won a penalty when [[Gemma Bonner|PLAYER]] caught her ankle. [[Katja Snoeijs|PLAYER]] stroked it home (54').",
         &[("Katja Snoeijs", 54, Penalty)]),
        ("[[Bernardo Vital|PLAYER]] derribó a [[Juan Otero|PLAYER]] dentro del área y [[Dubasin|PLAYER]] engañó al portero en el 44'.",
         &[("Dubasin", 44, Penalty)]),
        ("[[Jean Lucas|PLAYER]] derrubou [[Matheusinho|PLAYER]] na área e [[Renato Kayzer|PLAYER]] bateu firme aos 39 minutos.",
         &[("Renato Kayzer", 39, Penalty)]),
        ("[[Lamine Yamal|PLAYER]] kreeg een strafschop na een duw van [[Jurriën Timber|PLAYER]]. [[Robert Lewandowski|PLAYER]] faalde niet (58').",
         &[("Robert Lewandowski", 58, Penalty)]),
        // Saved: the goal after it is from play.
        ("[[Cata Coll|PLAYER]] saved [[Alexandra Popp|PLAYER]]'s penalty. [[Lineth Beerensteyn|PLAYER]] pulled one back in the 66th minute.",
         &[("Lineth Beerensteyn", 66, Regular)]),
        ("[[Kevin Schade|PLAYER]] holte einen Elfmeter heraus, doch [[Bryan Mbeumo|PLAYER]] verschoss. [[Yoane Wissa|PLAYER]] traf in der 70. Minute.",
         &[("Yoane Wissa", 70, Regular)]),
    ]);
}

#[test]
fn a_shootout_or_the_penalty_area_is_no_penalty_in_play() {
    check(&[
        (
            "[[Nick Woltemade|PLAYER]] equalised in the 114th minute to force a penalty shoot-out.",
            &[("Nick Woltemade", 114, Regular)],
        ),
        (
            "[[Iago Aspas|PLAYER]] empató en el minuto 118 y forzó la tanda de penalti.",
            &[("Iago Aspas", 118, Regular)],
        ),
        (
            "[[Cole Palmer|PLAYER]] scored from the edge of the penalty area in the 35th minute.",
            &[("Cole Palmer", 35, Regular)],
        ),
        (
            "[[Clara Mateo|PLAYER]], d'une volée au point de penalty, a égalisé (35e).",
            &[("Clara Mateo", 35, Regular)],
        ),
    ]);
}

#[test]
fn spot_kicks_told_as_phrases_are_penalties() {
    check(&[
        ("[[Marcel Bär|PLAYER]] traf zunächst aus dem Spiel heraus (23.), dann vom Punkt (60.).",
         &[("Marcel Bär", 23, Regular), ("Marcel Bär", 60, Penalty)]),
        ("[[Hans Vanaken|PLAYER]] zette de thuisploeg vanaf de stip op voorsprong (67.).",
         &[("Hans Vanaken", 67, Penalty)]),
        ("[[Henry Martín|PLAYER]] adelantó a las Águilas desde los once pasos al minuto 34.",
         &[("Henry Martín", 34, Penalty)]),
        ("[[Domenico Berardi|PLAYER]] ha pareggiato dal dischetto al 77'.",
         &[("Domenico Berardi", 77, Penalty)]),
        ("[[Rafik Guitane|PLAYER]] reduziu aos 88 minutos, na conversão de uma grande penalidade.",
         &[("Rafik Guitane", 88, Penalty)]),
        ("[[Jarne Steuckers|PLAYER]] a tué le suspense depuis le point de penalty (78e).",
         &[("Jarne Steuckers", 78, Penalty)]),
        ("[[Brandon Borrello|PLAYER]] made no mistake and converted to make it 2-1 (56').",
         &[("Brandon Borrello", 56, Regular)]),
    ]);
}

#[test]
fn own_goals_told_in_words_are_own_goals() {
    check(&[
        ("[[Thore Jacobsen|PLAYER]] lenkte eine Flanke unglücklich ins eigene Tor (18.).",
         &[("Thore Jacobsen", 18, OwnGoal)]),
        ("Un centro de [[Maximiliano Araújo|PLAYER]] lo desvió [[Maripán|PLAYER]] hacia su propio arco al minuto 71.",
         &[("Maripán", 71, OwnGoal)]),
        ("[[André Ramalho|PLAYER]], tentando cortar, mandou contra a própria rede aos 44 minutos.",
         &[("André Ramalho", 44, OwnGoal)]),
        ("À la 62e minute, [[Millie Bright|PLAYER]] a dévié dans son propre but un centre de [[Pina|PLAYER]].",
         &[("Millie Bright", 62, OwnGoal)]),
        ("[[Virgil van Dijk|PLAYER]] turned a low cross from the right wing into his own net in the 88th minute.",
         &[("Virgil van Dijk", 88, OwnGoal)]),
        ("In de 87ste minuut werkte [[Dario van den Buijs|PLAYER]] een voorzet ongelukkig in eigen doel.",
         &[("Dario van den Buijs", 87, OwnGoal)]),
        ("Al 30' [[Federico Gatti|PLAYER]] ha deviato il pallone nella propria porta.",
         &[("Federico Gatti", 30, OwnGoal)]),
    ]);
}

#[test]
fn a_neighbours_own_goal_or_penalty_is_not_this_goals() {
    check(&[
        ("[[Rúben Dias|PLAYER]] turned the ball into his own net and [[Hwang Hee-chan|PLAYER]] struck the winner in the 80th minute.",
         &[("Hwang Hee-chan", 80, Regular)]),
        ("[[Cyriel Dessers|PLAYER]] converted from the spot before [[Djeidi Gassama|PLAYER]] scored in the 70th minute.",
         &[("Djeidi Gassama", 70, Regular)]),
        ("Nach dem frühen Tor hatten [[Emre Can|PLAYER]] per Strafstoß (30.) und [[Maximilian Beier|PLAYER]] (55.) das Spiel gedreht.",
         &[("Emre Can", 30, Penalty), ("Maximilian Beier", 55, Regular)]),
        ("[[Teddy Okou|PLAYER]] avait répondu au penalty d'[[Isi Palazón|PLAYER]] à la 60e minute.",
         &[("Teddy Okou", 60, Regular)]),
        ("Il [[Torino|CLUB]] vince con [[Giovanni Simeone|PLAYER]] al 34' e un'autorete di [[Johan Vásquez|PLAYER]] al 81'.",
         &[("Giovanni Simeone", 34, Regular)]),
        ("[[Mattia Bortolussi|PLAYER]] apre al 9', poi [[Daniele Casiraghi|PLAYER]] pareggia su rigore al 40'.",
         &[("Mattia Bortolussi", 9, Regular), ("Daniele Casiraghi", 40, Penalty)]),
        ("[[Diana Silva|PLAYER]] reduziu aos 61 minutos, de cabeça, depois de [[Ana Capeta|PLAYER]] ter falhado um pênalti.",
         &[("Diana Silva", 61, Regular)]),
    ]);
}

#[test]
fn a_live_blog_entry_tells_the_kind_after_its_shout() {
    check(&[
        ("74' GOAL! [[Dries Mertens|PLAYER]] from the penalty spot, low to the left corner.",
         &[("Dries Mertens", 74, Penalty)]),
        ("90'+3' TOOOR für die Bayern! [[Harry Kane|PLAYER]] verwandelt den Foulelfmeter in die Mitte.",
         &[("Harry Kane", 90, Penalty)]),
        ("30e – BUT pour Montpellier ! [[Téji Savanier|PLAYER]] transforme le penalty. 1-1.",
         &[("Téji Savanier", 30, Penalty)]),
    ]);
}
