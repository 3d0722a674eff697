namespace Forum.Tests;

public static class Users
{
    public static readonly UserRow Moderator = new(
        Id: 42,
        Name: "moderator",
        PasswordHash: "$2a$11$Qm1H0dX0p3c9f7yYb1wJ8eQk2vV6qf0m7g3E8rT4u5N6s2aLw9xKi");
}
