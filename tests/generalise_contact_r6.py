"""Sixth private round of contact cases (issue 7): whose address and phone it is when a page names
a SECOND institution beside the centre — a welfare association's Beratungsstelle, the Jobcenter,
the Ausländerbehörde, a school, a project's Träger, the Integrationsrat's office, a list of
counselling services — in every arrangement (the other body before the centre, after it, inside
the centre's sentence, in brackets, as "in Kooperation mit", "Träger:", "Beratung durch …", as
cards, table rows and list items, with a person of that body named as its head); and the forms
that lose addresses: PDF text glued across lines, addresses in running prose ("Ecke …", "im
2. OG des …"), Postfach beside the visitors' address, Außenstellen, phone lists with the
switchboard, 115 and the Bürgertelefon.

Written in the project's own words before the extractor was changed for them; invented town
(Wiesenfurt 57399, the centre 02962 97-4xx, the town hall 02962 97-0), people and numbers only.
Every contact field is declared (an empty list: the centre has none here). Every third case is
``aside6``: written with the others, before any code for them, and only scored, never looked at
while tuning (``python -m tests.generalise_contact_r6`` reports tune6 and aside6 apart; ``-v``
lists the tune6 misses only).
"""

from __future__ import annotations

import sys

from tests.generalise_contact_cases import report_rounds, round_case


def _r6(cid: str, body: str, head: tuple[str, ...] | None = None, **fields) -> dict:
    case = round_case(6, cid, body, **fields)
    if head is not None:  # the centre's own head, where a case names it beside another body's
        case["head"] = list(head)
    return case


_R = "Rathausstraße 12, 57399 Wiesenfurt"
_PF = {"addresses": ["Postfach 21 40, 57392 Wiesenfurt", "Postfach 2140, 57392 Wiesenfurt"]}

CASES: list[dict] = [
    # ------------------------------------------------------------------ a second institution, block by block
    _r6("gw-01", "<p>Caritasverband Wiesenfurt e.V.<br>Fachdienst Migration<br>Kirchgasse 3<br>57399 Wiesenfurt<br>Telefon 02962 5530-20</p>"
        "<p>Kommunales Integrationszentrum<br>Rathausstraße 12<br>57399 Wiesenfurt<br>Telefon 02962 97-410</p>",
        addresses=[_R], phones=["02962 97-410"],
        must_not={"addresses": ["Kirchgasse 3, 57399 Wiesenfurt"], "phones": ["02962 5530-20"]}),
    _r6("gw-02", "<p>Kommunales Integrationszentrum<br>Rathausstraße 12, 57399 Wiesenfurt<br>Tel. 02962 97-411<br>ki@wiesenfurt.de</p>"
        "<p>Diakonisches Werk im Kirchenkreis Wiesenfurt gGmbH<br>Flüchtlingsberatung<br>Bachstraße 8, 57399 Wiesenfurt<br>"
        "Tel. 02962 6640-0<br>fluechtlingsberatung@diakonie-wiesenfurt.de</p>",
        addresses=[_R], phones=["02962 97-411"], emails=["ki@wiesenfurt.de"],
        must_not={"addresses": ["Bachstraße 8, 57399 Wiesenfurt"], "phones": ["02962 6640-0"],
                  "emails": ["fluechtlingsberatung@diakonie-wiesenfurt.de"]}),
    _r6("gw-03", "Das Kommunale Integrationszentrum arbeitet eng mit der Flüchtlingsberatung des Diakonischen Werkes zusammen, die in der "
        "Bachstraße 8 ihre Sprechstunden anbietet (Telefon 02962 6640-12).",
        must_not={"addresses": ["Bachstraße 8"], "phones": ["02962 6640-12"]}),
    _r6("gw-04", "<p>In Kooperation mit dem Bildungswerk Wiesenfurt e.V. (Lindenweg 5, 57399 Wiesenfurt, Tel. 02962 3311) bietet das "
        "Kommunale Integrationszentrum ab März einen Elternkurs an. Anmeldung im KI unter 02962 97-412.</p>",
        phones=["02962 97-412"], must_not={"addresses": ["Lindenweg 5, 57399 Wiesenfurt"], "phones": ["02962 3311"]}),
    _r6("gw-05", "<h3>Projekt Sprachbrücke</h3><p>Träger: Internationaler Bund West gGmbH, Hauptstraße 40, 57399 Wiesenfurt</p>"
        "<p>Ansprechpartnerin im Kommunalen Integrationszentrum: Leonie Brandt, Telefon 02962 97-413</p>",
        phones=["02962 97-413"], must_not={"addresses": ["Hauptstraße 40, 57399 Wiesenfurt"]}),
    _r6("gw-06", "<p>Die Migrationsberatung für Erwachsene übernimmt der Caritasverband in seiner Beratungsstelle in der Klosterstraße 9 "
        "(dienstags und donnerstags 9 bis 12 Uhr, Tel. 02962 5530-31).</p>",
        must_not={"addresses": ["Klosterstraße 9"], "phones": ["02962 5530-31"]}),
    _r6("gw-07", "<p>Weitere Beratungsangebote in Wiesenfurt:</p><ul>"
        "<li>AWO Migrationsberatung, Gartenstraße 1, 57399 Wiesenfurt, Tel. 02962 4410-5</li>"
        "<li>Jugendmigrationsdienst im IB, Hauptstraße 40, Tel. 02962 3390-7</li>"
        "<li>Psychosoziales Zentrum für Geflüchtete, Am Wall 2, Tel. 02962 8812</li></ul>"
        "<p>Kommunales Integrationszentrum, Rathausstraße 12, 57399 Wiesenfurt, Tel. 02962 97-414</p>",
        addresses=[_R], phones=["02962 97-414"],
        must_not={"addresses": ["Gartenstraße 1, 57399 Wiesenfurt", "Hauptstraße 40", "Am Wall 2"],
                  "phones": ["02962 4410-5", "02962 3390-7", "02962 8812"]}),
    _r6("gw-08", "<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Rathausstraße 12<br>57399 Wiesenfurt</p>"
        "<h3>Jobcenter Kreis Wiesenfurt</h3><p>Standort Wiesenfurt<br>Bahnhofsallee 21<br>57399 Wiesenfurt<br>Telefon 02962 7010-0</p>",
        addresses=[_R], must_not={"addresses": ["Bahnhofsallee 21, 57399 Wiesenfurt"], "phones": ["02962 7010-0"]}),
    _r6("gw-09", "Fragen zum Aufenthaltstitel beantwortet nicht das KI, sondern die Ausländerbehörde im Kreishaus, Am Schlossberg 1, "
        "Telefon 02962 97-2200. Das KI selbst erreichen Sie unter 02962 97-415.",
        phones=["02962 97-415"], must_not={"addresses": ["Am Schlossberg 1"], "phones": ["02962 97-2200"]}),
    _r6("gw-10", "<p>Seiteneinsteigerberatung: Die Erstberatung neu zugewanderter Schülerinnen und Schüler findet im KI statt "
        "(Rathausstraße 12, Raum 104). Für die Schulanmeldung ist anschließend das Sekretariat der Sekundarschule am Ring "
        "zuständig, Ringstraße 30, Tel. 02962 5070.</p>",
        addresses=["Rathausstraße 12"], must_not={"addresses": ["Ringstraße 30"], "phones": ["02962 5070"]}),
    _r6("gw-11", "<p><strong>Geschäftsführung des Integrationsrates</strong><br>Büro für Ratsangelegenheiten<br>Rathaus, Zimmer 210<br>"
        "Tel. 02962 97-1150<br>integrationsrat@wiesenfurt.de</p><p><strong>Kommunales Integrationszentrum</strong><br>"
        "Tel. 02962 97-416<br>ki@wiesenfurt.de</p>",
        phones=["02962 97-416"], emails=["ki@wiesenfurt.de"],
        must_not={"phones": ["02962 97-1150"], "emails": ["integrationsrat@wiesenfurt.de"]}),
    _r6("gw-12", "<table><tr><th>Einrichtung</th><th>Anschrift</th><th>Telefon</th></tr>"
        "<tr><td>Kommunales Integrationszentrum</td><td>Rathausstraße 12</td><td>02962 97-417</td></tr>"
        "<tr><td>Ausländerbehörde</td><td>Am Schlossberg 1</td><td>02962 97-2201</td></tr>"
        "<tr><td>Agentur für Arbeit</td><td>Bahnhofsallee 19</td><td>0800 4555500</td></tr></table>",
        addresses=["Rathausstraße 12"], phones=["02962 97-417"],
        must_not={"addresses": ["Am Schlossberg 1", "Bahnhofsallee 19"], "phones": ["02962 97-2201", "0800 4555500"]}),
    _r6("gw-13", "<div class='contact-card'><h4>Kommunales Integrationszentrum</h4><p>Rathausstraße 12<br>57399 Wiesenfurt</p>"
        "<p>Tel. 02962 97-418</p></div><div class='contact-card'><h4>Regionale Schulberatungsstelle</h4><p>Schulstraße 4<br>"
        "57399 Wiesenfurt</p><p>Tel. 02962 97-3300</p></div>",
        addresses=[_R], phones=["02962 97-418"],
        must_not={"addresses": ["Schulstraße 4, 57399 Wiesenfurt"], "phones": ["02962 97-3300"]}),
    _r6("gw-14", "<p>Die Beratungsstelle für Geflüchtete in Trägerschaft des Diakonischen Werkes wird von Hannah Seibold geleitet. "
        "Sie finden die Beratungsstelle in der Bachstraße 8, Telefon 02962 6640-15.</p>",
        must_not={"addresses": ["Bachstraße 8"], "phones": ["02962 6640-15"], "head": ["Hannah Seibold"]}),
    _r6("gw-15", "<p>Das KI (Rathausstraße 12) und der Jugendmigrationsdienst der AWO (Gartenstraße 1) beraten gemeinsam junge "
        "Zugewanderte zwischen 12 und 27 Jahren.</p>",
        addresses=["Rathausstraße 12"], must_not={"addresses": ["Gartenstraße 1"]}),
    _r6("gw-16", "<h2>Unsere Kooperationspartner</h2><p>Verband binationaler Familien und Partnerschaften, Regionalgruppe Wiesenfurt<br>"
        "Mühlenweg 6, 57399 Wiesenfurt<br>Tel. 02962 77 12 34</p><h2>So erreichen Sie uns</h2><p>Kommunales Integrationszentrum<br>"
        "Rathausstraße 12, 57399 Wiesenfurt<br>Tel. 02962 97-419</p>",
        addresses=[_R], phones=["02962 97-419"],
        must_not={"addresses": ["Mühlenweg 6, 57399 Wiesenfurt"], "phones": ["02962 771234"]}),
    _r6("gw-17", "Die Rückkehrberatung bietet das Deutsche Rote Kreuz, Kreisverband Wiesenfurt e.V., in der Lessingstraße 14 an. "
        "Leiter der Beratungsstelle ist Dr. Emre Kaplan (Tel. 02962 8080-3).",
        must_not={"addresses": ["Lessingstraße 14"], "phones": ["02962 8080-3"], "head": ["Emre Kaplan"]}),
    _r6("gw-18", "<p>Beratung durch den Caritasverband in der Klosterstraße 9, jeden Montag 14 bis 16 Uhr. Terminvereinbarung über das "
        "Kommunale Integrationszentrum, Telefon 02962 97-420.</p>",
        phones=["02962 97-420"], must_not={"addresses": ["Klosterstraße 9"]}),
    _r6("gw-19", "<p>Kommunales Integrationszentrum Wiesenfurt – Rathausstraße 12 – 57399 Wiesenfurt – Tel. 02962 97-421</p>"
        "<p>Im selben Gebäude: Bildungs- und Teilhabebüro des Jobcenters, Tel. 02962 7010-44</p>",
        addresses=[_R], phones=["02962 97-421"], must_not={"phones": ["02962 7010-44"]}),
    _r6("gw-20", "<p>Die Sprachkurse der Volkshochschule Wiesenfurt (Marktplatz 3, Tel. 02962 4040) vermittelt das KI nicht selbst; "
        "Auskunft gibt das Kursbüro der VHS.</p><p>Sprechzeiten im KI: Di 9–12 Uhr, Tel. 02962 97-422</p>",
        phones=["02962 97-422"], must_not={"addresses": ["Marktplatz 3"], "phones": ["02962 4040"]}),
    _r6("gw-21", "<p>Gemeinsam mit der Anlaufstelle gegen Diskriminierung des Vereins Vielfalt leben e.V. – Kornstraße 2, 57399 Wiesenfurt – "
        "organisiert das Integrationszentrum Workshops für Schulen.</p>",
        must_not={"addresses": ["Kornstraße 2, 57399 Wiesenfurt"]}),
    _r6("gw-22", "<h3>Ansprechpersonen</h3><p>Leitung des KI: Miriam Olschewski, Tel. 02962 97-400</p><p>Fachstelle Integration im "
        "Jugendamt: Bernd Hoppe, Leiter der Fachstelle, Tel. 02962 97-5120</p>",
        phones=["02962 97-400"], head=("Miriam Olschewski",), must_not={"phones": ["02962 97-5120"], "head": ["Bernd Hoppe"]}),
    _r6("gw-23", "<p>Der Kreis Wiesenfurt ist Träger des Kommunalen Integrationszentrums. Das Kommunale Integrationszentrum hat seinen Sitz "
        "im Kreishaus, Am Schlossberg 1, 57399 Wiesenfurt (Telefon 02962 97-423).</p>",
        addresses=["Am Schlossberg 1, 57399 Wiesenfurt"], phones=["02962 97-423"]),
    _r6("gw-24", "<p>Das KI lädt alle Vereine zum Netzwerktreffen ein. Eine Kinderbetreuung stellt das Familienzentrum St. Anna, "
        "Annastraße 5, Tel. 02962 2929.</p><p>Rückmeldungen an ki@wiesenfurt.de</p>",
        emails=["ki@wiesenfurt.de"], must_not={"addresses": ["Annastraße 5"], "phones": ["02962 2929"]}),
    _r6("gw-25", "<dl><dt>Kommunales Integrationszentrum</dt><dd>Rathausstraße 12, 57399 Wiesenfurt · 02962 97-424</dd>"
        "<dt>Bürgerbüro</dt><dd>Markt 1, 57399 Wiesenfurt · 02962 97-1000</dd></dl>",
        addresses=[_R], phones=["02962 97-424"],
        must_not={"addresses": ["Markt 1, 57399 Wiesenfurt"], "phones": ["02962 97-1000"]}),
    _r6("gw-26", "<p>Für Fragen zur Anerkennung ausländischer Berufsabschlüsse wenden Sie sich bitte an die IQ Beratungsstelle der "
        "Handwerkskammer, Industriestraße 60, 57401 Wiesenfurt, Tel. 02962 9090-61.</p><p>Unser Team: 02962 97-425</p>",
        phones=["02962 97-425"], must_not={"addresses": ["Industriestraße 60, 57401 Wiesenfurt"], "phones": ["02962 9090-61"]}),
    _r6("gw-27", "<h4>Ehrenamtsagentur Wiesenfurt</h4><p>Vermittelt Sprachpaten und Lotsen.<br>Kornstraße 2<br>Tel. 02962 6060</p>"
        "<h4>Kommunales Integrationszentrum</h4><p>Koordiniert die Integrationsarbeit im Kreis.<br>Rathausstraße 12<br>Tel. 02962 97-426</p>",
        addresses=["Rathausstraße 12"], phones=["02962 97-426"], must_not={"addresses": ["Kornstraße 2"], "phones": ["02962 6060"]}),
    # ------------------------------------------------------------------ glued PDF text
    _r6("gw-28", "Kommunales IntegrationszentrumRathausstraße 1257399 WiesenfurtTelefon 02962 97-427", addresses=[_R], phones=["02962 97-427"]),
    _r6("gw-29", "Kommunales Integrationszentrum\nRathausstraße 12\n57399 Wiesenfurt\nTelefon02962 97-428Fax02962 97-499",
        addresses=[_R], phones=["02962 97-428", "02962 97-499"]),
    _r6("gw-30", "Kreis Wiesenfurt · Der Landrat · Kommunales Integrationszentrum · Am Schlossberg 157399 Wiesenfurt · Tel. 02962 97-429",
        addresses=["Am Schlossberg 1, 57399 Wiesenfurt"], phones=["02962 97-429"]),
    _r6("gw-31", "Kommunales Integrationszentrum, Bahnhof-\nstraße 3a, 57399 Wiesenfurt, Tel. 02962 97-430",
        addresses=["Bahnhofstraße 3a, 57399 Wiesenfurt"], phones=["02962 97-430"]),
    _r6("gw-32", "Kommunales Integrationszentrum Rathausstraße 12 57399 Wiesenfurt Tel.: 02962 97-431 Caritasverband Wiesenfurt e.V. "
        "Kirchgasse 3 57399 Wiesenfurt Tel.: 02962 5530-20",
        addresses=[_R], phones=["02962 97-431"], must_not={"addresses": ["Kirchgasse 3, 57399 Wiesenfurt"], "phones": ["02962 5530-20"]}),
    _r6("gw-33", "KOMMUNALES INTEGRATIONSZENTRUMAm Markt 857399 WiesenfurtTel 02962 97-432ki@wiesenfurt.de",
        addresses=["Am Markt 8, 57399 Wiesenfurt"], phones=["02962 97-432"], emails=["ki@wiesenfurt.de"]),
    _r6("gw-34", "Ansprechpartner:Kommunales Integrationszentrum,Rathausstraße 12,57399 Wiesenfurt,Telefon:02962 97-433",
        addresses=[_R], phones=["02962 97-433"]),
    _r6("gw-35", "Jobcenter Kreis WiesenfurtBahnhofsallee 2157399 WiesenfurtTel. 02962 7010-0\n\nKommunales IntegrationszentrumRathausstraße 12"
        "57399 WiesenfurtTel. 02962 97-434",
        addresses=[_R], phones=["02962 97-434"],
        must_not={"addresses": ["Bahnhofsallee 21, 57399 Wiesenfurt"], "phones": ["02962 7010-0"]}),
    _r6("gw-36", "Herausgeber: Kreis Wiesenfurt, Der Landrat, Kommunales Integrationszentrum, Am Schlossberg 1, 57399 Wiesenfurt\n\n"
        "Druck: Druckerei Hellweg GmbH, Gewerbepark 7, 57402 Wiesenfurt",
        addresses=["Am Schlossberg 1, 57399 Wiesenfurt"], must_not={"addresses": ["Gewerbepark 7, 57402 Wiesenfurt"]}),
    # ------------------------------------------------------------------ addresses in prose
    _r6("gw-37", "Sie finden uns in der Kolpingstraße 4, Ecke Marktgasse, im ersten Stock über der Sparkasse.",
        addresses=["Kolpingstraße 4"]),
    _r6("gw-38", "<p>Das Integrationszentrum hat seine Büros im 2. OG des Stadthauses, Lindenplatz 7.</p>", addresses=["Lindenplatz 7"]),
    _r6("gw-39", "Seit dem Frühjahr ist das KI im Bildungszentrum an der Mühlenstraße 22 untergebracht – barrierefrei über den "
        "Seiteneingang.", addresses=["Mühlenstraße 22"]),
    _r6("gw-40", "Zu erreichen ist das Integrationszentrum in der Dorotheenstraße 16, gegenüber dem Hauptbahnhof; die Beratungsräume "
        "liegen im Erdgeschoss.", addresses=["Dorotheenstraße 16"]),
    _r6("gw-41", "<p>Wo sind wir? Im Kreishaus (Gebäude B, Raum 0.12), Schlossallee 5–7, 57399 Wiesenfurt.</p>",
        addresses=["Schlossallee 5-7, 57399 Wiesenfurt"]),
    _r6("gw-42", "Das Team des KI sitzt im Rathaus Süd am Burgplatz 19 in 57400 Wiesenfurt, Zimmer 3.07.",
        addresses=["Burgplatz 19, 57400 Wiesenfurt"]),
    _r6("gw-43", "Unsere Beratung findet in den Räumen an der Ecke Weberstraße/Am Graben statt, Eingang Weberstraße 9.",
        addresses=["Weberstraße 9"]),
    _r6("gw-44", "<p>Ab dem 1. Juli ziehen wir um: Das Kommunale Integrationszentrum ist dann in der Gerbergasse 11 zu finden, bisher "
        "Rathausstraße 12.</p>",
        addresses=["Gerbergasse 11"], tolerate={"addresses": ["Rathausstraße 12"]}),
    _r6("gw-45", "Sie erreichen unser Büro zu Fuß in fünf Minuten vom Bahnhof: Es liegt in der Fußgängerzone, Hohe Straße 31, direkt "
        "neben der Stadtbücherei.", addresses=["Hohe Straße 31"]),
    # ------------------------------------------------------------------ Postfach, Außenstelle, several seats
    _r6("gw-46", "<p>Postanschrift: Stadt Wiesenfurt, Kommunales Integrationszentrum, Postfach 21 40, 57392 Wiesenfurt</p>"
        "<p>Besuchsadresse: Rathausstraße 12, 57399 Wiesenfurt</p>",
        addresses=[_R], tolerate=_PF),
    _r6("gw-47", "<h3>Hauptstelle</h3><p>Rathausstraße 12, 57399 Wiesenfurt, Tel. 02962 97-435</p><h3>Außenstelle Nord</h3>"
        "<p>Im Kamp 4, 57400 Wiesenfurt, Tel. 02962 97-436</p>",
        addresses=[_R, "Im Kamp 4, 57400 Wiesenfurt"], phones=["02962 97-435", "02962 97-436"]),
    _r6("gw-48", "<p>Kommunales Integrationszentrum, Rathausstraße 12, 57399 Wiesenfurt</p><p>Die Außenstelle der Ausländerbehörde im "
        "Bürgerhaus Nord (Im Kamp 6, Tel. 02962 97-2250) ist nur donnerstags geöffnet.</p>",
        addresses=[_R], must_not={"addresses": ["Im Kamp 6"], "phones": ["02962 97-2250"]}),
    _r6("gw-49", "<p>Stadt Wiesenfurt · Postfach 21 40 · 57392 Wiesenfurt · Telefon 02962 97-0 · info@wiesenfurt.de</p>"
        "<p>Kommunales Integrationszentrum · Rathausstraße 12 · Tel. 02962 97-437</p>",
        addresses=["Rathausstraße 12"], phones=["02962 97-437"], tolerate=_PF,
        must_not={"phones": ["02962 97-0"], "emails": ["info@wiesenfurt.de"]}),
    _r6("gw-50", "<p>Unsere Sprechstunde im Stadtteil: jeden Mittwoch im Quartiersbüro Wiesenfurt-Ost, Ostring 44 (Außenstelle des KI).</p>",
        addresses=["Ostring 44"]),
    _r6("gw-51", "<p>Lieferanschrift für Pakete: Stadt Wiesenfurt, Zentrale Poststelle, Industriestraße 2, 57401 Wiesenfurt</p>"
        "<p>Kommunales Integrationszentrum, Rathausstraße 12, 57399 Wiesenfurt</p>",
        addresses=[_R], tolerate={"addresses": ["Industriestraße 2, 57401 Wiesenfurt"]}),
    # ------------------------------------------------------------------ phone lists: switchboard, 115, Bürgertelefon
    _r6("gw-52", "Zentrale: 02962 97-0 · Bürgertelefon: 115 · Kommunales Integrationszentrum: 02962 97-438",
        phones=["02962 97-438"], must_not={"phones": ["02962 97-0"]}),
    _r6("gw-53", "<p>Telefon</p><ul><li>Sekretariat KI: 02962 97-439</li><li>Beratung: 02962 97-440</li><li>Fax: 02962 97-499</li>"
        "<li>Bürgertelefon der Stadt: 02962 97-1234</li></ul>",
        phones=["02962 97-439", "02962 97-440", "02962 97-499"], must_not={"phones": ["02962 97-1234"]}),
    _r6("gw-54", "Die Stadtverwaltung ist über die einheitliche Behördennummer 115 erreichbar (Mo–Fr 8–18 Uhr). Direkt ins "
        "Integrationszentrum: 02962 97-441.",
        phones=["02962 97-441"]),
    _r6("gw-55", "<p>Telefonzentrale der Kreisverwaltung: 02962 97-0<br>Kommunales Integrationszentrum: Durchwahl -442</p>",
        phones=["02962 97-442"], must_not={"phones": ["02962 97-0"]}),
    _r6("gw-56", "<table><tr><td>Bürgertelefon</td><td>02962 97-1234</td></tr><tr><td>Ausländerbehörde (Terminvergabe)</td>"
        "<td>02962 97-2200</td></tr><tr><td>Integrationszentrum</td><td>02962 97-443</td></tr></table>",
        phones=["02962 97-443"], must_not={"phones": ["02962 97-1234", "02962 97-2200"]}),
    _r6("gw-57", "Kontakt: Kommunales Integrationszentrum, Tel. 02962 97-444 oder -445. Außerhalb der Sprechzeiten hilft das "
        "Bürgertelefon weiter: 02962 97-1234.",
        phones=["02962 97-444", "02962 97-445"], must_not={"phones": ["02962 97-1234"]}),
    _r6("gw-58", "<p>Hotline des Jobcenters für Leistungsfragen: 02962 7010-555</p><p>Hotline des KI für Sprachkursfragen: 02962 97-446</p>",
        phones=["02962 97-446"], must_not={"phones": ["02962 7010-555"]}),
    _r6("gw-59", "<p>Bei Notfällen außerhalb der Dienstzeit erreichen Sie den Bereitschaftsdienst des Sozialamtes unter 0171 2345678.</p>"
        "<p>Kommunales Integrationszentrum, Tel. 02962 97-447</p>",
        phones=["02962 97-447"], must_not={"phones": ["0171 2345678"]}),
    _r6("gw-60", "Telefonische Terminvereinbarung für die Einbürgerungsberatung: 02962 97-2230 (Standesamt). Fragen zu unseren "
        "Elternkursen: 02962 97-448.",
        phones=["02962 97-448"], must_not={"phones": ["02962 97-2230"]}),
    # ------------------------------------------------------------------ more arrangements of two bodies
    _r6("gw-61", "<p>Die Integrationsagentur der Arbeiterwohlfahrt, Leitung Sabine Kuhlmann, ist im Nachbarhaus Rathausstraße 14 "
        "untergebracht (Tel. 02962 4410-20). Das KI selbst finden Sie nebenan in Nummer 12.</p>",
        must_not={"addresses": ["Rathausstraße 14"], "phones": ["02962 4410-20"], "head": ["Sabine Kuhlmann"]}),
    _r6("gw-62", "<p>Anmeldung zum Sprachkurs über die VHS: Marktplatz 3, Tel. 02962 4040</p><p>Allgemeine Beratung: Kommunales "
        "Integrationszentrum, Rathausstraße 12, Tel. 02962 97-449</p>",
        addresses=["Rathausstraße 12"], phones=["02962 97-449"], must_not={"addresses": ["Marktplatz 3"], "phones": ["02962 4040"]}),
    _r6("gw-63", "<p>Kommunales Integrationszentrum, Rathausstraße 12, 57399 Wiesenfurt. Rechtsberatung für Geflüchtete bietet im Haus "
        "einmal im Monat der Flüchtlingsrat Wiesenfurt e.V. an (Kontakt: 02962 1212-0).</p>",
        addresses=[_R], must_not={"phones": ["02962 1212-0"]}),
    _r6("gw-64", "<ul><li>Kommunales Integrationszentrum – Rathausstraße 12 – 02962 97-450</li><li>Caritas Migrationsdienst – Kirchgasse 3 – "
        "02962 5530-20</li><li>Diakonie Flüchtlingsberatung – Bachstraße 8 – 02962 6640-0</li></ul>",
        addresses=["Rathausstraße 12"], phones=["02962 97-450"],
        must_not={"addresses": ["Kirchgasse 3", "Bachstraße 8"], "phones": ["02962 5530-20", "02962 6640-0"]}),
    _r6("gw-65", "Das Landesprogramm wird in Wiesenfurt vom KI koordiniert und von der Bezirksregierung Arnsberg, Seibertzstraße 1, "
        "gefördert. Ansprechpartner im KI: Jonas Feld, 02962 97-451.",
        phones=["02962 97-451"], must_not={"addresses": ["Seibertzstraße 1"]}),
    _r6("gw-66", "<p>Schulpsychologische Beratungsstelle, Leiterin Dr. Ines Marquardt, Schulstraße 4, 57399 Wiesenfurt, "
        "Tel. 02962 97-3300</p><p>Kommunales Integrationszentrum, Leiterin Miriam Olschewski, Rathausstraße 12, 57399 Wiesenfurt, "
        "Tel. 02962 97-400</p>",
        addresses=[_R], phones=["02962 97-400"], head=("Miriam Olschewski",),
        must_not={"addresses": ["Schulstraße 4, 57399 Wiesenfurt"], "phones": ["02962 97-3300"], "head": ["Ines Marquardt"]}),
]

PARTS = ("tune6", "aside6")


def _figures() -> None:  # pragma: no cover - a report for the engineer, not a test
    report_rounds(CASES, PARTS, verbose="-v" in sys.argv)


if __name__ == "__main__":
    _figures()
