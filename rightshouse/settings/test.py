import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Hashing speed is irrelevant to what the tests check; Argon2 would slow every user fixture.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once here; search/tests/test_background_indexing.py checks the database
# backend and its worker, which everything else (make run, production) uses.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Several suites may run side by side (e.g. on parts of the code): each names its own run.
TEST_RUN = os.environ.get("RIGHTSHOUSE_TEST_RUN", "")
MEDIA_ROOT = VAR_DIR / f"test-media{TEST_RUN}"  # noqa: F405
SUPPORT_FILES_DIR = VAR_DIR / f"test-support{TEST_RUN}"  # noqa: F405
if REDIS_URL:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = f"rightshouse-test-{os.getpid()}"  # noqa: F405
# A file, not SQLite's in-memory database: Django shares one in-memory connection between the
# test and every thread of the live server, and concurrent requests (an admin page's XHRs,
# each saving the session) then trip over each other's savepoints. With a file each thread has
# its own connection, in WAL mode, as in the embedded default.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": VAR_DIR / f"test{TEST_RUN}.sqlite3"}  # noqa: F405
# Tests fill forms in at once; core/tests/test_submissions.py checks the real minimum.
SUBMISSION_MIN_SECONDS = 0
