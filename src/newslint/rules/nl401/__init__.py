"""NL401 duplicate-paragraph's passes beside its main one; the rule is `rules/nl401_duplicate_paragraph.py`."""
