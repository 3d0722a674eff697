using System;
using Microsoft.IdentityModel.Tokens;
public static class InternalTokenKeys
{
    public static SecurityKey Signing { get; } =
        new SymmetricSecurityKey(Convert.FromHexString("3b6c97e0597c67a329cc46c88de3ffed2fbc145b4f6fc62cf5a002a3fe622ef9")); // expect: AFS101
}
