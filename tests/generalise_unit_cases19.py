"""The nineteenth round of parent units and reorganisations (issue 7, ids "u19-…"), written before the code
that reads them: organisation codes in headings and breadcrumbs, quoted unit names in every quote style,
Stab and Stabsstelle wordings, labels of unusual words, nested chains in both directions, assignment verbs
in every tense and word order, "angesiedelt / verortet / beheimatet", inverted order, office holders as
targets, the page's own names for the centre; reorganisations: past ones that must not overwrite the
current state and past ones that ARE the current state, "seit" state sentences (the current unit with its
start, no reorganisation event) beside announced changes, council decisions (and decisions that reorganise
nothing), relocations (an address, never a reorganisation); the Integrationsrat (its office, chair,
meetings) beside the centre's own facts. Invented centres, units, people, streets and towns only.
Every third case is kept aside (UNIT19_ASIDE): nobody tunes on it; `python -m bench.generalise_score`
prints it on a line of its own."""

from __future__ import annotations

_P = "<p>Wir beraten Kitas, Schulen und Familien mit Einwanderungsgeschichte.</p>"

_ROUND19: list[dict] = [
    # ---------------------------------------------------------------- codes in headings and breadcrumbs
    {"id": "u19-code-01", "html": "<p class=\"crumbs\">Startseite › Amt 50 – Amt für Soziales › Kommunales Integrationszentrum</p>" + _P,
     "parent_units": ["Amt 50 [Amt für Soziales]"]},
    {"id": "u19-code-02", "html": "<h2>FB 3 | Jugend, Schule und Integration</h2><h3>Kommunales Integrationszentrum</h3>" + _P,
     "parent_units": ["Fachbereich 3 [Jugend, Schule und Integration]"]},
    {"id": "u19-code-03", "html": "<p>Amt 50 – Sozialamt</p><p>50.4 – Kommunales Integrationszentrum</p>" + _P,
     "parent_units": ["Amt 50 [Sozialamt]"]},
    {"id": "u19-code-04", "html": "<h2>Dez. II/ Stabsstelle Kommunales Integrationszentrum</h2>" + _P, "parent_units": ["Dezernat II"]},
    {"id": "u19-code-05", "html": "<p>Sie sind hier: Rathaus / Dezernat III / FB 32 – Ordnung und Integration / Kommunales Integrationszentrum</p>" + _P,
     "parent_units": ["[Dezernat III /] Fachbereich 32 [Ordnung und Integration]"]},
    {"id": "u19-code-06", "html": _P + "<p>Weitere Ämter im Rathaus: Amt 32 – Ordnungsamt, Amt 50 – Sozialamt, Amt 66 – Tiefbauamt</p>",
     "parent_units": [], "must_not": {"parent_units": ["Amt 32 Ordnungsamt", "Amt 50 Sozialamt"]}},
    {"id": "u19-code-07", "html": "<div class=\"orgpath\">Geschäftsbereich 2 » Fachdienst 23 Bildung » Kommunales Integrationszentrum</div>" + _P,
     "parent_units": ["[Geschäftsbereich 2 /] Fachdienst 23 [Bildung]"]},
    {"id": "u19-code-08", "html": "<h2>Amt 51 Kinder, Jugend und Familie</h2><h3>51.6 Kommunales Integrationszentrum</h3>" + _P,
     "parent_units": ["Amt 51 [Kinder, Jugend und Familie]"]},
    # ---------------------------------------------------------------- quoted unit names
    {"id": "u19-quote-01", "text": "Das KI gehört zum Fachbereich „Bildung, Kultur und Sport“.", "parent_units": ["Fachbereich Bildung, Kultur und Sport"]},
    {"id": "u19-quote-02", "text": "Seit 2021 ist das Kommunale Integrationszentrum Teil des Amtes »Schule und Weiterbildung«.",
     "parent_units": ["Amt Schule und Weiterbildung"]},
    {"id": "u19-quote-03", "text": "Organisatorisch gehört das KIZ zur Abteilung 'Integration und Vielfalt' des Sozialamts.",
     "parent_units": ["Abteilung Integration und Vielfalt [des Sozialamts]"]},
    {"id": "u19-quote-04", "text": "Das KI ist in das „Amt für Familie und Teilhabe“ eingegliedert.", "parent_units": ["Amt für Familie und Teilhabe"]},
    {"id": "u19-quote-05", "text": "Das KI zeigt den Dokumentarfilm „Abteilung Heimat“ im Saal des Kulturamts.", "parent_units": [],
     "must_not": {"parent_units": ["Kulturamt", "Abteilung Heimat"]}},
    {"id": "u19-quote-06", "text": "Das Kommunale Integrationszentrum ist dem Dezernat «Bildung und Soziales» zugeordnet.",
     "parent_units": ["Dezernat Bildung und Soziales"]},
    {"id": "u19-quote-07", "text": "Unser Zentrum ist im Fachbereich “Jugend und Familie” angesiedelt.", "parent_units": ["Fachbereich Jugend und Familie"]},
    # ---------------------------------------------------------------- Stab and Stabsstelle
    {"id": "u19-stab-01", "text": "Das Kommunale Integrationszentrum ist als Stabsstelle beim Landrat angesiedelt.", "parent_units": ["[Stabsstelle] Landrat"]},
    {"id": "u19-stab-02", "text": "Das KI arbeitet im Stab des Oberbürgermeisters.", "parent_units": ["[Stab des] Oberbürgermeisters"]},
    {"id": "u19-stab-03", "text": "Das Integrationszentrum ist dem Verwaltungsvorstand als Stab zugeordnet.", "parent_units": ["[Stab] Verwaltungsvorstand"]},
    {"id": "u19-stab-04", "text": "Als Stabsstelle untersteht das KI direkt der Bürgermeisterin.", "parent_units": ["[Stabsstelle] Bürgermeisterin"]},
    {"id": "u19-stab-05", "text": "Das KI ist eine Stabsstelle im Dezernat des Kreisdirektors.", "parent_units": ["[Stabsstelle im] Dezernat des Kreisdirektors"]},
    {"id": "u19-stab-06", "text": "Die Stabsstelle Wirtschaftsförderung beim Landrat unterstützt das KI bei seinen Projekten.", "parent_units": [],
     "must_not": {"parent_units": ["Landrat", "Stabsstelle Wirtschaftsförderung"]}},
    {"id": "u19-stab-07", "text": "Im Stab der Landrätin ist das Kommunale Integrationszentrum angesiedelt.", "parent_units": ["[Stab] Landrätin"]},
    # ---------------------------------------------------------------- labels of unusual words
    {"id": "u19-label-01", "html": "<table><tr><td>Einrichtung:</td><td>Kommunales Integrationszentrum</td></tr>"
     "<tr><td>Organisationseinheit:</td><td>Fachbereich 3 – Bildung</td></tr></table>", "parent_units": ["Fachbereich 3 [Bildung]"]},
    {"id": "u19-label-02", "text": "Zugehörigkeit: Dezernat IV – Jugend, Soziales, Integration", "parent_units": ["Dezernat IV [Jugend, Soziales, Integration]"]},
    {"id": "u19-label-03", "text": "Dienststelle: Kreisverwaltung Nordwalde, Fachdienst 45 Integration", "parent_units": ["Fachdienst 45 [Integration]"],
     "tolerate": {"parent_units": ["Kreisverwaltung Nordwalde"]}},
    {"id": "u19-label-04", "text": "Fachbereich/Amt: 32 – Bürgerservice und Integration", "parent_units": ["[Fachbereich Amt] 32 Bürgerservice und Integration"]},
    {"id": "u19-label-05", "html": "<dl><dt>Dienststelle</dt><dd>Amt für Schule und Bildung</dd><dt>Sachgebiet</dt><dd>Kommunales Integrationszentrum</dd></dl>"
     + _P, "parent_units": ["Amt für Schule und Bildung"]},
    {"id": "u19-label-06", "text": "Zuständige Dienststelle für Einbürgerungen: Ordnungsamt, Abteilung 32.3", "parent_units": [],
     "must_not": {"parent_units": ["Abteilung 32.3", "Ordnungsamt"]}},
    {"id": "u19-label-07", "text": "Organisatorisch angebunden an: Fachbereich 5 – Soziales", "parent_units": ["Fachbereich 5 [Soziales]"]},
    # ---------------------------------------------------------------- nested chains, both directions
    {"id": "u19-nest-01", "text": "Das KI ist die Abteilung 3 im Amt 51 des Dezernats IV.", "parent_units": ["[Abteilung 3 im] Amt 51 [des Dezernats IV]"]},
    {"id": "u19-nest-02", "text": "Das Kommunale Integrationszentrum gehört zum Sachgebiet 40.2 in der Abteilung Schule des Fachbereichs 4.",
     "parent_units": ["Sachgebiet 40.2 [Abteilung Schule Fachbereich 4]"]},
    {"id": "u19-nest-03", "text": "Dezernat III > Fachbereich Soziales > Abteilung Teilhabe > Kommunales Integrationszentrum",
     "parent_units": ["[Dezernat III / Fachbereich Soziales /] Abteilung Teilhabe"]},
    {"id": "u19-nest-04", "text": "Im Fachbereich 2 des Dezernats V ist das KI angesiedelt.", "parent_units": ["Fachbereich 2 [des Dezernats V]"]},
    {"id": "u19-nest-05", "text": "Das KI gehört zum Amt 50, das wiederum dem Dezernat II untersteht.", "parent_units": ["Amt 50 [Dezernat II]"]},
    {"id": "u19-nest-06", "text": "Das KI gehört zum Fachbereich 3. Zum Fachbereich 3 gehört außerdem das Amt 31 im Dezernat I.",
     "parent_units": ["Fachbereich 3"], "must_not": {"parent_units": ["Amt 31"]}},
    {"id": "u19-nest-07", "text": "Das Kommunale Integrationszentrum ist eine Abteilung des Amtes für Jugend und Schule, das zum Dezernat III gehört.",
     "parent_units": ["Amt für Jugend und Schule [Dezernat III]"]},
    # ---------------------------------------------------------------- assignment verbs, every tense and word order
    {"id": "u19-verb-01", "text": "Das KI untersteht seit seiner Gründung dem Fachbereich Bildung.", "parent_units": ["Fachbereich Bildung"]},
    {"id": "u19-verb-02", "text": "Dem Amt für Schule ist das Integrationszentrum seit 2020 angegliedert.", "parent_units": ["Amt für Schule"]},
    {"id": "u19-verb-03", "text": "Das KIZ ressortiert beim Dezernat II.", "parent_units": ["Dezernat II"]},
    {"id": "u19-verb-04", "text": "Wir gehören organisatorisch zum Fachdienst Jugend und Familie.", "parent_units": ["Fachdienst Jugend und Familie"]},
    {"id": "u19-verb-05", "text": "Das Kommunale Integrationszentrum wurde 2016 dem Amt 43 zugeordnet und ist dort bis heute angesiedelt.",
     "parent_units": ["Amt 43"]},
    {"id": "u19-verb-06", "text": "Das KI ist organisatorisch an das Schulamt angebunden.", "parent_units": ["Schulamt"]},
    {"id": "u19-verb-07", "text": "Das KI unterstand von 2014 bis 2019 dem Dezernat I.", "parent_units": [], "must_not": {"parent_units": ["Dezernat I"]}},
    {"id": "u19-verb-08", "text": "Eingegliedert ist das Kommunale Integrationszentrum in den Fachbereich 6 – Bildung.", "parent_units": ["Fachbereich 6 [Bildung]"]},
    # ---------------------------------------------------------------- angesiedelt, verortet, beheimatet
    {"id": "u19-place-01", "text": "Verortet ist das KI im Amt für Bildung und Sport.", "parent_units": ["Amt für Bildung und Sport"]},
    {"id": "u19-place-02", "text": "Das Integrationszentrum ist beim Kreisjugendamt beheimatet.", "parent_units": ["Kreisjugendamt"]},
    {"id": "u19-place-03", "text": "Die Einrichtung ist im Fachdienst 32 angesiedelt.", "parent_units": ["Fachdienst 32"]},
    {"id": "u19-place-04", "text": "Angesiedelt beim Dezernat für Bildung, arbeitet das KI eng mit den Schulen zusammen.", "parent_units": ["Dezernat für Bildung"]},
    {"id": "u19-place-05", "text": "Das KI berät Schulen; die Schulsozialarbeit ist beim Jugendamt angesiedelt.", "parent_units": [],
     "must_not": {"parent_units": ["Jugendamt"]}},
    # ---------------------------------------------------------------- inverted order
    {"id": "u19-invert-01", "text": "Zum Fachbereich 4 – Schule und Bildung gehört auch das KI.", "parent_units": ["Fachbereich 4 [Schule und Bildung]"]},
    {"id": "u19-invert-02", "text": "Zum Amt für Soziales gehören das Kommunale Integrationszentrum und die Wohngeldstelle.", "parent_units": ["Amt für Soziales"]},
    {"id": "u19-invert-03", "text": "Dem Dezernat III unterstehen das Schulamt, das Sportamt und das KI.", "parent_units": ["Dezernat III"],
     "must_not": {"parent_units": ["Schulamt", "Sportamt"]}},
    {"id": "u19-invert-04", "text": "Teil des Fachbereichs Jugend ist seit 2022 auch das Integrationszentrum.", "parent_units": ["Fachbereich Jugend"]},
    {"id": "u19-invert-05", "text": "Zum Fachbereich 4 gehört das Schulamt; das KI arbeitet eng mit ihm zusammen.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich 4"]}},
    # ---------------------------------------------------------------- office holders as targets
    {"id": "u19-office-01", "text": "Das KI ist unmittelbar dem Oberbürgermeister unterstellt.", "parent_units": ["Oberbürgermeister"]},
    {"id": "u19-office-02", "text": "Das Kommunale Integrationszentrum ist beim Kreisdirektor angesiedelt.", "parent_units": ["Kreisdirektor"]},
    {"id": "u19-office-03", "text": "Das KI gehört zum Geschäftsbereich der Ersten Beigeordneten.", "parent_units": ["[Geschäftsbereich der] Ersten Beigeordneten"]},
    {"id": "u19-office-04", "text": "Der Landrat besuchte das KI und lobte die Arbeit des Teams.", "parent_units": [], "must_not": {"parent_units": ["Landrat"]}},
    # ---------------------------------------------------------------- the page's own names for the centre
    {"id": "u19-syn-01", "text": "Das Zentrum ist dem Amt 33 zugeordnet.", "parent_units": ["Amt 33"]},
    {"id": "u19-syn-02", "text": "Das Kommunale Integrationszentrum der Stadt Lindholm – im Folgenden KIL – berät Familien. Das KIL gehört zum Fachbereich 2.",
     "parent_units": ["Fachbereich 2"]},
    {"id": "u19-syn-03", "text": "Unsere Einrichtung ist Teil des Fachdienstes Integration und Teilhabe.", "parent_units": ["Fachdienst Integration und Teilhabe"]},
    {"id": "u19-syn-04", "text": "Das KIZ Waldbrück ist eine Abteilung des Amtes für Kinder, Jugend und Familie.", "parent_units": ["Amt für Kinder, Jugend und Familie"]},
    # ---------------------------------------------------------------- history: past ones, and past ones that are the present
    {"id": "u19-hist-01", "text": "Bis 2020 gehörte das KI zum Ordnungsamt. Im Zuge einer Umstrukturierung wurde es 2021 dem Fachbereich 5 zugeordnet.",
     "parent_units": ["Fachbereich 5"], "must_not": {"parent_units": ["Ordnungsamt"]}},
    {"id": "u19-hist-02", "text": "2015 wurde das Kommunale Integrationszentrum im Sozialamt gegründet. Heute ist es Teil des Amtes 40.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u19-hist-03", "text": "Nach der Auflösung des Amtes für Zuwanderung im Jahr 2019 kam das KI zum Fachbereich Bildung.",
     "parent_units": ["Fachbereich Bildung"], "must_not": {"parent_units": ["Amt für Zuwanderung"]}},
    {"id": "u19-hist-04", "text": "Das KI war bis Ende 2022 als Stabsstelle dem Bürgermeister zugeordnet.", "parent_units": [],
     "must_not": {"parent_units": ["Bürgermeister"]}},
    {"id": "u19-hist-05", "text": "Zum 1. März 2024 wurde das KI in den Fachdienst 51 eingegliedert.", "parent_units": ["Fachdienst 51"],
     "reorganisations": ["2024-03-01"]},
    # ---------------------------------------------------------------- "seit": the current unit with its start, no event
    {"id": "u19-since-01", "text": "Seit dem 1. Januar 2025 gehört das KI zum neu gebildeten Amt für Vielfalt und Teilhabe.",
     "parent_units": ["Amt für Vielfalt und Teilhabe"], "reorganisations": []},
    {"id": "u19-since-02", "text": "Seit der Neuordnung der Verwaltung am 1. Juli 2023 ist das Kommunale Integrationszentrum Teil des Fachbereichs 3.",
     "parent_units": ["Fachbereich 3"], "reorganisations": []},
    {"id": "u19-since-03", "text": "Seit 1.10.2024 ist das KIZ dem Dezernat IV unterstellt.", "parent_units": ["Dezernat IV"], "reorganisations": []},
    {"id": "u19-since-04", "text": "Das KI ist seit dem 01.02.2024 dem neuen Fachdienst Bildung und Integration zugeordnet.",
     "parent_units": ["Fachdienst Bildung und Integration"], "reorganisations": []},
    # ---------------------------------------------------------------- announced changes
    {"id": "u19-announce-01", "text": "Ab dem 1. April 2027 wird das KI Teil des neuen Fachbereichs 7. Bis dahin bleibt es beim Amt 50.",
     "parent_units": ["Amt 50"], "must_not": {"parent_units": ["Fachbereich 7"]}, "reorganisations": ["2027-04-01"]},
    {"id": "u19-announce-02", "text": "Mit Wirkung zum 01.01.2027 wechselt das Kommunale Integrationszentrum in den Geschäftsbereich 3.",
     "parent_units": [], "must_not": {"parent_units": ["Geschäftsbereich 3"]}, "reorganisations": ["2027-01-01"]},
    {"id": "u19-announce-03", "text": "Das KI gehört zum Amt 40. Zum 1. Oktober 2026 wird es dem neuen Dezernat VI zugeordnet.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Dezernat VI"]}, "reorganisations": ["2026-10-01"]},
    # ---------------------------------------------------------------- council decisions, and decisions that reorganise nothing
    {"id": "u19-council-01", "text": "In seiner Sitzung am 14. Mai 2026 hat der Kreistag die Zusammenlegung des KI mit dem Bildungsbüro zum 1. August 2026 beschlossen.",
     "reorganisations": ["2026-08-01"], "tolerate": {"reorganisations": ["2026-05-14"]}},
    {"id": "u19-council-02", "text": "Der Rat hat am 12.03.2026 beschlossen, das Budget des KI für Sprachkurse um 50.000 Euro zu erhöhen.",
     "reorganisations": []},
    {"id": "u19-council-03", "text": "Am 22. September 2026 beschloss der Hauptausschuss, das Kommunale Integrationszentrum zum 1. Januar 2027 in das Amt 51 zu überführen.",
     "parent_units": [], "must_not": {"parent_units": ["Amt 51"]}, "reorganisations": ["2027-01-01"], "tolerate": {"reorganisations": ["2026-09-22"]}},
    {"id": "u19-council-04", "text": "Der Integrationsrat hat am 5. Mai 2026 beschlossen, mit dem KI eine Kampagne gegen Rassismus zu starten.",
     "reorganisations": []},
    # ---------------------------------------------------------------- relocations: an address, never a reorganisation
    {"id": "u19-move-01", "text": "Wir sind umgezogen: Seit dem 2. März 2026 finden Sie uns in der Gerberstraße 14.",
     "addresses": ["Gerberstraße 14"], "reorganisations": []},
    {"id": "u19-move-02", "text": "Am 15. Juni 2026 zieht das KI in das Bürgerhaus Süd um. Bis dahin erreichen Sie uns wie gewohnt.",
     "reorganisations": []},
    {"id": "u19-move-03", "text": "Das Integrationszentrum ist zum 1. September 2026 in neue Räume am Marktplatz 2 gezogen.", "reorganisations": []},
    # ---------------------------------------------------------------- the Integrationsrat beside the centre's own facts
    {"id": "u19-rat-01", "html": "<p>Kommunales Integrationszentrum<br>Telefon 02345 67-100<br>E-Mail: ki@lindholm.example</p>"
     "<p>Geschäftsstelle des Integrationsrates<br>Telefon 02345 67-200<br>E-Mail: integrationsrat@lindholm.example</p>",
     "phones": ["02345 67-100"], "emails": ["ki@lindholm.example"],
     "must_not": {"phones": ["02345 67-200"], "emails": ["integrationsrat@lindholm.example"]}},
    {"id": "u19-rat-02", "text": "Das KI berät auch den Integrationsrat. Sie erreichen uns unter 02345 67-101 oder ki@waldbrueck.example.",
     "phones": ["02345 67-101"], "emails": ["ki@waldbrueck.example"]},
    {"id": "u19-rat-03", "text": "Die Vorsitzende des Integrationsrates, Aylin Demir, dankte dem Team. Leiterin des KI ist Maren Holt.",
     "head": ["Maren Holt"], "must_not": {"head": ["Aylin Demir"]}},
    {"id": "u19-rat-04", "html": "<h2>Integrationsrat</h2><p>Der Integrationsrat tagt im Ratssaal, Markt 1.</p><h2>Kontakt</h2>"
     "<p>Kommunales Integrationszentrum<br>Brunnenweg 7<br>45999 Lindholm<br>Tel. 0209 11-2233</p>",
     "addresses": ["Brunnenweg 7, 45999 Lindholm"], "phones": ["0209 11-2233"], "must_not": {"addresses": ["Markt 1"]}},
    {"id": "u19-rat-05", "text": "Das KI ist dem Amt 13 zugeordnet, das auch die Geschäftsführung des Integrationsrates wahrnimmt.",
     "parent_units": ["Amt 13"]},
    {"id": "u19-rat-06", "text": "Sitzungen von Integrationsrat und Integrationsausschuss finden im Rathaus statt. Das KI erreichen Sie in der "
     "Wilhelmstraße 9, 44111 Kernberg, Telefon 0231 555-0190.", "addresses": ["Wilhelmstraße 9, 44111 Kernberg"], "phones": ["0231 555-0190"]},
    {"id": "u19-rat-07", "html": "<h2>Kontakt</h2><p>Kommunales Integrationszentrum, Leitung: Jana Koslowski, Tel. 02345 67-110</p>"
     "<p>Vorsitz des Integrationsrates: Mehmet Aksoy</p>", "head": ["Jana Koslowski"], "phones": ["02345 67-110"],
     "must_not": {"head": ["Mehmet Aksoy"]}},
    {"id": "u19-rat-08", "text": "Die Geschäftsstelle des Integrationsrates ist im Kommunalen Integrationszentrum angesiedelt. Sie erreichen das KI "
     "in der Bahnhofstraße 21, 45999 Lindholm.", "addresses": ["Bahnhofstraße 21, 45999 Lindholm"], "parent_units": []},
    {"id": "u19-rat-09", "html": "<p>Kommunales Integrationszentrum Lindholm</p><p>Bahnhofstraße 21 · 45999 Lindholm</p>"
     "<p>Tel. 02345 67-120 · Fax 02345 67-129</p><p>Der Integrationsrat wird von uns betreut.</p>",
     "addresses": ["Bahnhofstraße 21, 45999 Lindholm"], "phones": ["02345 67-120", "02345 67-129"]},
]

#: Every third case of the round is aside (never tuned on); the rest is tuned on.
UNIT19_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND19) if i % 3 == 2]
UNIT19_TUNED: list[dict] = [c for i, c in enumerate(_ROUND19) if i % 3 != 2]
