"""What the admin views of joint statements share: their log actions, the log call (whose
label and data carry no personal data: "Joint statement 12", numbers and languages only), the
sign links shown once, and the e-mails that carry them.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import log

from ..notifications import site_root_url

logger = logging.getLogger(__name__)

CREATED = "rightshouse_statements.create"
TEXT_SAVED = "rightshouse_statements.save_text"
OPENED = "rightshouse_statements.open"
INVITED = "rightshouse_statements.invite"
REVOKED = "rightshouse_statements.revoke"
REMOVED = "rightshouse_statements.remove"
PUBLISHED = "rightshouse_statements.publish"
SIGNED = "rightshouse_statements.sign"
RECONFIRMED = "rightshouse_statements.reconfirm"
WITHDRAWN = "rightshouse_statements.withdraw"
ALERTED = "rightshouse_statements.solidarity_alert"

LOG_ACTIONS = (
    (CREATED, gettext_lazy("Create draft"), gettext_lazy("Drafted a joint statement")),
    (TEXT_SAVED, gettext_lazy("Save text"), gettext_lazy("Saved a text of the statement")),
    (OPENED, gettext_lazy("Open for signing"), gettext_lazy("Opened for signing")),
    (INVITED, gettext_lazy("Invite"), gettext_lazy("Sent invitations to sign")),
    (REVOKED, gettext_lazy("Revoke invitation"), gettext_lazy("Revoked an invitation")),
    (REMOVED, gettext_lazy("Remove signature"), gettext_lazy("Removed a signature")),
    (PUBLISHED, gettext_lazy("Publish statement"), gettext_lazy("Published the statement")),
    (SIGNED, gettext_lazy("Sign"), gettext_lazy("Signed for an organisation")),
    (RECONFIRMED, gettext_lazy("Re-confirm"), gettext_lazy("Re-confirmed a signature")),
    (WITHDRAWN, gettext_lazy("Withdraw"), gettext_lazy("Withdrew a signature")),
    (ALERTED, gettext_lazy("Solidarity alert"), gettext_lazy("Sent a solidarity alert")),
)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


def log_statement(statement, action, user, **data):
    """Logs `action` on `statement`; `data` holds numbers and language codes only."""
    log(
        instance=statement,
        action=action,
        user=user,
        title=f"Joint statement {statement.pk}",
        data=data,
    )


def sign_link(statement, token):
    """The absolute address of an invitation on the public site (the admin may have a host
    of its own), in the language of the statement's original."""
    with translation.override(statement.source_language):
        path = reverse("statements:sign", args=[token])
    return site_root_url() + path


def invitee_label(invitation):
    return invitation.party.name if invitation.party_id else invitation.email


def recipients(invitation):
    """Where an invitation's link is sent: its address, or every account acting for its party."""
    if not invitation.party_id:
        return [invitation.email]
    accounts = (
        get_user_model()
        .objects.filter(representations__party_id=invitation.party_id, is_active=True)
        .exclude(email="")
    )
    return sorted({account.email for account in accounts})


def _message(statement, invitation, link):
    with translation.override(statement.source_language):
        subject = _("Rights House: an invitation to sign a joint statement")
        body = _(
            "You are invited to sign a joint statement coordinated through Rights House.\n\n"
            "Read it and sign here (the link is personal and works once, until %(expires)s"
            " UTC):\n\n%(link)s\n"
        ) % {"link": link, "expires": invitation.expires_at.strftime("%Y-%m-%d %H:%M")}
    return subject, body


def send_links(statement, sent):
    """E-mails each invitation's link, one message per address. `sent` is [(invitation,
    token)]. Returns the rows to show once: (invitation, link, delivered?) — a mail server
    that fails is reported, not raised."""
    rows = []
    for invitation, token in sent:
        link = sign_link(statement, token)
        subject, body = _message(statement, invitation, link)
        addresses = recipients(invitation)
        delivered = bool(addresses)
        for address in addresses:
            try:
                send_mail(subject, body, None, [address])
            except Exception:  # noqa: BLE001 - any failure of the mail server
                logger.warning("an invitation e-mail could not be sent (invitation %s)",
                               invitation.pk)  # fmt: skip
                delivered = False
        rows.append((invitation, link, delivered))
    return rows
