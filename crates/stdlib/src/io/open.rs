//! The builtin `open(file, mode='r', buffering=-1, encoding=None,
//! errors=None, newline=None, closefd=True, opener=None)`: validates the
//! mode and arguments as CPython does, then stacks FileIO, a buffered
//! object and (in text mode) a TextIOWrapper.

use strata_object::Value;
use strata_tier1::runtime::FnArgs;
use strata_tier1::{PyResult, Vm};

use super::io_attr;
use crate::fnargs::{bind, int_arg, str_of};

fn str_or_none(vm: &Vm, v: &Option<Value>, arg: &str) -> PyResult<Option<Value>> {
    match v {
        None => Ok(None),
        Some(x) if x.is(&vm.none) => Ok(None),
        Some(x) if str_of(x).is_some() => Ok(Some(x.clone())),
        Some(x) => Err(vm.type_error(format!(
            "open() argument '{}' must be str or None, not {}",
            arg,
            vm.type_name(x)
        ))),
    }
}

/// `open(...)`.
pub fn open(vm: &Vm, a: FnArgs) -> PyResult {
    let v = bind(
        vm,
        &a,
        0,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
        8,
    )?;
    let file = v[0].clone().unwrap_or_else(|| vm.none());
    let mode = match &v[1] {
        None => "r".to_string(),
        Some(m) => str_of(m)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(m)
                ))
            })?
            .to_string(),
    };
    let mut buffering = match &v[2] {
        None => -1,
        Some(b) => int_arg(vm, b)?,
    };
    let encoding = str_or_none(vm, &v[3], "encoding")?;
    let errors = str_or_none(vm, &v[4], "errors")?;
    let newline = str_or_none(vm, &v[5], "newline")?;
    let closefd = match &v[6] {
        None => true,
        Some(c) => vm.truthy(c)?,
    };
    if v[7].as_ref().is_some_and(|o| !o.is(&vm.none)) {
        return Err(vm.type_error("open(): the opener argument is not supported"));
    }

    let invalid = || vm.value_error(format!("invalid mode: '{}'", mode));
    let (mut creating, mut reading, mut writing, mut appending, mut updating) =
        (false, false, false, false, false);
    let (mut text, mut binary) = (false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        if !"axrwb+t".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
        match c {
            'x' => creating = true,
            'r' => reading = true,
            'w' => writing = true,
            'a' => appending = true,
            '+' => updating = true,
            't' => text = true,
            _ => binary = true,
        }
    }
    let mut rawmode = String::new();
    for (on, c) in [
        (creating, 'x'),
        (reading, 'r'),
        (writing, 'w'),
        (appending, 'a'),
        (updating, '+'),
    ] {
        if on {
            rawmode.push(c);
        }
    }
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if [creating, reading, writing, appending]
        .iter()
        .filter(|b| **b)
        .count()
        > 1
    {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary {
        for (given, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if given.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {} argument", what)));
            }
        }
    }
    if let Some(n) = &newline {
        super::newlines::Newline::parse(vm, Some(n), false)?;
    }

    let fileio = io_attr(vm, "FileIO")?;
    let raw = super::fileio::open_raw(vm, &fileio, &file, &rawmode, closefd)?;
    let line_buffering = buffering == 1;
    if buffering == 1 || buffering < 0 {
        buffering = super::CHUNK as i64;
    }
    if buffering == 0 {
        if binary {
            return Ok(raw);
        }
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let cls = if updating {
        "BufferedRandom"
    } else if creating || writing || appending {
        "BufferedWriter"
    } else {
        "BufferedReader"
    };
    let buffer = vm.call(&io_attr(vm, cls)?, &[raw, vm.new_int(buffering)])?;
    if binary {
        return Ok(buffer);
    }
    let wrapper = io_attr(vm, "TextIOWrapper")?;
    let none = || vm.none();
    let text = vm.call(
        &wrapper,
        &[
            buffer.clone(),
            encoding.unwrap_or_else(none),
            errors.unwrap_or_else(none),
            newline.unwrap_or_else(none),
            vm.bool(line_buffering),
        ],
    );
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            let _ = crate::fnargs::call_method(vm, &buffer, "close", &[]);
            return Err(e);
        }
    };
    vm.setattr(&text, &vm.intern("mode"), vm.new_string(mode))?;
    Ok(text)
}
