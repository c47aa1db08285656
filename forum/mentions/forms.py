"""What the composer sends about mentions: the ids its autocomplete picked."""

from __future__ import annotations

from collections.abc import Mapping

from forum.mentions.services import MAX_ID, MAX_MENTIONS

FIELD = "mention_ids"  # a hidden field the script fills: "12,40"


def picked_ids(formdata: Mapping[str, str]) -> list[int]:
    """The picked members, in the order picked; anything that is not an id is ignored.

    An id only helps tell two members with the same name apart: the text must
    still say "@" and their name, and the author must still be allowed to
    mention them, so a forged id mentions nobody.
    """
    found: list[int] = []
    for piece in (formdata.get(FIELD) or "").split(",")[: MAX_MENTIONS * 2]:
        piece = piece.strip()
        if piece.isascii() and piece.isdigit() and len(piece) <= 10 and 0 < int(piece) <= MAX_ID:
            found.append(int(piece))
    return list(dict.fromkeys(found))[:MAX_MENTIONS]
