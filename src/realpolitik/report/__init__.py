"""Report: a self-contained brief (HTML or Markdown) of what the database holds."""

from realpolitik.report.brief import write_report

__all__ = ["write_report"]
