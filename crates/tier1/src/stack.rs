//! Rust-stack guard: nested evaluations (builtins calling back into Python)
//! use the Rust stack, so deep recursion through them is stopped with a
//! RecursionError before the thread's stack runs out.

use crate::vm::Vm;

/// Bytes of Rust stack to keep free below the limit.
const MARGIN: usize = 256 * 1024;

/// Approximate current stack pointer.
#[inline(always)]
fn current_sp() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

/// Records that the interpreter may use `size` bytes of stack below the
/// current point.
pub fn set_stack_size(vm: &Vm, size: usize) {
    vm.stack_limit
        .set(current_sp().saturating_sub(size) + MARGIN);
}

/// Whether the stack has grown close to its limit.
pub fn near_stack_limit(vm: &Vm) -> bool {
    let limit = vm.stack_limit.get();
    limit != 0 && current_sp() < limit
}
