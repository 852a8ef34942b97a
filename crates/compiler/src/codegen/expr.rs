//! Expression code generation: constants and folding, operators, boolean
//! short-circuiting, comparisons (chained), conditional jumps, collection
//! displays with unpacking, subscripts and slices, f-strings, `yield`,
//! `await` and walrus.

use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, ConversionFlag, Expr, InterpolatedStringElement, Number};
use ruff_text_size::Ranged;

use super::stmt::binop_of;
use super::{CResult, Compiler, NameCtx, STACK_USE_GUIDELINE};
use crate::assemble::Label;
use crate::code::Constant;
use crate::instructions::{CompareOp, Intrinsic1, Opcode};
use crate::symtable::CompKind;

/// Parses an integer literal's source text (`0x..`, `0o..`, `0b..`, `_`).
fn parse_int_literal(text: &str) -> Option<BigInt> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// One piece of an f-string after flattening implicit concatenation.
enum FPiece<'ast> {
    Str(String),
    Value(&'ast ast::InterpolatedElement),
}

fn push_str(pieces: &mut Vec<FPiece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPiece::Str(last)) = pieces.last_mut() {
        last.push_str(s);
    } else {
        pieces.push(FPiece::Str(s.to_string()));
    }
}

fn flatten_elements<'ast>(
    pieces: &mut Vec<FPiece<'ast>>,
    elements: impl Iterator<Item = &'ast InterpolatedStringElement>,
) {
    for el in elements {
        match el {
            InterpolatedStringElement::Literal(l) => push_str(pieces, &l.value),
            InterpolatedStringElement::Interpolation(i) => {
                if let Some(debug) = &i.debug_text {
                    push_str(pieces, debug.leading());
                    push_str(pieces, debug.expression());
                    push_str(pieces, debug.trailing());
                }
                pieces.push(FPiece::Value(i));
            }
        }
    }
}

impl<'a, 'ast> Compiler<'a, 'ast> {
    /// The folded constant value of `expr`, if it has one (memoized per node).
    pub(super) fn fold(&mut self, expr: &Expr) -> Option<Constant> {
        let key = expr as *const Expr as usize;
        if let Some(c) = self.fold_cache.get(&key) {
            return c.clone();
        }
        let c = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.fold_uncached(expr));
        self.fold_cache.insert(key, c.clone());
        c
    }

    fn fold_uncached(&mut self, expr: &Expr) -> Option<Constant> {
        Some(match expr {
            Expr::NoneLiteral(_) => Constant::None,
            Expr::BooleanLiteral(b) => {
                if b.value {
                    Constant::True
                } else {
                    Constant::False
                }
            }
            Expr::EllipsisLiteral(_) => Constant::Ellipsis,
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => Constant::Int(match i.as_u64() {
                    Some(v) => v.into(),
                    None => parse_int_literal(&i.to_string())?,
                }),
                Number::Float(f) => Constant::Float(*f),
                Number::Complex { real, imag } => Constant::Complex(*real, *imag),
            },
            Expr::StringLiteral(s) => Constant::Str(Rc::from(s.value.to_str())),
            Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
            Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ast::ExprContext::Load => {
                Constant::True
            }
            Expr::UnaryOp(u) => {
                let v = self.fold(&u.operand)?;
                crate::fold::unary(u.op, &v)?
            }
            Expr::BinOp(b) => {
                let l = self.fold(&b.left)?;
                let r = self.fold(&b.right)?;
                crate::fold::binary(binop_of(b.op), &l, &r)?
            }
            Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
                let mut items = Vec::with_capacity(t.elts.len());
                for e in &t.elts {
                    if matches!(e, Expr::Starred(_)) {
                        return None;
                    }
                    items.push(self.fold(e)?);
                }
                Constant::Tuple(items.into())
            }
            _ => return None,
        })
    }

    /// Compiles an expression, leaving its value on the stack.
    pub(super) fn compile_expr(&mut self, expr: &'ast Expr) -> CResult {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            let saved = self.set_range(expr.range());
            let r = self.compile_expr_inner(expr);
            self.restore_loc(saved);
            r
        })
    }

    fn compile_expr_inner(&mut self, expr: &'ast Expr) -> CResult {
        if let Some(c) = self.fold(expr) {
            self.load_const(c);
            return Ok(());
        }
        match expr {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = if b.op == ast::BoolOp::And {
                    Opcode::POP_JUMP_IF_FALSE
                } else {
                    Opcode::POP_JUMP_IF_TRUE
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                        self.op(Opcode::TO_BOOL);
                        self.jump_op(jump, end);
                        self.op(Opcode::POP_TOP);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Opcode::BINARY_OP, binop_of(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Invert => self.op(Opcode::UNARY_INVERT),
                    ast::UnaryOp::Not => self.op(Opcode::UNARY_NOT),
                    ast::UnaryOp::USub => self.op(Opcode::UNARY_NEGATIVE),
                    ast::UnaryOp::UAdd => {
                        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::UnaryPositive as u32)
                    }
                }
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let end = self.new_label();
                let orelse = self.new_label();
                self.jump_if(&i.test, orelse, false)?;
                self.compile_expr(&i.body)?;
                self.jump(end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.starunpack(
                &s.elts,
                0,
                Opcode::BUILD_SET,
                Opcode::SET_ADD,
                Opcode::SET_UPDATE,
                false,
            )?,
            Expr::List(l) => self.starunpack(
                &l.elts,
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                false,
            )?,
            Expr::Tuple(t) => self.starunpack(
                &t.elts,
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?,
            Expr::ListComp(c) => {
                self.compile_comprehension(expr, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.compile_comprehension(expr, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::Generator(c) => {
                self.compile_comprehension(expr, CompKind::Generator, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.compile_comprehension(
                    expr,
                    CompKind::Dict,
                    &c.generators,
                    k,
                    Some(&c.value),
                )?,
                None => {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ))
                }
            },
            Expr::Await(a) => {
                self.check_await(a.range)?;
                self.compile_expr(&a.value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.yield_from(true);
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YIELD_VALUE, 0);
                self.emit(Opcode::RESUME, 1);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                self.compile_expr(&y.value)?;
                self.op(Opcode::GET_YIELD_FROM_ITER);
                self.load_const(Constant::None);
                self.yield_from(false);
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => {
                let mut pieces = Vec::new();
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => push_str(&mut pieces, &l.value),
                        ast::FStringPart::FString(fs) => {
                            flatten_elements(&mut pieces, fs.elements.iter())
                        }
                    }
                }
                self.compile_fstring_pieces(pieces)?;
            }
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                return Err(self.error("invalid literal", expr.range()));
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.match_attr_start(a);
                let m = self.mangle(&a.attr.id);
                let i = self.add_name(&m);
                self.emit(Opcode::LOAD_ATTR, i << 1);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                if let Expr::Slice(sl) = s.slice.as_ref() {
                    if sl.step.is_none() {
                        self.compile_slice_bounds(sl)?;
                        self.op(Opcode::BINARY_SLICE);
                        return Ok(());
                    }
                }
                self.compile_expr(&s.slice)?;
                self.op(Opcode::BINARY_SUBSCR);
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range))
            }
            Expr::Name(n) => self.compile_name(&n.id, NameCtx::Load),
            Expr::Slice(s) => {
                self.compile_slice_bounds(s)?;
                let mut n = 2;
                if let Some(step) = &s.step {
                    self.compile_expr(step)?;
                    n = 3;
                }
                self.emit(Opcode::BUILD_SLICE, n);
            }
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// Pushes a slice's lower and upper bounds (None when absent).
    pub(super) fn compile_slice_bounds(&mut self, s: &'ast ast::ExprSlice) -> CResult {
        for bound in [&s.lower, &s.upper] {
            match bound {
                Some(e) => self.compile_expr(e)?,
                None => self.load_const(Constant::None),
            }
        }
        Ok(())
    }

    fn check_await(&self, range: ruff_text_size::TextRange) -> CResult {
        // The symbol table validated placement; this guards module-level code.
        if self.u().kind.is_function_like() {
            Ok(())
        } else {
            Err(self.error("'await' outside function", range))
        }
    }

    fn check_yield(&self, range: ruff_text_size::TextRange) -> CResult {
        if self.u().kind.is_function_like() {
            Ok(())
        } else {
            Err(self.error("'yield' outside function", range))
        }
    }

    /// Builds a list/set/tuple from elements that may contain `*iterable`
    /// (CPython's `starunpack_helper`). `pushed` values already on the stack
    /// become the first elements.
    pub(super) fn starunpack(
        &mut self,
        elts: &'ast [Expr],
        pushed: usize,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        // Constant elements: build from a constant tuple.
        if !has_star && n > 2 && pushed == 0 && !tuple {
            let consts: Option<Vec<Constant>> = elts.iter().map(|e| self.fold(e)).collect();
            if let Some(consts) = consts {
                let set = build == Opcode::BUILD_SET;
                self.emit(build, 0);
                self.load_const(if set {
                    Constant::FrozenSet(consts.into())
                } else {
                    Constant::Tuple(consts.into())
                });
                self.emit(if set { Opcode::SET_UPDATE } else { extend }, 1);
                return Ok(());
            }
        }
        let big = n + pushed > STACK_USE_GUIDELINE;
        if !has_star && !big {
            for e in elts {
                self.compile_expr(e)?;
            }
            self.emit(
                if tuple { Opcode::BUILD_TUPLE } else { build },
                (n + pushed) as u32,
            );
            return Ok(());
        }
        let mut sequence_built = false;
        if big && !has_star {
            self.emit(build, pushed as u32);
            sequence_built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !sequence_built {
                    self.emit(build, (i + pushed) as u32);
                    sequence_built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.compile_expr(e)?;
                if sequence_built {
                    self.emit(add, 1);
                }
            }
        }
        if !sequence_built {
            self.emit(build, (n + pushed) as u32);
        }
        if tuple {
            self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'ast ast::ExprDict) -> CResult {
        let mut have_dict = false;
        let mut elements = 0u32;
        for item in &d.items {
            match &item.key {
                None => {
                    if elements > 0 {
                        self.emit(Opcode::BUILD_MAP, elements);
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        elements = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                Some(k) => {
                    if (elements as usize) * 2 > STACK_USE_GUIDELINE {
                        self.emit(Opcode::BUILD_MAP, elements);
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        elements = 0;
                    }
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    elements += 1;
                }
            }
        }
        if elements > 0 || !have_dict {
            self.emit(Opcode::BUILD_MAP, elements);
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
        }
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32),
            C::NotEq => self.emit(Opcode::COMPARE_OP, CompareOp::Ne as u32),
            C::Lt => self.emit(Opcode::COMPARE_OP, CompareOp::Lt as u32),
            C::LtE => self.emit(Opcode::COMPARE_OP, CompareOp::Le as u32),
            C::Gt => self.emit(Opcode::COMPARE_OP, CompareOp::Gt as u32),
            C::GtE => self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32),
            C::Is => self.emit(Opcode::IS_OP, 0),
            C::IsNot => self.emit(Opcode::IS_OP, 1),
            C::In => self.emit(Opcode::CONTAINS_OP, 0),
            C::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    /// Compiles the iterable of a `for` loop or comprehension. As CPython's
    /// AST optimizer does, a list or set display of constants becomes a
    /// constant tuple or frozenset (so `for x in {3, 1, 2}` iterates the
    /// frozenset's order).
    pub(super) fn compile_iter(&mut self, expr: &'ast Expr) -> CResult {
        let (elts, set) = match expr {
            Expr::List(l) => (&l.elts, false),
            Expr::Set(s) => (&s.elts, true),
            _ => return self.compile_expr(expr),
        };
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            return self.compile_expr(expr);
        }
        let consts: Option<Vec<Constant>> = elts.iter().map(|e| self.fold(e)).collect();
        match consts {
            Some(c) => {
                self.load_const(if set {
                    Constant::FrozenSet(c.into())
                } else {
                    Constant::Tuple(c.into())
                });
                Ok(())
            }
            None => self.compile_expr(expr),
        }
    }

    fn compile_compare(&mut self, c: &'ast ast::ExprCompare) -> CResult {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&c.comparators[i])?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(c.ops[i]);
            self.emit(Opcode::COPY, 1);
            self.jump_op(Opcode::POP_JUMP_IF_FALSE, cleanup);
            self.op(Opcode::POP_TOP);
        }
        self.compile_expr(&c.comparators[n - 1])?;
        self.compare_op(c.ops[n - 1]);
        self.jump(end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_TOP);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `label` if the truth of `test` equals `cond`, otherwise falls
    /// through (CPython's `compiler_jump_if`). Only forward jumps.
    ///
    /// Locations follow CPython 3.11: the truth test and the jump carry the
    /// current location (usually the enclosing statement's), except that a
    /// comparison makes its own range the current location and leaves it
    /// set, so the code that follows in the same statement (an `assert`'s
    /// `raise`, a comprehension's inner loops) carries the comparison's range.
    pub(super) fn jump_if(&mut self, test: &'ast Expr, label: Label, cond: bool) -> CResult {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            if matches!(test, Expr::Compare(_)) {
                self.set_range(test.range());
            }
            self.jump_if_inner(test, label, cond)
        })
    }

    fn jump_if_inner(&mut self, test: &'ast Expr, label: Label, cond: bool) -> CResult {
        if let Some(c) = self.fold(test) {
            if let Some(truth) = constant_truth(&c) {
                if truth == cond {
                    self.jump(label);
                }
                return Ok(());
            }
        }
        match test {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, label, !cond)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if cond != is_and {
                    // `a and b` jumping when false / `a or b` jumping when true:
                    // every operand may jump straight to the label.
                    for v in &b.values {
                        self.jump_if(v, label, cond)?;
                    }
                } else {
                    let next = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, next, !cond)?;
                        } else {
                            self.jump_if(v, label, cond)?;
                        }
                    }
                    self.bind(next);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_label();
                let orelse = self.new_label();
                self.jump_if(&i.test, orelse, false)?;
                self.jump_if(&i.body, label, cond)?;
                self.jump(end);
                self.bind(orelse);
                self.jump_if(&i.orelse, label, cond)?;
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(test)?;
        let produces_bool = match test {
            // POP_JUMP_IF_* applies truthiness itself, so a comparison's
            // result (usually a bool) needs no separate TO_BOOL.
            Expr::Compare(c) => c.ops.len() == 1,
            Expr::UnaryOp(u) => u.op == ast::UnaryOp::Not,
            _ => false,
        };
        if !produces_bool {
            self.op(Opcode::TO_BOOL);
        }
        self.jump_op(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            label,
        );
        Ok(())
    }

    fn compile_fstring_pieces(&mut self, pieces: Vec<FPiece<'ast>>) -> CResult {
        if pieces.is_empty() {
            self.load_const(Self::str_const(""));
            return Ok(());
        }
        let n = pieces.len();
        for piece in pieces {
            match piece {
                FPiece::Str(s) => self.load_const(Self::str_const(&s)),
                FPiece::Value(v) => self.compile_formatted_value(v)?,
            }
        }
        if n > 1 {
            self.emit(Opcode::BUILD_STRING, n as u32);
        }
        Ok(())
    }

    /// One `{...}` of an f-string. As in CPython 3.11, its FORMAT_VALUE (and
    /// a nested format spec's BUILD_STRING) carry the location of the whole
    /// f-string expression, which is the current location here.
    fn compile_formatted_value(&mut self, v: &'ast ast::InterpolatedElement) -> CResult {
        self.compile_expr(&v.expression)?;
        let mut conversion = match v.conversion {
            ConversionFlag::None => 0,
            ConversionFlag::Str => 1,
            ConversionFlag::Repr => 2,
            ConversionFlag::Ascii => 3,
        };
        if v.debug_text.is_some() && conversion == 0 && v.format_spec.is_none() {
            conversion = 2;
        }
        let mut arg = conversion;
        if let Some(spec) = &v.format_spec {
            let mut pieces = Vec::new();
            flatten_elements(&mut pieces, spec.elements.iter());
            self.compile_fstring_pieces(pieces)?;
            arg |= 4;
        }
        self.emit(Opcode::FORMAT_VALUE, arg);
        Ok(())
    }
}

/// The truth value of a constant, when known at compile time.
fn constant_truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None | Constant::False => false,
        Constant::True | Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Int(i) => !num_traits::Zero::is_zero(i),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    })
}
