//! Round trip of every snippet in tests/roundtrip/: parse, unparse, parse again, and the two
//! trees must be equal once spans are stripped. A second test has CPython compile each
//! unparsed text, so the unparser cannot drift into source only refpy accepts.

use refpy::source::SourceFile;
use refpy::syntax::ast::Module;
use refpy::syntax::parse_module;
use refpy::syntax::unparse::{strip_spans, unparse_module};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/roundtrip");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no snippets in {}", dir.display());
    files
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    )
}

fn parse(name: &str, text: &str) -> Result<Module, String> {
    let src = SourceFile::new(name, text);
    parse_module(&src).map_err(|e| format!("{e:?}"))
}

/// The unparsed text of one snippet, or a description of why there is none.
fn unparse_file(path: &Path) -> Result<String, String> {
    let name = display_name(path);
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: read: {e}"))?;
    let module = parse(&name, &text).map_err(|e| format!("{name}: parse failed: {e}"))?;
    Ok(unparse_module(&module))
}

/// Where two stripped trees first differ, as Debug text.
fn first_difference(a: &Module, b: &Module) -> String {
    for (i, (x, y)) in a.body.iter().zip(&b.body).enumerate() {
        if x != y {
            return format!("statement {i} differs:\n  original: {x:?}\n  reparsed: {y:?}");
        }
    }
    if a.body.len() != b.body.len() {
        return format!(
            "statement count differs: original {}, reparsed {}",
            a.body.len(),
            b.body.len()
        );
    }
    "module attributes differ (statements are equal)".to_string()
}

fn check_file(path: &Path) -> Result<(), String> {
    let name = display_name(path);
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: read: {e}"))?;
    let mut original = parse(&name, &text).map_err(|e| format!("{name}: parse failed: {e}"))?;
    let printed = unparse_module(&original);
    let mut reparsed = parse(&name, &printed).map_err(|e| {
        format!("{name}: the unparsed text does not parse: {e}\n--- unparsed ---\n{printed}")
    })?;
    strip_spans(&mut original);
    strip_spans(&mut reparsed);
    if original == reparsed {
        Ok(())
    } else {
        Err(format!(
            "{name}: the tree changed in the round trip\n--- unparsed ---\n{printed}--- \n{}",
            first_difference(&original, &reparsed)
        ))
    }
}

#[test]
fn unparse_then_parse_gives_the_same_tree() {
    let files = corpus();
    let failures: Vec<String> = files.iter().filter_map(|p| check_file(p).err()).collect();
    if !failures.is_empty() {
        let mut report = String::new();
        for f in &failures {
            let _ = writeln!(report, "{f}\n");
        }
        panic!(
            "{report}{} of {} snippets failed the round trip",
            failures.len(),
            files.len()
        );
    }
}

#[test]
fn cpython_compiles_the_unparsed_text() {
    let available = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        eprintln!("note: python3 not found; skipping the CPython check of unparsed text");
        return;
    }
    let dir = std::env::temp_dir().join(format!("refpy-unparsed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let mut failures = Vec::new();
    let mut written = Vec::new();
    for path in corpus() {
        match unparse_file(&path) {
            Ok(text) => {
                let out = dir.join(display_name(&path));
                std::fs::write(&out, text).expect("write unparsed text");
                written.push(out);
            }
            Err(e) => failures.push(e),
        }
    }
    let output = Command::new("python3")
        .arg("-c")
        .arg(
            "import sys\nfor f in sys.argv[1:]:\n    try:\n        compile(open(f).read(), f, 'exec')\n    \
             except SyntaxError as e:\n        print(f'{f}: {e!r}')\n        print(open(f).read())\n        \
             failed = True\nsys.exit(1 if 'failed' in globals() else 0)",
        )
        .args(&written)
        .output()
        .expect("run python3");
    let _ = std::fs::remove_dir_all(&dir);
    if !output.status.success() {
        failures.push(format!(
            "CPython rejected unparsed text:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
