//! Statement code generation: assignments, control flow, exception
//! handling, `with`, imports, and the module/eval/interactive entry points.
//!
//! Layouts follow CPython 3.12 (see the comments on each function); the
//! exception-table structure is expressed with `setup_handler` /
//! `pop_handler`, which mirror CPython's SETUP_* / POP_BLOCK pseudo
//! instructions.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, FBlockKind, NameCtx};
use crate::code::{CodeObject, Constant};
use crate::instructions::{BinaryOp, Intrinsic1, Opcode};
use crate::symtable::SymbolTable;
use crate::Mode;

/// Future features Python 3.12 accepts (all but `annotations` are no-ops).
const FUTURE_FEATURES: &[&str] = &[
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
];

/// The docstring of a body: its first statement, if a plain string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first()? {
        Stmt::Expr(e) => match e.value.as_ref() {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

/// Checks `from __future__` imports and reports whether `annotations` is on.
pub(crate) fn scan_future(
    body: &[Stmt],
    index: &crate::source::LineIndex<'_>,
) -> Result<bool, crate::CompileError> {
    let mut annotations = false;
    let mut at_start = true;
    for (i, stmt) in body.iter().enumerate() {
        match stmt {
            Stmt::ImportFrom(f)
                if f.module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "__future__")
                    && f.level == 0 =>
            {
                if !at_start {
                    return Err(crate::CompileError::syntax(
                        "from __future__ imports must occur at the beginning of the file",
                        index,
                        f.range,
                    ));
                }
                for alias in &f.names {
                    let name = alias.name.id.as_str();
                    if name == "braces" {
                        return Err(crate::CompileError::syntax(
                            "not a chance",
                            index,
                            alias.range,
                        ));
                    }
                    if !FUTURE_FEATURES.contains(&name) {
                        return Err(crate::CompileError::syntax(
                            format!("future feature {name} is not defined"),
                            index,
                            f.range,
                        ));
                    }
                    annotations |= name == "annotations";
                }
            }
            Stmt::Expr(_) if i == 0 && docstring(body).is_some() => {}
            _ => at_start = false,
        }
    }
    Ok(annotations)
}

/// Whether a body (not nested scopes) contains an annotated assignment.
pub(super) fn body_has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => body_has_annotations(&f.body) || body_has_annotations(&f.orelse),
        Stmt::While(w) => body_has_annotations(&w.body) || body_has_annotations(&w.orelse),
        Stmt::If(i) => {
            body_has_annotations(&i.body)
                || i.elif_else_clauses
                    .iter()
                    .any(|c| body_has_annotations(&c.body))
        }
        Stmt::With(w) => body_has_annotations(&w.body),
        Stmt::Match(m) => m.cases.iter().any(|c| body_has_annotations(&c.body)),
        Stmt::Try(t) => {
            body_has_annotations(&t.body)
                || body_has_annotations(&t.orelse)
                || body_has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    body_has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

pub(super) fn binop_of(op: ast::Operator) -> BinaryOp {
    use ast::Operator as O;
    match op {
        O::Add => BinaryOp::Add,
        O::Sub => BinaryOp::Subtract,
        O::Mult => BinaryOp::Multiply,
        O::MatMult => BinaryOp::MatrixMultiply,
        O::Div => BinaryOp::TrueDivide,
        O::Mod => BinaryOp::Remainder,
        O::Pow => BinaryOp::Power,
        O::LShift => BinaryOp::LShift,
        O::RShift => BinaryOp::RShift,
        O::BitOr => BinaryOp::Or,
        O::BitXor => BinaryOp::Xor,
        O::BitAnd => BinaryOp::And,
        O::FloorDiv => BinaryOp::FloorDivide,
    }
}

fn inplace(op: BinaryOp) -> BinaryOp {
    BinaryOp::ALL[op as usize + 13]
}

impl<'a, 'ast> Compiler<'a, 'ast> {
    /// Compiles a module (exec or single mode).
    pub(crate) fn compile_module(mut self, body: &'ast [Stmt], mode: Mode) -> CResult<CodeObject> {
        self.enter_unit(SymbolTable::ROOT, "<module>", Rc::from("<module>"), 1);
        let mut rest = body;
        if mode == Mode::Exec {
            if let Some(doc) = docstring(body) {
                let first = &body[0];
                let saved = self.set_range(first.range());
                self.load_const(Self::str_const(doc));
                self.name_op(Opcode::STORE_NAME, "__doc__");
                self.restore_loc(saved);
                rest = &body[1..];
            }
        }
        if body_has_annotations(body) {
            self.op(Opcode::SETUP_ANNOTATIONS);
        }
        self.compile_body(rest)?;
        self.load_const_return_none();
        self.exit_unit()
    }

    /// Compiles an expression for eval mode.
    pub(crate) fn compile_eval(mut self, expr: &'ast Expr) -> CResult<CodeObject> {
        self.enter_unit(SymbolTable::ROOT, "<module>", Rc::from("<module>"), 1);
        self.compile_expr(expr)?;
        let saved = self.set_range(expr.range());
        self.op(Opcode::RETURN_VALUE);
        self.restore_loc(saved);
        self.exit_unit()
    }

    /// An implicit `return None`, located (as in CPython 3.11) where the last
    /// emitted instruction is.
    pub(super) fn load_const_return_none(&mut self) {
        let saved = self.u().loc;
        self.inherit_last_loc();
        let i = self.add_const(Constant::None);
        self.emit(Opcode::RETURN_CONST, i);
        self.restore_loc(saved);
    }

    /// Compiles one statement.
    pub(super) fn compile_stmt(&mut self, stmt: &'ast Stmt) -> CResult {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            let saved = self.set_range(stmt.range());
            let r = self.compile_stmt_inner(stmt);
            self.restore_loc(saved);
            r
        })
    }

    fn compile_stmt_inner(&mut self, stmt: &'ast Stmt) -> CResult {
        match stmt {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.compile_delete(t)),
            Stmt::TypeAlias(t) => self.compile_type_alias(t),
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.compile_store(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_augassign(a),
            Stmt::AnnAssign(a) => self.compile_annassign(a),
            Stmt::For(f) => {
                if f.is_async {
                    self.compile_async_for(f)
                } else {
                    self.compile_for(f)
                }
            }
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => self.compile_with(w, 0),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.compile_try_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, end, true)?;
                self.op(Opcode::LOAD_ASSERTION_ERROR);
                if let Some(m) = &a.msg {
                    self.op(Opcode::PUSH_NULL);
                    self.compile_expr(m)?;
                    self.emit(Opcode::CALL, 1);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive {
                    self.compile_expr(&e.value)?;
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::Print as u32);
                    self.op(Opcode::POP_TOP);
                    return Ok(());
                }
                if self.fold(&e.value).is_some() {
                    return Ok(());
                }
                self.compile_expr(&e.value)?;
                self.op(Opcode::POP_TOP);
                Ok(())
            }
            Stmt::Break(b) => self.compile_break_continue(b.range, true),
            Stmt::Continue(c) => self.compile_break_continue(c.range, false),
            Stmt::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    fn compile_return(&mut self, r: &'ast ast::StmtReturn) -> CResult {
        if !self.u().kind.is_function_like() {
            return Err(self.error("'return' outside function", r.range));
        }
        let constant = match &r.value {
            None => Some(Constant::None),
            Some(v) => self.fold(v),
        };
        let preserve_tos = constant.is_none();
        if preserve_tos {
            if let Some(v) = &r.value {
                self.compile_expr(v)?;
            }
        } else if let Some(v) = &r.value {
            // CPython 3.11 returns a constant at the constant's location
            // (when it starts on the statement's line).
            if self.line_of(v.range()) == self.line_of(r.range) {
                self.set_range(v.range());
            }
        }
        let saved_active = self.u().active.clone();
        self.unwind_fblock_stack(preserve_tos, false)?;
        match constant {
            Some(c) => {
                let i = self.add_const(c);
                self.emit(Opcode::RETURN_CONST, i);
            }
            None => self.op(Opcode::RETURN_VALUE),
        }
        self.um().active = saved_active;
        Ok(())
    }

    fn compile_break_continue(&mut self, range: TextRange, is_break: bool) -> CResult {
        let saved_active = self.u().active.clone();
        let found = self.unwind_fblock_stack(false, true)?;
        let Some(block) = found else {
            return Err(self.error(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                range,
            ));
        };
        let (start, exit) = match block.kind {
            FBlockKind::WhileLoop { start, exit } | FBlockKind::ForLoop { start, exit } => {
                (start, exit)
            }
            _ => unreachable_label(),
        };
        if is_break {
            self.unwind_fblock(block, false)?;
            self.jump(exit);
        } else {
            self.jump(start);
        }
        self.um().active = saved_active;
        Ok(())
    }

    fn compile_if(&mut self, i: &'ast ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, next, false)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(end);
            self.bind(next);
            next = self.new_label();
            // CPython's `elif` is a nested `if` statement that runs from the
            // keyword to the end of the whole chain.
            let saved = self.set_range(TextRange::new(clause.range.start(), i.range.end()));
            if let Some(test) = &clause.test {
                self.jump_if(test, next, false)?;
            }
            self.compile_body(&clause.body)?;
            self.restore_loc(saved);
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'ast ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let cov = self.u().active.len();
        self.push_fblock(FBlockKind::WhileLoop { start, exit: end }, cov)?;
        self.jump_if(&w.test, anchor, false)?;
        self.compile_body(&w.body)?;
        self.jump(start);
        self.pop_fblock();
        self.bind(anchor);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'ast ast::StmtFor) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_iter(&f.iter)?;
        self.op(Opcode::GET_ITER);
        self.bind(start);
        let cov = self.u().active.len();
        self.push_fblock(FBlockKind::ForLoop { start, exit: end }, cov)?;
        self.jump_op(Opcode::FOR_ITER, cleanup);
        self.compile_store(&f.target)?;
        self.compile_body(&f.body)?;
        self.jump(start);
        self.pop_fblock();
        self.bind(cleanup);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_async_for(&mut self, f: &'ast ast::StmtFor) -> CResult {
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        self.op(Opcode::GET_AITER);
        self.bind(start);
        let cov = self.u().active.len();
        self.push_fblock(FBlockKind::ForLoop { start, exit: end }, cov)?;
        self.setup_handler(except, false, 0);
        self.op(Opcode::GET_ANEXT);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.pop_handler();
        self.compile_store(&f.target)?;
        self.compile_body(&f.body)?;
        self.jump(start);
        self.pop_fblock();
        self.bind(except);
        self.op(Opcode::END_ASYNC_FOR);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// try/except[/else] (CPython 3.12's `compiler_try_except`), or the
    /// `except*` form.
    fn compile_try_except(&mut self, t: &'ast ast::StmtTry) -> CResult {
        if t.is_star {
            return self.compile_try_star_except(t);
        }
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let cov = self.u().active.len();
        self.setup_handler(except, false, 0);
        self.push_fblock(FBlockKind::TryExcept, cov)?;
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.compile_body(&t.orelse)?;
        self.jump(end);

        self.bind(except);
        let saved = self.set_range(t.range);
        let cov = self.u().active.len();
        let cleanup_id = self.setup_handler(cleanup, true, 0);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::ExceptionHandler, cov)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_range(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.compile_expr(ty)?;
                self.op(Opcode::CHECK_EXC_MATCH);
                self.jump_op(Opcode::POP_JUMP_IF_FALSE, next);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                self.compile_name(&name.id, NameCtx::Store);
                self.setup_handler(cleanup_end, true, 0);
                self.push_fblock(
                    FBlockKind::HandlerCleanup {
                        name: Some(name.id.as_str()),
                    },
                    cov,
                )?;
                self.compile_body(&h.body)?;
                self.pop_fblock();
                self.um().active.truncate(cov);
                self.op(Opcode::POP_EXCEPT);
                self.load_const(Constant::None);
                self.compile_name(&name.id, NameCtx::Store);
                self.compile_name(&name.id, NameCtx::Del);
                self.jump(end);
                // The handler body raised: clear the name and re-raise; this
                // code is covered by the shared cleanup handler again.
                self.um().active.push(cleanup_id);
                self.bind(cleanup_end);
                self.load_const(Constant::None);
                self.compile_name(&name.id, NameCtx::Store);
                self.compile_name(&name.id, NameCtx::Del);
                self.emit(Opcode::RERAISE, 1);
            } else {
                self.op(Opcode::POP_TOP);
                self.push_fblock(FBlockKind::HandlerCleanup { name: None }, cov)?;
                self.compile_body(&h.body)?;
                self.pop_fblock();
                self.um().active.truncate(cov);
                self.op(Opcode::POP_EXCEPT);
                self.jump(end);
                self.um().active.push(cleanup_id);
            }
            self.bind(next);
        }
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.um().active.truncate(cov);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.restore_loc(saved);
        self.bind(end);
        Ok(())
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: the cleanup handler of an except
    /// body or finally block.
    pub(super) fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.op(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 1);
    }

    /// try/finally (CPython 3.12's `compiler_try_finally`): the finally body
    /// is compiled twice, once for the normal path and once as a handler.
    fn compile_try_finally(&mut self, t: &'ast ast::StmtTry) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let cov = self.u().active.len();
        self.setup_handler(end, false, 0);
        self.push_fblock(FBlockKind::FinallyTry { body: &t.finalbody }, cov)?;
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.pop_handler();
        self.pop_fblock();
        self.compile_body(&t.finalbody)?;
        self.jump(exit);

        self.bind(end);
        let cov = self.u().active.len();
        self.setup_handler(cleanup, true, 0);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::FinallyEnd, cov)?;
        self.compile_body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `with` (CPython 3.12's `compiler_with`/`compiler_async_with`); several
    /// items nest.
    fn compile_with(&mut self, w: &'ast ast::StmtWith, pos: usize) -> CResult {
        let Some(item) = w.items.get(pos) else {
            return self.compile_body(&w.body);
        };
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let with_loc = self.location(w.range);
        self.compile_expr(&item.context_expr)?;
        let cov = self.u().active.len();
        if w.is_async {
            self.op(Opcode::BEFORE_ASYNC_WITH);
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.load_const(Constant::None);
            self.yield_from(true);
        } else {
            self.op(Opcode::BEFORE_WITH);
        }
        self.setup_handler(final_, true, 1);
        self.push_fblock(
            FBlockKind::With {
                loc: with_loc,
                is_async: w.is_async,
            },
            cov,
        )?;
        match &item.optional_vars {
            Some(v) => self.compile_store(v)?,
            None => self.op(Opcode::POP_TOP),
        }
        self.compile_with(w, pos + 1)?;
        self.pop_handler();
        self.pop_fblock();
        let saved = std::mem::replace(&mut self.um().loc, with_loc);
        self.call_exit_with_nones();
        if w.is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        self.op(Opcode::POP_TOP);
        self.jump(exit);

        self.bind(final_);
        self.setup_handler(cleanup, true, 0);
        self.op(Opcode::PUSH_EXC_INFO);
        self.op(Opcode::WITH_EXCEPT_START);
        if w.is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        let suppress = self.new_label();
        self.op(Opcode::TO_BOOL);
        self.jump_op(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.bind(suppress);
        self.op(Opcode::POP_TOP);
        self.pop_handler();
        self.op(Opcode::POP_EXCEPT);
        self.op(Opcode::POP_TOP);
        self.op(Opcode::POP_TOP);
        self.jump(exit);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.restore_loc(saved);
        self.bind(exit);
        Ok(())
    }

    /// `import a.b as c, d`. As in CPython 3.11, every instruction (the
    /// imports and the stores) carries the whole statement's location.
    fn compile_import(&mut self, i: &'ast ast::StmtImport) -> CResult {
        for alias in &i.names {
            let name = alias.name.id.as_str();
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            self.name_op_raw(Opcode::IMPORT_NAME, name);
            match &alias.asname {
                Some(asname) => {
                    let mut parts = name.split('.').skip(1).peekable();
                    let dotted = parts.peek().is_some();
                    while let Some(part) = parts.next() {
                        self.name_op_raw(Opcode::IMPORT_FROM, part);
                        if parts.peek().is_some() {
                            self.emit(Opcode::SWAP, 2);
                            self.op(Opcode::POP_TOP);
                        }
                    }
                    self.compile_name(&asname.id, NameCtx::Store);
                    if dotted {
                        self.op(Opcode::POP_TOP);
                    }
                }
                None => {
                    let top = name.split('.').next().unwrap_or(name);
                    self.compile_name(top, NameCtx::Store);
                }
            }
        }
        Ok(())
    }

    /// `from m import a, b as c`; the whole statement's location throughout.
    fn compile_import_from(&mut self, i: &'ast ast::StmtImportFrom) -> CResult {
        self.load_const(Constant::Int(i.level.into()));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Self::str_const(&a.name.id))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        let module = i.module.as_ref().map_or("", |m| m.id.as_str());
        self.name_op_raw(Opcode::IMPORT_NAME, module);
        if i.names.first().is_some_and(|a| a.name.id.as_str() == "*") {
            self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ImportStar as u32);
            self.op(Opcode::POP_TOP);
            return Ok(());
        }
        for alias in &i.names {
            self.name_op_raw(Opcode::IMPORT_FROM, &alias.name.id);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.compile_name(&store.id, NameCtx::Store);
        }
        self.op(Opcode::POP_TOP);
        Ok(())
    }

    /// A name-indexed instruction without private-name mangling.
    fn name_op_raw(&mut self, op: Opcode, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    // ----- assignment targets ------------------------------------------------

    /// Stores TOS into `target`.
    pub(super) fn compile_store(&mut self, target: &'ast Expr) -> CResult {
        let saved = self.set_range(target.range());
        let r = self.compile_store_inner(target);
        self.restore_loc(saved);
        r
    }

    fn compile_store_inner(&mut self, target: &'ast Expr) -> CResult {
        match target {
            Expr::Name(n) => {
                self.compile_name(&n.id, NameCtx::Store);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.match_attr_start(a);
                self.name_op(Opcode::STORE_ATTR, &a.attr.id);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                if let Expr::Slice(sl) = s.slice.as_ref() {
                    if sl.step.is_none() {
                        self.compile_slice_bounds(sl)?;
                        self.op(Opcode::STORE_SLICE);
                        return Ok(());
                    }
                }
                self.compile_expr(&s.slice)?;
                self.op(Opcode::STORE_SUBSCR);
                Ok(())
            }
            Expr::Tuple(t) => self.compile_unpack(&t.elts, t.range),
            Expr::List(l) => self.compile_unpack(&l.elts, l.range),
            Expr::Starred(s) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(self.error(
                format!("cannot assign to {}", crate::error::expr_kind_name(other)),
                other.range(),
            )),
        }
    }

    fn compile_unpack(&mut self, elts: &'ast [Expr], range: TextRange) -> CResult {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(_) = e {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", range)
                    );
                }
                self.emit(Opcode::UNPACK_EX, (i as u32) | ((after as u32) << 8));
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                other => self.compile_store(other)?,
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, target: &'ast Expr) -> CResult {
        let saved = self.set_range(target.range());
        let r = match target {
            Expr::Name(n) => {
                self.compile_name(&n.id, NameCtx::Del);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.match_attr_start(a);
                self.name_op(Opcode::DELETE_ATTR, &a.attr.id);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.op(Opcode::DELETE_SUBSCR);
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.compile_delete(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.compile_delete(e)),
            other => Err(self.error(
                format!("cannot delete {}", crate::error::expr_kind_name(other)),
                other.range(),
            )),
        };
        self.restore_loc(saved);
        r
    }

    fn compile_augassign(&mut self, a: &'ast ast::StmtAugAssign) -> CResult {
        let op = inplace(binop_of(a.op));
        match a.target.as_ref() {
            Expr::Name(n) => {
                let saved = self.set_range(n.range);
                self.compile_name(&n.id, NameCtx::Load);
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op as u32);
                let saved = self.set_range(n.range);
                self.compile_name(&n.id, NameCtx::Store);
                self.restore_loc(saved);
            }
            Expr::Attribute(at) => {
                let saved = self.set_range(at.range);
                self.compile_expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                self.match_attr_start(at);
                let m = self.mangle(&at.attr.id);
                let i = self.add_name(&m);
                self.emit(Opcode::LOAD_ATTR, i << 1);
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op as u32);
                let saved = self.set_range(at.range);
                self.match_attr_start(at);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, i);
                self.restore_loc(saved);
            }
            Expr::Subscript(s) => {
                let saved = self.set_range(s.range);
                self.compile_expr(&s.value)?;
                let slice = match s.slice.as_ref() {
                    Expr::Slice(sl) if sl.step.is_none() => Some(sl),
                    _ => None,
                };
                if let Some(sl) = slice {
                    self.compile_slice_bounds(sl)?;
                    self.emit(Opcode::COPY, 3);
                    self.emit(Opcode::COPY, 3);
                    self.emit(Opcode::COPY, 3);
                    self.op(Opcode::BINARY_SLICE);
                } else {
                    self.compile_expr(&s.slice)?;
                    self.emit(Opcode::COPY, 2);
                    self.emit(Opcode::COPY, 2);
                    self.op(Opcode::BINARY_SUBSCR);
                }
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op as u32);
                let saved = self.set_range(s.range);
                if slice.is_some() {
                    self.emit(Opcode::SWAP, 4);
                    self.emit(Opcode::SWAP, 3);
                    self.emit(Opcode::SWAP, 2);
                    self.op(Opcode::STORE_SLICE);
                } else {
                    self.emit(Opcode::SWAP, 3);
                    self.emit(Opcode::SWAP, 2);
                    self.op(Opcode::STORE_SUBSCR);
                }
                self.restore_loc(saved);
            }
            other => {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        crate::error::expr_kind_name(other)
                    ),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    /// Pushes an annotation value (its source text under
    /// `from __future__ import annotations`).
    pub(super) fn compile_annotation(&mut self, ann: &'ast Expr) -> CResult {
        if self.future_annotations {
            let text = self.index.slice(ann.range()).to_string();
            self.load_const(Constant::Str(Rc::from(text.as_str())));
            Ok(())
        } else {
            self.compile_expr(ann)
        }
    }

    fn compile_annassign(&mut self, a: &'ast ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        let module_or_class = !self.u().kind.is_function_like();
        match a.target.as_ref() {
            Expr::Name(n) if a.simple && module_or_class => {
                self.compile_annotation(&a.annotation)?;
                self.name_op_raw(Opcode::LOAD_NAME, "__annotations__");
                let m = self.mangle(&n.id);
                self.load_const(Constant::Str(Rc::from(m.as_str())));
                self.op(Opcode::STORE_SUBSCR);
            }
            Expr::Attribute(at) if a.value.is_none() => {
                self.compile_expr(&at.value)?;
                self.op(Opcode::POP_TOP);
            }
            Expr::Subscript(s) if a.value.is_none() => {
                self.compile_expr(&s.value)?;
                self.op(Opcode::POP_TOP);
                self.compile_expr(&s.slice)?;
                self.op(Opcode::POP_TOP);
            }
            _ => {}
        }
        if !a.simple && module_or_class && !self.future_annotations {
            self.compile_expr(&a.annotation)?;
            self.op(Opcode::POP_TOP);
        }
        Ok(())
    }
}

fn unreachable_label() -> (crate::assemble::Label, crate::assemble::Label) {
    (
        crate::assemble::Label(u32::MAX),
        crate::assemble::Label(u32::MAX),
    )
}
