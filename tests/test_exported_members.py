"""The package's public face is pinned: a change to it is a deliberate act."""

import newsprism


def test_all_is_sorted_and_exported() -> None:
    assert newsprism.__all__ == sorted(newsprism.__all__)
    for name in newsprism.__all__:
        assert hasattr(newsprism, name), name


def test_public_members() -> None:
    assert set(newsprism.__all__) == {
        "Article",
        "DigestResult",
        "Document",
        "InputNotFound",
        "NewsprismError",
        "UnreadableDocument",
        "__version__",
        "digest",
        "extract",
        "read_documents",
    }
