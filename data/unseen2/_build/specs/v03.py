ID = 'v03-loopa-age-checks-regulation'
GENRE = 'tech-policy trade press (platform regulation fight, Australia)'
NOTE = ('Genre: tech-policy trade newsletter story; curly double quotes; a regulator\'s finding ("finding that ... “not fit '
        'for purpose”"); a company claim in a relative clause ("which says it has ..."); "rejected the finding" '
        '(noun-phrase content); a quotation split by "X told Platform Brief" with a descriptor title; a leaked letter as '
        'the mention of its sender ("According to a letter sent by Loopa ..."); "urged X to “...”" and "called on X to"; '
        '"dismissed ... as “a smokescreen”" (fragment); "questioned whether" (ASKS); a threat in the lede ("has threatened to"); '
        'a checkbox text (‘I am over 16’) inside a quotation and a report title are not quotations; "welcomed the notice" '
        'is optional (no words reported).')
NONQUOTES = [('‘I am over 16’', 'text of a checkbox, inside a quotation'), ('“Age Assurance Roadmap”', 'report title')]
TEXT = """
Loopa heads for court clash with regulator over age checks for every Australian user

Platform Brief | Policy

By Tamsin Okoro

SYDNEY — Short-video app Loopa has threatened to take Australia’s online regulator to court over an order requiring it to verify the age of every Australian user within six months, escalating the most serious clash yet over the country’s new child-safety rules.

The Online Markets Commission (OMC) on Tuesday issued Loopa with a compliance notice, finding that the app’s self-declared birthdate system was “not fit for purpose”. In a 40-page determination, the commission said it had identified more than 310,000 accounts it believed belonged to children under 13, the minimum age in Loopa’s own terms of service.

“Ticking a box that says ‘I am over 16’ is not age assurance. It is a formality, and Loopa knows it,” OMC commissioner Helen Varga said at a press conference in Canberra.

Loopa, which says it has 7.4 million monthly users in Australia, rejected the finding. Its head of public policy for Asia-Pacific, Darren Whitlock, said the notice would force the company to collect passports and driver’s licences from millions of adults “just so they can watch a cooking video”, and warned that Loopa was “considering all options, including the courts”.

“We share the commission’s goal. We do not share its method,” Whitlock told Platform Brief. “Building a national database of ID documents in the name of child safety is how you get the next big data breach.”

The company has 21 days to lodge an objection. According to a letter sent by Loopa to the commission last week and seen by Platform Brief, the notice “goes well beyond” the OMC’s powers, and the company is prepared to seek a judicial review.

The communications minister, Priya Raman, left little doubt about where the government stood when the dispute came up in parliament on Wednesday.

“If a company can build an algorithm that knows what a 14-year-old wants to watch at two in the morning, it can build one that knows she is 14,” Raman said during question time.

She urged Loopa to “stop lawyering up and start complying” and said the government would not be “bullied by a company that pays less tax here than a suburban bakery”.

Child-safety campaigners welcomed the notice. Bronwyn Tate, chief executive of Kids Online Australia, said the finding confirmed what parents and teachers had been telling the group for years.

“Every primary school teacher in the country could have told you there are ten-year-olds on Loopa. Now the regulator has counted them,” she said.

Privacy advocates were less comfortable. The Digital Rights Collective, a civil liberties group, warned that forcing platforms to check identity documents would create “a honeypot for criminals” and called on the commission to publish the technical standard it expects Loopa to meet.

Its spokesperson, Felix Amaro, said facial age estimation — the method favoured by the OMC in its “Age Assurance Roadmap” — was “still wrong about one teenager in five”.

Varga dismissed the privacy concerns as “a smokescreen”, saying Loopa already collected “far more sensitive data than a date of birth” every time a user opened the app.

The Australian Platforms Association, whose members include Loopa and several larger social networks, said in a statement that it was “concerned about the precedent” and wanted enforcement paused until a government-funded trial of age-assurance technology reports next year.

Independent senator Lachie Drummond, who chairs a Senate committee on technology, questioned whether the six-month deadline was realistic for any platform, let alone one of Loopa’s size.

“Nobody wants kids on these apps. But if the regulator picks a fight it can’t win in court, the only winner is Loopa,” Drummond said.

Shares in Loopa’s Singapore-listed parent company, Brightwave Media, fell 3.1% on Wednesday.
"""
import re
_T = TEXT.strip('\n') + '\n'


def after(s, anchor):
    """Occurrence index (as build.py counts them) of the first "s" starting at or after the text "anchor"."""
    a = _T.index(anchor)
    occ = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', _T)]
    return min(i for i, o in enumerate(occ) if o >= a)


QUOTES = [
 dict(type='indirect', c='to take Australia’s online regulator to court over an order requiring it to verify the age of every Australian user within six months', s='Loopa', m='Short-video app Loopa', cue='has threatened', r='WARNS', t='Online Markets Commission'),
 dict(type='mixed', c='the app’s self-declared birthdate system was “not fit for purpose”', s='Online Markets Commission', m='The Online Markets Commission (OMC)', cue='finding', r='CRITICIZES', ra=['STATES'], t='Loopa'),
 dict(type='indirect', c='it had identified more than 310,000 accounts it believed belonged to children under 13, the minimum age in Loopa’s own terms of service', s='Online Markets Commission', m='the commission', cue='said', r='STATES', ra=['ACCUSES', 'CRITICIZES'], ta=['Loopa']),
 dict(type='direct', c='Ticking a box that says ‘I am over 16’ is not age assurance. It is a formality, and Loopa knows it,', s='Helen Varga', m='OMC commissioner Helen Varga', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='Loopa'),
 dict(type='indirect', c='it has 7.4 million monthly users in Australia', s='Loopa', m='Loopa', cue='says', r='STATES'),
 dict(type='indirect', c='the finding', ci=after('the finding', 'rejected the finding'), s='Loopa', m='Loopa', cue='rejected', r='REJECTS', t='Online Markets Commission'),
 dict(type='mixed', c='the notice would force the company to collect passports and driver’s licences from millions of adults “just so they can watch a cooking video”', s='Darren Whitlock', m='Darren Whitlock', cue='said', r='CRITICIZES', ra=['WARNS'], t='Online Markets Commission'),
 dict(type='mixed', c='Loopa was “considering all options, including the courts”', s='Darren Whitlock', m='Darren Whitlock', cue='warned', r='WARNS', t='Online Markets Commission'),
 dict(type='direct', c='We share the commission’s goal. We do not share its method,', s='Darren Whitlock', m='Whitlock', cue='told', r='REJECTS', ra=['CRITICIZES', 'SUPPORTS'], t='Online Markets Commission'),
 dict(type='direct', c='Building a national database of ID documents in the name of child safety is how you get the next big data breach.', s='Darren Whitlock', m='Whitlock', cue='told', r='WARNS', ra=['CRITICIZES'], t='Online Markets Commission'),
 dict(type='mixed', c='the notice “goes well beyond” the OMC’s powers, and the company is prepared to seek a judicial review', s='Loopa', m='a letter', cue='According to', r='CLAIMS', ra=['STATES', 'WARNS', 'REJECTS'], t='Online Markets Commission'),
 dict(type='direct', c='If a company can build an algorithm that knows what a 14-year-old wants to watch at two in the morning, it can build one that knows she is 14,', s='Priya Raman', m='Raman', cue='said', r='CRITICIZES', ra=['SUPPORTS', 'REJECTS'], t='Loopa'),
 dict(type='mixed', c='stop lawyering up and start complying', s='Priya Raman', m='She', cue='urged', r='URGES', t='Loopa'),
 dict(type='mixed', c='the government would not be “bullied by a company that pays less tax here than a suburban bakery”', s='Priya Raman', m='She', cue='said', r='REJECTS', ra=['CRITICIZES', 'WARNS'], t='Loopa'),
 dict(type='indirect', c='the notice', ci=after('the notice', 'welcomed the notice'), s='child-safety campaigners', m='Child-safety campaigners', cue='welcomed', r='PRAISES', ra=['SUPPORTS'], ta=['Online Markets Commission'], opt=True),
 dict(type='indirect', c='the finding confirmed what parents and teachers had been telling the group for years', s='Bronwyn Tate', m='Bronwyn Tate', cue='said', r='SUPPORTS', ra=['STATES', 'CRITICIZES'], t='Online Markets Commission', ta=['Loopa']),
 dict(type='direct', c='Every primary school teacher in the country could have told you there are ten-year-olds on Loopa. Now the regulator has counted them,', s='Bronwyn Tate', m='she', cue='said', r='CRITICIZES', ra=['STATES', 'SUPPORTS'], t='Loopa'),
 dict(type='mixed', c='forcing platforms to check identity documents would create “a honeypot for criminals”', s='Digital Rights Collective', m='The Digital Rights Collective', cue='warned', r='WARNS', ra=['CRITICIZES'], t='Online Markets Commission'),
 dict(type='indirect', c='publish the technical standard it expects Loopa to meet', s='Digital Rights Collective', m='The Digital Rights Collective', cue='called on', r='URGES', t='Online Markets Commission'),
 dict(type='mixed', c='facial age estimation — the method favoured by the OMC in its “Age Assurance Roadmap” — was “still wrong about one teenager in five”', s='Felix Amaro', m='Felix Amaro', cue='said', r='CRITICIZES', ra=['STATES', 'WARNS'], t='Online Markets Commission'),
 dict(type='mixed', c='a smokescreen', s='Helen Varga', m='Varga', cue='dismissed', r='REJECTS', ra=['CRITICIZES'], t='Loopa', ta=['Digital Rights Collective']),
 dict(type='mixed', c='Loopa already collected “far more sensitive data than a date of birth” every time a user opened the app', s='Helen Varga', m='Varga', cue='saying', r='CRITICIZES', ra=['ACCUSES', 'STATES'], t='Loopa'),
 dict(type='mixed', c='it was “concerned about the precedent” and wanted enforcement paused until a government-funded trial of age-assurance technology reports next year', s='Australian Platforms Association', m='The Australian Platforms Association', cue='said', r='CRITICIZES', ra=['URGES', 'WARNS', 'STATES'], t='Online Markets Commission', ta=['Priya Raman']),
 dict(type='indirect', c='whether the six-month deadline was realistic for any platform, let alone one of Loopa’s size', s='Lachie Drummond', m='Independent senator Lachie Drummond', cue='questioned', r='ASKS', ra=['CRITICIZES'], ta=['Online Markets Commission']),
 dict(type='direct', c='Nobody wants kids on these apps. But if the regulator picks a fight it can’t win in court, the only winner is Loopa,', s='Lachie Drummond', m='Drummond', cue='said', r='WARNS', ra=['CRITICIZES'], t='Online Markets Commission'),
]
ENTITIES = [
 ('Helen Varga', 'PERSON', ['OMC commissioner Helen Varga', 'Varga']),
 ('Darren Whitlock', 'PERSON', ['Darren Whitlock', 'Whitlock', 'Its head of public policy for Asia-Pacific']),
 ('Priya Raman', 'PERSON', ['The communications minister, Priya Raman', 'Raman']),
 ('Bronwyn Tate', 'PERSON', ['Bronwyn Tate']),
 ('Felix Amaro', 'PERSON', ['Felix Amaro', 'Its spokesperson']),
 ('Lachie Drummond', 'PERSON', ['Independent senator Lachie Drummond', 'Drummond']),
 ('Tamsin Okoro', 'PERSON', ['Tamsin Okoro']),
 ('Loopa', 'ORGANIZATION', ['Loopa', 'Short-video app Loopa', 'the company', 'The company', 'Loopa’s']),
 ('Online Markets Commission', 'ORGANIZATION', ['The Online Markets Commission', 'OMC', 'the commission', 'the regulator', 'Australia’s online regulator']),
 ('Kids Online Australia', 'ORGANIZATION', ['Kids Online Australia', 'the group']),
 ('Digital Rights Collective', 'ORGANIZATION', ['The Digital Rights Collective']),
 ('Australian Platforms Association', 'ORGANIZATION', ['The Australian Platforms Association']),
 ('Brightwave Media', 'ORGANIZATION', ['Brightwave Media']),
 ('Platform Brief', 'ORGANIZATION', ['Platform Brief']),
 ('child-safety campaigners', 'GROUP', ['Child-safety campaigners']),
 ('Australia', 'COUNTRY', ['Australia', 'Australian', 'the government']),
 ('Canberra', 'LOCATION', ['Canberra']),
 ('Sydney', 'LOCATION', ['SYDNEY']),
]
