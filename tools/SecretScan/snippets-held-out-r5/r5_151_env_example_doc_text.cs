public static class EnvExample
{
    public const string Text = "# copy to .env and fill in\nDB_HOST=localhost\nDB_PASSWORD=\nSTRIPE_API_KEY=<your-stripe-key>\n";
}
