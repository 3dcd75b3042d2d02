"""The hash functions newslint uses, from Python's own built-in modules where it has them:
`import hashlib` loads OpenSSL, a few milliseconds of every start of the command. The digests
are the same either way."""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

try:
    from _sha2 import sha256  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import sha256

__all__ = ["blake2b", "sha256"]
