import logging


class DropClientDataFilter(logging.Filter):
    """Strip the request from log records so no handler can print an address or user agent.

    Django attaches the request to records of `django.request` and `django.security`;
    a formatter or handler (mail_admins, for one) would read REMOTE_ADDR and headers from it.
    """

    def filter(self, record):
        if hasattr(record, "request"):
            record.request = None
        return True
