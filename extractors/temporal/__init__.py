"""Rule-based temporal tagger for English news: find TIMEX3 expressions, resolve them.

Pure functions, no I/O and no clock: the reference date (the document creation time) is
always an argument.
"""

from .model import GRANULARITIES, Resolution, Timex
from .tagger import resolve, tag

__all__ = ["GRANULARITIES", "Resolution", "Timex", "resolve", "tag"]
