"""The Parquet lake and the DuckDB database built over it from ordered SQL files."""
