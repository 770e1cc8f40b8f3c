"""The admin in each user's own language, also where Wagtail fixes a text too early.

Wagtail's snippet chooser (the tag chooser of a publication, the related tag of a content
page) puts the model's name into its button texts in `AdminSnippetChooser.__init__`:
`_("Choose %(object)s") % {...}` turns the lazy translation into a plain string there and
then. Wagtail builds that widget once per snippet model, as the snippets are registered at
start-up, before any request has activated a language, so the texts were fixed in
LANGUAGE_CODE, Belarusian, for every admin user. The chooser below has the same texts,
translated each time they are rendered, in the language Wagtail activates for the user.

`admin_language_of(user)` is that language outside a request: e-mails to staff are written
in it.
"""

from django.conf import settings
from django.db.models import ForeignKey
from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.admin.forms.models import register_form_field_override
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.widgets import AdminSnippetChooser

# Wagtail's own messages, so that its translations apply.
MODEL_NAME_TEXTS = {
    "choose_one_text": "Choose %(object)s",
    "choose_another_text": "Choose another %(object)s",
    "link_to_chosen_text": "Edit this %(object)s",
}


def _with_model_name(message, model):
    return gettext(message) % {"object": model._meta.verbose_name}


with_model_name = lazy(_with_model_name, str)


class SnippetChooser(AdminSnippetChooser):
    """AdminSnippetChooser whose texts are translated when rendered, not when built."""

    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        for attribute, message in MODEL_NAME_TEXTS.items():
            if attribute not in kwargs:
                setattr(self, attribute, with_model_name(message, model))


def use_translated_snippet_choosers():
    """Every foreign key to a snippet gets SnippetChooser in admin forms, with the icon of the
    snippet's own chooser. Must run after Wagtail has registered every snippet's chooser (its
    registration would replace this one): see wagtail_hooks."""
    for model in get_snippet_models():
        chooser_viewset = model.snippet_viewset.chooser_viewset
        # Only where Wagtail's own widget would be used: a custom one is left alone.
        if chooser_viewset.register_widget and (
            type(chooser_viewset.widget_class) is AdminSnippetChooser
        ):
            register_form_field_override(
                ForeignKey,
                to=model,
                override={"widget": SnippetChooser(model, icon=chooser_viewset.icon)},
            )


def admin_language_of(user):
    """The language the user chose for the admin, or the site's default."""
    profile = getattr(user, "wagtail_userprofile", None)
    language = getattr(profile, "preferred_language", "") if profile else ""
    return language or settings.LANGUAGE_CODE
