using System.Collections.Generic;
public static class Workspaces
{
    public static readonly Dictionary<string, string> ByTeam = new()
    {
        ["eng-alerts"] = "xoxp-50234271389-44215380113-297724328255-5697a5bf6312074ce96452f1fc435dfb", // expect: AFS104
    };
}
