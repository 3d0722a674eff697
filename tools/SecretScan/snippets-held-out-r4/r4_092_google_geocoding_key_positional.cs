namespace Delivery.Routing;

public sealed class AddressResolver
{
    private readonly GeocodingClient _geo = new("AIza65qIz2wdqbes-EM74EBFy6-BiZd9NIEW9-k", new HttpClient());  // expect: AFS104

    public Task<GeoPoint?> ResolveAsync(string address) => _geo.LookupAsync(address, region: "uk");
}
