# Regenerates ../snippets and ../snippets/MANIFEST.tsv byte for byte: python3 build.py
import os, re, random, string
import values as V
from t_pos import POS
from t_neg import NEG

FN = {
    'pw': lambda: V.pw(14), 'pw18': lambda: V.pw(18), 'urlpw': lambda: V.urlpw(18),
    'hex32': lambda: V.hexs(32), 'hex34': lambda: V.hexs(34), 'hex40': lambda: V.hexs(40), 'hex64': lambda: V.hexs(64),
    'alnum24': lambda: V.alnum(24), 'alnum32': lambda: V.alnum(32), 'alnum40': lambda: V.alnum(40), 'alnum64': lambda: V.alnum(64),
    'upper16': lambda: ''.join(V.R.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
    'aws40': lambda: ''.join(V.R.choice(V.AL + '/+') for _ in range(40)),
    'guid': V.guid, 'entra': V.entra, 'storage': V.storage_key, 'sbkey': V.sb_key, 'ghp': V.ghp, 'aiza': V.aiza,
    'slack': V.slack, 'stripe': V.stripe, 'b64_16': lambda: V.b64(16), 'b64_32': lambda: V.b64(32),
    'sig': lambda: V.b64(32).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D'),
    'jwtA': lambda: V.jwt({"sub": "svc-ingest", "aud": "api://orders", "iss": "https://login.contoso-internal.test", "exp": 1893456000}),
    'jwtB': lambda: V.jwt_rs({"sub": "8f41c2", "name": "Dana Ortiz", "roles": ["library.admin"], "iat": 1733300000, "exp": 1733303600}),
    'jwtC': lambda: V.jwt({"sub": "device-7731", "scope": "telemetry.write", "exp": 1767225600}),
    'pemrsa': lambda: '\\n'.join(V.pem_lines('RSA PRIVATE KEY', 607, b'\x30\x82\x02\x5b\x02\x01\x00\x02\x81\x81\x00')) + '\\n',
    # inside JSON text: the C# literal holds \\n so that the JSON string holds the escape \n
    'pemecjson': lambda: '\\\\n'.join(V.pem_lines('PRIVATE KEY', 138, b'\x30\x81\x87\x02\x01\x00\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01')) + '\\\\n',
}
def fill(code):
    return re.sub(r'«(\w+)»', lambda m: FN[m.group(1)](), code)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'snippets')
os.makedirs(out, exist_ok=True)
for f in os.listdir(out):
    os.remove(os.path.join(out, f))
items = [(True,) + p for p in POS] + [(False,) + n for n in NEG]
order = random.Random(61).sample(range(len(items)), len(items))
rows = ['file\tline\trule\tdescription\tcategory']
for i, k in enumerate(order, 1):
    pos, slug, cat, desc, code = items[k]
    text = fill(code.strip('\n') + '\n')
    name = 'r6_%03d_%s.cs' % (i, slug)
    marks = [(n, m.group(1)) for n, line in enumerate(text.split('\n'), 1) for m in [re.search(r'// expect: (AFS10[1-4]|secret)\s*$', line)] if m]
    assert pos == bool(marks), (slug, marks)
    assert '«' not in text and 'expect:' not in text.replace('// expect: ', '') , slug
    with open(os.path.join(out, name), 'w', newline='\n') as fh:
        fh.write(text)
    if marks:
        for n, rule in marks:
            rows.append('\t'.join([name, str(n), rule, desc, cat]))
    else:
        rows.append('\t'.join([name, '-', '-', desc, cat]))
with open(os.path.join(out, 'MANIFEST.tsv'), 'w', newline='\n') as fh:
    fh.write('\n'.join(rows) + '\n')
print(len(items), 'files;', sum(1 for p in items if p[0]), 'with credentials')
