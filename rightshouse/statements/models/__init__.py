from .log import EventKind, SignatureEvent
from .signatures import Appearance, Invitation, Representative, Signature, SignatureStatus
from .statements import (
    Eligibility,
    JointStatement,
    SignatoryOrder,
    StatementKind,
    StatementStatus,
    StatementText,
    StatementTextVersion,
)

__all__ = [
    "Appearance",
    "Eligibility",
    "EventKind",
    "Invitation",
    "JointStatement",
    "Representative",
    "Signature",
    "SignatureEvent",
    "SignatureStatus",
    "SignatoryOrder",
    "StatementKind",
    "StatementStatus",
    "StatementText",
    "StatementTextVersion",
]
