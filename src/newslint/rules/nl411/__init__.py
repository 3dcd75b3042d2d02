"""NL411 end-marker-at-end's passes, one module per kind of closing; the rule itself, which runs them
in order, is `rules/nl411_end_marker_at_end.py`."""
