from django_tasks import task
from wagtail.search import index

from rightshouse.publications.models import Publication

CHUNK = 500


@task()
def reindex_publications(pks):
    """Index these publications again: one of their tags was added, removed or renamed.

    Wagtail indexes a page when the page itself is saved; its tag links are saved after it
    (or later, on their own), and a tag can be renamed, so these changes come here. A
    publication deleted in the meantime is skipped.
    """
    pks = sorted(set(pks))
    for start in range(0, len(pks), CHUNK):
        for page in Publication.objects.filter(pk__in=pks[start : start + CHUNK]).specific():
            index.insert_or_update_object(page)
