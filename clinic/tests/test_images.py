"""Images on the clinic's pages: renditions when saved, alternative text, uploads in the admin."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.template import Context, Template
from django.urls import reverse

from clinic.tests.factories import department_form, radiology
from content import images
from content.testing.images import clean, image_bytes, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def test_saving_makes_renditions_and_pages_show_them_with_srcset(client):
    department = radiology()
    department.image = clean(image_bytes(size=(1000, 500)))
    department.image_alt_ko, department.image_alt_en = "영상검사 장비", "Imaging equipment"
    department.full_clean()
    department.save()
    assert (department.image_width, department.image_height) == (1000, 500)
    for width in (320, 640, 960):
        for ext in ("webp", "jpg"):
            assert default_storage.exists(images.rendition_name(department.image.name, width, ext))
    html = client.get("/en/departments/radiology/").content.decode()
    assert '<source type="image/webp" srcset="' in html
    assert "-320.webp 320w" in html and "-960.jpg 960w" in html
    assert 'width="960" height="480" alt="Imaging equipment"' in html
    assert 'alt="영상검사 장비"' in client.get("/ko/departments/radiology/").content.decode()


def test_small_images_are_not_enlarged():
    department = radiology()
    department.image = clean(image_bytes("PNG", (200, 100)), "x.png")
    department.image_alt_ko = department.image_alt_en = "x"
    department.save()
    html = Template("{% load content %}{% picture d %}").render(Context({"d": department}))
    assert "-200.webp 200w" in html and "-200.png" in html and 'width="200" height="100"' in html


def test_alt_text_is_required_in_each_language_with_an_image():
    department = radiology()
    department.image = clean(image_bytes())
    department.image_alt_ko, department.image_alt_en = "설명", ""
    with pytest.raises(ValidationError) as error:
        department.full_clean()
    assert "image_alt_en" in error.value.message_dict
    assert "image_alt_ko" not in error.value.message_dict


def test_admin_upload_of_a_non_image_shows_a_message_and_keeps_the_typed_text(admin_client):
    department = radiology()
    url = reverse("admin:clinic_department_change", args=[department.pk])
    data = department_form(
        department,
        description_en="Typed text that must not be lost",
        image=upload(b"MZ\x90\x00 not an image", "virus.jpg"),
        image_alt_ko="사진",
        image_alt_en="Photo",
    )
    admin_client.post(reverse("set_language"), {"language": "en"})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "not an image we can read" in html
    assert "Typed text that must not be lost" in html
    department.refresh_from_db()
    assert not department.image


def test_a_replaced_image_and_its_renditions_stop_being_public(client, admin_client):
    from content.versions import forget_all

    department = radiology()
    department.image = clean(image_bytes(size=(1000, 500)))
    department.image_alt_ko = department.image_alt_en = "x"
    department.save()
    old = department.image.name
    old_rendition = images.rendition_name(old, 320, "webp")
    forget_all()
    assert client.get(f"/media/{old}").status_code == 200
    assert client.get(f"/media/{old_rendition}").status_code == 200
    department.image = clean(image_bytes(size=(800, 400)))
    department.save()
    forget_all()  # a commit moves the content version on; a test's transaction does not commit
    assert client.get(f"/media/{old}").status_code == 404
    assert client.get(f"/media/{old_rendition}").status_code == 404
    assert client.get(f"/media/{department.image.name}").status_code == 200
    assert admin_client.get(f"/media/{old}").status_code == 200  # staff still see it (history, previews)
    department.is_published = False
    department.save()
    forget_all()
    assert client.get(f"/media/{department.image.name}").status_code == 404


def test_a_form_with_errors_keeps_the_chosen_image(admin_client):
    department = radiology()
    url = reverse("admin:clinic_department_change", args=[department.pk])
    data = department_form(department, name_ko="", image_alt_ko="장비", image_alt_en="Equipment")
    data["image"] = upload(image_bytes(size=(900, 600)), "equipment.jpg")
    response = admin_client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200 and "errornote" in html  # the Korean name is required
    token = re.search(r'name="_kept_image" value="([^"]+)"', html).group(1)
    assert "equipment.jpg" in html
    data = department_form(department, image_alt_ko="장비", image_alt_en="Equipment", _kept_image=token)
    assert admin_client.post(url, data).status_code == 302
    department.refresh_from_db()
    assert department.image and (department.image_width, department.image_height) == (900, 600)
    forged = department_form(department, _kept_image="../../etc/passwd")
    assert admin_client.post(url, forged).status_code in (200, 302)  # not a 500, nothing read
