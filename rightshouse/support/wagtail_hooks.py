from wagtail import hooks

from .viewsets.handling import support_cases_viewset


@hooks.register("register_admin_viewset")
def register_support_viewset():
    return support_cases_viewset
