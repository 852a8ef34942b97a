//! Exception groups (PEP 654) and exception notes, after CPython 3.11's
//! `Objects/exceptions.c` and `Python/ceval.c`:
//!
//! - the `BaseExceptionGroup` and `ExceptionGroup` types: constructor
//!   validation (a `BaseExceptionGroup` of `Exception`s is an
//!   `ExceptionGroup`; an `ExceptionGroup` cannot hold other
//!   `BaseException`s), `message`, `exceptions`, `split`, `subgroup`,
//!   `derive` and `str()`;
//! - `BaseException.add_note`;
//! - the run-time side of `except*`: [`check_eg_match`] (`CHECK_EG_MATCH`)
//!   and [`prep_reraise_star`] (`INTRINSIC_PREP_RERAISE_STAR`).
//!
//! Invariants: a group's message and exceptions are set once, when
//! `BaseExceptionGroup.__new__` creates it (the payload's `group` field);
//! the exceptions are a non-empty tuple of exception instances. The parts
//! `split`/`subgroup` build come from the original's `derive` and carry its
//! traceback, cause and context (with `__suppress_context__` set, as
//! CPython's `PyException_SetCause` does) and a copy of its `__notes__`;
//! leaf exceptions are shared, never copied.

use std::cell::RefCell;
use std::collections::HashSet;

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::runtime::*;
use crate::typeobj::alloc_instance;
use crate::typeslots::{add_method, add_static};
use crate::vm::{ExcTypes, PyResult, Vm};

/// Makes `ExceptionGroup` a subclass of both `BaseExceptionGroup` and
/// `Exception` (bases, MRO and subclass links), as CPython defines it.
/// CPython creates it like a class statement would, so unlike the other
/// builtin exceptions its instances can be weakly referenced.
pub fn link_exception_group(exc: &ExcTypes) {
    let eg = &exc.exception_group;
    let tl = type_layout(eg);
    tl.flags.set(tl.flags.get() | TypeFlags::WEAKREFABLE);
    *tl.bases.borrow_mut() = vec![exc.base_exception_group.clone(), exc.exception.clone()];
    *tl.mro.borrow_mut() = vec![
        eg.clone(),
        exc.base_exception_group.clone(),
        exc.exception.clone(),
        exc.base_exception.clone(),
        type_layout(&exc.base_exception).mro.borrow()[1].clone(),
    ];
    type_layout(&exc.exception)
        .subclasses
        .borrow_mut()
        .push(eg.header_ptr());
}

/// Installs the exception group types' methods and `add_note`.
pub fn init(vm: &Vm) {
    let beg = &vm.exc.base_exception_group;
    add_static(vm, beg, "__new__", group_new);
    add_method(vm, beg, "__init__", group_init);
    add_method(vm, beg, "derive", group_derive);
    add_method(vm, beg, "split", group_split);
    add_method(vm, beg, "subgroup", group_subgroup);
    add_method(vm, &vm.exc.base_exception, "add_note", add_note);
}

/// The message and the exceptions tuple of an exception group.
pub fn group_parts(exc: &Value) -> Option<(Value, Value)> {
    let g = exc.downcast::<ExceptionObj>()?.group.as_ref()?;
    Some((g.0.clone(), g.1.clone()))
}

/// The sub-exceptions of an exception group.
fn members(exc: &Value) -> Option<Vec<Value>> {
    let (_, excs) = group_parts(exc)?;
    excs.downcast::<TupleObj>().map(|t| t.0.to_vec())
}

fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.isinstance(v, &vm.exc.base_exception_group)
}

fn is_exception_class(vm: &Vm, v: &Value) -> bool {
    vm.is_type(v) && type_layout(v).has(TypeFlags::BASE_EXC_SUBCLASS)
}

/// `str()` of an exception group: `message (N sub-exception[s])`.
pub fn group_str(vm: &Vm, exc: &Value) -> PyResult<Option<String>> {
    let Some((msg, excs)) = group_parts(exc) else {
        return Ok(None);
    };
    let n = excs.downcast::<TupleObj>().map_or(0, |t| t.0.len());
    Ok(Some(format!(
        "{} ({} sub-exception{})",
        vm.str_string(&msg)?,
        n,
        if n > 1 { "s" } else { "" }
    )))
}

/// Whether `v` is a sequence as `PySequence_Check` sees it (not a dict;
/// has item access).
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    if vm.isinstance(v, &vm.types.dict) {
        return false;
    }
    v.payload_is::<ListObj>()
        || v.payload_is::<TupleObj>()
        || v.payload_is::<StrObj>()
        || v.payload_is::<BytesObj>()
        || v.payload_is::<ByteArrayObj>()
        || v.payload_is::<RangeObj>()
        || vm.lookup_special(v, "__getitem__").is_some()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &Vm, a: FnArgs) -> PyResult {
    let beg = &vm.exc.base_exception_group;
    let cls = a
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"))?;
    if !vm.is_type(cls) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    if !vm.is_subtype(cls, beg) {
        let name = type_layout(cls).name();
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__({name}): {name} is not a subtype of BaseExceptionGroup"
        )));
    }
    let pos = &a.pos()[1..];
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    let (message, exceptions) = (&pos[0], &pos[1]);
    if !message.payload_is::<StrObj>() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(message)
        )));
    }
    if !is_sequence(vm, exceptions) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.to_vec(exceptions)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !e.payload_is::<ExceptionObj>() {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !vm.isinstance(e, &vm.exc.exception);
    }
    let mut cls = cls.clone();
    if cls.is(&vm.exc.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls.is(beg) {
        if !nested_base {
            cls = vm.exc.exception_group.clone();
        }
    } else if nested_base && vm.is_subtype(&cls, &vm.exc.exception) {
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            type_layout(&cls).name()
        )));
    }
    alloc_instance(
        vm,
        &cls,
        ExceptionObj {
            args: RefCell::new(Some(vm.new_tuple(pos.to_vec()))),
            group: Some(Box::new((message.clone(), vm.new_tuple(items)))),
            ..Default::default()
        },
    )
}

/// `BaseExceptionGroup.__init__`: no keywords; sets `args`.
fn group_init(vm: &Vm, a: FnArgs) -> PyResult {
    let this = &a.args[0];
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(this)
        )));
    }
    let e = this
        .downcast::<ExceptionObj>()
        .ok_or_else(|| vm.type_error("descriptor '__init__' requires an exception"))?;
    *e.args.borrow_mut() = Some(vm.new_tuple(a.pos()[1..].to_vec()));
    Ok(vm.none())
}

/// `derive(excs)`: a group like this one (same message) holding `excs`.
fn group_derive(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("BaseExceptionGroup.derive() takes no keyword arguments"));
    }
    if a.args.len() != 2 {
        return Err(vm.type_error(format!(
            "function takes exactly 1 argument ({} given)",
            a.args.len() - 1
        )));
    }
    let (msg, _) = group_parts(&a.args[0]).ok_or_else(|| not_a_group(vm, "derive"))?;
    vm.call(&vm.exc.base_exception_group, &[msg, a.args[1].clone()])
}

fn not_a_group(vm: &Vm, method: &str) -> Value {
    vm.type_error(format!(
        "descriptor '{method}' requires a 'BaseExceptionGroup' object"
    ))
}

/// The single argument of `split`/`subgroup`.
fn one_arg<'a>(vm: &Vm, a: &FnArgs<'a>, name: &str) -> PyResult<&'a Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.{name}() takes no keyword arguments"
        )));
    }
    if a.args.len() != 2 {
        let n = a.args.len() - 1;
        return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    Ok(&a.args[1])
}

/// `split(condition)` -> `(match, rest)`.
fn group_split(vm: &Vm, a: FnArgs) -> PyResult {
    let cond = one_arg(vm, &a, "split")?;
    let matcher = Matcher::from_condition(vm, cond)?;
    let (m, r) = split_recursive(vm, &a.args[0], &matcher, true)?;
    Ok(vm.new_tuple(vec![
        m.unwrap_or_else(|| vm.none()),
        r.unwrap_or_else(|| vm.none()),
    ]))
}

/// `subgroup(condition)` -> the matching part or None.
fn group_subgroup(vm: &Vm, a: FnArgs) -> PyResult {
    let cond = one_arg(vm, &a, "subgroup")?;
    let matcher = Matcher::from_condition(vm, cond)?;
    let (m, _) = split_recursive(vm, &a.args[0], &matcher, false)?;
    Ok(m.unwrap_or_else(|| vm.none()))
}

/// What `split` selects.
enum Matcher {
    /// An exception type or a tuple of them.
    Types(Value),
    /// A Python function called with each exception.
    Predicate(Value),
    /// Leaf exceptions by identity (used to rebuild re-raised groups).
    Leaves(HashSet<usize>),
}

impl Matcher {
    fn from_condition(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
        if cond.payload_is::<FunctionObj>() {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        if is_exception_class(vm, cond) {
            return Ok(Matcher::Types(cond.clone()));
        }
        if vm.is_exact(cond, &vm.types.tuple) {
            if let Some(t) = cond.downcast::<TupleObj>() {
                if t.0.iter().all(|c| is_exception_class(vm, c)) {
                    return Ok(Matcher::Types(cond.clone()));
                }
            }
        }
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, vm: &Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => Ok(given_exception_matches(vm, exc, t)),
            Matcher::Predicate(f) => {
                let r = vm.call(f, std::slice::from_ref(exc))?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(ids.contains(&exc.word())),
        }
    }
}

/// `PyErr_GivenExceptionMatches`: `exc`'s class is a subclass of `ty` (or
/// of an item of the tuple `ty`).
fn given_exception_matches(vm: &Vm, exc: &Value, ty: &Value) -> bool {
    if let Some(t) = ty.downcast::<TupleObj>() {
        return t.0.iter().any(|x| given_exception_matches(vm, exc, x));
    }
    vm.isinstance(exc, ty)
}

/// Runs `f` one level deeper into a nested group, counting the level
/// against the recursion limit as CPython's `_Py_EnterRecursiveCall` does
/// (RecursionError "maximum recursion depth exceeded in `what`").
fn nested<T>(vm: &Vm, what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let depth = vm.depth.get() + 1;
    if depth > vm.recursion_limit.get() || crate::stack::near_stack_limit(vm) {
        return Err(vm.recursion_error(format!("maximum recursion depth exceeded in {what}")));
    }
    vm.depth.set(depth);
    let r = f();
    vm.depth.set(depth - 1);
    r
}

/// Splits `exc` by `matcher` into the matching part and (if
/// `construct_rest`) the rest; either is `None` when empty.
fn split_recursive(
    vm: &Vm,
    exc: &Value,
    matcher: &Matcher,
    construct_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matcher.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some(items) = members(exc) else {
        return Ok((None, construct_rest.then(|| exc.clone())));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in &items {
        let (m, r) = nested(vm, "exceptiongroup_split_recursive", || {
            split_recursive(vm, e, matcher, construct_rest)
        })?;
        matched.extend(m);
        rest.extend(r);
    }
    let m = subset(vm, exc, matched)?;
    let r = if construct_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((m, r))
}

/// A group like `orig` holding `excs` (None if `excs` is empty), made by
/// `orig.derive` and given `orig`'s traceback, cause, context and notes.
fn subset(vm: &Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr_str(orig, "derive")?;
    let eg = vm.call(&derive, &[vm.new_list(excs)])?;
    if !is_group(vm, &eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(o), Some(e)) = (
        orig.downcast::<ExceptionObj>(),
        eg.downcast::<ExceptionObj>(),
    ) {
        if let Some(tb) = o.traceback.borrow().clone() {
            *e.traceback.borrow_mut() = Some(tb);
        }
        *e.context.borrow_mut() = o.context.borrow().clone();
        *e.cause.borrow_mut() = o.cause.borrow().clone();
        e.suppress_context.set(true);
    }
    if let Some(notes) = vm.getattr_opt(orig, "__notes__")? {
        if is_sequence(vm, &notes) {
            let copy = vm.new_list(vm.to_vec(&notes)?);
            vm.setattr(&eg, &vm.intern("__notes__"), copy)?;
        }
    }
    Ok(Some(eg))
}

/// `BaseException.add_note(note)`.
fn add_note(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("BaseException.add_note() takes no keyword arguments"));
    }
    if a.args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            a.args.len() - 1
        )));
    }
    let (this, note) = (&a.args[0], &a.args[1]);
    if !note.payload_is::<StrObj>() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes = match vm.getattr_opt(this, "__notes__")? {
        Some(n) => n,
        None => {
            let n = vm.new_list(Vec::new());
            vm.setattr(this, &vm.intern("__notes__"), n.clone())?;
            n
        }
    };
    let Some(list) = notes.downcast::<ListObj>() else {
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    };
    list.0.borrow_mut().push(note.clone());
    Ok(vm.none())
}

// ---------------------------------------------------------------------------
// except*
// ---------------------------------------------------------------------------

/// Checks the type of an `except*` clause: exception types only, and no
/// exception group types.
fn check_except_star_type(vm: &Vm, ty: &Value) -> PyResult<()> {
    let types: Vec<Value> = match ty.downcast::<TupleObj>() {
        Some(t) => t.0.to_vec(),
        None => vec![ty.clone()],
    };
    if !types.iter().all(|t| is_exception_class(vm, t)) {
        return Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        );
    }
    if types
        .iter()
        .any(|t| vm.is_subtype(t, &vm.exc.base_exception_group))
    {
        return Err(vm.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// `CHECK_EG_MATCH`: splits `exc` (None when an earlier clause took all of
/// it) by the clause type `ty`. Returns `(rest, match)`, or `None` when
/// nothing matches. A matching naked exception is wrapped in a group.
pub fn check_eg_match(vm: &Vm, exc: &Value, ty: &Value) -> PyResult<Option<(Value, Value)>> {
    check_except_star_type(vm, ty)?;
    if exc.is(&vm.none) {
        return Ok(None);
    }
    if given_exception_matches(vm, exc, ty) {
        let matched = if is_group(vm, exc) {
            exc.clone()
        } else {
            vm.call(
                &vm.exc.base_exception_group,
                &[vm.new_str(""), vm.new_tuple(vec![exc.clone()])],
            )?
        };
        return Ok(Some((vm.none(), matched)));
    }
    if !is_group(vm, exc) {
        return Ok(None);
    }
    let split = vm.getattr_str(exc, "split")?;
    let pair = vm.call(&split, std::slice::from_ref(ty))?;
    let tname = vm.type_name(exc);
    let Some(t) = pair
        .downcast::<TupleObj>()
        .filter(|_| vm.is_exact(&pair, &vm.types.tuple))
    else {
        return Err(vm.type_error(format!(
            "{tname}.split must return a tuple, not {}",
            vm.type_name(&pair)
        )));
    };
    if t.0.len() < 2 {
        return Err(vm.type_error(format!(
            "{tname}.split must return a 2-tuple, got tuple of size {}",
            t.0.len()
        )));
    }
    let (matched, rest) = (t.0[0].clone(), t.0[1].clone());
    if matched.is(&vm.none) {
        return Ok(None);
    }
    Ok(Some((rest, matched)))
}

/// Whether `e` is `orig` as re-raised by a clause (a part made by `split`
/// or `orig` itself): same traceback, cause and context objects.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (
        e.downcast::<ExceptionObj>(),
        orig.downcast::<ExceptionObj>(),
    ) else {
        return false;
    };
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    same(&a.traceback.borrow(), &b.traceback.borrow())
        && same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
}

/// The identities of the leaf (non-group) exceptions of `exc`.
fn collect_leaf_ids(vm: &Vm, exc: &Value, ids: &mut HashSet<usize>) -> PyResult<()> {
    if exc.is(&vm.none) {
        return Ok(());
    }
    let Some(items) = members(exc) else {
        ids.insert(exc.word());
        return Ok(());
    };
    for e in &items {
        nested(vm, "collect_exception_group_leaf_ids", || {
            collect_leaf_ids(vm, e, ids)
        })?;
    }
    Ok(())
}

/// `INTRINSIC_PREP_RERAISE_STAR`: what the `try`/`except*` re-raises, from
/// the exception `orig` it caught and the list `excs` of exceptions its
/// clauses raised or re-raised plus the unhandled rest (None entries are
/// skipped). Re-raised parts of `orig` are rebuilt with `orig`'s structure;
/// newly raised exceptions are grouped with them in
/// `ExceptionGroup("", [...])`. None when there is nothing to raise.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, excs: &Value) -> PyResult {
    let excs: Vec<Value> = excs
        .downcast::<ListObj>()
        .map(|l| l.0.borrow().clone())
        .unwrap_or_default();
    if excs.is_empty() {
        return Ok(vm.none());
    }
    if !is_group(vm, orig) {
        // A naked exception was caught and wrapped: only one clause ran.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.into_iter().filter(|e| !e.is(&vm.none)) {
        if same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    // The part of `orig` made of the leaves that were re-raised.
    let mut ids = HashSet::new();
    for e in &reraised {
        collect_leaf_ids(vm, e, &mut ids)?;
    }
    let (projection, _) = split_recursive(vm, orig, &Matcher::Leaves(ids), false)?;
    if raised.is_empty() {
        return Ok(projection.unwrap_or_else(|| vm.none()));
    }
    raised.extend(projection);
    if raised.len() == 1 {
        return Ok(raised.swap_remove(0));
    }
    vm.call(
        &vm.exc.base_exception_group,
        &[vm.new_str(""), vm.new_list(raised)],
    )
}
