from django.urls import path

from . import views

app_name = "publications"

urlpatterns = [
    path("", views.tag_index, name="tag_index"),
    path("<str:slug>/", views.tag_detail, name="tag"),
    path("<str:slug>/rss/", views.tag_feed, {"feed_format": "rss"}, name="tag_rss"),
    path("<str:slug>/atom/", views.tag_feed, {"feed_format": "atom"}, name="tag_atom"),
]
