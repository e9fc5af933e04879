"""Declared Arrow schemas of the Parquet lake (one place for names, types and descriptions)."""

from schemas.tables import SCHEMA_VERSION, TABLES, Column, Table

__all__ = ["SCHEMA_VERSION", "TABLES", "Column", "Table"]
