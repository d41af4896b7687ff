"""The twenty-second round of parent units and reorganisations (issue 7, ids "u22-…"), written before the
code that reads them: organisation codes in headings above the centre (with and without a unit word,
"FB 3.2", "51.3 Kommunales Integrationszentrum"), nested chains in both directions (breadcrumbs, an
organigram as nested lists, glued Organigramm text, prose "im Fachbereich X des Dezernats Y"), quoted
unit names, label rows (a service portal's "Zuständige Stelle", Organisationseinheit, Zugehörigkeit,
Organisatorische Zuordnung), assignment verbs in any word order; reorganisations in a council Vorlage,
a press release and announcements with effective dates. Distractors beside them: another service's unit
on the same page (the Ausländerbehörde's Amt), partners, an Amt named only as a contact for another topic,
a footer with the city's Dezernate, a sidebar of other offices, former assignments in dated history
sentences, plans not yet in force. Invented centres, units, people and towns only. Every third case is
kept aside (UNIT22_ASIDE): nobody tunes on it; `python -m bench.generalise_score` prints it on a line of
its own."""

from __future__ import annotations

_P = "<p>Wir beraten Schulen, Kitas und Vereine zu Sprachbildung und interkultureller Öffnung.</p>"
_T = "<p>Das Kommunale Integrationszentrum begleitet neu zugewanderte Kinder und ihre Eltern.</p>"

_ROUND22: list[dict] = [
    # ---------------------------------------------------------------- organisation codes in headings above the centre
    {"id": "u22-code-01", "html": "<h2>Amt 50 – Soziales, Wohnen und Integration</h2><h3>Kommunales Integrationszentrum</h3>" + _P,
     "parent_units": ["Amt 50 [Soziales, Wohnen und Integration]"]},
    {"id": "u22-code-02", "html": "<p class=\"orgunit\">FB 3.2</p><h2>Kommunales Integrationszentrum</h2>" + _P,
     "parent_units": ["Fachbereich 3.2"]},
    {"id": "u22-code-03", "html": "<h2>Dezernat IV</h2><p>Jugend, Familie, Bildung</p><h3>Kommunales Integrationszentrum</h3>" + _P,
     "parent_units": ["Dezernat IV [Jugend, Familie, Bildung]"]},
    {"id": "u22-code-04", "html": "<p>Amt 51 – Schule und Bildung</p><h2>51.3 Kommunales Integrationszentrum</h2>" + _P,
     "parent_units": ["Amt 51 [Schule und Bildung]"]},
    {"id": "u22-code-05", "html": "<h2>Abteilung 40.2 – Integration und Zuwanderung</h2><h3>Kommunales Integrationszentrum</h3>" + _T,
     "parent_units": ["Abteilung 40.2 [Integration und Zuwanderung]"]},
    {"id": "u22-code-06", "html": "<h2>32 – Amt für Bürgerdienste und Integration</h2><h3>Kommunales Integrationszentrum</h3>" + _P,
     "parent_units": ["Amt [32] für Bürgerdienste und Integration"]},
    {"id": "u22-code-07", "html": "<h2>Amt 33 – Bürger- und Ordnungsamt</h2><h3>Ausländerbehörde</h3><p>Die Ausländerbehörde verlängert "
     "Aufenthaltstitel und berät zur Einbürgerung.</p><h2>Kommunales Integrationszentrum</h2>" + _T,
     "parent_units": [], "must_not": {"parent_units": ["Amt 33 Bürger- und Ordnungsamt"]}},
    {"id": "u22-code-08", "html": "<h2>Fachdienst 4.5 Integration und Migration</h2><ul><li>Kommunales Integrationszentrum</li>"
     "<li>Flüchtlingssozialarbeit</li><li>Wohnraumvermittlung</li></ul>", "parent_units": ["Fachdienst 4.5 [Integration und Migration]"]},
    {"id": "u22-code-09", "html": "<p class=\"kicker\">Dezernat V · Amt 56 · Kommunales Integrationszentrum</p>" + _P,
     "parent_units": ["[Dezernat V /] Amt 56"]},
    {"id": "u22-code-10", "html": "<h2>Kommunales Integrationszentrum</h2><p class=\"subtitle\">ein Bereich im Amt 50 – Soziales und Integration</p>" + _P,
     "parent_units": ["Amt 50 [Soziales und Integration]"]},
    {"id": "u22-code-11", "html": "<h2>FB 5 | Jugend, Familie und Integration</h2><h3>5.4 KI – Kommunales Integrationszentrum</h3>" + _P,
     "parent_units": ["Fachbereich 5 [Jugend, Familie und Integration]"]},
    {"id": "u22-code-12", "html": "<h2>Ressort 2 – Bildung und Teilhabe</h2><p>Ressortleitung: Beigeordnete Dr. Ulrike Feldkamp</p>"
     "<h3>Kommunales Integrationszentrum</h3>" + _P, "parent_units": ["Ressort 2 [Bildung und Teilhabe]"]},
    {"id": "u22-code-13", "html": "<h3>Geschäftsbereich III – Bildung und Soziales</h3><p>GB III/1 Schulen · GB III/2 Kommunales Integrationszentrum · "
     "GB III/3 Sport</p>", "parent_units": ["Geschäftsbereich III [Bildung und Soziales]"]},
    {"id": "u22-code-14", "html": "<h2>Dez. II – Bildung, Jugend, Integration</h2><h3>Kommunales Integrationszentrum (KI)</h3>" + _P,
     "parent_units": ["Dezernat II [Bildung, Jugend, Integration]"]},
    {"id": "u22-code-15", "html": "<h2>Stabsstelle 01 – Integration und Vielfalt</h2><p>Zur Stabsstelle gehören das Kommunale Integrationszentrum "
     "und die Antidiskriminierungsstelle.</p>", "parent_units": ["Stabsstelle 01 [Integration und Vielfalt]"]},
    # ---------------------------------------------------------------- breadcrumbs, organigram lists, glued text
    {"id": "u22-path-01", "html": "<nav class=\"breadcrumb\"><ol><li><a href=\"/\">Startseite</a></li><li><a href=\"/verwaltung/\">Verwaltung</a></li>"
     "<li><a href=\"/d3/\">Dezernat III</a></li><li><a href=\"/fb32/\">Fachbereich 32 Bildung</a></li><li>Kommunales Integrationszentrum</li></ol></nav>" + _P,
     "parent_units": ["[Dezernat III /] Fachbereich 32 [Bildung]"]},
    {"id": "u22-path-02", "text": "Kommunales Integrationszentrum | Abteilung Integration | Fachbereich 5 | Dezernat II",
     "parent_units": ["Abteilung Integration [Fachbereich 5 / Dezernat II]"]},
    {"id": "u22-path-03", "text": "Home > Bürgerservice > Ämter A–Z > Amt für Migration und Integration > Kommunales Integrationszentrum",
     "parent_units": ["Amt für Migration und Integration"]},
    {"id": "u22-path-04", "text": "Startseite / Dezernat II / Kommunales Integrationszentrum / Sprachkitas", "parent_units": ["Dezernat II"]},
    {"id": "u22-path-05", "html": "<ul class=\"organigramm\"><li>Dezernat III – Bildung<ul><li>Amt 40 – Schulamt</li><li>Amt 42 – Integration<ul>"
     "<li>Kommunales Integrationszentrum</li><li>Geschäftsstelle Integrationsrat</li></ul></li></ul></li></ul>",
     "parent_units": ["[Dezernat III Bildung /] Amt 42 [Integration]"], "must_not": {"parent_units": ["Amt 40 Schulamt"]}},
    {"id": "u22-path-06", "text": "Organigramm der Kreisverwaltung (Stand 03/2026) Dezernat 3 Soziales Amt 50 Sozialamt Amt 56 Integration und Vielfalt "
     "56.1 Kommunales Integrationszentrum 56.2 Flüchtlingshilfe", "parent_units": ["[Dezernat 3 Soziales /] Amt 56 [Integration und Vielfalt]"],
     "must_not": {"parent_units": ["Amt 50 Sozialamt"]}},
    {"id": "u22-path-07", "html": "<aside><h4>Im Fachbereich 4</h4><ul><li>Schulverwaltung</li><li>Kommunales Integrationszentrum</li>"
     "<li>Volkshochschule</li></ul></aside>" + _P, "parent_units": ["Fachbereich 4"]},
    {"id": "u22-path-08", "html": "<aside><h4>Weitere Ämter</h4><ul><li>Jugendamt</li><li>Sozialamt</li><li>Amt für Schule und Sport</li></ul></aside>" + _T,
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt", "Sozialamt", "Amt für Schule und Sport"]}},
    {"id": "u22-path-09", "text": "Sie befinden sich hier: Rathaus » Fachbereich 2 – Bildung » Abteilung 2.3 Integration » Kommunales Integrationszentrum",
     "parent_units": ["[Fachbereich 2 Bildung /] Abteilung 2.3 [Integration]"]},
    {"id": "u22-path-10", "html": "<footer class=\"site\"><h4>Die Dezernate</h4><ul><li>Dezernat I – Oberbürgermeister</li><li>Dezernat II – Finanzen</li>"
     "<li>Dezernat III – Soziales und Integration</li></ul></footer>" + _T,
     "parent_units": [], "must_not": {"parent_units": ["Dezernat III Soziales und Integration"]}},
    # ---------------------------------------------------------------- nested chains in prose, nearest level kept
    {"id": "u22-chain-01", "text": "Das Kommunale Integrationszentrum ist im Fachbereich Schule und Integration des Dezernats II angesiedelt.",
     "parent_units": ["Fachbereich Schule und Integration [des Dezernats II]"]},
    {"id": "u22-chain-02", "text": "Das KIZ ist eine Abteilung im Fachbereich 2 des Dezernats für Soziales.",
     "parent_units": ["Fachbereich 2 [des Dezernats für Soziales]"]},
    {"id": "u22-chain-03", "text": "Im Dezernat IV ist das KI als Abteilung 3 dem Fachbereich Jugend zugeordnet.",
     "parent_units": ["[Dezernat IV /] Fachbereich Jugend"]},
    {"id": "u22-chain-04", "text": "Das Integrationszentrum gehört zur Abteilung Vielfalt im Fachbereich Soziales, der dem Dezernat III unterstellt ist.",
     "parent_units": ["Abteilung Vielfalt [im Fachbereich Soziales / Dezernat III]"]},
    {"id": "u22-chain-05", "text": "Das Dezernat II umfasst den Fachbereich Schule und den Fachbereich Integration. Das KI gehört zum Fachbereich Integration.",
     "parent_units": ["Fachbereich Integration"], "must_not": {"parent_units": ["Fachbereich Schule"]}},
    {"id": "u22-chain-06", "text": "Das Kommunale Integrationszentrum gehört als Sachgebiet 51.3 zur Abteilung Integration des Amtes für Jugend und Soziales.",
     "parent_units": ["Abteilung Integration [des Amtes für Jugend und Soziales]"]},
    {"id": "u22-chain-07", "text": "Das KI ist im Rathaus untergebracht; das Dezernat II hat seine Büros im Stadthaus.", "parent_units": [],
     "must_not": {"parent_units": ["Dezernat II"]}},
    {"id": "u22-chain-08", "text": "Das KI ist beim Fachdienst Integration und Asyl angesiedelt, der zum Fachbereich 3 gehört.",
     "parent_units": ["Fachdienst Integration und Asyl [Fachbereich 3]"]},
    {"id": "u22-chain-09", "text": "Innerhalb des Geschäftsbereichs Soziales gehört das Kommunale Integrationszentrum zum Fachdienst Migration.",
     "parent_units": ["[Geschäftsbereich Soziales /] Fachdienst Migration"]},
    {"id": "u22-chain-10", "text": "Das Amt 50 gehört zum Dezernat III. Im Amt 50 ist das Kommunale Integrationszentrum als eigene Abteilung verortet.",
     "parent_units": ["Amt 50"], "must_not": {"parent_units": ["Dezernat III"]}},
    {"id": "u22-chain-11", "text": "Das KI ist Teil der Abteilung Bildung im Amt 40, das Bildungsbüro dagegen gehört zur Abteilung Schule.",
     "parent_units": ["Abteilung Bildung [im Amt 40]"], "must_not": {"parent_units": ["Abteilung Schule"]}},
    # ---------------------------------------------------------------- quoted unit names
    {"id": "u22-quote-01", "text": "Das Kommunale Integrationszentrum ist im Amt „Bildung, Integration und Sport“ angesiedelt.",
     "parent_units": ["Amt Bildung, Integration und Sport"]},
    {"id": "u22-quote-02", "text": "Das KI gehört zum Fachbereich »Jugend, Familie, Integration« (FB 5).",
     "parent_units": ["Fachbereich [5] Jugend, Familie, Integration"]},
    {"id": "u22-quote-03", "text": "Im Dezernat „Soziales und Teilhabe“ ist das Integrationszentrum dem Amt „Vielfalt und Zuwanderung“ zugeordnet.",
     "parent_units": ["[Dezernat Soziales und Teilhabe /] Amt Vielfalt und Zuwanderung"]},
    {"id": "u22-quote-04", "text": "Das KI lädt zum Theaterstück „Das Amt für verlorene Dinge“ in die Stadthalle ein.", "parent_units": [],
     "must_not": {"parent_units": ["Amt für verlorene Dinge"]}},
    {"id": "u22-quote-05", "text": "Organisatorisch gehört das KIZ zur Abteilung \"Schule, Sport und Integration\".",
     "parent_units": ["Abteilung Schule, Sport und Integration"]},
    {"id": "u22-quote-06", "text": "Das Kommunale Integrationszentrum ist Teil des Fachdienstes ‚Migration & Integration‘.",
     "parent_units": ["Fachdienst Migration & Integration"]},
    {"id": "u22-quote-07", "text": "Das Integrationszentrum ist ein Sachgebiet im Amt „Familie und Bildung“ (Amt 45) des Kreises.",
     "parent_units": ["Amt [45] Familie und Bildung"]},
    {"id": "u22-quote-08", "text": "Das KI beteiligt sich am Forschungsprojekt „Fachbereich Zukunft“ der Hochschule Wendhagen.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich Zukunft"]}},
    {"id": "u22-quote-09", "text": "Dem Fachbereich „Bürgerservice, Integration und Ordnung“ ist das KI seit 2020 angegliedert.",
     "parent_units": ["Fachbereich Bürgerservice, Integration und Ordnung"]},
    {"id": "u22-quote-10", "text": "Das KI gehört zum Amt „Integration und Teilhabe“, die Ausländerbehörde zum Amt „Ordnung und Sicherheit“.",
     "parent_units": ["Amt Integration und Teilhabe"], "must_not": {"parent_units": ["Amt Ordnung und Sicherheit"]}},
    {"id": "u22-quote-11", "text": "Angesiedelt ist das Kommunale Integrationszentrum in der Abteilung „Chancen & Vielfalt“ des Schulamts.",
     "parent_units": ["Abteilung Chancen & Vielfalt [des Schulamts]"]},
    # ---------------------------------------------------------------- label and colon, service portal blocks
    {"id": "u22-label-01", "html": "<div class=\"sp-block\"><h3>Zuständige Stelle</h3><p>Kommunales Integrationszentrum</p>"
     "<p>Fachbereich 2 – Bildung und Integration</p><p>Marktplatz 4, 40999 Wendhagen</p></div>",
     "parent_units": ["Fachbereich 2 [Bildung und Integration]"]},
    {"id": "u22-label-02", "text": "Organisationseinheit: Amt 56 – Integration", "parent_units": ["Amt 56 [Integration]"]},
    {"id": "u22-label-03", "html": "<dl><dt>Zugehörigkeit:</dt><dd>Dezernat V – Bildung, Jugend und Soziales</dd><dt>Öffnungszeiten:</dt>"
     "<dd>Mo–Do 9–12 Uhr</dd></dl>" + _T, "parent_units": ["Dezernat V [Bildung, Jugend und Soziales]"]},
    {"id": "u22-label-04", "text": "Organisatorische Zuordnung: Dezernat II > Fachbereich 23 > Abteilung Integration",
     "parent_units": ["[Dezernat II / Fachbereich 23 /] Abteilung Integration"]},
    {"id": "u22-label-05", "html": "<table><tr><th>Organisationseinheit</th><td>FB 3.2 Integration und Migration</td></tr>"
     "<tr><th>Sprechzeiten</th><td>nach Vereinbarung</td></tr></table>" + _T, "parent_units": ["Fachbereich 3.2 [Integration und Migration]"]},
    {"id": "u22-label-06", "html": "<h3>Aufenthaltstitel verlängern</h3><p>Zuständige Stelle: Amt 33 – Ausländerbehörde</p>" + _T,
     "parent_units": [], "must_not": {"parent_units": ["Amt 33 Ausländerbehörde"]}},
    {"id": "u22-label-07", "text": "Übergeordnete Stelle: Amt für Schule und Integration", "parent_units": ["Amt für Schule und Integration"]},
    {"id": "u22-label-08", "text": "Organisatorisch angebunden an: Stabsstelle Integration und Vielfalt",
     "parent_units": ["Stabsstelle Integration und Vielfalt"]},
    {"id": "u22-label-09", "html": "<p><strong>Zuordnung:</strong> Dezernat 3, Fachbereich 31 (Soziales)</p>" + _T,
     "parent_units": ["[Dezernat 3,] Fachbereich 31 [Soziales]"]},
    {"id": "u22-label-10", "html": "<p>Ansprechpartner für Schulanmeldungen: Amt 40 – Schulamt, Telefon 02345 1234</p>" + _T,
     "parent_units": [], "must_not": {"parent_units": ["Amt 40 Schulamt"]}},
    {"id": "u22-label-11", "html": "<dl><dt>Zuständige Stelle</dt><dd>Kommunales Integrationszentrum im Amt 50</dd><dt>Adresse</dt>"
     "<dd>Lindenallee 3</dd></dl>", "parent_units": ["Amt 50"]},
    {"id": "u22-label-12", "text": "Organisationseinheit: Kommunales Integrationszentrum (Fachbereich 6)", "parent_units": ["Fachbereich 6"]},
    {"id": "u22-label-13", "html": "<table><tr><td>Zugehörigkeit</td><td>Geschäftsbereich 4 (Jugend und Soziales)</td></tr></table>" + _T,
     "parent_units": ["Geschäftsbereich 4 [Jugend und Soziales]"]},
    # ---------------------------------------------------------------- assignment verbs in any order
    {"id": "u22-verb-01", "text": "Das Kommunale Integrationszentrum ist dem Amt 50 – Soziales und Integration angegliedert.",
     "parent_units": ["Amt 50 [Soziales und Integration]"]},
    {"id": "u22-verb-02", "text": "Angegliedert ist das KI an das Amt für Kinder, Jugend und Familie.",
     "parent_units": ["Amt für Kinder, Jugend und Familie"]},
    {"id": "u22-verb-03", "text": "Unterstellt ist das Integrationszentrum unmittelbar dem Dezernat des Kreisdirektors.",
     "parent_units": ["Dezernat [des] Kreisdirektors"]},
    {"id": "u22-verb-04", "text": "Das KI ist im Schul- und Sportamt angesiedelt.", "parent_units": ["Schul- und Sportamt"]},
    {"id": "u22-verb-05", "text": "Eingebunden ist das KIZ in den Fachbereich Bildung und Kultur.", "parent_units": ["Fachbereich Bildung und Kultur"]},
    {"id": "u22-verb-06", "text": "Das KI ist im Fachdienst Soziales verortet, arbeitet aber eng mit dem Jugendamt zusammen.",
     "parent_units": ["Fachdienst Soziales"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u22-verb-07", "text": "Seit seiner Gründung gehört das Kommunale Integrationszentrum zum Amt für Bildung.", "parent_units": ["Amt für Bildung"]},
    {"id": "u22-verb-08", "text": "Das Integrationszentrum ist Teil des Fachbereichs 4 – Jugend, Schule und Integration.",
     "parent_units": ["Fachbereich 4 [Jugend, Schule und Integration]"]},
    {"id": "u22-verb-09", "text": "Das KI ist eine Abteilung im Amt für Soziales, Senioren und Integration.",
     "parent_units": ["Amt für Soziales, Senioren und Integration"]},
    {"id": "u22-verb-10", "text": "Dem Geschäftsbereich Bildung zugeordnet, berät das Kommunale Integrationszentrum Schulen und Kitas.",
     "parent_units": ["Geschäftsbereich Bildung"]},
    {"id": "u22-verb-11", "text": "Das KIZ ist organisatorisch dem Ressort Bildung und Integration unterstellt.", "parent_units": ["Ressort Bildung und Integration"]},
    {"id": "u22-verb-12", "text": "Wir sind dem Fachbereich 50 angegliedert und beraten Schulen im ganzen Stadtgebiet.", "parent_units": ["Fachbereich 50"]},
    {"id": "u22-verb-13", "text": "Zum Amt 41 gehören neben der Musikschule auch die Stadtbibliothek und das Kommunale Integrationszentrum.",
     "parent_units": ["Amt 41"]},
    {"id": "u22-verb-14", "text": "Die Einrichtung ist in das Amt für Zuwanderung und Integration eingebunden.", "parent_units": ["Amt für Zuwanderung und Integration"]},
    {"id": "u22-verb-15", "text": "Das Kommunale Integrationszentrum untersteht dem Sozialdezernenten.", "parent_units": ["Sozialdezernent"]},
    {"id": "u22-verb-16", "text": "Im Fachbereich Jugend und Familie ist das KI als eigenständige Abteilung angesiedelt.",
     "parent_units": ["Fachbereich Jugend und Familie"]},
    {"id": "u22-verb-17", "text": "Das KI, das dem Amt für Bildung zugeordnet ist, lädt zum Fachtag Mehrsprachigkeit ein.", "parent_units": ["Amt für Bildung"]},
    # ---------------------------------------------------------------- other units, partners, contacts for other topics
    {"id": "u22-other-01", "text": "Die Ausländerbehörde ist im Amt 32 angesiedelt. Das KI berät gemeinsam mit ihr zur Einbürgerung.", "parent_units": [],
     "must_not": {"parent_units": ["Amt 32"]}},
    {"id": "u22-other-02", "html": "<h2>Pressemitteilung</h2><p>Das Amt für Schule und Bildung und das Kommunale Integrationszentrum laden zum Fachtag ein. "
     "Anmeldungen nimmt das Amt für Schule und Bildung entgegen.</p>", "parent_units": [],
     "must_not": {"parent_units": ["Amt für Schule und Bildung"]}},
    {"id": "u22-other-03", "html": "<p>Für Fragen zum Wohngeld wenden Sie sich bitte an das Amt für Soziales und Wohnen.</p>" + _T, "parent_units": [],
     "must_not": {"parent_units": ["Amt für Soziales und Wohnen"]}},
    {"id": "u22-other-04", "text": "Unser Kooperationspartner, der Migrationsdienst der Arbeiterwohlfahrt, ist dort der Abteilung Soziale Dienste angegliedert.",
     "parent_units": [], "must_not": {"parent_units": ["Abteilung Soziale Dienste"]}},
    {"id": "u22-other-05", "text": "Das Jobcenter und das Sozialamt gehören zum Dezernat III. Das KI arbeitet mit beiden eng zusammen.", "parent_units": [],
     "must_not": {"parent_units": ["Dezernat III"]}},
    {"id": "u22-other-06", "text": "Die Geschäftsstelle des Integrationsrates ist im Büro des Rates (Amt 10) angesiedelt.", "parent_units": [],
     "must_not": {"parent_units": ["Amt 10"]}},
    {"id": "u22-other-07", "text": "Der Dezernent für Soziales, Herr Lutz Behring, eröffnete die Ausstellung des KI im Foyer.", "parent_units": [],
     "must_not": {"parent_units": ["Dezernent für Soziales"]}},
    {"id": "u22-other-08", "text": "Das KI ist dem Amt 51 zugeordnet; die Schulpsychologische Beratungsstelle gehört zum Amt 40.", "parent_units": ["Amt 51"],
     "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u22-other-09", "text": "Stellenangebot: Das Personalamt sucht für das Kommunale Integrationszentrum eine Fachkraft (m/w/d) in Teilzeit.",
     "parent_units": [], "must_not": {"parent_units": ["Personalamt"]}},
    # ---------------------------------------------------------------- history, plans and reorganisations with dates
    {"id": "u22-reorg-01", "html": "<h2>Vorlage V/0412/2026</h2><p>Betreff: Neuordnung der Integrationsarbeit</p><p>Beschlussvorschlag: Das "
     "Kommunale Integrationszentrum wird zum 1. Januar 2027 Teil des neu gebildeten Amtes für Vielfalt und Teilhabe (Amt 57).</p>",
     "parent_units": [], "must_not": {"parent_units": ["Amt für Vielfalt und Teilhabe"]}, "reorganisations": ["2027-01-01"]},
    {"id": "u22-reorg-02", "text": "Das KI ist dem Amt 51 zugeordnet. Zum 01.07.2027 wird es Teil des neu gebildeten Amtes 55 – Integration und Chancengleichheit.",
     "parent_units": ["Amt 51"], "must_not": {"parent_units": ["Amt 55"]}, "reorganisations": ["2027-07-01"]},
    {"id": "u22-reorg-03", "text": "Zum 1. April 2026 ist das Integrationszentrum aus dem Jugendamt in den neu gebildeten Fachbereich Integration gewechselt.",
     "parent_units": ["Fachbereich Integration"], "must_not": {"parent_units": ["Jugendamt"]}, "reorganisations": ["2026-04-01"]},
    {"id": "u22-reorg-04", "text": "Von 2014 bis 2022 war das KI beim Dezernat des Oberbürgermeisters angesiedelt. Heute gehört es zum Fachbereich Bildung.",
     "parent_units": ["Fachbereich Bildung"], "must_not": {"parent_units": ["Dezernat des Oberbürgermeisters"]}, "reorganisations": []},
    {"id": "u22-reorg-05", "text": "Mit Wirkung vom 1. März 2027 werden das KI und das Bildungsbüro im neuen Amt für Bildung und Integration zusammengeführt.",
     "parent_units": [], "reorganisations": ["2027-03-01"]},
    {"id": "u22-reorg-06", "text": "Seit dem 1. Januar 2024 gehört das KI zum Fachbereich 5 – Jugend und Integration.",
     "parent_units": ["Fachbereich 5 [Jugend und Integration]"], "reorganisations": []},
    {"id": "u22-reorg-07", "text": "Der Kreistag hat am 14. Mai 2026 beschlossen, das Kommunale Integrationszentrum zum 1. Oktober 2026 dem Amt für Schule zuzuordnen.",
     "parent_units": [], "must_not": {"parent_units": ["Amt für Schule"]}, "reorganisations": ["2026-10-01"], "tolerate": {"reorganisations": ["2026-05-14"]}},
    {"id": "u22-reorg-08", "text": "Die Eingliederung des KI in das Dezernat II ist für 2028 geplant. Zurzeit ist das KI Teil des Amts 40.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Dezernat II"]}},
    {"id": "u22-reorg-09", "text": "Zum 1. Juli 2026 zieht das KI in neue Räume am Lindenplatz 4.", "reorganisations": []},
    {"id": "u22-reorg-10", "text": "Das Integrationszentrum wurde zum 1. Februar 2025 dem Geschäftsbereich 2 zugeordnet und berät seither auch Betriebe.",
     "parent_units": ["Geschäftsbereich 2"], "reorganisations": ["2025-02-01"]},
    {"id": "u22-reorg-11", "html": "<h2>Pressemitteilung vom 3. November 2026</h2><p>Neue Struktur für die Integrationsarbeit: Ab dem 1. Januar 2027 "
     "gehört das Kommunale Integrationszentrum zum neu gegründeten Fachbereich 7 – Vielfalt. Bisher war es dem Sozialamt zugeordnet.</p>",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich 7 Vielfalt"]}, "tolerate": {"parent_units": ["Sozialamt"]},
     "reorganisations": ["2027-01-01"]},
    {"id": "u22-reorg-12", "text": "Chronik: 2012 Gründung als Stabsstelle · 2017 Eingliederung in das Schulamt · seit 2023 Abteilung im Amt für Integration",
     "parent_units": ["Amt für Integration"], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u22-reorg-13", "text": "Das KI gehört derzeit zum Jugendamt. Zum 01.01.2027 wird es in das neu gebildete Amt 59 überführt.",
     "parent_units": ["Jugendamt"], "must_not": {"parent_units": ["Amt 59"]}, "reorganisations": ["2027-01-01"]},
    {"id": "u22-reorg-14", "text": "Bis zum 31. Dezember 2025 gehörte das KIZ zum Fachdienst 53; seit Januar 2026 ist es der Stabsstelle Integration zugeordnet.",
     "parent_units": ["Stabsstelle Integration"], "must_not": {"parent_units": ["Fachdienst 53"]}},
]

#: Every third case of the round is aside (never tuned on); the rest is tuned on.
UNIT22_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND22) if i % 3 == 2]
UNIT22_TUNED: list[dict] = [c for i, c in enumerate(_ROUND22) if i % 3 != 2]
