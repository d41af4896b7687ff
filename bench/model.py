"""The facts of a synthetic centre, the pages that show them, and the labelled changes.

A centre is a `Facts` value; `build_pages` turns facts into page specs (title + content
blocks, free of noise); `apply_changes` returns new facts plus the labelled changes. Noise is
added only when a page spec is rendered to bytes (render.py), so two versions whose specs are
equal carry the same facts by construction.
"""

from __future__ import annotations

import copy
import random
import unicodedata
from dataclasses import dataclass, field

from bench import vocab

PAGES_PER_CENTRE = 20
KINDS = ["address", "head", "parent_unit", "reorganisation", "contact", "people", "programmes",
         "page_added", "page_removed"]


def slugify(text: str) -> str:
    t = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    out = "".join(c if c.isalnum() else "-" for c in t)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


@dataclass(frozen=True)
class Phone:
    area: str  # with trunk 0: "0203"
    sub: str  # subscriber digits

    @property
    def e164(self) -> str:
        return "+49" + self.area[1:] + self.sub


@dataclass(frozen=True)
class Person:
    name: str  # display incl. title: "Dr. Anna Müller"
    gender: str  # "f" / "m"
    role: str
    phone: Phone | None = None
    email: str = ""


@dataclass(frozen=True)
class News:
    nid: str  # file stem
    date: str  # dd.mm.yyyy
    title: str
    paras: tuple[str, ...]
    mentions_head: bool = False


@dataclass
class Facts:
    street: str  # canonical, "Lindenstraße 12"
    plz: str
    city: str
    building: str  # label of the address, e.g. "Bezirksamt Mitte"
    phone: Phone
    fax: Phone
    email: str
    head: Person
    deputy: Person
    team: list[Person]
    chair: Person
    clerk: Person
    parent_unit: str
    founded: str  # dd.mm.yyyy
    fields: list[str]
    programmes: list[str]
    news: list[News]
    projects: list[tuple[str, str, tuple[str, ...]]]  # slug, title, paragraphs
    hours: str
    intro: tuple[str, ...]
    reorg: tuple[str, str, str] | None = None  # (new unit, in-force dd.mm.yyyy, council dd.mm.yyyy)

    def address_display(self) -> str:
        return f"{self.street}, {self.plz} {self.city}"


@dataclass
class Centre:
    index: int
    slug: str
    town: str
    kind: str  # "Kreis" / "kreisfreie Stadt"
    name: str
    municipality: str
    regierungsbezirk: str
    domain: str
    template: int  # 0..4, see render.TEMPLATES
    structured: str  # "microdata" / "jsonld" / "none"
    flip_pages: tuple[str, ...]  # pages whose charset flips between versions
    base_charset: str  # "utf-8" or "iso-8859-1"


@dataclass
class Block:
    kind: str  # h, p, ul, contact, people, links, downloads, newslist, calendar_slot
    data: object

    def key(self):
        return (self.kind, _freeze(self.data))


def _freeze(x):
    if isinstance(x, (list, tuple)):
        return tuple(_freeze(i) for i in x)
    if isinstance(x, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in x.items()))
    if isinstance(x, (Person, Phone, News)):
        return repr(x)
    return x


@dataclass
class PageSpec:
    path: str  # relative to the centre: "kontakt.html", "news/2024-fachtag.html", "flyer.pdf"
    title: str
    blocks: list[Block]
    kind: str = "html"  # html / pdf
    facts: dict = field(default_factory=dict)  # canonical facts this page shows (for the truth file)

    def key(self):
        return (self.path, self.title, self.kind, tuple(b.key() for b in self.blocks))


# ------------------------------------------------------------------------------------------
# generation of a centre


def town_name(i: int, seed: int) -> str:
    rng = random.Random(f"town:{seed}")
    combos = [(p, s, x) for p in vocab.TOWN_PREFIX for s in vocab.TOWN_STEM for x in vocab.TOWN_SUFFIX]
    rng.shuffle(combos)
    seen: set[str] = set()
    out = []
    for p, s, x in combos:
        stem = s + x
        name = p + stem.capitalize() if p.endswith(" ") else (p + stem).capitalize()
        if name in seen:
            continue
        seen.add(name)
        out.append(name)
        if len(out) > i:
            break
    return out[i]


def new_phone(rng: random.Random, area: str | None = None, length: int | None = None) -> Phone:
    if area is None:
        area, length = rng.choice(vocab.AREA_CODES)
    sub = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
    return Phone(area, sub)


def new_person(rng: random.Random, role_of: dict | str, domain: str, central: Phone, taken: set[str]) -> Person:
    while True:
        gender = rng.choice("fm")
        first = rng.choice(vocab.FIRST_F if gender == "f" else vocab.FIRST_M)
        last = rng.choice(vocab.SURNAMES)
        title = rng.choice(vocab.TITLES)
        name = f"{title}{first} {last}"
        if f"{first} {last}" not in taken:
            taken.add(f"{first} {last}")
            break
    role = role_of[gender] if isinstance(role_of, dict) else role_of
    local = slugify(first)[0] + "." + slugify(last).replace("-", "")
    ext = central.sub[: len(central.sub) - 3] + "".join(str(rng.randint(0, 9)) for _ in range(3))
    return Person(name, gender, role, Phone(central.area, ext), f"{local}@{domain}")


def new_street(rng: random.Random) -> str:
    if rng.random() < 0.25:
        street = rng.choice(vocab.STREET_PHRASE)
    else:
        stem = rng.choice(vocab.STREET_STEM)
        suffix = rng.choice(vocab.STREET_SUFFIX)
        if stem.endswith(" ") or stem.endswith("-"):
            suffix = suffix[0].upper() + suffix[1:]
        street = stem + suffix
    n = rng.randint(1, 180)
    r = rng.random()
    if r < 0.15:
        number = f"{n}-{n + 2}"
    elif r < 0.3:
        number = f"{n}{rng.choice('abc')}"
    else:
        number = str(n)
    return f"{street} {number}"


def new_unit(rng: random.Random, avoid: str = "") -> str:
    while True:
        pattern = rng.choice(vocab.PARENT_UNITS)
        unit = pattern.format(roman=rng.choice(vocab.ROMAN), n=rng.randint(2, 70))
        if unit != avoid:
            return unit


def make_news(rng: random.Random, k: int, year: int, used: set[str]) -> News:
    topic = rng.choice(vocab.NEWS_TOPICS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    nid = f"{year}-{month:02d}-{slugify(topic)[:40]}"
    while nid in used:
        nid += "-2"
    used.add(nid)
    paras = []
    for _ in range(rng.randint(3, 5)):
        sents = rng.sample(vocab.NEWS_SENTENCES, 3)
        paras.append(" ".join(s.format(n=rng.randint(20, 300)) for s in sents))
    return News(nid, f"{day:02d}.{month:02d}.{year}", topic, tuple(paras), mentions_head=rng.random() < 0.3)


def make_centre(i: int, seed: int) -> tuple[Centre, Facts]:
    rng = random.Random(f"centre:{seed}:{i}")
    town = town_name(i, seed)
    kind = vocab.KREIS_KIND if rng.random() < 0.55 else vocab.CITY_KIND
    municipality = f"Kreis {town}" if kind == vocab.KREIS_KIND else town
    name = f"Kommunales Integrationszentrum {municipality}"
    slug = slugify(municipality)
    domain = ("kreis-" if kind == vocab.KREIS_KIND else "stadt-") + slugify(town) + ".de"
    template = i % 5
    structured = {0: "microdata", 1: "jsonld", 2: "none", 3: "jsonld", 4: "none"}[template]
    if rng.random() < 0.3:  # some sites of every template carry the other kind of structured data
        structured = rng.choice(["microdata", "jsonld", "none"])
    flip = tuple(sorted(rng.sample(["index.html", "kontakt.html", "team.html", "ueber-uns.html", "programme.html"], 2)))
    base_charset = "iso-8859-1" if template == 2 or rng.random() < 0.2 else "utf-8"
    centre = Centre(i, slug, town, kind, name, municipality, rng.choice(vocab.REGIERUNGSBEZIRKE), domain,
                    template, structured, flip, base_charset)

    area, length = rng.choice(vocab.AREA_CODES)
    phone = new_phone(rng, area, length)
    fax = Phone(area, phone.sub[:-2] + f"{rng.randint(10, 99)}")
    taken: set[str] = set()
    head = new_person(rng, vocab.HEAD_ROLE, domain, phone, taken)
    deputy = new_person(rng, vocab.DEPUTY_ROLE, domain, phone, taken)
    team = [new_person(rng, role, domain, phone, taken) for role in rng.sample(vocab.TEAM_ROLES, rng.randint(4, 7))]
    chair = new_person(rng, vocab.COUNCIL_ROLES["chair"], domain, phone, taken)
    clerk = new_person(rng, vocab.COUNCIL_ROLES["clerk"], domain, phone, taken)
    used: set[str] = set()
    news = sorted((make_news(rng, k, rng.choice([2023, 2024, 2025]), used) for k in range(5)),
                  key=lambda n: (n.date[6:], n.date[3:5], n.date[:2]), reverse=True)
    projects = []
    for pslug, ptitle in rng.sample(vocab.PROJECT_TOPICS, 4):
        paras = tuple(" ".join(rng.sample(vocab.FILLER, 3)) for _ in range(rng.randint(2, 4)))
        projects.append((pslug, ptitle, paras))
    facts = Facts(
        street=new_street(rng),
        plz=f"{rng.randint(32, 59)}{rng.randint(0, 999):03d}",
        city=town,
        building=rng.choice(["Rathaus", "Stadthaus", "Kreishaus", "Bezirksamt Mitte", "Verwaltungsgebäude II", "Bildungshaus"]),
        phone=phone,
        fax=fax,
        email=f"{rng.choice(vocab.CENTRAL_MAILBOXES)}@{domain}",
        head=head,
        deputy=deputy,
        team=team,
        chair=chair,
        clerk=clerk,
        parent_unit=new_unit(rng),
        founded=f"01.{rng.choice(['01', '04', '08', '10'])}.{rng.choice([2013, 2014])}",
        fields=rng.sample(vocab.FIELDS_OF_ACTION, 4),
        programmes=rng.sample(vocab.PROGRAMMES, rng.randint(4, 7)),
        news=news,
        projects=projects,
        hours=rng.choice(vocab.HOURS),
        intro=tuple(rng.sample(vocab.FILLER, 5)),
    )
    return centre, facts


# ------------------------------------------------------------------------------------------
# pages of a centre


def contact_block(c: Centre, f: Facts, with_head: bool) -> Block:
    return Block("contact", {
        "org": c.name, "unit": f.parent_unit, "building": f.building, "street": f.street, "plz": f.plz,
        "city": f.city, "phone": f.phone, "fax": f.fax, "email": f.email,
        "head": f.head if with_head else None, "hours": f.hours,
    })


def _merge(*dicts: dict) -> dict:
    out: dict = {}
    for d in dicts:
        for k, v in d.items():
            out.setdefault(k, [])
            out[k] += [x for x in v if x not in out[k]]
    return out


def pdf_safe(text: str) -> bool:
    """Whether the simple PDF writer (WinAnsi fonts) can show the text unchanged."""
    try:
        text.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def build_pages(c: Centre, f: Facts) -> list[PageSpec]:
    """The ~20 pages of one centre (noise-free specs)."""
    head_sentence = f"{f.head.role}: {f.head.name}"
    addr = {"street": f.street, "plz": f.plz, "city": f.city}
    contact_facts = {"addresses": [addr], "phones": [f.phone.e164, f.fax.e164], "emails": [f.email],
                     "parent_units": [f.parent_unit]}
    chrome_facts = {}
    if c.template in (1, 4):  # contact box in the sidebar / footer of every page
        chrome_facts = copy.deepcopy(contact_facts)
    pages: list[PageSpec] = []

    def add(path, title, blocks, kind="html", **facts):
        merged = copy.deepcopy(chrome_facts) if kind == "html" else {}
        for k, v in facts.items():
            merged.setdefault(k, [])
            for item in v:
                if item not in merged[k]:
                    merged[k].append(item)
        pages.append(PageSpec(path, title, blocks, kind, merged))

    news_links = [(f"news/{n.nid}.html", n.date, n.title) for n in f.news]
    add("index.html", c.name, [
        Block("h", c.name),
        Block("p", " ".join(f.intro[:3])),
        Block("p", f"Das {c.name} wurde zum {f.founded} eingerichtet und ist organisatorisch dem Bereich {f.parent_unit} zugeordnet."),
        Block("p", head_sentence),
        Block("h", "Aktuelles"),
        Block("newslist", news_links[:3]),
        Block("p", " ".join(f.intro[3:])),
    ] + ([contact_block(c, f, with_head=False)] if c.template in (0, 2, 3) else []),
        **_merge({"head": [f.head.name], "parent_units": [f.parent_unit]},
                 contact_facts if c.template in (0, 2, 3) else {}))

    kontakt_blocks = [Block("h", "Kontakt und Anfahrt")]
    if c.template in (0, 2, 3):
        kontakt_blocks.append(contact_block(c, f, with_head=True))
    else:
        kontakt_blocks.append(Block("p", f"Leitung: {f.head.name}"))
    kontakt_blocks += [
        Block("p", f"Öffnungszeiten: {f.hours}"),
        Block("p", "Das Gebäude ist barrierefrei erreichbar. Parkplätze stehen in der Tiefgarage zur Verfügung."),
    ]
    add("kontakt.html", "Kontakt", kontakt_blocks,
        **_merge({"head": [f.head.name]}, contact_facts if c.template in (0, 2, 3) else {}))

    team = [f.head, f.deputy] + f.team
    add("team.html", "Team", [
        Block("h", "Unser Team"),
        Block("p", vocab.FILLER[8]),
        Block("people", team),
    ], head=[f.head.name], people=[p.name for p in team], phones=[p.phone.e164 for p in team],
        emails=[p.email for p in team])

    history = [
        Block("h", "Über uns"),
        Block("p", f"Zum {f.founded} wurde gemäß Beschluss des {'Kreistages' if c.kind == 'Kreis' else 'Rates der Stadt'} "
                   f"und mit Genehmigung durch das Land ein Kommunales Integrationszentrum gemäß § 7 Teilhabe- und "
                   f"Integrationsgesetz eingerichtet."),
        Block("p", f"Organisatorisch ist das Kommunale Integrationszentrum dem Bereich {f.parent_unit} zugeordnet."),
        Block("p", " ".join(f.intro)),
    ]
    if f.reorg:
        unit, in_force, council = f.reorg
        history.insert(1, Block("p", (
            f"Aktuelles: {'Der Kreistag' if c.kind == 'Kreis' else 'Der Rat'} hat am {council} die Neuordnung der "
            f"Dezernatsverteilung beschlossen. Das Kommunale Integrationszentrum wird dem neuen {unit} zugeordnet. "
            f"Die neue Zuordnung tritt zum {in_force} in Kraft.")))
    add("ueber-uns.html", "Über uns", history, parent_units=[f.parent_unit])

    project_links = [(f"projekte/{s}.html", t) for s, t, _ in f.projects]
    add("handlungsfelder.html", "Handlungsfelder", [
        Block("h", "Handlungsfelder"),
        Block("p", "Das Kommunale Integrationszentrum verfolgt folgende Handlungsfelder:"),
        Block("ul", list(f.fields)),
        Block("h", "Projekte"),
        Block("links", project_links),
    ], fields=list(f.fields))

    add("programme.html", "Programme", [
        Block("h", "Programme und Angebote"),
        Block("p", "Folgende Landesprogramme und Angebote werden vom Kommunalen Integrationszentrum begleitet:"),
        Block("ul", list(f.programmes)),
        Block("p", vocab.FILLER[9]),
    ], programmes=list(f.programmes))

    add("integrationsrat.html", "Integrationsrat", [
        Block("h", "Integrationsrat"),
        Block("p", "Die Geschäftsstelle des Integrationsrates ist beim Kommunalen Integrationszentrum angesiedelt."),
        Block("people", [f.chair, f.clerk]),
    ], people=[f.chair.name, f.clerk.name])

    add("aktuelles.html", "Aktuelles", [
        Block("h", "Aktuelles"),
        Block("newslist", news_links),
    ])

    downloads = [("flyer.pdf", f"Flyer {c.name}", "1,7 MiB"), ("jahresbericht.pdf", "Jahresbericht", "2,4 MiB")]
    add("downloads.html", "Links und Downloads", [
        Block("h", "Links und Downloads"),
        Block("downloads", downloads),
        Block("p", "Weitere Materialien erhalten Sie auf Anfrage."),
    ])

    for n in f.news:
        paras = list(n.paras)
        if n.mentions_head:
            paras.insert(1, f"{'Die Leiterin' if f.head.gender == 'f' else 'Der Leiter'} des Kommunalen "
                            f"Integrationszentrums, {f.head.name}, begrüßte die Gäste.")
        add(f"news/{n.nid}.html", n.title, [Block("h", n.title), Block("p", n.date)] + [Block("p", p) for p in paras])

    for s, t, paras in f.projects:
        add(f"projekte/{s}.html", t, [Block("h", t)] + [Block("p", p) for p in paras])

    add("flyer.pdf", f"Flyer {c.name}", [
        Block("h", c.name),
        Block("p", " ".join(f.intro[:2])),
        Block("h", "Unsere Programme"),
        Block("ul", list(f.programmes)),
        Block("h", "Kontakt"),
        Block("p", f"{c.name}"),
        Block("p", f"{f.street}, {f.plz} {f.city}"),
        Block("p", f"Telefon {f.phone.area} {f.phone.sub}"),
        Block("p", f"E-Mail {f.email}"),
    ], kind="pdf", addresses=[addr], phones=[f.phone.e164], emails=[f.email], programmes=list(f.programmes))

    add("jahresbericht.pdf", "Jahresbericht", [
        Block("h", f"Jahresbericht des {c.name}"),
        Block("p", " ".join(f.intro)),
        Block("p", " ".join(vocab.FILLER[10:15])),
    ] + ([Block("p", f"{f.head.name}, {f.head.role}")] if pdf_safe(f.head.name) else []),
        kind="pdf", **({"head": [f.head.name]} if pdf_safe(f.head.name) else {}))
    return pages


# ------------------------------------------------------------------------------------------
# labelled changes


def choose_kinds(c: Centre, seed: int) -> list[str]:
    rng = random.Random(f"kinds:{seed}:{c.index}")
    if c.index % 8 == 7:
        return []  # some centres do not change at all
    kinds = {KINDS[c.index % len(KINDS)]}
    for k in rng.sample(KINDS, rng.choice([0, 0, 1, 1, 2])):
        kinds.add(k)
    return sorted(kinds, key=KINDS.index)


def apply_changes(c: Centre, f: Facts, seed: int) -> tuple[Facts, list[dict]]:
    """New facts for the changes version and the list of labelled changes (without urls)."""
    rng = random.Random(f"changes:{seed}:{c.index}")
    g = copy.deepcopy(f)
    out: list[dict] = []
    taken = {p.name.replace("Dr. ", "") for p in [f.head, f.deputy, f.chair, f.clerk] + f.team}

    def label(kind, old, new, match, tolerate=(), page=None):
        out.append({"centre": c.slug, "kind": kind, "old": old, "new": new, "match": match,
                    "tolerate": list(tolerate), "page": page})

    for kind in choose_kinds(c, seed):
        if kind == "address":
            while True:
                street = new_street(rng)
                if street.split()[0] != f.street.split()[0]:
                    break
            g.street = street
            if rng.random() < 0.3:
                g.plz = f"{rng.randint(32, 59)}{rng.randint(0, 999):03d}"
            label(kind, f.address_display(), g.address_display(), [g.street], page="kontakt.html")
        elif kind == "head":
            g.head = new_person(rng, vocab.HEAD_ROLE, c.domain, f.phone, taken)
            label(kind, f.head.name, g.head.name, [g.head.name], tolerate=["people", "contact"], page="team.html")
        elif kind == "people":
            i = rng.randrange(len(f.team))
            old = f.team[i]
            newp = new_person(rng, old.role, c.domain, f.phone, taken)
            g.team[i] = newp
            label(kind, old.name, newp.name, [newp.name, old.name], tolerate=["contact"], page="team.html")
        elif kind == "contact":
            if rng.random() < 0.5:
                g.phone = new_phone(rng, f.phone.area, len(f.phone.sub))
                label(kind, f.phone.e164, g.phone.e164, [g.phone.e164], page="kontakt.html")
            else:
                while True:
                    g.email = f"{rng.choice(vocab.CENTRAL_MAILBOXES + ['ki-team', 'integration-bildung'])}@{c.domain}"
                    if g.email != f.email:
                        break
                label(kind, f.email, g.email, [g.email], page="kontakt.html")
        elif kind == "parent_unit":
            g.parent_unit = new_unit(rng, avoid=f.parent_unit)
            label(kind, f.parent_unit, g.parent_unit, [g.parent_unit], page="ueber-uns.html")
        elif kind == "programmes":
            if rng.random() < 0.5 and len(f.programmes) > 3:
                gone = rng.choice(f.programmes)
                g.programmes = [p for p in f.programmes if p != gone]
                label(kind, gone, "", [gone], page="programme.html")
            else:
                new = rng.choice([p for p in vocab.PROGRAMMES if p not in f.programmes])
                g.programmes = f.programmes + [new]
                label(kind, "", new, [new], page="programme.html")
        elif kind == "reorganisation":
            unit = rng.choice(vocab.NEW_UNITS)
            year = 2026
            in_force = f"01.{rng.choice(['01', '04', '07'])}.{year}"
            council = f"{rng.randint(10, 28)}.{rng.choice(['09', '10', '11'])}.{year - 1}"
            g.reorg = (unit, in_force, council)
            iso = f"{in_force[6:]}-{in_force[3:5]}-{in_force[:2]}"
            label(kind, "", f"{unit} (ab {iso})", [unit, iso, in_force], page="ueber-uns.html")
        elif kind == "page_added":
            used = {n.nid for n in f.news}
            n = make_news(rng, 9, 2026, used)
            n = News(n.nid, n.date, n.title, n.paras, mentions_head=False)
            g.news = [n] + f.news
            label(kind, "", f"news/{n.nid}.html", [f"news/{n.nid}.html"], page=f"news/{n.nid}.html")
        elif kind == "page_removed":
            s, t, _ = rng.choice(f.projects)
            g.projects = [p for p in f.projects if p[0] != s]
            label(kind, f"projekte/{s}.html", "", [f"projekte/{s}.html"], page=f"projekte/{s}.html")
    return g, out
