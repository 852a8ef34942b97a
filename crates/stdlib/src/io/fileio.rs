//! `io.FileIO`: the raw, unbuffered file object over an OS file descriptor
//! (`open(..., buffering=0)` and the bottom layer of every file `open`
//! returns). Owns the descriptor unless created with `closefd=False`; the
//! descriptor is closed by `close()` or when the object dies.

use std::cell::{RefCell, RefMut};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{AsRawFd, FromRawFd};

use strata_object::payloads::{ByteArrayObj, BytesObj, StrObj};
use strata_object::Value;
use strata_tier1::runtime::{FnArgs, NativeFn};
use strata_tier1::typeobj::alloc_instance;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use super::errors::{closed_raw, os_error, os_error_errno, unsupported};
use crate::fnargs::{bind, int_arg, positional, size_arg};

/// An open descriptor; closed on drop only when owned.
struct Handle {
    file: ManuallyDrop<File>,
    owned: bool,
}

impl Drop for Handle {
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: `file` is not used after this point.
            unsafe { ManuallyDrop::drop(&mut self.file) };
        }
    }
}

/// The state of a FileIO.
#[derive(Default)]
pub struct FileState {
    handle: Option<Handle>,
    /// `name` (the path or descriptor given).
    pub name: Option<Value>,
    pub readable: bool,
    pub writable: bool,
    appending: bool,
    created: bool,
    closefd: bool,
}

/// Payload of a FileIO.
#[derive(Default)]
pub struct FileIOObj(pub RefCell<FileState>);

impl FileState {
    fn file(&mut self, vm: &Vm) -> PyResult<&mut File> {
        match self.handle.as_mut() {
            Some(h) => Ok(&mut h.file),
            None => Err(closed_raw(vm)),
        }
    }

    /// Whether the descriptor is closed.
    pub fn is_closed(&self) -> bool {
        self.handle.is_none()
    }

    /// Reads up to `n` bytes (`n < 0`: to end of file).
    pub fn read(&mut self, vm: &Vm, n: i64) -> PyResult<Vec<u8>> {
        let readable = self.readable;
        let f = self.file(vm)?;
        if !readable {
            return Err(unsupported(vm, "File not open for reading"));
        }
        let mut out = Vec::new();
        // The buffer grows with what is read, so a huge `n` allocates
        // only as much as the file holds.
        let r = if n < 0 {
            f.read_to_end(&mut out).map(|_| ())
        } else {
            Read::by_ref(f)
                .take(n as u64)
                .read_to_end(&mut out)
                .map(|_| ())
        };
        r.map_err(|e| os_error(vm, &e, None))?;
        Ok(out)
    }

    /// Writes all of `b`.
    pub fn write(&mut self, vm: &Vm, b: &[u8]) -> PyResult<usize> {
        let writable = self.writable;
        let f = self.file(vm)?;
        if !writable {
            return Err(unsupported(vm, "File not open for writing"));
        }
        f.write_all(b).map_err(|e| os_error(vm, &e, None))?;
        Ok(b.len())
    }

    /// Writes all of `b`, ignoring errors (a dying buffered object
    /// flushing its last data).
    pub fn write_silently(&mut self, b: &[u8]) {
        if let (true, Some(h)) = (self.writable, self.handle.as_mut()) {
            let _ = h.file.write_all(b);
        }
    }

    /// Moves the position; returns the new one.
    pub fn seek(&mut self, vm: &Vm, pos: i64, whence: i64) -> PyResult<u64> {
        let f = self.file(vm)?;
        let to = match whence {
            0 if pos >= 0 => SeekFrom::Start(pos as u64),
            1 => SeekFrom::Current(pos),
            2 => SeekFrom::End(pos),
            _ => return Err(os_error_errno(vm, 22, None, None)),
        };
        f.seek(to).map_err(|e| os_error(vm, &e, None))
    }

    /// Cuts the file to `size` bytes.
    pub fn truncate(&mut self, vm: &Vm, size: u64) -> PyResult<()> {
        let writable = self.writable;
        let f = self.file(vm)?;
        if !writable {
            return Err(unsupported(vm, "File not open for writing"));
        }
        f.set_len(size).map_err(|e| os_error(vm, &e, None))
    }

    /// Closes the descriptor (when owned).
    pub fn close(&mut self) {
        self.handle = None;
    }

    /// `mode` as CPython reports it (`rb`, `wb`, `xb`, `ab`, `rb+`, ...).
    pub fn mode(&self) -> &'static str {
        match (self.created, self.appending, self.readable, self.writable) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }
}

/// Parsed FileIO mode flags.
struct Mode {
    read: bool,
    write: bool,
    create_new: bool,
    append: bool,
    truncate: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        read: false,
        write: false,
        create_new: false,
        append: false,
        truncate: false,
    };
    let (mut rwa, mut plus) = (0, false);
    let bad = || vm.value_error(format!("invalid mode: {}", mode));
    let excl = || {
        vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )
    };
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'x' | 'a' => {
                if rwa > 0 {
                    return Err(excl());
                }
                rwa += 1;
                match c {
                    'r' => m.read = true,
                    'w' => {
                        m.write = true;
                        m.truncate = true;
                    }
                    'x' => {
                        m.write = true;
                        m.create_new = true;
                    }
                    _ => {
                        m.write = true;
                        m.append = true;
                    }
                }
            }
            '+' => {
                if plus {
                    return Err(excl());
                }
                plus = true;
                m.read = true;
                m.write = true;
            }
            'b' => {}
            _ => return Err(bad()),
        }
    }
    if rwa == 0 {
        return Err(excl());
    }
    Ok(m)
}

/// The path of a `file` argument (str, bytes or os.PathLike), or `None`
/// for an int descriptor.
pub fn path_arg(vm: &Vm, v: &Value, func: Option<&str>) -> PyResult<Option<std::path::PathBuf>> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(s) = v.downcast::<StrObj>() {
        if s.s.contains('\0') {
            return Err(vm.value_error("embedded null byte"));
        }
        return Ok(Some(std::path::PathBuf::from(&*s.s)));
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        if b.b.contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
        return Ok(Some(std::path::PathBuf::from(std::ffi::OsStr::from_bytes(
            &b.b,
        ))));
    }
    if strata_tier1::numeric::as_int(v).is_some() && !v.is(&vm.true_) && !v.is(&vm.false_) {
        return Ok(None);
    }
    if let Some(m) = vm.user_special(v, "__fspath__") {
        let p = vm.call_bound_special(&m, v, &[])?;
        if p.downcast::<StrObj>().is_some() || p.downcast::<BytesObj>().is_some() {
            return path_arg(vm, &p, func);
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(v),
            vm.type_name(&p)
        )));
    }
    let prefix = func.map(|f| {
        format!(
            "{}: path should be string, bytes or os.PathLike, not {}",
            f,
            vm.type_name(v)
        )
    });
    Err(vm.type_error(prefix.unwrap_or_else(|| {
        format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        )
    })))
}

/// Opens `file` with FileIO `mode` into a new FileIO of type `cls`.
pub fn open_raw(vm: &Vm, cls: &Value, file: &Value, mode: &str, closefd: bool) -> PyResult {
    let m = parse_mode(vm, mode)?;
    let path = path_arg(vm, file, None)?;
    if !closefd && path.is_some() {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let handle = match path {
        Some(p) => {
            let f = OpenOptions::new()
                .read(m.read)
                .write(m.write && !m.append)
                .append(m.append)
                .truncate(m.truncate)
                .create(m.truncate || m.append)
                .create_new(m.create_new)
                .open(&p)
                .map_err(|e| os_error(vm, &e, Some(file)))?;
            if f.metadata().is_ok_and(|md| md.is_dir()) {
                return Err(os_error_errno(vm, 21, Some(file), None));
            }
            Handle {
                file: ManuallyDrop::new(f),
                owned: true,
            }
        }
        None => {
            let fd = int_arg(vm, file)?;
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor"));
            }
            if fd > i32::MAX as i64
                || std::fs::symlink_metadata(format!("/proc/self/fd/{}", fd)).is_err()
            {
                return Err(os_error_errno(vm, 9, None, None));
            }
            // SAFETY: the descriptor is open (checked above); with
            // `closefd=True` this object takes ownership of it, otherwise
            // the `File` is never dropped and the descriptor stays open.
            let f = unsafe { File::from_raw_fd(fd as i32) };
            Handle {
                file: ManuallyDrop::new(f),
                owned: closefd,
            }
        }
    };
    let mut handle = handle;
    if m.append {
        let _ = handle.file.seek(SeekFrom::End(0));
    }
    let state = FileState {
        handle: Some(handle),
        name: Some(file.clone()),
        readable: m.read,
        writable: m.write,
        appending: m.append,
        created: m.create_new,
        closefd,
    };
    alloc_instance(vm, cls, FileIOObj(RefCell::new(state)))
}

fn this<'a>(vm: &Vm, a: &FnArgs<'a>) -> PyResult<&'a FileIOObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<FileIOObj>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.FileIO' object"))
}

fn state<'a>(vm: &Vm, a: &FnArgs<'a>) -> PyResult<RefMut<'a, FileState>> {
    Ok(this(vm, a)?.0.borrow_mut())
}

fn new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("FileIO.__new__(): not enough arguments"))?;
    let v = bind(
        vm,
        &a,
        1,
        "FileIO",
        &["file", "mode", "closefd", "opener"],
        1,
        4,
    )?;
    let mode = match &v[1] {
        None => "r".to_string(),
        Some(m) => crate::fnargs::str_of(m)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    vm.type_name(m)
                ))
            })?
            .to_string(),
    };
    let closefd = match &v[2] {
        None => true,
        Some(c) => vm.truthy(c)?,
    };
    let file = v[0].clone().unwrap_or_else(|| vm.none());
    open_raw(vm, cls, &file, &mode, closefd)
}

fn init(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.none())
}

fn read(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "read", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let b = state(vm, &a)?.read(vm, n)?;
    Ok(vm.new_bytes(b))
}

fn readall(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "readall", 0, 0)?;
    let b = state(vm, &a)?.read(vm, -1)?;
    Ok(vm.new_bytes(b))
}

fn readinto(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readinto", 1, 1)?;
    let Some(target) = p[0].downcast::<ByteArrayObj>() else {
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(&p[0])
        )));
    };
    let len = target.0.borrow().len();
    let data = state(vm, &a)?.read(vm, len as i64)?;
    target.0.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(vm.new_int(data.len() as i64))
}

fn write(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "write", 1, 1)?;
    let b = super::bytesio::bytes_like(vm, &p[0])?;
    let n = state(vm, &a)?.write(vm, &b)?;
    Ok(vm.new_int(n as i64))
}

fn seek(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "seek", 1, 2)?;
    let pos = int_arg(vm, &p[0])?;
    let whence = match p.get(1) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    if whence == 0 && pos < 0 {
        return Err(os_error_errno(vm, 22, None, None));
    }
    let n = state(vm, &a)?.seek(vm, pos, whence)?;
    Ok(vm.new_int(n as i64))
}

fn tell(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "tell", 0, 0)?;
    let n = state(vm, &a)?.seek(vm, 0, 1)?;
    Ok(vm.new_int(n as i64))
}

fn truncate(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "truncate", 0, 1)?;
    let size = match p.first() {
        Some(v) if !v.is(&vm.none) => int_arg(vm, v)?,
        _ => state(vm, &a)?.seek(vm, 0, 1)? as i64,
    };
    if size < 0 {
        return Err(os_error_errno(vm, 22, None, None));
    }
    state(vm, &a)?.truncate(vm, size as u64)?;
    Ok(vm.new_int(size))
}

fn close(vm: &Vm, a: FnArgs) -> PyResult {
    state(vm, &a)?.close();
    Ok(vm.none())
}

fn closed(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(state(vm, &a)?.is_closed()))
}

fn fileno(vm: &Vm, a: FnArgs) -> PyResult {
    let mut st = state(vm, &a)?;
    let fd = st.file(vm)?.as_raw_fd();
    Ok(vm.new_int(fd as i64))
}

fn isatty(vm: &Vm, a: FnArgs) -> PyResult {
    use std::io::IsTerminal;
    let mut st = state(vm, &a)?;
    let t = st.file(vm)?.is_terminal();
    Ok(vm.bool(t))
}

fn readable(vm: &Vm, a: FnArgs) -> PyResult {
    let mut st = state(vm, &a)?;
    st.file(vm)?;
    Ok(vm.bool(st.readable))
}

fn writable(vm: &Vm, a: FnArgs) -> PyResult {
    let mut st = state(vm, &a)?;
    st.file(vm)?;
    Ok(vm.bool(st.writable))
}

fn seekable(vm: &Vm, a: FnArgs) -> PyResult {
    let mut st = state(vm, &a)?;
    let ok = st.file(vm)?.stream_position().is_ok();
    Ok(vm.bool(ok))
}

fn name(vm: &Vm, a: FnArgs) -> PyResult {
    let st = state(vm, &a)?;
    st.name
        .clone()
        .ok_or_else(|| vm.attribute_error("'_io.FileIO' object has no attribute 'name'"))
}

fn mode(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.new_str(state(vm, &a)?.mode()))
}

fn closefd(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(state(vm, &a)?.closefd))
}

fn repr(vm: &Vm, a: FnArgs) -> PyResult {
    let (closed, name, mode, closefd) = {
        let st = state(vm, &a)?;
        (st.is_closed(), st.name.clone(), st.mode(), st.closefd)
    };
    let tn = vm.type_name(&a.args[0]);
    // Native types are named `_io.X` already (their tp_name).
    let q = tn.to_string();
    if closed {
        return Ok(vm.new_string(format!("<{} [closed]>", q)));
    }
    let name = match name {
        Some(n) => format!("name={}", vm.repr_string(&n)?),
        None => String::new(),
    };
    Ok(vm.new_string(format!(
        "<{} {} mode='{}' closefd={}>",
        q,
        name,
        mode,
        if closefd { "True" } else { "False" }
    )))
}

/// Adds FileIO's methods to `ty`.
pub fn setup(vm: &Vm, ty: &Value) {
    add_static(vm, ty, "__new__", new);
    for (n, f) in [
        ("__init__", init as NativeFn),
        ("__repr__", repr),
        ("read", read),
        ("readall", readall),
        ("readinto", readinto),
        ("write", write),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("close", close),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
    ] {
        add_method(vm, ty, n, f);
    }
    for (n, f) in [
        ("closed", closed as NativeFn),
        ("name", name),
        ("mode", mode),
        ("closefd", closefd),
    ] {
        super::add_getter(vm, ty, n, f);
    }
}
