//! `types.GenericAlias` (`list[int]`, made by the builtin classes'
//! `__class_getitem__`) and `types.UnionType` (`int | None`, made by
//! `type.__or__`), following CPython 3.11's `genericaliasobject.c` and
//! `unionobject.c`.
//!
//! A generic alias forwards every attribute it does not own to its origin
//! (`list[int].append is list.append`), calls its origin to construct
//! instances, compares by origin and arguments, and refuses to be used with
//! `isinstance`. A union flattens nested unions, turns `None` into
//! `NoneType`, drops duplicate arguments, and acts as a tuple of its
//! arguments in `isinstance`/`issubclass`.

use std::cell::RefCell;
use std::rc::Rc;

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::runtime::*;
use crate::typeslots::{add_classmethod, add_method, add_static, check_args};
use crate::vm::{PyResult, Vm};

/// Payload of `types.GenericAlias`.
pub struct GenericAliasObj {
    /// The class being parameterized.
    pub origin: Value,
    /// The arguments (a tuple).
    pub args: Value,
    /// `*tuple[int]`: an unpacked alias.
    pub starred: bool,
    /// `__parameters__`, computed on first use.
    parameters: RefCell<Option<Value>>,
}

/// Payload of `types.UnionType`.
pub struct UnionObj {
    /// The arguments (a tuple of two or more, flattened, deduplicated).
    pub args: Value,
    /// `__parameters__`, computed on first use.
    parameters: RefCell<Option<Value>>,
}

/// Attributes a generic alias answers itself; all others come from the
/// origin (CPython's `attr_exceptions`).
const OWN_ATTRS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn as_tuple(vm: &Vm, v: &Value) -> Value {
    if vm.is_exact(v, &vm.types.tuple) {
        v.clone()
    } else {
        vm.new_tuple(vec![v.clone()])
    }
}

/// A new `origin[args]` alias (`args` becomes a 1-tuple unless a tuple).
pub fn new_alias(vm: &Vm, origin: Value, args: &Value, starred: bool) -> Value {
    vm.alloc(
        &vm.types.types_generic_alias,
        GenericAliasObj {
            origin,
            args: as_tuple(vm, args),
            starred,
            parameters: RefCell::new(None),
        },
    )
}

fn alias<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a GenericAliasObj> {
    v.downcast::<GenericAliasObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'types.GenericAlias' object"))
}

fn union<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a UnionObj> {
    v.downcast::<UnionObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'types.UnionType' object"))
}

fn tuple_items(v: &Value) -> Vec<Value> {
    v.downcast::<TupleObj>()
        .map(|t| t.0.to_vec())
        .unwrap_or_default()
}

/// Whether `v` looks like a generic alias (has `__origin__` and `__args__`).
fn looks_like_alias(vm: &Vm, v: &Value) -> PyResult<bool> {
    if v.payload_is::<GenericAliasObj>() || v.payload_is::<UnionObj>() {
        return Ok(true);
    }
    if vm.is_type(v) {
        return Ok(false);
    }
    Ok(vm.getattr_opt(v, "__origin__")?.is_some() && vm.getattr_opt(v, "__args__")?.is_some())
}

/// How an alias or union shows one argument: classes by (module-qualified)
/// qualname, `...` as is, anything alias-like or nameless by `repr()`.
fn repr_item(vm: &Vm, p: &Value) -> PyResult<String> {
    if p.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if looks_like_alias(vm, p)? {
        return vm.repr_string(p);
    }
    let Some(qualname) = vm.getattr_opt(p, "__qualname__")? else {
        return vm.repr_string(p);
    };
    let module = vm.getattr_opt(p, "__module__")?;
    match module {
        None => vm.repr_string(p),
        Some(m) if m.is(&vm.none) => vm.repr_string(p),
        Some(m) => {
            let q = vm.str_string(&qualname)?;
            if m.downcast::<StrObj>().is_some_and(|s| &*s.s == "builtins") {
                Ok(q)
            } else {
                Ok(format!("{}.{}", vm.str_string(&m)?, q))
            }
        }
    }
}

/// `repr()` of a generic alias or union; None for other objects.
pub fn repr(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(g) = v.downcast::<GenericAliasObj>() {
        let mut s = String::new();
        if g.starred {
            s.push('*');
        }
        s.push_str(&repr_item(vm, &g.origin)?);
        s.push('[');
        let args = tuple_items(&g.args);
        if args.is_empty() {
            s.push_str("()");
        }
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if let Some(l) = a.downcast::<ListObj>() {
                let items = l.0.borrow().clone();
                let parts: PyResult<Vec<String>> = items.iter().map(|x| repr_item(vm, x)).collect();
                s.push('[');
                s.push_str(&parts?.join(", "));
                s.push(']');
            } else {
                s.push_str(&repr_item(vm, a)?);
            }
        }
        s.push(']');
        return Ok(Some(s));
    }
    if let Some(u) = v.downcast::<UnionObj>() {
        let mut parts = Vec::new();
        for a in tuple_items(&u.args) {
            if a.is(&vm.types.none_type) {
                parts.push("None".to_string());
            } else {
                parts.push(repr_item(vm, &a)?);
            }
        }
        return Ok(Some(parts.join(" | ")));
    }
    Ok(None)
}

/// Whether `v` is a type parameter (substitutable in an alias).
fn is_type_param(v: &Value) -> bool {
    v.payload_is::<crate::typing::TypeParamObj>()
}

/// CPython's `_Py_make_parameters`: the type parameters among `args`,
/// including those of nested aliases, in order, without duplicates.
fn make_parameters(vm: &Vm, args: &Value) -> PyResult<Value> {
    let mut out: Vec<Value> = Vec::new();
    let push = |x: Value, out: &mut Vec<Value>| {
        if !out.iter().any(|o| o.is(&x)) {
            out.push(x);
        }
    };
    for a in tuple_items(args) {
        if vm.is_type(&a) {
            continue;
        }
        if is_type_param(&a) {
            push(a, &mut out);
            continue;
        }
        if let Some(p) = vm.getattr_opt(&a, "__parameters__")? {
            if p.payload_is::<TupleObj>() {
                for x in tuple_items(&p) {
                    push(x, &mut out);
                }
            }
        }
    }
    Ok(vm.new_tuple(out))
}

fn parameters(vm: &Vm, cell: &RefCell<Option<Value>>, args: &Value) -> PyResult<Value> {
    if let Some(p) = cell.borrow().as_ref() {
        return Ok(p.clone());
    }
    let p = make_parameters(vm, args)?;
    *cell.borrow_mut() = Some(p.clone());
    Ok(p)
}

/// Reads the attributes a generic alias or union owns, and forwards the
/// rest of a generic alias's attributes to its origin; `Ok(None)` when
/// `obj` is neither or the attribute is the type's own.
pub fn getattr(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(g) = obj.downcast::<GenericAliasObj>() {
        return Ok(Some(match name {
            "__origin__" => g.origin.clone(),
            "__args__" => g.args.clone(),
            "__unpacked__" => vm.bool(g.starred),
            "__parameters__" => parameters(vm, &g.parameters, &g.args)?,
            "__typing_unpacked_tuple_args__" => {
                if g.starred && g.origin.is(&vm.types.tuple) {
                    g.args.clone()
                } else {
                    vm.none()
                }
            }
            _ if OWN_ATTRS.contains(&name) => return Ok(None),
            _ => vm.getattr_str(&g.origin, name)?,
        }));
    }
    if let Some(u) = obj.downcast::<UnionObj>() {
        return Ok(match name {
            "__args__" => Some(u.args.clone()),
            "__parameters__" => Some(parameters(vm, &u.parameters, &u.args)?),
            _ => None,
        });
    }
    Ok(None)
}

// ----- GenericAlias -----------------------------------------------------------

/// `cls.__class_getitem__(item)` of the builtin generic classes.
fn class_getitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__class_getitem__", &a, 2, 2)?;
    Ok(new_alias(vm, a.args[0].clone(), &a.args[1], false))
}

fn ga_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = &a.args[0];
    if cls.is(&vm.types.types_generic_alias) && !a.kwnames.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let p = &a.pos()[1..];
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            p.len()
        )));
    }
    Ok(new_alias(vm, p[0].clone(), &p[1], false))
}

fn ga_call(vm: &Vm, a: FnArgs) -> PyResult {
    let g = alias(vm, &a.args[0])?;
    let obj = vm.call_args(
        &g.origin,
        FnArgs {
            args: &a.args[1..],
            kwnames: a.kwnames,
        },
    )?;
    if let Err(e) = vm.setattr(&obj, &vm.intern("__orig_class__"), a.args[0].clone()) {
        if !vm.exc_matches(&e, &vm.exc.attribute_error) && !vm.exc_matches(&e, &vm.exc.type_error) {
            return Err(e);
        }
    }
    Ok(obj)
}

fn ga_repr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__repr__", &a, 1, 1)?;
    let s = repr(vm, &a.args[0])?.unwrap_or_default();
    Ok(vm.new_string(s))
}

fn ga_eq(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__eq__", &a, 2, 2)?;
    let (Some(x), Some(y)) = (
        a.args[0].downcast::<GenericAliasObj>(),
        a.args[1].downcast::<GenericAliasObj>(),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    if x.starred != y.starred {
        return Ok(vm.false_.clone());
    }
    Ok(vm.bool(vm.eq(&x.origin, &y.origin)? && vm.eq(&x.args, &y.args)?))
}

fn ga_ne(vm: &Vm, a: FnArgs) -> PyResult {
    let r = ga_eq(vm, a)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool(!r.is(&vm.true_)))
}

fn ga_hash(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__hash__", &a, 1, 1)?;
    let g = alias(vm, &a.args[0])?;
    Ok(vm.new_int(vm.hash(&g.origin)? ^ vm.hash(&g.args)?))
}

fn ga_mro_entries(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__mro_entries__", &a, 2, 2)?;
    Ok(vm.new_tuple(vec![alias(vm, &a.args[0])?.origin.clone()]))
}

fn ga_instancecheck(vm: &Vm, _a: FnArgs) -> PyResult {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &Vm, _a: FnArgs) -> PyResult {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(vm: &Vm, a: FnArgs) -> PyResult {
    let g = alias(vm, &a.args[0])?;
    Ok(vm.new_tuple(vec![
        vm.type_of(&a.args[0]),
        vm.new_tuple(vec![g.origin.clone(), g.args.clone()]),
    ]))
}

fn ga_dir(vm: &Vm, a: FnArgs) -> PyResult {
    let g = alias(vm, &a.args[0])?;
    let mut names: Vec<Value> = crate::builtins::dir_names(vm, &g.origin)?;
    for n in OWN_ATTRS {
        let v = vm.new_str(n);
        if !names.iter().any(|x| vm.str_lossy(x) == *n) {
            names.push(v);
        }
    }
    Ok(vm.new_list(names))
}

/// Substitutes `item` for the type parameters of an alias or union whose
/// arguments are `args` (CPython's `_Py_subs_parameters`, without the
/// `ParamSpec`/`TypeVarTuple` cases).
fn subs_parameters(
    vm: &Vm,
    this: &Value,
    args: &Value,
    params: &Value,
    item: &Value,
) -> PyResult<Vec<Value>> {
    let params = tuple_items(params);
    if params.is_empty() {
        return Err(vm.type_error(format!("{} is not a generic class", vm.repr_string(this)?)));
    }
    let items = tuple_items(&as_tuple(vm, item));
    if items.len() != params.len() {
        return Err(vm.type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            vm.repr_string(this)?,
            items.len(),
            params.len()
        )));
    }
    let mut out = Vec::new();
    for arg in tuple_items(args) {
        if vm.is_type(&arg) {
            out.push(arg);
            continue;
        }
        if is_type_param(&arg) {
            let i = params.iter().position(|p| p.is(&arg)).unwrap_or(0);
            out.push(items[i].clone());
            continue;
        }
        let sub = match vm.getattr_opt(&arg, "__parameters__")? {
            Some(p) if p.payload_is::<TupleObj>() && !tuple_items(&p).is_empty() => {
                let subargs: Vec<Value> = tuple_items(&p)
                    .iter()
                    .map(|x| {
                        let i = params.iter().position(|p| p.is(x)).unwrap_or(0);
                        items[i].clone()
                    })
                    .collect();
                let key = if subargs.len() == 1 {
                    subargs[0].clone()
                } else {
                    vm.new_tuple(subargs)
                };
                vm.getitem(&arg, &key)?
            }
            _ => arg,
        };
        out.push(sub);
    }
    Ok(out)
}

fn ga_getitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getitem__", &a, 2, 2)?;
    let g = alias(vm, &a.args[0])?;
    let params = parameters(vm, &g.parameters, &g.args)?;
    let args = subs_parameters(vm, &a.args[0], &g.args, &params, &a.args[1])?;
    Ok(new_alias(
        vm,
        g.origin.clone(),
        &vm.new_tuple(args),
        g.starred,
    ))
}

// ----- UnionType --------------------------------------------------------------

/// Whether `v` may be an argument of `X | Y`.
fn is_unionable(vm: &Vm, v: &Value) -> bool {
    v.is(&vm.none)
        || vm.is_type(v)
        || v.payload_is::<GenericAliasObj>()
        || v.payload_is::<UnionObj>()
}

/// `a | b` for classes, `None`, aliases and unions (CPython's
/// `_Py_union_type_or`); `Ok(None)` for NotImplemented.
pub fn union_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(None);
    }
    make_union(vm, &[a.clone(), b.clone()]).map(Some)
}

/// Flattens nested unions, maps `None` to `NoneType`, drops duplicates
/// (aliases by equality, everything else by identity); one argument left
/// is returned as is.
fn make_union(vm: &Vm, args: &[Value]) -> PyResult {
    let mut flat = Vec::new();
    for a in args {
        if let Some(u) = a.downcast::<UnionObj>() {
            flat.extend(tuple_items(&u.args));
        } else if a.is(&vm.none) {
            flat.push(vm.types.none_type.clone());
        } else {
            flat.push(a.clone());
        }
    }
    let mut out: Vec<Value> = Vec::new();
    for x in flat {
        let mut dup = false;
        for y in &out {
            dup = if x.payload_is::<GenericAliasObj>() && y.payload_is::<GenericAliasObj>() {
                vm.eq(&x, y)?
            } else {
                x.is(y)
            };
            if dup {
                break;
            }
        }
        if !dup {
            out.push(x);
        }
    }
    if out.len() == 1 {
        return Ok(out.pop().expect("one"));
    }
    Ok(vm.alloc(
        &vm.types.union_type,
        UnionObj {
            args: vm.new_tuple(out),
            parameters: RefCell::new(None),
        },
    ))
}

/// The arguments of a union, for `isinstance`/`issubclass`.
pub fn union_args(v: &Value) -> Option<Value> {
    v.downcast::<UnionObj>().map(|u| u.args.clone())
}

fn or_(vm: &Vm, a: FnArgs) -> PyResult {
    crate::typeslots::wrapper_args(vm, &a, 1)?;
    Ok(union_or(vm, &a.args[0], &a.args[1])?.unwrap_or_else(|| vm.not_implemented.clone()))
}

fn ror(vm: &Vm, a: FnArgs) -> PyResult {
    crate::typeslots::wrapper_args(vm, &a, 1)?;
    Ok(union_or(vm, &a.args[1], &a.args[0])?.unwrap_or_else(|| vm.not_implemented.clone()))
}

fn union_eq(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__eq__", &a, 2, 2)?;
    let (Some(x), Some(y)) = (
        a.args[0].downcast::<UnionObj>(),
        a.args[1].downcast::<UnionObj>(),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    let fx = super::set::make_new_set(vm, &vm.types.frozenset, Some(&x.args))?;
    let fy = super::set::make_new_set(vm, &vm.types.frozenset, Some(&y.args))?;
    Ok(vm.bool(vm.eq(&fx, &fy)?))
}

fn union_ne(vm: &Vm, a: FnArgs) -> PyResult {
    let r = union_eq(vm, a)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool(!r.is(&vm.true_)))
}

fn union_hash(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__hash__", &a, 1, 1)?;
    let u = union(vm, &a.args[0])?;
    let f = super::set::make_new_set(vm, &vm.types.frozenset, Some(&u.args))?;
    Ok(vm.new_int(vm.hash(&f)?))
}

fn union_getitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getitem__", &a, 2, 2)?;
    let u = union(vm, &a.args[0])?;
    let params = parameters(vm, &u.parameters, &u.args)?;
    let args = subs_parameters(vm, &a.args[0], &u.args, &params, &a.args[1])?;
    let mut res = args.first().cloned().unwrap_or_else(|| vm.none());
    for x in &args[1..] {
        res = vm.binary_op(&res, x, strata_compiler::BinaryOp::Or)?;
    }
    Ok(res)
}

fn union_instancecheck(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__instancecheck__", &a, 2, 2)?;
    let u = union(vm, &a.args[0])?;
    Ok(vm.bool(crate::builtins::class_check(vm, &a.args[1], &u.args, true)?))
}

fn union_subclasscheck(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__subclasscheck__", &a, 2, 2)?;
    let u = union(vm, &a.args[0])?;
    Ok(vm.bool(crate::builtins::class_check(
        vm, &a.args[1], &u.args, false,
    )?))
}

/// Registers a read-only attribute `name` on `ty` (read through
/// [`getattr`]), so that it shows in `dir()`.
fn add_member(vm: &Vm, ty: &Value, name: &str) {
    let d = vm.alloc(
        &vm.types.getset_descriptor,
        crate::attr::GetSetDescrObj {
            name: Rc::from(name),
            owner: ty.clone(),
        },
    );
    type_layout(ty)
        .namespace
        .borrow_mut()
        .insert(Rc::from(name), d);
}

/// Sets up GenericAlias and UnionType and the `__class_getitem__` of the
/// builtin generic classes.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    for ty in [&t.types_generic_alias, &t.union_type] {
        let tl = type_layout(ty);
        tl.flags.set(tl.flags.get() | TypeFlags::NATIVE_EXT);
        tl.namespace
            .borrow_mut()
            .insert(Rc::from("__module__"), vm.new_str("types"));
    }
    let ga = &t.types_generic_alias;
    add_static(vm, ga, "__new__", ga_new);
    add_method(vm, ga, "__call__", ga_call);
    add_method(vm, ga, "__repr__", ga_repr);
    add_method(vm, ga, "__eq__", ga_eq);
    add_method(vm, ga, "__ne__", ga_ne);
    add_method(vm, ga, "__hash__", ga_hash);
    add_method(vm, ga, "__getitem__", ga_getitem);
    add_method(vm, ga, "__mro_entries__", ga_mro_entries);
    add_method(vm, ga, "__instancecheck__", ga_instancecheck);
    add_method(vm, ga, "__subclasscheck__", ga_subclasscheck);
    add_method(vm, ga, "__reduce__", ga_reduce);
    add_method(vm, ga, "__dir__", ga_dir);
    add_method(vm, ga, "__or__", or_);
    add_method(vm, ga, "__ror__", ror);
    for n in ["__origin__", "__args__", "__parameters__", "__unpacked__"] {
        add_member(vm, ga, n);
    }
    let un = &t.union_type;
    add_method(vm, un, "__repr__", ga_repr);
    add_method(vm, un, "__eq__", union_eq);
    add_method(vm, un, "__ne__", union_ne);
    add_method(vm, un, "__hash__", union_hash);
    add_method(vm, un, "__getitem__", union_getitem);
    add_method(vm, un, "__or__", or_);
    add_method(vm, un, "__ror__", ror);
    add_method(vm, un, "__instancecheck__", union_instancecheck);
    add_method(vm, un, "__subclasscheck__", union_subclasscheck);
    for n in ["__args__", "__parameters__"] {
        add_member(vm, un, n);
    }
    add_method(vm, &t.type_, "__or__", or_);
    add_method(vm, &t.type_, "__ror__", ror);
    for ty in [
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.enumerate,
        &vm.exc.base_exception_group,
    ] {
        add_classmethod(vm, ty, "__class_getitem__", class_getitem);
    }
}
