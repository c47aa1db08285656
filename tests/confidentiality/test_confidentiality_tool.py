"""The JSONL tool, run as the project's evaluation runs it: a subprocess on stdin/stdout."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_tool(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m forum.confidentiality`` from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "forum.confidentiality", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_scan_writes_one_line_per_input_in_order_with_exact_offsets() -> None:
    texts = {
        "a": "Ask Mrs Patel about 14 Elm Road.",
        2: "Nothing to see here.",
        None: "Zoë lives at LS6 2AB.",
    }
    stdin = "".join(
        json.dumps({"id": key, "text": text}, ensure_ascii=False) + "\n"
        for key, text in texts.items()
    )
    result = run_tool(stdin, "scan")
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == list(texts)
    spans = {
        line["id"]: [
            (f["kind"], texts[line["id"]][f["start"] : f["end"]]) for f in line["findings"]
        ]
        for line in lines
    }
    assert spans["a"] == [("person_name", "Mrs Patel"), ("address", "14 Elm Road")]
    assert spans[2] == []
    assert ("postcode", "LS6 2AB") in spans[None]


def test_malformed_lines_yield_error_lines_and_the_tool_carries_on() -> None:
    stdin = "\n".join(
        [
            '{"id": 1, "text": "Jayden is fine"}',
            "not json",
            "",
            '{"id": "x"}',
            '{"id": 5, "text": 7}',
            '["list"]',
            '{"id": 6, "text": "ok"}',
        ]
    )
    result = run_tool(stdin + "\n", "scan")
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 7
    assert lines[0]["findings"][0]["kind"] == "person_name"
    assert [("error" in line) for line in lines] == [False, True, True, True, True, True, False]
    assert [line["id"] for line in lines] == [1, None, None, "x", 5, None, 6]
    assert len(result.stderr.splitlines()) == 5


def test_output_keeps_non_ascii_text_readable() -> None:
    """Output is UTF-8, not \\u escapes."""
    result = run_tool(json.dumps({"id": "é", "text": "café"}, ensure_ascii=False) + "\n", "scan")
    assert '"id": "é"' in result.stdout


def test_missing_subcommand_is_a_usage_error() -> None:
    """argparse rejects a bare invocation with exit code 2."""
    assert run_tool("").returncode == 2
