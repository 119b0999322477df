#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the seed inputs of every fuzz corpus (fuzz/corpus/<target>/seed-*) from the providers'
# example bodies (shared/seeds, shared/fixtures/public) and from our own output of them
# (cdr-inspector convert, given with --inspector). Run it again when the seeds change; inputs
# that fuzzing added or that found a bug (bug-*) are left alone.
#   fuzz/seed-corpora.py --shared ../shared --inspector build/src/app/cdr-inspector
import argparse, glob, json, os, subprocess, tempfile

PROVIDER_OF_SEED = {'000': 'nexbro', '001': 'vobiz', '002': 'carrierx', '003': 'plivo', '004': 'vobiz'}


def bodies(text):
    """Every top-level balanced {...} that parses as JSON (as tests/core/seedbodies.h does)."""
    out, i = [], 0
    while True:
        i = text.find('{', i)
        if i < 0:
            return out
        depth, in_string, j = 0, False, i
        while j < len(text):
            c = text[j]
            if in_string:
                if c == '\\':
                    j += 1
                elif c == '"':
                    in_string = False
            elif c == '"':
                in_string = True
            elif c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= len(text):
            return out
        try:
            json.loads(text[i:j + 1])
            out.append(text[i:j + 1])
            i = j + 1
        except ValueError:
            i += 1


def records(body):
    """The records of an envelope, or the body itself."""
    v = json.loads(body)
    for key in ('objects', 'items', 'data'):
        inner = v.get(key) if isinstance(v, dict) else None
        if isinstance(inner, dict):
            inner = inner.get('data')
        if isinstance(inner, list):
            return [json.dumps(r) for r in inner if isinstance(r, dict)]
    return [body]


def write(target, name, data):
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'seed-' + name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', required=True)
    ap.add_argument('--inspector', help='cdr-inspector binary, for our own JSON, NDJSON and CSV')
    a = ap.parse_args()

    by_provider = {p: [] for p in ('plivo', 'vobiz', 'carrierx', 'nexbro')}
    whole = []
    for path in sorted(glob.glob(os.path.join(a.shared, 'seeds', '*.txt'))):
        stem = os.path.basename(path)[:3]
        for n, b in enumerate(bodies(open(path, encoding='utf-8').read())):
            whole.append(('%s-%d' % (stem, n), b))
            by_provider[PROVIDER_OF_SEED[stem]] += [('%s-%d' % (stem, n), r) for r in records(b)]
    for path in sorted(glob.glob(os.path.join(a.shared, 'fixtures', 'public', '*.json'))):
        name = os.path.basename(path)[:-5]
        b = open(path, encoding='utf-8').read()
        whole.append((name, b))
        by_provider[name.split('_')[0]] += [(name, r) for r in records(b)]

    for provider, recs in by_provider.items():
        for n, (name, r) in enumerate(recs):
            write('normalize_' + provider, '%s-%d' % (name, n), r)
    for name, b in whole:
        for target in ('splitter', 'reader_json'):
            write(target, name, b)
    # NDJSON and a bare array of every record, and one of each envelope in a row.
    all_records = [r for recs in by_provider.values() for _, r in recs]
    ndjson = '\n'.join(json.dumps(json.loads(r)) for r in all_records) + '\n'
    array = '[' + ','.join(all_records) + ']'
    for target in ('splitter', 'reader_json'):
        write(target, 'all-records.ndjson', ndjson)
        write(target, 'all-records-array', array)
        write(target, 'envelopes-in-a-row', '\n'.join(b for _, b in whole))

    # Vobiz CSV export columns as the docs list them (tests/core/tst_recordparser.cpp uses the same).
    write('reader_csv', 'vobiz-export.csv',
          'uuid,call_direction,caller_id_number,destination_number,duration,billsec,start_time,answer_time,end_time,'
          'hangup_cause,hangup_disposition,total_cost,currency,mos\r\n'
          '6a1e0b6e-1f48-4d2a-9c1a-9a0b1c2d3e4f,outbound,+14155550100,+919876543210,65,61,'
          '2025-05-18 15:31:10,2025-05-18 15:31:14,2025-05-18 15:32:15,NORMAL_CLEARING,recv_bye,0.0122,USD,4.31\r\n'
          '"7b2f1c7f-2059-4e3b-8d2b-0b1c2d3e4f50",inbound,"+1 (415) 555-0101","+91 98765 43211",0,0,'
          '2025-05-18 16:00:00,,2025-05-18 16:00:20,"NO_ANSWER, timeout",,0,USD,\r\n')

    if a.inspector:
        with tempfile.TemporaryDirectory() as tmp:
            inputs = sorted(glob.glob(os.path.join(a.shared, 'fixtures', 'public', '*.json')))
            for fmt in ('json', 'ndjson', 'csv'):
                out = os.path.join(tmp, 'all.' + fmt)
                subprocess.run([a.inspector, 'convert', *inputs, '-o', out], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                data = open(out, 'rb').read()
                write('reader_csv' if fmt == 'csv' else 'reader_json', 'ours.' + fmt, data)
                if fmt == 'ndjson':
                    write('splitter', 'ours.ndjson', data)
                    for n, line in enumerate(data.splitlines()):
                        write('calljson', 'ours-%d' % n, line)


if __name__ == '__main__':
    main()
