using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class LoginTests
{
    private readonly HttpClient _client = new HttpClient();
    public async Task Login_with_valid_credentials()
    {
        var response = await _client.PostAsJsonAsync("/api/login", new { Email = "admin@contoso.com", Password = "Adm1n!Passw0rd" }); // expect: AFS101
        response.EnsureSuccessStatusCode();
    }
}
