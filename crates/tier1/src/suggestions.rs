//! "Did you mean ...?" suggestions for `NameError` and `AttributeError`,
//! computing exactly the candidate CPython 3.11/3.12 picks: a Levenshtein
//! distance over the UTF-8 bytes where an insertion, deletion or substitution
//! costs 2 and a substitution that only flips ASCII case costs 1, with
//! CPython's cut-offs (a candidate may need at most about a third of the
//! involved characters changed, strings longer than 40 bytes after trimming
//! common affixes never match, lists of 750 or more candidates are ignored).
//!
//! The caller chooses the candidate lists in CPython's order: for a
//! `NameError` the frame's local variable names, then the globals, then the
//! builtins (each list tried on its own, in dict order); for an
//! `AttributeError` the sorted `dir()` of the object.

/// Candidate lists this long or longer produce no suggestion.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Strings longer than this (after trimming common affixes) never match.
const MAX_STRING_SIZE: usize = 40;
/// Cost of an insertion, deletion or substitution.
const MOVE_COST: usize = 2;
/// Cost of a substitution that only changes ASCII case.
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance between `a` and `b` (as UTF-8 bytes), or any
/// value greater than `max_cost` once the distance is known to exceed it
/// (CPython's `levenshtein_distance`).
pub fn edit_distance(a: &str, b: &str, max_cost: usize) -> usize {
    let mut a = a.as_bytes();
    let mut b = b.as_bytes();
    // Trim common prefix and suffix.
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    a = &a[prefix..];
    b = &b[prefix..];
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a = &a[..a.len() - suffix];
    b = &b[..b.len() - suffix];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost.saturating_add(1);
    }
    // Keep the shorter string in `a` (the row buffer).
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost.saturating_add(1);
    }
    // row[i] = cost of turning b[..b_index] into a[..i + 1].
    let mut row = [0usize; MAX_STRING_SIZE];
    for (i, slot) in row.iter_mut().take(a.len()).enumerate() {
        *slot = (i + 1) * MOVE_COST;
    }
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &a_char) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, a_char);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost.saturating_add(1);
        }
    }
    result
}

/// The candidate CPython would suggest for the unknown `name`, if any: the
/// first candidate (in the given order) with the smallest distance within
/// the cut-off; candidates equal to `name` are skipped.
pub fn best_suggestion<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&'a str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing.
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            // Don't take matches we've already beaten.
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = edit_distance(name, item, max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(item, _)| item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        // Each case: the unknown attribute, the (sorted) dir() of the object,
        // and the suggestion python3 3.11 printed for `obj.<name>`.
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            ("lenght", &["len", "length", "lent"], Some("length")),
            ("prnt", &["pint", "print", "sprint"], Some("pint")),
            ("Foo", &["FOO", "fob", "foo"], Some("foo")),
            ("abc", &["uvw", "xyz"], None),
            ("ab", &["abc", "ba"], Some("abc")),
            ("aaaa", &["aaab", "aaba", "abaa"], Some("aaab")),
            ("blech", &["blach", "bluch"], Some("blach")),
            ("x", &["X", "xx", "y"], Some("X")),
            ("appnd", &["append", "extend", "index"], Some("append")),
            ("vlaue", &["valeu", "value", "values"], Some("value")),
            (
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                &[
                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                ],
                Some("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            ),
            (
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaax",
                &["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaay", "c"],
                Some("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaay"),
            ),
            (
                "zzqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq",
                &["zzrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr"],
                None,
            ),
            ("caf\u{e9}", &["cafe", "caf\u{c9}"], Some("caf\u{c9}")),
            (
                "abcdefgh",
                &["abcdefg", "abcdefhg", "bacdefgh"],
                Some("abcdefg"),
            ),
            (
                "spam_eggs",
                &["Spam_Eggs", "spam_egg", "spameggs"],
                Some("Spam_Eggs"),
            ),
            ("num", &["numb", "nums", "sum"], Some("numb")),
            ("VAR", &["VARS", "Var", "var"], Some("VARS")),
            ("short", &["a_very_long_name", "shrt_x"], None),
            ("e", &["E", "ee"], Some("E")),
        ];
        for &(name, candidates, expected) in cases {
            assert_eq!(best_suggestion(name, candidates), expected, "{name:?}");
        }
    }

    #[test]
    fn candidate_limit() {
        // python3: a dir() of 749 names suggests 'lengthy' for 'lengthx';
        // with 750 names there is no suggestion.
        for (n, expected) in [(749, Some("lengthy")), (750, None)] {
            let mut names: Vec<String> = (0..n - 1).map(|i| format!("zz{i:04}")).collect();
            names.push("lengthy".to_string());
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            assert_eq!(best_suggestion("lengthx", &refs), expected);
        }
    }

    #[test]
    fn skips_equal_and_empty() {
        assert_eq!(best_suggestion("abc", &["abc"]), None);
        assert_eq!(best_suggestion("abc", &[]), None);
        assert_eq!(best_suggestion("", &["a"]), None);
        assert_eq!(edit_distance("kitten", "sitting", 100), 6);
        assert_eq!(edit_distance("", "ab", 0), 4);
    }
}
