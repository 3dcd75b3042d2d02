"""Page chrome by its shape: the line detectors and vocabulary NL408 uses, and the line splitting
and removal NL409 to NL414 share; one module per kind of shape, the vocabulary at the bottom."""
