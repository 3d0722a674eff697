public sealed class KdfParameters
{
    public string Salt { get; init; } = "XQvyIkK5MzGK428cN4YUnQ==";
    public int Iterations { get; init; } = 600_000;
}
