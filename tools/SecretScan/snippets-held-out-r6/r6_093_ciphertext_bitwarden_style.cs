namespace Vault.Tests;

public static class CipherFixtures
{
    public const string EncryptedPassword = "2.Zm9vYmFyYmF6cXV4MTIzNA==|bXlEYXRhQmxvY2tPZkNpcGhlcnRleHQxMjM0NTY3OA==|c2lnbmF0dXJlTWFjVmFsdWUxMjM0NTY3ODkwYWJjZGVmZ2g=";
}
