//! Embeds the bundled Python library (`lib/` at the repository root) in the
//! binary: writes `$OUT_DIR/frozen_lib.rs`, a table of every `.py` file
//! under `lib/` with its dotted module name, path and source text.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.is_dir() {
            if stem == "__pycache__" || stem.starts_with('.') {
                continue;
            }
            collect(&path, &format!("{}{}.", prefix, stem), out);
        } else if path.extension().is_some_and(|e| e == "py") {
            if stem == "__init__" {
                out.push((prefix.trim_end_matches('.').to_string(), path, true));
            } else {
                out.push((format!("{}{}", prefix, stem), path, false));
            }
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let lib = manifest.join("../../lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let lib = lib.canonicalize().unwrap_or(lib);
    let mut mods = Vec::new();
    collect(&lib, "", &mut mods);
    let mut src = String::from(
        "/// Every module of `lib/`, sorted by path.\npub static FROZEN: &[FrozenModule] = &[\n",
    );
    for (name, path, is_pkg) in mods {
        let p = path.display().to_string();
        writeln!(
            src,
            "    FrozenModule {{ name: {:?}, path: {:?}, source: include_str!({:?}), is_package: {} }},",
            name, p, p, is_pkg
        )
        .expect("write");
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir")).join("frozen_lib.rs");
    std::fs::write(out, src).expect("write frozen_lib.rs");
}
