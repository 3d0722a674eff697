using Bogus;

namespace Accounts.Tests.Data;

public static class Fakes
{
    public static readonly Faker<NewAccount> Accounts = new Faker<NewAccount>()
        .RuleFor(a => a.UserName, f => f.Internet.UserName())
        .RuleFor(a => a.Email, f => f.Internet.Email())
        .RuleFor(a => a.Password, f => f.Internet.Password(16, memorable: false, prefix: "Aa1!"))
        .RuleFor(a => a.ApiKey, f => f.Random.AlphaNumeric(40));
}
