"""NL408 page-chrome's passes, one module per family of shapes; the rule itself, which runs them
in order, is `rules/nl408_page_chrome.py`."""
