"""PECT: Parameter-Efficient Co-Tuning with multi-path LoRA (library; see TRAINING.md).

One frozen base model. Every targeted linear layer W gets several low-rank paths:

    y = W x + s_shared * B_shared A_shared x + s_role * B_role A_role x

`shared` is used by every role; `td`, `rt`, `cg` are role paths (which role uses which path
is `Layout.role_paths`). A micro-batch holds rows of one role and activates that role's
paths; micro-batches of different roles are accumulated into one optimizer step, so each
step co-tunes the shared path on a mixture of roles.

Objective of one optimizer step over micro-batches m = 1..K (role r_m):

    L = 1/K * sum_m  w_{r_m} * CE_m( theta_0 + dW_shared + z_m * dW_{r_m} )
        + lambda_align * sum_{role paths p} sum_{layers l} || s_p B_p,l A_p,l ||_F^2

  * CE_m: mean token cross-entropy over the completion tokens only (prompt tokens are
    context, not targets);
  * z_m in {0, 1}: path dropout. With probability `p_shared_only` a micro-batch runs
    through the shared path alone (z_m = 0), so the shared path must solve every role on
    its own and carries the knowledge TD, RT and CG have in common;
  * the alignment term keeps each role's update dW_p = s_p B_p A_p small, i.e. every
    role's model stays close to the shared model: roles only add what differs. It is
    computed exactly and cheaply: ||B A||_F^2 = tr((B^T B)(A A^T)) with r x r matrices.

Deployment: a role's adapter is shared + role path merged into ONE standard LoRA of rank
r_shared + r_role, exactly: A = [A_shared; A_role], B = [s_shared B_shared, s_role B_role],
lora_alpha = rank (so PEFT's / llama.cpp's scale alpha/rank is 1). It is written as a
normal PEFT adapter folder that llama.cpp's convert_lora_to_gguf.py converts.

The single-role baseline (train_single.py) is the same code with one path and one role.
"""
from __future__ import annotations

import dataclasses
import functools
import glob
import hashlib
import json
import math
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

# libgomp's default busy-wait makes a 2-thread torch run ~10x slower when the cores are shared
# with other work (measured here); passive waiting costs nothing on an idle machine.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
TRAINING_DIR = Path(__file__).resolve().parent
DATASETS_DIR = REPO / "models" / "datasets"
LOGS_DIR = TRAINING_DIR / "logs"
BUILD = REPO / ".build"
ROLES = ("td", "rt", "cg")
from examples import DATASET_FILES  # noqa: E402  (role -> dataset file, one mapping)
TARGET_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


# --------------------------------------------------------------------------- model


class PathState:
    """Which paths are active; one object shared by every LoRA layer of a model."""

    def __init__(self) -> None:
        self.active: tuple[str, ...] = ()


class MultiPathLoRALinear(nn.Module):
    """A frozen nn.Linear plus named low-rank paths, of which `state.active` are applied."""

    def __init__(self, base: nn.Linear, ranks: dict[str, int], scale: float, dropout: float, state: PathState):
        super().__init__()
        self.base = base
        self.state = state
        self.lora_A = nn.ParameterDict()
        self.lora_B = nn.ParameterDict()
        self.scaling: dict[str, float] = {}
        for name, r in ranks.items():
            a = torch.empty(r, base.in_features, dtype=base.weight.dtype)
            nn.init.kaiming_uniform_(a, a=math.sqrt(5))  # as PEFT
            self.lora_A[name] = nn.Parameter(a)
            self.lora_B[name] = nn.Parameter(torch.zeros(base.out_features, r, dtype=base.weight.dtype))
            self.scaling[name] = scale  # = lora_alpha / r with lora_alpha = scale * r
        self.dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.base(x)
        if self.state.active:
            xd = self.dropout(x)
            for name in self.state.active:
                y = y + (xd @ self.lora_A[name].t() @ self.lora_B[name].t()) * self.scaling[name]
        return y

    def delta_sq_norm(self, name: str) -> torch.Tensor:
        """||s B A||_F^2 = s^2 tr((B^T B)(A A^T)), exact, O(r^2 (in + out))."""
        a, b = self.lora_A[name], self.lora_B[name]
        return self.scaling[name] ** 2 * torch.sum((b.t() @ b) * (a @ a.t()))


@dataclass
class Layout:
    """The LoRA paths and which of them each role uses."""

    ranks: dict[str, int]                      # path name -> rank
    role_paths: dict[str, tuple[str, ...]]     # role -> paths used by that role (deployment adapter)
    shared: str | None = "shared"              # the path kept alone under path dropout (None: no dropout)

    @staticmethod
    def pect(r_shared: int, r_role: int, rt_path: str = "rt") -> "Layout":
        ranks = {"shared": r_shared, "td": r_role, "cg": r_role}
        if rt_path == "rt":
            ranks["rt"] = r_role
        role_paths = {"td": ("shared", "td"), "rt": ("shared", rt_path), "cg": ("shared", "cg")}
        return Layout(ranks, role_paths, "shared")

    @staticmethod
    def single(role: str, rank: int) -> "Layout":
        return Layout({role: rank}, {role: (role,)}, None)

    def role_only_paths(self) -> list[str]:
        return [p for p in self.ranks if p != self.shared]


def inject(model: nn.Module, layout: Layout, alpha_per_rank: float, dropout: float,
           targets: tuple[str, ...] = TARGET_MODULES) -> tuple[PathState, dict[str, MultiPathLoRALinear]]:
    """Freeze `model` and wrap every targeted nn.Linear with MultiPathLoRALinear.

    Each path gets lora_alpha = alpha_per_rank * rank, i.e. scale s = alpha_per_rank.
    Returns the shared PathState and {module path: lora layer} (module path as in the base model).
    """
    model.requires_grad_(False)
    state = PathState()
    layers: dict[str, MultiPathLoRALinear] = {}
    for name, module in list(model.named_modules()):
        for child_name, child in list(module.named_children()):
            if child_name in targets and isinstance(child, nn.Linear):
                full = f"{name}.{child_name}" if name else child_name
                lora = MultiPathLoRALinear(child, dict(layout.ranks), alpha_per_rank, dropout, state)
                setattr(module, child_name, lora)
                layers[full] = lora
    if not layers:
        raise RuntimeError("no target modules found")
    return state, layers


def lora_parameters(layers: dict[str, MultiPathLoRALinear]) -> list[nn.Parameter]:
    ps = []
    for lora in layers.values():
        ps.extend(lora.lora_A.values())
        ps.extend(lora.lora_B.values())
    return ps


def lora_state_dict(layers: dict[str, MultiPathLoRALinear]) -> dict[str, torch.Tensor]:
    out = {}
    for mod, lora in layers.items():
        for p in lora.lora_A:
            out[f"{mod}.{p}.A"] = lora.lora_A[p].detach().clone()
            out[f"{mod}.{p}.B"] = lora.lora_B[p].detach().clone()
    return out


def load_lora_state_dict(layers: dict[str, MultiPathLoRALinear], sd: dict[str, torch.Tensor]) -> None:
    with torch.no_grad():
        for mod, lora in layers.items():
            for p in lora.lora_A:
                lora.lora_A[p].copy_(sd[f"{mod}.{p}.A"])
                lora.lora_B[p].copy_(sd[f"{mod}.{p}.B"])


# llama.cpp's tensor names for the projections, and the HF module each is
GGUF_PROJ = {"attn_q": "self_attn.q_proj", "attn_k": "self_attn.k_proj", "attn_v": "self_attn.v_proj",
             "attn_output": "self_attn.o_proj", "ffn_gate": "mlp.gate_proj", "ffn_up": "mlp.up_proj",
             "ffn_down": "mlp.down_proj"}


def read_gguf_lora(path: Path) -> tuple[dict[str, tuple[torch.Tensor, torch.Tensor]], float]:
    """{HF module suffix `layers.N.self_attn.q_proj`: (A [r, in], B [out, r])} and the scale
    alpha / r of a GGUF LoRA written by export_gguf.py."""
    import re

    from gguf import GGUFReader

    reader = GGUFReader(str(path))
    alpha = float(reader.fields["adapter.lora.alpha"].parts[-1][0])
    parts: dict[str, dict[str, torch.Tensor]] = {}
    for t in reader.tensors:
        m = re.fullmatch(r"blk\.(\d+)\.(\w+)\.weight\.lora_([ab])", t.name)
        if not m or m[2] not in GGUF_PROJ:
            raise ValueError(f"{path}: unexpected tensor {t.name}")
        parts.setdefault(f"layers.{m[1]}.{GGUF_PROJ[m[2]]}", {})[m[3]] = torch.from_numpy(t.data.astype("float32").copy())
    out = {k: (v["a"], v["b"]) for k, v in parts.items()}
    rank = next(iter(out.values()))[0].shape[0]
    return out, alpha / rank


def init_from_gguf(layers: dict[str, MultiPathLoRALinear], layout: Layout, gguf_dir: Path) -> dict:
    """Warm start from shipped adapters: each role's GGUF is the exact merge
    A = [A_shared; A_role], B = [s B_shared, s B_role] (see merged_adapter), so the paths are
    recovered by splitting it — to f16 rounding. The shared rows must agree across roles."""
    roles = list(layout.role_paths)
    loaded = {role: read_gguf_lora(gguf_dir / f"{role}.gguf") for role in roles}
    worst = 0.0
    with torch.no_grad():
        for mod, lora in layers.items():
            suffix = mod[mod.index("layers."):]
            for role in roles:
                tensors, scale = loaded[role]
                if suffix not in tensors:
                    raise ValueError(f"{gguf_dir}/{role}.gguf has no adapter for {suffix}")
                a, b = tensors[suffix]
                b = b * scale
                start = 0
                for p in layout.role_paths[role]:
                    r = layout.ranks[p]
                    if start + r > a.shape[0]:
                        raise ValueError(f"{role}.gguf has rank {a.shape[0]}, the layout needs {sum(layout.ranks[q] for q in layout.role_paths[role])}")
                    pa, pb = a[start:start + r], b[:, start:start + r] / lora.scaling[p]
                    if p == layout.shared and role != roles[0]:
                        worst = max(worst, float((pa - lora.lora_A[p]).abs().max()))
                    else:
                        lora.lora_A[p].copy_(pa)
                        lora.lora_B[p].copy_(pb)
                    start += r
    if worst > 1e-3:
        raise ValueError(f"the shared path differs between the role adapters in {gguf_dir} (max {worst:.2g}): not a PECT export")
    return {"init_adapters": str(gguf_dir), "shared_max_diff": worst}


def alignment_penalty(layers: dict[str, MultiPathLoRALinear], layout: Layout) -> torch.Tensor:
    paths = layout.role_only_paths() if layout.shared else []
    total = torch.zeros(())
    for lora in layers.values():
        for p in paths:
            total = total + lora.delta_sq_norm(p)
    return total


def merged_adapter(layers: dict[str, MultiPathLoRALinear], paths: tuple[str, ...]) -> tuple[dict[str, torch.Tensor], int]:
    """One standard LoRA (PEFT key names, scale 1) equal to the sum of `paths`.

    dW = sum_p s_p B_p A_p = [s_1 B_1, s_2 B_2] @ [A_1; A_2]  (exact).
    """
    tensors = {}
    rank = None
    for mod, lora in layers.items():
        a = torch.cat([lora.lora_A[p].detach() for p in paths], dim=0)
        b = torch.cat([lora.lora_B[p].detach() * lora.scaling[p] for p in paths], dim=1)
        rank = a.shape[0]
        key = f"base_model.model.{mod}"
        tensors[f"{key}.lora_A.weight"] = a.float().contiguous()
        tensors[f"{key}.lora_B.weight"] = b.float().contiguous()
    return tensors, int(rank)


def save_peft_adapter(out_dir: Path, tensors: dict[str, torch.Tensor], rank: int, base_name: str,
                      targets: tuple[str, ...] = TARGET_MODULES, extra: dict | None = None) -> Path:
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(out_dir / "adapter_model.safetensors"), metadata={"format": "pt"})
    config = {
        "peft_type": "LORA",
        "task_type": "CAUSAL_LM",
        "base_model_name_or_path": base_name,
        "r": rank,
        "lora_alpha": rank,          # scale alpha / r = 1: the path scales are folded into B
        "lora_dropout": 0.0,
        "target_modules": sorted(targets),
        "bias": "none",
        "fan_in_fan_out": False,
        "use_rslora": False,
        "use_dora": False,
        "modules_to_save": None,
        "inference_mode": True,
        "init_lora_weights": True,
    }
    (out_dir / "adapter_config.json").write_text(json.dumps(config, indent=2) + "\n")
    if extra:
        (out_dir / "gpiot_adapter.json").write_text(json.dumps(extra, indent=2) + "\n")
    return out_dir


def load_base(base_dir: Path, threads: int):
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    torch.set_num_threads(threads)
    tok = AutoTokenizer.from_pretrained(str(base_dir))
    model = AutoModelForCausalLM.from_pretrained(str(base_dir), dtype=torch.float32, attn_implementation="sdpa")
    model.eval()  # no dropout in the base; LoRA dropout is switched by train()/eval() on the wrappers
    return tok, model


# --------------------------------------------------------------------------- data


@dataclass
class Example:
    id: str
    role: str
    ids: list[int]        # prompt + completion token ids
    n_prompt: int         # targets are ids[n_prompt:]


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def load_rows(data_dir: Path, roles: tuple[str, ...]) -> list[dict]:
    rows = []
    for role in roles:
        path = data_dir / DATASET_FILES[role]
        if not path.exists():
            raise FileNotFoundError(f"{path} missing (build the datasets first, or pass --data-dir)")
        for row in read_jsonl(path):
            if row.get("role", role) != role:
                continue
            row["role"] = role
            rows.append(row)
    return rows


def make_synthetic(out_dir: Path, n: int = 12) -> Path:
    """Tiny dataset in the real row format, for smoke tests before the real datasets exist."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sensors = ["accelerometer", "PPG", "temperature", "ECG", "microphone", "gyroscope"]
    rates = [25, 50, 100, 128, 200, 500]
    for role in ROLES:
        with open(out_dir / DATASET_FILES[role], "w") as f:
            for i in range(n):
                s, fs = sensors[i % len(sensors)], rates[i % len(rates)]
                req = f"read {s} samples at {fs} Hz and report the mean every {i + 2} s"
                if role == "td":
                    prompt = f"### GPIoT task decomposition\n### Language: python\n### Context:\nnone\n### Requirement:\n{req}\n### Tasks:\n"
                    comp = json.dumps({"entry": "run_pipeline(samples, fs)", "tasks": [
                        {"name": "read_samples", "description": f"read {s} samples", "inputs": "fs", "outputs": "samples"},
                        {"name": "window_mean", "description": f"mean over {i + 2} s windows", "inputs": "samples, fs", "outputs": "means"}]}) + "\n"
                elif role == "rt":
                    prompt = f"### GPIoT requirement transformation\n### Language: python\n### Requirement:\n{req}\n### Task:\nwindow_mean: mean over {i + 2} s windows\n### Spec:\n"
                    comp = json.dumps({"signature": "window_mean(samples, fs)", "inputs": "samples: list of float; fs: Hz",
                                       "outputs": "list of float", "behaviour": f"mean of each {i + 2} s window",
                                       "constraints": "none", "libraries": "numpy"}) + "\n"
                else:
                    prompt = f"### GPIoT code generation\n### Language: python\n### Helpers:\nnone\n### Spec:\n{{\"signature\": \"window_mean(samples, fs)\", \"behaviour\": \"mean of each {i + 2} s window\"}}\n### Code:\n```python\n"
                    comp = (f"import numpy as np\n\n\ndef window_mean(samples, fs):\n    \"\"\"Mean of each {i + 2} s window of {s} samples.\"\"\"\n"
                            f"    n = int({i + 2} * fs)\n    x = np.asarray(samples, dtype=float)\n"
                            f"    return [float(x[k:k + n].mean()) for k in range(0, len(x) - n + 1, n)]\n```\n")
                f.write(json.dumps({"id": f"synth-{role}-{i}", "role": role, "language": "python", "family": "synthetic",
                                    "modality": s, "prompt": prompt, "completion": comp}) + "\n")
    return out_dir


def is_val(row_id: str, val_frac: float) -> bool:
    h = int(hashlib.sha256(row_id.encode()).hexdigest()[:8], 16)
    return (h % 10000) < val_frac * 10000


def tokenize_rows(tok, rows: list[dict], max_len: int, add_eos: bool) -> tuple[list[Example], int]:
    """Prompt and completion are tokenised separately (as at inference: the server feeds
    the rendered prompt, the model continues), BOS before the prompt, EOS after the
    completion. Rows longer than max_len lose the end of their completion; rows whose
    prompt leaves < 8 target tokens are skipped."""
    out, skipped = [], 0
    for row in rows:
        p = tok(row["prompt"], add_special_tokens=True).input_ids
        c = tok(row["completion"], add_special_tokens=False).input_ids
        if add_eos:
            c = c + [tok.eos_token_id]
        ids = (p + c)[:max_len]
        if len(ids) - len(p) < 8:
            skipped += 1
            continue
        out.append(Example(str(row["id"]), row["role"], ids, len(p)))
    return out, skipped


def completion_loss(model, ex: Example) -> tuple[torch.Tensor, int]:
    """Mean CE over completion tokens. Only the completion positions go through the
    262k-way lm_head (over half of this model's FLOPs per position), not the prompt."""
    ids = torch.tensor([ex.ids], dtype=torch.long)
    hidden = model.model(input_ids=ids).last_hidden_state[0]          # [T, H]
    h = hidden[ex.n_prompt - 1 : len(ex.ids) - 1]                       # positions predicting completion
    logits = model.lm_head(h)
    cap = getattr(model.config, "final_logit_softcapping", None)
    if cap:
        logits = torch.tanh(logits / cap) * cap
    target = torch.tensor(ex.ids[ex.n_prompt :], dtype=torch.long)
    return F.cross_entropy(logits.float(), target), len(target)


# --------------------------------------------------------------------------- training


@dataclass
class TrainConfig:
    run: str                                   # run name: logs/<run>.jsonl, .build/runs/<run>/
    layout: Layout
    roles: tuple[str, ...] = ROLES
    data_dir: Path = DATASETS_DIR
    base_dir: Path = BUILD / "hf-base"
    runs_dir: Path = BUILD / "runs"
    logs_dir: Path = LOGS_DIR
    threads: int = 2
    seed: int = 1234
    max_len: int = 768
    subset: int = 0                            # >0: at most this many training rows per role
    val_frac: float = 0.05
    val_max: int = 16                          # validation rows per role per evaluation
    epochs: float = 2.0
    max_steps: int = 0                         # >0: stop after this many optimizer steps
    accum: int = 8                             # micro-batches (rows) per optimizer step
    lr: float = 3e-4
    warmup: int = 20
    alpha_per_rank: float = 2.0                # path scale s (lora_alpha = s * r)
    dropout: float = 0.05
    lambda_align: float = 1e-3
    p_shared_only: float = 0.2
    role_weights: dict[str, float] = field(default_factory=lambda: {r: 1.0 for r in ROLES})
    add_eos: bool = True
    ckpt_every: int = 25
    keep_ckpts: int = 2
    eval_every: int = 0                        # 0: only at the end
    log_every: int = 1
    resume: bool = False
    eval_only: bool = False                    # validation loss of the latest checkpoint, then stop
    time_limit: float = 0.0                    # seconds; >0: checkpoint and stop after this
    mode: str = "pect"
    examples: int = 0                          # retrieved examples before each prompt (examples.py)
    example_near_copies: float = 0.0           # share of training rows whose example may be a near-copy
    example_similar: float = 0.0               # share of training rows whose example is a similar function
    init_adapters: Path | None = None          # warm start from these GGUF role adapters

    def run_dir(self) -> Path:
        return self.runs_dir / self.run


def _jsonable(cfg: TrainConfig) -> dict:
    d = dataclasses.asdict(cfg)
    for k, v in d.items():
        if isinstance(v, Path):
            try:
                d[k] = str(v.resolve().relative_to(REPO))
            except ValueError:
                d[k] = str(v)
    return d


@functools.lru_cache(maxsize=2)
def epoch_order(n: int, seed: int, epoch: int) -> list[int]:
    order = list(range(n))
    random.Random(seed * 1000003 + epoch).shuffle(order)
    return order


def latest_checkpoint(run_dir: Path) -> Path | None:
    cks = sorted(glob.glob(str(run_dir / "checkpoints" / "step-*.pt")))
    return Path(cks[-1]) if cks else None


def save_checkpoint(cfg: TrainConfig, layers, opt, sched, state: dict) -> Path:
    d = cfg.run_dir() / "checkpoints"
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"step-{state['step']:07d}.pt"
    tmp = path.with_suffix(".tmp")
    torch.save({
        "lora": lora_state_dict(layers),
        "optimizer": opt.state_dict(),
        "scheduler": sched.state_dict(),
        "state": state,
        "rng_torch": torch.get_rng_state(),
        "config": _jsonable(cfg),
    }, tmp)
    os.replace(tmp, path)
    for old in sorted(glob.glob(str(d / "step-*.pt")))[: -cfg.keep_ckpts]:
        os.remove(old)
    return path


@torch.no_grad()
def evaluate(model, layers, pstate: PathState, layout: Layout, val: list[Example], cfg: TrainConfig,
             base: bool = False) -> dict:
    """Mean completion loss per token on the held-out rows of each role, through the role's
    paths (or through no LoRA path at all: the base model, with base=True)."""
    for l in layers.values():
        l.eval()
    res = {}
    for role in cfg.roles:
        exs = [e for e in val if e.role == role][: cfg.val_max]
        if not exs:
            continue
        pstate.active = () if base else layout.role_paths[role]
        tot, n = 0.0, 0
        for e in exs:
            loss, k = completion_loss(model, e)
            tot += loss.item() * k
            n += k
        res[role] = tot / n
    pstate.active = ()
    for l in layers.values():
        l.train()
    return res


def plot_log(log_path: Path, png_path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [json.loads(l) for l in open(log_path) if l.strip()]
    train = [r for r in rows if r.get("kind") == "train"]
    evals = [r for r in rows if r.get("kind") == "eval"]
    if not train:
        return
    fig, ax = plt.subplots(figsize=(8, 4.5))
    steps = [r["step"] for r in train]
    ax.plot(steps, [r["loss"] for r in train], color="0.7", lw=0.8, label="train loss (step)")
    k = max(1, len(train) // 30)
    if len(train) > 2 * k:
        sm = [sum(r["loss"] for r in train[max(0, i - k + 1): i + 1]) / len(train[max(0, i - k + 1): i + 1])
              for i in range(len(train))]
        ax.plot(steps, sm, color="k", lw=1.5, label=f"train loss (mean of {k})")
    colors = {"td": "tab:blue", "rt": "tab:green", "cg": "tab:red"}
    for role in ROLES:
        pts = [(r["step"], r["val"][role]) for r in evals if role in r.get("val", {})]
        if pts:
            ax.plot(*zip(*pts), "o-", color=colors[role], label=f"val {role}")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("completion cross-entropy (nats/token)")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(png_path, dpi=110)
    plt.close(fig)


def export_adapters(cfg: TrainConfig, layers, meta: dict) -> dict[str, Path]:
    out = {}
    for role in cfg.roles:
        paths = cfg.layout.role_paths[role]
        tensors, rank = merged_adapter(layers, paths)
        d = cfg.run_dir() / "adapters" / role
        save_peft_adapter(d, tensors, rank, "hf-base",
                          extra={"run": cfg.run, "mode": cfg.mode, "role": role, "paths": list(paths), **meta})
        out[role] = d
    return out


def train(cfg: TrainConfig, export_only: bool = False) -> dict[str, Path]:
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    run_dir = cfg.run_dir()
    run_dir.mkdir(parents=True, exist_ok=True)
    cfg.logs_dir.mkdir(parents=True, exist_ok=True)
    log_path = cfg.logs_dir / f"{cfg.run}.jsonl"
    png_path = cfg.logs_dir / f"{cfg.run}.png"

    t_load = time.time()
    tok, model = load_base(cfg.base_dir, cfg.threads)
    pstate, layers = inject(model, cfg.layout, cfg.alpha_per_rank, cfg.dropout)
    params = lora_parameters(layers)
    n_trainable = sum(p.numel() for p in params)

    rows = load_rows(cfg.data_dir, cfg.roles)
    train_rows = [r for r in rows if not is_val(str(r["id"]), cfg.val_frac)]
    val_rows = [r for r in rows if is_val(str(r["id"]), cfg.val_frac)]
    example_counts = None
    if cfg.examples > 0:
        import examples as retrieved  # models/training/examples.py: the server's retriever

        # retrieval stays within a role, so these rows (every row of the roles trained) are
        # the corpus the ids resolve in: no second read of the dataset files. Validation rows
        # always get a distinct example, so validation losses stay comparable across runs.
        train_rows, example_counts = retrieved.attach(train_rows, cfg.examples, cfg.data_dir, corpus_rows=rows,
                                                      near_copy_share=cfg.example_near_copies,
                                                      similar_share=cfg.example_similar)
        val_rows, _ = retrieved.attach(val_rows, cfg.examples, cfg.data_dir, corpus_rows=rows)
        print(f"retrieved examples: {example_counts}", flush=True)
    if cfg.subset > 0:
        kept = []
        for role in cfg.roles:
            rr = [r for r in train_rows if r["role"] == role]
            random.Random(cfg.seed).shuffle(rr)
            kept.extend(rr[: cfg.subset])
        train_rows = kept
    train_ex, skipped = tokenize_rows(tok, train_rows, cfg.max_len, cfg.add_eos)
    val_ex, _ = tokenize_rows(tok, val_rows, cfg.max_len, cfg.add_eos)
    if not train_ex:
        raise SystemExit("no training rows")
    steps_per_epoch = math.ceil(len(train_ex) / cfg.accum)
    total_steps = math.ceil(cfg.epochs * steps_per_epoch)
    if cfg.max_steps > 0:
        total_steps = min(total_steps, cfg.max_steps) if cfg.epochs > 0 else cfg.max_steps

    opt = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=0.0, betas=(0.9, 0.999))

    def lr_lambda(step: int) -> float:
        if step < cfg.warmup:
            return (step + 1) / cfg.warmup
        prog = (step - cfg.warmup) / max(1, total_steps - cfg.warmup)
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, prog)))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)
    state = {"step": 0, "epoch": 0, "pos": 0, "tokens": 0, "train_seconds": 0.0, "rng_py": None}

    ck = latest_checkpoint(run_dir) if (cfg.resume or export_only or cfg.eval_only) else None
    if ck is not None:
        blob = torch.load(ck, map_location="cpu", weights_only=False)
        load_lora_state_dict(layers, blob["lora"])
        opt.load_state_dict(blob["optimizer"])
        sched.load_state_dict(blob["scheduler"])
        state = blob["state"]
        torch.set_rng_state(blob["rng_torch"])
        if state.get("rng_py") is not None:
            rng.setstate(_tuplify(state["rng_py"]))
        print(f"resumed from {ck.name}: step {state['step']}, epoch {state['epoch']}, position {state['pos']}", flush=True)
    elif cfg.resume:
        print("no checkpoint to resume from: starting fresh", flush=True)
    init_note = None
    if ck is None and cfg.init_adapters is not None:
        init_note = init_from_gguf(layers, cfg.layout, cfg.init_adapters)
        print(f"warm start from {cfg.init_adapters} (shared path agrees across roles to {init_note['shared_max_diff']:.1g})", flush=True)
    if export_only:
        if ck is None and init_note is None:
            raise SystemExit(f"no checkpoint in {run_dir}")
        return export_adapters(cfg, layers, {"step": state["step"], "init": init_note})
    if cfg.eval_only:
        if ck is None and init_note is None:
            raise SystemExit(f"no checkpoint in {run_dir} (or give --init-adapters DIR to evaluate those)")
        with torch.no_grad():
            _log_eval(model, layers, pstate, val_ex, cfg, state, log_path, with_base=True)
        return {}
    if ck is None and log_path.exists():
        log_path.unlink()

    counts = {r: sum(1 for e in train_ex if e.role == r) for r in cfg.roles}
    header = {
        "kind": "start", "time": time.strftime("%Y-%m-%dT%H:%M:%S"), "resumed_step": state["step"],
        "train_rows": counts, "val_rows": {r: sum(1 for e in val_ex if e.role == r) for r in cfg.roles},
        "skipped_long": skipped, "trainable_params": n_trainable, "total_steps": total_steps,
        "steps_per_epoch": steps_per_epoch, "load_seconds": round(time.time() - t_load, 1),
        "examples": example_counts, "init": init_note,
        "config": _jsonable(cfg),
    }
    with open(log_path, "a") as f:
        f.write(json.dumps(header) + "\n")
    print(f"{cfg.run}: {len(train_ex)} train rows {counts}, {len(val_ex)} val rows, "
          f"{n_trainable / 1e6:.2f} M trainable, {total_steps} steps ({steps_per_epoch}/epoch)", flush=True)

    for l in layers.values():
        l.train()
    t_start = time.time()
    t_session0 = state["train_seconds"]
    last_ckpt_step = state["step"]
    stop_reason = "done"
    while state["step"] < total_steps:
        t0 = time.time()
        opt.zero_grad(set_to_none=True)
        role_loss: dict[str, list[float]] = {}
        ntok = 0
        loss_sum = 0.0
        for _ in range(cfg.accum):
            order = epoch_order(len(train_ex), cfg.seed, state["epoch"])
            ex = train_ex[order[state["pos"]]]
            state["pos"] += 1
            if state["pos"] >= len(train_ex):
                state["pos"] = 0
                state["epoch"] += 1
            paths = cfg.layout.role_paths[ex.role]
            if cfg.layout.shared and rng.random() < cfg.p_shared_only:
                paths = (cfg.layout.shared,)
            pstate.active = paths
            loss, k = completion_loss(model, ex)
            (loss * cfg.role_weights.get(ex.role, 1.0) / cfg.accum).backward()
            role_loss.setdefault(ex.role, []).append(loss.item())
            loss_sum += loss.item()
            ntok += len(ex.ids)
        pstate.active = ()
        align = torch.zeros(())
        if cfg.layout.shared and cfg.lambda_align > 0:
            align = alignment_penalty(layers, cfg.layout)
            (cfg.lambda_align * align).backward()
        gnorm = torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        state["step"] += 1
        state["tokens"] += ntok
        dt = time.time() - t0
        state["train_seconds"] += dt
        if state["step"] % cfg.log_every == 0 or state["step"] == total_steps:
            rec = {
                "kind": "train", "step": state["step"], "epoch": round(state["epoch"] + state["pos"] / len(train_ex), 4),
                "loss": loss_sum / cfg.accum, "role_loss": {r: sum(v) / len(v) for r, v in role_loss.items()},
                "align": float(align.detach()), "grad_norm": float(gnorm), "lr": sched.get_last_lr()[0],
                "tokens": state["tokens"], "tok_per_s": ntok / dt, "step_seconds": round(dt, 2),
                "elapsed": round(state["train_seconds"], 1),
            }
            with open(log_path, "a") as f:
                f.write(json.dumps(rec) + "\n")
            print(f"step {state['step']}/{total_steps} ep {rec['epoch']:.2f} loss {rec['loss']:.4f} "
                  f"{' '.join(f'{r}={v:.3f}' for r, v in rec['role_loss'].items())} align {rec['align']:.2e} "
                  f"lr {rec['lr']:.2e} {rec['tok_per_s']:.0f} tok/s", flush=True)
        if cfg.eval_every and state["step"] % cfg.eval_every == 0 and state["step"] < total_steps:
            _log_eval(model, layers, pstate, val_ex, cfg, state, log_path)
        timed_out = cfg.time_limit > 0 and (time.time() - t_start) > cfg.time_limit
        if state["step"] - last_ckpt_step >= cfg.ckpt_every or state["step"] == total_steps or timed_out:
            state["rng_py"] = rng.getstate()
            save_checkpoint(cfg, layers, opt, sched, state)
            last_ckpt_step = state["step"]
            plot_log(log_path, png_path, f"{cfg.run} ({cfg.mode})")
        if timed_out:
            stop_reason = "time limit"
            break

    session_s = state["train_seconds"] - t_session0
    if stop_reason == "done":
        _log_eval(model, layers, pstate, val_ex, cfg, state, log_path)
    with open(log_path, "a") as f:
        f.write(json.dumps({"kind": "end", "step": state["step"], "reason": stop_reason,
                            "tokens": state["tokens"], "train_seconds": round(state["train_seconds"], 1),
                            "session_seconds": round(session_s, 1)}) + "\n")
    plot_log(log_path, png_path, f"{cfg.run} ({cfg.mode})")
    if stop_reason != "done":
        # Export what we have, so a time-limited run still ends with usable adapters.
        print(f"stopped ({stop_reason}) at step {state['step']}; run again with --resume to continue", flush=True)
    adapters = export_adapters(cfg, layers, {"step": state["step"]})
    print(f"adapters: {', '.join(str(p.relative_to(REPO)) if p.is_relative_to(REPO) else str(p) for p in adapters.values())}")
    return adapters


def _log_eval(model, layers, pstate, val_ex, cfg, state, log_path, with_base=False):
    if not val_ex:
        return
    t0 = time.time()
    val = evaluate(model, layers, pstate, cfg.layout, val_ex, cfg)
    rec = {"kind": "eval", "step": state["step"], "val": val}
    if with_base:
        rec["val_base"] = evaluate(model, layers, pstate, cfg.layout, val_ex, cfg, base=True)
    rec["val_rows"] = {r: min(cfg.val_max, sum(1 for e in val_ex if e.role == r)) for r in cfg.roles}
    rec["seconds"] = round(time.time() - t0, 1)
    with open(log_path, "a") as f:
        f.write(json.dumps(rec) + "\n")
    print("eval " + " ".join(f"{r}={v:.4f}" for r, v in val.items()), flush=True)
    if with_base:
        print("base " + " ".join(f"{r}={v:.4f}" for r, v in rec["val_base"].items()), flush=True)


def _tuplify(x):
    return tuple(_tuplify(i) for i in x) if isinstance(x, list) else x


# --------------------------------------------------------------------------- CLI helpers


def add_common_args(ap) -> None:
    ap.add_argument("--run", help="run name (logs/<run>.jsonl, .build/runs/<run>/)")
    ap.add_argument("--data-dir", type=Path, default=DATASETS_DIR)
    ap.add_argument("--base-dir", type=Path, default=BUILD / "hf-base")
    ap.add_argument("--runs-dir", type=Path, default=BUILD / "runs")
    ap.add_argument("--logs-dir", type=Path, default=LOGS_DIR)
    ap.add_argument("--threads", type=int, default=int(os.environ.get("GPIOT_TORCH_THREADS", "2")))
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--max-len", type=int, default=768, help="max tokens per row (prompt + completion)")
    ap.add_argument("--subset", type=int, default=0, help="at most N training rows per role (0: all)")
    ap.add_argument("--val-frac", type=float, default=0.05)
    ap.add_argument("--val-max", type=int, default=16)
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--max-steps", type=int, default=0)
    ap.add_argument("--accum", type=int, default=8, help="rows per optimizer step")
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--alpha-per-rank", type=float, default=2.0, help="LoRA scale s = alpha / r")
    ap.add_argument("--dropout", type=float, default=0.05)
    ap.add_argument("--no-eos", action="store_true", help="do not append EOS to completions")
    ap.add_argument("--ckpt-every", type=int, default=25)
    ap.add_argument("--keep-ckpts", type=int, default=2)
    ap.add_argument("--eval-every", type=int, default=0)
    ap.add_argument("--time-limit", type=float, default=0.0, help="seconds; checkpoint and stop after")
    ap.add_argument("--synthetic", action="store_true",
                    help="train on a tiny generated dataset (smoke test before the real datasets exist)")
    ap.add_argument("--resume", action="store_true", help="continue from the latest checkpoint of --run")
    ap.add_argument("--eval-only", action="store_true",
                    help="validation loss of the latest checkpoint of --run and of the base model; no training")
    ap.add_argument("--export-only", action="store_true", help="write the adapters of the latest checkpoint")
    ap.add_argument("--examples", type=int, default=0,
                    help="precede each prompt with this many retrieved verified rows, as the server does (examples.py)")
    ap.add_argument("--example-near-copies", type=float, default=0.0,
                    help="share of training rows whose example may be a near-copy from another problem "
                         "(default 0: always a distinct one; validation rows always distinct)")
    ap.add_argument("--example-similar", type=float, default=0.0,
                    help="share of training rows whose example is a similar function of another problem "
                         "(trigram overlap 0.3-0.8: same kind, other details) when one is among the candidates")
    ap.add_argument("--init-adapters", type=Path, default=None,
                    help="warm start a fresh run from GGUF role adapters (e.g. models/adapters): exact split of the merged paths")


def common_config(args, run: str, layout: Layout, roles: tuple[str, ...], mode: str, **kw) -> TrainConfig:
    if args.synthetic:
        args.data_dir = make_synthetic(args.runs_dir / "synthetic-data")
    return TrainConfig(
        run=run, layout=layout, roles=roles, data_dir=args.data_dir, base_dir=args.base_dir,
        runs_dir=args.runs_dir, logs_dir=args.logs_dir, threads=args.threads, seed=args.seed,
        max_len=args.max_len, subset=args.subset, val_frac=args.val_frac, val_max=args.val_max,
        epochs=args.epochs, max_steps=args.max_steps, accum=args.accum, lr=args.lr, warmup=args.warmup,
        alpha_per_rank=args.alpha_per_rank, dropout=args.dropout, add_eos=not args.no_eos,
        ckpt_every=args.ckpt_every, keep_ckpts=args.keep_ckpts, eval_every=args.eval_every,
        time_limit=args.time_limit, resume=args.resume, eval_only=args.eval_only, mode=mode,
        examples=args.examples, example_near_copies=args.example_near_copies,
        example_similar=args.example_similar, init_adapters=args.init_adapters, **kw,
    )


def parse_roles(s: str) -> tuple[str, ...]:
    roles = tuple(r.strip() for r in s.split(",") if r.strip())
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise SystemExit(f"unknown role(s) {bad}; roles are {ROLES}")
    return roles
