"""Running many writers at once, for the concurrency tests of every app."""

import threading

from django.db import connections
from django.utils import translation

# Generous: the slowest writer waits for all the others on a two-core machine.
JOIN_TIMEOUT = 120


def run_together(calls):
    """Runs each call in its own thread, all released at once by a barrier; returns
    [("ok", result) or ("error", exception)] in the order of `calls`."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait(timeout=JOIN_TIMEOUT)
            with translation.override("en"):  # refusals in the language the test reads
                outcomes[index] = ("ok", call())
        except Exception as error:  # noqa: BLE001 - reported by the test
            outcomes[index] = ("error", error)
        finally:
            # This thread's connection: left open, it would keep the test database busy.
            connections.close_all()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(JOIN_TIMEOUT)
    assert not any(thread.is_alive() for thread in threads), "a writer never finished"
    return outcomes
