from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "rightshouse.publications"
    label = "publications"
