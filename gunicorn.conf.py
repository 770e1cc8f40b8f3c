"""Production WSGI server: `gunicorn -c gunicorn.conf.py rightshouse.wsgi`.

Neither log says who asked or what they searched for. The access log has no client address,
query string, referer or user agent, whatever access_log_format is set to on the command
line; and every line gunicorn writes to either log, its error messages and tracebacks
included, has IP addresses (v4 and v6), query strings and the tokens of personal signing links
replaced.
"""

import ipaddress
import logging
import multiprocessing
import os
import re

from gunicorn.glogging import Logger

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
# Time, method, path without its query string (search terms live there), protocol, status,
# bytes sent and milliseconds taken. Never %(h)s, %(r)s, %(q)s, %(f)s or %(a)s.
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'

# gunicorn would otherwise take X-Forwarded-Proto from any local peer to set
# wsgi.url_scheme; it follows the same switch as Django's SECURE_PROXY_SSL_HEADER
# (rightshouse/settings/production.py).
if os.environ.get("TRUST_PROXY_HTTPS_HEADER") != "1":
    forwarded_allow_ips = ""

ADDRESS_REMOVED = "[address removed]"
QUERY_REMOVED = "[query removed]"
# Candidates only; ipaddress decides. Times such as 12:34:56 are not addresses.
IPV6_CANDIDATE = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]*(?:%[\w.-]+)?")
IPV4_CANDIDATE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\d)")
QUERY_STRING = re.compile(r"(/[^\s?'\"]*)\?[^\s'\"]+")
# The token of a personal signing link is a password (rightshouse.statements): the path
# segment after /joint-statements/sign/ or /signature/ (same rule as rightshouse/core/logging.py).
TOKEN_IN_PATH = re.compile(r"(/joint-statements/(?:sign|signature)/)[^/\s\"'?]+")
TOKEN_REMOVED = "[token]"  # noqa: S105 (a placeholder)


def _remove_address(match):
    text = match.group(0)
    # "ip=::1: Invalid request" or "from 10.0.0.1." end in punctuation, not in the address.
    for candidate in (text, text.rstrip(".:")):
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            continue
        return ADDRESS_REMOVED + text[len(candidate) :]
    return text


def scrub(text):
    text = IPV6_CANDIDATE.sub(_remove_address, text)
    text = IPV4_CANDIDATE.sub(_remove_address, text)
    text = TOKEN_IN_PATH.sub(rf"\1{TOKEN_REMOVED}", text)
    return QUERY_STRING.sub(rf"\1?{QUERY_REMOVED}", text)


class ScrubClientData(logging.Filter):
    """Rewrites a record's final text: message, exception traceback and stack."""

    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not take the request with it
            message = f"{record.msg} {record.args}"
        record.msg, record.args = scrub(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.exc_info = None
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


class NoClientAddressLogger(Logger):
    """gunicorn's logger, with nothing in it that identifies or profiles a visitor.

    gunicorn puts the peer's address in "Invalid request from ip=...", in the exception text
    of refused PROXY-protocol and uWSGI requests, and in the REMOTE_ADDR it hands to the
    access log; the filter on both loggers catches all of them and whatever a later
    version adds, since it rewrites the finished text rather than particular calls.
    """

    def setup(self, cfg):
        super().setup(cfg)  # run again on every configuration reload (SIGHUP)
        for log in (self.error_log, self.access_log):
            if not any(isinstance(f, ScrubClientData) for f in log.filters):
                log.addFilter(ScrubClientData())

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        # Request headers ({…}i) and environ ({…}e) carry the address, user agent, referer
        # and query string: none of them is offered to the format.
        atoms = {
            key: value
            for key, value in atoms.items()
            if not (key.startswith("{") and key.endswith(("}i", "}e")))
        }
        atoms.update(h="-", q="-", f="-", a="-", r=f"{atoms['m']} {atoms['U']} {atoms['H']}")
        return atoms


logger_class = NoClientAddressLogger
