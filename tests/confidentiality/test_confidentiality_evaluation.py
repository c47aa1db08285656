"""The guard meets its targets on the tuning set, the held-out set and the blind sets."""

from pathlib import Path

import pytest

from tools.guard.evaluate import evaluate, format_report, load

HERE = Path(__file__).parent
SETS = [
    "eval_set.jsonl",
    "heldout_set.jsonl",
    "blind_set.jsonl",
    "blind2_set.jsonl",
    "blind3_set.jsonl",
    "blind4_set.jsonl",
    "blind5_set.jsonl",
]
# The newer blind sets hold no target here: blind7 and blind8 were never used to
# change a rule, and a failing test on them would invite tuning to them. Their
# figures are in the README; `make eval-guard` prints them.


@pytest.mark.parametrize("name", SETS)
def test_post_recall_and_clean_false_positive_rate_meet_targets(name: str) -> None:
    report = evaluate(load(HERE / name), min_seconds=0)
    assert report.gold_posts >= 40, format_report(name, report)
    assert report.clean_posts >= 40, format_report(name, report)
    assert report.post_recall >= 0.95, format_report(name, report)
    assert report.clean_fp_rate <= 0.05, format_report(name, report)


def test_gold_sets_are_well_formed() -> None:
    for path in sorted(HERE.glob("*_set.jsonl")):
        records = load(path)
        assert len({r["id"] for r in records}) == len(records)
        for record in records:
            for gold in record["findings"]:  # type: ignore[attr-defined]
                assert 0 <= gold["start"] < gold["end"] <= len(str(record["text"]))


def test_a_set_mixing_case_posts_and_prose_is_reported_in_both_parts(capsys, tmp_path) -> None:
    import json

    from tools.guard.evaluate import main

    rows = [
        {"id": "mix-case-001", "text": "Jayden's mum called.", "findings": []},
        {"id": "mix-prose-001", "text": "The report was published in May.", "findings": []},
    ]
    path = tmp_path / "mixed_set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    main([str(path)])
    out = capsys.readouterr().out
    assert "case posts       post recall      - (0/0)  clean FP 100.0% (1/1)" in out
    assert "published prose  post recall      - (0/0)  clean FP   0.0% (0/1)" in out
