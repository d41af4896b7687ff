"""The twenty-third round of parent units and reorganisations (issue 7, ids "u23-…"), written before the
code that reads them, in settings the earlier rounds left out: organisation codes without a unit word
("51 – Amt für …", "OE 32.1", "FB 4 / 4.3"), a code in brackets after the name, a page title that holds
the chain; label forms ("Zuständige Dienststelle:", "Bereich:", "Abteilung |", a header row over the
cells, row headers, a label paragraph over its value); French guillemets with spaces, ASCII quotes, a
unit's code in brackets; unit names with "und" and commas followed by more of the sentence; chains as
nested lists (the centre as a child item, a grandchild, a sibling that is NOT a child), chains told
upwards and with "Teil von"; the unit in a sidebar; the centre as Kreisintegrationszentrum, KIZ, a page's
acronym, another name in dashes; verbs in the perfect passive, split over clauses, "bildet mit X das
Amt", a FAQ answer without a verb, a causal clause, "nicht …, sondern …", the future; office holders
(Stadtdirektorin, Büro der Landrätin, Verantwortungsbereich des Ersten Beigeordneten); history told
with "bis … seit …", participles ("ehemals zugeordnete"), pluperfect, labelled periods, a chronicle in
paragraphs, announcements with effective dates in press releases. Distractors: another office's code
heading, an Amt for another topic, an initiative and a brochure with unit words in quotes, a co-host, a
sibling list item, a sidebar of links, a partner's integration point, a verb that assigns nothing, a
patron, a former employee. Invented centres, units, people and towns only. Every third case is kept
aside (UNIT23_ASIDE): nobody tunes on it; `python -m bench.generalise_score` prints it apart."""

from __future__ import annotations

_A = "<p>Wir begleiten Zugewanderte, Schulen und Vereine in Hollerbeck bei allen Fragen rund um Teilhabe.</p>"
_B = "<p>Unsere Angebote: Elterncafé, Sprachmittlerpool und Fortbildungen für Kitas.</p>"

_ROUND23: list[dict] = [
    # ---------------------------------------------------------------- codes in headings, breadcrumbs and titles
    {"id": "u23-code-01", "html": "<h2>51 – Amt für Jugend, Schule und Integration</h2><h3>Kommunales Integrationszentrum</h3>" + _A,
     "parent_units": ["Amt [51] für Jugend, Schule und Integration"]},
    {"id": "u23-code-02", "html": "<p class=\"orgcode\">FB 4 / 4.3</p><h2>Kommunales Integrationszentrum</h2>" + _B,
     "parent_units": ["Fachbereich 4 [4.3]"]},
    {"id": "u23-code-03", "text": "Dezernat II > Fachbereich 50 > KI", "parent_units": ["[Dezernat II /] Fachbereich 50"]},
    {"id": "u23-code-04", "html": "<h2>OE 32 – Migration und Teilhabe</h2><h3>OE 32.1 Kommunales Integrationszentrum</h3>" + _A,
     "parent_units": ["[OE] 32 Migration und Teilhabe"]},
    {"id": "u23-code-05", "html": "<nav class=\"crumbs\"><a href=\"/\">Start</a> › <a href=\"/rathaus/\">Rathaus</a> › "
     "<a href=\"/a35/\">35 · Amt für Zuwanderung und Einbürgerung</a> › <span>KI</span></nav>" + _B,
     "parent_units": ["Amt [35] für Zuwanderung und Einbürgerung"]},
    {"id": "u23-code-06", "html": "<h2>Amt für Soziales und Integration (50)</h2><h3>Kommunales Integrationszentrum</h3>" + _A,
     "parent_units": ["Amt für Soziales und Integration [50]"]},
    {"id": "u23-code-07", "html": "<h2>53 – Gesundheitsamt</h2><p>Das Gesundheitsamt bietet Impfberatung und Schuleingangsuntersuchungen an.</p>"
     "<h2>Kommunales Integrationszentrum</h2>" + _B, "parent_units": [], "must_not": {"parent_units": ["Gesundheitsamt"]}},
    {"id": "u23-code-08", "html": "<h2>Kommunales Integrationszentrum</h2><p class=\"meta\">Organisationseinheit 4.3 im Fachbereich 4 – Bildung und Teilhabe</p>" + _A,
     "parent_units": ["Fachbereich 4 [Bildung und Teilhabe]"]},
    {"id": "u23-code-09", "title": "Abteilung 56.2 – Kommunales Integrationszentrum | Amt 56 Integration | Stadt Ohlenfeld", "html": _A + _B,
     "parent_units": ["Amt 56 [Integration]"]},
    # ---------------------------------------------------------------- label forms
    {"id": "u23-label-01", "text": "Zuständige Dienststelle: Amt 40 – Schulverwaltung und Integration",
     "parent_units": ["Amt 40 [Schulverwaltung und Integration]"]},
    {"id": "u23-label-02", "html": "<table><tr><th>Dezernat</th><th>Fachbereich</th><th>Einrichtung</th></tr><tr><td>III</td>"
     "<td>36 – Soziales und Integration</td><td>Kommunales Integrationszentrum</td></tr></table>" + _A,
     "parent_units": ["[Dezernat III /] Fachbereich 36 [Soziales und Integration]"]},
    {"id": "u23-label-03", "text": "Bereich: Jugend, Familie und Integration\n\nWir beraten Familien und Schulen.",
     "parent_units": ["[Bereich] Jugend, Familie und Integration"]},
    {"id": "u23-label-04", "html": "<div class=\"card\"><h3>Kommunales Integrationszentrum</h3><p>Abteilung | Bildung und Integration</p>"
     "<p>Amt | 40 – Schulamt</p></div>" + _B, "parent_units": ["Abteilung Bildung und Integration [Amt 40 Schulamt]"]},
    {"id": "u23-label-05", "html": "<dl><dt>Organisationseinheit</dt><dd>Amt 23 – Integration und Wahlen</dd><dt>Telefon</dt><dd>02345 230</dd></dl>" + _A,
     "parent_units": ["Amt 23 [Integration und Wahlen]"]},
    {"id": "u23-label-06", "text": "Wir beraten Familien.\n\nBei Fragen zum Wohngeld: Amt 50 – Soziales, Zimmer 12", "parent_units": [],
     "must_not": {"parent_units": ["Amt 50 Soziales"]}},
    {"id": "u23-label-07", "html": "<table><tr><th scope=\"row\">Zugehörig zu</th><td>Fachdienst 34 – Zuwanderung</td></tr>"
     "<tr><th scope=\"row\">Sitz</th><td>Rathaus, Markt 1</td></tr></table>" + _A, "parent_units": ["Fachdienst 34 [Zuwanderung]"]},
    {"id": "u23-label-08", "text": "Organisatorische Anbindung an: Dezernat für Bildung, Jugend und Sport",
     "parent_units": ["Dezernat für Bildung, Jugend und Sport"]},
    {"id": "u23-label-09", "html": "<p><b>Übergeordnete Stelle</b></p><p>Kreisjugendamt</p>" + _B, "parent_units": ["Kreisjugendamt"]},
    # ---------------------------------------------------------------- quoted and bracketed names
    {"id": "u23-quote-01", "text": "Das KI gehört zum Fachbereich « Bildung, Sport und Integration ».",
     "parent_units": ["Fachbereich Bildung, Sport und Integration"]},
    {"id": "u23-quote-02", "text": "Organisatorisch ist das KI dem Amt 'Schule, Jugend und Integration' zugeordnet.",
     "parent_units": ["Amt Schule, Jugend und Integration"]},
    {"id": "u23-quote-03", "text": "Das KI ist im Amt für Zuwanderung (Amt 35) angesiedelt.", "parent_units": ["Amt für Zuwanderung [35]"]},
    {"id": "u23-quote-04", "text": "Das KI ist Teil der „Abteilung Sprache und Teilhabe“ im Fachbereich 3.",
     "parent_units": ["Abteilung Sprache und Teilhabe [Fachbereich 3]"]},
    {"id": "u23-quote-05", "text": "Das KI ist Partner der Initiative „Dezernat Zukunft“ des Landes.", "parent_units": [],
     "must_not": {"parent_units": ["Dezernat Zukunft"]}},
    {"id": "u23-quote-06", "text": "Das KI ist dem Amt 40 (Schulamt) zugeordnet.", "parent_units": ["Amt 40 [Schulamt]"]},
    {"id": "u23-quote-07", "text": "Wir gehören zum ‚Fachbereich Soziales, Senioren und Integration‘.",
     "parent_units": ["Fachbereich Soziales, Senioren und Integration"]},
    {"id": "u23-quote-08", "text": "Das KIZ ist in der Abteilung „Integration, Vielfalt und Antidiskriminierung“ des Amtes 12 verortet.",
     "parent_units": ["Abteilung Integration, Vielfalt und Antidiskriminierung [des Amtes 12]"]},
    {"id": "u23-quote-09", "text": "Das KI hat die Broschüre „Amt, Antrag, Anerkennung – ein Wegweiser“ herausgegeben.", "parent_units": [],
     "must_not": {"parent_units": ["Amt Antrag Anerkennung"]}},
    # ---------------------------------------------------------------- names with "und" and commas, more sentence after them
    {"id": "u23-and-01", "text": "Das Kommunale Integrationszentrum gehört zum Amt für Kinder, Jugend, Familie und Integration und arbeitet eng mit den Schulen zusammen.",
     "parent_units": ["Amt für Kinder, Jugend, Familie und Integration"]},
    {"id": "u23-and-02", "text": "Das KI und das Bildungsbüro gehören zum Fachbereich Schule, Sport und Kultur.",
     "parent_units": ["Fachbereich Schule, Sport und Kultur"]},
    {"id": "u23-and-03", "text": "Das KI ist dem Amt für Soziales, Senioren und Integration, Abteilung 50.3, zugeordnet.",
     "parent_units": ["Abteilung 50.3 [Amt für Soziales, Senioren und Integration]"]},
    {"id": "u23-and-04", "text": "Das KI ist Teil des Amtes für Bildung und Integration, Kultur und Sport.",
     "parent_units": ["Amt für Bildung und Integration, Kultur und Sport"]},
    {"id": "u23-and-05", "text": "Das KI und das Amt für Wohnen, Soziales und Senioren laden zum Nachbarschaftsfest ein.", "parent_units": [],
     "must_not": {"parent_units": ["Amt für Wohnen, Soziales und Senioren"]}},
    # ---------------------------------------------------------------- chains in prose and nested lists
    {"id": "u23-chain-01", "text": "Das Kommunale Integrationszentrum ist im Sachgebiet Bildungsintegration der Abteilung Schule im Fachbereich Bildung "
     "des Dezernats III angesiedelt.", "parent_units": ["Sachgebiet Bildungsintegration [Abteilung Schule / Fachbereich Bildung / Dezernat III]"]},
    {"id": "u23-chain-02", "html": "<ul class=\"org\"><li><a href=\"/fb2/\">Fachbereich 2 – Jugend und Soziales</a><ul><li><a href=\"/ki/\">Kommunales "
     "Integrationszentrum</a></li><li><a href=\"/asd/\">Allgemeiner Sozialer Dienst</a></li></ul></li><li><a href=\"/fb3/\">Fachbereich 3 – Ordnung</a>"
     "<ul><li><a href=\"/abh/\">Ausländerbehörde</a></li></ul></li></ul>", "parent_units": ["Fachbereich 2 [Jugend und Soziales]"],
     "must_not": {"parent_units": ["Fachbereich 3 Ordnung"]}},
    {"id": "u23-chain-03", "html": "<ol><li>Dezernat I<ol><li>Amt 10 – Personal</li></ol></li><li>Dezernat IV<ol><li>Amt 45 – Bildung und Integration"
     "<ol><li>45.1 Schulen</li><li>45.2 Kommunales Integrationszentrum</li></ol></li></ol></li></ol>",
     "parent_units": ["[Dezernat IV /] Amt 45 [Bildung und Integration]"], "must_not": {"parent_units": ["Amt 10 Personal"]}},
    {"id": "u23-chain-04", "html": "<ul><li>Amt 50 – Soziales<ul><li>Wohngeld</li><li>Grundsicherung</li></ul></li><li>Kommunales Integrationszentrum</li></ul>",
     "parent_units": [], "must_not": {"parent_units": ["Amt 50 Soziales"]}},
    {"id": "u23-chain-05", "text": "Übergeordnet sind dem KI die Abteilung Vielfalt, der Fachbereich 7 und das Dezernat V.",
     "parent_units": ["Abteilung Vielfalt [Fachbereich 7 / Dezernat V]"]},
    {"id": "u23-chain-06", "text": "Das KI ist Teil von Amt 47, das zum Dezernat VI gehört.", "parent_units": ["Amt 47 [Dezernat VI]"]},
    {"id": "u23-chain-07", "html": "<nav class=\"subnav\"><ul><li><a href=\"/amt40/\">Amt für Schule und Integration</a><ul><li><a href=\"/anmeldung/\">"
     "Schulanmeldung</a></li><li><a class=\"active\" href=\"/ki/\">Kommunales Integrationszentrum</a></li></ul></li></ul></nav>" + _A,
     "parent_units": ["Amt für Schule und Integration"]},
    {"id": "u23-chain-08", "text": "Dezernat 3 (Soziales) – Amt 50 (Soziales und Integration) – Sachgebiet 50.4 (KI)",
     "parent_units": ["[Dezernat 3 /] Amt 50 [Soziales und Integration]"]},
    {"id": "u23-chain-09", "text": "Das KI arbeitet im Team Integration, das im Fachdienst 51 des Fachbereichs Jugend angesiedelt ist.",
     "parent_units": ["[Team Integration] Fachdienst 51 [Fachbereich Jugend]"]},
    # ---------------------------------------------------------------- the unit in a sidebar
    {"id": "u23-aside-01", "html": "<aside class=\"sidebar\"><h3>Zuständige Stelle</h3><p>Fachbereich 5 – Soziales und Integration</p></aside>" + _A,
     "parent_units": ["Fachbereich 5 [Soziales und Integration]"]},
    {"id": "u23-aside-02", "html": "<aside><h4>Organisation</h4><p>Das KI ist eine Abteilung des Amtes 51.</p></aside>" + _B, "parent_units": ["Amt 51"]},
    {"id": "u23-aside-03", "html": "<aside><h4>Auch interessant</h4><ul><li><a href=\"/fb4/\">Fachbereich 4 – Schulen</a></li><li><a href=\"/jc/\">Jobcenter</a>"
     "</li></ul></aside>" + _A, "parent_units": [], "must_not": {"parent_units": ["Fachbereich 4 Schulen"]}},
    {"id": "u23-aside-04", "html": "<div class=\"sidebar\"><p class=\"label\">Wir gehören zum</p><p><a href=\"/amt-43/\">Amt 43 – Bildung und Integration</a></p></div>" + _B,
     "parent_units": ["Amt 43 [Bildung und Integration]"]},
    # ---------------------------------------------------------------- the centre's other names
    {"id": "u23-syn-01", "text": "Das Kreisintegrationszentrum ist Teil des Kreisjugendamtes.", "parent_units": ["Kreisjugendamt"]},
    {"id": "u23-syn-02", "text": "Das Integrationszentrum im Kreis Aschwerden (nachfolgend: IZA) berät Familien. Das IZA ist dem Fachdienst Bildung zugeordnet.",
     "parent_units": ["Fachdienst Bildung"]},
    {"id": "u23-syn-03", "text": "Unser KIZ ist organisatorisch dem Amt für Migration angegliedert.", "parent_units": ["Amt für Migration"]},
    {"id": "u23-syn-04", "text": "Die Integrationsagentur der Caritas gehört zum Fachbereich Migration des Verbandes; das Kommunale Integrationszentrum ist dem Amt 40 zugeordnet.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Fachbereich Migration"]}},
    {"id": "u23-syn-05", "text": "Das KI Hollerbeck – bei uns heißt es „Haus der Vielfalt“ – ist eine Einrichtung des Amtes 56.", "parent_units": ["Amt 56"]},
    {"id": "u23-syn-06", "text": "Das Zentrum für Integration und Bildung (ZIB) ist das Kommunale Integrationszentrum der Stadt. Das ZIB ist beim Schul- und Sportamt angesiedelt.",
     "parent_units": ["Schul- und Sportamt"]},
    {"id": "u23-syn-07", "text": "Der Integrationspoint des Jobcenters gehört zum Fachbereich Markt und Integration.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich Markt und Integration"]}},
    # ---------------------------------------------------------------- verbs in many tenses and word orders
    {"id": "u23-verb-01", "text": "Zugeordnet worden ist das KI im Jahr 2017 dem Fachbereich Bildung.", "parent_units": ["Fachbereich Bildung"]},
    {"id": "u23-verb-02", "text": "Das Integrationszentrum war zunächst dem Dezernat I zugeordnet, wurde 2018 aber dem Amt 40 unterstellt.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Dezernat I"]}},
    {"id": "u23-verb-03", "text": "Organisatorisch gehört das KI zum Amt 32, fachlich arbeitet es eng mit dem Schulamt zusammen.",
     "parent_units": ["Amt 32"], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u23-verb-04", "text": "Das KI ressortiert seit der Neuordnung im Dezernat für Bildung und Kultur.", "parent_units": ["Dezernat für Bildung und Kultur"]},
    {"id": "u23-verb-05", "text": "Das Kommunale Integrationszentrum bildet gemeinsam mit dem Bildungsbüro das Amt für Bildung und Integration.",
     "parent_units": ["Amt für Bildung und Integration"]},
    {"id": "u23-verb-06", "text": "Das KI bildet mit der Ausländerbehörde und dem Sozialamt den Fachbereich 3.", "parent_units": ["Fachbereich 3"],
     "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u23-verb-07", "html": "<h3>Zu welchem Amt gehört das KI?</h3><p>Zum Amt 51 – Jugend und Bildung.</p>" + _B, "parent_units": ["Amt 51 [Jugend und Bildung]"]},
    {"id": "u23-verb-08", "text": "Weil das KI dem Amt 40 unterstellt ist, laufen Anträge über die Schulverwaltung.", "parent_units": ["Amt 40"]},
    {"id": "u23-verb-09", "text": "Eingegliedert wurde das Integrationszentrum in das Amt für Familie.", "parent_units": ["Amt für Familie"]},
    {"id": "u23-verb-10", "text": "Das KI gehört – wie auch die Volkshochschule – zum Fachbereich Weiterbildung.", "parent_units": ["Fachbereich Weiterbildung"]},
    {"id": "u23-verb-11", "text": "Zum Amt 56 gehört neben der Wohngeldstelle auch das Kommunale Integrationszentrum.", "parent_units": ["Amt 56"]},
    {"id": "u23-verb-12", "text": "Das KI hat dem Amt 40 seine Jahresplanung vorgelegt.", "parent_units": [], "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u23-verb-13", "text": "Das KI ist nicht dem Sozialamt, sondern dem Amt für Bildung zugeordnet.", "parent_units": ["Amt für Bildung"],
     "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u23-verb-14", "text": "Das KI wird auch künftig dem Fachbereich 2 angehören.", "parent_units": ["Fachbereich 2"]},
    {"id": "u23-verb-15", "text": "Das KI hat seinen organisatorischen Platz im Fachdienst Integration.", "parent_units": ["Fachdienst Integration"]},
    {"id": "u23-verb-16", "text": "Das KI wird vom Fachbereich 3 bei der Raumplanung unterstützt.", "parent_units": [], "must_not": {"parent_units": ["Fachbereich 3"]}},
    {"id": "u23-verb-17", "text": "Das KI untersteht als Abteilung 3 dem Amt für Jugend und Familie.", "parent_units": ["Amt für Jugend und Familie"]},
    # ---------------------------------------------------------------- office holders as the target
    {"id": "u23-office-01", "text": "Direkt dem Oberbürgermeister unterstellt, arbeitet das KI ressortübergreifend.", "parent_units": ["Oberbürgermeister"]},
    {"id": "u23-office-02", "text": "Das KI ist beim Landrat als Stabsstelle eingerichtet.", "parent_units": ["Landrat"]},
    {"id": "u23-office-03", "text": "Als Stabsstelle der Bürgermeisterin koordiniert das KI alle Integrationsangebote der Stadt.", "parent_units": ["Bürgermeisterin"]},
    {"id": "u23-office-04", "text": "Das KI gehört zum Büro der Landrätin.", "parent_units": ["Büro der Landrätin"]},
    {"id": "u23-office-05", "text": "Die Landrätin übernimmt die Schirmherrschaft über das Sommerfest des KI.", "parent_units": [],
     "must_not": {"parent_units": ["Landrätin"]}},
    {"id": "u23-office-06", "text": "Das KI ist im Verantwortungsbereich des Ersten Beigeordneten angesiedelt.",
     "parent_units": ["[Verantwortungsbereich des] Ersten Beigeordneten"]},
    {"id": "u23-office-07", "text": "Das KI ist organisatorisch der Stadtdirektorin zugeordnet.", "parent_units": ["Stadtdirektorin"]},
    # ---------------------------------------------------------------- history against the present, announced changes with dates
    {"id": "u23-hist-01", "text": "Bis 2019 gehörte das KI zum Sozialamt, seit 2020 ist es Teil des Fachbereichs Bildung.",
     "parent_units": ["Fachbereich Bildung"], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u23-hist-02", "text": "Früher beim Jugendamt angesiedelt, gehört das KI heute zum Amt 40.", "parent_units": ["Amt 40"],
     "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u23-hist-03", "text": "Das ehemals dem Dezernat II zugeordnete KI ist jetzt eine Stabsstelle des Landrats.", "parent_units": ["[Stabsstelle des] Landrat"],
     "must_not": {"parent_units": ["Dezernat II"]}},
    {"id": "u23-hist-04", "html": "<p>Zuordnung bis 2021: Amt 50 – Soziales</p><p>Zuordnung seit 2022: Amt 56 – Integration</p>" + _A,
     "parent_units": ["Amt 56 [Integration]"], "must_not": {"parent_units": ["Amt 50 Soziales"]}},
    {"id": "u23-hist-05", "text": "Voraussichtlich zum 1. Januar 2028 soll das KI in den Fachbereich Bildung wechseln; bis dahin bleibt es im Amt 50.",
     "parent_units": ["Amt 50"], "must_not": {"parent_units": ["Fachbereich Bildung"]}, "reorganisations": ["2028-01-01"]},
    {"id": "u23-hist-06", "text": "Das Integrationszentrum wird am 1. März 2028 aus dem Dezernat III herausgelöst und direkt dem Bürgermeister unterstellt.",
     "parent_units": ["Dezernat III"], "must_not": {"parent_units": ["Bürgermeister"]}, "reorganisations": ["2028-03-01"]},
    {"id": "u23-hist-07", "text": "Seit dem 1. Oktober 2024 ist das KIZ organisatorisch dem Fachbereich 4 zugeordnet; bis dahin war es Teil des Amtes 51.",
     "parent_units": ["Fachbereich 4"], "must_not": {"parent_units": ["Amt 51"]}},
    {"id": "u23-hist-08", "text": "Das KI war von 2012 bis 2016 im Schulamt, danach im Sozialamt und ist seit 2023 dem Amt für Integration zugeordnet.",
     "parent_units": ["Amt für Integration"], "must_not": {"parent_units": ["Schulamt", "Sozialamt"]}},
    {"id": "u23-hist-09", "text": "Im Zuge der Verwaltungsreform wechselt das KI zum 1. Juli 2028 vom Fachbereich 5 in das neue Amt 57.",
     "parent_units": ["Fachbereich 5"], "must_not": {"parent_units": ["Amt 57"]}, "reorganisations": ["2028-07-01"]},
    {"id": "u23-hist-10", "text": "Nachdem das KI zehn Jahre lang zum Jugendamt gehört hatte, ist es seit Anfang 2024 dem Bildungsamt zugeordnet.",
     "parent_units": ["Bildungsamt"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u23-hist-11", "text": "2014: Gründung des KI im Ordnungsamt\n\n2019: Wechsel in das Sozialamt\n\n2024: Eingliederung in das Amt 40",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Ordnungsamt", "Sozialamt"]}},
    {"id": "u23-hist-12", "text": "Die frühere Leiterin des Sozialamtes hat 2012 das KI mitgegründet.", "parent_units": [],
     "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u23-hist-13", "html": "<h2>Pressemitteilung vom 3. Februar 2026</h2><p>Der Rat der Stadt hat beschlossen: Ab dem 1. Januar 2028 gehört das "
     "Kommunale Integrationszentrum zum Fachbereich 6 – Bildung.</p><p>Bis dahin ist das KI dem Amt 50 zugeordnet.</p>",
     "parent_units": ["Amt 50"], "must_not": {"parent_units": ["Fachbereich 6 Bildung"]}, "reorganisations": ["2028-01-01"],
     "tolerate": {"reorganisations": ["2026-02-03"]}},
]

UNIT23_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND23) if i % 3 == 2]
UNIT23_TUNED: list[dict] = [c for i, c in enumerate(_ROUND23) if i % 3 != 2]


#: The round's second batch (written before any code for it, after the first batch's fixes), in the forms whose
#: held-out counts still miss: "angesiedelt" with the centre's other names, Stab wordings, office holders, inverted
#: orders, "seit" states, history, quotes, code headings and labels, each in a setting the first batch left out.
_ROUND23B: list[dict] = [
    {"id": "u23b-ang-01", "text": "Angesiedelt ist unser Integrationszentrum seit 2021 beim Amt für Schule, Sport und Integration.",
     "parent_units": ["Amt für Schule, Sport und Integration"]},
    {"id": "u23b-ang-02", "text": "Die Einrichtung ist im Fachdienst 3.4 – Teilhabe angesiedelt und berät kreisweit.", "parent_units": ["Fachdienst 3.4 [Teilhabe]"]},
    {"id": "u23b-ang-03", "text": "Wir sind beim Kreissozialamt angesiedelt.", "parent_units": ["Kreissozialamt"]},
    {"id": "u23b-ang-04", "text": "Das KIZ Ohlenfeld, angesiedelt im Amt 43, berät Schulen und Eltern.", "parent_units": ["Amt 43"]},
    {"id": "u23b-ang-05", "text": "Das Team des KI ist im Fachbereich Jugend angesiedelt.", "parent_units": ["Fachbereich Jugend"]},
    {"id": "u23b-ang-06", "text": "Die Schulsozialarbeit ist im Fachbereich Jugend angesiedelt; das KI berät Schulen.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich Jugend"]}},
    {"id": "u23b-stab-01", "text": "Das KI ist eine Stabsstelle, die direkt dem Bürgermeister zugeordnet ist.", "parent_units": ["[Stabsstelle] Bürgermeister"]},
    {"id": "u23b-stab-02", "text": "Das Kommunale Integrationszentrum arbeitet als Stabsstelle unmittelbar unter der Landrätin.", "parent_units": ["[Stabsstelle] Landrätin"]},
    {"id": "u23b-stab-03", "text": "Als Stabsstelle 02 gehört das KI zum Dezernat des Oberbürgermeisters.", "parent_units": ["[Dezernat des] Oberbürgermeister"]},
    {"id": "u23b-stab-04", "html": "<h2>Stabsstelle beim Landrat</h2><h3>Kommunales Integrationszentrum</h3><p>Wir beraten Familien.</p>",
     "parent_units": ["[Stabsstelle beim] Landrat"]},
    {"id": "u23b-stab-05", "text": "Das KIZ ist als Stabsstelle im Verwaltungsvorstand verankert.", "parent_units": ["[Stabsstelle im] Verwaltungsvorstand"]},
    {"id": "u23b-stab-06", "text": "Die Stabsstelle Bürgerbeteiligung ist beim Oberbürgermeister angesiedelt. Das KI berät Vereine.", "parent_units": [],
     "must_not": {"parent_units": ["Oberbürgermeister"]}},
    {"id": "u23b-office-01", "text": "Das KI untersteht unmittelbar dem Kreisdirektor.", "parent_units": ["Kreisdirektor"]},
    {"id": "u23b-office-02", "text": "Das KI ist organisatorisch dem Geschäftsbereich des Stadtdirektors zugeordnet.", "parent_units": ["[Geschäftsbereich des] Stadtdirektor"]},
    {"id": "u23b-office-03", "text": "Das Integrationszentrum ist dem Dezernat der Bürgermeisterin unterstellt.", "parent_units": ["[Dezernat der] Bürgermeisterin"]},
    {"id": "u23b-office-04", "text": "Zuständig für das KI ist innerhalb der Verwaltung der Erste Beigeordnete.", "parent_units": ["Erste[r] Beigeordnete"]},
    {"id": "u23b-office-05", "text": "Das KI ist der Beigeordneten für Bildung und Soziales zugeordnet.", "parent_units": ["Beigeordnete[n] [für Bildung und Soziales]"]},
    {"id": "u23b-office-06", "text": "Der Bürgermeister dankte dem KI für sein Engagement.", "parent_units": [], "must_not": {"parent_units": ["Bürgermeister"]}},
    {"id": "u23b-inv-01", "text": "Dem Fachbereich Schule und Integration gehört das KI seit 2018 an.", "parent_units": ["Fachbereich Schule und Integration"]},
    {"id": "u23b-inv-02", "text": "Im Amt 51 ist das Kommunale Integrationszentrum organisatorisch verankert.", "parent_units": ["Amt 51"]},
    {"id": "u23b-inv-03", "text": "Unterstellt ist das KI dem Fachbereich 4.", "parent_units": ["Fachbereich 4"]},
    {"id": "u23b-inv-04", "text": "Beim Dezernat III liegt die Fachaufsicht über das KI.", "parent_units": ["Dezernat III"]},
    {"id": "u23b-inv-05", "text": "Zum Fachdienst Bildung gehören das KI, die Schulverwaltung und die Musikschule.", "parent_units": ["Fachdienst Bildung"]},
    {"id": "u23b-inv-06", "text": "Dem Amt 40 ist auch das Bildungsbüro zugeordnet; das KI kooperiert mit ihm.", "parent_units": [],
     "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u23b-since-01", "text": "Das KI gehört seit der Umstrukturierung im Frühjahr 2024 zum Fachbereich 2.", "parent_units": ["Fachbereich 2"]},
    {"id": "u23b-since-02", "text": "Seit August 2023 ist das Kommunale Integrationszentrum ein Teil des Amtes für Bildung und Integration.",
     "parent_units": ["Amt für Bildung und Integration"]},
    {"id": "u23b-since-03", "text": "Das KI ist seit dem 01.01.2024 organisatorisch im Amt 56 verortet.", "parent_units": ["Amt 56"]},
    {"id": "u23b-since-04", "text": "Seit 2022 arbeitet das KI als Abteilung im Fachbereich Bildung.", "parent_units": ["[Abteilung im] Fachbereich Bildung"]},
    {"id": "u23b-since-05", "text": "Seit Januar 2025 gehört das KI nicht mehr zum Sozialamt, sondern zum Amt 40.", "parent_units": ["Amt 40"],
     "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u23b-since-06", "text": "Seit 2020 leitet Frau Dr. Vera Albers das Amt 40; das KI gehört zum Amt 50.", "parent_units": ["Amt 50"],
     "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u23b-hist-01", "text": "Ursprünglich war das KI im Büro des Bürgermeisters angesiedelt; heute ist es Teil des Fachbereichs 3.",
     "parent_units": ["Fachbereich 3"], "must_not": {"parent_units": ["Bürgermeister"]}},
    {"id": "u23b-hist-02", "text": "Das KI wurde 2013 als Teil des Sozialamts gegründet. Seit 2022 gehört es zum Amt für Integration.",
     "parent_units": ["Amt für Integration"], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u23b-hist-03", "text": "Bis zur Neuordnung 2021 war das KI dem Dezernat II zugeordnet.", "parent_units": [], "must_not": {"parent_units": ["Dezernat II"]}},
    {"id": "u23b-hist-04", "text": "Das KI, bis 2020 Teil des Jugendamts, gehört heute zum Fachbereich Bildung.", "parent_units": ["Fachbereich Bildung"],
     "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u23b-hist-05", "text": "Aus dem früheren Amt für Zuwanderung ist 2019 das KI hervorgegangen; es gehört heute zum Fachbereich 5.",
     "parent_units": ["Fachbereich 5"], "must_not": {"parent_units": ["Amt für Zuwanderung"]}},
    {"id": "u23b-hist-06", "text": "Das KI gehörte bis 2018 zum Schulamt.", "parent_units": [], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u23b-quote-01", "text": "Das KI gehört zur Abteilung „Zuwanderung“ des Amtes 32.", "parent_units": ["Abteilung Zuwanderung [des Amtes 32]"]},
    {"id": "u23b-quote-02", "text": "Wir sind Teil des Fachbereichs \"Bildung und Integration\".", "parent_units": ["Fachbereich Bildung und Integration"]},
    {"id": "u23b-quote-03", "text": "Das KI ist dem »Amt 51 – Jugend, Familie, Integration« zugeordnet.", "parent_units": ["Amt 51 [Jugend, Familie, Integration]"]},
    {"id": "u23b-quote-04", "text": "Das KI gehört zum Amt für „Integration und Teilhabe“ (Amt 56).", "parent_units": ["Amt für Integration und Teilhabe [56]"]},
    {"id": "u23b-quote-05", "text": "Das KI ist im Referat ‚Vielfalt‘ angesiedelt.", "parent_units": ["Referat Vielfalt"]},
    {"id": "u23b-quote-06", "text": "Das KI unterstützt das Projekt „Amt für alle“ der Stadtbibliothek.", "parent_units": [], "must_not": {"parent_units": ["Amt für alle"]}},
    {"id": "u23b-code-01", "html": "<h2>Amt 40 Schule und Bildung</h2><h3>40.3 | Kommunales Integrationszentrum</h3><p>Wir beraten Familien.</p>",
     "parent_units": ["Amt 40 [Schule und Bildung]"]},
    {"id": "u23b-code-02", "html": "<h2>FD 2.1 – Kommunales Integrationszentrum</h2><p>Fachdienst 2.1 im Fachbereich 2 – Jugend und Familie</p>",
     "parent_units": ["Fachbereich 2 [Jugend und Familie]"]},
    {"id": "u23b-code-03", "html": "<h2>Fachbereich 3: Soziales, Integration, Senioren</h2><h3>Kommunales Integrationszentrum</h3><p>Wir beraten Familien.</p>",
     "parent_units": ["Fachbereich 3 [Soziales, Integration, Senioren]"]},
    {"id": "u23b-code-04", "html": "<p><strong>Dezernat II</strong> – Fachbereich 51</p><h2>Kommunales Integrationszentrum</h2><p>Wir beraten Familien.</p>",
     "parent_units": ["[Dezernat II /] Fachbereich 51"]},
    {"id": "u23b-code-05", "html": "<h2>Amt 32 – Ordnungsamt</h2><p>Gewerbe, Märkte, Fundsachen.</p><h2>Amt 56 – Integration</h2><h3>Kommunales Integrationszentrum</h3>"
     "<p>Wir beraten Familien.</p>", "parent_units": ["Amt 56 [Integration]"], "must_not": {"parent_units": ["Amt 32 Ordnungsamt"]}},
    {"id": "u23b-code-06", "html": "<h2>Kommunales Integrationszentrum</h2><p>Wir beraten Familien.</p><h2>Amt 33 – Ausländerbehörde</h2><p>Termine online.</p>",
     "parent_units": [], "must_not": {"parent_units": ["Amt 33 Ausländerbehörde"]}},
    {"id": "u23b-label-01", "text": "Organisatorische Zuordnung – Fachbereich 5 Bildung", "parent_units": ["Fachbereich 5 [Bildung]"]},
    {"id": "u23b-label-02", "html": "<p><strong>Zuordnung:</strong> <a href=\"/amt51\">Amt 51</a> (Jugend und Familie)</p><p>Wir beraten Familien.</p>",
     "parent_units": ["Amt 51 [Jugend und Familie]"]},
    {"id": "u23b-label-03", "text": "Gehört zum: Fachdienst Integration", "parent_units": ["Fachdienst Integration"]},
    {"id": "u23b-label-04", "html": "<ul><li>Zuordnung: Dezernat IV</li><li>Amt: 50 – Soziales</li><li>Leitung: Frau Imke Brandt</li></ul>",
     "parent_units": ["[Dezernat IV /] Amt 50 [Soziales]"]},
    {"id": "u23b-label-05", "text": "Übergeordnete Organisationseinheit\n\nAmt für Soziales und Integration", "parent_units": ["Amt für Soziales und Integration"]},
    {"id": "u23b-label-06", "text": "Partner: Amt 40 – Schulamt", "parent_units": [], "must_not": {"parent_units": ["Amt 40 Schulamt"]}},
]

UNIT23B_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND23B) if i % 3 == 2]
UNIT23B_TUNED: list[dict] = [c for i, c in enumerate(_ROUND23B) if i % 3 != 2]


#: The round's third batch (written before any code for it): the centre named by the page's own words for it ("unser
#: Team", "die Fachstelle", "das Zentrum", "unsere Einrichtung") and verbs in orders the first batches left out.
_ROUND23C: list[dict] = [
    {"id": "u23c-syn-01", "text": "Unser Team ist organisatorisch dem Fachbereich Jugend zugeordnet.", "parent_units": ["Fachbereich Jugend"]},
    {"id": "u23c-syn-02", "text": "Die Fachstelle Integration – so heißt das KI bei uns – gehört zum Amt 51.", "parent_units": ["Amt 51"]},
    {"id": "u23c-syn-03", "text": "Das Zentrum ist organisatorisch Teil des Amtes für Bildung.", "parent_units": ["Amt für Bildung"]},
    {"id": "u23c-syn-04", "text": "Unsere Einrichtung untersteht dem Kreisjugendamt.", "parent_units": ["Kreisjugendamt"]},
    {"id": "u23c-syn-05", "text": "Das KI-Team gehört zum Fachdienst 53.", "parent_units": ["Fachdienst 53"]},
    {"id": "u23c-syn-06", "text": "Das Team der Schulsozialarbeit gehört zum Fachdienst 53.", "parent_units": [], "must_not": {"parent_units": ["Fachdienst 53"]}},
    {"id": "u23c-inv-01", "text": "Organisatorisch zugeordnet ist das KI dem Dezernat II.", "parent_units": ["Dezernat II"]},
    {"id": "u23c-inv-02", "text": "Dem Fachbereich 4 untersteht seit 2019 das Kommunale Integrationszentrum.", "parent_units": ["Fachbereich 4"]},
    {"id": "u23c-inv-03", "text": "In den Fachbereich Bildung eingebunden ist auch das Jugendmigrationsteam.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich Bildung"]}},
    {"id": "u23c-inv-04", "text": "Angegliedert an das Schulamt arbeitet das KI eng mit den Schulen zusammen.", "parent_units": ["Schulamt"]},
    {"id": "u23c-inv-05", "text": "Zugehörig ist das Integrationszentrum zum Amt für Jugend und Familie.", "parent_units": ["Amt für Jugend und Familie"]},
    {"id": "u23c-inv-06", "text": "Im Dezernat IV verortet, berät das KI kreisweit.", "parent_units": ["Dezernat IV"]},
]

UNIT23C_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND23C) if i % 3 == 2]
UNIT23C_TUNED: list[dict] = [c for i, c in enumerate(_ROUND23C) if i % 3 != 2]
