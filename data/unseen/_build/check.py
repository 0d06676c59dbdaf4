#!/usr/bin/env python3
"""Checks the unseen set (data/unseen) with the shared checker and scorer.

usage: check.py [--shared DIR] [--write-predictions PATH]

DIR is the shared folder holding gold/check_gold.py and tools/score_quotes.py (default: $QG_SHARED, else
../shared next to the repository root). Everything shared/gold/check_gold.py checks for a dev gold file is
checked here through its own functions (spans = text[start:end] for content, speakerMention, cue and
fragments; type; relation and relationAlso in the vocabulary; speaker, target and targetAlso are entity
names; entity types; every entity mention occurs in the text; unique quote ids; the gold given as
predictions scores 1.0 everywhere), with the unseen set's size limits (450-900 words, 12-25 quotations)
instead of the dev set's. Also: each gold file is exactly what _build/build.py makes from its spec now,
every string a spec lists in NONQUOTES occurs in its text, unseen.jsonl agrees with the gold and corpus
files, and score_quotes.py run as a command on unseen.jsonl with the gold as predictions gives 1.0.
--write-predictions writes those prediction lines (one quotation a line, field "doc") to PATH.
"""
import glob, importlib.util, io, json, os, re, sys, tempfile
from contextlib import redirect_stdout
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))           # data/unseen/_build
UNSEEN = os.path.dirname(HERE)                              # data/unseen
REPO = os.path.dirname(os.path.dirname(UNSEEN))
WORDS = (450, 900)
QUOTES = (12, 25)


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def main(argv):
    opts = {}
    args = list(argv[1:])
    while args:
        a = args.pop(0)
        if a in ('--shared', '--write-predictions') and args:
            opts[a] = args.pop(0)
        else:
            sys.exit(__doc__)
    shared = os.path.abspath(opts.get('--shared') or os.environ.get('QG_SHARED') or os.path.join(REPO, '..', 'shared'))
    if not os.path.exists(os.path.join(shared, 'gold', 'check_gold.py')):
        sys.exit(f'no shared checker at {shared}/gold/check_gold.py (give --shared DIR)')
    cg = load('check_gold', os.path.join(shared, 'gold', 'check_gold.py'))
    cg.SHARED = shared                                       # its scorer self-tests use SHARED/tools

    def text_for(path, gold):
        p = os.path.join(UNSEEN, 'corpus', gold['id'] + '.txt')
        return open(p, encoding='utf-8').read(), p
    cg.text_for = text_for

    build = load('build', os.path.join(HERE, 'build.py'))
    specs = {}
    for p in sorted(glob.glob(os.path.join(HERE, 'specs', 'u*.py'))):
        m = load('spec_' + os.path.basename(p)[:-3], p)
        specs[m.ID] = (p, m)

    failed = 0
    golds = {}
    with tempfile.TemporaryDirectory() as tmp:              # rebuild every spec into tmp and compare
        build.GOLD, build.CORPUS = os.path.join(tmp, 'gold'), os.path.join(tmp, 'corpus')
        for sid, (p, m) in specs.items():
            with redirect_stdout(io.StringIO()):
                build.build(p, verbose=False)
        for path in sorted(glob.glob(os.path.join(UNSEEN, 'gold', '*.gold.json'))):
            gold, text, tpath, errs = cg.check_file(path, True)
            errs = [e for e in errs if not re.search(r'quotations, want 8-18|words, want 300-700', e)]
            n, w = len(gold['quotes']), len(re.findall(r'\S+', text))
            if not QUOTES[0] <= n <= QUOTES[1]:
                errs.append(f'{n} quotations, want {QUOTES[0]}-{QUOTES[1]}')
            if not WORDS[0] <= w <= WORDS[1]:
                errs.append(f'{w} words, want {WORDS[0]}-{WORDS[1]}')
            if os.path.basename(path) != gold['id'] + '.gold.json':
                errs.append(f"id {gold['id']!r} does not match the file name")
            if gold['id'] not in specs:
                errs.append('no spec builds this gold file')
            else:
                for kind, a, b in (('gold', path, os.path.join(tmp, 'gold', gold['id'] + '.gold.json')),
                                   ('text', tpath, os.path.join(tmp, 'corpus', gold['id'] + '.txt'))):
                    if open(a, 'rb').read() != open(b, 'rb').read():
                        errs.append(f'{kind} file differs from what _build/build.py makes from the spec now')
                for s, _kind in getattr(specs[gold['id']][1], 'NONQUOTES', []):
                    if s not in text:
                        errs.append(f'NONQUOTES string not in text: {s!r}')
            bad, r = cg.scorer_selftest(path, gold, text)
            errs += bad
            golds[gold['id']] = (gold, text)
            nreq = sum(1 for q in gold['quotes'] if not q['optional'])
            print(f"{'FAIL' if errs else 'ok  '} {os.path.relpath(path, REPO)}: {w} words, {n} quotes ({nreq} required)")
            for e in errs:
                print('     ', e)
            failed += bool(errs)
    for sid in sorted(set(specs) - set(golds)):
        print(f'FAIL spec {sid} has no gold file (run _build/build.py)')
        failed += 1

    jl = os.path.join(UNSEEN, 'unseen.jsonl')
    errs, seen = [], set()
    if not os.path.exists(jl):
        errs.append('unseen.jsonl missing (run _build/build.py --jsonl)')
    else:
        for i, line in enumerate(open(jl, encoding='utf-8'), 1):
            d = json.loads(line)
            if set(d) != {'id', 'text', 'quotes', 'entities'}:
                errs.append(f'line {i}: keys {sorted(d)}')
            g = golds.get(d['id'])
            if g is None:
                errs.append(f"line {i}: id {d['id']!r} has no gold file")
                continue
            seen.add(d['id'])
            if d['text'] != g[1]:
                errs.append(f'line {i}: text differs from the corpus file')
            if d['quotes'] != g[0]['quotes'] or d['entities'] != g[0]['entities']:
                errs.append(f'line {i}: quotes/entities differ from the gold file')
        if seen != set(golds):
            errs.append(f'unseen.jsonl lacks {sorted(set(golds) - seen)}')
        bad, r = cg.scorer_selftest_jsonl(jl)
        errs += bad
        print(f"{'FAIL' if errs else 'ok  '} {os.path.relpath(jl, REPO)}: {len(seen)} documents")
        if r:
            print(f"      score_quotes.py {os.path.relpath(jl, REPO)} <gold as predictions> --json --exact: "
                  f"quotes {r['quotes']}, triples {r['triples']}, speaker {r['speaker_accuracy']}, "
                  f"relation {r['relation_accuracy']}, target {r['target_accuracy']}, "
                  f"exact content/speaker/cue f1 {r['exact_content']['f1']}/{r['exact_speaker']['f1']}/{r['exact_cue']['f1']}")
        if '--write-predictions' in opts:
            with open(opts['--write-predictions'], 'w', encoding='utf-8') as f:
                for line in open(jl, encoding='utf-8'):
                    d = json.loads(line)
                    for p in cg.as_predictions(d, d['id']):
                        f.write(json.dumps(p, ensure_ascii=False) + '\n')
            print(f"      wrote the gold as predictions to {opts['--write-predictions']}")
    for e in errs:
        print('     ', e)
    failed += bool(errs)
    qs = [q for g, _ in golds.values() for q in g['quotes']]
    print(f'unseen: {len(golds)} documents, {len(qs)} quotations '
          f"({sum(not q['optional'] for q in qs)} required, {sum(bool(q['target']) for q in qs)} with a target)")
    print('ALL PASS' if not failed else f'{failed} FAILED')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main(sys.argv)
