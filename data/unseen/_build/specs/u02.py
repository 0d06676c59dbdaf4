ID = 'u02-housing-minister-resigns'
GENRE = 'UK politics news (Guardian/BBC style)'
NOTE = ('Genre: British politics piece; headline in single quotes, body in curly double quotes with British punctuation '
        '(full stop outside the closing mark); a resignation letter quoted over two paragraphs after a colon (one span); '
        'organisation speakers (Downing Street) and an unnamed spokesperson; an indirect/mixed quote interrupted by its '
        'attribution ("Renters, she said, had been ..."); a bare fragment after "called"; "are said to be considering" '
        '(no source) is not annotated; the headline quote is optional.')
NONQUOTES = [('‘watered-down’', 'headline quote without attribution')]
TEXT = """
Housing minister quits over ‘watered-down’ renters’ bill

Claire Dunleavy says reforms have been ‘gutted’ as backbenchers warn of revolt next week

Claire Dunleavy has resigned as housing minister in protest at last-minute changes to the renters’ reform bill, accusing colleagues of caving in to landlord lobbyists at the eleventh hour.

In a letter to the prime minister, Richard Hallam, published on Tuesday evening, Dunleavy said the decision to drop a ban on no-fault evictions for fixed-term tenancies had “gutted the bill of its purpose”.

She wrote: “I came into politics to give renters the security that my own family never had. I cannot stand at the dispatch box and tell them that this bill does that, because it does not.

“I have raised my concerns repeatedly, in private, over many weeks. It is clear to me that those concerns have been heard and set aside.”

Downing Street said the prime minister was “sorry to lose a talented minister” but rejected her characterisation of the bill.

“This bill delivers the biggest change to renters’ rights in a generation,” a No 10 spokesperson said. “The changes made in committee protect the supply of homes to rent. That is not caving in to anybody; it is getting the detail right.”

Dunleavy’s departure is the third ministerial resignation in as many months and comes a week before the bill returns to the Commons, where as many as 40 government backbenchers are said to be considering voting against it.

One of them, the former housing committee chair Marcus Oyelaran, said the resignation had “lit a fuse”.

“Claire is the person in this building who knows most about housing. If she can’t defend this bill, why would any of us?” he said.

Another backbencher, Bethan Carew, backed Dunleavy’s stand, saying she had “done what the rest of us should have done weeks ago”. The chief whip, Andrew Pembury, predicted that the bill would still pass “comfortably”.

The shadow housing secretary, Nadia Rahman-Kerr, called the episode “a shambles from start to finish” and urged the government to restore the original bill in full. Renters, she said, had been “promised a floor and handed a trapdoor”. She pledged that the opposition would table an amendment restoring the ban “word for word”.

Landlords’ groups welcomed the changes. The Association of Residential Landlords, which lobbied for the fixed-term exemption, praised ministers for “listening to the people who actually provide the homes”.

Its chief executive, Gordon Pryce, rejected the suggestion that his members had been given special access. “We made our case in public, like everyone else,” he said.

Tenants’ campaigners were less forgiving. “Every week this is delayed, another family gets an eviction notice,” said Joel Mensah of the Secure Homes Alliance. “Ministers need to decide whose side they are on.”

Dunleavy, who has represented a Stockport seat since 2017, will return to the backbenches. Asked by reporters outside her home on Wednesday morning whether she would vote against the bill, she said only: “I’ll read the amendments and I’ll vote with my conscience.”

Her replacement is expected to be named later this week.
"""
QUOTES = [
 dict(type='mixed', c='reforms have been ‘gutted’', s='Claire Dunleavy', m='Claire Dunleavy', mi=0, cue='says', r='CRITICIZES', ta=['UK government'], opt=True),
 dict(type='indirect', c='revolt next week', s='backbenchers', m='backbenchers', mi=0, cue='warn of', r='WARNS', ta=['UK government'], opt=True),
 dict(type='indirect', c='caving in to landlord lobbyists at the eleventh hour', s='Claire Dunleavy', m='Claire Dunleavy', mi=1, cue='accusing', r='ACCUSES', ra=['CRITICIZES'], t='UK government', ta=['Richard Hallam']),
 dict(type='mixed', c='the decision to drop a ban on no-fault evictions for fixed-term tenancies had “gutted the bill of its purpose”', s='Claire Dunleavy', m='Dunleavy', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='UK government', ta=['Richard Hallam']),
 dict(type='direct', c='I came into politics to give renters the security that my own family never had. I cannot stand at the dispatch box and tell them that this bill does that, because it does not.\n\n“I have raised my concerns repeatedly, in private, over many weeks. It is clear to me that those concerns have been heard and set aside.', s='Claire Dunleavy', m='She', cue='wrote', r='CRITICIZES', ra=['STATES'], t='UK government', ta=['Richard Hallam']),
 dict(type='mixed', c='the prime minister was “sorry to lose a talented minister”', s='Downing Street', m='Downing Street', cue='said', r='STATES', ra=['PRAISES'], t='Claire Dunleavy'),
 dict(type='indirect', c='her characterisation of the bill', s='Downing Street', m='Downing Street', cue='rejected', r='REJECTS', ra=['DENIES'], t='Claire Dunleavy'),
 dict(type='direct', c='This bill delivers the biggest change to renters’ rights in a generation,', s='No 10 spokesperson', m='a No 10 spokesperson', cue='said', r='STATES', ra=['SUPPORTS', 'CLAIMS']),
 dict(type='direct', c='The changes made in committee protect the supply of homes to rent. That is not caving in to anybody; it is getting the detail right.', s='No 10 spokesperson', m='a No 10 spokesperson', cue='said', r='REJECTS', ra=['DENIES', 'SUPPORTS'], t='Claire Dunleavy'),
 dict(type='mixed', c='the resignation had “lit a fuse”', s='Marcus Oyelaran', m='the former housing committee chair Marcus Oyelaran', cue='said', r='WARNS', ra=['STATES'], ta=['UK government']),
 dict(type='direct', c='Claire is the person in this building who knows most about housing. If she can’t defend this bill, why would any of us?', s='Marcus Oyelaran', m='he', cue='said', r='PRAISES', ra=['CRITICIZES', 'WARNS'], t='Claire Dunleavy', ta=['UK government']),
 dict(type='indirect', c='Dunleavy’s stand', s='Bethan Carew', m='Bethan Carew', cue='backed', r='SUPPORTS', ra=['PRAISES'], t='Claire Dunleavy'),
 dict(type='mixed', c='she had “done what the rest of us should have done weeks ago”', s='Bethan Carew', m='Bethan Carew', cue='saying', r='PRAISES', ra=['SUPPORTS', 'CRITICIZES'], t='Claire Dunleavy'),
 dict(type='mixed', c='the bill would still pass “comfortably”', s='Andrew Pembury', m='The chief whip, Andrew Pembury', cue='predicted', r='CLAIMS', ra=['STATES']),
 dict(type='mixed', c='a shambles from start to finish', s='Nadia Rahman-Kerr', m='The shadow housing secretary, Nadia Rahman-Kerr', cue='called', r='CRITICIZES', t='UK government'),
 dict(type='indirect', c='restore the original bill in full', s='Nadia Rahman-Kerr', m='The shadow housing secretary, Nadia Rahman-Kerr', cue='urged', r='URGES', t='UK government'),
 dict(type='mixed', c='Renters, she said, had been “promised a floor and handed a trapdoor”', frags=['Renters', 'had been “promised a floor and handed a trapdoor”'], s='Nadia Rahman-Kerr', m='she', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='UK government'),
 dict(type='mixed', c='the opposition would table an amendment restoring the ban “word for word”', s='Nadia Rahman-Kerr', m='She', cue='pledged', r='PROMISES', ta=['UK government']),
 dict(type='indirect', c='the changes', s='landlords’ groups', m='Landlords’ groups', cue='welcomed', r='PRAISES', ra=['SUPPORTS'], ta=['UK government'], opt=True),
 dict(type='mixed', c='listening to the people who actually provide the homes', s='Association of Residential Landlords', m='The Association of Residential Landlords', cue='praised', r='PRAISES', t='UK government'),
 dict(type='indirect', c='the suggestion that his members had been given special access', s='Gordon Pryce', m='Gordon Pryce', cue='rejected', r='REJECTS', ra=['DENIES'], t='Claire Dunleavy'),
 dict(type='direct', c='We made our case in public, like everyone else,', s='Gordon Pryce', m='he', cue='said', r='DENIES', ra=['REJECTS', 'STATES'], t='Claire Dunleavy'),
 dict(type='direct', c='Every week this is delayed, another family gets an eviction notice,', s='Joel Mensah', m='Joel Mensah', cue='said', r='WARNS', ra=['CRITICIZES', 'STATES'], ta=['UK government']),
 dict(type='direct', c='Ministers need to decide whose side they are on.', s='Joel Mensah', m='Joel Mensah', cue='said', r='CRITICIZES', ra=['URGES'], t='UK government'),
 dict(type='direct', c='I’ll read the amendments and I’ll vote with my conscience.', s='Claire Dunleavy', m='she', cue='said', r='STATES', ra=['WARNS']),
]
ENTITIES = [
 ('Claire Dunleavy', 'PERSON', ['Claire Dunleavy', 'Dunleavy', 'Dunleavy’s', 'Claire']),
 ('Richard Hallam', 'PERSON', ['Richard Hallam', 'the prime minister']),
 ('Marcus Oyelaran', 'PERSON', ['the former housing committee chair Marcus Oyelaran']),
 ('Nadia Rahman-Kerr', 'PERSON', ['The shadow housing secretary, Nadia Rahman-Kerr', 'Nadia Rahman-Kerr']),
 ('Gordon Pryce', 'PERSON', ['Gordon Pryce', 'Its chief executive']),
 ('Joel Mensah', 'PERSON', ['Joel Mensah']),
 ('Bethan Carew', 'PERSON', ['Another backbencher, Bethan Carew', 'Bethan Carew']),
 ('Andrew Pembury', 'PERSON', ['The chief whip, Andrew Pembury', 'Andrew Pembury']),
 ('No 10 spokesperson', 'PERSON', ['a No 10 spokesperson']),
 ('UK government', 'ORGANIZATION', ['the government', 'ministers', 'Ministers']),
 ('Downing Street', 'ORGANIZATION', ['Downing Street', 'No 10']),
 ('Association of Residential Landlords', 'ORGANIZATION', ['The Association of Residential Landlords']),
 ('Secure Homes Alliance', 'ORGANIZATION', ['the Secure Homes Alliance']),
 ('landlords’ groups', 'GROUP', ['Landlords’ groups']),
 ('backbenchers', 'GROUP', ['backbenchers', 'government backbenchers']),
 ('House of Commons', 'ORGANIZATION', ['the Commons']),
 ('Stockport', 'LOCATION', ['Stockport']),
]
