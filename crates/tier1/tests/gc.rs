//! The cycle collector end to end: cycles through every kind of container
//! are found and freed, weakref callbacks and `__del__` finalizers run as
//! CPython runs them (once, resurrection safe), huge structures are handled
//! without deep recursion, and automatic collection keeps cyclic garbage
//! bounded.

use strata_compiler::Mode;
use strata_tier1::flags::Flags;
use strata_tier1::{interp, Vm};

/// Runs `src` in a fresh `__main__`-like namespace; `result` is returned
/// as its repr. Globals persist in `g` across calls.
fn run_in(vm: &Vm, g: &strata_object::Value, src: &str) -> String {
    let code = interp::compile_to_value(vm, src, "<test>", Mode::Exec)
        .unwrap_or_else(|e| panic!("compile: {}", vm.str_string(&e).unwrap_or_default()));
    if let Err(e) = interp::run_code(vm, &code, g.clone(), Some(g.clone())) {
        panic!(
            "{}: {}",
            vm.type_name(&e),
            vm.str_string(&e).unwrap_or_default()
        );
    }
    let r = strata_tier1::dict::dict_get_str(vm, g, "result").unwrap_or_else(|| vm.none());
    vm.repr_string(&r).unwrap()
}

fn globals(vm: &Vm) -> strata_object::Value {
    let g = vm.new_dict();
    strata_tier1::dict::dict_set_str(vm, &g, "__builtins__", vm.builtins.clone());
    strata_tier1::dict::dict_set_str(vm, &g, "__name__", vm.new_str("__main__"));
    g
}

fn collect(vm: &Vm) -> usize {
    strata_tier1::gc::collect(vm, 2)
}

/// A class whose instances log their finalization into `log`.
const PRELUDE: &str = "
log = []
class Sentinel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
";

#[test]
fn cycles_through_every_container_kind_are_freed() {
    let vm = Vm::new(Flags::default());
    let _current = strata_tier1::vm::install_current_vm(&vm);
    let g = globals(&vm);
    run_in(&vm, &g, PRELUDE);
    collect(&vm);
    run_in(
        &vm,
        &g,
        "
def build():
    l = [Sentinel('list')]; l.append(l)
    d = {'s': Sentinel('dict')}; d['self'] = d
    a = Sentinel('instance'); b = Sentinel('instance2'); a.other = b; b.other = a
    def f(): return f
    f.s = Sentinel('function')
    def outer():
        s = Sentinel('closure')
        def inner():
            return inner, s
        return inner
    outer()
    def gen():
        s = Sentinel('generator')
        me = yield 1
        yield 2
    it = gen(); next(it); it.send(it)
    class K:
        pass
    K.me = K
    K.s = Sentinel('class')
    t = ([],); t[0].append(t); t[0].append(Sentinel('tuple'))
    s = Sentinel('set-member'); st = {s}; s.st = st
    e = ValueError(); e.me = e; e.s = Sentinel('exception')
    m = Sentinel('method'); m.bm = m.__init__
    result = None
build()
",
    );
    assert_eq!(run_in(&vm, &g, "result = sorted(log)"), "[]");
    let n = collect(&vm);
    assert!(n >= 20, "collected {n}");
    assert_eq!(
        run_in(&vm, &g, "result = sorted(log)"),
        "['class', 'closure', 'dict', 'exception', 'function', 'generator', 'instance', \
         'instance2', 'list', 'method', 'set-member', 'tuple']"
    );
    assert_eq!(collect(&vm), 0);
}

#[test]
fn reachable_objects_survive_and_stay_intact() {
    let vm = Vm::new(Flags::default());
    let _current = strata_tier1::vm::install_current_vm(&vm);
    let g = globals(&vm);
    run_in(
        &vm,
        &g,
        "
keep = []
for i in range(1000):
    l = [i]; l.append(l); d = {'l': l}; d['d'] = d
    keep.append(d)
",
    );
    collect(&vm);
    collect(&vm);
    assert_eq!(
        run_in(
            &vm,
            &g,
            "result = sum(d['l'][0] for d in keep), all(d['d'] is d and d['l'][1] is d['l'] for d in keep)"
        ),
        "(499500, True)"
    );
}

#[test]
fn del_runs_once_and_resurrection_is_safe() {
    let vm = Vm::new(Flags::default());
    let _current = strata_tier1::vm::install_current_vm(&vm);
    let g = globals(&vm);
    run_in(
        &vm,
        &g,
        "
calls = []
saved = []
class Phoenix:
    def __del__(self):
        calls.append(self.name)
        saved.append(self)
def build():
    a = Phoenix(); a.name = 'a'; b = Phoenix(); b.name = 'b'
    a.b = b; b.a = a
build()
",
    );
    assert!(collect(&vm) >= 2);
    // Both finalized once, resurrected by their finalizers, intact.
    assert_eq!(
        run_in(
            &vm,
            &g,
            "result = sorted(calls), sorted(p.name for p in saved), saved[0].b.a is saved[0] or saved[0].a.b is saved[0]"
        ),
        "(['a', 'b'], ['a', 'b'], True)"
    );
    // Dropping them again frees them without a second __del__ call.
    run_in(&vm, &g, "saved.clear()");
    collect(&vm);
    assert_eq!(run_in(&vm, &g, "result = sorted(calls)"), "['a', 'b']");
}

#[test]
fn del_on_refcount_release_and_partial_resurrection() {
    let vm = Vm::new(Flags::default());
    let _current = strata_tier1::vm::install_current_vm(&vm);
    let g = globals(&vm);
    run_in(&vm, &g, PRELUDE);
    assert_eq!(
        run_in(&vm, &g, "x = Sentinel('plain'); del x; result = log[:]"),
        "['plain']"
    );
    // One object of a garbage cycle resurrects the whole cycle through a
    // global; the others' finalizers still run exactly once.
    run_in(
        &vm,
        &g,
        "
log.clear()
holder = []
class Keeper(Sentinel):
    def __del__(self):
        super().__del__()
        holder.append(self)
def build():
    k = Keeper('keeper'); s = Sentinel('other')
    k.s = s; s.k = k
build()
",
    );
    collect(&vm);
    assert_eq!(
        run_in(&vm, &g, "result = sorted(log), holder[0].s.k is holder[0]"),
        "(['keeper', 'other'], True)"
    );
    run_in(&vm, &g, "holder.clear()");
    collect(&vm);
    assert_eq!(
        run_in(&vm, &g, "result = sorted(log)"),
        "['keeper', 'other']"
    );
}

#[test]
fn weakref_callbacks_on_cyclic_garbage() {
    let vm = Vm::new(Flags::default());
    let _current = strata_tier1::vm::install_current_vm(&vm);
    let g = globals(&vm);
    run_in(
        &vm,
        &g,
        "
import _weakref
fired = []
class C:
    pass
def build():
    a = C(); a.me = a
    b = C(); b.me = b
    # A weakref outside the garbage: its callback runs.
    keep = _weakref.ref(a, lambda r: fired.append(('a', r() is None)))
    # A weakref that is itself garbage: its callback does not.
    b.w = _weakref.ref(b, lambda r: fired.append('b'))
    return keep
w = build()
",
    );
    assert_eq!(
        run_in(&vm, &g, "result = w() is not None, fired"),
        "(True, [])"
    );
    collect(&vm);
    assert_eq!(
        run_in(&vm, &g, "result = w(), fired"),
        "(None, [('a', True)])"
    );
}

#[test]
fn million_element_structures() {
    let vm = Vm::new(Flags::default());
    let _current = strata_tier1::vm::install_current_vm(&vm);
    let g = globals(&vm);
    // A list of a million lists, each pointing back at it, plus a
    // million-long chain closed into a ring.
    run_in(
        &vm,
        &g,
        "
def build():
    big = []
    for i in range(1000000):
        big.append([big])
    head = node = [None]
    for i in range(1000000):
        nxt = [None]
        node[0] = nxt
        node = nxt
    node[0] = head
build()
",
    );
    let n = collect(&vm);
    assert!(n >= 2_000_000, "collected {n}");
    assert_eq!(collect(&vm), 0);
}

#[test]
fn automatic_collection_bounds_cyclic_garbage() {
    let vm = Vm::new(Flags::default());
    let _current = strata_tier1::vm::install_current_vm(&vm);
    let g = globals(&vm);
    run_in(
        &vm,
        &g,
        "
for i in range(200000):
    l = []
    l.append(l)
del l
",
    );
    let sizes = strata_object::gc::generation_sizes();
    let total: usize = sizes.iter().sum();
    assert!(total < 50_000, "tracked objects left: {sizes:?}");
    let stats = strata_object::gc::stats();
    assert!(stats[0].collections > 10, "{stats:?}");
    // Disabled: nothing is collected automatically.
    strata_object::gc::set_enabled(false);
    collect(&vm);
    run_in(
        &vm,
        &g,
        "
for i in range(10000):
    l = []
    l.append(l)
del l
",
    );
    let before = strata_object::gc::stats()[0].collections;
    assert_eq!(before, stats[0].collections);
    assert!(collect(&vm) >= 10_000);
    strata_object::gc::set_enabled(true);
}

#[test]
fn untracks_atomic_tuples_and_tracks_containers() {
    let vm = Vm::new(Flags::default());
    let _current = strata_tier1::vm::install_current_vm(&vm);
    let g = globals(&vm);
    run_in(&vm, &g, "t = tuple([1, 'a', 2.5]); u = ([],); l = []");
    let get = |name: &str| strata_tier1::dict::dict_get_str(&vm, &g, name).unwrap();
    assert!(strata_object::gc::is_tracked(&get("t")));
    assert!(strata_object::gc::is_tracked(&get("l")));
    collect(&vm);
    assert!(!strata_object::gc::is_tracked(&get("t")));
    assert!(strata_object::gc::is_tracked(&get("u")));
    assert!(!strata_object::gc::is_tracked(&vm.new_str("x")));
    assert!(!strata_object::gc::is_tracked(&vm.types.list));
}
