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
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SHARED / "seeds"
