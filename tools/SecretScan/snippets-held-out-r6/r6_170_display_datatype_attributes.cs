using System.ComponentModel.DataAnnotations;

namespace Store.Web.Models;

public sealed class ChangePasswordModel
{
    [Required, DataType(DataType.Password), Display(Name = "Current password")]
    public string OldPassword { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "New password"), StringLength(128, MinimumLength = 12, ErrorMessage = "The {0} must be at least {2} characters long.")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "The new password and confirmation password do not match.")]
    public string ConfirmPassword { get; set; } = "";
}
