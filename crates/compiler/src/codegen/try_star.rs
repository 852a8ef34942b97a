//! `try`/`except*` (PEP 654), laid out as CPython 3.12's
//! `compiler_try_star_except`.
//!
//! When the body raises, the handler code runs with `[prev_exc, orig]` on
//! the stack (the previously handled exception and the exception caught)
//! and keeps a list of the exceptions the clauses raise plus the part of
//! `orig` still unmatched: `[prev_exc, orig, raised, rest]`. Each clause
//! splits `rest` with `CHECK_EG_MATCH`; a clause body that raises appends
//! its exception to `raised`; after the last clause the unmatched rest is
//! appended too, and `INTRINSIC_PREP_RERAISE_STAR` combines the list into
//! the exception to re-raise (None if everything was handled).
//!
//! Invariants: every path through the clauses reaches the next clause (or
//! the final combination) with exactly `[prev_exc, orig, raised, rest]`
//! above the handler's base; the shared cleanup handler covers all of the
//! handler code until the previously handled exception is restored, so an
//! error in the machinery itself still restores it.

use ruff_python_ast as ast;

use super::{CResult, Compiler, FBlockKind, NameCtx};
use crate::code::Constant;
use crate::instructions::{Intrinsic2, Opcode};

impl<'a, 'ast> Compiler<'a, 'ast> {
    /// `try: ... except* T as n: ... [else: ...]` (a `finally` wraps this
    /// in `compile_try_finally`).
    pub(super) fn compile_try_star_except(&mut self, t: &'ast ast::StmtTry) -> CResult {
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let reraise = self.new_label();

        let cov = self.u().active.len();
        self.setup_handler(except, false, 0);
        self.push_fblock(FBlockKind::TryExcept, cov)?;
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.jump(orelse);

        self.bind(except);
        let saved = self.set_range(t.range);
        let cov = self.u().active.len();
        self.setup_handler(cleanup, true, 0);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, cov)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_range(h.range);
            let next = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // [prev, orig] -> [prev, orig, raised, orig]
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::COPY, 2);
            }
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            self.compile_expr(ty)?;
            self.op(Opcode::CHECK_EG_MATCH);
            self.emit(Opcode::COPY, 1);
            self.jump_op(Opcode::POP_JUMP_IF_NONE, no_match);

            let cleanup_end = self.new_label();
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(name) => self.compile_name(name, NameCtx::Store),
                None => self.op(Opcode::POP_TOP),
            }
            self.setup_handler(cleanup_end, true, 0);
            self.push_fblock(FBlockKind::HandlerCleanup { name }, cov)?;
            self.compile_body(&h.body)?;
            self.pop_fblock();
            self.pop_handler();
            if let Some(name) = name {
                self.clear_handler_name(name);
            }
            self.jump(next);

            // The clause body raised: [.., raised, rest, lasti, exc].
            self.bind(cleanup_end);
            if let Some(name) = name {
                self.clear_handler_name(name);
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.op(Opcode::POP_TOP);
            self.jump(except_with_error);

            self.bind(next);
            self.op(Opcode::NOP);
            self.jump(except_with_error);

            self.bind(no_match);
            self.op(Opcode::POP_TOP);

            self.bind(except_with_error);
            if i + 1 == n {
                // The unmatched rest (possibly None) joins the list.
                self.emit(Opcode::LIST_APPEND, 1);
                self.jump(reraise_star);
            }
        }
        self.pop_fblock();

        self.bind(reraise_star);
        self.emit(Opcode::CALL_INTRINSIC_2, Intrinsic2::PrepReraiseStar as u32);
        self.emit(Opcode::COPY, 1);
        self.jump_op(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        // Nothing to re-raise.
        self.op(Opcode::POP_TOP);
        self.um().active.truncate(cov);
        self.op(Opcode::POP_EXCEPT);
        self.jump(end);

        self.bind(reraise);
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 0);

        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.restore_loc(saved);

        self.bind(orelse);
        self.compile_body(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name`: unbinds an `except* ... as name` target.
    fn clear_handler_name(&mut self, name: &str) {
        self.load_const(Constant::None);
        self.compile_name(name, NameCtx::Store);
        self.compile_name(name, NameCtx::Del);
    }
}
