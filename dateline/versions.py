"""Version stamps written with every row."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

import extractors

EXTRACTOR_RELEASE = "1"


@cache
def extractor_version() -> str:
    """Release number plus a digest of the extractors' code and data files.

    Any change to the rules changes the version, so the next run re-extracts exactly the
    documents whose rows came from older rules.
    """
    digest = hashlib.sha256()
    root = resources.files(extractors)
    for path in sorted(_walk(root), key=str):
        digest.update(
            str(path.relative_to(root) if hasattr(path, "relative_to") else path).encode()
        )
        digest.update(path.read_bytes())
    return f"{EXTRACTOR_RELEASE}+{digest.hexdigest()[:10]}"


def _walk(node):
    for child in node.iterdir():
        if child.is_dir():
            if child.name != "__pycache__":
                yield from _walk(child)
        elif child.name.endswith((".py", ".toml", ".json", ".txt")):
            yield child
