"""Scraped text is untrusted: a long run without spaces (a slug, a glued PDF line, a base64 blob)
beside the contact data leaves what is read the same. (How long it takes is measured, not
asserted: each pattern here is tried only from the start of a run.)"""

from __future__ import annotations

from kiwatch.pipelines.extract.contact import find_emails
from kiwatch.pipelines.extract.names import split_caption_names

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
