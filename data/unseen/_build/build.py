#!/usr/bin/env python3
"""Builds data/unseen/corpus/<id>.txt and data/unseen/gold/<id>.gold.json from a spec module.

usage: build.py SPEC.py [SPEC.py ...]     (or --jsonl to write data/unseen/unseen.jsonl from all gold files)

A copy of shared/gold/dev/_build/build.py with only the output paths (and creating the gold folder),
the gold NOTE and the order of --jsonl (written after the builds, not before) changed, so the unseen
set is built by exactly the same offset logic as the dev set.

A spec module defines ID, NOTE, TEXT, QUOTES, ENTITIES. Every offset is computed here from TEXT:
each quote names its content / speakerMention / cue by their exact text; the content must be unique in
TEXT unless an occurrence index (ci) is given; mention and cue take the occurrence nearest to the
content unless an index (mi / cuei) is given. Nothing is typed by hand.
"""
import glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNSEEN = os.path.abspath(os.path.join(HERE, '..'))          # data/unseen
GOLD = os.path.join(UNSEEN, 'gold')
CORPUS = os.path.join(UNSEEN, 'corpus')
VOCAB = {'STATES', 'CLAIMS', 'ACCUSES', 'CRITICIZES', 'WARNS', 'URGES', 'SUPPORTS', 'PRAISES',
         'REJECTS', 'PROMISES', 'DENIES', 'ASKS'}
TYPES = {'PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'GROUP'}
NOTE = ('Original fictional article written for the quotegraph unseen evaluation set, blind to the extractor; '
        'people and organisations are invented. '
        'Hand-annotated gold, offsets computed by script: quotations (direct, indirect, mixed), speaker, '
        'speakerMention, cue, relation, target. optional=true entries are neither required nor penalised.')


def occurrences(text, s):
    pat = re.escape(s)
    if re.match(r'\w', s[0]):
        pat = r'(?<!\w)' + pat
    if re.match(r'\w', s[-1]):
        pat = pat + r'(?!\w)'
    return [m.start() for m in re.finditer(pat, text)]


def gap(a, b):
    (s1, e1), (s2, e2) = a, b
    if e1 <= s2:
        return s2 - e1
    if e2 <= s1:
        return s1 - e2
    return 0


def locate(text, s, idx=None, near=None, what='', within=None, excl=None):
    occ = occurrences(text, s)
    if not occ:
        raise SystemExit(f'{what}: not found: {s!r}')
    if within is not None:                                     # a fragment: first occurrence inside the span
        occ = [o for o in occ if within[0] <= o and o + len(s) <= within[1]]
        if not occ:
            raise SystemExit(f'{what}: {s!r} not inside its span')
        idx = 0
    if idx is not None:
        st = occ[idx]
    elif near is not None:
        nears = near if isinstance(near, list) else [near]
        excl = excl or [nears[-1]]
        outside = [o for o in occ if all(gap((o, o + len(s)), r) > 0 for r in excl)] or occ   # never inside the quote
        st = min(outside, key=lambda o: (sum(gap((o, o + len(s)), n) for n in nears), o))
    else:
        if len(occ) > 1:
            raise SystemExit(f'{what}: ambiguous ({len(occ)}x), give an index: {s!r}')
        st = occ[0]
    assert text[st:st + len(s)] == s
    return {'text': s, 'start': st, 'end': st + len(s)}


def build(spec_path, verbose=True):
    spec = importlib.util.spec_from_file_location('spec', spec_path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    text = m.TEXT.strip('\n') + '\n'
    words = len(re.findall(r"\S+", text))
    ents = [{'name': n, 'type': t, 'mentions': ms} for n, t, ms in m.ENTITIES]
    names = {e['name'] for e in ents}
    for e in ents:
        assert e['type'] in TYPES, e
        for mm in e['mentions']:
            if not occurrences(text, mm):
                raise SystemExit(f'{m.ID}: entity mention not in text: {mm!r}')
    quotes = []
    for i, q in enumerate(m.QUOTES, 1):
        qid = f'q{i:02d}'
        what = f'{m.ID} {qid}'
        c = locate(text, q['c'], q.get('ci'), what=what + ' content')
        near = (c['start'], c['end'])
        excl = None
        if q.get('frags'):                   # quotation interrupted by its attribution: list its pieces
            frs, lo = [], c['start']
            for f in q['frags']:
                fr = locate(text, f, None, None, what + ' fragment', within=(lo, c['end']))
                frs.append(fr)
                lo = fr['end']
            c['fragments'] = frs
            excl = [(f['start'], f['end']) for f in frs]
        sm = locate(text, q['m'], q.get('mi'), near, what + ' mention', excl=excl) if q.get('m') else None
        cnear = [(sm['start'], sm['end']), near] if sm else near    # the cue sits between speaker mention and content
        cue = locate(text, q['cue'], q.get('cuei'), cnear, what + ' cue', excl=excl) if q.get('cue') else None
        assert q['type'] in ('direct', 'indirect', 'mixed'), what
        assert q['r'] in VOCAB and set(q.get('ra', [])) <= VOCAB, what
        for n in [q['s'], q.get('t')] + q.get('ta', []):
            if n is not None and n not in names:
                raise SystemExit(f'{what}: name not in entities: {n!r}')
        quotes.append({'id': qid, 'type': q['type'], 'content': c, 'speaker': q['s'],
                       'speakerMention': sm, 'cue': cue, 'relation': q['r'],
                       'relationAlso': q.get('ra', []), 'target': q.get('t'),
                       'targetAlso': q.get('ta', []), 'optional': bool(q.get('opt'))})
        if verbose:
            def ctx(sp):
                if not sp:
                    return '-'
                return text[max(0, sp['start'] - 25):sp['start']].replace('\n', '/') + '[' + sp['text'] + ']' + \
                    text[sp['end']:sp['end'] + 25].replace('\n', '/')
            far = ''
            for lab, sp in (('m', sm), ('cue', cue)):
                if sp and gap((sp['start'], sp['end']), near) > 60:
                    far += f' FAR-{lab}'
            print(f"{qid} {q['type'][:3]} {q['s']} {q['r']} -> {q.get('t')}{' OPT' if q.get('opt') else ''}{far}")
            print(f"    C: {c['text'][:60]!r}...{c['text'][-25:]!r}")
            print(f"    M: {ctx(sm)}   CUE: {ctx(cue)}")
    gold = {'id': m.ID, 'source': 'original', 'note': NOTE + (' ' + m.NOTE if getattr(m, 'NOTE', '') else ''),
            'quotes': quotes, 'entities': ents}
    os.makedirs(CORPUS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(CORPUS, m.ID + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(GOLD, m.ID + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    req = sum(1 for q in quotes if not q['optional'])
    tgt = sum(1 for q in quotes if q['target'])
    print(f'== {m.ID}: {words} words, {len(quotes)} quotes ({req} required), {tgt} with target')


def jsonl():
    out = os.path.join(UNSEEN, 'unseen.jsonl')
    n = 0
    with open(out, 'w', encoding='utf-8') as f:
        for p in sorted(glob.glob(os.path.join(GOLD, '*.gold.json'))):
            g = json.load(open(p, encoding='utf-8'))
            text = open(os.path.join(CORPUS, g['id'] + '.txt'), encoding='utf-8').read()
            f.write(json.dumps({'id': g['id'], 'text': text, 'quotes': g['quotes'], 'entities': g['entities']},
                               ensure_ascii=False) + '\n')
            n += 1
    print(f'wrote {os.path.abspath(out)}: {n} documents')


if __name__ == '__main__':
    for p in sys.argv[1:]:
        if p.endswith('.py'):
            build(p)
    if '--jsonl' in sys.argv:     # after the builds (the dev copy writes it first, from the previous gold files)
        jsonl()
