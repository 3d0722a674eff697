using System.Collections.Generic;
public static class Pins
{
    public static readonly IReadOnlyList<string> ApiSpkiSha256 = new[] { "JVL8aim9ZB2C9IcNaQhNqQ0nt7GWEmWced5oPn6cYds=", "nkUHs23ds59O/QnF6Qts02kFrWn70hhk9Uw6pqLDtIQ=" };
}
