namespace Geo;

public sealed class Geocoder(HttpClient http)
{
    private const string Endpoint = "https://maps.googleapis.com/maps/api/geocode/json?key=AIzaSymCRZHADV-_veDg0Dz1MLkA6rXmoTsbKgJ&address="; // expect: secret

    public Task<string> LookupAsync(string address) => http.GetStringAsync(Endpoint + Uri.EscapeDataString(address));
}
