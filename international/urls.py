from django.urls import path

from international import views

app_name = "international"

urlpatterns = [
    path("", views.InternationalView.as_view(), name="international"),
]
