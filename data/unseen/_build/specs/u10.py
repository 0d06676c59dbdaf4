ID = 'u10-hardware-store-feature'
GENRE = 'local-news feature'
NOTE = ('Genre: US local-news feature; curly double quotes; quotes split by pronoun attribution; a quotation running '
        'over two paragraphs whose first paragraph ends in a nested single-quoted quote (one span; the nested quote is '
        'optional); descriptor speakers ("the 71-year-old", "Her neighbor"); an indirect quote interrupted by its '
        'attribution ("What he does mind, he said, is ..."); a nickname (“the Drawer Store”) and the store\'s painted '
        'name in quotes are not quotations; a hand-lettered sign in the window ("reads") is optional; hypothetical '
        '"Ask him ..." sentences are not quotations; a question reported inside an indirect quote is optional.')
NONQUOTES = [('“the Drawer Store”', 'nickname'), ('“Nyberg Hardware – Since 1952”', 'painted sign / name')]
TEXT = """
After 74 years, Duluth’s last family hardware store counts down its final days

DULUTH, Minn. — Walter Nyberg still knows where everything is.

Ask him for a 3/8-inch brass wing nut and he will walk you to the third drawer from the left in aisle four without looking up. Ask him why he is closing the store his grandfather opened in 1952, and he takes a little longer.

“Because I’m 71, and my knees are 90,” he said, leaning on the counter of Nyberg Hardware on East Superior Street. “And because nobody wants to buy a hardware store anymore. Believe me, I tried.”

The shop — known to three generations of customers simply as “the Drawer Store” for the 11,000 small wooden drawers that line its walls — will close for good on Saturday. A developer, Lakeview Partners, has bought the building and plans to convert it into apartments above a ground-floor coffee shop.

In a statement, Lakeview Partners said it intended to “honor the building’s history” and would keep the original tin ceiling and the faded “Nyberg Hardware – Since 1952” lettering on the brick.

Nyberg said he had no quarrel with the developers. “They paid a fair price. I’m not going to stand here and pretend I was robbed,” the 71-year-old said.

What he does mind, he said, is where his customers will go.

The nearest big-box store is a 20-minute drive away in Hermantown. For many of the store’s older customers, who no longer drive, it might as well be in Minneapolis.

“Walter doesn’t just sell you a washer. He tells you which washer, and why, and then he tells you about his grandfather,” said Dolores Tamminen, 84, who has shopped there since the 1960s. “Where am I supposed to get that now? Nobody out there knows my name.”

Her neighbor, who gave her name only as Ruth, put it more simply: “It’s the end of something.”

City Council member Alicia Redbird, who represents the neighborhood, said the city had looked at whether it could help keep the store open but had “run out of options.” She called the closure “a real loss for the East Hillside” and urged residents to support the remaining independent shops on the street “while we still have them.”

Nyberg’s daughter, Karin Nyberg-Ellis, a nurse in Minneapolis, said people had asked her many times why she did not take over the business.

“I grew up in those aisles. I did my homework on that counter. I love this place,” she said. “But I have a life three hours away. Dad never once asked me to give that up, and I think that says everything about him.”

Nyberg remembers one night in particular, in January 1996, when a pipe burst in the church across the street.

“It was 20 below,” he recalled. “The pastor came banging on the door at 11 at night, and my dad — he was still alive then — got up, put his boots on and opened the store. He said, ‘A church with no water is just a cold building.’

“They had that pipe fixed by two in the morning. The pastor still sends us a Christmas card. Every year.”

On Thursday the store was busy with customers buying up the last of the stock at half price, and with others who came only to say goodbye. A hand-lettered sign in the window reads: “Thank you, Duluth. It’s been a privilege.”

Asked what he will do with his time, Nyberg laughed. “My wife has a list,” he said. “It’s longer than the inventory.”
"""
QUOTES = [
 dict(type='direct', c='Because I’m 71, and my knees are 90,', s='Walter Nyberg', m='he', cue='said', r='STATES'),
 dict(type='direct', c='And because nobody wants to buy a hardware store anymore. Believe me, I tried.', s='Walter Nyberg', m='he', cue='said', r='STATES'),
 dict(type='mixed', c='it intended to “honor the building’s history” and would keep the original tin ceiling and the faded “Nyberg Hardware – Since 1952” lettering on the brick', s='Lakeview Partners', m='Lakeview Partners', mi=1, cue='said', r='PROMISES', ra=['STATES']),
 dict(type='indirect', c='he had no quarrel with the developers', s='Walter Nyberg', m='Nyberg', cue='said', r='STATES', ra=['SUPPORTS'], t='Lakeview Partners'),
 dict(type='direct', c='They paid a fair price. I’m not going to stand here and pretend I was robbed,', s='Walter Nyberg', m='the 71-year-old', cue='said', r='STATES', ra=['SUPPORTS', 'DENIES'], t='Lakeview Partners'),
 dict(type='indirect', c='What he does mind, he said, is where his customers will go', frags=['What he does mind', 'is where his customers will go'], s='Walter Nyberg', m='he', cue='said', r='STATES'),
 dict(type='direct', c='Walter doesn’t just sell you a washer. He tells you which washer, and why, and then he tells you about his grandfather,', s='Dolores Tamminen', m='Dolores Tamminen', cue='said', r='PRAISES', ra=['STATES'], t='Walter Nyberg'),
 dict(type='direct', c='Where am I supposed to get that now? Nobody out there knows my name.', s='Dolores Tamminen', m='Dolores Tamminen', cue='said', r='STATES', ra=['CRITICIZES']),
 dict(type='direct', c='It’s the end of something.', s='Ruth', m='Her neighbor', cue='put it', r='STATES'),
 dict(type='mixed', c='the city had looked at whether it could help keep the store open but had “run out of options.”', s='Alicia Redbird', m='City Council member Alicia Redbird', cue='said', r='STATES'),
 dict(type='mixed', c='a real loss for the East Hillside', s='Alicia Redbird', m='She', cue='called', r='STATES', ra=['CRITICIZES']),
 dict(type='mixed', c='support the remaining independent shops on the street “while we still have them.”', s='Alicia Redbird', m='She', cue='urged', r='URGES', t='residents'),
 dict(type='indirect', c='people had asked her many times why she did not take over the business', s='Karin Nyberg-Ellis', m='Karin Nyberg-Ellis', cue='said', r='STATES'),
 dict(type='indirect', c='why she did not take over the business', s='people', m='people', cue='asked', r='ASKS', t='Karin Nyberg-Ellis', opt=True),
 dict(type='direct', c='I grew up in those aisles. I did my homework on that counter. I love this place,', s='Karin Nyberg-Ellis', m='she', cue='said', r='STATES', ra=['PRAISES']),
 dict(type='direct', c='But I have a life three hours away. Dad never once asked me to give that up, and I think that says everything about him.', s='Karin Nyberg-Ellis', m='she', cue='said', r='PRAISES', ra=['STATES'], t='Walter Nyberg'),
 dict(type='direct', c='It was 20 below,', s='Walter Nyberg', m='he', cue='recalled', r='STATES'),
 dict(type='direct', c='The pastor came banging on the door at 11 at night, and my dad — he was still alive then — got up, put his boots on and opened the store. He said, ‘A church with no water is just a cold building.’\n\n“They had that pipe fixed by two in the morning. The pastor still sends us a Christmas card. Every year.', s='Walter Nyberg', m='he', cue='recalled', r='STATES', ta=['Walter Nyberg’s father']),
 dict(type='direct', c='A church with no water is just a cold building.', s='Walter Nyberg’s father', m='He', cue='said', r='STATES', opt=True),
 dict(type='direct', c='Thank you, Duluth. It’s been a privilege.', s='Walter Nyberg', m=None, cue='reads', r='STATES', ra=['PRAISES'], opt=True),
 dict(type='direct', c='My wife has a list,', s='Walter Nyberg', m='he', cue='said', r='STATES'),
 dict(type='direct', c='It’s longer than the inventory.', s='Walter Nyberg', m='he', cue='said', r='STATES'),
]
ENTITIES = [
 ('Walter Nyberg', 'PERSON', ['Walter Nyberg', 'Nyberg', 'Walter', 'the 71-year-old', 'Dad']),
 ('Walter Nyberg’s father', 'PERSON', ['my dad']),
 ('Dolores Tamminen', 'PERSON', ['Dolores Tamminen']),
 ('Ruth', 'PERSON', ['Her neighbor', 'Ruth']),
 ('Alicia Redbird', 'PERSON', ['City Council member Alicia Redbird']),
 ('Karin Nyberg-Ellis', 'PERSON', ['Karin Nyberg-Ellis', 'Nyberg’s daughter']),
 ('Lakeview Partners', 'ORGANIZATION', ['Lakeview Partners']),
 ('Nyberg Hardware', 'ORGANIZATION', ['Nyberg Hardware', 'the store']),
 ('Duluth City Council', 'ORGANIZATION', ['the city']),
 ('residents', 'GROUP', ['residents']),
 ('people', 'GROUP', ['people']),
 ('Duluth', 'LOCATION', ['Duluth', 'DULUTH']),
 ('Hermantown', 'LOCATION', ['Hermantown']),
 ('Minneapolis', 'LOCATION', ['Minneapolis']),
 ('East Hillside', 'LOCATION', ['the East Hillside']),
 ('East Superior Street', 'LOCATION', ['East Superior Street']),
]
