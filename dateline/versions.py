"""Version stamps written with every row."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import extractors

EXTRACTOR_RELEASE = "1"
_RULE_FILES = ("*.py", "*.toml", "*.json", "*.txt")


@cache
def extractor_version() -> str:
    """Release number plus a digest of the extractors' code and data files.

    Any change to the rules changes the version, so the next run re-extracts exactly the
    documents whose rows came from older rules.
    """
    root = Path(extractors.__file__).parent
    files = sorted({p for pattern in _RULE_FILES for p in root.rglob(pattern)})
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{EXTRACTOR_RELEASE}+{digest.hexdigest()[:10]}"
