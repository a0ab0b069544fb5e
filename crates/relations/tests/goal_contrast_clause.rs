//! ", but" ends a goal's clause in both directions from its minute: the
//! name after it is the next goal's scorer, not this one's (nor the
//! subject whose object this one's name would be) — in the seven
//! languages; ", and" after a minute may go on with its scorer. Every
//! sentence here is written for the test.

mod common;
mod goals_check;

use goals_check::check_minutes as check;

#[test]
fn the_name_after_but_scores_the_next_goal() {
    check(&[
        ("[[Arsenal|CLUB]] pulled one back in the 53rd minute through [[Kai Havertz|PLAYER]], but [[Cole Palmer|PLAYER]] settled it in the 80th minute.",
         &[("Kai Havertz", 53), ("Cole Palmer", 80)]),
        ("[[Bayern|CLUB]] verkürzte in der 53. Minute durch [[Harry Kane|PLAYER]], aber [[Florian Wirtz|PLAYER]] machte in der 80. Minute alles klar.",
         &[("Harry Kane", 53), ("Florian Wirtz", 80)]),
        ("[[Ajax|CLUB]] kwam in de 53ste minuut terug via [[Brian Brobbey|PLAYER]], maar [[Ayase Ueda|PLAYER]] besliste het duel in de 80ste minuut.",
         &[("Brian Brobbey", 53), ("Ayase Ueda", 80)]),
        ("Il [[Torino|CLUB]] accorcia al 53' con [[Che Adams|PLAYER]], ma [[Rasmus Højlund|PLAYER]] chiude i conti all'80'.",
         &[("Che Adams", 53), ("Rasmus Højlund", 80)]),
        ("O [[Mirassol|CLUB]] diminuiu aos 8 minutos do segundo tempo com [[Isidro Pitta|PLAYER]], mas [[Bruno Henrique|PLAYER]] fechou a conta aos 40.",
         &[("Isidro Pitta", 53), ("Bruno Henrique", 40)]),
    ]);
}

#[test]
fn the_name_after_but_does_not_take_the_goal_before_it_and_after_and_it_may() {
    check(&[
        ("El [[Betis|CLUB]] descontó en el minuto 53 por medio de [[Cucho Hernández|PLAYER]], pero [[Iago Aspas|PLAYER]] sentenció en el 80.",
         &[("Iago Aspas", 80)]),
        ("[[Ajax|CLUB]] kreeg in de 12de minuut een strafschop na een fout op [[Mika Godts|PLAYER]], en [[Kenneth Taylor|PLAYER]] schoot de bal rustig binnen.",
         &[("Kenneth Taylor", 12)]),
    ]);
}

#[test]
fn past_but_with_no_minute_of_its_own_the_clause_still_tells_of_the_goal() {
    check(&[
        ("[[Anderlecht|CLUB]] crede di aver pareggiato al 70', ma il gol di [[Luis Vázquez|PLAYER]] viene annullato dal VAR.",
         &[]),
    ]);
}
