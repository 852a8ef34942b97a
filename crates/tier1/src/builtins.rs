//! The `builtins` module: builtin functions and the builtin names of types
//! and exceptions.

use std::cell::Cell;

use strata_compiler::CompareOp;
use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::Value;

use crate::frame::Frame;
use crate::numeric::{as_float, as_int, Int};
use crate::runtime::*;
use crate::typeslots::check_args;
use crate::vm::{PyResult, Vm};

fn kw<'a>(vm: &Vm, a: &'a FnArgs, name: &str) -> Option<&'a Value> {
    a.kwargs()
        .find(|(k, _)| vm.str_lossy(k) == name)
        .map(|(_, v)| v)
}

fn b_print(vm: &Vm, a: FnArgs) -> PyResult {
    let text_arg = |name: &str, default: &str| -> PyResult<Value> {
        match kw(vm, &a, name).filter(|v| !v.is(&vm.none)) {
            None => Ok(vm.new_str(default)),
            Some(v) if v.payload_is::<StrObj>() => Ok(v.clone()),
            Some(v) => Err(vm.type_error(format!(
                "{} must be None or a string, not {}",
                name,
                vm.type_name(v)
            ))),
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let file = match kw(vm, &a, "file").filter(|v| !v.is(&vm.none)) {
        Some(f) => Some(f.clone()),
        None => crate::sysmod::sys_attr(vm, "stdout")
            .filter(|o| !o.payload_is::<crate::sysmod::StdStreamObj>()),
    };
    match file {
        // A Python file object receives each piece in its own write() call.
        Some(f) => {
            let w = vm.getattr_str(&f, "write")?;
            for (i, v) in a.pos().iter().enumerate() {
                if i > 0 {
                    vm.call(&w, std::slice::from_ref(&sep))?;
                }
                vm.call(&w, &[vm.to_str(v)?])?;
            }
            vm.call(&w, std::slice::from_ref(&end))?;
            if let Some(fl) = kw(vm, &a, "flush") {
                if vm.truthy(fl)? {
                    if let Some(flush) = vm.getattr_opt(&f, "flush")? {
                        vm.call(&flush, &[])?;
                    }
                }
            }
        }
        None => {
            let mut s = String::new();
            for (i, v) in a.pos().iter().enumerate() {
                if i > 0 {
                    s.push_str(&vm.str_lossy(&sep));
                }
                s.push_str(&vm.str_string(v)?);
            }
            s.push_str(&vm.str_lossy(&end));
            crate::sysmod::write_stdout(vm, &s)?;
        }
    }
    Ok(vm.none())
}

fn b_input(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "input", &a, 0, 1)?;
    if let Some(prompt) = a.args.first() {
        crate::sysmod::write_stdout(vm, &vm.str_string(prompt)?)?;
    }
    let line = crate::sysmod::read_stdin_line(vm)?;
    if line.is_empty() {
        return Err(vm.eof_error("EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(vm.new_str(line.strip_suffix('\r').unwrap_or(line)))
}

fn b_len(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "len", &a, 1, 1)?;
    Ok(vm.new_int(vm.len(&a.args[0])? as i64))
}

fn b_repr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "repr", &a, 1, 1)?;
    vm.repr(&a.args[0])
}

fn b_ascii(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "ascii", &a, 1, 1)?;
    Ok(vm.new_string(crate::format::ascii_of(vm, &a.args[0])?))
}

/// `isinstance(v, cls)` (`inst`) or `issubclass(v, cls)`, as CPython's
/// `object_recursive_isinstance`/`object_issubclass`: exact types directly,
/// unions and tuples item by item, then a `__instancecheck__` /
/// `__subclasscheck__` other than type's own, then the class check.
pub fn class_check(vm: &Vm, v: &Value, cls: &Value, inst: bool) -> PyResult<bool> {
    if inst && vm.type_of(v).is(cls) {
        return Ok(true);
    }
    if vm.is_exact(cls, &vm.types.type_) && (inst || vm.is_exact(v, &vm.types.type_)) {
        return builtin_class_check(vm, v, cls, inst);
    }
    let cls = match crate::objects::generic_alias::union_args(cls) {
        Some(args) => args,
        None => cls.clone(),
    };
    if let Some(t) = cls.downcast::<TupleObj>() {
        for c in t.0.iter() {
            if class_check(vm, v, c, inst)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let name = if inst {
        "__instancecheck__"
    } else {
        "__subclasscheck__"
    };
    if let Some(m) = vm.lookup_special(&cls, name) {
        let type_default = m
            .downcast::<NativeFunctionObj>()
            .is_some_and(|n| n.objclass.as_ref().is_some_and(|o| o.is(&vm.types.type_)));
        if !type_default {
            let r = vm.call_bound_special(&m, &cls, std::slice::from_ref(v))?;
            return vm.truthy(&r);
        }
    }
    builtin_class_check(vm, v, &cls, inst)
}

/// The class check without hooks: `type(v)` (or `v`) is a subtype of `cls`.
fn builtin_class_check(vm: &Vm, v: &Value, cls: &Value, inst: bool) -> PyResult<bool> {
    if inst {
        if !vm.is_type(cls) {
            return Err(
                vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
            );
        }
        return Ok(vm.isinstance(v, cls));
    }
    if !vm.is_type(v) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if !vm.is_type(cls) {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    Ok(vm.is_subtype(v, cls))
}

fn type_instancecheck(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__instancecheck__", &a, 2, 2)?;
    Ok(vm.bool(builtin_class_check(vm, &a.args[1], &a.args[0], true)?))
}

fn type_subclasscheck(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__subclasscheck__", &a, 2, 2)?;
    Ok(vm.bool(builtin_class_check(vm, &a.args[1], &a.args[0], false)?))
}

fn b_isinstance(vm: &Vm, a: FnArgs) -> PyResult {
    if a.args.len() != 2 || !a.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "isinstance expected 2 arguments, got {}",
            a.args.len()
        )));
    }
    Ok(vm.bool(class_check(vm, &a.args[0], &a.args[1], true)?))
}

fn b_issubclass(vm: &Vm, a: FnArgs) -> PyResult {
    if a.args.len() != 2 || !a.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "issubclass expected 2 arguments, got {}",
            a.args.len()
        )));
    }
    Ok(vm.bool(class_check(vm, &a.args[0], &a.args[1], false)?))
}

fn b_getattr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "getattr", &a, 2, 3)?;
    if !a.args[1].payload_is::<StrObj>() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&a.args[1])
        )));
    }
    match vm.getattr(&a.args[0], &a.args[1]) {
        Err(e) if a.args.len() == 3 && vm.exc_matches(&e, &vm.exc.attribute_error) => {
            Ok(a.args[2].clone())
        }
        r => r,
    }
}

fn b_setattr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "setattr", &a, 3, 3)?;
    vm.setattr(&a.args[0], &a.args[1], a.args[2].clone())?;
    Ok(vm.none())
}

fn b_delattr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "delattr", &a, 2, 2)?;
    vm.delattr(&a.args[0], &a.args[1])?;
    Ok(vm.none())
}

fn b_hasattr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "hasattr", &a, 2, 2)?;
    match vm.getattr(&a.args[0], &a.args[1]) {
        Ok(_) => Ok(vm.true_.clone()),
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error) => Ok(vm.false_.clone()),
        Err(e) => Err(e),
    }
}

fn b_id(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "id", &a, 1, 1)?;
    Ok(vm.new_int((a.args[0].word() >> 1) as i64))
}

fn b_hash(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "hash", &a, 1, 1)?;
    Ok(vm.new_int(vm.hash(&a.args[0])?))
}

fn b_iter(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "iter", &a, 1, 2)?;
    if a.args.len() == 2 {
        if !vm.callable(&a.args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.alloc(
            &vm.types.callable_iterator,
            CallableIterObj {
                func: std::cell::RefCell::new(Some(a.args[0].clone())),
                sentinel: a.args[1].clone(),
            },
        ));
    }
    vm.iter(&a.args[0])
}

fn b_next(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "next", &a, 1, 2)?;
    if !vm.is_iterator(&a.args[0]) {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&a.args[0])
        )));
    }
    if let Some(m) = vm.user_special(&a.args[0], "__next__") {
        return match vm.call_bound_special(&m, &a.args[0], &[]) {
            Err(e) if a.args.len() == 2 && vm.exc_matches(&e, &vm.exc.stop_iteration) => {
                Ok(a.args[1].clone())
            }
            r => r,
        };
    }
    match vm.next(&a.args[0])? {
        Some(v) => Ok(v),
        None => a
            .args
            .get(1)
            .cloned()
            .ok_or_else(|| vm.stop_iteration(None)),
    }
}

fn b_abs(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "abs", &a, 1, 1)?;
    let v = &a.args[0];
    if let Some(m) = vm.user_special(v, "__abs__") {
        return vm.call_bound_special(&m, v, &[]);
    }
    if let Some(i) = as_int(v) {
        return Ok(match i {
            Int::Small(x) => vm.new_bigint(num_bigint::BigInt::from(x).magnitude().clone().into()),
            Int::Big(b) => vm.new_bigint(b.magnitude().clone().into()),
        });
    }
    if let Some(f) = as_float(v) {
        return Ok(vm.new_float(f.abs()));
    }
    if let Some(c) = v.downcast::<ComplexObj>() {
        return Ok(vm.new_float(c.re.hypot(c.im)));
    }
    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
}

fn minmax(vm: &Vm, a: FnArgs, op: CompareOp, name: &str) -> PyResult {
    let pos = a.pos();
    let items = if pos.len() == 1 {
        vm.to_vec(&pos[0])?
    } else {
        pos.to_vec()
    };
    if pos.len() > 1 && kw(vm, &a, "default").is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        )));
    }
    if pos.is_empty() {
        return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    let key = kw(vm, &a, "key").filter(|k| !k.is(&vm.none)).cloned();
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it))?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let r = vm.compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => kw(vm, &a, "default")
            .cloned()
            .ok_or_else(|| vm.value_error(format!("{}() arg is an empty sequence", name))),
    }
}

fn b_min(vm: &Vm, a: FnArgs) -> PyResult {
    minmax(vm, a, CompareOp::Lt, "min")
}

fn b_max(vm: &Vm, a: FnArgs) -> PyResult {
    minmax(vm, a, CompareOp::Gt, "max")
}

fn b_sum(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    if pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut acc = pos
        .get(1)
        .cloned()
        .or_else(|| kw(vm, &a, "start").cloned())
        .unwrap_or_else(|| vm.new_int(0));
    if acc.payload_is::<StrObj>() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.payload_is::<BytesObj>() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if acc.payload_is::<ByteArrayObj>() {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&pos[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, strata_compiler::BinaryOp::Add)?;
    }
    Ok(acc)
}

fn b_all(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "all", &a, 1, 1)?;
    let it = vm.iter(&a.args[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn b_any(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "any", &a, 1, 1)?;
    let it = vm.iter(&a.args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn b_sorted(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let list = vm.new_list(vm.to_vec(&pos[0])?);
    // `sorted` is `list(iterable).sort(**kwargs)`.
    let mut args = vec![list.clone()];
    args.extend_from_slice(&a.args[1..]);
    let sort = vm.getattr_str(&vm.types.list, "sort")?;
    vm.call_args(
        &sort,
        FnArgs {
            args: &args,
            kwnames: a.kwnames,
        },
    )?;
    Ok(list)
}

fn b_callable(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "callable", &a, 1, 1)?;
    Ok(vm.bool(vm.callable(&a.args[0])))
}

fn b_chr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "chr", &a, 1, 1)?;
    let i = vm.c_int_arg(&a.args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_string(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "ord", &a, 1, 1)?;
    if let Some(b) = crate::ops::bytes_or_bytearray(&a.args[0]) {
        if b.len() == 1 {
            return Ok(vm.new_int(b[0] as i64));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    if let Some(s) = a.args[0].downcast::<StrObj>() {
        let mut it = s.s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(vm.new_int(c as i64));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len
        )));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(&a.args[0])
    )))
}

fn radix(vm: &Vm, a: &FnArgs, r: u32, p: &str) -> PyResult {
    check_args(vm, "hex", a, 1, 1)?;
    let n = vm.index(&a.args[0])?;
    let s = n.magnitude().to_str_radix(r);
    Ok(vm.new_string(format!(
        "{}{}{}",
        if n.sign() == num_bigint::Sign::Minus {
            "-"
        } else {
            ""
        },
        p,
        s
    )))
}

fn b_hex(vm: &Vm, a: FnArgs) -> PyResult {
    radix(vm, &a, 16, "0x")
}
fn b_oct(vm: &Vm, a: FnArgs) -> PyResult {
    radix(vm, &a, 8, "0o")
}
fn b_bin(vm: &Vm, a: FnArgs) -> PyResult {
    radix(vm, &a, 2, "0b")
}

fn b_divmod(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "divmod", &a, 2, 2)?;
    let (x, y) = (&a.args[0], &a.args[1]);
    if let Some(m) = vm.user_special(x, "__divmod__") {
        let r = vm.call_bound_special(&m, x, std::slice::from_ref(y))?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(r) = crate::typeslots::num_divmod(vm, x, y)? {
        return Ok(r);
    }
    if let Some(m) = vm.user_special(y, "__rdivmod__") {
        let r = vm.call_bound_special(&m, y, std::slice::from_ref(x))?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.unsupported_operands("divmod()", x, y))
}

/// Modular inverse of `a` modulo `m` (both non-negative), if it exists.
fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_bigint::BigInt;
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while r != BigInt::from(0) {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&old_s, m))
}

/// Keyword-capable arguments of a builtin function (no receiver), bound
/// to `names` as `kw_args` does for methods.
pub(crate) fn builtin_kw_args(
    vm: &Vm,
    a: &FnArgs,
    fname: &str,
    names: &[&str],
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let mut full = Vec::with_capacity(a.args.len() + 1);
    full.push(vm.none());
    full.extend_from_slice(a.args);
    crate::str_methods::kw_args(
        vm,
        &FnArgs {
            args: &full,
            kwnames: a.kwnames,
        },
        fname,
        names,
        max_pos,
        required,
    )
}

fn b_pow(vm: &Vm, a: FnArgs) -> PyResult {
    let (x, y, z) = if a.kwnames.is_empty() && (2..=3).contains(&a.args.len()) {
        (a.args[0].clone(), a.args[1].clone(), a.args.get(2).cloned())
    } else {
        let v = builtin_kw_args(vm, &a, "pow", &["base", "exp", "mod"], 3, 2)?;
        let mut it = v.into_iter();
        (
            it.next().flatten().expect("base"),
            it.next().flatten().expect("exp"),
            it.next().flatten(),
        )
    };
    match z {
        Some(m) if !m.is(&vm.none) => pow3(vm, &x, &y, &m),
        _ => vm.binary_op(&x, &y, strata_compiler::BinaryOp::Power),
    }
}

/// `pow(x, y, z)` with a modulus.
pub fn pow3(vm: &Vm, x: &Value, y: &Value, z: &Value) -> PyResult {
    let args = [x, y, z];
    if let Some(p) = vm.user_special(x, "__pow__") {
        return vm.call_bound_special(&p, x, &[y.clone(), z.clone()]);
    }
    if args.iter().any(|v| as_float(v).is_some()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if args.iter().any(|v| v.payload_is::<ComplexObj>()) {
        return Err(vm.value_error("complex modulo"));
    }
    if args.iter().any(|v| as_int(v).is_none()) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(x),
            vm.type_name(y),
            vm.type_name(z)
        )));
    }
    let (b, e, m) = (vm.index(x)?, vm.index(y)?, vm.index(z)?);
    let zero = num_bigint::BigInt::from(0);
    if m == zero {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let m_abs = num_traits::Signed::abs(&m);
    let (b, e) = if e < zero {
        let inv = mod_inverse(&num_integer::Integer::mod_floor(&b, &m_abs), &m_abs)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let r = num_integer::Integer::mod_floor(&b, &m_abs).modpow(&e, &m_abs);
    // The result takes the modulus's sign, as `%` does.
    let r = if m < zero && r != zero { r + &m } else { r };
    Ok(vm.new_bigint(r))
}

fn b_round(vm: &Vm, a: FnArgs) -> PyResult {
    let p = builtin_kw_args(vm, &a, "round", &["number", "ndigits"], 2, 1)?;
    let v = p[0].as_ref().expect("number");
    let nd = p[1].as_ref().filter(|n| !n.is(&vm.none));
    if let Some(m) = vm.user_special(v, "__round__") {
        return vm.call_bound_special(&m, v, &nd.cloned().into_iter().collect::<Vec<_>>());
    }
    if let Some(f) = as_float(v) {
        return match nd {
            None => strata_object::text::float_ops::float_round_to_int(f)
                .map(|b| vm.new_bigint(b))
                .map_err(|e| vm.num_error(e)),
            Some(n) => strata_object::text::float_ops::float_round(f, Some(vm.index_i64(n)?))
                .map(|x| vm.new_float(x))
                .map_err(|e| vm.num_error(e)),
        };
    }
    if let Some(i) = as_int(v) {
        let Some(n) = nd else {
            return Ok(vm.new_bigint(i.to_big()));
        };
        let n = vm.index_i64(n)?;
        if n >= 0 {
            return Ok(vm.new_bigint(i.to_big()));
        }
        let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
        let x = i.to_big();
        let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
        let half = &p / 2;
        let q = if r > half || (r == half && num_integer::Integer::is_odd(&q)) {
            q + 1
        } else {
            q
        };
        return Ok(vm.new_bigint(q * p));
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __round__ method",
        vm.type_name(v)
    )))
}

fn b_format(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "format", &a, 1, 2)?;
    if let Some(spec) = a.args.get(1) {
        if !spec.payload_is::<StrObj>() {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(spec)
            )));
        }
    }
    crate::format::format_value(vm, &a.args[0], a.args.get(1))
}

fn b_globals(vm: &Vm, _a: FnArgs, f: Option<&mut Frame>) -> PyResult {
    f.map(|f| f.globals.clone())
        .ok_or_else(|| vm.system_error("globals(): no current frame"))
}

/// A dict snapshot of a frame's local variables.
pub fn frame_locals(vm: &Vm, f: &Frame) -> PyResult {
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    let d = vm.new_dict();
    let co = f.code_obj();
    for (i, name) in co.local_names.iter().enumerate() {
        let v = match &f.slots[i] {
            Some(v) => match v.downcast::<CellObj>() {
                Some(c)
                    if co.code.localsplus_kinds[i].intersects(
                        strata_compiler::LocalKind::CELL | strata_compiler::LocalKind::FREE,
                    ) =>
                {
                    c.0.borrow().clone()
                }
                _ => Some(v.clone()),
            },
            None => None,
        };
        if let Some(v) = v {
            crate::dict::dict_set_item(vm, &d, name.clone(), v)?;
        }
    }
    Ok(d)
}

fn b_locals(vm: &Vm, _a: FnArgs, f: Option<&mut Frame>) -> PyResult {
    match f {
        Some(f) => frame_locals(vm, f),
        None => Err(vm.system_error("locals(): no current frame")),
    }
}

fn b_vars(vm: &Vm, a: FnArgs, f: Option<&mut Frame>) -> PyResult {
    if a.args.len() > 1 {
        return Err(vm.type_error(format!(
            "vars expected at most 1 argument, got {}",
            a.args.len()
        )));
    }
    match a.args.first() {
        None => b_locals(vm, a, f),
        Some(o) => vm
            .getattr_str(o, "__dict__")
            .map_err(|_| vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// Names for `dir(obj)`.
pub fn dir_names(vm: &Vm, obj: &Value) -> PyResult<Vec<Value>> {
    let mut names: Vec<String> = Vec::new();
    if let Some(m) = obj.downcast::<ModuleObj>() {
        // A module's attributes are its namespace (`module.__dir__`), or
        // what the module's own `__dir__` function returns.
        if let Some(f) = crate::dict::dict_get_str(vm, &m.dict, "__dir__") {
            let r = vm.call(&f, &[])?;
            return crate::methods::sort_values(vm, vm.to_vec(&r)?, None, false);
        }
        let keys = crate::dict::dict_keys(&m.dict);
        return crate::methods::sort_values(vm, keys, None, false);
    }
    if let Some(d) = vm.instance_dict(obj) {
        names.extend(crate::dict::dict_keys(&d).iter().map(|k| vm.str_lossy(k)));
    }
    let ty = if vm.is_type(obj) {
        obj.clone()
    } else {
        vm.type_of(obj)
    };
    for t in type_layout(&ty).mro.borrow().iter() {
        names.extend(
            type_layout(t)
                .namespace
                .borrow()
                .keys()
                .map(|k| k.to_string()),
        );
    }
    names.sort();
    names.dedup();
    Ok(names.into_iter().map(|n| vm.new_string(n)).collect())
}

fn b_dir(vm: &Vm, a: FnArgs, f: Option<&mut Frame>) -> PyResult {
    if a.args.len() > 1 {
        return Err(vm.type_error(format!(
            "dir expected at most 1 argument, got {}",
            a.args.len()
        )));
    }
    match a.args.first() {
        Some(o) => {
            if let Some(m) = vm.user_special(o, "__dir__") {
                let r = vm.call_bound_special(&m, o, &[])?;
                let items = crate::methods::sort_values(vm, vm.to_vec(&r)?, None, false)?;
                return Ok(vm.new_list(items));
            }
            Ok(vm.new_list(dir_names(vm, o)?))
        }
        None => {
            let l = b_locals(vm, a, f)?;
            let keys = crate::methods::sort_values(vm, crate::dict::dict_keys(&l), None, false)?;
            Ok(vm.new_list(keys))
        }
    }
}

fn b_super(vm: &Vm, a: FnArgs, f: Option<&mut Frame>) -> PyResult {
    let (cls, obj) = match a.pos().len() {
        0 => {
            let f = f.ok_or_else(|| vm.runtime_error("super(): no arguments"))?;
            let co = f.code_obj();
            if co.code.arg_count == 0
                && !co.code.flags.contains(strata_compiler::CodeFlags::VARARGS)
            {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let mut first = f.slots[0]
                .clone()
                .ok_or_else(|| vm.runtime_error("super(): arg[0] deleted"))?;
            if co.code.localsplus_kinds[0].contains(strata_compiler::LocalKind::CELL) {
                if let Some(c) = first.downcast::<CellObj>() {
                    let inner = c.0.borrow().clone();
                    first = inner.ok_or_else(|| vm.runtime_error("super(): arg[0] deleted"))?;
                }
            }
            let idx = co
                .local_names
                .iter()
                .position(|n| vm.str_lossy(n) == "__class__")
                .ok_or_else(|| vm.runtime_error("super(): __class__ cell not found"))?;
            let cell = f.slots[idx]
                .clone()
                .and_then(|c| c.downcast::<CellObj>().and_then(|c| c.0.borrow().clone()))
                .ok_or_else(|| vm.runtime_error("super(): empty __class__ cell"))?;
            (cell, Some(first))
        }
        1 => (a.args[0].clone(), None),
        _ => (a.args[0].clone(), Some(a.args[1].clone())),
    };
    if !vm.is_type(&cls) {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&cls)
        )));
    }
    let obj_type = match &obj {
        Some(o) if vm.is_type(o) && vm.is_subtype(o, &cls) => Some(o.clone()),
        Some(o) if vm.isinstance(o, &cls) => Some(vm.type_of(o)),
        Some(_) => {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            )
        }
        None => None,
    };
    Ok(vm.alloc(
        &vm.types.super_,
        SuperObj {
            this_class: cls,
            obj,
            obj_type,
        },
    ))
}

fn b_build_class(vm: &Vm, a: FnArgs) -> PyResult {
    crate::typeobj::build_class(vm, a)
}

fn b_import(vm: &Vm, a: FnArgs) -> PyResult {
    let name = a
        .pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__import__() missing required argument 'name'"))?;
    let globals = a
        .pos()
        .get(1)
        .cloned()
        .filter(|g| g.payload_is::<DictObj>())
        .unwrap_or_else(|| vm.new_dict());
    let fromlist = a
        .pos()
        .get(3)
        .or_else(|| kw(vm, &a, "fromlist"))
        .cloned()
        .unwrap_or_else(|| vm.none());
    let level = a
        .pos()
        .get(4)
        .or_else(|| kw(vm, &a, "level"))
        .cloned()
        .unwrap_or_else(|| vm.new_int(0));
    crate::import::import_name(vm, &name, &globals, &fromlist, &level)
}

fn run_source(vm: &Vm, a: FnArgs, f: Option<&mut Frame>, mode: strata_compiler::Mode) -> PyResult {
    let src = a
        .pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("exec() missing required argument"))?;
    let (globals, locals) = match (
        a.pos().get(1).filter(|g| !g.is(&vm.none)),
        a.pos().get(2).filter(|l| !l.is(&vm.none)),
    ) {
        (Some(g), l) => (g.clone(), l.cloned().unwrap_or_else(|| g.clone())),
        (None, Some(l)) => (
            f.as_ref()
                .map(|f| f.globals.clone())
                .unwrap_or_else(|| vm.new_dict()),
            l.clone(),
        ),
        (None, None) => match &f {
            Some(f) => (f.globals.clone(), frame_locals(vm, f)?),
            None => (vm.new_dict(), vm.new_dict()),
        },
    };
    let fname = if mode == strata_compiler::Mode::Eval {
        "eval"
    } else {
        "exec"
    };
    if !globals.payload_is::<DictObj>() {
        return Err(vm.type_error(if mode == strata_compiler::Mode::Eval {
            if vm.lookup_special(&globals, "__getitem__").is_some() {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            }
        } else {
            format!(
                "exec() globals must be a dict, not {}",
                vm.type_name(&globals)
            )
        }));
    }
    if !locals.payload_is::<DictObj>() && vm.lookup_special(&locals, "__getitem__").is_none() {
        return Err(vm.type_error(format!(
            "locals must be a mapping{}",
            if mode == strata_compiler::Mode::Eval {
                String::new()
            } else {
                format!(" or None, not {}", vm.type_name(&locals))
            }
        )));
    }
    if !src.payload_is::<CodeObj>() && !src.payload_is::<StrObj>() && !src.payload_is::<BytesObj>()
    {
        return Err(vm.type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        )));
    }
    let code = if src.payload_is::<CodeObj>() {
        src
    } else {
        let text = match src.downcast::<BytesObj>() {
            Some(b) => String::from_utf8(b.b.to_vec())
                .map_err(|_| vm.value_error("source code string cannot be decoded as UTF-8"))?,
            None => vm.str_string(&src)?,
        };
        let text = if mode == strata_compiler::Mode::Eval {
            text.trim_start_matches([' ', '\t']).to_string()
        } else {
            text
        };
        crate::interp::compile_to_value(vm, &text, "<string>", mode)?
    };
    if crate::dict::dict_get_str(vm, &globals, "__builtins__").is_none() {
        crate::dict::dict_set_str(vm, &globals, "__builtins__", vm.builtins.clone());
    }
    let r = crate::interp::run_code(vm, &code, globals, Some(locals))?;
    Ok(if mode == strata_compiler::Mode::Eval {
        r
    } else {
        vm.none()
    })
}

fn b_exec(vm: &Vm, a: FnArgs, f: Option<&mut Frame>) -> PyResult {
    run_source(vm, a, f, strata_compiler::Mode::Exec)
}

fn b_eval(vm: &Vm, a: FnArgs, f: Option<&mut Frame>) -> PyResult {
    run_source(vm, a, f, strata_compiler::Mode::Eval)
}

fn b_compile(vm: &Vm, a: FnArgs) -> PyResult {
    let p = a.pos();
    if p.len() < 3 {
        return Err(vm.type_error("compile() missing required argument"));
    }
    let src = vm.str_string(&p[0])?;
    let file = vm.str_string(&p[1])?;
    let mode = match vm.str_string(&p[2])?.as_str() {
        "exec" => strata_compiler::Mode::Exec,
        "eval" => strata_compiler::Mode::Eval,
        "single" => strata_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    crate::interp::compile_to_value(vm, &src, &file, mode)
}

/// `next()` of the builtin iterator objects defined in this module.
pub fn builtin_iter_next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Some(e) = it.downcast::<EnumerateObj>() {
        let Some(v) = vm.next(&e.iter)? else {
            return Ok(None);
        };
        let n = e.count.borrow().clone();
        *e.count.borrow_mut() = vm.binary_op(&n, &vm.new_int(1), strata_compiler::BinaryOp::Add)?;
        return Ok(Some(vm.new_tuple(vec![n, v])));
    }
    if let Some(z) = it.downcast::<ZipObj>() {
        if z.iters.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(z.iters.len());
        for (n, i) in z.iters.iter().enumerate() {
            match vm.next(i)? {
                Some(v) => out.push(v),
                None if z.strict => return zip_strict_end(vm, &z.iters, n),
                None => return Ok(None),
            }
        }
        return Ok(Some(vm.new_tuple(out)));
    }
    if let Some(m) = it.downcast::<MapObj>() {
        let mut args = Vec::with_capacity(m.iters.len());
        for i in &m.iters {
            match vm.next(i)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        return match vm.call(&m.func, &args) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        };
    }
    if let Some(fl) = it.downcast::<FilterObj>() {
        while let Some(v) = vm.next(&fl.iter)? {
            let keep = if fl.func.is(&vm.none) {
                vm.truthy(&v)?
            } else {
                vm.truthy(&vm.call(&fl.func, std::slice::from_ref(&v))?)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
        return Ok(None);
    }
    if let Some(r) = it.downcast::<ReversedObj>() {
        let seq = r.seq.borrow().clone();
        let Some(seq) = seq else { return Ok(None) };
        let i = r.index.get();
        if i < 0 {
            *r.seq.borrow_mut() = None;
            return Ok(None);
        }
        r.index.set(i - 1);
        return match vm.getitem(&seq, &vm.new_int(i as i64)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.exc_matches(&e, &vm.exc.index_error) => Ok(None),
            Err(e) => Err(e),
        };
    }
    if let Some(c) = it.downcast::<CallableIterObj>() {
        let f = c.func.borrow().clone();
        let Some(f) = f else { return Ok(None) };
        let v = vm.call(&f, &[])?;
        if vm.eq(&v, &c.sentinel)? {
            *c.func.borrow_mut() = None;
            return Ok(None);
        }
        return Ok(Some(v));
    }
    Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))))
}

fn t_enumerate(vm: &Vm, a: FnArgs) -> PyResult {
    let p = a.pos();
    let src = p
        .get(1)
        .or_else(|| kw(vm, &a, "iterable"))
        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable'"))?;
    let start = p
        .get(2)
        .or_else(|| kw(vm, &a, "start"))
        .cloned()
        .unwrap_or_else(|| vm.new_int(0));
    let it = vm.iter(src)?;
    Ok(vm.alloc(
        &vm.types.enumerate,
        EnumerateObj {
            iter: it,
            count: std::cell::RefCell::new(start),
        },
    ))
}

fn t_zip(vm: &Vm, a: FnArgs) -> PyResult {
    let mut strict = false;
    for (k, v) in a.kwargs() {
        let k = vm.str_lossy(k);
        if &*k != "strict" {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for zip()", k)));
        }
        strict = vm.truthy(v)?;
    }
    let iters = a.pos()[1..]
        .iter()
        .map(|x| vm.iter(x))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(vm.alloc(&vm.types.zip, ZipObj { iters, strict }))
}

/// The end of a `zip(..., strict=True)`: iterator `n` ran out; every
/// other one must be exhausted at the same point.
fn zip_strict_end(vm: &Vm, iters: &[Value], n: usize) -> PyResult<Option<Value>> {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    if n > 0 {
        return Err(vm.value_error(format!(
            "zip() argument {} is shorter than argument{}{}",
            n + 1,
            plural(n),
            n
        )));
    }
    for (i, it) in iters.iter().enumerate().skip(1) {
        if vm.next(it)?.is_some() {
            return Err(vm.value_error(format!(
                "zip() argument {} is longer than argument{}{}",
                i + 1,
                plural(i),
                i
            )));
        }
    }
    Ok(None)
}

fn t_map(vm: &Vm, a: FnArgs) -> PyResult {
    let p = a.pos();
    if p.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iters = p[2..]
        .iter()
        .map(|x| vm.iter(x))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(vm.alloc(
        &vm.types.map,
        MapObj {
            func: p[1].clone(),
            iters,
        },
    ))
}

fn t_filter(vm: &Vm, a: FnArgs) -> PyResult {
    let p = a.pos();
    if p.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let it = vm.iter(&p[2])?;
    Ok(vm.alloc(
        &vm.types.filter,
        FilterObj {
            func: p[1].clone(),
            iter: it,
        },
    ))
}

fn t_reversed(vm: &Vm, a: FnArgs) -> PyResult {
    let p = a.pos();
    if p.len() != 2 || !a.kwnames.is_empty() {
        if !a.kwnames.is_empty() && a.args[0].is(&vm.types.reversed) {
            return Err(vm.type_error("reversed() takes no keyword arguments"));
        }
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", p.len() - 1)));
    }
    let seq = &p[1];
    if let Some(m) = vm.user_special(seq, "__reversed__") {
        return vm.call_bound_special(&m, seq, &[]);
    }
    if seq.payload_is::<DictObj>() || seq.downcast::<DictViewObj>().is_some() {
        let items: Vec<Value> = if seq.payload_is::<DictObj>() {
            crate::dict::dict_keys(seq)
        } else {
            vm.to_vec(seq)?
        };
        return Ok(vm.alloc(
            &vm.types.snapshot_iterator,
            SnapshotIterObj {
                items: items.into_iter().rev().collect(),
                index: Cell::new(0),
            },
        ));
    }
    if let Some(r) = seq.downcast::<RangeObj>() {
        // A range_iterator running backwards, as CPython's range.__reversed__.
        let len = crate::objects::range::range_len(r);
        let rev = if num_traits::Signed::is_positive(&len) {
            RangeObj {
                start: &r.start + (len - 1) * &r.step,
                stop: &r.start - &r.step,
                step: -r.step.clone(),
            }
        } else {
            RangeObj {
                start: r.start.clone(),
                stop: r.start.clone(),
                step: 1.into(),
            }
        };
        return vm.builtin_iter(&vm.alloc(&vm.types.range, rev));
    }
    if vm.lookup_special(seq, "__getitem__").is_none() {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm
        .len(seq)
        .map_err(|_| vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))))?;
    let ty = if vm.is_exact(seq, &vm.types.list) {
        &vm.types.list_reverseiterator
    } else {
        &vm.types.reversed
    };
    Ok(vm.alloc(
        ty,
        ReversedObj {
            seq: std::cell::RefCell::new(Some(seq.clone())),
            index: Cell::new(n as isize - 1),
        },
    ))
}

fn add_fn(vm: &Vm, name: &str, f: NativeImpl) {
    let v = vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: name.into(),
            qualname: name.into(),
            func: f,
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    );
    crate::dict::dict_set_str(vm, &vm.builtins, name, v);
}

/// Fills the builtins dict.
pub fn init_builtins(vm: &Vm) {
    use NativeImpl::{Plain, WithFrame};
    let plain: &[(&str, NativeFn)] = &[
        ("print", b_print),
        ("input", b_input),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("hasattr", b_hasattr),
        ("id", b_id),
        ("hash", b_hash),
        ("iter", b_iter),
        ("next", b_next),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("all", b_all),
        ("any", b_any),
        ("sorted", b_sorted),
        ("callable", b_callable),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("format", b_format),
        ("__build_class__", b_build_class),
        ("__import__", b_import),
        ("compile", b_compile),
    ];
    for (n, f) in plain {
        add_fn(vm, n, Plain(*f));
    }
    let framed: &[(&str, NativeFrameFn)] = &[
        ("globals", b_globals),
        ("locals", b_locals),
        ("vars", b_vars),
        ("dir", b_dir),
        ("exec", b_exec),
        ("eval", b_eval),
    ];
    for (n, f) in framed {
        add_fn(vm, n, WithFrame(*f));
    }
    // `super` is a type; its constructor needs the caller's frame.
    crate::typeslots::add_static(vm, &vm.types.super_, "__new__", |vm, a| {
        b_super(
            vm,
            FnArgs {
                args: &a.args[1..],
                kwnames: a.kwnames,
            },
            None,
        )
    });
    let super_fn = vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: "super".into(),
            qualname: "super".into(),
            func: WithFrame(b_super),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    );
    crate::dict::dict_set_str(vm, &vm.builtins, "super", super_fn);
    crate::typeslots::add_static(vm, &vm.types.enumerate, "__new__", t_enumerate);
    crate::typeslots::add_static(vm, &vm.types.zip, "__new__", t_zip);
    crate::typeslots::add_static(vm, &vm.types.map, "__new__", t_map);
    crate::typeslots::add_static(vm, &vm.types.filter, "__new__", t_filter);
    crate::typeslots::add_static(vm, &vm.types.reversed, "__new__", t_reversed);
    crate::typeslots::add_method(vm, &vm.types.type_, "__instancecheck__", type_instancecheck);
    crate::typeslots::add_method(vm, &vm.types.type_, "__subclasscheck__", type_subclasscheck);
    let t = &vm.types;
    for (n, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ] {
        crate::dict::dict_set_str(vm, &vm.builtins, n, ty.clone());
    }
    for (n, ty) in vm.exc.all() {
        crate::dict::dict_set_str(vm, &vm.builtins, n, ty.clone());
    }
    crate::dict::dict_set_str(
        vm,
        &vm.builtins,
        "EnvironmentError",
        vm.exc.os_error.clone(),
    );
    crate::dict::dict_set_str(vm, &vm.builtins, "IOError", vm.exc.os_error.clone());
    crate::dict::dict_set_str(vm, &vm.builtins, "None", vm.none());
    crate::dict::dict_set_str(vm, &vm.builtins, "True", vm.true_.clone());
    crate::dict::dict_set_str(vm, &vm.builtins, "False", vm.false_.clone());
    crate::dict::dict_set_str(
        vm,
        &vm.builtins,
        "NotImplemented",
        vm.not_implemented.clone(),
    );
    crate::dict::dict_set_str(vm, &vm.builtins, "Ellipsis", vm.ellipsis.clone());
    crate::dict::dict_set_str(vm, &vm.builtins, "__name__", vm.new_str("builtins"));
    crate::sitebuiltins::init(vm);
    crate::objects::anext::init(vm);
    crate::objects::memoryview::init(vm);
}
