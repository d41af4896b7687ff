"""Thirteenth round of the private check set for heads (issue 7), written before any code for it, in the
form categories that still miss most on unseen text: verb forms (leitet, führt, steht … vor,
verantwortet, hat die Leitung inne, passives, "obliegt", "liegt in den Händen von"), name then role
("X, Leiterin des KI, …", "X (Leitung)", "X – KI-Leitung"), later references (the role first and the
person named later, or the person first and referred back to by surname, pronoun or description),
acting heads (kommissarisch, vertretungsweise, interimistisch, übergangsweise, "bis auf Weiteres",
"in Vertretung"), "unter (der) Leitung / Führung von", label and colon ("Leitung: …", "Ansprechperson
(Leitung): …", "KI-Leitung –"), role then name — and the distractors that cost precision: the head of
another unit, office or project named near the centre, the chair of the Integrationsrat, the
Dezernent, a project lead, a former head, a press contact, the deputy. Invented people and towns only;
same schema as the corpus.

Every third case is ASIDE13: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_ROUND13: list[dict] = [
    # ---------------------------------------------------------------- verb forms
    {"id": "g13-verb-01", "text": "Seit dem Sommer 2023 leitet Frau Dilan Özkök das Kommunale Integrationszentrum Talheim.",
     "head": ["Dilan Özkök"]},
    {"id": "g13-verb-02", "text": "Das KI Talheim führt Herr Reinhold Baumgart bereits seit elf Jahren.",
     "head": ["Reinhold Baumgart"]},
    {"id": "g13-verb-03", "text": "Dem Kommunalen Integrationszentrum steht Frau Mariam Haidari als Leiterin vor.",
     "head": ["Mariam Haidari"]},
    {"id": "g13-verb-04", "text": "Frau Jovana Petrović verantwortet als Leiterin die Arbeit des Integrationszentrums.",
     "head": ["Jovana Petrović"]},
    {"id": "g13-verb-05", "text": "Die Leitung des Kommunalen Integrationszentrums hat Herr Ibrahima Sow inne.",
     "head": ["Ibrahima Sow"]},
    {"id": "g13-verb-06", "text": "Geleitet wird das Integrationszentrum von Frau Dr. Hanna Lüttgen-Okafor.",
     "head": ["Hanna Lüttgen-Okafor"]},
    {"id": "g13-verb-07", "text": "Herr Piotr Zieliński hat seit April die Leitung des KI inne.", "head": ["Piotr Zieliński"]},
    {"id": "g13-verb-08", "text": "Die Leitung des Integrationszentrums obliegt Frau Fatoumata Diallo.",
     "head": ["Fatoumata Diallo"]},
    {"id": "g13-verb-09", "text": "Die Leitung des KI liegt in den Händen von Herrn Gökhan Arslan.", "head": ["Gökhan Arslan"]},
    {"id": "g13-verb-10", "text": "Frau Natalia Kowalczyk leitet seit 2020 gemeinsam mit ihrem Team das Kommunale "
     "Integrationszentrum des Kreises.", "head": ["Natalia Kowalczyk"]},
    {"id": "g13-verb-11", "text": "Das Kommunale Integrationszentrum wird seit Februar durch Herrn Yannick Mbappé-Roth "
     "geführt.", "head": ["Yannick Mbappé-Roth"]},
    {"id": "g13-verb-12", "text": "An der Spitze des Integrationszentrums steht seit dem Frühjahr Frau Chiara Bellini.",
     "head": ["Chiara Bellini"]},
    {"id": "g13-verb-13", "text": "Herr Darius Moradi wird ab Januar das Integrationszentrum leiten.", "head": ["Darius Moradi"]},
    {"id": "g13-verb-14", "text": "Frau Elif Güneş hat im März die Leitung des Kommunalen Integrationszentrums "
     "übernommen und will die Elternarbeit stärken.", "head": ["Elif Güneş"]},
    {"id": "g13-verb-15", "text": "Seit 2019 wird das KI von Frau Amira Haddad-Stein geleitet, die zuvor im Jugendamt "
     "arbeitete.", "head": ["Amira Haddad-Stein"]},
    {"id": "g13-verb-16", "text": "Herr Volker Timmerbeil leitet die Volkshochschule; das Integrationszentrum hat "
     "ihren Sitz im selben Gebäude.", "head": [], "must_not": {"head": ["Volker Timmerbeil"]}},
    {"id": "g13-verb-17", "text": "Verantwortlich für das Kommunale Integrationszentrum ist als Leiterin Frau Sevda Uçar.",
     "head": ["Sevda Uçar"]},
    {"id": "g13-verb-18", "text": "Frau Ewa Nowakowska führt das KI seit dem Weggang ihres Vorgängers.",
     "head": ["Ewa Nowakowska"]},
    {"id": "g13-verb-19", "text": "Herr Kemal Doğan leitet das Kommunale Integrationszentrum und ist zugleich "
     "Ansprechpartner für Schulen.", "head": ["Kemal Doğan"]},
    {"id": "g13-verb-20", "text": "Die Leitung hat Frau Liesel Brandhorst inne, die das Integrationszentrum seit "
     "seiner Gründung kennt.", "head": ["Liesel Brandhorst"]},
    {"id": "g13-verb-21", "text": "Frau Adwoa Mensah leitete bis 2022 das Integrationszentrum; seither führt es "
     "Herr Tobias Kranefeld.", "head": ["Tobias Kranefeld"], "must_not": {"head": ["Adwoa Mensah"]}},
    {"id": "g13-verb-22", "text": "Das Integrationszentrum leitet seit Herbst Herr Rustam Nazarov.", "head": ["Rustam Nazarov"]},
    {"id": "g13-verb-23", "text": "Frau Wiebke Jansen-Kaya steht seit zwei Jahren an der Spitze des KI.",
     "head": ["Wiebke Jansen-Kaya"]},
    {"id": "g13-verb-24", "text": "Herr Ali Reza Tavakoli ist mit der Leitung des Integrationszentrums betraut.",
     "head": ["Ali Reza Tavakoli"]},
    {"id": "g13-verb-25", "text": "Frau Marta Szymańska leitet im Integrationszentrum das Projekt Brückenbauer.",
     "head": [], "must_not": {"head": ["Marta Szymańska"]}},
    {"id": "g13-verb-26", "text": "Herr Henrik Olsson übernimmt zum 1. Juli die Leitung des KI Talheim.",
     "head": ["Henrik Olsson"]},
    # ---------------------------------------------------------------- name, then role
    {"id": "g13-nameRole-01", "text": "Frau Aylin Korkmaz, Leiterin des KI, eröffnete den Fachtag im Ratssaal.",
     "head": ["Aylin Korkmaz"]},
    {"id": "g13-nameRole-02", "text": "Ihre Ansprechpersonen sind Herr Samuel Owusu (Leitung) und Frau Gerda Pohl "
     "(Verwaltung).", "head": ["Samuel Owusu"], "must_not": {"head": ["Gerda Pohl"]}},
    {"id": "g13-nameRole-03", "text": "Dr. Bettina Vogelsang, Leiterin des Kommunalen Integrationszentrums, betonte die "
     "Bedeutung der Sprachförderung.", "head": ["Bettina Vogelsang"]},
    {"id": "g13-nameRole-04", "text": "Herr Younes Benali, der Leiter des Integrationszentrums, stellte den Jahresbericht vor.",
     "head": ["Younes Benali"]},
    {"id": "g13-nameRole-05", "text": "Frau Katarzyna Lis – Leitung KI – lud die Vereine zum Austausch ein.",
     "head": ["Katarzyna Lis"]},
    {"id": "g13-nameRole-06", "html": "<p><strong>Frau Nour El-Amin</strong> (Leitung)<br>Telefon 02302 81-2240</p>",
     "head": ["Nour El-Amin"]},
    {"id": "g13-nameRole-07", "text": "Mit dabei waren Bürgermeister Klaus Ernst und Frau Thi Lan Pham, Leiterin des KI.",
     "head": ["Thi Lan Pham"], "must_not": {"head": ["Klaus Ernst"]}},
    {"id": "g13-nameRole-08", "text": "Herr Sergej Wagner ist Leiter des Kommunalen Integrationszentrums Talheim.",
     "head": ["Sergej Wagner"]},
    {"id": "g13-nameRole-09", "html": "<ul><li>Frau Hatice Yurt (Leitung)</li><li>Herr Jonas Feld (Schule und "
     "Bildung)</li><li>Frau Ina Koch (Sekretariat)</li></ul>", "head": ["Hatice Yurt"],
     "must_not": {"head": ["Jonas Feld", "Ina Koch"]}},
    {"id": "g13-nameRole-10", "text": "Frau Agata Mazur, seit Mai neue Leiterin des Integrationszentrums, stellte sich "
     "dem Ausschuss vor.", "head": ["Agata Mazur"]},
    {"id": "g13-nameRole-11", "text": "Herr Obinna Eze, Leiter des Integrationszentrums der Stadt, und Frau Silke Raab, "
     "Leiterin des Jobcenters, unterzeichneten die Vereinbarung.", "head": ["Obinna Eze"],
     "must_not": {"head": ["Silke Raab"]}},
    {"id": "g13-nameRole-12", "html": "<div class='person'><h3>Lina Rahimi</h3><p>Leiterin des Kommunalen "
     "Integrationszentrums</p><p>lina.rahimi@talheim.example</p></div>", "head": ["Lina Rahimi"]},
    {"id": "g13-nameRole-13", "text": "Frau Rosa Benedetti, die das KI leitet, begrüßte die neuen Sprachmittlerinnen.",
     "head": ["Rosa Benedetti"]},
    {"id": "g13-nameRole-14", "text": "Herr Arne Wessels (Leiter KI) und Frau Derya Toprak (Bildungskoordination) "
     "beantworteten Fragen.", "head": ["Arne Wessels"], "must_not": {"head": ["Derya Toprak"]}},
    {"id": "g13-nameRole-15", "text": "Frau Olena Savchenko ist die neue Leiterin des KI.", "head": ["Olena Savchenko"]},
    {"id": "g13-nameRole-16", "text": "Frau Ulrike Meiners, Leiterin der Stadtbibliothek, und Herr Cem Aktaş, Leiter "
     "des KI, stellten die Lesepaten vor.", "head": ["Cem Aktaş"], "must_not": {"head": ["Ulrike Meiners"]}},
    {"id": "g13-nameRole-17", "html": "<table><tr><th>Name</th><th>Funktion</th></tr><tr><td>Frau Meryem Şahin</td>"
     "<td>Leitung</td></tr><tr><td>Herr Paul Decker</td><td>Sachbearbeitung</td></tr></table>",
     "head": ["Meryem Şahin"], "must_not": {"head": ["Paul Decker"]}},
    {"id": "g13-nameRole-18", "text": "Herr Dr. Emeka Nwosu, Leiter des Integrationszentrums seit 2018, zog Bilanz.",
     "head": ["Emeka Nwosu"]},
    # ---------------------------------------------------------------- later reference
    {"id": "g13-later-01", "text": "Frau Leyla Aksoy kam 2010 als Lehrerin nach Talheim. Heute leitet sie das "
     "Kommunale Integrationszentrum.", "head": ["Leyla Aksoy"]},
    {"id": "g13-later-02", "text": "Herr Bogdan Popescu ist Sozialpädagoge. Seit Januar ist er Leiter des "
     "Integrationszentrums.", "head": ["Bogdan Popescu"]},
    {"id": "g13-later-03", "text": "„Vielfalt ist unsere Stärke“, sagt Frau Magdalena Krüger. Die Leiterin des KI "
     "wirbt für mehr Ehrenamt.", "head": ["Magdalena Krüger"]},
    {"id": "g13-later-04", "text": "Frau Soraya Karimi begrüßte die Gäste. Krüger-Karimi leitet das "
     "Integrationszentrum seit 2021.", "head": []},
    {"id": "g13-later-05", "text": "Herr Mustafa Yılmaz eröffnete die Veranstaltung. Yılmaz leitet das KI seit vier Jahren.",
     "head": ["Mustafa Yılmaz"]},
    {"id": "g13-later-06", "text": "Das Integrationszentrum hat eine neue Leiterin: Frau Johanna Siebert trat ihr "
     "Amt am 1. März an.", "head": ["Johanna Siebert"]},
    {"id": "g13-later-07", "text": "Frau Aisha Bello studierte Soziale Arbeit in Köln. Die 41-Jährige leitet nun das "
     "Integrationszentrum.", "head": ["Aisha Bello"]},
    {"id": "g13-later-08", "text": "Neue Leitung im KI. Herr Matthias Brüggemann hat die Aufgabe zum Monatsbeginn "
     "übernommen.", "head": ["Matthias Brüggemann"]},
    {"id": "g13-later-09", "text": "Wer leitet das Integrationszentrum? Das ist seit Herbst Frau Ngozi Adeyemi.",
     "head": ["Ngozi Adeyemi"]},
    {"id": "g13-later-10", "text": "Herr Timo Kessler begrüßte die Teilnehmenden. Kessler, der das KI seit 2017 leitet, "
     "dankte den Ehrenamtlichen.", "head": ["Timo Kessler"]},
    {"id": "g13-later-11", "text": "Frau Irem Çakır ist in Talheim aufgewachsen. Seit Mai steht sie an der Spitze des "
     "Integrationszentrums.", "head": ["Irem Çakır"]},
    {"id": "g13-later-12", "text": "Frau Grete Lammers kennt das Haus seit Jahren. Nun übernimmt sie die Leitung des KI.",
     "head": ["Grete Lammers"]},
    {"id": "g13-later-13", "text": "Die Leitung des Integrationszentrums wechselt: Ab April ist Herr Elias Haddad "
     "verantwortlich.", "head": ["Elias Haddad"]},
    {"id": "g13-later-14", "text": "Herr Finn Jacobsen stellte das Programm vor. Er leitet die Stabsstelle "
     "Integration, zu der das KI gehört.", "head": [], "must_not": {"head": ["Finn Jacobsen"]}},
    # ---------------------------------------------------------------- acting heads
    {"id": "g13-acting-01", "text": "Kommissarisch leitet Herr Florian Ahrens das Integrationszentrum.",
     "head": ["Florian Ahrens"], "acting": True},
    {"id": "g13-acting-02", "text": "Die kommissarische Leitung des KI hat Frau Selma Hodžić übernommen.",
     "head": ["Selma Hodžić"], "acting": True},
    {"id": "g13-acting-03", "text": "Bis zur Neubesetzung der Stelle leitet Frau Kerstin Voß das Integrationszentrum "
     "vertretungsweise.", "head": ["Kerstin Voß"], "acting": True},
    {"id": "g13-acting-04", "text": "Interimistische Leitung: Herr Dr. Nikos Andreou", "head": ["Nikos Andreou"], "acting": True},
    {"id": "g13-acting-05", "text": "Übergangsweise führt Frau Emine Koç das Kommunale Integrationszentrum.",
     "head": ["Emine Koç"], "acting": True},
    {"id": "g13-acting-06", "text": "Frau Sabine Hollmann ist kommissarische Leiterin des Integrationszentrums.",
     "head": ["Sabine Hollmann"], "acting": True},
    {"id": "g13-acting-07", "text": "Die Leitung des KI nimmt bis auf Weiteres Herr Jakub Dvořák wahr.",
     "head": ["Jakub Dvořák"], "acting": True},
    {"id": "g13-acting-08", "text": "Herr Uwe Dreier leitet das Integrationszentrum kommissarisch, bis die Stelle "
     "neu besetzt ist.", "head": ["Uwe Dreier"], "acting": True},
    {"id": "g13-acting-09", "html": "<p>Kommissarische Leitung:<br>Frau Tuba Erdem<br>E-Mail: tuba.erdem@talheim.example</p>",
     "head": ["Tuba Erdem"], "acting": True},
    {"id": "g13-acting-10", "text": "In Vertretung leitet derzeit Frau Marlene Hoppe das Kommunale Integrationszentrum.",
     "head": ["Marlene Hoppe"], "acting": True},
    {"id": "g13-acting-11", "text": "Frau Zainab Musa, kommissarische Leiterin des KI, stellte die Zahlen vor.",
     "head": ["Zainab Musa"], "acting": True},
    {"id": "g13-acting-12", "text": "Vorübergehend hat Herr Arjen de Vries die Leitung des Integrationszentrums inne.",
     "head": ["Arjen de Vries"], "acting": True},
    {"id": "g13-acting-13", "text": "Das KI wird interimistisch von Frau Lucia Ferraro geleitet.",
     "head": ["Lucia Ferraro"], "acting": True},
    {"id": "g13-acting-14", "text": "Die stellvertretende Leiterin, Frau Ute Biermann, vertritt die Leitung des KI in "
     "allen Fragen.", "head": [], "must_not": {"head": ["Ute Biermann"]}},
    {"id": "g13-acting-15", "text": "Nach dem Wechsel von Frau Gül Tekin ins Ministerium leitet Herr Dennis Wolters das "
     "Integrationszentrum übergangsweise.", "head": ["Dennis Wolters"], "acting": True,
     "must_not": {"head": ["Gül Tekin"]}},
    {"id": "g13-acting-16", "text": "Herr Raphael Nkemelu übernimmt kommissarisch die Leitung des KI.",
     "head": ["Raphael Nkemelu"], "acting": True},
    # ---------------------------------------------------------------- unter (der) Leitung / Führung
    {"id": "g13-under-01", "text": "Unter der Leitung von Frau Esra Bulut berät das Team Familien und Schulen.",
     "head": ["Esra Bulut"]},
    {"id": "g13-under-02", "text": "Das Integrationszentrum arbeitet unter Leitung von Herrn Milan Kovač eng mit den "
     "Schulen zusammen.", "head": ["Milan Kovač"]},
    {"id": "g13-under-03", "text": "Unter der Führung von Frau Dr. Renate Albers hat sich das KI neu aufgestellt.",
     "head": ["Renate Albers"]},
    {"id": "g13-under-04", "text": "Das KI-Team unter Leitung von Frau Shirin Ahmadi organisierte die Interkulturelle Woche.",
     "head": ["Shirin Ahmadi"]},
    {"id": "g13-under-05", "text": "Unter der kommissarischen Leitung von Herrn Bernd Möllers setzt das "
     "Integrationszentrum seine Arbeit fort.", "head": ["Bernd Möllers"], "acting": True},
    {"id": "g13-under-06", "text": "Der Workshop fand unter der Leitung von Frau Kira Sommer, Trainerin aus Kassel, statt.",
     "head": [], "must_not": {"head": ["Kira Sommer"]}},
    {"id": "g13-under-07", "text": "Das Kommunale Integrationszentrum, seit 2021 unter der Leitung von Frau Hülya Demirci, "
     "feiert sein zehnjähriges Bestehen.", "head": ["Hülya Demirci"]},
    {"id": "g13-under-08", "text": "Unter Federführung von Herrn Anton Reuter, Leiter des KI, entstand das neue "
     "Integrationskonzept.", "head": ["Anton Reuter"]},
    {"id": "g13-under-09", "text": "Die Arbeitsgruppe tagte unter der Leitung des Integrationsratsvorsitzenden Herrn "
     "Yusuf Ekinci.", "head": [], "must_not": {"head": ["Yusuf Ekinci"]}},
    # ---------------------------------------------------------------- label and colon
    {"id": "g13-label-01", "text": "Leitung: Herr Dipl.-Päd. Stefan Quast", "head": ["Stefan Quast"]},
    {"id": "g13-label-02", "html": "<p><b>Ansprechperson (Leitung):</b> Frau Derya Kaplan, Zimmer 204</p>",
     "head": ["Derya Kaplan"]},
    {"id": "g13-label-03", "html": "<dl><dt>Leitung</dt><dd>Frau Clara Hüsken</dd><dt>Sekretariat</dt><dd>Frau Anke "
     "Wolf</dd></dl>", "head": ["Clara Hüsken"], "must_not": {"head": ["Anke Wolf"]}},
    {"id": "g13-label-04", "text": "KI-Leitung: Frau Seda Yıldız · Telefon 02361 50-4410", "head": ["Seda Yıldız"]},
    {"id": "g13-label-05", "html": "<p>Leitung des Kommunalen Integrationszentrums:<br><strong>Herr Baraka "
     "Mwangi</strong></p>", "head": ["Baraka Mwangi"]},
    {"id": "g13-label-06", "text": "Leitung / Ansprechpartnerin: Frau Anna-Lena Rüther", "head": ["Anna-Lena Rüther"]},
    {"id": "g13-label-07", "html": "<p>Projektleitung „Sprachbrücke“: Frau Ivana Marić</p><p>Leitung KI: Herr "
     "Tarik Hamdi</p>", "head": ["Tarik Hamdi"], "must_not": {"head": ["Ivana Marić"]}},
    {"id": "g13-label-08", "text": "Leiterin: Frau Gabriele Overbeck, Telefon 0209 169-3310", "head": ["Gabriele Overbeck"]},
    {"id": "g13-label-09", "html": "<h3>Leitung</h3><p>Herr Karim Nasser</p><h3>Team</h3><p>Frau Lea Schulte, "
     "Herr Omar Said</p>", "head": ["Karim Nasser"], "must_not": {"head": ["Lea Schulte", "Omar Said"]}},
    {"id": "g13-label-10", "text": "Pressekontakt: Frau Nina Albrecht, Presse- und Öffentlichkeitsarbeit", "head": [],
     "must_not": {"head": ["Nina Albrecht"]}},
    {"id": "g13-label-11", "text": "Leitung des Integrationszentrums: Dr. Mehtap Öztürk-Lange", "head": ["Mehtap Öztürk-Lange"]},
    {"id": "g13-label-12", "html": "<p>Ansprechpartnerin Leitung:<br>Frau Efua Owusu-Berger</p>", "head": ["Efua Owusu-Berger"]},
    # ---------------------------------------------------------------- role, then name
    {"id": "g13-roleName-01", "text": "Die Leiterin des Integrationszentrums, Frau Małgorzata Wrona, begrüßte die Gäste.",
     "head": ["Małgorzata Wrona"]},
    {"id": "g13-roleName-02", "text": "KI-Leiter Thorsten Wiegand zeigte sich zufrieden.", "head": ["Thorsten Wiegand"]},
    {"id": "g13-roleName-03", "text": "Leiterin des Kommunalen Integrationszentrums ist seit Juni Frau Hilal Aydemir.",
     "head": ["Hilal Aydemir"]},
    {"id": "g13-roleName-04", "text": "Der Leiter des KI, Herr Dr. Kwabena Osei, verwies auf die hohe Nachfrage.",
     "head": ["Kwabena Osei"]},
    {"id": "g13-roleName-05", "html": "<p>Leiter des Kommunalen Integrationszentrums</p><p>Herr Lukas Brenninkmeyer</p>"
     "<p>Telefon 02381 17-2200</p>", "head": ["Lukas Brenninkmeyer"]},
    {"id": "g13-roleName-06", "text": "Integrationszentrumsleiterin Vesna Ilić freute sich über den Zuspruch.",
     "head": ["Vesna Ilić"]},
    {"id": "g13-roleName-07", "text": "Neue Leiterin des KI wird zum 1. Oktober Frau Marie Kettler.", "head": ["Marie Kettler"]},
    {"id": "g13-roleName-08", "text": "Als Leiter des Integrationszentrums begrüßte Herr Ahmad Rasuli die Gäste.",
     "head": ["Ahmad Rasuli"]},
    {"id": "g13-roleName-09", "text": "Der neue Chef des Integrationszentrums heißt Jan-Philipp Terhorst.",
     "head": ["Jan-Philipp Terhorst"]},
    {"id": "g13-roleName-10", "text": "Die Leitung des KI, Frau Songül Ateş, lädt herzlich ein.", "head": ["Songül Ateş"]},
    {"id": "g13-roleName-11", "text": "Leiterin Franziska Oberdiek betonte die gute Zusammenarbeit mit den Schulen.",
     "head": ["Franziska Oberdiek"]},
    {"id": "g13-roleName-12", "text": "Die Leiterin des Amtes für Soziales, Frau Birgit Rahe, und die Leiterin des KI, "
     "Frau Ayça Yavuz, luden gemeinsam ein.", "head": ["Ayça Yavuz"], "must_not": {"head": ["Birgit Rahe"]}},
    # ---------------------------------------------------------------- not the head
    {"id": "g13-other-01", "text": "Herr Norbert Kamp, Leiter des Fachbereichs Jugend, zu dem das Integrationszentrum "
     "gehört, sprach ein Grußwort.", "head": [], "must_not": {"head": ["Norbert Kamp"]}},
    {"id": "g13-other-02", "text": "Die Vorsitzende des Integrationsrates, Frau Hava Kılıç, dankte dem KI für die "
     "Unterstützung.", "head": [], "must_not": {"head": ["Hava Kılıç"]}},
    {"id": "g13-other-03", "text": "Dezernent Herr Wolfgang Rehberg, in dessen Geschäftsbereich das KI liegt, "
     "eröffnete die Tagung.", "head": [], "must_not": {"head": ["Wolfgang Rehberg"]}},
    {"id": "g13-other-04", "text": "Projektleiterin Frau Sarah Mbeki stellte das KOMM-AN-Programm des "
     "Integrationszentrums vor.", "head": [], "must_not": {"head": ["Sarah Mbeki"]}},
    {"id": "g13-other-05", "text": "Frau Helga Simons leitete das Integrationszentrum von 2012 bis 2020.", "head": [],
     "must_not": {"head": ["Helga Simons"]}},
    {"id": "g13-other-06", "text": "Für Presseanfragen wenden Sie sich bitte an Herrn Marco Lindemann, Pressestelle der "
     "Stadt.", "head": [], "must_not": {"head": ["Marco Lindemann"]}},
    {"id": "g13-other-07", "text": "Herr Erkan Usta leitet das Amt für Schule und Bildung, dem das KI angegliedert ist.",
     "head": [], "must_not": {"head": ["Erkan Usta"]}},
    {"id": "g13-other-08", "text": "Frau Dr. Anja Biesenbach, Leiterin des Gesundheitsamtes, informierte im "
     "Integrationszentrum über Impfangebote.", "head": [], "must_not": {"head": ["Anja Biesenbach"]}},
    {"id": "g13-other-09", "text": "Die stellvertretende Leiterin des KI, Frau Merve Tunç, moderierte die Runde.",
     "head": [], "must_not": {"head": ["Merve Tunç"]}},
    {"id": "g13-other-10", "text": "Beigeordnete Frau Claudia Frerichs lobte die Arbeit des Kommunalen "
     "Integrationszentrums.", "head": [], "must_not": {"head": ["Claudia Frerichs"]}},
    {"id": "g13-other-11", "text": "Herr Patrick Neumann leitet die Ausländerbehörde, die eng mit dem KI "
     "zusammenarbeitet.", "head": [], "must_not": {"head": ["Patrick Neumann"]}},
    {"id": "g13-other-12", "text": "Der frühere Leiter des Integrationszentrums, Herr Rainer Schöttler, wurde in den "
     "Ruhestand verabschiedet.", "head": [], "must_not": {"head": ["Rainer Schöttler"]}},
    {"id": "g13-other-13", "text": "Frau Doris Lehnert, Leiterin des Büros des Integrationsrates, nahm an der Sitzung "
     "des KI teil.", "head": [], "must_not": {"head": ["Doris Lehnert"]}},
    {"id": "g13-other-14", "text": "Herr Stephan Grewe leitet das Jobcenter Talheim; das KI ist Kooperationspartner.",
     "head": [], "must_not": {"head": ["Stephan Grewe"]}},
    {"id": "g13-other-15", "text": "Die Leitung des Projekts „Rucksack Schule“ im KI hat Frau Elena Popa.", "head": [],
     "must_not": {"head": ["Elena Popa"]}},
    {"id": "g13-other-16", "text": "Die Integrationsbeauftragte Frau Aleyna Güler arbeitet eng mit dem KI zusammen.",
     "head": [], "must_not": {"head": ["Aleyna Güler"]}},
    {"id": "g13-other-17", "text": "Frau Jutta Ramm, bis März Leiterin des KI, wechselte in die Bezirksregierung.",
     "head": [], "must_not": {"head": ["Jutta Ramm"]}},
    {"id": "g13-other-18", "text": "Herr Konstantin Weber leitet die Abteilung Jugendhilfe im Jugendamt, das Räume "
     "mit dem Integrationszentrum teilt.", "head": [], "must_not": {"head": ["Konstantin Weber"]}},
    {"id": "g13-other-19", "text": "Die Leitung der Geschäftsstelle des Integrationsrates liegt bei Frau Pınar Ekin.",
     "head": [], "must_not": {"head": ["Pınar Ekin"]}},
    {"id": "g13-other-20", "text": "Staatssekretärin Frau Gonca Türkeli-Dehnert besuchte das Kommunale "
     "Integrationszentrum.", "head": [], "must_not": {"head": ["Gonca Türkeli-Dehnert"]}},
    {"id": "g13-other-21", "text": "Herr Laurenz Mertens ist Schulleiter der Gesamtschule, mit der das KI ein "
     "Sprachcamp plant.", "head": [], "must_not": {"head": ["Laurenz Mertens"]}},
]
ASIDE13 = [c for i, c in enumerate(_ROUND13) if i % 3 == 2]
CASES13 = [c for i, c in enumerate(_ROUND13) if i % 3 != 2]
