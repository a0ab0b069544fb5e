//! Calendar days for the date window of match merging: `YYYY-MM-DD` to a day
//! number (days since 1970-01-01, proleptic Gregorian).

/// The day number of a `YYYY-MM-DD` date, `None` if it is not one.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.get(..2)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Days from `day` to the closed range `[first, last]` (0 inside it).
pub fn distance(day: i64, first: i64, last: i64) -> i64 {
    if day < first {
        first - day
    } else if day > last {
        day - last
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01"), Some(19_783));
        assert_eq!(
            day_number("2024-03-01")
                .zip(day_number("2024-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(day_number("2024-13-01"), None);
        assert_eq!(day_number("yesterday"), None);
    }

    #[test]
    fn distances_to_a_range() {
        assert_eq!(distance(5, 6, 8), 1);
        assert_eq!(distance(7, 6, 8), 0);
        assert_eq!(distance(11, 6, 8), 3);
    }
}
