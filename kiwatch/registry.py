"""The registry of monitored centres: the bundled TOML of all 54 NRW centres, or a user's own file."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiwatch import tomlread
from kiwatch.core.errors import RegistryError, UrlPolicyError
from kiwatch.core.sitehints import check_hint
from kiwatch.i18n import Msg, localisable
from kiwatch.netguard import check_url_scheme

# The five administrative districts of North Rhine-Westphalia.
REGIERUNGSBEZIRKE = ("Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster")


def fold(text: str) -> str:
    """Case- and umlaut-insensitive key: "Düsseldorf", "Duesseldorf", "DUSSELDORF" are equal."""
    text = text.strip().casefold().replace("ae", "a").replace("oe", "o").replace("ue", "u").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_BY_KEY = {fold(rb): rb for rb in REGIERUNGSBEZIRKE}


def regierungsbezirk(value: str) -> str:
    """The canonical district for a spelling of it, or a RegistryError naming the valid ones."""
    if value in REGIERUNGSBEZIRKE:  # as written in the registry: no folding needed
        return value
    try:
        return _BY_KEY[fold(value)]
    except KeyError:
        raise RegistryError(unknown_values("Regierungsbezirk", [value], REGIERUNGSBEZIRKE)) from None


SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
KNOWN_KEYS = {
    "slug", "name", "municipality", "kind", "regierungsbezirk", "start_urls", "allow",
    "verify_tls", "note", "conditional_requests", "hints",
}


__all__ = ["CentreConfig", "RegistryError", "load_registry", "select"]


@dataclass(frozen=True, slots=True)
class CentreConfig:
    slug: str  # stable identifier used on the command line and in the database
    name: str  # "Kommunales Integrationszentrum Duisburg"
    municipality: str = ""  # "Duisburg"
    kind: str = ""  # "kreisfreie Stadt" or "Kreis"
    regierungsbezirk: str = ""  # "Düsseldorf", "Köln", "Münster", "Detmold", "Arnsberg"
    start_urls: tuple[str, ...] = ()  # where crawling starts; empty: listed but not crawled
    allow: tuple[str, ...] = ()  # path prefixes to stay under; empty: the start URLs' directories
    verify_tls: bool = True  # per-site override for a broken certificate (logged when off)
    conditional_requests: bool = True  # send If-None-Match/If-Modified-Since; off for servers with wrong validators
    note: str = ""  # free text, e.g. why a centre has no start URL
    hints: tuple[tuple[str, str], ...] = ()  # site hints: (field, CSS selector or label word), see core.sitehints

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset((urlsplit(u).hostname or "").lower() for u in self.start_urls)

    @property
    def crawlable(self) -> bool:
        return bool(self.start_urls)


def bundled_registry_path() -> Path:
    return Path(str(resources.files("kiwatch") / "data" / "registry.toml"))


def load_registry(path: str | Path | None = None) -> list[CentreConfig]:
    """Load and validate a registry file (the bundled one when path is None)."""
    p = Path(path) if path else bundled_registry_path()
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RegistryError(Msg("err_registry_missing", path=p)) from None
    except UnicodeDecodeError as exc:
        raise RegistryError(Msg("err_not_utf8", path=p, detail=str(exc))) from None
    try:
        data = tomlread.loads(text)
    except tomlread.TOMLDecodeError as exc:
        raise RegistryError(Msg("err_not_toml", path=p, detail=exc)) from None
    unknown_top = set(data) - {"centre"}
    if unknown_top:
        raise RegistryError(Msg("err_reg_top_keys", path=p, keys=", ".join(sorted(unknown_top))))
    entries = data.get("centre", [])
    if not isinstance(entries, list) or not entries:
        raise RegistryError(Msg("err_reg_no_entries", path=p))
    centres: list[CentreConfig] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        centre = _parse_entry(p, index, entry)
        if centre.slug in seen:
            raise RegistryError(Msg("err_reg_slug_twice", where=Msg("where_entry_slug", path=p, index=index, slug=centre.slug)))
        seen.add(centre.slug)
        centres.append(centre)
    return centres


class _Where:
    """Where an entry is, as a message — built only when there is something to say (a
    registry of a thousand centres is read before every crawl's first request)."""

    def __init__(self, p: Path, index: int, slug: object):
        self.p, self.index, self.slug = p, index, slug

    def __call__(self) -> Msg:
        if isinstance(self.slug, str):
            return Msg("where_entry_slug", path=self.p, index=self.index, slug=self.slug)
        return Msg("where_entry", path=self.p, index=self.index)


def _parse_entry(p: Path, index: int, entry: object) -> CentreConfig:
    if not isinstance(entry, dict):
        raise RegistryError(Msg("err_reg_not_table", where=Msg("where_entry", path=p, index=index)))
    slug = entry.get("slug")
    where = _Where(p, index, slug)
    unknown = set(entry) - KNOWN_KEYS
    if unknown:
        raise RegistryError(Msg("err_reg_unknown_keys", where=where(), keys=str(sorted(unknown)), known=str(sorted(KNOWN_KEYS))))
    for key in ("slug", "name"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise RegistryError(Msg("err_reg_missing", where=where(), key=key))
    assert isinstance(slug, str)  # checked just above
    if not SLUG_RE.match(slug):
        raise RegistryError(Msg("err_reg_slug", where=where(), slug=slug))
    for key in ("municipality", "kind", "regierungsbezirk", "note"):
        if key in entry and not isinstance(entry[key], str):
            raise RegistryError(Msg("err_reg_not_string", where=where(), key=key))
    urls = _string_list(where, entry, "start_urls")
    for url in urls:
        try:
            check_url_scheme(url)
        except UrlPolicyError as exc:
            raise RegistryError(Msg("err_reg_start_url", where=where(), url=url, problem=localisable(exc))) from None
    allow = _string_list(where, entry, "allow")
    for prefix in allow:
        if not prefix.startswith("/"):
            raise RegistryError(Msg("err_reg_allow", where=where(), prefix=prefix))
    district = entry.get("regierungsbezirk", "").strip()
    if district:
        try:
            district = regierungsbezirk(district)
        except RegistryError as exc:
            raise RegistryError(Msg("err_at", where=where(), problem=localisable(exc))) from None
    for key in ("verify_tls", "conditional_requests"):
        if not isinstance(entry.get(key, True), bool):
            raise RegistryError(Msg("err_reg_bool", where=where(), key=key))
    hints = _hints(where, entry.get("hints", {}))
    return CentreConfig(
        slug=slug,
        name=entry["name"].strip(),
        municipality=entry.get("municipality", "").strip(),
        kind=entry.get("kind", "").strip(),
        regierungsbezirk=district,
        start_urls=tuple(urls),
        allow=tuple(allow),
        verify_tls=entry.get("verify_tls", True),
        conditional_requests=entry.get("conditional_requests", True),
        note=entry.get("note", "").strip(),
        hints=hints,
    )


def _hints(where: _Where, value: object) -> tuple[tuple[str, str], ...]:
    """[centre.hints]: field = "CSS selector" or "Label word"; every problem names the field."""
    if not isinstance(value, dict):
        raise RegistryError(Msg("err_reg_hints_table", where=where()))
    out = []
    for field, hint in value.items():
        problem = check_hint(field, hint)
        if problem:
            raise RegistryError(Msg("err_reg_hint", where=where(), field=field, problem=problem))
        out.append((field, hint.strip()))
    return tuple(out)


def _string_list(where: _Where, entry: dict[str, Any], key: str) -> list[str]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(Msg("err_reg_list", where=where(), key=key))
    return [v.strip() for v in value]


def unknown_values(what: str, values: Iterable[str], valid: Iterable[str]) -> Msg:
    """"unknown centre 'duisbrug' (did you mean 'duisburg'?); valid: …" for a refused typo
    (`what` is a noun of the catalogue: centre, centres, Regierungsbezirk, change kind)."""
    choices = sorted(set(valid))
    named = []
    for value in values:
        close = difflib.get_close_matches(value, choices, n=1, cutoff=0.7)
        named.append(Msg("err_value_close", value=repr(value), close=repr(close[0])) if close
                     else Msg("err_value", value=repr(value)))
    return Msg("err_unknown_values", what=Msg(f"what_{what.replace(' ', '_')}"), named=named, valid=", ".join(choices))


def check_slugs(slugs: list[str] | None, known: Iterable[str]) -> list[str] | None:
    """`slugs` as given, or a RegistryError naming each unknown one and the valid ones."""
    known = set(known)
    unknown = [s for s in slugs or [] if s not in known]
    if unknown:
        raise RegistryError(unknown_values("centre" if len(unknown) == 1 else "centres", unknown, known))
    return slugs


def select(centres: list[CentreConfig], slugs: list[str] | None) -> list[CentreConfig]:
    """The centres named by --site (all when none), or an error naming the unknown slug."""
    if not slugs:
        return centres
    by_slug = {c.slug: c for c in centres}
    check_slugs(slugs, by_slug)
    return [by_slug[s] for s in slugs]
