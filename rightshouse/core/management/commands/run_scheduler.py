"""Publishes and unpublishes scheduled items on time, until stopped (rightshouse.core.scheduler),
and deletes support cases past their retention period (rightshouse.support.retention).

One long-running process rather than a cron job or a systemd timer starting
`publish_scheduled`: a check every 15 seconds costs two indexed queries, whereas starting
Django and Wagtail each time costs about a second of CPU; and `make run` and production run
the same command, so what the tests prove of one holds for the other.
"""

import logging
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections, connections

from rightshouse.core import scheduler
from rightshouse.support import retention

logger = logging.getLogger(scheduler.__name__)
DEFAULT_INTERVAL = 15.0
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


class Command(BaseCommand):
    help = (
        "Publish items whose go-live time has come and unpublish those whose expiry time has"
        " passed, checking every --interval seconds until SIGTERM or Ctrl+C."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=DEFAULT_INTERVAL,
            help=f"Seconds between checks (default {DEFAULT_INTERVAL:g}).",
        )
        parser.add_argument("--once", action="store_true", help="Check once, then exit.")

    def handle(self, *args, interval, once, verbosity, **options):
        if interval <= 0:
            raise CommandError("--interval must be a positive number of seconds.")
        if verbosity >= 1:
            logger.setLevel(logging.INFO)  # the site logs warnings only; say what was done
        stop = threading.Event()

        def request_stop(signum, frame):
            if stop.is_set():
                # A second signal abandons the item in hand: its transaction rolls back.
                raise SystemExit(1)
            logger.info("%s: stopping after the item in hand", signal.strsignal(signum))
            stop.set()

        previous_handlers = {number: signal.signal(number, request_stop) for number in STOP_SIGNALS}
        try:
            self.loop(interval, once, stop)
        finally:
            for number, handler in previous_handlers.items():
                signal.signal(number, handler)

    def loop(self, interval, once, stop):
        if not once:
            logger.info("Scheduler started: checking every %g seconds", interval)
        while not stop.is_set():
            # A long-lived process must drop connections that broke or outlived
            # CONN_MAX_AGE itself: Django does it only around requests.
            close_old_connections()
            try:
                scheduler.run_pass(should_stop=stop.is_set)
                # Support cases past their retention period (rightshouse.support.retention).
                retention.apply_retention()
            except Exception:
                # The database away or locked for too long: the next pass tries again.
                logger.exception("Scheduled publishing pass failed")
            if once:
                break
            stop.wait(interval)
        connections.close_all()
        if not once:
            logger.info("Scheduler stopped")
