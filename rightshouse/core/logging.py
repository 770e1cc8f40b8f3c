import logging
import re

# Enough to catch what libraries put into messages (recipients of a failed notification).
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Personal links of joint statements: their token is a password (rightshouse.statements).
TOKEN_IN_PATH = re.compile(r"(/joint-statements/(?:sign|signature)/)[^/\s\"?]+")


class DropClientDataFilter(logging.Filter):
    """Strip the request from log records so no handler can print an address or user agent,
    and e-mail addresses from the message.

    Django attaches the request to records of `django.request` and `django.security`;
    a formatter or handler (mail_admins, for one) would read REMOTE_ADDR and headers from it.
    Wagtail logs the recipients of a notification it failed to send; a person's address does
    not belong in a server log that may be seized. Nor does the token of a personal signing
    link, which the development server's access lines would print.
    """

    def filter(self, record):
        if hasattr(record, "request"):
            record.request = None
        message = record.getMessage()
        cleaned = TOKEN_IN_PATH.sub(r"\1[token]", EMAIL_ADDRESS.sub("[e-mail address]", message))
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True
