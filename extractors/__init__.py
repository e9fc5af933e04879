"""Pure extraction: text and a reference date in, records out (no I/O, no clock, no Prefect)."""
