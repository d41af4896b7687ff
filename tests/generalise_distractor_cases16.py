"""Sixteenth round (issue 7, ids "d16-…"): distractors for the head and the parent unit, written before any code
for it. Each text names the centre AND another body or unit with a head or a parent unit of its own — the
Integrationsrat (chair, office, Geschäftsstelle), the Ausländerbehörde, the Jobcenter, the Sozialamt, the
Schulamt, the Bildungsbüro, the Volkshochschule, the Musikschule, a Verein or Wohlfahrtsverband as Träger or
partner, the Migrationsberatung, a Fachdienst next to the centre, the Dezernent over both, a neighbour Kreis's
centre, a project lead, an event's speaker, a Schulleitung, a team member's own unit, a nested chain whose
wrong level could be taken, quoted names of another body's unit — in sentences, paragraphs, cards, tables,
lists and sidebars. Positive cases in the same settings (the centre's own head or parent named beside the
distractor) watch recall. Invented people, towns and units only; same schema as the corpus.

Every third case is ASIDE16: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_P = "<p>Wir beraten Schulen, Kitas und Familien zu Sprache, Bildung und Teilhabe.</p>"
_HALLERBRUCH = "Kommunales Integrationszentrum Kreis Hallerbruch"

_ROUND16: list[dict] = [
    # ---------------------------------------------------------------- another institution's head in the centre's text
    {"id": "d16-inst-01", "text": "Beim Netzwerktreffen im Integrationszentrum sprach Frau Gesine Tammert, Leiterin der "
     "Ausländerbehörde, über die neuen Regeln zur Einbürgerung.", "head": [], "must_not": {"head": ["Gesine Tammert"]}},
    {"id": "d16-inst-02", "text": "Die Volkshochschule Wendenhorst wird von Herrn Kasimir Olbertz geleitet. Sie bietet gemeinsam "
     "mit dem Kommunalen Integrationszentrum Sprachcafés an.", "head": [], "must_not": {"head": ["Kasimir Olbertz"]}},
    {"id": "d16-inst-03", "text": "Frau Yasemin Korkmaz leitet das Kommunale Integrationszentrum. Herr Theo Bramkamp leitet "
     "das Jobcenter des Kreises.", "head": ["Yasemin Korkmaz"], "must_not": {"head": ["Theo Bramkamp"]}},
    {"id": "d16-inst-04", "html": "<h2>Unsere Partner</h2><div class=\"card\"><h3>Caritasverband Wendenhorst</h3><p>Leitung: "
     "Herr Bruno Feldhaus</p><p>Migrationsberatung für Erwachsene</p></div><div class=\"card\"><h3>AWO Kreisverband</h3>"
     "<p>Geschäftsführung: Frau Irmgard Scholten</p></div>" + _P, "head": [],
     "must_not": {"head": ["Bruno Feldhaus", "Irmgard Scholten"]}},
    {"id": "d16-inst-05", "text": "Das Integrationszentrum arbeitet eng mit der Musikschule zusammen, deren Leiter Herr "
     "Wendelin Carstens das Projekt Klangbrücken ins Leben gerufen hat.", "head": [],
     "must_not": {"head": ["Wendelin Carstens"]}},
    {"id": "d16-inst-06", "text": "Leiterin des Schulamts ist Frau Dr. Hiltrud Beckmann; das Kommunale Integrationszentrum "
     "leitet Herr Arman Petrosyan.", "head": ["Arman Petrosyan"], "must_not": {"head": ["Hiltrud Beckmann"]}},
    {"id": "d16-inst-07", "html": "<table><tr><th>Einrichtung</th><th>Leitung</th></tr><tr><td>Kommunales Integrationszentrum"
     "</td><td>Frau Dragana Marković</td></tr><tr><td>Bildungsbüro</td><td>Herr Ansgar Loddenkemper</td></tr><tr><td>"
     "Volkshochschule</td><td>Frau Regine Hülsmann</td></tr></table>", "head": ["Dragana Marković"],
     "must_not": {"head": ["Ansgar Loddenkemper", "Regine Hülsmann"]}},
    {"id": "d16-inst-08", "text": "Träger des Projekts Brückenbauer ist die Diakonie Hallerbruch, vertreten durch ihren "
     "Vorstand Herrn Matthias Overkamp. Das Integrationszentrum begleitet das Projekt fachlich.", "head": [],
     "must_not": {"head": ["Matthias Overkamp"]}, "title": _HALLERBRUCH},
    {"id": "d16-inst-09", "text": "Herr Ludger Weskamp, Leiter des Sozialamts, und Frau Ayşe Turan, Leiterin des Kommunalen "
     "Integrationszentrums, stellten den Bericht vor.", "head": ["Ayşe Turan"], "must_not": {"head": ["Ludger Weskamp"]}},
    {"id": "d16-inst-10", "text": "Für Fragen zum Aufenthalt wenden Sie sich bitte an die Ausländerbehörde (Leitung: Herr "
     "Egon Pützfeld).", "head": [], "must_not": {"head": ["Egon Pützfeld"]}},
    {"id": "d16-inst-11", "html": "<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Leitung: Frau Nilüfer Şahin</p>"
     "<h2>Jugendmigrationsdienst</h2><p>Leitung: Herr Clemens Brüggemann</p>", "head": ["Nilüfer Şahin"],
     "must_not": {"head": ["Clemens Brüggemann"]}},
    {"id": "d16-inst-12", "text": "Die Leiterin der Gesamtschule Am Mühlenbach, Frau Sabine Hollenberg, dankte dem "
     "Integrationszentrum für die Seiteneinsteigerberatung.", "head": [], "must_not": {"head": ["Sabine Hollenberg"]}},
    {"id": "d16-inst-13", "text": "Das Kommunale Integrationszentrum des Nachbarkreises Oberstetten wird von Frau Carla "
     "Winterhoff geleitet; mit ihr tauschen wir uns regelmäßig aus.", "head": [], "must_not": {"head": ["Carla Winterhoff"]},
     "title": _HALLERBRUCH},
    {"id": "d16-inst-14", "text": "Herr Piotr Sadowski leitet die Migrationsberatung des Caritasverbandes, die ihre Sprechstunde "
     "in den Räumen des Integrationszentrums anbietet.", "head": [], "must_not": {"head": ["Piotr Sadowski"]}},
    {"id": "d16-inst-15", "text": "Unter der Leitung von Frau Brigitte Vornholt hat das Bildungsbüro gemeinsam mit dem KI "
     "einen Leitfaden für Seiteneinsteiger erarbeitet.", "head": [], "must_not": {"head": ["Brigitte Vornholt"]}},
    # ---------------------------------------------------------------- the Integrationsrat
    {"id": "d16-irat-01", "text": "Vorsitzender des Integrationsrates ist Herr Hakan Yurt. Die Geschäftsstelle des "
     "Integrationsrates ist im Kommunalen Integrationszentrum angesiedelt.", "head": [], "must_not": {"head": ["Hakan Yurt"]}},
    {"id": "d16-irat-02", "html": "<h2>Integrationsrat</h2><p>Vorsitz: Frau Amina Bakari</p><p>Geschäftsführung: Herr Florian "
     "Dierkes</p><h2>Kommunales Integrationszentrum</h2><p>Leitung: Frau Katarzyna Nowak</p>",
     "head": ["Katarzyna Nowak"], "must_not": {"head": ["Amina Bakari", "Florian Dierkes"]}},
    {"id": "d16-irat-03", "text": "Die Geschäftsstelle des Integrationsrates gehört zum Amt für Ratsangelegenheiten. Das "
     "Kommunale Integrationszentrum ist dem Fachbereich Bildung zugeordnet.", "parent_units": ["Fachbereich Bildung"],
     "must_not": {"parent_units": ["Amt für Ratsangelegenheiten"]}},
    {"id": "d16-irat-04", "text": "Frau Rukiye Aydoğan leitet die Geschäftsstelle des Integrationsrates, die beim "
     "Integrationszentrum angesiedelt ist.", "head": [], "must_not": {"head": ["Rukiye Aydoğan"]}},
    {"id": "d16-irat-05", "text": "Die Sitzung eröffnete der Vorsitzende des Integrationsrats, Herr Giorgos Antoniou. Anschließend "
     "berichtete Frau Helga Rüschenbaum, Leiterin des KI, über das vergangene Jahr.", "head": ["Helga Rüschenbaum"],
     "must_not": {"head": ["Giorgos Antoniou"]}},
    {"id": "d16-irat-06", "html": "<div class=\"sidebar\"><h4>Integrationsrat</h4><p>Geschäftsstelle<br>Amt 10 – Zentrale "
     "Dienste<br>Rathausplatz 2<br>Telefon 05432 61-100</p></div>" + _P, "parent_units": [],
     "must_not": {"parent_units": ["Amt 10 Zentrale Dienste"]}},
    {"id": "d16-irat-07", "text": "Der Integrationsrat hat Frau Ljiljana Petrović zur neuen Vorsitzenden gewählt. Sie folgt auf "
     "Herrn Murat Öztürk, der das Gremium acht Jahre lang geleitet hat.", "head": [],
     "must_not": {"head": ["Ljiljana Petrović", "Murat Öztürk"]}},
    {"id": "d16-irat-08", "text": "Das Kommunale Integrationszentrum ist Teil des Fachbereichs 5 – Soziales und Integration. "
     "Die Geschäftsführung des Integrationsrates liegt beim Büro des Bürgermeisters.",
     "parent_units": ["Fachbereich 5 [Soziales und Integration]"], "must_not": {"parent_units": ["Büro des Bürgermeisters"]}},
    {"id": "d16-irat-09", "text": "Herr Tarkan Bozkurt leitet seit 2022 das Kommunale Integrationszentrum und ist zugleich "
     "Geschäftsführer des Integrationsrates.", "head": ["Tarkan Bozkurt"]},
    # ---------------------------------------------------------------- another unit beside the centre, its head or its parent
    {"id": "d16-unit-01", "text": "Der Fachdienst Integration wird von Herrn Reinhold Tebbe geleitet. Zum Fachdienst gehören "
     "die Flüchtlingssozialarbeit und das Kommunale Integrationszentrum, das Frau Shirin Moradi leitet.",
     "head": ["Shirin Moradi"], "must_not": {"head": ["Reinhold Tebbe"]}},
    {"id": "d16-unit-02", "text": "Die Ausländerbehörde gehört zum Amt für Bürgerdienste. Das Kommunale Integrationszentrum "
     "ist im Amt für Schule und Bildung angesiedelt.", "parent_units": ["Amt für Schule und Bildung"],
     "must_not": {"parent_units": ["Amt für Bürgerdienste"]}},
    {"id": "d16-unit-03", "text": "Frau Edeltraud Pohlmann leitet das Sachgebiet Flüchtlingsunterbringung im Sozialamt, "
     "mit dem das Integrationszentrum bei der Erstberatung zusammenarbeitet.", "head": [],
     "must_not": {"head": ["Edeltraud Pohlmann"]}},
    {"id": "d16-unit-04", "html": "<h2>Fachbereich 3 – Jugend und Familie</h2><p>Leitung: Herr Dietmar Langenhorst</p>"
     "<h3>Abteilung Kinder- und Jugendförderung</h3><p>Leitung: Frau Anke Brösel</p><h2>Kommunales Integrationszentrum</h2>"
     "<p>Leitung: Herr Kofi Mensah</p>" + _P, "head": ["Kofi Mensah"],
     "must_not": {"head": ["Dietmar Langenhorst", "Anke Brösel"]}},
    {"id": "d16-unit-05", "text": "Das Jobcenter ist eine gemeinsame Einrichtung des Kreises und der Agentur für Arbeit. Das "
     "Integrationszentrum ist dem Dezernat II zugeordnet.", "parent_units": ["Dezernat II"],
     "must_not": {"parent_units": ["Agentur für Arbeit"]}, "title": _HALLERBRUCH},
    {"id": "d16-unit-06", "text": "Herr Volker Hestermann ist Abteilungsleiter Schulverwaltung. Die Abteilung teilt sich mit "
     "dem Kommunalen Integrationszentrum einen Flur im Kreishaus.", "head": [],
     "must_not": {"head": ["Volker Hestermann"]}},
    {"id": "d16-unit-07", "html": "<ul class=\"team\"><li>Frau Mirela Dumitru – Leitung</li><li>Herr Jonas Ebbinghaus – "
     "Schulberatung (abgeordnet vom Schulamt)</li><li>Frau Selma Hadžić – Verwaltung (Amt 10)</li></ul>",
     "head": ["Mirela Dumitru"], "must_not": {"head": ["Jonas Ebbinghaus", "Selma Hadžić"],
                                             "parent_units": ["Schulamt", "Amt 10"]}},
    {"id": "d16-unit-08", "text": "Das Kommunale Integrationszentrum gehört zum Amt 40 – Schule und Integration. Die "
     "Migrationsberatung dagegen ist beim Sozialamt (Amt 50) angesiedelt.", "parent_units": ["Amt 40 [Schule und Integration]"],
     "must_not": {"parent_units": ["Sozialamt", "Amt 50"]}},
    {"id": "d16-unit-09", "text": "Frau Mareike Tönsing, Sachgebietsleiterin Wohngeld, berichtete im Ausschuss; danach stellte "
     "das Integrationszentrum seine Jahresplanung vor.", "head": [], "must_not": {"head": ["Mareike Tönsing"]}},
    {"id": "d16-unit-10", "text": "Im Fachbereich Soziales gibt es das Kommunale Integrationszentrum und die Ausländerbehörde. "
     "Die Ausländerbehörde leitet Herr Friedhelm Kortmann.", "parent_units": ["Fachbereich Soziales"], "head": [],
     "must_not": {"head": ["Friedhelm Kortmann"]}},
    {"id": "d16-unit-11", "html": "<table><tr><th>Organisationseinheit</th><th>Übergeordnet</th></tr><tr><td>Ausländerbehörde"
     "</td><td>Amt 32 – Ordnung</td></tr><tr><td>Kommunales Integrationszentrum</td><td>Amt 51 – Bildung</td></tr></table>",
     "parent_units": ["Amt 51 [Bildung]"], "must_not": {"parent_units": ["Amt 32 Ordnung"]}},
    {"id": "d16-unit-12", "text": "Die Sprachkita-Fachberatung ist beim Jugendamt angebunden und arbeitet mit dem KI zusammen.",
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    # ---------------------------------------------------------------- the Dezernent over both, nested chains
    {"id": "d16-chain-01", "text": "Dem Beigeordneten Herrn Dr. Konrad Elsner unterstehen das Schulamt, das Jugendamt und das "
     "Kommunale Integrationszentrum.", "head": [], "must_not": {"head": ["Konrad Elsner"], "parent_units": ["Schulamt", "Jugendamt"]},
     "tolerate": {"parent_units": ["Beigeordneter [Dr. Konrad Elsner]"]}},
    {"id": "d16-chain-02", "text": "Das Kommunale Integrationszentrum ist Teil der Abteilung Integration im Fachbereich Bildung, "
     "Jugend und Sport, der von Dezernentin Frau Marion Lückert verantwortet wird.",
     "parent_units": ["Abteilung Integration [im Fachbereich Bildung, Jugend und Sport]"], "head": [],
     "must_not": {"head": ["Marion Lückert"]}},
    {"id": "d16-chain-03", "text": "Der Fachbereich 4 ist Teil des Dezernats III. Zum Fachbereich 4 gehört auch das Kommunale "
     "Integrationszentrum.", "parent_units": ["Fachbereich 4 [Dezernat III]"]},
    {"id": "d16-chain-04", "text": "Dezernentin für Bildung und Integration ist Frau Dr. Sieglinde Ahlers. Das Kommunale "
     "Integrationszentrum wird von Herrn Emre Aslan geleitet.", "head": ["Emre Aslan"],
     "must_not": {"head": ["Sieglinde Ahlers"]}},
    {"id": "d16-chain-05", "html": "<nav class=\"breadcrumb\">Startseite › Dezernat IV › Amt 50 – Soziales › Ausländerbehörde</nav>"
     "<h2>Ausländerbehörde</h2><p>Die Ausländerbehörde berät zum Aufenthaltsrecht. Für Integrationskurse verweisen wir auf "
     "das Kommunale Integrationszentrum.</p>", "parent_units": [], "must_not": {"parent_units": ["Amt 50 Soziales", "Dezernat IV"]}},
    {"id": "d16-chain-06", "text": "Das Integrationszentrum ist eine Abteilung des Amtes für Soziales und Integration, das "
     "wiederum zum Dezernat V gehört.", "parent_units": ["Amt für Soziales und Integration [Dezernat V]"]},
    {"id": "d16-chain-07", "text": "Beigeordneter Herr Rüdiger Hambloch, in dessen Dezernat das KI liegt, eröffnete die "
     "Woche der Vielfalt gemeinsam mit KI-Leiterin Frau Fatma Güler.", "head": ["Fatma Güler"],
     "must_not": {"head": ["Rüdiger Hambloch"]}},
    {"id": "d16-chain-08", "text": "Die Volkshochschule ist dem Fachbereich Kultur zugeordnet, das Kommunale "
     "Integrationszentrum dem Fachbereich Jugend.", "parent_units": ["Fachbereich Jugend"],
     "must_not": {"parent_units": ["Fachbereich Kultur"]}},
    {"id": "d16-chain-09", "text": "Zum Dezernat II gehören der Fachbereich Schule, der Fachbereich Sport und die Stabsstelle "
     "Integration; in der Stabsstelle arbeitet das Kommunale Integrationszentrum.",
     "parent_units": ["Stabsstelle Integration [Dezernat II]"], "must_not": {"parent_units": ["Fachbereich Schule", "Fachbereich Sport"]}},
    # ---------------------------------------------------------------- quoted names of another body's unit
    {"id": "d16-quote-01", "text": "Das Projekt wird von der Abteilung „Arbeit und Qualifizierung“ des Jobcenters gefördert; "
     "das KI stellt die Sprachmittler.", "parent_units": [], "must_not": {"parent_units": ["Abteilung Arbeit und Qualifizierung"]}},
    {"id": "d16-quote-02", "text": "Das Kommunale Integrationszentrum gehört zum Fachbereich „Bildung und Teilhabe“; der "
     "Caritasverband hat ein eigenes Referat „Migration und Flucht“.", "parent_units": ["Fachbereich Bildung und Teilhabe"],
     "must_not": {"parent_units": ["Referat Migration und Flucht"]}},
    {"id": "d16-quote-03", "text": "Ansprechpartner im Sachgebiet „Aufenthalt und Einbürgerung“ der Ausländerbehörde ist Herr "
     "Norbert Kleibrink; das Integrationszentrum hilft beim Ausfüllen der Anträge.", "parent_units": [], "head": [],
     "must_not": {"parent_units": ["Sachgebiet Aufenthalt und Einbürgerung"], "head": ["Norbert Kleibrink"]}},
    {"id": "d16-quote-04", "text": "Das Diakonische Werk lädt mit seinem Fachdienst „Migration und Integration“ und dem "
     "Kommunalen Integrationszentrum zum Fest der Kulturen ein.", "parent_units": [],
     "must_not": {"parent_units": ["Fachdienst Migration und Integration"]}},
    {"id": "d16-quote-05", "text": "Seit Januar ist das KI dem Amt „Schule, Bildung und Integration“ zugeordnet. Das "
     "Bildungsbüro bleibt in der Stabsstelle „Regionales Bildungsnetzwerk“.", "parent_units": ["Amt Schule, Bildung und Integration"],
     "must_not": {"parent_units": ["Stabsstelle Regionales Bildungsnetzwerk"]}},
    {"id": "d16-quote-06", "text": "Frau Paulina Krüger leitet das Team „Sprachförderung“ der Volkshochschule, das mit dem "
     "Integrationszentrum Kurse für Eltern plant.", "head": [], "must_not": {"head": ["Paulina Krüger"]}},
    # ---------------------------------------------------------------- projects, events, schools, team members
    {"id": "d16-proj-01", "text": "Projektleitung „Rucksack KiTa“: Frau Eleni Vlachou, Kommunales Integrationszentrum.",
     "head": [], "must_not": {"head": ["Eleni Vlachou"]}},
    {"id": "d16-proj-02", "text": "Frau Jasmin Ortmeier leitet das Projekt Stadtteilmütter beim Verein Miteinander e. V. "
     "Das Kommunale Integrationszentrum leitet Herr Dong-Hyun Park.", "head": ["Dong-Hyun Park"],
     "must_not": {"head": ["Jasmin Ortmeier"]}},
    {"id": "d16-proj-03", "html": "<div class=\"event\"><h3>Fachtag Mehrsprachigkeit</h3><p>Referentin: Prof. Dr. Karin "
     "Mühlenweg, Leiterin des Instituts für Sprachbildung</p><p>Veranstalter: Kommunales Integrationszentrum</p></div>",
     "head": [], "must_not": {"head": ["Karin Mühlenweg"]}},
    {"id": "d16-proj-04", "text": "Im Anschluss sprach Herr Ivo Brandl, Schulleiter der Grundschule Lindenhof, über die "
     "Arbeit mit neu zugewanderten Kindern. KI-Leiterin Frau Hanna Saarinen dankte allen.", "head": ["Hanna Saarinen"],
     "must_not": {"head": ["Ivo Brandl"]}},
    {"id": "d16-proj-05", "text": "Die Leitung des Landesprogramms KOMM-AN liegt im Integrationszentrum bei Frau Jelena "
     "Stojanović.", "head": [], "must_not": {"head": ["Jelena Stojanović"]}},
    {"id": "d16-proj-06", "html": "<h2>Team</h2><div class=\"person\"><p>Herr Can Erdoğan</p><p>Leitung des Kommunalen "
     "Integrationszentrums</p></div><div class=\"person\"><p>Frau Miriam Haselhorst</p><p>Leitung Sprachkitas (Jugendamt)</p>"
     "</div>", "head": ["Can Erdoğan"], "must_not": {"head": ["Miriam Haselhorst"]}},
    {"id": "d16-proj-07", "text": "Die Schulleiterin des Berufskollegs Nord, Frau Dorothea Wiemers, und das KI haben eine "
     "Vereinbarung zur Sprachförderung unterzeichnet.", "head": [], "must_not": {"head": ["Dorothea Wiemers"]}},
    {"id": "d16-proj-08", "text": "Moderiert wurde der Abend von Herrn Benedikt Loose, Leiter der Stadtbibliothek. Die Leiterin "
     "des Integrationszentrums, Frau Ngozi Eze, zog ein positives Fazit.", "head": ["Ngozi Eze"],
     "must_not": {"head": ["Benedikt Loose"]}},
    {"id": "d16-proj-09", "text": "Frau Leonie Brackmann koordiniert im Integrationszentrum das Programm Sprachpaten; sie "
     "leitet außerdem den Arbeitskreis Asyl der Kirchengemeinde.", "head": [], "must_not": {"head": ["Leonie Brackmann"]}},
    # ---------------------------------------------------------------- news and press pages
    {"id": "d16-news-01", "html": "<article><h2>Neue Leitung im Jobcenter</h2><p class=\"date\">12.03.2026</p><p>Frau Ursula "
     "Dahlkamp übernimmt zum 1. April die Leitung des Jobcenters. Das Kommunale Integrationszentrum freut sich auf die "
     "Zusammenarbeit.</p></article>", "head": [], "must_not": {"head": ["Ursula Dahlkamp"]}},
    {"id": "d16-news-02", "html": "<article><h2>Wechsel an der Spitze der Volkshochschule</h2><p>Herr Gunnar Steffens hat die "
     "Leitung der VHS übernommen. Er war zuvor im Integrationszentrum für Sprachkurse zuständig.</p></article>",
     "head": [], "must_not": {"head": ["Gunnar Steffens"]}},
    {"id": "d16-news-03", "html": "<article><h2>Integrationszentrum unter neuer Leitung</h2><p>Frau Samira Benali leitet seit "
     "dem 1. Februar das Kommunale Integrationszentrum. Sie folgt auf Herrn Erwin Holtkötter, der in den Ruhestand "
     "gegangen ist.</p></article>", "head": ["Samira Benali"], "must_not": {"head": ["Erwin Holtkötter"]}},
    {"id": "d16-news-04", "html": "<ul class=\"news\"><li><a href=\"/n1\">Sozialamt: Frau Petra Möllenbeck ist neue "
     "Amtsleiterin</a></li><li><a href=\"/n2\">Integrationszentrum lädt zum Elterncafé</a></li></ul>" + _P,
     "head": [], "must_not": {"head": ["Petra Möllenbeck"]}},
    {"id": "d16-news-05", "text": "Der Kreis hat die Ausländerbehörde neu organisiert: Sie ist seit dem 1. Mai dem Amt für "
     "Ordnung und Verkehr zugeordnet. Für das Kommunale Integrationszentrum ändert sich nichts.", "parent_units": [],
     "must_not": {"parent_units": ["Amt für Ordnung und Verkehr"]}},
    {"id": "d16-news-06", "text": "Pressekontakt: Frau Nadine Kuhlmann, Leiterin der Pressestelle. Das Kommunale "
     "Integrationszentrum leitet Frau Emine Koç.", "head": ["Emine Koç"], "must_not": {"head": ["Nadine Kuhlmann"]}},
    # ---------------------------------------------------------------- name then role of another body
    {"id": "d16-nameRole-01", "text": "Frau Agnieszka Baran, Leiterin des Jugendmigrationsdienstes, und Frau Lotte Terhorst, "
     "Leiterin des Kommunalen Integrationszentrums, eröffneten die Beratungsstelle.", "head": ["Lotte Terhorst"],
     "must_not": {"head": ["Agnieszka Baran"]}},
    {"id": "d16-nameRole-02", "text": "Herr Heiner Klümper (Leitung Ausländerbehörde) stellte im KI die neuen Öffnungszeiten vor.",
     "head": [], "must_not": {"head": ["Heiner Klümper"]}},
    {"id": "d16-nameRole-03", "text": "Frau Ronja Wiechers, die Leiterin unseres Partnervereins Kulturbrücke e. V., war zu "
     "Gast im Integrationszentrum.", "head": [], "must_not": {"head": ["Ronja Wiechers"]}},
    {"id": "d16-nameRole-04", "html": "<div class=\"card\"><p>Herr Oskar Nieländer</p><p>Leiter des Amtes für Schule</p>"
     "<p>Telefon 05432 61-400</p></div><div class=\"card\"><p>Frau Gül Yavuz</p><p>Leiterin des Integrationszentrums</p>"
     "<p>Telefon 05432 61-470</p></div>", "head": ["Gül Yavuz"], "must_not": {"head": ["Oskar Nieländer"]}},
    {"id": "d16-nameRole-05", "text": "Herr Joachim Rehbein, stellvertretender Landrat und Leiter des Arbeitskreises "
     "Integration, besuchte das Integrationszentrum.", "head": [], "must_not": {"head": ["Joachim Rehbein"]}},
    {"id": "d16-nameRole-06", "text": "Frau Darja Volkova – Leiterin der Musikschule – und Herr Ali Reza Hosseini – Leiter des "
     "KI – planen gemeinsame Kurse.", "head": ["Ali Reza Hosseini"], "must_not": {"head": ["Darja Volkova"]}},
    # ---------------------------------------------------------------- addresses of another body beside the centre's
    {"id": "d16-addr-01", "html": "<h2>So erreichen Sie uns</h2><p>Kommunales Integrationszentrum<br>Mühlenstraße 14<br>"
     "59871 Wendenhorst</p><h2>Ausländerbehörde</h2><p>Kreishaus, Bahnhofsallee 3<br>59871 Wendenhorst</p>",
     "addresses": ["Mühlenstraße 14, 59871 Wendenhorst"], "must_not": {"addresses": ["Bahnhofsallee 3, 59871 Wendenhorst"]}},
    {"id": "d16-addr-02", "text": "Die Migrationsberatung der AWO finden Sie in der Gerberstraße 7, 59871 Wendenhorst. Das "
     "Kommunale Integrationszentrum sitzt im Rathaus, Marktplatz 1, 59871 Wendenhorst.",
     "addresses": ["Marktplatz 1, 59871 Wendenhorst"], "must_not": {"addresses": ["Gerberstraße 7, 59871 Wendenhorst"]}},
    {"id": "d16-addr-03", "html": "<aside><h4>Geschäftsstelle Integrationsrat</h4><p>Kirchplatz 5<br>59871 Wendenhorst</p>"
     "</aside><h2>Kommunales Integrationszentrum</h2><p>Lindenweg 22<br>59871 Wendenhorst</p>",
     "addresses": ["Lindenweg 22, 59871 Wendenhorst"], "must_not": {"addresses": ["Kirchplatz 5, 59871 Wendenhorst"]}},
]

#: Every third case is aside (never tuned on); the rest is tuned on.
ASIDE16: list[dict] = [c for i, c in enumerate(_ROUND16) if i % 3 == 2]
CASES16: list[dict] = [c for i, c in enumerate(_ROUND16) if i % 3 != 2]


#: The round's second batch (written before any code for it, after the first batch's fixes): another body's head in
#: a block of its own (a heading, a card, a sidebar, a table row naming the body), in inverted and passive word orders,
#: in a bare "Leitung" under another body's headline, the lead of the unit above the centre, the Integrationsrat's
#: office, and parent units of other bodies told beside the centre's own.
_ROUND16B: list[dict] = [
    {"id": "d16b-inst-01", "text": "Die Ausländerbehörde leitet seit Januar Frau Henrike Almstedt. Das Integrationszentrum "
     "berät weiterhin zu Sprachkursen.", "head": [], "must_not": {"head": ["Henrike Almstedt"]}},
    {"id": "d16b-inst-02", "text": "Geleitet wird die Migrationsberatung der Diakonie von Herrn Sönke Petersen. Sie arbeitet "
     "eng mit dem Kommunalen Integrationszentrum zusammen.", "head": [], "must_not": {"head": ["Sönke Petersen"]}},
    {"id": "d16b-inst-03", "html": "<h2>Neue Leiterin im Sozialamt</h2><p>Frau Kristina Lemke hat zum 1. März die Leitung "
     "übernommen. Sie war zuvor Sachgebietsleiterin in der Kämmerei.</p>" + _P, "head": [],
     "must_not": {"head": ["Kristina Lemke"]}},
    {"id": "d16b-inst-04", "html": "<aside><h4>Jobcenter Wendenhorst</h4><p>Herr Falk Rosenthal<br>Leitung<br>Telefon 05432 "
     "88-100</p></aside><h2>Kommunales Integrationszentrum</h2><p>Frau Aynur Şimşek<br>Leitung<br>Telefon 05432 61-470</p>",
     "head": ["Aynur Şimşek"], "must_not": {"head": ["Falk Rosenthal"]}},
    {"id": "d16b-inst-05", "text": "Der Leiter der Volkshochschule, Herr Arnold Pieper, übergab dem Integrationszentrum die "
     "Zertifikate der Sprachkurse.", "head": [], "must_not": {"head": ["Arnold Pieper"]}},
    {"id": "d16b-inst-06", "html": "<h3>Kooperationspartner</h3><p><strong>Internationaler Bund</strong><br>Jugendmigrationsdienst"
     "<br>Leitung: Frau Tamara Hensel</p>" + _P, "head": [], "must_not": {"head": ["Tamara Hensel"]}},
    {"id": "d16b-inst-07", "text": "Frau Okka Brandes ist Leiterin des Fachdienstes Integration, zu dem das Kommunale "
     "Integrationszentrum gehört.", "head": [], "must_not": {"head": ["Okka Brandes"]}},
    {"id": "d16b-inst-08", "text": "Mit im Boot ist die Musikschule: Ihr Leiter Herr Johann Sievers bringt Instrumente mit. Das "
     "Integrationszentrum leitet Frau Nesrin Kaya.", "head": ["Nesrin Kaya"], "must_not": {"head": ["Johann Sievers"]}},
    {"id": "d16b-inst-09", "text": "Herr Gerrit Oltmanns, Chef des Jobcenters, und KI-Leiter Herr Bilal Chaudhry unterzeichneten "
     "die Vereinbarung.", "head": ["Bilal Chaudhry"], "must_not": {"head": ["Gerrit Oltmanns"]}},
    {"id": "d16b-inst-10", "html": "<table><tr><th>Name</th><th>Funktion</th><th>Einrichtung</th></tr><tr><td>Frau Wilma Janssen"
     "</td><td>Leitung</td><td>Bildungsbüro</td></tr><tr><td>Herr Yannick Berger</td><td>Leitung</td><td>Kommunales "
     "Integrationszentrum</td></tr></table>", "head": ["Yannick Berger"], "must_not": {"head": ["Wilma Janssen"]}},
    {"id": "d16b-inst-11", "text": "Herr Benno Kuhlmann, Leiter des Amtes für Schule und Bildung, zu dem auch das KI gehört, "
     "eröffnete die Messe.", "head": [], "must_not": {"head": ["Benno Kuhlmann"]}},
    {"id": "d16b-inst-12", "html": "<div class=\"teaser\"><h3>VHS unter neuer Leitung</h3><p>Frau Dörte Rieken folgt auf "
     "Herrn Ewald Menke.</p></div>" + _P, "head": [], "must_not": {"head": ["Dörte Rieken", "Ewald Menke"]}},
    {"id": "d16b-inst-13", "text": "Die Regionale Arbeitsstelle wird seit 2021 von Frau Inga Gerdes geführt; das "
     "Kommunale Integrationszentrum von Herrn Luca Romano.", "head": ["Luca Romano"], "must_not": {"head": ["Inga Gerdes"]}},
    {"id": "d16b-inst-14", "html": "<h2>Ansprechpersonen</h2><h3>Caritas-Migrationsdienst</h3><ul><li>Frau Lea Bruns – "
     "Leitung</li><li>Herr Timo Hackmann – Beratung</li></ul><h3>Kommunales Integrationszentrum</h3><ul><li>Frau Merve Tekin – "
     "Leitung</li><li>Frau Gabi Lührs – Verwaltung</li></ul>", "head": ["Merve Tekin"], "must_not": {"head": ["Lea Bruns"]}},
    # ---------------------------------------------------------------- the Integrationsrat
    {"id": "d16b-irat-01", "html": "<h2>Integrationsrat</h2><p>Der Integrationsrat vertritt die Interessen der Zugewanderten."
     "</p><p>Leitung der Geschäftsstelle: Frau Senem Uysal</p>" + _P, "head": [], "must_not": {"head": ["Senem Uysal"]}},
    {"id": "d16b-irat-02", "text": "An der Spitze des Integrationsrates steht Herr Rahim Nazari. Die Leitung des Kommunalen "
     "Integrationszentrums hat Frau Beate Lohmann.", "head": ["Beate Lohmann"], "must_not": {"head": ["Rahim Nazari"]}},
    {"id": "d16b-irat-03", "text": "Die Geschäftsstelle des Integrationsrates ist organisatorisch dem Büro des Landrats "
     "zugeordnet.", "parent_units": [], "must_not": {"parent_units": ["Büro des Landrats"]}},
    {"id": "d16b-irat-04", "html": "<div class=\"card\"><h4>Integrationsrat</h4><p>Frau Hatice Ekinci</p><p>Vorsitzende</p>"
     "</div><div class=\"card\"><h4>Kommunales Integrationszentrum</h4><p>Herr Pavel Novák</p><p>Leiter</p></div>",
     "head": ["Pavel Novák"], "must_not": {"head": ["Hatice Ekinci"]}},
    {"id": "d16b-irat-05", "text": "Die Geschäftsführung des Integrationsrates liegt beim Amt für Bürgerbeteiligung, das "
     "Kommunale Integrationszentrum gehört zum Fachbereich Soziales.", "parent_units": ["Fachbereich Soziales"],
     "must_not": {"parent_units": ["Amt für Bürgerbeteiligung"]}},
    {"id": "d16b-irat-06", "text": "Geleitet wird die Geschäftsstelle des Integrationsrates von Herrn Sinan Erdem.",
     "head": [], "must_not": {"head": ["Sinan Erdem"]}},
    # ---------------------------------------------------------------- parent units of other bodies
    {"id": "d16b-unit-01", "text": "Das Bildungsbüro ist im Dezernat I angesiedelt, das Kommunale Integrationszentrum im "
     "Dezernat III.", "parent_units": ["Dezernat III"], "must_not": {"parent_units": ["Dezernat I"]}},
    {"id": "d16b-unit-02", "html": "<h2>Volkshochschule</h2><p>Die VHS gehört zum Fachbereich Kultur und Weiterbildung.</p>"
     "<h2>Kommunales Integrationszentrum</h2><p>Das KI ist Teil des Fachbereichs Jugend, Schule und Integration.</p>",
     "parent_units": ["Fachbereich Jugend, Schule und Integration"], "must_not": {"parent_units": ["Fachbereich Kultur und Weiterbildung"]}},
    {"id": "d16b-unit-03", "text": "Seit der Neuordnung ist die Ausländerbehörde Teil des Amtes für Bürgerservice. Das KI "
     "kooperiert weiter mit ihr.", "parent_units": [], "must_not": {"parent_units": ["Amt für Bürgerservice"]}},
    {"id": "d16b-unit-04", "text": "Das Kommunale Integrationszentrum ist der Abteilung „Vielfalt und Teilhabe“ zugeordnet, das "
     "Jobcenter arbeitet mit seinem Team „Markt und Integration“ eng mit uns zusammen.",
     "parent_units": ["Abteilung Vielfalt und Teilhabe"], "must_not": {"parent_units": ["Team Markt und Integration"]}},
    {"id": "d16b-unit-05", "html": "<h2>Schulamt für den Kreis</h2><p>Das Schulamt ist dem Dezernat 4 zugeordnet und berät "
     "Schulen.</p><h2>Kommunales Integrationszentrum</h2>" + _P, "parent_units": [],
     "must_not": {"parent_units": ["Dezernat 4"]}},
    {"id": "d16b-unit-06", "text": "Die Flüchtlingsberatung gehört wie das Kommunale Integrationszentrum zum Amt für "
     "Soziales und Wohnen.", "parent_units": ["Amt für Soziales und Wohnen"]},
    {"id": "d16b-unit-07", "text": "Die Sprachmittlerpools der Stadt sind beim Gesundheitsamt angebunden; das Kommunale "
     "Integrationszentrum vermittelt die Einsätze.", "parent_units": [], "must_not": {"parent_units": ["Gesundheitsamt"]}},
    {"id": "d16b-unit-08", "text": "Das Integrationszentrum ist eine Abteilung des Fachbereichs 50. Der Fachbereich 50 "
     "gehört zum Dezernat der Sozialdezernentin.", "parent_units": ["Fachbereich 50"]},
    {"id": "d16b-unit-09", "html": "<ul class=\"links\"><li><a href=\"/jugendamt\">Jugendamt (Fachbereich 51)</a></li><li><a "
     "href=\"/schulamt\">Schulverwaltung (Fachbereich 40)</a></li></ul><h2>Kommunales Integrationszentrum</h2>" + _P,
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich 51", "Fachbereich 40"]}},
    # ---------------------------------------------------------------- projects, speakers, team members
    {"id": "d16b-proj-01", "text": "Frau Anja Brünger leitet im Integrationszentrum das Team Bildung; die Leitung des "
     "Zentrums hat Herr Tobias Wenning.", "head": ["Tobias Wenning"], "must_not": {"head": ["Anja Brünger"]}},
    {"id": "d16b-proj-02", "html": "<div class=\"person\"><p>Herr Onur Yavuz</p><p>Projektleitung „Einwanderung gestalten“</p>"
     "</div><div class=\"person\"><p>Frau Sigrid Hölscher</p><p>Leitung</p></div>", "head": ["Sigrid Hölscher"],
     "must_not": {"head": ["Onur Yavuz"]}},
    {"id": "d16b-proj-03", "text": "Als Referentin konnte Frau Dr. Jutta Brinkmann gewonnen werden, Leiterin des "
     "Landesinstituts für Schule.", "head": [], "must_not": {"head": ["Jutta Brinkmann"]}},
    {"id": "d16b-proj-04", "text": "Frau Meike Rolfes ist im KI zuständig für Seiteneinsteiger und leitet die "
     "Elternschule des Familienzentrums.", "head": [], "must_not": {"head": ["Meike Rolfes"]}},
    {"id": "d16b-proj-05", "text": "Die Schulleiterin der Realschule, Frau Ulla Tepe, und die Leiterin des Integrationszentrums, "
     "Frau Zeynep Arı, stellten das Projekt vor.", "head": ["Zeynep Arı"], "must_not": {"head": ["Ulla Tepe"]}},
    {"id": "d16b-proj-06", "text": "Herr Mirko Jansen leitet das Sachgebiet Unterbringung. Das Sachgebiet ist Teil des "
     "Sozialamts und arbeitet mit dem KI zusammen.", "head": [], "must_not": {"head": ["Mirko Jansen"]}},
]

ASIDE16B: list[dict] = [c for i, c in enumerate(_ROUND16B) if i % 3 == 2]
CASES16B: list[dict] = [c for i, c in enumerate(_ROUND16B) if i % 3 != 2]


#: The round's third batch (written before any code for it): contact facts of another body beside the centre's own —
#: a partner's phone, e-mail and address in the same paragraph, a line "Ebenfalls im Haus", a card of a
#: Beratungsstelle, a sidebar of the Ausländerbehörde, the Integrationsrat's office, a venue — and the centre's own
#: contact facts in the same settings.
_ROUND16C: list[dict] = [
    {"id": "d16c-contact-01", "text": "Sie erreichen uns unter Telefon 05432 61-470. Fragen zum Aufenthaltsrecht beantwortet die "
     "Ausländerbehörde unter Telefon 05432 61-330.", "phones": ["05432 61-470"], "must_not": {"phones": ["05432 61-330"]}},
    {"id": "d16c-contact-02", "html": "<p>Kommunales Integrationszentrum, Gartenstraße 9, 59871 Wendenhorst, Tel. 05432 61-470</p>"
     "<p>Nebenan: Migrationsberatung des DRK, Gartenstraße 11, 59871 Wendenhorst, Tel. 05432 9930-12, mbe@drk-wendenhorst.example</p>",
     "addresses": ["Gartenstraße 9, 59871 Wendenhorst"], "phones": ["05432 61-470"],
     "must_not": {"addresses": ["Gartenstraße 11, 59871 Wendenhorst"], "phones": ["05432 9930-12"], "emails": ["mbe@drk-wendenhorst.example"]}},
    {"id": "d16c-contact-03", "html": "<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Am Wall 3<br>59871 Wendenhorst<br>"
     "ki@wendenhorst.example</p><h3>Auch für Sie da</h3><p>Jobcenter Wendenhorst – Team Integration<br>Poststraße 20<br>59871 "
     "Wendenhorst<br>jobcenter-integration@wendenhorst.example</p>", "addresses": ["Am Wall 3, 59871 Wendenhorst"],
     "emails": ["ki@wendenhorst.example"], "must_not": {"addresses": ["Poststraße 20, 59871 Wendenhorst"],
                                                        "emails": ["jobcenter-integration@wendenhorst.example"]}},
    {"id": "d16c-contact-04", "text": "Die Sprechstunde des Integrationsrates findet im Rathaus statt (Zimmer 112, Telefon "
     "05432 61-105). Das Kommunale Integrationszentrum erreichen Sie unter 05432 61-470.", "phones": ["05432 61-470"],
     "must_not": {"phones": ["05432 61-105"]}},
    {"id": "d16c-contact-05", "html": "<div class=\"card\"><h4>Flüchtlingsberatung der Diakonie</h4><p>Kirchstraße 4, 59871 "
     "Wendenhorst</p><p>Telefon 05432 7781-0</p></div><div class=\"card\"><h4>Kommunales Integrationszentrum</h4><p>Marktplatz 2, "
     "59871 Wendenhorst</p><p>Telefon 05432 61-470</p></div>", "addresses": ["Marktplatz 2, 59871 Wendenhorst"],
     "phones": ["05432 61-470"], "must_not": {"addresses": ["Kirchstraße 4, 59871 Wendenhorst"], "phones": ["05432 7781-0"]}},
    {"id": "d16c-contact-06", "text": "Anmeldungen für die Integrationskurse nimmt die Volkshochschule entgegen: Telefon 05432 "
     "4410, anmeldung@vhs-wendenhorst.example.", "phones": [], "emails": [],
     "must_not": {"phones": ["05432 4410"], "emails": ["anmeldung@vhs-wendenhorst.example"]}},
    {"id": "d16c-contact-07", "html": "<aside><h4>Ausländerbehörde</h4><p>Öffnungszeiten Mo–Fr 8–12 Uhr<br>Tel. 05432 61-300"
     "<br>auslaenderbehoerde@wendenhorst.example</p></aside><p>Das Kommunale Integrationszentrum berät Sie gern: Tel. 05432 61-470.</p>",
     "phones": ["05432 61-470"], "must_not": {"phones": ["05432 61-300"], "emails": ["auslaenderbehoerde@wendenhorst.example"]}},
    {"id": "d16c-contact-08", "text": "Ihre Ansprechpartnerin beim Caritasverband ist Frau Hanne Lüken, Telefon 05432 5050-21. "
     "Im Integrationszentrum berät Sie Herr Malik Rahimi, Telefon 05432 61-474.", "phones": ["05432 61-474"],
     "must_not": {"phones": ["05432 5050-21"], "head": ["Hanne Lüken"]}},
    {"id": "d16c-contact-09", "text": "Der Fachtag findet in der Stadthalle, Parkallee 1, 59871 Wendenhorst, statt. Das "
     "Kommunale Integrationszentrum sitzt in der Bahnhofstraße 30, 59871 Wendenhorst.",
     "addresses": ["Bahnhofstraße 30, 59871 Wendenhorst"], "must_not": {"addresses": ["Parkallee 1, 59871 Wendenhorst"]}},
    {"id": "d16c-contact-10", "html": "<table><tr><th>Stelle</th><th>Telefon</th><th>E-Mail</th></tr><tr><td>Kommunales "
     "Integrationszentrum</td><td>05432 61-470</td><td>ki@wendenhorst.example</td></tr><tr><td>Bildungsbüro</td><td>05432 61-480"
     "</td><td>bildungsbuero@wendenhorst.example</td></tr></table>", "phones": ["05432 61-470"], "emails": ["ki@wendenhorst.example"],
     "must_not": {"phones": ["05432 61-480"], "emails": ["bildungsbuero@wendenhorst.example"]}},
    {"id": "d16c-contact-11", "text": "Beratung zur Anerkennung ausländischer Abschlüsse bietet die IQ-Beratungsstelle in der "
     "Hafenstraße 8, 59871 Wendenhorst, Telefon 05432 2288-0.", "addresses": [], "phones": [],
     "must_not": {"addresses": ["Hafenstraße 8, 59871 Wendenhorst"], "phones": ["05432 2288-0"]}},
    {"id": "d16c-contact-12", "html": "<p>Kommunales Integrationszentrum · Lindenstraße 5 · 59871 Wendenhorst</p><p>Träger der "
     "Elternkurse ist der Verein Miteinander e. V., Lindenstraße 40, 59871 Wendenhorst, Telefon 05432 3344.</p>",
     "addresses": ["Lindenstraße 5, 59871 Wendenhorst"], "must_not": {"addresses": ["Lindenstraße 40, 59871 Wendenhorst"],
                                                                       "phones": ["05432 3344"]}},
    {"id": "d16c-contact-13", "html": "<ul><li>Kommunales Integrationszentrum: 05432 61-470</li><li>Schulamt: 05432 61-400</li>"
     "<li>Jugendamt: 05432 61-500</li></ul>", "phones": ["05432 61-470"], "must_not": {"phones": ["05432 61-400", "05432 61-500"]}},
    {"id": "d16c-contact-14", "text": "Das Jugendamt (Rathausplatz 1, 59871 Wendenhorst) und das Kommunale Integrationszentrum "
     "(Rathausplatz 3, 59871 Wendenhorst) laden gemeinsam ein.", "addresses": ["Rathausplatz 3, 59871 Wendenhorst"],
     "must_not": {"addresses": ["Rathausplatz 1, 59871 Wendenhorst"]}},
    {"id": "d16c-contact-15", "html": "<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Tel. 05432 61-470</p><h2>Geschäftsstelle "
     "Integrationsrat</h2><p>Frau Dilek Oruç<br>Tel. 05432 61-106<br>integrationsrat@wendenhorst.example</p>",
     "phones": ["05432 61-470"], "must_not": {"phones": ["05432 61-106"], "emails": ["integrationsrat@wendenhorst.example"],
                                              "head": ["Dilek Oruç"]}},
]

ASIDE16C: list[dict] = [c for i, c in enumerate(_ROUND16C) if i % 3 == 2]
CASES16C: list[dict] = [c for i, c in enumerate(_ROUND16C) if i % 3 != 2]


#: The round's fourth batch (written before any code for it, from probes in the same words): a lead attached to
#: the phrase right before it ("…, geleitet von NAME,"), a bare role whose holder is "vom"/"von der" another body,
#: a label "Neue Leiterin:" whose sentence says what is taken over, a bare role told more exactly in the next
#: sentence — and the centre's head in the same forms.
_ROUND16D: list[dict] = [
    {"id": "d16d-attached-01", "text": "Das KI und das Familienzentrum Regenbogen, geleitet von Frau Ute Sander, bieten gemeinsam "
     "Elterncafés an.", "head": [], "must_not": {"head": ["Ute Sander"]}},
    {"id": "d16d-attached-02", "text": "Die Migrationsberatung der AWO, geleitet von Herrn Ralf Nolte, und das Integrationszentrum "
     "beraten im selben Haus.", "head": [], "must_not": {"head": ["Ralf Nolte"]}},
    {"id": "d16d-attached-03", "text": "Das Kommunale Integrationszentrum, geleitet von Frau Meryem Aksu, und die Volkshochschule "
     "bieten gemeinsam Kurse an.", "head": ["Meryem Aksu"]},
    {"id": "d16d-vom-01", "text": "Leiterin Frau Gesa Hinrichs vom Caritasverband stellte die Migrationsberatung vor.",
     "head": [], "must_not": {"head": ["Gesa Hinrichs"]}},
    {"id": "d16d-vom-02", "text": "Leiter Herr Enno Gerdes von der Volkshochschule und das Integrationszentrum planen neue Kurse.",
     "head": [], "must_not": {"head": ["Enno Gerdes"]}},
    {"id": "d16d-vom-03", "text": "Leiterin Frau Sibel Acar vom Kommunalen Integrationszentrum begrüßte die Gäste.",
     "head": ["Sibel Acar"]},
    {"id": "d16d-label-01", "text": "Neue Leiterin: Frau Imke Buss übernimmt das Jugendamt. Das Integrationszentrum gratuliert.",
     "head": [], "must_not": {"head": ["Imke Buss"]}},
    {"id": "d16d-label-02", "text": "Neuer Leiter: Herr Arne Wolters übernimmt die Musikschule zum 1. Mai.",
     "head": [], "must_not": {"head": ["Arne Wolters"]}},
    {"id": "d16d-label-03", "text": "Neue Leiterin: Frau Selin Uçar übernimmt das Kommunale Integrationszentrum.",
     "head": ["Selin Uçar"]},
    {"id": "d16d-next-01", "text": "Frau Wiebke Janssen ist Leiterin. Sie leitet die Musikschule seit 2012.",
     "head": [], "must_not": {"head": ["Wiebke Janssen"]}},
    {"id": "d16d-next-02", "text": "Herr Malte Eilers ist Leiter und Gründer. Er führt die Stadtteilbibliothek seit 2015.",
     "head": [], "must_not": {"head": ["Malte Eilers"]}},
    {"id": "d16d-next-03", "text": "Frau Derya Koç ist Leiterin. Sie leitet das Integrationszentrum seit 2018.",
     "head": ["Derya Koç"]},
]

ASIDE16D: list[dict] = [c for i, c in enumerate(_ROUND16D) if i % 3 == 2]
CASES16D: list[dict] = [c for i, c in enumerate(_ROUND16D) if i % 3 != 2]
