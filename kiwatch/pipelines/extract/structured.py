"""Structured data in the page: schema.org JSON-LD and microdata (the first layer)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from kiwatch.core.vocab import PhoneKind
from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import HSPACE
from kiwatch.pipelines.extract.grammar import is_head_role, split_title
from kiwatch.pipelines.normalise import (
    canonical_email,
    canonical_phone,
    canonical_street,
)
from kiwatch.pipelines.rules import ACTING_RE
from kiwatch.records import Address, Person, Phone

# =========================================================================== structured data


@dataclass
class Structured:
    addresses: list[Address] = None  # type: ignore[assignment]
    phones: list[Phone] = None  # type: ignore[assignment]
    emails: list[str] = None  # type: ignore[assignment]
    people: list[Person] = None  # type: ignore[assignment]
    is_news: bool = False
    # cards (hCard, microdata) inside page chrome, each with its text: whose they are is decided
    # with the chrome's owner (extract/chrome.py), not taken as the page's first layer
    chrome: list[tuple[str, Structured]] = None  # type: ignore[assignment]
    # the parent organisations an organisation item that is the centre names (schema.org
    # parentOrganization): a lower layer than the text's, whose stated assignment wins
    units: list[str] = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.addresses, self.phones, self.emails, self.people, self.chrome, self.units = [], [], [], [], [], []


_NEWS_TYPES = {"newsarticle", "blogposting", "reportagenewsarticle", "pressrelease"}


def structured_data(root) -> Structured:
    out = Structured()
    items: list[dict] = []
    for script in root.xpath("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:  # iterative: JSON-LD graphs can nest deeply
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                items.append(node)
                stack.extend(v for v in reversed(list(node.values())) if isinstance(v, (dict, list)))
    cards = _microdata_scoped(root) + _hcard_scoped(root)
    items.extend(item for item, card in cards if card is None)
    _read_items(items, out)
    for item, card in cards:
        if card is not None:
            text = HSPACE.sub(" ", " ".join(card.itertext())).strip()
            if not out.chrome or out.chrome[-1][0] != text:
                out.chrome.append((text, Structured()))
            _read_items([item], out.chrome[-1][1])
    return out


def _read_items(items: list[dict], out: Structured) -> None:
    for item in items:
        types = item.get("@type") or item.get("itemtype") or []
        types = [str(t).rsplit("/", 1)[-1].lower() for t in (types if isinstance(types, list) else [types])]
        if _NEWS_TYPES & set(types):
            out.is_news = True
        if "postaladdress" in types:
            street = _first(item.get("streetAddress"))
            if street:
                out.addresses.append(Address(
                    street=canonical_street(street), postal_code=_first(item.get("postalCode")),
                    city=_first(item.get("addressLocality")), raw=street,
                ))
        for key, kind in (("telephone", "phone"), ("faxNumber", "fax")):
            for raw in _as_list(item.get(key)):
                number = canonical_phone(str(raw))
                if number and not any(p.number == number and p.kind == kind for p in out.phones):
                    out.phones.append(Phone(number, PhoneKind(kind), str(raw)))
        for raw in _as_list(item.get("email")):
            email = canonical_email(str(raw))
            if email and email not in out.emails:
                out.emails.append(email)
        if any(t.endswith("organization") for t in types) and P.CENTRE_RE.search(_first(item.get("name"))):
            # (the site owner's own item names its parent too — the Kreis of a town —, which is no unit of the centre)
            for parent in _as_list(item.get("parentOrganization")):
                name = HSPACE.sub(" ", _first(parent)).strip()
                if name and name not in out.units:
                    out.units.append(name)
        if "person" in types and item.get("name"):
            title, name = split_title(HSPACE.sub(" ", _first(item.get("name"))).strip())
            title = title or HSPACE.sub(" ", _first(item.get("honorificPrefix"))).strip()
            role = HSPACE.sub(" ", _first(item.get("jobTitle"))).strip()
            if name and not any(p.name == name for p in out.people):
                out.people.append(Person(
                    name=name, role=role, is_head=is_head_role(role),
                    email=canonical_email(_first(item.get("email"))) or "",
                    phone=canonical_phone(_first(item.get("telephone"))) or "", title=title,
                    acting=bool(ACTING_RE.search(role)) and is_head_role(role),
                ))


def _first(value) -> str:
    # (JSON-LD nests as it likes: a list of names, a language-tagged {"@value": …} as a name; a value
    # still a list or an object after a few steps gives no text, never its Python repr)
    for _ in range(4):
        if isinstance(value, list):
            value = value[0] if value else ""
        elif isinstance(value, dict):
            value = value.get("name") or value.get("@value") or ""
        else:
            break
    return "" if isinstance(value, (list, dict)) else str(value or "").strip()


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# (tests on the attribute nodes: libxml2 then visits only attributes, not every element)
_ITEM_SCOPES = etree.XPath("//@itemscope/..")
_ITEM_PROPS = etree.XPath(".//@itemprop/..")  # (the scope itself too when it has one: its owner is another scope)


def _in_chrome(el) -> bool:
    """The element sits in page chrome that may hold a contact box (an <aside>, the page's
    footer, a sidebar or widget: rules.WEAK_BOILERPLATE_*); an article's own footer is content."""
    for node in (el, *el.iterancestors()):
        tag = node.tag
        if tag in ("main", "article") or node.get("role") == "main":
            return False
        if tag == "aside" or (tag == "footer" and not any(a.tag in ("main", "article") for a in node.iterancestors())):
            return True
        if (node.get("role") or "").lower() in P.WEAK_BOILERPLATE_ROLES:
            return True
        cls = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if any(t in P.CHROME_CARD_TOKENS for t in _TOKEN_SPLIT_RE.split(cls)):
            return True
    return False


_TOKEN_SPLIT_RE = re.compile(r"[^a-zäöüß]+")


def _microdata_items(root) -> list[dict]:
    return [item for item, _ in _microdata_scoped(root)]


def _microdata_scoped(root) -> list[tuple[dict, Any]]:
    """Items of microdata, each with its scope element when it sits in page chrome (else None)."""
    items = []
    for scope in _ITEM_SCOPES(root):
        item: dict = {"@type": scope.get("itemtype", "")}
        for prop in _ITEM_PROPS(scope):
            owner = next(prop.iterancestors(), None)
            while owner is not None and owner.get("itemscope") is None:
                owner = owner.getparent()
            if owner is not scope:
                continue
            value = prop.get("content") or prop.get("href") or prop.get("datetime") or prop.text_content()
            for name in prop.get("itemprop", "").split():
                if name in ("email", "telephone", "faxNumber") and value.lower().startswith(("mailto:", "tel:")):
                    value = value.split(":", 1)[1]
                item.setdefault(name, HSPACE.sub(" ", value).strip())
        items.append((item, scope if _in_chrome(scope) else None))
    return items



# microformats (hCard, h-card): class names map onto the schema.org properties read above
_HCARD_PROPS = (
    ("name", ("fn", "p-name")), ("jobTitle", ("title", "role", "p-job-title", "p-role")),
    ("streetAddress", ("street-address", "p-street-address")), ("postalCode", ("postal-code", "p-postal-code")),
    ("addressLocality", ("locality", "p-locality")), ("telephone", ("tel", "p-tel")), ("email", ("email", "u-email")),
)


_CARD_CLASSES = frozenset({"vcard", "h-card"})
# the elements whose class holds a card class as a substring (the token test follows in Python);
# the test runs on the attribute nodes, so libxml2 visits only attributes, not every element
_WITH_CARD_CLASS = etree.XPath("//@class[" + " or ".join(f"contains(., '{c}')" for c in sorted(_CARD_CLASSES)) + "]/..")


def _hcard_items(root) -> list[dict]:
    return [item for item, _ in _hcard_scoped(root)]


def _hcard_scoped(root) -> list[tuple[dict, Any]]:
    """Items of hCards, each with its card when it sits in page chrome (else None)."""
    if root is None:
        return []
    cards = [el for el in _WITH_CARD_CLASS(root) if not _CARD_CLASSES.isdisjoint(el.get("class").split())]
    items: list[tuple[dict, Any]] = []
    for card in cards[:50]:
        where = card if _in_chrome(card) else None
        person: dict = {"@type": "Person"}
        address: dict = {"@type": "PostalAddress"}
        for el in card.iter():
            classes = set((el.get("class") or "").split()) if isinstance(el.tag, str) else set()
            if not classes:
                continue
            for prop, names in _HCARD_PROPS:
                if classes & set(names):
                    value = el.get("href") if prop == "email" and el.get("href") else el.text_content()
                    value = HSPACE.sub(" ", value or "").strip()
                    if prop == "email" and value.lower().startswith("mailto:"):
                        value = value[7:]
                    target = address if prop in ("streetAddress", "postalCode", "addressLocality") else person
                    target.setdefault(prop, value)
        if person.get("name"):
            items.append((person, where))
        elif len(person) > 1:
            items.append(({k: v for k, v in person.items() if k != "@type"}, where))
        if address.get("streetAddress"):
            items.append((address, where))
    return items
