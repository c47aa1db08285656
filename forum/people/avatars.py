"""Members' photos: re-encoded from scratch, kept outside static/, named at random.

An uploaded file is never stored or served as it came. It is decoded with a
short list of formats (no exotic decoders reachable from an upload), checked
against size and pixel limits before the pixels are decoded (a decompression
bomb is refused, never expanded), turned upright, cropped to a square, and
its pixels copied into a new image saved as PNG. Whatever rode along in the
file (EXIF with GPS location, comments, colour profiles, a script disguised as
an image) is left behind. Files live in AVATAR_DIR under a random name, so the
name says nothing about the member and cannot be guessed.
"""

from __future__ import annotations

import io
import re
import secrets
import warnings
from pathlib import Path
from typing import IO

from flask import current_app
from PIL import Image, ImageOps, UnidentifiedImageError

from forum.errors import DomainError

MAX_BYTES = 2_000_000  # the whole request is capped at 2 MiB (MAX_CONTENT_LENGTH)
MAX_PIXELS = 4096 * 4096  # before resizing: a 16-megapixel phone photo fits
MAX_SIDE = 8192
SIZE = 256  # stored and shown square, this many pixels a side
FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
# Pillow warns above this many pixels and refuses above twice as many; the
# warning is turned into an error below, so anything larger is refused.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

NOT_AN_IMAGE = "Choose a photo in JPEG, PNG, GIF or WebP format."
TOO_LARGE = "The photo must be smaller than 2 MB."
TOO_MANY_PIXELS = "The photo is too large: at most 4096 × 4096 pixels."
_NAME = re.compile(r"^[0-9a-f]{32}\.png$")


def re_encode(upload: IO[bytes]) -> bytes:
    """The photo as a fresh SIZE×SIZE PNG, or DomainError("photo", ...) saying what is wrong."""
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise DomainError("photo", TOO_LARGE)
    if not data:
        raise DomainError("photo", NOT_AN_IMAGE)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                width, height = image.size
                if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                    raise DomainError("photo", TOO_MANY_PIXELS)
                image.draft("RGB", (SIZE * 2, SIZE * 2))  # JPEG: decode at a smaller scale
                image.load()
                return _square_png(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise DomainError("photo", TOO_MANY_PIXELS) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        # Not an image, a truncated one, or one Pillow cannot decode.
        raise DomainError("photo", NOT_AN_IMAGE) from None


def _square_png(image: Image.Image) -> bytes:
    upright = ImageOps.exif_transpose(image) or image
    mode = (
        "RGBA" if upright.mode in {"RGBA", "LA", "PA"} or "transparency" in upright.info else "RGB"
    )
    square = ImageOps.fit(upright.convert(mode), (SIZE, SIZE), Image.Resampling.LANCZOS)
    fresh = Image.new(mode, square.size)  # no info, no EXIF, no profile: pixels only
    fresh.paste(square)
    out = io.BytesIO()
    fresh.save(out, "PNG", optimize=True)
    return out.getvalue()


def directory() -> Path:
    return Path(current_app.config["AVATAR_DIR"])


def store(png: bytes) -> str:
    """Write the photo under a new random name and return the name."""
    folder = directory()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{secrets.token_hex(16)}.png"
    (folder / name).write_bytes(png)
    return name


def path_of(name: str) -> Path | None:
    """Where a stored photo is; None for a name this module did not make."""
    if not _NAME.match(name):
        return None
    path = directory() / name
    return path if path.is_file() else None


def discard(name: str | None) -> None:
    """Delete a photo that is no longer used; a missing file is not an error."""
    if name and _NAME.match(name):
        (directory() / name).unlink(missing_ok=True)


def initials(display_name: str) -> str:
    """The first letters of the first two words, shown where there is no photo."""
    letters = [word[0] for word in display_name.split() if word[:1].isalnum()]
    return "".join(letters[:2]).upper() or "?"
