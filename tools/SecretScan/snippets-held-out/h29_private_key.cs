public static class Signing
{
    public const string Pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\naFDrBz9vFqU4yX7mS9Z8VuKj2oQl5nR3t6wXhYc1dE7gF4iJ8kL0mN2oP3qR5sT6\n-----END RSA PRIVATE KEY-----"; // expect: AFS104
}
