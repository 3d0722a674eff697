using Aspire.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

var pgPassword = builder.AddParameter("pg-password", "4ic5ltrt!I5xi2fO", secret: true);  // expect: AFS102
var postgres = builder.AddPostgres("postgres", password: pgPassword)
    .WithDataVolume()
    .AddDatabase("ordersdb");

var cache = builder.AddRedis("cache")
    .WithEnvironment("REDIS_PASSWORD", "K3str3llum3n6940");  // expect: AFS102

builder.AddProject<Projects.Orders_Api>("orders-api")
    .WithReference(postgres)
    .WithReference(cache)
    .WaitFor(postgres);

builder.Build().Run();
