"""Team cards in any order (a CMS that shuffles its person cards on every render): the card whose
role line says it leads the centre gives the head wherever it stands, and a colleague's task line
("Übergang Schule – Beruf", "Sprachmittlerpool und Ehrenamt") is neither a unit's box above the next
card nor a person a later role line refers back to. All people and places are invented."""

from __future__ import annotations

from kiwatch.pipelines.extract import extract

URL = "https://www.hollerbeck.example/familie/integration"


def _card(name: str, role: str, ext: str) -> str:
    return (f'<article class="person"><h3>{name}</h3><div class="funktion">{role}</div>'
            f'<div class="tel">Telefon: 02433 97-{ext}</div></article>')


_CARDS = {
    "yildiz": _card("Hatice Yıldız", "Übergang Schule – Beruf", "405"),
    "okafor": _card("Chinedu Okafor", "Sprachmittlerpool und Ehrenamt", "407"),
    "brink": _card("Tobias Brinkhege", "Kommissarische Leitung des Kommunalen Integrationszentrums, Bildung und Schule", "402"),
}


def _heads(order: list[str]) -> list[str]:
    html = ("<html><head><title>Kommunales Integrationszentrum Hollerbeck</title></head><body><main>"
            "<h1>Kommunales Integrationszentrum</h1><h2>Unser Team</h2>" + "".join(_CARDS[k] for k in order)
            + "<h2>Kontakt</h2><p>Wiesenweg 8<br>41812 Hollerbeck<br>Telefon 02433 97-400</p></main></body></html>")
    return [p.name for p in extract(html.encode(), URL).people if p.is_head]


def test_the_lead_card_gives_the_head_wherever_the_cards_are_shuffled() -> None:
    for order in (["brink", "yildiz", "okafor"], ["yildiz", "brink", "okafor"], ["yildiz", "okafor", "brink"]):
        assert _heads(order) == ["Tobias Brinkhege"], order
