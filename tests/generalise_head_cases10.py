"""Tenth round of the private check set for heads (issue 7), written before any code for it, in the
forms that are weakest on unseen text: compound roles ("Integrationszentrumsleiterin", "KI-Chefin",
"Amtsleitung/Teamleitung des KI"), back-references (a person introduced first, the role given in a
later sentence by a pronoun or a description: "Sie leitet …", "Die gebürtige Kölnerin …"), name then
role in apposition, dashes and brackets, verb forms (passive, fronted participles, object-first order,
perfect and future, "innehaben", "übertragen", "beauftragt"), and label rows in several markups —
with long clauses between the parts, titles, and names of Turkish, Kurdish, Arabic, Persian, Polish,
Greek, Vietnamese, Italian, Spanish, Nigerian and Dutch origin. About a third of the cases name people
who are *not* the centre's head (heads of other units, institutions or towns, mayors, Dezernenten,
press contacts, predecessors, event leads). Invented people and towns only; same schema as the corpus.

Every third case is ASIDE10: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_ROUND10: list[dict] = [
    # ---------------------------------------------------------------- compound roles
    {"id": "g10-compound-01", "text": "Integrationszentrumsleiterin Şirin Kaplan-Weber eröffnete am Montag die Ausstellung im Foyer "
     "des Rathauses.", "head": ["Şirin Kaplan-Weber"]},
    {"id": "g10-compound-02", "text": "Wie KI-Leiter Dr. Marek Zieliński berichtet, haben sich im vergangenen Schuljahr mehr als "
     "400 Familien beraten lassen.", "head": ["Marek Zieliński"]},
    {"id": "g10-compound-03", "text": "Amtsleitung/Teamleitung des KI: Frau Rojda Aslan", "head": ["Rojda Aslan"]},
    {"id": "g10-compound-04", "text": "Die KI-Chefin, Hoang Thi Mai, sieht in dem neuen Landesprogramm einen wichtigen Schritt.",
     "head": ["Hoang Thi Mai"]},
    {"id": "g10-compound-05", "text": "Zentrumsleiter Georgios Antoniadis verweist auf die deutlich gestiegenen Anmeldezahlen.",
     "head": ["Georgios Antoniadis"]},
    {"id": "g10-compound-06", "text": "Jugendamtsleiterin Beate Scholten und Schulamtsdirektorin Renate Kühl begrüßten die Gäste "
     "im Integrationszentrum.", "head": [], "must_not": {"head": ["Beate Scholten", "Renate Kühl"]}},
    {"id": "g10-compound-07", "text": "Integrationszentrums-Leiter Bartosz Wójcik und sein Team laden am Samstag zum Tag der "
     "offenen Tür ein.", "head": ["Bartosz Wójcik"]},
    {"id": "g10-compound-08", "text": "Die Abteilungsleiterin Kommunales Integrationszentrum, Frau Hêvî Demir, nahm den Preis im "
     "Namen des ganzen Teams entgegen.", "head": ["Hêvî Demir"]},
    {"id": "g10-compound-09", "text": "VHS-Leiterin Karin Esser arbeitet seit Jahren eng mit dem Kommunalen Integrationszentrum "
     "zusammen.", "head": [], "must_not": {"head": ["Karin Esser"]}},
    {"id": "g10-compound-10", "text": "Sachgebietsleitung Kommunales Integrationszentrum: Herr Tuan Anh Pham",
     "head": ["Tuan Anh Pham"]},
    {"id": "g10-compound-11", "text": "Die neue KI-Leiterin heißt Agnieszka Kowalczyk-Brandt und kommt aus dem Sozialamt.",
     "head": ["Agnieszka Kowalczyk-Brandt"]},
    {"id": "g10-compound-12", "text": "Der Leiter des Integrationszentrums im Nachbarkreis, Herr Luca De Santis, stellte das dortige "
     "Mentorenprogramm vor.", "head": [], "must_not": {"head": ["Luca De Santis"]}},
    # ---------------------------------------------------------------- back-references
    {"id": "g10-backref-01", "text": "Ayşe Demirci ist Sozialpädagogin und arbeitet seit 2009 in der Stadtverwaltung.\n\n"
     "Seit dem vergangenen Sommer leitet sie das Kommunale Integrationszentrum.", "head": ["Ayşe Demirci"]},
    {"id": "g10-backref-02", "text": "Wir freuen uns, Ihnen Frau Dr. Layla Haddad vorzustellen. Die gebürtige Kölnerin hat zum "
     "1. März die Leitung des Integrationszentrums übernommen.", "head": ["Layla Haddad"]},
    {"id": "g10-backref-03", "text": "Herr Kostas Papadakis kam 2015 aus Thessaloniki an den Niederrhein. Heute führt er das KI mit "
     "einem Team aus zwölf Beschäftigten.", "head": ["Kostas Papadakis"]},
    {"id": "g10-backref-04", "text": "Frau Nilüfer Akın studierte Erziehungswissenschaften in Bochum und Istanbul. Nach Stationen "
     "bei einem freien Träger und im Jugendamt wechselte sie 2021 ins Integrationszentrum, dessen Leitung sie seit "
     "Januar innehat.", "head": ["Nilüfer Akın"]},
    {"id": "g10-backref-05", "text": "Herr Ralf Gerdes ist Erster Beigeordneter der Stadt. Er leitet das Dezernat für Bildung und "
     "Soziales, zu dem auch das KI gehört.", "head": [], "must_not": {"head": ["Ralf Gerdes"]}},
    {"id": "g10-backref-06", "text": "Im Mittelpunkt des Abends stand Frau Zeynep Ocak. Die 42-Jährige steht dem Kommunalen "
     "Integrationszentrum seit Jahresbeginn als Leiterin vor.", "head": ["Zeynep Ocak"]},
    {"id": "g10-backref-07", "text": "Darius Rahimi – diesen Namen sollten sich die Schulen im Kreis merken. Er ist der neue "
     "Leiter des Integrationszentrums und selbst als Kind aus Teheran gekommen.", "head": ["Darius Rahimi"]},
    {"id": "g10-backref-08", "text": "Frau Helga Brück leitete das Zentrum bis 2019. Sie ist inzwischen im Ruhestand; die Stelle "
     "hat Herr Jakub Nowicki übernommen.", "head": ["Jakub Nowicki"], "must_not": {"head": ["Helga Brück"]}},
    {"id": "g10-backref-09", "text": "Frau Thu Trang Vu gehört seit 2016 zum Team des KI. Seit Oktober leitet die "
     "Sozialwissenschaftlerin das Zentrum kommissarisch.", "head": ["Thu Trang Vu"], "acting": True},
    {"id": "g10-backref-10", "text": "Herr Mustafa Kılıç ist Vorsitzender des Integrationsrats. Er begrüßte die Gäste im "
     "Kommunalen Integrationszentrum.", "head": [], "must_not": {"head": ["Mustafa Kılıç"]}},
    {"id": "g10-backref-11", "text": "Neu im Amt: Frau Magdalena Szymańska. Sie hat am 1. April die Leitung übernommen und will "
     "die Elternarbeit ausbauen.", "head": ["Magdalena Szymańska"]},
    {"id": "g10-backref-12", "text": "Frau Ioanna Katsaros ist in Wuppertal aufgewachsen und hat in Münster Jura studiert. Seit "
     "2020 steht die Juristin an der Spitze des Kommunalen Integrationszentrums.", "head": ["Ioanna Katsaros"]},
    {"id": "g10-backref-13", "html": "<h2>Wir über uns</h2><p>Das Kommunale Integrationszentrum berät Familien, Schulen und "
     "Vereine.</p><h3>Emine Kurt</h3><p>Die Diplom-Pädagogin ist seit 2018 dabei und leitet das Zentrum seit 2022.</p>"
     "<h3>Jan van der Meulen</h3><p>Er ist Ansprechpartner für den Seiteneinstieg.</p>",
     "head": ["Emine Kurt"], "must_not": {"head": ["Jan van der Meulen"]}},
    {"id": "g10-backref-14", "text": "Frau Ana de la Cruz ist Lehrerin an der Realschule Süd. Sie leitet dort die Sprachförderung "
     "und kooperiert mit dem KI.", "head": [], "must_not": {"head": ["Ana de la Cruz"]}},
    # ---------------------------------------------------------------- name, then role
    {"id": "g10-appos-01", "text": "Frau Berivan Yıldız, seit 2018 Leiterin des Kommunalen Integrationszentrums im Kreis, "
     "begrüßte die Teilnehmenden.", "head": ["Berivan Yıldız"]},
    {"id": "g10-appos-02", "text": "Herr Dr. Piotr Lewandowski (Leitung KI) und Frau Jana Otte (Schulamt) stellten die "
     "Ergebnisse der Befragung vor.", "head": ["Piotr Lewandowski"], "must_not": {"head": ["Jana Otte"]}},
    {"id": "g10-appos-03", "text": "Das Grußwort sprach Herr Hamid Noori, der das KI seit 2017 leitet.", "head": ["Hamid Noori"]},
    {"id": "g10-appos-04", "text": "Frau Sophie Nguyen-Hartmann – Leiterin des Integrationszentrums – erklärte, warum die "
     "Beratung künftig auch abends stattfindet.", "head": ["Sophie Nguyen-Hartmann"]},
    {"id": "g10-appos-05", "text": "Herr Emre Çelik (Leiter der Musikschule) spielte mit Kindern aus den Sprachkursen des KI.",
     "head": [], "must_not": {"head": ["Emre Çelik"]}},
    {"id": "g10-appos-06", "text": "Maria Grazia Ferraro, die Leiterin unseres Integrationszentrums, ist zugleich Sprecherin der "
     "Arbeitsgemeinschaft im Regierungsbezirk.", "head": ["Maria Grazia Ferraro"]},
    {"id": "g10-appos-07", "text": "Mit dabei waren Bürgermeisterin Anke Roth, Herr Serkan Aydın (Leiter des KI) sowie "
     "Vertreterinnen der Grundschulen.", "head": ["Serkan Aydın"], "must_not": {"head": ["Anke Roth"]}},
    {"id": "g10-appos-08", "text": "Prof. Dr. Elif Şahin-Krämer, Leiterin des Kommunalen Integrationszentrums, und Herr Uwe Pohl, "
     "Dezernent für Soziales, unterzeichneten die Vereinbarung.", "head": ["Elif Şahin-Krämer"],
     "must_not": {"head": ["Uwe Pohl"]}},
    {"id": "g10-appos-09", "text": "Frau Dilan Baran (kommissarische Leiterin des KI) lädt jeden Dienstag zur offenen "
     "Sprechstunde ein.", "head": ["Dilan Baran"], "acting": True},
    {"id": "g10-appos-10", "text": "Herr Wojciech Mazur, bis 2022 Leiter des Integrationszentrums, erzählt von den Anfängen.",
     "head": [], "must_not": {"head": ["Wojciech Mazur"]}},
    {"id": "g10-appos-11", "text": "Frau Chloé Dubois, Leiterin des Jugendmigrationsdienstes der Caritas, und Frau Nermin Topal, "
     "Leiterin des Kommunalen Integrationszentrums, stellten das gemeinsame Projekt vor.", "head": ["Nermin Topal"],
     "must_not": {"head": ["Chloé Dubois"]}},
    {"id": "g10-appos-12", "text": "Gastgeberin war Frau Hanife Güneş, die im Kreishaus das Integrationszentrum leitet.",
     "head": ["Hanife Güneş"]},
    # ---------------------------------------------------------------- verb forms
    {"id": "g10-verb-01", "text": "Geleitet wird das Kommunale Integrationszentrum von Frau Rania Mansour.", "head": ["Rania Mansour"]},
    {"id": "g10-verb-02", "text": "Das KI wird seit 2020 von Herrn Dr. Tomasz Kaczmarek geführt.", "head": ["Tomasz Kaczmarek"]},
    {"id": "g10-verb-03", "text": "Seit dem 1. Januar 2024 hat Herr Azad Şimşek die Leitung des Integrationszentrums inne.",
     "head": ["Azad Şimşek"]},
    {"id": "g10-verb-04", "text": "Frau Paula Moreno García leitete das KI bis zu ihrem Wechsel ins Ministerium; heute wird es "
     "von Herrn Jonas Brink geleitet.", "head": ["Jonas Brink"], "must_not": {"head": ["Paula Moreno García"]}},
    {"id": "g10-verb-05", "text": "Künftig wird Frau Mira Ahmadi das Integrationszentrum leiten.", "head": ["Mira Ahmadi"]},
    {"id": "g10-verb-06", "text": "Das Kommunale Integrationszentrum leitet seit 2019 Frau Hatice Korkmaz.", "head": ["Hatice Korkmaz"]},
    {"id": "g10-verb-07", "text": "Frau Dr. Eirini Vlachou steuert als Leiterin die Arbeit des KI.", "head": ["Eirini Vlachou"]},
    {"id": "g10-verb-08", "text": "Herr Stefan Wolters leitet das Amt für Schule und Bildung, dem das KI angehört.",
     "head": [], "must_not": {"head": ["Stefan Wolters"]}},
    {"id": "g10-verb-09", "text": "Mit der kommissarischen Leitung des Zentrums wurde Herr Kaveh Moradi beauftragt.",
     "head": ["Kaveh Moradi"], "acting": True},
    {"id": "g10-verb-10", "text": "Das KI, das von Frau Ngozi Eze geleitet wird, bietet Beratung in elf Sprachen an.",
     "head": ["Ngozi Eze"]},
    {"id": "g10-verb-11", "text": "The Municipal Integration Centre has been led by Ms Svetlana Ivanova since 2021.",
     "head": ["Svetlana Ivanova"]},
    {"id": "g10-verb-12", "text": "Die Leitung des Fachtags im Kommunalen Integrationszentrum hatte Frau Heike Lindner.",
     "head": [], "must_not": {"head": ["Heike Lindner"]}},
    {"id": "g10-verb-13", "text": "Die Leitung des Integrationszentrums wurde zum 1. Juli Herrn Baran Doğan übertragen.",
     "head": ["Baran Doğan"]},
    {"id": "g10-verb-14", "text": "Für das Zentrum zeichnet Herr Minh Quang Le als Leiter verantwortlich.", "head": ["Minh Quang Le"]},
    {"id": "g10-verb-15", "text": "Herr Ali Reza Karimi leitet das Kommunale Integrationszentrum der Nachbarstadt Oberau und war "
     "zu Gast.", "head": [], "must_not": {"head": ["Ali Reza Karimi"]}},
    # ---------------------------------------------------------------- label rows
    {"id": "g10-label-01", "text": "Leiterin: Frau Gülşen Erdoğan\nStellv. Leiter: Herr Niklas Brandt\nSekretariat: Frau Ute Kranz",
     "head": ["Gülşen Erdoğan"], "must_not": {"head": ["Niklas Brandt", "Ute Kranz"]}},
    {"id": "g10-label-02", "html": "<p><strong>Ansprechpartner Leitung:</strong><br>Herr Dr. Anas Al-Hashimi<br>Raum 3.05</p>",
     "head": ["Anas Al-Hashimi"]},
    {"id": "g10-label-03", "text": "Bürgermeister: Herr Hubert Lammers\nDezernentin: Frau Dr. Kerstin Ahrens\nPressestelle: "
     "Herr Jan Fuchs", "head": [], "must_not": {"head": ["Hubert Lammers", "Kerstin Ahrens", "Jan Fuchs"]}},
    {"id": "g10-label-04", "text": "Leitung (kommissarisch): Frau Soraya Benhaddou", "head": ["Soraya Benhaddou"], "acting": True},
    {"id": "g10-label-05", "html": "<table><tr><th>Leitung des KI</th><td>Frau Małgorzata Wiśniewska</td></tr>"
     "<tr><th>Leitung Schulamt</th><td>Herr Bernd Otten</td></tr></table>", "head": ["Małgorzata Wiśniewska"],
     "must_not": {"head": ["Bernd Otten"]}},
    {"id": "g10-label-06", "html": "<h3>Kontakt</h3><p>Leitung Integrationszentrum:</p><p>Roza Hassan</p>"
     "<p>Telefon: 0209 169-2231</p>", "head": ["Roza Hassan"]},
    {"id": "g10-label-07", "text": "Teamleitung Schule: Frau Eva Kranz\nLeitung KI: Herr Yannis Petridis",
     "head": ["Yannis Petridis"], "must_not": {"head": ["Eva Kranz"]}},
    {"id": "g10-label-08", "text": "Leitung des Kommunalen Integrationszentrums – Dr. Cemile Acar", "head": ["Cemile Acar"]},
    {"id": "g10-label-09", "html": "<dl><dt>Name</dt><dd>Kaan Öztürk</dd><dt>Funktion</dt><dd>Leiter des KI</dd></dl>",
     "head": ["Kaan Öztürk"]},
    {"id": "g10-label-10", "text": "Presse: Frau Lea Hoffmann | Leitung: Herr Rahim Sultani | Verwaltung: Frau Ina Beck",
     "head": ["Rahim Sultani"], "must_not": {"head": ["Lea Hoffmann", "Ina Beck"]}},
    # ---------------------------------------------------------------- other people on the same page
    {"id": "g10-other-01", "text": "Das KI gehört zum Fachbereich Bildung unter Leitung von Herrn Thorsten Kamp. Ansprechpartnerin "
     "im KI ist Frau Seda Yurt.", "head": [], "must_not": {"head": ["Thorsten Kamp"]}},
    {"id": "g10-other-02", "text": "Oberbürgermeister Dr. Frank Hellwig gratulierte dem Integrationszentrum zum zehnjährigen "
     "Bestehen. Die Leiterin, Frau Vesna Popović, dankte dem Team.", "head": ["Vesna Popović"],
     "must_not": {"head": ["Frank Hellwig"]}},
    {"id": "g10-other-03", "text": "Frau Aleyna Koç ist Leiterin des Integrationszentrums. Für Presseanfragen wenden Sie sich "
     "bitte an Herrn Markus Stein, Pressesprecher der Stadt.", "head": ["Aleyna Koç"], "must_not": {"head": ["Markus Stein"]}},
    {"id": "g10-other-04", "text": "Die Schulleiterin der Gesamtschule Nord, Frau Ilse Becker, berichtete von ihren Erfahrungen "
     "mit dem KI.", "head": [], "must_not": {"head": ["Ilse Becker"]}},
    {"id": "g10-other-05", "text": "Kreisdirektorin Dr. Barbara Lenz nannte das KI einen Gewinn für den Kreis. Leiter Emeka Obi "
     "ergänzte, dass die Nachfrage weiter steige.", "head": ["Emeka Obi"], "must_not": {"head": ["Barbara Lenz"]}},
    {"id": "g10-other-06", "text": "Die Beratung im KI übernimmt Frau Sara Haile. Das Amt, zu dem das Zentrum gehört, wird von "
     "Herrn Günter Marx geleitet.", "head": [], "must_not": {"head": ["Sara Haile", "Günter Marx"]}},
]
ASIDE10 = [c for i, c in enumerate(_ROUND10) if i % 3 == 2]
CASES10 = [c for i, c in enumerate(_ROUND10) if i % 3 != 2]
