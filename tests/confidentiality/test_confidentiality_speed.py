"""The JSONL tool keeps up with bulk scans, start-up included.

The requirement is on typical posts (the gold sets' posts as members wrote
them, from one line to several paragraphs): at least 1,000 a second. Long
posts of about 1,500 characters are checked too, for each one's latency
(well under 10 ms) and, as a guard against regressions, for throughput with
room left for a shared, noisy test machine.
"""

from forum.confidentiality.bench import (
    gold_texts,
    long_posts,
    median_scan_ms,
    short_posts,
    tool_seconds,
)


def test_the_tool_scans_a_thousand_typical_posts_a_second() -> None:
    posts = short_posts(gold_texts(), 5_000)
    seconds = tool_seconds(posts, repeats=2)  # best of two: the machine is shared
    assert len(posts) / seconds >= 1_000, f"{len(posts) / seconds:,.0f} posts/s"


def test_a_long_post_is_scanned_in_well_under_ten_milliseconds() -> None:
    assert median_scan_ms(long_posts(gold_texts(), 300)) < 5


def test_long_posts_do_not_slow_to_a_crawl() -> None:
    posts = long_posts(gold_texts(), 2_000)
    assert 1_400 <= sum(map(len, posts)) / len(posts) <= 1_800
    seconds = tool_seconds(posts, repeats=2)
    assert len(posts) / seconds >= 700, f"{len(posts) / seconds:,.0f} posts/s"
