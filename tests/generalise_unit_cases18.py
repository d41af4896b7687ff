"""The eighteenth round of parent units and reorganisations (issue 7, ids "u18-…"), written before the code
that reads them: organisation codes in headings and in code lines above the centre's line, quoted unit names
in every quote style (a quote round part of the name too), Stab and Stabsstelle forms with office holders as
targets, the centre under another name the page defines, nested chains where the parent is the level right
above the centre (never the top of the chain or a sibling), label and value (also in different cells), verbs
of every kind in any word order, dated history beside the current state, "seit" sentences, and announcements.
Distractors beside them: another unit's parent, another institution named like a centre, a history sentence
alone, an announced change not yet in force, a quoted event title. Invented centres, units and towns only.
Every third case is kept aside (UNIT18_ASIDE): nobody tunes on it; `python -m bench.generalise_score`
prints it on a line of its own."""

from __future__ import annotations

_P = "<p>Wir beraten Kitas, Schulen und Familien mit Einwanderungsgeschichte.</p>"

_ROUND18: list[dict] = [
    # organisation codes in headings and code lines above the centre's line
    {"id": "u18-codehead-01", "html": "<h1>Fachbereich 6 – Bildung</h1><h2>6.4 Kommunales Integrationszentrum</h2>" + _P,
     "parent_units": ["Fachbereich 6 [Bildung]"]},
    {"id": "u18-codehead-02", "html": "<h2>FB 7 / Abt. 70.2 Kommunales Integrationszentrum</h2>" + _P,
     "parent_units": ["Fachbereich 7 [Abteilung 70.2]"]},
    {"id": "u18-codehead-03", "html": "<p>Amt 42 – Schule und Integration</p><p>Kommunales Integrationszentrum</p><p>Lindenweg 3</p>" + _P,
     "parent_units": ["Amt 42 [Schule und Integration]"]},
    {"id": "u18-codehead-04", "html": "<h3>Fachdienst 23 | Kommunales Integrationszentrum</h3>" + _P, "parent_units": ["Fachdienst 23"]},
    {"id": "u18-codehead-05", "html": "<h2>Dezernat 4</h2><h3>Amt 40 – Schule</h3><h4>40.3 Kommunales Integrationszentrum</h4>" + _P,
     "parent_units": ["[Dezernat 4 /] Amt 40 [Schule]"]},
    {"id": "u18-codehead-06", "html": "<h2>Amt 50 – Soziales</h2><p>Wir zahlen Wohngeld und Grundsicherung aus.</p>"
     "<h2>Kommunales Integrationszentrum</h2>" + _P, "parent_units": [], "must_not": {"parent_units": ["Amt 50"]}},
    # quoted unit names, every quote style, a quote round part of the name
    {"id": "u18-quote-01", "text": "Das KI ist Teil der Abteilung ‚Bildung und Sprache‘ im Fachbereich 4.",
     "parent_units": ["Abteilung Bildung und Sprache [im Fachbereich 4]"]},
    {"id": "u18-quote-02", "text": "Zugeordnet ist das Integrationszentrum dem Fachdienst »Zuwanderung und Teilhabe«.",
     "parent_units": ["Fachdienst Zuwanderung und Teilhabe"]},
    {"id": "u18-quote-03", "text": "Das Kommunale Integrationszentrum gehört zum Amt für „Vielfalt und Chancen“.",
     "parent_units": ["Amt für Vielfalt und Chancen"]},
    {"id": "u18-quote-04", "text": "Das KI ist im Referat 'Integration durch Bildung' angesiedelt.", "parent_units": ["Referat Integration durch Bildung"]},
    {"id": "u18-quote-05", "text": "Das KI lädt zur Fachtagung »Stabsstelle Vielfalt – ein Modell für die Kommune?« ein.", "parent_units": []},
    {"id": "u18-quote-06", "text": "Organisatorisch ist das KI in der Abteilung „Chancen und Teilhabe“ des Kreisjugendamtes verortet.",
     "parent_units": ["Abteilung Chancen und Teilhabe [des Kreisjugendamtes]"]},
    # Stab and Stabsstelle, office holders as targets
    {"id": "u18-stab-01", "text": "Das Kommunale Integrationszentrum ist als Stabsstelle der Bürgermeisterin zugeordnet.",
     "parent_units": ["[Stabsstelle] Bürgermeisterin"]},
    {"id": "u18-stab-02", "text": "Das KI arbeitet als Stabsstelle im Dezernat IV.", "parent_units": ["[Stabsstelle im] Dezernat IV"]},
    {"id": "u18-stab-03", "text": "Als Stab ist das Integrationszentrum unmittelbar beim Landrat angesiedelt.", "parent_units": ["[Stab] Landrat"]},
    {"id": "u18-stab-04", "text": "Das KI ist eine Stabsstelle des Kreisdirektors.", "parent_units": ["[Stabsstelle] Kreisdirektor"]},
    {"id": "u18-stab-05", "text": "Die Stabsstelle Integration beim Oberbürgermeister koordiniert die Arbeit von Integrationsrat und Ehrenamt.",
     "parent_units": [], "must_not": {"parent_units": ["Oberbürgermeister"]}},
    {"id": "u18-stab-06", "text": "Dem Oberbürgermeister direkt unterstellt ist die Stabsstelle Kommunales Integrationszentrum.",
     "parent_units": ["Oberbürgermeister"]},
    # the centre under another name the page defines
    {"id": "u18-alias-01", "text": "Das Bildungs- und Integrationszentrum Nordheide (BIZ) ist das Kommunale Integrationszentrum des Kreises. "
     "Das BIZ ist dem Fachbereich Jugend zugeordnet.", "parent_units": ["Fachbereich Jugend"]},
    {"id": "u18-alias-02", "text": "Das Kommunale Integrationszentrum Mühlbach (KIM) berät Familien. Das KIM ist seit 2019 dem Amt für Bildung zugeordnet.",
     "parent_units": ["Amt für Bildung"]},
    {"id": "u18-alias-03", "text": "Das KIZ ist dem Kreissozialamt angegliedert.", "parent_units": ["Kreissozialamt"]},
    {"id": "u18-alias-04", "text": "Dem Dezernat II ist das Kreisintegrationszentrum zugeordnet.", "parent_units": ["Dezernat II"]},
    {"id": "u18-alias-05", "text": "Das Integrationszentrum Ost der Diakonie (IZO) gehört zum Fachbereich Migration des Verbandes.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Migration"]}},
    {"id": "u18-alias-06", "text": "Unter dem Namen „Brücke Wendeburg“ arbeitet das Kommunale Integrationszentrum der Stadt. "
     "Die Brücke Wendeburg gehört zum Amt 51.", "parent_units": ["Amt 51"]},
    # nested chains: the parent is the level right above the centre
    {"id": "u18-chain-01", "text": "Das KI ist eine Abteilung des Fachbereichs 3 im Dezernat II.", "parent_units": ["[Abteilung] Fachbereich 3 [Dezernat II]"]},
    {"id": "u18-chain-02", "text": "Dezernat V – Fachbereich 50 – Abteilung 50.4 – Kommunales Integrationszentrum",
     "parent_units": ["[Dezernat V / Fachbereich 50 /] Abteilung 50.4"]},
    {"id": "u18-chain-03", "text": "Im Dezernat III gehört das KI zur Abteilung Bildung des Fachbereichs Jugend.",
     "parent_units": ["Abteilung Bildung [des Fachbereichs Jugend / Dezernat III]"]},
    {"id": "u18-chain-04", "text": "Der Fachbereich 4 umfasst die Abteilungen 4.1 Schule, 4.2 Sport und 4.3 Kommunales Integrationszentrum.",
     "parent_units": ["Fachbereich 4"], "must_not": {"parent_units": ["Abteilung 4.2 Sport"]}},
    {"id": "u18-chain-05", "html": "<ul><li>Dezernat II – Bildung<ul><li>Amt 40 – Schulen<ul><li>Kommunales Integrationszentrum</li>"
     "<li>Bildungsbüro</li></ul></li><li>Amt 41 – Kultur</li></ul></li></ul>",
     "parent_units": ["[Dezernat II Bildung /] Amt 40 [Schulen]"], "must_not": {"parent_units": ["Amt 41"]}},
    {"id": "u18-chain-06", "text": "Das KI gehört zum Team Integration, das Teil der Abteilung 2 des Jugendamtes ist.",
     "parent_units": ["Team Integration [Abteilung 2 des Jugendamtes]"]},
    {"id": "u18-chain-07", "html": "<table><tr><td>Dezernat</td><td>IV – Soziales</td></tr><tr><td>Fachbereich</td><td>45 – Integration</td></tr>"
     "<tr><td>Einrichtung</td><td>Kommunales Integrationszentrum</td></tr></table>",
     "parent_units": ["[Dezernat IV Soziales /] Fachbereich 45 [Integration]"]},
    # label and value
    {"id": "u18-label-01", "text": "Übergeordnete Stelle: Amt 32 – Bürgerdienste und Integration", "parent_units": ["Amt 32 [Bürgerdienste und Integration]"]},
    {"id": "u18-label-02", "html": "<table><tr><td>Zuordnung</td><td>Geschäftsbereich 5 – Bildung und Teilhabe</td></tr></table>",
     "parent_units": ["Geschäftsbereich 5 [Bildung und Teilhabe]"]},
    {"id": "u18-label-03", "html": "<div class=\"row\"><span class=\"label\">Organisatorische Anbindung</span>"
     "<span class=\"value\">Fachdienst Jugend und Integration</span></div>", "parent_units": ["Fachdienst Jugend und Integration"]},
    {"id": "u18-label-04", "text": "Angebunden an: Stabsstelle Integration beim Bürgermeister", "parent_units": ["Stabsstelle Integration [beim Bürgermeister]"]},
    {"id": "u18-label-05", "text": "Ansprechpartner im Jobcenter: Team 3, Geschäftsbereich Markt und Integration", "parent_units": [],
     "must_not": {"parent_units": ["Geschäftsbereich Markt und Integration"]}},
    {"id": "u18-label-06", "text": "Zuordnung im Verwaltungsaufbau: Dezernat I / Amt 15 – Integration und Wahlen",
     "parent_units": ["[Dezernat I /] Amt 15 [Integration und Wahlen]"]},
    # verbs of every kind, any word order
    {"id": "u18-verb-01", "text": "Das Integrationszentrum ist organisatorisch beim Fachbereich 2 aufgehängt.", "parent_units": ["Fachbereich 2"]},
    {"id": "u18-verb-02", "text": "Das KI ist ins Amt 51 integriert.", "parent_units": ["Amt 51"]},
    {"id": "u18-verb-03", "text": "Angegliedert wurde das KIZ 2014 an das Kreisschulamt, bei dem es bis heute verblieben ist.",
     "parent_units": ["Kreisschulamt"]},
    {"id": "u18-verb-04", "text": "Dem Fachbereich Soziales obliegt die Dienst- und Fachaufsicht über das KI.", "parent_units": ["Fachbereich Soziales"]},
    {"id": "u18-verb-05", "text": "Das Kommunale Integrationszentrum ist im Amt für Soziales und Senioren beheimatet.",
     "parent_units": ["Amt für Soziales und Senioren"]},
    {"id": "u18-verb-06", "text": "Wir sind ein Teil des Fachdienstes Bildung und Integration.", "parent_units": ["Fachdienst Bildung und Integration"]},
    {"id": "u18-verb-07", "text": "Das Bildungsbüro ist dem Amt 40 zugeordnet; das KI arbeitet eng mit ihm zusammen.", "parent_units": [],
     "must_not": {"parent_units": ["Amt 40"]}},
    # dated history, "seit", announcements
    {"id": "u18-hist-01", "text": "Seit dem 1. Februar 2023 gehört das KI zum Amt für Bildung und Integration.",
     "parent_units": ["Amt für Bildung und Integration"]},
    {"id": "u18-hist-02", "text": "Von 2012 bis 2021 war das Integrationszentrum dem Dezernat des Oberbürgermeisters zugeordnet. "
     "Seit 2022 gehört es zum Fachbereich 4.", "parent_units": ["Fachbereich 4"], "must_not": {"parent_units": ["Dezernat des Oberbürgermeisters"]}},
    {"id": "u18-hist-03", "text": "Ursprünglich war das KI Teil des Sozialamtes.", "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u18-hist-04", "text": "Seit Jahresbeginn ist das KIZ im Fachdienst 32 angesiedelt.", "parent_units": ["Fachdienst 32"]},
    {"id": "u18-hist-05", "text": "Das KI, das bis 2020 dem Jugendamt angehörte, ist heute dem Amt 40 zugeordnet.", "parent_units": ["Amt 40"],
     "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u18-hist-06", "text": "Chronik: 2013 Gründung im Sozialamt · 2018 Wechsel in den Fachbereich Bildung · 2024 Eingliederung in das Amt für Integration",
     "parent_units": ["Amt für Integration"], "must_not": {"parent_units": ["Sozialamt", "Fachbereich Bildung"]}},
    {"id": "u18-hist-07", "text": "Mit Wirkung zum 1. Januar 2025 ist das KI dem Geschäftsbereich 3 unterstellt worden.", "parent_units": ["Geschäftsbereich 3"]},
    {"id": "u18-announce-01", "text": "Ab dem 1. Januar 2027 wird das KI dem neuen Amt für Vielfalt zugeordnet.", "parent_units": [],
     "must_not": {"parent_units": ["Amt für Vielfalt"]}, "reorganisations": ["2027-01-01"]},
    {"id": "u18-announce-02", "text": "Der Rat hat beschlossen, das Integrationszentrum zum 1. Juli 2027 in den Fachbereich 5 einzugliedern. "
     "Bis dahin gehört es zum Sozialamt.", "parent_units": ["Sozialamt"], "must_not": {"parent_units": ["Fachbereich 5"]},
     "reorganisations": ["2027-07-01"]},
    {"id": "u18-announce-03", "text": "Geplant ist, das KI künftig dem Dezernat III zu unterstellen.", "parent_units": [],
     "must_not": {"parent_units": ["Dezernat III"]}},
]

#: Every third case of the round is aside (never tuned on); the rest is tuned on.
UNIT18_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND18) if i % 3 == 2]
UNIT18_TUNED: list[dict] = [c for i, c in enumerate(_ROUND18) if i % 3 != 2]
