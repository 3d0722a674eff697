using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Orchestrator.Client;

public sealed class AirflowTrigger
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://airflow.data.contoso.com/api/v1/") };

    public AirflowTrigger()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("dag_trigger:F@lc0nn1mbus9798")));  // expect: AFS101
    }

    public Task<HttpResponseMessage> TriggerAsync(string dagId, object conf) =>
        _http.PostAsJsonAsync($"dags/{dagId}/dagRuns", new { conf });
}
