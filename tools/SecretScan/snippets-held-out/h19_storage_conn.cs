using Azure.Storage.Blobs;
public static class Blobs
{
    public static BlobServiceClient Create() => new BlobServiceClient(
        "DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=q3Vz8Lm2Nx5Rb7Tk1Yp4Wc9Hd6Fg0Ja2Se8Uo3Ii5Ko7Pl1Mn4Bv6Cx9Zq2Wr5Et8Ty0Ui3Op6As9Df2Gh5Jk8L==;EndpointSuffix=core.windows.net"); // expect: AFS103
}
