using System;
using System.Diagnostics.CodeAnalysis;

namespace AirflowSecrets.Tests;

/// <summary>ToString of a parsed connection never shows a password-looking part, wherever the parse left it.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Made-up connection values whose passwords must be masked.")]
[SuppressMessage("AirflowSecrets.Security", "AFS102", Justification = "Made-up connection values whose passwords must be masked.")]
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Made-up passwords given to the test, which checks that they are masked.")]
public sealed class ConnectionMaskingTests
{
    [Theory]
    [InlineData("etl:s3cret-pw@dw:5432/db", "s3cret-pw")]           // no scheme: Airflow parses the password into the schema
    [InlineData("etl:3cret-pw@dw:5432/db", "3cret-pw")]
    [InlineData("s3cret-pw@dw", "s3cret-pw")]
    [InlineData("postgres://etl:s3cret-pw@dw:5432/db", "s3cret-pw")]
    [InlineData("postgres://etl:pw-1@h/db%40x:s3cret-2@z", "s3cret-2")]
    [InlineData("http://https://svc:s3cret-pw@api.internal", "s3cret-pw")]
    [InlineData("{\"conn_type\": \"postgres\", \"host\": \"db\", \"schema\": \"dw password=s3cret-pw\"}", "s3cret-pw")]
    [InlineData("{\"conn_type\": \"postgres\", \"host\": \"db\", \"login\": \"etl:s3cret-pw\"}", "s3cret-pw")]
    [InlineData("{\"conn_type\": \"mssql\", \"host\": \"sql;Pwd=s3cret-pw;Database=dw\"}", "s3cret-pw")]
    public void ToString_masks_every_password_looking_part(string value, string secret)
    {
        string text = AirflowConnection.Parse(value, "warehouse_db").ToString();
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schemeless_case_of_the_issue_keeps_what_is_not_secret()
    {
        string text = AirflowConnection.Parse("etl:s3cret-pw@dw:5432/db", "warehouse_db").ToString();
        Assert.Contains("schema='***@dw:5432/db'", text, StringComparison.Ordinal);
        Assert.Contains("conn_id='warehouse_db'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_fields_are_shown_as_they_are()
    {
        string text = AirflowConnection.Parse("postgres://etl@db.internal:5432/dw?sslmode=require", "db").ToString();
        Assert.Equal("AirflowConnection(conn_id='db', conn_type='postgres', host='db.internal', login='etl', password=None, schema='dw', port=5432, extra='***')", text);
        Assert.Contains("login='a@b'", AirflowConnection.Parse("ftp://a@b:c@d/e", "f").ToString(), StringComparison.Ordinal);
    }
}
