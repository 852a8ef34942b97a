//! Calendar parts of the `time` module: `struct_time`, `gmtime`,
//! `localtime` (UTC: Strata does not read the system time zone database),
//! `mktime`/`timegm`-style conversion and `strftime`.

use strata_object::payloads::TupleObj;
use strata_object::Value;

use crate::runtime::{FnArgs, ModuleObj};
use crate::sysmod::{module_fn, struct_seq_new, struct_seq_type};
use crate::vm::{PyResult, Vm};

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Broken-down UTC time.
struct Civil {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    wday: i64,
    yday: i64,
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days since 1970-01-01 to a (year, month, day) date (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn to_civil(secs: i64) -> Civil {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = cum[(month - 1) as usize] + day + i64::from(month > 2 && is_leap(year));
    Civil {
        year,
        month,
        day,
        hour: rem / 3600,
        minute: rem % 3600 / 60,
        second: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday,
    }
}

fn seconds_arg(vm: &Vm, a: &FnArgs) -> PyResult<i64> {
    match a.pos().first().filter(|v| !v.is(&vm.none)) {
        None => Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)),
        Some(v) => {
            if let Some(f) = crate::numeric::as_float(v) {
                if !f.is_finite() {
                    return Err(vm.overflow_error("timestamp out of range for platform time_t"));
                }
                return Ok(f.floor() as i64);
            }
            vm.index_i64(v)
        }
    }
}

fn make_struct(vm: &Vm, c: &Civil) -> PyResult {
    let cls = crate::dict::dict_get_str(vm, &vm.modules, "time")
        .and_then(|m| m.downcast::<ModuleObj>().map(|m| m.dict.clone()))
        .and_then(|d| crate::dict::dict_get_str(vm, &d, "struct_time"))
        .ok_or_else(|| vm.system_error("time.struct_time is missing"))?;
    let vals = [
        c.year, c.month, c.day, c.hour, c.minute, c.second, c.wday, c.yday, 0,
    ];
    let fields: Vec<(&str, Value)> = FIELDS
        .iter()
        .zip(vals)
        .map(|(n, v)| (*n, vm.new_int(v)))
        .collect();
    let obj = struct_seq_new(vm, &cls, &fields);
    if let Some(d) = vm.instance_dict(&obj) {
        crate::dict::dict_set_str(vm, &d, "tm_zone", vm.new_str("UTC"));
        crate::dict::dict_set_str(vm, &d, "tm_gmtoff", vm.new_int(0));
    }
    Ok(obj)
}

fn gmtime(vm: &Vm, a: FnArgs) -> PyResult {
    let s = seconds_arg(vm, &a)?;
    make_struct(vm, &to_civil(s))
}

/// Reads a struct_time or 9-tuple.
fn civil_arg(vm: &Vm, v: &Value) -> PyResult<Civil> {
    let items = v
        .downcast::<TupleObj>()
        .map(|t| t.0.to_vec())
        .ok_or_else(|| vm.type_error("Tuple or struct_time argument required"))?;
    if items.len() != 9 {
        return Err(vm.type_error("time tuple must have exactly 9 elements"));
    }
    let n: Vec<i64> = items
        .iter()
        .map(|x| vm.index_i64(x))
        .collect::<PyResult<_>>()?;
    Ok(Civil {
        year: n[0],
        month: n[1],
        day: n[2],
        hour: n[3],
        minute: n[4],
        second: n[5],
        wday: n[6],
        yday: n[7],
    })
}

fn strftime(vm: &Vm, a: FnArgs) -> PyResult {
    let fmt = a
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("strftime() missing required argument 'format' (pos 1)"))?;
    let fmt = vm.str_string(fmt)?;
    let c = match a.pos().get(1) {
        Some(t) => civil_arg(vm, t)?,
        None => to_civil(seconds_arg(vm, &FnArgs::positional(&[]))?),
    };
    if !(1..=12).contains(&c.month) {
        return Err(vm.value_error("month out of range"));
    }
    let wday = c.wday.rem_euclid(7) as usize;
    let month = (c.month - 1) as usize;
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(ch) = chars.next() {
        if ch != '%' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&c.year.to_string()),
            Some('y') => out.push_str(&format!("{:02}", c.year.rem_euclid(100))),
            Some('m') => out.push_str(&format!("{:02}", c.month)),
            Some('d') => out.push_str(&format!("{:02}", c.day)),
            Some('H') => out.push_str(&format!("{:02}", c.hour)),
            Some('I') => out.push_str(&format!(
                "{:02}",
                if c.hour % 12 == 0 { 12 } else { c.hour % 12 }
            )),
            Some('M') => out.push_str(&format!("{:02}", c.minute)),
            Some('S') => out.push_str(&format!("{:02}", c.second)),
            Some('p') => out.push_str(if c.hour < 12 { "AM" } else { "PM" }),
            Some('j') => out.push_str(&format!("{:03}", c.yday)),
            Some('a') => out.push_str(&DAYS[wday][..3]),
            Some('A') => out.push_str(DAYS[wday]),
            Some('b') | Some('h') => out.push_str(&MONTHS[month][..3]),
            Some('B') => out.push_str(MONTHS[month]),
            Some('w') => out.push_str(&((wday + 1) % 7).to_string()),
            Some('Z') => out.push_str("UTC"),
            Some('z') => out.push_str("+0000"),
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    Ok(vm.new_string(out))
}

/// Adds the calendar functions to the `time` module.
pub fn init(vm: &Vm, time: &Value) {
    let cls = struct_seq_type(vm, "struct_time", "time");
    let d = &time.downcast::<ModuleObj>().expect("module").dict;
    crate::dict::dict_set_str(vm, d, "struct_time", cls);
    module_fn(vm, time, "gmtime", gmtime);
    module_fn(vm, time, "localtime", gmtime);
    module_fn(vm, time, "strftime", strftime);
    crate::dict::dict_set_str(vm, d, "timezone", vm.new_int(0));
    crate::dict::dict_set_str(vm, d, "altzone", vm.new_int(0));
    crate::dict::dict_set_str(vm, d, "daylight", vm.new_int(0));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_match_known_timestamps() {
        let c = to_civil(1_000_000_000);
        assert_eq!(
            (c.year, c.month, c.day, c.hour, c.minute, c.second),
            (2001, 9, 9, 1, 46, 40)
        );
        assert_eq!((c.wday, c.yday), (6, 252));
        let e = to_civil(0);
        assert_eq!((e.year, e.month, e.day, e.wday, e.yday), (1970, 1, 1, 3, 1));
        let before = to_civil(-1);
        assert_eq!(
            (before.year, before.month, before.day, before.hour),
            (1969, 12, 31, 23)
        );
    }
}
