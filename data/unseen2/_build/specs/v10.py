ID = 'v10-jazz-pianist-tribute'
GENRE = 'obituary-style tribute piece (South African arts desk)'
NOTE = ('Genre: obituary / tribute piece; British single quotes (‘ ’, sharing the apostrophe glyph) with no double quotes; '
        'a nickname and album and song titles in quotes are not quotations; a family as speaker of a statement running '
        'over two paragraphs after a colon (one span); reported speech nested inside quotations ("He would say that ...", '
        '"He said it was too shiny", optional); a relative\'s quote attributed after it with an appositive ("his '
        'daughter, X, recalled"); the subject\'s own words from the past ("He later said of the ban:", "In a 2014 '
        'interview ... he replied:"; the interviewer\'s "asked whether" with no named asker is not annotated, as dev 01); '
        'a fragment after "called him"; a past accusation ("In 2009 Mokoena publicly accused ...") and the accused '
        'festival\'s answer today; a descriptor speaker ("the 26-year-old"); a quote split by its attribution.')
NONQUOTES = [('‘Mr Sunday’', 'nickname'), ('‘Langa Blues’', 'album title'), ('‘Kettle Stomp’', 'song title')]
TEXT = """
Themba Mokoena, pianist who kept Cape Town jazz alive through the lean years, dies at 81

Tributes pour in for the bandleader fans called ‘Mr Sunday’, whose weekly sessions at the Blue Kettle ran for 38 years

By Lindiwe Sithole, Arts Editor

Themba Mokoena, the pianist and bandleader whose Sunday-afternoon sessions at the Blue Kettle club in Cape Town became a training ground for three generations of South African jazz musicians, has died aged 81.

His family said he died peacefully at his home in Observatory on Tuesday night, surrounded by his children and ‘a great deal of music’.

Born in Langa in 1944, Mokoena taught himself to play on the harmonium of his grandmother’s church, sneaking in after the evening service.

‘He would say that the piano was the only thing in the house that never answered back,’ his daughter, Nomsa Mokoena-Adams, recalled on Wednesday.

His first album, ‘Langa Blues’, recorded in a single night in 1971, was kept off state radio for most of the decade. He later said of the ban: ‘They did me a favour. Nothing sells a record in a township like a government that hates it.’

In 1987 he began the Sunday sessions in a narrow upstairs room on Long Street, usually opening with his own tune ‘Kettle Stomp’ and closing, whatever the crowd wanted, with a hymn.

‘Themba never once asked me for more money. He asked me for a better piano, every single year, for thirty-eight years,’ said Farid Jacobs, who has owned the Blue Kettle since 1984. ‘I finally bought him one in 2019. He said it was too shiny.’

The saxophonist Zanele Khumalo, who joined his band at 17, called him ‘the most generous musician I have ever known, and the most stubborn’.

‘He never told you what to play. He told you what you had just played, and that was much worse,’ she said, laughing.

Kabelo Nkosi, a pianist who took lessons from Mokoena as a teenager, said he had once been made to play the same eight bars for an entire afternoon.

‘I hated him for about a week. Then I got my first paid gig,’ the 26-year-old said.

The culture minister, Lerato Dube, said the country had lost ‘one of the quiet architects of our music’ and that Mokoena had kept jazz alive in Cape Town ‘when it was easier, and safer, to let it die’.

The Cape Jazz Heritage Trust, which Mokoena helped to found in 1996, said it would rename its annual scholarship for young pianists in his honour.

Not every chapter was harmonious. In 2009 Mokoena publicly accused the organisers of the Atlantic Jazz Festival of ‘booking Americans and paying Americans’ while local musicians played for little or nothing.

Ruth Abrahams, the festival’s director since 2015, said on Wednesday that he had been ‘right then, and he would still be right now’, and that the festival had changed its fee policy ‘because Themba shamed us into it’.

Mokoena never seriously considered leaving the city. In a 2014 interview with this newspaper, asked whether he had ever been tempted by offers from London or New York, he replied: ‘Leave for where? The ocean is here, the mountain is here, and the piano is here.’

His son, Sipho Mokoena, said a memorial concert would be held at the Blue Kettle on Sunday afternoon.

‘Where else?’ he said. ‘Dad would be furious if we missed a Sunday.’

In a statement, the family said:

‘Our father belonged to us for eighty-one years, but he belonged to Cape Town every Sunday. We are grateful to everyone who climbed those stairs.

‘He asked for no speeches at his funeral, only music. We intend to disappoint him on the first point and honour him on the second.’

Mokoena is survived by his three children and seven grandchildren. His wife, Grace, died in 2011.
"""
QUOTES = [
 dict(type='mixed', c='he died peacefully at his home in Observatory on Tuesday night, surrounded by his children and ‘a great deal of music’', s='Mokoena family', m='His family', cue='said', r='STATES'),
 dict(type='direct', c='He would say that the piano was the only thing in the house that never answered back,', s='Nomsa Mokoena-Adams', m='his daughter, Nomsa Mokoena-Adams', cue='recalled', r='STATES', ta=['Themba Mokoena']),
 dict(type='indirect', c='the piano was the only thing in the house that never answered back', s='Themba Mokoena', m='He', cue='would say', r='STATES', opt=True),
 dict(type='direct', c='They did me a favour. Nothing sells a record in a township like a government that hates it.', s='Themba Mokoena', m='He', cue='said', r='STATES', ra=['CRITICIZES']),
 dict(type='direct', c='Themba never once asked me for more money. He asked me for a better piano, every single year, for thirty-eight years,', s='Farid Jacobs', m='Farid Jacobs', cue='said', r='PRAISES', ra=['STATES'], t='Themba Mokoena'),
 dict(type='direct', c='I finally bought him one in 2019. He said it was too shiny.', s='Farid Jacobs', m='Farid Jacobs', cue='said', r='STATES', ta=['Themba Mokoena']),
 dict(type='indirect', c='it was too shiny', s='Themba Mokoena', m='He', cue='said', r='STATES', ra=['CRITICIZES'], opt=True),
 dict(type='mixed', c='the most generous musician I have ever known, and the most stubborn', s='Zanele Khumalo', m='The saxophonist Zanele Khumalo', cue='called', r='PRAISES', t='Themba Mokoena'),
 dict(type='direct', c='He never told you what to play. He told you what you had just played, and that was much worse,', s='Zanele Khumalo', m='she', cue='said', r='PRAISES', ra=['STATES'], t='Themba Mokoena'),
 dict(type='indirect', c='he had once been made to play the same eight bars for an entire afternoon', s='Kabelo Nkosi', m='Kabelo Nkosi', cue='said', r='STATES', ta=['Themba Mokoena']),
 dict(type='direct', c='I hated him for about a week. Then I got my first paid gig,', s='Kabelo Nkosi', m='the 26-year-old', cue='said', r='PRAISES', ra=['STATES'], t='Themba Mokoena'),
 dict(type='mixed', c='the country had lost ‘one of the quiet architects of our music’ and that Mokoena had kept jazz alive in Cape Town ‘when it was easier, and safer, to let it die’', s='Lerato Dube', m='The culture minister, Lerato Dube', cue='said', r='PRAISES', ra=['STATES'], t='Themba Mokoena'),
 dict(type='indirect', c='it would rename its annual scholarship for young pianists in his honour', s='Cape Jazz Heritage Trust', m='The Cape Jazz Heritage Trust', cue='said', r='PROMISES', ra=['STATES', 'PRAISES'], ta=['Themba Mokoena']),
 dict(type='mixed', c='‘booking Americans and paying Americans’ while local musicians played for little or nothing', s='Themba Mokoena', m='Mokoena', cue='accused', r='ACCUSES', ra=['CRITICIZES'], t='Atlantic Jazz Festival'),
 dict(type='mixed', c='he had been ‘right then, and he would still be right now’, and that the festival had changed its fee policy ‘because Themba shamed us into it’', s='Ruth Abrahams', m='Ruth Abrahams', cue='said', r='SUPPORTS', ra=['PRAISES', 'STATES'], t='Themba Mokoena'),
 dict(type='direct', c='Leave for where? The ocean is here, the mountain is here, and the piano is here.', s='Themba Mokoena', m='he', cue='replied', r='STATES', ra=['REJECTS']),
 dict(type='indirect', c='a memorial concert would be held at the Blue Kettle on Sunday afternoon', s='Sipho Mokoena', m='His son, Sipho Mokoena', cue='said', r='STATES', ra=['PROMISES']),
 dict(type='direct', c='Where else?', s='Sipho Mokoena', m='he', cue='said', r='STATES'),
 dict(type='direct', c='Dad would be furious if we missed a Sunday.', s='Sipho Mokoena', m='he', cue='said', r='STATES'),
 dict(type='direct', c='Our father belonged to us for eighty-one years, but he belonged to Cape Town every Sunday. We are grateful to everyone who climbed those stairs.\n\n‘He asked for no speeches at his funeral, only music. We intend to disappoint him on the first point and honour him on the second.', s='Mokoena family', m='the family', cue='said', r='STATES', ra=['PRAISES']),
]
ENTITIES = [
 ('Themba Mokoena', 'PERSON', ['Themba Mokoena', 'Mokoena', 'Themba', 'Mr Sunday', 'Dad', 'Our father']),
 ('Nomsa Mokoena-Adams', 'PERSON', ['his daughter, Nomsa Mokoena-Adams']),
 ('Farid Jacobs', 'PERSON', ['Farid Jacobs']),
 ('Zanele Khumalo', 'PERSON', ['The saxophonist Zanele Khumalo']),
 ('Kabelo Nkosi', 'PERSON', ['Kabelo Nkosi', 'the 26-year-old']),
 ('Lerato Dube', 'PERSON', ['The culture minister, Lerato Dube']),
 ('Ruth Abrahams', 'PERSON', ['Ruth Abrahams', 'the festival’s director since 2015']),
 ('Sipho Mokoena', 'PERSON', ['His son, Sipho Mokoena']),
 ('Lindiwe Sithole', 'PERSON', ['Lindiwe Sithole']),
 ('Grace Mokoena', 'PERSON', ['His wife, Grace']),
 ('Mokoena family', 'GROUP', ['His family', 'the family']),
 ('Blue Kettle', 'ORGANIZATION', ['the Blue Kettle club', 'the Blue Kettle', 'Blue Kettle']),
 ('Cape Jazz Heritage Trust', 'ORGANIZATION', ['The Cape Jazz Heritage Trust']),
 ('Atlantic Jazz Festival', 'ORGANIZATION', ['the Atlantic Jazz Festival', 'the festival', 'the festival’s']),
 ('South Africa', 'COUNTRY', ['South African', 'the country']),
 ('Cape Town', 'LOCATION', ['Cape Town']),
 ('Langa', 'LOCATION', ['Langa']),
 ('Observatory', 'LOCATION', ['Observatory']),
 ('London', 'LOCATION', ['London']),
 ('New York', 'LOCATION', ['New York']),
]
