"""Diff stage: profile diffs give exactly the real changes; text diffs are correct and bounded."""

from __future__ import annotations

import random

from kiwatch.pipelines.diff import content_change, diff_profiles, text_diff
from kiwatch.pipelines.profile import build_profile
from kiwatch.records import ChangeKind, PageRecord, Severity


def page(**fields):
    """A PageRecord written as its stored JSON (the form snapshots keep)."""
    rec = {"page_kind": "page", "addresses": [], "phones": [], "emails": [], "people": [], "parent_units": [],
           "fields_of_action": [], "programmes": [], "dated_facts": [], "title": ""}
    rec.update(fields)
    return PageRecord.from_json(rec)


def addr(street, postal_code="", city="", label=""):
    return {"street": street, "postal_code": postal_code, "city": city, "label": label, "raw": street}


def kinds(events):
    return sorted(e.kind.value for e in events)


def test_identical_profiles_give_no_event():
    rec = page(addresses=[addr("Alter Markt 23", "47051", "Duisburg")],
               people=[{"name": "Marijo Terzic", "role": "Leiter", "is_head": True}])
    before = build_profile([("http://x/a", rec)])
    after = build_profile([("http://x/a", rec)])
    assert diff_profiles("du", before, after) == []


def test_moved_address_is_one_paired_event_with_old_and_new():
    before = build_profile([("http://x/a", page(addresses=[addr("Alter Markt 23", "47051", "Duisburg")]))])
    after = build_profile([("http://x/a", page(addresses=[addr("Sonnenwall 73-75", "47051", "Duisburg", "Bezirksamt Mitte")]))])
    events = diff_profiles("du", before, after)
    assert len(events) == 1
    e = events[0]
    assert e.kind is ChangeKind.ADDRESS and e.severity is Severity.HIGH
    assert e.old == "Alter Markt 23, 47051 Duisburg"
    assert e.new.startswith("Sonnenwall 73-75, 47051 Duisburg")


def test_postal_code_added_later_is_not_a_move():
    before = build_profile([("http://x/flyer.pdf", page(addresses=[addr("Flachsmarkt 15")]))])
    after = build_profile([("http://x/flyer.pdf", page(addresses=[addr("Flachsmarkt 15")])),
                           ("http://x/a", page(addresses=[addr("Flachsmarkt 15", "47051", "Duisburg")]))])
    assert kinds(diff_profiles("du", before, after)) == ["page_added"]


def test_head_no_longer_named():
    before = build_profile([("http://x/a", page(people=[{"name": "Marijo Terzic", "role": "Leiter des KI", "is_head": True}]))])
    after = build_profile([("http://x/a", page())])
    events = diff_profiles("du", before, after)
    assert [(e.kind, e.old, e.new) for e in events] == [(ChangeKind.HEAD, "Marijo Terzic", "")]


def test_news_pages_do_not_name_the_head():
    news = page(page_kind="news", people=[{"name": "Marijo Terzic", "role": "Leiter des KI", "is_head": True}],
                addresses=[addr("Irgendwo 1")])
    profile = build_profile([("http://x/news", news)])
    assert profile.head == {} and profile.addresses == {}


def test_parent_unit_latest_dated_assignment_wins():
    rec = page(parent_units=[
        {"kind": "Dezernat", "name": "Dezernat VI", "number": "VI", "since": "2018-01-01"},
        {"kind": "Stabsstelle", "name": "Stabsstelle im Dezernat II", "number": "II", "since": "2021-05-01"},
    ])
    before = build_profile([("http://x/a", page())])
    after = build_profile([("http://x/a", rec)])
    events = diff_profiles("du", before, after)
    assert [(e.kind, e.new) for e in events] == [(ChangeKind.PARENT_UNIT, "Stabsstelle im Dezernat II")]


def test_reorganisation_statements_of_one_page_are_one_event_headlined_by_latest_date():
    facts = [
        {"date": "2023-11-27", "sentence": "Rat beschließt am 27.11.2023 über die Einrichtung eines Amtes", "is_reorganisation": True},
        {"date": "2024-01-01", "sentence": "Die neue Dezernatsverteilung tritt zum 01.01.2024 in Kraft.", "is_reorganisation": True},
        {"date": "2013-08-01", "sentence": "Zum 01.08.2013 eingerichtet.", "is_reorganisation": False},
    ]
    before = build_profile([("http://x/a", page())])
    after = build_profile([("http://x/a", page(dated_facts=facts))])
    events = diff_profiles("du", before, after)
    assert kinds(events) == ["reorganisation"]
    assert events[0].new.startswith("2024-01-01")
    assert "27.11.2023" in events[0].evidence


def test_contacts_pair_one_for_one_and_list_others():
    before = build_profile([("http://x/a", page(phones=[{"number": "+492032838111", "kind": "phone"}],
                                                emails=["a@x.de", "b@x.de"]))])
    after = build_profile([("http://x/a", page(phones=[{"number": "+492032830000", "kind": "phone"}], emails=[]))])
    events = diff_profiles("du", before, after)
    assert kinds(events) == ["contact"] * 3
    phone = [e for e in events if "+49" in e.old][0]
    assert (phone.old, phone.new) == ("+492032838111", "+492032830000")


def test_list_order_does_not_matter():
    a = page(programmes=["Griffbereit", "Rucksack KiTa", "KAoA"], fields_of_action=["A", "B"])
    b = page(programmes=["KAoA", "Griffbereit", "Rucksack KiTa"], fields_of_action=["B", "A"])
    assert diff_profiles("du", build_profile([("u", a)]), build_profile([("u", b)])) == []


def test_programme_added_and_person_role_changed():
    before = build_profile([("u", page(programmes=["Griffbereit"],
                                       people=[{"name": "Erkan Üstünay", "role": "Mitglied", "is_head": False}]))])
    after = build_profile([("u", page(programmes=["Griffbereit", "KAoA"],
                                      people=[{"name": "Erkan Üstünay", "role": "Vorsitzender", "is_head": False}]))])
    events = diff_profiles("du", before, after)
    assert sorted((e.kind.value, e.new) for e in events) == [
        ("people", "Erkan Üstünay (Vorsitzender)"), ("programmes", "KAoA")]


def test_page_removed_and_added():
    before = build_profile([("http://x/a", page()), ("http://x/b", page())])
    after = build_profile([("http://x/a", page()), ("http://x/c", page())])
    events = diff_profiles("du", before, after)
    assert sorted((e.kind.value, e.url) for e in events) == [("page_added", "http://x/c"), ("page_removed", "http://x/b")]


def _apply(diff, side):
    return "".join(text for op, text in diff if op == 0 or op == side)


def test_text_diff_reconstructs_both_sides_and_is_word_level():
    old = "Das Kommunale Integrationszentrum ist am Alter Markt 23 zu erreichen."
    new = "Das Kommunale Integrationszentrum ist am Sonnenwall 73-75 zu erreichen."
    diff = text_diff(old, new)
    assert _apply(diff, -1) == old and _apply(diff, 1) == new
    deleted = "".join(t for op, t in diff if op == -1)
    inserted = "".join(t for op, t in diff if op == 1)
    assert "Alter Markt 23" in deleted and "Sonnenwall 73-75" in inserted
    assert "Integrationszentrum" not in deleted  # whole words, kept words stay equal
    assert text_diff(old, new) == diff  # deterministic


def test_text_diff_edges():
    assert text_diff("", "") == []
    assert text_diff("a b c", "a b c") == [(0, "a b c")]
    diff = text_diff("Anfang Mitte Ende", "Start Mitte Schluss")
    assert _apply(diff, -1) == "Anfang Mitte Ende" and _apply(diff, 1) == "Start Mitte Schluss"


def test_equal_canonical_text_is_no_content_change():
    assert content_change("du", "u", "gleich", "gleich") is None


def test_unrelated_large_pages_are_a_relaunch_without_word_diff():
    rnd = random.Random(1)
    words = [f"wort{n}" for n in range(5000)]
    old = " ".join(rnd.choice(words) for _ in range(30000))[:200_000]
    other = [f"neu{n}" for n in range(5000)]
    new = " ".join(rnd.choice(other) for _ in range(30000))[:200_000]
    event = content_change("du", "u", old, new, timeout=1.0)
    assert event.kind is ChangeKind.CONTENT and event.severity is Severity.LOW
    assert event.diff is None and event.old and event.new


def test_large_edit_diff_is_still_exact():
    rnd = random.Random(2)
    words = [f"w{n}" for n in range(3000)]
    old_words = [rnd.choice(words) for _ in range(20000)]
    new_words = list(old_words)
    for i in rnd.sample(range(len(new_words)), 2000):
        new_words[i] = "geändert"
    old, new = " ".join(old_words), " ".join(new_words)
    diff = text_diff(old, new, timeout=1.0)
    assert _apply(diff, -1) == old and _apply(diff, 1) == new


def test_reorganisation_headline_names_the_announced_unit_in_nominative():
    facts = [
        {"date": "2023-11-27", "sentence": "Rat beschließt am 27.11.2023 über die Einrichtung eines Amtes für Integration und Einwanderungsservice", "is_reorganisation": True},
        {"date": "2024-01-01", "sentence": "Die neue Dezernatsverteilung tritt zum 01.01.2024 in Kraft.", "is_reorganisation": True},
    ]
    after = build_profile([("u", page(dated_facts=facts))])
    (event,) = diff_profiles("du", build_profile([("u", page())]), after)
    assert event.new.startswith("Amt für Integration und Einwanderungsservice · 2024-01-01: ")


# ---------------------------------------------------------------- benchmark gaps (people, programmes)


def test_team_member_replaced_is_one_paired_people_event():
    team = [{"name": "Anna Beispiel", "role": "Koordination KOMM-AN NRW", "is_head": False},
            {"name": "Jan Muster", "role": "Sekretariat", "is_head": False}]
    successor = [team[0], {"name": "Eva Probe", "role": "Sekretariat", "is_head": False}]
    before = build_profile([("http://x/team", page(people=team))])
    after = build_profile([("http://x/team", page(people=successor))])
    events = diff_profiles("ms", before, after)
    assert [(e.kind, e.old, e.new) for e in events] == [
        (ChangeKind.PEOPLE, "Jan Muster (Sekretariat)", "Eva Probe (Sekretariat)")]


def test_people_who_only_left_or_only_came_are_listed_one_by_one():
    team = [{"name": "Anna Beispiel", "role": "Sekretariat", "is_head": False},
            {"name": "Jan Muster", "role": "Verwaltung", "is_head": False}]
    before = build_profile([("http://x/team", page(people=team))])
    after = build_profile([("http://x/team", page(people=[]))])
    assert [(e.old, e.new) for e in diff_profiles("ms", before, after)] == [
        ("Anna Beispiel (Sekretariat)", ""), ("Jan Muster (Verwaltung)", "")]


def test_programme_taken_off_the_list_is_removed_although_mentioned_elsewhere():
    listed = page(programmes=["Elterncafé international", "KOMM-AN NRW"], programmes_listed=True)
    shortened = page(programmes=["Elterncafé international"], programmes_listed=True)
    mention = page(programmes=["KOMM-AN NRW"])  # a team member's task "Koordination KOMM-AN NRW"
    before = build_profile([("http://x/programme", listed), ("http://x/team", mention)])
    after = build_profile([("http://x/programme", shortened), ("http://x/team", mention)])
    assert [(e.kind, e.old, e.new) for e in diff_profiles("ms", before, after)] == [
        (ChangeKind.PROGRAMMES, "KOMM-AN NRW", "")]


def test_programme_wording_and_known_name_are_one_programme():
    listed = page(programmes=["Kein Abschluss ohne Anschluss (KAoA)"], programmes_listed=True)
    before = build_profile([("http://x/programme", listed)])
    after = build_profile([("http://x/programme", listed), ("http://x/flyer.pdf", page(programmes=["KAoA"], programmes_listed=True))])
    assert kinds(diff_profiles("ms", before, after)) == ["page_added"]
    assert list(after.programmes) == ["kaoa"]


def test_without_any_list_mentions_are_the_programmes():
    before = build_profile([("http://x/a", page(programmes=["Griffbereit"]))])
    after = build_profile([("http://x/a", page(programmes=["Griffbereit", "Rucksack KiTa"]))])
    assert [(e.old, e.new) for e in diff_profiles("ms", before, after)] == [("", "Rucksack KiTa")]
