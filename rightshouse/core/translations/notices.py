"""A notice on the edit view of a page or snippet whose translations are out of date, or
that is itself an out-of-date translation (the report lists them all; the notice is where
the editor or translator is when it matters).

Shown on GET only: after a save the admin redirects, and the notice of the next view is
current."""

from django.conf import settings
from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page, TranslatableMixin

from . import status


def show_translation_notices(request, instance):
    if request.method != "GET" or not isinstance(instance, TranslatableMixin):
        return
    target = status.translation_into(instance)
    if target is not None:
        reasons = reasons_out_of_date(target)
        if reasons:
            notice = _("This translation is out of date: %(reasons)s.")
            messages.warning(request, notice % {"reasons": "; ".join(reasons)})
        for snippet in status.related_snippets_waiting(target.translation):
            messages.warning(request, snippet_waiting_notice(snippet))
        return
    behind = sorted(status.translations_of(instance), key=language_order)
    if behind:
        languages = ", ".join(
            state.translation.target_locale.get_display_name() for state in behind
        )
        notice = _("Its translations into %(languages)s are out of date.") % {
            "languages": languages
        }
        if any(state.source_changed for state in behind):
            if isinstance(instance, Page):
                how = _(
                    "They get what was published since the last sync with “Sync translated pages”."
                )
            else:
                how = _("They get the changes since the last sync with “Sync translated snippets”.")
            notice += " " + how
        messages.warning(request, notice)


def language_order(state):
    """The target language's place in the site's list of languages."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    code = state.translation.target_locale.language_code
    return codes.index(code) if code in codes else len(codes)


def reasons_out_of_date(state):
    reasons = []
    if state.source_changed:
        reasons.append(_("the original has changed since the last sync (sync it from there)"))
    if state.waiting_for_translation:
        total, translated = state.progress
        count = total - translated
        reasons.append(
            ngettext(
                "%(count)s text waits for translation",
                "%(count)s texts wait for translation",
                count,
            )
            % {"count": count}
        )
    if not state.published_since_sync:
        reasons.append(_("it has not been published since the last sync"))
    return reasons


def snippet_waiting_notice(state):
    translation = state.translation
    notice = _("The %(kind)s “%(name)s” it refers to waits for translation into %(language)s.")
    return notice % {
        "kind": translation.source.specific_content_type.name,
        "name": translation.source.object_repr,
        "language": translation.target_locale.get_display_name(),
    }
