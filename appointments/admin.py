"""The appointments page and the privacy policy (content, like any other), and the
coordinators' side of consultation requests: listed with the minimum, opened one at a
time, every opening, export and deletion logged (content/audit.py)."""

from typing import Any

from cryptography.fernet import InvalidToken
from django.contrib import admin, messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from appointments import retention, storage
from appointments.models import AppointmentsPage, Attachment, ConsultationRequest, PrivacyPolicy
from content import audit
from content.admin import SingletonTranslatedAdmin

PERSONAL = ("asker", "name", "phone", "email", "reply_language", "question", "diagnosis", "treated_at")


UNREADABLE_NOTICE = _(
    "Part of this request cannot be decrypted with the keys in DJANGO_FIELD_ENCRYPTION_KEYS: the key it was "
    "encrypted with is missing from the list. Nothing of it has been changed or lost. It stays read-only, and is "
    "not deleted on schedule, until the operator puts that key back in the list (README: Keys)."
)


@admin.register(AppointmentsPage)
class AppointmentsPageAdmin(SingletonTranslatedAdmin):
    pass


@admin.register(PrivacyPolicy)
class PrivacyPolicyAdmin(SingletonTranslatedAdmin):
    pass


def no_store(response: HttpResponse) -> HttpResponse:
    """Personal data is never kept by a browser or a proxy."""
    response["Cache-Control"] = "no-store"
    return response


@admin.register(ConsultationRequest)
class ConsultationRequestAdmin(admin.ModelAdmin):
    list_display = ("reference", "sent_at", "status", "language")
    list_filter = ("status", "language")
    search_fields = ("reference",)  # the personal fields are encrypted: nothing else can be searched
    date_hierarchy = "sent_at"
    fieldsets = [
        (None, {"fields": ("reference", "sent_at", "language", "delete_after")}),
        (_("From the patient"), {"fields": (*PERSONAL, "files")}),
        (_("Coordinator"), {"fields": ("status", "notes")}),
        (_("Consent"), {"fields": ("consent",)}),
    ]
    readonly_fields = ("reference", "sent_at", "language", "delete_after", *PERSONAL, "files", "consent")
    actions = None  # no bulk deletion or export: one request at a time, each logged

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        # What the current keys cannot read is read-only: nothing is written over it.
        return super().has_change_permission(request, obj) and not (obj is not None and obj.unreadable())

    def has_delete_permission(self, request, obj=None) -> bool:
        return super().has_delete_permission(request, obj) and not (obj is not None and obj.unreadable())

    def get_urls(self):
        own = [
            path("<int:pk>/export/", self.admin_site.admin_view(self.export_view), name="appointments_request_export"),
            path(
                "<int:pk>/files/<int:file_pk>/",
                self.admin_site.admin_view(self.file_view),
                name="appointments_request_file",
            ),
        ]
        return own + super().get_urls()

    @admin.display(description=_("files"))
    def files(self, obj: ConsultationRequest):
        attachments = list(obj.attachments.all())
        if not attachments:
            return "—"
        return format_html_join(
            ", ",
            '<a href="{}">{}</a> ({} kB)',
            (
                (reverse("admin:appointments_request_file", args=[obj.pk, a.pk]), a.name, max(1, a.size // 1000))
                for a in attachments
            ),
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and request.method == "GET" and self.has_view_permission(request, obj):
            audit.record("opened", request.user, obj)
            if obj.unreadable():
                messages.error(request, UNREADABLE_NOTICE)
        extra = {**(extra_context or {})}
        if obj is not None and request.user.has_perm("appointments.export_consultationrequest"):
            extra["export_url"] = reverse("admin:appointments_request_export", args=[obj.pk])
        return no_store(super().change_view(request, object_id, form_url, extra))  # never cached

    def changelist_view(self, request, extra_context=None):
        return no_store(super().changelist_view(request, extra_context))

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        audit.record("changed", request.user, obj, reason=", ".join(form.changed_data))

    def delete_model(self, request, obj) -> None:
        retention.delete(obj, request.user)

    def delete_queryset(self, request, queryset) -> None:
        for obj in queryset:
            retention.delete(obj, request.user)

    def export_view(self, request, pk: int) -> HttpResponse:
        """One request as a text file, for the clinic's records; logged."""
        if not request.user.has_perm("appointments.export_consultationrequest"):
            raise Http404
        obj = get_object_or_404(ConsultationRequest, pk=pk)
        if obj.unreadable():
            messages.error(request, UNREADABLE_NOTICE)
            return HttpResponseRedirect(reverse("admin:appointments_consultationrequest_change", args=[obj.pk]))
        audit.record("exported", request.user, obj)
        lines = [f"{ConsultationRequest._meta.get_field('reference').verbose_name}: {obj.reference}"]
        lines.append(f"{ConsultationRequest._meta.get_field('sent_at').verbose_name}: {obj.sent_at:%Y-%m-%d %H:%M}")
        for name in PERSONAL:
            field: Any = ConsultationRequest._meta.get_field(name)
            value = getattr(obj, f"get_{name}_display")() if field.choices else getattr(obj, name)
            lines.append(f"{field.verbose_name}: {value}")
        lines.append(f"{ConsultationRequest._meta.get_field('notes').verbose_name}: {obj.notes}")
        response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{obj.reference}.txt"'
        return no_store(response)

    def file_view(self, request, pk: int, file_pk: int) -> HttpResponse:
        """A request's file, decrypted for a coordinator; logged."""
        if not request.user.has_perm("appointments.view_attachment"):
            raise Http404
        attachment = get_object_or_404(Attachment, pk=file_pk, request_id=pk)
        back = HttpResponseRedirect(reverse("admin:appointments_consultationrequest_change", args=[pk]))
        try:
            data = storage.read(attachment.stored_as)
        except InvalidToken:
            messages.error(request, UNREADABLE_NOTICE)
            return back
        except FileNotFoundError:
            messages.error(
                request,
                _(
                    "This file is missing from the private files folder (DJANGO_PRIVATE_ROOT). "
                    "Ask the operator to restore it from the last backup (README: Backups)."
                ),
            )
            return back
        audit.record("opened", request.user, attachment.request, reason=f"file {attachment.pk}")
        response = HttpResponse(data, content_type=attachment.content_type)
        response["Content-Disposition"] = f'attachment; filename="{attachment.request.reference}-{attachment.pk}"'
        response["X-Content-Type-Options"] = "nosniff"
        return no_store(response)
