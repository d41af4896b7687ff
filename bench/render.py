"""Render page specs to bytes in five municipal-CMS-like templates, with noise.

Templates (main-content container; where the contact block sits):
  0 "ikiss"   <div id="content">; contact as paragraphs in the main text; calendar widget in the main column
  1 "typo3"   <main id="main">; contact box in the sidebar of every page
  2 "tables"  <div class="inhalt">; layout tables, contact as a table; ISO-8859-1 by default
  3 "govdl"   <main><article>; contact as a definition list
  4 "footer"  <div id="inhalt" role="main">; contact in a footer-like "Kontakt" area of every page

Noise (different in every version, in every page, also inside the main content): calendar
month, hit and visitor counters, "Stand:"/"zuletzt aktualisiert" dates, session ids in links,
cookie banner wording and consent ids, rotating teasers, navigation order, CSS class hashes,
wrapper elements, <b>/<strong>, whitespace and &nbsp;, HTML entities vs literal umlauts,
phone/street/e-mail spelling, and on some pages the charset (ISO-8859-1 vs UTF-8).
"""

from __future__ import annotations

import calendar
import html
import json
import random

from bench import vocab
from bench.model import Block, Centre, PageSpec, Person, Phone
from bench.pdf import make_pdf

TEMPLATE_NAMES = ["ikiss", "typo3", "tables", "govdl", "footer"]
SESSION_PARAM = {0: "sid", 1: None, 2: "PHPSESSID", 3: "jsessionid", 4: "sessionid"}
# The best single CSS selector for the whole corpus: the main-content containers of all five templates.
BEST_SELECTOR = "#content, main, .inhalt, #inhalt"

ENTITIES = {"ä": "&auml;", "ö": "&ouml;", "ü": "&uuml;", "Ä": "&Auml;", "Ö": "&Ouml;", "Ü": "&Uuml;", "ß": "&szlig;"}


class Noise:
    """Random but reproducible surface variation of one page in one version."""

    def __init__(self, rng: random.Random, centre: Centre):
        self.r = rng
        self.c = centre
        self.sid = "%032x" % rng.getrandbits(128)
        self.entities = rng.random() < 0.3
        self.nbsp = rng.random() < 0.4
        self.bold = rng.choice(["b", "strong"])
        self.hash = "%05x" % rng.getrandbits(20)
        self.indent = rng.choice(["", " ", "  ", "\t", "    "])
        self.nl = rng.choice(["\n", "\n", "\r\n", "\n\n"])

    # text ---------------------------------------------------------------------------------
    def esc(self, text: str) -> str:
        out = html.escape(text, quote=False)
        if self.entities:
            out = "".join(ENTITIES.get(ch, ch) for ch in out)
        if self.nbsp and self.r.random() < 0.3:
            out = out.replace(" ", "&nbsp;", 1)
        if self.r.random() < 0.2:
            out = "  " + out + " \n "
        return out

    def cls(self, name: str) -> str:
        """A class attribute with CMS-generated churn."""
        r = self.r.random()
        if r < 0.35:
            return f'class="{name} {name}--{self.hash}"'
        if r < 0.6:
            return f'class="{name} css-{self.r.getrandbits(24):06x}"'
        return f'class="{name}"'

    def link(self, href: str) -> str:
        param = SESSION_PARAM[self.c.template]
        if href.startswith("/") and param and not href.endswith(".pdf"):
            return f"{href}?{param}={self.sid[: 26 if param == 'PHPSESSID' else 32]}"
        return href

    def strong(self, text: str) -> str:
        return f"<{self.bold}>{text}</{self.bold}>"

    def wrap(self, inner: str) -> str:
        """Sometimes an extra wrapper element, as CMS upgrades add them."""
        if self.r.random() < 0.3:
            return f'<div {self.cls("ce-wrap")}>{inner}</div>'
        return inner

    # facts in different spellings -----------------------------------------------------------
    def phone(self, p: Phone) -> str:
        a, s = p.area, p.sub
        pairs = " ".join(s[i:i + 2] for i in range(0, len(s), 2))
        forms = [
            f"{a} {s[:3]}-{s[3:]}", f"{a}/{s}", f"({a}) {pairs}", f"+49 {a[1:]} {s}",
            f"+49 (0) {a[1:]} {s[:3]} {s[3:]}", f"{a} / {s[:3]} {s[3:]}", f"{a[:2]} {a[2:]} {s}",
        ]
        return self.esc(self.r.choice(forms))

    def street(self, street: str) -> str:
        name, number = street.rsplit(" ", 1)
        if "-" in number and number[0].isdigit():
            a, b = number.split("-", 1)
            number = self.r.choice([f"{a}-{b}", f"{a} - {b}", f"{a}–{b}"])
        r = self.r.random()
        if name.endswith("straße") and r < 0.4:
            name = name[:-6] + "str."
        elif name.endswith("Straße") and r < 0.4:
            name = name[:-6] + "Str."
        elif name.endswith("traße") and r < 0.5:
            name = name[:-5] + "trasse"
        return self.esc(f"{name} {number}")

    def email(self, addr: str) -> str:
        local, domain = addr.split("@")
        r = self.r.random()
        if r < 0.35:
            return f'<a href="mailto:{addr}">{addr}</a>'
        if r < 0.5:
            ent = "".join(f"&#{ord(ch)};" for ch in addr)
            return f'<a href="&#109;&#97;&#105;&#108;&#116;&#111;&#58;{ent}">{ent}</a>'
        if r < 0.65:
            return f"{local}(at){domain}"
        if r < 0.8:
            host, tld = domain.rsplit(".", 1)
            return f"{local} [at] {host} [dot] {tld}"
        if r < 0.9:
            return f'<a href="mailto:{addr}">{local.capitalize()}@{domain.capitalize()}</a>'
        return f'<a href="mailto:{addr}" title="E-Mail schreiben">{addr}</a>'

    # widgets --------------------------------------------------------------------------------
    def date(self) -> str:
        return f"{self.r.randint(1, 28):02d}.{self.r.randint(1, 12):02d}.{self.r.choice([2024, 2025, 2026])}"

    def calendar(self) -> str:
        year, month = self.r.choice([2024, 2025, 2026]), self.r.randint(1, 12)
        rows = []
        for week in calendar.Calendar().monthdayscalendar(year, month):
            cells = "".join(
                f'<td class="{"feiertag" if d and self.r.random() < 0.15 else "tag"}">{d or ""}</td>' for d in week)
            rows.append(f"<tr>{cells}</tr>")
        return (f'<div {self.cls("interkulturkalender")}><h3>Interkulturkalender</h3>'
                f'<p class="monat"><a href="?kalmonat={year}-{month:02d}&amp;dir=prev">&lt;</a> {vocab.MONTHS[month - 1]} {year} '
                f'<a href="?kalmonat={year}-{month:02d}&amp;dir=next">&gt;</a></p><table><tr><th>Mo</th><th>Di</th><th>Mi</th><th>Do</th>'
                f'<th>Fr</th><th>Sa</th><th>So</th></tr>{"".join(rows)}</table>'
                f"<p>Viele Kulturen, viele Feste: Folgen Sie den hellgrünen Tagen und erfahren Sie, wann Religionen "
                f"und Kulturen ihre Feiertage haben.</p></div>")

    def stamp(self) -> str:
        return self.r.choice([
            f'<p class="stand">Stand: {self.date()}</p>',
            f'<p class="lastmod">zuletzt aktualisiert am {self.date()}, {self.r.randint(7, 18)}:{self.r.randint(0, 59):02d} Uhr</p>',
            f'<div class="meta">Seite zuletzt geändert: {self.date()}</div>',
            f'<p><small>Letzte Änderung: {self.date()}</small></p>',
        ])

    def teaser(self) -> str:
        items = self.r.sample(vocab.TEASERS, 2)
        return (f'<div {self.cls("teaser-rotator")} data-slide="{self.r.randint(0, 9)}">'
                + "".join(f'<div class="slide"><p>{self.esc(t)}</p></div>' for t in items) + "</div>")

    def counter(self) -> str:
        return f'<div class="counter">Sie sind Besucher Nr. {self.r.randint(100000, 999999):,}</div>'.replace(",", ".")


# ------------------------------------------------------------------------------------------
# shared page chrome

_CSS_CACHE: dict[int, str] = {}


def _css(template: int) -> str:
    """A large, stable inline stylesheet per template (real CMS pages carry 10-20 KB of it)."""
    if template not in _CSS_CACHE:
        rng = random.Random(f"css:{template}")
        rules = []
        for i in range(260):
            sel = f".{rng.choice(['nav', 'box', 'teaser', 'ce', 'grid', 'col', 'btn', 'footer', 'header'])}-{i}"
            rules.append(f"{sel}{{margin:{rng.randint(0, 30)}px;padding:{rng.randint(0, 20)}px;"
                         f"color:#{rng.getrandbits(24):06x}}}")
        _CSS_CACHE[template] = "\n".join(rules)
    return _CSS_CACHE[template]


def _nav(n: Noise, c: Centre, base: str) -> str:
    sections = list(vocab.PORTAL_SECTIONS)
    # reordered navigation: a few sections swap places from version to version
    for _ in range(3):
        i, j = n.r.randrange(len(sections)), n.r.randrange(len(sections))
        sections[i], sections[j] = sections[j], sections[i]
    parts = [f'<nav {n.cls("mainnav")} aria-label="Hauptnavigation"><ul>']
    for s in sections:
        sslug = s.lower().replace(" & ", "-").replace(" ", "-").replace("ü", "ue").replace("ä", "ae")
        subs = "".join(f'<li><a href="{n.link(f"/portal/{sslug}/")}">{n.esc(sub)}</a></li>' for sub in vocab.PORTAL_SUB)
        parts.append(f'<li {n.cls("nav-item")}><a href="{n.link(f"/portal/{sslug}/")}">{n.esc(s)}</a><ul>{subs}</ul></li>')
    parts.append("</ul></nav>")
    local = [("index.html", "Kommunales Integrationszentrum"), ("ueber-uns.html", "Über uns"),
             ("team.html", "Team"), ("handlungsfelder.html", "Handlungsfelder"), ("programme.html", "Programme"),
             ("integrationsrat.html", "Integrationsrat"), ("aktuelles.html", "Aktuelles"),
             ("downloads.html", "Links und Downloads"), ("kontakt.html", "Kontakt")]
    if n.r.random() < 0.5:
        local = local[:1] + sorted(local[1:], key=lambda x: n.r.random())
    parts.append(f'<nav {n.cls("subnav")}><ul>'
                 + "".join(f'<li><a href="{n.link(base + p)}">{n.esc(t)}</a></li>' for p, t in local)
                 + "</ul></nav>")
    return n.nl.join(parts)


def _cookie(n: Noise) -> str:
    return (f'<div id="cookie-banner" {n.cls("cookie")} data-consent-id="{n.r.getrandbits(64):016x}">'
            f"<p>{n.esc(n.r.choice(vocab.COOKIE_BANNERS))}</p><button>Alle akzeptieren</button>"
            f"<button>Nur notwendige</button></div>")


def _header(n: Noise, c: Centre) -> str:
    who = c.municipality if c.kind == "Kreis" else f"Stadt {c.municipality}"
    return (f'<header {n.cls("site-header")}><a href="{n.link("/")}" class="logo">{n.esc(who)}</a>'
            f'<form action="/suche" method="get"><input type="hidden" name="csrf" value="{n.r.getrandbits(96):024x}">'
            f'<input name="q" placeholder="Suchbegriff"><button>Suchen</button></form></header>')


def _jsonld(n: Noise, c: Centre, ctx: dict) -> str:
    data = {
        "@context": "https://schema.org", "@type": "GovernmentOffice", "name": c.name,
        "address": {"@type": "PostalAddress", "streetAddress": ctx["street"], "postalCode": ctx["plz"],
                    "addressLocality": ctx["city"], "addressCountry": "DE"},
        "telephone": ctx["phone"].e164, "faxNumber": ctx["fax"].e164, "email": ctx["email"],
        "parentOrganization": {"@type": "GovernmentOrganization", "name": ctx["unit"]},
        "dateModified": f"{n.r.choice([2024, 2025, 2026])}-{n.r.randint(1, 12):02d}-{n.r.randint(1, 28):02d}T"
                        f"{n.r.randint(0, 23):02d}:{n.r.randint(0, 59):02d}:00+01:00",
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=True)}</script>'


# ------------------------------------------------------------------------------------------
# blocks


def _contact_html(n: Noise, c: Centre, d: dict, style: str) -> str:
    md = c.structured == "microdata"
    ip = (lambda prop: f' itemprop="{prop}"') if md else (lambda prop: "")
    scope = ' itemscope itemtype="https://schema.org/GovernmentOffice"' if md else ""
    addr_scope = ' itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"' if md else ""
    street = f"<span{ip('streetAddress')}>{n.street(d['street'])}</span>"
    place = f"<span{ip('postalCode')}>{d['plz']}</span> <span{ip('addressLocality')}>{n.esc(d['city'])}</span>"
    phone = f"<span{ip('telephone')}>{n.phone(d['phone'])}</span>"
    fax = f"<span{ip('faxNumber')}>{n.phone(d['fax'])}</span>"
    email = f"<span{ip('email')}>{n.email(d['email'])}</span>"
    head: Person | None = d.get("head")
    tel_label = n.r.choice(["Tel.:", "Telefon:", "Tel"])
    if style == "para":
        org = n.strong(f"<span{ip('name')}>{n.esc(d['org'])}</span>")
        out = (f'<div {n.cls("kontakt")}{scope}><p>{org}<br>'
               f"{n.esc(d['unit'])}<br>{n.esc(d['building'])}</p><p{addr_scope}>{street}<br>{place}</p>"
               f"<p>{tel_label} {phone}<br>Fax: {fax}<br>E-Mail: {email}</p>")
        if head:
            out += f"<p>Leitung: {n.esc(head.name)}</p>"
        return out + "</div>"
    if style == "table":
        rows = [("Einrichtung", f"{n.esc(d['org'])}<br>{n.esc(d['unit'])}"),
                ("Anschrift", f"<span{addr_scope}>{n.esc(d['building'])}<br>{street}<br>{place}</span>"),
                ("Telefon", phone), ("Telefax", fax), ("E-Mail", email)]
        if head:
            rows.append(("Leitung", n.esc(head.name)))
        body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        return f'<table {n.cls("kontakt-tabelle")}{scope} summary="Kontakt">{body}</table>'
    if style == "dl":
        rows = [("Organisationseinheit", n.esc(d["unit"])),
                ("Anschrift", f"<span{addr_scope}>{street}, {place}</span>"),
                ("Gebäude", n.esc(d["building"])), ("Telefon", phone), ("Fax", fax), ("E-Mail", email)]
        if head:
            rows.append(("Leitung", n.esc(head.name)))
        body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        return f'<dl {n.cls("contact-list")}{scope}>{body}</dl>'
    if style == "box":  # sidebar box (template 1)
        return (f'<div {n.cls("box box-kontakt")}{scope}><h2>Kontakt</h2><p>{n.esc(d["org"])}<br>{n.esc(d["unit"])}</p>'
                f"<p{addr_scope}>{street}<br>{place}</p><p>{tel_label} {phone}<br>Fax {fax}<br>{email}</p></div>")
    # footer-like "Kontakt" area (template 4)
    return (f'<div {n.cls("footer-kontakt")}{scope}><h2>Kontakt</h2><div class="col">{n.esc(d["org"])}<br>'
            f"{n.esc(d['unit'])}</div><div class=\"col\"{addr_scope}>{street}<br>{place}</div>"
            f"<div class=\"col\">{tel_label} {phone} &middot; Fax {fax} &middot; {email}</div></div>")


def _people_html(n: Noise, c: Centre, people: list[Person]) -> str:
    t = c.template
    if t == 2:
        rows = "".join(f"<tr><td>{n.strong(n.esc(p.name))}</td><td>{n.esc(p.role)}</td><td>{n.phone(p.phone)}</td>"
                       f"<td>{n.email(p.email)}</td></tr>" for p in people)
        return f'<table {n.cls("team")}><tr><th>Name</th><th>Aufgabe</th><th>Telefon</th><th>E-Mail</th></tr>{rows}</table>'
    if t == 3:
        return "".join(f'<dl {n.cls("person")}><dt>{n.esc(p.name)}</dt><dd>{n.esc(p.role)}</dd>'
                       f"<dd>Telefon {n.phone(p.phone)}</dd><dd>{n.email(p.email)}</dd></dl>" for p in people)
    if t == 1:
        return "".join(f'<div {n.cls("card person")}><h3>{n.esc(p.name)}</h3><p class="role">{n.esc(p.role)}</p>'
                       f"<p>Tel. {n.phone(p.phone)}<br>{n.email(p.email)}</p></div>" for p in people)
    if t == 4:
        return "<ul>" + "".join(f"<li>{n.strong(n.esc(p.name))} – {n.esc(p.role)}, Tel. {n.phone(p.phone)}, "
                                f"{n.email(p.email)}</li>" for p in people) + "</ul>"
    return "".join(f"<p>{n.strong(n.esc(p.name))}<br>{n.esc(p.role)}<br>{n.email(p.email)}<br>"
                   f"Tel.: {n.phone(p.phone)}</p>" for p in people)


def _block_html(n: Noise, c: Centre, b: Block, base: str, first_h: list[bool]) -> str:
    k, d = b.kind, b.data
    if k == "h":
        tag = "h1" if first_h[0] else "h2"
        first_h[0] = False
        return f"<{tag} {n.cls('headline')}>{n.esc(d)}</{tag}>"
    if k == "p":
        return n.wrap(f"<p>{n.esc(d)}</p>")
    if k == "ul":
        return f"<ul {n.cls('list')}>" + "".join(f"<li>{n.esc(i)}</li>" for i in d) + "</ul>"
    if k == "links":
        return "<ul>" + "".join(f'<li><a href="{n.link(base + h)}">{n.esc(t)}</a></li>' for h, t in d) + "</ul>"
    if k == "newslist":
        return (f"<ul {n.cls('news-list')}>" + "".join(
            f'<li><span class="date">{dt}</span> <a href="{n.link(base + h)}">{n.esc(t)}</a></li>' for h, dt, t in d)
            + "</ul>")
    if k == "downloads":
        return "<ul class=\"downloads\">" + "".join(
            f'<li><a href="{base + h}">{n.esc(t)}</a> (PDF, {sz}, {n.r.randint(10, 5000)} Zugriffe)</li>'
            for h, t, sz in d) + "</ul>"
    if k == "people":
        return _people_html(n, c, d)
    if k == "contact":
        style = {0: "para", 2: "table", 3: "dl"}.get(c.template, "para")
        return _contact_html(n, c, d, style)
    raise ValueError(k)


# ------------------------------------------------------------------------------------------
# whole pages


def render_html(c: Centre, spec: PageSpec, ctx: dict, rng: random.Random, charset: str) -> bytes:
    """ctx: the centre's contact facts for chrome boxes (org, unit, building, street, plz, city, phone, fax, email)."""
    n = Noise(rng, c)
    base = f"/{c.slug}/"
    first_h = [True]
    main_parts = [_block_html(n, c, b, base, first_h) for b in spec.blocks]
    t = c.template
    # noise inside the main content
    stamp = n.stamp()
    if n.r.random() < 0.5:
        main_parts.insert(1, stamp)
    else:
        main_parts.append(stamp)
    main_parts.append(f'<div {n.cls("share")}>Teilen: <a href="#">Facebook ({n.r.randint(0, 99)})</a> '
                      f'<a href="#">E-Mail</a> <a href="javascript:window.print()">Drucken</a></div>')
    if t == 0:
        main_parts.append(n.calendar())
    if n.r.random() < 0.5:
        main_parts.insert(len(main_parts) // 2, f'<aside class="tipp">Tipp: {n.esc(n.r.choice(vocab.TEASERS))}</aside>')
    main_html = n.nl.join(n.indent + p for p in main_parts)

    side = [n.teaser()]
    if t != 0:
        side.insert(0, n.calendar())
    if t == 1:
        side.insert(0, _contact_html(n, c, ctx, "box"))
    side.append(f'<div {n.cls("box")}><h2>Demnächst</h2><p>{n.esc(n.r.choice(vocab.TEASERS))}</p></div>')
    side_html = f'<aside {n.cls("sidebar")}>' + n.nl.join(side) + "</aside>"

    footer = [f'<footer {n.cls("site-footer")}>']
    if t == 4:
        footer.append(_contact_html(n, c, ctx, "footer"))
    footer.append('<ul class="footer-links"><li><a href="/impressum">Impressum</a></li>'
                  '<li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul>')
    footer.append(n.counter())
    footer.append(f"<p>&copy; {n.r.choice([2024, 2025, 2026])} {n.esc(c.municipality)}</p></footer>")

    if t == 0:
        body = f'<div id="content" {n.cls("col-main")}>{main_html}</div>{side_html}'
    elif t == 1:
        body = f'<div class="container"><main id="main" {n.cls("content")}>{main_html}</main>{side_html}</div>'
    elif t == 2:
        body = (f'<table width="100%" class="layout"><tr><td valign="top" width="70%"><div class="inhalt">{main_html}'
                f'</div></td><td valign="top">{side_html}</td></tr></table>')
    elif t == 3:
        body = f'<main {n.cls("page")}><article class="main-article">{main_html}</article></main>{side_html}'
    else:
        body = f'<div id="inhalt" role="main" {n.cls("content-area")}>{main_html}</div>{side_html}'

    jsonld = ""
    shows_contact = any(b.kind == "contact" for b in spec.blocks) or t in (1, 4)
    if c.structured == "jsonld" and shows_contact:
        jsonld = _jsonld(n, c, ctx)
    meta_charset = (f'<meta charset="{charset}">' if n.r.random() < 0.5
                    else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    doc = n.nl.join([
        "<!DOCTYPE html>",
        '<html lang="de">',
        f"<head>{meta_charset}<title>{n.esc(spec.title)} | {n.esc(c.municipality)}</title>",
        f'<link rel="stylesheet" href="/assets/{TEMPLATE_NAMES[t]}.css?v={n.r.randint(1000, 99999)}">',
        f"<style>{_css(t)}</style>",
        jsonld,
        f'<script nonce="{n.r.getrandbits(64):016x}">window.cms={{"build":"{n.r.getrandbits(32):08x}",'
        f'"page":"{spec.path}","ts":{n.r.randint(1_700_000_000, 1_800_000_000)}}};</script>',
        "</head>",
        f'<body {n.cls("tpl-" + TEMPLATE_NAMES[t])}>',
        _cookie(n),
        _header(n, c),
        _nav(n, c, base),
        f'<div class="breadcrumb">Sie sind hier: <a href="{n.link("/")}">Startseite</a> &gt; '
        f'<a href="{n.link(base + "index.html")}">Integration</a> &gt; {n.esc(spec.title)}</div>',
        body,
        n.nl.join(footer),
        f"<!-- page generated in {n.r.random():.4f}s, node {n.r.randint(1, 8)} -->",
        "</body></html>",
    ])
    if charset == "utf-8":
        return doc.encode("utf-8")
    return doc.encode("iso-8859-1", "xmlcharrefreplace")


def render_pdf(c: Centre, spec: PageSpec, rng: random.Random) -> bytes:
    paras = [("h" if b.kind == "h" else "p", "; ".join(b.data) if b.kind == "ul" else b.data) for b in spec.blocks]
    created = (f"{rng.choice([2024, 2025, 2026])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
               f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}")
    return make_pdf(paras, spec.title, created, "%032x" % rng.getrandbits(128),
                    f"CMS PDF Export {rng.randint(1, 9)}.{rng.randint(0, 20)}")
