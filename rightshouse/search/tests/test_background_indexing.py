"""Wagtail 7.4 writes the search index through django-tasks. With the database backend, as in
`make run` and production, a published edit is searchable once the worker has run, and not
before: this is what the other tests (on the immediate backend) cannot see."""

import logging
import signal

from django.core.management import call_command
from django.test import Client
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

NEW_WORD = "quokka"  # in no page of small_site


def found(client, language, word):
    response = client.get(f"/{language}/search/", {"q": word})
    assert response.status_code == 200
    results = response.context["results"]
    return [publication.pk for publication in results.object_list] if results else []


def run_worker_until_the_queue_is_empty(monkeypatch):
    """The worker production runs (`manage.py db_worker`, deploy/rightshouse-worker.service),
    in the batch mode `make run` uses before serving: it exits when no task is left."""
    # Between tasks the worker closes database connections that are not in autocommit mode;
    # here that would be the test's own, inside the transaction that holds small_site.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    # The command installs its own signal handlers and sets its loggers' levels; the test
    # process keeps its own.
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    handlers = {number: signal.getsignal(number) for number in signals}
    loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
    levels = [logger.level for logger in loggers]
    try:
        call_command(
            "db_worker",
            "--queue-name=*",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            verbosity=0,
        )
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def test_an_edit_is_searchable_once_the_worker_has_run_and_not_before(
    small_site, settings, monkeypatch
):
    # small_site was indexed at once (the immediate backend of the test settings); from
    # here on tasks wait in the database for a worker, as everywhere else.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client = Client()
    page = small_site.translated["en"]
    assert found(client, "en", "solidarity") == [page.pk], "the search itself works"
    assert found(client, "en", NEW_WORD) == []

    page.title = f"Defenders' day: a {NEW_WORD} for every prisoner"
    page.save_revision().publish()

    waiting = DBTaskResult.objects.filter(status="READY")
    assert waiting.filter(task_path__endswith="insert_or_update_object_task").exists()
    assert found(client, "en", NEW_WORD) == [], "not searchable before the worker runs"

    run_worker_until_the_queue_is_empty(monkeypatch)

    assert not waiting.exists()
    assert not DBTaskResult.objects.filter(status="FAILED").exists()
    assert found(client, "en", NEW_WORD) == [page.pk]
    assert found(client, "ru", NEW_WORD) == [], "and only in the page's own language"
