#!/usr/bin/env python3
"""Baseline: one LoRA per role, each trained alone on that role's rows (no sharing).

Same data split, tokenisation, optimiser and schedule as train_pect.py; the rank defaults to
r_shared + r_role of PECT, so the deployed adapters have the same size. Each role is its own
run `<run>-<role>` (own checkpoints, log, curve, adapter in .build/runs/<run>-<role>/adapters/<role>/).

    python models/training/train_single.py --run single                   # td, rt, cg in turn
    python models/training/train_single.py --run single --roles cg --resume
"""
from __future__ import annotations

import argparse
import sys

import pect


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    pect.add_common_args(ap)
    ap.add_argument("--roles", default="td,rt,cg")
    ap.add_argument("--rank", type=int, default=16)
    args = ap.parse_args(argv)
    for role in pect.parse_roles(args.roles):
        cfg = pect.common_config(
            args, f"{args.run or 'single'}-{role}", pect.Layout.single(role, args.rank), (role,), "single",
            lambda_align=0.0, p_shared_only=0.0,
        )
        pect.train(cfg, export_only=args.export_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
