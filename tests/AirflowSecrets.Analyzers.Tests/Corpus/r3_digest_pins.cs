using System;
using System.Linq;

// SHA-256 digests of a certificate's public key (SPKI pins, HPKP) and file checksums are public fingerprints, not keys:
// a 44-character base64 value (32 bytes, the size of a SHA-256 digest) or an 88-character one (SHA-512) held under a
// name saying pin, SPKI, SHA-1/256/384/512 or MD5 is not reported as a Service Bus or account key. A key of the same
// shape under a key's name, or under no telling name, stays reported.
namespace Corpus.R3DigestPins
{
    public static class Pinning
    {
        private static readonly string[] Pins =
        {
            "a2QJZE4nEYlvjspxNe1gzF2sH50TlUne+ipGxkGYpzY=",
            "lbfbvkrsaxqaWiC7NoeHuJalJ1SRYsPZ1EEKjWk7tLU=",
        };

        public const string SpkiHash = "H2y2P9PbBljIcwFBpg6GfVjumZcY+Q8LjYYBGPfPBHQ=";
        public const string BackupPin = "OM/tTz20Mnl5+txMxShQiX6AaKelE0zevlBA6OZwt6U=";
        public const string InstallerSha512 = "11hDv5ahR696AalKBaP5IXlcFS9puEmOaK3SCQ7/uzjciu9oDNg4heIM2jF9euPe9cOll4VGUf5Y4ceoi9vL4g==";
        public const string CertificateSha1 = "EC5776B6291C91E4963961EF0D778AD74D10C026";
        public const string PackageSha256 = "36db6e7aadd3abd72e1e1afcf2eebd17bd177c08ea1c6717931e89ade65227cc";

        public static bool Matches(string pin) => Pins.Contains(pin) || pin == SpkiHash || pin == BackupPin;
    }

    public static class Keys
    {
        public const string EventHubsKey = "u6jkrkJfHc+f+5Xpo7+6v8RrlY59iEb4Fiq4kDPbIIk="; // expect: AFS104
        public const string StorageAccountKey = "Spj0VFVfQXnmHUB8JK/0IQanLfMeO3JfnVg1beXcsYwGz7auKZvr7RnV49MfD5++xu5DjWHe5vcx2NtgJIDUSw=="; // expect: AFS101
    }
}
