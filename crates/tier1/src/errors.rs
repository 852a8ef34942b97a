//! Creating exceptions: `vm.type_error("...")` and friends return the
//! exception object, ready to be used as the `Err` of a `PyResult`.

use std::cell::RefCell;

use strata_object::payloads::ExceptionObj;
use strata_object::Value;

use crate::vm::{PyResult, Vm};

macro_rules! error_ctors {
    ($( $fn_name:ident => $field:ident ),* $(,)?) => {
        impl Vm {
            $(
                #[doc = concat!("A new `", stringify!($field), "` with the given message.")]
                pub fn $fn_name(&self, msg: impl AsRef<str>) -> Value {
                    self.new_exception_msg(&self.exc.$field, msg.as_ref())
                }
            )*
        }
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    key_error_msg => key_error,
    attribute_error => attribute_error,
    name_error => name_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    import_error => import_error,
    not_implemented_error => not_implemented_error,
    memory_error => memory_error,
    system_error => system_error,
    unbound_local_error => unbound_local_error,
    assertion_error => assertion_error,
    os_error => os_error,
    eof_error => eof_error,
    unicode_decode_error => unicode_decode_error,
}

impl Vm {
    /// An exception of type `ty` (whose payload is ExceptionObj) with `args`.
    pub fn new_exception(&self, ty: &Value, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        let exc = self.alloc(
            ty,
            ExceptionObj {
                args: RefCell::new(Some(args)),
                ..Default::default()
            },
        );
        crate::objects::exceptions::init_special_attrs(self, &exc);
        exc
    }

    /// An exception of type `ty` with a single str argument.
    pub fn new_exception_msg(&self, ty: &Value, msg: &str) -> Value {
        let m = self.new_str(msg);
        self.new_exception(ty, vec![m])
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> Value {
        self.new_exception(&self.exc.key_error, vec![key])
    }

    /// `StopIteration(value)` (no args when value is None).
    pub fn stop_iteration(&self, value: Option<Value>) -> Value {
        let args = match value {
            Some(v) if !v.is(&self.none) => vec![v],
            _ => vec![],
        };
        self.new_exception(&self.exc.stop_iteration, args)
    }

    /// The TypeError for an operator applied to unsupported operand types.
    pub fn unsupported_operands(&self, op: &str, a: &Value, b: &Value) -> Value {
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Whether `exc` is an instance of the exception type `ty`.
    pub fn exc_matches(&self, exc: &Value, ty: &Value) -> bool {
        self.isinstance(exc, ty)
    }

    /// Raises `exc` (sugar for `Err(exc)`).
    pub fn raise<T>(&self, exc: Value) -> PyResult<T> {
        Err(exc)
    }

    /// An index-sized argument (a C `Py_ssize_t`): `__index__`, then
    /// OverflowError outside the i64 range.
    pub fn ssize_arg(&self, v: &Value) -> PyResult<i64> {
        use num_traits::ToPrimitive;
        self.index(v)?
            .to_i64()
            .ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t"))
    }

    /// A C `int` argument: `__index__`, then OverflowError outside i32.
    pub fn c_int_arg(&self, v: &Value) -> PyResult<i32> {
        use num_traits::ToPrimitive;
        self.index(v)?
            .to_i32()
            .ok_or_else(|| self.overflow_error("Python int too large to convert to C int"))
    }

    /// Reserves room for `extra` more elements, MemoryError (instead of an
    /// abort) when the allocation fails, as CPython's malloc failure does.
    pub fn try_reserve<T>(&self, v: &mut Vec<T>, extra: usize) -> PyResult<()> {
        v.try_reserve(extra).map_err(|_| self.memory_error(""))
    }

    /// [`Vm::try_reserve`] for a `String` (`extra` bytes).
    pub fn try_reserve_str(&self, s: &mut String, extra: usize) -> PyResult<()> {
        s.try_reserve(extra).map_err(|_| self.memory_error(""))
    }
}
