//! Task stubs: what "Decompose into tasks" writes into the file, and reading a (possibly
//! user-edited) stub back into a spec for "Implement task".
//!
//! Python: a function whose docstring carries the spec and whose body is
//! `raise NotImplementedError("gpiot: task")` (`"gpiot: entry"` for the wiring function).
//! C: a doc comment with the spec, then the definition with `/* gpiot: task */` as its body.

use crate::language::Language;

use super::plan::{normalise_signature, Spec};

pub const TASK_MARKER: &str = "gpiot: task";
pub const ENTRY_MARKER: &str = "gpiot: entry";

const FIELDS: [&str; 5] = ["Inputs", "Outputs", "Behaviour", "Constraints", "Libraries"];

fn fields(spec: &Spec) -> [(&'static str, &str); 5] {
    [
        ("Inputs", spec.inputs.as_str()),
        ("Outputs", spec.outputs.as_str()),
        ("Behaviour", spec.behaviour.as_str()),
        ("Constraints", spec.constraints.as_str()),
        ("Libraries", spec.libraries.as_str()),
    ]
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renders one stub. `summary` is the first docstring line (the task description).
pub fn render_stub(summary: &str, spec: &Spec, lang: Language, entry: bool) -> String {
    let marker = if entry { ENTRY_MARKER } else { TASK_MARKER };
    let summary = one_line(summary);
    let mut out = String::new();
    match lang {
        Language::Python => {
            let sig = normalise_signature(&spec.signature, lang);
            out.push_str(&format!("def {sig}:\n    \"\"\"{}\n\n", summary.replace("\"\"\"", "'''")));
            for (k, v) in fields(spec) {
                if !v.trim().is_empty() {
                    out.push_str(&format!("    {k}: {}\n", one_line(v).replace("\"\"\"", "'''")));
                }
            }
            out.push_str(&format!("    \"\"\"\n    raise NotImplementedError(\"{marker}\")\n"));
        }
        Language::C => {
            let sig = normalise_signature(&spec.signature, lang);
            out.push_str(&format!("/* {}\n", summary.replace("*/", "* /")));
            for (k, v) in fields(spec) {
                if !v.trim().is_empty() {
                    out.push_str(&format!(" * {k}: {}\n", one_line(v).replace("*/", "* /")));
                }
            }
            out.push_str(&format!(" */\n{sig}\n{{\n    /* {marker} */\n}}\n"));
        }
    }
    out
}

/// Is this source a stub (task or entry)?
pub fn stub_kind(src: &str) -> Option<bool> {
    if src.contains(ENTRY_MARKER) {
        Some(true)
    } else if src.contains(TASK_MARKER) {
        Some(false)
    } else {
        None
    }
}

/// Reads a stub back into its spec; returns (summary, spec). Tolerates user edits: unknown
/// lines join the behaviour, missing fields stay empty.
pub fn parse_stub(src: &str, lang: Language) -> Option<(String, Spec)> {
    let (signature, doc_lines): (String, Vec<String>) = match lang {
        Language::Python => {
            let def_at = src.find("def ")?;
            let rest = &src[def_at..];
            // The signature ends at the colon that closes the parameter list.
            let close = matching_paren(rest)?;
            let colon = close + rest[close..].find(':')?;
            let sig = one_line(&rest[..colon]);
            let body = &rest[colon + 1..];
            let doc = body
                .find("\"\"\"")
                .and_then(|s| body[s + 3..].find("\"\"\"").map(|e| body[s + 3..s + 3 + e].to_string()))
                .unwrap_or_default();
            (sig, doc.lines().map(|l| l.trim().to_string()).collect())
        }
        Language::C => {
            let (doc, code) = match (src.find("/*"), src.find("*/")) {
                (Some(s), Some(e)) if src[..s].trim().is_empty() => (src[s + 2..e].to_string(), &src[e + 2..]),
                _ => (String::new(), src),
            };
            let brace = code.find('{')?;
            let sig = one_line(&code[..brace]);
            let lines = doc.lines().map(|l| l.trim().trim_start_matches('*').trim().to_string()).collect();
            (sig, lines)
        }
    };
    let mut summary = String::new();
    let mut values: [String; 5] = Default::default();
    let mut extra = Vec::new();
    for line in doc_lines.iter().filter(|l| !l.is_empty()) {
        if let Some(i) = FIELDS.iter().position(|f| line.starts_with(&format!("{f}:"))) {
            values[i] = line[FIELDS[i].len() + 1..].trim().to_string();
        } else if summary.is_empty() {
            summary = line.clone();
        } else {
            extra.push(line.clone());
        }
    }
    let [inputs, outputs, mut behaviour, constraints, libraries] = values;
    if behaviour.is_empty() {
        behaviour = summary.clone();
    }
    if !extra.is_empty() {
        behaviour = format!("{behaviour} {}", extra.join(" ")).trim().to_string();
    }
    Some((summary, Spec { signature: normalise_signature(&signature, lang), inputs, outputs, behaviour, constraints, libraries }))
}

fn matching_paren(s: &str) -> Option<usize> {
    let open = s.find('(')?;
    let mut depth = 0;
    for (i, c) in s[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn spec(sig: &str) -> Spec {
        Spec {
            signature: sig.into(),
            inputs: "x: samples".into(),
            outputs: "peak indices".into(),
            behaviour: "find local maxima".into(),
            constraints: "".into(),
            libraries: "numpy".into(),
        }
    }

    #[test]
    fn python_stub_round_trips() {
        let s = spec("detect_peaks(x: np.ndarray, fs: float) -> np.ndarray");
        let stub = render_stub("Detect the peaks.", &s, Language::Python, false);
        expect![[r#"
            def detect_peaks(x: np.ndarray, fs: float) -> np.ndarray:
                """Detect the peaks.

                Inputs: x: samples
                Outputs: peak indices
                Behaviour: find local maxima
                Libraries: numpy
                """
                raise NotImplementedError("gpiot: task")
        "#]]
        .assert_eq(&stub);
        assert_eq!(parse_stub(&stub, Language::Python), Some(("Detect the peaks.".into(), s)));
        assert_eq!(stub_kind(&stub), Some(false));
    }

    #[test]
    fn c_stub_round_trips() {
        let s = spec("int detect_peaks(const float *x, int n, int *peaks)");
        let stub = render_stub("Detect the peaks.", &s, Language::C, true);
        expect![[r#"
            /* Detect the peaks.
             * Inputs: x: samples
             * Outputs: peak indices
             * Behaviour: find local maxima
             * Libraries: numpy
             */
            int detect_peaks(const float *x, int n, int *peaks)
            {
                /* gpiot: entry */
            }
        "#]]
        .assert_eq(&stub);
        assert_eq!(parse_stub(&stub, Language::C), Some(("Detect the peaks.".into(), s)));
        assert_eq!(stub_kind(&stub), Some(true));
    }
}
