"""Digest delivery against a real SMTP server on 127.0.0.1 (aiosmtpd) and a real SQLite file.

Proves (RELIABILITY G1–G6, issue #3 items 2–4): each change reaches each matching subscriber
once; a second run sends nothing; SMTP down / 4xx / 5xx keep changes pending and are reported;
a crash between the server's 250 and our record resends that one digest with the same
Message-ID; a new subscriber does not get the history; the command line refuses bad input.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from kiwatch.cli import main
from kiwatch.notify import outbox
from kiwatch.notify.mailer import Mailer
from kiwatch.core.vocab import DigestOutcome
from kiwatch.notify.outbox import run_digests
from kiwatch.notify.subscriptions import ChangeFilter, subscribe
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.storage.delivery import DeliveredChange, Digest

from tests.notify_support import SmtpServer, body_parts, centre, change, later


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def db(db_url):
    engine = open_database(db_url)
    yield db_url, session_factory(engine)
    engine.dispose()


@pytest.fixture
def cli_env(monkeypatch, smtp, db_url):
    for key, value in smtp.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("KIWATCH_DATABASE_URL", db_url)
    monkeypatch.delenv("KIWATCH_SETTINGS", raising=False)
    return smtp


def seed_centres(factory):
    with transaction(factory) as s:
        return {c.slug: c.id for c in (centre(s, "duisburg", "Duisburg"), centre(s, "essen", "Essen"),
                                       centre(s, "bielefeld", "Bielefeld", "Detmold"))}


def add_changes(factory):
    """Duisburg: address (high) + contact (medium) + content (low); Essen: head (high); Bielefeld: programmes."""
    from kiwatch.storage.models import Centre

    with transaction(factory) as s:
        get = lambda slug: s.scalar(select(Centre).where(Centre.slug == slug))  # noqa: E731
        du, es, bi = get("duisburg"), get("essen"), get("bielefeld")
        ids = {
            "du_address": change(s, du, "address", "Sonnenwall 73-75, 47051 Duisburg", "Kuhlenwall 2, 47051 Duisburg").id,
            "du_contact": change(s, du, "contact", "+492032836912", "+492032832100").id,
            "du_content": change(s, du, "content", diff=[[0, "Das KI ist "], [-1, "eine Stabsstelle"], [1, "ein Amt"], [0, "."]]).id,
            "es_head": change(s, es, "head", "Frau A", "Herr B").id,
            "bi_programmes": change(s, bi, "programmes", "Griffbereit", "Griffbereit; KOMM-AN NRW").id,
        }
    return ids


def delivered(factory, email):
    from kiwatch.storage.delivery import Subscription

    with factory() as s:
        return set(s.scalars(select(DeliveredChange.change_id).join(Subscription).where(Subscription.email == email)))


def test_each_recipient_gets_exactly_their_changes_once(db, cli_env, capsys):
    url, factory = db
    smtp = cli_env
    seed_centres(factory)
    # subscribe before the changes exist (a new subscriber never gets the history)
    assert main(["subscribe", "anna@example.org", "--site", "duisburg", "--min-severity", "medium"]) == 0
    assert main(["subscribe", "ben@example.org", "--regierungsbezirk", "duesseldorf", "--kind", "head",
                 "--kind", "content", "--lang", "en"]) == 0
    ids = add_changes(factory)
    capsys.readouterr()

    assert main(["digest"]) == 0
    out = capsys.readouterr().out
    assert "anna@example.org" in out and "ben@example.org" in out
    assert len(smtp.handler.messages) == 2
    assert delivered(factory, "anna@example.org") == {ids["du_address"], ids["du_contact"]}
    assert delivered(factory, "ben@example.org") == {ids["du_content"], ids["es_head"]}

    anna, = smtp.handler.to("anna@example.org")
    text, html = body_parts(anna)
    assert anna["Subject"] == "KI Duisburg: neue Adresse, neue Kontaktdaten"
    assert "Kuhlenwall 2" in text and "Kuhlenwall 2" in html and "Herr B" not in text
    ben, = smtp.handler.to("ben@example.org")
    assert ben["Subject"] == "KI Essen: new head · 1 more change"
    text, html = body_parts(ben)
    assert "[-eine Stabsstelle-]{+ein Amt+}" in text
    assert "line-through" in html and ">eine Stabsstelle</del>" in html and ">ein Amt</ins>" in html
    assert html.index("Essen") < html.index("Duisburg")  # highest severity first

    # second run: nothing more
    assert main(["digest"]) == 0
    assert len(smtp.handler.messages) == 2


def test_smtp_down_keeps_changes_pending_and_reports(db, cli_env, capsys):
    url, factory = db
    smtp = cli_env
    seed_centres(factory)
    assert main(["subscribe", "anna@example.org"]) == 0
    ids = add_changes(factory)
    smtp.stop()
    capsys.readouterr()
    assert main(["digest"]) == 1
    err = capsys.readouterr().err
    assert f"SMTP-Server 127.0.0.1:{smtp.port} nicht erreichbar" in err  # German throughout, the OS's reason in brackets
    assert "5 Änderung(en) bleiben offen" in err
    assert delivered(factory, "anna@example.org") == set()
    with factory() as s:
        assert s.scalar(select(Digest.status)) == "failed"

    smtp.start()
    assert main(["digest"]) == 0
    assert delivered(factory, "anna@example.org") == set(ids.values())
    assert len(smtp.handler.messages) == 1
    assert main(["digest"]) == 0
    assert len(smtp.handler.messages) == 1


@pytest.mark.parametrize("reply,outcome,status", [("550 5.1.1 user unknown", DigestOutcome.REJECTED, "rejected"),
                                                   ("451 4.3.0 try again later", DigestOutcome.FAILED, "failed")])
def test_refused_recipient_does_not_block_others(db, smtp, reply, outcome, status):
    url, factory = db
    seed_centres(factory)
    with transaction(factory) as s:
        subscribe(s, "bad@example.org", ChangeFilter())
        subscribe(s, "good@example.org", ChangeFilter())
    ids = add_changes(factory)
    smtp.handler.refuse["bad@example.org"] = reply
    settings = smtp.settings(url)
    with Mailer(settings) as mailer:
        results = {r.email: r for r in run_digests(factory, settings, mailer)}
    assert results["good@example.org"].outcome == DigestOutcome.SENT
    assert results["bad@example.org"].outcome == outcome
    assert reply.split()[0] in results["bad@example.org"].error
    assert delivered(factory, "good@example.org") == set(ids.values())
    assert delivered(factory, "bad@example.org") == set()
    with factory() as s:
        assert sorted(s.scalars(select(Digest.status))) == sorted([status, "sent"])
    # the server accepts again: the refused subscriber gets the same changes
    smtp.handler.refuse.clear()
    with Mailer(settings) as mailer:
        results = {r.email: r for r in run_digests(factory, settings, mailer)}
    assert results["bad@example.org"].outcome == DigestOutcome.SENT
    assert results["good@example.org"].outcome == DigestOutcome.ALREADY_SENT
    assert delivered(factory, "bad@example.org") == set(ids.values())


def test_crash_after_send_resends_that_digest_once_with_same_message_id(db, smtp, monkeypatch):
    url, factory = db
    seed_centres(factory)
    with transaction(factory) as s:
        subscribe(s, "anna@example.org", ChangeFilter())
    add_changes(factory)
    settings = smtp.settings(url)
    now = datetime(2023, 6, 2, 5, 0, tzinfo=timezone.utc)

    def crash(*args, **kwargs):
        raise SystemExit("killed between 250 and recording")

    monkeypatch.setattr(outbox, "_record_sent", crash)
    with pytest.raises(SystemExit), Mailer(settings) as mailer:
        run_digests(factory, settings, mailer, now=now)
    monkeypatch.undo()
    assert len(smtp.handler.messages) == 1
    # a run right after: the claim is fresh, so another process might still be sending — no resend
    with Mailer(settings) as mailer:
        assert [r.outcome for r in run_digests(factory, settings, mailer, now=now + timedelta(minutes=1))] == [DigestOutcome.BUSY]
    # after the claim expired: that one digest again, same Message-ID, then never again
    later = now + outbox.claim_ttl(settings) + timedelta(minutes=1)
    with Mailer(settings) as mailer:
        assert [r.outcome for r in run_digests(factory, settings, mailer, now=later)] == [DigestOutcome.SENT]
        assert [r.outcome for r in run_digests(factory, settings, mailer, now=later)] == [DigestOutcome.ALREADY_SENT]
    first, second = smtp.handler.messages
    assert first["Message-ID"] == second["Message-ID"]


def test_same_period_twice_sends_once_and_next_period_sends_new_changes(db, smtp):
    url, factory = db
    seed_centres(factory)
    with transaction(factory) as s:
        subscribe(s, "anna@example.org", ChangeFilter())
    add_changes(factory)
    settings = smtp.settings(url)
    day1 = datetime(2023, 6, 2, 5, 0, tzinfo=timezone.utc)
    with Mailer(settings) as mailer:
        run_digests(factory, settings, mailer, now=day1)
        run_digests(factory, settings, mailer, now=day1 + timedelta(hours=2))  # manual + scheduled
    assert len(smtp.handler.messages) == 1
    from kiwatch.storage.models import Centre

    with transaction(factory) as s:
        new = change(s, s.scalar(select(Centre).where(Centre.slug == "essen")), "contact", "a@essen.de", "b@essen.de")
        new_id = new.id
    with Mailer(settings) as mailer:
        run_digests(factory, settings, mailer, now=day1 + timedelta(hours=3))  # same period: waits
        assert len(smtp.handler.messages) == 1
        run_digests(factory, settings, mailer, now=day1 + timedelta(days=1))
    assert len(smtp.handler.messages) == 2
    assert "b@essen.de" in body_parts(smtp.handler.messages[1])[0]
    assert new_id in delivered(factory, "anna@example.org")


def test_empty_digest_is_configurable(db, smtp):
    url, factory = db
    seed_centres(factory)
    with transaction(factory) as s:
        subscribe(s, "anna@example.org", ChangeFilter())
    settings = smtp.settings(url)
    with Mailer(settings) as mailer:
        assert [r.outcome for r in run_digests(factory, settings, mailer)] == [DigestOutcome.NOTHING]
    assert smtp.handler.messages == []
    settings = settings.replace(send_empty_digests=True)
    with Mailer(settings) as mailer:
        assert [r.outcome for r in run_digests(factory, settings, mailer)] == [DigestOutcome.SENT]
    assert smtp.handler.messages[0]["Subject"] == "kiwatch: keine neuen Änderungen"


def test_new_subscriber_does_not_get_the_history(db, smtp):
    url, factory = db
    seed_centres(factory)
    add_changes(factory)
    with transaction(factory) as s:
        subscribe(s, "late@example.org", ChangeFilter())
    settings = smtp.settings(url)
    with Mailer(settings) as mailer:
        assert [r.outcome for r in run_digests(factory, settings, mailer)] == [DigestOutcome.NOTHING]


def test_weekly_and_daily_are_separate(db, smtp):
    url, factory = db
    seed_centres(factory)
    with transaction(factory) as s:
        subscribe(s, "anna@example.org", ChangeFilter(), frequency="weekly")
    add_changes(factory)
    settings = smtp.settings(url)
    with Mailer(settings) as mailer:
        assert run_digests(factory, settings, mailer, frequency="daily") == []
        assert [r.outcome for r in run_digests(factory, settings, mailer, frequency="weekly")] == [DigestOutcome.SENT]
    with factory() as s:
        assert s.scalar(select(Digest.period)).startswith("2") and "-W" in s.scalar(select(Digest.period))


@pytest.mark.parametrize("argv,message", [
    (["subscribe", "not-an-address"], "not a valid e-mail address"),
    (["subscribe", "a@b"], "not a valid e-mail address"),
    (["subscribe", "x@example.org\r\nBcc: evil@example.org"], "not a valid e-mail address"),
    (["subscribe", "x@example.org", "--site", "atlantis"], "unknown centre(s): atlantis"),
    (["subscribe", "x@example.org", "--kind", "weather"], "unknown change kind 'weather'"),
    (["subscribe", "x@example.org", "--regierungsbezirk", "Bayern"], "unknown Regierungsbezirk 'Bayern'"),
])
def test_subscribe_refuses_bad_input(cli_env, capsys, argv, message):
    assert main([*argv, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_subscribe_list_update_unsubscribe(cli_env, capsys):
    assert main(["subscribe", "Anna@Example.ORG", "--site", "duisburg", "--site", "essen",
                 "--regierungsbezirk", "Köln", "--kind", "address", "--min-severity", "high"]) == 0
    assert main(["subscribe", "anna@example.org", "--frequency", "weekly", "--lang", "en"]) == 0
    assert main(["subscribe", "Anna@example.org", "--site", "duisburg"]) == 0  # updates the daily one
    capsys.readouterr()
    assert main(["subscriptions", "--format", "json"]) == 0
    import json

    subs = json.loads(capsys.readouterr().out)
    assert [(s["email"], s["frequency"], s["lang"], s["sites"]) for s in subs] == [
        ("Anna@example.org", "daily", "de", ["duisburg"]), ("anna@example.org", "weekly", "en", [])]
    assert main(["subscriptions"]) == 0
    assert "Anna@example.org" in capsys.readouterr().out
    assert main(["unsubscribe", "anna@example.org"]) == 0
    assert "2" in capsys.readouterr().out
    assert main(["unsubscribe", "anna@example.org"]) == 1
    assert main(["subscriptions", "--format", "json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_dry_run_renders_without_sending_or_recording(db, cli_env, capsys, tmp_path):
    url, factory = db
    smtp = cli_env
    seed_centres(factory)
    assert main(["subscribe", "anna@example.org"]) == 0
    add_changes(factory)
    capsys.readouterr()
    assert main(["digest", "--dry-run", "--to", "anna@example.org"]) == 0
    out = capsys.readouterr().out
    assert "Subject: KI Duisburg: neue Adresse, neue Kontaktdaten · 3 weitere Änderungen" in out
    assert "Kuhlenwall 2" in out
    assert main(["digest", "--dry-run", "--output", str(tmp_path / "out")]) == 0
    files = sorted(p.suffix for p in (tmp_path / "out").iterdir())
    assert files == [".eml", ".html", ".txt"]
    assert smtp.handler.messages == []
    with factory() as s:
        assert s.scalar(select(Digest.id)) is None
    assert main(["digest"]) == 0
    assert len(smtp.handler.messages) == 1


def test_cr_lf_nul_in_scraped_text_never_add_a_header_and_the_digest_is_sent(sqlite_url, smtp, monkeypatch, capsys):
    """H2: a scraped value with CR/LF/NUL ("Frau X\\r\\nBcc: …") that ends up in the Subject
    (here the centre's municipality) and in the body goes through a real SMTP server: the
    digest is delivered to the subscriber only, with one Subject and no Bcc or other header
    smuggled in."""
    from kiwatch.storage.models import Centre

    for key, value in smtp.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("KIWATCH_DATABASE_URL", sqlite_url)
    monkeypatch.delenv("KIWATCH_SETTINGS", raising=False)
    hostile = "Frau X\r\nBcc: evil@example.org\x00\r\nX-Injected: yes"
    factory = session_factory(open_database(sqlite_url))
    seed_centres(factory)
    assert main(["subscribe", "anna@example.org", "--site", "duisburg"]) == 0
    with transaction(factory) as s:
        du = s.scalar(select(Centre).where(Centre.slug == "duisburg"))
        du.municipality = hostile
        change(s, du, "head", "Frau A", hostile, detected_at=later())
    capsys.readouterr()
    assert main(["digest"]) == 0, capsys.readouterr().err
    [(mail_from, rcpts)] = smtp.handler.envelopes
    assert rcpts == ["anna@example.org"]
    [msg] = smtp.handler.messages
    assert msg["Bcc"] is None and msg["X-Injected"] is None and len(msg.get_all("Subject")) == 1
    assert "evil@example.org" in msg["Subject"] and not any(c in msg["Subject"] for c in "\r\n\x00")
    assert {name.lower() for name in msg.keys()} <= {
        "subject", "from", "to", "date", "message-id", "mime-version", "content-type", "auto-submitted",
        "list-unsubscribe", "list-unsubscribe-post", "list-id", "precedence", "x-auto-response-suppress"}
    text, _html = body_parts(msg)
    assert "Frau X" in text and "\x00" not in text
