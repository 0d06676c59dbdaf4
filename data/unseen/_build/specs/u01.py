ID = 'u01-port-strike-wire'
GENRE = 'wire copy (Reuters/AP style)'
NOTE = ('Genre: wire copy with dateline and reporting credit; straight ASCII quotes with apostrophes; a whole lead sentence '
        'attributed at its end ("..., union leaders said."); inverted attribution ("said X"); a quote split by its '
        'attribution; organisation speakers ("the company said"); "according to"; an anonymous source; noun-phrase '
        'fragment ("dismissed ... as "words on paper""); a programme name in quotes ("Puerto Inteligente") is not a quotation; '
        '"declined to say" is not a quotation.')
NONQUOTES = [('"Puerto Inteligente"', 'programme name')]
TEXT = """
Chilean dockworkers strike over automation plan, halting copper shipments

ANTOFAGASTA, Chile, Oct 8 (Meridian Wire) - Dockworkers at the northern Chilean port of Antofagasta walked off the job on Wednesday in protest at plans to automate two container terminals, halting copper shipments from the region's largest export hub, union leaders said.

The Antofagasta Port Workers Union said about 1,800 of its members had joined the stoppage. At least nine bulk carriers were waiting offshore by late afternoon, according to the port authority.

The automation programme, which terminal operator Pacifico Norte Terminales has branded "Puerto Inteligente", would replace manned cranes and straddle carriers with remote-controlled equipment by 2031.

"We are not against modern cranes. We are against losing 600 jobs so that a company in Santiago can save money," said Rodrigo Paillan, the union's president, speaking from a picket line outside the terminal gates. "Nobody sat down with us. Nobody."

Pacifico Norte, which won a 30-year concession to run the port in 2019, said in a statement that the plan would be phased in over five years and that no permanent employee would be dismissed. It disputed the union's figure of 600 jobs, arguing that most affected workers would be retrained to operate the remote equipment.

"The union has been given every figure it asked for," the company said, adding that it remained "open to dialogue at any time."

Chile's Mining Minister Valentina Ossandon urged both sides to return to talks, warning that a prolonged stoppage would hurt smaller mines that lacked alternative export routes.

"Every day the port is closed costs the country money it does not have," Ossandon told reporters in Santiago. She declined to say whether the government would invoke emergency powers to force workers back.

Copper accounts for about half of Chile's exports. Antofagasta handles roughly a fifth of the country's copper concentrate shipments, according to the Northern Mining Council, an industry group.

Analysts said the immediate impact on global copper prices was limited but could grow if the strike spread.

"Markets can live with a few days. If this runs into a second week and the other ports join in, that's a different story," said Ines Valdebenito, a metals analyst at Cordillera Securities in Santiago.

Dockworkers at the ports of Mejillones and Iquique held one-hour solidarity stoppages on Wednesday, and their leaders vowed to escalate if Pacifico Norte did not withdraw the plan.

Paillan dismissed the company's assurances as "words on paper" and accused it of using the phased timeline to "divide the old workers from the young ones."

"They say nobody will be fired. They don't say who will be hired in 2031, because the answer is nobody," he said.

A union official, who asked not to be named because he was not authorised to speak to the media, said members had voted to extend the strike "indefinitely" at a mass meeting on Wednesday evening.

Pacifico Norte did not respond to a request for comment on the vote.

The government's labour inspectorate said it would send mediators to Antofagasta on Thursday. Its regional director, Hernan Villagra, said he was "reasonably optimistic" that both sides would agree to meet.

(Reporting by Camila Reyes in Antofagasta and Tomas Lagos in Santiago; Editing by Helen Marsh)
"""
QUOTES = [
 dict(type='indirect', c="Dockworkers at the northern Chilean port of Antofagasta walked off the job on Wednesday in protest at plans to automate two container terminals, halting copper shipments from the region's largest export hub", s='union leaders', m='union leaders', cue='said', r='STATES'),
 dict(type='indirect', c='about 1,800 of its members had joined the stoppage', s='Antofagasta Port Workers Union', m='The Antofagasta Port Workers Union', cue='said', r='STATES'),
 dict(type='indirect', c='At least nine bulk carriers were waiting offshore by late afternoon', s='Antofagasta port authority', m='the port authority', cue='according to', r='STATES'),
 dict(type='direct', c='We are not against modern cranes. We are against losing 600 jobs so that a company in Santiago can save money,', s='Rodrigo Paillan', m='Rodrigo Paillan', cue='said', r='CRITICIZES', ra=['STATES', 'ACCUSES'], t='Pacifico Norte Terminales'),
 dict(type='direct', c='Nobody sat down with us. Nobody.', s='Rodrigo Paillan', m='Rodrigo Paillan', cue='said', r='CRITICIZES', ra=['ACCUSES', 'STATES'], t='Pacifico Norte Terminales'),
 dict(type='indirect', c='the plan would be phased in over five years and that no permanent employee would be dismissed', s='Pacifico Norte Terminales', m='Pacifico Norte', cue='said', r='STATES', ra=['PROMISES', 'DENIES'], ta=['Antofagasta Port Workers Union']),
 dict(type='indirect', c="the union's figure of 600 jobs", s='Pacifico Norte Terminales', m='It', cue='disputed', r='DENIES', ra=['REJECTS'], t='Antofagasta Port Workers Union'),
 dict(type='indirect', c='most affected workers would be retrained to operate the remote equipment', s='Pacifico Norte Terminales', m='It', cue='arguing', r='CLAIMS', ra=['STATES', 'PROMISES'], ta=['Antofagasta Port Workers Union']),
 dict(type='direct', c='The union has been given every figure it asked for,', s='Pacifico Norte Terminales', m='the company', cue='said', r='DENIES', ra=['REJECTS', 'STATES'], t='Antofagasta Port Workers Union', ta=['Rodrigo Paillan']),
 dict(type='mixed', c='it remained "open to dialogue at any time."', s='Pacifico Norte Terminales', m='the company', cue='adding', r='STATES', ra=['PROMISES'], ta=['Antofagasta Port Workers Union']),
 dict(type='indirect', c='return to talks', s='Valentina Ossandon', m="Chile's Mining Minister Valentina Ossandon", cue='urged', r='URGES', ta=['Antofagasta Port Workers Union', 'Pacifico Norte Terminales']),
 dict(type='indirect', c='a prolonged stoppage would hurt smaller mines that lacked alternative export routes', s='Valentina Ossandon', m="Chile's Mining Minister Valentina Ossandon", cue='warning', r='WARNS'),
 dict(type='direct', c='Every day the port is closed costs the country money it does not have,', s='Valentina Ossandon', m='Ossandon', cue='told', r='WARNS', ra=['STATES']),
 dict(type='indirect', c="Antofagasta handles roughly a fifth of the country's copper concentrate shipments", s='Northern Mining Council', m='the Northern Mining Council', cue='according to', r='STATES'),
 dict(type='indirect', c='the immediate impact on global copper prices was limited but could grow if the strike spread', s='analysts', m='Analysts', cue='said', r='STATES', ra=['WARNS']),
 dict(type='direct', c="Markets can live with a few days. If this runs into a second week and the other ports join in, that's a different story,", s='Ines Valdebenito', m='Ines Valdebenito', cue='said', r='WARNS', ra=['STATES']),
 dict(type='indirect', c='to escalate if Pacifico Norte did not withdraw the plan', s='dockworker leaders', m='their leaders', cue='vowed', r='PROMISES', ra=['WARNS'], t='Pacifico Norte Terminales'),
 dict(type='mixed', c='words on paper', s='Rodrigo Paillan', m='Paillan', cue='dismissed', r='REJECTS', ra=['CRITICIZES'], t='Pacifico Norte Terminales'),
 dict(type='mixed', c='using the phased timeline to "divide the old workers from the young ones."', s='Rodrigo Paillan', m='Paillan', cue='accused', r='ACCUSES', ra=['CRITICIZES'], t='Pacifico Norte Terminales'),
 dict(type='direct', c="They say nobody will be fired. They don't say who will be hired in 2031, because the answer is nobody,", s='Rodrigo Paillan', m='he', cue='said', r='CRITICIZES', ra=['ACCUSES', 'REJECTS'], t='Pacifico Norte Terminales'),
 dict(type='indirect', c='nobody will be fired', s='Pacifico Norte Terminales', m='They', cue='say', r='PROMISES', ra=['STATES', 'DENIES'], opt=True),
 dict(type='mixed', c='members had voted to extend the strike "indefinitely" at a mass meeting on Wednesday evening', s='union official', m='A union official', cue='said', r='STATES', ra=['WARNS']),
 dict(type='indirect', c='it would send mediators to Antofagasta on Thursday', s='labour inspectorate', m="The government's labour inspectorate", cue='said', r='STATES', ra=['PROMISES']),
 dict(type='mixed', c='he was "reasonably optimistic" that both sides would agree to meet', s='Hernan Villagra', m='Hernan Villagra', cue='said', r='STATES'),
]
ENTITIES = [
 ('Rodrigo Paillan', 'PERSON', ['Rodrigo Paillan', 'Paillan', "the union's president"]),
 ('Valentina Ossandon', 'PERSON', ["Chile's Mining Minister Valentina Ossandon", 'Ossandon']),
 ('Ines Valdebenito', 'PERSON', ['Ines Valdebenito']),
 ('Hernan Villagra', 'PERSON', ['Hernan Villagra', 'Its regional director']),
 ('union official', 'PERSON', ['A union official']),
 ('union leaders', 'GROUP', ['union leaders']),
 ('analysts', 'GROUP', ['Analysts']),
 ('dockworker leaders', 'GROUP', ['their leaders']),
 ('Antofagasta Port Workers Union', 'ORGANIZATION', ['The Antofagasta Port Workers Union', 'the union', 'The union']),
 ('Pacifico Norte Terminales', 'ORGANIZATION', ['Pacifico Norte Terminales', 'Pacifico Norte', 'the company']),
 ('Antofagasta port authority', 'ORGANIZATION', ['the port authority']),
 ('Northern Mining Council', 'ORGANIZATION', ['the Northern Mining Council']),
 ('Cordillera Securities', 'ORGANIZATION', ['Cordillera Securities']),
 ('labour inspectorate', 'ORGANIZATION', ["The government's labour inspectorate"]),
 ('Meridian Wire', 'ORGANIZATION', ['Meridian Wire']),
 ('Chile', 'COUNTRY', ['Chile', "Chile's", 'the country']),
 ('Antofagasta', 'LOCATION', ['Antofagasta', 'ANTOFAGASTA']),
 ('Santiago', 'LOCATION', ['Santiago']),
 ('Mejillones', 'LOCATION', ['Mejillones']),
 ('Iquique', 'LOCATION', ['Iquique']),
]
