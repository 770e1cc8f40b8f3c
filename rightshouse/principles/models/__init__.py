from .cases import NEXT_STATUSES, Case, CaseEntry, CaseKind, CaseStatus
from .editions import Edition, EditionText
from .pages import PrinciplesPage
from .register import (
    STATUS_AFTER,
    Accession,
    AccessionApplication,
    AccessionEvent,
    AccessionStatus,
    ApplicationStatus,
    EventKind,
    RegisterCounter,
)

__all__ = [
    "NEXT_STATUSES",
    "STATUS_AFTER",
    "Accession",
    "AccessionApplication",
    "AccessionEvent",
    "AccessionStatus",
    "ApplicationStatus",
    "Case",
    "CaseEntry",
    "CaseKind",
    "CaseStatus",
    "Edition",
    "EditionText",
    "EventKind",
    "PrinciplesPage",
    "RegisterCounter",
]
