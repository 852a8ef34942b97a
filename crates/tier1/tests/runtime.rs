//! Runtime behaviour checked from Rust: deallocation of deep structures,
//! running code, recursion limits, dict semantics with Python `__eq__`.

use strata_compiler::Mode;
use strata_object::payloads::ListObj;
use strata_tier1::flags::Flags;
use strata_tier1::{interp, Vm};

fn run(vm: &Vm, src: &str) -> Result<strata_object::Value, String> {
    let g = vm.new_dict();
    strata_tier1::dict::dict_set_str(vm, &g, "__builtins__", vm.builtins.clone());
    strata_tier1::dict::dict_set_str(vm, &g, "__name__", vm.new_str("__main__"));
    let code = interp::compile_to_value(vm, src, "<test>", Mode::Exec)
        .map_err(|e| vm.str_string(&e).unwrap_or_default())?;
    interp::run_code(vm, &code, g.clone(), Some(g.clone())).map_err(|e| {
        format!(
            "{}: {}",
            vm.type_name(&e),
            vm.str_string(&e).unwrap_or_default()
        )
    })?;
    Ok(strata_tier1::dict::dict_get_str(vm, &g, "result").unwrap_or_else(|| vm.none()))
}

#[test]
fn million_deep_nested_list_is_freed_without_recursion() {
    let vm = Vm::new(Flags::default());
    let mut v = vm.new_list(vec![]);
    for _ in 0..1_000_000 {
        v = vm.new_list(vec![v]);
    }
    assert!(v.downcast::<ListObj>().is_some());
    drop(v); // would overflow the stack if freeing recursed
}

#[test]
fn runs_code_and_reads_results() {
    let vm = Vm::new(Flags::default());
    let r = run(
        &vm,
        "def f(n):\n    return n * (n + 1) // 2\nresult = [f(i) for i in range(5)]\n",
    )
    .unwrap();
    assert_eq!(vm.repr_string(&r).unwrap(), "[0, 1, 3, 6, 10]");
}

#[test]
fn recursion_limit_raises_recursion_error() {
    let vm = Vm::new(Flags::default());
    let err = run(&vm, "def f(n):\n    return f(n + 1)\nf(0)\n").unwrap_err();
    assert!(
        err.starts_with("RecursionError: maximum recursion depth exceeded"),
        "{err}"
    );
    vm.recursion_limit.set(50_000);
    let r = run(
        &vm,
        "def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nresult = g(20000)\n",
    )
    .unwrap();
    assert_eq!(r.as_small_int(), Some(20000));
}

#[test]
fn dict_lookup_calls_python_eq_and_survives_mutation() {
    let vm = Vm::new(Flags::default());
    let src = "class K:\n    def __init__(self, v): self.v = v\n    def __hash__(self): return 1\n    def __eq__(self, o):\n        d.clear()\n        return self.v == o.v\n\
d = {K(1): 'a'}\ntry:\n    result = d[K(1)]\nexcept KeyError:\n    result = 'missing'\n";
    let r = run(&vm, src).unwrap();
    assert_eq!(vm.str_string(&r).unwrap(), "missing");
}

#[test]
fn small_ints_do_not_allocate_and_big_ints_normalize() {
    let vm = Vm::new(Flags::default());
    let r = run(&vm, "result = (2**70 - 2**70 + 5)\n").unwrap();
    assert_eq!(r.as_small_int(), Some(5));
    let big = run(&vm, "result = 2**100\n").unwrap();
    assert!(big.as_small_int().is_none());
    assert_eq!(
        vm.repr_string(&big).unwrap(),
        "1267650600228229401496703205376"
    );
}
