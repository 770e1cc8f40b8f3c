import pytest
from nacl import pwhash

from rightshouse.support import crypto, keys

from .helpers import make_handler


@pytest.fixture(autouse=True)
def support_files(settings, tmp_path):
    """Each test's encrypted files in a folder of its own, so it sees only what it wrote."""
    settings.SUPPORT_FILES_DIR = tmp_path / "support"
    return settings.SUPPORT_FILES_DIR


@pytest.fixture(autouse=True)
def fast_argon2(monkeypatch):
    """Handler keys wrapped at the lowest Argon2id cost (read at call time): the tests do not
    measure it."""
    monkeypatch.setattr(crypto, "PASSPHRASE_OPSLIMIT", pwhash.argon2id.OPSLIMIT_MIN)
    monkeypatch.setattr(crypto, "PASSPHRASE_MEMLIMIT", pwhash.argon2id.MEMLIMIT_MIN)


@pytest.fixture
def recovery_private(db):
    return bytes.fromhex(keys.create_recovery_key())


@pytest.fixture
def handler(django_user_model, recovery_private):
    """A case handler with a key (passphrase helpers.PASSPHRASE), beside a recovery key."""
    return make_handler(django_user_model, "handler")
