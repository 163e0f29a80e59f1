"""Scorers on development gold data, each a public function with a CLI twin (`realpolitik eval`)."""

from realpolitik.eval.runner import run_scorer

__all__ = ["run_scorer"]
