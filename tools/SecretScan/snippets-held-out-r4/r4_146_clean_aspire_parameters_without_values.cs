var builder = DistributedApplication.CreateBuilder(args);

var dbPassword = builder.AddParameter("db-password", secret: true);
var stripeKey = builder.AddParameter("stripe-secret-key", secret: true);

var db = builder.AddPostgres("pg", password: dbPassword).AddDatabase("shop");

builder.AddProject<Projects.Shop_Api>("api")
    .WithReference(db)
    .WithEnvironment("Stripe__SecretKey", stripeKey);

builder.Build().Run();
