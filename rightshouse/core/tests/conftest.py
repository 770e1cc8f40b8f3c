from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def built_demo(django_db_setup, django_db_blocker):
    """The demo, built once per test module (it takes a dozen seconds) inside a transaction
    that is rolled back afterwards; each test runs in a savepoint within it (`db`), so what
    one test changes is gone for the next. The command's output is the value."""
    with django_db_blocker.unblock(), transaction.atomic():
        out = StringIO()
        call_command("build_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)
