from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = CORPUS / "seed" / "vna-amim21.txt"


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/corpus/seed/vna-amim21.txt is not present")
    return SEED.read_text(encoding="utf-8")
