public static class KnownHashes
{
    public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    public const string PasswordHash = "AQAAAAIAAYagAAAAEJm0cWqvJ7K2tZsQ7Xz8yF1mLr9uN3bH5aP6cT0dE4gV8kW2jY==";
    public static readonly string IntegrityHash = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";
}
