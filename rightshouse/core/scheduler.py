"""Scheduled publishing and expiry, done by the site itself.

An editor who sets "Go-live date/time" or "Expiry date/time" expects the item to appear or
go away at that time. Wagtail stores the wish (a revision's `approved_go_live_at`, an
object's `expire_at`) and leaves the doing to its `publish_scheduled` command; `run_pass`
does what that command does, with the same Wagtail calls and log actions, so that
`page_published` and `page_unpublished` go out and every public list, tag page and feed
follows (rightshouse.core.visibility). The `run_scheduler` command calls it in a loop
(bin/run-dev, deploy/rightshouse-scheduler.service).

Unlike `publish_scheduled`, each object is handled in a transaction of its own, after
taking it again under a row lock and checking that it is still due. Two schedulers running
at once (a second unit started by mistake, a pass run by hand) therefore never publish a
revision or unpublish an object twice: on PostgreSQL the second waits for the first's row
lock and then finds the revision no longer due; on SQLite every write transaction begins
IMMEDIATE (settings.SQLITE_OPTIONS), so the second begins after the first has committed and
reads what it wrote. An object that fails is logged and left for the next pass; the others
go on.

Log lines name the model and primary key only: nothing about a visitor ever reaches this
process, and titles stay out of the journal.
"""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)


@dataclass
class PassResult:
    published: list = field(default_factory=list)  # revision ids
    expired: list = field(default_factory=list)  # (model label, pk)
    failed: int = 0


def scheduled_models():
    """Pages and every other model with a live state (snippets with DraftStateMixin), as in
    Wagtail's publish_scheduled."""
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def run_pass(now=None, should_stop=lambda: False):
    """Unpublish what has expired, then publish what is due, as of `now`.

    Expiry comes first, as in Wagtail: a revision due to go live after an expiry time that
    has also passed is published (publishing clears `expired`) and stays live.
    """
    now = now or timezone.now()
    result = PassResult()
    for model in scheduled_models():
        due = model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")
        for pk in list(due.values_list("pk", flat=True)):
            if should_stop():
                return result
            _attempt(result, f"expiry of {model._meta.label} {pk}", _expire, model, pk, now)
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    for revision_id in list(due.values_list("pk", flat=True)):
        if should_stop():
            return result
        _attempt(result, f"publishing of revision {revision_id}", _publish, revision_id, now)
    return result


def _attempt(result, description, action, *args):
    try:
        action(result, *args)
    except Exception:
        # Left as it is (the transaction rolled back); the next pass tries again.
        result.failed += 1
        logger.exception("Scheduled %s failed", description)


def _expire(result, model, pk, now):
    with transaction.atomic():
        obj = model.objects.select_for_update().filter(pk=pk, live=True, expire_at__lt=now)
        obj = obj.first()
        if obj is None:  # unpublished or rescheduled since the pass began
            return
        obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
    label = model._meta.label
    result.expired.append((label, pk))
    logger.info("Unpublished %s %s: its expiry time has passed", label, pk)


def _publish(result, revision_id, now):
    with transaction.atomic():
        target = Revision.objects.filter(pk=revision_id).values_list(
            "base_content_type_id", "object_id"
        )
        if not (target := target.first()):
            return
        content_type_id, object_id = target
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        # The object's row before the revision's, the order in which an editor's publish
        # takes them (save_revision, then publish), so that neither waits on the other.
        list(model.objects.select_for_update().filter(pk=object_id).values_list("pk", flat=True))
        revision = Revision.objects.select_for_update().filter(
            pk=revision_id, approved_go_live_at__lt=now
        )
        revision = revision.first()
        if revision is None:  # published, replaced or unscheduled since the pass began
            return
        revision.publish(log_action="wagtail.publish.scheduled")
    result.published.append(revision_id)
    logger.info(
        "Published revision %s of %s %s: its go-live time has passed",
        revision_id,
        revision.content_type.model_class()._meta.label,
        revision.object_id,
    )
