import re

ID = 'u04-valencia-tourism-interview'
GENRE = 'Q&A interview transcript'
NOTE = ('Genre: Q&A interview (AP-style "Q:"/"A:" labels); answers are direct quotations without quotation marks, '
        'attributed by the "A" label (speakerMention = the label, cue null); interviewer questions are optional ASKS; '
        'reported speech inside questions is annotated and required (as in the dev Q&A); an organisation\'s threat '
        'reported in a relative clause in the intro; headline quote with a descriptor attribution (optional).')
NONQUOTES = []
TEXT = """
Q&A: ‘A city is not a theme park’ – Valencia’s tourism chief on caps, cruise ships and the backlash

Valencia this month became the first large Spanish city to cap the number of tourist flats in its historic centre, and from January it will double its nightly tourist tax to €4. The measures have delighted residents’ groups and infuriated the hotel and short-let industry, which has threatened to challenge them in court.

Marta Llorens, the city’s deputy mayor for tourism, has become the public face of the policy. She spoke to our Spain correspondent, Owen Gallacher, in her office overlooking the Plaza del Ayuntamiento. The interview has been condensed and edited.

Q: The hotel association says you are killing the goose that lays the golden eggs. Are you?

A: Hotels have had the best three years in their history. Occupancy is at record levels, room prices are at record levels. When someone tells me the goose is dying, I look at the goose, and it looks very well fed to me.

Q: The association also says the tax will push visitors to Alicante and Málaga.

A: A €4 tax on a €180 room is not going to send anybody to Málaga. Amsterdam charges far more, Venice charges people just to walk in, and they are still full. What the tax does is make the visitor pay a small share of what they cost us: the cleaning, the police, the buses.

Q: One neighbourhood association called your cap on tourist flats “a sticking plaster on an amputation.” Are they wrong?

A: They are not wrong to be angry. For fifteen years this city let the market decide who lives in the centre, and the market decided: visitors. I would have liked to go further, faster. But a cap that survives in court is worth more than a ban that a judge throws out in six months.

Q: Will it survive? The rental platforms have said they will challenge it.

A: Let them. Our lawyers have been working on this for two years. I’m confident, and I say that as someone who is not confident about many things.

Q: Madrid hasn’t exactly helped. The housing minister said last week that cities should not “go it alone” on tourism.

A: I read that, and then I read it twice. With respect to the minister, we waited for a national law for eight years. If Madrid wants to write one tomorrow, I will be the first to applaud. Until then, Valencia will not wait.

Q: And cruise ships? You have talked about limiting them for a long time.

A: The talking is over. From 2027 we will allow a maximum of two large ships in port on any day. The cruise lines have been told. Some of them have been very constructive, I should say. Azura Cruises has already changed its schedule, and I thank them for that.

Q: Last question. Do you ever worry that tourists will simply stop coming?

A: No. Valencia has the sea, the light, the food and two thousand years of history. People will keep coming. But a city is not a theme park. What I want is for the people who live here to still be here when they do.
"""

_T = TEXT.strip('\n') + '\n'


def label(lab, n):
    """Occurrence index (as build.py counts them) of the n-th line-initial "lab:" label."""
    occ = [m.start() for m in re.finditer(r'(?<!\w)' + lab + r'(?!\w)', _T)]
    labs = [i for i, o in enumerate(occ) if (o == 0 or _T[o - 1] == '\n') and _T[o + 1] == ':']
    return labs[n]


QS = [
 'The hotel association says you are killing the goose that lays the golden eggs. Are you?',
 'The association also says the tax will push visitors to Alicante and Málaga.',
 'One neighbourhood association called your cap on tourist flats “a sticking plaster on an amputation.” Are they wrong?',
 'Will it survive? The rental platforms have said they will challenge it.',
 'Madrid hasn’t exactly helped. The housing minister said last week that cities should not “go it alone” on tourism.',
 'And cruise ships? You have talked about limiting them for a long time.',
 'Last question. Do you ever worry that tourists will simply stop coming?',
]
A = [
 'Hotels have had the best three years in their history. Occupancy is at record levels, room prices are at record levels. When someone tells me the goose is dying, I look at the goose, and it looks very well fed to me.',
 'A €4 tax on a €180 room is not going to send anybody to Málaga. Amsterdam charges far more, Venice charges people just to walk in, and they are still full. What the tax does is make the visitor pay a small share of what they cost us: the cleaning, the police, the buses.',
 'They are not wrong to be angry. For fifteen years this city let the market decide who lives in the centre, and the market decided: visitors. I would have liked to go further, faster. But a cap that survives in court is worth more than a ban that a judge throws out in six months.',
 'Let them. Our lawyers have been working on this for two years. I’m confident, and I say that as someone who is not confident about many things.',
 'I read that, and then I read it twice. With respect to the minister, we waited for a national law for eight years. If Madrid wants to write one tomorrow, I will be the first to applaud. Until then, Valencia will not wait.',
 'The talking is over. From 2027 we will allow a maximum of two large ships in port on any day. The cruise lines have been told. Some of them have been very constructive, I should say. Azura Cruises has already changed its schedule, and I thank them for that.',
 'No. Valencia has the sea, the light, the food and two thousand years of history. People will keep coming. But a city is not a theme park. What I want is for the people who live here to still be here when they do.',
]


def q(i, **kw):
    return dict(type='direct', c=QS[i], s='Owen Gallacher', m='Q', mi=label('Q', i), cue=None, r='ASKS', t='Marta Llorens', opt=True, **kw)


def a(i, **kw):
    return dict(type='direct', c=A[i], s='Marta Llorens', m='A', mi=label('A', i), cue=None, **kw)


QUOTES = [
 dict(type='direct', c='A city is not a theme park', s='Marta Llorens', m='Valencia’s tourism chief', cue=None, r='STATES', ra=['CRITICIZES'], opt=True),
 dict(type='indirect', c='to challenge them in court', s='hotel and short-let industry', m='the hotel and short-let industry', cue='threatened', r='WARNS', t='Valencia City Council', ta=['Marta Llorens']),
 q(0),
 dict(type='indirect', c='you are killing the goose that lays the golden eggs', s='Valencia Hotel Association', m='The hotel association', cue='says', r='CRITICIZES', ra=['ACCUSES'], t='Marta Llorens', ta=['Valencia City Council']),
 a(0, r='REJECTS', ra=['DENIES', 'CRITICIZES'], t='Valencia Hotel Association'),
 q(1),
 dict(type='indirect', c='the tax will push visitors to Alicante and Málaga', s='Valencia Hotel Association', m='The association', cue='says', r='WARNS', ra=['CLAIMS', 'CRITICIZES'], t='Valencia City Council', ta=['Marta Llorens']),
 a(1, r='REJECTS', ra=['DENIES', 'STATES'], t='Valencia Hotel Association'),
 q(2),
 dict(type='mixed', c='a sticking plaster on an amputation.', s='neighbourhood association', m='One neighbourhood association', cue='called', r='CRITICIZES', t='Marta Llorens', ta=['Valencia City Council']),
 a(2, r='STATES', ra=['SUPPORTS'], ta=['neighbourhood association']),
 q(3),
 dict(type='indirect', c='they will challenge it', s='rental platforms', m='The rental platforms', cue='have said', r='WARNS', ra=['STATES'], t='Valencia City Council', ta=['Marta Llorens']),
 a(3, r='STATES', ra=['REJECTS', 'CLAIMS'], ta=['rental platforms']),
 q(4),
 dict(type='mixed', c='cities should not “go it alone” on tourism', s='Spanish housing minister', m='The housing minister', cue='said', r='URGES', ra=['CRITICIZES', 'WARNS'], ta=['Valencia City Council']),
 a(4, r='CRITICIZES', ra=['REJECTS'], t='Spanish housing minister', ta=['Spain']),
 q(5),
 a(5, r='PROMISES', ra=['STATES', 'WARNS', 'PRAISES'], t='cruise lines', ta=['Azura Cruises']),
 q(6),
 a(6, r='STATES', ra=['DENIES']),
]
ENTITIES = [
 ('Marta Llorens', 'PERSON', ['Marta Llorens', 'Valencia’s tourism chief', 'the city’s deputy mayor for tourism']),
 ('Owen Gallacher', 'PERSON', ['our Spain correspondent, Owen Gallacher', 'Owen Gallacher']),
 ('Spanish housing minister', 'PERSON', ['The housing minister', 'the minister']),
 ('Valencia City Council', 'ORGANIZATION', ['this city']),
 ('Valencia Hotel Association', 'ORGANIZATION', ['The hotel association', 'The association']),
 ('neighbourhood association', 'ORGANIZATION', ['One neighbourhood association']),
 ('Azura Cruises', 'ORGANIZATION', ['Azura Cruises']),
 ('hotel and short-let industry', 'GROUP', ['the hotel and short-let industry']),
 ('rental platforms', 'GROUP', ['The rental platforms']),
 ('cruise lines', 'GROUP', ['The cruise lines']),
 ('residents’ groups', 'GROUP', ['residents’ groups']),
 ('Spain', 'COUNTRY', ['Madrid', 'Spanish']),
 ('Valencia', 'LOCATION', ['Valencia']),
 ('Alicante', 'LOCATION', ['Alicante']),
 ('Málaga', 'LOCATION', ['Málaga']),
 ('Amsterdam', 'LOCATION', ['Amsterdam']),
 ('Venice', 'LOCATION', ['Venice']),
]
