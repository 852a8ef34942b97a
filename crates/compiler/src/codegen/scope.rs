//! Code generation for constructs that create code objects: `def`,
//! `async def`, `lambda`, `class` and comprehensions (which are real nested
//! functions taking the outermost iterator as `.0`).
//!
//! The enclosing unit pushes, in order, the defaults tuple (flag 0x01), the
//! keyword-only defaults dict (0x02), the annotations dict (0x04), the
//! closure tuple (0x08) and the code object, then MAKE_FUNCTION.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Comprehension, Expr, Parameters};
use ruff_text_size::{Ranged, TextRange};

use super::stmt::docstring;
use super::{CResult, Compiler, NameCtx};
use crate::code::{CodeObject, Constant};
use crate::instructions::{Intrinsic1, Intrinsic2, Opcode};
use crate::symtable::{CompKind, ScopeId, ScopeKind, SymScope};

impl<'a, 'ast> Compiler<'a, 'ast> {
    pub(super) fn line_of(&self, range: TextRange) -> u32 {
        self.index.line_col(range.start().to_u32()).0
    }

    fn scope_id(&self, range: TextRange) -> CResult<ScopeId> {
        self.table
            .scope_for(range)
            .ok_or_else(|| self.error("internal compiler error: no scope for node", range))
    }

    /// The qualified name of a new code object named `name` in the current
    /// unit (CPython's `compiler_set_qualname`).
    /// A unit whose parent is a type-parameters scope takes its qualified
    /// name from the grandparent, as in CPython.
    fn qualname(&self, name: &str) -> Rc<str> {
        let Some(mut parent) = self.units.last() else {
            return Rc::from(name);
        };
        if parent.kind == ScopeKind::TypeParams {
            let n = self.units.len();
            if n < 3 {
                return Rc::from(name);
            }
            parent = &self.units[n - 2];
        }
        if parent.kind == ScopeKind::Module {
            return Rc::from(name);
        }
        let mangled = self.mangle(name);
        if self.table.scopes[parent.scope].scope_of(&mangled) == SymScope::GlobalExplicit {
            return Rc::from(name);
        }
        if parent.kind.is_function_like() {
            Rc::from(format!("{}.<locals>.{}", parent.qualname, name).as_str())
        } else {
            Rc::from(format!("{}.{}", parent.qualname, name).as_str())
        }
    }

    /// Pushes the closure tuple for `code` (if it has free variables), the
    /// code object, and MAKE_FUNCTION with `flags` (plus 0x08).
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult {
        let free: Vec<Rc<str>> = code
            .localsplus_names
            .iter()
            .zip(&code.localsplus_kinds)
            .filter(|(_, k)| k.contains(crate::code::LocalKind::FREE))
            .map(|(n, _)| n.clone())
            .collect();
        if !free.is_empty() {
            for name in &free {
                self.load_closure(name)?;
            }
            self.emit(Opcode::BUILD_TUPLE, free.len() as u32);
            flags |= 0x08;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    /// Pushes defaults and keyword-only defaults; returns the flags.
    fn compile_defaults(&mut self, params: &'ast Parameters) -> CResult<u32> {
        let mut flags = 0;
        let positional: Vec<&'ast Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !positional.is_empty() {
            let consts: Option<Vec<Constant>> = positional.iter().map(|e| self.fold(e)).collect();
            match consts {
                Some(c) => self.load_const(Constant::Tuple(c.into())),
                None => {
                    for e in &positional {
                        self.compile_expr(e)?;
                    }
                    self.emit(Opcode::BUILD_TUPLE, positional.len() as u32);
                }
            }
            flags |= 0x01;
        }
        let mut nkw = 0;
        for p in &params.kwonlyargs {
            if let Some(d) = &p.default {
                let name = self.mangle(&p.parameter.name.id);
                self.load_const(Constant::Str(Rc::from(name.as_str())));
                self.compile_expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Opcode::BUILD_MAP, nkw);
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict of a `def`; returns the flag.
    fn compile_annotations(
        &mut self,
        params: &'ast Parameters,
        returns: Option<&'ast Expr>,
    ) -> CResult<u32> {
        let mut n = 0;
        let ordered = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.kwarg.as_deref());
        for p in ordered {
            if let Some(ann) = &p.annotation {
                let name = self.mangle(&p.name.id);
                self.load_const(Constant::Str(Rc::from(name.as_str())));
                self.compile_annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Self::str_const("return"));
            self.compile_annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Opcode::BUILD_MAP, n);
            Ok(0x04)
        } else {
            Ok(0)
        }
    }

    fn set_arg_counts(&mut self, params: Option<&Parameters>) {
        let Some(p) = params else { return };
        let u = self.um();
        u.posonly_arg_count = p.posonlyargs.len() as u32;
        u.arg_count = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonly_arg_count = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= crate::code::CodeFlags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= crate::code::CodeFlags::VARKEYWORDS;
        }
    }

    /// Pushes each decorator followed by PUSH_NULL.
    fn compile_decorators(&mut self, decorators: &'ast [ast::Decorator]) -> CResult {
        for d in decorators {
            self.compile_expr(&d.expression)?;
            self.op(Opcode::PUSH_NULL);
        }
        Ok(())
    }

    /// Calls the decorators on TOS, innermost first.
    fn apply_decorators(&mut self, decorators: &'ast [ast::Decorator]) {
        for d in decorators.iter().rev() {
            let saved = self.set_range(d.expression.range());
            self.emit(Opcode::CALL, 1);
            self.restore_loc(saved);
        }
    }

    pub(super) fn compile_function_def(&mut self, f: &'ast ast::StmtFunctionDef) -> CResult {
        self.compile_decorators(&f.decorator_list)?;
        let mut flags = self.compile_defaults(&f.parameters)?;
        // A generic function: the defaults are passed to the type-params
        // scope as its arguments `.defaults` / `.kwdefaults`; the annotations
        // and the function itself are evaluated there.
        let num_typeparam_args = (flags & 0x01 != 0) as u32 + (flags & 0x02 != 0) as u32;
        if let Some(tp) = &f.type_params {
            if num_typeparam_args == 2 {
                self.emit(Opcode::SWAP, 2);
            }
            self.enter_type_params_unit(tp, &f.name.id, f.range)?;
            for i in 0..num_typeparam_args {
                self.emit(Opcode::LOAD_FAST, i);
            }
        }
        flags |= self.compile_annotations(&f.parameters, f.returns.as_deref())?;

        let scope = self.scope_id(f.range)?;
        let qualname = self.qualname(&f.name.id);
        let first_line = self.line_of(f.name.range);
        self.enter_unit(scope, &f.name.id, qualname, first_line);
        self.set_arg_counts(Some(&f.parameters));
        let doc = docstring(&f.body);
        self.add_const(match doc {
            Some(d) => Self::str_const(d),
            None => Constant::None,
        });
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        let result = self.compile_body(body);
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        self.load_const_return_none();
        let code = self.exit_unit()?;

        self.make_closure(code, flags)?;
        if f.type_params.is_some() {
            self.emit(Opcode::SWAP, 2);
            self.emit(
                Opcode::CALL_INTRINSIC_2,
                Intrinsic2::SetFunctionTypeParams as u32,
            );
            self.op(Opcode::RETURN_VALUE);
            self.um().arg_count = num_typeparam_args;
            let code = self.exit_unit()?;
            self.make_closure(code, 0)?;
            // `[defaults, kwdefaults, f]` -> `f(defaults, kwdefaults)`, the
            // first argument riding in the `self_or_null` slot.
            if num_typeparam_args > 0 {
                self.emit(Opcode::SWAP, num_typeparam_args + 1);
                self.emit(Opcode::CALL, num_typeparam_args - 1);
            } else {
                self.op(Opcode::PUSH_NULL);
                self.emit(Opcode::CALL, 0);
            }
        }
        self.apply_decorators(&f.decorator_list);
        self.compile_name(&f.name.id, NameCtx::Store);
        Ok(())
    }

    /// Starts the `<generic parameters of NAME>` unit of a generic `def`,
    /// `class` or `type` (keyed in the symbol table by the parameter list's
    /// range) and pushes the tuple of its new type parameters, each also
    /// bound to its name.
    fn enter_type_params_unit(
        &mut self,
        tp: &'ast ast::TypeParams,
        name: &str,
        stmt_range: TextRange,
    ) -> CResult {
        let scope = self.scope_id(tp.range)?;
        let code_name = format!("<generic parameters of {name}>");
        let qualname = self.qualname(&code_name);
        let first_line = self.line_of(stmt_range);
        self.enter_unit(scope, &code_name, qualname, first_line);
        self.set_range(tp.range);
        self.compile_type_params(tp)?;
        self.set_range(stmt_range);
        Ok(())
    }

    /// Creates each type parameter, binds it, and builds the tuple of them
    /// (CPython's `compiler_type_params`).
    fn compile_type_params(&mut self, tp: &'ast ast::TypeParams) -> CResult {
        for p in &tp.type_params {
            let saved = self.set_range(p.range());
            let name: &'ast str = match p {
                ast::TypeParam::TypeVar(t) => {
                    self.load_const(Self::str_const(&t.name.id));
                    match t.bound.as_deref() {
                        Some(bound) => {
                            let scope = self.scope_id(p.range())?;
                            let qualname = self.qualname(&t.name.id);
                            let first_line = self.line_of(bound.range());
                            self.enter_unit(scope, &t.name.id, qualname, first_line);
                            self.set_range(bound.range());
                            self.compile_expr(bound)?;
                            self.op(Opcode::RETURN_VALUE);
                            let code = self.exit_unit()?;
                            self.make_closure(code, 0)?;
                            let which = if matches!(bound, Expr::Tuple(_)) {
                                Intrinsic2::TypeVarWithConstraints
                            } else {
                                Intrinsic2::TypeVarWithBound
                            };
                            self.emit(Opcode::CALL_INTRINSIC_2, which as u32);
                        }
                        None => self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVar as u32),
                    }
                    &t.name.id
                }
                ast::TypeParam::ParamSpec(t) => {
                    self.load_const(Self::str_const(&t.name.id));
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ParamSpec as u32);
                    &t.name.id
                }
                ast::TypeParam::TypeVarTuple(t) => {
                    self.load_const(Self::str_const(&t.name.id));
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVarTuple as u32);
                    &t.name.id
                }
            };
            self.emit(Opcode::COPY, 1);
            self.compile_name(name, NameCtx::Store);
            self.restore_loc(saved);
        }
        self.emit(Opcode::BUILD_TUPLE, tp.type_params.len() as u32);
        Ok(())
    }

    /// `type X[T] = value`: a `TypeAliasType` whose value is computed by a
    /// nested function on first access (CPython's `compiler_typealias`).
    pub(super) fn compile_type_alias(&mut self, t: &'ast ast::StmtTypeAlias) -> CResult {
        let Expr::Name(name) = t.name.as_ref() else {
            return Err(self.error("invalid syntax", t.name.range()));
        };
        let name: &'ast str = &name.id;
        match &t.type_params {
            Some(tp) => {
                let scope = self.scope_id(tp.range)?;
                let code_name = format!("<generic parameters of {name}>");
                let qualname = self.qualname(&code_name);
                let first_line = self.line_of(t.range);
                self.enter_unit(scope, &code_name, qualname, first_line);
                self.set_range(t.range);
                self.load_const(Self::str_const(name));
                self.set_range(tp.range);
                self.compile_type_params(tp)?;
                self.set_range(t.range);
            }
            None => {
                self.load_const(Self::str_const(name));
                self.load_const(Constant::None);
            }
        }
        let scope = self.scope_id(t.range)?;
        let qualname = self.qualname(name);
        let first_line = self.line_of(t.range);
        self.enter_unit(scope, name, qualname, first_line);
        // None first, so the value function has no docstring.
        self.add_const(Constant::None);
        self.set_range(t.value.range());
        self.compile_expr(&t.value)?;
        self.op(Opcode::RETURN_VALUE);
        let code = self.exit_unit()?;
        self.make_closure(code, 0)?;
        self.emit(Opcode::BUILD_TUPLE, 3);
        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeAlias as u32);
        if t.type_params.is_some() {
            self.op(Opcode::RETURN_VALUE);
            let code = self.exit_unit()?;
            self.make_closure(code, 0)?;
            self.op(Opcode::PUSH_NULL);
            self.emit(Opcode::CALL, 0);
        }
        self.compile_name(name, NameCtx::Store);
        Ok(())
    }

    pub(super) fn compile_lambda(&mut self, l: &'ast ast::ExprLambda) -> CResult {
        let mut flags = 0;
        if let Some(p) = &l.parameters {
            flags = self.compile_defaults(p)?;
        }
        let scope = self.scope_id(l.range)?;
        let qualname = self.qualname("<lambda>");
        let first_line = self.line_of(l.range);
        self.enter_unit(scope, "<lambda>", qualname, first_line);
        self.set_arg_counts(l.parameters.as_deref());
        self.add_const(Constant::None);
        let result = self.compile_expr(&l.body);
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        let saved = self.set_range(l.body.range());
        if self.table.scopes[scope].is_generator {
            self.op(Opcode::POP_TOP);
            self.load_const_return_none();
        } else {
            self.op(Opcode::RETURN_VALUE);
        }
        self.restore_loc(saved);
        let code = self.exit_unit()?;
        self.make_closure(code, flags)
    }

    pub(super) fn compile_class_def(&mut self, c: &'ast ast::StmtClassDef) -> CResult {
        self.compile_decorators(&c.decorator_list)?;
        // A generic class is built inside its type-params scope, which
        // binds `.type_params` and passes `Generic[*params]` as the last base.
        if let Some(tp) = &c.type_params {
            self.enter_type_params_unit(tp, &c.name.id, c.range)?;
            self.compile_name(".type_params", NameCtx::Store);
        }
        let scope = self.scope_id(c.range)?;
        let qualname = self.qualname(&c.name.id);
        let first_line = self.line_of(c.name.range);
        self.enter_unit(scope, &c.name.id, qualname.clone(), first_line);
        let result = self.compile_class_body(c, &qualname);
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_unit()?;

        self.op(Opcode::LOAD_BUILD_CLASS);
        self.op(Opcode::PUSH_NULL);
        self.make_closure(code, 0)?;
        self.load_const(Self::str_const(&c.name.id));
        if c.type_params.is_some() {
            self.compile_name(".type_params", NameCtx::Load);
            self.emit(
                Opcode::CALL_INTRINSIC_1,
                Intrinsic1::SubscriptGeneric as u32,
            );
            self.compile_name(".generic_base", NameCtx::Store);
            let (args, keywords): (&'ast [Expr], &'ast [ast::Keyword]) = match &c.arguments {
                Some(a) => (&a.args, &a.keywords),
                None => (&[], &[]),
            };
            self.call_helper_extra(2, args, Some(".generic_base"), keywords)?;
            self.op(Opcode::RETURN_VALUE);
            let code = self.exit_unit()?;
            self.make_closure(code, 0)?;
            self.op(Opcode::PUSH_NULL);
            self.emit(Opcode::CALL, 0);
        } else {
            match &c.arguments {
                Some(args) => self.call_helper(2, &args.args, &args.keywords)?,
                None => self.emit(Opcode::CALL, 2),
            }
        }
        self.apply_decorators(&c.decorator_list);
        self.compile_name(&c.name.id, NameCtx::Store);
        Ok(())
    }

    fn compile_class_body(&mut self, c: &'ast ast::StmtClassDef, qualname: &Rc<str>) -> CResult {
        let saved = self.set_range(c.name.range);
        self.name_op(Opcode::LOAD_NAME, "__name__");
        self.name_op(Opcode::STORE_NAME, "__module__");
        self.load_const(Constant::Str(qualname.clone()));
        self.name_op(Opcode::STORE_NAME, "__qualname__");
        if c.type_params.is_some() {
            self.compile_name(".type_params", NameCtx::Load);
            self.name_op(Opcode::STORE_NAME, "__type_params__");
        }
        if self.table.scopes[self.u().scope].needs_classdict {
            // Annotation scopes inside the class read its namespace through
            // the `__classdict__` cell.
            if let Some(slot) = self.u().cells.get("__classdict__").copied() {
                self.op(Opcode::LOAD_LOCALS);
                self.emit(Opcode::STORE_DEREF, slot);
            }
        }
        self.restore_loc(saved);
        let mut body = &c.body[..];
        if let Some(doc) = docstring(body) {
            let saved = self.set_range(body[0].range());
            self.load_const(Self::str_const(doc));
            self.name_op(Opcode::STORE_NAME, "__doc__");
            self.restore_loc(saved);
            body = &body[1..];
        }
        if super::stmt::body_has_annotations(&c.body) {
            self.op(Opcode::SETUP_ANNOTATIONS);
        }
        self.compile_body(body)?;
        if self.table.scopes[self.u().scope].needs_class_closure {
            self.load_closure("__class__")?;
            self.emit(Opcode::COPY, 1);
            self.name_op(Opcode::STORE_NAME, "__classcell__");
            self.op(Opcode::RETURN_VALUE);
        } else {
            self.load_const_return_none();
        }
        Ok(())
    }

    /// A comprehension: builds the nested function, then calls it with the
    /// iterator of the outermost iterable (awaiting it if it is async).
    pub(super) fn compile_comprehension(
        &mut self,
        node: &'ast Expr,
        kind: CompKind,
        generators: &'ast [Comprehension],
        elt: &'ast Expr,
        value: Option<&'ast Expr>,
    ) -> CResult {
        let Some(outermost) = generators.first() else {
            return Err(self.error("comprehension without generators", node.range()));
        };
        let scope = self.scope_id(node.range())?;
        let qualname = self.qualname(kind.code_name());
        let first_line = self.line_of(node.range());
        let is_async = self.table.scopes[scope].is_coroutine;
        self.enter_unit(scope, kind.code_name(), qualname, first_line);
        self.um().arg_count = 1;
        // As in CPython 3.11, the comprehension's own code carries the range
        // of the whole comprehension expression (its parts have their own).
        self.set_range(node.range());
        let result = self.compile_comprehension_body(kind, generators, elt, value);
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_unit()?;

        self.make_closure(code, 0)?;
        self.op(Opcode::PUSH_NULL);
        self.compile_iter(&outermost.iter)?;
        self.op(if outermost.is_async {
            Opcode::GET_AITER
        } else {
            Opcode::GET_ITER
        });
        self.emit(Opcode::CALL, 1);
        if is_async && kind != CompKind::Generator {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        Ok(())
    }

    fn compile_comprehension_body(
        &mut self,
        kind: CompKind,
        generators: &'ast [Comprehension],
        elt: &'ast Expr,
        value: Option<&'ast Expr>,
    ) -> CResult {
        match kind {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            CompKind::Generator => {}
        }
        self.comprehension_generator(kind, generators, 0, 0, elt, value)?;
        if kind == CompKind::Generator {
            self.load_const_return_none();
        } else {
            self.op(Opcode::RETURN_VALUE);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        kind: CompKind,
        generators: &'ast [Comprehension],
        index: usize,
        depth: u32,
        elt: &'ast Expr,
        value: Option<&'ast Expr>,
    ) -> CResult {
        let gen = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.compile_iter(&gen.iter)?;
            self.op(if gen.is_async {
                Opcode::GET_AITER
            } else {
                Opcode::GET_ITER
            });
        }
        self.bind(start);
        if gen.is_async {
            self.setup_handler(anchor, false, 0);
            self.op(Opcode::GET_ANEXT);
            self.load_const(Constant::None);
            self.yield_from(true);
            self.pop_handler();
        } else {
            self.jump_op(Opcode::FOR_ITER, anchor);
        }
        self.compile_store(&gen.target)?;
        let depth = depth + 1;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(kind, generators, index + 1, depth, elt, value)?;
        } else {
            match kind {
                CompKind::Generator => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::YIELD_VALUE, 0);
                    self.emit(Opcode::RESUME, 1);
                    self.op(Opcode::POP_TOP);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, depth + 1);
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::SET_ADD, depth + 1);
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Opcode::MAP_ADD, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.jump(start);
        self.bind(anchor);
        if gen.is_async {
            self.op(Opcode::END_ASYNC_FOR);
        }
        Ok(())
    }
}
