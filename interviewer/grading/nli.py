"""A contradiction model of our own: does a sentence agree with a reference point, contradict
it, or neither?

No natural-language-inference model ships its weights in a package we can install, so this one
is trained here, reproducibly, from the bundled MiniLM (``interviewer train contradiction``). It
is a cross-encoder that shares the embedder's weights: the pair ("point [SEP] sentence") runs
through the embedder's own first ``FROZEN_LAYERS`` transformer layers, then through trained
copies of the remaining layers and a three-way head. A weights file holds only those trained
layers and the head, int8 per row (about 7 MB), and nothing is loaded twice.

None ships yet: measured, it does not earn a place in the grader (its figures, data and
commands are in ``data/contradiction/README.md``). The grader takes one when given
(``Grader(contradiction=...)``), and ``interviewer bench asag --contradiction-model`` measures
one, trained for each fold without it, through the grader.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

LABELS = ("agrees", "contradicts", "neither")  # SemEval-2013: correct, contradictory, incorrect
AGREES, CONTRADICTS, NEITHER = range(3)
FROZEN_LAYERS = 2  # the embedder's first layers, shared as they are
MAX_PAIR_TOKENS = 96
BATCH = 32


def _extended_mask(mask: Any) -> Any:
    import torch

    return (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min


def _run_layers(layers: Any, hidden: Any, mask: Any) -> Any:
    extended = _extended_mask(mask).to(hidden.dtype)
    for layer in layers:
        out = layer(hidden, attention_mask=extended)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def build_head(base: Any) -> Any:
    """The trained part: copies of ``base``'s layers after FROZEN_LAYERS, and a linear head on
    the [CLS] state and the mean of the pair's states."""
    import copy

    import torch
    from torch import nn

    class PairHead(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = copy.deepcopy(base.encoder.layer[FROZEN_LAYERS:]).float()
            size = int(base.config.hidden_size)
            self.head = nn.Linear(2 * size, len(LABELS))

        def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            hidden = _run_layers(self.layers, hidden, mask)
            mean = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
            return self.head(torch.cat([hidden[:, 0], mean], -1))

    return PairHead()


def bottom_states(base: Any, tokenizer: Any, pairs: Sequence[tuple[str, str]]) -> list[Any]:
    """Each pair's hidden states after the shared layers (float32, unpadded)."""
    import torch

    out: list[Any] = []
    with torch.no_grad():
        for start in range(0, len(pairs), 64):
            chunk = pairs[start : start + 64]
            enc = tokenizer(
                [a for a, _ in chunk],
                [b for _, b in chunk],
                truncation=True,
                max_length=MAX_PAIR_TOKENS,
                padding=True,
                return_tensors="pt",
            )
            hidden = base.embeddings(input_ids=enc["input_ids"], token_type_ids=enc["token_type_ids"])
            hidden = _run_layers(base.encoder.layer[:FROZEN_LAYERS], hidden, enc["attention_mask"])
            lengths = enc["attention_mask"].sum(1).tolist()
            out.extend(hidden[j, : int(n)].float().clone() for j, n in enumerate(lengths))
    return out


def _batch(states: Sequence[Any], rows: Sequence[int]) -> tuple[Any, Any]:
    import torch

    longest = max(int(states[i].shape[0]) for i in rows)
    size = int(states[rows[0]].shape[1])
    hidden = torch.zeros(len(rows), longest, size)
    mask = torch.zeros(len(rows), longest)
    for j, i in enumerate(rows):
        n = int(states[i].shape[0])
        hidden[j, :n] = states[i]
        mask[j, :n] = 1
    return hidden, mask


def train_head(
    base: Any,
    states: Sequence[Any],
    labels: Sequence[int],
    *,
    seed: int = 0,
    epochs: int = 2,
    lr: float = 4e-5,
    progress: Callable[[int, int], None] | None = None,
) -> Any:
    """Fine-tune a fresh head on pairs already run through the shared layers."""
    import torch
    from torch import nn

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    head = build_head(base)
    optimizer = torch.optim.AdamW(head.parameters(), lr=lr, weight_decay=0.01)
    target = np.asarray(labels, dtype=np.int64)
    steps = epochs * ((len(target) + BATCH - 1) // BATCH)
    done = 0
    for _ in range(epochs):
        head.train()
        order = rng.permutation(len(target))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH].tolist()
            hidden, mask = _batch(states, rows)
            loss = nn.functional.cross_entropy(head(hidden, mask), torch.from_numpy(target[rows]))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            done += 1
            if progress is not None:
                progress(done, steps)
    return head.eval()


def head_probabilities(head: Any, states: Sequence[Any]) -> np.ndarray:
    import torch

    if not states:
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    out = []
    with torch.no_grad():
        for start in range(0, len(states), 128):
            hidden, mask = _batch(states, list(range(start, min(start + 128, len(states)))))
            out.append(torch.softmax(head(hidden, mask), -1).numpy())
    return np.concatenate(out).astype(np.float32)


# ------------------------------------------------------------------------ storage (int8)


def save_head(head: Any, path: Path, meta: dict[str, object]) -> None:
    """Matrices as int8 with one float scale per row; vectors as float16."""
    from safetensors.numpy import save_file

    tensors: dict[str, np.ndarray] = {}
    for name, value in head.state_dict().items():
        array = value.detach().float().numpy()
        if array.ndim == 2:
            scale = np.maximum(np.abs(array).max(axis=1, keepdims=True), 1e-12) / 127.0
            tensors[f"{name}.q"] = np.round(array / scale).astype(np.int8)
            tensors[f"{name}.scale"] = scale.astype(np.float32)
        else:
            tensors[name] = array.astype(np.float16)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(path), metadata={"meta": json.dumps(meta, sort_keys=True)})


def load_head(base: Any, path: Path) -> tuple[Any, dict[str, object]]:
    import torch
    from safetensors import safe_open

    head = build_head(base)
    state: dict[str, Any] = {}
    with safe_open(str(path), framework="np") as f:
        meta = json.loads((f.metadata() or {}).get("meta", "{}"))
        keys = list(f.keys())
        for key in keys:
            if key.endswith(".scale"):
                continue
            if key.endswith(".q"):
                name = key[: -len(".q")]
                array = f.get_tensor(key).astype(np.float32) * f.get_tensor(f"{name}.scale")
            else:
                name, array = key, f.get_tensor(key).astype(np.float32)
            state[name] = torch.from_numpy(np.ascontiguousarray(array))
    head.load_state_dict(state)
    return head.eval(), meta


# ------------------------------------------------------------------------ at run time


@dataclass
class ContradictionModel:
    """The trained head over an embedder's shared layers."""

    base: Any
    tokenizer: Any
    head: Any
    meta: dict[str, object]
    lock: threading.Lock

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """For each (point, sentence): P(agrees), P(contradicts), P(neither)."""
        if not pairs:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        with self.lock:
            return head_probabilities(self.head, bottom_states(self.base, self.tokenizer, pairs))

    def contradiction(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        return self.probabilities(pairs)[:, CONTRADICTS]


def load_contradiction_model(embedder: object, path: Path) -> ContradictionModel | None:
    """The model in ``path`` over ``embedder``'s layers, or None when it cannot apply: the
    embedder is not the bundled MiniLM it was trained on, or the file is unreadable."""
    parts = getattr(embedder, "shared_encoder", None)
    shared = parts() if callable(parts) else None
    if shared is None or not path.exists():
        return None
    base, tokenizer, model_id, lock = shared
    try:
        head, meta = load_head(base, path)
    except Exception:  # noqa: BLE001 - a damaged file: grade with the rules alone
        return None
    if meta.get("base_model") not in (None, model_id.split("#")[0]):
        return None
    return ContradictionModel(base, tokenizer, head, meta, lock)
