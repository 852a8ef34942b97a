//! Constructors of runtime object kinds that Python code builds directly
//! through `types`: bound methods (`types.MethodType(func, obj)`) and
//! modules (`types.ModuleType(name, doc=None)`, subclassable).

use strata_object::payloads::*;

use crate::runtime::*;
use crate::typeslots::{add_method, add_static};
use crate::vm::{PyResult, Vm};

/// Registers the constructors on the `method` and `module` types.
pub fn init(vm: &Vm) {
    add_static(vm, &vm.types.method, "__new__", method_new);
    add_static(vm, &vm.types.module, "__new__", module_new);
    add_method(vm, &vm.types.module, "__init__", module_init);
}

/// `method(function, instance)`.
fn method_new(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let args = a.args.get(1..).unwrap_or_default();
    if args.len() != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", args.len())));
    }
    if !vm.callable(&args[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[1].is(&vm.none) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.alloc(
        &vm.types.method,
        BoundMethodObj {
            func: args[0].clone(),
            self_: args[1].clone(),
        },
    ))
}

/// `module.__new__(cls, *args, **kwargs)`: an empty module; `__init__`
/// names it.
fn module_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("module.__new__(): not enough arguments"))?;
    if !vm.is_type(cls) || !vm.is_subtype(cls, &vm.types.module) {
        return Err(vm.type_error(format!(
            "module.__new__(X): X is not a subtype of module ({})",
            vm.type_name(cls)
        )));
    }
    crate::typeobj::alloc_instance(
        vm,
        cls,
        ModuleObj {
            dict: vm.new_dict(),
        },
    )
}

/// `module.__init__(self, name, doc=None)`.
fn module_init(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    let mut name = pos.get(1).cloned();
    let mut doc = pos.get(2).cloned();
    for (k, v) in a.kwargs() {
        match vm.str_lossy(k).as_str() {
            "name" if name.is_none() => name = Some(v.clone()),
            "doc" if doc.is_none() => doc = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "module() got an unexpected keyword argument '{}'",
                    other
                )))
            }
        }
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let name =
        name.ok_or_else(|| vm.type_error("module() missing required argument 'name' (pos 1)"))?;
    if !name.payload_is::<StrObj>() {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let m = a.args[0]
        .downcast::<ModuleObj>()
        .ok_or_else(|| vm.type_error("descriptor '__init__' requires a 'module' object"))?;
    let d = &m.dict;
    crate::dict::dict_set_str(vm, d, "__name__", name);
    crate::dict::dict_set_str(vm, d, "__doc__", doc.unwrap_or_else(|| vm.none()));
    for k in ["__package__", "__loader__", "__spec__"] {
        crate::dict::dict_set_str(vm, d, k, vm.none());
    }
    Ok(vm.none())
}
