//! The function a requirement names ("Implement crc8(const uint8_t *data, size_t len) …").
//!
//! When the user spells out the signature, the generated entry must have exactly that
//! name and those parameters: other code (or a test) calls it. The pipeline pins the task
//! list's `entry` to it instead of letting the model re-type it (a 270M model misspells
//! names and drops parameters).

use std::sync::LazyLock;

use regex::Regex;

use crate::language::Language;

/// "Implement/Write/Define/Create/Provide [a|the] [function] SIGNATURE", across line breaks.
static PYTHON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:\b(?:implement|write|define|create|provide)\s+(?:(?:a|an|the)\s+)?(?:function\s+|method\s+)?)`?(?-i:([A-Za-z_][A-Za-z0-9_]*)\s*\(([^()]*)\))",
    )
    .expect("valid regex")
});

/// The same verbs, then a C prototype: type words (with `*`s), the name, the parameters.
static C: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:\b(?:implement|write|define|create|provide)\s+(?:(?:a|an|the)\s+)?(?:function\s+)?)`?(?-i:((?:[A-Za-z_][A-Za-z0-9_]*[\s*]+)+?)([A-Za-z_][A-Za-z0-9_]*)\s*\(([^()]*)\))",
    )
    .expect("valid regex")
});

/// The signature the requirement asks for, in the plan's canonical form (Python
/// `name(args)`, C the prototype without `;`), whitespace collapsed; `None` when the
/// requirement names no function.
pub fn entry_named_in(requirement: &str, lang: Language) -> Option<String> {
    match lang {
        Language::Python => PYTHON.captures_iter(requirement).find_map(|c| {
            let params = c.get(2)?.as_str();
            python_params_ok(params).then(|| format!("{}({})", &c[1], collapse(params)))
        }),
        Language::C => C.captures_iter(requirement).find_map(|c| {
            let ty = collapse(&c[1]);
            // Words that are no C type mean the match is prose ("the function that returns (x)").
            if ty.split(|ch: char| ch.is_whitespace() || ch == '*').any(is_prose_word) {
                return None;
            }
            Some(tidy_c(&format!("{ty} {}({})", &c[2], &c[3])))
        }),
    }
}

/// Parameters of a Python signature: identifiers with optional annotations and defaults;
/// anything else (prose in parentheses, "(see above)") is not a signature.
fn python_params_ok(params: &str) -> bool {
    let params = params.trim();
    params.is_empty()
        || params.split(',').map(str::trim).all(|p| {
            if p == "*" || p == "/" {
                return true; // keyword-only / positional-only markers
            }
            let name = p.split(['=', ':']).next().unwrap_or("").trim().trim_start_matches('*');
            !name.is_empty()
                && name.chars().next().is_some_and(|ch| ch.is_ascii_alphabetic() || ch == '_')
                && name.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        })
}

fn is_prose_word(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "that" | "which" | "to" | "and" | "or" | "function" | "return" | "if" | "while" | "for")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `uint8_t * crc(const uint8_t * p)` → `uint8_t *crc(const uint8_t *p)`.
fn tidy_c(s: &str) -> String {
    let mut out = collapse(&s.replace('*', " * "));
    while out.contains("* *") {
        out = out.replace("* *", "**");
    }
    out.replace("* ", "*").replace("( ", "(").replace(" )", ")").replace(" ,", ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn py(req: &str) -> Option<String> {
        entry_named_in(req, Language::Python)
    }
    fn c(req: &str) -> Option<String> {
        entry_named_in(req, Language::C)
    }

    #[test]
    fn python_signature_after_implement_even_across_a_line_break() {
        assert_eq!(
            py("samples is a list of PPG values.\nImplement estimate_heart_rate(samples, fs) that returns bpm."),
            Some("estimate_heart_rate(samples, fs)".into())
        );
        assert_eq!(py("values come from a plug. Implement\niqr_outliers(values) that returns"), Some("iqr_outliers(values)".into()));
        assert_eq!(py("Write a function `window(x, size=4, *, step: int = 2)`"), Some("window(x, size=4, *, step: int = 2)".into()));
        assert_eq!(py("Implement run() that polls the sensor"), Some("run()".into()));
    }

    #[test]
    fn python_prose_is_not_a_signature() {
        assert_eq!(py("read PPG samples at 50 Hz and report the heart rate every 5 s"), None);
        assert_eq!(py("Implement smoothing (a moving average over 5 samples)"), None);
        assert_eq!(py("Implement the filter (see the datasheet)"), None);
    }

    #[test]
    fn c_prototype_with_pointers_and_line_breaks() {
        assert_eq!(
            c("an MCU reads a sensor. Implement uint8_t crc8(const uint8_t *data, size_t len) computing CRC-8"),
            Some("uint8_t crc8(const uint8_t *data, size_t len)".into())
        );
        assert_eq!(
            c("Implement\nsize_t cobs_encode(const uint8_t * in, size_t len,\n  uint8_t *out) that writes"),
            Some("size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out)".into())
        );
        assert_eq!(c("Implement const char ** split(char *s)"), Some("const char **split(char *s)".into()));
        assert_eq!(c("Implement void tick(void) called every 1 ms"), Some("void tick(void)".into()));
    }

    #[test]
    fn c_without_a_type_or_with_prose_is_not_a_prototype() {
        assert_eq!(c("Implement debounce(raw, n) for a button"), None);
        assert_eq!(c("Implement the function that returns (x + y)"), None);
        assert_eq!(c("blink an LED every 500 ms"), None);
    }
}
