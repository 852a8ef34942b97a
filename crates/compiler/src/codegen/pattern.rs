//! The `match` statement (PEP 634), laid out as CPython 3.12's
//! `compiler_match` and `compiler_pattern_*` lay it out.
//!
//! Every case but the last copies the subject and runs its pattern on the
//! copy. A pattern consumes the value it matches; on success it leaves the
//! values it captured on the stack, and they are stored to their names only
//! once the whole pattern matched (so a failed case binds nothing), then the
//! guard runs. On a mismatch the pattern jumps to a "fail pop" label that
//! pops exactly what is on the stack at that point and falls into the next
//! case.
//!
//! Invariants, kept by [`PatternContext`]: captured values sit below
//! everything else the pattern still needs, newest deepest, in the order of
//! `stores` read from the top (so storing them pops `stores[0]` first);
//! `on_top` counts the values above them; `fail_pop[n]` is the label that
//! pops `n` values, and the labels are emitted in decreasing `n` so a jump
//! to `fail_pop[n]` falls through the pops of `n - 1`, ..., `0`.
//!
//! Locations follow CPython 3.11: each pattern makes its range the current
//! location and leaves it set (the next instruction of the enclosing
//! pattern carries the range of the sub-pattern compiled last), and
//! compile-time errors point wherever the location was last set.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, NameCtx};
use crate::assemble::Label;
use crate::code::Constant;
use crate::instructions::{BinaryOp, CompareOp, Opcode};
use crate::repr::{constant_repr, str_repr};

/// The state of compiling one pattern (CPython's `pattern_context`).
struct PatternContext {
    /// Names captured so far, in capture order.
    stores: Vec<Rc<str>>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` values and continues with the next case.
    fail_pop: Vec<Label>,
    /// Values on the stack above the captured values.
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> Self {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `case _` (a capture-less, sub-pattern-less `MatchAs`).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// A literal pattern or mapping key: numbers (signed, complex), strings,
/// bytes, `None`, `True`, `False` — not f-strings.
fn is_literal(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::BooleanLiteral(_) => true,
        Expr::UnaryOp(u) => u.op == ast::UnaryOp::USub && is_literal(&u.operand),
        Expr::BinOp(b) => {
            matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                && is_literal(&b.left)
                && is_literal(&b.right)
        }
        _ => false,
    }
}

/// A number constant as an exact complex value for `==` between literal
/// keys: the real part exactly (an int, or a float) and the imaginary part.
enum NumKey {
    Int(BigInt),
    Float(f64),
}

fn num_key(c: &Constant) -> Option<(NumKey, f64)> {
    Some(match c {
        Constant::True => (NumKey::Int(1.into()), 0.0),
        Constant::False => (NumKey::Int(BigInt::zero()), 0.0),
        Constant::Int(i) => (NumKey::Int(i.clone()), 0.0),
        Constant::Float(f) => (NumKey::Float(*f), 0.0),
        Constant::Complex(r, i) => (NumKey::Float(*r), *i),
        _ => return None,
    })
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    // An integral finite float converts to an int exactly.
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).as_ref() == Some(i)
}

/// Python `==` between two literal constants (what a set of the keys
/// would consider duplicates: `1`, `1.0` and `True` are equal).
fn literal_eq(a: &Constant, b: &Constant) -> bool {
    if let (Some((ar, ai)), Some((br, bi))) = (num_key(a), num_key(b)) {
        if ai != bi {
            return false;
        }
        return match (ar, br) {
            (NumKey::Int(x), NumKey::Int(y)) => x == y,
            (NumKey::Float(x), NumKey::Float(y)) => x == y,
            (NumKey::Int(x), NumKey::Float(y)) | (NumKey::Float(y), NumKey::Int(x)) => {
                int_eq_float(&x, y)
            }
        };
    }
    match (a, b) {
        (Constant::None, Constant::None) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        _ => false,
    }
}

impl<'a, 'ast> Compiler<'a, 'ast> {
    /// `match subject: case ...` (CPython's `compiler_match_inner`).
    pub(super) fn compile_match(&mut self, m: &'ast ast::StmtMatch) -> CResult {
        self.compile_expr(&m.subject)?;
        let Some(last) = m.cases.last() else {
            self.op(Opcode::POP_TOP);
            return Ok(());
        };
        let end = self.new_label();
        let cases = m.cases.len();
        // A trailing `case _:` needs no copy of the subject before it.
        let has_default = usize::from(is_wildcard(&last.pattern) && cases > 1);
        for (i, case) in m.cases[..cases - has_default].iter().enumerate() {
            self.set_pattern_loc(case.pattern.range());
            let last_tested = i == cases - has_default - 1;
            if !last_tested {
                self.emit(Opcode::COPY, 1);
            }
            // Irrefutable cases must be guarded, last, or both.
            let mut pc = PatternContext::new(case.guard.is_some() || i == cases - 1);
            self.compile_pattern(&case.pattern, &mut pc)?;
            for name in &pc.stores {
                self.compile_name(name, NameCtx::Store);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_pop_label(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if !last_tested {
                self.op(Opcode::POP_TOP);
            }
            self.compile_body(&case.body)?;
            self.jump(end);
            // The cleanup of a failed pattern belongs to its `case` line.
            self.set_pattern_loc(case.pattern.range());
            self.emit_fail_pops(&mut pc);
        }
        if has_default == 1 {
            self.set_pattern_loc(last.pattern.range());
            self.op(Opcode::NOP);
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.compile_body(&last.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Makes `range` the current location without restoring the previous
    /// one (CPython 3.11's `SET_LOC` in pattern code).
    fn set_pattern_loc(&mut self, range: TextRange) {
        self.set_range(range);
    }

    /// The label that pops `n` values on failure, creating the labels up to
    /// it (CPython's `ensure_fail_pop`).
    fn fail_pop_label(&mut self, pc: &mut PatternContext, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jumps with `op` (a conditional jump, or `None` for an unconditional
    /// one) to the label popping everything the pattern has pushed.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Option<Opcode>) {
        let pops = pc.on_top + pc.stores.len();
        let label = self.fail_pop_label(pc, pops);
        match op {
            Some(op) => self.jump_op(op, label),
            None => self.jump(label),
        }
    }

    /// Emits the fail-pop labels, most pops first, and resets them
    /// (CPython's `emit_and_reset_fail_pop`).
    fn emit_fail_pops(&mut self, pc: &mut PatternContext) {
        let Some((&first, rest)) = pc.fail_pop.split_first() else {
            return;
        };
        for &label in rest.iter().rev() {
            self.bind(label);
            self.op(Opcode::POP_TOP);
        }
        self.bind(first);
        pc.fail_pop.clear();
    }

    /// Moves TOS down below the `count - 1` values under it.
    fn rotate(&mut self, count: usize) {
        for n in (2..=count).rev() {
            self.emit(Opcode::SWAP, n as u32);
        }
    }

    /// Captures TOS as `name` (`None` discards it), keeping it below the
    /// values the pattern still needs (CPython's `pattern_helper_store_name`).
    fn pattern_store_name(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(name) = name else {
            self.op(Opcode::POP_TOP);
            return Ok(());
        };
        let name = name.id.as_str();
        if name == "__debug__" {
            return Err(self.error_here("cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| &**s == name) {
            return Err(self.error_here(format!(
                "multiple assignments to name {} in pattern",
                str_repr(name)
            )));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(Rc::from(name));
        Ok(())
    }

    /// Compiles one pattern against the subject on TOS.
    fn compile_pattern(&mut self, p: &'ast Pattern, pc: &mut PatternContext) -> CResult {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.set_pattern_loc(p.range());
            match p {
                Pattern::MatchValue(v) => self.compile_pattern_value(&v.value, pc),
                Pattern::MatchSingleton(s) => {
                    match s.value {
                        Singleton::None => {
                            self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_NOT_NONE))
                        }
                        Singleton::True | Singleton::False => {
                            self.load_const(if s.value == Singleton::True {
                                Constant::True
                            } else {
                                Constant::False
                            });
                            self.emit(Opcode::IS_OP, 0);
                            self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
                        }
                    }
                    Ok(())
                }
                Pattern::MatchSequence(s) => self.compile_pattern_sequence(&s.patterns, pc),
                Pattern::MatchMapping(m) => self.compile_pattern_mapping(m, pc),
                Pattern::MatchClass(c) => self.compile_pattern_class(c, pc),
                Pattern::MatchStar(s) => self.pattern_store_name(s.name.as_ref(), pc),
                Pattern::MatchAs(a) => self.compile_pattern_as(a, pc),
                Pattern::MatchOr(o) => self.compile_pattern_or(o, pc),
            }
        })
    }

    /// A sub-pattern: irrefutable patterns are always allowed inside.
    fn compile_subpattern(&mut self, p: &'ast Pattern, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.compile_pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// A literal or dotted-name value pattern: `subject == value`.
    fn compile_pattern_value(&mut self, value: &'ast Expr, pc: &mut PatternContext) -> CResult {
        if matches!(value, Expr::Attribute(_)) {
            self.compile_expr(value)?;
        } else {
            match self.fold(value).filter(|_| is_literal(value)) {
                Some(c) => self.load_const(c),
                None => {
                    return Err(
                        self.error_here("patterns may only match literals and attribute lookups")
                    )
                }
            }
        }
        self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        Ok(())
    }

    /// `name` or `_` (irrefutable), or `pattern as name`.
    fn compile_pattern_as(
        &mut self,
        a: &'ast ast::PatternMatchAs,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                return Err(match &a.name {
                    Some(n) => self.error_here(format!(
                        "name capture {} makes remaining patterns unreachable",
                        str_repr(n.id.as_str())
                    )),
                    None => self.error_here("wildcard makes remaining patterns unreachable"),
                });
            }
            return self.pattern_store_name(a.name.as_ref(), pc);
        };
        // Keep a copy of the subject to capture once the inner pattern matched.
        pc.on_top += 1;
        self.emit(Opcode::COPY, 1);
        self.compile_pattern(inner, pc)?;
        pc.on_top -= 1;
        self.pattern_store_name(a.name.as_ref(), pc)
    }

    /// `[p1, *rest, p2]` / `(p1, p2)`.
    fn compile_pattern_sequence(
        &mut self,
        patterns: &'ast [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error_here("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the sequence and length checks.
        pc.on_top += 1;
        self.op(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        match star {
            None => {
                self.op(Opcode::GET_LEN);
                self.load_const(Constant::Int(size.into()));
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) if size > 1 => {
                self.op(Opcode::GET_LEN);
                self.load_const(Constant::Int((size - 1).into()));
                self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) => {}
        }
        // What follows consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            self.op(Opcode::POP_TOP);
            Ok(())
        } else if star_wildcard {
            self.pattern_sequence_subscr(patterns, star.unwrap_or(size), pc)
        } else {
            self.pattern_sequence_unpack(patterns, star, pc)
        }
    }

    /// Unpacks the subject and matches each item (CPython's
    /// `pattern_helper_sequence_unpack`).
    fn pattern_sequence_unpack(
        &mut self,
        patterns: &'ast [Pattern],
        star: Option<usize>,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i >= 1 << 8 || after >= (i32::MAX >> 8) as usize {
                    return Err(
                        self.error_here("too many expressions in star-unpacking sequence pattern")
                    );
                }
                self.emit(Opcode::UNPACK_EX, (i + (after << 8)) as u32);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
        }
        // One new subject per item, each consumed by its sub-pattern.
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// Indexes the items to match instead of unpacking, for patterns whose
    /// star is `*_` (CPython's `pattern_helper_sequence_subscr`).
    fn pattern_sequence_subscr(
        &mut self,
        patterns: &'ast [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        // The subject stays for extracting items.
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Opcode::COPY, 1);
            if i < star {
                self.load_const(Constant::Int(i.into()));
            } else {
                // The subject may not support negative indexing.
                self.op(Opcode::GET_LEN);
                self.load_const(Constant::Int((size - i).into()));
                self.emit(Opcode::BINARY_OP, BinaryOp::Subtract as u32);
            }
            self.op(Opcode::BINARY_SUBSCR);
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.op(Opcode::POP_TOP);
        Ok(())
    }

    /// `{key: p, ..., **rest}`.
    fn compile_pattern_mapping(
        &mut self,
        m: &'ast ast::PatternMatchMapping,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error_here("keys and patterns of a mapping pattern differ in length"));
        }
        // The subject stays on top during the mapping and length checks.
        pc.on_top += 1;
        self.op(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.op(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.op(Opcode::GET_LEN);
            self.load_const(Constant::Int(size.into()));
            self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        }
        // Keys are literals (checked for duplicates here) or dotted names
        // (checked at run time by MATCH_KEYS).
        let mut seen: Vec<Constant> = Vec::new();
        let mut consts: Vec<Option<Constant>> = Vec::with_capacity(size);
        for key in &m.keys {
            if matches!(key, Expr::Attribute(_)) {
                consts.push(None);
                continue;
            }
            let Some(c) = self.fold(key).filter(|_| is_literal(key)) else {
                return Err(self.error_here(
                    "mapping pattern keys may only match literals and attribute lookups",
                ));
            };
            if seen.iter().any(|s| literal_eq(s, &c)) {
                return Err(self.error_here(format!(
                    "mapping pattern checks duplicate key ({})",
                    constant_repr(&c)
                )));
            }
            seen.push(c.clone());
            consts.push(Some(c));
        }
        if consts.iter().all(Option::is_some) {
            let items: Vec<Constant> = consts.into_iter().flatten().collect();
            self.load_const(Constant::Tuple(items.into()));
        } else {
            for (key, c) in m.keys.iter().zip(consts) {
                match c {
                    Some(c) => self.load_const(c),
                    None => self.compile_expr(key)?,
                }
            }
            self.emit(Opcode::BUILD_TUPLE, size as u32);
        }
        self.op(Opcode::MATCH_KEYS);
        // The keys tuple and the values tuple (or None) sit on the subject.
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_NONE));
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top = pc.on_top + size - 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        // A match: what follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[key] for each key.
                self.emit(Opcode::BUILD_MAP, 0);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::DICT_UPDATE, 2);
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
                for remaining in (1..=size).rev() {
                    self.emit(Opcode::COPY, 1 + remaining as u32);
                    self.emit(Opcode::SWAP, 2);
                    self.op(Opcode::DELETE_SUBSCR);
                }
                self.pattern_store_name(Some(rest), pc)
            }
            None => {
                self.op(Opcode::POP_TOP);
                self.op(Opcode::POP_TOP);
                Ok(())
            }
        }
    }

    /// `Cls(p1, p2, attr=p3)`.
    fn compile_pattern_class(
        &mut self,
        c: &'ast ast::PatternMatchClass,
        pc: &mut PatternContext,
    ) -> CResult {
        let patterns = &c.arguments.patterns;
        let keywords = &c.arguments.keywords;
        let nargs = patterns.len();
        let nattrs = keywords.len();
        if nargs > i32::MAX as usize || nargs + nattrs > i32::MAX as usize {
            return Err(self.error_here("too many sub-patterns in class pattern"));
        }
        if nattrs > 0 {
            // Errors point at the keyword's pattern (the parser gives
            // identifiers, not nodes, for the names).
            for (i, kw) in keywords.iter().enumerate() {
                self.set_pattern_loc(kw.pattern.range());
                let attr = kw.attr.id.as_str();
                if attr == "__debug__" {
                    return Err(self.error_here("cannot assign to __debug__"));
                }
                if let Some(other) = keywords[i + 1..]
                    .iter()
                    .find(|o| o.attr.id.as_str() == attr)
                {
                    self.set_pattern_loc(other.pattern.range());
                    return Err(self
                        .error_here(format!("attribute name repeated in class pattern: {attr}")));
                }
            }
            self.set_pattern_loc(c.range);
        }
        self.compile_expr(&c.cls)?;
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::Str(Rc::from(k.attr.id.as_str())))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_NONE));
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top = pc.on_top + nargs + nattrs - 1;
        for p in patterns.iter().chain(keywords.iter().map(|k| &k.pattern)) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.op(Opcode::POP_TOP);
                continue;
            }
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `p1 | p2 | ...`: each alternative runs on a copy of the subject with
    /// its own fail-pop labels; all must bind the same names, which are
    /// reordered to the first alternative's order (CPython's
    /// `compiler_pattern_or`).
    fn compile_pattern_or(
        &mut self,
        o: &'ast ast::PatternMatchOr,
        pc: &mut PatternContext,
    ) -> CResult {
        let end = self.new_label();
        let size = o.patterns.len();
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<Rc<str>>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_pattern_loc(alt.range());
            // An irrefutable alternative must be last, if allowed at all.
            let mut apc = PatternContext::new(i + 1 == size && outer_allow);
            self.emit(Opcode::COPY, 1);
            self.compile_pattern(alt, &mut apc)?;
            let nstores = apc.stores.len();
            match &control {
                None => control = Some(apc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error_here("alternative patterns bind different names"));
                }
                Some(ctl) => {
                    // Reorder the captures on the stack to the control order.
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = apc.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error_here("alternative patterns bind different names")
                            );
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<Rc<str>> = apc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            apc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(end);
            self.emit_fail_pops(&mut apc);
        }
        // No alternative matched: pop the copy of the subject and fail.
        self.op(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, None);
        self.bind(end);
        let control = control.unwrap_or_default();
        // Between the new captures and where they belong: the copy of the
        // subject, the values on top, and the captures made before.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error_here(format!(
                    "multiple assignments to name {} in pattern",
                    str_repr(&name)
                )));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.op(Opcode::POP_TOP);
        Ok(())
    }
}
