"""Helpers the rules share (not rules): spelling fixes and options, paragraph keys and removals."""
