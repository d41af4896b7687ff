"""Fifth private round of contact cases (issue 7): addresses, phones and e-mails in forms the
earlier rounds (tests/generalise_contact_cases.py, tests/generalise_scraped_cases.py) did not
write — prose locations ("im Erdgeschoss des Rathauses, Markt 1"), the postal code before the
street, streets without a street word after other prepositions ("Unterm Hagen", "In den
Weiden", "Alter Markt"), house numbers with spaced letters, ranges and slashes, PDF and scraper
text glued or collapsed, every German phone spelling (trunk zero in brackets, spaced area codes,
a Durchwahl without its dash, "Ruf", "Tel:" glued, icons), obfuscated and mailto e-mails with
query strings, and blocks of other bodies side by side with the centre's (cards, tables,
imprint, press, partners in the same house, the town hall switchboard, venues).

Written in the project's own words before the extractor was changed for them; invented towns
(Ostervenne 59877, Kreis Hohenbrook 48555), people and numbers only. Every contact field is
declared (an empty list: the centre has none here). Every third case is ``aside5``: written
with the others, before any code for them, and only scored, never looked at while tuning
(``python -m tests.generalise_contact_r5`` reports tune5 and aside5 apart; ``-v`` lists the
tune5 misses only).
"""

from __future__ import annotations

import sys

from tests.generalise_contact_cases import report_rounds, round_case


def _r5(cid: str, body: str, **fields) -> dict:
    return round_case(5, cid, body, **fields)


_H = "Hafenstraße 7, 59877 Ostervenne"
_PF = {"addresses": ["Postfach 11 80, 59871 Ostervenne", "Postfach 1180, 59871 Ostervenne"]}

CASES: list[dict] = [
    # ------------------------------------------------------------------ addresses in prose and lines
    _r5("gz-01", "Sie finden uns in der Hafenstraße 7 in 59877 Ostervenne, direkt am Busbahnhof.", addresses=[_H]),
    _r5("gz-02", "<p>Das Büro des Kommunalen Integrationszentrums liegt im Erdgeschoss des Rathauses, Markt 1.</p>",
        addresses=["Markt 1"]),
    _r5("gz-03", "<p>Kommunales Integrationszentrum<br>59877 Ostervenne, Hafenstraße 7<br>Telefon 02952 81-7701</p>",
        addresses=[_H], phones=["02952 81-7701"]),
    _r5("gz-04", "<address>Kommunales Integrationszentrum<br>Am Wehr 3 - 5<br>59877 Ostervenne</address>",
        addresses=["Am Wehr 3-5, 59877 Ostervenne"]),
    _r5("gz-05", "Kommunales Integrationszentrum, Kanalstraße 14 b, 59877 Ostervenne", addresses=["Kanalstraße 14b, 59877 Ostervenne"]),
    _r5("gz-06", "Kommunales IntegrationszentrumKornmarkt 459877 OstervenneTelefon 02952 81-7702E-Mail ki@ostervenne.de",
        addresses=["Kornmarkt 4, 59877 Ostervenne"], phones=["02952 81-7702"], emails=["ki@ostervenne.de"]),
    _r5("gz-07", "Kontakt Kommunales Integrationszentrum Hafenstraße 7 59877 Ostervenne Telefon 02952 81-7703 Fax 02952 81-7799 "
        "ki@ostervenne.de",
        addresses=[_H], phones=["02952 81-7703", "02952 81-7799"], emails=["ki@ostervenne.de"]),
    _r5("gz-08", "<p>Kommunales Integrationszentrum<br>Unterm Hagen 4<br>59877 Ostervenne</p>", addresses=["Unterm Hagen 4, 59877 Ostervenne"]),
    _r5("gz-09", "<p>Kommunales Integrationszentrum<br>In den Weiden 12<br>59878 Ostervenne</p>",
        addresses=["In den Weiden 12, 59878 Ostervenne"]),
    _r5("gz-10", "<p>Postanschrift<br>Stadt Ostervenne<br>Kommunales Integrationszentrum<br>Postfach 11 80<br>59871 Ostervenne</p>"
        "<p>Besucheradresse<br>Hafenstraße 7<br>59877 Ostervenne</p>", addresses=[_H], tolerate=_PF),
    _r5("gz-11", "<table><tr><th>Standort</th><th>Adresse</th></tr><tr><td>Hauptsitz</td><td>Hafenstraße 7, 59877 Ostervenne</td></tr>"
        "<tr><td>Nebenstelle Ortsteil Brink</td><td>Dorfstraße 2, 59879 Ostervenne</td></tr></table>",
        addresses=[_H, "Dorfstraße 2, 59879 Ostervenne"]),
    _r5("gz-12", "Unsere Nebenstelle in der Gesamtschule (Schulweg 10) ist mittwochs besetzt. Das Hauptbüro befindet sich in der "
        "Hafenstraße 7.", addresses=["Hafenstraße 7", "Schulweg 10"]),
    # ------------------------------------------------------------------ other bodies' blocks
    _r5("gz-13", "<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Hafenstraße 7, 59877 Ostervenne<br>Telefon 02952 81-7704</p>"
        "<h2>Presse</h2><p>Stadt Ostervenne – Referat Kommunikation<br>Markt 1, 59877 Ostervenne<br>Telefon 02952 81-1100<br>"
        "presse@ostervenne.de</p>",
        addresses=[_H], phones=["02952 81-7704"],
        must_not={"addresses": ["Markt 1, 59877 Ostervenne"], "phones": ["02952 81-1100"], "emails": ["presse@ostervenne.de"]}),
    _r5("gz-14", "<p>Kommunales Integrationszentrum, Hafenstraße 7, 59877 Ostervenne</p><h3>Impressum</h3><p>Stadt Ostervenne<br>"
        "vertreten durch die Bürgermeisterin<br>Markt 1<br>59877 Ostervenne<br>Telefon 02952 81-0<br>info@ostervenne.de</p>",
        addresses=[_H], must_not={"addresses": ["Markt 1, 59877 Ostervenne"], "phones": ["02952 81-0"], "emails": ["info@ostervenne.de"]}),
    _r5("gz-15", "<p>Kommunales Integrationszentrum, Hafenstraße 7, 59877 Ostervenne, Tel. 02952 81-7705</p><p>Unter derselben Adresse "
        "erreichen Sie auch das Regionale Bildungsbüro (Tel. 02952 81-7900, bildungsbuero@ostervenne.de).</p>",
        addresses=[_H], phones=["02952 81-7705"],
        must_not={"phones": ["02952 81-7900"], "emails": ["bildungsbuero@ostervenne.de"]}),
    _r5("gz-16", "<p>Sprachcafé: jeden Dienstag, 15–17 Uhr</p><p>Ort: Bürgerhaus Süd, Lindenstraße 3, 59877 Ostervenne</p>"
        "<p>Infos beim KI: 02952 81-7706</p>",
        phones=["02952 81-7706"], must_not={"addresses": ["Lindenstraße 3, 59877 Ostervenne"]}),
    # ------------------------------------------------------------------ phone spellings
    _r5("gz-17", "Telefon: +49 (0)2952 81-7707", phones=["02952 81-7707"]),
    _r5("gz-18", "Tel. 0 29 52 / 81 77 08", phones=["02952 817708"]),
    _r5("gz-19", "Telefon 02952 81-0, Durchwahl 7709", phones=["02952 81-7709"], must_not={"phones": ["02952 81-0"]}),
    _r5("gz-20", "Telefonisch sind wir unter (02952) 817710 erreichbar.", phones=["02952 817710"]),
    _r5("gz-21", "Tel:02952/817711", phones=["02952 817711"]),
    _r5("gz-22", "<div class='card'><h4>Kommunales Integrationszentrum</h4><p>Hafenstraße 7 · 59877 Ostervenne</p><p>02952 81-7712</p>"
        "<p>ki@ostervenne.de</p></div>", addresses=[_H], phones=["02952 81-7712"], emails=["ki@ostervenne.de"]),
    _r5("gz-23", "Telefon: 02952 81-7713 (Sekretariat) und 02952 81-7714 (Leitung)", phones=["02952 81-7713", "02952 81-7714"]),
    _r5("gz-24", "Tel.-Nr. 02952 81-7715 / -7716", phones=["02952 81-7715", "02952 81-7716"]),
    _r5("gz-25", "<p>Rathaus Ostervenne: Telefon 02952 81-0 · Behördennummer 115</p><p>Kommunales Integrationszentrum: Telefon 02952 81-7717</p>",
        phones=["02952 81-7717"], must_not={"phones": ["02952 81-0", "115"]}),
    _r5("gz-26", "Telefon 02952 81-7718 · Fax-Nr. 02952 81-7798", phones=["02952 81-7718", "02952 81-7798"]),
    # ------------------------------------------------------------------ e-mails
    _r5("gz-27", "E-Mail: ki(a)ostervenne.de", emails=["ki@ostervenne.de"]),
    _r5("gz-28", "<p><a href='mailto:ki@ostervenne.de?subject=Anfrage%20Beratung&amp;body=Hallo'>Schreiben Sie uns</a></p>",
        emails=["ki@ostervenne.de"]),
    _r5("gz-29", "E-Mail: ki(at)ostervenne.de; leitung.ki(at)ostervenne.de", emails=["ki@ostervenne.de", "leitung.ki@ostervenne.de"]),
    # ------------------------------------------------------------------ whose block, again
    _r5("gz-30", "<div class='box'><p><strong>Integrationsagentur der Caritas</strong><br>Kirchgasse 5<br>59877 Ostervenne<br>"
        "Tel. 02952 3390-12</p></div><div class='box'><p><strong>Kommunales Integrationszentrum</strong><br>Hafenstraße 7<br>"
        "59877 Ostervenne<br>Tel. 02952 81-7719</p></div>",
        addresses=[_H], phones=["02952 81-7719"],
        must_not={"addresses": ["Kirchgasse 5, 59877 Ostervenne"], "phones": ["02952 3390-12"]}),
    _r5("gz-31", "<table><tr><th>Einrichtung</th><th>Anschrift</th><th>Telefon</th></tr><tr><td>Kommunales Integrationszentrum</td>"
        "<td>Hafenstraße 7</td><td>02952 81-7720</td></tr><tr><td>Ausländerbehörde</td><td>Markt 2</td><td>02952 81-3300</td></tr>"
        "<tr><td>Jobcenter</td><td>Bahnhofstraße 18</td><td>02952 9090-100</td></tr></table>",
        addresses=["Hafenstraße 7"], phones=["02952 81-7720"],
        must_not={"addresses": ["Markt 2", "Bahnhofstraße 18"], "phones": ["02952 81-3300", "02952 9090-100"]}),
    _r5("gz-32", "Die Stadtverwaltung hat ihren Sitz im Rathaus am Markt 1. Das Integrationszentrum ist dagegen im Haus der Vielfalt, "
        "Brückenstraße 22, untergebracht.", addresses=["Brückenstraße 22"], must_not={"addresses": ["Markt 1"]}),
    _r5("gz-33", "Anträge auf Einbürgerung nehmen wir nicht an – dafür ist das Bürgerbüro im Stadthaus, Kirchplatz 1, zuständig "
        "(Tel. 02952 81-2000). Unser Büro: Brückenstraße 22, 59877 Ostervenne.",
        addresses=["Brückenstraße 22, 59877 Ostervenne"], must_not={"addresses": ["Kirchplatz 1"], "phones": ["02952 81-2000"]}),
    _r5("gz-34", "<p>Gefördert vom Land Nordrhein-Westfalen.</p><p>Landesweite Koordinierungsstelle Kommunale Integrationszentren, "
        "Musterallee 1, 40000 Landeshausen</p>", must_not={"addresses": ["Musterallee 1, 40000 Landeshausen"]}),
    _r5("gz-35", "<p>Kommunales Integrationszentrum, Telefon 02952 81-7721</p><p>Fragen zur Website: webmaster@ostervenne.de · "
        "Tel. 02952 81-1500</p>", phones=["02952 81-7721"],
        must_not={"phones": ["02952 81-1500"], "emails": ["webmaster@ostervenne.de"]}),
    _r5("gz-36", "<h2>So erreichen Sie uns</h2><p>Telefon 02952 81-7722<br>ki@ostervenne.de</p><h2>Weitere Ansprechpartner</h2>"
        "<p>Schulamt für den Kreis Hohenbrook<br>Telefon 02571 62-5100<br>schulamt@kreis-hohenbrook.de</p>",
        phones=["02952 81-7722"], emails=["ki@ostervenne.de"],
        must_not={"phones": ["02571 62-5100"], "emails": ["schulamt@kreis-hohenbrook.de"]}),
    # ------------------------------------------------------------------ more phone spellings
    _r5("gz-37", "Ruf 02952 81-7723", phones=["02952 81-7723"]),
    _r5("gz-38", "Telefonnummer: 02952 81 - 77 24", phones=["02952 81-7724"]),
    _r5("gz-39", "📞 02952 81-7725 ✉ ki@ostervenne.de", phones=["02952 81-7725"], emails=["ki@ostervenne.de"]),
    _r5("gz-40", "Montags bis donnerstags beantwortet das Team Ihre Fragen unter der Nummer 02952 81-7726.", phones=["02952 81-7726"]),
    # ------------------------------------------------------------------ more addresses
    _r5("gz-41", "<p>Kommunales Integrationszentrum<br>c/o Haus der Kulturen<br>Kanalstraße 14 b<br>59877 Ostervenne</p>",
        addresses=["Kanalstraße 14b, 59877 Ostervenne"]),
    _r5("gz-42", "Unser Büro im Rathaus (Markt 1, Zimmer 112) ist barrierefrei.", addresses=["Markt 1"]),
    _r5("gz-43", "<p>Kreis Hohenbrook<br>Kommunales Integrationszentrum<br>Kreishaus, Haus B<br>Bahnhofstraße 40<br>48555 Hohenbrook</p>",
        addresses=["Bahnhofstraße 40, 48555 Hohenbrook"]),
    _r5("gz-44", "Adresse Hafenstraße 7 59877 Ostervenne Telefon 02952 81-7727 Fax 02952 81-7797",
        addresses=[_H], phones=["02952 81-7727", "02952 81-7797"]),
    _r5("gz-45", "Kommunales Integrationszentrum, Hafenstr.7, 59877 Ostervenne", addresses=[_H]),
    _r5("gz-46", "Seit Oktober arbeitet das Team des KI im ehemaligen Zollamt Am Kanal 9.", addresses=["Am Kanal 9"]),
    _r5("gz-47", "<p>Kommunales Integrationszentrum<br>Alter Markt 5<br>59877 Ostervenne</p>", addresses=["Alter Markt 5, 59877 Ostervenne"]),
    _r5("gz-48", "Post bitte an: Kommunales Integrationszentrum, Neuer Weg 12a, 59878 Ostervenne.",
        addresses=["Neuer Weg 12a, 59878 Ostervenne"]),
    _r5("gz-49", "<p>Kommunales Integrationszentrum: Hafenstraße 7, 59877 Ostervenne</p><p>Die Geschäftsstelle des Integrationsrates ist "
        "im Rathaus, Markt 1, Zimmer 204, zu finden (Tel. 02952 81-1210).</p>",
        addresses=[_H], must_not={"addresses": ["Markt 1"], "phones": ["02952 81-1210"]}),
    _r5("gz-50", "<p>Deutsch für Eltern – Kursort: Volkshochschule Ostervenne, Wallstraße 3</p><p>Anmeldung: ki@ostervenne.de</p>",
        emails=["ki@ostervenne.de"], must_not={"addresses": ["Wallstraße 3"]}),
    _r5("gz-51", "Treffpunkt ist der Eingang der Stadtbibliothek, Marktgasse 2.", must_not={"addresses": ["Marktgasse 2"]}),
    _r5("gz-52", "Municipal Integration Centre Ostervenne · Hafenstraße 7 · 59877 Ostervenne · Phone +49 2952 81-7728 · Email ki@ostervenne.de",
        addresses=[_H], phones=["02952 81-7728"], emails=["ki@ostervenne.de"]),
    _r5("gz-53", "Tel. (0 29 52) 81-77 29", phones=["02952 81-7729"]),
    _r5("gz-54", "Telefon 0049 (0) 2952 / 81 77 30", phones=["02952 817730"]),
    _r5("gz-55", "<p>Telefon 02952 81-0<br>Durchwahlen: Sekretariat -7731, Beratung -7732</p>",
        phones=["02952 81-7731", "02952 81-7732"], must_not={"phones": ["02952 81-0"]}),
    _r5("gz-56", "<p>Derya Kaplan<br>Bildungsberatung<br>Diensthandy 0151 40302010<br>derya.kaplan@ostervenne.de</p>",
        phones=["0151 40302010"], emails=["derya.kaplan@ostervenne.de"]),
    _r5("gz-57", "Fax 02952 81-7796 · Telefon 02952 81-7733", phones=["02952 81-7796", "02952 81-7733"]),
    _r5("gz-58", "Die Kreisverwaltung ist unter 02571 62-0 erreichbar, das KI direkt unter 02571 62-4400.",
        phones=["02571 62-4400"], must_not={"phones": ["02571 62-0"]}),
    _r5("gz-59", "Neben dem KI berät auch der Jugendmigrationsdienst junge Menschen bis 27 Jahre. Er ist in der Grabenstraße 6 zu finden "
        "und telefonisch unter 02952 55 66 77 erreichbar.",
        must_not={"addresses": ["Grabenstraße 6"], "phones": ["02952 556677"]}),
    _r5("gz-60", "Die Migrationsberatung der Diakonie sitzt nebenan (Kapellenweg 4). Unser eigenes Büro: Hafenstraße 7, 59877 Ostervenne.",
        addresses=[_H], must_not={"addresses": ["Kapellenweg 4"]}),
    _r5("gz-61", "Stadt Ostervenne · Postfach 11 80 · 59871 Ostervenne\n\nDienstgebäude Brückenstraße 22",
        addresses=["Brückenstraße 22"], tolerate=_PF),
    _r5("gz-62", "<h3>Hauptstelle</h3><p>Hafenstraße 7<br>59877 Ostervenne</p><h3>Nebenstelle Brink</h3><p>Dorfstraße 2<br>59879 Ostervenne</p>",
        addresses=[_H, "Dorfstraße 2, 59879 Ostervenne"]),
    _r5("gz-63", "Besuchen Sie uns: Am Wehr 3, 59877 Ostervenne (Postfach 11 80, 59871 Ostervenne)",
        addresses=["Am Wehr 3, 59877 Ostervenne"], tolerate=_PF),
    _r5("gz-64", "<p>Kommunales Integrationszentrum<br>59877 Ostervenne<br>Hafenstraße 7</p>", addresses=[_H]),
    _r5("gz-65", "<p><a href='MAILTO:KI@Ostervenne.de?cc=sekretariat.ki@ostervenne.de'>Nachricht senden</a></p>",
        emails=["ki@ostervenne.de"], tolerate={"emails": ["sekretariat.ki@ostervenne.de"]}),
    _r5("gz-66", "Kommunales Integrationszentrum | Tel. 02952 81-7734 | Presseanfragen: 02952 81-1101",
        phones=["02952 81-7734"], must_not={"phones": ["02952 81-1101"]}),
    _r5("gz-67", "Telefon: 02952 81-7735 oder 81-7736", phones=["02952 81-7735", "02952 81-7736"]),
    _r5("gz-68", "Kommunales Integrationszentrum, Schulstraße 10/12, 59877 Ostervenne", addresses=["Schulstraße 10/12, 59877 Ostervenne"]),
    _r5("gz-69", "Kontakt: KI Ostervenne, Hafenstraße 7 (2. OG), 59877 Ostervenne, Tel 02952-817737",
        addresses=[_H], phones=["02952 817737"]),
]

PARTS = ("tune5", "aside5")


def _figures() -> None:  # pragma: no cover - a report for the engineer, not a test
    report_rounds(CASES, PARTS, verbose="-v" in sys.argv)


if __name__ == "__main__":
    _figures()
