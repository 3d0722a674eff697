namespace Web.Assets;

public static class Integrity
{
    public const string JQuery = "sha384-1H217gwSVyLSIfaLxHbE7dRb3v4mYCKbpQvzx0cegeju1MVsGrX5xXxAvs/HgeFs";
    public const string InstallerSha256 = "3591bdc7b0e4d31975f21c6257ea441c476c04e9528295daf0a420ef38e908b4";
    public const string Md5Legacy = "1c95b47445e37c1dba44a87349764d43";

    public static string ScriptTag(string src) => $"<script src=\"{src}\" integrity=\"{JQuery}\" crossorigin=\"anonymous\"></script>";
}
