//! Front-end speed: parse and resolve a generated 10 000-line program, report the median.
//! Run with `cargo bench --bench parse_speed`. The target is under 50 ms.

use refpy::source::SourceFile;
use std::time::{Duration, Instant};

/// A block of varied statements, repeated until the program has `lines` lines.
const TEMPLATE: &str = r#"
class Shape{n}(object):
    """A shape with an area."""
    sides = {n}

    def __init__(self, width, height=2.0, *args, scale=1, **kwargs):
        self.width = width
        self.height = height * scale
        self._cache = {{"w": width, "h": height, "extra": [a for a in args if a]}}

    @property
    def area(self):
        return self.width * self.height + (self.sides ** 2) // 3 - ~self.sides

    def describe(self, prefix=""):
        parts = [f"{{prefix}}{{self.width:.2f}}x{{self.height!r}}", str(self.area)]
        try:
            value = sum(x * 2 for x in range(10) if x % 2 == 0)
        except (ValueError, TypeError) as exc:
            raise RuntimeError("bad") from exc
        finally:
            parts.append("done")
        return ", ".join(parts)

def helper{n}(items, key=lambda v: -v, reverse=False):
    total = 0
    for i, item in enumerate(sorted(items, key=key, reverse=reverse)):
        if i > 10 and item is not None:
            break
        elif item in (1, 2, 3):
            continue
        else:
            total += item if item else 0
    while total > 100:
        total -= 7
    with open_thing() as handle, other_thing():
        data = {{k: v for k, v in zip("abc", [1, 2, 3])}}
    result = [[y for y in range(x)] for x in range(3)]
    a, *rest = items or [0]
    return total, data, result, rest
"#;

fn program(lines: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    while out.lines().count() < lines {
        out.push_str(
            &TEMPLATE
                .replace("{n}", &n.to_string())
                .replace("{{", "{")
                .replace("}}", "}"),
        );
        n += 1;
    }
    out
}

fn main() {
    let text = program(10_000);
    let line_count = text.lines().count();
    let src = SourceFile::new("bench.py", text);
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..15 {
        let start = Instant::now();
        let mut module = refpy::syntax::parse_module(&src).expect("the benchmark program parses");
        refpy::resolve::resolve_module(&mut module, &src).expect("the benchmark program resolves");
        times.push(start.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "parse+resolve {line_count} lines ({} bytes): median {:.2} ms, min {:.2} ms over {} runs",
        src.text.len(),
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times.len()
    );
}
