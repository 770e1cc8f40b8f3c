"""Who may coordinate joint statements, and which ones.

Two kinds of coordinators: the House's staff with COORDINATE_PERMISSION (the Coordinators
group), who see and manage every statement; and the representative of an organisation whose
accession to the Principles is active, who may draft statements for that organisation and
manage only those it coordinates, short of publishing them. Every admin view of statements
asks these functions.
"""

from django.db.models import Q

from rightshouse.organisations.models import Organisation
from rightshouse.principles.models import AccessionStatus

from . import invitations
from .models import Eligibility, Invitation, JointStatement, Signature

COORDINATE_PERMISSION = "statements.coordinate_statements"


def is_house_coordinator(user):
    return user.is_active and user.has_perm(COORDINATE_PERMISSION)


def represented_parties(user):
    """The organisations the account acts for (statements.Representative)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(representatives_with_accounts__user=user).distinct()


def acceding_parties():
    """Organisations whose accession to the Principles is active."""
    return Organisation.objects.filter(accessions__status=AccessionStatus.ACTIVE).distinct()


def coordinating_parties(user):
    """The organisations for which the account may coordinate: represented and acceding."""
    return represented_parties(user).filter(accessions__status=AccessionStatus.ACTIVE).distinct()


def may_coordinate(user):
    return is_house_coordinator(user) or coordinating_parties(user).exists()


def manageable_statements(user):
    """The statements the account may open and manage."""
    if is_house_coordinator(user):
        return JointStatement.objects.all()
    return JointStatement.objects.filter(coordinator__in=coordinating_parties(user))


def may_publish(user):
    """Publishing puts the statement on the coalition's site: the House's coordinators decide
    it; an organisation that coordinates a statement asks them."""
    return is_house_coordinator(user)


def may_manage(user, statement):
    if is_house_coordinator(user):
        return True
    return (
        statement.coordinator_id is not None
        and coordinating_parties(user).filter(pk=statement.coordinator_id).exists()
    )


def eligible_parties(statement):
    """The organisations of the directory that may sign `statement`."""
    if statement.eligibility == Eligibility.ACCEDING:
        return acceding_parties()
    return Organisation.objects.all()


def is_representative(user):
    return represented_parties(user).exists()


def open_invitations(user):
    """Usable invitations addressed to the organisations the account represents."""
    candidates = (
        Invitation.objects.filter(party__in=represented_parties(user))
        .filter(Q(used_at__isnull=True) & Q(revoked_at__isnull=True))
        .select_related("statement", "party")
        .order_by("expires_at", "pk")
    )
    return [invitation for invitation in candidates if invitations.is_usable(invitation)]


def own_signatures(user):
    """Signatures given for the organisations the account represents (every status)."""
    return (
        Signature.objects.filter(party__in=represented_parties(user))
        .select_related("statement", "party")
        .order_by("-signed_at", "-pk")
    )
