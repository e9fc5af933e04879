"""Prefect flows: wiring only; the work is in ``dateline.batch`` and the extractors."""
