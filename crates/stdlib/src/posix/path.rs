//! Path arguments of the `posix` functions: str, bytes or an object with
//! `__fspath__` (and, where allowed, an int file descriptor or `None`),
//! with CPython's `stat: path should be string, bytes, os.PathLike or
//! integer, not float` messages; and results that follow the argument's
//! type (bytes in, bytes out).

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use strata_object::payloads::{BytesObj, StrObj};
use strata_object::Value;
use strata_tier1::{PyResult, Vm};

/// A converted path argument.
pub struct PathArg {
    /// The path (empty for a descriptor).
    pub path: PathBuf,
    /// Whether it was given as bytes (results are then bytes too).
    pub bytes: bool,
    /// The descriptor, when an int was given.
    pub fd: Option<i32>,
    /// The original argument (for error messages' `filename`).
    pub obj: Value,
}

/// What a path parameter accepts besides str/bytes/PathLike.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Accept {
    Path,
    PathOrFd,
    PathFdOrNone,
}

fn from_bytes(b: &[u8]) -> PathBuf {
    PathBuf::from(OsStr::from_bytes(b))
}

/// Converts `v`, the `arg` parameter of `func`.
pub fn path_arg(vm: &Vm, v: &Value, func: &str, arg: &str, accept: Accept) -> PyResult<PathArg> {
    let mk = |path: PathBuf, bytes: bool| PathArg {
        path,
        bytes,
        fd: None,
        obj: v.clone(),
    };
    let check_nul = |has: bool| -> PyResult<()> {
        if has {
            Err(vm.value_error("embedded null byte"))
        } else {
            Ok(())
        }
    };
    if let Some(s) = v.downcast::<StrObj>() {
        check_nul(s.s.contains('\0'))?;
        return Ok(mk(PathBuf::from(&*s.s), false));
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        check_nul(b.b.contains(&0))?;
        return Ok(mk(from_bytes(&b.b), true));
    }
    if accept == Accept::PathFdOrNone && v.is(&vm.none) {
        return Ok(mk(PathBuf::from("."), false));
    }
    let is_int = strata_tier1::numeric::as_int(v).is_some();
    if accept != Accept::Path && is_int {
        let fd = vm.index_i64(v)?;
        let fd = i32::try_from(fd).map_err(|_| vm.overflow_error("fd is greater than maximum"))?;
        return Ok(PathArg {
            path: PathBuf::new(),
            bytes: false,
            fd: Some(fd),
            obj: v.clone(),
        });
    }
    if let Some(m) = vm.user_special(v, "__fspath__") {
        let p = vm.call_bound_special(&m, v, &[])?;
        if let Some(s) = p.downcast::<StrObj>() {
            check_nul(s.s.contains('\0'))?;
            return Ok(mk(PathBuf::from(&*s.s), false));
        }
        if let Some(b) = p.downcast::<BytesObj>() {
            check_nul(b.b.contains(&0))?;
            return Ok(mk(from_bytes(&b.b), true));
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(v),
            vm.type_name(&p)
        )));
    }
    let kinds = match accept {
        Accept::Path => "string, bytes or os.PathLike",
        Accept::PathOrFd => "string, bytes, os.PathLike or integer",
        Accept::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
    };
    Err(vm.type_error(format!(
        "{}: {} should be {}, not {}",
        func,
        arg,
        kinds,
        vm.type_name(v)
    )))
}

/// A file name result: str, or bytes when the argument was bytes.
pub fn name_value(vm: &Vm, name: &OsStr, bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(name.as_bytes().to_vec())
    } else {
        vm.new_string(name.to_string_lossy().into_owned())
    }
}
