ID = 'v05-stockholm-museum-restitution'
GENRE = 'arts / museum controversy (Guardian-style culture news)'
NOTE = ('Genre: culture-desk news story on a restitution row; curly double quotes, British spelling; headline without '
        'attribution (its quoted phrase is a later speaker\'s, not annotated there); standfirst with two attributed '
        'quotations (optional); a museum rejecting a request (noun-phrase content); a culture ministry as speaker '
        '("called the decision “...”"); an ambassador quoted after a descriptor, then referred to by role; a quote split by '
        'its attribution; "defended the board’s decision" (noun-phrase content); a curator\'s social-media post '
        '("wrote that"); an exhibition title and protest placards are not quotations; "declined to say" is not annotated; '
        'a ministry spokesperson identified through the minister ("A spokesperson for the culture minister, X, said").')
NONQUOTES = [('“legally acquired”', 'headline quote without attribution'), ('“Maize, Rain and Obsidian”', 'exhibition title'),
             ('“Return them home”', 'placard slogan'), ('“Not yours to keep”', 'placard slogan')]
TEXT = """
Stockholm museum keeps “legally acquired” Mexican stone figures as curator quits

Mexico calls the decision “colonial thinking dressed up as procedure” and says it will take the dispute to the Swedish government

Elsa Brandell in Stockholm

One of Sweden’s leading museums has rejected a formal request from Mexico to return 23 stone figures taken from central Mexico in the 1920s, deepening a dispute that has already cost it one of its senior curators.

The Hallström Museum of World Cultures said on Thursday that its board had concluded the figures, which include a metre-high statue of a maize deity, were “legally acquired and legally held” and would remain in its collection.

Mexico’s culture ministry called the decision “colonial thinking dressed up as procedure” and said it would raise the matter directly with the Swedish government.

“These are not decorative objects. They were made to be used in ceremonies, on our land, and they were taken when our people had no say in the matter,” the Mexican ambassador to Sweden, Lorena Cruz Medina, told reporters outside the museum.

The museum’s director, Gustav Wennberg, defended the board’s decision. He said the figures had been bought in 1927 from a dealer in Mexico City by the Swedish diplomat and collector Axel Holmér, with export papers “signed and stamped by the Mexican authorities of the day”.

“We are not a museum that hides from these questions. We have returned objects before, to Australia and to New Zealand, when the evidence was there,” Wennberg said. “In this case the evidence points the other way.”

He rejected suggestions that the museum was waiting for the government to take the decision out of its hands.

But the decision has divided the museum’s own staff. Its senior curator for the Americas, Dr Maja Ekholm, resigned on Wednesday, hours before the board’s announcement. In a post on social media, she wrote that she could not “stand in front of those figures and explain this decision to a single visitor”.

Ekholm, who curated the museum’s 2022 exhibition “Maize, Rain and Obsidian”, said the 1927 papers had been signed by a regional official who had no authority to approve the export of antiquities.

“A stamp is not consent,” she said by telephone from Uppsala. “A stamp is a receipt.”

Tomás Arriaga, who studies cultural property law at the Nordic Institute for Heritage Law in Copenhagen, said Swedish rules made it difficult for state-funded museums to give up objects without approval from ministers.

“Museums in Sweden cannot simply hand things back. The law treats the collections as state property, so in the end this will be a political decision, whatever the board says,” Arriaga said.

A spokesperson for the culture minister, Linnea Sjöberg, said the government had received Mexico’s letter and would “respond through the proper channels”. The ministry declined to say whether Sjöberg had discussed the figures with her Mexican counterpart.

Outside the museum on Thursday, about 40 protesters, many of them members of Stockholm’s Mexican community, held placards reading “Return them home” and “Not yours to keep”.

One of them, Citlali Vargas, a 29-year-old doctoral student, said her grandmother’s village was less than an hour’s drive from where the figures were found.

“I come here and I pay 150 kronor to visit my own history,” she said. “Think about that.”

The museum said the figures would stay on display and that it would add new wall texts explaining Mexico’s request and “the different views on how these objects came to Sweden”.

Cruz Medina said her government had “not closed any door” and would ask Sweden to set up a joint commission of experts to examine the 1927 export papers.
"""
QUOTES = [
 dict(type='mixed', c='colonial thinking dressed up as procedure', ci=0, s='Mexican culture ministry', m='Mexico', cue='calls', r='CRITICIZES', t='Hallström Museum of World Cultures', opt=True),
 dict(type='indirect', c='it will take the dispute to the Swedish government', s='Mexican culture ministry', m='Mexico', cue='says', r='WARNS', ra=['STATES', 'PROMISES'], t='Hallström Museum of World Cultures', ta=['Sweden'], opt=True),
 dict(type='indirect', c='a formal request from Mexico to return 23 stone figures taken from central Mexico in the 1920s', s='Hallström Museum of World Cultures', m='One of Sweden’s leading museums', cue='has rejected', r='REJECTS', t='Mexico'),
 dict(type='indirect', c='return 23 stone figures taken from central Mexico in the 1920s', s='Mexico', m='Mexico', cue='request', r='URGES', ra=['ASKS'], t='Hallström Museum of World Cultures', opt=True),
 dict(type='mixed', c='its board had concluded the figures, which include a metre-high statue of a maize deity, were “legally acquired and legally held” and would remain in its collection', s='Hallström Museum of World Cultures', m='The Hallström Museum of World Cultures', cue='said', r='STATES', ra=['REJECTS'], ta=['Mexico']),
 dict(type='mixed', c='colonial thinking dressed up as procedure', ci=1, s='Mexican culture ministry', m='Mexico’s culture ministry', cue='called', r='CRITICIZES', t='Hallström Museum of World Cultures'),
 dict(type='indirect', c='it would raise the matter directly with the Swedish government', s='Mexican culture ministry', m='Mexico’s culture ministry', cue='said', r='WARNS', ra=['STATES', 'PROMISES'], t='Hallström Museum of World Cultures', ta=['Sweden']),
 dict(type='direct', c='These are not decorative objects. They were made to be used in ceremonies, on our land, and they were taken when our people had no say in the matter,', s='Lorena Cruz Medina', m='the Mexican ambassador to Sweden, Lorena Cruz Medina', cue='told', r='CRITICIZES', ra=['STATES'], t='Hallström Museum of World Cultures'),
 dict(type='indirect', c='the board’s decision', s='Gustav Wennberg', m='The museum’s director, Gustav Wennberg', cue='defended', r='SUPPORTS', ta=['Mexico']),
 dict(type='mixed', c='the figures had been bought in 1927 from a dealer in Mexico City by the Swedish diplomat and collector Axel Holmér, with export papers “signed and stamped by the Mexican authorities of the day”', s='Gustav Wennberg', m='He', cue='said', r='STATES', ra=['DENIES', 'REJECTS'], ta=['Mexico']),
 dict(type='direct', c='We are not a museum that hides from these questions. We have returned objects before, to Australia and to New Zealand, when the evidence was there,', s='Gustav Wennberg', m='Wennberg', cue='said', r='STATES', ra=['SUPPORTS']),
 dict(type='direct', c='In this case the evidence points the other way.', s='Gustav Wennberg', m='Wennberg', cue='said', r='REJECTS', ra=['DENIES'], t='Mexico'),
 dict(type='indirect', c='suggestions that the museum was waiting for the government to take the decision out of its hands', s='Gustav Wennberg', m='He', cue='rejected', r='REJECTS', ra=['DENIES']),
 dict(type='mixed', c='she could not “stand in front of those figures and explain this decision to a single visitor”', s='Maja Ekholm', m='she', cue='wrote', r='CRITICIZES', t='Hallström Museum of World Cultures'),
 dict(type='indirect', c='the 1927 papers had been signed by a regional official who had no authority to approve the export of antiquities', s='Maja Ekholm', m='Ekholm', cue='said', r='STATES', ra=['DENIES', 'CLAIMS'], t='Gustav Wennberg', ta=['Hallström Museum of World Cultures']),
 dict(type='direct', c='A stamp is not consent,', s='Maja Ekholm', m='she', cue='said', r='REJECTS', ra=['CRITICIZES', 'DENIES'], t='Gustav Wennberg', ta=['Hallström Museum of World Cultures']),
 dict(type='direct', c='A stamp is a receipt.', s='Maja Ekholm', m='she', cue='said', r='REJECTS', ra=['CRITICIZES', 'STATES'], t='Gustav Wennberg', ta=['Hallström Museum of World Cultures']),
 dict(type='indirect', c='Swedish rules made it difficult for state-funded museums to give up objects without approval from ministers', s='Tomás Arriaga', m='Tomás Arriaga', cue='said', r='STATES'),
 dict(type='direct', c='Museums in Sweden cannot simply hand things back. The law treats the collections as state property, so in the end this will be a political decision, whatever the board says,', s='Tomás Arriaga', m='Arriaga', cue='said', r='STATES', ra=['WARNS']),
 dict(type='mixed', c='the government had received Mexico’s letter and would “respond through the proper channels”', s='culture ministry spokesperson', m='A spokesperson for the culture minister', cue='said', r='STATES', ra=['PROMISES'], t='Mexico'),
 dict(type='indirect', c='her grandmother’s village was less than an hour’s drive from where the figures were found', s='Citlali Vargas', m='Citlali Vargas', cue='said', r='STATES'),
 dict(type='direct', c='I come here and I pay 150 kronor to visit my own history,', s='Citlali Vargas', m='she', cue='said', r='CRITICIZES', ra=['STATES'], t='Hallström Museum of World Cultures'),
 dict(type='direct', c='Think about that.', s='Citlali Vargas', m='she', cue='said', r='STATES', ra=['CRITICIZES', 'URGES']),
 dict(type='mixed', c='the figures would stay on display and that it would add new wall texts explaining Mexico’s request and “the different views on how these objects came to Sweden”', s='Hallström Museum of World Cultures', m='The museum', cue='said', r='PROMISES', ra=['STATES']),
 dict(type='mixed', c='her government had “not closed any door” and would ask Sweden to set up a joint commission of experts to examine the 1927 export papers', s='Lorena Cruz Medina', m='Cruz Medina', cue='said', r='STATES', ra=['PROMISES', 'URGES'], t='Sweden'),
]
ENTITIES = [
 ('Gustav Wennberg', 'PERSON', ['The museum’s director, Gustav Wennberg', 'Gustav Wennberg', 'Wennberg']),
 ('Maja Ekholm', 'PERSON', ['Dr Maja Ekholm', 'Ekholm', 'Its senior curator for the Americas']),
 ('Lorena Cruz Medina', 'PERSON', ['the Mexican ambassador to Sweden, Lorena Cruz Medina', 'Lorena Cruz Medina', 'Cruz Medina']),
 ('Tomás Arriaga', 'PERSON', ['Tomás Arriaga', 'Arriaga']),
 ('Linnea Sjöberg', 'PERSON', ['Linnea Sjöberg', 'Sjöberg', 'the culture minister']),
 ('culture ministry spokesperson', 'PERSON', ['A spokesperson for the culture minister']),
 ('Citlali Vargas', 'PERSON', ['Citlali Vargas', 'a 29-year-old doctoral student']),
 ('Axel Holmér', 'PERSON', ['Axel Holmér']),
 ('Elsa Brandell', 'PERSON', ['Elsa Brandell']),
 ('Hallström Museum of World Cultures', 'ORGANIZATION', ['The Hallström Museum of World Cultures', 'One of Sweden’s leading museums', 'Stockholm museum', 'the museum', 'The museum', 'its board', 'the board']),
 ('Mexican culture ministry', 'ORGANIZATION', ['Mexico’s culture ministry']),
 ('Nordic Institute for Heritage Law', 'ORGANIZATION', ['the Nordic Institute for Heritage Law']),
 ('Swedish culture ministry', 'ORGANIZATION', ['The ministry']),
 ('protesters', 'GROUP', ['about 40 protesters']),
 ('Mexico', 'COUNTRY', ['Mexico', 'Mexican', 'her government']),
 ('Sweden', 'COUNTRY', ['Sweden', 'Swedish', 'the Swedish government', 'the government']),
 ('Australia', 'COUNTRY', ['Australia']),
 ('New Zealand', 'COUNTRY', ['New Zealand']),
 ('Stockholm', 'LOCATION', ['Stockholm']),
 ('Mexico City', 'LOCATION', ['Mexico City']),
 ('Uppsala', 'LOCATION', ['Uppsala']),
 ('Copenhagen', 'LOCATION', ['Copenhagen']),
]
