"""Subscriptions and change filters.

A `ChangeFilter` selects changes by centre, Regierungsbezirk, kind and minimum severity; the
same filter serves `kiwatch subscribe`, the digest and `kiwatch feed`. Input is validated here
so the command line can refuse bad addresses and unknown centres/kinds with a clear message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from kiwatch.core.errors import SubscriptionError
from kiwatch.core.vocab import Lang
from kiwatch.i18n import Msg, kind_label, severity_label, t
from kiwatch.records import ChangeKind, Severity
from kiwatch.registry import CentreConfig
from kiwatch.storage import subscriptions as repo
from kiwatch.storage.models import utcnow

if TYPE_CHECKING:
    from kiwatch.storage.delivery import Subscription

FREQUENCIES = ("daily", "weekly")
LANGS = ("de", "en")

# Deliberately plain: one @, a dot-separated domain with a TLD (or "localhost"), no spaces,
# quotes, angle brackets or control characters, so the address can never smuggle a header.
_LOCAL_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$")
_LABEL_RE = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")




def normalise_email(address: str) -> str:
    """The address with its domain lower-cased, or SubscriptionError naming the problem."""
    text = address.strip()
    if not text or any(ch in text for ch in "\r\n\0 <>\",;()\\[]:"):
        raise SubscriptionError(Msg("err_invalid_email", address=address))
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or not _LOCAL_RE.match(local) or ".." in local \
            or local.startswith(".") or local.endswith("."):
        raise SubscriptionError(Msg("err_invalid_email", address=address))
    try:
        ascii_domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise SubscriptionError(Msg("err_email_domain", address=address, domain=domain)) from None
    labels = ascii_domain.split(".")
    if not all(_LABEL_RE.match(label) for label in labels) or (len(labels) < 2 and ascii_domain != "localhost"):
        raise SubscriptionError(Msg("err_email_domain", address=address, domain=domain))
    return f"{local}@{domain.lower()}"


def _fold(text: str) -> str:
    """Case- and umlaut-insensitive key: "Düsseldorf", "duesseldorf", "DUSSELDORF" are equal."""
    text = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ue", "u").replace("oe", "o").replace("ae", "a")


@dataclass(frozen=True)
class ChangeFilter:
    """Which changes someone wants. Empty lists mean "all"."""

    sites: tuple[str, ...] = ()
    regierungsbezirke: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    min_severity: int = int(Severity.LOW)

    def describe(self, lang: str) -> str:
        parts = []
        parts.append(", ".join(self.sites) if self.sites else t(lang, "nf_all_centres"))
        if self.regierungsbezirke:
            parts.append("RB " + ", ".join(self.regierungsbezirke))
        if self.kinds:
            parts.append(", ".join(kind_label(lang, k) for k in self.kinds))
        if self.min_severity > Severity.LOW:
            parts.append(t(lang, "nf_min_severity", severity=severity_label(lang, self.min_severity)))
        return "; ".join(parts)

    @classmethod
    def of(cls, sub: Subscription) -> ChangeFilter:
        return cls(tuple(sub.sites or ()), tuple(sub.regierungsbezirke or ()), tuple(sub.kinds or ()),
                   int(sub.min_severity))


@dataclass
class Vocabulary:
    """The centres and districts a filter may name: the registry plus centres already stored."""

    slugs: set[str] = field(default_factory=set)
    districts: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, registry: list[CentreConfig]) -> Vocabulary:
        vocab = cls({c.slug for c in registry}, {c.regierungsbezirk for c in registry if c.regierungsbezirk})
        for slug, district in repo.centre_districts(session):
            vocab.slugs.add(slug)
            if district:
                vocab.districts.add(district)
        return vocab


def build_filter(vocab: Vocabulary, *, sites: list[str] | None = None, regierungsbezirke: list[str] | None = None,
                 kinds: list[str] | None = None,
                 min_severity: str | None = None) -> ChangeFilter:
    """A validated filter from command-line values; unknown names are refused with the choices."""
    sites = list(dict.fromkeys(s.strip().lower() for s in (sites or []) if s.strip()))
    unknown = [s for s in sites if s not in vocab.slugs]
    if unknown:
        raise SubscriptionError(Msg("err_unknown_centres", slugs=", ".join(unknown)))
    by_fold = {_fold(d): d for d in vocab.districts}
    districts = []
    for name in regierungsbezirke or []:
        canonical = by_fold.get(_fold(name.strip()))
        if canonical is None:
            raise SubscriptionError(Msg("err_unknown_district", name=name, known=", ".join(sorted(vocab.districts)) or "–"))
        if canonical not in districts:
            districts.append(canonical)
    valid_kinds = [k.value for k in ChangeKind]
    out_kinds = []
    for kind in kinds or []:
        k = kind.strip().lower().replace("-", "_")
        if k not in valid_kinds:
            raise SubscriptionError(Msg("err_unknown_kind", kind=kind, known=", ".join(valid_kinds)))
        if k not in out_kinds:
            out_kinds.append(k)
    severity = Severity.LOW
    if min_severity:
        try:
            severity = Severity.parse(min_severity)
        except KeyError:
            raise SubscriptionError(Msg("err_unknown_severity", severity=min_severity)) from None
    return ChangeFilter(tuple(sites), tuple(districts), tuple(out_kinds), int(severity))


def subscribe(session: Session, email: str, flt: ChangeFilter, *, frequency: str = "daily",
              lang: str = "de") -> tuple[Subscription, bool]:
    """Create or update the subscription of (email, frequency); returns it and whether it is new.

    A new subscription starts after the newest change stored now, so it never receives the
    history; an updated one keeps its position.
    """
    if frequency not in FREQUENCIES:
        raise SubscriptionError(Msg("err_setting_choice", name="frequency", choices="daily, weekly", value=frequency))
    if lang not in LANGS:
        raise SubscriptionError(Msg("err_setting_choice", name="lang", choices="de, en", value=lang))
    email = normalise_email(email)
    sub = repo.find_subscription(session, email, frequency)
    created = sub is None
    if sub is None:
        baseline = repo.newest_change_id(session)
        sub = repo.add_subscription(session, email, frequency, baseline)
    sub.lang = Lang(lang)
    sub.sites = list(flt.sites)
    sub.regierungsbezirke = list(flt.regierungsbezirke)
    sub.kinds = list(flt.kinds)
    sub.min_severity = Severity(flt.min_severity)
    sub.updated_at = utcnow()
    session.flush()
    return sub, created


def unsubscribe(session: Session, email: str, frequency: str | None = None) -> int:
    """Remove the subscriptions of an address (of one frequency, or all); returns how many."""
    subs = repo.subscriptions_of(session, email, frequency)
    for sub in subs:
        session.delete(sub)
    session.flush()
    return len(subs)


def list_subscriptions(session: Session) -> list[Subscription]:
    return repo.all_subscriptions(session)


def subscription_json(sub: Subscription) -> dict[str, Any]:
    return {
        "id": sub.id,
        "email": sub.email,
        "frequency": sub.frequency,
        "lang": sub.lang,
        "sites": list(sub.sites or []),
        "regierungsbezirke": list(sub.regierungsbezirke or []),
        "kinds": list(sub.kinds or []),
        "min_severity": Severity(sub.min_severity).label,
        "created_at": sub.created_at.isoformat(),
    }
