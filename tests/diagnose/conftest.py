from tests.check.conftest import check  # noqa: F401  (the one-claim document fixture)
