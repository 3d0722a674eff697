using System;
public static class LocalAirflow
{
    public static void Configure()
    {
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE", "postgresql://etl:Wh5e!x7Pq@warehouse.internal:5432/dw"); // expect: AFS103
        Environment.SetEnvironmentVariable("AIRFLOW__CORE__FERNET_KEY", "Jm3q8Xk2Vb7Nc4Zp9Lr1Ts6Wy0Hd5Fg2Ka8Qe3Uo4Ii="); // expect: AFS102
    }
}
