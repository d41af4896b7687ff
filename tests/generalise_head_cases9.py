"""Ninth round of the private check set for heads (issue 7), written before any code for it and on
purpose in forms the earlier rounds and the corpus do not use: other verbs of leading ("lenkt",
"steht … vor", "hat … inne", "obliegt", "verantwortet"), participles and nominal style ("das von NAME
geleitete KI", "Das KI, geleitet von NAME, …", "Das Team um Leiterin NAME"), labels in other words
("Verantwortlich:", "Ansprechpartnerin für die Leitung", "Head of centre"), cards, tables, `<dl>`s and
headings in other arrangements, scraped lines collapsed into one paragraph, text in capitals from
PDFs, and names of West African, Arabic, Vietnamese, Greek, Balkan, Russian and Polish origin with
titles and particles; for about half of the cases, people who are *not* the centre's head (press
contacts, mayors and Dezernenten, Integrationsrat chairs, predecessors, speakers, project leads,
deputies, team members). Invented people and towns only; same schema as the corpus cases.

Every third case is ASIDE9: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_ROUND9: list[dict] = [
    # ---------------------------------------------------------------- other verbs of leading
    {"id": "g9-verb-01", "text": "Seit dem Frühjahr 2023 lenkt Oluwaseun Adebayo die Geschicke des Kommunalen Integrationszentrums.",
     "head": ["Oluwaseun Adebayo"]},
    {"id": "g9-verb-02", "text": "Dem Kommunalen Integrationszentrum steht seit 2021 Frau Dr. Eleni Papadopoulou vor.",
     "head": ["Eleni Papadopoulou"]},
    {"id": "g9-verb-03", "text": "Die Leitungsfunktion im KI hat derzeit Herr Abdel-Rahman Al-Khatib inne.",
     "head": ["Abdel-Rahman Al-Khatib"]},
    {"id": "g9-verb-04", "text": "Die Leitung des Integrationszentrums obliegt Frau Svetlana Kuznetsova.",
     "head": ["Svetlana Kuznetsova"]},
    {"id": "g9-verb-05", "text": "Fachlich verantwortet Herr Kwame Asante-Boateng das Kommunale Integrationszentrum, das zum "
     "Fachbereich Jugend gehört.", "head": ["Kwame Asante-Boateng"]},
    {"id": "g9-verb-06", "text": "Frau Fatoumata Diallo hat zum 1. Februar die Leitung unseres Zentrums angetreten.",
     "head": ["Fatoumata Diallo"]},
    {"id": "g9-verb-07", "text": "Frau Ewa Dąbrowska-Nowak steht dem KI als Leiterin vor und vertritt es im Integrationsrat.",
     "head": ["Ewa Dąbrowska-Nowak"]},
    {"id": "g9-verb-08", "text": "Mit der Leitung des Kommunalen Integrationszentrums ist seit Oktober Herr Nikola Jovanović betraut.",
     "head": ["Nikola Jovanović"]},
    {"id": "g9-verb-09", "text": "Die Koordination des Programms KOMM-AN im Integrationszentrum liegt bei Frau Chiara Esposito.",
     "head": [], "must_not": {"head": ["Chiara Esposito"]}},
    {"id": "g9-verb-10", "text": "Das Projekt „Brücken bauen“ leitet im KI Herr Yusuf Karaca; Leiterin des Zentrums ist Frau Monika Hegel.",
     "head": ["Monika Hegel"], "must_not": {"head": ["Yusuf Karaca"]}},
    {"id": "g9-verb-11", "text": "Die Geschäfte des KI führt kommissarisch Frau Aylin Korkmaz, bis die Stelle neu besetzt ist.",
     "head": ["Aylin Korkmaz"], "acting": True},
    {"id": "g9-verb-12", "text": "Frau Ingrid Thiel gibt die Leitung des Kommunalen Integrationszentrums nach zwölf Jahren ab. "
     "Eine Nachfolge ist noch nicht bestimmt.", "head": [], "must_not": {"head": ["Ingrid Thiel"]}},
    # ---------------------------------------------------------------- participles and nominal style
    {"id": "g9-nominal-01", "text": "Das von Herrn Chinedu Okeke geleitete Integrationszentrum berät Schulen im ganzen Kreis.",
     "head": ["Chinedu Okeke"]},
    {"id": "g9-nominal-02", "text": "Das Kommunale Integrationszentrum, seit 2022 geleitet von Frau Nguyen Thi Lan, zieht in die "
     "Innenstadt.", "head": ["Nguyen Thi Lan"]},
    {"id": "g9-nominal-03", "text": "Unter der Leitung von Frau Amina Haddou-Berger hat das KI sein Beratungsangebot verdoppelt.",
     "head": ["Amina Haddou-Berger"]},
    {"id": "g9-nominal-04", "text": "Das Team um KI-Leiterin Dragana Savić stellte die neuen Elternkurse vor.",
     "head": ["Dragana Savić"]},
    {"id": "g9-nominal-05", "text": "Das von Frau Birgit Lorenz geleitete Sprachcafé im Integrationszentrum öffnet dienstags.",
     "head": [], "must_not": {"head": ["Birgit Lorenz"]}},
    {"id": "g9-nominal-06", "text": "Der Workshop unter der Leitung von Herrn Stavros Nikolaidis fand im KI statt.",
     "head": [], "must_not": {"head": ["Stavros Nikolaidis"]}},
    {"id": "g9-nominal-07", "text": "In der Leitung des KI: Frau Ama Owusu (seit 2020).", "head": ["Ama Owusu"]},
    {"id": "g9-nominal-08", "text": "Neue Spitze im Integrationszentrum: Herr Hans-Peter van der Berg übernimmt ab Juli.",
     "head": ["Hans-Peter van der Berg"]},
    {"id": "g9-nominal-09", "text": "Das Team um Sachbearbeiterin Olga Petrenko organisiert die Sprachmittlerbörse des KI.",
     "head": [], "must_not": {"head": ["Olga Petrenko"]}},
    {"id": "g9-nominal-10", "text": "Herzlich willkommen im KI! Ihre Ansprechpartnerin für alle Leitungsfragen ist Frau Mehtap Güler, "
     "die das Zentrum seit Jahresbeginn führt.", "head": ["Mehtap Güler"]},
    {"id": "g9-nominal-11", "text": "Verantwortlich für das Kommunale Integrationszentrum ist Frau Dr. Maria dos Santos als Leiterin.",
     "head": ["Maria dos Santos"]},
    {"id": "g9-nominal-12", "text": "Verantwortlich für den Inhalt dieser Seite: Frau Petra Sandmann, Presse- und Öffentlichkeitsarbeit.",
     "head": [], "must_not": {"head": ["Petra Sandmann"]}},
    # ---------------------------------------------------------------- cards, tables, dl, headings
    {"id": "g9-card-01", "html": "<div class='person'><p class='name'>Mehmet Ali Öztürk</p><p class='funktion'>Leitung "
     "Kommunales Integrationszentrum</p><p>Telefon 02361 50-4410</p></div>", "head": ["Mehmet Ali Öztürk"]},
    {"id": "g9-card-02", "html": "<dl><dt>Leiterin des Integrationszentrums</dt><dd>Frau Zofia Wróblewska</dd>"
     "<dt>Stellvertretung</dt><dd>Herr Timo Jansen</dd></dl>", "head": ["Zofia Wróblewska"], "must_not": {"head": ["Timo Jansen"]}},
    {"id": "g9-card-03", "html": "<table><tr><th>Name</th><th>Aufgabe</th><th>Telefon</th></tr>"
     "<tr><td>Ibrahim Sesay</td><td>Leitung des KI</td><td>0209 169-3300</td></tr>"
     "<tr><td>Lena Vogt</td><td>Schulberatung</td><td>0209 169-3301</td></tr></table>",
     "head": ["Ibrahim Sesay"], "must_not": {"head": ["Lena Vogt"]}},
    {"id": "g9-card-04", "html": "<h2>Leitung</h2><p>Frau Aleksandra Đorđević</p><h2>Team</h2><p>Frau Sina Holt, Herr Emre Aksu</p>",
     "head": ["Aleksandra Đorđević"], "must_not": {"head": ["Sina Holt", "Emre Aksu"]}},
    {"id": "g9-card-05", "html": "<h3>Dr. Giannis Alexiou</h3><p>leitet das Kommunale Integrationszentrum</p>"
     "<p>E-Mail: g.alexiou@kreis-beispiel.example</p>", "head": ["Giannis Alexiou"]},
    {"id": "g9-card-06", "html": "<div class='card'><h4>Pressekontakt</h4><p>Frau Ulrike Brandt</p><p>Pressesprecherin der Stadt</p>"
     "<p>Telefon 0201 88-2000</p></div>", "head": [], "must_not": {"head": ["Ulrike Brandt"]}},
    {"id": "g9-card-07", "html": "<table><tr><td>Funktion</td><td>Name</td></tr><tr><td>Stellv. Leitung</td><td>Karolina Mazur</td></tr>"
     "<tr><td>Leitung</td><td>Adewale Johnson</td></tr></table>", "head": ["Adewale Johnson"], "must_not": {"head": ["Karolina Mazur"]}},
    {"id": "g9-card-08", "html": "<ul><li><strong>Leitung:</strong> Frau Dr. Ruth Abebe</li><li><strong>Verwaltung:</strong> "
     "Herr Jörg Mans</li></ul>", "head": ["Ruth Abebe"], "must_not": {"head": ["Jörg Mans"]}},
    {"id": "g9-card-09", "html": "<h3>Integrationsrat</h3><p>Vorsitzender: Herr Hasan Doğru</p><p>Geschäftsführung: Frau Inga Krause</p>",
     "head": [], "must_not": {"head": ["Hasan Doğru", "Inga Krause"]}},
    {"id": "g9-card-10", "html": "<div class='kontakt'><p>Ansprechperson</p><p>Frau Natalia Sokolova</p><p>Leiterin KI</p>"
     "<p>Zimmer 214</p></div>", "head": ["Natalia Sokolova"]},
    {"id": "g9-card-11", "html": "<h2>Unsere Leitung</h2><p>Seit 2019 ist Frau Dr. Salma Benali für das Kommunale "
     "Integrationszentrum verantwortlich.</p>", "head": ["Salma Benali"]},
    {"id": "g9-card-12", "html": "<h3>Fachbereich 3 – Jugend, Schule und Integration</h3><p>Fachbereichsleitung: Herr Rainer Offermann</p>"
     "<h3>Kommunales Integrationszentrum</h3><p>Leitung: Frau Yeliz Arslan</p>",
     "head": ["Yeliz Arslan"], "must_not": {"head": ["Rainer Offermann"]}},
    # ---------------------------------------------------------------- scraped lines, capitals
    {"id": "g9-scraped-01", "text": "Kontakt Leitung Frau Derya Aslan Telefon 0203 283-4411 E-Mail d.aslan@stadt.example Sekretariat "
     "Frau Jutta Kamp Telefon 0203 283-4400", "head": ["Derya Aslan"], "must_not": {"head": ["Jutta Kamp"]}},
    {"id": "g9-scraped-02", "text": "LEITUNG: DR. MIROSLAV NOVAK\nKommunales Integrationszentrum Kreis Beispiel", "head": ["Miroslav Novak"]},
    {"id": "g9-scraped-03", "text": "Ihre Ansprechpartner im KI Herr Kofi Boateng (Leitung) Frau Sarah Ilgen (Bildung) Herr "
     "Tarik Demir (Querschnitt)", "head": ["Kofi Boateng"], "must_not": {"head": ["Sarah Ilgen", "Tarik Demir"]}},
    {"id": "g9-scraped-04", "text": "Team Kommunales Integrationszentrum Leiterin Anastasia Wolkow Tel. 02151 86-2001 Stellvertreter "
     "Lukas Reimann Tel. 02151 86-2002", "head": ["Anastasia Wolkow"], "must_not": {"head": ["Lukas Reimann"]}},
    {"id": "g9-scraped-05", "text": "KOMMUNALES INTEGRATIONSZENTRUM\nLEITERIN: FRAU SEMRA YILDIRIM\nTELEFON 0231 50-1234",
     "head": ["Semra Yildirim"]},
    {"id": "g9-scraped-06", "text": "Bürgermeister Klaus Vennemann Grußwort Integrationszentrum Leitung Frau Funmilayo Adeyemi "
     "Vortrag Prof. Dr. Jens Lüders Moderation", "head": ["Funmilayo Adeyemi"], "must_not": {"head": ["Klaus Vennemann", "Jens Lüders"]}},
    {"id": "g9-scraped-07", "text": "Projektleitung KOMM-AN: Herr Bekim Krasniqi Projektleitung Rucksack: Frau Heike Sauer",
     "head": [], "must_not": {"head": ["Bekim Krasniqi", "Heike Sauer"]}},
    {"id": "g9-scraped-08", "text": "Ansprechpartnerin: Frau Lejla Hodžić, Leitung des Kommunalen Integrationszentrums, Raum 1.12, "
     "Tel. 02381 17-2240", "head": ["Lejla Hodžić"]},
    {"id": "g9-scraped-09", "text": "Stellvertretende Leiterin des KI ist Frau Dorota Kamińska. Leiter ist Herr Samuel Mensah.",
     "head": ["Samuel Mensah"], "must_not": {"head": ["Dorota Kamińska"]}},
    {"id": "g9-scraped-10", "text": "Kommunales Integrationszentrum · Leitung Frau Hülya Şahin · Schillerstraße 4 · 44623 Herne",
     "head": ["Hülya Şahin"]},
    {"id": "g9-scraped-11", "text": "Dezernent für Bildung und Integration: Dr. Volker Haas\nAmtsleitung Schulamt: Frau Gabi Rose",
     "head": [], "must_not": {"head": ["Volker Haas", "Gabi Rose"]}},
    {"id": "g9-scraped-12", "text": "Leitung Kommunales Integrationszentrum\nMariam Al-Sayed\nTelefon 02331 207-3390",
     "head": ["Mariam Al-Sayed"]},
    # ---------------------------------------------------------------- press prose, other orders
    {"id": "g9-press-01", "text": "„Sprache ist der Schlüssel“, betont Oksana Melnyk. Sie leitet seit drei Jahren das Kommunale "
     "Integrationszentrum.", "head": ["Oksana Melnyk"]},
    {"id": "g9-press-02", "text": "Für das KI sprach dessen Leiter Dimitrios Georgiou.", "head": ["Dimitrios Georgiou"]},
    {"id": "g9-press-03", "text": "Landrätin Sabine Wetzel besuchte das Integrationszentrum und ließ sich von dessen Leiterin, "
     "Frau Adaeze Nwosu, die Arbeit erklären.", "head": ["Adaeze Nwosu"], "must_not": {"head": ["Sabine Wetzel"]}},
    {"id": "g9-press-04", "text": "Die Nachfolge von Frau Gertrud Lenz an der Spitze des KI tritt Herr Osman Yilmaz an.",
     "head": ["Osman Yilmaz"], "must_not": {"head": ["Gertrud Lenz"]}},
    {"id": "g9-press-05", "text": "Erster Beigeordneter Thomas Kühn stellte im Ausschuss die neue Leiterin des KI vor: Frau "
     "Paulina Zielińska.", "head": ["Paulina Zielińska"], "must_not": {"head": ["Thomas Kühn"]}},
    {"id": "g9-press-06", "text": "Als Referentin sprach Prof. Dr. Nadia El Amrani von der Hochschule über Mehrsprachigkeit; das "
     "KI hatte eingeladen.", "head": [], "must_not": {"head": ["Nadia El Amrani"]}},
    {"id": "g9-press-07", "text": "Zum Abschied dankte Kreisdirektor Uwe Bremer der langjährigen Leiterin des KI, Frau Rita Hoppe, "
     "für ihren Einsatz.", "head": [], "must_not": {"head": ["Uwe Bremer", "Rita Hoppe"]}},
    {"id": "g9-press-08", "text": "Kemal Aydoğan heißt der neue Leiter des Kommunalen Integrationszentrums.", "head": ["Kemal Aydoğan"]},
    {"id": "g9-press-09", "text": "Seit Montag hat das Integrationszentrum einen neuen Chef: Theo Wasilewski, zuvor im Jugendamt tätig.",
     "head": ["Theo Wasilewski"]},
    {"id": "g9-press-10", "text": "Die Integrationsbeauftragte der Stadt, Frau Gül Özkan, arbeitet eng mit dem KI zusammen.",
     "head": [], "must_not": {"head": ["Gül Özkan"]}},
    {"id": "g9-press-11", "text": "Wer leitet das KI? Seit April ist das Frau Joanna Lewandowska.", "head": ["Joanna Lewandowska"]},
    {"id": "g9-press-12", "text": "Frau Esther Mbeki, Koordinatorin im Team des KI, und Herr Paul Richter, Leiter des Jugendamts, "
     "stellten das Projekt vor.", "head": [], "must_not": {"head": ["Esther Mbeki", "Paul Richter"]}},
    # ---------------------------------------------------------------- English and mixed
    {"id": "g9-english-01", "text": "The centre is headed by Dr. Amara Conteh, who joined the city in 2018.", "head": ["Amara Conteh"]},
    {"id": "g9-english-02", "text": "Head of the Integration Centre: Mr Tobias Krüger", "head": ["Tobias Krüger"]},
    {"id": "g9-english-03", "text": "Press contact: Ms Hanna Vries, city press office, phone 0521 51-2000",
     "head": [], "must_not": {"head": ["Hanna Vries"]}},
    {"id": "g9-english-04", "text": "Yaw Mensah-Bonsu has been running the integration centre since 2020.", "head": ["Yaw Mensah-Bonsu"]},
    {"id": "g9-english-05", "text": "Our deputy head, Ms Irina Popescu, is the contact for schools.",
     "head": [], "must_not": {"head": ["Irina Popescu"]}},
    {"id": "g9-english-06", "text": "Leitung / Head: Frau Leyla Mammadova", "head": ["Leyla Mammadova"]},
]
ASIDE9 = [c for i, c in enumerate(_ROUND9) if i % 3 == 2]
CASES9 = [c for i, c in enumerate(_ROUND9) if i % 3 != 2]

# ---------------------------------------------------------------------------- ninth round, second part: written
# after the first part's code had landed and before any code for these — mostly people who are not the head, in
# the sentence forms the new mechanisms read (participles, relative clauses, "durch", colons, successions, rows).
_ROUND9B: list[dict] = [
    {"id": "g9b-dis-01", "text": "Das von Dezernent Frank Oberhaus verantwortete Dezernat III umfasst auch das Kommunale Integrationszentrum.",
     "head": [], "must_not": {"head": ["Frank Oberhaus"]}},
    {"id": "g9b-dis-02", "text": "Das Integrationszentrum, das im vergangenen Jahr von Ministerin Petra Albrecht besucht wurde, feiert Jubiläum.",
     "head": [], "must_not": {"head": ["Petra Albrecht"]}},
    {"id": "g9b-dis-03", "text": "Nach der Übernahme des Vorsitzes im Integrationsrat durch Herrn Cem Avcı tagt der Rat monatlich im KI.",
     "head": [], "must_not": {"head": ["Cem Avcı"]}},
    {"id": "g9b-dis-04", "text": "Die Leiterin des KI stellte die Referentin des Abends vor: Frau Prof. Dr. Helga Sommerfeld.",
     "head": [], "must_not": {"head": ["Helga Sommerfeld"]}},
    {"id": "g9b-dis-05", "text": "Das KI hat einen neuen Träger für die Sprachkurse. Herr Jens Vogel von der VHS koordiniert das Angebot.",
     "head": [], "must_not": {"head": ["Jens Vogel"]}},
    {"id": "g9b-dis-06", "text": "Wer leitet die Sprachkurse? Frau Rima Haddad, Lehrerin an der Gesamtschule, übernimmt die Gruppe.",
     "head": [], "must_not": {"head": ["Rima Haddad"]}},
    {"id": "g9b-dis-07", "html": "<ul><li>Arne Kolbe Stellvertretende Leitung 0521 51-11</li><li>Eda Kaya Sachbearbeitung 0521 51-12</li></ul>",
     "head": [], "must_not": {"head": ["Arne Kolbe", "Eda Kaya"]}},
    {"id": "g9b-dis-08", "text": "Name | Funktion | Telefon Lutz Berger | Projektleitung | 0231 50-1 Anja Maas | Sekretariat | 0231 50-2",
     "head": [], "must_not": {"head": ["Lutz Berger", "Anja Maas"]}},
    {"id": "g9b-dis-09", "text": "Der bisherige Leiter des KI, Herr Wolfgang Reents, übernimmt die Leitung des Jugendamtes. Seine Nachfolge im "
     "Jugendamt tritt Frau Nadine Scholz an.", "head": [], "must_not": {"head": ["Wolfgang Reents", "Nadine Scholz"]}},
    {"id": "g9b-dis-10", "text": "Die Geschäftsstelle des Integrationsrates, geleitet von Frau Sevim Arslan, ist im KI angesiedelt.",
     "head": [], "must_not": {"head": ["Sevim Arslan"]}},
    {"id": "g9b-dis-11", "html": "<h3>Pressestelle</h3><p>Herr Dirk Neumann, Pressesprecher</p><p>Das Kommunale Integrationszentrum "
     "informiert über neue Kurse.</p>", "head": [], "must_not": {"head": ["Dirk Neumann"]}},
    {"id": "g9b-dis-12", "text": "In Bielefeld Stieghorst leitet Frau Ayla Sen das Familienzentrum; das KI unterstützt sie dabei.",
     "head": [], "must_not": {"head": ["Ayla Sen"]}},
    {"id": "g9b-dis-13", "text": "Die Moderation des Fachtags im Kommunalen Integrationszentrum übernimmt Herr Ben Okafor.",
     "head": [], "must_not": {"head": ["Ben Okafor"]}},
    {"id": "g9b-dis-14", "text": "Das Team um die Sachbearbeiterin Lina Berisha betreut im KI die Anträge auf Sprachförderung.",
     "head": [], "must_not": {"head": ["Lina Berisha"]}},
    {"id": "g9b-dis-15", "text": "Die kommissarische Leiterin des Ordnungsamtes, Frau Heike Brandt, sprach mit dem KI über Fragen der Zuwanderung.",
     "head": [], "must_not": {"head": ["Heike Brandt"]}},
    {"id": "g9b-pos-01", "text": "Das Kommunale Integrationszentrum, dem Frau Dr. Beatrix Holm seit April vorsteht, hat sechs Beschäftigte.",
     "head": ["Beatrix Holm"]},
    {"id": "g9b-pos-02", "html": "<table><tr><td>Leitung</td><td>Herr Bojan Marić</td><td>0231 50-100</td></tr>"
     "<tr><td>Stellvertretung</td><td>Frau Clara Wendt</td><td>0231 50-101</td></tr></table>",
     "head": ["Bojan Marić"], "must_not": {"head": ["Clara Wendt"]}},
    {"id": "g9b-pos-03", "text": "Zum 1. Mai hat Frau Idil Warsame die Leitung des Kommunalen Integrationszentrums von Herrn Peter Lang "
     "übernommen.", "head": ["Idil Warsame"], "must_not": {"head": ["Peter Lang"]}},
    {"id": "g9b-pos-04", "text": "Leitung des Kommunalen Integrationszentrums: Prof. Dr. Ahmet Yıldız-Brock (kommissarisch)",
     "head": ["Ahmet Yıldız-Brock"], "acting": True},
    {"id": "g9b-pos-05", "text": "Die Leiterin des für den ganzen Kreis zuständigen Integrationszentrums, Frau Linh Tran, eröffnete die Tagung.",
     "head": ["Linh Tran"]},
    {"id": "g9b-pos-06", "text": "NEUE LEITUNG IM KI. Frau Sabine Okonjo hat die Aufgabe zum Jahresbeginn übernommen.",
     "head": ["Sabine Okonjo"]},
]
ASIDE9 += [c for i, c in enumerate(_ROUND9B) if i % 3 == 2]
CASES9 += [c for i, c in enumerate(_ROUND9B) if i % 3 != 2]
