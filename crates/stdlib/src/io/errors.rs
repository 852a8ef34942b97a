//! The exceptions raised by the `io` classes and by `os`: OSError (and the
//! errno-specific subclass CPython picks) built from a Rust `std::io::Error`,
//! `io.UnsupportedOperation`, and the closed-file `ValueError`s.

use strata_object::Value;
use strata_tier1::Vm;

/// The message of OS error number `errno` (`strerror(3)`), e.g.
/// "No such file or directory".
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    let suffix = format!(" (os error {})", errno);
    match s.strip_suffix(&suffix) {
        Some(m) => m.to_string(),
        None => s,
    }
}

/// The errno of a Rust I/O error (EIO when it carries none).
pub fn errno_of(err: &std::io::Error) -> i32 {
    use std::io::ErrorKind as K;
    err.raw_os_error().unwrap_or(match err.kind() {
        K::NotFound => 2,
        K::PermissionDenied => 13,
        K::AlreadyExists => 17,
        K::InvalidInput => 22,
        K::UnexpectedEof => 5,
        _ => 5,
    })
}

/// `OSError(errno, strerror, filename, None, filename2)`: calling OSError
/// with an errno picks the subclass (`FileNotFoundError` for ENOENT, ...),
/// and `str()` gives `[Errno 2] No such file or directory: 'x'`.
pub fn os_error_errno(
    vm: &Vm,
    errno: i32,
    filename: Option<&Value>,
    filename2: Option<&Value>,
) -> Value {
    let mut args = vec![vm.new_int(errno as i64), vm.new_string(strerror(errno))];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(vm.none());
            args.push(f2.clone());
        }
    }
    match vm.call(&vm.exc.os_error, &args) {
        Ok(e) | Err(e) => e,
    }
}

/// The OSError for a failed operation on `filename`.
pub fn os_error(vm: &Vm, err: &std::io::Error, filename: Option<&Value>) -> Value {
    os_error_errno(vm, errno_of(err), filename, None)
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &Vm, msg: &str) -> Value {
    match super::io_attr(vm, "UnsupportedOperation") {
        Ok(cls) => match vm.call(&cls, &[vm.new_str(msg)]) {
            Ok(e) | Err(e) => e,
        },
        Err(e) => e,
    }
}

/// `ValueError("I/O operation on closed file.")` (the text layer and
/// StringIO/BytesIO).
pub fn closed_file(vm: &Vm) -> Value {
    vm.value_error("I/O operation on closed file.")
}

/// `ValueError("I/O operation on closed file")` (FileIO and the buffered
/// layer: no final period).
pub fn closed_raw(vm: &Vm) -> Value {
    vm.value_error("I/O operation on closed file")
}
