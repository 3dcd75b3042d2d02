"""NL410 repeated-text's passes, one module per place a page prints text again; the rule itself,
which compares the headline, title, summary and lead wherever the page prints them, is
`rules/nl410_repeated_text.py`."""
