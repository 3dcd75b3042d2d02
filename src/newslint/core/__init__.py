"""The core: Document, source map, diagnostics, the rule base, the linter, the fixer, suppression
and findings. It imports nothing above it."""
