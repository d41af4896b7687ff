"""People and their roles; the head of the centre."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract import grammar as G
from kiwatch.pipelines.extract import names as N
from kiwatch.pipelines.extract.contact import (
    EMAIL_OBFUSCATED_RE,
    EMAIL_PLAIN_RE,
    OBFUSCATION_HINT_RE,
    find_phones,
)
from kiwatch.pipelines.extract.headingroles import heading_role_people
from kiwatch.pipelines.extract.personrows import (
    _CELL_SEPARATOR_RE,
    _GLUED_ROLE_RE,
    _INVERTED_ROW_RE,
    _NAME,
    _NAME_CONTACT_LINE_RE,
    _NAME_LINE_RE,
    _NAME_ROLE_ROW_RE,
    _cell_name,
    _line_rows,
    head_rows,
)
from kiwatch.pipelines.normalise import canonical_email, canonical_phone
from kiwatch.records import Person

# =========================================================================== heuristics: people

# (a role's object is a few words: bounded, so a glued text without stops costs each role word a window, not its rest)
_ROLE = r"(?P<role>" + P.ROLE_WORD_RE.pattern + r"(?:\s+(?:des|der|im|vom|für|von)\s+[^,.;:()]{1,120}?)?)"
_ROLE_IS_NAME_RE = re.compile(rf"(?:\b(?P<art>Der|Die|der|die)\s+)?(?<![\wäöüß]){_ROLE}\s+ist\s+(?:(?:Herr|Frau)\s+)?{_NAME}(?=\s*[,.;)]|\s+(?:und|sowie)\b|$)")
_ROLE_COMMA_NAME_RE = re.compile(rf"(?<![\wäöüß]){_ROLE},\s+(?:(?:Herr|Frau)\s+)?{_NAME}(?=\s*[,.;)]|\s+(?:und|sowie|teil)\b|$)")
_NAME_COMMA_ROLE_RE = re.compile(rf"(?<![\wäöüß.]){_NAME},\s+(?P<role>(?:[A-ZÄÖÜ][\wäöüß]*s\s+)?" + P.ROLE_WORD_RE.pattern + r"(?:\s+(?:des|der|im|vom|für|von)\s+[^,.;:()]{1,120}?)?)\s*(?=[,.;)]|$)")
_ROLE_MODIFIER = r"(?:(?:[Kk]omm\.|[Kk]ommissarische[rn]?|[Ii]nterim\.?|[Ii]nterims-?|[Aa]mtierende[rn]?|[Vv]orläufige[rn]?|[Ss]tellv\.|[Ss]tellvertretende[rn]?)\s*)?"
_ROLE_COLON_NAME_RE = re.compile(
    # "Leitung: Frau Dr. X" or, in a table row read as one line, "Leitung Dr. X"
    # (an acting or deputy marker may come first: "Komm. Leitung: X", "Interim. Leitung: X")
    rf"^(?:(?P<role>{_ROLE_MODIFIER}{P.ROLE_WORD_RE.pattern}[^:]{{0,60}}):|(?P<bare>{P.ROLE_WORD_RE.pattern}))\s*(?:(?:Herr|Frau)\s+)?{_NAME}"
    # a remark in brackets after the name is the row's aside ("X (bis zur Rückkehr von Frau Y)")
    r"(?:\s*\((?![^()]*@)[^()]{3,120}\))?\s*$"
)


# a team list item: "Jörg Braun – Frühkindliche Bildung, Tel.: 0203 …, j.braun@…"
_NAME_DASH_TASK_RE = re.compile(rf"^(?:(?:Herr|Frau)\s+)?{_NAME}\s+[–—-]\s+(?P<role>[^,;:@\d]{{3,100}}?)\s*(?:[,;]|$)")


_CARD_CONTACT_RE = re.compile(r"@|\(at\)|\[at\]|" + P.PHONE_LABEL_RE.pattern + r"|^\+?[\d (]{6}")


_CARD_DATA_RE = re.compile(r"@|\(at\)|\[at\]|" + P.PHONE_LABEL_RE.pattern + r"|^\+?[\d (]{6}|^(?:Raum|Zimmer|Büro|Room)\b")
#: Labels of the fields of a contact card: whose card it is, and their function.
_FIELD_LABEL_RE = re.compile(
    r"^(?:(?P<name>Name|Person|Ansprechpartner(?:in)?|Ansprechperson|Kontaktperson|Mitarbeiter(?:in)?)"
    r"|(?P<role>Funktion|Position|Rolle|Aufgabe(?:n|nbereich|ngebiet)?|Tätigkeit|Zuständigkeit|Dienstbezeichnung|Function|Role|Job\s+title))"
    r"\s*(?::\s*(?P<value>.*))?$"
)


#: A lower-case letter followed by a capital: the cheap gate of a role word glued to a name.
_CAMEL_RE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")


def _labelled_fields(lines: list[str]) -> list[tuple[str, str, int]]:
    """(kind, value, line index) of the labelled name and function fields of cards."""
    out: list[tuple[str, str, int]] = []
    for i, line in enumerate(lines):
        if len(line) > 140:
            continue
        m = _FIELD_LABEL_RE.match(line.strip())
        if not m:
            continue
        value = (m.group("value") or "").strip()
        if m.group("value") is None:  # a bare label: the value is the next line
            if i + 1 >= len(lines) or _FIELD_LABEL_RE.match(lines[i + 1].strip()):
                continue
            value = lines[i + 1].strip()
        if value:
            out.append(("name" if m.group("name") else "role", value, i))
    return out


def _task_line(line: str) -> bool:
    """A line that can be a person's task area on a team card ("Koordination KOMM-AN NRW"):
    short text without contact data or a label."""
    # a street line ("Bahnhofstraße 27", "Markt 3a") is an address, never a task
    return (3 <= len(line) <= 100 and not re.search(r"[@;]|\d{3}|\(at\)|\[at\]|\s\d{1,3}\s?[a-z]?$", line) and not P.PHONE_LABEL_RE.match(line)
            and not line.endswith(":") and not re.match(r"^(?:Anschrift|Adresse|Kontakt|Postanschrift|E-?Mail|Sprechzeiten)\b", line))


def _valid_name(name: str) -> bool:
    return G.valid_name(name)


#: A line that continues the name above it as a sentence: a lower-case verb, then more words.
_PREDICATE_LINE_RE = re.compile(r"^(?:[a-zäöüß]+)\s+\S[^@]{2,118}$")
_SENTENCE_WITH_NAME_RE = re.compile(rf"\s(?:ist|sind|hat|wird)\s+(?:(?:Herr|Herrn|Frau)\s+)?{_NAME}")


def _role_line(line: str) -> str | None:
    line = line.strip().rstrip(":")
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # a card's role in brackets on the line under the name
    named = _ROLE_COLON_NAME_RE.match(line)
    if len(line) > 120 or re.search(r"@|\d{3}", line) or (named and _valid_name(G.split_title(named.group("name"))[1])) \
            or _SENTENCE_WITH_NAME_RE.search(line):
        # contact data, or a row or sentence naming its own person ("Leitung: Dr. X", "Leiter ist Herr X.";
        # not "Leitung Kommunales Integrationszentrum")
        return None
    m = P.ROLE_WORD_RE.match(line)
    if m or re.match(r"^(?:stellv\.|stellvertretende[rn]?|kommissarische[rn]?|komm\.)\s", line, re.IGNORECASE):
        return line
    return None


def _canonical_role(role: str, article: str | None = None) -> str:
    role = re.sub(r"\s+", " ", role).strip(" ,:;")
    first, _, rest = role.partition(" ")
    if (article or "") in ("Der", "der") and first in P.ADJECTIVAL_ROLES:
        role = f"{first}r {rest}".strip()
    return role


#: A section heading that names another unit or body ("Schulpsychologische Beratungsstelle",
#: "Familienzentrum Sonnenblume", "Geschäftsbereich 4: Bildung, Jugend"): a "Leitung: NAME" row under
#: it is that unit's. A compound on a unit word names a body of its own; a kind word with a code
#: alone ("Abteilung 40.4") may be the centre itself, and a unit about integration may be too.
#: A body's noun standing alone after its attribute ("Schulpsychologischer Dienst", "Sozialer Dienst").
_BODY_NOUN_RE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:er|e|es)\s+(?:Dienst|Verein|Verband|Beratungsdienst|Träger)\b")
_BODY_COMPOUND_RE = re.compile(r"[a-zäöüß]{3}(?:amt|dezernat|bereich|dienst|stelle|schule|büro|zentrum|verein|verband|behörde|agentur)(?:es|s)?\b")
_UNIT_KIND_WORD_RE = re.compile(
    r"\b(?:Amt|Dezernat|Fachbereich|Geschäftsbereich|Fachdienst|Abteilung|Referat|Sachgebiet|Ressort|Stabsstelle|Dienststelle|Fachstelle|FB|FD)\b"
)
_CODE_OR_FILLER_RE = re.compile(r"[\d.\-–—:/,()]+|\b(?:für|und|der|des|die|das|im|in)\b")


#: A heading of a part of the centre ("Team Bildung", "Arbeitsbereich „Schule“"): its lead is that part's.
_SUB_UNIT_HEADING_RE = re.compile(r"^(?:" + "|".join(P.SUB_UNIT_WORDS) + r")\s*[:–—-]?\s+[„“\"]?[A-ZÄÖÜ]")


#: A heading naming a project, course, event or group ("Projekt „Stadtteilmütter“", "Sprachcafé",
#: also after an adjective: "Regionale Bildungsberatung").
_LED_THING_HEADING_RE = re.compile(r"^[„“\"]?(?:[A-ZÄÖÜ][a-zäöüß]+e[nrs]?\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*?)?(?i:" + "|".join(P.LED_THING_ENDINGS) + r")(?![\wäöüß])")


def _other_unit_heading(heading: str, centre: G.CentreNames) -> bool:
    if not heading or centre.regex.search(heading) or any(re.match(rf"{k}\b", heading) for k in centre.own_kinds):
        return False
    if _SUB_UNIT_HEADING_RE.match(heading) or _LED_THING_HEADING_RE.match(heading):
        return True
    # the kind words themselves ("Fachdienst", "Stabsstelle") are no body of their own: the centre is often one
    if _BODY_COMPOUND_RE.search(_UNIT_KIND_WORD_RE.sub(" ", heading)) or _BODY_NOUN_RE.search(heading):
        return True
    if not _UNIT_KIND_WORD_RE.search(heading):
        return False
    rest = _CODE_OR_FILLER_RE.sub(" ", _UNIT_KIND_WORD_RE.sub(" ", heading)).split()
    return bool(rest) and "ntegration" not in heading


def _under_other_unit_line(lines: list[str], i: int, centre: G.CentreNames) -> bool:
    """The label row at i follows, past the rows before it, a line naming another unit (an organigram's
    box: "Amt 40 – Schule und Bildung" / "Ltg.: NAME"; "40.3 Schulverwaltung" / "Leitung: NAME")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        line = lines[j].strip()
        if _ROLE_COLON_NAME_RE.match(line) or re.match(r"^[\w.-]{2,25}\s*:", line):
            continue  # the box's other rows ("Stv.: …", "Sekretariat: …")
        if centre.regex.search(line) or len(line) > 90:
            return False
        if j >= 1 and (named := _NAME_LINE_RE.match(lines[j - 1].strip())) and _valid_name(G.split_title(named.group("name"))[1]):
            return False  # the task line of the card above ("NAME" / "Sprachmittlerpool" / "Tel …"), no unit's box
        return bool(P.UNIT_NUMBER_LINE_RE.match(line) or _other_unit_heading(line, centre))
    return False


def _letters(text: str) -> str:
    """The letters of a text, lower case: a sentence found again in its block, however normalised."""
    return "".join(c for c in text.casefold() if c.isalpha())


def find_people(lines: list[str], sentences: list[str], rows: Sequence[tuple[str, ...]] = (), centre: G.CentreNames | None = None,
                headings: Sequence[str] = ()) -> list[Person]:
    """People of the page's own lines, rows and sentences; `headings` gives, per line, the section
    heading it sits under (a head row under another unit's heading is that unit's head)."""
    centre = centre or G.CentreNames.default()
    # words set in capitals (PDF headings, a card's name line) are read as words are written
    lines = [_GLUED_ROLE_RE.sub(" ", line) if _CAMEL_RE.search(line) else line for line in map(N.surname_first, map(N.from_capitals, lines))]
    # a photographer's position in a caption is no part of the grammar ("NAME (links), Leiter des KI")
    sentences = [N.split_caption_names(P.PHOTO_POSITION_RE.sub("", s) if "(" in s else s) for s in map(N.from_capitals, sentences)]
    people: list[Person] = []
    others_heads: set[str] = set()  # heads of another unit's section: the prose reading of their row is not the centre's

    def add(name: str, role: str, email: str = "", phone: str = "", head: bool | None = None, acting: bool = False) -> None:
        # one spelling of the apostrophe ("D’Angelo" in prose, "D'Angelo" in a normalised line): one person
        title, name = G.split_title(re.sub(r"\s+", " ", name.replace("’", "'")).strip())
        name = N.cut_organisation(name)  # "Dirk Maas vom Jobcenter": the person, not the body
        office = P.OTHER_ROLE_RE.fullmatch(name.split(" ", 1)[0])
        if office and len(name.split()) > 2:
            # "Leitung: Stadträtin Renate Vossberg": an office holder's title in front of the name; who
            # holds another office leads another body (the row is theirs, not the centre's)
            name, role, head, acting = name.split(" ", 1)[1], f"{office.group(0)}, {role}", False, False
            title, name = G.split_title(name)
        if not _valid_name(name):
            return
        role = _canonical_role(role)
        is_head = G.is_head_role(role) if head is None else head
        acting = acting or (is_head and bool(P.ACTING_RE.search(role)))
        for i, known in enumerate(people):
            if G.same_person(known.name, name):
                new_role = known.role or role
                head_now = known.is_head or is_head
                if head_now and not G.is_head_role(new_role) and is_head:
                    new_role = role or new_role
                acting_now = known.acting or acting
                if acting_now and not P.ACTING_CANONICAL_RE.search(new_role):
                    new_role = f"kommissarisch: {new_role}" if new_role else "kommissarische Leitung"
                people[i] = Person(known.name if len(known.name) >= len(name) else name, new_role, head_now, known.email or email,
                                   known.phone or phone, known.title or title, acting_now)
                return
        if acting and not P.ACTING_CANONICAL_RE.search(role):
            role = f"kommissarisch: {role}" if role else "kommissarische Leitung"
        people.append(Person(name, role, is_head, email, phone, title, acting))

    def contact_after(start: int) -> tuple[str, str]:
        email = phone = ""
        for line in lines[start : start + 4]:
            named = _NAME_LINE_RE.match(line)
            if (named and _valid_name(named.group("name"))) or _role_line(line) \
                    or re.match(r"^(?:Anschrift|Adresse|Kontakt|Postanschrift|Besucheradresse)\b", line):
                break  # the next person's or the office's contact data
            if not email:
                m = EMAIL_PLAIN_RE.search(line) or (OBFUSCATION_HINT_RE.search(line) and EMAIL_OBFUSCATED_RE.search(line))
                email = (canonical_email(m.group(0)) if m else "") or ""
            if not phone:
                found = find_phones([line], [])
                phone = next((p.number for p in found if p.kind == "phone"), "")
        return email, phone

    def contact_after_line(text: str) -> tuple[str, str]:
        m = EMAIL_PLAIN_RE.search(text) or (OBFUSCATION_HINT_RE.search(text) and EMAIL_OBFUSCATED_RE.search(text))
        email = (canonical_email(m.group(0)) if m else "") or ""
        phone = next((p.number for p in find_phones([text], []) if p.kind == "phone"), "")
        if not phone:  # a bare number in a table cell, without a label
            pm = P.PHONE_NUMBER_RE.search(text)
            phone = (canonical_phone(pm.group(0)) if pm else "") or ""
        return email, phone

    # labelled fields of a contact card or <dl>: "Name: X" / "Funktion: Leitung …", the value on
    # the label's line or the next one
    fields = _labelled_fields(lines)
    for k, (kind, value, at) in enumerate(fields):
        if kind != "name":
            continue
        nm = _NAME_LINE_RE.match(value)
        if not nm or not _valid_name(G.split_title(nm.group("name"))[1]):
            continue
        role = next((v for kd, v, _ in fields[k + 1: k + 4] if kd == "role"), "")
        if any(kd == "name" for kd, _, _ in fields[k + 1: k + 2]) or not role:
            continue
        add(nm.group("name"), role, *contact_after(at + 1), head=G.is_head_role(role, centre))

    predicates: list[str] = []
    for i, line in enumerate(lines):
        m = _ROLE_COLON_NAME_RE.match(line)
        if m:
            # under another unit's or a led thing's heading, or among an event's labels ("Termin: …", "Ort: …")
            other = (i < len(headings) and _other_unit_heading(headings[i], centre)) \
                or any(P.EVENT_LABEL_RE.match(x) for x in lines[max(0, i - 3): i + 4]) or _under_other_unit_line(lines, i, centre)
            if other:
                others_heads.add(G.split_title(m.group("name"))[1].casefold())
            add(m.group("name"), m.group("role") or m.group("bare"), *contact_after(i + 1), head=False if other else None)
            continue
        m = _NAME_LINE_RE.match(line)
        if m and not _valid_name(m.group("name")):
            m = None  # ("Sara Lindholm Leitung": a name and its role, read as a row below)
        if not m:
            # a table row under a section row ("Leitung" / "Anna Berg 0203 555-1 a.berg@…"): the name,
            # then the person's own contact data on the same line
            inline = _NAME_CONTACT_LINE_RE.match(line)
            label = _role_line(lines[i - 1]) if inline and i > 0 else None
            if inline and label and len(label.split()) <= 4 and _valid_name(G.split_title(inline.group("name"))[1]):
                add(inline.group("name"), label, *contact_after_line(line[inline.end():]))
            elif (row := _NAME_ROLE_ROW_RE.match(line)) and len(line) <= 160 and _valid_name(G.split_title(row.group("name"))[1]):
                other = i < len(headings) and _other_unit_heading(headings[i], centre)
                add(row.group("name"), row.group("role"), *contact_after_line(line[row.end():]), head=False if other else None)
            continue
        if i + 1 < len(lines) and _PREDICATE_LINE_RE.match(lines[i + 1]) and not (i < len(headings) and _other_unit_heading(headings[i], centre)):
            # a card whose line under the name goes on as a sentence ("leitet das KI seit 2019",
            # "ist Ansprechpartnerin für Schulen"): the name is its subject, read by the prose grammar
            predicates.append(f"{m.group('name')} {lines[i + 1].strip()}")
        before = _role_line(lines[i - 1]) if i > 0 else None
        above = _NAME_LINE_RE.match(lines[i - 2]) if i >= 2 else None
        if before and above and _valid_name(G.split_title(above.group("name"))[1]) and not (i >= 3 and _role_line(lines[i - 3])):
            before = None  # the role line of the person named above (a list of name / role pairs)
        if before and i >= 2 and _CARD_DATA_RE.search(lines[i - 2]):
            # the last line of the card above (name, room, phone, e-mail, then the role): that
            # card's person has the role, not the name that follows
            owner = next((j for j in range(i - 2, max(-1, i - 8), -1) if (o := _NAME_LINE_RE.match(lines[j]))
                          and _valid_name(G.split_title(o.group("name"))[1])), None)
            # (not where that card has its role line above its name: then the cards put the role
            # first, and this role line is the next card's)
            if owner is not None and not any(_role_line(lines[j]) for j in range(owner + 1, i - 1)) \
                    and not (owner >= 1 and _role_line(lines[owner - 1])):
                owner_m = _NAME_LINE_RE.match(lines[owner])
                if owner_m:
                    add(owner_m.group("name"), before)
                before = None
        after = _role_line(lines[i + 1]) if i + 1 < len(lines) else None
        if before and after and re.fullmatch(r"Ansprech(?:partner(?:in|innen)?|person(?:en)?)", before):
            before = None  # whom to contact is the card's heading; the person's function is the line below
        if before and after and i + 2 < len(lines) and (nxt := _NAME_LINE_RE.match(lines[i + 2])) \
                and _valid_name(G.split_title(nxt.group("name"))[1]):
            after = None  # role / name pairs (a <dl>, a list of labels): the role below is the next name's label
        # a bare role word above the name is a label (dt/th: "Leitung" / name); otherwise the
        # role line follows the name as on business cards
        if before and (not after or len(before.split()) <= 2):
            other = i < len(headings) and _other_unit_heading(headings[i], centre)
            if other:
                others_heads.add(G.split_title(m.group("name"))[1].casefold())
            add(m.group("name"), before, *contact_after(i + 1), head=False if other else None, acting=bool(P.ACTING_RE.search(line, m.end("name"))))
        elif after:
            # (a name / role card under another unit's heading or line is that unit's, as a label row there is)
            other = (i < len(headings) and _other_unit_heading(headings[i], centre)) or _under_other_unit_line(lines, i, centre)
            if other:
                others_heads.add(G.split_title(m.group("name"))[1].casefold())
            add(m.group("name"), after, *contact_after(i + 2), head=False if other else None)
        else:
            # a team card without a role word: name, task area, then the person's own phone or
            # e-mail ("Anna Beispiel / Koordination KOMM-AN NRW / a.beispiel@…"); the contact
            # data is what makes the line a person and not a heading
            task = lines[i + 1] if i + 1 < len(lines) and _task_line(lines[i + 1]) else ""
            first = i + 2 if task else i + 1
            # the card's own contact data follows at once, not some lines further down
            email, phone = contact_after(first) if first < len(lines) and _CARD_CONTACT_RE.search(lines[first]) else ("", "")
            if email or phone:
                add(m.group("name"), task, email, phone)

    for line in lines:  # "Name – task, Tel.: …, e-mail" in one line (team lists)
        if "–" not in line and "—" not in line and " - " not in line:
            continue
        m = _NAME_DASH_TASK_RE.match(line)
        if m and _valid_name(m.group("name")):
            email, phone = contact_after_line(line)
            if email or phone or G.is_head_role(m.group("role"), centre):
                add(m.group("name"), m.group("role"), email, phone)

    for line in lines:  # a staff table flattened into text: "Weber, Jonas Leitung 0234 66-4300 Kaya, Elif …"
        if "," not in line or not P.ROLE_WORD_RE.search(line):
            continue
        for m in _INVERTED_ROW_RE.finditer(line):
            if _valid_name(f"{m.group('given')} {m.group('sur')}"):
                add(f"{m.group('given')} {m.group('sur')}", m.group("role"), *contact_after_line(line[m.end(): m.end() + 60]))

    # a line of cells is a row too: "Frau Sanja Ilić | Leitung | 0203 555-400"
    rows = [*rows, *(row for line in lines if _CELL_SEPARATOR_RE.search(line) for row in _line_rows(line))]
    for held, role_cell, cells, own in head_rows(rows, centre, lambda c: _other_unit_heading(c, centre)):
        if not own:  # another body's row ("Frau X | Leitung | Bildungsbüro"): its prose reading is not the centre's either
            others_heads.add(G.split_title(held)[1].casefold())
            continue
        email, phone = contact_after_line(" ".join(c for c in cells if _cell_name(c) != held and c is not role_cell))
        add(held, role_cell, email, phone, head=True)

    for cells in rows:  # a table row: name in the first cell, task and contact in the others
        name = _cell_name(cells[0])
        if not name or len(cells) < 2:
            continue
        email, phone = contact_after_line(" ".join(cells[1:]))
        if email or phone:
            task = cells[1] if _task_line(cells[1]) else ""
            add(name, task, email, phone)

    for sentence in sentences:
        if not P.ROLE_WORD_RE.search(sentence):
            continue
        for m in _ROLE_IS_NAME_RE.finditer(sentence):
            add(m.group("name"), _canonical_role(m.group("role"), m.group("art")), head=False if G.is_head_role(m.group("role")) else None)
        for regex in (_ROLE_COMMA_NAME_RE, _NAME_COMMA_ROLE_RE):
            for m in regex.finditer(sentence):
                add(m.group("name"), m.group("role"), head=False if G.is_head_role(m.group("role")) else None)
    for name, role in heading_role_people(lines, headings, centre):  # "Unsere Leiterin" / "Frau X ist …"
        if G.split_title(name)[1].casefold() not in others_heads:
            add(name, role, head=True)
    # the head in prose, in every form of EXTRACTION.md (grammar.heads decides who leads)
    # prose under another body's or a led thing's heading speaks of that one unless it names the centre
    foreign = [_letters(t) for t, h in zip(lines, headings, strict=False) if h and _other_unit_heading(h, centre)]
    for found in G.heads(sentences + predicates, centre, (lambda s: bool((key := _letters(s)[:60]) and any(key in f for f in foreign))) if foreign else None):
        # a card's task line read as a name ("Übergang Schule – Beruf") is a role, no one a later line refers back to
        if found.name.casefold() not in others_heads and not any(found.name in p.role for p in people):
            add(found.name, found.role, head=True, acting=found.acting)
    return people

