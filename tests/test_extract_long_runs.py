"""Scraped text is untrusted: a long run without spaces (a slug, a glued PDF line, a base64 blob)
beside the contact data leaves what is read the same. (How long it takes is measured, not
asserted: each pattern here is tried only from the start of a run.)"""

from __future__ import annotations

from kiwatch.pipelines.extract.contact import find_emails

SLUG = "-".join(["schule", "jugend", "integration"] * 300)


def test_an_obfuscated_address_beside_a_long_run_is_read():
    assert find_emails([f"KI (at) Stadt (dot) example {SLUG}"], []) == ["ki@stadt.example"]
    assert find_emails([f"{SLUG} Mail: ki [at] stadt [punkt] example"], []) == ["ki@stadt.example"]


def test_a_long_run_holds_no_address_of_its_own():
    assert find_emails([f"{SLUG} (at) {SLUG}"], []) == []
