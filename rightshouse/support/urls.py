"""Public routes of the support service, under /<language>/support/. None carries anything
of a case: the receipt is only ever sent in a form's body."""

from django.urls import path

from . import views

app_name = "support"

urlpatterns = [
    path("", views.apply, name="apply"),
    path("offer/", views.offer, name="offer"),
    path("case/", views.case, name="case"),
]
