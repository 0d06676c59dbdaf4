/** Word lists the name finder uses (data only). All lower case. */

/** Capitalised words that start sentences or clauses but never names. */
export const NON_NAME_WORDS = new Set(
  `a an the in on at of for to by with from into after before during under over about as and but or nor so yet if when while where whether why how what who whom whose which that this these those there here it its it's he she they we i you his her their our my your him them us me
  according asked speaking speaking, however meanwhile still also even only just not no yes nobody everyone anyone someone nothing everything all both each every several some many most few other others another
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  live analysis update fact check q&a breaking exclusive opinion watch read closing statements tense first last next one two three
  mr mrs ms miss dr sir dame lord lady prof st`.split(/\s+/),
);

/** Titles and role words that precede a person's name and are not part of it. */
export const TITLE_WORDS = new Set(
  `mr mrs ms miss dr sir dame lord lady prof professor president vice prime minister secretary chancellor senator sen rep representative gov governor mayor judge justice general gen colonel col captain capt chief executive officer director chair chairman chairwoman chairperson co-chair provost dean actor actress singer coach manager moderator member council budget health finance trade foreign defence defense interior economy environment climate education transport justice home state deputy assistant senior former acting interim spokesman spokeswoman spokesperson commissioner ambassador envoy king queen pope sheikh police campus student government association captain pundit lawyer attorney economist analyst professor union general`.split(
    /\s+/,
  ),
);

/** Words whose presence makes a capitalised name an organisation. */
export const ORG_WORDS = new Set(
  `inc corp corporation co ltd plc llc group systems system united athletic city fc club federation council board network institute bank trust agency service services university college school hospital association alliance union party ministry committee commission forum library pharmaceuticals capital intel partners holdings company industries labs laboratories foundation society league court police department office bureau authority fund reserve times post news herald tribune press radio tv television bloc coalition movement campaign church army navy responsibility federation parliament congress senate assembly government cabinet kremlin pentagon`.split(
    /\s+/,
  ),
);

/** Head nouns of role descriptors that denote an organisation rather than a person. */
export const ORG_DESCRIPTORS = new Set(
  `company firm group club union trust bank council board agency federation network institute university government ministry committee organisation organization charity regulator alliance party team association department office bloc court statement`.split(
    /\s+/,
  ),
);

export const MALE_WORDS = new Set([
  'mr',
  'sir',
  'lord',
  'king',
  'chairman',
  'spokesman',
  'he',
  'him',
  'his',
]);
export const FEMALE_WORDS = new Set([
  'mrs',
  'ms',
  'miss',
  'dame',
  'lady',
  'queen',
  'chairwoman',
  'spokeswoman',
  'she',
  'her',
  'hers',
]);
