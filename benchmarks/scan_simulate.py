"""NL601's LSH banding on synthetic signatures, for the design figures in docs/scale.md.

    python benchmarks/scan_simulate.py --stories 100000 300000 1000000

Each archive holds N random signatures (unrelated stories) and 1% planted copies of some of them
at a chosen Jaccard similarity (each MinHash value kept with that probability). Reported per N:
candidate pairs per story (work for the verification step), the largest bucket, recall of the
planted copies, the seconds and bytes the banding of one machine takes. The step is linear in N
(a sort per band), so 10M and 100M are extrapolated from these and set against one worker's memory.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from corpus import ROOT  # noqa: F401 - puts src/ on the path

from newslint.scan.archive import ArchiveOptions, band_keys, lsh_parameters
from newslint.scan.features import NUM_PERM


def simulate(stories: int, similarity: float, rng: np.random.Generator) -> dict[str, float]:
    options = ArchiveOptions()
    bands, rows = lsh_parameters(options.duplicate_threshold)
    planted = stories // 100
    signatures = rng.integers(0, 1 << 32, (stories, NUM_PERM), dtype=np.uint32)
    originals = rng.choice(stories - planted, planted, replace=False)
    copies = np.arange(stories - planted, stories)
    kept = rng.random((planted, NUM_PERM)) < similarity
    signatures[copies] = np.where(kept, signatures[originals], signatures[copies])
    start = time.perf_counter()
    keys = band_keys(signatures, bands, rows)
    candidates = 0
    largest = 0
    found: set[tuple[int, int]] = set()
    planted_pairs = {(int(o), int(c)) for o, c in zip(originals, copies, strict=True)}
    for band in range(bands):
        column = keys[:, band]
        order = np.argsort(column, kind="stable")
        ordered = column[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, len(ordered)])
        largest = max(largest, int(sizes.max()))
        candidates += int((sizes * (sizes - 1) // 2).sum())
        for start_at in starts[sizes > 1]:
            members = tuple(sorted(int(m) for m in order[start_at : start_at + 2]))
            if members in planted_pairs:
                found.add(members)
    seconds = time.perf_counter() - start
    return {"stories": stories, "bands": bands, "rows": rows, "candidates_per_story": candidates / stories,
            "largest_bucket": largest, "recall": len(found) / planted, "seconds": seconds,
            "bytes_per_story": signatures.itemsize * NUM_PERM + keys.itemsize * bands}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--similarity", type=float, default=0.6)
    args = parser.parse_args()
    rng = np.random.default_rng(3)
    rates = []
    for stories in args.stories:
        row = simulate(stories, args.similarity, rng)
        rates.append(row["seconds"] / stories)
        print(f"{stories:>10,} stories: {row['bands']} bands x {row['rows']} rows; "
              f"{row['candidates_per_story']:.4f} candidate pairs per story; largest bucket {row['largest_bucket']}; "
              f"recall of copies at J={args.similarity}: {row['recall']:.1%}; banding {row['seconds']:.1f}s; "
              f"{row['bytes_per_story']} bytes per story")
    per_story = max(rates)
    for target in (10_000_000, 100_000_000):
        print(f"{target:>10,} stories: banding on one core ~{per_story * target / 60:.0f} min; "
              f"signatures and keys {target * (4 * NUM_PERM + 8 * 25) / 2**30:.1f} GiB "
              f"(x2 with the after-the-lead signatures)")


if __name__ == "__main__":
    main()
