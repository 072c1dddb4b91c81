//! Putting generated pieces together: imports merged without duplicates at the top, task
//! functions in order, the entry function last.

use std::sync::LazyLock;

use regex::Regex;

use crate::language::Language;

/// The C standard headers a module needs by what its code names (types, macros, calls);
/// a generated function often uses `uint8_t` or `sqrtf` without including the header.
/// The guard's compile check (c_check.rs) assumes these headers, so this keeps the module
/// the judge or the user compiles equal to what was checked.
pub fn c_standard_includes(code: &str) -> Vec<String> {
    static NEEDS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
        [
            ("stdint.h", r"\b(u?int(8|16|32|64)_t|u?int_(fast|least)(8|16|32|64)_t|U?INT(8|16|32|64)_(MAX|MIN)|UINT(8|16|32|64)_MAX|uintptr_t)\b"),
            ("stddef.h", r"\b(size_t|ptrdiff_t|NULL|offsetof)\b"),
            ("stdbool.h", r"\b(bool|true|false)\b"),
            ("string.h", r"\b(mem(cpy|set|move|cmp|chr)|str(len|n?cmp|n?cpy|n?cat|chr|rchr|str|tok))\s*\("),
            ("math.h", r"\b((sqrt|fabs|atan2|atan|asin|acos|sin|cos|tan|exp|log|log10|log2|pow|floor|ceil|round|lround|fmin|fmax|fmod|hypot|trunc)f?\s*\(|M_PI|NAN|INFINITY|isnan|isinf)"),
            ("stdlib.h", r"\b(abs|labs|llabs|atoi|atol|strtol|strtoul|strtod|qsort|bsearch)\s*\("),
            ("stdio.h", r"\b(s?n?printf|puts|putchar)\s*\("),
        ]
        .into_iter()
        .map(|(h, re)| (h, Regex::new(re).expect("valid header pattern")))
        .collect()
    });
    NEEDS.iter().filter(|(_, re)| re.is_match(code)).map(|(h, _)| format!("#include <{h}>")).collect()
}

/// Python modules a generated function may use without importing them itself, and the
/// import that binds each name. The guard accepts these names (py_check.rs; another function's
/// import serves this one once the module is merged), so the module must import them.
pub const PY_MODULES: &[(&str, &str)] = &[
    ("np", "import numpy as np"),
    ("numpy", "import numpy"),
    ("math", "import math"),
    ("statistics", "import statistics"),
    ("collections", "import collections"),
    ("itertools", "import itertools"),
    ("re", "import re"),
    ("json", "import json"),
    ("struct", "import struct"),
    ("time", "import time"),
    ("csv", "import csv"),
    ("signal", "from scipy import signal"),
    ("scipy", "import scipy.signal"),
];

/// scipy.signal functions a generated function may call by their bare name.
pub const SCIPY_SIGNAL_FUNCTIONS: &[&str] = &[
    "butter", "cheby1", "cheby2", "ellip", "bessel", "iirfilter", "iirnotch", "iirpeak", "firwin", "filtfilt",
    "lfilter", "lfilter_zi", "sosfilt", "sosfiltfilt", "sosfilt_zi", "freqz", "find_peaks", "peak_prominences",
    "medfilt", "savgol_filter", "welch", "periodogram", "spectrogram", "detrend", "resample", "resample_poly",
    "decimate", "hilbert",
];

/// Names a Python function may use that the assembled module imports when they are used.
pub fn python_auto_imported() -> impl Iterator<Item = &'static str> {
    PY_MODULES.iter().map(|(name, _)| *name).chain(SCIPY_SIGNAL_FUNCTIONS.iter().copied())
}

/// The imports `code` needs for the names of [`PY_MODULES`] and [`SCIPY_SIGNAL_FUNCTIONS`] it
/// uses and that neither `imports` bind nor the code defines.
pub fn python_standard_imports(code: &str, imports: &[String]) -> Vec<String> {
    static IDENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[A-Za-z_][A-Za-z_0-9]*").expect("valid pattern"));
    let mut bound: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for line in imports {
        let line = line.trim();
        let names = if let Some(rest) = line.strip_prefix("from ") {
            rest.split_once(" import ").map_or("", |(_, n)| n)
        } else {
            line.strip_prefix("import ").unwrap_or("")
        };
        for item in names.trim_matches(|c| c == '(' || c == ')').split(',') {
            let item = item.trim();
            // `import a.b` binds `a`; `x as y` binds `y`.
            let name = item.rsplit(" as ").next().unwrap_or(item).trim();
            bound.insert(name.split('.').next().unwrap_or(name));
        }
    }
    static LOCAL: LazyLock<Regex> = LazyLock::new(|| {
        // Parameters (`def f(signal, fs=50)`), assignments and loop variables: a local named
        // like a module (`signal.mean()` on a parameter) must not pull the module in.
        Regex::new(r"(?m)(?:[(,]\s*|^\s*|\bfor\s+)([A-Za-z_][A-Za-z_0-9]*)\s*(?:[=,):]|\bin\b)").expect("valid pattern")
    });
    let a = super::code::analyse(code, Language::Python);
    let mut defined: std::collections::HashSet<&str> = a.functions.iter().map(String::as_str).collect();
    defined.extend(LOCAL.captures_iter(code).filter_map(|c| c.get(1)).map(|m| m.as_str()).filter(|n| *n != "import"));
    let mut used_modules = std::collections::HashSet::new();
    let mut called = std::collections::HashSet::new();
    for m in IDENT.find_iter(code) {
        let before = code[..m.start()].chars().next_back();
        if matches!(before, Some('.')) {
            continue; // an attribute, not a name
        }
        let after = code[m.end()..].trim_start();
        if after.starts_with('.') {
            used_modules.insert(m.as_str());
        } else if after.starts_with('(') {
            called.insert(m.as_str());
        }
    }
    let mut out = Vec::new();
    for (name, import) in PY_MODULES {
        if used_modules.contains(name) && !bound.contains(name) && !defined.contains(name) {
            out.push(import.to_string());
        }
    }
    let wanted: Vec<&str> = SCIPY_SIGNAL_FUNCTIONS
        .iter()
        .copied()
        .filter(|f| called.contains(f) && !bound.contains(f) && !defined.contains(f))
        .collect();
    if !wanted.is_empty() {
        out.push(format!("from scipy.signal import {}", wanted.join(", ")));
    }
    out
}

/// A module's imports: the generated ones merged, plus the standard headers (C) or modules
/// (Python) that `code` uses without them.
pub fn module_imports<'a>(lang: Language, imports: impl IntoIterator<Item = &'a String>, code: &str) -> Vec<String> {
    let mut all: Vec<String> = imports.into_iter().cloned().collect();
    match lang {
        Language::C => all.extend(c_standard_includes(code)),
        Language::Python => {
            let extra = python_standard_imports(code, &all);
            all.extend(extra);
        }
    }
    merge_imports(&all)
}

/// Merges import lines, keeping first-seen order and dropping exact duplicates (after
/// whitespace normalisation). `from __future__` imports go first, as Python requires.
pub fn merge_imports<'a>(groups: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<String> = Vec::new();
    for line in groups {
        let key = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !key.is_empty() && seen.insert(key) {
            out.push(line.trim().to_string());
        }
    }
    out.sort_by_key(|l| !l.starts_with("from __future__"));
    out
}

/// The module text: imports, then the definitions.
pub fn module(lang: Language, imports: &[String], parts: &[String]) -> String {
    let sep = match lang {
        Language::Python => "\n\n\n",
        Language::C => "\n\n",
    };
    let mut out = String::new();
    if !imports.is_empty() {
        out.push_str(&imports.join("\n"));
        out.push_str(sep);
    }
    let body: Vec<&str> = parts.iter().map(|p| p.trim_end()).filter(|p| !p.is_empty()).collect();
    out.push_str(&body.join(sep));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn python_modules_and_scipy_functions_used_without_an_import_are_imported() {
        let code = "def f(x, fs):\n    b, a = iirnotch(50.0, 30.0, fs)\n    y = filtfilt(b, a, np.asarray(x))\n    return math.sqrt(float(np.mean(y ** 2)))\n";
        let have = vec!["from scipy.signal import filtfilt".to_string()];
        assert_eq!(python_standard_imports(code, &have), ["import numpy as np", "import math", "from scipy.signal import iirnotch"]);
        assert_eq!(
            module_imports(Language::Python, &have, code),
            ["from scipy.signal import filtfilt", "import numpy as np", "import math", "from scipy.signal import iirnotch"]
        );
    }

    #[test]
    fn names_the_module_binds_itself_are_left_alone() {
        // A parameter named like a module, a local helper named like a scipy function, an
        // aliased import, attributes of other objects.
        let code = "def find_peaks(x):\n    return [0]\n\ndef g(signal, fs=50):\n    m = signal.mean()\n    for re in signal:\n        pass\n    return numpy_alias.abs(find_peaks(signal)) + obj.math.x\n";
        let have = vec!["import numpy as numpy_alias".to_string()];
        assert!(python_standard_imports(code, &have).is_empty(), "{:?}", python_standard_imports(code, &have));
    }

    use super::*;

    #[test]
    fn imports_are_deduplicated_in_order() {
        let v: Vec<String> = ["import numpy as np", "from scipy import signal", "import  numpy as np", "from __future__ import annotations"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            merge_imports(&v),
            vec!["from __future__ import annotations", "import numpy as np", "from scipy import signal"]
        );
    }

    #[test]
    fn c_headers_follow_what_the_code_names() {
        let code = "uint8_t f(const uint8_t *p, size_t n) { bool ok = true; return (uint8_t)sqrtf((float)n) + p[0] + ok; }\n/* memcpy is not called */";
        assert_eq!(c_standard_includes(code), vec!["#include <stdint.h>", "#include <stddef.h>", "#include <stdbool.h>", "#include <math.h>"]);
        assert!(c_standard_includes("int g(int x) { return x * 2; }").is_empty());
        assert_eq!(c_standard_includes("int h(int x) { return abs(x); }"), vec!["#include <stdlib.h>"]);
    }

    #[test]
    fn c_module_layout() {
        let m = module(Language::C, &["#include <math.h>".into()], &["int a(void) { return 1; }".into(), "int b(void) { return a(); }\n".into()]);
        assert_eq!(m, "#include <math.h>\n\nint a(void) { return 1; }\n\nint b(void) { return a(); }\n");
    }
}
