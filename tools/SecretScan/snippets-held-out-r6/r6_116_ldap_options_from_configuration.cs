using Microsoft.Extensions.Configuration;

namespace Media.Auth.Ldap;

public sealed class LdapOptions
{
    public string Server { get; set; } = "";
    public string BindUser { get; set; } = "";
    public string BindPassword { get; set; } = "";

    public static LdapOptions From(IConfiguration config) => new()
    {
        Server = config["Ldap:Server"] ?? "ldap.media.lan",
        BindUser = config["Ldap:BindUser"] ?? "",
        BindPassword = config["Ldap:BindPassword"] ?? "",
    };
}
