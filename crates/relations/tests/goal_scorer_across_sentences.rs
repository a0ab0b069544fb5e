//! Goals at a minute, second round: the scorer told by the next sentence,
//! an epithet or a pronoun for the player of the sentence before, own goals,
//! the agent of a passive, the player who fouls, saves and substitutions
//! that are not goals, and minute notations. Every sentence here is written
//! for the test.

mod common;

use common::{goal, scored};

/// Only the goals given a minute.
fn at_minutes(marked: &str) -> Vec<(String, Option<u32>, Option<u32>)> {
    scored(marked)
        .into_iter()
        .filter(|g| g.1.is_some())
        .collect()
}

fn added(scorer: &str, minute: u32, stoppage: u32) -> (String, Option<u32>, Option<u32>) {
    (scorer.to_owned(), Some(minute), Some(stoppage))
}

#[test]
fn a_minute_without_a_name_takes_the_scorer_of_the_next_sentence() {
    assert_eq!(
        scored("Everton went ahead in the 14th minute. [[Jack Harrison|PLAYER]] swung in a corner and [[Beto|PLAYER]] headed it past [[Nick Pope|PLAYER]]."),
        [goal("Beto", 14)]
    );
    assert_eq!(
        scored("Feyenoord nam in de 9de minuut de leiding. [[Santiago Giménez|PLAYER]] was zijn bewaker te snel af en schoot de bal langs [[Walter Benítez|PLAYER]]."),
        [goal("Santiago Giménez", 9)]
    );
    assert_eq!(
        scored("O Porto marcou logo ao sexto minuto. [[Pepê|PLAYER]] cruzou da esquerda e [[Samu Omorodion|PLAYER]], ao segundo poste, cabeceou para o fundo da baliza."),
        [goal("Samu Omorodion", 6)]
    );
    // Its player at an own net.
    assert_eq!(
        scored("Twelve minutes into the second half Brentford were level. [[Bryan Mbeumo|PLAYER]] drilled a low cross and [[Joachim Andersen|PLAYER]], sliding in ahead of [[Yoane Wissa|PLAYER]], turned it into his own net."),
        [goal("Joachim Andersen", 57)]
    );
}

#[test]
fn the_next_sentence_gives_no_scorer_to_a_chance_or_a_miss() {
    // A chance at the minute, no goal.
    assert_eq!(
        scored("Bologna had a golden chance to level in the 55th minute. [[Riccardo Orsolini|PLAYER]] fired over from six yards."),
        []
    );
    // The next sentence tells of a save.
    assert_eq!(
        scored("El Betis pudo empatar en el minuto 70. [[Isco|PLAYER]] disparó desde la frontal, pero [[Jan Oblak|PLAYER]] detuvo el balón."),
        []
    );
}

#[test]
fn an_epithet_or_a_pronoun_with_only_objects_named_is_the_player_before() {
    assert_eq!(
        scored("Zur Pause kam [[Deniz Undav|PLAYER]] für [[Ermedin Demirović|PLAYER]]. Der Stürmer hatte es eilig. Vier Minuten nach der Pause vollendete er eine Flanke von [[Maximilian Mittelstädt|PLAYER]] zum 1:0."),
        [goal("Deniz Undav", 49)]
    );
    // The provider of the corner is not the scorer.
    assert_eq!(
        scored("Na rust werd het feest van [[Virgil van Dijk|PLAYER]]. De verdediger kopte raak uit een corner van [[Trent Alexander-Arnold|PLAYER]] (61')."),
        [goal("Virgil van Dijk", 61)]
    );
    // All named before were objects: the last of them.
    assert_eq!(
        scored("Lyon a poussé jusqu'au réveil de [[Rayan Cherki|PLAYER]]. Le meneur de jeu a réduit l'écart d'une frappe enroulée à la 80e minute."),
        [goal("Rayan Cherki", 80)]
    );
}

#[test]
fn the_goalkeeper_after_by_is_not_the_player_before() {
    // "saved by X": X is an object, the penalty taker stays the subject.
    assert_eq!(
        scored("Vlak voor rust zag [[Memphis Depay|PLAYER]] zijn strafschop gekeerd door [[Justin Bijlow|PLAYER]]. Na rust schoot hij de 1-0 alsnog binnen (52.)."),
        [goal("Memphis Depay", 52)]
    );
}

#[test]
fn an_own_goal_is_the_player_at_the_own_net() {
    // A live blog entry opened by the shout names the provider first.
    assert_eq!(
        scored("61 min: GOAL! Fulham 1-1 Everton. [[Dwight McNeil|PLAYER]] drives in a cross and [[Calvin Bassey|PLAYER]], under pressure from [[Beto|PLAYER]], turns it into his own net."),
        [goal("Calvin Bassey", 61)]
    );
    assert_eq!(
        scored("33' ¡GOL DE PUMAS! 1-1. Mala suerte para [[Sebastián Cáceres|PLAYER]]: el central desvía a su propia portería un centro de [[Guillermo Martínez|PLAYER]]."),
        [goal("Sebastián Cáceres", 33)]
    );
    // The agent of a passive at an own net.
    assert_eq!(
        scored("[[Mikel Oyarzabal|PLAYER]] crossed low and the ball was turned into his own net by the sliding [[Dani Vivian|PLAYER]] in the 40th minute."),
        [goal("Dani Vivian", 40)]
    );
    assert_eq!(
        scored("Lazio won 1-0, settled by [[Alessandro Bastoni|PLAYER]] deflecting a low cross into his own net in the 70th minute."),
        [goal("Alessandro Bastoni", 70)]
    );
}

#[test]
fn the_agent_of_a_passive_is_an_object_unless_of_the_goal() {
    // The goalkeeper of a save, the player who fouls.
    assert_eq!(
        scored("Aos 30 minutos, [[Pedro Gonçalves|PLAYER]] foi derrubado por [[Bruno Varela|PLAYER]] e converteu o penálti."),
        [goal("Pedro Gonçalves", 30)]
    );
    // After a comma, the agent names the scorer.
    assert_eq!(
        scored("O Braga empatou aos 64', por [[Ricardo Horta|PLAYER]], de cabeça."),
        [goal("Ricardo Horta", 64)]
    );
    // After a verb of finishing, too.
    assert_eq!(
        scored("O Vitória marcou aos 12', num lance finalizado por [[Nélson Oliveira|PLAYER]]."),
        [goal("Nélson Oliveira", 12)]
    );
}

#[test]
fn who_fouls_is_not_the_scorer() {
    assert_eq!(
        scored("Al 40' [[Pierre Kalulu|PLAYER]] stende [[Nico Paz|PLAYER]] in area e dal dischetto [[Álvaro Morata|PLAYER]] non sbaglia."),
        [goal("Álvaro Morata", 40)]
    );
    // "el propio delantero": the player fouled took it.
    assert_eq!(
        scored("[[Iñigo Martínez|PLAYER]] derribó a [[Ante Budimir|PLAYER]] dentro del área y el propio delantero transformó el penalti al minuto 58."),
        [goal("Ante Budimir", 58)]
    );
}

#[test]
fn a_miss_denied_is_a_goal() {
    assert_eq!(
        scored("Nel recupero [[Nicolò Barella|PLAYER]] non sbaglia dal limite (90'+2)."),
        [added("Nicolò Barella", 90, 2)]
    );
}

#[test]
fn saves_and_departures_at_a_minute_are_not_goals() {
    assert_eq!(
        scored("Le penalty de [[Lucas Stassin|PLAYER]] a été repoussé par [[Brice Samba|PLAYER]] (41e)."),
        []
    );
    assert_eq!(
        scored("Al 25' [[Romelu Lukaku|PLAYER]] si fa ipnotizzare da [[Michele Di Gregorio|PLAYER]] dal dischetto."),
        []
    );
    assert_eq!(
        scored("[[Steven Berghuis|PLAYER]] zag zijn strafschop gekeerd door [[Mark Flekken|PLAYER]] (33.)."),
        []
    );
    assert_eq!(
        scored("[[Kylian Mbappé|PLAYER]] a dû céder sa place, touché à la cheville (63e)."),
        []
    );
    assert_eq!(
        scored("Al 70' [[Paulo Dybala|PLAYER]] si accascia e lascia il campo."),
        []
    );
    assert_eq!(
        scored("Verdediger [[Sven Botman|PLAYER]] haalt [[Xavi Simons|PLAYER]] neer en moet in de 80ste minuut inrukken."),
        []
    );
}

#[test]
fn a_ball_parried_before_the_goal_is_a_rebound() {
    assert_eq!(
        scored("[[Bradley Barcola|PLAYER]] a ouvert le score en reprenant un ballon repoussé par [[Lucas Chevalier|PLAYER]] à la 27e minute."),
        [goal("Bradley Barcola", 27)]
    );
}

#[test]
fn in_off_the_woodwork_and_a_point_saved_are_goals() {
    assert_eq!(
        scored("[[Calvin Stengs|PLAYER]] schoot een vrije trap via de binnenkant van de paal binnen (15.)."),
        [goal("Calvin Stengs", 15)]
    );
    assert_eq!(
        scored("Deep in stoppage time [[Jarrod Bowen|PLAYER]] saved a point for West Ham (90.+3)."),
        [added("Jarrod Bowen", 90, 3)]
    );
}

#[test]
fn a_name_after_and_with_a_minute_of_its_own_is_the_next_item() {
    assert_eq!(
        scored("O antigo avançado do Sporting [[Paulinho|PLAYER]] brilhou. O avançado marcou aos 12' e aos 55' e [[Alexis Vega|PLAYER]] fez o outro golo (80')."),
        [goal("Paulinho", 12), goal("Paulinho", 55), goal("Alexis Vega", 80)]
    );
}

#[test]
fn the_player_of_a_refused_minute_goes_on_as_the_subject() {
    assert_eq!(
        scored("[[Jonathan David|PLAYER]] had a penalty saved by [[Marco Carnesecchi|PLAYER]] (17') but made amends soon after (26'), and [[Ademola Lookman|PLAYER]] scored late (88')."),
        [goal("Jonathan David", 26), goal("Ademola Lookman", 88)]
    );
}

#[test]
fn minutes_in_words_halves_and_stoppage() {
    assert_eq!(
        scored("La Juve passa al ventiquattresimo minuto: [[Kenan Yildiz|PLAYER]] insacca di sinistro."),
        [goal("Kenan Yildiz", 24)]
    );
    assert_eq!(
        scored("Zesentwintig minuten na rust schoot [[Luuk de Jong|PLAYER]] de 2-0 binnen."),
        [goal("Luuk de Jong", 71)]
    );
    assert_eq!(
        scored("In der sechsundzwanzigsten Minute traf [[Serhou Guirassy|PLAYER]] zum 1:0."),
        [goal("Serhou Guirassy", 26)]
    );
    assert_eq!(
        scored("O empate surgiu no terceiro minuto de compensação, por [[Gustavo Sá|PLAYER]]."),
        [added("Gustavo Sá", 90, 3)]
    );
    assert_eq!(
        scored("[[Hulk|PLAYER]] abriu o placar aos 10 minutos do primeiro tempo e [[Paulinho|PLAYER]] empatou aos 25 do segundo."),
        [goal("Hulk", 10), goal("Paulinho", 70)]
    );
    // A stoppage announced is no minute of a goal.
    assert_eq!(
        scored("88 min: [[Alisson|PLAYER]] claims a cross. Four minutes added."),
        []
    );
}

#[test]
fn beating_the_goalkeeper_is_finishing() {
    assert_eq!(
        scored("Al 12' [[Nicolò Barella|PLAYER]] lavora un pallone sulla destra e mette in mezzo, [[Lautaro Martínez|PLAYER]] anticipa [[Alessandro Buongiorno|PLAYER]] e batte [[Alex Meret|PLAYER]] da due passi."),
        [goal("Lautaro Martínez", 12)]
    );
    assert_eq!(
        scored("O Braga marcou aos 4 minutos: [[Ricardo Horta|PLAYER]], sempre ele, aproveitou um passe de [[Gharbi|PLAYER]] e bateu [[Bruno Varela|PLAYER]] com um remate rasteiro."),
        [goal("Ricardo Horta", 4)]
    );
}

#[test]
fn the_player_before_is_not_carried_from_paragraphs_back() {
    // Two sentences naming no one between: the player of the headline is
    // not the subject of "the striker". (The headline names no goal of
    // its own: "Jota decide o dérbi" would credit him one, see
    // goal_without_minute.rs.)
    assert_eq!(
        scored("[[Jota|PLAYER]] em destaque no dérbi\n\nFim de semana em cheio para os portugueses. Eis os resultados.\n\nO avançado marcou aos 23'."),
        []
    );
}

#[test]
fn a_name_before_and_is_not_the_nearest_scorer() {
    assert_eq!(
        scored("De Zweed benutte in de 58ste minuut een strafschop na een overtreding van [[Nicolás Otamendi|PLAYER]] op [[Francisco Trincão|PLAYER]], en in de 83ste minuut rondde hij een counter af. [[Viktor Gyökeres|PLAYER]] juichte."),
        []
    );
    assert_eq!(
        scored("[[Viktor Gyökeres|PLAYER]] nam het heft in handen. De Zweed benutte in de 58ste minuut een strafschop na een overtreding van [[Nicolás Otamendi|PLAYER]] op [[Francisco Trincão|PLAYER]], en in de 83ste minuut rondde hij een counter af."),
        [goal("Viktor Gyökeres", 58), goal("Viktor Gyökeres", 83)]
    );
}

#[test]
fn minutes_joined_by_and_share_the_name_after_them() {
    assert_eq!(
        scored("Marcatori: 9' pt e 27' st [[Lorenzo Lucca|PLAYER]] (U)"),
        [goal("Lorenzo Lucca", 9), goal("Lorenzo Lucca", 72)]
    );
}

#[test]
fn lengths_of_time_are_not_minutes() {
    assert_eq!(
        at_minutes(
            "[[Darwin Núñez|PLAYER]] empatou para o Liverpool. O empate durou apenas três minutos."
        ),
        []
    );
    assert_eq!(
        at_minutes("[[Deniz Undav|PLAYER]] hatte schon getroffen. Pause: 0–1 nach 45 Minuten."),
        []
    );
    assert_eq!(
        at_minutes(
            "[[Antoine Griezmann|PLAYER]] traf. Das Spiel wurde für rund 20 Minuten unterbrochen."
        ),
        []
    );
}

#[test]
fn a_competition_number_is_no_minute_for_the_player_before() {
    assert_eq!(
        at_minutes("[[Ousmane Dembélé|PLAYER]] a marqué deux fois.\n\nEn Ligue 1, infine, il Psg batte 3-1 il Tolosa."),
        []
    );
}

#[test]
fn a_pronoun_at_the_minute_keeps_the_next_sentence_out() {
    assert_eq!(
        scored("On Saturday he scored again in the 54th minute. [[Raphael Veiga|PLAYER]] added a penalty late on."),
        []
    );
}

#[test]
fn the_restart_and_a_running_score_tell_the_minute_of_an_epithet() {
    assert_eq!(
        scored("[[Nico Williams|PLAYER]] entró con hambre. A los dos minutos de la reanudación el extremo abrió el marcador."),
        [goal("Nico Williams", 47)]
    );
    assert_eq!(
        scored("[[Nicolas Jackson|PLAYER]] viu um golo anulado. O avançado teve a sua recompensa no 48º minuto, terminando um passe de [[Cole Palmer|PLAYER]] para fazer 1-1."),
        [goal("Nicolas Jackson", 48)]
    );
}

#[test]
fn a_name_after_a_time_is_not_its_object() {
    assert_eq!(
        scored(
            "Dopo la pausa [[Damion Downs|PLAYER]] ha fatto il 0:2 con un colpo di testa (58.)."
        ),
        [goal("Damion Downs", 58)]
    );
}

#[test]
fn pulling_up_at_a_minute_is_not_a_goal() {
    assert_eq!(
        scored(
            "[[Gleison Bremer|PLAYER]] è fuori. Il brasiliano si era fermato al 15' della sfida."
        ),
        []
    );
}

#[test]
fn the_next_sentence_finishing_it_comes_before_the_player_before() {
    assert_eq!(
        at_minutes("[[Pedro Raul|PLAYER]] abriu o placar cedo. O Leão do Pici reagiu e empatou aos 40 minutos do primeiro tempo. [[Breno Lopes|PLAYER]] foi derrubado por [[Fernando Sobral|PLAYER]] e [[Yago Pikachu|PLAYER]] bateu o pênalti com força."),
        [goal("Yago Pikachu", 40)]
    );
    // A lead taken, the scorer in a relative clause of the next sentence.
    assert_eq!(
        scored("Arsenal went ahead in the 23rd minute. [[Mariona Caldentey|PLAYER]] slid a pass through for [[Alessia Russo|PLAYER]], who lifted the ball over [[Hannah Hampton|PLAYER]]."),
        [goal("Alessia Russo", 23)]
    );
    // A name next to the minute the recogniser missed: the next sentence
    // tells of another goal.
    assert_eq!(
        at_minutes("Buts : Kalimuendo (30e) pour Rennes.\nLes Canaris arrachent le nul grâce à [[Matthis Abline|PLAYER]]."),
        []
    );
}

#[test]
fn minutes_later_count_from_the_minute_before() {
    assert_eq!(
        scored("[[Kylian Mbappé|PLAYER]] krulde een vrije trap over de muur (70.), en zeven minuten later kopte [[Aurélien Tchouaméni|PLAYER]] een hoekschop binnen."),
        [goal("Kylian Mbappé", 70), goal("Aurélien Tchouaméni", 77)]
    );
    // The minute told after them is the one.
    assert_eq!(
        scored("[[Angelo Fulgini|PLAYER]] a ouvert le score (59e). Dix minutes plus tard, [[Florian Sotoca|PLAYER]] a obtenu un penalty que [[Wesley Saïd|PLAYER]] a transformé à la 69e minute."),
        [goal("Angelo Fulgini", 59), goal("Wesley Saïd", 69)]
    );
    // Minutes left to play are no minute.
    assert_eq!(
        scored("With two minutes of normal time left [[Bruno Henrique|PLAYER]] finally found a way through."),
        []
    );
}

#[test]
fn one_players_minutes_joined_by_small_words() {
    assert_eq!(
        scored("[[Declan Rice|PLAYER]] avait inscrit deux coups francs, à la 58e puis à la 70e minute, avant que [[Mikel Merino|PLAYER]] ne corse l'addition à la 75e minute."),
        [goal("Declan Rice", 58), goal("Declan Rice", 70), goal("Mikel Merino", 75)]
    );
    // Not when a name follows the second minute.
    assert_eq!(
        scored("L'Inter segna con [[Federico Dimarco|PLAYER]] al 27', poi all'89' [[Matteo Gabbia|PLAYER]] pareggia di testa."),
        [goal("Federico Dimarco", 27), goal("Matteo Gabbia", 89)]
    );
}

#[test]
fn what_could_have_been_is_not_a_goal() {
    assert_eq!(
        scored(
            "Aos 75', [[Ricardo Horta|PLAYER]] podia ter virado o jogo, mas o remate saiu fraco."
        ),
        []
    );
    assert_eq!(
        scored("[[Alexander Isak|PLAYER]] should have doubled the lead in the 30th minute."),
        []
    );
}

#[test]
fn a_card_of_another_player_after_the_minute_leaves_the_goal() {
    assert_eq!(
        scored("Le PSG s'impose grâce à [[Ousmane Dembélé|PLAYER]] dans le temps additionnel (90e+6), malgré les expulsions de [[Willian Pacho|PLAYER]] (82e) et de [[Lucas Hernandez|PLAYER]] (90e+2)."),
        [added("Ousmane Dembélé", 90, 6)]
    );
    // With no one else named, the words after the comma are this player's.
    assert_eq!(
        scored("O Benfica perdeu [[Bruma|PLAYER]] aos 40', com uma lesão muscular, e o técnico lançou [[Andreas Schjelderup|PLAYER]]."),
        []
    );
}

#[test]
fn the_shooter_after_the_minute_and_a_deflection() {
    assert_eq!(
        scored("El Inter empató en el minuto 27 con un disparo cruzado de [[Federico Dimarco|PLAYER]] que rozó en [[Fikayo Tomori|PLAYER]]."),
        [goal("Federico Dimarco", 27)]
    );
    assert_eq!(
        scored("Al 26' della ripresa arriva il poker: cross di [[Nicolás Tagliafico|PLAYER]] e piattone di [[Giuliano Simeone|PLAYER]]."),
        [goal("Giuliano Simeone", 26 + 45)]
    );
}

#[test]
fn himself_after_a_foul_is_the_player_fouled() {
    assert_eq!(
        scored("[[Josip Šutalo|PLAYER]] a été exclu pour une faute sur [[Anis Hadj Moussa|PLAYER]]. L'Algérien a lui-même donné la victoire aux siens à la 81e minute."),
        [goal("Anis Hadj Moussa", 81)]
    );
    // After a duel, the one who went down is the subject.
    assert_eq!(
        scored("[[Santiago Giménez|PLAYER]] ging onderuit na een duel met [[Josip Šutalo|PLAYER]]. De Mexicaan nam de strafschop zelf en schoot in de 85ste minuut binnen."),
        [goal("Santiago Giménez", 85)]
    );
}

#[test]
fn a_scoring_phrase_with_an_epithet_and_an_injury_before_it() {
    assert_eq!(
        scored("C'était sans compter sur [[Ada Hegerberg|PLAYER]]. Entrée à la place de [[Kadidiatou Diani|PLAYER]], touchée à la cheville, la Norvégienne a redonné l'avantage à l'OL vingt minutes après la reprise."),
        [goal("Ada Hegerberg", 65)]
    );
}

#[test]
fn a_shouted_goal_opens_an_entry() {
    assert_eq!(
        scored("12e – BUUUUT du PSG ! [[Ousmane Dembélé|PLAYER]] reprend de près un centre de [[Bradley Barcola|PLAYER]]. 0-1.\n10e – Frappe de [[Mohamed Salah|PLAYER]] au-dessus."),
        [goal("Ousmane Dembélé", 12)]
    );
}

#[test]
fn the_goal_of_a_goalkeeper_is_not_scoring() {
    assert_eq!(
        scored("The hosts laid siege to [[Hugo Souza|PLAYER]]'s goal, and [[Bruno Henrique|PLAYER]] slid in at the far post to meet [[Gerson|PLAYER]]'s cross (88')."),
        [goal("Bruno Henrique", 88)]
    );
}

#[test]
fn the_honour_or_a_point_saved_and_the_italian_save() {
    assert_eq!(
        scored("[[Facundo Torres|PLAYER]] redde vanaf de stip de eer voor de bezoekers (85.)."),
        [goal("Facundo Torres", 85)]
    );
    assert_eq!(
        scored(
            "Daarna was het [[Teun Koopmeiners|PLAYER]] die in de slotfase een punt redde (88.)."
        ),
        [goal("Teun Koopmeiners", 88)]
    );
    assert_eq!(
        scored("Note: al 30' pt [[Mile Svilar|PLAYER]] para un rigore a [[Valentín Castellanos|PLAYER]]."),
        []
    );
}

#[test]
fn an_injury_after_the_player_of_the_minute() {
    assert_eq!(
        scored("Bereits in der achten Minute musste [[Pedri|PLAYER]] nach einem harten Einsteigen von [[Toni Kroos|PLAYER]] verletzt ausgewechselt werden."),
        []
    );
}

#[test]
fn a_player_before_but_or_and_is_of_another_clause() {
    assert_eq!(
        scored("[[Vinícius Júnior|PLAYER]] sfiora il gol con un tiro a giro, ma al 26' della ripresa arriva il poker: cross di [[Nicolás Tagliafico|PLAYER]] e piattone di [[Giuliano Simeone|PLAYER]]."),
        [goal("Giuliano Simeone", 71)]
    );
    assert_eq!(
        scored("Al 66' [[Clàudia Pina|PLAYER]] chiude un triangolo con [[Ewa Pajor|PLAYER]], e all'88' [[Salma Paralluelo|PLAYER]] firma il poker."),
        [goal("Clàudia Pina", 66), goal("Salma Paralluelo", 88)]
    );
    assert_eq!(
        scored("[[Promise David|PLAYER]] kopte in de 28ste minuut raak na een vrije trap van [[Charles Vanhoutte|PLAYER]], en negen minuten na rust zorgde [[Franjo Ivanović|PLAYER]] voor 0-2."),
        [goal("Promise David", 28), goal("Franjo Ivanović", 54)]
    );
    // Spanish "en el minuto" is no "and".
    assert_eq!(
        scored("Parecía el golpe definitivo, hasta que [[Christina Burkenroad|PLAYER]], en el minuto 88, metió un disparo rasante."),
        [goal("Christina Burkenroad", 88)]
    );
}

#[test]
fn a_club_named_red_is_no_card() {
    assert_eq!(
        scored("Forest a battu United grâce à un but d'[[Anthony Elanga|PLAYER]], ancien joueur des Red Devils, parti seul à la 5e minute."),
        [goal("Anthony Elanga", 5)]
    );
}

#[test]
fn the_name_before_the_next_minute_is_that_minutes() {
    // The scorer of the first minute was not recognised.
    assert_eq!(
        scored(
            "Buts : Kalimuendo (30e) pour Rennes ; [[Matthis Abline|PLAYER]] (88e) pour Nantes."
        ),
        [goal("Matthis Abline", 88)]
    );
}

#[test]
fn himself_with_only_objects_named_in_the_sentence() {
    assert_eq!(
        scored("[[Josip Šutalo|PLAYER]] a été exclu pour une faute sur [[Anis Hadj Moussa|PLAYER]]. L'Algérien a lui-même donné la victoire aux siens à la 81e minute, d'une frappe enroulée hors de portée de [[Remko Pasveer|PLAYER]]."),
        [goal("Anis Hadj Moussa", 81)]
    );
}

#[test]
fn the_antecedent_of_a_relative_clause_over_a_particle() {
    assert_eq!(
        scored("Wolfsburg kam durch [[Lineth Beerensteyn|PLAYER]] zurück, die nach einem Sprint [[Maria Luisa Grohs|PLAYER]] keine Chance ließ (74.)."),
        [goal("Lineth Beerensteyn", 74)]
    );
}

#[test]
fn a_plural_verb_has_a_team_for_subject() {
    // Not the player of the sentence before, but the next one's.
    assert_eq!(
        scored("O empate surgiu no quarto minuto de compensação, por [[Nélson Oliveira|PLAYER]]. Os Arsenalistas entraram a todo o gás e marcaram logo ao quarto minuto. [[Ricardo Horta|PLAYER]], sempre ele, aproveitou um passe de [[Gharbi|PLAYER]] e bateu [[Bruno Varela|PLAYER]] com um remate rasteiro."),
        [added("Nélson Oliveira", 90, 4), goal("Ricardo Horta", 4)]
    );
}

#[test]
fn the_object_before_another_finishing_verb_is_not_the_nearest_scorer() {
    assert_eq!(
        scored("Apareció [[Mikel Oyarzabal|PLAYER]]. El delantero, que había sustituido a [[Álvaro Morata|PLAYER]], remató en el minuto 86 un centro de [[Marc Cucurella|PLAYER]]."),
        [goal("Mikel Oyarzabal", 86)]
    );
}

#[test]
fn a_player_before_while_is_of_another_clause() {
    // The scorer at the minute was not recognised: no goal for the one
    // before "mentre".
    assert_eq!(
        at_minutes("Per il Timão è decisiva la doppietta di [[Memphis Depay|PLAYER]], mentre per il Verdão era andato a segno il giovane Estêvão al 30' del secondo tempo."),
        []
    );
}

#[test]
fn giving_ones_place_is_a_substitution() {
    assert_eq!(
        scored(
            "O capitão, com queixas musculares, deu o lugar a [[Gonçalo Ramos|PLAYER]] aos 88'."
        ),
        []
    );
}

#[test]
fn the_player_found_by_a_pass_scores() {
    assert_eq!(
        scored("In the 71st minute [[Alexis Mac Allister|PLAYER]] found [[Enzo Fernández|PLAYER]] arriving late, and the Chelsea midfielder's first-time shot flew into the top corner."),
        [goal("Enzo Fernández", 71)]
    );
}

#[test]
fn a_return_after_an_injury_is_no_injury_at_the_minute() {
    assert_eq!(
        scored("In der Nachspielzeit krönte die eingewechselte [[Alexia Putellas|PLAYER]] ihre Rückkehr nach langer Verletzung mit dem 2:0 (90.+5)."),
        [added("Alexia Putellas", 90, 5)]
    );
}
