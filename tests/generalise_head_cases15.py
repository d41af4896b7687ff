"""Fifteenth round of the private check set for heads (issue 7), written before any code for it, in the
forms that still miss most on pages nobody on the project wrote: verb forms in many word orders and tenses
(active, passive, perfect, "übernimmt/übernahm die Leitung", a gapped second verb, two roles of which only
one is the centre's, successions told from the new head's side or the old one's), name then role (apposition,
compound roles such as "Teamleitung", "Sachgebietsleiter", "Leiterin … und Integrationsbeauftragte", a card,
a table row, a portrait's alt text), later references (the role first and the person later, "sie"/"er", the
surname alone), acting heads (kommissarisch, vertretungsweise, interimistisch, "in Vertretung"), label and
colon (bracketed labels, glued lines of a flyer), role then name — and the distractors that cost precision:
heads of another institution (Integrationsrat, Ausländerbehörde, Jobcenter, a Verein, a school, the
Musikschule), the Bürgermeister or Landrat quoted, the Dezernent, the press officer, a former head in a dated
history sentence, an event's speaker. Names from the many languages spoken in NRW, academic titles apart.
Invented people and towns only; same schema as the corpus.

Every third case is ASIDE15: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_RAVENSLOH = "Kommunales Integrationszentrum Kreis Ravensloh"
_ELMENBRUCH = "Kommunales Integrationszentrum der Stadt Elmenbruch"

_ROUND15: list[dict] = [
    # ---------------------------------------------------------------- verb forms
    {"id": "g15-verb-01", "text": "Seit dem 1. März leitet Frau Derya Öztürk-Brandt das Kommunale Integrationszentrum.",
     "head": ["Derya Öztürk-Brandt"]},
    {"id": "g15-verb-02", "text": "Das Kommunale Integrationszentrum des Kreises Ravensloh wird seit 2023 von Herrn Bogdan "
     "Nowakowski geleitet.", "head": ["Bogdan Nowakowski"], "title": _RAVENSLOH},
    {"id": "g15-verb-03", "text": "Frau Thi Thu Hương Nguyen übernimmt zum 1. Oktober die Leitung des Integrationszentrums.",
     "head": ["Thi Thu Hương Nguyen"]},
    {"id": "g15-verb-04", "text": "Geleitet wurde das KI in den vergangenen Monaten von Herrn Mamadou Diallo, der die Aufgabe "
     "weiterhin wahrnimmt.", "head": ["Mamadou Diallo"]},
    {"id": "g15-verb-05", "text": "Frau Lamia al-Khatib hat im Januar die Leitung des Kommunalen Integrationszentrums übernommen.",
     "head": ["Lamia al-Khatib"]},
    {"id": "g15-verb-06", "text": "Herr Stavros Papadakis leitet die Musikschule und ist außerdem Vorsitzender des "
     "Fördervereins des Integrationszentrums.", "head": [], "must_not": {"head": ["Stavros Papadakis"]}},
    {"id": "g15-verb-07", "text": "Frau Aylin Demir leitet die Volkshochschule und ist seit Mai auch Leiterin des "
     "Kommunalen Integrationszentrums.", "head": ["Aylin Demir"]},
    {"id": "g15-verb-08", "text": "Herr Reinhard Vosskuhl leitet das Amt für Bildung, Frau Narges Sadeghi das Kommunale "
     "Integrationszentrum.", "head": ["Narges Sadeghi"], "must_not": {"head": ["Reinhard Vosskuhl"]}},
    {"id": "g15-verb-09", "text": "Die Nachfolge von Herrn Werner Kleinschmidt tritt Frau Rabia Yıldırım an.",
     "head": ["Rabia Yıldırım"], "must_not": {"head": ["Werner Kleinschmidt"]}},
    {"id": "g15-verb-10", "text": "Ab Februar wird Herr Kwame Asante-Berger das Integrationszentrum leiten.",
     "head": ["Kwame Asante-Berger"]},
    {"id": "g15-verb-11", "text": "Das Integrationszentrum leitet seit vielen Jahren Frau Dr. Svetlana Morozova.",
     "head": ["Svetlana Morozova"]},
    {"id": "g15-verb-12", "text": "Herr Jan van der Berg leitet den Fachdienst Jugend; die Leitung des Integrationszentrums "
     "liegt bei Frau Elif Kaplan.", "head": ["Elif Kaplan"], "must_not": {"head": ["Jan van der Berg"]}},
    {"id": "g15-verb-13", "text": "Frau Anna-Lena Schulte-Wierling ist Leiterin des Kommunalen Integrationszentrums und "
     "Integrationsbeauftragte der Stadt.", "head": ["Anna-Lena Schulte-Wierling"]},
    {"id": "g15-verb-14", "text": "Herr Yusuf Çelik leitet das Jobcenter, Frau Marta Kowalczyk das Integrationszentrum.",
     "head": ["Marta Kowalczyk"], "must_not": {"head": ["Yusuf Çelik"]}},
    {"id": "g15-verb-15", "text": "In die Fußstapfen von Frau Hildegard Mertens tritt Herr Ousmane Sow, der das "
     "Integrationszentrum ab Juli leitet.", "head": ["Ousmane Sow"], "must_not": {"head": ["Hildegard Mertens"]}},
    {"id": "g15-verb-16", "text": "Die Leitung übernahm nach dem Wechsel von Herrn Dieter Kampmann in das Sozialamt Frau "
     "Zehra Arslan.", "head": ["Zehra Arslan"], "must_not": {"head": ["Dieter Kampmann"]}},
    {"id": "g15-verb-17", "text": "Frau Chiara De Luca wird das KI künftig gemeinsam mit Herrn Hamid Rezaei leiten.",
     "head": ["Chiara De Luca", "Hamid Rezaei"]},
    {"id": "g15-verb-18", "text": "Herr Nikos Georgiou leitet den Integrationsrat-Arbeitskreis Bildung, an dem das KI "
     "teilnimmt.", "head": [], "must_not": {"head": ["Nikos Georgiou"]}},
    {"id": "g15-verb-19", "text": "Frau Sevgi Acar leitete bis 2019 das Standesamt und leitet seitdem das Integrationszentrum.",
     "head": ["Sevgi Acar"]},
    {"id": "g15-verb-20", "text": "Als Nachfolgerin von Herrn Gerd Wilmsen leitet Frau Fatou Ndiaye nun das Integrationszentrum.",
     "head": ["Fatou Ndiaye"], "must_not": {"head": ["Gerd Wilmsen"]}},
    {"id": "g15-verb-21", "text": "Frau Monika Strathaus leitet den Verein Brücke e. V., Herr Baran Aydın leitet das Kommunale "
     "Integrationszentrum.", "head": ["Baran Aydın"], "must_not": {"head": ["Monika Strathaus"]}},
    # ---------------------------------------------------------------- name, then role
    {"id": "g15-nameRole-01", "text": "Frau Małgorzata Zielińska, Leiterin des Kommunalen Integrationszentrums, eröffnete den "
     "Fachtag.", "head": ["Małgorzata Zielińska"]},
    {"id": "g15-nameRole-02", "text": "Herr Dr. Mehmet Ali Yılmaz, Teamleitung Kommunales Integrationszentrum, stellte die "
     "neuen Angebote vor.", "head": ["Mehmet Ali Yılmaz"]},
    {"id": "g15-nameRole-03", "html": "<table><tr><th>Name</th><th>Funktion</th><th>Telefon</th></tr><tr><td>Frau Amal "
     "Haddad</td><td>Sachgebietsleiterin Kommunales Integrationszentrum</td><td>05241 82-2210</td></tr><tr><td>Herr Lukas "
     "Brinkmann</td><td>Schulberatung</td><td>05241 82-2211</td></tr></table>",
     "head": ["Amal Haddad"], "must_not": {"head": ["Lukas Brinkmann"]}},
    {"id": "g15-nameRole-04", "html": "<div class=\"card\"><img src=\"p.jpg\" alt=\"Portrait Frau Ivana Horvat\"><p>Frau Ivana "
     "Horvat<br>Leiterin des KI<br>Telefon 02921 30-170</p></div>", "head": ["Ivana Horvat"]},
    {"id": "g15-nameRole-05", "text": "Herr Emeka Obi – Sachgebietsleiter Integration und Leiter des Kommunalen "
     "Integrationszentrums – begrüßte die Gäste.", "head": ["Emeka Obi"]},
    {"id": "g15-nameRole-06", "text": "Frau Dilan Baran, die das Integrationszentrum seit 2020 leitet, nahm den Preis entgegen.",
     "head": ["Dilan Baran"]},
    {"id": "g15-nameRole-07", "text": "Frau Ewa Dąbrowska-Lenz (Leitung Kommunales Integrationszentrum) und Herr Sami Haddad "
     "(Integrationsrat) moderierten.", "head": ["Ewa Dąbrowska-Lenz"], "must_not": {"head": ["Sami Haddad"]}},
    {"id": "g15-nameRole-08", "html": "<p><img src=\"team/leitung.jpg\" alt=\"Herr Pham Van Long\"></p><p>Herr Pham Van Long"
     "<br>Leitung</p><p>Frau Ursula Peitz<br>Verwaltung</p>", "head": ["Pham Van Long"],
     "must_not": {"head": ["Ursula Peitz"]}},
    {"id": "g15-nameRole-09", "text": "Herr Adebayo Okafor, Leiter der Gesamtschule Nord, und das Integrationszentrum "
     "unterzeichneten eine Kooperation.", "head": [], "must_not": {"head": ["Adebayo Okafor"]}},
    {"id": "g15-nameRole-10", "text": "Frau Prof. Dr. Leyla Karimi, seit Januar Leiterin des Integrationszentrums, "
     "sprach über Mehrsprachigkeit.", "head": ["Leyla Karimi"]},
    {"id": "g15-nameRole-11", "html": "<ul><li>Herr Rojhat Doğan, Leitung</li><li>Frau Birgit Lammers, Sekretariat</li>"
     "<li>Frau Nour El-Amin, Bildungsberatung</li></ul>", "head": ["Rojhat Doğan"],
     "must_not": {"head": ["Birgit Lammers", "Nour El-Amin"]}},
    {"id": "g15-nameRole-12", "text": "Frau Sophia Alexiou ist Abteilungsleiterin Integration und damit Leiterin des "
     "Kommunalen Integrationszentrums.", "head": ["Sophia Alexiou"]},
    {"id": "g15-nameRole-13", "text": "Herr Viktor Schmidt, Leiter der Ausländerbehörde, erläuterte das neue "
     "Einbürgerungsverfahren im Integrationszentrum.", "head": [], "must_not": {"head": ["Viktor Schmidt"]}},
    {"id": "g15-nameRole-14", "text": "Herr Aboubacar Traoré – seit dem Sommer Leiter des KI – zog Bilanz.",
     "head": ["Aboubacar Traoré"]},
    # ---------------------------------------------------------------- later references
    {"id": "g15-later-01", "text": "Das Integrationszentrum hat seit April eine neue Leiterin. Frau Gülşen Aktaş war "
     "zuvor im Schulamt tätig.", "head": ["Gülşen Aktaş"]},
    {"id": "g15-later-02", "text": "Frau Olena Kravchenko kam 2014 aus Charkiw. Heute leitet sie das Kommunale "
     "Integrationszentrum.", "head": ["Olena Kravchenko"]},
    {"id": "g15-later-03", "text": "Die Leitung des Integrationszentrums ist neu besetzt. Herr Adrian Popescu hat die Stelle "
     "zum 1. Juli angetreten.", "head": ["Adrian Popescu"]},
    {"id": "g15-later-04", "text": "Frau Renate Görtz sprach ein Grußwort. Sie leitet den Integrationsrat seit 2020.",
     "head": [], "must_not": {"head": ["Renate Görtz"]}},
    {"id": "g15-later-05", "text": "Herr Serdar Kılıç ist Sozialpädagoge. Seit 2022 ist er Leiter des Integrationszentrums.",
     "head": ["Serdar Kılıç"]},
    {"id": "g15-later-06", "text": "Wer leitet das Integrationszentrum? Seit Herbst ist es Frau Angelika da Silva.",
     "head": ["Angelika da Silva"]},
    {"id": "g15-later-07", "text": "Frau Joanna Wiśniewska begrüßte die Teilnehmenden. Wiśniewska leitet das KI seit 2021.",
     "head": ["Joanna Wiśniewska"]},
    {"id": "g15-later-08", "text": "Herr Ibrahim Kanté ist neu im Team. Er übernimmt die Leitung des Projekts Elternlotsen.",
     "head": [], "must_not": {"head": ["Ibrahim Kanté"]}},
    {"id": "g15-later-09", "text": "Das Kommunale Integrationszentrum hat einen neuen Chef: Herr Dariusz Lewandowski. Er "
     "kommt aus der Jugendhilfe.", "head": ["Dariusz Lewandowski"]},
    {"id": "g15-later-10", "text": "Frau Hevin Amed studierte Soziale Arbeit in Bochum. Die gebürtige Kurdin leitet nun "
     "das Integrationszentrum.", "head": ["Hevin Amed"]},
    {"id": "g15-later-11", "text": "Herr Bernd Tüshaus begrüßte die Gäste. Der Bürgermeister dankte dem Team des "
     "Integrationszentrums.", "head": [], "must_not": {"head": ["Bernd Tüshaus"]}},
    {"id": "g15-later-12", "text": "Die Stelle der Leitung wurde im Frühjahr neu besetzt. Gewählt wurde Frau Ngoc Anh Tran.",
     "head": ["Ngoc Anh Tran"]},
    # ---------------------------------------------------------------- acting heads
    {"id": "g15-acting-01", "text": "Frau Hatice Yavuz leitet das Integrationszentrum kommissarisch.",
     "head": ["Hatice Yavuz"], "acting": True},
    {"id": "g15-acting-02", "text": "Vertretungsweise wird das KI von Herrn Piotr Zając geleitet.",
     "head": ["Piotr Zając"], "acting": True},
    {"id": "g15-acting-03", "text": "Herr Karim Benali ist interimistischer Leiter des Kommunalen Integrationszentrums.",
     "head": ["Karim Benali"], "acting": True},
    {"id": "g15-acting-04", "html": "<p>Kommissarische Leitung:<br>Frau Daniela Mihailović</p>",
     "head": ["Daniela Mihailović"], "acting": True},
    {"id": "g15-acting-05", "text": "Bis zur Neubesetzung übernimmt Frau Aliya Nurlanova kommissarisch die Leitung des "
     "Integrationszentrums.", "head": ["Aliya Nurlanova"], "acting": True},
    {"id": "g15-acting-06", "text": "Frau Kerstin Holtkamp, kommissarische Leiterin des Jugendamtes, sprach im "
     "Integrationszentrum.", "head": [], "must_not": {"head": ["Kerstin Holtkamp"]}},
    {"id": "g15-acting-07", "text": "In Vertretung leitet Herr Giorgos Dimitriou das Integrationszentrum, bis die Leiterin "
     "zurückkehrt.", "head": ["Giorgos Dimitriou"], "acting": True},
    {"id": "g15-acting-08", "text": "Die interimistische Leitung des KI hat Frau Eszter Nagy inne.",
     "head": ["Eszter Nagy"], "acting": True},
    {"id": "g15-acting-09", "text": "Das Integrationszentrum wird derzeit vertretungsweise von Frau Mariam Tahir geleitet.",
     "head": ["Mariam Tahir"], "acting": True},
    {"id": "g15-acting-10", "html": "<p>Leitung (kommissarisch): Herr Efe Yalçın</p>", "head": ["Efe Yalçın"], "acting": True},
    {"id": "g15-acting-11", "text": "Herr Sebastian Kruse vertritt derzeit die Leitung des Kommunalen Integrationszentrums.",
     "head": ["Sebastian Kruse"], "acting": True},
    # ---------------------------------------------------------------- label and colon
    {"id": "g15-label-01", "html": "<p>Ansprechperson (Leitung): Frau Şeyma Koç</p>", "head": ["Şeyma Koç"]},
    {"id": "g15-label-02", "html": "<p>Leitung: Herr Dr. Amir Hosseini<br>Stellvertretende Leitung: Frau Ina Bollmann</p>",
     "head": ["Amir Hosseini"], "must_not": {"head": ["Ina Bollmann"]}},
    {"id": "g15-label-03", "html": "<p>Leitung des Kommunalen Integrationszentrums: Frau Blessing Adeyemi, Zimmer 2.14</p>",
     "head": ["Blessing Adeyemi"]},
    {"id": "g15-label-04", "html": "<p>Leitung Integrationsrat-Geschäftsstelle: Herr Markus Terhorst</p>",
     "head": [], "must_not": {"head": ["Markus Terhorst"]}},
    {"id": "g15-label-05", "html": "<p>Teamleitung: Frau Sabine Rückert-Oğuz Tel. 02361 53-4410</p>",
     "head": ["Sabine Rückert-Oğuz"]},
    {"id": "g15-label-06", "html": "<p>Kommunales Integrationszentrum Leitung: Frau Xuan Mai Do Telefon: 0209 169-3310 "
     "E-Mail: ki@elmenbruch.example</p>", "head": ["Xuan Mai Do"], "title": _ELMENBRUCH},
    {"id": "g15-label-07", "html": "<dl><dt>Leiterin:</dt><dd>Frau Nilüfer Şen</dd><dt>Pressekontakt:</dt><dd>Herr Tobias "
     "Eickhoff</dd></dl>", "head": ["Nilüfer Şen"], "must_not": {"head": ["Tobias Eickhoff"]}},
    {"id": "g15-label-08", "html": "<p>Ansprechpartner Leitung / Koordination: Herr Samir El Idrissi</p>",
     "head": ["Samir El Idrissi"]},
    {"id": "g15-label-09", "html": "<p>Vorsitz Integrationsrat: Frau Songül Erdem<br>Leitung KI: Herr Jakub Nowak</p>",
     "head": ["Jakub Nowak"], "must_not": {"head": ["Songül Erdem"]}},
    # ---------------------------------------------------------------- role, then name
    {"id": "g15-roleName-01", "text": "Die Leiterin des Integrationszentrums, Frau Aysel Mammadova, dankte dem Team.",
     "head": ["Aysel Mammadova"]},
    {"id": "g15-roleName-02", "text": "KI-Leiter Herr Obinna Nwosu betonte die Bedeutung der Elternarbeit.",
     "head": ["Obinna Nwosu"]},
    {"id": "g15-roleName-03", "html": "<h4>Leitung</h4><p>Frau Elena Vasilescu<br>Zimmer 104<br>Tel. 02371 217-104</p>",
     "head": ["Elena Vasilescu"]},
    {"id": "g15-roleName-04", "text": "Der Leiter der Musikschule, Herr Ludger Pöppelmann, stellte die Kooperation mit dem KI vor.",
     "head": [], "must_not": {"head": ["Ludger Pöppelmann"]}},
    {"id": "g15-roleName-05", "text": "Neue Leiterin des Kommunalen Integrationszentrums ist Frau Fernanda de Oliveira.",
     "head": ["Fernanda de Oliveira"]},
    {"id": "g15-roleName-06", "text": "An der Spitze des Integrationszentrums steht seit 2019 Herr Ahmad al-Rashid.",
     "head": ["Ahmad al-Rashid"]},
    {"id": "g15-roleName-07", "text": "Die Leitung hat Frau Nesrin Yıldız; sie ist unter 02303 10-520 erreichbar.",
     "head": ["Nesrin Yıldız"]},
    # ---------------------------------------------------------------- whole blocks
    {"id": "g15-block-01", "html": "<h2>Pressemitteilung</h2><p>Landrat Herr Hubertus Feldkamp überreichte dem "
     "Integrationszentrum den Förderbescheid. „Integration ist Chefsache“, sagte Feldkamp.</p><p>„Wir freuen uns auf die "
     "neuen Sprachkurse“, ergänzte Frau Nadia Bouzid, Leiterin des Kommunalen Integrationszentrums.</p>",
     "head": ["Nadia Bouzid"], "must_not": {"head": ["Hubertus Feldkamp"]}, "title": _RAVENSLOH},
    {"id": "g15-block-02", "html": "<h3>Aus der Sitzung des Integrationsausschusses</h3><p>TOP 4: Jahresbericht des "
     "Kommunalen Integrationszentrums. Berichterstatterin: Frau Canan Erol (Leiterin KI). Der Vorsitzende, Herr Ralf "
     "Hülsmann, dankte für den Bericht.</p>", "head": ["Canan Erol"], "must_not": {"head": ["Ralf Hülsmann"]}},
    {"id": "g15-block-03", "text": "Kommunales Integrationszentrum Leitung Frau Magdalena Kaczmarek Bahnhofstr. 12 "
     "58452 Elmenbruch Tel. 02302 581-200", "head": ["Magdalena Kaczmarek"], "title": _ELMENBRUCH},
    {"id": "g15-block-04", "html": "<h2>Geschichte</h2><p>Von 2013 bis 2020 leitete Herr Heinz-Jürgen Brömmel das "
     "Integrationszentrum. Seit 2021 leitet es Frau Dr. Ebru Şahin.</p>", "head": ["Ebru Şahin"],
     "must_not": {"head": ["Heinz-Jürgen Brömmel"]}},
    {"id": "g15-block-05", "html": "<h2>Fachtag Mehrsprachigkeit</h2><p>Referentin: Frau Prof. Dr. Sigrid Ahlers, "
     "Universität Duisburg-Essen</p><p>Moderation: Herr Alain Mbemba, Leiter des Kommunalen Integrationszentrums</p>",
     "head": ["Alain Mbemba"], "must_not": {"head": ["Sigrid Ahlers"]}},
    {"id": "g15-block-06", "html": "<h2>Kontakt</h2><p>Pressestelle: Herr Till Ostendorf, Telefon 02921 30-100</p>"
     "<p>Leitung Integrationszentrum: Frau Roza Ismailova, Telefon 02921 30-171</p>",
     "head": ["Roza Ismailova"], "must_not": {"head": ["Till Ostendorf"]}},
    {"id": "g15-block-07", "html": "<h2>Dezernat III</h2><p>Dezernent: Herr Hartmut Lenz</p><p>Zum Dezernat gehören das "
     "Sozialamt, das Jobcenter und das Kommunale Integrationszentrum.</p>", "head": [],
     "must_not": {"head": ["Hartmut Lenz"]}},
    {"id": "g15-block-08", "html": "<table><tr><td>Frau Zofia Majewska</td><td>Leitung Kommunales Integrationszentrum, "
     "Integrationsbeauftragte</td><td>Raum 3.07</td></tr><tr><td>Herr Kemal Uçar</td><td>Sprachmittlerpool</td>"
     "<td>Raum 3.08</td></tr></table>", "head": ["Zofia Majewska"], "must_not": {"head": ["Kemal Uçar"]}},
    {"id": "g15-block-09", "html": "<p>Der Verein Miteinander e. V. wird von Frau Gabriele Stuckenbrock geleitet. Das "
     "Integrationszentrum unterstützt den Verein seit 2018.</p>", "head": [],
     "must_not": {"head": ["Gabriele Stuckenbrock"]}},
    {"id": "g15-block-10", "html": "<p>„Das Integrationszentrum ist ein Gewinn für die Stadt“, sagte Bürgermeisterin Frau "
     "Claudia Hemsing. Herr Ali Rıza Gök, der das Zentrum seit 2017 leitet, nickte.</p>",
     "head": ["Ali Rıza Gök"], "must_not": {"head": ["Claudia Hemsing"]}},
    # ---------------------------------------------------------------- other institutions' heads
    {"id": "g15-other-01", "text": "Frau Elke Bramkamp leitet die Ausländerbehörde des Kreises; sie arbeitet eng mit dem "
     "Integrationszentrum zusammen.", "head": [], "must_not": {"head": ["Elke Bramkamp"]}},
    {"id": "g15-other-02", "text": "Herr Hüseyin Turan ist Vorsitzender des Integrationsrates und Gast im Integrationszentrum.",
     "head": [], "must_not": {"head": ["Hüseyin Turan"]}},
    {"id": "g15-other-03", "text": "Die Leiterin der Grundschule am Park, Frau Annette Wübbeling, lobte die Zusammenarbeit "
     "mit dem Kommunalen Integrationszentrum.", "head": [], "must_not": {"head": ["Annette Wübbeling"]}},
    {"id": "g15-other-04", "text": "Geschäftsführer des Jobcenters ist Herr Wolfgang Rensing; das Integrationszentrum "
     "ist Partner im Netzwerk.", "head": [], "must_not": {"head": ["Wolfgang Rensing"]}},
    {"id": "g15-other-05", "text": "Das Integrationszentrum lud ein; Hauptrednerin war Frau Dr. Mirjam Osei vom "
     "Landesamt, die das Referat Integration leitet.", "head": [], "must_not": {"head": ["Mirjam Osei"]}},
    {"id": "g15-other-06", "text": "Herr Torsten Beermann, Pressesprecher der Stadt, kündigte die Eröffnung des "
     "Integrationszentrums an.", "head": [], "must_not": {"head": ["Torsten Beermann"]}},
    {"id": "g15-other-07", "text": "Von 2012 bis 2018 war Frau Ingrid Schewe Leiterin des Integrationszentrums.",
     "head": [], "must_not": {"head": ["Ingrid Schewe"]}},
    {"id": "g15-other-08", "text": "Herr Martin Leenders, Leiter des Kommunalen Integrationszentrums im Nachbarkreis, war zu Gast.",
     "head": [], "must_not": {"head": ["Martin Leenders"]}, "title": _RAVENSLOH},
    {"id": "g15-other-09", "text": "Die Integrationsagentur der AWO wird von Frau Selma Hodžić geleitet.",
     "head": [], "must_not": {"head": ["Selma Hodžić"]}},
    {"id": "g15-other-10", "text": "Stellvertretende Leiterin des Integrationszentrums ist Frau Ayşe Güler.",
     "head": [], "must_not": {"head": ["Ayşe Güler"]}},
    {"id": "g15-other-11", "text": "Herr Frank Hollenberg leitet das Integrationszentrum nicht mehr; er ist seit Juni "
     "Dezernent.", "head": [], "must_not": {"head": ["Frank Hollenberg"]}},
    {"id": "g15-other-12", "text": "Frau Nuray Bozkurt übernimmt die Leitung des Sprachcafés im Integrationszentrum.",
     "head": [], "must_not": {"head": ["Nuray Bozkurt"]}},
]
ASIDE15 = [c for i, c in enumerate(_ROUND15) if i % 3 == 2]
CASES15 = [c for i, c in enumerate(_ROUND15) if i % 3 != 2]

# A second batch of the round, written after the first batch's fixes and before any code for it: more
# word orders of the same weak forms (the perfect passive, "innehaben", a future, successions told from
# the old head's side, a name on the line above its role, the role named first and the person two
# sentences on, acting labels and verbs, labels with brackets and slashes) and heads of other
# institutions told with a verb, a label or a quote.
_ROUND15B: list[dict] = [
    {"id": "g15b-verb-01", "text": "Seit dem Frühjahr ist das Kommunale Integrationszentrum von Frau Hülya Özkan geleitet worden.",
     "head": ["Hülya Özkan"]},
    {"id": "g15b-verb-02", "text": "Die Leitung des Integrationszentrums hat seit 2022 Herr Bartosz Kamiński inne.",
     "head": ["Bartosz Kamiński"]},
    {"id": "g15b-verb-03", "text": "Herr Nnamdi Okeke wird zum 1. Januar die Leitung des KI übernehmen.", "head": ["Nnamdi Okeke"]},
    {"id": "g15b-verb-04", "text": "Frau Teresa Gonçalves leitet den Fachbereich Jugend und Familie sowie das Kommunale "
     "Integrationszentrum.", "head": ["Teresa Gonçalves"]},
    {"id": "g15b-verb-05", "text": "Herr Kemal Arslan leitet die Ausländerbehörde, Herr Jonas Pieper das Standesamt.",
     "head": [], "must_not": {"head": ["Kemal Arslan", "Jonas Pieper"]}},
    {"id": "g15b-verb-06", "text": "Frau Dorota Wójcik übergibt die Leitung des KI zum Monatsende an Frau Samira Benhaddou.",
     "head": ["Samira Benhaddou"], "must_not": {"head": ["Dorota Wójcik"]}},
    {"id": "g15b-verb-07", "text": "Auf Herrn Manfred Overbeck folgt als Leiterin des Integrationszentrums Frau Yasmina Touré.",
     "head": ["Yasmina Touré"], "must_not": {"head": ["Manfred Overbeck"]}},
    {"id": "g15b-verb-08", "text": "Herr Ioannis Kostas koordiniert die Schulberatung und leitet seit 2021 auch das "
     "Integrationszentrum.", "head": ["Ioannis Kostas"]},
    {"id": "g15b-verb-09", "text": "Frau Esther Mbeki leitet das Frauenhaus und engagiert sich im Beirat des Integrationszentrums.",
     "head": [], "must_not": {"head": ["Esther Mbeki"]}},
    {"id": "g15b-verb-10", "text": "Frau Lina Farouk hat die Leitung des Kommunalen Integrationszentrums übernommen und "
     "ist zugleich Integrationsbeauftragte.", "head": ["Lina Farouk"]},
    {"id": "g15b-verb-11", "text": "Herr Andrzej Mazur leitete das Integrationszentrum von 2015 bis 2022, Frau Helin Demir leitet "
     "es seit 2023.", "head": ["Helin Demir"], "must_not": {"head": ["Andrzej Mazur"]}},
    {"id": "g15b-verb-12", "text": "Das Sozialamt wird von Frau Gisela Hammer geleitet, das Integrationszentrum von Herrn "
     "Thanh Long Nguyen.", "head": ["Thanh Long Nguyen"], "must_not": {"head": ["Gisela Hammer"]}},
    {"id": "g15b-nameRole-01", "html": "<p>Frau Dr. Aleksandra Nikolić<br>Leiterin Kommunales Integrationszentrum und "
     "Integrationsbeauftragte<br>Tel. 0231 50-27700</p>", "head": ["Aleksandra Nikolić"]},
    {"id": "g15b-nameRole-02", "text": "Frau Ruth Ebner, Geschäftsführerin des Jobcenters, und Herr Mustafa Yıldız, Teamleiter "
     "des Integrationszentrums, stellten das Projekt vor.", "head": ["Mustafa Yıldız"], "must_not": {"head": ["Ruth Ebner"]}},
    {"id": "g15b-nameRole-03", "html": "<table><tr><td>Herr Ahmed El-Sayed</td><td>Leiter des Integrationsrates</td></tr>"
     "<tr><td>Frau Kristina Albers</td><td>Leiterin des KI</td></tr></table>", "head": ["Kristina Albers"],
     "must_not": {"head": ["Ahmed El-Sayed"]}},
    {"id": "g15b-nameRole-04", "text": "Herr Daniel Ostrowski – Vorsitzender des Integrationsrates – und Frau Dilara Yücel – "
     "Leiterin des KI – eröffneten die Woche.", "head": ["Dilara Yücel"], "must_not": {"head": ["Daniel Ostrowski"]}},
    {"id": "g15b-later-01", "text": "Die Leitung des Integrationszentrums liegt in neuen Händen. Frau Rania Saleh kommt "
     "aus der Flüchtlingsberatung. Sie hat die Stelle im Mai angetreten.", "head": ["Rania Saleh"]},
    {"id": "g15b-later-02", "text": "Frau Birgül Kocaman wurde 1979 in Gelsenkirchen geboren. Nach dem Studium arbeitete sie "
     "beim Jugendamt. Seit 2020 leitet sie das Integrationszentrum.", "head": ["Birgül Kocaman"]},
    {"id": "g15b-later-03", "text": "Herr Kwadwo Mensah sprach über Sprachförderung. Er leitet den Verein Afrikanische "
     "Eltern e. V.", "head": [], "must_not": {"head": ["Kwadwo Mensah"]}},
    {"id": "g15b-acting-01", "html": "<p>Leitung (vertretungsweise): Herr Milan Horvat</p>", "head": ["Milan Horvat"], "acting": True},
    {"id": "g15b-acting-02", "text": "Bis auf Weiteres hat Frau Dragana Lukić die kommissarische Leitung des KI übernommen.",
     "head": ["Dragana Lukić"], "acting": True},
    {"id": "g15b-acting-03", "text": "Herr Reza Tavakoli leitet das Integrationszentrum interimistisch, bis die Stelle "
     "besetzt ist.", "head": ["Reza Tavakoli"], "acting": True},
    {"id": "g15b-acting-04", "text": "Frau Ingrid Lohmann ist kommissarische Leiterin der Ausländerbehörde und Gast im "
     "Integrationszentrum.", "head": [], "must_not": {"head": ["Ingrid Lohmann"]}},
    {"id": "g15b-label-01", "html": "<p>Leitung / Koordination KI: Frau Mirela Popa</p>", "head": ["Mirela Popa"]},
    {"id": "g15b-label-02", "html": "<p>Ansprechpartnerin (Leitung KI): Frau Gül Şahin, Zimmer 12</p>", "head": ["Gül Şahin"]},
    {"id": "g15b-label-03", "html": "<p>Leitung Jobcenter: Herr Frank Wessels<br>Leitung Integrationszentrum: Herr "
     "Osman Kaya</p>", "head": ["Osman Kaya"], "must_not": {"head": ["Frank Wessels"]}},
    {"id": "g15b-label-04", "html": "<p>Schulleitung: Frau Petra Hagedorn</p><p>Kooperationspartner: Kommunales "
     "Integrationszentrum</p>", "head": [], "must_not": {"head": ["Petra Hagedorn"]}},
    {"id": "g15b-other-01", "text": "„Die Zusammenarbeit mit dem Integrationszentrum ist eng“, sagt Frau Renate Vogt, die "
     "das Jobcenter leitet.", "head": [], "must_not": {"head": ["Renate Vogt"]}},
    {"id": "g15b-other-02", "text": "Herr Amin Haidari ist Vorsitzender des Vereins Brücken e. V., der eng mit dem KI "
     "kooperiert.", "head": [], "must_not": {"head": ["Amin Haidari"]}},
    {"id": "g15b-other-03", "text": "Die Ausländerbehörde leitet Frau Sabine Korte; im Integrationszentrum berät sie "
     "einmal im Monat.", "head": [], "must_not": {"head": ["Sabine Korte"]}},
]
ASIDE15B = [c for i, c in enumerate(_ROUND15B) if i % 3 == 2]
CASES15B = [c for i, c in enumerate(_ROUND15B) if i % 3 != 2]

# A third batch, written after the second batch's fixes and before any code for it: heads of other
# institutions named in the centre's own sentences (a verb, a role after the name, a label, a relative
# clause, a quote, a back-reference "sie"/"er" to another body's head), and back-references to the
# centre's head across sentences with a description or a surname.
_ROUND15C: list[dict] = [
    {"id": "g15c-other-01", "text": "Das Integrationszentrum arbeitet mit der Ausländerbehörde zusammen. Deren Leiter, Herr "
     "Klaus Terfloth, war beim Fachtag zu Gast.", "head": [], "must_not": {"head": ["Klaus Terfloth"]}},
    {"id": "g15c-other-02", "text": "Frau Funda Keskin leitet die Geschäftsstelle des Integrationsrates, die im Haus des "
     "Integrationszentrums sitzt.", "head": [], "must_not": {"head": ["Funda Keskin"]}},
    {"id": "g15c-other-03", "text": "Der Integrationsrat tagte im Integrationszentrum. Seine Vorsitzende, Frau Adriana Pavlović, "
     "dankte dem Team.", "head": [], "must_not": {"head": ["Adriana Pavlović"]}},
    {"id": "g15c-other-04", "html": "<p>Jobcenter Ravensloh<br>Geschäftsführung: Herr Uwe Kettelhack</p><p>Kommunales "
     "Integrationszentrum<br>Leitung: Frau Pınar Doğan</p>", "head": ["Pınar Doğan"], "must_not": {"head": ["Uwe Kettelhack"]}},
    {"id": "g15c-other-05", "text": "Die Gesamtschule am Hang, deren Leiterin Frau Martina Kühn ist, kooperiert mit dem "
     "Integrationszentrum.", "head": [], "must_not": {"head": ["Martina Kühn"]}},
    {"id": "g15c-other-06", "text": "Frau Leyla Şimşek begrüßte die Gäste im Integrationszentrum. Sie leitet den Verein "
     "Frauen für Frauen e. V.", "head": [], "must_not": {"head": ["Leyla Şimşek"]}},
    {"id": "g15c-other-07", "text": "Zu Gast im Integrationszentrum war Herr Kofi Annor, Leiter des Caritas-Fachdienstes für "
     "Integration und Migration.", "head": [], "must_not": {"head": ["Kofi Annor"]}},
    {"id": "g15c-other-08", "text": "Herr Michael Dörr, der die Volkshochschule leitet, und das Integrationszentrum planen "
     "gemeinsame Kurse.", "head": [], "must_not": {"head": ["Michael Dörr"]}},
    {"id": "g15c-other-09", "text": "Die Ausländerbehörde, geleitet von Frau Olga Schneider, und das Integrationszentrum "
     "beraten gemeinsam.", "head": [], "must_not": {"head": ["Olga Schneider"]}},
    {"id": "g15c-other-10", "text": "Frau Sarah Bäumer, Schulleiterin der Grundschule Süd, erhielt vom Integrationszentrum den "
     "Preis.", "head": [], "must_not": {"head": ["Sarah Bäumer"]}},
    {"id": "g15c-other-11", "text": "Die Integrationsagentur leitet Herr Mehdi Rostami; das KI ist ihr Partner.",
     "head": [], "must_not": {"head": ["Mehdi Rostami"]}},
    {"id": "g15c-other-12", "text": "Im Integrationszentrum sprach Frau Gabriele Linnemann. Die Leiterin des Jugendamtes "
     "stellte neue Hilfen vor.", "head": [], "must_not": {"head": ["Gabriele Linnemann"]}},
    {"id": "g15c-later-01", "text": "Frau Shirin Nazari hat Pädagogik studiert. Die neue Leiterin des Integrationszentrums "
     "spricht fünf Sprachen.", "head": ["Shirin Nazari"]},
    {"id": "g15c-later-02", "text": "Herr Oleksandr Melnyk stellte das Programm vor. Melnyk ist seit Januar Leiter des KI.",
     "head": ["Oleksandr Melnyk"]},
    {"id": "g15c-later-03", "text": "Seit April hat das Integrationszentrum eine neue Leitung: Frau Nkechi Ogbu. Sie war zuvor "
     "im Schulamt.", "head": ["Nkechi Ogbu"]},
    {"id": "g15c-later-04", "text": "Das Integrationszentrum wird seit Mai neu geführt. An der Spitze steht Herr Rustam "
     "Karimov.", "head": ["Rustam Karimov"]},
    {"id": "g15c-later-05", "text": "Frau Ayla Korkmaz ist die neue Chefin im Kommunalen Integrationszentrum. Korkmaz "
     "kommt aus Dortmund.", "head": ["Ayla Korkmaz"]},
    {"id": "g15c-later-06", "text": "Der Leiter des Integrationszentrums war verhindert. Herr Stefan Wolters vom Sozialamt "
     "sprach für ihn.", "head": [], "must_not": {"head": ["Stefan Wolters"]}},
    {"id": "g15c-verb-01", "text": "Das Kommunale Integrationszentrum wird seit diesem Jahr gemeinsam von Frau Inés Morales "
     "und Herrn Tarik Bešić geleitet.", "head": ["Inés Morales", "Tarik Bešić"]},
    {"id": "g15c-verb-02", "text": "Nach dem Ruhestand von Frau Edith Kramer leitet nun Herr Cem Özer das Integrationszentrum.",
     "head": ["Cem Özer"], "must_not": {"head": ["Edith Kramer"]}},
    {"id": "g15c-verb-03", "text": "Herr Florian Haase leitet das Integrationszentrum gemeinsam mit der Volkshochschule "
     "ein Sprachprojekt.", "head": [], "must_not": {"head": ["Florian Haase"]}},
]
ASIDE15C = [c for i, c in enumerate(_ROUND15C) if i % 3 == 2]
CASES15C = [c for i, c in enumerate(_ROUND15C) if i % 3 != 2]
