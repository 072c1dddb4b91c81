#!/usr/bin/env python3
"""Train the PECT multi-path LoRA (shared path + one path per role) on TDD, RT and CGD jointly,
then write one merged PEFT adapter per role to .build/runs/<run>/adapters/<role>/.

    python models/training/train_pect.py --run pect                       # full run
    python models/training/train_pect.py --run pect --resume              # continue after a stop
    python models/training/train_pect.py --run smoke --subset 8 --max-steps 4 --accum 2 --max-len 256

The objective and the merge are documented in pect.py and TRAINING.md.
"""
from __future__ import annotations

import argparse
import sys

import pect


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    pect.add_common_args(ap)
    ap.add_argument("--roles", default="td,rt,cg")
    ap.add_argument("--r-shared", type=int, default=8, help="rank of the shared path")
    ap.add_argument("--r-role", type=int, default=8, help="rank of each role path")
    ap.add_argument("--rt-path", choices=["rt", "cg"], default="rt",
                    help="RT's role path: its own (rt, default) or shared with CG (cg)")
    ap.add_argument("--lambda-align", type=float, default=1e-3,
                    help="weight of sum ||s B_role A_role||_F^2 (role paths stay close to shared)")
    ap.add_argument("--p-shared-only", type=float, default=0.2,
                    help="probability that a row trains through the shared path alone")
    ap.add_argument("--role-weights", default="td=1,rt=1,cg=1", help="loss weight per role")
    args = ap.parse_args(argv)
    roles = pect.parse_roles(args.roles)
    weights = {k: float(v) for k, v in (kv.split("=") for kv in args.role_weights.split(","))}
    cfg = pect.common_config(
        args, args.run or "pect", pect.Layout.pect(args.r_shared, args.r_role, args.rt_path), roles, "pect",
        lambda_align=args.lambda_align, p_shared_only=args.p_shared_only, role_weights=weights,
    )
    pect.train(cfg, export_only=args.export_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
