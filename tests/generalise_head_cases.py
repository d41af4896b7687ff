"""Eighth round of the private check set for heads and person names (issue 7), written before the
extractor was changed for it and in other words than the earlier rounds: press releases, council
minutes, annual reports, job ads, team pages and tables, contact cards, Leichte Sprache, pages in
English, Turkish, Polish and Ukrainian, names of every community of the region with titles and
particles, acting heads, vacancies — and, for half of the cases, people who are *not* the centre's
head: deputies, leads of sub-teams, former heads, heads of the parent unit, mayors quoted, authors,
photo credits, signatures of staff, the Integrationsrat's chair, heads of other centres and
institutions on the same page. Invented people and towns only; same schema as the corpus cases
(tests/corpus/README.md), scored by bench.corpus_score.

Every third case is ASIDE8: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_ROUND8: list[dict] = [
    # ---------------------------------------------------------------- press releases
    {"id": "g8-press-01", "text": "Der Rat der Stadt hat Frau Leyla Demirci in seiner Sitzung am 4. Juni zur Leiterin des "
     "Kommunalen Integrationszentrums bestellt. Oberbürgermeister Rainer Kötter gratulierte.",
     "head": ["Leyla Demirci"], "must_not": {"head": ["Rainer Kötter"]}},
    {"id": "g8-press-02", "text": "„Das KI leistet hervorragende Arbeit“, lobte Oberbürgermeisterin Karin Welter bei ihrem Besuch "
     "in der Integrationsagentur am Markt.", "head": [], "must_not": {"head": ["Karin Welter"]}},
    {"id": "g8-press-03", "text": "„Wir wollen die Eltern früher einbinden“, erklärt Marwa Saleh, die das Integrationszentrum seit "
     "2021 leitet.", "head": ["Marwa Saleh"]},
    {"id": "g8-press-04", "text": "Zum Austausch kamen auch die Leiterin des Kommunalen Integrationszentrums des Kreises Nordheim, "
     "Elke Brandl, und ihr Kollege aus Oststadt, Aynur Tekin, nach Musterstadt.",
     "head": [], "must_not": {"head": ["Elke Brandl", "Aynur Tekin"]}},
    {"id": "g8-press-05", "text": "Das Kommunale Integrationszentrum hat eine neue Chefin: Esra Yavuz hat am Montag ihren Dienst "
     "angetreten.", "head": ["Esra Yavuz"]},
    {"id": "g8-press-06", "text": "Der scheidende Leiter des KI, Manfred Brökelmann, wurde nach 18 Jahren mit einem Empfang im "
     "Rathaus verabschiedet. Die Stelle wird in Kürze neu ausgeschrieben.",
     "head": [], "must_not": {"head": ["Manfred Brökelmann"]}},
    {"id": "g8-press-07", "text": "Dr. Kaan Erdem (links), Leiter des KI, mit Schulrätin Inge Hollmann bei der Preisverleihung.",
     "head": ["Kaan Erdem"], "must_not": {"head": ["Inge Hollmann"]}},
    {"id": "g8-press-08", "text": "Text: Mareike Lohmann | Fotos: Timo Kersting\n\nIm Kommunalen Integrationszentrum haben 30 "
     "Jugendliche ihre Zertifikate erhalten.", "head": [], "must_not": {"head": ["Mareike Lohmann", "Timo Kersting"]}},
    {"id": "g8-press-09", "text": "Neu an der Spitze des Integrationszentrums: Bartholomäus Wiśniewski hat die Nachfolge von "
     "Ursula Drees angetreten.", "head": ["Bartholomäus Wiśniewski"], "must_not": {"head": ["Ursula Drees"]}},
    {"id": "g8-press-10", "text": "Die Leiterin der Ausländerbehörde, Christiane Hübner, informierte im KI über Fragen des "
     "Aufenthaltsrechts.", "head": [], "must_not": {"head": ["Christiane Hübner"]}},
    {"id": "g8-press-11", "text": "Beim Fachtag sprachen Dezernent Holger Wiemann, in dessen Dezernat das Integrationszentrum "
     "angesiedelt ist, und die Wissenschaftlerin Prof. Dr. Miriam Asante.",
     "head": [], "must_not": {"head": ["Holger Wiemann", "Miriam Asante"]}},
    {"id": "g8-press-12", "text": "Die Leitung des Kommunalen Integrationszentrums hat zum Monatsbeginn Mariusz Kaczmarek "
     "übernommen. Er folgt auf Gerlinde Haverkamp, die an die Bezirksregierung wechselt.",
     "head": ["Mariusz Kaczmarek"], "must_not": {"head": ["Gerlinde Haverkamp"]}},
    # ---------------------------------------------------------------- council minutes
    {"id": "g8-minutes-01", "text": "Von der Verwaltung anwesend: Frau Irena Kowalczyk-Heinen (Leiterin KI), Herr Uwe Bramkamp "
     "(Fachbereichsleiter 5)\n\nZu TOP 4 berichtet Frau Kowalczyk-Heinen über die Sprachförderung.",
     "head": ["Irena Kowalczyk-Heinen"], "must_not": {"head": ["Uwe Bramkamp"]}},
    {"id": "g8-minutes-02", "text": "Herr Meiners (Fachbereichsleiter) beantwortet die Frage von Ratsfrau Schäfer zu den Kosten des "
     "Kommunalen Integrationszentrums.", "head": [], "must_not": {"head": ["Meiners", "Schäfer"]}},
    {"id": "g8-minutes-03", "text": "Bürgermeisterin Annegret Lüke eröffnet die Sitzung des Integrationsrates und begrüßt die "
     "Vertreterinnen des KI.", "head": [], "must_not": {"head": ["Annegret Lüke"]}},
    {"id": "g8-minutes-04", "text": "TOP 3: Vorstellung der neuen Leitung des Kommunalen Integrationszentrums\n\nFrau Dr. Mihaela "
     "Ionescu stellt sich vor und erläutert die Schwerpunkte ihrer Arbeit.", "head": ["Mihaela Ionescu"]},
    {"id": "g8-minutes-05", "text": "Vorsitz des Integrationsrates: Vasilios Karras\n\nSchriftführung: Petra Oelmann (KI)",
     "head": [], "must_not": {"head": ["Vasilios Karras", "Petra Oelmann"]}},
    {"id": "g8-minutes-06", "text": "Herr Kai Brinkmann (Leiter Amt 51) stellt die Zahlen der Zuwanderung vor; das KI wird die "
     "Schulen informieren.", "head": [], "must_not": {"head": ["Kai Brinkmann"]}},
    # ---------------------------------------------------------------- annual reports
    {"id": "g8-report-01", "text": "Vorwort\n\nLiebe Leserinnen und Leser, das Jahr war für unser Team ein besonderes.\n\n"
     "Herzliche Grüße\n\nDr. Nadia Benslimane\nLeiterin des Kommunalen Integrationszentrums",
     "head": ["Nadia Benslimane"]},
    {"id": "g8-report-02", "text": "Im Berichtsjahr wechselte die Leitung des KI: Auf Frau Petra Lohse folgte im September "
     "Herr Ahmed Bakr.", "head": ["Ahmed Bakr"], "must_not": {"head": ["Petra Lohse"]}},
    {"id": "g8-report-03", "text": "Die Arbeitsgruppe unter Vorsitz von Dr. Frauke Ebel hat das Integrationskonzept des KI "
     "fortgeschrieben.", "head": [], "must_not": {"head": ["Frauke Ebel"]}},
    {"id": "g8-report-04", "text": "Gründungsleiterin des KI war 2013 Renate Völker; heute leitet Mustafa Kılıç das Zentrum.",
     "head": ["Mustafa Kılıç"], "must_not": {"head": ["Renate Völker"]}},
    {"id": "g8-report-05", "text": "Mit freundlichen Grüßen\n\ni. A. Kristina Belz\nKommunales Integrationszentrum",
     "head": [], "must_not": {"head": ["Kristina Belz"]}},
    {"id": "g8-report-06", "text": "Das Team des Integrationszentrums: Jovana Petrović (Leitung), Markus Reese (Teamleitung "
     "Bildung), Hatice Öz (Verwaltung).", "head": ["Jovana Petrović"], "must_not": {"head": ["Markus Reese", "Hatice Öz"]}},
    # ---------------------------------------------------------------- job ads
    {"id": "g8-job-01", "text": "Stellenausschreibung\n\nDie Stadt Musterstadt sucht zum nächstmöglichen Zeitpunkt eine Leitung "
     "(m/w/d) für das Kommunale Integrationszentrum. Fragen beantwortet Frau Gisela Manthey vom Personalamt, Tel. 02345 66-1010.",
     "head": [], "must_not": {"head": ["Gisela Manthey"]}},
    {"id": "g8-job-02", "text": "Wir suchen eine Sachbearbeitung (m/w/d) für das Kommunale Integrationszentrum. Fachliche "
     "Auskünfte erteilt die Leiterin des KI, Frau Semra Uçar, Telefon 02345 66-2210.", "head": ["Semra Uçar"]},
    {"id": "g8-job-03", "text": "Die Leitungsstelle des Integrationszentrums ist seit dem Weggang von Frau Hilde Brauckmann "
     "unbesetzt.", "head": [], "must_not": {"head": ["Hilde Brauckmann"]}},
    # ---------------------------------------------------------------- team pages, tables, lists
    {"id": "g8-team-01", "html": "<h2>Unser Team</h2><ul><li><strong>Tarik Mansour</strong> – Leitung</li>"
     "<li><strong>Wiebke Harms</strong> – stellv. Leitung</li><li><strong>Olena Hrytsenko</strong> – Bildung und Schule</li></ul>",
     "head": ["Tarik Mansour"], "must_not": {"head": ["Wiebke Harms", "Olena Hrytsenko"]}},
    {"id": "g8-team-02", "html": "<h2>Team Bildung</h2><p>Teamleitung: Sören Lüdke</p><p>Mitarbeiterin: Aylin Bulut</p>",
     "head": [], "must_not": {"head": ["Sören Lüdke", "Aylin Bulut"]}},
    {"id": "g8-team-03", "html": "<table><tr><th>Funktion</th><th>Name</th><th>Telefon</th></tr>"
     "<tr><td>Stellv. Leitung</td><td>Heiko Baumann</td><td>02345 66-3010</td></tr>"
     "<tr><td>Leitung</td><td>Sakine Polat</td><td>02345 66-3011</td></tr></table>",
     "head": ["Sakine Polat"], "must_not": {"head": ["Heiko Baumann"]}},
    {"id": "g8-team-04", "text": "Sachgebietsleitung Bildung und Erziehung: Rüdiger Knoop", "head": [],
     "must_not": {"head": ["Rüdiger Knoop"]}},
    {"id": "g8-team-05", "html": "<div class=\"person\"><p>Dipl.-Soz.Päd. Hans-Jürgen Wolff</p><p>Leitung des Kommunalen "
     "Integrationszentrums</p><p>Zimmer 3.12</p></div>", "head": ["Hans-Jürgen Wolff"]},
    {"id": "g8-team-06", "text": "Leiterin des Teams Schule im KI ist Selma Dursun.", "head": [], "must_not": {"head": ["Selma Dursun"]}},
    {"id": "g8-team-07", "text": "Leiterin: Frau Rukiye Aydoğan\n\nStellvertreterin: Frau Anna Lenz",
     "head": ["Rukiye Aydoğan"], "must_not": {"head": ["Anna Lenz"]}},
    {"id": "g8-team-08", "text": "Projektleitung „Griffbereit“: Dilara Kaya\n\nKoordination Integrationsmanagement: Lea Brenner",
     "head": [], "must_not": {"head": ["Dilara Kaya", "Lea Brenner"]}},
    {"id": "g8-team-09", "html": "<table><tr><td>Leitung KI</td><td>Abdelkader Ben Moussa</td></tr>"
     "<tr><td>Teamleitung Bildung</td><td>Frauke Janssen</td></tr><tr><td>Teamleitung Integrationsmanagement</td>"
     "<td>Piotr Lis</td></tr></table>", "head": ["Abdelkader Ben Moussa"], "must_not": {"head": ["Frauke Janssen", "Piotr Lis"]}},
    {"id": "g8-team-10", "text": "Das KI leitet Frau Johanna Albrecht. Vertreten wird sie von Herrn Paul Eckers.",
     "head": ["Johanna Albrecht"], "must_not": {"head": ["Paul Eckers"]}},
    {"id": "g8-team-11", "text": "Stellvertretende Leiterin des Kommunalen Integrationszentrums ist Nermin Hodžić.",
     "head": [], "must_not": {"head": ["Nermin Hodžić"]}},
    {"id": "g8-team-12", "text": "Ehrenamtliche Leitung des Sprachcafés: Horst Winkler\n\nModeration: Deniz Akın",
     "head": [], "must_not": {"head": ["Horst Winkler", "Deniz Akın"]}},
    # ---------------------------------------------------------------- contact cards and boxes
    {"id": "g8-card-01", "text": "Kontakt\n\nFrau Melek Yıldırım\nLeiterin\nTelefon 02345 66-1500", "head": ["Melek Yıldırım"]},
    {"id": "g8-card-02", "text": "Kontakt: Kommunales Integrationszentrum, Frau Tanja Roos, Zimmer 12, Telefon 02345 66-1600",
     "head": [], "must_not": {"head": ["Tanja Roos"]}},
    {"id": "g8-card-03", "text": "Kommunales Integrationszentrum – Leitung: Nilüfer Ateş-Krämer", "head": ["Nilüfer Ateş-Krämer"]},
    {"id": "g8-card-04", "html": "<div class=\"box\"><h3>Migrationsberatung der Diakonie</h3><p>Leitung: Frau Hanna Reinholz</p>"
     "<p>Kirchstraße 4</p></div>", "head": [], "must_not": {"head": ["Hanna Reinholz"]}},
    {"id": "g8-card-05", "text": "Ansprechpartnerin für alle Fragen ist die Leiterin, Frau Habiba Osman.", "head": ["Habiba Osman"]},
    {"id": "g8-card-06", "text": "Leiterin des Jugendmigrationsdienstes: Ioana Marin\n\nGeschäftsführer des Bildungswerks: "
     "Dr. Ralf Simons", "head": [], "must_not": {"head": ["Ioana Marin", "Ralf Simons"]}},
    {"id": "g8-card-07", "html": "<div class=\"vcard\"><p class=\"fn\">Herr Jan-Hendrik Albers</p><p class=\"role\">Leiter</p>"
     "<p>Rathausplatz 3</p></div>", "head": ["Jan-Hendrik Albers"]},
    {"id": "g8-card-08", "text": "Der Integrationsbeauftragte der Stadt, Wilfried Ahrens, arbeitet eng mit dem KI zusammen.",
     "head": [], "must_not": {"head": ["Wilfried Ahrens"]}},
    {"id": "g8-card-09", "text": "Leitung des Dezernats: Stadtdirektorin Simone Haas\n\nZum Dezernat gehören das Schulamt und "
     "das Kommunale Integrationszentrum.", "head": [], "must_not": {"head": ["Simone Haas"]}},
    # ---------------------------------------------------------------- Leichte Sprache
    {"id": "g8-easy-01", "text": "Wer ist der Chef vom Integrations-Zentrum?\n\nDer Chef heißt Kemal Yurt.", "head": ["Kemal Yurt"]},
    {"id": "g8-easy-02", "text": "Frau Marlies Teuber arbeitet im Integrations-Zentrum. Sie hilft bei Fragen zur Schule.",
     "head": [], "must_not": {"head": ["Marlies Teuber"]}},
    {"id": "g8-easy-03", "text": "Die Leiterin vom KI heißt Oksana Bilyk. Sie ist die Chefin.", "head": ["Oksana Bilyk"]},
    # ---------------------------------------------------------------- other languages
    {"id": "g8-lang-01", "text": "Our centre is led by Aisha Bello, who joined the city administration in 2019.",
     "head": ["Aisha Bello"]},
    {"id": "g8-lang-02", "text": "Deputy head: Tom Fletcher", "head": [], "must_not": {"head": ["Tom Fletcher"]}},
    {"id": "g8-lang-03", "text": "Entegrasyon Merkezi müdürü Serdar Güneş, veliler için bir bilgilendirme toplantısı düzenledi.",
     "head": ["Serdar Güneş"]},
    {"id": "g8-lang-04", "text": "Kierowniczką Centrum Integracji jest Agata Szulc.", "head": ["Agata Szulc"]},
    {"id": "g8-lang-05", "text": "Photo: Lisa Grant / City of Musterstadt\n\nThe integration centre welcomed 40 parents.",
     "head": [], "must_not": {"head": ["Lisa Grant"]}},
    {"id": "g8-lang-06", "text": "Керівниця центру інтеграції: Олена Ткаченко", "head": ["Олена Ткаченко"]},
    {"id": "g8-lang-07", "text": "The former head of the centre, Brian Moss, now works for the county.",
     "head": [], "must_not": {"head": ["Brian Moss"]}},
    # ---------------------------------------------------------------- names, titles, acting, vacancy
    {"id": "g8-name-01", "text": "Die Leiterin, Ana Luísa dos Santos, stellte das Programm für Seiteneinsteiger vor.",
     "head": ["Ana Luísa dos Santos"]},
    {"id": "g8-name-02", "text": "komm. Leiterin: Swetlana Morosowa-Kraft", "head": ["Swetlana Morosowa-Kraft"], "acting": True},
    {"id": "g8-name-03", "text": "Leitung: derzeit unbesetzt – bitte wenden Sie sich an das Sekretariat (Frau Doris Lamers).",
     "head": [], "must_not": {"head": ["Doris Lamers"]}},
    {"id": "g8-name-04", "text": "Die Leitung wird derzeit vertretungsweise von Herrn Emre Aktaş wahrgenommen.",
     "head": ["Emre Aktaş"], "acting": True},
    {"id": "g8-name-05", "text": "Prof. Dr. Jürgen Schmale-Özkan leitet das Kommunale Integrationszentrum kommissarisch.",
     "head": ["Jürgen Schmale-Özkan"], "acting": True},
    {"id": "g8-name-06", "text": "Die langjährige Leiterin Gertrud Hamm wurde im Mai in den Ruhestand verabschiedet.",
     "head": [], "must_not": {"head": ["Gertrud Hamm"]}},
    {"id": "g8-name-07", "text": "Während der Elternzeit der Leiterin übernimmt Herr Yannick Boateng die Leitung des KI kommissarisch.",
     "head": ["Yannick Boateng"], "acting": True},
    {"id": "g8-name-08", "text": "Das Familienbüro, geleitet von Helga Sommer, liegt gleich neben dem Integrationszentrum.",
     "head": [], "must_not": {"head": ["Helga Sommer"]}},
    {"id": "g8-name-09", "text": "Mariusz Kaczmarek ist seit dem 1. Januar für die Leitung des KI zuständig.",
     "head": ["Mariusz Kaczmarek"]},
    {"id": "g8-name-10", "text": "Fachbereichsleiterin Dr. Ulrike Sander ist auch für das Kommunale Integrationszentrum verantwortlich.",
     "head": [], "must_not": {"head": ["Ulrike Sander"]}},
    {"id": "g8-name-11", "text": "Wir freuen uns, dass Frau Dr. Mihaela Ionescu seit Anfang des Jahres unser Team leitet.",
     "head": ["Mihaela Ionescu"]},
    {"id": "g8-name-12", "text": "Die Leiterin des Schulamts, Frau Annette Kühn, und KI-Mitarbeiterin Reyhan Aslan besuchten die "
     "Grundschule.", "head": [], "must_not": {"head": ["Annette Kühn", "Reyhan Aslan"]}},
    {"id": "g8-name-13", "text": "Mit freundlichen Grüßen\n\nIm Auftrag\n\nHeinz-Georg Pelzer", "head": [],
     "must_not": {"head": ["Heinz-Georg Pelzer"]}},
    {"id": "g8-name-14", "text": "Leitung: Herr Jeroen van Dijk, Diplom-Pädagoge", "head": ["Jeroen van Dijk"]},
    {"id": "g8-name-15", "text": "Integrationsratsvorsitzende Gülten Acar und der Leiter des KI, Oğuzhan Tuna, unterzeichneten "
     "die Vereinbarung.", "head": ["Oğuzhan Tuna"], "must_not": {"head": ["Gülten Acar"]}},
]

#: The aside third (never tuned on): reported apart by bench.generalise_score.
ASIDE8: list[dict] = [c for i, c in enumerate(_ROUND8) if i % 3 == 2]
#: The two thirds tuned on.
CASES8: list[dict] = [c for i, c in enumerate(_ROUND8) if i % 3 != 2]

# ---------------------------------------------------------------------------- eighth round, second part: written
# after the first part's code had landed and before any code for these — other people's heads in the centre's
# page blocks (a partner's section, a directory of several centres, an event's speakers, course and room leads),
# the centre's head in blocks and signatures, assistants and deputies of the lead by other words.
_ROUND8B: list[dict] = [
    {"id": "g8b-block-01", "html": "<h2>Unsere Partner</h2><h3>Jugendmigrationsdienst</h3><p>Die Leitung hat Frau Birte Ahlers. "
     "Sie berät junge Menschen bis 27 Jahre.</p>", "head": [], "must_not": {"head": ["Birte Ahlers"]}},
    {"id": "g8b-block-02", "html": "<h2>Kommunale Integrationszentren in der Region</h2><ul><li>KI Kreis Nordheim – Leitung: "
     "Frank Odenthal</li><li>KI Stadt Oststadt – Leitung: Meryem Çınar</li></ul>",
     "head": [], "must_not": {"head": ["Frank Odenthal", "Meryem Çınar"]}},
    {"id": "g8b-block-03", "html": "<h3>Referentinnen und Referenten</h3><p>Dr. Sven Kühl, Leiter des Instituts für "
     "Migrationsforschung</p><p>Ayla Öztürk, Leiterin des Kommunalen Integrationszentrums</p>",
     "head": ["Ayla Öztürk"], "must_not": {"head": ["Sven Kühl"]}},
    {"id": "g8b-block-04", "text": "Kursleitung: Olga Miller\n\nOrt: Volkshochschule, Raum 12", "head": [],
     "must_not": {"head": ["Olga Miller"]}},
    {"id": "g8b-block-05", "text": "Assistenz der Leitung: Frau Sabine Krüger, Telefon 02345 66-5100",
     "head": [], "must_not": {"head": ["Sabine Krüger"]}},
    {"id": "g8b-block-06", "text": "Vertretung der Leitung: Herr Timo Wallraf", "head": [], "must_not": {"head": ["Timo Wallraf"]}},
    {"id": "g8b-block-07", "html": "<h2>Leitung</h2><div class=\"card\"><p><strong>Dr. Rana Youssef</strong></p><p>Telefon 02345 66-5200</p>"
     "</div><h2>Verwaltung</h2><div class=\"card\"><p><strong>Jens Pohlmann</strong></p><p>Telefon 02345 66-5201</p></div>",
     "head": ["Rana Youssef"], "must_not": {"head": ["Jens Pohlmann"]}},
    {"id": "g8b-block-08", "text": "Mit freundlichen Grüßen\n\nAnna Schwertfeger\nKommunales Integrationszentrum\nTelefon 02345 66-5300",
     "head": [], "must_not": {"head": ["Anna Schwertfeger"]}},
    {"id": "g8b-block-09", "text": "Die Fortbildung leitet die Sprachwissenschaftlerin Dr. Ines Hartung von der Universität.",
     "head": [], "must_not": {"head": ["Ines Hartung"]}},
    {"id": "g8b-block-10", "text": "Gemeinsam mit der Caritas, deren Fachdienst Integration Frau Maria Rossi leitet, bietet das KI "
     "Sprechstunden an.", "head": [], "must_not": {"head": ["Maria Rossi"]}},
    {"id": "g8b-block-11", "text": "Kommissarische Leitung: Herr Karsten Blume (bis zur Rückkehr von Frau Esin Demir aus der Elternzeit)",
     "head": ["Karsten Blume"], "acting": True, "must_not": {"head": ["Esin Demir"]}},
    {"id": "g8b-block-12", "text": "Büroleitung und Sekretariat: Andrea Voss", "head": [], "must_not": {"head": ["Andrea Voss"]}},
    {"id": "g8b-block-13", "html": "<table><tr><th>Name</th><th>Funktion</th></tr><tr><td>Goran Ilić</td><td>Leiter</td></tr>"
     "<tr><td>Petra Nolte</td><td>Leitungsassistenz</td></tr></table>", "head": ["Goran Ilić"], "must_not": {"head": ["Petra Nolte"]}},
    {"id": "g8b-block-14", "text": "Das KI ist beim Schulamt angesiedelt. Dessen Leiter, Gerd Brandhorst, ist zugleich Sprecher des "
     "Netzwerks.", "head": [], "must_not": {"head": ["Gerd Brandhorst"]}},
    {"id": "g8b-block-15", "text": "Frau Lamia Berrada leitet das Kommunale Integrationszentrum; die Schulberatung koordiniert "
     "Herr Felix Kranz.", "head": ["Lamia Berrada"], "must_not": {"head": ["Felix Kranz"]}},
    {"id": "g8b-block-16", "text": "Die Elterncafés werden von Frau Nadia Karimi geleitet.", "head": [], "must_not": {"head": ["Nadia Karimi"]}},
    {"id": "g8b-block-17", "html": "<h3>Ausländerbehörde</h3><p>Leiterin: Frau Svenja Brand</p><h3>Kommunales Integrationszentrum</h3>"
     "<p>Leiter: Herr Emre Yıldız</p>", "head": ["Emre Yıldız"], "must_not": {"head": ["Svenja Brand"]}},
    {"id": "g8b-block-18", "text": "Auf Einladung von KI-Leiter Piotr Nowak sprach die Landtagsabgeordnete Sabine Richter über "
     "Teilhabe.", "head": ["Piotr Nowak"], "must_not": {"head": ["Sabine Richter"]}},
    {"id": "g8b-block-19", "text": "Ansprechpartnerin für Kitas ist Frau Lea Sommer. Die Leiterin des KI, Frau Hanna Wirth, ist "
     "über das Sekretariat erreichbar.", "head": ["Hanna Wirth"], "must_not": {"head": ["Lea Sommer"]}},
    {"id": "g8b-block-20", "text": "Das Projekt „Brücken bauen“ leitet Frau Derya Aksoy im Auftrag des KI.",
     "head": [], "must_not": {"head": ["Derya Aksoy"]}},
    {"id": "g8b-block-21", "text": "Leiterin des Kommunalen Integrationszentrums des Rhein-Ost-Kreises ist Dr. Gül Ekinci; bei uns "
     "in Musterstadt leitet Tobias Reimann das Zentrum.", "head": ["Tobias Reimann"], "must_not": {"head": ["Gül Ekinci"]}},
]
ASIDE8 += [c for i, c in enumerate(_ROUND8B) if i % 3 == 2]
CASES8 += [c for i, c in enumerate(_ROUND8B) if i % 3 != 2]

# ---------------------------------------------------------------------------- eighth round, third part: written
# after the second part's code had landed, before any code for these — administrative documents (budget product
# sheets, distribution plans of the Dezernate, council papers), service-portal entries, contact widgets, and
# pages in English, Greek and Arabic transliteration.
_ROUND8C: list[dict] = [
    {"id": "g8c-doc-01", "text": "Produkt 05.07 Integration\n\nProduktverantwortung: Frau Gabriele Thelen (Amt für Soziales)\n\n"
     "Das Kommunale Integrationszentrum setzt die Leistungen des Produkts um.", "head": [], "must_not": {"head": ["Gabriele Thelen"]}},
    {"id": "g8c-doc-02", "text": "Dezernat III – Beigeordnete Dr. Martina Esch\n\nZuständigkeiten: Schulamt, Jugendamt, Kommunales "
     "Integrationszentrum", "head": [], "must_not": {"head": ["Martina Esch"]}},
    {"id": "g8c-doc-03", "text": "Vorlage 0345/2026\n\nBerichterstattung: Herr Jonas Pütz, Leiter des Kommunalen Integrationszentrums",
     "head": ["Jonas Pütz"]},
    {"id": "g8c-doc-04", "text": "Verantwortliche Organisationseinheit: Kommunales Integrationszentrum\n\nAnsprechpartnerin: Frau "
     "Hülya Demir, Sachbearbeitung", "head": [], "must_not": {"head": ["Hülya Demir"]}},
    {"id": "g8c-doc-05", "text": "Im Haushaltsjahr 2025 wurde die Leitung des KI mit Frau Agata Wrona neu besetzt.",
     "head": ["Agata Wrona"]},
    {"id": "g8c-doc-06", "text": "Federführung: Kommunales Integrationszentrum (Frau Ramona Kessler, Leitung)",
     "head": ["Ramona Kessler"]},
    {"id": "g8c-portal-01", "text": "Zuständige Stelle\n\nKommunales Integrationszentrum\nFrau Selin Kaya\nZimmer 204\nTelefon 02345 66-6100",
     "head": [], "must_not": {"head": ["Selin Kaya"]}},
    {"id": "g8c-portal-02", "text": "Ihre Ansprechpersonen\n\nLeitung des KI\nHerr Dr. Bogdan Pavel\nTelefon 02345 66-6200\n\n"
     "Sekretariat\nFrau Ulla Krämer\nTelefon 02345 66-6201", "head": ["Bogdan Pavel"], "must_not": {"head": ["Ulla Krämer"]}},
    {"id": "g8c-portal-03", "text": "Leistung: Beratung für Neuzugewanderte\n\nVerantwortlich für diesen Inhalt: Frau Tanja Oster, "
     "Pressestelle", "head": [], "must_not": {"head": ["Tanja Oster"]}},
    {"id": "g8c-widget-01", "text": "So erreichen Sie uns\n\nZentrale: 02345 66-0\nDirektwahl Leitung (Frau Nurcan Avcı): 02345 66-6300",
     "head": ["Nurcan Avcı"]},
    {"id": "g8c-widget-02", "text": "Ihr Kontakt zu uns: Herr Matthias Lenz, Teamassistenz der Leitung", "head": [],
     "must_not": {"head": ["Matthias Lenz"]}},
    {"id": "g8c-widget-03", "text": "Erreichbarkeit der Leitung: Frau Ewa Kaczmarek ist dienstags bis donnerstags im Büro.",
     "head": ["Ewa Kaczmarek"]},
    {"id": "g8c-en-01", "text": "The centre's manager, Ruth Adeyemi, welcomed the families.", "head": ["Ruth Adeyemi"]},
    {"id": "g8c-en-02", "text": "Contact person: Daniel Osei (education advisor)", "head": [], "must_not": {"head": ["Daniel Osei"]}},
    {"id": "g8c-en-03", "text": "Mayor Peter Kamps thanked the integration centre and its head, Leyla Arslan.",
     "head": ["Leyla Arslan"], "must_not": {"head": ["Peter Kamps"]}},
    {"id": "g8c-en-04", "text": "Until March 2025 the centre was headed by Carl Jensen.", "head": [], "must_not": {"head": ["Carl Jensen"]}},
    {"id": "g8c-el-01", "text": "Διευθύντρια του Κέντρου Ενσωμάτωσης: Eleni Papadaki", "head": ["Eleni Papadaki"]},
    {"id": "g8c-ar-01", "text": "Mudirat al-markaz (Leiterin): Frau Samira Haddad", "head": ["Samira Haddad"]},
    {"id": "g8c-news-01", "text": "Zum Jahreswechsel verabschiedete sich Frau Erika Stahl in den Ruhestand. Ihre Nachfolge als "
     "Leiterin des KI hat Frau Dilek Yurt angetreten.", "head": ["Dilek Yurt"], "must_not": {"head": ["Erika Stahl"]}},
    {"id": "g8c-news-02", "text": "Bei der Feier sprachen Landrätin Ute Kranz, KI-Leiter Mirko Jovanović und die Vorsitzende des "
     "Integrationsrates, Ayşe Toprak.", "head": ["Mirko Jovanović"], "must_not": {"head": ["Ute Kranz", "Ayşe Toprak"]}},
    {"id": "g8c-news-03", "text": "Das Grußwort hielt die stellvertretende KI-Leiterin Johanna Brix, da die Leiterin erkrankt war.",
     "head": [], "must_not": {"head": ["Johanna Brix"]}},
    {"id": "g8c-news-04", "text": "Ausgezeichnet wurde auch die Arbeit von Frau Nilgün Eren, die im KI das Team Seiteneinstieg leitet.",
     "head": [], "must_not": {"head": ["Nilgün Eren"]}},
    {"id": "g8c-news-05", "text": "Frau Katarzyna Maj, seit 2020 an der Spitze des Integrationszentrums, stellte die Bilanz vor.",
     "head": ["Katarzyna Maj"]},
    {"id": "g8c-news-06", "text": "Die Leitung der Sprachkurse im KI liegt bei Herrn Ömer Balcı.", "head": [],
     "must_not": {"head": ["Ömer Balcı"]}},
]
ASIDE8 += [c for i, c in enumerate(_ROUND8C) if i % 3 == 2]
CASES8 += [c for i, c in enumerate(_ROUND8C) if i % 3 != 2]

# ---------------------------------------------------------------------------- eighth round, fourth part: written
# after the third part's code had landed, before any code for these — events, courses and projects with a lead
# of their own on the centre's page, and the head in further everyday wordings.
_ROUND8D: list[dict] = [
    {"id": "g8d-event-01", "text": "Workshop „Interkulturelle Elternarbeit“\n\nTermin: 14. Mai, 9 bis 13 Uhr\nLeitung: Dr. Petra Kühn, "
     "Trainerin\nOrt: Bürgerhaus, Saal 2", "head": [], "must_not": {"head": ["Petra Kühn"]}},
    {"id": "g8d-event-02", "html": "<h3>Projekt „Stadtteilmütter“</h3><p>Leitung: Frau Gülay Akın</p><p>Das Projekt begleitet Familien.</p>",
     "head": [], "must_not": {"head": ["Gülay Akın"]}},
    {"id": "g8d-event-03", "html": "<h3>Sprachcafé</h3><p>Jeden Dienstag, 15 Uhr</p><p>Leitung: Herr Viktor Hahn (ehrenamtlich)</p>",
     "head": [], "must_not": {"head": ["Viktor Hahn"]}},
    {"id": "g8d-event-04", "text": "Fortbildung für Lehrkräfte: Sprachsensibler Unterricht\n\nReferentin und Leitung: Sanja Perić, "
     "Sprachdidaktikerin\nAnmeldung bis 1. März", "head": [], "must_not": {"head": ["Sanja Perić"]}},
    {"id": "g8d-event-05", "html": "<h3>Leitung des Kommunalen Integrationszentrums</h3><p>Frau Marlene Yilmaz-Berg</p>"
     "<h3>Elternkurs „Griffbereit“</h3><p>Leitung: Frau Dunja Ćorić</p>",
     "head": ["Marlene Yilmaz-Berg"], "must_not": {"head": ["Dunja Ćorić"]}},
    {"id": "g8d-event-06", "text": "Arbeitskreis Migration\n\nVorsitz und Leitung: Herr Rüdiger Maas (Caritas)\nNächstes Treffen: 3. Juni",
     "head": [], "must_not": {"head": ["Rüdiger Maas"]}},
    {"id": "g8d-word-01", "text": "Seit Januar hat das KI mit Aleksandra Zając eine neue Chefin.", "head": ["Aleksandra Zając"]},
    {"id": "g8d-word-02", "text": "Die Leiterin unseres Zentrums, Frau Yasemin Kurt, ist montags bis freitags erreichbar.",
     "head": ["Yasemin Kurt"]},
    {"id": "g8d-word-03", "text": "Our centre is run by Tomás Herrera and a team of nine.", "head": ["Tomás Herrera"]},
    {"id": "g8d-word-04", "text": "Frau Heike Brandes, bisher stellvertretende Leiterin, leitet seit dem 1. Oktober das Kommunale "
     "Integrationszentrum.", "head": ["Heike Brandes"]},
    {"id": "g8d-word-05", "text": "Verstärkt wird das Team durch Herrn Arash Karimi, der die Leitung in allen Fragen der Schulberatung "
     "unterstützt.", "head": [], "must_not": {"head": ["Arash Karimi"]}},
    {"id": "g8d-word-06", "text": "Die Leitung des KI hat zum 1. September Frau Meltem Sarı übernommen; ihre Stellvertreterin ist "
     "Frau Jana Roth.", "head": ["Meltem Sarı"], "must_not": {"head": ["Jana Roth"]}},
    {"id": "g8d-word-07", "text": "Als Leiter des Integrationszentrums ist Herr Kofi Mensah Ansprechpartner für die Schulträger.",
     "head": ["Kofi Mensah"]},
    {"id": "g8d-word-08", "text": "Bürgermeisterin Iris Feld und KI-Chefin Paula Nowak eröffneten die Woche der Vielfalt.",
     "head": ["Paula Nowak"], "must_not": {"head": ["Iris Feld"]}},
    {"id": "g8d-word-09", "text": "Unterstützt wird die KI-Leitung von der Verwaltungsfachkraft Olga Braun.", "head": [],
     "must_not": {"head": ["Olga Braun"]}},
]
ASIDE8 += [c for i, c in enumerate(_ROUND8D) if i % 3 == 2]
CASES8 += [c for i, c in enumerate(_ROUND8D) if i % 3 != 2]

# ---------------------------------------------------------------------------- eighth round, fifth part: written
# after the fourth part's code had landed, before any code for these — prose under a heading of another body or
# of a led thing on the centre's page.
_ROUND8E: list[dict] = [
    {"id": "g8e-section-01", "html": "<h3>Familienzentrum Sonnenschein</h3><p>Die Einrichtung wird von Frau Carla Mertens geleitet "
     "und arbeitet eng mit uns zusammen.</p>", "head": [], "must_not": {"head": ["Carla Mertens"]}},
    {"id": "g8e-section-02", "html": "<h3>Projekt „Brückenbauer“</h3><p>Das Projekt leitet seit 2024 Frau Sevda Kılıç. Es "
     "vermittelt ehrenamtliche Lotsen.</p>", "head": [], "must_not": {"head": ["Sevda Kılıç"]}},
    {"id": "g8e-section-03", "html": "<h2>Über uns</h2><p>Unser Team wird von Herrn Marek Wolny geleitet.</p>"
     "<h2>Partner</h2><p>Das Jugendzentrum leitet Frau Ute Bremer.</p>",
     "head": ["Marek Wolny"], "must_not": {"head": ["Ute Bremer"]}},
    {"id": "g8e-section-04", "html": "<h3>Schulpsychologischer Dienst</h3><p>Leiter ist Herr Dr. Frank Holler. Wir arbeiten "
     "gemeinsam an der Schulberatung.</p>", "head": [], "must_not": {"head": ["Frank Holler"]}},
    {"id": "g8e-section-05", "html": "<h3>Sprachcafé am Markt</h3><p>Geleitet wird das Café von Frau Irina Lange, die selbst "
     "vor 20 Jahren zugewandert ist.</p>", "head": [], "must_not": {"head": ["Irina Lange"]}},
    {"id": "g8e-section-06", "html": "<h3>Kommunales Integrationszentrum</h3><p>Die Einrichtung wird von Frau Canan Erol geleitet.</p>",
     "head": ["Canan Erol"]},
    {"id": "g8e-section-07", "html": "<h3>Netzwerk Frühe Hilfen</h3><p>Die Koordination und Leitung liegt bei Frau Bettina Rohe.</p>",
     "head": [], "must_not": {"head": ["Bettina Rohe"]}},
    {"id": "g8e-section-08", "html": "<h3>Unser Team</h3><p>Die Leitung hat Frau Olena Marchenko. Sie ist seit 2021 im Haus.</p>",
     "head": ["Olena Marchenko"]},
    {"id": "g8e-section-09", "html": "<h3>Migrationsberatung für Erwachsene (Caritas)</h3><p>Die Beratungsstelle leitet Herr Luca "
     "Bianchi.</p>", "head": [], "must_not": {"head": ["Luca Bianchi"]}},
]
ASIDE8 += [c for i, c in enumerate(_ROUND8E) if i % 3 == 2]
CASES8 += [c for i, c in enumerate(_ROUND8E) if i % 3 != 2]
