namespace Airflow.LocalRunner;

internal static class Program
{
    private static int Main(string[] args)
    {
        Environment.SetEnvironmentVariable("AIRFLOW_HOME", Path.Combine(Environment.CurrentDirectory, ".airflow"));
        Environment.SetEnvironmentVariable("AIRFLOW_VAR_PAGERDUTY_ROUTING_TOKEN", "4741478a311912ed44006795ff56ef57");  // expect: AFS102
        Environment.SetEnvironmentVariable("AIRFLOW__SMTP__SMTP_USER", "airflow-alerts@contoso.com");
        Environment.SetEnvironmentVariable("AIRFLOW__SMTP__SMTP_PASSWORD", "Glacier9782$");  // expect: AFS102
        Environment.SetEnvironmentVariable("AIRFLOW__CORE__LOAD_EXAMPLES", "False");
        return Runner.Start(args);
    }
}
