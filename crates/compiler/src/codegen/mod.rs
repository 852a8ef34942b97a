//! Code generation: AST plus symbol table to code objects.
//!
//! The [`Compiler`] keeps a stack of [`Unit`]s, one per code object being
//! built (module, class body, function, lambda, comprehension). A unit
//! collects an instruction list with symbolic labels, its constants and
//! names, the frame-block stack used to unwind `return`/`break`/`continue`
//! through `finally` and `with`, and the stack of active exception handlers
//! (each emitted instruction records the innermost one). When a unit is
//! finished, `assemble` turns it into a [`CodeObject`].
//!
//! This file holds the unit machinery and name resolution; statements are
//! in `stmt.rs`, expressions in `expr.rs`, calls in `call.rs`, functions,
//! classes, lambdas and comprehensions in `scope.rs`, the `match`
//! statement in `pattern.rs` and `try`/`except*` in `try_star.rs`.
//!
//! Invariants: instructions are emitted with the location most recently set
//! (every AST visitor sets its node's range and restores the previous one
//! when done); every label used is bound before assembly; conditional jumps
//! only go forward.

mod call;
mod expr;
mod pattern;
mod scope;
mod stmt;
mod try_star;

pub(crate) use stmt::scan_future;

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextRange;

use crate::assemble::{assemble, Handler, Instr, InstrKind, Label};
use crate::code::{CodeFlags, CodeObject, Constant, LocalKind, Location};
use crate::instructions::Opcode;
use crate::source::LineIndex;
use crate::symtable::{mangle, ScopeId, ScopeKind, SymScope, SymbolTable};
use crate::CompileError;

/// Result type of code generation.
pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// Values at most this many are pushed at once before switching to
/// incremental building (CPython's `STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

/// A hashable identity for constant de-duplication (floats by bits, so
/// `0.0` and `-0.0` stay distinct).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Unique(usize),
}

fn const_key(c: &Constant, unique: &mut usize) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::True => ConstKey::True,
        Constant::False => ConstKey::False,
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex(r, i) => ConstKey::Complex(r.to_bits(), i.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(t) => ConstKey::Tuple(t.iter().map(|c| const_key(c, unique)).collect()),
        Constant::FrozenSet(t) => {
            ConstKey::FrozenSet(t.iter().map(|c| const_key(c, unique)).collect())
        }
        Constant::Code(_) => {
            *unique += 1;
            ConstKey::Unique(*unique)
        }
    }
}

/// What a frame block protects, for unwinding on `return`/`break`/`continue`.
#[derive(Clone, Copy)]
enum FBlockKind<'ast> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'ast [Stmt],
    },
    /// Inside a `finally` run for an exception: `[prev_exc, exc]` on the stack.
    FinallyEnd,
    With {
        loc: Location,
        is_async: bool,
    },
    /// Inside an `except` body: `[prev_exc]` on the stack; the name to clear.
    HandlerCleanup {
        name: Option<&'ast str>,
    },
    /// A value to pop (the return value while a `finally` runs).
    PopValue,
    ExceptionHandler,
    /// The handlers of a `try`/`except*`: `break`, `continue` and `return`
    /// may not leave them.
    ExceptionGroupHandler,
}

#[derive(Clone, Copy)]
struct FBlock<'ast> {
    kind: FBlockKind<'ast>,
    /// Length of the active-handler stack to restore when unwinding.
    coverage: usize,
}

/// One code object under construction.
pub(crate) struct Unit<'ast> {
    scope: ScopeId,
    kind: ScopeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    first_line: u32,
    flags: CodeFlags,
    arg_count: u32,
    posonly_arg_count: u32,
    kwonly_arg_count: u32,
    instrs: Vec<Instr>,
    labels: Vec<Option<usize>>,
    handlers: Vec<Handler>,
    active: Vec<u32>,
    consts: Vec<Constant>,
    const_map: HashMap<ConstKey, u32>,
    unique: usize,
    names: Vec<Rc<str>>,
    name_map: HashMap<Rc<str>, u32>,
    localsplus: Vec<Rc<str>>,
    kinds: Vec<LocalKind>,
    fast: HashMap<Rc<str>, u32>,
    cells: HashMap<Rc<str>, u32>,
    fblocks: Vec<FBlock<'ast>>,
    loc: Location,
    private: Option<Rc<str>>,
}

/// The code generator for one compilation.
pub(crate) struct Compiler<'a, 'ast> {
    index: &'a LineIndex<'a>,
    filename: Rc<str>,
    table: SymbolTable,
    units: Vec<Unit<'ast>>,
    future_annotations: bool,
    interactive: bool,
    fold_cache: HashMap<usize, Option<Constant>>,
}

/// Where a name operation goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

impl<'a, 'ast> Compiler<'a, 'ast> {
    /// Creates a compiler over an analyzed symbol table.
    pub(crate) fn new(
        index: &'a LineIndex<'a>,
        filename: &str,
        table: SymbolTable,
        future_annotations: bool,
        interactive: bool,
    ) -> Self {
        Compiler {
            index,
            filename: Rc::from(filename),
            table,
            units: Vec::new(),
            future_annotations,
            interactive,
            fold_cache: HashMap::new(),
        }
    }

    // ----- errors and locations -------------------------------------------

    pub(crate) fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::syntax(msg, self.index, range)
    }

    /// A SyntaxError at the current location (CPython's `compiler_error`,
    /// which reports wherever the compiler last set its location).
    pub(crate) fn error_here(&self, msg: impl Into<String>) -> CompileError {
        let loc = self.u().loc;
        CompileError {
            kind: crate::CompileErrorKind::SyntaxError,
            message: msg.into(),
            line: loc.line,
            col: loc.col + 1,
            end_line: loc.end_line,
            end_col: loc.end_col + 1,
        }
    }

    fn location(&self, range: TextRange) -> Location {
        self.index.location(range)
    }

    fn u(&self) -> &Unit<'ast> {
        self.units
            .last()
            .expect("a unit is always active while compiling")
    }

    fn um(&mut self) -> &mut Unit<'ast> {
        self.units
            .last_mut()
            .expect("a unit is always active while compiling")
    }

    /// Sets the current location to `range`, returning the previous one.
    fn set_range(&mut self, range: TextRange) -> Location {
        let loc = self.location(range);
        std::mem::replace(&mut self.um().loc, loc)
    }

    fn restore_loc(&mut self, loc: Location) {
        self.um().loc = loc;
    }

    /// Makes the location of the last emitted instruction current: what
    /// CPython does for an instruction without a location of its own (an
    /// implicit `return None`, the code after an unwound `finally`).
    fn inherit_last_loc(&mut self) {
        let u = self.um();
        if let Some(last) = u.instrs.last() {
            u.loc = last.loc;
        }
    }

    /// CPython 3.11's `update_start_location_to_match_attr`: when the current
    /// location starts on another line than the one `attr`'s name ends on
    /// (`(data\n .strip())`), moves its start to the attribute name, so a
    /// traceback points at `strip()` rather than at the whole chain. The
    /// column is the attribute's end byte column minus the name's length in
    /// characters, as in CPython. Returns the previous location.
    fn match_attr_start(&mut self, attr: &ast::ExprAttribute) -> Location {
        let (end_line, end_col) = self.index.line_col(attr.range.end().to_u32());
        let len = attr.attr.id.chars().count() as u32;
        let u = self.um();
        let saved = u.loc;
        if u.loc.line != end_line {
            u.loc.line = end_line;
            u.loc.col = end_col.saturating_sub(len);
        }
        saved
    }

    // ----- units ------------------------------------------------------------

    /// Starts a unit for `scope`, laying out its localsplus from the symbol
    /// table.
    fn enter_unit(&mut self, scope: ScopeId, name: &str, qualname: Rc<str>, first_line: u32) {
        let s = &self.table.scopes[scope];
        let kind = s.kind;
        let mut localsplus: Vec<Rc<str>> = Vec::new();
        let mut kinds: Vec<LocalKind> = Vec::new();
        let mut fast = HashMap::new();
        let mut cells = HashMap::new();
        let cellvars = s.cellvars();
        let freevars = s.freevars();
        if kind.is_function_like() {
            for p in &s.params {
                fast.insert(p.clone(), localsplus.len() as u32);
                let mut k = LocalKind::ARG;
                if s.lookup(p).is_some_and(|sym| sym.scope == SymScope::Cell) {
                    k |= LocalKind::CELL;
                    cells.insert(p.clone(), localsplus.len() as u32);
                }
                localsplus.push(p.clone());
                kinds.push(k);
            }
            for n in &s.names {
                if fast.contains_key(n) {
                    continue;
                }
                if s.lookup(n).is_some_and(|sym| sym.scope == SymScope::Local) {
                    fast.insert(n.clone(), localsplus.len() as u32);
                    localsplus.push(n.clone());
                    kinds.push(LocalKind::LOCAL);
                }
            }
        }
        for c in &cellvars {
            if cells.contains_key(c) {
                continue;
            }
            cells.insert(c.clone(), localsplus.len() as u32);
            localsplus.push(c.clone());
            kinds.push(LocalKind::CELL);
        }
        for f in &freevars {
            cells.insert(f.clone(), localsplus.len() as u32);
            localsplus.push(f.clone());
            kinds.push(LocalKind::FREE);
        }
        let private = s.private.clone();
        let loc = Location {
            line: first_line,
            end_line: first_line,
            col: 0,
            end_col: 0,
        };
        self.units.push(Unit {
            scope,
            kind,
            name: Rc::from(name),
            qualname,
            first_line,
            flags: CodeFlags::empty(),
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            instrs: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            active: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            unique: 0,
            names: Vec::new(),
            name_map: HashMap::new(),
            localsplus,
            kinds,
            fast,
            cells,
            fblocks: Vec::new(),
            loc,
            private,
        });
    }

    /// Finishes the current unit: inserts the prologue and assembles it.
    fn exit_unit(&mut self) -> CResult<CodeObject> {
        let mut unit = self.units.pop().expect("exit_unit without a unit");
        let scope = &self.table.scopes[unit.scope];
        if scope.kind.is_function_like() {
            unit.flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
            match (scope.is_generator, scope.is_coroutine) {
                (true, true) => unit.flags |= CodeFlags::ASYNC_GENERATOR,
                (true, false) => unit.flags |= CodeFlags::GENERATOR,
                (false, true) => unit.flags |= CodeFlags::COROUTINE,
                (false, false) => {}
            }
        }
        if let Some(parent) = scope.parent {
            if self.table.scopes[parent].kind.is_function_like() {
                unit.flags |= CodeFlags::NESTED;
            }
        }
        if self.future_annotations {
            unit.flags |= CodeFlags::FUTURE_ANNOTATIONS;
        }
        // Prologue: COPY_FREE_VARS, MAKE_CELL..., RETURN_GENERATOR/POP_TOP, RESUME 0.
        let entry_loc = Location {
            line: unit.first_line,
            end_line: unit.first_line,
            col: 0,
            end_col: 0,
        };
        let mut prologue: Vec<Instr> = Vec::new();
        let op = |op: Opcode, arg: u32| Instr {
            kind: InstrKind::Op(op),
            arg,
            target: None,
            loc: entry_loc,
            handler: None,
        };
        let nfree = unit
            .kinds
            .iter()
            .filter(|k| k.contains(LocalKind::FREE))
            .count() as u32;
        if nfree > 0 {
            prologue.push(op(Opcode::COPY_FREE_VARS, nfree));
        }
        for (i, k) in unit.kinds.iter().enumerate() {
            if k.contains(LocalKind::CELL) {
                prologue.push(op(Opcode::MAKE_CELL, i as u32));
            }
        }
        if unit
            .flags
            .intersects(CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
        {
            prologue.push(op(Opcode::RETURN_GENERATOR, 0));
            prologue.push(op(Opcode::POP_TOP, 0));
        }
        prologue.push(op(Opcode::RESUME, 0));
        let shift = prologue.len();
        prologue.append(&mut unit.instrs);
        let labels: Vec<Option<usize>> = unit.labels.iter().map(|l| l.map(|i| i + shift)).collect();
        let asm = assemble(&prologue, &labels, &unit.handlers).map_err(|e| {
            CompileError::syntax(
                format!("internal compiler error in {}: {e}", unit.qualname),
                self.index,
                TextRange::default(),
            )
        })?;
        Ok(CodeObject {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            flags: unit.flags,
            arg_count: unit.arg_count,
            posonly_arg_count: unit.posonly_arg_count,
            kwonly_arg_count: unit.kwonly_arg_count,
            code: asm.code,
            constants: unit.consts,
            names: unit.names,
            localsplus_names: unit.localsplus,
            localsplus_kinds: unit.kinds,
            max_stack: asm.max_stack,
            exception_table: asm.exception_table,
            locations: asm.locations,
        })
    }

    // ----- emission ---------------------------------------------------------

    fn push_instr(&mut self, kind: InstrKind, arg: u32, target: Option<Label>) {
        let u = self.um();
        let handler = u.active.last().copied();
        let loc = u.loc;
        u.instrs.push(Instr {
            kind,
            arg,
            target,
            loc,
            handler,
        });
    }

    /// Emits `op` with `arg`.
    fn emit(&mut self, op: Opcode, arg: u32) {
        self.push_instr(InstrKind::Op(op), arg, None);
    }

    /// Emits `op` with no argument.
    fn op(&mut self, op: Opcode) {
        self.emit(op, 0);
    }

    /// Emits a jump-family `op` to `target`.
    fn jump_op(&mut self, op: Opcode, target: Label) {
        self.push_instr(InstrKind::Op(op), 0, Some(target));
    }

    /// Emits an unconditional jump.
    fn jump(&mut self, target: Label) {
        self.push_instr(InstrKind::Jump, 0, Some(target));
    }

    fn new_label(&mut self) -> Label {
        let u = self.um();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, label: Label) {
        let u = self.um();
        let pos = u.instrs.len();
        if let Some(slot) = u.labels.get_mut(label.0 as usize) {
            *slot = Some(pos);
        }
    }

    /// Sets up an exception handler here (CPython's SETUP_FINALLY /
    /// SETUP_CLEANUP / SETUP_WITH) and makes it the innermost active one.
    fn setup_handler(&mut self, target: Label, lasti: bool, pop: u32) -> u32 {
        let u = self.um();
        let id = u.handlers.len() as u32;
        u.handlers.push(Handler { target, lasti, pop });
        self.push_instr(InstrKind::Setup(id), 0, None);
        self.um().active.push(id);
        id
    }

    /// Ends the innermost handler's coverage (CPython's POP_BLOCK).
    fn pop_handler(&mut self) {
        self.um().active.pop();
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.um();
        let key = const_key(&c, &mut u.unique);
        if let Some(&i) = u.const_map.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_map.insert(key, i);
        i
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.um();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        let rc: Rc<str> = Rc::from(name);
        u.names.push(rc.clone());
        u.name_map.insert(rc, i);
        i
    }

    /// Emits a name-indexed instruction for `name` (mangled).
    fn name_op(&mut self, op: Opcode, name: &str) {
        let m = self.mangle(name);
        let i = self.add_name(&m);
        self.emit(op, i);
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.u().private.as_deref(), name).into_owned()
    }

    fn str_const(s: &str) -> Constant {
        Constant::Str(Rc::from(s))
    }

    // ----- names --------------------------------------------------------------

    /// Loads, stores or deletes a variable, choosing the instruction family
    /// from the symbol table (CPython's `compiler_nameop`).
    fn compile_name(&mut self, name: &str, ctx: NameCtx) {
        if name == "__debug__" && ctx == NameCtx::Load {
            self.load_const(Constant::True);
            return;
        }
        let mangled = self.mangle(name);
        let scope = self.table.scopes[self.u().scope].scope_of(&mangled);
        let function_like = self.u().kind.is_function_like();
        match scope {
            SymScope::Free | SymScope::Cell => {
                let slot = self.u().cells.get(mangled.as_str()).copied();
                let Some(slot) = slot else {
                    // Should not happen; fall back to the dictionary form.
                    return self.name_family(&mangled, ctx, false);
                };
                match ctx {
                    NameCtx::Load if self.u().kind == ScopeKind::Class => {
                        self.op(Opcode::LOAD_LOCALS);
                        self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, slot);
                    }
                    // A name captured from outside an annotation scope that
                    // can see a class: the class namespace comes first. (The
                    // scope's own bindings, its type parameters, are cells
                    // here and load directly.)
                    NameCtx::Load if scope == SymScope::Free && self.load_classdict() => {
                        self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, slot);
                    }
                    NameCtx::Load => self.emit(Opcode::LOAD_DEREF, slot),
                    NameCtx::Store => self.emit(Opcode::STORE_DEREF, slot),
                    NameCtx::Del => self.emit(Opcode::DELETE_DEREF, slot),
                }
            }
            SymScope::Local if function_like => {
                let slot = self.u().fast.get(mangled.as_str()).copied();
                match slot {
                    Some(slot) => self.emit(
                        match ctx {
                            NameCtx::Load => Opcode::LOAD_FAST,
                            NameCtx::Store => Opcode::STORE_FAST,
                            NameCtx::Del => Opcode::DELETE_FAST,
                        },
                        slot,
                    ),
                    None => self.name_family(&mangled, ctx, false),
                }
            }
            SymScope::GlobalImplicit
                if function_like && ctx == NameCtx::Load && self.load_classdict() =>
            {
                let i = self.add_name(&mangled);
                self.emit(Opcode::LOAD_FROM_DICT_OR_GLOBALS, i);
            }
            SymScope::GlobalImplicit if function_like => self.name_family(&mangled, ctx, true),
            SymScope::GlobalExplicit => self.name_family(&mangled, ctx, true),
            _ => self.name_family(&mangled, ctx, false),
        }
    }

    /// In an annotation scope that can see a class namespace, pushes that
    /// namespace (from the `__classdict__` cell) and returns true; otherwise
    /// emits nothing and returns false.
    fn load_classdict(&mut self) -> bool {
        if !self.table.scopes[self.u().scope].can_see_class_scope {
            return false;
        }
        match self.u().cells.get("__classdict__").copied() {
            Some(slot) => {
                self.emit(Opcode::LOAD_DEREF, slot);
                true
            }
            None => false,
        }
    }

    fn name_family(&mut self, mangled: &str, ctx: NameCtx, global: bool) {
        let i = self.add_name(mangled);
        match (ctx, global) {
            (NameCtx::Load, true) => self.emit(Opcode::LOAD_GLOBAL, i << 1),
            (NameCtx::Store, true) => self.emit(Opcode::STORE_GLOBAL, i),
            (NameCtx::Del, true) => self.emit(Opcode::DELETE_GLOBAL, i),
            (NameCtx::Load, false) => self.emit(Opcode::LOAD_NAME, i),
            (NameCtx::Store, false) => self.emit(Opcode::STORE_NAME, i),
            (NameCtx::Del, false) => self.emit(Opcode::DELETE_NAME, i),
        }
    }

    /// Whether loading `name` would use LOAD_GLOBAL (so a call can use its
    /// NULL bit).
    fn is_global_load(&self, name: &str) -> bool {
        if name == "__debug__" {
            return false;
        }
        let mangled = self.mangle(name);
        let scope = self.table.scopes[self.u().scope].scope_of(&mangled);
        match scope {
            SymScope::GlobalExplicit => true,
            SymScope::GlobalImplicit => {
                self.u().kind.is_function_like()
                    && !self.table.scopes[self.u().scope].can_see_class_scope
            }
            _ => false,
        }
    }

    /// Pushes the cell of `name` from the current unit (for a closure tuple).
    fn load_closure(&mut self, name: &str) -> CResult {
        match self.u().cells.get(name).copied() {
            Some(slot) => {
                self.emit(Opcode::LOAD_CLOSURE, slot);
                Ok(())
            }
            None => Err(self.error(
                format!("internal compiler error: no cell for free variable '{name}'"),
                TextRange::default(),
            )),
        }
    }

    // ----- frame blocks ----------------------------------------------------------

    fn push_fblock(&mut self, kind: FBlockKind<'ast>, coverage: usize) -> CResult {
        if self.u().fblocks.len() >= 20 {
            return Err(self.error("too many statically nested blocks", TextRange::default()));
        }
        self.um().fblocks.push(FBlock { kind, coverage });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.um().fblocks.pop();
    }

    /// Emits the cleanup of one frame block for a `return`, `break` or
    /// `continue` leaving it (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(&mut self, block: FBlock<'ast>, preserve_tos: bool) -> CResult {
        self.um().active.truncate(block.coverage);
        match block.kind {
            FBlockKind::WhileLoop { .. } | FBlockKind::ExceptionHandler | FBlockKind::TryExcept => {
            }
            FBlockKind::ExceptionGroupHandler => {
                return Err(self.error_here(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                ));
            }
            FBlockKind::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
            FBlockKind::FinallyTry { body } => {
                if preserve_tos {
                    let cov = self.u().active.len();
                    self.push_fblock(FBlockKind::PopValue, cov)?;
                }
                self.compile_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                // What follows the unwinding looks as if it ran after the
                // `finally` body (CPython's UNSET_LOC).
                self.inherit_last_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_EXCEPT);
            }
            FBlockKind::With { loc, is_async } => {
                self.um().loc = loc;
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if is_async {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Constant::None);
                    self.yield_from(true);
                }
                self.op(Opcode::POP_TOP);
                // The rest of the unwinding statement keeps the `with`
                // location (CPython's UNSET_LOC after the exit call).
            }
            FBlockKind::HandlerCleanup { name } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_EXCEPT);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.compile_name(name, NameCtx::Store);
                    self.compile_name(name, NameCtx::Del);
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    /// Unwinds frame blocks from the innermost outwards, stopping at the
    /// innermost loop when `to_loop` (returned, still on the stack).
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> CResult<Option<FBlock<'ast>>> {
        let mut popped: Vec<FBlock<'ast>> = Vec::new();
        let mut found = None;
        let mut result = Ok(());
        while let Some(top) = self.u().fblocks.last().copied() {
            if to_loop
                && matches!(
                    top.kind,
                    FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. }
                )
            {
                found = Some(top);
                break;
            }
            self.pop_fblock();
            popped.push(top);
            result = self.unwind_fblock(top, preserve_tos);
            if result.is_err() {
                break;
            }
        }
        while let Some(b) = popped.pop() {
            self.um().fblocks.push(b);
        }
        result.map(|_| found)
    }

    /// `exit(None, None, None)` for a `with` block's normal exit; the stack
    /// holds the bound `__exit__`.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::CALL, 2);
    }

    /// The `yield from`/`await` delegation loop; expects `[iter, None]`.
    fn yield_from(&mut self, is_await: bool) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.jump_op(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE, 1);
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.jump_op(Opcode::JUMP_BACKWARD_NO_INTERRUPT, send);
        self.bind(exit);
        self.op(Opcode::END_SEND);
    }

    /// Compiles a statement list.
    fn compile_body(&mut self, body: &'ast [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }
}
