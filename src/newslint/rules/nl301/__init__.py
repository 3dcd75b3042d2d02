"""NL301 name-consistency's passes, one module per kind of evidence; the rule itself, which runs them
in order, is `rules/nl301_name_consistency.py`."""
