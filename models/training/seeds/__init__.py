"""Seed problem generators for GPIoT's TDD / CGD datasets.

Each generator is a function ``gen(rng) -> Problem`` (see common.py). A Problem is one
IoT requirement with its decomposition into tasks, a spec, verified code and a check per
task, and the entry (wiring) function with its own check. Generators are parameterised
(sensor modality, data representation, resource limits, names, wording) so one seed yields
many distinct, still-verified rows.
"""
