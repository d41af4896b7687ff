"""Eleventh round of the private check set for heads (issue 7), written before any code for it, in the
forms that miss most on unseen text: name then role (comma apposition with a role phrase of the centre,
brackets, a name line followed by a role line), verb forms in any word order (leitet, führt,
verantwortet, steht … vor, hat die Leitung inne, übernimmt, obliegt, ist verantwortlich für; passive and
perfect), later back-references (pronoun, definite description, surname only), "unter (der) Leitung
von" / "geleitet von" / "unter Federführung von", acting heads (kommissarisch, vertretungsweise,
interimistisch, "in Vertretung", "bis auf Weiteres"), label-colon forms (label and name in one line,
in separate lines or cells), name-copula-role — and false heads: heads of another unit or body on the
same page (Amtsleitung, Fachbereichsleitung, a neighbouring centre, the Integrationsrat's chair) and
label lines of other units. Invented people and towns only; same schema as the corpus.

Every third case is ASIDE11: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_ROUND11: list[dict] = [
    # ---------------------------------------------------------------- name, then role
    {"id": "g11-nameRole-01", "text": "Frau Derya Kocabaş, Leiterin des KI Lindenfeld, eröffnete den Elternabend.",
     "head": ["Derya Kocabaş"]},
    {"id": "g11-nameRole-02", "text": "Herr Paweł Dąbrowski (Leitung) ist montags bis donnerstags im Haus erreichbar.",
     "head": ["Paweł Dąbrowski"]},
    {"id": "g11-nameRole-03", "html": "<p>Dr. Nikos Alexiou<br>Leiter des Kommunalen Integrationszentrums<br>"
     "Telefon 02921 55-310</p>", "head": ["Nikos Alexiou"]},
    {"id": "g11-nameRole-04", "html": "<div class=\"person\"><p class=\"name\">Olga Sokolowa</p>"
     "<p class=\"funktion\">Leitung</p><p>olga.sokolowa@lindenfeld.example</p></div>", "head": ["Olga Sokolowa"]},
    {"id": "g11-nameRole-05", "text": "Herr Rênas Ekinci, seit dem Frühjahr verantwortlich für das Integrationszentrum, "
     "stellte den Haushaltsplan vor.", "head": ["Rênas Ekinci"]},
    {"id": "g11-nameRole-06", "text": "Fatima Zahra Bennani (Leiterin KI) und Jörg Heinen (Schulverwaltung) moderierten den "
     "Abend.", "head": ["Fatima Zahra Bennani"], "must_not": {"head": ["Jörg Heinen"]}},
    {"id": "g11-nameRole-07", "text": "Gesprächspartner waren Frau Anna Wróbel, die Leiterin des Integrationszentrums, und ein "
     "Vertreter der Polizei.", "head": ["Anna Wróbel"]},
    {"id": "g11-nameRole-08", "html": "<h4>Irina Petrenko</h4><p>Leiterin des KI</p><h4>Murat Aslan</h4>"
     "<p>Bildungskoordinator</p>", "head": ["Irina Petrenko"], "must_not": {"head": ["Murat Aslan"]}},
    {"id": "g11-nameRole-09", "text": "Herr Theo Janssen, Leiter des Sozialamts, und Frau Ebru Tekin, Leiterin des "
     "Kommunalen Integrationszentrums, besuchten die Unterkunft.", "head": ["Ebru Tekin"],
     "must_not": {"head": ["Theo Janssen"]}},
    {"id": "g11-nameRole-10", "text": "Frau Khadija Amrani – sie leitet das KI seit drei Jahren – sprach über Chancen der "
     "Zuwanderung.", "head": ["Khadija Amrani"]},
    {"id": "g11-nameRole-11", "html": "<table><tr><td>Svetlana Morozova</td><td>Leitung des Integrationszentrums</td>"
     "<td>Raum 114</td></tr><tr><td>Kemal Arslan</td><td>Verwaltung</td><td>Raum 115</td></tr></table>",
     "head": ["Svetlana Morozova"], "must_not": {"head": ["Kemal Arslan"]}},
    {"id": "g11-nameRole-12", "text": "Moderiert wurde das Gespräch von Frau Wiebke Hansen, Leiterin der Stadtbibliothek.",
     "head": [], "must_not": {"head": ["Wiebke Hansen"]}},
    # ---------------------------------------------------------------- verb forms
    {"id": "g11-verb-01", "text": "Seit 2021 führt Frau Yasemin Doğru das Kommunale Integrationszentrum.",
     "head": ["Yasemin Doğru"]},
    {"id": "g11-verb-02", "text": "Das Integrationszentrum verantwortet Herr Andrzej Nowak seit dem Sommer.",
     "head": ["Andrzej Nowak"]},
    {"id": "g11-verb-03", "text": "Dem Kommunalen Integrationszentrum steht Frau Maryam Sadeghi als Leiterin vor.",
     "head": ["Maryam Sadeghi"]},
    {"id": "g11-verb-04", "text": "Die Leitung des KI hat seit Mai Herr Dimitrios Karras inne.", "head": ["Dimitrios Karras"]},
    {"id": "g11-verb-05", "text": "Zum 1. Oktober übernimmt Frau Leyla Haidari die Leitung des Integrationszentrums.",
     "head": ["Leyla Haidari"]},
    {"id": "g11-verb-06", "text": "Die Leitung des Zentrums obliegt Frau Natalia Kaminska.", "head": ["Natalia Kaminska"]},
    {"id": "g11-verb-07", "text": "Für das Kommunale Integrationszentrum ist Herr Bülent Yavuz als Leiter verantwortlich.",
     "head": ["Bülent Yavuz"]},
    {"id": "g11-verb-08", "text": "Herr Samir Haddadi hat im Januar die Leitung des KI übernommen.", "head": ["Samir Haddadi"]},
    {"id": "g11-verb-09", "text": "Das Integrationszentrum wird von Frau Elena Popescu geführt, die zuvor im Jugendamt tätig war.",
     "head": ["Elena Popescu"]},
    {"id": "g11-verb-10", "text": "Herr Reinhard Vogt leitet die Volkshochschule, in deren Gebäude auch das KI sitzt.",
     "head": [], "must_not": {"head": ["Reinhard Vogt"]}},
    {"id": "g11-verb-11", "text": "Frau Gizem Acar ist seit März verantwortlich für das Kommunale Integrationszentrum.",
     "head": ["Gizem Acar"]},
    {"id": "g11-verb-12", "text": "Geführt wird das KI seit dem Herbst von Herrn Ilias Georgiou.", "head": ["Ilias Georgiou"]},
    # ---------------------------------------------------------------- later back-references
    {"id": "g11-backref-01", "text": "Herr Kerim Bozkurt stammt aus Dortmund. Seit April leitet er das Integrationszentrum.",
     "head": ["Kerim Bozkurt"]},
    {"id": "g11-backref-02", "text": "Frau Dr. Hanna Lewicka kam 2012 aus Krakau. Die Politologin hat inzwischen die Leitung "
     "des KI übernommen.", "head": ["Hanna Lewicka"]},
    {"id": "g11-backref-03", "text": "Frau Sevgi Uçar arbeitete lange in der Schulsozialarbeit. Heute ist Frau Uçar Leiterin "
     "des Kommunalen Integrationszentrums.", "head": ["Sevgi Uçar"]},
    {"id": "g11-backref-04", "text": "Wir begrüßen Herrn Omid Jafari im Team. Er ist der neue Leiter unseres "
     "Integrationszentrums.", "head": ["Omid Jafari"]},
    {"id": "g11-backref-05", "text": "Herr Volker Brandes ist Kämmerer der Stadt. Er leitet die Finanzverwaltung und sprach "
     "im KI über den Haushalt.", "head": [], "must_not": {"head": ["Volker Brandes"]}},
    {"id": "g11-backref-06", "text": "Frau Amal Khoury hat Sozialarbeit studiert. Das Kommunale Integrationszentrum leitet sie "
     "seit 2020.", "head": ["Amal Khoury"]},
    {"id": "g11-backref-07", "text": "Herr Grzegorz Mazur war zuvor im Ausländeramt. Seit Juni führt Herr Mazur das KI.",
     "head": ["Grzegorz Mazur"]},
    {"id": "g11-backref-08", "text": "Frau Roya Ahmadzai engagiert sich seit Jahren für geflüchtete Frauen. Ihr obliegt die "
     "Leitung des Integrationszentrums.", "head": ["Roya Ahmadzai"]},
    {"id": "g11-backref-09", "text": "Frau Tanja Reuter ist Lehrerin an der Gesamtschule. Dort leitet sie die "
     "Fachschaft Deutsch.", "head": [], "must_not": {"head": ["Tanja Reuter"]}},
    # ---------------------------------------------------------------- "unter Leitung von" and variants
    {"id": "g11-under-01", "text": "Das Kommunale Integrationszentrum arbeitet unter der Leitung von Frau Zehra Öztürk.",
     "head": ["Zehra Öztürk"]},
    {"id": "g11-under-02", "text": "Geleitet von Herrn Adam Kowalski berät das KI Schulen und Eltern.", "head": ["Adam Kowalski"]},
    {"id": "g11-under-03", "text": "Unter Federführung von Frau Dr. Lina Saleh entwickelt das Integrationszentrum ein neues "
     "Konzept.", "head": ["Lina Saleh"]},
    {"id": "g11-under-04", "text": "Das Team des KI unter Leitung von Herrn Yusuf Erdem lädt zum Sommerfest ein.",
     "head": ["Yusuf Erdem"]},
    {"id": "g11-under-05", "text": "Der Arbeitskreis Sprache tagt unter Leitung von Frau Melanie Kurz im Integrationszentrum.",
     "head": [], "must_not": {"head": ["Melanie Kurz"]}},
    {"id": "g11-under-06", "text": "Das Integrationszentrum, geleitet von Frau Nadia Boukhari, hat seinen Sitz im Rathaus.",
     "head": ["Nadia Boukhari"]},
    # ---------------------------------------------------------------- acting heads
    {"id": "g11-acting-01", "text": "Kommissarisch führt Herr Tobias Lange das Integrationszentrum.", "head": ["Tobias Lange"],
     "acting": True},
    {"id": "g11-acting-02", "text": "Die Leitung des KI hat vertretungsweise Frau Hülya Şen übernommen.", "head": ["Hülya Şen"],
     "acting": True},
    {"id": "g11-acting-03", "text": "Frau Marta Zielińska leitet das Kommunale Integrationszentrum interimistisch.",
     "head": ["Marta Zielińska"], "acting": True},
    {"id": "g11-acting-04", "text": "In Vertretung leitet Herr Jamal Nasser das KI bis zur Neubesetzung der Stelle.",
     "head": ["Jamal Nasser"], "acting": True},
    {"id": "g11-acting-05", "text": "Bis auf Weiteres übernimmt Frau Katarzyna Lis die Leitung des Integrationszentrums.",
     "head": ["Katarzyna Lis"], "acting": True},
    {"id": "g11-acting-06", "text": "Interimsleitung: Herr Deniz Kara", "head": ["Deniz Kara"], "acting": True},
    # ---------------------------------------------------------------- label-colon forms
    {"id": "g11-label-01", "text": "Leitung: Frau Rukiye Balcı", "head": ["Rukiye Balcı"]},
    {"id": "g11-label-02", "text": "Ansprechpartnerin (Leitung): Frau Weronika Szulc", "head": ["Weronika Szulc"]},
    {"id": "g11-label-03", "html": "<table><tr><td>Leitung</td></tr><tr><td>Herr Armin Rezaei</td></tr></table>",
     "head": ["Armin Rezaei"]},
    {"id": "g11-label-04", "html": "<p><strong>Leiterin</strong></p><p>Frau Despina Nikolaou</p><p>Tel. 02151 86-2040</p>",
     "head": ["Despina Nikolaou"]},
    {"id": "g11-label-05", "text": "Amtsleitung: Herr Klaus Berger\nLeitung KI: Frau Songül Karaca",
     "head": ["Songül Karaca"], "must_not": {"head": ["Klaus Berger"]}},
    {"id": "g11-label-06", "text": "Leitung Ausländerbehörde: Frau Petra Wendt", "head": [],
     "must_not": {"head": ["Petra Wendt"]}},
    # ---------------------------------------------------------------- name, copula, role
    {"id": "g11-copula-01", "text": "Frau Aylin Şimşek ist seit 2019 Leiterin des Kommunalen Integrationszentrums.",
     "head": ["Aylin Şimşek"]},
    {"id": "g11-copula-02", "text": "Herr Marek Nowicki ist neuer Leiter des KI.", "head": ["Marek Nowicki"]},
    {"id": "g11-copula-03", "text": "Frau Dr. Ruth Achterberg ist Leiterin der Integrationszentrums-Geschäftsstelle und war "
     "vorher Lehrerin.", "head": ["Ruth Achterberg"]},
    {"id": "g11-copula-04", "text": "Herr Okan Yilmaz ist seit Anfang des Jahres der Leiter unseres Zentrums.",
     "head": ["Okan Yilmaz"]},
    {"id": "g11-copula-05", "text": "Frau Hilde Rosen war bis 2020 Leiterin des KI.", "head": [],
     "must_not": {"head": ["Hilde Rosen"]}},
    {"id": "g11-copula-06", "text": "Frau Ewelina Kraus ist stellvertretende Leiterin des Integrationszentrums.", "head": [],
     "must_not": {"head": ["Ewelina Kraus"]}},
    # ---------------------------------------------------------------- false heads on the same page
    {"id": "g11-other-01", "text": "Fachbereichsleiter Herr Norbert Keller begrüßte die neue Leiterin des KI, Frau Ayşegül Tan.",
     "head": ["Ayşegül Tan"], "must_not": {"head": ["Norbert Keller"]}},
    {"id": "g11-other-02", "text": "Herr Cem Kaya, Vorsitzender des Integrationsrats, lobte die Arbeit des "
     "Integrationszentrums.", "head": [], "must_not": {"head": ["Cem Kaya"]}},
    {"id": "g11-other-03", "text": "Frau Irmgard Schulte leitet das Amt für Jugend und Familie, zu dem auch das "
     "Integrationszentrum gehört.", "head": [], "must_not": {"head": ["Irmgard Schulte"]}},
    {"id": "g11-other-04", "text": "Der Leiter des KI im Nachbarkreis Auenstadt, Herr Bilal Hamdan, war zu Besuch.",
     "head": [], "must_not": {"head": ["Bilal Hamdan"]}},
    {"id": "g11-other-05", "text": "Leitung Fachbereich Soziales: Herr Uwe Reimers\nLeitung Kommunales Integrationszentrum: "
     "Frau Nesrin Aydemir", "head": ["Nesrin Aydemir"], "must_not": {"head": ["Uwe Reimers"]}},
    {"id": "g11-other-06", "text": "Die Amtsleiterin, Frau Gabriele Heuer, und die Leiterin des Integrationszentrums, Frau "
     "Olena Bondarenko, eröffneten die Woche der Vielfalt.", "head": ["Olena Bondarenko"],
     "must_not": {"head": ["Gabriele Heuer"]}},
    {"id": "g11-other-07", "text": "Herr Walter Engels ist Leiter des Fachbereichs Bildung. Das Integrationszentrum leitet "
     "Frau Shirin Moradi.", "head": ["Shirin Moradi"], "must_not": {"head": ["Walter Engels"]}},
    {"id": "g11-other-08", "text": "Projektleitung „Brücken bauen“: Frau Lisa Brenner", "head": [],
     "must_not": {"head": ["Lisa Brenner"]}},
    {"id": "g11-other-09", "text": "Das Integrationszentrum gehört zum Dezernat III, das Frau Dr. Sabine Holt leitet.",
     "head": [], "must_not": {"head": ["Sabine Holt"]}},
]
ASIDE11 = [c for i, c in enumerate(_ROUND11) if i % 3 == 2]
CASES11 = [c for i, c in enumerate(_ROUND11) if i % 3 != 2]
