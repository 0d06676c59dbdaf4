ID = 'u08-diabetes-drug-dementia-study'
GENRE = 'science / health story with expert caveats'
NOTE = ('Genre: health/science news on an observational study; the study and its authors as sources ("according to a '
        'large Danish study", "The research ... found that", "Its authors stressed"); independent experts\' caveats; a '
        'quotation running over two paragraphs after "she added:" (one span); a quote split by inverted attribution; '
        'fragments after "described ... as" and "called"; a company statement; an editorial title in quotes is not a '
        'quotation; "welcomed the study" (noun-phrase content) is optional.')
NONQUOTES = [('“Hope, with an asterisk”', 'editorial headline')]
TEXT = """
Common diabetes drug linked to lower dementia risk, but experts urge caution

People taking a widely prescribed diabetes drug were about a quarter less likely to be diagnosed with dementia over a decade than those on other treatments, according to a large Danish study, although scientists warned the findings did not prove the drug was responsible.

The research, which followed more than 410,000 adults with type 2 diabetes in Denmark between 2010 and 2022, found that those prescribed calveglutide had a 24% lower rate of dementia diagnosis than those taking older medicines.

The study, published on Wednesday in the journal Clinical Neurology Reports, is the largest of its kind. Its authors stressed that it was observational, meaning it could show an association but not cause and effect.

“This is a strong signal, and it is consistent with what we have seen in animal studies,” said Dr Mette Skovgaard, an epidemiologist at the Karlsholm Institute in Copenhagen who led the research. “But a signal is not a proof. We need a randomised trial before anyone changes what they prescribe.”

Skovgaard said the team had tried to account for factors such as age, weight, smoking and blood-sugar control, but acknowledged that people prescribed the newer drug tended to be younger and wealthier, which might partly explain the difference. She argued that the gap was too large to be explained by those factors alone.

Independent experts welcomed the study but echoed that caution.

Prof Nadia Farouk, a consultant neurologist at St Columba’s Hospital in Edinburgh who was not involved in the work, described the findings as “genuinely intriguing”. But she added: “Observational studies of drugs have a long history of promising more than they deliver. Hormone replacement therapy was supposed to protect the heart. It didn’t.

“The people who get the newest prescriptions are rarely typical patients. You can adjust for a lot, but you can never adjust for everything.”

Dr Tunde Bakare, head of research at the charity Dementia Research Foundation, called the result “exactly the kind of lead we need to chase” and urged the government to fund a trial in Britain.

“If a cheap, safe, existing drug can delay dementia even by a year, that is worth billions of pounds and, far more importantly, millions of good years of life,” he said.

Calveglutide is marketed by the Danish drugmaker Solvane Pharma, which part-funded two of the study’s authors. The company said in a statement that it was “encouraged” by the findings and was “in discussions with regulators” about a trial, but stressed that the drug was not approved for dementia and should not be prescribed for it.

Family doctors echoed that warning. Dr Kathrine Holm, who chairs the Danish Association of Family Doctors, said GPs had already received calls from worried patients.

“Please don’t ask your doctor for this drug to protect your memory,” she said. “Talk to us about blood pressure, exercise and hearing aids – the things we already know make a difference.”

In an accompanying editorial headlined “Hope, with an asterisk”, two researchers who were not involved in the study wrote that the findings justified a trial “but not a single prescription more”.

A randomised trial of the drug in 3,000 people with mild memory problems is due to begin in Denmark and Sweden later this year, according to the Karlsholm Institute.
"""
QUOTES = [
 dict(type='indirect', c='People taking a widely prescribed diabetes drug were about a quarter less likely to be diagnosed with dementia over a decade than those on other treatments', s='study authors', m='a large Danish study', cue='according to', r='STATES'),
 dict(type='indirect', c='the findings did not prove the drug was responsible', s='scientists', m='scientists', cue='warned', r='WARNS', ra=['STATES']),
 dict(type='indirect', c='those prescribed calveglutide had a 24% lower rate of dementia diagnosis than those taking older medicines', s='study authors', m='The research', cue='found', r='STATES'),
 dict(type='indirect', c='it was observational', s='study authors', m='Its authors', cue='stressed', r='STATES', ra=['WARNS']),
 dict(type='direct', c='This is a strong signal, and it is consistent with what we have seen in animal studies,', s='Mette Skovgaard', m='Dr Mette Skovgaard', cue='said', r='STATES', ra=['CLAIMS']),
 dict(type='direct', c='But a signal is not a proof. We need a randomised trial before anyone changes what they prescribe.', s='Mette Skovgaard', m='Dr Mette Skovgaard', cue='said', r='WARNS', ra=['URGES', 'STATES']),
 dict(type='indirect', c='the team had tried to account for factors such as age, weight, smoking and blood-sugar control', s='Mette Skovgaard', m='Skovgaard', cue='said', r='STATES'),
 dict(type='indirect', c='people prescribed the newer drug tended to be younger and wealthier, which might partly explain the difference', s='Mette Skovgaard', m='Skovgaard', cue='acknowledged', r='STATES', ra=['WARNS']),
 dict(type='indirect', c='the gap was too large to be explained by those factors alone', s='Mette Skovgaard', m='She', cue='argued', r='CLAIMS', ra=['STATES']),
 dict(type='indirect', c='the study', ci=0, s='independent experts', m='Independent experts', cue='welcomed', r='PRAISES', ra=['SUPPORTS'], ta=['study authors'], opt=True),
 dict(type='mixed', c='genuinely intriguing', s='Nadia Farouk', m='Prof Nadia Farouk', cue='described', r='PRAISES', ra=['STATES'], ta=['study authors']),
 dict(type='direct', c='Observational studies of drugs have a long history of promising more than they deliver. Hormone replacement therapy was supposed to protect the heart. It didn’t.\n\n“The people who get the newest prescriptions are rarely typical patients. You can adjust for a lot, but you can never adjust for everything.', s='Nadia Farouk', m='she', cue='added', r='WARNS', ra=['STATES', 'CRITICIZES'], ta=['study authors']),
 dict(type='mixed', c='exactly the kind of lead we need to chase', s='Tunde Bakare', m='Dr Tunde Bakare', cue='called', r='PRAISES', ra=['SUPPORTS', 'STATES']),
 dict(type='indirect', c='fund a trial in Britain', s='Tunde Bakare', m='Dr Tunde Bakare', cue='urged', r='URGES', t='United Kingdom'),
 dict(type='direct', c='If a cheap, safe, existing drug can delay dementia even by a year, that is worth billions of pounds and, far more importantly, millions of good years of life,', s='Tunde Bakare', m='he', cue='said', r='SUPPORTS', ra=['STATES', 'URGES']),
 dict(type='mixed', c='it was “encouraged” by the findings and was “in discussions with regulators” about a trial', s='Solvane Pharma', m='The company', cue='said', r='STATES', ra=['PRAISES']),
 dict(type='indirect', c='the drug was not approved for dementia and should not be prescribed for it', s='Solvane Pharma', m='The company', cue='stressed', r='WARNS', ra=['STATES']),
 dict(type='indirect', c='GPs had already received calls from worried patients', s='Kathrine Holm', m='Dr Kathrine Holm', cue='said', r='STATES'),
 dict(type='direct', c='Please don’t ask your doctor for this drug to protect your memory,', s='Kathrine Holm', m='she', cue='said', r='URGES', ra=['WARNS'], t='patients'),
 dict(type='direct', c='Talk to us about blood pressure, exercise and hearing aids – the things we already know make a difference.', s='Kathrine Holm', m='she', cue='said', r='URGES', ra=['STATES'], t='patients'),
 dict(type='mixed', c='the findings justified a trial “but not a single prescription more”', s='editorial authors', m='two researchers who were not involved in the study', cue='wrote', r='WARNS', ra=['STATES', 'CLAIMS']),
 dict(type='indirect', c='A randomised trial of the drug in 3,000 people with mild memory problems is due to begin in Denmark and Sweden later this year', s='Karlsholm Institute', m='the Karlsholm Institute', mi=1, cue='according to', r='STATES', ra=['PROMISES']),
]
ENTITIES = [
 ('Mette Skovgaard', 'PERSON', ['Dr Mette Skovgaard', 'Skovgaard']),
 ('Nadia Farouk', 'PERSON', ['Prof Nadia Farouk']),
 ('Tunde Bakare', 'PERSON', ['Dr Tunde Bakare']),
 ('Kathrine Holm', 'PERSON', ['Dr Kathrine Holm']),
 ('study authors', 'GROUP', ['Its authors', 'the study’s authors', 'the team']),
 ('scientists', 'GROUP', ['scientists']),
 ('independent experts', 'GROUP', ['Independent experts']),
 ('editorial authors', 'GROUP', ['two researchers who were not involved in the study']),
 ('patients', 'GROUP', ['worried patients']),
 ('Karlsholm Institute', 'ORGANIZATION', ['the Karlsholm Institute']),
 ('Dementia Research Foundation', 'ORGANIZATION', ['the charity Dementia Research Foundation']),
 ('Solvane Pharma', 'ORGANIZATION', ['the Danish drugmaker Solvane Pharma', 'Solvane Pharma', 'The company']),
 ('Danish Association of Family Doctors', 'ORGANIZATION', ['the Danish Association of Family Doctors']),
 ('St Columba’s Hospital', 'ORGANIZATION', ['St Columba’s Hospital']),
 ('Clinical Neurology Reports', 'ORGANIZATION', ['Clinical Neurology Reports']),
 ('United Kingdom', 'COUNTRY', ['Britain', 'the government']),
 ('Denmark', 'COUNTRY', ['Denmark', 'Danish']),
 ('Sweden', 'COUNTRY', ['Sweden']),
 ('Copenhagen', 'LOCATION', ['Copenhagen']),
 ('Edinburgh', 'LOCATION', ['Edinburgh']),
]
