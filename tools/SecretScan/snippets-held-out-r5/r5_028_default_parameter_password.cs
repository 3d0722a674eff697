public sealed class ScannerInbox
{
    public ScannerInbox(string host, string user = "scanner", string password = "TOVa5QALRfE44GWLMkN") // expect: AFS101
    {
        Host = host; User = user; Password = password;
    }
    public string Host { get; } public string User { get; } public string Password { get; }
}
