from django import template

from rightshouse.core.cache import cached
from rightshouse.core.languages import active_locale, language_versions
from rightshouse.core.visibility import public_pages

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

    request = context["request"]
    locale = active_locale(request)

    def links():
        home = public_pages(HomePage.objects.filter(locale=locale)).first()
        if not home:
            return []
        pages = [home, *public_pages(home.get_children().in_menu())]
        return [(page.title, page.get_url(request)) for page in pages]

    return {"links": cached(request, f"menu:{locale.pk}", links), "current_path": request.path}
