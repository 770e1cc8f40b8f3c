from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "rightshouse.organisations"
    label = "organisations"
