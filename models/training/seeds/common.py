"""Shared data model and wording helpers for the seed generators."""
from __future__ import annotations

import json
import math
import random
import textwrap
from dataclasses import dataclass, field
from string import Template


@dataclass
class Task:
    name: str
    description: str
    inputs: str
    outputs: str
    signature: str
    behaviour: str
    constraints: str
    libraries: str
    code: str           # the function (imports / includes first), no trailing fence
    check: str          # Python asserts (exec'd after code) / C main() (appended after code)
    deps: list = field(default_factory=list)   # earlier tasks this one calls (listed as helpers)

    def __post_init__(self):
        check_spec_lengths(self.spec(), self.td())

    def td(self) -> dict:
        return {"name": self.name, "description": self.description,
                "inputs": self.inputs, "outputs": self.outputs}

    def spec(self) -> dict:
        return {"signature": self.signature, "inputs": self.inputs, "outputs": self.outputs,
                "behaviour": self.behaviour, "constraints": self.constraints,
                "libraries": self.libraries}


# String bounds of models/grammars (spec.gbnf, tasks.gbnf), counted on the JSON-escaped text.
SPEC_LIMITS = {"signature": 160, "inputs": 200, "outputs": 200, "behaviour": 200, "constraints": 100, "libraries": 100}
TASK_LIMITS = {"name": 40, "description": 160, "inputs": 100, "outputs": 100}


def check_spec_lengths(spec: dict, td: dict) -> None:
    """A task whose spec or task-list entry the grammars cannot produce is a generator bug."""
    for limits, obj in ((SPEC_LIMITS, spec), (TASK_LIMITS, td)):
        for k, lim in limits.items():
            n = len(json.dumps(obj[k])) - 2
            if n > lim:
                raise ValueError(f"{k} of {td['name']} is {n} > {lim} chars: {obj[k][:60]!r}")


@dataclass
class Problem:
    language: str
    family: str
    modality: str
    requirement: str
    tasks: list[Task]
    entry: Task                   # name/description/... of the wiring function
    context: str = "none"
    seed: str = ""                # generator name
    tags: dict = field(default_factory=dict)

    def module(self) -> str:
        return "\n\n".join([t.code.strip("\n") for t in self.tasks] + [self.entry.code.strip("\n")])


def sub(text: str, **kw) -> str:
    """$name substitution (string.Template) - code keeps its braces untouched."""
    return Template(textwrap.dedent(text).strip("\n")).substitute(**kw)


def dedent(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def wrap_requirement(rng: random.Random, text: str) -> str:
    """Lay the requirement out as a user would in a comment: wrapped lines, joined by \\n."""
    width = rng.choice([72, 80, 88, 96, 100, 1000])
    out = []
    for para in text.split("\n"):
        out.extend(textwrap.wrap(para, width=width) or [""])
    return "\n".join(out).strip()


OPENERS = [
    "Requirement: {ctx}. Implement {call} that {ret}.",
    "Requirement: {ctx}. Write {call} that {ret}.",
    "Requirement: {ctx}.\nImplement {call}; it {ret}.",
    "Requirement: implement {call} that {ret}. {Ctx}.",
    "Requirement: {ctx}. I need {call}, which {ret}.",
    "Input: {ctx}. Implement {call} that {ret}.",
    "Requirement: {ctx}. Create a function {call} that {ret}.",
    "Requirement: {ctx}.\nWrite a function {call} which {ret}.",
]


def requirement(rng: random.Random, ctx: str, call: str, ret: str, extras=()) -> str:
    form = rng.choice(OPENERS)
    text = form.format(ctx=ctx, Ctx=ctx, call=call, ret=ret)
    extras = [e for e in extras if e]
    if extras:
        text += (" " if rng.random() < 0.6 else "\n") + " ".join(extras)
    return wrap_requirement(rng, text)


def grid(rng: random.Random, lo: float, hi: float, step: float) -> float:
    """A value drawn uniformly from the grid lo, lo + step, ..., hi, rounded to the grid's decimals,
    so parameters vary widely but still read like numbers a requirement would state."""
    n = int(round((hi - lo) / step))
    nd = max(0, -int(math.floor(math.log10(step) + 1e-9)))
    v = round(lo + step * rng.randint(0, n), nd)
    return int(v) if nd == 0 else v


def fmt_list(vals, nd=4) -> str:
    return "[" + ", ".join(repr(round(float(v), nd)) if isinstance(v, float) else repr(v) for v in vals) + "]"


def c_array(vals, fmt="{}") -> str:
    return "{" + ", ".join(fmt.format(v) for v in vals) + "}"


# ---- modality vocabulary -------------------------------------------------------------

MODALITIES = {
    "accelerometer": dict(noun="accelerometer", unit="g", var=["acc", "accel", "samples", "a"], fs=[25, 50, 100, 200], where=["wrist-worn", "chest-mounted", "machine-mounted", "phone"]),
    "gyroscope": dict(noun="gyroscope", unit="deg/s", var=["gyro", "rates", "samples", "omega"], fs=[50, 100, 200], where=["body-worn", "drone", "handheld"]),
    "ppg": dict(noun="PPG", unit="a.u.", var=["ppg", "samples", "signal", "pulse"], fs=[25, 50, 64, 100, 125], where=["wrist", "finger", "earlobe"]),
    "ecg": dict(noun="ECG", unit="mV", var=["ecg", "samples", "signal", "trace"], fs=[125, 250, 360, 500], where=["chest-strap", "single-lead", "patch"]),
    "temperature": dict(noun="temperature", unit="degC", var=["temps", "readings", "samples", "values"], fs=[1, 2, 10], where=["indoor", "greenhouse", "cold-chain", "engine"]),
    "humidity": dict(noun="relative humidity", unit="%RH", var=["rh", "readings", "humidity", "values"], fs=[1, 2], where=["greenhouse", "indoor", "storage-room"]),
    "pressure": dict(noun="barometric pressure", unit="hPa", var=["pressure", "readings", "samples", "p"], fs=[1, 10, 25], where=["weather-station", "drone", "wearable"]),
    "current": dict(noun="current", unit="A", var=["current", "samples", "i_samples", "amps"], fs=[1000, 2000, 3200, 4000], where=["CT-clamp", "shunt", "smart-plug"]),
    "voltage": dict(noun="voltage", unit="V", var=["voltage", "samples", "volts", "v"], fs=[1000, 2000, 4000], where=["mains", "battery", "solar-panel"]),
    "microphone": dict(noun="microphone", unit="a.u.", var=["audio", "samples", "mic", "signal"], fs=[8000, 16000], where=["machine-monitoring", "door", "room"]),
    "emg": dict(noun="EMG", unit="mV", var=["emg", "samples", "signal"], fs=[500, 1000], where=["forearm", "surface"]),
    "light": dict(noun="light", unit="lux", var=["lux", "readings", "samples"], fs=[1, 5, 10], where=["outdoor", "office", "greenhouse"]),
    "vibration": dict(noun="vibration", unit="g", var=["vib", "samples", "signal", "accel"], fs=[500, 1000, 2000], where=["pump", "motor", "bearing"]),
    "gps": dict(noun="GPS", unit="deg", var=["fixes", "track", "points"], fs=[1], where=["vehicle", "bike", "tracker"]),
}


def modality_words(rng: random.Random, key: str) -> dict:
    m = MODALITIES[key]
    return dict(noun=m["noun"], unit=m["unit"], var=rng.choice(m["var"]), fs=rng.choice(m["fs"]),
                where=rng.choice(m["where"]))


def py_context(rng: random.Random, libs: list[str]) -> str:
    r = rng.random()
    if r < 0.55 or not libs:
        return "none"
    if r < 0.85:
        return "imports: " + ", ".join(libs)
    return "imports: " + ", ".join(libs) + "\nfunctions: read_sensor()"


def c_context(rng: random.Random, headers: list[str]) -> str:
    r = rng.random()
    if r < 0.55 or not headers:
        return "none"
    return "imports: " + ", ".join(headers)
