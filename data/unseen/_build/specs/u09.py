ID = 'u09-reactor-diplomatic-row'
GENRE = 'international diplomatic row (wire, British spelling)'
NOTE = ('Genre: diplomatic wire story; countries and capitals as speakers and targets (metonymy: Prague, Vienna); '
        'foreign ministries speaking "in a statement" (Austria\'s, the Czech, Germany\'s); "called on both sides to" '
        '(target both parties, given as targetAlso); a fragment after "dismissed ... as"; descriptor speaker "the '
        'minister"; an anonymous EU diplomat; an inverted split quote; a passive "had been urged" inside a reported '
        'clause is not a separate quotation. Real countries and cities; people, the plant and groups are invented.')
NONQUOTES = []
TEXT = """
Austria summons Czech envoy as row over border reactors deepens

VIENNA, June 11 – Austria summoned the Czech ambassador on Wednesday in protest at Prague’s decision to approve two new reactors at a nuclear plant 60 km from the border, accusing its neighbour of ignoring “binding obligations” to consult on the project.

Austria’s foreign ministry said in a statement that the ambassador had been told the decision was “unacceptable in both substance and process” and that Vienna reserved the right to take legal action at European level.

The Czech cabinet approved the €14 billion expansion of the Bystřice nuclear power station on Monday. Industry Minister Tomáš Hrubý said the plant would supply a fifth of the country’s electricity by 2040 and was essential to ending its dependence on coal. He pledged that the reactors would meet “the highest safety standards in Europe”.

Prague rejected Vienna’s criticism on Wednesday. “Austria was consulted at every stage, exactly as European rules require. We have the paperwork,” the Czech foreign ministry said in a statement. “We regret that a technical question is being turned into a political one.”

Austria’s environment minister, Lena Brandstätter, dismissed that account as “creative bookkeeping”. Speaking to reporters in Vienna, she said Austria had submitted 4,300 pages of objections during the consultation period and had received “a two-page reply.”

“If that is consultation, then I would like to know what ignoring someone looks like,” the minister added.

Austrian opposition to nuclear power runs deep: the country voted against operating its only completed plant in a 1978 referendum and has objected to almost every reactor project near its borders since.

The dispute has caused unease among other European Union governments. An EU diplomat, speaking on condition of anonymity, said the two capitals had been urged privately to “take the temperature down” before a summit of EU leaders later this month.

Germany, whose southern state of Bavaria borders both countries, has sought to stay out of the quarrel. Germany’s foreign ministry said in a statement that it was “following the discussion closely” and called on both sides to resolve the issue “in a spirit of good neighbourliness.”

In Prague, Prime Minister Jana Kolářová struck a defiant note. “Czech energy policy is decided in Prague. Not in Vienna, not anywhere else,” she told parliament.

She said she was nonetheless willing to meet her Austrian counterpart “any day he likes”.

Austrian Chancellor Markus Pichler said he would accept the invitation but warned that talks would be “pointless” unless construction was paused while both sides reviewed the safety assessment.

Environmental groups on both sides of the border have joined the dispute. The Vienna-based Clean Danube Alliance said the new reactors would use a design that “has never been built anywhere in the world” and urged Prague to publish the full safety file.

Not everyone in Austria shares the alarm.

“Austria buys Czech nuclear power on cold, windless days and then complains about Czech nuclear power on sunny ones,” said Petra Steinlechner, an energy economist at the Graz Institute for Energy Economics. “That position is popular, but it isn’t consistent.”
"""
QUOTES = [
 dict(type='mixed', c='ignoring “binding obligations” to consult on the project', s='Austria', m='Austria', mi=1, cue='accusing', r='ACCUSES', t='Czech Republic'),
 dict(type='mixed', c='the ambassador had been told the decision was “unacceptable in both substance and process” and that Vienna reserved the right to take legal action at European level', s='Austrian foreign ministry', m='Austria’s foreign ministry', cue='said', r='CRITICIZES', ra=['WARNS', 'STATES'], t='Czech Republic'),
 dict(type='indirect', c='the plant would supply a fifth of the country’s electricity by 2040 and was essential to ending its dependence on coal', s='Tomáš Hrubý', m='Industry Minister Tomáš Hrubý', cue='said', r='STATES', ra=['SUPPORTS', 'CLAIMS']),
 dict(type='mixed', c='the reactors would meet “the highest safety standards in Europe”', s='Tomáš Hrubý', m='He', cue='pledged', r='PROMISES', ra=['STATES']),
 dict(type='indirect', c='Vienna’s criticism', s='Czech Republic', m='Prague', mi=1, cue='rejected', r='REJECTS', t='Austria'),
 dict(type='direct', c='Austria was consulted at every stage, exactly as European rules require. We have the paperwork,', s='Czech foreign ministry', m='the Czech foreign ministry', cue='said', r='DENIES', ra=['REJECTS', 'STATES'], t='Austria'),
 dict(type='direct', c='We regret that a technical question is being turned into a political one.', s='Czech foreign ministry', m='the Czech foreign ministry', cue='said', r='CRITICIZES', ra=['STATES', 'ACCUSES'], t='Austria'),
 dict(type='mixed', c='creative bookkeeping', s='Lena Brandstätter', m='Lena Brandstätter', cue='dismissed', r='REJECTS', ra=['CRITICIZES'], t='Czech foreign ministry', ta=['Czech Republic']),
 dict(type='mixed', c='Austria had submitted 4,300 pages of objections during the consultation period and had received “a two-page reply.”', s='Lena Brandstätter', m='she', cue='said', r='CRITICIZES', ra=['STATES', 'DENIES'], t='Czech Republic'),
 dict(type='direct', c='If that is consultation, then I would like to know what ignoring someone looks like,', s='Lena Brandstätter', m='the minister', cue='added', r='CRITICIZES', ra=['ACCUSES'], t='Czech Republic'),
 dict(type='mixed', c='the two capitals had been urged privately to “take the temperature down” before a summit of EU leaders later this month', s='EU diplomat', m='An EU diplomat', cue='said', r='STATES', ra=['URGES'], ta=['Austria', 'Czech Republic']),
 dict(type='mixed', c='it was “following the discussion closely”', s='German foreign ministry', m='Germany’s foreign ministry', cue='said', r='STATES'),
 dict(type='mixed', c='resolve the issue “in a spirit of good neighbourliness.”', s='German foreign ministry', m='Germany’s foreign ministry', cue='called on', r='URGES', ta=['Austria', 'Czech Republic']),
 dict(type='direct', c='Czech energy policy is decided in Prague. Not in Vienna, not anywhere else,', s='Jana Kolářová', m='she', cue='told', r='REJECTS', ra=['CRITICIZES', 'STATES'], t='Austria'),
 dict(type='mixed', c='she was nonetheless willing to meet her Austrian counterpart “any day he likes”', s='Jana Kolářová', m='She', cue='said', r='STATES', ra=['PROMISES'], t='Markus Pichler', ta=['Austria']),
 dict(type='indirect', c='he would accept the invitation', s='Markus Pichler', m='Austrian Chancellor Markus Pichler', cue='said', r='STATES', ra=['PROMISES', 'SUPPORTS'], t='Jana Kolářová', ta=['Czech Republic']),
 dict(type='mixed', c='talks would be “pointless” unless construction was paused while both sides reviewed the safety assessment', s='Markus Pichler', m='Austrian Chancellor Markus Pichler', cue='warned', r='WARNS', t='Czech Republic', ta=['Jana Kolářová']),
 dict(type='mixed', c='the new reactors would use a design that “has never been built anywhere in the world”', s='Clean Danube Alliance', m='The Vienna-based Clean Danube Alliance', cue='said', r='WARNS', ra=['CRITICIZES', 'STATES'], t='Czech Republic', ta=[]),
 dict(type='indirect', c='publish the full safety file', s='Clean Danube Alliance', m='The Vienna-based Clean Danube Alliance', cue='urged', r='URGES', t='Czech Republic'),
 dict(type='direct', c='Austria buys Czech nuclear power on cold, windless days and then complains about Czech nuclear power on sunny ones,', s='Petra Steinlechner', m='Petra Steinlechner', cue='said', r='CRITICIZES', t='Austria'),
 dict(type='direct', c='That position is popular, but it isn’t consistent.', s='Petra Steinlechner', m='Petra Steinlechner', cue='said', r='CRITICIZES', ra=['STATES'], t='Austria'),
]
ENTITIES = [
 ('Tomáš Hrubý', 'PERSON', ['Industry Minister Tomáš Hrubý']),
 ('Lena Brandstätter', 'PERSON', ['Austria’s environment minister, Lena Brandstätter', 'Lena Brandstätter', 'the minister']),
 ('Jana Kolářová', 'PERSON', ['Prime Minister Jana Kolářová']),
 ('Markus Pichler', 'PERSON', ['Austrian Chancellor Markus Pichler', 'her Austrian counterpart']),
 ('Petra Steinlechner', 'PERSON', ['Petra Steinlechner']),
 ('EU diplomat', 'PERSON', ['An EU diplomat']),
 ('Austrian foreign ministry', 'ORGANIZATION', ['Austria’s foreign ministry']),
 ('Czech foreign ministry', 'ORGANIZATION', ['the Czech foreign ministry']),
 ('German foreign ministry', 'ORGANIZATION', ['Germany’s foreign ministry']),
 ('Clean Danube Alliance', 'ORGANIZATION', ['The Vienna-based Clean Danube Alliance', 'Clean Danube Alliance']),
 ('Graz Institute for Energy Economics', 'ORGANIZATION', ['the Graz Institute for Energy Economics']),
 ('Czech cabinet', 'ORGANIZATION', ['The Czech cabinet']),
 ('Austria', 'COUNTRY', ['Austria', 'Vienna', 'Austrian']),
 ('Czech Republic', 'COUNTRY', ['Prague', 'Czech', 'its neighbour']),
 ('Germany', 'COUNTRY', ['Germany', 'Germany’s']),
 ('Bavaria', 'LOCATION', ['Bavaria']),
 ('Bystřice nuclear power station', 'LOCATION', ['the Bystřice nuclear power station']),
]
