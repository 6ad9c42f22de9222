#!/usr/bin/env python3
"""Swift files over 400 lines and functions over 60, in Sources/ (or the folders given).

Counts lines from a declaration to its closing brace, ignoring braces in strings and
comments. Exit status 1 when anything is over; CI runs it."""
import re, sys, pathlib

FUNC = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|final|override|mutating|nonisolated|convenience|required|@inlinable|@usableFromInline|@discardableResult)\s+)*(func\s+[^\s(<]+|init[?!]?|deinit|subscript)\b')

def strip(line, state):
    out = []
    i = 0
    while i < len(line):
        if state['block']:
            j = line.find('*/', i)
            if j < 0: return ''.join(out)
            state['block'] = False; i = j + 2; continue
        if state['multi']:
            j = line.find('"""', i)
            if j < 0: return ''.join(out)
            state['multi'] = False; i = j + 3; continue
        c = line[i]
        if line.startswith('//', i): break
        if line.startswith('/*', i): state['block'] = True; i += 2; continue
        if line.startswith('"""', i): state['multi'] = True; i += 3; continue
        if c == '"':
            j = i + 1
            while j < len(line) and line[j] != '"':
                j += 2 if line[j] == '\\' else 1
            i = j + 1; continue
        out.append(c); i += 1
    return ''.join(out)

def functions(path):
    lines = path.read_text().splitlines()
    state = {'block': False, 'multi': False}
    stack = []  # (name, start, depth)
    depth = 0
    results = []
    pending = None
    for n, raw in enumerate(lines, 1):
        code = strip(raw, state)
        m = FUNC.match(code)
        if m and pending is None:
            pending = (m.group(1), n)
        for ch in code:
            if ch == '{':
                depth += 1
                if pending:
                    stack.append((pending[0], pending[1], depth)); pending = None
            elif ch == '}':
                if stack and stack[-1][2] == depth:
                    name, start, _ = stack.pop()
                    results.append((name, start, n - start + 1))
                depth -= 1
        if pending and code.strip() and '{' not in code and not code.rstrip().endswith((',', '(', '->')) and m is None and not code.strip().startswith(('where', ')', '->', 'throws', 'async')):
            pending = None  # a declaration without a body (protocol requirement)
    return len(lines), results

def self_test():
    """The check finds what it should: a 61-line function (braces in strings and
    comments ignored), a 401-line file; and passes a 60-line function."""
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        body = ['        let s = "}}}"  // }'] * 58
        long = ['struct A {', '    func long() {'] + body + ['        _ = 1', '    }', '}']
        short = ['struct B {', '    private static func short(_ x: Int) -> Int {'] + body + ['    }', '}']
        pathlib.Path(folder, 'A.swift').write_text('\n'.join(long) + '\n')
        pathlib.Path(folder, 'B.swift').write_text('\n'.join(short) + '\n')
        pathlib.Path(folder, 'C.swift').write_text('// line\n' * 401)
        found = {p.name: functions(p) for p in pathlib.Path(folder).glob('*.swift')}
        assert [(n, l) for n, _, l in found['A.swift'][1]] == [('func long', 61)], found['A.swift']
        assert [(n, l) for n, _, l in found['B.swift'][1]] == [('func short', 60)], found['B.swift']
        assert found['C.swift'][0] == 401
    print('code-size: self-test passed')
    return 0

def main():
    if sys.argv[1:] == ['--self-test']: return self_test()
    file_limit, func_limit = 400, 60
    roots = sys.argv[1:] or ['Sources']
    bad = 0
    for root in roots:
        for path in sorted(pathlib.Path(root).rglob('*.swift')):
            count, funcs = functions(path)
            if count > file_limit:
                print(f'{path}: {count} lines (limit {file_limit})'); bad += 1
            for name, start, length in funcs:
                if length > func_limit:
                    print(f'{path}:{start}: {name} is {length} lines (limit {func_limit})'); bad += 1
    return 1 if bad else 0

sys.exit(main())
