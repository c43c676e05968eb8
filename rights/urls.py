from django.urls import path

from rights import views

app_name = "rights"

urlpatterns = [
    path("", views.RightsView.as_view(), name="rights"),
]
