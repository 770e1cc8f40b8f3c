"""Publishing a joint statement as a `publications` statement page in each of its languages.

The pages carry the text; the signatory list is not copied into them but rendered live from
the signatures (`public_hooks`), so an organisation that joins or withdraws after publication
needs no new publishing. Publishing again after the words changed updates the pages' text.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.models import Locale
from wagtail.rich_text import RichText

from rightshouse.core.slugs import available_slug, latin_slug
from rightshouse.core.texts import plain_text
from rightshouse.publications.models import (
    Publication,
    PublicationIndexPage,
    PublicationTag,
    StatementPage,
)

from . import log
from .models import EventKind, StatementStatus
from .texts import stale_signatures

# The statements section is found by its English address, the one every demo and real site
# gives it; its translation in the statement's own language is where the page goes.
STATEMENTS_INDEX_SLUG = "statements"
LEAD_MAX_LENGTH = Publication._meta.get_field("lead").max_length


class PublishingError(Exception):
    """Publishing is refused; the message lists why, in the active language."""


def statements_index(locale):
    """The publication index that statements of `locale` go under: the translation of the
    index whose address is "statements", else the first index of that language."""
    indexes = PublicationIndexPage.objects.filter(locale=locale)
    keys = PublicationIndexPage.objects.filter(slug=STATEMENTS_INDEX_SLUG).values("translation_key")
    return indexes.filter(translation_key__in=keys).first() or indexes.order_by("path").first()


def published_pages(statement):
    """The statement's pages, {language code: StatementPage}, live or not."""
    if not statement.publication_key:
        return {}
    pages = StatementPage.objects.filter(translation_key=statement.publication_key)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def last_published_hashes(statement):
    event = statement.events.filter(kind=EventKind.PUBLISHED).order_by("-sequence").first()
    return event.text_hashes if event else None


def blockers(statement):
    """Why `statement` cannot be published now (empty when it can)."""
    reasons = []
    hashes = statement.current_hashes()
    if not hashes:
        return [_("The statement has no text yet.")]
    stale = len(stale_signatures(statement))
    if stale:
        reasons.append(
            ngettext(
                "%(count)d signature was given on an earlier version: it must be re-confirmed"
                " or removed.",
                "%(count)d signatures were given on an earlier version: they must be"
                " re-confirmed or removed.",
                stale,
            )
            % {"count": stale}
        )
    source = _locale(statement.source_language)
    if source is None or statements_index(source) is None:
        reasons.append(_("There is no publication section in the language of the original."))
    if (
        statement.status == StatementStatus.PUBLISHED
        and last_published_hashes(statement) == hashes
        and set(published_pages(statement)) >= set(hashes)
    ):
        reasons.append(_("The statement is already published with this text."))
    return reasons


def publish(statement, *, user=None, tags=()):
    """Publishes (or updates) the statement's pages in every language it has a text in;
    `tags` (publications.Tag, any language) replace the pages' tags when given."""
    with transaction.atomic():
        locked = log.lock(statement.pk)
        reasons = blockers(locked)
        if reasons:
            raise PublishingError(" ".join(reasons))
        now = timezone.now()
        locked.published_at = locked.published_at or now
        texts = {text.language: text for text in locked.texts.all()}
        pages = published_pages(locked)
        source_text = texts.get(locked.source_language) or next(iter(texts.values()))
        source_page = _publish_source(locked, source_text, pages, user, tags)
        for text in texts.values():
            if text is not source_text:
                _publish_translation(locked, text, source_page, pages, user, tags)
        locked.status = StatementStatus.PUBLISHED
        locked.publication_key = source_page.translation_key
        locked.save(update_fields=["status", "published_at", "publication_key"])
        log.append(locked, EventKind.PUBLISHED, text_hashes=locked.current_hashes())
    for name in ("status", "published_at", "publication_key", "chain_head", "chain_length"):
        setattr(statement, name, getattr(locked, name))
    return source_page


def _locale(language):
    return Locale.objects.filter(language_code=language).first()


def _lead(text):
    """The page's lead: the statement's own, else the start of its text (a page needs one)."""
    lead = text.lead.strip() or plain_text(text.body).replace("\n", " ")
    return Truncator(lead).chars(LEAD_MAX_LENGTH)


def _fill(page, statement, text):
    page.title = text.title
    page.lead = _lead(text)
    page.body = [("paragraph", RichText(text.body))]
    page.kind = Publication.Kind.JOINT_STATEMENT
    page.date = statement.published_at


def _tags_in(tags, locale):
    """The tags' versions in `locale`; a tag without one is left out there."""
    found = []
    for tag in tags:
        translated = tag if tag.locale_id == locale.pk else tag.get_translation_or_none(locale)
        if translated is not None and translated not in found:
            found.append(translated)
    return found


def _set_tags(page, tags, locale):
    """Replaces the page's tags, keeping the links of tags it keeps (and their keys)."""
    wanted = _tags_in(tags, locale)
    kept = [link for link in page.tag_links.all() if link.tag in wanted]
    kept_tags = [link.tag for link in kept]
    new = [PublicationTag(tag=tag, locale=locale) for tag in wanted if tag not in kept_tags]
    page.tag_links = kept + new


def _save_and_publish(page, user):
    # Who may publish is the statements' own rule (coordination.may_publish), asked by the
    # view; the House's coordinators hold no page permissions of the publication sections.
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user, skip_permission_checks=True)
    return StatementPage.objects.get(pk=page.pk)


def _publish_source(statement, text, pages, user, tags):
    page = pages.get(text.language)
    if page is None:
        locale = _locale(text.language)
        page = StatementPage(locale=locale, live=False)
        _fill(page, statement, text)
        _set_tags(page, tags, locale)
        statements_index(locale).add_child(instance=page)
    else:
        _fill(page, statement, text)
        if tags:
            _set_tags(page, tags, page.locale)
    return _save_and_publish(page, user)


def _publish_translation(statement, text, source_page, pages, user, tags):
    page = pages.get(text.language)
    locale = _locale(text.language)
    if locale is None:
        return None
    if page is None:
        try:
            # A wagtail-localize-style translation: same translation key, under the
            # translated section, tags pointed at their translations below.
            page = source_page.copy_for_translation(locale)
        except ParentNotTranslatedError:
            page = _new_translation(source_page, locale)
            if page is None:
                return None
        _fill(page, statement, text)
        page.slug = available_slug(
            latin_slug(text.title, text.language) or source_page.slug, page.get_parent(), page
        )
        source_tags = [link.tag for link in source_page.tag_links.all()]
        _set_tags(page, tags or source_tags, locale)
    else:
        _fill(page, statement, text)
        if tags:
            _set_tags(page, tags, locale)
    return _save_and_publish(page, user)


def _new_translation(source_page, locale):
    """The page in `locale` when the source's section is not translated: under that
    language's own statements section, sharing the source's translation key."""
    index = statements_index(locale)
    if index is None:
        return None
    page = StatementPage(
        locale=locale,
        translation_key=source_page.translation_key,
        title=source_page.title,
        lead=source_page.lead,
        live=False,
    )
    index.add_child(instance=page)
    return page
