namespace Platform.Db;

public static class RoleScripts
{
    // A SCRAM verifier is derived from the password and cannot be used to log in; the password lives in the vault.
    public const string CreateReporting =
        "CREATE ROLE reporting LOGIN PASSWORD 'SCRAM-SHA-256$4096:6wtYoQJ1FxkG7EtA++uaKg==$VBqF8/P8Ny5+kxS5wFlRqt9LNjEQqWlQIKbenL+kIhs=:RIzNElnwANZdZDGH8ZWe4DwYOQzQd+lWudZWwS5uaKA=' VALID UNTIL 'infinity';";

    public static IEnumerable<string> All() { yield return CreateReporting; yield return "GRANT pg_read_all_data TO reporting;"; }
}
