using Oracle.ManagedDataAccess.Client;

namespace Legacy.Erp;

public static class ErpDatabase
{
    public static OracleConnection Create() =>
        new("User Id=erp_reader;Password=Iu_fzkcHyXzCqbig5E;Data Source=erp-db.internal:1521/ERPPRD"); // expect: AFS103
}
