"""The public directory of parties and their profiles (every language, under its prefix)."""

from django.shortcuts import get_object_or_404, render
from wagtail import hooks

from .models import Kind, Organisation, Role
from .visibility import not_named_count, public_parties


def _choice(request, name, choices):
    """The GET parameter when it is one of `choices`; anything else means "all"."""
    value = request.GET.get(name, "")
    return value if value in choices.values else ""


def directory(request):
    kind = _choice(request, "kind", Kind)
    role = _choice(request, "role", Role)
    parties = public_parties()
    # Counted over the same filters, so the sentence matches the list above it.
    filters = {key: value for key, value in (("kind", kind), ("role", role)) if value}
    named = sorted(parties.filter(**filters), key=lambda party: party.name.casefold())
    return render(
        request,
        "organisations/directory.html",
        {
            "parties": named,
            "not_named_count": not_named_count(Organisation.objects.filter(**filters)),
            "kinds": Kind.choices,
            "roles": Role.choices,
            "kind": kind,
            "role": role,
            "same_path_in_every_language": True,
        },
    )


def profile_sections(party, request):
    """The sections other apps add to a profile (accession to the Principles, signed
    statements, co-authored submissions):
    each `rightshouse_party_profile_sections` hook returns (template or template name, the
    `section` variable of that template) or None.
    A hook shows only what the public may see, as its own surface would."""
    sections = []
    for hook in hooks.get_hooks("rightshouse_party_profile_sections"):
        section = hook(party, request)
        if section is not None:
            sections.append(section)
    return sections


def profile(request, slug):
    party = get_object_or_404(public_parties(), slug=slug)
    return render(
        request,
        "organisations/organisation.html",
        {
            "party": party,
            "sections": profile_sections(party, request),
            "same_path_in_every_language": True,
        },
    )
