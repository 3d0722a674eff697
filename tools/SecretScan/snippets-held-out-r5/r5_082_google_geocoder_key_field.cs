using System.Net.Http;
using System.Threading.Tasks;
public sealed class Geocoder(HttpClient http)
{
    private static readonly string GeocoderKey = "AIzaLFDEgTfv-T5MC-lSqGE4Agn3nwUmgK8OEX4"; // expect: AFS104
    public Task<string> LookupAsync(string address) =>
        http.GetStringAsync($"https://maps.googleapis.com/maps/api/geocode/json?address={System.Uri.EscapeDataString(address)}&key={GeocoderKey}");
}
