"""Person names in prose: the name grammar, titles, and the checks that tell a name from the
capitalised nouns of the administration.

A person name is recognised by its *position* (after a role word, before an apposition, in a
label row), not by how its words end: given names of every language spoken in the region
("Lale", "Tomasz", "Ayşe") are names. Only whole words the rules know as nouns of the
administration (role, unit and centre words) are refused.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from kiwatch.pipelines import rules as P

# any script's letters after a capital ("Wiśniewski", "Kovačević", "Aydın", "Üstünay")
UPPER = r"[A-ZÄÖÜÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁЄІЇҐΑ-ΩΆΈΉΊΌΎΏ]"  # Cyrillic and Greek too
# (an apostrophe before a Turkish case or copula suffix at a name's end is no part of the name:
# "Ayşe Demir'dir", "Kemal Yıldız'ın", "Mehmet Kaya'ya"; a transliteration's inside a name stays: "Dar'ya Koval")
_TURKISH_SUFFIX = r"(?:[dt][ıiuü]r|n?[ıiuü]n|y?[ıiuü]|y?[ae]|[dt][ae]n?|y?l[ae]|n[ae]|nd[ae]n?)"
LOWER_RUN = rf"(?:[^\W\d_A-ZÄÖÜ]|['’](?!{_TURKISH_SUFFIX}(?![^\W\d_])(?!\s+[A-ZÄÖÜ])))+"
GLUED = r"(?:(?:" + "|".join(sorted(P.GLUED_PARTICLES, key=len, reverse=True)) + r")[-'’])"
# "el-Khatib", "O’Neill", "McAllister"-like inner capitals after an apostrophe, double names
NAME_WORD = rf"{GLUED}?{UPPER}(?:['’]{UPPER})?{LOWER_RUN}(?:-{GLUED}?{UPPER}{LOWER_RUN})*"
TITLE = r"(?:Prof\.\s*|Dr\.\s*(?:(?:med|phil|rer\.\s*nat|jur|paed)\.\s*)?|Dr\s+(?=[A-ZÄÖÜ])|Dipl\.-[A-Za-zäöü.-]+\s+(?:\((?:FH|Uni|TU)\)\s+)?|Mag\.\s*|M\.\s?A\.\s*)"
#: Forms of address, German and English ("Mr Tobias Krüger" on an English page): never part of a name.
ADDRESS = r"(?:Herrn?|Frau|Mrs?\.?|Ms\.?)"
PARTICLE = r"(?:" + "|".join(sorted(sorted(P.NAME_PARTICLES), key=len, reverse=True)) + r")"
#: A middle initial between name words ("Jana M. Kowalski"); never the first or last word.
INITIAL = rf"(?:{UPPER}\.\s+)"
#: Degrees written after a name ("Mehmet Kaya, M.A.", "Dr. Selin Arıkan, LL.M."): not part of it.
DEGREES_AFTER = r"(?:,?\s*(?:M\.\s?A\.|B\.\s?A\.|M\.\s?Sc\.|B\.\s?Sc\.|LL\.\s?M\.|MBA|Ph\.\s?D\.|M\.\s?Ed\.))*"
#: A name with optional form of address and titles in front; group "name".
#: A weekday is time only with a date, an hour or another weekday after it ("Freitag, 3. Mai", "Freitag von 9 bis
#: 12 Uhr", "Montag bis Donnerstag"): "Jonas Freitag und Mira Sommer" and "Jonas Freitag von der VHS" are names.
_WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
#: A month with its day or year after it ("Mai 2024") is a date, never a name word ("Hoang Thi Mai" is one).
_DATED_MONTH = (r"(?:(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s*\d"
                rf"|(?:Montag|Freitag|Sonntag)(?:,?\s*(?:den\s+)?\d|\s*(?:bis|und|oder|sowie|[–-])\s*{_WEEKDAY}\b|\s+(?:von|ab|um|bis)\s+\d))")
#: A form of address inside the run of name words starts the name ("bis auf Weiteres Herr Jan Berg",
#: "Unter Federführung von Herrn Jan Berg"): it is never a later name word.
NAME = rf"(?:{ADDRESS}\s+)?(?P<name>{TITLE}*{NAME_WORD}(?:\s+{INITIAL}?(?:{PARTICLE}\s+)*(?!{_DATED_MONTH})(?!(?:Herrn?|Frau)\s){NAME_WORD}){{1,3}})"
NAME_RE = re.compile(NAME)
#: A capitalised role noun of any compound ("Elternvertreterin", "Schulsozialarbeiter").
_ROLE_NOUN_RE = re.compile(r"(?i:" + "|".join(P.ROLE_NOUN_STEMS) + r")[a-zäöüß]*$")
_TITLE_PREFIX_RE = re.compile(rf"^(?:(?:{ADDRESS}|{TITLE.rstrip(')')}|Prof\.|Dr\.))\s*)+")
_TITLE_PART_RE = re.compile(rf"(?:{TITLE})+")
_INSTITUTION_RE = re.compile(
    r"(?:zentrum|zentrums|zentren|amt|amtes|dezernat|bereich|abteilung|referat|stelle|leiter|leiterin|leitung|"
    r"schule|verwaltung|verein|gemeinde|kreis|stadt|straße|platz|rat|büro|team|dienst|programm|projekt)$",
    re.IGNORECASE,
)


def split_title(name: str) -> tuple[str, str]:
    """("Dr.", "Katrin Obermeier") from "Frau Dr. Katrin Obermeier"; the form of address is dropped."""
    name = name.strip()
    m = _TITLE_PREFIX_RE.match(name)
    if not m:
        return "", name
    prefix = m.group(0)
    titles = " ".join(t.group(0).strip() for t in _TITLE_PART_RE.finditer(prefix))
    return re.sub(r"\s+", " ", titles), name[m.end():].strip()


#: What names an organisation ("Caritasverband", "Jobcenter", "Diakonisches Werk", "Sozialamt"): after
#: "von"/"vom" such a word makes the particle a preposition ("Frau Elif Sahin vom Diakonischen Werk"),
#: where "Karl vom Stein" keeps it as a part of the name.
_INSTITUTION_WORD_RE = re.compile("|".join(P.INSTITUTION_NAMES))
_ORGANISATION_HEAD_RE = re.compile("|".join(P.ORGANISATION_HEADS), re.IGNORECASE)  # (a head noun alone: "Werk")


def _organisation_after(parts: list[str]) -> int | None:
    """Where "von"/"vom" opens the name of an organisation in `parts`, or None."""
    for k, w in enumerate(parts):
        if w in P.PREPOSITION_PARTICLES:
            return k if any(_INSTITUTION_WORD_RE.search(x) or _ORGANISATION_HEAD_RE.search(x) for x in parts[k + 1:]) else None
    return None


def cut_organisation(name: str) -> str:
    """`name` without the organisation a "von"/"vom" after it names ("Dirk Maas vom Jobcenter" -> "Dirk Maas")."""
    parts = name.split()
    k = _organisation_after(parts)
    return name if k is None else " ".join(parts[:k])


def valid_name(name: str) -> bool:
    """At least two name words, none of them a word of the administration."""
    parts = name.split()
    if any(w in P.SECOND_PARTICLES and (k == 0 or parts[k - 1] not in P.NAME_PARTICLES) for k, w in enumerate(parts)):
        return False
    if _organisation_after(parts) is not None:
        return False
    words = [w for w in parts if not w.endswith(".") and w not in P.NAME_PARTICLES]
    if len(words) < 2 or len(words) > 5:
        return False
    for k, word in enumerate(words):
        if word in P.NON_NAME_WORDS or (word in _COMMON_WORDS and not (k and word in _SURNAME_NOUNS) and not (k >= 2 and k == len(words) - 1
                                                                                                           and _surname_after_given(words))
                                        and not _month_given_inside(words, k)) \
                or not any(c.islower() for c in word):
            return False
        if len(word) > 7 and _INSTITUTION_RE.search(word):
            return False
    return True


# Capitalised words that open a sentence or follow a role without being a name.
_COMMON_WORDS = frozenset({
    "Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Auch", "Zum", "Zur", "Im", "Am", "Mit",
    "Seit", "Ab", "Bei", "Beim", "Nach", "Vor", "Für", "Von", "Und", "Sie", "Er", "Es", "Wir", "Ihr", "Ich", "Mein", "Meine", "Unter",
    "Neue", "Neuer", "Neuen", "Kommunales", "Kommunalen", "Kommunale", "Integrationszentrum", "Integrationszentrums",
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    "Schulen", "Kitas", "Eltern", "Kinder", "Jugendliche", "Familien", "Menschen", "Gäste", "Teilnehmende",
    "Wenn", "Als", "Weil", "Dass", "Ob", "Obwohl", "Nachdem", "Bevor", "Sobald", "Während", "Laut", "So", "Da",
    "Ihnen", "Ihm", "Uns", "Euch", "Denn", "Doch", "Aber", "Oder", "Heute", "Gestern", "Morgen", "Jetzt", "Nun", "Damit", "Dabei", "Hier", "Dort",
    "The", "A", "An", "Our", "This", "Its", "Jede", "Jeder", "Jedes", "Jeden", "Kein", "Keine",
    "Viele", "Manche", "Diese", "Dieser", "Dieses", "Gruß", "Grüße", "Grüßen", "Regards", "Dann", "Danach", "Zudem", "Außerdem", "Bereits", "Schon", "Gemeinsam", "Zusammen", "Frau", "Herr", "Herrn", "Mr", "Mrs", "Ms",
}) | frozenset(P.TIME_NOUNS)


#: A photo caption run into the card below it, as a paragraph collapses them: "Bild von Frau
#: Okafor Chiamaka Okafor Leiterin …" is "Frau Okafor" then the full name "Chiamaka Okafor" (a
#: form of address takes one surname when a full name with that surname follows), and
#: "Natalia Wiśniewska Natalia Wiśniewska" is the same name twice.
_CAPTION_SURNAME_RE = re.compile(
    rf"\b(?P<first>{ADDRESS}\s+{TITLE}*(?P<sur>{NAME_WORD}))\s+(?={TITLE}*{NAME_WORD}(?:\s+{NAME_WORD})?\s+(?P=sur)(?![\wäöüß-]))"
)
_REPEATED_NAME_RE = re.compile(rf"(?<![\wäöüß-])(?P<first>{NAME_WORD}\s+{NAME_WORD})\s+(?=(?P=first)(?![\wäöüß-]))")


#: The next row's label run into a name, as "Label: Name" rows read once their lines collapse
#: ("Leitung: Frau Dr. X Y Stellvertretende Leitung: Herr Z …"): a function word ending a
#: label before a colon starts a row of its own, never the name's last word.
_NEXT_LABEL_RE = re.compile(
    rf"(?<![\wäöüß'’-])(?P<last>(?!(?:Stellvertretende|Kommissarische|Die|Der|Das|Den|Dem|Des|Eine|Ein|Unsere|Unser|Ihre|Ihr)\s){UPPER}[\wäöüß'’-]*[^\W\d_A-ZÄÖÜ])\s+(?=(?:(?:Stellvertretende|Stellv\.|Kommissarische|Komm\.)\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*)?"
    r"(?i:leitung|leiterin|leiter|bearbeitung|koordination|assistenz|beratung|verwaltung|sekretariat|referentin|referent"
    r"|partnerin|partner|vertretung)(?:\s+(?:des|der)\s+[^:;,.]{2,60}?)?\s*:\s)"
)


#: Contact data ends a card or a row: a name after a phone number or an e-mail address starts the
#: next one ("Janina Ostrowski – Leitung, Tel. 0234 66-7100 Mehmet Kaya – Beratung, …"). (An address
#: is tried only from the start of its run: from inside a long run it scanned the run again.)
_AFTER_CONTACT_RE = re.compile(
    rf"(?P<contact>(?<![\w/-])(?:\+|0)\(?\d[\d ()/–-]{{4,}}\d|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,}})\s+(?!(?:Tel|Telefon|Telefax|Fax|Fon|Mobil|Handy|E-Mail|Mail|Zimmer|Raum|Sprechzeiten)\b)(?=(?:{ADDRESS}\s+)?{TITLE}*{UPPER}[a-zäöüß])"
)


#: A card's heading run into its name ("Ihr Ansprechpartner Herr Dragan Petrović Leitung …"): the
#: heading word is no name word, and a name window must not start on it.
_HEADING_BEFORE_ADDRESS_RE = re.compile(rf"(?<![\wäöüß-])(?P<word>{UPPER}[\wäöüß-]*)\s+(?={ADDRESS}\s+{TITLE}*{NAME_WORD}\s)")


def _heading_word(m: re.Match[str]) -> str:
    word = m.group("word")
    if word.casefold() in P.MONTHS or word in P.TIME_NOUNS:
        return m.group(0)  # "tritt im Mai Herr X an": a time phrase, no heading
    if word in _COMMON_WORDS or word in P.NON_NAME_WORDS or re.search(r"(?:partner|partnerin|person|personen)$", word):
        return f"{word}, "
    return m.group(0)


_SUFFIXES = "|".join(re.escape(x) for x in P.STREET_SUFFIXES)
#: A card's address run into the name above it ("Leitung: Martina Schulz Bahnhofstraße 3 …",
#: "Petra Albers Am Markt 4 …"): a street with its house number ends the name.
_STREET_AFTER_NAME_RE = re.compile(
    rf"(?<=[^\W\d_A-ZÄÖÜ])\s+(?=(?:(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur)\s+{UPPER}[\wäöüß-]*"
    rf"|{UPPER}[\wäöüß-]*(?i:{_SUFFIXES}))\s*\d{{1,3}}[a-z]?(?![\d.,:]))"
)


def split_caption_names(text: str) -> str:
    """The text with a comma between a caption's name and the card name run into it, and a
    semicolon between a row's name and the next row's label."""
    if "Herr" in text or "Frau" in text:
        text = _CAPTION_SURNAME_RE.sub(r"\g<first>, ", text)
        text = _HEADING_BEFORE_ADDRESS_RE.sub(_heading_word, text)
    if ":" in text:
        text = _NEXT_LABEL_RE.sub(r"\g<last>; ", text)
    if any(c.isdigit() for c in text):
        text = _STREET_AFTER_NAME_RE.sub("; ", text)
    if "@" in text or "0" in text:
        text = _AFTER_CONTACT_RE.sub(r"\g<contact>; ", text)
    return _REPEATED_NAME_RE.sub(r"\g<first>, ", text)


#: Nouns that are also common surnames ("Birgit Sommer", "Jonas Winter", "Jonas Freitag"): a name word only
#: after a given name (a weekday with its date or hour after it is time, never a name word: _DATED_MONTH).
_SURNAME_NOUNS = frozenset({"Sommer", "Winter", "Herbst", "Freitag", "Sonntag", "Montag"})


def _surname_after_given(words: list[str]) -> bool:
    if len(words) >= 3 and words[-1].casefold() in P.MONTHS:
        # a month's name that is a given name ends a name of three words ("Hoang Thi Mai", "Nguyen Van June")
        return all(w not in _COMMON_WORDS and w not in P.NON_NAME_WORDS and w.casefold() not in P.MONTHS for w in words[-3:-1])
    return len(words) >= 2 and words[-1] in _SURNAME_NOUNS and words[-2] not in _COMMON_WORDS and words[-2] not in P.NON_NAME_WORDS


def _month_given_inside(words: list[str], k: int) -> bool:
    """A month's name between two name words is a given name ("Xuan Mai Nguyen", "Thi Mai Tran"): no
    time phrase has a name word on both sides."""
    return 0 < k < len(words) - 1 and words[k].casefold() in P.MONTHS and all(
        w not in _COMMON_WORDS and w not in P.NON_NAME_WORDS and w.casefold() not in P.MONTHS for w in (words[k - 1], words[k + 1]))


def same_person(a: str, b: str) -> bool:
    """The same person: equal names, or a surname-only back-reference to a full name."""
    a, b = a.casefold(), b.casefold()
    return a == b


def _preposition_split(words: list[str]) -> int:
    """How many leading words are a noun and its preposition, not part of the name: "Nachfolger
    von Peter Lenz" -> 2 ("Ursula von der Leyen" -> 0: one surname after the particles)."""
    if len(words) >= 4 and words[1] in P.PREPOSITION_PARTICLES:
        rest = 2
        while rest < len(words) and words[rest] in P.NAME_PARTICLES:
            rest += 1
        if len(words) - rest >= 2:
            return rest if rest == 2 else 0
    return 0


def clean_name(raw: str) -> tuple[str, str] | None:
    """(title, name) of a name slot's text, dropping leading words that are no name; None when
    nothing name-like remains."""
    title, name = split_title(raw)
    words = name.split()
    words = words[_preposition_split(words):]
    while words and (words[0] in _COMMON_WORDS or words[0] in P.NON_NAME_WORDS or words[0] in P.NAME_PARTICLES
                     or (len(words) > 2 and _ROLE_NOUN_RE.search(words[0]))):
        words.pop(0)  # "Leitung von Amra Hodžić" -> "Amra Hodžić", "Elternvertreterin Sonja Kahl" -> "Sonja Kahl"
    while words and ((words[-1] in _COMMON_WORDS and not _surname_after_given(words)) or words[-1] in P.NON_NAME_WORDS
                     or words[-1] in P.NAME_PARTICLES):
        words.pop()  # "Lale Brinkmann zu den Eltern" -> "Lale Brinkmann" (particles end no name)
    name = " ".join(words)
    if not valid_name(name):
        # a name slot run on over a particle into the clause ("Dana Kraft den Abend", "van den" as in "Jan van den
        # Berg"): the name before that particle, if it is one
        for i in range(len(words) - 1, 1, -1):
            if words[i] in P.NAME_PARTICLES and words[i - 1] not in P.NAME_PARTICLES and valid_name(cut := " ".join(words[:i])):
                return title, cut
        return None
    return title, name



# --------------------------------------------------------------------------- names before a point

#: The lower-case words a name may hold or a title may end in ("von", "de", "al-", "Dr. med."): every
#: other whole lower-case word stops a name.
#: (longest first, then alphabetical: a set's order differs in every process, and the pattern must
#: be the same text in each to come from the pattern file, patterncache.py)
_NAME_LOWER_WORDS = sorted({*P.NAME_PARTICLES, *P.GLUED_PARTICLES, "med", "phil", "rer", "nat", "jur", "paed"},
                           key=lambda w: (-len(w), w))
#: Where no match of NAME_RE reaches over: a character no part of a name is made of (",", ";", a
#: digit, a quote) or a whole lower-case word that is no particle and no part of a title, with the
#: space after it ("leitet ", "im "). An attempt of NAME_RE that starts before such a barrier reads at
#: most into it (an alternative of PARTICLE or GLUED fails inside the word or at the space after it),
#: never consumes it, and so finds the same in any text cut after the barrier's end.
_NAME_BARRIER_RE = re.compile(
    r"[,;:!?0-9\"„“”/]|(?<=\s)(?!(?:" + "|".join(_NAME_LOWER_WORDS) + r")\s)[a-zäöüß]+\s")


def _surname_of(m: re.Match[str]) -> str | None:
    c = clean_name(m.group("name"))
    return c[1].split()[-1] if c else None


class NamesBefore:
    """The last name of a text before a cut with a given surname, as the last match of
    ``NAME_RE.finditer(text[:cut])`` whose clean name ends in it, for cuts in increasing order — in
    time linear in the text. Scanning each prefix anew is quadratic: a run-on sentence of 66 KB that
    repeats "Frau Roth leitet im KI …" took 41 s. The text is scanned once; only the stretch after
    the last barrier before a cut (``_NAME_BARRIER_RE``) is scanned again with that cut as its end.
    """

    __slots__ = ("_barrier_ends", "_barrier_starts", "_by_surname", "_pending", "_scan", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._scan: Iterator[re.Match[str]] = NAME_RE.finditer(text)
        self._pending: re.Match[str] | None = None  # read from the scan, at or after the safe start
        self._by_surname: dict[str | None, re.Match[str]] = {}  # the last whole-text match before the safe start
        self._barrier_starts: list[int] | None = None
        self._barrier_ends: list[int] = []

    def _safe_start(self, cut: int) -> int:
        if self._barrier_starts is None:
            barriers = list(_NAME_BARRIER_RE.finditer(self.text))
            self._barrier_starts = [b.start() for b in barriers]
            self._barrier_ends = [b.end() for b in barriers]
        i = bisect_right(self._barrier_ends, cut) - 1
        return self._barrier_starts[i] if i >= 0 else 0

    def last(self, cut: int, surname: str) -> re.Match[str] | None:
        safe = self._safe_start(cut)
        # the matches before the safe start are those of the whole text (no attempt reaches the cut)
        while True:
            m = self._pending if self._pending is not None else next(self._scan, None)
            if m is None or m.start() >= safe:
                self._pending = m
                break
            self._pending = None
            self._by_surname[_surname_of(m)] = m
        # after it, as in the text cut there (endpos: the text ends at the cut for every lookahead)
        for m in reversed(list(NAME_RE.finditer(self.text, safe, cut))):
            if _surname_of(m) == surname:
                return m
        return self._by_surname.get(surname)


# --------------------------------------------------------------------------- text in capitals

#: A cheap gate: four capitals in a row (a run of words in capitals has them).
_CAPS_GATE_RE = re.compile(r"[A-ZÄÖÜ]{4}")
#: A word (letters, with inner hyphens or apostrophes) and an abbreviation's dot.
_WORD_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
#: What may stand between two words of one run in capitals ("LEITUNG: DR. ANNA NOVAK").
_RUN_GAP_RE = re.compile(r"[\s:,/|·–-]*")


def _title_word(word: str) -> str:
    bare = word.rstrip(".")
    if bare in P.CAPS_KEPT_WORDS:
        return word
    low = word.lower()
    if low.rstrip(".") in P.CAPS_LOWER_WORDS:
        return low
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def from_capitals(text: str) -> str:
    """The text with every run of words set in capitals (a PDF's or a heading's "LEITERIN: FRAU DR.
    SEMRA YILDIRIM") written as words are written, so that names and roles in it are read; a run
    needs two words of four letters or more, or to be the whole text (a label "LEITUNG" on its own
    line); an acronym such as "KOMM-AN NRW" or "FIT UND FAIR" in a sentence stays."""
    if not _CAPS_GATE_RE.search(text):
        return text
    out: list[str] = []
    last = 0
    run: list[re.Match[str]] = []

    def flush() -> None:
        nonlocal last
        long_words = sum(1 for t in run if len(t.group(0).rstrip(".")) >= 4)
        if long_words >= 2 or (long_words and run[0].start() == len(text) - len(text.lstrip()) and not text[run[-1].end():].strip()):
            for t in run:
                out.append(text[last: t.start()])
                out.append(_title_word(t.group(0)))
                last = t.end()
        run.clear()

    for tok in _WORD_TOKEN_RE.finditer(text):
        word = tok.group(0).rstrip(".")
        if word.isupper() and len(word) >= 2:
            if run and not _RUN_GAP_RE.fullmatch(text, run[-1].end(), tok.start()):
                flush()
            run.append(tok)
        else:
            flush()
    flush()
    out.append(text[last:])
    return "".join(out)



#: A name written surname first, as registers and staff lists write it ("Leitung: ÖZDEMIR, Ayşe",
#: "de Vries, Femke"): after a role's label, or alone with the surname in capitals or after a particle.
_SURNAME_FIRST_RE = re.compile(
    rf"^(?P<label>[^\W\d_][^:]{{0,60}}:\s*)?(?P<sur>(?P<particles>(?:{PARTICLE}\s+)*)(?P<word>{NAME_WORD}|{UPPER}[A-ZÄÖÜ'’-]+)),\s*"
    rf"(?P<given>{NAME_WORD}(?:[ -]{NAME_WORD})?)\s*$")


def surname_first(line: str) -> str:
    """The line with a name written surname first turned round ("Leitung: Ayşe Özdemir"); any other
    line as it is. Without a role's label only a surname in capitals or after a particle is read so:
    "Bildung, Sprache" is two topics."""
    if "," not in line or not (m := _SURNAME_FIRST_RE.match(line)):
        return line
    word, label = m.group("word"), m.group("label") or ""
    caps = word.isupper() and len(word) > 1
    if (label and not P.ROLE_WORD_RE.search(label)) or (not label and not caps and not m.group("particles")):
        return line
    given = m.group("given").split()
    if any(w in P.NON_NAME_WORDS or w in _COMMON_WORDS or (len(w) > 5 and w.lower().endswith(P.NON_NAME_SUFFIXES)) for w in (word, *given)):
        return line  # "Leitung: Bildung, Sprache" names no one
    surname = "-".join(p[:1] + p[1:].lower() for p in word.split("-")) if caps else word
    return f"{label}{m.group('given')} {m.group('particles')}{surname}"
