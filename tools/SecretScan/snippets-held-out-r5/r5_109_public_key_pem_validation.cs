using System.Security.Cryptography;
public static class IssuerKeys
{
    private const string PublicKeyPem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwk3oBIVUlXkt1Ejd5kfz\nH7+2SLJwL96ybVvIyxXDr2wTrmHyQ8psAyptbRHrNcR2A0DPuQMdTrlKVTWs7Yia\npz9umnhZJiIIhKBFPEAeof8mBkfFXXZBjU8m5u0TkrBg6jaWzZoFzH4i8COojk0z\nJOpISkpwm0VZwqH5ck0bhNYj+i+UTQgn5kV7p0Yft6F1gXy+T1ajkqWnqkOX/Gf2\nOxGvnSOjd2KBjrmgcr+/fWcHiXuLPu3uQHbKVeN+Y2W7ERn9nH/qODxKxebmudEY\nHO+KZPTC7t9Y9WBCOXA8rRI8OVIkbUtDKaEXO5CaUeFqJGC3KA4Oe+BQew==\n-----END PUBLIC KEY-----";
    public static RSA Load() { var rsa = RSA.Create(); rsa.ImportFromPem(PublicKeyPem); return rsa; }
}
