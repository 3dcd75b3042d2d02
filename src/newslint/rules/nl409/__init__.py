"""NL409 related-list's passes, one module per shape of a list of other stories; the rule itself,
which finds a list under its header, is `rules/nl409_related_list.py`."""
