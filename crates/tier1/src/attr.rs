//! Attribute access: `object.__getattribute__`, `type.__getattribute__`,
//! `__setattr__`, `__delattr__` and the descriptor protocol.
//!
//! Order (CPython's): data descriptors on the type, then the instance dict,
//! then non-data descriptors and plain class attributes, then
//! `__getattr__`. Builtin payload attributes (`f.__name__`, `e.args`, ...)
//! behave as data descriptors of their types.

use std::rc::Rc;

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, TypeObject, Value};

use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// What an attribute found on a type is, for binding purposes.
enum DescrKind {
    /// A Python function: binds to a method.
    Function,
    /// A native method descriptor.
    NativeMethod,
    /// A native classmethod descriptor.
    NativeClassMethod,
    StaticMethod,
    ClassMethod,
    Property,
    Member(usize),
    /// A user-defined descriptor (its type has `__get__`); `is_data` if it
    /// also has `__set__` or `__delete__`.
    User {
        is_data: bool,
    },
    Plain,
}

/// Payload of `getset_descriptor`s: the entries in builtin types'
/// namespaces naming attributes computed from the payload (`int.real`,
/// `object.__class__`). Reads go through `objects::builtin_attrs`; the
/// descriptor itself only makes the attribute visible to `dir()` and
/// `__dict__`.
pub struct GetSetDescrObj {
    pub name: Rc<str>,
    pub owner: Value,
}

/// Payload of `__slots__` member descriptors.
pub struct MemberDescrObj {
    pub name: Rc<str>,
    pub owner: Value,
    pub slot: usize,
}

impl Vm {
    fn descr_kind(&self, d: &Value) -> DescrKind {
        if d.is_small_int() {
            return DescrKind::Plain;
        }
        if d.payload_is::<FunctionObj>() {
            return DescrKind::Function;
        }
        if let Some(n) = d.downcast::<NativeFunctionObj>() {
            if n.self_.is_none() {
                if n.is_method {
                    return DescrKind::NativeMethod;
                }
                if n.is_classmethod {
                    return DescrKind::NativeClassMethod;
                }
            }
            return DescrKind::Plain;
        }
        if self.is_exact(d, &self.types.staticmethod) {
            return DescrKind::StaticMethod;
        }
        if self.is_exact(d, &self.types.classmethod) {
            return DescrKind::ClassMethod;
        }
        if d.payload_is::<PropertyObj>()
            && !self.with_type(d, |t| type_layout(t).has(TypeFlags::HEAPTYPE))
        {
            return DescrKind::Property;
        }
        if let Some(m) = d.downcast::<MemberDescrObj>() {
            return DescrKind::Member(m.slot);
        }
        let (has_get, is_data) = self.with_type(d, |t| {
            let tl = type_layout(t);
            if !tl.has(TypeFlags::HEAPTYPE)
                && !d.payload_is::<PropertyObj>()
                && !d.payload_is::<MethodWrapperObj>()
            {
                return (false, false);
            }
            (
                tl.lookup("__get__").is_some(),
                tl.lookup("__set__").is_some() || tl.lookup("__delete__").is_some(),
            )
        });
        if has_get || is_data {
            DescrKind::User { is_data }
        } else {
            DescrKind::Plain
        }
    }

    /// Applies the descriptor `d` found on a type to `obj` (None for class
    /// access) and `owner`.
    fn descr_get(
        &self,
        d: Value,
        kind: &DescrKind,
        obj: Option<&Value>,
        owner: &Value,
    ) -> PyResult {
        match kind {
            DescrKind::Function => match obj {
                Some(o) => Ok(self.alloc(
                    &self.types.method,
                    BoundMethodObj {
                        func: d,
                        self_: o.clone(),
                    },
                )),
                None => Ok(d),
            },
            DescrKind::NativeMethod => match obj {
                Some(o) => Ok(self.bind_native(&d, o.clone())),
                None => Ok(d),
            },
            DescrKind::NativeClassMethod => Ok(self.bind_native(&d, owner.clone())),
            DescrKind::StaticMethod => Ok(d
                .downcast::<MethodWrapperObj>()
                .expect("staticmethod")
                .func
                .clone()),
            DescrKind::ClassMethod => {
                let f = d
                    .downcast::<MethodWrapperObj>()
                    .expect("classmethod")
                    .func
                    .clone();
                Ok(self.alloc(
                    &self.types.method,
                    BoundMethodObj {
                        func: f,
                        self_: owner.clone(),
                    },
                ))
            }
            DescrKind::Property => match obj {
                None => Ok(d),
                Some(o) => {
                    let p = d.downcast::<PropertyObj>().expect("property");
                    match &p.fget {
                        Some(g) => self.call(g, std::slice::from_ref(o)),
                        None => {
                            let name = p
                                .name
                                .borrow()
                                .as_ref()
                                .map(|n| self.str_lossy(n))
                                .unwrap_or_default();
                            Err(self.attribute_error(format!(
                                "property '{}' of '{}' object has no getter",
                                name,
                                self.type_name(o)
                            )))
                        }
                    }
                }
            },
            DescrKind::Member(slot) => match obj {
                None => Ok(d),
                Some(o) => {
                    let name = d.downcast::<MemberDescrObj>().expect("member").name.clone();
                    match o.ext_slot(*slot).and_then(|c| {
                        let v = c.take();
                        c.set(v.clone());
                        v
                    }) {
                        Some(v) => Ok(v),
                        None => Err(self.attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            self.type_name(o),
                            name
                        ))),
                    }
                }
            },
            DescrKind::User { .. } => {
                let get = self.with_type(&d, |t| type_layout(t).lookup("__get__"));
                match get {
                    Some(g) => {
                        let o = obj.cloned().unwrap_or_else(|| self.none());
                        self.call(&g, &[d, o, owner.clone()])
                    }
                    None => Ok(d),
                }
            }
            DescrKind::Plain => Ok(d),
        }
    }

    /// A native method bound to `self_`.
    pub fn bind_native(&self, d: &Value, self_: Value) -> Value {
        let n = d.downcast::<NativeFunctionObj>().expect("native");
        self.alloc(
            &self.types.native_function,
            NativeFunctionObj {
                name: n.name.clone(),
                qualname: n.qualname.clone(),
                func: n.func,
                self_: Some(self_),
                is_method: false,
                is_classmethod: false,
                doc: n.doc,
                objclass: n.objclass.clone(),
            },
        )
    }

    /// The instance dict of `obj`, created on first use; None if instances
    /// of its type have no dict.
    pub fn instance_dict(&self, obj: &Value) -> Option<Value> {
        if obj.is_small_int() {
            return None;
        }
        if let Some(m) = obj.downcast::<ModuleObj>() {
            return Some(m.dict.clone());
        }
        let slot = self.with_type(obj, |t| type_layout(t).dict_slot)?;
        let cell = obj.ext_slot(slot)?;
        let cur = cell.take();
        let d = match cur {
            Some(d) => d,
            None => self.new_dict(),
        };
        cell.set(Some(d.clone()));
        Some(d)
    }

    /// Name of a str attribute name value (lossless for str).
    pub fn str_lossy(&self, v: &Value) -> String {
        match v.downcast::<StrObj>() {
            Some(s) => s.s.to_string(),
            None => String::new(),
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&self, obj: &Value, name: &Value) -> PyResult {
        let ga = self.with_type(obj, |t| self.user_override(t, "__getattribute__"));
        let r = match ga {
            Some(f) => self.call(&f, &[obj.clone(), name.clone()]),
            None => self.generic_getattr(obj, name),
        };
        match r {
            Err(e) if self.exc_matches(&e, &self.exc.attribute_error) => {
                let ga2 = self.with_type(obj, |t| type_layout(t).lookup("__getattr__"));
                match ga2 {
                    Some(f) => self.call(&f, &[obj.clone(), name.clone()]),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// `getattr(obj, name)` by Rust string.
    pub fn getattr_str(&self, obj: &Value, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name, None)`-like: `Ok(None)` on AttributeError.
    pub fn getattr_opt(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A user (heap-type) definition of `name` on type `t`'s MRO that
    /// overrides object's default, if any.
    pub fn user_override(&self, t: &Value, name: &str) -> Option<Value> {
        let tl = type_layout(t);
        if !tl.has(TypeFlags::HEAPTYPE) {
            return None;
        }
        // Builtin types only define native functions for these names, so a
        // non-native result was defined by a class statement.
        tl.lookup(name)
            .filter(|v| !v.payload_is::<NativeFunctionObj>())
    }

    fn no_attribute(&self, obj: &Value, name: &Value) -> Value {
        let n = self.str_lossy(name);
        let msg = if self.is_type(obj) {
            format!(
                "type object '{}' has no attribute '{}'",
                type_layout(obj).name(),
                n
            )
        } else if let Some(m) = obj.downcast::<ModuleObj>() {
            let mname =
                crate::dict::dict_get_str(self, &m.dict, "__name__").map(|v| self.str_lossy(&v));
            match mname {
                Some(mn) => format!("module '{}' has no attribute '{}'", mn, n),
                None => format!("module has no attribute '{}'", n),
            }
        } else {
            format!("'{}' object has no attribute '{}'", self.type_name(obj), n)
        };
        let e = self.attribute_error(msg);
        crate::objects::exceptions::set_attr_name_obj(self, &e, name, obj);
        e
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for types).
    pub fn generic_getattr(&self, obj: &Value, name: &Value) -> PyResult {
        let nm = match name.downcast::<StrObj>() {
            Some(s) => s,
            None => {
                return Err(self.type_error(format!(
                    "attribute name must be string, not '{}'",
                    self.type_name(name)
                )))
            }
        };
        let key: &str = &nm.s;
        if let Some(s) = obj.downcast::<SuperObj>() {
            if key != "__class__" {
                if let Some(v) = self.super_getattr(s, key)? {
                    return Ok(v);
                }
            }
        }
        if self.is_type(obj) {
            return self.type_getattr(obj, name, key);
        }
        let ty = self.type_of(obj);
        let descr = type_layout(&ty).lookup(key);
        let kind = descr.as_ref().map(|d| self.descr_kind(d));
        if let (Some(d), Some(k)) = (&descr, &kind) {
            if matches!(
                k,
                DescrKind::Property | DescrKind::Member(_) | DescrKind::User { is_data: true }
            ) {
                return self.descr_get(d.clone(), k, Some(obj), &ty);
            }
        }
        if let Some(v) = crate::objects::builtin_attrs::get(self, obj, key)? {
            return Ok(v);
        }
        if let Some(d) = self.instance_dict(obj) {
            if let Some(v) = crate::dict::dict_get_item(self, &d, name)? {
                return Ok(v);
            }
        }
        if let (Some(d), Some(k)) = (descr, kind) {
            return self.descr_get(d, &k, Some(obj), &ty);
        }
        Err(self.no_attribute(obj, name))
    }

    fn type_getattr(&self, obj: &Value, name: &Value, key: &str) -> PyResult {
        let meta = self.type_of(obj);
        let mdescr = type_layout(&meta).lookup(key);
        let mkind = mdescr.as_ref().map(|d| self.descr_kind(d));
        if let (Some(d), Some(k)) = (&mdescr, &mkind) {
            if matches!(k, DescrKind::Property | DescrKind::User { is_data: true }) {
                return self.descr_get(d.clone(), k, Some(obj), &meta);
            }
        }
        if let Some(v) = crate::objects::builtin_attrs::get(self, obj, key)? {
            return Ok(v);
        }
        if let Some(v) = type_layout(obj).lookup(key) {
            let k = self.descr_kind(&v);
            return match k {
                DescrKind::Function
                | DescrKind::NativeMethod
                | DescrKind::Property
                | DescrKind::Member(_) => Ok(v),
                _ => self.descr_get(v, &k, None, obj),
            };
        }
        if let (Some(d), Some(k)) = (mdescr, mkind) {
            return self.descr_get(d, &k, Some(obj), &meta);
        }
        Err(self.no_attribute(obj, name))
    }

    /// Attribute lookup through a `super` object: the MRO of the bound
    /// object's type, starting after `this_class`.
    fn super_getattr(&self, s: &SuperObj, key: &str) -> PyResult<Option<Value>> {
        let Some(start_type) = &s.obj_type else {
            return Ok(None);
        };
        let mro = type_layout(start_type).mro.borrow().clone();
        let Some(pos) = mro.iter().position(|t| t.is(&s.this_class)) else {
            return Ok(None);
        };
        for t in &mro[pos + 1..] {
            let Some(d) = type_layout(t).get_own(key) else {
                continue;
            };
            let kind = self.descr_kind(&d);
            let obj = s.obj.as_ref().filter(|o| !o.is(start_type));
            return self.descr_get(d, &kind, obj, start_type).map(Some);
        }
        Ok(None)
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let sa = self.with_type(obj, |t| self.user_override(t, "__setattr__"));
        match sa {
            Some(f) => self
                .call(&f, &[obj.clone(), name.clone(), value])
                .map(|_| ()),
            None => self.generic_setattr(obj, name, Some(value)),
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&self, obj: &Value, name: &Value) -> PyResult<()> {
        let da = self.with_type(obj, |t| self.user_override(t, "__delattr__"));
        match da {
            Some(f) => self.call(&f, &[obj.clone(), name.clone()]).map(|_| ()),
            None => self.generic_setattr(obj, name, None),
        }
    }

    /// `object.__setattr__` / `object.__delattr__` (value None deletes).
    pub fn generic_setattr(&self, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
        let key = match name.downcast::<StrObj>() {
            Some(s) => s.s.to_string(),
            None => {
                return Err(self.type_error(format!(
                    "attribute name must be string, not '{}'",
                    self.type_name(name)
                )))
            }
        };
        if self.is_type(obj) {
            let tl = type_layout(obj);
            if !tl.has(TypeFlags::HEAPTYPE) {
                return Err(self.type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    key,
                    tl.name()
                )));
            }
            if crate::objects::builtin_attrs::set(self, obj, &key, value.clone())? {
                return Ok(());
            }
            return match value {
                Some(v) => {
                    tl.set_attr(Rc::from(key.as_str()), v);
                    Ok(())
                }
                None => {
                    if tl.del_attr(&key) {
                        Ok(())
                    } else {
                        Err(self.attribute_error(format!(
                            "type object '{}' has no attribute '{}'",
                            tl.name(),
                            key
                        )))
                    }
                }
            };
        }
        let ty = self.type_of(obj);
        if let Some(d) = type_layout(&ty).lookup(&key) {
            match self.descr_kind(&d) {
                DescrKind::Property => {
                    let p = d.downcast::<PropertyObj>().expect("property");
                    let (f, what) = if value.is_some() {
                        (&p.fset, "setter")
                    } else {
                        (&p.fdel, "deleter")
                    };
                    return match f {
                        Some(f) => {
                            let mut args = vec![obj.clone()];
                            args.extend(value);
                            self.call(f, &args).map(|_| ())
                        }
                        None => Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no {}",
                            key,
                            self.type_name(obj),
                            what
                        ))),
                    };
                }
                DescrKind::Member(slot) => {
                    if let Some(c) = obj.ext_slot(slot) {
                        if value.is_none() {
                            let old = c.take();
                            if old.is_none() {
                                return Err(self.attribute_error(format!(
                                    "'{}' object has no attribute '{}'",
                                    self.type_name(obj),
                                    key
                                )));
                            }
                        } else {
                            drop(c.replace(value));
                        }
                        return Ok(());
                    }
                }
                DescrKind::User { is_data: true } => {
                    let m = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    let f = self.with_type(&d, |t| type_layout(t).lookup(m));
                    return match f {
                        Some(f) => {
                            let mut args = vec![d.clone(), obj.clone()];
                            args.extend(value);
                            self.call(&f, &args).map(|_| ())
                        }
                        None => Err(self.attribute_error(format!("__{}__", &m[2..m.len() - 2]))),
                    };
                }
                _ => {}
            }
        }
        if crate::objects::builtin_attrs::set(self, obj, &key, value.clone())? {
            return Ok(());
        }
        match self.instance_dict(obj) {
            Some(d) => match value {
                Some(v) => crate::dict::dict_set_item(self, &d, name.clone(), v),
                None => {
                    if crate::dict::dict_del_item(self, &d, name)?.is_none() {
                        return Err(self.no_attribute(obj, name));
                    }
                    Ok(())
                }
            },
            None => {
                if type_layout(&ty).lookup(&key).is_some()
                    && !type_layout(&ty).has(TypeFlags::HEAPTYPE)
                {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        self.type_name(obj),
                        key
                    )))
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
        }
    }

    /// Looks up a special method on the type of `obj` (never the instance).
    pub fn lookup_special(&self, obj: &Value, name: &str) -> Option<Value> {
        self.with_type(obj, |t| type_layout(t).lookup(name))
    }

    /// Calls special method `name` of `obj` with `args` (bound to obj);
    /// `Ok(None)` if the type does not define it.
    pub fn call_special(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(m) = self.lookup_special(obj, name) else {
            return Ok(None);
        };
        let ty = self.type_of(obj);
        let kind = self.descr_kind(&m);
        match kind {
            DescrKind::Function | DescrKind::NativeMethod => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend_from_slice(args);
                self.call(&m, &full).map(Some)
            }
            _ => {
                let bound = self.descr_get(m, &kind, Some(obj), &ty)?;
                self.call(&bound, args).map(Some)
            }
        }
    }

    /// The attribute found on `ty` for `name`, and whether it should be
    /// called with `obj` prepended (LOAD_ATTR's method form).
    pub fn load_method(&self, obj: &Value, name: &Value) -> PyResult<(Value, bool)> {
        let key = match name.downcast::<StrObj>() {
            Some(s) => s,
            None => return self.getattr(obj, name).map(|v| (v, false)),
        };
        let ty = self.type_of(obj);
        let tl: &TypeObject = type_layout(&ty);
        if self.is_type(obj)
            || obj.payload_is::<SuperObj>()
            || self.user_override(&ty, "__getattribute__").is_some()
        {
            return self.getattr(obj, name).map(|v| (v, false));
        }
        if let Some(d) = tl.lookup(&key.s) {
            let is_plain_method = d.payload_is::<FunctionObj>()
                || d.downcast::<NativeFunctionObj>()
                    .is_some_and(|n| n.is_method && n.self_.is_none());
            if is_plain_method {
                let shadowed = match self.instance_dict(obj) {
                    Some(dict) => crate::dict::dict_get_item(self, &dict, name)?,
                    None => None,
                };
                return match shadowed {
                    Some(v) => Ok((v, false)),
                    None => Ok((d, true)),
                };
            }
        }
        self.getattr(obj, name).map(|v| (v, false))
    }
}
