"""A private check set for contact facts and page noise (issue 7): addresses, phones, e-mails,
whose block a fact sits in, and stamps/counters that change on each visit. Written in the
project's own words before the extractor was changed for them; invented towns, people and
numbers only. Same schema as the corpus cases (tests/corpus/README.md).

``part`` splits the set: ``tune`` cases may be looked at while changing the extractor, the
``aside`` third was written at the same time and is only scored, never tuned on (its figures
are reported apart: ``python -m tests.generalise_contact_cases``).

NOISE_PAIRS are two versions of one page body that differ only in noise: extracting both and
comparing them must give no change event at all.
"""

from __future__ import annotations

CASES: list[dict] = [
    # ------------------------------------------------------------------ addresses
    {"id": "ga-addr-01", "part": "tune",
     "text": "Unser Büro liegt Am Bahnhof 7 in 46123 Heidbrück, direkt gegenüber dem Busbahnhof.",
     "addresses": ["Am Bahnhof 7, 46123 Heidbrück"]},
    {"id": "ga-addr-02", "part": "tune",
     "html": "<p>Kommunales Integrationszentrum<br>Markt 3<br>48999 Ostermark</p>",
     "addresses": ["Markt 3, 48999 Ostermark"]},
    {"id": "ga-addr-03", "part": "aside",
     "html": "<address>Kommunales Integrationszentrum Kreis Emsbruch<br>Hinter der Mauer 5<br>49001 Emsbruch</address>",
     "addresses": ["Hinter der Mauer 5, 49001 Emsbruch"]},
    {"id": "ga-addr-04", "part": "tune",
     "text": "Das Integrationszentrum ist an der Lindenstraße 12 in der Innenstadt zu finden.",
     "addresses": ["Lindenstraße 12"]},
    {"id": "ga-addr-05", "part": "aside",
     "text": "Besuchen Sie uns in der Gerberstraße 41, gleich neben der Stadtbibliothek.",
     "addresses": ["Gerberstraße 41"]},
    {"id": "ga-addr-06", "part": "tune",
     "html": "<p>Kommunales Integrationszentrum<br>Haus der Bildung<br>Kirchplatz 2a<br>45999 Wahlheim<br>Raum 2.14</p>",
     "addresses": ["Kirchplatz 2a, 45999 Wahlheim"]},
    {"id": "ga-addr-07", "part": "tune",
     "text": "Kommunales IntegrationszentrumAm Stadtgarten 1145678 LindenauTel.: 02345 77-3100",
     "addresses": ["Am Stadtgarten 11, 45678 Lindenau"], "phones": ["02345 77-3100"]},
    {"id": "ga-addr-08", "part": "aside",
     "html": "<p>Hausanschrift: Rathausplatz 1, 47111 Bergfeld</p><p>Postanschrift: Postfach 10 12 20, 47102 Bergfeld</p>",
     "addresses": ["Rathausplatz 1, 47111 Bergfeld"], "tolerate": {"addresses": ["Postfach 10 12 20, 47102 Bergfeld"]}},
    {"id": "ga-addr-09", "part": "tune",
     "html": "<ul><li>Kommunales Integrationszentrum</li><li>Brückenstraße 9</li><li>46500 Lindenau</li></ul>",
     "addresses": ["Brückenstraße 9, 46500 Lindenau"]},
    {"id": "ga-addr-10", "part": "tune",
     "html": "<table><tr><th>Anschrift</th><td>Wallgraben 17<br>45999 Wahlheim</td></tr>"
             "<tr><th>Telefon</th><td>02345 66-4100</td></tr></table>",
     "addresses": ["Wallgraben 17, 45999 Wahlheim"], "phones": ["02345 66-4100"]},
    {"id": "ga-addr-11", "part": "aside",
     "html": "<dl><dt>Adresse</dt><dd>Im Winkel 4, 48155 Seebrück</dd><dt>Fon</dt><dd>0251 98765-20</dd></dl>",
     "addresses": ["Im Winkel 4, 48155 Seebrück"], "phones": ["0251 98765-20"]},
    {"id": "ga-addr-12", "part": "tune",
     "text": "Kommunales Integrationszentrum, Nordring 20, 46001 Bergfeld.\n\nAußenstelle Süd: Kapellenweg 3, 46003 Bergfeld",
     "addresses": ["Nordring 20, 46001 Bergfeld", "Kapellenweg 3, 46003 Bergfeld"]},
    {"id": "ga-addr-13", "part": "tune",
     "text": "Sie finden das KI im Gebäude der Volkshochschule, Schulstraße 8, 3. Obergeschoss.",
     "addresses": ["Schulstraße 8"]},
    {"id": "ga-addr-14", "part": "aside",
     "text": "Das Team sitzt Am Alten Güterbahnhof 2 (Eingang B).",
     "addresses": ["Am Alten Güterbahnhof 2"]},
    {"id": "ga-addr-15", "part": "tune",
     "text": "Standort: Zeche Ewald, Werkstraße 15, 45699 Grubenfeld",
     "addresses": ["Werkstraße 15, 45699 Grubenfeld"]},
    {"id": "ga-addr-16", "part": "aside",
     "text": "Kommunales Integrationszentrum – Neumarkt 1 – 40001 Kallstadt",
     "addresses": ["Neumarkt 1, 40001 Kallstadt"]},
    {"id": "ga-addr-17", "part": "tune",
     "html": "<div class='contact'><p>Kommunales Integrationszentrum</p><p>Ostwall 44 · 45999 Wahlheim</p></div>",
     "addresses": ["Ostwall 44, 45999 Wahlheim"]},
    # ------------------------------------------------------------------ phones
    {"id": "ga-phone-01", "part": "tune", "text": "Fon 02345 66-4210", "phones": ["02345 66-4210"]},
    {"id": "ga-phone-02", "part": "tune",
     "text": "T 02345 66-4211 · F 02345 66-4299 · E ki@wahlheim.de",
     "phones": ["02345 66-4211", "02345 66-4299"], "emails": ["ki@wahlheim.de"]},
    {"id": "ga-phone-03", "part": "aside", "text": "Tel.: +49 (0) 2345 66-4212", "phones": ["02345 66-4212"]},
    {"id": "ga-phone-04", "part": "tune", "text": "Telefon 02345 66-0, Durchwahl -4213",
     "phones": ["02345 66-4213"], "must_not": {"phones": ["02345 66-0"]}},
    {"id": "ga-phone-05", "part": "aside",
     "text": "Zentrale: 02345 66-0 | Integrationszentrum direkt: 02345 66-4214",
     "phones": ["02345 66-4214"], "must_not": {"phones": ["02345 66-0"]}},
    {"id": "ga-phone-06", "part": "tune", "text": "Mobil: 0171 2345678", "phones": ["0171 2345678"]},
    {"id": "ga-phone-07", "part": "tune", "text": "Telefon 0049 2345 66-4215", "phones": ["02345 66-4215"]},
    {"id": "ga-phone-08", "part": "aside",
     "text": "Kontakt: 02345 66-4216. Bankverbindung: IBAN DE12 3456 7890 1234 5678 90. Aktenzeichen 51.2-0815/2026.",
     "phones": ["02345 66-4216"]},
    {"id": "ga-phone-09", "part": "tune",
     "text": "Für allgemeine Fragen zur Stadtverwaltung wählen Sie die Behördennummer 115.\n\nDas KI erreichen Sie unter 02345 66-4217.",
     "phones": ["02345 66-4217"], "must_not": {"phones": ["115"]}},
    {"id": "ga-phone-10", "part": "tune",
     "html": "<p><strong>Aylin Demir</strong><br>Bildungsberatung<br>02345 66-4218<br>aylin.demir@wahlheim.de</p>",
     "phones": ["02345 66-4218"], "emails": ["aylin.demir@wahlheim.de"]},
    {"id": "ga-phone-11", "part": "aside",
     "html": "<p>Kommunales Integrationszentrum<br>Telefon (0 23 45) 66 42-22<br>Telefax (0 23 45) 66 42-99</p>",
     "phones": ["02345 664222", "02345 664299"]},
    {"id": "ga-phone-12", "part": "tune", "text": "Telefon: (0 23 45) 66 - 42 19", "phones": ["02345 66-4219"]},
    {"id": "ga-phone-13", "part": "tune", "text": "Tel. 02345/66-4220 (Mo–Fr 9–12 Uhr)", "phones": ["02345 66-4220"]},
    {"id": "ga-phone-14", "part": "aside",
     "text": "Rufen Sie uns an: 02345 66 42 21 oder schreiben Sie an ki@ostermark.de.",
     "phones": ["02345 664221"], "emails": ["ki@ostermark.de"]},
    {"id": "ga-phone-15", "part": "tune",
     "text": "Vorlage Nr. 0234/2026 · Auskunft: Kommunales Integrationszentrum, Telefon 02345 66-4250",
     "phones": ["02345 66-4250"]},
    # ------------------------------------------------------------------ e-mails
    {"id": "ga-mail-01", "part": "tune", "text": "E-Mail: integration(at)bergfeld(dot)de", "emails": ["integration@bergfeld.de"]},
    {"id": "ga-mail-02", "part": "aside", "text": "Schreiben Sie uns: ki [at] kreis-emsbruch [punkt] de",
     "emails": ["ki@kreis-emsbruch.de"]},
    # ------------------------------------------------------------------ whose block: distractors
    {"id": "ga-dis-01", "part": "tune",
     "html": "<h2>Kontakt</h2><p>ki@lindenau.de</p><h2>Für Medienvertreter</h2><p>Amt für Kommunikation<br>presse@lindenau.de<br>02345 99-1000</p>",
     "emails": ["ki@lindenau.de"], "phones": [],
     "must_not": {"emails": ["presse@lindenau.de"], "phones": ["02345 99-1000"]}},
    {"id": "ga-dis-02", "part": "tune",
     "text": "Kontakt: Kommunales Integrationszentrum, Nordring 20, 46001 Bergfeld\n\n"
             "Die Auftaktveranstaltung findet in der Stadthalle, Festplatz 1, 46001 Bergfeld statt.",
     "addresses": ["Nordring 20, 46001 Bergfeld"], "must_not": {"addresses": ["Festplatz 1, 46001 Bergfeld"]}},
    {"id": "ga-dis-03", "part": "aside",
     "html": "<h2>Contact</h2><p>Municipal Integration Centre<br>Brunnenstraße 4<br>45678 Lindenau<br>Phone +49 2345 77-3300</p>"
             "<h2>Press office</h2><p>City of Lindenau, Press and Communications<br>Rathausplatz 1<br>45678 Lindenau<br>Phone +49 2345 77-1000</p>",
     "addresses": ["Brunnenstraße 4, 45678 Lindenau"], "phones": ["02345 77-3300"],
     "must_not": {"addresses": ["Rathausplatz 1, 45678 Lindenau"], "phones": ["02345 77-1000"]}},
    {"id": "ga-dis-04", "part": "tune",
     "text": "Das KI erreichen Sie unter 02345 66-4230.\n\n"
             "Im gleichen Gebäude befindet sich auch die Flüchtlingshilfe des Caritasverbandes (Tel. 02345 66-5502).",
     "phones": ["02345 66-4230"], "must_not": {"phones": ["02345 66-5502"]}},
    {"id": "ga-dis-05", "part": "aside",
     "text": "Kommunales Integrationszentrum, Tel. 02345 66-4231, ki@wahlheim.de\n\n"
             "Ebenfalls im Haus: die Schuldnerberatung der Diakonie, Tel. 02345 66-5503, schuldnerberatung@diakonie-wahlheim.de",
     "phones": ["02345 66-4231"], "emails": ["ki@wahlheim.de"],
     "must_not": {"phones": ["02345 66-5503"], "emails": ["schuldnerberatung@diakonie-wahlheim.de"]}},
    {"id": "ga-dis-06", "part": "tune",
     "text": "Diese Seite wird betreut von: Stadt Bergfeld – Amt für Kommunikation, Rathausplatz 1, 46001 Bergfeld, Telefon 02345 88-1000",
     "addresses": [], "phones": [],
     "must_not": {"addresses": ["Rathausplatz 1, 46001 Bergfeld"], "phones": ["02345 88-1000"]}},
    {"id": "ga-dis-07", "part": "aside",
     "text": "Inhaltlich verantwortlich: Amt 13 – Presse, Markt 1, 46001 Bergfeld",
     "addresses": [], "must_not": {"addresses": ["Markt 1, 46001 Bergfeld"]}},
    {"id": "ga-dis-08", "part": "tune",
     "text": "Die Geschäftsführung des Integrationsrates liegt beim Büro des Rates, Telefon 02345 88-2201.",
     "phones": [], "must_not": {"phones": ["02345 88-2201"]}},
    {"id": "ga-dis-09", "part": "aside",
     "text": "Telefon KI: 02345 66-4232\n\nAufenthaltsrechtliche Fragen beantwortet das Bürgeramt International unter 02345 88-3300.",
     "phones": ["02345 66-4232"], "must_not": {"phones": ["02345 88-3300"]}},
    {"id": "ga-dis-10", "part": "tune",
     "html": "<h3>Jobcenter Kreis Emsbruch</h3><p>Bahnhofstraße 50, 49001 Emsbruch<br>Tel. 05931 12-3400</p>"
             "<h3>Kommunales Integrationszentrum</h3><p>Kreishausallee 1, 49001 Emsbruch<br>Tel. 05931 44-2100</p>",
     "addresses": ["Kreishausallee 1, 49001 Emsbruch"], "phones": ["05931 44-2100"],
     "must_not": {"addresses": ["Bahnhofstraße 50, 49001 Emsbruch"], "phones": ["05931 12-3400"]}},
    {"id": "ga-dis-11", "part": "tune",
     "text": "Kommunales Integrationszentrum, Tel. 02345 66-4233\n\n"
             "Stadtverwaltung Bergfeld · Rathausplatz 1 · 46001 Bergfeld · Telefon 02345 88-0",
     "phones": ["02345 66-4233"], "addresses": [],
     "must_not": {"phones": ["02345 88-0"], "addresses": ["Rathausplatz 1, 46001 Bergfeld"]}},
    {"id": "ga-dis-12", "part": "aside",
     "text": "Die Volkshochschule Wahlheim (Schulstraße 8, 45999 Wahlheim, Tel. 02345 66-6000) bietet die Integrationskurse an. "
             "Das KI selbst sitzt in der Kolpingstraße 3.",
     "addresses": ["Kolpingstraße 3"], "phones": [],
     "must_not": {"addresses": ["Schulstraße 8, 45999 Wahlheim"], "phones": ["02345 66-6000"]}},
    {"id": "ga-dis-13", "part": "tune",
     "text": "Anmeldung und Veranstaltungsort: Begegnungsstätte Alte Schule, Lindenweg 5, 45678 Lindenau",
     "addresses": [], "must_not": {"addresses": ["Lindenweg 5, 45678 Lindenau"]}},
    {"id": "ga-dis-14", "part": "aside",
     "html": "<p>Our office: Brunnenstraße 4, 45678 Lindenau</p><p>Venue: Community Hall, Parkstraße 2, 45678 Lindenau</p>",
     "addresses": ["Brunnenstraße 4, 45678 Lindenau"], "must_not": {"addresses": ["Parkstraße 2, 45678 Lindenau"]}},
    {"id": "ga-dis-15", "part": "tune",
     "text": "Rückfragen der Presse richten Sie bitte an Frau Lena Kolb, Telefon 02345 88-1010.",
     "phones": [], "must_not": {"phones": ["02345 88-1010"]}},
    {"id": "ga-dis-16", "part": "tune",
     "html": "<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Gartenstraße 6<br>45999 Wahlheim</p>"
             "<h2>Unsere Partner</h2><p>Diakonisches Werk Wahlheim<br>Kirchstraße 10<br>45999 Wahlheim<br>Telefon 02345 55-100</p>",
     "addresses": ["Gartenstraße 6, 45999 Wahlheim"], "phones": [],
     "must_not": {"addresses": ["Kirchstraße 10, 45999 Wahlheim"], "phones": ["02345 55-100"]}},
    {"id": "ga-dis-17", "part": "aside",
     "html": "<h2>So erreichen Sie uns</h2><p>Kommunales Integrationszentrum<br>Marktstraße 12, 47111 Bergfeld<br>Tel. 02345 66-4240</p>"
             "<h2>Weitere Beratungsstellen</h2><p>AWO Migrationsdienst<br>Feldweg 3, 47111 Bergfeld<br>Tel. 02345 57-200</p>",
     "addresses": ["Marktstraße 12, 47111 Bergfeld"], "phones": ["02345 66-4240"],
     "must_not": {"addresses": ["Feldweg 3, 47111 Bergfeld"], "phones": ["02345 57-200"]}},
    {"id": "ga-dis-18", "part": "tune",
     "text": "Kommunales Integrationszentrum, Tel. 02345 66-4241\n\nDer Stadtsportbund hat seine Geschäftsstelle am Sportpark 2, Tel. 02345 58-300.",
     "phones": ["02345 66-4241"], "addresses": [],
     "must_not": {"phones": ["02345 58-300"], "addresses": ["Sportpark 2"]}},
    # ================================================================== second round (written before its fixes)
    {"id": "gb-addr-01", "part": "tune",
     "html": "<h3>Besucheranschrift</h3><p>Kommunales Integrationszentrum<br>Schillerstraße 15–17<br>45999 Wahlheim</p>",
     "addresses": ["Schillerstraße 15-17, 45999 Wahlheim"]},
    {"id": "gb-addr-02", "part": "aside",
     "html": "<p><strong>Anschrift:</strong> Kommunales Integrationszentrum, Bahnhofsvorplatz 1, 46001 Bergfeld (Eingang über den Innenhof)</p>",
     "addresses": ["Bahnhofsvorplatz 1, 46001 Bergfeld"]},
    {"id": "gb-addr-03", "part": "tune",
     "html": "<dl><dt>Straße</dt><dd>Friedrich-Ebert-Straße 22</dd><dt>Ort</dt><dd>47111 Bergfeld</dd></dl>",
     "addresses": ["Friedrich-Ebert-Straße 22, 47111 Bergfeld"]},
    {"id": "gb-addr-04", "part": "tune",
     "text": "Address: Kommunales Integrationszentrum, Kolpingstraße 3, 45678 Lindenau, Germany",
     "addresses": ["Kolpingstraße 3, 45678 Lindenau"]},
    {"id": "gb-addr-05", "part": "aside",
     "text": "Wir sind umgezogen! Ab sofort finden Sie uns in der Lutherstraße 9.",
     "addresses": ["Lutherstraße 9"]},
    {"id": "gb-addr-06", "part": "tune",
     "html": "<p>Postfach 12 34, 45998 Wahlheim</p><p>Dienstgebäude: Rathaus II, Zimmer 3.07, Hansaring 8, 45999 Wahlheim</p>",
     "addresses": ["Hansaring 8, 45999 Wahlheim"], "tolerate": {"addresses": ["Postfach 12 34, 45998 Wahlheim"]}},
    {"id": "gb-addr-07", "part": "aside",
     "html": "<table><tr><td>Kommunales Integrationszentrum</td><td>Am Hang 2<br>49001 Emsbruch</td><td>05931 44-2200</td></tr></table>",
     "addresses": ["Am Hang 2, 49001 Emsbruch"], "phones": ["05931 44-2200"]},
    {"id": "gb-addr-08", "part": "tune",
     "text": "Das Integrationszentrum im Bildungsforum (Hertastraße 5a, 2. OG) ist barrierefrei erreichbar.",
     "addresses": ["Hertastraße 5a"]},
    {"id": "gb-addr-09", "part": "tune", "text": "Kommunales Integrationszentrum, Goethestr. 4, 47111 Bergfeld-Nord",
     "addresses": ["Goethestraße 4, 47111 Bergfeld-Nord"]},
    {"id": "gb-addr-10", "part": "aside",
     "text": "Hauptsitz: Rathausstraße 2, 46001 Bergfeld · Beratungsstelle Süd: Wiesenweg 11, 46003 Bergfeld",
     "addresses": ["Rathausstraße 2, 46001 Bergfeld", "Wiesenweg 11, 46003 Bergfeld"]},
    {"id": "gb-phone-01", "part": "tune", "text": "Telefon: 02345 66-4300 oder -4301",
     "phones": ["02345 66-4300", "02345 66-4301"]},
    {"id": "gb-phone-02", "part": "aside", "html": "<p>Kommunales Integrationszentrum<br>☎ 02345 66-4302</p>",
     "phones": ["02345 66-4302"]},
    {"id": "gb-phone-03", "part": "tune", "text": "Tel +49 2345 664303", "phones": ["02345 664303"]},
    {"id": "gb-phone-04", "part": "tune", "text": "Sekretariat: Frau Ulla Brink, 02345 66-4304", "phones": ["02345 66-4304"]},
    {"id": "gb-phone-05", "part": "aside", "text": "Telefonisch erreichbar: Mo–Do 8–16 Uhr unter (02345) 66-4305",
     "phones": ["02345 66-4305"]},
    {"id": "gb-phone-06", "part": "tune", "html": "<p>Fax: 02345 66-4399<br>Telefon: 02345 66-4306</p>",
     "phones": ["02345 66-4399", "02345 66-4306"]},
    {"id": "gb-phone-07", "part": "tune", "text": "Servicenummer: 115 (Mo–Fr 7–18 Uhr)\n\nTel. KI 02345 66-4307",
     "phones": ["02345 66-4307"], "must_not": {"phones": ["115"]}},
    {"id": "gb-phone-08", "part": "aside", "text": "Bürgertelefon 02345 66-1111 | KI: 02345 66-4308",
     "phones": ["02345 66-4308"], "must_not": {"phones": ["02345 66-1111"]}},
    {"id": "gb-phone-09", "part": "tune", "text": "Öffnungszeiten: 08:00–12:30 Uhr, Tel. 02345 66-4309, Zimmer 0.12, PLZ 45999",
     "phones": ["02345 66-4309"]},
    {"id": "gb-phone-10", "part": "tune", "text": "Mobil: +49 (0)151 23456789", "phones": ["0151 23456789"]},
    {"id": "gb-mail-01", "part": "tune", "html": "<p>Kommunales Integrationszentrum – <a href='mailto:ki@wahlheim.de'>E-Mail schreiben</a></p>",
     "emails": ["ki@wahlheim.de"]},
    {"id": "gb-mail-02", "part": "aside", "text": "E-Mail: ki-bergfeld (at) bergfeld.de", "emails": ["ki-bergfeld@bergfeld.de"]},
    {"id": "gb-mail-03", "part": "tune", "text": "E-Mail: ki@bergfeld.de · Pressekontakt der Stadt: presse@bergfeld.de",
     "emails": ["ki@bergfeld.de"], "must_not": {"emails": ["presse@bergfeld.de"]}},
    {"id": "gb-dis-01", "part": "tune",
     "html": "<h3>Ansprechpartner für die Presse</h3><p>Jan Möller<br>Tel. 02345 88-1020<br>jan.moeller@bergfeld.de</p>",
     "phones": [], "emails": [], "must_not": {"phones": ["02345 88-1020"], "emails": ["jan.moeller@bergfeld.de"]}},
    {"id": "gb-dis-02", "part": "aside",
     "text": "Medienanfragen beantwortet die Stabsstelle Kommunikation unter 02345 88-1030 oder kommunikation@bergfeld.de.",
     "phones": [], "emails": [], "must_not": {"phones": ["02345 88-1030"], "emails": ["kommunikation@bergfeld.de"]}},
    {"id": "gb-dis-03", "part": "tune",
     "html": "<h2>Beratungsangebote anderer Träger</h2><p>Internationaler Bund, Jugendmigrationsdienst<br>Bahnhofstraße 4, 46001 Bergfeld</p>",
     "addresses": [], "must_not": {"addresses": ["Bahnhofstraße 4, 46001 Bergfeld"]}},
    {"id": "gb-dis-04", "part": "tune", "text": "Der Integrationskurs findet in den Räumen der VHS, Am Markt 6, statt.",
     "addresses": [], "must_not": {"addresses": ["Am Markt 6"]}},
    {"id": "gb-dis-05", "part": "aside",
     "text": "Die Sprechstunde der Ausländerbehörde ist im Erdgeschoss, Zimmer 012, Telefon 02345 66-3200.",
     "phones": [], "must_not": {"phones": ["02345 66-3200"]}},
    {"id": "gb-dis-06", "part": "tune", "text": "For general enquiries please call the city's switchboard on +49 2345 66-0.",
     "phones": [], "must_not": {"phones": ["02345 66-0"]}},
    {"id": "gb-dis-07", "part": "aside",
     "html": "<h3>Integrationsagentur der AWO</h3><p>Lindenstraße 30<br>Tel. 02345 57-410</p>",
     "addresses": [], "phones": [], "must_not": {"addresses": ["Lindenstraße 30"], "phones": ["02345 57-410"]}},
    {"id": "gb-dis-08", "part": "tune",
     "text": "Gemeinsam mit dem Caritasverband (Kolpingplatz 1, Tel. 02345 59-100) bietet das KI eine Sprechstunde an.",
     "addresses": [], "phones": [], "must_not": {"addresses": ["Kolpingplatz 1"], "phones": ["02345 59-100"]}},
    {"id": "gb-dis-09", "part": "aside",
     "text": "Das KI und der Migrationsdienst der Diakonie (Tel. 02345 55-300) laden gemeinsam ein. Anmeldung beim KI unter 02345 66-4310.",
     "phones": ["02345 66-4310"], "must_not": {"phones": ["02345 55-300"]}},
    {"id": "gb-dis-10", "part": "tune", "text": "Location: Community Centre West, Angerweg 3, 46001 Bergfeld",
     "addresses": [], "must_not": {"addresses": ["Angerweg 3, 46001 Bergfeld"]}},
    {"id": "gb-dis-11", "part": "aside", "text": "Nebenan im Erdgeschoss: Bürgerbüro Mitte, Tel. 02345 66-2000",
     "phones": [], "must_not": {"phones": ["02345 66-2000"]}},
    {"id": "gb-dis-12", "part": "tune",
     "text": "Herausgegeben von der Stadt Bergfeld, Der Bürgermeister, Amt für Kommunikation, Markt 1, 46001 Bergfeld",
     "addresses": [], "must_not": {"addresses": ["Markt 1, 46001 Bergfeld"]}},
    # ================================================================== third round (probes, tune only)
    {"id": "gc-addr-01", "part": "tune", "text": "Kommunales Integrationszentrum, Lindenallee 4, D-45999 Wahlheim",
     "addresses": ["Lindenallee 4, 45999 Wahlheim"]},
    {"id": "gc-addr-02", "part": "tune", "html": "<p>Kommunales Integrationszentrum<br>Platz der Vielfalt 1<br>45999 Wahlheim</p>",
     "addresses": ["Platz der Vielfalt 1, 45999 Wahlheim"]},
    {"id": "gc-mail-01", "part": "tune",
     "html": "<p>Kontakt: ki@wahlheim.de</p><p>Fragen zum Datenschutz richten Sie an datenschutz@wahlheim.de.</p>"
             "<p>Barrieren gefunden? Schreiben Sie an barrierefreiheit@wahlheim.de</p>",
     "emails": ["ki@wahlheim.de"], "must_not": {"emails": ["datenschutz@wahlheim.de", "barrierefreiheit@wahlheim.de"]}},
    {"id": "gc-phone-01", "part": "tune",
     "html": "<p>Ansprechpartnerin: Frau Lea Kurz, 02345 66-4400</p><p>Technische Fragen zur Website: Internetredaktion, 02345 66-1500</p>",
     "phones": ["02345 66-4400"], "must_not": {"phones": ["02345 66-1500"]}},
    {"id": "gc-mail-02", "part": "tune",
     "html": "<p>Kontakt: <a href='mailto:ki@wahlheim.de'>ki@wahlheim.de</a>. Anfragen der Medien beantwortet die Pressestelle: "
             "<a href='mailto:presse@wahlheim.de'>presse@wahlheim.de</a>, <a href='tel:+4923456610'>02345 66-10</a></p>",
     "emails": ["ki@wahlheim.de"], "phones": [],
     "must_not": {"emails": ["presse@wahlheim.de"], "phones": ["02345 66-10"]}},
    # ------------------------------------------------------------------ stamps keep the facts
    {"id": "ga-stamp-01", "part": "tune",
     "html": "<p>Kommunales Integrationszentrum<br>Lindenallee 4, 45999 Wahlheim</p><p>Last updated: November 30, 2026</p>",
     "addresses": ["Lindenallee 4, 45999 Wahlheim"], "reorganisations": []},
]

#: (id, part, body of version 1, body of version 2): the same facts, only noise differs.
_BASE = ("<p>Kommunales Integrationszentrum Wahlheim<br>Lindenallee 4<br>45999 Wahlheim<br>Telefon 02345 66-4100</p>"
         "<p>Wir beraten Schulen und Kitas zu Sprachbildung und interkultureller Öffnung.</p>")
NOISE_PAIRS: list[tuple[str, str, str, str]] = [
    ("gn-01", "tune", _BASE + "<p>Last updated: November 30, 2026</p>", _BASE + "<p>Last updated: December 1, 2026</p>"),
    ("gn-02", "tune", _BASE + "<p>Seite erstellt am 01.12.2026 um 10:15</p>", _BASE + "<p>Seite erstellt am 02.12.2026 um 08:03</p>"),
    ("gn-03", "aside", _BASE + "<p>Updated on 2026-11-30 08:12</p>", _BASE + "<p>Updated on 2026-12-01 09:00</p>"),
    ("gn-04", "tune", _BASE + "<p>123 Aufrufe · Downloads: 45</p>", _BASE + "<p>131 Aufrufe · Downloads: 47</p>"),
    ("gn-05", "aside", _BASE + "<p>Heute ist Montag, der 30. November 2026</p>", _BASE + "<p>Heute ist Dienstag, der 1. Dezember 2026</p>"),
    ("gn-06", "tune", _BASE + "<p>Druckdatum: 30.11.2026</p>", _BASE + "<p>Druckdatum: 03.12.2026</p>"),
    ("gn-07", "aside", _BASE + "<p>Page last modified 30/11/2026</p>", _BASE + "<p>Page last modified 02/12/2026</p>"),
    ("gn-08", "tune", _BASE + "<p>Sicherheitstoken: 8f3a9c0d2e7b4a1f9c3d5e7a</p>", _BASE + "<p>Sicherheitstoken: 1b2c3d4e5f60718293a4b5c6</p>"),
    ("gn-09", "aside", _BASE + "<p>Letzte Änderung: 30. Nov. 2026, 14:02</p>", _BASE + "<p>Letzte Änderung: 4. Dez. 2026, 09:41</p>"),
    ("gn-10", "tune", _BASE + "<div>Zuletzt aktualisiert: Mo, 30.11.2026 – 14:02 Uhr</div>",
     _BASE + "<div>Zuletzt aktualisiert: Di, 01.12.2026 – 07:55 Uhr</div>"),
    ("gn-11", "aside", _BASE + "<p>Dieser Artikel wurde 1.234 mal gelesen.</p>", _BASE + "<p>Dieser Artikel wurde 1.240 mal gelesen.</p>"),
    ("gn-12", "tune", _BASE + "<footer><p>Published 12 March 2025 · Last reviewed 30 November 2026</p></footer>",
     _BASE + "<footer><p>Published 12 March 2025 · Last reviewed 2 December 2026</p></footer>"),
    # second round (written before its fixes)
    ("gn-13", "tune", _BASE + "<p>Stand: 30. November 2026</p>", _BASE + "<p>Stand: 2. Dezember 2026</p>"),
    ("gn-14", "aside", _BASE + "<p>Diese Seite wurde zuletzt am 30.11.2026 aktualisiert.</p>",
     _BASE + "<p>Diese Seite wurde zuletzt am 01.12.2026 aktualisiert.</p>"),
    ("gn-15", "tune", _BASE + "<p>Seitenaufrufe heute: 17 | gesamt: 12.345</p>", _BASE + "<p>Seitenaufrufe heute: 4 | gesamt: 12.399</p>"),
    ("gn-16", "aside", _BASE + "<p>Zuletzt geändert von Redaktion am 30.11.2026</p>", _BASE + "<p>Zuletzt geändert von Redaktion am 02.12.2026</p>"),
    ("gn-17", "tune", _BASE + "<p>Aktualisiert: vor 3 Stunden</p>", _BASE + "<p>Aktualisiert: vor 5 Stunden</p>"),
    ("gn-18", "aside", _BASE + "<p>Sie sind Besucher Nr. 12345</p>", _BASE + "<p>Sie sind Besucher Nr. 12399</p>"),
    ("gn-19", "tune",
     _BASE + "<h2>Das könnte Sie auch interessieren</h2><ul><li><a href='/a'>Sprachcafé startet</a></li>"
     "<li><a href='/b'>Neue Broschüre erschienen</a></li><li><a href='/c'>Fachtag Schule</a></li></ul>",
     _BASE + "<h2>Das könnte Sie auch interessieren</h2><ul><li><a href='/d'>Elternabend im Dezember</a></li>"
     "<li><a href='/e'>Ferienprogramm 2027</a></li><li><a href='/f'>Neue Sprechzeiten im Bürgerhaus</a></li></ul>"),
    ("gn-20", "aside",
     _BASE + "<div><div><span>28.11.2026</span> <a href='/n1'>Elternabend zur Sprachförderung</a></div>"
     "<div><span>20.11.2026</span> <a href='/n2'>Interkulturelle Woche: Rückblick</a></div>"
     "<div><span>12.11.2026</span> <a href='/n3'>Neue Kurse für Eltern</a></div></div>",
     _BASE + "<div><div><span>03.12.2026</span> <a href='/n4'>Adventsfeier im Stadtteil</a></div>"
     "<div><span>28.11.2026</span> <a href='/n1'>Elternabend zur Sprachförderung</a></div>"
     "<div><span>20.11.2026</span> <a href='/n2'>Interkulturelle Woche: Rückblick</a></div></div>"),
    # third round (probes, tune only)
    ("gn-21", "tune", _BASE + "<p>Last updated: 30th November 2026</p><p>War diese Seite hilfreich? Ja (57) Nein (9)</p>",
     _BASE + "<p>Last updated: 2nd December 2026</p><p>War diese Seite hilfreich? Ja (61) Nein (9)</p>"),
    ("gn-22", "tune", _BASE + "<p>Stand: KW 48/2026</p>", _BASE + "<p>Stand: KW 49/2026</p>"),
]


def _figures() -> None:  # pragma: no cover - a report for the engineer, not a test
    from bench import corpus_score as C

    for part in ("tune", "aside"):
        cases = [dict(c, form=c["id"].rsplit("-", 1)[0]) for c in CASES if c["part"] == part]
        scored = C.score_cases(cases)
        cells = []
        for field, tally in scored["_tallies"].items():
            if tally.tp + tally.fn + tally.fp:
                p, r = tally.precision(), tally.recall()
                cells.append(f"{field} P {p if p is None else f'{p:.3f}'} R {r if r is None else f'{r:.3f}'} (n={tally.tp + tally.fn})")
        taken = sum(t.distractors_taken for t in scored["_tallies"].values())
        print(f"{part}: {len(cases)} cases; " + " · ".join(cells) + f"; distractors taken {taken}")
    from tests.test_extract_generalise_contact import noise_events

    for part in ("tune", "aside"):
        pairs = [p for p in NOISE_PAIRS if p[1] == part]
        bad = [(pid, ev) for pid, _, a, b in pairs if (ev := noise_events(a, b))]
        print(f"{part}: noise pairs {len(pairs)}, with an event {len(bad)} {[pid for pid, _ in bad]}")


if __name__ == "__main__":
    _figures()
