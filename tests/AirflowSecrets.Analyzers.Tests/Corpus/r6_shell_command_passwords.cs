using System.Diagnostics;

// Passwords inside shell-command and compose text: MySQL's attached -pSECRET (after the mysql tools, or after a -u
// user option in an argument list), sshpass' -p, redis-cli's -a, the MongoDB shell's -p; a compose file's environment
// entries, as a list or a map, and docker run's -e NAME=value. A password option that prompts (mysql -p then a space),
// a value from the shell's environment, a port after -p and commands of other tools are not credentials.
namespace Corpus.R6ShellCommands
{
    public static class Commands
    {
        public const string Dump = "mysqldump -u backup -pQv7Lm2Xr9Tz --single-transaction ledger > /backup/ledger.sql"; // expect: AFS102
        public const string Status = "/usr/bin/mysqladmin -uroot -pHarbor6Lantern status"; // expect: AFS102
        public const string Copy = "sshpass -p Wk4rTz8Lq2Vm scp dump.sql deploy@backup.internal:/srv"; // expect: AFS102
        public const string Ping = "redis-cli -h cache.internal -a Zt5Qm8Rk2Lw ping"; // expect: AFS102
        public const string Mongo = "mongosh --host db.internal -u admin -p Nv3Kx7Qw9Lr --eval 'db.stats()'"; // expect: AFS102
        public const string Run = "docker run -d -e POSTGRES_PASSWORD=Jm6Tq2Wx8Rv -p 5432:5432 postgres:16"; // expect: AFS102

        public const string Prompt = "mysql -u root -p ledger";
        public const string FromEnvironment = "mysql -u root -p$DB_PASSWORD -h db.internal";
        public const string FromEnvironmentToo = "redis-cli -a \"$REDIS_PASSWORD\" ping";
        public const string Ports = "docker run -d -u 1000 -p8080:80 -p 5432:5432 nginx:1.27";
        public const string Other = "ssh -p 2222 deploy@backup.internal 'ls -a /srv'";
        public const string Stand = "mysql -u root -pchangeme -h db.internal";

        public const string Login = "docker login registry.contoso.io -u ci-publisher -p Xm4Qr8Tz2LwV9kHn3Bc7";  // expect: AFS102
        public const string LoginArguments = "login registry.contoso.io -u ci-publisher -p Tz8Lw2Qm6Rx4Vk9Hb3Nc";  // expect: AFS102
        public const string Upload = "curl --fail -u deploy:Lq7Rz3Tw9Xm --upload-file build.zip https://nexus.contoso.io/raw/";  // expect: AFS102
        public const string Shell = "-c \"PGPASSWORD=Wx3Tq8Lz5Rm pg_dumpall -h pg-main.internal -U postgres\"";  // expect: AFS102

        public const string LoginPrompt = "docker login registry.contoso.io -u ci-publisher --password-stdin";
        public const string LoginArgumentsWord = "login registry.contoso.io -u ci-publisher -p ledger";
        public const string UploadPrompt = "curl --fail -u deploy --upload-file build.zip https://nexus.contoso.io/raw/";
        public const string UploadFromEnvironment = "curl -u deploy:$NEXUS_PASSWORD https://nexus.contoso.io/raw/";
        public const string Owner = "docker run --rm -u 1000:1000 -v /srv:/srv alpine:3 ls";

        public static ProcessStartInfo Restore() => new ProcessStartInfo("mysql")
        {
            Arguments = "-u restore -pBr4Xq9Tz2Lm ledger", // expect: AFS102
        };
    }

    public static class ComposeFiles
    {
        public const string List = "services:\n  db:\n    image: mysql:8\n    environment:\n      - MYSQL_ROOT_PASSWORD=Gv5Lq8Tz3Wm\n      - MYSQL_DATABASE=ledger\n"; // expect: AFS103
        public const string Map = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ledger\n      POSTGRES_PASSWORD: Rk9Tz4Xq7Lw\n"; // expect: AFS103
        public const string Quoted = "services:\n  db:\n    environment:\n      - \"POSTGRES_PASSWORD=Hq2Wm7Tz5Lx\"\n"; // expect: AFS103
        public const string Template = "services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}\n      - POSTGRES_DB=ledger\n";
        public const string Secrets = "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n";
    }
}
