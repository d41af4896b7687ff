"""Parent units and reorganisations in many forms (issue 7, unit rounds u7 and u8, ids "u7-…", "u8-…"), written before the
code that reads them: the unit in every syntactic role, every assignment verb family, nouns,
unit kinds with numbers and codes, chains, office holders, breadcrumbs, organigram lists,
labels, English, and the distractors around them (other services' units, a partner's unit,
history, announcements, council decisions, job ads); reorganisations in any verb form.
Invented units, people and towns only. Every third case is kept aside (UNIT_ASIDE): nobody
tunes on it; `python -m bench.generalise_score` reports it apart."""

from __future__ import annotations

_ROUND7: list[dict] = [
    # ---------------------------------------------------------------- the unit in every role
    {"id": "u7-unit-01", "text": "Das Kommunale Integrationszentrum ist dem Amt 51 – Jugend und Familie zugeordnet.",
     "parent_units": ["Amt 51 [Jugend und Familie]"]},
    {"id": "u7-unit-02", "text": "Dem Geschäftsbereich Soziales und Gesundheit ist seit 2021 auch das Integrationszentrum angegliedert.",
     "parent_units": ["Geschäftsbereich Soziales und Gesundheit"]},
    {"id": "u7-unit-03", "text": "Als Teil des Fachbereichs 3 – Jugend, Schule und Integration berät das KI Schulen und Eltern.",
     "parent_units": ["Fachbereich 3 [Jugend, Schule und Integration]"]},
    {"id": "u7-unit-04", "text": "Beim Schulamt des Kreises ist das Kreisintegrationszentrum angesiedelt.",
     "parent_units": ["Schulamt [des Kreises]"]},
    {"id": "u7-unit-05", "text": "Unter dem Dach des Dezernats V arbeitet das KIZ eng mit der Ausländerbehörde zusammen.",
     "parent_units": ["Dezernat V"]},
    {"id": "u7-unit-06", "text": "Innerhalb des Fachdienstes Bildung bildet das Integrationszentrum ein eigenes Sachgebiet.",
     "parent_units": ["Fachdienst Bildung"]},
    {"id": "u7-unit-07", "text": "Im Amt für Jugend und Schule ist das KI als eigene Abteilung organisiert.",
     "parent_units": ["[Abteilung im] Amt für Jugend und Schule"]},
    # ---------------------------------------------------------------- verb families
    {"id": "u7-unit-08", "text": "Zum Referat 32 Bildung und Teilhabe gehört auch das Kommunale Integrationszentrum.",
     "parent_units": ["Referat 32 [Bildung und Teilhabe]"]},
    {"id": "u7-unit-09", "text": "Das Integrationszentrum ist seit seiner Gründung in die Abteilung Schulentwicklung eingegliedert.",
     "parent_units": ["Abteilung Schulentwicklung"]},
    {"id": "u7-unit-10", "text": "Das KI untersteht unmittelbar dem Landrat.", "parent_units": ["Landrat"]},
    {"id": "u7-unit-11", "text": "Das KIZ ressortiert im Vorstandsbereich 2 (Bildung, Jugend, Sport).",
     "parent_units": ["Vorstandsbereich 2 [Bildung, Jugend, Sport]"]},
    {"id": "u7-unit-12", "text": "Das Integrationszentrum ist organisatorisch in den Verwaltungsbereich Bildung und Kultur eingebettet.",
     "parent_units": ["Verwaltungsbereich Bildung und Kultur"]},
    {"id": "u7-unit-13", "text": "Organisatorisch ist das Zentrum Teil der Stabsstelle Vielfalt und Chancengleichheit.",
     "parent_units": ["Stabsstelle Vielfalt und Chancengleichheit"]},
    {"id": "u7-unit-14", "text": "Fachlich zuständig für das KI ist das Dezernat II (Bildung und Soziales).",
     "parent_units": ["Dezernat II [Bildung und Soziales]"]},
    # ---------------------------------------------------------------- nouns and labels
    {"id": "u7-unit-15", "text": "Die organisatorische Anbindung des Kommunalen Integrationszentrums an den Fachbereich Soziales hat sich bewährt.",
     "parent_units": ["Fachbereich Soziales"]},
    {"id": "u7-unit-16", "text": "Zuordnung: Sachgebiet 40.3 im Amt für Schule",
     "parent_units": ["Sachgebiet 40.3 [im Amt für Schule]"]},
    {"id": "u7-unit-17", "text": "Mit der Eingliederung in das Amt 50 – Soziales und Wohnen ist das KI seit 2020 Teil der Sozialverwaltung.",
     "parent_units": ["Amt 50 [Soziales und Wohnen]"]},
    {"id": "u7-unit-18", "text": "Zugehörigkeit: Fachbereich 51 – Kinder, Jugend und Familie",
     "parent_units": ["Fachbereich 51 [Kinder, Jugend und Familie]"]},
    {"id": "u7-unit-19", "text": "Zuständige Stelle: Amt für Integration und Vielfalt", "parent_units": ["Amt für Integration und Vielfalt"]},
    {"id": "u7-unit-20", "html": "<dl><dt>Organisationseinheit</dt><dd>Fachbereich 4 – Bildung und Integration</dd></dl>",
     "parent_units": ["Fachbereich 4 [Bildung und Integration]"]},
    {"id": "u7-unit-21", "text": "Organisationseinheit: OE 40-2-3 Integration und Bildung",
     "parent_units": ["40-2-3 [Integration und Bildung]"]},
    {"id": "u7-unit-22", "text": "Dienststelle: Fachbereich Jugend, Schule und Integration",
     "parent_units": ["Fachbereich Jugend, Schule und Integration"]},
    # ---------------------------------------------------------------- unit kinds, codes, quoted names
    {"id": "u7-unit-23", "text": "Das Kreisintegrationszentrum ist beim FD 32 Schule und Bildung angesiedelt.",
     "parent_units": ["Fachdienst 32 [Schule und Bildung]"]},
    {"id": "u7-unit-24", "text": "Zugeordnet ist das Integrationszentrum dem Dez. III.", "parent_units": ["Dezernat III"]},
    {"id": "u7-unit-25", "text": "Das Integrationszentrum ist als Stab dem Ersten Beigeordneten zugeordnet.",
     "parent_units": ["[Stab] Erster Beigeordneter"]},
    {"id": "u7-unit-26", "text": "Wir sind ein Team im Sachgebiet Schule, Integration und Sport.",
     "parent_units": ["Sachgebiet Schule, Integration und Sport"]},
    {"id": "u7-unit-27", "text": "Das KI ist im Büro des Oberbürgermeisters angesiedelt.", "parent_units": ["Büro [des] Oberbürgermeisters"]},
    {"id": "u7-unit-28", "text": "Das Kommunale Integrationszentrum gehört zum Büro des Landrats.", "parent_units": ["Büro [des] Landrats"]},
    {"id": "u7-unit-29", "text": "Das Integrationszentrum ist Teil des Eigenbetriebs Bildung und Kultur (EBK).",
     "parent_units": ["Eigenbetrieb Bildung und Kultur [EBK]"]},
    {"id": "u7-unit-30", "text": "Das KI gehört zur Abteilung „Bildung und Teilhabe“ des Fachbereichs Jugend.",
     "parent_units": ["Abteilung Bildung und Teilhabe [Fachbereich Jugend]"]},
    {"id": "u7-unit-31", "text": "Das Integrationszentrum bildet das Referat 5.2 im Ressort Soziales.",
     "parent_units": ["[Referat 5.2 im] Ressort Soziales"]},
    # ---------------------------------------------------------------- chains, office holders
    {"id": "u7-unit-32", "text": "Das KI ist als Abteilung 3 im Amt für Bildung im Dezernat IV angesiedelt.",
     "parent_units": ["[Abteilung 3 im] Amt für Bildung [im Dezernat IV]"]},
    {"id": "u7-unit-33", "text": "Das Integrationszentrum ist eine Abteilung im Amt 40 des Dezernats II.",
     "parent_units": ["[Abteilung im] Amt 40 [Dezernat II]"]},
    {"id": "u7-unit-34", "text": "Das Kreisintegrationszentrum ist dem Landrat direkt unterstellt.", "parent_units": ["Landrat"]},
    {"id": "u7-unit-35", "text": "Die Einrichtung untersteht als Stabsstelle der Bürgermeisterin.",
     "parent_units": ["[Stabsstelle] Bürgermeisterin"]},
    {"id": "u7-unit-36", "text": "Angesiedelt ist die Einrichtung beim Kreisdirektor.", "parent_units": ["Kreisdirektor"]},
    {"id": "u7-unit-37", "text": "Das Integrationszentrum gehört zum Geschäftsbereich des Ersten Beigeordneten.",
     "parent_units": ["Geschäftsbereich [des] Ersten Beigeordneten"]},
    # ---------------------------------------------------------------- breadcrumbs, organigram lists
    {"id": "u7-unit-38", "html": "<p>Rathaus &gt; Geschäftsbereich 4 &gt; Fachdienst Integration &gt; Kommunales Integrationszentrum</p>",
     "parent_units": ["[Geschäftsbereich 4 /] Fachdienst Integration"]},
    {"id": "u7-unit-39", "html": "<ul><li>Dezernat III<ul><li>Amt 40 Schule<ul><li>Kommunales Integrationszentrum</li></ul></li>"
     "<li>Amt 41 Kultur</li></ul></li></ul>",
     "parent_units": ["[Dezernat III /] Amt 40 [Schule]"], "must_not": {"parent_units": ["Amt 41 Kultur"]}},
    # ---------------------------------------------------------------- subjects: wir, pronoun, synonyms
    {"id": "u7-unit-40", "text": "Wir gehören zum Fachbereich Bildung, Kultur und Sport der Stadt Lindenau.",
     "parent_units": ["Fachbereich Bildung, Kultur und Sport"]},
    {"id": "u7-unit-41", "text": "Das Kommunale Integrationszentrum Wahlheim berät Familien. Es ist dem Amt für Soziales und Integration angegliedert.",
     "parent_units": ["Amt für Soziales und Integration"]},
    {"id": "u7-unit-42", "text": "Verortet ist das KI in der Abteilung 2 des Jugendamts.", "parent_units": ["Abteilung 2 [Jugendamt]"]},
    {"id": "u7-unit-43", "text": "Die Anbindung des KI erfolgt über das Referat Integration und Migration.",
     "parent_units": ["Referat Integration und Migration"]},
    {"id": "u7-unit-44", "text": "Als Sachgebiet 50.3 ist das Integrationszentrum dem Sozialamt zugeordnet.",
     "parent_units": ["[Sachgebiet 50.3] Sozialamt"]},
    {"id": "u7-unit-45", "text": "Das KIZ ist Teil des Sozialdezernats.", "parent_units": ["Sozialdezernat"]},
    # ---------------------------------------------------------------- English
    {"id": "u7-unit-46", "text": "The integration centre sits within the Department for Social Affairs and Housing.",
     "parent_units": ["Department for Social Affairs and Housing"]},
    {"id": "u7-unit-47", "text": "The KI is a unit of the Youth Welfare Office.", "parent_units": ["Youth Welfare Office"]},
    # ---------------------------------------------------------------- distractors
    {"id": "u7-dis-01", "text": "Das KI gehört zum Fachbereich Schule. Die Ausländerbehörde ist dem Fachbereich Ordnung zugeordnet.",
     "parent_units": ["Fachbereich Schule"], "must_not": {"parent_units": ["Fachbereich Ordnung"]}},
    {"id": "u7-dis-02", "text": "Das KI ist dem Amt 51 zugeordnet; Partner ist die Abteilung Sprache der Volkshochschule.",
     "parent_units": ["Amt 51"], "must_not": {"parent_units": ["Abteilung Sprache"]}},
    {"id": "u7-dis-03", "text": "Bis 2019 gehörte das Kommunale Integrationszentrum zum Sozialamt.",
     "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u7-dis-04", "text": "Das KI war bis Ende 2021 beim Schulamt angesiedelt und gehört heute zum Fachbereich Bildung und Integration.",
     "parent_units": ["Fachbereich Bildung und Integration"], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u7-dis-05", "text": "Ab dem 1. Januar 2027 wird das Integrationszentrum dem neuen Amt für Chancengleichheit zugeordnet.",
     "parent_units": [], "reorganisations": ["2027-01-01"]},
    {"id": "u7-dis-06", "text": "Der Rat beschließt, das Kommunale Integrationszentrum zum 01.07.2026 in den Fachbereich Soziales einzugliedern.",
     "parent_units": [], "reorganisations": ["2026-07-01"]},
    {"id": "u7-dis-07", "text": "Stellenausschreibung: Der Fachbereich Personal sucht für das Kommunale Integrationszentrum eine Sachbearbeitung (m/w/d).",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Personal"]}},
    {"id": "u7-dis-08", "text": "Die Ausländerbehörde gehört zum Ordnungsamt; sie berät in Fragen des Aufenthalts.",
     "parent_units": [], "must_not": {"parent_units": ["Ordnungsamt"]}},
    {"id": "u7-dis-09", "text": "Geplant ist, das KI im kommenden Jahr in das Schulamt zu verlagern.",
     "parent_units": [], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u7-dis-10", "text": "Das Jobcenter ist dem Fachdienst Arbeit und Soziales angegliedert, das KI arbeitet eng mit ihm zusammen.",
     "parent_units": [], "must_not": {"parent_units": ["Fachdienst Arbeit und Soziales"]}},
    # ---------------------------------------------------------------- reorganisations
    {"id": "u7-reorg-01", "text": "Zum 1.1.2027 werden das KI und das Bildungsbüro zum neuen Amt für Bildung und Integration zusammengelegt.",
     "reorganisations": ["2027-01-01"]},
    {"id": "u7-reorg-02", "text": "Mit der Neuorganisation der Stadtverwaltung zum 01.04.2026 wechselt das Integrationszentrum in den Fachbereich Jugend.",
     "reorganisations": ["2026-04-01"], "parent_units": []},
    {"id": "u7-reorg-03", "text": "Die Umstrukturierung des Dezernats III wurde am 1. Juli 2026 abgeschlossen.",
     "reorganisations": ["2026-07-01"]},
    {"id": "u7-reorg-04", "text": "Am 1. März 2026 ist das Kreisintegrationszentrum Teil des neu gebildeten Amtes für Zuwanderung geworden.",
     "reorganisations": ["2026-03-01"]},
    {"id": "u7-reorg-05", "text": "Das Integrationszentrum wird zum 1. Oktober 2026 Teil des neu gebildeten Amtes für Teilhabe und Vielfalt (Amt 57).",
     "reorganisations": ["2026-10-01"], "parent_units": []},
    {"id": "u7-reorg-06", "html": "<h2>Vorlage 123/2026</h2><p>Beschlussvorschlag: Der Rat der Stadt beschließt die Zuordnung des "
     "Kommunalen Integrationszentrums zum Dezernat IV mit Wirkung zum 01.01.2027.</p>",
     "reorganisations": ["2027-01-01"], "parent_units": []},
    # (a state that holds since a date is the current unit with its start, no reorganisation event, whatever
    # restructuring it names: the held-out whole pages label such a sentence so; round 19 "u19-since-…")
    {"id": "u7-reorg-07", "text": "Seit dem 15. Februar 2025 ist die Einrichtung nach einer Umstrukturierung dem Fachbereich 5 zugeordnet.",
     "reorganisations": [], "parent_units": ["Fachbereich 5"]},
    {"id": "u7-reorg-08", "text": "Zum 1. September 2026 zieht die Volkshochschule in das neue Bildungszentrum am Markt.", "reorganisations": []},
    {"id": "u7-reorg-09", "text": "Am 20.05.2026 tagt der Integrationsrat im Ratssaal.", "reorganisations": []},
    {"id": "u7-reorg-10", "text": "Durch die Fusion der Ämter 40 und 51 zum 1. Januar 2027 entsteht ein neues Amt für Bildung, zu dem auch das KI gehören wird.",
     "reorganisations": ["2027-01-01"], "parent_units": []},
    {"id": "u7-reorg-11", "text": "From 1 January 2027 the integration centre will be merged with the education office.",
     "reorganisations": ["2027-01-01"]},
    {"id": "u7-reorg-12", "text": "Das KI wurde am 01.02.2025 in das Dezernat II umgegliedert.", "reorganisations": ["2025-02-01"]},
    # (a change told as done, "ist … worden", leaves the centre in its goal, as "Mit Wirkung vom … worden" does)
    {"id": "u7-reorg-13", "text": "Zum 01.01.2026 ist das Integrationszentrum aus dem Schulamt herausgelöst und dem Dezernat I zugeschlagen worden.",
     "reorganisations": ["2026-01-01"], "parent_units": ["Dezernat I"], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u7-reorg-14", "text": "Am 3. Juni 2026 fand im KI ein Elternabend zur Sprachförderung statt.", "reorganisations": []},
    {"id": "u7-reorg-15", "text": "Die Zuständigkeit für das Integrationszentrum geht am 1. April 2027 auf das neue Amt für Vielfalt über.",
     "reorganisations": ["2027-04-01"], "parent_units": []},
]

#: Every third case: written with the rest before the code, never tuned on.
UNIT_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND7) if i % 3 == 2]
UNIT_TUNED: list[dict] = [c for i, c in enumerate(_ROUND7) if i % 3 != 2]

#: Eighth round, written after the seventh's fixes and before any code for it: more wordings.
_ROUND8: list[dict] = [
    {"id": "u8-unit-01", "text": "Das KI ist eine Organisationseinheit im Fachbereich Schule.", "parent_units": ["Fachbereich Schule"]},
    {"id": "u8-unit-02", "text": "Als Abteilung des Amtes für Soziales betreut das KI zugewanderte Familien.",
     "parent_units": ["[Abteilung] Amt für Soziales"]},
    {"id": "u8-unit-03", "text": "Das Integrationszentrum ist dem Sozialdezernat nachgeordnet.", "parent_units": ["Sozialdezernat"]},
    {"id": "u8-unit-04", "text": "Innerhalb der Verwaltung ist das KI beim Fachdienst Jugend aufgehängt.", "parent_units": ["Fachdienst Jugend"]},
    {"id": "u8-unit-05", "text": "Das KI zählt zum Geschäftsbereich des Stadtdirektors.",
     "parent_units": ["Geschäftsbereich [des] Stadtdirektors"]},
    {"id": "u8-unit-06", "text": "Seit 2020 ist das KIZ eine Stabsstelle beim Kreisdirektor.", "parent_units": ["[Stabsstelle beim] Kreisdirektor"]},
    {"id": "u8-unit-07", "text": "Das Zentrum arbeitet unter dem Dach des Amtes für Bildung.", "parent_units": ["Amt für Bildung"]},
    {"id": "u8-unit-08", "text": "Die Zuordnung des Kommunalen Integrationszentrums zum Dezernat IV besteht seit 2018.",
     "parent_units": ["Dezernat IV"]},
    {"id": "u8-unit-09", "text": "Eingebunden ist das KI in den Fachbereich Bildung, Jugend und Sport.",
     "parent_units": ["Fachbereich Bildung, Jugend und Sport"]},
    {"id": "u8-unit-10", "text": "Das KI ist organisatorisch Teil des Amtes 40 – Schulamt.", "parent_units": ["Amt 40 [Schulamt]"]},
    {"id": "u8-unit-11", "text": "Wir sind als Sachgebiet 3 Teil der Abteilung Bildung im Amt für Schule.",
     "parent_units": ["Abteilung Bildung [im Amt für Schule]"]},
    {"id": "u8-unit-12", "html": "<table><tr><th>Dezernat</th><th>Amt</th><th>Abteilung</th></tr><tr><td>Dezernat IV</td>"
     "<td>Amt 50 Soziales</td><td>Kommunales Integrationszentrum</td></tr><tr><td>Dezernat IV</td><td>Amt 53 Gesundheit</td>"
     "<td>Sozialpsychiatrischer Dienst</td></tr></table>",
     "parent_units": ["[Dezernat IV /] Amt 50 [Soziales]"], "must_not": {"parent_units": ["Amt 53 Gesundheit"]}},
    {"id": "u8-unit-13", "text": "Übergeordnetes Amt: Amt für Jugend und Familie", "parent_units": ["Amt für Jugend und Familie"]},
    {"id": "u8-unit-14", "text": "Fachbereich: 4 – Bildung und Sport", "parent_units": ["Fachbereich 4 [Bildung und Sport]"]},
    {"id": "u8-unit-15", "text": "The centre falls under the Department of Education.", "parent_units": ["Department of Education"]},
    {"id": "u8-unit-16", "text": "The Municipal Integration Centre is assigned to the Social Services Division.",
     "parent_units": ["Social Services Division"]},
    {"id": "u8-unit-17", "text": "Das KI – angesiedelt im Fachbereich Soziales – berät Familien und Schulen.",
     "parent_units": ["Fachbereich Soziales"]},
    {"id": "u8-unit-18", "text": "Das Integrationszentrum, das zum Amt für Teilhabe gehört, lädt zum Fachtag ein.",
     "parent_units": ["Amt für Teilhabe"]},
    {"id": "u8-unit-19", "text": "Das Kommunale Integrationszentrum ist seit 2015 Teil des Jugendamtes (Amt 51).",
     "parent_units": ["Jugendamt [Amt 51]"]},
    {"id": "u8-unit-20", "text": "Organisatorisch gehören wir zum Fachbereich 3.", "parent_units": ["Fachbereich 3"]},
    {"id": "u8-unit-21", "text": "Unser Team ist dem Dezernat für Bildung und Integration zugeordnet.",
     "parent_units": ["Dezernat für Bildung und Integration"]},
    {"id": "u8-unit-22", "text": "Die Einrichtung ist direkt der Oberbürgermeisterin unterstellt.", "parent_units": ["Oberbürgermeisterin"]},
    {"id": "u8-unit-23", "text": "Das KI ist beim Verwaltungsvorstand angesiedelt.", "parent_units": ["Verwaltungsvorstand"]},
    {"id": "u8-dis-01", "text": "Das Jobcenter gehört nicht zur Stadtverwaltung; das KI dagegen ist dem Amt 50 zugeordnet.",
     "parent_units": ["Amt 50"]},
    {"id": "u8-dis-02", "text": "Die Stabsstelle Integration des Kreises arbeitet eng mit dem KI zusammen.",
     "parent_units": [], "must_not": {"parent_units": ["Stabsstelle Integration"]}},
    {"id": "u8-dis-03", "text": "Die Schulsozialarbeit ist dem Fachbereich Jugend zugeordnet.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Jugend"]}},
    {"id": "u8-dis-04", "text": "Vor der Umstrukturierung war das Integrationszentrum ein Sachgebiet im Sozialamt.",
     "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u8-dis-05", "text": "Ursprünglich war das KI dem Schulamt angegliedert.", "parent_units": [], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u8-dis-06", "text": "Künftig soll das KI dem Dezernat V zugeordnet werden.", "parent_units": [], "must_not": {"parent_units": ["Dezernat V"]}},
    {"id": "u8-dis-07", "text": "Der Integrationsrat hat beantragt, das KI dem Büro des Oberbürgermeisters zuzuordnen.",
     "parent_units": [], "must_not": {"parent_units": ["Büro des Oberbürgermeisters"]}},
    {"id": "u8-reorg-01", "text": "Zum 1. Juli 2026 wird aus dem KI und dem Bildungsbüro das neue Amt für Bildung und Integration.",
     "reorganisations": ["2026-07-01"]},
    {"id": "u8-reorg-02", "text": "Die Verwaltung wird zum 01.01.2027 neu strukturiert: Das KI wechselt in den Fachbereich 2.",
     "reorganisations": ["2027-01-01"]},
    {"id": "u8-reorg-03", "text": "Ab 1. Januar 2027 gehört das Integrationszentrum zum Dezernat III.", "reorganisations": ["2027-01-01"]},
    {"id": "u8-reorg-04", "text": "Im Zuge der Verwaltungsreform wurde das KI am 1.4.2025 dem Fachbereich Bildung zugeordnet.",
     "reorganisations": ["2025-04-01"]},
    {"id": "u8-reorg-05", "text": "Der Kreistag hat in seiner Sitzung am 14.11.2025 die Neugliederung der Kreisverwaltung beschlossen.",
     "reorganisations": ["2025-11-14"]},
    {"id": "u8-reorg-06", "text": "Beschlussvorschlag: Der Ausschuss empfiehlt dem Rat, das Kommunale Integrationszentrum zum 01.01.2027 in das Amt 50 zu überführen.",
     "reorganisations": ["2027-01-01"], "parent_units": []},
    {"id": "u8-reorg-07", "text": "Am 1. Juli 2026 beginnt im KI das neue Kursprogramm mit einem Fest.", "reorganisations": []},
    {"id": "u8-reorg-08", "text": "Der Rat hat am 12.03.2026 die Förderrichtlinie für Sprachkurse beschlossen.", "reorganisations": []},
    {"id": "u8-reorg-09", "text": "Mit Wirkung vom 1. Mai 2026 ist das KI aus dem Jugendamt ausgegliedert worden und bildet nun eine eigene Stabsstelle.",
     "reorganisations": ["2026-05-01"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u8-reorg-10", "text": "On 1 July 2026 the integration centre was moved to the Department of Social Affairs.",
     "reorganisations": ["2026-07-01"]},
    {"id": "u8-reorg-11", "text": "Das KIZ firmiert seit dem 1. März 2026 als „Zentrum für Vielfalt“.", "reorganisations": ["2026-03-01"]},
    {"id": "u8-reorg-12", "text": "Die Geschäftsverteilung der Stadt wurde zum 01.10.2025 geändert; das KI gehört seitdem zum Dezernat V.",
     "reorganisations": ["2025-10-01"], "parent_units": ["Dezernat V"]},
    {"id": "u8-reorg-13", "text": "Die Integrationsagentur der Diakonie lädt am 4. Mai 2026 zum Sommerfest ein.", "reorganisations": []},
    {"id": "u8-reorg-14", "text": "Seit dem 1. Januar 2026 bilden das KI und die Ausländerbehörde gemeinsam das neue Amt für Migration und Integration.",
     "reorganisations": ["2026-01-01"], "parent_units": ["Amt für Migration und Integration"]},
]
UNIT_ASIDE += [c for i, c in enumerate(_ROUND8) if i % 3 == 2]
UNIT_TUNED += [c for i, c in enumerate(_ROUND8) if i % 3 != 2]

# Probes of the clause mechanism, written with its code (tuned on, never aside): a unit in a relative
# clause about someone else is not the centre's; a unit the centre's relative clause hangs on is;
# a tense marker in another noun's relative clause does not make the assignment history.
UNIT_TUNED += [
    {"id": "u9-clause-01", "text": "Das KI kooperiert mit der Abteilung Sprache der VHS, die dem Fachbereich Kultur zugeordnet ist.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Kultur"]}},
    {"id": "u9-clause-02", "text": "Das KI arbeitet eng mit dem Jobcenter zusammen, das dem Fachdienst Arbeit zugeordnet ist.",
     "parent_units": [], "must_not": {"parent_units": ["Fachdienst Arbeit"]}},
    {"id": "u9-clause-03", "text": "Das Schulamt, zu dem auch das KI gehört, bezieht neue Räume.", "parent_units": ["Schulamt"]},
    {"id": "u9-clause-04", "text": "Das Amt 51 – Jugend und Familie, dem das Integrationszentrum zugeordnet ist, zieht um.",
     "parent_units": ["Amt 51 [Jugend und Familie]"]},
    {"id": "u9-clause-05", "text": "Das KI ist dem Fachbereich 4, der von Frau Berg geleitet wird, zugeordnet.", "parent_units": ["Fachbereich 4"]},
    {"id": "u9-clause-06", "text": "Das KI, das früher zum Sozialamt gehörte, berät heute Schulen.",
     "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u9-clause-07", "text": "Das Kommunale Integrationszentrum Bergfeld, das dem Amt 40 angegliedert ist, lädt ein.",
     "parent_units": ["Amt 40"]},
    # outlines: siblings beside the centre are no parent; the heading of a higher rank above them is
    {"id": "u9-outline-01", "html": "<h3>Dezernat IV – Stadtrat Jens Olberg</h3><ul><li>Amt 50 – Soziales</li><li>Amt 51 – Jugend</li>"
     "<li>Kommunales Integrationszentrum</li><li>Amt 53 – Gesundheit</li></ul>",
     "parent_units": ["Dezernat IV"], "must_not": {"parent_units": ["Amt 50 Soziales", "Amt 51 Jugend", "Amt 53 Gesundheit"]}},
    {"id": "u9-outline-02", "html": "<ul><li>Geschäftsbereich 2<ul><li>Fachbereich 20 – Finanzen</li><li>Fachbereich 21 – Schule</li>"
     "<li>Kommunales Integrationszentrum</li></ul></li></ul>",
     "parent_units": ["Geschäftsbereich 2"], "must_not": {"parent_units": ["Fachbereich 21 Schule"]}},
    {"id": "u9-outline-03", "html": "<ul><li>Dezernat I<ul><li>Amt 12 – Bürgerdienste<ul><li>Kommunales Integrationszentrum</li></ul></li></ul></li></ul>",
     "parent_units": ["[Dezernat I /] Amt 12 [Bürgerdienste]"]},
    # an effective date makes an assignment an announcement; "mit Wirkung vom" and "seit" are its start
    {"id": "u9-effective-01", "text": "Ab 01.03.2028 arbeitet das KI als Sachgebiet 2 des neuen Amtes für Teilhabe.",
     "parent_units": [], "reorganisations": ["2028-03-01"], "must_not": {"parent_units": ["Amt für Teilhabe"]}},
    {"id": "u9-effective-02", "text": "Mit Wirkung vom 1. April 2024 ist das KI dem Fachbereich 6 zugeordnet.", "parent_units": ["Fachbereich 6"]},
    # a letterhead path (what follows the centre is not its), siblings in a row are no path, a genitive attribute
    {"id": "u9-path-01", "html": "<p>Stadt Bergfeld | Dezernat II | Amt für Schule | Kommunales Integrationszentrum | Marktplatz 1</p>",
     "parent_units": ["[Dezernat II /] Amt für Schule"]},
    {"id": "u9-path-02", "html": "<p>Jugendamt | Schulamt | Kommunales Integrationszentrum</p>", "parent_units": [],
     "must_not": {"parent_units": ["Jugendamt", "Schulamt"]}},
    {"id": "u9-attr-01", "text": "Das Kommunale Integrationszentrum des Fachbereichs 3 lädt zum Elternabend ein.", "parent_units": ["Fachbereich 3"]},
]

#: Tenth round, written after the outline and attribute mechanisms and before any code for it:
#: reorganisations in more verb forms and page-level mixtures of current, former and announced units.
_ROUND10: list[dict] = [
    {"id": "u10-reorg-01", "text": "Zum 1. März 2027 geht das Kommunale Integrationszentrum im neuen Amt für Bildung und Teilhabe auf.",
     "reorganisations": ["2027-03-01"], "parent_units": []},
    {"id": "u10-reorg-02", "text": "Die Aufgaben der Integrationsarbeit werden ab dem 01.01.2027 im Fachbereich 5 gebündelt; dazu gehört auch das KI.",
     "reorganisations": ["2027-01-01"], "parent_units": []},
    {"id": "u10-reorg-03", "text": "Das Kreisintegrationszentrum wird zum 1. August 2026 in das Amt für Schule und Kultur integriert.",
     "reorganisations": ["2026-08-01"], "parent_units": []},
    {"id": "u10-reorg-04", "text": "Nach dem neuen Zuschnitt der Dezernate, der am 01.11.2025 wirksam wurde, gehört das KI zum Dezernat IV.",
     "reorganisations": ["2025-11-01"], "parent_units": ["Dezernat IV"]},
    {"id": "u10-reorg-05", "text": "Mit der Organisationsverfügung vom 15.06.2026 wurde das Integrationszentrum dem Amt 40 zugeschlagen.",
     "reorganisations": ["2026-06-15"]},
    {"id": "u10-reorg-06", "text": "Am 22.09.2026 berät der Hauptausschuss über die Verlagerung des KI in den Fachbereich Jugend.",
     "reorganisations": ["2026-09-22"], "parent_units": []},
    {"id": "u10-reorg-07", "text": "Das KI wird zum 1.1.2027 aufgelöst; seine Aufgaben übernimmt das neue Amt für Migration.",
     "reorganisations": ["2027-01-01"]},
    {"id": "u10-reorg-08", "text": "Am 14. Oktober 2026 stellte das KI seinen Jahresbericht im Sozialausschuss vor.", "reorganisations": []},
    {"id": "u10-reorg-09", "text": "Seit dem 1. Januar 2026 ist das Integrationszentrum nicht mehr dem Schulamt, sondern dem Dezernat II zugeordnet.",
     "reorganisations": ["2026-01-01"], "parent_units": ["Dezernat II"], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u10-reorg-10", "text": "The integration centre was moved into the Department of Education on 1 January 2026.",
     "reorganisations": ["2026-01-01"]},
    {"id": "u10-reorg-11", "text": "Das Jugendamt zieht am 3. Mai 2026 in das Kreishaus II.", "reorganisations": []},
    {"id": "u10-reorg-12", "text": "Der Kreistag hat am 30.06.2026 die Umbenennung des Kommunalen Integrationszentrums in „Zentrum für Chancen“ beschlossen.",
     "reorganisations": ["2026-06-30"]},
    {"id": "u10-unit-01", "html": "<h2>Über uns</h2><p>Das Kommunale Integrationszentrum gehört zum Amt für Soziales und Integration.</p>"
     "<h3>Geschichte</h3><p>Gegründet wurde das KI 2013 als Stabsstelle beim Bürgermeister; 2017 kam es zum Schulamt.</p>",
     "parent_units": ["Amt für Soziales und Integration"], "must_not": {"parent_units": ["Schulamt", "Bürgermeister"]}},
    {"id": "u10-unit-02", "html": "<p>Das KI ist derzeit dem Fachbereich 3 zugeordnet.</p><p>Ab dem 1. Januar 2027 wird es Teil des neuen "
     "Fachbereichs 7 – Vielfalt.</p>",
     "parent_units": ["Fachbereich 3"], "reorganisations": ["2027-01-01"], "must_not": {"parent_units": ["Fachbereich 7"]}},
    {"id": "u10-unit-03", "text": "Im Amt 51 arbeiten das Jugendamt-Team, die Schulsozialarbeit und das Kommunale Integrationszentrum zusammen.",
     "parent_units": ["Amt 51"]},
    {"id": "u10-unit-04", "text": "Das KI ist ein Bereich des Amtes für Kinder, Jugend und Familie.", "parent_units": ["Amt für Kinder, Jugend und Familie"]},
    {"id": "u10-unit-05", "html": "<table><tr><td>Organisationseinheit</td><td>Kommunales Integrationszentrum</td></tr>"
     "<tr><td>Übergeordnete Einheit</td><td>Dezernat 3 – Bildung und Soziales</td></tr></table>",
     "parent_units": ["Dezernat 3 [Bildung und Soziales]"]},
    {"id": "u10-unit-06", "text": "Das Kommunale Integrationszentrum ist beim Kreis Bergfeld im Dezernat für Schule, Kultur und Integration angesiedelt.",
     "parent_units": ["Dezernat für Schule, Kultur und Integration"]},
    {"id": "u10-unit-07", "text": "Das KI hat seinen Sitz im Bürgeramt Nord.", "parent_units": [], "must_not": {"parent_units": ["Bürgeramt Nord"]}},
    {"id": "u10-unit-08", "text": "Das Integrationszentrum ist dem Oberbürgermeister als Stabsstelle direkt zugeordnet.",
     "parent_units": ["[Stabsstelle] Oberbürgermeister"]},
    {"id": "u10-unit-09", "text": "Zuständigkeit: Fachdienst 40.2 – Bildung und Integration", "parent_units": ["Fachdienst 40.2 [Bildung und Integration]"]},
    {"id": "u10-unit-10", "text": "Das KI gehört nicht zum Jugendamt, sondern zum Schulamt.", "parent_units": ["Schulamt"],
     "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u10-unit-11", "text": "Die Leitung des Amtes für Integration, zu dem das KI gehört, hat Herr Janssen.", "parent_units": ["Amt für Integration"]},
    {"id": "u10-unit-12", "text": "The centre is part of the city's Youth and Education Office (Amt 40).",
     "parent_units": ["Youth and Education Office [Amt 40]"]},
]
UNIT_ASIDE += [c for i, c in enumerate(_ROUND10) if i % 3 == 2]
UNIT_TUNED += [c for i, c in enumerate(_ROUND10) if i % 3 != 2]

#: Eleventh round, written before any code for it: English, lists after a colon, units assigned
#: TO the centre (the centre is their parent, not their child), jobs, and more dated forms.
_ROUND11: list[dict] = [
    {"id": "u11-unit-01", "text": "The KI belongs to the Department for Youth, Schools and Integration.",
     "parent_units": ["Department for Youth, Schools and Integration"]},
    {"id": "u11-unit-02", "text": "The Municipal Integration Centre supports schools. It is part of the District Education Office.",
     "parent_units": ["District Education Office"]},
    {"id": "u11-unit-03", "text": "The integration centre is based in the Social Services Department.", "parent_units": ["Social Services Department"]},
    {"id": "u11-unit-04", "text": "Organisational unit: Department 40 – Schools and Education", "parent_units": ["Department 40 [Schools and Education]"]},
    {"id": "u11-unit-05", "text": "Träger des KI ist der Kreis Bergfeld; organisatorisch ist es im Dezernat II angesiedelt.",
     "parent_units": ["Dezernat II"]},
    {"id": "u11-unit-06", "text": "Im Organigramm der Stadt ist das KI unter dem Fachbereich 2 zu finden.", "parent_units": ["Fachbereich 2"]},
    {"id": "u11-unit-07", "text": "Beim Fachbereich Schule, Jugend und Sport ist seit 2019 das KI verortet.",
     "parent_units": ["Fachbereich Schule, Jugend und Sport"]},
    {"id": "u11-unit-08", "text": "Das KIZ – eine Abteilung des Amtes für Schule – berät Eltern und Lehrkräfte.", "parent_units": ["[Abteilung] Amt für Schule"]},
    {"id": "u11-unit-09", "text": "Zum Dezernat III gehören: Schulamt, Jugendamt, Kommunales Integrationszentrum.", "parent_units": ["Dezernat III"]},
    {"id": "u11-unit-10", "text": "Das KI ist organisatorisch beim Amt 40 aufgehängt und räumlich im Bildungszentrum untergebracht.",
     "parent_units": ["Amt 40"]},
    {"id": "u11-unit-11", "text": "Dem Fachbereich Bildung unterstehen das Schulamt, die Musikschule und das Kommunale Integrationszentrum.",
     "parent_units": ["Fachbereich Bildung"]},
    {"id": "u11-dis-01", "text": "Die Koordinierungsstelle Sprachförderung des Jugendamtes ist dem KI zugeordnet.",
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u11-dis-02", "text": "Dem KI zugeordnet ist das Projekt Sprachbrücke des Fachbereichs Kultur.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Kultur"]}},
    {"id": "u11-dis-03", "text": "Das Amt für Schule arbeitet eng mit dem KI zusammen.", "parent_units": [], "must_not": {"parent_units": ["Amt für Schule"]}},
    {"id": "u11-dis-04", "text": "Die ausgeschriebene Stelle ist im Fachbereich Personal angesiedelt und arbeitet dem KI zu.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Personal"]}},
    {"id": "u11-dis-05", "text": "Am 01.03.2027 wechselt Frau Berg vom KI ins Schulamt.", "reorganisations": [], "parent_units": []},
    {"id": "u11-reorg-01", "text": "Die neue Verwaltungsgliederung gilt ab dem 01.01.2027; das KI ist dann Teil des Fachbereichs Bildung.",
     "reorganisations": ["2027-01-01"], "parent_units": []},
    {"id": "u11-reorg-02", "text": "Ab Januar 2027 gehört das KI zum Dezernat V.", "reorganisations": ["2027-01"], "parent_units": []},
    {"id": "u11-reorg-03", "text": "Die Zuständigkeit für das KI wechselt am 01.03.2027 vom Schulamt zum Jugendamt.",
     "reorganisations": ["2027-03-01"], "parent_units": []},
    {"id": "u11-reorg-04", "text": "Das KI wird am 1. Februar 2027 in Kommunales Integrationszentrum und Bildungsbüro Bergfeld umbenannt.",
     "reorganisations": ["2027-02-01"]},
    {"id": "u11-reorg-05", "text": "Seit Juli 2025 bildet das KI zusammen mit dem Bildungsbüro die neue Stabsstelle Bildung und Integration.",
     "reorganisations": ["2025-07"], "parent_units": ["Stabsstelle Bildung und Integration"]},
]
UNIT_ASIDE += [c for i, c in enumerate(_ROUND11) if i % 3 == 2]
UNIT_TUNED += [c for i, c in enumerate(_ROUND11) if i % 3 != 2]

#: The cases written before the code that reads them (rounds 7, 8, 10 and 11); a third of each is aside.
WRITTEN_FIRST: list[dict] = _ROUND7 + _ROUND8 + _ROUND10 + _ROUND11

#: Twelfth round, written before any code for it (every third case aside): unseen phrasings as
#: real pages carry them — codes, Kreis and city structures, office holders, breadcrumbs, page
#: headings, letterheads and signatures, PDF footers, organigram lists and tables, English and
#: Leichte Sprache, any assignment verb in active and passive, nested chains; distractors
#: (premises, partners, neighbours, a person's former unit, job ads, history, negation, plans);
#: reorganisations decided, announced and merely discussed.
_BODY = "<p>Wir beraten Schulen, Kitas und Familien mit Einwanderungsgeschichte und begleiten Vereine.</p>"
_ROUND12: list[dict] = [
    # ---------------------------------------------------------------- prose, varied verbs and codes
    {"id": "u12-unit-01", "text": "Das KI ist organisatorisch im Amt 50 verankert.", "parent_units": ["Amt 50"]},
    {"id": "u12-unit-02", "text": "Das Kommunale Integrationszentrum liegt im Geschäftsbereich der Kreisdirektorin.",
     "parent_units": ["Geschäftsbereich [der] Kreisdirektorin"]},
    {"id": "u12-unit-03", "text": "Das Integrationszentrum ressortiert bei Dezernat III.", "parent_units": ["Dezernat III"]},
    {"id": "u12-unit-04", "text": "Organisatorisch angebunden ist das KI an den FB 5 – Schule, Kultur, Sport.",
     "parent_units": ["Fachbereich 5 [Schule, Kultur, Sport]"]},
    {"id": "u12-unit-05", "text": "Das KI ist als Sachgebiet 51.3 Teil der Abteilung Jugendförderung.",
     "parent_units": ["[Sachgebiet 51.3] Abteilung Jugendförderung"]},
    {"id": "u12-unit-06", "text": "Das Kreisintegrationszentrum gehört organisatorisch zum Fachdienst 40 Bildung, Kultur und Sport des Kreises.",
     "parent_units": ["Fachdienst 40 [Bildung, Kultur und Sport]"]},
    {"id": "u12-unit-07", "text": "Seit der Verwaltungsreform ist das KI eine Einheit im Ressort Bildung und Jugend.",
     "parent_units": ["Ressort Bildung und Jugend"]},
    {"id": "u12-unit-08", "text": "Das Integrationszentrum ist Teil von Amt 40.", "parent_units": ["Amt 40"]},
    {"id": "u12-unit-09", "text": "Das KI arbeitet innerhalb der Stabsstelle Integration und Ehrenamt.",
     "parent_units": ["Stabsstelle Integration und Ehrenamt"]},
    {"id": "u12-unit-10", "text": "Das KIZ ist als Team 3 im Fachbereich Soziales angesiedelt.", "parent_units": ["[Team 3 im] Fachbereich Soziales"]},
    {"id": "u12-unit-11", "text": "Das Kommunale Integrationszentrum ist der Landrätin direkt zugeordnet.", "parent_units": ["Landrätin"]},
    {"id": "u12-unit-12", "text": "Beim Oberbürgermeister angesiedelt, koordiniert das KI die Integrationsarbeit der Stadt.",
     "parent_units": ["Oberbürgermeister"]},
    {"id": "u12-unit-13", "text": "Das KI ist eine Stabsstelle der Bürgermeisterin.", "parent_units": ["[Stabsstelle] Bürgermeisterin"]},
    {"id": "u12-unit-14", "text": "Das KI untersteht dem Beigeordneten für Bildung, Jugend und Soziales.",
     "parent_units": ["Beigeordneter [für Bildung, Jugend und Soziales]"]},
    {"id": "u12-unit-15", "text": "Das Integrationszentrum ist im Dezernat des Oberbürgermeisters (Dezernat I) angesiedelt.",
     "parent_units": ["Dezernat [des Oberbürgermeisters] [Dezernat I]"]},
    {"id": "u12-unit-16", "text": "Das KI ist dem Fachbereich 2 fachlich und organisatorisch zugehörig.", "parent_units": ["Fachbereich 2"]},
    {"id": "u12-unit-17", "text": "Die Dienst- und Fachaufsicht über das KI liegt beim Dezernat für Bildung.",
     "parent_units": ["Dezernat für Bildung"]},
    {"id": "u12-unit-18", "text": "Das Integrationszentrum wurde 2013 im Amt für Soziales eingerichtet und ist dort bis heute angesiedelt.",
     "parent_units": ["Amt für Soziales"]},
    {"id": "u12-unit-19", "text": "Im Geschäftsbereich 3 ist das Kommunale Integrationszentrum für die Beratung neu zugewanderter Familien zuständig.",
     "parent_units": ["Geschäftsbereich 3"]},
    {"id": "u12-unit-20", "text": "Das KI – eine Einrichtung des Kreisjugendamts – organisiert den Fachtag.", "parent_units": ["Kreisjugendamt"]},
    {"id": "u12-unit-21", "text": "Das KI ist in der Verwaltung dem Amt für Bürgerservice und Integration zugeordnet, das von Frau Kaya geleitet wird.",
     "parent_units": ["Amt für Bürgerservice und Integration"]},
    {"id": "u12-unit-22", "text": "Das Integrationszentrum ist eine Dienststelle des Geschäftsbereichs Jugend und Bildung.",
     "parent_units": ["Geschäftsbereich Jugend und Bildung"]},
    {"id": "u12-unit-23", "text": "Wir sind Teil der Abteilung 40.2 Schulentwicklung und Integration im Schulverwaltungsamt.",
     "parent_units": ["Abteilung 40.2 [Schulentwicklung und Integration] [im Schulverwaltungsamt]"]},
    {"id": "u12-unit-24", "text": "Das KI ist ein Sachgebiet der Abteilung Integration, die zum Amt für Soziales gehört.",
     "parent_units": ["Abteilung Integration [Amt für Soziales]"]},
    {"id": "u12-unit-25", "text": "Das KI ist organisatorisch beim Fachbereich Jugend, Familie und Bildung aufgehängt und befindet sich räumlich im Haus der Bildung.",
     "parent_units": ["Fachbereich Jugend, Familie und Bildung"]},
    {"id": "u12-unit-26", "text": "Im Kreis Emsbruch ist das KI Teil des Fachdienstes 51 Jugend, Familie und Integration.",
     "parent_units": ["Fachdienst 51 [Jugend, Familie und Integration]"]},
    {"id": "u12-unit-27", "text": "Die Kreisverwaltung hat das KI im Dezernat 2 bei der Kreisdirektorin angesiedelt.",
     "parent_units": ["Dezernat 2 [Kreisdirektorin]"]},
    {"id": "u12-unit-28", "text": "Die Stadt hat das Integrationszentrum dem Fachbereich Schule zugeordnet.", "parent_units": ["Fachbereich Schule"]},
    {"id": "u12-unit-29", "text": "Das KI gehört zum Fachbereich „Bildung, Integration und Sport“.",
     "parent_units": ["Fachbereich Bildung, Integration und Sport"]},
    {"id": "u12-unit-30", "text": "Das KI ist ein Team in der Abteilung 'Migration und Teilhabe' des Sozialamts.",
     "parent_units": ["Abteilung Migration und Teilhabe [Sozialamt]"]},
    {"id": "u12-unit-31", "text": "Unser Sachgebiet 32.4 – Kommunales Integrationszentrum gehört zum Amt 32 Schule und Bildung.",
     "parent_units": ["Amt 32 [Schule und Bildung]"]},
    {"id": "u12-unit-32", "text": "Angegliedert ist das KI der Abteilung Soziale Dienste im Fachbereich 50.",
     "parent_units": ["Abteilung Soziale Dienste [im Fachbereich 50]"]},
    # ---------------------------------------------------------------- breadcrumbs, headings, letterheads, footers
    {"id": "u12-page-01", "html": "<div class=\"breadcrumb\"><ol><li><a href=\"/\">Startseite</a></li><li><a href=\"/rathaus/\">Rathaus</a></li>"
     "<li><a href=\"/dez2/\">Dezernat II</a></li><li><a href=\"/amt40/\">Amt für Schule und Bildung</a></li>"
     "<li>Kommunales Integrationszentrum</li></ol></div>" + _BODY,
     "parent_units": ["[Dezernat II /] Amt für Schule und Bildung"]},
    {"id": "u12-page-02", "html": "<p class=\"crumbs\">Startseite » Leben im Kreis » Bildung » Kommunales Integrationszentrum</p>" + _BODY,
     "parent_units": []},
    {"id": "u12-page-03", "html": "<p>Sie sind hier: Home / Verwaltung / Fachbereiche / FB 3 Jugend und Soziales / Kommunales Integrationszentrum</p>" + _BODY,
     "parent_units": ["[Fachbereiche /] Fachbereich 3 [Jugend und Soziales]"]},
    {"id": "u12-page-04", "title": "Amt für Schule und Integration – Kommunales Integrationszentrum", "html": _BODY,
     "parent_units": ["Amt für Schule und Integration"]},
    {"id": "u12-page-05", "title": "Kommunales Integrationszentrum (Fachbereich 4)", "html": _BODY, "parent_units": ["Fachbereich 4"]},
    {"id": "u12-page-06", "title": "Fachdienst 32 | Kommunales Integrationszentrum", "html": _BODY, "parent_units": ["Fachdienst 32"]},
    {"id": "u12-page-07", "title": "Kommunales Integrationszentrum im Jugendamt", "html": _BODY, "parent_units": ["Jugendamt"]},
    {"id": "u12-page-08", "title": "Kommunales Integrationszentrum und Bildungsbüro", "html": _BODY, "parent_units": []},
    {"id": "u12-page-09", "html": _BODY + "<p>Mit freundlichen Grüßen<br>Aylin Demir<br>Kreis Bergfeld<br>Der Landrat<br>Amt 40 – Schule und Bildung<br>"
     "Kommunales Integrationszentrum<br>Kreishausstraße 3, 41234 Bergfeld</p>",
     "parent_units": ["Amt 40 [Schule und Bildung]"], "must_not": {"parent_units": ["Landrat"]}},
    {"id": "u12-page-10", "html": _BODY + "<p class=\"footer\">Stadt Lindenau · Der Oberbürgermeister · Fachbereich Bildung · Kommunales Integrationszentrum · Seite 2 von 4</p>",
     "parent_units": ["[Oberbürgermeister /] Fachbereich Bildung"]},
    {"id": "u12-page-11", "html": "<p>Stadt Wahlheim | Dezernat III | Kommunales Integrationszentrum</p>" + _BODY, "parent_units": ["Dezernat III"]},
    {"id": "u12-page-12", "html": "<h2>Dezernat IV – Jugend, Soziales, Integration</h2><ul><li>Amt 50 – Sozialamt</li><li>Amt 51 – Jugendamt</li>"
     "<li>Kommunales Integrationszentrum (Stabsstelle 4.1)</li></ul>",
     "parent_units": ["Dezernat IV [Jugend, Soziales, Integration]"], "must_not": {"parent_units": ["Amt 50 Sozialamt", "Amt 51 Jugendamt"]}},
    {"id": "u12-page-13", "html": "<table><tr><th>Einheit</th><th>Übergeordnete Einheit</th><th>Leitung</th></tr>"
     "<tr><td>Bildungsbüro</td><td>Amt 41</td><td>Jan Pohl</td></tr><tr><td>Kommunales Integrationszentrum</td><td>Amt 40</td><td>Eda Arslan</td></tr></table>",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Amt 41"]}},
    {"id": "u12-page-14", "html": "<dl><dt>Amt</dt><dd>Amt für Integration und Migration (Amt 33)</dd><dt>Einrichtung</dt><dd>Kommunales Integrationszentrum</dd></dl>",
     "parent_units": ["Amt für Integration und Migration [Amt 33]"]},
    {"id": "u12-page-15", "text": "Zuständiges Dezernat: Dezernat V – Soziales und Integration", "parent_units": ["Dezernat V [Soziales und Integration]"]},
    {"id": "u12-page-16", "html": "<table><tr><td>Übergeordnete Dienststelle</td><td>Amt für Kinder, Jugend und Familie</td></tr></table>",
     "parent_units": ["Amt für Kinder, Jugend und Familie"]},
    # ---------------------------------------------------------------- English, Leichte Sprache
    {"id": "u12-lang-01", "text": "The Municipal Integration Centre is part of Department 5 – Education and Youth.",
     "parent_units": ["Department 5 [Education and Youth]"]},
    {"id": "u12-lang-02", "text": "The centre reports directly to the Lord Mayor.", "parent_units": ["[Lord] Mayor"]},
    {"id": "u12-lang-03", "text": "Das KI gehört zur Stadt-Verwaltung. Das KI ist ein Teil vom Amt für Jugend.", "parent_units": ["Amt für Jugend"]},
    {"id": "u12-lang-04", "text": "Wir arbeiten im Jugend-Amt.", "parent_units": ["Jugend-Amt"]},
    # ---------------------------------------------------------------- distractors
    {"id": "u12-dis-01", "text": "Das KI hat seine Büros im Gebäude des Sozialamts, Marktstraße 5.",
     "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u12-dis-02", "text": "Die Beratung findet in den Räumen der VHS statt, die zum Fachbereich Kultur gehört.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Kultur"]}},
    {"id": "u12-dis-03", "text": "In Kooperation mit dem Amt für Schule bietet das KI Sprachkurse an.",
     "parent_units": [], "must_not": {"parent_units": ["Amt für Schule"]}},
    {"id": "u12-dis-04", "text": "Frau Kaya leitet das KI seit März; zuvor arbeitete sie im Jugendamt.",
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u12-dis-05", "text": "Stellenausschreibung des Jugendamts: Für das Kommunale Integrationszentrum suchen wir eine Fachkraft (m/w/d).",
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u12-dis-06", "text": "Bis 2019 gehörte das KI zum Dezernat II; nach der Neuordnung ist es dem Schulamt zugeordnet.",
     "parent_units": ["Schulamt"], "must_not": {"parent_units": ["Dezernat II"]}},
    {"id": "u12-dis-07", "text": "Das Integrationszentrum ist keine Abteilung des Sozialamts, sondern eine eigenständige Stabsstelle.",
     "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u12-dis-08", "text": "Das KI und das Bildungsbüro sind Nachbarn: Das Bildungsbüro ist dem Amt 40 zugeordnet.",
     "parent_units": [], "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u12-dis-09", "text": "Gefördert wird das KI vom Land; zuständig im Ministerium ist das Referat 412.",
     "parent_units": [], "must_not": {"parent_units": ["Referat 412"]}},
    {"id": "u12-dis-10", "text": "Die Sprachmittlerpools der Stadt sind beim Sozialamt angesiedelt; das KI vermittelt Termine.",
     "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u12-dis-11", "text": "Die Verwaltung schlägt vor, das KI künftig dem Dezernat I anzugliedern.",
     "parent_units": [], "must_not": {"parent_units": ["Dezernat I"]}},
    {"id": "u12-dis-12", "text": "Geplant ist die Eingliederung des KI in das Amt für Bildung.",
     "parent_units": [], "must_not": {"parent_units": ["Amt für Bildung"]}},
    {"id": "u12-dis-13", "text": "Sie finden uns im Erdgeschoss des Ordnungsamts, Zimmer 12.",
     "parent_units": [], "must_not": {"parent_units": ["Ordnungsamt"]}},
    {"id": "u12-dis-14", "text": "Der Integrationsrat, der dem Büro des Oberbürgermeisters zugeordnet ist, tagt viermal im Jahr.",
     "parent_units": [], "must_not": {"parent_units": ["Büro des Oberbürgermeisters"]}},
    {"id": "u12-dis-15", "text": "Das KI arbeitet im Rathaus, Zimmer 204, gleich neben dem Standesamt.",
     "parent_units": [], "must_not": {"parent_units": ["Standesamt"]}},
    # ---------------------------------------------------------------- reorganisations
    {"id": "u12-reorg-01", "text": "Mit Ratsbeschluss vom 24.03.2026 wird das KI zum 1. Juli 2026 aus dem Jugendamt herausgelöst und dem Dezernat II zugeordnet.",
     "reorganisations": ["2026-03-24", "2026-07-01"], "parent_units": [], "must_not": {"parent_units": ["Dezernat II"]},
     # (the unit left is the current one until the date, as u16-leaving-01 and the tune corpus's c5 cases read it)
     "tolerate": {"parent_units": ["Jugendamt"]}},
    {"id": "u12-reorg-02", "text": "Das KI wird zum 1.1.2027 mit dem Bildungsbüro zu einem gemeinsamen Fachdienst zusammengelegt.",
     "reorganisations": ["2027-01-01"]},
    {"id": "u12-reorg-03", "text": "Der Kreistag hat am 5. Dezember 2025 beschlossen, das Kreisintegrationszentrum in den neu gebildeten Fachbereich Integration und Teilhabe einzugliedern.",
     "reorganisations": ["2025-12-05"], "parent_units": []},
    {"id": "u12-reorg-04", "text": "Das Amt für Integration wird zum 31.12.2026 aufgelöst; das KI wechselt in den Fachbereich Soziales.",
     "reorganisations": ["2026-12-31"], "parent_units": []},
    {"id": "u12-reorg-05", "text": "Seit dem 1. April 2025 ist das KI Teil des neu gebildeten Amtes für Vielfalt und Teilhabe.",
     "reorganisations": ["2025-04-01"], "parent_units": ["Amt für Vielfalt und Teilhabe"]},
    {"id": "u12-reorg-06", "text": "Der Sozialausschuss berät am 12.02.2027 über eine mögliche Neuordnung der Integrationsarbeit.",
     "reorganisations": ["2027-02-12"]},
    {"id": "u12-reorg-07", "text": "Zum 1. August 2026 beginnt im KI eine neue Kollegin im Team Schule.", "reorganisations": []},
    {"id": "u12-reorg-08", "text": "Am 3. November 2026 stellt das KI im Jugendhilfeausschuss seinen Bericht vor.", "reorganisations": []},
    {"id": "u12-reorg-09", "text": "As of 1 January 2027, the integration centre will become part of the new Department for Diversity.",
     "reorganisations": ["2027-01-01"], "parent_units": []},
    {"id": "u12-reorg-10", "text": "Das Integrationszentrum und die Ausländerbehörde werden ab 1. Mai 2027 unter einem Dach im neuen Amt für Migration geführt.",
     "reorganisations": ["2027-05-01"], "parent_units": []},
    {"id": "u12-reorg-11", "text": "Die Stadt hat ihre Dezernatsverteilung zum 01.09.2026 neu geregelt; das KI ist seither dem Dezernat IV zugeordnet.",
     "reorganisations": ["2026-09-01"], "parent_units": ["Dezernat IV"]},
    {"id": "u12-reorg-12", "text": "Nach dem Beschluss des Rates vom 10.10.2025 soll das KI mit der Integrationsagentur fusionieren.",
     "reorganisations": ["2025-10-10"], "parent_units": []},
    {"id": "u12-reorg-13", "text": "Das Kommunale Integrationszentrum heißt seit dem 1. Januar 2026 „Amt für Integration und Vielfalt“.",
     "reorganisations": ["2026-01-01"], "parent_units": [], "must_not": {"parent_units": ["Amt für Integration und Vielfalt"]}},
    {"id": "u12-reorg-14", "text": "Am 20. Januar 2026 besuchte die Schulministerin das KI und das Schulamt.", "reorganisations": []},
    {"id": "u12-reorg-15", "text": "Die Aufgaben des KI gehen zum 1. März 2027 auf den neuen Fachbereich Chancengleichheit über.",
     "reorganisations": ["2027-03-01"], "parent_units": []},
]
#: The twelfth round's parts on their own (python -m bench.generalise_score prints them apart).
UNIT12_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND12) if i % 3 == 2]
UNIT12_TUNED: list[dict] = [c for i, c in enumerate(_ROUND12) if i % 3 != 2]
UNIT_ASIDE += UNIT12_ASIDE
UNIT_TUNED += UNIT12_TUNED
WRITTEN_FIRST += _ROUND12

# Probes of round 12's mechanisms, written with their code (tuned on, never aside): an unseen
# assignment verb as a statal passive; a place verb only with a unit no building can be; a label by
# its assignment stem; a genitive after a place or event noun; a capitalised "Zuständig für".
UNIT_TUNED += [
    {"id": "u13-statal-01", "text": "Das KI ist im Fachbereich 4 organisiert.", "parent_units": ["Fachbereich 4"]},
    {"id": "u13-statal-02", "text": "Platziert ist das Integrationszentrum im Amt 50 – Soziales.", "parent_units": ["Amt 50 [Soziales]"]},
    {"id": "u13-statal-03", "text": "Das KI ist beim Jugendamt gut vernetzt.",
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u13-statal-04", "text": "Das KI hat im Jugendamt einen Workshop organisiert.", "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u13-place-01", "text": "Das KI befindet sich im Geschäftsbereich Soziales.", "parent_units": ["Geschäftsbereich Soziales"]},
    {"id": "u13-place-02", "text": "Das KI befindet sich im Sozialamt, zweiter Stock.", "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u13-label-01", "text": "Organisatorische Einbindung: Fachbereich 3 – Bildung", "parent_units": ["Fachbereich 3 [Bildung]"]},
    {"id": "u13-label-02", "text": "Zugehörig zu: Fachdienst 32", "parent_units": ["Fachdienst 32"]},
    {"id": "u13-label-03", "text": "Kooperationspartner: Amt für Schule", "parent_units": [], "must_not": {"parent_units": ["Amt für Schule"]}},
    {"id": "u13-genitive-01", "text": "Das KI ist im Erdgeschoss des Sozialamts untergebracht.", "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u13-genitive-02", "text": "Das KI ist eine Einheit des Dezernats II.", "parent_units": ["Dezernat II"]},
    {"id": "u13-genitive-03", "text": "Das KI arbeitet mit der VHS – eine Einrichtung des Fachbereichs Kultur – zusammen.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Kultur"]}},
    {"id": "u13-responsible-01", "text": "Zuständig für das KI ist das Dezernat IV.", "parent_units": ["Dezernat IV"]},
    {"id": "u13-nameline-01", "title": "Fachbereich 5 – Soziales | Kommunales Integrationszentrum", "html": _BODY,
     "parent_units": ["Fachbereich 5 [Soziales]"]},
    {"id": "u13-nameline-02", "title": "Abteilung 43.2 – Kommunales Integrationszentrum", "html": _BODY, "parent_units": []},
    {"id": "u13-nameline-03", "title": "Kommunales Integrationszentrum (Sachgebiet 51.3)", "html": _BODY, "parent_units": []},
    # a change into a unit by any participle in the passive, or by a verb of motion; not an event there
    {"id": "u13-reorg-01", "text": "Das KI kommt zum 1. Januar 2027 in den Fachbereich Bildung.", "reorganisations": ["2027-01-01"], "parent_units": []},
    {"id": "u13-reorg-02", "text": "Das KI wurde am 1. März 2025 in das Amt für Bildung verlegt.", "reorganisations": ["2025-03-01"], "parent_units": []},
    {"id": "u13-reorg-03", "text": "Am 1. Juli 2026 wurde das KI dem Büro der Landrätin unterstellt.", "reorganisations": ["2026-07-01"]},
    {"id": "u13-reorg-04", "text": "Am 2. Juni 2026 wurde das KI im Jugendamt mit einem Preis geehrt.", "reorganisations": []},
    {"id": "u13-reorg-05", "text": "Am 5. Mai 2026 wurde das KI zum Fachtag des Jugendamts eingeladen.", "reorganisations": []},
    # the breadcrumb trail of the chrome (dropped from the text) where nothing else names the unit;
    # the page's own statement wins over it
    {"id": "u13-crumb-01", "html": "<nav class=\"navBreadcrumbs\"><strong>Sie sind hier:</strong><ol><li><a href=\"/\">Startseite</a></li>"
     "<li><a href=\"/v/\">Verwaltung</a></li><li><a href=\"/fb3/\">Fachbereich 3 – Jugend und Familie</a></li>"
     "<li>Kommunales Integrationszentrum</li></ol></nav>" + _BODY, "parent_units": ["Fachbereich 3 [Jugend und Familie]"]},
    {"id": "u13-crumb-02", "html": "<div id=\"rootline\"><a href=\"/\">Start</a> › <a href=\"/leben/\">Leben</a> › Kommunales Integrationszentrum</div>"
     + _BODY, "parent_units": []},
    {"id": "u13-crumb-03", "html": "<nav class=\"breadcrumb\"><a href=\"/\">Start</a> › <a href=\"/amt51/\">Amt 51</a> › Kommunales Integrationszentrum</nav>"
     "<p>Das KI gehört zum Amt 40 – Schule.</p>", "parent_units": ["Amt 40 [Schule]"], "must_not": {"parent_units": ["Amt 51"]}},
    # a unit-word field label above a name or a code; an hCard's organisation-unit line, not a service point
    {"id": "u13-field-01", "html": "<div class=\"field\"><div class=\"field__label\">Fachbereich</div><div class=\"field__item\">51 – Jugend und Familie</div></div>",
     "parent_units": ["Fachbereich 51 [Jugend und Familie]"]},
    {"id": "u13-field-02", "html": "<h2>Abteilung</h2><p>Wir beraten Familien und Schulen in allen Fragen der Bildung.</p>", "parent_units": []},
    {"id": "u13-hcard-01", "html": "<div class=\"vcard\"><p class=\"fn org\">Municipal Integration Centre</p><p class=\"organization-unit\">"
     "Department of Education and Youth</p><p class=\"adr\">Marktplatz 1, 12345 Lindenau</p></div>", "parent_units": ["Department of Education and Youth"]},
    {"id": "u13-hcard-02", "html": "<p>Municipal Integration Centre</p><p>Press Office</p><p>Marktplatz 1, 12345 Lindenau</p>", "parent_units": []},
    {"id": "u13-statal-05", "text": "Das KI ist beim Schulamt als Träger registriert.", "parent_units": [], "must_not": {"parent_units": ["Schulamt"]}},
    # a noun predicated of the centre carries its genitive unit; a partner, a place or premises do not
    {"id": "u13-predicate-01", "text": "Das KI ist ein Angebot des Amtes für Schule und Bildung.", "parent_units": ["Amt für Schule und Bildung"]},
    {"id": "u13-predicate-02", "text": "Das KI ist ein wichtiger Kooperationspartner des Schulamts.",
     "parent_units": [], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u13-predicate-03", "text": "Das KI ist in die Strukturen des Jugendamts eingebunden.", "parent_units": ["Jugendamt"]},
    {"id": "u13-premises-01", "text": "Das KI ist im Sozialamt untergebracht.", "parent_units": [], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u13-nameline-04", "html": "<p>Kommunales Integrationszentrum (Jugendamt, Schulamt)</p>" + _BODY, "parent_units": [],
     "must_not": {"parent_units": ["Jugendamt", "Schulamt"]}},    # the main clause resumes after an apposition or a relative clause about the centre; a comma splice
    # about someone else does not
    {"id": "u13-resume-01", "text": "Das KI, eine Einrichtung der Stadt, gehört zum Amt 32.", "parent_units": ["Amt 32"]},
    {"id": "u13-resume-02", "text": "Die Fachstelle Integration, das Kommunale Integrationszentrum, gehört zum Amt 32.", "parent_units": ["Amt 32"]},
    {"id": "u13-resume-03", "text": "Das KI berät Familien, die VHS, ein Partner, gehört zum Fachbereich Kultur.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Kultur"]}},    # a history clause, then a comma and the present: the later clause is read alone
    {"id": "u13-later-01", "text": "Vor 2020 war das KI im Fachbereich 3 organisiert, heute gehört es zum Amt 40.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Fachbereich 3"]}},
    {"id": "u13-later-02", "text": "Zunächst war das KI im Amt 50 verankert.", "parent_units": [], "must_not": {"parent_units": ["Amt 50"]}},
    # an assignment noun with an effective date is a reorganisation; "seit" keeps the current unit
    {"id": "u13-reorg-06", "text": "Die Eingliederung des KI in den Fachbereich 3 erfolgt zum 1. Januar 2027.",
     "reorganisations": ["2027-01-01"], "parent_units": []},
    {"id": "u13-reorg-07", "text": "Seit dem 1.1.2020 besteht die Zuordnung des KI zum Dezernat IV.", "reorganisations": [],
     "parent_units": ["Dezernat IV"]},
]

# Round 14 (ids "u14-…"), written before its code, in forms the rules of rounds 7-13 did not aim at:
# adjective labels ("Zuständiges Amt"), letterheads and collapsed header lines, the unit as the
# hiring body, possessives ("das Jugendamt und sein KI"), the unit as a superior ("übergeordnet
# ist"), fronted participle phrases, Dezernatsverteilungspläne as tables and lines, relation nouns
# ("organisatorische Heimat"), nested chains, bare codes, office holders, "bildet zusammen mit",
# present passives ("wird als Abteilung geführt"), and the distractors around them (other bodies'
# units, units as topics, the centre's own sections, history, announcements). Every third case
# is aside (UNIT14_ASIDE).
_HEAD14 = "<p>Wir beraten Schulen, Kitas und Familien mit Einwanderungsgeschichte.</p>"
_ROUND14: list[dict] = [
    # adjective labels
    {"id": "u14-adjlabel-01", "text": "Zuständiges Amt: Amt für Schule und Integration (Amt 40)", "parent_units": ["Amt für Schule und Integration [Amt 40]"]},
    {"id": "u14-adjlabel-02", "html": "<dl><dt>Zuständiger Fachbereich</dt><dd>Fachbereich 5 – Soziales, Integration und Wohnen</dd></dl>",
     "parent_units": ["Fachbereich 5 [Soziales, Integration und Wohnen]"]},
    {"id": "u14-adjlabel-03", "text": "Verantwortlicher Fachdienst: FD 23 Bildung und Teilhabe", "parent_units": ["Fachdienst 23 [Bildung und Teilhabe]"]},
    # letterheads: the unit on the line above the centre's name
    {"id": "u14-letterhead-01", "html": "<p class=\"kopf\">Stadt Bergfeld<br>Fachbereich 5 – Soziales, Integration<br>Kommunales Integrationszentrum</p>" + _HEAD14,
     "parent_units": ["Fachbereich 5 [Soziales, Integration]"]},
    {"id": "u14-letterhead-02", "html": "<div class=\"orgline\">Der Landrat · Amt für Bildung und Integration · Kommunales Integrationszentrum</div>" + _HEAD14,
     "parent_units": ["Amt für Bildung und Integration"]},
    {"id": "u14-letterhead-03", "html": "<div class=\"unit\"><span>Dezernat III</span> <span>Amt 56 – Integration und Vielfalt</span> "
     "<span>Kommunales Integrationszentrum</span></div>" + _HEAD14, "parent_units": ["[Dezernat III /] Amt 56 [Integration und Vielfalt]"]},
    # the unit hires or acts for its centre
    {"id": "u14-agent-01", "text": "Das Amt für Jugend und Bildung sucht für sein Kommunales Integrationszentrum ab sofort eine Verwaltungskraft (m/w/d).",
     "parent_units": ["Amt für Jugend und Bildung"]},
    {"id": "u14-agent-02", "text": "Beim Fachbereich 4 – Bildung der Stadt Wahlheim ist im Kommunalen Integrationszentrum zum nächstmöglichen Zeitpunkt "
     "eine Stelle als Lehrkraft (m/w/d) zu besetzen.", "parent_units": ["Fachbereich 4 [Bildung]"]},
    {"id": "u14-agent-03", "text": "Der Fachdienst Schule und Integration besetzt für das Kreisintegrationszentrum eine Stelle in Teilzeit.",
     "parent_units": ["Fachdienst Schule und Integration"]},
    # possessives
    {"id": "u14-possessive-01", "text": "Das Kreisjugendamt und sein Kommunales Integrationszentrum laden zum Elternabend ein.", "parent_units": ["Kreisjugendamt"]},
    {"id": "u14-possessive-02", "text": "Das Kommunale Integrationszentrum des Kreissozialamtes bietet offene Sprechstunden an.", "parent_units": ["Kreissozialamt"]},
    {"id": "u14-possessive-03", "text": "Die Abteilung Schulentwicklung mit ihrem Kommunalen Integrationszentrum stellt sich vor.",
     "parent_units": ["Abteilung Schulentwicklung"]},
    # the unit as the centre's superior
    {"id": "u14-superior-01", "text": "Dem Kommunalen Integrationszentrum übergeordnet ist der Fachbereich Bildung und Kultur.",
     "parent_units": ["Fachbereich Bildung und Kultur"]},
    {"id": "u14-superior-02", "text": "Übergeordnete Stelle des KI ist das Amt 51 – Jugend, Schule und Integration.",
     "parent_units": ["Amt 51 [Jugend, Schule und Integration]"]},
    {"id": "u14-superior-03", "text": "Vorgesetzte Dienststelle des Integrationszentrums ist das Dezernat IV.", "parent_units": ["Dezernat IV"]},
    # a fronted participle phrase
    {"id": "u14-fronted-01", "text": "Eingebettet in den Fachbereich Soziales und Gesundheit berät das KI Familien und Vereine.",
     "parent_units": ["Fachbereich Soziales und Gesundheit"]},
    {"id": "u14-fronted-02", "text": "Angesiedelt im Amt für Schule, unterstützt das Kommunale Integrationszentrum Schulen beim Seiteneinstieg.",
     "parent_units": ["Amt für Schule"]},
    {"id": "u14-fronted-03", "text": "Organisatorisch dem Dezernat II zugeordnet, koordiniert das KIZ die Integrationsarbeit im Kreis.", "parent_units": ["Dezernat II"]},
    # Dezernatsverteilungspläne
    {"id": "u14-plan-01", "html": "<table><tr><th>Dezernat</th><th>Dezernent/in</th><th>Ämter und Einrichtungen</th></tr>"
     "<tr><td>Dezernat I</td><td>Oberbürgermeisterin Petra Imhoff</td><td>Hauptamt, Rechnungsprüfungsamt</td></tr>"
     "<tr><td>Dezernat IV</td><td>Beigeordneter Timo Kessler</td><td>Schulamt, Jugendamt, Kommunales Integrationszentrum</td></tr></table>",
     "parent_units": ["Dezernat IV"], "must_not": {"parent_units": ["Dezernat I"]}},
    {"id": "u14-plan-02", "text": "Dezernat V (Stadtrat Uwe Hellmich): Sozialamt, Wohnungsamt, Kommunales Integrationszentrum, Seniorenbüro",
     "parent_units": ["Dezernat V"]},
    {"id": "u14-plan-03", "html": "<table><tr><th>Geschäftsbereich</th><th>Organisationseinheiten</th></tr>"
     "<tr><td>Geschäftsbereich 1 – Zentrale Dienste</td><td>Personal, Finanzen, IT</td></tr>"
     "<tr><td>Geschäftsbereich 3 – Bildung und Soziales</td><td>Fachbereich Schule; Fachbereich Jugend; Kommunales Integrationszentrum</td></tr></table>",
     "parent_units": ["Geschäftsbereich 3 [Bildung und Soziales]"], "must_not": {"parent_units": ["Geschäftsbereich 1 [Zentrale Dienste]"]}},
    # relation nouns
    {"id": "u14-relnoun-01", "text": "Organisatorische Heimat des KI ist das Amt für Integration und Vielfalt.", "parent_units": ["Amt für Integration und Vielfalt"]},
    {"id": "u14-relnoun-02", "text": "Seinen Platz in der Verwaltung hat das Kommunale Integrationszentrum im Fachbereich Bildung, Jugend und Sport.",
     "parent_units": ["Fachbereich Bildung, Jugend und Sport"]},
    {"id": "u14-relnoun-03", "text": "Die Zuständigkeit für das KI liegt beim Fachbereich 3 – Jugend und Familie.", "parent_units": ["Fachbereich 3 [Jugend und Familie]"]},
    # nested chains: the nearest unit above the centre, with the chain above it
    {"id": "u14-nested-01", "text": "Das KI ist als Sachgebiet 40.2.1 der Abteilung Bildungsberatung im Schulamt zugeordnet.",
     "parent_units": ["[Sachgebiet 40.2.1] Abteilung Bildungsberatung [im Schulamt]"]},
    {"id": "u14-nested-02", "text": "Das Integrationszentrum gehört zum Referat Zuwanderung, das im Dezernat IV angesiedelt ist.",
     "parent_units": ["Referat Zuwanderung [Dezernat IV]"]},
    {"id": "u14-nested-03", "text": "Als Team der Abteilung Schule im Fachbereich Bildung begleitet das KI Seiteneinsteiger.",
     "parent_units": ["Abteilung Schule [im Fachbereich Bildung]"]},
    # codes
    {"id": "u14-code-01", "text": "Das KI (Amt 56) ist dem Dezernat III zugeordnet.", "parent_units": ["Dezernat III"], "must_not": {"parent_units": ["Amt 56"]}},
    {"id": "u14-code-02", "text": "Das KI ist bei 40-2 Schulaufsicht und Bildungsberatung angesiedelt.", "parent_units": ["40-2 [Schulaufsicht und Bildungsberatung]"]},
    {"id": "u14-code-03", "text": "Das Integrationszentrum ist der Organisationseinheit 3.2 – Bildung und Teilhabe zugeordnet.",
     "parent_units": ["[Organisationseinheit] 3.2 [Bildung und Teilhabe]"]},
    # office holders
    {"id": "u14-office-01", "text": "Das KI ist dem Dezernenten für Bildung, Herrn Dr. Brandt, direkt unterstellt.", "parent_units": ["Dezernent [für Bildung]"]},
    {"id": "u14-office-02", "text": "Im Büro der Landrätin ist das Kreisintegrationszentrum als Stabsstelle verankert.",
     "parent_units": ["[Stabsstelle] Büro [der] Landrätin"]},
    {"id": "u14-office-03", "text": "Das Integrationszentrum ist organisatorisch der Sozialdezernentin unterstellt.", "parent_units": ["Sozialdezernentin"]},
    # "bildet zusammen mit … das Amt"
    {"id": "u14-together-01", "text": "Gemeinsam mit der Ausländerbehörde bildet das KI das Amt für Migration und Integration.",
     "parent_units": ["Amt für Migration und Integration"]},
    {"id": "u14-together-02", "text": "Das Kommunale Integrationszentrum bildet zusammen mit dem Bildungsbüro die Abteilung 40.3.", "parent_units": ["Abteilung 40.3"]},
    {"id": "u14-together-03", "text": "Zusammen mit der Volkshochschule und der Musikschule bildet das KIZ den Fachbereich Bildung und Kultur.",
     "parent_units": ["Fachbereich Bildung und Kultur"]},
    # scraped text: a header whose lines collapsed
    {"id": "u14-collapsed-01", "text": "Kommunales Integrationszentrum Fachbereich 3 – Jugend, Schule und Integration Marktstraße 4 12345 Bergfeld Tel. 0123 456-789",
     "parent_units": ["Fachbereich 3 [Jugend, Schule und Integration]"]},
    {"id": "u14-collapsed-02", "text": "Stadt Wahlheim Der Bürgermeister Amt 50 Soziales und Integration Kommunales Integrationszentrum Kontakt",
     "parent_units": ["Amt 50 [Soziales und Integration]"]},
    {"id": "u14-collapsed-03", "text": "Sie befinden sich hier: Rathaus » Organisation » Geschäftsbereich 2 – Bildung » KI",
     "parent_units": ["Geschäftsbereich 2 [Bildung]"]},
    # other bodies' units
    {"id": "u14-other-01", "text": "Das KI arbeitet eng mit der Ausländerbehörde zusammen, die dem Fachbereich Ordnung zugeordnet ist.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Ordnung"]}},
    {"id": "u14-other-02", "text": "Für Fragen zum Bürgergeld ist das Jobcenter zuständig, das zum Geschäftsbereich Arbeit gehört; das KI hilft beim Ausfüllen der Anträge.",
     "parent_units": [], "must_not": {"parent_units": ["Geschäftsbereich Arbeit"]}},
    {"id": "u14-other-03", "text": "Die Integrationsagentur der AWO gehört zum Fachbereich Migration des Verbandes und arbeitet mit dem KI zusammen.",
     "parent_units": [], "must_not": {"parent_units": ["Fachbereich Migration"]}},
    # units as topics
    {"id": "u14-topic-01", "text": "Das KI informiert über die Angebote des Jugendamts und des Schulamts.", "parent_units": [],
     "must_not": {"parent_units": ["Jugendamt", "Schulamt"]}},
    {"id": "u14-topic-02", "text": "In der Sprechstunde erklärt das KI, welches Amt für welchen Antrag zuständig ist, etwa das Sozialamt oder das Standesamt.",
     "parent_units": [], "must_not": {"parent_units": ["Sozialamt", "Standesamt"]}},
    {"id": "u14-topic-03", "text": "Das KI begleitet Familien zu Terminen beim Fachbereich Bürgerdienste.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich Bürgerdienste"]}},
    # the centre's own sections
    {"id": "u14-own-01", "text": "Innerhalb des KI gibt es das Sachgebiet Bildung und das Sachgebiet Sprache.", "parent_units": [],
     "must_not": {"parent_units": ["Sachgebiet Bildung"]}},
    {"id": "u14-own-02", "text": "Das Kommunale Integrationszentrum gliedert sich in die Abteilungen Bildung und Gesellschaft.", "parent_units": []},
    {"id": "u14-own-03", "text": "Zum KI gehören das Referat Seiteneinstieg und die Fachstelle Sprachmittlung.", "parent_units": [],
     "must_not": {"parent_units": ["Referat Seiteneinstieg"]}},
    # history beside the present
    {"id": "u14-history-01", "text": "Bis 2019 gehörte das KI zum Schulamt. Heute ist es Teil des Amtes für Integration.",
     "parent_units": ["Amt für Integration"], "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u14-history-02", "text": "Ursprünglich im Sozialdezernat gegründet, ist das Integrationszentrum seit 2022 im Dezernat für Bildung angesiedelt.",
     "parent_units": ["Dezernat für Bildung"], "must_not": {"parent_units": ["Sozialdezernat"]}},
    {"id": "u14-history-03", "text": "Das KI, das früher dem Jugendamt angegliedert war, ist inzwischen eine Abteilung des Fachbereichs Bildung.",
     "parent_units": ["[Abteilung] Fachbereich Bildung"], "must_not": {"parent_units": ["Jugendamt"]}},
    # reorganisations in the language of council papers
    {"id": "u14-reorg-01", "text": "Das Kommunale Integrationszentrum wird zum 1. Januar 2027 aus dem Jugendamt ausgegliedert und als Stabsstelle dem "
     "Oberbürgermeister zugeordnet.", "reorganisations": ["2027-01-01"], "must_not": {"parent_units": ["Oberbürgermeister"]},
     "tolerate": {"parent_units": ["Jugendamt"]}},  # (the unit left: current until the date, as u16-leaving-01)
    {"id": "u14-reorg-02", "text": "Beschlussvorschlag: Die Verwaltung wird beauftragt, das KI zum 01.08.2027 in den neuen Fachbereich 9 zu überführen.",
     "reorganisations": ["2027-08-01"], "must_not": {"parent_units": ["Fachbereich 9"]}},
    {"id": "u14-reorg-03", "text": "Mit Inkrafttreten der neuen Verwaltungsgliederung am 1. April 2027 geht das KI im neuen Amt für Teilhabe auf.",
     "reorganisations": ["2027-04-01"], "parent_units": []},
    # service entries: the centre with its unit as the responsible office
    {"id": "u14-service-01", "html": "<p><strong>Zuständige Stelle</strong></p><p>Kommunales Integrationszentrum im Fachbereich Jugend und Familie</p>",
     "parent_units": ["Fachbereich Jugend und Familie"]},
    {"id": "u14-service-02", "text": "Zuständig: Kommunales Integrationszentrum, Amt 51 – Jugend und Bildung", "parent_units": ["Amt 51 [Jugend und Bildung]"]},
    {"id": "u14-service-03", "html": "<dl><dt>Einrichtung</dt><dd>Kommunales Integrationszentrum</dd><dt>Gehört zum</dt><dd>Amt für Bildung (Amt 40)</dd></dl>",
     "parent_units": ["Amt für Bildung [Amt 40]"]},
    # a present passive: "wird als … geführt"
    {"id": "u14-passive-01", "text": "Das KI wird als Abteilung im Fachbereich Bildung geführt.", "parent_units": ["[Abteilung im] Fachbereich Bildung"]},
    {"id": "u14-passive-02", "text": "Geführt wird das KI als Sachgebiet im Amt 51.", "parent_units": ["[Sachgebiet im] Amt 51"]},
    {"id": "u14-passive-03", "text": "Das KI wird organisatorisch beim Dezernat II geführt.", "parent_units": ["Dezernat II"]},
    # domains of office holders, "unter dem Dach"
    {"id": "u14-domain-01", "text": "Das KI ist im Geschäftsbereich von Stadtrat Jens Oberholz angesiedelt.",
     "parent_units": ["Geschäftsbereich [von Stadtrat Jens Oberholz]"]},
    {"id": "u14-domain-02", "text": "Unter dem Dach der Abteilung Schule und Integration arbeiten das Bildungsbüro und das KI.",
     "parent_units": ["Abteilung Schule und Integration"]},
    {"id": "u14-domain-03", "text": "Das KI ist im Verantwortungsbereich des Beigeordneten für Soziales angesiedelt.", "parent_units": ["Beigeordneter [für Soziales]"]},
    # outlines and paths
    {"id": "u14-outline-01", "html": "<ul><li>Fachbereich 5 – Soziales, Integration<ul><li>Sozialamt</li><li>Kommunales Integrationszentrum</li></ul></li></ul>",
     "parent_units": ["Fachbereich 5 [Soziales, Integration]"]},
    {"id": "u14-outline-02", "text": "Organisation: Stadt Lindenau > Fachbereich 4 > Kommunales Integrationszentrum", "parent_units": ["Fachbereich 4"]},
    {"id": "u14-outline-03", "html": "<p>Stadt Emsbruch – Amt 40 – Schule, Bildung und Integration – Kommunales Integrationszentrum</p>" + _HEAD14,
     "parent_units": ["Amt 40 [Schule, Bildung und Integration]"]},
]
#: The fourteenth round's parts on their own (python -m bench.generalise_score prints them apart).
UNIT14_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND14) if i % 3 == 2]
UNIT14_TUNED: list[dict] = [c for i, c in enumerate(_ROUND14) if i % 3 != 2]
UNIT_ASIDE += UNIT14_ASIDE
WRITTEN_FIRST += _ROUND14

# Probes of round 14's mechanisms, written with their code (tuned on, never aside): each mechanism
# with the distractor it must leave alone.
UNIT_TUNED += [
    {"id": "u15-dl-01", "html": "<dl><dt>Dezernat III – Bildung und Soziales</dt><dd>Schulamt, Jugendamt, Kommunales Integrationszentrum</dd>"
     "<dt>Dezernat IV – Bauen</dt><dd>Bauamt, Tiefbauamt</dd></dl>", "parent_units": ["Dezernat III [Bildung und Soziales]"],
     "must_not": {"parent_units": ["Dezernat IV [Bauen]"]}},
    {"id": "u15-rows-01", "html": "<table><tr><td>Amt 10 – Hauptamt</td><td>Personal, Organisation</td></tr>"
     "<tr><td>Amt 40 – Schule</td><td>Schulverwaltung, Kommunales Integrationszentrum</td></tr></table>", "parent_units": ["Amt 40 [Schule]"]},
    {"id": "u15-rows-02", "html": "<table><tr><th>Organisationseinheit</th><th>Leitung</th></tr><tr><td>Amt 51 – Jugendamt</td><td>Herr Jan-Ole Krause-Behrens</td></tr>"
     "<tr><td>51.4 Kommunales Integrationszentrum</td><td>Frau Demir</td></tr></table>", "parent_units": ["Amt 51 [Jugendamt]"]},
    {"id": "u15-possessive-01", "text": "Die Stadt Lindenau und ihr KI laden zum Sommerfest ein.", "parent_units": []},
    {"id": "u15-possessive-02", "text": "Das Schulamt lädt gemeinsam mit der Stadt und ihrem KI ein.", "parent_units": [],
     "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u15-possessive-03", "text": "Die Abteilung Schule und die Stadt mit ihrem KI laden ein.", "parent_units": [],
     "must_not": {"parent_units": ["Abteilung Schule"]}},
    {"id": "u15-possessive-04", "text": "Die Stadt Lindenau stellt sich vor. Das Schulamt und ihr KI laden zum Fest ein.", "parent_units": [],
     "must_not": {"parent_units": ["Schulamt"]}},
    {"id": "u15-superior-01", "text": "Das Amt 40 ist dem KI direkt vorgesetzt.", "parent_units": ["Amt 40"]},
    {"id": "u15-superior-02", "text": "Die Heimat des KI ist das Bürgerhaus Nord.", "parent_units": []},
    {"id": "u15-attributive-01", "text": "Das früher beim Sozialamt angesiedelte KI gehört nun zum Amt 40.", "parent_units": ["Amt 40"],
     "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u15-attributive-02", "text": "Das künftig dem Amt 40 zugeordnete KI lädt zum Fachtag ein.", "parent_units": [],
     "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u15-passive-01", "text": "Künftig wird das KI im Amt 40 geführt.", "parent_units": [], "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u15-collapsed-01", "text": "Ämter Amt 40 Schule Amt 51 Jugend Kommunales Integrationszentrum Amt 60 Bauen", "parent_units": []},
    {"id": "u15-collapsed-02", "text": "Stabsstelle Integration Kommunales Integrationszentrum Rathausplatz 2", "parent_units": []},
    {"id": "u15-attributive-03", "text": "Das dem Landrat direkt unterstellte KI lädt zum Fachtag ein.", "parent_units": ["Landrat"]},
    {"id": "u15-since-01", "text": "Seit der Neuordnung zum 01.09.2024 ist das KI dem Amt 40 zugeordnet.", "parent_units": ["Amt 40"]},
    {"id": "u15-holder-01", "html": "<p>Amt 51 – Jugendamt Herr Jan-Ole Krause-Behrens</p><p>Kommunales Integrationszentrum</p>",
     "parent_units": ["Amt 51 [Jugendamt]"]},
    {"id": "u15-continued-01", "html": "<p>Kommunales Integrationszentrum</p><p>im Amt für Schule und Bildung</p><p>Marktplatz 1, 12345 Lindenau</p>",
     "parent_units": ["Amt für Schule und Bildung"]},
    {"id": "u15-continued-02", "html": "<p>Kommunales Integrationszentrum</p><p>im Rathaus, Raum 12</p>", "parent_units": []},
    {"id": "u15-inline-label-01", "text": "Organisationseinheit Kommunales Integrationszentrum Übergeordnete Organisationseinheit Fachbereich 4 Bildung",
     "parent_units": ["Fachbereich 4 [Bildung]"]},
    {"id": "u15-inline-label-02", "text": "Bei der Zuordnung der Fälle hilft das Amt 50 gern weiter.", "parent_units": []},
    {"id": "u15-works-01", "text": "Das KI arbeitet innerhalb des Fachbereichs Soziales und Wohnen.", "parent_units": ["Fachbereich Soziales und Wohnen"]},
    {"id": "u15-pair-01", "text": "Von der Verwaltung nahmen teil: Frau Demir (Amt 51 – Kommunales Integrationszentrum), Herr Kurz (Amt 20 – Personal).",
     "parent_units": ["Amt 51"], "must_not": {"parent_units": ["Amt 20 [Personal]"]}},
    {"id": "u15-pair-02", "text": "Ansprechpartnerin im Fachbereich Bildung / Kommunales Integrationszentrum: Frau Demir", "parent_units": ["Fachbereich Bildung"]},
    {"id": "u15-pair-03", "text": "Frau Demir (Abteilung 43.2 – KI) stellte das Programm vor.", "parent_units": []},
    {"id": "u15-pair-04", "text": "Jugendamt / KI / Schulamt laden gemeinsam zum Fachtag ein.", "parent_units": [],
     "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u15-past-01", "text": "Die Vorlage wurde vom Kommunalen Integrationszentrum im Fachbereich 5 erarbeitet.", "parent_units": ["Fachbereich 5"]},
    # (a change in the past leaves the centre in its goal where nothing states the present, as the tuning
    # corpus reads "Durch die Eingliederung des KI in das Kreissozialamt im Jahr 2019 …": round 16)
    {"id": "u15-past-02", "text": "Das KI im Fachbereich 5 wurde 2020 in das Amt 40 verlagert.", "parent_units": ["Amt 40"],
     "must_not": {"parent_units": ["Fachbereich 5"]}},
    {"id": "u15-past-03", "text": "Früher war das KI beim Fachbereich 5.", "parent_units": [], "must_not": {"parent_units": ["Fachbereich 5"]}},
    {"id": "u15-past-04", "text": "Die Vorlage wurde zum 1. März 2026 vom KI im Fachbereich 5 erarbeitet.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich 5"]}},
    {"id": "u15-label-01", "text": "Verantwortliche Organisationseinheit: Amt 50 – Soziales und Integration",
     "parent_units": ["Amt 50 [Soziales und Integration]"]},
    {"id": "u15-after-01", "text": "Kommunales Integrationszentrum Amt 51 Jugendamt Amt 40 Schulamt Amt 60 Bauamt", "parent_units": []},
    {"id": "u15-after-02", "text": "Kommunales Integrationszentrum Abteilung 43.2 Rathausplatz 1 12345 Lindenau", "parent_units": []},
    {"id": "u15-after-03", "text": "Kommunales Integrationszentrum Fachbereich 4 Bildung Telefon 0123 456-78", "parent_units": ["Fachbereich 4 [Bildung]"]},
    {"id": "u15-team-01", "text": "Das Team Sprache des KI ist dem Sachgebiet Bildung zugeordnet.", "parent_units": [],
     "must_not": {"parent_units": ["Sachgebiet Bildung"]}},
    {"id": "u15-team-02", "text": "Unser Team gehört zum Fachbereich 3 – Jugend.", "parent_units": ["Fachbereich 3 [Jugend]"]},
    {"id": "u15-distance-01", "text": "Das KI ist vom Amt 40 nur 200 Meter entfernt.", "parent_units": [], "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u15-easy-01", "text": "Das Integrations-Zentrum gehört zur Stadt-Verwaltung. Es ist im Amt für Schule.", "parent_units": ["Amt für Schule"]},
    {"id": "u15-easy-02", "text": "Das KI ist im Fach-Bereich Bildung.", "parent_units": ["Fach-Bereich Bildung"]},
    {"id": "u15-easy-03", "text": "Das KI ist heute im Jugendamt zu Gast.", "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u15-easy-04", "text": "Die Ausstellung des KI ist im Jugendamt.", "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u15-code-01", "text": "Das KI ist zu 2.5 Teilen aus Landesmitteln finanziert.", "parent_units": []},
    {"id": "u15-fronted-01", "text": "Als Sachgebiet 3.1 des Fachbereichs 3, den Frau Olsen leitet, arbeitet das KI mit Schulen.",
     "parent_units": ["[Sachgebiet 3.1] Fachbereich 3"]},
    {"id": "u15-fronted-02", "text": "Früher im Jugendamt untergebracht, ist das KI heute dem Amt für Bildung zugeordnet.", "parent_units": ["Amt für Bildung"],
     "must_not": {"parent_units": ["Jugendamt"]}},
]

# Round 16 (ids "u16-…"), written before its code and before reading what the extractor does with it,
# aimed at the forms unseen text still gets wrong: nested chains (genitive, prepositional, relative,
# path separators), quoted unit names in every quote style, organisation codes in headings and before
# names, dated history beside the current state in either order, history alone, "seit" sentences and
# clauses, announcements that name the unit being left, other institutions' units (Jobcenter,
# Integrationsrat office, a partner, the Ausländerbehörde), unit words of every kind, labelled rows
# with chains and quotes, long clauses. Every third case is aside (UNIT16_ASIDE): never tuned on.
_H16 = "<p>Wir beraten Schulen, Kitas und Familien mit Einwanderungsgeschichte.</p>"
_ROUND16: list[dict] = [
    # nested genitive chains
    {"id": "u16-genchain-01", "text": "Das KI arbeitet als Team Sprachbildung der Abteilung Schule und Bildung des Fachbereichs 2 der Stadtverwaltung.",
     "parent_units": ["[Team Sprachbildung] Abteilung Schule und Bildung [des Fachbereichs 2]"]},
    {"id": "u16-genchain-02", "text": "Organisatorisch gehört das Integrationszentrum zum Sachgebiet Integration der Abteilung Soziale Dienste im Geschäftsbereich Jugend und Soziales.",
     "parent_units": ["Sachgebiet Integration [der Abteilung Soziale Dienste im Geschäftsbereich Jugend und Soziales]"]},
    {"id": "u16-genchain-03", "text": "Das KIZ ist im Team Bildung und Teilhabe der Abteilung 51.2 des Kreisjugendamtes verortet.",
     "parent_units": ["[Team Bildung und Teilhabe der] Abteilung 51.2 [des Kreisjugendamtes]"]},
    # nested by prepositions and relative clauses
    {"id": "u16-relchain-01", "text": "Zugeordnet ist das KI dem Referat Integration im Amt für Soziales, das zum Dezernat V gehört.",
     "parent_units": ["Referat Integration [im Amt für Soziales / Dezernat V]"]},
    {"id": "u16-relchain-02", "text": "Das Kommunale Integrationszentrum bildet innerhalb des Fachbereichs Bildung die Abteilung 40.4, die wiederum dem Dezernat III untersteht.",
     "parent_units": ["[Abteilung 40.4 im] Fachbereich Bildung [Dezernat III]"], "tolerate": {"parent_units": ["Abteilung 40.4 [Fachbereich Bildung]"]}},
    {"id": "u16-relchain-03", "text": "Das KI ist Teil des Fachdienstes Migration, der im Fachbereich 5 – Soziales und Gesundheit angesiedelt ist.",
     "parent_units": ["Fachdienst Migration [Fachbereich 5 Soziales und Gesundheit]"]},
    # paths with separators
    {"id": "u16-path-01", "text": "Dezernat II > Amt 50 > Kommunales Integrationszentrum", "parent_units": ["[Dezernat II /] Amt 50"]},
    {"id": "u16-path-02", "html": "<p class=\"pfad\">Geschäftsbereich 3 / Fachdienst 32 Bildung / Kommunales Integrationszentrum</p>" + _H16,
     "parent_units": ["[Geschäftsbereich 3 /] Fachdienst 32 [Bildung]"]},
    {"id": "u16-path-03", "text": "Ressort 4 – Bildung und Kultur → Abteilung Integration → Kommunales Integrationszentrum",
     "parent_units": ["[Ressort 4 Bildung und Kultur /] Abteilung Integration"]},
    {"id": "u16-path-04", "html": "<p>Direktorium | Stabsstelle Vielfalt | Kommunales Integrationszentrum</p>" + _H16,
     "parent_units": ["[Direktorium /] Stabsstelle Vielfalt"]},
    {"id": "u16-path-05", "text": "Sie sind hier: Startseite » Verwaltung » Dezernat IV » Fachbereich 40 Schule » KI",
     "parent_units": ["[Dezernat IV /] Fachbereich 40 [Schule]"]},
    {"id": "u16-path-06", "text": "Verwaltungsaufbau: Büro des Landrats – Stabsstelle 01 Integration – Kommunales Integrationszentrum",
     "parent_units": ["[Büro des Landrats /] Stabsstelle 01 [Integration]"]},
    # quoted unit names after the kind word
    {"id": "u16-quoted-01", "text": "Das KI ist dem Fachbereich „Schule, Jugend und Integration“ zugeordnet.",
     "parent_units": ["Fachbereich Schule, Jugend und Integration"]},
    {"id": "u16-quoted-02", "text": "Angesiedelt ist das Kommunale Integrationszentrum in der Abteilung „Vielfalt & Teilhabe“ des Sozialamtes.",
     "parent_units": ["Abteilung Vielfalt & Teilhabe [des Sozialamtes]"]},
    {"id": "u16-quoted-03", "text": "Seit 2022 gehört das KI zum Geschäftsbereich „Bildung, Kultur und Sport“.",
     "parent_units": ["Geschäftsbereich Bildung, Kultur und Sport"]},
    {"id": "u16-quoted-04", "text": "Das Integrationszentrum ist eine Abteilung des Amtes \"Schule und Weiterbildung\".",
     "parent_units": ["[Abteilung] Amt Schule und Weiterbildung"]},
    {"id": "u16-quoted-05", "text": "Der Fachdienst »Integration und Migration« umfasst auch das Kommunale Integrationszentrum.",
     "parent_units": ["Fachdienst Integration und Migration"]},
    {"id": "u16-quoted-06", "text": "Das KI ist im Ressort ‚Soziales und Integration‘ angesiedelt.", "parent_units": ["Ressort Soziales und Integration"]},
    # the whole unit name inside the quotes
    {"id": "u16-quotedname-01", "text": "Das KI ist Teil des „Amtes für Integration und Vielfalt“.", "parent_units": ["Amt für Integration und Vielfalt"]},
    {"id": "u16-quotedname-02", "text": "Das Kommunale Integrationszentrum ist beim \"Fachbereich Bildung und Teilhabe\" angesiedelt.",
     "parent_units": ["Fachbereich Bildung und Teilhabe"]},
    {"id": "u16-quotedname-03", "text": "Organisatorisch ist das Zentrum dem »Dezernat für Soziales, Jugend und Integration« zugeordnet.",
     "parent_units": ["Dezernat für Soziales, Jugend und Integration"]},
    # organisation codes in headings
    {"id": "u16-codehead-01", "html": "<h2>Amt 40 – Schule und Bildung</h2><h3>40-2 Kommunales Integrationszentrum</h3>" + _H16,
     "parent_units": ["Amt 40 [Schule und Bildung]"]},
    {"id": "u16-codehead-02", "html": "<h2>FB 5.3 – Kommunales Integrationszentrum</h2>" + _H16, "parent_units": ["Fachbereich 5"]},
    {"id": "u16-codehead-03", "html": "<h3>Amt 32/4 Kommunales Integrationszentrum</h3><p>Wir sind für Sprachmittlung und Seiteneinstieg zuständig.</p>",
     "parent_units": ["Amt 32"]},
    # codes before or beside the centre's name in prose
    {"id": "u16-codeprose-01", "text": "Das Kommunale Integrationszentrum (Abteilung 50.2) gehört zum Amt für Soziales und Integration.",
     "parent_units": ["Amt für Soziales und Integration"], "must_not": {"parent_units": ["Abteilung 50.2"]}},
    {"id": "u16-codeprose-02", "text": "Zuständig ist 40-3 Kommunales Integrationszentrum im Amt 40 – Schule.", "parent_units": ["Amt 40 [Schule]"]},
    {"id": "u16-codeprose-03", "text": "Ansprechpartner: 56.1 Kommunales Integrationszentrum, Fachbereich 56 – Integration und Vielfalt",
     "parent_units": ["Fachbereich 56 [Integration und Vielfalt]"]},
    # office holders' units
    {"id": "u16-office-01", "text": "Das Kreisintegrationszentrum ist im Büro des Landrats als eigene Stabsstelle eingerichtet.",
     "parent_units": ["[Stabsstelle] Büro [des] Landrats"]},
    {"id": "u16-office-02", "text": "Das KI gehört zum Direktorium des Oberbürgermeisters.", "parent_units": ["Direktorium [des Oberbürgermeisters]"]},
    {"id": "u16-office-03", "text": "Das Integrationszentrum ist als Stabsstelle direkt der Kreisdirektorin zugeordnet.", "parent_units": ["[Stabsstelle] Kreisdirektorin"]},
    # history first, then the current state
    {"id": "u16-histcur-01", "text": "Von 2014 bis 2020 gehörte das KI zum Sozialamt. Seit dem 1. Januar 2021 ist es dem Fachbereich Bildung zugeordnet.",
     "parent_units": ["Fachbereich Bildung"], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u16-histcur-02", "text": "Das Integrationszentrum war zuvor eine Stabsstelle des Bürgermeisters. Heute arbeitet es als Abteilung im Amt für Jugend und Schule.",
     "parent_units": ["[Abteilung im] Amt für Jugend und Schule"], "must_not": {"parent_units": ["Bürgermeister"]}},
    {"id": "u16-histcur-03", "text": "Bis 2019 gehörte das KI zum Sozialamt; heute ist es Teil des Dezernats für Bildung und Integration.",
     "parent_units": ["Dezernat für Bildung und Integration"], "must_not": {"parent_units": ["Sozialamt"]}},
    # the current state first, then history
    {"id": "u16-curhist-01", "text": "Das KI ist dem Amt 40 – Schule und Bildung zugeordnet. Bis Ende 2022 war es noch beim Jugendamt angesiedelt.",
     "parent_units": ["Amt 40 [Schule und Bildung]"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u16-curhist-02", "text": "Heute gehört das Kommunale Integrationszentrum zum Geschäftsbereich 2. Zuvor war es dem Ressort Soziales unterstellt.",
     "parent_units": ["Geschäftsbereich 2"], "must_not": {"parent_units": ["Ressort Soziales"]}},
    {"id": "u16-curhist-03", "text": "Seit März 2023 ressortiert das KI beim Fachbereich 3 – Bildung; vorher war es dem Büro der Bürgermeisterin zugeordnet.",
     "parent_units": ["Fachbereich 3 [Bildung]"], "must_not": {"parent_units": ["Büro der Bürgermeisterin"]}},
    # history alone is no parent
    {"id": "u16-history-01", "text": "Bei seiner Gründung 2012 war das KI dem Ordnungsamt angegliedert.", "parent_units": [],
     "must_not": {"parent_units": ["Ordnungsamt"]}},
    {"id": "u16-history-02", "text": "Das Zentrum gehörte bis 2018 zum Fachdienst Soziales.", "parent_units": [], "must_not": {"parent_units": ["Fachdienst Soziales"]}},
    {"id": "u16-history-03", "text": "In den ersten Jahren war das Integrationszentrum im Amt für Ausländerangelegenheiten untergebracht.", "parent_units": [],
     "must_not": {"parent_units": ["Amt für Ausländerangelegenheiten"]}},
    # "seit" in the main clause
    {"id": "u16-since-01", "text": "Seit dem 1. Januar 2024 ist das KI Teil des Fachbereichs 50 – Soziales und Integration.",
     "parent_units": ["Fachbereich 50 [Soziales und Integration]"]},
    {"id": "u16-since-02", "text": "Das Kommunale Integrationszentrum gehört seit der Neuorganisation im Herbst 2022 zum Referat Bildung und Integration.",
     "parent_units": ["Referat Bildung und Integration"]},
    {"id": "u16-since-03", "text": "Seit Anfang 2025 ist die Abteilung Integration im Amt 50 die organisatorische Heimat des KI.",
     "parent_units": ["Abteilung Integration [im Amt 50]"]},
    # "seit" as a clause or a noun phrase: a past event whose result holds
    {"id": "u16-sinceclause-01", "text": "Seit das Integrationszentrum 2019 in den Fachbereich Jugend eingegliedert wurde, arbeitet es eng mit den Kitas zusammen.",
     "parent_units": ["Fachbereich Jugend"]},
    {"id": "u16-sinceclause-02", "text": "Seit seiner Verlagerung in das Amt für Bildung im Jahr 2020 betreut das KI auch die Seiteneinsteiger.",
     "parent_units": ["Amt für Bildung"]},
    {"id": "u16-sinceclause-03", "text": "Seitdem das KI dem Dezernat II zugeordnet ist, liegt die Federführung für das Integrationskonzept beim Dezernenten.",
     "parent_units": ["Dezernat II"]},
    # an announcement names the unit being left: that is the current one, the new one is not yet
    {"id": "u16-leaving-01", "text": "Das KI wird zum 1. Juli 2027 aus dem Schulamt herausgelöst und in ein neues Amt für Integration überführt.",
     "parent_units": ["Schulamt"], "reorganisations": ["2027-07-01"], "must_not": {"parent_units": ["Amt für Integration"]}},
    {"id": "u16-leaving-02", "text": "Ab dem 1. Januar 2028 soll das Kommunale Integrationszentrum dem Dezernat IV zugeordnet werden. Bis dahin bleibt es Teil des Fachbereichs Soziales.",
     "parent_units": ["Fachbereich Soziales"], "reorganisations": ["2028-01-01"], "must_not": {"parent_units": ["Dezernat IV"]}},
    {"id": "u16-leaving-03", "text": "Derzeit ist das KI dem Sozialamt zugeordnet; zum 01.04.2027 wechselt es in den Fachbereich 4 – Bildung.",
     "parent_units": ["Sozialamt"], "reorganisations": ["2027-04-01"], "must_not": {"parent_units": ["Fachbereich 4 [Bildung]"]}},
    # other institutions' units
    {"id": "u16-other-01", "text": "Das KI kooperiert mit dem Jobcenter, dessen Team Markt und Integration im Geschäftsbereich Arbeit angesiedelt ist.",
     "parent_units": [], "must_not": {"parent_units": ["Geschäftsbereich Arbeit"]}},
    {"id": "u16-other-02", "text": "Die Geschäftsstelle des Integrationsrates ist dem Büro des Oberbürgermeisters zugeordnet und arbeitet eng mit dem KI zusammen.",
     "parent_units": [], "must_not": {"parent_units": ["Büro des Oberbürgermeisters"]}},
    {"id": "u16-other-03", "text": "Die Ausländerbehörde (Abteilung 32.3 im Amt für Ordnung) und das Kommunale Integrationszentrum bieten eine gemeinsame Sprechstunde an.",
     "parent_units": [], "must_not": {"parent_units": ["Amt für Ordnung", "Abteilung 32.3"]}},
    # another body's unit beside the centre's own
    {"id": "u16-contrast-01", "text": "Das KI ist dem Fachbereich Bildung zugeordnet. Die Integrationsagentur der Caritas gehört dagegen zum Fachdienst Migration des Verbandes.",
     "parent_units": ["Fachbereich Bildung"], "must_not": {"parent_units": ["Fachdienst Migration"]}},
    {"id": "u16-contrast-02", "text": "Während das Jobcenter dem Kreis und der Arbeitsagentur gemeinsam untersteht, ist das Kommunale Integrationszentrum Teil des Kreissozialamtes.",
     "parent_units": ["Kreissozialamt"]},
    {"id": "u16-contrast-03", "text": "Die Volkshochschule ist im Fachbereich Kultur angesiedelt, das KI dagegen im Fachbereich Jugend, Schule und Integration.",
     "parent_units": ["Fachbereich Jugend, Schule und Integration"], "must_not": {"parent_units": ["Fachbereich Kultur"]}},
    # unit words and verbs of every kind
    {"id": "u16-kinds-01", "text": "Innerhalb der Stadtverwaltung ist das KI beim Geschäftsbereich Soziales, Jugend und Gesundheit verankert.",
     "parent_units": ["Geschäftsbereich Soziales, Jugend und Gesundheit"]},
    {"id": "u16-kinds-02", "text": "Das KI ist als Sachgebiet 2.3 dem Kreisschulamt eingegliedert.", "parent_units": ["[Sachgebiet 2.3] Kreisschulamt"]},
    {"id": "u16-kinds-03", "text": "Eingebunden ist das Kommunale Integrationszentrum in das Referat für Bildung, Integration und Sport (Referat 4).",
     "parent_units": ["Referat für Bildung, Integration und Sport [Referat 4]"]},
    # labelled rows with chains, quotes and codes
    {"id": "u16-labelchain-01", "html": "<dl><dt>Organisationseinheit</dt><dd>Dezernat III &gt; Amt 51 Jugend &gt; Kommunales Integrationszentrum</dd></dl>",
     "parent_units": ["[Dezernat III /] Amt 51 [Jugend]"]},
    {"id": "u16-labelchain-02", "text": "Übergeordnete Dienststelle: Fachbereich 4 „Bildung und Integration“", "parent_units": ["Fachbereich 4 [Bildung und Integration]"]},
    {"id": "u16-labelchain-03", "html": "<table><tr><th>Zuordnung</th><td>FB 3 – Jugend / Abt. 3.2 Bildung und Integration</td></tr></table>",
     "parent_units": ["[Fachbereich 3 Jugend /] Abteilung 3.2 [Bildung und Integration]"]},
    # long clauses and unusual word order
    {"id": "u16-long-01", "text": "Das Kommunale Integrationszentrum des Kreises Haselbruch, das Kitas, Schulen und Vereine bei der Integrationsarbeit unterstützt und "
     "zahlreiche Projekte koordiniert, ist organisatorisch dem Amt für Schule und Bildung zugeordnet.", "parent_units": ["Amt für Schule und Bildung"]},
    {"id": "u16-long-02", "text": "Weil die Bildungsarbeit im Vordergrund steht, hat der Kreistag das KI im Amt für Schulen und Bildung angesiedelt, wo es bis heute arbeitet.",
     "parent_units": ["Amt für Schulen und Bildung"]},
    {"id": "u16-long-03", "text": "Gemeinsam mit dem Bildungsbüro und der Schulpsychologie bildet das Kommunale Integrationszentrum unter dem Dach des Fachbereichs 40 – "
     "Bildung die Abteilung Bildungsnetzwerke.", "parent_units": ["Abteilung Bildungsnetzwerke [im Fachbereich 40 Bildung]"],
     "tolerate": {"parent_units": ["Fachbereich 40 [Bildung]"]}},
    # a dated change in the past whose result holds
    {"id": "u16-pastchange-01", "text": "Mit Wirkung vom 1. Oktober 2023 wurde das KI dem Dezernat V unterstellt.", "parent_units": ["Dezernat V"]},
    {"id": "u16-pastchange-02", "text": "Nach der Umstrukturierung 2021 ist das KI nun eine Abteilung des Fachbereichs Bildung und Sport.",
     "parent_units": ["[Abteilung] Fachbereich Bildung und Sport"]},
    {"id": "u16-pastchange-03", "text": "Im Jahr 2020 wurde das Integrationszentrum in den Fachdienst Jugend und Familie eingegliedert, dem es seither angehört.",
     "parent_units": ["Fachdienst Jugend und Familie"]},
]
#: The sixteenth round's parts (python -m bench.generalise_score prints them apart; not folded into
#: UNIT_ASIDE so the earlier rounds' aside figure stays comparable).
UNIT16_ASIDE: list[dict] = [c for i, c in enumerate(_ROUND16) if i % 3 == 2]
UNIT16_TUNED: list[dict] = [c for i, c in enumerate(_ROUND16) if i % 3 != 2]

# Probes of round 16's mechanisms, written with their code (tuned on, never aside): each mechanism
# in other words than the round, with the distractor it must leave alone.
UNIT16_PROBES: list[dict] = [
    # a history or present-state sentence after a unit's number is a sentence of its own
    {"id": "u17-split-01", "text": "Das Integrationszentrum ist Teil des Amtes 56. Früher gehörte es zum Ordnungsamt.",
     "parent_units": ["Amt 56"], "must_not": {"parent_units": ["Ordnungsamt"]}},
    {"id": "u17-split-02", "text": "Bis 2020 war das KI im Fachbereich 3. Heute ist es dem Dezernat IV zugeordnet.",
     "parent_units": ["Dezernat IV"], "must_not": {"parent_units": ["Fachbereich 3"]}},
    # the whole unit inside quotes of any style
    {"id": "u17-quotes-01", "text": "Zugeordnet ist das KI dem ‚Fachdienst Schule und Integration‘.", "parent_units": ["Fachdienst Schule und Integration"]},
    {"id": "u17-quotes-02", "text": "Das Kreisintegrationszentrum gehört zum «Geschäftsbereich Bildung und Kultur».",
     "parent_units": ["Geschäftsbereich Bildung und Kultur"]},
    {"id": "u17-quotes-03", "text": "Das KI beriet bei der Veranstaltung „Amt für Integration – wer macht was?“ viele Eltern.", "parent_units": []},
    # a name in quotes of any style after the kind word, lower-case words included
    {"id": "u17-quotes-04", "text": "Das KI gehört zur Abteilung ›Bildung für alle‹ im Amt 40.", "parent_units": ["Abteilung Bildung für alle [im Amt 40]"]},
    # a change in the past, placed in time, leaves the centre in its goal where nothing states the present
    {"id": "u17-change-01", "text": "Im Herbst 2021 wurde das Kreisintegrationszentrum dem Geschäftsbereich Soziales angegliedert.",
     "parent_units": ["Geschäftsbereich Soziales"]},
    {"id": "u17-change-02", "text": "Nach seiner Überführung in das Amt 50 im Jahr 2022 hat das KI zwei neue Stellen bekommen.", "parent_units": ["Amt 50"]},
    {"id": "u17-change-03", "text": "2016 wurde das KI zunächst dem Ordnungsamt zugeordnet.", "parent_units": [],
     "must_not": {"parent_units": ["Ordnungsamt"]}},
    {"id": "u17-change-04", "text": "2021 wurde die Ausländerbehörde in das Amt 32 eingegliedert. Das KI berät weiter im Rathaus.", "parent_units": [],
     "must_not": {"parent_units": ["Amt 32"]}},
    {"id": "u17-change-05", "text": "Im Jahr 2020 wurde das KI in das Amt 40 verlagert. Heute gehört es zum Fachbereich 5.", "parent_units": ["Fachbereich 5"],
     "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u17-change-06", "text": "Zum 1. März 2027 soll das KI in das Amt 40 verlagert werden.", "parent_units": [],
     "must_not": {"parent_units": ["Amt 40"]}, "reorganisations": ["2027-03-01"]},
    {"id": "u17-change-07", "text": "Frau Okafor wechselte 2023 vom KI in das Schulamt.", "parent_units": [], "must_not": {"parent_units": ["Schulamt"]}},
    # the later of two start dates is the state now
    {"id": "u17-since-01", "text": "Seit 2017 gehört das KI zum Sozialamt. Seit dem 1. Januar 2024 ist es Teil des Fachbereichs 5.",
     "parent_units": ["Fachbereich 5"], "must_not": {"parent_units": ["Sozialamt"]}},
    # a date phrase after the unit is none of its name
    {"id": "u17-timeword-01", "text": "Das KI ist seit der Neuordnung im Frühjahr 2023 dem Fachdienst Bildung im Sommer 2024 zugeordnet.",
     "parent_units": ["Fachdienst Bildung"]},
    # history in an apposition, in a subordinate clause before or after the main one, a later "seit" clause
    {"id": "u17-clause-01", "text": "Das Integrationszentrum, bis 2021 eine Abteilung des Sozialamtes, ist heute Teil des Fachdienstes Bildung.",
     "parent_units": ["Fachdienst Bildung"], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u17-clause-02", "text": "Das KI, früher Teil des Ordnungsamtes, berät Familien.", "parent_units": [], "must_not": {"parent_units": ["Ordnungsamt"]}},
    {"id": "u17-clause-03", "text": "Das KIZ ist dem Geschäftsbereich 4 zugeordnet, nachdem es zuvor im Büro des Bürgermeisters angesiedelt war.",
     "parent_units": ["Geschäftsbereich 4"], "must_not": {"parent_units": ["Büro des Bürgermeisters"]}},
    {"id": "u17-clause-04", "text": "Bevor das KI 2020 umzog, gehörte es schon zum Amt 40.", "parent_units": [], "must_not": {"parent_units": ["Amt 40"]}},
    {"id": "u17-clause-05", "text": "Nachdem das Integrationszentrum zunächst dem Jugendamt unterstellt war, gehört es seit 2022 zum Dezernat V.",
     "parent_units": ["Dezernat V"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u17-clause-06", "text": "Das KI war anfangs eine Stabsstelle des Landrats und ist seit 2020 eine Abteilung des Kreisschulamtes.",
     "parent_units": ["[Abteilung] Kreisschulamt"], "must_not": {"parent_units": ["Landrat"]}},
    # a move in the past by a verb of motion; someone else's move is none
    {"id": "u17-motion-01", "text": "2022 wechselte das Integrationszentrum vom Jugendamt in den Fachbereich Bildung und Teilhabe.",
     "parent_units": ["Fachbereich Bildung und Teilhabe"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u17-motion-02", "text": "Der Leiter des KI wechselte 2022 in den Fachbereich Bildung.", "parent_units": [],
     "must_not": {"parent_units": ["Fachbereich Bildung"]}},
    # the centre's own code names its parent: a unit of the page with the code's upper part, or the kind word of an upper rank
    {"id": "u17-owncode-01", "html": "<h2>51-4 Kommunales Integrationszentrum</h2><p>Wir beraten Familien.</p>"
     "<p>Weitere Angebote des Amtes für Jugend (Amt 51) finden Sie im Bürgerportal.</p>", "parent_units": ["Amt für Jugend [Amt 51]"]},
    {"id": "u17-owncode-02", "html": "<h3>FD 23.1 – Kommunales Integrationszentrum</h3><p>Wir beraten Familien.</p>", "parent_units": ["Fachdienst 23"]},
    {"id": "u17-owncode-03", "html": "<h3>Sachgebiet 23.1 – Kommunales Integrationszentrum</h3><p>Wir beraten Familien.</p>", "parent_units": []},
    {"id": "u17-owncode-04", "html": "<p>Kommunales Integrationszentrum (Amt 56/1)</p><p>Wir beraten Familien.</p>", "parent_units": ["Amt 56"]},
    # a unit placed inside the one read first: the nearer superior with the chain above it
    {"id": "u17-nested-01", "text": "Innerhalb des Geschäftsbereichs 2 ist das KI in der Abteilung Schule und Integration angesiedelt.",
     "parent_units": ["[Geschäftsbereich 2 /] Abteilung Schule und Integration"]},
    {"id": "u17-nested-02", "text": "Im Dezernat III ist das KI beim Amt 40 im Rathaus angesiedelt.", "parent_units": ["[Dezernat III /] Amt 40"]},
    {"id": "u17-nested-03", "text": "Im Geschäftsbereich 3 ist in der Abteilung Teilhabe auch das Kommunale Integrationszentrum verortet.",
     "parent_units": ["[Geschäftsbereich 3 /] Abteilung Teilhabe"]},
    {"id": "u17-nested-04", "text": "Beim Amt 51 ist im Fachbereich Jugend das KI angesiedelt.", "parent_units": ["Amt 51"]},
    {"id": "u17-apposition-01", "text": "Das KI, früher eine Stabsstelle des Landrats, ist heute Teil des Amtes 51.", "parent_units": ["Amt 51"],
     "must_not": {"parent_units": ["Landrat"]}},
    {"id": "u17-timeword-02", "text": "Seit seiner Eingliederung in den Fachdienst Schule im Frühjahr des Jahres 2021 berät das KI auch Kitas.",
     "parent_units": ["Fachdienst Schule"]},
    # a past state is history, never the goal of a lasting change; the later of two changes in one sentence wins
    {"id": "u17-state-01", "text": "Bis Mitte 2021 war das Integrationszentrum im Sozialamt verortet, seit Herbst 2021 gehört es zum Amt 40.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "u17-state-02", "text": "Das KIZ wurde 2016 aus dem Ordnungsamt in das Sozialamt überführt und 2022 dem Fachbereich 3 angegliedert.",
     "parent_units": ["Fachbereich 3"], "must_not": {"parent_units": ["Sozialamt", "Ordnungsamt"]}},
    # negation across a part noun
    {"id": "u17-negated-01", "text": "Seit 2023 ist das KI keine Abteilung des Jugendamtes mehr.", "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "u17-negated-02", "text": "Das KI ist nicht mehr Teil des Fachdienstes Soziales.", "parent_units": [], "must_not": {"parent_units": ["Fachdienst Soziales"]}},
    # the verb of the history clause left out before the present one
    {"id": "u17-elliptic-01", "text": "Das Integrationszentrum unterstand bis 2020 dem Sozialdezernenten, inzwischen dem Dezernat für Bildung.",
     "parent_units": ["Dezernat für Bildung"], "must_not": {"parent_units": ["Sozialdezernent"]}},
    {"id": "u17-elliptic-02", "text": "Die Musikschule gehörte früher zum Kulturamt, heute zum Amt 41; das KI berät Familien.", "parent_units": [],
     "must_not": {"parent_units": ["Amt 41"]}},
    # the unit as the centre's organisational roof
    {"id": "u17-roof-01", "text": "Organisatorisches Dach des Kreisintegrationszentrums ist der Fachdienst 50 – Soziales.", "parent_units": ["Fachdienst 50 [Soziales]"]},
    # arrows lead down a path as "›" does; the centre among its siblings is no path
    {"id": "u17-arrows-01", "html": "<p>Geschäftsbereich 2 ⇒ Fachdienst Schule ⇒ Kommunales Integrationszentrum</p>",
     "parent_units": ["[Geschäftsbereich 2 /] Fachdienst Schule"]},
    {"id": "u17-arrows-02", "html": "<p>Jugendamt ➔ Kommunales Integrationszentrum ➔ Schulamt</p>", "parent_units": [],
     "must_not": {"parent_units": ["Jugendamt"]}},
    # the centre placed in a named part (no unit word) of a unit: the part with the unit's chain above it
    {"id": "u17-part-01", "text": "Das Kreisintegrationszentrum ist in dem Team Vielfalt und Sprache des Fachdienstes 32 verortet.",
     "parent_units": ["Team Vielfalt und Sprache [des Fachdienstes 32]"]},
    # "bisher" with a present verb is the state until now; with a past one it is history
    {"id": "u17-bisher-01", "text": "Zum 1. März 2027 wird das KI Teil des Amtes für Vielfalt. Bisher gehört es zum Fachdienst Soziales.",
     "parent_units": ["Fachdienst Soziales"], "must_not": {"parent_units": ["Amt für Vielfalt"]}, "reorganisations": ["2027-03-01"]},
    {"id": "u17-bisher-02", "text": "Bisher war das Integrationszentrum dem Ordnungsamt zugeordnet.", "parent_units": [],
     "must_not": {"parent_units": ["Ordnungsamt"]}},
    # an interview's speaker label before the centre's "wir"
    {"id": "u17-speaker-01", "text": "Frau Oduya: Wir gehören zum Geschäftsbereich Bildung und Kultur und arbeiten eng mit den Schulen.",
     "parent_units": ["Geschäftsbereich Bildung und Kultur"]},
    # an organigram's lines run together: the centre's siblings by its parent's code are no part of the parent's name
    {"id": "u17-siblings-01", "text": "Amt 32 – Ordnung und Integration 32.1 Ausländerbehörde 32.2 Kommunales Integrationszentrum 32.3 Einbürgerung",
     "parent_units": ["Amt 32 [Ordnung und Integration]"], "must_not": {"parent_units": ["Ausländerbehörde"]}},
    # rows run into one line: the next row's label ends the value; the centre by its code ends a chain
    {"id": "u17-rows-01", "text": "Zuordnung: Dezernat II / Amt 56 / 56.1 Kommunales Integrationszentrum Stand: 01.03.2026",
     "parent_units": ["[Dezernat II /] Amt 56"]},
    {"id": "u17-rows-02", "text": "Organisatorische Zuordnung: Fachdienst 23 Bildung Sachbearbeitung: Frau Kowalczyk",
     "parent_units": ["Fachdienst 23 [Bildung]"]},
    {"id": "u17-crumb-01", "text": "Rathaus › Geschäftsbereich 2 – Soziales › Fachdienst 50 Integration › Team 50.3 Kommunales Integrationszentrum",
     "parent_units": ["[Geschäftsbereich 2 Soziales /] Fachdienst 50 [Integration]"]},
    # the Direktorium as a unit word
    {"id": "u17-direktorium-01", "text": "Angesiedelt ist das Kommunale Integrationszentrum im Direktorium der Oberbürgermeisterin.",
     "parent_units": ["Direktorium [der Oberbürgermeisterin]"]},
    {"id": "u17-direktorium-02", "html": "<ul><li>Direktorium des Oberbürgermeisters<ul><li>Kommunales Integrationszentrum</li><li>Gleichstellungsstelle</li>"
     "</ul></li></ul>", "parent_units": ["Direktorium [des Oberbürgermeisters]"]},
]
