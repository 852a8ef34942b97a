//! Formatting: `format()`/`__format__` of builtin values, f-string fields,
//! `%`-formatting and `str.format`.

use strata_object::payloads::*;
use strata_object::text::format_spec::{
    format_float_with_spec, format_int_with_spec, format_str_with_spec,
};
use strata_object::Value;

use crate::numeric::{as_float, as_int};
use crate::runtime::FnArgs;
use crate::vm::{PyResult, Vm};

/// The exception for a formatting error message (most are ValueError;
/// a few are OverflowError or MemoryError, as in CPython).
fn format_error(vm: &Vm, m: String) -> Value {
    use strata_object::text::format_spec::{format_error_kind, FormatErrorKind};
    match format_error_kind(&m) {
        FormatErrorKind::Overflow => vm.overflow_error(m),
        FormatErrorKind::Memory => vm.memory_error(""),
        FormatErrorKind::Value => vm.value_error(m),
    }
}

/// `format(v, spec)` for builtin payloads.
pub fn builtin_format(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    let spec_s = vm.str_lossy(spec);
    // An empty spec means str(v), which honours a subclass's __str__.
    if spec_s.is_empty() && vm.dispatches_dunders(v) {
        return vm.to_str(v);
    }
    let tn = vm.type_name(v);
    let r = if let Some(i) =
        as_int(v).filter(|_| !vm.is_exact(v, &vm.types.bool_) || !spec_s.is_empty())
    {
        format_int_with_spec(&i.to_big(), &spec_s, &tn)
    } else if let Some(f) = as_float(v) {
        format_float_with_spec(f, &spec_s, &tn)
    } else if let Some(s) = v.downcast::<StrObj>() {
        format_str_with_spec(&s.s, &spec_s, &tn)
    } else if let Some(c) = v.downcast::<ComplexObj>() {
        let text = if spec_s.is_empty() {
            vm.str_string(v)?
        } else {
            String::new()
        };
        strata_object::text::format_spec::format_complex_with_spec(c.re, c.im, &spec_s, &text)
    } else if spec_s.is_empty() {
        return vm.to_str(v);
    } else {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            tn
        )));
    };
    r.map(|s| vm.new_string(s)).map_err(|m| format_error(vm, m))
}

/// `format(v, spec)`: user `__format__` or the builtin one.
pub fn format_value(vm: &Vm, v: &Value, spec: Option<&Value>) -> PyResult {
    let empty = vm.new_str("");
    let spec = spec.unwrap_or(&empty);
    if let Some(m) = vm.user_special(v, "__format__") {
        let r = vm.call_bound_special(&m, v, std::slice::from_ref(spec))?;
        if !r.payload_is::<StrObj>() {
            return Err(vm.type_error(format!(
                "__format__ must return a str, not {}",
                vm.type_name(&r)
            )));
        }
        return Ok(r);
    }
    builtin_format(vm, v, spec)
}

/// `ascii(v)`.
pub fn ascii_of(vm: &Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr_string(v)?;
    let mut out = String::new();
    for c in r.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    Ok(out)
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult {
    // bytes % args: the same mini-language over latin-1 text.
    let bytes_mode = fmt.payload_is::<BytesObj>() || fmt.payload_is::<ByteArrayObj>();
    let f = match crate::ops::bytes_view(fmt).filter(|_| bytes_mode) {
        Some(b) => b.iter().map(|&c| c as char).collect(),
        None => vm.str_lossy(fmt),
    };
    let items: Vec<Value> = match args.downcast::<TupleObj>() {
        Some(t) => t.0.to_vec(),
        None => vec![args.clone()],
    };
    // CPython treats any non-tuple argument with `__getitem__` (other than
    // a str for str formats, a bytes for bytes formats) as the mapping.
    let is_mapping = !args.payload_is::<TupleObj>()
        && !(if bytes_mode {
            args.payload_is::<BytesObj>()
        } else {
            args.payload_is::<StrObj>()
        })
        && (args.payload_is::<DictObj>()
            || args.payload_is::<ListObj>()
            || args.payload_is::<StrObj>()
            || args.payload_is::<BytesObj>()
            || args.payload_is::<ByteArrayObj>()
            || args.payload_is::<RangeObj>()
            || vm.lookup_special(args, "__getitem__").is_some());
    let mapping = if is_mapping { Some(args.clone()) } else { None };
    let mut next = 0usize;
    let mut out = String::new();
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key: Option<String> = None;
        if i < chars.len() && chars[i] == '(' {
            let end = chars[i..]
                .iter()
                .position(|&c| c == ')')
                .ok_or_else(|| vm.value_error("incomplete format key"))?;
            key = Some(chars[i + 1..i + end].iter().collect());
            i += end + 1;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '*') {
            if chars[i] == '*' {
                let v = items
                    .get(next)
                    .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                next += 1;
                if as_int(v).is_none() {
                    return Err(vm.type_error("* wants int"));
                }
                width.push_str(&vm.index_i64(v)?.to_string());
            } else {
                width.push(chars[i]);
            }
            i += 1;
        }
        let mut prec = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            if i < chars.len() && chars[i] == '*' {
                let v = items
                    .get(next)
                    .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                next += 1;
                if as_int(v).is_none() {
                    return Err(vm.type_error("* wants int"));
                }
                p = vm.index_i64(v)?.max(0).to_string();
                i += 1;
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            prec = Some(p);
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match (&key, &mapping) {
            (Some(k), Some(m)) => vm.getitem(m, &vm.new_str(k))?,
            (Some(_), None) => return Err(vm.type_error("format requires a mapping")),
            _ => {
                let v = items
                    .get(next)
                    .cloned()
                    .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                next += 1;
                v
            }
        };
        let align = if flags.contains('-') { "<" } else { ">" };
        let zero = flags.contains('0') && !flags.contains('-');
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let alt = if flags.contains('#') { "#" } else { "" };
        let p = prec
            .as_ref()
            .map(|p| format!(".{}", if p.is_empty() { "0" } else { p }))
            .unwrap_or_default();
        let piece = match conv {
            's' | 'r' | 'a' | 'b' => {
                let s = match conv {
                    's' | 'b' if bytes_mode => match crate::ops::bytes_view(&arg) {
                        Some(b) => b.iter().map(|&c| c as char).collect(),
                        None => match vm.call_special(&arg, "__bytes__", &[])? {
                            Some(b) => crate::ops::bytes_view(&b).unwrap_or_default().iter().map(|&c| c as char).collect(),
                            None => {
                                return Err(vm.type_error(format!(
                                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                    vm.type_name(&arg)
                                )))
                            }
                        },
                    },
                    's' => vm.str_string(&arg)?,
                    'r' if !bytes_mode => vm.repr_string(&arg)?,
                    _ => ascii_of(vm, &arg)?,
                };
                let s: String = match &prec {
                    Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                    None => s,
                };
                format_str_with_spec(&s, &format!("{}{}", align, width), "str")
                    .map_err(|m| format_error(vm, m))?
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' => {
                let spec = format!(
                    "{}{}{}{}{}{}{}",
                    if zero { "" } else { align },
                    sign,
                    alt,
                    if zero { "0" } else { "" },
                    width,
                    p,
                    match conv {
                        'i' | 'u' => 'd',
                        c => c,
                    }
                );
                if conv == 'c' {
                    let c = percent_c(vm, &arg, bytes_mode)?;
                    format_str_with_spec(&c.to_string(), &format!("{}{}", align, width), "str")
                        .map_err(|m| format_error(vm, m))?
                } else if matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') {
                    let integral = matches!(conv, 'x' | 'X' | 'o');
                    let n = if let Some(f) = as_float(&arg).filter(|_| !integral) {
                        strata_object::text::float_ops::float_to_bigint(f.trunc())
                            .map_err(|e| vm.num_error(e))?
                    } else if as_int(&arg).is_some()
                        || vm.lookup_special(&arg, "__index__").is_some()
                    {
                        vm.index(&arg)?
                    } else if !integral && vm.lookup_special(&arg, "__int__").is_some() {
                        let r = vm
                            .call_special(&arg, "__int__", &[])?
                            .unwrap_or_else(|| vm.none());
                        vm.index(&r)?
                    } else {
                        return Err(vm.type_error(format!(
                            "%{} format: {} is required, not {}",
                            conv,
                            if integral {
                                "an integer"
                            } else {
                                "a real number"
                            },
                            vm.type_name(&arg)
                        )));
                    };
                    format_int_with_spec(&n, &spec, "int").map_err(|m| format_error(vm, m))?
                } else {
                    let x = match as_float(&arg) {
                        Some(x) => x,
                        None => match as_int(&arg) {
                            Some(i) => vm.int_to_f64(&i)?,
                            None => {
                                return Err(vm.type_error(format!(
                                    "must be real number, not {}",
                                    vm.type_name(&arg)
                                )))
                            }
                        },
                    };
                    let spec = if prec.is_none() {
                        spec.replace(&format!("{}", conv), &format!(".6{}", conv))
                    } else {
                        spec
                    };
                    format_float_with_spec(x, &spec, "float").map_err(|m| format_error(vm, m))?
                }
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
    }
    if mapping.is_none() && next < items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    if bytes_mode {
        return Ok(vm.new_bytes(out.chars().map(|c| c as u32 as u8).collect()));
    }
    Ok(vm.new_string(out))
}

/// The character `%c` formats: a code point (str formats) or byte (bytes
/// formats) given as an int or a one-character str / one-byte bytes.
fn percent_c(vm: &Vm, arg: &Value, bytes_mode: bool) -> PyResult<char> {
    if bytes_mode {
        if let Some(b) = crate::ops::bytes_or_bytearray(arg) {
            if b.len() == 1 {
                return Ok(b[0] as char);
            }
            return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
        }
        if as_int(arg).is_none() && vm.lookup_special(arg, "__index__").is_none() {
            return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
        }
        let i = vm.index(arg)?;
        return match num_traits::ToPrimitive::to_u8(&i) {
            Some(b) => Ok(b as char),
            None => Err(vm.overflow_error("%c arg not in range(256)")),
        };
    }
    if let Some(s) = arg.downcast::<StrObj>() {
        let mut it = s.s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error("%c requires int or char")),
        };
    }
    if as_int(arg).is_none() && vm.lookup_special(arg, "__index__").is_none() {
        return Err(vm.type_error("%c requires int or char"));
    }
    let i = vm.index(arg)?;
    match num_traits::ToPrimitive::to_u32(&i).and_then(char::from_u32) {
        Some(c) => Ok(c),
        None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}

/// Resolves replacement fields of `str.format` against its arguments,
/// keeping CPython's automatic-numbering state across nested fields.
struct FieldResolver<'a> {
    vm: &'a Vm,
    args: FnArgs<'a>,
    /// `str.format_map`'s mapping: named fields are looked up in it (lazily,
    /// so `__missing__` works) and positional fields are errors.
    mapping: Option<&'a Value>,
    auto: usize,
    used_manual: bool,
}

impl FieldResolver<'_> {
    /// The object named by a field's head (`0`, `name`, `a.b[0]`, or empty).
    fn lookup(&mut self, head: &str) -> PyResult {
        let vm = self.vm;
        let pos = &self.args.pos()[1..];
        let name_end = head.find(['.', '[']).unwrap_or(head.len());
        let first = &head[..name_end];
        let is_positional = first.is_empty() || first.parse::<usize>().is_ok();
        let mut v = if let Some(m) = self.mapping {
            if is_positional {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            vm.getitem(m, &vm.new_str(first))?
        } else if first.is_empty() {
            if self.used_manual {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let n = self.auto;
            self.auto += 1;
            pos.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    n
                ))
            })?
        } else if let Ok(n) = first.parse::<usize>() {
            if self.auto > 0 {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.used_manual = true;
            pos.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    n
                ))
            })?
        } else {
            self.args
                .kwargs()
                .find(|(k, _)| vm.str_lossy(k) == first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| vm.key_error(vm.new_str(first)))?
        };
        let mut rest = &head[name_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                v = vm.getattr_str(&v, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r
                    .find(']')
                    .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                let k = match key.parse::<i64>() {
                    Ok(n) => vm.new_int(n),
                    Err(_) => vm.new_str(key),
                };
                v = vm.getitem(&v, &k)?;
                rest = &r[end + 1..];
            } else {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        Ok(v)
    }

    /// Expands `text` (a whole format string, or a spec with nested
    /// fields when `nested`).
    fn expand(&mut self, text: &str, nested: bool) -> PyResult<String> {
        let vm = self.vm;
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if !nested && c == '{' && chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if !nested && c == '}' && chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            if c != '{' {
                if c == '}' && !nested {
                    return Err(vm.value_error("Single '}' encountered in format string"));
                }
                out.push(c);
                i += 1;
                continue;
            }
            if i + 1 == chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth != 0 {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            i = j;
            // The head ends at the first '!' or ':' outside brackets.
            let mut split = field.len();
            let mut in_bracket = false;
            for (k, ch) in field.char_indices() {
                match ch {
                    '[' => in_bracket = true,
                    ']' => in_bracket = false,
                    '!' | ':' if !in_bracket => {
                        split = k;
                        break;
                    }
                    _ => {}
                }
            }
            let head = &field[..split];
            let mut tail = &field[split..];
            let mut conv = None;
            if let Some(t) = tail.strip_prefix('!') {
                let mut cs = t.chars();
                conv = cs.next();
                tail = cs.as_str();
                if !(tail.is_empty() || tail.starts_with(':')) {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
            let spec = tail.strip_prefix(':').unwrap_or("");
            let v = self.lookup(head)?;
            let v = match conv {
                None => v,
                Some('r') => vm.repr(&v)?,
                Some('s') => vm.to_str(&v)?,
                Some('a') => vm.new_string(ascii_of(vm, &v)?),
                Some(other) => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {}", other)));
                }
            };
            let spec = if spec.contains('{') {
                self.expand(spec, true)?
            } else {
                spec.to_string()
            };
            let r = format_value(vm, &v, Some(&vm.new_string(spec)))?;
            out.push_str(&vm.str_lossy(&r));
        }
        Ok(out)
    }
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &Vm, a: FnArgs) -> PyResult {
    let f = vm.str_lossy(&a.args[0]);
    let mut r = FieldResolver {
        vm,
        args: a,
        mapping: None,
        auto: 0,
        used_manual: false,
    };
    let out = r.expand(&f, false)?;
    Ok(vm.new_string(out))
}

/// `template.format_map(mapping)`.
pub fn str_format_map(vm: &Vm, template: &str, mapping: &Value) -> PyResult {
    let no_args = [vm.new_str(template)];
    let mut r = FieldResolver {
        vm,
        args: FnArgs::positional(&no_args),
        mapping: Some(mapping),
        auto: 0,
        used_manual: false,
    };
    let out = r.expand(template, false)?;
    Ok(vm.new_string(out))
}
