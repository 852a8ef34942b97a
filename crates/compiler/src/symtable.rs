//! Symbol tables: which scope every name belongs to.
//!
//! [`SymbolTable::build`] walks the AST once, creating a [`Scope`] for the
//! module and for every class, function, lambda and comprehension (each
//! comprehension, generator expression included, is a real nested function
//! with a single parameter `.0`, as in CPython 3.11). It records how each name
//! is used (`SymFlags`) and reports the semantic SyntaxErrors CPython's
//! symtable reports. A second pass (`analyze`, CPython's `analyze_block`)
//! resolves every name to a [`SymScope`]: local, cell, free, explicit or
//! implicit global.
//!
//! Invariants after `build` succeeds: every scope-creating AST node is found
//! by [`SymbolTable::scope_for`] with its source range; every symbol of every
//! scope has a resolved `scope`; a name that a nested scope captures is a
//! `Cell` in the function that binds it and `Free` in every scope between;
//! private names (`__x`) are already mangled.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use bitflags::bitflags;
use ruff_python_ast::{
    self as ast, Comprehension, Expr, ExprContext, InterpolatedStringElement, Parameters, Stmt,
};
use ruff_text_size::{Ranged, TextRange};

use crate::source::LineIndex;
use crate::CompileError;

/// Index of a scope in [`SymbolTable::scopes`].
pub(crate) type ScopeId = usize;

/// What kind of code a scope compiles to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension(CompKind),
    /// The annotation scope of a generic `def`, `class` or `type` statement
    /// (`<generic parameters of NAME>`): binds the type parameters, and for
    /// a `def` also evaluates the annotations.
    TypeParams,
    /// The lazily evaluated bound or constraints of one TypeVar.
    TypeVarBound,
    /// The lazily evaluated value of a `type X = ...` alias.
    TypeAlias,
}

/// Which comprehension a comprehension scope implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    /// The code object's name.
    pub(crate) fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }

    fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

impl ScopeKind {
    /// Function-like scopes have fast locals.
    pub(crate) fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function
                | ScopeKind::Lambda
                | ScopeKind::Comprehension(_)
                | ScopeKind::TypeParams
                | ScopeKind::TypeVarBound
                | ScopeKind::TypeAlias
        )
    }

    /// For annotation scopes, how CPython's error messages name them
    /// ("'yield expression' can not be used within ...").
    fn annotation_description(self) -> Option<&'static str> {
        match self {
            ScopeKind::TypeParams => Some("the definition of a generic"),
            ScopeKind::TypeVarBound => Some("a TypeVar bound"),
            ScopeKind::TypeAlias => Some("a type alias"),
            _ => None,
        }
    }
}

bitflags! {
    /// How a name is used in one scope (CPython's `DEF_*` flags).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub(crate) struct SymFlags: u16 {
        const DEF_GLOBAL = 1;
        const DEF_LOCAL = 2;
        const DEF_PARAM = 4;
        const DEF_NONLOCAL = 8;
        const USE = 16;
        const DEF_IMPORT = 32;
        const DEF_ANNOT = 64;
        const DEF_COMP_ITER = 128;
        /// Bound in a class body and also free in a nested scope.
        const DEF_FREE_CLASS = 256;
        /// A PEP 695 type parameter.
        const DEF_TYPE_PARAM = 512;
        const DEF_BOUND = Self::DEF_LOCAL.bits() | Self::DEF_PARAM.bits() | Self::DEF_IMPORT.bits();
    }
}

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// One name of one scope.
#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub flags: SymFlags,
    pub scope: SymScope,
}

/// One scope: its names in first-use order, its children and its traits.
#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// Symbols in insertion order.
    pub names: Vec<Rc<str>>,
    symbols: HashMap<Rc<str>, Symbol>,
    /// Parameters in CPython's varnames order.
    pub params: Vec<Rc<str>>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    /// `async def`, or a comprehension that awaits.
    pub is_coroutine: bool,
    /// A class body whose methods use `__class__` or `super`.
    pub needs_class_closure: bool,
    /// A class body with annotation scopes that read its namespace: it
    /// stores that namespace in a `__classdict__` cell.
    pub needs_classdict: bool,
    /// An annotation scope directly inside a class body (or inside such a
    /// scope): names it does not bind are looked up in the class namespace
    /// first (through the `__classdict__` cell).
    pub can_see_class_scope: bool,
    /// Class name used to mangle private names inside this scope.
    pub private: Option<Rc<str>>,
    /// Source range of the first `global`/`nonlocal` naming each name.
    decl_ranges: HashMap<Rc<str>, TextRange>,
    /// Ranges of `return value` statements (checked for async generators).
    return_values: Vec<TextRange>,
}

impl Scope {
    /// The symbol for `name`, if the scope uses it.
    pub(crate) fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    /// The resolved scope of `name` (names a scope never mentions are
    /// implicit globals).
    pub(crate) fn scope_of(&self, name: &str) -> SymScope {
        self.symbols
            .get(name)
            .map_or(SymScope::GlobalImplicit, |s| s.scope)
    }

    /// Cell variables, sorted (CPython orders `co_cellvars` by name).
    pub(crate) fn cellvars(&self) -> Vec<Rc<str>> {
        let mut v: Vec<Rc<str>> = self
            .names
            .iter()
            .filter(|n| self.symbols[*n].scope == SymScope::Cell)
            .cloned()
            .collect();
        if self.needs_class_closure {
            v.push(Rc::from("__class__"));
        }
        if self.needs_classdict {
            v.push(Rc::from("__classdict__"));
        }
        v.sort();
        v
    }

    /// Free variables, sorted; for class bodies this includes class-local
    /// names that nested scopes capture (`DEF_FREE_CLASS`).
    pub(crate) fn freevars(&self) -> Vec<Rc<str>> {
        let mut v: Vec<Rc<str>> = self
            .names
            .iter()
            .filter(|n| {
                let s = &self.symbols[*n];
                s.scope == SymScope::Free
                    || (self.kind == ScopeKind::Class && s.flags.contains(SymFlags::DEF_FREE_CLASS))
            })
            .cloned()
            .collect();
        v.sort();
        v
    }

    fn new(kind: ScopeKind, parent: Option<ScopeId>, private: Option<Rc<str>>) -> Scope {
        Scope {
            kind,
            parent,
            names: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            needs_classdict: false,
            can_see_class_scope: false,
            private,
            decl_ranges: HashMap::new(),
            return_values: Vec::new(),
        }
    }
}

/// Mangles a private name (`__x` inside class `C` becomes `_C__x`).
pub(crate) fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    let Some(class) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{class}{name}").into()
}

/// All scopes of one compilation.
#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), ScopeId>,
}

impl SymbolTable {
    /// The root (module) scope.
    pub(crate) const ROOT: ScopeId = 0;

    /// The scope created by the AST node spanning `range`.
    pub(crate) fn scope_for(&self, range: TextRange) -> Option<ScopeId> {
        self.by_range
            .get(&(range.start().to_u32(), range.end().to_u32()))
            .copied()
    }

    /// Builds and analyzes the symbol table of a module body (or of an
    /// expression, for eval mode).
    pub(crate) fn build(
        body: &[Stmt],
        expr: Option<&Expr>,
        index: &LineIndex<'_>,
        future_annotations: bool,
    ) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, None, None)],
                by_range: HashMap::new(),
            },
            stack: vec![SymbolTable::ROOT],
            index,
            future_annotations,
            comp_iter_names: Vec::new(),
        };
        for stmt in body {
            b.visit_stmt(stmt)?;
        }
        if let Some(e) = expr {
            b.visit_expr(e)?;
        }
        let mut table = b.table;
        let mut free = HashSet::new();
        analyze(
            &mut table,
            SymbolTable::ROOT,
            Ctx {
                bound: None,
                global: &HashSet::new(),
                type_params: &HashSet::new(),
                class_entry: None,
            },
            &mut free,
            index,
        )?;
        Ok(table)
    }
}

struct Builder<'a, 'src> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    index: &'a LineIndex<'src>,
    future_annotations: bool,
    /// Iteration variables of the comprehensions being visited (innermost last).
    comp_iter_names: Vec<HashSet<Rc<str>>>,
}

type R = Result<(), CompileError>;

impl Builder<'_, '_> {
    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&SymbolTable::ROOT)
    }

    fn scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn err(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::syntax(msg, self.index, range)
    }

    fn mangled(&self, name: &str) -> Rc<str> {
        let private = self.table.scopes[self.cur()].private.clone();
        Rc::from(mangle(private.as_deref(), name).as_ref())
    }

    fn add_def_in(&mut self, scope: ScopeId, name: &str, flag: SymFlags) -> Rc<str> {
        let private = self.table.scopes[scope].private.clone();
        let name: Rc<str> = Rc::from(mangle(private.as_deref(), name).as_ref());
        let s = &mut self.table.scopes[scope];
        match s.symbols.get_mut(&name) {
            Some(sym) => sym.flags |= flag,
            None => {
                s.names.push(name.clone());
                s.symbols.insert(
                    name.clone(),
                    Symbol {
                        flags: flag,
                        scope: SymScope::GlobalImplicit,
                    },
                );
            }
        }
        name
    }

    fn add_def(&mut self, name: &str, flag: SymFlags) -> Rc<str> {
        self.add_def_in(self.cur(), name, flag)
    }

    fn flags_of(&self, name: &str) -> SymFlags {
        let n = self.mangled(name);
        self.table.scopes[self.cur()]
            .symbols
            .get(&n)
            .map_or(SymFlags::empty(), |s| s.flags)
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> ScopeId {
        let parent = self.cur();
        let private = match kind {
            ScopeKind::Class => Some(Rc::from(name)),
            _ => self.table.scopes[parent].private.clone(),
        };
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, Some(parent), private));
        self.table.scopes[parent].children.push(id);
        self.table
            .by_range
            .insert((range.start().to_u32(), range.end().to_u32()), id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> R {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(stmt))
    }

    fn visit_annotation(&mut self, ann: &Expr) -> R {
        if self.future_annotations {
            Ok(())
        } else {
            self.visit_expr(ann)
        }
    }

    fn visit_params_defaults(&mut self, params: &Parameters) -> R {
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
        {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_params_annotations(&mut self, params: &Parameters) -> R {
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.visit_annotation(a)?;
            }
        }
        Ok(())
    }

    fn add_params(&mut self, params: &Parameters) -> R {
        let ordered = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref());
        for p in ordered {
            let name = self.mangled(&p.name.id);
            if self
                .scope()
                .symbols
                .get(&name)
                .is_some_and(|s| s.flags.contains(SymFlags::DEF_PARAM))
            {
                return Err(self.err(
                    format!("duplicate argument '{}' in function definition", p.name.id),
                    p.name.range,
                ));
            }
            self.add_def(&p.name.id, SymFlags::DEF_PARAM);
            self.scope().params.push(name);
        }
        Ok(())
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> R {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.visit_params_defaults(&f.parameters)?;
                let outer = self.cur();
                if let Some(tp) = &f.type_params {
                    let params = &f.parameters;
                    let has_defaults = params
                        .posonlyargs
                        .iter()
                        .chain(&params.args)
                        .any(|p| p.default.is_some());
                    let has_kwdefaults = params.kwonlyargs.iter().any(|p| p.default.is_some());
                    self.enter_type_param_block(tp.range, has_defaults, has_kwdefaults, false);
                    self.visit_type_params(tp)?;
                }
                self.visit_params_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_annotation(r)?;
                }
                self.add_def_in(outer, &f.name.id, SymFlags::DEF_LOCAL);
                let id = self.enter(ScopeKind::Function, &f.name.id, f.range);
                self.table.scopes[id].is_coroutine = f.is_async;
                self.add_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.leave();
                if f.type_params.is_some() {
                    self.leave();
                }
                let s = &self.table.scopes[id];
                if s.is_coroutine && s.is_generator {
                    if let Some(&r) = s.return_values.first() {
                        return Err(self.err("'return' with value in async generator", r));
                    }
                }
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                let outer = self.cur();
                if let Some(tp) = &c.type_params {
                    self.enter_type_param_block(tp.range, false, false, true);
                    self.visit_type_params(tp)?;
                }
                if let Some(args) = &c.arguments {
                    args.args.iter().try_for_each(|a| self.visit_expr(a))?;
                    args.keywords
                        .iter()
                        .try_for_each(|k| self.visit_expr(&k.value))?;
                }
                self.add_def_in(outer, &c.name.id, SymFlags::DEF_LOCAL);
                self.enter(ScopeKind::Class, &c.name.id, c.range);
                if c.type_params.is_some() {
                    self.add_def("__type_params__", SymFlags::DEF_LOCAL);
                    self.add_def(".type_params", SymFlags::USE);
                }
                self.visit_body(&c.body)?;
                self.leave();
                if c.type_params.is_some() {
                    self.leave();
                }
            }
            Stmt::Return(r) => {
                if !self.table.scopes[self.cur()].kind.is_function_like() {
                    return Err(self.err("'return' outside function", r.range));
                }
                if let Some(v) = &r.value {
                    self.scope().return_values.push(r.range);
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.visit_expr(t))?,
            Stmt::TypeAlias(t) => {
                let Expr::Name(name) = t.name.as_ref() else {
                    return Err(self.err("invalid syntax", t.name.range()));
                };
                self.visit_expr(&t.name)?;
                let in_class = self.table.scopes[self.cur()].kind == ScopeKind::Class;
                if let Some(tp) = &t.type_params {
                    self.enter_type_param_block(tp.range, false, false, false);
                    self.visit_type_params(tp)?;
                }
                let id = self.enter(ScopeKind::TypeAlias, &name.id, t.range);
                self.table.scopes[id].can_see_class_scope = in_class;
                if in_class {
                    self.add_def("__classdict__", SymFlags::USE);
                }
                self.visit_expr(&t.value)?;
                self.leave();
                if t.type_params.is_some() {
                    self.leave();
                }
            }
            Stmt::Assign(a) => {
                a.targets.iter().try_for_each(|t| self.visit_expr(t))?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = a.target.as_ref() {
                    let flags = self.flags_of(&n.id);
                    if a.simple
                        && flags.intersects(SymFlags::DEF_GLOBAL | SymFlags::DEF_NONLOCAL)
                        && self.cur() != SymbolTable::ROOT
                    {
                        let kind = if flags.contains(SymFlags::DEF_GLOBAL) {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.err(
                            format!("annotated name '{}' can't be {kind}", n.id),
                            n.range,
                        ));
                    }
                    if a.simple {
                        self.add_def(&n.id, SymFlags::DEF_LOCAL | SymFlags::DEF_ANNOT);
                    } else if a.value.is_some() {
                        self.visit_expr(&a.target)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                let kind = self.table.scopes[self.cur()].kind;
                if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    self.visit_annotation(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                if f.is_async {
                    self.check_async_stmt("'async for' outside async function", f.range)?;
                }
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    self.check_async_stmt("'async with' outside async function", w.range)?;
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(&n.id, SymFlags::DEF_LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let stored = match &alias.asname {
                        Some(a) => a.id.as_str(),
                        None => alias.name.id.split('.').next().unwrap_or(""),
                    };
                    self.add_def(stored, SymFlags::DEF_IMPORT);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.id.as_str() == "*" {
                        if self.cur() != SymbolTable::ROOT {
                            return Err(
                                self.err("import * only allowed at module level", alias.range)
                            );
                        }
                        continue;
                    }
                    let stored = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add_def(&stored.id, SymFlags::DEF_IMPORT);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let flags = self.flags_of(&n.id);
                    if flags.intersects(
                        SymFlags::DEF_PARAM
                            | SymFlags::DEF_LOCAL
                            | SymFlags::USE
                            | SymFlags::DEF_ANNOT
                            | SymFlags::DEF_NONLOCAL,
                    ) {
                        let msg = if flags.contains(SymFlags::DEF_PARAM) {
                            format!("name '{}' is parameter and global", n.id)
                        } else if flags.contains(SymFlags::DEF_NONLOCAL) {
                            format!("name '{}' is nonlocal and global", n.id)
                        } else if flags.contains(SymFlags::USE) {
                            format!("name '{}' is used prior to global declaration", n.id)
                        } else if flags.contains(SymFlags::DEF_ANNOT) {
                            format!("annotated name '{}' can't be global", n.id)
                        } else {
                            format!("name '{}' is assigned to before global declaration", n.id)
                        };
                        return Err(self.err(msg, g.range));
                    }
                    let name = self.add_def(&n.id, SymFlags::DEF_GLOBAL);
                    self.scope().decl_ranges.entry(name).or_insert(g.range);
                }
            }
            Stmt::Nonlocal(nl) => {
                if self.cur() == SymbolTable::ROOT {
                    return Err(
                        self.err("nonlocal declaration not allowed at module level", nl.range)
                    );
                }
                for n in &nl.names {
                    let flags = self.flags_of(&n.id);
                    if flags.intersects(
                        SymFlags::DEF_PARAM
                            | SymFlags::DEF_LOCAL
                            | SymFlags::USE
                            | SymFlags::DEF_ANNOT
                            | SymFlags::DEF_GLOBAL,
                    ) {
                        let msg = if flags.contains(SymFlags::DEF_PARAM) {
                            format!("name '{}' is parameter and nonlocal", n.id)
                        } else if flags.contains(SymFlags::DEF_GLOBAL) {
                            format!("name '{}' is nonlocal and global", n.id)
                        } else if flags.contains(SymFlags::USE) {
                            format!("name '{}' is used prior to nonlocal declaration", n.id)
                        } else if flags.contains(SymFlags::DEF_ANNOT) {
                            format!("annotated name '{}' can't be nonlocal", n.id)
                        } else {
                            format!("name '{}' is assigned to before nonlocal declaration", n.id)
                        };
                        return Err(self.err(msg, nl.range));
                    }
                    let name = self.add_def(&n.id, SymFlags::DEF_NONLOCAL);
                    self.scope().decl_ranges.entry(name).or_insert(nl.range);
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// Enters the annotation scope of a generic `def`/`class`/`type`
    /// (CPython's `symtable_enter_type_param_block`), keyed by the range of
    /// its type parameter list.
    fn enter_type_param_block(
        &mut self,
        range: TextRange,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
    ) {
        let in_class = self.table.scopes[self.cur()].kind == ScopeKind::Class;
        let id = self.enter(ScopeKind::TypeParams, "", range);
        if in_class {
            self.table.scopes[id].can_see_class_scope = true;
            self.add_def("__classdict__", SymFlags::USE);
        }
        if is_class {
            self.add_def(".type_params", SymFlags::DEF_LOCAL | SymFlags::USE);
            self.add_def(".generic_base", SymFlags::DEF_LOCAL | SymFlags::USE);
        }
        for (present, name) in [(has_defaults, ".defaults"), (has_kwdefaults, ".kwdefaults")] {
            if present {
                self.add_def(name, SymFlags::DEF_PARAM);
                self.scope().params.push(Rc::from(name));
            }
        }
    }

    /// Binds each type parameter in the current (type-params) scope; a
    /// TypeVar's bound or constraints get their own lazily run scope.
    fn visit_type_params(&mut self, tp: &ast::TypeParams) -> R {
        for p in &tp.type_params {
            let (name, bound, default) = match p {
                ast::TypeParam::TypeVar(t) => (&t.name, t.bound.as_deref(), t.default.as_deref()),
                ast::TypeParam::ParamSpec(t) => (&t.name, None, t.default.as_deref()),
                ast::TypeParam::TypeVarTuple(t) => (&t.name, None, t.default.as_deref()),
            };
            if let Some(d) = default {
                return Err(self.err("type parameter defaults are not supported", d.range()));
            }
            if self.flags_of(&name.id).contains(SymFlags::DEF_TYPE_PARAM) {
                return Err(self.err(format!("duplicate type parameter '{}'", name.id), p.range()));
            }
            self.add_def(&name.id, SymFlags::DEF_TYPE_PARAM | SymFlags::DEF_LOCAL);
            if let Some(b) = bound {
                let can_see = self.table.scopes[self.cur()].can_see_class_scope;
                let id = self.enter(ScopeKind::TypeVarBound, &name.id, p.range());
                self.table.scopes[id].can_see_class_scope = can_see;
                if can_see {
                    self.add_def("__classdict__", SymFlags::USE);
                }
                let r = self.visit_expr(b);
                self.leave();
                r?;
            }
        }
        Ok(())
    }

    /// Rejects `what` (a yield, await or named expression) directly inside
    /// an annotation scope, with CPython's message.
    fn check_annotation_block(&self, what: &str, range: TextRange) -> R {
        match self.table.scopes[self.cur()].kind.annotation_description() {
            Some(d) => Err(self.err(format!("'{what}' can not be used within {d}"), range)),
            None => Ok(()),
        }
    }

    /// `async for`/`async with` are only valid in `async def` bodies.
    fn check_async_stmt(&self, msg: &str, range: TextRange) -> R {
        let s = &self.table.scopes[self.cur()];
        if s.kind == ScopeKind::Function && s.is_coroutine {
            Ok(())
        } else {
            Err(self.err(msg, range))
        }
    }

    fn visit_expr(&mut self, expr: &Expr) -> R {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_expr_inner(expr))
    }

    fn visit_exprs<'e>(&mut self, exprs: impl IntoIterator<Item = &'e Expr>) -> R {
        exprs.into_iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_fstring_elements<'e>(
        &mut self,
        elements: impl Iterator<Item = &'e InterpolatedStringElement>,
    ) -> R {
        for el in elements {
            if let InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_fstring_elements(spec.elements.iter())?;
                }
            }
        }
        Ok(())
    }

    fn visit_expr_inner(&mut self, expr: &Expr) -> R {
        match expr {
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::Named(n) => {
                self.check_annotation_block("named expression", n.range)?;
                self.visit_expr(&n.value)?;
                if let Expr::Name(target) = n.target.as_ref() {
                    self.visit_named_target(target)?;
                } else {
                    self.visit_expr(&n.target)?;
                }
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if self.table.scopes[self.cur()].can_see_class_scope {
                    return Err(self.err(
                        "Cannot use lambda in annotation scope within class scope",
                        l.range,
                    ));
                }
                if let Some(p) = &l.parameters {
                    self.visit_params_defaults(p)?;
                }
                self.enter(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.add_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => {
                self.visit_comprehension(CompKind::List, expr.range(), &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(CompKind::Set, expr.range(), &c.generators, &c.elt, None)?
            }
            Expr::Generator(c) => self.visit_comprehension(
                CompKind::Generator,
                expr.range(),
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.visit_comprehension(
                    CompKind::Dict,
                    expr.range(),
                    &c.generators,
                    k,
                    Some(&c.value),
                )?,
                None => {
                    return Err(self.err(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ))
                }
            },
            Expr::Await(a) => {
                self.check_annotation_block("await expression", a.range)?;
                self.check_await(a.range)?;
                self.visit_expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.check_annotation_block("yield expression", y.range)?;
                self.check_yield(y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.check_annotation_block("yield expression", y.range)?;
                self.check_yield(y.range)?;
                let s = &self.table.scopes[self.cur()];
                if s.kind == ScopeKind::Function && s.is_coroutine {
                    return Err(self.err("'yield from' inside async function", y.range));
                }
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(c.comparators.iter())?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(c.arguments.args.iter())?;
                for k in &c.arguments.keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => self.visit_fstring_elements(f.value.elements())?,
            Expr::TString(t) => return Err(self.err("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => self.visit_name(n)?,
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// Visits a `case` pattern: capture names are local bindings; value
    /// patterns, mapping keys and class names are loads.
    fn visit_pattern(&mut self, p: &ast::Pattern) -> R {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || match p {
            ast::Pattern::MatchValue(v) => self.visit_expr(&v.value),
            ast::Pattern::MatchSingleton(_) => Ok(()),
            ast::Pattern::MatchSequence(s) => {
                s.patterns.iter().try_for_each(|p| self.visit_pattern(p))
            }
            ast::Pattern::MatchMapping(m) => {
                self.visit_exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                if let Some(rest) = &m.rest {
                    self.add_def(&rest.id, SymFlags::DEF_LOCAL);
                }
                Ok(())
            }
            ast::Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.visit_pattern(p))?;
                c.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.visit_pattern(&k.pattern))
            }
            ast::Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(&n.id, SymFlags::DEF_LOCAL);
                }
                Ok(())
            }
            ast::Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(&n.id, SymFlags::DEF_LOCAL);
                }
                Ok(())
            }
            ast::Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        })
    }

    fn visit_name(&mut self, n: &ast::ExprName) -> R {
        match n.ctx {
            ExprContext::Load | ExprContext::Invalid => {
                self.add_def(&n.id, SymFlags::USE);
                let s = &self.table.scopes[self.cur()];
                if s.kind.is_function_like() && n.id.as_str() == "super" {
                    self.add_def("__class__", SymFlags::USE);
                }
            }
            ExprContext::Store | ExprContext::Del => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.err("cannot assign to __debug__", n.range));
                }
                self.add_def(&n.id, SymFlags::DEF_LOCAL);
                if let Some(iters) = self.comp_iter_names.last_mut() {
                    if matches!(
                        self.table.scopes[*self.stack.last().unwrap_or(&0)].kind,
                        ScopeKind::Comprehension(_)
                    ) {
                        iters.insert(Rc::from(n.id.as_str()));
                    }
                }
            }
        }
        Ok(())
    }

    /// Binds a walrus target: inside comprehensions, in the nearest enclosing
    /// non-comprehension scope (CPython's `symtable_extend_namedexpr_scope`).
    fn visit_named_target(&mut self, target: &ast::ExprName) -> R {
        let cur = self.cur();
        if !matches!(self.table.scopes[cur].kind, ScopeKind::Comprehension(_)) {
            self.add_def(&target.id, SymFlags::DEF_LOCAL);
            return Ok(());
        }
        let name = target.id.as_str();
        if self.comp_iter_names.iter().any(|s| s.contains(name)) {
            return Err(self.err(
                format!(
                    "assignment expression cannot rebind comprehension iteration variable '{name}'"
                ),
                target.range,
            ));
        }
        for &id in self.stack.iter().rev() {
            match self.table.scopes[id].kind {
                ScopeKind::Comprehension(_) => continue,
                ScopeKind::Function | ScopeKind::Lambda => {
                    self.add_def(name, SymFlags::DEF_NONLOCAL | SymFlags::USE);
                    self.add_def_in(id, name, SymFlags::DEF_LOCAL);
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.add_def(name, SymFlags::DEF_GLOBAL);
                    self.add_def_in(id, name, SymFlags::DEF_GLOBAL);
                    return Ok(());
                }
                ScopeKind::Class => return Err(self.err(
                    "assignment expression within a comprehension cannot be used in a class body",
                    target.range,
                )),
                ScopeKind::TypeParams => return Err(self.err(
                    "assignment expression within a comprehension cannot be used within the definition of a generic",
                    target.range,
                )),
                ScopeKind::TypeVarBound => return Err(self.err(
                    "assignment expression within a comprehension cannot be used in a TypeVar bound",
                    target.range,
                )),
                ScopeKind::TypeAlias => return Err(self.err(
                    "assignment expression within a comprehension cannot be used in a type alias",
                    target.range,
                )),
            }
        }
        Ok(())
    }

    /// The nearest enclosing scope that is not a comprehension.
    fn enclosing_non_comprehension(&self) -> &Scope {
        for &id in self.stack.iter().rev() {
            if !matches!(self.table.scopes[id].kind, ScopeKind::Comprehension(_)) {
                return &self.table.scopes[id];
            }
        }
        &self.table.scopes[SymbolTable::ROOT]
    }

    fn check_await(&mut self, range: TextRange) -> R {
        let outer = self.enclosing_non_comprehension();
        match outer.kind {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(self.err("'await' outside function", range))
            }
            ScopeKind::Function if outer.is_coroutine => {}
            _ => return Err(self.err("'await' outside async function", range)),
        }
        if matches!(
            self.table.scopes[self.cur()].kind,
            ScopeKind::Comprehension(_)
        ) {
            self.scope().is_coroutine = true;
        }
        Ok(())
    }

    fn check_yield(&mut self, range: TextRange) -> R {
        match self.table.scopes[self.cur()].kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err("'yield' outside function", range))
            }
            ScopeKind::Comprehension(k) => {
                Err(self.err(format!("'yield' inside {}", k.description()), range))
            }
            ScopeKind::Function | ScopeKind::Lambda => {
                self.scope().is_generator = true;
                Ok(())
            }
            ScopeKind::TypeParams | ScopeKind::TypeVarBound | ScopeKind::TypeAlias => {
                Err(self.err("'yield' outside function", range))
            }
        }
    }

    fn visit_comprehension(
        &mut self,
        kind: CompKind,
        range: TextRange,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        if self.table.scopes[self.cur()].can_see_class_scope {
            return Err(self.err(
                "Cannot use comprehension in annotation scope within class scope",
                range,
            ));
        }
        self.visit_expr(&first.iter)?;
        let id = self.enter(ScopeKind::Comprehension(kind), kind.code_name(), range);
        self.comp_iter_names.push(HashSet::new());
        let result = self.visit_comprehension_body(id, kind, range, generators, elt, value);
        self.comp_iter_names.pop();
        self.leave();
        result?;
        let is_async = self.table.scopes[id].is_coroutine;
        if is_async && kind != CompKind::Generator {
            let parent = self.cur();
            match self.table.scopes[parent].kind {
                ScopeKind::Comprehension(_) => self.table.scopes[parent].is_coroutine = true,
                ScopeKind::Function if self.table.scopes[parent].is_coroutine => {}
                _ => {
                    return Err(self.err(
                        "asynchronous comprehension outside of an asynchronous function",
                        range,
                    ))
                }
            }
        }
        Ok(())
    }

    fn visit_comprehension_body(
        &mut self,
        id: ScopeId,
        kind: CompKind,
        range: TextRange,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        if kind == CompKind::Generator {
            self.table.scopes[id].is_generator = true;
        }
        self.add_def(".0", SymFlags::DEF_PARAM);
        self.scope().params.push(Rc::from(".0"));
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            if g.is_async {
                let outer = self.enclosing_non_comprehension();
                let ok = outer.kind == ScopeKind::Function && outer.is_coroutine;
                if !ok && kind != CompKind::Generator {
                    return Err(self.err(
                        "asynchronous comprehension outside of an asynchronous function",
                        range,
                    ));
                }
                self.table.scopes[id].is_coroutine = true;
            }
            self.visit_expr(&g.target)?;
            self.visit_exprs(&g.ifs)?;
        }
        self.visit_expr(elt)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        Ok(())
    }
}

/// What a scope's analysis inherits from its enclosing scopes.
#[derive(Clone, Copy)]
struct Ctx<'c> {
    /// Names bound in enclosing function scopes (None at module level).
    bound: Option<&'c HashSet<Rc<str>>>,
    /// Names declared global in enclosing scopes.
    global: &'c HashSet<Rc<str>>,
    /// Enclosing bindings that are type parameters (may not be `nonlocal`).
    type_params: &'c HashSet<Rc<str>>,
    /// For annotation scopes that can see a class namespace: that class.
    class_entry: Option<ScopeId>,
}

/// Resolves the names of `id` and its children (CPython's `analyze_block`);
/// names free in this scope are added to `free`.
fn analyze(
    table: &mut SymbolTable,
    id: ScopeId,
    ctx: Ctx<'_>,
    free: &mut HashSet<Rc<str>>,
    index: &LineIndex<'_>,
) -> Result<(), CompileError> {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        analyze_inner(table, id, ctx, free, index)
    })
}

fn analyze_inner(
    table: &mut SymbolTable,
    id: ScopeId,
    ctx: Ctx<'_>,
    free: &mut HashSet<Rc<str>>,
    index: &LineIndex<'_>,
) -> Result<(), CompileError> {
    let mut bound: Option<HashSet<Rc<str>>> = ctx.bound.cloned();
    let mut global = ctx.global.clone();
    let mut type_params = ctx.type_params.clone();
    let mut local: HashSet<Rc<str>> = HashSet::new();
    let mut scopes: HashMap<Rc<str>, SymScope> = HashMap::new();
    let kind = table.scopes[id].kind;

    let names = table.scopes[id].names.clone();
    for name in &names {
        let flags = table.scopes[id].symbols[name].flags;
        let decl_error = |msg: String| {
            let range = table.scopes[id]
                .decl_ranges
                .get(name)
                .copied()
                .unwrap_or_default();
            CompileError::syntax(msg, index, range)
        };
        let sc = if flags.contains(SymFlags::DEF_GLOBAL) {
            global.insert(name.clone());
            if let Some(b) = bound.as_mut() {
                b.remove(name);
            }
            SymScope::GlobalExplicit
        } else if flags.contains(SymFlags::DEF_NONLOCAL) {
            if !bound.as_ref().is_some_and(|b| b.contains(name)) {
                return Err(decl_error(format!(
                    "no binding for nonlocal '{name}' found"
                )));
            }
            if type_params.contains(name) {
                return Err(decl_error(format!(
                    "nonlocal binding not allowed for type parameter '{name}'"
                )));
            }
            free.insert(name.clone());
            SymScope::Free
        } else if flags.intersects(SymFlags::DEF_BOUND) {
            local.insert(name.clone());
            global.remove(name);
            if flags.contains(SymFlags::DEF_TYPE_PARAM) {
                type_params.insert(name.clone());
            } else {
                type_params.remove(name);
            }
            SymScope::Local
        } else if let Some(sc) = ctx
            .class_entry
            .and_then(|c| class_binding(&table.scopes[c], name))
        {
            // Bound in the class this annotation scope can see: looked up in
            // the class namespace first, then as a global.
            sc
        } else if bound.as_ref().is_some_and(|b| b.contains(name)) {
            free.insert(name.clone());
            SymScope::Free
        } else {
            SymScope::GlobalImplicit
        };
        scopes.insert(name.clone(), sc);
    }

    let mut newbound: HashSet<Rc<str>> = HashSet::new();
    let mut newglobal: HashSet<Rc<str>> = HashSet::new();
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newbound.insert(Rc::from("__class__"));
        newbound.insert(Rc::from("__classdict__"));
    } else {
        if kind.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    }

    let mut newfree: HashSet<Rc<str>> = HashSet::new();
    let children = table.scopes[id].children.clone();
    for child in children {
        let class_entry = if table.scopes[child].can_see_class_scope {
            if kind == ScopeKind::Class {
                Some(id)
            } else {
                ctx.class_entry
            }
        } else {
            None
        };
        let mut child_free = HashSet::new();
        analyze(
            table,
            child,
            Ctx {
                bound: Some(&newbound),
                global: &newglobal,
                type_params: &type_params,
                class_entry,
            },
            &mut child_free,
            index,
        )?;
        newfree.extend(child_free);
    }

    if kind.is_function_like() {
        for (name, sc) in scopes.iter_mut() {
            if *sc == SymScope::Local && newfree.remove(name) {
                *sc = SymScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class {
        if newfree.remove("__class__") {
            table.scopes[id].needs_class_closure = true;
        }
        if newfree.remove("__classdict__") {
            table.scopes[id].needs_classdict = true;
        }
    }

    // update_symbols
    let scope = &mut table.scopes[id];
    for (name, sc) in &scopes {
        if let Some(sym) = scope.symbols.get_mut(name) {
            sym.scope = *sc;
        }
    }
    let mut passthrough: Vec<Rc<str>> = Vec::new();
    for name in &newfree {
        if let Some(sym) = scope.symbols.get_mut(name) {
            if kind == ScopeKind::Class
                && sym
                    .flags
                    .intersects(SymFlags::DEF_BOUND | SymFlags::DEF_GLOBAL)
            {
                sym.flags |= SymFlags::DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.as_ref().is_some_and(|b| !b.contains(name)) {
            continue;
        }
        passthrough.push(name.clone());
    }
    passthrough.sort();
    for name in passthrough {
        scope.names.push(name.clone());
        scope.symbols.insert(
            name,
            Symbol {
                flags: SymFlags::empty(),
                scope: SymScope::Free,
            },
        );
    }
    free.extend(newfree);
    Ok(())
}

/// How an annotation scope resolves `name` when the class it can see binds
/// it (CPython's `class_entry` check in `analyze_name`): explicit global if
/// the class declares it global, implicit global (class namespace, then
/// globals) if the class binds it; None if the class does not bind it.
fn class_binding(class: &Scope, name: &str) -> Option<SymScope> {
    let flags = class.symbols.get(name)?.flags;
    if flags.contains(SymFlags::DEF_GLOBAL) {
        Some(SymScope::GlobalExplicit)
    } else if flags.intersects(SymFlags::DEF_BOUND) && !flags.contains(SymFlags::DEF_NONLOCAL) {
        Some(SymScope::GlobalImplicit)
    } else {
        None
    }
}
