//! `posix.stat`/`lstat` and `os.stat_result`: a tuple of the ten classic
//! fields (integer times) whose attributes also give float times, the
//! nanosecond times, `st_blksize`, `st_blocks` and `st_rdev`.

use std::os::unix::fs::MetadataExt;

use strata_object::Value;
use strata_tier1::runtime::FnArgs;
use strata_tier1::runtime::ModuleObj;
use strata_tier1::sysmod::{struct_seq_new, struct_seq_type};
use strata_tier1::{PyResult, Vm};

use super::path::{path_arg, Accept};
use crate::fnargs::bind;

/// The `stat_result` type (module `os`).
pub fn stat_result_type(vm: &Vm) -> Value {
    struct_seq_type(vm, "stat_result", "os")
}

fn result(vm: &Vm, md: &std::fs::Metadata) -> PyResult {
    let posix = strata_tier1::import::import_module(vm, "posix")?;
    let cls = posix
        .downcast::<ModuleObj>()
        .and_then(|m| strata_tier1::dict::dict_get_str(vm, &m.dict, "stat_result"))
        .ok_or_else(|| vm.attribute_error("module 'posix' has no attribute 'stat_result'"))?;
    let int = |i: i64| vm.new_int(i);
    let uint = |i: u64| vm.new_bigint(num_bigint::BigInt::from(i));
    let obj = struct_seq_new(
        vm,
        &cls,
        &[
            ("st_mode", int(md.mode() as i64)),
            ("st_ino", uint(md.ino())),
            ("st_dev", uint(md.dev())),
            ("st_nlink", uint(md.nlink())),
            ("st_uid", int(md.uid() as i64)),
            ("st_gid", int(md.gid() as i64)),
            ("st_size", uint(md.size())),
            ("st_atime", int(md.atime())),
            ("st_mtime", int(md.mtime())),
            ("st_ctime", int(md.ctime())),
        ],
    );
    if let Some(d) = vm.instance_dict(&obj) {
        let times = [
            ("atime", md.atime(), md.atime_nsec()),
            ("mtime", md.mtime(), md.mtime_nsec()),
            ("ctime", md.ctime(), md.ctime_nsec()),
        ];
        for (name, secs, nsec) in times {
            let f = secs as f64 + nsec as f64 * 1e-9;
            strata_tier1::dict::dict_set_str(vm, &d, &format!("st_{}", name), vm.new_float(f));
            let ns = num_bigint::BigInt::from(secs) * 1_000_000_000 + nsec;
            strata_tier1::dict::dict_set_str(vm, &d, &format!("st_{}_ns", name), vm.new_bigint(ns));
        }
        strata_tier1::dict::dict_set_str(vm, &d, "st_blksize", uint(md.blksize()));
        strata_tier1::dict::dict_set_str(vm, &d, "st_blocks", uint(md.blocks()));
        strata_tier1::dict::dict_set_str(vm, &d, "st_rdev", uint(md.rdev()));
    }
    Ok(obj)
}

fn stat_impl(vm: &Vm, a: &FnArgs, func: &str, follow_default: bool) -> PyResult {
    let v = bind(vm, a, 0, func, &["path", "dir_fd", "follow_symlinks"], 1, 1)?;
    let none = vm.none();
    let accept = if func == "stat" {
        Accept::PathOrFd
    } else {
        Accept::Path
    };
    let p = path_arg(vm, v[0].as_ref().unwrap_or(&none), func, "path", accept)?;
    let follow = match &v[2] {
        Some(f) => vm.truthy(f)? && follow_default,
        None => follow_default,
    };
    let md = match p.fd {
        Some(fd) => std::fs::metadata(format!("/proc/self/fd/{}", fd))
            .map_err(|_| crate::io::errors::os_error_errno(vm, 9, None, None))?,
        None => {
            let r = if follow {
                std::fs::metadata(&p.path)
            } else {
                std::fs::symlink_metadata(&p.path)
            };
            r.map_err(|e| {
                crate::io::errors::os_error_errno(
                    vm,
                    crate::io::errors::errno_of(&e),
                    Some(&p.obj),
                    None,
                )
            })?
        }
    };
    result(vm, &md)
}

/// `posix.stat(path, *, dir_fd=None, follow_symlinks=True)`.
pub fn stat(vm: &Vm, a: FnArgs) -> PyResult {
    stat_impl(vm, &a, "stat", true)
}

/// `posix.lstat(path, *, dir_fd=None)`.
pub fn lstat(vm: &Vm, a: FnArgs) -> PyResult {
    stat_impl(vm, &a, "lstat", false)
}
