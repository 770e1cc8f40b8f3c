import pytest


@pytest.fixture(autouse=True)
def support_files(settings, tmp_path):
    """Each test's encrypted files in a folder of its own, so it sees only what it wrote."""
    settings.SUPPORT_FILES_DIR = tmp_path / "support"
    return settings.SUPPORT_FILES_DIR
