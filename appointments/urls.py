from django.urls import path

from appointments import views

app_name = "appointments"

urlpatterns = [
    path("appointments/", views.AppointmentsView.as_view(), name="appointments"),
    path("appointments/sent/", views.SentView.as_view(), name="sent"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
]
