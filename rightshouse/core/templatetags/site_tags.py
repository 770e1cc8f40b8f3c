from django import template
from django.utils import translation
from wagtail.models import Locale

from rightshouse.core.languages import language_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_versions(context):
    return language_versions(
        context["request"],
        page=context.get("page"),
        translatable_object=context.get("translatable_object"),
        same_path=context.get("same_path_in_every_language", False),
    )


@register.inclusion_tag("core/includes/main_menu.html", takes_context=True)
def main_menu(context):
    from rightshouse.core.models import HomePage

    home = HomePage.objects.filter(locale=Locale.get_active()).live().first()
    items = home.get_children().live().in_menu() if home else []
    return {"home": home, "items": items, "request": context.get("request")}


@register.simple_tag
def language_name(code):
    return translation.get_language_info(code)["name_local"]
