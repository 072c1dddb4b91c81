//! Self-checks: the examples and rules a requirement states ("crc8 of {0xBE, 0xEF} is 0x92",
//! "return [] for an empty list") as executable checks that generated code must pass before it
//! reaches the buffer. The checks role proposes them; a check is kept only when
//! - its sentence is one of the requirement's (whitespace and case aside): nothing is made up
//!   from nothing, and the sentence stays beside the check;
//! - it runs against a stub with the entry's signature, i.e. it reaches the entry call (a
//!   Python check that does not parse, names something undefined or calls the entry with the
//!   wrong arguments; a C check that does not compile) — dropped checks are counted.
//! Checks run in the same sandbox as the IoTBench judges (time, memory, process and file
//! limits; no network where the machine allows), one process per check.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::language::Language;
use crate::sandbox::{Limits, Outcome, Sandbox};

/// What a check run may take: generated code is small, a hang is a failure.
const CHECK_TIMEOUT: Duration = Duration::from_secs(10);
const COMPILE_TIMEOUT: Duration = Duration::from_secs(30);
/// The stub's way of saying "the check got as far as calling the entry".
const STUB_MARK: &str = "GpiotStubCalled";
const STUB_EXIT: i32 = 77;

/// One check, with the requirement's sentence it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub sentence: String,
    pub code: String,
}

/// The checks of one requirement, and what was dropped on the way.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CheckSet {
    pub checks: Vec<Check>,
    /// Proposed by the model.
    pub proposed: u32,
    /// Dropped: the sentence is not the requirement's.
    pub untraced: u32,
    /// Dropped: it does not run against a stub of the entry.
    pub not_running: u32,
    /// Dropped: its values are not its sentence's (an example the model made up).
    #[serde(default)]
    pub invented: u32,
    /// Of the kept checks, rules checked on the check's own inputs ([`Values::Property`]).
    #[serde(default)]
    pub properties: u32,
    /// The dropped checks and why, for reading what the checks role wrote.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<Dropped>,
}

/// A proposed check that was not kept.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dropped {
    /// untraced, invented or not running.
    pub reason: &'static str,
    pub sentence: String,
    pub code: String,
}

/// How one candidate did on one check.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckResult {
    pub passed: bool,
    /// The end of what a failing check printed (the assertion, the exception).
    pub output: String,
}

/// Parses the checks role's JSON (`{"checks": [{"sentence", "code"}]}`).
pub fn parse(text: &str) -> Result<Vec<Check>, String> {
    #[derive(Deserialize)]
    struct Out {
        checks: Vec<Check>,
    }
    let t = text.trim();
    let start = t.find('{').ok_or("no JSON object")?;
    let t = &t[start..];
    let whole = match t.rfind('}') {
        Some(end) => serde_json::from_str::<Out>(&t[..=end]).map(|o| o.checks).map_err(|e| e.to_string()),
        None => Err("no JSON object".to_string()),
    };
    // Cut at the token limit (a long input literal): keep the checks finished before the cut.
    whole.or_else(|e| {
        let ends: Vec<usize> = t.match_indices("}, {\"sentence\": ").map(|(i, _)| i + 1).collect();
        ends.into_iter().rev().find_map(|end| serde_json::from_str::<Out>(&format!("{}]}}", &t[..end])).ok()).map(|o| o.checks).ok_or(e)
    })
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The requirement's sentences (split after `.`, `;` or `:` followed by a space, and at
/// line ends that close a sentence), whitespace normalised.
pub fn sentences(requirement: &str) -> Vec<String> {
    let text = requirement.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end = matches!(b, b'.' | b';') && bytes.get(i + 1).map_or(true, |n| *n == b' ');
        if end {
            out.push(text[start..=i].trim().to_string());
            start = i + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(text[start..].trim().to_string());
    }
    out.retain(|s| s.len() > 1);
    out
}

fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .map(|w| w.trim_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The requirement's sentence that `quoted` comes from, when there is one: the sentence
/// containing it (whitespace and case aside), else the sentence whose words cover at least
/// 75 % of the quote's words (a model's quote drops or changes a word: "The MCU" for "an
/// MCU"). None: the quote is not the requirement's, and the check is not kept.
pub fn traced_sentence(quoted: &str, requirement: &str) -> Option<String> {
    let q = words(quoted);
    let q = q.trim_end_matches('.').trim();
    let qt = tokens(q);
    if qt.len() < 3 {
        return None;
    }
    let all = sentences(requirement);
    if let Some(s) = all.iter().find(|s| words(s).contains(q)) {
        return Some(s.clone());
    }
    // A quote across a split ("... as a float; return 0.0 when ...", "in[j*factor .. j*factor+1]"):
    // the fewest consecutive sentences that contain it.
    for n in 2..=4 {
        if let Some(w) = all.windows(n).map(|w| w.join(" ")).find(|s| words(s).contains(q)) {
            return Some(w);
        }
    }
    all.into_iter()
        .map(|s| {
            let st = tokens(&s);
            let covered = qt.iter().filter(|w| st.contains(w)).count();
            (covered as f64 / qt.len() as f64, s)
        })
        .filter(|(share, _)| *share >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, s)| s)
}

/// The numbers a piece of text writes (decimal, float, hex), as values.
fn numbers(text: &str) -> Vec<f64> {
    let re = regex_numbers();
    re.captures_iter(text)
        .filter_map(|c| {
            let t = c.get(1)?.as_str();
            match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
                Some(hex) => u64::from_str_radix(hex, 16).ok().map(|v| v as f64),
                None => t.parse::<f64>().ok(),
            }
        })
        .collect()
}

fn regex_numbers() -> &'static regex::Regex {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    // Not inside identifiers (`x2`, `int16_t`): a number starts after a non-word character.
    RE.get_or_init(|| regex::Regex::new(r"(?:^|[^A-Za-z0-9_.])(0[xX][0-9A-Fa-f]+|\d+\.\d*(?:[eE][-+]?\d+)?|\d+(?:[eE][-+]?\d+)?)[fFuUlL]*").unwrap())
}

/// The code with `2 * np.pi` (and `2*math.pi`, `2.0 * M_PI`) taken out: building a stated
/// frequency's sine needs 2π, a constant of mathematics rather than a made-up value.
fn without_two_pi(code: &str) -> std::borrow::Cow<'_, str> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"\b2(?:\.0*)?\s*\*\s*(?:np\.|numpy\.|math\.)?(?:pi|M_PI)\b").unwrap());
    re.replace_all(code, "TWO_PI")
}

/// The lengths of the list and array literals in code (`[1, 2, 3]`, `{0xBE, 0xEF}`).
fn literal_lengths(code: &str) -> Vec<f64> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"[\[{]([^\[\]{}]*)[\]}]").unwrap());
    re.captures_iter(code)
        .filter_map(|c| c.get(1))
        .filter(|m| !m.as_str().trim().is_empty())
        .map(|m| m.as_str().split(',').filter(|p| !p.trim().is_empty()).count() as f64)
        .collect()
}

/// Whether every value the check relies on is its sentence's: the numbers in its code other
/// than 0 and 1, the lengths of its own list literals (`crc8(b, 2)` for a 2-byte `b`),
/// tolerances (one significant digit below 1, as 1e-6 or 0.01) and digits inside names
/// (`int16_t`). A made-up example ("iqr_outliers([1, 2, 3, 4, 5]) == [0, 4]" traced to the
/// rule it illustrates) fails.
pub fn values_traced(code: &str, sentence: &str) -> bool {
    let stated = numbers(sentence);
    let lengths = literal_lengths(code);
    numbers(&without_two_pi(code))
        .into_iter()
        .all(|v| trivial(v, &lengths) || stated.iter().any(|s| (s - v).abs() <= 1e-9 * v.abs().max(1.0)))
}

/// How a proposed check's values relate to its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    /// Every value is the sentence's: a stated example.
    Stated,
    /// The inputs are the check's own, and what it asserts states no value: a rule checked
    /// on an input ("a list of the same length", "never raises on readings", "[] for an empty
    /// list"), as property-based tests do.
    Property,
    /// An expected value the sentence does not state (a made-up example): dropped.
    Invented,
}

/// Sorts a check by its values (see [`Values`]). `entry` is the entry function's name.
pub fn classify_values(code: &str, sentence: &str, entry: &str) -> Values {
    // A comment ("# assuming fs = 10 Hz") asserts nothing: its numbers are not the check's.
    let code = &without_comments(code);
    if values_traced(code, sentence) {
        return Values::Stated;
    }
    match outside_inputs(code, entry) {
        Some(rest) if asserts_no_value(&without_stated_labels(&rest, sentence), code) => Values::Property,
        _ => Values::Invented,
    }
}

/// The code without its comments (`# ...`, `// ...`, `/* ... */`), string literals kept.
fn without_comments(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut chars = code.char_indices().map(|(i, c)| (c, &code[i + c.len_utf8()..])).peekable();
    let mut quote: Option<char> = None;
    while let Some((c, after)) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == '\\' {
                    out.extend(chars.next().map(|(n, _)| n));
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '#' && !at_preprocessor_line(&out, after) || c == '/' && after.starts_with('/') => {
                while chars.peek().is_some_and(|&(n, _)| n != '\n') {
                    chars.next();
                }
            }
            None if c == '/' && after.starts_with('*') => {
                chars.next();
                let mut prev = ' ';
                for (n, _) in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
                out.push(' ');
            }
            None => out.push(c),
        }
    }
    out
}

/// Whether the `#` after `before`, followed by `after`, opens a C preprocessor line
/// (`#define N 5`), which is code, not a Python comment.
fn at_preprocessor_line(before: &str, after: &str) -> bool {
    let line_start = before.rsplit('\n').next().unwrap_or("").trim().is_empty();
    line_start && ["define", "include", "if", "undef", "el", "endif"].iter().any(|d| after.starts_with(d))
}

/// The code without the entry calls' arguments and the statements that build them (`x = [...]`
/// before `f(x, 2)`, and what `x` is made from); None when the code never calls the entry.
fn outside_inputs(code: &str, entry: &str) -> Option<String> {
    use std::collections::BTreeSet;
    let mut rest = String::new();
    let mut inputs = BTreeSet::new();
    let mut called = false;
    let mut i = 0;
    let bytes = code.as_bytes();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    while i < code.len() {
        let at_call = code[i..].starts_with(entry)
            && (i == 0 || !ident(bytes[i - 1]))
            && code[i + entry.len()..].trim_start().starts_with('(');
        if !at_call {
            let ch = code[i..].chars().next()?;
            rest.push(ch);
            i += ch.len_utf8();
            continue;
        }
        called = true;
        let open = i + entry.len() + code[i + entry.len()..].find('(')?;
        let mut depth = 0usize;
        let mut close = None;
        for (j, b) in code[open..].bytes().enumerate() {
            match b {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + j);
                        break;
                    }
                }
                _ => {}
            }
        }
        let close = close?;
        inputs.extend(identifiers(&code[open + 1..close]));
        rest.push_str(entry);
        rest.push_str("()");
        i = close + 1;
    }
    if !called {
        return None;
    }
    // Statements assigning an input (and, transitively, what they use) build inputs too.
    // So do C declarations of an input (`float out[20];`) and the loop headers of statements
    // that fill one (`for (int i = 0; i < 60; i++) in[i] = ...;`).
    let mut lines: Vec<&str> = rest.lines().collect();
    loop {
        let before = lines.len();
        let mut kept = Vec::new();
        for (n, line) in lines.iter().enumerate() {
            let builds = |l: &str| assigned_name(l).or_else(|| declared_name(l)).filter(|name| inputs.contains(name));
            if let Some(_name) = builds(line) {
                let value = line.split_once('=').map_or("", |(_, v)| v);
                inputs.extend(identifiers(value));
                continue;
            }
            if let Some(body) = loop_body(line) {
                let body = if body.trim().trim_start_matches('{').trim().is_empty() { lines.get(n + 1).copied().unwrap_or("") } else { body };
                if builds(body).is_some() {
                    continue;
                }
            }
            kept.push(*line);
        }
        lines = kept;
        if lines.len() == before {
            break;
        }
    }
    Some(lines.join("\n"))
}

fn identifiers(text: &str) -> Vec<String> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"[A-Za-z_][A-Za-z0-9_]*").unwrap());
    re.find_iter(text).map(|m| m.as_str().to_string()).collect()
}

/// The array or variable a C line declares without a value: `float out[20];`, `uint8_t b[8], n;`
/// gives the first name.
fn declared_name(line: &str) -> Option<String> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"^\s*(?:const\s+|static\s+|unsigned\s+|signed\s+)*[A-Za-z_][A-Za-z0-9_]*(?:\s+|\s*\*+\s*)([A-Za-z_][A-Za-z0-9_]*)\s*(?:\[[^\]]*\]\s*)*[;,]").unwrap()
    });
    let name = re.captures(line)?.get(1)?.as_str();
    (!matches!(name, "return" | "assert")).then(|| name.to_string())
}

/// The statement after a `for (...)` or `while (...)` header on the same line (maybe empty or
/// `{`); None when the line is not a loop header.
fn loop_body(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let open = ["for", "while"].iter().find_map(|k| t.strip_prefix(k)).map(str::trim_start).filter(|r| r.starts_with('('))?;
    let mut depth = 0usize;
    for (i, c) in open.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&open[i + 1..]);
                }
            }
            _ => {}
        }
    }
    None
}

/// The variable a line assigns: `x = ...`, `x: list = ...` (Python), `const int16_t x[4] = ...;`
/// (C); not a comparison or an augmented assignment.
fn assigned_name(line: &str) -> Option<String> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"^\s*(?:[A-Za-z_][A-Za-z0-9_]*\s+\**\s*)*\**\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\[[^\]]*\]\s*)?(?::\s*[^=]+)?=[^=]").unwrap()
    });
    let name = re.captures(line)?.get(1)?.as_str();
    (!matches!(name, "assert" | "return" | "if" | "while")).then(|| name.to_string())
}

/// Whether what is left of a check once its inputs are taken out asserts no value: no number
/// but 0, 1, tolerances and the lengths of the check's literals, and no non-empty list or
/// array to compare with. An integer index (`out[2]`) is a position in the check's own
/// arrays, not a value, and a subscript is no list.
fn asserts_no_value(rest: &str, code: &str) -> bool {
    use std::sync::OnceLock;
    static FILLED: OnceLock<regex::Regex> = OnceLock::new();
    static INDEX: OnceLock<regex::Regex> = OnceLock::new();
    let filled = FILLED.get_or_init(|| regex::Regex::new(r"[\[{]\s*[^\s\]}]").unwrap());
    // A subscript follows a name, `]` or `)` with no space; a list literal does not.
    let index = INDEX.get_or_init(|| regex::Regex::new(r"([A-Za-z0-9_\])])\[[^\[\]]*\]").unwrap());
    let mut rest = std::borrow::Cow::Borrowed(rest);
    while index.is_match(&rest) {
        rest = std::borrow::Cow::Owned(index.replace_all(&rest, "$1").into_owned());
    }
    let lengths = literal_lengths(code);
    !filled.is_match(&rest) && numbers(&without_two_pi(&rest)).into_iter().all(|v| trivial(v, &lengths))
}

/// `rest` with each list of two or more string literals that the sentence names (`r in
/// ['standing', 'walking', 'running']`) taken out: the labels a requirement lists are its own,
/// and asserting that the result is one of them states no value.
fn without_stated_labels<'a>(rest: &'a str, sentence: &str) -> std::borrow::Cow<'a, str> {
    use std::sync::OnceLock;
    static LIST: OnceLock<regex::Regex> = OnceLock::new();
    static STRING: OnceLock<regex::Regex> = OnceLock::new();
    let list = LIST.get_or_init(|| {
        regex::Regex::new(r#"[\[({]\s*(?:'[^']*'|"[^"]*")(?:\s*,\s*(?:'[^']*'|"[^"]*"))+\s*,?\s*[\])}]"#).unwrap()
    });
    let string = STRING.get_or_init(|| regex::Regex::new(r#"'([^']*)'|"([^"]*)""#).unwrap());
    list.replace_all(rest, |c: &regex::Captures| {
        let stated = string.captures_iter(&c[0]).all(|s| {
            let label = s.get(1).or_else(|| s.get(2)).map_or("", |m| m.as_str());
            !label.trim().is_empty() && sentence.contains(label)
        });
        if stated { "_".to_string() } else { c[0].to_string() }
    })
}

/// A value no sentence needs to state: 0, 1, a literal's length, a tolerance (one significant
/// digit below 1: 1e-6, 0.01).
fn trivial(v: f64, lengths: &[f64]) -> bool {
    let tolerance = v > 0.0 && v < 1.0 && {
        let digits = format!("{v:e}");
        digits.split('e').next().is_some_and(|m| m.len() == 1)
    };
    v == 0.0 || v == 1.0 || lengths.contains(&v) || tolerance
}

/// The entry function's name in its signature or C prototype (`def f(x)`, `int f(int x)`, `f`).
pub fn entry_name(entry: &str) -> String {
    let sig = entry.trim().trim_start_matches("def ");
    crate::pipeline::plan::function_name(sig).unwrap_or_else(|| sig.split('(').next().unwrap_or(sig).trim().to_string())
}

/// The check every candidate gets besides the stated ones: the module imports (Python) or
/// compiles and links (C) and defines the entry — traced to the requirement's sentence that
/// names the entry. None when no sentence names it.
pub fn builds_check(lang: Language, entry: &str, requirement: &str) -> Option<Check> {
    let name = entry_name(entry);
    let sentence = sentences(requirement).into_iter().find(|s| s.contains(&format!("{name}(")))?;
    let code = match lang {
        Language::Python => format!("assert callable({name})"),
        Language::C => format!("assert(&{name} != 0);"),
    };
    Some(Check { sentence, code })
}

/// Runs checks against code in the sandbox.
pub struct Runner {
    sandbox: Sandbox,
    python: PathBuf,
    cc: String,
}

impl Runner {
    /// The strongest sandbox this machine allows (probed once per process) and the
    /// evaluation interpreter (GPIOT_PYTHON, else python3).
    pub fn shared() -> &'static Runner {
        use std::sync::OnceLock;
        static RUNNER: OnceLock<Runner> = OnceLock::new();
        RUNNER.get_or_init(|| Runner {
            sandbox: Sandbox::probe(),
            python: PathBuf::from(crate::models::install::python()),
            cc: std::env::var("CC").unwrap_or_else(|_| "cc".into()),
        })
    }

    /// The checks that reach a stub of `entry` (a signature or C prototype); the others are
    /// counted in `not_running`.
    pub fn keep_running(&self, lang: Language, entry: &str, set: &mut CheckSet) {
        let stub = stub(lang, entry);
        let (running, failing): (Vec<Check>, Vec<Check>) = std::mem::take(&mut set.checks).into_iter().partition(|c| {
            let out = self.run_one(lang, &stub, entry, c);
            match lang {
                Language::Python => out.stderr.contains(STUB_MARK),
                Language::C => out.exit_code == Some(STUB_EXIT),
            }
        });
        set.checks = running;
        set.not_running += failing.len() as u32;
        set.dropped.extend(failing.into_iter().map(|c| Dropped { reason: "not running", sentence: c.sentence, code: c.code }));
    }

    /// Runs every check against `module` (a whole Python module or C file).
    pub fn run(&self, lang: Language, module: &str, entry: &str, checks: &[Check]) -> Vec<CheckResult> {
        checks
            .iter()
            .map(|c| {
                let out = self.run_one(lang, module, entry, c);
                CheckResult { passed: out.success(), output: if out.success() { String::new() } else { failure_line(&out) } }
            })
            .collect()
    }

    fn run_one(&self, lang: Language, module: &str, entry: &str, check: &Check) -> Outcome {
        let Ok(dir) = tempfile::Builder::new().prefix("gpiot-check-").tempdir() else {
            return Outcome { spawn_error: Some("cannot create a temporary folder".into()), ..Outcome::default() };
        };
        let limits = Limits { timeout: CHECK_TIMEOUT, ..Limits::default() };
        match lang {
            Language::Python => {
                let harness = format!("import math\nimport numpy as np\nfrom solution import *\n\n{}\n", check.code);
                if write(dir.path(), &[("solution.py", module), ("check.py", &harness)]).is_err() {
                    return Outcome { spawn_error: Some("cannot write the check".into()), ..Outcome::default() };
                }
                self.sandbox.run(&self.python, &["check.py".into()], dir.path(), &[], &limits)
            }
            Language::C => {
                let harness = format!(
                    "#include <assert.h>\n#include <math.h>\n#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n{};\n\nint main(void) {{\n{}\nreturn 0;\n}}\n",
                    entry.trim().trim_end_matches(';'),
                    check.code
                );
                if write(dir.path(), &[("solution.c", module), ("check.c", &harness)]).is_err() {
                    return Outcome { spawn_error: Some("cannot write the check".into()), ..Outcome::default() };
                }
                let args: Vec<String> = ["-std=c11", "-O1", "-o", "check", "check.c", "solution.c", "-lm"].map(String::from).to_vec();
                let compile = self.sandbox.run(Path::new(&self.cc), &args, dir.path(), &[], &Limits { timeout: COMPILE_TIMEOUT, ..limits.clone() });
                if !compile.success() {
                    return compile;
                }
                self.sandbox.run(&dir.path().join("check"), &[], dir.path(), &[], &limits)
            }
        }
    }
}

fn write(dir: &Path, files: &[(&str, &str)]) -> std::io::Result<()> {
    for (name, text) in files {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

/// A module with only `entry`, which signals that it was called: Python raises, C exits 77.
pub fn stub(lang: Language, entry: &str) -> String {
    match lang {
        Language::Python => {
            let sig = entry.trim().trim_start_matches("def ").trim_end_matches(':').trim();
            let name = sig.split('(').next().unwrap_or(sig).trim();
            // The entry's own parameters, so a check calling it wrongly fails here; a
            // signature that is not Python takes anything.
            let def = if crate::pipeline::code::analyse(&format!("def {sig}:\n    pass\n"), lang).errors.is_empty() {
                format!("def {sig}:")
            } else {
                format!("def {name}(*args, **kwargs):")
            };
            format!("class {STUB_MARK}(Exception):\n    pass\n\n\n{def}\n    raise {STUB_MARK}()\n")
        }
        Language::C => format!(
            "#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <stdlib.h>\n\n{} {{\n    exit({STUB_EXIT});\n}}\n",
            entry.trim().trim_end_matches(';')
        ),
    }
}

/// The line that says why a check failed: the assertion or exception, or the first compile error.
fn failure_line(o: &Outcome) -> String {
    if o.timed_out {
        return format!("timed out after {} s", CHECK_TIMEOUT.as_secs());
    }
    if let Some(e) = &o.spawn_error {
        return e.clone();
    }
    let text = if o.stderr.trim().is_empty() { &o.stdout } else { &o.stderr };
    let line = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.starts_with("  File") && !l.trim().chars().all(|c| c == '^' || c == '~'))
        .or_else(|| text.lines().find(|l| l.contains("error")))
        .unwrap_or("")
        .trim();
    // A bare `AssertionError`: the statement that failed is the line above it.
    let markers = |l: &&str| l.trim().chars().all(|c| c == '^' || c == '~');
    let line = match text.lines().rev().filter(|l| !l.trim().is_empty() && !markers(l)).take(2).collect::<Vec<_>>()[..] {
        [last, code] if last.trim() == "AssertionError" && !line.is_empty() => format!("AssertionError: {}", code.trim()),
        _ if line.is_empty() => o.summary(),
        _ => line.to_string(),
    };
    line.chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const REQ: &str = "Requirement: implement crc8(const uint8_t *data, size_t len) with polynomial 0x31,\ninitial value 0xFF; for example crc8 of {0xBE, 0xEF} is 0x92. Return 0xFF for len 0.";

    #[test]
    fn a_check_traces_to_a_sentence_of_the_requirement_only() {
        let example = "for example crc8 of {0xBE, 0xEF} is 0x92.";
        assert_eq!(traced_sentence("for example crc8 of {0xBE, 0xEF} is 0x92", REQ).as_deref(), Some(example));
        assert_eq!(traced_sentence("For example crc8 of {0xBE,\n 0xEF} is 0x92.", REQ).as_deref(), Some(example), "line breaks and case aside");
        assert_eq!(traced_sentence("Returns 0xFF for len 0", REQ).as_deref(), Some("Return 0xFF for len 0."), "a word changed");
        assert_eq!(traced_sentence("crc8 of {0x00} is 0xAC", REQ), None, "not in the requirement");
        assert_eq!(traced_sentence("0x92", REQ), None, "too short to trace");
        assert_eq!(
            traced_sentence("implement crc8(const uint8_t *data, size_t len) with polynomial 0x31, initial value 0xFF; for example crc8 of {0xBE, 0xEF} is 0x92.", REQ).as_deref(),
            Some("Requirement: implement crc8(const uint8_t *data, size_t len) with polynomial 0x31, initial value 0xFF; for example crc8 of {0xBE, 0xEF} is 0x92."),
            "a quote across the split at `;` traces to both sentences"
        );
    }

    #[test]
    fn a_checks_values_must_be_its_sentences() {
        assert!(values_traced("const uint8_t b[] = {0xBE, 0xEF};\nassert(crc8(b, 2) == 0x92);", "for example crc8 of {0xBE, 0xEF} is 0x92."));
        assert!(values_traced("assert list(scale([])) == []", "An empty list gives []."));
        assert!(values_traced("r = f([3600])\nassert abs(r[0] - 50.0) < 1e-6", "For example f([3600]) is [50.0]."));
        assert!(!values_traced("r = iqr_outliers([10, 20, 30, 40, 50])\nassert r == [0, 4]", "Return [] for an empty list."));
        assert!(!values_traced("assert abs(ntc(512) - 25.0) < 0.1", "ntc(512) gives 24.8."), "25.0 is not the sentence's");
        assert!(values_traced("int16_t x[2] = {0, 1};\nassert(f(x, 2) == 0);", "x is an int16_t array"), "0, 1, list lengths, type names");
        assert!(!values_traced("r = rolling([1, 2, 3, 4, 5], 2, 1)\nassert r == [2, 3]", "indices i >= window where x[i] deviates by k"), "made-up data");
        let sine = "t = np.arange(0, 10, 1 / 50)\nx = np.sin(2 * np.pi * 1.2 * t)\nassert abs(estimate_heart_rate(x, 50) - 72) <= 3";
        assert!(values_traced(sine, "For example, a 1.2 Hz sine sampled at 50 Hz for 10 s gives 72 bpm, within 3 bpm."), "2π is not a made-up value");
        assert!(!values_traced("x = np.sin(2 * np.pi * 5 * t)", "a 1.2 Hz sine"), "the frequency still must be the sentence's");
    }

    #[test]
    fn a_rule_checked_on_the_checks_own_inputs_is_a_property() {
        let rule = "Implement moving_average(x, k) that returns a list of floats of the same length;";
        let kind = |code: &str, sentence: &str| classify_values(code, sentence, "moving_average");
        assert_eq!(kind("r = moving_average([20.0, 21.5, 19.0], 2)\nassert len(r) == 3", rule), Values::Property);
        assert_eq!(kind("x = [20.0, 21.5, 19.0]\nr = moving_average(x, 2)\nassert len(r) == len(x)", rule), Values::Property, "inputs built before the call");
        assert_eq!(kind("assert moving_average([], 4) == []", "Return [] for an empty x."), Values::Property);
        assert_eq!(kind("r = moving_average([20.0, 22.0], 2)\nassert abs(r[1] - 21.0) < 1e-6", rule), Values::Invented, "an expected value made up");
        assert_eq!(kind("r = moving_average([2.0, 4.0], 2)\nassert r == [2.0, 3.0]", rule), Values::Invented, "an expected list made up");
        assert_eq!(kind("expected = [2.0, 3.0]\nassert moving_average([2.0, 4.0], 2) == expected", rule), Values::Invented, "a made-up value in a name");
        assert_eq!(kind("x = [20.0, 21.5]\nassert len(x) == 2", rule), Values::Invented, "the entry is never called");
        assert_eq!(kind("r = moving_average([1, 2], 1)\nassert len(r) == 2", rule), Values::Stated, "every value trivial");
        assert_eq!(kind("r = moving_average([1.0, 2.0, 3.0], 10) # assuming 10 samples per second", rule), Values::Property, "a comment asserts nothing");
        assert_eq!(kind("r = moving_average([1.0, 2.0], 2)\nassert r != '#' and r[0] == 7.5", rule), Values::Invented, "a # inside a string opens no comment");
        assert_eq!(kind("r = moving_average([1.0, 2.0], 2)\nassert r[0] == 7.5 # 7.5", rule), Values::Invented, "a value stays one when a comment repeats it");
        let typical = "float in[60];\nfloat out[20];\nfor (int i = 0; i < 60; i++) in[i] = (float)(i % 7);\nint m = decimate_avg(in, 60, 3, out);\nassert(m >= 0);";
        assert_eq!(classify_values(typical, "Implement int decimate_avg(const float *in, int n, int factor, float *out);", "decimate_avg"), Values::Property, "C inputs declared and filled in a loop");
        let braces = "float in[60], out[20];\nfor (int i = 0; i < 60; i++) {\n    in[i] = 1.0f;\n}\nassert(decimate_avg(in, 60, 3, out) == 20);";
        assert_eq!(classify_values(braces, "Implement int decimate_avg(const float *in, int n, int factor, float *out);", "decimate_avg"), Values::Invented, "the count 20 is made up");
        let c = "const uint8_t b[] = {0x07};\nassert(checksum16(b, 0) == 0); /* 0x07 is 7 */";
        assert_eq!(classify_values(c, "An empty buffer (n = 0) gives 0.", "checksum16"), Values::Property, "a C input array");
        let ema = "float in[] = {1.0, 2.0, 3.0, 4.0};\nfloat out[4];\nfloat alpha = 0.5;\nema(in, out, 4, alpha);\nassert(out[0] == in[0]);\nassert(out[3] == alpha*in[3] + (1-alpha)*out[2]);";
        let recurrence = "Implement void ema(const float *in, float *out, int n, float alpha) with out[0] = in[0], out[i] = alpha*in[i] + (1-alpha)*out[i-1].";
        assert_eq!(classify_values(ema, recurrence, "ema"), Values::Property, "indices are positions, not values");
        assert_eq!(classify_values(&ema.replace("(1-alpha)*out[2]", "2.5"), recurrence, "ema"), Values::Invented, "a value beside an index still is one");
        let every = "x = [float(i % 5) for i in range(100)]\nr = moving_average(x, 4)\nassert all(r[i] <= max(x) for i in range(len(r)))";
        assert_eq!(kind(every, rule), Values::Property, "a subscript is no list literal");
        let labels = "Implement classify(window) that returns 'standing', 'walking' or 'running'.";
        let member = "w = [[0.1 * i, 0.0, 1.0] for i in range(100)]\nassert classify(w) in ['standing', 'walking', 'running']";
        assert_eq!(classify_values(member, labels, "classify"), Values::Property, "one of the labels the sentence lists");
        assert_eq!(classify_values(&member.replace("'running'", "'cycling'"), labels, "classify"), Values::Invented, "a label the sentence does not name");
        let hr = "t = np.arange(0, 10, 1 / 50)\nx = np.sin(2 * np.pi * 5 * t)\nassert abs(estimate_heart_rate(x, 50) - 72) <= 3";
        assert_eq!(
            classify_values(hr, "For example, a 1.2 Hz sine sampled at 50 Hz for 10 s gives 72 bpm, within 3 bpm.", "estimate_heart_rate"),
            Values::Invented,
            "a stated result on an input of the check's own is not the sentence's example"
        );
    }

    /// The checks the prompts show the model are ones the filter keeps: traced to their
    /// sentence, and stated or a property.
    #[test]
    fn the_prompts_example_checks_are_kept() {
        for prompt in [include_str!("../../models/prompts/chat/checks.python.txt"), include_str!("../../models/prompts/chat/checks.c.txt")] {
            let turns: Vec<&str> = prompt.split("<<user>>\n").skip(1).filter(|t| !t.starts_with("{{requirement}}")).collect();
            assert!(!turns.is_empty());
            for turn in turns {
                let (question, answer) = turn.split_once("<<assistant>>\n").unwrap();
                let requirement = question.lines().next().unwrap();
                let entry = question.split('`').nth(1).unwrap();
                for c in parse(answer).unwrap() {
                    let sentence = traced_sentence(&c.sentence, requirement).unwrap_or_else(|| panic!("{:?} traces", c.sentence));
                    assert_ne!(classify_values(&c.code, &sentence, &entry_name(entry)), Values::Invented, "{c:?}");
                }
            }
        }
    }

    #[test]
    fn requirements_split_into_sentences() {
        assert_eq!(
            sentences(REQ),
            [
                "Requirement: implement crc8(const uint8_t *data, size_t len) with polynomial 0x31, initial value 0xFF;",
                "for example crc8 of {0xBE, 0xEF} is 0x92.",
                "Return 0xFF for len 0.",
            ]
        );
    }

    #[test]
    fn the_checks_json_parses_with_text_around_it() {
        let c = parse("{\"checks\": [{\"sentence\": \"s\", \"code\": \"assert f(1) == 2\"}]}\n").unwrap();
        assert_eq!(c, [Check { sentence: "s".into(), code: "assert f(1) == 2".into() }]);
        assert_eq!(parse("{\"checks\": []}").unwrap(), []);
        assert!(parse("no json").is_err());
        let cut = "{\"checks\": [{\"sentence\": \"s\", \"code\": \"assert f(1) == 2\"}, {\"sentence\": \"t\", \"code\": \"x = [0.0, 0.0, 0";
        assert_eq!(parse(cut).unwrap(), [Check { sentence: "s".into(), code: "assert f(1) == 2".into() }], "the checks finished before a cut are kept");
        assert!(parse("{\"checks\": [{\"sentence\": \"t\", \"code\": \"x = [0.0, 0").is_err());
    }

    #[test]
    fn every_candidate_is_checked_to_build_and_define_the_entry() {
        let c = builds_check(Language::C, "uint8_t crc8(const uint8_t *data, size_t len)", REQ).unwrap();
        assert_eq!(c.code, "assert(&crc8 != 0);");
        assert!(c.sentence.starts_with("Requirement: implement crc8("), "{c:?}");
        let py = builds_check(Language::Python, "iqr_outliers(values)", "Requirement: implement iqr_outliers(values) for a plug.").unwrap();
        assert_eq!(py.code, "assert callable(iqr_outliers)");
        assert!(builds_check(Language::Python, "other(x)", REQ).is_none(), "no sentence names it");
    }

    #[test]
    fn stubs_keep_the_entry_signature() {
        let py = stub(Language::Python, "iqr_outliers(values)");
        assert!(py.contains("def iqr_outliers(values):") && py.contains("raise GpiotStubCalled()"), "{py}");
        assert!(stub(Language::Python, "f(x: list of floats)").contains("def f(*args, **kwargs):"));
        assert!(stub(Language::C, "uint8_t crc8(const uint8_t *data, size_t len);").contains("uint8_t crc8(const uint8_t *data, size_t len) {\n    exit(77);"));
    }
}
