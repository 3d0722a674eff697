using System.Security.Cryptography;

namespace Licensing;

public sealed class LicenseSigner : IDisposable
{
    private readonly HMACSHA512 _hmac = new(Convert.FromBase64String("R1UKsQKfEY+ycZeovQpIKgL4m4OMt9w+T0bNGjhs8qUAN7jP1lYidMHrvX8BOaq+G6+SdFC1rQeiDTu0o/hMTA=="));  // expect: AFS101

    public byte[] Sign(byte[] license) => _hmac.ComputeHash(license);

    public void Dispose() => _hmac.Dispose();
}
