"""Profile photos: re-encoded without their metadata, refused when unsafe, shown only to finders."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from flask import Flask
from PIL import ExifTags, Image

from forum.accounts.models import MemberType, User
from forum.config import ROOT
from forum.errors import DomainError
from forum.extensions import db
from forum.people import avatars, profiles
from forum.people.models import WhoCanFind
from tests.factories import make_moderator, make_user, sign_in

RED, BLUE = (220, 20, 20), (20, 20, 220)


def photo_with_location() -> bytes:
    """A phone-style JPEG: camera details, GPS position, and "turn me upright" orientation."""
    image = Image.new("RGB", (600, 400), RED)
    image.paste(BLUE, (300, 0, 600, 400))  # left half red, right half blue
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SnoopCam"
    exif[ExifTags.Base.Orientation] = 6  # shown turned a quarter clockwise
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (53.0, 28.0, 12.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (2.0, 14.0, 33.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=95)
    data = out.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(ExifTags.IFD.GPSInfo)  # it is there
    return data


def png(size: tuple[int, int], mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, "PNG")
    return out.getvalue()


def upload(client, data: bytes, name: str = "me.jpg"):
    return client.post(
        "/settings/profile/photo",
        data={"photo": (io.BytesIO(data), name), "upload": "Upload photo"},
        content_type="multipart/form-data",
    )


def reload(member: User) -> User:
    db.session.expire_all()
    found = db.session.get(User, member.id)
    assert found is not None
    return found


def stored(member: User) -> Path:
    name = reload(member).profile.avatar_name
    assert name is not None
    return Path(avatars.directory()) / name


def test_a_photo_is_re_encoded_without_its_location_or_camera_details(client):
    member = make_user()
    sign_in(client, member)
    response = upload(client, photo_with_location())
    assert response.status_code == 302
    served = client.get(f"/members/{member.id}/avatar")
    data = served.get_data()
    served.close()  # the file it streamed from
    assert served.status_code == 200
    assert served.mimetype == "image/png"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.size == (avatars.SIZE, avatars.SIZE)
    assert not image.getexif()
    assert "exif" not in image.info
    assert b"SnoopCam" not in data
    assert b"Exif" not in data
    # Turned upright as the phone meant it: the red left half is now on top.
    rgb = image.convert("RGB")
    top, bottom = rgb.getpixel((128, 20)), rgb.getpixel((128, 235))
    assert (top[0] > 150, top[2] < 100) == (True, True)
    assert (bottom[2] > 150, bottom[0] < 100) == (True, True)


def test_the_photo_is_stored_outside_static_under_a_random_name(client, app: Flask):
    member = make_user(display_name="Robin Ashworth")
    sign_in(client, member)
    upload(client, photo_with_location(), name="robin-ashworth-at-home.jpg")
    path = stored(member)
    assert path.is_file()
    assert re.fullmatch(r"[0-9a-f]{32}\.png", path.name)
    assert (ROOT / "static") not in path.resolve().parents
    assert Path(app.config["AVATAR_DIR"]).resolve() in path.resolve().parents
    assert app.url_map.bind("localhost").test(f"/static/{path.name}")  # would be static's route
    assert client.get(f"/static/{path.name}").status_code == 404


def test_the_profile_shows_the_photo_or_the_initials(client):
    member = make_user(display_name="Robin Ashworth")
    sign_in(client, member)
    page = client.get(f"/members/{member.id}").get_data(as_text=True)
    assert ">RA<" in page
    upload(client, photo_with_location())
    page = client.get(f"/members/{member.id}").get_data(as_text=True)
    assert f'src="/members/{member.id}/avatar?v=' in page
    assert ">RA<" not in page


def test_a_new_photo_replaces_the_old_file(client):
    member = make_user()
    sign_in(client, member)
    upload(client, photo_with_location())
    first = stored(member)
    upload(client, png((300, 300)), name="second.png")
    second = stored(member)
    assert second != first
    assert second.is_file()
    assert not first.exists()


def test_remove_photo_goes_back_to_initials_and_deletes_the_file(client):
    member = make_user(display_name="Robin Ashworth")
    sign_in(client, member)
    upload(client, photo_with_location())
    path = stored(member)
    assert "Remove photo" in client.get("/settings/profile").get_data(as_text=True)
    response = client.post("/settings/profile/photo/remove")
    assert response.status_code == 302
    assert reload(member).profile.avatar_name is None
    assert not path.exists()
    assert client.get(f"/members/{member.id}/avatar").status_code == 404
    assert ">RA<" in client.get(f"/members/{member.id}").get_data(as_text=True)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"Just some words, not a picture.", "notes.txt"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "x.svg"),
        (b"GIF89a<script>alert(1)</script>", "sneaky.gif"),
        (b"", "empty.png"),
    ],
)
def test_a_file_that_is_not_a_photo_is_refused_with_a_clear_error(client, data, name):
    member = make_user()
    sign_in(client, member)
    response = upload(client, data, name)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert avatars.NOT_AN_IMAGE in page or "Choose a photo to upload." in page
    assert reload(member).profile.avatar_name is None


def test_a_truncated_photo_is_refused(client):
    member = make_user()
    sign_in(client, member)
    response = upload(client, photo_with_location()[:800])
    assert response.status_code == 422
    assert avatars.NOT_AN_IMAGE in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("size", "mode"),
    [((9000, 9000), "1"), ((5000, 5000), "L"), ((8200, 10), "RGB")],
    ids=["decompression-bomb", "over-the-pixel-limit", "too-wide"],
)
def test_a_decompression_bomb_or_a_huge_picture_is_refused(client, size, mode):
    data = png(size, mode)
    assert len(data) < 100_000  # tiny on the wire, enormous once decoded
    member = make_user()
    sign_in(client, member)
    response = upload(client, data, "bomb.png")
    assert response.status_code == 422
    assert avatars.TOO_MANY_PIXELS.replace("×", "&#215;") in response.get_data(
        as_text=True
    ) or avatars.TOO_MANY_PIXELS in response.get_data(as_text=True)
    assert reload(member).profile.avatar_name is None


def test_a_photo_over_2_mb_is_refused(client):
    member = make_user()
    with pytest.raises(DomainError) as refused:
        profiles.set_photo(member, io.BytesIO(b"\xff" * (avatars.MAX_BYTES + 1)))
    assert refused.value.message == avatars.TOO_LARGE
    sign_in(client, member)
    body = (  # built by hand: the test client would spool it to a file the 413 leaves open
        b"--cut\r\n"
        b'Content-Disposition: form-data; name="photo"; filename="big.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n" + b"\xff" * (3 * 1024 * 1024) + b"\r\n--cut--\r\n"
    )
    response = client.post(
        "/settings/profile/photo", data=body, content_type="multipart/form-data; boundary=cut"
    )
    assert response.status_code == 413
    assert "That was too large" in response.get_data(as_text=True)
    assert reload(member).profile.avatar_name is None


@pytest.mark.parametrize(
    ("viewer_kind", "sees"),
    [("practitioner", True), ("care_leaver", False), ("ally", False), ("moderator", True)],
)
def test_the_photo_is_served_only_to_those_who_may_find_the_member(client, viewer_kind, sees):
    member = make_user(member_type=MemberType.practitioner)
    member.profile.who_can_find = WhoCanFind.practitioners
    db.session.flush()
    sign_in(client, member)
    upload(client, photo_with_location())
    viewer = (
        make_moderator(member_type=MemberType.ally)
        if viewer_kind == "moderator"
        else make_user(member_type=MemberType(viewer_kind))
    )
    sign_in(client, viewer)
    response = client.get(f"/members/{member.id}/avatar")
    response.close()
    assert response.status_code == (200 if sees else 404)
    if sees:
        assert "private" in response.headers["Cache-Control"]
        assert "no-cache" in response.headers["Cache-Control"]


def test_a_signed_out_visitor_gets_no_photo(client):
    member = make_user()
    sign_in(client, member)
    upload(client, photo_with_location())
    client.post("/sign-out")
    response = client.get(f"/members/{member.id}/avatar")
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]
