namespace Config.Decrypt.Tests;

public static class SopsSamples
{
    public const string Encrypted =
        "database:\n" +
        "    user: ENC[AES256_GCM,data:3q2+7w==,iv:M9demUWWfEQkGEp/JFty9/IIaJJmSIc6x4oILXG7P4o=,tag:fwZS1lef7QR7EPjkubM9m9YolqKKeQJn+RPevKiGv2w=,type:str]\n" +
        "    password: ENC[AES256_GCM,data:YtxRSjj7JFAZTnB+yS7TOae+,iv:7wBpVILBlbv1u05apYhFcFYwGSVYMDeEPcA3CtC8JS0=,tag:PDIDyBEfsdv1rTsvchhbpw==,type:str]\n" +
        "smtp_password: ENC[AES256_GCM,data:X19AAbjbgcoBQo+B9WT4SAx/,iv:B95E4oZK+WaWSVHY3zuK3bCZopVRiY0UTz6Q8mayQpY=,tag:bO95cGF2NaAlDViXXBzLog==,type:str]\n" +
        "sops:\n" +
        "    kms:\n" +
        "        - arn: arn:aws:kms:eu-west-1:210987654321:key/4a52a1b1-1998-4817-aeba-d0d8073b76cd\n";
}
