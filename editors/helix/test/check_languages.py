"""Validates editors/helix/languages.toml: TOML syntax and the shape Helix and gpiot expect.

Run: python3 editors/helix/test/check_languages.py  (Python 3.11+, standard library only).
Prints one line per check and `N passed, M failed`; exits 1 on a failure.
"""

import pathlib
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
SNIPPET = HERE.parent / "languages.toml"
# The keys the server reads under `gpiot` (server/lsp/config.rs).
SERVER_KEYS = {"modelPath", "threads", "contextSize", "maxTokens", "adapters", "languages", "engine", "scriptPath"}

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok - " if ok else "FAIL - ") + name + ("" if ok or not detail else f": {detail}"))


def main() -> int:
    try:
        doc = tomllib.loads(SNIPPET.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        check("languages.toml parses", False, str(e))
        doc = None
    if doc is not None:
        check("languages.toml parses", True)
        server = doc.get("language-server", {}).get("gpiot", {})
        check("gpiot server runs `gpiot lsp`", server.get("command") == "gpiot" and server.get("args") == ["lsp"], str(server))
        check("request timeout is a positive integer", isinstance(server.get("timeout"), int) and server["timeout"] > 0)
        config = server.get("config", {})
        check("config has only the gpiot section", set(config) == {"gpiot"}, str(sorted(config)))
        settings = config.get("gpiot", {})
        unknown = set(settings) - SERVER_KEYS
        check("settings use the server's keys", not unknown, str(sorted(unknown)))
        check("languages lists only python and c", set(settings.get("languages", [])) <= {"python", "c"})
        langs = {lang.get("name"): lang for lang in doc.get("language", [])}
        for name, base in (("python", "pylsp"), ("c", "clangd")):
            servers = langs.get(name, {}).get("language-servers", [])
            check(f"{name} uses {base} and gpiot", servers == [base, "gpiot"], str(servers))
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
