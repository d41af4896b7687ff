"""The digest: select a subscriber's pending changes and render them as one e-mail.

Selection: changes stored after the subscription was created, matching its filter, not yet
delivered to it. Rendering: grouped by centre, highest severity first; German by default;
plain text and HTML from Jinja2 templates; scraped values escaped everywhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from kiwatch.core.text import strip_controls
from kiwatch.display import cut_at_word, humanise_phones, local_datetime
from kiwatch.i18n import kind_label, severity_label, t
from kiwatch.notify.render import header_value, one_line, render, safe_url
from kiwatch.notify.subscriptions import ChangeFilter
from kiwatch.records import ChangeKind
from kiwatch.storage import subscriptions as repo

if TYPE_CHECKING:
    from kiwatch.storage.delivery import Subscription
    from kiwatch.storage.models import Centre, Change

MAX_ITEMS = 150  # items shown in full; the rest are counted and linked to the web view (G7)
MAX_VALUE_CHARS = 1500  # old/new/evidence shown per item
MAX_DIFF_CHARS = 4000  # diff text shown per item
CONTEXT_WORDS = 12  # unchanged words kept around each edit of a text diff
RELAUNCH_EXCERPT_CHARS = 300  # start of a relaunched page's text shown, cut at a word


@dataclass
class DigestItem:
    change_id: int
    fingerprint: str
    kind: str
    kind_label: str
    severity: int
    severity_label: str
    old: str  # phones as dialled
    new: str
    url: str  # as stored (shown as text)
    link: str  # the URL if it may be a link (http/https), else ""
    detected: str  # local time, formatted for the language
    detected_at: datetime
    evidence: str = ""
    diff: list[tuple[int, str]] = field(default_factory=list)  # trimmed word diff (op, text)
    web_link: str = ""  # this change on the dashboard (/changes/{id}) when web_url is set

    @property
    def op(self) -> str:
        """What happened: added, removed, changed; for a page's text: edited or relaunch."""
        if self.kind == ChangeKind.CONTENT:
            return "edited" if self.diff else "relaunch"
        if self.old and self.new:
            return "changed"
        return "added" if self.new else "removed"

    @property
    def shown_evidence(self) -> str:
        """The evidence, unless it only repeats the value itself."""
        return "" if self.evidence in (self.new, self.old) else self.evidence

    @property
    def excerpt(self) -> str:
        """The start of a relaunched page's new text, cut after a whole word."""
        text = self.new
        if text.endswith("…") and not text.endswith(" …"):  # stored by an older kiwatch, cut mid-word
            text = text[:-1].rsplit(" ", 1)[0] + " …"
        return cut_at_word(text, RELAUNCH_EXCERPT_CHARS)


@dataclass
class KindCard:
    """All changes of one kind at one centre, shown together (e.g. every contact change)."""

    kind: str
    kind_label: str
    items: list[DigestItem]

    @property
    def severity(self) -> int:
        return max(i.severity for i in self.items)

    @property
    def severity_label(self) -> str:
        return max(self.items, key=lambda i: i.severity).severity_label

    def of(self, op: str) -> list[DigestItem]:
        return [i for i in self.items if i.op == op]

    @property
    def detected(self) -> str:
        return max(self.items, key=lambda i: i.detected_at).detected

    @property
    def pages(self) -> list[tuple[str, str]]:
        return _distinct_pages(self.items)


@dataclass
class CentreGroup:
    slug: str
    name: str
    short: str  # "KI Duisburg"
    items: list[DigestItem]

    @property
    def max_severity(self) -> int:
        return max(i.severity for i in self.items)

    @property
    def cards(self) -> list[KindCard]:
        """One card per kind, in the order of the items (highest severity first)."""
        cards: dict[str, KindCard] = {}
        for item in self.items:
            cards.setdefault(item.kind, KindCard(item.kind, item.kind_label, [])).items.append(item)
        return list(cards.values())

    @property
    def pages(self) -> list[tuple[str, str]]:
        """The distinct pages (url, link) the changes were found on: shown once per centre
        when there is one, else once per card."""
        return _distinct_pages(self.items)


def _distinct_pages(items: list[DigestItem]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.url, item.link)
    return list(seen.items())


@dataclass
class DigestContent:
    lang: str
    groups: list[CentreGroup]
    total: int  # all matching changes, including those beyond the cap
    omitted: int = 0  # changes not shown in full (size cap)

    @property
    def items(self) -> list[DigestItem]:
        return [i for g in self.groups for i in g.items]


def pending_changes(session: Session, sub: Subscription) -> list[Change]:
    """What this subscriber should receive next: new since it subscribed, matching, undelivered."""
    return repo.select_changes(session, ChangeFilter.of(sub), after_id=sub.baseline_change_id,
                          exclude_delivered_to=sub.id)


def short_name(centre: Centre) -> str:
    return f"KI {centre.municipality}" if centre.municipality else one_line(centre.name)


def trim_diff(diff: list[Any] | None, context: int = CONTEXT_WORDS, limit: int = MAX_DIFF_CHARS) -> list[tuple[int, str]]:
    """Keep the edits and a few words of unchanged context around each; cap the total size."""
    if not diff:
        return []
    ops = [(int(op), strip_controls(str(text))) for op, text in diff]
    out: list[tuple[int, str]] = []
    for index, (op, text) in enumerate(ops):
        if op == 0:
            words = text.split(" ")
            first, last = index == 0, index == len(ops) - 1
            keep_head = 0 if first else context
            keep_tail = 0 if last else context
            if len(words) > keep_head + keep_tail + 3:
                head = " ".join(words[:keep_head])
                tail = " ".join(words[len(words) - keep_tail:]) if keep_tail else ""
                text = (head + " … " if keep_head else "… ") + tail if (keep_head or keep_tail) else "…"
                if not keep_tail:
                    text = head + " …"
        out.append((op, text))
    total, capped = 0, []
    for op, text in out:
        if total + len(text) > limit:
            capped.append((op, text[: max(0, limit - total)] + "…"))
            capped.append((0, " […]"))
            break
        capped.append((op, text))
        total += len(text)
    return capped


def _cap(text: str | None, limit: int = MAX_VALUE_CHARS) -> str:
    text = strip_controls(text or "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_local(when: datetime, lang: str, tz: ZoneInfo) -> str:
    return local_datetime(when, lang, str(tz))


def change_link(web_url: str, change_id: int) -> str:
    """The dashboard page of a change, or "" when no (safe) web_url is configured."""
    base = safe_url(web_url)
    return f"{base.rstrip('/')}/changes/{change_id}" if base else ""


def build_content(changes: list[Change], lang: str, tz: ZoneInfo, max_items: int = MAX_ITEMS,
                  web_url: str = "") -> DigestContent:
    """Group changes by centre; centres and items ordered by severity (highest first)."""
    ordered = sorted(changes, key=lambda c: (-c.severity, c.detected_at, c.id))
    shown, omitted = ordered[:max_items], len(ordered) - min(len(ordered), max_items)
    groups: dict[int, CentreGroup] = {}
    for change in shown:
        centre = change.centre
        group = groups.get(centre.id)
        if group is None:
            group = groups[centre.id] = CentreGroup(centre.slug, one_line(centre.name), short_name(centre), [])
        group.items.append(DigestItem(
            change_id=change.id,
            fingerprint=change.fingerprint,
            kind=change.kind,
            kind_label=kind_label(lang, change.kind),
            severity=change.severity,
            severity_label=severity_label(lang, change.severity),
            old=humanise_phones(_cap(change.old)),
            new=humanise_phones(_cap(change.new)),
            url=_cap(change.url, 500),
            link=safe_url(change.url),
            detected=format_local(change.detected_at, lang, tz),
            detected_at=change.detected_at,
            evidence=_cap(change.evidence),
            diff=trim_diff(change.diff) if change.kind == ChangeKind.CONTENT else [],
            web_link=change_link(web_url, change.id),
        ))
    ordered_groups = sorted(groups.values(), key=lambda g: (-g.max_severity, g.short.casefold()))
    return DigestContent(lang=lang, groups=ordered_groups, total=len(ordered), omitted=omitted)


def subject(content: DigestContent) -> str:
    """ "KI Duisburg: neue Adresse, Neuorganisation · 3 weitere Änderungen" """
    lang = content.lang
    if not content.total:
        return header_value(t(lang, "nf_subject_empty"))
    top = content.groups[0]
    labels: list[str] = []
    for item in top.items:  # already severity-ordered
        label = t(lang, f"nf_subj_{item.kind}")
        if label not in labels:
            labels.append(label)
        if len(labels) == 2:
            break
    covered = sum(1 for i in top.items if t(lang, f"nf_subj_{i.kind}") in labels)
    rest = content.total - covered
    text = f"{top.short}: {', '.join(labels)}"
    if rest == 1:
        text += " · " + t(lang, "nf_subject_more_one")
    elif rest > 1:
        text += " · " + t(lang, "nf_subject_more", n=rest)
    return header_value(text, limit=160)


def period_key(frequency: str, now: datetime, tz: ZoneInfo) -> str:
    """The digest period `now` falls in: the local date (daily) or ISO week (weekly)."""
    local = now.astimezone(tz).date()
    if frequency == "weekly":
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    return local.isoformat()


def message_id(sub_id: int, period: str, change_ids: list[int], mail_from: str) -> str:
    """Deterministic: a resend of the same digest after a crash carries the same Message-ID."""
    digest = hashlib.sha256(",".join(map(str, sorted(change_ids))).encode()).hexdigest()[:16]
    domain = mail_from.rpartition("@")[2] or "localhost"
    return f"<kiwatch.{sub_id}.{period}.{digest}@{header_value(domain, 100).replace(' ', '')}>"


@dataclass
class RenderedDigest:
    subject: str
    text: str
    html: str
    unsubscribe: str = ""  # one-click unsubscribe URL (RFC 8058), "" without a web_url


def render_digest(content: DigestContent, *, email: str, frequency: str, filter_text: str,
                  web_url: str = "", unsubscribe: str = "") -> RenderedDigest:
    lang = content.lang
    context = dict(
        lang=lang,
        content=content,
        subject=subject(content),
        email=email,
        frequency_label=t(lang, f"nf_frequency_{frequency}"),
        filter_text=filter_text,
        web_link=safe_url(web_url),
        unsubscribe_link=safe_url(unsubscribe),
        gettext=lambda key, **kw: t(lang, key, **kw),  # what `_` calls in the templates
    )
    return RenderedDigest(str(context["subject"]), render("digest.txt.j2", **context), render("digest.html.j2", **context),
                          unsubscribe=safe_url(unsubscribe))


def build_message(rendered: RenderedDigest, *, to: str, mail_from: str, msg_id: str, date: datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr(("kiwatch", header_value(mail_from)))
    msg["To"] = header_value(to)
    msg["Subject"] = rendered.subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msg_id
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    if rendered.unsubscribe:
        # RFC 2369 + RFC 8058: mail clients offer "unsubscribe" and POST to the link themselves
        msg["List-Unsubscribe"] = f"<{rendered.unsubscribe}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(rendered.text, charset="utf-8")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
    return msg
