namespace Store.Data.Seed;

public static class SeedUsers
{
    public static object Admin() => new
    {
        Id = "5b0e3c3a-3a5e-4f0f-9c1e-7f7a2d6c8e11",
        UserName = "admin@store.test",
        NormalizedUserName = "ADMIN@STORE.TEST",
        PasswordHash = "AQAAAAIAAYagAAAAEKq3Hf6b0wq3t8JvT2d8x0hXg0n4r7m0q9f5W4kq0mJc8Ykq1Pq3vQm2c6aTt8Zr1w==",
        SecurityStamp = "QJ4W6F3XK2ZP7N5LBVYHTR8M3D6CS2GA",
    };
}
