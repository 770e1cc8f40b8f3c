"""Scheduled publishing and expiry happen by themselves (rightshouse.core.scheduler, the
`run_scheduler` command that bin/run-dev and deploy/rightshouse-scheduler.service start), and
a scheduled item's public date is its go-live time unless the editor set one."""

import datetime
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.core import scheduler
from rightshouse.publications.models import NewsPage, Publication
from rightshouse.publications.tests.admin_forms import add_news, edit_url, news_form_data

BASE_DIR = Path(settings.BASE_DIR)
SERVED_TIMEOUT = 40  # seconds; the scheduler in the served test checks twice a second


def form_time(moment):
    """A date and time as the admin's date-time field takes it, to the second."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M:%S")


def to_the_second(moment):
    return moment.replace(microsecond=0)


def schedule(admin_client, parent, title, go_live_at, expire_at=None, **fields):
    response = add_news(
        admin_client,
        parent,
        title,
        go_live_at=form_time(go_live_at),
        expire_at=form_time(expire_at) if expire_at else "",
        **fields,
    )
    assert response.status_code == 302, response.context["form"].errors
    return NewsPage.objects.get(title=title)


def publish_edit(admin_client, page, **fields):
    page = NewsPage.objects.get(pk=page.pk)
    data = news_form_data(page.title, slug=page.slug, **fields)
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 302, response.context["form"].errors
    return NewsPage.objects.get(pk=page.pk)


class Clock:
    """Django's clock, moved forward: Wagtail itself compares go-live times with
    timezone.now() when the scheduler publishes a revision."""

    def __init__(self, monkeypatch):
        self.offset = datetime.timedelta()
        real_now = timezone.now
        monkeypatch.setattr(timezone, "now", lambda: real_now() + self.offset)

    def move_past(self, moment):
        self.offset += moment - timezone.now() + datetime.timedelta(seconds=1)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def listed_titles(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


# --- The public date ---------------------------------------------------------------------


def test_a_scheduled_item_goes_live_dated_with_its_go_live_time(small_site, admin_client, clock):
    go_live = to_the_second(timezone.now() + datetime.timedelta(hours=2))
    page = schedule(admin_client, small_site.news["en"], "Scheduled statement", go_live)
    assert not page.live and page.date is None
    revision = Revision.objects.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    assert revision.approved_go_live_at == go_live
    assert "Scheduled statement" not in listed_titles(Client(), "/en/news/")

    clock.move_past(go_live)
    scheduler.run_pass()

    page = NewsPage.objects.get(pk=page.pk)
    assert page.live and page.date == go_live, "the go-live time, not the creation time"
    assert Publication.objects.get(pk=page.pk).listed
    assert "Scheduled statement" in listed_titles(Client(), "/en/news/")
    assert "Scheduled statement" in listed_titles(Client(), "/en/news/rss/")


def test_a_date_the_editor_set_is_kept(small_site, admin_client, clock):
    chosen = to_the_second(timezone.now() - datetime.timedelta(days=3))
    go_live = to_the_second(timezone.now() + datetime.timedelta(hours=1))
    page = schedule(
        admin_client, small_site.news["en"], "Backdated", go_live, date=form_time(chosen)
    )
    clock.move_past(go_live)
    scheduler.run_pass()
    assert NewsPage.objects.get(pk=page.pk).date == chosen


def test_an_item_published_at_once_without_a_date_is_dated_now(small_site, admin_client):
    before = timezone.now()
    response = add_news(admin_client, small_site.news["en"], "Published at once")
    assert response.status_code == 302
    page = NewsPage.objects.get(title="Published at once")
    assert page.live and before <= page.date <= timezone.now()


def test_later_edits_keep_the_first_date_and_the_form_shows_it(small_site, admin_client, clock):
    go_live = to_the_second(timezone.now() + datetime.timedelta(hours=1))
    page = schedule(admin_client, small_site.news["en"], "Edited later", go_live)
    # A draft saved before the go-live time: the latest revision carries no date either.
    draft = NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.lead = "A better lead."
    draft.save_revision()
    clock.move_past(go_live)
    scheduler.run_pass()
    assert NewsPage.objects.get(pk=page.pk).date == go_live

    form = admin_client.get(edit_url(page)).context["form"]
    assert form.instance.date is None, "the draft's own date is empty"
    assert form.initial["date"] == go_live, "the form shows the date the item went live with"

    page = publish_edit(admin_client, page, date="", lead="Edited again.")
    assert page.lead == "Edited again." and page.date == go_live
    page = publish_edit(admin_client, page, date="", lead="And again, a week later.")
    assert page.date == go_live


def test_a_draft_date_cleared_before_scheduling_gives_way_to_the_go_live_time(
    small_site, admin_client, clock
):
    draft_date = to_the_second(timezone.now() - datetime.timedelta(days=30))
    response = add_news(
        admin_client,
        small_site.news["en"],
        "Draft first",
        date=form_time(draft_date),
        action="action-save",
    )
    assert response.status_code == 302
    page = NewsPage.objects.get(title="Draft first")
    assert not page.live and page.date == draft_date
    go_live = to_the_second(timezone.now() + datetime.timedelta(hours=1))
    response = admin_client.post(
        edit_url(page),
        news_form_data("Draft first", slug=page.slug, date="", go_live_at=form_time(go_live)),
    )
    assert response.status_code == 302
    clock.move_past(go_live)
    scheduler.run_pass()
    assert NewsPage.objects.get(pk=page.pk).date == go_live


def test_expiry_unpublishes_and_hides(small_site, admin_client, clock):
    expire = to_the_second(timezone.now() + datetime.timedelta(hours=1))
    response = add_news(
        admin_client, small_site.news["en"], "Expiring", expire_at=form_time(expire)
    )
    assert response.status_code == 302
    page = NewsPage.objects.get(title="Expiring")
    assert page.live and Publication.objects.get(pk=page.pk).listed

    clock.move_past(expire)
    result = scheduler.run_pass()

    assert result.expired == [("wagtailcore.Page", page.pk)]
    page = NewsPage.objects.get(pk=page.pk)
    assert not page.live and page.expired
    assert not Publication.objects.get(pk=page.pk).listed
    assert "Expiring" not in listed_titles(Client(), "/en/news/")
    assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish.scheduled").exists()


# --- Robustness --------------------------------------------------------------------------


def test_a_failing_item_is_logged_and_the_others_still_go_live(
    small_site, admin_client, monkeypatch, caplog, clock
):
    go_live = to_the_second(timezone.now() + datetime.timedelta(hours=1))
    broken = schedule(admin_client, small_site.news["en"], "Broken one", go_live)
    fine = schedule(admin_client, small_site.news["en"], "Fine one", go_live)
    publish = Revision.publish

    def publish_unless_broken(revision, *args, **kwargs):
        if revision.object_id == str(broken.pk):
            raise RuntimeError("the disk is full")
        return publish(revision, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", publish_unless_broken)
    with caplog.at_level(logging.INFO, logger=scheduler.__name__):
        clock.move_past(go_live)
        result = scheduler.run_pass()

    assert result.failed == 1 and len(result.published) == 1
    assert NewsPage.objects.get(pk=fine.pk).live
    assert not NewsPage.objects.get(pk=broken.pk).live
    failure = next(r for r in caplog.records if r.levelno == logging.ERROR)
    assert "failed" in failure.getMessage() and failure.exc_info
    assert "Broken one" not in caplog.text, "log lines name ids, not titles"

    monkeypatch.setattr(Revision, "publish", publish)
    result = scheduler.run_pass()
    assert len(result.published) == 1 and result.failed == 0
    assert NewsPage.objects.get(pk=broken.pk).live


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_once_publish_each_revision_once(small_site):
    go_live = timezone.now() - datetime.timedelta(seconds=5)
    pages = small_site.add_news("en", 3)
    for page in pages:
        page.unpublish()
        NewsPage.objects.get(pk=page.pk).save_revision(approved_go_live_at=go_live)
    start = threading.Barrier(4)
    results, errors = [], []

    def run():
        try:
            start.wait(timeout=10)
            results.append(scheduler.run_pass())
        except Exception as error:  # reported below, with the others
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert sorted(r for result in results for r in result.published) == sorted(
        Revision.objects.filter(object_id__in=[str(p.pk) for p in pages]).values_list(
            "pk", flat=True
        )
    ), "each revision published by exactly one of the four"
    assert sum(result.failed for result in results) == 0
    for page in pages:
        assert NewsPage.objects.get(pk=page.pk).live
        assert (
            PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish.scheduled").count()
            == 1
        )


@pytest.mark.django_db(transaction=True)  # the command closes its database connections
def test_the_command_runs_one_pass_with_once(small_site, admin_client):
    page = schedule(
        admin_client,
        small_site.news["en"],
        "Due at once",
        to_the_second(timezone.now() + datetime.timedelta(seconds=1)),
    )
    time.sleep(1.2)
    call_command("run_scheduler", "--once", verbosity=0)
    assert NewsPage.objects.get(pk=page.pk).live


# --- On a served instance ----------------------------------------------------------------


@pytest.fixture
def scheduler_process(tmp_path, transactional_db):
    """`manage.py run_scheduler`, as bin/run-dev and the systemd unit start it, in a process
    of its own, on the test database (a file on SQLite, test_rightshouse on PostgreSQL)."""
    database_name = str(connection.settings_dict["NAME"])
    (tmp_path / "scheduler_test_settings.py").write_text(
        "from rightshouse.settings.test import *  # noqa: F403\n"
        f'DATABASES["default"]["NAME"] = {database_name!r}  # noqa: F405\n'
        # The same cache (and Redis key prefix) as the server, for the content version.
        f"CACHES = {settings.CACHES!r}\n"
    )
    log_path = tmp_path / "scheduler.log"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "scheduler_test_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(BASE_DIR)]),
    }
    with log_path.open("w") as log:
        process = subprocess.Popen(  # noqa: S603 (our own interpreter and command)
            [sys.executable, "manage.py", "run_scheduler", "--interval", "0.5"],
            cwd=BASE_DIR,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    process.log_path = log_path
    try:
        assert wait_until(lambda: "Scheduler started" in log_path.read_text(), 30), (
            log_path.read_text()
        )
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_until(condition, timeout, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (live_server)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_an_item_goes_live_and_expires_on_schedule_on_a_served_instance(
    live_server, small_site, admin_user, scheduler_process
):
    admin_client = log_in_with_second_factor(Client(), admin_user)
    title = "Statement on the hour"
    go_live = to_the_second(timezone.now()) + datetime.timedelta(seconds=4)
    expire = go_live + datetime.timedelta(seconds=4)
    page = schedule(admin_client, small_site.news["en"], title, go_live, expire_at=expire)
    page_url = f"{live_server.url}/en/news/{page.slug}/"
    surfaces = [page_url, f"{live_server.url}/en/news/", f"{live_server.url}/en/news/rss/"]

    def shown_everywhere():
        return all(title in fetch(url)[1] for url in surfaces)

    def shown_nowhere():
        return fetch(page_url)[0] == 404 and not any(title in fetch(url)[1] for url in surfaces)

    assert shown_nowhere(), "nothing before the go-live time"
    assert wait_until(shown_everywhere, SERVED_TIMEOUT), scheduler_process.log_path.read_text()
    assert timezone.now() >= go_live
    published_after = (timezone.now() - go_live).total_seconds()
    status, html = fetch(page_url)
    assert f'datetime="{timezone.localtime(go_live).isoformat()}"' in html, (
        "the public date is the go-live time"
    )

    assert wait_until(shown_nowhere, SERVED_TIMEOUT), scheduler_process.log_path.read_text()
    assert timezone.now() >= expire

    scheduler_process.send_signal(signal.SIGTERM)
    assert scheduler_process.wait(timeout=20) == 0
    log = scheduler_process.log_path.read_text()
    assert "Scheduler stopped" in log
    assert f"of publications.NewsPage {page.pk}: its go-live time" in log
    assert f"Unpublished wagtailcore.Page {page.pk}: its expiry time" in log
    assert title not in log and "Traceback" not in log
    assert published_after < 5, "shown within a few seconds of its go-live time"
    # The scheduler itself, checking every half second here, is on time to the second.
    for action, due in [
        ("wagtail.publish.scheduled", go_live),
        ("wagtail.unpublish.scheduled", expire),
    ]:
        done = PageLogEntry.objects.get(page_id=page.pk, action=action).timestamp
        assert datetime.timedelta(0) <= done - due < datetime.timedelta(seconds=2), action


def test_make_run_and_production_start_the_scheduler():
    run_dev = (BASE_DIR / "bin" / "run-dev").read_text()
    assert 'setsid "$PY" manage.py run_scheduler &' in run_dev
    assert 'kill $server "$worker" "$scheduler"' in run_dev, "and stop it with the others"
    unit = (BASE_DIR / "deploy" / "rightshouse-scheduler.service").read_text()
    assert "\nExecStart=/srv/rightshouse/.venv/bin/python manage.py run_scheduler " in unit
    assert "\nRestart=always\n" in unit
