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
        "read_documents",
    }


def test_stage_packages_are_not_shadowed() -> None:
    # a top-level function named like a stage package would hide the package from
    # `import newsprism.extract.text`; stage functions live in their packages
    import newsprism.extract.text

    assert newsprism.extract.text.read_text is not None
