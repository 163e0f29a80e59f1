"""spaCy's layers multiply with numpy's BLAS after `gemm_by_numpy`, and predict as before."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.training import Example
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from realpolitik.nlp.matmul import gemm_by_numpy, one_blas_thread

SENTENCES = [
    ("Rebels shelled the town at dawn", ["NNS", "VBD", "DT", "NN", "IN", "NN"]),
    ("The minister said talks would resume", ["DT", "NN", "VBD", "NNS", "MD", "VB"]),
]


def _tagger():
    nlp = spacy.blank("en")
    nlp.add_pipe("tagger")
    examples = [
        Example.from_dict(nlp.make_doc(text), {"tags": tags}) for text, tags in SENTENCES
    ]
    nlp.initialize(lambda: examples)
    return nlp


def _scores(nlp, texts):
    tagger = nlp.get_pipe("tagger")
    return [tagger.model.predict([nlp.make_doc(t)])[0] for t in texts]


def test_every_blis_layer_moves_to_numpy_and_the_scores_stay():
    nlp = _tagger()
    texts = ["Police fired on the crowd", "Talks resume in the capital on Monday"]
    before = _scores(nlp, texts)
    assert gemm_by_numpy(nlp) > 0
    for layer in nlp.get_pipe("tagger").model.walk():
        assert isinstance(layer.ops, NumpyOps)
        assert not layer.ops.use_blis
    after = _scores(nlp, texts)
    for b, a in zip(before, after, strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)
        assert (a.argmax(axis=1) == b.argmax(axis=1)).all()


def test_a_second_call_changes_nothing():
    nlp = _tagger()
    gemm_by_numpy(nlp)
    assert gemm_by_numpy(nlp) == 0


def test_numpys_blas_runs_on_one_thread():
    one_blas_thread()
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas
    assert all(lib["num_threads"] == 1 for lib in blas)


def test_the_loaded_pipeline_multiplies_with_numpy_in_every_component(nlp):
    layers = [
        layer
        for _, component in nlp.pipeline
        if hasattr(getattr(component, "model", None), "walk")
        for layer in component.model.walk()
    ]
    assert len(layers) > 100  # tok2vec, tagger, parser, NER
    assert not [layer.name for layer in layers if getattr(layer.ops, "use_blis", False)]
