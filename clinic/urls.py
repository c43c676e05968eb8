from django.urls import path

from clinic import views

app_name = "clinic"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("clinic/", views.ClinicView.as_view(), name="clinic"),
    path("clinic/team/", views.TeamView.as_view(), name="team"),
    path("neuroendocrine-tumors/", views.NetView.as_view(), name="net"),
    path("diagnosis/", views.DiagnosisView.as_view(), name="diagnosis"),
    path("diagnosis/<slug:slug>/", views.TestGroupView.as_view(), name="test_group"),
    path("treatment/", views.TreatmentView.as_view(), name="treatment"),
    path("treatment/<slug:slug>/", views.TreatmentApproachView.as_view(), name="treatment_approach"),
    path("research/", views.ResearchView.as_view(), name="research"),
    path("departments/", views.DepartmentsView.as_view(), name="departments"),
    path("departments/<slug:slug>/", views.DepartmentView.as_view(), name="department"),
    path("contact/", views.ContactView.as_view(), name="contact"),
    path("glossary/", views.GlossaryView.as_view(), name="glossary"),
]
