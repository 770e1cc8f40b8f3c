"""Deleting support cases once they are no longer needed (issue 10, item 6).

A case goes SUPPORT_RETENTION_DAYS after it was closed, or after its last activity if it was
never closed: its keys first (sealed copies and the receipt's box, so nothing can be opened
even if a later step fails), then its ciphertext, then its files. The audit log keeps
"deleted by retention" with the case's number and the day, nothing else. The scheduler
(`manage.py run_scheduler`, running beside the site) calls `apply_retention` on every pass;
`manage.py support_retention` runs it once.
"""

import logging

from django.db.models import Q

from . import cases
from .models import AuditAction, Case

logger = logging.getLogger(__name__)


def due_cases(days=None):
    cutoff = cases.retention_cutoff(days)
    return Case.objects.filter(Q(closed_on__lte=cutoff) | Q(last_activity_on__lte=cutoff))


def apply_retention(days=None):
    """Deletes every case that is due; returns how many. A case that fails is left for the
    next pass (logged by number only)."""
    deleted = 0
    for case in due_cases(days).order_by("pk"):
        try:
            cases.delete_case(case, AuditAction.RETENTION)
        except Exception:
            logger.exception("Retention of support case %s failed", case.pk)
        else:
            deleted += 1
    return deleted
