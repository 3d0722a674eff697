namespace Accounts.Tests;

public static class ProtectedFixtures
{
    public const string ProtectedPayload =
        "CfDJ8N3k2L0vYq7bR5tW1xZ9aC4dE6fG8hJ0kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0fG2hJ4kL6mN8pQ0rS2tU4vW6xY8zA0bC2dE4fG6hJ8kL0mN2pQ4rS6tU8vW0xY2zA4";
}
