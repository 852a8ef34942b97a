//! Call code generation with the 3.13 call-site layout
//! `[callable, self_or_null, args...]`.
//!
//! `obj.meth(...)` uses LOAD_ATTR's method bit; a global name uses
//! LOAD_GLOBAL's NULL bit; anything else is pushed followed by PUSH_NULL.
//! Plain positional calls use CALL, keyword calls CALL_KW with a constant
//! tuple of names on top, and calls with `*args`/`**kwargs` (or very many
//! arguments) CALL_FUNCTION_EX with an argument tuple and optional dict.

use std::collections::HashSet;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr};

use super::{CResult, Compiler, NameCtx, STACK_USE_GUIDELINE};
use crate::code::Constant;
use crate::instructions::{Intrinsic1, Opcode};

impl<'a, 'ast> Compiler<'a, 'ast> {
    /// Reports `keyword argument repeated: x`.
    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> CResult {
        let mut seen = HashSet::new();
        for k in keywords {
            if let Some(arg) = &k.arg {
                if !seen.insert(arg.id.as_str()) {
                    return Err(
                        self.error(format!("keyword argument repeated: {}", arg.id), k.range)
                    );
                }
            }
        }
        Ok(())
    }

    pub(super) fn compile_call(&mut self, c: &'ast ast::ExprCall) -> CResult {
        self.validate_keywords(&c.arguments.keywords)?;
        let args = &c.arguments;
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && args.keywords.iter().all(|k| k.arg.is_some())
            && args.args.len() + args.keywords.len() < STACK_USE_GUIDELINE;
        match c.func.as_ref() {
            Expr::Attribute(attr) if simple && attr.ctx == ast::ExprContext::Load => {
                // A method call: the method load and the call start at the
                // attribute name when the chain spans lines (CPython 3.11).
                self.compile_expr(&attr.value)?;
                let saved = self.set_range(attr.range);
                self.match_attr_start(attr);
                let m = self.mangle(&attr.attr.id);
                let i = self.add_name(&m);
                self.emit(Opcode::LOAD_ATTR, (i << 1) | 1);
                self.restore_loc(saved);
                let saved = self.match_attr_start(attr);
                let r = self.call_helper(0, &args.args, &args.keywords);
                self.restore_loc(saved);
                return r;
            }
            Expr::Name(n) if self.is_global_load(&n.id) => {
                let saved = self.set_range(n.range);
                let m = self.mangle(&n.id);
                let i = self.add_name(&m);
                self.emit(Opcode::LOAD_GLOBAL, (i << 1) | 1);
                self.restore_loc(saved);
            }
            func => {
                self.compile_expr(func)?;
                self.op(Opcode::PUSH_NULL);
            }
        }
        self.call_helper(0, &args.args, &args.keywords)
    }

    /// Emits the arguments and the call instruction; `pushed` positional
    /// arguments are already on the stack (class creation pushes two).
    pub(super) fn call_helper(
        &mut self,
        pushed: usize,
        args: &'ast [Expr],
        keywords: &'ast [ast::Keyword],
    ) -> CResult {
        self.call_helper_extra(pushed, args, None, keywords)
    }

    /// [`Self::call_helper`] with an extra last positional argument: the
    /// variable `extra` (the `.generic_base` of a generic class).
    pub(super) fn call_helper_extra(
        &mut self,
        pushed: usize,
        args: &'ast [Expr],
        extra: Option<&str>,
        keywords: &'ast [ast::Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        let nextra = usize::from(extra.is_some());
        let total = pushed + args.len() + nextra + keywords.len();
        if !has_star && !has_dstar && total < STACK_USE_GUIDELINE {
            for a in args {
                self.compile_expr(a)?;
            }
            if let Some(name) = extra {
                self.compile_name(name, NameCtx::Load);
            }
            if keywords.is_empty() {
                self.emit(Opcode::CALL, (pushed + args.len() + nextra) as u32);
            } else {
                let mut names = Vec::with_capacity(keywords.len());
                for k in keywords {
                    self.compile_expr(&k.value)?;
                    if let Some(arg) = &k.arg {
                        names.push(Constant::Str(Rc::from(arg.id.as_str())));
                    }
                }
                self.load_const(Constant::Tuple(names.into()));
                self.emit(Opcode::CALL_KW, total as u32);
            }
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional arguments as a tuple...
        match extra {
            None => self.starunpack(
                args,
                pushed,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?,
            Some(name) => {
                self.starunpack(
                    args,
                    pushed,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    false,
                )?;
                self.compile_name(name, NameCtx::Load);
                self.emit(Opcode::LIST_APPEND, 1);
                self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
            }
        }
        // ...and keyword arguments as a dict.
        let mut have_dict = false;
        let mut pending: Vec<&'ast ast::Keyword> = Vec::new();
        for k in keywords {
            if k.arg.is_none() {
                if !pending.is_empty() {
                    self.build_kwargs_map(&pending)?;
                    pending.clear();
                    if have_dict {
                        self.emit(Opcode::DICT_MERGE, 1);
                    }
                    have_dict = true;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.compile_expr(&k.value)?;
                self.emit(Opcode::DICT_MERGE, 1);
            } else {
                pending.push(k);
            }
        }
        if !pending.is_empty() {
            self.build_kwargs_map(&pending)?;
            if have_dict {
                self.emit(Opcode::DICT_MERGE, 1);
            }
            have_dict = true;
        }
        self.emit(Opcode::CALL_FUNCTION_EX, have_dict as u32);
        Ok(())
    }

    fn build_kwargs_map(&mut self, keywords: &[&'ast ast::Keyword]) -> CResult {
        for k in keywords {
            let name = k.arg.as_ref().map_or("", |a| a.id.as_str());
            self.load_const(Constant::Str(Rc::from(name)));
            self.compile_expr(&k.value)?;
        }
        self.emit(Opcode::BUILD_MAP, keywords.len() as u32);
        Ok(())
    }
}
