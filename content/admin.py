"""Admin pieces that both content apps use."""

import datetime

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import BaseModelAdmin
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.models import Group
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from modeltranslation.utils import build_localized_fieldname
from simple_history.admin import SimpleHistoryAdmin
from solo.admin import SingletonModelAdmin

from content.admin_drafts import REVIEW_FIELDS, GovernedAdmin, change_url, field_label, whole_item
from content.audit import ACTIONS
from content.drafts import DISCARDED_DAYS, needs_approval, purge_discarded
from content.fields import MarkdownField, MarkdownTextarea
from content.merge import content_keys
from content.models import AuditEntry, Reviewed, Revision
from content.roles import ROLE_LABELS, is_translator
from content.translations import missing_translations, translated_fields, translator_languages


class TranslatorRestrictions(BaseModelAdmin):
    """Translators change translated text only; every other field is read-only for them."""

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not is_translator(request.user) or getattr(request, "_full_form", False):
            return readonly  # (a whole form: content.drafts.item_state reads every field)
        translated = set(translated_fields(self.model))
        own = translator_languages(request.user)
        translation_fields = {build_localized_fieldname(f, code) for f in translated for code in own}
        for field in [*self.model._meta.fields, *self.model._meta.many_to_many]:
            name = field.name
            if field.editable and name not in translated and name not in translation_fields and name not in readonly:
                readonly.append(name)  # (other languages' texts too: read, as the source of a translation)
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        # A read-only slug cannot be filled from the name.
        if is_translator(request.user) and not getattr(request, "_full_form", False):
            return {}
        return super().get_prepopulated_fields(request, obj)


class TranslatedAdmin(GovernedAdmin, TranslatorRestrictions, SimpleHistoryAdmin, TranslationAdmin):
    """Each translated field in both languages, one under the other ("name [ko]", "name
    [en]": a translator sees the text to translate beside the translation, and the form
    needs no script; modeltranslation's jQuery UI tabs nested a link in each tab, which
    axe-core reports), a history of every change, and changes staged as drafts with
    sign-off (content/admin_drafts.py)."""

    formfield_overrides = {
        # Staff paste addresses without a scheme; the web is https now.
        models.URLField: {"assume_scheme": "https"},
        MarkdownField: {"widget": MarkdownTextarea},
    }

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if getattr(obj, "is_published", True):
            missing = missing_translations(obj)
            if missing:
                names = dict(settings.LANGUAGES)
                fields = ", ".join(f"{m.label} ({names[m.language]})" for m in missing)
                messages.warning(
                    request,
                    gettext(
                        "“%(item)s” is published with missing translations: %(fields)s. "
                        "Until they are written, readers of that language see the other language's text."
                    )
                    % {"item": obj, "fields": fields},
                )

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)  # GovernedAdmin's, then Django's
        if is_translator(request.user):
            changelist.list_editable = ()
        return changelist


class SingletonTranslatedAdmin(SingletonModelAdmin, TranslatedAdmin):
    """A one-of-a-kind item (django-solo: the clinic's details, the rights notice), with
    drafts: solo's own answer to a save (back to the admin home) would skip the draft's."""

    object_history_template = GovernedAdmin.object_history_template

    def response_change(self, request, obj):
        if getattr(request, "_drafting", False):
            return GovernedAdmin.response_change(self, request, obj)
        return super().response_change(request, obj)


class TranslatedInline(TranslatorRestrictions, TranslationStackedInline):
    """An item's children in its form (a page's sections, a group's tests). Their review
    dates are the reviewer's stamp, as on the item's own form; a draft being published
    is applied whole, so the rows its author added or deleted are added or deleted
    whatever the approver's own rights (content.drafts.apply)."""

    extra = 0
    formfield_overrides = TranslatedAdmin.formfield_overrides

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if needs_approval(self.model) and issubclass(self.model, Reviewed):
            readonly += [name for name in REVIEW_FIELDS if name not in readonly]
        return readonly

    def has_add_permission(self, request, obj=None) -> bool:
        return whole_item(request) or super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None) -> bool:
        return whole_item(request) or super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return whole_item(request) or super().has_delete_permission(request, obj)


class ReviewStatusFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("never", _("Never reviewed")),
            ("overdue", _("Overdue")),
            ("due-soon", _("Due within 30 days")),
            ("current", _("Current")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "never":
            return queryset.never_reviewed()
        if self.value() == "overdue":
            return queryset.overdue()
        if self.value() == "due-soon":
            return queryset.due_soon()
        if self.value() == "current":
            return queryset.filter(next_review_due__gt=timezone.localdate() + datetime.timedelta(days=30))
        return queryset


class ContentItemAdmin(TranslatedAdmin):
    """Lists that staff reorder and publish from the list view itself."""

    list_editable = ("order", "is_published")
    list_filter = ("is_published",)
    readonly_fields = ("updated_at",)
    list_per_page = 50


class PersonFilter(admin.SimpleListFilter):
    """Filter by the staff member who acted (names typed at a failed sign-in are not listed)."""

    title = _("who")
    parameter_name = "actor"

    def lookups(self, request, model_admin):
        people = AuditEntry.objects.filter(actor__isnull=False).values_list("actor_id", "actor_name").distinct()
        return sorted({(str(pk), name) for pk, name in people if name}, key=lambda person: person[1])

    def queryset(self, request, queryset):
        return queryset.filter(actor_id=self.value()) if self.value() else queryset


class ReadOnlyAdmin(admin.ModelAdmin):
    """A list to read: nothing in it is added, changed or deleted from the admin."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


def changes_table(changes: list[dict], model=None):
    """What changed, field by field, with the text before and after (the audit log, drafts)."""
    if not changes:
        return "—"
    rows = format_html_join(
        "",
        '<tr><th scope="row">{}</th><td>{}</td><td>{}</td></tr>',
        ((label_of(model, change["field"]), change.get("before", ""), change.get("after", "")) for change in changes),
    )
    head = format_html(
        '<table class="audit-changes"><thead><tr><th scope="col">{}</th><th scope="col">{}</th>'
        '<th scope="col">{}</th></tr></thead><tbody>',
        gettext("Field"),
        gettext("Before"),
        gettext("After"),
    )
    return format_html("{}{}</tbody></table>", head, rows)


def label_of(model, name: str) -> str:
    """A field's name as the admin's reader says it, where the model still has it."""
    if model is None:
        return name
    prefix, _sep, rest = name.partition("-")
    if rest:  # an inline child's field in a draft: "section_set-0-body_ko"
        return f"{prefix.replace('_set', '')} {rest.replace('-', ' · ')}"
    return field_label(model, name)


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """The site-wide audit log (content/audit.py): read-only, for everyone who may view it."""

    list_display = ("at", "actor_name", "what", "content_type", "object_repr", "changed_fields", "reason")
    list_filter = (
        "action",
        ("content_type", admin.RelatedOnlyFieldListFilter),  # the kinds of item in the log, not every model
        ("at", admin.DateFieldListFilter),
        PersonFilter,
    )
    search_fields = ("actor_name", "object_repr", "reason")
    date_hierarchy = "at"
    list_per_page = 100
    fields = ("at", "actor_name", "what", "content_type", "object_id", "object_repr", "reason", "what_changed")
    readonly_fields = fields

    @admin.display(description=_("action"), ordering="action")
    def what(self, entry: AuditEntry) -> str:
        return str(ACTIONS.get(entry.action, entry.action))

    @admin.display(description=_("fields changed"))
    def changed_fields(self, entry: AuditEntry) -> str:
        model = entry.content_type.model_class() if entry.content_type is not None else None
        return ", ".join(label_of(model, change["field"]) for change in entry.changes) or "—"

    @admin.display(description=_("what changed"))
    def what_changed(self, entry: AuditEntry):
        model = entry.content_type.model_class() if entry.content_type is not None else None
        return changes_table(entry.changes, model)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("content_type")


class RoleAdmin(GroupAdmin):
    """Staff groups, named in the admin's language (content/roles.py)."""

    list_display = ("role",)

    @admin.display(description=_("name"), ordering="name")
    def role(self, group) -> str:
        return str(ROLE_LABELS.get(group.name, group.name))


admin.site.unregister(Group)
admin.site.register(Group, RoleAdmin)


@admin.register(Revision)
class DraftListAdmin(ReadOnlyAdmin):
    """Every draft on the site, to find what is waiting or scheduled (content/drafts.py).
    Read-only: a draft is changed on its item's own form."""

    list_display = ("item", "content_type", "action", "status", "created_by", "updated_at", "go_live_at")
    list_display_links = ("status",)  # the item's column links to the item itself
    list_filter = ("status", "action", ("content_type", admin.RelatedOnlyFieldListFilter))
    search_fields = ("object_repr",)
    list_select_related = ("content_type", "created_by")
    fields = ("item", "content_type", "action", "status", "created_by", "updated_at", "change_reason", "texts")
    readonly_fields = fields
    change_form_template = "admin/content/revision/change_form.html"

    @admin.display(description=_("text of the draft"))
    def texts(self, revision: Revision):
        """The draft's fields (what it would change), so a discarded one can be read."""
        model = revision.content_type.model_class()
        if revision.action == Revision.Action.DELETE:
            return gettext("A request to delete the item.")
        base = content_keys(revision.base_data)
        changes = [
            {"field": name, "before": "\n".join(base.get(name, [])), "after": "\n".join(values)}
            for name, values in content_keys(revision.data).items()
            if not name.endswith(("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"))
            and base.get(name) != values
        ]
        return changes_table(changes, model)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        purge_discarded()  # drafts discarded more than 30 days ago are gone (content/drafts.py)
        revision = Revision.objects.filter(pk=object_id).first() if object_id and object_id.isdigit() else None
        extra = {**(extra_context or {}), "discarded_days": DISCARDED_DAYS}
        if revision is not None and revision.status == Revision.Status.DISCARDED:
            extra["bring_back_url"] = reverse("admin:draft_action", args=[revision.pk, "bring-back"])
        return super().changeform_view(request, object_id, form_url, extra)

    @admin.display(description=_("item"), ordering="object_repr")
    def item(self, revision: Revision):
        model = revision.content_type.model_class()
        if model is None:
            return revision.object_repr
        return format_html('<a href="{}">{}</a>', change_url(model, revision.object_id), revision.object_repr)


class SecretFreeDeviceAdmin(admin.ModelAdmin):
    """django-otp's devices without their secrets: no key, no QR code, no recovery codes,
    for anyone (an administrator included). Staff set up their own authenticator
    (content/admin_twofactor.py); an administrator can only see that one exists, or
    delete it for someone who lost their phone, who then sets up a new one."""

    list_display = ("user", "name", "created_at", "last_used_at", "confirmed")
    list_filter = ("confirmed",)
    search_fields = ("user__username",)
    fields = ("user", "name", "confirmed", "created_at", "last_used_at")
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False  # a device added here would have a key someone else typed or read

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_inlines(self, request, obj):
        return []  # (otp_static's inline lists the recovery codes themselves)


for _device in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_device):
        admin.site.unregister(_device)
    admin.site.register(_device, SecretFreeDeviceAdmin)
