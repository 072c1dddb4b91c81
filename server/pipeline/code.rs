//! Generated code, read with tree-sitter: split imports from definitions, find syntax errors
//! and the functions it defines, and cut a truncated output back to its complete part.

use std::collections::HashSet;
use std::sync::LazyLock;

use tree_sitter::{Node, Parser, Query, QueryCursor, StreamingIterator, Tree};

use crate::language::Language;

/// What the guard learned about a piece of generated code.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub imports: Vec<String>,
    /// Everything else, in order, as source text.
    pub body: String,
    pub functions: Vec<String>,
    /// Top-level items other than imports: (function name if a function, source text).
    pub items: Vec<(Option<String>, String)>,
    /// Human-readable problems ("syntax error at line 3", ...). Empty = clean.
    pub errors: Vec<String>,
}

fn parse(src: &str, lang: Language) -> Tree {
    let mut parser = Parser::new();
    parser.set_language(&lang.tree_sitter()).expect("grammar version matches tree-sitter");
    parser.parse(src, None).expect("parsing without a timeout always yields a tree")
}

fn is_import(node: Node, lang: Language) -> bool {
    match lang {
        Language::Python => matches!(node.kind(), "import_statement" | "import_from_statement" | "future_import_statement"),
        Language::C => node.kind() == "preproc_include",
    }
}

fn function_name(node: Node, src: &str, lang: Language) -> Option<String> {
    match (lang, node.kind()) {
        (Language::Python, "function_definition") => node.child_by_field_name("name").map(|n| src[n.byte_range()].to_string()),
        (Language::Python, "decorated_definition") => node.child_by_field_name("definition").and_then(|d| function_name(d, src, lang)),
        (Language::C, "function_definition") => {
            let mut d = node.child_by_field_name("declarator")?;
            // Unwrap pointer declarators (`char *f(...)`) down to the function declarator.
            while d.kind() != "function_declarator" {
                d = d.child_by_field_name("declarator")?;
            }
            let name = d.child_by_field_name("declarator")?;
            Some(src[name.byte_range()].to_string())
        }
        _ => None,
    }
}

fn first_error(node: Node) -> Option<Node> {
    if node.is_error() || node.is_missing() {
        return Some(node);
    }
    if !node.has_error() {
        return None;
    }
    let mut cursor = node.walk();
    let found = node.children(&mut cursor).find_map(first_error);
    found.or(Some(node))
}

fn runs_on_import(node: Node, lang: Language) -> bool {
    lang == Language::Python && node.kind() == "expression_statement" && {
        // Docstrings and constants are fine; calls, prints and the like are not.
        let mut c = node.walk();
        let r = node.children(&mut c).any(|ch| !matches!(ch.kind(), "string" | "assignment" | "augmented_assignment" | "comment"));
        r
    }
}

/// Whether a top-level item is only a comment.
pub fn is_comment(text: &str, lang: Language) -> bool {
    let t = text.trim_start();
    match lang {
        Language::C => (t.starts_with("/*") && t.trim_end().ends_with("*/") && t.matches("*/").count() == 1) || t.starts_with("//"),
        Language::Python => t.lines().all(|l| l.trim_start().starts_with('#')),
    }
}

pub fn analyse(src: &str, lang: Language) -> Analysis {
    let tree = parse(src, lang);
    let root = tree.root_node();
    let mut a = Analysis::default();
    let mut body_parts = Vec::new();
    let mut cursor = root.walk();
    for node in root.children(&mut cursor) {
        let text = &src[node.byte_range()];
        if is_import(node, lang) && !node.has_error() {
            a.imports.push(text.trim_end().to_string());
            continue;
        }
        let name = function_name(node, src, lang);
        if let Some(name) = &name {
            a.functions.push(name.clone());
        }
        if runs_on_import(node, lang) {
            // Top-level calls in a library module run on import (and crash judges): drop.
            continue;
        }
        body_parts.push(text.trim_end().to_string());
        a.items.push((name, text.trim_end().to_string()));
    }
    a.body = body_parts.join("\n\n");
    if let Some(err) = first_error(root) {
        let line = err.start_position().row + 1;
        let what = if err.is_missing() { format!("missing `{}`", err.kind()) } else { "syntax error".to_string() };
        a.errors.push(format!("{what} at line {line}"));
    }
    a
}

/// Keeps the leading top-level nodes that parse cleanly: a completion cut off by the token
/// limit still yields its finished functions.
pub fn complete_prefix(src: &str, lang: Language) -> String {
    let tree = parse(src, lang);
    let root = tree.root_node();
    let mut end = 0;
    let mut cursor = root.walk();
    for node in root.children(&mut cursor) {
        if node.has_error() || node.is_error() || node.is_missing() {
            break;
        }
        end = node.end_byte();
    }
    src[..end].to_string()
}

/// Python's callable builtins (3.11, plus names later versions keep): calls the guard never
/// reports.
const PYTHON_BUILTINS: &[&str] = &[
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "EncodingWarning", "EnvironmentError", "Exception", "ExceptionGroup",
    "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit",
    "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError",
    "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
    "ModuleNotFoundError", "NameError", "NotADirectoryError", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError",
    "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError",
    "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
    "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
    "__import__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
    "bytes", "callable", "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr",
    "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset",
    "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass",
    "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct",
    "open", "ord", "pow", "print", "property", "quit", "range", "repr", "reversed", "round", "set",
    "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
];

static PYTHON_NAMES: LazyLock<Query> = LazyLock::new(|| {
    Query::new(&Language::Python.tree_sitter(), include_str!("../../queries/python/names.scm"))
        .unwrap_or_else(|e| panic!("queries/python/names.scm: {e}"))
});

/// Bare names the Python code calls that nothing binds — no definition, parameter,
/// assignment, import or builtin, and not one of `known` (functions defined elsewhere in the
/// module). Each would raise NameError when reached. A `from x import *` disables the check.
pub fn undefined_calls(src: &str, known: &[String]) -> Vec<String> {
    let tree = parse(src, Language::Python);
    let q = &*PYTHON_NAMES;
    let (mut calls, mut bound) = (Vec::new(), HashSet::new());
    let mut cursor = QueryCursor::new();
    let mut matches = cursor.matches(q, tree.root_node(), src.as_bytes());
    while let Some(m) = matches.next() {
        for c in m.captures {
            let text = &src[c.node.byte_range()];
            match q.capture_names()[c.index as usize] {
                "call" => calls.push(text.to_string()),
                "bind" => {
                    bound.insert(text.to_string());
                }
                "star" => return Vec::new(),
                _ => {}
            }
        }
    }
    let mut seen = HashSet::new();
    calls
        .into_iter()
        .filter(|c| !bound.contains(c) && !known.contains(c) && !PYTHON_BUILTINS.contains(&c.as_str()))
        .filter(|c| seen.insert(c.clone()))
        .collect()
}

/// Renames the identifier `from` to `to` everywhere it is an identifier (definitions, calls,
/// references) — by syntax tree, so strings and comments keep their words.
pub fn rename_identifier(src: &str, lang: Language, from: &str, to: &str) -> String {
    let tree = parse(src, lang);
    let mut ranges: Vec<_> = named_descendants(tree.root_node())
        .filter(|n| n.kind() == "identifier" && &src[n.byte_range()] == from)
        .map(|n| n.byte_range())
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut out = String::with_capacity(src.len());
    let mut at = 0;
    for r in ranges {
        out.push_str(&src[at..r.start]);
        out.push_str(to);
        at = r.end;
    }
    out.push_str(&src[at..]);
    out
}

/// The one name among `candidates` that is a near miss for `wanted` — a model's misspelling
/// such as `irq_outliers` for `iqr_outliers`: at most 2 edits apart (1 for short names), and
/// no other candidate as close.
pub fn near_miss<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = if wanted.len() >= 8 { 2 } else { 1 };
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for c in candidates {
        let d = strsim::levenshtein(wanted, c);
        if d == 0 || d > limit {
            continue;
        }
        match best {
            Some((bd, _)) if d > bd => {}
            Some((bd, _)) if d == bd => tie = true,
            _ => {
                best = Some((d, c));
                tie = false;
            }
        }
    }
    if tie {
        None
    } else {
        best.map(|(_, c)| c)
    }
}

/// The top-level definition of the function `name` in `tree`.
fn definition<'t>(tree: &'t Tree, src: &str, lang: Language, name: &str) -> Option<Node<'t>> {
    let root = tree.root_node();
    let mut cursor = root.walk();
    let found = root.children(&mut cursor).find(|n| function_name(*n, src, lang).as_deref() == Some(name));
    found
}

/// `node` and every named node below it, depth first. (Identifiers, calls and errors are all
/// named; anonymous nodes are the grammar's literal tokens, leaves.)
fn named_descendants(node: Node) -> impl Iterator<Item = Node> {
    let mut stack = vec![node];
    std::iter::from_fn(move || {
        let n = stack.pop()?;
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
        Some(n)
    })
}

/// A top-level definition's function: in Python the one under any decorators.
fn undecorated(def: Node, lang: Language) -> Option<Node> {
    if lang == Language::Python && def.kind() == "decorated_definition" {
        def.child_by_field_name("definition")
    } else {
        Some(def)
    }
}

/// The parameter nodes of the function `name` defined at the top of `tree` (`f(void)` in C:
/// none).
fn parameter_nodes<'t>(tree: &'t Tree, src: &str, lang: Language, name: &str) -> Option<Vec<Node<'t>>> {
    parameters_of(undecorated(definition(tree, src, lang, name)?, lang)?, src, lang)
}

/// The parameter nodes of the function node `func` (see [`undecorated`]).
fn parameters_of<'t>(func: Node<'t>, src: &str, lang: Language) -> Option<Vec<Node<'t>>> {
    let params = match lang {
        Language::Python => func.child_by_field_name("parameters")?,
        Language::C => {
            let mut d = func.child_by_field_name("declarator")?;
            while d.kind() != "function_declarator" {
                d = d.child_by_field_name("declarator")?;
            }
            d.child_by_field_name("parameters")?
        }
    };
    let mut c = params.walk();
    let items: Vec<Node> = params
        .named_children(&mut c)
        .filter(|p| !matches!(p.kind(), "comment" | "keyword_separator" | "positional_separator"))
        .collect();
    let only_void = lang == Language::C && items.len() == 1 && src[items[0].byte_range()].trim() == "void";
    Some(if only_void { Vec::new() } else { items })
}

/// Does the function `name` defined at the top of `src` call itself? Generated pipeline code
/// almost never means to recurse: a self-call is the model echoing the signature it was
/// asked to implement (`def f(x): return f(x)`), which never returns.
pub fn calls_itself(src: &str, lang: Language, name: &str) -> bool {
    let tree = parse(src, lang);
    let Some(def) = definition(&tree, src, lang, name) else {
        return false;
    };
    let call_kind = match lang {
        Language::Python => "call",
        Language::C => "call_expression",
    };
    let found = named_descendants(def).any(|node| {
        node.kind() == call_kind
            && node.child_by_field_name("function").is_some_and(|f| f.kind() == "identifier" && &src[f.byte_range()] == name)
    });
    found
}

/// The parameters of the function `name` defined at the top of `src` that its body never
/// mentions, in order. A generated function that ignores an input it declares usually copied
/// a neighbouring function (an example's body with the example's names, or the wrong
/// algorithm), so the guard asks again. Not counted: Python's `self`/`cls`, `*args`/`**kwargs`
/// and `_`-prefixed names (the language's ways of saying "unused on purpose"); C's
/// `(void)x;` mentions `x`, so it counts as a use.
pub fn unused_parameters(src: &str, lang: Language, name: &str) -> Vec<String> {
    let tree = parse(src, lang);
    let Some(func) = definition(&tree, src, lang, name).and_then(|d| undecorated(d, lang)) else {
        return Vec::new();
    };
    let (Some(params), Some(body)) = (parameters_of(func, src, lang), func.child_by_field_name("body")) else {
        return Vec::new();
    };
    let used: HashSet<&str> =
        named_descendants(body).filter(|n| n.kind() == "identifier").map(|n| &src[n.byte_range()]).collect();
    params
        .into_iter()
        .filter(|p| !(lang == Language::Python && matches!(p.kind(), "list_splat_pattern" | "dictionary_splat_pattern")))
        .filter_map(|p| first_identifier(p).map(|id| &src[id.byte_range()]))
        .filter(|n| !used.contains(n) && !n.starts_with('_') && !(lang == Language::Python && matches!(*n, "self" | "cls")))
        .map(String::from)
        .collect()
}

/// How many parameters the function `name` defined in `src` takes (`f(void)` in C: 0).
pub fn parameter_count(src: &str, lang: Language, name: &str) -> Option<usize> {
    let tree = parse(src, lang);
    parameter_nodes(&tree, src, lang, name).map(|p| p.len())
}

/// A bare signature (`f(a, b)`, or a C prototype) as a parsable definition.
fn signature_source(signature: &str, lang: Language) -> String {
    match lang {
        Language::Python => format!("def {signature}:\n    pass\n"),
        Language::C => format!("{signature} {{}}\n"),
    }
}

/// The parameter count of a bare signature (`f(a, b)`, or a C prototype).
pub fn signature_parameter_count(signature: &str, lang: Language, name: &str) -> Option<usize> {
    parameter_count(&signature_source(signature, lang), lang, name)
}

/// A parameter of a signature: its name and, in C, its type as written (`const float *`).
#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub c_type: Option<String>,
}

/// The parameters of a bare signature, in order; None when it does not parse as one function.
pub fn signature_parameters(signature: &str, lang: Language) -> Option<Vec<Parameter>> {
    let name = crate::pipeline::plan::function_name(signature)?;
    let src = signature_source(signature, lang);
    let tree = parse(&src, lang);
    let nodes = parameter_nodes(&tree, &src, lang, &name)?;
    nodes
        .into_iter()
        .map(|node| {
            let id = first_identifier(node)?;
            let c_type = (lang == Language::C).then(|| {
                let text = format!("{}{}", &src[node.start_byte()..id.start_byte()], &src[id.end_byte()..node.end_byte()]);
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            });
            Some(Parameter { name: src[id.byte_range()].to_string(), c_type })
        })
        .collect()
}

/// Why a bare signature declares no usable function — it does not parse, a parameter has no
/// name (`f(in, int n)` in C), or a name is taken twice — or None when it is fine.
pub fn signature_problem(signature: &str, lang: Language) -> Option<String> {
    let src = signature_source(signature, lang);
    if !analyse(&src, lang).errors.is_empty() {
        return Some(format!("`{signature}` does not parse"));
    }
    let Some(params) = signature_parameters(signature, lang) else {
        return Some(format!("`{signature}` has a parameter without a name"));
    };
    let mut seen = HashSet::new();
    if let Some(twice) = params.iter().find(|p| !seen.insert(p.name.as_str())) {
        return Some(format!("`{signature}` names `{}` twice", twice.name));
    }
    if lang == Language::C && params.iter().any(|p| p.c_type.as_deref().is_none_or(str::is_empty)) {
        return Some(format!("`{signature}` has a parameter without a type"));
    }
    None
}

/// The name a parameter binds: the first identifier in it (Python's `x=1`, `x: int`, `*xs`;
/// C's declarator under its pointer or array wrappers — the type comes first but is not an
/// `identifier` node).
fn first_identifier(node: Node) -> Option<Node> {
    if node.kind() == "identifier" {
        return Some(node);
    }
    if let Some(d) = node.child_by_field_name("declarator") {
        return first_identifier(d);
    }
    let mut c = node.walk();
    let found = node.named_children(&mut c).find_map(first_identifier);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_imports_and_functions_are_separated() {
        let a = analyse("import numpy as np\n\ndef f(x):\n    return np.mean(x)\n", Language::Python);
        assert_eq!(a.imports, vec!["import numpy as np"]);
        assert_eq!(a.functions, vec!["f"]);
        assert!(a.errors.is_empty());
    }

    #[test]
    fn c_pointer_function_name_is_found_and_errors_reported() {
        let a = analyse("#include <stdint.h>\nchar *f(int x) { return 0; }\nint g( {\n", Language::C);
        assert_eq!(a.imports, vec!["#include <stdint.h>"]);
        assert_eq!(a.functions.first().map(String::as_str), Some("f"));
        assert_eq!(a.errors.len(), 1);
    }

    #[test]
    fn calls_to_names_bound_nowhere_are_reported() {
        let src = "import numpy as np\nfrom scipy.signal import butter as bt\n\ndef f(x, *rest, k=2):\n    y = smooth(x)\n    \
                   z = [g(v) for v in x]\n    b, a = bt(2, 0.1)\n    np.mean(x)\n    w = len(x) + helper(x) + k(1) + rest(2)\n    \
                   return enumerate_values(x, y)\n\ndef g(v):\n    return abs(v)\n";
        assert_eq!(undefined_calls(src, &["helper".to_string()]), vec!["smooth", "enumerate_values"]);
        assert!(undefined_calls("from m import *\nf(1)\n", &[]).is_empty());
    }

    #[test]
    fn parameters_are_counted_in_definitions_and_signatures() {
        assert_eq!(parameter_count("def f(a, b=1, *c, d, **e):\n    pass\n", Language::Python, "f"), Some(5));
        assert_eq!(parameter_count("@dec\ndef f(a):\n    pass\n", Language::Python, "f"), Some(1));
        assert_eq!(parameter_count("def f(a):\n    pass\n", Language::Python, "g"), None);
        assert_eq!(signature_parameter_count("remove_baseline(ecg, fs)", Language::Python, "remove_baseline"), Some(2));
        assert_eq!(
            signature_parameter_count("uint8_t crc8(const uint8_t *data, size_t len)", Language::C, "crc8"),
            Some(2)
        );
        assert_eq!(signature_parameter_count("void tick(void)", Language::C, "tick"), Some(0));
        assert_eq!(parameter_count("char *f(int a, int b) { return 0; }", Language::C, "f"), Some(2));
    }

    #[test]
    fn signature_parameters_give_names_and_c_types() {
        let names = |sig, lang| signature_parameters(sig, lang).map(|ps| ps.into_iter().map(|p| (p.name, p.c_type)).collect::<Vec<_>>());
        assert_eq!(
            names("estimate(samples, fs: float, k=3, *rest)", Language::Python),
            Some(vec![("samples".into(), None), ("fs".into(), None), ("k".into(), None), ("rest".into(), None)])
        );
        assert_eq!(
            names("void ema_filter(const float *in, float *out, int n, float alpha)", Language::C),
            Some(vec![
                ("in".into(), Some("const float *".into())),
                ("out".into(), Some("float *".into())),
                ("n".into(), Some("int".into())),
                ("alpha".into(), Some("float".into()))
            ])
        );
        assert_eq!(names("int16_t last(const int16_t buf[], size_t n)", Language::C).unwrap()[0], ("buf".into(), Some("const int16_t []".into())));
        assert_eq!(names("uint8_t status(void)", Language::C), Some(vec![]));
    }

    #[test]
    fn signatures_that_declare_no_usable_function_are_named() {
        let c = |sig| signature_problem(sig, Language::C);
        assert_eq!(c("void ema_filter(const float *in, float *out, int n, float alpha)"), None);
        assert_eq!(c("uint8_t status(void)"), None);
        assert!(c("float decimate_mean(in, int n, float *out)").is_some());
        assert!(c("float m_sqrt(ax^2+ay^2+az^2)").is_some());
        assert!(c("size_t glitches(const float *n, size_t n)").unwrap().contains("twice"));
        let py = |sig| signature_problem(sig, Language::Python);
        assert_eq!(py("estimate(samples, fs=50.0)"), None);
        assert!(py("estimate(samples fs)").is_some());
        assert!(py("estimate(x, x)").is_some());
    }

    #[test]
    fn a_function_calling_itself_is_found() {
        assert!(calls_itself("def f(x):\n    y = f(x, 3)\n    return y\n", Language::Python, "f"));
        assert!(!calls_itself("def f(x):\n    return g(x)\n\ndef g(x):\n    return f\n", Language::Python, "f"));
        assert!(calls_itself("int f(int n)\n{\n    return n ? f(n - 1) : 0;\n}\n", Language::C, "f"));
        assert!(!calls_itself("int f(int n)\n{\n    return g(n);\n}\n", Language::C, "f"));
    }

    #[test]
    fn parameters_the_body_never_mentions_are_found() {
        let py = |src| unused_parameters(src, Language::Python, "f");
        assert_eq!(py("def f(x, fs, k=3):\n    return [v * k for v in x]\n"), vec!["fs"]);
        assert!(py("def f(self, x, *args, _fs=1, **kw):\n    return len(x)\n").is_empty());
        assert!(py("@cache\ndef f(x):\n    return lambda: x\n").is_empty());
        assert!(py("def g(x):\n    return 1\n").is_empty(), "no function f: nothing to say");
        let c = |src| unused_parameters(src, Language::C, "f");
        assert_eq!(c("int f(const int *in, int n, int k)\n{\n    return in[0];\n}\n"), vec!["n", "k"]);
        assert!(c("void f(int *out, size_t n)\n{\n    (void)n;\n    out[0] = 0;\n}\n").is_empty());
        assert!(c("int f(void)\n{\n    return 1;\n}\n").is_empty());
    }

    #[test]
    fn renaming_touches_identifiers_only() {
        let src = "def irq_outliers(v):\n    \"\"\"irq_outliers docs\"\"\"\n    return irq_outliers(v[1:]) # irq_outliers\n";
        assert_eq!(
            rename_identifier(src, Language::Python, "irq_outliers", "iqr_outliers"),
            "def iqr_outliers(v):\n    \"\"\"irq_outliers docs\"\"\"\n    return iqr_outliers(v[1:]) # irq_outliers\n"
        );
        let c = "int crc_8(int x) { return crc_8(x - 1); }\n";
        assert_eq!(rename_identifier(c, Language::C, "crc_8", "crc8"), "int crc8(int x) { return crc8(x - 1); }\n");
    }

    #[test]
    fn near_misses_are_close_and_unambiguous() {
        assert_eq!(near_miss("iqr_outliers", ["irq_outliers", "helper"]), Some("irq_outliers"));
        assert_eq!(near_miss("crc8", ["crc16", "crc_8"]), Some("crc_8"));
        assert_eq!(near_miss("peak", ["peaks", "pear"]), None, "two at the same distance");
        assert_eq!(near_miss("bandpass", ["lowpass"]), None, "too far");
        assert_eq!(near_miss("smooth", ["smooth"]), None, "the name itself is not a miss");
    }

    #[test]
    fn truncated_output_keeps_complete_functions() {
        let src = "def a():\n    return 1\n\ndef b(:\n    ret";
        assert_eq!(complete_prefix(src, Language::Python), "def a():\n    return 1");
    }
}
