//! `repr()` and `str()` of objects: builtin payloads are rendered here;
//! user classes go through `__repr__`/`__str__`. Recursive containers
//! print as `[...]` / `{...}`.

use std::cell::RefCell;

use strata_object::payloads::*;
use strata_object::text::{float_repr::float_repr, repr as textrepr};
use strata_object::types::type_layout;
use strata_object::Value;

use crate::numeric::{as_int, Int};
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

thread_local! {
    static IN_PROGRESS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `v` is already being repr'd (then returns `recursive`).
fn guarded(v: &Value, recursive: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    let w = v.word();
    if IN_PROGRESS.with(|p| p.borrow().contains(&w)) {
        return Ok(recursive.to_string());
    }
    IN_PROGRESS.with(|p| p.borrow_mut().push(w));
    let r = f();
    IN_PROGRESS.with(|p| p.borrow_mut().retain(|x| *x != w));
    r
}

/// Python repr of a float (complex parts use this too).
pub fn float_to_repr(f: f64) -> String {
    float_repr(f)
}

impl Vm {
    /// `repr(v)` as a str object.
    pub fn repr(&self, v: &Value) -> PyResult {
        if let Some(m) = self.user_special(v, "__repr__") {
            let r = self.call_bound_special(&m, v, &[])?;
            if !r.payload_is::<StrObj>() {
                return Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&r)
                )));
            }
            return Ok(r);
        }
        Ok(self.new_string(self.builtin_repr(v)?))
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(self.str_lossy(&r))
    }

    /// `str(v)` as a str object.
    pub fn to_str(&self, v: &Value) -> PyResult {
        if self.is_exact(v, &self.types.str_) {
            return Ok(v.clone());
        }
        if let Some(m) = self.user_special(v, "__str__") {
            let r = self.call_bound_special(&m, v, &[])?;
            if !r.payload_is::<StrObj>() {
                return Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    self.type_name(&r)
                )));
            }
            return Ok(r);
        }
        if let Some(s) = v.downcast::<StrObj>() {
            return Ok(self.new_str(&s.s));
        }
        if v.payload_is::<ExceptionObj>() {
            return Ok(self.new_string(super::exceptions::exception_str(self, v)?));
        }
        self.repr(v)
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        let r = self.to_str(v)?;
        Ok(self.str_lossy(&r))
    }

    /// Default `object.__repr__`.
    pub fn default_repr(&self, v: &Value) -> String {
        let ty = self.type_of(v);
        let module = type_layout(&ty)
            .get_own("__module__")
            .map(|m| self.str_lossy(&m))
            .unwrap_or_default();
        let q = type_layout(&ty).qualname.borrow().clone();
        if module.is_empty() || module == "builtins" {
            format!("<{} object at {:#x}>", q, v.word())
        } else {
            format!("<{}.{} object at {:#x}>", module, q, v.word())
        }
    }

    fn items_repr(&self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for i in items {
            parts.push(self.repr_string(i)?);
        }
        Ok(parts.join(", "))
    }

    /// Repr of builtin payloads.
    pub fn builtin_repr(&self, v: &Value) -> PyResult<String> {
        if let Some(i) = as_int(v) {
            if self.is_exact(v, &self.types.bool_) {
                return Ok(if v.is(&self.true_) {
                    "True".into()
                } else {
                    "False".into()
                });
            }
            return Ok(match i {
                Int::Small(x) => x.to_string(),
                Int::Big(b) => {
                    if b.bits() > 4300 * 10 / 3 {
                        return Err(self.value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
                    }
                    b.to_string()
                }
            });
        }
        if let Some(f) = v.downcast::<FloatObj>() {
            return Ok(float_repr(f.0));
        }
        if let Some(s) = v.downcast::<StrObj>() {
            return Ok(textrepr::str_repr(&s.s));
        }
        if v.is(&self.none) {
            return Ok("None".into());
        }
        if v.is(&self.not_implemented) {
            return Ok("NotImplemented".into());
        }
        if v.is(&self.ellipsis) {
            return Ok("Ellipsis".into());
        }
        if let Some(c) = v.downcast::<ComplexObj>() {
            let fmt = |x: f64| {
                let r = float_repr(x);
                r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
            };
            if c.re == 0.0 && c.re.is_sign_positive() {
                return Ok(format!("{}j", fmt(c.im)));
            }
            let im = fmt(c.im);
            let sign = if im.starts_with('-') || im == "nan" && c.im.is_sign_negative() {
                ""
            } else {
                "+"
            };
            return Ok(format!("({}{}{}j)", fmt(c.re), sign, im));
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            let items = t.0.to_vec();
            return guarded(v, "(...)", || {
                let inner = self.items_repr(&items)?;
                Ok(if items.len() == 1 {
                    format!("({},)", inner)
                } else {
                    format!("({})", inner)
                })
            });
        }
        if let Some(l) = v.downcast::<ListObj>() {
            let items = l.0.borrow().clone();
            return guarded(v, "[...]", || Ok(format!("[{}]", self.items_repr(&items)?)));
        }
        if v.payload_is::<DictObj>() {
            return guarded(v, "{...}", || {
                let mut parts = Vec::new();
                for (k, val) in crate::dict::dict_items(v) {
                    parts.push(format!(
                        "{}: {}",
                        self.repr_string(&k)?,
                        self.repr_string(&val)?
                    ));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            });
        }
        if v.payload_is::<SetObj>() {
            let items = crate::dict::set_items(v);
            let name = self.type_name(v);
            let frozen = self.isinstance(v, &self.types.frozenset);
            return guarded(v, &format!("{}(...)", name), || {
                if items.is_empty() {
                    return Ok(format!("{}()", name));
                }
                let inner = self.items_repr(&items)?;
                Ok(if frozen || !self.is_exact(v, &self.types.set) {
                    format!("{}({{{}}})", name, inner)
                } else {
                    format!("{{{}}}", inner)
                })
            });
        }
        if let Some(b) = v.downcast::<BytesObj>() {
            return Ok(textrepr::bytes_repr(&b.b));
        }
        if let Some(b) = v.downcast::<ByteArrayObj>() {
            return Ok(format!(
                "bytearray({})",
                textrepr::bytes_repr(&b.0.borrow())
            ));
        }
        if let Some(r) = v.downcast::<RangeObj>() {
            return Ok(if r.step == 1.into() {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            });
        }
        if let Some(s) = v.downcast::<SliceObj>() {
            return Ok(format!(
                "slice({}, {}, {})",
                self.repr_string(&s.start)?,
                self.repr_string(&s.stop)?,
                self.repr_string(&s.step)?
            ));
        }
        if let Some(dv) = v.downcast::<DictViewObj>() {
            let items: Vec<Value> = match dv.part {
                DictPart::Keys => crate::dict::dict_keys(&dv.dict),
                DictPart::Values => crate::dict::dict_items(&dv.dict)
                    .into_iter()
                    .map(|(_, v)| v)
                    .collect(),
                DictPart::Items => crate::dict::dict_items(&dv.dict)
                    .into_iter()
                    .map(|(k, v)| self.new_tuple(vec![k, v]))
                    .collect(),
            };
            return Ok(format!(
                "{}([{}])",
                self.type_name(v),
                self.items_repr(&items)?
            ));
        }
        if self.is_type(v) {
            let t = type_layout(v);
            let module = t.get_own("__module__").map(|m| self.str_lossy(&m));
            return Ok(match module {
                Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, t.qualname.borrow()),
                _ => format!("<class '{}'>", t.qualname.borrow()),
            });
        }
        if let Some(f) = v.downcast::<FunctionObj>() {
            return Ok(format!(
                "<function {} at {:#x}>",
                self.str_lossy(&f.qualname.borrow()),
                v.word()
            ));
        }
        if let Some(n) = v.downcast::<NativeFunctionObj>() {
            let owner = n
                .objclass
                .as_ref()
                .map(|o| type_layout(o).name().to_string());
            if let (None, Some(owner)) = (&n.self_, &owner) {
                if &*n.name == "__new__" {
                    return Ok(format!(
                        "<built-in method __new__ of type object at {:#x}>",
                        n.objclass.as_ref().map(|o| o.word()).unwrap_or(0)
                    ));
                }
                if n.is_method || n.is_classmethod {
                    let kind = if n.is_method && crate::typeslots::is_slot_name(&n.name) {
                        "slot wrapper"
                    } else {
                        "method"
                    };
                    return Ok(format!("<{} '{}' of '{}' objects>", kind, n.name, owner));
                }
            }
            if let (Some(s), Some(_)) = (&n.self_, &owner) {
                if crate::typeslots::is_slot_name(&n.name) && !self.is_type(s) {
                    return Ok(format!(
                        "<method-wrapper '{}' of {} object at {:#x}>",
                        n.name,
                        self.type_name(s),
                        s.word()
                    ));
                }
            }
            return Ok(match &n.self_ {
                Some(s) if !s.payload_is::<ModuleObj>() => {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        n.name,
                        self.type_name(s),
                        s.word()
                    )
                }
                _ => format!("<built-in function {}>", n.name),
            });
        }
        if let Some(m) = v.downcast::<BoundMethodObj>() {
            let fname = match self.getattr_opt(&m.func, "__qualname__")? {
                Some(q) => self.str_string(&q)?,
                None => "?".into(),
            };
            return Ok(format!(
                "<bound method {} of {}>",
                fname,
                self.repr_string(&m.self_)?
            ));
        }
        if let Some(m) = v.downcast::<ModuleObj>() {
            let name = crate::dict::dict_get_str(self, &m.dict, "__name__")
                .map(|n| self.str_lossy(&n))
                .unwrap_or_else(|| "?".into());
            let file = crate::dict::dict_get_str(self, &m.dict, "__file__")
                .filter(|f| f.payload_is::<StrObj>());
            // Modules made by `types.ModuleType(...)` carry `__loader__`
            // (None); the engine's native modules do not.
            let made_by_python = crate::dict::dict_get_str(self, &m.dict, "__loader__").is_some();
            return Ok(match file {
                Some(f) => format!("<module '{}' from '{}'>", name, self.str_lossy(&f)),
                None if made_by_python => format!("<module '{}'>", name),
                None => format!("<module '{}' (built-in)>", name),
            });
        }
        if v.payload_is::<ExceptionObj>() {
            return super::exceptions::exception_repr(self, v);
        }
        if let Some(g) = v.downcast::<GeneratorObj>() {
            let kind = match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            };
            return Ok(format!(
                "<{} object {} at {:#x}>",
                kind,
                self.str_lossy(&g.qualname.borrow()),
                v.word()
            ));
        }
        if let Some(c) = v.downcast::<CodeObj>() {
            return Ok(format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.word(),
                c.code.filename,
                c.code.first_line
            ));
        }
        if let Some(f) = v.downcast::<FrameObj>() {
            let c = f.code.downcast::<CodeObj>().expect("code");
            return Ok(format!(
                "<frame at {:#x}, file '{}', line {}, code {}>",
                v.word(),
                c.code.filename,
                f.lineno,
                c.code.name
            ));
        }
        if let Some(c) = v.downcast::<CellObj>() {
            return Ok(match &*c.0.borrow() {
                Some(x) => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    v.word(),
                    self.type_name(x),
                    x.word()
                ),
                None => format!("<cell at {:#x}: empty>", v.word()),
            });
        }
        if let Some(s) = crate::objects::generic_alias::repr(self, v)? {
            return Ok(s);
        }
        if let Some(g) = v.downcast::<crate::attr::GetSetDescrObj>() {
            return Ok(format!(
                "<attribute '{}' of '{}' objects>",
                g.name,
                type_layout(&g.owner).name()
            ));
        }
        if let Some(m) = v.downcast::<crate::attr::MemberDescrObj>() {
            return Ok(format!(
                "<member '{}' of '{}' objects>",
                m.name,
                type_layout(&m.owner).name()
            ));
        }
        if let Some(s) = crate::typing::repr(self, v)? {
            return Ok(s);
        }
        Ok(self.default_repr(v))
    }
}
