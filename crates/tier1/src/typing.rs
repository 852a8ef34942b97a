//! PEP 695 runtime objects and the `_typing` native module.
//!
//! Generic functions, generic classes and `type` statements compile to
//! annotation scopes that create these objects through intrinsics
//! (`CALL_INTRINSIC_1`/`CALL_INTRINSIC_2`, see the compiler's instruction
//! table). The semantics follow CPython 3.12's `Objects/typevarobject.c`:
//!
//! - `TypeVar`, `ParamSpec`, `TypeVarTuple` ([`TypeParamObj`]): a name, an
//!   optional bound or constraints (from the PEP 695 syntax: evaluated
//!   lazily, on first access of `__bound__`/`__constraints__`, by a function
//!   the compiler made), and variance flags. Type parameters made by the
//!   syntax have `__infer_variance__` true, so their repr is the bare name;
//!   explicitly constructed ones print as `~T` / `+T` / `-T`.
//! - `TypeAliasType` ([`TypeAliasObj`]): `__name__`, `__type_params__`,
//!   `__module__`, and `__value__`, computed on first access.
//! - `Generic`: the implicit base of generic classes. `C[args]` (through
//!   `Generic.__class_getitem__`) and the implicit base `Generic[*params]`
//!   are [`GenericAliasObj`]s with `__origin__`/`__args__` whose
//!   `__mro_entries__` (PEP 560) turns them back into classes in a class
//!   statement's bases.
//!
//! Not modelled: `typing`'s substitution machinery (`__typing_subst__`),
//! unions (`T | None`), calling or comparing aliases, `__parameters__` of
//! classes.

use std::cell::RefCell;
use std::rc::Rc;

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::Value;

use crate::runtime::*;
use crate::typeslots::{add_classmethod, add_method, add_static};
use crate::vm::{PyResult, Vm};

/// Which kind of type parameter a [`TypeParamObj`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// Payload of `TypeVar`, `ParamSpec` and `TypeVarTuple` objects.
pub struct TypeParamObj {
    pub kind: ParamKind,
    /// The name (a str).
    pub name: Value,
    /// The bound, once known.
    pub bound: RefCell<Option<Value>>,
    /// Function computing the bound lazily (PEP 695 `T: bound`).
    pub evaluate_bound: RefCell<Option<Value>>,
    /// The constraints tuple, once known.
    pub constraints: RefCell<Option<Value>>,
    /// Function computing the constraints lazily (PEP 695 `T: (a, b)`).
    pub evaluate_constraints: RefCell<Option<Value>>,
    pub covariant: bool,
    pub contravariant: bool,
    pub infer_variance: bool,
}

/// Payload of `ParamSpecArgs` / `ParamSpecKwargs` (`P.args`, `P.kwargs`).
pub struct ParamSpecAttrObj {
    /// The ParamSpec.
    pub origin: Value,
}

/// Payload of `TypeAliasType`.
pub struct TypeAliasObj {
    /// The alias name (a str).
    pub name: Value,
    /// Tuple of type parameters (empty when not generic).
    pub type_params: Value,
    /// Function computing the value (None for an eagerly given value).
    pub compute_value: Option<Value>,
    /// The value, once computed.
    pub value: RefCell<Option<Value>>,
}

/// Payload of `_GenericAlias` (`C[int]`, `Generic[T]`, `Alias[int]`).
pub struct GenericAliasObj {
    pub origin: Value,
    /// Tuple of arguments.
    pub args: Value,
}

fn str_of(vm: &Vm, v: &Value) -> String {
    vm.str_lossy(v)
}

fn self_arg<'a>(vm: &Vm, a: &FnArgs<'a>, what: &str) -> PyResult<&'a Value> {
    a.args
        .first()
        .ok_or_else(|| vm.type_error(format!("descriptor of '{what}' needs an argument")))
}

fn type_param<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TypeParamObj> {
    v.downcast::<TypeParamObj>()
        .ok_or_else(|| vm.type_error("expected a TypeVar, ParamSpec or TypeVarTuple"))
}

fn new_type_param(kind: ParamKind, name: Value) -> TypeParamObj {
    TypeParamObj {
        kind,
        name,
        bound: RefCell::new(None),
        evaluate_bound: RefCell::new(None),
        constraints: RefCell::new(None),
        evaluate_constraints: RefCell::new(None),
        covariant: false,
        contravariant: false,
        infer_variance: kind != ParamKind::TypeVarTuple,
    }
}

fn param_type(vm: &Vm, kind: ParamKind) -> &Value {
    match kind {
        ParamKind::TypeVar => &vm.types.typevar,
        ParamKind::ParamSpec => &vm.types.paramspec,
        ParamKind::TypeVarTuple => &vm.types.typevartuple,
    }
}

fn check_name(vm: &Vm, what: &str, name: &Value) -> PyResult<()> {
    if name.payload_is::<StrObj>() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{what}() argument 'name' must be str, not {}",
            vm.type_name(name)
        )))
    }
}

/// `INTRINSIC_TYPEVAR` / `INTRINSIC_PARAMSPEC` / `INTRINSIC_TYPEVARTUPLE`:
/// a type parameter named `name` made by the PEP 695 syntax.
pub fn make_type_param(vm: &Vm, kind: ParamKind, name: Value) -> PyResult {
    check_name(vm, "TypeVar", &name)?;
    Ok(vm.alloc(param_type(vm, kind), new_type_param(kind, name)))
}

/// `INTRINSIC_TYPEVAR_WITH_BOUND` / `_WITH_CONSTRAINTS`: a TypeVar whose
/// bound (or constraints) `evaluate()` computes on first access.
pub fn make_typevar_lazy(vm: &Vm, name: Value, evaluate: Value, constraints: bool) -> PyResult {
    check_name(vm, "TypeVar", &name)?;
    let tv = new_type_param(ParamKind::TypeVar, name);
    if constraints {
        *tv.evaluate_constraints.borrow_mut() = Some(evaluate);
    } else {
        *tv.evaluate_bound.borrow_mut() = Some(evaluate);
    }
    Ok(vm.alloc(&vm.types.typevar, tv))
}

/// `INTRINSIC_SUBSCRIPT_GENERIC`: `Generic[*params]`.
pub fn subscript_generic(vm: &Vm, params: Value) -> PyResult {
    let args = as_args_tuple(vm, &params);
    Ok(new_alias(vm, vm.types.generic.clone(), args))
}

/// `INTRINSIC_SET_FUNCTION_TYPE_PARAMS`: `func.__type_params__ = params`.
pub fn set_function_type_params(vm: &Vm, func: Value, params: Value) -> PyResult {
    if let Some(d) = vm.instance_dict(&func) {
        crate::dict::dict_set_str(vm, &d, "__type_params__", params);
    }
    Ok(func)
}

/// `INTRINSIC_TYPEALIAS`: `args` is `(name, type_params or None,
/// compute_value)`; `globals` gives the alias its `__module__`.
pub fn make_typealias(vm: &Vm, globals: &Value, args: Value) -> PyResult {
    let parts = args
        .downcast::<TupleObj>()
        .filter(|t| t.0.len() == 3)
        .ok_or_else(|| vm.system_error("INTRINSIC_TYPEALIAS expects a 3-tuple"))?;
    let name = parts.0[0].clone();
    let type_params = if parts.0[1].is(&vm.none) {
        vm.empty_tuple.clone()
    } else {
        parts.0[1].clone()
    };
    let module = crate::dict::dict_get_str(vm, globals, "__name__");
    alloc_alias(
        vm,
        name,
        type_params,
        Some(parts.0[2].clone()),
        None,
        module,
    )
}

fn alloc_alias(
    vm: &Vm,
    name: Value,
    type_params: Value,
    compute_value: Option<Value>,
    value: Option<Value>,
    module: Option<Value>,
) -> PyResult {
    let ta = vm.alloc(
        &vm.types.typealias,
        TypeAliasObj {
            name,
            type_params,
            compute_value,
            value: RefCell::new(value),
        },
    );
    if let (Some(m), Some(d)) = (module, vm.instance_dict(&ta)) {
        crate::dict::dict_set_str(vm, &d, "__module__", m);
    }
    Ok(ta)
}

fn as_args_tuple(vm: &Vm, v: &Value) -> Value {
    if vm.is_exact(v, &vm.types.tuple) {
        v.clone()
    } else {
        vm.new_tuple(vec![v.clone()])
    }
}

fn new_alias(vm: &Vm, origin: Value, args: Value) -> Value {
    vm.alloc(&vm.types.generic_alias, GenericAliasObj { origin, args })
}

/// The module name recorded for objects created by a Python call: the
/// `__name__` of the most recently running frame's globals.
fn caller_module(vm: &Vm) -> Option<Value> {
    let g = vm.frame_globals.borrow().clone()?;
    crate::dict::dict_get_str(vm, &g, "__name__")
}

// ----- constructors -------------------------------------------------------

/// Splits keyword arguments into (name, value) pairs, rejecting unknown
/// ones.
fn kwargs<'a>(
    vm: &Vm,
    what: &str,
    a: &FnArgs<'a>,
    allowed: &[&str],
) -> PyResult<Vec<(String, &'a Value)>> {
    let mut out = Vec::new();
    for (k, v) in a.kwargs() {
        let k = str_of(vm, k);
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!("{what}() got an unexpected keyword argument '{k}'")));
        }
        out.push((k, v));
    }
    Ok(out)
}

fn variance(vm: &Vm, kw: &[(String, &Value)]) -> PyResult<(bool, bool, bool, Option<Value>)> {
    let mut co = false;
    let mut contra = false;
    let mut infer = false;
    let mut bound = None;
    for (k, v) in kw {
        match k.as_str() {
            "covariant" => co = vm.truthy(v)?,
            "contravariant" => contra = vm.truthy(v)?,
            "infer_variance" => infer = vm.truthy(v)?,
            "bound" if !v.is(&vm.none) => bound = Some((*v).clone()),
            _ => {}
        }
    }
    if co && contra {
        return Err(vm.value_error("Bivariant types are not supported."));
    }
    if infer && (co || contra) {
        return Err(vm.value_error("Variance cannot be specified with infer_variance."));
    }
    Ok((co, contra, infer, bound))
}

/// Keyword arguments accepted by `TypeVar` and `ParamSpec`.
const TYPEVAR_LIKE_KWARGS: &[&str] = &[
    "name",
    "bound",
    "covariant",
    "contravariant",
    "infer_variance",
];

/// `TypeVar(name, *constraints, bound=None, covariant=False,
/// contravariant=False, infer_variance=False)`.
fn typevar_new(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    let kw = kwargs(vm, "TypeVar", &a, TYPEVAR_LIKE_KWARGS)?;
    let name = pos
        .get(1)
        .cloned()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| k == "name")
                .map(|(_, v)| (*v).clone())
        })
        .ok_or_else(|| vm.type_error("TypeVar() missing required argument 'name' (pos 1)"))?;
    check_name(vm, "TypeVar", &name)?;
    let (covariant, contravariant, infer_variance, bound) = variance(vm, &kw)?;
    let constraints: Vec<Value> = pos.get(2..).unwrap_or(&[]).to_vec();
    if !constraints.is_empty() && bound.is_some() {
        return Err(vm.type_error("Constraints cannot be combined with bound=..."));
    }
    if constraints.len() == 1 {
        return Err(vm.type_error("A single constraint is not allowed"));
    }
    let tv = TypeParamObj {
        kind: ParamKind::TypeVar,
        name,
        bound: RefCell::new(bound),
        evaluate_bound: RefCell::new(None),
        constraints: RefCell::new(Some(vm.new_tuple(constraints))),
        evaluate_constraints: RefCell::new(None),
        covariant,
        contravariant,
        infer_variance,
    };
    finish_new(vm, vm.alloc(&vm.types.typevar, tv))
}

/// `ParamSpec(name, *, bound=None, covariant=False, contravariant=False,
/// infer_variance=False)`.
fn paramspec_new(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    let kw = kwargs(vm, "ParamSpec", &a, TYPEVAR_LIKE_KWARGS)?;
    if pos.len() > 2 {
        return Err(vm.type_error("ParamSpec() takes at most 1 positional argument"));
    }
    let name = pos
        .get(1)
        .cloned()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| k == "name")
                .map(|(_, v)| (*v).clone())
        })
        .ok_or_else(|| vm.type_error("ParamSpec() missing required argument 'name' (pos 1)"))?;
    check_name(vm, "ParamSpec", &name)?;
    let (covariant, contravariant, infer_variance, bound) = variance(vm, &kw)?;
    let ps = TypeParamObj {
        kind: ParamKind::ParamSpec,
        name,
        bound: RefCell::new(bound),
        evaluate_bound: RefCell::new(None),
        constraints: RefCell::new(None),
        evaluate_constraints: RefCell::new(None),
        covariant,
        contravariant,
        infer_variance,
    };
    finish_new(vm, vm.alloc(&vm.types.paramspec, ps))
}

/// `TypeVarTuple(name)`.
fn typevartuple_new(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    let kw = kwargs(vm, "TypeVarTuple", &a, &["name"])?;
    if pos.len() > 2 {
        return Err(vm.type_error("TypeVarTuple() takes at most 1 positional argument"));
    }
    let name = pos
        .get(1)
        .cloned()
        .or_else(|| kw.first().map(|(_, v)| (*v).clone()))
        .ok_or_else(|| vm.type_error("TypeVarTuple() missing required argument 'name' (pos 1)"))?;
    check_name(vm, "TypeVarTuple", &name)?;
    let mut t = new_type_param(ParamKind::TypeVarTuple, name);
    t.infer_variance = false;
    finish_new(vm, vm.alloc(&vm.types.typevartuple, t))
}

/// Records the creating module as the object's `__module__`.
fn finish_new(vm: &Vm, obj: Value) -> PyResult {
    if let (Some(m), Some(d)) = (caller_module(vm), vm.instance_dict(&obj)) {
        crate::dict::dict_set_str(vm, &d, "__module__", m);
    }
    Ok(obj)
}

/// `TypeAliasType(name, value, *, type_params=())`.
fn typealias_new(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    let kw = kwargs(vm, "TypeAliasType", &a, &["name", "value", "type_params"])?;
    let get = |i: usize, k: &str| {
        pos.get(i)
            .cloned()
            .or_else(|| kw.iter().find(|(n, _)| n == k).map(|(_, v)| (*v).clone()))
    };
    if pos.len() > 3 {
        return Err(vm.type_error("TypeAliasType() takes at most 2 positional arguments"));
    }
    let name = get(1, "name")
        .ok_or_else(|| vm.type_error("TypeAliasType() missing required argument 'name' (pos 1)"))?;
    let value = get(2, "value").ok_or_else(|| {
        vm.type_error("TypeAliasType() missing required argument 'value' (pos 2)")
    })?;
    check_name(vm, "TypeAliasType", &name)?;
    let type_params = match get(usize::MAX, "type_params") {
        Some(t) if vm.is_exact(&t, &vm.types.tuple) => t,
        Some(_) => return Err(vm.type_error("type_params must be a tuple")),
        None => vm.empty_tuple.clone(),
    };
    alloc_alias(vm, name, type_params, None, Some(value), caller_module(vm))
}

// ----- attributes ---------------------------------------------------------

/// Registers a read-only attribute `name` on `ty`, computed by `f(self)`.
fn add_getter(vm: &Vm, ty: &Value, name: &str, f: NativeFn) {
    let tl = type_layout(ty);
    let getter = vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: Rc::from(name),
            qualname: Rc::from(format!("{}.{}", tl.name(), name).as_str()),
            func: NativeImpl::Plain(f),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    );
    let prop = vm.alloc(
        &vm.types.property,
        PropertyObj {
            fget: Some(getter),
            fset: None,
            fdel: None,
            doc: RefCell::new(None),
            name: RefCell::new(Some(vm.intern(name))),
        },
    );
    tl.namespace.borrow_mut().insert(Rc::from(name), prop);
}

fn tp_name(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_arg(vm, &a, "__name__")?;
    if let Some(t) = s.downcast::<TypeParamObj>() {
        return Ok(t.name.clone());
    }
    if let Some(t) = s.downcast::<TypeAliasObj>() {
        return Ok(t.name.clone());
    }
    Err(vm.type_error("__name__ of a non-typing object"))
}

fn tp_bound(vm: &Vm, a: FnArgs) -> PyResult {
    let t = type_param(vm, self_arg(vm, &a, "__bound__")?)?;
    if let Some(b) = t.bound.borrow().clone() {
        return Ok(b);
    }
    let eval = t.evaluate_bound.borrow().clone();
    match eval {
        Some(f) => {
            let b = vm.call(&f, &[])?;
            *t.bound.borrow_mut() = Some(b.clone());
            Ok(b)
        }
        None => Ok(vm.none()),
    }
}

fn tp_constraints(vm: &Vm, a: FnArgs) -> PyResult {
    let t = type_param(vm, self_arg(vm, &a, "__constraints__")?)?;
    if let Some(c) = t.constraints.borrow().clone() {
        return Ok(c);
    }
    let eval = t.evaluate_constraints.borrow().clone();
    match eval {
        Some(f) => {
            let c = vm.call(&f, &[])?;
            *t.constraints.borrow_mut() = Some(c.clone());
            Ok(c)
        }
        None => Ok(vm.empty_tuple.clone()),
    }
}

fn tp_covariant(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(type_param(vm, self_arg(vm, &a, "__covariant__")?)?.covariant))
}

fn tp_contravariant(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(type_param(vm, self_arg(vm, &a, "__contravariant__")?)?.contravariant))
}

fn tp_infer_variance(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(type_param(vm, self_arg(vm, &a, "__infer_variance__")?)?.infer_variance))
}

fn ps_args(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_arg(vm, &a, "args")?;
    Ok(vm.alloc(
        &vm.types.paramspec_args,
        ParamSpecAttrObj { origin: s.clone() },
    ))
}

fn ps_kwargs(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_arg(vm, &a, "kwargs")?;
    Ok(vm.alloc(
        &vm.types.paramspec_kwargs,
        ParamSpecAttrObj { origin: s.clone() },
    ))
}

fn psattr_origin(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_arg(vm, &a, "__origin__")?;
    s.downcast::<ParamSpecAttrObj>()
        .map(|p| p.origin.clone())
        .ok_or_else(|| vm.type_error("expected ParamSpecArgs"))
}

fn alias_obj<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TypeAliasObj> {
    v.downcast::<TypeAliasObj>()
        .ok_or_else(|| vm.type_error("expected a TypeAliasType"))
}

fn ta_value(vm: &Vm, a: FnArgs) -> PyResult {
    let t = alias_obj(vm, self_arg(vm, &a, "__value__")?)?;
    if let Some(v) = t.value.borrow().clone() {
        return Ok(v);
    }
    match &t.compute_value {
        Some(f) => {
            let v = vm.call(f, &[])?;
            *t.value.borrow_mut() = Some(v.clone());
            Ok(v)
        }
        None => Ok(vm.none()),
    }
}

fn ta_type_params(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(alias_obj(vm, self_arg(vm, &a, "__type_params__")?)?
        .type_params
        .clone())
}

fn ga<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a GenericAliasObj> {
    v.downcast::<GenericAliasObj>()
        .ok_or_else(|| vm.type_error("expected a generic alias"))
}

fn ga_origin(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(ga(vm, self_arg(vm, &a, "__origin__")?)?.origin.clone())
}

fn ga_args(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(ga(vm, self_arg(vm, &a, "__args__")?)?.args.clone())
}

/// The type parameters among an alias's arguments, in order, without
/// duplicates.
fn ga_parameters(vm: &Vm, a: FnArgs) -> PyResult {
    let g = ga(vm, self_arg(vm, &a, "__parameters__")?)?;
    let mut out: Vec<Value> = Vec::new();
    for x in vm.to_vec(&g.args)? {
        if x.payload_is::<TypeParamObj>() && !out.iter().any(|o| o.is(&x)) {
            out.push(x);
        }
    }
    Ok(vm.new_tuple(out))
}

fn is_generic_class(vm: &Vm, b: &Value) -> bool {
    vm.is_type(b) && vm.is_subtype(b, &vm.types.generic)
}

/// `alias.__mro_entries__(bases)` (PEP 560), as `typing._GenericAlias`
/// computes it: `Generic[...]` becomes `Generic` unless a later base is an
/// alias too; `C[...]` becomes `C` (unless already a base), followed by
/// `Generic` when no later base provides it.
fn ga_mro_entries(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_arg(vm, &a, "__mro_entries__")?;
    let g = ga(vm, s)?;
    let bases = match a.pos().get(1) {
        Some(b) => vm.to_vec(b)?,
        None => return Err(vm.type_error("__mro_entries__ expected 1 argument")),
    };
    let i = bases.iter().position(|b| b.is(s)).unwrap_or(bases.len());
    let later = bases.get(i + 1..).unwrap_or(&[]);
    if g.origin.is(&vm.types.generic) {
        if later.iter().any(|b| b.payload_is::<GenericAliasObj>()) {
            return Ok(vm.empty_tuple.clone());
        }
        return Ok(vm.new_tuple(vec![g.origin.clone()]));
    }
    let mut res = Vec::new();
    if !bases.iter().any(|b| b.is(&g.origin)) {
        res.push(g.origin.clone());
    }
    let generic_later = later
        .iter()
        .any(|b| b.payload_is::<GenericAliasObj>() || is_generic_class(vm, b));
    if !generic_later && is_generic_class(vm, &g.origin) {
        res.push(vm.types.generic.clone());
    }
    Ok(vm.new_tuple(res))
}

/// `Generic.__class_getitem__(cls, params)`: checks the number of
/// arguments against the class's own `__type_params__` (when they are all
/// plain TypeVars) and returns `cls[params]` as an alias.
fn generic_class_getitem(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    let (Some(cls), Some(params)) = (pos.first(), pos.get(1)) else {
        return Err(vm.type_error("__class_getitem__ expected 2 arguments"));
    };
    let args = as_args_tuple(vm, params);
    if vm.is_type(cls) && !cls.is(&vm.types.generic) {
        let own = type_layout(cls).get_own("__type_params__");
        let expected = match &own {
            Some(t) => vm.to_vec(t)?,
            None => Vec::new(),
        };
        let cls_str = vm.str_string(cls)?;
        if expected.is_empty() {
            return Err(vm.type_error(format!("{cls_str} is not a generic class")));
        }
        let all_typevars = expected.iter().all(|p| {
            p.downcast::<TypeParamObj>()
                .is_some_and(|t| t.kind == ParamKind::TypeVar)
        });
        let n = vm.to_vec(&args)?.len();
        if all_typevars && n != expected.len() {
            return Err(vm.type_error(format!(
                "Too {} arguments for {cls_str}; actual {n}, expected {}",
                if n > expected.len() { "many" } else { "few" },
                expected.len()
            )));
        }
    }
    Ok(new_alias(vm, cls.clone(), args))
}

// ----- protocols used by the rest of the runtime ----------------------------

/// `repr()` of the typing objects; None for other objects.
pub fn repr(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(t) = v.downcast::<TypeParamObj>() {
        let name = str_of(vm, &t.name);
        if t.kind == ParamKind::TypeVarTuple || t.infer_variance {
            return Ok(Some(name));
        }
        let sign = if t.covariant {
            '+'
        } else if t.contravariant {
            '-'
        } else {
            '~'
        };
        return Ok(Some(format!("{sign}{name}")));
    }
    if let Some(p) = v.downcast::<ParamSpecAttrObj>() {
        let origin = match p.origin.downcast::<TypeParamObj>() {
            Some(t) => str_of(vm, &t.name),
            None => vm.repr_string(&p.origin)?,
        };
        let attr = if vm.is_exact(v, &vm.types.paramspec_args) {
            "args"
        } else {
            "kwargs"
        };
        return Ok(Some(format!("{origin}.{attr}")));
    }
    if let Some(t) = v.downcast::<TypeAliasObj>() {
        return Ok(Some(str_of(vm, &t.name)));
    }
    if let Some(g) = v.downcast::<GenericAliasObj>() {
        let mut parts = Vec::new();
        for x in vm.to_vec(&g.args)? {
            parts.push(type_repr(vm, &x)?);
        }
        let args = if parts.is_empty() {
            "()".to_string()
        } else {
            parts.join(", ")
        };
        return Ok(Some(format!("{}[{}]", type_repr(vm, &g.origin)?, args)));
    }
    Ok(None)
}

/// `typing._type_repr`: classes by qualified name (without `builtins.`),
/// `...` as is, functions by name, anything else by repr.
fn type_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if vm.is_type(v) {
        let tl = type_layout(v);
        let q = tl.qualname.borrow().clone();
        let module = tl.get_own("__module__").map(|m| str_of(vm, &m));
        return Ok(match module {
            Some(m) if m != "builtins" => format!("{m}.{q}"),
            _ => q.to_string(),
        });
    }
    if v.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if let Some(f) = v.downcast::<FunctionObj>() {
        return Ok(str_of(vm, &f.name.borrow()));
    }
    vm.repr_string(v)
}

/// `obj[key]` for the typing objects (`Alias[int]`); None for others.
pub fn getitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(t) = obj.downcast::<TypeAliasObj>() {
        if vm.to_vec(&t.type_params)?.is_empty() {
            return Err(vm.type_error("Only generic type aliases are subscriptable"));
        }
        return Ok(Some(new_alias(vm, obj.clone(), as_args_tuple(vm, key))));
    }
    Ok(None)
}

/// Builds the `_typing` module and the typing types' attributes; called
/// once at start-up.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    for ty in [
        &t.typevar,
        &t.paramspec,
        &t.typevartuple,
        &t.paramspec_args,
        &t.paramspec_kwargs,
        &t.typealias,
        &t.generic,
        &t.generic_alias,
    ] {
        type_layout(ty)
            .namespace
            .borrow_mut()
            .insert(Rc::from("__module__"), vm.new_str("typing"));
    }
    add_static(vm, &t.typevar, "__new__", typevar_new);
    add_static(vm, &t.paramspec, "__new__", paramspec_new);
    add_static(vm, &t.typevartuple, "__new__", typevartuple_new);
    add_static(vm, &t.typealias, "__new__", typealias_new);
    for ty in [&t.typevar, &t.paramspec, &t.typevartuple] {
        add_getter(vm, ty, "__name__", tp_name);
    }
    for ty in [&t.typevar, &t.paramspec] {
        add_getter(vm, ty, "__bound__", tp_bound);
        add_getter(vm, ty, "__covariant__", tp_covariant);
        add_getter(vm, ty, "__contravariant__", tp_contravariant);
        add_getter(vm, ty, "__infer_variance__", tp_infer_variance);
    }
    add_getter(vm, &t.typevar, "__constraints__", tp_constraints);
    add_getter(vm, &t.paramspec, "args", ps_args);
    add_getter(vm, &t.paramspec, "kwargs", ps_kwargs);
    for ty in [&t.paramspec_args, &t.paramspec_kwargs] {
        add_getter(vm, ty, "__origin__", psattr_origin);
    }
    add_getter(vm, &t.typealias, "__name__", tp_name);
    add_getter(vm, &t.typealias, "__value__", ta_value);
    add_getter(vm, &t.typealias, "__type_params__", ta_type_params);
    add_getter(vm, &t.typealias, "__parameters__", ta_type_params);
    add_getter(vm, &t.generic_alias, "__origin__", ga_origin);
    add_getter(vm, &t.generic_alias, "__args__", ga_args);
    add_getter(vm, &t.generic_alias, "__parameters__", ga_parameters);
    add_method(vm, &t.generic_alias, "__mro_entries__", ga_mro_entries);
    add_classmethod(vm, &t.generic, "__class_getitem__", generic_class_getitem);

    let m = crate::sysmod::new_module(vm, "_typing");
    if let Some(mo) = m.downcast::<ModuleObj>() {
        for (name, ty) in [
            ("TypeVar", &t.typevar),
            ("ParamSpec", &t.paramspec),
            ("TypeVarTuple", &t.typevartuple),
            ("ParamSpecArgs", &t.paramspec_args),
            ("ParamSpecKwargs", &t.paramspec_kwargs),
            ("TypeAliasType", &t.typealias),
            ("Generic", &t.generic),
        ] {
            crate::dict::dict_set_str(vm, &mo.dict, name, ty.clone());
        }
    }
    let _ = crate::dict::dict_set_item(vm, &vm.modules, vm.intern("_typing"), m);
}
