using Neo4j.Driver;

namespace Recommendations.Graph;

public sealed class GraphRepository : IAsyncDisposable
{
    private readonly IDriver _driver = GraphDatabase.Driver(
        "neo4j+s://3f1b2c9e.databases.neo4j.io",
        AuthTokens.Basic("neo4j", "FzHseMsWSJlGuBteuNFasENhFg4q1DR04PmEsGmT"));  // expect: AFS101

    public async Task<IReadOnlyList<string>> SimilarAsync(string sku)
    {
        await using var session = _driver.AsyncSession();
        var cursor = await session.RunAsync("MATCH (p:Product {sku:$sku})-[:SIMILAR]->(o) RETURN o.sku", new { sku });
        return await cursor.ToListAsync(r => r["o.sku"].As<string>());
    }

    public ValueTask DisposeAsync() => _driver.DisposeAsync();
}
