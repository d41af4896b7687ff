"""Lists of coming dates and news entries that are no <ul> rotate as well: paragraphs with a list
glyph (a Word export), lines split by <br>, a builder's text modules, a news rail of <div>s
without links. Their change is no change of the page; a chronology of the centre's own history
(dates with years, no weekdays) is the page's text. And a page set as builder widgets is read:
its widgets are its text, a sidebar's widget is not."""

from __future__ import annotations

from kiwatch.pipelines.extract import extract_html

URL = "https://www.ostwalde.example/ki/ueber-uns.aspx"


def _record(html: str) -> dict:
    return extract_html(html, URL).to_json()


def _word_page(items: list[str]) -> str:
    lines = "\n".join(
        f"<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level1 lfo{len(items)}'><![if !supportLists]>"
        f"<span style='font-family:Wingdings'>§<span style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span><![endif]>{t}<o:p></o:p></p>"
        for t in items)
    return f"""<html><body><div class="ms-rtestate-field">
<h1>Kommunales Integrationszentrum Ostwalde</h1>
<p class=MsoNormal>Das Kommunale Integrationszentrum ist dem Fachbereich 3 zugeordnet. Mira Okonkwo ist Leiterin des KI.</p>
<p class=MsoNormal><b>Veranstaltungen</b></p>
{lines}
<p class=MsoNormal><b>Kontakt</b></p>
<p class=MsoNormal>Brückenstraße 18<br>41061 Ostwalde<br>Telefon: 02161 25-3310</p>
</div></body></html>"""


def test_dated_lines_with_a_list_glyph_rotate_without_a_change():
    before = _record(_word_page(["Di, 03.02.2026 | Elterncafé im Familienzentrum Süd", "Do, 12.02.2026 | Fachtag Sprachbildung"]))
    after = _record(_word_page(["Do, 12.02.2026 | Fachtag Sprachbildung",
                                "Mi, 04.03.2026 | Infoabend, Bürgerhaus Nord, Lindenplatz 4, 41061 Ostwalde"]))
    assert before["main_text"] == after["main_text"]
    assert "Fachtag" not in after["main_text"]
    assert [a["street"] for a in after["addresses"]] == ["Brückenstraße 18"]
    assert "Mira Okonkwo ist Leiterin des KI." in after["main_text"]


def test_a_chronology_with_years_is_the_pages_text():
    record = _record(_word_page(["01.03.2014 Gründung des Zentrums im Schulamt", "15.08.2019 Umzug in die Brückenstraße 18"]))
    assert "Gründung des Zentrums" in record["main_text"]
    assert "Umzug in die Brückenstraße 18" in record["main_text"]
    # a word before the date that is no weekday makes no calendar line either
    record = _record(_word_page(["Seit 01.03.2014 berät das Team Schulen", "Ab 15.08.2019 auch in der Brückenstraße 18"]))
    assert "berät das Team Schulen" in record["main_text"]


def _module_page(rows: list[str]) -> str:
    modules = "\n".join(f'<div class="j-module n j-text"><p><span>•</span> {row}</p></div>' for row in rows)
    return f"""<html><body><div id="cc-inner">
<div class="j-module n j-header"><h1>Wir über uns</h1></div>
<div class="j-module n j-text"><p>Das Kommunale Integrationszentrum begleitet Familien, Kitas und Schulen im Kreis.</p></div>
<div class="j-module n j-header"><h2>Was steht an?</h2></div>
{modules}
<div class="j-module n j-header"><h2>Hier finden Sie uns</h2></div>
<div class="j-module n j-text"><p>Burgstraße 9<br>34497 Waldeck<br>Tel.: 05631 954-3300</p></div>
</div></body></html>"""


def test_dates_without_a_year_in_builder_modules_rotate():
    before = _record(_module_page(["05.03. Frauenfrühstück international", "12.03. Elternabend Kita Sonnenschein"]))
    after = _record(_module_page(["12.03. Elternabend Kita Sonnenschein", "26.03. Stadtteilfest im Bürgerpark, Parkweg 2",
                                  "02.04. Osterbasteln"]))
    assert before["main_text"] == after["main_text"]
    assert [a["street"] for a in after["addresses"]] == ["Burgstraße 9"]


def test_numbered_sections_are_no_dates():
    record = _record(_module_page(["1.1. Ziele der Integrationsarbeit im Kreis", "1.2. Aufgaben des Teams"]))
    assert "Ziele der Integrationsarbeit" in record["main_text"] and "Aufgaben des Teams" in record["main_text"]


def test_br_lines_of_dates_with_weekdays_rotate_without_a_listing_heading():
    def page(lines: list[str]) -> str:
        return ("<html><body><main><h1>Kommunales Integrationszentrum</h1><p>Wir beraten Schulen und Vereine.</p>"
                f"<h3>Was ist los?</h3><p>{'<br>'.join(lines)}</p><p>Markt 3, 42103 Lindenau</p></main></body></html>")
    before = _record(page(["Mo, 2. März: Sprachcafé", "Mi, 11. März: Beratungstag"]))
    after = _record(page(["Mi, 11. März: Beratungstag", "Fr, 20. März: Workshop im Stadtteilbüro, Kanalweg 5"]))
    assert before["main_text"] == after["main_text"]
    assert [a["street"] for a in after["addresses"]] == ["Markt 3"]


def _rail_page(entries: list[tuple[str, str, str]], heading: str = "Aktuelles") -> str:
    rail = "\n".join(f'<div class="rail__entry" data-href="/aktuelles/{i}"><p>{d}</p><p><strong>{t}</strong></p><p>{x}</p></div>'
                     for i, (d, t, x) in enumerate(entries))
    return f"""<html><body><main>
<h1>Kommunales Integrationszentrum</h1>
<p>Das Kommunale Integrationszentrum Siegbach ist eine Abteilung im Amt für Soziales und Wohnen (Amt 50).</p>
<h2>Kontakt</h2><p>Sandstraße 44<br>57072 Siegbach<br>Tel. 0271 404-2210</p>
<div class="rail"><h2>{heading}</h2>
{rail}
</div></main></body></html>"""


_NEWS = [("21.01.2026", "Bauamt jetzt in der Industriestraße 8", "Das Bauamt ist ab sofort in der Industriestraße 8, 57072 Siegbach."),
         ("14.01.2026", "Neue Sprechzeiten im Bürgerbüro", "Ab Februar ist das Bürgerbüro auch samstags geöffnet."),
         ("09.01.2026", "Winterdienst: Räumpflicht beachten", "Anlieger müssen Gehwege bis 7 Uhr räumen."),
         ("02.01.2026", "Stadtbibliothek mit neuem Katalog", "Der Online-Katalog ist umgezogen.")]


def test_a_news_rail_of_dated_entries_without_links_rotates():
    before = _record(_rail_page(_NEWS[1:]))
    after = _record(_rail_page(_NEWS[:3]))
    assert before["main_text"] == after["main_text"]
    assert "Sprechzeiten" not in after["main_text"]
    assert [a["street"] for a in after["addresses"]] == ["Sandstraße 44"]
    # two entries are a listing only under a listing heading
    assert "Sprechzeiten" not in _record(_rail_page(_NEWS[1:3]))["main_text"]
    assert "Sprechzeiten" in _record(_rail_page(_NEWS[1:3], heading="Unsere Geschichte"))["main_text"]


def _widget_page(sidebar: str = "") -> str:
    def widget(kind: str, inner: str) -> str:
        return f'<div class="elementor-element elementor-widget elementor-widget-{kind}"><div class="elementor-widget-container">{inner}</div></div>'
    return (f"""<html><body><div class="elementor elementor-12"><section class="elementor-section"><div class="elementor-widget-wrap">"""
            + widget("heading", "<h1>Kommunales Integrationszentrum Hafenau</h1>")
            + widget("text-editor", "<p>Wir unterstützen Neuzugewanderte, Schulen und Vereine in Hafenau.</p>")
            + widget("heading", "<h3>Leitung</h3>") + widget("text-editor", "<p>Tarek Haddad</p>")
            + widget("heading", "<h3>Organisatorische Zuordnung</h3>") + widget("text-editor", "<p>Fachbereich 4 – Bildung und Integration</p>")
            + "</div></section>" + sidebar + "</div></body></html>")


def test_a_page_set_as_builder_widgets_is_read():
    record = _record(_widget_page())
    assert [p["name"] for p in record["people"] if p["is_head"]] == ["Tarek Haddad"]
    assert [u["name"] for u in record["parent_units"]] == ["Fachbereich 4 – Bildung und Integration"]


def test_a_sidebar_widget_beside_a_title_in_no_widget_stays_chrome():
    page = """<html><body><div class="content-area"><h1>Kommunales Integrationszentrum Hafenau</h1>
<p>Wir unterstützen Neuzugewanderte, Schulen und Vereine in Hafenau.</p></div>
<div class="widget widget_text"><h3>Neu im Blog</h3><p>Sommerfest der Vereine am Hafen</p></div></body></html>"""
    assert "Sommerfest" not in _record(page)["main_text"]
    # the same widget on a page whose title sits in a widget is a block of the page
    assert "Sommerfest" in _record(page.replace('<div class="content-area">', '<div class="elementor-widget-heading">'))["main_text"]


class _CountingBlock:
    """A block that counts how often its tag is read (what dated_entries looks at per block)."""

    reads = 0

    def __init__(self, text: str, tag: str = "p") -> None:
        self.text, self._tag, self.in_main, self.group, self.volatile, self.headline = text, tag, True, 0, False, False

    @property
    def tag(self) -> str:
        _CountingBlock.reads += 1
        return self._tag


def test_pairs_of_dated_entries_are_judged_by_one_pass_over_the_page():
    # a page of entry pairs with alternating lengths (date/title, date/title/excerpt, …): each pair
    # asks whether a listing heading stands above it; the answer must not walk back through the
    # page each time (a 50 KB page of such pairs took seconds)
    from kiwatch.pipelines.extract.listings import dated_entries

    def page(pairs: int) -> list[_CountingBlock]:
        blocks = [_CountingBlock("Aktuelles", "h2")]
        for i in range(pairs):
            blocks += [_CountingBlock(f"{1 + i % 9:02d}.{1 + i % 9:02d}.2026"), _CountingBlock("Sommerfest")]
            if i % 2:
                blocks.append(_CountingBlock("Bitte anmelden."))
        return blocks

    reads = []
    for pairs in (200, 800):
        blocks = page(pairs)
        _CountingBlock.reads = 0
        dated_entries(blocks)
        reads.append(_CountingBlock.reads)
        assert all(b.volatile for b in blocks[1:-3])  # the entries under "Aktuelles" are a listing
    assert reads[1] <= 5 * reads[0]  # linear in the page (4x the blocks), not quadratic (16x)
