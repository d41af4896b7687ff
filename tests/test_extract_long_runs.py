"""Scraped text is untrusted: a long run without spaces (a slug, a glued PDF line, a base64 blob)
beside the contact data leaves what is read the same. (How long it takes is measured, not
asserted: each pattern here is tried only from the start of a run.)"""

from __future__ import annotations

from kiwatch.pipelines import rules
from kiwatch.pipelines.extract import addresses
from kiwatch.pipelines.extract.contact import find_emails
from kiwatch.pipelines.extract.grammar import _HEAD_NOUN_RE, MENTION_WINDOW, _around
from kiwatch.pipelines.extract.names import split_caption_names
from kiwatch.pipelines.extract.page import fill, read_html

SLUG = "-".join(["schule", "jugend", "integration"] * 300)


def test_an_obfuscated_address_beside_a_long_run_is_read():
    assert find_emails([f"KI (at) Stadt (dot) example {SLUG}"], []) == ["ki@stadt.example"]
    assert find_emails([f"{SLUG} Mail: ki [at] stadt [punkt] example"], []) == ["ki@stadt.example"]


def test_a_long_run_holds_no_address_of_its_own():
    assert find_emails([f"{SLUG} (at) {SLUG}"], []) == []


def test_an_address_beside_a_long_run_still_ends_a_card():
    assert split_caption_names(f"ki@stadt.example Mehmet Kaya {SLUG}") == f"ki@stadt.example; Mehmet Kaya {SLUG}"
    assert split_caption_names(f"{SLUG} kaya@stadt.example Jana Voss") == f"{SLUG} kaya@stadt.example; Jana Voss"


def test_a_plain_address_beside_a_long_run_is_read():
    digits = "4711" * 2000
    assert find_emails([f"Ki@Stadt.example {digits}"], []) == ["ki@stadt.example"]
    assert find_emails([f"{SLUG} {digits} presse@stadt.example"], []) == ["presse@stadt.example"]


def test_the_rules_never_see_a_run_longer_than_the_cut_and_the_facts_beside_it_are_read():
    """A page whose text holds a run of capitalised hyphenated words (quadratic for several address
    and name patterns) beside the centre's contact data: the document layer cuts the run, and the
    address, phone and e-mail around it are read as on the page without it."""
    run = "-".join(["Schule", "Jugend", "Integration", "Kita"] * 1000)
    contact = "Kommunales Integrationszentrum, Am Markt 4, 45999 Wahlheim, Telefon 0201 123-45, ki@wahlheim.example"
    plain = read_html(f"<html><body><main><h1>KI</h1><p>{contact}</p></main></body></html>", "https://wahlheim.example/ki")
    page = f"<html><body><main><h1>KI</h1><p>{contact} {run}</p><table><tr><td>{run}</td></tr></table></main></body></html>"
    reading = read_html(page, "https://wahlheim.example/ki")
    texts = [b.text for b in reading.blocks] + [c for b in reading.blocks for c in (b.cells or ())]
    assert max(len(w) for t in texts for w in t.split()) <= rules.MAX_RUN_CHARS
    assert all(run in "".join(t.split()) for t in texts if "Kita" in t)  # cut into pieces, nothing dropped
    before, after = fill(plain), fill(reading)
    assert (after.addresses, after.phones, after.emails) == (before.addresses, before.phones, before.emails)
    assert before.addresses and before.phones and before.emails


def test_a_role_mention_in_glued_text_is_read_in_a_bounded_window():
    """A "sentence" of thousands of role words (a list glued without stops, a hostile page) reads each
    mention in a window around it, so the work per mention does not grow with the text; the head named
    inside such text is still read."""
    glued = "Leitung " * 2000 + "Leiterin des Kommunalen Integrationszentrums: Dr. Ayşe Demir " + "Leitung " * 2000
    for m in list(_HEAD_NOUN_RE.finditer(glued))[::97]:
        window, again = _around(glued, m)
        assert again.group(0) == m.group(0)
        assert len(window) <= 2 * MENTION_WINDOW + len(m.group(0)) + 1
    short = "Die Leiterin des KI ist Dr. Ayşe Demir."
    m = _HEAD_NOUN_RE.search(short)
    assert m is not None and _around(short, m) == (short, m)
    filler = " ".join(f"Sachgebiet {i} Schulverwaltung Raum {i}" for i in range(80))
    html = ("<html><body><main><h1>Kommunales Integrationszentrum Musterstadt</h1>"
            f"<p>{filler} die Leiterin des Kommunalen Integrationszentrums, Dr. Ayşe Demir, und {filler}</p></main></body></html>")
    people = fill(read_html(html, "https://www.musterstadt.example/ki")).people
    assert [(p.name, p.title) for p in people if p.is_head] == [("Ayşe Demir", "Dr.")]


def test_the_label_of_an_address_is_read_from_a_bounded_window(monkeypatch):
    """A line of thousands of glued addresses (a hostile or broken page) reads the text before each
    address only up to LABEL_WINDOW characters, so the work per address does not grow with the line;
    the unit named right before an address is still its label, even after a bracket left open far back."""
    seen: list[int] = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, *args):
            seen.append(len(text))
            return self.pattern.search(text, *args)

    monkeypatch.setattr(addresses, "_NOUN_PHRASE_RE", Counting(addresses._NOUN_PHRASE_RE))
    addresses.find_addresses(["Kolpingstraße 22, " * 2000])
    assert seen and max(seen) <= addresses.LABEL_WINDOW
    far = "( " + "Wort " * 200 + "das Internationale Zentrum, "
    assert addresses._label_before(far) == "Internationales Zentrum"
