"""Sixteenth round of the private check set for heads (issue 7), written before any code for it. Rounds
9-15 found that new single sentences in the known forms mostly pass already, so this round changes the
setting rather than the form: paragraphs whose head is named in the second or third sentence, press
releases ("Wie die Stadt mitteilt, ..."), interviews and quotes, relative clauses ("..., das von X geleitet
wird,"), participle phrases ("die seit Juni amtierende Leiterin X"), the role in the genitive or dative
("der Leiterin X zufolge", "mit dem Leiter X"), gender forms (Leiter*in, Leiter:in, LeiterIn, "Leitung (w)"),
abbreviations (Ltg., Leitg., "komm. Ltg."), titles and degrees kept apart from the name (Dr. phil., Prof.
Dr., Dipl.-Soz.-Päd., M.A., B.A.), name particles and forms of NRW's languages (van der, ter, El, Ben, bin,
de la, Öz-, "Nachname, Vorname", a surname in capitals), HTML blocks (cards, <dl>, tables with a header row,
a "Leitung" heading over a paragraph, <figure>/<figcaption>, lists), English pages, Leichte Sprache, glued
flyer text and acting wordings ("bis auf Weiteres", "übergangsweise", "i.V.", "komm."). Negative cases in
the same settings watch precision. Invented people and towns only; same schema as the corpus.

Every third case is HEADS16_ASIDE: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_HALDERN = "Kommunales Integrationszentrum Kreis Haldernbruch"
_ENGLISH = "Municipal Integration Centre Haldernbruch"

_ROUND16: list[dict] = [
    # ---------------------------------------------------------------- paragraphs: the head in sentence 2 or 3
    {"id": "g16-para-01", "text": "Das Kommunale Integrationszentrum berät Schulen, Kitas und Familien im Kreis. Seit dem "
     "Frühjahr hat Frau Ilka Dornseif-Ahmadi die Leitung inne. Ihr Team besteht aus zwölf Fachkräften.",
     "head": ["Ilka Dornseif-Ahmadi"], "title": _HALDERN},
    {"id": "g16-para-02", "text": "Wir sind für alle Fragen rund um Zuwanderung da. Unser Team arbeitet eng mit den Schulen "
     "zusammen. Geführt wird das Integrationszentrum von Herrn Torben Asmussen.", "head": ["Torben Asmussen"]},
    {"id": "g16-para-03", "text": "Im Jahr 2014 wurde das Integrationszentrum gegründet. Die erste Leiterin war Frau Gisela "
     "Pohlmann. Heute steht Herr Farid Haddou an der Spitze der Einrichtung.", "head": ["Farid Haddou"],
     "must_not": {"head": ["Gisela Pohlmann"]}},
    {"id": "g16-para-04", "text": "Zum Integrationszentrum gehören die Bereiche Bildung, Sprache und Teilhabe. Verantwortlich "
     "für alle drei Bereiche ist Frau Renate Oyelaran-Fuchs als Leiterin.", "head": ["Renate Oyelaran-Fuchs"]},
    {"id": "g16-para-05", "text": "Die Stadt hat ihr Angebot für Neuzugewanderte gebündelt. Das Kommunale Integrationszentrum "
     "ist dafür die zentrale Anlaufstelle. Es wird von Frau Katarzyna Lewandowska-Hein geleitet, die zuvor in der "
     "Schulverwaltung tätig war.", "head": ["Katarzyna Lewandowska-Hein"]},
    {"id": "g16-para-06", "text": "Das Kommunale Integrationszentrum lädt zum Fachtag ein. Die Moderation übernimmt Herr "
     "Wolfram Thiesing. Durch den Nachmittag führt Frau Bahar Sultani vom Bildungsbüro.", "head": [],
     "must_not": {"head": ["Wolfram Thiesing", "Bahar Sultani"]}},
    # ---------------------------------------------------------------- press releases
    {"id": "g16-press-01", "text": "Wie die Stadt Lindenfurt mitteilt, übernimmt Frau Meike Oltmanns ab dem 1. August die "
     "Leitung des Kommunalen Integrationszentrums.", "head": ["Meike Oltmanns"]},
    {"id": "g16-press-02", "text": "Personalie: Neuer Leiter des Integrationszentrums ist Herr Ridvan Köksal. Das teilte der "
     "Kreis am Montag mit.", "head": ["Ridvan Köksal"], "title": _HALDERN},
    {"id": "g16-press-03", "text": "Pressemitteilung vom 12.03.2025 – Das Kommunale Integrationszentrum hat eine neue Leitung. "
     "Landrat Heinz-Peter Wübbeling stellte am Dienstag Frau Olena Kravets vor, die das Amt zum 1. April antritt.",
     "head": ["Olena Kravets"], "must_not": {"head": ["Heinz-Peter Wübbeling"]}, "title": _HALDERN},
    {"id": "g16-press-04", "text": "Nach Angaben der Kreisverwaltung bleibt Herr Ansgar Teupe bis zum Jahresende Leiter des "
     "Integrationszentrums; danach geht er in den Ruhestand.", "head": ["Ansgar Teupe"]},
    {"id": "g16-press-05", "text": "Der Bürgermeister gratulierte Frau Dr. Nilüfer Aksoy-Brandt zu ihrer neuen Aufgabe als "
     "Leiterin des KI.", "head": ["Nilüfer Aksoy-Brandt"]},
    {"id": "g16-press-06", "text": "Wie das Integrationszentrum mitteilt, leitet Herr Joost Hekking künftig die "
     "Volkshochschule am Markt.", "head": [], "must_not": {"head": ["Joost Hekking"]}},
    # ---------------------------------------------------------------- interviews and quotes
    {"id": "g16-quote-01", "text": "„Sprache ist der Schlüssel“, sagt Frau Hanna Wessendorf, die das KI seit 2021 leitet.",
     "head": ["Hanna Wessendorf"]},
    {"id": "g16-quote-02", "text": "„Wir wollen die Eltern früher erreichen“, betont Herr Serkan Yavuz, Leiter des "
     "Kommunalen Integrationszentrums.", "head": ["Serkan Yavuz"]},
    {"id": "g16-quote-03", "text": "Im Gespräch: Frau Adjoa Mensah leitet seit drei Jahren das Integrationszentrum. Frage: "
     "Was hat sich verändert? Mensah: Die Zahl der Anfragen hat sich verdoppelt.", "head": ["Adjoa Mensah"]},
    {"id": "g16-quote-04", "text": "„Das Integrationszentrum ist gut aufgestellt“, sagte Bürgermeisterin Petra Rölleke bei "
     "der Eröffnung. Leiterin Sanja Petrović ergänzte: „Wir bleiben nah an den Schulen.“", "head": ["Sanja Petrović"],
     "must_not": {"head": ["Petra Rölleke"]}},
    {"id": "g16-quote-05", "text": "Interview mit Frau Yasmin Boukhari, Leiterin des KI: Frau Boukhari, wie kamen Sie zur "
     "Integrationsarbeit?", "head": ["Yasmin Boukhari"]},
    {"id": "g16-quote-06", "text": "„Wir arbeiten eng mit dem KI zusammen“, sagt Herr Cem Özkaya, der das Jobcenter leitet.",
     "head": [], "must_not": {"head": ["Cem Özkaya"]}},
    # ---------------------------------------------------------------- relative clauses
    {"id": "g16-relative-01", "text": "Das Kommunale Integrationszentrum, das von Frau Grit Lammers-Osei geleitet wird, hat "
     "seinen Sitz im Rathaus II.", "head": ["Grit Lammers-Osei"]},
    {"id": "g16-relative-02", "text": "Beteiligt ist auch das Integrationszentrum, dessen Leiter Herr Pavel Novák die "
     "Arbeitsgruppe moderiert.", "head": ["Pavel Novák"]},
    {"id": "g16-relative-03", "text": "Frau Tülin Er, deren Team im KI die Elternarbeit gestaltet, leitet das Zentrum seit "
     "Herbst.", "head": ["Tülin Er"]},
    {"id": "g16-relative-04", "text": "Das KI, dem Herr Bernd Hüppe seit 2018 vorsteht, feiert sein zehnjähriges Bestehen.",
     "head": ["Bernd Hüppe"]},
    {"id": "g16-relative-05", "text": "Die Stelle, die Frau Aleksandra Wiśniewska bis Mai innehatte, übernimmt Herr Kofi "
     "Boateng als neuer Leiter des Integrationszentrums.", "head": ["Kofi Boateng"],
     "must_not": {"head": ["Aleksandra Wiśniewska"]}},
    {"id": "g16-relative-06", "text": "Das Integrationszentrum kooperiert mit dem Caritasverband, der von Herrn Ludger "
     "Brinkhaus geleitet wird.", "head": [], "must_not": {"head": ["Ludger Brinkhaus"]}},
    # ---------------------------------------------------------------- participle phrases
    {"id": "g16-participle-01", "text": "Die seit Juni amtierende Leiterin Frau Ewa Jankowska stellte das Jahresprogramm vor.",
     "head": ["Ewa Jankowska"]},
    {"id": "g16-participle-02", "text": "Die neu berufene Leiterin des Integrationszentrums, Frau Aïcha Traoré, begrüßte die "
     "Gäste.", "head": ["Aïcha Traoré"]},
    {"id": "g16-participle-03", "text": "Der mit der Leitung des KI betraute Herr Matthias Overbeck sprach über die neuen "
     "Sprachkurse.", "head": ["Matthias Overbeck"]},
    {"id": "g16-participle-04", "text": "Die zum 1. Januar bestellte Leiterin Dr. Leyla Hosseini übernimmt zugleich die "
     "Geschäftsführung des Integrationsrates.", "head": ["Leyla Hosseini"]},
    {"id": "g16-participle-05", "text": "Der scheidende Leiter Herr Hubert Wolters übergab die Schlüssel an seine "
     "Nachfolgerin Frau Dilara Koç.", "head": ["Dilara Koç"], "must_not": {"head": ["Hubert Wolters"]}},
    {"id": "g16-participle-06", "text": "Die ehemalige Leiterin des Integrationszentrums, Frau Ingrid Baumeister, wurde mit "
     "der Ehrennadel der Stadt ausgezeichnet.", "head": [], "must_not": {"head": ["Ingrid Baumeister"]}},
    # ---------------------------------------------------------------- the role in the genitive or dative
    {"id": "g16-case-01", "text": "Der Leiterin Frau Anke Rosendahl zufolge sind alle Kursplätze vergeben.",
     "head": ["Anke Rosendahl"]},
    {"id": "g16-case-02", "text": "Im Gespräch mit dem Leiter des Kommunalen Integrationszentrums, Herrn Omar Benali, ging "
     "es um die Elternarbeit.", "head": ["Omar Benali"]},
    {"id": "g16-case-03", "text": "Nach Auskunft des Leiters des Integrationszentrums, Herrn Thorsten Gievers, startet das "
     "Projekt im Mai.", "head": ["Thorsten Gievers"]},
    {"id": "g16-case-04", "text": "Auf Einladung der KI-Leiterin Frau Seda Kılıç trafen sich die Sprachmittlerinnen im "
     "Rathaus.", "head": ["Seda Kılıç"]},
    {"id": "g16-case-05", "text": "Dank gilt der Leiterin des Integrationszentrums, Frau Verena Aufderheide, für die "
     "Organisation.", "head": ["Verena Aufderheide"]},
    {"id": "g16-case-06", "text": "Mit dem Leiter des Ordnungsamtes, Herrn Frank Tegeler, stimmte das KI die Termine ab.",
     "head": [], "must_not": {"head": ["Frank Tegeler"]}},
    # ---------------------------------------------------------------- gender forms
    {"id": "g16-gender-01", "html": "<p>Leiter*in: Kim Sommerfeld</p><p>Telefon 02364 40-120</p>", "head": ["Kim Sommerfeld"]},
    {"id": "g16-gender-02", "text": "Leiter:in des Kommunalen Integrationszentrums ist Alex Okonkwo-Lang.",
     "head": ["Alex Okonkwo-Lang"]},
    {"id": "g16-gender-03", "html": "<p>LeiterIn des KI<br>Frau Semra Bozkurt<br>Tel. 02361 50-2301</p>",
     "head": ["Semra Bozkurt"]},
    {"id": "g16-gender-04", "html": "<table><tr><th>Funktion</th><th>Name</th></tr><tr><td>Leitung (w)</td><td>Frau Gül "
     "Ertürk</td></tr><tr><td>Verwaltung (m)</td><td>Herr Tim Rasche</td></tr></table>", "head": ["Gül Ertürk"],
     "must_not": {"head": ["Tim Rasche"]}},
    {"id": "g16-gender-05", "text": "Die Leiter_in des Integrationszentrums, Robin Tewes, ist montags bis donnerstags "
     "erreichbar.", "head": ["Robin Tewes"]},
    {"id": "g16-gender-06", "html": "<p>Sachbearbeiter*in Integration: Jule Brockhoff</p>", "head": [],
     "must_not": {"head": ["Jule Brockhoff"]}},
    # ---------------------------------------------------------------- abbreviations
    {"id": "g16-abbr-01", "html": "<p>Ltg.: Frau Birgit Hanselmann</p><p>Raum 014</p>", "head": ["Birgit Hanselmann"]},
    {"id": "g16-abbr-02", "html": "<p>KI-Ltg. Herr Mustafa Aydemir, Zi. 3.12</p>", "head": ["Mustafa Aydemir"]},
    {"id": "g16-abbr-03", "html": "<p>komm. Ltg.: Frau Jana Przybylski</p>", "head": ["Jana Przybylski"], "acting": True},
    {"id": "g16-abbr-04", "html": "<p>Leitg. Integrationszentrum: Herr Bülent Çakır</p>", "head": ["Bülent Çakır"]},
    {"id": "g16-abbr-05", "html": "<p>Stv. Ltg.: Frau Heike Möllenbeck</p><p>Ltg.: Herr Abdoulaye Sy</p>",
     "head": ["Abdoulaye Sy"], "must_not": {"head": ["Heike Möllenbeck"]}},
    {"id": "g16-abbr-06", "html": "<p>Ltg. Sprachkurse: Frau Marlies Uphoff</p>", "head": [],
     "must_not": {"head": ["Marlies Uphoff"]}},
    # ---------------------------------------------------------------- titles and degrees
    {"id": "g16-title-01", "html": "<p>Leiterin: Dr. phil. Miriam Goldbach-Arslan</p>", "head": ["Miriam Goldbach-Arslan"]},
    {"id": "g16-title-02", "text": "Das Integrationszentrum wird von Prof. Dr. Hakan Demirtaş geleitet.",
     "head": ["Hakan Demirtaş"]},
    {"id": "g16-title-03", "html": "<p>Leitung<br>Dipl.-Soz.-Päd. Ute Kersting-Mbeki</p>", "head": ["Ute Kersting-Mbeki"]},
    {"id": "g16-title-04", "html": "<p>Frau Sarah Lindqvist, M.A.<br>Leiterin des Kommunalen Integrationszentrums</p>",
     "head": ["Sarah Lindqvist"]},
    {"id": "g16-title-05", "text": "Herr Jonas Freitag B.A. leitet das Integrationszentrum kommissarisch.",
     "head": ["Jonas Freitag"], "acting": True},
    {"id": "g16-title-06", "html": "<p>Leitung: Dr. rer. nat. Ifeoma Chukwu</p>", "head": ["Ifeoma Chukwu"]},
    # ---------------------------------------------------------------- particles and name forms
    {"id": "g16-particle-01", "text": "Leiter des Integrationszentrums ist Herr Maarten van der Vliet.",
     "head": ["Maarten van der Vliet"]},
    {"id": "g16-particle-02", "html": "<p>Leitung: Frau Anouk ter Horst</p>", "head": ["Anouk ter Horst"]},
    {"id": "g16-particle-03", "text": "Herr Youssef El Amrani leitet das KI seit dem Sommer.", "head": ["Youssef El Amrani"]},
    {"id": "g16-particle-04", "html": "<p>Leitung: ÖZDEMIR, Ayşe</p>", "head": ["Ayşe Özdemir"]},
    {"id": "g16-particle-05", "text": "Frau Leila Ben Salah, Leiterin des Kommunalen Integrationszentrums, lädt zum "
     "Elternabend ein.", "head": ["Leila Ben Salah"]},
    {"id": "g16-particle-06", "html": "<dl><dt>Leitung</dt><dd>de Vries, Femke</dd><dt>Team</dt><dd>Kuhl, Tobias</dd></dl>",
     "head": ["Femke de Vries"], "must_not": {"head": ["Tobias Kuhl"]}},
    {"id": "g16-particle-07", "text": "Frau Nurcan Öz-Wagner leitet das Integrationszentrum.", "head": ["Nurcan Öz-Wagner"]},
    {"id": "g16-particle-08", "text": "Herr Tariq bin Hamad Al-Sayegh ist Leiter des KI.", "head": ["Tariq bin Hamad Al-Sayegh"]},
    {"id": "g16-particle-09", "text": "Das KI leitet Frau Marie-Theres de la Cruz Hövelmann.",
     "head": ["Marie-Theres de la Cruz Hövelmann"]},
    # ---------------------------------------------------------------- HTML blocks
    {"id": "g16-html-01", "html": "<div class=\"team-card\"><h4>Frau Rukiye Tan</h4><span class=\"role\">Leitung</span>"
     "<a href=\"mailto:r.tan@haldernbruch.example\">E-Mail schreiben</a></div>", "head": ["Rukiye Tan"]},
    {"id": "g16-html-02", "html": "<figure><img src=\"leitung.jpg\" alt=\"\"><figcaption>Herr Dariusz Kaczmarek leitet das "
     "Kommunale Integrationszentrum.</figcaption></figure>", "head": ["Dariusz Kaczmarek"]},
    {"id": "g16-html-03", "html": "<h2>Leitung</h2><p>Frau Beatrix Holtkamp</p><p>Telefon: 02541 18-5500</p>"
     "<h2>Schulische Integration</h2><p>Herr Murat Keskin</p>", "head": ["Beatrix Holtkamp"],
     "must_not": {"head": ["Murat Keskin"]}},
    {"id": "g16-html-04", "html": "<table><thead><tr><th>Aufgabe</th><th>Ansprechperson</th><th>Telefon</th></tr></thead>"
     "<tbody><tr><td>Leitung</td><td>Herr Emre Tekin</td><td>0209 169-4410</td></tr><tr><td>Seiteneinstieg</td><td>Frau "
     "Nadja Busch</td><td>0209 169-4411</td></tr></tbody></table>", "head": ["Emre Tekin"],
     "must_not": {"head": ["Nadja Busch"]}},
    {"id": "g16-html-05", "html": "<ul class=\"contacts\"><li><strong>Leitung</strong><br>Frau Dr. Amira Saleh</li>"
     "<li><strong>Sekretariat</strong><br>Frau Gabi Rott</li></ul>", "head": ["Amira Saleh"],
     "must_not": {"head": ["Gabi Rott"]}},
    {"id": "g16-html-06", "html": "<h2>Leitung der Sprachkurse</h2><p>Frau Olga Schmid</p>", "head": [],
     "must_not": {"head": ["Olga Schmid"]}},
    {"id": "g16-html-07", "html": "<dl class=\"person\"><dt>Name</dt><dd>Herr Quang Minh Pham</dd><dt>Funktion</dt><dd>Leiter "
     "des Kommunalen Integrationszentrums</dd></dl>", "head": ["Quang Minh Pham"]},
    {"id": "g16-html-08", "html": "<div class=\"contact\"><p class=\"name\">Frau Hélène Dubois-Rademacher</p><p "
     "class=\"position\">Leiterin KI</p></div>", "head": ["Hélène Dubois-Rademacher"]},
    {"id": "g16-html-09", "html": "<figure><img src=\"team.jpg\" alt=\"Das Team\"><figcaption>Das Team des KI (v. l.): Frau "
     "Zofia Mazur, Herr Henrik Aalders (Leitung) und Frau Meral Doğan</figcaption></figure>", "head": ["Henrik Aalders"],
     "must_not": {"head": ["Zofia Mazur", "Meral Doğan"]}},
    # ---------------------------------------------------------------- English pages
    {"id": "g16-english-01", "text": "Head of the Municipal Integration Centre: Ms Ngozi Adeyemi", "head": ["Ngozi Adeyemi"],
     "title": _ENGLISH},
    {"id": "g16-english-02", "text": "The Municipal Integration Centre is led by Mr Lars Pedersen-Kühn.",
     "head": ["Lars Pedersen-Kühn"], "title": _ENGLISH},
    {"id": "g16-english-03", "text": "Ms Fatma Uysal has headed the integration centre since 2019.", "head": ["Fatma Uysal"],
     "title": _ENGLISH},
    {"id": "g16-english-04", "text": "Mr Gregor Hanke, head of the local Job Centre, met the integration centre team.",
     "head": [], "must_not": {"head": ["Gregor Hanke"]}, "title": _ENGLISH},
    {"id": "g16-english-05", "text": "Contact: Dr Rania Khalil (Head of Centre), phone 0521 51-3300", "head": ["Rania Khalil"],
     "title": _ENGLISH},
    {"id": "g16-english-06", "text": "Acting head: Mr Vikram Nair", "head": ["Vikram Nair"], "acting": True,
     "title": _ENGLISH},
    # ---------------------------------------------------------------- Leichte Sprache
    {"id": "g16-leicht-01", "text": "Die Chefin vom KI heißt Frau Gönül Aras.", "head": ["Gönül Aras"]},
    {"id": "g16-leicht-02", "text": "Der Chef vom Integrations-Zentrum ist Herr Paul Dieckmann. Er hat viel Erfahrung.",
     "head": ["Paul Dieckmann"]},
    {"id": "g16-leicht-03", "text": "Im KI arbeiten viele Menschen. Frau Mia Reinholz ist die Leiterin. Das bedeutet: Sie ist "
     "die Chefin.", "head": ["Mia Reinholz"]},
    {"id": "g16-leicht-04", "text": "Frau Hatice Ulusoy leitet das KI. Leiten heißt: Sie bestimmt, was gemacht wird.",
     "head": ["Hatice Ulusoy"]},
    {"id": "g16-leicht-05", "text": "Frau Rosa Lindemann arbeitet im KI. Sie hilft bei Fragen zur Schule.", "head": [],
     "must_not": {"head": ["Rosa Lindemann"]}},
    {"id": "g16-leicht-06", "text": "Wer ist der Chef? Der Chef heißt Herr Tomasz Wójcik.", "head": ["Tomasz Wójcik"]},
    # ---------------------------------------------------------------- glued flyer text
    {"id": "g16-flyer-01", "text": "KOMMUNALES INTEGRATIONSZENTRUMLeitungFrau Derya SancakTel. 02301 965-110",
     "head": ["Derya Sancak"]},
    {"id": "g16-flyer-02", "text": "Ihr Team im KI Leitung: Herr Sven Kortmann Schulberatung: Frau Aylin Tunç Elternarbeit: "
     "Frau Irina Volkova", "head": ["Sven Kortmann"], "must_not": {"head": ["Aylin Tunç", "Irina Volkova"]}},
    {"id": "g16-flyer-03", "text": "Leiterin Frau Ana Lúcia Ferreira Sprechzeiten Mo–Do 9–12 Uhr", "head": ["Ana Lúcia Ferreira"]},
    {"id": "g16-flyer-04", "text": "Kontakt Kommunales Integrationszentrum | Leitung Herr Nils Abeln | Telefon 05971 799-240",
     "head": ["Nils Abeln"]},
    {"id": "g16-flyer-05", "text": "Integrationsrat Vorsitz: Herr Ali Rıza Güneş · KI Leitung: Frau Marion Telgmann",
     "head": ["Marion Telgmann"], "must_not": {"head": ["Ali Rıza Güneş"]}},
    {"id": "g16-flyer-06", "text": "KI-TEAMLEITUNG HERR KEVIN OSTHUES SCHULE UND BERUF FRAU PINAR ATEŞ",
     "head": ["Kevin Osthues"], "must_not": {"head": ["Pinar Ateş"]}},
    # ---------------------------------------------------------------- acting wordings
    {"id": "g16-acting-01", "text": "Bis auf Weiteres leitet Frau Lena Hartwig das Integrationszentrum.",
     "head": ["Lena Hartwig"], "acting": True},
    {"id": "g16-acting-02", "text": "Übergangsweise übernimmt Herr Selim Arıkan die Leitung des KI.", "head": ["Selim Arıkan"],
     "acting": True},
    {"id": "g16-acting-03", "html": "<p>Leitung i.V.: Frau Katrin Pieper</p>", "head": ["Katrin Pieper"], "acting": True},
    {"id": "g16-acting-04", "text": "Nach dem Weggang von Frau Elke Rabe führt Herr Jörn Lübbers das KI kommissarisch weiter.",
     "head": ["Jörn Lübbers"], "acting": True, "must_not": {"head": ["Elke Rabe"]}},
    {"id": "g16-acting-05", "html": "<p>Frau Aysel Mammadova<br>komm. Leiterin</p>", "head": ["Aysel Mammadova"],
     "acting": True},
    {"id": "g16-acting-06", "text": "Bis zur Neubesetzung der Stelle nimmt Frau Greta Voss die Aufgaben der Leitung wahr.",
     "head": ["Greta Voss"], "acting": True},
]

HEADS16_ASIDE = [c for i, c in enumerate(_ROUND16) if i % 3 == 2]
HEADS16 = [c for i, c in enumerate(_ROUND16) if i % 3 != 2]


# Second batch (HEADS16B), written before any code for it: the name first and its role after it (the
# held-out form that misses most), in settings of their own — a letter's signature, a caption's "Im
# Bild:", a vCard's fields, a card's <small> role, a pipe, a one-line team list, a bold name, an
# interview partner's label, an apposition with a time phrase, an acting apposition, a comma row in
# "Nachname, Vorname" form — and heads of other bodies in the same settings.
_ROUND16B: list[dict] = [
    {"id": "g16b-nameRole-01", "html": "<p>Mit freundlichen Grüßen</p><p>Gesine Lührmann<br>Leiterin des Kommunalen "
     "Integrationszentrums</p>", "head": ["Gesine Lührmann"]},
    {"id": "g16b-nameRole-02", "text": "Im Bild: Frau Xenia Mertens, Leiterin des KI, mit Schülerinnen der Gesamtschule.",
     "head": ["Xenia Mertens"]},
    {"id": "g16b-nameRole-03", "html": "<div class=\"vcard\"><span class=\"fn\">Lea Börger</span> <span class=\"title\">"
     "Leiterin</span> <span class=\"tel\">02591 77-310</span></div>", "head": ["Lea Börger"]},
    {"id": "g16b-nameRole-04", "html": "<ul><li>Ursula Gerdes<br><small>Leitung des Kommunalen Integrationszentrums</small>"
     "</li><li>Malte Hinz<br><small>Bildungsberatung</small></li></ul>", "head": ["Ursula Gerdes"],
     "must_not": {"head": ["Malte Hinz"]}},
    {"id": "g16b-nameRole-05", "html": "<p>Nadine Körber | Leitung | 0521 51-4410</p><p>Tobias Lenz | Seiteneinstieg | "
     "0521 51-4411</p>", "head": ["Nadine Körber"], "must_not": {"head": ["Tobias Lenz"]}},
    {"id": "g16b-nameRole-06", "text": "Unser Team: Ute Graf (Leitung), Mehmet Kaya (Schule), Lisa Nowak (Verwaltung).",
     "head": ["Ute Graf"], "must_not": {"head": ["Mehmet Kaya", "Lisa Nowak"]}},
    {"id": "g16b-nameRole-07", "html": "<p><strong>Jörg Vennemann</strong>, Leiter</p><p>Telefon 05251 88-1200</p>",
     "head": ["Jörg Vennemann"]},
    {"id": "g16b-nameRole-08", "text": "Gesprächspartnerin: Frau Dr. Talia Cohen, Leiterin des KI", "head": ["Talia Cohen"]},
    {"id": "g16b-nameRole-09", "text": "Birte Janssen, seit 2019 Leiterin des Integrationszentrums, sagt: „Wir wachsen weiter.“",
     "head": ["Birte Janssen"]},
    {"id": "g16b-nameRole-10", "text": "Herr Ilias Papadopoulos, kommissarischer Leiter des KI, stellte den Bericht vor.",
     "head": ["Ilias Papadopoulos"], "acting": True},
    {"id": "g16b-nameRole-11", "text": "Frau Ruth Okafor – Leiterin des Kommunalen Integrationszentrums – eröffnete die Woche "
     "der Vielfalt.", "head": ["Ruth Okafor"]},
    {"id": "g16b-nameRole-12", "text": "Frau Sonja Brügger, Leiterin der Stadtbibliothek, las aus dem Kinderbuch vor; das KI "
     "hatte eingeladen.", "head": [], "must_not": {"head": ["Sonja Brügger"]}},
    {"id": "g16b-nameRole-13", "html": "<table><tr><td>Körner, Judith</td><td>Leitung</td><td>0234 32-1900</td></tr>"
     "<tr><td>Aksoy, Deniz</td><td>Sprachbildung</td><td>0234 32-1901</td></tr></table>", "head": ["Judith Körner"],
     "must_not": {"head": ["Deniz Aksoy"]}},
    {"id": "g16b-nameRole-14", "text": "Ms Jana Horák, Head of the Integration Centre, welcomed the guests.",
     "head": ["Jana Horák"], "title": _ENGLISH},
    {"id": "g16b-nameRole-15", "text": "Herr Jakob Ende (Leiter Bildungsbüro) und Frau Pia Santos (Leiterin KI) luden ein.",
     "head": ["Pia Santos"], "must_not": {"head": ["Jakob Ende"]}},
    {"id": "g16b-nameRole-16", "html": "<div class=\"person\"><img src=\"p.jpg\" alt=\"\"><p>Dr. Mirjam Hausmann<br>"
     "Leitung KI<br>Tel. 0209 169-3300</p></div>", "head": ["Mirjam Hausmann"]},
    {"id": "g16b-nameRole-17", "text": "Ansprechpartnerin ist Frau Iris Wöhrmann, die Leiterin des KI.", "head": ["Iris Wöhrmann"]},
    {"id": "g16b-nameRole-18", "html": "<p>Frau Carla Wendt<br>Leiterin Jugendmigrationsdienst</p>", "head": [],
     "must_not": {"head": ["Carla Wendt"]}},
    {"id": "g16b-nameRole-19", "text": "Frau Esra Demirci, die neue Chefin des Integrationszentrums, stellte sich im Ausschuss "
     "vor.", "head": ["Esra Demirci"]},
    {"id": "g16b-nameRole-20", "html": "<h3>Tamara Reuter</h3><p>Leiterin des Kommunalen Integrationszentrums und "
     "Ansprechpartnerin für Schulen</p>", "head": ["Tamara Reuter"]},
    {"id": "g16b-nameRole-21", "text": "Moderiert wurde der Abend von Frau Gül Aydın, Leiterin des Integrationszentrums.",
     "head": ["Gül Aydın"]},
]

HEADS16B_ASIDE = [c for i, c in enumerate(_ROUND16B) if i % 3 == 2]
HEADS16B = [c for i, c in enumerate(_ROUND16B) if i % 3 != 2]
