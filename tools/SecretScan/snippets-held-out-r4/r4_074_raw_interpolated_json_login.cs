using System.Text;

namespace Scada.Bridge;

public static class HistorianLogin
{
    public static StringContent Body(string user) =>
        new($$"""{"username":"{{user}}","password":"LANT1180willow*","domain":"PLANT"}""", Encoding.UTF8, "application/json");  // expect: AFS103
}
