using System;
using System.Security.Cryptography;

namespace AirflowSecrets.Clients.Tests.Support;

/// <summary>
/// Values that break naive quoting: every one holds ; = ' " { } a space, % and non-ASCII text. Made at run time
/// (with a random part), so no credential is written into the code.
/// </summary>
internal static class Hostile
{
    /// <summary>The characters the issue names, in one piece.</summary>
    public static string Characters { get; } = string.Concat(";", "=", "'", "\"", "{", "}", " ", "%", "é", "密");

    /// <summary>A password: the hostile characters around a random part.</summary>
    public static string NewPassword() => "p" + Characters + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)) + "%41 x";

    /// <summary>A database or key name with the hostile characters (no random part: names are not secrets).</summary>
    public static string Name(string stem) => stem + " " + Characters + " %20end";
}
