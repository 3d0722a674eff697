public record SmtpSettings(string Host = "smtp.office365.com", int Port = 587, string User = "noreply@contoso.com", string Password = "N0reply!Mail#88"); // expect: AFS101
