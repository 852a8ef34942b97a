//! Helpers shared by the compiler's integration tests: structural checks
//! of compiled code objects.

use std::collections::{HashMap, HashSet};

use strata_compiler::dis::decode;
use strata_compiler::{CodeObject, Constant, Opcode};

/// Checks the invariants every code object must satisfy, recursively:
/// jump and handler targets are instruction starts, the exception table is
/// sorted and disjoint, locations cover every unit, and a flow analysis
/// never finds a negative depth or one above `max_stack`.
pub fn check_invariants(code: &CodeObject) -> Result<(), String> {
    let name = &code.qualname;
    if code.locations.len() != code.code.len() {
        return Err(format!(
            "{name}: {} locations for {} units",
            code.locations.len(),
            code.code.len()
        ));
    }
    let instrs = decode(code);
    let starts: HashSet<usize> = instrs.iter().map(|i| i.start).collect();
    let mut by_start: HashMap<usize, usize> = HashMap::new();
    for (n, i) in instrs.iter().enumerate() {
        by_start.entry(i.start).or_insert(n);
    }
    for ins in &instrs {
        if let Some(t) = ins.jump_target() {
            if !starts.contains(&t) {
                return Err(format!(
                    "{name}: jump at {} to {t}, not an instruction start",
                    ins.index
                ));
            }
        }
    }
    let mut prev_end = 0;
    for e in &code.exception_table {
        if e.start >= e.end || e.start < prev_end {
            return Err(format!("{name}: bad exception table entry {e:?}"));
        }
        prev_end = e.end;
        if !starts.contains(&(e.target as usize)) {
            return Err(format!(
                "{name}: handler target {} is not an instruction start",
                e.target
            ));
        }
    }
    // Flow analysis over decoded instructions.
    let mut depth: HashMap<usize, i32> = HashMap::new();
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    while let Some((n, d)) = work.pop() {
        let Some(ins) = instrs.get(n) else {
            return Err(format!("{name}: fell off the end"));
        };
        if let Some(&old) = depth.get(&n) {
            if old != d {
                return Err(format!(
                    "{name}: inconsistent depth at {}: {old} vs {d}",
                    ins.index
                ));
            }
            continue;
        }
        if d < 0 || d as u32 > code.max_stack {
            return Err(format!(
                "{name}: depth {d} at {} (max_stack {})",
                ins.index, code.max_stack
            ));
        }
        depth.insert(n, d);
        if let Some(h) = code.handler_for(ins.index as u32) {
            let hd = h.depth as i32 + 1 + h.push_lasti as i32;
            if hd as u32 > code.max_stack {
                return Err(format!("{name}: handler depth {hd} above max_stack"));
            }
            work.push((by_start[&(h.target as usize)], hd));
        }
        if ins.op == Opcode::EXTENDED_ARG {
            work.push((n + 1, d));
            continue;
        }
        if let Some(t) = ins.jump_target() {
            let jd = d + ins.op.stack_effect(ins.arg, true);
            let Some(&tn) = by_start.get(&t) else {
                return Err(format!("{name}: bad jump target {t}"));
            };
            work.push((tn, jd));
        }
        let terminal = matches!(
            ins.op,
            Opcode::RETURN_VALUE
                | Opcode::RETURN_CONST
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
                | Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::JUMP_BACKWARD_NO_INTERRUPT
        );
        if !terminal {
            let fd = d + ins.op.stack_effect(ins.arg, false);
            if fd < 0 || fd as u32 > code.max_stack {
                return Err(format!(
                    "{name}: depth {fd} after {} at {}",
                    ins.op.name(),
                    ins.index
                ));
            }
            work.push((n + 1, fd));
        }
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            check_invariants(inner)?;
        }
    }
    Ok(())
}
