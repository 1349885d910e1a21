"""The command line: output, bad input (one clear line, documented exit code, no traceback)."""
import json

import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from protokoll.cli import app
from protokoll.errors import NotMinutes, TooLarge, UnreadableInput

runner = CliRunner()
EXAMPLE = sorted(EXAMPLES.glob("*.txt"))[0]


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_parse_json_is_protokoll_1():
    result = run("parse", "--json", EXAMPLE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "protokoll/1"
    assert "source" not in json.dumps(data)


def test_parse_with_provenance_has_spans():
    data = json.loads(run("parse", "--json", "--provenance", EXAMPLE).stdout)
    assert data["source_file"]["sha256"]
    span = data["items"][1]["source"]
    text = EXAMPLE.read_text(encoding="utf-8")
    assert data["items"][1]["title"].split()[0] in text[span["start"]:span["end"]]


def test_parse_without_json_prints_a_summary():
    result = run("parse", EXAMPLE)
    assert result.exit_code == 0
    assert "punkter" in result.stdout and "närvarande" in result.stdout


def test_schema_is_json_schema():
    data = json.loads(run("schema").stdout)
    assert data["title"] == "Protocol" and "items" in data["properties"]


@pytest.mark.parametrize("content, code, reason", [
    (b"", UnreadableInput.exit_code, "tom"),
    (b"   \n\n", UnreadableInput.exit_code, "tom"),
    (bytes(range(256)) * 8, UnreadableInput.exit_code, "binärdata"),
    ("Inköpslista\nmjölk\nägg\nsmör\n".encode(), NotMinutes.exit_code, "inget mötesprotokoll"),
])
def test_bad_input_is_one_clear_line(tmp_path, content, code, reason):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = run("parse", "--json", path)
    assert result.exit_code == code
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output


def test_missing_file(tmp_path):
    result = run("parse", tmp_path / "nope.txt")
    assert result.exit_code == UnreadableInput.exit_code
    assert "nope.txt" in result.stderr


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("parse", "--max-bytes", "100", path)
    assert result.exit_code == TooLarge.exit_code and "gränsen" in result.stderr


def test_cp1252_text_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("cp1252", errors="replace"))
    data = json.loads(run("parse", "--json", path).stdout)
    utf8 = json.loads(run("parse", "--json", EXAMPLE).stdout)
    assert [a["name"] for a in data["attendees"]] == [a["name"] for a in utf8["attendees"]]
    assert any(ch in json.dumps(data, ensure_ascii=False) for ch in "åäö")


def test_one_bad_file_does_not_hide_the_good_ones(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run("parse", "--json", EXAMPLE, bad)
    assert result.exit_code == UnreadableInput.exit_code
    assert len(json.loads(result.stdout)) == 1


def test_exit_codes_are_documented():
    out = run("exit-codes").stdout
    for code in (UnreadableInput.exit_code, NotMinutes.exit_code, TooLarge.exit_code):
        assert f"{code} " in out
