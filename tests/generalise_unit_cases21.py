"""The twenty-first round of parent units (issue 7, ids "u21-…"), written before the code that reads
them: organisation codes and headings above the centre (with and without names, organigram lists,
breadcrumbs), nested chains in both directions where the nearest level must be kept, quoted unit
names, label rows (in tables, definition lists and running text), assignment verbs in any word order
(gehört zu, angegliedert, eingegliedert, angesiedelt, verortet, ressortiert bei, untersteht, ist Teil
von, bildet mit … den Fachbereich, organisatorisch bei), office holders as targets, the Stab, the
centre's other names (KI, KIZ, Integrationszentrum, an acronym the page defines). Distractors beside
them: partner institutions, another unit named in the same sentence, history sentences, announced
reorganisations. Invented centres, units, people and towns only. Every third case is kept aside
(UNIT21_ASIDE): nobody tunes on it; `python -m bench.generalise_score` prints it on a line of its own."""

from __future__ import annotations

_P = "<p>Wir unterstützen Schulen, Kitas und Migrantenorganisationen im Kreisgebiet.</p>"
_T = "<p>Das Kommunale Integrationszentrum berät Neuzugewanderte und ihre Familien.</p>"

_ROUND21: list[dict] = [
    # ---------------------------------------------------------------- codes and headings above the centre
    {"id": "u21-code-01", "html": "<h2>Amt 43 – Bildung und Teilhabe</h2><h3>Kommunales Integrationszentrum</h3>" + _P,
     "parent_units": ["Amt 43 [Bildung und Teilhabe]"]},
    {"id": "u21-code-02", "html": "<p class=\"org\">FB 6 – Familie, Jugend und Integration</p><h1>Kommunales Integrationszentrum Wendhagen</h1>" + _P,
     "parent_units": ["Fachbereich 6 [Familie, Jugend und Integration]"]},
    {"id": "u21-code-03", "html": "<h2>Dez. II</h2><h3>Kommunales Integrationszentrum</h3>" + _P, "parent_units": ["Dezernat II"]},
    {"id": "u21-code-04", "html": "<h2>56 Amt für Soziales und Integration</h2><h3>56.2 Kommunales Integrationszentrum</h3>" + _P,
     "parent_units": ["Amt [56] für Soziales und Integration"]},
    {"id": "u21-code-05", "html": "<h2>Fachdienst 53 – Bildungsbüro</h2><p>Das Bildungsbüro koordiniert die Übergänge von der Schule in den Beruf.</p>"
     "<h2>Kommunales Integrationszentrum</h2>" + _T, "parent_units": [], "must_not": {"parent_units": ["Fachdienst 53 Bildungsbüro"]}},
    {"id": "u21-code-06", "html": "<h3>Organigramm Fachbereich 4 – Bildung</h3><ul><li>4.1 Schulverwaltung</li><li>4.2 Volkshochschule</li>"
     "<li>4.3 Kommunales Integrationszentrum</li></ul>", "parent_units": ["Fachbereich 4 [Bildung]"]},
    {"id": "u21-code-07", "html": "<p>Amt 50 • Sozialamt</p><h2>Kommunales Integrationszentrum</h2>" + _P, "parent_units": ["Amt 50 [Sozialamt]"]},
    {"id": "u21-code-08", "html": "<h2>Dezernat III – Jugend, Schule, Integration</h2><h3>Amt 51 – Jugendamt</h3><p>Hilfen zur Erziehung</p>"
     "<h3>Amt 52 – Amt für Integration</h3><ul><li>Kommunales Integrationszentrum</li><li>Ausländerbeirat</li></ul>",
     "parent_units": ["[Dezernat III – Jugend, Schule, Integration /] Amt 52 [Amt für Integration]"], "must_not": {"parent_units": ["Amt 51 Jugendamt"]}},
    {"id": "u21-code-09", "text": "Kommunales Integrationszentrum im Fachbereich 3 | Stadt Wendhagen", "parent_units": ["Fachbereich 3"]},
    {"id": "u21-code-10", "html": "<h2>Geschäftsbereich 2 – Bildung, Kultur und Sport</h2><h3>Kommunales Integrationszentrum (KIZ)</h3>" + _P,
     "parent_units": ["Geschäftsbereich 2 [Bildung, Kultur und Sport]"]},
    {"id": "u21-code-11", "html": "<h2>Stabsstelle 0.4 Wirtschaftsförderung</h2><p>Wir helfen Gründerinnen und Gründern.</p>"
     "<p>Siehe auch: Kommunales Integrationszentrum</p>", "parent_units": [], "must_not": {"parent_units": ["Stabsstelle 0.4 Wirtschaftsförderung"]}},
    {"id": "u21-code-12", "text": "FD 3.4 Kommunales Integrationszentrum im Fachbereich 3 Jugend und Bildung", "parent_units": ["Fachbereich 3 [Jugend und Bildung]"]},
    # ---------------------------------------------------------------- breadcrumbs and paths
    {"id": "u21-path-01", "text": "Startseite › Rathaus › Dezernat IV › Amt für Jugend und Integration › Kommunales Integrationszentrum",
     "parent_units": ["[Dezernat IV /] Amt für Jugend und Integration"]},
    {"id": "u21-path-02", "text": "Sie sind hier: Verwaltung / Fachbereich 5 Soziales / Kommunales Integrationszentrum",
     "parent_units": ["Fachbereich 5 [Soziales]"]},
    {"id": "u21-path-03", "text": "Startseite > Leben > Integration > Kommunales Integrationszentrum", "parent_units": []},
    {"id": "u21-path-04", "text": "Dezernat 2 » Amt 40 Schulamt » KI", "parent_units": ["[Dezernat 2 /] Amt 40 [Schulamt]"]},
    # ---------------------------------------------------------------- nested chains, nearest level kept
    {"id": "u21-chain-01", "text": "Das Kommunale Integrationszentrum ist im Amt für Schule und Bildung des Dezernats 3 angesiedelt.",
     "parent_units": ["Amt für Schule und Bildung [des Dezernats 3]"]},
    {"id": "u21-chain-02", "text": "Das KI arbeitet in der Abteilung Integration, die zum Fachbereich Soziales gehört.",
     "parent_units": ["Abteilung Integration [Fachbereich Soziales]"]},
    {"id": "u21-chain-03", "text": "Innerhalb des Dezernats II ist das KI dem Amt für Zuwanderung zugeordnet.",
     "parent_units": ["[Dezernat II /] Amt für Zuwanderung"]},
    {"id": "u21-chain-04", "text": "Das Integrationszentrum gehört zur Abteilung 2 des Fachdienstes Jugend im Geschäftsbereich Soziales.",
     "parent_units": ["Abteilung 2 [des Fachdienstes Jugend im Geschäftsbereich Soziales]"]},
    {"id": "u21-chain-05", "text": "Das Amt 40 ist Teil des Dezernats V. Zum Amt 40 gehört das Kommunale Integrationszentrum.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Dezernat V"]}},
    {"id": "u21-chain-06", "html": "<dl><dt>Dezernat</dt><dd>II – Bildung und Soziales</dd><dt>Amt</dt><dd>42 – Amt für Integration</dd>"
     "<dt>Dienststelle</dt><dd>Kommunales Integrationszentrum</dd></dl>", "parent_units": ["[Dezernat II Bildung und Soziales /] Amt 42 [Amt für Integration]"]},
    {"id": "u21-chain-07", "text": "Das KI ist Teil der Abteilung Bildung und Integration; die Abteilung gehört zum Fachbereich 2.",
     "parent_units": ["Abteilung Bildung und Integration"], "must_not": {"parent_units": ["Fachbereich 2"]}},
    {"id": "u21-chain-08", "text": "Das KI ist dem Sachgebiet Integration zugeordnet, das neben dem Sachgebiet Schulsozialarbeit im Amt 51 angesiedelt ist.",
     "parent_units": ["Sachgebiet Integration [Amt 51]"], "must_not": {"parent_units": ["Sachgebiet Schulsozialarbeit"]}},
    {"id": "u21-chain-09", "text": "Im Dezernat Soziales gehört das Integrationszentrum zum Amt für Soziales und Wohnen.",
     "parent_units": ["[Dezernat Soziales /] Amt für Soziales und Wohnen"]},
    {"id": "u21-chain-10", "text": "Organisatorisch: Dezernat I / Fachbereich 1.3 Integration / Kommunales Integrationszentrum",
     "parent_units": ["[Dezernat I /] Fachbereich 1.3 [Integration]"]},
    # ---------------------------------------------------------------- quoted unit names
    {"id": "u21-quote-01", "text": "Das KI ist dem Fachdienst „Bildung und Vielfalt“ angegliedert.", "parent_units": ["Fachdienst Bildung und Vielfalt"]},
    {"id": "u21-quote-02", "text": "Seit 2022 ist das Integrationszentrum Teil der Abteilung »Migration und Teilhabe«.",
     "parent_units": ["Abteilung Migration und Teilhabe"]},
    {"id": "u21-quote-03", "text": "Das KI organisiert mit dem Verein „Amt für Begegnung e. V.“ ein Sommerfest.", "parent_units": [],
     "must_not": {"parent_units": ["Amt für Begegnung"]}},
    {"id": "u21-quote-04", "text": "Zum Fachbereich „Jugend, Schule und Integration“ gehört auch das Kommunale Integrationszentrum.",
     "parent_units": ["Fachbereich Jugend, Schule und Integration"]},
    {"id": "u21-quote-05", "text": "Das Kommunale Integrationszentrum ist im Amt \"Bildung und Integration\" (Amt 41) verortet.",
     "parent_units": ["Amt [41] Bildung und Integration"]},
    {"id": "u21-quote-06", "text": "Das KI zeigt die Wanderausstellung „Dezernat der Träume“ im Foyer.", "parent_units": [],
     "must_not": {"parent_units": ["Dezernat der Träume"]}},
    {"id": "u21-quote-07", "text": "Das KI gehört organisatorisch zum Geschäftsbereich ‚Bürgerdienste und Integration‘.",
     "parent_units": ["Geschäftsbereich Bürgerdienste und Integration"]},
    {"id": "u21-quote-08", "text": "Dem Fachbereich „Soziales und Gesundheit“ untersteht das Integrationszentrum.",
     "parent_units": ["Fachbereich Soziales und Gesundheit"]},
    # ---------------------------------------------------------------- label and colon
    {"id": "u21-label-01", "html": "<table><tr><th>Zugehörigkeit</th><td>Fachbereich 2 – Bildung</td></tr><tr><th>Telefon</th><td>02345 6789-0</td></tr></table>" + _T,
     "parent_units": ["Fachbereich 2 [Bildung]"]},
    {"id": "u21-label-02", "text": "Übergeordnete Organisationseinheit: Amt für Schule, Kultur und Sport", "parent_units": ["Amt für Schule, Kultur und Sport"]},
    {"id": "u21-label-03", "html": "<dl><dt>Organisatorische Zuordnung</dt><dd>Dezernat 4, Amt 50</dd></dl>" + _T,
     "parent_units": ["[Dezernat 4,] Amt 50"]},
    {"id": "u21-label-04", "text": "Zugehörig zu: Fachdienst Jugend und Familie", "parent_units": ["Fachdienst Jugend und Familie"]},
    {"id": "u21-label-05", "text": "Organisationseinheit: Amt 33 – Bürgeramt. Das KI hat dort ein Büro im Erdgeschoss.", "parent_units": ["Amt 33 [Bürgeramt]"]},
    {"id": "u21-label-06", "html": "<table><tr><td>Kooperationspartner:</td><td>Jugendamt, Jobcenter, Volkshochschule</td></tr></table>" + _T,
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u21-label-07", "text": "Eingliederung: Fachbereich 7 – Schule und Integration", "parent_units": ["Fachbereich 7 [Schule und Integration]"]},
    {"id": "u21-label-08", "html": "<p><b>Zuständiges Dezernat:</b> Dezernat III – Soziales</p>" + _T, "parent_units": ["Dezernat III [Soziales]"]},
    {"id": "u21-label-09", "text": "Dienstort: Rathaus II, Amt für Ordnung, Zimmer 204", "parent_units": [], "must_not": {"parent_units": ["Amt für Ordnung"]}},
    # ---------------------------------------------------------------- assignment verbs in any word order
    {"id": "u21-verb-01", "text": "Beim Fachbereich Bildung ressortiert das Kommunale Integrationszentrum.", "parent_units": ["Fachbereich Bildung"]},
    {"id": "u21-verb-02", "text": "Dem Schulverwaltungsamt angegliedert ist seit 2016 das Kommunale Integrationszentrum.", "parent_units": ["Schulverwaltungsamt"]},
    {"id": "u21-verb-03", "text": "Das KIZ ist organisatorisch beim Amt für Familie und Integration.", "parent_units": ["Amt für Familie und Integration"]},
    {"id": "u21-verb-04", "text": "Verortet ist das Integrationszentrum im Fachbereich Jugend und Soziales.", "parent_units": ["Fachbereich Jugend und Soziales"]},
    {"id": "u21-verb-05", "text": "Das Kommunale Integrationszentrum bildet mit dem Bildungsbüro den Fachbereich Bildung und Teilhabe.",
     "parent_units": ["Fachbereich Bildung und Teilhabe"], "must_not": {"parent_units": ["Bildungsbüro"]}},
    {"id": "u21-verb-06", "text": "In das Kreisjugendamt eingegliedert wurde das KI im Jahr 2015; dort ist es bis heute.", "parent_units": ["Kreisjugendamt"]},
    {"id": "u21-verb-07", "text": "Das KI untersteht fachlich und organisatorisch der Abteilung Soziales.", "parent_units": ["Abteilung Soziales"]},
    {"id": "u21-verb-08", "text": "Im Amt für Chancengleichheit hat das Kommunale Integrationszentrum seinen organisatorischen Sitz.",
     "parent_units": ["Amt für Chancengleichheit"]},
    {"id": "u21-verb-09", "text": "Das Integrationszentrum ist ein Teil vom Fachdienst 22.", "parent_units": ["Fachdienst 22"]},
    {"id": "u21-verb-10", "text": "Das KI ist beim Amt für Jugend angebunden und arbeitet eng mit dem Sozialamt zusammen.",
     "parent_units": ["Amt für Jugend"], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u21-verb-11", "text": "Zugeordnet ist das KIZ dem Geschäftsbereich 4.", "parent_units": ["Geschäftsbereich 4"]},
    {"id": "u21-verb-12", "text": "Das Kommunale Integrationszentrum gehört zum Bereich 2.3 Migration des Amts 50.",
     "parent_units": ["Bereich 2.3 Migration [des Amts 50]"]},
    {"id": "u21-verb-13", "text": "Angebunden an den Fachbereich Schule ist das Kommunale Integrationszentrum, das auch Sprachkurse vermittelt.",
     "parent_units": ["Fachbereich Schule"]},
    {"id": "u21-verb-14", "text": "Das KI ist in die Abteilung 31 eingebettet.", "parent_units": ["Abteilung 31"]},
    # ---------------------------------------------------------------- office holders, Stab, the centre's other names
    {"id": "u21-office-01", "text": "Das Kommunale Integrationszentrum ist direkt der Bürgermeisterin zugeordnet.", "parent_units": ["Bürgermeisterin"]},
    {"id": "u21-office-02", "text": "Als Stab des Landrats koordiniert das KI die Integrationsarbeit im Kreis.", "parent_units": ["[Stab] Landrat"]},
    {"id": "u21-office-03", "text": "Das KI ist dem Ersten Beigeordneten unterstellt.", "parent_units": ["Erster Beigeordneter"]},
    {"id": "u21-office-04", "text": "Der Bürgermeister begrüßte die Gäste des KI beim Neujahrsempfang.", "parent_units": [],
     "must_not": {"parent_units": ["Bürgermeister"]}},
    {"id": "u21-syn-01", "text": "Das Zentrum für Integration und Vielfalt (ZIV) ist das Kommunale Integrationszentrum der Stadt. Das ZIV gehört zum Amt 32.",
     "parent_units": ["Amt 32"]},
    {"id": "u21-syn-02", "text": "Unser Integrationszentrum ist im Fachbereich Familie angesiedelt.", "parent_units": ["Fachbereich Familie"]},
    {"id": "u21-syn-03", "text": "Das KIZ Wendhagen gehört zum Dezernat für Bildung.", "parent_units": ["Dezernat für Bildung"]},
    {"id": "u21-syn-04", "text": "Wir sind als Sachgebiet Integration Teil des Amtes 51.", "parent_units": ["[Sachgebiet Integration im] Amt 51"]},
    # ---------------------------------------------------------------- partner institutions and other units near the centre
    {"id": "u21-other-01", "text": "Das KI arbeitet eng mit dem Jugendamt und dem Amt für Schule zusammen.", "parent_units": [],
     "must_not": {"parent_units": ["Jugendamt", "Amt für Schule"]}},
    {"id": "u21-other-02", "text": "Die Ausländerbehörde gehört zum Amt 33; das KI ist dem Amt 40 zugeordnet.", "parent_units": ["Amt 40"],
     "must_not": {"parent_units": ["Amt 33"]}},
    {"id": "u21-other-03", "text": "Das KI gehört zum Fachbereich 4, die Migrationsberatung der Caritas zum Diözesanverband.",
     "parent_units": ["Fachbereich 4"]},
    {"id": "u21-other-04", "text": "Gemeinsam mit dem Fachdienst Jugendhilfe lädt das Kommunale Integrationszentrum zum Elterncafé ein.", "parent_units": [],
     "must_not": {"parent_units": ["Fachdienst Jugendhilfe"]}},
    {"id": "u21-other-05", "text": "Das Bildungsbüro ist im Amt 40 angesiedelt, das Integrationszentrum im Amt 50.", "parent_units": ["Amt 50"],
     "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u21-other-06", "text": "Das KI ist dem Sozialamt zugeordnet. Das Jobcenter untersteht dem Dezernat II.", "parent_units": ["Sozialamt"],
     "must_not": {"parent_units": ["Dezernat II"]}},
    {"id": "u21-other-07", "text": "Ansprechpartnerin im Jugendamt für das KI ist Frau Hendrikje Solms.", "parent_units": [],
     "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u21-other-08", "text": "Die Integrationsagentur der Diakonie ist Partnerin des KI und gehört zum Fachbereich Migration des Kirchenkreises.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Migration"]}},
    # ---------------------------------------------------------------- history and announced reorganisations
    {"id": "u21-hist-01", "text": "Von 2013 bis 2020 gehörte das KI zum Schulamt, heute ist es dem Fachbereich 6 zugeordnet.",
     "parent_units": ["Fachbereich 6"], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u21-hist-02", "text": "Das KI ist dem Amt 51 zugeordnet. Nach dem Ratsbeschluss soll es 2028 in das neue Amt für Vielfalt wechseln.",
     "parent_units": ["Amt 51"], "must_not": {"parent_units": ["Amt für Vielfalt"]}},
    {"id": "u21-hist-03", "text": "Ursprünglich war das Integrationszentrum beim Sozialamt angesiedelt.", "parent_units": [],
     "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u21-hist-04", "text": "Geplant ist, das KI im kommenden Jahr dem Dezernat I zu unterstellen. Derzeit gehört es zum Amt für Bildung.",
     "parent_units": ["Amt für Bildung"], "must_not": {"parent_units": ["Dezernat I"]}},
    {"id": "u21-hist-05", "text": "Die frühere Zugehörigkeit zum Jugendamt endete 2021; seitdem ist das KI im Fachbereich Integration verortet.",
     "parent_units": ["Fachbereich Integration"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u21-hist-06", "text": "Mit der Verwaltungsreform wird das KI ab 2027 Teil des Fachbereichs 9 sein.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich 9"]}},
    {"id": "u21-hist-07", "text": "Das KI wechselte 2019 vom Jugendamt in das Amt für Integration, wo es bis heute angesiedelt ist.",
     "parent_units": ["Amt für Integration"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u21-hist-08", "text": "Bis zur Neuordnung im Sommer ressortiert das KI weiterhin beim Dezernat IV.", "parent_units": ["Dezernat IV"]},
]

#: Every third case of the round is aside (never tuned on); the rest is tuned on.
UNIT21_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND21) if i % 3 == 2]
UNIT21_TUNED: list[dict] = [c for i, c in enumerate(_ROUND21) if i % 3 != 2]
