import re

ID = 'v01-nova-scotia-election-liveblog'
GENRE = 'election-night live blog (Canada)'
NOTE = ('Genre: election-night live blog with timestamps and a byline; curly double quotes; a tweet introduced by a '
        'colon; a reporter\'s doorstep exchange printed as "Name: “...”" lines (speaker label, cue null; the reporter\'s '
        'questions are optional ASKS, as interviewer questions); a concession speech running over two paragraphs after '
        '"She told supporters:" (one span); "congratulated X on" (content after "on"); an anonymous strategist; an '
        'electoral body as speaker ("says", "According to"); the outlet\'s decision desk "projects that" (CLAIMS; the '
        'agentless "Reform is projected to win" is not annotated); a descriptor speaker ("the 61-year-old premier"), '
        'whose "said only that" is followed by a wholly quoted clause (content inside the marks, as dev 11\'s "urged them '
        'to" plus a wholly quoted clause); "Asked by reporters whether" is not an ASKS (as the first set); campaign '
        'slogans on placards are not annotated.')
NONQUOTES = [('“100 Days”', 'slogan on placards'), ('“Time for Change”', 'slogan on placards')]
TEXT = """
Nova Scotia election night: Strachan clings on as Reform surges in Cape Breton – as it happened

By Colleen Rafferty and Marc-André Doiron

7:45 p.m. AT
Polls close in 15 minutes. Premier Helen Strachan is seeking a third term for the Atlantic Democrats after a campaign dominated by emergency-room closures and the cost of ferry travel. Her main challenger is Reform leader Raj Dhaliwal, who has promised to “fix health care in 100 days” – a line he has repeated at almost every stop since the writ dropped.

8:02 p.m.
Polls are closed. The Nova Scotia Electoral Commission says turnout was running at about 54 per cent at 6 p.m., slightly ahead of the last election.

8:20 p.m.
The first results are in from Cape Breton, and they are good for Reform. With 30 of 48 polls reporting in Sydney North, Reform candidate Fiona MacIsaac leads the Atlantic Democrat incumbent by more than 900 votes.

Colleen is at the Reform office in Sydney. She says the mood there is “somewhere between a wedding and a hockey final”.

8:34 p.m.
Dhaliwal has posted on social media from his hotel in Truro: “Cape Breton has been ignored for too long. Tonight it is being heard.”

8:51 p.m.
Over at Atlantic Democrat headquarters in Halifax, campaign co-chair Derek Osmond is putting on a brave face. He told reporters the party had always expected Cape Breton to be “a dogfight” and that the suburbs around Halifax would tell a different story.

“We’re not reading anything into four ridings. Ask me at eleven,” Osmond said.

9:10 p.m.
The crowd at the Reform rally in Truro is growing. People are waving placards reading “100 Days” and “Time for Change”, and the DJ has just played the same song for the third time.

9:26 p.m.
Marc-André caught up with the Coastal Party leader, Aimée LeBlanc, outside a fire hall in Lunenburg, where her party is on course to win at least two seats:

Doiron: “Two seats, maybe three. Is that a disappointment?”

LeBlanc: “We had one seat this morning. Do the math.”

Doiron: “Would you prop up a Strachan minority?”

LeBlanc: “I would talk to anyone about ferries and family doctors. I wouldn’t sign a blank cheque for anyone.”

10:02 p.m.
Our decision desk projects that the Atlantic Democrats will form the next government, but with 26 seats, two short of a majority in the 55-seat legislature. Reform is projected to win 22 seats, up from nine.

“This is a punishment vote on health care, not a love letter to Reform,” said Yvonne Thibodeau of the Fundy Policy Institute, speaking on our election panel. “Dhaliwal should be careful not to read it as one.”

10:18 p.m.
Dhaliwal arrives in Truro to deafening cheers. He says the result shows Nova Scotians want “a government that answers the phone”, and accuses Strachan of “running the province like a call centre with nobody on the line”.

He pledges that Reform will use its seats to force a vote on emergency-room staffing “before Christmas”.

10:38 p.m.
Strachan has taken the stage at a downtown Halifax hotel. She congratulated Dhaliwal on “a campaign that connected with people” and then turned to her own party. She told supporters:

“I won’t pretend this is the result we wanted. Nova Scotians have sent us a message about emergency rooms, and I heard it loud and clear.

“Tomorrow morning I will call every party leader in this province. The people did not elect a majority, so we will govern like people who have to earn every vote.”

10:55 p.m.
Not everyone in the Reform camp is celebrating. A senior Reform strategist, who asked not to be named because he was not authorized to speak publicly, told Colleen the party had “left three or four seats on the table” in Halifax by running what he called a rural-first campaign.

11:12 p.m.
According to the Electoral Commission, final turnout was 57.3 per cent, the highest in a provincial election since 2013.

11:30 p.m.
A big name falls: Health Minister Carla Boudreau has lost her seat in Dartmouth East to Reform by 212 votes. In a brief statement, she said she had “no regrets about a single hard decision”.

11:45 p.m.
Asked by reporters on her way out whether she would seek a formal agreement with the Coastal Party, the 61-year-old premier said only that “every door is open”.

That’s where we’ll leave our live coverage tonight. Thanks for following along.
"""

_T = TEXT.strip('\n') + '\n'


def label(lab, n):
    """Occurrence index (as build.py counts them) of the n-th line-initial "lab:" label."""
    occ = [m.start() for m in re.finditer(r'(?<!\w)' + lab + r'(?!\w)', _T)]
    labs = [i for i, o in enumerate(occ) if (o == 0 or _T[o - 1] == '\n') and _T[o + len(lab)] == ':']
    return labs[n]


def before(s, anchor):
    """Occurrence index (as build.py counts them) of the last "s" starting at or before the text "anchor"."""
    a = _T.index(anchor)
    occ = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', _T)]
    return max(i for i, o in enumerate(occ) if o <= a)


QUOTES = [
 dict(type='mixed', c='to “fix health care in 100 days”', s='Raj Dhaliwal', m='Reform leader Raj Dhaliwal', cue='has promised', r='PROMISES'),
 dict(type='indirect', c='turnout was running at about 54 per cent at 6 p.m., slightly ahead of the last election', s='Nova Scotia Electoral Commission', m='The Nova Scotia Electoral Commission', cue='says', r='STATES'),
 dict(type='mixed', c='the mood there is “somewhere between a wedding and a hockey final”', s='Colleen Rafferty', m='She', cue='says', r='STATES'),
 dict(type='direct', c='Cape Breton has been ignored for too long. Tonight it is being heard.', s='Raj Dhaliwal', m='Dhaliwal', cue='has posted', r='CRITICIZES', ra=['STATES'], t='Atlantic Democrats', ta=['Helen Strachan']),
 dict(type='mixed', c='the party had always expected Cape Breton to be “a dogfight” and that the suburbs around Halifax would tell a different story', s='Derek Osmond', m='He', cue='told', r='STATES', ra=['CLAIMS']),
 dict(type='direct', c='We’re not reading anything into four ridings. Ask me at eleven,', s='Derek Osmond', m='Osmond', cue='said', r='STATES'),
 dict(type='direct', c='Two seats, maybe three. Is that a disappointment?', s='Marc-André Doiron', m='Doiron', mi=label('Doiron', 0), cue=None, r='ASKS', t='Aimée LeBlanc', opt=True),
 dict(type='direct', c='We had one seat this morning. Do the math.', s='Aimée LeBlanc', m='LeBlanc', mi=label('LeBlanc', 0), cue=None, r='STATES', ra=['REJECTS', 'DENIES']),
 dict(type='direct', c='Would you prop up a Strachan minority?', s='Marc-André Doiron', m='Doiron', mi=label('Doiron', 1), cue=None, r='ASKS', t='Aimée LeBlanc', opt=True),
 dict(type='direct', c='I would talk to anyone about ferries and family doctors. I wouldn’t sign a blank cheque for anyone.', s='Aimée LeBlanc', m='LeBlanc', mi=label('LeBlanc', 1), cue=None, r='STATES', ra=['REJECTS', 'WARNS'], ta=['Helen Strachan', 'Atlantic Democrats']),
 dict(type='indirect', c='the Atlantic Democrats will form the next government, but with 26 seats, two short of a majority in the 55-seat legislature', s='decision desk', m='Our decision desk', cue='projects', r='CLAIMS', ra=['STATES']),
 dict(type='direct', c='This is a punishment vote on health care, not a love letter to Reform,', s='Yvonne Thibodeau', m='Yvonne Thibodeau', cue='said', r='STATES', ra=['CLAIMS', 'CRITICIZES'], ta=['Atlantic Democrats', 'Nova Scotia Reform Party']),
 dict(type='direct', c='Dhaliwal should be careful not to read it as one.', s='Yvonne Thibodeau', m='Yvonne Thibodeau', cue='said', r='WARNS', ra=['URGES'], t='Raj Dhaliwal'),
 dict(type='mixed', c='the result shows Nova Scotians want “a government that answers the phone”', s='Raj Dhaliwal', m='He', cue='says', r='CRITICIZES', ra=['CLAIMS', 'STATES'], t='Atlantic Democrats', ta=['Helen Strachan']),
 dict(type='mixed', c='running the province like a call centre with nobody on the line', s='Raj Dhaliwal', m='He', mi=before('He', 'He says the result'), cue='accuses', r='ACCUSES', ra=['CRITICIZES'], t='Helen Strachan'),
 dict(type='mixed', c='Reform will use its seats to force a vote on emergency-room staffing “before Christmas”', s='Raj Dhaliwal', m='He', cue='pledges', r='PROMISES', ta=['Atlantic Democrats']),
 dict(type='mixed', c='a campaign that connected with people', s='Helen Strachan', m='She', cue='congratulated', r='PRAISES', t='Raj Dhaliwal'),
 dict(type='direct', c='I won’t pretend this is the result we wanted. Nova Scotians have sent us a message about emergency rooms, and I heard it loud and clear.\n\n“Tomorrow morning I will call every party leader in this province. The people did not elect a majority, so we will govern like people who have to earn every vote.', s='Helen Strachan', m='She', cue='told', r='STATES', ra=['PROMISES']),
 dict(type='mixed', c='the party had “left three or four seats on the table” in Halifax by running what he called a rural-first campaign', s='senior Reform strategist', m='A senior Reform strategist', cue='told', r='STATES', ra=['CRITICIZES'], ta=['Nova Scotia Reform Party']),
 dict(type='indirect', c='final turnout was 57.3 per cent, the highest in a provincial election since 2013', s='Nova Scotia Electoral Commission', m='the Electoral Commission', cue='According to', r='STATES'),
 dict(type='mixed', c='she had “no regrets about a single hard decision”', s='Carla Boudreau', m='she', cue='said', r='STATES', ra=['SUPPORTS']),
 dict(type='mixed', c='every door is open', s='Helen Strachan', m='the 61-year-old premier', cue='said', r='STATES', ra=['PROMISES'], ta=['Coastal Party']),
]
ENTITIES = [
 ('Helen Strachan', 'PERSON', ['Premier Helen Strachan', 'Strachan', 'the 61-year-old premier']),
 ('Raj Dhaliwal', 'PERSON', ['Reform leader Raj Dhaliwal', 'Dhaliwal']),
 ('Aimée LeBlanc', 'PERSON', ['the Coastal Party leader, Aimée LeBlanc', 'LeBlanc']),
 ('Derek Osmond', 'PERSON', ['campaign co-chair Derek Osmond', 'Osmond']),
 ('Yvonne Thibodeau', 'PERSON', ['Yvonne Thibodeau']),
 ('Carla Boudreau', 'PERSON', ['Health Minister Carla Boudreau']),
 ('Fiona MacIsaac', 'PERSON', ['Reform candidate Fiona MacIsaac']),
 ('Colleen Rafferty', 'PERSON', ['Colleen Rafferty', 'Colleen']),
 ('Marc-André Doiron', 'PERSON', ['Marc-André Doiron', 'Marc-André', 'Doiron']),
 ('senior Reform strategist', 'PERSON', ['A senior Reform strategist']),
 ('Atlantic Democrats', 'ORGANIZATION', ['the Atlantic Democrats', 'Atlantic Democrat', 'her own party']),
 ('Nova Scotia Reform Party', 'ORGANIZATION', ['Reform', 'the Reform camp']),
 ('Coastal Party', 'ORGANIZATION', ['the Coastal Party', 'Coastal Party']),
 ('Nova Scotia Electoral Commission', 'ORGANIZATION', ['The Nova Scotia Electoral Commission', 'the Electoral Commission']),
 ('Fundy Policy Institute', 'ORGANIZATION', ['the Fundy Policy Institute']),
 ('decision desk', 'ORGANIZATION', ['Our decision desk']),
 ('Nova Scotians', 'GROUP', ['Nova Scotians']),
 ('Nova Scotia', 'LOCATION', ['Nova Scotia']),
 ('Cape Breton', 'LOCATION', ['Cape Breton']),
 ('Halifax', 'LOCATION', ['Halifax']),
 ('Truro', 'LOCATION', ['Truro']),
 ('Sydney', 'LOCATION', ['Sydney']),
 ('Lunenburg', 'LOCATION', ['Lunenburg']),
 ('Dartmouth', 'LOCATION', ['Dartmouth']),
]
