using System.ComponentModel.DataAnnotations;
public sealed class RegisterModel
{
    [Required(ErrorMessage = "PasswordRequired")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "PasswordTooShort")]
    public string Password { get; set; } = "";
    public string Field => nameof(Password);
}
