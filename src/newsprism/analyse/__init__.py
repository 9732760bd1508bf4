"""Per-article analysis: sentences, time expressions, entities, quotes."""
