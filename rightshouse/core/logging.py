import logging
import re

# Enough to catch what libraries put into messages (recipients of a failed notification).
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class DropClientDataFilter(logging.Filter):
    """Strip the request from log records so no handler can print an address or user agent,
    and e-mail addresses from the message.

    Django attaches the request to records of `django.request` and `django.security`;
    a formatter or handler (mail_admins, for one) would read REMOTE_ADDR and headers from it.
    Wagtail logs the recipients of a notification it failed to send; a person's address does
    not belong in a server log that may be seized.
    """

    def filter(self, record):
        if hasattr(record, "request"):
            record.request = None
        message = record.getMessage()
        if "@" in message:
            record.msg = EMAIL_ADDRESS.sub("[e-mail address]", message)
            record.args = None
        return True
