//! Token-dump snapshots: every `tests/syntax/tokens/*.py` is tokenized and compared with the
//! `.golden` file next to it, and again with `\r\n` line endings (the dump must not change).
//! `REFPY_BLESS=1 cargo test --test lexer_snapshots` rewrites the goldens.

use refpy::source::SourceFile;
use refpy::syntax::layout::dump;
use std::path::Path;

#[test]
fn token_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/tokens");
    let bless = std::env::var_os("REFPY_BLESS").is_some();
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/syntax/tokens exists")
        .map(|e| e.expect("readable directory").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    let mut failures = Vec::new();
    for input in inputs {
        let text = std::fs::read_to_string(&input).expect("UTF-8 input");
        let actual = dump(&SourceFile::new("t.py", text.clone()));
        let crlf = dump(&SourceFile::new("t.py", text.replace('\n', "\r\n")));
        if crlf != actual {
            failures.push(format!(
                "{}: token stream changes with CRLF",
                input.display()
            ));
        }
        let golden = input.with_extension("golden");
        if bless {
            std::fs::write(&golden, &actual).expect("writable golden");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{}: dump differs (REFPY_BLESS=1 to update)\n{}",
                input.display(),
                similar::TextDiff::from_lines(&expected, &actual)
                    .unified_diff()
                    .header("expected", "actual")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
