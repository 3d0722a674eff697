using System.Diagnostics;

namespace Airflow.Bootstrap;

public static class ConnectionSeeder
{
    public static Process AddWarehouseConnection()
    {
        var psi = new ProcessStartInfo("airflow") { UseShellExecute = false };
        psi.ArgumentList.Add("connections");
        psi.ArgumentList.Add("add");
        psi.ArgumentList.Add("warehouse_pg");
        psi.ArgumentList.Add("--conn-type");
        psi.ArgumentList.Add("postgres");
        psi.ArgumentList.Add("--conn-host");
        psi.ArgumentList.Add("pg-dw.internal");
        psi.ArgumentList.Add("--conn-login");
        psi.ArgumentList.Add("etl_loader");
        psi.ArgumentList.Add("--conn-password");
        psi.ArgumentList.Add("6VUQrZqa*P1mjm0X");  // expect: AFS102
        return Process.Start(psi)!;
    }

    public static Process CreateAdmin() =>
        Process.Start("airflow", "users create --username ops-admin --firstname Ops --lastname Admin --role Admin --email ops@contoso.com --password Pepper#Pylon3715")!;  // expect: AFS102
}
