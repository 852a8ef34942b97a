//! Methods of the builtin types: registers native functions into each
//! builtin type's namespace at start-up (the dunder wrappers that let
//! `int.__add__(1, 2)` and `super().__eq__(o)` work, and the named methods
//! like `list.append`).

use std::rc::Rc;

use strata_compiler::{BinaryOp, CompareOp};
use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::Value;

use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// Registers a native method on `ty`.
pub fn add_method(vm: &Vm, ty: &Value, name: &str, f: NativeFn) {
    add_native(vm, ty, name, NativeImpl::Plain(f), true, false);
}

/// Registers a native classmethod on `ty`.
pub fn add_classmethod(vm: &Vm, ty: &Value, name: &str, f: NativeFn) {
    add_native(vm, ty, name, NativeImpl::Plain(f), false, true);
}

/// Registers a native static function (e.g. `__new__`) on `ty`.
pub fn add_static(vm: &Vm, ty: &Value, name: &str, f: NativeFn) {
    add_native(vm, ty, name, NativeImpl::Plain(f), false, false);
}

fn add_native(
    vm: &Vm,
    ty: &Value,
    name: &str,
    func: NativeImpl,
    is_method: bool,
    is_classmethod: bool,
) {
    let tl = type_layout(ty);
    let qual = format!("{}.{}", tl.qualname.borrow(), name);
    let kind = if is_classmethod {
        &vm.types.classmethod_descriptor
    } else if !is_method {
        &vm.types.native_function
    } else if is_slot_name(name) {
        &vm.types.wrapper_descriptor
    } else {
        &vm.types.method_descriptor
    };
    let f = vm.alloc(
        kind,
        NativeFunctionObj {
            name: Rc::from(name),
            qualname: Rc::from(qual.as_str()),
            func,
            self_: None,
            is_method,
            is_classmethod,
            doc: None,
            objclass: if is_method || name == "__new__" {
                Some(ty.clone())
            } else {
                None
            },
        },
    );
    tl.namespace.borrow_mut().insert(Rc::from(name), f);
}

/// Dunder methods that are ordinary methods in CPython, not wrappers of a
/// type slot (so they print as `<method ...>`, not `<slot wrapper ...>`).
const METHOD_DUNDERS: &[&str] = &[
    "__reversed__",
    "__reduce__",
    "__reduce_ex__",
    "__sizeof__",
    "__format__",
    "__dir__",
    "__getstate__",
    "__setstate__",
    "__subclasshook__",
    "__init_subclass__",
    "__class_getitem__",
    "__getnewargs__",
    "__getnewargs_ex__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__length_hint__",
    "__getformat__",
    "__alloc__",
    "__copy__",
    "__deepcopy__",
    "__instancecheck__",
    "__subclasscheck__",
    "__prepare__",
    "__subclasses__",
    "__mro_entries__",
    "__enter__",
    "__exit__",
    "__bytes__",
    "__complex__",
    "__release_buffer__",
];

/// Whether a native method called `name` wraps a type slot (a dunder that
/// is not one of CPython's plain-method dunders).
pub fn is_slot_name(name: &str) -> bool {
    name.len() > 4
        && name.starts_with("__")
        && name.ends_with("__")
        && !METHOD_DUNDERS.contains(&name)
}

/// Checks the number of arguments of a native function.
pub fn check_args(vm: &Vm, name: &str, args: &FnArgs, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let n = args.args.len();
    if n < min || n > max {
        return Err(if min == max {
            if min == 1 {
                vm.type_error(format!(
                    "{}() takes exactly one argument ({} given)",
                    name, n
                ))
            } else {
                vm.type_error(format!("{} expected {} arguments, got {}", name, min, n))
            }
        } else if n < min {
            vm.type_error(format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            ))
        } else {
            vm.type_error(format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                if max == 1 { "" } else { "s" },
                n
            ))
        });
    }
    Ok(())
}

/// Argument count check of a slot wrapper called directly
/// (`int.__add__(1)`: "expected 1 argument, got 0").
pub(crate) fn wrapper_args(vm: &Vm, a: &FnArgs, n: usize) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("wrapper takes no keyword arguments"));
    }
    let got = a.args.len().saturating_sub(1);
    if a.args.is_empty() || got != n {
        return Err(vm.type_error(format!(
            "expected {} argument{}, got {}",
            n,
            if n == 1 { "" } else { "s" },
            got
        )));
    }
    Ok(())
}

/// Rank of a number's kind (int < float < complex), None for others: a
/// builtin number's operator methods only accept operands of their own
/// rank or below (`int.__add__(1, 1.5)` is NotImplemented).
fn num_rank(v: &Value) -> Option<u8> {
    if crate::numeric::as_int(v).is_some() {
        Some(0)
    } else if v.payload_is::<FloatObj>() {
        Some(1)
    } else if v.payload_is::<ComplexObj>() {
        Some(2)
    } else {
        None
    }
}

/// Whether `self op other` is outside what `self`'s own type implements
/// (for numbers: a higher-ranked or non-numeric operand).
fn foreign_operand(this: &Value, other: &Value) -> bool {
    match num_rank(this) {
        Some(r) => num_rank(other).is_none_or(|o| o > r),
        None => false,
    }
}

macro_rules! binop_wrappers {
        ($( $fwd:ident, $rev:ident, $fname:literal, $rname:literal => $op:expr ;)*) => {
        $(
            fn $fwd(vm: &Vm, a: FnArgs) -> PyResult {
                if stringify!($fwd) == "pow" && a.args.len() == 3 && a.kwnames.is_empty() {
                    return ternary_pow(vm, &a.args[0], &a.args[1], &a.args[2]);
                }
                wrapper_args(vm, &a, 1)?;
                if foreign_operand(&a.args[0], &a.args[1]) {
                    return Ok(vm.not_implemented.clone());
                }
                Ok(vm.builtin_binop($op, &a.args[0], &a.args[1], false)?.unwrap_or_else(|| vm.not_implemented.clone()))
            }
            fn $rev(vm: &Vm, a: FnArgs) -> PyResult {
                wrapper_args(vm, &a, 1)?;
                if foreign_operand(&a.args[0], &a.args[1]) {
                    return Ok(vm.not_implemented.clone());
                }
                Ok(vm.builtin_binop($op, &a.args[1], &a.args[0], true)?.unwrap_or_else(|| vm.not_implemented.clone()))
            }
        )*
        const BINOPS: &[(&str, &str, NativeFn, NativeFn)] = &[
                        $( ($fname, $rname, $fwd, $rev), )*
        ];
    };
}

binop_wrappers! {
    add, radd, "__add__", "__radd__" => BinaryOp::Add;
    sub, rsub, "__sub__", "__rsub__" => BinaryOp::Subtract;
    mul, rmul, "__mul__", "__rmul__" => BinaryOp::Multiply;
    truediv, rtruediv, "__truediv__", "__rtruediv__" => BinaryOp::TrueDivide;
    floordiv, rfloordiv, "__floordiv__", "__rfloordiv__" => BinaryOp::FloorDivide;
    mod_, rmod, "__mod__", "__rmod__" => BinaryOp::Remainder;
    pow, rpow, "__pow__", "__rpow__" => BinaryOp::Power;
    lshift, rlshift, "__lshift__", "__rlshift__" => BinaryOp::LShift;
    rshift, rrshift, "__rshift__", "__rrshift__" => BinaryOp::RShift;
    and, rand, "__and__", "__rand__" => BinaryOp::And;
    or, ror, "__or__", "__ror__" => BinaryOp::Or;
    xor, rxor, "__xor__", "__rxor__" => BinaryOp::Xor;
}

macro_rules! cmp_wrappers {
    ($( $name:ident => $op:expr ;)*) => {
        $(
            fn $name(vm: &Vm, a: FnArgs) -> PyResult {                check_args(vm, stringify!($name), &a, 2, 2)?;
                // int's comparisons only know ints (float's know both).
                if crate::numeric::as_int(&a.args[0]).is_some() && crate::numeric::as_int(&a.args[1]).is_none() {
                    return Ok(vm.not_implemented.clone());
                }
                Ok(match vm.builtin_compare(&a.args[0], &a.args[1], $op)? {Some(b) => vm.bool(b),
                    None => vm.not_implemented.clone(),
                })
            }
        )*
        const CMPS: &[(&str, NativeFn)] = &[ $( (concat!("__", stringify!($name), "__"), $name), )* ];
    };
}

cmp_wrappers! {
    lt => CompareOp::Lt;
    le => CompareOp::Le;
    eq => CompareOp::Eq;
    ne => CompareOp::Ne;
    gt => CompareOp::Gt;
    ge => CompareOp::Ge;
}

/// `int.__pow__(base, exp, mod)`: three-argument pow of builtin numbers.
fn ternary_pow(vm: &Vm, x: &Value, y: &Value, z: &Value) -> PyResult {
    if foreign_operand(x, y) {
        return Ok(vm.not_implemented.clone());
    }
    crate::builtins::pow3(vm, x, y, z)
}

/// `divmod(x, y)` for builtin numbers; `Ok(None)` when either operand is
/// not an int or float.
pub fn num_divmod(vm: &Vm, x: &Value, y: &Value) -> PyResult<Option<Value>> {
    use crate::numeric::{as_float, as_int};
    if let (Some(_), Some(_)) = (as_int(x), as_int(y)) {
        let q = vm.int_binop(
            BinaryOp::FloorDivide,
            as_int(x).expect("int"),
            as_int(y).expect("int"),
        )?;
        let r = vm.int_binop(
            BinaryOp::Remainder,
            as_int(x).expect("int"),
            as_int(y).expect("int"),
        )?;
        return Ok(Some(vm.new_tuple(vec![q, r])));
    }
    let to_f = |v: &Value| -> PyResult<Option<f64>> {
        if let Some(f) = as_float(v) {
            return Ok(Some(f));
        }
        match as_int(v) {
            Some(i) => vm.int_to_f64(&i).map(Some),
            None => Ok(None),
        }
    };
    let (Some(a), Some(b)) = (to_f(x)?, to_f(y)?) else {
        return Ok(None);
    };
    if b == 0.0 {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let q = vm.float_binop(BinaryOp::FloorDivide, a, b)?;
    let r = vm.float_binop(BinaryOp::Remainder, a, b)?;
    Ok(Some(vm.new_tuple(vec![q, r])))
}

fn num_divmod_method(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__divmod__", &a, 2, 2)?;
    if foreign_operand(&a.args[0], &a.args[1]) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(num_divmod(vm, &a.args[0], &a.args[1])?.unwrap_or_else(|| vm.not_implemented.clone()))
}

fn num_rdivmod_method(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__rdivmod__", &a, 2, 2)?;
    if foreign_operand(&a.args[0], &a.args[1]) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(num_divmod(vm, &a.args[1], &a.args[0])?.unwrap_or_else(|| vm.not_implemented.clone()))
}

/// `seq.__add__(other)`: concatenation, raising CPython's TypeError for an
/// operand of another type.
fn seq_add(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__add__", &a, 2, 2)?;
    if let Some(r) = vm.builtin_binop(BinaryOp::Add, &a.args[0], &a.args[1], false)? {
        return Ok(r);
    }
    let (x, y) = (&a.args[0], &a.args[1]);
    if x.payload_is::<BytesObj>() || x.payload_is::<ByteArrayObj>() {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(y),
            vm.type_name(x)
        )));
    }
    let what = if x.payload_is::<StrObj>() {
        "str"
    } else if x.payload_is::<ListObj>() {
        "list"
    } else {
        "tuple"
    };
    Err(vm.type_error(format!(
        "can only concatenate {} (not \"{}\") to {}",
        what,
        vm.type_name(y),
        what
    )))
}

/// `seq.__mul__(n)` / `seq.__rmul__(n)`: repetition; `n` must be an index.
fn seq_mul(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__mul__", &a, 2, 2)?;
    vm.index(&a.args[1])?;
    Ok(vm
        .builtin_binop(BinaryOp::Multiply, &a.args[0], &a.args[1], false)?
        .unwrap_or_else(|| vm.not_implemented.clone()))
}

/// `fmt.__rmod__(other)`: `other % fmt` when `other` is of fmt's kind.
fn seq_rmod(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__rmod__", &a, 2, 2)?;
    let (fmt, other) = (&a.args[0], &a.args[1]);
    let same = if fmt.payload_is::<StrObj>() {
        other.payload_is::<StrObj>()
    } else {
        other.payload_is::<BytesObj>() || other.payload_is::<ByteArrayObj>()
    };
    if !same {
        return Ok(vm.not_implemented.clone());
    }
    crate::format::percent_format(vm, other, fmt)
}

/// In-place operator methods (`list.__iadd__`, `set.__ior__`, ...).
macro_rules! inplace_wrappers {
    ($( $name:ident, $dunder:literal => $op:expr ;)*) => {
        $(
            fn $name(vm: &Vm, a: FnArgs) -> PyResult {
                check_args(vm, $dunder, &a, 2, 2)?;
                if $op == BinaryOp::Multiply {
                    vm.index(&a.args[1])?;
                }
                Ok(crate::objects::sequence::builtin_inplace(vm, $op, &a.args[0], &a.args[1])?
                    .unwrap_or_else(|| vm.not_implemented.clone()))
            }
        )*
    };
}

inplace_wrappers! {
    iadd, "__iadd__" => BinaryOp::Add;
    imul, "__imul__" => BinaryOp::Multiply;
    ior, "__ior__" => BinaryOp::Or;
    iand, "__iand__" => BinaryOp::And;
    isub, "__isub__" => BinaryOp::Subtract;
    ixor, "__ixor__" => BinaryOp::Xor;
}

fn object_eq(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__eq__", &a, 2, 2)?;
    Ok(if a.args[0].is(&a.args[1]) {
        vm.true_.clone()
    } else {
        vm.not_implemented.clone()
    })
}

fn object_ne(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__ne__", &a, 2, 2)?;
    let r = match vm.lookup_special(&a.args[0], "__eq__") {
        Some(eq) => vm.call_bound_special(&eq, &a.args[0], &[a.args[1].clone()])?,
        None => vm.not_implemented.clone(),
    };
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool(!vm.truthy(&r)?))
}

fn object_not_implemented_cmp(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.not_implemented.clone())
}

/// `object.__init__`: extra arguments are an error unless the class
/// overrides `__new__` (CPython's `object_init`).
fn object_init(vm: &Vm, a: FnArgs) -> PyResult {
    if a.args.len() > 1 || !a.kwnames.is_empty() {
        let Some(this) = a.args.first() else {
            return Ok(vm.none());
        };
        if this.payload_is::<ExceptionObj>() {
            return Ok(vm.none());
        }
        let ty = vm.type_of(this);
        let tl = type_layout(&ty);
        let is_obj = |name: &str| {
            tl.lookup(name)
                .is_none_or(|f| crate::typeobj::is_object_native(vm, &f, name))
        };
        if !is_obj("__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_obj("__new__") {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                tl.name()
            )));
        }
    }
    Ok(vm.none())
}

fn object_repr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__repr__", &a, 1, 1)?;
    Ok(vm.new_string(vm.builtin_repr(&a.args[0])?))
}

fn object_str(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__str__", &a, 1, 1)?;
    let v = &a.args[0];
    if v.payload_is::<ExceptionObj>() {
        return Ok(vm.new_string(crate::objects::exceptions::exception_str(vm, v)?));
    }
    if let Some(s) = v.downcast::<StrObj>() {
        return Ok(vm.new_str(&s.s));
    }
    vm.repr(v)
}

fn object_hash(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__hash__", &a, 1, 1)?;
    Ok(vm.new_int(vm.builtin_hash(&a.args[0])?))
}

fn object_getattribute(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getattribute__", &a, 2, 2)?;
    vm.generic_getattr(&a.args[0], &a.args[1])
}

fn object_setattr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__setattr__", &a, 3, 3)?;
    vm.generic_setattr(&a.args[0], &a.args[1], Some(a.args[2].clone()))?;
    Ok(vm.none())
}

fn object_delattr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__delattr__", &a, 2, 2)?;
    vm.generic_setattr(&a.args[0], &a.args[1], None)?;
    Ok(vm.none())
}

fn object_format(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__format__", &a, 2, 2)?;
    let spec = vm.str_string(&a.args[1])?;
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a.args[0])
        )));
    }
    vm.to_str(&a.args[0])
}

fn object_init_subclass(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            a.args
                .first()
                .map(|c| type_layout(c).name().to_string())
                .unwrap_or_default()
        )));
    }
    Ok(vm.none())
}

fn object_dir(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__dir__", &a, 1, 1)?;
    Ok(vm.new_list(crate::builtins::dir_names(vm, &a.args[0])?))
}

fn type_mro(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "mro", &a, 1, 1)?;
    Ok(vm.new_list(type_layout(&a.args[0]).mro.borrow().clone()))
}

fn type_subclasses(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__subclasses__", &a, 1, 1)?;
    let subs = type_layout(&a.args[0]).subclasses.borrow().clone();
    // SAFETY: subclass pointers in the list are live (they unregister on
    // deallocation); cloning takes a new reference.
    Ok(vm.new_list(
        subs.into_iter()
            .map(|p| unsafe { (*Value::borrow_raw(p)).clone() })
            .collect(),
    ))
}

fn type_init(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.none())
}

fn generic_len(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__len__", &a, 1, 1)?;
    match vm.builtin_len(&a.args[0])? {
        Some(n) => Ok(vm.new_int(n as i64)),
        None => Err(vm.type_error("object has no len()")),
    }
}

fn generic_getitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getitem__", &a, 2, 2)?;
    match crate::objects::sequence::builtin_getitem(vm, &a.args[0], &a.args[1])? {
        Some(v) => Ok(v),
        None => Err(vm.type_error("object is not subscriptable")),
    }
}

fn generic_setitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__setitem__", &a, 3, 3)?;
    crate::objects::sequence::builtin_setitem(vm, &a.args[0], &a.args[1], Some(a.args[2].clone()))?;
    Ok(vm.none())
}

fn generic_delitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__delitem__", &a, 2, 2)?;
    crate::objects::sequence::builtin_setitem(vm, &a.args[0], &a.args[1], None)?;
    Ok(vm.none())
}

fn generic_iter(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__iter__", &a, 1, 1)?;
    vm.builtin_iter(&a.args[0])
}

fn iter_self(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__iter__", &a, 1, 1)?;
    Ok(a.args[0].clone())
}

fn iter_next(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__next__", &a, 1, 1)?;
    match vm.next(&a.args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn generic_contains(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__contains__", &a, 2, 2)?;
    Ok(vm.bool(vm.contains(&a.args[0], &a.args[1])?))
}

fn generic_bool(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__bool__", &a, 1, 1)?;
    Ok(vm.bool(vm.truthy(&a.args[0])?))
}

fn generic_neg(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__neg__", &a, 1, 1)?;
    vm.num_unary('-', &a.args[0])?
        .ok_or_else(|| vm.type_error("bad operand"))
}

fn generic_pos(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__pos__", &a, 1, 1)?;
    vm.num_unary('+', &a.args[0])?
        .ok_or_else(|| vm.type_error("bad operand"))
}

fn generic_invert(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__invert__", &a, 1, 1)?;
    vm.num_unary('~', &a.args[0])?
        .ok_or_else(|| vm.type_error("bad operand"))
}

fn generic_format(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__format__", &a, 2, 2)?;
    crate::format::builtin_format(vm, &a.args[0], &a.args[1])
}

fn gen_send(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "send", &a, 2, 2)?;
    crate::generator::gen_send(vm, &a.args[0], a.args[1].clone())
}

fn gen_throw(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "throw", &a, 2, 4)?;
    let mut e = a.args[1].clone();
    if a.args.len() >= 3 && vm.is_type(&e) && !a.args[2].is(&vm.none) {
        e = vm.call(&e, &[a.args[2].clone()])?;
    }
    crate::generator::gen_throw(vm, &a.args[0], e)
}

fn gen_close(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "close", &a, 1, 1)?;
    crate::generator::gen_close(vm, &a.args[0])
}

fn coro_await(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__await__", &a, 1, 1)?;
    Ok(a.args[0].clone())
}

/// Installs the builtin types' methods.
pub fn init_types(vm: &Vm) {
    let t = &vm.types;
    add_static(vm, &t.object, "__new__", crate::typeobj::object_new);
    crate::objects::callables::init(vm);
    add_method(vm, &t.object, "__init__", object_init);
    add_method(vm, &t.object, "__repr__", object_repr);
    add_method(vm, &t.object, "__str__", object_str);
    add_method(vm, &t.object, "__hash__", object_hash);
    add_method(vm, &t.object, "__eq__", object_eq);
    add_method(vm, &t.object, "__ne__", object_ne);
    for n in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(vm, &t.object, n, object_not_implemented_cmp);
    }
    add_method(vm, &t.object, "__getattribute__", object_getattribute);
    add_method(vm, &t.object, "__setattr__", object_setattr);
    add_method(vm, &t.object, "__delattr__", object_delattr);
    add_method(vm, &t.object, "__format__", object_format);
    add_method(vm, &t.object, "__dir__", object_dir);
    add_classmethod(vm, &t.object, "__init_subclass__", object_init_subclass);
    add_static(vm, &t.type_, "__new__", crate::typeobj::type_new);
    add_method(vm, &t.type_, "__init__", type_init);
    add_method(vm, &t.type_, "mro", type_mro);
    add_method(vm, &t.type_, "__call__", |vm, a| {
        let cls = a.args.first().ok_or_else(|| {
            vm.type_error("descriptor '__call__' of 'type' object needs an argument")
        })?;
        crate::typeobj::type_call_default(
            vm,
            cls,
            FnArgs {
                args: &a.args[1..],
                kwnames: a.kwnames,
            },
        )
    });
    add_method(vm, &t.function, "__get__", |vm, a| {
        check_args(vm, "__get__", &a, 2, 3)?;
        if a.args[1].is(&vm.none) {
            return Ok(a.args[0].clone());
        }
        Ok(vm.alloc(
            &vm.types.method,
            BoundMethodObj {
                func: a.args[0].clone(),
                self_: a.args[1].clone(),
            },
        ))
    });
    for ty in [&t.staticmethod, &t.classmethod] {
        add_method(vm, ty, "__get__", |vm, a| {
            check_args(vm, "__get__", &a, 2, 3)?;
            let w = a.args[0]
                .downcast::<MethodWrapperObj>()
                .ok_or_else(|| vm.type_error("descriptor expected"))?;
            if vm.is_exact(&a.args[0], &vm.types.staticmethod) {
                return Ok(w.func.clone());
            }
            let owner = match a.args.get(2).filter(|o| !o.is(&vm.none)) {
                Some(o) => o.clone(),
                None => vm.type_of(&a.args[1]),
            };
            Ok(vm.alloc(
                &vm.types.method,
                BoundMethodObj {
                    func: w.func.clone(),
                    self_: owner,
                },
            ))
        });
    }
    add_method(vm, &t.property, "__get__", |vm, a| {
        check_args(vm, "__get__", &a, 2, 3)?;
        if a.args[1].is(&vm.none) {
            return Ok(a.args[0].clone());
        }
        let p = a.args[0]
            .downcast::<PropertyObj>()
            .ok_or_else(|| vm.type_error("descriptor expected"))?;
        match &p.fget {
            Some(g) => vm.call(g, &[a.args[1].clone()]),
            None => Err(vm.attribute_error("property has no getter")),
        }
    });
    add_method(vm, &t.member_descriptor, "__get__", |vm, a| {
        check_args(vm, "__get__", &a, 2, 3)?;
        if a.args[1].is(&vm.none) {
            return Ok(a.args[0].clone());
        }
        let m = a.args[0]
            .downcast::<crate::attr::MemberDescrObj>()
            .ok_or_else(|| vm.type_error("descriptor expected"))?;
        let v = a.args[1].ext_slot(m.slot).and_then(|c| {
            let v = c.take();
            c.set(v.clone());
            v
        });
        v.ok_or_else(|| {
            vm.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                vm.type_name(&a.args[1]),
                m.name
            ))
        })
    });
    add_method(vm, &t.type_, "__subclasses__", type_subclasses);

    for (ty, kind) in [(&t.int, 0), (&t.float, 1), (&t.complex, 2)] {
        for (f, r, ff, rf) in BINOPS {
            let bitwise = matches!(
                *f,
                "__and__" | "__or__" | "__xor__" | "__lshift__" | "__rshift__"
            );
            let floor = matches!(*f, "__floordiv__" | "__mod__");
            if (bitwise && kind > 0) || (floor && kind > 1) {
                continue;
            }
            add_method(vm, ty, f, *ff);
            add_method(vm, ty, r, *rf);
        }
        add_method(vm, ty, "__neg__", generic_neg);
        add_method(vm, ty, "__pos__", generic_pos);
        add_method(vm, ty, "__bool__", generic_bool);
        if kind < 2 {
            add_method(vm, ty, "__divmod__", num_divmod_method);
            add_method(vm, ty, "__rdivmod__", num_rdivmod_method);
        }
    }
    add_method(vm, &t.int, "__invert__", generic_invert);
    for ty in [&t.str_, &t.list, &t.tuple, &t.bytes, &t.bytearray] {
        add_method(vm, ty, "__add__", seq_add);
        add_method(vm, ty, "__mul__", seq_mul);
        add_method(vm, ty, "__rmul__", seq_mul);
    }
    for ty in [&t.str_, &t.bytes, &t.bytearray] {
        add_method(vm, ty, "__mod__", mod_);
        add_method(vm, ty, "__rmod__", seq_rmod);
    }
    for ty in [&t.set, &t.frozenset, &t.dict_keys, &t.dict_items] {
        for (f, r, ff, rf) in BINOPS
            .iter()
            .filter(|(f, ..)| matches!(*f, "__or__" | "__and__" | "__sub__" | "__xor__"))
        {
            add_method(vm, ty, f, *ff);
            add_method(vm, ty, r, *rf);
        }
    }
    add_method(vm, &t.dict, "__or__", or);
    add_method(vm, &t.dict, "__ror__", ror);
    add_method(vm, &t.dict, "__ior__", ior);
    add_method(vm, &t.list, "__iadd__", iadd);
    add_method(vm, &t.list, "__imul__", imul);
    add_method(vm, &t.bytearray, "__iadd__", iadd);
    add_method(vm, &t.bytearray, "__imul__", imul);
    add_method(vm, &t.set, "__ior__", ior);
    add_method(vm, &t.set, "__iand__", iand);
    add_method(vm, &t.set, "__isub__", isub);
    add_method(vm, &t.set, "__ixor__", ixor);
    for ty in [
        &t.int,
        &t.float,
        &t.complex,
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
    ] {
        for (n, f) in CMPS {
            add_method(vm, ty, n, *f);
        }
    }
    for ty in [
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
    ] {
        add_method(vm, ty, "__len__", generic_len);
        add_method(vm, ty, "__iter__", generic_iter);
        add_method(vm, ty, "__contains__", generic_contains);
    }
    for ty in [
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.range,
    ] {
        add_method(vm, ty, "__getitem__", generic_getitem);
    }
    for ty in [&t.dict_keys, &t.dict_items] {
        for (n, f) in CMPS {
            add_method(vm, ty, n, *f);
        }
    }
    // Mutable containers are unhashable: `__hash__` is None in their
    // namespace, as `collections.abc.Hashable` checks.
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray] {
        type_layout(ty)
            .namespace
            .borrow_mut()
            .insert(Rc::from("__hash__"), vm.none());
    }
    for ty in [&t.function, &t.native_function, &t.method] {
        add_method(vm, ty, "__call__", |vm, a| {
            let (f, rest) = a
                .args
                .split_first()
                .ok_or_else(|| vm.type_error("descriptor '__call__' needs an argument"))?;
            vm.call_args(
                f,
                FnArgs {
                    args: rest,
                    kwnames: a.kwnames,
                },
            )
        });
    }
    for ty in [&t.list, &t.dict, &t.bytearray] {
        add_method(vm, ty, "__setitem__", generic_setitem);
        add_method(vm, ty, "__delitem__", generic_delitem);
    }
    for ty in [&t.int, &t.float, &t.str_, &t.complex] {
        add_method(vm, ty, "__format__", generic_format);
    }
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.seq_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.str_ascii_iterator,
        &t.bytes_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.reversed,
        &t.list_reverseiterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.callable_iterator,
        &t.snapshot_iterator,
        &t.generator,
    ] {
        add_method(vm, ty, "__iter__", iter_self);
        add_method(vm, ty, "__next__", iter_next);
    }
    for ty in [&t.generator, &t.coroutine] {
        add_method(vm, ty, "send", gen_send);
        add_method(vm, ty, "throw", gen_throw);
        add_method(vm, ty, "close", gen_close);
    }
    add_method(vm, &t.coroutine, "__await__", coro_await);
    crate::asyncgen::init(vm);
    crate::methods::init_methods(vm);
    crate::objects::generic_alias::init(vm);
    crate::objects::reduce::init(vm);
    crate::objects::mappingproxy::init(vm);
    crate::objects::extra_dunders::init(vm);
    let getsets: &[(&Value, &[&str])] = &[
        (&t.object, &["__class__"]),
        (&t.int, &["real", "imag", "numerator", "denominator"]),
        (&t.float, &["real", "imag"]),
        (&t.complex, &["real", "imag"]),
        (
            &t.type_,
            &[
                "__name__",
                "__qualname__",
                "__bases__",
                "__mro__",
                "__dict__",
                "__base__",
                "__abstractmethods__",
                "__annotations__",
                "__basicsize__",
                "__dictoffset__",
                "__flags__",
                "__itemsize__",
                "__text_signature__",
                "__weakrefoffset__",
            ],
        ),
        (&t.slice, &["start", "stop", "step"]),
        (&t.dict_keys, &["mapping"]),
        (&t.dict_values, &["mapping"]),
        (&t.dict_items, &["mapping"]),
        (&t.range, &["start", "stop", "step"]),
        (
            &t.property,
            &["fget", "fset", "fdel", "__isabstractmethod__"],
        ),
        (
            &t.staticmethod,
            &[
                "__func__",
                "__wrapped__",
                "__isabstractmethod__",
                "__dict__",
            ],
        ),
        (
            &t.classmethod,
            &[
                "__func__",
                "__wrapped__",
                "__isabstractmethod__",
                "__dict__",
            ],
        ),
        (&t.super_, &["__thisclass__", "__self__", "__self_class__"]),
        (
            &vm.exc.base_exception,
            &[
                "args",
                "__cause__",
                "__context__",
                "__suppress_context__",
                "__traceback__",
                "__dict__",
            ],
        ),
        (
            &t.function,
            &[
                "__name__",
                "__qualname__",
                "__code__",
                "__defaults__",
                "__kwdefaults__",
                "__globals__",
                "__closure__",
                "__annotations__",
            ],
        ),
    ];
    let exc_attrs: &[&str] = &[
        "args",
        "__traceback__",
        "__context__",
        "__cause__",
        "__suppress_context__",
    ];
    let group_attrs: &[&str] = &["message", "exceptions"];
    let exc_getsets: &[(&Value, &[&str])] = &[
        (&vm.exc.base_exception, exc_attrs),
        (&vm.exc.base_exception_group, group_attrs),
    ];
    let getsets = [getsets, exc_getsets].concat();
    for (ty, names) in getsets {
        for n in names.iter() {
            if type_layout(ty).get_own(n).is_some() {
                continue;
            }
            let d = vm.alloc(
                &vm.types.getset_descriptor,
                crate::attr::GetSetDescrObj {
                    name: Rc::from(*n),
                    owner: (*ty).clone(),
                },
            );
            type_layout(ty)
                .namespace
                .borrow_mut()
                .insert(Rc::from(*n), d);
        }
    }
    // Builtin types carry no docstrings, but `__doc__` exists on each (so
    // `dir()` lists it as CPython's does).
    let mut all: Vec<&Value> = t.all();
    let excs = vm.exc.all();
    all.extend(excs.iter().map(|(_, e)| *e));
    for ty in all {
        let mut ns = type_layout(ty).namespace.borrow_mut();
        if !ns.contains_key("__doc__") {
            ns.insert(Rc::from("__doc__"), vm.none());
        }
    }
}
