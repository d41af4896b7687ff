"""Atom feed of changes (feedgen), with the same filters as subscriptions.

Entry ids are derived from the change fingerprint (stable across re-runs and even a rebuilt
database), and `updated` is the detection time, so a feed reader never shows an entry twice.
Entry content is HTML rendered by an autoescaping template: scraped markup arrives as text.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator
from sqlalchemy.orm import Session

from kiwatch.core.text import strip_controls
from kiwatch.display import cut_at_word
from kiwatch.i18n import t
from kiwatch.notify.digest import DigestItem, build_content
from kiwatch.notify.render import one_line, render, safe_url
from kiwatch.notify.subscriptions import ChangeFilter
from kiwatch.settings import Settings
from kiwatch.storage.models import utcnow
from kiwatch.storage.subscriptions import select_changes

FEED_ID = "tag:kiwatch,2024:changes"


def xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (a scraped NUL must not break the whole feed)."""
    return strip_controls(text)


DEFAULT_LIMIT = 200
TITLE_CHARS = 200


def entry_id(fingerprint: str) -> str:
    return f"tag:kiwatch,2024:change:{fingerprint}"


def feed_id(flt: ChangeFilter) -> str:
    parts = []
    for name, values in (("site", flt.sites), ("rb", flt.regierungsbezirke), ("kind", flt.kinds)):
        parts += [f"{name}={v}" for v in values]
    if flt.min_severity > 1:
        parts.append(f"min={flt.min_severity}")
    return FEED_ID + ("?" + "&".join(parts) if parts else "")


def entry_title(short: str, item: DigestItem, lang: str) -> str:
    """What happened, in the title: 'KI Duisburg: Leitung – entfernt: Marijo Terzic',
    '… – neu: …', '… – alt → neu'; a text edit names the page's first changed words."""
    op = item.op
    if op == "changed":
        what = f"{item.old} → {item.new}"
    elif op == "added":
        what = f"{t(lang, 'nf_added')}: {item.new}"
    elif op == "removed":
        what = f"{t(lang, 'nf_removed')}: {item.old}"
    elif op == "relaunch":
        what = t(lang, "relaunch")
    else:
        what = " ".join(f"{'+' if o > 0 else '−'} {text}" for o, text in item.diff if o and text.strip())
    return cut_at_word(one_line(f"{short}: {item.kind_label} – {what}"), TITLE_CHARS)


def build_feed(session: Session, settings: Settings, flt: ChangeFilter, *, lang: str | None = None,
               limit: int = DEFAULT_LIMIT, self_url: str = "") -> bytes:
    lang = lang or settings.lang
    tz = ZoneInfo(settings.timezone)
    changes = select_changes(session, flt, newest_first=True, limit=limit)
    fg = FeedGenerator()
    fg.id(feed_id(flt))
    title = t(lang, "nf_feed_title")
    described = flt.describe(lang)
    fg.title(f"{title} ({described})" if flt != ChangeFilter() else title)
    fg.language(lang)
    fg.author({"name": "kiwatch"})
    fg.generator("kiwatch")
    web = safe_url(settings.web_url)
    if web:
        fg.link(href=web, rel="alternate")
    if self_url:  # where the feed itself is published; readers use it to follow a move
        fg.link(href=self_url, rel="self", type="application/atom+xml")
    # A feed with no entries still needs <updated>; keep it stable for an unchanged feed.
    fg.updated(max((c.detected_at for c in changes), default=utcnow()))
    # feedgen prepends entries: add oldest first so the document lists newest first.
    for change in reversed(changes):
        content = build_content([change], lang, tz, web_url=settings.web_url)
        item = content.groups[0].items[0]
        group = content.groups[0]
        fe = fg.add_entry()
        fe.id(entry_id(change.fingerprint))
        fe.title(xml_safe(entry_title(group.short, item, lang)))
        fe.updated(change.detected_at)
        fe.published(change.detected_at)
        if item.web_link:  # the change on the dashboard, with both versions side by side
            fe.link(href=item.web_link, rel="alternate")
            if item.link:
                fe.link(href=item.link, rel="related")
        elif item.link:
            fe.link(href=item.link, rel="alternate")
        fe.category(term=change.kind, label=item.kind_label)
        fe.author({"name": xml_safe(group.name)})
        fe.content(xml_safe(render("feed_entry.html.j2", item=item, gettext=lambda key, **kw: t(lang, key, **kw))), type="html")
    atom: bytes = fg.atom_str(pretty=True)  # feedgen is untyped
    return atom
