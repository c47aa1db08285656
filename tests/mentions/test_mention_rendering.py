"""A mention becomes a link to the profile, written once and sanitised like everything else."""

from __future__ import annotations

from forum import markup
from tests.mentions.helpers import first_post, last_post, links, member, profile_links, reply

LINK_REL = 'rel="nofollow ugc noopener noreferrer"'


def test_the_topic_page_links_the_mention_to_the_profile(as_member, topic):
    rosa = member("Rosa Diaz")
    client = as_member(member("Author"))
    reply(client, topic, "**Thanks** @Rosa Diaz!")
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert f'<a href="/members/{rosa.id}" {LINK_REL}>@Rosa Diaz</a>!' in page
    assert as_member(member("Reader")).get(f"/members/{rosa.id}").status_code == 200


def test_preview_shows_which_names_became_mentions(as_member, topic):
    rosa = member("Rosa Diaz")
    response = reply(
        as_member(member("Author")), topic, "Ask @Rosa Diaz and @Nobody Else.", preview="Preview"
    )
    page = response.get_data(as_text=True)
    preview = page[page.index('id="preview-title"') :]
    assert f'<a href="/members/{rosa.id}" {LINK_REL}>@Rosa Diaz</a>' in preview
    assert "@Nobody Else" in preview
    assert last_post(topic).number == 1  # nothing saved


def test_markup_runs_the_resolver_in_reading_order_and_keeps_sanitising():
    seen: list[str] = []

    def resolve(text: str):
        seen.append(text)
        return (3, "javascript:alert(1)") if text.startswith("Bad") else (2, "/members/7")

    html = markup.render("@Jo then @Bad and <script>x</script>", resolve)
    assert seen == ["Jo then @Bad and <script>x</script>", "Bad and <script>x</script>"]
    assert '<a href="/members/7"' in html
    assert "javascript:" not in html  # bleach drops a link it does not allow
    assert "<script>" not in html


def test_a_display_name_cannot_inject_markup(as_member, topic):
    evil = member('Eve<script>alert("x")</script>')
    reply(as_member(member("Author")), topic, 'Hi @Eve<script>alert("x")</script> there')
    post = last_post(topic)
    assert profile_links(post.body_html) == [
        (f"/members/{evil.id}", "@Eve&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    ]
    assert "<script" not in post.body_html


def test_a_quoted_display_name_cannot_inject_a_link(as_member, topic):
    sneaky = member("Jo](javascript:alert(1)) **bold**")
    post = first_post(topic)
    post.author = sneaky
    client = as_member(member("Author"))
    form = client.get(f"/t/{topic.id}/reply?quote={post.id}").get_data(as_text=True)
    assert r"[Jo\]\(javascript\:alert\(1\)\) \*\*bold\*\* wrote]" in form
    quoted = markup.quote(post.body_source, author=sneaky.display_name, link=f"/p/{post.id}")
    html = markup.render(quoted)
    assert links(html) == [(f"/p/{post.id}", "Jo](javascript:alert(1)) **bold** wrote")]


def test_links_and_code_keep_their_own_text(as_member, topic):
    member("Rosa Diaz")
    reply(
        as_member(member("Author")),
        topic,
        "[@Rosa Diaz's notes](https://example.org/notes) and `@Rosa Diaz`",
    )
    html = last_post(topic).body_html
    assert profile_links(html) == []
    assert "<code>@Rosa Diaz</code>" in html


def test_the_composer_offers_the_list_in_threads_but_not_in_private_messages(as_member, topic):
    from tests.mentions.helpers import connect

    author = member("Author")
    client = as_member(author)
    page = client.get(f"/t/{topic.id}/reply").get_data(as_text=True)
    assert '<input type="hidden" name="mention_ids" value=""' in page
    assert 'data-suggest-url="/mentions/suggest"' in page
    assert '<script src="/static/mentions.js" defer></script>' in page
    assert "<script>" not in page  # no inline script: the CSP forbids it
    friend = member("Friend")
    connect(author, friend)
    response = client.get(f"/messages/new?to={friend.id}")
    assert response.status_code == 200
    private = response.get_data(as_text=True)
    assert "textarea" in private
    assert "mention_ids" not in private
    assert "mentions.js" not in private
