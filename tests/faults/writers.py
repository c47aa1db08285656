"""The work of one writing process: sign in and post replies through the real composer.

A module of its own so `multiprocessing` (spawn) can import it in each child.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.faults.support import build_app, sign_in


def post_replies(
    url: str, tmp: str, topic_id: int, user_id: int, count: int, start: Any, results: Any
) -> None:
    """Post `count` replies as this member; report every answer that was not a redirect."""
    app = build_app(url, Path(tmp))
    client = app.test_client()
    sign_in(client, user_id)
    failures: list[str] = []
    start.wait()
    for n in range(count):
        try:
            response = client.post(
                f"/t/{topic_id}/reply", data={"body": f"Reply {n} from member {user_id}"}
            )
        except Exception as error:  # reported to the test, which names it
            failures.append(f"{type(error).__name__}: {error}")
            continue
        if response.status_code != 302:
            failures.append(f"{response.status_code}: {response.get_data(as_text=True)[:300]}")
    results.put((user_id, failures))
