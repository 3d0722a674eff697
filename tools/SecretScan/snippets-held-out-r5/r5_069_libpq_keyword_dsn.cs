public static class PgBouncerTarget
{
    public static string Dsn => "host=pg-main.internal port=5432 dbname=ledger user=ledger_batch password=3JUxaiGzapS2CEP0zh sslmode=verify-full"; // expect: AFS103
}
