public static class ToolPins
{
    public const string KubectlSha256 = "f8b6ad7488545a8bdf038166118b3fcf5a47741601b3a1ef9fcaed1da55cbba8";
    public const string KubectlUrl = "https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl";
}
