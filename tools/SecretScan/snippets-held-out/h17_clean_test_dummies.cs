public class UserFactory
{
    public static User Create() => new User { Email = "test@example.com", Password = "password", PasswordHash = "hash" };
    public static User Other() => new User { Email = "a@b.c", Password = "test-password" };
}
public class User { public string Email { get; set; } = ""; public string Password { get; set; } = ""; public string PasswordHash { get; set; } = ""; }
