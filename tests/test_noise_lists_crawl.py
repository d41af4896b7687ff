"""Issue 7 item 5 end to end: rotating lists inside the main content, in markups that carry no
teaser or news class (dated cards, a slider of figures, an appointments table, a related-content
box, "Weiterlesen" cards, a read counter, Postfach digit grouping), crawled over HTTP on
127.0.0.1 by the real `kiwatch crawl` into SQLite: a noise-only re-crawl reports nothing, and a
real change on the same page is still reported. The centre and its facts are invented."""

from __future__ import annotations

from tests.watchhelp import contact_page


def _rotating(items: list[tuple[str, str, str]], counter: int, postfach: str) -> str:
    """The page's volatile parts; ``items`` are (date, headline, slug) of what the site published."""
    cards = "".join(f"<div><p><small>{d}</small></p><p><a href='/aktuelles/{s}.html'>{h}</a></p></div>" for d, h, s in items)
    slider = "".join(f"<div><figure><img src='/bilder/{s}.jpg' alt=''><figcaption><a href='/themen/{s}.html'>{h}</a>"
                     "</figcaption></figure></div>" for _, h, s in items)
    termine = "".join(f"<tr><td>{d}</td><td>{10 + i}:00 Uhr</td><td>{h}</td></tr>" for i, (d, h, _) in enumerate(items))
    related = "".join(f"<li><a href='/themen/{s}.html'>{h}</a></li>" for _, h, s in items)
    more = "".join(f"<article><h3>{h}</h3><p>Ein kurzer Auszug aus dem Beitrag über {h.lower()}.</p>"
                   f"<p><a href='/aktuelles/{s}.html'>Weiterlesen »</a></p></article>" for _, h, s in items[:2])
    return (f"<section><h2>Aus dem Rathaus</h2>{cards}</section><div>{slider}</div>"
            f"<h2>Aktuelle Termine</h2><table>{termine}</table>"
            f"<div><h3>Das könnte Sie auch interessieren</h3><ul>{related}</ul></div><div>{more}</div>"
            f"<p>Postanschrift: Postfach {postfach}, 99997 Musterstadt</p>"
            f"<p>Diese Seite wurde {counter} mal aufgerufen.</p>")


V1 = [("24.11.2026", "Laternenfest im Stadtpark", "laterne"), ("19.11.2026", "Neue Öffnungszeiten der Bücherei", "buecherei"),
      ("12.11.2026", "Sanierung der Turnhalle beginnt", "turnhalle")]
V2 = [("01.12.2026", "Weihnachtsmarkt eröffnet", "weihnachtsmarkt"), ("24.11.2026", "Laternenfest im Stadtpark", "laterne"),
      ("19.11.2026", "Neue Öffnungszeiten der Bücherei", "buecherei")]


def test_rotating_lists_in_the_content_give_no_event_but_a_real_change_does(watch):
    watch.put(contact_page(extra=_rotating(V1, 1234, "11 20")))
    assert watch.crawl().returncode == 0
    watch.put(contact_page(extra=_rotating(V2, 1301, "1120")))
    assert watch.crawl().returncode == 0
    assert watch.changes() == []  # no field event and no content event on the noise-only step
    watch.put(contact_page(street="Rosenweg 3", extra=_rotating(V1, 1388, "11 20")))
    assert watch.crawl().returncode == 0
    changes = watch.changes()
    assert [c["kind"] for c in changes if c["kind"] == "address"] == ["address"]
    assert not any("Laternenfest" in f"{c.get('old')} {c.get('new')} {c.get('evidence')}" for c in changes)
