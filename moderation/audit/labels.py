"""Readable words for what the audit log records.

Services write short action codes ("post.reject"); moderators read sentences.
A code without a label here is shown as it is, so a new action is never hidden.
"""

from __future__ import annotations

from wtforms.fields.choices import SelectChoice

ACTION_GROUPS: dict[str, dict[str, str]] = {
    "Applications": {
        "application.approve": "Approved an application",
        "application.reject": "Rejected an application",
        "application.ask": "Asked an applicant for more information",
    },
    "Posts": {
        "post.publish": "Published a held post",
        "post.edit_publish": "Edited and published a held post",
        "post.reject": "Rejected a held post",
        "post.reveal_author": "Revealed the author of an anonymous post",
        "post.hide": "Hid a post",
        "post.unhide": "Showed a hidden post again",
        "post.edit": "Edited a post",
        "post.delete": "Deleted a post",
        "post.redact": "Redacted a post",
    },
    "Reports": {
        "report.dismiss": "Dismissed a report",
        "report.resolve": "Resolved a report",
        "report.hide": "Hid a reported item",
        "report.edit": "Edited a reported item",
        "report.delete": "Deleted a reported item",
        "report.lock": "Locked the topic of a reported item",
        "report.warn": "Warned the author of a reported item",
        "report.suspend": "Suspended the author of a reported item",
        "message.delete": "Deleted a reported private message",
        "checkin.remove_text": "Removed the text of a reported check-in item",
    },
    "Topics": {
        "topic.lock": "Locked a topic",
        "topic.unlock": "Unlocked a topic",
        "topic.pin": "Pinned a topic",
        "topic.unpin": "Unpinned a topic",
        "topic.move": "Moved a topic",
        "topic.merge": "Merged topics",
        "topic.split": "Split a topic",
        "topic.hide": "Hid a topic",
        "topic.delete": "Deleted a topic",
        "topic.content_note": "Changed a topic's content note",
    },
    "Members": {
        "member.warn": "Warned a member",
        "member.suspend": "Suspended a member",
        "member.ban": "Banned a member",
        "member.lift": "Lifted a suspension or ban",
        "member.note": "Wrote a note on a member",
        "user.warn": "Warned a member",
        "user.suspend": "Suspended a member",
        "user.ban": "Banned a member",
        "user.lift": "Lifted a suspension or ban",
        "user.note": "Wrote a note on a member",
        "role.grant": "Made a member a moderator",
        "role.revoke": "Removed a moderator's rights",
    },
    "Site": {
        "watched_word.add": "Added a watched word",
        "watched_word.create": "Added a watched word",
        "watched_word.edit": "Changed a watched word",
        "watched_word.update": "Changed a watched word",
        "watched_word.delete": "Removed a watched word",
        "watched_word.remove": "Removed a watched word",
        "settings.change": "Changed the site settings",
        "settings.update": "Changed the site settings",
    },
}

ACTION_LABELS: dict[str, str] = {
    code: label for group in ACTION_GROUPS.values() for code, label in group.items()
}

# What a target is called on the page, and the words a moderator may type for it.
TARGET_NOUNS = {
    "user": "Member",
    "post": "Post",
    "topic": "Topic",
    "report": "Report",
    "report_case": "Report",
    "watched_word": "Watched word",
    "setting": "Setting",
    "settings": "Settings",
}
TARGET_ALIASES = {"member": "user", "applicant": "user", "reply": "post", "case": "report_case"}


def action_label(code: str) -> str:
    return ACTION_LABELS.get(code, code)


def action_choices() -> list[SelectChoice]:
    """The "Action" filter's options: known actions, grouped by what they act on."""
    choices = [SelectChoice("", "Any action")]
    for group, actions in ACTION_GROUPS.items():
        seen: set[str] = set()
        for code, label in actions.items():
            if label not in seen:  # two codes, one meaning: offer it once
                seen.add(label)
                choices.append(SelectChoice(code, label, optgroup=group))
    return choices


def target_noun(target_type: str) -> str:
    return TARGET_NOUNS.get(target_type, target_type.replace("_", " ").capitalize())
