"""What joint statements add to public pages of other apps, all read from
`public.public_signatories` (the one list and count):

- a published statement's page: its signatories, the count, the text's hash, the signature
  log's chain head and the exports (`rightshouse_publication_sections`);
- a feed item of a published statement: the count (`rightshouse_publication_feed_notes`);
- a party's profile: the published statements it signed by name
  (`rightshouse_party_profile_sections`). A "not named" or confidential signature is left
  out there: listing it on the party's own profile would name it.

Nothing here is cached: a signature given or withdrawn shows at the next request.
"""

from django.urls import reverse
from django.utils import translation
from wagtail import hooks

from rightshouse.publications.models import Publication

from . import exports
from .models import Appearance, JointStatement, Signature, SignatureStatus, StatementStatus
from .public import public_signatories
from .signing import effective_appearance


def _published_statements(translation_keys):
    return JointStatement.objects.filter(
        publication_key__in=translation_keys, status=StatementStatus.PUBLISHED
    ).prefetch_related("texts")


def export_urls(statement, language):
    with translation.override(language):
        return {
            name: reverse(f"statements:signatories_{name}", kwargs={"key": statement.key})
            for name in ("csv", "json", "pdf")
        }


@hooks.register("rightshouse_publication_sections")
def signatory_section(page, request):
    if getattr(page, "kind", None) != Publication.Kind.JOINT_STATEMENT:
        return None
    statement = _published_statements([page.translation_key]).first()
    if statement is None:
        return None
    language = page.locale.language_code
    signatories = public_signatories(statement, language)
    return (
        "statements/includes/signatories.html",
        {
            "statement": statement,
            "signatories": signatories,
            "named": [
                (signatory, exports.profile_url(signatory.party, language))
                for signatory in signatories.named
            ],
            "count_sentence": exports.count_sentence(signatories.count),
            "not_named_sentence": exports.not_named_sentence(signatories.not_named_count),
            "text": statement.text_in(language),
            "exports": export_urls(statement, language),
        },
    )


@hooks.register("rightshouse_publication_feed_notes")
def signatory_counts(items):
    """{publication pk: "Signed by N organisations"} for the joint statements among `items`."""
    joint = [item.pk for item in items if item.kind == Publication.Kind.JOINT_STATEMENT]
    if not joint:
        return {}
    keys = dict(Publication.objects.filter(pk__in=joint).values_list("pk", "translation_key"))
    statements = {s.publication_key: s for s in _published_statements(keys.values())}
    notes = {}
    for pk, key in keys.items():
        statement = statements.get(key)
        if statement is not None:
            # The count is the same in every language; the list's language does not matter.
            count = public_signatories(statement, statement.source_language).count
            notes[pk] = exports.count_sentence(count) + "."
    return notes


@hooks.register("rightshouse_party_profile_sections")
def party_statements_section(party, request):
    language = translation.get_language()
    signatures = Signature.objects.filter(
        party=party, status=SignatureStatus.ACTIVE, statement__status=StatementStatus.PUBLISHED
    ).select_related("party", "statement")
    entries = []
    for signature in signatures.order_by("-statement__published_at", "pk"):
        if effective_appearance(signature) != Appearance.NAMED:
            continue
        statement = signature.statement
        page = exports.public_statement_page(statement, language) or (
            exports.public_statement_page(statement, statement.source_language)
        )
        if page is not None:
            entries.append({"page": page, "url": page.get_url(request)})
    if not entries:
        return None
    return ("statements/includes/party_statements.html", {"entries": entries})
