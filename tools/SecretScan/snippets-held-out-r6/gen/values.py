# Made-up values of credential shapes. None is a real secret: all come from random.Random(20261204).
import random, base64, string, json
R = random.Random(20261204)
AL = string.ascii_letters + string.digits
def alnum(n): return ''.join(R.choice(AL) for _ in range(n))
def hexs(n): return ''.join(R.choice('0123456789abcdef') for _ in range(n))
def b64(nbytes): return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()
def b64url(nbytes): return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode().rstrip('=')
def entra():  # 3 chars, 8Q~, 34 more: 40 in all
    cs = AL + '~._-'
    return ''.join(R.choice(AL) for _ in range(3)) + '8Q~' + ''.join(R.choice(cs) for _ in range(34))
def storage_key(): return b64(64)      # 88 chars
def sb_key(): return b64(32)           # 44 chars
def ghp(): return 'ghp_' + alnum(36)
def aiza(): return 'AIza' + ''.join(R.choice(AL + '-_') for _ in range(35))
def slack(): return 'xoxb-%d-%d-%s' % (R.randrange(10**11, 10**12), R.randrange(10**12, 10**13), alnum(24))
def stripe(): return 'sk_live_' + alnum(99)[:99 - 0][:34]
def jwt(claims):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(',', ':')).encode()).decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps(claims, separators=(',', ':')).encode()).decode().rstrip('=')
    return h + '.' + p + '.' + b64url(32)
def jwt_rs(claims):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": hexs(16), "typ": "JWT"}, separators=(',', ':')).encode()).decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps(claims, separators=(',', ':')).encode()).decode().rstrip('=')
    return h + '.' + p + '.' + b64url(256)
def pem_lines(kind, nbytes, prefix=b''):
    body = base64.b64encode(prefix + bytes(R.randrange(256) for _ in range(nbytes - len(prefix)))).decode()
    return ['-----BEGIN %s-----' % kind] + [body[i:i + 64] for i in range(0, len(body), 64)] + ['-----END %s-----' % kind]
def pw(n=14):
    cs = AL + '!#%^*-_=+.'
    while True:
        s = ''.join(R.choice(cs) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c in '!#%^*-_=+.' for c in s): return s
def urlpw(n=16):  # safe inside URIs and ;-separated strings
    cs = AL + '-_.'
    return ''.join(R.choice(cs) for _ in range(n))
def guid():
    h = hexs(32); return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
