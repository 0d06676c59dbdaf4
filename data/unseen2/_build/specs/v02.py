ID = 'v02-attica-wildfire-wire'
GENRE = 'emergency briefing, wire copy (Reuters/AP style, ASCII)'
NOTE = ('Genre: wire copy on a wildfire emergency, plain ASCII (straight quotes); an inverted indirect attribution '
        '(", the fire brigade said."); an indirect quote interrupted by an attribution with a title ("..., Civil '
        'Protection Minister Nikos Vlachos said, and ..."); a briefing quote followed by "adding that"; a quotation split by an inverted '
        'attribution with an age and a relative clause (said Eleni Papadaki, 74, who ...); an emergency text message '
        'quoted after "that read:" (optional, as the first set treats a sign that "reads"); a group speaker ("Some '
        'residents"); "accused the government of" with a quoted word; "called the response" plus a quoted word '
        '(fragment); "rejected the criticism" and "denied that" (noun-phrase and clause contents); an anonymous police '
        'official; a grid operator\'s statement; "appealed for" (URGES, noun-phrase content); a country as speaker '
        '(Cyprus); "Athens" used for Greece is a mention of the country, as the dev set does for capitals.')
NONQUOTES = []
TEXT = """
Greek wildfire forces evacuation of 12 villages north of Athens; minister defends response

By Katerina Doukas and Alex Mercer

ATHENS, Aug 9 (Meridian) - A wildfire fanned by gale-force winds tore through pine forest north of Athens on Saturday, forcing the evacuation of 12 villages and a children's hospital as more than 600 firefighters battled flames up to 25 metres (82 feet) high.

No deaths have been reported, but at least 14 people were treated for burns and smoke inhalation, the fire brigade said.

"The next 24 hours are critical. The wind is forecast to strengthen overnight and we are fighting on three fronts," fire brigade spokesman Ioannis Karras told a televised briefing in Athens, adding that the blaze had burned an estimated 4,800 hectares since it broke out near the village of Varnavas on Friday afternoon.

Eight water-dropping planes and 11 helicopters were operating over the fire front, Civil Protection Minister Nikos Vlachos said, and more aircraft would join them at first light.

"We are asking people to trust the evacuation orders. Property can be rebuilt. Lives cannot," Vlachos said.

Residents of Varnavas and neighbouring villages received an emergency text message from the civil protection service shortly after 4 p.m. on Friday that read: "Wildfire in your area. Leave now towards Marathon."

Some residents said the warning came too late.

"By the time the message came, we could already see the flames from the kitchen," said Eleni Papadaki, 74, who fled her home in Kapandriti with her grandson. "Nobody came to tell us anything. We left with what we were wearing."

The main opposition party, the Progressive Alliance, accused the government of "gutting" the forest service in successive budgets. Its spokeswoman, Dimitra Lazarou, called the response "chaotic" and said ministers had "learned nothing" from the fires of previous summers.

Vlachos rejected the criticism. "This is not the moment for politics. When the fire is out, I will answer every question in parliament," he told reporters at the fire command centre in Marathon.

He denied that funding had been cut, saying the firefighting budget had risen by 18 percent since 2022 and that 500 seasonal firefighters had been hired this year.

The state weather service issued a red warning for the Attica region, saying temperatures would reach 41 degrees Celsius (106 F) on Sunday with northerly winds of up to 80 km per hour.

A police official, who spoke on condition of anonymity because he was not authorised to speak to the media, said investigators were examining whether the fire had been started by sparks from a power line.

The grid operator, Attica Power Networks, said in a statement that it was "cooperating fully" with investigators and that there was "no evidence at this stage" linking its equipment to the fire.

In Marathon, where a sports hall has been turned into a shelter for about 900 people, Mayor Stavros Kyriakidis appealed for donations of bottled water, baby formula and medicine.

"We have beds. What we need now is patience and water," he said.

At the evacuated St Anna Children's Clinic in Penteli, director Sofia Marinou said all 46 young patients had been moved safely to hospitals in Athens overnight.

"Our nurses carried incubators down four flights of stairs in the dark. I have never been prouder of anyone," she said.

Cyprus said it was ready to send two more firefighting aircraft if Athens requested them, adding to the four planes already sent by Cyprus and Italy under a European mutual assistance scheme.

According to the weather service, conditions are unlikely to ease before Tuesday.

(Reporting by Katerina Doukas in Athens and Alex Mercer in Marathon; Editing by Ruth Callaghan)
"""
QUOTES = [
 dict(type='indirect', c='No deaths have been reported, but at least 14 people were treated for burns and smoke inhalation', s='Greek fire brigade', m='the fire brigade', cue='said', r='STATES'),
 dict(type='direct', c='The next 24 hours are critical. The wind is forecast to strengthen overnight and we are fighting on three fronts,', s='Ioannis Karras', m='fire brigade spokesman Ioannis Karras', cue='told', r='WARNS', ra=['STATES']),
 dict(type='indirect', c='the blaze had burned an estimated 4,800 hectares since it broke out near the village of Varnavas on Friday afternoon', s='Ioannis Karras', m='fire brigade spokesman Ioannis Karras', cue='adding', r='STATES'),
 dict(type='indirect', c='Eight water-dropping planes and 11 helicopters were operating over the fire front, Civil Protection Minister Nikos Vlachos said, and more aircraft would join them at first light', frags=['Eight water-dropping planes and 11 helicopters were operating over the fire front', 'and more aircraft would join them at first light'], s='Nikos Vlachos', m='Civil Protection Minister Nikos Vlachos', cue='said', r='STATES', ra=['PROMISES']),
 dict(type='direct', c='We are asking people to trust the evacuation orders. Property can be rebuilt. Lives cannot,', s='Nikos Vlachos', m='Vlachos', cue='said', r='URGES', ra=['WARNS'], ta=['residents']),
 dict(type='direct', c='Wildfire in your area. Leave now towards Marathon.', s='Greek civil protection authorities', m='the civil protection service', cue='read', r='WARNS', ra=['URGES'], t='residents', opt=True),
 dict(type='indirect', c='the warning came too late', s='some residents', m='Some residents', cue='said', r='CRITICIZES', ra=['STATES'], t='Greek civil protection authorities', ta=['Greece']),
 dict(type='direct', c='By the time the message came, we could already see the flames from the kitchen,', s='Eleni Papadaki', m='Eleni Papadaki', cue='said', r='STATES', ra=['CRITICIZES'], ta=['Greek civil protection authorities']),
 dict(type='direct', c='Nobody came to tell us anything. We left with what we were wearing.', s='Eleni Papadaki', m='Eleni Papadaki', cue='said', r='CRITICIZES', ra=['STATES'], ta=['Greek civil protection authorities', 'Greece']),
 dict(type='mixed', c='"gutting" the forest service in successive budgets', s='Progressive Alliance', m='The main opposition party, the Progressive Alliance', cue='accused', r='ACCUSES', ra=['CRITICIZES'], t='Greece'),
 dict(type='mixed', c='chaotic', s='Dimitra Lazarou', m='Dimitra Lazarou', cue='called', r='CRITICIZES', t='Greece', ta=['Nikos Vlachos']),
 dict(type='mixed', c='ministers had "learned nothing" from the fires of previous summers', s='Dimitra Lazarou', m='Dimitra Lazarou', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='Greece'),
 dict(type='indirect', c='the criticism', s='Nikos Vlachos', m='Vlachos', cue='rejected', r='REJECTS', t='Progressive Alliance', ta=['Dimitra Lazarou']),
 dict(type='direct', c='This is not the moment for politics. When the fire is out, I will answer every question in parliament,', s='Nikos Vlachos', m='he', cue='told', r='REJECTS', ra=['PROMISES', 'STATES'], t='Progressive Alliance', ta=['Dimitra Lazarou']),
 dict(type='indirect', c='funding had been cut', s='Nikos Vlachos', m='He', cue='denied', r='DENIES', t='Progressive Alliance', ta=['Dimitra Lazarou']),
 dict(type='indirect', c='the firefighting budget had risen by 18 percent since 2022 and that 500 seasonal firefighters had been hired this year', s='Nikos Vlachos', m='He', cue='saying', r='STATES', ra=['DENIES'], ta=['Progressive Alliance']),
 dict(type='indirect', c='temperatures would reach 41 degrees Celsius (106 F) on Sunday with northerly winds of up to 80 km per hour', s='Greek state weather service', m='The state weather service', cue='saying', r='WARNS', ra=['STATES']),
 dict(type='indirect', c='investigators were examining whether the fire had been started by sparks from a power line', s='police official', m='A police official', cue='said', r='STATES'),
 dict(type='mixed', c='it was "cooperating fully" with investigators and that there was "no evidence at this stage" linking its equipment to the fire', s='Attica Power Networks', m='The grid operator, Attica Power Networks', cue='said', r='DENIES', ra=['STATES']),
 dict(type='indirect', c='donations of bottled water, baby formula and medicine', s='Stavros Kyriakidis', m='Mayor Stavros Kyriakidis', cue='appealed for', r='URGES'),
 dict(type='direct', c='We have beds. What we need now is patience and water,', s='Stavros Kyriakidis', m='he', cue='said', r='STATES', ra=['URGES']),
 dict(type='indirect', c='all 46 young patients had been moved safely to hospitals in Athens overnight', s='Sofia Marinou', m='director Sofia Marinou', cue='said', r='STATES'),
 dict(type='direct', c='Our nurses carried incubators down four flights of stairs in the dark. I have never been prouder of anyone,', s='Sofia Marinou', m='she', cue='said', r='PRAISES', ra=['STATES'], t='St Anna nurses'),
 dict(type='indirect', c='it was ready to send two more firefighting aircraft if Athens requested them', s='Cyprus', m='Cyprus', cue='said', r='PROMISES', ra=['STATES'], t='Greece'),
 dict(type='indirect', c='conditions are unlikely to ease before Tuesday', s='Greek state weather service', m='the weather service', cue='According to', r='STATES', ra=['WARNS']),
]
ENTITIES = [
 ('Ioannis Karras', 'PERSON', ['fire brigade spokesman Ioannis Karras']),
 ('Nikos Vlachos', 'PERSON', ['Civil Protection Minister Nikos Vlachos', 'Vlachos']),
 ('Eleni Papadaki', 'PERSON', ['Eleni Papadaki']),
 ('Dimitra Lazarou', 'PERSON', ['Dimitra Lazarou', 'Its spokeswoman']),
 ('Stavros Kyriakidis', 'PERSON', ['Mayor Stavros Kyriakidis']),
 ('Sofia Marinou', 'PERSON', ['director Sofia Marinou']),
 ('police official', 'PERSON', ['A police official']),
 ('Katerina Doukas', 'PERSON', ['Katerina Doukas']),
 ('Alex Mercer', 'PERSON', ['Alex Mercer']),
 ('Ruth Callaghan', 'PERSON', ['Ruth Callaghan']),
 ('Greek fire brigade', 'ORGANIZATION', ['the fire brigade']),
 ('Greek civil protection authorities', 'ORGANIZATION', ['the civil protection service']),
 ('Greek state weather service', 'ORGANIZATION', ['The state weather service', 'the weather service']),
 ('Progressive Alliance', 'ORGANIZATION', ['The main opposition party, the Progressive Alliance', 'the Progressive Alliance']),
 ('Attica Power Networks', 'ORGANIZATION', ['The grid operator, Attica Power Networks', 'Attica Power Networks']),
 ('St Anna Children\'s Clinic', 'ORGANIZATION', ["St Anna Children's Clinic"]),
 ('Meridian', 'ORGANIZATION', ['Meridian']),
 ('St Anna nurses', 'GROUP', ['Our nurses']),
 ('residents', 'GROUP', ['Residents of Varnavas and neighbouring villages']),
 ('some residents', 'GROUP', ['Some residents']),
 ('Greece', 'COUNTRY', ['Greek', 'the government', 'ministers', 'Athens']),
 ('Cyprus', 'COUNTRY', ['Cyprus']),
 ('Italy', 'COUNTRY', ['Italy']),
 ('Attica', 'LOCATION', ['Attica']),
 ('Marathon', 'LOCATION', ['Marathon']),
 ('Varnavas', 'LOCATION', ['Varnavas']),
 ('Kapandriti', 'LOCATION', ['Kapandriti']),
 ('Penteli', 'LOCATION', ['Penteli']),
]
