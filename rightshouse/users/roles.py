"""The admin's roles as data, and the function that gives the groups exactly these rights.

Editors write news and statements and submit them for review; moderators review, approve
and publish them; translators translate them (and tags) with wagtail-localize, write
organisations' names in each language (one row per organisation, since issue 8), and
publish the translations, since wagtail-localize's translation editor
can only publish or keep a draft, not submit for review. A review workflow with one task,
approval by the Moderators group, is attached to every publication index, so a submission
reaches the moderators by e-mail (templates/wagtailadmin/notifications/).

Moderators also keep the register of the Principles (they are told of new applications,
approve or reject them, record withdrawals, suspensions and exclusions) and handle complaints.
They do not see the private details of parties and applicants (contacts, representatives):
those are for Verifiers, a group with nothing else, which holds the few people who check
applicants and contacts; a verifier who also decides is a moderator as well. Superusers see
everything.

Coordinators run joint statements (rightshouse.statements): they see and manage every
statement (`statements.coordinate_statements`), invite, remove signatures, publish, send
solidarity alerts, and link accounts to the organisations they represent. Representatives is
the group of those accounts: it gives only access to the admin, where the account sees its
organisations' invitations ("My invitations"); what more it may do (draft statements for an
organisation whose accession is active) follows from its statements.Representative rows, not
from this group.

Case handlers read and answer confidential support cases (rightshouse.support): the group
gives the admin and `support.handle_cases`; what they can read follows from a handler key of
their own (`manage.py support_handler_key`) and the cases assigned to them, not from the group.

`set_up_roles()` is idempotent: the demo runs it, and `manage.py set_up_roles` applies it to a
live site (again after adding a language or a publication index). Superusers keep every right.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from rightshouse.publications.models import PublicationIndexPage

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
VERIFIERS = "Verifiers"
COORDINATORS = "Coordinators"
REPRESENTATIVES = "Representatives"
CASE_HANDLERS = "Case handlers"
REVIEW_WORKFLOW = "Review of publications"
REVIEW_TASK = "Approval by a moderator"
SOURCE_LANGUAGE = "be"

# Page permissions on every publication index and what is below it, by the index's language:
# "*" for every language, "translations" for every language but the source language.
# add: create pages and edit one's own; change: edit any; publish: publish and unpublish.
PAGE_PERMISSIONS = {
    EDITORS: {"*": ["add", "change"]},
    MODERATORS: {"*": ["add", "change", "publish", "lock", "unlock"]},
    TRANSLATORS: {"*": ["change"], "translations": ["add", "publish"]},
}
# Model permissions, as "app_label.codename". Snippet choosers need one of them ("view" is
# enough); a snippet's translation is a new row of its model, hence "add" for translators.
MODEL_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        "publications.add_tag",
        "publications.view_tag",
        "organisations.view_organisation",
    ],
    MODERATORS: [
        "wagtailadmin.access_admin",
        "publications.add_tag",
        "publications.change_tag",
        "publications.delete_tag",
        "publications.view_tag",
        "organisations.add_organisation",
        "organisations.change_organisation",
        "organisations.view_organisation",
        # The register: decide applications, record accessions made before the site and
        # events; nothing is edited or deleted (rightshouse.principles.viewsets.register).
        "principles.view_accessionapplication",
        "principles.change_accessionapplication",
        "principles.view_accession",
        "principles.add_accession",
        "principles.view_accessionevent",
        "principles.add_accessionevent",
        # Complaints: move cases on and add notes.
        "principles.view_case",
        "principles.change_case",
        "principles.add_caseentry",
    ],
    TRANSLATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "publications.add_tag",
        "publications.change_tag",
        "publications.view_tag",
        "organisations.add_organisation",
        "organisations.change_organisation",
        "organisations.view_organisation",
    ],
    VERIFIERS: [
        "wagtailadmin.access_admin",
        "organisations.view_organisation",
        "organisations.change_privatedetails",  # organisations.PRIVATE_DETAILS_PERMISSION
        "principles.view_accessionapplication",
        "principles.view_accession",
    ],
    COORDINATORS: [
        "wagtailadmin.access_admin",
        "statements.coordinate_statements",
        "statements.view_jointstatement",
        "statements.add_jointstatement",
        "statements.change_jointstatement",
        "statements.view_representative",
        "statements.add_representative",
        "statements.change_representative",
        "statements.delete_representative",
        "organisations.view_organisation",
        "publications.view_tag",
    ],
    REPRESENTATIVES: ["wagtailadmin.access_admin"],
    CASE_HANDLERS: ["wagtailadmin.access_admin", "support.handle_cases"],
}
# Images and documents, in every collection (the permissions are given on the root one).
# add: upload and edit one's own; change: edit any; choose: pick one in a chooser.
COLLECTION_PERMISSIONS = {
    EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    MODERATORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    TRANSLATORS: ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
}


def permission(dotted_name):
    app_label, codename = dotted_name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_submit_translation_permission():
    """wagtail-localize creates its one permission in a data migration only (on a content type
    of its own), so a database emptied by `flush` has none; made again as that migration does."""
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


def page_permission_types(role, language):
    rules = PAGE_PERMISSIONS.get(role, {})
    types = list(rules.get("*", []))
    if language != SOURCE_LANGUAGE:
        types += rules.get("translations", [])
    return types


@transaction.atomic
def set_up_roles(index_pages=None):
    """Groups with exactly the rights above, and the review workflow on `index_pages` (every
    publication index if None). Returns {role name: Group}."""
    if index_pages is None:
        index_pages = PublicationIndexPage.objects.select_related("locale")
    ensure_submit_translation_permission()
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    groups = {}
    for role in MODEL_PERMISSIONS:
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.set([permission(name) for name in MODEL_PERMISSIONS[role]])
        GroupCollectionPermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.bulk_create(
            GroupCollectionPermission(
                group=group, collection=root_collection, permission=permission(name)
            )
            for name in COLLECTION_PERMISSIONS.get(role, [])
        )
        GroupPagePermission.objects.filter(group=group).delete()
        for page in index_pages:
            for permission_type in page_permission_types(role, page.locale.language_code):
                GroupPagePermission.objects.create(
                    group=group, page=page, permission_type=permission_type
                )
        groups[role] = group
    attach_review_workflow(index_pages, groups[MODERATORS])
    return groups


def attach_review_workflow(index_pages, moderators):
    """The review workflow, whose one task the moderators approve, on each index page (and so
    on every news item and statement below it)."""
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.set([moderators])
    workflow, _created = Workflow.objects.get_or_create(
        name=REVIEW_WORKFLOW, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in index_pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
