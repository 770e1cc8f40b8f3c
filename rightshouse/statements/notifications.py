"""E-mails to signers: their personal link after signing, and a notice when the text they
signed was changed.

Nothing that could identify the statement or the signer goes into a subject or a body — no
title, no organisation, no representative's name — since e-mail passes through servers we do
not control; the link leads to the page that shows them. The personal link's token appears
only in the body.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Site

from . import invitations, signing, texts
from .models import JointStatement

logger = logging.getLogger(__name__)

# What a mail server that is down or refuses a message raises.
MAIL_ERRORS = (smtplib.SMTPException, OSError)


def manage_path(token, language=None):
    with translation.override(language or translation.get_language()):
        return reverse("statements:manage_signature", args=[token])


def site_root_url():
    """The public site's address, for links in e-mails sent outside a request."""
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def _link_subject():
    return _("Rights House: your link to your organisation's signature")


def _link_body(link):
    return "\n\n".join([
        _("Thank you for signing. This is your personal link to your organisation's "
          "signature: with it you can re-confirm the signature if the text is changed, or "
          "withdraw it."),
        link,
        _("Keep it private: anyone who has it can withdraw the signature. If you did not sign "
          "a statement on the Rights House site, ignore this message."),
    ]) + "\n"  # fmt: skip


def send_signature_link(signature, token, request):
    """E-mails the personal link to the signer's address for notices. Returns whether the
    message left; a mail server that fails does not undo the signature."""
    if not signature.contact_email:
        return False
    link = request.build_absolute_uri(manage_path(token))
    try:
        send_mail(_link_subject(), _link_body(link), None, [signature.contact_email])
    except MAIL_ERRORS:
        logger.warning("The personal link of signature %s could not be e-mailed.", signature.pk)
        return False
    return True


def _change_subject():
    return _("Rights House: a statement you signed was changed")


def _change_body(link):
    return "\n\n".join([
        _("The text of a joint statement that you signed for your organisation was changed "
          "after you signed it. Your signature is now shown as given on an earlier version."),
        _("Read the new text, and re-confirm or withdraw the signature, here:"),
        link,
        _("This link replaces any earlier one, which no longer works. Keep it private: anyone "
          "who has it can re-confirm or withdraw the signature."),
    ]) + "\n"  # fmt: skip


def _notice_address(signature):
    if signature.contact_email:
        return signature.contact_email
    user = signature.signed_by
    return user.email if user is not None and user.is_active else ""


@task()
def notify_signers_of_text_change(statement_id):
    """Tells each signer whose signature is now on an earlier text, with a new personal link.
    Returns how many were told."""
    statement = JointStatement.objects.filter(pk=statement_id).first()
    if statement is None:
        return 0
    root = site_root_url()
    told = 0
    for signature in texts.stale_signatures(statement):
        address = _notice_address(signature)
        if not address:
            continue
        # The link is sent before it is stored: if the mail server fails, the signer's
        # earlier link still works.
        token, _token_hash = invitations.new_token()
        with translation.override(signature.language):
            link = root + manage_path(token)
            try:
                send_mail(_change_subject(), _change_body(link), None, [address])
            except MAIL_ERRORS:
                logger.warning("Signature %s could not be told of a text change.", signature.pk)
                continue
        if signing.renew_manage_token(signature, token):
            told += 1
    return told
