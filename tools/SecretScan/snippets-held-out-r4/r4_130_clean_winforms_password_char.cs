using System.Windows.Forms;

namespace Kiosk.Admin;

public sealed class LoginForm : Form
{
    private readonly TextBox _user = new() { PlaceholderText = "User name" };
    private readonly TextBox _password = new() { PasswordChar = '●', PlaceholderText = "Password", MaxLength = 128 };
    private readonly TextBox _pin = new() { UseSystemPasswordChar = true, PlaceholderText = "PIN" };

    public string EnteredPassword => _password.Text;

    public LoginForm()
    {
        Text = "Sign in";
        Controls.AddRange(new Control[] { _user, _password, _pin });
    }
}
