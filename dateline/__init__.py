"""dateline package."""
