"""Canonical forms: formatting-only differences must compare equal (RELIABILITY B1/B2/C2)."""

import pytest

from kiwatch.pipelines.normalise import (
    canonical_email,
    canonical_phone,
    canonical_programme,
    canonical_street,
    canonical_text,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("0203/ 283 69 12", "+492032836912"),
        ("02 03 283  81 11", "+492032838111"),
        ("0203 2838111", "+492032838111"),
        ("0281 207-4035", "+492812074035"),
        ("0281 2074035", "+492812074035"),
        ("+49 (0) 221/123 45", "+4922112345"),
        ("(0221) 123 45", "+4922112345"),
        ("0221 12 34-5", "+4922112345"),
        ("+49 221 12345", "+4922112345"),
        ("0049 221 12345", "+4922112345"),
        ("0221\u00a012345", "+4922112345"),
    ],
)
def test_canonical_phone(raw, expected):
    assert canonical_phone(raw) == expected


@pytest.mark.parametrize("raw", ["", "12", "Telefon", "47051 Duisburg", "13-0202"])
def test_canonical_phone_rejects_non_numbers(raw):
    assert canonical_phone(raw) is None


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Reeser Landstr. 31", "Reeser Landstraße 31"),
        ("Reeser Landstraße 31", "Reeser Landstraße 31"),
        ("Musterstr. 12 a", "Musterstraße 12a"),
        ("Marienstraße 16a", "Marienstraße 16a"),
        ("Sonnenwall 73 - 75", "Sonnenwall 73-75"),
        ("Sonnenwall 73–75", "Sonnenwall 73-75"),
        ("Alter  Markt\u00a023", "Alter Markt 23"),
        ("Bahnhofstrasse 5", "Bahnhofstraße 5"),
        ("Str. des 17. Juni 1", "Straße des 17. Juni 1"),
        ("Friedrich-Ebert-Pl. 2", "Friedrich-Ebert-Platz 2"),
        ("Neumarkt 1 - 3 b", "Neumarkt 1-3b"),
    ],
)
def test_canonical_street(raw, expected):
    assert canonical_street(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Integration@Stadt-Duisburg.de", "integration@stadt-duisburg.de"),
        ("mailto:M.Terzic@stadt-duisburg.de?subject=Hallo", "m.terzic@stadt-duisburg.de"),
        ("name [at] stadt [dot] de", "name@stadt.de"),
        ("name(at)stadt.de", "name@stadt.de"),
        ("name (at) stadt (punkt) de", "name@stadt.de"),
        ("name at stadt dot de", "name@stadt.de"),
        ("ki{at}kreis-wesel[.]de", "ki@kreis-wesel.de"),
    ],
)
def test_canonical_email(raw, expected):
    assert canonical_email(raw) == expected


@pytest.mark.parametrize("raw", ["", "kein Mail", "foo@", "@bar.de", "a@b"])
def test_canonical_email_rejects(raw):
    assert canonical_email(raw) is None


def test_canonical_text_equal_for_noise():
    a = "Kommunales   Integrationszentrum\u00a0\nAlter Markt 23\n\n47051 Duisburg\nTel.: 02 03 283  81 11\nFlyer (1,7 MiB, 495 Zugriffe)\nStand: 12.03.2023"
    b = "Kommunales Integrationszentrum \n  Alter Markt 23\n47051 Duisburg\nTel.: 0203 2838111\nFlyer (1,7 MiB, 512 Zugriffe)\nStand: 01.04.2024"
    assert canonical_text(a) == canonical_text(b)
    assert "Zugriffe" not in canonical_text(a) and "Stand" not in canonical_text(a)
    assert "+492032838111" in canonical_text(a)


def test_canonical_text_streets_quotes_hyphenation():
    assert canonical_text("Büro: Wesel, Reeser Landstr. 31") == canonical_text("Büro: Wesel, Reeser Landstraße 31")
    assert canonical_text("„Integration durch Bildung“") == canonical_text('"Integration durch Bildung"')
    assert canonical_text("so vie- ler verschiedener Kulturen") == "so vieler verschiedener Kulturen"
    assert canonical_text("des Schulkli-\nmas") == "des Schulklimas"
    # a suspended hyphen before a conjunction is German orthography, not layout
    assert canonical_text("Regionale Schul- und Bildungsberatung") == "Regionale Schul- und Bildungsberatung"
    assert canonical_text("ein- bis zehnjähriger Kinder") == "ein- bis zehnjähriger Kinder"


def test_canonical_text_keeps_dates_and_numbers():
    text = "tritt zum 01.01.2024 in Kraft (DS 13-0202), 47051 Duisburg, Klasse 8. – 10."
    assert canonical_text(text) == text


def test_canonical_text_zuletzt_aktualisiert_and_counters():
    assert canonical_text("Text\nZuletzt aktualisiert am 3. Juli 2023 um 10:15 Uhr") == "Text"
    assert canonical_text("Text. 1.234 Seitenaufrufe") == "Text."
    assert canonical_text("") == ""


def test_stand_stamp_does_not_eat_the_next_line():
    assert canonical_text("Stand: 03.02.2024\n02.04.2025 Austausch") == "02.04.2025 Austausch"
    assert canonical_text("Stand: 03.02.2024, 08:15 Uhr\nText") == "Text"


def test_canonical_text_one_email_whatever_the_spelling():
    spellings = ["S.Dogan@Stadt-Beispiel.de", "s.dogan(at)stadt-beispiel.de", "s.dogan [at] stadt-beispiel [dot] de",
                 "s.dogan@stadt-beispiel.de"]
    assert {canonical_text(f"E-Mail: {s}") for s in spellings} == {"E-Mail: s.dogan@stadt-beispiel.de"}


def test_canonical_text_drops_page_stamps_and_visitor_numbers_but_not_prose():
    noisy = ("Text.\nSeite zuletzt geändert: 01.01.2026\nSie sind Besucher Nr. 123.456\nBesucherzähler: 5\n"
             "Letzte Änderung: 12.12.2024\nDie Besucher 2024 kamen aus 12 Ländern.")
    assert canonical_text(noisy) == "Text.\nDie Besucher 2024 kamen aus 12 Ländern."


@pytest.mark.parametrize("name, key", [
    ("Kein Abschluss ohne Anschluss (KAoA)", "kaoa"),
    ("KAoA", "kaoa"),
    ("Rucksack  Kita", "rucksack kita"),
    ("Elterncafé  International", "elterncafé international"),
    ("Rucksack KiTa und Rucksack Schule", "rucksack kita und rucksack schule"),  # two known ones: its own wording
])
def test_canonical_programme(name, key):
    assert canonical_programme(name) == key


def test_canonical_text_joins_layout_hyphens_next_to_a_long_run():
    """A layout hyphen is joined whatever stands beside it, a run holding an address, a URL or a
    conjunction keeps its hyphens, and a long run without any (a base64 blob in the text) stays
    as it is."""
    blob = "QUJD" * 4000
    text = f"Sprachmittlerin-nen {blob} ki-team@stadt.example www.ki-stadt.example/a-b Schul-oder Kita"
    assert canonical_text(text) == f"Sprachmittlerinnen {blob} ki-team@stadt.example www.ki-stadt.example/a-b Schul-oder Kita"
    assert canonical_text(f"{blob}-nen und Bera-tung") == f"{blob}-nen und Beratung"


def test_canonical_text_spells_an_address_out_beside_a_long_run():
    slug = "-".join(["schule", "jugend"] * 400)
    assert canonical_text(f"KI (at) Stadt (dot) example {slug}") == f"ki@stadt.example {slug}"
    assert canonical_text(f"{slug} Mail: Ki.Team@Stadt.Example") == f"{slug} Mail: ki.team@stadt.example"
