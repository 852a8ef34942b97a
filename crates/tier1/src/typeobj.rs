//! Classes: `type(...)` calls (instance creation through `__new__` and
//! `__init__`), `type.__new__` (building heap types: MRO, `__slots__`,
//! instance layout, `__set_name__`, `__init_subclass__`) and
//! `__build_class__`.

use std::rc::Rc;

use strata_object::header::allocate;
use strata_object::payloads::*;
use strata_object::types::{c3_mro, type_layout};
use strata_object::{TypeFlags, TypeObject, Value};

use crate::attr::MemberDescrObj;
use crate::eval::FrameExit;
use crate::frame::Frame;
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// Calls type `ty`: `type(x)`, or `__new__` then `__init__`.
pub fn type_call(vm: &Vm, ty: &Value, args: FnArgs) -> PyResult {
    if ty.is(&vm.types.type_) && args.args.len() == 1 && args.kwnames.is_empty() {
        return Ok(vm.type_of(&args.args[0]));
    }
    // A metaclass overriding __call__.
    let meta = vm.type_of(ty);
    if let Some(c) = vm.user_override(&meta, "__call__") {
        if ty.is(&vm.types.type_) {
            return type_call_default(vm, ty, args);
        }
        let mut full = vec![ty.clone()];
        full.extend_from_slice(args.args);
        return vm.call_args(
            &c,
            FnArgs {
                args: &full,
                kwnames: args.kwnames,
            },
        );
    }
    type_call_default(vm, ty, args)
}

/// `type.__call__(cls, *args)`: `__new__` then `__init__`, without
/// consulting a metaclass `__call__` override.
pub fn type_call_default(vm: &Vm, ty: &Value, args: FnArgs) -> PyResult {
    let tl = type_layout(ty);
    let new = tl
        .lookup("__new__")
        .ok_or_else(|| vm.type_error(format!("cannot create '{}' instances", tl.name())))?;
    let init = tl.lookup("__init__");
    let object_new = tl
        .mro
        .borrow()
        .last()
        .and_then(|o| type_layout(o).get_own("__new__"));
    let object_init = vm.types.object.clone();
    let object_init = type_layout(&object_init).get_own("__init__");
    let new_is_object = object_new.as_ref().is_some_and(|o| o.is(&new));
    let init_is_object = match (&init, &object_init) {
        (Some(i), Some(o)) => i.is(o),
        _ => true,
    };
    if new_is_object && init_is_object && !args.args.is_empty() {
        return Err(vm.type_error(format!("{}() takes no arguments", tl.name())));
    }
    let new_fn = if vm.is_exact(&new, &vm.types.staticmethod) {
        new.downcast::<MethodWrapperObj>()
            .expect("staticmethod")
            .func
            .clone()
    } else {
        new
    };
    let mut full = Vec::with_capacity(args.args.len() + 1);
    full.push(ty.clone());
    full.extend_from_slice(args.args);
    let obj = vm.call_args(
        &new_fn,
        FnArgs {
            args: &full,
            kwnames: args.kwnames,
        },
    )?;
    if !vm.isinstance(&obj, ty) {
        return Ok(obj);
    }
    if let Some(init) = init {
        if !(init_is_object && new_is_object) {
            full[0] = obj.clone();
            let r = if init.payload_is::<FunctionObj>() || init.payload_is::<NativeFunctionObj>() {
                vm.call_args(
                    &init,
                    FnArgs {
                        args: &full,
                        kwnames: args.kwnames,
                    },
                )?
            } else {
                let b = vm.bind_descriptor(&init, &obj)?;
                vm.call_args(&b, args)?
            };
            if !r.is(&vm.none) {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
        }
    }
    Ok(obj)
}

/// Allocates a bare instance of (possibly heap) type `cls` whose payload
/// is `T` (the solid base's payload).
pub fn alloc_instance<T: 'static>(vm: &Vm, cls: &Value, payload: T) -> PyResult {
    let tl = type_layout(cls);
    if tl.payload.type_id != std::any::TypeId::of::<T>() {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            tl.name(),
            tl.name()
        )));
    }
    let ptr = allocate(cls, tl, payload);
    // SAFETY: fresh allocation carrying one reference.
    Ok(unsafe { Value::from_raw(ptr) })
}

/// Private-name mangling of a `__slots__` entry in class `class_name`
/// (`__x` becomes `_Class__x`), as the compiler mangles attribute names.
fn mangle_private(name: &str, class_name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || stripped.is_empty()
    {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

/// Whether instances of a base of `cls` already support weak references
/// (a class above it has `__weakref__`, or a builtin base has its own weak
/// reference list or variable-size instances that cannot have one).
fn base_has_weakref(vm: &Vm, cls: &Value) -> bool {
    let t = &vm.types;
    type_layout(cls).mro.borrow()[1..].iter().any(|b| {
        let bl = type_layout(b);
        if bl.has(TypeFlags::HEAPTYPE) {
            return bl.get_own("__weakref__").is_some();
        }
        [&t.set, &t.frozenset, &t.type_, &t.int, &t.bytes, &t.tuple]
            .iter()
            .any(|x| x.is(b))
    })
}

/// Adds the `__dict__` or `__weakref__` descriptor of a heap type.
fn add_instance_getset(vm: &Vm, cls: &Value, name: &str) {
    let d = vm.alloc(
        &vm.types.getset_descriptor,
        crate::attr::GetSetDescrObj {
            name: Rc::from(name),
            owner: cls.clone(),
        },
    );
    type_layout(cls)
        .namespace
        .borrow_mut()
        .insert(Rc::from(name), d);
}

/// Whether `v` is `object`'s own native `name` method.
pub fn is_object_native(vm: &Vm, v: &Value, name: &str) -> bool {
    v.downcast::<NativeFunctionObj>().is_some_and(|n| {
        &*n.name == name && n.objclass.as_ref().is_some_and(|o| o.is(&vm.types.object))
    })
}

/// CPython 3.11's error for instantiating a class whose
/// `__abstractmethods__` is non-empty.
fn abstract_error(vm: &Vm, cls: &Value) -> Value {
    let tl = type_layout(cls);
    let names = tl
        .get_own("__abstractmethods__")
        .and_then(|v| vm.to_vec(&v).ok())
        .unwrap_or_default();
    let mut names: Vec<String> = names.iter().map(|n| vm.str_lossy(n).to_string()).collect();
    names.sort();
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        tl.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// `object.__new__(cls, *args)`.
pub fn object_new(vm: &Vm, args: FnArgs) -> PyResult {
    let cls = args
        .args
        .first()
        .ok_or_else(|| vm.type_error("object.__new__(): not enough arguments"))?;
    if !vm.is_type(cls) {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    let tl = type_layout(cls);
    if tl.has(TypeFlags::IS_ABSTRACT) {
        return Err(abstract_error(vm, cls));
    }
    let excess = args.args.len() > 1 || !args.kwnames.is_empty();
    if excess && tl.payload.type_id != std::any::TypeId::of::<ExceptionObj>() {
        // CPython's object_new: extra arguments are only accepted when the
        // class overrides __init__ (and not __new__).
        if !tl
            .lookup("__new__")
            .is_some_and(|n| is_object_native(vm, &n, "__new__"))
        {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if tl
            .lookup("__init__")
            .is_none_or(|i| is_object_native(vm, &i, "__init__"))
        {
            return Err(vm.type_error(format!("{}() takes no arguments", tl.name())));
        }
    }
    if tl.payload.type_id == std::any::TypeId::of::<ExceptionObj>() {
        let a = vm.new_tuple(args.pos()[1..].to_vec());
        return alloc_instance(
            vm,
            cls,
            ExceptionObj {
                args: std::cell::RefCell::new(Some(a)),
                ..Default::default()
            },
        );
    }
    alloc_instance(vm, cls, ObjectObj)
}

/// Finds the most derived metaclass among `meta` and the bases' types.
fn calculate_meta(vm: &Vm, meta: &Value, bases: &[Value]) -> PyResult {
    let mut winner = meta.clone();
    for b in bases {
        let bt = vm.type_of(b);
        if vm.is_subtype(&winner, &bt) {
            continue;
        }
        if vm.is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`.
pub fn type_new(vm: &Vm, args: FnArgs) -> PyResult {
    let a = args.pos();
    if a.len() == 2 {
        return Ok(vm.type_of(&a[1]));
    }
    if a.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let (meta, name, bases, ns) = (&a[0], &a[1], &a[2], &a[3]);
    let name = name.downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        ))
    })?;
    let mut bases: Vec<Value> = bases
        .downcast::<TupleObj>()
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(&a[1])
            ))
        })?
        .0
        .to_vec();
    if !ns.payload_is::<DictObj>() {
        return Err(vm.type_error("type.__new__() argument 3 must be dict"));
    }
    let meta = calculate_meta(vm, meta, &bases)?;
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", type_layout(b).name())));
        }
    }
    for b in &bases {
        if !vm.is_type(b) {
            return Err(vm.type_error("bases must be types"));
        }
        if !type_layout(b).has(TypeFlags::BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                type_layout(b).name()
            )));
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    // Solid base: the base whose payload is not plain object (layout).
    let mut solid = bases[0].clone();
    for b in &bases {
        let bl = type_layout(b);
        let sl = type_layout(&solid);
        if bl.payload.type_id != std::any::TypeId::of::<ObjectObj>()
            || bl.member_slots.len() > sl.member_slots.len()
        {
            if sl.payload.type_id != std::any::TypeId::of::<ObjectObj>()
                && sl.payload.type_id != bl.payload.type_id
            {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            if bl.payload.type_id != std::any::TypeId::of::<ObjectObj>()
                || sl.payload.type_id == std::any::TypeId::of::<ObjectObj>()
            {
                solid = b.clone();
            }
        }
    }
    let sl = type_layout(&solid);
    // Every base's `__slots__` members must sit where the solid base has
    // them, or instances could not serve all bases' member descriptors.
    // The instance `__dict__` is found through the instance's own type, so
    // bases that only add a dict never conflict; the new type just needs
    // one.
    for b in &bases {
        let bl = type_layout(b);
        if !bl.member_slots.iter().all(|m| sl.member_slots.contains(m)) {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let mut n_ext = sl.n_ext;
    let mut dict_slot = sl.dict_slot;
    if dict_slot.is_none() && bases.iter().any(|b| type_layout(b).dict_slot.is_some()) {
        dict_slot = Some(n_ext);
        n_ext += 1;
    }
    let mut members: Vec<(Rc<str>, usize)> = sl.member_slots.clone();
    let slots_v = crate::dict::dict_get_str(vm, ns, "__slots__");
    let mut new_members = Vec::new();
    match &slots_v {
        Some(sv) => {
            let names: Vec<Value> = if sv.payload_is::<StrObj>() {
                vec![sv.clone()]
            } else {
                vm.to_vec(sv)?
            };
            for n in names {
                let s = vm.str_string(&n)?;
                if s == "__dict__" {
                    if dict_slot.is_none() {
                        dict_slot = Some(n_ext);
                        n_ext += 1;
                    }
                    continue;
                }
                if s == "__weakref__" {
                    continue;
                }
                let s = mangle_private(&s, &name.s);
                new_members.push((Rc::<str>::from(s.as_str()), n_ext));
                n_ext += 1;
            }
        }
        None => {
            if dict_slot.is_none() {
                dict_slot = Some(n_ext);
                n_ext += 1;
            }
        }
    }
    members.extend(new_members.iter().cloned());
    let mut flags = TypeFlags::HEAPTYPE | TypeFlags::BASETYPE | TypeFlags::WEAKREFABLE;
    for b in &bases {
        flags |= type_layout(b).flags.get() & TypeFlags::INHERITED;
    }
    if dict_slot.is_some() {
        flags |= TypeFlags::HAS_DICT;
    }
    let tobj = TypeObject::new(&name.s, flags, sl.payload, n_ext, dict_slot, members);
    let ptr = allocate(&meta, type_layout(&meta), tobj);
    // SAFETY: fresh allocation carrying one reference.
    let cls = unsafe { Value::from_raw(ptr) };
    let tl = type_layout(&cls);
    let mro = c3_mro(&cls, &bases).map_err(|heads| {
        let names: Vec<String> = heads
            .iter()
            .map(|h| type_layout(h).name().to_string())
            .collect();
        vm.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    *tl.mro.borrow_mut() = mro;
    crate::matching::inherit_collection_flags(&cls);
    *tl.base.borrow_mut() = Some(solid.clone());
    for b in &bases {
        type_layout(b)
            .subclasses
            .borrow_mut()
            .push(cls.header_ptr());
    }
    *tl.bases.borrow_mut() = bases;
    // Namespace.
    let mut set_names = Vec::new();
    for (k, v) in crate::dict::dict_items(ns) {
        let key = vm.str_string(&k)?;
        match key.as_str() {
            "__qualname__" => {
                *tl.qualname.borrow_mut() = Rc::from(vm.str_string(&v)?.as_str());
                continue;
            }
            "__classcell__" => continue,
            _ => {}
        }
        let v = if (key == "__new__") && v.payload_is::<FunctionObj>() {
            vm.alloc(&vm.types.staticmethod, MethodWrapperObj { func: v })
        } else if (key == "__init_subclass__" || key == "__class_getitem__")
            && v.payload_is::<FunctionObj>()
        {
            vm.alloc(&vm.types.classmethod, MethodWrapperObj { func: v })
        } else {
            v
        };
        if !v.is_small_int()
            && vm
                .lookup_special(&v, "__set_name__")
                .is_some_and(|m| !m.payload_is::<NativeFunctionObj>())
        {
            set_names.push((k.clone(), v.clone()));
        }
        tl.namespace.borrow_mut().insert(Rc::from(key.as_str()), v);
    }
    for (n, idx) in &new_members {
        let d = vm.alloc(
            &vm.types.member_descriptor,
            MemberDescrObj {
                name: n.clone(),
                owner: cls.clone(),
                slot: *idx,
            },
        );
        tl.namespace.borrow_mut().insert(n.clone(), d);
    }
    // The `__dict__` / `__weakref__` descriptors of the first class in a
    // hierarchy that gives its instances a dict / weak references.
    let base_has_dict = sl.dict_slot.is_some()
        || type_layout(&solid).has(TypeFlags::HAS_DICT)
        || type_layout(&solid).has(TypeFlags::TYPE_SUBCLASS);
    if dict_slot.is_some() && !base_has_dict {
        add_instance_getset(vm, &cls, "__dict__");
    }
    let wants_weak = match &slots_v {
        None => true,
        Some(sv) => {
            let names: Vec<Value> = if sv.payload_is::<StrObj>() {
                vec![sv.clone()]
            } else {
                vm.to_vec(sv)?
            };
            names.iter().any(|n| {
                n.downcast::<StrObj>()
                    .is_some_and(|s| &*s.s == "__weakref__")
            })
        }
    };
    if wants_weak && !base_has_weakref(vm, &cls) {
        add_instance_getset(vm, &cls, "__weakref__");
    }
    if !tl.namespace.borrow().contains_key("__module__") {
        // Filled by __build_class__ from the body; for type(...) calls use
        // the caller's module name when known.
        tl.namespace.borrow_mut().insert(Rc::from("__module__"), {
            vm.frame_globals
                .borrow()
                .as_ref()
                .and_then(|g| crate::dict::dict_get_str(vm, g, "__name__"))
                .unwrap_or_else(|| vm.new_str("builtins"))
        });
    }
    if tl.namespace.borrow().contains_key("__eq__")
        && !tl.namespace.borrow().contains_key("__hash__")
    {
        tl.namespace
            .borrow_mut()
            .insert(Rc::from("__hash__"), vm.none());
    }
    if !tl.namespace.borrow().contains_key("__doc__") {
        tl.namespace
            .borrow_mut()
            .insert(Rc::from("__doc__"), vm.none());
    }
    tl.modified();
    if let Some(cell) = crate::dict::dict_get_str(vm, ns, "__classcell__") {
        if let Some(c) = cell.downcast::<CellObj>() {
            *c.0.borrow_mut() = Some(cls.clone());
        }
    }
    for (k, v) in set_names {
        if let Err(e) = vm.call_special(&v, "__set_name__", &[cls.clone(), k.clone()]) {
            // CPython 3.11 wraps the error, chaining the original as cause.
            let wrapped = vm.new_exception_msg(
                &vm.exc.runtime_error,
                &format!(
                    "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                    vm.type_name(&v),
                    vm.str_lossy(&k),
                    tl.name()
                ),
            );
            if let Some(x) = wrapped.downcast::<ExceptionObj>() {
                *x.cause.borrow_mut() = Some(e.clone());
                *x.context.borrow_mut() = Some(e);
                x.suppress_context.set(true);
            }
            return Err(wrapped);
        }
    }
    // __init_subclass__ of the parent.
    let parent_mro: Vec<Value> = tl.mro.borrow()[1..].to_vec();
    for t in parent_mro {
        if let Some(m) = type_layout(&t).get_own("__init_subclass__") {
            let f = if vm.is_exact(&m, &vm.types.classmethod) {
                m.downcast::<MethodWrapperObj>().expect("cm").func.clone()
            } else {
                m
            };
            let mut full = vec![cls.clone()];
            full.extend_from_slice(&args.args[a.len()..]);
            vm.call_args(
                &f,
                FnArgs {
                    args: &full,
                    kwnames: args.kwnames,
                },
            )?;
            break;
        }
    }
    Ok(cls)
}

/// PEP 560: replaces each base that is not a class but has
/// `__mro_entries__` by the classes that method returns.
fn resolve_mro_entries(vm: &Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    if bases.iter().all(|b| vm.is_type(b)) {
        return Ok(bases.to_vec());
    }
    let orig = vm.new_tuple(bases.to_vec());
    let mut out = Vec::with_capacity(bases.len());
    for b in bases {
        if vm.is_type(b) {
            out.push(b.clone());
            continue;
        }
        match vm.getattr_opt(b, "__mro_entries__")? {
            Some(m) => {
                let r = vm.call(&m, std::slice::from_ref(&orig))?;
                if !vm.is_exact(&r, &vm.types.tuple) {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                }
                out.extend(vm.to_vec(&r)?);
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &Vm, args: FnArgs) -> PyResult {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let name = &pos[1];
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    let bases = resolve_mro_entries(vm, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in args.kwargs() {
        if vm.str_lossy(k) == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) if vm.is_type(&m) => calculate_meta(vm, &m, &bases)?,
        Some(m) => m,
        None => match bases.first() {
            Some(b) => calculate_meta(vm, &vm.type_of(b), &bases)?,
            None => vm.types.type_.clone(),
        },
    };
    let bases_t = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(p) if !p.payload_is::<NativeFunctionObj>() => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kw_values.iter().cloned());
            vm.call_args(
                &p,
                FnArgs {
                    args: &a,
                    kwnames: &kw_names,
                },
            )?
        }
        _ => vm.new_dict(),
    };
    if bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
        vm.setitem(&ns, &vm.intern("__orig_bases__"), vm.new_tuple(orig_bases))?;
    }
    let f = func
        .downcast::<FunctionObj>()
        .ok_or_else(|| vm.type_error("__build_class__: func must be a function"))?;
    let mut frame = Frame::new(
        f.code.clone(),
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns.clone()),
        Some(func.clone()),
    );
    let _ = &mut frame;
    let cell = match vm.run_frame(frame).0? {
        FrameExit::Return(v) => v,
        FrameExit::Yield(_) => return Err(vm.system_error("class body yielded")),
    };
    let mut a = vec![name.clone(), bases_t, ns];
    a.extend(kw_values);
    let cls = vm.call_args(
        &meta,
        FnArgs {
            args: &a,
            kwnames: &kw_names,
        },
    )?;
    if let Some(c) = cell.downcast::<CellObj>() {
        let cur = c.0.borrow().clone();
        if cur.is_none() {
            *c.0.borrow_mut() = Some(cls.clone());
        }
    }
    if vm.is_type(&cls) && type_layout(&cls).has(TypeFlags::HEAPTYPE) {
        if let Some(m) = crate::dict::dict_get_str(vm, &f.globals, "__name__") {
            let tl = type_layout(&cls);
            let has_mod = tl
                .get_own("__module__")
                .is_some_and(|v| vm.str_lossy(&v) != "builtins");
            if !has_mod {
                tl.namespace.borrow_mut().insert(Rc::from("__module__"), m);
            }
        }
    }
    Ok(cls)
}
