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
    # ================================================================== fourth round (issue 7, written before its fixes):
    # service pages, cards, cells, widgets, phone spellings, obfuscations and distractors. "tune" may be
    # looked at; "aside3" is a third kept apart, only scored (python -m tests.generalise_contact_cases).
    {"id": "gd-addr-01", "part": "tune",
     "html": "<h2>Zuständige Stelle</h2><p><a href='/ki'>Kommunales Integrationszentrum</a></p><h3>Besucheranschrift</h3>"
             "<p>Rathausplatz 3<br>45999 Wahlheim</p><h3>Postanschrift</h3><p>Postfach 10 05 40<br>45994 Wahlheim</p>"
             "<h3>Öffnungszeiten</h3><p>Mo–Fr 8:00–12:00 Uhr</p>",
     "addresses": ["Rathausplatz 3, 45999 Wahlheim"], "tolerate": {"addresses": ["Postfach 10 05 40, 45994 Wahlheim"]}},
    {"id": "gd-addr-02", "part": "tune",
     "html": "<table><thead><tr><th>Einrichtung</th><th>Straße</th><th>Nr.</th><th>PLZ</th><th>Ort</th></tr></thead>"
             "<tbody><tr><td>Kommunales Integrationszentrum</td><td>Kolpingstraße</td><td>7</td><td>45999</td><td>Wahlheim</td></tr></tbody></table>",
     "addresses": ["Kolpingstraße 7, 45999 Wahlheim"]},
    {"id": "gd-addr-03", "part": "tune",
     "html": "<div class='vcard'><p class='fn org'>Kommunales Integrationszentrum Kreis Emsbruch</p><p class='adr'>"
             "<span class='street-address'>Kreishausallee 1</span>, <span class='postal-code'>49001</span> <span class='locality'>Emsbruch</span></p>"
             "<p>Tel.: <span class='tel'>05931 44-2100</span></p></div>",
     "addresses": ["Kreishausallee 1, 49001 Emsbruch"], "phones": ["05931 44-2100"]},
    {"id": "gd-addr-04", "part": "tune",
     "html": "<h3>Anfahrt</h3><p>Mit den Buslinien 12 und 17 bis Haltestelle Stadthaus. Parkmöglichkeiten bietet das Parkhaus Stadtmitte, Marktstraße 5.</p>"
             "<h3>Adresse</h3><p>Kommunales Integrationszentrum<br>Hansaring 8<br>45999 Wahlheim</p>",
     "addresses": ["Hansaring 8, 45999 Wahlheim"], "must_not": {"addresses": ["Marktstraße 5"]}},
    {"id": "gd-addr-05", "part": "tune",
     "html": "<h3>Unsere Außenstellen</h3><ul><li>Büro Nord: Lindenweg 2, 45998 Wahlheim</li><li>Büro Süd: Am Anger 5, 45997 Wahlheim</li></ul>",
     "addresses": ["Lindenweg 2, 45998 Wahlheim", "Am Anger 5, 45997 Wahlheim"]},
    {"id": "gd-addr-06", "part": "tune",
     "text": "Besucheranschrift: Gartenstraße 6, 45999 Wahlheim · Lieferanschrift: Gartenstraße 6a (Hofeinfahrt), 45999 Wahlheim",
     "addresses": ["Gartenstraße 6, 45999 Wahlheim"], "tolerate": {"addresses": ["Gartenstraße 6a, 45999 Wahlheim"]}},
    {"id": "gd-addr-07", "part": "tune",
     "text": "Das Angebot richtet sich an Familien aus den Stadtteilen mit den Postleitzahlen 45997 und 45998. Unser Büro: Nordstraße 14, 45999 Wahlheim.",
     "addresses": ["Nordstraße 14, 45999 Wahlheim"]},
    {"id": "gd-addr-08", "part": "tune", "text": "Kommunales Integrationszentrum, Hagener Straße 120 a, 58099 Bergfeld",
     "addresses": ["Hagener Straße 120a, 58099 Bergfeld"]},
    {"id": "gd-addr-09", "part": "tune",
     "html": "<p>Kommunales Integrationszentrum<br>im Bildungszentrum „Alte Post“<br>Poststraße 1–3<br>45999 Wahlheim</p>",
     "addresses": ["Poststraße 1-3, 45999 Wahlheim"]},
    {"id": "gd-addr-10", "part": "tune",
     "html": "<p>Kontakt: Kommunales Integrationszentrum, Hansaring 8, 45999 Wahlheim, Tel. 02345 66-4100</p>"
             "<footer><p>Stadt Wahlheim · Rathausplatz 1 · 45999 Wahlheim · Telefon 02345 66-0 · info@wahlheim.de</p></footer>",
     "addresses": ["Hansaring 8, 45999 Wahlheim"], "phones": ["02345 66-4100"], "emails": [],
     "must_not": {"addresses": ["Rathausplatz 1, 45999 Wahlheim"], "phones": ["02345 66-0"], "emails": ["info@wahlheim.de"]}},
    {"id": "gd-addr-11", "part": "tune", "text": "Kolpingstraße 3, 2. Etage, Zimmer 212, 45999 Wahlheim",
     "addresses": ["Kolpingstraße 3"]},
    {"id": "gd-addr-12", "part": "tune", "text": "Kommunales Integrationszentrum, Konrad-Adenauer-Str. 20, 47111 Bergfeld",
     "addresses": ["Konrad-Adenauer-Straße 20, 47111 Bergfeld"]},
    {"id": "gd-addr-13", "part": "tune", "text": "Anschrift: Von-Galen-Straße 9, 48155 Seebrück",
     "addresses": ["Von-Galen-Straße 9, 48155 Seebrück"]},
    {"id": "gd-addr-14", "part": "tune",
     "text": "Visiting address: Kolpingstraße 3, 45999 Wahlheim; postal address: P.O. Box 1120, 45998 Wahlheim",
     "addresses": ["Kolpingstraße 3, 45999 Wahlheim"]},
    {"id": "gd-phone-01", "part": "tune", "text": "Telefon: +49 (0) 234 / 567-1234", "phones": ["0234 567-1234"]},
    {"id": "gd-phone-02", "part": "tune", "text": "Tel. 0234 567 1234", "phones": ["0234 5671234"]},
    {"id": "gd-phone-03", "part": "tune", "text": "Telefon (02 34) 5 67-12 34", "phones": ["0234 567-1234"]},
    {"id": "gd-phone-04", "part": "tune", "text": "Tel.: 0 23 4/56 71 23 4", "phones": ["0234 5671234"]},
    {"id": "gd-phone-05", "part": "tune", "text": "Telefon 0234 567-1234/-1235", "phones": ["0234 567-1234", "0234 567-1235"]},
    {"id": "gd-phone-06", "part": "tune", "text": "Zentrale: 0234 567-0, Durchwahl -12",
     "phones": ["0234 567-12"], "must_not": {"phones": ["0234 567-0"]}},
    {"id": "gd-phone-07", "part": "tune", "text": "WhatsApp und Signal: 0157 12345678", "phones": ["0157 12345678"]},
    {"id": "gd-phone-08", "part": "tune",
     "html": "<div class='contact-widget'><p>Telefonzentrale<br>0234 567-0</p><p>Integrationszentrum direkt<br>0234 567-4100</p></div>",
     "phones": ["0234 567-4100"], "must_not": {"phones": ["0234 567-0"]}},
    {"id": "gd-phone-09", "part": "tune", "text": "Sprechzeiten: Di 09:00–12:00 und Do 14:00–17:30 Uhr, Telefon 0234 567-4101",
     "phones": ["0234 567-4101"]},
    {"id": "gd-phone-10", "part": "tune",
     "text": "Vorlagen-Nr. 0123/2026/1 · Aktenzeichen 32.1-04 45 01 · Kontakt: Telefon 0234 567-4102", "phones": ["0234 567-4102"]},
    {"id": "gd-phone-11", "part": "tune", "text": "Mobil 0160 / 98 76 54 32", "phones": ["0160 98765432"]},
    {"id": "gd-phone-12", "part": "tune", "text": "T +49 234 567 4103 | M +49 171 1234567",
     "phones": ["0234 5674103", "0171 1234567"]},
    {"id": "gd-mail-01", "part": "tune", "text": "E-Mail: ki (ät) wahlheim (Punkt) de", "emails": ["ki@wahlheim.de"]},
    {"id": "gd-mail-02", "part": "tune", "text": "E-Mail: ki at wahlheim dot de", "emails": ["ki@wahlheim.de"]},
    {"id": "gd-mail-03", "part": "tune", "text": "Mail: integration[at]wahlheim[dot]de", "emails": ["integration@wahlheim.de"]},
    {"id": "gd-mail-04", "part": "tune", "text": "E-Mail: ki (at) wahlheim.de (bitte keine vertraulichen Daten)",
     "emails": ["ki@wahlheim.de"]},
    {"id": "gd-dis-01", "part": "tune",
     "text": "Verantwortlich im Sinne des § 18 Abs. 2 MStV: Dr. Anna Roth, Stadt Wahlheim, Rathausplatz 1, 45999 Wahlheim, Telefon 02345 66-1000",
     "addresses": [], "phones": [],
     "must_not": {"addresses": ["Rathausplatz 1, 45999 Wahlheim"], "phones": ["02345 66-1000"]}},
    {"id": "gd-dis-02", "part": "tune",
     "text": "Ein Angebot in Kooperation mit: Bildungswerk Ruhr e. V., Feldstraße 10, 45999 Wahlheim, Tel. 02345 57-801",
     "addresses": [], "phones": [],
     "must_not": {"addresses": ["Feldstraße 10, 45999 Wahlheim"], "phones": ["02345 57-801"]}},
    {"id": "gd-dis-03", "part": "tune",
     "text": "Träger der Beratungsstelle ist der Caritasverband Wahlheim, Kolpingplatz 1, 45999 Wahlheim.",
     "addresses": [], "must_not": {"addresses": ["Kolpingplatz 1, 45999 Wahlheim"]}},
    {"id": "gd-dis-04", "part": "tune",
     "html": "<p>Kommunales Integrationszentrum, Telefon 02345 66-4120</p><h3>Im selben Gebäude</h3>"
             "<p>Ausländerbehörde<br>Tel. 02345 66-3300</p><p>Jobcenter Wahlheim<br>Tel. 02345 12-500</p>",
     "phones": ["02345 66-4120"], "must_not": {"phones": ["02345 66-3300", "02345 12-500"]}},
    {"id": "gd-dis-05", "part": "tune",
     "html": "<p>Anmeldung beim Kommunalen Integrationszentrum, Tel. 02345 66-4121</p>"
             "<p>Veranstaltungsort: Kulturbahnhof, Bahnhofstraße 30, 45999 Wahlheim</p>",
     "phones": ["02345 66-4121"], "addresses": [], "must_not": {"addresses": ["Bahnhofstraße 30, 45999 Wahlheim"]}},
    {"id": "gd-dis-06", "part": "tune",
     "html": "<h3>Integrationsrat</h3><p>Geschäftsstelle: Rathaus, Zimmer 204<br>Telefon 02345 66-1210<br>integrationsrat@wahlheim.de</p>",
     "phones": [], "emails": [], "must_not": {"phones": ["02345 66-1210"], "emails": ["integrationsrat@wahlheim.de"]}},
    {"id": "gd-dis-07", "part": "tune", "text": "Die Stadtverwaltung erreichen Sie unter 02345 66-0 (Mo–Fr 8–18 Uhr).",
     "phones": [], "must_not": {"phones": ["02345 66-0"]}},
    {"id": "gd-dis-08", "part": "tune",
     "text": "Bis Ende 2025 war das KI in der Schulstraße 8 untergebracht; seit Januar sitzen wir in der Kolpingstraße 3.",
     "addresses": ["Kolpingstraße 3"], "must_not": {"addresses": ["Schulstraße 8"]}},
    {"id": "gd-dis-09", "part": "tune",
     "html": "<h2>Kommunales Integrationszentrum</h2><p>Hansaring 8, 45999 Wahlheim</p>"
             "<h2>Migrationsberatung für erwachsene Zuwanderer (MBE)</h2><p>Nordstraße 40, 45998 Wahlheim<br>Telefon 02345 57-410</p>",
     "addresses": ["Hansaring 8, 45999 Wahlheim"], "phones": [],
     "must_not": {"addresses": ["Nordstraße 40, 45998 Wahlheim"], "phones": ["02345 57-410"]}},
    {"id": "gd-dis-10", "part": "tune",
     "text": "Media enquiries: City of Wahlheim press office, +49 2345 66-1001, press@wahlheim.de",
     "phones": [], "emails": [], "must_not": {"phones": ["02345 66-1001"], "emails": ["press@wahlheim.de"]}},
    {"id": "gd-dis-11", "part": "tune",
     "text": "Spenden für das Sprachpatenprojekt: IBAN DE44 4305 0001 0012 3456 78, Stichwort Sprachpaten",
     "phones": []},
    {"id": "gd-dis-12", "part": "tune", "text": "Am 03.02.2027 von 10:00 bis 14:00 Uhr im Rathaus, Raum 0 12.",
     "phones": [], "addresses": []},
    # ------------------------------------------------------------------ fifth round (probes, tune only)
    {"id": "gf-addr-01", "part": "tune",
     "html": "<p><b>Besucheranschrift:</b><br>Kommunales Integrationszentrum<br>Rathaus, 2. Etage<br>Markt 1<br>45999 Wahlheim</p>",
     "addresses": ["Markt 1, 45999 Wahlheim"]},
    {"id": "gf-addr-02", "part": "tune",
     "html": "<address>Kreis Emsbruch<br>Der Landrat<br>Kommunales Integrationszentrum<br>Ostring 8<br>49001 Emsbruch</address>",
     "addresses": ["Ostring 8, 49001 Emsbruch"]},
    {"id": "gf-addr-03", "part": "tune",
     "html": "<table><tr><th>Straße</th><td>Ostring 8</td></tr><tr><th>PLZ / Ort</th><td>49001 Emsbruch</td></tr></table>",
     "addresses": ["Ostring 8, 49001 Emsbruch"]},
    {"id": "gf-addr-04", "part": "tune", "text": "Im Zentrum für Bildung, Raum 1.12, Bahnhofstraße 12, 45999 Wahlheim",
     "addresses": ["Bahnhofstraße 12, 45999 Wahlheim"]},
    {"id": "gf-addr-05", "part": "tune", "text": "Kommunales Integrationszentrum | Am Alten Rathaus 2 | 45999 Wahlheim",
     "addresses": ["Am Alten Rathaus 2, 45999 Wahlheim"]},
    {"id": "gf-addr-06", "part": "tune",
     "text": "Bitte beachten: Die bisherigen Räume in der Schulstraße 8 sind aufgegeben; neue Adresse: Kolpingstraße 3, 45999 Wahlheim.",
     "addresses": ["Kolpingstraße 3, 45999 Wahlheim"], "must_not": {"addresses": ["Schulstraße 8"]}},
    {"id": "gf-addr-07", "part": "tune",
     "text": "Das KI ist von der Schulstraße 8 in die Kolpingstraße 3 umgezogen.",
     "addresses": ["Kolpingstraße 3"], "must_not": {"addresses": ["Schulstraße 8"]}},
    {"id": "gf-phone-01", "part": "tune", "text": "Telefon: 0 23 45 / 66 41 50", "phones": ["02345 664150"]},
    {"id": "gf-phone-02", "part": "tune", "text": "Tel. (0 23 45) 66-41 51 / -41 52", "phones": ["02345 66-4151", "02345 66-4152"]},
    {"id": "gf-phone-03", "part": "tune", "text": "Telefon +49 2345 66-4153, Fax +49 2345 66-4154",
     "phones": ["02345 66-4153", "02345 66-4154"]},
    {"id": "gf-phone-04", "part": "tune",
     "text": "Sie erreichen das Sekretariat montags bis freitags von 8 bis 12 Uhr telefonisch unter 02345 66-4155.",
     "phones": ["02345 66-4155"]},
    {"id": "gf-phone-05", "part": "tune", "text": "Tel.: 02345 66-4165 (Frau Kurz), -4166 (Herr Brink)",
     "phones": ["02345 66-4165", "02345 66-4166"]},
    {"id": "gf-phone-06", "part": "tune",
     "html": "<ul><li><a href='/team/demir'>Aylin Demir</a>, Sprachbildung, Tel. 02345 66-4161</li>"
             "<li><a href='/team/kurz'>Lea Kurz</a>, Schule, Tel. 02345 66-4162</li></ul>",
     "phones": ["02345 66-4161", "02345 66-4162"]},
    {"id": "gf-phone-07", "part": "tune",
     "text": "Kontakt: Integrationszentrum · Gutenbergstraße 9 · 45999 Wahlheim · Fon 02345 66-4163 · ki@wahlheim.de",
     "addresses": ["Gutenbergstraße 9, 45999 Wahlheim"], "phones": ["02345 66-4163"], "emails": ["ki@wahlheim.de"]},
    {"id": "gf-phone-08", "part": "tune",
     "html": "<p>Telefon<br>02345 66-4164</p><p>E-Mail<br><a href='mailto:ki@wahlheim.de'>ki@wahlheim.de</a></p>",
     "phones": ["02345 66-4164"], "emails": ["ki@wahlheim.de"]},
    {"id": "gf-phone-09", "part": "tune", "text": "Main switchboard: +49 2345 66-0. Integration centre: +49 2345 66-4167.",
     "phones": ["02345 66-4167"], "must_not": {"phones": ["02345 66-0"]}},
    {"id": "gf-mail-01", "part": "tune", "text": "E-Mail: ki(at)wahlheim(.)de", "emails": ["ki@wahlheim.de"]},
    {"id": "gf-mail-02", "part": "tune", "text": "E-Mail: ki@wahlheim.de, Internet: www.wahlheim.de/ki", "emails": ["ki@wahlheim.de"]},
    {"id": "gf-dis-01", "part": "tune",
     "text": "Gefördert durch das Landesministerium für Integration, Musterallee 4, 40001 Kallstadt.",
     "addresses": [], "must_not": {"addresses": ["Musterallee 4, 40001 Kallstadt"]}},
    {"id": "gf-dis-02", "part": "tune", "text": "Fotos: Stadt Wahlheim / Presseamt, Tel. 02345 66-1003",
     "phones": [], "must_not": {"phones": ["02345 66-1003"]}},
    {"id": "gf-dis-03", "part": "tune",
     "text": "Für Fragen zur Einbürgerung wenden Sie sich bitte an die Einbürgerungsstelle, Telefon 02345 66-3400.",
     "phones": [], "must_not": {"phones": ["02345 66-3400"]}},
    {"id": "gf-dis-04", "part": "tune", "text": "Das Sprachcafé trifft sich jeden Dienstag im Jugendzentrum, Lindenweg 10.",
     "addresses": [], "must_not": {"addresses": ["Lindenweg 10"]}},
    {"id": "gf-dis-05", "part": "tune", "text": "Servicetelefon der Stadtverwaltung: 02345 66-1111",
     "phones": [], "must_not": {"phones": ["02345 66-1111"]}},
    # ------------------------------------------------------------------ sixth round (probes, tune only)
    {"id": "gg-addr-01", "part": "tune",
     "text": "Kommunales Integrationszentrum, Dienstgebäude Königstraße 15–17, Eingang C, 3. OG, 45999 Wahlheim",
     "addresses": ["Königstraße 15-17"]},
    {"id": "gg-addr-02", "part": "tune", "text": "Anschrift: St.-Anna-Straße 4, 45999 Wahlheim",
     "addresses": ["St.-Anna-Straße 4, 45999 Wahlheim"]},
    {"id": "gg-addr-03", "part": "tune", "text": "Kommunales Integrationszentrum, Friedrich-Wilhelm-Platz 1, 47111 Bergfeld",
     "addresses": ["Friedrich-Wilhelm-Platz 1, 47111 Bergfeld"]},
    {"id": "gg-addr-04", "part": "tune",
     "text": "Das KI hat seine Büros im Rathaus Süd, Schillerplatz 2, 45999 Wahlheim.",
     "addresses": ["Schillerplatz 2, 45999 Wahlheim"]},
    {"id": "gg-addr-05", "part": "tune",
     "text": "Sie finden uns auf dem Campus Nord, Gebäude 4, Universitätsstraße 150.",
     "addresses": ["Universitätsstraße 150"]},
    {"id": "gg-addr-06", "part": "tune",
     "text": "Rechnungsanschrift: Stadt Wahlheim, Kommunales Integrationszentrum, Postfach 100, 45998 Wahlheim",
     "addresses": [], "tolerate": {"addresses": ["Postfach 100, 45998 Wahlheim"]}},
    {"id": "gg-phone-01", "part": "tune", "text": "Tel. 02345/66 4172", "phones": ["02345 664172"]},
    {"id": "gg-phone-02", "part": "tune", "text": "Tel.-Nr.: 02345 664173", "phones": ["02345 664173"]},
    {"id": "gg-phone-03", "part": "tune", "text": "Telefonnummer: (02345) 66 4174", "phones": ["02345 664174"]},
    {"id": "gg-phone-04", "part": "tune", "text": "Telefon 02345 66-4176 (AB)", "phones": ["02345 66-4176"]},
    {"id": "gg-phone-05", "part": "tune", "text": "Servicezeiten: Mo–Fr 08:00–16:00 · Tel. 02345 66-4178", "phones": ["02345 66-4178"]},
    {"id": "gg-phone-06", "part": "tune", "text": "Telefon: 02345 66-41 80 | Fax: 02345 66-41 89",
     "phones": ["02345 66-4180", "02345 66-4189"]},
    {"id": "gg-phone-07", "part": "tune",
     "text": "Kontakt: KI, Telefon 02345 66-4190. Kostenstelle 0 40 20 11, Haushaltsstelle 0 51 00 02.",
     "phones": ["02345 66-4190"]},
    {"id": "gg-mail-01", "part": "tune", "text": "E-Mail: ki@wahlheim.de (auch für Terminvereinbarungen)", "emails": ["ki@wahlheim.de"]},
    {"id": "gg-mail-02", "part": "tune",
     "html": "<p>Kommunales Integrationszentrum – <a href='mailto:ki@wahlheim.de?subject=Anfrage%20Beratung'>Nachricht senden</a></p>",
     "emails": ["ki@wahlheim.de"]},
    {"id": "gg-dis-01", "part": "tune",
     "text": "Bewerbungen richten Sie bitte an: Stadt Wahlheim, Personalamt, Rathausplatz 1, 45999 Wahlheim, personal@wahlheim.de",
     "addresses": [], "emails": [],
     "must_not": {"addresses": ["Rathausplatz 1, 45999 Wahlheim"], "emails": ["personal@wahlheim.de"]}},
    {"id": "gg-dis-02", "part": "tune",
     "html": "<h3>Schulamt für den Kreis Emsbruch</h3><p>Kreishausallee 1, 49001 Emsbruch<br>Tel. 05931 44-4000</p>",
     "addresses": [], "phones": [], "must_not": {"addresses": ["Kreishausallee 1, 49001 Emsbruch"], "phones": ["05931 44-4000"]}},
    {"id": "gg-dis-03", "part": "tune", "text": "Terminvereinbarung über das Bürgerbüro, Tel. 02345 66-1500",
     "phones": [], "must_not": {"phones": ["02345 66-1500"]}},
    {"id": "gg-dis-04", "part": "tune",
     "text": "Bei technischen Problemen mit dem Online-Formular wenden Sie sich an die IT-Hotline, Tel. 02345 66-9000.",
     "phones": [], "must_not": {"phones": ["02345 66-9000"]}},
    {"id": "gg-addr-07", "part": "tune",
     "text": "Kommunales Integrationszentrum (ehemals RAA), Kolpingstraße 3, 45999 Wahlheim",
     "addresses": ["Kolpingstraße 3, 45999 Wahlheim"]},
    {"id": "gg-addr-08", "part": "tune",
     "text": "Das KI (früher: Regionale Arbeitsstelle) sitzt im Bildungshaus, Kolpingstraße 3.",
     "addresses": ["Kolpingstraße 3"]},
    {"id": "gg-addr-09", "part": "tune",
     "text": "Das Integrationsbüro befand sich bis 2024 im Rathaus, Markt 1. Heute sitzt das KI in der Kolpingstraße 3.",
     "addresses": ["Kolpingstraße 3"], "must_not": {"addresses": ["Markt 1"]}},
    {"id": "gg-phone-08", "part": "tune", "text": "Die Hotline 02345 66-4191 ist montags bis donnerstags besetzt.",
     "phones": ["02345 66-4191"]},
    {"id": "gg-mail-03", "part": "tune",
     "text": "Alle Mitarbeitenden erreichen Sie nach dem Muster vorname.nachname@wahlheim.de, das Team unter ki@wahlheim.de.",
     "emails": ["ki@wahlheim.de"], "must_not": {"emails": ["vorname.nachname@wahlheim.de"]}},
    {"id": "gh-phone-01", "part": "tune", "text": "Telefon-Nummer: 02345 66-4192", "phones": ["02345 66-4192"]},
    {"id": "gh-phone-02", "part": "tune", "text": "Phone: +49 2345 66-4193 · E-mail: ki@wahlheim.de",
     "phones": ["02345 66-4193"], "emails": ["ki@wahlheim.de"]},
    {"id": "gh-phone-03", "part": "tune", "text": "Телефон: 02345 66-4194", "phones": ["02345 66-4194"]},
    {"id": "gh-addr-01", "part": "tune", "text": "Adres: Kolpingstraße 3, 45999 Wahlheim", "addresses": ["Kolpingstraße 3, 45999 Wahlheim"]},
    {"id": "gh-addr-02", "part": "tune", "html": "<p>Die Adresse ist:</p><p>Kolping-Straße 3</p><p>45999 Wahlheim</p>",
     "addresses": ["Kolping-Straße 3, 45999 Wahlheim"]},
    {"id": "gh-addr-03", "part": "tune", "text": "Address: Integration Centre, Kolpingstraße 3, 45999 Wahlheim, Germany",
     "addresses": ["Kolpingstraße 3, 45999 Wahlheim"]},
    {"id": "gh-mail-01", "part": "tune", "text": "E-Mail-Adresse: ki@wahlheim.de", "emails": ["ki@wahlheim.de"]},
    {"id": "gh-phone-04", "part": "tune", "text": "Rufen Sie an: 02345 66-4195.", "phones": ["02345 66-4195"]},
    {"id": "gh-phone-05", "part": "tune", "html": "<p>Kommunales Integrationszentrum<br>Tel 02345-66-4196<br>Fax 02345-66-4197</p>",
     "phones": ["02345 66-4196", "02345 66-4197"]},
    {"id": "gh-phone-06", "part": "tune", "text": "Tel.: 02345 6641-98", "phones": ["02345 664198"]},
    {"id": "gh-dis-01", "part": "tune",
     "html": "<h2>Kontakt</h2><p>Kommunales Integrationszentrum, Tel. 02345 66-4199</p>"
             "<h2>Weitere Informationen</h2><ul><li><a href='https://www.bamf.example/integrationskurse'>Integrationskurse beim Bundesamt</a></li></ul>"
             "<p>Hilfetelefon Gewalt gegen Frauen: 0800 0116016 (kostenlos, rund um die Uhr)</p>",
     "phones": ["02345 66-4199"], "must_not": {"phones": ["0800 0116016"]}},
    {"id": "gh-reorg-01", "part": "tune",
     "html": "<p>Zum 1. Juli 2027 wird das <a href='/ki'>Kommunale Integrationszentrum</a> Teil des neuen Amtes für Vielfalt (Amt 57).</p>"
             "<p>Seit dem 1. April 2022 war das <a href='/ki'>KI</a> dem Dezernat V zugeordnet; die Räume in der Kolpingstraße 3 bleiben.</p>",
     "reorganisations": ["2027-07-01"], "tolerate": {"reorganisations": ["2022-04-01"]}},
    # ------------------------------------------------------------------ aside3: scored only, never tuned on
    {"id": "gx-addr-01", "part": "aside3",
     "html": "<dl class='contact'><dt>Dienstgebäude</dt><dd>Haus B, Eingang Hofseite<br>Bismarckstraße 55<br>47111 Bergfeld</dd></dl>",
     "addresses": ["Bismarckstraße 55, 47111 Bergfeld"]},
    {"id": "gx-addr-02", "part": "aside3",
     "html": "<table><tr><td>Straße, Hausnummer:</td><td>Am Schlosspark 4</td></tr><tr><td>PLZ, Ort:</td><td>48155 Seebrück</td></tr></table>",
     "addresses": ["Am Schlosspark 4, 48155 Seebrück"]},
    {"id": "gx-addr-03", "part": "aside3",
     "html": "<div class='h-card'><span class='p-org'>Kommunales Integrationszentrum</span> <span class='p-street-address'>Wilhelmstraße 22</span> "
             "<span class='p-postal-code'>46001</span> <span class='p-locality'>Bergfeld</span> "
             "<a class='u-email' href='mailto:ki@bergfeld.de'>ki@bergfeld.de</a></div>",
     "addresses": ["Wilhelmstraße 22, 46001 Bergfeld"], "emails": ["ki@bergfeld.de"]},
    {"id": "gx-addr-04", "part": "aside3",
     "text": "Sie finden uns im Erdgeschoss des Kreishauses (Kreishausallee 1, Emsbruch).", "addresses": ["Kreishausallee 1"]},
    {"id": "gx-addr-05", "part": "aside3",
     "html": "<p><strong>Besucheradresse</strong><br>Ludgeristraße 12<br>48155 Seebrück</p>"
             "<p><strong>Postadresse</strong><br>Stadt Seebrück<br>Kommunales Integrationszentrum<br>48150 Seebrück</p>",
     "addresses": ["Ludgeristraße 12, 48155 Seebrück"]},
    {"id": "gx-addr-06", "part": "aside3",
     "text": "Anfahrt mit dem Auto: Navigationsziel Parkplatz P3, Am Sportplatz 2. Von dort sind es fünf Minuten zu Fuß zum KI in der Gartenstraße 6.",
     "addresses": ["Gartenstraße 6"], "must_not": {"addresses": ["Am Sportplatz 2"]}},
    {"id": "gx-addr-07", "part": "aside3",
     "html": "<table><tr><th>Standort</th><th>Adresse</th><th>Sprechzeit</th></tr>"
             "<tr><td>Hauptstelle</td><td>Hansaring 8, 45999 Wahlheim</td><td>Mo–Fr 9–12 Uhr</td></tr>"
             "<tr><td>Außenstelle Nord</td><td>Lindenweg 2, 45998 Wahlheim</td><td>Di 14–16 Uhr</td></tr></table>",
     "addresses": ["Hansaring 8, 45999 Wahlheim", "Lindenweg 2, 45998 Wahlheim"]},
    {"id": "gx-addr-08", "part": "aside3", "text": "Our offices are at Bahnhofstraße 12 (2nd floor), 45999 Wahlheim.",
     "addresses": ["Bahnhofstraße 12, 45999 Wahlheim"]},
    {"id": "gx-phone-01", "part": "aside3", "text": "Telefon: +49 (0)2345 / 66 - 41 40", "phones": ["02345 66-4140"]},
    {"id": "gx-phone-02", "part": "aside3", "text": "Telefon 02345 66-4141 und 66-4142", "phones": ["02345 66-4141", "02345 66-4142"]},
    {"id": "gx-phone-03", "part": "aside3", "html": "<p>Aylin Demir<br>Sprachbildung<br>(02345) 66 41 43</p>", "phones": ["02345 664143"]},
    {"id": "gx-phone-04", "part": "aside3", "text": "Telefon 02345 66-0 (Zentrale), 02345 66-4144 (Sekretariat KI)",
     "phones": ["02345 66-4144"], "must_not": {"phones": ["02345 66-0"]}},
    {"id": "gx-phone-05", "part": "aside3", "text": "Telefon: 02345 66 - 41 45, Telefax: 02345 66 - 41 99",
     "phones": ["02345 66-4145", "02345 66-4199"]},
    {"id": "gx-phone-06", "part": "aside3", "text": "Signal/Threema/WhatsApp: +49 160 1234567", "phones": ["0160 1234567"]},
    {"id": "gx-phone-07", "part": "aside3",
     "text": "For all other questions call the authority number 115 or our switchboard +49 2345 66-0. The integration centre: +49 2345 66-4146.",
     "phones": ["02345 66-4146"], "must_not": {"phones": ["115", "02345 66-0"]}},
    {"id": "gx-phone-08", "part": "aside3",
     "text": "Aktenzeichen: 51 02 30 - 2026 · Datum: 12.01.2027 · Sachbearbeitung: Frau Kurz, Telefon 02345 66-4147",
     "phones": ["02345 66-4147"]},
    {"id": "gx-mail-01", "part": "aside3", "text": "E-Mail: ki-team [ at ] wahlheim [ . ] de", "emails": ["ki-team@wahlheim.de"]},
    {"id": "gx-mail-02", "part": "aside3",
     "text": "Bitte schreiben Sie an ki@wahlheim.de – Presseanfragen bitte ausschließlich an pressestelle@wahlheim.de.",
     "emails": ["ki@wahlheim.de"], "must_not": {"emails": ["pressestelle@wahlheim.de"]}},
    {"id": "gx-dis-01", "part": "aside3",
     "text": "Impressum: Stadt Bergfeld, vertreten durch den Bürgermeister, Markt 1, 46001 Bergfeld, Telefon 02345 88-0, E-Mail info@bergfeld.de",
     "addresses": [], "phones": [], "emails": [],
     "must_not": {"addresses": ["Markt 1, 46001 Bergfeld"], "phones": ["02345 88-0"], "emails": ["info@bergfeld.de"]}},
    {"id": "gx-dis-02", "part": "aside3",
     "html": "<h3>Veranstaltungsort</h3><p>Bürgerhaus Süd<br>Südring 8<br>46003 Bergfeld</p>"
             "<h3>Veranstalter</h3><p>Kommunales Integrationszentrum Bergfeld<br>Telefon 02345 66-4148</p>",
     "phones": ["02345 66-4148"], "addresses": [], "must_not": {"addresses": ["Südring 8, 46003 Bergfeld"]}},
    {"id": "gx-dis-03", "part": "aside3",
     "text": "Die Servicestelle Antidiskriminierung in Trägerschaft der Diakonie (Kirchstraße 10, 45999 Wahlheim) berät montags im KI.",
     "addresses": [], "must_not": {"addresses": ["Kirchstraße 10, 45999 Wahlheim"]}},
    {"id": "gx-dis-04", "part": "aside3",
     "text": "Im Haus der Integration, Hansaring 8, befinden sich neben dem KI auch das Ausländeramt (Tel. 02345 66-3301) "
             "und der Jugendmigrationsdienst (Tel. 02345 57-420).",
     "addresses": ["Hansaring 8"], "phones": [], "must_not": {"phones": ["02345 66-3301", "02345 57-420"]}},
    {"id": "gx-dis-05", "part": "aside3",
     "text": "Vorsitzende des Integrationsrates: Meral Acar, Kontakt über die Geschäftsstelle, Telefon 02345 66-1211",
     "phones": [], "must_not": {"phones": ["02345 66-1211"]}},
    {"id": "gx-dis-06", "part": "aside3",
     "text": "Achtung: Die Räume in der Schulstraße 8 sind seit dem 1. März geschlossen. Sie finden uns jetzt Am Alten Markt 3.",
     "addresses": ["Am Alten Markt 3"], "must_not": {"addresses": ["Schulstraße 8"]}},
    {"id": "gx-dis-07", "part": "aside3",
     "html": "<div class='box'><h4>Pressekontakt</h4><p>Stefan Brügge<br>Rathausplatz 1, 45999 Wahlheim<br>T 02345 66-1002</p></div>",
     "addresses": [], "phones": [], "must_not": {"addresses": ["Rathausplatz 1, 45999 Wahlheim"], "phones": ["02345 66-1002"]}},
    {"id": "gx-dis-08", "part": "aside3",
     "text": "Zuständig für alle Schulen im Kreisgebiet (PLZ 49001 bis 49010). Beratungstermine nach Vereinbarung unter 05931 44-2150.",
     "phones": ["05931 44-2150"], "addresses": []},
    {"id": "gx-dis-09", "part": "aside3",
     "text": "In Kooperation mit der Volkshochschule (Tel. 02345 66-6001) und dem Kommunalen Integrationszentrum (Tel. 02345 66-4149).",
     "phones": ["02345 66-4149"], "must_not": {"phones": ["02345 66-6001"]}},
]

def round_case(round_no: int, cid: str, body: str, *, addresses=(), phones=(), emails=(), must_not=None, tolerate=None) -> dict:
    """A case of a round from the fourth on: every contact field is declared (an empty list means:
    the centre has none here, so anything reported is wrong); every third case is set aside
    ("aside<round>"), the others are "tune<round>"."""
    number = int(cid.rsplit("-", 1)[1])
    case = {"id": cid, "part": f"aside{round_no}" if number % 3 == 0 else f"tune{round_no}",
            "addresses": list(addresses), "phones": list(phones), "emails": list(emails)}
    case["html" if body.lstrip().startswith("<") else "text"] = body
    if must_not:
        case["must_not"] = must_not
    if tolerate:
        case["tolerate"] = tolerate
    return case


def _r4(cid: str, body: str, **fields) -> dict:
    return round_case(4, cid, body, **fields)


# Fourth round (written before its fixes): pages that show several addresses, phones and e-mails
# of which only some are the centre's — press contacts, the town hall, the Bürgerbüro, venues,
# partners, the Integrationsrat, job ads, Postfach / delivery / Außenstelle, previous addresses,
# fax, mobiles, hotlines, numbers that only look like phones, institution lists of annual
# reports. Invented town Kappelheide (47333; the centre 02841 53-44xx). Every third case is
# "aside4": only scored, never tuned on.
_K = "Weberstraße 11, 47333 Kappelheide"
CASES += [
    _r4("gy-01", "<p>Das Kommunale Integrationszentrum lädt am 14. Mai zum Elternfrühstück ein. Anmeldung bis 10. Mai unter "
        "02841 53-4410 oder ki@kappelheide.de.</p><p><strong>Pressekontakt:</strong> Pressestelle der Stadt Kappelheide, "
        "Jana Voss, Telefon 02841 53-1020, presse@kappelheide.de</p>",
        phones=["02841 53-4410"], emails=["ki@kappelheide.de"],
        must_not={"phones": ["02841 53-1020"], "emails": ["presse@kappelheide.de"]}),
    _r4("gy-02", "Ab sofort berät das KI auch im Stadtteilbüro Nord.\n\nFür Rückfragen der Medien: Uwe Kalthoff, Referent für "
        "Öffentlichkeitsarbeit, Tel. 02841 53-1021, uwe.kalthoff@kappelheide.de",
        must_not={"phones": ["02841 53-1021"], "emails": ["uwe.kalthoff@kappelheide.de"]}),
    _r4("gy-03", "<h3>Ansprechpartner für die Presse</h3><p>Stadt Kappelheide – Presse- und Öffentlichkeitsarbeit<br>Rathausplatz 2<br>"
        "47333 Kappelheide<br>Tel. 02841 53-1022</p><h3>Fachlicher Kontakt</h3><p>Kommunales Integrationszentrum<br>Merle Tiedtke<br>"
        "Tel. 02841 53-4411<br>merle.tiedtke@kappelheide.de</p>",
        phones=["02841 53-4411"], emails=["merle.tiedtke@kappelheide.de"],
        must_not={"addresses": ["Rathausplatz 2, 47333 Kappelheide"], "phones": ["02841 53-1022"]}),
    _r4("gy-04", "Sie erreichen das Rathaus unter der zentralen Rufnummer 02841 53-0. Das Team des Integrationszentrums "
        "direkt: 02841 53-4412.",
        phones=["02841 53-4412"], must_not={"phones": ["02841 53-0"]}),
    _r4("gy-05", "<p>Kommunales Integrationszentrum<br>Weberstraße 11<br>47333 Kappelheide</p><p>Meldeangelegenheiten erledigen "
        "Sie im Bürgerbüro, Marktplatz 1, Tel. 02841 53-2200.</p>",
        addresses=[_K], must_not={"addresses": ["Marktplatz 1"], "phones": ["02841 53-2200"]}),
    _r4("gy-06", "Bürgerservice und Terminvereinbarung für Ausländerangelegenheiten: Servicecenter im Stadthaus, Telefon "
        "02841 53-3300, auslaenderbehoerde@kappelheide.de\n\nKommunales Integrationszentrum: Telefon 02841 53-4413",
        phones=["02841 53-4413"], must_not={"phones": ["02841 53-3300"], "emails": ["auslaenderbehoerde@kappelheide.de"]}),
    _r4("gy-07", "Der Workshop findet statt in der Aula der Gesamtschule Ost, Schillerweg 30, 47335 Kappelheide. Anmeldungen "
        "nimmt das KI unter 02841 53-4414 entgegen.",
        phones=["02841 53-4414"], must_not={"addresses": ["Schillerweg 30, 47335 Kappelheide"]}),
    _r4("gy-08", "<p>Stadtspaziergang für Neuzugewanderte am 3. Oktober.</p><p>Treffpunkt: Haupteingang des Stadtparks, "
        "Parkallee 1</p><p>Unser Büro: Weberstraße 11, 47333 Kappelheide</p>",
        addresses=[_K], must_not={"addresses": ["Parkallee 1"]}),
    _r4("gy-09", "<h2>Interkulturelles Fest</h2><p>Wann: Samstag, 20. Juni, 14 bis 19 Uhr<br>Wo: Bürgerzentrum Alte Weberei, "
        "Fabrikstraße 8, 47333 Kappelheide</p><p>Veranstalter: Kommunales Integrationszentrum Kappelheide, Telefon 02841 53-4415</p>",
        phones=["02841 53-4415"], must_not={"addresses": ["Fabrikstraße 8, 47333 Kappelheide"]}),
    _r4("gy-10", "Die Migrationsberatung für Erwachsene bietet die Arbeiterwohlfahrt in ihrer Beratungsstelle Lindenhof 4, "
        "47333 Kappelheide an (Tel. 02841 90 77 10).",
        must_not={"addresses": ["Lindenhof 4, 47333 Kappelheide"], "phones": ["02841 907710"]}),
    _r4("gy-11", "<h3>Beratungsangebote unserer Partner</h3><ul><li>Caritasverband Kappelheide e.V., Kirchgasse 2, Tel. 02841 3344-0</li>"
        "<li>Diakonisches Werk, Gartenstraße 19, Tel. 02841 88 12 30</li></ul><h3>So erreichen Sie uns</h3>"
        "<p>Kommunales Integrationszentrum<br>Weberstraße 11, 47333 Kappelheide<br>Tel. 02841 53-4416</p>",
        addresses=[_K], phones=["02841 53-4416"],
        must_not={"addresses": ["Kirchgasse 2", "Gartenstraße 19"], "phones": ["02841 881230"]}),
    _r4("gy-12", "Der Jugendmigrationsdienst der Evangelischen Jugend hat seine Sprechstunde in der Bahnhofstraße 45; "
        "Terminvereinbarung unter 0151 23456789. Das KI selbst finden Sie in der Weberstraße 11.",
        addresses=["Weberstraße 11"], must_not={"addresses": ["Bahnhofstraße 45"], "phones": ["0151 23456789"]}),
    _r4("gy-13", "<p>Kommunales Integrationszentrum, Weberstraße 11, 47333 Kappelheide, Telefon 02841 53-4417</p>"
        "<h3>Integrationsrat</h3><p>Geschäftsstelle des Integrationsrates<br>Rathausplatz 2, Zimmer 112<br>Telefon 02841 53-1110<br>"
        "integrationsrat@kappelheide.de</p>",
        addresses=[_K], phones=["02841 53-4417"],
        must_not={"addresses": ["Rathausplatz 2"], "phones": ["02841 53-1110"], "emails": ["integrationsrat@kappelheide.de"]}),
    _r4("gy-14", "Die Integrationsbeauftragte der Stadt, Sevgi Arslan, ist unter 02841 53-1115 und sevgi.arslan@kappelheide.de erreichbar.",
        must_not={"phones": ["02841 53-1115"], "emails": ["sevgi.arslan@kappelheide.de"]}),
    _r4("gy-15", "Ansprechpartner im Integrationsrat: Vorsitzender Kemal Öztürk, Sprechstunde nach Vereinbarung über 02841 53-1116.",
        must_not={"phones": ["02841 53-1116"]}),
    _r4("gy-16", "<h2>Stellenausschreibung: Sachbearbeitung (m/w/d) im Kommunalen Integrationszentrum</h2><p>Ihre Bewerbung richten "
        "Sie bitte bis zum 31.03. an das Personalamt, Rathausplatz 2, 47333 Kappelheide, oder an bewerbung@kappelheide.de. Fragen "
        "zum Verfahren beantwortet Frau Scholl, Tel. 02841 53-1300.</p>",
        must_not={"addresses": ["Rathausplatz 2, 47333 Kappelheide"], "phones": ["02841 53-1300"], "emails": ["bewerbung@kappelheide.de"]}),
    _r4("gy-17", "Fachliche Fragen beantwortet Ihnen gern die Leiterin des KI, Dr. Hanna Pohl, Tel. 02841 53-4400. Für Fragen zum "
        "Bewerbungsverfahren wenden Sie sich an den Fachdienst Personal, Tel. 02841 53-1301.",
        phones=["02841 53-4400"], must_not={"phones": ["02841 53-1301"]}),
    _r4("gy-18", "<p>Das Integrationszentrum sucht zum 1. August eine Lehrkraft für die Seiteneinsteigerberatung.</p><h3>Bewerbungen</h3>"
        "<p>Stadt Kappelheide<br>Fachbereich Personal und Organisation<br>Postfach 10 05 41<br>47330 Kappelheide<br>personal@kappelheide.de</p>",
        must_not={"addresses": ["Postfach 10 05 41, 47330 Kappelheide"], "emails": ["personal@kappelheide.de"]}),
    _r4("gy-19", "<p>Besucheranschrift: Weberstraße 11, 47333 Kappelheide</p><p>Postanschrift: Postfach 10 05 40, 47330 Kappelheide</p>"
        "<p>Lieferanschrift: Weberstraße 9 (Hintereingang), 47333 Kappelheide</p>",
        addresses=[_K], tolerate={"addresses": ["Postfach 10 05 40, 47330 Kappelheide", "Weberstraße 9, 47333 Kappelheide"]}),
    _r4("gy-20", "<p>Hauptsitz: Weberstraße 11, 47333 Kappelheide</p><p>Außenstelle Nord (nur donnerstags): Heideweg 4, 47336 Kappelheide</p>",
        addresses=[_K, "Heideweg 4, 47336 Kappelheide"]),
    _r4("gy-21", "Unsere Zweigstelle im Stadtteil Hohenfeld (Am Kirchberg 6) ist dienstags von 9 bis 12 Uhr besetzt; ansonsten "
        "finden Sie uns in der Weberstraße 11, 47333 Kappelheide.",
        addresses=[_K, "Am Kirchberg 6"]),
    _r4("gy-22", "Wir sind umgezogen! Bisher: Schlossstraße 3. Ab dem 1. Februar finden Sie uns in der Weberstraße 11, 47333 Kappelheide.",
        addresses=[_K], must_not={"addresses": ["Schlossstraße 3"]}),
    _r4("gy-23", "<p>Neue Anschrift: Weberstraße 11, 47333 Kappelheide</p><p>Die früheren Räume in der Schlossstraße 3 wurden aufgegeben.</p>",
        addresses=[_K], must_not={"addresses": ["Schlossstraße 3"]}),
    _r4("gy-24", "Achtung, neue Adresse: Seit dem 15. März ist das KI in der Weberstraße 11 (vorher Schlossstraße 3) zu finden.",
        addresses=["Weberstraße 11"], must_not={"addresses": ["Schlossstraße 3"]}),
    _r4("gy-25", "Telefon 02841 53-4418 | Telefax 02841 53-4499", phones=["02841 53-4418", "02841 53-4499"]),
    _r4("gy-26", "<p>Yusuf Demir, Bildungskoordination<br>Mobil: 0172 4455667<br>yusuf.demir@kappelheide.de</p>",
        phones=["0172 4455667"], emails=["yusuf.demir@kappelheide.de"]),
    _r4("gy-27", "Telefon 02841 53-4419, mobil erreichbar unter 0160 9988776 (nur Messenger)",
        phones=["02841 53-4419", "0160 9988776"]),
    _r4("gy-28", "Die bundesweite Hotline zur Anerkennung ausländischer Berufsabschlüsse erreichen Sie unter 030 1815-1111. Für eine "
        "persönliche Beratung vor Ort rufen Sie uns an: 02841 53-4420.",
        phones=["02841 53-4420"], must_not={"phones": ["030 1815-1111"]}),
    _r4("gy-29", "<p>Hilfetelefon Gewalt gegen Frauen: 08000 116 016 (kostenfrei, rund um die Uhr)</p><p>Kontakt KI: Tel. 02841 53-4421</p>",
        phones=["02841 53-4421"], must_not={"phones": ["08000 116016"]}),
    _r4("gy-30", "Behördennummer 115 – Mo bis Fr 8 bis 18 Uhr. Unsere Durchwahl: 02841 53-4422.",
        phones=["02841 53-4422"], must_not={"phones": ["115"]}),
    _r4("gy-31", "Spenden für das Sprachpatenprojekt: IBAN DE12 3505 0000 0123 4567 89, Sparkasse Kappelheide. Fragen zum Projekt: "
        "Telefon 02841 53-4423.", phones=["02841 53-4423"]),
    _r4("gy-32", "Az. 51.2-04/2027 – Förderrichtlinie Integrationsprojekte, Antragsfrist 30.04.2027, Rückfragen: 02841 53-4424",
        phones=["02841 53-4424"]),
    _r4("gy-33", "Sprechzeiten: Mo–Do 08:30–12:00 und 14:00–16:00, Fr 08:30–12:00. Telefon 02841 53-4425.", phones=["02841 53-4425"]),
    _r4("gy-34", "Die Anmeldung läuft vom 01.03.2027 – 15.03.2027, Kursbeginn 05.04.2027 um 09:00 Uhr, 12 Termine à 90 Minuten."),
    _r4("gy-35", "Das Angebot gilt für alle Familien im Postleitzahlbereich 47333 und 47335; die Beratung findet im KI in der "
        "Weberstraße 11 statt.", addresses=["Weberstraße 11"]),
    _r4("gy-36", "Seit 2014 haben wir 3.200 Familien beraten; 47 Schulen und 112 Kitas aus 9 Stadtteilen nehmen am Programm teil."),
    _r4("gy-37", "Unsere Räume liegen im Erdgeschoss des Verwaltungsgebäudes Am Kornmarkt 5, Eingang über den Innenhof.",
        addresses=["Am Kornmarkt 5"]),
    _r4("gy-38", "Das KI hat seinen Sitz im Kreishaus, Zimmer 3.07 – Kreishausstraße 1 in Kappelheide.", addresses=["Kreishausstraße 1"]),
    _r4("gy-39", "Sie finden uns im zweiten Stock der Alten Post, Poststraße 9.", addresses=["Poststraße 9"]),
    _r4("gy-40", "<h2>Unsere Kooperationspartner 2026</h2><ul><li>Volkshochschule Kappelheide, Hafenstraße 2</li><li>Stadtbibliothek, "
        "Marktplatz 4</li><li>Familienzentrum Sonnenblume, Rosenweg 17</li></ul><h2>Kontakt</h2><p>Kommunales Integrationszentrum, "
        "Weberstraße 11, 47333 Kappelheide</p>",
        addresses=[_K], must_not={"addresses": ["Hafenstraße 2", "Marktplatz 4", "Rosenweg 17"]}),
    _r4("gy-41", "<p>Im Programm „Sprachkitas“ arbeiteten 2026 diese Einrichtungen mit:</p><table><tr><th>Einrichtung</th><th>Anschrift</th>"
        "<th>Telefon</th></tr><tr><td>Sprachkita Regenbogen</td><td>Lerchenweg 3</td><td>02841 71 22 0</td></tr>"
        "<tr><td>Grundschule am Wald</td><td>Waldstraße 40</td><td>02841 71 33 0</td></tr></table>",
        must_not={"addresses": ["Lerchenweg 3", "Waldstraße 40"], "phones": ["02841 71220", "02841 71330"]}),
    _r4("gy-42", "Im Berichtsjahr wurden Projekte an folgenden Standorten durchgeführt: Grundschule Nord (Nordstraße 5), Realschule "
        "Mitte (Lessingstraße 21) und Jugendzentrum Kanal (Kanalweg 2).",
        must_not={"addresses": ["Nordstraße 5", "Lessingstraße 21", "Kanalweg 2"]}),
    _r4("gy-43", "<div class='kontakt'><p><strong>Kommunales Integrationszentrum</strong><br>Weberstraße 11<br>47333 Kappelheide<br>"
        "Telefon 02841 53-4426<br>ki@kappelheide.de</p></div><div class='kontakt'><p><strong>Regionales Bildungsbüro</strong><br>"
        "Weberstraße 13<br>47333 Kappelheide<br>Telefon 02841 53-4600<br>bildungsbuero@kappelheide.de</p></div>",
        addresses=[_K], phones=["02841 53-4426"], emails=["ki@kappelheide.de"],
        must_not={"addresses": ["Weberstraße 13, 47333 Kappelheide"], "phones": ["02841 53-4600"], "emails": ["bildungsbuero@kappelheide.de"]}),
    _r4("gy-44", "<p><strong>Ansprechpartner beim Jobcenter</strong><br>Team Integration<br>Bahnhofsplatz 3, 47333 Kappelheide<br>"
        "Tel. 02841 77 60-310</p>",
        must_not={"addresses": ["Bahnhofsplatz 3, 47333 Kappelheide"], "phones": ["02841 7760-310"]}),
    _r4("gy-45", "<h4>Schulamt für den Kreis</h4><p>Schulfachliche Aufsicht: Schulrätin Petra Lenz<br>Kreishausstraße 1<br>"
        "Tel. 02841 202-510</p><h4>Kommunales Integrationszentrum</h4><p>Tel. 02841 202-520</p>",
        phones=["02841 202-520"], must_not={"addresses": ["Kreishausstraße 1"], "phones": ["02841 202-510"]}),
    _r4("gy-46", "Der Integrationsrat tagt am 12. März um 17 Uhr im Ratssaal, Rathausplatz 2.", must_not={"addresses": ["Rathausplatz 2"]}),
    _r4("gy-47", "Die Ausstellung „Angekommen“ ist bis zum 30. April in der Stadtbibliothek, Marktplatz 4, zu sehen.",
        must_not={"addresses": ["Marktplatz 4"]}),
    _r4("gy-48", "Die Stadtteilmütter treffen sich jeden Freitag im Familienzentrum, Rosenweg 17.", must_not={"addresses": ["Rosenweg 17"]}),
    _r4("gy-49", "Newsletter abonnieren: newsletter@kappelheide.de · Fragen zur Barrierefreiheit: barrierefrei@kappelheide.de · "
        "Integrationszentrum: integration@kappelheide.de",
        emails=["integration@kappelheide.de"], must_not={"emails": ["newsletter@kappelheide.de", "barrierefrei@kappelheide.de"]}),
    _r4("gy-50", "Technische Probleme mit dem Online-Formular melden Sie bitte an webmaster@kappelheide.de.",
        must_not={"emails": ["webmaster@kappelheide.de"]}),
    _r4("gy-51", "Hinweisgeber können sich vertraulich an die Ombudsstelle wenden (ombudsstelle@kappelheide.de). Für Anliegen rund "
        "um Integration schreiben Sie an ki-team@kappelheide.de.",
        emails=["ki-team@kappelheide.de"], must_not={"emails": ["ombudsstelle@kappelheide.de"]}),
    _r4("gy-52", "Datenschutzbeauftragter der Stadt: Herr Brandl, Rathausplatz 2, datenschutz@kappelheide.de, Tel. 02841 53-1400",
        must_not={"addresses": ["Rathausplatz 2"], "phones": ["02841 53-1400"], "emails": ["datenschutz@kappelheide.de"]}),
    _r4("gy-53", "<table><tr><td>Leitung</td><td>Dr. Hanna Pohl</td><td>02841 53-4400</td></tr><tr><td>Sekretariat</td>"
        "<td>Olga Weiß</td><td>02841 53-4401</td></tr></table>",
        phones=["02841 53-4400", "02841 53-4401"]),
    _r4("gy-54", "<p>Eva Brinkmann<br>Sprachmittlerpool<br>T 02841 53-4427<br>M 0157 3322110</p>", phones=["02841 53-4427", "0157 3322110"]),
    _r4("gy-55", "<p>Kommunales Integrationszentrum · Weberstraße 11 · 47333 Kappelheide · Tel. 02841 53-4428</p>"
        "<div class='portlet'><h3>Kontakt Stadtverwaltung</h3><p>Rathausplatz 2, 47333 Kappelheide<br>Telefon 02841 53-0<br>"
        "info@kappelheide.de</p></div>",
        addresses=[_K], phones=["02841 53-4428"],
        must_not={"addresses": ["Rathausplatz 2, 47333 Kappelheide"], "phones": ["02841 53-0"], "emails": ["info@kappelheide.de"]}),
    _r4("gy-56", "Kappelheide, 12.03.2027 – Das Kommunale Integrationszentrum startet ein neues Mentoringprogramm. Interessierte "
        "melden sich unter 02841 53-4429.", phones=["02841 53-4429"]),
    _r4("gy-57", "<p>Herausgegeben von: Stadt Kappelheide, Der Bürgermeister, Presse- und Öffentlichkeitsarbeit, Rathausplatz 2, "
        "47333 Kappelheide</p><p>Verantwortlich: Lena Hoff, Tel. 02841 53-1025</p>",
        must_not={"addresses": ["Rathausplatz 2, 47333 Kappelheide"], "phones": ["02841 53-1025"]}),
    _r4("gy-58", "Die Fortbildung für Lehrkräfte findet im Schulungszentrum der Kreisverwaltung, Industriestraße 14, 47336 Kappelheide, "
        "statt. Anmeldung: fortbildung-ki@kappelheide.de",
        emails=["fortbildung-ki@kappelheide.de"], must_not={"addresses": ["Industriestraße 14, 47336 Kappelheide"]}),
    _r4("gy-59", "Anfahrt: Vom Hauptbahnhof mit der Buslinie 7 bis Haltestelle Weberstraße (ca. 5 Minuten). Parkplätze finden Sie im "
        "Parkhaus Mitte, Kölner Straße 20.", must_not={"addresses": ["Kölner Straße 20"]}),
    _r4("gy-60", "Barrierefreier Zugang über den Seiteneingang in der Mühlengasse 3; unsere Anschrift bleibt Weberstraße 11, 47333 Kappelheide.",
        addresses=[_K], tolerate={"addresses": ["Mühlengasse 3"]}),
    _r4("gy-61", "Termine am 12.05. und 19.05., jeweils 15–17 Uhr, Anmeldung unter Tel. 02841 53-4430", phones=["02841 53-4430"]),
    _r4("gy-62", "Für Familien im Nachbarkreis ist das Kommunale Integrationszentrum des Kreises Oberwiesen zuständig (Tel. 02902 81-500).",
        must_not={"phones": ["02902 81-500"]}),
    _r4("gy-63", "Kontakt Schulberatung: Regionale Schulberatungsstelle, Tel. 02841 53-4700 – Kontakt Integrationszentrum: Tel. 02841 53-4431",
        phones=["02841 53-4431"], must_not={"phones": ["02841 53-4700"]}),
    _r4("gy-64", "Fax der Ausländerbehörde: 02841 53-3399", must_not={"phones": ["02841 53-3399"]}),
    _r4("gy-65", "Notfall außerhalb der Sprechzeiten: Polizei 110, Feuerwehr und Rettungsdienst 112"),
    _r4("gy-66", "Bürozeiten Sekretariat (Tel. 02841 53-4432): Mo–Fr 8–13 Uhr · Kassenzeichen 5.1234.5678.9", phones=["02841 53-4432"]),
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
    # fifth round (probes, tune only): more markups of rotating lists
    ("gn-30", "tune",
     _BASE + "<p><strong>03.12.2026</strong> – <a href='/n/7'>Sprachcafé im Advent</a></p><p><strong>28.11.2026</strong> – <a href='/n/6'>Neue Elternkurse</a></p>",
     _BASE + "<p><strong>10.12.2026</strong> – <a href='/n/8'>Winterferien: Angebote</a></p><p><strong>03.12.2026</strong> – <a href='/n/7'>Sprachcafé im Advent</a></p>"),
    ("gn-31", "tune",
     _BASE + "<table><tr><td>Mi., 9. Dez. 2026</td><td>18:00 Uhr</td><td>Elternabend Sprachbildung</td></tr>"
     "<tr><td>Sa., 12. Dez. 2026</td><td>11:00 Uhr</td><td>Weltmusik im Stadtteil</td></tr></table>",
     _BASE + "<table><tr><td>Sa., 12. Dez. 2026</td><td>11:00 Uhr</td><td>Weltmusik im Stadtteil</td></tr>"
     "<tr><td>Di., 15. Dez. 2026</td><td>16:30 Uhr</td><td>Lesestunde in vier Sprachen</td></tr></table>"),
    ("gn-32", "tune",
     _BASE + "<div class='row'>" + "".join(
         f"<div class='col-md-4'><div class='card'><img src='/{i}.jpg' alt=''><div class='card-body'><h5>{t}</h5><p>{t} – kurz erklärt.</p>"
         f"<a class='btn' href='/news/{i}'>Mehr</a></div></div></div>" for i, t in ((1, "Sprachcafé"), (2, "Elternkurse"), (3, "Fachtag"))) + "</div>",
     _BASE + "<div class='row'>" + "".join(
         f"<div class='col-md-4'><div class='card'><img src='/{i}.jpg' alt=''><div class='card-body'><h5>{t}</h5><p>{t} – kurz erklärt.</p>"
         f"<a class='btn' href='/news/{i}'>Mehr</a></div></div></div>" for i, t in ((4, "Adventsfeier"), (1, "Sprachcafé"), (2, "Elternkurse"))) + "</div>"),
    ("gn-33", "tune",
     _BASE + "<h3>Veranstaltungen</h3><ul><li>5. Dezember 2026: Sprachcafé</li><li>12. Dezember 2026: Lesestunde</li></ul>",
     _BASE + "<h3>Veranstaltungen</h3><ul><li>12. Dezember 2026: Lesestunde</li><li>19. Dezember 2026: Winterfest</li></ul>"),
    ("gn-34", "tune", _BASE + "<p>Seite 1 von 3</p><p>Ergebnisse 1–10 von 23</p>", _BASE + "<p>Seite 1 von 4</p><p>Ergebnisse 1–10 von 31</p>"),
    ("gn-35", "tune", _BASE + "<p>Nächster freier Termin: Dienstag, 08.12.2026</p><p>Wartezeit aktuell: ca. 15 Minuten</p>",
     _BASE + "<p>Nächster freier Termin: Dienstag, 15.12.2026</p><p>Wartezeit aktuell: ca. 40 Minuten</p>"),
    ("gn-36", "tune", _BASE + "<p>Montag, 30. November 2026, 14:02 Uhr</p>", _BASE + "<p>Dienstag, 1. Dezember 2026, 09:13 Uhr</p>"),
    # fourth round (written before its fixes): rotating lists in the content in markups without a
    # teaser or news class; "aside3" pairs are only scored
    ("gn-23", "tune",
     _BASE + "<ul><li><time datetime='2026-11-28'>28.11.2026</time> <a href='/n/101'>Sprachcafé öffnet wieder</a></li>"
     "<li><time datetime='2026-11-21'>21.11.2026</time> <a href='/n/100'>Fortbildung für Lehrkräfte</a></li>"
     "<li><time datetime='2026-11-14'>14.11.2026</time> <a href='/n/99'>Elternbegleiter gesucht</a></li></ul>",
     _BASE + "<ul><li><time datetime='2026-12-02'>02.12.2026</time> <a href='/n/102'>Lesepaten im Advent</a></li>"
     "<li><time datetime='2026-11-28'>28.11.2026</time> <a href='/n/101'>Sprachcafé öffnet wieder</a></li>"
     "<li><time datetime='2026-11-21'>21.11.2026</time> <a href='/n/100'>Fortbildung für Lehrkräfte</a></li></ul>"),
    ("gn-24", "tune",
     _BASE + "<div><div><h3>Neue Elternkurse</h3><p>12.11.2026</p><p>Ab Januar starten drei neue Kurse für Eltern. "
     "<a href='/k/1'>weiterlesen</a></p></div><div><h3>Fachtag Vielfalt</h3><p>05.11.2026</p><p>Rund 120 Fachkräfte kamen ins Rathaus. "
     "<a href='/k/2'>weiterlesen</a></p></div></div>",
     _BASE + "<div><div><h3>Ferienprogramm steht</h3><p>01.12.2026</p><p>Das Programm für die Winterferien ist online. "
     "<a href='/k/3'>weiterlesen</a></p></div><div><h3>Neue Elternkurse</h3><p>12.11.2026</p><p>Ab Januar starten drei neue Kurse für Eltern. "
     "<a href='/k/1'>weiterlesen</a></p></div></div>"),
    ("gn-25", "tune",
     _BASE + "<div><div class='item'><img src='/a.jpg' alt=''><p><a href='/s/1'>Interkulturelle Woche 2026: Programm</a></p></div>"
     "<div class='item'><img src='/b.jpg' alt=''><p><a href='/s/2'>Willkommen in der Schule: Broschüre</a></p></div>"
     "<div class='item'><img src='/c.jpg' alt=''><p><a href='/s/3'>Rucksack-Programm in Kitas</a></p></div></div>",
     _BASE + "<div><div class='item'><img src='/b.jpg' alt=''><p><a href='/s/2'>Willkommen in der Schule: Broschüre</a></p></div>"
     "<div class='item'><img src='/c.jpg' alt=''><p><a href='/s/3'>Rucksack-Programm in Kitas</a></p></div>"
     "<div class='item'><img src='/d.jpg' alt=''><p><a href='/s/4'>Sprachmittlerpool sucht Verstärkung</a></p></div></div>"),
    ("gn-26", "tune",
     _BASE + "<h3>Aktuelle Termine</h3><dl><dt>05.12.2026, 15:00 Uhr</dt><dd><a href='/t/1'>Sprachcafé im Bürgerhaus</a></dd>"
     "<dt>09.12.2026, 18:00 Uhr</dt><dd><a href='/t/2'>Elternabend Grundschule Nord</a></dd></dl>",
     _BASE + "<h3>Aktuelle Termine</h3><dl><dt>09.12.2026, 18:00 Uhr</dt><dd><a href='/t/2'>Elternabend Grundschule Nord</a></dd>"
     "<dt>14.12.2026, 10:00 Uhr</dt><dd><a href='/t/3'>Adventsfrühstück der Sprachpaten</a></dd></dl>"),
    ("gn-27", "tune",
     _BASE + "<div><h4>Verwandte Themen</h4><p><a href='/r/1'>Einbürgerung</a> | <a href='/r/2'>Integrationskurse</a> | <a href='/r/3'>Ausländerbehörde</a></p></div>",
     _BASE + "<div><h4>Verwandte Themen</h4><p><a href='/r/4'>Sprachförderung</a> | <a href='/r/1'>Einbürgerung</a> | <a href='/r/5'>Kita-Anmeldung</a></p></div>"),
    ("gn-28", "tune",
     _BASE.replace("Lindenallee 4", "Postfach 11 20<br>Lindenallee 4") + "<p>Besucher: 12.345</p>",
     _BASE.replace("Lindenallee 4", "Postfach 1120<br>Lindenallee 4") + "<p>Besucher: 12.402</p>"),
    ("gn-29", "tune",
     _BASE + "<table><caption>Dezember 2026</caption><tr><th>Mo</th><th>Di</th><th>Mi</th></tr><tr><td>30</td><td>1</td><td>2</td></tr></table>",
     _BASE + "<table><caption>Januar 2027</caption><tr><th>Mo</th><th>Di</th><th>Mi</th></tr><tr><td>28</td><td>29</td><td>30</td></tr></table>"),
    ("gnx-01", "aside3",
     _BASE + "<table><tr><td>27.11.2026</td><td><a href='/p/55'>Neue Sprechzeiten ab Januar</a></td></tr>"
     "<tr><td>19.11.2026</td><td><a href='/p/54'>Integrationspreis verliehen</a></td></tr></table>",
     _BASE + "<table><tr><td>03.12.2026</td><td><a href='/p/56'>Lesewettbewerb mehrsprachig</a></td></tr>"
     "<tr><td>27.11.2026</td><td><a href='/p/55'>Neue Sprechzeiten ab Januar</a></td></tr></table>"),
    ("gnx-02", "aside3",
     _BASE + "<section><article><h4><a href='/m/7'>Sommerschule war ein Erfolg</a></h4><p>08.09.2026 – Über 80 Kinder haben teilgenommen.</p>"
     "<p><a href='/m/7'>Mehr erfahren</a></p></article><article><h4><a href='/m/6'>Neue Mitarbeiterin im Team</a></h4>"
     "<p>01.09.2026 – Das Team wächst weiter.</p><p><a href='/m/6'>Mehr erfahren</a></p></article></section>",
     _BASE + "<section><article><h4><a href='/m/8'>Herbstferien: Angebote für Familien</a></h4><p>02.10.2026 – Eine Übersicht aller Angebote.</p>"
     "<p><a href='/m/8'>Mehr erfahren</a></p></article><article><h4><a href='/m/7'>Sommerschule war ein Erfolg</a></h4>"
     "<p>08.09.2026 – Über 80 Kinder haben teilgenommen.</p><p><a href='/m/7'>Mehr erfahren</a></p></article></section>"),
    ("gnx-03", "aside3",
     _BASE + "<h4>Termine</h4><p>Do, 10.12.2026 | 18:00 Uhr | <a href='/e/1'>Elternabend Sprachbildung</a></p>"
     "<p>Sa, 12.12.2026 | 11:00 Uhr | <a href='/e/2'>Weltmusik im Stadtteil</a></p>",
     _BASE + "<h4>Termine</h4><p>Sa, 12.12.2026 | 11:00 Uhr | <a href='/e/2'>Weltmusik im Stadtteil</a></p>"
     "<p>Di, 15.12.2026 | 16:30 Uhr | <a href='/e/3'>Lesestunde in vier Sprachen</a></p>"),
    ("gnx-04", "aside3",
     "<p>Kommunales Integrationszentrum<br>Postfach 10 12 20<br>47102 Bergfeld<br>Tel. 02345 66-4100</p>",
     "<p>Kommunales Integrationszentrum<br>Postfach 101220<br>47102 Bergfeld<br>Tel. 02345 664100</p>"),
]


def _figures() -> None:  # pragma: no cover - a report for the engineer, not a test
    from bench import corpus_score as C

    for part in ("tune", "aside", "aside3", "tune4", "aside4"):
        cases = [C.as_case(c) for c in CASES if c["part"] == part]
        scored = C.score_cases(cases)
        cells = []
        for field, tally in scored["_tallies"].items():
            if tally.tp + tally.fn + tally.fp:
                p, r = tally.precision(), tally.recall()
                cells.append(f"{field} P {p if p is None else f'{p:.3f}'} R {r if r is None else f'{r:.3f}'} (n={tally.tp + tally.fn})")
        taken = sum(t.distractors_taken for t in scored["_tallies"].values())
        print(f"{part}: {len(cases)} cases; " + " · ".join(cells) + f"; distractors taken {taken}")
    from tests.test_extract_generalise_contact import noise_events

    for part in ("tune", "aside", "aside3", "tune4", "aside4"):
        pairs = [p for p in NOISE_PAIRS if p[1] == part]
        bad = [(pid, ev) for pid, _, a, b in pairs if (ev := noise_events(a, b))]
        print(f"{part}: noise pairs {len(pairs)}, with an event {len(bad)} {[pid for pid, _ in bad]}")


def report_rounds(cases: list[dict], parts: tuple[str, str], verbose: bool = False) -> None:  # pragma: no cover - a report
    """Per-field figures of a private round's tuned and aside parts, apart; misses are listed for the
    tuned part only (the aside part is never looked at case by case)."""
    from bench import corpus_score as C

    for part in parts:
        scored_cases = [C.as_case(c) for c in cases if c["part"] == part]
        scored = C.score_cases(scored_cases)
        cells = []
        for field, tally in scored["_tallies"].items():
            if tally.tp + tally.fn + tally.fp or tally.distractors:
                p, r = tally.precision(), tally.recall()
                cells.append(f"{field} P {p if p is None else f'{p:.3f}'} R {r if r is None else f'{r:.3f}'} (n={tally.tp + tally.fn})"
                             f" taken {tally.distractors_taken}/{tally.distractors}")
            if verbose and part == parts[0]:
                for line in tally.misses:
                    print(f"  MISS  {field}: {line}")
                for line in tally.false_hits:
                    print(f"  FALSE {field}: {line}")
        taken = sum(t.distractors_taken for t in scored["_tallies"].values())
        print(f"{part}: {len(scored_cases)} cases; " + " · ".join(cells) + f"; distractors taken {taken}")


if __name__ == "__main__":
    _figures()
