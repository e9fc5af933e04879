"""Content-derived identifiers: the same input always gets the same id."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts, joined by a separator that cannot occur in news text."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]
