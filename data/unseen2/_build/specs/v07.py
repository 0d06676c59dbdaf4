import re

ID = 'v07-rail-collapse-committee-transcript'
GENRE = 'parliamentary committee hearing, edited transcript with news intro (UK)'
NOTE = ('Genre: news intro followed by an edited committee transcript with numbered questions ("Q43 Kwame Asante: ...") '
        'and answers labelled by the witness\'s name; every transcript turn is a direct quotation without marks, '
        'attributed by its label (speakerMention = the label, cue null); MPs\' questions in a hearing are required ASKS '
        '(as the first set\'s senators), their statements get their own relation; reported speech inside a question '
        '(a finance director\'s letter "saying the company was ‘weeks, not months’ from insolvency") is required, as in the '
        'dev Q&A; British single quotes in the prose; the standfirst\'s "blamed ministers for" is optional; "rejected that '
        'account" (noun-phrase content); a passenger group "urged the administrators, X, to".')
NONQUOTES = []
TEXT = """
Pennine Express collapse: what the operator’s bosses and rail officials told MPs

The former chief executive of the failed rail operator apologised to passengers but blamed ministers for an ‘impossible’ fare cap. These are the key exchanges from Tuesday’s hearing.

By Priya Chatterjee, Transport Correspondent

Pennine Express stopped running trains on 14 August, leaving about 1.4 million passenger journeys a week without a timetable for nine days until a government-owned operator took over its routes between Manchester, Leeds and Sheffield.

On Tuesday its former chief executive, Simon Reddaway, told the Commons transport committee he was ‘deeply sorry’ for the disruption, but said the company had been ‘set up to fail’ by a cap on fare rises that ministers imposed in 2023. The company’s former finance director, Lorna Baird, submitted written evidence and did not appear.

Dr Paul Emeka, the Department for Transport’s director general for rail, rejected that account, telling MPs the cap had been ‘fully funded’ through higher subsidy payments.

This is an edited transcript. Questions are numbered as in the committee’s published record.

Q41 Chair: Mr Reddaway, your trains stopped running on 14 August. When did you first know the company could not pay its bills?

Simon Reddaway: The board knew in May that there was a serious risk. We believed, on the advice we had, that the refinancing would go through. It didn’t.

Q42 Chair: So for three months you sold tickets you knew you might not be able to honour.

Simon Reddaway: I don’t accept that characterisation. We sold tickets for a railway that was running, and we kept it running for as long as we legally could.

Q43 Kwame Asante: Your finance director wrote to the department on 2 June – we have the letter – saying the company was ‘weeks, not months’ from insolvency. Did you see that letter before it was sent?

Simon Reddaway: I saw a draft. I thought the language was stronger than the position justified, and I said so at the time.

Q44 Kwame Asante: Stronger than the position justified? The company collapsed ten weeks later.

Simon Reddaway: With hindsight, Lorna was right and I was wrong. I have told her that personally.

Q45 Chair: Dr Emeka, the department had that letter on 2 June. What did it do with it?

Dr Paul Emeka: We began contingency planning that week. I want to be clear that the operator of last resort was ready. The nine days of disruption happened because the company stopped services without the 28 days’ notice its contract requires.

Simon Reddaway: That is simply not true. We gave the department every hour of notice we had.

Q46 Chair: Gentlemen, you can’t both be right.

Q47 Rebecca Garside: Mr Reddaway, you received a bonus of £410,000 in April. Will you pay it back?

Simon Reddaway: I have offered to return it to the administrators, and they are considering that offer.

After the session, the committee chair, Dame Harriet Cole, told reporters the committee would write to the transport secretary within a week asking for the department’s full correspondence with the company.

‘We heard two versions of the same nine days this morning. They cannot both be true, and passengers deserve to know which one is,’ she said.

The passenger group Rail Users North said season-ticket holders were still owed ‘around £6m’ in refunds, and urged the administrators, Hartley Quinn, to publish a timetable for paying them.
"""

_T = TEXT.strip('\n') + '\n'


def label(lab, n):
    """Occurrence index (as build.py counts them) of the n-th "lab:" transcript label."""
    occ = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(lab) + r'(?!\w)', _T)]
    labs = [i for i, o in enumerate(occ) if _T[o + len(lab)] == ':']
    return labs[n]


TURNS = [   # (label, n-th use of that label, text, relation, relationAlso, target, targetAlso)
 ('Chair', 0, 'Mr Reddaway, your trains stopped running on 14 August. When did you first know the company could not pay its bills?', 'ASKS', [], 'Simon Reddaway', []),
 ('Simon Reddaway', 0, 'The board knew in May that there was a serious risk. We believed, on the advice we had, that the refinancing would go through. It didn’t.', 'STATES', [], None, []),
 ('Chair', 1, 'So for three months you sold tickets you knew you might not be able to honour.', 'ACCUSES', ['CRITICIZES', 'ASKS'], 'Simon Reddaway', []),
 ('Simon Reddaway', 1, 'I don’t accept that characterisation. We sold tickets for a railway that was running, and we kept it running for as long as we legally could.', 'REJECTS', ['DENIES'], 'Harriet Cole', []),
 ('Kwame Asante', 0, 'Your finance director wrote to the department on 2 June – we have the letter – saying the company was ‘weeks, not months’ from insolvency. Did you see that letter before it was sent?', 'ASKS', [], 'Simon Reddaway', []),
 ('Simon Reddaway', 2, 'I saw a draft. I thought the language was stronger than the position justified, and I said so at the time.', 'STATES', [], None, []),
 ('Kwame Asante', 1, 'Stronger than the position justified? The company collapsed ten weeks later.', 'CRITICIZES', ['ASKS'], 'Simon Reddaway', []),
 ('Simon Reddaway', 3, 'With hindsight, Lorna was right and I was wrong. I have told her that personally.', 'STATES', ['PRAISES'], None, ['Lorna Baird']),
 ('Chair', 2, 'Dr Emeka, the department had that letter on 2 June. What did it do with it?', 'ASKS', [], 'Paul Emeka', ['Department for Transport']),
 ('Dr Paul Emeka', 0, 'We began contingency planning that week. I want to be clear that the operator of last resort was ready. The nine days of disruption happened because the company stopped services without the 28 days’ notice its contract requires.', 'ACCUSES', ['STATES', 'DENIES', 'CRITICIZES'], 'Pennine Express', ['Simon Reddaway']),
 ('Simon Reddaway', 4, 'That is simply not true. We gave the department every hour of notice we had.', 'DENIES', ['REJECTS'], 'Paul Emeka', ['Department for Transport']),
 ('Chair', 3, 'Gentlemen, you can’t both be right.', 'STATES', ['CRITICIZES'], None, ['Simon Reddaway', 'Paul Emeka']),
 ('Rebecca Garside', 0, 'Mr Reddaway, you received a bonus of £410,000 in April. Will you pay it back?', 'ASKS', [], 'Simon Reddaway', []),
 ('Simon Reddaway', 5, 'I have offered to return it to the administrators, and they are considering that offer.', 'STATES', ['PROMISES'], None, []),
]
SPEAKER = {'Chair': 'Harriet Cole', 'Simon Reddaway': 'Simon Reddaway', 'Kwame Asante': 'Kwame Asante',
           'Dr Paul Emeka': 'Paul Emeka', 'Rebecca Garside': 'Rebecca Garside'}


def turn(lab, n, c, r, ra, t, ta):
    return dict(type='direct', c=c, s=SPEAKER[lab], m=lab, mi=label(lab, n), cue=None, r=r, ra=ra, t=t, ta=ta)


QUOTES = [
 dict(type='mixed', c='an ‘impossible’ fare cap', s='Simon Reddaway', m='The former chief executive of the failed rail operator', cue='blamed', r='ACCUSES', ra=['CRITICIZES'], t='UK government', opt=True),
 dict(type='mixed', c='he was ‘deeply sorry’ for the disruption', s='Simon Reddaway', m='its former chief executive, Simon Reddaway', cue='told', r='STATES', ta=['passengers']),
 dict(type='mixed', c='the company had been ‘set up to fail’ by a cap on fare rises that ministers imposed in 2023', s='Simon Reddaway', m='its former chief executive, Simon Reddaway', cue='said', r='CRITICIZES', ra=['ACCUSES', 'CLAIMS'], t='UK government'),
 dict(type='indirect', c='that account', s='Paul Emeka', m='Dr Paul Emeka', mi=0, cue='rejected', r='REJECTS', ra=['DENIES'], t='Simon Reddaway'),
 dict(type='mixed', c='the cap had been ‘fully funded’ through higher subsidy payments', s='Paul Emeka', m='Dr Paul Emeka', mi=0, cue='telling', r='DENIES', ra=['STATES', 'REJECTS'], t='Simon Reddaway'),
 turn(*TURNS[0]), turn(*TURNS[1]), turn(*TURNS[2]), turn(*TURNS[3]), turn(*TURNS[4]),
 dict(type='mixed', c='the company was ‘weeks, not months’ from insolvency', s='Lorna Baird', m='Your finance director', cue='saying', r='WARNS', ra=['STATES'], t='Department for Transport'),
 turn(*TURNS[5]), turn(*TURNS[6]), turn(*TURNS[7]), turn(*TURNS[8]), turn(*TURNS[9]), turn(*TURNS[10]),
 turn(*TURNS[11]), turn(*TURNS[12]), turn(*TURNS[13]),
 dict(type='indirect', c='the committee would write to the transport secretary within a week asking for the department’s full correspondence with the company', s='Harriet Cole', m='the committee chair, Dame Harriet Cole', cue='told', r='STATES', ra=['PROMISES', 'WARNS'], ta=['transport secretary', 'Department for Transport']),
 dict(type='direct', c='We heard two versions of the same nine days this morning. They cannot both be true, and passengers deserve to know which one is,', s='Harriet Cole', m='she', cue='said', r='CRITICIZES', ra=['STATES'], ta=['Simon Reddaway', 'Paul Emeka']),
 dict(type='mixed', c='season-ticket holders were still owed ‘around £6m’ in refunds', s='Rail Users North', m='The passenger group Rail Users North', cue='said', r='STATES', ra=['CRITICIZES'], ta=['Pennine Express', 'Hartley Quinn']),
 dict(type='indirect', c='publish a timetable for paying them', s='Rail Users North', m='The passenger group Rail Users North', cue='urged', r='URGES', t='Hartley Quinn'),
]
ENTITIES = [
 ('Simon Reddaway', 'PERSON', ['its former chief executive, Simon Reddaway', 'Simon Reddaway', 'Mr Reddaway', 'The former chief executive of the failed rail operator']),
 ('Paul Emeka', 'PERSON', ['Dr Paul Emeka', 'Dr Emeka']),
 ('Harriet Cole', 'PERSON', ['the committee chair, Dame Harriet Cole', 'Chair']),
 ('Kwame Asante', 'PERSON', ['Kwame Asante']),
 ('Rebecca Garside', 'PERSON', ['Rebecca Garside']),
 ('Lorna Baird', 'PERSON', ['The company’s former finance director, Lorna Baird', 'Lorna', 'Your finance director']),
 ('Priya Chatterjee', 'PERSON', ['Priya Chatterjee']),
 ('transport secretary', 'PERSON', ['the transport secretary']),
 ('Pennine Express', 'ORGANIZATION', ['Pennine Express', 'the company', 'the failed rail operator']),
 ('Department for Transport', 'ORGANIZATION', ['the Department for Transport’s', 'the department']),
 ('UK government', 'ORGANIZATION', ['ministers']),
 ('Commons transport committee', 'ORGANIZATION', ['the Commons transport committee', 'the committee']),
 ('Rail Users North', 'ORGANIZATION', ['The passenger group Rail Users North']),
 ('Hartley Quinn', 'ORGANIZATION', ['the administrators, Hartley Quinn', 'the administrators']),
 ('passengers', 'GROUP', ['passengers', 'season-ticket holders']),
 ('Manchester', 'LOCATION', ['Manchester']),
 ('Leeds', 'LOCATION', ['Leeds']),
 ('Sheffield', 'LOCATION', ['Sheffield']),
]
