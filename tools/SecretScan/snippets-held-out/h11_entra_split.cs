using Azure.Identity;
public static class Cred
{
    private const string First = "Kx98Q~ab3dE5fG7hJ9kL"; // expect: AFS101
    private const string Second = "1mN3pQ5rS7tU9vW1xY3z";
    public static ClientSecretCredential Create() => new ClientSecretCredential("contoso.onmicrosoft.com", "6d1f3c2a-8e4b-4f1a-9b7c-2d3e4f5a6b7c", First + Second);
}
