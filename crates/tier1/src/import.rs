//! The import system: `sys.modules` caching, `.py` modules and packages
//! found on `sys.path`, relative imports, `from x import y` and `*`.

use std::path::PathBuf;

use strata_object::Value;

use crate::runtime::ModuleObj;
use crate::vm::{PyResult, Vm};

fn module_dict(m: &Value) -> Option<Value> {
    m.downcast::<ModuleObj>().map(|m| m.dict.clone())
}

fn resolve_name(vm: &Vm, name: &str, globals: &Value, level: i64) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let pkg = crate::dict::dict_get_str(vm, globals, "__package__")
        .filter(|p| !p.is(&vm.none))
        .map(|p| vm.str_lossy(&p));
    let pkg = match pkg {
        Some(p) => p,
        None => {
            let modname = crate::dict::dict_get_str(vm, globals, "__name__")
                .map(|n| vm.str_lossy(&n))
                .unwrap_or_default();
            if crate::dict::dict_get_str(vm, globals, "__path__").is_some() {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map(|(a, _)| a.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if pkg.is_empty() {
        return Err(vm.import_error("attempted relative import with no known parent package"));
    }
    let mut parts: Vec<&str> = pkg.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() || parts.is_empty() {
            return Err(vm.import_error("attempted relative import beyond top-level package"));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{}.{}", base, name)
    })
}

fn search_paths(vm: &Vm, parent: Option<&Value>) -> Vec<PathBuf> {
    if let Some(p) = parent {
        if let Some(d) = module_dict(p) {
            if let Some(path) = crate::dict::dict_get_str(vm, &d, "__path__") {
                return vm
                    .to_vec(&path)
                    .unwrap_or_default()
                    .iter()
                    .map(|x| PathBuf::from(vm.str_lossy(x)))
                    .collect();
            }
        }
        return Vec::new();
    }
    let mut out: Vec<PathBuf> = crate::sysmod::sys_attr(vm, "path")
        .and_then(|p| vm.to_vec(&p).ok())
        .unwrap_or_default()
        .iter()
        .map(|x| PathBuf::from(vm.str_lossy(x)))
        .collect();
    if let Some(l) = vm.shipped_modules.borrow().lib_dir() {
        out.push(l);
    }
    out
}

fn load_one(vm: &Vm, fullname: &str, parent: Option<&Value>) -> PyResult<Option<Value>> {
    let native = vm.shipped_modules.borrow().native(fullname);
    if let Some(init) = native {
        let m = init(vm)?;
        crate::dict::dict_set_item(vm, &vm.modules, vm.new_str(fullname), m.clone())?;
        return Ok(Some(m));
    }
    let short = fullname.rsplit('.').next().unwrap_or(fullname);
    for dir in search_paths(vm, parent) {
        let pkg_init = dir.join(short).join("__init__.py");
        let file = dir.join(format!("{}.py", short));
        let (path, is_pkg) = if pkg_init.is_file() {
            (pkg_init, true)
        } else if file.is_file() {
            (file, false)
        } else if dir.join(short).is_dir() {
            // Namespace package.
            let m = crate::sysmod::new_module(vm, fullname);
            let d = module_dict(&m).expect("module");
            let p = vm.new_list(vec![
                vm.new_string(dir.join(short).to_string_lossy().to_string())
            ]);
            crate::dict::dict_set_str(vm, &d, "__path__", p);
            crate::dict::dict_set_str(vm, &d, "__package__", vm.new_str(fullname));
            crate::dict::dict_set_item(vm, &vm.modules, vm.new_str(fullname), m.clone())?;
            return Ok(Some(m));
        } else {
            continue;
        };
        let src = std::fs::read_to_string(&path).map_err(|e| vm.import_error(e.to_string()))?;
        let pstr = path.to_string_lossy().to_string();
        let pkg_dir = is_pkg.then(|| {
            path.parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default()
        });
        return exec_source(vm, fullname, &src, &pstr, pkg_dir).map(Some);
    }
    let frozen = vm.shipped_modules.borrow().frozen(fullname);
    if let Some(f) = frozen {
        // Embedded packages have an empty `__path__`: their submodules are
        // found by full name in the embedded table.
        let pkg_dir = f.is_package.then(String::new);
        return exec_source(vm, fullname, f.source, f.path, pkg_dir).map(Some);
    }
    Ok(None)
}

/// Creates module `fullname`, registers it in `sys.modules` and runs `src`
/// (from file `path`) in it; on failure the module is unregistered again.
/// `pkg_dir` is `Some` for packages: the directory for `__path__` (empty
/// for an empty `__path__`).
fn exec_source(
    vm: &Vm,
    fullname: &str,
    src: &str,
    path: &str,
    pkg_dir: Option<String>,
) -> PyResult {
    let m = crate::sysmod::new_module(vm, fullname);
    let d = module_dict(&m).expect("module");
    crate::dict::dict_set_str(vm, &d, "__file__", vm.new_str(path));
    crate::dict::dict_set_str(vm, &d, "__builtins__", vm.builtins.clone());
    match pkg_dir {
        Some(dir) => {
            let items = if dir.is_empty() {
                vec![]
            } else {
                vec![vm.new_string(dir)]
            };
            crate::dict::dict_set_str(vm, &d, "__path__", vm.new_list(items));
            crate::dict::dict_set_str(vm, &d, "__package__", vm.new_str(fullname));
        }
        None => {
            let pkg = fullname.rsplit_once('.').map(|(a, _)| a).unwrap_or("");
            crate::dict::dict_set_str(vm, &d, "__package__", vm.new_str(pkg));
        }
    }
    crate::dict::dict_set_item(vm, &vm.modules, vm.new_str(fullname), m.clone())?;
    let code = crate::interp::compile_file_to_value(vm, src, path, strata_compiler::Mode::Exec);
    let r = code.and_then(|c| crate::interp::run_code(vm, &c, d.clone(), Some(d)));
    if let Err(e) = r {
        crate::dict::dict_del_item(vm, &vm.modules, &vm.new_str(fullname))?;
        return Err(e);
    }
    // A module may replace itself in `sys.modules` while it runs.
    Ok(crate::dict::dict_get_item(vm, &vm.modules, &vm.new_str(fullname))?.unwrap_or(m))
}

/// Imports `fullname` (and its parents), returning the leaf module.
pub fn import_module(vm: &Vm, fullname: &str) -> PyResult {
    if let Some(m) = crate::dict::dict_get_item(vm, &vm.modules, &vm.new_str(fullname))? {
        return Ok(m);
    }
    let parent = match fullname.rsplit_once('.') {
        Some((p, _)) => Some(import_module(vm, p)?),
        None => None,
    };
    // Importing the parent may have imported this module already.
    if let Some(m) = crate::dict::dict_get_item(vm, &vm.modules, &vm.new_str(fullname))? {
        return Ok(m);
    }
    match load_one(vm, fullname, parent.as_ref())? {
        Some(m) => {
            if let (Some(p), Some((_, short))) = (&parent, fullname.rsplit_once('.')) {
                if let Some(d) = module_dict(p) {
                    crate::dict::dict_set_str(vm, &d, short, m.clone());
                }
            }
            Ok(m)
        }
        None => {
            let not_pkg = parent
                .as_ref()
                .and_then(module_dict)
                .is_some_and(|d| crate::dict::dict_get_str(vm, &d, "__path__").is_none());
            let msg = match (&parent, fullname.rsplit_once('.')) {
                (Some(_), Some((p, _))) if not_pkg => {
                    format!("No module named '{}'; '{}' is not a package", fullname, p)
                }
                _ => format!("No module named '{}'", fullname),
            };
            let e = vm.new_exception_msg(&vm.exc.module_not_found_error, &msg);
            if let Some(d) = vm.instance_dict(&e) {
                crate::dict::dict_set_str(vm, &d, "name", vm.new_str(fullname));
            }
            Err(e)
        }
    }
}

/// `IMPORT_NAME`.
pub fn import_name(
    vm: &Vm,
    name: &Value,
    globals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult {
    let level = crate::numeric::as_int(level)
        .and_then(|i| i.to_i64())
        .unwrap_or(0);
    let full = resolve_name(vm, &vm.str_lossy(name), globals, level)?;
    let m = import_module(vm, &full)?;
    let has_from = !fromlist.is(&vm.none) && vm.truthy(fromlist)?;
    if has_from || level > 0 && vm.str_lossy(name).is_empty() {
        return Ok(m);
    }
    if level == 0 {
        let top = full.split('.').next().unwrap_or(&full);
        return import_module(vm, top);
    }
    let base = resolve_name(vm, "", globals, level)?;
    let first = vm.str_lossy(name);
    let first = first.split('.').next().unwrap_or("");
    import_module(vm, &format!("{}.{}", base, first))
}

/// Whether `e` is the ModuleNotFoundError for module `name` itself.
fn is_not_found(vm: &Vm, e: &Value, name: &str) -> bool {
    vm.isinstance(e, &vm.exc.module_not_found_error)
        && vm
            .instance_dict(e)
            .and_then(|d| crate::dict::dict_get_str(vm, &d, "name"))
            .is_some_and(|n| vm.str_lossy(&n) == name)
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &Vm, m: &Value, name: &Value) -> PyResult {
    match vm.getattr_opt(m, &vm.str_lossy(name))? {
        Some(v) => Ok(v),
        None => {
            let d = module_dict(m);
            let mname = d
                .as_ref()
                .and_then(|d| crate::dict::dict_get_str(vm, d, "__name__"))
                .map(|n| vm.str_lossy(&n))
                .unwrap_or_default();
            let sub = format!("{}.{}", mname, vm.str_lossy(name));
            match import_module(vm, &sub) {
                Ok(v) => Ok(v),
                // A submodule that exists but fails propagates its error.
                Err(e) if !is_not_found(vm, &e, &sub) => Err(e),
                Err(_) => {
                    let file = d
                        .as_ref()
                        .and_then(|d| crate::dict::dict_get_str(vm, d, "__file__"))
                        .map(|f| vm.str_lossy(&f));
                    let msg = match file {
                        Some(f) => format!(
                            "cannot import name '{}' from '{}' ({})",
                            vm.str_lossy(name),
                            mname,
                            f
                        ),
                        None => format!(
                            "cannot import name '{}' from '{}' (unknown location)",
                            vm.str_lossy(name),
                            mname
                        ),
                    };
                    let e = vm.import_error(msg);
                    if let Some(ed) = vm.instance_dict(&e) {
                        crate::dict::dict_set_str(vm, &ed, "name", vm.new_str(&mname));
                        if let Some(f) = d
                            .as_ref()
                            .and_then(|d| crate::dict::dict_get_str(vm, d, "__file__"))
                        {
                            crate::dict::dict_set_str(vm, &ed, "path", f);
                        }
                    }
                    Err(e)
                }
            }
        }
    }
}

/// `from m import *`.
pub fn import_star(vm: &Vm, m: &Value, locals: &Value) -> PyResult<()> {
    let Some(d) = module_dict(m) else {
        return Ok(());
    };
    let names: Vec<Value> = match crate::dict::dict_get_str(vm, &d, "__all__") {
        Some(all) => vm.to_vec(&all)?,
        None => crate::dict::dict_keys(&d)
            .into_iter()
            .filter(|k| !vm.str_lossy(k).starts_with('_'))
            .collect(),
    };
    for n in names {
        let v = vm.getattr(m, &n)?;
        vm.setitem(locals, &n, v)?;
    }
    Ok(())
}
