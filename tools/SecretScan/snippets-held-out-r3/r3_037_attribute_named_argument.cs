using Microsoft.AspNetCore.Mvc;

namespace Metrics.Api;

[ApiController]
[Route("metrics")]
[BasicAuthentication(Realm = "metrics", UserName = "prometheus", Password = "Scrape-Ember-774")] // expect: AFS101
public sealed class MetricsController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => Content("# HELP up 1", "text/plain");
}
