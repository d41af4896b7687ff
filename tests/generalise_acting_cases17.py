"""Seventeenth round of the private check set for heads (issue 7): acting heads, written before any code
for it. A stand-in for a vacant or absent lead is a head change worth reporting as acting ("Kommissarisch
leitet Nadine Olbrich das KI."): the post vakant, unbesetzt, nicht besetzt, "N. N.", "wird neu besetzt", its
holder in Elternzeit, ill or retired; the stand-in told by "bis zur Nachbesetzung", "übergangsweise",
"kommissarisch", "vertretungsweise", "in Vertretung", "i. V.", "geschäftsführend", "interimistisch",
"vorläufig", "nimmt die Aufgaben der Leitung wahr", "mit der Wahrnehmung der Leitung beauftragt" — in
sentences, label rows, cards, tables and news items. Negatives: the deputy beside a named head, a
"Vertretung: B" row under "Leitung: A", the stand-in of another body's head, and the deputy of a vacant post
(EXTRACTION.md: "stellvertretende Leitung (not the head)": a deputy title is no acting lead by itself).
Invented people and towns only; same schema as the corpus.

Every third case is ACTING17_ASIDE: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_ROUND17: list[dict] = [
    # ---------------------------------------------------------------- a vacant post and its stand-in, in sentences
    {"id": "g17-vacant-01", "text": "Die Leitungsstelle des Integrationszentrums ist derzeit vakant; die Vertretung übernimmt "
     "Frau Mareike Stolzenbach.", "head": ["Mareike Stolzenbach"], "acting": True},
    {"id": "g17-vacant-02", "text": "Die Leitung des KI ist zurzeit nicht besetzt. Vertretung: Herr Goran Vukić",
     "head": ["Goran Vukić"], "acting": True},
    {"id": "g17-vacant-03", "text": "Bis zur Nachbesetzung der Leitungsstelle vertritt Frau Imke Tjarks die Leitung des "
     "Integrationszentrums.", "head": ["Imke Tjarks"], "acting": True},
    {"id": "g17-vacant-04", "text": "Die Stelle der Leitung ist unbesetzt. Die Aufgaben der Leitung nimmt derzeit Herr Bastian "
     "Oelkers wahr.", "head": ["Bastian Oelkers"], "acting": True},
    {"id": "g17-vacant-05", "text": "Die Leitung des Kommunalen Integrationszentrums wird neu besetzt. Bis dahin leitet Frau "
     "Swetlana Kramer das Zentrum übergangsweise.", "head": ["Swetlana Kramer"], "acting": True},
    {"id": "g17-vacant-06", "text": "Da die Leitungsstelle vakant ist, hat Herr Malte Brüning vertretungsweise die Leitung "
     "des KI übernommen.", "head": ["Malte Brüning"], "acting": True},
    {"id": "g17-vacant-07", "text": "Herr Ole Kerkhoff nimmt die Leitungsaufgaben des Integrationszentrums bis auf Weiteres "
     "wahr.", "head": ["Ole Kerkhoff"], "acting": True},
    {"id": "g17-vacant-08", "text": "Mit der Wahrnehmung der Leitung des Integrationszentrums ist Frau Derya Kalkan beauftragt.",
     "head": ["Derya Kalkan"], "acting": True},
    {"id": "g17-vacant-09", "text": "Frau Henrike Lüders wurde mit der Wahrnehmung der Leitung des KI beauftragt, bis die "
     "Stelle neu besetzt ist.", "head": ["Henrike Lüders"], "acting": True},
    # ---------------------------------------------------------------- the holder away or retired
    {"id": "g17-absent-01", "text": "Während der Elternzeit von Frau Julia Wennemann leitet Herr Arvid Sörensen das "
     "Integrationszentrum.", "head": ["Arvid Sörensen"], "acting": True, "must_not": {"head": ["Julia Wennemann"]}},
    {"id": "g17-absent-02", "text": "Die Leiterin des KI ist längerfristig erkrankt. Die Vertretung hat Frau Nele Husmann "
     "übernommen.", "head": ["Nele Husmann"], "acting": True},
    {"id": "g17-absent-03", "text": "Nach dem Eintritt von Herrn Egon Klapdor in den Ruhestand leitet Frau Zehra Çelik das "
     "Integrationszentrum kommissarisch.", "head": ["Zehra Çelik"], "acting": True, "must_not": {"head": ["Egon Klapdor"]}},
    {"id": "g17-absent-04", "text": "Der bisherige Leiter Herr Ulrich Pape ist in den Ruhestand gegangen. Bis zur "
     "Nachbesetzung führt Frau Sabine Ortmeier die Geschäfte.", "head": ["Sabine Ortmeier"], "acting": True,
     "must_not": {"head": ["Ulrich Pape"]}},
    {"id": "g17-absent-05", "text": "Interimistisch leitet Herr Dariusz Nowicki das Kommunale Integrationszentrum.",
     "head": ["Dariusz Nowicki"], "acting": True},
    {"id": "g17-absent-06", "text": "Frau Gesa Timmermann ist geschäftsführende Leiterin des Integrationszentrums.",
     "head": ["Gesa Timmermann"], "acting": True},
    {"id": "g17-absent-07", "text": "Vorläufig übernimmt Herr Lennart Abels die Leitung des KI.", "head": ["Lennart Abels"],
     "acting": True},
    {"id": "g17-absent-08", "text": "In Vertretung der erkrankten Leiterin führt Frau Ana Ribeiro das Integrationszentrum.",
     "head": ["Ana Ribeiro"], "acting": True},
    {"id": "g17-absent-09", "text": "Übergangsweise hat Frau Pauline Dierkes die Leitung des Integrationszentrums inne.",
     "head": ["Pauline Dierkes"], "acting": True},
    # ---------------------------------------------------------------- label rows, cards and tables
    {"id": "g17-label-01", "html": "<p>Leitung: N. N. (Vertretung: Herr Kai Sievering)</p>", "head": ["Kai Sievering"],
     "acting": True},
    {"id": "g17-label-02", "html": "<p>Leitung: N.N.<br>kommissarisch: Frau Wiebke Hollenberg</p>",
     "head": ["Wiebke Hollenberg"], "acting": True},
    {"id": "g17-label-03", "html": "<p>Leitung (vakant) – in Vertretung: Herr Yusuf Demir</p>", "head": ["Yusuf Demir"],
     "acting": True},
    {"id": "g17-label-04", "html": "<dl><dt>Leitung</dt><dd>Frau Ines Buschmann (kommissarisch)</dd></dl>",
     "head": ["Ines Buschmann"], "acting": True},
    {"id": "g17-label-05", "html": "<table><tr><th>Funktion</th><th>Name</th></tr><tr><td>Leitung (komm.)</td>"
     "<td>Herr Rainer Hülsmann</td></tr><tr><td>Verwaltung</td><td>Frau Doris Kamp</td></tr></table>",
     "head": ["Rainer Hülsmann"], "acting": True, "must_not": {"head": ["Doris Kamp"]}},
    {"id": "g17-label-06", "html": "<div class=\"card\"><h4>Frau Leonie Hagedorn</h4><p>Leitung i. V.</p>"
     "<p>Tel. 05231 62-4400</p></div>", "head": ["Leonie Hagedorn"], "acting": True},
    {"id": "g17-label-07", "html": "<p>Interimsleitung: Herr Tim Osterkamp</p>", "head": ["Tim Osterkamp"], "acting": True},
    {"id": "g17-label-08", "html": "<p>Herr Marek Zielinski<br>Leitung (vertretungsweise)</p>", "head": ["Marek Zielinski"],
     "acting": True},
    {"id": "g17-label-09", "html": "<p>Leitung: derzeit unbesetzt – die Aufgaben nimmt Frau Ruth Kemper wahr.</p>",
     "head": ["Ruth Kemper"], "acting": True},
    # ---------------------------------------------------------------- news items
    {"id": "g17-news-01", "text": "Personalie: Frau Aylin Kara leitet das Integrationszentrum ab sofort kommissarisch, "
     "nachdem Herr Dirk Bollmann zum Jugendamt gewechselt ist.", "head": ["Aylin Kara"], "acting": True,
     "must_not": {"head": ["Dirk Bollmann"]}},
    {"id": "g17-news-02", "text": "Der Kreis Wedemoor hat Herrn Florian Vosskuhl vorläufig mit der Leitung des Kommunalen "
     "Integrationszentrums betraut.", "head": ["Florian Vosskuhl"], "acting": True},
    {"id": "g17-news-03", "text": "Bis eine Nachfolgerin gefunden ist, übernimmt Frau Hatice Yilmaz-Berndt die Leitung des KI "
     "übergangsweise.", "head": ["Hatice Yilmaz-Berndt"], "acting": True},
    # ---------------------------------------------------------------- negatives
    {"id": "g17-neg-01", "html": "<p>Leitung: Frau Corinna Spieker<br>Vertretung: Herr Jens Abeling</p>",
     "head": ["Corinna Spieker"], "must_not": {"head": ["Jens Abeling"]}},
    {"id": "g17-neg-02", "text": "Frau Marlene Voß leitet das Integrationszentrum; ihr Stellvertreter ist Herr Piotr Kaminski.",
     "head": ["Marlene Voß"], "must_not": {"head": ["Piotr Kaminski"]}},
    {"id": "g17-neg-03", "text": "Die Leitung des Jugendamts ist vakant; kommissarisch leitet Herr Hauke Thiessen das Amt.",
     "head": [], "must_not": {"head": ["Hauke Thiessen"]}},
    {"id": "g17-neg-04", "html": "<p>Leitung: unbesetzt<br>Stellvertretende Leitung: Frau Edda Rasch</p>", "head": [],
     "must_not": {"head": ["Edda Rasch"]}},
    {"id": "g17-neg-05", "text": "Die Stelle der Schulleitung der Grundschule am Weiher ist vakant; die Vertretung übernimmt "
     "Frau Birgit Lohmann.", "head": [], "must_not": {"head": ["Birgit Lohmann"]}},
    {"id": "g17-neg-06", "html": "<table><tr><td>Leitung</td><td>Herr Sven Tönnies</td></tr><tr><td>Vertretung der Leitung"
     "</td><td>Frau Olga Petrenko</td></tr></table>", "head": ["Sven Tönnies"], "must_not": {"head": ["Olga Petrenko"]}},
    {"id": "g17-neg-07", "text": "Frau Ida Wehmeyer vertritt das Integrationszentrum im Arbeitskreis Schule; das KI leitet "
     "Herr Konrad Bleck.", "head": ["Konrad Bleck"], "must_not": {"head": ["Ida Wehmeyer"]}},
    {"id": "g17-neg-08", "text": "Während der Elternzeit von Frau Rieke Janßen vertritt Herr Moritz Engel sie im Team "
     "Sprachbildung.", "head": [], "must_not": {"head": ["Moritz Engel", "Rieke Janßen"]}},
    {"id": "g17-neg-09", "text": "Der Integrationsrat ist derzeit ohne Vorsitz; kommissarisch führt Frau Leyla Aktaş die "
     "Sitzungen.", "head": [], "must_not": {"head": ["Leyla Aktaş"]}},
]

ACTING17_ASIDE = [c for i, c in enumerate(_ROUND17) if i % 3 == 2]
ACTING17 = [c for i, c in enumerate(_ROUND17) if i % 3 != 2]
