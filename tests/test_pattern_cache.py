"""The rules' compiled patterns kept on disk between crawls (pipelines/patterncache.py, issue 11):
the workers' fork server builds the same pattern objects from the file instead of compiling
them, and anything it cannot trust compiles as before. What is asserted is which patterns came
from the file (counted), that they are the patterns ``re`` compiles, and that a crawl reads the
same records with and without the file — never a time."""

from __future__ import annotations

import json
import marshal
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiwatch.pipelines import gate, patterncache
from kiwatch.pipelines.patterncache import compiled_patterns
from tests.crawlhelp import REPO
from tests.watchhelp import Watch, contact_page

# (text, flags): a named group, scoped and global flags, a class, a lookbehind, a long alternation
PATTERNS = [
    (r"(?P<street>[A-ZÄÖÜ][\wäöüß-]+(?:straße|str\.|weg|platz))\s+(?P<no>\d+[a-z]?)", 0),
    (r"(?i:telefon|tel\.|fon)\s*:?\s*(\+?[\d ()/-]{6,})", 0),
    (r"\b(?:leitet|führt)\b", re.IGNORECASE),
    (r"(?<![\wäöüß])(?:" + "|".join(f"wort{i}" for i in range(200)) + r")\b", 0),
    (r"^\s*(?:Herr|Frau)\s+(\S+)$", re.MULTILINE),
]
TEXTS = ["Lindenstraße 12a", "TEL.: 0203 283-0", "Sie Leitet das KI", "das wort17 und wort170", "Frau Beispiel\nHerr X",
         "Fon 02 03 / 28 38", "nichts"]


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # (re's own cache would answer without compiling)
    return [re.compile(text, flags) for text, flags in PATTERNS]


def _answers(patterns: list[re.Pattern[str]]) -> list[object]:
    out: list[object] = []
    for p in patterns:
        for text in TEXTS:
            out.append([(m.span(), m.groups(), m.groupdict()) for m in p.finditer(text)])
    return out


def test_a_second_start_builds_every_pattern_from_the_file_and_they_are_res_own(tmp_path):
    path = tmp_path / "patterns-x.bin"
    with compiled_patterns(path) as first:
        before = _compile_all()
    assert first["compiled"] >= len(PATTERNS) and first["hits"] == 0
    assert path.exists()
    with compiled_patterns(path) as second:
        after = _compile_all()
    assert second["hits"] >= len(PATTERNS) and second["compiled"] == 0
    assert second["written"] == 0  # nothing new: the file is left as it was
    for a, b in zip(before, after, strict=True):
        assert a is not b
        assert a == b  # same text, flags and code
        assert (a.groups, a.groupindex) == (b.groups, b.groupindex)
    assert _answers(after) == _answers(before)
    re.purge()
    assert after == [re.compile(text, flags) for text, flags in PATTERNS]  # outside: compiled as always


def test_a_file_it_cannot_trust_is_not_used(tmp_path):
    path = tmp_path / "patterns-x.bin"
    with compiled_patterns(path):
        good = _compile_all()
    data = path.read_bytes()
    header, _, body = data.partition(b"\n")
    damaged = {
        # (as long as this one's: only the header may tell them apart)
        "another interpreter": header.replace(sys.version.encode(), b"9" + sys.version.encode()[1:]) + b"\n" + body,
        "truncated": data[: len(data) // 2],
        "garbage": header + b"\n" + os.urandom(4000),
        "empty": b"",
    }
    for what, content in damaged.items():
        path.write_bytes(content)
        with compiled_patterns(path) as counts:
            again = _compile_all()
        assert counts["hits"] == 0, what
        assert again == good, what
        assert _answers(again) == _answers(good), what
    assert patterncache.read(tmp_path / "missing.bin") == {}


def test_a_damaged_entry_is_compiled_instead(tmp_path):
    path = tmp_path / "patterns-x.bin"
    with compiled_patterns(path):
        good = _compile_all()
    entries = patterncache.read(path)
    key = (PATTERNS[0][0], PATTERNS[0][1])
    text, flags, code, groups, groupindex, indexgroup = entries[key]
    entries[key] = (text, flags, code[: len(code) // 2], groups, groupindex, indexgroup)  # code cut off
    patterncache.write(path, entries)
    with compiled_patterns(path) as counts:
        again = _compile_all()
    assert counts["hits"] == len(PATTERNS) - 1 and counts["compiled"] == 1
    assert again == good


def _edit(path: Path, change) -> None:
    """Rewrite the file's content as someone without the installation's key can: header and MAC kept."""
    data = path.read_bytes()
    start = data.index(b"\n") + 1 + patterncache._MAC_BYTES
    entries, values = marshal.loads(data[start:])
    path.write_bytes(data[:start] + marshal.dumps(change(entries, values)))


def _with_code(entries, text: str, code: bytes):
    return [(flags, (e[0], e[1], code, *e[3:]) if e[0] == text else e) for flags, e in entries]


_CRASHING_CODE = """
import array, re, sys
from pathlib import Path
from kiwatch.pipelines import patterncache
text = r"(?P<a>[A-Z]\\w+)\\s+(?P<b>\\d+)"
code = array.array(patterncache._CODE_TYPE, patterncache._entry(text, 0)[2])
code[46] = 0  # a set's skip of 0: _sre.compile's validation lets it through and crashes
path = Path(sys.argv[1])
with patterncache.compiled_patterns(path):
    re.purge(); re.compile(text)
data = path.read_bytes()
start = data.index(b"\\n") + 1 + patterncache._MAC_BYTES
import marshal
entries, values = marshal.loads(data[start:])
entries = [(f, (e[0], e[1], code.tobytes(), *e[3:])) for f, e in entries]
path.write_bytes(data[:start] + marshal.dumps((entries, values)))
with patterncache.compiled_patterns(path) as counts:
    re.purge(); p = re.compile(text)
print(counts["hits"], bool(p.search("Lindenstrasse 12")))
"""


def test_an_edited_file_is_never_built_from(tmp_path):
    """One code word edited crashes the interpreter (CPython validates code only enough for re's
    own output); others change a match without an error; an analysis decides whether a pattern
    runs at all. None of it is read from a file the installation's key did not sign."""
    proc = subprocess.run([sys.executable, "-c", _CRASHING_CODE, str(tmp_path / "patterns-c.bin")], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["0", "True"]

    path = tmp_path / "patterns-x.bin"
    with compiled_patterns(path):
        good = _compile_all()
    entries = patterncache.read(path)
    first, second = (entries[PATTERNS[i]][2] for i in (0, 1))
    flipped = bytearray(entries[PATTERNS[2]][2])
    flipped[flipped.index(ord("l"))] = ord("x")  # "leitet" -> "xeitet"
    edits = {
        "codes swapped": lambda e, v: (_with_code(_with_code(e, PATTERNS[0][0], second), PATTERNS[1][0], first), v),
        "a literal changed": lambda e, v: (_with_code(e, PATTERNS[2][0], bytes(flipped)), v),
        "an analysis changed": lambda e, v: (e, [(k, ((frozenset({"nirgends"}),),)) for k, _ in v]),
        "an entry not a tuple": lambda e, v: ([(0, {1: 2}), *e], v),
    }
    literals = [gate.required_literals(p) for p in good]
    for what, change in edits.items():
        with compiled_patterns(path):  # (writes the good file again where an edit left it unused)
            assert [gate.required_literals(p) for p in _compile_all()] == literals
        _edit(path, change)
        with compiled_patterns(path) as counts:
            again = _compile_all()
            assert [gate.required_literals(p) for p in again] == literals, what
        assert (counts["hits"], counts["values_hit"]) == (0, 0), what
        assert again == good, what
        assert _answers(again) == _answers(good), what


def test_a_file_signed_by_another_installation_or_under_a_key_others_can_read_is_not_used(tmp_path):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    for directory in (mine, theirs):
        with compiled_patterns(directory / "patterns-x.bin"):
            good = _compile_all()
    (mine / "patterns-x.bin").write_bytes((theirs / "patterns-x.bin").read_bytes())
    with compiled_patterns(mine / "patterns-x.bin") as counts:
        again = _compile_all()
    assert counts["hits"] == 0 and again == good
    with compiled_patterns(mine / "patterns-x.bin") as counts:  # (rewritten under its own key above)
        _compile_all()
    assert counts["hits"] >= len(PATTERNS)
    if hasattr(os, "getuid"):
        (mine / "patterns.key").chmod(0o644)
        with compiled_patterns(mine / "patterns-x.bin") as counts:
            assert _compile_all() == good
        assert counts["hits"] == 0


_DUMP = """
import re, sys, json
from re import _compiler
seen = set()
original = _compiler.compile
def spy(p, flags=0):
    if isinstance(p, str):
        seen.add(p + "\\x1f" + str(int(flags)))
    return original(p, flags)
_compiler.compile = spy
from kiwatch.pipelines.worker import preload_extractor
preload_extractor()
json.dump(sorted(seen), sys.stdout)
"""


def test_the_extractor_compiles_the_same_pattern_texts_in_every_process(tmp_path):
    """A pattern joined from a set (``"|".join(sorted(words, key=len))``) comes out in another
    order in each process (string hashing is randomised): the file would never hold it, and
    every crawl would compile it again."""
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "XDG_CACHE_HOME": str(tmp_path / seed)}
        out = subprocess.run([sys.executable, "-c", _DUMP], cwd=REPO, env=env, capture_output=True, text=True,
                             timeout=300, check=True).stdout
        runs.append(set(json.loads(out)))
    assert len(runs[0]) > 300  # (the extractor's patterns, not a handful)
    differ = sorted(p[:120] for p in runs[0] ^ runs[1])
    assert not differ, differ[:5]


def _file_state(cache: Path) -> list[tuple[str, int]]:
    return sorted((p.name, p.stat().st_mtime_ns) for p in (cache / "kiwatch").glob("patterns-*.bin"))


def _records(watch: Watch) -> list[str]:
    """The stored records, each server's port left out."""
    with sqlite3.connect(watch.db.removeprefix("sqlite:///")) as con:
        return sorted(re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1", row[0]) for row in con.execute("SELECT record FROM snapshots"))


@pytest.mark.skipif(sys.platform == "win32", reason="fork server only")
def test_a_crawl_writes_the_file_once_and_the_next_crawl_reads_the_same_records_from_it(tmp_path):
    cache = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(cache), "KIWATCH_EXTRACTION_WORKERS": "2"}
    runs = []
    for n in range(3):
        watch = Watch(tmp_path / f"run{n}")
        try:
            watch.put('<html><body><main><h1>Kommunales Integrationszentrum Musterstadt</h1>'
                      '<a href="kontakt.html">Kontakt</a></main></body></html>')
            watch.put(contact_page(), name="kontakt.html")
            assert watch.crawl(env=env).returncode == 0
            runs.append((_records(watch), _file_state(cache)))
        finally:
            watch.close()
    (first, written), (second, read1), (third, read2) = runs
    assert len(written) == 1  # the first crawl wrote the file ...
    assert read1 == written and read2 == written  # ... the next ones found every pattern in it (nothing rewritten)
    assert len(first) == 2 and first == second == third


def test_a_remembered_analysis_of_a_pattern_is_read_from_the_file_next_time(tmp_path):
    path = tmp_path / "patterns-x.bin"
    calls: list[str] = []

    @patterncache.remembered("test.literals")
    def literals(compiled: re.Pattern[str]) -> tuple[frozenset[str], ...]:
        calls.append(compiled.pattern)
        return tuple(frozenset(re.findall(r"[a-zäöüß]{4,}", compiled.pattern)) for _ in range(2))

    @patterncache.remembered("test.unstorable")
    def itself(compiled: re.Pattern[str]) -> re.Pattern[str]:
        calls.append("itself")
        return compiled

    answers = []
    for _ in range(2):
        with compiled_patterns(path) as counts:
            patterns = _compile_all()
            answers.append([literals(p) for p in patterns])
            assert itself(patterns[0]) is patterns[0]
        answers.append(counts)
    first, first_counts, second, second_counts = answers
    assert first == second
    assert calls == [p for p, _ in PATTERNS] + ["itself", "itself"]  # the second start computed only what marshal cannot keep
    assert (first_counts["values_new"], second_counts["values_hit"]) == (len(PATTERNS) + 1, len(PATTERNS))
    calls.clear()
    assert literals(patterns[1]) == first[1] and calls == [PATTERNS[1][0]]  # outside: called as usual


def test_gate_answers_the_same_with_its_analyses_from_the_file(tmp_path):
    path = tmp_path / "patterns-x.bin"
    re.purge()
    plain = [gate.gated(re.compile(text, flags)) for text, flags in PATTERNS]
    for _ in range(2):
        with compiled_patterns(path) as counts:
            re.purge()
            cached = [gate.gated(re.compile(text, flags)) for text, flags in PATTERNS]
    assert counts["values_hit"] >= 2  # (required literals and the alternation's branches)
    for a, b in zip(plain, cached, strict=True):
        assert type(a) is type(b)
        for text in TEXTS + ["ein wort199 hier", "wort1x wort12"]:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_where_the_file_cannot_be_written_patterns_compile_as_before_and_nothing_is_checked_twice(tmp_path):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory would be")
    with compiled_patterns(blocked / "patterns-x.bin") as counts:
        patterns = _compile_all()
    assert counts["compiled"] >= len(PATTERNS) and counts["written"] == 0
    re.purge()
    assert patterns == [re.compile(text, flags) for text, flags in PATTERNS]


def test_writing_keeps_the_newest_three_pattern_files_and_any_written_within_the_hour(tmp_path):
    now = time.time()
    ages = {"y1": 60, "y2": 120, "y3": 180, "o1": 7200, "o2": 9000}  # seconds since written
    for name, age in ages.items():
        old = tmp_path / f"patterns-{name}.bin"
        old.write_bytes(b"x")
        os.utime(old, (now - age, now - age))
    (tmp_path / "other.txt").write_text("not a pattern file")
    patterncache.write(tmp_path / "patterns-new.bin", {})
    left = sorted(p.name for p in tmp_path.iterdir())
    # the newest three (new, y1, y2), y3 as it is younger than an hour; o1 and o2 go; the key
    # that signs them stays
    assert left == [
        "other.txt", "patterns-new.bin", "patterns-y1.bin", "patterns-y2.bin", "patterns-y3.bin", "patterns.key",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="fork server only")
def test_a_fork_server_that_dies_loading_the_extractor_costs_no_page(tmp_path):
    """The server may die in its start (a crash building a pattern, memory): the pages are read
    in the crawl process instead of every one failing."""
    dying = tmp_path / "dying"
    dying.mkdir()
    (dying / "sitecustomize.py").write_text("import os\nimport kiwatch.pipelines.worker as worker\n"
                                            "worker.preload_extractor = lambda: os._exit(3)\n")
    watch = Watch(tmp_path / "run")
    try:
        watch.put('<html><body><main><h1>Kommunales Integrationszentrum Musterstadt</h1>'
                  '<a href="kontakt.html">Kontakt</a></main></body></html>')
        watch.put(contact_page(), name="kontakt.html")
        proc = watch.crawl(env={"PYTHONPATH": str(dying), "KIWATCH_EXTRACTION_WORKERS": "2",
                                "XDG_CACHE_HOME": str(tmp_path / "cache")})
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        assert len(_records(watch)) == 2
    finally:
        watch.close()
