"""C helpers: task/entry builders and the check harness."""
from __future__ import annotations

import random

from .common import Problem, Task, c_context, dedent, requirement

CHECK_HEAD = dedent('''
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <math.h>
#define CHECK(c) do { if (!(c)) { printf("check failed line %d\\n", __LINE__); return 1; } } while (0)
''')


def ctask(name, desc, inputs, outputs, sig, beh, cons, code, check_body, libs="stdint.h"):
    check = CHECK_HEAD + "\nint main(void) {\n" + dedent(check_body) + "\n    return 0;\n}\n"
    return Task(name=name, description=desc, inputs=inputs, outputs=outputs, signature=sig, behaviour=beh,
                constraints=cons, libraries=libs, code=dedent(code), check=check)


def cproblem(rng: random.Random, family, modality, ctx, sig, ret, extras, tasks, entry, headers) -> Problem:
    return Problem(language="c", family=family, modality=modality, requirement=requirement(rng, ctx, sig, ret, extras),
                   tasks=tasks, entry=entry, context=c_context(rng, headers))


def carr(vals, w=12):
    vals = list(vals)
    return "{" + ", ".join(str(v) for v in vals) + "}"


def hexarr(vals):
    return "{" + ", ".join(f"0x{v:02X}" for v in vals) + "}"


RES = [[], ["No dynamic memory allocation (no malloc)."], ["Target is a Cortex-M0 with 4 KB RAM; no malloc."],
       ["C11, no heap, no floating point."], ["Must be reentrant and allocation-free."], ["Runs in an interrupt-free main loop on an 8-bit MCU."]]


def resource(rng, float_ok=True):
    opts = RES if float_ok else [r for r in RES if "floating" not in " ".join(r)] + [["C11, no heap, no floating point."]]
    return list(rng.choice(opts))
