//! Strata's compiler: Python source text to [`CodeObject`]s.
//!
//! Parsing is ruff_python_parser's; this crate owns everything after the AST:
//! symbol tables (`symtable`), code generation (`codegen`), the instruction
//! table every engine consumes (`instructions`), code objects (`code`) and the
//! disassembler (`dis`). It knows nothing about runtime values: constants are
//! [`Constant`]s, which the interpreter turns into objects when it loads code.

mod assemble;
pub mod code;
mod codegen;
pub mod dis;
mod error;
mod fold;
pub mod instructions;
mod repr;
mod source;
mod symtable;

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, PythonVersion, Stmt};
use ruff_python_parser::{parse_unchecked, Mode as ParseMode, ParseOptions};

pub use code::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, LocalKind, Location};
pub use dis::disassemble;
pub use instructions::{ArgKind, BinaryOp, CodeUnit, CompareOp, Intrinsic1, Intrinsic2, Opcode};

/// What kind of source is being compiled (the `mode` argument of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()` source: a sequence of statements.
    Exec,
    /// A single expression whose value is returned (`eval()`).
    Eval,
    /// One interactive statement; expression statements print their value.
    Single,
}

/// The kind of error a failed compilation raises in Python.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A compilation failure: becomes a Python SyntaxError (or subclass).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    /// 1-based line of the error.
    pub line: u32,
    /// 1-based column (CPython's `offset`) where the caret goes, in UTF-8
    /// bytes (characters for a parse error unless
    /// [`CompileOptions::byte_offsets`]).
    pub col: u32,
    /// 1-based end line and end column (exclusive), as CPython reports them
    /// (an end column of 0 means "none", as for an unclosed bracket).
    pub end_line: u32,
    pub end_col: u32,
}

/// Options of [`compile_with_options`] beyond the source and mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// Compile as if `from __future__ import annotations` were in effect
    /// (inherited by `exec`/`compile` from the calling code).
    pub future_annotations: bool,
    /// Report parse errors' columns in UTF-8 bytes, as CPython 3.11 does
    /// when the source is a file (a script run or an import) or `bytes`.
    /// Otherwise (a `str` given to `compile`/`exec`/`eval`, or `-c`) they
    /// count characters. Errors found after parsing always count bytes.
    pub byte_offsets: bool,
}

/// Deepest AST nesting the compiler accepts; deeper code is a SyntaxError
/// (CPython raises RecursionError during compilation).
const MAX_AST_DEPTH: usize = 3000;
/// Deepest bracket nesting the tokenizer accepts (CPython's `MAXLEVEL`).
const MAX_BRACKET_DEPTH: usize = 200;

/// Compiles Python source text to a code object.
///
/// Never panics: any input yields a code object or a [`CompileError`].
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    compile_with_options(source, filename, mode, CompileOptions::default())
}

/// [`compile`] with explicit [`CompileOptions`].
pub fn compile_with_options(
    source: &str,
    filename: &str,
    mode: Mode,
    options: CompileOptions,
) -> Result<CodeObject, CompileError> {
    let index = source::LineIndex::new(source);
    let parse_mode = if mode == Mode::Eval {
        ParseMode::Expression
    } else {
        ParseMode::Module
    };
    let parsed = parse_unchecked(
        source,
        ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY312),
    );
    let early = check_parse(&parsed, &index).map_err(|mut e| {
        if !options.byte_offsets {
            e.use_char_columns(&index);
        }
        e
    });
    let tokens_ok = early.is_ok();
    let syntax = parsed.into_syntax();
    let depth = if tokens_ok { ast_depth(&syntax) } else { 0 };
    let result = early.and_then(|()| {
        if depth > MAX_AST_DEPTH {
            return Err(CompileError::syntax(
                "too many nested expressions (maximum recursion depth exceeded during compilation)",
                &index,
                ruff_text_size::TextRange::default(),
            ));
        }
        compile_ast(&syntax, &index, filename, mode, options)
    });
    // Deep ASTs are dropped on a stack sized for their depth.
    if depth > 200 || !tokens_ok {
        let size = depth.max(source.len() / 2).saturating_mul(512).max(1 << 20);
        stacker::grow(size, move || drop(syntax));
    }
    result
}

/// Reports the first parse error, bracket-nesting or tab/space error.
fn check_parse(
    parsed: &ruff_python_parser::Parsed<ruff_python_ast::Mod>,
    index: &source::LineIndex<'_>,
) -> Result<(), CompileError> {
    use ruff_python_ast::token::TokenKind;
    use ruff_text_size::Ranged;
    let tokens = parsed.tokens();
    let mut level = 0usize;
    for t in tokens.iter() {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                level += 1;
                if level > MAX_BRACKET_DEPTH {
                    return Err(CompileError::syntax(
                        "too many nested parentheses",
                        index,
                        t.range(),
                    ));
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                level = level.saturating_sub(1)
            }
            _ => {}
        }
    }
    if let Some(e) = parsed.errors().first() {
        // A tab/space inconsistency explains indentation errors better.
        if let Some(tab) = error::check_tabs(tokens, index) {
            return Err(tab);
        }
        return Err(error::translate_parse_error(e, tokens, index));
    }
    if let Some(tab) = error::check_tabs(tokens, index) {
        return Err(tab);
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Err(error::translate_unsupported(e, index));
    }
    Ok(())
}

fn compile_ast(
    syntax: &ruff_python_ast::Mod,
    index: &source::LineIndex<'_>,
    filename: &str,
    mode: Mode,
    options: CompileOptions,
) -> Result<CodeObject, CompileError> {
    match syntax {
        ruff_python_ast::Mod::Module(m) => {
            let future = codegen_future(&m.body, index)? || options.future_annotations;
            let table = symtable::SymbolTable::build(&m.body, None, index, future)?;
            let compiler =
                codegen::Compiler::new(index, filename, table, future, mode == Mode::Single);
            compiler.compile_module(&m.body, mode)
        }
        ruff_python_ast::Mod::Expression(e) => {
            let future = options.future_annotations;
            let table = symtable::SymbolTable::build(&[], Some(&e.body), index, future)?;
            let compiler = codegen::Compiler::new(index, filename, table, future, false);
            compiler.compile_eval(&e.body)
        }
    }
}

fn codegen_future(body: &[Stmt], index: &source::LineIndex<'_>) -> Result<bool, CompileError> {
    codegen::scan_future(body, index)
}

/// Measures the nesting depth of an AST (statements and expressions).
fn ast_depth(syntax: &ruff_python_ast::Mod) -> usize {
    struct Depth {
        cur: usize,
        max: usize,
    }
    impl<'a> Visitor<'a> for Depth {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.cur += 1;
            self.max = self.max.max(self.cur);
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || visitor::walk_stmt(self, stmt));
            self.cur -= 1;
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.cur += 1;
            self.max = self.max.max(self.cur);
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || visitor::walk_expr(self, expr));
            self.cur -= 1;
        }
    }
    let mut d = Depth { cur: 0, max: 0 };
    match syntax {
        ruff_python_ast::Mod::Module(m) => d.visit_body(&m.body),
        ruff_python_ast::Mod::Expression(e) => d.visit_expr(&e.body),
    }
    d.max
}
