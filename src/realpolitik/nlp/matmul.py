"""spaCy's matrix products by numpy's BLAS (OpenBLAS) instead of BLIS, on one thread.

thinc's CPU backend multiplies matrices with BLIS (`NumpyOps.gemm`). On the development machine
(AMD EPYC, AVX2) the BLIS build that thinc ships ran a tok2vec-sized product (3,000 x 288 by
288 x 288, float32, one thread) in 17 ms where numpy's OpenBLAS took 5.5 ms, and the layers
built on it (the two tok2vec encoders' maxout windows, the static vectors' projection, the
parser's and NER's lower layer) are most of a parse. The swap is `NumpyOps(use_blis=False)`,
thinc's own switch: its `gemm` then calls `numpy.dot`.

The parse is unchanged on what the pipeline reads: tag, POS, morphology, lemma, dependency,
head, entity IOB and type and sentence starts were identical on all 116,297 tokens of the 300
bench documents (docs/benchmarks.md, speed round 8); spaCy's CPU time on them fell from 20.3 to
13.8 s. The parser's and NER's per-state products inside their Cython loops still go through
BLIS (`ops.cblas()`, which cannot be changed from Python).

numpy's OpenBLAS starts a thread per core; the pipeline already runs one worker process per
core, so `one_blas_thread` keeps it to one (as BLIS was), set before the workers are forked.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps


def gemm_by_numpy(nlp: Language) -> int:
    """Make every model layer of `nlp` that multiplies with BLIS multiply with numpy's BLAS;
    the number of layers changed. Layers on other backends (a GPU's) are left alone."""
    numpy_ops = NumpyOps(use_blis=False)
    changed = 0
    for _, component in nlp.pipeline:
        model: Any = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            ops = layer.ops
            if type(ops) is NumpyOps and getattr(ops, "use_blis", False):
                layer.ops = numpy_ops
                changed += 1
    return changed


def one_blas_thread() -> None:
    """Keep numpy's BLAS to one thread in this process (and the processes it forks later)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
