public class VaultItemFixture
{
    public string Name = "2.AOs41Hd8OQiCPXjyJKCiDA==|O6OHgt2U2hJGBSNGnimJmg==|iD33s8B69C8JhYYhSa4V1tArjvLr8eEaGqOV7BRo5Jk=";
    public string Key = "4.mzRRdvkD5pd/1E6ehNu3oNm8/IzBJWAR2bdNqX3O1r0o+m9+A0zPg2a2CtTuVeMq+iKb+kj2F0D+l/oE5+l8Gk2dbL6MrGHd9IO/t2dV6JcVIA==";
}
