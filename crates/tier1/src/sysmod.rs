//! The native `sys` and `time` modules and standard-stream writing.

use std::io::Write;

use strata_object::payloads::*;
use strata_object::Value;

use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// Writes text to `sys.stdout` (the real stdout unless replaced).
pub fn write_stdout(vm: &Vm, s: &str) -> PyResult<()> {
    if let Some(sys) = vm.sys.borrow().clone() {
        if let Some(m) = sys.downcast::<ModuleObj>() {
            if let Some(out) = crate::dict::dict_get_str(vm, &m.dict, "stdout") {
                if !out.payload_is::<StdStreamObj>() {
                    let w = vm.getattr_str(&out, "write")?;
                    vm.call(&w, &[vm.new_str(s)])?;
                    return Ok(());
                }
                if let Some(st) = out.downcast::<StdStreamObj>() {
                    return stream_write(vm, st.fd, s);
                }
            }
        }
    }
    stream_write(vm, 1, s)
}

/// Payload of `sys.stdout`/`sys.stderr`.
pub struct StdStreamObj {
    pub fd: u8,
}

fn stream_write(vm: &Vm, fd: u8, s: &str) -> PyResult<()> {
    let r = if fd == 2 {
        let mut e = std::io::stderr().lock();
        e.write_all(s.as_bytes()).and_then(|_| e.flush())
    } else {
        std::io::stdout().lock().write_all(s.as_bytes())
    };
    r.map_err(|e| vm.os_error(e.to_string()))
}

fn stream_write_fn(vm: &Vm, a: FnArgs) -> PyResult {
    let st = a.args[0]
        .downcast::<StdStreamObj>()
        .ok_or_else(|| vm.type_error("write on non-stream"))?;
    let s = a
        .args
        .get(1)
        .ok_or_else(|| vm.type_error("write() takes exactly one argument"))?;
    let text = s.downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(s)
        ))
    })?;
    stream_write(vm, st.fd, &text.s)?;
    Ok(vm.new_int(text.char_len as i64))
}

/// Reads one line from the process stdin ("" at end of input).
pub fn read_stdin_line(vm: &Vm) -> PyResult<String> {
    use std::io::BufRead;
    write_stdout_flush().map_err(|e| vm.os_error(e.to_string()))?;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| vm.os_error(e.to_string()))?;
    Ok(line)
}

fn stream_readline(vm: &Vm, a: FnArgs) -> PyResult {
    check_stdin(vm, &a)?;
    Ok(vm.new_string(read_stdin_line(vm)?))
}

fn stream_read(vm: &Vm, a: FnArgs) -> PyResult {
    use std::io::Read;
    check_stdin(vm, &a)?;
    let mut s = String::new();
    std::io::stdin()
        .lock()
        .read_to_string(&mut s)
        .map_err(|e| vm.os_error(e.to_string()))?;
    Ok(vm.new_string(s))
}

fn stream_readlines(vm: &Vm, a: FnArgs) -> PyResult {
    check_stdin(vm, &a)?;
    let mut lines = Vec::new();
    loop {
        let l = read_stdin_line(vm)?;
        if l.is_empty() {
            break;
        }
        lines.push(vm.new_string(l));
    }
    Ok(vm.new_list(lines))
}

fn check_stdin(vm: &Vm, a: &FnArgs) -> PyResult<()> {
    match a.args.first().and_then(|s| s.downcast::<StdStreamObj>()) {
        Some(s) if s.fd == 0 => Ok(()),
        _ => Err(vm.new_exception_msg(&vm.exc.os_error, "not readable")),
    }
}

fn stream_flush(vm: &Vm, a: FnArgs) -> PyResult {
    if a.args[0]
        .downcast::<StdStreamObj>()
        .is_some_and(|s| s.fd == 1)
    {
        let _ = std::io::stdout().flush();
    }
    Ok(vm.none())
}

fn sys_exit(vm: &Vm, a: FnArgs) -> PyResult {
    let args = match a.pos() {
        [t] if vm.is_exact(t, &vm.types.tuple) => vm.to_vec(t)?,
        p => p.to_vec(),
    };
    Err(vm.new_exception(&vm.exc.system_exit, args))
}

fn sys_getrecursionlimit(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.new_int(vm.recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(vm: &Vm, a: FnArgs) -> PyResult {
    let n = vm.index_i64(
        a.args
            .first()
            .ok_or_else(|| vm.type_error("setrecursionlimit() takes exactly one argument"))?,
    )?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit.set(n as usize);
    Ok(vm.none())
}

fn sys_exc_info(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(match vm.handled.borrow().clone() {
        Some(e) => {
            let tb = crate::objects::builtin_attrs::get(vm, &e, "__traceback__")?
                .unwrap_or_else(|| vm.none());
            vm.new_tuple(vec![vm.type_of(&e), e, tb])
        }
        None => vm.new_tuple(vec![vm.none(), vm.none(), vm.none()]),
    })
}

fn sys_exception(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.handled.borrow().clone().unwrap_or_else(|| vm.none()))
}

fn sys_getsizeof(vm: &Vm, a: FnArgs) -> PyResult {
    let v = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("getsizeof() missing required argument 'object' (pos 1)"))?;
    if let Some(m) = vm.user_special(v, "__sizeof__") {
        let r = vm.call_bound_special(&m, v, &[])?;
        let n = vm.index_i64(&r)?;
        if n < 0 {
            return Err(vm.value_error("__sizeof__() should return >= 0"));
        }
        // CPython adds the garbage collector's header for GC-tracked objects.
        return Ok(vm.new_int(n + 16));
    }
    let size = match v.heap_ptr() {
        None => 28,
        Some(_) => {
            let base = vm.with_type(v, |t| {
                strata_object::types::type_layout(t).payload.layout.size() as i64
            });
            base + 8 * vm.builtin_len(v)?.unwrap_or(0) as i64
        }
    };
    Ok(vm.new_int(size))
}

fn time_time_ns(vm: &Vm, _a: FnArgs) -> PyResult {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Ok(vm.new_bigint(num_bigint::BigInt::from(d.as_nanos())))
}

fn time_monotonic_ns(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.new_int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

/// A struct-sequence-like object: a tuple subclass instance whose items
/// are also readable by name (`sys.version_info.major`).
fn struct_seq(vm: &Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let cls = struct_seq_type(vm, name, "sys");
    struct_seq_new(vm, &cls, fields)
}

/// A struct-sequence type: a tuple subclass whose instances also carry
/// their items as named attributes.
pub fn struct_seq_type(vm: &Vm, name: &str, module: &str) -> Value {
    let ns = vm.new_dict();
    crate::dict::dict_set_str(vm, &ns, "__module__", vm.new_str(module));
    let args = [
        vm.types.type_.clone(),
        vm.new_str(name),
        vm.new_tuple(vec![vm.types.tuple.clone()]),
        ns,
    ];
    crate::typeobj::type_new(vm, FnArgs::positional(&args)).expect("struct sequence type")
}

/// An instance of a struct-sequence type.
pub fn struct_seq_new(vm: &Vm, cls: &Value, fields: &[(&str, Value)]) -> Value {
    let items: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    let obj = crate::typeobj::alloc_instance(vm, cls, TupleObj(items.into_boxed_slice()))
        .expect("struct sequence");
    if let Some(d) = vm.instance_dict(&obj) {
        for (n, v) in fields {
            crate::dict::dict_set_str(vm, &d, n, v.clone());
        }
    }
    obj
}

fn time_time(vm: &Vm, _a: FnArgs) -> PyResult {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Ok(vm.new_float(d.as_secs_f64()))
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

fn time_perf_counter(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.new_float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn time_perf_counter_ns(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.new_int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

fn time_sleep(vm: &Vm, a: FnArgs) -> PyResult {
    let s = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("sleep() takes exactly one argument (0 given)"))?;
    let secs = crate::numeric::as_float(s)
        .or_else(|| {
            crate::numeric::as_int(s)
                .and_then(|i| i.to_i64())
                .map(|i| i as f64)
        })
        .ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(s)
            ))
        })?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(vm.none())
}

/// Creates a module object with the given name.
pub fn new_module(vm: &Vm, name: &str) -> Value {
    let d = vm.new_dict();
    crate::dict::dict_set_str(vm, &d, "__name__", vm.new_str(name));
    crate::dict::dict_set_str(vm, &d, "__doc__", vm.none());
    vm.alloc(&vm.types.module, ModuleObj { dict: d })
}

pub fn module_fn(vm: &Vm, m: &Value, name: &str, f: NativeFn) {
    let v = vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: name.into(),
            qualname: name.into(),
            func: NativeImpl::Plain(f),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    );
    let d = &m.downcast::<ModuleObj>().expect("module").dict;
    crate::dict::dict_set_str(vm, d, name, v);
}

/// A `frame` object snapshot of `f` whose `f_back` is `back`.
fn frame_snapshot(vm: &Vm, f: &crate::frame::Frame, back: Option<Value>) -> Value {
    vm.alloc(
        &vm.types.frame,
        FrameObj {
            code: f.code.clone(),
            lineno: f.line(),
            globals: f.globals.clone(),
            locals: None,
            back,
        },
    )
}

/// `sys._getframe(depth=0)`: a snapshot of the calling frame, or of the
/// frame `depth` calls below it, with `f_back` links down the frames of
/// the current evaluation (a chain stops where native code called back
/// into Python).
fn sys_getframe(
    vm: &Vm,
    a: FnArgs,
    top: Option<&crate::frame::Frame>,
    below: &[Box<crate::frame::Frame>],
) -> PyResult {
    crate::typeslots::check_args(vm, "_getframe", &a, 0, 1)?;
    let depth = match a.args.first() {
        Some(d) => crate::numeric::as_int(d)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(d)
                ))
            })?,
        None => 0,
    };
    let Some(top) = top else {
        return Err(vm.value_error("call stack is not deep enough"));
    };
    let frames: Vec<&crate::frame::Frame> = below
        .iter()
        .map(|b| &**b)
        .chain(std::iter::once(top))
        .collect();
    let target = frames.len() as i64 - 1 - depth.max(0);
    if target < 0 {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let mut snap: Option<Value> = None;
    for f in &frames[..=target as usize] {
        snap = Some(frame_snapshot(vm, f, snap));
    }
    Ok(snap.unwrap_or_else(|| vm.none()))
}

/// Builds `sys` and `time` and registers them in `sys.modules`.
pub fn init_sys(vm: &Vm) {
    let sys = new_module(vm, "sys");
    let getframe = vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: "_getframe".into(),
            qualname: "_getframe".into(),
            func: NativeImpl::WithCallers(sys_getframe),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    );
    crate::dict::dict_set_str(
        vm,
        &sys.downcast::<ModuleObj>().expect("module").dict,
        "_getframe",
        getframe,
    );
    for (n, f) in [
        ("exit", sys_exit as NativeFn),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("getsizeof", sys_getsizeof),
    ] {
        module_fn(vm, &sys, n, f);
    }
    let d = sys.downcast::<ModuleObj>().expect("module").dict.clone();
    let st = crate::vm::raw_alloc(&vm.types.stream, StdStreamObj { fd: 1 });
    let se = crate::vm::raw_alloc(&vm.types.stream, StdStreamObj { fd: 2 });
    crate::typeslots::add_method(vm, &vm.types.stream, "write", stream_write_fn);
    crate::typeslots::add_method(vm, &vm.types.stream, "flush", stream_flush);
    crate::typeslots::add_method(vm, &vm.types.stream, "readline", stream_readline);
    crate::typeslots::add_method(vm, &vm.types.stream, "read", stream_read);
    crate::typeslots::add_method(vm, &vm.types.stream, "readlines", stream_readlines);
    let si = crate::vm::raw_alloc(&vm.types.stream, StdStreamObj { fd: 0 });
    crate::dict::dict_set_str(vm, &d, "stdin", si.clone());
    crate::dict::dict_set_str(vm, &d, "__stdin__", si);
    crate::dict::dict_set_str(vm, &d, "stdout", st.clone());
    crate::dict::dict_set_str(vm, &d, "stderr", se.clone());
    crate::dict::dict_set_str(vm, &d, "__stdout__", st);
    crate::dict::dict_set_str(vm, &d, "__stderr__", se);
    crate::dict::dict_set_str(vm, &d, "maxsize", vm.new_int(i64::MAX));
    crate::dict::dict_set_str(vm, &d, "version", vm.new_str("3.11.0 (strata)"));
    let vi = struct_seq(
        vm,
        "version_info",
        &[
            ("major", vm.new_int(3)),
            ("minor", vm.new_int(11)),
            ("micro", vm.new_int(0)),
            ("releaselevel", vm.new_str("final")),
            ("serial", vm.new_int(0)),
        ],
    );
    let fi = struct_seq(
        vm,
        "float_info",
        &[
            ("max", vm.new_float(f64::MAX)),
            ("max_exp", vm.new_int(f64::MAX_EXP as i64)),
            ("max_10_exp", vm.new_int(f64::MAX_10_EXP as i64)),
            ("min", vm.new_float(f64::MIN_POSITIVE)),
            ("min_exp", vm.new_int(f64::MIN_EXP as i64)),
            ("min_10_exp", vm.new_int(f64::MIN_10_EXP as i64)),
            ("dig", vm.new_int(f64::DIGITS as i64)),
            ("mant_dig", vm.new_int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", vm.new_float(f64::EPSILON)),
            ("radix", vm.new_int(2)),
            ("rounds", vm.new_int(1)),
        ],
    );
    crate::dict::dict_set_str(vm, &d, "float_info", fi);
    let ii = struct_seq(
        vm,
        "int_info",
        &[
            ("bits_per_digit", vm.new_int(30)),
            ("sizeof_digit", vm.new_int(4)),
            ("default_max_str_digits", vm.new_int(4300)),
            ("str_digits_check_threshold", vm.new_int(640)),
        ],
    );
    crate::dict::dict_set_str(vm, &d, "int_info", ii);
    crate::dict::dict_set_str(vm, &d, "version_info", vi);
    let imp = new_module(vm, "implementation");
    crate::dict::dict_set_str(
        vm,
        &imp.downcast::<ModuleObj>().expect("m").dict,
        "name",
        vm.new_str("strata"),
    );
    crate::dict::dict_set_str(vm, &d, "implementation", imp);
    crate::dict::dict_set_str(vm, &d, "modules", vm.modules.clone());
    crate::dict::dict_set_str(vm, &d, "path", vm.new_list(vec![]));
    crate::dict::dict_set_str(vm, &d, "argv", vm.new_list(vec![]));
    crate::dict::dict_set_str(vm, &d, "platform", vm.new_str(std::env::consts::OS));
    crate::dict::dict_set_str(vm, &d, "byteorder", vm.new_str("little"));
    crate::dict::dict_set_item(vm, &vm.modules, vm.intern("sys"), sys.clone())
        .expect("sys.modules");
    *vm.sys.borrow_mut() = Some(sys);
    let time = new_module(vm, "time");
    for (n, f) in [
        ("time", time_time as NativeFn),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("monotonic", time_perf_counter),
        ("process_time", time_perf_counter),
        ("sleep", time_sleep),
        ("time_ns", time_time_ns),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter_ns", time_perf_counter_ns),
    ] {
        module_fn(vm, &time, n, f);
    }
    crate::timemod::init(vm, &time);
    crate::dict::dict_set_item(vm, &vm.modules, vm.intern("time"), time).expect("sys.modules");
    let builtins_mod = vm.alloc(
        &vm.types.module,
        ModuleObj {
            dict: vm.builtins.clone(),
        },
    );
    crate::dict::dict_set_item(vm, &vm.modules, vm.intern("builtins"), builtins_mod)
        .expect("sys.modules");
    let weak = new_module(vm, "_weakref");
    crate::objects::weakref::init(vm, &weak);
    crate::dict::dict_set_item(vm, &vm.modules, vm.intern("_weakref"), weak).expect("sys.modules");
    let future = new_module(vm, "__future__");
    for feature in [
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ] {
        crate::dict::dict_set_str(
            vm,
            &future.downcast::<ModuleObj>().expect("module").dict,
            feature,
            vm.true_.clone(),
        );
    }
    crate::dict::dict_set_item(vm, &vm.modules, vm.intern("__future__"), future)
        .expect("sys.modules");
    crate::typeslots::add_static(vm, &vm.types.none_type, "__new__", |vm, _| Ok(vm.none()));
    crate::typeslots::add_static(vm, &vm.types.not_implemented_type, "__new__", |vm, _| {
        Ok(vm.not_implemented.clone())
    });
    crate::typeslots::add_static(vm, &vm.types.ellipsis_type, "__new__", |vm, _| {
        Ok(vm.ellipsis.clone())
    });
}

/// `sys.<name>`.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    let sys = vm.sys.borrow().clone()?;
    crate::dict::dict_get_str(vm, &sys.downcast::<ModuleObj>()?.dict, name)
}

/// Flushes the process stdout.
pub fn write_stdout_flush() -> std::io::Result<()> {
    std::io::stdout().flush()
}
