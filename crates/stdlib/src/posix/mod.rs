//! The native `posix` module behind `lib/os.py`: the process environment,
//! the current directory, directory listing and creation, removal and
//! renaming, `stat`, process facts (`getpid`, `cpu_count`), `urandom` and
//! `strerror`. Failures raise the OSError subclass CPython raises, with
//! `filename` (and `filename2` for two-path calls) set.

pub mod path;
mod stat;

use std::os::unix::fs::{DirBuilderExt, PermissionsExt};

use strata_object::payloads::StrObj;
use strata_object::Value;
use strata_tier1::runtime::{FnArgs, ModuleObj, NativeFn};
use strata_tier1::sysmod::{module_fn, new_module};
use strata_tier1::{PyResult, Vm};

use crate::fnargs::{bind, int_arg, positional};
use crate::io::errors::{errno_of, os_error_errno, strerror};
use path::{name_value, path_arg, Accept, PathArg};

/// The OSError for `err` on path argument `p` (and `p2`).
fn fail(vm: &Vm, err: &std::io::Error, p: &PathArg, p2: Option<&PathArg>) -> Value {
    os_error_errno(vm, errno_of(err), Some(&p.obj), p2.map(|p| &p.obj))
}

fn one_path(vm: &Vm, a: &FnArgs, func: &str, accept: Accept) -> PyResult<PathArg> {
    let v = bind(vm, a, 0, func, &["path", "dir_fd"], 1, 1)?;
    path_arg(vm, v[0].as_ref().unwrap_or(&vm.none), func, "path", accept)
}

fn getcwd(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 0, "posix.getcwd", 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error_errno(vm, errno_of(&e), None, None))?;
    Ok(name_value(vm, d.as_os_str(), false))
}

fn getcwdb(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 0, "posix.getcwdb", 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error_errno(vm, errno_of(&e), None, None))?;
    Ok(name_value(vm, d.as_os_str(), true))
}

fn chdir(vm: &Vm, a: FnArgs) -> PyResult {
    let p = one_path(vm, &a, "chdir", Accept::PathOrFd)?;
    let target = match p.fd {
        Some(fd) => std::fs::read_link(format!("/proc/self/fd/{}", fd))
            .map_err(|_| os_error_errno(vm, 9, None, None))?,
        None => p.path.clone(),
    };
    std::env::set_current_dir(&target).map_err(|e| fail(vm, &e, &p, None))?;
    Ok(vm.none())
}

fn listdir(vm: &Vm, a: FnArgs) -> PyResult {
    let v = bind(vm, &a, 0, "listdir", &["path"], 0, 1)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "listdir",
        "path",
        Accept::PathFdOrNone,
    )?;
    let dir = match p.fd {
        Some(fd) => std::path::PathBuf::from(format!("/proc/self/fd/{}", fd)),
        None => p.path.clone(),
    };
    let rd = std::fs::read_dir(&dir).map_err(|e| fail(vm, &e, &p, None))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| fail(vm, &e, &p, None))?;
        names.push(name_value(vm, &entry.file_name(), p.bytes));
    }
    Ok(vm.new_list(names))
}

fn mkdir(vm: &Vm, a: FnArgs) -> PyResult {
    let v = bind(vm, &a, 0, "mkdir", &["path", "mode", "dir_fd"], 1, 2)?;
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&vm.none),
        "mkdir",
        "path",
        Accept::Path,
    )?;
    let mode = match &v[1] {
        Some(m) => int_arg(vm, m)?,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(&p.path)
        .map_err(|e| fail(vm, &e, &p, None))?;
    Ok(vm.none())
}

fn rmdir(vm: &Vm, a: FnArgs) -> PyResult {
    let p = one_path(vm, &a, "rmdir", Accept::Path)?;
    std::fs::remove_dir(&p.path).map_err(|e| fail(vm, &e, &p, None))?;
    Ok(vm.none())
}

fn remove_named(vm: &Vm, a: &FnArgs, name: &str) -> PyResult {
    let p = one_path(vm, a, name, Accept::Path)?;
    std::fs::remove_file(&p.path).map_err(|e| fail(vm, &e, &p, None))?;
    Ok(vm.none())
}

fn remove(vm: &Vm, a: FnArgs) -> PyResult {
    remove_named(vm, &a, "remove")
}

fn unlink(vm: &Vm, a: FnArgs) -> PyResult {
    remove_named(vm, &a, "unlink")
}

fn rename_named(vm: &Vm, a: &FnArgs, name: &str) -> PyResult {
    let v = bind(
        vm,
        a,
        0,
        name,
        &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
        2,
    )?;
    let none = vm.none();
    let src = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&none),
        name,
        "src",
        Accept::Path,
    )?;
    let dst = path_arg(
        vm,
        v[1].as_ref().unwrap_or(&none),
        name,
        "dst",
        Accept::Path,
    )?;
    std::fs::rename(&src.path, &dst.path).map_err(|e| fail(vm, &e, &src, Some(&dst)))?;
    Ok(vm.none())
}

fn rename(vm: &Vm, a: FnArgs) -> PyResult {
    rename_named(vm, &a, "rename")
}

fn replace(vm: &Vm, a: FnArgs) -> PyResult {
    rename_named(vm, &a, "replace")
}

fn chmod(vm: &Vm, a: FnArgs) -> PyResult {
    let v = bind(
        vm,
        &a,
        0,
        "chmod",
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
        2,
    )?;
    let none = vm.none();
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&none),
        "chmod",
        "path",
        Accept::PathOrFd,
    )?;
    let mode = int_arg(vm, v[1].as_ref().unwrap_or(&none))?;
    std::fs::set_permissions(&p.path, std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| fail(vm, &e, &p, None))?;
    Ok(vm.none())
}

fn readlink(vm: &Vm, a: FnArgs) -> PyResult {
    let p = one_path(vm, &a, "readlink", Accept::Path)?;
    let t = std::fs::read_link(&p.path).map_err(|e| fail(vm, &e, &p, None))?;
    Ok(name_value(vm, t.as_os_str(), p.bytes))
}

fn symlink(vm: &Vm, a: FnArgs) -> PyResult {
    let v = bind(
        vm,
        &a,
        0,
        "symlink",
        &["src", "dst", "target_is_directory", "dir_fd"],
        2,
        3,
    )?;
    let none = vm.none();
    let src = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&none),
        "symlink",
        "src",
        Accept::Path,
    )?;
    let dst = path_arg(
        vm,
        v[1].as_ref().unwrap_or(&none),
        "symlink",
        "dst",
        Accept::Path,
    )?;
    std::os::unix::fs::symlink(&src.path, &dst.path).map_err(|e| fail(vm, &e, &src, Some(&dst)))?;
    Ok(vm.none())
}

fn access(vm: &Vm, a: FnArgs) -> PyResult {
    let v = bind(
        vm,
        &a,
        0,
        "access",
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        2,
    )?;
    let none = vm.none();
    let p = path_arg(
        vm,
        v[0].as_ref().unwrap_or(&none),
        "access",
        "path",
        Accept::PathOrFd,
    )?;
    let mode = int_arg(vm, v[1].as_ref().unwrap_or(&none))?;
    let Ok(md) = std::fs::metadata(&p.path) else {
        return Ok(vm.false_.clone());
    };
    let bits = md.permissions().mode();
    let ok = (mode & 2 == 0 || !md.permissions().readonly())
        && (mode & 1 == 0 || bits & 0o111 != 0)
        && (mode & 4 == 0 || bits & 0o444 != 0);
    Ok(vm.bool(ok))
}

fn getpid(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 0, "posix.getpid", 0, 0)?;
    Ok(vm.new_int(std::process::id() as i64))
}

fn getppid(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 0, "posix.getppid", 0, 0)?;
    Ok(vm.new_int(std::os::unix::process::parent_id() as i64))
}

/// Online CPUs from `/sys/devices/system/cpu/online` ("0-3,6"), else the
/// parallelism available to this process.
fn cpu_count(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 0, "posix.cpu_count", 0, 0)?;
    let from_sys = std::fs::read_to_string("/sys/devices/system/cpu/online")
        .ok()
        .and_then(|s| {
            let mut n = 0i64;
            for part in s.trim().split(',') {
                match part.split_once('-') {
                    Some((lo, hi)) => n += hi.parse::<i64>().ok()? - lo.parse::<i64>().ok()? + 1,
                    None => {
                        part.parse::<i64>().ok()?;
                        n += 1;
                    }
                }
            }
            Some(n)
        });
    match from_sys.or_else(|| {
        std::thread::available_parallelism()
            .ok()
            .map(|n| n.get() as i64)
    }) {
        Some(n) => Ok(vm.new_int(n)),
        None => Ok(vm.none()),
    }
}

fn urandom(vm: &Vm, a: FnArgs) -> PyResult {
    use std::io::Read;
    let p = positional(vm, &a, 0, "urandom", 1, 1)?;
    let n = int_arg(vm, &p[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    vm.try_reserve(&mut buf, n as usize)?;
    buf.resize(n as usize, 0);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error_errno(vm, errno_of(&e), None, None))?;
    Ok(vm.new_bytes(buf))
}

fn strerror_fn(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 0, "strerror", 1, 1)?;
    let code = int_arg(vm, &p[0])?;
    let code = i32::try_from(code)
        .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    Ok(vm.new_string(strerror(code)))
}

fn env_str<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    match v.downcast::<StrObj>() {
        Some(s) => Ok(&s.s),
        None => Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        ))),
    }
}

fn putenv(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 0, "putenv", 2, 2)?;
    let k = env_str(vm, &p[0])?;
    let val = env_str(vm, &p[1])?;
    if k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if k.is_empty() {
        return Err(os_error_errno(vm, 22, None, None));
    }
    if k.contains('\0') || val.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::set_var(k, val);
    Ok(vm.none())
}

fn unsetenv(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 0, "unsetenv", 1, 1)?;
    let k = env_str(vm, &p[0])?;
    if k.is_empty() || k.contains('=') {
        return Err(os_error_errno(vm, 22, None, None));
    }
    if k.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::remove_var(k);
    Ok(vm.none())
}

/// Builds the `posix` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "posix");
    for (n, f) in [
        ("getcwd", getcwd as NativeFn),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", unlink),
        ("rename", rename),
        ("replace", replace),
        ("chmod", chmod),
        ("readlink", readlink),
        ("symlink", symlink),
        ("access", access),
        ("stat", stat::stat),
        ("lstat", stat::lstat),
        ("getpid", getpid),
        ("getppid", getppid),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
        ("strerror", strerror_fn),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
    ] {
        module_fn(vm, &m, n, f);
    }
    let d = &m
        .downcast::<ModuleObj>()
        .ok_or_else(|| vm.type_error("posix is not a module"))?
        .dict;
    let environ = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        strata_tier1::dict::dict_set_item(
            vm,
            &environ,
            vm.new_string(k.to_string_lossy().into_owned()),
            vm.new_string(v.to_string_lossy().into_owned()),
        )?;
    }
    strata_tier1::dict::dict_set_str(vm, d, "environ", environ);
    strata_tier1::dict::dict_set_str(vm, d, "stat_result", stat::stat_result_type(vm));
    Ok(m)
}
