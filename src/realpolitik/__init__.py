"""realpolitik: a sourced, queryable model of the political system a pile of news describes."""

__version__ = "0.1.0"

from realpolitik.pipeline import RunSummary, run  # noqa: E402

__all__ = ["RunSummary", "run", "__version__"]
