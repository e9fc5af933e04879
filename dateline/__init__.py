"""dateline: dated event chronologies from news text (CLI, input readers, evaluation, reports)."""
