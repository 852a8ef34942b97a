//! The assembler: a unit's instruction list (with symbolic labels and
//! exception-handler markers) to final code units.
//!
//! Steps: resolve labels; run a stack-depth flow analysis from the entry
//! (fall-through and jump edges, plus an edge from every instruction an
//! exception handler covers to that handler, entered at the depth recorded
//! at its setup marker +1, +1 more when the handler wants `lasti`); drop
//! unreachable instructions and markers; choose jump directions and
//! `EXTENDED_ARG` prefixes, iterating until instruction sizes are stable;
//! emit code units with their inline caches and locations; and build the
//! exception table from the innermost handler recorded on each instruction.
//!
//! Invariants of the output: every jump target and exception-table target is
//! the first unit of an instruction (its `EXTENDED_ARG` prefix, if any);
//! exception-table entries are sorted and disjoint; the stack depth never
//! goes negative and `max_stack` bounds it on every path. Violations of the
//! codegen contract are reported as internal errors, never panics.

use crate::code::{ExceptionTableEntry, Location};
use crate::instructions::{ArgKind, CodeUnit, Opcode};

/// A jump target, bound to an instruction position by the code generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

/// What an instruction of the codegen's list is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum InstrKind {
    /// A real instruction; jump instructions carry a label target.
    Op(Opcode),
    /// An unconditional jump; the assembler picks JUMP_FORWARD/BACKWARD.
    Jump,
    /// Zero-size marker where an exception handler is set up: the handler's
    /// table depth is the stack depth here minus `Handler::pop`.
    Setup(u32),
}

/// One instruction before assembly.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub kind: InstrKind,
    pub arg: u32,
    pub target: Option<Label>,
    pub loc: Location,
    /// The innermost active exception handler when the instruction was emitted.
    pub handler: Option<u32>,
}

/// An exception handler of a unit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Handler {
    pub target: Label,
    pub lasti: bool,
    /// Values above the handler's base depth at the marker.
    pub pop: u32,
}

/// The assembler's output.
pub(crate) struct Assembled {
    pub code: Vec<CodeUnit>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub max_stack: u32,
}

fn is_terminator(kind: InstrKind) -> bool {
    matches!(
        kind,
        InstrKind::Jump
            | InstrKind::Op(
                Opcode::RETURN_VALUE
                    | Opcode::RETURN_CONST
                    | Opcode::RAISE_VARARGS
                    | Opcode::RERAISE
                    | Opcode::JUMP_FORWARD
                    | Opcode::JUMP_BACKWARD
                    | Opcode::JUMP_BACKWARD_NO_INTERRUPT
            )
    )
}

fn ext_prefixes(arg: u32) -> usize {
    match arg {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    }
}

/// Assembles one unit. `labels[l]` is the instruction index label `l` is
/// bound to.
pub(crate) fn assemble(
    instrs: &[Instr],
    labels: &[Option<usize>],
    handlers: &[Handler],
) -> Result<Assembled, String> {
    let resolve = |l: Label| -> Result<usize, String> {
        match labels.get(l.0 as usize).copied().flatten() {
            Some(i) if i < instrs.len() => Ok(i),
            _ => Err(format!("label {} is unbound or past the end", l.0)),
        }
    };

    // 1. Stack-depth flow analysis.
    let n = instrs.len();
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut handler_depth: Vec<Option<u32>> = vec![None; handlers.len()];
    let mut max_stack: i32 = 0;
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let push = |work: &mut Vec<(usize, i32)>,
                depth: &mut Vec<Option<i32>>,
                i: usize,
                d: i32|
     -> Result<(), String> {
        if d < 0 {
            return Err(format!("negative stack depth at instruction {i}"));
        }
        match depth.get(i).copied() {
            None => Ok(()),
            Some(Some(old)) if old == d => Ok(()),
            Some(Some(old)) => Err(format!(
                "inconsistent stack depth at instruction {i}: {old} vs {d}"
            )),
            Some(None) => {
                depth[i] = Some(d);
                work.push((i, d));
                Ok(())
            }
        }
    };
    if n > 0 {
        depth[0] = Some(0);
    }
    while let Some((i, d)) = work.pop() {
        max_stack = max_stack.max(d);
        let ins = &instrs[i];
        // An instruction covered by a handler can enter it (handlers that
        // cover nothing reachable stay unreachable and are dropped).
        if let (Some(h), false) = (ins.handler, matches!(ins.kind, InstrKind::Setup(_))) {
            let handler = handlers.get(h as usize).ok_or("unknown handler")?;
            let base = handler_depth[h as usize].ok_or("handler used before its setup")? as i32;
            let entry = base + 1 + handler.lasti as i32;
            max_stack = max_stack.max(entry);
            push(&mut work, &mut depth, resolve(handler.target)?, entry)?;
        }
        match ins.kind {
            InstrKind::Setup(h) => {
                let handler = handlers.get(h as usize).ok_or("unknown handler")?;
                let base = d - handler.pop as i32;
                if base < 0 {
                    return Err(format!("negative handler depth at instruction {i}"));
                }
                match handler_depth[h as usize] {
                    Some(old) if old as i32 != base => {
                        return Err(format!("handler {h} set up at two depths"));
                    }
                    _ => handler_depth[h as usize] = Some(base as u32),
                }
                if i + 1 < n {
                    push(&mut work, &mut depth, i + 1, d)?;
                }
                continue;
            }
            InstrKind::Jump => {
                let t = resolve(ins.target.ok_or("jump without target")?)?;
                push(&mut work, &mut depth, t, d)?;
            }
            InstrKind::Op(op) => {
                if let Some(l) = ins.target {
                    let jd = d + op.stack_effect(ins.arg, true);
                    max_stack = max_stack.max(jd);
                    push(&mut work, &mut depth, resolve(l)?, jd)?;
                }
                if !is_terminator(ins.kind) {
                    let fd = d + op.stack_effect(ins.arg, false);
                    if fd < 0 {
                        return Err(format!("negative stack depth after {} at {i}", op.name()));
                    }
                    max_stack = max_stack.max(fd);
                    if i + 1 < n {
                        push(&mut work, &mut depth, i + 1, fd)?;
                    } else {
                        return Err("code falls off the end".into());
                    }
                }
            }
        }
    }

    // 2. Keep reachable real instructions; map old indices to new ones.
    let mut kept: Vec<usize> = Vec::with_capacity(n);
    let mut new_index: Vec<usize> = vec![usize::MAX; n + 1];
    for i in 0..n {
        if depth[i].is_some() && !matches!(instrs[i].kind, InstrKind::Setup(_)) {
            new_index[i] = kept.len();
            kept.push(i);
        }
    }
    // Removed positions map to the next kept instruction.
    let mut next = usize::MAX;
    for i in (0..n).rev() {
        if new_index[i] == usize::MAX {
            new_index[i] = next;
        } else {
            next = new_index[i];
        }
    }
    let target_of = |i: usize| -> Result<Option<usize>, String> {
        let ins = &instrs[i];
        let l = match (ins.kind, ins.target) {
            (InstrKind::Setup(_), _) => return Ok(None),
            (_, Some(l)) => l,
            _ => return Ok(None),
        };
        let t = new_index[resolve(l)?];
        if t == usize::MAX {
            return Err("jump to the end of the code".into());
        }
        Ok(Some(t))
    };
    let mut targets: Vec<Option<usize>> = Vec::with_capacity(kept.len());
    for &i in &kept {
        targets.push(target_of(i)?);
    }

    // 3. Choose opcodes and sizes; iterate until stable.
    let m = kept.len();
    let mut ops: Vec<Opcode> = Vec::with_capacity(m);
    for (k, &i) in kept.iter().enumerate() {
        let op = match instrs[i].kind {
            InstrKind::Op(op) => op,
            _ => match targets[k] {
                Some(t) if t > k => Opcode::JUMP_FORWARD,
                _ => Opcode::JUMP_BACKWARD,
            },
        };
        if let Some(t) = targets[k] {
            let forward = matches!(op.arg_kind(), ArgKind::JumpForward);
            if forward && t <= k {
                return Err(format!("{} jumps backward", op.name()));
            }
            if !forward && !matches!(op.arg_kind(), ArgKind::JumpBackward) {
                return Err(format!("{} cannot jump", op.name()));
            }
        }
        ops.push(op);
    }
    let mut args: Vec<u32> = kept.iter().map(|&i| instrs[i].arg).collect();
    let mut sizes: Vec<usize> = (0..m)
        .map(|k| 1 + ops[k].cache_entries() + ext_prefixes(args[k]))
        .collect();
    let mut offsets: Vec<usize> = vec![0; m + 1];
    loop {
        for k in 0..m {
            offsets[k + 1] = offsets[k] + sizes[k];
        }
        let mut changed = false;
        for k in 0..m {
            if let Some(t) = targets[k] {
                let next = offsets[k + 1];
                let dest = offsets[t];
                args[k] = if dest >= next {
                    (dest - next) as u32
                } else {
                    (next - dest) as u32
                };
            }
            let size = 1 + ops[k].cache_entries() + ext_prefixes(args[k]);
            if size > sizes[k] {
                sizes[k] = size;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    // 4. Emit.
    let total = offsets[m];
    let mut code = Vec::with_capacity(total);
    let mut locations = Vec::with_capacity(total);
    for k in 0..m {
        let ins = &instrs[kept[k]];
        let arg = args[k];
        let prefixes = sizes[k] - 1 - ops[k].cache_entries();
        for p in (1..=prefixes).rev() {
            code.push(CodeUnit::new(Opcode::EXTENDED_ARG, (arg >> (8 * p)) as u8));
        }
        code.push(CodeUnit::new(ops[k], arg as u8));
        for _ in 0..ops[k].cache_entries() {
            code.push(CodeUnit::new(Opcode::CACHE, 0));
        }
        locations.extend(std::iter::repeat_n(ins.loc, sizes[k]));
    }

    // 5. Exception table.
    let mut table: Vec<ExceptionTableEntry> = Vec::new();
    for k in 0..m {
        let Some(h) = instrs[kept[k]].handler else {
            continue;
        };
        let handler = handlers.get(h as usize).ok_or("unknown handler")?;
        let depth = handler_depth[h as usize].ok_or("handler used before its setup")?;
        let t = new_index[resolve(handler.target)?];
        if t == usize::MAX {
            return Err("handler target past the end".into());
        }
        let entry = ExceptionTableEntry {
            start: offsets[k] as u32,
            end: offsets[k + 1] as u32,
            target: offsets[t] as u32,
            depth,
            push_lasti: handler.lasti,
        };
        match table.last_mut() {
            Some(last)
                if last.end == entry.start
                    && last.target == entry.target
                    && last.depth == entry.depth
                    && last.push_lasti == entry.push_lasti =>
            {
                last.end = entry.end
            }
            _ => table.push(entry),
        }
    }

    Ok(Assembled {
        code,
        locations,
        exception_table: table,
        max_stack: max_stack as u32,
    })
}
