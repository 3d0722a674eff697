public static class ChartValues
{
    public static string Render() =>
        "auth:\n  username: analytics\n  password: 5rEpoPL0X1l0MKJ70\n  database: analytics\nprimary:\n  persistence:\n    size: 20Gi\n"; // expect: AFS103
}
