//! Source positions: byte offsets (what the parser reports) to lines and
//! columns (what code objects and SyntaxErrors carry).
//!
//! Invariants: lines are 1-based; [`Location`] columns are 0-based UTF-8 byte
//! offsets from the start of the line (CPython's `co_positions` convention);
//! error columns are the same plus one (CPython's `SyntaxError.offset`;
//! see `CompileError::use_char_columns` for the character-counting form).
//! Offsets past the end of the text clamp to the end.

use ruff_text_size::TextRange;

use crate::code::Location;

/// Maps byte offsets of one source text to line/column positions.
#[derive(Debug)]
pub struct LineIndex<'src> {
    source: &'src str,
    /// Byte offset of the first character of each line.
    line_starts: Vec<u32>,
}

impl<'src> LineIndex<'src> {
    /// Indexes `source`. Lines end at `\n`, `\r\n` or a lone `\r`.
    pub fn new(source: &'src str) -> Self {
        let mut line_starts = vec![0u32];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            source,
            line_starts,
        }
    }

    /// The source text.
    pub fn source(&self) -> &'src str {
        self.source
    }

    fn clamp(&self, offset: u32) -> u32 {
        offset.min(self.source.len() as u32)
    }

    /// 0-based line index containing `offset`.
    fn line_of(&self, offset: u32) -> usize {
        let offset = self.clamp(offset);
        self.line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// 1-based line and 0-based byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = self.clamp(offset);
        let line = self.line_of(offset);
        (line as u32 + 1, offset - self.line_starts[line])
    }

    /// The text of the 1-based line `line` without its terminator.
    pub fn line_text(&self, line: u32) -> &'src str {
        let idx = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(idx) else {
            return "";
        };
        let end = self
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.source.len() as u32);
        self.source
            .get(start as usize..end as usize)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// The code-object location of a source range.
    pub fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.line_col(range.start().to_u32());
        let (end_line, end_col) = self.line_col(range.end().to_u32());
        Location {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// The source text of `range` (empty if out of bounds).
    pub fn slice(&self, range: TextRange) -> &'src str {
        self.source
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_bytes() {
        let idx = LineIndex::new("a = 1\né = 2\r\nx");
        assert_eq!(idx.line_col(0), (1, 0));
        assert_eq!(idx.line_col(6), (2, 0));
        // "é" is two bytes: "=" is at byte column 3.
        assert_eq!(idx.line_col(9), (2, 3));
        assert_eq!(idx.line_col(14), (3, 0));
        assert_eq!(idx.line_text(2), "é = 2");
    }
}
