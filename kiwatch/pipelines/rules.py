"""Extraction heuristics as data: the one place to extend when a new site needs it.

Everything site- or language-specific that the extractor matches lives here, most specific
first where order matters (first match wins). Code in ``pipelines/extract/`` and in ``normalise.py`` only
combines these tables; a new CMS template should mostly need a new keyword, not new code.
"""

from __future__ import annotations

import re

from kiwatch.pipelines.firstchar import led
from kiwatch.pipelines.gate import gated

# --------------------------------------------------------------------------- boilerplate

#: Tags whose content is never visible text.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "video", "audio", "map", "button", "select", "option", "input", "textarea",
        "head", "title", "meta", "link",
    }
)

#: Tags that are page chrome whatever their content.
STRONG_BOILERPLATE_TAGS = frozenset({"nav", "form"})

#: Tags that are usually chrome but may hold the centre's contact box (kept when they do).
WEAK_BOILERPLATE_TAGS = frozenset({"header", "footer", "aside"})

#: ARIA roles of chrome.
STRONG_BOILERPLATE_ROLES = frozenset({"navigation", "search", "banner", "menubar", "menu", "dialog", "alertdialog"})
WEAK_BOILERPLATE_ROLES = frozenset({"contentinfo", "complementary"})

#: class/id tokens (or token prefixes) that mark chrome which never carries centre data.
#: Matched against tokens of class/id split at non-letters: "widget_calendar" -> widget, calendar.
STRONG_BOILERPLATE_KEYWORDS = (
    "calendar", "kalender", "cal", "datepicker", "counter", "zaehler", "hitcount", "visitor",
    "cookie", "consent", "gdpr", "dsgvo", "breadcrumb", "brotkrume", "search", "suche", "suchen",
    "social", "share", "sharing", "teilen", "comment", "kommentar", "nav", "navi", "menu", "menue",
    "skip", "skiplink", "pagination", "pager", "toolbar", "language", "sprachwahl", "print",
    "weather", "wetter", "ticker", "rss", "tagcloud", "archive",
)

#: Tokens that are usually chrome (sidebars, teasers, footers) but may be a contact box: such an
#: element is dropped only when it holds no contact evidence (see CONTACT_EVIDENCE_RE).
WEAK_BOILERPLATE_KEYWORDS = (
    "widget", "sidebar", "aside", "footer", "header", "masthead", "banner", "teaser", "related",
    "promo", "ads", "advert", "werbung", "events", "termine", "gallery", "galerie", "media",
    "recent", "popular", "meta", "service", "links",
    # a slider of news is chrome, a slider of the team is the page's own (name and role cards);
    # a news slider that names a role is a list of links to other pages (extract/lists.is_link_list)
    "slider", "carousel", "swiper", "slick",
)

#: class/id tokens a page builder gives every block of a page ("elementor-widget-text-editor"): chrome
#: words elsewhere, the page's own blocks where its title (the h1) sits in one (extract/boilerplate).
BUILDER_BLOCK_TOKENS = frozenset({"widget"})

#: class/id tokens of page chrome that may hold a card (hCard, microdata) of its own: a card inside
#: is read with the chrome's owner (extract/structured.py, extract/chrome.py), not as the page's.
CHROME_CARD_TOKENS = frozenset({"sidebar", "aside", "footer", "widget", "marginal", "seitenspalte", "randspalte"})

#: class/id tokens of a component of the content (a card, a panel): its "header" or "footer" part
#: ("card-footer", "panel-heading") is the component's, not the page's chrome.
COMPONENT_TOKENS = frozenset({"card", "panel", "box", "tile", "kachel", "accordion", "tab", "person", "contact", "kontakt"})

#: class/id tokens of tab panels and accordions: hidden until clicked, still the page's text.
DISCLOSURE_TOKENS = frozenset({"tab", "tabs", "tabpanel", "tabcontent", "accordion", "collapse", "collapsible", "panel", "toggle", "details"})

#: Keywords that must not be taken as a prefix match (too short / too common as word starts).
EXACT_ONLY_KEYWORDS = frozenset({"cal", "nav", "ads", "meta", "media", "print", "links", "service", "share"})

#: Contact evidence inside a weak-boilerplate element: e-mail/phone labels, postal codes, roles.
CONTACT_EVIDENCE_RE = led(re.compile(
    r"(?:\bTel(?:efon)?\b|\bFax\b|@|\(at\)|\[at\]|\b\d{5}\s+[A-ZÄÖÜ]|"
    # a phone number itself, labelled or not ("Telefonzentrale 0234 567-0", "+49 234 …")
    r"(?<![\d.,])\(?0\d{2,5}\)?\s?[/ –-]\s?\d{2,}|\+\d{2}\s?\(?\d|"
    r"\bLeit(?:er|erin|ung)\b|\bAnsprechpartner|\bKontakt\b|\bAnschrift\b|\bSprechzeiten\b"
    # a box that says where the centre belongs ("Organisationseinheit: Fachbereich 4", "Zugeordnet: Amt 51")
    r"|\b(?:Organisationseinheit|Organisatorische\s+Zuordnung|Zugeordnet|Zuordnung|Gehört\s+zu|Übergeordnete\s+\w+)\s*:)"
))

#: Headings of a listing that changes as time passes (news, dates): under one, lines that start with
#: a date are entries of the listing, not the page's own text (document.py).
LISTING_HEADING_RE = re.compile(
    r"^(?:(?:Nächste|Kommende|Aktuelle|Weitere|Unsere|Alle)\s+)?(?:Termine|Veranstaltungen|Veranstaltungshinweise|Veranstaltungskalender"
    r"|Aktuelles|Neuigkeiten|Meldungen|Nachrichten|Pressemitteilungen|News|Events?|Dates)\b"
    r"|^(?:Upcoming|Latest|Recent)\s+(?:events|news|dates)\b", re.IGNORECASE)

#: Headings of the page's own history: dated entries under them are its text, no rotating listing.
HISTORY_HEADING_RE = re.compile(r"\b(?:Geschichte|Chronik|Historie|Meilensteine|Rückblick|Entstehung|History|Milestones|Timeline)\b", re.IGNORECASE)

#: Headings of a section that shows other pages of the site (it rotates as they are published or
#: read): never the page's own text (extract/lists.related_sections).
RELATED_HEADING_RE = re.compile(
    r"^\W{0,3}(?:(?:Weitere|Ähnliche|Verwandte|Passende|Andere|Neueste|Beliebte|Meistgelesene|Zuletzt\s+gelesene)\s+"
    r"(?:Meldungen|Pressemitteilungen|Artikel|Beiträge|Nachrichten|News|Themen|Inhalte|Seiten|Links)\b"
    r"|Das\s+könnte\s+Sie\s+(?:auch|ebenfalls)\s+interessieren|(?:Auch|Ebenfalls)\s+interessant|Lesen\s+Sie\s+auch|Mehr\s+zum\s+Thema"
    r"|Meistgelesen|Meist\s+gelesen|Beliebt|Related\s+(?:articles|news|content|pages|links)|More\s+news|You\s+might\s+also\s+like"
    r"|Read\s+also|See\s+also)\b", re.IGNORECASE)
#: A consent banner's line ("Wir verwenden Cookies …"): no text of the page.
CONSENT_RE = led(re.compile(r"\bCookies?\b|\bCookie-\w+", re.IGNORECASE))

#: Words of a stamp that says when a page was last changed ("Zuletzt geändert: …", "Stand: …"): a
#: date under one is no publication date, so it does not make an article a news item.
MODIFIED_STAMP_RE = re.compile(
    r"\b(?:zuletzt|letzte[rn]?|geändert|aktualisiert|Änderung|Aktualisierung|Stand|bearbeitet|updated|modified|changed|revised)\b",
    re.IGNORECASE)

#: Weekday header of a month calendar widget: enough to drop a table without any class hint.
CALENDAR_HEADER_RE = re.compile(r"\bMo\s+Di\s+Mi\s+Do\s+Fr\s+Sa\s+So\b|\bMon?\s+Tue?\s+Wed?\s+Thu?\s+Fri?\s+Sat?\s+Sun?\b")

#: Elements preferred as the main content container, most specific first: (what is compared,
#: the values it may have) — an attribute's whole value ("role", "id"), one of the element's
#: class tokens ("class"), or the tag ("tag"); several <article>s are a teaser list, no main one.
MAIN_CONTENT = (
    ("role", ("main",)),
    ("tag", ("main",)),
    ("id", ("content", "main-content", "maincontent", "inhalt", "main")),
    ("tag", ("article",)),
    ("class", ("content", "main-content", "inhalt")),
)

#: Block-level tags: their text becomes its own line. Table cells are not: a row reads as one
#: line ("Telefon 0203 …", "Integrationsrat 30.10.2023 Kenntnisnahme").
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)

# --------------------------------------------------------------------------- volatile text

#: Snippets that change without the page changing: removed before diffing and extraction.
#: Each entry has lower-case hints; the (slower) regex only runs when one occurs in the text.
VOLATILE_PATTERNS = (
    # download hit counters: "(1,7 MiB, 495 Zugriffe)"
    (("zugriffe", "downloads", "aufrufe", "heruntergeladen"), re.compile(r"\(\s*[\d.,]+\s*(?:[KMGT]i?B|[kK]B|Bytes?)\s*,\s*[\d.]+\s*(?:Zugriffe|Downloads|Aufrufe|mal heruntergeladen)\s*\)")),
    (("zugriffe", "aufrufe", "besucher", "views", "gelesen", "heruntergeladen"), re.compile(r"\b\d[\d.]*[ \t]+(?:Zugriffe|Seitenaufrufe|Aufrufe|Besucher(?:innen)?|Views|mal gelesen|mal heruntergeladen)\b")),
    (("zugriffe", "aufrufe", "besucher", "zähler"), re.compile(
        # "Zugriffe: 1.234", "Besucherzähler: 5", "Sie sind Besucher Nr. 123.456" (not "Besucher 2024 …")
        r"(?:\bSie sind\s+)?\b(?:(?:Seitenaufrufe|Zugriffe|Aufrufe)(?:[ \t]+(?:dieser|der)[ \t]+Seite|[ \t]+heute|[ \t]+gesamt)?[ \t]*:?[ \t]*|(?:Download|Zugriffs|Besucher)-?[Zz]ähler[ \t]*:?[ \t]*|Besucher(?:in)?(?:zähler)?(?:[ \t]+(?:heute|gesamt|online))?(?:[ \t]+(?:Nr\.|Nummer)[ \t]*|[ \t]*:[ \t]*))\d[\d.]*"
    )),
    # "Stand: 12.03.2023", "zuletzt aktualisiert am 1. März 2023 um 10:12 Uhr"
    (("stand", "änderung", "aktualis", "geändert", "bearbeitet", "erstellt", "updated", "modified", "druck", "abgerufen"), re.compile(
        r"\b(?:Stand|Letzte Änderung|Letzte Aktualisierung|(?:Seite\s+)?Zuletzt (?:aktualisiert|geändert|bearbeitet)"
        r"|Aktualisiert|Seite (?:erstellt|aktualisiert)|(?:Druckansicht|Dokument|Ausdruck)\s+erstellt|Druckversion|Druckansicht|Druckfassung|Druckdatum|Abgerufen|Ausgedruckt|Last (?:updated|modified))[ \t]*(?:am|vom|:)?[ \t]*:?[ \t]*"
        r"(?:\d{1,2}\.[ \t]*(?:\d{1,2}\.|[A-ZÄÖÜa-zäöü]+)[ \t]*\d{2,4}|\d{4}-\d{2}-\d{2}|[A-ZÄÖÜa-zäöü]+[ \t]+\d{4})"
        # an optional time on the same line; never the next line's date ("Stand: …\n02.04.2025")
        r"(?:[ \t]*(?:,|um)?[ \t]*\d{1,2}[:.]\d{2}(?![.\d])(?:[ \t]*Uhr)?)?",
        re.IGNORECASE,
    )),
    # an edit stamp that names its editor: "Seite zuletzt bearbeitet von M. Schulz am 13.11.2026, 10:14 Uhr"
    (("bearbeitet", "geändert", "aktualisiert", "editiert"), re.compile(
        r"\b(?:(?:Seite|Inhalt)[ \t]+)?(?:[Zz]uletzt[ \t]+)?(?:bearbeitet|geändert|aktualisiert|editiert)[ \t]+(?:von|durch)[ \t]+"
        r"(?:[A-ZÄÖÜ][\w.'-]*[ \t]+){1,3}am[ \t]+\d{1,2}\.[ \t]?(?:\d{1,2}\.|[A-ZÄÖÜa-zäöü]+)[ \t]?\d{2,4}"
        r"(?:[ \t]*(?:,|um)?[ \t]*\d{1,2}[:.]\d{2}(?![.\d])(?:[ \t]*Uhr)?)?")),
    # the session's time left: "Ihre Sitzung läuft in 19:59 Minuten ab."
    (("sitzung", "session"), re.compile(
        r"\b(?:Ihre[ \t]+Sitzung[ \t]+(?:läuft|endet)[ \t]+in[ \t]+\d{1,3}(?::\d{2})?[ \t]+Minuten(?:[ \t]+ab)?"
        r"|Your[ \t]+session[ \t]+(?:expires|ends)[ \t]+in[ \t]+\d{1,3}(?::\d{2})?[ \t]+minutes)\b\.?", re.IGNORECASE)),
    # a copyright year, which turns with the calendar: "© 2026 Stadt X"
    (("©",), re.compile(r"©[ \t]*(?:19|20)\d{2}(?:[ \t]*[–-][ \t]*(?:19|20)\d{2})?")),
    # month calendar grid left in plain text: "< April 2018 > Mo Di Mi Do Fr Sa So 1 2 3 …"
    (("mo di mi",), re.compile(
        r"<?\s*\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
        r"\s+\d{4}\s*>?\s*Mo\s+Di\s+Mi\s+Do\s+Fr\s+Sa\s+So(?:\s+\d{1,2}\b)*"
    )),
    # today's hours, which the site fills in at the visit: "Sprechzeiten heute: 8:00–12:00 Uhr",
    # "Heute: geschlossen", "Öffnungszeiten heute (Mittwoch): 9–12 und 14–16 Uhr"
    (("heute",), re.compile(
        r"\b(?:(?:Sprech|Öffnungs|Service|Besuchs)zeiten[ \t]+)?heute[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:[ \t]*"
        r"(?:geschlossen|geöffnet|keine[ \t]+Sprechzeiten?"
        r"|\d{1,2}(?:[:.]\d{2})?[ \t]*[–-][ \t]*\d{1,2}(?:[:.]\d{2})?(?:[ \t]*Uhr)?"
        r"(?:[ \t]*(?:,|und|&)[ \t]*\d{1,2}(?:[:.]\d{2})?[ \t]*[–-][ \t]*\d{1,2}(?:[:.]\d{2})?(?:[ \t]*Uhr)?)*)",
        re.IGNORECASE)),
    # a print run, which a reprint changes and nothing else: "Auflage 2.000", "Auflage: 3.000 Exemplare"
    (("auflage",), re.compile(r"\bAuflage[ \t]*:?[ \t]*\d{1,3}(?:[.\s]\d{3})*(?![\d.])(?:[ \t]*(?:Exemplare|Stück|Stk\.))?")),
    # today's opening status: "Heute (Donnerstag, 3. September) geöffnet bis 17:30 Uhr"
    (("heute",), re.compile(r"\b(?:Heute|Jetzt|Aktuell)\b[^\n]{0,40}?\b(?:geöffnet|geschlossen)\b[^\n.]{0,40}", re.IGNORECASE)),
    # the opening status at the time of the visit: "Derzeit geschlossen – morgen ab 8:30 Uhr geöffnet", "Open now"
    (("geöffnet", "geschlossen", "open", "closed"), re.compile(
        r"\b(?:Jetzt|Derzeit|Zurzeit|Zur\s+Zeit|Gerade|Aktuell|Now|Currently)\s+(?:geöffnet|geschlossen|open|closed)\b[^\n.]{0,60}"
        r"|\b(?:Open|Closed)\s+now\b[^\n.]{0,60}"
        # "Geöffnet – schließt um 12:00 Uhr", "Geschlossen – öffnet morgen um 8 Uhr"
        r"|\b(?:geöffnet|geschlossen|open|closed)[ \t]*[–—-][ \t]*(?:schließt|öffnet|closes|opens)\b[^\n.]{0,60}", re.IGNORECASE)),
    # a rating widget: "Bisher 4,2 von 5 Sternen (118 Bewertungen)", "4.3 out of 5 stars (121 ratings)"
    (("sterne", "stars", "bewertung", "ratings", "votes", "stimmen"), re.compile(
        r"\b\d(?:[.,]\d)?\s+(?:von|out\s+of|/)\s+\d\s+(?:Sternen|Sterne|stars)\b|\(?\b\d[\d.]*\s+(?:Bewertungen|Stimmen|ratings|votes)\b\)?",
        re.IGNORECASE)),
    # session ids leaking into text
    (("=",), re.compile(r"\b(?:PHPSESSID|JSESSIONID|jsessionid|sid|sessionid)=[\w-]+", re.IGNORECASE)),
)

#: Page stamps and counters as a general form, in any language: a short line (or a " · "/" | "
#: segment of one) made only of dates, times, numbers and the words below, with at least one
#: STAMP_TRIGGER_WORDS word, says when the page was built, printed or visited, never what it says
#: ("Last updated: November 30, 2026", "Seite erstellt am 01.12.2026 um 10:15", "Heute ist Montag,
#: der 30. November 2026", "123 Aufrufe · Downloads: 45"). Lower-case words; "Sprechzeiten: Mo
#: 9–12 Uhr" has no trigger and "Stand der Planung: Die Neuordnung …" has other words, so both stay text.
STAMP_TRIGGER_WORDS = frozenset({
    "stand", "datenstand", "zuletzt", "aktualisiert", "aktualisierung", "geändert", "änderung", "bearbeitet", "erstellt",
    "gedruckt", "druckdatum", "ausgedruckt", "abgerufen", "abrufdatum", "generiert", "heute", "today",
    "updated", "update", "modified", "modification", "reviewed", "revised", "changed", "printed", "generated",
    "created", "retrieved", "aufrufe", "seitenaufrufe", "zugriffe", "downloads", "views", "hits", "klicks",
    "clicks", "besucher", "besucherzähler", "zähler", "gelesen", "angesehen", "heruntergeladen", "aufgerufen",
    "hilfreich", "likes", "gefällt", "verändert", "veröffentlicht", "publiziert", "published",
    # computed at the visit: the next free appointment, the waiting time
    "nächste", "nächster", "nächsten", "next", "wartezeit", "waiting",
})
#: Words a stamp line may carry besides its trigger, dates and numbers.
STAMP_FILLER_WORDS = frozenset({
    "am", "um", "vom", "von", "seit", "ab", "bis", "on", "at", "of", "as", "the", "der", "die", "das", "den", "dem",
    "ist", "is", "it", "seite", "page", "diese", "dieser", "dieses", "this", "last", "letzte", "letzter", "letzten",
    "zuletzt", "uhr", "utc", "mez", "mesz", "cet", "cest", "gmt", "pm", "mal", "wurde", "was", "artikel", "article",
    "beitrag", "datum", "date", "time", "zeit", "und", "and", "published", "veröffentlicht", "online", "seiten",
    "inhalt", "inhalts", "information", "informationen", "gesamt", "total", "insgesamt", "nr", "no", "version",
    "we", "heute", "jetzt", "now", "sie", "sind", "you", "are", "visitor", "by", "durch", "redaktion",
    # relative times ("Aktualisiert: vor 3 Stunden", "updated 2 hours ago")
    "vor", "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "gestern", "vorgestern",
    "ago", "second", "seconds", "minutes", "hour", "hours", "day", "days", "week", "weeks", "yesterday", "just",
    "im", "in", "monat", "month", "jahr", "year",
    "freier", "freie", "termin", "sprechstunde", "sitzung", "available", "appointment", "session", "aktuell", "currently",
    # ordinals and rough dates ("30th November 2026", "KW 48/2026", "Ende November 2026")
    "st", "nd", "rd", "th", "kw", "q", "ende", "anfang", "mitte", "beginn", "ca",
    # a feedback widget's counts ("War diese Seite hilfreich? Ja (57) Nein (9)")
    "war", "ja", "nein", "yes", "helpful", "stimmen", "votes", "bewertungen", "ratings",
})
#: Names of weekdays (also short forms) a stamp may carry; month names are MONTHS below.
WEEKDAYS = frozenset({
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "mo", "di", "mi", "do", "fr", "sa", "so", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})
#: Lines that say where the visitor is, not what the page says: a pager or a result count
#: ("Seite 1 von 3", "Ergebnisse 1–10 von 23"). (Not a breadcrumb left in the text: "Sie sind hier:
#: … › Fachbereich 50 › …" carries the organisation path, and its change can be a move; not a number
#: in brackets after a label: "Amt für Bildung (40)" is an organisation code.)
VISIT_LINE_RE = re.compile(
    r"(?:Seite|Page)\s+\d+\s*(?:von|of|/)\s*\d+|(?:Ergebnisse|Treffer|Einträge|Results|Entries)\s*:?\s*\d+\s*(?:[-–]\s*\d+\s*)?(?:von|of)\s*\d+",
    re.IGNORECASE)
#: Longest line (characters) the stamp form is tried on.
STAMP_MAX_CHARS = 120

#: A session or form token left in the text ("Sicherheitstoken: 8f3a9c…", "csrf=…"): letters and
#: digits mixed, 20 or more characters, not inside an address or URL.
TOKEN_RE = re.compile(r"(?<![\w/.@:-])(?=[A-Za-z_-]*\d)(?=\d*[A-Za-z])[A-Za-z0-9_-]{20,}(?![\w/.@-])")

# --------------------------------------------------------------------------- soft errors

#: Phrases of error, maintenance and wall pages served with status 200.
SOFT_ERROR_RE = led(re.compile(
    # a bare "404" only as the error code itself, not inside "404 Zugriffe" or "Tel. 0221 404 …"
    r"(?:Seite (?:wurde )?nicht gefunden|Die angeforderte Seite|Fehler\s*404|^\s*404\b|\b(?:Error|HTTP|Status)\s*:?\s*404\b|"
    r"\b404\s*[-–:|]?\s*(?:Not Found|Seite|Page|Fehler|Error|nicht)|Page not found|"
    r"not found|Wartungsarbeiten|Wartungsmodus|Maintenance|vorübergehend nicht (?:erreichbar|verfügbar)|"
    r"Service Unavailable|captcha|Sicherheitsüberprüfung|Access denied|Zugriff verweigert|"
    r"Forbidden|Bitte aktivieren Sie JavaScript|Please enable JavaScript|Are you a robot|"
    r"Ich bin kein Roboter|Just a moment)",
    re.IGNORECASE,
))
COOKIE_WALL_RE = re.compile(r"\b(?:Cookies?|Einwilligung|Datenschutzeinstellungen|Consent|zustimmen|akzeptieren)\b", re.IGNORECASE)

#: Below this many characters of visible text a page counts as empty.
MIN_VISIBLE_CHARS = 40
#: Above this much visible text a page is no centre page but a dump; heuristics are linear but
#: cost ~13 µs per word, so a 10 MB text node would hold the crawl for a minute (RELIABILITY C4).
MAX_VISIBLE_CHARS = 1_000_000
#: No fact is written as a run of this many characters without a space; a longer run (an inline
#: base64 image, a slug of hyphenated words, a minified string) is cut into pieces of this size
#: before the field rules read it, because their patterns back off inside a run and would cost time
#: quadratic in its length (a 16,000-character run held a worker for 27 s).
MAX_RUN_CHARS = 120
#: An error phrase only condemns a page whose text is at most this long (or sits in title/h1).
SOFT_ERROR_MAX_CHARS = 600

# --------------------------------------------------------------------------- people

#: Role words, most specific first. Matched case-sensitively as words (German nouns).
ROLE_WORDS = (
    "Leiterin", "Leiter", "Leitung", "Stellvertretende Leitung", "Stellvertretung",
    "Vorsitzender", "Vorsitzende", "Schriftführerin", "Schriftführer", "Geschäftsführerin",
    "Geschäftsführer", "Ansprechpartnerin", "Ansprechpartner", "Sachbearbeiterin", "Sachbearbeiter",
    "Koordinatorin", "Koordinator", "Beauftragte", "Beauftragter", "Integrationsbeauftragte",
    "Integrationsbeauftragter", "Integrationsdezernentin", "Integrationsdezernent", "Dezernentin",
    "Dezernent", "Beigeordnete", "Beigeordneter", "Referentin", "Referent", "Sekretariat",
    "Teamleitung", "Teamleiterin", "Teamleiter", "Ltg.", "Leitg.", "Bürgermeisterin", "Bürgermeister",
    "Oberbürgermeisterin", "Oberbürgermeister", "Landrätin", "Landrat", "Mitarbeiterin", "Mitarbeiter",
    # label words of pages in other languages ("Kierowniczka: X", "Керівниця: X", "Müdür: X")
    "Kierowniczka", "Kierownik", "Dyrektorka", "Керівниця", "Керівник", "Директорка", "Директор", "Müdire", "Müdür",
    "Διευθύντρια", "Διευθυντής",
)
ROLE_WORD_RE = re.compile(r"(?<![\wäöüß])(?:" + "|".join(re.escape(w) for w in ROLE_WORDS) + r")(?![a-zäöüß])")

#: A role means "head of the centre" only when it is bare Leitung/Leiter(in) (in the centre's own
#: contact box) or names the centre itself as its object — never another body's head.
HEAD_ROLE_RE = re.compile(
    r"^(?:Leiter|Leiterin|Leitung)"
    r"(?:\s+(?:des|der|vom|von)\s+(?:KI|Kommunalen\s+Integrationszentr\w*|Kommunales\s+Integrationszentrum|Integrationszentr\w*)\b.*)?$"
)
#: Words kept in capitals when a run of words in capitals is read (names.from_capitals): acronyms.
CAPS_KEPT_WORDS = frozenset({"KI", "KIZ", "NRW", "FB", "FD", "SG", "EU", "IZ", "RAA", "LaKI", "GmbH", "AWO", "DRK", "VHS", "KOMM-AN", "BAMF"})
#: Words written in lower case when a run in capitals is read: articles, prepositions, conjunctions, copulas.
CAPS_LOWER_WORDS = frozenset({"des", "der", "die", "das", "den", "dem", "und", "oder", "von", "vom", "im", "in", "für", "zu", "zum", "zur",
                              "am", "an", "bei", "beim", "mit", "seit", "ist", "wird", "sowie", "als", "the", "of", "and"})
#: Nominalised adjectives that take "-r" after "Der" ("Der Vorsitzende" -> "Vorsitzender").
ADJECTIVAL_ROLES = frozenset({"Vorsitzende", "Beauftragte", "Beigeordnete", "Integrationsbeauftragte", "Stellvertretende", "Angestellte"})

NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "ter", "ten", "vom", "da", "di", "del", "della", "dos",
                            "el", "al", "bin", "ibn", "ben", "op", "los", "las", "la", "le", "du", "do", "y"})
#: Particles that are also prepositions: "Nachfolgerin von Anna Berg" is a noun and a name,
#: not one name, when a whole name (two words or more) follows the particle.
PREPOSITION_PARTICLES = frozenset({"von", "vom"})
#: Particles that follow another one ("van der", "von den", "de los", "de la"): alone between two
#: capitalised words they are an article ("Schülerinnen der Klasse 7"), not part of a name.
SECOND_PARTICLES = frozenset({"der", "den", "los", "las", "la"})
#: Particles glued to a surname by a hyphen or apostrophe ("el-Khatib", "al-Hassan", "d’Amico").
GLUED_PARTICLES = ("al", "el", "as", "ad", "ar", "at", "an", "ash", "ibn", "bin", "ben", "abu", "d", "de", "di", "l", "o")
#: Endings of capitalised words that are nouns/adjectives, not names ("Integrationszentrum").
NON_NAME_SUFFIXES = (
    "ung", "heit", "keit", "schaft", "zentrum", "zentren", "amt", "stelle", "ion", "tät", "ismus",
    "ales", "ale", "isches", "ische", "ischen", "lichen", "liches", "liche", "büro", "rat", "kreis",
    "stadt", "straße", "str.", "platz", "weg", "ring", "wall", "markt", "haus", "bereich", "arbeit",
    "dienst", "gruppe", "team", "verein", "portal", "ministerium", "programm", "projekt", "kalender",
    "kommentare", "bild", "ort", "nen", "ngen",
)
NON_NAME_WORDS = frozenset(
    {"Kontakt", "Telefon", "Fax", "Tel", "Mail", "Email", "Bild", "Foto", "Links", "Downloads",
     # a release's kicker above its headline ("Pressemitteilung Nr. 412/2026"): no name
     "Nr", "Pressemitteilung", "Pressemeldung", "Pressenotiz", "Mitteilung", "Meldung", "Nachricht",
     # column and field labels over a team table or a unit's fields ("Name | Aufgabe | Telefon",
     # "Übergeordnete Organisationseinheit"): no name
     "Name", "Aufgabe", "Funktion", "Organisationseinheit", "Übergeordnete", "Zuständigkeit",
     "Aufgaben", "Aktuelles", "Suchen", "Kreis", "Stadt", "Rathaus", "Dezernat", "Amt", "Fachbereich",
     "Stabsstelle", "Referat", "Sachgebiet", "Abteilung", "Dienststelle", "Anschrift", "Adresse",
     "Beschreibung", "Sprechzeiten", "Öffnungszeiten", "Logo", "Grafik", "Mitte", "Nord", "Süd",
     "Ost", "West", "Zimmer", "Raum", "Postfach", "Impressum", "Datenschutz", "Startseite", "Team",
     "Herr", "Frau", "Leitung", "Federführung", "Integrationsrat", "Internationales", "Kommunales", "Regionale",
     "Unser", "Unsere", "Ihr", "Ihre", "Alle", "Weitere", "Neue", "Aktuelle", "Programme", "Angebote", "Projekte",
     # buildings that head an address block ("Haus der Bildung", "Gebäude der Kreisverwaltung")
     "Haus", "Gebäude", "Villa", "Bürgerhaus", "Etage", "Eingang",
     # head nouns outside ROLE_WORDS: "KI-Chef Farid Rahimi" is no name "Chef Farid Rahimi"
     "Chef", "Chefin", "Head", "Director", "Manager", "Leader",
     # the centre's nouns in other languages ("Centrum Integracji" is no person)
     "Centrum", "Integracji", "Entegrasyon", "Merkezi", "Merkez", "Belediye",
     # the adjectives of the next row's role run into a name ("Leitung Herr X Y Stellvertretende Leitung Frau Z")
     "Stellvertretende", "Stellvertretender", "Kommissarische", "Kommissarischer", "Kommissarisch", "Stellv", "Stv", "Ltg", "Leitg"}
) | frozenset(ROLE_WORDS)

#: Stems of agent and role nouns, lower case: a capitalised word holding one ("Elternvertreterin",
#: "Bildungsberater", "Schulsozialarbeiterin") stands before a name as its role, never inside it.
ROLE_NOUN_STEMS = (
    "vertreter", "berater", "beauftragt", "referent", "leiter", "sprecher", "koordinator", "mitarbeiter", "lehrer",
    "arbeiter", "pädagog", "dolmetscher", "vorsitzend", "kolleg", "schüler", "sekretär", "minister", "abgeordnet",
    "direktor", "präsident", "dezernent", "beigeordnet", "bürgermeister", "landrat", "landrät", "schulrat", "schulrät",
    "fotograf", "autor", "redakteur", "moderator", "journalist", "trainer", "begleiter", "helfer", "lotse", "lotsin",
    "assistent", "sachbearbeiter", "experte", "expertin", "vorstand", "gründer", "initiator", "partnerin", "partner",
    "ehrenamtlich",
)
#: What a person can lead that is the centre itself (beside its names, CENTRE_WORDS): the object of
#: "leitet"/"führt" or the subject of "wird … geleitet". Any other noun there is another thing led
#: ("leitet die Elterngruppe des KI", "Der Workshop wird von X geleitet").
CENTRE_LED_NOUNS = frozenset({"Team", "Zentrum", "Einrichtung", "Dienststelle", "Geschäfte", "Geschicke", "Haus", "Leitung", "Stelle",
                              "Arbeit", "Centre", "Center"})

# --------------------------------------------------------------------------- organisation

#: Section labels that start a new block of a text layer (PDF): never the wrapped end of the line before.
SECTION_LABEL_RE = re.compile(
    r"^(?:Kontakt|Anschrift|Adresse|Postanschrift|Besucheradresse|Sprechzeiten|Öffnungszeiten|Impressum|"
    r"Ansprechpartner(?:in|innen)?|Telefon|Tel\.|Fax|Telefax|E-?Mail|Internet)\b"
)

#: Kinds of unit the centre itself may be ("Stabsstelle Kommunales Integrationszentrum", "Abteilung 51.4 KI").
CENTRE_OWN_KINDS = ("Stabsstelle", "Stab", "Abteilung", "Abt\\.", "Sachgebiet", "Referat", "Team", "Fachdienst", "FD", "Fachstelle", "Bereich")
#: Unit kinds, most specific first; a compound ending in one ("Jugendamt") has that kind.
UNIT_KINDS = ("Stabsstelle", "Fachbereich", "Fachdienst", "Dezernat", "Sachgebiet", "Abteilung", "Dienststelle", "Referat", "Amt")
UNIT_KIND_RE = re.compile(r"\b(?:[A-ZÄÖÜ][a-zäöüß]*?)?(?:" + "|".join(k.lower() for k in UNIT_KINDS) + r"|" + "|".join(UNIT_KINDS) + r")\b")

#: The centre itself as a noun phrase (subject or object of a sentence).
CENTRE_RE = re.compile(r"\b(?:KI|Kommunale[snm]?\s+Integrationszentr(?:um|ums|en)|Integrationszentr(?:um|ums))\b")

#: Verbs/participles of an organisational assignment.
ASSIGNMENT_RE = re.compile(r"\b(?:zugeordnet|angegliedert|angesiedelt|unterstellt|eingegliedert|zugehörig|gehört|ist\s+Teil)\b")
#: Tense markers: an assignment sentence with one of these is history or plan, not the present.
PAST_OR_FUTURE_RE = re.compile(r"\b(?:war|waren|wurde|wurden|gewesen|werden|wird|soll|sollen|künftig|zukünftig|bisher|ehemals|ehemalige[nm]?)\b")

#: Hierarchical unit numbers in contact blocks ("40-2-3"), kind by depth when no kind word given.
#: (a dash may stand between the code and the name: "51 – Amt für Kinder, Jugend und Familie")
UNIT_NUMBER_LINE_RE = re.compile(r"^(\d{1,3}(?:[-./]\d{1,3}){0,4})\s+(?:[–—-]\s+)?([A-ZÄÖÜ][^\d@:]{3,90})$")
UNIT_KIND_BY_DEPTH = {1: "Amt", 2: "Abteilung", 3: "Sachgebiet", 4: "Sachgebiet", 5: "Sachgebiet"}
#: The lead of a unit of a kind that holds a centre ("Amtsleitung", "Fachbereichsleiterin"), as a section
#: heading beside the centre's own section: the parent unit's head and its facts, not the centre's.
PARENT_LEAD_HEADING_RE = re.compile(r"(?:Amts|Fachbereichs|Dezernats|Geschäftsbereichs|Ressort)(?:leitung|leiter(?:in)?)"
                                    r"|(?:Leitung|Leiter(?:in)?)\s+(?:des|der)\s+(?:Amtes|Fachbereichs|Dezernats|Geschäftsbereichs|Ressorts)")

#: Words that mark a sentence as announcing or recording a restructuring.
REORGANISATION_RE = re.compile(
    r"(?:Neuordnung|Umstrukturierung|Umorganisation|Reorganisation|Neugliederung|Neuorganisation|Organisationsänderung|Umressortierung|Ratsbeschlu(?:ss|ß)|Kreistagsbeschlu(?:ss|ß)|"
    r"\b(?:wird|werden|wurde|wurden|ist|sind)\b[^;]{0,160}?\bzugeordnet\b|"
    r"\btritt\b[^;]{0,80}?\bin\s+Kraft\b|\bin\s+Kraft\s+(?:getreten|treten)\b|umgewandelt|aufgeteilt|\bTeilung\b|"
    r"zusammengelegt|Zusammenlegung|umbenannt|eingegliedert|ausgegliedert)"
)

# --------------------------------------------------------------------------- dates

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
    "january": 1, "february": 2, "march": 3, "june": 6, "july": 7, "october": 10, "december": 12,
}
#: Short month forms only a stamp needs ("30. Nov. 2026", "Oct 3, 2026"), not dated facts.
STAMP_MONTHS = frozenset(MONTHS) | {"may", "oct", "dec", "mrz", "mär", "sept"}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_ALT = _MONTH_ALT  # (regex alternation of the month names, longest first)

#: A short line of page furniture (a counter, a byline, a share widget: "1.204 Leser", "Kommentare
#: (5)", "von admin — zuletzt verändert: 14.11.2026 09:12", "Lesedauer: 4 Min.") carries counts,
#: clock stamps and ids that change on every visit. normalise.remove_volatile drops them from such a
#: line whatever its words, unless the line has the marks of a fact: opening hours, a time range,
#: a room, a unit code, a street, a phone, money, a share.
META_LINE_MAX_CHARS = 80
META_LINE_MAX_WORDS = 12
META_FACT_RE = re.compile(
    r"\bUhr\b|\d\s*[–-]\s*\d|\d:\d\d\s*[–-]|\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\b\.?|\w+tags?\b|\b(?:Raum|Zimmer|Etage|OG|EG|Stock|Geb[äa]ude|Haus|Eingang)\b"
    r"|\b(?:Amt|Fachbereich|FB|Dezernat|Dez|Referat|Abteilung|Sachgebiet|Stabsstelle|Fachdienst|FD|Geschäftsbereich|Ressort|Produkt)\b"
    r"|\b(?:Linie|Bus|Buslinie|Haltestelle|Gleis|Postfach|Tel|Telefon|Fax|Durchwahl|DW|Mobil|Nr)\b|[€%@+]|\bEuro\b|\d{5}\s+[A-ZÄÖÜ]"
    r"|\b(?:19|20)\d\d\b(?!\s*\d{1,2}:\d\d)"  # a year (not a date stamp's)
    r"|\b(?i:" + _MONTH_ALT + r")\b"  # a date in words ("zum 1. September")
)
#: A bare count (no date, time, ordinal or year; not a code right after a noun: "Vorstandsbereich 2",
#: "Raum 214"): "1.204 Leser", "Kommentare (5)", "Aufrufe: 27", "3 Min.".
META_COUNT_RE = re.compile(r"(?<![\w.,:/+–-])\d{1,3}(?:\.\d{3})+(?![\w,:/–-]|\.(?!\s*$))|(?<![\w.,:/+–-])\d{1,4}(?![\w,:/–-]|\.(?!\s*$))")
#: A clock stamp: a date with a time of day ("14.11.2026 09:12", "2026-11-14, 09:12", "Heute, 14:02").
META_CLOCK_RE = re.compile(r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|[Hh]eute|[Gg]estern|[Tt]oday|[Yy]esterday)[,\s]*(?:um\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*Uhr)?")
#: An age relative to the visit ("vor 3 Tagen", "2 hours ago").
RELATIVE_AGE_RE = re.compile(r"\bvor\s+(?:\d+|einer?|einem|zwei|drei|vier|fünf|sechs|wenigen)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)\b"
                             r"|\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b")
#: An id: hexadecimal of 8 or more characters with letters and digits (hashes, UUID parts), or any
#: token with digits after an id label ("Ref. #a8f3", "Dokument-ID: 84213-a9f3", "Sitzung: 7f3e…").
ID_TOKEN_RE = re.compile(r"(?<![\w-])#?(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])[0-9a-f]{8,}(?:-[0-9a-f]{4,})*(?![\w-])"
                         r"|(?<![\w-])#?(?=[0-9A-F-]*\d)(?=[0-9A-F-]*[A-F])[0-9A-F]{8,}(?:-[0-9A-F]{4,})*(?![\w-])")
ID_LABELLED_RE = re.compile(r"\b(ID|Id|Session|Sitzung|Token|Ref|Referenz|Hash|Build|Version|Revision|Rev)\b(?:\.|\s*[:#]|\s)\s*#?[\w-]*\d[\w-]*")
#: German dates, most specific first: "01.01.2024", "1.1.2018", "1. August 2013", "Februar 2012".
DATE_PATTERNS = (
    ("dmy", re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)")),
    ("d_month_y", re.compile(r"(?<![\d.])(\d{1,2})\.\s*(" + _MONTH_ALT + r")\.?\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)),
    # English: "1 January 2027", "1st March 2026"
    ("d_month_y", re.compile(r"(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_ALT + r")\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)),
    ("iso", re.compile(r"(?<![\d.-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])")),
    ("month_y", re.compile(r"(?<![\w.])(" + _MONTH_ALT + r")\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)),
)

#: Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    {"z.b", "bzw", "ca", "dr", "prof", "nr", "str", "st", "e.v", "u.a", "usw", "vgl", "ggf", "inkl", "ltg", "leitg", "stv", "stellv", "komm",
     "abs", "art", "tel", "d.h", "i.d.r", "evtl", "s", "v.l", "v.r", "geb", "pl", "mio", "mrd", "jr", "sen", "mag", "dipl", "ing", "interim", "kommiss", "vorl", "vertr", "päd", "phil", "med", "rer", "nat", "jur"}
)

#: A line that ends on one of these words breaks off inside a sentence: an editor's line break
#: ("Das KI ist eine<br>Einrichtung der Stadt … im<br>Fachbereich …") or a layout wrap of a flyer
#: converted to HTML. The next line goes on with the sentence whatever its first letter.
#: Articles, prepositions and conjunctions only: a line ending on a verb ("Wer wir sind") is a heading.
LINE_GOES_ON_WORDS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
     "im", "in", "am", "an", "zum", "zur", "vom", "von", "beim", "bei", "mit", "für", "auf", "aus", "nach", "zu",
     "über", "unter", "durch", "gegen", "ohne", "um", "seit", "und", "oder", "sowie", "bzw."}
)

# --------------------------------------------------------------------------- fields & programmes

FIELDS_HEADING_RE = re.compile(r"Handlungsfeld(?:er|ern)?\b")
#: Parenthetical examples stripped from a field of action's canonical value.
FIELD_EXAMPLE_RE = re.compile(r"\s*\((?:z\.\s?B\.|zum Beispiel|u\.\s?a\.|bspw\.|etwa|insbesondere)[^)]*\)")
QUOTED_RE = re.compile(r"[\"“„”»«‚‘]([^\"“„”»«‚‘’]{3,80})[\"“”»«‘’]")

#: A heading or lead-in of a list of programmes ("Unsere Programme", "Folgende Landesprogramme …:").
#: Plural only: "Das Programm:" introduces the items of one event, not programmes.
PROGRAMMES_HEADING_RE = re.compile(r"programme\b|programmen\b", re.IGNORECASE)

#: Known programmes: canonical name -> pattern. Add a line here to track a new one.
PROGRAMMES = (
    ("Griffbereit", re.compile(r"\bGriffbereit\b", re.IGNORECASE)),
    ("Rucksack KiTa", re.compile(r"\bRucksack[\s-]*(?:KiTa|Kita|Kindertageseinrichtung)\b", re.IGNORECASE)),
    ("Rucksack Schule", re.compile(r"\bRucksack[\s-]*(?:Schule|Grundschule)\b", re.IGNORECASE)),
    ("KOMM-AN NRW", re.compile(r"\bKOMM[\s-]*AN(?:[\s-]*NRW)?\b")),
    ("KAoA", re.compile(r"\bKAoA\b|\bKein Abschluss ohne Anschluss\b", re.IGNORECASE)),
    ("Kommunales Integrationsmanagement", re.compile(r"\bKommunale[sn]? Integrationsmanagement\b|\bKIM\b")),
    ("Einwanderung gestalten NRW", re.compile(r"\bEinwanderung gestalten\b", re.IGNORECASE)),
    ("NRWeltoffen", re.compile(r"\bNRWeltoffen\b", re.IGNORECASE)),
    ("Schule ohne Rassismus – Schule mit Courage", re.compile(r"\bSchule ohne Rassismus\b", re.IGNORECASE)),
    ("Aletta Haniel Programm", re.compile(r"\bAletta[\s-]Haniel[\s-]Programm", re.IGNORECASE)),
)

# --------------------------------------------------------------------------- addresses & contact

#: Street suffixes ("Reeser Landstraße", "Flachsmarkt", "Sonnenwall"), most specific first.
STREET_SUFFIXES = (
    "straße", "strasse", "str.", "allee", "chaussee", "gasse", "platz", "pl.", "markt", "wall",
    "weg", "ring", "damm", "ufer", "graben", "steig", "stieg", "pfad", "gürtel", "kamp", "hof",
    "berg", "tor", "brücke", "deich", "wiese", "garten", "höfe", "promenade", "plätzchen",
)
#: Words that open a sentence after a house or room number and its period: no ordinal comes before
#: one ("… am Markt 1. Das Integrationszentrum …", "… Zimmer 12. Wir …"); a year stays with its
#: dateline ("Ravensau, 12. November 2026. Das KI …", extract/document.sentences_of). Time adverbs
#: that open a history or present-state sentence never follow an ordinal either ("… zum Amt 50.
#: Früher war es …", "… zum Amt 40. Ab Mai 2027 gehört es …"): the history or the announcement must stay
#: apart from the current state.
SENTENCE_OPENER_RE = re.compile(r"\s+(?:Das|Der|Die|Dies\w*|Wir|Sie|Er|Es|Unser\w*|Bitte|Hier|Dort"
                                r"|Früher|Zuvor|Vorher|Davor|Bisher|Damals|Heute|Inzwischen|Mittlerweile|Seitdem|Seither|Künftig|Zukünftig"
                                r"|Ursprünglich|Zunächst|Derzeit|Aktuell|Seit|Bis|Ab|Von|Zum|Nach|Mit|Im|Geplant|Vorgesehen)\s")
#: Bullets and list marks of contact lines, and the separators of one collapsed line ("▸ Markt 1 ▸
#: 45999 Wahlheim", "✓ Tel. …"); the hyphen and dash are read apart (they also join words).
BULLETS = "•·▪◦●■□▫‣⁃∙*»›▸▹►▶▻→⇒➤➔➜➝✓✔◆◇◾◽♦"
#: Prepositions that open a street name without a street word ("Am Bahnhof 1", "Unterm Hagen 4",
#: "In den Weiden 12"), most specific first.
STREET_PREPOSITIONS = (
    "An der", "An den", "An dem", "Auf der", "Auf dem", "Auf den", "In der", "In den", "Im", "Am", "Zum", "Zur", "Zu den",
    "Hinter der", "Hinter dem", "Hinter den", "Hinterm", "Vor der", "Vor dem", "Vor den", "Vorm", "Unter der", "Unter dem",
    "Unter den", "Unterm", "Über der", "Über dem", "Überm", "Beim", "Bei der",
)
#: Phone/fax labels; the kind is "fax" when the label says so.
PHONE_LABEL_RE = led(re.compile(
    r"(?:(?<![\wäöü])(?:Tele)?[Ff]ax(?:nummer)?|Telefax|(?<![\wäöü])Tel(?:efon)?(?:-?[Nn]ummer)?|(?<![\wäöü])Fon|"
    r"(?<![\wäöü])Phone|Mobil(?:telefon|nummer|funk)?|(?:Dienst)?[Hh]andy|Rufnummer|Durchwahl|(?<![\wäöü])[TFM](?=\s*:|\.?\s+[+0(]))\.?\s*(?:-?\s*Nr\.?)?\s*[:.]?"
))
#: (a slash before a dash starts another extension, "567-1234/-1235", never the number's own digits)
PHONE_NUMBER_RE = led(re.compile(r"(?:\+\s?\d{1,3}|\(\s?0|(?<![\d.,])0)(?:[\d \t()\-–]|/(?![ \t]*[-–])){4,24}\d"))

# =========================================================================== prose grammar
# The forms of ../shared/EXTRACTION.md as data. Alternations are listed most specific first.

#: The centre as a noun phrase, in any case ending; an acronym the page defines itself
#: ("Kommunales Integrationszentrum (KIM)") is added per page (see units.CentreNames).
CENTRE_WORDS = (
    # (Leichte Sprache splits the compound: "Integrations-Zentrum", "Integrations·zentrum")
    r"Kommunale[snmr]?\s+Integrations[-·]?[Zz]entr(?:um|ums|en)",
    r"Kreisintegrationszentr(?:um|ums|en)",
    r"Integrations[-·]?[Zz]entr(?:um|ums|en)",
    r"(?:[Mm]unicipal\s+)?[Ii]ntegration\s+[Cc]ent(?:re|er)",
    # the centre on its pages in other languages (Polish, Turkish, Ukrainian, Greek)
    r"Centrum\s+Integracji", r"(?:Belediye\s+)?Entegrasyon\s+Merkez(?:i|inin|imizin|imiz)?", r"[Цц]ентр\w*\s+інтеграції",
    r"[Κκ]έντρο\w*\s+[Εε]νσωμάτωσης",
    # "IZ", the short form of (Kreis)Integrationszentrum
    r"IZ",
    r"KIZ", r"KI",
)
#: Pronoun-like subjects that stand for the centre on its own page.
CENTRE_PRONOUNS = (
    r"[Dd]ie\s+Einrichtung", r"[Uu]nsere\s+Einrichtung", r"[Dd]as\s+Zentrum", r"[Dd]ie\s+Dienststelle", r"[Uu]nsere\s+Dienststelle",
    r"[Ww]ir", r"[Uu]nser\s+Team", r"[Uu]nser\s+Zentrum", r"[Uu]nser\s+Haus", r"[Dd]as\s+Team", r"[Dd]as\s+KI-Team", r"[Tt]he\s+cent(?:re|er)", r"[Oo]ur\s+cent(?:re|er)", r"[Oo]ur\s+team",
)

#: Head-of-unit nouns: a compound unit leader counts as head only where the unit is the centre
#: (no other object follows).
#: The centre as the genitive object right after a role noun ("… des Kommunalen Integrationszentrums").
CENTRE_OBJECT = r"\s+(?:des|der)\s+(?:Kommunalen\s+|Kreis)?(?:Integrationszentr|KI\b|KIZ\b)"
#: First parts of a compound leader noun whose unit can be the centre itself ("Abteilungsleiterin",
#: "Teamleitung", "Gesamtleitung"). Any other compound leader ("Fachbereichsleiterin",
#: "Schulleiter", "Projektleiterin", "Kitaleitung") leads another body (OTHER_LEAD_COMPOUND).
#: ("Interimsleitung": the lead held for the time being, acting by ACTING_RE's "Interim…")
CENTRE_LEAD_PREFIXES = ("Referats", "Abteilungs", "Sachgebiets", "Team", "Bereichs", "Fachdienst", "Dienststellen", "Einrichtungs", "Gesamt",
                        "Interims")
_CENTRE_LEAD_ALT = "|".join(CENTRE_LEAD_PREFIXES)
#: A compound leader noun on another body: capitalised, a first part that is none of the centre's
#: unit kinds (nor its own name), then -leiter/-leiterin/-leitung.
OTHER_LEAD_COMPOUND = (r"(?<![\wäöüß-])(?!(?:" + _CENTRE_LEAD_ALT + r"|Zentrums|(?:Kreis)?Integrationszentrums)-?leit)"
                       r"[A-ZÄÖÜ][a-zäöüß]{2,}-?leit(?:erin|er|ung)(?![a-zäöüß])")
#: Head nouns of the pages in other languages, with their case forms: Polish (kierownik/kierowniczka,
#: dyrektor/dyrektorka: "Kierowniczką Centrum Integracji jest X"), Ukrainian (керівник/керівниця,
#: директор/директорка), Greek (διευθυντής/διευθύντρια) and Turkish, whose possessed head
#: ("müdürü", "its director") is the centre's only right after the centre ("Entegrasyon Merkezi
#: müdürü X"; "Okul müdürü X" is a school's) and stands alone only as a label ("Müdür: X").
FOREIGN_HEAD_NOUNS = (
    r"[Kk]ierowni(?:czką|czka|czki|kiem|ka|k)", r"[Dd]yrektor(?:ką|ka|em|a)?", r"[Кк]ерівни(?:цею|ця|ком|ка|к)",
    r"[Дд]иректор(?:кою|ка|ом|а)?", r"[Δδ]ιευθ(?:ύντρια|υντής|ύντριας|υντή)",
    r"(?<=Merkezi\s)[Mm]üdür(?:ü|esi)", r"(?<=Merkezimizin\s)[Mm]üdür(?:ü|esi)", r"(?<=Merkez\s)[Mm]üdür(?:ü|esi)(?=\s*:)", r"[Mm]üdür(?:e)?(?=\s*:)",
)
#: First parts of a compound head noun that are the centre itself ("KI-Leiterin", "Zentrumsleiter",
#: "Integrationszentrums-Chefin", "IZ-Leitung"): the compound leads the centre, whatever follows.
CENTRE_COMPOUND_FIRSTS = (r"KI-", r"KIZ-", r"IZ-", r"(?:Kreis)?Integrations-?[Zz]entrums-?", r"Zentrums-?")
CENTRE_HEAD_COMPOUND = r"(?:" + "|".join(CENTRE_COMPOUND_FIRSTS) + r")(?:[Ll]eiterin|[Ll]eiter|[Ll]eitung|L(?:ei)?tg\.|[Cc]hefin|[Cc]hef)"
CENTRE_HEAD_COMPOUND_RE = re.compile(CENTRE_HEAD_COMPOUND + r"$")
HEAD_NOUNS = (
    CENTRE_HEAD_COMPOUND,
    # a managing director's title leads the centre only with the centre as its object ("Geschäftsführung
    # des KI"); otherwise it is another body's (a welfare association's, a company's)
    r"Geschäftsführ(?:ung|erin|er)(?=" + CENTRE_OBJECT + r")",
    # a unit leader is the head only where the unit can be the centre itself: never a
    # Fachbereich, Amt or Dezernat (those lead the parent unit: "Fachbereichsleiterin X")
    r"(?:" + _CENTRE_LEAD_ALT + r")(?:leiterin|leiter|leitung)",
    r"Leiterin", r"Leiter", r"Leitung", r"L(?:ei)?tg\.", r"Chefin", r"Chef",
    # English: "Head of the centre", "Director:", "Acting director: NAME", "Centre manager: NAME"
    r"[Hh]ead(?=\s+of\b|\s*:)", r"[Dd]irector(?=\s+of\b|\s*:)", r"(?:[Cc]ent(?:re|er)\s+)?[Mm]anager(?=\s+of\b|\s*:)",
    r"(?:[Tt]eam\s+)?[Ll]eader(?=\s+of\b|\s*:)",
    # other languages of the region's pages, in their case forms (FOREIGN_HEAD_NOUNS)
    *FOREIGN_HEAD_NOUNS,
)
#: Words of a part inside a unit ("Team Bildung", "Arbeitsbereich Schule", "Leiterin des Teams
#: Elternarbeit"): followed by a topic they name a part of the centre (or of another body), whose
#: lead is not the centre's head; alone or with the centre ("Team des KI") they are the centre's team.
SUB_UNIT_WORDS = ("Teams", "Team", "Arbeitsbereichs", "Arbeitsbereich", "Bereichs", "Bereich", "Fachgruppe", "Arbeitsgruppe",
                  "Gruppe", "Handlungsfelds", "Handlungsfeld", "Sachgebiets", "Sachgebiet", "Schwerpunkt", "Aufgabenbereich")
NON_NAME_WORDS = NON_NAME_WORDS | frozenset(SUB_UNIT_WORDS)  # "den Bereich Schule" names no person
#: Labels of an event, course or meeting block ("Termin: 14. Mai", "Ort: …", "Anmeldung bis …"): a
#: "Leitung" in such a block leads the event, not the centre.
EVENT_LABEL_RE = re.compile(
    r"(?<![\wäöüß])(?:Termine?|Datum|Uhrzeit|Zeit|Ort|Veranstaltungsort|Anmeldung|Anmeldeschluss|Kosten|Teilnahmegebühr|Gebühr|Referent(?:in|innen|en)?"
    r"|Zielgruppe|Teilnehmende|Nächstes\s+Treffen|Treffpunkt|Dauer|Kursbeginn)(?=\s*:|\s+(?:bis|am|ab)\b)")
#: What a person leads besides the centre, as the last part of a heading's first word ("Projekt
#: „Stadtteilmütter“", "Elternkurs Griffbereit", "Sprachcafé", "Arbeitskreis Migration"): a lead row
#: under such a heading is that thing's.
LED_THING_ENDINGS = ("projekt", "programm", "kurs", "kurse", "workshop", "seminar", "fortbildung", "café", "cafe", "treff", "gruppe",
                     "kreis", "netzwerk", "fachtag", "tagung", "veranstaltung", "werkstatt", "sprechstunde", "beratung", "angebot")
#: Capitalised words that may follow a role noun without being what it leads: contact labels, an
#: address, time words ("Leitung Telefon 0203 …", "Leiterin Frau X", "die Leitung Ende 2024").
ROLE_FOLLOWER_WORDS = frozenset({
    "Telefon", "Tel", "Fax", "Telefax", "Mobil", "Mail", "E-Mail", "Email", "Zimmer", "Raum", "Büro", "Kontakt", "Sprechzeiten",
    "Herr", "Herrn", "Frau", "Dr", "Prof", "Ende", "Anfang", "Mitte", "Beginn", "Seit", "Ab", "Bis", "Und", "Oder",
    # unit kinds the centre itself can be ("Leitung Abteilung 40.4", "Leitung Stabsstelle 02")
    "Abteilung", "Stabsstelle", "Fachdienst", "Referat", "Dienststelle", "Fachstelle",
})
#: Verbs that link a head role to the name after it ("Leiterin des KI ist X", "Der Chef heißt X" in
#: Leichte Sprache, Polish "Kierowniczką … jest X", Ukrainian "… є X", Greek "… είναι X").
HEAD_COPULAS = r"ist|wird|bleibt|heißt|heisst|übernimmt|übernahm|hat|haben|verantwortet|innehat|jest|є|είναι"
#: Photographers' positions in a caption ("Kaan Erdem (links), Leiter des KI", "(2. v. l.)"): no
#: part of the sentence's grammar, dropped before the head forms read it.
PHOTO_POSITION_RE = re.compile(
    r"\s*\((?:\d\.\s*)?(?:v\.\s?[lr]\.|von\s+(?:links|rechts)|links|rechts|Mitte|mittig|vorne|hinten|l\.|r\.|li\.|re\.|im\s+Bild|left|right|centre|center)"
    r"(?:\s*(?:vorne|hinten|oben|unten))?\)")
#: Nouns of taking up a role: "der Leitung" after them is the role taken, not someone else's
#: ("Mit der Übernahme der Leitung des KI durch NAME", "die Neubesetzung der KI-Leitung mit NAME").
ROLE_TAKING_NOUNS = frozenset({"Übernahme", "Amtsübernahme", "Neubesetzung", "Besetzung", "Wahrnehmung", "Ausübung", "Amtsantritt", "Antritt"})
#: Nouns of what a person says or does: "der Leiterin" after them is that person, the head herself ("Auf
#: Einladung der KI-Leiterin NAME", "nach Auskunft der Leiterin NAME"), not the holder of a role of hers
#: ("Assistenz der Leitung NAME" is the assistant).
HEAD_ACT_NOUNS = frozenset({"Einladung", "Auskunft", "Angaben", "Aussage", "Aussagen", "Worten", "Ansicht", "Einschätzung",
                            "Meinung", "Initiative", "Anregung", "Begrüßung", "Bitte", "Vorschlag", "Wunsch", "Eröffnung"})
#: Nouns for the post itself: taken up by a person after a sentence about the centre's head, they
#: name the new head ("Die Stelle hat Herr X übernommen", "Ihre Aufgabe übernimmt ab Mai Frau Y").
POSITION_NOUNS = ("Stelle", "Position", "Aufgabe", "Funktion", "Amt", "Posten")
#: The post or its duties before the head noun's genitive ("Die Aufgaben der Leitung nimmt X wahr", "Die Stelle
#: der Leitung ist mit X besetzt"): the head role itself, not another person's role attached to it.
ROLE_DUTY_NOUNS = frozenset(POSITION_NOUNS) | frozenset({"Aufgaben", "Geschäfte", "Funktionen"})
#: The lead's duties as one word after "Leitung" ("X nimmt die Leitungsaufgaben wahr"), and a time for now
#: before the verb's "wahr" ("nimmt die Leitung bis auf Weiteres wahr").
LEAD_DUTIES_SUFFIX = r"(?:saufgaben|sfunktion|sgeschäfte)?"
FOR_NOW_BEFORE_WAHR = r"(?:\s+(?:bis\s+auf\s+[Ww]eiteres|vorübergehend|kommissarisch|übergangsweise|derzeit|zurzeit))?"
#: Verbs by which a post is taken up (joined, split or as a participle).
POSITION_TAKING_RE = re.compile(r"\b(?:übernimmt|übernahm|übernommen|übernehmen|angetreten|antreten|besetzt|tritt\b[^.;]*\ban|trat\b[^.;]*\ban)\b")
#: Modifiers of a head role (looked at in the few words before it).
ACTING_RE = re.compile(
    r"\b(?:[Kk]ommissarisch\w*|[Kk]omm\.|[Vv]ertretungsweise|[Üü]bergangsweise|[Ii]nterims?\w*|[Vv]orübergehend\w*"
    r"|[Bb]is\s+auf\s+[Ww]eiteres|[Ii]n\s+Vertretung|i\.\s?V\.|m\.\s?d\.\s?W\.\s?d\.\s?G\.\s?b\.|[Mm]it\s+der\s+Wahrnehmung\s+der\b"
    r"|[Aa]cting\b|[Ii]nterim\b|[Tt]emporar\w*"
    # the lead held until the post is filled again, while its holder is away, provisionally or "managing"
    # ("bis zur Neubesetzung", "während der Elternzeit von …", "vorläufige Leitung", "vertretende Leitung";
    # never "stellvertretende": no word starts inside it)
    r"|[Bb]is\s+(?:zur\s+(?:Neu|Wieder|Nach)?[Bb]esetzung|(?:zur|eine?)\s+Nachfolge\w*|(?:eine?\s+)?Nachfolger(?:in)?\s+gefunden)"
    r"|[Ww]ährend\s+(?:der|ihrer|seiner)\s+(?:Elternzeit|Krankheit|Erkrankung|Abwesenheit|Mutterschutz\w*)"
    r"|(?:Elternzeit|Krankheits|Mutterschutz|Abwesenheits)vertretung|[Vv]orläufig\w*|[Vv]ertretende[nrs]?\b|[Gg]eschäftsführend\w*)"
)
#: The centre's lead left open now: the post vacant or to be filled again, or its holder away
#: (extract/vacancy.py reads who stands in for it as the acting head).
VACANT_LEAD_RE = re.compile(
    r"\b(?:vakant|unbesetzt|nicht\s+(?:mehr\s+)?besetzt|verwaist|erkrankt\w*|Elternzeit|Mutterschutz|Krankheit|beurlaubt|abwesend|Ruhestand|(?:Nach|Neu|Wieder)besetzung)\b"
    r"|(?<![\wäöüß])N\.\s?N\.(?!\w)|\bwird\s+(?:[a-zäöü]\w*\s+){0,3}?(?:neu|nach|wieder)\s*besetzt\b|\bist\s+(?:[a-zäöü]\w*\s+){0,3}?(?:neu|nach|wieder)\s*zu\s+besetzen\b")
#: Words of standing in for a lead left open (beside ACTING_RE's): "die Vertretung übernimmt X",
#: "X vertritt die Leitung", "die Aufgaben nimmt X wahr", "X führt die Geschäfte", "bis dahin".
STAND_IN_RE = re.compile(r"\b(?:Vertretung|[Vv]ertr(?:itt|eten|at)|wahr|Wahrnehmung|Geschäfte|[Bb]is\s+dahin)\b")
#: A vacancy told in the past ("war lange vakant", "blieb unbesetzt"): the post is filled now.
VACANCY_PAST_RE = re.compile(r"\b(?:war|waren|wurde|wurden|blieb|blieben|lange|damals)\b")
#: The acting markers a reader recognises in a role; any other acting marker ("i. V.", "bis auf
#: Weiteres") is spelled as "kommissarische …" in the stored role.
ACTING_CANONICAL_RE = re.compile(r"kommissar|komm\.|vertretungsweise|übergangsweise|interim", re.IGNORECASE)
DEPUTY_RE = re.compile(r"(?:\b[Ss]tellvertret\w*|\b[Ss]tellv\.|\b[Vv]ize\w*|\b[Ss]tv\.|\b[Dd]eputy|\b[Aa]ssistant)\s*(?:[a-zäöü]\w*\s+)?$")
FORMER_RE = re.compile(r"\b(?:ehemalige[rn]?|frühere[rn]?|bisherige[rn]?|scheidende[rn]?|langjährige[rn]?\s+ehemalige[rn]?|damalige[rn]?|verstorbene[rn]?|Ex-)\s*(?:[a-zäöü]\w*\s+)?$")
#: Adjectives between article and role ("die neue Leiterin").
ROLE_ADJECTIVES = r"(?:neue[rn]?|kommissarische[rn]?|designierte[rn]?|künftige[rn]?|langjährige[rn]?|amtierende[rn]?|vorläufige[rn]?|stellvertretende[rn]?|bisherige[rn]?|ehemalige[rn]?|frühere[rn]?)"
#: Time phrases between a copula and a name ("ist seit dem 1. Februar neuer Leiter").
TIME_NOUNS = (
    "Frühjahr", "Sommer", "Herbst", "Winter", "Jahresbeginn", "Jahreswechsel", "Jahresende", "Anfang",
    "Beginn", "Schuljahr", "Schuljahresbeginn", "Sommerferien", "Herbstferien", "Monat", "Monatsbeginn",
    "Jahr", "Jahres", "Frühling", "Start",
)
#: Endings of a noun that describes a person ("die gebürtige Kölnerin", "die Juristin", "der
#: Pädagoge", "die 42-Jährige"): as a definite description without a name it refers back to the one
#: person named just before. Nouns with such an ending that are no person: NOT_PERSON_NOUNS.
PERSON_NOUN_ENDINGS = ("erin", "istin", "ogin", "entin", "antin", "eurin", "in", "er", "ist", "oge", "ige", "ene", "ent", "ant", "eur")
NOT_PERSON_NOUNS = frozenset({"Träger", "Sommer", "Winter", "Termin", "Magazin", "Medizin", "Disziplin", "Kamin", "Ordner", "Computer",
                              "Flyer", "Partner", "Rat", "Vorstand", "Monitor", "Newsletter", "Server", "Kalender", "Eigene", "Ganze",
                              "Stelle", "Zentrum", "Einrichtung", "Leitung", "Team", "Stadt", "Verwaltung", "Kommune", "Gemeinde", "Landrat",
                              "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin", "Landrätin"})
#: Verbs that introduce a back-reference to a person named before ("…, glaubt die Leiterin des KI").
SAYING_VERBS = r"(?:sagt|sagte|glaubt|betont|betonte|erklärt|erklärte|meint|ergänzt|ergänzte|berichtet|berichtete|weiß|findet|so|freut\s+sich|hofft|unterstreicht|fasst\s+\w+\s+zusammen)"

#: Unit words of the parent unit, most specific first; compounds ending in one of the
#: lower-case forms are units too ("Kreissozialamt", "Sozialdezernat").
PARENT_UNIT_WORDS = (
    "Geschäftsbereich", "Stabsstelle", "Fachbereich", "Fachdienst", "Dezernat", "Sachgebiet",
    "Abteilung", "Dienststelle", "Ressort", "Referat", "Bereich", "Stab", "Büro", "Amt", "FB", "FD", "Dez.", "Abt.",
)
#: Unit kinds beyond UNIT_KINDS that name a parent unit only as a whole word (no compounds: a
#: "Zuständigkeitsbereich" or "Bürgerbüro" is none), most specific first.
EXTRA_UNIT_KINDS = ("Geschäftsbereich", "Vorstandsbereich", "Verwaltungsbereich", "Eigenbetrieb", "Direktorium", "Ressort", "Stab", "Büro")
#: Compounds ending in a unit word that name no unit: an office someone holds (Ehrenamt,
#: Lehramt, Nebenamt, Richteramt, Pfarramt), a person (Beamte), a talk (Impulsreferat), or no
#: unit noun at all (insgesamt). Whole words only: "Lehramtsprüfungsamt" is an office again.
NOT_UNIT_COMPOUND_RE = re.compile(
    r"(?:(?:Ehren|Lehr|Neben|Richter|Pfarr|Priester|Bischofs|Schöffen|Wahl|Minister|Be|Insges|Ges)amt(?:es|s|en|e|er)?"
    r"|(?:Impuls|Kurz|Gast|Eröffnungs)referat(?:es|s|en|e)?)(?![\wäöüß])"
)
#: Levels of the hierarchy (1 highest): in an outline, a parent has a higher level than its items.
UNIT_RANKS = {
    "Dezernat": 1, "Geschäftsbereich": 1, "Vorstandsbereich": 1, "Verwaltungsbereich": 1, "Ressort": 1, "Direktorium": 1,
    "Fachbereich": 2, "Amt": 2, "Fachdienst": 2, "Eigenbetrieb": 2,
    "Abteilung": 3, "Referat": 3, "Stabsstelle": 3, "Stab": 3, "Dienststelle": 3, "Büro": 3, "Sachgebiet": 4,
}
UNIT_ABBREVIATIONS = {"FB": "Fachbereich", "FD": "Fachdienst", "Dez.": "Dezernat", "Abt.": "Abteilung", "Ref.": "Referat", "SG": "Sachgebiet"}
#: Lower-case stems one of which every unit word, abbreviation, office holder and English unit word holds
#: (UNIT_KINDS, EXTRA_UNIT_KINDS, their compounds and Leichte-Sprache splits, OFFICE_HOLDERS, ENGLISH_*):
#: a sentence with none of them (and no digit of a code, no FB/FD/GB) names no unit, and the unit rules
#: skip it (unitwords.names_a_unit). A new kind or office holder needs its stem here (tests/test_extract_units_round20.py).
UNIT_TRIGGERS = ("amt", "bereich", "dezern", "dez.", "dienst", "abteil", "abt.", "referat", "ref.", "gebiet", "stelle", "stab", "ressort", "büro",
                 "betrieb", "direkt", "meister", "landr", "beigeordn", "kämmerer", "vorstand", "department", "division", "office",
                 "section", "unit", "mayor", "administrator", "executive", "director")
#: Office holders a centre can be attached to ("dem Stadtdirektor zugeordnet").
OFFICE_HOLDERS = (
    r"(?:Ersten?\s+|Erste[rn]?\s+)?Beigeordnete[nr]?", r"Oberbürgermeister(?:in|s)?", r"Bürgermeister(?:in|s)?",
    r"Stadtdirektor(?:in|s)?", r"Kreisdirektor(?:in|s)?", r"Landr(?:at|ätin|ats|ates)", r"Verwaltungsvorstand(?:es|s)?",
    r"(?:[A-ZÄÖÜ][a-zäöü]+)?[Dd]ezernent(?:in|en)?", r"Stadtkämmerer(?:in|s)?",
)
#: Assignment verbs and constructions (any tense, any position).
ASSIGNMENT_VERBS = (
    r"zugeordnet", r"unterstellt", r"angegliedert", r"angebunden", r"angesiedelt", r"eingegliedert",
    r"arbeite[nt]\s+(?:im|in\s+der|beim|innerhalb\s+(?:des|der))", r"bildet", r"zugehörig", r"verortet", r"gehört", r"gehören", r"untersteht", r"unterstehen", r"angehört", r"Teil",
    r"eine?\s+(?:eigene\s+)?(?:Abteilung|Sachgebiet|Stabsstelle|Referat|Dienststelle|Organisationseinheit)", r"Bestandteil", r"angedockt", r"verankert", r"integriert", r"eingebunden", r"zuzuordnen", r"beheimatet", r"arbeitet\s+als", r"ressortiert", r"zugeschlagen", r"ist\s+(?:eine?|das|die|der)",
    r"sind\s+(?:eine?|das|die|der)", r"ist\s+eine[rs]\s+(?:von|der)",
    # the unit that supervises the centre: "Dem Fachbereich 5 obliegt die Dienst- und Fachaufsicht über das KI"
    r"\w*[Aa]ufsicht\s+(?:über|für)",
    # the centre's own kind without an article: "Das KI ist Stabsstelle beim Bürgermeister"
    r"(?:ist|sind)\s+(?:Stabsstelle|Stab|Abteilung|Sachgebiet|Referat|Dienststelle)\s+(?=(?:des|der|im|beim|bei)\s)",
    r"eingebettet", r"eingeordnet", r"untergeordnet", r"nachgeordnet", r"zugewiesen", r"aufgehängt", r"zusammengefasst",
    r"[Uu]nter\s+dem\s+Dach", r"zählt\s+zu[mr]?", r"zählen\s+zu[mr]?", r"bilden",
    # a place in a unit ("bleibt das KI im Fachbereich 2", "liegt im Geschäftsbereich des …"): a unit target is still needed
    r"bleibt", r"bleiben", r"verbleibt", r"liegt", r"eingerichtet",
    # "fällt in den Verantwortungsbereich des Ersten Beigeordneten": the genitive after the part noun is the unit
    r"f(?:ä|a)ll(?:t|en)\s+in\s+(?:den|die|das)",
    # the centre's place in the administration: "hat seine organisatorische Heimat im Amt 40", "Seinen Platz … hat das KI im …"
    r"(?:seine[nm]?|ihre[nm]?)\s+(?:[a-zäöü]\w*\s+)?(?:Heimat|Platz)",
    # a place verb names an assignment only with a unit no building can be ("befindet sich im Geschäftsbereich 2")
    r"zu\s+Hause", r"(?:befindet|befinden)\s+sich\s+(?=(?:\w+\s+){0,2}(?:im|in\s+der|innerhalb\s+(?:des|der))\s+(?:Geschäftsbereich|Dezernat|Fachbereich|Fachdienst|Ressort|Vorstandsbereich|Verwaltungsbereich|Referat|Sachgebiet)\b)",
    # "Als Abteilung 3 des Fachbereichs Bildung berät das KI …": the centre's own kind, then its parent
    r"(?:^|(?<=\s))(?:[Aa]ls)\s+(?:eine?\s+)?(?:eigene[rs]?\s+|eigenständige[rs]?\s+)?(?:Abteilung|Sachgebiet|Stabsstelle|Stab|Referat|Team|Fachdienst|Dienststelle|Teil|Organisationseinheit)",
    # English pages
    r"part\s+of", r"belongs\s+(?:\w+ly\s+)?to", r"attached\s+to", r"reports\s+(?:\w+ly\s+)?to", r"(?:sits|is\s+located|is\s+based)\s+with(?:in|\s+the)",
    r"is\s+(?:a|an)\s+(?:unit|division|section|team)", r"(?:falls|comes)\s+(?:\w+ly\s+)?under", r"is\s+(?:\w+ly\s+)?assigned\s+to", r"under\s+the\s+umbrella",
    # an apposition right after the centre: "Das KI – eine Einrichtung des Kreisjugendamts – …"
    r"(?:\s[–—(]|,)\s*(?:eine?|ein\s+Teil|Teil)\s+(?:[a-zäöü]\w*\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+(?=(?:des|der|im|beim|in\s+der)\s)",
)
#: Nouns a unit in the genitive may hang on as the centre's parent ("Teil des Amtes 40", "eine
#: Einrichtung des Kreisjugendamts", "unter dem Dach des …"); a genitive after any other noun belongs
#: to that noun ("im Gebäude des Sozialamts", "der Fachtag des Schulamts"), not to the centre.
#: What a unit holds the centre as, in "Zu den Aufgaben des Fachbereichs 5 gehört das KI" (never its partners).
MEMBER_NOUNS = ("Aufgaben", "Einrichtungen", "Bereichen", "Arbeitsbereichen", "Aufgabenbereichen", "Abteilungen", "Dienststellen",
                "Organisationseinheiten", "Sachgebieten", "Teams", "Diensten", "Fachdiensten", "Stabsstellen", "Ämtern")
UNIT_PART_NOUNS = (
    "Teil", "Bestandteil", "Teilbereich", "Bereich", "Arbeitsbereich", "Aufgabenbereich", "Einheit", "Organisationseinheit",
    "Untereinheit", "Einrichtung", "Dienststelle", "Stelle", "Fachstelle", "Team", "Teams", "Dach", "Zuständigkeitsbereich",
    "Verantwortungsbereich", "Verantwortung", "Zuständigkeit", "Aufsicht", "Dienstaufsicht", "Fachaufsicht", "Struktur",
    "Organisation", "Gliederung", "Organigramm", "Leitung", "Federführung", "Trägerschaft",
)
#: Nouns of a place or an occasion: a unit in their genitive is where something is, not whose it is.
PLACE_NOUNS = (
    "Gebäude", "Haus", "Hauses", "Räume", "Räumen", "Raum", "Etage", "Stock", "Stockwerk", "Erdgeschoss", "Obergeschoss", "Flur",
    "Nähe", "Nachbarschaft", "Dienstgebäude", "Standort", "Sitz", "Adresse", "Anschrift", "Gast", "Veranstaltung", "Fachtag",
    "Sitzung", "Termin", "Partner", "Partnerin", "Kooperationspartner", "Mitglied", "Nachbar",
)
#: Prepositions that govern the article after them: "neben dem Standesamt" names a neighbour, no target.
GOVERNING_PREPOSITIONS = (
    "mit", "von", "aus", "nach", "gegenüber", "für", "neben", "hinter", "zwischen", "gegen", "durch", "ohne", "wegen",
    "trotz", "samt", "nahe", "auf", "vor", "wie",
)
#: A statal passive ends the clause of an unseen assignment verb ("ist im Fachbereich 4 organisiert",
#: "Platziert ist das KI im Amt 50"): a participle by its form, not from a list.
STATAL_PARTICIPLE = (
    r"(?:(?:ab|an|auf|aus|bei|ein|mit|nach|unter|zu|zusammen|über|um|vor|hinzu|dazu|fest)?ge[a-zäöüß]{2,}(?:t|en)"
    r"|[a-zäöüß]{3,}iert|(?:be|ver|er|ent|zer|unter|über|zu|an|ein)[a-zäöüß]{2,}t)"
)
#: Participles that state no assignment (a place, an activity, a quality): "ist beim Jugendamt vertreten".
STATAL_NOT_ASSIGNMENT = (
    "gelegen", "geöffnet", "geschlossen", "eingeladen", "vertreten", "beteiligt", "vernetzt", "engagiert", "gefördert",
    "finanziert", "zertifiziert", "besetzt", "geplant", "gegründet", "interessiert", "informiert", "qualifiziert",
    "spezialisiert", "motiviert", "erreicht", "gewählt", "gesucht", "begrüßt", "bekannt", "beauftragt", "betroffen",
    "gemeldet", "erfasst", "aufgeführt", "genannt", "erwähnt", "beschrieben", "abgebildet", "verlinkt", "gespeichert",
    "registriert", "akkreditiert", "gelistet", "präsentiert", "eingetragen", "benannt", "angemeldet", "anerkannt", "geschätzt",
    "geehrt", "ausgezeichnet", "eingebracht", "gebeten", "angefragt", "angefordert", "berücksichtigt", "ausgeschrieben",
    "untergebracht", "besucht", "ansässig", "entfernt", "getrennt",
)
#: Participles of a present passive that says how the centre is run, not that it changes ("Das KI
#: wird als Abteilung im Fachbereich 4 geführt", "Geführt wird das KI beim Amt 51"): with them
#: "wird" is no future, and the clause is an assignment where a unit is its target.
DURATIVE_PASSIVE = ("geführt", "betrieben", "verwaltet")
#: Words that make a unit the centre's superior across a copula: "Übergeordnete Stelle des KI ist das
#: Amt 51", "Dem KI übergeordnet ist der Fachbereich 3", "Das Dezernat II ist dem KI vorgesetzt",
#: "Organisatorische Heimat des KI ist das Amt für Integration".
SUPERIOR_WORDS = (r"[Üü]bergeordnet\w*", r"[Vv]orgesetzt\w*", r"(?:[Oo]rganisatorische\s+)?Heimat", r"[Dd]ienstvorgesetzt\w*", r"(?:[Oo]rganisatorisches\s+)?Dach")
#: Nouns of an assignment: the centre in their genitive is the relation's subject.
ASSIGNMENT_NOUNS = ("Anbindung", "Zuordnung", "Eingliederung", "Zugehörigkeit", "Angliederung", "Unterstellung", "Ansiedlung")
#: English unit words ("Department of Education and Youth", "Social Services Division").
ENGLISH_UNIT_WORDS = ("Department", "Division", "Directorate", "Office", "Section", "Unit")
#: First words of English service points that are no parent unit ("Press Office", "Post Office").
ENGLISH_NOT_UNIT = ("Press", "Post", "Registry", "Register", "Tourist", "Box", "Front", "Home", "Ticket", "Information", "Visitor", "Lost")
#: English office holders a centre can report to ("reports directly to the Lord Mayor").
ENGLISH_OFFICE_HOLDERS = ("Lord Mayor", "Deputy Mayor", "Mayor", "District Administrator", "Chief Executive", "City Director")
#: Labels of a parent-unit row or line ("Organisatorische Zuordnung: …").
PARENT_LABELS = (
    r"Organisatorische\s+Zuordnung", r"Übergeordnete\s+Organisationseinheit", r"Übergeordnete\s+(?:Einheit|Stelle|Dienststelle|Behörde)",
    # (the bare adjective as a label cell: only before a colon, the cell's end or a unit word)
    r"Übergeordnet(?:e|es)?(?=\s*(?::|$)|\s+(?:FB|FD|Dez\.|" + UNIT_KIND_RE.pattern + r"))", r"Organisationseinheit", r"Gehört\s+zu", r"Zugehörigkeit", r"Zuordnung", r"Angesiedelt\s+(?:bei|im|in)",
    r"Organisatorisch\s+angebunden\s+(?:an|bei)", r"Teil\s+(?:von|des|der)", r"Eingebunden\s+in", r"Verwaltungseinheit",
    # (the relation's noun after "Organisatorische" is a label of its own, its value in the next cell or line)
    r"Organisatorische\s+(?:Einbindung|Anbindung|Eingliederung|Angliederung|Verortung|Zugehörigkeit)",
    r"Zuständige\s+Stelle", r"(?:Organisatorische\s+)?Anbindung", r"Zugeordnet(?:\s+(?:zu|zum|zur|dem|der))?", r"Unterstellt",
    r"Eingegliedert\s+in", r"Parent\s+(?:unit|department|organi[sz]ation)", r"Organi[sz]ational\s+unit", r"Part\s+of",
    r"Organisation", r"Dienststelle", r"Dezernat", r"Fachbereich", r"Geschäftsbereich", r"Ressort", r"Fachdienst", r"Amt", r"Abteilung", r"Bereich", r"Department",
)
#: How many PARENT_LABELS (from the start) may stand without a colon (in a table row); the unit
#: words after them need the colon ("Dezernat: III – Bildung").
PARENT_LABELS_WITHOUT_COLON = 14
#: The labels up to here (after those above) need a colon too, but are no unit words: their value
#: is a unit of its own ("Zugeordnet: Amt 51"), not the name of a unit of the label's kind.
PARENT_LABELS_PLAIN_END = 22
#: Stems that make any short label an assignment label ("Organisatorische Einbindung:", "Zugehörig
#: zu:", "Hierarchie:"): its value is the parent where the value is a unit phrase. Labels of other
#: owners (partners, venues, authors) carry none of them.
PARENT_LABEL_STEMS = (
    r"zuordn", r"zugeordnet", r"zugehör", r"anbind", r"angebunden", r"einbind", r"eingebunden", r"eingliede", r"eingegliedert",
    r"einordn", r"eingeordnet", r"angesiedelt", r"ansiedl", r"unterstell", r"untersteht", r"organisator", r"struktur", r"hierarch",
    r"übergeordnet", r"verort", r"ressortiert", r"angegliedert", r"angliederung", r"parent", r"reports\s+to", r"belongs\s+to",
)
#: Column headings of an organigram table beside its unit kinds ("Dezernat | Fachbereich | Einrichtung"): the centre's column.
UNIT_COLUMN_WORDS = frozenset({"Einrichtung", "Organisationseinheit", "Bezeichnung", "Name", "Stelle", "Dienststelle", "Einheit"})
#: Services the centre refers people to: a labelled value that names one is that service's office
#: ("Zuständige Stelle: Amt 33 – Ausländerbehörde" in a service portal's block on the centre's page),
#: never the centre's parent.
OTHER_SERVICE_VALUES = (r"\w*[Bb]ehörde\b", r"Jobcenter\b", r"Standesamt\b", r"Jugendmigrationsdienst", r"Migrationsberatung",
                        r"Migrationsdienst", r"Einbürgerungs\w+", r"Wohngeldstelle", r"Elterngeldstelle")
#: Labels of a head row or line.
HEAD_LABELS = (r"Leitung", r"Leiterin", r"Leiter", r"Kommissarische\s+Leitung")


#: A council or committee the centre serves ("Ihre Ansprechpartnerin im KI (auch für den Integrationsrat)",
#: "Frau X betreut auch den Integrationsrat"): the object of the centre's work, never the owner of the facts
#: around it. Fixed-width lookbehinds put before the council's name in the owner lists below.
SERVED_BODY_BEFORE = "".join(f"(?<!{p} )" for p in (
    "auch für den", "zugleich für den", "ebenso für den", "auch für die", "zugleich für die",
    *(f"{verb}{also} den" for verb in ("betreut", "berät", "unterstützt", "begleitet", "betreuen", "beraten", "unterstützen", "begleiten")
      for also in ("", " auch", " zudem")),
))


def not_served(body: str) -> str:
    """``body`` (a council's name pattern) where no SERVED_BODY_BEFORE phrase precedes it; the lookahead
    first, so that the lookbehinds run only where the name stands, not at every position of a text."""
    return f"(?={body})" + SERVED_BODY_BEFORE + body


#: Labels that open someone else's block: facts inside belong to that entity, not the centre.
DISTRACTOR_LABELS = (
    r"Pressekontakt", r"Pressestelle", r"Presse-?\s*und\s+Öffentlichkeitsarbeit", r"Presseamt", r"Presse\s*:", r"Pressesprecher(?:in)?", r"Pressereferent(?:in)?", r"Press\s+(?:office|contact)",
    r"Medienkontakt", r"Ansprechpartner(?:in)?\s+für\s+(?:die\s+)?(?:Presse|Medien)", r"Impressum", r"Herausgeber(?:in)?",
    r"Verantwortlich\s+(?:für\s+den\s+Inhalt|i\.\s?S\.\s?d\.|im\s+Sinne\s+(?:des|von))", r"Verantwortlich(?=\s*:)", r"V\.\s?i\.\s?S\.\s?d\.\s?P\.", r"Redaktion",
    r"Anbieter(?:in)?\s+(?:dieser|der)\s+(?:Seite|Website|Internetseite)", r"Betreiber(?:in)?", r"Webmaster",
    r"Ort\s*:(?!\s*\d{5})", r"Wo\s*:", r"Veranstaltungsort", r"Veranstaltungsadresse", r"Tagungsort", r"Ort\s+der\s+Veranstaltung", r"Treffpunkt",
    r"Geschäftsstelle\s+des\s+Integrationsrate?s", not_served(r"Integrationsrat"), r"Integrationsbeauftragte[rn]?(?=\s+(?:der|des)\s|\s*:)",
    r"Jugendmigrationsdienst", r"Migrationsberatung", r"Migrationsdienst", r"Ausländerbehörde",
    r"Bürgerservice", r"Servicecenter", r"Bürgerbüro",
    r"Partner(?:in)?\s*:", r"Kooperationspartner", r"In\s+Kooperation\s+mit", r"Träger(?:in)?\s*:",
    r"Anmeldung\s+(?:bei|über)",
)
#: "… findet (am 4. Dezember) im Bürgerhaus … statt": whatever takes place there, unless it is the
#: centre's own consultation ("Die Sprechstunden finden … statt"); a date's dots stay inside.
EVENT_TAKES_PLACE = (r"(?<!stunde\s)(?<!stunden\s)(?<![Bb]eratung\s)(?<![Bb]eratungen\s)(?<!zeit\s)(?<!zeiten\s)"
                     r"\b(?:findet|finden|fand|fanden)\s(?:[^.;]|(?<=\d)\.|(?<=\bSt)\.|(?<=\bDr)\.|(?<=\bNr)\.|(?<=str)\.){0,160}\bstatt\b")
#: Sentences that say an event takes place somewhere: the place is the event's (a venue), but the
#: sentences after it are not the venue's ("… findet im Bürgerhaus statt. Anmeldung: …").
EVENT_PLACES = (
    # an event (not the centre's own office hours, "Die Sprechstunde findet … statt") takes place there
    r"(?:[Vv]eranstaltung|[Ff]achtag|[Tt]agung|[Kk]onferenz|[Ff]est(?:akt|abend)?\b|[Ff]eier|[Ww]orkshop|[Ll]esung|[Aa]usstellung"
    r"|[Aa]uftakt|[Ss]itzung|[Ee]mpfang|[Ff]estival|[Aa]ktionstag|[Ee]vent|[Cc]onference|[Mm]eeting)\w*[^.;]{0,120}"
    r"\b(?:statt|stattfinden|takes\s+place|will\s+be\s+held|is\s+held)\b",
    # whatever takes place there (an event, a course, a training), unless it is the centre's own
    # consultation; an exhibition is shown there
    EVENT_TAKES_PLACE, r"\bzu\s+sehen\b",
)
#: Owners other than the centre, by kind (German and English). A heading, a line label or a
#: sentence that names one of them — and not the centre — owns the contact facts under or in it
#: (attribution.mark_foreign): the owner of a block, not a list of distractor phrases. Unit words
#: alone (Amt, Fachbereich, Dezernat) are no other owner: they are often the centre's own parent.
OTHER_OWNERS = (
    # press and media
    r"Presse\w*", r"\w+presse\b", r"Medien(?:vertreter|anfragen|kontakt|arbeit|stelle|büro)\w*", r"Journalist\w*",
    r"(?:Amt|Referat|Abteilung|Stabsstelle|Team|Bereich)\s+(?:für\s+)?(?:Kommunikation|Öffentlichkeitsarbeit|Medien)",
    r"[Pp]ress\b", r"[Mm]edia\s+(?:contact|enquiries|inquiries|relations)", r"\b(?:der|die|den|für)\s+Medien\b",
    # imprint, publisher, who keeps the page
    r"Impressum", r"Herausgeber\w*", r"[Ii]nhaltlich\s+verantwortlich", r"[Vv]erantwortlich\s+für\s+(?:den\s+)?Inhalt",
    r"(?:betreut|gepflegt|[Hh]erausgegeben|redigiert)\s+(?:von|vom|durch)", r"[Ii]mprint", r"[Pp]ublisher", r"[Ss]ite\s+owner",
    r"[Pp]ublished\s+by", r"[Rr]esponsible\s+for\s+(?:the\s+)?content", r"©", r"\([Cc]\)\s*\d{4}", r"\b[Cc]opyright\b",
    # events and where they take place
    r"Veranstaltungsort\w*", r"Ort\s+der\s+Veranstaltung", r"Tagungsort", r"Treffpunkt", r"[Vv]enue",
    r"(?<![\wäöüß])(?:Wo|Where)\s*\?", r"Veranstalt(?:ungs)?ort", r"(?<![\wäöüß])(?:Location|Where|Place)\s*:",
    *EVENT_PLACES,
    # a service for the whole country or state is not the centre's ("die bundesweite Hotline")
    r"\b(?:[Bb]undes|[Ll]andes|[Ee]uropa|[Dd]eutschland|NRW-)weite[nrs]?\b",
    # the whole administration as the subject of a sentence ("Die Stadtverwaltung hat ihren Sitz …")
    r"\b(?:[Dd]ie|[Dd]er)\s+(?:Stadt|Kreis|Gemeinde)verwaltung\b",
    # the council and its office
    not_served(r"Integrationsrat\w*"), r"(?:Büro|Geschäftsstelle|Sitzung)\s+des\s+(?:Stadt|Kreis|Integrations)?[Rr]ates", r"Ratsbüro",
    not_served(r"Ausschuss\w*"),
    r"[Cc]ouncil",
    # service desks and switchboards of the whole administration
    r"Bürger(?:amt|büro|service|telefon|center|zentrum|beratung)\w*", r"Service-?(?:[Cc]enter|stelle|nummer|telefon|[Hh]otline)", r"Servicecenter",
    r"(?:Telefon)?[Zz]entrale\b(?!\s+[A-ZÄÖÜ])", r"Vermittlung", r"Behörden(?:nummer|ruf)", r"[Ss]witchboard",
    r"[Cc]itizens'?\s+(?:office|service)", r"[Tt]own\s+hall\s+(?:switchboard|reception)",
    # other public bodies and agencies
    # national helplines and emergency numbers
    r"Hilfetelefon\w*", r"Notruf\w*", r"Telefonseelsorge", r"Nummer\s+gegen\s+Kummer", r"Krisen(?:telefon|dienst)\w*", r"[Hh]elpline",
    r"Bundesamt\w*", r"BAMF",
    r"Integrationsbeauftragte\w*", r"Personal(?:amt|abteilung|service|stelle|büro)\w*", r"Bewerbung\w*",
    r"\b(?:IT|EDV)-?(?:Hotline|Service|Support|Abteilung)\w*", r"[Tt]echnische[nr]?\s+(?:Problem\w*|Fragen|Störung\w*|Support)", r"Jobcenter", r"Agentur\s+für\s+Arbeit", r"Ausländer(?:behörde|amt|büro)", r"Einbürgerung\w*", r"Standesamt", r"Volkshochschule",
    r"VHS", r"Jugendmigrationsdienst\w*", r"Migrations(?:beratung|dienst)\w*", r"Schuldnerberatung", r"\w+schule\b", r"[Pp]olizei",
    # welfare associations, clubs, churches, companies
    r"Caritas\w*", r"Diakoni\w*", r"AWO", r"Arbeiterwohlfahrt", r"DRK", r"Rote[sn]?\s+Kreuz\w*", r"Paritätische\w*",
    r"\w+verband\w*", r"\w+verein\b", r"e\.\s?V\.", r"g?GmbH", r"Stiftung\w*", r"\w+bund\b", r"\w*[Gg]emeinde\b", r"Moschee\w*",
    # who funds or runs a project ("Gefördert durch …", "Projektträger: … e. V.")
    r"[Gg]efördert\s+(?:durch|von)", r"[Ff]unded\s+by", r"Fördermittelgeber\w*", r"\w+träger\b", r"\bTräger(?:in)?\s*:",
    # the site's own services: privacy, accessibility, the web team
    r"Datenschutz\w*", r"Barrierefreiheit", r"Barrieren\b", r"Webmaster", r"(?:Internet|Online|Web)-?[Rr]edaktion", r"[Pp]rivacy",
    r"(?:Fragen|Hinweise|Anregungen|Probleme|Fehler)\s+(?:zu[rm]?|mit|auf)\s+(?:der\s+|dieser\s+)?(?:Website|Webseite|Internetseite|Homepage|Internetauftritt)",
    r"[Aa]ccessibility",
    # (premises the centre has left are no owner: addresses.py drops the clause that names them)
    # partners and neighbours in the same building
    r"(?<![\wäöüß])(?:Kooperations|Netzwerk)?[Pp]artner(?:in|innen|n|organisation\w*)?\b", r"Kooperation\w*", r"Beratungsstellen",
    r"\b(?:[Aa]ndere[rn]?|[Ww]eitere[rn]?|[Ee]xterne[rn]?|[Ff]reie[rn]?)\s+(?:Beratungs)?(?:Träger|Anbieter|Stellen|Einrichtungen|Institutionen|Organisationen|Dienste)\b",
    r"\b(?:[Aa]ndere|[Ww]eitere|[Ee]xterne|[Ww]ichtige|[Nn]ützliche)\s+(?:Anlaufstellen|Ansprechstellen|Beratungsangebote|Hilfsangebote|Adressen|Anlaufpunkte)\b",
    # people of another unit: "Weitere Ansprechpersonen im Amt 40", "Other contacts in the department"
    r"\b(?:[Ww]eitere|[Aa]ndere|[Ww]eiterführende)\s+(?:Ansprech\w+|Kontakte|Mitarbeit\w+|Beschäftigte)\s+(?:im|in\s+der|in\s+den|des|der|beim|bei\s+der)\b",
    r"\b[Oo]ther\s+(?:contacts|staff|people)\s+(?:in|at|of)\b",
    r"(?:im\s+(?:selben|gleichen)|ebenfalls\s+im|mit\s+im)\s+(?:Haus|Gebäude)", r"[Nn]ebenan", r"[Nn]achbar\w*",
)
#: The last parts of role and owner compounds that easy-language text sets apart with a hyphen
#: ("Integrations-Rat", "Abteilungs-Leiterin"): read as one word (document.plain_compounds). Unit
#: kinds are not among them: the unit rules read "Jugend-Amt" as it is spelled.
EASY_LANGUAGE_PARTS = (r"Rat(?:es|s)?", r"Rät(?:e|en)", r"Beauftragte(?:[nr])?", r"Ausschuss(?:es)?", r"Behörde(?:n)?", r"Leitung",
                       r"Leiter(?:in|innen|s)?", r"Berater(?:in|innen)?", r"Beratung", r"Geschäftsstelle")
#: Owners a line of page chrome names (extract/chrome.py) besides OTHER_OWNERS: the administration
#: as the site's owner ("Stadt X · Marktplatz 1", "Ein Angebot der Stadt X", "City of X"), its
#: head's office (the mayor's, the Landrat's).
CHROME_OWNERS = (
    r"^\W{0,3}(?:(?:©|\([Cc]\)|Copyright)\s*(?:\d{4}\s*)?)?(?:Stadt|Kreis|Landkreis|Gemeinde|Städteregion|Hansestadt"
    r"|Stadtverwaltung|Kreisverwaltung|Gemeindeverwaltung)\b",
    r"\b(?:der|des|die|von)\s+(?:Stadt|Kreis(?:es)?|Landkreis(?:es)?|Gemeinde|Städteregion|Hansestadt)\s+[A-ZÄÖÜ]",
    r"\b(?:Stadt|Kreis|Gemeinde)verwaltung\b", r"\bEin\s+Angebot\s+(?:der|des|von)\b",
    r"\b(?:City|Town|County|Municipality|District)\s+(?:of|[Hh]all|[Cc]ouncil)\b",
    r"\b(?:Ober)?[Bb]ürgermeister(?:in|s)?\b", r"\bLandr(?:at(?:s|es)?|ätin)\b", r"\b(?:Kreis|Stadt)direktor(?:in|s)?\b",
    r"\b(?:Lord\s+)?[Mm]ayor\b",
)
#: Owners a section heading names (and a sentence need not): another authority or office of the
#: administration ("Schulamt für den Kreis …", "Amt für Soziales", "Ausländerbehörde"). Under
#: such a heading, a block that names the centre is the centre's again.
HEADING_OWNERS = (r"[A-ZÄÖÜ][a-zäöüß]+amt\s+für\s+(?:den|die|das)\s+(?:Kreis|Stadt|Region)",
                  # the district's towns and their own offices ("Ansprechpersonen in den Städten und Gemeinden")
                  r"\b(?:in|bei|aus)\s+den\s+(?:kreisangehörigen\s+)?(?:Städten|Gemeinden|Kommunen)\b", r"\b(?:in\s+the|of\s+the)\s+(?:towns|municipalities)\b",
                  r"\w*[Bb]ehörde\b", r"\b[Mm]inisterium\b",
                  r"\b[Bb]ezirksregierung\b")
#: Words that name the centre's own voice in a sentence ("Sie erreichen uns unter …").
OWN_VOICE_RE = led(re.compile(r"\b(?:[Ww]ir|[Uu]ns|[Uu]nser(?:e[mnrs]?)?(?!\s+(?:Partner|Kooperations))|[Oo]ur|[Uu]s|[Ww]e)\b"))

#: A centre of another body, named after its centre word: "das Integrationszentrum Ost der Diakonie (IZO)",
#: "das Integrationszentrum der AWO", "das Migrationszentrum des Caritasverbandes". What it belongs to is no
#: parent unit of the page's centre.
OTHER_BODY_CENTRE_RE = re.compile(
    r"(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,2}(?:\s*\([A-ZÄÖÜ][\wÄÖÜ-]{1,7}\))?\s+(?:der|des|vom|von\s+der)\s+(?:[Dd]eutschen\s+|[Ee]vangelischen\s+|[Kk]atholischen\s+)?"
    r"(?:Caritas\w*|Diakoni\w*|Diakonischen\s+Werk\w*|AWO|Arbeiterwohlfahrt|DRK|Roten\s+Kreuz\w*|Paritätischen\w*|Malteser\w*|Johanniter\w*"
    r"|[\wäöüß]*[Vv]erband\w*|[\wäöüß]*[Vv]erein\w*|Stiftung\w*|[\wäöüß]*[Kk]irche\w*|[\wäöüß]+gemeinde\b|Universität\w*|Hochschule\w*)\b"
)

#: Labels that (re)open the centre's own block.
OWN_LABELS = (
    r"Kontakt", r"Anschrift", r"Adresse", r"Besucheranschrift", r"Besucheradresse", r"Postanschrift",
    r"Dienstsitz", r"Standort", r"Sitz", r"So\s+erreichen\s+Sie\s+uns", r"Ansprechpartner", r"Ihre\s+Ansprechpartner",
    r"Team", r"Unser\s+Team", r"Leitung", r"Sprechzeiten", r"Öffnungszeiten",
)
#: Contact labels that a qualifier can give to an owner ("Kontakt Stadtverwaltung", "Ansprechpartner
#: beim Jobcenter"), the prepositions that introduce that owner (never "für": a topic), and the
#: centre's own places that a qualifier may name without naming someone else (extract/ownership).
CONTACT_LABEL_WORDS = (r"Kontakt(?:daten)?", r"Ansprechpartner(?:in|innen)?", r"Ansprechperson(?:en)?", r"Anschrift", r"Adresse",
                       r"Erreichbarkeit", r"Contact")
OWNER_PREPOSITIONS = (r"beim", r"bei\s+der", r"bei\s+dem", r"bei", r"im", r"in\s+der", r"des", r"der", r"zur", r"zum", r"vom",
                      r"von\s+der", r"at\s+the", r"at")
OWN_PLACE_WORDS = (r"Team", r"Sekretariat", r"Leitung", r"Büro", r"Vorzimmer", r"Geschäftszimmer", r"Hauptsitz", r"Außenstelle",
                   r"Zweigstelle", r"Nebenstelle", r"Standort", r"Dienstsitz", r"Hauses?", r"Haus", r"office")
#: The centre's own sites, wherever a title names them ("Beratungsstelle Nord (Außenstelle)").
OWN_SITE_WORDS = (r"Außenstelle", r"Zweigstelle", r"Nebenstelle", r"Hauptstelle", r"Hauptsitz", r"Zweitstandort", r"Standort",
                  r"Dienstsitz")
#: Head nouns of an organisation's name ("Regionales Bildungsbüro", "Grundschule am Wald",
#: "Caritasverband … e. V."): a card or a section titled so, beside the centre's own, is theirs.
ORGANISATION_HEADS = (
    r"\b\w*(?:büro|amt|ämter|stelle|dienst|verwaltung|schule|kita|bibliothek|werk|verband|verein|center|centre|zentrum|agentur|behörde|beratung"
    r"|einrichtung|gericht|kirche|gemeinde|initiative|netzwerk|ministerium|akademie|museum|theater|kammer|management|mission)\b",
    r"\b(?:Frauen|Mehrgenerationen)haus\b", r"\bTafel\b", r"\bMission\b",
    r"\be\.\s?V\.", r"\bg?GmbH\b", r"\bStiftung\b", r"\bKita\b", r"\b[A-ZÄÖÜ]\w+schule\b",
)
#: The organisation-name grammar of attribution (extract/institutions.py): how running text names
#: an institution other than the centre, so that the contact facts after its name are its own —
#: a compound whose last part is an institution noun ("Beratungsstelle", "Bildungswerk",
#: "Handwerkskammer"), the noun with its complement ("Zentrum für …", "Büro für …"), a legal form
#: ("… e. V.", "gGmbH"), or a body known by its name. Unit words of the administration (Amt,
#: Fachbereich, Fachdienst, Abteilung, Stabsstelle, Dienststelle) are none: the centre is often one
#: of them or inside one; neither are the centre's own sites (Außenstelle, Hauptstelle) nor
#: buildings and quarters (Rathaus, Bürgerzentrum, Stadtteilbüro): places the centre may sit in.
INSTITUTION_NAMES = (
    # (a compound is matched from its last part, preceded by a lower-case letter: extract/institutions.py
    # takes the word from its start; a scan from every capital letter cost a regex backtrack per word)
    # -stelle: Fachstelle, Servicestelle (not a unit, a site, a stop, a post or a job); a Beratungsstelle or
    # Anlaufstelle may be the centre's own second site, so it is another's only with its owner after it
    r"(?=stelle\b)(?<=[a-zäöüß])(?<!Stabs)(?<!Dienst)(?<!Außen)(?<!Neben)(?<!Zweig)(?<!Haupt)(?<!Halte)(?<!Bau)(?<!Post)(?<!Kosten)"
    r"(?<!Haushalts)(?<!Buchungs)(?<!Plan)(?<!Teilzeit)(?<!Vollzeit)(?<!Arbeits)(?<!Ausbildungs)(?<!Projekt)(?<!Koordinierungs)"
    r"(?<!Beratungs)(?<!Anlauf)stelle\b",
    r"(?:Beratungs|Anlauf)stelle\w*\s+(?:der|des)\s+(?!Kommunal|KI\b|KIZ\b|Integrationsz|Kreisintegr)[A-ZÄÖÜ]",
    # -dienst: Migrationsdienst, Bereitschaftsdienst, Sozialdienst (not the Fachdienst, a unit)
    r"(?=dienst)(?<=[a-zäöüß])(?<!Fach)(?<!Gottes)(?<!Außen)(?<!Innen)dienst(?:es|e|s)?\b",
    # -zentrum: Familienzentrum, Beratungszentrum (not the centre, not a building or quarter)
    r"(?=zentrum)(?<=[a-zäöüß])(?<!ntegrations)(?<!Stadt)(?<!Verwaltungs)(?<!Bildungs)(?<!Bürger)(?<!Stadtteil)(?<!Kultur)(?<!Begegnungs)"
    r"(?<!Einkaufs)(?<!Dienstleistungs)(?<!Service)(?<!Gemeinde)(?<!Kreis)(?<!Innenstadt)(?<!Beratungs)zentrum(?:s)?\b",
    r"(?:Zentrum|Büro|Institut|Stelle|Netzwerk|Gesellschaft|Bündnis)\s+(?:für|gegen)\s+[A-ZÄÖÜ]",
    r"(?=Zentrum\b)(?<![Dd]as\s)(?<![Dd]ieses\s)(?<![Uu]nser\s)(?<![Uu]nseres\s)(?<![Ii]hr\s)(?<![Jj]edes\s)(?<=[a-zäöüß]es\s)Zentrum\b",
    # -büro: Bildungsbüro, Ehrenamtsbüro (not a quarter's office the centre may use, not its own
    # consultation office)
    r"(?=büro)(?<=[a-zäöüß])(?<!Integrations)(?<!Stadtteil)(?<!Quartiers)(?<!Bezirks)(?<!Haupt)(?<!Beratungs)büro(?:s)?\b",
    r"(?=agentur\b)(?<=[a-zäöüß])agentur\b", r"\bAgentur\b", r"(?=behörde\b|kammer\b|gericht\b)(?<=[a-zäöüß])(?:behörde|kammer|gericht)\b",
    r"(?:Bildungs|Sozial|Jugend|Hilfs|Kinder|Kolping|Frauen|Familien|Stadt)werk(?:e|es|s)?\b", r"Diakonische[snm]?\s+Werk",
    r"(?=gesellschaft|genossenschaft|initiative|akademie|hochschule|universität|klinik|krankenhaus|institut)(?<=[a-zäöüß])"
    r"(?:gesellschaft|genossenschaft|initiative|akademie|hochschule|universität|klinik|klinikum|krankenhaus|institut)\b",
    not_served(r"(?:Integrations|Flüchtlings|Senioren|Jugend|Bei|Migrations|Ausländer)rat(?:es|s)?\b"),
    r"(?=verband|verein|schule\b|stiftung\b)(?<=[a-zäöüß])(?:verband|verbandes|verein|vereins|schule|stiftung)\b", r"\bKita\b", r"\bStiftung\b", r"\bVerein\s+[A-ZÄÖÜ]",
    r"\bVerband\s+\w",
    # legal forms
    r"\be\.\s?V\.", r"\bg?GmbH\b", r"\bgUG\b", r"\bmbH\b", r"\bAöR\b", r"\bKdöR\b",
    # the office of the administration's head ("Büro der Bürgermeisterin", "Vorzimmer des Landrats")
    r"(?:Büro|Vorzimmer|Sekretariat)\s+(?:des|der)\s+(?:Ober)?(?:[Bb]ürgermeister|Landr[aä]t|Stadtdirektor|Kreisdirektor|Beigeordnete|Dezernent)\w*",
    # bodies known by their name
    r"\bJobcenters?\b", r"\bBezirksregierung\b", r"\bMinisteriums?\b", r"\bBundesamt(?:es|s)?\b", r"\bBAMF\b", r"\bCaritas\w*", r"\bDiakonie\b",
    r"\bAWO\b", r"\bArbeiterwohlfahrt\b", r"\bDRK\b", r"\bRote[sn]?\s+Kreuz\w*", r"\bParitätische\w*", r"\bMalteser\b", r"\bJohanniter\b",
    r"\bInternationale[rn]?\s+Bund\w*", r"\bIB\b", r"\bVHS\b",
    # schools and day care that no -schule names; the municipal case management beside the centre
    r"\bGymnasium\b", r"\bGymnasiums\b", r"(?=kolleg\b|kollegs\b)(?<=[a-zäöüß])kollegs?\b", r"\bKinder(?:garten|gärten|tagesstätte)\w*",
    r"\bIntegrationsmanagement\w*", r"\bKIM\b",
    # services known by their short names, universities, libraries, centres named in English
    r"\bJMD\b", r"\bMBE\b", r"\b(?:Universität|Hochschule|Fachhochschule)\b", r"(?=bibliothek|bücherei)(?<=[a-zäöüß])(?:bibliothek|bücherei)\b",
    r"(?=center\b)(?<=[a-zäöüß])center\b", r"\bWelcome\s+Cent(?:er|re)\b",
    # chambers, the police and the employment agency by name (never an office by its compound, "Bezirksamt
    # Mitte", "Sozialamt": the centre's host or parent as often as another owner)
    r"\bIHK\b", r"\bHWK\b", r"\bPolizei\w*", r"\bAgentur\s+für\s+Arbeit\b",
    # welfare and regional bodies known by their short names, shelters and houses of a group, the
    # management of a quarter, food banks and church missions ("die Tafel Lindmoor", "die Polnische Mission")
    r"\bSKM\b", r"\bSkF\b", r"\bLWL\b", r"\bLVR\b", r"\b(?:Frauen|Mehrgenerationen)haus(?:es)?\b",
    r"\b(?:Quartiers|Stadtteil)management\w*", r"\bTafel\s+(?:[A-ZÄÖÜ]|e\.)", r"\bMission\b",
    # counselling services of other bodies by their subject (the centre's own counselling is named by
    # its task, "Seiteneinstiegsberatung", "Elternberatung": never one of these), schools' social
    # work, associations named "…bund" and consumer advice
    r"\b(?:Flüchtlings|Schuldner|Sucht|Drogen|Erziehungs|Schwangerschafts\w*|Verbraucher|Mieter|Renten|Asylverfahrens|Rückkehr)beratung\w*",
    r"\bSchulsozialarbeit\b", r"(?=bund\b|bundes\b)(?<=[a-zäöüß])bund(?:es)?\b", r"\b(?:Verbraucher|Landes)zentrale\b",
)
#: Words that make an institution named after them a partner or a funder of what the sentence's
#: subject does, not the owner of the facts after it ("Das KI bietet gemeinsam mit der VHS einen Kurs
#: an, Anmeldung unter …", "Das KI (gefördert vom Ministerium …) erreichen Sie unter …"): such a name
#: owns only facts in apposition to it ("mit der VHS (Marktplatz 3, Tel. …)", "von der
#: Bezirksregierung, Seibertzstraße 1, gefördert"). Never "an"/"bei": whom to turn to owns the facts.
INSTITUTION_GOVERNORS = (
    r"(?:gemeinsam|zusammen)\s+mit", r"in\s+(?:Kooperation|Zusammenarbeit|Abstimmung|Partnerschaft)\s+mit",
    # (not a bare "mit": "Termine mit der Ausländerbehörde vereinbaren Sie unter …" are hers)

    r"mit\s+(?:Unterstützung|Hilfe|Mitteln|Förderung)\s+(?:des|der|von|vom)",
    r"(?:gefördert|unterstützt|finanziert|getragen|beauftragt|[Gg]efördert|[Uu]nterstützt|[Ff]inanziert)\s+(?:von|vom|durch)",
    r"(?:[Ii]m\s+Auftrag|[Aa]uf\s+(?:Anregung|Initiative)|[Ii]m\s+Rahmen)\s+(?:des|der|von)", r"[Ff]unded\s+by", r"together\s+with",
    r"in\s+(?:cooperation|partnership)\s+with",
)
#: A sentence that only names who funds or commissions the work ("Gefördert vom Land NRW und der
#: Stiftung X.", "Im Auftrag des Ministeriums.") gives the sentences after it to nobody: a funder is
#: never whom to call.
FUNDING_PHRASES = (r"[Gg]efördert\s+(?:durch|von|vom|aus)", r"[Ff]inanziert\s+(?:durch|von|vom|aus)", r"[Ff]unded\s+by",
                   r"[Mm]it\s+(?:freundlicher\s+)?(?:Unterstützung|Förderung|Mitteln)\s+(?:des|der|von|vom|aus)",
                   r"[Ii]m\s+Auftrag\s+(?:des|der)", r"Fördermittelgeber\w*", r"Förderer\b", r"[Ss]ponsored\s+by",
                   # the participle after its agent: "Das Programm wird von der Stiftung X gefördert."
                   r"\b(?:von|vom|durch)\s[^.;:]{1,80}?\s(?:gefördert|finanziert|bezuschusst)\b")
#: Words right before an institution's name that make it a place, not an owner: the centre sits,
#: meets or consults there ("im Familienzentrum, Annastraße 5", "in den Räumen der VHS").
INSTITUTION_PLACE_BEFORE = (
    r"im", r"ins", r"in\s+(?:der|dem|den|einem|einer)", r"am", r"an\s+der", r"auf\s+dem", r"neben\s+(?:der|dem)",
    r"gegenüber\s+(?:der|dem|vom)", r"über\s+(?:der|dem)", r"unter\s+dem\s+Dach\s+(?:der|des)",
    # a part of the building before it: "im 2. OG des Jobcenters", "in den Räumen der VHS"
    r"(?:Haus|Gebäude|Räumen|Räume|Räumlichkeiten|Erdgeschoss|Obergeschoss|Untergeschoss|Dachgeschoss|OG|EG|UG|Etage|Stock|Stockwerk"
    r"|Trakt|Flügel|Foyer|Eingang|Nebengebäude|Anbau)\s+(?:der|des)",
    # an address label: the institution names the building ("Standort: Berufskolleg Nord, …")
    r"(?:Standort|Dienstsitz|Sitz|Besucheradresse|Besucheranschrift|Hausanschrift|Anschrift|Adresse|Dienstgebäude)\s*:",
)

#: The whole administration as an owner ("Kontakt Stadtverwaltung").
ADMINISTRATION_WORDS = (r"Stadtverwaltung", r"Kreisverwaltung", r"Gemeindeverwaltung", r"Rathaus", r"Kreishaus", r"Stadt", r"Kreis",
                        r"Gemeinde", r"City\s+hall", r"Town\s+hall")
#: Labels of one field in a line of labelled parts: they continue the part before them.
FIELD_LABELS = (r"Tel\.?", r"Telefon", r"Fon", r"Fax", r"Telefax", r"E-?Mail", r"Mail", r"Mobil", r"Handy", r"Adresse", r"Anschrift",
                r"Zimmer", r"Raum", r"Sprechzeiten", r"Öffnungszeiten", r"Internet", r"Web", r"Homepage", r"Durchwahl", r"[TFEM]",
                r"Phone", r"Email", r"Postfach")
#: Labels of a line about where and how to get to the centre, never another owner's name
#: ("Anfahrt: Buslinie 5 bis Kolpingstraße 2", "Barrierefreier Zugang: Hofstraße 3").
LOCATION_LABEL_WORDS = (r"Anfahrt", r"Zugang", r"Eingang", r"Anreise", r"Lieferanschrift", r"Lieferadresse", r"Post", r"Park\w*",
                        r"Haltestelle", r"Bus", r"Bahn", r"Wegbeschreibung", r"Lage", r"Anmeldung", r"Termin\w*", r"Ort")
#: Address labels; a Postfach is a postal address, an Außenstelle a second site (not a move).
ADDRESS_LABELS = (r"Besucheranschrift", r"Besucheradresse", r"Hausanschrift", r"Dienstsitz", r"Postanschrift",
                  r"Anschrift", r"Adresse", r"Standort", r"Sitz", r"Büro", r"Außenstelle", r"Dienstgebäude", r"Ort")
#: A cell of a label column in a text layer set in columns (kiwatch.pipelines.columns): a field
#: label of the centre's own facts, without a colon ("Leitung  Frau X", "Anschrift  Markt 3").
COLUMN_LABEL_RE = re.compile(r"(?:" + "|".join((*HEAD_LABELS, *PARENT_LABELS[:PARENT_LABELS_WITHOUT_COLON], *FIELD_LABELS, *ADDRESS_LABELS,
                                               *OWN_LABELS)) + r")\.?", re.IGNORECASE)
#: Phone labels that name someone else's line: the municipal switchboard or service number.
SWITCHBOARD_RE = re.compile(r"(?:Zentrale|Vermittlung|Telefonzentrale|Behördennummer|Behördenruf|Bürgertelefon|Servicenummer|Service-Center|Bürgerservice|Rathaus)\s*:?\s*$", re.IGNORECASE)
#: What a number right after these is: a file, case, account or tax number, never a phone
#: ("Aktenzeichen 51.2-0815/2026", "Vorlage Nr. 0234/2026", "IBAN DE12 0300 …").
NOT_A_PHONE_BEFORE_RE = led(re.compile(
    r"(?:Aktenzeichen|Az\.|Geschäftszeichen|Kassenzeichen|Kostenstelle|Haushaltsstelle|Sachkonto|Buchungsstelle|Produkt(?:nummer|-?Nr\.?)?"
    r"|Kunden(?:nummer|-?Nr\.?)|Rechnungs(?:nummer|-?Nr\.?)|Personal(?:nummer|-?Nr\.?)|Vorlage(?:n)?(?:-?Nr\.?|nummer)?|Drucksache(?:n-?Nr\.?)?|Nr\.|(?<!der\s)(?<!die\s)(?<!diese\s)(?<!dieser\s)(?<!unsere\s)(?<!unserer\s)Nummer|IBAN|BIC"
    r"|Konto(?:nummer)?|Kto\.|BLZ|Steuer(?:nummer)?|St\.-?Nr\.|USt[\w.-]*|Gläubiger-?ID|Ref(?:erence|\.)|File\s+no\.?|Case\s+no\.?"
    # the wrong or old number a correction names ("… lautet 0… und nicht wie angegeben 0…", "statt 0…", "alte Nummer: 0…")
    r"|\bnicht(?:\s+(?:wie\s+)?(?:angegeben|veröffentlicht|genannt|mehr))?|\b(?:an)?statt|\banstelle\s+von|\bbisher(?:ige)?|\balte|\bfrühere)"
    r"\s*:?\s*(?:[A-Z]{2}\d{2}(?:\s?[\dA-Z]{4})*\s?)?[\w./-]*$"
))
#: Words that mark a phone number's line as a contact context without a label.
CONTACT_CONTEXT_RE = re.compile(r"(?:\bKontakt\b|\bAnsprech\w+|\bRückfrage\w*|\bAuskunft\b|\bAuskünfte\b|\bAnmeld\w*|\bwenden\b|\bmelden\b|\b\d{5}\s+[A-ZÄÖÜ]|erreichbar|erreichen|\banrufen\b|\brufen\b|\bunter\b|\bTel\b|\bTelefon|\bRuf\b|Durchwahl|Sekretariat|@|\(at\)|\[at\]|\breach\b|\bcall\b|\bphone\b|Hotline|\bAnruf|WhatsApp|Signal|Threema|Messenger|\bSMS\b"
    # when and how to come: office hours, appointments by arrangement ("Sprechzeiten: Di 14–16 Uhr, 0…", "nach Vereinbarung (0…)")
    r"|Sprechzeit\w*|Sprechstunde\w*|Öffnungszeit\w*|Vereinbarung|\bTermin\w*|telefonisch|\büber\s+(?=\+|0|\(0)"
    # where to find someone: a room number ("Anna Roth, Zimmer 2.14, 0…"); a phone symbol
    r"|\b(?:Zimmer|Raum|Zi\.|Room)\s*(?:Nr\.?\s*)?[A-Z]?\d|[☎✆📞]|(?:Telefon|Ruf|Handy|Mobil)nummer"
    # a person named on the line: the number is theirs ("Frau Zeynep Aktaş 02364 93-4410")
    r"|(?-i:\b(?:Frau|Herrn?|Fr\.|Hr\.)\s+[A-ZÄÖÜ][a-zäöüß]))", re.IGNORECASE)
#: Local parts of an e-mail address that only show a pattern ("vorname.nachname@stadt.de"), never an address.
EMAIL_PLACEHOLDER_LOCALS = frozenset({
    "vorname.nachname", "vorname.name", "v.nachname", "nachname", "vorname", "name", "ihr.name", "ihre.adresse",
    "max.mustermann", "erika.mustermann", "mustermann", "firstname.lastname", "first.last", "name.surname", "yourname",
})

#: Words that announce a move or a restructuring in dated sentences (in addition to REORGANISATION_RE).
REORGANISATION_EXTRA_RE = re.compile(
    r"(?:\bTeil\s+de[sr]\s+(?:neu\s+gebildeten|neuen|künftigen)|\bneu\s+(?:gebildet|gegründet|geschaffen|gegliedert|geordnet|strukturiert|organisiert|aufgestellt|zugeschnitten)|\bdas\s+neue\s+(?:Amt|Dezernat|Fachbereich|Referat)\b|\b(?:des|dem|den|im|ins|zum|zur|beim|vom|einem|eines)\s+neuen\s+(?:Amt|Dezernat|Fachbereich|Referat|Fachdienst|Geschäftsbereich|Abteilung|Stabsstelle|Ressort|Sachgebiet)\w*|"
    # (a dot inside the sentence is a date's or an ordinal's: "wird zum 1. Oktober 2026 Teil …")
    r"\bwird\b(?:[^.]|\.(?!\s*$)){0,80}\b(?:Teil|zugeordnet|unterstellt|angegliedert|eingegliedert|überführt)\b|\büberführt\b|\bfusioniert)"
)
#: Weaker change lexemes: a reorganisation only where the dated sentence names the centre or an
#: organisational unit ("aus dem KI … wird das neue Amt … gebildet", "heißt ab … ", English pages).
_CHANGE_LEXEMES = (
    r"gebildet|neu\s+aufgestellt|neu\s+organisiert|zusammengeführt|zusammengefasst|aufgelöst|Auflösung|verlagert|übertragen|(?:Neu)?[Zz]uschnitt|gebündelt|integriert|"
    # a founding or a set-up is the centre's or a unit's only with it named ("ein Verein wurde gegründet" is not)
    r"Gründung|gegründet|zu\s+gründen|eingerichtet|einzurichten|Einrichtung\s+eine[sr]|"
    r"Fusion|Verlagerung|Ausgliederung|Herauslösung|Überführung|Zusammenlegung|Umgliederung|heißt\s+(?:ab|künftig|seit|zum)|firmiert|ressortiert|[Nn]eugliederung|[Nn]euaufstellung|Inkrafttreten|Geschäftsverteilung\w*|"
    r"merged?|merger|restructur\w*|reorganis\w*|reorganiz\w*|renamed|becomes?\s+part|moved\s+(?:to|into)|integrated\s+into"
)
#: A decision: a reorganisation only where what is decided is organisational (DECISION_ABOUT_UNITS_RE):
#: "Der Rat hat den Haushalt beschlossen" or "… beschlossen, das Budget des KI zu erhöhen" reorganise nothing.
DECISION_RE = re.compile(r"\b(?:beschlossen|beschließt|beschloss|beschließen)\b")
#: Change lexemes of any weight, a decision among them (unitclauses: a past auxiliary that dates a change).
CHANGE_LEXEME_RE = re.compile(r"\b(?:beschlossen|beschließt|beschloss|" + _CHANGE_LEXEMES + r")\b")
#: The same without decisions: a dated sentence naming the centre or a unit with one of them records a change.
ORG_CHANGE_LEXEME_RE = re.compile(r"\b(?:" + _CHANGE_LEXEMES + r")\b")
#: A unit in any case ("des Amtes", "der Fachbereiche", "Dezernats").
_ORG_UNIT = r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:Amt|amt|Fachbereich|Dezernat|Fachdienst|Abteilung|Referat|Geschäftsbereich|Stabsstelle)(?:es|s|e|en)?|[Oo]ffice|[Dd]epartment"
CHANGE_SUBJECT_RE = re.compile(
    r"\b(?:KI|KIZ|Integrationszentr\w*|Kreisintegrationszentr\w*|[Ii]ntegration\s+[Cc]ent(?:re|er)|[Tt]he\s+cent(?:re|er)|" + _ORG_UNIT + r")\b"
)
#: What a decision is about when it reorganises: a unit, or the centre assigned, merged or dissolved.
DECISION_ABOUT_UNITS_RE = re.compile(r"\b(?:" + _ORG_UNIT + r"|Zuordnung|Zuständigkeit\w*|Struktur\w*|Organisation\w*|Träger\w*)\b")
#: A state that holds since a date ("Seit dem 1. Januar 2025 gehört das KI zum neu gebildeten Amt 57",
#: "Seit der Neuordnung … ist das KI Teil des …", "Wir sind umgezogen: Seit dem … finden Sie uns …"): the
#: current unit or place with its start, no reorganisation event; unless the sentence also tells a change
#: in a finite form of its own, a decision or an effective date (EFFECTIVE_DATE_RE).
SINCE_RE = re.compile(r"\b[Ss]eit(?:dem|her)?\b")
#: The states a "seit" sentence may hold without an event: where the centre sits (an address), and its
#: assignment (DATED_ASSIGNMENT_RE); a new name ("heißt / firmiert seit") or a merger ("bilden seit … das
#: neue Amt") stays a reorganisation.
PLACE_STATE_RE = re.compile(r"\b(?:finden\s+Sie\s+(?:uns|das\s+\w+)|zu\s+erreichen|erreichen\s+Sie\s+(?:uns|das)|befinde[nt]\s+sich|sitz(?:t|en)"
                            r"|[Rr]äume[n]?|[Ss]itz|[Ss]tandort|[Aa]dresse|[Aa]nschrift)\b")
SINCE_EVENT_RE = re.compile(r"\b(?:wird|werden|wurde|wurden|worden|soll|sollen|tritt|trat|künftig|zukünftig|geplant|vorgesehen"
                            r"|beschlossen|beschließt|beschloss)\b")

# =========================================================================== clause association
# The general head mechanism (grammar.clause_heads): in one clause, a head lexeme + exactly one
# person name + the centre (or no other organisation) = the head. The lists below are the data.

#: "führen" with a particle or "durch" is no leading ("führte durch die Räume", "führt in das Thema
#: ein", "führte den Film vor"); "führt das KI weiter/an" still leads.
NOT_LEADING_FUEHREN = r"(?![^,.;:]*\bdurch\b)(?![^,.;:]*\b(?:ein|aus|vor|zusammen|herbei|zurück|auf|hin|her)\s*(?:[,.;:!?)]|$))"
#: Head lexemes of any part of speech, German and English; a clause needs one.
HEAD_LEXEME_RE = re.compile(
    r"(?<![\wäöüß])(?:Geschäftsführ(?:ung|erin|er)(?=" + CENTRE_OBJECT + r")|" + CENTRE_HEAD_COMPOUND + r"|(?:(?:KI|KIZ|Zentrums)-)?(?:(?:" + _CENTRE_LEAD_ALT + r")(?:leitung|leiterin|leiter)|[Ll]eit(?:et|ete|en|ung|erin|er)|leite(?=\s)|[Gg]eleitet|[Ll]tg\.|(?<=[Uu]nter\s)(?:Federf|F)ührung|(?<=[Uu]nter\sder\s)(?:Federf|F)ührung|(?<=[Uu]nter\sihrer\s)(?:Federf|F)ührung|(?<=[Uu]nter\sseiner\s)(?:Federf|F)ührung|[Ff]ührt(?![a-zäöüß])" + NOT_LEADING_FUEHREN + r"|[Gg]eführt|[Oo]bliegt|[Oo]blag"
    r"|[Vv]erantwortlich|[Vv]erantwortet|(?:Gesamtv|Hauptv|Leitungsv|[Vv])erantwortung(?=\s+(?:für|von|des|der)\s)|Federführung(?=\s+(?:für|des|der)\s)|[Ss]pitze|Doppelspitze|steht\b[^;]{0,80}?\bvor(?=\s*(?:[,.;:!?)]|$)|\s+(?:und|sowie)\b)|vorsteht|vorstand\b|vorstehen|[Cc]hef(?:in)?|[Hh]ead(?:ed|s|ing)?|[Dd]irector|[Mm]anager"
    # the other verbs of leading: "lenkt die Geschicke des KI", the attributive participle ("das von NAME
    # geleitete KI": the noun after it is what is led), English progressive forms ("has been running")
    r"|[Ll]enk(?:t|te|en)|[Gg]elenkt|[Gg]eleitete[nmrs]?|[Gg]eführte[nmrs]?"
    r"|\b[Ll]ed\s+by|[Ll]eads\b|[Ll]eading|[Rr]un\s+by|[Rr]uns\b|[Rr]unning|[Mm]anage[ds]\b|[Mm]anaging|[Dd]irect(?:ed|s|ing)\b|[Ll]eader))(?![a-zäöüß])"
)
#: A head noun ("Leitung", "Leiterin", "Spitze", "head") names a person only through one of these
#: links (apposition, copula, assignment of the role); "NAME hat die Leitung des KI kritisiert"
#: says nothing about who leads. Verb lexemes ("leitet", "geleitet", "steht … vor") link themselves.
HEAD_LINK_RE = re.compile(
    r"(?:[,:(]|\s[–—-]\s|\b(?:ist|sind|wird|bleibt|heißt|teilen|teilt|übernimmt|übernahm|übernommen|übernehmen|liegt|obliegt|inne\w*|wahr|steht|stehen"
    r"|ernannt|bestellt|berufen|beauftragt|betraut|anvertraut|übertragen|eingesetzt|verantwortet|verantwortlich|zuständig|wahrgenommen|ausgeübt"
    # taking up the role ("tritt die Nachfolge … an", "hat die Leitung angetreten")
    r"|tritt|trat|angetreten|antreten"
    # the lead made up of its holders ("Die Doppelspitze bilden X und Y", "besteht aus X und Y")
    r"|bilden|bildet|besteht|bestehen"
    r"|folgt|folgte|von|durch|bei|mit|[Aa]ls|zum|zur|is|are|was|been|became|becomes|serves|named|appointed|by)\b)"
)
#: A clause-final participle that is none of the links above makes the head noun an object of
#: some other action ("hat die Leitung des KI kritisiert / eingeladen / gelobt").
OTHER_ACTION_END_RE = re.compile(r"\b(?P<verb>ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]+ge[a-zäöüß]+(?:t|en))\s*[.!?\"“]*\s*$")

#: Roles of other office holders: a clause naming one of them yields no head.
OTHER_ROLE_RE = gated(re.compile(
    r"(?:[Vv]orsitz\w*|[Bb]ürgermeister\w*|[Oo]berbürgermeister\w*|[Ll]andr(?:at|ätin)\w*|\w*[Dd]ezernent\w*|[Bb]eigeordnete\w*"
    r"|\w*[Ss]precher(?:in)?\b|[Gg]eschäftsführ\w*(?!" + CENTRE_OBJECT + r")|[Ss]tellvertret\w*|[Ss]tellv\.|\b[Ss]tv\.|[Dd]eputy|[Vv]ize\w*|Integrationsrat\w*"
    r"|[Ss]chulleit\w*|[Aa]mtsleit\w*|" + OTHER_LEAD_COMPOUND + r"|\w+beauftragte[rn]?\b|[Mm]inister\w*|[Pp]räsident\w*|[Vv]orstand\w*|[Mm]ayor|[Cc]hair\w*"
    # state and council office holders (EXTRACTION.md: "a minister or state secretary visiting")
    r"|[Ss]taatssekretär\w*|\w*[Aa]bgeordnete\w*|[Ss]tadtdirektor\w*|[Kk]reisdirektor\w*|[Kk]ämmerer\w*|[Ss]chulr(?:at|ätin)\b|[Rr]atsmitglied\w*"
    r"|[Ss]tadtr(?:at|ätin)\b|[Rr]atsfrau\b|[Rr]atsherr\w*|[Kk]reistagsmitglied\w*)"
))
#: Markers of a former holder or history: such a clause never names the current head.
FORMER_CLAUSE_RE = re.compile(
    r"\b(?:bisher\w*|ehemal\w*|früher\w*|zuvor|damal\w*|vormal\w*|leitete|leiteten|führte" + NOT_LEADING_FUEHREN + r"|oblag|bis\s+(?:zum|zur(?!\s+(?:(?:Neu|Wieder|Nach)?[Bb]esetzung|Nachfolge))|Ende|\d{4}|\d{1,2}\.|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"
    r"|Ruhestand|verabschiede\w*|Vorgänger\w*|former(?:ly)?|previous(?:ly)?|until|abgegeben|niedergelegt|scheide\w*"
    # the lead handed over ("X gibt die Leitung an Y ab"): the giver leaves (grammar reads the taker)
    r"|(?:gibt|gab|übergibt|übergab)(?=[^.;]{0,100}\b(?:Leitung|Staffelstab)\b)"
    # a vacancy or a departure: the person named is leaving, not leading
    # "war … Leiterin" is history; "war beim Auftakt dabei" or "waren NAME (Leiter des KI) …" is not
    r"|(?:war|waren)(?=[^.;()]{0,60}?\b(?:Leiter\w*|Leitung|Chef\w*|[Hh]ead|[Ss]pitze)\b)"
    r"|vakant|unbesetzt|nicht\s+besetzt|nicht\s+mehr|no\s+longer|ausgeschrieben|auszuschreiben|ausschreiben|Ausschreibung|(?<!zur\s)Nachbesetzung|gesucht|Wechsel|Abschied|wechselt|vacant)\b"
)
#: A departure or a past term in the clause of a role mention ("verabschiedete die KI-Leiterin X",
#: "X, bis 2022 Leiter des KI"): narrower than FORMER_CLAUSE_RE, whose "zuvor"/"bisher" describe a
#: new head's past as often ("Die neue Leiterin des KI, X, war zuvor Lehrerin").
DEPARTURE_CLAUSE_RE = re.compile(
    r"\b(?:verabschied\w*|Ruhestand\w*|Abschied\w*|ausgeschieden|scheidet|abgegeben|abgibt|niedergelegt|scheidende\w*|Pension\w*|verlässt|verließ|verlassen"
    r"|wechselt\w*|gewechselt|verstorben|gestorben|ehemal\w*|damal\w*|vormal\w*|bis\s+(?:zum|zur(?!\s+(?:(?:Neu|Wieder|Nach)?[Bb]esetzung|Nachfolge))|Ende|\d{4}|\d{1,2}\.|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"
    r"|former(?:ly)?|previous(?:ly)?|retir\w*"
    # the lead handed on to someone named ("hat die Leitung an Herrn X übergeben"): the giver leaves
    r"|an\s+(?:Herrn?|Frau)\s+[^.;,]{2,60}?\s(?:übergeben|weitergegeben|weitergereicht))"
)
#: Words of another organisation: without the centre in the clause, a head lexeme in such a
#: clause is that organisation's.
ORGANISATION_WORD_RE = re.compile(
    r"(?:\b(?:Verein|Verband|Verbandes|Caritas|Diakonie|AWO|GmbH|e\.\s?V\.|Stiftung|Schule|Kita|Projekt\w*|Workshop\w*|Kurs\w*"
    r"|Sitzung|Arbeitskreis\w*|Gremium|Rat|Netzwerk\w*|Verwaltung|Jobcenter|Agentur)\b|(?:amt|amtes|dezernat|bereich|abteilung|referat|stelle|dienst|büro)\b"
    # compounds of a body's word ("Caritasverband", "Musikschule", "Ausländerbehörde", "Stadtbibliothek")
    r"|(?<=[a-zäöüß])(?:verband|verbandes|verein|vereins|bund|bundes|schule|behörde|bibliothek|bücherei|institut|instituts)\b)"
)

#: A head change still to come: a future date marker or the future tense, and no perfect or
#: past ("hat … übernommen"). Such a head stands only where the page names no current one.
#: A taking-up of the lead told in the past tense ("X übernahm 2015 die Leitung"): history where the page
#: also names who leads now.
PAST_TAKEUP_RE = re.compile(r"\b(?:übernahm|übernahmen)\b")
ANNOUNCED_HEAD_RE = re.compile(
    r"^(?!.*\b(?:hat|hatte|haben|wurde|wurden|ist\s+seit|seit|took\s+over|has|had)\b)"
    r".*(?:\b(?:[Aa]b|[Zz]um|[Zz]ur|[Mm]it\s+Wirkung\s+(?:vom|zum)|[Ff]rom|[Aa]s\s+of|[Ss]tarting)\s+(?:dem\s+|der\s+)?(?:\d{1,2}\.|\d{1,2}\s+[A-Z]|"
    + "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|[Jj]ahreswechsel|[Jj]ahresbeginn|[Ss]chuljahr|[Hh]erbst|[Ff]rühjahr|[Ss]ommer|[Ww]inter)"
    r"|\b(?:wird|werden|soll|sollen|will)\b[^.;]{0,80}\b(?:übernehmen|leiten|führen|antreten|take\s+over|lead|head)\b|\b[Kk]ünftig\b|\b[Dd]esignierte?\w*)",
)

# =========================================================================== reorganisations
# A dated sentence is a reorganisation when it names the centre or a unit (CHANGE_SUBJECT_RE) and
# states a change: a change verb in any form (joined, zu-infinitive, participle, or split in
# German word order: "führt … zusammen", "geht … über"), a decision ("beschloss"), or an
# assignment tied to a date by an effective-date marker ("Ab dem 1. Januar 2027 ist das KI im
# Dezernat II verortet").

#: Separable change verbs: (prefix, stems of the joined forms, stems of the finite forms).
SEPARABLE_CHANGE_VERBS = (
    ("zusammen", r"führ|leg|schl(?:ie|o)ss|schließ|fass|gefasst|gelegt|geführt", r"führ|leg|schließ|schloss|fass"),
    ("ein", r"glieder|gegliedert", r"glieder"),
    ("aus", r"glieder|gegliedert|lager|gelagert", r"glieder|lager"),
    ("an", r"glieder|gegliedert", r"glieder"),
    # "geht … im neuen Amt auf": a merger
    ("auf", r"geh|gegangen", r"geh|ging"),
    # (not "umziehen": a move of premises is an address, never a reorganisation)
    ("um", r"benenn|benann|struktur|wandel|gewandelt|ressortier|gliedert|gegliedert|geordnet|ordn", r"benenn|struktur|wandel|ordn|glieder"),
    # not "übernehmen"/"übertragen": a head taking over ("übernimmt die Leitung") is no reorganisation
    ("über", r"führ|geführt|geh|gegangen|leit|geleitet", r"führ|geh|ging"),
    ("zu", r"ordn|geordnet|schlag|geschlagen", r"ordn"),
    ("neu", r"\s*(?:zu|ge)?(?:ordn|glieder|bild|struktur|schaff|schnitt|aufgestellt|aufstell)", r"ordn|glieder|bild|struktur"),
)
_SEP_JOINED = "|".join(rf"{pre}(?:zu|ge)?(?:{stems})" for pre, stems, _ in SEPARABLE_CHANGE_VERBS)
_SEP_SPLIT = "|".join(rf"\b(?:{fin})\w*\b[^.;:]{{1,120}}?\b{pre}\b(?=\s*[.;,]|\s*$)" for pre, _, fin in SEPARABLE_CHANGE_VERBS)
CHANGE_VERB_RE = re.compile(
    r"(?:\b(?:" + _SEP_JOINED + r")\w*|" + _SEP_SPLIT
    + r"|\b(?:verlager\w*|fusionier\w*|umstrukturier\w*|restrukturier\w*|aufgelöst|aufzulösen|aufgeteilt|aufzuteilen"
    r"|Neu(?:ordnung|organisation|zuordnung|gliederung|aufstellung)"
    r"|move[sd]?\s+(?:in)?to|moving\s+(?:in)?to|transferr?(?:ed|s)?\s+to|will\s+(?:be\s+)?(?:join|become|form|merge|integrat)\w*|join(?:s|ed)?\s+the\s+new)\b)"
)
#: Assignment words that are a change only with a date marking when they took or take effect.
DATED_ASSIGNMENT_RE = re.compile(
    r"\b(?:zugeordnet|unterstellt|angegliedert|angebunden|angesiedelt|eingegliedert|verortet|untergebracht|ressortiert|gehört|gehören"
    r"|Teil\s+(?:des|der)|part\s+of|belongs\s+to|attached\s+to"
    # the nouns of an assignment ("Die Eingliederung des KI in den Fachbereich 3 erfolgt zum 1. Januar")
    r"|" + "|".join(ASSIGNMENT_NOUNS) + r")\b"
)
EFFECTIVE_DATE_RE = re.compile(
    # "seit"/"since" is not one: "Seit 2023 gehört das KI zum FB 5" is the current unit with its start date
    r"\b(?:[Aa]b|[Zz]um|[Zz]ur|[Mm]it\s+Wirkung\s+(?:vom|zum|ab)|[Ww]irksam\s+(?:ab|zum)|[Ff]rom|[Aa]s\s+of|[Oo]n|[Ee]ffective)"
    r"\s+(?:dem\s+|der\s+|the\s+)?(?:\d{1,2}\.?\s*(?:\d{1,2}\.|[A-ZÄÖÜa-zäöü]+)|(?:19|20)\d\d|[A-ZÄÖÜ][a-zäöü]+\s+(?:19|20)\d\d)"
)
#: Verbs of motion that move the centre into another unit ("kommt zum 1. Januar in den Fachbereich 2").
CENTRE_MOTION_VERBS = r"(?:kommt|kommen|kam|kamen|geht|gehen|ging|gingen|wandert|wanderte|rückt|rückte|gelangt|gelangte|tritt|trat)"
#: "wechselt" is a move of the centre only with the centre named: "Frau X wechselt ins Schulamt" is a person's.
CENTRE_MOVE_RE = re.compile(
    r"\b(?:wechselt|wechseln|wechselte|switch(?:es|ed)?)\b(?:[^.]|\.(?!\s*$)){0,80}\b(?:in|zu|zum|zur|ins|to|into)\b"
)
CENTRE_SUBJECT_RE = re.compile(r"\b(?:(?:wechselt|wechseln|wechselte)\s+(?:es|sie)|KI|KIZ|Integrationszentr\w*|Kreisintegrationszentr\w*|[Ii]ntegration\s+[Cc]ent(?:re|er)|[Tt]he\s+cent(?:re|er)|[Uu]nser\s+Team|[Ww]ir)\b")

#: A departing or former holder's slot: the name after it is not the head, the rest of the clause
#: may still name one ("Nach dem Wechsel von Herrn X … ist die Leitung Frau Y übertragen").
DEPARTURE_SLOT_RE = re.compile(
    r"\b(?:Wechsel[sn]?|Weggang[s]?|Abschied[s]?|Ausscheiden[s]?|Verabschiedung|Nachfolge|Nachfolger(?:in)?|Vorgänger(?:in)?|Pensionierung|Ruhestand[s]?"
    r"|Elternzeit|Krankheit|Erkrankung)\s+(?:von\s+|vom\s+|des\s+|der\s+|für\s+)?(?:(?:Herrn?|Frau)\s+)?"
    r"(?:(?:Prof\.|Dr\.)\s*)*[A-ZÄÖÜ][^\s,.;]*(?:\s+(?:(?:von|van|de|der|den|zu|ter|el|al|bin)\s+)*[A-ZÄÖÜ][^\s,.;]*){0,3}"
    # where the one leaving goes belongs to the departure, not to what the clause says is led
    # ("Nach dem Wechsel von Herrn X in das Sozialamt übernahm Frau Y die Leitung")
    r"(?:\s+(?:in\s+(?:das|den|die)|ins|zum|zur|nach|an\s+(?:das|den|die))\s+(?:[a-zäöüß]+e[nmrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]*)?"
)
#: Finite verbs that open a second conjunct sharing the first one's subject ("X leitet die Musikschule
#: und ist Leiterin des KI", "X leitete bis 2019 das Standesamt und leitet seitdem das KI").
COORDINATED_FINITE_VERBS = ("ist", "war", "wird", "bleibt", "leitet", "leitete", "führt", "führte", "hat", "hatte", "übernimmt", "übernahm",
                            "verantwortet", "steht", "koordiniert", "arbeitet", "is", "was", "leads", "heads")
#: Verbs of leading a gapped conjunct leaves out ("X leitet das Amt, Frau Y das KI").
GAPPED_LEAD_VERBS = ("leitet", "leitete", "leiten", "führt", "führte", "verantwortet", "verantwortete", "koordiniert", "leads", "heads")
#: Phrases saying the lead has a new holder, after the lead's noun ("Die Leitung des KI liegt in neuen
#: Händen", "… ist neu besetzt"): the one person the next sentence names is that holder.
NEW_HOLDER_PHRASES = r"(?:in\s+neuen?\s+Hände|(?:neu|wieder|nach)\s?besetzt)"
#: Adverbs of a stand-in for the time being ("X vertritt derzeit die Leitung des KI"): an acting head,
#: where "vertritt die Leiterin im Arbeitskreis" is a representation at one meeting.
STANDING_IN_NOW_RE = re.compile(r"\b(?:derzeit|zurzeit|zur\s+Zeit|momentan|aktuell|vorerst|bis\s+auf\s+[Ww]eiteres)\b")
#: A verb form of leading said to be over ("hat die Leitung abgegeben", "leitet das KI nicht mehr"):
#: its subject is no head.
LEAD_ENDED_RE = re.compile(r"\b(?:abgegeben|abgeben|niedergelegt|beendet|verlassen|nicht\s+mehr|nicht\s+länger|no\s+longer)\b")

#: Shared leadership: a clause naming two heads together ("Die Leitung teilen sich X und Y",
#: "Doppelspitze", "leiten das KI gemeinsam") yields both.
SHARED_HEAD_RE = re.compile(r"\b(?:teilen\s+sich|Doppelspitze|Co-Leitung|Tandem|gemeinsam|zusammen|jointly|co-lead\w*|share\s+the)\b")
#: How a shared lead joins its two names ("X und Y", "X gemeinsam mit Y").
SHARED_JOIN_RE = re.compile(r"\b(?:und|and|&|(?:gemeinsam|zusammen)\s+mit|together\s+with)\b")
