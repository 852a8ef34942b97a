//! The disassembler: a code object (and every code object among its
//! constants, recursively) as text in the format of CPython's `dis.dis`.
//!
//! Each instruction line holds the source line number (on the first
//! instruction of a line), a `>>` mark on jump and handler targets, the byte
//! offset (code-unit index * 2), the opcode name, the oparg and a readable
//! description of it. Cache units are not shown; `EXTENDED_ARG` prefixes
//! are, and the following instruction shows the full argument. An
//! `ExceptionTable:` section lists `start to end -> target [depth] lasti`
//! in byte offsets (end exclusive, as in Python 3.12).

use std::collections::HashSet;
use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::instructions::{ArgKind, BinaryOp, CompareOp, Intrinsic1, Intrinsic2, Opcode};
use crate::repr::constant_repr;

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodedInstr {
    /// Index of the instruction's own unit (after any EXTENDED_ARG prefix).
    pub index: usize,
    /// Index of its first unit, EXTENDED_ARG prefixes included.
    pub start: usize,
    pub op: Opcode,
    /// The full argument, EXTENDED_ARG bits included.
    pub arg: u32,
}

impl DecodedInstr {
    /// The unit index a jump instruction targets, if it is a jump.
    pub fn jump_target(&self) -> Option<usize> {
        let next = self.index + 1 + self.op.cache_entries();
        match self.op.arg_kind() {
            ArgKind::JumpForward => Some(next + self.arg as usize),
            ArgKind::JumpBackward => next.checked_sub(self.arg as usize),
            _ => None,
        }
    }
}

/// Decodes the instructions of `code`, skipping caches and folding
/// EXTENDED_ARG prefixes into the following instruction. Unknown opcode
/// bytes decode as NOP.
pub fn decode(code: &CodeObject) -> Vec<DecodedInstr> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut ext: u32 = 0;
    let mut start = 0;
    while i < code.code.len() {
        let unit = code.code[i];
        let op = unit.opcode().unwrap_or(Opcode::NOP);
        let arg = (ext << 8) | unit.arg as u32;
        if op == Opcode::EXTENDED_ARG {
            if ext == 0 {
                start = i;
            }
            ext = arg;
            out.push(DecodedInstr {
                index: i,
                start: i,
                op,
                arg,
            });
            i += 1;
            continue;
        }
        let first = if ext != 0 { start } else { i };
        out.push(DecodedInstr {
            index: i,
            start: first,
            op,
            arg,
        });
        ext = 0;
        i += 1 + op.cache_entries();
    }
    out
}

fn arg_repr(code: &CodeObject, ins: &DecodedInstr) -> String {
    let arg = ins.arg;
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map_or_else(|| "<?>".to_string(), |n| n.to_string())
    };
    match ins.op.arg_kind() {
        ArgKind::Unused => String::new(),
        ArgKind::Number => match ins.op {
            Opcode::MAKE_FUNCTION => {
                let flags = ["defaults", "kwdefaults", "annotations", "closure"];
                flags
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| arg & (1 << i) != 0)
                    .map(|(_, s)| *s)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            Opcode::FORMAT_VALUE => {
                let mut s = ["", "str", "repr", "ascii"][(arg & 3) as usize].to_string();
                if arg & 4 != 0 {
                    if !s.is_empty() {
                        s.push_str(", ");
                    }
                    s.push_str("with format");
                }
                s
            }
            _ => String::new(),
        },
        ArgKind::Const => code
            .constants
            .get(arg as usize)
            .map_or_else(|| "<?>".into(), constant_repr),
        ArgKind::Name => name(arg),
        ArgKind::GlobalName => {
            if arg & 1 != 0 {
                format!("NULL + {}", name(arg >> 1))
            } else {
                name(arg >> 1)
            }
        }
        ArgKind::AttrName => {
            if arg & 1 != 0 {
                format!("NULL|self + {}", name(arg >> 1))
            } else {
                name(arg >> 1)
            }
        }
        ArgKind::Local => code
            .localsplus_names
            .get(arg as usize)
            .map_or_else(|| "<?>".into(), |n| n.to_string()),
        ArgKind::JumpForward | ArgKind::JumpBackward => match ins.jump_target() {
            Some(t) => format!("to {}", t * 2),
            None => "to ?".into(),
        },
        ArgKind::Compare => {
            CompareOp::from_arg(arg).map_or_else(|| "?".into(), |c| c.symbol().into())
        }
        ArgKind::BinaryOp => {
            BinaryOp::from_arg(arg).map_or_else(|| "?".into(), |b| b.symbol().into())
        }
        ArgKind::Intrinsic => {
            Intrinsic1::from_arg(arg).map_or_else(|| "?".into(), |i| i.name().into())
        }
        ArgKind::Intrinsic2 => {
            Intrinsic2::from_arg(arg).map_or_else(|| "?".into(), |i| i.name().into())
        }
    }
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let instrs = decode(code);
    let mut targets: HashSet<usize> = instrs.iter().filter_map(|i| i.jump_target()).collect();
    targets.extend(code.exception_table.iter().map(|e| e.target as usize));
    let max_line = code.locations.iter().map(|l| l.line).max().unwrap_or(0);
    let lineno_width = max_line.to_string().len().max(3);
    let max_offset = code.code.len().saturating_sub(1) * 2;
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    let mut last_line: Option<u32> = None;
    for (n, ins) in instrs.iter().enumerate() {
        let line = code.locations.get(ins.index).map_or(0, |l| l.line);
        let starts_line = line != 0 && Some(line) != last_line;
        if starts_line {
            last_line = Some(line);
            if n > 0 {
                out.push('\n');
            }
        }
        let mut fields: Vec<String> = Vec::with_capacity(6);
        fields.push(if starts_line {
            format!("{line:>lineno_width$}")
        } else {
            " ".repeat(lineno_width)
        });
        fields.push("   ".into());
        fields.push(
            if targets.contains(&ins.index)
                || targets.contains(&ins.start) && ins.op == Opcode::EXTENDED_ARG
            {
                ">>".into()
            } else {
                "  ".into()
            },
        );
        fields.push(format!("{:>offset_width$}", ins.index * 2));
        fields.push(format!("{:<20}", ins.op.name()));
        if ins.op.arg_kind() != ArgKind::Unused {
            fields.push(format!("{:>5}", ins.arg));
            let desc = arg_repr(code, ins);
            if !desc.is_empty() {
                fields.push(format!("({desc})"));
            }
        }
        let line = fields.join(" ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end * 2,
                e.target * 2,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}

fn disassemble_recursive(code: &CodeObject, out: &mut String) {
    disassemble_one(code, out);
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {inner}:");
            stacker::maybe_grow(32 * 1024, 1024 * 1024, || disassemble_recursive(inner, out));
        }
    }
}

/// Disassembles `code` and, recursively, every code object among its
/// constants, like Python's `dis.dis`.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_recursive(code, &mut out);
    out
}
