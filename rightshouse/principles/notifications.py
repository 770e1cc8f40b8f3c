"""E-mails to staff about new applications and reports: a link to the admin, nothing else.

No name, contact or text of the submission goes into the subject or the body: e-mail passes
through servers we do not control. Each recipient gets a message of their own (no one sees
the others' addresses), in the language of their admin. Sent by the task worker after the
submission is committed, so a slow or failing mail server never fails the visitor's request.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from rightshouse.users.admin_language import admin_language_of

APPLICATION = "application"
REPORT = "report"

# What each notice is about: the permission its readers have, the admin list it links to.
NOTICES = {
    APPLICATION: ("principles.change_accessionapplication", "principles_applications:index"),
    REPORT: ("principles.change_case", "principles_cases:index"),
}


def _subject(notice):
    if notice == APPLICATION:
        return _("Rights House: a new application to accede to the Principles")
    return _("Rights House: a new report under the Principles")


def _body(notice, link):
    if notice == APPLICATION:
        opening = _("A new application to accede to the Principles is waiting in the admin.")
    else:
        opening = _("A new report under the Principles is waiting in the admin.")
    return f"{opening}\n\n{link}\n"


def recipients(notice):
    permission, _url_name = NOTICES[notice]
    return get_user_model().objects.with_perm(permission, is_active=True).exclude(email="")


@task()
def notify_staff(notice):
    _permission, url_name = NOTICES[notice]
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(url_name)
    for user in recipients(notice).select_related("wagtail_userprofile"):
        with translation.override(admin_language_of(user)):
            send_mail(_subject(notice), _body(notice, link), None, [user.email])


def notify_staff_after_commit(notice):
    transaction.on_commit(lambda: notify_staff.enqueue(notice))
