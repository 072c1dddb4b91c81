"""Render GPIoT prompt templates exactly as models/README.md specifies.

Templates live in models/prompts/<role>.<language>.txt. They are plain text with
{{name}} placeholders and nothing else. Rendering replaces every placeholder with its
value verbatim. A placeholder without a value, or a value without a placeholder, is an
error (the Rust renderer in server/pipeline behaves the same way).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent
PROMPTS_DIR = MODELS_DIR / "prompts"
PLACEHOLDER = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")

ROLES = ("td", "rt", "cg", "direct")
LANGUAGES = ("python", "c")
TD_KEYS = ("entry", "tasks")
TASK_KEYS = ("name", "description", "inputs", "outputs")
SPEC_KEYS = ("signature", "inputs", "outputs", "behaviour", "constraints", "libraries")


class TemplateError(ValueError):
    pass


_cache: dict[tuple[str, str], str] = {}


def load_template(role: str, language: str) -> str:
    if role not in ROLES:
        raise TemplateError(f"unknown role {role!r}")
    if language not in LANGUAGES:
        raise TemplateError(f"unknown language {language!r}")
    key = (role, language)
    if key not in _cache:
        _cache[key] = (PROMPTS_DIR / f"{role}.{language}.txt").read_text(encoding="utf-8")
    return _cache[key]


def placeholders(template: str) -> set[str]:
    return set(PLACEHOLDER.findall(template))


def render_template(template: str, values: dict[str, str]) -> str:
    """Replace {{name}} with values[name]; missing or unused values raise TemplateError."""
    names = placeholders(template)
    missing = sorted(names - values.keys())
    unused = sorted(values.keys() - names)
    if missing:
        raise TemplateError(f"no value for placeholder(s): {', '.join(missing)}")
    if unused:
        raise TemplateError(f"value(s) without placeholder: {', '.join(unused)}")
    for k, v in values.items():
        if not isinstance(v, str):
            raise TemplateError(f"value for {k!r} must be a string")
    # single pass, so a value that itself contains {{x}} is inserted verbatim
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def render(role: str, language: str, **values: str) -> str:
    return render_template(load_template(role, language), values)


CHAT_DIR = PROMPTS_DIR / "chat"
CHAT_ROLES = ROLES + ("checks",)
CHAT_MARKERS = {"<<system>>": "system", "<<user>>": "user", "<<assistant>>": "assistant"}


def load_chat_template(role: str, language: str) -> str:
    if role not in CHAT_ROLES:
        raise TemplateError(f"unknown chat role {role!r}")
    if language not in LANGUAGES:
        raise TemplateError(f"unknown language {language!r}")
    return (CHAT_DIR / f"{role}.{language}.txt").read_text(encoding="utf-8")


def split_chat(text: str) -> tuple[list[dict], str]:
    """A rendered chat template as (messages, reply start), the way the server splits it
    (server/pipeline/prompts.rs): sections open at <<system>>/<<user>>/<<assistant>> lines; a
    last assistant section is the start of the reply the model continues."""
    sections: list[list[str]] = []
    for line in text.splitlines(keepends=True):
        role = CHAT_MARKERS.get(line.rstrip())
        if role:
            sections.append([role, ""])
        elif sections:
            sections[-1][1] += line
    reply = sections.pop()[1] if sections and sections[-1][0] == "assistant" else ""
    return [{"role": r, "content": c.rstrip()} for r, c in sections], reply


def render_chat(role: str, language: str, optional: dict[str, str] | None = None, **values: str) -> tuple[list[dict], str]:
    """A role's chat prompt (instruct models) as (messages, reply start). `optional` values
    are used when the template has their placeholder (the chat CG prompt shows the
    requirement; the completion prompts, as trained, do not) — as the server does."""
    template = load_chat_template(role, language)
    names = placeholders(template)
    values = dict(values, **{k: v for k, v in (optional or {}).items() if k in names})
    return split_chat(render_template(template, values))


def json_line(obj) -> str:
    """One JSON line exactly as Python's json.dumps gives (default separators, ASCII)."""
    return json.dumps(obj)


def td_completion(entry: str, tasks: list[dict]) -> str:
    if not 2 <= len(tasks) <= 8:
        raise ValueError("a task list has 2-8 tasks")
    obj = {"entry": entry, "tasks": [{k: t[k] for k in TASK_KEYS} for t in tasks]}
    return json_line(obj) + "\n"


def rt_completion(spec: dict) -> str:
    return json_line({k: spec[k] for k in SPEC_KEYS}) + "\n"


def cg_completion(code: str) -> str:
    return code.strip("\n") + "\n```\n"


if __name__ == "__main__":  # tiny self-test
    t = "a {{x}} b {{y}}"
    assert render_template(t, {"x": "1", "y": "{{x}}"}) == "a 1 b {{x}}"
    for bad in ({"x": "1"}, {"x": "1", "y": "2", "z": "3"}):
        try:
            render_template(t, bad)
        except TemplateError:
            pass
        else:
            raise SystemExit("expected TemplateError")
    for role in ("td", "rt", "cg", "direct"):
        for lang in LANGUAGES:
            assert placeholders(load_template(role, lang))
    print("prompts.py ok")
