//! "Did you mean" suggestions for NameError and AttributeError, computed
//! from the exception's `name` (and `obj`) at display time, as CPython does.

use strata_object::types::type_layout;
use strata_object::Value;

use crate::vm::Vm;

/// The suggestion to append to `exc`'s message, if any.
pub fn suggestion_for(vm: &Vm, exc: &Value) -> Option<String> {
    let d = vm.instance_dict(exc)?;
    let name = crate::dict::dict_get_str(vm, &d, "name").filter(|n| !n.is(&vm.none))?;
    let name = vm.str_lossy(&name);
    let mut candidates: Vec<String> = Vec::new();
    if vm.isinstance(exc, &vm.exc.attribute_error) {
        let obj = crate::dict::dict_get_str(vm, &d, "obj").filter(|n| !n.is(&vm.none))?;
        candidates.extend(
            crate::builtins::dir_names(vm, &obj)
                .ok()?
                .iter()
                .map(|n| vm.str_lossy(n)),
        );
    } else if vm.isinstance(exc, &vm.exc.name_error) {
        let tb = crate::objects::builtin_attrs::get(vm, exc, "__traceback__").ok()??;
        let mut last = tb;
        while let Some(n) = last
            .downcast::<crate::runtime::TracebackObj>()
            .and_then(|t| t.next.borrow().clone())
        {
            last = n;
        }
        let t = last.downcast::<crate::runtime::TracebackObj>()?;
        let co = t.code.downcast::<crate::runtime::CodeObj>()?;
        candidates.extend(co.local_names.iter().map(|n| vm.str_lossy(n)));
        if let Some(m) = crate::dict::dict_get_item(vm, &vm.modules, &vm.intern("__main__"))
            .ok()
            .flatten()
        {
            if let Some(md) = vm.instance_dict(&m) {
                candidates.extend(crate::dict::dict_keys(&md).iter().map(|k| vm.str_lossy(k)));
            }
        }
        candidates.extend(
            crate::dict::dict_keys(&vm.builtins)
                .iter()
                .map(|k| vm.str_lossy(k)),
        );
    } else {
        return None;
    }
    let _ = type_layout;
    let refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
    crate::suggestions::best_suggestion(&name, &refs).map(str::to_string)
}
