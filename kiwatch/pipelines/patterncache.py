"""The rules' compiled regular expressions, kept on disk between crawls.

Loading the extractor compiles about 650 patterns (the rule lists, the name and role grammar
— many of them several KB long, repeating the same name sub-pattern), and Python's ``re``
compiles in Python: 0.35-0.4 s of CPU in the workers' fork server at every crawl, two thirds of
its start. What ``re`` produces for a pattern is a list of integers (its code), which
``_sre.compile`` turns into the pattern object without parsing anything; that list depends only
on the pattern's text, its flags and the interpreter (its ``re`` and Unicode tables). So the
code of each pattern compiled while the extractor loads is written to a file in the user's cache
directory, and the next crawl builds the same pattern objects from it (about 15 ms for all).

Exact by construction: a pattern is taken from the file only for the same text and flags
(its key), under the same interpreter build (the file's header: Python's version string, which
names the build, ``_sre.MAGIC``, the code unit size, the Unicode version); an entry is written
only after the object built from it compared equal (code, flags, text, groups) to the one ``re``
compiled itself. Anything else — no file, an unreadable, truncated or foreign one, a pattern
not in it — compiles as before. The file is named by the extractor's fingerprint, so installed
versions and checkouts do not overwrite each other's; the newest few are kept.

Only what this installation wrote is read: the file carries an HMAC-SHA256 of its content under
a random key kept beside it (``patterns.key``, created once, readable by its owner only), and a
file whose MAC does not verify is never unmarshalled. ``_sre.compile`` validates code only
enough for ``re``'s own output: one edited code word (a set's skip of 0) crashes the
interpreter, others change what a pattern matches without any error, and the remembered
analyses (gate.py's literals) decide which texts a pattern runs on at all — so neither a
damaged file nor one edited by someone who cannot read the key may be built from.
"""

from __future__ import annotations

import _sre  # the C constructor re's compiler ends in (CPython 3.11+; see re._compiler.compile)
import array
import functools
import hashlib
import hmac
import logging
import marshal
import os
import re
import secrets
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]  # re's own compiler
from typing import Any, TypeVar

from platformdirs import user_cache_path

from kiwatch.pipelines.fingerprint import extractor_fingerprint

log = logging.getLogger(__name__)

_HEADER = f"kiwatch-patterns 2\x1f{sys.version}\x1f{_sre.MAGIC}\x1f{_sre.CODESIZE}\x1f{unicodedata.unidata_version}".encode()
_KEEP = 3  # pattern files kept (the newest): a few installed versions or checkouts side by side …
_KEEP_YOUNGER_S = 3600.0  # … and any written in the last hour (checkouts crawling by turns)
_CODE_TYPE = {2: "H", 4: "I"}.get(_sre.CODESIZE, "")
_KEY_NAME = "patterns.key"  # the MAC key, in the directory of the pattern files
_KEY_BYTES = 32
_MAC_BYTES = hashlib.sha256().digest_size

Entry = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]  # _sre.compile's arguments, code as bytes
Key = tuple[str, int]
ValueKey = tuple[str, str, int]  # (analysis, pattern text, flags)
T = TypeVar("T")


def default_path() -> Path:
    return user_cache_path("kiwatch", appauthor=False) / f"patterns-{extractor_fingerprint()[:20]}.bin"


def _build(entry: Entry) -> re.Pattern[str]:
    pattern, flags, code, groups, groupindex, indexgroup = entry
    pattern_object: re.Pattern[str] = _sre.compile(pattern, flags, array.array(_CODE_TYPE, code).tolist(),
                                                   groups, groupindex, indexgroup)
    return pattern_object


def _entry(pattern: str, flags: int) -> Entry:
    """What re's compiler passes to _sre.compile for this pattern (as _compiler.compile does)."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, flags | tree.state.flags, array.array(_CODE_TYPE, code).tobytes(), tree.state.groups - 1,
            groupindex, tuple(indexgroup))


def _same(built: re.Pattern[str], compiled: re.Pattern[str]) -> bool:
    # Pattern equality compares text, flags and the code itself
    return built == compiled and built.groups == compiled.groups and built.groupindex == compiled.groupindex


def read(path: Path) -> dict[Key, Entry]:
    """The pattern entries of a file; empty when it is missing or not this interpreter's."""
    return _read(path)[0]


def _key(directory: Path, create: bool) -> bytes | None:
    """The installation's MAC key in ``directory``; with ``create`` made when there is none.
    None when there is none, it cannot be read, or another user could know it (not ours, or
    readable or writable by others): then no pattern file is read or written."""
    path = directory / _KEY_NAME
    if create and not path.exists():
        try:  # written whole under another name, then linked into place: one key wins a race
            fd, tmp = tempfile.mkstemp(prefix=".patterns-key-", dir=directory)  # (mode 0600)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(secrets.token_bytes(_KEY_BYTES))
                os.link(tmp, path)
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
        except OSError:
            log.debug("pattern key %s not created", path, exc_info=True)
            return None
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            key = f.read(_KEY_BYTES + 1)
    except OSError:
        return None
    if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o077):
        log.debug("pattern key %s not private; not used", path)
        return None
    return key if len(key) == _KEY_BYTES else None


def _mac(key: bytes, content: bytes) -> bytes:
    return hmac.digest(key, _HEADER + b"\n" + content, "sha256")


def _read(path: Path) -> tuple[dict[Key, Entry], dict[ValueKey, Any]]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}, {}
    start = len(_HEADER) + 1
    if not _CODE_TYPE or not data.startswith(_HEADER + b"\n") or len(data) < start + _MAC_BYTES:
        return {}, {}
    key = _key(path.parent, create=False)
    mac, content = data[start:start + _MAC_BYTES], data[start + _MAC_BYTES:]
    if key is None or not hmac.compare_digest(mac, _mac(key, content)):
        log.debug("pattern file %s not written by this installation; compiling", path)
        return {}, {}
    try:
        entries, values = marshal.loads(content)
        return {(entry[0], flags): entry for flags, entry in entries}, {tuple(key): value for key, value in values}
    except Exception:  # (what this installation wrote always loads; anything else compiles)
        log.debug("pattern file %s unreadable; compiling", path, exc_info=True)
        return {}, {}


def write(path: Path, entries: dict[Key, Entry], values: dict[ValueKey, Any] | None = None) -> None:
    """Write the file atomically (a reader sees the old or the new one), signed with the
    installation's key (`_key`), then drop all but the newest few pattern files of the
    directory. Failing to write costs only the next start."""
    content = marshal.dumps(([(flags, entry) for (_, flags), entry in entries.items()], list((values or {}).items())))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = _key(path.parent, create=True)
        if key is None:
            return
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_HEADER + b"\n" + _mac(key, content) + content)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        others = sorted(path.parent.glob("patterns-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[_KEEP:]:
            if time.time() - old.stat().st_mtime > _KEEP_YOUNGER_S:
                old.unlink(missing_ok=True)
    except OSError:
        log.debug("pattern file %s not written", path, exc_info=True)


class _Values:
    """The answers of remembered analyses while a file is in use (see `remembered`)."""

    def __init__(self, known: dict[ValueKey, Any]) -> None:
        self.known = known
        self.fresh: dict[ValueKey, Any] = {}
        self.hits = 0


_values: list[_Values] = []  # the file in use, while inside compiled_patterns (one thread: the server)


def remembered(name: str) -> Callable[[Callable[[re.Pattern[str]], T]], Callable[[re.Pattern[str]], T]]:
    """For a pure function of a compiled pattern (its text and flags) whose answer marshal can
    write — an analysis a module makes of its patterns when it loads, such as gate.py's literal
    sets: inside `compiled_patterns` its answer is taken from the file (stored with the patterns,
    under the same extractor fingerprint, so the same code) or computed and added; elsewhere it
    is simply called. ``name`` tells the functions apart in the file."""

    def decorate(function: Callable[[re.Pattern[str]], T]) -> Callable[[re.Pattern[str]], T]:
        @functools.wraps(function)
        def call(compiled: re.Pattern[str]) -> T:
            if not _values or not isinstance(compiled.pattern, str):
                return function(compiled)
            values = _values[-1]
            key = (name, compiled.pattern, int(compiled.flags))
            if key in values.known:
                values.hits += 1
                answer: T = values.known[key]
                return answer
            answer = values.fresh[key] = function(compiled)
            return answer

        return call

    return decorate


def _storable(value: Any) -> bool:
    try:
        return bool(marshal.loads(marshal.dumps(value)) == value)
    except (ValueError, TypeError, EOFError):
        return False


@contextmanager
def compiled_patterns(path: Path | None = None) -> Iterator[dict[str, int]]:
    """While inside, ``re`` builds the patterns it compiles from the file when they are in it;
    on leaving, when any was not, the file is rewritten with them added. Yields counts
    (``hits``, ``compiled``, ``written``) for tests and diagnostics. For one thread: the
    workers' fork server (or a spawned worker) while it loads the extractor."""
    target = path if path is not None else default_path()
    known, known_values = _read(target)
    values = _Values(known_values)
    fresh: dict[Key, re.Pattern[str]] = {}
    counts = {"hits": 0, "compiled": 0, "written": 0, "values_hit": 0, "values_new": 0}
    original: Callable[..., Any] = _compiler.compile

    def compile_from_file(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and not flags & re.DEBUG:
            key = (pattern, int(flags))
            entry = known.get(key)
            if entry is not None:
                try:
                    built = _build(entry)
                except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged entry: compile
                    log.debug("pattern %r: entry unusable", pattern[:80], exc_info=True)
                else:
                    counts["hits"] += 1
                    return built
            compiled = original(pattern, flags)
            fresh[key] = compiled
            counts["compiled"] += 1
            return compiled
        return original(pattern, flags)

    _compiler.compile = compile_from_file
    _values.append(values)
    try:
        yield counts
    finally:
        _compiler.compile = original
        _values.remove(values)
        counts["values_hit"], counts["values_new"] = values.hits, len(values.fresh)
    if not fresh and not values.fresh:
        return
    try:  # (where nothing can be written, checking what to write would cost a second compile each time)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(target.parent, os.W_OK):
            return
    except OSError:
        return
    entries = dict(known)  # (what this start did not ask for stays: another path of the same code may)
    stored = {**known_values, **{key: value for key, value in values.fresh.items() if _storable(value)}}
    for key, compiled in fresh.items():
        try:
            entry = _entry(*key)
            if _same(_build(entry), compiled):
                entries[key] = entry
        except Exception:  # (a pattern re compiled but this cannot: leave it out, it compiles each time)
            log.debug("pattern %r not cached", key[0][:80], exc_info=True)
    counts["written"] = len(entries)
    write(target, entries, stored)
