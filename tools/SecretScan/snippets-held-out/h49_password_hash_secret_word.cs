using System.Text;
using Microsoft.IdentityModel.Tokens;
public static class Jwt
{
    public static SymmetricSecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("my_super_secret_key_for_jwt_signing_2024!")); // expect: AFS101
}
