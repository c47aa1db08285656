"""Odd input around mentions and quotes is ignored, never an error page."""

from __future__ import annotations

from tests.mentions.helpers import last_post, member, mentioned, reply, told


def test_the_autocomplete_shrugs_at_odd_queries(as_member):
    member("Rosa Diaz")
    client = as_member(member("Author"))
    for q in ["\x00", "%ff%fe", "r" * 5000, "\U0001f600", "' OR 1=1 --"]:
        response = client.get("/mentions/suggest", query_string={"q": q})
        assert response.status_code == 200, q
        assert response.get_json() == {"members": []}
    nul = client.get("/mentions/suggest", query_string={"q": "ro\x00sa"})
    assert [m["name"] for m in nul.get_json()["members"]] == ["Rosa Diaz"]  # NUL dropped


def test_odd_picked_ids_are_ignored(as_member, topic):
    rosa = member("Rosa Diaz")
    client = as_member(member("Author"))
    for ids in ["9" * 5000, "99999999999", "-1,0,abc", ",,,", "１２"]:
        response = reply(client, topic, f"Hi @Rosa Diaz ({len(ids)})", mention_ids=ids)
        assert response.status_code == 302, ids
        assert mentioned(last_post(topic)) == {rosa.id}


def test_a_quote_of_no_post_tells_nobody(as_member, topic):
    author = member("Author")
    client = as_member(author)
    for post_id in ["99999999999999999999", "2147483647"]:
        body = f"> [Anonymous member wrote](/p/{post_id}):\n>\n> hi\n\nOK."
        assert reply(client, topic, body).status_code == 302
        assert last_post(topic).body_source == body
    assert told(author) == []


def test_the_live_check_shrugs_at_odd_text(as_member):
    client = as_member(member("Author"))
    for body in ["@\x00Rosa", "@Rosa\x00 Diaz", "@\ud800x", "@" + "a" * 30000]:
        response = client.post("/s/welcome/check", json={"body": body})
        assert response.status_code == 200
