"""Twelfth round of the private check set for heads (issue 7), written before any code for it, in the
forms that still miss most on unseen text: verb forms in every tense and word order (übernimmt /
übernahm / hat übernommen / wird übernehmen, verantwortet, steht … vor, führt, lenkt, koordiniert als
Leiterin, ist zuständig, ernannt / bestellt / beauftragt), name then role in appositions, lists, cards
and sentence starts ("X, seit 2021 Leiterin des KI, …", "X (Leitung)", "X – Leitung KI"), later
back-references (surname only, "die neue Leiterin", "sie", "die Diplom-Pädagogin", "die
38-Jährige"), acting heads in all wordings (kommissarisch, vertretungsweise, in Vertretung,
interimistisch, bis zur Neubesetzung, übergangsweise, "nimmt die Leitung wahr"), "unter (der)
Leitung/Federführung", label-colon with odd labels ("Leitung des Teams:", "KI-Leitung:",
"Ansprechperson Leitung:"), role then name across a line break or an HTML element, name-copula-role
— and the distractors that cost precision: the head of another unit or office on the same page
(Amtsleiter, Fachbereichsleiterin, Dezernent, the Integrationsrat's office, a school's head, the
Jobcenter, a project lead), the predecessor and the deputy. Names of Turkish, Arabic, Kurdish,
Polish, Russian, Ukrainian, Greek, Italian, Ghanaian, Nigerian, Senegalese, Vietnamese, Bosnian and
Dutch origin, double surnames, particles and titles (Dr., Dipl.-Soz., Dipl.-Päd.). Invented people
and towns only; same schema as the corpus.

Every third case is ASIDE12: never tuned on, reported apart by ``python -m bench.generalise_score``.
"""

from __future__ import annotations

_ROUND12: list[dict] = [
    # ---------------------------------------------------------------- verb forms
    {"id": "g12-verb-01", "text": "Frau Büşra Yıldırım übernimmt ab dem 1. März die Leitung des Kommunalen "
     "Integrationszentrums.", "head": ["Büşra Yıldırım"]},
    {"id": "g12-verb-02", "text": "Im vergangenen Herbst übernahm Herr Kwame Mensah die Leitung des KI von seiner "
     "Vorgängerin.", "head": ["Kwame Mensah"]},
    {"id": "g12-verb-03", "text": "Die Leitung des Integrationszentrums hat zum Jahresbeginn Frau Dr. Agnieszka "
     "Wójcik-Brandt übernommen.", "head": ["Agnieszka Wójcik-Brandt"]},
    {"id": "g12-verb-04", "text": "Herr Nguyen Van Thanh wird im Sommer die Leitung des Integrationszentrums übernehmen.",
     "head": ["Nguyen Van Thanh"]},
    {"id": "g12-verb-05", "text": "Seit Oktober verantwortet Frau Eleni Papadopoulou das Kommunale Integrationszentrum "
     "der Stadt.", "head": ["Eleni Papadopoulou"]},
    {"id": "g12-verb-06", "text": "Dem KI steht seit 2022 Herr Dipl.-Soz. Jürgen Wefers-Aksoy vor.",
     "head": ["Jürgen Wefers-Aksoy"]},
    {"id": "g12-verb-07", "text": "Als Leiterin koordiniert Frau Rojda Demir die Arbeit des Integrationszentrums.",
     "head": ["Rojda Demir"]},
    {"id": "g12-verb-08", "text": "Für die Leitung des Kommunalen Integrationszentrums ist Herr Salvatore Lo Russo "
     "zuständig.", "head": ["Salvatore Lo Russo"]},
    {"id": "g12-verb-09", "text": "Herr Abdullah Al-Masri ist als Leitung für das KI zuständig.", "head": ["Abdullah Al-Masri"]},
    {"id": "g12-verb-10", "text": "Die Geschicke des Integrationszentrums lenkt seit drei Jahren Frau Akosua Boateng.",
     "head": ["Akosua Boateng"]},
    {"id": "g12-verb-11", "text": "Frau Oksana Melnyk führt seit dem Frühjahr das Kommunale Integrationszentrum in der "
     "Nachfolge von Herrn Peter Hahn.", "head": ["Oksana Melnyk"], "must_not": {"head": ["Peter Hahn"]}},
    {"id": "g12-verb-12", "text": "Das Integrationszentrum wird seit Januar von Frau Giulia Esposito-Kramer geleitet.",
     "head": ["Giulia Esposito-Kramer"]},
    {"id": "g12-verb-13", "text": "Mit der Leitung des KI wurde Herr Hasan Çelik beauftragt.", "head": ["Hasan Çelik"]},
    {"id": "g12-verb-14", "text": "Herr Andreas Papadakis leitet die Musikschule, die im selben Haus wie das KI "
     "untergebracht ist.", "head": [], "must_not": {"head": ["Andreas Papadakis"]}},
    {"id": "g12-verb-15", "text": "Frau Ngoc Anh Tran hat die Leitung des Integrationszentrums im Mai abgegeben; ihr folgt "
     "Herr Mehmet Kılıç.", "head": ["Mehmet Kılıç"], "must_not": {"head": ["Ngoc Anh Tran"]}},
    {"id": "g12-verb-16", "text": "Die Stadt hat Frau Lamia Benali zur neuen Leiterin des Integrationszentrums ernannt.",
     "head": ["Lamia Benali"]},
    {"id": "g12-verb-17", "text": "Zum neuen Leiter des Kommunalen Integrationszentrums wurde Herr Efe Karaman bestellt.",
     "head": ["Efe Karaman"]},
    # ---------------------------------------------------------------- name, then role
    {"id": "g12-nameRole-01", "text": "Frau Zeynep Arıkan, seit 2021 Leiterin des KI, begrüßte die Gäste im Ratssaal.",
     "head": ["Zeynep Arıkan"]},
    {"id": "g12-nameRole-02", "text": "Herr Kofi Asante (Leitung) und Frau Maria Lindner (Sekretariat) sind Ihre "
     "Ansprechpersonen.", "head": ["Kofi Asante"], "must_not": {"head": ["Maria Lindner"]}},
    {"id": "g12-nameRole-03", "html": "<p>Ewa Kowalczyk – Leitung KI<br>Telefon 0211 8899-100</p>",
     "head": ["Ewa Kowalczyk"]},
    {"id": "g12-nameRole-04", "text": "Dr. Mustafa Haddad, Leiter des Integrationszentrums der Stadt Musterstadt, sprach ein "
     "Grußwort.", "head": ["Mustafa Haddad"]},
    {"id": "g12-nameRole-05", "text": "Die Begrüßung übernahm Frau Anastasia Iwanowa, Leiterin des Kommunalen "
     "Integrationszentrums.", "head": ["Anastasia Iwanowa"]},
    {"id": "g12-nameRole-06", "html": "<ul><li>Frau Lena Hoffmann, Verwaltung</li><li>Herr Dr. Serkan Öz, Leitung</li>"
     "<li>Frau Aida Mahmoud, Bildungsberatung</li></ul>", "head": ["Serkan Öz"],
     "must_not": {"head": ["Lena Hoffmann", "Aida Mahmoud"]}},
    {"id": "g12-nameRole-07", "html": "<div class=\"card\"><h3>Dipl.-Päd. Marija Petrović</h3><p>Leiterin Kommunales "
     "Integrationszentrum</p><p>Tel. 0203 4455-20</p></div>", "head": ["Marija Petrović"]},
    {"id": "g12-nameRole-08", "text": "Frau Yaa Owusu, die das Integrationszentrum seit 2020 leitet, stellte die Bilanz vor.",
     "head": ["Yaa Owusu"]},
    {"id": "g12-nameRole-09", "text": "Kerstin van der Linde, Leiterin KI, und Emre Aksoy, Bildungskoordinator, luden zum "
     "Fachtag ein.", "head": ["Kerstin van der Linde"], "must_not": {"head": ["Emre Aksoy"]}},
    {"id": "g12-nameRole-10", "text": "Frau Rana Saeed (Leiterin des Jugendamts) und Herr Piotr Zając (Leiter des KI) "
     "unterzeichneten die Vereinbarung.", "head": ["Piotr Zając"], "must_not": {"head": ["Rana Saeed"]}},
    {"id": "g12-nameRole-11", "html": "<p><strong>Christos Antoniou</strong>, Leitung des Kommunalen "
     "Integrationszentrums</p><p>Raum 2.14, Telefon 02331 207-315</p>", "head": ["Christos Antoniou"]},
    {"id": "g12-nameRole-12", "text": "Herr Dariusz Lewandowski, bis 2023 Leiter des KI, ist in den Ruhestand gegangen.",
     "head": [], "must_not": {"head": ["Dariusz Lewandowski"]}},
    {"id": "g12-nameRole-13", "text": "Ein Grußwort sprach Frau Hevin Yilmaz-Schäfer, die neue Leiterin des Kommunalen "
     "Integrationszentrums.", "head": ["Hevin Yilmaz-Schäfer"]},
    # ---------------------------------------------------------------- later back-references
    {"id": "g12-backref-01", "text": "Frau Dilara Keskin hat Soziale Arbeit in Bochum studiert. Die neue Leiterin des KI "
     "war zuvor in der Flüchtlingsberatung tätig.", "head": ["Dilara Keskin"]},
    {"id": "g12-backref-02", "text": "Jakub Nowicki ist 45 Jahre alt und lebt mit seiner Familie in Musterstadt. Seit "
     "Februar leitet Nowicki das Integrationszentrum.", "head": ["Jakub Nowicki"]},
    {"id": "g12-backref-03", "text": "Frau Dr. Amina Diallo wechselt aus der Bezirksregierung nach Musterstadt. Die "
     "Diplom-Pädagogin übernimmt dort die Leitung des Kommunalen Integrationszentrums.", "head": ["Amina Diallo"]},
    {"id": "g12-backref-04", "text": "Neu im Rathaus ist Frau Selma Hadžić. Sie wird künftig das Integrationszentrum "
     "leiten.", "head": ["Selma Hadžić"]},
    {"id": "g12-backref-05", "text": "Herr Tuan Nguyen stellte sich im Ausschuss vor. Der neue KI-Leiter möchte die "
     "Elternarbeit stärken.", "head": ["Tuan Nguyen"]},
    {"id": "g12-backref-06", "text": "Frau Kübra Aydın begann 2015 als Lehrerin. Heute steht Frau Aydın dem "
     "Integrationszentrum vor.", "head": ["Kübra Aydın"]},
    {"id": "g12-backref-07", "text": "Herr Uwe Krämer ist Schulleiter der Gesamtschule Nord. Er lobte die Zusammenarbeit "
     "mit dem Integrationszentrum.", "head": [], "must_not": {"head": ["Uwe Krämer"]}},
    {"id": "g12-backref-08", "text": "Frau Athina Georgiadou kommt aus dem Jugendamt. Ab Juli übernimmt sie die Leitung "
     "des KI.", "head": ["Athina Georgiadou"]},
    {"id": "g12-backref-09", "text": "Herr Malte Jansen leitete das KI zwölf Jahre lang. Seine Nachfolgerin, Frau Ayten "
     "Koç, tritt ihr Amt im Mai an.", "head": ["Ayten Koç"], "must_not": {"head": ["Malte Jansen"]}},
    {"id": "g12-backref-10", "text": "Frau Nilüfer Özdemir wurde vom Rat einstimmig gewählt. Die 38-Jährige leitet "
     "künftig das Kommunale Integrationszentrum.", "head": ["Nilüfer Özdemir"]},
    # ---------------------------------------------------------------- acting heads
    {"id": "g12-acting-01", "text": "Die Leitung des KI nimmt derzeit Frau Sanja Marković kommissarisch wahr.",
     "head": ["Sanja Marković"], "acting": True},
    {"id": "g12-acting-02", "text": "Bis zur Neubesetzung der Stelle leitet Herr Mohammed Rahimi das Integrationszentrum.",
     "head": ["Mohammed Rahimi"], "acting": True},
    {"id": "g12-acting-03", "text": "Übergangsweise hat Frau Beata Kaczmarek die Leitung des Kommunalen "
     "Integrationszentrums übernommen.", "head": ["Beata Kaczmarek"], "acting": True},
    {"id": "g12-acting-04", "text": "Kommissarische Leiterin des KI ist Frau Ifeoma Nwosu.", "head": ["Ifeoma Nwosu"],
     "acting": True},
    {"id": "g12-acting-05", "text": "Herr Georgios Tsakiris leitet das Integrationszentrum vertretungsweise, bis die Stelle "
     "neu besetzt ist.", "head": ["Georgios Tsakiris"], "acting": True},
    {"id": "g12-acting-06", "text": "In Vertretung der erkrankten Leiterin führt Frau Alina Rusu das KI.",
     "head": ["Alina Rusu"], "acting": True},
    {"id": "g12-acting-07", "text": "Leitung (kommissarisch): Herr Berat Öztürk", "head": ["Berat Öztürk"], "acting": True},
    {"id": "g12-acting-08", "text": "Interimistisch nimmt Herr Lukas Brenner die Leitung des Integrationszentrums wahr.",
     "head": ["Lukas Brenner"], "acting": True},
    {"id": "g12-acting-09", "text": "Frau Mariam Khalil ist seit April kommissarische Leitung des KI.",
     "head": ["Mariam Khalil"], "acting": True},
    {"id": "g12-acting-10", "text": "Nach dem Weggang von Herrn Frank Bauer leitet Frau Hiba Nasser das KI übergangsweise.",
     "head": ["Hiba Nasser"], "acting": True, "must_not": {"head": ["Frank Bauer"]}},
    # ---------------------------------------------------------------- "unter (der) Leitung/Federführung"
    {"id": "g12-under-01", "text": "Unter der Federführung von Frau Roza Abdi hat das Integrationszentrum sein "
     "Beratungsnetz neu aufgestellt.", "head": ["Roza Abdi"]},
    {"id": "g12-under-02", "text": "Das Kommunale Integrationszentrum steht unter Leitung von Herrn Ahmad Sharifi.",
     "head": ["Ahmad Sharifi"]},
    {"id": "g12-under-03", "text": "Unter Leitung von Frau Jolanta Wiśniewska hat das KI sein Angebot für Eltern "
     "ausgebaut.", "head": ["Jolanta Wiśniewska"]},
    {"id": "g12-under-04", "text": "Das Team des Integrationszentrums unter der Leitung von Frau Efua Appiah besucht "
     "regelmäßig die Schulen.", "head": ["Efua Appiah"]},
    {"id": "g12-under-05", "text": "Unter Leitung von Herrn Thomas Feld, Leiter der Volkshochschule, fand im KI ein "
     "Sprachkurs statt.", "head": [], "must_not": {"head": ["Thomas Feld"]}},
    {"id": "g12-under-06", "text": "Das KI – unter der Leitung von Herrn Vasilis Mavros – berät neu zugewanderte Familien.",
     "head": ["Vasilis Mavros"]},
    # ---------------------------------------------------------------- label and colon
    {"id": "g12-label-01", "text": "Leitung des Teams: Frau Sibel Turan", "head": ["Sibel Turan"]},
    {"id": "g12-label-02", "text": "KI-Leitung: Herr Ousmane Diop", "head": ["Ousmane Diop"]},
    {"id": "g12-label-03", "text": "Ansprechperson Leitung: Frau Katharina Nowak-Yıldız", "head": ["Katharina Nowak-Yıldız"]},
    {"id": "g12-label-04", "html": "<dl><dt>Leitung</dt><dd>Frau Dr. Aliya Nurmagambetova</dd><dt>Sekretariat</dt>"
     "<dd>Frau Jana Berg</dd></dl>", "head": ["Aliya Nurmagambetova"], "must_not": {"head": ["Jana Berg"]}},
    {"id": "g12-label-05", "text": "Leiter Kommunales Integrationszentrum: Herr Jens-Uwe Oltmanns", "head": ["Jens-Uwe Oltmanns"]},
    {"id": "g12-label-06", "text": "Leitung Schulamt: Herr Dieter Scholz\nLeitung des KI: Frau Gülsüm Erdoğan",
     "head": ["Gülsüm Erdoğan"], "must_not": {"head": ["Dieter Scholz"]}},
    {"id": "g12-label-07", "text": "Büroleitung Integrationsrat: Frau Sandra Klein", "head": [],
     "must_not": {"head": ["Sandra Klein"]}},
    {"id": "g12-label-08", "html": "<table><tr><th>Funktion</th><th>Name</th></tr><tr><td>Leitung</td><td>Herr Emmanuel "
     "Ofori</td></tr><tr><td>Verwaltung</td><td>Frau Petra Lang</td></tr></table>", "head": ["Emmanuel Ofori"],
     "must_not": {"head": ["Petra Lang"]}},
    # ---------------------------------------------------------------- role, then name (across an element)
    {"id": "g12-roleName-01", "html": "<p>Leiterin des Kommunalen Integrationszentrums<br>Frau Derya Bulut</p>",
     "head": ["Derya Bulut"]},
    {"id": "g12-roleName-02", "html": "<h3>Leitung des KI</h3><p>Frau Soraya Azizi<br>Telefon 0209 169-4410</p>",
     "head": ["Soraya Azizi"]},
    {"id": "g12-roleName-03", "text": "KI-Leiterin Dr. Ewa Zielonka begrüßte die neuen Sprachmittlerinnen.",
     "head": ["Ewa Zielonka"]},
    {"id": "g12-roleName-04", "html": "<p>Leitung</p><p><a href=\"mailto:a.wolff@musterstadt.example\">Frau Anja Wolff</a></p>",
     "head": ["Anja Wolff"]},
    {"id": "g12-roleName-05", "text": "Die Leiterin des Integrationszentrums, die Sozialwissenschaftlerin Dr. Layla Hassan, "
     "betonte die Bedeutung der Sprachförderung.", "head": ["Layla Hassan"]},
    {"id": "g12-roleName-06", "html": "<p>Leiterin: <span class=\"name\">Frau Ioanna Pappas</span></p>",
     "head": ["Ioanna Pappas"]},
    # ---------------------------------------------------------------- name, copula, role
    {"id": "g12-copula-01", "text": "Frau Pınar Şahin ist die neue Leitung des Kommunalen Integrationszentrums.",
     "head": ["Pınar Şahin"]},
    {"id": "g12-copula-02", "text": "Leiter des KI ist seit dem 1. Juni Herr Kwabena Darko.", "head": ["Kwabena Darko"]},
    {"id": "g12-copula-03", "text": "Herr Wojciech Mazur bleibt Leiter des Integrationszentrums.", "head": ["Wojciech Mazur"]},
    {"id": "g12-copula-04", "text": "Die neue Leiterin des Integrationszentrums heißt Aylin Karadeniz.",
     "head": ["Aylin Karadeniz"]},
    # ---------------------------------------------------------------- heads of other units, predecessors, deputies
    {"id": "g12-other-01", "text": "Amtsleiter Herr Rolf Winter und KI-Leiterin Frau Songül Yüksel stellten den "
     "Jahresbericht vor.", "head": ["Songül Yüksel"], "must_not": {"head": ["Rolf Winter"]}},
    {"id": "g12-other-02", "text": "Frau Meike Stratmann, Fachbereichsleiterin Jugend, Schule und Integration, eröffnete "
     "das Fest des KI.", "head": [], "must_not": {"head": ["Meike Stratmann"]}},
    {"id": "g12-other-03", "text": "Dezernent Dr. Hubert Lohmann würdigte die Arbeit des Kommunalen Integrationszentrums.",
     "head": [], "must_not": {"head": ["Hubert Lohmann"]}},
    {"id": "g12-other-04", "text": "Herr Ali Rıza Koç leitet die Geschäftsstelle des Integrationsrates.", "head": [],
     "must_not": {"head": ["Ali Rıza Koç"]}},
    {"id": "g12-other-05", "text": "Frau Birgit Hennes, Rektorin der Grundschule am Park, und Frau Nour El-Amin, "
     "Leiterin des KI, stellten das Projekt vor.", "head": ["Nour El-Amin"], "must_not": {"head": ["Birgit Hennes"]}},
    {"id": "g12-other-06", "text": "Die Projektleitung von „Mama lernt Deutsch“ liegt bei Frau Tatjana Schmidt.",
     "head": [], "must_not": {"head": ["Tatjana Schmidt"]}},
    {"id": "g12-other-07", "text": "Stellvertretende Leitung: Frau Emine Çakır", "head": [],
     "must_not": {"head": ["Emine Çakır"]}},
    {"id": "g12-other-08", "text": "Herr Stefan Möller war bis Ende 2024 Leiter des Integrationszentrums; seine Nachfolge "
     "ist noch offen.", "head": [], "must_not": {"head": ["Stefan Möller"]}},
    {"id": "g12-other-09", "text": "Frau Kamila Nowak leitet das Jobcenter Musterstadt, das eng mit dem KI zusammenarbeitet.",
     "head": [], "must_not": {"head": ["Kamila Nowak"]}},
    {"id": "g12-other-10", "text": "Die Leiterin des Ausländeramts, Frau Gisela Voß, informierte im KI über das "
     "Aufenthaltsrecht.", "head": [], "must_not": {"head": ["Gisela Voß"]}},
    {"id": "g12-other-11", "text": "Frau Aynur Polat leitet das KI; ihr Stellvertreter ist Herr Holger Brinkmann.",
     "head": ["Aynur Polat"], "must_not": {"head": ["Holger Brinkmann"]}},
    {"id": "g12-other-12", "text": "Der Leiter des Integrationszentrums im Kreis Nordstadt, Herr Yannick Mbeki, besuchte "
     "Musterstadt.", "head": [], "must_not": {"head": ["Yannick Mbeki"]}},
    {"id": "g12-other-13", "text": "Herr Heinz Albers leitet das Amt für Schule und Bildung. Frau Deniz Akgül leitet das "
     "Kommunale Integrationszentrum.", "head": ["Deniz Akgül"], "must_not": {"head": ["Heinz Albers"]}},
    {"id": "g12-other-14", "text": "Das Projekt „Sprachbrücke“ wird von Frau Valentina Rossi geleitet, die im KI "
     "angestellt ist.", "head": [], "must_not": {"head": ["Valentina Rossi"]}},
    # ---------------------------------------------------------------- harder wordings (second batch, same rules)
    {"id": "g12-verb-18", "text": "An der Spitze des Integrationszentrums steht seit dem Sommer Frau Halima Yusuf.",
     "head": ["Halima Yusuf"]},
    {"id": "g12-verb-19", "text": "Frau Chiara Morelli tritt zum 1. April die Nachfolge von Herrn Bernd Otte als Leiterin "
     "des KI an.", "head": ["Chiara Morelli"], "must_not": {"head": ["Bernd Otte"]}},
    {"id": "g12-verb-20", "text": "Herr Adebayo Okafor folgt auf Frau Ursula Dreyer, die das Integrationszentrum seit 2010 "
     "geleitet hatte.", "head": ["Adebayo Okafor"], "must_not": {"head": ["Ursula Dreyer"]}},
    {"id": "g12-verb-21", "text": "Mit der Leitung des Kommunalen Integrationszentrums ist Frau Sinem Uysal betraut.",
     "head": ["Sinem Uysal"]},
    {"id": "g12-verb-22", "text": "Die Leitung des Zentrums liegt in den Händen von Herrn Vladimir Kuznetsov.",
     "head": ["Vladimir Kuznetsov"]},
    {"id": "g12-verb-23", "text": "Herr Karim Bouzid wurde vom Kreistag zum Leiter des Kreisintegrationszentrums berufen.",
     "head": ["Karim Bouzid"]},
    {"id": "g12-verb-24", "text": "Frau Małgorzata Krawczyk hat die Leitung des KI von Herrn Dirk Sommer übernommen.",
     "head": ["Małgorzata Krawczyk"], "must_not": {"head": ["Dirk Sommer"]}},
    {"id": "g12-verb-25", "text": "Das KI, das Frau Hatice Güneş seit 2018 leitet, zieht im Herbst in die Altstadt.",
     "head": ["Hatice Güneş"]},
    {"id": "g12-verb-26", "text": "Als neue Leiterin des Integrationszentrums stellte sich Frau Dr. Ebru Kalkan im "
     "Ausschuss vor.", "head": ["Ebru Kalkan"]},
    {"id": "g12-verb-27", "text": "Herr Babak Rostami stellte sich dem Integrationsrat als neuer Leiter des KI vor.",
     "head": ["Babak Rostami"]},
    {"id": "g12-verb-28", "text": "Das Team um KI-Leiterin Frau Ayşe Korkmaz hat die Broschüre erstellt.",
     "head": ["Ayşe Korkmaz"]},
    {"id": "g12-verb-29", "text": "Das Kommunale Integrationszentrum hat eine neue Leiterin: Frau Dr. Noor Haidari.",
     "head": ["Noor Haidari"]},
    {"id": "g12-nameRole-14", "text": "Ihre Ansprechpartnerin ist Frau Tamara Jovanović, Leiterin des Kommunalen "
     "Integrationszentrums.", "head": ["Tamara Jovanović"]},
    {"id": "g12-nameRole-15", "html": "<p>Frau Gül Ateş | Leitung | Telefon 0521 51-6780</p>", "head": ["Gül Ateş"]},
    {"id": "g12-nameRole-16", "text": "Ansprechpartnerin: Frau Leila Mansour (Leiterin)", "head": ["Leila Mansour"]},
    {"id": "g12-nameRole-17", "html": "<table><tr><td>Frau Natalia Wiśniewska</td><td>Leiterin des KI, Grundsatzfragen"
     "</td></tr><tr><td>Herr Tarik Demir</td><td>Seiteneinstieg</td></tr></table>", "head": ["Natalia Wiśniewska"],
     "must_not": {"head": ["Tarik Demir"]}},
    {"id": "g12-nameRole-18", "text": "Herr Kwesi Mensah, kommissarischer Leiter des KI, eröffnete die Sitzung.",
     "head": ["Kwesi Mensah"], "acting": True},
    {"id": "g12-backref-11", "text": "Herr Farid Nazari kam 2016 nach Musterstadt. Als Leiter des KI ist er heute "
     "Ansprechpartner für Schulen und Vereine.", "head": ["Farid Nazari"]},
    {"id": "g12-backref-12", "text": "„Sprache ist der Schlüssel“, sagt Frau Vesna Kovačević. Die Leiterin des "
     "Integrationszentrums setzt auf frühe Förderung.", "head": ["Vesna Kovačević"]},
    {"id": "g12-backref-13", "text": "Frau Derya Yıldız stellte das Programm vor. „Wir wollen alle Eltern erreichen“, "
     "betonte die Leiterin des KI.", "head": ["Derya Yıldız"]},
    {"id": "g12-backref-14", "text": "Herr Kenan Arslan ist Sozialpädagoge. Frau Arslan-Becker, seine Kollegin, leitet das "
     "Jugendzentrum am Markt.", "head": [], "must_not": {"head": ["Kenan Arslan"]}},
    {"id": "g12-acting-11", "text": "Die kommissarische Leitung hat Frau Mirela Popović.", "head": ["Mirela Popović"],
     "acting": True},
    {"id": "g12-acting-12", "text": "Bis eine Nachfolge gefunden ist, führt Herr Onur Baş das Integrationszentrum "
     "kommissarisch.", "head": ["Onur Baş"], "acting": True},
    {"id": "g12-acting-13", "text": "Frau Julia Nowak (komm. Leitung)", "head": ["Julia Nowak"], "acting": True},
    {"id": "g12-acting-14", "text": "Vertretungsweise Leitung: Herr Sami Hamdi", "head": ["Sami Hamdi"], "acting": True},
    {"id": "g12-acting-15", "text": "Nach dem Ausscheiden von Frau Hannelore Beck hat Herr Reza Moradi übergangsweise die "
     "Leitung des KI übernommen.", "head": ["Reza Moradi"], "acting": True, "must_not": {"head": ["Hannelore Beck"]}},
    {"id": "g12-under-07", "text": "Das Integrationszentrum (Leitung: Frau Dr. Shirin Tehrani) lädt zum Fachtag ein.",
     "head": ["Shirin Tehrani"]},
    {"id": "g12-under-08", "text": "Unter der Leitung der Diplom-Sozialpädagogin Fatma Aksoy arbeiten acht Fachkräfte im "
     "Integrationszentrum.", "head": ["Fatma Aksoy"]},
    {"id": "g12-under-09", "text": "Das KI (Leiterin: Frau Ana Ribeiro) berät Familien in allen Fragen der Schule.",
     "head": ["Ana Ribeiro"]},
    {"id": "g12-label-09", "text": "Leitung und Koordination: Frau Elif Doğan", "head": ["Elif Doğan"]},
    {"id": "g12-label-10", "html": "<h4>Leitung des Kommunalen Integrationszentrums</h4><p>Herr Yiannis Kostas</p>"
     "<h4>Schulpsychologie</h4><p>Frau Anke Wiese</p>", "head": ["Yiannis Kostas"], "must_not": {"head": ["Anke Wiese"]}},
    {"id": "g12-label-11", "text": "Kontakt Leitung: Herr Amadou Sow, Telefon 0231 50-27711", "head": ["Amadou Sow"]},
    {"id": "g12-other-15", "text": "Frau Sabine Kolb, Leiterin des Amtes für Integration, zu dem das KI gehört, "
     "begrüßte den Minister.", "head": [], "must_not": {"head": ["Sabine Kolb"]}},
    {"id": "g12-other-16", "text": "Frau Renate Busch übernahm 2015 die Leitung des KI. Seit 2023 leitet Herr Ibrahim "
     "Touré das Integrationszentrum.", "head": ["Ibrahim Touré"], "must_not": {"head": ["Renate Busch"]}},
    {"id": "g12-other-17", "text": "Die frühere Leiterin des KI, Frau Monika Roth, wurde verabschiedet.", "head": [],
     "must_not": {"head": ["Monika Roth"]}},
    {"id": "g12-other-18", "text": "Frau Selin Öztürk leitet im KI den Bereich Bildung und Schule.", "head": [],
     "must_not": {"head": ["Selin Öztürk"]}},
    {"id": "g12-other-19", "text": "Frau Dorota Baran ist Leiterin der Abteilung Bildung im Kommunalen "
     "Integrationszentrum.", "head": [], "must_not": {"head": ["Dorota Baran"]}},
    {"id": "g12-other-20", "text": "Herr Ahmet Şen, Vorsitzender des Integrationsrates, leitete die Sitzung im "
     "Integrationszentrum.", "head": [], "must_not": {"head": ["Ahmet Şen"]}},
    {"id": "g12-other-21", "text": "Die Leitung der Arbeitsgruppe Sprache hat Frau Hanna Pohl übernommen.", "head": [],
     "must_not": {"head": ["Hanna Pohl"]}},
    {"id": "g12-other-22", "text": "Bürgermeisterin Frau Gerda Lenz und die Leiterin des KI, Frau Samira Aziz, eröffneten "
     "die Ausstellung.", "head": ["Samira Aziz"], "must_not": {"head": ["Gerda Lenz"]}},
    {"id": "g12-other-23", "text": "Herr Jörg Wendland, ehemals Leiter des Kommunalen Integrationszentrums, leitet heute "
     "das Sozialamt.", "head": [], "must_not": {"head": ["Jörg Wendland"]}},
    # ---------------------------------------------------------------- third batch (written before its code, same rules)
    {"id": "g12-verb-30", "text": "Die Aufgaben der Leitung des KI nimmt seit Januar Frau Zofia Malinowska wahr.",
     "head": ["Zofia Malinowska"]},
    {"id": "g12-nameRole-19", "text": "Frau Seda Karakaya – seit 2019 an der Spitze des KI – berichtete über das Jahr.",
     "head": ["Seda Karakaya"]},
    {"id": "g12-verb-31", "text": "Die Stelle der Leitung des Integrationszentrums ist seit Mai mit Herrn Kojo Asamoah "
     "besetzt.", "head": ["Kojo Asamoah"]},
    {"id": "g12-verb-32", "text": "Herr Gerd Pfeiffer gibt die Leitung des KI zum Monatsende an Frau Aischa Darwish ab.",
     "head": ["Aischa Darwish"], "must_not": {"head": ["Gerd Pfeiffer"]}},
    {"id": "g12-label-12", "text": "Leitung: Dipl.-Sozialpäd. (FH) Marta de la Cruz", "head": ["Marta de la Cruz"]},
    {"id": "g12-label-13", "text": "Leitung: Hr. Emre Yavuz", "head": ["Emre Yavuz"]},
    {"id": "g12-other-24", "text": "Frau Vera Lamm leitet das Projekt Rucksack im Integrationszentrum.", "head": [],
     "must_not": {"head": ["Vera Lamm"]}},
    {"id": "g12-verb-33", "text": "Frau Rabia Güler trägt seit 2022 die Verantwortung für das Kommunale "
     "Integrationszentrum.", "head": ["Rabia Güler"]},
    {"id": "g12-verb-34", "text": "Das KI liegt in der Verantwortung von Herrn Stavros Lambrou.", "head": ["Stavros Lambrou"]},
    {"id": "g12-verb-35", "text": "Frau Ece Tunç ist Diplom-Pädagogin und leitet seit 2017 das Integrationszentrum.",
     "head": ["Ece Tunç"]},
    {"id": "g12-nameRole-20", "text": "Herr Miroslav Novák, Jahrgang 1975, leitet das Kommunale Integrationszentrum.",
     "head": ["Miroslav Novák"]},
    {"id": "g12-copula-05", "text": "Frau Yasmin Haddad ist Sozialarbeiterin und Leiterin des Kommunalen "
     "Integrationszentrums.", "head": ["Yasmin Haddad"]},
    {"id": "g12-nameRole-21", "text": "Herr Elias Petridis (Leiter) und Frau Nina Graf (Stellvertreterin) beraten im KI.",
     "head": ["Elias Petridis"], "must_not": {"head": ["Nina Graf"]}},
    {"id": "g12-verb-36", "text": "Herr Kamal Uddin ist seit 2020 im KI tätig und hat 2023 die Leitung übernommen.",
     "head": ["Kamal Uddin"]},
    {"id": "g12-acting-16", "text": "Frau Daria Sobczak ist mit der kommissarischen Leitung des KI beauftragt.",
     "head": ["Daria Sobczak"], "acting": True},
    {"id": "g12-acting-17", "text": "Die Stelle der Leitung ist derzeit unbesetzt; kommissarisch leitet Herr Nabil Saad das "
     "Integrationszentrum.", "head": ["Nabil Saad"], "acting": True},
    {"id": "g12-under-10", "text": "Das Integrationszentrum wird unter der Leitung von Frau Beatriz Santos neu aufgestellt.",
     "head": ["Beatriz Santos"]},
    {"id": "g12-label-14", "html": "<p>Leitung:<br>Frau Hanife Acar<br>Telefon 02361 50-1234</p>", "head": ["Hanife Acar"]},
    {"id": "g12-roleName-07", "html": "<ul><li><strong>Leitung:</strong> Frau Dr. Farah Nouri</li><li><strong>"
     "Sekretariat:</strong> Frau Ute Kern</li></ul>", "head": ["Farah Nouri"], "must_not": {"head": ["Ute Kern"]}},
    {"id": "g12-roleName-08", "html": "<table><tr><td>Leiter des KI</td><td>Dr. Ahmet Bilgin</td><td>0203 283-5500</td>"
     "</tr></table>", "head": ["Ahmet Bilgin"]},
    {"id": "g12-other-25", "text": "Frau Heike Sander, Leiterin des Amtes für Schule, dem das KI zugeordnet ist, sprach "
     "ein Grußwort.", "head": [], "must_not": {"head": ["Heike Sander"]}},
    {"id": "g12-other-26", "text": "Frau Petra Holz übernahm im Mai die Leitung des Jugendamtes.", "head": [],
     "must_not": {"head": ["Petra Holz"]}},
    {"id": "g12-other-27", "text": "Herr Lars Brandt, der das KI bis 2021 leitete, ist heute im Ministerium tätig.",
     "head": [], "must_not": {"head": ["Lars Brandt"]}},
    {"id": "g12-other-28", "text": "Frau Susanne Wirth leitet kommissarisch das Jugendamt, zu dem auch das KI gehört.",
     "head": [], "must_not": {"head": ["Susanne Wirth"]}},
    {"id": "g12-backref-15", "text": "Frau Roxana Ionescu lebt seit 2009 in Musterstadt. Seit März hat sie die Leitung des "
     "Integrationszentrums inne.", "head": ["Roxana Ionescu"]},
    {"id": "g12-backref-16", "text": "Herr Tomás Herrera wurde 1980 in Sevilla geboren. Heute leitet der Politologe das KI.",
     "head": ["Tomás Herrera"]},
    {"id": "g12-label-15", "text": "Leitung und Ansprechpartnerin: Frau Mervenur Kaya", "head": ["Mervenur Kaya"]},
    {"id": "g12-other-29", "text": "Herr Yusuf Aydın leitet das Sachgebiet Schule im Kommunalen Integrationszentrum.",
     "head": [], "must_not": {"head": ["Yusuf Aydın"]}},
    {"id": "g12-verb-37", "text": "Frau Ana Lucía Gómez steht dem Team des Kommunalen Integrationszentrums vor.",
     "head": ["Ana Lucía Gómez"]},
    {"id": "g12-other-30", "text": "Die Leitung der Veranstaltung hatte Frau Irina Wolkowa vom Integrationszentrum.",
     "head": [], "must_not": {"head": ["Irina Wolkowa"]}},
]
ASIDE12 = [c for i, c in enumerate(_ROUND12) if i % 3 == 2]
CASES12 = [c for i, c in enumerate(_ROUND12) if i % 3 != 2]
