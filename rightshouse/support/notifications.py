"""E-mail to a case's handlers that something new is waiting: a link to the queue, nothing else.

No case number, kind or content goes into the message: e-mail passes through servers we do
not control, and even "a new request" tells an observer that someone asked for help. The
task runs after the case is committed (`notify_handlers_after_commit`), so a failing mail
server never loses the case. django-tasks 0.12 does not retry a failed task by itself: those
recipients the mail server refused are tried again in a new task, later, up to MAX_ATTEMPTS.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from rightshouse.users.admin_language import admin_language_of

from .models import Case

MAX_ATTEMPTS = 5
RETRY_DELAY = datetime.timedelta(minutes=5)
logger = logging.getLogger(__name__)


def _message(link):
    subject = _("Rights House: something new is waiting")
    body = _("Something new is waiting for you in the support queue.") + f"\n\n{link}\n"
    return subject, body


@task()
def notify_handlers(case_id, attempt=1, user_ids=None):
    """Tells the case's handlers (or those of `user_ids` still on it) by e-mail."""
    case = Case.objects.filter(pk=case_id).first()
    if case is None:  # deleted meanwhile: nothing waits any more
        return
    handlers = case.handlers.filter(is_active=True).exclude(email="")
    if user_ids is not None:
        handlers = handlers.filter(pk__in=user_ids)
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("support_cases:index")
    failed = []
    for user in handlers.select_related("wagtail_userprofile"):
        with translation.override(admin_language_of(user)):
            subject, body = _message(link)
            try:
                send_mail(subject, body, None, [user.email])
            except Exception:  # any mail failure: try this recipient again later
                logger.warning("support notice not sent (attempt %s)", attempt)
                failed.append(user.pk)
    if failed and attempt < MAX_ATTEMPTS:
        _again(case_id, attempt + 1, failed)


def _again(case_id, attempt, user_ids):
    retry = notify_handlers
    if retry.get_backend().supports_defer:
        retry = retry.using(run_after=timezone.now() + RETRY_DELAY * attempt)
    retry.enqueue(case_id, attempt, user_ids)


def notify_handlers_after_commit(case_id):
    transaction.on_commit(lambda: notify_handlers.enqueue(case_id))
