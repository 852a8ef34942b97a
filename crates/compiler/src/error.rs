//! Building [`CompileError`]s: semantic errors found by the symbol table and
//! the code generator, and translation of ruff's parse errors into the
//! messages CPython prints.
//!
//! The translation is best effort: where ruff's error maps cleanly onto a
//! CPython message (a missing `:`, an unclosed bracket, an unexpected indent,
//! a missing indented block, an invalid assignment target) the CPython
//! wording is used; anything else becomes "invalid syntax" at ruff's
//! position.
//!
//! Positions are 1-based lines and 1-based columns counted in UTF-8 bytes,
//! which is what CPython 3.11 reports for errors found after parsing (the
//! symbol table and code generator) and, when the source is a file or
//! bytes, for parse errors too. For parse errors in `str` source CPython
//! counts characters; [`CompileError::use_char_columns`] converts.

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::Expr;
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
    UnsupportedSyntaxError,
};
use ruff_text_size::{Ranged, TextRange};

use crate::source::LineIndex;
use crate::{CompileError, CompileErrorKind};

impl CompileError {
    /// An error of `kind` with `message`, spanning `range` of the source
    /// (byte columns).
    pub(crate) fn at(
        kind: CompileErrorKind,
        message: impl Into<String>,
        index: &LineIndex<'_>,
        range: TextRange,
    ) -> CompileError {
        let (line, col) = index.line_col(range.start().to_u32());
        let (end_line, end_col) = index.line_col(range.end().to_u32());
        CompileError {
            kind,
            message: message.into(),
            line,
            col: col + 1,
            end_line,
            end_col: end_col + 1,
        }
    }

    /// Converts byte columns to character columns (CPython's
    /// `_PyPegen_byte_offset_to_character_offset`, applied to parse errors
    /// in `str` source). A zero end column ("no end") stays zero.
    pub(crate) fn use_char_columns(&mut self, index: &LineIndex<'_>) {
        let convert = |line: u32, col: u32| -> u32 {
            if col == 0 {
                return 0;
            }
            let text = index.line_text(line).as_bytes();
            let n = (col as usize - 1).min(text.len());
            let chars = String::from_utf8_lossy(&text[..n]).chars().count();
            (chars + (col as usize - 1 - n)) as u32 + 1
        };
        self.col = convert(self.line, self.col);
        self.end_col = convert(self.end_line, self.end_col);
    }

    /// A SyntaxError with `message` spanning `range`.
    pub(crate) fn syntax(
        message: impl Into<String>,
        index: &LineIndex<'_>,
        range: TextRange,
    ) -> Self {
        CompileError::at(CompileErrorKind::SyntaxError, message, index, range)
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        };
        write!(
            f,
            "{kind}: {} (line {}, column {})",
            self.message, self.line, self.col
        )
    }
}

impl std::error::Error for CompileError {}

/// CPython's name for an expression kind, as used in "cannot assign to ...".
pub(crate) fn expr_kind_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Finds the innermost invalid part of an assignment target (CPython's
/// `_PyPegen_get_invalid_target`): the target itself unless it is a
/// tuple/list/starred whose elements contain the culprit.
fn invalid_target(expr: &Expr) -> Option<&Expr> {
    match expr {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Tuple(t) => t.elts.iter().find_map(invalid_target),
        Expr::List(l) => l.elts.iter().find_map(invalid_target),
        Expr::Starred(s) => invalid_target(&s.value),
        other => Some(other),
    }
}

/// The opening bracket that is never closed, or a closing bracket that does
/// not match, as CPython's tokenizer reports them.
/// `err_line` is the line of the parser's error: an unclosed bracket is
/// reported only if it was opened on an earlier line (or the error is at
/// the end of the file), as CPython's tokenizer pass does.
fn bracket_error(
    tokens: &Tokens,
    index: &LineIndex<'_>,
    at_eof: bool,
    err_line: u32,
) -> Option<CompileError> {
    let mut stack: Vec<(TokenKind, TextRange)> = Vec::new();
    for token in tokens.iter() {
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                stack.push((token.kind(), token.range()))
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                let close = bracket_char(token.kind());
                match stack.pop() {
                    Some((open, _)) if closes(open, token.kind()) => {}
                    Some((open, range)) => {
                        let (open_line, _) = index.line_col(range.start().to_u32());
                        let (close_line, _) = index.line_col(token.start().to_u32());
                        let open = bracket_char(open);
                        let message = if open_line == close_line {
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                            )
                        } else {
                            format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}")
                        };
                        return Some(CompileError::syntax(
                            message,
                            index,
                            TextRange::empty(token.start()),
                        ));
                    }
                    None => {
                        return Some(CompileError::syntax(
                            format!("unmatched '{close}'"),
                            index,
                            TextRange::empty(token.start()),
                        ))
                    }
                }
            }
            _ => {}
        }
    }
    let (open, range) = stack.pop()?;
    let (open_line, _) = index.line_col(range.start().to_u32());
    if !at_eof && open_line >= err_line {
        return None;
    }
    let mut e = CompileError::syntax(
        format!("'{}' was never closed", bracket_char(open)),
        index,
        range,
    );
    // CPython reports no end for this tokenizer error.
    e.end_line = e.line;
    e.end_col = 0;
    Some(e)
}

fn closes(open: TokenKind, close: TokenKind) -> bool {
    matches!(
        (open, close),
        (TokenKind::Lpar, TokenKind::Rpar)
            | (TokenKind::Lsqb, TokenKind::Rsqb)
            | (TokenKind::Lbrace, TokenKind::Rbrace)
    )
}

fn bracket_char(kind: TokenKind) -> char {
    match kind {
        TokenKind::Lpar => '(',
        TokenKind::Rpar => ')',
        TokenKind::Lsqb => '[',
        TokenKind::Rsqb => ']',
        TokenKind::Lbrace => '{',
        _ => '}',
    }
}

/// Checks indentation for inconsistent mixing of tabs and spaces (CPython's
/// tokenizer compares the indentation measured with tab size 8 and 1).
pub(crate) fn check_tabs(tokens: &Tokens, index: &LineIndex<'_>) -> Option<CompileError> {
    let source = index.source();
    if !source.contains('\t') {
        return None;
    }
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    for token in tokens.iter() {
        let kind = token.kind();
        if matches!(kind, TokenKind::NonLogicalNewline | TokenKind::Comment) {
            continue;
        }
        if matches!(kind, TokenKind::Newline) {
            at_line_start = true;
            continue;
        }
        if matches!(kind, TokenKind::Indent | TokenKind::Dedent) {
            continue;
        }
        if !at_line_start {
            continue;
        }
        at_line_start = false;
        let (line, _) = index.line_col(token.start().to_u32());
        let text = index.line_text(line);
        let (mut col, mut alt) = (0u32, 0u32);
        for c in text.chars() {
            match c {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let &(top_col, top_alt) = stack.last().unwrap_or(&(0, 0));
        let bad = if col == top_col {
            alt != top_alt
        } else if col > top_col {
            if alt <= top_alt {
                true
            } else {
                stack.push((col, alt));
                false
            }
        } else {
            while stack.len() > 1 && stack.last().is_some_and(|&(c, _)| col < c) {
                stack.pop();
            }
            stack.last().is_some_and(|&(c, a)| c == col && a != alt)
        };
        if bad {
            let mut e = CompileError::at(
                CompileErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                index,
                token.range(),
            );
            e.col = 1;
            e.end_line = e.line;
            e.end_col = 0;
            return Some(e);
        }
    }
    None
}

/// The line of the statement whose block is missing: the nearest preceding
/// line that ends (ignoring comments) with `:`.
fn header_line(index: &LineIndex<'_>, before_line: u32) -> u32 {
    let mut line = before_line.saturating_sub(1);
    while line >= 1 {
        let text = index.line_text(line);
        let code = text.split('#').next().unwrap_or("").trim_end();
        if code.ends_with(':') {
            // Walk back over continuation lines of a bracketed header.
            return line;
        }
        line -= 1;
    }
    before_line.max(1)
}

/// The range CPython 3.11 reports for a parse error, from ruff's range.
fn cpython_error_range(error: &ParseError, tokens: &Tokens, index: &LineIndex<'_>) -> TextRange {
    let range = error.location;
    let start = range.start();
    match &error.error {
        // Only the `*` of `*a`.
        ParseErrorType::InvalidArgumentUnpackingOrder => TextRange::at(start, 1.into())
            .intersect(range)
            .unwrap_or(range),
        // The parser's last token: the call's closing bracket.
        ParseErrorType::PositionalAfterKeywordArgument
        | ParseErrorType::PositionalAfterKeywordUnpacking => {
            let mut depth = 0usize;
            for t in tokens.iter().filter(|t| t.start() >= start) {
                match t.kind() {
                    TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                    TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                        if depth == 0 {
                            return t.range();
                        }
                        depth -= 1;
                    }
                    _ => {}
                }
            }
            range
        }
        // Tokenizer errors point at one place, without an extent.
        ParseErrorType::Lexical(
            LexicalErrorType::UnclosedStringError
            | LexicalErrorType::FStringError(InterpolatedStringErrorType::UnterminatedString),
        )
        | ParseErrorType::FStringError(InterpolatedStringErrorType::UnterminatedString) => {
            TextRange::empty(start)
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) if !tok.is_ascii() => {
            TextRange::empty(start)
        }
        // f-string errors sit just past the end of the f-string.
        ParseErrorType::FStringError(_)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(_)) => tokens
            .iter()
            .find(|t| t.kind() == TokenKind::FStringEnd && t.end() >= start)
            .map_or(range, |t| TextRange::empty(t.end())),
        // The `except` (or `except*`) keyword of the clause of the other kind.
        ParseErrorType::OtherError(msg)
            if msg == "Cannot have both 'except' and 'except*' on the same 'try'" =>
        {
            let text = index.slice(range);
            let after = text.strip_prefix("except").unwrap_or("");
            let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
            let len = if after[spaces..].starts_with('*') {
                "except".len() + spaces + 1
            } else {
                "except".len()
            };
            TextRange::at(start, (len as u32).into())
                .intersect(range)
                .unwrap_or(range)
        }
        // CPython reports the token after an invalid key or star pattern.
        ParseErrorType::InvalidStarPatternUsage => TextRange::at(range.end(), 1.into()),
        // `1 + 2j + 3`: the second operator.
        ParseErrorType::ExpectedRealNumber if continues_complex_literal(index, range) => {
            let rest = index.source().get(range.end().to_usize()..).unwrap_or("");
            match rest.find(['+', '-']) {
                Some(i) => TextRange::at(
                    range.end() + ruff_text_size::TextSize::from(i as u32),
                    1.into(),
                ),
                None => range,
            }
        }
        // A second `**rest`: its `**`.
        ParseErrorType::OtherError(msg) if msg == "Only one double star pattern is allowed" => {
            TextRange::at(start, 2.into())
                .intersect(range)
                .unwrap_or(range)
        }
        // `{**rest, key: p}`: the key.
        ParseErrorType::OtherError(msg) if msg == "Pattern cannot follow a double star pattern" => {
            let len = key_length(index.slice(range));
            TextRange::at(start, (len as u32).into())
        }
        ParseErrorType::OtherError(msg) if msg == "Invalid mapping pattern key" => {
            TextRange::at(range.end(), 1.into())
        }
        // CPython's NEWLINE token is empty.
        _ if matches!(index.slice(range), "\n" | "\r\n" | "\r") => TextRange::empty(start),
        _ => range,
    }
}

/// The range of the mapping pattern of a `case` clause whose key starts
/// at `at` (an f-string, which ruff cannot parse as a key): from its `{`
/// to its `}`.
fn fstring_key_mapping(
    tokens: &Tokens,
    source: &str,
    at: ruff_text_size::TextSize,
) -> Option<TextRange> {
    let all: Vec<_> = tokens.iter().collect();
    let pos = all.iter().position(|t| t.start() >= at)?;
    // The innermost bracket open at the error.
    let mut open: Vec<usize> = Vec::new();
    for (i, t) in all[..pos].iter().enumerate() {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => open.push(i),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    let brace = *open.last()?;
    if all[brace].kind() != TokenKind::Lbrace {
        return None;
    }
    // It must sit in a `case` clause: the logical line starts with `case`.
    let line_start = all[..brace]
        .iter()
        .rposition(|t| {
            matches!(
                t.kind(),
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
            )
        })
        .map_or(0, |i| i + 1);
    if all.get(line_start).map(|t| t.kind()) != Some(TokenKind::Case) {
        return None;
    }
    // Its closing brace, found in the text (the tokens after the f-string
    // may be those of the lexer's error recovery).
    let start = all[brace].start();
    let text = source.get(start.to_usize()..)?;
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q || c == '\n' {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let end = start + ruff_text_size::TextSize::from((i + 1) as u32);
                    return Some(TextRange::new(start, end));
                }
            }
            '\n' => return None,
            _ => {}
        }
    }
    None
}

/// Whether the pattern `range` is preceded by `+`/`-` (it is the middle of
/// `1 + 2j + 3`, not the left operand of a complex literal).
fn continues_complex_literal(index: &LineIndex<'_>, range: TextRange) -> bool {
    index
        .source()
        .get(..range.start().to_usize())
        .is_some_and(|b| b.trim_end().ends_with(['+', '-']))
}

/// The length of the mapping-pattern key at the start of `text` (`key:
/// pattern`): up to the first `:` outside string quotes, without trailing
/// blanks.
fn key_length(text: &str) -> usize {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == ':' => return text[..i].trim_end().len(),
            None => {}
        }
    }
    text.len()
}

/// Translates ruff's first parse error into CPython's wording.
pub(crate) fn translate_parse_error(
    error: &ParseError,
    tokens: &Tokens,
    index: &LineIndex<'_>,
) -> CompileError {
    use CompileErrorKind::{IndentationError, SyntaxError};
    let range = cpython_error_range(error, tokens, index);
    let syntax = |msg: &str| CompileError::at(SyntaxError, msg, index, range);
    let at_eof = range.start().to_usize() >= index.source().trim_end().len();
    let (err_line, _) = index.line_col(range.start().to_u32());
    match &error.error {
        ParseErrorType::UnexpectedIndentation => {
            let at = TextRange::empty(range.end().checked_sub(1.into()).unwrap_or_default());
            CompileError::at(IndentationError, "unexpected indent", index, at)
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            // CPython points just past the end of the offending line.
            let (line, _) = index.line_col(range.start().to_u32());
            let text = index.line_text(line);
            let mut e = CompileError::at(
                IndentationError,
                "unindent does not match any outer indentation level",
                index,
                range,
            );
            e.col = text.len() as u32 + 1;
            e.end_col = e.col;
            e
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block after ") => {
            let clause = &msg["Expected an indented block after ".len()..];
            let clause = match clause {
                "`if` statement" => "'if' statement",
                "`else` clause" => "'else' statement",
                "`elif` clause" => "'elif' statement",
                "`for` statement" => "'for' statement",
                "`with` statement" => "'with' statement",
                "`class` definition" => "class definition",
                "`while` statement" => "'while' statement",
                "function definition" => "function definition",
                "`try` statement" => "'try' statement",
                "`except` clause" => "'except' statement",
                "`finally` clause" => "'finally' statement",
                "`match` statement" => "'match' statement",
                "`case` block" => "'case' statement",
                other => other,
            };
            let (line, _) = index.line_col(range.start().to_u32());
            let header = header_line(index, line);
            CompileError::at(
                IndentationError,
                format!("expected an indented block after {clause} on line {header}"),
                index,
                range,
            )
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => {
            bracket_error(tokens, index, at_eof, err_line).unwrap_or_else(|| syntax("expected ':'"))
        }
        ParseErrorType::ExpectedToken {
            found: TokenKind::FStringStart | TokenKind::TStringStart,
            ..
        } => match fstring_key_mapping(tokens, index.source(), range.start()) {
            Some(mapping) => CompileError::syntax(
                "mapping pattern keys may only match literals and attribute lookups",
                index,
                mapping,
            ),
            None => bracket_error(tokens, index, at_eof, err_line)
                .unwrap_or_else(|| syntax("invalid syntax")),
        },
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)
        | ParseErrorType::FStringError(InterpolatedStringErrorType::UnterminatedString)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::UnterminatedString,
        )) => {
            let text = index.slice(error.location);
            let end = error.location.start().to_usize() + text.trim_end().len();
            let (line, _) = index.line_col(end as u32);
            let msg = if text.contains("\"\"\"") || text.contains("'''") {
                // Detected at end of file: the line of the last character.
                let last = index.source().len().saturating_sub(1);
                let (line, _) = index.line_col(last as u32);
                format!("unterminated triple-quoted string literal (detected at line {line})")
            } else {
                format!("unterminated string literal (detected at line {line})")
            };
            syntax(&msg)
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            // CPython points at the character after the backslash, with no end.
            let at = TextRange::empty(range.start() + ruff_text_size::TextSize::from(1));
            let mut e = CompileError::at(
                SyntaxError,
                "unexpected character after line continuation character",
                index,
                at,
            );
            e.end_col = 0;
            e
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) if !tok.is_ascii() => {
            syntax(&format!(
                "invalid character '{tok}' (U+{:04X})",
                *tok as u32
            ))
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            bracket_error(tokens, index, at_eof, err_line)
                .unwrap_or_else(|| syntax("unexpected EOF while parsing"))
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget => target_error(error, index),
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument")
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            syntax("positional argument follows keyword argument unpacking")
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            syntax("iterable argument unpacking follows keyword argument unpacking")
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            syntax("iterable unpacking cannot be used in comprehension")
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument")
        }
        ParseErrorType::ExpectedKeywordParam => syntax("named arguments must follow bare *"),
        ParseErrorType::ExpectedRealNumber if continues_complex_literal(index, error.location) => {
            syntax("invalid syntax")
        }
        ParseErrorType::ExpectedRealNumber => syntax("real number required in complex literal"),
        ParseErrorType::ExpectedImaginaryNumber => {
            syntax("imaginary number required in complex literal")
        }
        // `{**_}` is a plain syntax error in CPython.
        ParseErrorType::InvalidMatchPatternTarget
            if index
                .source()
                .get(..range.start().to_usize())
                .is_some_and(|b| b.trim_end().ends_with("**")) =>
        {
            syntax("invalid syntax")
        }
        ParseErrorType::InvalidMatchPatternTarget => syntax("cannot use '_' as a target"),
        ParseErrorType::OtherError(msg) => match msg.as_str() {
            "Positional patterns cannot follow keyword patterns" => {
                syntax("positional patterns follow keyword patterns")
            }
            "Cannot have both 'except' and 'except*' on the same 'try'" => {
                syntax("cannot have both 'except' and 'except*' on the same 'try'")
            }
            "Expected one or more exception types" => {
                syntax("expected one or more exception types")
            }
            _ => bracket_error(tokens, index, at_eof, err_line)
                .unwrap_or_else(|| syntax("invalid syntax")),
        },
        ParseErrorType::VarParameterWithDefault => {
            syntax("var-positional argument cannot have default value")
        }
        ParseErrorType::FStringError(e)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => match e {
            InterpolatedStringErrorType::SingleRbrace => {
                syntax("f-string: single '}' is not allowed")
            }
            InterpolatedStringErrorType::UnclosedLbrace => syntax("f-string: expecting '}'"),
            InterpolatedStringErrorType::InvalidConversionFlag => {
                syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            _ => syntax("invalid syntax"),
        },
        _ => bracket_error(tokens, index, at_eof, err_line)
            .unwrap_or_else(|| syntax("invalid syntax")),
    }
}

/// "cannot assign to X" and friends, classified by re-parsing the target.
fn target_error(error: &ParseError, index: &LineIndex<'_>) -> CompileError {
    let range = error.location;
    let text = index.slice(range);
    let parsed = ruff_python_parser::parse_expression(text).ok();
    let expr = parsed.as_ref().map(|p| p.expr());
    let culprit = expr.and_then(invalid_target).or(expr);
    let (kind, sub_range) = match culprit {
        Some(e) => (expr_kind_name(e), e.range() + range.start()),
        None => ("expression", range),
    };
    let message = match error.error {
        ParseErrorType::InvalidDeleteTarget => format!("cannot delete {kind}"),
        ParseErrorType::InvalidNamedAssignmentTarget => {
            format!("cannot use assignment expressions with {kind}")
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            format!("'{kind}' is an illegal expression for augmented assignment")
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            "illegal target for annotation".to_string()
        }
        _ => {
            let source = index.source();
            let before = source.get(..range.start().to_usize()).unwrap_or("");
            let line_before = before.rsplit(['\n', '\r', ';']).next().unwrap_or("");
            let after = source
                .get(range.end().to_usize()..)
                .unwrap_or("")
                .trim_start_matches([' ', '\t']);
            let whole = matches!(expr, Some(e) if std::ptr::eq(e, culprit.unwrap_or(e)))
                && line_before.trim().is_empty()
                && after.starts_with('=')
                && !after.starts_with("==");
            let eq_hint = whole
                && !matches!(
                    culprit,
                    Some(
                        Expr::Starred(_)
                            | Expr::Generator(_)
                            | Expr::ListComp(_)
                            | Expr::SetComp(_)
                            | Expr::DictComp(_)
                    )
                );
            if eq_hint {
                format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {kind}")
            }
        }
    };
    CompileError::syntax(message, index, sub_range)
}

/// Translates a version-related error (syntax newer than Python 3.12).
pub(crate) fn translate_unsupported(
    error: &UnsupportedSyntaxError,
    index: &LineIndex<'_>,
) -> CompileError {
    CompileError::syntax("invalid syntax", index, error.range)
}
