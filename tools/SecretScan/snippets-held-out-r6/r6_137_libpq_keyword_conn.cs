namespace Interop.Native;

public static class PgNative
{
    public const string ConnInfo = "host=db.internal port=5432 dbname=warehouse user=etl password=dfx.tS.SkSbSiLkyFF sslmode=require"; // expect: AFS103
}
