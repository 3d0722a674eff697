using System;
using System.Diagnostics;
internal static class LocalAirflow
{
    public static void Launch()
    {
        var psi = new ProcessStartInfo("airflow", "webserver --port 8080");
        psi.Environment["AIRFLOW__WEBSERVER__SECRET_KEY"] = "02ce69641826fe53418a2d12f6e98c14"; // expect: AFS102
        psi.Environment["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False";
        Process.Start(psi);
    }
}
