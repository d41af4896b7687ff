"""Eighth private round of contact cases (issue 7): a SECOND institution stated in many ways beside
the centre's own facts — in the same sentence, in a neighbouring block or card, "In Kooperation
mit …", "Träger: …", "Im Haus befindet sich auch …", "Beratung durch …", an Außensprechstunde at
another body's premises, an event partner, a funder with its address, a table of partners, a
school, a Jobcenter, a welfare association, a migrant organisation, a project office — each with
its own address, phone or e-mail; unlabelled phones in contact contexts (a bare number under the
centre's name or a person's, in a table cell, after an address, "erreichbar unter", "(0 59 32)
81-…"); service numbers and switchboards that are nobody's; press releases (the press office's
contact, the publisher's address, a corrected extension) beside the centre's facts in the text;
obfuscated e-mails; addresses in an element, a table, glued text, postcode first and prose.

Written in the project's own words before the extractor was changed for them; invented town
(Lindmoor 49786, the centre Gerberstraße 14, 05932 81-4xx, ki@lindmoor.de), people and numbers
only. Every contact field is declared (an empty list: the centre has none here). Every third case
is ``aside8``: written with the others, before any code for them, and only scored, never looked
at while tuning (``python -m tests.generalise_contact_r8`` reports tune8 and aside8 apart; ``-v``
lists the tune8 misses only).
"""

from __future__ import annotations

import sys

from tests.generalise_contact_cases import report_rounds, round_case


def _r8(cid: str, body: str, **fields) -> dict:
    return round_case(8, cid, body, **fields)


def _press(cid: str, title: str, body: str, **fields) -> dict:
    """A press release: the page's own title is the release's headline, not the centre's name."""
    return dict(_r8(cid, body, **fields), title=title)


_K = "Gerberstraße 14, 49786 Lindmoor"
_M = "ki@lindmoor.de"

CASES: list[dict] = [
    # ------------------------------------------------------------------ a second institution's facts (precision)
    _r8("gz-01", "<p>Das Kommunale Integrationszentrum (Gerberstraße 14, Tel. 05932 81-401) und die Migrationsberatung des DRK "
        "(Bleichweg 6, Tel. 05932 7070-2) bieten ab Mai eine gemeinsame Sprechstunde an.</p>",
        addresses=["Gerberstraße 14"], phones=["05932 81-401"], must_not={"addresses": ["Bleichweg 6"], "phones": ["05932 7070-2"]}),
    _r8("gz-02", "<p>Kommunales Integrationszentrum Lindmoor<br>Gerberstraße 14<br>49786 Lindmoor<br>Telefon 05932 81-402<br>"
        "ki@lindmoor.de</p><p>Schulpsychologische Beratungsstelle<br>Am Wall 9<br>49786 Lindmoor<br>Telefon 05932 81-2750<br>"
        "schulpsychologie@lindmoor.de</p>",
        addresses=[_K], phones=["05932 81-402"], emails=[_M],
        must_not={"addresses": ["Am Wall 9, 49786 Lindmoor"], "phones": ["05932 81-2750"], "emails": ["schulpsychologie@lindmoor.de"]}),
    _r8("gz-03", "<p>In Kooperation mit dem Verein Brückenschlag e.V. (Mühlendamm 3, 49786 Lindmoor, Tel. 05932 6612) vermittelt "
        "das KI Patenschaften für neu zugewanderte Familien. Anmeldung im KI unter 05932 81-403.</p>",
        phones=["05932 81-403"], must_not={"addresses": ["Mühlendamm 3, 49786 Lindmoor"], "phones": ["05932 6612"]}),
    _r8("gz-04", "<p><strong>Sprachcafé International</strong><br>Träger: Internationaler Bund, Kanalstraße 40, 49786 Lindmoor, "
        "Tel. 05932 5520<br>Ansprechpartnerin im Kommunalen Integrationszentrum: Dilara Aksoy, Tel. 05932 81-404, "
        "dilara.aksoy@lindmoor.de</p>",
        phones=["05932 81-404"], emails=["dilara.aksoy@lindmoor.de"],
        must_not={"addresses": ["Kanalstraße 40, 49786 Lindmoor"], "phones": ["05932 5520"]}),
    _r8("gz-05", "<p>Das Kommunale Integrationszentrum finden Sie in der Gerberstraße 14, 49786 Lindmoor (Tel. 05932 81-405).</p>"
        "<p>Im Haus befindet sich auch die Schuldnerberatung der Diakonie, Telefon 05932 3344-10, "
        "schuldnerberatung@diakonie-lindmoor.de.</p>",
        addresses=[_K], phones=["05932 81-405"],
        must_not={"phones": ["05932 3344-10"], "emails": ["schuldnerberatung@diakonie-lindmoor.de"]}),
    _r8("gz-06", "<p>Jeden Dienstag Beratung durch den Jugendmigrationsdienst der AWO in unseren Räumen. Terminvereinbarung "
        "direkt beim JMD: 05932 4040-3, jmd@awo-lindmoor.de</p><p>Kontakt KI: 05932 81-406</p>",
        phones=["05932 81-406"], must_not={"phones": ["05932 4040-3"], "emails": ["jmd@awo-lindmoor.de"]}),
    _r8("gz-07", "<p>Außensprechstunde des KI bei der Caritas im Stadtteil Nord: donnerstags 10–12 Uhr im Caritashaus, "
        "Lindenweg 2. Die Caritas selbst erreichen Sie unter 05932 2121.</p><p>Kommunales Integrationszentrum, Gerberstraße 14, "
        "Tel. 05932 81-407</p>",
        addresses=["Gerberstraße 14"], phones=["05932 81-407"], must_not={"phones": ["05932 2121"]},
        tolerate={"addresses": ["Lindenweg 2"]}),
    _r8("gz-08", "<p>Das Fest der Nachbarschaft richtet das KI mit dem Stadtteilverein Nordviertel e.V. (Rosenstraße 5, "
        "Tel. 05932 9191) aus. Anmeldungen nimmt das KI unter 05932 81-408 entgegen.</p>",
        phones=["05932 81-408"], must_not={"addresses": ["Rosenstraße 5"], "phones": ["05932 9191"]}),
    _r8("gz-09", "<p>Gefördert durch: Stiftung Lindmoorer Bürger, Schlossallee 1, 49786 Lindmoor</p>"
        "<p>Kontakt: Kommunales Integrationszentrum, Gerberstraße 14, 49786 Lindmoor, Tel. 05932 81-409</p>",
        addresses=[_K], phones=["05932 81-409"], must_not={"addresses": ["Schlossallee 1, 49786 Lindmoor"]}),
    _r8("gz-10", "<table><tr><th>Partner</th><th>Adresse</th><th>Telefon</th></tr><tr><td>Volkshochschule Lindmoor</td>"
        "<td>Schulstraße 12</td><td>05932 81-3100</td></tr><tr><td>Caritasverband Lindmoor</td><td>Lindenweg 2</td>"
        "<td>05932 2121</td></tr></table><p>Kommunales Integrationszentrum, Gerberstraße 14, Tel. 05932 81-410</p>",
        addresses=["Gerberstraße 14"], phones=["05932 81-410"],
        must_not={"addresses": ["Schulstraße 12", "Lindenweg 2"], "phones": ["05932 81-3100", "05932 2121"]}),
    _r8("gz-11", "<p>Der Verband der Migrantenorganisationen Lindmoor (VMO) hat sein Büro in der Hafenstraße 21 (Tel. 05932 4455, "
        "info@vmo-lindmoor.de). Das KI unterstützt den Verband bei der Vereinsarbeit; Ansprechpartner im KI ist Goran Petrović, "
        "05932 81-411.</p>",
        phones=["05932 81-411"],
        must_not={"addresses": ["Hafenstraße 21"], "phones": ["05932 4455"], "emails": ["info@vmo-lindmoor.de"]}),
    _r8("gz-12", "<p><strong>Projektbüro „Bewegt ankommen“ des Kreissportbundes</strong><br>Bahnhofsplatz 2<br>49786 Lindmoor<br>"
        "Tel. 05932 7373<br>bewegt@ksb-lindmoor.de</p><p><strong>Kommunales Integrationszentrum</strong><br>Gerberstraße 14<br>"
        "49786 Lindmoor<br>Tel. 05932 81-412<br>ki@lindmoor.de</p>",
        addresses=[_K], phones=["05932 81-412"], emails=[_M],
        must_not={"addresses": ["Bahnhofsplatz 2, 49786 Lindmoor"], "phones": ["05932 7373"], "emails": ["bewegt@ksb-lindmoor.de"]}),
    _r8("gz-13", "<p>Die Sprachfördergruppen treffen sich an der Grundschule Am Mühlbach (Mühlbachweg 4, Sekretariat 05932 81-5510). "
        "Fragen zur Anmeldung beantwortet das Kommunale Integrationszentrum unter 05932 81-413.</p>",
        phones=["05932 81-413"], must_not={"addresses": ["Mühlbachweg 4"], "phones": ["05932 81-5510"]}),
    _r8("gz-14", "<h3>Kommunales Integrationszentrum</h3><p>Gerberstraße 14, 49786 Lindmoor<br>Tel. 05932 81-414</p>"
        "<h3>Jobcenter Landkreis Lindmoor – Team Migration</h3><p>Am Bahnhof 8, 49786 Lindmoor<br>Tel. 05932 6060-400<br>"
        "migration@jobcenter-lindmoor.de</p>",
        addresses=[_K], phones=["05932 81-414"],
        must_not={"addresses": ["Am Bahnhof 8, 49786 Lindmoor"], "phones": ["05932 6060-400"], "emails": ["migration@jobcenter-lindmoor.de"]}),
    _r8("gz-15", "<p>Wir beraten Sie in der Gerberstraße 14 (Tel. 05932 81-415); bei Fragen zum Asylverfahren wenden Sie sich bitte "
        "an die Flüchtlingsberatung der Caritas, Lindenweg 2, Tel. 05932 2121-7.</p>",
        addresses=["Gerberstraße 14"], phones=["05932 81-415"], must_not={"addresses": ["Lindenweg 2"], "phones": ["05932 2121-7"]}),
    _r8("gz-16", "<p>Kommunales Integrationszentrum, Gerberstraße 14, 49786 Lindmoor, Telefon 05932 81-416</p>"
        "<p>Ebenfalls im Gebäude: Psychosoziales Zentrum für Geflüchtete, 2. OG, Telefon 05932 81-7700, psz@lindmoor.de</p>",
        addresses=[_K], phones=["05932 81-416"], must_not={"phones": ["05932 81-7700"], "emails": ["psz@lindmoor.de"]}),
    _r8("gz-17", "<p>Unsere Kooperationspartnerin, die Türkische Gemeinde Lindmoor e.V., erreichen Sie unter 05932 8282 oder "
        "info@tg-lindmoor.de. Unser Team erreichen Sie unter 05932 81-417.</p>",
        phones=["05932 81-417"], must_not={"phones": ["05932 8282"], "emails": ["info@tg-lindmoor.de"]}),
    _r8("gz-18", "<ul><li>Beratung durch: Migrationsberatung für Erwachsene (MBE) des Paritätischen, Tel. 05932 3030</li>"
        "<li>Ort: Kommunales Integrationszentrum, Gerberstraße 14</li><li>Anmeldung im KI: 05932 81-418</li></ul>",
        addresses=["Gerberstraße 14"], phones=["05932 81-418"], must_not={"phones": ["05932 3030"]}),
    _r8("gz-19", "<p>Das Integrationszentrum unterstützt Neuzugewanderte beim Start. Leistungen zum Lebensunterhalt bewilligt das "
        "Jobcenter, Am Bahnhof 8, Telefon 05932 6060-210.</p><p>Sie erreichen uns unter 05932 81-419.</p>",
        phones=["05932 81-419"], must_not={"addresses": ["Am Bahnhof 8"], "phones": ["05932 6060-210"]}),
    _r8("gz-20", "<h2>Beratungsangebote anderer Träger</h2><ul><li>AWO Kreisverband: Marktstraße 7, 05932 5151</li>"
        "<li>Diakonisches Werk: Kirchgasse 1, 05932 3344</li></ul><h2>So erreichen Sie uns</h2>"
        "<p>Gerberstraße 14, 49786 Lindmoor, Telefon 05932 81-420</p>",
        addresses=[_K], phones=["05932 81-420"],
        must_not={"addresses": ["Marktstraße 7", "Kirchgasse 1"], "phones": ["05932 5151", "05932 3344"]}),
    _r8("gz-21", "<p>Seiteneinstieg: Beratung im KI (05932 81-421) – die Anmeldung erfolgt an der Gesamtschule Lindmoor, "
        "Ringstraße 30, Tel. 05932 81-6600.</p>",
        phones=["05932 81-421"], must_not={"addresses": ["Ringstraße 30"], "phones": ["05932 81-6600"]}),
    _r8("gz-22", "<p>Das KI bietet eine Außensprechstunde im Jobcenter an (Am Bahnhof 8, Raum 12). Die Servicehotline des "
        "Jobcenters lautet 05932 6060-100. Termine beim KI: 05932 81-422.</p>",
        phones=["05932 81-422"], must_not={"phones": ["05932 6060-100"]}, tolerate={"addresses": ["Am Bahnhof 8"]}),
    _r8("gz-23", "<p>Anmeldungen zum Ferienkurs nimmt die Volkshochschule entgegen: anmeldung@vhs-lindmoor.de. Inhaltliche Fragen "
        "richten Sie bitte an ki@lindmoor.de.</p>",
        emails=[_M], must_not={"emails": ["anmeldung@vhs-lindmoor.de"]}),
    _r8("gz-24", "<table><tr><td>Veranstalter</td><td>Kommunales Integrationszentrum, Tel. 05932 81-424</td></tr>"
        "<tr><td>Mitveranstalter</td><td>Kulturverein Mosaik e.V., Tel. 05932 7171</td></tr>"
        "<tr><td>Ort</td><td>Bürgerhaus Süd, Heideweg 11</td></tr></table>",
        phones=["05932 81-424"], must_not={"addresses": ["Heideweg 11"], "phones": ["05932 7171"]}),
    _r8("gz-25", "<p>Das Projekt wird von der Bürgerstiftung Lindmoor gefördert (Stiftungsbüro: Schlossallee 1, Tel. 05932 1919). "
        "Ansprechpartnerin im KI: Ronja Feld, Tel. 05932 81-425.</p>",
        phones=["05932 81-425"], must_not={"addresses": ["Schlossallee 1"], "phones": ["05932 1919"]}),
    _r8("gz-26", "<p>Im selben Gebäude wie das KI hat auch die Ehrenamtsagentur ihr Büro; sie ist unter 05932 81-3500 und "
        "ehrenamt@lindmoor.de erreichbar. Das KI selbst erreichen Sie unter 05932 81-426.</p>",
        phones=["05932 81-426"], must_not={"phones": ["05932 81-3500"], "emails": ["ehrenamt@lindmoor.de"]}),
    _r8("gz-27", "<p>Die Integrationsagentur der AWO leitet Marta Nowak (Tel. 05932 5151-20).</p>"
        "<p>Kommunales Integrationszentrum: Tel. 05932 81-427</p>",
        phones=["05932 81-427"], must_not={"phones": ["05932 5151-20"]}),
    # ------------------------------------------------------------------ unlabelled phones in a contact context (recall)
    _r8("gz-28", "<p>Kommunales Integrationszentrum Lindmoor<br>05932 81-428</p>", phones=["05932 81-428"]),
    _r8("gz-29", "<p>Ihre Ansprechpartnerin:<br>Frau Svetlana Orlova<br>05932 81-429<br>svetlana.orlova@lindmoor.de</p>",
        phones=["05932 81-429"], emails=["svetlana.orlova@lindmoor.de"]),
    _r8("gz-30", "<table><tr><th>Name</th><th>Aufgabe</th><th>Telefon</th></tr><tr><td>Jonas Weber</td><td>Bildung</td>"
        "<td>05932 81-430</td></tr><tr><td>Amira Saleh</td><td>Integration durch Arbeit</td><td>05932 81-431</td></tr></table>",
        phones=["05932 81-430", "05932 81-431"]),
    _r8("gz-31", "<p>Gerberstraße 14 · 49786 Lindmoor · 05932 81-432</p>", addresses=[_K], phones=["05932 81-432"]),
    _r8("gz-32", "<p>Das Team ist montags bis donnerstags erreichbar unter 05932 81-433.</p>", phones=["05932 81-433"]),
    _r8("gz-33", "<p>Kommunales Integrationszentrum<br>Gerberstraße 14<br>(0 59 32) 81-434</p>",
        addresses=["Gerberstraße 14"], phones=["05932 81-434"]),
    _r8("gz-34", "<p>Für Fragen zur Sprachförderung in Kitas steht Ihnen Frau Beate Krüger zur Verfügung: 05932 81-435.</p>",
        phones=["05932 81-435"]),
    _r8("gz-35", "<p>Kommunales Integrationszentrum, Gerberstraße 14, 49786 Lindmoor, 05932 81-436, ki@lindmoor.de</p>",
        addresses=[_K], phones=["05932 81-436"], emails=[_M]),
    _r8("gz-36", "<table><tr><td>Sekretariat</td><td>(0 59 32) 81-437</td></tr><tr><td>Fax</td><td>(0 59 32) 81-499</td></tr></table>",
        phones=["05932 81-437", "05932 81-499"]),
    _r8("gz-37", "<p>Sie haben Fragen zum Bildungs- und Teilhabepaket? Rufen Sie uns an: 05932 81-438.</p>", phones=["05932 81-438"]),
    _r8("gz-38", "<p>Anmeldungen zur Elternschule bitte bis zum 30. April an Olga Brandt, 05932 81-439.</p>", phones=["05932 81-439"]),
    _r8("gz-39", "<p>Kontaktieren Sie uns<br>+49 5932 81-440</p>", phones=["05932 81-440"]),
    _r8("gz-40", "<ul><li>Mehmet Yıldız – Schule und Beruf – 05932 81-441</li><li>Laura Franke – Ehrenamt – 05932 81-442</li></ul>",
        phones=["05932 81-441", "05932 81-442"]),
    _r8("gz-41", "<p>KI Lindmoor<br>Gerberstraße 14<br>05932/81-443</p>", addresses=["Gerberstraße 14"], phones=["05932 81-443"]),
    _r8("gz-42", "<p>Wir beraten Sie persönlich oder telefonisch unter 0 59 32 / 81 - 444.</p>", phones=["05932 81-444"]),
    # ------------------------------------------------------------------ service numbers and switchboards (nobody's)
    _r8("gz-43", "<p>Kommunales Integrationszentrum, Gerberstraße 14, Tel. 05932 81-445</p>"
        "<p>Zentrale der Stadtverwaltung: 05932 81-0</p>",
        addresses=["Gerberstraße 14"], phones=["05932 81-445"], must_not={"phones": ["05932 81-0"]}),
    _r8("gz-44", "<p>Stadt Lindmoor · Rathausplatz 1 · 49786 Lindmoor · Telefon 05932 81-0 · stadt@lindmoor.de</p>"
        "<p>Kommunales Integrationszentrum: 05932 81-446</p>",
        phones=["05932 81-446"],
        must_not={"addresses": ["Rathausplatz 1, 49786 Lindmoor"], "phones": ["05932 81-0"], "emails": ["stadt@lindmoor.de"]}),
    _r8("gz-45", "<p>Fragen zur Einbürgerung? Die Servicenummer des Bundesamtes lautet 0911 943-6390. Das KI berät Sie vor Ort: "
        "05932 81-447.</p>",
        phones=["05932 81-447"], must_not={"phones": ["0911 943-6390"]}),
    _r8("gz-46", "<p>Hilfetelefon Gewalt gegen Frauen (bundesweit, kostenlos, rund um die Uhr): 0800 116 016</p>"
        "<p>Beratung im KI: 05932 81-448</p>",
        phones=["05932 81-448"], must_not={"phones": ["0800 116 016"]}),
    _r8("gz-47", "<p>Kommunales Integrationszentrum<br>Gerberstraße 14<br>Telefonzentrale: 05932 81-0<br>Durchwahl: 05932 81-449</p>",
        addresses=["Gerberstraße 14"], phones=["05932 81-449"], must_not={"phones": ["05932 81-0"]}),
    _r8("gz-48", "<p>Allgemeine Auskünfte erhalten Sie über die Behördennummer 115 oder die Zentrale des Kreishauses (05932 81-0). "
        "Direkt erreichen Sie das Integrationszentrum unter 05932 81-450.</p>",
        phones=["05932 81-450"], must_not={"phones": ["05932 81-0"]}),
    _r8("gz-49", "<p>Meldebescheinigungen stellt das Bürgerbüro aus (Rathausplatz 1, Tel. 05932 81-1150).</p>"
        "<p>Unser Büro: Gerberstraße 14, Telefon 05932 81-451</p>",
        addresses=["Gerberstraße 14"], phones=["05932 81-451"], must_not={"addresses": ["Rathausplatz 1"], "phones": ["05932 81-1150"]}),
    # ------------------------------------------------------------------ press releases
    _press("gz-50", "Pressemitteilung: Neue Räume für das Integrationszentrum",
           "<p>Lindmoor, 12.03.2026. Das Kommunale Integrationszentrum ist seit Montag in der Gerberstraße 14 zu finden und "
           "telefonisch unter 05932 81-452 erreichbar.</p><p>Pressekontakt: Stadt Lindmoor, Pressestelle, Rathausplatz 1, "
           "49786 Lindmoor, Tel. 05932 81-1300, presse@lindmoor.de</p>",
           addresses=["Gerberstraße 14"], phones=["05932 81-452"],
           must_not={"addresses": ["Rathausplatz 1, 49786 Lindmoor"], "phones": ["05932 81-1300"], "emails": ["presse@lindmoor.de"]}),
    _press("gz-51", "Infoabend für Eltern neu zugewanderter Kinder",
           "<p>Das KI lädt am 20. Mai zu einem Infoabend über das Schulsystem ein. Anmeldung: 05932 81-453.</p>"
           "<p>Herausgeber: Stadt Lindmoor – Der Bürgermeister – Amt für Presse und Kommunikation, Rathausplatz 1, 49786 Lindmoor</p>",
           phones=["05932 81-453"], must_not={"addresses": ["Rathausplatz 1, 49786 Lindmoor"]}),
    _press("gz-52", "Berichtigung",
           "<p>Berichtigung: In unserer Mitteilung vom 3. März war die Durchwahl des Kommunalen Integrationszentrums falsch "
           "angegeben. Richtig ist: 05932 81-454.</p>",
           phones=["05932 81-454"]),
    _press("gz-53", "Pressemitteilung: Sprachmittlerpool wächst",
           "<p>Der Sprachmittlerpool des KI zählt inzwischen 80 Ehrenamtliche.</p><p>Hinweis der Redaktion: Die in der Meldung "
           "genannte Durchwahl des KI ist nicht mehr aktuell. Sie lautet jetzt 05932 81-456.</p>",
           phones=["05932 81-456"]),
    _press("gz-54", "Pressemitteilung: Neue Leitung im Integrationszentrum",
           "<p>Neue Leiterin des Kommunalen Integrationszentrums ist Dr. Ada Lorenz. Das KI ist weiterhin unter 05932 81-457 und "
           "ki@lindmoor.de erreichbar.</p><p>Für Rückfragen: Pressestelle des Landkreises, Jana Otte, 05932 81-1301, "
           "jana.otte@lindmoor.de</p>",
           phones=["05932 81-457"], emails=[_M], must_not={"phones": ["05932 81-1301"], "emails": ["jana.otte@lindmoor.de"]}),
    _press("gz-55", "Sprachpaten gesucht",
           "<p>Pressemitteilung Nr. 47/2026 · Stadt Lindmoor · Presse- und Öffentlichkeitsarbeit · Rathausplatz 1 · 49786 Lindmoor</p>"
           "<p>Das Kommunale Integrationszentrum sucht Ehrenamtliche für Sprachpatenschaften. Interessierte melden sich unter "
           "05932 81-458.</p>",
           phones=["05932 81-458"], must_not={"addresses": ["Rathausplatz 1, 49786 Lindmoor"]}),
    _press("gz-56", "Beratung jetzt auch samstags",
           "<p>Ab sofort berät das KI auch samstags von 10 bis 13 Uhr in seinen Räumen in der Gerberstraße 14.</p>"
           "<p>Medienanfragen bitte an: medien@lindmoor.de</p>",
           addresses=["Gerberstraße 14"], must_not={"emails": ["medien@lindmoor.de"]}),
    _press("gz-57", "Jahresbericht 2025 erschienen",
           "<p>Das Kommunale Integrationszentrum hat seinen Jahresbericht vorgelegt. Gedruckte Exemplare können unter "
           "ki@lindmoor.de bestellt werden.</p><p>Verantwortlich: Kreis Lindmoor, Der Landrat, Kreishaus, Am Schlossberg 2, "
           "49786 Lindmoor</p>",
           emails=[_M], must_not={"addresses": ["Am Schlossberg 2, 49786 Lindmoor"]}),
    _press("gz-58", "Press release: Integration Centre moves",
           "<p>The Municipal Integration Centre has moved to Gerberstraße 14, phone 05932 81-459.</p>"
           "<p>Press contact: City of Lindmoor, Communications, 05932 81-1302</p>",
           addresses=["Gerberstraße 14"], phones=["05932 81-459"], must_not={"phones": ["05932 81-1302"]}),
    # ------------------------------------------------------------------ obfuscated e-mails
    _r8("gz-59", "<p>E-Mail: ki (at) lindmoor (punkt) de</p>", emails=[_M]),
    _r8("gz-60", "<p>Schreiben Sie uns an ki[at]lindmoor[dot]de</p>", emails=[_M]),
    _r8("gz-61", "<p>E-Mail: <img src='/img/mail-ki.png' alt='ki@lindmoor.de'></p>", emails=[_M]),
    _r8("gz-62", "<p>Kontakt: Nadia Haddad, nadia.haddad (ät) lindmoor.de</p>", emails=["nadia.haddad@lindmoor.de"]),
    _r8("gz-63", "<p>E-Mail: ki AT lindmoor DOT de</p>", emails=[_M]),
    _r8("gz-64", "<p>Ansprechpartner: Paul Simons, paul.simons{at}lindmoor.de, 05932 81-460</p>",
        phones=["05932 81-460"], emails=["paul.simons@lindmoor.de"]),
    _r8("gz-65", "<p>Kontakt KI: ki (at) lindmoor.de · Pressestelle: presse (at) lindmoor.de</p>",
        emails=[_M], must_not={"emails": ["presse@lindmoor.de"]}),
    _r8("gz-66", "<p>Schreiben Sie uns: <img src='/img/adresse.png' alt='E-Mail: ki(at)lindmoor.de'></p>", emails=[_M]),
    # ------------------------------------------------------------------ addresses
    _r8("gz-67", "<address>Kommunales Integrationszentrum<br>Gerberstraße 14<br>49786 Lindmoor</address>"
        "<address>Beratungsstelle für Eltern, Kinder und Jugendliche<br>Weidenallee 3<br>49786 Lindmoor</address>",
        addresses=[_K], must_not={"addresses": ["Weidenallee 3, 49786 Lindmoor"]}),
    _r8("gz-68", "<table><tr><td>Anschrift</td><td>Gerberstraße 14<br>49786 Lindmoor</td></tr><tr><td>Sprachkurse</td>"
        "<td>bei der Volkshochschule, Schulstraße 12</td></tr></table>",
        addresses=[_K], must_not={"addresses": ["Schulstraße 12"]}),
    _r8("gz-69", "Kommunales IntegrationszentrumGerberstraße 1449786 LindmoorTelefon 05932 81-461\n\nJugendmigrationsdienst der AWO"
        "Marktstraße 749786 LindmoorTelefon 05932 5151-30",
        addresses=[_K], phones=["05932 81-461"], must_not={"addresses": ["Marktstraße 7, 49786 Lindmoor"], "phones": ["05932 5151-30"]}),
    _r8("gz-70", "<p>49786 Lindmoor, Gerberstraße 14 – Kommunales Integrationszentrum</p>", addresses=[_K]),
    _r8("gz-71", "<p>Seit dem Sommer sitzt das Kommunale Integrationszentrum im früheren Amtsgericht an der Gerberstraße 14; die "
        "Volkshochschule ist im Nachbarhaus Gerberstraße 16 geblieben.</p>",
        addresses=["Gerberstraße 14"], must_not={"addresses": ["Gerberstraße 16"]}),
    _r8("gz-72", "<p>Die Beratung findet in den Räumen des Familienzentrums Sonnenhof, Am Teich 4, statt; das Familienzentrum "
        "selbst erreichen Sie unter 05932 6767.</p><p>Das KI: 05932 81-462</p>",
        phones=["05932 81-462"], must_not={"phones": ["05932 6767"]}, tolerate={"addresses": ["Am Teich 4"]}),
]

PARTS = ("tune8", "aside8")


def _figures() -> None:  # pragma: no cover - a report for the engineer, not a test
    report_rounds(CASES, PARTS, verbose="-v" in sys.argv)


if __name__ == "__main__":
    _figures()
