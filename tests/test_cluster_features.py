"""Features: row_dots equals the per-pair sparse product it replaces."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from newsprism.cluster.features import row_dots


def test_row_dots_equals_pairwise_products() -> None:
    keep = np.ones(200)
    keep[7] = 0.0  # an empty row
    m = sparse.csr_matrix(
        sparse.diags(keep) @ sparse.random(200, 500, density=0.05, format="csr", random_state=1)
    )
    m.eliminate_zeros()
    assert m.indptr[8] == m.indptr[7]
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, 200, 3000), rng.integers(0, 200, 3000)
    i[:5] = 7
    expected = np.asarray(m[i].multiply(m[j]).sum(axis=1)).ravel()
    assert np.allclose(row_dots(m, i, j), expected, rtol=0, atol=1e-12)


def test_row_dots_without_pairs() -> None:
    m = sparse.csr_matrix(np.eye(3))
    empty = np.zeros(0, dtype=np.int64)
    assert row_dots(m, empty, empty).shape == (0,)
