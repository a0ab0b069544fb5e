//! A bracketed minute closing the clause of a time told roughly ("after
//! half an hour … (31')") restates that time exactly: one goal, by the
//! clause's player, at the exact minute — and the next name is the next
//! goal's, in the seven languages. Every sentence here is written for the
//! test.

mod common;
mod goals_check;

use goals_check::check_minutes as check;

#[test]
fn a_bracketed_minute_restates_the_rough_time_of_its_clause() {
    check(&[
        ("Beim 0:2 in [[Magdeburg|CLUB]] brachte [[Martijn Kaars|PLAYER]] die Gastgeber nach einer halben Stunde in Führung (31.), [[Baris Atik|PLAYER]] verwandelte in der 74. Minute einen Elfmeter.",
         &[("Martijn Kaars", 31), ("Baris Atik", 74)]),
        ("[[Ollie Watkins|PLAYER]] put Villa ahead after half an hour with a low finish (31'), [[Morgan Rogers|PLAYER]] added a second in the 74th minute.",
         &[("Ollie Watkins", 31), ("Morgan Rogers", 74)]),
        ("[[Troy Parrott|PLAYER]] zette AZ na een half uur op voorsprong met een kopbal (31'), [[Sven Mijnans|PLAYER]] maakte in de 74ste minuut de 2-0.",
         &[("Troy Parrott", 31), ("Sven Mijnans", 74)]),
        ("[[Iago Aspas|PLAYER]] adelantó al Celta a la media hora con un disparo raso (31'), y [[Borja Iglesias|PLAYER]] amplió en el minuto 74.",
         &[("Iago Aspas", 31), ("Borja Iglesias", 74)]),
        ("[[Florian Thauvin|PLAYER]] a ouvert le score à la demi-heure de jeu d'une frappe enroulée (31e), puis [[Wesley Saïd|PLAYER]] a doublé la mise à la 74e minute.",
         &[("Florian Thauvin", 31), ("Wesley Saïd", 74)]),
        ("[[Rasmus Højlund|PLAYER]] ha sbloccato la partita alla mezz'ora con un destro sul primo palo (31'), poi [[Scott McTominay|PLAYER]] ha raddoppiato al 74'.",
         &[("Rasmus Højlund", 31), ("Scott McTominay", 74)]),
        ("[[Vangelis Pavlidis|PLAYER]] abriu o marcador à meia hora de jogo com um remate cruzado (31'), e [[Georgiy Sudakov|PLAYER]] fez o 2-0 aos 74 minutos.",
         &[("Vangelis Pavlidis", 31), ("Georgiy Sudakov", 74)]),
    ]);
}
