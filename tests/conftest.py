"""Shared fixtures: the English pipeline (loaded once), paths to the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from realpolitik.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def resources():
    """The pipeline's loaded resources (pipeline, knowledge base, gazetteer), once per session."""
    from realpolitik.pipeline import Resources

    return Resources.load()


@pytest.fixture(scope="session")
def analyse(resources):
    """A function from a text to the event mentions the whole analysis finds in it."""
    from realpolitik.model import Document
    from realpolitik.pipeline import analyse_documents

    def run(text: str):
        doc = Document(doc_id="t", source="test", raw=text, text=text)
        return analyse_documents([doc], resources)[0].event_mentions

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SHARED / "seeds"
