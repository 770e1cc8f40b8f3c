from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "rightshouse.search"
    label = "search"
